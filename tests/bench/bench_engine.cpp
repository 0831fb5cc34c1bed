// Micro-benchmarks of the engine through its public API: what one write()
// costs the shim (100-byte lines), what the CLI gets on bulk input (1 MiB
// blocks), how the cost per byte changes with the size of one scan (4 KiB
// to 16 MiB, on generated text and on any text given with --text), what a
// process pays at start-up, and how long the policy parse is.
//
// Inputs are log text generated from a fixed seed (log_gen.h, shared with
// privguard_bench_corpus), so runs are comparable. "Dirty" inputs carry an
// e-mail address, a Luhn-valid card number or a token (1 line in 20 in the
// blocks; every line in the 100-byte pool, so the single-line figure is the
// cost of a hit).
#include <benchmark/benchmark.h>

#include <cerrno>
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "log_gen.h"
#include "privguard/engine.h"
#include "privguard/policy.h"

namespace {

using namespace privguard::core;
using privguard::bench::kSeed;
using privguard::bench::LogGen;

constexpr std::size_t kLineSize = 100;
constexpr std::size_t kLinePool = 64;  // lines cycled through, so one line's branches are not all that is measured
static_assert((kLinePool & (kLinePool - 1)) == 0, "the scan loop masks the index");
constexpr std::size_t kBlockSize = std::size_t{1} << 20;
constexpr std::size_t kBlockCandidates = std::size_t{1} << 16;
constexpr unsigned kDirtyOneIn = 20;

// ------------------------------------------------------------ inputs

struct Corpus {
  std::vector<std::string> clean_lines, dirty_lines;  // kLinePool lines of kLineSize bytes
  std::string clean_block, dirty_block;                // kBlockSize bytes each
};

std::string make_block(LogGen& gen, bool dirty) {
  std::string block;
  block.reserve(kBlockSize + 512);
  std::uint64_t n = 0;
  privguard::bench::append_lines(gen, block, kBlockSize, dirty ? kDirtyOneIn : 0, n);
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

// The engine the scan benchmarks share: built once, as a process would;
// the default policy, or the file PRIVGUARD_BENCH_POLICY names (to weigh
// one policy change against another with the same engine code).
const Engine& default_engine() {
  static const std::unique_ptr<Engine> e = [] {
    const char* path = std::getenv("PRIVGUARD_BENCH_POLICY");
    return Engine::build(path && *path ? load_policy_file(path) : load_default_policy());
  }();
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

// ------------------------------------------------------------ scan size

// One scan of N bytes, N from 4 KiB to 16 MiB, over consecutive N-byte
// pieces of a text (so every size reads all of it, not one lucky piece),
// with the scratch a shim thread has (make_scratch()'s default capacity).
// Work that grows faster than the bytes shows as ns/byte rising with N:
// the per-rule start-of-match databases once ran over whole buffers when
// a large one had more triggers than the scratch holds windows for.
// "incomplete" counts scans that ran out of candidates, which the shim then
// repeats in 64 KiB pieces (their cost is not in this figure).
constexpr std::size_t kSizeCorpus = std::size_t{16} << 20;
constexpr std::int64_t kScanSizes[] = {4 << 10, 64 << 10, 1 << 20, 16 << 20};

void BM_ScanSize(benchmark::State& state, const std::string* text) {
  const Engine& engine = default_engine();
  const auto n = static_cast<std::size_t>(state.range(0));
  if (text->size() < n) {
    state.SkipWithError("the text is shorter than the scan size");
    return;
  }
  auto scratch = engine.make_scratch();
  const std::size_t pieces = text->size() / n;
  std::size_t i = 0, findings = 0, incomplete = 0;
  for (auto _ : state) {
    const ScanResult r = engine.scan(std::string_view(*text).substr(i * n, n), kSink, *scratch);
    benchmark::DoNotOptimize(r);
    findings += r.matches.size();
    incomplete += r.incomplete ? 1 : 0;
    if (++i == pieces) i = 0;
  }
  const auto scanned = double(state.iterations()) * double(n);
  state.SetBytesProcessed(std::int64_t(scanned));
  state.counters["ns/byte"] = benchmark::Counter(scanned, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["findings/MiB"] = double(findings) * double(1 << 20) / scanned;
  state.counters["incomplete"] = double(incomplete) / double(state.iterations());
}

// The texts: generated clean log text, and any --text NAME=PATH (a file or
// a folder's files: their first 16 MiB, repeated to that size if shorter).
std::vector<std::pair<std::string, std::string>>& size_texts() {
  static std::vector<std::pair<std::string, std::string>> t;
  return t;
}

void register_size_benchmarks() {
  auto& texts = size_texts();
  {
    std::string gen_text;
    gen_text.reserve(kSizeCorpus + 512);
    LogGen gen(kSeed + 1);
    std::uint64_t n = 0;
    privguard::bench::append_lines(gen, gen_text, kSizeCorpus, 0, n);
    gen_text.resize(kSizeCorpus);
    texts.insert(texts.begin(), {"log_gen", std::move(gen_text)});
  }
  for (auto& [name, text] : texts)
    benchmark::RegisterBenchmark(("BM_ScanSize/" + name).c_str(), BM_ScanSize, &text)
        ->ArgName("bytes")
        ->Arg(kScanSizes[0])
        ->Arg(kScanSizes[1])
        ->Arg(kScanSizes[2])
        ->Arg(kScanSizes[3])
        ->Unit(benchmark::kMicrosecond);
}

// A file's first kSizeCorpus bytes, or a folder's files (recursively, in
// name order, a corpus set's generator scripts and labels left out) one
// after the other up to that size.
bool read_text(const std::string& path, std::string& text) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      const std::string name = e.path().filename().string();
      if (e.is_regular_file() && e.path().extension() != ".py" && name != "labels.tsv" && name != "stats.json" &&
          name != "NOTES.md")
        files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.emplace_back(path);
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "privguard_bench_engine: cannot read %s: %s\n", f.c_str(), std::strerror(errno));
      return false;
    }
    std::string part((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text += part.substr(0, kSizeCorpus - text.size());
    if (text.size() == kSizeCorpus) break;
  }
  if (text.empty()) {
    std::fprintf(stderr, "privguard_bench_engine: %s holds no text\n", path.c_str());
    return false;
  }
  return true;
}

// --text NAME=PATH, taken out of argv before Google Benchmark reads it.
bool take_text_args(int& argc, char** argv) {
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    std::string spec;
    if (std::strncmp(a, "--text=", 7) == 0) spec = a + 7;
    else if (std::strcmp(a, "--text") == 0 && i + 1 < argc) spec = argv[++i];
    else {
      argv[out++] = argv[i];
      continue;
    }
    const auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::fprintf(stderr, "privguard_bench_engine: --text wants NAME=PATH, not '%s'\n", spec.c_str());
      return false;
    }
    const std::string path = spec.substr(eq + 1);
    std::string text;
    if (!read_text(path, text)) return false;
    const std::size_t got = text.size();
    text.resize(kSizeCorpus);
    for (std::size_t k = got; k < kSizeCorpus; ++k) text[k] = text[k - got];
    size_texts().emplace_back(spec.substr(0, eq), std::move(text));
  }
  argc = out;
  argv[argc] = nullptr;
  return true;
}

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

int main(int argc, char** argv) {
  if (!take_text_args(argc, argv)) return 2;
  register_size_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
