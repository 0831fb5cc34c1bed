#include "pem.h"

#include "ascii.h"

#include <cstring>

namespace privguard::core {
namespace {

constexpr std::string_view kBegin = "-----BEGIN";
constexpr std::string_view kEnd = "-----END";
constexpr std::string_view kDashes = "-----";
constexpr std::size_t kMaxLabel = 40;
constexpr std::size_t kMaxHeaderLine = 256;
// Distinct base64 characters a real body of kPemMinBody or more has: 64
// random base64 characters hold ~40 different ones.
constexpr int kMinDistinct = 16;

using ascii::is_digit;
using ascii::is_lower;
using ascii::is_upper;
inline bool is_b64(char c) noexcept { return is_upper(c) || is_lower(c) || is_digit(c) || c == '+' || c == '/' || c == '='; }

inline int b64_index(char c) noexcept {
  if (is_upper(c)) return c - 'A';
  if (is_lower(c)) return c - 'a' + 26;
  if (is_digit(c)) return c - '0' + 52;
  return c == '+' ? 62 : 63;  // '/' and '=' share one: '=' is padding
}

bool starts(std::string_view d, std::size_t p, std::string_view s) noexcept {
  return p <= d.size() && d.size() - p >= s.size() && std::memcmp(d.data() + p, s.data(), s.size()) == 0;
}

// Length of a line break at data[p]: "\n" or "\r" (1), an escaped one
// "\\n" / "\\r" (2), a doubly escaped one "\\\\n" (3); 0 when none.
std::size_t line_break(std::string_view d, std::size_t p) noexcept {
  const char c = d[p];
  if (c == '\n' || c == '\r') return 1;
  if (c != '\\') return 0;
  if (p + 1 < d.size() && (d[p + 1] == 'n' || d[p + 1] == 'r')) return 2;
  if (p + 2 < d.size() && d[p + 1] == '\\' && (d[p + 2] == 'n' || d[p + 2] == 'r')) return 3;
  return 0;
}

// "-----END" + label + "-----" at data[p].
bool end_marker_at(std::string_view d, std::size_t p, std::string_view label) noexcept {
  return starts(d, p, kEnd) && starts(d, p + kEnd.size(), label) && starts(d, p + kEnd.size() + label.size(), kDashes);
}

struct Body {
  std::size_t stop = 0;      // where reading stopped
  std::size_t last = 0;      // one past the last byte of the body read (base64 or header)
  std::size_t base64 = 0;    // base64 characters outside header lines
  std::uint64_t seen = 0;    // which base64 characters
  bool upper = false, lower = false;
  enum { Eof, OwnEnd, Other } why = Other;
};

Body read_body(std::string_view d, std::size_t from, std::string_view label) noexcept {
  Body b;
  b.last = from;
  const std::size_t limit = d.size() - from > kPemMaxBody ? from + kPemMaxBody : d.size();
  bool line_start = true;  // the BEGIN line ended (or its own line follows)
  std::size_t p = from;
  while (p < limit) {
    const char c = d[p];
    if (is_b64(c)) {
      if (line_start && c != '=') {
        // A header line: "Proc-Type: 4,ENCRYPTED", "Version: GnuPG v2".
        std::size_t q = p;
        while (q < limit && q - p < 64 && (is_upper(d[q]) || is_lower(d[q]) || is_digit(d[q]) || d[q] == '-')) ++q;
        if (q < limit && d[q] == ':') {
          std::size_t e = q;
          while (e < limit && e - p < kMaxHeaderLine && !line_break(d, e) && d[e] != '"' && d[e] != '\'') ++e;
          if (e < limit && line_break(d, e)) {
            p = b.last = e;
            continue;
          }
          break;  // not a header line after all
        }
      }
      line_start = false;
      ++b.base64;
      b.seen |= std::uint64_t{1} << b64_index(c);
      b.upper |= is_upper(c);
      b.lower |= is_lower(c);
      b.last = ++p;
    } else if (c == ' ' || c == '\t') {
      ++p;
    } else if (std::size_t n = line_break(d, p)) {
      line_start = true;
      p += n;
    } else if (c == '-' && end_marker_at(d, p, label)) {
      b.why = Body::OwnEnd;
      break;
    } else {
      break;
    }
  }
  b.stop = p;
  if (p == d.size() && b.why != Body::OwnEnd) b.why = Body::Eof;
  return b;
}

bool real_body(const Body& b) noexcept {
  return b.base64 >= kPemMinBody && b.upper && b.lower && __builtin_popcountll(b.seen) >= kMinDistinct;
}

}  // namespace

bool pem_private_block(std::string_view d, std::uint64_t begin, std::uint64_t begin_end, std::uint64_t& end,
                       bool* open) noexcept {
  if (open) *open = false;
  if (begin >= d.size() || !starts(d, begin, kBegin)) return false;
  const std::size_t label_from = begin + kBegin.size();
  const std::size_t stop = begin_end < d.size() ? begin_end : d.size();
  std::size_t dashes = label_from;
  while (dashes < stop && d[dashes] != '-') ++dashes;
  if (dashes - label_from > kMaxLabel || !starts(d, dashes, kDashes)) return false;
  const std::string_view label = d.substr(label_from, dashes - label_from);
  const std::size_t line_end = dashes + kDashes.size();

  const Body b = read_body(d, line_end, label);
  if (b.why == Body::OwnEnd) {
    if (!real_body(b)) return false;
    end = b.stop + kEnd.size() + label.size() + kDashes.size();
    return true;
  }
  if (b.why == Body::Other && b.stop < d.size() && b.stop - line_end < kPemMaxBody) {
    // Interrupted ("...", "<your key>", prose). Its own END further on,
    // before another block begins: a placeholder between the two lines.
    const std::size_t window_end = d.size() - begin > 2 * kPemMaxBody ? begin + 2 * kPemMaxBody : d.size();
    const std::string_view rest = d.substr(b.stop, window_end - b.stop);
    std::size_t own_end = std::string_view::npos;
    for (std::size_t at = rest.find(kEnd); at != std::string_view::npos; at = rest.find(kEnd, at + 1))
      if (end_marker_at(rest, at, label)) {
        own_end = at;
        break;
      }
    if (own_end != std::string_view::npos) {
      const std::size_t next_begin = rest.find(kBegin);
      if (next_begin == std::string_view::npos || next_begin > own_end) return false;
    }
  }
  // No END of its own here: the key's start, as far as its body goes.
  end = b.last > line_end ? b.last : line_end;
  // (A body longer than kPemMaxBody, not read to its end, counts as open.)
  if (open) *open = b.why == Body::Eof || b.stop - line_end >= kPemMaxBody;
  return true;
}

bool pem_block_valid(std::string_view value) noexcept {
  std::uint64_t end = 0;
  return pem_private_block(value, 0, value.size(), end) && end == value.size();
}

}  // namespace privguard::core
