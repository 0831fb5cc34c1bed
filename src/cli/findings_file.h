// Reading a findings file (JSON Lines) for `privguard report` and for the
// summary of `privguard run`. Every line must parse: a reader that skipped
// a damaged line could hide a finding, so unreadable lines come back with
// their numbers, for the caller to name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finding_record.h"

namespace privguard::cli {

struct UnreadableLine {
  std::size_t line;  // 1-based, in the whole file
  std::string why;   // what parse_finding_line said
};

struct Findings {
  std::vector<FindingRecord> records;
  std::vector<UnreadableLine> unreadable;
};

// The records of `text`, whose first line is line `first_line` of its file.
// Blank lines are skipped. Reading stops at the max_unreadable-th
// unreadable line: the records are then incomplete.
Findings parse_findings(std::string_view text, std::size_t first_line, std::size_t max_unreadable);

struct FileText {
  std::string text;              // the bytes from the offset on
  std::size_t lines_before = 0;  // line ends before the offset
};

// The bytes of `path` ("-": standard input) from `offset` on, or nullopt
// with `error` set to "PATH: reason".
std::optional<FileText> read_file_from(const std::string& path, std::uint64_t offset, std::string& error);

}  // namespace privguard::cli
