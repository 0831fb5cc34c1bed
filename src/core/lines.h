// The line around a byte of a buffer: where it starts (after the '\n'
// before it) and where it ends (at its '\n', or the buffer's end).
#pragma once

#include <cstdint>
#include <string_view>

namespace privguard::core {

inline std::uint64_t line_start(std::string_view d, std::uint64_t at) noexcept {
  while (at > 0 && d[at - 1] != '\n') --at;
  return at;
}

inline std::uint64_t line_end(std::string_view d, std::uint64_t at) noexcept {
  while (at < d.size() && d[at] != '\n') ++at;
  return at;
}

// The same, looking no further than `reach` bytes from `at` (a megabyte
// on one line then costs a reader no more than that).
inline std::uint64_t line_start(std::string_view d, std::uint64_t at, std::uint64_t reach) noexcept {
  const std::uint64_t limit = at > reach ? at - reach : 0;
  while (at > limit && d[at - 1] != '\n') --at;
  return at;
}

inline std::uint64_t line_end(std::string_view d, std::uint64_t at, std::uint64_t reach) noexcept {
  const std::uint64_t limit = d.size() - at > reach ? at + reach : d.size();
  while (at < limit && d[at] != '\n') ++at;
  return at;
}

}  // namespace privguard::core
