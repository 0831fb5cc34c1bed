// One line of a findings file (JSON Lines), read back for `privguard report`
// and for scan's sarif/junit/markdown output. Two kinds share one record:
// runtime findings written by the shim (a call and its sink) and scan
// findings written by `privguard scan --format json` (a path, line, column).
// A record holds only what its line held: the masked preview and the
// fingerprint, never the value, so renderers cannot leak what they never had.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "privguard/finding.h"

#include "privguard/types.h"

namespace privguard::cli {

// The findings file's "action" field; the policy's actions fold into these.
enum class FindingAction : std::uint8_t { Reported, Masked, Blocked };
inline constexpr std::size_t kFindingActionCount = 3;

std::string_view to_string(FindingAction) noexcept;  // "reported", ...

struct FindingRecord {
  enum class Kind : std::uint8_t { Runtime, Scan };
  Kind kind = Kind::Scan;

  std::string ts;  // RFC 3339, as written (empty when the line had none)
  std::string rule;
  core::Severity severity = core::Severity::High;
  FindingAction action = FindingAction::Reported;
  std::int64_t offset = 0;
  std::int64_t length = 0;
  bool split = false;  // the value began in bytes an earlier call sent (offset/length: this call's part)
  std::string preview;  // decoded, still masked
  std::string fingerprint;

  // Kind::Runtime
  std::int64_t pid = 0;
  std::string exe;
  std::string call;
  std::int64_t fd = -1;
  core::SinkKind sink_kind = core::SinkKind::Other;
  std::string sink_path;  // empty = not known
  std::string sink_peer;  // empty = not known

  // Kind::Scan
  std::string path;  // "-" for standard input
  std::int64_t line = 1;
  std::int64_t column = 1;

  bool operator==(const FindingRecord&) const = default;  // every field: what a round trip must keep
};

// Parses one line (finding_reader.cpp). On failure returns nullopt and sets
// `error` to what is wrong ("missing field 'rule'", "syntax error while
// parsing object ... at column 12"). Strict JSON (RFC 8259, valid UTF-8, no
// duplicate field); unknown fields are checked for syntax and ignored.
std::optional<FindingRecord> parse_finding_line(std::string_view line, std::string& error);

// The record as one normalized JSON line (the producers' field order,
// ending in '\n'); parse_finding_line reads it back to an equal record.
std::string to_json_line(const FindingRecord&);

// `s` as a quoted JSON string (core::json_escape: \uXXXX for control bytes,
// U+FFFD for invalid UTF-8), for every JSON this CLI writes.
std::string json_quote(std::string_view s);

// Where the finding happened, for one-line displays:
// "write -> /var/log/app.log", "send -> 127.0.0.1:5432", "app.log:3:17".
std::string where(const FindingRecord&);

// UTF-8 checks are the engine's (privguard/finding.h).
using core::utf8_sequence_length;

}  // namespace privguard::cli
