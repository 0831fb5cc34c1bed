#include "digit_runs.h"

#include <cstdint>
#include <cstring>

#include <atomic>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace privguard::core {
namespace {

constexpr std::size_t kBlock = 64;

inline bool is_digit(unsigned char c) noexcept { return static_cast<unsigned>(c - '0') < 10u; }
inline bool is_run_byte(unsigned char c) noexcept {
  return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

struct Masks {
  std::uint64_t run;    // bit i: p[i] may belong to a run (digit or separator)
  std::uint64_t digit;  // bit i: p[i] is a digit
};

// Digits, and ' ', '-', '.', '(', ')': '-' and '.' are adjacent, and
// '(' | 1 == ')'. Same steps at either vector width.
#define PRIVGUARD_RUN_MASKS(V, set1, sub, min, eq, or_, movemask)                      \
  const V d = sub(v, set1('0'));                                                        \
  const V digit = eq(min(d, set1(9)), d);                                               \
  const V dd = sub(v, set1('-'));                                                       \
  const V dash_dot = eq(min(dd, set1(1)), dd);                                          \
  const V paren = eq(or_(v, set1(1)), set1(')'));                                       \
  const V space = eq(v, set1(' '));                                                     \
  const V r = or_(or_(digit, dash_dot), or_(paren, space));                             \
  const auto run_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(r))); \
  const auto digit_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(digit)))

#if defined(__x86_64__)
inline Masks masks_sse2(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    PRIVGUARD_RUN_MASKS(__m128i, _mm_set1_epi8, _mm_sub_epi8, _mm_min_epu8, _mm_cmpeq_epi8, _mm_or_si128,
                        _mm_movemask_epi8);
    m.run |= run_bits << (16 * i);
    m.digit |= digit_bits << (16 * i);
  }
  return m;
}

__attribute__((target("avx2"))) inline Masks masks_avx2(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (int i = 0; i < 2; ++i) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * i));
    PRIVGUARD_RUN_MASKS(__m256i, _mm256_set1_epi8, _mm256_sub_epi8, _mm256_min_epu8, _mm256_cmpeq_epi8,
                        _mm256_or_si256, _mm256_movemask_epi8);
    m.run |= run_bits << (32 * i);
    m.digit |= digit_bits << (32 * i);
  }
  return m;
}
#endif
#undef PRIVGUARD_RUN_MASKS

inline Masks masks_scalar(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (std::size_t i = 0; i < kBlock; ++i) {
    m.run |= static_cast<std::uint64_t>(is_run_byte(p[i])) << i;
    m.digit |= static_cast<std::uint64_t>(is_digit(p[i])) << i;
  }
  return m;
}

inline std::uint64_t bits_from(std::size_t b) noexcept { return b >= 64 ? 0 : ~std::uint64_t{0} << b; }

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
        if (digits >= k && !on_run(ctx, start, last, static_cast<unsigned>(digits))) return stop();
        digits = 0;
        seps = 0;
      }
    }
    if (digits >= k && !on_run(ctx, start, last, static_cast<unsigned>(digits))) return stop();
    return i;
  }
  std::size_t stop() noexcept {
    stopped = true;
    return n;
  }
};

}  // namespace

namespace {

template <Masks (*masks)(const unsigned char*) noexcept>
__attribute__((always_inline)) inline void scan(std::string_view data, unsigned min_digits, DigitRunSink on_run,
                                                void* ctx) noexcept {
  Parser parser{reinterpret_cast<const unsigned char*>(data.data()), data.size(), min_digits, on_run, ctx};
  const unsigned k = min_digits;
  const std::size_t n = data.size();
  std::size_t pos = 0;
  std::size_t carry = 0;  // run bytes just before pos, not parsed yet
  while (pos < n && !parser.stopped) {
    Masks mk;
    if (n - pos >= kBlock) {
      mk = masks(parser.p + pos);
    } else {
      unsigned char tail[kBlock] = {};  // NUL is not a run byte
      std::memcpy(tail, parser.p + pos, n - pos);
      mk = masks(tail);
    }
    const std::uint64_t m = mk.run;
    const unsigned lead = m == ~std::uint64_t{0} ? 64u : static_cast<unsigned>(__builtin_ctzll(~m));
    std::uint64_t starts = run_starts(m, k);
    std::size_t parsed_to = pos;  // nothing before this is looked at again
    if (carry > 0) {
      // The run that crosses into this block is one run with its start.
      starts &= bits_from(lead);
      if (carry + lead >= k) parsed_to = parser.parse(pos - carry);
    }
    while (starts && !parser.stopped) {
      const auto b = static_cast<std::size_t>(__builtin_ctzll(starts));
      if (pos + b >= parsed_to) {
        // Most long runs are dates ("2025-03-14 09"): too few digits, which
        // the digit mask tells without a byte-by-byte look.
        const std::uint64_t rest = ~(m >> b);
        const std::size_t len = rest == 0 ? 64 - b : static_cast<std::size_t>(__builtin_ctzll(rest));
        const std::uint64_t span = bits_from(b) & ~bits_from(b + len);
        if (b + len < 64 && static_cast<unsigned>(__builtin_popcountll(mk.digit & span)) < k)
          parsed_to = pos + b + len;
        else
          parsed_to = parser.parse(pos + b);
      }
      starts &= bits_from(parsed_to - pos);
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

#if defined(__x86_64__)
__attribute__((target("avx2,popcnt"))) void scan_avx2(std::string_view data, unsigned min_digits,
                                                        DigitRunSink on_run, void* ctx) noexcept {
  scan<masks_avx2>(data, min_digits, on_run, ctx);
}
#endif

}  // namespace

void find_digit_runs(std::string_view data, unsigned min_digits, DigitRunSink on_run, void* ctx) noexcept {
  if (min_digits == 0 || min_digits > kBlock) return;
#if defined(__x86_64__)
  // Picked per call: a relaxed flag, no once-lock (a signal handler may be
  // the first caller).
  static std::atomic<int> avx2{-1};
  int have = avx2.load(std::memory_order_relaxed);
  if (have < 0) {
    __builtin_cpu_init();
    have = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") ? 1 : 0;
    avx2.store(have, std::memory_order_relaxed);
  }
  if (have) return scan_avx2(data, min_digits, on_run, ctx);
  return scan<masks_sse2>(data, min_digits, on_run, ctx);
#else
  return scan<masks_scalar>(data, min_digits, on_run, ctx);
#endif
}

}  // namespace privguard::core
