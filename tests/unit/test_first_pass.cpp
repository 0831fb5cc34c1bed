// The first pass (prefilters, digit runs, windows) may only make scans
// cheaper: what a windowed scan finds must be exactly what every rule's
// start-of-match scan over the whole buffer finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "corpus.h"
#include "engine_internal.h"
#include "privguard/engine.h"
#include "shapes.h"
#include "windows.h"

using namespace privguard::core;

namespace {

// ------------------------------------------------------------ digit runs

struct DigitRun {
  std::size_t start, end;
  unsigned digits;
  bool operator==(const DigitRun&) const = default;
};

std::ostream& operator<<(std::ostream& o, const DigitRun& r) {
  return o << "[" << r.start << "," << r.end << ") " << r.digits << " digits";
}

std::vector<DigitRun> runs_of(std::string_view data, unsigned k) {
  std::vector<DigitRun> out;
  ShapeScan want;
  want.min_digits = k;
  want.on_run = [](void* ctx, std::size_t s, std::size_t e, unsigned d) noexcept {
    static_cast<std::vector<DigitRun>*>(ctx)->push_back({s, e, d});
    return true;
  };
  want.ctx = &out;
  scan_shapes(data, want);
  return out;
}

// Starts of `shape` in `data`, by the shape pass, with digit runs looked
// for too (k) so that the two share blocks as in the engine.
std::vector<std::size_t> shapes_of(std::string_view data, std::string_view shape, unsigned k = 0) {
  std::vector<std::size_t> out;
  ShapeScan want;
  want.min_digits = k;
  want.shapes = &shape;
  want.shape_count = 1;
  want.on_run = [](void*, std::size_t, std::size_t, unsigned) noexcept { return true; };
  want.on_shape = [](void* ctx, std::size_t s, std::size_t, unsigned) noexcept {
    static_cast<std::vector<std::size_t>*>(ctx)->push_back(s);
    return true;
  };
  want.ctx = &out;
  scan_shapes(data, want);
  return out;
}

std::vector<std::size_t> reference_shapes(std::string_view d, std::string_view shape) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  auto fits = [](char c, char cls) {
    switch (cls) {
      case 'A': return c >= 'A' && c <= 'Z';
      case 'a': return c >= 'a' && c <= 'z';
      case '1': return c >= '1' && c <= '9';
      case '+': return c == '+';
      default: return c >= '0' && c <= '9';
    }
  };
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i + shape.size() <= d.size(); ++i) {
    if ((shape[0] == 'A' || shape[0] == 'a') && i > 0 && word(d[i - 1])) continue;
    bool ok = true;
    for (std::size_t j = 0; j < shape.size() && ok; ++j) ok = fits(d[i + j], shape[j]);
    if (ok) out.push_back(i);
  }
  return out;
}

// The definition, read byte by byte: digits joined by at most two of
// " -.()" form a run (but log noise: LogNoiseIsNoRun below).
std::vector<DigitRun> reference_runs(std::string_view d, unsigned k) {
  std::vector<DigitRun> out;
  auto sep = [](char c) { return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'; };
  std::size_t i = 0;
  while (i < d.size()) {
    if (d[i] < '0' || d[i] > '9') {
      ++i;
      continue;
    }
    std::size_t start = i, last = i;
    unsigned digits = 0;
    while (i < d.size()) {
      if (d[i] >= '0' && d[i] <= '9') {
        ++digits;
        last = ++i;
        continue;
      }
      std::size_t j = i;
      while (j < d.size() && sep(d[j])) ++j;
      if (j - i == 0 || j - i > 2 || j == d.size() || d[j] < '0' || d[j] > '9') break;
      i = j;
    }
    if (digits >= k && !log_noise_run(d, start, last)) out.push_back({start, last, digits});
    i = std::max(i, last);
  }
  return out;
}

std::string random_text(std::mt19937& rng, std::string_view alphabet, std::size_t max_len) {
  std::string s(rng() % max_len, ' ');
  for (auto& c : s) c = alphabet[rng() % alphabet.size()];
  return s;
}

TEST(DigitRuns, AgreesWithAByteByByteReadingOnRandomText) {
  std::mt19937 rng(20261125);
  // Digits weighted up so that long runs, and runs across the 64-byte
  // blocks the vector code works in, are common.
  const std::string alphabet = "00112233445566778899 -./()x\n:";
  for (int iter = 0; iter < 4000; ++iter) {
    const std::string s = random_text(rng, alphabet, 400);
    for (unsigned k : {2u, 3u, 9u, 14u, 40u, 64u})
      ASSERT_EQ(runs_of(s, k), reference_runs(s, k)) << "k=" << k << " text='" << s << "'";
  }
}

TEST(DigitRuns, FindsACardAtEveryOffsetAmongDates) {
  const std::string card = "4111 1111 1111 1111";
  for (std::string filler : {"x", "2025-03-14T09:", " ", "12:"}) {
    for (std::size_t off = 0; off < 200; ++off) {
      std::string s;
      while (s.size() < off) s += filler;
      s.resize(off);
      if (off > 0) s.back() = 'x';  // the card's run starts at `off`
      s += card + "x";
      while (s.size() < off + 150) s += filler;
      const auto runs = runs_of(s, 14);
      ASSERT_EQ(runs.size(), 1u) << "offset " << off << " in '" << s << "'";
      EXPECT_EQ(runs[0], (DigitRun{off, off + card.size(), 16})) << "offset " << off;
    }
  }
}

TEST(DigitRuns, SplitsWhereMoreThanTwoSeparatorsMeet) {
  EXPECT_EQ(runs_of("(555) 123-4567", 9), (std::vector<DigitRun>{{1, 14, 10}}));
  EXPECT_EQ(runs_of("12345 - 67890", 5), (std::vector<DigitRun>{{0, 5, 5}, {8, 13, 5}}));
  EXPECT_TRUE(runs_of("2025-03-14T09:26:02.401Z", 9).empty());
}

// A log line's date and hour are no run (every line has one); the same
// digits without the ':' of a time after them are. Nor are IPv4
// addresses, a UUID's digits or seconds with their fraction.
TEST(DigitRuns, LogNoiseIsNoRun) {
  EXPECT_TRUE(runs_of("from 10.244.2.247:34192", 9).empty());
  EXPECT_TRUE(runs_of("ip=255.255.255.255 ", 9).empty());
  EXPECT_EQ(runs_of("tel 030.123.45.67", 9), (std::vector<DigitRun>{{4, 17, 10}}));  // a leading zero: no address
  EXPECT_EQ(runs_of("x 256.244.2.247 ", 9), (std::vector<DigitRun>{{2, 15, 10}}));  // 256: no address
  EXPECT_TRUE(runs_of("\"ac93adca-1a0a-40ed-b86c-285615458758\"", 9).empty());
  EXPECT_EQ(runs_of("order 285615458758", 9), (std::vector<DigitRun>{{6, 18, 12}}));
  EXPECT_TRUE(runs_of("\"ts\":1712686523.5042585,", 9).empty());
  EXPECT_TRUE(runs_of("T18:15:23.504258504Z", 9).empty());
  EXPECT_EQ(runs_of("mobiel 06.12345678", 9), (std::vector<DigitRun>{{7, 18, 10}}));
  EXPECT_TRUE(runs_of("2025-03-14 09:26", 9).empty());
  EXPECT_TRUE(runs_of("at 14/03/2025 09:26:02", 9).empty());
  EXPECT_TRUE(runs_of("2025.03.14 09:26", 9).empty());
  EXPECT_EQ(runs_of("2025-03-14 09 26", 9), (std::vector<DigitRun>{{0, 16, 12}}));
  EXPECT_EQ(runs_of("2025-03-14 09", 9), (std::vector<DigitRun>{{0, 13, 10}}));
  EXPECT_EQ(runs_of("2025-03-14 091:", 9), (std::vector<DigitRun>{{0, 14, 11}}));
}

TEST(DigitRuns, StopsWhenTheSinkSaysSo) {
  int calls = 0;
  ShapeScan want;
  want.min_digits = 9;
  want.on_run = [](void* ctx, std::size_t, std::size_t, unsigned) noexcept {
    ++*static_cast<int*>(ctx);
    return false;
  };
  want.ctx = &calls;
  scan_shapes("123456789 x 123456789 x 123456789", want);
  EXPECT_EQ(calls, 1);
}

TEST(Shapes, AgreeWithAByteByByteReadingOnRandomText) {
  std::mt19937 rng(11);
  const std::string alphabet = "ABZ0918 az_-\n.x++";
  for (int iter = 0; iter < 4000; ++iter) {
    const std::string s = random_text(rng, alphabet, 300);
    for (std::string_view shape : {"AA99", "A", "Aa9", "a9999999", "+1", "+19A", "+"}) {
      ASSERT_EQ(shapes_of(s, shape), reference_shapes(s, shape)) << shape << " in '" << s << "'";
      ASSERT_EQ(shapes_of(s, shape, 9), reference_shapes(s, shape)) << shape << " in '" << s << "'";
    }
  }
}

TEST(Shapes, FindAnIbanStartAtEveryOffset) {
  for (std::size_t off = 0; off < 140; ++off) {
    std::string s = std::string(off, ' ') + "LV74 PARX N4X4 5QQ3 6095 9" + std::string(80, ' ');
    EXPECT_EQ(shapes_of(s, "AA99"), (std::vector<std::size_t>{off})) << "offset " << off;
    if (off > 0) {
      s[off - 1] = 'x';  // glued to a word: not a word start
      EXPECT_TRUE(shapes_of(s, "AA99").empty()) << "offset " << off;
    }
  }
}

TEST(Shapes, OnlyValidShapesAreTaken) {
  EXPECT_TRUE(valid_shape("AA99"));
  EXPECT_TRUE(valid_shape("a"));
  EXPECT_FALSE(valid_shape(""));
  EXPECT_FALSE(valid_shape("9A"));
  EXPECT_TRUE(valid_shape("+1"));
  EXPECT_FALSE(valid_shape("1+"));
  EXPECT_FALSE(valid_shape("A+"));
  EXPECT_FALSE(valid_shape("AAAAAAAAA"));
  EXPECT_FALSE(valid_shape("A-9"));
}

// ------------------------------------------------------------ windows

bool whole_buffer(const std::string& expression, unsigned flags = 0, std::uint32_t width = 20) {
  RuleRuntime rt;
  set_reach(rt, expression, flags, width, false);
  return rt.whole_buffer;
}

TEST(Windows, AnchoredOrUnboundedDotallExpressionsGetTheWholeBuffer) {
  EXPECT_TRUE(whole_buffer("^abc"));
  EXPECT_TRUE(whole_buffer("abc$"));
  EXPECT_TRUE(whole_buffer(R"(\Aabc)"));
  EXPECT_TRUE(whole_buffer(R"(abc\z)"));
  EXPECT_TRUE(whole_buffer("(?:x|^)abc"));
  EXPECT_TRUE(whole_buffer("BEGIN.*?END", HS_FLAG_DOTALL, UINT32_MAX));
  EXPECT_FALSE(whole_buffer("BEGIN.{0,9}END", HS_FLAG_DOTALL, 15));
  EXPECT_FALSE(whole_buffer("[^a]bc"));
  EXPECT_FALSE(whole_buffer("[$^]bc"));
  EXPECT_FALSE(whole_buffer(R"([]^$]x)"));
  EXPECT_FALSE(whole_buffer(R"(a\$b\^)"));
  EXPECT_FALSE(whole_buffer(R"(\bword\b)"));
  // The buffer's start or a delimiter that white space is one of: windows
  // that start after white space will do.
  EXPECT_FALSE(whole_buffer(R"((?:^|[\s"=:])pnr\d{6})"));
  EXPECT_TRUE(whole_buffer(R"((?:^|[",=:])pnr\d{6})"));  // no white space in the class
  EXPECT_TRUE(whole_buffer(R"((?:^|[\s,])pnr$)"));      // and another anchor
}

using W = std::tuple<std::uint64_t, std::uint64_t, std::uint32_t>;

// A set's windows after merge_windows, as (start, end, rule).
std::vector<W> merged(WindowSet& set) {
  std::vector<W> out;
  for (std::size_t i = 0, n = merge_windows(set.windows, set.count); i < n; ++i)
    out.emplace_back(set.windows[i].start, set.windows[i].end, set.windows[i].rule);
  return out;
}

std::vector<W> windows_of(std::string_view data, const std::vector<std::uint64_t>& at, const RuleRuntime& reach,
                          std::uint32_t rule = 0) {
  Scratch::Window buf[16];
  WindowSet set{data, buf, 16};
  for (auto p : at) add_window(set, p, p, rule, reach);
  return merged(set);
}

TEST(Windows, EdgesSitNextToNonWordBytes) {
  RuleRuntime rt;
  set_reach(rt, "b+", 0, 2, false);
  //                        0123456789012345
  const std::string_view d = "aaaa bbbb cccc";
  EXPECT_EQ(windows_of(d, {7}, rt), (std::vector<W>{{5, 9, 0}}));
  EXPECT_EQ(windows_of(d, {6}, rt), (std::vector<W>{{0, 9, 0}}));   // 4 is inside "aaaa": widened to its start
  EXPECT_EQ(windows_of(d, {9}, rt), (std::vector<W>{{5, 14, 0}}));  // 11 is inside "cccc": to its end
  EXPECT_EQ(windows_of(d, {1, 12}, rt), (std::vector<W>{{0, 4, 0}, {10, 14, 0}}));
}

TEST(Windows, DelimitedStartsGetWindowsAfterWhiteSpace) {
  RuleRuntime rt;
  set_reach(rt, R"((?:^|[\s=])id\d{3})", 0, 6, false);
  EXPECT_TRUE(rt.snap_space);
  const std::string d = "a=b,c.d:id123 x=y,z";
  // The trigger at 13 reaches back to 7; no white space before it: the
  // buffer's start. With "k " in front, the byte after that space.
  EXPECT_EQ(windows_of(d, {13}, rt), (std::vector<W>{{0, 19, 0}}));
  const std::string e = "k a=b,c.d:id123 x=y,z";
  EXPECT_EQ(windows_of(e, {15}, rt), (std::vector<W>{{2, 21, 0}}));
}

TEST(Windows, UnboundedRulesGetWholeLines) {
  RuleRuntime rt;
  set_reach(rt, "x+", 0, UINT32_MAX, false);
  std::string d = "first line\n" + std::string(200, 'y') + " x " + std::string(200, 'y') + "\nlast line";
  const std::uint64_t x = d.find(" x ") + 1;
  EXPECT_EQ(windows_of(d, {x}, rt), (std::vector<W>{{11, d.rfind('\n'), 0}}));
}

TEST(Windows, MergeOnlyWithinARule) {
  RuleRuntime rt;
  set_reach(rt, "b+", 0, 2, false);
  const std::string_view d = "aaaa bbbb cccc dddd";
  Scratch::Window buf[8];
  WindowSet set{d, buf, 8};
  add_window(set, 7, 7, 1, rt);
  add_window(set, 7, 7, 0, rt);
  add_window(set, 11, 11, 1, rt);  // [9, 13) widened to [5, 14): joins rule 1's first
  EXPECT_EQ(merged(set), (std::vector<W>{{5, 9, 0}, {5, 14, 1}}));
}

// A digit run opens a window for each rule that counts digits: the runs
// of one line interleave the rules, and each rule's windows still join
// (4 MiB of source code once filled the set, and every rule then scanned
// the whole buffer).
TEST(Windows, InterleavedRulesJoinTheirOwnWindows) {
  RuleRuntime rt;
  set_reach(rt, "b+", 0, 2, false);
  const std::string d = "1 2 3 4 5 6 7 8 9";
  Scratch::Window buf[4];
  WindowSet set{d, buf, 4};
  for (std::uint64_t p = 0; p < d.size(); p += 2)
    for (std::uint32_t rule = 0; rule < 3; ++rule) ASSERT_TRUE(add_window(set, p, p + 1, rule, rt));
  EXPECT_FALSE(set.overflow);
  EXPECT_EQ(merged(set), (std::vector<W>{{0, d.size(), 0}, {0, d.size(), 1}, {0, d.size(), 2}}));
}

// A full set coarsens the current segment's windows, one per rule from
// the first one's start to the last one's end: each old window lies inside
// its rule's new one.
TEST(Windows, TooManyInASegmentAreCoarsenedPerRule) {
  RuleRuntime rt;
  set_reach(rt, "b", 0, 1, false);
  const std::string d = "b    b    b    b    b    b";
  Scratch::Window buf[4];
  WindowSet set{d, buf, 4};
  set.segment_from = 0;
  for (std::uint64_t p = 1; p < d.size(); p += 5)
    for (std::uint32_t rule = 0; rule < 2; ++rule) ASSERT_TRUE(add_window(set, p, p, rule, rt));
  EXPECT_FALSE(set.overflow);
  // Coarsened when the fifth, seventh and ninth windows came: the last
  // trigger's windows are new, the others' are in their rule's first one.
  EXPECT_EQ(merged(set), (std::vector<W>{{0, 17, 0}, {20, 22, 0}, {0, 17, 1}, {20, 22, 1}}));
}

// Windows of earlier segments are not coarsened: when they and one window
// per rule fill more than half the set, it overflows (the caller scans the
// whole buffer), rather than coarsen again at every trigger.
TEST(Windows, TooManyIsAnOverflowNotALoss) {
  RuleRuntime rt;
  set_reach(rt, "b", 0, 1, false);
  const std::string d = "b    b    b    b";
  Scratch::Window buf[2];
  WindowSet set{d, buf, 2};
  ASSERT_TRUE(add_window(set, 1, 1, 0, rt));
  set.segment_from = 1;  // a segment starts: the first window is an earlier one's
  bool all = true;
  for (std::uint64_t p = 6; p < d.size(); p += 5) all = add_window(set, p, p, 1, rt) && all;
  EXPECT_FALSE(all);
  EXPECT_TRUE(set.overflow);
}

TEST(Windows, ASegmentEndsWhereNoRunOrWordContinues) {
  EXPECT_EQ(segment_end("abc\ndef\nghi", 1), 4u);  // after the line end
  EXPECT_EQ(segment_end("abc\ndef", 4), 7u);        // no byte to cut after: the end
  // One line: after a byte no digit run, shape or word continues over.
  EXPECT_EQ(segment_end("12 34-56.78/90(1)+2,x", 0), 20u);
  EXPECT_EQ(segment_end("x", 5), 1u);
}

TEST(Windows, ATriggerScanStartsAfterANonWordByte) {
  EXPECT_EQ(trigger_overlap_start("abc def ghi", 9, 3), 4u);  // 6 is inside "def": back to its start
  EXPECT_EQ(trigger_overlap_start("abc def ghi", 2, 3), 0u);
  EXPECT_EQ(trigger_overlap_start("abc  def ghi", 8, 3), 5u);
}

// A window that ends before where any later trigger's window can start is
// closed: with reach 10 and word snapping, a trigger at or after 40 opens
// no window before 30.
TEST(Windows, ClosedWindowsAreTheOnesNoLaterTriggerReaches) {
  RuleRuntime bounded, lines, anchored;
  set_reach(bounded, "x", 0, 10, false);
  const std::string d(100, ' ');
  EXPECT_EQ(closing_bound(d, 40, bounded), 30u);
  EXPECT_EQ(closing_bound(d, 5, bounded), 0u);
  set_reach(lines, "x+", 0, UINT32_MAX, false);
  const std::string l = std::string(50, 'a') + "\n" + std::string(100, 'b');
  EXPECT_EQ(closing_bound(l, 140, lines), 51u);  // 64 before 140 is on the line that starts there
  set_reach(anchored, "^x", 0, 1, false);
  EXPECT_EQ(closing_bound(d, 90, anchored), 0u);  // whole-buffer windows never close
}

// ------------------------------------------------------------ engine

using Finding = std::tuple<std::uint64_t, std::uint64_t, std::uint32_t, Action>;

// The windowed engine as processes build it, one that reads buffers in
// segments of a few hundred bytes and keeps only 24 windows at a time (so
// every buffer of a few KiB is flushed and coarsened along the way), and
// the reference that runs every rule over the whole buffer.
struct Pair {
  std::unique_ptr<Engine> windowed, segmented, reference;
  std::unique_ptr<Scratch> ws, ss, rs;
  explicit Pair(const Policy& policy = load_default_policy()) {
    windowed = Engine::build(policy);
    EngineOptions seg;
    seg.segment = 300;
    segmented = Engine::build(policy, seg);
    EngineOptions o;
    o.first_pass = false;
    reference = Engine::build(policy, o);
    ws = windowed->make_scratch(1 << 16);
    ss = segmented->make_scratch(1 << 16, 24);
    rs = reference->make_scratch(1 << 16);
  }
  static std::vector<Finding> findings(const ScanResult& r) {
    std::vector<Finding> out;
    for (const auto& m : r.matches) out.emplace_back(m.start, m.end, m.rule, m.action);
    return out;
  }
  // Only what differs, with what is around it: whole lists of a
  // document's findings say little.
  std::string diff(std::string_view text, const char* side, const std::vector<Finding>& x,
                   const std::vector<Finding>& y) const {
    std::string out;
    for (const auto& f : x) {
      if (std::find(y.begin(), y.end(), f) != y.end()) continue;
      const auto [start, end, rule, action] = f;
      const std::uint64_t from = start > 40 ? start - 40 : 0;
      out += std::string(side) + " only: [" + std::to_string(start) + ", " + std::to_string(end) + ") " +
             windowed->policy().rules[rule].id + " in '" + std::string(text.substr(from, end + 20 - from)) + "'\n";
    }
    return out;
  }
  // The three scans, compared; returns the number of findings.
  std::size_t expect_same(std::string_view text, const std::string& what) {
    const Sink sink{};
    auto a = windowed->scan(text, sink, *ws);
    const auto fa = findings(a);
    auto s = segmented->scan(text, sink, *ss);
    const auto fs = findings(s);
    auto b = reference->scan(text, sink, *rs);
    const auto fb = findings(b);
    EXPECT_FALSE(a.incomplete) << what;
    EXPECT_FALSE(s.incomplete) << what;
    EXPECT_FALSE(b.incomplete) << what;
    if (fa != fb) ADD_FAILURE() << what << ":\n" << diff(text, "windowed", fa, fb) << diff(text, "full", fb, fa);
    if (fs != fb)
      ADD_FAILURE() << what << " (in segments):\n" << diff(text, "segmented", fs, fb) << diff(text, "full", fb, fs);
    return fa.size();
  }
};

Pair& engines() {
  static Pair p;
  return p;
}

Pair& gdpr_engines() {
  static Pair p(load_policy_file(PRIVGUARD_SOURCE_DIR "/policies/gdpr.toml"));
  return p;
}

// Large buffers are read in segments only when every trigger's match has
// a bounded width (windows.h): a prefilter with '\s*' or '+' in a shipped
// policy would quietly take that away.
TEST(FirstPass, TheShippedPoliciesTriggersHaveABoundedWidth) {
  EXPECT_LE(EngineAccess::trigger_width(*engines().windowed), 1024u) << "default.toml";
  EXPECT_LE(EngineAccess::trigger_width(*gdpr_engines().windowed), 1024u) << "gdpr.toml";
}

// A rule whose match has no bounded width is read in whole lines around
// each trigger instead of its reach (RuleRuntime::snap_lines): one '\x20*'
// in the phone rule's labels made clean realistic text a third slower.
// These are the shipped rules that are so by design (a value "up to the
// next separator", a PEM block, an AWS session token of any length: a
// bounded repeat of hundreds is too large for start-of-match); any other
// is a mistake.
TEST(FirstPass, OnlyTheseShippedRulesHaveAnUnboundedWidth) {
  auto unbounded = [](const Engine& e) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < e.policy().rules.size(); ++i)
      if (EngineAccess::rule_width(e, i) == UINT32_MAX) out.push_back(e.policy().rules[i].id);
    return out;
  };
  std::vector<std::string> shipped{"email",          "aws-secret-key", "gitlab-token", "slack-token", "slack-webhook",
                                   "stripe-key",     "openai-key",     "jwt",          "url-credentials",
                                   "basic-auth",     "bearer-token",   "password",     "pypi-token",
                                   "vendor-token",   "twilio-key",     "datadog-key",    "azure-storage-key",
                                   "docker-auth",    "generic-secret"};
  EXPECT_EQ(unbounded(*engines().windowed), shipped) << "default.toml";
  for (const char* id : {"date-of-birth", "passport"}) shipped.push_back(id);
  EXPECT_EQ(unbounded(*gdpr_engines().windowed), shipped) << "gdpr.toml";
}

TEST(FirstPass, SameFindingsAsFullScansOnTheCorpus) {
  const auto corpus = privguard::test::load_corpus();
  ASSERT_GT(corpus.size(), 3000u);
  std::size_t found = 0;
  for (const auto& s : corpus) found += engines().expect_same(s.text, "corpus line " + std::to_string(s.line));
  EXPECT_GT(found, 2000u);  // the comparison is not between two empty lists
  const std::string bg = privguard::test::load_background();
  ASSERT_GT(bg.size(), 100000u);
  engines().expect_same(bg, "background.txt");
}

// The development sets' documents (tests/corpus/documents/dev*/), not
// their labels, scripts and notes.
std::vector<std::filesystem::path> dev_documents() {
  namespace fs = std::filesystem;
  std::vector<fs::path> docs;
  for (const auto& set : fs::directory_iterator(PRIVGUARD_SOURCE_DIR "/tests/corpus/documents")) {
    if (!set.is_directory() || set.path().filename().string().rfind("dev", 0) != 0) continue;
    for (const auto& e : fs::recursive_directory_iterator(set.path())) {
      const std::string file = e.path().filename().string();
      if (e.is_regular_file() && e.path().extension() != ".py" && file != "labels.tsv" && file != "stats.json" &&
          file != "NOTES.md")
        docs.push_back(e.path());
    }
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

// The development sets' documents (tests/corpus/documents/dev*), under
// gdpr.toml: real carriers with values where the labelled lines have
// none. A key that no prefilter literal names is found by the full scan
// only (Maven's <sonar.login>, "secret access key:" in prose were).
// Not the held-out set: its content stays unread.
TEST(FirstPass, SameFindingsAsFullScansOnTheDevDocuments) {
  Pair& gdpr = gdpr_engines();
  const auto docs = dev_documents();
  ASSERT_GT(docs.size(), 1000u);
  std::size_t found = 0;
  for (const auto& doc : docs) {
    std::ifstream in(doc, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    found += gdpr.expect_same(text, doc.string());
  }
  EXPECT_GT(found, 10000u);  // the comparison is not between two empty lists
}

TEST(FirstPass, SameFindingsOnMixedBuffers) {
  const auto corpus = privguard::test::load_corpus();
  const std::string bg = privguard::test::load_background();
  std::mt19937_64 rng(42);
  // Joints that change what is around a value: word bytes for \b, digits
  // that lengthen a digit run, separators, line ends, '@' for addresses.
  const std::vector<std::string> joints = {"", " ", "\n", "x", "_", "1", "-", "\t", "=", "@", ". ", "\r\n", "0 "};
  std::size_t found = 0;
  for (int iter = 0; iter < 600; ++iter) {
    std::string buf;
    const std::size_t target = 64 + rng() % (iter % 10 == 0 ? 40000 : 3000);
    while (buf.size() < target) {
      if (rng() % 3 == 0) {
        const std::size_t at = rng() % (bg.size() - 400);
        buf += bg.substr(at, rng() % 400);
      } else {
        buf += corpus[rng() % corpus.size()].text;
      }
      buf += joints[rng() % joints.size()];
    }
    found += engines().expect_same(buf, "mixed buffer " + std::to_string(iter));
    if (HasFailure()) break;
  }
  EXPECT_GT(found, 1000u);
}

// Edges fitted to escape sequences and the binary-content check read
// bytes outside the windows: the whole buffer, so still the same findings.
TEST(FirstPass, SameFindingsAroundEscapesAndBinaryBytes) {
  const auto corpus = privguard::test::load_corpus();
  std::mt19937_64 rng(7);
  const std::vector<std::string> joints = {"\\n",     "\\u0151", "\\u003c", "\\\"", "%3C", "%C5%91",
                                           "\\x91",   "\\\\",  std::string(1, '\0'), "\x01\x02", "\xff",
                                           "\\",      "%",        "\\t"};
  std::size_t found = 0;
  for (int iter = 0; iter < 300; ++iter) {
    std::string buf;
    const std::size_t target = 64 + rng() % 3000;
    while (buf.size() < target) {
      buf += joints[rng() % joints.size()];
      buf += corpus[rng() % corpus.size()].text;
      if (rng() % 4 == 0)
        for (int k = 0; k < 40; ++k) buf += static_cast<char>(rng());
    }
    found += engines().expect_same(buf, "escaped buffer " + std::to_string(iter));
    if (HasFailure()) break;
  }
  EXPECT_GT(found, 500u);
}

TEST(FirstPass, SameFindingsWhenValuesSitInLongTokensAndLines) {
  const auto corpus = privguard::test::load_corpus();
  std::size_t found = 0;
  for (std::size_t i = 0; i < corpus.size(); i += 7) {
    const std::string& t = corpus[i].text;
    const std::string where = "corpus line " + std::to_string(corpus[i].line);
    found += engines().expect_same(std::string(300, 'a') + t + std::string(300, 'b'), where + " in a long word");
    found += engines().expect_same(std::string(3000, ' ') + t + std::string(3000, ' '), where + " in a long line");
    found += engines().expect_same(std::string(20, '7') + "-" + t + "-" + std::string(20, '7'), where + " among digits");
  }
  EXPECT_GT(found, 300u);
}

// Case-insensitive words in a context ("(?i:passwort|kennwort|...)")
// need case-insensitive triggers: "zUpaSswort = X" was found by the full
// scan only (fuzz_scan), its trigger being "[Pp]ass". Every corpus line
// with its letters' case changed.
TEST(FirstPass, SameFindingsWhateverTheLettersCase) {
  const auto corpus = privguard::test::load_corpus();
  std::mt19937_64 rng(11);
  // Every letter in capitals, or a third of them flipped.
  auto recase = [&](std::string t, bool all) {
    for (char& c : t) {
      const auto u = static_cast<unsigned char>(c);
      if (!all && rng() % 3 != 0) continue;
      if (std::islower(u) != 0)
        c = static_cast<char>(std::toupper(u));
      else if (!all && std::isupper(u) != 0)
        c = static_cast<char>(std::tolower(u));
    }
    return t;
  };
  std::size_t found = 0;
  for (const auto& s : corpus) {
    const std::string where = "corpus line " + std::to_string(s.line);
    found += engines().expect_same(recase(s.text, true), where + " in capitals");
    found += engines().expect_same(recase(s.text, false), where + " in random case");
    if (HasFailure()) break;
  }
  EXPECT_GT(found, 1000u);
  // A third of the dev documents (prose in other languages, configuration
  // keys in capitals), a third of their letters flipped.
  std::size_t n = 0;
  found = 0;
  for (const auto& doc : dev_documents()) {
    if (n++ % 3 != 0) continue;
    std::ifstream in(doc, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    found += gdpr_engines().expect_same(recase(text, false), doc.string() + " in random case");
  }
  EXPECT_GT(found, 3000u);
}

// An OTLP attribute's value is up to five lines after its name's "key"
// (generic-secret's context, default.toml): its triggers' windows meet
// whatever blanks, line breaks included, the context allows.
TEST(FirstPass, SameFindingsForOtlpAttributesHoweverSpaced) {
  std::size_t found = 0;
  for (const std::string& gap : {std::string(" "), std::string(32, ' '), std::string(32, '\n'), "\n" + std::string(31, ' '),
                                std::string("\n\t\n\t")})
    for (const bool array : {false, true}) {
      std::string text = "{\"key\": \"http.request.header." + std::string(40, 'x') + "-api-key\"," + gap + "\"value\": {" + gap;
      if (array) text += "\"arrayValue\":        {" + gap + "\"values\":        [" + gap + "{" + gap;
      text += "\"stringValue\":        \"vcPUXcwOsCtLCIMpFJwWXXbzl5Mk6Le1\"}]}}\n";
      found += engines().expect_same(std::string(200, '.') + "\n" + text, "OTLP attribute");
    }
  EXPECT_EQ(found, 10u);
}

// A list of users and passwords or an nginx map keyed by API keys
// (user_lists.h) is read from its opener's
// line on, however far its values are from any trigger, and the plain-code
// search opens the same lists as the trigger pass, at every offset of a
// segment's edge.
TEST(FirstPass, SameFindingsForListsOfUsersAndPasswords) {
  const std::string lists[] = {
      "[admins]\n; hashed on first start\nadmin = -pbkdf2-ee8058d9,a368030d,10\n" + std::string(400, ';') +
          "\nreplicator = n:19-J5pYqAg+n4cx(\n\n[chttpd]\nbind_address = 0.0.0.0\n",
      "## artemis-users.properties\n## user = password (plain) or ENC(<hash>)\norder-service = 7bLJ5J7Alsr\n"
      "invoice-consumer = K_Ok4P8n-3g-ca.L\n",
      "#  <username>: <password>[,<rolename> ...]\nmkowalski: O3q]y-96TLtKEhWmYm*UINn,admin,user\n",
      "map $http_x_api_key $api_client_name {\n    default \"\";\n" + std::string(300, ' ') +
          "\n    \"7B5zIqmRGXmrJTFmKa99vcit\" \"client_one\";\n}\n",
      "# /etc/rsyncd.secrets.bak (chmod 600)\npull:JRTao2ow3kbh0VBALI\n# x..secrets x@.secrets\npush:LOnm!!Lc1NEgO@*{N\n",
      "# identity:key\nkassa-01:VMDDWXqy92Ra2yHcE6aYvFtr7H1KZBD5\n# label   username:password\nkontoret  utskick:NN2V2Q6sMqlHQRze\n",
      // headers of ':'-split columns, the secret's first or last
      "# pwd:user:host\nZq8rT4w!Lm2x:deploy:db1.lan\n",
      "# host user pwd\ndb1.lan deploy Zq8rT4w!Lm2x\n",
  };
  std::size_t found = 0;
  for (const std::string& list : lists)
    for (std::size_t pad : {0, 250, 280, 290, 299, 310})
      found += engines().expect_same(std::string(pad, '.') + "\n" + list, "user list after " + std::to_string(pad));
  EXPECT_EQ(found, 6u * 10);
}

// Maps named for their secrets (secret_maps.h): the trigger pass and the
// plain-code search open the same maps, at a segment's edge, with blanks
// after the bracket, a long type before it, a '\r' at the line's end.
TEST(FirstPass, SameFindingsForMapsNamedForTheirSecrets) {
  const std::string maps[] = {
      "var carrierSecrets = map[string][]byte{\n\t\"postnord\": []byte(\"vOL7ZLbYVNZnmIfHyNVnRlBSTIhdAdu2uHXRPn9u\"),\n}\n",
      "  private val secrets: Map[String, String] = Map(        \r\n    \"tukkuri-abp\" -> "
      "\"8CsQu7AFv53DVj8mtNuodULvSFZo0mDr\"\r\n  )\r\n",
      "    private const PARTNER_KEYS = [\n        'hotellkedjan' => 'MK9CI+3eNbAVTg0Fcu1kvKXv/huqf6M0wgydgtkCjTQ=',\n    ];\n",
      "cache01:6379> HGETALL tenant:apikeys        \r\n1) \"kommun-norr\"\r\n2) \"zh1hkmyCzmlkYGXgogn80maNLfEA658h\"\r\n",
      // (more than 8 blanks after the bracket, or a type longer than the
      // trigger reads: no opener on either side)
      "SECRETS = {" + std::string(9, ' ') + "\n  \"a\": \"8CsQu7AFv53DVj8mtNuodULvSFZo0mDr\"\n}\n",
      "secrets: " + std::string(70, 'x') + " = {\n  \"a\": \"8CsQu7AFv53DVj8mtNuodULvSFZo0mDr\"\n}\n",
  };
  std::size_t found = 0;
  for (std::size_t k = 0; k < std::size(maps); ++k)
    for (std::size_t pad : {0, 250, 280, 290, 299, 310}) {
      const std::size_t n =
          engines().expect_same(std::string(pad, '.') + "\n" + maps[k], "secret map after " + std::to_string(pad));
      if (k < 4) found += n;
    }
  EXPECT_EQ(found, 6u * 4);
}

// A JSON key written with \u escapes (escaped_keys.h): the trigger pass
// and the plain-code search find the same keys, at every offset of a
// segment's edge, with blanks around the ':' and after an escaped quote.
TEST(FirstPass, SameFindingsForEscapedJsonKeys) {
  const std::string records[] = {
      "{\"name\": \"Ashok\", \"\\u0aae\\u0acb\\u0aac\\u0abe\\u0a87\\u0ab2\": \"8567643562\", \"scheme\": \"KALIA\"}\n",
      "{\"L\\u00f6senord\"  :\n  \"Xq7!mPz2wLr9\", \"x\": 1}\n",
      "{\"\\u03a4\\u03b7\\u03bb\\u03ad\\u03c6\\u03c9\\u03bd\\u03bf\": \"+30 21 0123 4567\"}\n",
  };
  std::size_t found = 0;
  for (const std::string& record : records)
    for (std::size_t pad : {0, 250, 280, 290, 299, 310})
      found += engines().expect_same(std::string(pad, '.') + "\n" + record, "escaped key after " + std::to_string(pad));
  EXPECT_EQ(found, 3u * 6);
}

// German and Austrian numbers are written with a slash after the area
// code, and a query string writes spaces as '+': the windowed scan missed
// both (fuzz_scan found "012/916412" and "02+)55 5-0142").
TEST(FirstPass, SameFindingsForPhonesWrittenWithSlashesOrPluses) {
  std::size_t found = 0;
  for (const char* text : {"Tel: 030/12345678 ok", "x 012/916412 y", "Fax 0301/234567\n", "(0 89) 123/4567 89",
                           "Telefon: +49 (0)30/1234567", ")iil.c)012/916412 \x01\x02",
                           "GET /c?phone=0031+6+72+51+16+68 HTTP/1.1", "e=(2E\n02+)55 5-0142 x",
                           "=02(5256 %28( 034\0\0", "q=%28020%29%207946%200397&x", "q=020%2879%29460%20397",
                           "to=%2B44%28%29207946%200397", "\x8b\xd0""005/9164.+04.64.+04.+00",
                           "q=030 +1234567&", "=02(5256(%2B 820\"\"", "q=030(%2B1234567&"})
    found += engines().expect_same(text, text);
  EXPECT_GT(found, 0u);
}

// A "_PW" key with blanks before its '=' (PHP's const LDAP_BIND_PW = '...')
// wakes the password rule in windows as it does in the full scan.
TEST(FirstPass, SameFindingsForAPwKeyWithBlanksBeforeItsMark) {
  EXPECT_EQ(engines().expect_same("<?php\nconst LDAP_BIND_PW = 'jAx1YpZn#gEoNU';\n\nfunction x() {}\n", "php const"), 1u);
  EXPECT_EQ(engines().expect_same("db_pw : Kx9m!Pq2Lw7vZ\n", "yaml"), 1u);
}

}  // namespace

// HexChat's servlist.conf password under its U= R= L= lines and a
// Postmodern connection spec's password: the windows the password rule's
// prefilters open hold them whole.
TEST(FirstPass, SameFindingsForHexChatsServerListAndAPostmodernSpec) {
  const std::string texts[] = {
      "N=Libera.Chat\nI=rasmus_l\nU=rasmusl\nR=Rasmus\nL=6\nP=qF#uX#?Ze9kwp_\nE=UTF-8 (Unicode)\n",
      "(defparameter *db-spec*\n  '(\"booking\" \"booking_app\" \"rgs+Z1jY+s2BkvC\" \"pg-book.lan\" :port 5432))\n",
      "  `(postmodern:with-connection '(\"reports\" \"report_ro\" \"wM5Oi%5M+n5ArrY#jjA\" \"pg-rep.lan\" :pooled-p t)\n",
  };
  std::size_t found = 0;
  for (const std::string& text : texts)
    for (std::size_t pad : {0, 250, 290, 310, 1000})
      found += engines().expect_same(std::string(pad, '.') + "\n" + text, "after " + std::to_string(pad));
  EXPECT_EQ(found, 3u * 5);
}

// Datadog's keys under bare names, named by their YAML parent or their
// object's other key: the place is read in the whole buffer, not the window.
TEST(FirstPass, SameFindingsForDatadogsKeysUnderBareNames) {
  const std::string texts[] = {
      "datadog:\n  site: datadoghq.eu\n  tags:\n    - env:prod\n    - team:ops\n    - region:eu\n"
      "  apiKey: 196c73d1ad232af358e300bfa3a0426c\n",
      "{\n  \"apiKey\": \"8c377fb2965d758de826916466c24d15\",\n  \"files\": [\"e2e/**/*.synthetics.json\"],\n"
      "  \"datadogSite\": \"datadoghq.eu\"\n}\n",
  };
  std::size_t found = 0;
  for (const std::string& text : texts)
    for (std::size_t pad : {0, 250, 290, 310, 1000})
      found += engines().expect_same(std::string(pad, '.') + "\n" + text, "after " + std::to_string(pad));
  EXPECT_EQ(found, 2u * 5);
}

// A session's or a cookie's sealing password (generic-secret's), a Twilio
// auth token in a Markdown table and after the SID's change in an audit
// log, a secret after a Twilio API key's SID: the generic and Twilio
// rules' prefilters open windows that hold them whole.
TEST(FirstPass, SameFindingsForSealingPasswordsAndTwilioTablesAndDiffs) {
  const std::string texts[] = {
      "  runtimeConfig: {\n    sessionPassword: 'Yk3pQ9zR7wL2mX8vB4nT6cF1hJ5gD0sAq',\n",
      "opensearch_security.cookie.password: \"Hq7Lm2Vp9Rt4Wn8Sj3Df6Gy1Bc5Xa0Ze3Kk\"\n",
      "| 18 | Twilio auth token | `5aa92dc50e5e6c5f7a576456d77616fe` |\n",
      "{\"diff\":{\"account_sid\":[null,\"ACb93de4aa3c15e0f2a8b2c1ff2d556138\"],"
      "\"auth_token\":[null,\"b21ea198ae435f442d4ff68cd44d9819\"]}}\n",
      "const c = twilio('SKc5dfde328e5462c0ba3207f4c31cc536', 'VToILobhk0fqnNyboFmdjFaqWgNPbjUM');\n",
  };
  std::size_t found = 0;
  for (const std::string& text : texts)
    for (std::size_t pad : {0, 250, 290, 310, 1000})
      found += engines().expect_same(std::string(pad, '.') + "\n" + text, "after " + std::to_string(pad));
  EXPECT_EQ(found, 6u * 5);
}

// Mailjet's private key, virt-install's root password, a password after
// smbclient's user%, dma's auth.conf under its format, an account's name
// and its password after ':' or '=' in prose: the prefilters and
// the trigger pass open windows that hold them whole.
TEST(FirstPass, SameFindingsForMailjetKeysRootPasswordsAndUserPercent) {
  const std::string texts[] = {
      "MJ_APIKEY_PRIVATE=\"766b7d2d8c2086b4bca47f28846be434\"\n",
      "virt-install --name lab01 --root-password password:19x@4UW-ooeP8K9*7Ou*\n",
      "net ads join -U Administrator%fdQ7U-CCBO4F0\n",
      "# Format: user|my.smarthost.example.com:password\n\nrelay-cron|smtp.gmail.com:Q0Hw517xeRFU-yJ\n"
      "noreply.lager|mail.lagerhuset.se:FXesKUsi.*N5\n",
      "Hi, the login for the contractor: vpn-ext07 / Hq7!mLp2x9Zt\n",
      "<p>Scanner etichette = scanner01 / Pk3#vRt9Lm2q</p>\n",
      "| DB_PASSWORD  | Nebula.Lantern86%                       | constant |\n",
  };
  std::size_t found = 0;
  for (const std::string& text : texts)
    for (std::size_t pad : {0, 250, 290, 310, 1000})
      found += engines().expect_same(std::string(pad, '.') + "\n" + text, "after " + std::to_string(pad));
  EXPECT_EQ(found, 8u * 5);
}

// The same client and daemon syntaxes: the password rule's prefilters
// (HttpAuthenticationFeature., a line's auth = ", parent N, &p=) open
// windows that hold them whole.
TEST(FirstPass, SameFindingsForPasswordsInClientsAndDaemonsOwnSyntax) {
  const std::string texts[] = {
      "    .register(HttpAuthenticationFeature.basic(\"abrechnung-svc\", \"Stugan.Apfel36#\"));\n",
      "[publish.index.repos.internal]\nurl = \"https://pypi.x/legacy/\"\nuser = \"ci-publish\"\nauth = \"RC81XFAje3J5ZfYz0j\"\n",
      "  auth=util.UserPasswordAuth({\"release-team\": \"Hund_GJ2000!5\"}),\n",
      "set tok [http -username noc-bot -password {3.m*3ewI8qNr} -usetls 1]\n",
      "array set snmp {\n    user     noc-v3\n    authpass XydK-iH_OO7NeG9Y\n}\n",
      "rfbport 5900\nviewpasswd Kq3!x9zz\n",
      "parent 1000 http 10.90.0.4 3128 egress TtdgV3!rnUo^#!jW8-\n",
      "NC_DB=pg://pg.lan:5432?u=nocodb&p=s9-i3TZxwldzo&d=nocodb\n",
      "  set password-imap.wp.pl=9lS4Ygg!tVCXb5e-\n",
  };
  std::size_t found = 0;
  for (const std::string& text : texts)
    for (std::size_t pad : {0, 250, 290, 310, 1000})
      found += engines().expect_same(std::string(pad, '.') + "\n" + text, "after " + std::to_string(pad));
  EXPECT_EQ(found, 9u * 5);
}
