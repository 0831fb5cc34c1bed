// Escape sequences at a match's edges (JSON, C and Python string escapes,
// URL %XX), so that a mask never cuts one. Everything here reads the
// scanned buffer only, allocates nothing, and runs on candidates, never
// per byte of a clean buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

// One escape sequence in the buffer: [start, end).
struct Escape {
  std::size_t start = 0;
  std::size_t end = 0;
  // It encodes a character that can be part of a value (a letter or digit,
  // '.', '_', '-', '+', a non-ASCII letter, a UTF-8 byte); otherwise a
  // separator (other punctuation, space, a control character, a quote, a
  // backslash). Escapes of one character (\n, \", \.) are separators.
  bool value_char = false;
};

// The escape sequence starting at data[p]: a backslash that is not itself
// escaped (\n \t \" \\ \/ \uXXXX \UXXXXXXXX \xHH \ooo, or a backslash and
// any other character), or '%' and two hex digits.
bool escape_at(std::string_view data, std::size_t p, Escape& out) noexcept;

// How many backslashes stand right before data[at] (an odd count escapes it).
std::size_t backslashes_before(std::string_view data, std::size_t at) noexcept;

// The escape sequence that covers data[i] (start <= i < end), if any.
bool escape_covering(std::string_view data, std::size_t i, Escape& out) noexcept;

// Moves a value's edges [start, end) so that they cut no escape sequence
// and the value neither starts nor ends with an escaped separator:
//  - an edge inside (or at) an escape of a separator (\n, \", \u0022,
//    %3C) moves past it, out of the value;
//  - an edge inside an escape of a value character (\u0151, \xc5, %C3)
//    widens to cover it, and on over the letters, digits, '.', '_', '-',
//    '+' and escaped value characters next to it ("f\u0151o@bar.com" is
//    one address).
// Returns false when nothing is left of the value.
bool fit_value_to_escapes(std::string_view data, std::uint64_t& start, std::uint64_t& end) noexcept;
// The same for the end alone (after a validator cut the value back).
bool fit_end_to_escapes(std::string_view data, std::uint64_t start, std::uint64_t& end) noexcept;

}  // namespace privguard::core
