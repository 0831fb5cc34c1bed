#include "rule_summary.h"

#include <algorithm>

namespace privguard::cli {

std::vector<RuleSummary> summarize(std::span<const FindingRecord> records) {
  std::vector<RuleSummary> out;
  for (const auto& r : records) {
    auto it = std::find_if(out.begin(), out.end(), [&](const RuleSummary& s) { return s.rule == r.rule; });
    if (it == out.end()) {
      out.push_back({r.rule, r.severity, 0, {}});
      it = out.end() - 1;
    }
    it->severity = std::max(it->severity, r.severity);
    ++it->total;
    ++it->by_action[static_cast<std::size_t>(r.action)];
  }
  return out;
}

std::vector<RuleSummary> summarize_by_severity(std::span<const FindingRecord> records) {
  auto out = summarize(records);
  std::stable_sort(out.begin(), out.end(), [](const RuleSummary& a, const RuleSummary& b) {
    return a.severity != b.severity ? a.severity > b.severity : a.total > b.total;
  });
  return out;
}

}  // namespace privguard::cli
