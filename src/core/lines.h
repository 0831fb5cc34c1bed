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

}  // namespace privguard::core
