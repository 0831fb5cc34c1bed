#include "secret_maps.h"

#include "ascii.h"
#include "lines.h"

namespace privguard::core {
namespace {

constexpr std::size_t kMaxMapLines = 256;
constexpr std::uint64_t kMaxAfterName = 64;  // a type and a constructor: ": Map[String, String] = Map("

constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool quote(char c) noexcept { return c == '"' || c == '\'' || c == '`'; }
constexpr bool word(char c) noexcept { return ascii::is_alnum(c) || c == '_'; }

void trim(std::string_view d, std::uint64_t& from, std::uint64_t& to) noexcept {
  while (to > from && (blank(d[to - 1]) || d[to - 1] == '\r')) --to;
  while (from < to && blank(d[from])) ++from;
}

bool lower_word_at(std::string_view d, std::uint64_t at, std::uint64_t to, std::string_view w) noexcept {
  if (to - at < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (ascii::to_lower(d[at + k]) != w[k]) return false;
  return true;
}

// The collection word a name ends with at data[at] (its last word):
// its length, 0 when none. `keys` says which.
std::size_t collection_word(std::string_view d, std::uint64_t at, std::uint64_t to, bool* keys) noexcept {
  for (std::string_view w : {"secrets", "keys"})
    if (lower_word_at(d, at, to, w) && (at + w.size() == to || !word(d[at + w.size()]))) {
      *keys = w == "keys";
      return w.size();
    }
  return 0;
}

// Whether the line [from, to) opens a map (secret_maps.h). (As the
// trigger's expression reads it: the name's last word at most
// kMaxAfterName bytes before the bracket, at most 8 blanks after it.)
bool opener_line(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  std::uint64_t t = to > from && d[to - 1] == '\r' ? to - 1 : to, blanks = 0;
  while (t > from && blank(d[t - 1]) && blanks <= 8) --t, ++blanks;
  if (blanks > 8) return false;
  trim(d, from, to);
  if (to - from < 6) return false;
  const char last = d[to - 1];
  if (last != '{' && last != '[' && last != '(') return false;
  for (std::uint64_t i = from; i < to; ++i) {
    bool keys = false;
    const std::size_t n = collection_word(d, i, to, &keys);
    if (n == 0 || to - 1 - (i + n) > kMaxAfterName) continue;
    std::uint64_t p = i + n;
    if (p < to && quote(d[p])) ++p;  // 'secrets' => [, "tokens": {
    // an optional type (": Map[String, String]"), then the assignment
    const std::uint64_t limit = p + kMaxAfterName < to ? p + kMaxAfterName : to;
    std::uint64_t assign = to;
    for (std::uint64_t k = p; k < limit; ++k) {
      const char c = d[k];
      if (c == '"' || c == '\'' || c == ';') break;
      if (c == '=' || (c == ':' && k + 1 < to && d[k + 1] == '=')) {
        assign = c == ':' ? k + 2 : (k + 1 < to && d[k + 1] == '>' ? k + 2 : k + 1);
        break;
      }
    }
    // a quoted key's ':' (JSON, YAML flow, a Ruby hash); not for keys,
    // which a JSON document's record names ("keys": {"kid": ...})
    if (assign == to && !keys && p > i + n && p < to) {
      std::uint64_t k = p;
      while (k < to && blank(d[k])) ++k;
      if (k < to && d[k] == ':') assign = k + 1;
    }
    if (assign == to) continue;
    bool literal = true;  // no string, statement or other assignment before the bracket
    for (std::uint64_t k = assign; k + 1 < to && literal; ++k)
      literal = !quote(d[k]) && d[k] != ';' && d[k] != '=';
    if (literal) return true;
  }
  return false;
}

// Whether the line [from, to) is redis-cli's prompt and an HGETALL of a
// hash whose name's last word is Secrets, Keys or Tokens, as the
// trigger's expression reads it (1 to 8 blanks after the command, a name
// of at most 64 bytes before that word, at most 8 blanks after it).
bool hgetall_line(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  std::uint64_t t = to > from && d[to - 1] == '\r' ? to - 1 : to, blanks = 0;
  while (t > from && blank(d[t - 1])) --t, ++blanks;
  if (blanks > 8) return false;
  // the prompt's "> " before the command
  std::uint64_t c = from;
  while (c + 1 < t && !(d[c] == '>' && d[c + 1] == ' ')) ++c;
  if (c + 1 >= t) return false;
  c += 2;
  while (c < t && blank(d[c])) ++c;
  if (t - c < 8 || !lower_word_at(d, c, t, "hgetall")) return false;
  std::uint64_t n = c + 7, gap = n;
  while (n < t && blank(d[n])) ++n;
  if (n == gap || n - gap > 8) return false;
  const std::uint64_t name = n;
  while (n < t && !blank(d[n])) ++n;
  if (n != t) return false;  // one name, then the line's end
  for (std::string_view w : {"secrets", "keys", "tokens"})
    if (t - name >= w.size() && t - name - w.size() <= 64 && lower_word_at(d, t - w.size(), t, w)) return true;
  return false;
}

// An entry's quoted value on the line [s, e): after its key, separator and
// an optional conversion. Empty when the line is no entry.
TextSpan entry_value(std::string_view d, std::uint64_t s, std::uint64_t e) noexcept {
  std::uint64_t p = s;
  // the key: quoted, or a name (a Ruby symbol's ':' before it)
  if (p < e && quote(d[p])) {
    const char q = d[p++];
    while (p < e && d[p] != q) ++p;
    if (p >= e) return {};
    ++p;
  } else {
    if (p < e && d[p] == ':') ++p;
    const std::uint64_t k = p;
    while (p < e && (word(d[p]) || d[p] == '-' || d[p] == '.')) ++p;
    if (p == k) return {};
  }
  while (p < e && blank(d[p])) ++p;
  if (p + 1 < e && (d[p] == '=' || d[p] == '-') && d[p + 1] == '>') p += 2;
  else if (p < e && (d[p] == ':' || d[p] == '=')) ++p;
  else return {};
  while (p < e && blank(d[p])) ++p;
  // a conversion: []byte(", String::from(", b", r"
  std::uint64_t q = p;
  while (q < e && q - p < 24 && (word(d[q]) || d[q] == '[' || d[q] == ']' || d[q] == ':' || d[q] == '.')) ++q;
  if (q < e && d[q] == '(' && q > p) ++q;
  else if (q == p + 1 && (d[p] == 'b' || d[p] == 'r')) {
    // a bytes or raw literal's prefix
  } else {
    q = p;
  }
  if (q >= e || !quote(d[q])) return {};
  const char c = d[q];
  const std::uint64_t vs = q + 1;
  std::uint64_t ve = vs;
  while (ve < e && d[ve] != c) {
    if (d[ve] == '\\') return {};
    ++ve;
  }
  if (ve >= e || ve == vs) return {};
  return TextSpan{vs, ve};
}

}  // namespace

bool secret_map_opener(std::string_view data, std::uint64_t end, std::uint64_t& map_from) noexcept {
  if (end == 0 || end > data.size()) return false;
  // (the match ends after its line's '\n')
  const std::uint64_t nl = data[end - 1] == '\n' ? end - 1 : line_end(data, end - 1);
  const std::uint64_t from = line_start(data, nl, 512);
  if (!opener_line(data, from, nl) && !hgetall_line(data, from, nl)) return false;
  map_from = nl < data.size() ? nl + 1 : nl;
  return true;
}

std::uint64_t next_secret_map_opener(std::string_view data, std::uint64_t from, std::uint64_t& map_from) noexcept {
  return next_opening_line(data, from, map_from, [&](std::uint64_t p, std::uint64_t to) {
    return to < data.size() && (opener_line(data, p, to) || hgetall_line(data, p, to));
  });
}

// The values of redis-cli's reply to HGETALL from data[from]: the
// quoted text of each even-numbered line ("2) \"...\"").
std::size_t hgetall_values(std::string_view data, std::uint64_t from, TextSpan* out) noexcept {
  std::size_t n = 0;
  for (std::uint64_t p = from, k = 1; p < data.size() && k <= 2 * kMaxSecretMapValues && n < kMaxSecretMapValues; ++k) {
    std::uint64_t s = p, e = line_end(data, p);
    p = e < data.size() ? e + 1 : e;
    trim(data, s, e);
    std::uint64_t i = s, number = 0;
    while (i < e && data[i] >= '0' && data[i] <= '9' && i - s < 4) number = number * 10 + (data[i++] - '0');
    if (number != k || i + 3 > e || data[i] != ')' || data[i + 1] != ' ' || data[i + 2] != '"' || data[e - 1] != '"')
      break;
    if (k % 2 == 0 && e - 1 > i + 3) out[n++] = TextSpan{i + 3, e - 1};
  }
  return n;
}

std::size_t secret_map_values(std::string_view data, std::uint64_t from, TextSpan* out) noexcept {
  if (from > 0 && from <= data.size()) {
    const std::uint64_t to = from - 1;
    if (hgetall_line(data, line_start(data, to, 512), to)) return hgetall_values(data, from, out);
  }
  std::size_t n = 0, lines = 0;
  int depth = 0;
  for (std::uint64_t p = from; p < data.size() && lines < kMaxMapLines && n < kMaxSecretMapValues; ++lines) {
    std::uint64_t s = p, e = line_end(data, p);
    p = e < data.size() ? e + 1 : e;
    trim(data, s, e);
    if (s == e || data[s] == '#' || (data[s] == '/' && s + 1 < e && (data[s + 1] == '/' || data[s + 1] == '*')) ||
        data[s] == '*')
      continue;
    if (data[s] == '}' || data[s] == ']' || data[s] == ')') {
      if (--depth < 0) break;
      continue;
    }
    if (data[e - 1] == '{' || data[e - 1] == '[' || data[e - 1] == '(') {
      ++depth;  // a nested object: a record's fields ("kid", "cert"), no entries
      continue;
    }
    if (depth > 0) continue;
    const TextSpan v = entry_value(data, s, e);
    if (v.to > v.from) out[n++] = v;
  }
  return n;
}

}  // namespace privguard::core
