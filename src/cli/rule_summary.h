// Findings counted per rule: what the table, SARIF's rule list, JUnit's
// suites, Markdown's summary and `privguard run`'s summary all show.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "finding_record.h"

namespace privguard::cli {

struct RuleSummary {
  std::string rule;
  core::Severity severity = core::Severity::Low;  // the highest seen
  std::size_t total = 0;
  std::array<std::size_t, kFindingActionCount> by_action{};  // indexed by FindingAction
};

// One entry per rule, in the order rules first appear.
std::vector<RuleSummary> summarize(std::span<const FindingRecord>);

// Most severe first, then most frequent: what a reader should look at first.
std::vector<RuleSummary> summarize_by_severity(std::span<const FindingRecord>);

}  // namespace privguard::cli
