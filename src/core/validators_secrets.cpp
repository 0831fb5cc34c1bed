// Validators for secrets found by their key name, not by a vendor prefix:
// a generic high-entropy value, base64 "user:password" credentials and an
// Azure storage key or SAS signature (validators_secrets.h). Same rules as
// validators.cpp: no allocation, no exceptions, string_view and small
// stack arrays only.
#include "validators_secrets.h"

#include "privguard/validators.h"

#include "ascii.h"
#include "trim_value.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace privguard::core::secrets {
namespace {

using ascii::hex_value;
using ascii::is_alnum;
using ascii::is_alpha;
using ascii::is_digit;
using ascii::is_lower;
using ascii::is_upper;
using ascii::to_lower;

constexpr int b64_value(char c) noexcept {
  if (is_upper(c)) return c - 'A';
  if (is_lower(c)) return c - 'a' + 26;
  if (is_digit(c)) return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

// Decodes base64 text (b64_value's alphabet: standard and url-safe; no
// padding), calling byte(b) with each byte: false from it, or a character
// outside the alphabet, stops the decoding and returns false.
template <class Byte>
bool decode_base64(std::string_view text, Byte byte) noexcept {
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    const int x = b64_value(c);
    if (x < 0) return false;
    acc = (acc << 6) | static_cast<std::uint32_t>(x);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (!byte(static_cast<unsigned char>((acc >> bits) & 0xFFu))) return false;
    }
    acc &= (1u << bits) - 1u;
  }
  return true;
}

bool starts_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && std::string_view(s.data(), p.size()) == p;
}

// Case-insensitive search of a lower-case word, written as words are: all
// lower case, all upper case or capitalised ("your", "YOUR", "Your").
// "TOdO" inside a 346-character session token is chance: about one long
// random token in a hundred holds one of the words in some mix of cases.
bool contains_word(std::string_view s, std::string_view lower_word) noexcept {
  if (lower_word.size() > s.size()) return false;
  for (std::size_t i = 0; i + lower_word.size() <= s.size(); ++i) {
    std::size_t k = 0, upper = 0, letters = 0;
    bool first_upper = false;
    while (k < lower_word.size() && to_lower(s[i + k]) == lower_word[k]) {
      if (is_upper(s[i + k])) {
        ++upper;
        first_upper = first_upper || letters == 0;
      }
      letters += is_alpha(s[i + k]);
      ++k;
    }
    if (k == lower_word.size() && (upper == 0 || upper == letters || (upper == 1 && first_upper))) return true;
  }
  return false;
}

bool contains(std::string_view s, std::string_view needle) noexcept {
  return s.find(needle) != std::string_view::npos;
}

// Symbols (not letters, digits or the space) in v, and how many kinds.
struct Symbols {
  std::size_t count = 0, kinds = 0;
};
Symbols symbols_in(std::string_view v) noexcept {
  Symbols s;
  bool seen[128] = {};
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 128 || is_alnum(c) || c == ' ') continue;
    ++s.count;
    if (!seen[u]) seen[u] = true, ++s.kinds;
  }
  return s;
}

// A generated salt of symbols (WordPress' secret-key service draws 64
// characters from letters, digits and 32 symbols, the space among them):
// a fifth of it or more symbols, of many kinds (s: v's). In such a value
// "...", "{{" or a leading '~' is chance, not an ellipsis, a template or a
// home path.
bool salt_of_symbols(std::string_view v, const Symbols& s) noexcept {
  return v.size() >= 32 && s.count * 5 >= v.size() && s.kinds >= 8;
}

// Python's "%(name)s" at the start of v.
bool python_format_reference(std::string_view v) noexcept {
  std::size_t i = 2;
  while (i < v.size() && (is_alnum(v[i]) || v[i] == '_')) ++i;
  return i > 2 && i + 1 < v.size() && v[i] == ')' && is_alpha(v[i + 1]);
}

// A shell or template reference: "${" and a name, then '}' or one of the
// operators that give a default ("${DB_PASS:-x}", "${region}"). A salt of
// symbols holds "${" by chance, but no name and brace after it
// (WordPress' "...Ec${A,S (8T..."); in one of ten kinds of symbols or
// more, an operator counts only with a '}' after it ("${HLN=1O+:px;[#"
// is chance). (s: v's symbols)
bool template_reference(std::string_view v, const Symbols& s) noexcept {
  const bool salt = salt_of_symbols(v, s) && s.kinds >= 10;
  for (std::size_t at = v.find("${"); at != std::string_view::npos; at = v.find("${", at + 2)) {
    std::size_t i = at + 2;
    if (i >= v.size() || !(is_alpha(v[i]) || v[i] == '_')) continue;
    while (i < v.size() && (is_alnum(v[i]) || v[i] == '_' || v[i] == '.')) ++i;
    if (i < v.size() && v[i] == '}') return true;
    if (i < v.size() && (v[i] == ':' || v[i] == '-' || v[i] == '?' || v[i] == '=' || v[i] == '[') &&
        (!salt || v.find('}', i) != std::string_view::npos))
      return true;
  }
  return false;
}

// Bytes no path holds, or one in a few: a path joins names with '/', '.',
// '-', '_' and '~'; a salt that starts with '/' holds many others.
std::size_t non_path_marks(std::string_view v) noexcept {
  std::size_t n = 0;
  for (char c : v) n += !is_alnum(c) && c != '/' && c != '.' && c != '-' && c != '_' && c != '~';
  return n;
}



// Capitals, small letters and digits, all three.
bool mixed_case_and_digits(std::string_view v) noexcept {
  bool up = false, low = false, dig = false;
  for (char c : v) {
    up = up || (c >= 'A' && c <= 'Z');
    low = low || (c >= 'a' && c <= 'z');
    dig = dig || (c >= '0' && c <= '9');
  }
  return up && low && dig;
}

// Shannon entropy in bits per byte.
double entropy(std::string_view v) noexcept {
  std::array<std::uint16_t, 256> n{};
  for (unsigned char c : v) ++n[c];
  double h = 0;
  const double len = static_cast<double>(v.size());
  for (std::uint16_t k : n) {
    if (k == 0) continue;
    const double p = k / len;
    h -= p * std::log2(p);
  }
  return h;
}

// A run of `len` bytes that each follow the previous one (abcde, 12345) or
// are all the same (aaaaaa): typed, not generated.
bool has_run(std::string_view v, std::size_t ascending, std::size_t same) noexcept {
  std::size_t up = 1, eq = 1;
  for (std::size_t i = 1; i < v.size(); ++i) {
    up = (is_alnum(v[i]) && v[i] == v[i - 1] + 1) ? up + 1 : 1;
    eq = (v[i] == v[i - 1]) ? eq + 1 : 1;
    if (up >= ascending || eq >= same) return true;
  }
  return false;
}

// Words that make a value a placeholder, a documentation value or code
// rather than a generated secret. Four letters or more (so that a random
// 40-character value holds one with a chance of about 1 in 10,000), but
// for the unmistakable xxx.
constexpr std::string_view kPlaceholderWords[] = {
    "xxx",      "example", "sample",  "dummy",    "placeholder", "changeme", "change_me", "change-me",
    "replace",  "your",    "insert",  "redacted", "filtered",    "masked",   "secret",    "token",
    "apikey",   "api_key", "api-key", "password", "passwd",      "test",     "fake",      "mock",
    "todo",     "here",    "undefined", "default", "invalid",    "expired",  "hidden",    "sk_test_",
    "pk_test_", "pk_live_", "rk_test_", "environ", "getenv",     "config",   "settings",  "process.",
    "self.",    "this.",   "://",
};

// Prefixes of the values vendor rules name (or, as placeholders and test
// keys, deliberately do not): a value that starts with one is theirs, and
// one the vendor rule does not match is a sample (the Firebase docs'
// 37-character "AIza..."). Not sk_ and rk_: Stripe's live keys are
// stripe-key's, its test keys placeholders, but other services issue
// keys so named in other shapes (MAIL_API_KEY=rk_prod_...). Not Shopify's
// shp.._ either: under a secret's name (hookdeck's webhook_secret_key), a
// shpss_ value with no 32-hex-digit body is still the secret. Nor sk-
// alone: Dify, Langfuse (sk-lf-), OpenRouter (sk-or-v1-) and LiteLLM
// issue keys so named that are not OpenAI's (OpenAI's own sk-proj-,
// sk-svcacct-, sk-admin- and Anthropic's sk-ant- are here: cut short,
// "sk-proj-W96UhVEG5FJ (truncated)", they are no key); a whole
// OpenAI-shaped one is found by openai-key too, which the merge prefers
// (it knows the value by its shape).
constexpr std::string_view kVendorPrefixes[] = {
    "AIza",    "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-ant-", "pk_",      "ghp_",   "gho_",    "ghu_",   "ghs_",
    "ghr_",    "github_pat_", "glpat-", "gldt-", "glrt-", "glrtr-", "glptt-", "glcbt-", "gloas-",
    "glft-",   "glimt-",  "glagent-", "glsoat-", "glffct-", "xox",  "xapp-",  "hf_",    "api_org_",
    "npm_",    "pypi-",   "SG.",    "key-",   "AKIA",
    "ASIA",    "eyJ",     "-----",
};

// "SK" or "AC" and 32 hex: a Twilio API key or account SID.
bool twilio_id(std::string_view v) noexcept {
  if (v.size() != 34 || !((v[0] == 'S' && v[1] == 'K') || (v[0] == 'A' && v[1] == 'C'))) return false;
  for (std::size_t i = 2; i < v.size(); ++i)
    if (hex_value(v[i]) < 0) return false;
  return true;
}

// name=value: a pair the pattern ran on into, not one value (s: v's symbols).
bool assignment(std::string_view v, const Symbols& s) noexcept {
  std::size_t i = 0;
  if (v.empty() || !(is_alpha(v[0]) || v[0] == '_')) return false;
  while (i < v.size() && (is_alnum(v[i]) || v[i] == '_' || v[i] == '.' || v[i] == '-')) ++i;
  // (A name is short: Atlassian's 190-character ATATT... token ends in
  // "=" and an 8-digit checksum.)
  if (!(i <= 64 && i + 1 < v.size() && v[i] == '=' && v[i + 1] != '=')) return false;
  // Ten kinds of symbols are a salt's, no query string's (= & % - . :).
  if (s.kinds >= 10) return false;
  // A value of symbols after it is a salt that holds a '=' early
  // (WordPress' "KzD0c=8?uk6HJ]H^C3lGNh:?|GFz96XZ6]..."), not a pair;
  // but a query string ("sv=2022-11-02&ss=b&...&sig=...") is pairs.
  std::size_t marks = 0;
  for (std::size_t k = i + 1; k < v.size(); ++k) {
    if (v[k] == '&') {  // "&name=": the next pair
      std::size_t j = k + 1;
      while (j < v.size() && j - k <= 16 && (is_alnum(v[j]) || v[j] == '_')) ++j;
      if (j > k + 1 && j < v.size() && v[j] == '=') return true;
    }
    marks += !is_alnum(v[k]) && v[k] != '.' && v[k] != '_' && v[k] != '-';
  }
  return marks < 4;
}

// Code: an identifier chain of short names (base64.b32encode,
// lex_int::invoke, self->key) is an expression, not a value.
bool code_chain(std::string_view v) noexcept {
  std::size_t seg = 0, segs = 1, switches = 0, lone_lower = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (is_alnum(c) || c == '_') {
      if (seg == 0 && is_digit(c)) return false;
      if (++seg > 32) return false;
      // A chain of names switches between letters and digits a few times
      // in all (utf8_to_utf16), and writes a small letter beside another
      // (RandomNumberGenerator, iOS); a random part does neither: Vault's
      // token "hvs.Hn8PANty0b3IAC59r7v3Ki1U", Flagsmith's server key
      // "ser.KTAwDOZQxtTMVkPuR4IURG" (Aw, Vk, Pu) are no member access.
      if (seg > 1 && is_alnum(v[i - 1]) && is_digit(c) != is_digit(v[i - 1]) && ++switches >= 6) return false;
      if (seg > 2 && is_lower(v[i - 1]) && !is_lower(c) && !is_lower(v[i - 2]) && v[i - 2] != '.' && ++lone_lower >= 2)
        return false;
      continue;
    }
    std::size_t sep = 0;
    if (c == '.') sep = 1;
    else if ((c == ':' || c == '-') && i + 1 < v.size() && v[i + 1] == (c == ':' ? ':' : '>')) sep = 2;
    if (sep == 0 || seg == 0) return false;
    i += sep - 1;
    seg = 0;
    ++segs;
  }
  return segs >= 2 && seg > 0;
}

// Whether a base64url run decodes to at least four bytes, each in
// [lo, hi]: printable text ("c2Vzc2lvbi12Mg": "session-v2"), or digits only
// (an id).
bool decodes_within(std::string_view seg, unsigned char lo, unsigned char hi) noexcept {
  std::size_t n = 0;
  return decode_base64(seg, [&](unsigned char b) {
           if (b < lo || b > hi) return false;
           ++n;
           return true;
         }) && n >= 4;
}
bool decodes_to_text(std::string_view seg) noexcept { return decodes_within(seg, 0x20, 0x7e); }
bool decodes_to_digits(std::string_view seg) noexcept { return decodes_within(seg, '0', '9'); }

// Three base64url segments joined by dots whose payload is readable: a
// JWS (JWT: a JSON header or payload, "eyJ") or another signed value
// (a session cookie, "c2Vzc2lvbi12Mg.ZGF0YQ.<signature>"). Whether that
// is a token is the jwt rule's to say. (A dotted token of random
// segments, "v1.s1UST....JMxoy...", is this rule's.)
bool jws_shaped(std::string_view v) noexcept {
  std::size_t dots = 0, seg = 0, seg_start = 0;
  bool readable = false;
  for (std::size_t i = 0; i <= v.size(); ++i) {
    const char c = i < v.size() ? v[i] : '.';
    if (c == '.') {
      if (seg == 0) return false;
      if (dots < 2) readable = readable || decodes_to_text(v.substr(seg_start, seg));
      ++dots;
      seg = 0;
      seg_start = i + 1;
    } else if (is_alnum(c) || c == '-' || c == '_') {
      ++seg;
    } else {
      return false;
    }
  }
  // (A Discord bot token's first segment is its bot's id in base64,
  // readable, but only digits: a credential, not a signed value.)
  return dots == 3 && readable && !decodes_to_digits(v.substr(0, v.find('.')));
}

// Whether v[i, j) reads as a word: a number, a lower-case or capitalised
// word, or letters and a number in either order ("base64", "q3", "3d").
bool word_part(std::string_view v, std::size_t i, std::size_t j) noexcept {
  std::size_t runs = 0, letters = 0;
  for (std::size_t k = i; k < j; ++k) {
    const char c = v[k];
    if (!is_digit(c) && !is_lower(c) && !(k == i && is_upper(c))) return false;
    if (k == i || is_digit(c) != is_digit(v[k - 1])) ++runs;
    letters += !is_digit(c);
  }
  if (is_upper(v[i])) return runs == 1 && j - i >= 2;  // "Release", not "Py7"
  return runs == 1 ? letters == 0 || letters >= 2 : runs == 2;
}

// Names, numbers and paths joined by separators: an object or cache key
// ("user_profile_1234", "cache:v2:user:1234"), a file ("uploads/2024/
// q3-report.pdf", "orders-2024-03-01.csv"), a flag ("checkout.new_flow"),
// a hint ("generate-with-openssl-rand-base64-32"). Every part reads as a
// word, but for one short part among three or more ("x7"). A generated
// value's parts are mixed (base64url's "Py_Sfts7pI98", a uuid's "bf0f";
// about 2 uuids in 10,000 are shaped so); of the 2,328 generic secrets,
// bearer tokens and vendor keys labelled in the dev sets none is (a
// passphrase is, but that is the password rule's).
bool word_shaped(std::string_view v) noexcept {
  auto separator = [](char c) { return c == '/' || c == '_' || c == '.' || c == '-' || c == ':' || c == ' '; };
  std::size_t parts = 0, odd = 0, odd_len = 0;
  for (std::size_t i = 0; i < v.size();) {
    if (separator(v[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && !separator(v[j])) ++j;
    ++parts;
    if (!word_part(v, i, j)) {
      ++odd;
      odd_len = j - i;
    }
    i = j;
  }
  return parts >= 2 && (odd == 0 || (parts >= 3 && odd == 1 && odd_len <= 3));
}

// A file's path: a '/' and, at the end, a file name's extension
// ("exports/2024/06/02/95c56cea-2759-4343-8fc8-53982dd77419.csv.gz", an
// S3 object's key, "orders/dt=2024-03-26/part-00164-....snappy.parquet"
// with Hive's partitions; an extension of up to ten letters), nothing
// but a path's characters. (Base64 has no '.'; a salt has other symbols.)
bool file_path(std::string_view v) noexcept {
  bool slash = false;
  for (char c : v) {
    if (c == '/') slash = true;
    else if (!is_alnum(c) && c != '.' && c != '_' && c != '-' && c != '=') return false;
  }
  const std::size_t dot = v.rfind('.');
  if (!slash || dot == std::string_view::npos || dot < v.rfind('/') || v.size() - dot < 2 || v.size() - dot > 11)
    return false;
  if (!is_lower(v[dot + 1])) return false;
  for (std::size_t i = dot + 1; i < v.size(); ++i)
    if (!is_lower(v[i]) && !is_digit(v[i])) return false;
  return true;
}

// A constant's name in code: capitals (and digits after them) joined by
// two or more '_' (_SSH_PRIVATE_KEY_TYPES, _ALLOWED_PKCS7_HASH_TYPES, a
// type hint's alias after "private_key: "). No generated value is made
// of capitals and '_' alone.
bool constant_name(std::string_view v) noexcept {
  std::size_t underscores = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '_') {
      ++underscores;
      continue;
    }
    if (is_upper(c)) {
      if (i > 0 && is_digit(v[i - 1])) return false;
    } else if (!is_digit(c) || i == 0 || v[i - 1] == '_') {
      return false;
    }
  }
  return underscores >= 2;
}

// A password hash in the modular crypt format ("$2b$12$...", "$6$salt$...",
// "$argon2id$v=19$...", "$pbkdf2-sha512$310000$..."): what a system keeps
// instead of the secret.
bool crypt_hash(std::string_view v) noexcept {
  if (v.size() < 8 || v[0] != '$') return false;
  std::size_t i = 1;
  while (i < v.size() && i <= 24 && (is_alnum(v[i]) || v[i] == '-')) ++i;
  return i > 1 && i < v.size() && v[i] == '$';
}

// A token whose vendor prefixes it with the word a placeholder would hold:
// Notion's internal integration tokens, "secret_" and 43 letters and
// digits; "token_" and a random run alike. The run after the word decides:
// 24 or more letters and digits, both cases and a digit.
bool word_prefixed_token(std::string_view v) noexcept {
  std::string_view rest;
  for (std::string_view prefix : {"secret_", "token_"})
    if (v.substr(0, prefix.size()) == prefix) rest = v.substr(prefix.size());
  if (rest.size() < 24) return false;
  bool lower = false, upper = false, digit = false;
  for (char c : rest) {
    if (!is_alnum(c)) return false;
    lower = lower || is_lower(c);
    upper = upper || is_upper(c);
    digit = digit || is_digit(c);
  }
  return lower && upper && digit;
}

// Unleash's API tokens, "project:environment." and 32 or more hex digits
// ("default:development.253bb87f...", "*:*.a1b2..."): its project is
// often named "default", which elsewhere marks a placeholder.
bool unleash_token(std::string_view v) noexcept {
  const std::size_t colon = v.find(':');
  const std::size_t dot = v.find('.');
  if (colon == std::string_view::npos || dot == std::string_view::npos || colon == 0 || dot < colon + 2 ||
      v.size() - dot - 1 < 32)
    return false;
  for (std::size_t i = 0; i < dot; ++i)
    if (i != colon && !(is_alnum(v[i]) || v[i] == '-' || v[i] == '_' || v[i] == '*')) return false;
  for (std::size_t i = dot + 1; i < v.size(); ++i)
    if (!is_digit(v[i]) && !(v[i] >= 'a' && v[i] <= 'f')) return false;
  return true;
}

}  // namespace

bool base64_text(std::string_view v) noexcept {
  std::size_t end = v.size();
  while (end > 0 && v[end - 1] == '=') --end;
  if (v.size() - end > 2) return false;
  for (std::size_t i = 0; i < end; ++i)
    if (!is_alnum(v[i]) && v[i] != '+' && v[i] != '/') return false;
  return true;
}

bool encrypted_value(std::string_view v) noexcept {
  if ((v.size() > 5 && v.substr(0, 4) == "ENC(" && v.back() == ')') || v.substr(0, 8) == "{cipher}") return true;
  // Mule's secure properties, ![...]; EJSON's EJ[1:...]; pgpool-II's
  // AES + base64 (pg_enc with its pool key)
  if ((v.size() > 4 && v.substr(0, 2) == "![" && v.back() == ']') || (v.size() > 8 && v.substr(0, 5) == "EJ[1:"))
    return true;
  if (v.size() >= 24 && v.substr(0, 3) == "AES" && base64_text(v.substr(3)) && mixed_case_and_digits(v.substr(3)))
    return true;
  // Buddy.Works' encrypted variables: secure!<base64>
  if (v.size() >= 24 && v.substr(0, 7) == "secure!") return true;
  // ({...}: 16 or more base64 characters, letters of both cases and digits)
  if (v.size() < 18 || v.front() != '{' || v.back() != '}') return false;
  const std::string_view inside = v.substr(1, v.size() - 2);
  return base64_text(inside) && mixed_case_and_digits(inside);
}

bool high_entropy_valid(std::string_view raw) noexcept {
  const std::string_view v = trim_value(raw);
  if (v.size() < 16 || v.size() > 4096 || encrypted_value(v)) return false;
  // References and templates, not values: $VAR, ${VAR}, $(cmd), {{ x }},
  // %(name)s, #{x}, <your key>, [FILTERED], a path (not base64 that
  // starts with '/': padded or holding a '+', which no path does; or an
  // AWS secret key's 40 characters, with capitals, small letters and
  // digits but no '.', '-' or '_' to join words, like no path's; or a
  // salt with six or more bytes no path holds).
  const char c0 = v[0], cn = v[v.size() - 1];
  if (c0 == '/' && !(v.size() % 4 == 0 && (cn == '=' || contains(v, "+")) && base64_text(v)) &&
      !(v.size() == 40 && base64_text(v) && mixed_case_and_digits(v)) && non_path_marks(v) < 6)
    return false;
  const Symbols sym = symbols_in(v);
  const bool salt = salt_of_symbols(v, sym);
  if ((c0 == '~' && !salt) || (c0 == '<' && cn == '>') || (c0 == '[' && cn == ']')) return false;
  if (crypt_hash(v)) return false;
  if (c0 == '$' || c0 == '<' || c0 == '[') {
    // ... unless it is a salt that happens to start so.
    std::size_t marks = 0;
    for (char c : v) marks += !is_alnum(c);
    if (marks < 8) return false;
  }
  if (starts_with(v, "{{") || (starts_with(v, "%(") && (!salt || python_format_reference(v))) || starts_with(v, "#{") ||
      starts_with(v, "./"))
    return false;
  if (template_reference(v, sym) || contains(v, "***") || contains(v, "\xe2\x80\xa2")) return false;
  if (salt ? contains(v, "{{") && contains(v.substr(v.find("{{")), "}}")
           : contains(v, "{{") || contains(v, "..."))
    return false;
  for (std::string_view p : kVendorPrefixes)
    if (starts_with(v, p)) return false;
  if (twilio_id(v) || assignment(v, sym) || code_chain(v) || jws_shaped(v) || word_shaped(v) || file_path(v) ||
      constant_name(v))
    return false;
  // A SealedSecret's ciphertext (kubeseal: base64 of a blob that starts
  // with 0x02, hundreds of bytes) is safe to commit; it is what it is for.
  if (v.size() >= 300 && v[0] == 'A' && v[1] == 'g' && base64_text(v)) return false;
  // An Amazon resource name names a resource (a key, a secret), it is none;
  // nor is an SSH key's fingerprint as OpenSSH prints it (SHA256:..., MD5:...).
  // TeamCity's credentialsJSON:<uuid> references a secret its server keeps;
  // Tencent Cloud's SecretId (AKID and 32 letters and digits), like AWS'
  // AKIA..., is the id half of a key pair.
  if (starts_with(v, "arn:aws") || starts_with(v, "SHA256:") || starts_with(v, "MD5:") ||
      starts_with(v, "credentialsJSON:") || (v.size() == 36 && starts_with(v, "AKID")))
    return false;
  // A quoted alternative that ran on from a closing quote (secret="",
  // context=None): a quote, a separator or a space at an edge, in a value
  // with few symbols (a salt may start with anything).
  std::size_t symbols = 0;
  for (char c : v) symbols += !is_alnum(c) && c != ' ';
  if (symbols < 8 && (c0 == '"' || c0 == '\'' || c0 == '`' || c0 == ' ' || c0 == ',' || c0 == ';' || c0 == ')' ||
                      c0 == ']' || c0 == '}' || cn == ' '))
    return false;
  if (!unleash_token(v) && !word_prefixed_token(v))
    for (std::string_view w : kPlaceholderWords)
      if (contains_word(v, w)) return false;
  if (has_run(v, 5, 6)) return false;

  std::size_t lower = 0, upper = 0, digit = 0, symbol = 0, space = 0;
  for (char c : v) {
    if (is_lower(c)) ++lower;
    else if (is_upper(c)) ++upper;
    else if (is_digit(c)) ++digit;
    else if (c == ' ') ++space;
    else ++symbol;
  }
  const std::size_t letters = lower + upper;
  // Prose in quotes: a secret with spaces is a salt of symbols, one in
  // four characters; or, when its spaces are as rare as in a WordPress
  // salt (a space or two in 64 characters; prose has one in six), one in
  // six, or one in eight of six kinds or more (a third of that
  // service's alphabet is symbols, but 64 draws may give nine of six kinds).
  if (space > 0 && symbol * 4 < v.size() &&
      !(space * 12 < v.size() && (symbol * 6 >= v.size() || (symbol * 8 >= v.size() && sym.kinds >= 6))))
    return false;
  if (entropy(v) < 3.0) return false;
  // A generated value mixes classes: letters and digits (hex, base64,
  // base36 ...), or letters of both cases in about equal measure, or
  // symbols (salts). An identifier, a word or a number does not.
  if (letters > 0 && digit > 0) return true;
  if (symbol >= 4 && letters > 0) return true;
  if (lower > 0 && upper > 0 && v.size() >= 20) {
    const double share = static_cast<double>(upper) / static_cast<double>(letters);
    return share >= 0.3 && share <= 0.7;
  }
  return false;
}

bool typed_password_shaped(std::string_view v) noexcept {
  // OpenSSL's pass-phrase arguments (openssl.cnf's "secret = pass:insta"):
  // pass: gives the password, env:, file: and fd: say where it is; so
  // does a variable ($insta::secret).
  if (starts_with(v, "pass:")) v.remove_prefix(5);
  if (starts_with(v, "env:") || starts_with(v, "file:") || starts_with(v, "fd:") || (!v.empty() && v[0] == '$'))
    return false;
  if (v.size() < 8 || v.size() > 64) return false;
  bool letter = false, mark = false;
  for (char c : v) {
    if (c == ' ' || c == '\t') return false;
    if (is_lower(c) || is_upper(c)) letter = true;
    else if (is_digit(c) || (c != '-' && c != '_' && c != '.')) mark = true;
  }
  return letter && mark;
}

bool base64_credentials_valid(std::string_view raw) noexcept {
  const std::string_view v = trim_value(raw);
  if (v.size() < 8 || v.size() > 1024) return false;
  std::size_t n = v.size();
  std::size_t pad = 0;
  while (n > 0 && v[n - 1] == '=' && pad < 2) {
    --n;
    ++pad;
  }
  if ((n + pad) % 4 != 0 && pad != 0) return false;
  if (n % 4 == 1) return false;
  // Decode and look at the text: "user:password", printable, one colon at
  // least, something on both sides.
  std::size_t len = 0, colon = 0, first_colon = 0;
  const bool text = decode_base64(v.substr(0, n), [&](unsigned char b) {
    if (b < 0x20 || b == 0x7f) return false;
    if (b == ':' && colon++ == 0) first_colon = len;
    ++len;
    return true;
  });
  return text && colon > 0 && first_colon > 0 && first_colon + 1 < len;
}

bool azure_key_valid(std::string_view raw) noexcept {
  const std::string_view v = trim_value(raw);
  // Decode %2B %2F %3D and JSON's \/ into a small buffer.
  std::array<char, 128> buf{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (n == buf.size()) return false;
    char c = v[i];
    if (c == '%') {
      if (i + 2 >= v.size()) return false;
      const int h = hex_value(v[i + 1]), l = hex_value(v[i + 2]);
      if (h < 0 || l < 0) return false;
      c = static_cast<char>(h * 16 + l);
      i += 2;
    } else if (c == '\\') {
      if (i + 1 >= v.size() || v[i + 1] != '/') return false;
      c = '/';
      ++i;
    }
    if (!is_alnum(c) && c != '+' && c != '/' && c != '=') return false;
    buf[n++] = c;
  }
  // 64 bytes (an account key): 86 characters and "=="; 32 bytes (an
  // HMAC-SHA256 SAS signature): 43 and "=".
  std::size_t pad = 0;
  if (n == 88) pad = 2;
  else if (n == 44) pad = 1;
  else return false;
  for (std::size_t i = 0; i < n; ++i) {
    if ((buf[i] == '=') != (i >= n - pad)) return false;
  }
  return entropy(std::string_view(buf.data(), n - pad)) >= 3.5;
}

bool aws_secret_key_valid(std::string_view raw) noexcept {
  const std::string_view v = trim_value(raw);
  // A Kubernetes Secret's data: the key in base64 (56 characters, "=="
  // last): what it decodes to must be a key.
  if (v.size() == 56 && v[54] == '=' && v[55] == '=') {
    // (the standard alphabet: Kubernetes writes no url-safe base64)
    const std::string_view text = v.substr(0, 54);
    if (text.find_first_of("-_") != std::string_view::npos) return false;
    char key[40];
    std::size_t len = 0;
    const bool decoded = decode_base64(text, [&](unsigned char b) {
      const char c = static_cast<char>(b);
      if (len == sizeof key || !(is_upper(c) || is_lower(c) || is_digit(c) || c == '/' || c == '+')) return false;
      key[len++] = c;
      return true;
    });
    return decoded && len == sizeof key && aws_secret_key_valid(std::string_view(key, len));
  }
  bool lower_hex = true, upper_hex = true;
  for (char c : v) {
    lower_hex = lower_hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    upper_hex = upper_hex && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'));
  }
  return !(v.size() == 40 && (lower_hex || upper_hex)) && validate(Validator::SecretValue, raw);
}

}  // namespace privguard::core::secrets
