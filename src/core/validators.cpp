// Validators run inside other processes' write() calls: no allocation, no
// exceptions, no locks, no I/O. Everything works on string_view plus small
// stack arrays.
#include "privguard/validators.h"

#include "trim_value.h"

#include "validators_national.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "ascii.h"
#include "validators_secrets.h"
#include "pem.h"
#include "shapes.h"

namespace privguard::core {
namespace {

using ascii::is_alnum;
using ascii::is_digit;
using ascii::is_lower;
using ascii::is_upper;
using ascii::to_lower;
using ascii::to_upper;
constexpr int digit_value(char c) noexcept { return c - '0'; }

using ascii::iequals;

// string_view::substr can throw; these callers have already checked sizes.
std::string_view drop_first(std::string_view s) noexcept { return {s.data() + 1, s.size() - 1}; }

// libstdc++'s starts_with goes through substr and its throw path.
bool starts_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && std::string_view(s.data(), p.size()) == p;
}

bool all_same(std::string_view s) noexcept {
  for (char c : s) {
    if (c != s[0]) return false;
  }
  return true;
}

// Digits collected from a formatted value; sized for the longest input any
// digit-shaped validator accepts (Luhn 19, E.164 15, NANP 11).
struct Digits {
  std::array<char, 20> d{};
  std::size_t n = 0;
  bool overflow = false;

  void push(char c) noexcept {
    if (n < d.size()) {
      d[n++] = c;
    } else {
      overflow = true;
    }
  }
  std::string_view view() const noexcept { return {d.data(), n}; }
};

// ---------------------------------------------------------------- Luhn

// Sum over the digits of `s` (other chars skipped), doubling every second
// digit from the right. `check_follows` means the rightmost digit is not the
// check digit, so doubling starts at it.
int luhn_sum(std::string_view s, bool check_follows) noexcept {
  int sum = 0;
  bool dbl = check_follows;
  for (std::size_t i = s.size(); i-- > 0;) {
    if (!is_digit(s[i])) continue;
    int v = digit_value(s[i]);
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum;
}

// ---------------------------------------------------------------- IBAN

struct IbanCountry {
  char code[2];
  unsigned char length;
};

// SWIFT IBAN registry (ISO 13616), sorted by code.
constexpr IbanCountry kIbanCountries[] = {
    {{'A', 'D'}, 24}, {{'A', 'E'}, 23}, {{'A', 'L'}, 28}, {{'A', 'T'}, 20}, {{'A', 'Z'}, 28},
    {{'B', 'A'}, 20}, {{'B', 'E'}, 16}, {{'B', 'G'}, 22}, {{'B', 'H'}, 22}, {{'B', 'I'}, 27},
    {{'B', 'R'}, 29}, {{'B', 'Y'}, 28}, {{'C', 'H'}, 21}, {{'C', 'R'}, 22}, {{'C', 'Y'}, 28},
    {{'C', 'Z'}, 24}, {{'D', 'E'}, 22}, {{'D', 'J'}, 27}, {{'D', 'K'}, 18}, {{'D', 'O'}, 28},
    {{'E', 'E'}, 20}, {{'E', 'G'}, 29}, {{'E', 'S'}, 24}, {{'F', 'I'}, 18}, {{'F', 'K'}, 18},
    {{'F', 'O'}, 18}, {{'F', 'R'}, 27}, {{'G', 'B'}, 22}, {{'G', 'E'}, 22}, {{'G', 'I'}, 23},
    {{'G', 'L'}, 18}, {{'G', 'R'}, 27}, {{'G', 'T'}, 28}, {{'H', 'N'}, 28}, {{'H', 'R'}, 21},
    {{'H', 'U'}, 28}, {{'I', 'E'}, 22}, {{'I', 'L'}, 23}, {{'I', 'Q'}, 23}, {{'I', 'S'}, 26},
    {{'I', 'T'}, 27}, {{'J', 'O'}, 30}, {{'K', 'W'}, 30}, {{'K', 'Z'}, 20}, {{'L', 'B'}, 28},
    {{'L', 'C'}, 32}, {{'L', 'I'}, 21}, {{'L', 'T'}, 20}, {{'L', 'U'}, 20}, {{'L', 'V'}, 21},
    {{'L', 'Y'}, 25}, {{'M', 'C'}, 27}, {{'M', 'D'}, 24}, {{'M', 'E'}, 22}, {{'M', 'K'}, 19},
    {{'M', 'N'}, 20}, {{'M', 'R'}, 27}, {{'M', 'T'}, 31}, {{'M', 'U'}, 30}, {{'N', 'I'}, 28},
    {{'N', 'L'}, 18}, {{'N', 'O'}, 15}, {{'O', 'M'}, 23}, {{'P', 'K'}, 24}, {{'P', 'L'}, 28},
    {{'P', 'S'}, 29}, {{'P', 'T'}, 25}, {{'Q', 'A'}, 29}, {{'R', 'O'}, 24}, {{'R', 'S'}, 22},
    {{'R', 'U'}, 33}, {{'S', 'A'}, 24}, {{'S', 'C'}, 31}, {{'S', 'D'}, 18}, {{'S', 'E'}, 24},
    {{'S', 'I'}, 19}, {{'S', 'K'}, 24}, {{'S', 'M'}, 27}, {{'S', 'O'}, 23}, {{'S', 'T'}, 25},
    {{'S', 'V'}, 28}, {{'T', 'L'}, 23}, {{'T', 'N'}, 24}, {{'T', 'R'}, 26}, {{'U', 'A'}, 29},
    {{'V', 'A'}, 22}, {{'V', 'G'}, 24}, {{'X', 'K'}, 20}, {{'Y', 'E'}, 30},
};

constexpr std::size_t kIbanMaxLength = 34;

// Folds one IBAN character into a running mod-97 remainder; letters count
// as two digits (A=10 .. Z=35), so the big number is never materialised.
constexpr std::uint32_t mod97_step(std::uint32_t rem, char c) noexcept {
  if (is_digit(c)) return (rem * 10 + static_cast<std::uint32_t>(digit_value(c))) % 97;
  return (rem * 100 + static_cast<std::uint32_t>(c - 'A' + 10)) % 97;
}

// ---------------------------------------------------------------- Phone

bool nanp_valid(std::string_view ten) noexcept {
  // NXX-NXX-XXXX; N11 codes are service codes, never assigned as area or exchange.
  if (ten.size() != 10) return false;
  const char a0 = ten[0], a1 = ten[1], a2 = ten[2];
  const char e0 = ten[3], e1 = ten[4], e2 = ten[5];
  if (a0 < '2') return false;
  if (a1 == '1' && a2 == '1') return false;
  if (e0 < '2') return false;
  if (e1 == '1' && e2 == '1') return false;
  return true;
}

// 0123456789 / 1234567890 / 9876543210 style runs (wrapping mod 10).
bool sequential(std::string_view d) noexcept {
  if (d.size() < 2) return false;
  bool up = true, down = true;
  for (std::size_t i = 1; i < d.size(); ++i) {
    const int prev = digit_value(d[i - 1]);
    const int cur = digit_value(d[i]);
    if (cur != (prev + 1) % 10) up = false;
    if (cur != (prev + 9) % 10) down = false;
  }
  return up || down;
}

// A formatted value's characters with URL escapes decoded: "%2B" is '+',
// "%20" a space, "%28" / "%29" parentheses, "%2D" '-', "%2E" '.', "%2F" '/';
// a '+' after the first character is a form-encoded space. Any other
// escape reads as 0, which no caller accepts.
struct Decoder {
  std::string_view s;
  std::size_t i = 0;

  static constexpr int hex(char c) noexcept { return ascii::hex_value(c); }
  bool done() const noexcept { return i >= s.size(); }
  char next() noexcept {
    const bool first = i == 0;
    char c = s[i++];
    if (c == '%' && i + 1 < s.size() && hex(s[i]) >= 0 && hex(s[i + 1]) >= 0) {
      c = static_cast<char>(hex(s[i]) * 16 + hex(s[i + 1]));
      i += 2;
      switch (c) {
        case '+': case ' ': case '(': case ')': case '-': case '.': case '/': return c;
        default: return '\0';
      }
    }
    if (c == '+' && !first) return ' ';
    return c;
  }
};

// Ranges set aside for drama and documentation, as the national number
// (after the country code) with trailing free digits: Ofcom (UK), ACMA
// (Australia), the Bundesnetzagentur (Germany: Mitteilung 148/2021, five
// city blocks of 1000 and the mobile 0152 28817386), PTS (Sweden:
// 070-174 06 05..99), and NANP 555-0100..0199 (handled in phone_valid).
struct FictionRange {
  const char* cc;
  const char* prefix;
  unsigned char free;  // digits after the prefix
};
constexpr FictionRange kFiction[] = {
    {"44", "2079460", 3}, {"44", "1134960", 3}, {"44", "1144960", 3}, {"44", "1154960", 3},
    {"44", "1164960", 3}, {"44", "1174960", 3}, {"44", "1184960", 3}, {"44", "1214960", 3},
    {"44", "1314960", 3}, {"44", "1414960", 3}, {"44", "1514960", 3}, {"44", "1614960", 3},
    {"44", "2896496", 3}, {"44", "2920180", 3}, {"44", "1632960", 3}, {"44", "7700900", 3},
    {"44", "8081570", 3}, {"44", "9098790", 3}, {"44", "3069990", 3},
    {"61", "49157", 4},   {"61", "25550", 4},   {"61", "35550", 4},   {"61", "75550", 4},
    {"61", "85550", 4},   {"61", "27010", 4},   {"61", "37010", 4},   {"61", "77010", 4},
    {"61", "87010", 4},
    {"49", "3023125", 3}, {"49", "6990009", 3}, {"49", "4066969", 3}, {"49", "2214710", 3},
    {"49", "8999998", 3}, {"49", "15228817386", 0},
    {"46", "7017406", 2},
};

bool fictitious(std::string_view cc, std::string_view nsn) noexcept {
  for (const FictionRange& f : kFiction) {
    const std::string_view p(f.prefix);
    if ((cc.empty() || cc == f.cc) && nsn.size() == p.size() + f.free && starts_with(nsn, p)) return true;
  }
  return false;
}

// Country codes whose national significant number length is fixed or
// narrow (ITU-T E.164 national plans); others take 4-14 digits.
struct CcLength {
  const char* cc;
  unsigned char min, max;
};
constexpr CcLength kCcLengths[] = {
    {"44", 9, 10}, {"33", 9, 9},  {"31", 9, 9},  {"34", 9, 9},  {"61", 9, 9},   {"91", 10, 10},
    {"41", 9, 9},  {"32", 8, 9},  {"43", 4, 13}, {"45", 8, 8},  {"46", 7, 9},   {"47", 8, 8},
    {"48", 9, 9},  {"49", 6, 13}, {"39", 6, 11}, {"353", 7, 9}, {"351", 9, 9},  {"55", 10, 11},
    {"52", 10, 11}, {"81", 9, 10}, {"36", 8, 9}, {"7", 10, 10}, {"358", 5, 12}, {"30", 10, 10},
};

// E.164 country codes are 1-3 digits and prefix-free; which length a
// number's code has is read from the first digits (ITU-T zones).
std::size_t cc_length(std::string_view d) noexcept {
  if (d.empty()) return 0;
  switch (d[0]) {
    case '1': case '7': return 1;
    case '2': return (d.size() > 1 && (d[1] == '0' || d[1] == '7')) ? 2 : 3;
    case '3': return (d.size() > 1 && (d[1] == '5' || d[1] == '7' || d[1] == '8')) ? 3 : 2;
    case '4': return (d.size() > 1 && d[1] == '2') ? 3 : 2;
    case '5': return (d.size() > 1 && (d[1] == '0' || d[1] == '9')) ? 3 : 2;
    case '6': return (d.size() > 1 && d[1] >= '7') ? 3 : 2;
    case '8': return (d.size() > 1 && (d[1] == '0' || d[1] == '5' || d[1] == '7' || d[1] == '8')) ? 3 : 2;
    case '9': return (d.size() > 1 && (d[1] == '6' || d[1] == '7' || d[1] == '9')) ? 3 : 2;
    default: return 0;
  }
}

// NANP 555-0100..0199 (reserved for fiction), 555-1212 (directory
// assistance, the usual example: RFC 3966's tel:+1-816-555-1212), and
// Twilio's test numbers (+1 500 555 00xx, "magic numbers" in its docs).
bool nanp_fiction(std::string_view ten) noexcept {
  if (ten[3] != '5' || ten[4] != '5' || ten[5] != '5') return false;
  if (ten.substr(0, 3) == "500" && ten[6] == '0' && ten[7] == '0') return true;
  return (ten[6] == '0' && ten[7] == '1') || (ten[6] == '1' && ten[7] == '2' && ten[8] == '1' && ten[9] == '2');
}

// A national number (after its trunk 0) in the UK's, Germany's or
// Sweden's drama ranges; Australia's need the number's layout (phone_valid).
bool national_fiction(std::string_view nsn) noexcept {
  return fictitious("44", nsn) || fictitious("49", nsn) || fictitious("46", nsn);
}

bool international_valid(std::string_view d) noexcept {
  if (d.size() < 8 || d.size() > 15 || d[0] == '0') return false;
  if (d[0] == '1') {
    if (d.size() != 11 || !nanp_valid(drop_first(d))) return false;
    return !nanp_fiction(drop_first(d));
  }
  const std::size_t ccl = cc_length(d);
  if (ccl == 0) return false;
  const std::string_view cc(d.data(), ccl);
  const std::string_view nsn(d.data() + ccl, d.size() - ccl);
  // Italy (and San Marino, Vatican) keep the leading 0 of landlines.
  if (nsn.empty() || (nsn[0] == '0' && cc != "39" && cc != "378" && cc != "379")) return false;
  for (const CcLength& c : kCcLengths) {
    if (cc == c.cc && (nsn.size() < c.min || nsn.size() > c.max)) return false;
  }
  return !fictitious(cc, nsn);
}

bool fictitious_number(std::string_view v) noexcept {
  Digits dg;
  bool plus = false;
  for (Decoder dec{v}; !dec.done();) {
    const char c = dec.next();
    if (is_digit(c)) dg.push(c);
    else if (c == '+' && dg.n == 0) plus = true;
  }
  if (dg.overflow || dg.n < 6) return false;
  std::string_view d = dg.view();
  if (!plus && d.size() > 2 && d[0] == '0' && d[1] == '0') {
    d.remove_prefix(2);
    plus = true;
  }
  if (plus) {
    if (d[0] == '1') return d.size() == 11 && nanp_fiction(drop_first(d));
    const std::size_t ccl = cc_length(d);
    return ccl > 0 && ccl < d.size() && fictitious(d.substr(0, ccl), d.substr(ccl));
  }
  if (d[0] == '0') return national_fiction(drop_first(d));
  if (d.size() == 10) return nanp_fiction(d);
  return d.size() == 11 && d[0] == '1' && nanp_fiction(drop_first(d));
}

bool phone_valid(std::string_view v) noexcept {
  Digits dg;
  bool plus = false;
  std::size_t first_group = 0;    // digits before the first separator
  std::size_t groups = 0;         // digit groups
  std::size_t group_len[4] = {0, 0, 0, 0};
  bool in_group = false;
  bool open = false;
  std::size_t zero_led_at = 0;    // a later group that starts with 0
  std::size_t slashes = 0;       // only "0511/837246" (one, after a trunk-prefix area code)
  bool dots = false, spaces_or_dashes = false, dashes = false, form_plus = false;
  std::size_t singles = 0;        // one-digit groups
  std::size_t cur_len = 0;
  bool long_inner = false;        // a later group of 6+ digits with more after it
  char prev_sep = 0;
  bool double_space = false;      // "0810 4774  0": columns of a dump
  bool area_in_parens = false;    // "(718) 236-4974" (its '(' may be cut off: "718%29+236-4974")
  // A run cut out of a path or code span ("commit/0178001163", `0847954331`)
  if (!v.empty() && v[0] == '/') return false;
  // A log line's date and the hour of its time ("07-07-2025 02", the
  // ':' of the minutes cut off): ten digits, but nobody's number.
  if (date_and_hour(v)) return false;
  if (phone_padded_ipv4(v)) return false;
  // Three separators in a row between digits ("01(5255 )-0143"), counted
  // decoded, '+' and "%2B" included ("5256 %28( 034", "5 +(0",
  // "5256(%2B 820"): nobody writes a number so, and the
  // first pass's digit runs split there (shapes.cpp), as they do at '%'
  // and '+', so the windowed scan would never see it. (A "%2X" or '+' next
  // to a digit is a prefilter of the rule instead.)
  Decoder walk{v};
  for (std::size_t seps = 0, digits = 0; !walk.done();) {
    const char c = walk.next();
    if (is_digit(c)) {
      if (digits > 0 && seps > 2) return false;
      ++digits;
      seps = 0;
    } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+') {
      ++seps;
    } else {
      seps = 0;
    }
  }
  Decoder dec{v};
  for (bool first = true; !dec.done(); first = false) {
    const char c = dec.next();
    if (is_digit(c)) {
      ++cur_len;
      if (!in_group) {
        ++groups;
        in_group = true;
        if (groups > 1 && c == '0') zero_led_at = groups;
      }
      if (groups <= 4) ++group_len[groups - 1];
      if (groups == 1) ++first_group;
      const bool after_open = open;
      open = false;
      if (after_open && c == '0' && plus && dg.n > 0) {
        // "+44 (0)20 ...": the national trunk prefix in parentheses is dropped.
        Decoder peek{v, dec.i};
        if (!peek.done() && peek.next() == ')') continue;
      }
      dg.push(c);
    } else if (c == '+' && first) {
      plus = true;

    } else if (c == '+') {  // a form-encoded space: only in query strings
      form_plus = true;
      if (in_group && cur_len == 1) ++singles;
      cur_len = 0;
      in_group = false;
    } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
      if (c == ')' && groups == 1 && in_group) area_in_parens = true;
      if (in_group && cur_len == 1) ++singles;
      if (in_group && groups > 1 && cur_len >= 6) long_inner = true;
      if (!in_group && c == ' ' && prev_sep == ' ') double_space = true;
      prev_sep = c;
      cur_len = 0;
      if (c == '/') ++slashes;
      if (c == '.') dots = true;
      if (c == ' ' || c == '-') spaces_or_dashes = true;
      if (c == '-') dashes = true;
      in_group = false;
      open = c == '(';
    } else {
      return false;
    }
  }
  if (in_group && cur_len == 1) ++singles;
  for (std::size_t i = 1; i < v.size(); ++i) form_plus = form_plus || v[i] == '+';
  if (dg.overflow || dg.n == 0) return false;
  // Digits listed one by one ("1 1 1 0 0 0", "0 0 0 0 1d"), not a number.
  if (singles >= 3) return false;
  std::string_view d = dg.view();
  // A later group led by 0 ("26 088 519 377" is a tax id), unless it is a
  // last group of four of a 10- or 11-digit number: the subscriber number
  // of MX "55 2569 0427", BR "(11) 91234-0567" (not ICU's "1 0000 0000");
  // or the last of three groups of three, as Poland writes its nine digits
  // ("859-843-043", which only a label lets this far).
  const bool polish = groups == 3 && group_len[0] == 3 && group_len[1] == 3 && group_len[2] == 3;
  const bool zero_led_group = zero_led_at > 0 && zero_led_at <= 4 && group_len[zero_led_at - 1] >= 1 &&
                              !(zero_led_at == groups && group_len[zero_led_at - 1] == 4 && d.size() >= 10) &&
                              !(polish && zero_led_at == 3);
  if (all_same(d) || sequential(d)) return false;
  if (slashes > 1 || (slashes == 1 && (plus || d[0] != '0'))) return false;

  if (!plus) {
    // Columns of xxd / od output: "0777660 9348" (an octal offset and a
    // word), "0758 9255 9203" (hex words that are all digits), "0810 4774  0".
    if (double_space || (groups > 1 && group_len[0] >= 7)) return false;
    if (groups >= 3 && group_len[0] == 4 && group_len[1] == 4 && group_len[2] == 4) return false;
    if (groups > 1 && cur_len == 1) return false;
    // A long group between short ones ("01 050505 01 910505 00": the bytes
    // of ICU's sort keys), or a dot before 7+ digits ("13,178,002.113936031":
    // a fraction), is no way of writing a phone number.
    if (long_inner && cur_len <= 2) return false;
    if (groups == 2 && dots && group_len[1] >= 7) return false;
  }
  // 00 is the international call prefix of most of the world; written
  // without separators it needs 12 digits ("0093840044" is an id).
  if (!plus && d.size() >= 10 && d[0] == '0' && d[1] == '0' && d[2] != '0')
    return (groups > 1 || d.size() >= 12) && international_valid(d.substr(2));
  // '+' between groups is a form-encoded space: a query string's phone
  // number (%2B44+20..., 0711+841876, %28718%29+236-4974), never a sum
  // (2965+62+83).
  if (form_plus && !plus && d[0] != '0' &&
      !(area_in_parens && groups == 3 && group_len[0] == 3 && group_len[1] == 3 && group_len[2] == 4))
    return false;
  if (plus) return international_valid(d);

  const bool nanp_shaped = (groups == 1) || (groups == 3 && group_len[0] == 3 && group_len[1] == 3) ||
                           (groups == 4 && group_len[0] == 1 && group_len[1] == 3 && group_len[2] == 3);
  if (d[0] == '0') {
    // National trunk-prefix formats (UK 020..., DE 030..., FR 01..., AU 04...).
    if (d.size() < 9 || d.size() > 12 || d[1] == '0') return false;
    // Not phone numbers: a time with a fraction ("09.851851 2026": dots mixed
    // with spaces), a 12-digit account id, compact runs under 10 digits, hex
    // byte pairs ("03 94 05 79 67 11": 2-digit groups are French, 10 digits),
    // an SSN (018-00-7902) or a date-based id (060654-4527).
    if (dots && spaces_or_dashes) return false;
    // (12 in one run: a German mobile, 015x/016x/017x and eight digits)
    if (groups == 1 && (d.size() < 10 || d.size() > 11) &&
        !(d.size() == 12 && d[1] == '1' && d[2] >= '5' && d[2] <= '7'))
      return false;
    bool all_pairs = groups >= 3 && groups <= 4;
    for (std::size_t g = 0; g < groups && g < 4; ++g) all_pairs = all_pairs && group_len[g] == 2;
    if (groups >= 5 && group_len[0] == 2 && group_len[1] == 2 && group_len[2] == 2 && group_len[3] == 2 && d.size() != 10)
      return false;
    if (groups == 3 && group_len[0] == 3 && group_len[1] == 2 && group_len[2] == 4) return false;
    if (dashes && groups == 2 && group_len[0] == 6 && group_len[1] == 4) return false;
    if (dashes && groups == 2 && group_len[0] == 5 && group_len[1] == 4) return false;  // US ZIP+4 02110-1301
    // hex dump bytes "02 00 00 01 00": a real number is not half zeros
    if (group_len[0] == 2 && group_len[1] == 2 && groups >= 4) {
      std::size_t zeros = 0;
      for (char z : d) zeros += z == '0';
      if (zeros * 2 > d.size()) return false;
      // "01 02 03 04 05": bytes, every pair led by 0
      bool all_zero_led = d.size() % 2 == 0;
      for (std::size_t i = 0; i < d.size() && all_zero_led; i += 2) all_zero_led = d[i] == '0';
      if (all_zero_led) return false;
    }
    (void)all_pairs;
    const std::string_view nsn = drop_first(d);
    if (national_fiction(nsn)) return false;
    // AU mobiles are written 04xx xxx xxx; "04 91 57 ..." is a French number.
    if (fictitious("61", nsn) && (nsn[0] != '4' || groups == 1 || first_group != 2)) return false;
    return true;
  }
  if (nanp_shaped && (d.size() == 10 || (d.size() == 11 && d[0] == '1'))) {
    const std::string_view ten = d.size() == 11 ? drop_first(d) : d;
    // Ten digits in one run that no NANP number has (exchange 0xx/1xx)
    // may be another plan's (IN 6320110566); only a label's context lets
    // them this far.
    if (nanp_valid(ten)) return !nanp_fiction(ten);
    if (!(groups == 1 && d.size() == 10 && d[0] >= '6')) return false;
  }
  if (nanp_shaped && groups == 4) return false;  // 2-202-555-0143: 11 digits not led by 1
  // Other national forms without a trunk prefix (ES 612 34 56 78, IT 347
  // 1234567, IN 98765 43210, BR (11) 91234-5678): 9-11 digits, and no later
  // group led by 0 ("26 088 519 377" is a tax id, not a phone number after
  // a stray group), but for the two forms below.
  // 12 or 13 digits in one run, only ever after a label (no unlabelled
  // form of the pattern takes a bare run): an MSISDN, the international
  // number without its '+' ("msisdn=919876543210", SMS gateways'
  // "mobiles").
  if (groups == 1 && (d.size() == 12 || d.size() == 13)) return international_valid(d);
  if (d.size() < 9 || d.size() > 11) return false;
  // India writes a mobile number in two groups of five ("72906 08234"),
  // the second one led by 0 as often as by any digit.
  if (groups == 2 && group_len[0] == 5 && group_len[1] == 5 && d[0] >= '6') return true;
  // Spain writes its nine digits 3-2-2-2 ("623 65 71 00"); any pair may
  // start with 0.
  if (groups == 4 && group_len[0] == 3 && group_len[1] == 2 && group_len[2] == 2 && group_len[3] == 2 &&
      d[0] >= '6')
    return true;
  return !zero_led_group;
}

// ---------------------------------------------------------------- JWT

constexpr bool is_b64url(char c) noexcept { return is_alnum(c) || c == '-' || c == '_'; }

constexpr int b64url_value(char c) noexcept {
  if (is_upper(c)) return c - 'A';
  if (is_lower(c)) return c - 'a' + 26;
  if (is_digit(c)) return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// Consumes the decoded header byte by byte, so headers of any length are
// checked without a buffer: first non-space byte must be '{', and the
// quoted key "alg" must appear.
struct HeaderScan {
  static constexpr std::string_view kKey = "\"alg\"";
  bool started = false;
  bool bad = false;
  std::size_t matched = 0;
  bool found = false;

  void feed(unsigned char b) noexcept {
    const char c = static_cast<char>(b);
    if (!started) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return;
      started = true;
      if (c != '{') bad = true;
      return;
    }
    if (found) return;
    // kKey has no repeated prefix except '"', so restarting on '"' suffices.
    if (c == kKey[matched]) {
      if (++matched == kKey.size()) found = true;
    } else {
      matched = (c == '"') ? 1 : 0;
    }
  }
  bool ok() const noexcept { return started && !bad && found; }
};

bool jwt_header_valid(std::string_view seg) noexcept {
  // A lone trailing sextet cannot encode a whole byte: not base64.
  if (seg.size() % 4 == 1) return false;
  HeaderScan scan;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : seg) {
    acc = (acc << 6) | static_cast<std::uint32_t>(b64url_value(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      scan.feed(static_cast<unsigned char>((acc >> bits) & 0xFFu));
      if (scan.bad) return false;
    }
    acc &= (1u << bits) - 1u;
  }
  return scan.ok();
}

bool jwt_valid(std::string_view v) noexcept {
  std::size_t dots[2] = {0, 0};
  std::size_t ndots = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '.') {
      if (ndots == 2) return false;
      dots[ndots++] = i;
    } else if (!is_b64url(c)) {
      return false;
    }
  }
  if (ndots != 2) return false;
  const std::string_view header(v.data(), dots[0]);
  const std::string_view payload(v.data() + dots[0] + 1, dots[1] - dots[0] - 1);
  const std::string_view sig(v.data() + dots[1] + 1, v.size() - dots[1] - 1);
  // An unsigned (alg "none") token carries no secret worth redacting.
  if (header.empty() || payload.empty() || sig.empty()) return false;
  return jwt_header_valid(header);
}

// ---------------------------------------------------------------- SecretValue

constexpr std::string_view kPlaceholders[] = {
    "password", "passwd",     "changeme",      "secret",       "redacted", "null",
    "none",     "undefined",  "true",          "false",        "example",  "placeholder",
    "your_password", "yourpassword", "xxx",    "[redacted]",   "[filtered]", "<redacted>",
    "hidden",   "masked",     "dummy",         "test",         "foo",      "bar",
    "****",
};

constexpr bool is_mask_char(char c) noexcept {
  return c == '*' || c == 'x' || c == 'X' || c == '#' || c == '.';
}

// "$NAME" where NAME looks like an environment variable: the value was never
// substituted, so it is a reference, not a secret.
bool is_env_ref(std::string_view v) noexcept {
  // ($$NAME: the '$' escaped, as Cloud Build and Compose files write it)
  if (v.size() > 2 && v[0] == '$' && v[1] == '$') v.remove_prefix(1);
  if (v.size() < 2 || v[0] != '$') return false;
  if (!is_upper(v[1]) && v[1] != '_') return false;
  for (std::size_t i = 2; i < v.size(); ++i) {
    if (!is_upper(v[i]) && !is_digit(v[i]) && v[i] != '_') return false;
  }
  return true;
}


// "$db_password": a PHP, Perl, Tcl or shell variable whose name is
// snake_case words, maybe with an expect script's "\r" after it ("send
// \"$enable_secret\r\""). (Not camelCase: "$ecretPass" is a password.)
bool code_variable(std::string_view v) noexcept {
  if (v.size() < 4 || v[0] != '$' || !is_lower(v[1])) return false;
  while (v.size() > 2 && v[v.size() - 2] == '\\' && (v.back() == 'r' || v.back() == 'n')) v.remove_suffix(2);
  bool joined = false;
  for (std::size_t i = 2; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '_' && i + 1 < v.size() && is_lower(v[i + 1])) joined = true;
    else if (!is_lower(c) && !is_digit(c) && c != '_') return false;
  }
  return joined;
}

// Windows' %NAME% (a variable, not its value); a batch file's %%NAME%%,
// its percent signs doubled where a FOR loop or CALL would read them.
bool windows_variable(std::string_view v) noexcept {
  if (v.size() >= 5 && v[1] == '%' && v[v.size() - 2] == '%') v = v.substr(1, v.size() - 2);
  if (v.size() < 3 || v.front() != '%' || v.back() != '%') return false;
  // (TeamCity's parameters have dots: %env.DB_PASSWORD%)
  for (std::size_t i = 1; i + 1 < v.size(); ++i)
    if (!is_upper(v[i]) && !is_lower(v[i]) && !is_digit(v[i]) && v[i] != '_' && !(v[i] == '.' && i > 1 && i + 2 < v.size()))
      return false;
  return true;
}

// A printf conversion alone, before a mark or before another conversion:
// "%s", "%-20s", "%d%%", "%s@%s"; not a password that starts like one
// ("%8sN8ZI9!obpF").
bool printf_conversion(std::string_view v) noexcept {
  std::size_t i = 1;
  while (i < v.size() && (v[i] == '-' || v[i] == '+' || v[i] == '0' || v[i] == ' ' || v[i] == '#')) ++i;
  while (i < v.size() && is_digit(v[i])) ++i;
  if (i < v.size() && v[i] == '.') {
    ++i;
    while (i < v.size() && is_digit(v[i])) ++i;
  }
  while (i < v.size() && (v[i] == 'l' || v[i] == 'h' || v[i] == 'z')) ++i;
  return i < v.size() && std::string_view("sdifuxXcpqrv").find(v[i]) != std::string_view::npos &&
         (i + 1 == v.size() || !is_alnum(v[i + 1]) || v.find('%', i + 1) != std::string_view::npos);
}

// A PowerShell cmdlet's name ("ConvertTo-SecureString" after
// "$password = "): an approved verb, '-', a capitalised noun.
bool powershell_cmdlet(std::string_view v) noexcept {
  constexpr std::string_view kVerbs[] = {"ConvertTo", "ConvertFrom", "Get", "Set", "New", "Read", "Import", "Export"};
  const std::size_t dash = v.find('-');
  if (dash == std::string_view::npos || dash + 1 >= v.size() || !is_upper(v[dash + 1])) return false;
  bool verb = false;
  for (std::string_view k : kVerbs) verb = verb || v.substr(0, dash) == k;
  if (!verb) return false;
  for (std::size_t i = dash + 1; i < v.size(); ++i)
    if (!is_upper(v[i]) && !is_lower(v[i])) return false;
  return true;
}

// Words that point to where a secret is kept, as a wiki's or a sheet's
// password cell says it ("*see vault*", "ask the admin", "stored in
// 1Password"): prose of two or more words, Markdown's emphasis around it.
bool points_elsewhere(std::string_view v) noexcept {
  // TeamCity's token for a secure value it keeps (credentialsJSON:<uuid>)
  if (v.substr(0, 16) == "credentialsJSON:") return true;
  while (v.size() > 2 && (v.front() == '*' || v.front() == '_') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
  const std::size_t space = v.find(' ');
  if (space == std::string_view::npos) return false;
  static constexpr std::string_view kFirst[] = {"see", "ask", "check", "stored", "refer", "contact", "managed", "same"};
  for (std::string_view w : kFirst)
    if (iequals(v.substr(0, space), w)) return true;
  static constexpr std::string_view kStores[] = {"vault", "1password", "keepass", "lastpass", "bitwarden"};
  for (std::size_t p = 0; p < v.size();) {
    std::size_t e = v.find(' ', p);
    if (e == std::string_view::npos) e = v.size();
    for (std::string_view w : kStores)
      if (iequals(v.substr(p, e - p), w)) return true;
    p = e + 1;
  }
  return false;
}

// Lower-case words joined by '_', '-' or '.', three or more, one of them
// the word "password" (or passwd, pwd, secret, token, key, psk): a
// documentation placeholder ("_the_password_of_the_bind_user",
// "your-db-password-here", "not-a-real-token", "old-psk-removed"), not a
// passphrase ("cricket_monsoon_mercury").
bool placeholder_phrase(std::string_view v) noexcept {
  std::size_t parts = 0;
  bool names_it = false;
  for (std::size_t i = 0; i < v.size();) {
    if (v[i] == '_' || v[i] == '-' || v[i] == '.') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && is_lower(v[j])) ++j;
    if (j == i || (j < v.size() && v[j] != '_' && v[j] != '-' && v[j] != '.')) return false;
    const std::string_view w = v.substr(i, j - i);
    names_it = names_it || w == "password" || w == "passwd" || w == "pwd" || w == "secret" || w == "token" ||
               w == "key" || w == "psk";
    ++parts;
    i = j;
  }
  // (or two between underscores, a template's blank: duply's
  // TARGET_PASS='_backend_password_')
  return names_it && (parts >= 3 || (parts == 2 && v.front() == '_' && v.back() == '_'));
}

// A declaration's type and length, where a key names a variable in code
// (RPG's "dcl-s pwd char(10) inz('X')", SQL's "password varchar(64)"):
// no value.
bool declared_type(std::string_view v) noexcept {
  const std::size_t open = v.find('(');
  if (open == std::string_view::npos || open == 0 || v.back() != ')' || open + 2 >= v.size()) return false;
  for (std::size_t i = open + 1; i + 1 < v.size(); ++i)
    if (!ascii::is_digit(v[i])) return false;
  const std::string_view type = v.substr(0, open);
  for (std::string_view t : {"char", "varchar", "varchar2", "nchar", "nvarchar", "nvarchar2", "varbinary", "binary",
                             "ucs2", "varucs2", "graph", "vargraph"})
    if (ascii::iequals(type, t)) return true;
  return false;
}

// Nobody types 256 bytes: a longer password is a blob (a SealedSecret's
// ciphertext under encryptedData:, a certificate). A token may be longer
// (token-value: a JWE, an Azure AD access token).
bool secret_value_valid(std::string_view raw, std::size_t max = 256) noexcept {
  const std::string_view v = trim_value(raw);
  if (v.size() < 4 || v.size() > max) return false;
  if (secrets::encrypted_value(v) || powershell_cmdlet(v)) return false;
  // A long hex literal is a stored hash (SQL Server's CREATE LOGIN ...
  // WITH PASSWORD = 0x0200... HASHED), not what anyone types.
  if (v.size() >= 18 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') &&
      std::all_of(v.begin() + 2, v.end(), ascii::is_hex))
    return false;
  // Control bytes are not typed into a password: random or binary data.
  for (char c : v)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  if (all_same(v)) return false;
  bool only_mask = true;
  for (char c : v) {
    if (!is_mask_char(c)) {
      only_mask = false;
      break;
    }
  }
  if (only_mask) return false;
  if (starts_with(v, "${") || starts_with(v, "$(") || starts_with(v, "{{") || starts_with(v, "$${")) return false;
  // Huawei VRP's stored ciphertext: %^%#...%^%# (and %@%@...%@%@); GRUB's
  // PBKDF2 hash of its password (grub-mkpasswd-pbkdf2's
  // grub.pbkdf2.sha512.10000.SALT.HASH, which a preseed file gives).
  if (starts_with(v, "%^%#") || starts_with(v, "%@%@") || starts_with(v, "grub.pbkdf2.")) return false;
  // Macros and substitution variables: Nagios' and Icinga's $USER4$,
  // SQL*Plus' &&app_password (FreeSWITCH's $${name} above).
  auto name_chars = [](std::string_view n) {
    return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) { return ascii::is_alnum(c) || c == '_'; });
  };
  // (one that closes a parenthesis it sits in: "(check_mysql -p $USER3$)")
  const std::string_view macro = v.back() == ')' && v.find('(') == std::string_view::npos ? v.substr(0, v.size() - 1) : v;
  if (macro.size() > 2 && macro[0] == '$' && macro.back() == '$' && name_chars(macro.substr(1, macro.size() - 2)))
    return false;
  if (v[0] == '&' && ascii::is_alpha(v[v[1] == '&' ? 2 : 1]) && name_chars(v.substr(v[1] == '&' ? 2 : 1)) &&
      v.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos &&
      v.find_first_of("0123456789") == std::string_view::npos)
    return false;
  // <placeholder>, %(name)s / %s templates, Windows %VAR%; but "%21..."
  // is a URL-encoded '!', and "%^Kdy8uk%xHM" a password that starts so
  if (v[0] == '<') return false;
  if (v[0] == '%' && (windows_variable(v) || v[1] == '(' || v[1] == '{' || printf_conversion(v))) return false;
  if (is_env_ref(v) || code_variable(v) || points_elsewhere(v) || placeholder_phrase(v) || declared_type(v)) return false;
  // A word and its colon is the next label ("Usuario: admin / contraseña:
  // \"X\""), in any script: letters (or UTF-8's multibyte bytes) alone.
  if (v.back() == ':' && std::all_of(v.begin(), v.end() - 1, [](char c) {
        return ascii::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
      }))
    return false;
  // A long token cut short for a page ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
  // "sk_live_51H..."): an example, elided.
  if (v.size() >= 16 && (v.substr(v.size() - 3) == "..." || v.substr(v.size() - 3) == "\xe2\x80\xa6")) return false;
  for (std::string_view p : kPlaceholders) {
    if (iequals(v, p)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- SSN

bool ssn_valid(std::string_view raw) noexcept {
  // URL-encoded separators ("895%2033%208172", "%2D") read as written.
  char buf[11];
  std::size_t n = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (n == sizeof buf) return false;
    char c = raw[i];
    if (c == '%' && i + 2 < raw.size() && raw[i + 1] == '2' && (raw[i + 2] == '0' || (raw[i + 2] | 0x20) == 'd')) {
      c = raw[i + 2] == '0' ? ' ' : '-';
      i += 2;
    }
    buf[n++] = c;
  }
  const std::string_view v(buf, n);
  char d[9];
  if (v.size() == 9) {
    for (std::size_t i = 0; i < 9; ++i) {
      if (!is_digit(v[i])) return false;
      d[i] = v[i];
    }
  } else if (v.size() == 11) {
    const char sep = v[3];
    if ((sep != '-' && sep != ' ') || v[6] != sep) return false;
    std::size_t k = 0;
    for (std::size_t i = 0; i < 11; ++i) {
      if (i == 3 || i == 6) continue;
      if (!is_digit(v[i])) return false;
      d[k++] = v[i];
    }
  } else {
    return false;
  }
  const int area = digit_value(d[0]) * 100 + digit_value(d[1]) * 10 + digit_value(d[2]);
  const int group = digit_value(d[3]) * 10 + digit_value(d[4]);
  const int serial = digit_value(d[5]) * 1000 + digit_value(d[6]) * 100 +
                     digit_value(d[7]) * 10 + digit_value(d[8]);
  if (area == 0 || area == 666 || area >= 900) return false;
  return group != 0 && serial != 0;
}

bool is_digit_shaped(Validator v) noexcept {
  return v == Validator::Luhn || v == Validator::Iban || v == Validator::UsSsn ||
         v == Validator::Phone;
}

}  // namespace

bool phone_fictitious(std::string_view number) noexcept { return fictitious_number(number); }

bool phone_padded_ipv4(std::string_view v) noexcept {
  if (v.size() < 15 || v[3] != '.' || v[7] != '.' || v[11] != '.' || (v.size() > 15 && is_digit(v[15]))) return false;
  for (std::size_t g = 0; g < 16; g += 4)
    if (!is_digit(v[g]) || !is_digit(v[g + 1]) || !is_digit(v[g + 2]) ||
        (v[g] - '0') * 100 + (v[g + 1] - '0') * 10 + (v[g + 2] - '0') > 255)
      return false;
  return true;
}

bool phone_named_valid(std::string_view v) noexcept {
  char d[16];
  std::size_t n = 0, groups = 0, len[6] = {0, 0, 0, 0, 0, 0};
  char sep = 0;
  bool in_group = false;
  for (char c : v) {
    if (is_digit(c)) {
      if (n == sizeof d) return false;
      d[n++] = c;
      if (!in_group) {
        if (++groups > 6) return false;
        in_group = true;
      }
      ++len[groups - 1];
    } else if ((c == ' ' || c == '-') && in_group && (sep == 0 || sep == c)) {
      sep = c;
      in_group = false;
    } else {
      return false;
    }
  }
  if (!in_group || n == 0) return false;
  const std::string_view digits(d, n);
  if (all_same(digits) || sequential(digits) || fictitious_number(digits)) return false;
  auto shape = [&](std::initializer_list<std::size_t> want) {
    if (want.size() != groups) return false;
    std::size_t g = 0;
    for (std::size_t w : want)
      if (len[g++] != w) return false;
    return true;
  };
  // Italy's mobiles: 3xx and six or seven digits.
  if (d[0] == '3' && (n == 9 || n == 10) && (groups == 1 || shape({3, 3, 4}) || shape({3, 3, 3}) || shape({3, 7}) ||
                                             shape({3, 6})))
    return true;
  // A national number written without separators, its trunk prefix
  // first (Sweden's 0702436124, Germany's 015112345678): nine to eleven
  // digits after '0', not "00" (an international prefix).
  if (groups == 1 && d[0] == '0' && d[1] != '0' && n >= 9 && n <= 11) return true;
  // Spain's nine digits in 3-2-2-2 or 3-3-3 ("686 28 65 76"; a first
  // digit of 6 to 9).
  if ((shape({3, 2, 2, 2}) || shape({3, 3, 3})) && d[0] >= '6') return true;
  // Norway's and Denmark's eight digits in pairs ("22 52 28 33"), when a
  // phone key names them (the rule's prefilter opens a window there).
  if (shape({2, 2, 2, 2}) && d[0] >= '2') return true;
  // Norway's mobiles, 4 or 9 first, in 3-2-3 ("412 34 567").
  if (shape({3, 2, 3}) && (d[0] == '4' || d[0] == '9')) return true;
  // Indonesia's mobiles: 08, then nine to eleven digits, in dashed groups.
  return d[0] == '0' && d[1] == '8' && sep == '-' && n >= 11 && n <= 13 && groups == 3 && len[0] == 4 && len[1] == 4;
}

std::string_view to_string(Validator v) noexcept {
  switch (v) {
    case Validator::None: return "none";
    case Validator::Luhn: return "luhn";
    case Validator::Iban: return "iban";
    case Validator::UsSsn: return "us-ssn";
    case Validator::Phone: return "phone";
    case Validator::Jwt: return "jwt";
    case Validator::SecretValue: return "secret-value";
    case Validator::Pem: return "pem";
    case Validator::Email: return "email";
    case Validator::HighEntropy: return "high-entropy";
    case Validator::Base64Credentials: return "base64-credentials";
    case Validator::AzureKey: return "azure-key";
    case Validator::AwsSecretKey: return "aws-secret-key";
    case Validator::TokenValue: return "token-value";
    case Validator::BasicCredentials: return "basic-credentials";
    default: return national::name(v);
  }
  return "unknown";
}

std::optional<Validator> parse_validator(std::string_view s) noexcept {
  constexpr Validator kAll[] = {Validator::None,  Validator::Luhn, Validator::Iban,
                                Validator::UsSsn, Validator::Phone, Validator::Jwt,
                                Validator::SecretValue, Validator::HighEntropy, Validator::Base64Credentials,
                                Validator::AzureKey, Validator::Pem, Validator::Email,
                                Validator::AwsSecretKey, Validator::TokenValue, Validator::BasicCredentials};
  for (Validator v : kAll) {
    if (to_string(v) == s) return v;
  }
  return national::parse(s);
}

bool validate(Validator v, std::string_view value) noexcept {
  switch (v) {
    case Validator::None: return true;
    case Validator::Luhn: return luhn_valid(value);
    case Validator::Iban: return iban_valid(value);
    case Validator::UsSsn: return ssn_valid(value);
    case Validator::Phone: return phone_valid(value);
    case Validator::Jwt: return jwt_valid(value);
    // (An HTTP Basic header's user and long API token may run past what
    // anyone types: base64 of "user:password" is a value at any length.)
    case Validator::SecretValue: return secret_value_valid(value);
    case Validator::Pem: return pem_block_valid(value);
    case Validator::Email: return email_valid(value);
    case Validator::HighEntropy: return secrets::high_entropy_valid(value);
    case Validator::Base64Credentials: return secrets::base64_credentials_valid(value);
    case Validator::AzureKey: return secrets::azure_key_valid(value);
    case Validator::AwsSecretKey: return secrets::aws_secret_key_valid(value);
    case Validator::TokenValue: return secret_value_valid(value, 8192);
    // A Basic header past what anyone types: an e-mail and a long API
    // token, base64 of user:password.
    case Validator::BasicCredentials:
      return secret_value_valid(value) || (value.size() > 256 && secrets::base64_credentials_valid(value));
    default: return national::validate(v, value);
  }
  return false;
}

std::string_view canonical(Validator v, std::string_view value, char* buf,
                           std::size_t cap) noexcept {
  if (!is_digit_shaped(v) || buf == nullptr) return value;
  std::size_t n = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    // A URL escape ("%20", "%2B") is formatting, not part of the value.
    if (c == '%' && i + 2 < value.size() && Decoder::hex(value[i + 1]) >= 0 && Decoder::hex(value[i + 2]) >= 0) {
      i += 2;
      continue;
    }
    if (!is_alnum(c)) continue;
    if (n == cap) return value;
    buf[n++] = to_upper(c);
  }
  return {buf, n};
}

bool luhn_valid(std::string_view s) noexcept {
  Digits dg;
  bool grouped = false;
  // URL-encoded group separators too: "4111%201111..." and "4111+1111...".
  for (Decoder dec{s}; !dec.done();) {
    const char c = dec.next();
    if (is_digit(c)) {
      dg.push(c);
    } else if (c != ' ' && c != '-') {
      return false;
    } else {
      grouped = true;
    }
  }
  if (dg.overflow || dg.n < 12 || dg.n > 19) return false;
  const std::string_view d = dg.view();
  // 12 digits are only a Maestro card printed 4-4-4 (50xx, 5893, 6304,
  // 67xx); in one run, or cut from a longer number, they are any id.
  if (dg.n == 12 && !(grouped && (starts_with(d, "50") || starts_with(d, "5893") || starts_with(d, "6304") ||
                                  starts_with(d, "67"))))
    return false;
  if (all_same(d)) return false;
  return luhn_sum(d, false) % 10 == 0;
}

char luhn_check_digit(std::string_view digits) noexcept {
  // Separators are skipped so a formatted prefix works too.
  return static_cast<char>('0' + (10 - luhn_sum(digits, true) % 10) % 10);
}

bool iban_valid(std::string_view s) noexcept {
  char c[kIbanMaxLength];
  std::size_t n = 0;
  // Groups separated by spaces or dashes, or URL-encoded spaces (%20, '+').
  for (Decoder dec{s}; !dec.done();) {
    const char ch = dec.next();
    if (ch == ' ' || ch == '-' || ch == '+') continue;  // '+': a query string's space
    if (n == kIbanMaxLength) return false;
    c[n++] = ch;
  }
  if (n < 5) return false;
  if (!is_upper(c[0]) || !is_upper(c[1]) || !is_digit(c[2]) || !is_digit(c[3])) return false;
  const int expected = iban_length_for_country(std::string_view(c, 2));
  if (expected == 0 || static_cast<std::size_t>(expected) != n) return false;
  std::uint32_t rem = 0;
  for (std::size_t i = 4; i < n; ++i) {
    if (!is_digit(c[i]) && !is_upper(c[i])) return false;
    rem = mod97_step(rem, c[i]);
  }
  for (std::size_t i = 0; i < 4; ++i) rem = mod97_step(rem, c[i]);
  return rem == 1;
}

int iban_length_for_country(std::string_view cc) noexcept {
  if (cc.size() != 2) return 0;
  for (const IbanCountry& e : kIbanCountries) {
    if (e.code[0] == cc[0] && e.code[1] == cc[1]) return e.length;
  }
  return 0;
}

}  // namespace privguard::core
