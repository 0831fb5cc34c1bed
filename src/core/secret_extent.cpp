// Where a secret's value ends (secret_extent.h).
#include "secret_extent.h"

#include <algorithm>
#include <cctype>

#include "ascii.h"
#include "escapes.h"
#include "key_before.h"
#include "lines.h"
#include "validators_secrets.h"

namespace privguard::core {
namespace {

// How far a value may run on past where its rule stopped it.
constexpr std::uint64_t kMaxQuoted = 128;

bool lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
bool upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
// Whether data[i, ...) starts with `word` (lower case) in any case.
bool lower_word_at(std::string_view data, std::uint64_t i, std::string_view word) noexcept {
  if (i > data.size() || data.size() - i < word.size()) return false;
  for (std::size_t j = 0; j < word.size(); ++j)
    if (ascii::to_lower(data[i + j]) != word[j]) return false;
  return true;
}
// A byte of a key's or a variable's name (spring.datasource.password,
// DB_PASS, auth-pass).
bool name_byte(char c) noexcept { return lower(c) || upper(c) || digit(c) || c == '_' || c == '.' || c == '-'; }

// Where the password rule's expression stops an unquoted value, but '&'
// (across_ampersands reads what follows it).
bool value_stop(char c) noexcept {
  switch (c) {
    case ' ': case '\t': case '\r': case '\n': case '\v': case '\f':
    case '"': case '\'': case '`': case '<': case '>': case ';': case ',': case '[': case ']': case '}':
      return true;
    default:
      return false;
  }
}

// An option's key at data[at]: a lower-case or an upper-case name of two
// or more characters, then '=' or ':' ("domain=", "vers=", "UID=").
bool option_key_at(std::string_view data, std::uint64_t at) noexcept {
  if (at >= data.size()) return false;
  const bool low = lower(data[at]);
  if (!low && !upper(data[at])) return false;
  std::uint64_t i = at + 1;
  for (; i < data.size() && i < at + 32; ++i) {
    const char c = data[i];
    if (c == '=' || c == ':') return i > at + 1;
    if (!(digit(c) || c == '_' || c == '.' || c == '-' || (low ? lower(c) : upper(c)))) return false;
  }
  return false;
}

// A query string's or form body's key byte.
bool field_key_byte(char c) noexcept {
  return lower(c) || upper(c) || digit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
}

// Whether data[at] starts the next field of a query string or form body:
// "&key=" or HTML's "&amp;key=".
bool next_field_at(std::string_view data, std::uint64_t at) noexcept {
  if (at >= data.size() || data[at] != '&') return false;
  std::uint64_t j = at + 1;
  if (data.substr(j, 4) == "amp;") j += 4;
  std::uint64_t k = j;
  while (k < data.size() && field_key_byte(data[k])) ++k;
  return k > j && k < data.size() && data[k] == '=';
}

// Whether data[at] starts an XML or HTML entity for a quote ("&quot;",
// "&#39;", "&#x22;"): the value's closing quote, escaped (a Jira export's
// -H &quot;Authorization: Bearer X&quot;).
bool quote_entity_at(std::string_view data, std::uint64_t at) noexcept {
  for (std::string_view e : {"&quot;", "&apos;", "&#34;", "&#39;", "&#x22;", "&#x27;"})
    if (data.substr(at, e.size()) == e) return true;
  return false;
}

// An unquoted value holds '&' ("Tr0ub&dor"), but a query string's next
// field ("password=x&password_confirmation=x") is another value: the
// rule's expression stops at every '&' so that each field is a match of
// its own, and the value runs on here up to the next "&key=".
std::uint64_t across_ampersands(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t e = ve;
  while (e < data.size() && data[e] == '&' && !next_field_at(data, e) && !quote_entity_at(data, e)) {
    std::uint64_t j = data.substr(e, 5) == "&amp;" ? e + 5 : e + 1;
    while (j < data.size() && !value_stop(data[j]) && data[j] != '&') ++j;
    if (j == e + 1) {
      // A '&' that ends a value in prose ("sunucu şifresi B@dg3rquartz5&"
      // at a line's end) is its last character; after '=' it may end a
      // query string ("?password=X&"), but not before a blank: a query
      // string holds none, libpq's "password=X& dbname=d" is key=value
      // pairs split by spaces.
      if ((data[vs - 1] != '=' || (j < data.size() && (data[j] == ' ' || data[j] == '\t'))) &&
          (j == data.size() || value_stop(data[j])))
        e = j;
      break;
    }
    if (j > vs + kMaxQuoted) break;
    e = j;
  }
  return e;
}

// A ')' that closes nothing in the value closes the prose or call around
// it, with the sentence's '.', ',', '!' or '?' after it: "(password:
// L4nt3rn_230)", "(password: ********).".
std::uint64_t without_closing_paren(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs; i < ve; ++i)
    if (data[i] == '(') return ve;
  std::uint64_t e = ve;
  while (e > vs + 1 && (data[e - 1] == '.' || data[e - 1] == ',' || data[e - 1] == '!' || data[e - 1] == '?')) --e;
  if (e == ve || data[e - 1] != ')') e = ve;
  while (e > vs + 1 && data[e - 1] == ')') --e;
  return e;
}

}  // namespace

bool quoted_unclosed_paren(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs == 0 || ve >= data.size() || ve <= vs) return false;
  const char q = data[vs - 1];
  if ((q != '"' && q != '\'') || data[ve] != q) return false;
  int depth = 0;
  bool open = false;
  for (std::uint64_t i = vs; i < ve; ++i) {
    if (data[i] == '(') {
      ++depth;
      open = true;
    } else if (data[i] == ')' && depth > 0) {
      --depth;
    }
  }
  return open && depth > 0;
}

namespace {

// Oracle's user/password@connect_identifier (sqlplus scott/tiger@orcl):
// to the word's last '@' (Oracle wants a password holding '@' quoted;
// scripts leave it bare: expdp system/Fr0m@g34!@FINPRD). One the rule's
// value stopped short of it (at a '&', ']' or ')' of its own: jdbc:oracle:
// thin:u/IG.ubQ5E&H2805fi@//host) runs on to it, within the same word.
std::uint64_t before_connect_identifier(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t at = ve;
  for (std::uint64_t i = vs + 1; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '@') at = i;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>')
      break;
  }
  return at;
}

// Go's MySQL DSN, user:password@tcp(host:port)/db or @unix(/path): a
// quoted user and ':' before the value, which ends at the '@' of its
// address; without one, that was no DSN (a quoted "word:" of any kind),
// and the value is empty. Unquoted, the user follows a key that names a
// DSN or a connection (YAML's "connection: u:X@tcp(db:3306)/app",
// .env's "DB_DSN=u:X@unix(/run/mysqld.sock)/app", Revel's "db.spec =
// u:X@tcp(...)").
bool dsn_key_at(std::string_view data, std::uint64_t i) noexcept {
  return lower_word_at(data, i, "dsn") || lower_word_at(data, i, "connection") || lower_word_at(data, i, "db.spec");
}

bool dsn_user(std::string_view data, std::uint64_t key_start, std::uint64_t vs) noexcept {
  if (key_start >= vs) return false;
  std::uint64_t i = key_start;
  if (data[i] == '"' || data[i] == '\'' || data[i] == '`') {
    ++i;
  } else if (dsn_key_at(data, i)) {
    while (i < vs && (std::isalpha(static_cast<unsigned char>(data[i])) || data[i] == '.')) ++i;
    while (i < vs && (data[i] == ' ' || data[i] == '\t')) ++i;
    if (i >= vs || (data[i] != ':' && data[i] != '=')) return false;
    ++i;
    while (i < vs && (data[i] == ' ' || data[i] == '\t')) ++i;
    if (i < vs && (data[i] == '"' || data[i] == '\'')) ++i;  // (a Go constant: defaultDSN = "u:X@tcp(...)")
  } else {
    return false;
  }
  const std::uint64_t user = i;
  while (i < vs && (std::isalnum(static_cast<unsigned char>(data[i])) || data[i] == '_' || data[i] == '.' || data[i] == '-'))
    ++i;
  if (i == user || i >= vs || data[i] != ':') return false;
  // The ':' is right before the value, or before an escape the value's
  // start was moved over ('C:\\path'); not before more of a URL:
  // "jdbc:oracle:thin:scott/X@" is Oracle's user/X.
  while (++i < vs)
    if (data[i] == ':' || data[i] == '/') return false;
  return true;
}

// Whether the key at data[key_start] gives a user and its password before
// an address without a scheme: MySQL Router's "--bootstrap user:X@host:3306",
// tinyproxy's "upstream http user:X@proxy:3128", MRTG's "Target[name]:
// port:X@router" (X its SNMP community).
bool user_before_host(std::string_view data, std::uint64_t key_start) noexcept {
  while (key_start < data.size() && (data[key_start] == ' ' || data[key_start] == '\t' || data[key_start] == '\n'))
    ++key_start;
  return lower_word_at(data, key_start, "--bootstrap") || lower_word_at(data, key_start, "upstream") ||
         data.substr(key_start, 7) == "Target[";
}

// Where such a password ends: at its value's last '@' (the password may
// hold one).
std::uint64_t before_last_at(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  const std::size_t at = data.substr(vs, ve - vs).rfind('@');
  return at == std::string_view::npos || at == 0 ? vs : vs + at;
}

std::uint64_t before_dsn_address(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  // (the rule's value stops at '&', which the password may hold: read on
  // to the word's end, a blank or a quote)
  while (ve < data.size() && ve - vs < kMaxQuoted && data[ve] != ' ' && data[ve] != '\t' && data[ve] != '\n' &&
         data[ve] != '\r' && data[ve] != '"' && data[ve] != '\'' && data[ve] != '`')
    ++ve;
  const std::string_view v = data.substr(vs, ve - vs);
  std::size_t at = std::string_view::npos;
  for (std::string_view a : {std::string_view("@tcp("), std::string_view("@unix(")}) {
    const std::size_t i = v.rfind(a);
    if (i != std::string_view::npos && (at == std::string_view::npos || i > at)) at = i;
  }
  return at == std::string_view::npos ? vs : vs + at;
}

// Whether data[semi] (a ';') closes one of XML's predefined entities or a
// numeric one ("&lt;", "&#x3C;") that starts at or after data[from].
bool xml_entity_ends_at(std::string_view data, std::uint64_t from, std::uint64_t semi) noexcept {
  std::uint64_t a = semi;
  while (a > from && semi - a <= 7 && data[a - 1] != '&') --a;
  if (a == from || data[a - 1] != '&') return false;
  const std::string_view name = data.substr(a, semi - a);
  if (name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos") return true;
  if (name.size() < 2 || name[0] != '#') return false;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  if (name.size() == (hex ? 2u : 1u)) return false;
  for (std::size_t k = hex ? 2 : 1; k < name.size(); ++k)
    if (!(digit(name[k]) || (hex && ((name[k] >= 'a' && name[k] <= 'f') || (name[k] >= 'A' && name[k] <= 'F')))))
      return false;
  return true;
}

// The separator of the list a key stands in, or '\0': ';' for a connection
// string's field ("...;Password="); ',' or ':' for a mount's or a pool's
// options ("username=u,password=X,ro,vers=3.0",
// "user=app:password=X:serverName=db") when the key follows it right after
// another option's "name=value" (no such list lets a value hold its
// separator).
char list_separator_before(std::string_view data, std::uint64_t key_start) noexcept {
  std::uint64_t b = key_start;
  while (b > 0 && (data[b - 1] == ' ' || data[b - 1] == '\t')) --b;
  if (b > 0 && data[b - 1] == ';') return ';';
  if (key_start < 4) return '\0';
  const char sep = data[key_start - 1];
  if (sep != ',' && sep != ':') return '\0';
  std::uint64_t i = key_start - 1;
  bool value = false;
  while (i > 0 && key_start - i < 256) {
    const char c = data[i - 1];
    if (c == sep || c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'') break;
    if (c == '=') return i - 1 > 0 && name_byte(data[i - 2]) && value ? sep : '\0';
    value = true;
    --i;
  }
  return '\0';
}

// XML's text escapes '<': an element's closing tag inside a value
// ("...;password=X</property>") ends it.
std::uint64_t before_closing_tag(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs; i + 3 < ve; ++i) {
    if (data[i] != '<' || data[i + 1] != '/' || !(lower(data[i + 2]) || upper(data[i + 2]))) continue;
    std::uint64_t j = i + 3;
    while (j < ve && j - i < 64 && (name_byte(data[j]) || data[j] == ':')) ++j;
    if (j < ve && data[j] == '>') return i;
  }
  return ve;
}

// In a connection string (ADO.NET, ODBC, JDBC's SQL Server form) a value
// runs to the ';' that ends its field, or to the end of the string or
// line when it is the last ("Password=2>LC&MXaq8GFGU4;"); a space first
// leaves it as it was.
std::uint64_t to_field_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = ve; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    // (in an XML attribute the string's '<' is "&lt;", whose ';' is its own:
    // connectionString="...;Password=Ti5&lt;?ay.2;")
    if (c == ';' && i > vs && xml_entity_ends_at(data, vs, i)) continue;
    if (c == ';' || c == '"' || c == '\'' || c == '\n' || c == '\r') return i;
    if (c == ' ' || c == '\t') return ve;
  }
  return ve;
}

// ODBC's braces quote a connection string's value that holds a ';' or
// a '}' (written "}}"): "PWD={Ca0AV;4SLhj9};". The end past the closing
// brace of a value data[vs] opens, or ve when it does not close on its
// line.
std::uint64_t to_closing_brace(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs + 1; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    // (a line's end, or code: an interpolation's {config["pwd"]}, {f(x)})
    if (c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '(' || c == '[') return ve;
    if (c != '}') continue;
    if (i + 1 < data.size() && data[i + 1] == '}') {
      ++i;
      continue;
    }
    return i > vs + 1 ? i + 1 : ve;
  }
  return ve;
}

// A config file's line holds one key and its value: a .properties or
// .env line ("spring.datasource.password=66BeJ5j'Ac<Bh38") or, after the
// line that names it, YAML's "  value: qi6bVSPDb9uFxnXk6yy,Cq". Whether
// the line holds nothing before the value but a key (indented, perhaps
// a YAML list's "- ") and its '=' or ':'.
bool key_line(std::string_view data, std::uint64_t vs) noexcept {
  auto blank = [&](std::uint64_t i) { return data[i] == ' ' || data[i] == '\t'; };
  std::uint64_t i = vs;
  while (i > 0 && blank(i - 1)) --i;
  if (i == 0 || (data[i - 1] != '=' && data[i - 1] != ':')) return false;
  --i;
  while (i > 0 && blank(i - 1)) --i;
  const std::uint64_t key_end = i;
  // (a key may be bracketed, [default] or a Nagios macro's $USER4$)
  while (i > 0 && (name_byte(data[i - 1]) || data[i - 1] == '[' || data[i - 1] == ']' || data[i - 1] == '$')) --i;
  if (i == key_end) return false;
  while (i > 0 && blank(i - 1)) --i;
  if (i > 0 && data[i - 1] == '-') {  // a YAML list item's "- "
    --i;
    while (i > 0 && blank(i - 1)) --i;
  }
  // A line commented out ("; password = ...", "# password=...") keeps
  // its value as it was.
  if (i > 0 && (data[i - 1] == '#' || data[i - 1] == ';')) {
    --i;
    while (i > 0 && blank(i - 1)) --i;
  }
  return i == 0 || data[i - 1] == '\n';
}

// A directive's line: a key at the line's start, or up to three words
// (Redis Sentinel's "sentinel auth-pass mymaster X"), a blank, the value
// (nslcd's "rootpwmodpw V]f^-IZk0NN!8]Auqj", mbsync's "Pass X").
bool directive_line(std::string_view data, std::uint64_t vs) noexcept {
  auto blank = [&](std::uint64_t i) { return data[i] == ' ' || data[i] == '\t'; };
  std::uint64_t i = vs;
  for (int words = 0; words < 3; ++words) {
    const std::uint64_t word_end = i;
    while (i > 0 && blank(i - 1)) --i;
    if (i == word_end) return false;
    const std::uint64_t key_end = i;
    while (i > 0 && name_byte(data[i - 1])) --i;
    if (i == key_end) return false;
    if (i == 0 || data[i - 1] == '\n') return true;
  }
  return false;
}

// A Java .properties line's value runs to the line's end, blanks and
// all ("signing.password=kettle granite raven 222", gradle.properties'
// "ossrhPassword=canyon tundra cobalt walnut"): a dotted or camelCase key,
// or one ending in "phrase" (iwd's Passphrase=), at the line's start (not
// a shell's PGPASSWORD=x psql ...), '=' with no
// blank on either side, and nothing on the line a comment, a quote or
// code would put there. The end, or ve.
std::uint64_t properties_line_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs < 2 || data[vs - 1] != '=' || data[vs - 2] == ' ' || data[vs - 2] == '\t') return ve;
  std::uint64_t k = vs - 1;
  bool dot = false, camel = false;
  while (k > 0 && name_byte(data[k - 1])) {
    dot = dot || data[k - 1] == '.';
    camel = camel || (upper(data[k - 1]) && k >= 2 && lower(data[k - 2]));
    --k;
  }
  // (or a key that names a passphrase, whose words are its own: iwd's
  // "Passphrase=ängen senap gurka tåget 86")
  const std::string_view key = data.substr(k, vs - 1 - k);
  const bool phrase = key.size() >= 6 && ascii::iequals(key.substr(key.size() - 6), "phrase");
  if (!(dot || camel || phrase) || (k > 0 && data[k - 1] != '\n')) return ve;
  std::uint64_t i = ve;
  for (; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r') break;
    if (c == '"' || c == '\'' || c == '`' || c == '#' || c == ';' || c == '\t' || c == '{' || c == '(') return ve;
  }
  if (i < data.size() && data[i] != '\n' && data[i] != '\r') return ve;
  while (i > ve && data[i - 1] == ' ') --i;
  return i;
}

// Whether a value with brackets is code or a template rather than typed
// or generated text: a placeholder (${DB_PASS}, {{ .Values.pw }}, #{pw},
// %{pw}), a call or an index (getPassword(), vault.read(path),
// config['password']) or a literal array or object ([...], {...}). A
// generated password's brackets are none of these ("O0_/;Pzp]iAQNl^rom*fv7",
// "DKT)ktr[~bh@8").
bool code_shaped(std::string_view v) noexcept {
  if (v.size() < 2) return false;
  if ((v[0] == '$' || v[0] == '#' || v[0] == '%' || v[0] == '{') && v[1] == '{') return true;
  if ((v.front() == '[' && v.back() == ']') || (v.front() == '{' && v.back() == '}')) return true;
  std::size_t i = 0;
  while (i < v.size() && (lower(v[i]) || upper(v[i]) || digit(v[i]) || v[i] == '_' || v[i] == '.' || v[i] == '$')) ++i;
  return i > 0 && i < v.size() && ((v[i] == '(' && v.back() == ')') || (v[i] == '[' && v.back() == ']'));
}

// Such a line's value runs to the line's end, when nothing after what the
// rule matched is a blank (a YAML comment, prose) or a double quote, the
// line does not end in ',' or ';' and its brackets are no code's: code's
// object literals and calls ("password: process.env.DB_PASS,",
// "credentials('nexus')", "getPassword()") are no config lines.
std::uint64_t to_line_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t i = ve;
  bool brackets = false;
  for (; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r') break;
    if (c == ' ' || c == '\t' || c == '"') return ve;
    brackets = brackets || c == '(' || c == ')' || c == '{' || c == '}' || c == '[' || c == ']';
  }
  if (i < data.size() && data[i] != '\n' && data[i] != '\r') return ve;  // longer than any value
  if (i > ve && (data[i - 1] == ',' || data[i - 1] == ';')) return ve;
  if (brackets && code_shaped(data.substr(vs, i - vs))) return ve;
  return i;
}

// An unquoted value holds ',' between its characters ("L,oxoAA^HcLq3TzYx",
// "NW,$C6g2Gr0!tKb=.7ov!") but not the next option after it ("mount -o
// username=u,password=p,domain=d"), and names joined by commas are code
// or lists ("password=pw,timeout)"): only a value with a character
// other than letters, digits, '_', '.' and parentheses runs on.
std::uint64_t across_commas(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t e = ve;
  while (e + 1 < data.size() && data[e] == ',' && !value_stop(data[e + 1]) && !option_key_at(data, e + 1)) {
    std::uint64_t j = e + 1;
    while (j < data.size() && !value_stop(data[j])) ++j;
    if (j > vs + kMaxQuoted) break;
    e = j;
  }
  if (e == ve) return ve;
  for (std::uint64_t i = vs; i < e; ++i) {
    const char c = data[i];
    if (!(lower(c) || upper(c) || digit(c) || c == '_' || c == '.' || c == ',' || c == '(' || c == ')')) return e;
  }
  return ve;
}

// A passwd-file's field ("user:{PLAIN}X:uid:gid::home"): to its ':',
// over what stops the rule's value ("{PLAIN}xx[ZlW<eG_OXMv|O3"), on the
// line; what the rule matched when no ':' ends it there.
std::uint64_t to_field_colon(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs; i < data.size() && i < vs + kMaxQuoted; ++i) {
    if (data[i] == ':') return i;
    if (data[i] == '\n' || data[i] == '\r' || data[i] == ' ' || data[i] == '\t') break;
  }
  return vs + std::min<std::uint64_t>(ve - vs, data.substr(vs, ve - vs).find(':'));
}

// A word's end: its first blank or line break ("user app on >kq4v/P;y~0>u
// resetchannels": a Redis password holds any other byte).
std::uint64_t to_blank(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t e = ve;
  while (e < data.size() && e < vs + kMaxQuoted && data[e] != ' ' && data[e] != '\t' && data[e] != '\n' &&
         data[e] != '\r')
    ++e;
  return e < vs + kMaxQuoted ? e : ve;
}

// A value right after a command's flag ("sshpass -p X", "bcp ... -P X",
// "mysql -pX"): the flag is the last word before it, a '-' and up to 24
// letters, digits or dashes after a blank, and the value then is one
// shell word.
bool after_command_flag(std::string_view data, std::uint64_t vs) noexcept {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  std::uint64_t p = vs;
  while (p > 0 && vs - p < 8 && blank(data[p - 1])) --p;
  std::uint64_t t = p;
  while (t > 0 && p - t <= 24 && (lower(data[t - 1]) || upper(data[t - 1]) || digit(data[t - 1]) || data[t - 1] == '-'))
    --t;
  return t < p && t > 0 && data[t] == '-' && p - t >= 2 && blank(data[t - 1]);
}

// A shell word's end: the first blank, quote or operator (its ',', '!',
// '+', '=' ... are its own: "-p raven,Monsoon71", "-P Mr05s,,7-").
std::uint64_t shell_word_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t e = ve;
  while (e < data.size() && e < vs + kMaxQuoted) {
    const char c = data[e];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'' || c == '`' || c == ';' || c == '|' ||
        c == '&' || c == '<' || c == '>' || c == '(' || c == ')')
      break;
    ++e;
  }
  return e < vs + kMaxQuoted ? e : ve;
}

// Google's app passwords are four groups of four small letters split by
// spaces ("password  lntq wwyo zijp cdye" in an msmtprc): a value of one
// such group runs on over the other three.
std::uint64_t app_password_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto group = [&](std::uint64_t at) {
    if (at + 4 > data.size()) return false;
    for (std::uint64_t i = at; i < at + 4; ++i)
      if (!lower(data[i])) return false;
    return true;
  };
  if (ve != vs + 4 || !group(vs)) return ve;
  std::uint64_t e = ve;
  for (int g = 0; g < 3; ++g, e += 5)
    if (e >= data.size() || data[e] != ' ' || !group(e + 1)) return ve;
  if (e < data.size() && (lower(data[e]) || upper(data[e]) || digit(data[e]))) return ve;
  return e;
}

// A value a typographic quote opens («X», „X“, “X”, 「X」, ‘X’; French's
// « X » with spaces) ends at its closing quote: the expression stops only
// at ASCII quotes, and these are two or three bytes of UTF-8.
std::uint64_t before_typographic_close(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  static constexpr std::string_view kOpen[] = {"\xC2\xAB", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xE3\x80\x8C",
                                               "\xE2\x80\x98"};
  static constexpr std::string_view kClose[] = {"\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE3\x80\x8D",
                                                "\xE2\x80\x99"};
  std::uint64_t at = vs;
  if (at > 0 && data[at - 1] == ' ') --at;  // « X »
  bool opened = false;
  for (std::string_view o : kOpen) opened = opened || (at >= o.size() && data.substr(at - o.size(), o.size()) == o);
  if (!opened) return ve;
  for (std::uint64_t i = vs + 1; i < ve; ++i)
    for (std::string_view c : kClose)
      if (data.substr(i, c.size()) == c) return i;
  return ve;
}

// A value of ASCII that runs into CJK text ("パスワードはvSeLIRG3WRw#rLADzz96だよ":
// Japanese, Chinese and Korean write no blank after a word) ends where
// that text starts: a character of three bytes of UTF-8 from U+3000 on
// (lead bytes 0xE3-0xED: kana, CJK ideographs, Hangul).
std::uint64_t before_cjk_text(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs >= ve || static_cast<unsigned char>(data[vs]) >= 0x80) return ve;
  for (std::uint64_t i = vs + 1; i < ve; ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c >= 0xE3 && c <= 0xED) return i;
    // (and the full-width forms CJK text punctuates with: "，", "：", "）")
    if (c == 0xEF && i + 1 < ve && (static_cast<unsigned char>(data[i + 1]) == 0xBC || static_cast<unsigned char>(data[i + 1]) == 0xBD))
      return i;
  }
  return ve;
}

// An escaped line break or tab inside a value ("is now: Lakrits.12244\n\n
// Ticket ref ..." in a JSON string's text) ends the value's line, and so
// the value: a backslash-n a password holds is written "\\n" there.
std::uint64_t before_escaped_line_break(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs + 1; i + 1 < ve; ++i) {
    if (data[i] != '\\' || (data[i + 1] != 'n' && data[i + 1] != 'r' && data[i + 1] != 't')) continue;
    std::uint64_t run = 1;
    while (i - vs >= run && data[i - run] == '\\') ++run;
    if (run % 2 == 1) return i;
  }
  return ve;
}

// YAML's and SQL's single quotes write their own quote twice
// ('GA!rl5''m&'): data[at] is one of the value's characters when the
// next byte is a quote too and another quote closes the value later on
// its line.
bool doubled_single_quote(std::string_view data, char q, std::uint64_t at) noexcept {
  if (q != '\'' || at + 2 >= data.size() || data[at] != '\'' || data[at + 1] != '\'') return false;
  for (std::uint64_t i = at + 2; i < data.size() && i < at + kMaxQuoted; ++i) {
    if (data[i] == '\n' || data[i] == '\r') return false;
    if (data[i] == '\'') return true;
  }
  return false;
}

// A quoted secret runs to its closing quote: the rule's value stops at a
// space, ',' or ';' (Hyperscan's start-of-match tracking keeps a quoted
// alternative out of the expression), but between quotes those are the
// value's own characters (POSTGRES_PASSWORD="Q,Pmjk6,YbK*SW6", a
// passphrase in password="ember iris ruby blossom"; the same between an
// XML element's tags). The closing quote is the opening one with as many
// backslashes before it (JSON-escaped once "\"", in a JSON string inside
// JSON the value's own quote is "\\\""), on the same line, at most
// kMaxQuoted bytes on; otherwise the value stays as it was. Fixed-shape
// tokens (Rule::token) are never extended.
std::uint64_t to_closing_quote(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs == 0 || ve >= data.size()) return ve;
  const char q = data[vs - 1];
  if (q == '>') {
    // An XML element's content runs to its end tag, whatever stopped the
    // rule's value: <passphrase>sapphire coral onyx harbor</passphrase>,
    // <password>ZnEe&amp;dHsG&gt;mJA7</password>, Jenkins' {AQAAAB...}.
    // Words and punctuation together are a description ("<passphrase>
    // optional; leave empty if not used.</passphrase>"): a value stopped
    // by anything but a space takes no space.
    const bool words = data[ve] == ' ';
    for (std::uint64_t i = ve; i + 1 < data.size() && i < vs + kMaxQuoted; ++i) {
      if (data[i] == '\n' || data[i] == '\r' || data[i] == '>' || (!words && (data[i] == ' ' || data[i] == '\t')))
        return ve;
      if (data[i] == '<') return data[i + 1] == '/' ? i : ve;
    }
    return ve;
  }
  // A Markdown code span (`X`, in a ticket, a wiki, a chat) quotes a
  // word: one without blanks, or it is a command (PASS=`openssl rand
  // -hex 16`).
  if (q == '`') {
    for (std::uint64_t i = ve; i < data.size() && i < vs + kMaxQuoted; ++i) {
      const char c = data[i];
      if (c == '`') return i;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return ve;
    }
    return ve;
  }
  if ((q != '"' && q != '\'') || (data[ve] == q && !doubled_single_quote(data, q, ve))) return ve;
  const std::uint64_t opener = backslashes_before(data, vs - 1);
  // Only where the rule's value stopped at a character a quoted value may
  // hold (Django's generated keys hold '(', ')' and '&', WordPress' salts
  // '|', '?' and '{' too), or at an escaped
  // quote of its own (JSON inside JSON); not at an escape the value's edges
  // were fitted to ("...\n"").
  const char stop = data[ve];
  if (stop == '\\') {
    std::uint64_t e = ve;
    while (e < data.size() && data[e] == '\\') ++e;
    // (a backslash before a mark that no syntax escapes is the value's
    // own: CQL's 'eNeMmf\#"U6rv' holds it, and the '"' after it)
    const bool own = e == ve + 1 && e < data.size() && data[e] != q && !ascii::is_alnum(data[e]) &&
                     data[e] != '\\' && data[e] != '/' && data[e] != '"' && data[e] != '\'' && data[e] != '\n';
    // (JSON's escaped solidus, "\/", is a '/' of the value: wp-cli's
    // --format=json prints a salt's slashes so)
    const bool solidus = e == ve + 1 && e < data.size() && data[e] == '/' && q == '"' && opener == 0;
    if (!own && !solidus && (e == data.size() || data[e] != q || e - ve == opener)) return ve;
  } else if (stop != ' ' && stop != '\t' && stop != ',' && stop != ';' && stop != '[' && stop != ']' &&
             stop != '}' && stop != '<' && stop != '>' && stop != '`' && stop != '"' && stop != '\'' && stop != '&' &&
             stop != '(' && stop != ')' && stop != '|' && stop != '?' && stop != '{') {
    return ve;
  }
  for (std::uint64_t i = ve; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r') return ve;
    // YAML's and SQL's single quotes write their own quote twice
    // ('GA!rl5''m&'): one of the value's characters, when a quote closes
    // the value later on its line.
    if (opener == 0 && doubled_single_quote(data, q, i)) {
      ++i;
      continue;
    }
    if (c == q && backslashes_before(data, i) == opener) return i - opener;
  }
  return ve;
}

// A value inside a shell word whose quote the key opened (smbclient -U
// 'CORP\svc%X', curl -u 'admin:X', openssl's -passout 'pass:X') runs to
// that quote's close, blanks and all: the quote is the value's carrier.
// The quote opens a shell word (a blank before it: not a config's
// admin_credentials="admin:X;radmin:Y", whose ';' ends X), and nothing
// between it and the value is a blank.
std::uint64_t to_opened_quote(std::string_view data, std::uint64_t key_start, std::uint64_t vs,
                              std::uint64_t ve) noexcept {
  if (vs == 0 || ve >= data.size() || data[vs - 1] == '"' || data[vs - 1] == '\'' || data[ve] == '\n') return ve;
  std::uint64_t o = vs;
  while (o > key_start && vs - o < 128) {
    const char c = data[o - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return ve;
    if (c == '"' || c == '\'') break;
    --o;
  }
  if (o <= key_start || o < 2) return ve;
  const char q = data[o - 1];
  if (data[o - 2] != ' ' && data[o - 2] != '\t') return ve;
  for (std::uint64_t i = ve; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r') return ve;
    if (c == q) return i;
  }
  return ve;
}

// A generated key on a config or header line runs to the line's end
// across the symbols that stop the rule's value: Django's 50 characters
// of [a-z0-9!@#$%^&*(-_=+)] ("api-key: 2#-uuvdco!w&(y#1cq...", "X-Auth-
// Token: p#(o=i@^u(z5@n9g..."). Not across a blank or a quote (a comment,
// code's arguments), nor to a line that ends in ',' or ';', and only for
// a value of such symbols, three or more: code's calls have none
// ("token = random.randrange(sys.maxsize)").
std::uint64_t key_line_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs == 0 || !key_line(data, vs)) return ve;
  std::uint64_t i = ve;
  std::size_t marks = 0;
  for (; i < data.size() && i < vs + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r') break;
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`') return ve;
  }
  if (i < data.size() && data[i] != '\n' && data[i] != '\r') return ve;
  if (i > ve && (data[i - 1] == ',' || data[i - 1] == ';')) return ve;
  for (std::uint64_t k = vs; k < i; ++k) {
    const char c = data[k];
    marks += c == '!' || c == '@' || c == '#' || c == '$' || c == '%' || c == '^' || c == '&' || c == '*' ||
             c == '=' || c == '+' || c == '~';
  }
  return marks >= 3 ? i : ve;
}

}  // namespace

// Where a secret's value ends in a query string or form body: at the
// "&key=" that starts the next field ("password=Pepper.68&remember=1&
// phone=..."), whose own values other rules judge. A password holding an
// unencoded "&word=" loses its tail to this; in those carriers it cannot
// hold one (it would be "%26").
std::uint64_t before_next_field(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  for (std::uint64_t i = vs; i + 2 < ve; ++i)
    if (next_field_at(data, i)) return i;  // at vs: an empty value ("password=&remember=1")
  return ve;
}

std::uint64_t generated_value_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  return key_line_end(data, vs, ve);
}

bool list_of_keys_at(std::string_view data, std::uint64_t key_start) noexcept {
  while (key_start > 0 && (upper(data[key_start - 1]) || digit(data[key_start - 1]) || data[key_start - 1] == '_'))
    --key_start;  // (the context may start inside the name: "_KEYS=")
  std::uint64_t i = key_start;
  while (i < data.size() && i - key_start < 64 && (upper(data[i]) || digit(data[i]) || data[i] == '_')) ++i;
  const std::string_view name = data.substr(key_start, i - key_start);
  bool plural = false;
  for (std::string_view end : {"_KEYS", "_SECRETS", "_TOKENS"})
    plural = plural || (name.size() > end.size() && name.substr(name.size() - end.size()) == end);
  while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) ++i;
  return plural && i < data.size() && data[i] == '=';
}

// MPD's password directive gives a password and its permissions
// ("password "X@read,add,control,admin""): the value ends before the
// last '@' when only permission words follow it; `end` otherwise.
std::uint64_t before_mpd_permissions(std::string_view data, std::uint64_t vs, std::uint64_t end) noexcept {
  const std::string_view v = data.substr(vs, end - vs);
  const std::size_t at = v.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == v.size()) return end;
  for (std::size_t p = at + 1; p < v.size();) {
    std::size_t e = v.find(',', p);
    if (e == std::string_view::npos) e = v.size();
    const std::string_view w = v.substr(p, e - p);
    if (w != "read" && w != "add" && w != "control" && w != "admin" && w != "player") return end;
    p = e + 1;
  }
  return vs + at;
}

std::uint64_t carried_value_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs == 0 || ve >= data.size() || ve <= vs) return ve;
  const char before = data[vs - 1];
  const char stop = data[ve];
  if (stop == '\n' || stop == '\r') return ve;
  // A table's cell ("| AUTH_KEY | X | constant |", WP-CLI's config list):
  // to the blank and '|' that close it, on the same line.
  if ((before == ' ' || before == '\t') && vs >= 2) {
    std::uint64_t b = vs - 1;
    while (b > 0 && (data[b - 1] == ' ' || data[b - 1] == '\t')) --b;
    if (b > 0 && data[b - 1] == '|') {
      for (std::uint64_t i = ve; i + 1 < data.size() && i < vs + kMaxQuoted; ++i) {
        if (data[i] == '\n' || data[i] == '\r') return ve;
        if ((data[i] == ' ' || data[i] == '\t') && data[i + 1] == '|') return i;
      }
      return ve;
    }
  }
  // A line of a command's output on its own (wp config get NAME, artisan
  // key:generate --show): to the line's end, less trailing blanks; not a
  // line of words or of more than two blanks (a shell history's next
  // command: ": 1703171858:0;smbclient //host/share -U ..."), where a
  // salt's one or two blanks part random runs.
  if (before == '\n') {
    std::uint64_t e = ve;
    while (e < data.size() && e < vs + kMaxQuoted && data[e] != '\n' && data[e] != '\r') ++e;
    if (e == data.size() || e >= vs + kMaxQuoted) return ve;
    while (e > ve && (data[e - 1] == ' ' || data[e - 1] == '\t')) --e;
    std::uint64_t letters = 0, blanks = 0;
    for (std::uint64_t i = vs; i < e; ++i) blanks += data[i] == ' ' || data[i] == '\t';
    if (blanks > 2) return ve;
    for (std::uint64_t i = vs; i <= e; ++i) {
      if (i < e && lower(data[i])) {
        ++letters;
        continue;
      }
      const bool piece_end = i == e || data[i] == ' ' || data[i] == '\t';
      if (piece_end && letters >= 4 && (i - letters == vs || data[i - letters - 1] == ' ' || data[i - letters - 1] == '\t'))
        return ve;
      letters = 0;
    }
    return e;
  }
  return to_closing_quote(data, vs, ve);
}

std::uint64_t after_public_id(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve <= vs || ve > data.size()) return vs;
  const std::string_view v = data.substr(vs, ve - vs);
  auto token = [](std::string_view t) {
    for (char c : t)
      if (!(ascii::is_alnum(c) || c == '_' || c == '-')) return false;
    return !t.empty();
  };
  // Elastic: 20, ':', 22
  if (v.size() == 43 && v[20] == ':' && token(v.substr(0, 20)) && token(v.substr(21))) return vs + 21;
  // Apollo: user:gh.NAME:X, service:GRAPH:X
  if (v.starts_with("user:") || v.starts_with("service:")) {
    const std::size_t last = v.rfind(':');
    if (last != v.find(':') && v.size() - last - 1 >= 16 && token(v.substr(last + 1))) return vs + last + 1;
  }
  // Unleash: project:environment.<64 hex>
  const std::size_t colon = v.find(':'), dot = v.rfind('.');
  if (colon != std::string_view::npos && dot != std::string_view::npos && colon < dot && v.size() - dot - 1 == 64) {
    for (std::size_t i = dot + 1; i < v.size(); ++i)
      if (!ascii::is_hex(v[i])) return vs;
    for (std::size_t i = 0; i < dot; ++i)
      if (!(ascii::is_alnum(v[i]) || v[i] == '_' || v[i] == '-' || v[i] == '*' || i == colon)) return vs;
    return vs + dot + 1;
  }
  return vs;
}

std::uint64_t url_segment_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs < 4 || ve > data.size() || data[vs - 1] != '/') return ve;
  const std::uint64_t ls = line_start(data, vs, 256);
  if (data.substr(ls, vs - ls).find("://") == std::string_view::npos) return ve;
  for (std::uint64_t i = vs; i < ve; ++i)
    if (data[i] == '/' || data[i] == '?' || data[i] == '#') return i;
  return ve;
}

std::uint64_t secret_value_end(std::string_view data, std::uint64_t key_start, std::uint64_t vs,
                               std::uint64_t ve) noexcept {
  if (vs == 0 || vs >= data.size()) return before_next_field(data, vs, ve);
  if (dsn_user(data, key_start, vs)) return before_dsn_address(data, vs, ve);
  if (user_before_host(data, key_start)) return before_last_at(data, vs, ve);
  const char q = data[vs - 1];
  std::uint64_t end = ve;
  if (const std::uint64_t quoted = to_opened_quote(data, key_start, vs, ve); quoted != ve)
    end = quoted;
  else if (q == '>' && vs >= 2 && (data[vs - 2] == ' ' || data[vs - 2] == '\t'))
    end = to_blank(data, vs, ve);  // a Redis ACL rule's ">X": one word
  else if (q == '"' || q == '\'' || q == '>' || q == '`')
    end = before_mpd_permissions(data, vs, to_closing_quote(data, vs, ve));
  else if (q == '=' && key_start < vs && list_separator_before(data, key_start) == ';')
    end = data[vs] == '{' ? to_closing_brace(data, vs, ve) : to_field_end(data, vs, ve);
  else if (q == '=' && properties_line_end(data, vs, ve) != ve)
    end = properties_line_end(data, vs, ve);
  else if ((((q == '=' || q == ':' || q == ' ' || q == '\t') && key_line(data, vs)) ||
            ((q == ' ' || q == '\t') && directive_line(data, vs))) &&
           to_line_end(data, vs, ve) != ve)
    end = to_line_end(data, vs, ve);
  else if (q == '/')
    end = before_connect_identifier(data, vs, ve);
  else if (q == '}')  // a passwd-file's "user:{PLAIN}X:uid:gid::home": one field
    end = to_field_colon(data, vs, ve);
  else if (after_command_flag(data, vs))
    end = shell_word_end(data, vs, ve);
  else
    end = without_closing_paren(
        data, vs, across_commas(data, vs, across_ampersands(data, vs, before_escaped_line_break(data, vs, ve))));
  if (const char sep = q == '=' ? list_separator_before(data, key_start) : '\0'; sep == ',' || sep == ':')
    if (const std::size_t cut = data.substr(vs, end - vs).find(sep); cut != std::string_view::npos) end = vs + cut;
  end = before_closing_tag(data, vs, end);
  // (an escaped line break again: the other carriers' ends may run over one;
  // a value its quotes close is no query string's: "password: 'or0K=Nt&rv55_S=F'",
  // .password("&kNYud=*6mvQ"))
  const bool closed = (q == '"' || q == '\'' || q == '`') && end < data.size() && data[end] == q;
  end = before_escaped_line_break(data, vs, app_password_end(data, vs, closed ? end : before_next_field(data, vs, end)));
  return before_cjk_text(data, vs, before_typographic_close(data, vs, end));
}

bool odbc_braced(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  // (in a connection string's ';'-separated list, or on odbc.ini's line
  // of its own: PWD={Fjord1861+})
  const bool ini_line = key_start < vs && (key_start == 0 || data[key_start - 1] == '\n') &&
                        (ve == data.size() || data[ve] == '\n' || data[ve] == '\r');
  return vs > 0 && ve >= vs + 3 && ve <= data.size() && data[vs - 1] == '=' && data[vs] == '{' && data[ve - 1] == '}' &&
         key_start < vs && (list_separator_before(data, key_start) == ';' || ini_line);
}

bool placeholder_default(std::string_view data, std::uint64_t& vs, std::uint64_t& ve) noexcept {
  if (data.substr(vs, 2) != "${") return false;
  std::uint64_t p = vs + 2;
  while (p < data.size() && p < vs + 66 && name_byte(data[p])) ++p;
  if (p == vs + 2 || p >= data.size() || data[p] != ':') return false;
  // A name is a property (spring.datasource.password) or a variable
  // (DB_PASSWORD); a lower-case word is a lookup's prefix, and what
  // follows it the variable's name (Log4j's ${env:SMTP_PASSWORD}).
  bool name = false;
  for (std::uint64_t i = vs + 2; i < p; ++i) name = name || upper(data[i]) || data[i] == '.' || data[i] == '_';
  if (!name) return false;
  ++p;
  // ${NAME:?message} fails when NAME is unset: the message is no default.
  if (p < data.size() && data[p] == '?') return false;
  if (p < data.size() && data[p] == '-') ++p;
  for (std::uint64_t i = p; i < data.size() && i < p + kMaxQuoted; ++i) {
    const char c = data[i];
    if (c == '\n' || c == '\r' || c == '{') return false;
    if (c == '}') {
      if (i == p) return false;
      vs = p;
      ve = i;
      return true;
    }
  }
  return false;
}

bool echo_key(std::string_view data, std::uint64_t key_start) noexcept {
  return data.substr(key_start, 5) == "echo " || data.substr(key_start, 5) == "echo\t";
}

bool printed_key(std::string_view data, std::uint64_t key_start) noexcept {
  return echo_key(data, key_start) || data.substr(key_start, 7) == "printf " || data.substr(key_start, 7) == "printf\t";
}

namespace {

// The rest of the line after "X' | " when the quoted value ending at ve
// is piped into a command; empty otherwise.
std::string_view piped_command(std::string_view data, std::uint64_t ve) noexcept {
  std::uint64_t i = ve;
  if (i < data.size() && (data[i] == '\'' || data[i] == '"')) ++i;
  auto blanks = [&] {
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) ++i;
  };
  blanks();
  if (i >= data.size() || data[i] != '|') return {};
  ++i;
  blanks();
  std::uint64_t eol = i;
  while (eol < data.size() && eol - i < 256 && data[eol] != '\n' && data[eol] != '\r') ++eol;
  return data.substr(i, eol - i);
}

}  // namespace

bool piped_to_a_secret_store(std::string_view data, std::uint64_t ve) noexcept {
  static constexpr std::string_view kStores[] = {
      "docker secret create", "podman secret create", "gcloud secrets versions add", "gcloud secrets create",
      "kubectl create secret", "vault kv put",        "vault write",                 "aws secretsmanager",
      "wrangler secret put",  "npx wrangler secret put", "fly secrets import",    "flyctl secrets import",
      "gh secret set",        "az keyvault secret set",  "pass insert",           "heroku config:set",
      "elasticsearch-keystore add", "kibana-keystore add", "logstash-keystore add",
  };
  const std::string_view rest = piped_command(data, ve);
  // (a command run by its path: bin/elasticsearch-keystore add ...)
  std::string_view named = rest;
  const std::size_t word_end = rest.find(' ');
  const std::size_t slash = rest.substr(0, word_end).rfind('/');
  if (slash != std::string_view::npos) named.remove_prefix(slash + 1);
  for (std::string_view c : kStores)
    if (rest.substr(0, c.size()) == c || named.substr(0, c.size()) == c) return true;
  return false;
}

int piped_to_a_password_prompt(std::string_view data, std::uint64_t ve) noexcept {
  const std::string_view rest = piped_command(data, ve);
  if (rest.empty()) return 0;
  // The command and what it must hold before the line ends.
  static constexpr struct {
    std::string_view command, needs;
  } kPrompts[] = {
      {"sudo ", "-S"},          {"sudo ", "--stdin"},   {"sudo ", "-kS"},  {"docker login", ""},
      {"podman login", ""},     {"nerdctl login", ""},  {"buildah login", ""}, {"helm registry login", ""},
      {"chpasswd", ""},         {"sudo chpasswd", ""},  {"passwd ", "--stdin"}, {"sudo passwd ", "--stdin"},
      {"kinit", ""},            {"ipa user-add ", "--password"}, {"ipa passwd ", ""}, {"ipa user-mod ", "--password"},
      {"openconnect", ""},      {"sudo openconnect", ""}, {"vncpasswd", ""}, {"smbpasswd ", "-s"},
  };
  for (const auto& p : kPrompts) {
    if (rest.substr(0, p.command.size()) != p.command) continue;
    if (p.needs.empty()) return p.command.find("chpasswd") != std::string_view::npos ? 2 : 1;
    // sudo's -S as a word of its own ("sudo -S systemctl ...", "sudo -u x -S")
    for (std::size_t at = rest.find(p.needs); at != std::string_view::npos; at = rest.find(p.needs, at + 1)) {
      const std::size_t end = at + p.needs.size();
      if (rest[at - 1] == ' ' && (end == rest.size() || rest[end] == ' ')) return 1;
    }
  }
  return 0;
}

std::uint64_t before_escaped_blank(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto hex_is = [&](std::uint64_t i, char hi, char lo) {
    return data[i + 1] == hi && (data[i + 2] == lo || data[i + 2] == lo + 32);
  };
  for (std::uint64_t i = vs + 1; i + 3 <= ve; ++i)
    if (data[i] == '%' && (hex_is(i, '0', 'D') || hex_is(i, '0', 'A') || (data[i + 1] == '0' && data[i + 2] == '9') ||
                           (data[i + 1] == '2' && data[i + 2] == '0')))
      return i;
  return ve;
}

bool secret_key_at(std::string_view data, std::uint64_t key_start) noexcept {
  if (data.substr(key_start, 6) != "secret") return false;
  std::uint64_t i = key_start + 6;
  while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) ++i;
  return i < data.size() && data[i] == '=';
}

bool bare_secret_key(std::string_view data, std::uint64_t key_start) noexcept {
  if (!secret_key_at(data, key_start)) return false;
  if (key_start == 0) return true;
  const char before = data[key_start - 1];
  return before == ' ' || before == '\t' || before == '\n' || before == ';' || before == '#';
}

namespace {

// Whether a hash algorithm's name stands after data[ve] on its line or the
// next (MD5, SHA-1, SHA256 ...; a whole word).
bool hash_algorithm_after(std::string_view data, std::uint64_t ve) noexcept {
  std::uint64_t end = ve;
  for (int lines = 0; end < data.size() && end - ve < 200; ++end)
    if (data[end] == '\n' && ++lines == 2) break;
  for (std::uint64_t i = ve; i < end; ++i) {
    if (i > ve && (lower(data[i - 1]) || upper(data[i - 1]) || digit(data[i - 1]))) continue;
    for (std::string_view algorithm : {"md5", "sha1", "sha-1", "sha256", "sha-256", "sha512", "sha-512"})
      if (lower_word_at(data, i, algorithm)) {
        const std::uint64_t after = i + algorithm.size();
        if (after >= data.size() || !(lower(data[after]) || upper(data[after]) || digit(data[after]) || data[after] == '_'))
          return true;
      }
  }
  return false;
}

// Whether data[vs, ve) is a hex digest: 32, 40, 64 or 128 hex digits
// (MD5, SHA-1, SHA-256, SHA-512), of one case.
bool hex_digest(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  const std::uint64_t n = ve - vs;
  if (ve <= vs || !(n == 32 || n == 40 || n == 64 || n == 128)) return false;
  bool lower_case = false, upper_case = false;
  for (std::uint64_t i = vs; i < ve; ++i) {
    const char c = data[i];
    if (c >= 'a' && c <= 'f') lower_case = true;
    else if (c >= 'A' && c <= 'F') upper_case = true;
    else if (!digit(c)) return false;
  }
  return !(lower_case && upper_case);
}

// Whether a hex digest data[vs, ve) is a stored password hash by what
// names it so: a hash algorithm named after it on its line or the next
// (Guacamole's password="..." encoding="md5", AKHQ's passwordHash: SHA256
// under its password:, a Google Workspace upload's "Password Hash
// Function" cell, SHA-1), a Tomcat user's password attribute (a digest
// when a CredentialHandler is set; a plain password is no hex digest),
// Pi-hole's WEBPASSWORD (its double SHA-256, always), GitLab Omnibus'
// PostgreSQL user passwords (MD5).
bool digest_named_a_hash(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (!hex_digest(data, vs, ve)) return false;
  std::uint64_t line = key_start;
  while (line > 0 && data[line - 1] != '\n' && key_start - line < 200) --line;
  if (data.substr(line, 12) == "WEBPASSWORD=") return true;
  // GitLab's Omnibus takes these as the MD5 hash gitlab-ctl pg-password-md5
  // prints (postgresql['sql_user_password'] = '...')
  const std::string_view key = data.substr(line, vs - line);
  if (ve - vs == 32)
    for (std::string_view name : {"['sql_user_password']", "['sql_replication_password']", "['pgbouncer_user_password']"})
      if (key.find(name) != std::string_view::npos) return true;
  for (std::uint64_t i = line; i + 6 <= key_start; ++i)
    if (data.substr(i, 6) == "<user ") return true;
  return hash_algorithm_after(data, ve);
}

// Whether the password data[vs, ve) is stored encrypted by the program
// whose file holds it: a Remmina connection profile's ([remmina] first:
// its passwords are base64 of what it encrypted with the key in
// remmina.pref), FileZilla's <Pass encoding="crypt" ...> (with its master
// password).
bool encrypted_by_its_program(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (data.substr(0, 9) == "[remmina]" && ve - vs >= 24 && secrets::base64_text(data.substr(vs, ve - vs))) return true;
  std::uint64_t open = key_start;
  while (open > 0 && data[open] != '<' && data[open] != '\n' && key_start - open < 256) --open;
  if (data[open] != '<') return false;
  const std::string_view element = data.substr(open, vs - open);
  return element.substr(0, 5) == "<Pass" && element.find("encoding=\"crypt\"") != std::string_view::npos;
}

// Whether data[vs, ve) is a command in backticks, whose output is the
// password (muttrc's set smtp_pass = "`pass show mail/work`").
bool command_in_backticks(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  return vs > 0 && ve > vs + 1 && data[vs - 1] == '`' && data[ve - 1] == '`' &&
         data.substr(vs, ve - vs).find(' ') != std::string_view::npos;
}

// Whether a value after ('DOMAIN\user', ...) has the first's shape too,
// DOMAIN\name: the next of a list of accounts or servers
// (@('SQL01\PROD', 'SQL02\PROD')), not the first's password.
bool another_domain_name(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (key_start >= vs || data[key_start] != '(' || data.substr(key_start, vs - key_start).find('\\') == std::string_view::npos)
    return false;
  std::uint64_t i = vs;
  if (i >= ve || !upper(data[i])) return false;
  while (i < ve && (upper(data[i]) || digit(data[i]) || data[i] == '-')) ++i;
  if (i - vs < 2 || i - vs > 16 || i >= ve || data[i] != '\\') return false;
  while (i < ve && data[i] == '\\') ++i;
  if (i >= ve) return false;
  for (; i < ve; ++i)
    if (!(lower(data[i]) || upper(data[i]) || digit(data[i]) || data[i] == '_' || data[i] == '.' || data[i] == '$' ||
          data[i] == '-'))
      return false;
  return true;
}

// Whether a key data[key_start, vs) says its value is a hash: a plugin
// named *_hash in SQL's IDENTIFIED WITH ... BY (ClickHouse's sha256_hash,
// double_sha1_hash, bcrypt_hash).
bool hashed_by_its_key(std::string_view data, std::uint64_t key_start, std::uint64_t vs) noexcept {
  if (vs <= key_start || vs - key_start > 200) return false;
  const std::string_view key = data.substr(key_start, vs - key_start);
  if (key.size() < 10 || (key[0] != 'I' && key[0] != 'i')) return false;
  for (std::string_view hash : {"_hash", "_HASH"})
    for (std::size_t at = key.find(hash); at != std::string_view::npos; at = key.find(hash, at + 1))
      if (at + 5 < key.size() && (key[at + 5] == ' ' || key[at + 5] == '\t')) return true;
  return false;
}

// Whether a key data[key_start, vs) is the passwd command's name and one
// blank ("sudo passwd deploy", "pveum passwd backup@pve --password X"):
// its argument is a user, not a password. Not FortiGate's and ProCurve's
// "set passwd X", nor a flag (x11vnc -passwd X) or a compound.
bool passwd_command_user(std::string_view data, std::uint64_t key_start, std::uint64_t vs) noexcept {
  // (the user may be quoted: getent passwd 'AD\lisa.berg')
  const bool quoted = vs == key_start + 8 && (data[key_start + 7] == '\'' || data[key_start + 7] == '"');
  if ((vs != key_start + 7 && !quoted) || data.substr(key_start, 7) != "passwd ") return false;
  if (key_start > 0 && data[key_start - 1] != ' ' && data[key_start - 1] != '\t' && data[key_start - 1] != '\n') return false;
  // the word before it on its line: FortiGate's and ProCurve's "set passwd X"
  std::uint64_t e = key_start;
  while (e > 0 && (data[e - 1] == ' ' || data[e - 1] == '\t')) --e;
  std::uint64_t b = e;
  while (b > 0 && data[b - 1] != ' ' && data[b - 1] != '\t' && data[b - 1] != '\n') --b;
  return data.substr(b, e - b) != "set";
}

// Whether the key data[key_start, vs) is the wpa_passphrase command and
// its blanks ("wpa_passphrase Ladan-IoT"): its first argument is the
// network's SSID (the passphrase is its second, or read from stdin); not
// hostapd's wpa_passphrase=X.
bool wpa_passphrase_ssid(std::string_view data, std::uint64_t key_start, std::uint64_t vs) noexcept {
  constexpr std::string_view kCommand = "wpa_passphrase";
  // (looked for right before the key only: this runs for every candidate)
  const std::uint64_t from = key_start > kCommand.size() ? key_start - kCommand.size() : 0;
  if (vs <= from) return false;
  const std::size_t found = data.substr(from, vs - from).rfind(kCommand);
  if (found == std::string_view::npos || from + found + kCommand.size() >= vs) return false;
  for (std::uint64_t i = from + found + kCommand.size(); i < vs; ++i)
    if (data[i] != ' ' && data[i] != '\t') return false;
  return true;
}

// Whether data[vs, ve) is the host pattern of rancid's .cloginrc line
// "add password HOST {X} {Y}": its key is "password" after "add" at the
// line's start and a braced value follows it. (The passwords are read
// from the braces by their own context.)
bool cloginrc_host(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve >= data.size() || vs < key_start + 9 || data.substr(key_start, 8) != "password") return false;
  std::uint64_t b = key_start;
  while (b > 0 && (data[b - 1] == ' ' || data[b - 1] == '\t')) --b;
  // (at the line's start, or commented out: "#add password ...")
  if (b < 3 || data.substr(b - 3, 3) != "add" || (b > 3 && data[b - 4] != '\n' && data[b - 4] != '#')) return false;
  std::uint64_t a = ve;
  while (a < data.size() && (data[a] == ' ' || data[a] == '\t')) ++a;
  return a > ve && a < data.size() && data[a] == '{';
}

// Whether the value ending at data[ve] is followed on its line by the
// name of the hash it is stored as (Cisco ASA's "username NAME password
// HASH pbkdf2", "... encrypted", "nt-encrypted"): a hash, no password.
bool stored_hash_after(std::string_view data, std::uint64_t ve) noexcept {
  std::uint64_t a = ve;
  while (a < data.size() && (data[a] == ' ' || data[a] == '\t')) ++a;
  if (a == ve) return false;
  for (std::string_view type : {"pbkdf2", "encrypted", "nt-encrypted"})
    if (data.substr(a, type.size()) == type &&
        (a + type.size() == data.size() || data[a + type.size()] == ' ' || data[a + type.size()] == '\r' ||
         data[a + type.size()] == '\n'))
      return true;
  return false;
}

// Whether a password's key, data[key_start, vs), read from a password
// word over a few words of prose, ends in a user name's label: "lösenordet
// jag använde var X. Användarnamn: Y": Y is the user, not the password.
bool after_user_name_label(std::string_view data, std::uint64_t key_start, std::uint64_t vs) noexcept {
  if (vs <= key_start || vs - key_start > 200) return false;
  std::uint64_t e = vs;
  while (e > key_start && (data[e - 1] == ' ' || data[e - 1] == '\t' || data[e - 1] == ':' || data[e - 1] == '=' ||
                           data[e - 1] == '"' || data[e - 1] == '\'' || data[e - 1] == '`'))
    --e;
  std::uint64_t b = e;
  while (b > key_start && (lower(data[b - 1]) || upper(data[b - 1]) || static_cast<unsigned char>(data[b - 1]) >= 0x80))
    --b;
  // (the label is the key's last word, after a password word that opened it)
  if (b == key_start || e == b) return false;
  // (not "user" or "login" alone: "Password for user: X" names whose it is)
  for (std::string_view name : {"username", "anv\xC3\xA4ndarnamn", "benutzername", "brukernavn", "brugernavn",
                                "gebruikersnaam", "k\xC3\xA4ytt\xC3\xA4j\xC3\xA4tunnus"})
    if (e - b == name.size() && lower_word_at(data, b, name)) return true;
  return false;
}

// A document's type in an attribute, typ="PASS" (a passport: the
// Swedish Tax Agency's Identitetshandling typ="PASS" land="PL">X<): the
// word is the attribute's whole value, in capitals, and names no key.
bool type_attribute_value(std::string_view data, std::uint64_t key_start) noexcept {
  if (key_start < 2 || data[key_start - 1] != '"' || data[key_start - 2] != '=') return false;
  std::uint64_t i = key_start;
  while (i < data.size() && ascii::is_upper(data[i])) ++i;
  if (i == key_start || i >= data.size() || data[i] != '"') return false;
  const std::uint64_t name_end = key_start - 2;
  std::uint64_t name = name_end;
  while (name > 0 && ascii::is_alpha(data[name - 1])) --name;
  const std::string_view attribute = data.substr(name, name_end - name);
  return attribute == "typ" || attribute == "type" || attribute == "Typ" || attribute == "Type";
}

}  // namespace

bool digest_with_its_algorithm(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  return hex_digest(data, vs, ve) && hash_algorithm_after(data, ve);
}

// A "password" that seals a session or a cookie (nuxt-auth-utils'
// sessionPassword, iron-session's, OpenSearch Dashboards'
// cookie.password): a generated key of 32 characters or more, the generic
// secret rule's (its context names them), no one's login.
bool sealing_password_name(std::string_view data, std::uint64_t key_start) noexcept {
  std::uint64_t from = key_start;
  while (from > 0 && key_start - from < 32 && name_byte(data[from - 1])) --from;
  std::uint64_t p = key_start;
  while (p < data.size() && p - key_start < 32 && !lower_word_at(data, p, "pass") && name_byte(data[p])) ++p;
  if (!lower_word_at(data, p, "pass")) return false;
  std::uint64_t w = p;
  if (w > from && (data[w - 1] == '_' || data[w - 1] == '.' || data[w - 1] == '-')) --w;
  for (std::string_view word : {"session", "cookie"})
    if (w >= from + word.size() && lower_word_at(data, w - word.size(), word)) return true;
  return false;
}

bool no_password_here(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  return type_attribute_value(data, key_start) || sealing_password_name(data, key_start) || hashed_by_its_key(data, key_start, vs) ||
         digest_named_a_hash(data, key_start, vs, ve) || encrypted_by_its_program(data, key_start, vs, ve) ||
         command_in_backticks(data, vs, ve) || another_domain_name(data, key_start, vs, ve) ||
         passwd_command_user(data, key_start, vs) || cloginrc_host(data, key_start, vs, ve) || stored_hash_after(data, ve) ||
         after_user_name_label(data, key_start, vs) || wpa_passphrase_ssid(data, key_start, vs);
}

namespace {
// Whether a comment or a sentence calls what it gives an example, a
// sample, a placeholder, a dummy or a fake, or not secret, not a
// credential, not the token.
// `prose`: a word of prose only, between blanks or punctuation, not a
// name's (db.example.com, sample-app, user@example.org).
bool calls_it_an_example(std::string_view text, bool prose = false) noexcept {
  auto joins = [&](char c) { return prose && (c == '.' || c == '-' || c == '@' || c == '=' || digit(c)); };
  for (std::size_t at = 0; at < text.size(); ++at)
    for (std::string_view word : {"example", "sample", "placeholder", "dummy", "fake", "not real", "not a real",
                                  "not secret", "not a secret", "not sensitive", "not a credential", "not the token",
                                  "not the tokens"})
      if (lower_word_at(text, at, word) && (at == 0 || !(lower(text[at - 1]) || upper(text[at - 1]) || joins(text[at - 1])))) {
        // (a whole word: not "see examples/", "sample_rate")
        const std::size_t after = at + word.size();
        const char c = after < text.size() ? text[after] : ' ';
        if (!(lower(c) || upper(c) || digit(c) || c == '/' || c == '_' || (joins(c) && !(c == '.' && (after + 1 == text.size() || text[after + 1] == ' ')))))
          return true;
      }
  return false;
}

// Whether a sentence gives a digest of the secret, not the secret ("é só
// o SHA-256 do token: X", "the hash of the key: X"): a digest's name, then
// "of" in English, Portuguese, Spanish, French, German or Swedish.
bool digest_of_it(std::string_view text) noexcept {
  for (std::size_t at = 0; at < text.size(); ++at)
    for (std::string_view digest : {"sha-256", "sha256", "sha-1", "sha1", "md5", "hash", "digest", "checksum"})
      if (lower_word_at(text, at, digest) && (at == 0 || text[at - 1] == ' ')) {
        const std::string_view rest = text.substr(at + digest.size());
        for (std::string_view of : {" of ", " do ", " da ", " de ", " du ", " von ", " av "})
          if (rest.size() >= of.size() && rest.substr(0, of.size()) == of) return true;
      }
  return false;
}
}  // namespace

bool example_by_its_comment(std::string_view data, std::uint64_t ve) noexcept {
  std::uint64_t i = ve;
  const std::uint64_t end = std::min<std::uint64_t>(data.size(), ve + 160);
  // Past the value's closing quote, ',' or a statement's ';' to the blanks
  // before a comment.
  while (i < end && (data[i] == '"' || data[i] == '\'' || data[i] == ',' || data[i] == ';')) ++i;
  const std::uint64_t blanks = i;
  while (i < end && (data[i] == ' ' || data[i] == '\t')) ++i;
  if (i == blanks || i >= end) return false;
  if (data[i] == '#') {
    ++i;
  } else if (i + 1 < end && data[i] == '/' && data[i + 1] == '/') {
    i += 2;
  } else if (i + 2 < end && data[i] == '-' && data[i + 1] == '-' && data[i + 2] == ' ') {  // Lua's, SQL's, Ada's
    i += 3;
  } else {
    return false;
  }
  std::uint64_t e = i;
  while (e < end && data[e] != '\n') ++e;
  const std::string_view comment = data.substr(i, e - i);
  // (a comment that opens calling it public: Pusher's key, "// public,
  // also in the client bundle")
  std::size_t first = 0;
  while (first < comment.size() && comment[first] == ' ') ++first;
  if (lower_word_at(comment, first, "public") &&
      (first + 6 == comment.size() || !(lower(comment[first + 6]) || upper(comment[first + 6]) || comment[first + 6] == '_')))
    return true;
  // (or calls it client-side: Paddle's clientToken, "// client-side
  // token, public")
  for (std::size_t at = 0; at + 11 <= comment.size(); ++at)
    if (lower_word_at(comment, at, "client-side") && (at == 0 || comment[at - 1] == ' ')) return true;
  return calls_it_an_example(comment);
}

bool secret_ids_list_item(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto uuid = [&](std::uint64_t at) {
    if (at + 36 > data.size()) return false;
    for (std::uint64_t i = 0; i < 36; ++i) {
      const char c = data[at + i];
      if ((i == 8 || i == 13 || i == 18 || i == 23) ? c != '-' : !ascii::is_hex(c)) return false;
    }
    return true;
  };
  if (ve - vs != 36 || !uuid(vs)) return false;
  // Up the list's items ("  - <uuid>") to the key that holds them.
  std::uint64_t at = line_start(data, vs, 64);
  for (int n = 0; n < 32 && at > 0; ++n) {
    at = line_start(data, at - 1, 256);
    std::uint64_t i = at;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) ++i;
    const bool item = i + 2 < data.size() && data[i] == '-' && data[i + 1] == ' ' && uuid(i + 2);
    if (!item) {
      std::uint64_t e = i;
      while (e < data.size() && data[e] != '\n' && data[e] != '\r') ++e;
      while (e > i && (data[e - 1] == ' ' || data[e - 1] == '\t')) --e;
      return e - i == 8 && lower_word_at(data, i, "secrets:");
    }
  }
  return false;
}

bool example_by_its_introduction(std::string_view data, std::uint64_t vs) noexcept {
  const std::uint64_t ls = line_start(data, vs, 256);
  if (calls_it_an_example(data.substr(ls, vs - ls), true) || digest_of_it(data.substr(ls, vs - ls))) return true;
  // A commented line (a sample kept in a config's comment) belongs to the
  // comment block above it: up to three lines of it.
  auto comment_line = [&](std::uint64_t from) {
    while (from < data.size() && (data[from] == ' ' || data[from] == '\t')) ++from;
    return from < data.size() && (data[from] == '#' || data[from] == ';' || data.substr(from, 2) == "//" ||
                                  data.substr(from, 3) == "-- ");
  };
  if (!comment_line(ls)) return false;
  std::uint64_t at = ls;
  for (int n = 0; n < 3 && at > 0; ++n) {
    const std::uint64_t above = line_start(data, at - 1, 256);
    if (!comment_line(above)) return false;
    if (calls_it_an_example(data.substr(above, at - 1 - above), true)) return true;
    at = above;
  }
  return false;
}

bool bare_secret_key_name(std::string_view data, std::uint64_t key_start) noexcept {
  if (!lower_word_at(data, key_start, "secret")) return false;
  std::uint64_t i = key_start + 6;
  if (lower_word_at(data, i, " is ")) return true;  // (prose)
  if (i < data.size() && (data[i] == '_' || data[i] == '.' || data[i] == '-' || data[i] == ' ')) ++i;
  return lower_word_at(data, i, "key");
}

bool google_storage_key_name(std::string_view data, std::uint64_t key_start) noexcept {
  std::uint64_t at = key_start;
  if (!(at + 2 <= data.size() && lower_word_at(data, at, "gs") && data[at + 2] == '_')) {
    if (at < 2 || !(at < data.size() && data[at] == '_')) return false;
    at -= 2;
    if (!lower_word_at(data, at, "gs")) return false;
  }
  return at == 0 || !(lower(data[at - 1]) || upper(data[at - 1]) || (data[at - 1] >= '0' && data[at - 1] <= '9'));
}

bool minio_key_name(std::string_view data, std::uint64_t key_start) noexcept {
  std::uint64_t from = key_start, to = key_start;
  while (from > 0 && key_start - from < 64 && name_byte(data[from - 1])) --from;
  while (to < data.size() && to - key_start < 64 && name_byte(data[to])) ++to;
  for (std::uint64_t i = from; i + 5 <= to; ++i)
    if (lower_word_at(data, i, "minio")) return true;
  return false;
}

bool typed_shared_secret(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve <= vs || ve - vs >= 32) return false;
  bool mark = false;
  for (std::uint64_t i = vs; i < ve; ++i) {
    const char c = data[i];
    mark = mark || !(lower(c) || upper(c) || digit(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '.' ||
                     c == '-');
  }
  if (!mark) return false;
  const KeyBefore k = key_before(
      data, vs, 8, [](char c) { return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ':' || c == '='; },
      [](char c) { return lower(c) || upper(c) || digit(c) || c == '_' || c == '-'; });
  if (k.name.empty() || k.joiner_bytes == 0) return false;
  for (std::string_view name : {"secret", "key", "shared-secret", "shared_secret", "ipsec-secret", "psk"})
    if (ascii::iequals(k.name, name)) return true;
  return false;
}

bool aws_named_before(std::string_view data, std::uint64_t vs) noexcept {
  const std::uint64_t from = vs > 2048 ? vs - 2048 : 0;
  const std::string_view before = data.substr(from, vs - from);
  for (std::uint64_t i = 0; i + 2 <= before.size(); ++i) {
    for (std::string_view name : {"akia", "asia", "aws", "amazon", "minio"})
      if (lower_word_at(before, i, name)) return true;
    if (lower_word_at(before, i, "s3") && (i + from == 0 || !(lower(data[i + from - 1]) || upper(data[i + from - 1]))))
      return true;
  }
  return false;
}

}  // namespace privguard::core
