#include "bearer_names.h"

#include <algorithm>

#include "ascii.h"
#include "key_before.h"

namespace privguard::core {
namespace {

bool name_char(char c) noexcept { return ascii::is_alnum(c) || c == '_'; }

}  // namespace

std::string_view value_name(std::string_view data, std::uint64_t vs) noexcept {
  auto joiner = [](char c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '=' || c == ':' || c == '>' || c == '?' ||
           c == '|';
  };
  return key_before(data, vs, 8, joiner, name_char).name;
}

std::string_view assigned_name(std::string_view data, std::uint64_t vs) noexcept {
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
    return eq == UINT64_MAX ? std::string_view{} : key_before(data, eq, 8, blank, name_char).name;
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

namespace {

// Whether `name` is the first word after a "Bearer" in [from, to).
bool sent_after_bearer(std::string_view data, std::string_view name, std::uint64_t from, std::uint64_t to) noexcept {
  constexpr std::string_view kBearer = "bearer";
  constexpr std::uint64_t kGap = 24;
  for (std::uint64_t i = from; i + kBearer.size() <= to; ++i) {  // (to <= data.size())
    if ((data[i] | 0x20) != 'b') continue;
    std::size_t n = 1;
    while (n < kBearer.size() && ascii::to_lower(data[i + n]) == kBearer[n]) ++n;
    if (n < kBearer.size() || (i > 0 && ascii::is_alpha(data[i - 1]))) continue;
    // A wrapper's name goes on: OAuth2BearerToken(NAME),
    // setBearerAuthentication: NAME, with_bearer_token(NAME), .bearer_auth(NAME).
    for (std::string_view w : {"_token", "token", "authentication", "auth", "_auth"}) {
      std::size_t m = 0;
      while (m < w.size() && i + n + m < data.size() && ascii::to_lower(data[i + n + m]) == w[m]) ++m;
      if (m == w.size()) {
        n += m;
        break;
      }
    }
    if (i + n < data.size() && name_char(data[i + n])) continue;
    // The first word after it, within kGap bytes on its line, past
    // quotes, operators, brackets, a format's %s and escapes (\n), and
    // past up to two qualifiers (Self.previewToken, this.config.token):
    // the name, not a key being given a value (a token response's
    // "token_type":"Bearer","refresh_token":"...").
    std::uint64_t j = i + n;
    const std::uint64_t end = std::min<std::uint64_t>(to, j + kGap);
    while (j < end && data[j] != '\n' && !name_char(data[j])) {
      if ((data[j] == '%' || data[j] == '\\') && j + 1 < end && ascii::is_alpha(data[j + 1])) ++j;
      ++j;
    }
    for (int hop = 0; hop < 2 && j < end && data.compare(j, name.size(), name) != 0; ++hop) {
      std::uint64_t w = j;
      while (w < data.size() && name_char(data[w])) ++w;
      if (w + 1 >= data.size() || data[w] != '.' || !name_char(data[w + 1])) break;
      j = w + 1;
    }
    if (j >= end || data.compare(j, name.size(), name) != 0) continue;
    std::uint64_t k = j + name.size();
    if (k < data.size() && name_char(data[k])) continue;
    while (k < data.size() && (data[k] == '"' || data[k] == '\'' || data[k] == ' ')) ++k;
    if (k < data.size() && (data[k] == ':' || data[k] == '=')) continue;
    return true;
  }
  return false;
}

}  // namespace

bool sent_as_bearer(std::string_view data, std::string_view name, std::uint64_t vs, std::uint64_t ve) noexcept {
  if (name.size() < 3) return false;
  const std::uint64_t from = vs > kBearerNameReach ? vs - kBearerNameReach : 0;
  const std::uint64_t to = std::min<std::uint64_t>(data.size(), ve + kBearerNameReach);
  if (sent_after_bearer(data, name, from, to)) return true;
  // Or through one more name that a line gives it (token = GUEST_TOKEN;
  // const token = getUserToken() ?? KIOSK_TOKEN), at most 8 such lines.
  // (searched for within the reach only: a buffer's rest may be large)
  const std::string_view reach = data.substr(0, to);
  int lines = 0;
  for (std::uint64_t at = reach.find(name, from); at != std::string_view::npos && lines < 8;
       at = reach.find(name, at + name.size())) {
    if ((at > 0 && name_char(data[at - 1])) || (at + name.size() < data.size() && name_char(data[at + name.size()])))
      continue;
    const std::string_view other = assigned_name(data, at);
    if (other.size() < 3 || other == name || other.data() + other.size() > data.data() + at) continue;
    const std::uint64_t other_end = static_cast<std::uint64_t>(other.data() + other.size() - data.data());
    if (data.substr(other_end, at - other_end).find('=') == std::string_view::npos) continue;  // (an '=' gives it)
    ++lines;
    if (sent_after_bearer(data, other, from, to)) return true;
  }
  return false;
}

}  // namespace privguard::core
