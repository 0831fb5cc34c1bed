// A finding as the outside world sees it: one JSON object per line, with a
// masked preview and a keyed fingerprint, never the value itself.
// Formatting writes into a caller's fixed buffer (no heap): the shim calls
// it from inside write().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "privguard/engine.h"

namespace privguard::core {

// Where the scanned bytes were going: a wrapped call in a live process.
struct RuntimeOrigin {
  std::int64_t pid = 0;
  std::string_view exe;
  std::string_view call;  // "write", "send", "fprintf", ...
  int fd = -1;
  Sink sink;
  // Bytes at the start of the scanned data that an earlier call already
  // sent (joined so that a value split across calls is found): offsets
  // are counted from the call's own bytes, and a value that began earlier
  // is marked "split".
  std::size_t continued = 0;
};

// Where the scanned bytes were found: a file (or "-" for stdin).
struct FileOrigin {
  std::string_view path;
  std::uint64_t base_offset = 0;  // of the scanned buffer within the file
  std::uint64_t line = 1;         // 1-based line of the match
  std::uint64_t column = 1;       // 1-based byte column of the match
};

inline constexpr std::size_t kPreviewContext = 24;  // bytes either side of a match
inline constexpr std::size_t kFindingLineMax = 2048;

// The time now, in nanoseconds since the Unix epoch (a finding's "ts").
std::int64_t now_unix_ns() noexcept;

// "2026-11-25T02:38:44.123Z" for a Unix time in nanoseconds (UTC).
std::size_t format_rfc3339(std::int64_t unix_ns, char* out, std::size_t cap) noexcept;

// The preview of `all[index]`: up to kPreviewContext bytes either side,
// within the match's line(s), every match in view masked, control bytes escaped as in JSON. Written
// JSON-escaped (without quotes) into `out`.
std::size_t format_preview(const Engine&, std::string_view data, std::span<const Match> all,
                           std::size_t index, char* out, std::size_t cap) noexcept;

// One finding as a JSON line ending in '\n'. Returns the bytes written, or
// 0 if `cap` is too small (kFindingLineMax always suffices for exe/path
// shorter than 512 bytes).
std::size_t format_finding(const Engine&, std::int64_t unix_ns, const RuntimeOrigin&, std::string_view data,
                           std::span<const Match> all, std::size_t index, char* out, std::size_t cap) noexcept;
std::size_t format_finding(const Engine&, std::int64_t unix_ns, const FileOrigin&, std::string_view data,
                           std::span<const Match> all, std::size_t index, char* out, std::size_t cap) noexcept;

// Length of the well-formed UTF-8 sequence at s[i] (1 to 4), or 0.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

// Appends `s` to `out` as the inside of a JSON string. Returns bytes written
// or 0 if it did not fit.
std::size_t json_escape(std::string_view s, char* out, std::size_t cap) noexcept;

}  // namespace privguard::core
