#include "run_summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "rule_summary.h"

namespace privguard::cli {

std::string render_run_summary(std::span<const FindingRecord> records, bool colour) {
  auto paint = [&](const std::string& text, const char* code) {
    return colour ? fmt::format("\033[{}m{}\033[0m", code, text) : text;
  };
  if (records.empty()) return paint("privguard: no findings", "32") + "\n";
  std::string out =
      paint(fmt::format("privguard: {} finding{}", records.size(), records.size() == 1 ? "" : "s"), "1;31") + "\n";
  out += fmt::format("  {:<20} {:<9} {:>6}  {}\n", "RULE", "SEVERITY", "COUNT", "ACTIONS");
  auto rules = summarize(records);
  std::sort(rules.begin(), rules.end(), [](const RuleSummary& a, const RuleSummary& b) { return a.rule < b.rule; });
  // Actions by name ("1 blocked, 2 masked"): the enum's order reversed.
  constexpr FindingAction kByName[] = {FindingAction::Blocked, FindingAction::Masked, FindingAction::Reported};
  for (const auto& s : rules) {
    std::string actions;
    for (FindingAction a : kByName)
      if (std::size_t n = s.by_action[static_cast<std::size_t>(a)])
        actions += fmt::format("{}{} {}", actions.empty() ? "" : ", ", n, to_string(a));
    const char* c = s.severity >= core::Severity::High ? "31" : "33";
    out += fmt::format("  {:<20} {} {:>6}  {}\n", s.rule,
                       paint(fmt::format("{:<9}", core::to_string(s.severity)), c), s.total, actions);
  }
  out += "  synthetic test data? allowlist it in your policy: [rules.allow] or [[overrides]] (policies/README.md)\n";
  return out;
}

}  // namespace privguard::cli
