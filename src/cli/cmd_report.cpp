// privguard report [--format table|json|sarif|junit|markdown] [--policy F] FINDINGS.jsonl | -
//
// Renders a findings file (the shim's PRIVGUARD_REPORT, or the output of
// `privguard scan --format json`) for a person or a CI system. Every line
// must parse: a report that silently skipped a damaged line could hide a
// finding, so the first bad line stops it with exit 2 and its number.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <vector>

#include "cli_common.h"
#include "finding_record.h"
#include "report_formats.h"

namespace privguard::cli {
namespace {

struct ReportArgs {
  ReportFormat format = ReportFormat::Table;
  std::optional<std::string> policy;
  std::string input;
};

ReportArgs parse_args(Args& args) {
  ReportArgs r;
  std::vector<std::string> inputs;
  while (!args.done()) {
    if (auto f = args.option("--format")) {
      auto parsed = parse_report_format(*f);
      if (!parsed) throw UsageError("unknown format '" + *f + "' (table, json, sarif, junit, markdown)");
      r.format = *parsed;
    } else if (auto p = args.option("--policy")) {
      r.policy = p;
    } else if (args.flag("--")) {
      while (!args.done()) inputs.push_back(args.next());
    } else if (args.peek().size() > 1 && args.peek()[0] == '-') {
      throw UsageError("unknown option '" + args.peek() + "'");
    } else {
      inputs.push_back(args.next());
    }
  }
  if (inputs.empty()) throw UsageError("report needs a findings file, or - for standard input");
  if (inputs.size() > 1) throw UsageError("report takes one findings file");
  r.input = inputs[0];
  return r;
}

// The whole input, or nullopt after printing why it cannot be read.
std::optional<std::string> read_input(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    error(path + ": " + std::strerror(errno));
    return std::nullopt;
  }
  std::string data;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  int read_errno = std::ferror(f) ? errno : 0;  // a directory opens, then fails with EISDIR
  if (f != stdin) std::fclose(f);
  if (read_errno) {
    error(path + ": " + std::strerror(read_errno));
    return std::nullopt;
  }
  return data;
}

// Descriptions for SARIF's rules. An explicit --policy must load; the
// environment's or the default one only adds text, so failing it is a warning.
std::optional<core::Policy> policy_for_descriptions(const ReportArgs& a) {
  if (a.policy) return core::load_policy_file(*a.policy);
  try {
    return load_policy(std::nullopt);
  } catch (const std::exception& e) {
    error(std::string("warning: no rule descriptions: ") + e.what());
    return std::nullopt;
  }
}

}  // namespace

int cmd_report(Args& args) {
  ReportArgs a = parse_args(args);
  std::optional<core::Policy> policy;
  if (a.format == ReportFormat::Sarif) policy = policy_for_descriptions(a);

  auto data = read_input(a.input);
  if (!data) return kExitError;
  std::vector<FindingRecord> records;
  std::string_view rest = *data;
  for (std::size_t line_no = 1; !rest.empty(); ++line_no) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string why;
    auto record = parse_finding_line(line, why);
    if (!record) {
      error(fmt::format("{}:{}: {}", a.input, line_no, why));
      return kExitError;
    }
    records.push_back(std::move(*record));
  }

  ReportOptions opt;
  // Colour only for a person at a terminal; NO_COLOR (no-color.org) turns it off.
  const char* no_color = std::getenv("NO_COLOR");
  opt.color = ::isatty(STDOUT_FILENO) && !(no_color && *no_color);
  opt.policy = policy ? &*policy : nullptr;
  std::string out = render_report(a.format, records, opt);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    error(std::string("writing the report: ") + std::strerror(errno));
    return kExitError;
  }
  return kExitOk;
}

}  // namespace privguard::cli
