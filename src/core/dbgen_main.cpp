// Build-time tool: compile the default policy and write its databases,
// serialized (for programs) and as images (for the shim, database_image.h),
// and its parsed form (policy_blob.h), which the build embeds
// (embedded_db.S).
#include <cstdio>
#include <fstream>

#include "engine_internal.h"
#include "policy_blob.h"

namespace {

void write_file(const char* path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error(std::string("cannot write ") + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: privguard-dbgen DB_OUT IMAGES_OUT POLICY_OUT\n");
    return 2;
  }
  try {
    namespace core = privguard::core;
    // Parsed from the TOML: this tool links no embedded policy.
    core::Policy policy = core::load_policy_text(core::default_policy_text(), "default");
    write_file(argv[3], core::serialize_policy(policy, core::default_policy_text()));
    core::EngineOptions opt;
    opt.use_cache = false;
    auto engine = core::Engine::build(std::move(policy), opt);
    write_file(argv[1], core::EngineAccess::serialize(*engine));
    write_file(argv[2], core::EngineAccess::images(*engine));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "privguard-dbgen: %s\n", e.what());
    return 1;
  }
  return 0;
}
