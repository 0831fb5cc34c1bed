// Binary content around matches (binary_content.h).
#include "binary_content.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "privguard/finding.h"

namespace privguard::core {

bool binary_magic(std::string_view d) noexcept {
  using namespace std::string_view_literals;
  auto starts = [d](std::string_view m) noexcept { return d.size() >= m.size() && d.substr(0, m.size()) == m; };
  static constexpr std::string_view kMagics[] = {
      "PK\x03\x04"sv, "PK\x05\x06"sv, "PK\x07\x08"sv,  // zip, jar, wheel, docx ...
      "\x1f\x8b"sv,                                    // gzip
      "\xfd" "7zXZ\x00"sv,                             // xz
      "\x28\xb5\x2f\xfd"sv,                            // zstd
      "7z\xbc\xaf\x27\x1c"sv,                          // 7-zip
      "\x78\x9c"sv, "\x78\xda"sv,                      // zlib
      "\x89PNG\r\n\x1a\n"sv, "\xff\xd8\xff"sv, "GIF87a"sv, "GIF89a"sv,
      "\x7f" "ELF"sv, "\xca\xfe\xba\xbe"sv, "\x00" "asm"sv,
      "SQLite format 3\x00"sv,
  };
  for (std::string_view m : kMagics)
    if (starts(m)) return true;
  const auto b = [d](std::size_t i) noexcept { return static_cast<unsigned char>(d[i]); };
  // bzip2: "BZh" and a block size, then the block magic.
  if (d.size() >= 10 && starts("BZh") && b(3) >= '1' && b(3) <= '9' && d.substr(4, 6) == "1AY&SY") return true;
  // Compiled Python 3: a two-byte magic number, "\r\n", then flags 0..3 as
  // a 32-bit little-endian word.
  if (d.size() >= 16 && b(1) >= 0x0b && b(1) <= 0x0f && b(2) == '\r' && b(3) == '\n' && b(4) <= 3 && b(5) == 0 &&
      b(6) == 0 && b(7) == 0)
    return true;
  // A TLS record: content type 20-23, version 3.0-3.4.
  if (d.size() >= 5 && b(0) >= 0x14 && b(0) <= 0x17 && b(1) == 3 && b(2) <= 4) return true;
  return false;
}

void BinarySweep::note(std::size_t pos) noexcept {
  if (count_ < kBinaryMinBytes) {
    seen_[count_++] = pos;
    return;
  }
  std::memmove(seen_, seen_ + 1, (kBinaryMinBytes - 1) * sizeof seen_[0]);
  seen_[kBinaryMinBytes - 1] = pos;
}

bool BinarySweep::binary(std::uint64_t start, std::uint64_t end) noexcept {
  const std::size_t n = data_.size();
  const std::size_t from = start > kBinaryReach ? start - kBinaryReach : 0;
  const std::size_t to = end > n || n - end < kBinaryReach ? n : end + kBinaryReach;
  if (scanned_ < from) {
    // Jumped over bytes no window needs; do not read the middle of a
    // UTF-8 character there as invalid.
    scanned_ = from;
    for (int k = 0; k < 3 && scanned_ < to && (static_cast<unsigned char>(data_[scanned_]) & 0xc0) == 0x80; ++k)
      ++scanned_;
  }
  while (scanned_ < to) {
#if defined(__SSE2__)
    if (n - scanned_ >= 16) {
      // Sixteen bytes at once, up to the first that is not printable
      // ASCII (>= 0x80 reads as negative: below 0x20 too).
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data_.data() + scanned_));
      const int odd = _mm_movemask_epi8(
          _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))));
      if (odd == 0) {
        scanned_ += 16;
        continue;
      }
      scanned_ += static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(odd)));
      if (scanned_ >= to) break;
    }
#else
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    if (n - scanned_ >= 8) {
      // Eight bytes of printable ASCII at once: none >= 0x80, < 0x20 or DEL.
      std::uint64_t w;
      std::memcpy(&w, data_.data() + scanned_, 8);
      const std::uint64_t del = w ^ (kOnes * 0x7f);
      if ((((w - kOnes * 0x20) & ~w) | w | ((del - kOnes) & ~del)) & kHigh) {
        // fall through to the byte at scanned_
      } else {
        scanned_ += 8;
        continue;
      }
    }
#endif
    const auto c = static_cast<unsigned char>(data_[scanned_]);
    if (c < 0x80) {
      const bool text_control = c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x1b;
      if ((c < 0x20 && !text_control) || c == 0x7f) note(scanned_);
      ++scanned_;
      continue;
    }
    const std::size_t len = utf8_sequence_length(data_, scanned_);
    if (len == 0) {
      note(scanned_);
      ++scanned_;
    } else {
      scanned_ += len;
    }
  }
  return count_ >= kBinaryMinBytes && seen_[0] >= from;
}

}  // namespace privguard::core
