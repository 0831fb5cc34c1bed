// The engine as libprivguard.so links it: Hyperscan's runtime only, the
// compiler loaded with dlopen when a policy has to be compiled. Built
// twice (tests/unit/CMakeLists.txt): with the real libhs.so.5, and with a
// soname that does not exist, standing for a machine without the compiler.
#include <gtest/gtest.h>

#include <string>

#include "privguard/engine.h"

using namespace privguard::core;

namespace {

constexpr const char* kCustom = R"(
[[rules]]
id = "employee-id"
pattern = '\bEMP-\d{6}\b'
action = "mask"
)";

std::unique_ptr<Engine> build_custom() {
  EngineOptions o;
  o.use_cache = false;
  return Engine::build(load_policy_text(kCustom, "custom.toml"), o);
}

std::string masked(const Engine& e, std::string_view data) {
  auto s = e.make_scratch();
  auto r = e.scan(data, {}, *s);
  std::string out(r.output_size, '\0');
  out.resize(e.transform(data, r.matches, out.data(), out.size()));
  return out;
}

}  // namespace

// Every start under the shim takes this path: it must not need the compiler.
TEST(ShimEngine, DefaultPolicyLoadsWithoutTheCompiler) {
  EngineOptions o;
  o.cache_dir = "/nonexistent/privguard-test";
  auto e = Engine::build(load_default_policy(), o);
  EXPECT_EQ(e->database_source(), DatabaseSource::Embedded);
  EXPECT_EQ(masked(*e, "card 4539 1488 0343 6467\n"), "card **** **** **** 6467\n");
}

#ifdef PRIVGUARD_HS_LOADABLE
TEST(ShimEngine, CustomPolicyCompilesThroughTheLoadedCompiler) {
  auto e = build_custom();
  EXPECT_EQ(e->database_source(), DatabaseSource::Compiled);
  EXPECT_EQ(masked(*e, "id EMP-123456 ok"), "id ********** ok");
}

TEST(ShimEngine, CompileErrorsStillNameTheRule) {
  EngineOptions o;
  o.use_cache = false;
  auto bad = load_policy_text("[[rules]]\nid = \"broken\"\npattern = 'a(b'\n", "bad.toml");
  try {
    Engine::build(std::move(bad), o);
    FAIL() << "compiled a broken pattern";
  } catch (const PolicyError& e) {
    EXPECT_EQ(e.rule(), "broken");
    EXPECT_EQ(e.line(), 1u);
  }
}
#else
TEST(ShimEngine, MissingCompilerIsAPolicyErrorSayingWhy) {
  try {
    build_custom();
    FAIL() << "compiled without a compiler";
  } catch (const PolicyError& e) {
    EXPECT_EQ(e.file(), "custom.toml");
    EXPECT_NE(e.message().find(PRIVGUARD_HS_SONAME), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("cannot be loaded"), std::string::npos) << e.what();
  }
  // Still missing on the next try; nothing was left half-loaded.
  EXPECT_THROW(build_custom(), PolicyError);
}
#endif
