#include "user_lists.h"

#include "ascii.h"
#include "header_table.h"
#include "lines.h"
#include "validators_secrets.h"

namespace privguard::core {
namespace {

using ascii::to_lower;

constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool name_char(char c) noexcept {
  return ascii::is_alnum(c) || c == '.' || c == '_' || c == '@' || c == '$' || c == '-';
}

// The line [from, to) without its blanks at either end and its '\r'.
void trim(std::string_view d, std::uint64_t& from, std::uint64_t& to) noexcept {
  while (to > from && (blank(d[to - 1]) || d[to - 1] == '\r')) --to;
  while (from < to && blank(d[from])) ++from;
}

bool comment_mark(char c) noexcept { return c == '#' || c == ';' || c == '!'; }

// A comment that opens a list of "name: value" lines: not a header of
// colon-separated fields (.pgpass' "# hostname:port:database:username:password",
// passwd's "name:password:UID:GID"), whose lines are none (such a header
// is read as its columns: header_table.h).
bool opening_comment(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  std::size_t colons = 0;
  for (std::uint64_t i = from; i < to; ++i) colons += d[i] == ':';
  return colons < 3;
}

bool section_header(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  trim(d, from, to);
  const std::string_view line = d.substr(from, to - from);
  return line == "[admins]" || line == "[users]";
}

bool lower_at(std::string_view d, std::uint64_t at, std::uint64_t to, std::string_view word) noexcept {
  if (to - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (to_lower(d[at + i]) != word[i]) return false;
  return true;
}
bool exact_at(std::string_view d, std::uint64_t at, std::uint64_t to, std::string_view word) noexcept {
  return to - at >= word.size() && d.substr(at, word.size()) == word;
}
// Blanks (at most `most`), one of ':' '=', blanks again: where they end,
// or `to` when they are not there.
std::uint64_t separator_after(std::string_view d, std::uint64_t p, std::uint64_t to, std::size_t most) noexcept {
  std::uint64_t q = p;
  while (q < to && q - p < most && blank(d[q])) ++q;
  if (q >= to || (d[q] != ':' && d[q] != '=')) return to;
  const std::uint64_t r = ++q;
  while (q < to && q - r < most && blank(d[q])) ++q;
  return q;
}

// Whether data[i, to) starts "user|HOST:password" (dma's auth.conf's
// format), HOST 1 to 128 bytes of no blank, ':' or '|'.
bool piped_format_at(std::string_view d, std::uint64_t i, std::uint64_t to) noexcept {
  std::uint64_t h = i + 5;
  while (h < to && h - (i + 5) < 128 && d[h] != ':' && d[h] != '|' && !blank(d[h]) && d[h] != '\n') ++h;
  return h > i + 5 && lower_at(d, h, to, ":password");
}

// Whether the line [from, to) holds a match of kUserListExpression, in
// plain code.
bool names_a_user_list(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  for (std::uint64_t i = from; i < to; ++i) {
    const char c = to_lower(d[i]);
    if (d[i] == '[' && (exact_at(d, i, to, "[admins]") || exact_at(d, i, to, "[users]"))) return true;
    if ((c == 'u' || c == 'r') &&
        (lower_at(d, i, to, "users.properties") || lower_at(d, i, to, "realm.properties")))
      return true;
    if (d[i] == '<' && exact_at(d, i, to, "<username>")) {
      const std::uint64_t v = separator_after(d, i + 10, to, 8);
      if (v < to && exact_at(d, v, to, "<password>")) return true;
    }
    if (c == 'l' && lower_at(d, i, to, "login:password")) return true;
    if (c == 'u' && lower_at(d, i, to, "user|") && piped_format_at(d, i, to)) return true;
    if (c == 'i' && lower_at(d, i, to, "identity:key")) return true;
    // (a secrets file's name: rsyncd.secrets; as kUserListExpression reads
    // it, a letter, digit, '_' or '-' before it and no word character after)
    auto word = [](char ch) { return ascii::is_alnum(ch) || ch == '_'; };
    if (d[i] == '.' && i > from && (word(d[i - 1]) || d[i - 1] == '-') && lower_at(d, i, to, ".secrets") &&
        (i + 8 == to || !word(d[i + 8])))
      return true;
    if (c == 'u' && lower_at(d, i, to, "user")) {
      for (std::uint64_t after : {i + 4, i + 8}) {
        if (after == i + 8 && !lower_at(d, i + 4, to, "name")) continue;
        const std::uint64_t v = separator_after(d, after, to, 4);
        if (v < to && lower_at(d, v, to, "password")) return true;
      }
    }
  }
  return false;
}

// A stored hash or an obfuscation, not a password.
bool stored_form(std::string_view v) noexcept {
  for (std::string_view p : {"ENC(", "OBF:", "MD5:", "CRYPT:", "-pbkdf2", "-hashed-", "{"})
    if (v.substr(0, p.size()) == p) return true;
  return false;
}

}  // namespace

bool user_list_opener(std::string_view data, std::uint64_t end, std::uint64_t& list_from) noexcept {
  if (end == 0 || end > data.size()) return false;
  const std::uint64_t from = line_start(data, end - 1), to = line_end(data, end - 1);
  std::uint64_t s = from;
  while (s < to && blank(data[s])) ++s;
  if (s >= to) return false;
  if (!(data[s] == '[' ? section_header(data, from, to)
                       : comment_mark(data[s]) && ((opening_comment(data, from, to) && names_a_user_list(data, s, to)) ||
                                                   commented_header(data, from, to).secret >= 0)))
    return false;
  list_from = to < data.size() ? to + 1 : to;
  return true;
}

std::uint64_t next_user_list_opener(std::string_view data, std::uint64_t from, std::uint64_t& list_from) noexcept {
  return next_opening_line(data, from, list_from, [&](std::uint64_t p, std::uint64_t to) {
    std::uint64_t s = p;
    while (s < to && blank(data[s])) ++s;
    return s < to && (data[s] == '[' ? section_header(data, p, to)
                                     : comment_mark(data[s]) &&
                                           ((opening_comment(data, p, to) && names_a_user_list(data, s, to)) ||
                                            commented_header(data, p, to).secret >= 0));
  });
}

std::size_t user_list_values(std::string_view data, std::uint64_t from, TextSpan* out, std::uint64_t& end) noexcept {
  std::size_t n = 0, lines = 0;
  std::uint64_t p = from;
  // (exim's passwd.client: its opener shows host:login:password)
  bool triple = false;
  if (from > 0) {
    const std::uint64_t os = line_start(data, from - 1);
    for (std::uint64_t i = os; i < from && !triple; ++i) triple = lower_at(data, i, from, "login:password");
  }
  // (dma's auth.conf: its opener shows user|host:password)
  bool piped = false;
  if (from > 0) {
    const std::uint64_t os = line_start(data, from - 1);
    for (std::uint64_t i = os; i < from && !piped; ++i) piped = lower_at(data, i, from, "user|") && piped_format_at(data, i, from);
  }
  // (OpenSMTPD's table: its opener shows a label before user:password)
  bool labelled = false;
  if (from > 0) {
    const std::uint64_t os = line_start(data, from - 1);
    for (std::uint64_t i = os; i < from && !labelled; ++i)
      if (lower_at(data, i, from, "label")) {
        std::uint64_t u = i + 5;
        while (u < from && blank(data[u])) ++u;
        labelled = u > i + 5 && lower_at(data, u, from, "user");
      }
  }
  // (a commented header of columns: which field is the secret)
  HeaderColumns header;
  if (from > 0 && !triple) header = commented_header(data, line_start(data, from - 1), from - 1);
  for (; p < data.size() && lines < kMaxUserListLines && n < kMaxUserListValues; ++lines) {
    std::uint64_t s = p, e = line_end(data, p);
    end = p;
    p = e < data.size() ? e + 1 : e;
    trim(data, s, e);
    if (s == e || comment_mark(data[s])) continue;
    if (header.secret >= 0) {
      Span f[8];
      const int nf = header.separator ? split_fields(data, s, e, header.separator, f, 8) : row_fields(data, s, e, f, 8);
      if (nf <= header.secret || nf > header.columns || nf + 1 < header.columns) break;  // a line of another shape
      if (header.separator && nf != header.columns) break;
      Span v = f[header.secret];
      if (v.end - v.start >= 2 && data[v.start] == '"') ++v.start, --v.end;
      const std::string_view value = data.substr(v.start, v.end - v.start);
      bool user = false;
      for (int q = 0; q < nf && q < 8; ++q) {
        std::string_view o = data.substr(f[q].start, f[q].end - f[q].start);
        if (o.size() >= 2 && o.front() == '"') o = o.substr(1, o.size() - 2);
        user = user || (q != header.secret && o == value);
      }
      if (!user && !value.empty() && !stored_form(value)) out[n++] = TextSpan{v.start, v.end};
      continue;
    }
    if (data[s] == '[') break;  // the next section
    if (piped) {
      std::uint64_t bar = s;
      while (bar < e && data[bar] != '|') ++bar;
      std::uint64_t colon = bar;
      while (colon < e && data[colon] != ':') ++colon;
      if (bar == s || bar >= e || colon >= e) break;  // a line of another shape
      const std::string_view value = data.substr(colon + 1, e - colon - 1);
      if (colon + 1 < e && secrets::typed_password_shaped(value)) out[n++] = TextSpan{colon + 1, e};
      continue;
    }
    if (triple) {
      std::uint64_t colon = s, seen = 0;
      while (colon < e && seen < 2) seen += data[colon++] == ':';
      if (seen < 2) break;  // a line of another shape
      const std::string_view value = data.substr(colon, e - colon);
      if (colon < e && secrets::typed_password_shaped(value)) out[n++] = TextSpan{colon, e};
      continue;
    }
    std::uint64_t q = s;
    if (labelled) {
      while (q < e && q - s <= kMaxUserListName && name_char(data[q])) ++q;
      const std::uint64_t label_end = q;
      while (q < e && blank(data[q])) ++q;
      if (label_end == s || q == label_end || q >= e) break;  // a line of another shape
      s = q;
    }
    while (q < e && q - s <= kMaxUserListName && name_char(data[q])) ++q;
    if (q == s || q - s > kMaxUserListName) break;
    while (q < e && blank(data[q])) ++q;
    if (q >= e || (data[q] != '=' && data[q] != ':')) break;  // a line of another shape
    const char sep = data[q++];
    while (q < e && blank(data[q])) ++q;
    std::uint64_t ve = e;
    if (sep == ':')
      for (std::uint64_t c = q; c < e; ++c)
        if (data[c] == ',') {
          ve = c;
          break;
        }
    while (ve > q && blank(data[ve - 1])) --ve;
    // (a setting's value in a section that holds settings too, Grafana's
    // [users]: a word, a flag, a path, prose, is none)
    const std::string_view value = data.substr(q, ve - q);
    if (ve == q || stored_form(value) || value[0] == '/' || !secrets::typed_password_shaped(value)) continue;
    out[n++] = TextSpan{q, ve};
  }
  if (p >= data.size() || lines == kMaxUserListLines || n == kMaxUserListValues) end = p;
  return n;
}

namespace {

bool user_name(std::string_view v) noexcept {
  if (v.empty() || v.size() > kMaxUserListName || !ascii::is_alnum(v[0])) return false;
  for (char c : v)
    if (!(ascii::is_alnum(c) || c == '.' || c == '_' || c == '@' || c == '-')) return false;
  return true;
}

// `hex_ok`: whether 32 hex digits or more may be a password (deluge's
// generated ones), not a digest.
bool plain_password(std::string_view v, bool hex_ok) noexcept {
  if (stored_form(v) || v[0] == '$' || !secrets::typed_password_shaped(v)) return false;
  std::size_t hex = 0;
  for (char c : v) hex += ascii::is_hex(c);
  return hex_ok || !(v.size() >= 32 && hex == v.size());
}

// A capital or a mark (no '.', '_', '-' or '@' that join a name's parts).
bool capital_or_mark(std::string_view v) noexcept {
  for (char c : v)
    if (ascii::is_upper(c) || !(ascii::is_alnum(c) || c == '.' || c == '_' || c == '-' || c == '@')) return true;
  return false;
}

// Calls `each(from, to)` with each line of a whole-buffer file that is
// neither blank nor a '#' comment, trimmed, in order; false as soon as
// `each` is.
template <class Each>
bool each_content_line(std::string_view data, Each each) {
  for (std::uint64_t p = 0; p < data.size();) {
    std::uint64_t s = p, e = line_end(data, p);
    p = e < data.size() ? e + 1 : e;
    trim(data, s, e);
    if (s != e && data[s] != '#' && !each(s, e)) return false;
  }
  return true;
}

}  // namespace

std::size_t plain_credentials_file(std::string_view data, TextSpan* out, std::size_t cap) noexcept {
  if (data.size() > kMaxPlainCredentialsFile || cap == 0) return 0;
  // The lines that are neither blank nor comments.
  TextSpan lines[2 * kMaxUserListValues];
  std::size_t n = 0;
  const bool shaped = each_content_line(data, [&](std::uint64_t s, std::uint64_t e) {
    // (neither form has a blank inside a line: a log's, a text's line
    // ends the reading at once)
    if (n == std::size(lines) || e - s > kMaxUserListName + 1 + 128) return false;
    for (std::uint64_t q = s; q < e; ++q)
      if (blank(data[q])) return false;
    lines[n++] = {s, e};
    return true;
  });
  if (!shaped || n < 2) return 0;
  auto text = [&](const TextSpan& l) { return data.substr(l.from, l.to - l.from); };
  // user:password on each line, or user:password:level on each (deluge's
  // auth file, whose generated localclient password is 40 hex digits)
  auto password_of = [&](std::string_view l, bool& level) -> std::string_view {
    const std::size_t colon = l.find(':');
    if (colon == std::string_view::npos || !user_name(l.substr(0, colon))) return {};
    std::string_view v = l.substr(colon + 1);
    const std::size_t second = v.find(':');
    level = second != std::string_view::npos;
    if (level) {
      const std::string_view digits = v.substr(second + 1);
      if (digits.empty() || digits.size() > 2 || digits.find_first_not_of("0123456789") != std::string_view::npos)
        return {};
      v = v.substr(0, second);
    }
    return v;
  };
  bool colons = true, first_level = false;
  for (std::size_t i = 0; i < n && colons; ++i) {
    bool level = false;
    const std::string_view v = password_of(text(lines[i]), level);
    if (i == 0) first_level = level;
    colons = !v.empty() && level == first_level && plain_password(v, level);
  }
  std::size_t k = 0;
  if (colons) {
    for (std::size_t i = 0; i < n && k < cap; ++i) {
      bool level = false;
      const std::string_view v = password_of(text(lines[i]), level);
      const std::uint64_t from = static_cast<std::uint64_t>(v.data() - data.data());
      out[k++] = {from, from + v.size()};
    }
    return k;
  }
  // a user, then the password on the next line
  if (n % 2 != 0) return 0;
  for (std::size_t i = 0; i < n; i += 2) {
    const std::string_view user = text(lines[i]), password = text(lines[i + 1]);
    if (!user_name(user) || capital_or_mark(user) || password.find_first_of(":=") != std::string_view::npos ||
        !plain_password(password, false) || !capital_or_mark(password))
      return 0;
  }
  for (std::size_t i = 1; i < n && k < cap; i += 2) out[k++] = lines[i];
  return k;
}

std::size_t api_key_bootstrap_file(std::string_view data, TextSpan* out, std::size_t cap) noexcept {
  if (data.size() > kMaxPlainCredentialsFile || cap == 0) return 0;
  std::size_t k = 0;
  const bool shaped = each_content_line(data, [&](std::uint64_t s, std::uint64_t e) {
    const std::string_view l = data.substr(s, e - s);
    const std::size_t first = l.find(':'), last = l.rfind(':');
    if (first == std::string_view::npos || last == first || !user_name(l.substr(0, first))) return false;
    const std::string_view role = l.substr(last + 1), secret = l.substr(first + 1, last - first - 1);
    if (role != "administrator" && role != "viewer" && role != "publisher") return false;
    for (char c : secret)
      if (!(ascii::is_alnum(c) || c == '_' || c == '-')) return false;
    if (secret.empty() || k == cap) return false;
    const std::uint64_t from = s + first + 1;
    out[k++] = {from, from + secret.size()};
    return true;
  });
  return shaped ? k : 0;
}

namespace {

// Whether the line [from, to) is a map's opener: "map", blanks (1 to 8),
// "$http_" / "$arg_" / "$cookie_", a name whose first 32 + its word's
// characters hold api_key, apikey or apiKey, token or secret (in any
// case), then anything, and '{' at its end.
bool key_map_line(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  trim(d, from, to);
  if (to - from < 6 || d.substr(from, 3) != "map" || d[to - 1] != '{') return false;
  std::uint64_t p = from + 3;
  const std::uint64_t gap = p;
  while (p < to && p - gap < 8 && blank(d[p])) ++p;
  if (p == gap || p >= to || d[p] != '$') return false;
  ++p;
  std::uint64_t name = to;
  for (std::string_view kind : {"http_", "arg_", "cookie_"})
    if (exact_at(d, p, to, kind)) name = p + kind.size();
  if (name >= to) return false;
  auto word = [](char c) { return ascii::is_alnum(c) || c == '_'; };
  for (std::uint64_t i = name; i < to && i - name <= 32; ++i) {
    for (std::string_view w : {"api_key", "apikey", "token", "secret"})
      if (lower_at(d, i, to, w)) return true;
    if (!word(d[i])) return false;
  }
  return false;
}

}  // namespace

bool key_map_opener(std::string_view data, std::uint64_t end, std::uint64_t& map_from) noexcept {
  if (end == 0 || end > data.size()) return false;
  const std::uint64_t from = line_start(data, end - 1), to = line_end(data, end - 1);
  if (!key_map_line(data, from, to)) return false;
  map_from = to < data.size() ? to + 1 : to;
  return true;
}

std::uint64_t next_key_map_opener(std::string_view data, std::uint64_t from, std::uint64_t& map_from) noexcept {
  return next_opening_line(data, from, map_from,
                           [&](std::uint64_t p, std::uint64_t to) { return key_map_line(data, p, to); });
}

std::size_t key_map_keys(std::string_view data, std::uint64_t from, TextSpan* out) noexcept {
  std::size_t n = 0, lines = 0;
  for (std::uint64_t p = from; p < data.size() && lines < kMaxUserListLines && n < kMaxUserListValues; ++lines) {
    std::uint64_t s = p, e = line_end(data, p);
    p = e < data.size() ? e + 1 : e;
    trim(data, s, e);
    if (s == e || data[s] == '#') continue;
    if (data[s] == '}') break;
    std::uint64_t ks = s, ke = s;
    if (data[s] == '"' || data[s] == '\'') {
      const char q = data[s];
      ks = s + 1;
      ke = ks;
      while (ke < e && data[ke] != q) ++ke;
      if (ke >= e) continue;
    } else {
      while (ke < e && !blank(data[ke]) && data[ke] != ';') ++ke;
    }
    // a key, a blank and its value, then ';'
    if (ke + 1 >= e || data[e - 1] != ';') continue;
    const std::string_view key = data.substr(ks, ke - ks);
    if (key.empty() || key == "default" || key == "hostnames" || key == "include" || key == "volatile") continue;
    out[n++] = TextSpan{ks, ke};
  }
  return n;
}

}  // namespace privguard::core
