// What `privguard run` prints on stderr after the command: the findings of
// this run per rule, or that there were none.
#pragma once

#include <span>
#include <string>

#include "finding_record.h"

namespace privguard::cli {

// "privguard: 3 findings", then RULE SEVERITY COUNT ACTIONS rows sorted by
// rule, then how to allowlist synthetic data. `colour`: ANSI colours.
std::string render_run_summary(std::span<const FindingRecord>, bool colour);

}  // namespace privguard::cli
