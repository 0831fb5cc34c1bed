// Build-time tool: compile the default policy and write its serialized
// databases, which the build embeds into every binary (embedded_db.S).
#include <cstdio>
#include <fstream>

#include "engine_internal.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: privguard-dbgen OUT\n");
    return 2;
  }
  try {
    privguard::core::EngineOptions opt;
    opt.use_cache = false;
    auto engine = privguard::core::Engine::build(privguard::core::load_default_policy(), opt);
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << privguard::core::EngineAccess::serialize(*engine);
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "privguard-dbgen: %s\n", e.what());
    return 1;
  }
  return 0;
}
