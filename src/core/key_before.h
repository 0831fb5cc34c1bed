// The name a value is given: walk back from the value's first byte over
// what joins a name to its value (blanks, quotes, '=', ':' ...), then over
// the name's characters. Each caller says which bytes join and which make
// a name: a bearer token's constant, a key pair's secret and a public
// key's name are written differently.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace privguard::core {

struct KeyBefore {
  std::string_view name;       // empty when none
  std::uint64_t joiner_bytes;  // how many bytes stood between it and the value
};

// Back over fewer than `reach` bytes for which `joiner` holds, then over at
// most 64 bytes for which `name_char` holds.
template <class Joiner, class NameChar>
KeyBefore key_before(std::string_view data, std::uint64_t vs, std::uint64_t reach, Joiner joiner,
                     NameChar name_char) noexcept {
  const std::uint64_t at = std::min<std::uint64_t>(vs, data.size());
  std::uint64_t p = at;
  while (p > 0 && at - p < reach && joiner(data[p - 1])) --p;
  std::uint64_t from = p;
  while (from > 0 && p - from < 64 && name_char(data[from - 1])) --from;
  return {data.substr(from, p - from), at - p};
}

}  // namespace privguard::core
