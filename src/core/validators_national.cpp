// National identity numbers, birth dates, passport numbers: the checks
// behind policies/gdpr.toml's rules. Like validators.cpp: no allocation,
// no exceptions, no locks, no I/O; string_view and small stack arrays.
#include "validators_national.h"

#include <array>
#include <cstdint>
#include <utility>

namespace privguard::core::national {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr int dv(char c) noexcept { return c - '0'; }

// Up to N characters of a value with the listed separators dropped;
// `ok` false when another character shows up or there are too many.
template <std::size_t N>
struct Compact {
  std::array<char, N> c{};
  std::size_t n = 0;
  bool ok = true;

  // A URL-encoded space ("%20"), a no-break space (UTF-8 C2 A0) and a
  // JSON-escaped one ("\u00a0") are spaces.
  Compact(std::string_view v, std::string_view separators) noexcept {
    const bool spaces = separators.find(' ') != std::string_view::npos;
    for (std::size_t i = 0; i < v.size(); ++i) {
      const char ch = v[i];
      if (spaces && ch == '%' && v.substr(i, 3) == "%20") {
        i += 2;
        continue;
      }
      if (spaces && ch == '\xC2' && v.substr(i, 2) == "\xC2\xA0") {
        i += 1;
        continue;
      }
      if (spaces && ch == '\\' && (v.substr(i, 6) == "\\u00a0" || v.substr(i, 6) == "\\u00A0")) {
        i += 5;
        continue;
      }
      if (separators.find(ch) != std::string_view::npos) continue;
      if (n == N) {
        ok = false;
        return;
      }
      c[n++] = ch;
    }
  }
  std::string_view view() const noexcept { return {c.data(), n}; }
};

bool all_digits(std::string_view s) noexcept {
  for (char c : s)
    if (!is_digit(c)) return false;
  return !s.empty();
}

bool all_same(std::string_view s) noexcept {
  for (char c : s)
    if (c != s[0]) return false;
  return true;
}

// 123456 / 987654 (not wrapping): the digits of a placeholder.
bool sequential(std::string_view d) noexcept {
  if (d.size() < 2) return false;
  bool up = true, down = true;
  for (std::size_t i = 1; i < d.size(); ++i) {
    if (dv(d[i]) != dv(d[i - 1]) + 1) up = false;
    if (dv(d[i]) != dv(d[i - 1]) - 1) down = false;
  }
  return up || down;
}

int number(std::string_view d) noexcept {
  int v = 0;
  for (char c : d) v = v * 10 + dv(c);
  return v;
}

constexpr bool leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) noexcept {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool date_exists(int y, int m, int d) noexcept { return d >= 1 && d <= days_in_month(y, m); }

// A date whose century is unknown (YYMMDD): Feb 29 passes in any year
// divisible by 4 (2000 was a leap year, 1900 not).
bool date_exists_yy(int yy, int m, int d) noexcept { return date_exists(yy % 4 == 0 ? 2000 : 2001, m, d); }

// ---------------------------------------------------------------- dates

struct MonthName {
  std::string_view name;  // lower case, accents folded (ä -> a, é -> e, û -> u)
  int month;
};

constexpr MonthName kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"februar", 2}, {"marz", 3}, {"maerz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12}, {"okt", 10}, {"dez", 12},
    // French
    {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7},
    {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"marco", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    // Polish (the genitive a date writes: "20 listopada 1966"), Turkish
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6},
    {"lipca", 7}, {"sierpnia", 8}, {"listopada", 11}, {"grudnia", 12},
    {"ocak", 1}, {"nisan", 4}, {"haziran", 6}, {"temmuz", 7}, {"ekim", 10},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    // Swedish (others as above)
    {"maj", 5}, {"augusti", 8},
    // Finnish, in the partitive a date writes ("5. elokuuta 1960"), and
    // the nominative
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},
    {"kesakuuta", 6}, {"heinakuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10},
    {"marraskuuta", 11}, {"joulukuuta", 12}, {"tammikuu", 1}, {"helmikuu", 2}, {"maaliskuu", 3},
    {"huhtikuu", 4}, {"toukokuu", 5}, {"kesakuu", 6}, {"heinakuu", 7}, {"elokuu", 8},
    {"syyskuu", 9}, {"lokakuu", 10}, {"marraskuu", 11}, {"joulukuu", 12},
};

// Compared as written: Hindi (Devanagari), both spellings of the
// half-nasal (सितंबर / सितम्बर) and of February (फ़रवरी / फरवरी); Russian
// in the genitive a date writes ("12 марта 1984"); Polish and Turkish
// months with letters month_of does not fold.
constexpr MonthName kMonthsAsWritten[] = {
    {"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", 1},
    {"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", 2},
    {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", 3},
    {"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", 4},
    {"\xD0\xBC\xD0\xB0\xD1\x8F", 5},
    {"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", 6},
    {"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", 7},
    {"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", 8},
    {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 9},
    {"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 10},
    {"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 11},
    {"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F", 12},
    {"wrze\xC5\x9Bnia", 9}, {"pa\xC5\xBA" "dziernika", 10},
    {"\xC5\x9Eubat", 2}, {"\xC5\x9Fubat", 2}, {"Mart", 3}, {"May\xC4\xB1s", 5}, {"may\xC4\xB1s", 5},
    {"A\xC4\x9Fustos", 8}, {"a\xC4\x9Fustos", 8}, {"Eyl\xC3\xBCl", 9}, {"eyl\xC3\xBCl", 9},
    {"Kas\xC4\xB1m", 11}, {"kas\xC4\xB1m", 11}, {"Aral\xC4\xB1k", 12}, {"aral\xC4\xB1k", 12},
    {"\xE0\xA4\x9C\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80", 1},
    {"\xE0\xA4\xAB\xE0\xA4\xBC\xE0\xA4\xB0\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80", 2},
    {"\xE0\xA4\xAB\xE0\xA4\xB0\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80", 2},
    {"\xE0\xA4\xAE\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x9A", 3},
    {"\xE0\xA4\x85\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x88\xE0\xA4\xB2", 4},
    {"\xE0\xA4\xAE\xE0\xA4\x88", 5},
    {"\xE0\xA4\x9C\xE0\xA5\x82\xE0\xA4\xA8", 6},
    {"\xE0\xA4\x9C\xE0\xA5\x81\xE0\xA4\xB2\xE0\xA4\xBE\xE0\xA4\x88", 7},
    {"\xE0\xA4\x85\xE0\xA4\x97\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4", 8},
    {"\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 9},
    {"\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0", 9},
    {"\xE0\xA4\x85\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\x9F\xE0\xA5\x82\xE0\xA4\xAC\xE0\xA4\xB0", 10},
    {"\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 11},
    {"\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0", 11},
    {"\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 12},
    {"\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0", 12},
};

// Words a written date may hold besides the month: ordinal suffixes
// ("12th", "1er") and "of"/"de" ("12th of March", "12 de marzo de 1984").
constexpr std::string_view kFillers[] = {"st", "nd", "rd", "th", "er", "of", "de"};

int month_of(std::string_view word) noexcept {
  for (const MonthName& m : kMonthsAsWritten)
    if (m.name == word) return m.month;
  char buf[16];
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < word.size()) {
      // UTF-8 ä Ä é É è û Û ç Ç: the letter without its accent
      switch (static_cast<unsigned char>(word[++i])) {
        case 0xA4: case 0x84: c = 'a'; break;
        case 0xA9: case 0x89: case 0xA8: case 0x88: c = 'e'; break;
        case 0xBB: case 0x9B: c = 'u'; break;
        case 0xA7: case 0x87: c = 'c'; break;  // ç Ç (março)
        default: return 0;
      }
    } else if (is_upper(c)) {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (!is_lower(c)) {
      return 0;
    }
    if (n == sizeof buf) return 0;
    buf[n++] = c;
  }
  const std::string_view w(buf, n);
  for (const MonthName& m : kMonths)
    if (m.name == w) return m.month;
  return 0;
}

bool is_filler(std::string_view word) noexcept {
  if (word.size() != 2) return false;
  const char lower[2] = {static_cast<char>(word[0] | 0x20), static_cast<char>(word[1] | 0x20)};
  for (std::string_view f : kFillers)
    if (f == std::string_view(lower, 2)) return true;
  return false;
}

constexpr bool is_word_byte(char c) noexcept {
  return is_upper(c) || is_lower(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool year_ok(std::string_view d) noexcept { return d.size() == 4 && (d[0] == '1' ? d[1] == '9' : d.substr(0, 2) == "20"); }

}  // namespace

// A two-digit year ("DOB: 03/17/85", "23-Mar-85"): its century is unknown.
bool year_or_yy_ok(std::string_view d) noexcept { return d.size() == 2 || year_ok(d); }

int year_of(std::string_view d) noexcept { return d.size() == 2 ? (number(d) % 4 == 0 ? 2000 : 2001) : number(d); }

// A date written with Japanese / Chinese or Korean year, month and day
// signs: 1983年2月4日, 1983년 2월 4일.
bool cjk_date_valid(std::string_view v) noexcept {
  constexpr std::string_view kSigns[2][3] = {{"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},
                                             {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}};
  for (const auto& signs : kSigns) {
    int parts[3] = {0, 0, 0};
    std::size_t i = 0, k = 0;
    for (; k < 3; ++k) {
      if (k > 0 && i < v.size() && v[i] == ' ') ++i;
      const std::size_t from = i;
      while (i < v.size() && is_digit(v[i]) && i - from < 4) ++i;
      if (i == from || v.substr(i, 3) != signs[k]) break;
      parts[k] = number(v.substr(from, i - from));
      if (k == 0 && !year_ok(v.substr(from, i - from))) return false;
      i += 3;
    }
    if (k == 3 && i == v.size()) return date_exists(parts[0], parts[1], parts[2]);
  }
  return false;
}

bool date_valid(std::string_view v) noexcept {
  if (v.size() < 6 || v.size() > 40) return false;  // 840312, 12MAR84 .. "12 de septiembre de 1984"
  if (static_cast<unsigned char>(v.back()) >= 0x80) return cjk_date_valid(v);
  std::string_view nums[3];
  std::size_t nn = 0;
  int month = 0;
  char seps[2] = {0, 0};  // the separators after the first and second number
  std::size_t i = 0;
  while (i < v.size()) {
    const char c = v[i];
    std::size_t j = i;
    if (is_digit(c)) {
      while (j < v.size() && is_digit(v[j])) ++j;
      if (nn == 3) return false;
      nums[nn++] = v.substr(i, j - i);
      // "%2F": a URL-encoded '/' (birthdate=04%2F01%2F1985); "\/" a JSON-escaped one
      if (nn <= 2 && j < v.size()) seps[nn - 1] = (v.substr(j, 3) == "%2F" || v.substr(j, 2) == "\\/") ? '/' : v[j];
    } else if (c == '\\' && v.substr(i, 2) == "\\/") {
      j = i + 2;
    } else if (c == '%' && (v.substr(i, 3) == "%2F" || v.substr(i, 3) == "%2C" || v.substr(i, 3) == "%20")) {
      j = i + 3;  // URL-encoded '/', ',' or ' '
    } else if (c == '+') {
      j = i + 1;  // a form-encoded space (May+6%2C+1964); numeric forms refuse it below
    } else if (is_word_byte(c)) {
      while (j < v.size() && is_word_byte(v[j])) ++j;
      const std::string_view w = v.substr(i, j - i);
      if (!is_filler(w)) {
        const int m = month_of(w);
        if (m == 0 || month != 0) return false;
        month = m;
      }
    } else if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '/') {
      j = i + 1;
    } else {
      return false;
    }
    i = j;
  }
  if (month != 0) {
    // "12 March 1984", "March 12, 1984": a day and a year
    if (nn != 2) return false;
    std::string_view day = nums[0], year = nums[1];
    if (day.size() == 4) std::swap(day, year);
    if (day.size() > 2 || !year_or_yy_ok(year)) return false;
    return date_exists(year_of(year), month, number(day));
  }
  // Milliseconds since 1970 (a JSON API's "birthDate": 108432000000, or
  // -518140800000 before it): a date from 1900 to 2029 at a whole minute
  // (a birth date is a day; a record's createdAt is any millisecond).
  if (nn == 1 && month == 0 && nums[0].size() >= 11 && nums[0].size() <= 13 &&
      (v.size() == nums[0].size() || (v.size() == nums[0].size() + 1 && v[0] == '-'))) {
    std::int64_t ms = 0;
    for (char c : nums[0]) ms = ms * 10 + (c - '0');
    if (v[0] == '-') ms = -ms;
    constexpr std::int64_t kMs1900 = -2208988800000LL, kMs2030 = 1893456000000LL;
    return ms % 60000 == 0 && ms >= kMs1900 && ms < kMs2030;
  }
  // YYMMDD: the machine-readable zone's birth date (ICAO 9303: 840312)
  if (nn == 1 && nums[0].size() == 6 && v.size() == 6) {
    const std::string_view d = nums[0];
    return date_exists(year_of(d.substr(0, 2)), number(d.substr(2, 2)), number(d.substr(4, 2)));
  }
  if (nn == 1 && nums[0].size() == 8 && v.size() == 8) {
    // YYYYMMDD (vCard BDAY, ISO 8601 basic), else DDMMYYYY or MMDDYYYY
    // (UIDAI's and DigiLocker's dob "13052004")
    const std::string_view d = nums[0];
    if (year_ok(d.substr(0, 4)) && date_exists(number(d.substr(0, 4)), number(d.substr(4, 2)), number(d.substr(6, 2))))
      return true;
    if (!year_ok(d.substr(4, 4))) return false;
    const int y = number(d.substr(4, 4)), a = number(d.substr(0, 2)), b = number(d.substr(2, 2));
    return date_exists(y, b, a) || date_exists(y, a, b);
  }
  if (nn != 3 || seps[0] != seps[1] || (seps[0] != '-' && seps[0] != '/' && seps[0] != '.')) return false;
  if (nums[0].size() == 4) {  // ISO order
    if (!year_ok(nums[0]) || nums[1].size() > 2 || nums[2].size() > 2) return false;
    return date_exists(number(nums[0]), number(nums[1]), number(nums[2]));
  }
  if (!year_or_yy_ok(nums[2]) || nums[0].size() > 2 || nums[1].size() > 2) return false;
  const int y = year_of(nums[2]), a = number(nums[0]), b = number(nums[1]);
  return date_exists(y, b, a) || date_exists(y, a, b);
}

// ---------------------------------------------------------------- passport

bool passport_valid(std::string_view v) noexcept {
  if (v.size() < 6 || v.size() > 9) return false;
  char digits[9];
  std::size_t nd = 0;
  for (char c : v) {
    if (is_digit(c)) digits[nd++] = c;
    else if (!is_upper(c)) return false;
  }
  // Two digits or more; a Dutch passport may hold one: two letters, six
  // letters or digits, a digit (NX1234567, but also SPECIABC1); so may a
  // German one: nine of C F G H J K L M N P R T V W X Y Z and digits,
  // the first C to K (CGHX1CGYJ; no vowel, so no word).
  const bool dutch = v.size() == 9 && is_upper(v[0]) && is_upper(v[1]) && is_digit(v[8]);
  bool german = v.size() == 9 && std::string_view("CFGHJK").find(v[0]) != std::string_view::npos;
  for (std::size_t i = 0; i < v.size() && german; ++i)
    german = is_digit(v[i]) || std::string_view("CFGHJKLMNPRTVWXYZ").find(v[i]) != std::string_view::npos;
  if (nd < (dutch || german ? 1u : 2u) || all_same(v)) return false;
  const std::string_view d(digits, nd);
  if (nd >= 5 && (all_same(d) || sequential(d))) return false;
  return true;
}

// ---------------------------------------------------------------- UK NINO

bool uk_nino_valid(std::string_view v) noexcept {
  const Compact<9> c(v, " +");  // '+': a query string's space
  if (!c.ok || c.n != 9) return false;
  const std::string_view s = c.view();
  const char a = s[0], b = s[1];
  if (!is_upper(a) || !is_upper(b)) return false;
  if (std::string_view("DFIQUV").find(a) != std::string_view::npos) return false;
  if (std::string_view("DFIOQUV").find(b) != std::string_view::npos) return false;
  const std::string_view prefix = s.substr(0, 2);
  for (std::string_view bad : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if (prefix == bad) return false;
  const std::string_view d = s.substr(2, 6);
  if (!all_digits(d) || all_same(d)) return false;
  return s[8] >= 'A' && s[8] <= 'D';
}

// ---------------------------------------------------------------- NL BSN

bool nl_bsn_valid(std::string_view v) noexcept {
  const Compact<9> c(v, " .+");
  if (!c.ok || c.n != 9 || !all_digits(c.view()) || all_same(c.view())) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) sum += dv(c.c[i]) * static_cast<int>(9 - i);
  sum -= dv(c.c[8]);
  return sum % 11 == 0;
}

// ---------------------------------------------------------------- SE personnummer

namespace {
bool se_personnummer_check(std::string_view v, bool named) noexcept;
}  // namespace

bool se_personnummer_valid(std::string_view v) noexcept { return se_personnummer_check(v, false); }
bool se_personnummer_named_valid(std::string_view v) noexcept { return se_personnummer_check(v, true); }

namespace {
bool se_personnummer_check(std::string_view v, bool named) noexcept {
  // One optional separator, before the last four digits ('-', '+' for
  // the over-100s, or a space, which the rule reads only after a label).
  char sep = 0;
  std::size_t nd = 0;
  char d[12];
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (is_digit(c)) {
      if (nd == 12) return false;
      d[nd++] = c;
    } else if ((c == '-' || c == '+' || c == ' ') && sep == 0 && i + 5 == v.size()) {
      sep = c;
    } else {
      return false;
    }
  }
  if (nd != 10 && nd != 12) return false;
  if (nd == 12 && sep == '+') return false;  // '+' marks a 100-year-old in the short form only
  const std::string_view ten(d + nd - 10, 10);
  const int mm = number(ten.substr(2, 2));
  int dd = number(ten.substr(4, 2));
  if (dd > 60) dd -= 60;  // samordningsnummer
  if (nd == 12) {
    const int century = number(std::string_view(d, 2));
    if (century < 18 || century > 20) return false;
    if (!date_exists(century * 100 + number(ten.substr(0, 2)), mm, dd)) return false;
    // YYYYMMDD-HHMM and YYYYMMDDHHMM are log timestamps (file names,
    // build ids) far more often than the personnummer of someone born
    // since 2000 whose last four digits happen to read as a time.
    // (Unless a label or a column says it is one.)
    const int hh = number(ten.substr(6, 2)), mi = number(ten.substr(8, 2));
    if (!named && century == 20 && hh <= 23 && mi <= 59) return false;
  } else if (!date_exists_yy(number(ten.substr(0, 2)), mm, dd)) {
    return false;
  }
  if (number(ten.substr(6, 3)) == 0) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    int x = dv(ten[i]) * (i % 2 == 0 ? 2 : 1);
    sum += x > 9 ? x - 9 : x;
  }
  return sum % 10 == 0;
}
}  // namespace

// ---------------------------------------------------------------- FI HETU

namespace {
constexpr std::string_view kHetuCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";

int hetu_century(char c) noexcept {
  if (c == '+') return 1800;
  if (c == '-' || (c >= 'U' && c <= 'Y')) return 1900;
  if (c >= 'A' && c <= 'F') return 2000;
  return -1;
}
}  // namespace

char fi_hetu_check_char(std::string_view nine) noexcept {
  if (nine.size() != 9 || !all_digits(nine)) return '\0';
  long n = 0;
  for (char c : nine) n = n * 10 + dv(c);
  return kHetuCheck[static_cast<std::size_t>(n % 31)];
}

bool fi_hetu_valid(std::string_view v) noexcept {
  if (v.size() != 11) return false;
  const std::string_view date = v.substr(0, 6), ind = v.substr(7, 3);
  if (!all_digits(date) || !all_digits(ind)) return false;
  const int century = hetu_century(v[6]);
  if (century < 0) return false;
  if (!date_exists(century + number(date.substr(4, 2)), number(date.substr(2, 2)), number(date.substr(0, 2))))
    return false;
  if (number(ind) < 2) return false;
  char nine[9];
  for (std::size_t i = 0; i < 6; ++i) nine[i] = date[i];
  for (std::size_t i = 0; i < 3; ++i) nine[6 + i] = ind[i];
  return fi_hetu_check_char(std::string_view(nine, 9)) == v[10];
}

// ---------------------------------------------------------------- DE Steuer-IdNr

int de_steuer_id_check_digit(std::string_view ten) noexcept {
  if (ten.size() != 10 || !all_digits(ten)) return -1;
  // ISO 7064 MOD 11,10
  int product = 10;
  for (char c : ten) {
    int sum = (dv(c) + product) % 10;
    if (sum == 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const int check = 11 - product;
  return check == 10 ? 0 : check;
}

bool de_steuer_id_valid(std::string_view v) noexcept {
  const Compact<11> c(v, " +");
  if (!c.ok || c.n != 11 || !all_digits(c.view()) || c.c[0] == '0') return false;
  const std::string_view ten(c.c.data(), 10);
  int count[10] = {};
  for (char ch : ten) ++count[dv(ch)];
  int repeated = -1;
  for (int k = 0; k < 10; ++k) {
    if (count[k] <= 1) continue;
    if (count[k] > 3 || repeated >= 0) return false;
    repeated = k;
  }
  if (repeated < 0) return false;
  if (count[repeated] == 3) {
    // three times, but not three in a row
    for (std::size_t i = 0; i + 2 < 10; ++i)
      if (dv(ten[i]) == repeated && ten[i + 1] == ten[i] && ten[i + 2] == ten[i]) return false;
  }
  return de_steuer_id_check_digit(ten) == dv(c.c[10]);
}

// ---------------------------------------------------------------- FR NIR

int fr_nir_key(std::string_view s) noexcept {
  if (s.size() != 13) return -1;
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < 13; ++i) {
    char c = s[i];
    if (i == 6 && s[5] == '2' && (c == 'A' || c == 'B')) {
      // Corsica: 2A counts as 19, 2B as 18
      n = (n / 10 * 10 + 1) * 10 + (c == 'A' ? 9 : 8);
      continue;
    }
    if (!is_digit(c)) return -1;
    n = n * 10 + static_cast<std::uint64_t>(dv(c));
  }
  return static_cast<int>(97 - n % 97);
}

bool fr_nir_valid(std::string_view v) noexcept {
  const Compact<15> c(v, " ");
  if (!c.ok || c.n != 15) return false;
  const std::string_view s = c.view();
  if (s[0] != '1' && s[0] != '2') return false;
  if (!all_digits(s.substr(1, 4)) || !all_digits(s.substr(7, 8))) return false;
  const int month = number(s.substr(3, 2));
  if (!((month >= 1 && month <= 12) || month == 20 || (month >= 30 && month <= 42) || month >= 50)) return false;
  if (s[5] == '2' && (s[6] == 'A' || s[6] == 'B')) {
    // Corsica since 1976
  } else if (!all_digits(s.substr(5, 2)) || s.substr(5, 2) == "00") {
    return false;
  }
  if (number(s.substr(10, 3)) == 0) return false;  // order number 001-999
  const int key = number(s.substr(13, 2));
  return key >= 1 && key <= 97 && fr_nir_key(s.substr(0, 13)) == key;
}

// ---------------------------------------------------------------- ES DNI / NIE

char es_dni_letter(unsigned long number_) noexcept {
  constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
  return kLetters[number_ % 23];
}

bool es_dni_valid(std::string_view v) noexcept {
  const Compact<9> c(v, ".-");
  if (!c.ok || c.n != 9) return false;
  const std::string_view s = c.view();
  unsigned long n = 0;
  std::size_t from = 0;
  if (s[0] == 'X' || s[0] == 'Y' || s[0] == 'Z') {
    n = static_cast<unsigned long>(s[0] - 'X');
    from = 1;
  }
  const std::string_view digits = s.substr(from, 8 - from);
  if (!all_digits(digits)) return false;
  // A date and a letter (20240312Z, a compact UTC timestamp) is not a DNI;
  // fewer than 1 in 1000 DNI numbers read as a date of 1900-2099.
  if (from == 0 && (digits[0] == '1' ? digits[1] == '9' : digits.substr(0, 2) == "20") &&
      date_exists(number(digits.substr(0, 4)), number(digits.substr(4, 2)), number(digits.substr(6, 2))))
    return false;
  for (char ch : digits) n = n * 10 + static_cast<unsigned long>(dv(ch));
  if (all_same(digits) && digits[0] == '0') return false;
  return s[8] == es_dni_letter(n);
}

// ---------------------------------------------------------------- IT codice fiscale

namespace {
constexpr std::string_view kOmocodia = "LMNPQRSTUV";  // stand-ins for 0-9
constexpr std::string_view kCfMonths = "ABCDEHLMPRST";
constexpr int kCfOdd[36] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21,  // 0-9
                            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                            22, 25, 24, 23};  // A-Z

// A digit of the code, or the omocodia letter standing for one: -1 otherwise.
int cf_digit(char c) noexcept {
  if (is_digit(c)) return dv(c);
  const auto at = kOmocodia.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}
}  // namespace

char it_codice_fiscale_check_char(std::string_view s) noexcept {
  if (s.size() != 15) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 15; ++i) {
    const char c = s[i];
    int idx;
    if (is_digit(c)) idx = dv(c);
    else if (is_upper(c)) idx = 10 + (c - 'A');
    else return '\0';
    // positions 1, 3, 5 ... (1-based) are "odd"
    sum += i % 2 == 0 ? kCfOdd[idx] : (idx < 10 ? idx : idx - 10);
  }
  return static_cast<char>('A' + sum % 26);
}

bool it_codice_fiscale_valid(std::string_view s) noexcept {
  if (s.size() != 16) return false;
  for (std::size_t i = 0; i < 6; ++i)
    if (!is_upper(s[i])) return false;
  if (!is_upper(s[11]) || !is_upper(s[15])) return false;
  for (std::size_t i : {6, 7, 9, 10, 12, 13, 14})
    if (cf_digit(s[i]) < 0) return false;
  const auto month_at = kCfMonths.find(s[8]);
  if (month_at == std::string_view::npos) return false;
  int day = cf_digit(s[9]) * 10 + cf_digit(s[10]);
  if (day > 40) day -= 40;  // women: day + 40
  const int yy = cf_digit(s[6]) * 10 + cf_digit(s[7]);
  if (!date_exists_yy(yy, static_cast<int>(month_at) + 1, day)) return false;
  return it_codice_fiscale_check_char(s.substr(0, 15)) == s[15];
}

// ---------------------------------------------------------------- IN Aadhaar

namespace {
constexpr std::uint8_t kVd[10][10] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr std::uint8_t kVp[8][10] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
constexpr std::uint8_t kVinv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

// Verhoeff over `digits` from the right, the first of them at position
// `offset` (1 when a check digit is still to be appended).
int verhoeff(std::string_view digits, std::size_t offset) noexcept {
  int c = 0;
  std::size_t pos = offset;
  for (std::size_t i = digits.size(); i-- > 0; ++pos) c = kVd[c][kVp[pos % 8][dv(digits[i])]];
  return c;
}
}  // namespace

int verhoeff_check_digit(std::string_view digits) noexcept {
  if (!all_digits(digits)) return -1;
  return kVinv[verhoeff(digits, 1)];
}

bool verhoeff_valid(std::string_view digits) noexcept { return all_digits(digits) && verhoeff(digits, 0) == 0; }

bool in_aadhaar_valid(std::string_view v) noexcept {
  const Compact<12> c(v, " -+");
  if (!c.ok || c.n != 12) return false;
  const std::string_view d = c.view();
  if (!all_digits(d) || d[0] < '2' || all_same(d)) return false;
  return verhoeff_valid(d);
}

// ---------------------------------------------------------------- names, dispatch

namespace {
struct Entry {
  Validator v;
  std::string_view name;
  bool (*check)(std::string_view) noexcept;
};
constexpr Entry kEntries[] = {
    {Validator::Date, "date", date_valid},
    {Validator::Passport, "passport", passport_valid},
    {Validator::UkNino, "uk-nino", uk_nino_valid},
    {Validator::NlBsn, "nl-bsn", nl_bsn_valid},
    {Validator::SePersonnummer, "se-personnummer", se_personnummer_valid},
    {Validator::FiHetu, "fi-hetu", fi_hetu_valid},
    {Validator::DeSteuerId, "de-steuer-id", de_steuer_id_valid},
    {Validator::FrNir, "fr-nir", fr_nir_valid},
    {Validator::EsDni, "es-dni", es_dni_valid},
    {Validator::ItCodiceFiscale, "it-codice-fiscale", it_codice_fiscale_valid},
    {Validator::InAadhaar, "in-aadhaar", in_aadhaar_valid},
};
}  // namespace

std::string_view name(Validator v) noexcept {
  for (const Entry& e : kEntries)
    if (e.v == v) return e.name;
  return "unknown";
}

std::optional<Validator> parse(std::string_view s) noexcept {
  for (const Entry& e : kEntries)
    if (e.name == s) return e.v;
  return std::nullopt;
}

bool validate(Validator v, std::string_view value) noexcept {
  for (const Entry& e : kEntries)
    if (e.v == v) return e.check(value);
  return false;
}

}  // namespace privguard::core::national
