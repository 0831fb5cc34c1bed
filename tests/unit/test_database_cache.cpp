// Where the compiled database comes from: the blob embedded for the default
// policy, the on-disk cache, or a fresh compile (then cached). ctest runs
// each test in its own process, so SetUpTestSuite's compile happens once
// per test; the policy here extends the default but disables all but five
// of its rules, which compiles in under a second instead of the whole
// default's ten or more (minutes under the sanitizers). What is tested, where
// the database comes from, does not depend on how many rules it holds.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"

namespace pg = privguard::core;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kExtendedPolicy = R"(
extends = "default"
disable = ["phone", "iban", "aws-secret-key", "github-token", "gitlab-token", "slack-token",
           "slack-webhook", "stripe-key", "google-api-key", "openai-key", "jwt",
           "url-credentials", "basic-auth", "bearer-token", "password", "anthropic-key", "npm-token",
           "pypi-token", "huggingface-token", "sendgrid-key", "shopify-token", "mailgun-key",
           "vendor-token", "twilio-key", "datadog-key", "azure-storage-key", "docker-auth",
           "generic-secret"]

[[rules]]
id = "employee-id"
pattern = '\bEMP-\d{6}\b'
severity = "low"
action = "redact"
)";

const std::string kSample =
    "mail jane.roe@corp-mail.net id EMP-123456 card 4539 1488 0343 6467 ssn 512-34-6789 "
    "key AKIAZ7Q2WERTYUIOPASD test 4111 1111 1111 1111\n";

fs::path make_temp_dir() {
  std::string tmpl = (fs::temp_directory_path() / "privguard-dbcache-XXXXXX").string();
  char* made = ::mkdtemp(tmpl.data());
  if (!made) throw std::runtime_error("mkdtemp failed");
  return fs::path(made);
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
  return out;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_all(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return 0;
  return st.st_mode & 07777u;
}

pg::Policy extended_policy() { return pg::load_policy_text(kExtendedPolicy, "inline.toml"); }

std::unique_ptr<pg::Engine> build_in(const fs::path& cache_dir, bool use_cache = true) {
  pg::EngineOptions o;
  o.key = pg::Engine::key_from_string("database-cache-test");
  o.use_cache = use_cache;
  o.cache_dir = cache_dir.string();
  return pg::Engine::build(extended_policy(), o);
}

struct Hit {
  std::string rule;
  std::uint64_t start, end;
  pg::Action action;
  bool operator==(const Hit&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Hit& h) {
  return os << h.rule << "[" << h.start << "," << h.end << ")" << pg::to_string(h.action);
}

struct Outcome {
  std::vector<Hit> hits;
  std::string output;
  bool blocked = false;
};

Outcome run(const pg::Engine& e, std::string_view data) {
  auto s = e.make_scratch();
  auto r = e.scan(data, {}, *s);
  Outcome o;
  for (const auto& m : r.matches) o.hits.push_back({e.policy().rules[m.rule].id, m.start, m.end, m.action});
  o.output.resize(r.output_size);
  o.output.resize(e.transform(data, r.matches, o.output.data(), o.output.size()));
  o.blocked = r.blocked;
  return o;
}

// What the extended policy must find in kSample, whichever way its database came.
void expect_sample_outcome(const Outcome& o) {
  auto at = [](std::string_view s) { return static_cast<std::uint64_t>(kSample.find(s)); };
  const std::vector<Hit> want = {
      {"email", at("jane.roe@corp-mail.net"), at("jane.roe@corp-mail.net") + 22, pg::Action::Mask},
      {"employee-id", at("EMP-123456"), at("EMP-123456") + 10, pg::Action::Redact},
      {"credit-card", at("4539 1488 0343 6467"), at("4539 1488 0343 6467") + 19, pg::Action::Mask},
      {"us-ssn", at("512-34-6789"), at("512-34-6789") + 11, pg::Action::Mask},
      {"aws-access-key-id", at("AKIAZ7Q2WERTYUIOPASD"), at("AKIAZ7Q2WERTYUIOPASD") + 20, pg::Action::Mask},
  };
  EXPECT_EQ(o.hits, want);
  EXPECT_FALSE(o.blocked);
  EXPECT_EQ(o.output,
            "mail ****.***@****-****.*** id [employee-id] card **** **** **** 6467 ssn ***-**-**** "
            "key ******************** test 4111 1111 1111 1111\n");
}

class DatabaseCache : public ::testing::Test {
 protected:
  // One compile of the extended policy, shared: it fills `dir_` with the
  // cache file the other tests copy, truncate and corrupt.
  static void SetUpTestSuite() {
    root_ = new fs::path(make_temp_dir());
    dir_ = new fs::path(*root_ / "privguard");  // does not exist yet: the engine creates it
    first_ = build_in(*dir_).release();
    auto files = files_in(*dir_);
    if (files.size() == 1) {
      cache_name_ = new std::string(files[0].filename().string());
      good_blob_ = new std::string(read_all(files[0]));
    }
  }
  static void TearDownTestSuite() {
    delete first_;
    first_ = nullptr;
    std::error_code ec;
    if (root_) fs::remove_all(*root_, ec);
    delete root_;
    delete dir_;
    delete cache_name_;
    delete good_blob_;
    root_ = dir_ = nullptr;
    cache_name_ = good_blob_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(first_, nullptr);
    ASSERT_NE(cache_name_, nullptr) << "the first build did not leave exactly one file in " << *dir_;
    own_ = make_temp_dir();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(own_, ec);
  }

  static fs::path* root_;
  static fs::path* dir_;
  static pg::Engine* first_;
  static std::string* cache_name_;
  static std::string* good_blob_;
  fs::path own_;  // a fresh directory per test
};
fs::path* DatabaseCache::root_ = nullptr;
fs::path* DatabaseCache::dir_ = nullptr;
pg::Engine* DatabaseCache::first_ = nullptr;
std::string* DatabaseCache::cache_name_ = nullptr;
std::string* DatabaseCache::good_blob_ = nullptr;

}  // namespace

TEST_F(DatabaseCache, DefaultPolicyWithDefaultOptionsIsEmbedded) {
  // Point the default cache location somewhere harmless: nothing may be written there.
  const char* old = std::getenv("XDG_CACHE_HOME");
  std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
  ::setenv("XDG_CACHE_HOME", own_.c_str(), 1);
  auto e = pg::Engine::build(pg::load_default_policy());
  if (saved) ::setenv("XDG_CACHE_HOME", saved->c_str(), 1);
  else ::unsetenv("XDG_CACHE_HOME");

  EXPECT_EQ(e->database_source(), pg::DatabaseSource::Embedded);
  EXPECT_GT(e->database_size(), 0u);
  EXPECT_TRUE(files_in(own_).empty());
  // And it works: the default policy finds a card number.
  auto o = run(*e, "pan 4539 1488 0343 6467\n");
  ASSERT_EQ(o.hits.size(), 1u);
  EXPECT_EQ(o.hits[0], (Hit{"credit-card", 4, 23, pg::Action::Mask}));
}

TEST_F(DatabaseCache, FirstBuildCompilesAndWritesPrivateCacheFile) {
  EXPECT_EQ(first_->database_source(), pg::DatabaseSource::Compiled);
  auto files = files_in(*dir_);
  ASSERT_EQ(files.size(), 1u);  // no leftover temporary file
  EXPECT_EQ(files[0].extension(), ".hsdb");
  EXPECT_EQ(files[0].stem().string().size(), 40u);  // hex cache key
  EXPECT_EQ(mode_of(files[0]), 0600u);
  EXPECT_EQ(mode_of(*dir_), 0700u);
  EXPECT_GT(good_blob_->size(), 1000u);
  EXPECT_EQ(good_blob_->substr(0, 6), std::string("PGHSDB"));  // the format's magic
  expect_sample_outcome(run(*first_, kSample));
}

TEST_F(DatabaseCache, SecondBuildLoadsFromDiskWithIdenticalResults) {
  auto second = build_in(*dir_);
  EXPECT_EQ(second->database_source(), pg::DatabaseSource::DiskCache);
  EXPECT_EQ(second->database_size(), first_->database_size());
  EXPECT_EQ(files_in(*dir_).size(), 1u);
  EXPECT_EQ(read_all(*dir_ / *cache_name_), *good_blob_);  // loaded, not rewritten differently
  Outcome a = run(*first_, kSample);
  Outcome b = run(*second, kSample);
  EXPECT_EQ(a.hits, b.hits);
  EXPECT_EQ(a.output, b.output);
  expect_sample_outcome(b);
  for (std::string_view d : {"nothing here\n", "x EMP-000001 y", "-----BEGIN PRIVATE KEY-----\nMIIE\n"}) {
    Outcome x = run(*first_, d), y = run(*second, d);
    EXPECT_EQ(x.hits, y.hits) << d;
    EXPECT_EQ(x.output, y.output) << d;
    EXPECT_EQ(x.blocked, y.blocked) << d;
  }
  EXPECT_TRUE(run(*second, "-----BEGIN PRIVATE KEY-----\nMIIE\n").blocked);
}

TEST_F(DatabaseCache, TruncatedCacheFileIsIgnoredAndRewritten) {
  const fs::path file = own_ / *cache_name_;
  write_all(file, std::string_view(*good_blob_).substr(0, good_blob_->size() / 2));
  auto e = build_in(own_);
  EXPECT_EQ(e->database_source(), pg::DatabaseSource::Compiled);
  expect_sample_outcome(run(*e, kSample));
  // Rewritten whole, and good enough for the next process.
  EXPECT_EQ(files_in(own_).size(), 1u);
  EXPECT_EQ(fs::file_size(file), good_blob_->size());
  EXPECT_EQ(mode_of(file), 0600u);
  auto again = build_in(own_);
  EXPECT_EQ(again->database_source(), pg::DatabaseSource::DiskCache);
  expect_sample_outcome(run(*again, kSample));
}

TEST_F(DatabaseCache, CorruptedCacheFileIsIgnoredAndRewritten) {
  const fs::path file = own_ / *cache_name_;
  // Same size, bytes of the main database flipped in the middle.
  std::string bad = *good_blob_;
  for (std::size_t i = bad.size() / 2; i < bad.size() / 2 + 16; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
  write_all(file, bad);
  auto e = build_in(own_);
  EXPECT_EQ(e->database_source(), pg::DatabaseSource::Compiled);
  expect_sample_outcome(run(*e, kSample));
  EXPECT_EQ(files_in(own_).size(), 1u);
  EXPECT_NE(read_all(file), bad);
  EXPECT_EQ(fs::file_size(file), good_blob_->size());
  auto again = build_in(own_);
  EXPECT_EQ(again->database_source(), pg::DatabaseSource::DiskCache);
}

TEST_F(DatabaseCache, UseCacheFalseCompilesAndWritesNothing) {
  // Even with a good cache file in place.
  write_all(own_ / *cache_name_, *good_blob_);
  auto e = build_in(own_, /*use_cache=*/false);
  EXPECT_EQ(e->database_source(), pg::DatabaseSource::Compiled);
  expect_sample_outcome(run(*e, kSample));
  auto files = files_in(own_);
  ASSERT_EQ(files.size(), 1u);  // nothing new, the old file untouched
  EXPECT_EQ(read_all(files[0]), *good_blob_);
}
