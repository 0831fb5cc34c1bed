// Binary content around a match (compiled code, archives, images,
// ciphertext), where rewriting bytes breaks the format: such matches are
// reported, not rewritten (policies/README.md). Reads the scanned buffer
// only, allocates nothing, and runs on findings, never per byte of a clean
// buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

// Bytes on either side of a match that decide whether it sits in binary
// content (the whole buffer when it is shorter).
inline constexpr std::size_t kBinaryReach = 256;
// A window with at least this many non-text bytes is binary: one stray
// NUL (a C string written with its terminator) does not make text binary.
inline constexpr unsigned kBinaryMinBytes = 2;

// Whether the buffer starts like a binary format whose bytes must not
// change anywhere (zip and other archives, compressed streams, images,
// ELF, SQLite, compiled Python, TLS records): a stored zip member is
// plain text, yet masking it breaks the member's CRC.
bool binary_magic(std::string_view data) noexcept;

// Tells, for matches taken in order of their start (the non-overlapping
// findings of one scan), whether each sits in binary content: at least
// kBinaryMinBytes non-text bytes within kBinaryReach bytes of it. Non-text
// bytes are control bytes other than \t \n \v \f \r and ESC, DEL, and
// bytes of invalid UTF-8. Every byte of the buffer is read at most once
// per sweep.
class BinarySweep {
 public:
  explicit BinarySweep(std::string_view data) noexcept : data_(data) {}
  bool binary(std::uint64_t start, std::uint64_t end) noexcept;

 private:
  void note(std::size_t pos) noexcept;
  std::string_view data_;
  std::size_t scanned_ = 0;  // bytes [0, scanned_) have been read
  // The last kBinaryMinBytes non-text positions seen, newest last.
  std::size_t seen_[kBinaryMinBytes] = {};
  unsigned count_ = 0;
};

}  // namespace privguard::core
