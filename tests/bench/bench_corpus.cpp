// privguard_bench_corpus: writes log text from the benchmarks' seeded
// generator (log_gen.h) to a file, for scripts/bench to write, scan and
// serve. The same arguments give the same bytes on every machine.
//
//   privguard_bench_corpus --mib N [--dirty-one-in K] [--seed S] OUT
//       N MiB exactly (the last line is cut short and ends in '\n'); every
//       K-th line carries an e-mail address, a card number or a token
//       (default 20; 0 = clean text).
//   privguard_bench_corpus --lines N [--line-size B] [--dirty] [--seed S] OUT
//       N lines of exactly B bytes (default 100) each, newline included:
//       the pool a 100-byte write cycles through. With the default seed the
//       first 64 clean lines are bench_engine's Scan100/Clean pool.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "log_gen.h"

namespace {

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr,
               "privguard_bench_corpus: %s\n"
               "usage: privguard_bench_corpus --mib N [--dirty-one-in K] [--seed S] OUT\n"
               "       privguard_bench_corpus --lines N [--line-size B] [--dirty] [--seed S] OUT\n",
               why);
  std::exit(2);
}

std::uint64_t number(const char* flag, const char* s) {
  if (s == nullptr) usage((std::string(flag) + " needs a value").c_str());
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 0);
  if (errno != 0 || end == s || *end != '\0') usage((std::string(flag) + ": not a number: " + s).c_str());
  return v;
}

bool write_all(std::FILE* f, std::string_view s) { return std::fwrite(s.data(), 1, s.size(), f) == s.size(); }

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t mib = 0, lines = 0, line_size = 100, dirty_one_in = 20, seed = privguard::bench::kSeed;
  bool dirty = false;
  const char* out = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
    if (a == "--mib") mib = number(argv[i], next), ++i;
    else if (a == "--dirty-one-in") dirty_one_in = number(argv[i], next), ++i;
    else if (a == "--lines") lines = number(argv[i], next), ++i;
    else if (a == "--line-size") line_size = number(argv[i], next), ++i;
    else if (a == "--seed") seed = number(argv[i], next), ++i;
    else if (a == "--dirty") dirty = true;
    else if (!a.empty() && a[0] == '-') usage(("unknown option " + std::string(a)).c_str());
    else if (out == nullptr) out = argv[i];
    else usage("one output file only");
  }
  if (out == nullptr) usage("no output file");
  if ((mib == 0) == (lines == 0)) usage("give one of --mib and --lines");
  if (lines != 0 && (line_size < 64 || line_size > 4096)) usage("--line-size: 64 to 4096 bytes");
  if (dirty_one_in > 1000000) usage("--dirty-one-in: at most 1000000");

  std::FILE* f = std::fopen(out, "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "privguard_bench_corpus: %s: %s\n", out, std::strerror(errno));
    return 2;
  }
  privguard::bench::LogGen gen(seed);
  bool ok = true;
  if (lines != 0) {
    for (std::uint64_t i = 0; i < lines && ok; ++i) ok = write_all(f, gen.line_of_size(line_size, dirty));
  } else {
    const std::uint64_t total = mib << 20;
    constexpr std::size_t kChunk = std::size_t{1} << 20;
    std::string buf;
    buf.reserve(kChunk + 4096);
    std::uint64_t written = 0, n = 0;
    while (written < total && ok) {
      buf.clear();
      privguard::bench::append_lines(gen, buf, kChunk, unsigned(dirty_one_in), n);
      // Whole lines as they come; the file's last line is cut to the size.
      if (written + buf.size() >= total) {
        buf.resize(std::size_t(total - written));
        buf.back() = '\n';
      }
      ok = write_all(f, buf);
      written += buf.size();
    }
  }
  if (std::fclose(f) != 0) ok = false;
  if (!ok) {
    std::fprintf(stderr, "privguard_bench_corpus: writing %s: %s\n", out, std::strerror(errno));
    return 2;
  }
  return 0;
}
