// The little-endian u64 encoding shared by the serialized database blob
// (database.cpp) and the image blob (database_image.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privguard::core {

inline void put_u64(std::string& s, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) s.push_back(static_cast<char>(v >> (8 * i)));
}

inline bool get_u64(std::string_view& s, std::uint64_t& v) {
  if (s.size() < 8) return false;
  v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  s.remove_prefix(8);
  return true;
}

// Databases::max_width: the count, then each.
inline void put_widths(std::string& s, const std::vector<std::uint32_t>& widths) {
  put_u64(s, widths.size());
  for (std::uint32_t w : widths) put_u64(s, w);
}

inline bool get_widths(std::string_view& s, std::vector<std::uint32_t>& out) {
  std::uint64_t n;
  if (!get_u64(s, n) || n > s.size() / 8) return false;
  std::vector<std::uint32_t> widths;
  widths.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t w;
    if (!get_u64(s, w)) return false;
    widths.push_back(static_cast<std::uint32_t>(w));
  }
  out = std::move(widths);
  return true;
}

}  // namespace privguard::core
