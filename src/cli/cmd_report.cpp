// privguard report [--format table|json|sarif|junit|markdown] [--policy F] FINDINGS.jsonl | -
//
// Renders a findings file (the shim's PRIVGUARD_REPORT, or the output of
// `privguard scan --format json`) for a person or a CI system. Every line
// must parse: a report that silently skipped a damaged line could hide a
// finding, so the first bad line stops it with exit 2 and its number.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <vector>

#include "cli_common.h"
#include "findings_file.h"
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

  std::string why;
  auto file = read_file_from(a.input, 0, why);
  if (!file) {
    error(why);
    return kExitError;
  }
  Findings findings = parse_findings(file->text, 1, 1);
  if (!findings.unreadable.empty()) {
    error(fmt::format("{}:{}: {}", a.input, findings.unreadable.front().line, findings.unreadable.front().why));
    return kExitError;
  }

  ReportOptions opt;
  opt.color = use_colour(STDOUT_FILENO);
  opt.policy = policy ? &*policy : nullptr;
  std::string out = render_report(a.format, findings.records, opt);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    error(std::string("writing the report: ") + std::strerror(errno));
    return kExitError;
  }
  return kExitOk;
}

}  // namespace privguard::cli
