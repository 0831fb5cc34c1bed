// Fuzz target: `privguard scan`'s block splitter (src/cli/block_splitter.h)
// with tiny blocks and reads cut anywhere. The first bytes choose the block
// size, the read unit and how short each read comes back; the rest is the
// input. The blocks must be the input in order with nothing lost or
// doubled, each ends at a line end unless the input ended or it holds
// none, and the line and column LineCursor gives every byte equal a count
// from the start of the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "block_splitter.h"

using namespace privguard::cli;

namespace {
void check(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  const BlockSizes sizes{1 + data[0] % 64u, 1 + data[1] % 16u};
  std::uint32_t rng = data[2] * 2654435761u + 1;
  std::string_view input(reinterpret_cast<const char*>(data) + 3, size - 3);

  // Naive positions: the line and its start for every byte of the input.
  std::vector<std::uint64_t> line_of(input.size()), start_of(input.size());
  for (std::uint64_t i = 0, line = 1, start = 0; i < input.size(); ++i) {
    line_of[i] = line;
    start_of[i] = start;
    if (input[i] == '\n') ++line, start = i + 1;
  }

  std::vector<char> buf(sizes.capacity()), prev(sizes.capacity());
  std::size_t read_at = 0, prev_size = 0, prev_cut = 0;
  std::string joined;
  BlockPosition next;
  for (bool eof = false; !eof;) {
    std::size_t filled = carry_rest(prev.data(), prev_size, prev_cut, buf.data());
    BlockPosition at = next;
    int r = fill_block(buf.data(), filled, sizes, [&](char* to, std::size_t want) -> ssize_t {
      check(want % sizes.unit == 0 && want > 0);
      rng = rng * 1103515245u + 12345u;
      std::size_t n = std::min<std::size_t>({want, input.size() - read_at, 1 + (rng >> 16) % want});
      std::copy_n(input.data() + read_at, n, to);
      read_at += n;
      return static_cast<ssize_t>(n);
    });
    check(r >= 0 && filled <= sizes.capacity());
    eof = r == 1;
    std::size_t cut = cut_block(buf.data(), filled, eof, next);
    std::string_view block(buf.data(), cut);
    check(cut <= filled);
    check(at.offset == joined.size() && next.offset == at.offset + cut);
    // A block ends at a line end, unless the input ended or it has none.
    if (!eof && cut < filled) check(cut > 0 && block.back() == '\n');
    if (!eof && cut == filled) check(block.find('\n') == std::string_view::npos || block.back() == '\n');
    // Every byte's line and column as the scan reports them.
    LineCursor lines{at.offset, at.line, at.line_start};
    for (std::size_t i = 0; i < cut; ++i) {
      lines.advance(block, i);
      check(lines.line == line_of[at.offset + i]);
      check(lines.column(i) == at.offset + i - start_of[at.offset + i] + 1);
    }
    joined.append(block);
    prev.swap(buf);
    prev_size = filled;
    prev_cut = cut;
  }
  check(joined == input);
  return 0;
}
