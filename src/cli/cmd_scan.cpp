// privguard scan [--policy F] [--mask] [--format text|json|sarif|junit|markdown] PATH... | -
//
// Scans files offline with the same engine the shim uses. Input is read in
// blocks cut at line ends, so memory stays bounded on large logs; a value
// that spans lines (a PEM block) is still found unless it crosses a block
// boundary (blocks are 4 MiB).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <string>
#include <vector>

#include "cli_common.h"
#include "finding_record.h"
#include "privguard/finding.h"
#include "report_formats.h"

namespace privguard::cli {
namespace {

constexpr std::size_t kBlock = 4 << 20;
constexpr std::size_t kCandidates = 1 << 16;

// Report: findings are collected and rendered at the end (sarif, junit,
// markdown are whole documents, not lines).
enum class Format { Text, Json, Report };

struct Options {
  Format format = Format::Text;
  ReportFormat report = ReportFormat::Sarif;  // for Format::Report
  bool mask = false;
  bool include_binary = false;  // folders: binary files are skipped unless asked
  bool progress = false;        // stderr is a terminal: show how far large inputs are
};

struct Totals {
  std::size_t findings = 0;
  std::size_t files = 0;
  std::size_t binary_skipped = 0;
  std::uint64_t bytes = 0;
  bool error = false;
  std::vector<FindingRecord> records;  // Format::Report only
};

std::int64_t now_ns() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error(std::string("write failed: ") + std::strerror(errno));
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

class FileScanner {
 public:
  FileScanner(const core::Engine& e, core::Scratch& s, const Options& o, Totals& t)
      : engine_(e), scratch_(s), opt_(o), totals_(t) {}

  // Scans everything readable from fd; `name` is what findings call it.
  void scan_fd(int fd, const std::string& name) {
    name_ = name;
    offset_ = 0;
    line_ = 1;
    line_start_ = 0;
    std::string buf;
    buf.reserve(kBlock + 65536);
    char chunk[65536];
    bool eof = false;
    while (!eof) {
      while (buf.size() < kBlock) {
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error(name + ": " + std::strerror(errno));
        if (n == 0) {
          eof = true;
          break;
        }
        buf.append(chunk, static_cast<std::size_t>(n));
      }
      std::size_t cut = buf.size();
      if (!eof) {
        auto nl = buf.rfind('\n');
        if (nl != std::string::npos) cut = nl + 1;
      }
      scan_block(std::string_view(buf.data(), cut));
      buf.erase(0, cut);
      show_progress(false);
    }
    show_progress(true);
    ++totals_.files;
  }

 private:
  // "\r" progress on an interactive stderr, once the input is past 16 MiB.
  void show_progress(bool done) {
    constexpr std::uint64_t kShowFrom = 16 << 20;
    if (!opt_.progress || (offset_ < kShowFrom && !shown_)) return;
    shown_ = !done;
    if (done) {
      std::fputs("\r\033[K", stderr);
      return;
    }
    std::fprintf(stderr, "\rprivguard: %s: %llu MiB scanned, %zu findings so far\033[K", name_.c_str(),
                 static_cast<unsigned long long>(offset_ >> 20), totals_.findings);
  }

  void scan_block(std::string_view data) {
    core::Sink sink{core::SinkKind::File, name_, {}};
    auto result = engine_.scan(data, sink, scratch_);
    if (result.incomplete)
      error(fmt::format("{}: too many candidates near offset {}; some values may be missed", name_, offset_));
    std::size_t pos = 0;  // where line counting has reached within data
    for (std::size_t i = 0; i < result.matches.size(); ++i) {
      const auto& m = result.matches[i];
      for (; pos < m.start; ++pos)
        if (data[pos] == '\n') {
          ++line_;
          line_start_ = offset_ + pos + 1;
        }
      core::FileOrigin origin{name_, offset_, line_, offset_ + m.start - line_start_ + 1};
      report(data, result.matches, i, origin);
    }
    for (; pos < data.size(); ++pos)
      if (data[pos] == '\n') {
        ++line_;
        line_start_ = offset_ + pos + 1;
      }
    totals_.findings += result.matches.size();
    if (opt_.mask) write_masked(data, result.matches);
    offset_ += data.size();
  }

  void report(std::string_view data, std::span<const core::Match> all, std::size_t i, const core::FileOrigin& o) {
    char line[core::kFindingLineMax + 1024];
    if (opt_.format == Format::Report) {
      // The same JSON line as --format json, read back: one path from the
      // engine to every format, and the record holds no more than the line.
      std::size_t n = core::format_finding(engine_, now_ns(), o, data, all, i, line, sizeof line);
      std::string why;
      if (auto r = parse_finding_line({line, n}, why)) {
        totals_.records.push_back(std::move(*r));
      } else {
        error(fmt::format("{}:{}:{}: cannot render finding: {}", o.path, o.line, o.column, why));
        totals_.error = true;
      }
      return;
    }
    if (opt_.format == Format::Json) {
      std::size_t n = core::format_finding(engine_, now_ns(), o, data, all, i, line, sizeof line);
      // --mask keeps stdout for the masked text; findings then go to stderr.
      write_all(opt_.mask ? 2 : 1, {line, n});
      return;
    }
    char preview[1024];
    std::size_t pn = core::format_preview(engine_, data, all, i, preview, sizeof preview);
    const auto& m = all[i];
    const auto& rule = engine_.policy().rules[m.rule];
    auto text = fmt::format("{}:{}:{}: {} ({}, {}): {}\n", o.path, o.line, o.column, rule.id,
                            core::to_string(rule.severity), core::finding_action_name(m.action),
                            std::string_view(preview, pn));
    write_all(opt_.mask ? 2 : 1, text);
  }

  // The file as it would leave under the policy, with every finding masked
  // even where the policy only reports or blocks: a file cannot be blocked.
  void write_masked(std::string_view data, std::span<const core::Match> matches) {
    masked_.assign(matches.begin(), matches.end());
    for (auto& m : masked_)
      if (m.action == core::Action::Report || m.action == core::Action::Block) m.action = core::Action::Mask;
    std::size_t size = data.size();
    for (const auto& m : masked_) size = size - (m.end - m.start) + engine_.replacement(data, m, nullptr, 0);
    out_.resize(size);
    std::size_t n = engine_.transform(data, masked_, out_.data(), out_.size());
    write_all(1, {out_.data(), n});
  }

  const core::Engine& engine_;
  core::Scratch& scratch_;
  const Options& opt_;
  Totals& totals_;
  std::string name_;
  std::uint64_t offset_ = 0, line_ = 1, line_start_ = 0;
  bool shown_ = false;
  std::vector<core::Match> masked_;
  std::string out_;
};

bool looks_binary(const std::filesystem::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char head[8192];
  ssize_t n = ::read(fd, head, sizeof head);
  ::close(fd);
  return n > 0 && std::memchr(head, '\0', static_cast<std::size_t>(n)) != nullptr;
}

void scan_path(FileScanner& scanner, const std::string& path, bool from_walk, bool include_binary, Totals& totals) {
  if (from_walk && !include_binary && looks_binary(path)) {
    ++totals.binary_skipped;
    return;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error(path + ": " + std::strerror(errno));
    totals.error = true;
    return;
  }
  try {
    scanner.scan_fd(fd, path);
  } catch (const std::exception& e) {
    error(e.what());
    totals.error = true;
  }
  ::close(fd);
}

}  // namespace

int cmd_scan(Args& args) {
  Options opt;
  std::optional<std::string> policy_path;
  std::vector<std::string> paths;
  while (!args.done()) {
    if (auto v = args.option("--policy")) {
      policy_path = v;
    } else if (auto f = args.option("--format")) {
      if (*f == "text") opt.format = Format::Text;
      else if (*f == "json") opt.format = Format::Json;
      else if (auto r = parse_report_format(*f); r && *r != ReportFormat::Table && *r != ReportFormat::Json) {
        opt.format = Format::Report;
        opt.report = *r;
      } else throw UsageError("unknown format '" + *f + "' (text, json, sarif, junit, markdown)");
    } else if (args.flag("--include-binary")) {
      opt.include_binary = true;
    } else if (args.flag("--mask")) {
      opt.mask = true;
    } else if (args.flag("--")) {
      while (!args.done()) paths.push_back(args.next());
    } else if (args.peek().size() > 1 && args.peek()[0] == '-') {
      throw UsageError("unknown option '" + args.peek() + "'");
    } else {
      paths.push_back(args.next());
    }
  }
  if (paths.empty()) throw UsageError("scan needs a path, or - for standard input");
  opt.progress = isatty(2) && !opt.mask;

  auto engine = build_engine(load_policy(policy_path));
  auto scratch = engine->make_scratch(kCandidates);
  Totals totals;
  FileScanner scanner(*engine, *scratch, opt, totals);

  for (const auto& p : paths) {
    if (p == "-") {
      scanner.scan_fd(0, "-");
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      // Hidden files included: .env files are where secrets live.
      std::vector<std::string> files;
      for (auto it = std::filesystem::recursive_directory_iterator(
               p, std::filesystem::directory_options::skip_permission_denied, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      if (ec) {
        error(p + ": " + ec.message());
        totals.error = true;
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) scan_path(scanner, f, true, opt.include_binary, totals);
    } else {
      scan_path(scanner, p, false, opt.include_binary, totals);
    }
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

}  // namespace privguard::cli
