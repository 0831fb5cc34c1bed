// A buffer that ends where its mapping ends. The shim scans other people's
// write buffers in place, and a write buffer may be the last bytes of a
// mapping (a mmap'd file, a malloc'd block at an arena's end): a scan that
// reads one byte past the end kills the host with SIGSEGV. Hyperscan 5.4.0's
// AVX-512 VBMI Teddy does exactly that (fuzz_scan found it; the input is
// tests/fuzz/seeds/scan/crash-hyperscan-avx512vbmi-teddy-overread). Here
// every suffix of every scan seed and of a few realistic documents is
// placed flush against an inaccessible page and scanned, and every prefix
// right after one.
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "privguard/engine.h"

using namespace privguard::core;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Readable pages between two that are not.
class GuardedBuffer {
 public:
  explicit GuardedBuffer(std::size_t capacity) {
    page_ = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    usable_ = (capacity + page_ - 1) / page_ * page_;
    void* p = mmap(nullptr, usable_ + 2 * page_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::runtime_error("mmap");
    base_ = static_cast<char*>(p);
    if (mprotect(base_ + page_, usable_, PROT_READ | PROT_WRITE) != 0) throw std::runtime_error("mprotect");
  }
  ~GuardedBuffer() { munmap(base_, usable_ + 2 * page_); }
  GuardedBuffer(const GuardedBuffer&) = delete;
  GuardedBuffer& operator=(const GuardedBuffer&) = delete;

  // The bytes, copied so that their last one is the readable pages' last.
  std::string_view at_end(std::string_view bytes) { return put(base_ + page_ + usable_ - bytes.size(), bytes); }
  // ... or so that their first one is the readable pages' first.
  std::string_view at_start(std::string_view bytes) { return put(base_ + page_, bytes); }

 private:
  static std::string_view put(char* at, std::string_view bytes) {
    std::memcpy(at, bytes.data(), bytes.size());
    return {at, bytes.size()};
  }
  char* base_ = nullptr;
  std::size_t page_ = 0, usable_ = 0;
};

std::vector<std::string> inputs() {
  const std::filesystem::path src = PRIVGUARD_SOURCE_DIR;
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(src / "tests/fuzz/seeds/scan"))
    out.push_back(read_file(e.path()));
  // Realistic carriers: JSON, SQL, logs, configs; their first KiB.
  int taken = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(src / "tests/corpus/documents/dev")) {
    if (!e.is_regular_file() || e.path().extension() == ".tsv") continue;
    std::string s = read_file(e.path());
    if (s.size() > 1024) s.resize(1024);
    out.push_back(std::move(s));
    if (++taken == 12) break;
  }
  return out;
}

// Every suffix flush against the page after, every prefix against the
// page before.
void scan_every_cut(const Engine& engine, const std::vector<std::string>& docs) {
  auto scratch = engine.make_scratch(256);
  GuardedBuffer buf(8192);
  std::size_t scans = 0;
  auto scan = [&](std::string_view in) {
    auto r = engine.scan(in, Sink{}, *scratch);
    std::vector<char> out(r.output_size + 1);
    EXPECT_EQ(engine.transform(in, r.matches, out.data(), out.size()), r.output_size);
    ++scans;
  };
  for (const auto& doc : docs) {
    const std::string_view d(doc);
    for (std::size_t cut = 0; cut < d.size(); ++cut) {
      scan(buf.at_end(d.substr(cut)));
      scan(buf.at_start(d.substr(0, d.size() - cut)));
    }
  }
  EXPECT_GT(scans, 1000u);
}

// Larger than the scratch's copy: the copy is mapped for the scan. What is
// found is what is found in the middle of a mapping.
TEST(ScanPageEdge, LargeBufferFindsTheSameAsAnywhereElse) {
  std::string big;
  for (const auto& doc : inputs()) big += doc;
  while (big.size() < (100u << 10)) big += big;
  auto engine = Engine::build(load_default_policy());
  auto scratch = engine->make_scratch(4096);
  auto found = [&](std::string_view in) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> out;
    for (const auto& m : engine->scan(in, Sink{}, *scratch).matches) out.emplace_back(m.start, m.end);
    return out;
  };
  const auto elsewhere = found(big);
  ASSERT_FALSE(elsewhere.empty());
  GuardedBuffer buf(big.size());
  EXPECT_EQ(found(buf.at_end(big)), elsewhere);
}

TEST(ScanPageEdge, DefaultPolicyNeverReadsPastTheBuffer) {
  scan_every_cut(*Engine::build(load_default_policy()), inputs());
}

// fuzz_scan's policy: e-mails pseudonymised, phones redacted.
TEST(ScanPageEdge, FuzzPolicyNeverReadsPastTheBuffer) {
  auto p = load_policy_text(
      "extends = \"default\"\n[[overrides]]\nid = \"email\"\naction = \"pseudonym\"\n"
      "[[overrides]]\nid = \"phone\"\naction = \"redact\"\n",
      "fuzz.toml");
  scan_every_cut(*Engine::build(std::move(p)), inputs());
}

TEST(ScanPageEdge, GdprPolicyNeverReadsPastTheBuffer) {
  scan_every_cut(*Engine::build(load_policy_file(PRIVGUARD_SOURCE_DIR "/policies/gdpr.toml")), inputs());
}

}  // namespace
