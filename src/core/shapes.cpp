#include "shapes.h"

#include "ascii.h"

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
inline bool is_upper(unsigned char c) noexcept { return static_cast<unsigned>(c - 'A') < 26u; }
inline bool is_lower(unsigned char c) noexcept { return static_cast<unsigned>(c - 'a') < 26u; }
inline bool is_word(unsigned char c) noexcept { return is_digit(c) || is_upper(c) || is_lower(c) || c == '_'; }
inline bool in_class(unsigned char c, char cls) noexcept {
  switch (cls) {
    case 'A': return is_upper(c);
    case 'a': return is_lower(c);
    case '1': return is_digit(c) && c != '0';
    case '+': return c == '+';
    default: return is_digit(c);
  }
}
inline bool letter_class(char cls) noexcept { return cls == 'A' || cls == 'a'; }
inline bool is_run_byte(unsigned char c) noexcept {
  return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
}

struct Masks {
  std::uint64_t run;    // bit i: p[i] may belong to a run (digit or separator)
  std::uint64_t digit;  // bit i: p[i] is a digit
  std::uint64_t upper = 0, lower = 0, plus = 0, zero = 0;  // only when shapes are looked for
};

// Digits, and ' ', '-', '.', '/', '(', ')' (the separators phone numbers
// are written with: "030/1234567"): '-', '.' and '/' are adjacent, and
// '(' | 1 == ')'. Same steps at either vector width.
#define PRIVGUARD_RUN_MASKS(V, set1, sub, min, eq, or_, movemask)                      \
  const V d = sub(v, set1('0'));                                                        \
  const V digit = eq(min(d, set1(9)), d);                                               \
  const V dd = sub(v, set1('-'));                                                       \
  const V dash_dot = eq(min(dd, set1(2)), dd);                                          \
  const V paren = eq(or_(v, set1(1)), set1(')'));                                       \
  const V space = eq(v, set1(' '));                                                     \
  const V r = or_(or_(digit, dash_dot), or_(paren, space));                             \
  const auto run_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(r))); \
  const auto digit_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(digit)));       \
  std::uint64_t upper_bits = 0, lower_bits = 0, plus_bits = 0, zero_bits = 0;                       \
  if constexpr (kLetters) {                                                                         \
    const V du = sub(v, set1('A'));                                                                 \
    const V up = eq(min(du, set1(25)), du);                                                         \
    const V dl = sub(v, set1('a'));                                                                 \
    const V lo = eq(min(dl, set1(25)), dl);                                                         \
    upper_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(up)));                   \
    lower_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(lo)));                   \
    plus_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(eq(v, set1('+')))));      \
    zero_bits = static_cast<std::uint64_t>(static_cast<unsigned>(movemask(eq(v, set1('0')))));      \
  }

#if defined(__x86_64__)
template <bool kLetters>
inline Masks masks_sse2(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    PRIVGUARD_RUN_MASKS(__m128i, _mm_set1_epi8, _mm_sub_epi8, _mm_min_epu8, _mm_cmpeq_epi8, _mm_or_si128,
                        _mm_movemask_epi8);
    m.run |= run_bits << (16 * i);
    m.digit |= digit_bits << (16 * i);
    m.upper |= upper_bits << (16 * i);
    m.lower |= lower_bits << (16 * i);
    m.plus |= plus_bits << (16 * i);
    m.zero |= zero_bits << (16 * i);
  }
  return m;
}

template <bool kLetters>
__attribute__((target("avx2"))) inline Masks masks_avx2(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (int i = 0; i < 2; ++i) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * i));
    PRIVGUARD_RUN_MASKS(__m256i, _mm256_set1_epi8, _mm256_sub_epi8, _mm256_min_epu8, _mm256_cmpeq_epi8,
                        _mm256_or_si256, _mm256_movemask_epi8);
    m.run |= run_bits << (32 * i);
    m.digit |= digit_bits << (32 * i);
    m.upper |= upper_bits << (32 * i);
    m.lower |= lower_bits << (32 * i);
    m.plus |= plus_bits << (32 * i);
    m.zero |= zero_bits << (32 * i);
  }
  return m;
}

// With AVX-512 a compare yields the 64-bit mask itself.
template <bool kLetters>
__attribute__((target("avx512f,avx512bw"))) inline Masks masks_of(__m512i v) noexcept {
#define PRIVGUARD_WITHIN(lo, span) _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(lo)), _mm512_set1_epi8(span))
  Masks m{0, 0};
  m.digit = PRIVGUARD_WITHIN('0', 9);
  m.run = m.digit | PRIVGUARD_WITHIN('-', 2) | _mm512_cmpeq_epi8_mask(_mm512_or_si512(v, _mm512_set1_epi8(1)), _mm512_set1_epi8(')')) |
          _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(' '));
  if constexpr (kLetters) {
    m.upper = PRIVGUARD_WITHIN('A', 25);
    m.lower = PRIVGUARD_WITHIN('a', 25);
    m.plus = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('+'));
    m.zero = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('0'));
  }
#undef PRIVGUARD_WITHIN
  return m;
}

template <bool kLetters>
__attribute__((target("avx512f,avx512bw"))) inline Masks masks_avx512(const unsigned char* p) noexcept {
  return masks_of<kLetters>(_mm512_loadu_si512(p));
}

// A masked load reads nothing past the end (no fault), zeroes the rest.
template <bool kLetters>
__attribute__((target("avx512f,avx512bw"))) inline Masks tail_avx512(const unsigned char* p, std::size_t len) noexcept {
  const __mmask64 keep = len >= 64 ? ~__mmask64{0} : (__mmask64{1} << len) - 1;
  return masks_of<kLetters>(_mm512_maskz_loadu_epi8(keep, p));
}
#endif
#undef PRIVGUARD_RUN_MASKS

template <bool kLetters>
inline Masks masks_scalar(const unsigned char* p) noexcept {
  Masks m{0, 0};
  for (std::size_t i = 0; i < kBlock; ++i) {
    m.run |= static_cast<std::uint64_t>(is_run_byte(p[i])) << i;
    m.digit |= static_cast<std::uint64_t>(is_digit(p[i])) << i;
    if constexpr (kLetters) {
      m.upper |= static_cast<std::uint64_t>(is_upper(p[i])) << i;
      m.lower |= static_cast<std::uint64_t>(is_lower(p[i])) << i;
      m.plus |= static_cast<std::uint64_t>(p[i] == '+') << i;
      m.zero |= static_cast<std::uint64_t>(p[i] == '0') << i;
    }
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

}  // namespace

// Runs of nine or more digits that log lines are full of and that no
// number a digit rule takes (card, SSN, phone, national id) is written
// as. Without this, every line of a realistic log opened a window for each
// of those rules, and their start-of-match databases then read most of it
// (issue 12). Each is a whole run, as the parser cut it:
//   - a date and the hour of a time after it: "2025-03-14 09:",
//     "14/03/2025 09:" (the ':' ends the run);
//   - an IPv4 address: four dot-separated numbers up to 255 without
//     leading zeros ("10.244.2.247"; "030.123.45.67" stays a run);
//   - a UUID's last group of twelve digits;
//   - a Unix time with its fraction ("1712686523.5042585") or seconds
//     with their micro- or nanoseconds ("23.504258504").
namespace {

bool is_hex(unsigned char c) noexcept { return ascii::is_hex(static_cast<char>(c)); }

bool ipv4_run(std::string_view p, std::size_t start, std::size_t last) noexcept {
  unsigned groups = 0, value = 0, width = 0;
  for (std::size_t i = start; i <= last; ++i) {
    if (i == last || p[i] == '.') {
      if (width == 0 || width > 3 || value > 255) return false;
      ++groups;
      value = width = 0;
      continue;
    }
    if (!is_digit(static_cast<unsigned char>(p[i])) || (width == 1 && value == 0)) return false;  // a leading zero
    value = value * 10 + static_cast<unsigned>(p[i] - '0');
    ++width;
  }
  return groups == 4;
}

// "xxxxxxxx-xxxx-xxxx-xxxx-" (hex) before the twelve digits, no hex after.
bool uuid_tail(std::string_view p, std::size_t start) noexcept {
  if (start < 24 || (start + 12 < p.size() && is_hex(static_cast<unsigned char>(p[start + 12])))) return false;
  for (std::size_t k = 0; k < 24; ++k) {
    const auto c = static_cast<unsigned char>(p[start - 24 + k]);
    const bool dash = k == 8 || k == 13 || k == 18 || k == 23;
    if (dash ? c != '-' : !is_hex(c)) return false;
  }
  return start == 24 || !is_hex(static_cast<unsigned char>(p[start - 25]));
}

}  // namespace

bool date_and_hour(std::string_view v) noexcept {
  if (v.size() != 13 || v[10] != ' ') return false;
  auto d = [&](std::size_t i) { return is_digit(static_cast<unsigned char>(v[i])); };
  auto sep = [&](std::size_t i) { return v[i] == '-' || v[i] == '/' || v[i] == '.'; };
  const bool year_first = d(0) && d(1) && d(2) && d(3) && sep(4) && d(5) && d(6) && sep(7) && d(8) && d(9);
  const bool year_last = d(0) && d(1) && sep(2) && d(3) && d(4) && sep(5) && d(6) && d(7) && d(8) && d(9);
  return (year_first || year_last) && d(11) && d(12);
}

bool log_noise_run(std::string_view p, std::size_t start, std::size_t last) noexcept {
  const std::size_t len = last - start;
  auto d = [&](std::size_t i) { return is_digit(static_cast<unsigned char>(p[start + i])); };
  auto at = [&](std::size_t i) { return p[start + i]; };
  if (last < p.size() && p[last] == ':' && date_and_hour(p.substr(start, len))) return true;
  if (ipv4_run(p, start, last)) return true;
  if (len == 12 && uuid_tail(p, start)) return true;
  // Seconds with a fraction: digits, one '.', digits.
  std::size_t dot = 0, dots = 0;
  for (std::size_t i = 0; i < len; ++i)
    if (!d(i)) {
      if (at(i) != '.') return false;
      dot = i;
      ++dots;
    }
  if (dots != 1) return false;
  const std::size_t before = dot, after = len - dot - 1;
  if (before == 10 && at(0) == '1') return true;  // Unix time, 2001-2033
  // Seconds: micro-, ticks or nanoseconds ("06.12345678", a Dutch mobile
  // number, has eight).
  return before >= 1 && before <= 2 && at(0) <= '5' && (after == 6 || after == 7 || after == 9);
}

namespace {

struct Parser {
  const unsigned char* p;
  std::size_t n;
  const ShapeScan& want;
  bool stopped = false;

  bool run(std::size_t start, std::size_t end, std::size_t digits) noexcept {
    if (!want.on_run(want.ctx, start, end, static_cast<unsigned>(digits))) stopped = true;
    return !stopped;
  }
  bool shape(std::size_t start, unsigned which) noexcept {
    if (!want.on_shape(want.ctx, start, start + want.shapes[which].size(), which)) stopped = true;
    return !stopped;
  }
  // A shape at `at`, read byte by byte (for starts whose bytes run into
  // the next block).
  bool shape_at(std::size_t at, std::string_view s) const noexcept {
    if (at + s.size() > n || (letter_class(s[0]) && at > 0 && is_word(p[at - 1]))) return false;
    for (std::size_t j = 0; j < s.size(); ++j)
      if (!in_class(p[at + j], s[j])) return false;
    return true;
  }

  // A sub-run of k digits or more, reported unless it is log noise; false
  // when the sink stopped the scan.
  bool sub_run(std::size_t start, std::size_t last, std::size_t digits) noexcept {
    if (digits < want.min_digits) return true;
    if (log_noise_run(std::string_view(reinterpret_cast<const char*>(p), n), start, last)) return true;
    return run(start, last, digits);
  }

  // Reads the run of run bytes from `from`; reports its sub-runs (split
  // where more than two separators meet) that hold k digits, but the log
  // noise above. Returns the first byte after the run.
  std::size_t parse(std::size_t from) noexcept {
    std::size_t digits = 0, seps = 0, start = 0, last = 0, i = from;
    for (; i < n && is_run_byte(p[i]); ++i) {
      if (is_digit(p[i])) {
        if (digits == 0) start = i;
        ++digits;
        seps = 0;
        last = i + 1;
      } else if (digits > 0 && ++seps > 2) {
        if (!sub_run(start, last, digits)) return n;
        digits = 0;
        seps = 0;
      }
    }
    if (!sub_run(start, last, digits)) return n;
    return i;
  }
};

inline std::uint64_t class_mask(const Masks& m, char cls) noexcept {
  switch (cls) {
    case 'A': return m.upper;
    case 'a': return m.lower;
    case '1': return m.digit & ~m.zero;
    case '+': return m.plus;
    default: return m.digit;
  }
}

// Looks for a shape in one block: bits i where the bytes from i on have
// the shape's classes, with no byte of the first class before. Whether
// p[i - 1] is a word byte at all is left to Parser::shape_at (hits are
// rare; a word mask would cost every block), as are starts near the
// block's top, whose shape runs into the next block.
struct ShapeHits {
  std::uint64_t sure, maybe;
};
inline ShapeHits shape_starts(const Masks& m, std::string_view s) noexcept {
  std::uint64_t first = class_mask(m, s[0]);
  if (letter_class(s[0])) first &= ~(first << 1);  // no letter of that class before
  if (first == 0) return {0, 0};
  std::uint64_t sure = first;
  for (std::size_t j = 1; j < s.size(); ++j) sure &= class_mask(m, s[j]) >> j;
  const std::uint64_t top = s.size() == 1 ? 0 : ~(~std::uint64_t{0} >> (s.size() - 1));
  return {sure & ~top, first & top};
}

}  // namespace

namespace {

// The last, short block: bytes past the end read as NUL, which is neither
// a run byte nor a letter.
template <Masks (*masks)(const unsigned char*) noexcept>
inline Masks tail_by_copy(const unsigned char* p, std::size_t len) noexcept {
  unsigned char tail[kBlock] = {};
  std::memcpy(tail, p, len);
  return masks(tail);
}

template <Masks (*masks)(const unsigned char*) noexcept, Masks (*tail_masks)(const unsigned char*, std::size_t) noexcept,
          bool kLetters>
__attribute__((always_inline)) inline void scan(std::string_view data, const ShapeScan& want) noexcept {
  Parser parser{reinterpret_cast<const unsigned char*>(data.data()), data.size(), want};
  const unsigned k = want.min_digits;
  const std::size_t n = data.size();
  std::size_t pos = 0;
  std::size_t carry = 0;  // run bytes just before pos, not parsed yet
  while (pos < n && !parser.stopped) {
    Masks mk;
    if (n - pos >= kBlock) {
      mk = masks(parser.p + pos);
    } else {
      mk = tail_masks(parser.p + pos, n - pos);
    }
    if constexpr (kLetters) {
      // Shapes start with a letter: never inside a digit run that the
      // jump below skips.
      for (unsigned w = 0; w < want.shape_count && !parser.stopped; ++w) {
        const std::string_view s = want.shapes[w];
        const ShapeHits h = shape_starts(mk, s);
        for (std::uint64_t b = h.sure | h.maybe; b && !parser.stopped; b &= b - 1) {
          const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctzll(b));
          if (parser.shape_at(at, s)) parser.shape(at, w);
        }
      }
    }
    if (want.min_digits == 0) {
      pos += kBlock;
      continue;
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
__attribute__((target("avx2,popcnt"))) void scan_avx2(std::string_view data, const ShapeScan& want) noexcept {
  if (want.shape_count > 0) scan<masks_avx2<true>, tail_by_copy<masks_avx2<true>>, true>(data, want);
  else scan<masks_avx2<false>, tail_by_copy<masks_avx2<false>>, false>(data, want);
}
__attribute__((target("avx512f,avx512bw,popcnt,bmi"))) void scan_avx512(std::string_view data,
                                                                        const ShapeScan& want) noexcept {
  if (want.shape_count > 0) scan<masks_avx512<true>, tail_avx512<true>, true>(data, want);
  else scan<masks_avx512<false>, tail_avx512<false>, false>(data, want);
}
#endif

}  // namespace

void scan_shapes(std::string_view data, const ShapeScan& want) noexcept {
  if ((want.min_digits == 0 || want.min_digits > kBlock) && want.shape_count == 0) return;
#if defined(__x86_64__)
  // Picked per call: a relaxed flag, no once-lock (a signal handler may be
  // the first caller).
  static std::atomic<int> level{-1};
  int have = level.load(std::memory_order_relaxed);
  if (have < 0) {
    __builtin_cpu_init();
    const bool popcnt = __builtin_cpu_supports("popcnt");
    have = popcnt && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi") ? 2
           : popcnt && __builtin_cpu_supports("avx2")                                    ? 1
                                                                                         : 0;
    level.store(have, std::memory_order_relaxed);
  }
  if (have == 2) return scan_avx512(data, want);
  if (have == 1) return scan_avx2(data, want);
  if (want.shape_count > 0) return scan<masks_sse2<true>, tail_by_copy<masks_sse2<true>>, true>(data, want);
  return scan<masks_sse2<false>, tail_by_copy<masks_sse2<false>>, false>(data, want);
#else
  if (want.shape_count > 0) return scan<masks_scalar<true>, tail_by_copy<masks_scalar<true>>, true>(data, want);
  return scan<masks_scalar<false>, tail_by_copy<masks_scalar<false>>, false>(data, want);
#endif
}

}  // namespace privguard::core

namespace privguard::core {

bool valid_shape(std::string_view s) noexcept {
  if (s.empty() || s.size() > 8 || (s[0] != 'A' && s[0] != 'a' && s[0] != '+')) return false;
  for (char c : s.substr(1))
    if (c != 'A' && c != 'a' && c != '9' && c != '1') return false;
  return true;
}

}  // namespace privguard::core
