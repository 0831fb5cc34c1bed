// privguard report [--format table|json|sarif|junit|markdown] [--policy F] FINDINGS.jsonl | -
//
// Renders a findings file (the shim's PRIVGUARD_REPORT, or the output of
// `privguard scan --format json`) for a person or a CI system. Every line
// must parse: a report that silently skipped a damaged line could hide a
// finding, so the first bad line stops it with exit 2 and its number.
#include <unistd.h>

#include <CLI/CLI.hpp>
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
  std::string format = "table";
  std::optional<std::string> policy;
  std::vector<std::string> inputs;
};

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

int report(const ReportArgs& a) {
  auto format = parse_report_format(a.format);
  if (!format) throw UsageError("unknown format '" + a.format + "' (table, json, sarif, junit, markdown)");
  if (a.inputs.empty()) throw UsageError("report needs a findings file, or - for standard input");
  if (a.inputs.size() > 1) throw UsageError("report takes one findings file");
  const std::string& input = a.inputs.front();
  std::optional<core::Policy> policy;
  if (*format == ReportFormat::Sarif) policy = policy_for_descriptions(a);

  std::string why;
  auto file = read_file_from(input, 0, why);
  if (!file) {
    error(why);
    return kExitError;
  }
  Findings findings = parse_findings(file->text, 1, 1);
  if (!findings.unreadable.empty()) {
    error(fmt::format("{}:{}: {}", input, findings.unreadable.front().line, findings.unreadable.front().why));
    return kExitError;
  }

  ReportOptions opt;
  opt.color = use_colour(STDOUT_FILENO);
  opt.policy = policy ? &*policy : nullptr;
  std::string out = render_report(*format, findings.records, opt);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    error(std::string("writing the report: ") + std::strerror(errno));
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void add_report(CLI::App& root, Action& chosen) {
  auto a = std::make_shared<ReportArgs>();
  CLI::App* cmd = root.add_subcommand("report", "render a findings file (JSON Lines) for people or CI systems");
  cmd->allow_extras();
  cmd->add_option("--format", a->format, "table (default), json, sarif, junit or markdown");
  auto policy = std::make_shared<std::string>();
  CLI::Option* policy_opt = cmd->add_option("--policy", *policy, "policy whose rule descriptions SARIF shows");
  cmd->add_option("findings", a->inputs, "findings file, or - for standard input");
  cmd->callback([&chosen, a, cmd, policy, policy_opt] {
    if (policy_opt->count()) a->policy = *policy;
    chosen = [a, cmd] {
      check_leftovers(*cmd, "report takes one findings file");
      return report(*a);
    };
  });
}

}  // namespace privguard::cli
