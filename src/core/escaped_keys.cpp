#include "escaped_keys.h"

#include "ascii.h"

namespace privguard::core {
namespace {

// The code unit of "\uXXXX" at d[at], or -1.
long unit_at(std::string_view d, std::uint64_t at) noexcept {
  if (at + 6 > d.size() || d[at] != '\\' || d[at + 1] != 'u') return -1;
  long u = 0;
  for (std::uint64_t i = at + 2; i < at + 6; ++i) {
    const int h = ascii::hex_value(d[i]);
    if (h < 0) return -1;
    u = u * 16 + h;
  }
  return u;
}

// Whether the quote at d[q] is escaped (an odd run of backslashes before it).
bool escaped(std::string_view d, std::uint64_t q) noexcept {
  std::uint64_t n = 0;
  while (q > n && d[q - n - 1] == '\\') ++n;
  return n % 2 == 1;
}

bool put_utf8(unsigned long cp, char* out, std::size_t& n) noexcept {
  char b[4];
  std::size_t k = 0;
  if (cp < 0x80) {
    b[k++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    b[k++] = static_cast<char>(0xC0 | (cp >> 6));
    b[k++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    b[k++] = static_cast<char>(0xE0 | (cp >> 12));
    b[k++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[k++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    b[k++] = static_cast<char>(0xF0 | (cp >> 18));
    b[k++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    b[k++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[k++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  if (n + k > kMaxEscapedKeyName) return false;
  for (std::size_t i = 0; i < k; ++i) out[n++] = b[i];
  return true;
}

}  // namespace

bool escaped_key_at(std::string_view d, std::uint64_t at, std::uint64_t& value_from) noexcept {
  if (unit_at(d, at) < 0) return false;
  std::uint64_t p = at + 6;
  while (p < d.size() && p - (at + 6) <= kMaxEscapedKeyTail && d[p] != '"' && d[p] != '\n') ++p;
  if (p >= d.size() || d[p] != '"' || p - (at + 6) > kMaxEscapedKeyTail) return false;
  value_from = value_after_key(d, p + 1);
  return value_from != 0;
}

bool escaped_key_value(std::string_view d, std::uint64_t value_from, EscapedKey& out) noexcept {
  out.size = 0;
  const std::uint64_t key_end = key_quote_before(d, value_from);
  if (key_end == 0) return false;
  std::uint64_t key_start = key_end;
  while (key_start > 0 && key_end - key_start < kMaxEscapedKey &&
         !(d[key_start - 1] == '"' && !escaped(d, key_start - 1)) && d[key_start - 1] != '\n')
    --key_start;
  if (key_start == 0 || d[key_start - 1] != '"') return false;
  // Decode the key.
  bool any_escape = false;
  for (std::uint64_t i = key_start; i < key_end;) {
    if (d[i] != '\\') {
      if (out.size == kMaxEscapedKeyName) return false;
      out.name[out.size++] = d[i++];
      continue;
    }
    const long u = unit_at(d, i);
    if (u < 0) {
      if (i + 1 >= key_end) return false;
      const char e = d[i + 1];
      if (e != '"' && e != '\\' && e != '/') return false;
      if (out.size == kMaxEscapedKeyName) return false;
      out.name[out.size++] = e;
      i += 2;
      continue;
    }
    any_escape = true;
    unsigned long cp = static_cast<unsigned long>(u);
    i += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const long lo = i < key_end ? unit_at(d, i) : -1;
      if (lo < 0xDC00 || lo > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<unsigned long>(lo) - 0xDC00);
      i += 6;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return false;
    }
    if (!put_utf8(cp, out.name, out.size)) return false;
  }
  if (!any_escape) return false;
  // The value, up to its closing quote on its line.
  std::uint64_t e = value_from;
  while (e < d.size() && e - value_from <= kMaxEscapedKeyValue && d[e] != '"' && d[e] != '\n')
    e += d[e] == '\\' ? 2 : 1;
  if (e >= d.size() || d[e] != '"' || e - value_from > kMaxEscapedKeyValue || e == value_from) return false;
  out.value = TextSpan{value_from, e};
  return true;
}

}  // namespace privguard::core
