// The "email" validator: an address whose parts look like text. Random
// bytes, base64 and the ASCII column of a hex dump hold '@' between short
// runs of letters often enough ("f@f.VsJogZ", "Kq@x3.De"); what they do not
// hold is a real top-level domain in one case, after labels written as
// words are (lower, UPPER or Capitalized), with a local part that is not a
// jumble of cases, nor a few characters between dots.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "privguard/validators.h"

namespace privguard::core {
namespace {

// ICANN's top-level domains, sorted (ASCII ones: the pattern's TLD is
// letters only).
constexpr std::string_view kTlds[] = {
#include "tlds.inc"
};

// Names in private or reserved use that real addresses in logs carry
// (RFC 2606/6761/6762, ICANN's .internal, common intranet names).
constexpr std::string_view kPrivateTlds[] = {"corp", "example", "home", "internal", "intranet", "invalid", "lan",
                                             "local", "localdomain", "localhost", "onion", "private", "test"};

inline bool upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

bool known_tld(std::string_view tld) noexcept {
  char buf[32];
  if (tld.size() < 2 || tld.size() > sizeof buf) return false;
  bool all_upper = true, all_lower = true;
  for (std::size_t i = 0; i < tld.size(); ++i) {
    const char c = tld[i];
    if (!upper(c) && !lower(c)) return false;
    all_upper &= upper(c);
    all_lower &= lower(c);
    buf[i] = static_cast<char>(c | 0x20);
  }
  if (!all_upper && !all_lower) return false;  // "VsJogZ"
  const std::string_view t(buf, tld.size());
  return std::binary_search(std::begin(kTlds), std::end(kTlds), t) ||
         std::find(std::begin(kPrivateTlds), std::end(kPrivateTlds), t) != std::end(kPrivateTlds);
}

// A domain label as words are written: each piece between '-' and digits
// lower, UPPER, or Capitalized ("Example-Corp", not "eXample").
bool word_case(std::string_view s) noexcept {
  bool seen_lower = false, upper_after_first = false, first_letter = true;
  for (char c : s) {
    if (lower(c)) {
      seen_lower = true;
    } else if (upper(c)) {
      if (!first_letter) upper_after_first = true;
    } else {
      if (seen_lower && upper_after_first) return false;
      seen_lower = upper_after_first = false;
      first_letter = true;
      continue;
    }
    first_letter = false;
  }
  return !(seen_lower && upper_after_first);
}

// A local part's pieces (between '.', '_', '-', '+') may be camelCase
// ("JohnDoe", "mcDonald") but not a jumble: at most one small-to-capital
// change and one digits-to-letters change per piece.
bool local_like_text(std::string_view s) noexcept {
  // A dot-atom: no dot first, last or twice in a row (RFC 5322). A hex
  // dump's text column is full of dots.
  if (s.front() == '.' || s.back() == '.' || s.find("..") != std::string_view::npos) return false;
  int case_changes = 0, digit_runs = 0;
  char prev = 0;
  for (char c : s) {
    if (c == '.' || c == '_' || c == '-' || c == '+' || c == '%' || c == '\\') {
      case_changes = digit_runs = 0;
      prev = 0;
      continue;
    }
    if (upper(c) && lower(prev) && ++case_changes > 1) return false;
    if ((upper(c) || lower(c)) && prev >= '0' && prev <= '9' && ++digit_runs > 1) return false;
    prev = c;
  }
  return true;
}

}  // namespace

bool email_valid(std::string_view v) noexcept {
  // URL-encoded in a query string, the '@' is "%40" (email=ann%40corp.io).
  std::size_t at = v.rfind('@'), at_len = 1;
  if (at == std::string_view::npos && (at = v.rfind("%40")) != std::string_view::npos) at_len = 3;
  if (at == std::string_view::npos || at == 0 || at + at_len >= v.size()) return false;
  const std::string_view local = v.substr(0, at), domain = v.substr(at + at_len);
  // "+33612345678@sip.example.fr": a telephone number at a SIP or ENUM
  // domain (sip:, tel: URIs), which the phone rule reads; no mailbox.
  if (local.size() > 6 && local[0] == '+' &&
      local.find_first_not_of("0123456789", 1) == std::string_view::npos)
    return false;
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  if (!known_tld(domain.substr(dot + 1))) return false;
  // The name under the TLD: a single character is no one's mail domain.
  const std::size_t prev = domain.rfind('.', dot - 1);
  const std::size_t sld_start = prev == std::string_view::npos ? 0 : prev + 1;
  if (dot - sld_start < 2) return false;
  // Random text spells short runs: "y1@Le.lc", "6@Kn.de". A real address
  // has 5 or more letters and digits in its local part and the name under
  // the TLD together ("bob@qq.com", "x@gmail.com").
  std::size_t alnum = dot - sld_start;
  for (char c : local) alnum += upper(c) || lower(c) || (c >= '0' && c <= '9');
  if (alnum < 5) return false;
  for (std::size_t from = 0; from < dot;) {
    std::size_t to = domain.find('.', from);
    if (to == std::string_view::npos || to > dot) to = dot;
    if (!word_case(domain.substr(from, to - from))) return false;
    from = to + 1;
  }
  return local_like_text(local);
}

}  // namespace privguard::core
