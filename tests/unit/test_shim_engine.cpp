// The engine as libprivguard.so links it: Hyperscan's runtime only, the
// compiler loaded with dlopen when a policy has to be compiled, the default
// policy's databases embedded as images used in place (database_image.h).
// Built twice (tests/unit/CMakeLists.txt): with the real libhs.so.5, and
// with a soname that does not exist, standing for a machine without the
// compiler.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>

#include "database_image.h"
#include "engine_internal.h"
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

TEST(ShimEngine, EmbeddedImagesSurviveEnginesComingAndGoing) {
  // hs_free_database on an image must leave it alone (the allocator that
  // map_database_images installs): build, scan and destroy repeatedly.
  for (int i = 0; i < 3; ++i) {
    auto e = Engine::build(load_default_policy());
    ASSERT_EQ(e->database_source(), DatabaseSource::Embedded);
    EXPECT_EQ(masked(*e, "mail jane.roe@corp-mail.net\n"), "mail ****.***@****-****.***\n");
  }
}

TEST(ShimEngine, ImagesAreUsedOnlyInPlaceAndForTheirKey) {
  const std::string_view blob = embedded_database();
  const std::string key(blob.substr(16, 40));  // after the magic and the key's length
  Databases dbs;
  EXPECT_FALSE(map_database_images(blob, key + "x", dbs));
  EXPECT_FALSE(map_database_images(blob.substr(0, blob.size() / 2), key, dbs));  // images cut off
  // A copy elsewhere, even page-aligned, is not the embedded blob.
  const std::size_t rounded = (blob.size() / 4096 + 1) * 4096;  // aligned_alloc wants a multiple
  std::unique_ptr<char, decltype(&std::free)> copy(static_cast<char*>(std::aligned_alloc(4096, rounded)), &std::free);
  std::memcpy(copy.get(), blob.data(), blob.size());
  EXPECT_FALSE(map_database_images({copy.get(), blob.size()}, key, dbs));
  EXPECT_TRUE(dbs.rules.empty());
  ASSERT_TRUE(map_database_images(blob, key, dbs));
  EXPECT_EQ(dbs.source, DatabaseSource::Embedded);
  for (hs_database_t* d : dbs.rules) hs_free_database(d);
  hs_free_database(dbs.trigger);
  hs_free_database(dbs.post);
}

#ifdef PRIVGUARD_HS_LOADABLE
TEST(ShimEngine, EmbeddedImagesScanLikeAFreshCompile) {
  EngineOptions fresh;
  fresh.use_cache = false;
  auto compiled = Engine::build(load_default_policy(), fresh);
  auto embedded = Engine::build(load_default_policy());
  ASSERT_EQ(compiled->database_source(), DatabaseSource::Compiled);
  ASSERT_EQ(embedded->database_source(), DatabaseSource::Embedded);
  EXPECT_EQ(compiled->database_size(), embedded->database_size());
  for (std::string_view d :
       {"nothing here\n", "card 4539 1488 0343 6467 ssn 512-34-6789 key AKIAZ7Q2WERTYUIOPASD\n",
        "to: maria.gonzalez@outlook.com, test 4111 1111 1111 1111, jane@example.com\n",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ\n"})
    EXPECT_EQ(masked(*compiled, d), masked(*embedded, d)) << d;
}

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
