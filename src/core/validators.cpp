// Validators run inside other processes' write() calls: no allocation, no
// exceptions, no locks, no I/O. Everything works on string_view plus small
// stack arrays.
#include "privguard/validators.h"

#include <array>
#include <cstdint>

namespace privguard::core {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_upper(c) || is_lower(c); }
constexpr char to_upper(char c) noexcept {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr char to_lower(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr int digit_value(char c) noexcept { return c - '0'; }

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

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

bool phone_valid(std::string_view v) noexcept {
  Digits dg;
  bool plus = false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (is_digit(c)) {
      dg.push(c);
    } else if (c == '+' && i == 0) {
      plus = true;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      return false;
    }
  }
  if (dg.overflow || dg.n == 0) return false;
  const std::string_view d = dg.view();
  if (all_same(d) || sequential(d)) return false;

  if (plus) {
    if (d.size() < 8 || d.size() > 15 || d[0] == '0') return false;
    if (d[0] == '1') return d.size() == 11 && nanp_valid(drop_first(d));
    return true;
  }
  if (d.size() == 10 && d[0] != '0') return nanp_valid(d);
  if (d.size() == 11 && d[0] == '1') return nanp_valid(drop_first(d));
  // National trunk-prefix formats (UK 020..., DE 030...): 0 then a non-zero digit.
  if (d[0] == '0') return d.size() >= 9 && d.size() <= 11 && d[1] != '0';
  return false;
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
  if (v.size() < 2 || v[0] != '$') return false;
  if (!is_upper(v[1]) && v[1] != '_') return false;
  for (std::size_t i = 2; i < v.size(); ++i) {
    if (!is_upper(v[i]) && !is_digit(v[i]) && v[i] != '_') return false;
  }
  return true;
}

std::string_view trim_value(std::string_view v) noexcept {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  // Patterns may capture the quotes around a config value.
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v.remove_prefix(1);
    v.remove_suffix(1);
  }
  return v;
}

constexpr bool is_xdigit_char(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool secret_value_valid(std::string_view raw) noexcept {
  const std::string_view v = trim_value(raw);
  if (v.size() < 4) return false;
  if (all_same(v)) return false;
  bool only_mask = true;
  for (char c : v) {
    if (!is_mask_char(c)) {
      only_mask = false;
      break;
    }
  }
  if (only_mask) return false;
  if (starts_with(v, "${") || starts_with(v, "$(") || starts_with(v, "{{")) return false;
  // <placeholder>, %(name)s / %s templates, Windows %VAR%; but "%21..."
  // is a URL-encoded '!'
  if (v[0] == '<') return false;
  if (v[0] == '%' && (v.back() == '%' || !(is_xdigit_char(v[1]) && is_xdigit_char(v[2])))) return false;
  if (is_env_ref(v)) return false;
  for (std::string_view p : kPlaceholders) {
    if (iequals(v, p)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- SSN

bool ssn_valid(std::string_view v) noexcept {
  char d[9];
  if (v.size() == 9) {
    for (std::size_t i = 0; i < 9; ++i) {
      if (!is_digit(v[i])) return false;
      d[i] = v[i];
    }
  } else if (v.size() == 11) {
    const char sep = v[3];
    if ((sep != '-' && sep != ' ') || v[6] != sep) return false;
    std::size_t n = 0;
    for (std::size_t i = 0; i < 11; ++i) {
      if (i == 3 || i == 6) continue;
      if (!is_digit(v[i])) return false;
      d[n++] = v[i];
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

std::string_view to_string(Validator v) noexcept {
  switch (v) {
    case Validator::None: return "none";
    case Validator::Luhn: return "luhn";
    case Validator::Iban: return "iban";
    case Validator::UsSsn: return "us-ssn";
    case Validator::Phone: return "phone";
    case Validator::Jwt: return "jwt";
    case Validator::SecretValue: return "secret-value";
  }
  return "unknown";
}

std::optional<Validator> parse_validator(std::string_view s) noexcept {
  constexpr Validator kAll[] = {Validator::None,  Validator::Luhn, Validator::Iban,
                                Validator::UsSsn, Validator::Phone, Validator::Jwt,
                                Validator::SecretValue};
  for (Validator v : kAll) {
    if (to_string(v) == s) return v;
  }
  return std::nullopt;
}

bool validate(Validator v, std::string_view value) noexcept {
  switch (v) {
    case Validator::None: return true;
    case Validator::Luhn: return luhn_valid(value);
    case Validator::Iban: return iban_valid(value);
    case Validator::UsSsn: return ssn_valid(value);
    case Validator::Phone: return phone_valid(value);
    case Validator::Jwt: return jwt_valid(value);
    case Validator::SecretValue: return secret_value_valid(value);
  }
  return false;
}

std::string_view canonical(Validator v, std::string_view value, char* buf,
                           std::size_t cap) noexcept {
  if (!is_digit_shaped(v) || buf == nullptr) return value;
  std::size_t n = 0;
  for (char c : value) {
    if (!is_alnum(c)) continue;
    if (n == cap) return value;
    buf[n++] = to_upper(c);
  }
  return {buf, n};
}

bool luhn_valid(std::string_view s) noexcept {
  Digits dg;
  for (char c : s) {
    if (is_digit(c)) {
      dg.push(c);
    } else if (c != ' ' && c != '-') {
      return false;
    }
  }
  if (dg.overflow || dg.n < 13 || dg.n > 19) return false;
  const std::string_view d = dg.view();
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
  for (char ch : s) {
    if (ch == ' ') continue;
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
