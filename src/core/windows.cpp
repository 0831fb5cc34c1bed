#include "windows.h"

#include <algorithm>
#include <cstring>

namespace privguard::core {
namespace {

// How far snapping looks for a line end or a non-word byte. Beyond it
// (a 64 KiB line, a 256-byte word) the window edge stays where it is.
constexpr std::size_t kLineSearch = 64 * 1024;
constexpr std::size_t kWordSearch = 256;

inline bool is_word(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u == '_';
}

// Whether an expression asserts a buffer edge: ^ or $ outside a class, or
// \A \z \Z. Errs on the side of yes (a slower scan, never a missed match).
bool anchored(const std::string& e) {
  return any_outside_class(e, [](char c, bool escaped) {
    return escaped ? (c == 'A' || c == 'z' || c == 'Z') : (c == '^' || c == '$');
  });
}

inline bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether the expression's only anchors are '^' as the first alternative
// of "(?:^|[...])" where the class holds \s: "at the buffer's start or
// after a delimiter". Then a window that starts right after white space
// reads as the buffer does (its '^' stands for that white space), and the
// rule needs no whole-buffer scans.
bool delimited_start(const std::string& e) {
  std::string rest;
  bool any = false;
  for (std::size_t i = 0; i < e.size();) {
    if (e.compare(i, 6, "(?:^|[") == 0) {
      const std::size_t close = e.find("])", i + 6);
      if (close == std::string::npos || e.substr(i + 6, close - i - 6).find("\\s") == std::string::npos) return false;
      rest += "(?:[";
      i += 6;
      any = true;
    } else {
      rest += e[i++];
    }
  }
  return any && !anchored(rest);
}

std::uint64_t snap_start(std::string_view d, std::uint64_t s, bool lines, bool space = false) noexcept {
  if (s == 0) return 0;
  if (space) {
    // Right after white space: the last before s (a 64 KiB token without
    // any: the buffer's start).
    const std::size_t from = s > kLineSearch ? s - kLineSearch : 0;
    for (std::uint64_t i = s; i > from; --i)
      if (is_space(d[i - 1])) return i;
    return 0;
  }
  if (lines) {
    const std::size_t from = s > kLineSearch ? s - kLineSearch : 0;
    if (const void* nl = memrchr(d.data() + from, '\n', s - from))
      return static_cast<std::uint64_t>(static_cast<const char*>(nl) - d.data()) + 1;
    if (from == 0) return 0;
  }
  for (std::size_t k = 0; s > 0 && k < kWordSearch && is_word(d[s - 1]); ++k) --s;
  return s;
}

std::uint64_t snap_end(std::string_view d, std::uint64_t e, bool lines) noexcept {
  const std::uint64_t n = d.size();
  if (e >= n) return n;
  if (lines) {
    const std::size_t len = std::min<std::uint64_t>(kLineSearch, n - e);
    if (const void* nl = std::memchr(d.data() + e, '\n', len))
      return static_cast<std::uint64_t>(static_cast<const char*>(nl) - d.data());
    if (len == n - e) return n;
  }
  for (std::size_t k = 0; e < n && k < kWordSearch && is_word(d[e]); ++k) ++e;
  return e;
}

// The rule's latest window, among the last few: a digit run opens a
// window for each rule that counts digits (card, SSN, phone, national
// ids), so the very last window is mostly another rule's, and without
// looking further back every run would add one per rule (4 MiB of source
// code filled the set, and each rule then scanned the whole buffer).
constexpr std::size_t kMergeBack = 16;
Scratch::Window* last_of_rule(WindowSet& set, std::uint32_t rule) noexcept {
  for (std::size_t i = set.count, k = 0; i > 0 && k < kMergeBack; --i, ++k)
    if (set.windows[i - 1].rule == rule) return &set.windows[i - 1];
  return nullptr;
}

// A full set: the current segment's windows become one per rule, from the
// first one's start to the last one's end (a superset of each: its edges
// are their snapped edges). Dense text costs what scanning that segment
// whole for those rules costs, as before, but only that segment.
void coarsen_segment(WindowSet& set) noexcept {
  Scratch::Window* w = set.windows + set.segment_from;
  const std::size_t n = set.count - set.segment_from;
  if (n < 2) return;
  std::sort(w, w + n, [](const Scratch::Window& a, const Scratch::Window& b) {
    return a.rule != b.rule ? a.rule < b.rule : a.start < b.start;
  });
  std::size_t out = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (w[i].rule == w[out].rule) w[out].end = std::max(w[out].end, w[i].end);
    else w[++out] = w[i];
  }
  set.count = set.segment_from + out + 1;
}

// The run separators of shapes.cpp, and '+' which starts a shape.
inline bool continues_a_run(char c) noexcept {
  return is_word(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+';
}

}  // namespace

void set_reach(RuleRuntime& rt, const std::string& expression, unsigned flags, std::uint32_t width,
               bool self_trigger) {
  const bool unbounded = width == UINT32_MAX;
  rt.snap_space = delimited_start(expression);
  rt.whole_buffer = (!rt.snap_space && anchored(expression)) || (unbounded && (flags & HS_FLAG_DOTALL));
  rt.snap_lines = unbounded;
  rt.reach_left = unbounded ? kUnboundedReach : width;
  rt.reach_right = self_trigger ? 0 : rt.reach_left;
}

bool add_window(WindowSet& set, std::uint64_t from, std::uint64_t to, std::uint32_t rule,
                const RuleRuntime& reach) noexcept {
  const std::uint64_t n = set.data.size();
  std::uint64_t start = 0, end = n;
  if (!reach.whole_buffer) {
    start = from > reach.reach_left ? from - reach.reach_left : 0;
    end = reach.reach_right >= n - std::min(to, n) ? n : to + reach.reach_right;
    // A trigger inside the rule's last window whose reach it already
    // holds (a second '@' on the same line) costs no snapping.
    if (Scratch::Window* last = last_of_rule(set, rule); last && start >= last->start && end <= last->end) return true;
    start = snap_start(set.data, start, reach.snap_lines, reach.snap_space);
    end = snap_end(set.data, end, reach.snap_lines);
  }
  // The rule's latest window takes it when it starts inside that window.
  auto extends_last = [&]() noexcept {
    Scratch::Window* last = last_of_rule(set, rule);
    if (!last || start < last->start || start > last->end) return false;
    last->end = std::max(last->end, end);
    return true;
  };
  if (extends_last()) return true;
  if (set.count == set.capacity) {
    coarsen_segment(set);
    // Still more than half full (a tiny scratch, or the earlier segments'
    // open windows take it): coarsening again and again would cost more
    // than what it saves; no window can stand for the rest.
    if (set.count > set.capacity / 2) {
      set.overflow = true;
      return false;
    }
    if (extends_last()) return true;
  }
  set.windows[set.count++] = {start, end, rule};
  return true;
}

std::uint64_t closing_bound(std::string_view data, std::uint64_t frontier, const RuleRuntime& reach) noexcept {
  if (reach.whole_buffer) return 0;
  return snap_start(data, frontier > reach.reach_left ? frontier - reach.reach_left : 0, reach.snap_lines,
                    reach.snap_space);
}

std::uint64_t segment_end(std::string_view data, std::uint64_t from) noexcept {
  const std::uint64_t n = data.size();
  if (from >= n) return n;
  if (const void* nl = std::memchr(data.data() + from, '\n', std::min<std::uint64_t>(n - from, kLineSearch)))
    return static_cast<std::uint64_t>(static_cast<const char*>(nl) - data.data()) + 1;
  for (std::uint64_t i = from; i < n; ++i)
    if (!continues_a_run(data[i])) return i + 1;
  return n;
}

std::uint64_t trigger_overlap_start(std::string_view data, std::uint64_t at, std::uint64_t width) noexcept {
  if (at <= width) return 0;
  std::uint64_t s = at - width;
  for (std::size_t k = 0; s > 0 && k < kLineSearch && is_word(data[s - 1]); ++k) --s;
  return s;
}

std::size_t merge_windows(Scratch::Window* w, std::size_t n) noexcept {
  if (n < 2) return n;
  std::sort(w, w + n, [](const Scratch::Window& a, const Scratch::Window& b) {
    return a.rule != b.rule ? a.rule < b.rule : a.start < b.start;
  });
  std::size_t out = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (w[i].rule == w[out].rule && w[i].start <= w[out].end) w[out].end = std::max(w[out].end, w[i].end);
    else w[++out] = w[i];
  }
  return out + 1;
}

}  // namespace privguard::core
