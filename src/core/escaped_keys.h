// JSON keys written with \u escapes. Python's json.dumps escapes every
// non-ASCII character by default (ensure_ascii), so a record's labels in
// Gujarati, Greek or Swedish reach the wire as
//
//   {"\u0aae\u0acb\u0aac\u0abe\u0a87\u0ab2": "8567643562"}      (મોબાઇલ)
//   {"L\u00f6senord": "..."}                                     (Lösenord)
//
// and a rule whose context names the label in UTF-8 sees none. As with
// table columns (columns.h), the engine reads each such value as if it
// were written "label: value", the label decoded to UTF-8.
//
// The trigger pass's expression ends one past the value's opening quote,
// as find_table_statements' plain code does (escaped_key_at); both are
// bounded: kMaxEscapedKeyTail bytes between the key's last escape and
// its closing quote, kKeywordSpace blanks around the ':'.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "typed_values.h"

namespace privguard::core {

constexpr std::size_t kMaxEscapedKeyTail = 64;
constexpr std::size_t kMaxEscapedKeyName = 96;  // decoded bytes
constexpr std::uint64_t kMaxEscapedKey = 256;   // escaped bytes
constexpr std::uint64_t kMaxEscapedKeyValue = 256;

// A key that holds an escape, then its ':' and its value's opening quote.
constexpr const char* kEscapedKeyExpression = "\\\\u[0-9A-Fa-f]{4}[^\"\\n]{0,64}\"\\s{0,32}:\\s{0,32}\"";

// Whether the expression matches from data[at] (a '\\' opening "\uXXXX");
// where it ends (one past the value's opening quote) in value_from.
bool escaped_key_at(std::string_view data, std::uint64_t at, std::uint64_t& value_from) noexcept;

struct EscapedKey {
  char name[kMaxEscapedKeyName];
  std::size_t size = 0;
  TextSpan value;  // between its quotes
  std::string_view label() const noexcept { return {name, size}; }
};

// The key before the value that opens at data[value_from], decoded
// (\uXXXX to UTF-8, surrogate pairs joined; \" \\ \/ as themselves), and
// that value up to its closing quote; false when either is not there,
// the key holds no escape, or either is too long.
bool escaped_key_value(std::string_view data, std::uint64_t value_from, EscapedKey& out) noexcept;

}  // namespace privguard::core
