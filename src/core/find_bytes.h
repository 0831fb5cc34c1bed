// Where a needle of several bytes occurs in a buffer, by glibc's memmem:
// std::string_view::find stops at each occurrence of the needle's first
// byte and compares there, which on text full of that byte ('e' of
// "bearer", '\n' of a blank line) costs several times memmem's time.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace privguard::core {

// The first occurrence of `needle` in data[from, to), or npos.
inline std::size_t find_bytes(std::string_view data, std::string_view needle, std::size_t from,
                              std::size_t to = std::string_view::npos) noexcept {
  if (to > data.size()) to = data.size();
  if (from >= to) return std::string_view::npos;
  const void* p = memmem(data.data() + from, to - from, needle.data(), needle.size());
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - data.data()) : std::string_view::npos;
}

}  // namespace privguard::core
