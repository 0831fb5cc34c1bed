#include "bearer_names.h"

#include <algorithm>

#include "ascii.h"
#include "find_bytes.h"
#include "key_before.h"
#include "validators_secrets.h"

namespace privguard::core {
namespace {

bool name_char(char c) noexcept { return ascii::is_alnum(c) || c == '_'; }

// Whether the name at data[at] is an Erlang macro's: -define(NAME, "...").
bool erlang_macro_at(std::string_view data, std::uint64_t at) noexcept {
  return at >= 8 && data.compare(at - 8, 8, "-define(") == 0;
}

// Where the name that starts at data[j] ends. A Lisp's names join words
// with '-' (Clojure's access-token, Racket's kalender-token): a '-'
// between a letter or digit and a letter is inside the name.
std::uint64_t name_end(std::string_view data, std::uint64_t j) noexcept {
  std::uint64_t w = j;
  for (;;) {
    while (w < data.size() && name_char(data[w])) ++w;
    if (!(w > j && w + 1 < data.size() && data[w] == '-' && ascii::is_alnum(data[w - 1]) && ascii::is_alpha(data[w + 1])))
      return w;
    ++w;
  }
}

// `name` (inside data) with the words a '-' joins before it (name_end).
std::string_view with_words_before(std::string_view data, std::string_view name) noexcept {
  if (name.empty() || !ascii::is_alpha(name[0])) return name;
  std::uint64_t from = static_cast<std::uint64_t>(name.data() - data.data());
  const std::uint64_t end = from + name.size();
  while (from >= 2 && data[from - 1] == '-' && ascii::is_alnum(data[from - 2]) && end - from < 64) {
    std::uint64_t s = from - 1;
    while (s > 0 && name_char(data[s - 1])) --s;
    if (!ascii::is_alpha(data[s])) break;
    from = s;
  }
  return data.substr(from, end - from);
}

}  // namespace

std::string_view value_name(std::string_view data, std::uint64_t vs) noexcept {
  // (R's "<-" assigns too: sales_token <- "...")
  auto joiner = [](char c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '=' || c == ':' || c == '>' || c == '?' ||
           c == '|' || c == '<' || c == '-';
  };
  const std::string_view name = key_before(data, vs, 8, joiner, name_char).name;
  if (name.empty()) {
    // (Erlang's macro: -define(TOKEN, "..."))
    std::uint64_t p = std::min<std::uint64_t>(vs, data.size());
    while (p > 0 && vs - p < 4 && (data[p - 1] == '"' || data[p - 1] == ' ' || data[p - 1] == '\'')) --p;
    if (p > 0 && data[p - 1] == ',') {
      const std::string_view macro = key_before(data, p - 1, 1, joiner, name_char).name;
      const std::uint64_t at = static_cast<std::uint64_t>(macro.data() - data.data());
      if (!macro.empty() && erlang_macro_at(data, at)) return macro;
    }
  }
  return with_words_before(data, name);
}

namespace {

// The field a Spring @Value("${key:DEFAULT}") annotation on data[vs]'s
// line gives its default to: the name before the ';' of the declaration
// after it (on the same line or the next: "private String workshopToken;");
// empty when the line holds no such annotation.
std::string_view annotated_field(std::string_view data, std::uint64_t vs) noexcept {
  std::uint64_t ls = vs;
  while (ls > 0 && vs - ls < 160 && data[ls - 1] != '\n') --ls;
  const std::uint64_t at = find_bytes(data.substr(0, vs), "@Value(\"${", ls);
  if (at == std::string_view::npos) return {};
  int lines = 0;
  for (std::uint64_t e = vs; e < data.size() && e - vs < 200; ++e) {
    if (data[e] == '\n' && ++lines > 1) break;
    if (data[e] == ';' || (data[e] == '=' && lines == 1)) {
      auto blank = [](char c) { return c == ' ' || c == '\t'; };
      return key_before(data, e, 8, blank, name_char).name;
    }
  }
  return {};
}

// Whether the line that starts at data[ls] goes on with the expression of
// the line before it: it opens with a conditional's or a fallback's
// operator ("    ? _stationMapToken", "    ?? KIOSK_TOKEN", "  || TOKEN").
bool continues_the_line_before(std::string_view data, std::uint64_t ls) noexcept {
  while (ls < data.size() && (data[ls] == ' ' || data[ls] == '\t')) ++ls;
  if (ls + 1 >= data.size()) return false;
  const char c = data[ls], d = data[ls + 1];
  return (c == '?' && d != '.') || (c == ':' && d != ':') || (c == '|' && d == '|');
}

std::string_view assigned_name_at(std::string_view data, std::uint64_t vs, int lines_up) noexcept;

}  // namespace

std::string_view assigned_name(std::string_view data, std::uint64_t vs) noexcept {
  return assigned_name_at(data, vs, 2);
}

namespace {

std::string_view assigned_name_at(std::string_view data, std::uint64_t vs, int lines_up) noexcept {
  // Back to the line's first '=' that assigns (not ==, !=, <=, >=, =>).
  vs = std::min<std::uint64_t>(vs, data.size());
  std::uint64_t eq = UINT64_MAX;
  for (std::uint64_t e = vs; e > 1 && vs - e < 96 && data[e - 1] != '\n'; --e) {
    const char before = data[e - 2], at = data[e - 1], after = e < data.size() ? data[e] : ' ';
    if (at == '=' && before != '=' && before != '!' && before != '<' && before != '>' && after != '=' && after != '>')
      eq = e - 1;
  }
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == ':'; };
  // Or, with no '=', before a declaration's TYPE (ABAP's "lc_token TYPE
  // string VALUE '...'").
  if (eq == UINT64_MAX) {
    for (std::uint64_t e = vs; e > 1 && vs - e < 96 && data[e - 1] != '\n'; --e)
      if (e >= 6 && data.compare(e - 6, 6, " TYPE ") == 0) eq = e - 5;
    if (eq != UINT64_MAX) return key_before(data, eq, 8, blank, name_char).name;
    if (const std::string_view field = annotated_field(data, vs); !field.empty()) return field;
    // (a conditional's branch on a line of its own: the assignment it
    // continues is the line before's)
    std::uint64_t ls = vs;
    while (ls > 0 && vs - ls < 96 && data[ls - 1] != '\n') --ls;
    if (lines_up > 0 && ls > 0 && data[ls - 1] == '\n' && continues_the_line_before(data, ls))
      return assigned_name_at(data, ls - 1, lines_up - 1);
    return {};
  }
  std::string_view name = key_before(data, eq, 8, blank, name_char).name;
  // (a typed declaration's type is no name: VB's "Const ApiToken As
  // String = ...")
  std::uint64_t at = static_cast<std::uint64_t>(name.data() - data.data());
  if (at >= 4 && (data.compare(at - 4, 4, " As ") == 0 || data.compare(at - 4, 4, " as ") == 0))
    return key_before(data, at - 3, 8, blank, name_char).name;
  // (nor is a type after ':': Rust's const NAME: &str = "...", TypeScript's
  // const NAME: string = "...")
  while (at > 0 && (data[at - 1] == '&' || data[at - 1] == ' ' || data[at - 1] == '\t')) --at;
  if (at > 1 && data[at - 1] == ':' && data[at - 2] != ':') {
    auto blank_only = [](char c) { return c == ' ' || c == '\t'; };
    const std::string_view before = key_before(data, at - 1, 8, blank_only, name_char).name;
    if (!before.empty()) return before;
  }
  return name;
}

constexpr std::string_view kBearer = "bearer";

// Whether data[i] starts the word "bearer" (any case, not inside a word
// but at a camelCase word's start: SetCommonBearerAuthToken); then `n` is
// its length with a wrapper's name that goes on after it
// (OAuth2BearerToken(NAME), setBearerAuthentication: NAME,
// with_bearer_token(NAME), .bearer_auth(NAME), SetBearerAuthToken(NAME)).
bool bearer_at(std::string_view data, std::uint64_t i, std::size_t& n) noexcept {
  if (i + kBearer.size() > data.size() || (data[i] | 0x20) != 'b') return false;
  n = 1;
  while (n < kBearer.size() && ascii::to_lower(data[i + n]) == kBearer[n]) ++n;
  if (n < kBearer.size() ||
      (i > 0 && ascii::is_alpha(data[i - 1]) && !(data[i] == 'B' && data[i - 1] >= 'a' && data[i - 1] <= 'z')))
    return false;
  for (std::string_view w : {"_token", "token", "authentication", "authtoken", "auth", "_auth", "-auth"}) {
    std::size_t m = 0;
    while (m < w.size() && i + n + m < data.size() && ascii::to_lower(data[i + n + m]) == w[m]) ++m;
    if (m == w.size()) {
      n += m;
      break;
    }
  }
  return !(i + n < data.size() && name_char(data[i + n]));
}

// Clients' calls and options that send their argument as a bearer token
// without the word: resty's SetAuthToken(NAME) (its default scheme is
// Bearer), Laravel's Http::withToken(NAME), RestSharp's
// JwtAuthenticator(NAME), clj-http's :oauth-token NAME.
constexpr std::string_view kSenders[] = {"SetAuthToken(", "withToken(", "JwtAuthenticator(", ":oauth-token "};

// Whether data[i] starts "bearer" (bearer_at) or one of kSenders, not
// inside a word; then `n` is its length.
bool sender_at(std::string_view data, std::uint64_t i, std::size_t& n) noexcept {
  if (bearer_at(data, i, n)) return true;
  if (i > 0 && name_char(data[i - 1])) return false;
  for (std::string_view s : kSenders)
    if (data.size() - i >= s.size() && data[i] == s[0] && data.compare(i, s.size(), s) == 0) {
      n = s.size();
      return true;
    }
  return false;
}

// Calls at(i, n) for each sender (sender_at) that starts in [from, to),
// found by memmem ("earer" or "EARER" after its 'b', then each of
// kSenders), until it returns true; returns whether one did.
template <class At>
bool each_sender(std::string_view data, std::uint64_t from, std::uint64_t to, At at) noexcept {
  auto each = [&](std::string_view needle, std::uint64_t back) {
    for (std::uint64_t p = find_bytes(data, needle, from + back, to); p != std::string_view::npos;
         p = find_bytes(data, needle, p + needle.size(), to)) {
      std::size_t n = 0;
      if (sender_at(data, p - back, n) && at(p - back, n)) return true;
    }
    return false;
  };
  if (each("earer", 1) || each("EARER", 1)) return true;
  for (std::string_view s : kSenders)
    if (each(s, 0)) return true;
  return false;
}

// The names the "bearer" at data[i], n bytes long, sends: the first word
// after it within 24 bytes on its line, past quotes, operators, brackets,
// a format's %s and escapes (\n), and each of up to two qualifiers after
// it (Self.previewToken, this.config.token, self::TOKEN, $this->token);
// `each(name)` is called for each, the first word first, until it returns
// true. PowerShell's "Bearer -Token $NAME" sends NAME. None when the word
// is a key being given a value (a token response's "token_type":"Bearer",
// "refresh_token":"..."), but for a "token" key's (Hono's bearerAuth({
// token: NAME })). Also superagent's .auth(NAME, { type: 'bearer' }): the
// call's first argument.
template <class Each>
bool each_name_sent(std::string_view data, std::uint64_t i, std::size_t n, std::uint64_t to, Each each) noexcept {
  constexpr std::uint64_t kGap = 24;
  // (.auth(NAME, { type: 'bearer' }))
  if (i >= 8 && (data[i - 1] == '\'' || data[i - 1] == '"')) {
    std::uint64_t b = i - 1;
    const std::uint64_t stop = i > 64 ? i - 64 : 0;
    while (b > stop && data[b - 1] != '\n' && data[b - 1] != '(') --b;
    if (b >= 6 && data[b - 1] == '(' && data.compare(b - 6, 5, ".auth") == 0) {
      std::uint64_t e = b;
      while (e < i && name_char(data[e])) ++e;
      if (e > b && e < i && data[e] == ',' && data.substr(e, i - e).find("type") != std::string_view::npos &&
          each(data.substr(b, e - b)))
        return true;
    }
  }
  std::uint64_t j = i + n;
  const std::uint64_t end = std::min<std::uint64_t>(to, j + kGap);
  // (ObjectScript's '_' joins strings: "Bearer "_..#TOKEN)
  while (j < end && data[j] != '\n' &&
         (!name_char(data[j]) || (data[j] == '_' && j + 1 < end && !name_char(data[j + 1]) && data[j + 1] != '-'))) {
    if ((data[j] == '%' || data[j] == '\\') && j + 1 < end && ascii::is_alpha(data[j + 1])) ++j;
    ++j;
  }
  if (j >= end) return false;
  // (PowerShell's Invoke-RestMethod -Authentication Bearer -Token $NAME:
  // the name is the parameter's argument)
  if (j > i + n && data[j - 1] == '-' && data.size() - j > 6 && ascii::iequals(data.substr(j, 5), "token") &&
      (data[j + 5] == ' ' || data[j + 5] == '\t')) {
    std::uint64_t k = j + 5;
    while (k < data.size() && k - j < 12 && (data[k] == ' ' || data[k] == '\t')) ++k;
    if (k >= data.size() || data[k] != '$') return false;
    j = k + 1;
  }
  bool keyed = false;
  std::uint64_t last_end = j, first = j, first_end = j;
  for (int hop = 0; hop < 3; ++hop) {
    const std::uint64_t w = name_end(data, j);
    if (w == j) return false;
    if (hop == 0) first = j, first_end = w;
    std::uint64_t k = w;
    while (k < data.size() && (data[k] == '"' || data[k] == '\'' || data[k] == ' ')) ++k;
    // (a quote that closes the string holding "Bearer" and the name, then
    // ':', is a conditional's: kDebug ? 'Bearer $_token' : null)
    const bool closes = w < data.size() && (data[w] == '"' || data[w] == '\'') && data[j - 1] != '"' &&
                        data[j - 1] != '\'' && k < data.size() && data[k] == ':';
    // (nor is a keyword after a blank: clj-http's {:oauth-token NAME :accept :json})
    const bool keyword = k > w && data[k] == ':' && data[k - 1] == ' ' && k + 1 < data.size() && ascii::is_alpha(data[k + 1]);
    if (!closes && !keyword && k < data.size() && (data[k] == ':' || data[k] == '=') &&
        !(k + 1 < data.size() && data[k + 1] == ':')) {
      // (a "token" key's value: the name after it, once)
      const std::string_view key = data.substr(j, w - j);
      if (keyed || hop > 0 || !(ascii::iequals(key, "token") || ascii::iequals(key, "tokens"))) return false;
      keyed = true;
      j = k + 1;
      while (j < data.size() && j - k < 8 && (data[j] == ' ' || data[j] == '\t' || data[j] == '[')) ++j;
      hop = -1;
      continue;
    }
    if (each(data.substr(j, w - j))) return true;
    last_end = w;
    // (the next qualifier: '.', "::" or "->")
    std::uint64_t q = w;
    if (q + 1 < data.size() && data[q] == '.') q += 1;
    else if (q + 2 < data.size() && ((data[q] == ':' && data[q + 1] == ':') || (data[q] == '-' && data[q + 1] == '>')))
      q += 2;
    if (hop == 2 || q == w || q >= data.size() || !name_char(data[q])) break;
    j = q;
  }
  // A conditional call's branches, the names after its commas: VB's
  // ("Bearer", If(prod, ProdToken, TestToken)), IIf(...), R's ifelse(...).
  const std::string_view call = data.substr(first, first_end - first);
  if (first_end < data.size() && data[first_end] == '(' &&
      (call == "If" || ascii::iequals(call, "iif") || call == "ifelse" || call == "if_else")) {
    int depth = 0;
    for (std::uint64_t p = first_end + 1; p < data.size() && p - first_end < 160 && data[p] != '\n'; ++p) {
      if (data[p] == '(') ++depth;
      else if (data[p] == ')' && depth-- == 0) break;
      else if (data[p] == ',' && depth == 0) {
        std::uint64_t b = p + 1;
        while (b < data.size() && (data[b] == ' ' || data[b] == '\t')) ++b;
        const std::uint64_t e = name_end(data, b);
        if (e > b && each(data.substr(b, e - b))) return true;
      }
    }
  }
  // The names a fallback sends, later on the line (before a ';'): after
  // "??", "||", a conditional's " ? " and " : ", or Python's " else "
  // ("Bearer " + (session != null ? session : QA_TOKEN), `Bearer ${env.TOKEN
  // ?? FALLBACK_TOKEN}`, "Bearer " + (LIVE if prod else SANDBOX)).
  const std::uint64_t stop = std::min<std::uint64_t>(data.size(), last_end + 80);
  for (std::uint64_t p = last_end; p + 1 < stop && data[p] != '\n' && data[p] != ';';) {
    std::uint64_t op = 0;
    if ((data[p] == '?' && data[p + 1] == '?') || (data[p] == '|' && data[p + 1] == '|')) op = 2;
    else if ((data[p] == '?' || data[p] == ':') && data[p - 1] == ' ' && data[p + 1] == ' ') op = 1;
    else if (data[p] == ' ' && data.compare(p, 6, " else ") == 0) op = 6;
    if (op == 0) {
      ++p;
      continue;
    }
    std::uint64_t b = p + op;
    while (b < stop && (data[b] == ' ' || data[b] == '\t')) ++b;
    std::uint64_t e = b;
    while (e < stop && name_char(data[e])) ++e;
    if (e > b && each(data.substr(b, e - b))) return true;
    p = std::max(e, p + op);
  }
  return false;
}

// The length of an environment's or a rotation's suffix at s[k] that ends
// a name (ApiTokenTest, API_TOKEN_SANDBOX, tokenOld), or 0: a sibling
// constant, the same service's token for another stage, is one too.
std::size_t sibling_suffix(std::string_view s, std::size_t k) noexcept {
  std::size_t p = k;
  const bool joined = p < s.size() && (s[p] == '_' || s[p] == '-');
  p += joined;
  if (p >= s.size() || (!joined && !ascii::is_upper(s[p]))) return 0;
  for (std::string_view w : {"test", "sandbox", "staging", "stage", "production", "prod", "dev", "qa", "uat", "live",
                             "old", "new", "backup", "fallback", "legacy", "next", "prev", "previous", "secondary"}) {
    if (s.size() - p >= w.size() && ascii::iequals(s.substr(p, w.size()), w) &&
        !(p + w.size() < s.size() && name_char(s[p + w.size()])))
      return p + w.size() - k;
  }
  return 0;
}

// Whether `name` is `sent` and a sibling_suffix.
bool sibling_of(std::string_view name, std::string_view sent) noexcept {
  return name.size() > sent.size() && name.substr(0, sent.size()) == sent &&
         sibling_suffix(name, sent.size()) == name.size() - sent.size();
}

// Whether `name`, or a sibling of it, is a name sent after a "Bearer" in
// [from, to).
bool sent_after_bearer(std::string_view data, std::string_view name, std::uint64_t from, std::uint64_t to) noexcept {
  // (found by memmem, not byte by byte: this runs for each high-entropy
  // value over twice kBearerNameReach, and a realistic log holds many)
  return each_sender(data, from, to, [&](std::uint64_t i, std::size_t n) {
    return each_name_sent(data, i, n, to, [&](std::string_view w) { return w == name || sibling_of(name, w); });
  });
}

// Where a declaration's type between a name and its mark ends, past the
// mark and its blanks, from data[k] (right after the name and its
// blanks): Ada's "NAME : constant String := ...", PL/SQL's "NAME CONSTANT
// VARCHAR2(200) := ...", OpenEdge's "DEFINE VARIABLE NAME AS CHARACTER
// NO-UNDO INITIAL ..."; or 0 when none stands there.
std::uint64_t after_declared_type(std::string_view data, std::uint64_t k) noexcept {
  std::uint64_t p = k;
  if (p < data.size() && data[p] == ':' && !(p + 1 < data.size() && data[p + 1] == '=')) ++p;  // (Ada's)
  bool letters = false;
  for (; p + 1 < data.size() && p - k < 64; ++p) {
    const char c = data[p];
    if (c == ':' && data[p + 1] == '=') {
      p += 2;
      break;
    }
    if (c == '=' && data[p + 1] != '=' && data[p - 1] == ' ') {
      ++p;
      break;
    }
    if (letters && data.compare(p, 8, "INITIAL ") == 0 && data[p - 1] == ' ') {
      p += 8;
      break;
    }
    if (!(name_char(c) || c == ' ' || c == '\t' || c == '(' || c == ')' || c == '-')) return 0;
    letters = letters || ascii::is_alpha(c);
  }
  if (!letters || p - k >= 64) return 0;
  while (p < data.size() && (data[p] == ' ' || data[p] == '\t')) ++p;
  return p;
}

// The literal data[at, ...) gives `name` at data[at] ("NAME = '...'",
// NAME: "...", $NAME = '...', NAME := `...`, NAME => "...", NAME <- "...",
// a typed declaration's, a Lisp's definition, Erlang's -define), or its
// sibling (NAME_SANDBOX = "..."): its span inside the quotes, or an empty
// one.
BearerLiteral literal_given(std::string_view data, std::uint64_t at, std::string_view name) noexcept {
  std::uint64_t k = at + name.size();
  // (a hyphenated key's last word is no name: "x-csrf-token": "..."; a
  // sibling's suffix goes on with it: API_TOKEN_SANDBOX = "...")
  if (at > 0 && (name_char(data[at - 1]) || data[at - 1] == '-')) return {};
  k += sibling_suffix(data, k);
  if (k < data.size() && (name_char(data[k]) || (data[k] == '-' && k + 1 < data.size() && ascii::is_alpha(data[k + 1]))))
    return {};
  // (a Lisp's definition gives it with no mark: (define kalender-token "..."))
  std::uint64_t open = at;
  while (open > 0 && at - open < 16 && data[open - 1] != '(' && data[open - 1] != '\n') --open;
  const bool defined = open > 0 && data[open - 1] == '(' &&
                       (data.compare(open, 4, "def ") == 0 || data.compare(open, 7, "define ") == 0 ||
                        data.compare(open, 7, "defvar ") == 0 || data.compare(open, 9, "defconst ") == 0 ||
                        data.compare(open, 5, "setq ") == 0);
  // (Erlang's macro: -define(NAME, "..."))
  const bool macro = erlang_macro_at(data, at) && k < data.size() && data[k] == ',';
  while (k < data.size() && (data[k] == '"' || data[k] == '\'') && !defined) ++k;  // a quoted key's close
  while (k < data.size() && (data[k] == ' ' || data[k] == '\t')) ++k;
  if (k + 1 >= data.size()) return {};
  if (const std::uint64_t typed = defined || macro ? 0 : after_declared_type(data, k); typed != 0) k = typed;
  else if (macro) k += 1;
  else if (data[k] == ':' && data[k + 1] == '=') k += 2;
  else if (data[k] == '=' && data[k + 1] == '>') k += 2;
  else if (data[k] == '<' && data[k + 1] == '-') k += 2;  // R's
  else if ((data[k] == '=' && data[k + 1] != '=') || data[k] == ':') k += 1;
  else if (!defined) return {};
  while (k < data.size() && (data[k] == ' ' || data[k] == '\t')) ++k;
  // (or a call that wraps the literal: QByteArrayLiteral("..."), String::from("..."))
  std::uint64_t call = k;
  while (call < data.size() && call - k < 40 && (name_char(data[call]) || data[call] == '.' || data[call] == ':')) ++call;
  if (call > k && call + 1 < data.size() && data[call] == '(') {
    k = call + 1;
    while (k < data.size() && (data[k] == ' ' || data[k] == '\t')) ++k;
  }
  if (k >= data.size() || (data[k] != '"' && data[k] != '\'' && data[k] != '`')) return {};
  const char q = data[k];
  const std::uint64_t vs = k + 1;
  std::uint64_t ve = vs;
  while (ve < data.size() && ve - vs <= 8192 && data[ve] != q && data[ve] != '\n') ++ve;
  if (ve >= data.size() || data[ve] != q) return {};
  return {vs, ve};
}

}  // namespace

namespace {

// Whether `name` is sent after a "Bearer" within [from, to), or through
// names that lines give it, `hops` deep: "token = NAME" (a line's '='),
// "staticToken{token: NAME}" (a key's ':', a struct's or an object's
// field), at most 8 such lines per name.
bool sent_through(std::string_view data, std::string_view name, std::uint64_t from, std::uint64_t to,
                  int hops) noexcept {
  if (sent_after_bearer(data, name, from, to)) return true;
  if (hops == 0) return false;
  // (searched for within the reach only: a buffer's rest may be large)
  const std::string_view reach = data.substr(0, to);
  int lines = 0;
  for (std::uint64_t at = reach.find(name, from); at != std::string_view::npos && lines < 8;
       at = reach.find(name, at + name.size())) {
    if ((at > 0 && name_char(data[at - 1])) || (at + name.size() < data.size() && name_char(data[at + name.size()])))
      continue;
    std::string_view other = assigned_name(data, at);
    std::uint64_t other_end = other.empty() ? 0 : static_cast<std::uint64_t>(other.data() + other.size() - data.data());
    if (other.size() < 3 || other == name || other_end > at ||
        data.substr(other_end, at - other_end).find('=') == std::string_view::npos) {  // (an '=' gives it)
      // (or a field's key right before it: {token: NAME}, token => NAME)
      other = value_name(data, at);
      other_end = other.empty() ? 0 : static_cast<std::uint64_t>(other.data() + other.size() - data.data());
      if (other.size() < 3 || other == name || other_end > at ||
          data.substr(other_end, at - other_end).find_first_of(":=") == std::string_view::npos)
        continue;
    }
    ++lines;
    if (sent_through(data, other, from, to, hops - 1)) return true;
  }
  return false;
}

}  // namespace

bool sent_as_bearer(std::string_view data, std::string_view name, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (name.size() < 3) return false;
  const std::uint64_t from = vs > kBearerNameReach ? vs - kBearerNameReach : 0;
  const std::uint64_t to = std::min<std::uint64_t>(data.size(), ve + kBearerNameReach);
  return sent_through(data, name, from, to, 2);
}

bool typed_as_bearer(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  const std::string_view name = value_name(data, vs);
  if (!ascii::iequals(name, "access_token") && name != "accessToken") return false;
  std::uint64_t from = vs > 160 ? vs - 160 : 0, to = std::min<std::uint64_t>(data.size(), ve + 160);
  for (std::uint64_t i = vs; i > from; --i)
    if (data[i - 1] == '\n') from = i;
  for (std::uint64_t i = ve; i < to; ++i)
    if (data[i] == '\n') to = i;
  const std::string_view around = data.substr(from, to - from);
  for (std::size_t at = around.find("token_type"); at != std::string_view::npos;
       at = around.find("token_type", at + 10)) {
    std::size_t k = at + 10;
    while (k < around.size() && k - at < 16 && (around[k] == '"' || around[k] == '\'' || around[k] == ' ' ||
                                                 around[k] == ':' || around[k] == '='))
      ++k;
    if (k + 6 <= around.size() && ascii::iequals(around.substr(k, 6), "bearer")) return true;
  }
  return false;
}

namespace {

// The class a call at data[open] ('(') constructs: the name before it, or,
// for Ruby's Name.new( and Name::new(, the name before that.
std::string_view constructed_name(std::string_view data, std::uint64_t open) noexcept {
  std::uint64_t e = open, b = open;
  while (b > 0 && open - b < 64 && name_char(data[b - 1])) --b;
  std::string_view name = data.substr(b, e - b);
  if (name == "new" && b >= 2 && (data[b - 1] == '.' || (data[b - 1] == ':' && data[b - 2] == ':'))) {
    e = data[b - 1] == '.' ? b - 1 : b - 2;
    b = e;
    while (b > 0 && e - b < 64 && name_char(data[b - 1])) --b;
    name = data.substr(b, e - b);
  }
  return name;
}

// Whether data holds the definition of class `name`: "class NAME", "type
// NAME struct" or "NAME = class", the name whole; the definition's offset
// in *at.
bool defines_class(std::string_view data, std::string_view name, std::uint64_t* at) noexcept {
  int tries = 0;
  for (std::uint64_t i = data.find(name); i != std::string_view::npos && ++tries <= 64;
       i = data.find(name, i + name.size())) {
    const std::uint64_t e = i + name.size();
    if ((i > 0 && name_char(data[i - 1])) || (e < data.size() && name_char(data[e]))) continue;
    const bool keyword_before = (i >= 6 && data.compare(i - 6, 6, "class ") == 0) ||
                                (i >= 7 && data.compare(i - 7, 7, "struct ") == 0) ||
                                (i >= 5 && data.compare(i - 5, 5, "type ") == 0 && data.compare(e, 7, " struct") == 0);
    const bool class_after = data.compare(e, 9, " = class ") == 0 || data.compare(e, 8, " = class") == 0;
    if (keyword_before || class_after) {
      *at = i;
      return true;
    }
  }
  return false;
}

}  // namespace

bool constructed_as_bearer(std::string_view data, std::uint64_t vs) noexcept {
  if (vs < 3 || (data[vs - 1] != '"' && data[vs - 1] != '\'')) return false;
  std::uint64_t i = vs - 1;
  while (i > 0 && (data[i - 1] == ' ' || data[i - 1] == '\t')) --i;
  if (i == 0 || data[i - 1] != '(') return false;
  const std::string_view name = constructed_name(data, i - 1);
  if (name.size() < 3 || !ascii::is_alpha(name[0])) return false;
  std::uint64_t def = 0;
  if (!defines_class(data, name, &def)) return false;
  const std::string_view body = data.substr(def, kBearerNameReach);
  for (std::size_t at = 0; at + 6 <= body.size(); ++at)
    if ((body[at] == 'B' || body[at] == 'b') && ascii::iequals(body.substr(at, 6), "bearer") &&
        (at == 0 || !ascii::is_alpha(body[at - 1])))
      return true;
  return false;
}

std::size_t bearer_literals(std::string_view data, BearerLiteral* out, std::size_t cap) noexcept {
  constexpr std::size_t kNames = 8;
  std::string_view names[kNames];
  std::uint64_t sites[kNames];
  std::size_t n_names = 0, n_out = 0;
  // The "bearer"s and kSenders (each_sender), until kNames names.
  each_sender(data, 0, data.size(), [&](std::uint64_t i, std::size_t n) {
    each_name_sent(data, i, n, data.size(), [&](std::string_view w) {
      // (a logged header's token is no name: "Bearer eyJhbGci...",
      // "Bearer 4f9c0e..." would fill the eight before the names came)
      if (w.size() >= 3 && n_names < kNames && !secrets::high_entropy_valid(w) &&
          std::find(names, names + n_names, w) == names + n_names) {
        sites[n_names] = i;
        names[n_names++] = w;
      }
      return false;
    });
    return n_names == kNames;
  });
  // Each name's literal, within the reach of where it is sent.
  for (std::size_t k = 0; k < n_names && n_out < cap; ++k) {
    const std::uint64_t from = sites[k] > kBearerNameReach ? sites[k] - kBearerNameReach : 0;
    const std::string_view reach = data.substr(0, std::min<std::uint64_t>(data.size(), sites[k] + kBearerNameReach));
    for (std::uint64_t at = reach.find(names[k], from); at != std::string_view::npos && n_out < cap;
         at = reach.find(names[k], at + names[k].size())) {
      const BearerLiteral lit = literal_given(data, at, names[k]);
      if (lit.end > lit.start &&
          std::none_of(out, out + n_out, [&](const BearerLiteral& o) { return o.start == lit.start; }))
        out[n_out++] = lit;
    }
  }
  return n_out;
}

}  // namespace privguard::core
