// Build the engine from a policy, and scan buffers with it.
//
// A scan is: a first pass over the whole buffer (the prefilter database,
// literals without start-of-match, and the SIMD shape pass, shapes.h), in
// segments when it is large, that opens windows around its hits
// (windows.h); each rule's own
// start-of-match database in its windows only, collecting candidates
// (rule, start, end) into the scratch; then, per candidate only, strip the
// rule's context, run its validator and allowlists; then merge overlapping
// survivors into findings and decide each one's action for the sink. No
// step allocates: candidates and findings live in the Scratch.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "ascii.h"
#include "bearer_names.h"
#include "inline_lists.h"
#include "list_items.h"
#include "binary_content.h"
#include "columns.h"
#include "typed_values.h"
#include "validators_national.h"
#include "validators_secrets.h"
#include "hl7_fields.h"
#include "id_names.h"
#include "key_before.h"
#include "lines.h"
#include "escapes.h"
#include "find_bytes.h"
#include "secret_extent.h"
#include "secret_maps.h"
#include "vendor_names.h"
#include "over_read.h"
#include "pem.h"
#include "shapes.h"
#include "engine_internal.h"
#include "windows.h"

namespace privguard::core {
namespace {

// How far back the match callback looks for an earlier candidate of the
// same rule and start to extend. Hyperscan reports one match per end
// offset, so "foo@bar.com" arrives as ...bar.co and ...bar.com; other
// rules' matches interleave, hence more than one.
constexpr std::size_t kExtendWindow = 16;

// A scratch's copy of a buffer Hyperscan could read past (over_read.h);
// larger ones are copied to memory mapped for the scan.
constexpr std::size_t kBounce = 16 << 10;

std::string to_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

RuleRuntime prepare_allowlist(const Allowlist& allow, Validator v) {
  RuleRuntime rt;
  char buf[256];
  for (const auto& value : allow.values) rt.allow_values.emplace_back(canonical(v, value, buf, sizeof buf));
  std::sort(rt.allow_values.begin(), rt.allow_values.end());
  for (const auto& d : allow.domains) {
    auto lower = to_lower(d);
    while (!lower.empty() && lower.front() == '.') lower.erase(0, 1);
    rt.allow_domains.push_back(lower);
  }
  rt.has_allow_patterns = !allow.patterns.empty();
  return rt;
}

void add_input(DatabaseInputs& in, std::string expr, unsigned flags, unsigned id, std::string what,
               std::uint32_t rule) {
  in.expressions.push_back(std::move(expr));
  in.flags.push_back(flags);
  in.ids.push_back(id);
  in.what.push_back(std::move(what));
  in.rule_of.push_back(rule);
}

// A literal as a Hyperscan expression: every byte hex-escaped.
std::string hs_literal(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    char h[2];
    hex_encode(&c, 1, h);
    out += "\\x";
    out.append(h, 2);
  }
  return out;
}

}  // namespace

bool split_candidate(const Rule& rule) {
  if (rule.context.empty() || (rule.hs_flags & HS_FLAG_MULTILINE)) return false;
  std::string_view p = rule.pattern;
  if (p.size() >= 2 && p.substr(p.size() - 2) == "\\b" && (p.size() < 3 || p[p.size() - 3] != '\\'))
    p.remove_suffix(2);  // a final \b reads what follows the value: there in both forms
  // Anything that reads before the value's start, or anchors it, reads
  // otherwise when the value is scanned from the context's end. (An
  // escaped backslash before b or B only makes this more cautious.)
  return !any_outside_class(p, [](char c, bool escaped) {
    return escaped ? (c == 'b' || c == 'B' || c == 'A') : c == '^';
  });
}

// "(?:a|b)?" is; "(?:a)?(?:b)?" and "(?:a)?b" are not.
bool optional_as_a_whole(std::string_view re) {
  if (re.size() < 3 || re[0] != '(' || re.substr(re.size() - 2) != ")?") return false;
  int depth = 0;
  bool whole = false;
  any_outside_class_at(re, [&](std::size_t i, char c, bool escaped) {
    if (escaped) return false;
    if (c == '(') ++depth;
    if (c != ')' || --depth != 0) return false;
    whole = i == re.size() - 2;  // the group that opens the expression closes at its '?'
    return true;
  });
  return whole;
}

std::string main_expression(const Rule& rule, const std::string& pattern) {
  const bool context = !rule.context.empty() && !optional_as_a_whole(rule.context);  // (RuleRuntime)
  return !context && rule.suffix.empty() ? pattern
                                         : (context ? "(?:" + rule.context + ")" : std::string()) + "(?:" + pattern +
                                               ")" + hs_literal(rule.suffix);
}

std::string split_value_expression(const Rule& rule) {
  return "^(?:" + rule.pattern + ")" + hs_literal(rule.suffix);
}

namespace {

constexpr std::uint32_t kNoRule = UINT32_MAX;

// Digit-shaped values may run into a following group ("DE89 3704 ... 00
// TEST", "4111 1111 1111 1111 2024"): when the whole candidate fails its
// validator, try it cut back at each separator, longest first. Not a
// fictitious phone number: cut back it would read as another number
// ("+46 70 174 06 50" is PTS', "+46 70 174 06" is not).
std::size_t validated_length(Validator v, std::string_view value) noexcept {
  if (validate(v, value)) return value.size();
  if (v != Validator::Luhn && v != Validator::Iban && v != Validator::Phone) return 0;
  if (v == Validator::Phone && (phone_fictitious(value) || phone_padded_ipv4(value))) return 0;
  for (std::size_t cut = value.size(), tries = 0; cut > 0 && tries < 8; --cut) {
    char c = value[cut - 1];
    if (c != ' ' && c != '-' && c != '.') continue;
    ++tries;
    std::size_t end = cut - 1;
    while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '-' || value[end - 1] == '.')) --end;
    if (end > 0 && validate(v, value.substr(0, end))) return end;
  }
  return 0;
}

// Whether one of `needles` occurs in the token a candidate sits in (back
// to whitespace, a quote or a comma, at most 256 bytes) with no '/' or '?'
// between it and the candidate: "s3://user@host" but not "/u?to=a@b.io",
// nor a CSV's "https://host,user@example.org". ('#' ends a URL's authority
// too, but raw '#' in logged passwords is common.)
// Whether the key at data[at] starts with `word` (lower-case letters) in any case.
bool key_starts_with(std::string_view data, std::uint64_t at, std::string_view word) noexcept {
  if (data.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((data[at + i] | 0x20) != word[i]) return false;
  return true;
}

bool names_a_secret(std::string_view data, std::uint64_t at) noexcept { return key_starts_with(data, at, "secret"); }

// Whether a key's name holds one of a rule's plain not_after words (not
// the "X$" ones, which are read right before a key).
bool name_holds_a_not_after_word(std::string_view name, const std::vector<std::string>& needles) noexcept {
  for (const auto& n : needles)
    if (n.find('$') == std::string::npos && name.find(n) != std::string_view::npos) return true;
  return false;
}

bool token_prefix_contains(std::string_view data, std::uint64_t start, std::uint64_t context_end,
                           const std::vector<std::string>& needles) noexcept {
  std::size_t from = start > 256 ? start - 256 : 0;
  for (std::size_t i = start; i > from; --i) {
    char c = data[i - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '<' || c == '>' || c == ',') {
      from = i;
      break;
    }
  }
  std::string_view token = data.substr(from, start - from);
  for (const auto& n : needles) {
    // "PUSHER_$": only right before the key, and a key that names a
    // secret stays one (PUSHER_APP_KEY and pusher.app_key are public,
    // PUSHER_APP_SECRET and pusher.secret are not). "/$pass": only right
    // before a key that starts so (any case).
    const std::size_t dollar = n.find('$');
    if (n.size() > 1 && dollar != std::string::npos && dollar > 0) {
      const std::string_view lit(n.data(), dollar);
      const std::string_view key = std::string_view(n).substr(dollar + 1);
      if (token.size() < lit.size() || token.substr(token.size() - lit.size()) != lit) continue;
      if (key.empty() ? !names_a_secret(data, start) : key_starts_with(data, start, key)) return true;
      continue;
    }
    auto at = token.rfind(n);
    if (at != std::string_view::npos && token.find_first_of("/?", at + n.size()) == std::string_view::npos) return true;
  }
  // A context that holds its name in quotes ({"name": "X-CSRF-Token",
  // "value": ...}): the name is the key's token.
  return context_end > start && context_end - start <= 128 && (data[start] == '"' || data[start] == '\'') &&
         name_holds_a_not_after_word(data.substr(start, context_end - start), needles);
}

// The same for a JSON value named by its object's label ({"key":
// "Postman-Token", "value": ...}: Postman's per-request nonce).
bool label_not_after(const Rule& rule, std::string_view data, const TypedValue& tv) noexcept {
  for (std::size_t l = 0; l < tv.count; ++l)
    if (name_holds_a_not_after_word(data.substr(tv.labels[l].from, tv.labels[l].to - tv.labels[l].from),
                                    rule.not_after))
      return true;
  return false;
}

// An AWS secret access key's shape: 40 characters of base64's alphabet,
// with upper- and lower-case letters and digits (a generated one has all
// three; a SHA-1 digest or a word run has not).
bool aws_secret_shaped(std::string_view v) noexcept {
  if (v.size() != 40) return false;
  bool up = false, low = false, dig = false;
  for (char c : v) {
    if (c >= 'A' && c <= 'Z') up = true;
    else if (c >= 'a' && c <= 'z') low = true;
    else if (c >= '0' && c <= '9') dig = true;
    else if (c != '/' && c != '+') return false;
  }
  return up && low && dig;
}

// Whether a candidate's value is named by a label: a table column, or a
// context longer than the one separator some rules accept alone ("[\s=:,]").
template <class Candidate>
bool named_by_label(const Candidate& k) noexcept {
  return k.column || k.value_start > 1;
}

// Whether data[start, end) is an AWS access key id: AKIA or ASIA and 16
// of [A-Z2-7].
bool access_key_id(std::string_view data, std::uint64_t start, std::uint64_t end) noexcept {
  if (end != start + 20 || end > data.size()) return false;
  const std::string_view v = data.substr(start, 20);
  if (v.substr(0, 4) != "AKIA" && v.substr(0, 4) != "ASIA") return false;
  return std::all_of(v.begin() + 4, v.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); });
}

// The AWS access key id (AKIA or ASIA and 16 of [A-Z2-7], standing alone)
// that data[start, end) belongs to: the nearest one before it within
// kPairReach bytes (an id is written before its secret: aws_access_key_id
// then aws_secret_access_key, "AKIA... / secret", a CSV's id,secret), else
// the nearest one after it. Its offset, or UINT64_MAX when there is none.
constexpr std::uint64_t kPairReach = 512;
std::uint64_t nearest_access_key_id(std::string_view data, std::uint64_t start, std::uint64_t end) noexcept {
  const std::uint64_t from = start > kPairReach ? start - kPairReach : 0;
  const std::uint64_t to = std::min<std::uint64_t>(data.size(), end + kPairReach);
  auto word = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  };
  std::uint64_t before = UINT64_MAX, after = UINT64_MAX;
  for (std::uint64_t i = from; i + 20 <= to; ++i) {
    // an id standing as a word of its own
    if (data[i] != 'A' || !access_key_id(data, i, i + 20)) continue;
    if ((i > 0 && word(data[i - 1])) || (i + 20 < data.size() && word(data[i + 20]))) continue;
    if (i + 20 <= start) before = i;                        // the last one before
    else if (i >= end && after == UINT64_MAX) after = i;    // the first one after
  }
  return before != UINT64_MAX ? before : after;
}

// Whether the value at data[vs] is named as something else than a key
// pair's secret: a token or an API's (INTERNAL_API_TOKEN='X' in an export
// beside AWS keys). (A password may be one: Athena's JDBC
// User=AKIA...;Password=X.)
bool named_otherwise(std::string_view data, std::uint64_t vs) noexcept {
  auto joiner = [](char c) { return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' || c == '\''; };
  auto name_char = [](char c) { return ascii::is_alnum(c) || c == '_' || c == '-' || c == '.'; };
  const std::string_view name = key_before(data, vs, 8, joiner, name_char).name;
  for (std::size_t i = 0; i < name.size(); ++i)
    for (std::string_view w : {"token", "api"}) {
      std::size_t j = 0;
      while (j < w.size() && i + j < name.size() && ascii::to_lower(name[i + j]) == w[j]) ++j;
      if (j == w.size()) return true;
    }
  return false;
}

// Where a secret access key stands alone after its key id, with no name
// (or none named_otherwise): the first run of exactly 40 characters of [A-Za-z0-9+/] within
// kPairReach bytes after data[from], before the next id, set off as a
// value is (white space, a quote or backtick, a key's ':' or '=', '>',
// '(' , '[', ',' or '|' before it; white space, a quote or backtick, '<',
// ',', ')', ']', ';', '|' or a sentence's '.' after it). Its offset, or
// UINT64_MAX.
std::uint64_t lone_secret_after(std::string_view data, std::uint64_t from) noexcept {
  const std::uint64_t to = std::min<std::uint64_t>(data.size(), from + kPairReach);
  auto run_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  };
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto opens = [&](char c) {
    return space(c) || c == '"' || c == '\'' || c == '`' || c == ':' || c == '=' || c == '>' || c == '(' ||
           c == '[' || c == ',' || c == '|';
  };
  auto closes = [&](std::uint64_t j) {
    if (j == data.size()) return true;
    const char c = data[j];
    if (c == '.') return j + 1 == data.size() || space(data[j + 1]);
    return space(c) || c == '"' || c == '\'' || c == '`' || c == '<' || c == ',' || c == ')' || c == ']' ||
           c == ';' || c == '|';
  };
  for (std::uint64_t i = from; i < to;) {
    if (!run_char(data[i])) {
      ++i;
      continue;
    }
    std::uint64_t j = i;
    while (j < data.size() && run_char(data[j])) ++j;
    if (access_key_id(data, i, j)) return UINT64_MAX;  // the next id's
    if (j - i == 40 && i > 0 && opens(data[i - 1]) && closes(j) && !named_otherwise(data, i)) return i;
    i = j;
  }
  return UINT64_MAX;
}

// A digit-shaped value (card, SSN, phone) that is part of a larger number
// is none: the fraction of a float ("1.4539148803436467", printed floats
// and durations), a negative integer ("-4539148803436467", a printed
// hash), or a number that goes on with a fraction ("+35236450.6").
// A digit-shaped value whose groups go on beyond it on either side, each
// of the same width: the columns of a hex dump ("00000040: 3a4f 4539 1488
// 0343 6467 9b2c ..." from xxd, od -x, hexdump), not a card or a phone.
// One group more on the right is still a value's neighbour ("4111 1111
// 1111 1111 2024" has an expiry year after it); a group on the left, or two
// on the right, make a sequence.
bool part_of_group_sequence(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto digit = ascii::is_digit;
  auto hex = ascii::is_hex;
  auto alnum = ascii::is_alnum;
  std::uint64_t first = vs;
  while (first < ve && digit(data[first])) ++first;
  if (first == vs || first == ve) return false;  // no separator
  const char sep = data[first];
  std::uint64_t last = ve;
  while (last > vs && digit(data[last - 1])) --last;
  // A group of `w` hex characters at [at, at + w), not running on into
  // more letters or digits; `digits` counts those that are digits.
  bool any_digit = false;
  auto group = [&](std::uint64_t at, std::uint64_t w) {
    if (at + w > data.size()) return false;
    for (std::uint64_t i = at; i < at + w; ++i) {
      if (!hex(data[i])) return false;
      any_digit |= digit(data[i]);
    }
    return (at == 0 || !alnum(data[at - 1])) && (at + w == data.size() || !alnum(data[at + w]));
  };
  // One group on the left is enough, letters only or not ("ebde 4539 ...":
  // a stdio write may end right after the value, so the left is often all
  // there is); the two on the right need a digit between them, so that a
  // word of hex letters after a value ("... 6467 dead beef") is not taken
  // for a dump's columns.
  const std::uint64_t w1 = first - vs, w2 = ve - last;
  if (vs > w1 && data[vs - 1] == sep && group(vs - 1 - w1, w1)) return true;
  // The same, cut by the buffer's start ("b 5138 4769 ...": the shim scans
  // what one write holds, which may begin inside a column): a piece with a
  // hex letter, or followed by a group on the right. Digits alone are a
  // line's number ("1 4539 1488 0343 6467 for maria").
  if (vs >= 2 && vs - 1 <= w1 && data[vs - 1] == sep) {
    bool all_hex = true, letter = false;
    for (std::uint64_t i = 0; i + 1 < vs && all_hex; ++i) {
      all_hex = hex(data[i]);
      letter |= !digit(data[i]);
    }
    if (all_hex && (letter || (ve < data.size() && data[ve] == sep && group(ve + 1, w2)))) return true;
  }
  // The first groups after a dump's offset column: 7 or more hex digits
  // starting the line, then ':' (xxd) or not (od, hexdump), then the
  // separator. The shim may see such a line cut after the value (a write
  // ends there), with no group on the right to tell.
  if (vs > 1 && data[vs - 1] == sep) {
    std::uint64_t p = vs - 1;
    if (data[p - 1] == ':') --p;
    std::uint64_t n = 0;
    while (p > 0 && n < 17 && hex(data[p - 1])) --p, ++n;
    if (n >= 7 && n <= 16 && (p == 0 || data[p - 1] == '\n')) return true;
  }
  any_digit = false;
  std::uint64_t at = ve;
  for (int more = 0; more < 2; ++more, at += 1 + w2)
    if (at >= data.size() || data[at] != sep || !group(at + 1, w2)) return false;
  return any_digit;
}

// A digit run right after "merge ", "commit " or another word that names
// a version-control object is an abbreviated object name that happens to
// hold no hex letter ("(merge 0650614982 cy/completion-typofix later to
// maint)" in git's release notes), not a phone or card number.
bool after_object_name_word(std::string_view data, std::uint64_t vs) noexcept {
  static constexpr std::string_view kWords[] = {"merge", "Merge", "commit", "Commit", "revision", "rev", "sha", "SHA"};
  if (vs < 2 || data[vs - 1] != ' ') return false;
  const std::string_view before = data.substr(0, vs - 1);
  for (std::string_view w : kWords) {
    if (before.size() < w.size() || before.substr(before.size() - w.size()) != w) continue;
    const std::size_t at = before.size() - w.size();
    if (at == 0 || !std::isalnum(static_cast<unsigned char>(data[at - 1]))) return true;
  }
  return false;
}

// The word "card" earlier on the value's line, at most 48 bytes back
// ("card on file that keeps failing: 4653236936400409861"): prose names
// a card where no key does ("discard" does not).
bool card_word_before(std::string_view data, std::uint64_t vs) noexcept {
  const std::uint64_t from = vs > 48 ? vs - 48 : 0;
  for (std::uint64_t i = vs; i >= from + 4; --i) {
    if (data[i - 1] == '\n') return false;
    if ((data[i - 4] | 0x20) == 'c' && (data[i - 3] | 0x20) == 'a' && (data[i - 2] | 0x20) == 'r' &&
        (data[i - 1] | 0x20) == 'd' && (i == 4 || !std::isalpha(static_cast<unsigned char>(data[i - 5]))))
      return true;
  }
  return false;
}

// What a card-shaped number at vs continues when it is no card: an IBAN
// written in groups ("DE89 3704 0044 0532 0130 00"), a hex dump's offset
// and columns ("00000040: 3a4f 4539 ..."), od's octal offset and columns.
// Looked for here rather than in the rule's expression, where as
// alternatives before the number they made its start-of-match automaton
// five times slower.
bool card_continues(std::string_view d, std::uint64_t vs) noexcept {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto lower_hex = [&](char c) { return digit(c) || (c >= 'a' && c <= 'f'); };
  auto word = [&](char c) { return digit(c) || upper(c) || (c >= 'a' && c <= 'z') || c == '_'; };
  // An IBAN's country and check digits, then at most five groups of four.
  if (vs >= 5 && (d[vs - 1] == ' ' || d[vs - 1] == '-')) {
    std::uint64_t p = vs - 1;  // at a separator
    for (int groups = 0; groups <= 5 && p >= 4; ++groups) {
      const char* g = d.data() + p - 4;
      if (upper(g[0]) && upper(g[1]) && digit(g[2]) && digit(g[3]) && (p == 4 || !word(d[p - 5]))) return true;
      if (groups == 5 || p < 5 || !(d[p - 5] == ' ' || d[p - 5] == '-')) break;
      bool group = true;
      for (int i = 0; i < 4; ++i) group = group && (upper(g[i]) || digit(g[i]));
      if (!group) break;
      p -= 5;
    }
  }
  // A dump's offset ("00000040: " in hex, "\n0000100 " in octal for od),
  // then at most seven columns of four hex digits.
  std::uint64_t p = vs;
  for (int columns = 0; columns <= 7; ++columns) {
    if (p >= 10 && d[p - 1] == ' ' && d[p - 2] == ':') {
      std::uint64_t k = 0;
      while (k < 17 && p - 2 > k && lower_hex(d[p - 3 - k])) ++k;
      if (k >= 8 && k <= 16 && (p - 2 == k || !word(d[p - 3 - k]))) return true;
    }
    if (p >= 9 && d[p - 1] == ' ') {
      std::uint64_t k = 0;
      while (k < 12 && p - 1 > k && d[p - 2 - k] >= '0' && d[p - 2 - k] <= '7') ++k;
      if (k >= 7 && k <= 11 && p - 1 > k && d[p - 2 - k] == '\n') return true;
    }
    if (columns == 7 || p < 5 || d[p - 1] != ' ') break;
    bool column = true;
    for (std::uint64_t i = p - 5; i < p - 1; ++i) column = column && lower_hex(d[i]);
    if (!column) break;
    p -= 5;
  }
  return false;
}

// A column of a table without a header that names it: a CKYC upload's
// "30|1|E|624733555276|||01|", an APB credit file's fixed-width field
// ("77 502643    490154463633    REKHA SHAH"), a quoted CSV cell; or the
// values of one key in records that a label names nowhere ("ref":
// "...", ref=...). The key of the value data[vs, ve), with the quotes
// around it: the delimiter before it and how many of them precede it on
// its line; after spaces, its byte column; after a key, the key's name.
// 0: not a whole cell or value.
std::uint64_t column_key(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (vs == 0) return 0;
  std::uint64_t cs = vs, ce = ve;  // the cell with its quotes
  if (data[vs - 1] == '"' || data[vs - 1] == '\'') {
    if (ve >= data.size() || data[ve] != data[vs - 1]) return 0;
    --cs;
    ++ce;
  }
  auto at = [&](std::uint64_t i) { return i < data.size() ? data[i] : '\n'; };
  auto line_edge = [](char c) { return c == '\n' || c == '\r'; };
  // after a key: '=' or ':', perhaps a space, then the value
  std::uint64_t k = cs;
  if (k >= 2 && at(k - 1) == ' ' && (at(k - 2) == ':' || at(k - 2) == '=')) --k;
  if (k >= 1 && (at(k - 1) == ':' || at(k - 1) == '=')) {
    const char after = at(ce);
    if (!line_edge(after) && after != ',' && after != '}' && after != '&' && after != ';' && after != ' ') return 0;
    std::uint64_t e = k - 1;
    while (e > 0 && at(e - 1) == ' ') --e;
    if (e > 0 && (at(e - 1) == '"' || at(e - 1) == '\'')) --e;
    std::uint64_t b = e;
    auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; };
    while (b > 0 && e - b < kMaxName && name_char(at(b - 1))) --b;
    if (b == e) return 0;
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a of the name
    for (std::uint64_t i = b; i < e; ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 1099511628211ull;
    return (h << 8) | '=';
  }
  const char sep = cs == 0 ? '\n' : data[cs - 1];
  const bool first = line_edge(sep);
  if (!first && sep != '|' && sep != ',' && sep != ';' && sep != '\t' && sep != ' ') return 0;
  const char after = at(ce);
  if (after != sep && !line_edge(after) && !(first && (after == '|' || after == ',' || after == ';' || after == '\t')))
    return 0;
  if (first) return '\n';  // the first field
  constexpr std::uint64_t kMaxLine = 1024;
  std::uint64_t p = cs - 1, count = 0;
  while (p > 0 && data[p - 1] != '\n' && cs - p < kMaxLine) count += data[--p] == sep;
  if (p > 0 && data[p - 1] != '\n') return 0;  // a line too long to be a table's row
  const std::uint64_t position = sep == ' ' ? cs - p : count;
  return position << 8 | static_cast<unsigned char>(sep);
}

// Numbers that only a column of their like can vouch for (kInColumn,
// kOffColumn): one twelve-digit number passes the Aadhaar check by chance
// once in ten, a column where three different ones pass and at most one in
// five fails by chance once in a thousand or less. Those become findings,
// the rest are dropped. cand is ordered by position, so the windowed and
// the full scan see the same columns, in the same order, and keep the
// same first kMaxColumnsKept of them.
void column_consensus(std::string_view data, Scratch::Candidate* cand, std::size_t n) noexcept {
  struct Column {
    std::uint64_t key;
    std::uint32_t in, off;
    std::uint64_t last;  // the last passing value's start
  };
  constexpr std::size_t kMaxColumnsKept = 16;
  Column columns[kMaxColumnsKept];
  std::size_t ncolumns = 0;
  auto column_of = [&](const Scratch::Candidate& k, bool add) -> Column* {
    const std::uint64_t vs = k.start + k.value_start, key = column_key(data, vs, k.end);
    for (std::size_t i = 0; i < ncolumns; ++i)
      if (columns[i].key == key) return &columns[i];
    if (!add || key == 0 || ncolumns == kMaxColumnsKept) return nullptr;
    columns[ncolumns] = Column{key, 0, 0, UINT64_MAX};
    return &columns[ncolumns++];
  };
  bool any = false;
  for (std::size_t i = 0; i < n; ++i) {
    auto& k = cand[i];
    if (k.state != kInColumn && k.state != kOffColumn) continue;
    any = true;
    Column* col = column_of(k, true);
    if (col == nullptr) continue;
    const std::uint64_t vs = k.start + k.value_start;
    if (k.state == kOffColumn) {
      ++col->off;
    } else if (col->last == UINT64_MAX || data.compare(vs, k.end - vs, data, col->last, k.end - vs) != 0) {
      ++col->in;
      col->last = vs;
    }
  }
  if (!any) return;
  for (std::size_t i = 0; i < n; ++i) {
    auto& k = cand[i];
    if (k.state != kInColumn && k.state != kOffColumn) continue;
    const Column* col = k.state == kInColumn ? column_of(k, false) : nullptr;
    k.state = col != nullptr && col->in >= 3 && col->off * 5 <= col->in ? kValid : kDropped;
  }
}

// The order of candidates by value start, longest first on ties (scan's
// step 2).
inline bool candidate_order(const Scratch::Candidate& a, const Scratch::Candidate& b) noexcept {
  if (a.start + a.value_start != b.start + b.value_start) return a.start + a.value_start < b.start + b.value_start;
  if (a.end != b.end) return a.end > b.end;
  if ((a.state == kAllowed) != (b.state == kAllowed)) return a.state == kAllowed;
  if (a.id_cell != b.id_cell) return a.id_cell;
  if (a.rule != b.rule) return a.rule < b.rule;
  return a.start < b.start;
}

// A value that a label or a column vouches for is the same value where it
// stands again nearby without one: the number a CDR's caller ID names in
// the record's source column, a password given twice in one message.
// Adds each other occurrence within kRepeatReach bytes of the first
// kMaxRepeated valid values of at least kMinRepeated bytes (of rules with
// a context: what a shape alone finds is found anywhere already; not
// dates, which many events share with a birthday) as a
// candidate of the same rule; a number only where it is no piece of a
// longer one. cand[0, n) is in candidate_order, so the windowed and the
// full scan repeat the same values. Returns the new count; `full` when
// the scratch had no room for them all (the two scans hold different
// numbers of dropped candidates, so they would keep different ones).
std::size_t repeat_found_values(std::string_view data, const Policy& policy, const std::vector<RuleRuntime>& rules,
                                Scratch::Candidate* cand, std::size_t n, std::size_t capacity, bool& full) noexcept {
  constexpr std::uint64_t kRepeatReach = 1024;
  constexpr std::size_t kMaxRepeated = 64, kMinRepeated = 8;
  std::size_t count = n, repeated = 0;
  for (std::size_t i = 0; i < n && repeated < kMaxRepeated; ++i) {
    const Scratch::Candidate k = cand[i];
    if (k.state != kValid || !rules[k.rule].has_context || policy.rules[k.rule].validator == Validator::Date) continue;
    const std::uint64_t vs = k.start + k.value_start, len = k.end - vs;
    if (len < kMinRepeated) continue;
    ++repeated;
    bool number = true;
    for (std::uint64_t j = vs; j < k.end; ++j) number = number && !std::isalpha(static_cast<unsigned char>(data[j]));
    auto word = [&](std::uint64_t j) { return j < data.size() && std::isalnum(static_cast<unsigned char>(data[j])); };
    auto digit = [&](std::uint64_t j) { return j < data.size() && data[j] >= '0' && data[j] <= '9'; };
    auto joined = [&](std::uint64_t j) { return j < data.size() && (data[j] == '-' || data[j] == '.'); };
    // a letter or digit beside it, or '-' or '.' and a digit: a longer number ("94156529603", "4156529603-7")
    auto inside = [&](std::uint64_t o) {
      return (o > 0 && word(o - 1)) || word(o + len) || (o > 1 && joined(o - 1) && digit(o - 2)) ||
             (joined(o + len) && digit(o + len + 1));
    };
    const std::uint64_t from = vs > kRepeatReach ? vs - kRepeatReach : 0;
    const std::uint64_t to = std::min<std::uint64_t>(data.size(), k.end + kRepeatReach);
    for (std::uint64_t p = from; p + len <= to;) {
      const std::uint64_t o = find_bytes(data, data.substr(vs, len), p, to);
      if (o == std::string_view::npos) break;
      p = o + 1;
      if (o == vs || (number && inside(o))) continue;
      if (count == capacity) {
        full = true;
        return count;
      }
      cand[count++] = Scratch::Candidate{o, o + len, k.rule, 0, kValid, false, false};
    }
  }
  return count;
}

// A change record gives a field's old value and then its new one:
// "field=birth_date old=1980-02-22 new=1990-07-05" (an audit log),
// "phone: +447700900123 -> +447700900456". Whether the found value
// data[vs, ve) is such an old value; [from, to) is then the new one (up
// to a space, quote or separator, or in its quotes), at most 64 bytes.
bool changed_value(std::string_view data, std::uint64_t vs, std::uint64_t ve, std::uint64_t& from,
                   std::uint64_t& to) noexcept {
  constexpr std::uint64_t kMaxChanged = 64;
  auto at = [&](std::uint64_t p, std::string_view s) { return p <= data.size() && data.substr(p, s.size()) == s; };
  std::uint64_t p = ve;
  char quote = 0;
  if (vs > 0 && (data[vs - 1] == '"' || data[vs - 1] == '\'') && p < data.size() && data[p] == data[vs - 1]) {
    quote = data[p];
    ++p;
  }
  const std::uint64_t label = quote != 0 ? vs - 1 : vs;
  const bool old = (label >= 4 && at(label - 4, "old=")) || (label >= 5 && at(label - 5, "old: "));
  if (old && (at(p, " new=") || at(p, ",new="))) p += 5;
  else if (old && at(p, " new: ")) p += 6;
  else if (at(p, " -> ") || at(p, " => ")) p += 4;
  else if (at(p, " \xE2\x86\x92 ")) p += 5;  // " → "
  else return false;
  char close = 0;
  if (p < data.size() && (data[p] == '"' || data[p] == '\'')) close = data[p++];
  from = to = p;
  auto stop = [&](char c) {
    return close != 0 ? c == close || c == '\n' : c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' ||
                                                     c == '&' || c == ')' || c == '"' || c == '\'';
  };
  while (to < data.size() && to - from <= kMaxChanged && !stop(data[to])) ++to;
  return to > from && to - from <= kMaxChanged;
}

// An address-shaped id in a mail or news header that names a message, not
// a mailbox: "Message-ID: <6eekn47eza$odzd$1@news.example.de>",
// In-Reply-To:, References:, Content-ID: (the header opens the value's
// line; the id stands in angle brackets).
bool message_id_header(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve >= data.size() || data[ve] != '>') return false;
  std::uint64_t from = vs;
  while (from > 0 && vs - from < 256 && data[from - 1] != '\n') --from;
  const std::string_view line = data.substr(from, vs - from);
  if (line.find('<') == std::string_view::npos) return false;
  for (std::string_view h : {"message-id:", "in-reply-to:", "references:", "content-id:"})
    if (line.size() >= h.size() && ascii::iequals(line.substr(0, h.size()), h)) return true;
  return false;
}

// user@host where a remote login or copy names a host ("ssh admin@nas1.lan",
// "sshpass -e ssh -o StrictHostKeyChecking=no deploy@app2.internal 'uptime'",
// "scp f ops@db1:/tmp", "git clone git@github.com:org/repo"): an account
// on a machine, not a mailbox. The command is a word earlier on the line;
// the host ends the word (a blank, ':' or a quote after it). And
// user@host:port anywhere: an endpoint.
bool remote_login_target(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve < data.size() && data[ve] != ' ' && data[ve] != '\t' && data[ve] != ':' && data[ve] != '\'' &&
      data[ve] != '"' && data[ve] != '\n' && data[ve] != '\r')
    return false;
  // a git remote in scp's syntax anywhere ("url = git@github.com:org/repo.git")
  if (ve < data.size() && data[ve] == ':' && data.substr(vs, 4) == "git@") return true;
  // an endpoint, user@host:port, anywhere (evans' prompt
  // "users.v1.Directory@grpc.example.com:443>"); not Exim's
  // "host:login@domain:X" with a password that opens with digits
  if (ve < data.size() && data[ve] == ':') {
    std::uint64_t e = ve + 1;
    while (e < data.size() && e - ve <= 5 && ascii::is_digit(data[e])) ++e;
    if (e > ve + 1 && e - ve <= 6 && (e == data.size() || !(ascii::is_alnum(data[e]) || data[e] == '_')))
      return true;
  }
  if (vs > 0 && data[vs - 1] != ' ' && data[vs - 1] != '\t') return false;
  std::uint64_t from = vs;
  while (from > 0 && vs - from < 256 && data[from - 1] != '\n') --from;
  const std::string_view line = data.substr(from, vs - from);
  static constexpr std::string_view kCommands[] = {"ssh", "scp", "sftp", "rsync", "mosh", "ssh-copy-id", "autossh"};
  for (std::size_t i = 0; i < line.size();) {
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    std::string_view word = line.substr(i, j - i);
    if (const std::size_t slash = word.rfind('/'); slash != std::string_view::npos) word.remove_prefix(slash + 1);
    for (std::string_view c : kCommands)
      if (word == c) return true;
    if (word == "git" && j + 1 < line.size() && line.substr(j + 1, 5) == "clone") return true;
    i = j + 1;
  }
  return false;
}

// A Kerberos principal, not a mailbox: a name in small letters at a realm
// in capitals (the realm is its domain in upper case), where a service's
// name and '/' open it ("host/ldap.corp.se@CORP.SE") or its line names
// Kerberos ("kinit administrator@FORETAG.LOCAL", kadmin's "addprinc -pw X
// svc-nfs@LAB.NORRDATA.SE", 'Principal "jenkins@LAB.NORRDATA.SE" created',
// a keytab, a realm). An old address written so in a copyright line,
// "dugsong@UMICH.EDU", stays one.
bool kerberos_principal(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  const std::string_view v = data.substr(vs, ve - vs);
  const std::size_t at = v.rfind('@');
  if (at == std::string_view::npos) return false;
  bool small = false, capital = false;
  for (std::size_t i = 0; i < at; ++i) small = small || (v[i] >= 'a' && v[i] <= 'z');
  for (std::size_t i = at + 1; i < v.size(); ++i) {
    if (v[i] >= 'a' && v[i] <= 'z') return false;
    capital = capital || (v[i] >= 'A' && v[i] <= 'Z');
  }
  if (!small || !capital) return false;
  if (vs > 0 && data[vs - 1] == '/') return true;
  std::uint64_t from = vs;
  while (from > 0 && vs - from < 160 && data[from - 1] != '\n') --from;
  char line[160];
  std::size_t n = 0;
  for (std::uint64_t i = from; i < vs; ++i) line[n++] = static_cast<char>(ascii::to_lower(data[i]));
  const std::string_view l(line, n);
  for (std::string_view w : {"kinit", "klist", "kadmin", "princ", "keytab", "krb", "kerberos", "realm"})
    if (l.find(w) != std::string_view::npos) return true;
  return false;
}

// Whether data[vs] follows a key's name and a gap of two or more blanks
// alone (no '=' or ':' between them: "api_key     X").
bool blank_gap_key(std::string_view data, std::uint64_t vs) noexcept {
  std::uint64_t i = vs, blanks = 0;
  while (i > 0 && (data[i - 1] == ' ' || data[i - 1] == '\t')) --i, ++blanks;
  if (blanks < 2 || i == 0) return false;
  const char c = data[i - 1];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

// Whether the key data[key_start, vs) names an access key (access_key,
// accessKey, ACCESS-KEY, but no secret access key) and its value
// data[vs, ve) is 16 to 32 capitals and digits: a key pair's id.
bool access_key_id(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (ve - vs < 16 || ve - vs > 32 || vs - key_start > 64) return false;
  for (std::uint64_t i = vs; i < ve; ++i)
    if (!((data[i] >= 'A' && data[i] <= 'Z') || (data[i] >= '0' && data[i] <= '9'))) return false;
  char key[64];
  std::size_t n = 0;
  for (std::uint64_t i = key_start; i < vs; ++i)
    if (std::isalpha(static_cast<unsigned char>(data[i]))) key[n++] = static_cast<char>(data[i] | 0x20);
  const std::string_view k(key, n);
  return k.find("accesskey") != std::string_view::npos && k.find("secret") == std::string_view::npos;
}

// Whether a bare "key" (at key_start, after a line break and blanks:
// "key = ", "  key: ")
// holds the id half of a key pair, its secret named on one of the next
// three lines (exoscale's key = "EXO...", name = ..., secret = "...";
// an OAuth provider's key then secret).
bool key_of_a_pair(std::string_view data, std::uint64_t key_start, std::uint64_t ve) noexcept {
  // (the context may open with the line break and the indentation)
  while (key_start < ve && (data[key_start] == '\n' || data[key_start] == '\r' || data[key_start] == ' ' ||
                            data[key_start] == '\t'))
    ++key_start;
  if (key_start + 3 > data.size() || !ascii::iequals(data.substr(key_start, 3), "key")) return false;
  if (key_start > 0 && (ascii::is_alnum(data[key_start - 1]) || data[key_start - 1] == '_'))
    return false;
  std::uint64_t i = ve;
  for (int line = 0; line < 3; ++line) {
    while (i < data.size() && i - ve < 512 && data[i] != '\n') ++i;
    if (i >= data.size() || data[i] != '\n') return false;
    ++i;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '"' || data[i] == '\'')) ++i;
    if (i + 6 <= data.size() && ascii::iequals(data.substr(i, 6), "secret")) return true;
  }
  return false;
}

// A value someone typed or was issued, found by its key (secret-value,
// token-value).
bool typed_secret(Validator v) noexcept {
  return v == Validator::SecretValue || v == Validator::TokenValue || v == Validator::BasicCredentials;
}

// A national identifier other than a personnummer: in the column of an
// order or a contract beside a personnummer's, a Finnish-shaped
// 251201-0931 is that column's own number too.
bool another_national_id(Validator v) noexcept {
  return v == Validator::FiHetu || v == Validator::NlBsn || v == Validator::DeSteuerId || v == Validator::FrNir ||
         v == Validator::EsDni || v == Validator::ItCodiceFiscale || v == Validator::InAadhaar || v == Validator::UkNino;
}

// Whether a gap of two or more blanks, or a tab (fly secrets list's
// columns), and more text follow data[ve] on its line.
bool more_columns_after(std::string_view data, std::uint64_t ve) noexcept {
  std::uint64_t i = ve, blanks = 0;
  bool tab = false;
  while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) tab = tab || data[i] == '\t', ++i, ++blanks;
  return (blanks >= 2 || tab) && i < data.size() && data[i] != '\n' && data[i] != '\r';
}

using ascii::hex_value;

// "%XX" at p.
bool url_escape_at(std::string_view d, std::uint64_t p) noexcept {
  return p + 3 <= d.size() && d[p] == '%' && ascii::is_hex(d[p + 1]) && ascii::is_hex(d[p + 2]);
}

// Whether data[ve - 8, ve) is a UUID's first group: eight hex digits (at or
// after vs), then "-xxxx-xxxx-xxxx-xxxxxxxxxxxx" and no more hex.
bool uuid_continues(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto hex = ascii::is_hex;
  if (ve < vs + 8 || ve + 28 > data.size()) return false;
  for (std::uint64_t i = ve - 8; i < ve; ++i)
    if (!hex(data[i])) return false;
  for (std::uint64_t k = 0; k < 28; ++k) {
    const bool dash = k == 0 || k == 5 || k == 10 || k == 15;
    if (dash ? data[ve + k] != '-' : !hex(data[ve + k])) return false;
  }
  return ve + 28 == data.size() || !hex(data[ve + 28]);
}

// Whether data[vs, ve), twelve digits in one run, follows another
// personnummer of twelve digits on a line of blank-separated fields: a
// bank's or a payroll's fixed-width record (Bankgirot's LÖN, Visma's PC8
// export), which describes one person, its number first; a later
// date-and-serial in it (one in ten passes Luhn) is a payment's or an
// employment's reference. A line with ',' ';' '|' or a tab has columns
// of its own (a pupil's and a guardian's, each labelled by its header).
bool later_number_in_a_record(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto digit = [&](std::uint64_t i) { return data[i] >= '0' && data[i] <= '9'; };
  if (ve - vs != 12 || vs == 0 || data[vs - 1] != ' ') return false;
  for (std::uint64_t i = vs; i < ve; ++i)
    if (!digit(i)) return false;
  const std::uint64_t from = line_start(data, vs, 512), to = line_end(data, ve, 512);
  for (std::uint64_t i = from; i < to; ++i)
    if (data[i] == ',' || data[i] == ';' || data[i] == '|' || data[i] == '\t') return false;
  for (std::uint64_t i = from; i + 12 < vs; ++i) {
    if (!digit(i) || (i > from && data[i - 1] != ' ')) continue;
    std::uint64_t j = i;
    while (j < vs && digit(j)) ++j;
    if (j - i == 12 && data[j] == ' ' && national::se_personnummer_valid(data.substr(i, 12))) return true;
    i = j;
  }
  return false;
}

bool part_of_a_number(Validator v, std::string_view data, std::uint64_t vs, std::uint64_t ve, bool labelled) noexcept {
  // A personnummer-shaped number an order's or an invoice's name names
  // (one date-and-serial in ten passes Luhn) is that order's number.
  // (and so is a Finnish-looking one in Swedish text: "beslut 160220-9668",
  // "dnr 190112-5862")
  if (v == Validator::SePersonnummer || v == Validator::FiHetu)
    return !labelled &&
           (after_order_name(data, vs) || after_other_national_id_name(data, vs, v == Validator::FiHetu) ||
            (v == Validator::SePersonnummer && later_number_in_a_record(data, vs, ve)));
  if (v != Validator::Luhn && v != Validator::UsSsn && v != Validator::Phone && v != Validator::InAadhaar) return false;
  auto digit = [&](std::uint64_t i) { return i < data.size() && data[i] >= '0' && data[i] <= '9'; };
  if (v == Validator::InAadhaar) {
    // Without a label, an Aadhaar number only as the UIDAI prints it (the
    // e-Aadhaar letter, the card, forms copied from them) or as portals
    // write it in paths and cells (2373-7438-9667): three groups of four
    // split by single spaces or by dashes, standing alone; not three groups
    // of a card's or a VID's sixteen digits, nor a dump's columns.
    if (labelled) return false;
    if (ve - vs != 14 || (data[vs + 4] != ' ' && data[vs + 4] != '-') || data[vs + 9] != data[vs + 4]) return true;
    if (vs >= 1 && std::isalnum(static_cast<unsigned char>(data[vs - 1]))) return true;
    if (vs >= 2 && (data[vs - 1] == ' ' || data[vs - 1] == '-') && digit(vs - 2)) return true;
    if ((data.size() > ve + 1 && (data[ve] == ' ' || data[ve] == '-') && digit(ve + 1)) || digit(ve)) return true;
    return part_of_group_sequence(data, vs, ve);
  }
  auto word = [&](std::uint64_t i) { return digit(i) || std::isalpha(static_cast<unsigned char>(data[i])); };
  if (vs >= 2 && data[vs - 1] == '.' && digit(vs - 2)) return true;
  if (v != Validator::Phone && vs >= 1 && data[vs - 1] == '-' && digit(vs) && (vs == 1 || !word(vs - 2))) return true;
  if (ve + 1 < data.size() && data[ve] == '.' && digit(ve + 1)) return true;
  // 17 to 19 digits in one run are an id, a hash or a timestamp in
  // nanoseconds (printed 64-bit integers: 1 in 10 passes Luhn) far more
  // often than a 19-digit card, which is printed in groups; unless a
  // card label says so ("card_number": ..., a `pan` column).
  // Cards are printed in groups of at most 6 (4-4-4-4, 4-6-5, 4-6-4) or
  // in one run: "24705700 3086 3566" is od's 8-digit offset and two
  // columns, read as a card through the pattern's optional separators.
  if (v == Validator::Luhn) {
    if (card_continues(data, vs)) return true;
    // A '+' leads a phone number in international form, never a card
    // (a vCard's "tel:+4917073414535").
    if ((vs >= 1 && data[vs - 1] == '+') || (vs >= 3 && data.substr(vs - 3, 3) == "%2B")) return true;
    std::uint64_t run = 0, longest = 0;
    bool separated = false;
    for (std::uint64_t i = vs; i < ve; ++i) {
      if (digit(i)) {
        longest = std::max(longest, ++run);
      } else {
        separated = true;
        run = 0;
        if (data[i] == '%' && url_escape_at(data, i)) i += 2;  // "%20": its digits are no group's
      }
    }
    if (separated ? longest > 6 : ve - vs >= 17 && !labelled && !card_word_before(data, vs)) return true;
    // So are UATP's 15 digits led by 1 in one run (an id or a timestamp
    // in tens of microseconds otherwise).
    if (!separated && ve - vs == 15 && data[vs] == '1' && !labelled && !card_word_before(data, vs)) return true;
  }
  if (after_object_name_word(data, vs)) return true;
  // A card-shaped number that a key or prose names as an id ("order_id":
  // "4279...", for order 5541..., invoice no. 4944...): not a card; nor is
  // a phone-shaped one ("Warehouse ref 904-678-7893", "Txn ID UKC:0094...")
  // a phone number; but one in international form with its '+' is
  // ("me liga no +55 31 92590-7735": Portuguese's "no" is "at").
  if ((v == Validator::Luhn || (v == Validator::Phone && data[vs] != '+')) && !labelled && after_id_name(data, vs))
    return true;
  // Ten digits in one run led by 0 and named by nothing: a date and time
  // (ISO 8583's MMDDhhmmss, "0612091512") or an id far more often than a
  // French number written without its spaces.
  if (v == Validator::Phone && !labelled && ve - vs == 10 && data[vs] == '0') {
    bool compact = true;
    for (std::uint64_t i = vs; i < ve && compact; ++i) compact = digit(i);
    if (compact) return true;
  }
  // A compact run after a digit and a comma is one of a list of numbers
  // ("3,0612345678,..."); one written with its separators is a phone
  // number in the column after a number (a CSV's dad's and mum's mobiles,
  // "070-897 16 96,076-457 80 31"; a call log's time, "20:21:51,06 ...").
  if (v == Validator::Phone && !labelled && vs >= 2 && data[vs - 1] == ',' && digit(vs - 2)) {
    bool compact = true;
    for (std::uint64_t i = vs; i < ve && compact; ++i) compact = digit(i);
    if (compact) return true;
  }
  // A compact run after an id's prefix and a dash ("E2E-006819655864",
  // "INV-0612345678", Slack's "xoxp-4976908083131-...") is the rest of that
  // id, no phone number and no card.
  if ((v == Validator::Phone || v == Validator::Luhn) && vs >= 2 && data[vs - 1] == '-' &&
      std::isalnum(static_cast<unsigned char>(data[vs - 2]))) {
    bool compact = true;
    for (std::uint64_t i = vs; i < ve && compact; ++i) compact = digit(i);
    if (compact) return true;
  }
  // A number whose last eight characters open a UUID ("part-00164-66805301-
  // b72c-4e78-8d5b-79c0db2f3c07.snappy.parquet", Spark's output files).
  if (uuid_continues(data, vs, ve)) return true;
  return part_of_group_sequence(data, vs, ve);
}

// Telegram's Bot API puts the bot's token right after "/bot" in its URLs
// (https://api.telegram.org/bot<id>:<secret>/sendMessage): the letters
// before the id's digits are the path's, not the token's.
bool bot_api_path(std::string_view data, std::uint64_t vs) noexcept {
  return vs >= 4 && vs < data.size() && data[vs] >= '0' && data[vs] <= '9' && data.substr(vs - 4, 4) == "/bot";
}

// A value that runs on into more token characters is a piece of a longer
// run (Rule::token): "AIza" + 35 characters cut out of a line of base64 or
// out of a longer key. '+' joins base64 on either side, '/' on the left
// only: after a key it starts a path ("Credential=AKIA.../20240305/...",
// AWS's signature scope); not the letters of a Bot API path before a
// Telegram token.
bool piece_of_a_token(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  auto alnum = [](char c) noexcept {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  auto token = [&](char c) noexcept { return alnum(c) || c == '_' || c == '-'; };
  if (vs > 0) {
    const char c = data[vs - 1];
    // (a URL escape is the character it stands for: "%3DAKIA..." is "=AKIA...")
    const bool escaped = vs >= 3 && url_escape_at(data, vs - 3);
    if (escaped) {
      if (token(static_cast<char>(hex_value(data[vs - 2]) * 16 + hex_value(data[vs - 1])))) return true;
    } else if (token(c) && !bot_api_path(data, vs)) {
      return true;
    }
    // (a URL's "://" opens its authority: aws://AKIA...:secret@ is no base64)
    const bool authority = vs >= 3 && data.substr(vs - 3, 3) == "://";
    if ((c == '+' || c == '/') && vs > 1 && !authority &&
        (alnum(data[vs - 2]) || data[vs - 2] == '+' || data[vs - 2] == '/'))
      return true;
  }
  if (ve < data.size()) {
    const char c = data[ve];
    if (token(c)) return true;
    // ('/' too, after base64 text that holds one: the first 40
    // characters of a secret of 64 run on "...r1t/iC0/r0KGB..."; an access
    // key id's "AKIA.../20240124/" in a signature's scope do not)
    auto base64ish = [&] { return data.substr(vs, ve - vs).find_first_of("/+") != std::string_view::npos; };
    if ((c == '+' || (c == '/' && base64ish())) && ve + 1 < data.size() &&
        (alnum(data[ve + 1]) || data[ve + 1] == '+' || data[ve + 1] == '/'))
      return true;
  }
  return false;
}

// A context's key glued onto the letters before it is no key: "xpwd:"
// in random bytes or a hex dump's text column. A camelCase join
// ("userPassword") is a key, and so is a long key ("dbpassword"): random
// bytes do not spell one.
bool key_inside_a_word(std::string_view data, std::uint64_t start) noexcept {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (start == 0 || start >= data.size()) return false;
  const char prev = data[start - 1], cur = data[start];
  if (!(lower(prev) || upper(prev) || digit(prev)) || !(lower(cur) || upper(cur))) return false;
  if ((lower(prev) || digit(prev)) && upper(cur)) return false;
  // (an escaped separator: a JSON string's line break, "...Guest\nlösenord: X")
  if (Escape esc; escape_covering(data, start - 1, esc) && !esc.value_char) return false;
  // The key's length, '_' included: a context that starts on the last
  // letter of a word by design ("[A-Z0-9]_SALT" in AUTH_SALT) is a long key.
  // (A UTF-8 letter's bytes count: lösenord.)
  std::uint64_t letters = 0;
  while (start + letters < data.size() && letters < 5 &&
         (lower(data[start + letters]) || upper(data[start + letters]) || data[start + letters] == '_' ||
          static_cast<unsigned char>(data[start + letters]) >= 0x80))
    ++letters;
  return letters < 5;
}


struct MainContext {
  std::uint64_t base;  // the window's offset in the buffer
  Scratch::Candidate* candidates;
  std::size_t capacity;
  std::size_t* count;
  bool* overflow;
};

int on_main_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<MainContext*>(ctx);
  from += c.base;
  to += c.base;
  std::size_t n = *c.count;
  std::size_t lo = n > kExtendWindow ? n - kExtendWindow : 0;
  for (std::size_t i = n; i > lo; --i) {
    auto& prev = c.candidates[i - 1];
    if (prev.rule == id && prev.start == from) {
      if (to > prev.end) prev.end = to;
      return 0;
    }
  }
  if (n == c.capacity) {
    *c.overflow = true;
    return 1;  // stop: the caller learns the scan is incomplete
  }
  c.candidates[n] = {from, to, id, 0, kPending, false, false};
  *c.count = n + 1;
  return 0;
}

// A split rule's value end `to`, after the context hit [from, context_end):
// as on_main_match, but a value that begins after a gap past the end of the
// last one from the same start, behind a later end of that context, is a
// value of its own (a passwords array's second element, ProxySQL's second
// "user:X" pair: one context hit's alternatives each end before one
// value). Whole-expression start-of-match would report them as one match.
// Until step 1 reads each candidate's context, value_start holds the
// context end it came from.
int on_split_match(MainContext& c, unsigned id, std::uint64_t from, std::uint64_t context_end, std::uint64_t to) noexcept {
  const auto after = static_cast<std::uint32_t>(context_end - from);
  std::size_t n = *c.count;
  std::size_t lo = n > kExtendWindow ? n - kExtendWindow : 0;
  for (std::size_t i = n; i > lo; --i) {
    auto& prev = c.candidates[i - 1];
    if (prev.rule == id && prev.start == from) {
      if (to <= prev.end + 1 || prev.value_start == after) {
        if (to > prev.end) prev.end = to;
        return 0;
      }
      break;
    }
  }
  if (n == c.capacity) {
    *c.overflow = true;
    return 1;
  }
  c.candidates[n] = {from, to, id, after, kPending, false, false};
  *c.count = n + 1;
  return 0;
}

// A split rule's context hits (start, end) in the window, absolute.
struct ContextHits {
  std::uint64_t base;
  Match* hits;
  std::size_t capacity;
  std::size_t count;
  bool overflow;
};

// A presence database's first match ends its scan (HS_SCAN_TERMINATED).
int on_presence(unsigned, unsigned long long, unsigned long long, unsigned, void*) noexcept { return 1; }

int on_context_hit(unsigned, unsigned long long from, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<ContextHits*>(ctx);
  if (c.count == c.capacity) {
    c.overflow = true;
    return 1;
  }
  c.hits[c.count++] = Match{c.base + from, c.base + to, 0, Action::Report};
  return 0;
}

// The ends of a split rule's value scanned from one context end, as runs
// of consecutive offsets.
struct ValueEnds {
  std::uint64_t base;   // the context end the value database runs from
  std::uint64_t start;  // that context hit's start
  Scratch::Span* spans;
  std::size_t capacity;
  std::size_t count;
  std::uint64_t budget;  // value ends left to take (pathological input: many contexts inside one long value)
  bool overflow;
};

int on_value_end(unsigned, unsigned long long, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<ValueEnds*>(ctx);
  const std::uint64_t e = c.base + to;
  if (c.budget == 0) {
    c.overflow = true;
    return 1;
  }
  --c.budget;
  if (c.count > 0) {
    auto& last = c.spans[c.count - 1];
    if (last.start == c.start && e >= last.lo && e <= last.hi + 1) {
      if (e > last.hi) last.hi = e;
      if (c.base > last.after) last.after = c.base;
      return 0;
    }
  }
  if (c.count == c.capacity) {
    c.overflow = true;
    return 1;
  }
  c.spans[c.count++] = Scratch::Span{c.start, e, e, c.base};
  return 0;
}

struct TriggerContext {
  WindowSet* set;
  const RuleRuntime* rules;
  const Policy* policy;
  const std::vector<std::uint32_t>* digit_rules;
  const std::vector<std::vector<std::uint32_t>>* shape_rules;
  // ids from the rule count on: SQL statements, JSON values, HL7 PIDs,
  // user lists, key maps (columns.h)
  TableScan* tables;
  std::string_view data;
  // The segment being scanned (windows.h): where the trigger scan began in
  // `data`, and the least end a trigger must have to be new (the scan
  // starts before the segment, to see triggers that cross into it); where
  // the shape pass began.
  std::uint64_t trigger_base = 0;
  std::uint64_t min_end = 0;
  std::uint64_t shape_base = 0;
};

int on_trigger(unsigned id, unsigned long long, unsigned long long end, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<TriggerContext*>(ctx);
  const std::uint64_t to = c.trigger_base + end;
  if (to < c.min_end) return 0;  // the segment before reported it
  const auto rules = static_cast<unsigned>(c.policy->rules.size());
  if (id >= rules) {
    // The JSON value and HL7 expressions match literals (which Hyperscan
    // finds fast); the whole key, and that "PID|" starts a line, are
    // checked here.
    const auto kind = static_cast<TableKeyword>(id - rules);
    if (kind == TableKeyword::JsonValue && !typed_value_key_before(c.data, to)) return 0;
    if (kind == TableKeyword::Hl7Pid && to > 4 && c.data[to - 5] != '\n' && c.data[to - 5] != '\r') return 0;
    if (kind == TableKeyword::UserList) {
      std::uint64_t list_from = 0;
      if (user_list_opener(c.data, to, list_from)) c.tables->add(list_from, kind);
      return 0;
    }
    if (kind == TableKeyword::KeyMap) {
      std::uint64_t map_from = 0;
      if (key_map_opener(c.data, to, map_from)) c.tables->add(map_from, kind);
      return 0;
    }
    if (kind == TableKeyword::SecretMap) {
      std::uint64_t map_from = 0;
      if (secret_map_opener(c.data, to, map_from)) c.tables->add(map_from, kind);
      return 0;
    }
    // (a word kept only when its sentence gives a value: a buffer without
    // one then has no table to read, and its scan ends early)
    if (kind == TableKeyword::ProseWord) {
      ProseSecret secret;
      if (prose_secret_value(c.data, to, secret)) c.tables->add(to, kind);
      return 0;
    }
    c.tables->add(to, kind);
    return 0;
  }
  return add_window(*c.set, to, to, id, c.rules[id]) ? 0 : 1;
}

bool on_digit_run(void* ctx, std::size_t start, std::size_t end, unsigned digits) noexcept {
  auto& c = *static_cast<TriggerContext*>(ctx);
  for (std::uint32_t r : *c.digit_rules)
    if (digits >= c.policy->rules[r].prefilter.digits &&
        !add_window(*c.set, c.shape_base + start, c.shape_base + end, r, c.rules[r]))
      return false;
  return true;
}

bool on_shape(void* ctx, std::size_t start, std::size_t end, unsigned shape) noexcept {
  auto& c = *static_cast<TriggerContext*>(ctx);
  for (std::uint32_t r : (*c.shape_rules)[shape])
    if (!add_window(*c.set, c.shape_base + start, c.shape_base + end, r, c.rules[r])) return false;
  return true;
}

struct PostContext {
  unsigned want_id;
  std::size_t limit;     // context ends must leave a non-empty value
  std::uint64_t best;    // longest context end seen
  bool hit;
};

int on_context_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<PostContext*>(ctx);
  if (id == c.want_id && to < c.limit && to > c.best) c.best = to;
  return 0;
}

// The leftmost start of a looked-back context (RuleRuntime): its matches
// all end where the scanned data ends.
int on_lookback(unsigned, unsigned long long from, unsigned long long, unsigned, void* ctx) noexcept {
  auto& leftmost = *static_cast<std::uint64_t*>(ctx);
  if (from < leftmost) leftmost = from;
  return 0;
}

int on_allow_match(unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<PostContext*>(ctx);
  if (id == c.want_id) {
    c.hit = true;
    return 1;
  }
  return 0;
}

bool value_listed(const std::vector<std::string>& sorted, std::string_view canon) noexcept {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), canon,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
  return it != sorted.end() && std::string_view(*it) == canon;
}

}  // namespace

Engine::~Engine() {
  for (hs_database* db : rule_dbs_) hs_free_database(db);
  for (hs_database* db : value_dbs_) hs_free_database(db);
  for (hs_database* db : lookback_dbs_) hs_free_database(db);
  for (hs_database* db : presence_dbs_) hs_free_database(db);
  hs_free_database(trigger_db_);
  hs_free_database(post_db_);
}

Scratch::~Scratch() {
  hs_free_scratch(hs_);
  delete[] candidates_;
  delete[] windows_;
  delete[] matches_;
  delete[] spans_;
  delete[] bounce_;
  delete tables_;
}

std::unique_ptr<Engine> Engine::build(Policy policy, const EngineOptions& options) {
  std::unique_ptr<Engine> e(new Engine);
  e->key_ = options.key;
  e->compiled_ = std::make_unique<Compiled>();
  auto& c = *e->compiled_;
  c.first_pass = options.first_pass;
  c.segment = options.segment;

  if (policy.rules.empty()) throw PolicyError(policy.name, 0, "", "the policy has no rules");
  const auto n = static_cast<std::uint32_t>(policy.rules.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    const Rule& r = policy.rules[i];
    std::string expr = main_expression(r, r.pattern);
    if (r.prefilter.empty() && r.context.size() <= kWholeContext) {
      add_input(c.trigger_inputs, expr, r.hs_flags, i, "pattern", i);
    } else if (r.prefilter.empty()) {  // (in runs of alternatives, as the post database's context below)
      Rule each = r;
      for (const std::string& alt : alternative_chunks(r.context, kWholeContext)) {
        each.context = alt;
        add_input(c.trigger_inputs, main_expression(each, r.pattern), r.hs_flags, i, "pattern", i);
      }
    }
    for (const auto& p : r.prefilter.patterns)
      add_input(c.trigger_inputs, p, r.hs_flags, i, "prefilter pattern '" + p + "'", i);
    if (r.prefilter.digits > 0) {
      c.digit_rules.push_back(i);
      if (c.digit_run == 0 || r.prefilter.digits < c.digit_run) c.digit_run = r.prefilter.digits;
    }
    if (!r.prefilter.shape.empty()) {
      auto at = std::find(c.shapes.begin(), c.shapes.end(), r.prefilter.shape);
      if (at == c.shapes.end()) {
        c.shapes.push_back(r.prefilter.shape);
        c.shape_rules.emplace_back();
        at = c.shapes.end() - 1;
      }
      c.shape_rules[static_cast<std::size_t>(at - c.shapes.begin())].push_back(i);
    }
    add_input(c.main_inputs, std::move(expr), r.hs_flags | HS_FLAG_SOM_LEFTMOST, i, "pattern", i);
    auto rt = prepare_allowlist(r.allow, r.validator);
    rt.has_context = !r.context.empty();
    rt.context_looked_back = rt.has_context && optional_as_a_whole(r.context);
    // (Hyperscan bounds an expression's length: a context longer than
    // kWholeContext is checked as runs of its top-level alternatives, one
    // expression each under the same id, which match where it does.)
    if (rt.has_context && r.context.size() <= kWholeContext)
      add_input(c.post_inputs, "^(?:" + r.context + ")", r.hs_flags, context_id(i), "context", i);
    else if (rt.has_context)
      for (const std::string& alt : alternative_chunks(r.context, kWholeContext))
        add_input(c.post_inputs, "^(?:" + alt + ")", r.hs_flags, context_id(i), "context", i);
    if (rt.context_looked_back)  // the group without its '?', ending where the data ends
      add_input(c.lookback_inputs, "(?:" + r.context.substr(0, r.context.size() - 1) + ")\\z",
                r.hs_flags | HS_FLAG_SOM_LEFTMOST, 0, "context", i);
    for (const auto& p : r.allow.patterns)
      add_input(c.post_inputs, p, HS_FLAG_SINGLEMATCH, allow_id(i), "allow pattern '" + p + "'", i);
    c.rules.push_back(std::move(rt));
  }
  // SQL statements that name columns, JSON value keys and HL7 PID
  // segments (columns.h), lists of values bound to SQL placeholders
  // (bound_parameters.h) and words that name a secret in prose
  // (prose_secrets.h), when a rule's context could name one: ids from the
  // rule count on.
  if (std::any_of(c.rules.begin(), c.rules.end(), [](const RuleRuntime& rt) { return rt.has_context; })) {
    for (std::uint32_t k = 0; k < std::size(kTableKeywordExpressions); ++k)
      add_input(c.trigger_inputs, kTableKeywordExpressions[k], 0, n + k, "table statement", UINT32_MAX);
    add_input(c.trigger_inputs, bound_parameter_expression(), 0, n + static_cast<std::uint32_t>(TableKeyword::BoundList),
              "bound parameter list", UINT32_MAX);
    add_input(c.trigger_inputs, prose_secret_expression(), 0, n + static_cast<std::uint32_t>(TableKeyword::ProseWord),
              "prose secret word", UINT32_MAX);
    add_input(c.trigger_inputs, kSecretMapExpression, 0, n + static_cast<std::uint32_t>(TableKeyword::SecretMap),
              "secret map", UINT32_MAX);
  }
  for (const auto& shape : c.shapes) c.shape_views.emplace_back(shape);
  c.global = prepare_allowlist(policy.allow, Validator::None);
  for (const auto& p : policy.allow.patterns)
    add_input(c.post_inputs, p, HS_FLAG_SINGLEMATCH, allow_id(n), "allow pattern '" + p + "'", UINT32_MAX);

  for (const auto& s : policy.sinks) {
    SinkRuntime rt;
    rt.applies_to.assign(n, s.rules.empty() ? 1 : 0);
    for (const auto& id : s.rules)
      for (std::uint32_t i = 0; i < n; ++i)
        if (policy.rules[i].id == id) rt.applies_to[i] = 1;
    c.sinks.push_back(std::move(rt));
  }

  c.cache_key = database_cache_key(c.main_inputs, c.trigger_inputs, c.post_inputs, c.lookback_inputs);
  auto dbs = obtain_databases(policy, c.main_inputs, c.trigger_inputs, c.post_inputs, c.lookback_inputs, c.cache_key,
                              options);
  // The widths of the n main expressions, then the longest trigger's.
  c.trigger_width = dbs.max_width.size() > n ? dbs.max_width[n] : UINT32_MAX;
  for (std::uint32_t i = 0; i < n; ++i) {
    auto& rt = c.rules[i];
    rt.max_width = i < dbs.max_width.size() ? dbs.max_width[i] : UINT32_MAX;
    const Rule& r = policy.rules[i];
    set_reach(rt, c.main_inputs.expressions[i], r.hs_flags, rt.max_width, r.prefilter.empty());
  }
  // n rule databases, then n value, n lookback and n presence databases
  // (each null or not: Databases).
  auto free_all = [&] {
    for (hs_database* db : dbs.rules) hs_free_database(db);
    hs_free_database(dbs.trigger);
    hs_free_database(dbs.post);
  };
  if (dbs.rules.size() != 4 * static_cast<std::size_t>(n) ||
      std::any_of(dbs.rules.begin(), dbs.rules.begin() + n, [](hs_database* d) { return d == nullptr; })) {
    free_all();
    throw PolicyError(policy.name, 0, "", "the compiled databases do not fit the policy");
  }
  // (a value is a vendor's when the vendor rule's own value pattern takes
  // it whole: that needs the split form's value database)
  for (std::uint32_t i = 0; i < n; ++i) {
    const Rule& r = policy.rules[i];
    if (r.vendor.empty() || dbs.rules[n + i]) continue;
    free_all();
    throw PolicyError(r.where.file, r.where.line, r.id,
                      "vendor needs a context and a pattern that reads nothing before its own start");
  }
  e->value_dbs_.assign(dbs.rules.begin() + n, dbs.rules.begin() + 2 * n);
  e->lookback_dbs_.assign(dbs.rules.begin() + 2 * n, dbs.rules.begin() + 3 * n);
  e->presence_dbs_.assign(dbs.rules.begin() + 3 * n, dbs.rules.end());
  c.column_rule.assign(n, 0);
  for (std::uint32_t i = 0; i < n; ++i) {
    c.column_rule[i] = c.rules[i].has_context && (e->value_dbs_[i] || policy.rules[i].validator != Validator::None);
    c.column_rules = c.column_rules || c.column_rule[i];
    if (c.card_rule == kNoRule && policy.rules[i].validator == Validator::Luhn) c.card_rule = i;
    if (c.personnummer_rule == kNoRule && policy.rules[i].validator == Validator::SePersonnummer) c.personnummer_rule = i;
    if (c.aws_secret_rule == kNoRule && policy.rules[i].validator == Validator::AwsSecretKey) c.aws_secret_rule = i;
    if (c.bearer_rule == kNoRule && policy.rules[i].validator == Validator::TokenValue) c.bearer_rule = i;
    if (!policy.rules[i].vendor.empty()) c.vendor_rules.push_back(i);
    if (c.password_rule == kNoRule && policy.rules[i].validator == Validator::SecretValue &&
        policy.rules[i].suffix.empty())
      c.password_rule = i;
  }
  dbs.rules.resize(n);
  e->rule_dbs_ = std::move(dbs.rules);
  e->trigger_db_ = dbs.trigger;
  e->post_db_ = dbs.post;
  e->source_ = dbs.source;
  e->policy_ = std::move(policy);
  return e;
}

std::size_t Engine::database_size() const noexcept {
  std::size_t a = 0, b = 0;
  for (const auto* dbs : {&rule_dbs_, &value_dbs_, &lookback_dbs_, &presence_dbs_})
    for (hs_database* db : *dbs) {
      std::size_t r = 0;
      if (db) hs_database_size(db, &r);
      a += r;
    }
  if (trigger_db_) {
    std::size_t p = 0;
    hs_database_size(trigger_db_, &p);
    a += p;
  }
  if (post_db_) hs_database_size(post_db_, &b);
  return a + b;
}

std::unique_ptr<Scratch> Engine::make_scratch(std::size_t candidate_capacity, std::size_t window_capacity) const {
  std::unique_ptr<Scratch> s(new Scratch);
  for (const auto* dbs : {&rule_dbs_, &value_dbs_, &lookback_dbs_, &presence_dbs_})
    for (hs_database* db : *dbs)
      if (db && hs_alloc_scratch(db, &s->hs_) != HS_SUCCESS) throw std::bad_alloc();
  if (trigger_db_ && hs_alloc_scratch(trigger_db_, &s->hs_) != HS_SUCCESS) throw std::bad_alloc();
  if (post_db_ && hs_alloc_scratch(post_db_, &s->hs_) != HS_SUCCESS) throw std::bad_alloc();
  s->capacity_ = std::max<std::size_t>(candidate_capacity, 16);
  s->candidates_ = new Scratch::Candidate[s->capacity_];
  s->window_capacity_ = std::max<std::size_t>(window_capacity ? window_capacity : candidate_capacity, 16);
  s->windows_ = new Scratch::Window[s->window_capacity_];
  s->matches_ = new Match[s->capacity_];
  s->spans_ = new Scratch::Span[s->capacity_];
  s->bounce_ = new char[kBounce];
  s->tables_ = new TableScan;
  return s;
}

namespace {

// Which rules' contexts accept a whole header name as a label, and whether
// a value database accepts a whole cell.
struct LabelHits {
  unsigned long long length;
  std::uint64_t rules[2];  // bits, for the rules below 128
};
int on_label(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<LabelHits*>(ctx);
  const unsigned rule = id / 2;  // contexts only: context_id(rule) is even
  if (to == c.length && id == context_id(rule) && rule < 128) c.rules[rule / 64] |= std::uint64_t{1} << (rule % 64);
  return 0;
}
struct WholeCell {
  unsigned long long length;
  bool whole = false;
};
int on_whole_cell(unsigned, unsigned long long, unsigned long long to, unsigned, void* ctx) noexcept {
  auto& c = *static_cast<WholeCell*>(ctx);
  if (to != c.length) return 0;
  c.whole = true;
  return 1;
}

// Whether a match in sorted, disjoint `matches` overlaps [start, end):
// the value was found already.
bool found_already(const Match* matches, std::size_t n, std::uint64_t start, std::uint64_t end) {
  const Match* j = std::lower_bound(matches, matches + n, start,
                                    [](const Match& o, std::uint64_t where) { return o.end <= where; });
  return j < matches + n && j->start < end;
}

// Adds `found` (values the later steps of Engine::scan find beside the
// matches, none overlapping one) to the sorted matches, each at its place,
// as many as the scratch has room for; returns the new count.
std::size_t insert_in_order(Match* matches, std::size_t n, std::size_t capacity, const Match* found,
                            std::size_t n_found) {
  for (std::size_t k = 0; k < n_found && n < capacity; ++k) {
    Match* pos = std::lower_bound(matches, matches + n, found[k].start,
                                  [](const Match& o, std::uint64_t where) { return o.start < where; });
    if (pos < matches + n && pos->start == found[k].start) continue;
    std::move_backward(pos, matches + n, matches + n + 1);
    *pos = found[k];
    ++n;
  }
  return n;
}

}  // namespace

void Engine::add_table_candidates(std::string_view data, const TableScan& tables, Scratch& s,
                                  ScanResult& result) const noexcept {
  const auto& c = *compiled_;
  // A header: each name, read as "name: ", against every rule's context,
  // from its start or from a separator in it (uid_aadhaar, customer.phone),
  // as a key in running text may start there.
  struct Claim {
    std::uint32_t column;
    std::uint32_t rule;
  };
  Claim claims[32];
  std::size_t nclaims = 0;
  // Whether the table being read registers animals (id_names.h): its
  // dates of birth are theirs.
  bool animal_table = false;
  std::uint64_t claimed[2] = {0, 0};  // columns
  // Columns no rule claims whose name names an id (id_names.h): their
  // cells hide card-shaped numbers (step 3 of scan).
  std::uint64_t id_columns[2] = {0, 0};
  // Of them, those naming an order or an invoice (names_an_order): their
  // cells hide personnummer-shaped numbers too.
  std::uint64_t order_columns[2] = {0, 0};
  // Of them, those whose own name names the id (not only a column beside a
  // personnummer's): their cells hide phone-shaped numbers and other
  // countries' national ids too (GolfID 070819-026, Praoavtal 251201-0931).
  std::uint64_t named_id_columns[2] = {0, 0};
  const std::uint32_t card_rule = c.card_rule;
  // The rules whose context takes data[from, to) as a label, in bits. A
  // URI's last segment names it too (FHIR's ".../NamingSystem/bsn"), and
  // a camelCase name's last words (MobilePhone, customerSsn).
  auto label_rules_of = [&](std::string_view name, std::uint64_t (&out)[2]) {
    while (!name.empty() && (name.back() == ' ' || name.back() == '#')) name.remove_suffix(1);
    char label[kMaxName + 2];
    const std::size_t n = name.size();
    if (n == 0 || n > kMaxName) return;
    std::memcpy(label, name.data(), n);
    label[n] = ':';
    label[n + 1] = ' ';
    LabelHits hits{n + 2, {0, 0}};
    auto separator = [](char ch) { return ch == '_' || ch == '.' || ch == '-' || ch == ' ' || ch == '/'; };
    auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
    for (std::size_t p = 0; p < n; ++p) {
      // from the start, at or after a separator, or at a camelCase word (MobilePhone)
      if (p > 0 && !separator(label[p]) && !separator(label[p - 1]) && !(upper(label[p]) && lower(label[p - 1])))
        continue;
      hits.length = n + 2 - p;
      hs_scan(post_db_, label + p, static_cast<unsigned>(n + 2 - p), 0, s.hs_, on_label, &hits);
    }
    out[0] |= hits.rules[0];
    out[1] |= hits.rules[1];
  };
  auto label_rules = [&](std::string_view name, std::uint64_t (&out)[2]) {
    // A header's note on the format and its number sign are not the name:
    // "DOB (DD/MM/YYYY)", "AADHAAR NO.(12 DIGIT)", "Aadhaar#", Google
    // Workspace's "Password [Required]". Unless the
    // name says nothing a rule knows and the note is the name in English
    // ("ஆதார் எண் (aadhaar)", "கைபேசி எண் (mobile)").
    std::string_view note;
    if (!name.empty() && (name.back() == ')' || name.back() == ']')) {
      const std::size_t open = name.rfind(name.back() == ')' ? '(' : '[');
      if (open != std::string_view::npos && open > 0) {
        note = name.substr(open + 1, name.size() - open - 2);
        name = name.substr(0, open);
      }
    }
    std::uint64_t named[2] = {0, 0};
    label_rules_of(name, named);
    if (named[0] == 0 && named[1] == 0 && !note.empty()) label_rules_of(note, named);
    // A name and a short qualifier after it ("Mobil VH1", "Phone 2",
    // "Email alt"): the name alone, when the qualifier is a code of up
    // to three letters and digits.
    const std::size_t last_blank = name.find_last_of(' ');
    if (named[0] == 0 && named[1] == 0 && last_blank != std::string_view::npos && last_blank > 0 &&
        name.size() - last_blank - 1 >= 1 && name.size() - last_blank - 1 <= 3) {
      bool code = true;
      for (char ch : name.substr(last_blank + 1))
        code = code && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
      if (code) label_rules_of(name.substr(0, last_blank), named);
    }
    // Or a word that says whose value it is ("Personnummer elev",
    // "Telefon vårdnadshavare", "Email parent").
    if (named[0] == 0 && named[1] == 0 && last_blank != std::string_view::npos && last_blank > 0 &&
        names_whose(name.substr(last_blank + 1)))
      label_rules_of(name.substr(0, last_blank), named);
    out[0] |= named[0];
    out[1] |= named[1];
  };
  auto claim = [&](std::size_t col, std::size_t from, std::size_t to) {
    std::uint64_t rules[2] = {0, 0};
    if (to > from) label_rules(data.substr(from, to - from), rules);
    // A header that names two numbers the column may hold ("UID / EID",
    // "Phone/Mobile"): each name on its own.
    for (std::size_t p = from, slash; rules[0] == 0 && rules[1] == 0 && p < to; p = slash + 1) {
      slash = p;
      while (slash < to && data[slash] != '/') ++slash;
      if (slash == to && p == from) break;  // no '/': the name was read whole
      std::size_t a = p, b = slash;
      while (a < b && data[a] == ' ') ++a;
      while (b > a && data[b - 1] == ' ') --b;
      if (b > a) label_rules(data.substr(a, b - a), rules);
    }
    bool any = false;
    for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128; ++r) {
      if (!c.column_rule[r] || !(rules[r / 64] >> (r % 64) & 1) || nclaims == std::size(claims)) continue;
      // (a name the rule's not_after words rule out: ACCOUNT_UID is no Aadhaar's UID)
      if (to > from && name_holds_a_not_after_word(data.substr(from, to - from), policy_.rules[r].not_after)) continue;
      // (a register of animals' birth date, not its owner's)
      if (animal_table && policy_.rules[r].validator == Validator::Date &&
          !(to > from && names_an_owner(data.substr(from, to - from))))
        continue;
      claims[nclaims++] = Claim{static_cast<std::uint32_t>(col), r};
      claimed[col / 64] |= std::uint64_t{1} << (col % 64);
      any = true;
    }
    if (!any && col < kMaxColumns && to > from) {
      const std::string_view name = data.substr(from, to - from);
      // (a column of ids that names no person hides them too: a queue's,
      // a journal's or a listing's id is often a date and a serial; not
      // a typed number's column, "id_value" beside "id_type")
      const bool id = names_an_id(name);
      const bool order = c.personnummer_rule != kNoRule &&
                         (names_an_order(name) || (id && ends_in_an_id(name) && !names_a_person(name)));
      // (a card's column, "Kortnummer", numbers a thing for the
      // personnummer rule, but its cells are the card rule's)
      if ((order && !names_a_card(name)) || (card_rule != kNoRule && id)) id_columns[col / 64] |= std::uint64_t{1} << (col % 64);
      if (order) order_columns[col / 64] |= std::uint64_t{1} << (col % 64);
      if ((order || ends_in_an_id(name)) && !names_a_person(name) && !names_a_card(name))
        named_id_columns[col / 64] |= std::uint64_t{1} << (col % 64);
    }
  };
  // A cell in a claimed column is a candidate of each rule that claimed
  // it, when the rule's value database takes the cell whole.
  constexpr std::size_t kMaxCell = 256;
  auto add_cell = [&](std::uint32_t r, std::size_t from, std::size_t to) {
    if (to <= from || to - from > kMaxCell) return;
    // A secret's cell is its value whatever it holds ("xxnKcfz$7Cei<<Z)f-S!"):
    // the rule's expression stops at characters a cell may hold.
    if (value_dbs_[r] && !typed_secret(policy_.rules[r].validator)) {
      WholeCell whole{to - from};
      hs_scan(value_dbs_[r], data.data() + from, static_cast<unsigned>(to - from), 0, s.hs_, on_whole_cell, &whole);
      if (!whole.whole) return;
    }
    if (s.count_ == s.capacity_) {
      s.overflow_ = true;
      result.incomplete = true;
      return;
    }
    s.candidates_[s.count_++] = Scratch::Candidate{from, to, r, 0, kPending, false, true};
  };
  // Each of n values as a cell of each column rule in `rules` (a label's,
  // label_rules below): what the readers of lists and maps found.
  auto cells_as = [&](const std::uint64_t (&rules)[2], const TextSpan* values, std::size_t n) {
    for (std::size_t k = 0; k < n && !s.overflow_; ++k)
      for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
        if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, values[k].from, values[k].to);
  };
  // A spreadsheet's text escapes are not the value: ="0123" and, inside
  // a quoted field, =""0123"" keep leading zeros; a leading apostrophe
  // keeps a number from being read as one. Nor are a Markdown code span's
  // backticks.
  auto unwrap = [&](std::size_t& from, std::size_t& to) {
    if (to - from > 5 && data[from] == '=' && data[from + 1] == '"' && data[from + 2] == '"' && data[to - 1] == '"' &&
        data[to - 2] == '"')
      from += 3, to -= 2;
    else if (to - from > 3 && data[from] == '=' && data[from + 1] == '"' && data[to - 1] == '"')
      from += 2, to -= 1;
    else if (to - from > 1 && data[from] == '\'' && (std::isdigit(static_cast<unsigned char>(data[from + 1])) || data[from + 1] == '+'))
      from += 1;
    else if (to - from > 2 && data[from] == '`' && data[to - 1] == '`')
      from += 1, to -= 1;
    // A statement quoted in a log's string escapes its quotes (MariaDB's
    // audit log: VALUES (\'0160 4419 0646\', ...)).
    else if (to - from > 4 && data[from] == '\\' && (data[from + 1] == '\'' || data[from + 1] == '"') &&
             data[to - 2] == '\\' && data[to - 1] == data[from + 1])
      from += 2, to -= 2;
    // Croatian, Serbian and Slovak write a date with a final dot
    // ("13.03.1959."): the date ends before it.
    if (to - from >= 9 && data[to - 1] == '.' && std::isdigit(static_cast<unsigned char>(data[to - 2])) &&
        std::count(data.begin() + static_cast<std::ptrdiff_t>(from), data.begin() + static_cast<std::ptrdiff_t>(to), '.') == 3)
      to -= 1;
  };
  auto cell = [&](std::size_t col, std::size_t from, std::size_t to) {
    unwrap(from, to);
    if (col >= kMaxColumns || to <= from || to - from > kMaxCell || s.overflow_) return;
    if (id_columns[col / 64] >> (col % 64) & 1) {
      // Only a number needs hiding (7 to 19 digits, spaces or dashes
      // between: a card's shape from 12, a phone's from 7 - GolfID
      // 070819-026; an order's column: from 10, 20250314-1234 passes Luhn
      // one time in ten); and a hint is no finding: when the scratch is
      // full, the cell is left out rather than the scan marked incomplete
      // (the number in it may then be reported as a card).
      // (A cell that a wide value ran into holds the number last:
      // "FRL) 20250410-3363" in a fixed-width row.)
      for (std::size_t i = to; i > from + 1; --i)
        if (data[i - 1] == ' ' && to - i >= 10 && (data[i - 2] < '0' || data[i - 2] > '9')) {
          from = i;
          break;
        }
      std::size_t digits = 0;
      bool shaped = true;
      for (std::size_t i = from; i < to && shaped; ++i) {
        if (data[i] >= '0' && data[i] <= '9') ++digits;
        else shaped = data[i] == ' ' || data[i] == '-';
      }
      const bool order = order_columns[col / 64] >> (col % 64) & 1;
      const bool named = named_id_columns[col / 64] >> (col % 64) & 1;
      if (!shaped || digits < (named ? 7u : order ? 10u : 12u) || digits > 19 || s.count_ == s.capacity_) return;
      Scratch::Candidate id{from, to, order && digits >= 10 ? c.personnummer_rule : card_rule, 0, kPending, false, true};
      id.id_cell = true;
      id.named_id = named;
      s.candidates_[s.count_++] = id;
      return;
    }
    if (!(claimed[col / 64] >> (col % 64) & 1)) return;
    for (std::size_t i = 0; i < nclaims && !s.overflow_; ++i)
      if (claims[i].column == col) add_cell(claims[i].rule, from, to);
  };
  auto any_column = [&] { return nclaims > 0 || id_columns[0] != 0 || id_columns[1] != 0; };
  auto reset = [&] {
    nclaims = 0;
    claimed[0] = claimed[1] = 0;
    id_columns[0] = id_columns[1] = 0;
    order_columns[0] = order_columns[1] = 0;
    named_id_columns[0] = named_id_columns[1] = 0;
  };

  // A national identifier's column beside a country column (id_names.h):
  // the row's country names the number for the rule that knows its
  // scheme, instead of every rule the column's name claims it for. False
  // when the country names none; then the cell is read as any other.
  std::size_t country_col = kMaxColumns, national_col = kMaxColumns;
  auto find_national = [&](std::size_t col, std::string_view name) {
    if (country_col == kMaxColumns && names_a_country(name)) country_col = col;
    else if (national_col == kMaxColumns && names_a_national_id(name)) national_col = col;
  };
  auto national_cell = [&](std::size_t country_from, std::size_t country_to, std::size_t from, std::size_t to) {
    const std::string_view named =
        country_to > country_from ? national_id_name(data.substr(country_from, country_to - country_from))
                                  : std::string_view();
    if (named.empty()) return false;
    std::uint64_t rules[2] = {0, 0};
    label_rules(named, rules);
    for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
      if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, from, to);
    return true;
  };

  // A header's names (columns.h), each as `at` gets it; a LODAS name
  // without its '#' and table ("steuer_id#psd").
  auto header_names = [&](const TableHeader& h, auto at) {
    row_fields(data, h.names_from, names_end(h), h, [&](std::size_t col, std::size_t from, std::size_t to) {
      if (h.record_len != 0)
        for (std::size_t i = from; i < to; ++i)
          if (data[i] == '#') to = i;
      at(col, from, to);
    });
  };
  for (std::size_t ti = 0; ti < tables.csv_tables && !s.overflow_; ++ti) {
    const TableHeader& h = tables.csv[ti];
    reset();
    country_col = national_col = kMaxColumns;
    // A type column and a number column no rule claims (ID_TYPE,
    // ID_NUMBER): each row's type names its number (id_names.h).
    // (Of several type columns, the one that shares the number column's
    // first word, ID_TYPE beside PAX_TYPE, else the nearest before it.)
    std::size_t type_col = kMaxColumns, number_col = kMaxColumns, secret_col = kMaxColumns;
    std::string_view number_name;
    struct TypeColumn {
      std::size_t col;
      std::string_view name;
    } types[8];
    std::size_t ntypes = 0;
    animal_table = false;
    header_names(h, [&](std::size_t, std::size_t from, std::size_t to) {
      animal_table = animal_table || names_an_animal(data.substr(from, to - from));
    });
    header_names(h, [&](std::size_t col, std::size_t from, std::size_t to) {
      claim(col, from, to);
      const std::string_view name = data.substr(from, to - from);
      find_national(col, name);
      if (names_a_type(name)) {
        if (ntypes < std::size(types)) types[ntypes++] = TypeColumn{col, name};
      } else if (col < kMaxColumns && !(claimed[col / 64] >> (col % 64) & 1) && names_a_number(name) &&
                 (number_col == kMaxColumns || (ntypes > 0 && types[ntypes - 1].col + 1 == col))) {
        // (the first such column, or the one right after a type column:
        // a row counter "No." first, "Nature of identity document" and
        // "Number of identity document" side by side later)
        number_col = col;
        number_name = name;
      } else if (secret_col == kMaxColumns && col < kMaxColumns && names_a_secret(name)) {
        secret_col = col;
      }
    });
    // A table that names its personnummer column (or its national id's
    // as a social security number's, "ssno"): a date and a serial in a
    // column that names no person is that column's own number (a
    // Resekort, an Utrustningskvitto, a receipt's or a card's, a
    // membership's registration).
    bool personnummer_column = false;
    for (std::size_t i = 0; i < nclaims; ++i)
      personnummer_column |= claims[i].rule == c.personnummer_rule ||
                             (c.personnummer_rule != kNoRule && policy_.rules[claims[i].rule].validator == Validator::UsSsn);
    if (personnummer_column)
      header_names(h, [&](std::size_t col, std::size_t from, std::size_t to) {
        if (col >= kMaxColumns || to <= from || (claimed[col / 64] >> (col % 64) & 1)) return;
        const std::string_view name = data.substr(from, to - from);
        if (names_a_person(name) || names_a_national_id(name)) return;
        id_columns[col / 64] |= std::uint64_t{1} << (col % 64);
        order_columns[col / 64] |= std::uint64_t{1} << (col % 64);
      });
    // A secret scanner's report: a Secret column beside a Type column
    // ("Twilio API key"), whose row names its value's vendor as well.
    if (number_col == kMaxColumns && secret_col < kMaxColumns) number_col = secret_col;
    for (std::size_t t = 0; t < ntypes && number_col < kMaxColumns; ++t) {
      if (same_first_word(types[t].name, number_name)) {
        type_col = types[t].col;
        break;
      }
      if (types[t].col < number_col) type_col = types[t].col;
    }
    const bool typed = type_col < kMaxColumns && number_col < kMaxColumns;
    const bool national = country_col < kMaxColumns && national_col < kMaxColumns;
    for (std::size_t next = h.rows_from; (any_column() || typed || national) && next < h.rows_to && !s.overflow_;) {
      std::size_t line = next, eol = next;
      while (eol < h.rows_to && data[eol] != '\n') ++eol;
      next = eol + 1;
      if (h.record_len != 0) {
        // (a LODAS row: its record type's number first, a ';' after its last field)
        if (eol - line <= h.record_len || data.substr(line, h.record_len) != data.substr(h.record_from, h.record_len))
          continue;
        line += h.record_len;
        while (eol > line && (data[eol - 1] == '\r' || data[eol - 1] == ';')) --eol;
      }
      if (row_fields(data, line, eol, h, [](std::size_t, std::size_t, std::size_t) {}) == h.columns) {
        std::size_t skip = kMaxColumns;
        if (national) {
          std::size_t country_from = 0, country_to = 0, national_from = 0, national_to = 0;
          row_fields(data, line, eol, h, [&](std::size_t col, std::size_t from, std::size_t to) {
            if (col == country_col) country_from = from, country_to = to;
            if (col == national_col) national_from = from, national_to = to;
          });
          unwrap(national_from, national_to);
          if (national_cell(country_from, country_to, national_from, national_to)) skip = national_col;
        }
        row_fields(data, line, eol, h, [&](std::size_t col, std::size_t from, std::size_t to) {
          if (col != skip) cell(col, from, to);
        });
        if (typed) {
          std::size_t type_from = 0, type_to = 0, number_from = 0, number_to = 0;
          row_fields(data, line, eol, h, [&](std::size_t col, std::size_t from, std::size_t to) {
            if (col == type_col) type_from = from, type_to = to;
            if (col == number_col) number_from = from, number_to = to;
          });
          unwrap(number_from, number_to);
          std::uint64_t rules[2] = {0, 0};
          if (type_to > type_from && number_to > number_from && type_to - type_from <= kMaxName)
            label_rules(type_name(data.substr(type_from, type_to - type_from)), rules);
          for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
            if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, number_from, number_to);
        }
      }
    }
  }
  for (std::size_t i = 0; i < tables.statements && !s.overflow_; ++i) {
    if (tables.kinds[i] == TableKeyword::CreateTable) continue;
    SqlTable rows;
    if (!sql_statement(data, tables.ends[i], tables.kinds[i], rows)) continue;
    SqlTable names = rows;
    if (rows.names_to == 0) {
      // An INSERT without a column list: the columns of the last CREATE
      // TABLE of that name before it, or of pg_dump's COPY header (which
      // lists every column of the table, in its order).
      bool found = false;
      for (std::size_t j = 0; j < i; ++j) {
        SqlTable create;
        if ((tables.kinds[j] == TableKeyword::CreateTable || tables.kinds[j] == TableKeyword::Copy) &&
            sql_statement(data, tables.ends[j], tables.kinds[j], create) &&
            same_table(data.substr(create.name_from, create.name_to - create.name_from),
                       data.substr(rows.name_from, rows.name_to - rows.name_from))) {
          names = create;
          found = true;
        }
      }
      if (!found) continue;
    }
    reset();
    country_col = national_col = kMaxColumns;
    animal_table = false;
    sql_names(names, [&](std::size_t, std::size_t from, std::size_t to) {
      animal_table = animal_table || names_an_animal(data.substr(from, to - from));
    });
    const std::size_t columns = sql_names(names, [&](std::size_t col, std::size_t from, std::size_t to) {
      claim(col, from, to);
      find_national(col, data.substr(from, to - from));
    });
    const bool national = country_col < kMaxColumns && national_col < kMaxColumns;
    if ((!any_column() && !national) || columns > kMaxColumns) continue;
    if (!national) {
      sql_rows(rows, columns, [&](std::size_t, std::size_t col, std::size_t from, std::size_t to) { cell(col, from, to); });
      continue;
    }
    // A row's national identifier waits for its country, which may come after it.
    std::size_t row = SIZE_MAX, country_from = 0, country_to = 0, national_from = 0, national_to = 0;
    auto end_row = [&] {
      if (row != SIZE_MAX && national_to > national_from &&
          !national_cell(country_from, country_to, national_from, national_to))
        cell(national_col, national_from, national_to);
      country_from = country_to = national_from = national_to = 0;
    };
    sql_rows(rows, columns, [&](std::size_t r, std::size_t col, std::size_t from, std::size_t to) {
      if (r != row) {
        end_row();
        row = r;
      }
      if (col == country_col) country_from = from, country_to = to;
      if (col == national_col) national_from = from, national_to = to;
      else cell(col, from, to);
    });
    end_row();
  }
  // JSON values their object names (typed_values.h): a candidate of each
  // rule whose context takes one of the object's labels.
  for (std::size_t i = 0; i < tables.json_values && !s.overflow_; ++i) {
    TypedValue tv;
    if (!typed_value(data, tables.json_ends[i], tv)) continue;
    std::uint64_t rules[2] = {0, 0};
    for (std::size_t l = 0; l < tv.count; ++l)
      label_rules(type_name(data.substr(tv.labels[l].from, tv.labels[l].to - tv.labels[l].from)), rules);
    for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
      if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1) && !label_not_after(policy_.rules[r], data, tv))
        add_cell(r, tv.value.from, tv.value.to);
  }
  // JSON values under keys written with \u escapes (escaped_keys.h): a
  // candidate of each rule whose context takes the decoded key as a label.
  for (std::size_t i = 0; i < tables.escaped_keys && !s.overflow_; ++i) {
    EscapedKey key;
    if (!escaped_key_value(data, tables.escaped_key_ends[i], key)) continue;
    std::uint64_t rules[2] = {0, 0};
    label_rules(key.label(), rules);
    for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
      if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, key.value.from, key.value.to);
  }
  // Values bound to an SQL statement's placeholders (bound_parameters.h):
  // each read as a one-column table's cell under the column its
  // placeholder stands for.
  for (std::size_t i = 0; i < tables.bound_lists && !s.overflow_; ++i) {
    BoundValue values[kMaxBoundValues];
    const std::size_t n = bound_values(data, tables.bound_list_ends[i], values, kMaxBoundValues);
    std::size_t type_v = n, number_v = n;
    for (std::size_t v = 0; v < n && !s.overflow_; ++v) {
      reset();
      country_col = national_col = kMaxColumns;
      animal_table = false;
      claim(0, values[v].name_from, values[v].name_to);
      const std::string_view name = data.substr(values[v].name_from, values[v].name_to - values[v].name_from);
      if (names_a_type(name)) type_v = v;
      else if (nclaims == 0 && number_v == n && names_a_number(name)) number_v = v;
      cell(0, values[v].value_from, values[v].value_to);
    }
    // A type and a number no rule claims (id_type = 'BSN', id_number =
    // '...'): the type names the number, as in a table's row.
    if (type_v < n && number_v < n) {
      const BoundValue& type = values[type_v];
      const BoundValue& number = values[number_v];
      std::uint64_t rules[2] = {0, 0};
      if (type.value_to > type.value_from && type.value_to - type.value_from <= kMaxName)
        label_rules(type_name(data.substr(type.value_from, type.value_to - type.value_from)), rules);
      for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
        if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, number.value_from, number.value_to);
    }
  }
  // Secrets given in prose (prose_secrets.h): each value as a password's
  // or an API key's.
  if (tables.prose_words > 0) {
    std::uint64_t password_rules[2] = {0, 0}, key_rules[2] = {0, 0}, aws_rules[2] = {0, 0};
    label_rules("password", password_rules);
    label_rules("api_key", key_rules);
    // (AWS' secret key when AWS is named before it, the engine checks; a
    // generic secret's otherwise)
    label_rules("aws_secret_access_key", aws_rules);
    aws_rules[0] |= key_rules[0];
    aws_rules[1] |= key_rules[1];
    std::uint64_t last_to = 0;
    for (std::size_t i = 0; i < tables.prose_words && !s.overflow_; ++i) {
      ProseSecret secret;
      if (!prose_secret_value(data, tables.prose_ends[i], secret) || secret.value.to == last_to) continue;
      last_to = secret.value.to;
      const std::uint64_t(&rules)[2] = secret.password ? password_rules : secret.aws_shaped ? aws_rules : key_rules;
      // (and the passwords the sentence goes on to give: old, new, tried)
      TextSpan values[4] = {secret.value};
      const std::size_t n =
          1 + (secret.password ? prose_passwords_after(data, secret.value.to, values + 1, std::size(values) - 1) : 0);
      if (n > 1) last_to = values[n - 1].to;
      cells_as(rules, values, n);
    }
  }
  // Lists of users and their passwords (user_lists.h): each value as a
  // password's.
  if (tables.user_lists > 0) {
    std::uint64_t rules[2] = {0, 0};
    label_rules("password", rules);
    std::uint64_t end = 0;
    for (std::size_t i = 0; i < tables.user_lists && !s.overflow_; ++i) {
      if (tables.user_list_from[i] < end) continue;  // the same list, opened twice
      TextSpan values[kMaxUserListValues];
      cells_as(rules, values, user_list_values(data, tables.user_list_from[i], values, end));
    }
  }
  // A plain credentials file (user_lists.h): each password as a password's.
  if (tables.plain_credentials > 0) {
    std::uint64_t rules[2] = {0, 0};
    label_rules("password", rules);
    cells_as(rules, tables.plain_passwords, tables.plain_credentials);
  }
  // An API key bootstrap file (user_lists.h): each secret as an API secret's.
  if (tables.bootstrap_keys > 0) {
    std::uint64_t rules[2] = {0, 0};
    label_rules("api_secret", rules);
    cells_as(rules, tables.bootstrap_secrets, tables.bootstrap_keys);
  }
  // nginx maps keyed by API keys (user_lists.h): each key as an API key's.
  if (tables.key_maps > 0) {
    std::uint64_t rules[2] = {0, 0};
    label_rules("api_key", rules);
    for (std::size_t i = 0; i < tables.key_maps && !s.overflow_; ++i) {
      TextSpan keys[kMaxUserListValues];
      cells_as(rules, keys, key_map_keys(data, tables.key_map_from[i], keys));
    }
  }
  // Maps named for their secrets (secret_maps.h): each value as a secret's.
  if (tables.secret_maps > 0) {
    std::uint64_t rules[2] = {0, 0};
    label_rules("secret", rules);
    for (std::size_t i = 0; i < tables.secret_maps && !s.overflow_; ++i) {
      TextSpan values[kMaxSecretMapValues];
      cells_as(rules, values, secret_map_values(data, tables.secret_map_from[i], values));
    }
  }
  // HL7 v2 PID fields, named by position or by an identifier's type
  // code or authority (hl7_fields.h).
  for (std::size_t i = 0; i < tables.hl7_segments && !s.overflow_; ++i) {
    Hl7Value values[kMaxHl7Values];
    const std::size_t n = hl7_pid_values(data, tables.hl7_ends[i], values);
    for (std::size_t k = 0; k < n && !s.overflow_; ++k) {
      std::uint64_t rules[2] = {0, 0};
      label_rules(values[k].label, rules);
      for (std::uint32_t r = 0; r < c.column_rule.size() && r < 128 && !s.overflow_; ++r)
        if (c.column_rule[r] && (rules[r / 64] >> (r % 64) & 1)) add_cell(r, values[k].value.from, values[k].value.to);
    }
  }
}

ScanResult Engine::scan(std::string_view data, const Sink& sink, Scratch& s) const noexcept {
  auto same = [](void* ctx) noexcept -> const Sink& { return *static_cast<const Sink*>(ctx); };
  return scan(data, same, const_cast<Sink*>(&sink), s);
}

ScanResult Engine::scan(std::string_view data, SinkResolver resolve, void* ctx, Scratch& s) const noexcept {
  // Whether a candidate's value is listed in its rule's or the policy's
  // allowlists (synthetic data).
  auto allowed_value = [this](const Rule& rule, const RuleRuntime& rt, const Compiled& c, std::string_view value,
                              Scratch& scratch, bool patterns = true) noexcept {
    const auto global_rule = static_cast<std::uint32_t>(policy_.rules.size());
    const auto rule_index = static_cast<std::uint32_t>(&rule - policy_.rules.data());
    char canon_buf[256], domain_buf[256];
    std::string_view canon = canonical(rule.validator, value, canon_buf, sizeof canon_buf);
    std::string_view domain = value_domain(value, domain_buf, sizeof domain_buf);
    bool allowed = value_listed(rt.allow_values, canon) || value_listed(c.global.allow_values, value) ||
                   (!domain.empty() && (domain_allowed(domain, rt.allow_domains) ||
                                        domain_allowed(domain, c.global.allow_domains)));
    for (std::uint32_t which : {rule_index, global_rule}) {
      if (allowed || !patterns) break;
      bool has = which == global_rule ? c.global.has_allow_patterns : rt.has_allow_patterns;
      if (!has) continue;
      PostContext pc{allow_id(which), 0, 0, false};
      hs_scan(post_db_, value.data(), static_cast<unsigned>(value.size()), 0, scratch.hs_, on_allow_match, &pc);
      allowed = pc.hit;
    }
    return allowed;
  };
  ScanResult result;
  result.output_size = data.size();
  if (policy_.settings.mode == Mode::Off || data.empty()) return result;

  // Every Hyperscan scan below ends at or before data's end: when the
  // bytes after it may fault, all of them run over a copy.
  std::optional<OverReadCopy> copy;
  if (!tail_readable(data)) {
    copy.emplace(data, s.bounce_, kBounce);
    if (copy->empty()) {
      result.incomplete = true;  // no memory for the copy
      return result;
    }
    data = copy->view();
  }

  const auto& c = *compiled_;

  s.count_ = 0;
  s.overflow_ = false;
  // A split rule (engine_internal.h): its context's hits in the window,
  // the value database from each hit's end, then for each value end the
  // leftmost start of a hit it follows, in order of ends: what Hyperscan
  // reports for the whole expression with start-of-match.
  auto run_split = [&](std::uint32_t rule, std::uint64_t start, std::uint64_t end, unsigned wlen) noexcept {
    ContextHits hits{start, s.matches_, s.capacity_, 0, false};
    hs_error_t err = hs_scan(rule_dbs_[rule], data.data() + start, wlen, 0, s.hs_, on_context_hit, &hits);
    if (err == HS_SCRATCH_IN_USE) return err;
    if (err != HS_SUCCESS && err != HS_SCAN_TERMINATED) result.incomplete = true;
    if (hits.overflow) result.incomplete = true;
    ValueEnds ends{0, 0, s.spans_, s.capacity_, 0, 8 * (end - start) + 4096, false};
    for (std::size_t h = 0; h < hits.count && !ends.overflow; ++h) {
      const std::uint64_t m = hits.hits[h].end;
      if (m >= start + wlen) continue;
      ends.base = m;
      ends.start = hits.hits[h].start;
      err = hs_scan(value_dbs_[rule], data.data() + m, static_cast<unsigned>(start + wlen - m), 0, s.hs_,
                    on_value_end, &ends);
      if (err != HS_SUCCESS && err != HS_SCAN_TERMINATED) result.incomplete = true;
    }
    if (ends.overflow) result.incomplete = true;
    Scratch::Span* sp = s.spans_;
    std::sort(sp, sp + ends.count, [](const Scratch::Span& a, const Scratch::Span& b) { return a.lo < b.lo; });
    MainContext mctx{0, s.candidates_, s.capacity_, &s.count_, &s.overflow_};
    std::uint64_t work = 8 * (end - start) + 4096;
    for (std::size_t i = 0; i < ends.count && !s.overflow_;) {
      std::size_t j = i + 1;
      std::uint64_t hi = sp[i].hi;
      for (; j < ends.count && sp[j].lo <= hi; ++j) hi = std::max(hi, sp[j].hi);
      for (std::uint64_t e = sp[i].lo; e <= hi && !s.overflow_; ++e) {
        std::uint64_t best = UINT64_MAX, after = 0;
        for (std::size_t q = i; q < j; ++q)
          if (sp[q].lo <= e && e <= sp[q].hi && (sp[q].start < best || (sp[q].start == best && sp[q].after > after))) {
            best = sp[q].start;
            after = sp[q].after;
          }
        if (work < j - i) {
          result.incomplete = true;
          return HS_SUCCESS;
        }
        work -= j - i;
        if (best != UINT64_MAX) on_split_match(mctx, rule, best, after, e);
      }
      i = j;
    }
    return HS_SUCCESS;
  };
  // Whether the bearer rule's database ran (a trigger of it was found):
  // step 4f below looks for the names sent after "Bearer" only then.
  bool bearer_ran = false;
  auto run = [&](std::uint32_t rule, std::uint64_t start, std::uint64_t end) noexcept {
    bearer_ran = bearer_ran || rule == c.bearer_rule;
    MainContext mctx{start, s.candidates_, s.capacity_, &s.count_, &s.overflow_};
    const auto wlen = static_cast<unsigned>(std::min<std::uint64_t>(end - start, UINT32_MAX));
    if (presence_dbs_[rule]) {
      // No match in the window without start-of-match: none with it.
      const hs_error_t err = hs_scan(presence_dbs_[rule], data.data() + start, wlen, 0, s.hs_, on_presence, nullptr);
      if (err == HS_SCRATCH_IN_USE) {
        result.incomplete = true;
        return false;
      }
      if (err == HS_SUCCESS) {  // ran to the end: no match (an error scans as below)
        if (end - start > UINT32_MAX) result.incomplete = true;
        return true;
      }
    }
    if (value_dbs_[rule]) {
      const hs_error_t err = run_split(rule, start, end, wlen);
      if (s.overflow_ || end - start > UINT32_MAX) result.incomplete = true;
      return err != HS_SCRATCH_IN_USE && !s.overflow_;
    }
    hs_error_t err = hs_scan(rule_dbs_[rule], data.data() + start, wlen, 0, s.hs_, on_main_match, &mctx);
    if ((err != HS_SUCCESS && err != HS_SCAN_TERMINATED) || s.overflow_ || end - start > UINT32_MAX)
      result.incomplete = true;
    return err != HS_SCRATCH_IN_USE && !s.overflow_;
  };
  // Runs the windows [from, to) of the set, sorted by rule: each over its
  // span, or, when `whole_if_most` and a rule's windows cover more than
  // half the buffer, that rule over all of it (fewer calls, the same
  // matches). False when the scan must stop (re-entered, out of room).
  auto run_windows = [&](const Scratch::Window* w, std::size_t from, std::size_t to, bool whole_if_most) noexcept {
    for (std::size_t i = from; i < to;) {
      const std::uint32_t rule = w[i].rule;
      std::size_t j = i;
      std::uint64_t covered = 0;
      for (; j < to && w[j].rule == rule; ++j) covered += w[j].end - w[j].start;
      bool ok = true;
      if (whole_if_most && covered > data.size() / 2) ok = run(rule, 0, data.size());
      else
        for (std::size_t k = i; k < j && ok; ++k) ok = run(rule, w[k].start, w[k].end);
      if (!ok) return false;
      i = j;
    }
    return true;
  };

  // First pass: triggers open windows. A buffer larger than a segment is
  // read segment by segment (windows.h), and after each the windows no
  // later trigger can reach are run and dropped, so a scratch of a fixed
  // size serves any buffer and no rule's database runs over more than its
  // windows. The trigger scan of a segment starts the longest trigger
  // before it; what ended inside the segment before is skipped.
  WindowSet set{data, s.windows_, s.window_capacity_};
  TableScan& tables = *s.tables_;
  tables.clear();
  TriggerContext tctx{&set, c.rules.data(), &policy_, &c.digit_rules, &c.shape_rules, &tables, data};
  ShapeScan want;
  want.min_digits = c.digit_run;
  want.shapes = c.shape_views.data();
  want.shape_count = static_cast<unsigned>(c.shape_views.size());
  want.on_run = on_digit_run;
  want.on_shape = on_shape;
  want.ctx = &tctx;
  const bool segmented = c.segment > 0 && c.trigger_width != UINT32_MAX;
  bool flushed = false, stop = false;
  if (!c.first_pass) set.overflow = true;
  for (std::uint64_t from = 0; from < data.size() && !set.overflow && !stop;) {
    const std::uint64_t to = segmented ? segment_end(data, from + c.segment) : data.size();
    set.segment_from = set.count;
    if (trigger_db_) {
      const std::uint64_t at = trigger_overlap_start(data, from, c.trigger_width);
      tctx.trigger_base = at;
      tctx.min_end = from == 0 ? 0 : from + 1;
      const auto len = static_cast<unsigned>(std::min<std::uint64_t>(to - at, UINT32_MAX));
      hs_error_t err = hs_scan(trigger_db_, data.data() + at, len, 0, s.hs_, on_trigger, &tctx);
      if (err == HS_SCRATCH_IN_USE) {
        result.incomplete = true;  // re-entered from a signal handler
        return result;
      }
      if (err != HS_SUCCESS && err != HS_SCAN_TERMINATED) set.overflow = true;  // look at everything instead
    }
    if (!set.overflow) {
      tctx.shape_base = from;
      scan_shapes(data.substr(from, to - from), want);
    }
    from = to;
    // Windows that no trigger at or after `from` can reach: run, dropped.
    if (set.overflow || from >= data.size() || set.count <= set.capacity / 4) continue;
    set.count = merge_windows(s.windows_, set.count);
    std::size_t closed = 0;
    for (std::size_t i = 0; i < set.count; ++i)
      if (s.windows_[i].end < closing_bound(data, from, c.rules[s.windows_[i].rule])) {
        std::swap(s.windows_[i], s.windows_[closed]);
        ++closed;
      }
    // The swaps keep the closed ones in order (each moves down past open
    // ones only); the open ones are re-sorted by the next merge.
    stop = !run_windows(s.windows_, 0, closed, false);
    std::memmove(s.windows_, s.windows_ + closed, (set.count - closed) * sizeof(Scratch::Window));
    set.count -= closed;
    flushed = flushed || closed > 0;
  }
  // Tables whose header names a rule's label (columns.h): their cells are
  // read below whether or not a trigger opened a window. The SQL
  // statements came with the triggers, unless there was no trigger pass
  // or it stopped early: then they are searched for.
  if (c.column_rules) {
    // A header needs a row under it: a buffer of one line (most writes)
    // has none, and one memchr says so.
    const bool lines = data.size() > 1 && std::memchr(data.data(), '\n', data.size() - 1) != nullptr;
    tables.csv_tables = lines ? table_headers(data, tables.csv, kMaxTables) : 0;
    tables.plain_credentials =
        lines ? plain_credentials_file(data, tables.plain_passwords, std::size(tables.plain_passwords)) : 0;
    tables.bootstrap_keys =
        lines ? api_key_bootstrap_file(data, tables.bootstrap_secrets, std::size(tables.bootstrap_secrets)) : 0;
    if (set.overflow) {
      tables.statements = tables.json_values = tables.hl7_segments = tables.user_lists = tables.key_maps = tables.secret_maps =
          tables.escaped_keys = tables.bound_lists = tables.prose_words = 0;
      find_table_statements(data, tables);
    }
  } else {
    tables.statements = tables.json_values = tables.hl7_segments = tables.user_lists = tables.key_maps = tables.secret_maps =
        tables.escaped_keys = tables.bound_lists = tables.prose_words = tables.plain_credentials = tables.bootstrap_keys = 0;
  }
  const bool has_table = tables.any();
  if (set.count == 0 && !flushed && !set.overflow && !has_table) return result;

  // Second pass: each rule's start-of-match database over its windows
  // (those left), or over the whole buffer when they are too many.
  if (stop) {
    // re-entered or out of candidates while running closed windows
  } else if (set.overflow) {
    s.count_ = 0;  // what flushed windows found, the whole buffer finds again
    for (std::uint32_t r = 0; r < rule_dbs_.size(); ++r)
      if (!run(r, 0, data.size())) break;
  } else {
    const std::size_t windows = merge_windows(s.windows_, set.count);
    // After a flush the rest of the buffer is partly run: no rule may run
    // over all of it again.
    run_windows(s.windows_, 0, windows, !flushed);
  }
  if (has_table && !s.overflow_) add_table_candidates(data, tables, s, result);
  if (s.overflow_ || result.incomplete) {
    // Re-entered from a signal handler: nothing collected. Out of
    // candidates: what was collected is still worth acting on.
    if (s.count_ == 0) return result;
  }

  auto* cand = s.candidates_;
  std::size_t n = s.count_;

  // 1. Per candidate: context, validator, allowlists.
  for (std::size_t i = 0; i < n; ++i) {
    auto& k = cand[i];
    if (k.id_cell) continue;
    const Rule& rule = policy_.rules[k.rule];
    const RuleRuntime& rt = c.rules[k.rule];
    std::string_view span = data.substr(k.start, k.end - k.start);
    // A table cell (columns.h) is the value alone: its label is the header.
    if (!k.column && !rule.suffix.empty() && span.size() > rule.suffix.size()) {
      k.end -= rule.suffix.size();
      span.remove_suffix(rule.suffix.size());
    }
    if (rt.has_context && !k.column) {
      PostContext pc{context_id(k.rule), span.size(), 0, false};
      hs_scan(post_db_, span.data(), static_cast<unsigned>(span.size()), 0, s.hs_, on_context_match, &pc);
      k.value_start = static_cast<std::uint32_t>(pc.best);
    }
    // (The Aadhaar and personnummer rules' context may be one separator,
    // to find a number standing alone without making the rule whole: that
    // names nothing.)
    const bool one_separator = rule.validator == Validator::InAadhaar || rule.validator == Validator::SePersonnummer;
    bool labelled = k.column || k.value_start > (one_separator ? 1u : 0u);
    std::uint64_t vs = k.start + k.value_start, ve = k.end;
    if (rule.validator == Validator::Pem) {
      // The match is a BEGIN line; the value is the block it opens (pem.h).
      bool open = false;
      if (!pem_private_block(data, vs, ve, ve, &open)) {
        k.state = kDropped;
        continue;
      }
      k.open_key = open;
      k.end = ve;
      k.state = allowed_value(rule, rt, c, data.substr(vs, ve - vs), s) ? kAllowed : kValid;
      continue;
    }
    // The value's edges cut no escape sequence ("\u0151", "\n", "%3C"):
    // an escaped letter joins the value, an escaped separator leaves it.
    const std::uint64_t matched_start = vs, matched_end = ve;
    // (a '%' the context ends with is its own, no escape's: smbclient's
    // -U user%X, where X may start with two hex digits, "%fdQ7U...")
    const bool context_percent = k.value_start > 0 && !k.column && data[vs - 1] == '%';
    if (context_percent ? !fit_end_to_escapes(data, vs, ve) : !fit_value_to_escapes(data, vs, ve)) {
      k.state = kDropped;
      continue;
    }
    // A secret's "%XX" are its characters: in a URL "pw%21" is the
    // password "pw!", in other text "%19" is what was typed; so the
    // escapes the rule matched at the value's end stay in it.
    if (typed_secret(rule.validator) || rule.validator == Validator::AwsSecretKey) {
      while (vs >= matched_start + 3 && url_escape_at(data, vs - 3)) vs -= 3;
      while (ve + 3 <= matched_end && url_escape_at(data, ve)) ve += 3;
      // A fixed-shape token never runs on, nor does a table cell: the cell
      // is the value, '&' and all ("m9fcIiZ_?TFjl&4TZ44=go" is no query
      // string's next field there).
      if (k.column) {
      } else if (rule.token)
        ve = before_next_field(data, vs, ve);
      else if (!placeholder_default(data, vs, ve))
        ve = secret_value_end(data, k.start, vs, ve);
      if (rule.validator == Validator::TokenValue && !k.column) ve = before_escaped_blank(data, vs, ve);
      // (the rule's value stops before a '}' its braces close: take it)
      const std::uint64_t braced_end = ve < data.size() && data[ve] == '}' && data[vs] == '{' ? ve + 1 : ve;
      if (!k.column && odbc_braced(data, k.start, vs, braced_end)) {
        ++vs;
        ve = braced_end - 1;
      }
      // An echoed value is a password only when piped to a prompt (after
      // its user and ':' for chpasswd).
      if (!k.column && echo_key(data, k.start)) {
        const int piped = piped_to_a_password_prompt(data, ve);
        if (piped == 0) {
          k.state = kDropped;
          continue;
        }
        if (piped == 2)
          for (std::uint64_t q = vs; q < ve; ++q)
            if (data[q] == ':') {
              vs = q + 1;
              break;
            }
      }
    }
    // A generated key runs across its symbols to its line's end, or to
    // the end of what carries it (a context's quote: Django's
    // SECRET_KEY_FALLBACKS = ["...(...&...", ...], where the rule's value
    // stops at '('; a table's cell; a command's output line), when the
    // longer value is still one (secret_extent.h).
    // (A shell's default for its variable, HMAC_KEY="${HMAC_KEY:-X}", is X,
    // as for a typed secret above: placeholder_default takes it whole.)
    if (rule.validator == Validator::HighEntropy && !k.column && !rule.token && !placeholder_default(data, vs, ve)) {
      std::uint64_t e = generated_value_end(data, vs, ve);
      if (e == ve) e = carried_value_end(data, vs, ve);
      if (e != ve && !list_of_keys_at(data, k.start) && validate(Validator::HighEntropy, data.substr(vs, e - vs))) ve = e;
      ve = url_segment_end(data, vs, ve);
      vs = after_public_id(data, vs, ve);
      // A full stop after an unquoted value at a word's end ends the
      // sentence ("the client secret you issued is X. The sample ..."):
      // no key or token ends with one.
      const bool quoted = vs > 0 && (data[vs - 1] == '"' || data[vs - 1] == '\'' || data[vs - 1] == '`');
      if (!quoted && ve - vs > 1 && data[ve - 1] == '.' &&
          (ve == data.size() || data[ve] == ' ' || data[ve] == '\n' || data[ve] == '\r'))
        --ve;
    }
    // A key and its value split by a gap of blanks ("api_key     X", a
    // Vault table) with more columns after it on the line ("SESSION_SECRET
    // e0c0e400e6192b5b   2024-06-11T10:44:02Z", fly secrets list's DIGEST):
    // a listing's row, not a key and its value.
    if (rule.validator == Validator::HighEntropy && !k.column && blank_gap_key(data, vs) &&
        more_columns_after(data, ve)) {
      k.state = kDropped;
      continue;
    }
    // An access key of capitals and digits is the id half of a key pair
    // (Scaleway's SCW..., MinIO's, like AWS' AKIA...): its secret key is
    // the credential.
    if (rule.validator == Validator::HighEntropy && !k.column &&
        (access_key_id(data, k.start, vs, ve) || key_of_a_pair(data, k.start, ve))) {
      k.state = kDropped;
      continue;
    }
    // A key its name calls public or no credential (id_names.h):
    // NEXT_PUBLIC_RECAPTCHA_SITE_KEY, ADYEN_CLIENT_KEY, cache_key.
    if (rule.validator == Validator::HighEntropy && !k.column && after_public_key_name(data, vs, ve)) {
      k.state = kDropped;
      continue;
    }
    // A printed value is a secret only when piped into a secret store
    // (secret_extent.h).
    if (rule.validator == Validator::HighEntropy && !k.column && printed_key(data, k.start) &&
        !piped_to_a_secret_store(data, ve)) {
      k.state = kDropped;
      continue;
    }
    // Laravel's APP_KEY=base64:<key>, CodeIgniter's encryption.key =
    // hex2bin:<key>: the prefix names the key's encoding.
    if (rule.validator == Validator::HighEntropy)
      for (const std::string_view encoding : {std::string_view("base64:"), std::string_view("hex2bin:")})
        if (ve - vs > encoding.size() && data.substr(vs, encoding.size()) == encoding) vs += encoding.size();
    // Apache Camel's RAW(X) in an endpoint's URI keeps X as typed
    // (password=RAW(se+cr&t)): X is the value.
    if (typed_secret(rule.validator) && ve - vs > 5 && data.substr(vs, 4) == "RAW(" && data[ve - 1] == ')') {
      vs += 4;
      --ve;
    }
    // A value quoted by an XML entity (password=&quot;X&quot;, Android's
    // <string name="PreSharedKey">&quot;X&quot;</string>): X, up to the
    // same entity on its line.
    if (typed_secret(rule.validator) && !k.column)
      for (const std::string_view q : {std::string_view("&quot;"), std::string_view("&apos;"), std::string_view("&#34;"),
                                       std::string_view("&#39;")})
        if (ve - vs > q.size() && data.substr(vs, q.size()) == q) {
          const std::uint64_t from = vs + q.size();
          std::uint64_t close = from;
          while (close < data.size() && close - from < 256 && data[close] != '\n' && data.substr(close, q.size()) != q)
            ++close;
          if (close > from && close < data.size() && data.substr(close, q.size()) == q) {
            vs = from;
            ve = close;
          }
          break;
        }
    if (vs < k.start) k.start = vs;
    k.value_start = static_cast<std::uint32_t>(vs - k.start);
    k.end = ve;
    std::string_view value = data.substr(vs, ve - vs);
    // A URL's user that is an e-mail address, URL-encoded
    // (imaps://ann%40corp.io:pw@mail.corp.io, jmap://ann%40corp.io@host/):
    // the address, not the user@host after it that not_after's "://"
    // leaves out.
    bool encoded_address = false;
    if (rule.validator == Validator::Email && !k.column) {
      const std::size_t enc = value.find("%40");
      if (enc != std::string_view::npos) {
        const std::size_t at = value.find('@', enc);
        if (at == std::string_view::npos) {
          encoded_address = true;
        } else if (validate(Validator::Email, value.substr(0, at))) {
          ve = vs + at;
          k.end = ve;
          value = value.substr(0, at);
          encoded_address = true;
        }
      }
    }
    std::size_t valid = validated_length(rule.validator, value);
    // A personnummer of the 2000s whose last four digits read as a time
    // is one when a label or a column names it (validators_national.h).
    if (valid == 0 && rule.validator == Validator::SePersonnummer && named_by_label(k) &&
        national::se_personnummer_named_valid(value))
      valid = value.size();
    // So is a phone number in a national form only a label tells apart.
    if (valid == 0 && rule.validator == Validator::Phone && named_by_label(k) && phone_named_valid(value))
      valid = value.size();
    // Twelve digits without a label: a finding only in a column of them
    // (column_consensus).
    const bool column_cell = rule.validator == Validator::InAadhaar && !labelled && ve - vs == 12 &&
                             column_key(data, vs, ve) != 0;
    if (valid == 0) {
      k.state = column_cell ? kOffColumn : kDropped;
      continue;
    }
    // A looked-back context (RuleRuntime), for a valid value only: most
    // candidates of a digit-shaped rule are not.
    if (rt.context_looked_back && !k.column && k.value_start == 0 && k.start > 0) {
      const std::uint64_t from = k.start > kLookback ? k.start - kLookback : 0;
      std::uint64_t leftmost = UINT64_MAX;
      hs_scan(lookback_dbs_[k.rule], data.data() + from, static_cast<unsigned>(k.start - from), 0, s.hs_, on_lookback,
              &leftmost);
      if (leftmost != UINT64_MAX) {
        k.start = from + leftmost;
        k.value_start = static_cast<std::uint32_t>(vs - k.start);
        labelled = true;
      }
    }
    if ((rt.has_context && !k.column && key_inside_a_word(data, k.start)) ||
        (!rule.not_after.empty() && !encoded_address && token_prefix_contains(data, k.start, vs, rule.not_after)) ||
        (rule.token && piece_of_a_token(data, vs, ve))) {
      k.state = kDropped;
      continue;
    }
    // (labelled again: the looked-back context above may have found a label)
    if (column_cell && !labelled) {
      k.state = allowed_value(rule, rt, c, value, s) ? kAllowed : kInColumn;
      continue;
    }
    if (part_of_a_number(rule.validator, data, vs, ve, labelled) ||
        (rule.validator == Validator::Email &&
         (remote_login_target(data, vs, ve) || message_id_header(data, vs, ve) || kerberos_principal(data, vs, ve)))) {
      k.state = kDropped;
      continue;
    }
    if (valid < value.size()) {
      // Cut back at a separator: that must not cut an escape either.
      ve = vs + valid;
      if (!fit_end_to_escapes(data, vs, ve) || (ve != vs + valid && !validate(rule.validator, data.substr(vs, ve - vs)))) {
        k.state = kDropped;
        continue;
      }
      k.end = ve;
      value = data.substr(vs, ve - vs);
    }
    // A bare secret_key (SECRET_KEY = "...", a CSV's secret_key column)
    // holding 40 characters is an AWS secret key only with AWS around it:
    // of the 145 such values in the dev sets, each of the 138 AWS keys had
    // an access key id or an aws / s3 / amazon / minio name in the 2 KiB
    // before it; Django's, Superset's and payment partners' keys had none.
    if (rule.validator == Validator::AwsSecretKey && (k.column || bare_secret_key_name(data, k.start)) &&
        !aws_named_before(data, vs)) {
      k.state = kDropped;
      continue;
    }
    // Google Cloud Storage's HMAC key under boto's gs_secret_access_key has
    // AWS' shape and is Google's: a generic secret (secret_extent.h).
    // (and MinIO's own, under a name that says so: MINIO_SECRET_KEY)
    if (rule.validator == Validator::AwsSecretKey && !k.column &&
        (google_storage_key_name(data, k.start) || minio_key_name(data, k.start))) {
      k.state = kDropped;
      continue;
    }
    // IDENTIFIED WITH sha256_hash BY 'X', "passwd NAME", rancid's "add
    // password HOST {X}", Cisco ASA's "password HASH pbkdf2", a user's
    // label ending a prose password's key (secret_extent.h).
    if (rule.validator == Validator::SecretValue &&
        (k.column ? digest_with_its_algorithm(data, vs, k.end) : no_password_here(data, k.start, vs, k.end))) {
      k.state = kDropped;
      continue;
    }
    // A bare "secret = X" (secret_extent.h) is a password when a person
    // made X up; a generated X is generic-secret's, and so is the value of
    // a dotted "jwt.secret=X", whatever its shape.
    if (rule.validator == Validator::SecretValue && !k.column && secret_key_at(data, k.start) &&
        (!bare_secret_key(data, k.start) || validate(Validator::HighEntropy, value) ||
         !secrets::typed_password_shaped(value))) {
      k.state = kDropped;
      continue;
    }
    // A secret its line's comment, or what introduces it, calls an example
    // (secret_extent.h).
    if ((typed_secret(rule.validator) || rule.validator == Validator::HighEntropy) && !k.column &&
        (example_by_its_comment(data, ve) ||
         (rule.validator == Validator::HighEntropy &&
          (example_by_its_introduction(data, vs) || secret_ids_list_item(data, vs, ve))))) {
      k.state = kDropped;
      continue;
    }
    // A quoted password holding an unclosed '(' is typed text, not code
    // (secret_extent.h): only the listed values allow it.
    const bool typed = typed_secret(rule.validator) && !k.column && quoted_unclosed_paren(data, vs, ve);
    k.state = allowed_value(rule, rt, c, value, s, !typed) ? kAllowed : kValid;
  }

  // 2. Order by value start (longest first on ties) for the sweeps below.
  // A total order: the windowed and the full scan collect candidates in
  // different orders, and must end up with the same findings. On equal
  // spans an allowed value comes first, so it shadows the others in 3
  // whichever rule found it first (jane@example.com as a password value).
  std::sort(cand, cand + n, [](const auto& a, const auto& b) { return candidate_order(a, b); });

  // 2b. Numbers that only a column of their like vouches for.
  column_consensus(data, cand, n);

  // 2c. A value found is the same value where it stands again nearby.
  bool repeats_full = false;
  if (const std::size_t grown = repeat_found_values(data, policy_, c.rules, cand, n, s.capacity_, repeats_full);
      grown > n) {
    if (repeats_full) result.incomplete = true;
    s.count_ = n = grown;
    std::sort(cand, cand + n, [](const auto& a, const auto& b) { return candidate_order(a, b); });
  }

  // 2d. A change record's new value is of the kind its old one was
  // (changed_value): when the rule's value database takes it whole and
  // its validator passes it.
  for (std::size_t i = 0, found = n; i < found; ++i) {
    const Scratch::Candidate k = cand[i];
    std::uint64_t from = 0, to = 0;
    if (k.state != kValid || !c.rules[k.rule].has_context || !changed_value(data, k.start + k.value_start, k.end, from, to))
      continue;
    const Rule& rule = policy_.rules[k.rule];
    const std::string_view value = data.substr(from, to - from);
    if (value_dbs_[k.rule]) {
      WholeCell whole{to - from};
      hs_scan(value_dbs_[k.rule], value.data(), static_cast<unsigned>(value.size()), 0, s.hs_, on_whole_cell, &whole);
      if (!whole.whole) continue;
    }
    if (!validate(rule.validator, value) || allowed_value(rule, c.rules[k.rule], c, value, s)) continue;
    if (n == s.capacity_) {
      result.incomplete = true;  // as in 2c: the two scans would keep different ones
      break;
    }
    cand[n++] = Scratch::Candidate{from, to, k.rule, 0, kValid, false, true};
  }
  if (n > s.count_) {
    s.count_ = n;
    std::sort(cand, cand + n, [](const auto& a, const auto& b) { return candidate_order(a, b); });
  }

  // 3. Synthetic data shadows what lies inside it: the digits of an
  // allowlisted test card number are not also a phone number.
  // And a cell of an id column (id_names.h) shadows the card-shaped
  // numbers in it that no card label named, a cell of an order's or an
  // invoice's column the personnummer-shaped ones too (that rule's context
  // may be one separator before the number), a cell of a column whose own
  // name names the id the phone-shaped ones and other national ids.
  std::uint64_t allowed_end = 0, id_end = 0, order_end = 0, named_end = 0;
  for (std::size_t i = 0; i < n; ++i) {
    auto& k = cand[i];
    if (k.id_cell) {
      id_end = std::max(id_end, k.end);
      if (k.rule == c.personnummer_rule) order_end = std::max(order_end, k.end);
      if (k.named_id) named_end = std::max(named_end, k.end);
    } else if (k.state == kAllowed) {
      // (A password's allowed value is code, a URL or words, no synthetic
      // data: what lies inside it, "otpauth://...?secret=X", stays.)
      if (const Validator v = policy_.rules[k.rule].validator; v != Validator::SecretValue && v != Validator::BasicCredentials)
        allowed_end = std::max(allowed_end, k.end);
    } else if (k.state == kValid && k.end <= allowed_end) {
      k.state = kDropped;
    } else if (k.state == kValid && !k.column &&
               ((k.rule == c.card_rule && k.value_start == 0 && k.end <= id_end) ||
                (k.rule == c.personnummer_rule && k.value_start <= 1 && k.end <= order_end) ||
                (policy_.rules[k.rule].validator == Validator::Phone && k.value_start == 0 && k.end <= named_end) ||
                (another_national_id(policy_.rules[k.rule].validator) && k.value_start <= 1 && k.end <= named_end))) {
      k.state = kDropped;
    }
  }

  // 4. Merge overlapping valid candidates into one finding each, under
  // the rule whose action for this sink is the strongest (block, then
  // mask/redact/pseudonym, then report, then allow), then the most severe,
  // then one that knows the value by its shape over one that knows it by
  // its key's name (EMAIL_HOST_PASSWORD = "SG.x.y" is SendGrid's key), then
  // one whose label names the value over one that sees its shape alone
  // ("henkilötunnus 240377-8174" is Finnish, though Swedish-shaped), then
  // the earliest defined: merging never weakens what one of the values
  // alone would get. The sink is asked for only when there is a finding.
  std::size_t first_valid = 0;
  while (first_valid < n && cand[first_valid].state != kValid) ++first_valid;
  // (the literals step 4f may find with no candidate: no rule knew them)
  BearerLiteral lits[8];
  const std::size_t n_lits =
      c.bearer_rule != kNoRule && bearer_ran ? bearer_literals(data, lits, std::size(lits)) : 0;
  if (first_valid == n && n_lits == 0) return result;
  const Sink& sink = resolve(ctx);
  auto strength = [](Action a) noexcept {
    switch (a) {
      case Action::Block: return 3;
      case Action::Mask:
      case Action::Redact:
      case Action::Pseudonym: return 2;
      case Action::Report: return 1;
      case Action::Allow: return 0;
    }
    return 0;
  };
  std::size_t out = 0;
  bool last_labelled = false;  // whether the last match's rule has its value by a label
  for (std::size_t i = first_valid; i < n; ++i) {
    const auto& k = cand[i];
    if (k.state != kValid) continue;
    const std::uint64_t vs = k.start + k.value_start;
    const bool labelled = named_by_label(k);
    Action action = action_for(k.rule, sink);
    // A key whose body runs to the end of the buffer cannot be masked
    // whole: the rest may come in the next writes (openssl writes a PEM
    // file line by line), which a mask would let through. Blocked, the
    // writer stops at its first line.
    if (k.open_key && rewrites(action)) action = Action::Block;
    if (out > 0 && vs < s.matches_[out - 1].end) {
      Match& m = s.matches_[out - 1];
      m.end = std::max(m.end, k.end);
      const Rule& a = policy_.rules[m.rule];
      const Rule& b = policy_.rules[k.rule];
      const int sa = strength(m.action), sb = strength(action);
      const bool by_name_a = typed_secret(a.validator) || a.validator == Validator::HighEntropy;
      const bool by_name_b = typed_secret(b.validator) || b.validator == Validator::HighEntropy;
      const bool b_wins_a_tie = by_name_a != by_name_b       ? by_name_a
                                : labelled != last_labelled ? labelled
                                                            : k.rule < m.rule;
      if (sb > sa || (sb == sa && (b.severity > a.severity || (b.severity == a.severity && b_wins_a_tie)))) {
        m.rule = k.rule;
        m.action = action;
        last_labelled = labelled;
      }
      continue;
    }
    s.matches_[out++] = Match{vs, k.end, k.rule, action};
    last_labelled = labelled;
  }

  // 4b. One value, one name: a value a generic rule found (generic-secret:
  // a high-entropy value under some key) that a vendor's rule found
  // elsewhere in the buffer is that vendor's there too ("Match":
  // "AWS_SECRET_ACCESS_KEY=X", "Secret": "X" in a scanner's report), with
  // the stronger of the two actions.
  for (std::size_t i = 0; i < out; ++i) {
    Match& m = s.matches_[i];
    if (policy_.rules[m.rule].validator != Validator::HighEntropy) continue;
    const std::string_view value = data.substr(m.start, m.end - m.start);
    for (std::size_t j = 0; j < out; ++j) {
      const Match& o = s.matches_[j];
      if (j == i || o.end - o.start != value.size() || policy_.rules[o.rule].validator == Validator::HighEntropy ||
          data.substr(o.start, o.end - o.start) != value)
        continue;
      m.rule = o.rule;
      if (strength(o.action) > strength(m.action)) m.action = o.action;
      break;
    }
  }

  // 4b. (continued) A vendor's key under a generic name (policy.h,
  // VendorNames): a value the high-entropy rule found under one of a
  // vendor rule's names, that the vendor rule's value pattern takes whole,
  // in a place that names the vendor, is that rule's, with its action.
  for (std::size_t i = 0; i < out && !c.vendor_rules.empty(); ++i) {
    Match& m = s.matches_[i];
    if (policy_.rules[m.rule].validator != Validator::HighEntropy) continue;
    const std::string_view value = data.substr(m.start, m.end - m.start);
    for (const std::uint32_t r : c.vendor_rules) {
      const VendorNames& v = policy_.rules[r].vendor;
      if (!under_vendor_key_name(data, m.start, v.names)) continue;
      WholeCell whole{value.size()};
      hs_scan(value_dbs_[r], value.data(), static_cast<unsigned>(value.size()), 0, s.hs_, on_whole_cell, &whole);
      if (!whole.whole || !vendor_named_around(data, m.start, m.end, v.words)) continue;
      m.rule = r;
      m.action = action_for(r, sink);
      break;
    }
  }

  // 4b. (continued) A daemon's shared secret under a bare name (secret =
  // X in Asterisk's manager.conf, strongSwan's secrets, RouterOS' secret=,
  // shared-secret "X" in DRBD): shorter than any generated key and holding
  // a mark no generator's alphabet has, it was typed: a password
  // (typed_shared_secret).
  for (std::size_t i = 0; i < out && c.password_rule != kNoRule; ++i) {
    Match& m = s.matches_[i];
    if (policy_.rules[m.rule].validator != Validator::HighEntropy || !typed_shared_secret(data, m.start, m.end)) continue;
    m.rule = c.password_rule;
    const Action a = action_for(c.password_rule, sink);
    if (strength(a) > strength(m.action)) m.action = a;
  }

  // 4c. A key-named value of an AWS secret key's shape, or a password of
  // that shape, is the secret of
  // the AWS access key id it belongs to (nearest_access_key_id), whatever its name ("--src-key
  // AKIA... --src-secret X"), unless that id is the nearest one of a
  // secret found as AWS's (the API_TOKEN above BasicAWSCredentials("ASIA...",
  // "...") and the CODECOV_TOKEN above AWS_ACCESS_KEY_ID and
  // AWS_SECRET_ACCESS_KEY are other values), or its name says it is a
  // token or an API's (named_otherwise).
  if (c.aws_secret_rule != kNoRule) {
    const Rule& aws = policy_.rules[c.aws_secret_rule];
    for (std::size_t i = 0; i < out; ++i) {
      Match& m = s.matches_[i];
      // (also a URL's password whose user is the id, URL-encoded:
      // Airflow's aws://AKIA...:XO%2BAs...@)
      const Rule& mr = policy_.rules[m.rule];
      const bool url_password = typed_secret(mr.validator) && mr.suffix == "@";
      // (and a password: duply's TARGET_USER='AKIA...' TARGET_PASS='X',
      // duck --username AKIA... --password X, a template's NoEcho default)
      const bool password = mr.validator == Validator::SecretValue && !url_password;
      if (mr.validator != Validator::HighEntropy && !url_password && !password) continue;
      std::string_view value = data.substr(m.start, m.end - m.start);
      char decoded[48];
      if (url_password) {
        std::size_t len = 0;
        for (std::size_t q = 0; q < value.size() && len < sizeof decoded; ++q) {
          if (value[q] == '%' && url_escape_at(value, q)) {
            decoded[len++] = static_cast<char>(hex_value(value[q + 1]) * 16 + hex_value(value[q + 2]));
            q += 2;
          } else {
            decoded[len++] = value[q];
          }
        }
        value = std::string_view(decoded, len);
      }
      if (!aws_secret_shaped(value) || !validate(Validator::AwsSecretKey, value) ||
          (!url_password && named_otherwise(data, m.start)))
        continue;
      const std::uint64_t id = nearest_access_key_id(data, m.start, m.end);
      if (id == UINT64_MAX || (url_password && id + 21 != m.start)) continue;
      // (the merged matches are sorted and disjoint: only those within
      // reach of the id, found by their ends)
      bool paired = false;
      const std::uint64_t reach_from = id > kPairReach ? id - kPairReach : 0;
      const Match* j = std::lower_bound(s.matches_, s.matches_ + out, reach_from,
                                        [](const Match& o, std::uint64_t at) { return o.end < at; });
      for (; j < s.matches_ + out && j->start <= id + 20 + kPairReach && !paired; ++j)
        paired = j->rule == c.aws_secret_rule && nearest_access_key_id(data, j->start, j->end) == id;
      if (paired || allowed_value(aws, c.rules[c.aws_secret_rule], c, value, s)) continue;
      const Action a = action_for(c.aws_secret_rule, sink);
      m.rule = c.aws_secret_rule;
      if (strength(a) > strength(m.action)) m.action = a;
    }
  }

  // 4d. A secret access key standing alone, with no name, after the
  // access key id found here is that id's secret (lone_secret_after): the
  // next message of a chat ("AKIA..." then "wJalr..."), Salt's key: under
  // keyid:. Only while no secret is paired with that id yet, nothing else
  // was found there, and the value has an AWS secret's shape and passes
  // its validator and allowlist. Added in order; at most eight per
  // buffer, within the scratch's room.
  if (c.aws_secret_rule != kNoRule) {
    const Rule& aws = policy_.rules[c.aws_secret_rule];
    Match lone[8];
    std::size_t n_lone = 0;
    for (std::size_t i = 0; i < out && n_lone < 8; ++i) {
      const Match& id = s.matches_[i];
      if (!access_key_id(data, id.start, id.end)) continue;
      const std::uint64_t at = lone_secret_after(data, id.end);
      if (at == UINT64_MAX || nearest_access_key_id(data, at, at + 40) != id.start) continue;
      bool taken = false;
      const std::uint64_t reach_from = id.start > kPairReach ? id.start - kPairReach : 0;
      const Match* j = std::lower_bound(s.matches_, s.matches_ + out, reach_from,
                                        [](const Match& o, std::uint64_t where) { return o.end < where; });
      for (; j < s.matches_ + out && j->start <= id.end + kPairReach && !taken; ++j)
        taken = (j->start < at + 40 && j->end > at) ||
                (j->rule == c.aws_secret_rule && nearest_access_key_id(data, j->start, j->end) == id.start);
      const std::string_view value = data.substr(at, 40);
      if (taken || !aws_secret_shaped(value) || !validate(Validator::AwsSecretKey, value) ||
          allowed_value(aws, c.rules[c.aws_secret_rule], c, value, s))
        continue;
      lone[n_lone++] = Match{at, at + 40, c.aws_secret_rule, action_for(c.aws_secret_rule, sink)};
    }
    out = insert_in_order(s.matches_, out, s.capacity_, lone, n_lone);
  }

  // 4e. A high-entropy value whose name the buffer sends after "Bearer"
  // (Const API_TOKEN = "..." then "Bearer " & API_TOKEN; bearer_names.h),
  // or a token response types as one ("token_type":"Bearer"), or a
  // literal given to a class the buffer defines and that sends "Bearer"
  // (Client("...") beside class Client), is a bearer
  // token, if the bearer rule's allowlist lets it be one; so is a
  // password found with a high-entropy value ($t =
  // ConvertTo-SecureString '...' then -Authentication Bearer -Token $t).
  // The stronger of the two actions.
  if (c.bearer_rule != kNoRule) {
    const Rule& bearer = policy_.rules[c.bearer_rule];
    for (std::size_t i = 0; i < out; ++i) {
      Match& m = s.matches_[i];
      const Validator v = policy_.rules[m.rule].validator;
      const std::string_view value = data.substr(m.start, m.end - m.start);
      if (v != Validator::HighEntropy && !(v == Validator::SecretValue && validate(Validator::HighEntropy, value)))
        continue;
      const std::string_view name = value_name(data, m.start);
      const std::string_view assigned = assigned_name(data, m.start);
      if (!(sent_as_bearer(data, name, m.start, m.end) ||
            (assigned.data() != name.data() && sent_as_bearer(data, assigned, m.start, m.end)) ||
            typed_as_bearer(data, m.start, m.end) || constructed_as_bearer(data, m.start)) ||
          allowed_value(bearer, c.rules[c.bearer_rule], c, value, s))
        continue;
      const Action a = action_for(c.bearer_rule, sink);
      m.rule = c.bearer_rule;
      if (strength(a) > strength(m.action)) m.action = a;
    }
  }

  // 4f. A quoted literal given to a name the buffer sends after "Bearer"
  // ($deskToken = '...' then "Bearer $deskToken"; bearer_names.h), which no
  // rule found (its name says nothing of a secret): a bearer token, when
  // it passes the bearer rule's validator, is high-entropy and its
  // allowlist lets it be one.
  if (n_lits > 0 && out < s.capacity_) {
    const Rule& bearer = policy_.rules[c.bearer_rule];
    Match sent[std::size(lits)];
    std::size_t n_sent = 0;
    for (std::size_t k = 0; k < n_lits; ++k) {
      if (found_already(s.matches_, out, lits[k].start, lits[k].end)) continue;
      const std::string_view value = data.substr(lits[k].start, lits[k].end - lits[k].start);
      if (!validate(bearer.validator, value) || !validate(Validator::HighEntropy, value) ||
          allowed_value(bearer, c.rules[c.bearer_rule], c, value, s))
        continue;
      sent[n_sent++] = Match{lits[k].start, lits[k].end, c.bearer_rule, action_for(c.bearer_rule, sink)};
    }
    out = insert_in_order(s.matches_, out, s.capacity_, sent, n_sent);
  }

  // 4g. A YAML list's items are alike (list_items.h): the items below a
  // high-entropy value found as one are found as that rule's too, where
  // they pass its validator and allowlist. At most 16 per buffer, added
  // in order, within the scratch's room.
  {
    Match items[16];
    std::size_t n_items = 0;
    for (std::size_t i = 0; i < out && n_items < std::size(items); ++i) {
      const Match m = s.matches_[i];
      std::uint64_t indent = 0;
      if (policy_.rules[m.rule].validator != Validator::HighEntropy || !list_item_value(data, m.start, m.end, &indent))
        continue;
      const Rule& rule = policy_.rules[m.rule];
      std::uint64_t at = m.end;
      for (ItemSpan next = next_list_item(data, at, indent); next.end > next.start && n_items < std::size(items);
           next = next_list_item(data, at, indent)) {
        at = next.end;
        if (found_already(s.matches_, out, next.start, next.end)) continue;
        // (found from an item above already: the list's second secret
        // walks the items the first one walked)
        if (std::any_of(items, items + n_items, [&](const Match& o) { return o.start == next.start; })) continue;
        const std::string_view value = data.substr(next.start, next.end - next.start);
        if (!validate(Validator::HighEntropy, value) || allowed_value(rule, c.rules[m.rule], c, value, s)) continue;
        items[n_items++] = Match{next.start, next.end, m.rule, m.action};
      }
    }
    out = insert_in_order(s.matches_, out, s.capacity_, items, n_items);
  }

  // 4h. An inline list's items are alike too (inline_lists.h): the other
  // items of a bracketed list of strings or of a comma-joined value that
  // holds a high-entropy value found as one; and a value found across
  // comma-joined keys ("X,base64:Y") is its items. At most 16 per buffer.
  {
    Match items[16];
    std::size_t n_items = 0;
    auto add = [&](const Match& m, ItemSpan item) {
      if (n_items == std::size(items) || found_already(s.matches_, out, item.start, item.end)) return;
      if (std::any_of(items, items + n_items, [&](const Match& o) { return o.start == item.start; })) return;
      const std::string_view value = data.substr(item.start, item.end - item.start);
      if (!validate(Validator::HighEntropy, value) ||
          allowed_value(policy_.rules[m.rule], c.rules[m.rule], c, value, s))
        return;
      items[n_items++] = Match{item.start, item.end, m.rule, m.action};
    };
    for (std::size_t i = 0; i < out && n_items < std::size(items); ++i) {
      Match& m = s.matches_[i];
      if (policy_.rules[m.rule].validator != Validator::HighEntropy) continue;
      ItemSpan joined[8];
      const std::size_t nj = joined_items(data, m.start, m.end, joined, std::size(joined));
      if (nj > 0 && std::all_of(joined, joined + nj, [&](const ItemSpan& j) {
            return validate(Validator::HighEntropy, data.substr(j.start, j.end - j.start));
          })) {
        m.end = joined[0].end;  // (the others start after it: the order holds)
        for (std::size_t k = 1; k < nj; ++k) add(m, joined[k]);
        continue;
      }
      ItemSpan siblings[16];
      const std::size_t ns = inline_list_siblings(data, m.start, m.end, siblings, std::size(siblings));
      for (std::size_t k = 0; k < ns; ++k) add(m, siblings[k]);
    }
    out = insert_in_order(s.matches_, out, s.capacity_, items, n_items);
  }

  // 5. Allowed ones are not findings. A match in
  // binary content is reported instead of rewritten (unless the policy
  // says binary = "mask"): rewriting compiled code, an archive or
  // ciphertext corrupts it. A block stays a block: it corrupts nothing,
  // the call fails, and a key in a blob is still a key.
  const bool spare_binary = policy_.settings.binary == BinaryAction::Report;
  BinarySweep sweep(data);
  int magic = -1;  // binary_magic(data), once needed
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out; ++i) {
    Match m = s.matches_[i];
    if (m.action == Action::Allow) continue;
    if (spare_binary && rewrites(m.action)) {
      if (magic < 0) magic = binary_magic(data) ? 1 : 0;
      if (magic == 1 || sweep.binary(m.start, m.end)) {
        m.action = Action::Report;
        m.binary = true;
      }
    }
    if (m.action == Action::Block) result.blocked = true;
    if (rewrites(m.action)) {
      result.changes = true;
      result.output_size = result.output_size - (m.end - m.start) + replacement(data, m, nullptr, 0);
    }
    s.matches_[kept++] = m;
  }
  result.matches = std::span<const Match>(s.matches_, kept);
  return result;
}

Action Engine::action_for(std::uint32_t rule, const Sink& sink) const noexcept {
  Action a = policy_.rules[rule].action;
  for (std::size_t i = 0; i < policy_.sinks.size(); ++i) {
    const SinkOverride& o = policy_.sinks[i];
    if (!compiled_->sinks[i].applies_to[rule]) continue;
    if (!o.any_kind && o.kind != sink.kind) continue;
    if (!o.path.empty() && !glob_match(o.path, sink.path)) continue;
    if (!o.peer.empty() && !peer_match(o.peer, sink.peer)) continue;
    if (o.streams != 0 && (sink.fd < 1 || sink.fd > 2 || !(o.streams & (1u << sink.fd)))) continue;
    a = o.action;
    break;
  }
  if (policy_.settings.mode == Mode::Report && a != Action::Allow) a = Action::Report;
  return a;
}

}  // namespace privguard::core
