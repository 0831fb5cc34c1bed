#include "digit_runs.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace privguard::core {
namespace {

constexpr std::size_t kBlock = 64;

inline bool is_digit(unsigned char c) noexcept { return static_cast<unsigned>(c - '0') < 10u; }
inline bool is_run_byte(unsigned char c) noexcept {
  return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

// Bit i set when p[i] may belong to a run.
std::uint64_t run_mask(const unsigned char* p) noexcept {
#if defined(__SSE2__)
  std::uint64_t m = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    const __m128i dd = _mm_sub_epi8(v, _mm_set1_epi8('-'));  // '-' and '.' are adjacent
    const __m128i dash_dot = _mm_cmpeq_epi8(_mm_min_epu8(dd, _mm_set1_epi8(1)), dd);
    const __m128i paren = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(1)), _mm_set1_epi8(')'));  // '(' | 1 == ')'
    const __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
    const __m128i r = _mm_or_si128(_mm_or_si128(digit, dash_dot), _mm_or_si128(paren, space));
    m |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(r))) << (16 * i);
  }
  return m;
#else
  std::uint64_t m = 0;
  for (std::size_t i = 0; i < kBlock; ++i) m |= static_cast<std::uint64_t>(is_run_byte(p[i])) << i;
  return m;
#endif
}

// Bits i where m has k ones from i on (doubling: k steps in log2 k).
std::uint64_t run_starts(std::uint64_t m, unsigned k) noexcept {
  unsigned have = 1;
  while (have < k && m) {
    const unsigned step = have < k - have ? have : k - have;
    m &= m >> step;
    have += step;
  }
  return m;
}

struct Parser {
  const unsigned char* p;
  std::size_t n;
  unsigned k;
  DigitRunSink on_run;
  void* ctx;
  bool stopped = false;

  // Reads the run of run bytes from `from`; reports its sub-runs (split
  // where more than two separators meet) that hold k digits. Returns the
  // first byte after the run.
  std::size_t parse(std::size_t from) noexcept {
    std::size_t digits = 0, seps = 0, start = 0, last = 0, i = from;
    for (; i < n && is_run_byte(p[i]); ++i) {
      if (is_digit(p[i])) {
        if (digits == 0) start = i;
        ++digits;
        seps = 0;
        last = i + 1;
      } else if (digits > 0 && ++seps > 2) {
        if (digits >= k && !on_run(ctx, start, last)) return stop();
        digits = 0;
        seps = 0;
      }
    }
    if (digits >= k && !on_run(ctx, start, last)) return stop();
    return i;
  }
  std::size_t stop() noexcept {
    stopped = true;
    return n;
  }
};

}  // namespace

void find_digit_runs(std::string_view data, unsigned min_digits, DigitRunSink on_run, void* ctx) noexcept {
  if (min_digits == 0 || min_digits > kBlock) return;
  Parser parser{reinterpret_cast<const unsigned char*>(data.data()), data.size(), min_digits, on_run, ctx};
  const unsigned k = min_digits;
  const std::size_t n = data.size();
  std::size_t pos = 0;
  std::size_t carry = 0;  // run bytes just before pos, not parsed yet
  while (pos < n && !parser.stopped) {
    std::uint64_t m;
    if (n - pos >= kBlock) {
      m = run_mask(parser.p + pos);
    } else {
      unsigned char tail[kBlock] = {};  // NUL is not a run byte
      std::memcpy(tail, parser.p + pos, n - pos);
      m = run_mask(tail);
    }
    const unsigned lead = m == ~std::uint64_t{0} ? 64u : static_cast<unsigned>(__builtin_ctzll(~m));
    std::uint64_t starts = run_starts(m, k);
    std::size_t parsed_to = pos;  // nothing before this is looked at again
    if (carry > 0) {
      // The run that crosses into this block is one run with its start.
      if (lead > 0) starts &= lead >= 64 ? 0 : ~std::uint64_t{0} << lead;
      if (carry + lead >= k) parsed_to = parser.parse(pos - carry);
    }
    while (starts && !parser.stopped) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctzll(starts));
      if (at >= parsed_to) parsed_to = parser.parse(at);
      const std::size_t done = parsed_to - pos;
      starts &= done >= 64 ? 0 : ~std::uint64_t{0} << done;
    }
    if (parsed_to >= pos + kBlock) {
      pos = parsed_to;  // past a run that ran on: resume right after it
      carry = 0;
      continue;
    }
    // The run reaching the block's top (if any) carries into the next.
    const unsigned top = m == ~std::uint64_t{0} ? 64u : static_cast<unsigned>(__builtin_clzll(~m));
    const std::size_t top_start = pos + kBlock - top;
    if (top == 0 || top_start < parsed_to) carry = 0;
    else carry = (top == 64 && parsed_to == pos) ? carry + 64 : top;
    pos += kBlock;
  }
}

}  // namespace privguard::core
