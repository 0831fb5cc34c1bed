// Windows: the spans of a buffer that a rule's start-of-match database
// runs over, around each of its triggers the first pass found. A trigger at
// [from, to) for a rule whose matches are at most W bytes long and contain
// the trigger means the match lies within [from - W, to + W]; windows are
// then widened so that the rule's database reads them as it would read the
// whole buffer:
//   - their outer neighbours are non-word bytes (or the buffer's edges),
//     so \b and \B at a window's edge mean what they mean in the buffer;
//   - rules of unbounded length get whole lines (+ a reach of
//     kUnboundedReach, 64 bytes),
//     so a token is never cut by a window edge;
//   - rules with ^, $, \A, \z or an unbounded '.' under dotall get the
//     whole buffer: no window can stand in for it; but a rule whose only
//     anchor is "(?:^|[\s...])" (the buffer's start or a delimiter) gets
//     windows that start right after white space, where '^' reads as the
//     white space before it would.
// A rule's overlapping windows are merged, so a match that one of its
// triggers' windows holds whole is seen whole, once.
//
// The window set has a fixed size (the scratch's, no allocation per scan),
// yet a large buffer has more triggers than that. The first pass goes
// through such a buffer in segments (engine.cpp): after each, the windows
// no later trigger can reach (closing_bound) are scanned and dropped; when
// one segment alone fills the set, its windows are coarsened, each rule's
// into one that spans them all. Either way every window still holds what
// it held, so the second pass finds what it would over the whole buffer,
// at a cost that grows with the bytes, not faster.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine_internal.h"

namespace privguard::core {

// Whether `at` holds for a character of a Hyperscan expression outside
// its character classes: at(i, c, escaped), i the character's offset,
// escaped true for the character after a backslash (\A gives 'A', true).
// Backslashes inside a class are skipped too, so [\]^] is one class. The
// one walk of an expression's structure: reach (windows.cpp), split rules,
// top-level alternatives and optional contexts (engine.cpp, database.cpp).
template <class At>
bool any_outside_class_at(std::string_view e, At at) {
  bool in_class = false;
  for (std::size_t i = 0; i < e.size(); ++i) {
    const char c = e[i];
    if (c == '\\') {
      if (i + 1 < e.size() && !in_class && at(i + 1, e[i + 1], true)) return true;
      ++i;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < e.size() && e[i + 1] == '^') ++i;
      if (i + 1 < e.size() && e[i + 1] == ']') ++i;  // "[]...]" and "[^]...]": ']' is a member
    } else if (at(i, c, false)) {
      return true;
    }
  }
  return false;
}

// The same without the offset: at(c, escaped).
template <class At>
bool any_outside_class(std::string_view e, At at) {
  return any_outside_class_at(e, [&](std::size_t, char c, bool escaped) { return at(c, escaped); });
}

constexpr std::uint64_t kUnboundedReach = 64;
constexpr std::uint64_t kToEdge = UINT64_MAX;

// Sets the reach fields of `rt` for a main expression of max width `width`
// (UINT32_MAX: unbounded). `self_trigger`: the rule's whole expression is
// its own trigger, which ends where the match ends.
void set_reach(RuleRuntime& rt, const std::string& expression, unsigned flags, std::uint32_t width,
               bool self_trigger);
struct WindowSet {
  std::string_view data;
  Scratch::Window* windows;
  std::size_t capacity;
  std::size_t count = 0;
  std::size_t segment_from = 0;  // the windows opened in the current segment: [segment_from, count)
  bool overflow = false;         // too many even when coarsened: the caller scans the whole buffer
};

// Adds the window for a trigger at [from, to): a digit run, or a first-pass
// match, whose start Hyperscan does not report without start-of-match
// (from == to then: the match lies within [to - W, to + W]). False when full.
bool add_window(WindowSet& set, std::uint64_t from, std::uint64_t to, std::uint32_t rule,
                const RuleRuntime& reach) noexcept;
// Sorts by rule and start, merges a rule's overlapping or touching
// windows; returns the new count.
std::size_t merge_windows(Scratch::Window* w, std::size_t n) noexcept;

// The lowest start a window of the rule `reach` can have when its trigger
// lies at or after `frontier`: a window that ends before it is closed (no
// later window overlaps or touches it, so merging would not change it).
// snap_start is monotone, so one call bounds every later trigger.
std::uint64_t closing_bound(std::string_view data, std::uint64_t frontier, const RuleRuntime& reach) noexcept;

// Where a first-pass segment that should end near `from` may end: after a
// byte that no digit run, shape or word continues across (a line end, or
// a byte that is neither a word byte nor one of the run separators
// " -./()+"), so the shape pass of each segment sees what the whole
// buffer's would. data.size() when there is no such byte.
std::uint64_t segment_end(std::string_view data, std::uint64_t from) noexcept;

// Where a segment's trigger scan starts for a segment starting at `at`:
// `width` (the longest trigger match) before it, moved back to just after
// a non-word byte, so \b and \B at its start read as in the whole buffer.
std::uint64_t trigger_overlap_start(std::string_view data, std::uint64_t at, std::uint64_t width) noexcept;

}  // namespace privguard::core
