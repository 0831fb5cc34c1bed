// Micro-benchmarks of the engine through its public API: what one write()
// costs the shim (100-byte lines), what the CLI gets on bulk input (1 MiB
// blocks), what a process pays at start-up, and how long the policy parse is.
//
// Inputs are log text generated from a fixed seed, so runs are comparable:
// key=value and JSON lines with timestamps, request ids, paths and numbers.
// "Dirty" inputs carry an e-mail address, a Luhn-valid card number or a
// token (1 line in 20 in the blocks; every line in the 100-byte pool, so the
// single-line figure is the cost of a hit). The secrets are made up at run
// time: nothing that looks like a credential sits in this file.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"

namespace {

using namespace privguard::core;

constexpr std::uint64_t kSeed = 0x70726976677561ULL;  // fixed: every run scans the same bytes
constexpr std::size_t kLineSize = 100;
constexpr std::size_t kLinePool = 64;  // lines cycled through, so one line's branches are not all that is measured
static_assert((kLinePool & (kLinePool - 1)) == 0, "the scan loop masks the index");
constexpr std::size_t kBlockSize = std::size_t{1} << 20;
constexpr std::size_t kBlockCandidates = std::size_t{1} << 16;
constexpr unsigned kDirtyOneIn = 20;

// ------------------------------------------------------------ log text

// Words and names for log lines. Domains are real mail providers, not the
// reserved example.* names the default policy lets through.
constexpr std::string_view kFirst[] = {"maria", "john", "wei", "fatima", "lukas", "aiko", "carlos", "olga"};
constexpr std::string_view kLast[] = {"gonzalez", "smith", "zhang", "haddad", "meyer", "tanaka", "silva", "ivanova"};
constexpr std::string_view kMailDomains[] = {"gmail.com", "outlook.com", "fastmail.fm", "posteo.de", "acme-corp.io"};
constexpr std::string_view kLevels[] = {"INFO", "INFO", "INFO", "INFO", "DEBUG", "DEBUG", "WARN", "ERROR"};
constexpr std::string_view kServices[] = {"api", "billing", "auth", "worker", "gateway", "search"};
constexpr std::string_view kMethods[] = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
constexpr std::string_view kStatus[] = {"200", "200", "200", "201", "204", "304", "400", "404", "500"};
constexpr std::string_view kWords[] = {"request", "completed", "cache",   "hit",     "miss",   "upstream",
                                       "retrying", "connection", "closed", "handler", "queued", "batch",
                                       "flushed",  "latency",    "above",  "budget",  "session", "refreshed"};
constexpr std::string_view kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::string_view kHex = "0123456789abcdef";

struct Field {
  std::string key;
  std::string value;
  bool number = false;  // unquoted in JSON
};

class LogGen {
 public:
  explicit LogGen(std::uint64_t seed) : rng_(seed) {}

  // One line of natural length (roughly 80-250 bytes), ending in '\n'.
  std::string line(bool dirty) {
    const bool json = coin(3);
    std::vector<Field> fields = {timestamp(), level(), request_id()};
    if (dirty) fields.push_back(secret());
    for (auto& f : optional_fields())
      if (below(10) < 6) fields.push_back(std::move(f));
    return render(json, fields, words(2 + below(6)));
  }

  // One line of exactly `size` bytes, ending in '\n'. Only the timestamp,
  // the secret and the message are mandatory; other fields go in while
  // they fit and the message pads to the size.
  std::string line_of_size(std::size_t size, bool dirty) {
    for (;;) {
      const bool json = coin(3);
      std::vector<Field> fields = {timestamp()};
      if (dirty) fields.push_back(secret());
      if (render(json, fields, "").size() > size) continue;  // a long token in JSON: draw again
      std::vector<Field> extra = {level(), request_id()};
      for (auto& f : optional_fields()) extra.push_back(std::move(f));
      for (auto& f : extra) {
        fields.push_back(std::move(f));
        if (render(json, fields, "").size() > size) fields.pop_back();
      }
      const std::size_t room = size - render(json, fields, "").size();
      std::string msg = words(room / 4 + 2);  // more than enough, cut below
      msg.resize(room);
      // A message cut after a space would end in one; harmless, but keep lines tidy.
      if (!msg.empty() && msg.back() == ' ') msg.back() = '.';
      return render(json, fields, msg);
    }
  }

 private:
  std::uint64_t below(std::uint64_t n) { return rng_() % n; }  // mt19937_64 is fully specified; bias is irrelevant
  bool coin(std::uint64_t one_in) { return below(one_in) == 0; }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&a)[N]) { return a[below(N)]; }
  std::string chars(std::string_view alphabet, std::size_t n) {
    std::string s(n, ' ');
    for (auto& c : s) c = alphabet[below(alphabet.size())];
    return s;
  }
  std::string number(std::uint64_t lo, std::uint64_t hi) { return std::to_string(lo + below(hi - lo + 1)); }

  Field timestamp() {
    now_ms_ += below(40);
    const std::uint64_t ms = now_ms_ % 1000, s = now_ms_ / 1000 % 60, m = now_ms_ / 60000 % 60,
                        h = now_ms_ / 3600000 % 24;
    char buf[32];
    std::snprintf(buf, sizeof buf, "2025-03-14T%02u:%02u:%02u.%03uZ", unsigned(h), unsigned(m), unsigned(s),
                  unsigned(ms));
    return {"ts", buf};
  }
  Field level() { return {"level", std::string(pick(kLevels))}; }
  Field request_id() { return {"req", chars(kHex, 8)}; }

  std::vector<Field> optional_fields() {
    std::string path;
    switch (below(4)) {
      case 0: path = "/api/v1/users/" + number(1000, 99999) + "/orders"; break;
      case 1: path = "/static/js/app." + chars(kHex, 6) + ".js"; break;
      case 2: path = "/var/lib/app/data/part-" + number(0, 999) + ".parquet"; break;
      default: path = "/healthz"; break;
    }
    return {{"svc", std::string(pick(kServices))},
            {"method", std::string(pick(kMethods))},
            {"path", std::move(path)},
            {"status", std::string(pick(kStatus)), true},
            {"dur_ms", number(0, 2500), true},
            {"bytes", number(0, 250000), true}};
  }

  Field secret() {
    switch (below(3)) {
      case 0:
        return {"user", std::string(pick(kFirst)) + "." + std::string(pick(kLast)) + number(1, 99) + "@" +
                            std::string(pick(kMailDomains))};
      case 1: return {"card", card_number()};
      default: return token();
    }
  }

  // A Visa or Mastercard number with a valid Luhn digit. "4000..." is left
  // out: the default policy allows it (privguard's own pseudonyms).
  std::string card_number() {
    std::string d = coin(2) ? "45" : "5" + std::to_string(1 + below(5));
    while (d.size() < 15) d += char('0' + below(10));
    unsigned sum = 0;
    for (std::size_t i = 0; i < 15; ++i) {  // from the right, the check digit's neighbour is doubled
      unsigned v = unsigned(d[14 - i] - '0');
      if (i % 2 == 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    d += char('0' + (10 - sum % 10) % 10);
    if (coin(3)) d = d.substr(0, 4) + "-" + d.substr(4, 4) + "-" + d.substr(8, 4) + "-" + d.substr(12);
    return d;
  }

  Field token() {
    switch (below(3)) {
      case 0: return {"token", "ghp_" + chars(kAlnum, 36)};
      case 1: return {"aws_key", "AKIA" + chars(kBase32, 16)};
      default: return {"auth", "Bearer " + chars(kAlnum, 24)};
    }
  }

  std::string words(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += pick(kWords);
    }
    return s;
  }

  static std::string render(bool json, const std::vector<Field>& fields, std::string_view msg) {
    std::string s;
    if (json) {
      s += '{';
      for (const auto& f : fields) {
        s += '"' + f.key + "\":";
        s += f.number ? f.value : '"' + f.value + '"';
        s += ',';
      }
      s += "\"msg\":\"";
      s += msg;
      s += "\"}\n";
    } else {
      // "2025-03-14T09:26:53.589Z INFO req=3f9c2a1b path=/healthz msg=..."
      for (const auto& f : fields) {
        if (f.key == "ts" || f.key == "level") {
          s += f.value;
        } else {
          s += f.key + '=';
          s += f.value.find(' ') == std::string::npos ? f.value : '"' + f.value + '"';
        }
        s += ' ';
      }
      s += "msg=\"";
      s += msg;
      s += "\"\n";
    }
    return s;
  }

  std::mt19937_64 rng_;
  std::uint64_t now_ms_ = 9 * 3600000 + 26 * 60000;
};

struct Corpus {
  std::vector<std::string> clean_lines, dirty_lines;  // kLinePool lines of kLineSize bytes
  std::string clean_block, dirty_block;                // kBlockSize bytes each
};

std::string make_block(LogGen& gen, bool dirty) {
  std::string block;
  block.reserve(kBlockSize + 512);
  std::uint64_t n = 0;
  while (block.size() < kBlockSize) block += gen.line(dirty && n++ % kDirtyOneIn == kDirtyOneIn - 1);
  block.resize(kBlockSize);  // the last line is cut: exactly 1 MiB
  return block;
}

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus k;
    LogGen gen(kSeed);
    for (std::size_t i = 0; i < kLinePool; ++i) k.clean_lines.push_back(gen.line_of_size(kLineSize, false));
    for (std::size_t i = 0; i < kLinePool; ++i) k.dirty_lines.push_back(gen.line_of_size(kLineSize, true));
    k.clean_block = make_block(gen, false);
    k.dirty_block = make_block(gen, true);
    return k;
  }();
  return c;
}

// ------------------------------------------------------------ engines

std::string_view source_name(DatabaseSource s) {
  switch (s) {
    case DatabaseSource::Compiled: return "compiled";
    case DatabaseSource::Embedded: return "embedded";
    case DatabaseSource::DiskCache: return "disk-cache";
  }
  return "?";
}

// The engine the scan benchmarks share: built once, as a process would.
const Engine& default_engine() {
  static const std::unique_ptr<Engine> e = Engine::build(load_default_policy());
  return *e;
}

const Sink kSink{};

// A benchmark whose input does not do what its name says measures the wrong
// path: stop it rather than print a misleading number.
bool check_inputs(benchmark::State& state, const std::vector<std::string>& lines, bool want_findings,
                  Scratch& scratch) {
  for (const auto& line : lines) {
    const ScanResult r = default_engine().scan(line, kSink, scratch);
    if (r.incomplete || r.matches.empty() == want_findings) {
      const std::string why =
          (want_findings ? "a dirty line has no finding: " : "a clean line has a finding: ") + line;
      state.SkipWithError(why.c_str());
      return false;
    }
  }
  return true;
}

// ------------------------------------------------------------ scans

// One write() of a 100-byte log line, as the shim sees it.
void BM_Scan100(benchmark::State& state, bool dirty) {
  const Engine& engine = default_engine();
  const auto& lines = dirty ? corpus().dirty_lines : corpus().clean_lines;
  auto scratch = engine.make_scratch();
  if (!check_inputs(state, lines, dirty, *scratch)) return;

  std::size_t i = 0, findings = 0;
  for (auto _ : state) {
    const ScanResult r = engine.scan(lines[i], kSink, *scratch);
    benchmark::DoNotOptimize(r);
    findings += r.matches.size();
    i = (i + 1) & (kLinePool - 1);
  }
  state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(kLineSize));
  state.counters["findings/scan"] = double(findings) / double(state.iterations());
}
BENCHMARK_CAPTURE(BM_Scan100, Clean, false);
BENCHMARK_CAPTURE(BM_Scan100, Dirty, true);

// A dirty 100-byte write() end to end: scan, then mask into a stack buffer
// (the shim's path when something has to change before the bytes go out).
void BM_Scan100_DirtyMask(benchmark::State& state) {
  const Engine& engine = default_engine();
  const auto& lines = corpus().dirty_lines;
  auto scratch = engine.make_scratch();
  if (!check_inputs(state, lines, true, *scratch)) return;

  char out[4 * kLineSize];
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& line = lines[i];
    const ScanResult r = engine.scan(line, kSink, *scratch);
    std::size_t n = 0;
    if (r.changes) n = engine.transform(line, r.matches, out, sizeof out);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
    i = (i + 1) & (kLinePool - 1);
  }
  state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(kLineSize));
}
BENCHMARK(BM_Scan100_DirtyMask);

// Bulk input (privguard scan on a file): throughput on 1 MiB at a time.
void BM_Scan1MiB(benchmark::State& state, bool dirty) {
  const Engine& engine = default_engine();
  const std::string& block = dirty ? corpus().dirty_block : corpus().clean_block;
  auto scratch = engine.make_scratch(kBlockCandidates);

  std::size_t findings = 0;
  for (auto _ : state) {
    const ScanResult r = engine.scan(block, kSink, *scratch);
    benchmark::DoNotOptimize(r);
    if (r.incomplete) {
      state.SkipWithError("scan incomplete: candidate capacity too small");
      break;
    }
    findings = r.matches.size();
  }
  if (!dirty && findings != 0) state.SkipWithError("the clean block has findings");
  if (dirty && findings == 0) state.SkipWithError("the dirty block has no findings");
  state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(kBlockSize));
  state.counters["findings"] = double(findings);
}
BENCHMARK_CAPTURE(BM_Scan1MiB, Clean, false);
BENCHMARK_CAPTURE(BM_Scan1MiB, Dirty, true);

// ------------------------------------------------------------ start-up

// What a process pays before its first scan: load the policy, obtain the
// database, allocate a scratch. Tearing down is not start-up: it is paused.
void run_startup(benchmark::State& state, const std::string& policy_text, const EngineOptions& options) {
  DatabaseSource source = DatabaseSource::Compiled;
  for (auto _ : state) {
    auto engine = policy_text.empty() ? Engine::build(load_default_policy(), options)
                                      : Engine::build(load_policy_text(policy_text, "bench.toml"), options);
    auto scratch = engine->make_scratch();
    benchmark::DoNotOptimize(scratch.get());
    state.PauseTiming();
    source = engine->database_source();
    scratch.reset();
    engine.reset();
    state.ResumeTiming();
  }
  state.SetLabel(std::string(source_name(source)));
}

// (a) The default policy: its database is embedded in the binary.
void BM_Startup_Embedded(benchmark::State& state) { run_startup(state, "", EngineOptions{}); }
BENCHMARK(BM_Startup_Embedded)->Unit(benchmark::kMillisecond);

// (b) A policy of one's own: the embedded blob does not match it, the disk
// cache does. The cache lives in a temporary directory, filled once (a
// compile) before anything is timed, removed at exit.
constexpr std::string_view kExtendedPolicy =
    "extends = \"default\"\n"
    "[[rules]]\n"
    "id = \"bench-extra\"\n"
    "pattern = 'BENCH-[0-9]{6}'\n";

struct DiskCache {
  EngineOptions options;
  DiskCache() {
    std::string dir = (std::filesystem::temp_directory_path() / "privguard-bench-XXXXXX").string();
    if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
    options.cache_dir = dir;
    (void)Engine::build(load_policy_text(kExtendedPolicy, "bench.toml"), options);
  }
  ~DiskCache() {
    std::error_code ec;
    std::filesystem::remove_all(options.cache_dir, ec);
  }
};

void BM_Startup_DiskCache(benchmark::State& state) {
  // Google Benchmark calls this several times (to size the iteration count,
  // per repetition): the compile that fills the cache must happen once.
  static const DiskCache cache;
  run_startup(state, std::string(kExtendedPolicy), cache.options);
}
BENCHMARK(BM_Startup_DiskCache)->Unit(benchmark::kMillisecond);

// (c) No cache at all: Hyperscan compiles every rule (about a second and a
// half), so a few iterations and a single repetition whatever the flags say.
void BM_Startup_Compile(benchmark::State& state) {
  EngineOptions options;
  options.use_cache = false;
  run_startup(state, "", options);
}
BENCHMARK(BM_Startup_Compile)->Iterations(3)->Repetitions(1)->Unit(benchmark::kMillisecond);

// ------------------------------------------------------------ policy

// The TOML parse and checks of the default policy alone.
void BM_PolicyLoad_Default(benchmark::State& state) {
  for (auto _ : state) {
    Policy p = load_default_policy();
    benchmark::DoNotOptimize(p);
    state.PauseTiming();  // freeing it is not loading it
    p = Policy{};
    state.ResumeTiming();
  }
}
BENCHMARK(BM_PolicyLoad_Default)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
