#include "inline_lists.h"

#include "lines.h"

namespace privguard::core {
namespace {

constexpr std::uint64_t npos = UINT64_MAX;
constexpr std::uint64_t kLineReach = 512;  // how far a walk reads along one line
constexpr std::size_t kMaxItems = 64;
constexpr std::uint64_t kMinJoined = 16;  // a comma-joined item's least length

bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
bool space(char c) noexcept { return blank(c) || c == '\n' || c == '\r'; }
bool quote(char c) noexcept { return c == '"' || c == '\'' || c == '`'; }
bool word(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool comment_at(std::string_view d, std::uint64_t i) noexcept {
  return i < d.size() && (d[i] == '#' || (d[i] == '/' && i + 1 < d.size() && d[i + 1] == '/'));
}

// Where a string literal whose quote is at `q` starts: its prefix (b"",
// br"", r'', u"", f"", @"", Rust's &b"") when a non-word byte is before it.
std::uint64_t literal_start(std::string_view d, std::uint64_t q) noexcept {
  std::uint64_t i = q;
  for (int k = 0; k < 2 && i > 0; ++k) {
    const char c = d[i - 1];
    if (c == 'b' || c == 'B' || c == 'r' || c == 'R' || c == 'u' || c == 'U' || c == 'f' || c == 'F' || c == '@')
      --i;
    else
      break;
  }
  if (i != q && i > 0 && word(d[i - 1])) i = q;  // a name's end ("tab"), not a prefix
  if (i > 0 && d[i - 1] == '&') --i;
  return i;
}

// The literal whose opening quote is at `q`: its text up to the same
// quote on the same line, with no escape inside; empty when none.
ItemSpan literal_at(std::string_view d, std::uint64_t q) noexcept {
  const char c = d[q];
  const std::uint64_t limit = line_end(d, q + 1, kLineReach);
  for (std::uint64_t i = q + 1; i < limit; ++i) {
    if (d[i] == '\\') return {};
    if (d[i] == c) return i > q + 1 ? ItemSpan{q + 1, i} : ItemSpan{};
  }
  return {};
}

// From after an item's closing quote: blanks, a ',', then white space and
// line comments, then the next literal. Its opening quote, or npos
// (`*close` then holds where the list would go on: its closing bracket).
std::uint64_t next_literal(std::string_view d, std::uint64_t at, std::uint64_t* close) noexcept {
  std::uint64_t i = at;
  while (i < d.size() && blank(d[i])) ++i;
  const bool comma = i < d.size() && d[i] == ',';
  if (comma) ++i;
  for (;;) {
    while (i < d.size() && space(d[i])) ++i;
    if (!comment_at(d, i)) break;
    i = line_end(d, i, kLineReach);
  }
  *close = i;
  if (!comma || i >= d.size()) return npos;
  if (d[i] == '&') ++i;
  for (int k = 0; k < 2 && i < d.size() && !quote(d[i]); ++k) {
    const char c = d[i];
    if (c != 'b' && c != 'B' && c != 'r' && c != 'R' && c != 'u' && c != 'U' && c != 'f' && c != 'F' && c != '@')
      return npos;
    ++i;
  }
  return i < d.size() && quote(d[i]) ? i : npos;
}

// Back from a literal's start: white space, comment lines and the comment
// after the previous line's ',', the ',', blanks, the previous literal's
// closing quote. Its position, or npos (`*open` then holds the byte
// before the list's first literal: its opening bracket, or npos).
std::uint64_t previous_literal(std::string_view d, std::uint64_t at, std::uint64_t* open) noexcept {
  std::uint64_t i = at;  // the byte before d[i - 1] is looked at
  *open = npos;
  for (;;) {
    while (i > 0 && blank(d[i - 1])) --i;
    if (i == 0) return npos;
    if (d[i - 1] == '\r') --i;
    if (i > 0 && d[i - 1] == '\n') {
      // The line before: blank, a comment alone, or ending in a comment
      // after its ','.
      const std::uint64_t le = i - 1, ls = line_start(d, le, kLineReach);
      std::uint64_t f = ls;
      while (f < le && blank(d[f])) ++f;
      if (f == le || comment_at(d, f)) {
        i = ls;
        if (ls == 0) return npos;
        continue;
      }
      // The first comment opener after the line's last quote.
      std::uint64_t last_quote = npos;
      for (std::uint64_t k = ls; k < le; ++k)
        if (quote(d[k])) last_quote = k;
      std::uint64_t end = le;
      for (std::uint64_t k = last_quote == npos ? ls : last_quote + 1; k < le; ++k)
        if (comment_at(d, k)) {
          end = k;
          break;
        }
      i = end;
      while (i > ls && space(d[i - 1])) --i;
    }
    break;
  }
  if (i == 0) return npos;
  if (d[i - 1] != ',') {
    *open = i - 1;
    return npos;
  }
  --i;
  while (i > 0 && blank(d[i - 1])) --i;
  return i > 0 && quote(d[i - 1]) ? i - 1 : npos;
}

// The opening quote of the literal whose closing quote is at `c`.
std::uint64_t opening_quote(std::string_view d, std::uint64_t c) noexcept {
  const std::uint64_t limit = line_start(d, c, kLineReach);
  for (std::uint64_t i = c; i > limit; --i) {
    if (d[i - 1] == d[c]) return i - 1;
    if (d[i - 1] == '\\') return npos;
  }
  return npos;
}

bool opens_a_list(std::string_view d, std::uint64_t at) noexcept {
  if (at == npos || at >= d.size()) return false;
  if (d[at] == '[' || d[at] == '{') return true;
  if (d[at] != '(') return false;
  std::uint64_t i = at;
  while (i > 0 && blank(d[i - 1])) --i;
  return i > 0 && (d[i - 1] == '=' || d[i - 1] == ',' || d[i - 1] == '(' || d[i - 1] == '[');
}

bool closes_a_list(std::string_view d, std::uint64_t at) noexcept {
  return at < d.size() && (d[at] == ']' || d[at] == '}' || d[at] == ')');
}

std::size_t bracketed_siblings(std::string_view d, std::uint64_t vs, std::uint64_t ve, ItemSpan* out,
                               std::size_t cap) noexcept {
  if (vs == 0 || ve >= d.size() || !quote(d[vs - 1]) || d[ve] != d[vs - 1]) return 0;
  ItemSpan before[kMaxItems], after[kMaxItems];
  std::size_t nb = 0, na = 0;
  std::uint64_t open = npos, close = d.size();
  for (std::uint64_t at = literal_start(d, vs - 1);;) {
    const std::uint64_t c = previous_literal(d, at, &open);
    if (c == npos) break;
    const std::uint64_t o = opening_quote(d, c);
    if (o == npos || nb == kMaxItems) return 0;
    before[nb++] = {o + 1, c};
    at = literal_start(d, o);
  }
  for (std::uint64_t at = ve + 1;;) {
    const std::uint64_t q = next_literal(d, at, &close);
    if (q == npos) break;
    const ItemSpan item = literal_at(d, q);
    if (item.end == item.start || na == kMaxItems) return 0;
    after[na++] = item;
    at = item.end + 1;
  }
  if (nb + na == 0 || !opens_a_list(d, open) || !closes_a_list(d, close)) return 0;
  std::size_t n = 0;
  for (std::size_t k = nb; k > 0 && n < cap; --k) out[n++] = before[k - 1];
  for (std::size_t k = 0; k < na && n < cap; ++k) out[n++] = after[k];
  return n;
}

// A comma-joined item is a key in an encoding's alphabet (base64, base64url,
// hex): a generated salt's own ',' among its other symbols joins nothing.
bool encoded_key(std::string_view d, ItemSpan s) noexcept {
  if (s.end - s.start < kMinJoined) return false;
  for (std::uint64_t i = s.start; i < s.end; ++i)
    if (!word(d[i]) && d[i] != '+' && d[i] != '/' && d[i] != '=' && d[i] != '-') return false;
  return true;
}

// A comma-joined item's text without its "base64:".
ItemSpan without_scheme(std::string_view d, ItemSpan s) noexcept {
  if (d.substr(s.start, s.end - s.start).starts_with("base64:")) s.start += 7;
  return s;
}

// The token of comma-joined items around [vs, ve): between a quote and the
// same quote, or after '=' to the line's end; empty when neither.
ItemSpan joined_token(std::string_view d, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t ts = vs, te = ve;
  const std::uint64_t left = vs > kLineReach ? vs - kLineReach : 0;
  while (ts > left && !space(d[ts - 1]) && !quote(d[ts - 1])) --ts;
  const std::uint64_t right = d.size() - ve > kLineReach ? ve + kLineReach : d.size();
  while (te < right && !space(d[te]) && !quote(d[te])) ++te;
  if (ts == 0) return {};
  const char l = d[ts - 1];
  if (quote(l)) return te < d.size() && d[te] == l ? ItemSpan{ts, te} : ItemSpan{};
  // NAME=a,b,c on a line of its own: the items start after the name's '='.
  if (l != '\n' || (te < d.size() && d[te] != '\n' && d[te] != '\r')) return {};
  std::uint64_t i = ts;
  while (i < vs && word(d[i])) ++i;
  return i > ts && i < vs && d[i] == '=' ? ItemSpan{i + 1, te} : ItemSpan{};
}

std::size_t split_joined(std::string_view d, ItemSpan token, ItemSpan* out, std::size_t cap) noexcept {
  std::size_t n = 0;
  for (std::uint64_t i = token.start; i <= token.end && n < cap;) {
    std::uint64_t j = i;
    while (j < token.end && d[j] != ',') ++j;
    out[n++] = without_scheme(d, {i, j});
    i = j + 1;
  }
  return n;
}

}  // namespace

std::size_t inline_list_siblings(std::string_view data, std::uint64_t vs, std::uint64_t ve, ItemSpan* out,
                                 std::size_t cap) noexcept {
  if (vs >= ve || ve > data.size()) return 0;
  if (const std::size_t n = bracketed_siblings(data, vs, ve, out, cap)) return n;
  // Comma-joined: the value is one of the token's items, and there are others.
  const ItemSpan token = joined_token(data, vs, ve);
  if (token.end == token.start) return 0;
  ItemSpan items[kMaxItems];
  const std::size_t n = split_joined(data, token, items, kMaxItems);
  if (n < 2) return 0;
  std::size_t self = n, k = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (items[i].start == vs && items[i].end == ve) self = i;
  if (self == n || !encoded_key(data, items[self])) return 0;
  for (std::size_t i = 0; i < n && k < cap; ++i)
    if (i != self && encoded_key(data, items[i])) out[k++] = items[i];
  return k;
}

std::size_t joined_items(std::string_view data, std::uint64_t vs, std::uint64_t ve, ItemSpan* out,
                         std::size_t cap) noexcept {
  if (vs >= ve || ve > data.size() || data.substr(vs, ve - vs).find(',') == std::string_view::npos) return 0;
  const std::size_t n = split_joined(data, {vs, ve}, out, cap);
  if (n < 2) return 0;
  for (std::size_t i = 0; i < n; ++i)
    if (!encoded_key(data, out[i])) return 0;
  return n;
}

}  // namespace privguard::core
