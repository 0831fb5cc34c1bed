// Findings as JSON lines: format_finding for both origins, the preview
// (masked, windowed, escaped), json_escape, format_rfc3339 and fingerprints.
// The one property that matters most: the raw value never reaches the line.
#include "privguard/finding.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"

namespace pg = privguard::core;
using namespace std::string_literals;

namespace {

constexpr std::string_view kPolicy = R"(
[[rules]]
id = "secret-code"
pattern = '\bSC-[0-9A-F]{12}\b'
severity = "high"
action = "mask"

[[rules]]
id = "blob"
pattern = '\bBLOB:[a-z]{70,200}'
severity = "critical"
action = "block"

[[rules]]
id = "note"
pattern = '\bNOTE-[0-9]{4}\b'
severity = "low"
action = "report"
)";

constexpr std::int64_t kTs = 1709634151123000000;  // 2024-03-05T10:22:31.123Z
constexpr std::string_view kTsText = "2024-03-05T10:22:31.123Z";
constexpr std::string_view kV1 = "SC-0123456789AB";
constexpr std::string_view kV2 = "SC-FEDCBA987654";

pg::Key key_of(unsigned char fill) {
  pg::Key k{};
  for (std::size_t i = 0; i < k.size(); ++i) k[i] = static_cast<unsigned char>(fill ^ (i * 13));
  return k;
}

std::unique_ptr<pg::Engine> build(std::string_view toml, pg::Key key = key_of(1)) {
  pg::EngineOptions o;
  o.key = key;
  o.use_cache = false;
  return pg::Engine::build(pg::load_policy_text(toml, "inline.toml"), o);
}

struct Scanned {
  std::vector<pg::Match> matches;
};

Scanned scan(const pg::Engine& e, std::string_view data) {
  auto s = e.make_scratch();
  auto r = e.scan(data, {}, *s);
  return {std::vector<pg::Match>(r.matches.begin(), r.matches.end())};
}

std::string fp_of(const pg::Engine& e, std::string_view value) {
  char hex[33];
  e.fingerprint(value, hex);
  return std::string(hex);
}

std::string runtime_line(const pg::Engine& e, const pg::RuntimeOrigin& o, std::string_view data,
                         const std::vector<pg::Match>& all, std::size_t index, std::int64_t ts = kTs) {
  std::string buf(pg::kFindingLineMax, '\0');
  std::size_t n = pg::format_finding(e, ts, o, data, all, index, buf.data(), buf.size());
  buf.resize(n);
  return buf;
}

std::string file_line(const pg::Engine& e, const pg::FileOrigin& o, std::string_view data,
                      const std::vector<pg::Match>& all, std::size_t index, std::int64_t ts = kTs) {
  std::string buf(pg::kFindingLineMax, '\0');
  std::size_t n = pg::format_finding(e, ts, o, data, all, index, buf.data(), buf.size());
  buf.resize(n);
  return buf;
}

std::string escape(std::string_view s) {
  std::string out(s.size() * 6 + 1, '\0');
  out.resize(pg::json_escape(s, out.data(), out.size()));
  return out;
}

std::string rfc3339(std::int64_t ns) {
  char buf[64];
  return std::string(buf, pg::format_rfc3339(ns, buf, sizeof buf));
}

std::size_t count(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// A strict UTF-8 check (RFC 3629): no overlongs, surrogates or > U+10FFFF.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n;
    std::uint32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      n = 2, cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      n = 3, cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 4, cp = b & 0x07u;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n;
  }
  return true;
}

class FindingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { engine_ = build(kPolicy).release(); }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static const pg::Engine& engine() { return *engine_; }
  static pg::Engine* engine_;
};
pg::Engine* FindingTest::engine_ = nullptr;

// Every line: one line, ending in '\n', and not one raw value in it.
void expect_safe_line(std::string_view line, std::string_view data, const std::vector<pg::Match>& all) {
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(count(line, "\n"), 1u) << line;
  EXPECT_EQ(line.front(), '{');
  EXPECT_EQ(line.substr(line.size() - 2), "}\n");
  const auto p = line.find("\"preview\":\"");
  const auto q = line.find("\",\"fingerprint\":\"");
  ASSERT_NE(p, std::string_view::npos) << line;
  ASSERT_NE(q, std::string_view::npos) << line;
  const std::string_view preview = line.substr(p + 11, q - p - 11);
  for (const auto& m : all) {
    std::string_view value = data.substr(m.start, m.end - m.start);
    EXPECT_EQ(line.find(value), std::string_view::npos) << "value '" << value << "' leaked into " << line;
    // Nor a recognisable part of it (the value minus its literal prefix) in the preview.
    std::string_view tail = value.substr(value.find_first_of("-:") + 1);
    std::string_view head = tail.substr(0, 8), end = tail.substr(tail.size() > 8 ? tail.size() - 8 : 0);
    EXPECT_EQ(preview.find(head), std::string_view::npos) << "part of '" << value << "' in " << preview;
    EXPECT_EQ(preview.find(end), std::string_view::npos) << "part of '" << value << "' in " << preview;
  }
}

}  // namespace

// --------------------------------------------------------- runtime origin

TEST_F(FindingTest, RuntimeLineExact) {
  const std::string data = "abc "s + std::string(kV1) + " def";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  pg::RuntimeOrigin o{4242, "/usr/bin/svc", "write", 7, {pg::SinkKind::Socket, "", "127.0.0.1:5432"}};
  const std::string line = runtime_line(engine(), o, data, s.matches, 0);
  const std::string expected = R"({"ts":"2024-03-05T10:22:31.123Z","rule":"secret-code","severity":"high",)"
                               R"("action":"masked","pid":4242,"exe":"/usr/bin/svc","call":"write","fd":7,)"
                               R"("sink":{"kind":"socket","peer":"127.0.0.1:5432"},"offset":4,"length":15,)"
                               R"("preview":"abc *************** def","fingerprint":")" +
                               fp_of(engine(), kV1) + "\"}\n";
  EXPECT_EQ(line, expected);
  expect_safe_line(line, data, s.matches);
}

TEST_F(FindingTest, RuntimeSinkVariants) {
  const std::string data = std::string(kV1);
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  auto sink_of = [&](pg::Sink sink) {
    pg::RuntimeOrigin o{1, "/bin/x", "send", 3, sink};
    std::string line = runtime_line(engine(), o, data, s.matches, 0);
    auto at = line.find("\"sink\":");
    EXPECT_NE(at, std::string::npos) << line;
    auto end = line.find('}', at);
    return line.substr(at, end - at + 1);
  };
  EXPECT_EQ(sink_of({pg::SinkKind::File, "/var/log/app.log", ""}), R"("sink":{"kind":"file","path":"/var/log/app.log"})");
  EXPECT_EQ(sink_of({pg::SinkKind::Socket, "", "[::1]:443"}), R"("sink":{"kind":"socket","peer":"[::1]:443"})");
  EXPECT_EQ(sink_of({pg::SinkKind::Socket, "/run/db.sock", "/run/db.sock"}),
            R"("sink":{"kind":"socket","path":"/run/db.sock","peer":"/run/db.sock"})");
  EXPECT_EQ(sink_of({pg::SinkKind::Other, "", ""}), R"("sink":{"kind":"other"})");
  EXPECT_EQ(sink_of({pg::SinkKind::Tty, "/dev/pts/3", ""}), R"("sink":{"kind":"tty","path":"/dev/pts/3"})");
  EXPECT_EQ(sink_of({pg::SinkKind::Pipe, "/tmp/a\"b", ""}), R"("sink":{"kind":"pipe","path":"/tmp/a\"b"})");
}

TEST_F(FindingTest, RuntimeContainsEveryContractFieldOnce) {
  const std::string data = "x NOTE-1234 y";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  pg::RuntimeOrigin o{-1, "/opt/a b/c", "fprintf", 2, {pg::SinkKind::Tty, "/dev/tty1", ""}};
  const std::string line = runtime_line(engine(), o, data, s.matches, 0);
  for (std::string_view field : {R"("ts":")", R"("pid":-1,)", R"("exe":"/opt/a b/c",)", R"("rule":"note",)",
                                 R"("severity":"low",)", R"("action":"reported",)", R"("call":"fprintf",)",
                                 R"("fd":2,)", R"("sink":{"kind":"tty","path":"/dev/tty1"})", R"("offset":2,)",
                                 R"("length":9,)", R"("preview":"x ********* y",)", R"("fingerprint":")"})
    EXPECT_EQ(count(line, field), 1u) << field << " in " << line;
  expect_safe_line(line, data, s.matches);
}

// ------------------------------------------------------------ file origin

TEST_F(FindingTest, FileLineExact) {
  const std::string data = "abc "s + std::string(kV1) + " def";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  pg::FileOrigin o{"/srv/app.log", 1000, 3, 5};
  const std::string line = file_line(engine(), o, data, s.matches, 0);
  const std::string expected = R"({"ts":"2024-03-05T10:22:31.123Z","rule":"secret-code","severity":"high",)"
                               R"("action":"masked","path":"/srv/app.log","line":3,"column":5,"offset":1004,)"
                               R"("length":15,"preview":"abc *************** def","fingerprint":")" +
                               fp_of(engine(), kV1) + "\"}\n";
  EXPECT_EQ(line, expected);
  expect_safe_line(line, data, s.matches);
  // Runtime-only fields are absent.
  for (std::string_view k : {"\"pid\"", "\"exe\"", "\"call\"", "\"fd\"", "\"sink\""})
    EXPECT_EQ(line.find(k), std::string::npos) << k;
}

TEST_F(FindingTest, FileStdinAndBlockedLongValue) {
  std::string blob = "BLOB:";
  for (int i = 0; i < 95; ++i) blob += static_cast<char>('a' + (i * 7) % 26);
  ASSERT_EQ(blob.size(), 100u);
  const std::string data = "x " + blob + " y";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  pg::FileOrigin o{"-", 0, 1, 3};
  const std::string line = file_line(engine(), o, data, s.matches, 0, 0);
  const std::string expected = R"({"ts":"1970-01-01T00:00:00.000Z","rule":"blob","severity":"critical",)"
                               R"("action":"blocked","path":"-","line":1,"column":3,"offset":2,"length":100,)"
                               R"("preview":"x ********...(100 bytes) y","fingerprint":")" +
                               fp_of(engine(), blob) + "\"}\n";
  EXPECT_EQ(line, expected);
  expect_safe_line(line, data, s.matches);
}

// ----------------------------------------------------------------- preview

TEST_F(FindingTest, NeighbouringValueInPreviewIsMasked) {
  const std::string data = "k="s + std::string(kV1) + ",v=" + std::string(kV2) + "!";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    pg::FileOrigin o{"/srv/app.log", 0, 1, 1};
    const std::string line = file_line(engine(), o, data, s.matches, i);
    EXPECT_NE(line.find(R"("preview":"k=***************,v=***************!")"), std::string::npos) << line;
    expect_safe_line(line, data, s.matches);
    pg::RuntimeOrigin r{9, "/bin/app", "write", 1, {pg::SinkKind::Pipe, "", ""}};
    const std::string rline = runtime_line(engine(), r, data, s.matches, i);
    EXPECT_NE(rline.find(R"("preview":"k=***************,v=***************!")"), std::string::npos) << rline;
    expect_safe_line(rline, data, s.matches);
  }
  // The fingerprints are of each finding's own value.
  pg::FileOrigin o{"/srv/app.log", 0, 1, 1};
  EXPECT_NE(file_line(engine(), o, data, s.matches, 0).find(fp_of(engine(), kV1)), std::string::npos);
  EXPECT_NE(file_line(engine(), o, data, s.matches, 1).find(fp_of(engine(), kV2)), std::string::npos);
}

TEST_F(FindingTest, NeighbourPartlyInWindowIsMaskedToo) {
  // Value 1 at [0,15), 20 dots, value 2 at [35,50): value 2's window starts at 11.
  const std::string data = std::string(kV1) + std::string(20, '.') + std::string(kV2);
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 2u);
  pg::FileOrigin o{"f", 0, 1, 36};
  const std::string line = file_line(engine(), o, data, s.matches, 1);
  EXPECT_NE(line.find("\"preview\":\"****" + std::string(20, '.') + std::string(15, '*') + "\""), std::string::npos)
      << line;
  EXPECT_EQ(line.find("89AB"), std::string::npos) << line;
  expect_safe_line(line, data, s.matches);
}

TEST_F(FindingTest, PreviewWindowIs24BytesEitherSide) {
  const std::string data = std::string(39, 'x') + " " + std::string(kV1) + " " + std::string(39, 'y');
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  char out[256];
  std::size_t n = pg::format_preview(engine(), data, s.matches, 0, out, sizeof out);
  EXPECT_EQ(std::string(out, n), std::string(23, 'x') + " " + std::string(15, '*') + " " + std::string(23, 'y'));
  // Too small a buffer.
  EXPECT_EQ(pg::format_preview(engine(), data, s.matches, 0, out, n - 1), 0u);
  EXPECT_EQ(pg::format_preview(engine(), data, s.matches, 0, out, n), n);
}

TEST_F(FindingTest, PreviewEscapesControlBytesAndStaysOneLine) {
  const std::string data = "a\tb\x01\"q\"\\ "s + std::string(kV1) + "\r\nz";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  pg::FileOrigin o{"/srv/log", 0, 1, 1};
  const std::string line = file_line(engine(), o, data, s.matches, 0);
  // The preview ends at the line end: "\nz" belongs to the next line.
  EXPECT_NE(line.find(R"("preview":"a\tb\u0001\"q\"\\ ***************\r")"), std::string::npos) << line;
  expect_safe_line(line, data, s.matches);
}

TEST_F(FindingTest, PreviewDoesNotCutUtf8Sequences) {
  std::string e13;
  for (int i = 0; i < 13; ++i) e13 += "\xc3\xa9";  // é
  const std::string data = e13 + " " + std::string(kV1) + " " + e13;
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  char out[256];
  std::size_t n = pg::format_preview(engine(), data, s.matches, 0, out, sizeof out);
  const std::string e11 = e13.substr(4);
  EXPECT_EQ(std::string(out, n), e11 + " " + std::string(15, '*') + " " + e13.substr(0, 22));
  EXPECT_TRUE(valid_utf8({out, n}));
  EXPECT_EQ(std::string_view(out, n).find("\\ufffd"), std::string_view::npos);
}

TEST_F(FindingTest, PreviewUsesPolicyMaskChar) {
  auto e = build("[settings]\nmask_char = \"#\"\n"s + std::string(kPolicy));
  const std::string data = "abc "s + std::string(kV1) + " def";
  auto s = scan(*e, data);
  ASSERT_EQ(s.matches.size(), 1u);
  char out[128];
  std::size_t n = pg::format_preview(*e, data, s.matches, 0, out, sizeof out);
  EXPECT_EQ(std::string(out, n), "abc ############### def");
}

TEST_F(FindingTest, NoRawValueAnywhereInABusyBuffer) {
  std::string blob = "BLOB:";
  for (int i = 0; i < 120; ++i) blob += static_cast<char>('a' + (i * 11) % 26);
  const std::string data = "user=alice " + std::string(kV1) + " NOTE-4711\n" + std::string(kV2) + "\t" + blob +
                           " SC-00000000000A; NOTE-0815 SC-ABCDEF012345\n";
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 7u);
  for (std::size_t i = 0; i < s.matches.size(); ++i) {
    pg::RuntimeOrigin r{77, "/usr/bin/busy", "writev", 4, {pg::SinkKind::File, "/var/log/busy.log", ""}};
    expect_safe_line(runtime_line(engine(), r, data, s.matches, i), data, s.matches);
    pg::FileOrigin f{"/var/log/busy.log", 4096, 1, 1};
    expect_safe_line(file_line(engine(), f, data, s.matches, i), data, s.matches);
  }
}

// ---------------------------------------------------------- buffer limits

TEST_F(FindingTest, TooSmallBufferReturnsZeroAndStaysInBounds) {
  const std::string data = "a \"q\" "s + std::string(kV1) + " \x01 " + std::string(kV2);
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 2u);
  pg::RuntimeOrigin r{4242, "/usr/bin/svc", "write", 7, {pg::SinkKind::File, "/var/log/x", ""}};
  pg::FileOrigin f{"/srv/app.log", 10, 2, 3};
  for (int which = 0; which < 2; ++which) {
    std::vector<char> buf(pg::kFindingLineMax);
    std::size_t need = which == 0 ? pg::format_finding(engine(), kTs, r, data, s.matches, 0, buf.data(), buf.size())
                                  : pg::format_finding(engine(), kTs, f, data, s.matches, 0, buf.data(), buf.size());
    ASSERT_GT(need, 100u);
    const std::string full(buf.data(), need);
    for (std::size_t cap = 0; cap < need; ++cap) {
      std::fill(buf.begin(), buf.end(), '\x7f');
      std::size_t n = which == 0 ? pg::format_finding(engine(), kTs, r, data, s.matches, 0, buf.data(), cap)
                                 : pg::format_finding(engine(), kTs, f, data, s.matches, 0, buf.data(), cap);
      EXPECT_EQ(n, 0u) << "cap " << cap;
      for (std::size_t i = cap; i < buf.size(); ++i) ASSERT_EQ(buf[i], '\x7f') << "cap " << cap << " wrote at " << i;
    }
    std::size_t n = which == 0 ? pg::format_finding(engine(), kTs, r, data, s.matches, 0, buf.data(), need)
                               : pg::format_finding(engine(), kTs, f, data, s.matches, 0, buf.data(), need);
    EXPECT_EQ(n, need);
    EXPECT_EQ(std::string(buf.data(), n), full);
  }
}

TEST_F(FindingTest, MaxLineSufficesForLongExeAndPath) {
  const std::string ctl(24, '\x01');  // every context byte escapes to six
  const std::string data = ctl + std::string(kV1) + ctl;
  auto s = scan(engine(), data);
  ASSERT_EQ(s.matches.size(), 1u);
  // Built in place: GCC 12 warns (-Wrestrict, a false positive) on "/" + std::string(n, c).
  std::string exe(511, 'e'), path(511, 'p');
  exe[0] = path[0] = '/';
  pg::RuntimeOrigin r{2147483647, exe, "sendmsg", 1023, {pg::SinkKind::File, path, ""}};
  char buf[pg::kFindingLineMax];
  std::size_t n = pg::format_finding(engine(), kTs, r, data, s.matches, 0, buf, sizeof buf);
  ASSERT_GT(n, 0u);
  expect_safe_line({buf, n}, data, s.matches);
  pg::FileOrigin f{path, 1ull << 40, 1ull << 32, 1ull << 20};
  n = pg::format_finding(engine(), kTs, f, data, s.matches, 0, buf, sizeof buf);
  ASSERT_GT(n, 0u);
  EXPECT_NE(std::string_view(buf, n).find("\"offset\":1099511627800,"), std::string_view::npos);
  expect_safe_line({buf, n}, data, s.matches);
}

// ------------------------------------------------------------ fingerprint

TEST_F(FindingTest, FingerprintDeterministicPerKey) {
  auto same_key = build(kPolicy, key_of(1));
  auto other_key = build(kPolicy, key_of(2));
  const std::string a = fp_of(engine(), kV1);
  ASSERT_EQ(a.size(), 32u);
  for (char c : a) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << a;
  EXPECT_EQ(a, fp_of(engine(), kV1));
  EXPECT_EQ(a, fp_of(*same_key, kV1));
  EXPECT_NE(a, fp_of(*other_key, kV1));
  EXPECT_NE(a, fp_of(engine(), kV2));
  EXPECT_NE(fp_of(engine(), ""), fp_of(engine(), " "));
  // The finding's fingerprint depends on the value only, not where it is.
  const std::string d1 = "x "s + std::string(kV1);
  const std::string d2 = std::string(kV1) + " at another place";
  auto s1 = scan(engine(), d1);
  auto s2 = scan(engine(), d2);
  ASSERT_EQ(s1.matches.size(), 1u);
  ASSERT_EQ(s2.matches.size(), 1u);
  pg::FileOrigin o{"/f", 0, 1, 1};
  const std::string want = "\"fingerprint\":\"" + a + "\"}\n";
  EXPECT_NE(file_line(engine(), o, d1, s1.matches, 0).find(want), std::string::npos);
  EXPECT_NE(file_line(engine(), o, d2, s2.matches, 0).find(want), std::string::npos);
  EXPECT_EQ(file_line(*other_key, o, d1, s1.matches, 0).find(want), std::string::npos);
}

// ------------------------------------------------------------- json_escape

TEST(FindingJsonEscape, QuotesBackslashAndControlBytes) {
  EXPECT_EQ(escape("plain text 123"), "plain text 123");
  EXPECT_EQ(escape(R"(a"b\c)"), R"(a\"b\\c)");
  EXPECT_EQ(escape("\n\r\t"), R"(\n\r\t)");
  EXPECT_EQ(escape("\x01\x1f\x7f"), R"(\u0001\u001f\u007f)");
  EXPECT_EQ(escape("\x08\x0c\x1b"), R"(\u0008\u000c\u001b)");
  EXPECT_EQ(escape("a\0b"s), R"(a\u0000b)");
  EXPECT_EQ(escape(""), "");
}

TEST(FindingJsonEscape, KeepsValidMultiByteUtf8) {
  const std::string s = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xe4\xb8\xad";  // é € 😀 中
  EXPECT_EQ(escape(s), s);
}

TEST(FindingJsonEscape, ReplacesInvalidUtf8) {
  EXPECT_EQ(escape("\xff"), R"(\ufffd)");
  EXPECT_EQ(escape("a\x80z"), R"(a\ufffdz)");
  EXPECT_EQ(escape("a\xc3(z"), R"(a\ufffd(z)");  // lead byte without continuation
  EXPECT_EQ(escape("\xfe\xf8"), R"(\ufffd\ufffd)");
  // A sequence cut off at the end of the input.
  const std::string cut = escape("x\xe2\x82");
  EXPECT_EQ(cut.substr(0, 7), R"(x\ufffd)");
  for (char c : cut) EXPECT_LT(static_cast<unsigned char>(c), 0x80u) << cut;
  // Valid sequences around invalid bytes survive.
  EXPECT_EQ(escape("\xc3\xa9\xff\xc3\xa9"), "\xc3\xa9\\ufffd\xc3\xa9");
}

TEST(FindingJsonEscape, OutputIsStrictUtf8ForOverlongsAndSurrogates) {
  for (std::string_view bad : {"\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                               "\xf5\x80\x80\x80"}) {
    std::string out = escape(bad);
    EXPECT_TRUE(valid_utf8(out)) << "input bytes: " << ::testing::PrintToString(std::string(bad));
    EXPECT_NE(out.find("\\ufffd"), std::string::npos);
  }
}

TEST(FindingJsonEscape, TooSmallBufferReturnsZero) {
  const std::string_view s = "ab\"\x01\xc3\xa9\xff";
  const std::string full = escape(s);
  ASSERT_EQ(full, "ab\\\"\\u0001\xc3\xa9\\ufffd");
  std::vector<char> buf(full.size() + 4);
  for (std::size_t cap = 0; cap < full.size(); ++cap) {
    std::fill(buf.begin(), buf.end(), '\x7f');
    EXPECT_EQ(pg::json_escape(s, buf.data(), cap), 0u) << "cap " << cap;
    for (std::size_t i = cap; i < buf.size(); ++i) ASSERT_EQ(buf[i], '\x7f') << "cap " << cap;
  }
  EXPECT_EQ(pg::json_escape(s, buf.data(), full.size()), full.size());
  EXPECT_EQ(std::string(buf.data(), full.size()), full);
}

// ------------------------------------------------------------------ rfc3339

TEST(FindingRfc3339, KnownInstants) {
  EXPECT_EQ(rfc3339(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(rfc3339(kTs), kTsText);
  EXPECT_EQ(rfc3339(1709634151123999999), "2024-03-05T10:22:31.123Z");  // truncated, not rounded
  EXPECT_EQ(rfc3339(1709164800000000000), "2024-02-29T00:00:00.000Z");  // leap day
  EXPECT_EQ(rfc3339(1709251199999000000), "2024-02-29T23:59:59.999Z");
  EXPECT_EQ(rfc3339(1709251200000000000), "2024-03-01T00:00:00.000Z");
  EXPECT_EQ(rfc3339(951825600000000000), "2000-02-29T12:00:00.000Z");   // divisible by 400: leap
  EXPECT_EQ(rfc3339(4107542399999000000), "2100-02-28T23:59:59.999Z");  // divisible by 100: not leap
  EXPECT_EQ(rfc3339(4107542400000000000), "2100-03-01T00:00:00.000Z");
  EXPECT_EQ(rfc3339(1704067199999999999), "2023-12-31T23:59:59.999Z");
  EXPECT_EQ(rfc3339(1704067200000000000), "2024-01-01T00:00:00.000Z");
}

TEST(FindingRfc3339, TooSmallBufferReturnsZero) {
  char buf[32];
  EXPECT_EQ(pg::format_rfc3339(kTs, buf, 23), 0u);
  EXPECT_EQ(pg::format_rfc3339(kTs, buf, 0), 0u);
  EXPECT_EQ(pg::format_rfc3339(kTs, buf, 24), 24u);
  EXPECT_EQ(std::string_view(buf, 24), kTsText);
}

TEST(FindingRfc3339, BeforeTheEpoch) {
  EXPECT_EQ(rfc3339(-1000000000), "1969-12-31T23:59:59.000Z");
  EXPECT_EQ(rfc3339(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(rfc3339(-86400000000000), "1969-12-31T00:00:00.000Z");
}
