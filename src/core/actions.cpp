// What replaces a match: mask, redact token or pseudonym, and the
// transformed buffer. Writes only into the caller's buffer; no heap.
#include <algorithm>
#include <cstring>

#include "ascii.h"
#include "escapes.h"
#include "engine_internal.h"

namespace privguard::core {
namespace {

using ascii::is_alnum;
using ascii::is_digit;

// Deterministic bytes from the key, the rule and the value: the same input
// and key always give the same pseudonym, and without the key nobody can
// tell which value it stands for.
class HashStream {
 public:
  HashStream(const Key& key, std::string_view rule, std::string_view value) : key_(key) {
    keyed_hash(key_, rule, value, block_, sizeof block_);
  }
  unsigned next() {
    if (pos_ == sizeof block_) {
      unsigned char prev[sizeof block_];
      std::memcpy(prev, block_, sizeof block_);
      keyed_hash(key_, "more", std::string_view(reinterpret_cast<const char*>(prev), sizeof prev), block_,
                 sizeof block_);
      pos_ = 0;
    }
    return block_[pos_++];
  }
  char digit(char lo = '0') { return static_cast<char>(lo + next() % static_cast<unsigned>('9' - lo + 1)); }
  char lower() { return static_cast<char>('a' + next() % 26); }
  char upper() { return static_cast<char>('A' + next() % 26); }

 private:
  const Key& key_;
  unsigned char block_[64];
  std::size_t pos_ = 0;
};

constexpr std::string_view kPseudoDomain = "@example.com";
constexpr std::size_t kPseudoLocal = 13;  // "user-" + 8

// An e-mail address keeps being one, at a reserved domain.
bool email_shaped(std::string_view v) {
  auto at = v.find('@');
  return at != std::string_view::npos && at > 0 && v.find('@', at + 1) == std::string_view::npos &&
         v.find('.', at) != std::string_view::npos;
}

std::size_t pseudonym_length(const Rule& rule, std::string_view value) {
  // The email validator's rule, or an unvalidated rule whose value is an address.
  if ((rule.validator == Validator::None || rule.validator == Validator::Email) && email_shaped(value))
    return kPseudoLocal + kPseudoDomain.size();
  return value.size();
}

void pseudo_email(HashStream& h, char* out) {
  std::memcpy(out, "user-", 5);
  for (std::size_t i = 5; i < kPseudoLocal; ++i) out[i] = (h.next() & 1) ? h.lower() : h.digit();
  std::memcpy(out + kPseudoLocal, kPseudoDomain.data(), kPseudoDomain.size());
}

// Same layout, digits replaced; the number is Luhn-valid and starts with
// 400000, a range the default policy allowlists as synthetic.
void pseudo_card(HashStream& h, std::string_view v, char* out) {
  char digits[32];
  std::size_t nd = 0;
  for (char c : v)
    if (is_digit(c) && nd < sizeof digits) ++nd;
  for (std::size_t i = 0; i < nd; ++i) digits[i] = i < 6 ? "400000"[i] : h.digit();
  if (nd > 0) digits[nd - 1] = luhn_check_digit(std::string_view(digits, nd - 1));
  std::size_t d = 0;
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = is_digit(v[i]) && d < nd ? digits[d++] : v[i];
}

// Area 9xx is never issued: a pseudonym SSN is recognisably synthetic.
void pseudo_ssn(HashStream& h, std::string_view v, char* out) {
  bool first = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!is_digit(v[i])) {
      out[i] = v[i];
    } else {
      out[i] = first ? '9' : h.digit();
      first = false;
    }
  }
}

// Length of the E.164 country code that starts with digits a, b (ITU-T
// E.164 zones: 1 and 7 are one digit; the rest two or three).
std::size_t country_code_length(char a, char b) {
  switch (a) {
    case '1':
    case '7': return 1;
    case '2': return (b == '0' || b == '7') ? 2 : 3;
    case '3': return (b == '5' || b == '7' || b == '8') ? 3 : 2;
    case '4': return b == '2' ? 3 : 2;
    case '5': return (b == '0' || b == '9') ? 3 : 2;
    case '6': return b >= '7' ? 3 : 2;
    case '8': return (b == '1' || b == '2' || b == '4' || b == '6') ? 2 : 3;
    case '9': return (b <= '5' || b == '8') ? 2 : 3;
    default: return 0;
  }
}

// Same layout; the last seven digits become 555-01xx, the range reserved
// for fiction, and the leading '+CC' or trunk '0' stays.
void pseudo_phone(HashStream& h, std::string_view v, char* out) {
  std::size_t nd = 0;
  for (char c : v) nd += is_digit(c);
  std::size_t keep_digits = 0;
  if (!v.empty() && v[0] == '0') {
    keep_digits = 1;
  } else if (!v.empty() && v[0] == '+') {
    char first[2] = {'0', '0'};
    for (std::size_t i = 1, k = 0; i < v.size() && k < 2; ++i)
      if (is_digit(v[i])) first[k++] = v[i];
    keep_digits = country_code_length(first[0], first[1]);
  }
  if (keep_digits + 7 > nd) keep_digits = nd > 7 ? nd - 7 : 0;
  const char tail[] = {'5', '5', '5', '0', '1'};
  std::size_t d = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!is_digit(v[i])) {
      out[i] = v[i];
      continue;
    }
    std::size_t from_end = nd - d;  // 7 for the first of the last seven
    if (d < keep_digits) out[i] = v[i];
    else if (from_end <= 7 && from_end >= 3) out[i] = tail[7 - from_end];
    else out[i] = h.digit(from_end <= 2 ? '0' : '2');
    ++d;
  }
}

unsigned mod97_digits(unsigned acc, char c) {
  unsigned v = is_digit(c) ? static_cast<unsigned>(c - '0') : static_cast<unsigned>(c - 'A' + 10);
  return v < 10 ? (acc * 10 + v) % 97 : (acc * 100 + v) % 97;
}

// Same country and layout, a new BBAN of the same character classes, and
// check digits that make it a well-formed IBAN.
void pseudo_iban(HashStream& h, std::string_view v, char* out) {
  std::size_t pos = 0;  // position among alphanumerics
  for (std::size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (!is_alnum(c)) out[i] = c;
    else if (pos < 2) out[i] = c;
    else if (pos < 4) out[i] = '0';
    else out[i] = is_digit(c) ? h.digit() : h.upper();
    pos += is_alnum(c);
  }
  // mod 97 over BBAN + country + "00"
  unsigned acc = 0;
  char country[2] = {0, 0};
  std::size_t check_at[2] = {0, 0};
  pos = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!is_alnum(out[i])) continue;
    if (pos < 2) country[pos] = out[i];
    else if (pos < 4) check_at[pos - 2] = i;
    else acc = mod97_digits(acc, out[i]);
    ++pos;
  }
  acc = mod97_digits(acc, country[0]);
  acc = mod97_digits(acc, country[1]);
  acc = mod97_digits(mod97_digits(acc, '0'), '0');
  unsigned check = 98 - acc;
  if (pos >= 4) {
    out[check_at[0]] = static_cast<char>('0' + check / 10);
    out[check_at[1]] = static_cast<char>('0' + check % 10);
  }
}

// The escape sequence (escapes.h) that starts at data[i] and ends within
// `end`: one character of the value, replaced or kept whole, so that a
// mask never leaves "\*****" or "%*A" behind.
bool escape_unit(std::string_view data, std::size_t i, std::size_t end, Escape& esc) {
  return (data[i] == '\\' || data[i] == '%') && escape_at(data, i, esc) && esc.end <= end;
}

// Value [start, end) of data, into out.
void pseudo_generic(HashStream& h, std::string_view data, std::size_t start, std::size_t end, char* out) {
  for (std::size_t i = start; i < end;) {
    Escape esc;
    if (escape_unit(data, i, end, esc)) {
      // An escaped letter becomes plain letters; an escaped separator stays.
      for (std::size_t j = i; j < esc.end; ++j) out[j - start] = esc.value_char ? h.lower() : data[j];
      i = esc.end;
      continue;
    }
    char c = data[i];
    out[i - start] = is_digit(c) ? h.digit() : (c >= 'a' && c <= 'z') ? h.lower() : (c >= 'A' && c <= 'Z') ? h.upper() : c;
    ++i;
  }
}

// A value without '\\' or '%' holds no escape: one byte, one character.
void mask_plain(const Rule& rule, char mask_char, std::string_view v, char* out) {
  std::size_t total = 0;
  for (char c : v) total += is_alnum(c);
  // Never reveal the whole value, whatever keep_* says.
  const bool reveal_none = rule.mask.keep_first + rule.mask.keep_last >= total;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (!is_alnum(c)) {
      out[i] = rule.mask.keep_separators ? c : mask_char;
      continue;
    }
    bool keep = !reveal_none && (seen < rule.mask.keep_first || seen + rule.mask.keep_last >= total);
    out[i] = keep ? c : mask_char;
    ++seen;
  }
}

void mask_into(const Rule& rule, char mask_char, std::string_view data, std::size_t start, std::size_t end, char* out) {
  const std::string_view v = data.substr(start, end - start);
  if (v.find('\\') == std::string_view::npos && v.find('%') == std::string_view::npos)
    return mask_plain(rule, mask_char, v, out);
  std::size_t total = 0;
  for (std::size_t i = start; i < end;) {
    Escape esc;
    if (escape_unit(data, i, end, esc)) {
      total += esc.value_char;
      i = esc.end;
    } else {
      total += is_alnum(data[i]);
      ++i;
    }
  }
  // Never reveal the whole value, whatever keep_* says.
  const bool reveal_none = rule.mask.keep_first + rule.mask.keep_last >= total;
  std::size_t seen = 0;
  for (std::size_t i = start; i < end;) {
    Escape esc;
    std::size_t len = 1;
    bool value = is_alnum(data[i]);
    if (escape_unit(data, i, end, esc)) {
      len = esc.end - i;
      value = esc.value_char;
    }
    bool keep;
    if (!value) {
      // A backslash outside a whole escape (one that the match's end
      // cuts) stays: masking it would unescape the byte after it.
      keep = rule.mask.keep_separators || (len == 1 && data[i] == '\\');
    } else {
      keep = !reveal_none && (seen < rule.mask.keep_first || seen + rule.mask.keep_last >= total);
      ++seen;
    }
    if (len == 1) out[i - start] = keep ? data[i] : mask_char;
    else if (keep) std::memcpy(out + (i - start), data.data() + i, len);
    else std::memset(out + (i - start), mask_char, len);
    i += len;
  }
}

}  // namespace

std::size_t Engine::replacement(std::string_view data, const Match& m, char* out, std::size_t cap) const noexcept {
  const Rule& rule = policy_.rules[m.rule];
  std::string_view v = data.substr(m.start, m.end - m.start);
  std::size_t len = v.size();
  if (m.action == Action::Redact) {
    len = rule.redact_token.empty() ? rule.id.size() + 2 : rule.redact_token.size();
  } else if (m.action == Action::Pseudonym) {
    len = pseudonym_length(rule, v);
  }
  if (out == nullptr) return len;
  if (cap < len) return 0;

  switch (m.action) {
    case Action::Redact:
      if (rule.redact_token.empty()) {
        out[0] = '[';
        std::memcpy(out + 1, rule.id.data(), rule.id.size());
        out[len - 1] = ']';
      } else {
        std::memcpy(out, rule.redact_token.data(), len);
      }
      break;
    case Action::Pseudonym: {
      HashStream h(key_, rule.id, v);
      if (len != v.size()) pseudo_email(h, out);
      else if (rule.validator == Validator::Luhn) pseudo_card(h, v, out);
      else if (rule.validator == Validator::UsSsn) pseudo_ssn(h, v, out);
      else if (rule.validator == Validator::Phone) pseudo_phone(h, v, out);
      else if (rule.validator == Validator::Iban) pseudo_iban(h, v, out);
      else pseudo_generic(h, data, m.start, m.end, out);
      break;
    }
    case Action::Mask: mask_into(rule, policy_.settings.mask_char, data, m.start, m.end, out); break;
    default: std::memcpy(out, v.data(), len); break;
  }
  return len;
}

std::size_t Engine::transform(std::string_view data, std::span<const Match> matches, char* out,
                              std::size_t cap, bool same_length) const noexcept {
  std::size_t w = 0, r = 0;
  for (const Match& m : matches) {
    std::size_t gap = m.start - r;
    if (w + gap > cap) return 0;
    std::memcpy(out + w, data.data() + r, gap);
    w += gap;
    if (rewrites(m.action)) {
      Match as = m;
      if (same_length) as.action = Action::Mask;
      std::size_t n = replacement(data, as, out + w, cap - w);
      if (n == 0 && m.end > m.start) return 0;
      w += n;
    } else {
      std::size_t n = m.end - m.start;
      if (w + n > cap) return 0;
      std::memcpy(out + w, data.data() + m.start, n);
      w += n;
    }
    r = m.end;
  }
  std::size_t rest = data.size() - r;
  if (w + rest > cap) return 0;
  std::memcpy(out + w, data.data() + r, rest);
  return w + rest;
}

}  // namespace privguard::core
