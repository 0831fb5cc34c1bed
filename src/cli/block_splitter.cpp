#include "block_splitter.h"

#include <string.h>  // memrchr

namespace privguard::cli {

std::size_t count_newlines(std::string_view s) {
  // A plain loop: the compiler vectorises it, memchr per line would not.
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

std::size_t carry_rest(const char* prev, std::size_t prev_size, std::size_t prev_cut, char* buf) {
  std::size_t rest = prev_size - prev_cut;
  if (rest) std::memmove(buf, prev + prev_cut, rest);
  return rest;
}

std::size_t cut_block(const char* buf, std::size_t size, bool eof, BlockPosition& next) {
  const void* nl = size ? memrchr(buf, '\n', size) : nullptr;
  std::size_t last = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - buf) : 0;
  std::size_t cut = !eof && nl ? last + 1 : size;
  next.line += count_newlines({buf, cut});
  if (nl) next.line_start = next.offset + last + 1;
  next.offset += cut;
  return cut;
}

}  // namespace privguard::cli
