// privguard scan [--policy F] [--mask] [--include-binary] [--jobs N]
//                [--format text|json|sarif|junit|markdown] PATH... | -
//
// Scans files offline with the same engine the shim uses. Input is read in
// blocks cut at line ends, so memory stays bounded on large logs; a value
// that spans lines (a PEM block) is still found unless it crosses a block
// boundary (blocks are 4 MiB).
//
// The main thread reads blocks, one file after another, into a ring of
// steps; workers scan and render them; the main thread emits each step's
// output strictly in reading order. Everything a step needs from the
// blocks before it (line number, start of the current line) is counted by
// the reader, so what is printed does not depend on --jobs.
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fmt/format.h>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "block_splitter.h"
#include "cli_common.h"
#include "finding_record.h"
#include "privguard/finding.h"
#include "report_formats.h"
#include "slot_pool.h"

namespace privguard::cli {
namespace {

// 4 MiB blocks read in 64 KiB units (block_splitter.h).
constexpr BlockSizes kSizes{4 << 20, 64 << 10};
constexpr std::size_t kCandidates = 1 << 16;
constexpr unsigned kMaxJobs = 1024;

// Report: findings are collected and rendered at the end (sarif, junit,
// markdown are whole documents, not lines).
enum class Format { Text, Json, Report };

struct Options {
  Format format = Format::Text;
  ReportFormat report = ReportFormat::Sarif;  // for Format::Report
  bool mask = false;
  bool include_binary = false;  // folders: binary files are skipped unless asked
  bool progress = false;        // stderr is a terminal: show how far large inputs are
  unsigned jobs = 1;
};

struct Totals {
  std::size_t findings = 0;
  std::size_t files = 0;
  std::size_t binary_skipped = 0;
  std::uint64_t bytes = 0;
  bool error = false;
  std::vector<FindingRecord> records;  // Format::Report only
};

void write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error(std::string("write failed: ") + std::strerror(errno));
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

// What one block prints, kept until its turn: stdout and stderr pieces in
// the order the one-threaded scan wrote them, so even `2>&1` reads the same.
struct BlockOutput {
  enum class Stream : std::uint8_t { Out, Err, Message };  // Message: through error()
  struct Piece {
    Stream stream;
    std::size_t end;  // in text; starts where the previous piece ended
  };
  std::string text;
  std::vector<Piece> pieces;
  std::string masked;  // --mask: the block as it leaves, written after its findings
  std::vector<FindingRecord> records;
  std::size_t findings = 0;
  bool error = false;
  std::exception_ptr failure;  // rethrown when the block's turn comes

  void clear() {
    text.clear();
    pieces.clear();
    records.clear();  // `masked` is sized anew by each --mask block; keeping it spares zero-filling it
    findings = 0;
    error = false;
    failure = nullptr;
  }

  void add(Stream s, std::string_view bytes) {
    text.append(bytes);
    if (!pieces.empty() && pieces.back().stream == s && s != Stream::Message) pieces.back().end = text.size();
    else pieces.push_back({s, text.size()});
  }
};

// One entry of the ring: a block to scan or an error message, each
// printed in its place.
struct Step {
  enum class Kind : std::uint8_t { Block, Error };
  Kind kind = Kind::Block;
  std::size_t file = 0;  // ordinal of the input it belongs to
  bool fatal = false;    // standard input: a failure ends the scan
  bool last = false;     // the input's last block: a small file takes one step, not two
  std::string name;      // the input's name; Error: the message
  BlockPosition at;              // of the block's first byte in the input
  std::unique_ptr<char[]> buf;   // kSizes.capacity() bytes, once a block used it
  std::size_t size = 0;          // bytes read into buf
  std::size_t cut = 0;           // the block is buf[0, cut); the rest begins the next one
  bool queued = false;           // handed to the pool, which says when it is done
  BlockOutput out;

  std::string_view block() const { return {buf.get(), cut}; }
};

// Scans and renders blocks; one per thread, for its Scratch.
class BlockRenderer {
 public:
  BlockRenderer(const core::Engine& e, const Options& o) : engine_(e), opt_(o), scratch_(e.make_scratch(kCandidates)) {}

  void render(const Step& s, BlockOutput& out) {
    out.clear();
    try {
      render_findings(s, out);
    } catch (...) {
      out.failure = std::current_exception();
    }
  }

 private:
  void render_findings(const Step& s, BlockOutput& out) {
    std::string_view data = s.block();
    core::Sink sink{core::SinkKind::File, s.name, {}};
    auto result = engine_.scan(data, sink, *scratch_);
    if (result.incomplete)
      out.add(BlockOutput::Stream::Message,
              fmt::format("{}: too many candidates near offset {}; some values may be missed", s.name, s.at.offset));
    LineCursor lines{s.at.offset, s.at.line, s.at.line_start};
    for (std::size_t i = 0; i < result.matches.size(); ++i) {
      lines.advance(data, result.matches[i].start);
      core::FileOrigin origin{s.name, s.at.offset, lines.line, lines.column(result.matches[i].start)};
      report(data, result.matches, i, origin, out);
    }
    out.findings = result.matches.size();
    if (opt_.mask) mask(data, result.matches, out.masked);
  }

  void report(std::string_view data, std::span<const core::Match> all, std::size_t i, const core::FileOrigin& o,
              BlockOutput& out) {
    // --mask keeps stdout for the masked text; findings then go to stderr.
    const auto stream = opt_.mask ? BlockOutput::Stream::Err : BlockOutput::Stream::Out;
    if (opt_.format == Format::Report) keep_record(data, all, i, o, out);
    else if (opt_.format == Format::Json) out.add(stream, json_line(data, all, i, o));
    else out.add(stream, text_line(data, all, i, o));
  }

  std::string_view json_line(std::string_view data, std::span<const core::Match> all, std::size_t i,
                             const core::FileOrigin& o) {
    return {line_, core::format_finding(engine_, core::now_unix_ns(), o, data, all, i, line_, sizeof line_)};
  }

  // The same JSON line as --format json, read back: one path from the
  // engine to every format, and the record holds no more than the line.
  void keep_record(std::string_view data, std::span<const core::Match> all, std::size_t i, const core::FileOrigin& o,
                   BlockOutput& out) {
    std::string why;
    if (auto r = parse_finding_line(json_line(data, all, i, o), why)) {
      out.records.push_back(std::move(*r));
      return;
    }
    out.add(BlockOutput::Stream::Message,
            fmt::format("{}:{}:{}: cannot render finding: {}", o.path, o.line, o.column, why));
    out.error = true;
  }

  std::string text_line(std::string_view data, std::span<const core::Match> all, std::size_t i,
                        const core::FileOrigin& o) {
    char preview[1024];
    std::size_t pn = core::format_preview(engine_, data, all, i, preview, sizeof preview);
    const auto& m = all[i];
    const auto& rule = engine_.policy().rules[m.rule];
    return fmt::format("{}:{}:{}: {} ({}, {}): {}\n", o.path, o.line, o.column, rule.id,
                       core::to_string(rule.severity), core::finding_action_name(m.action),
                       std::string_view(preview, pn));
  }

  // The file as it would leave under the policy, with every finding masked
  // even where the policy only reports or blocks (a file cannot be
  // blocked), but for those in binary content, which are left as they are
  // so that the file keeps its format (Match::binary).
  void mask(std::string_view data, std::span<const core::Match> matches, std::string& out) {
    masked_.assign(matches.begin(), matches.end());
    for (auto& m : masked_)
      if (!m.binary && (m.action == core::Action::Report || m.action == core::Action::Block))
        m.action = core::Action::Mask;
    std::size_t size = data.size();
    for (const auto& m : masked_) size = size - (m.end - m.start) + engine_.replacement(data, m, nullptr, 0);
    out.resize(size);
    out.resize(engine_.transform(data, masked_, out.data(), out.size()));
  }

  const core::Engine& engine_;
  const Options& opt_;
  std::unique_ptr<core::Scratch> scratch_;
  std::vector<core::Match> masked_;
  char line_[core::kFindingLineMax + 1024];  // one finding's JSON line
};

bool looks_binary(const std::filesystem::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char head[8192];
  ssize_t n = ::read(fd, head, sizeof head);
  ::close(fd);
  return n > 0 && std::memchr(head, '\0', static_cast<std::size_t>(n)) != nullptr;
}

struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

// Reads inputs into the ring and emits finished steps in order. With
// jobs == 1 every block is scanned as soon as it is read, on this thread.
class Scanner {
 public:
  Scanner(const core::Engine& e, const Options& o, Totals& t)
      : opt_(o),
        totals_(t),
        renderers_(make_renderers(e, o)),
        steps_(o.jobs == 1 ? 1 : 2 * std::size_t{o.jobs} + 2),
        pool_(o.jobs == 1 ? 0 : o.jobs, steps_.size(),
              [this](unsigned worker, std::size_t slot) { renderers_[worker].render(steps_[slot], steps_[slot].out); }) {}

  // Inputs met on the command line (not in a folder) are scanned even if binary.
  void scan_path(const std::string& path, bool from_walk) {
    if (from_walk && !opt_.include_binary && looks_binary(path)) {
      ++totals_.binary_skipped;
      return;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      fail(path + ": " + std::strerror(errno));
      return;
    }
    FdCloser closer{fd};
    scan_fd(fd, path, false);
  }

  void scan_stdin() { scan_fd(0, "-", true); }

  // An error message, printed after everything read before it.
  void fail(std::string message) {
    Step& s = next_step();
    s.kind = Step::Kind::Error;
    s.fatal = false;
    s.name = std::move(message);
    publish(s);
  }

  void finish() {
    while (emitted_ < next_) emit_next(true);
  }

 private:
  static std::vector<BlockRenderer> make_renderers(const core::Engine& e, const Options& o) {
    std::vector<BlockRenderer> r;
    r.reserve(o.jobs);
    for (unsigned i = 0; i < o.jobs; ++i) r.emplace_back(e, o);
    return r;
  }

  void scan_fd(int fd, const std::string& name, bool fatal) {
    const std::size_t file = ++inputs_;
    BlockPosition next;
    const Step* prev = nullptr;
    bool eof = false;
    while (!eof && aborted_ != file) {
      Step& s = next_step();
      start_block(s, prev, file, fatal, name);
      s.at = next;
      try {
        eof = fill(s, fd, name);
      } catch (const std::exception& e) {
        // Not scanned at all, as before: a read error drops the partial block.
        s.kind = Step::Kind::Error;
        s.name = e.what();
        publish(s);
        if (fatal) finish();  // throws at this step, after what came before
        return;
      }
      s.last = eof;
      s.cut = cut_block(s.buf.get(), s.size, eof, next);
      publish(s);
      prev = &s;
    }
  }

  // The step's buffer starts with what the previous block left after its
  // last line end. With one slot the previous block is this very buffer.
  static void start_block(Step& s, const Step* prev, std::size_t file, bool fatal, const std::string& name) {
    if (!s.buf) s.buf = std::make_unique_for_overwrite<char[]>(kSizes.capacity());
    s.size = prev ? carry_rest(prev->buf.get(), prev->size, prev->cut, s.buf.get()) : 0;
    s.kind = Step::Kind::Block;
    s.file = file;
    s.fatal = fatal;
    s.name = name;
  }

  // Reads until the buffer holds a block. Returns true at end of input.
  static bool fill(Step& s, int fd, const std::string& name) {
    int r = fill_block(s.buf.get(), s.size, kSizes, [fd](char* to, std::size_t want) {
      ssize_t n;
      do n = ::read(fd, to, want);
      while (n < 0 && errno == EINTR);
      return n;
    });
    if (r < 0) throw std::runtime_error(name + ": " + std::strerror(errno));
    return r == 1;
  }

  // Waits for room in the ring, emitting what is done on the way.
  Step& next_step() {
    while (emitted_ < next_ && ready(emitted_)) emit_next(false);
    if (next_ - emitted_ == steps_.size()) emit_next(true);
    return steps_[next_++ % steps_.size()];
  }

  void publish(Step& s) {
    s.queued = s.kind == Step::Kind::Block;
    if (s.queued) pool_.start(slot(s));
    // One thread: print each block before reading the next, as ever.
    if (opt_.jobs == 1)
      while (emitted_ < next_ && ready(emitted_)) emit_next(false);
  }

  std::size_t slot(const Step& s) const { return static_cast<std::size_t>(&s - steps_.data()); }
  bool ready(std::uint64_t seq) {
    const Step& s = steps_[seq % steps_.size()];
    return !s.queued || pool_.done(slot(s));
  }

  void emit_next(bool wait) {
    Step& s = steps_[emitted_++ % steps_.size()];
    if (wait && s.queued) pool_.wait(slot(s));
    switch (s.kind) {
      case Step::Kind::Block: emit_block(s); break;
      case Step::Kind::Error:
        if (s.fatal) throw std::runtime_error(s.name);
        error(s.name);
        totals_.error = true;
        break;
    }
  }

  void emit_block(Step& s) {
    if (s.file == aborted_) return;
    auto& out = s.out;
    try {
      if (out.failure) std::rethrow_exception(out.failure);
      write_pieces(out);
      totals_.findings += out.findings;
      totals_.error |= out.error;
      std::move(out.records.begin(), out.records.end(), std::back_inserter(totals_.records));
      if (opt_.mask) write_all(1, out.masked);
    } catch (const std::exception& e) {
      // Standard input was never caught here: the scan ends. A file's
      // error ends that file only.
      if (s.fatal) throw;
      error(e.what());
      totals_.error = true;
      aborted_ = s.file;
      return;
    }
    progress_name_ = s.name;
    progress_offset_ = s.at.offset + s.cut;
    show_progress(false);
    if (s.last) end_file();
  }

  static void write_pieces(const BlockOutput& out) {
    std::size_t from = 0;
    for (const auto& p : out.pieces) {
      std::string_view text(out.text.data() + from, p.end - from);
      from = p.end;
      if (p.stream == BlockOutput::Stream::Message) error(std::string(text));
      else write_all(p.stream == BlockOutput::Stream::Out ? 1 : 2, text);
    }
  }

  void end_file() {
    show_progress(true);
    ++totals_.files;
  }

  // "\r" progress on an interactive stderr, once the input is past 16 MiB.
  void show_progress(bool done) {
    constexpr std::uint64_t kShowFrom = 16 << 20;
    if (!opt_.progress || (progress_offset_ < kShowFrom && !shown_)) return;
    shown_ = !done;
    if (done) {
      std::fputs("\r\033[K", stderr);
      return;
    }
    std::fprintf(stderr, "\rprivguard: %s: %llu MiB scanned, %zu findings so far\033[K", progress_name_.c_str(),
                 static_cast<unsigned long long>(progress_offset_ >> 20), totals_.findings);
  }

  const Options& opt_;
  Totals& totals_;
  std::vector<BlockRenderer> renderers_;
  std::vector<Step> steps_;
  std::uint64_t next_ = 0;     // sequence number of the next step to fill
  std::uint64_t emitted_ = 0;  // of the next step to emit
  std::size_t inputs_ = 0;
  std::size_t aborted_ = 0;  // an input whose output failed: the rest of it is dropped
  std::string progress_name_;
  std::uint64_t progress_offset_ = 0;
  bool shown_ = false;
  SlotPool pool_;  // last: its threads stop before the steps and renderers they use go
};

unsigned parse_jobs(const std::string& v) {
  unsigned n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n == 0 || n > kMaxJobs)
    throw UsageError(fmt::format("--jobs needs a number from 1 to {}, not '{}'", kMaxJobs, v));
  return n;
}

// The cores this process may run on: a container's cpuset or `taskset`
// leave fewer than the machine has, and more threads than cores only queue.
unsigned default_jobs() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return std::min(static_cast<unsigned>(CPU_COUNT(&set)), kMaxJobs);
  return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxJobs);
}

void scan_directory(Scanner& scanner, const std::string& dir) {
  // Hidden files included: .env files are where secrets live.
  std::error_code ec;
  std::vector<std::string> files;
  for (auto it = std::filesystem::recursive_directory_iterator(
           dir, std::filesystem::directory_options::skip_permission_denied, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  if (ec) scanner.fail(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) scanner.scan_path(f, true);
}

struct ScanArgs {
  std::string format = "text";
  std::string jobs;  // empty: one thread per core
  bool jobs_given = false;
  bool mask = false;
  bool include_binary = false;
  std::optional<std::string> policy;
  std::vector<std::string> paths;
};

int scan(const ScanArgs& a) {
  Options opt;
  opt.jobs = a.jobs_given ? parse_jobs(a.jobs) : default_jobs();
  if (a.format == "text") opt.format = Format::Text;
  else if (a.format == "json") opt.format = Format::Json;
  else if (auto r = parse_report_format(a.format); r && *r != ReportFormat::Table && *r != ReportFormat::Json) {
    opt.format = Format::Report;
    opt.report = *r;
  } else throw UsageError("unknown format '" + a.format + "' (text, json, sarif, junit, markdown)");
  opt.mask = a.mask;
  opt.include_binary = a.include_binary;
  const auto& paths = a.paths;
  const auto& policy_path = a.policy;
  if (paths.empty()) throw UsageError("scan needs a path, or - for standard input");
  opt.progress = isatty(2) && !opt.mask;

  auto engine = build_engine(load_policy(policy_path));
  Totals totals;
  {
    Scanner scanner(*engine, opt, totals);
    for (const auto& p : paths) {
      std::error_code ec;
      if (p == "-") scanner.scan_stdin();
      else if (std::filesystem::is_directory(p, ec)) scan_directory(scanner, p);
      else scanner.scan_path(p, false);
    }
    scanner.finish();
  }
  if (opt.format == Format::Report) {
    ReportOptions ro;
    ro.policy = &engine->policy();
    write_all(opt.mask ? 2 : 1, render_report(opt.report, totals.records, ro));
  }
  if (opt.format == Format::Text && !opt.mask) {
    auto summary = fmt::format("{} finding{} in {} file{}", totals.findings, totals.findings == 1 ? "" : "s",
                               totals.files, totals.files == 1 ? "" : "s");
    if (totals.binary_skipped) summary += fmt::format(" ({} binary skipped)", totals.binary_skipped);
    std::fprintf(stderr, "%s\n", summary.c_str());
  }
  if (totals.error) return kExitError;
  return totals.findings ? kExitFindings : kExitOk;
}

}  // namespace

void add_scan(CLI::App& root, Action& chosen) {
  auto a = std::make_shared<ScanArgs>();
  auto policy = std::make_shared<std::string>();
  CLI::App* cmd = root.add_subcommand("scan", "scan files, folders (recursively) or standard input (-)");
  cmd->allow_extras();
  CLI::Option* policy_opt = cmd->add_option("--policy", *policy, "policy TOML file (else PRIVGUARD_POLICY, else the default)");
  cmd->add_flag("--mask", a->mask, "write the masked text to stdout (findings then go to stderr)");
  cmd->add_flag("--include-binary", a->include_binary, "scan binary files found in folders too");
  // "-j4" as well as "-j 4", "--jobs 4" and "--jobs=4"; checked in scan(), for its message.
  CLI::Option* jobs = cmd->add_option("-j,--jobs", a->jobs, "threads (default: one per core it may use)");
  cmd->add_option("--format", a->format, "text (default), json, sarif, junit or markdown");
  cmd->add_option("paths", a->paths, "files, folders, or - for standard input");
  cmd->callback([&chosen, a, cmd, policy, policy_opt, jobs] {
    if (policy_opt->count()) a->policy = *policy;
    a->jobs_given = jobs->count() > 0;
    chosen = [a, cmd] {
      check_leftovers(*cmd, "scan takes paths");
      return scan(*a);
    };
  });
}

}  // namespace privguard::cli
