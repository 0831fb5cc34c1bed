// How `privguard scan` cuts an input into blocks: each block ends at its
// last line end (unless the input ended or the block holds none), the bytes
// after it begin the next block, and the reader keeps, for each block, the
// position (offset, line, start of that line) of its first byte, so that
// findings get the same line and column whatever the block size or the way
// read() cut the input. Kept apart from cmd_scan.cpp so that a fuzzer
// (tests/fuzz/fuzz_blocks.cpp) drives it with tiny blocks and odd reads.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace privguard::cli {

// Where a block starts in its input.
struct BlockPosition {
  std::uint64_t offset = 0;      // of the block's first byte
  std::uint64_t line = 1;        // at that byte
  std::uint64_t line_start = 0;  // offset where that line starts (maybe in an earlier block)
};

// Sizes: a block is filled up to `block` bytes with reads that are whole
// multiples of `unit` (a regular file's blocks then end where they always
// did, whatever else changes), so a buffer holds block + unit bytes.
struct BlockSizes {
  std::size_t block;
  std::size_t unit;
  std::size_t capacity() const { return block + unit; }
};

std::size_t count_newlines(std::string_view s);

// Moves what the previous block left after its cut (prev[cut, size)) to
// the front of `buf`; returns how many bytes that was. `prev` may be `buf`.
std::size_t carry_rest(const char* prev, std::size_t prev_size, std::size_t prev_cut, char* buf);

// Reads with read(char*, size_t) -> ssize_t (0 at end of input; it throws
// or returns -1 on failure, which ends the fill) until `size` reaches
// sizes.block. Returns 1 at end of input, 0 when the block is full, -1
// when read failed (errno set by read).
template <class Read>
int fill_block(char* buf, std::size_t& size, const BlockSizes& sizes, Read&& read) {
  while (size < sizes.block) {
    std::size_t want = (sizes.block - size + sizes.unit - 1) / sizes.unit * sizes.unit;
    ssize_t n = read(buf + size, want);
    if (n < 0) return -1;
    if (n == 0) return 1;
    size += static_cast<std::size_t>(n);
  }
  return 0;
}

// Ends the block buf[0, size) at its last line end (all of it at end of
// input or when it holds no line end), returns where, and moves `next`
// (the position of the block's first byte on entry) to the byte after it.
std::size_t cut_block(const char* buf, std::size_t size, bool eof, BlockPosition& next);

// Advances a line count through a block up to each match, as the matches
// come in order of start.
struct LineCursor {
  std::uint64_t base;  // the block's offset
  std::uint64_t line;
  std::uint64_t line_start;
  std::size_t pos = 0;  // counted up to here within the block

  void advance(std::string_view data, std::size_t to) {
    while (pos < to) {
      const void* nl = std::memchr(data.data() + pos, '\n', to - pos);
      if (!nl) {
        pos = to;
        return;
      }
      pos = static_cast<std::size_t>(static_cast<const char*>(nl) - data.data()) + 1;
      ++line;
      line_start = base + pos;
    }
  }
  // 1-based column of `at` (>= pos) after advance(data, at).
  std::uint64_t column(std::size_t at) const { return base + at - line_start + 1; }
};

}  // namespace privguard::cli
