// Escape sequences at match edges (escapes.h).
#include "escapes.h"

#include "ascii.h"

#include "privguard/finding.h"

namespace privguard::core {
namespace {

constexpr bool is_alnum(unsigned c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// ASCII that belongs to values: letters, digits, and what joins them in
// addresses, names and tokens ("jane%2Bnews@", "jane\u002edoe@").
constexpr bool ascii_is_value(unsigned c) noexcept {
  return is_alnum(c) || c == '.' || c == '_' || c == '-' || c == '+';
}

// A byte written as an escape (\xHH, \ooo, %XX): see ascii_is_value, or a
// piece of a UTF-8 character.
constexpr bool byte_is_value(unsigned b) noexcept { return b >= 0x80 || ascii_is_value(b); }

// A code point written as \uXXXX: letters and digits of any script are
// value characters; ASCII punctuation, controls, spaces and the common
// punctuation blocks are separators.
constexpr bool code_is_value(std::uint32_t cp) noexcept {
  if (cp < 0x80) return ascii_is_value(cp);
  if (cp < 0xc0) return cp == 0xaa || cp == 0xb5 || cp == 0xba;  // C1 controls, NBSP, Latin-1 signs
  if (cp == 0xd7 || cp == 0xf7) return false;                    // multiplication and division signs
  if (cp >= 0x2000 && cp <= 0x206f) return false;                // general punctuation, spaces
  if (cp >= 0x3000 && cp <= 0x303f) return false;                // CJK punctuation
  if (cp == 0xfeff) return false;                                // BOM / zero-width no-break space
  return true;
}

// Bytes a value grows over once an edge had to widen over an escaped
// letter.
constexpr bool word_byte(unsigned char c) noexcept { return c >= 0x80 || ascii_is_value(c); }

// How far a widened edge grows over word bytes.
constexpr std::size_t kGrowMax = 256;
// The longest backslash escape (\UXXXXXXXX) less one.
constexpr std::size_t kEscapeBack = 9;

// Whether the backslash at p is itself escaped (an odd run of backslashes
// before it). Runs longer than 64 read as even.
bool escaped(std::string_view d, std::size_t p) noexcept {
  std::size_t n = 0;
  while (n < p && n < 64 && d[p - 1 - n] == '\\') ++n;
  return (n & 1) != 0;
}

bool hex_run(std::string_view d, std::size_t from, std::size_t count, std::uint32_t& v) noexcept {
  if (from + count > d.size()) return false;
  v = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (!ascii::is_hex(d[i])) return false;
    v = v * 16 + static_cast<unsigned>(ascii::hex_value(d[i]));
  }
  return true;
}

std::size_t grow_left(std::string_view d, std::size_t s) noexcept {
  const std::size_t lo = s > kGrowMax ? s - kGrowMax : 0;
  while (s > lo) {
    Escape esc;
    if (escape_covering(d, s - 1, esc)) {
      if (!esc.value_char) break;
      s = esc.start;
      continue;
    }
    if (!word_byte(static_cast<unsigned char>(d[s - 1]))) break;
    --s;
  }
  return s;
}

std::size_t grow_right(std::string_view d, std::size_t e) noexcept {
  const std::size_t hi = d.size() - e > kGrowMax ? e + kGrowMax : d.size();
  while (e < hi) {
    Escape esc;
    if (escape_covering(d, e, esc)) {
      if (!esc.value_char || esc.start < e) break;
      e = esc.end;
      continue;
    }
    if (!word_byte(static_cast<unsigned char>(d[e]))) break;
    ++e;
  }
  return e;
}

}  // namespace

std::size_t backslashes_before(std::string_view d, std::size_t at) noexcept {
  std::size_t n = 0;
  while (n < at && d[at - 1 - n] == '\\') ++n;
  return n;
}

// C's octal escapes as programs print them: three digits ("\033[0m",
// "\012", "\377"), or "\0" alone.
static bool octal_escape(std::string_view d, std::size_t p) noexcept {
  auto oct = [&](std::size_t i) { return i < d.size() && d[i] >= '0' && d[i] <= '7'; };
  auto dec = [&](std::size_t i) { return i < d.size() && d[i] >= '0' && d[i] <= '9'; };
  if (oct(p + 1) && oct(p + 2) && oct(p + 3)) return !dec(p + 4);
  return d[p + 1] == '0' && !dec(p + 2);
}

bool escape_at(std::string_view d, std::size_t p, Escape& out) noexcept {
  const std::size_t n = d.size();
  if (p >= n) return false;
  const auto c = static_cast<unsigned char>(d[p]);
  std::uint32_t v = 0;
  if (c == '%') {
    if (!hex_run(d, p + 1, 2, v)) return false;
    out = {p, p + 3, byte_is_value(v)};
    return true;
  }
  if (c != '\\' || p + 1 >= n || escaped(d, p)) return false;
  const auto k = static_cast<unsigned char>(d[p + 1]);
  if (k == 'u' && hex_run(d, p + 2, 4, v)) {
    out = {p, p + 6, code_is_value(v)};
  } else if (k == 'U' && hex_run(d, p + 2, 8, v)) {
    out = {p, p + 10, code_is_value(v)};
  } else if (k == 'x' && hex_run(d, p + 2, 2, v)) {
    out = {p, p + 4, byte_is_value(v)};
  } else if (k >= '0' && k <= '7' && octal_escape(d, p)) {
    std::size_t q = p + 1;
    for (; q < n && q < p + 4 && d[q] >= '0' && d[q] <= '7'; ++q) v = v * 8 + static_cast<unsigned>(d[q] - '0');
    out = {p, q, byte_is_value(v & 0xff)};
  } else if (k >= '0' && k <= '9') {
    // A backslash before digits that make no octal escape: a Windows
    // path's ("%OUT%\10.0.8.11.txt", "C:\2024\"); the digits are text.
    return false;
  } else if (k >= 0x80) {
    // A backslash before a non-ASCII character: the character, escaped.
    const std::size_t len = utf8_sequence_length(d, p + 1);
    out = {p, p + 1 + (len ? len : 1), true};
  } else {
    // \n \t \r \" \' \\ \/ \b \f and the like, or \u \x without their
    // digits: two bytes for a control character or punctuation.
    out = {p, p + 2, false};
  }
  return true;
}

bool escape_covering(std::string_view d, std::size_t i, Escape& out) noexcept {
  if (i >= d.size()) return false;
  // A backslash escape: the nearest backslash at or before i (escape
  // bodies hold no backslash, so no earlier one can reach past it).
  const std::size_t lo = i > kEscapeBack ? i - kEscapeBack : 0;
  for (std::size_t p = i + 1; p > lo; --p) {
    if (d[p - 1] != '\\') continue;
    const std::size_t b = p - 1;
    if (escaped(d, b)) {
      // The second byte of "\\".
      if (b != i) break;
      out = {b - 1, b + 1, false};
      return true;
    }
    if (escape_at(d, b, out) && out.end > i) return true;
    break;
  }
  // A URL escape: '%' and two hex digits.
  for (std::size_t back = 0; back <= 2 && back <= i; ++back)
    if (d[i - back] == '%' && escape_at(d, i - back, out) && out.end > i) return true;
  return false;
}

bool fit_value_to_escapes(std::string_view d, std::uint64_t& start, std::uint64_t& end) noexcept {
  // The start: past escaped separators, or back over an escaped letter.
  for (int guard = 0; guard < 8 && start < end; ++guard) {
    Escape esc;
    if (!escape_covering(d, start, esc)) break;
    // An escaped '(' whose ')' the value holds opens it: "%28718%29+236-4974"
    // is "(718) 236-4974".
    if (esc.start == start && esc.end - esc.start == 3 && d[start] == '%' && d[start + 1] == '2' &&
        d[start + 2] == '8' && d.substr(esc.end, end - esc.end).find("%29") != std::string_view::npos)
      break;
    if (esc.value_char) {
      if (esc.start < start) {
        std::size_t s = grow_left(d, esc.start);
        while (s < esc.start && (d[s] == '.' || d[s] == '-')) ++s;
        start = s;
      }
      break;
    }
    start = esc.end;
  }
  return start < end && fit_end_to_escapes(d, start, end);
}

// An escaped '=' (%3D, \x3d, \u003d) that ends a value: base64 padding
// ("sig=...%3D", "token=...%3D%3D"), part of the value.
static bool escaped_padding(std::string_view d, const Escape& esc) noexcept {
  const std::string_view e(d.data() + esc.start, esc.end - esc.start);
  auto is = [&](std::string_view lower) {
    if (e.size() != lower.size()) return false;
    for (std::size_t i = 0; i < e.size(); ++i)
      if ((e[i] >= 'A' && e[i] <= 'Z' ? e[i] | 0x20 : e[i]) != lower[i]) return false;
    return true;
  };
  return is("%3d") || is("\\x3d") || is("\\u003d");
}

bool fit_end_to_escapes(std::string_view d, std::uint64_t start, std::uint64_t& end) noexcept {
  for (int guard = 0; guard < 8 && start < end; ++guard) {
    Escape esc;
    if (!escape_covering(d, end - 1, esc)) break;
    if (esc.end == end && escaped_padding(d, esc)) break;
    if (esc.value_char) {
      if (esc.end > end) {
        std::size_t e = grow_right(d, esc.end);
        while (e > esc.end && (d[e - 1] == '.' || d[e - 1] == '-')) --e;
        end = e;
      }
      break;
    }
    end = esc.start > start ? esc.start : start;
  }
  return start < end;
}

}  // namespace privguard::core
