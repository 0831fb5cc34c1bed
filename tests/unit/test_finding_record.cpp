// The findings reader (src/cli/finding_record): what the shim and `scan
// --format json` write reads back to the same record, and a damaged line is
// refused with a message that says what is wrong.
#include <gtest/gtest.h>

#include <string>

#include "finding_record.h"
#include "record_fixtures.h"

namespace privguard::cli {
namespace {

FindingRecord parse_ok(std::string_view line) {
  std::string why;
  auto r = parse_finding_line(line, why);
  EXPECT_TRUE(r) << why << "\n  line: " << line;
  return r.value_or(FindingRecord{});
}

std::string parse_error(std::string_view line) {
  std::string why;
  auto r = parse_finding_line(line, why);
  EXPECT_FALSE(r) << "accepted: " << line;
  EXPECT_FALSE(why.empty());
  return why;
}

TEST(FindingRecord, EveryRecordRoundTrips) {
  for (const auto& r : testing_records::all()) {
    std::string line = to_json_line(r);
    ASSERT_EQ(line.back(), '\n');
    EXPECT_EQ(parse_ok(line), r) << line;
    // Writing what was read gives the same bytes: `report --format json` is a fixed point.
    EXPECT_EQ(to_json_line(parse_ok(line)), line);
  }
}

TEST(FindingRecord, RuntimeRecordWithEveryField) {
  FindingRecord r = testing_records::runtime_file();
  // The shim's field order; UTF-8 stays as it is, quotes and backslashes are escaped.
  EXPECT_EQ(to_json_line(r),
            R"({"ts":"2026-11-25T02:38:44.131Z","rule":"password","severity":"high","action":"masked",)"
            "\"pid\":4243,\"exe\":\"/srv/app/bin/w\xc3\xb6rker\",\"call\":\"__fprintf_chk\",\"fd\":5,"
            R"("sink":{"kind":"file","path":"/tmp/logs/app \"quoted\" l)"
            "\xc3\xb6g \xe2\x9c\x93 \xf0\x9f\x98\x80"
            R"(.log","peer":"10.0.0.1:9"},"offset":0,"length":10,)"
            R"("preview":"password=********** user=\"svc\" <&> 'q' back\\slash","fingerprint":"2e3f4051"})"
            "\n");
  FindingRecord back = parse_ok(to_json_line(r));
  EXPECT_EQ(back.kind, FindingRecord::Kind::Runtime);
  EXPECT_EQ(back.sink_kind, core::SinkKind::File);
  EXPECT_EQ(back.sink_peer, "10.0.0.1:9");
  EXPECT_EQ(back, r);
}

// The shim's line for a value split across two calls: "split" is kept, in
// the shim's place (after offset), and named where the finding was.
TEST(FindingRecord, SplitValueRoundTrips) {
  FindingRecord r = testing_records::runtime_file();
  r.split = true;
  std::string line = to_json_line(r);
  EXPECT_NE(line.find(R"("offset":0,"split":true,"length":10)"), std::string::npos) << line;
  EXPECT_EQ(parse_ok(line), r);
  EXPECT_NE(where(r).find("(split)"), std::string::npos);
  EXPECT_NE(parse_error(R"({"rule":"x","severity":"low","action":"masked","pid":1,"exe":"e","call":"write","fd":1,)"
                        R"("sink":{"kind":"file"},"offset":0,"split":1,"length":1,"preview":"*","fingerprint":"f"})")
                .find("'split' must be true or false"),
            std::string::npos);
}

// Found by fuzz_findings: a number too large for a double threw an
// exception nobody caught (privguard report died); it is a refused line.
TEST(FindingRecord, NumberOutOfRangeIsARefusedLine) {
  EXPECT_NE(parse_error(R"({"rule":"x","severity":"low","action":"masked","path":"p","line":1,"column":1,)"
                        R"("offset":0,"length":1,"preview":"*","fingerprint":"f","n":1e52818})")
                .find("number overflow"),
            std::string::npos);
}

TEST(FindingRecord, UnicodeEscapesDecodeToUtf8) {
  FindingRecord r = parse_ok(
      R"({"rule":"email","severity":"low","action":"reported","path":"l\u00f6g \u2713 \ud83d\ude00","line":1,)"
      R"("column":1,"offset":0,"length":1,"preview":"a\/b\b\f\n\r\t\u0001\u001b","fingerprint":""})");
  EXPECT_EQ(r.path, "l\xc3\xb6g \xe2\x9c\x93 \xf0\x9f\x98\x80");
  EXPECT_EQ(r.preview, "a/b\b\f\n\r\t\x01\x1b");
  // Control bytes are written back escaped, never raw.
  std::string line = to_json_line(r);
  EXPECT_NE(line.find(R"(\u0001\u001b)"), std::string::npos) << line;
  EXPECT_EQ(line.find('\x1b'), std::string::npos);
}

TEST(FindingRecord, OptionalFieldsMayBeMissing) {
  // No ts; a sink without path or peer.
  FindingRecord r = parse_ok(
      R"({"rule":"email","severity":"medium","action":"blocked","pid":1,"exe":"","call":"write","fd":-1,)"
      R"("sink":{"kind":"pipe"},"offset":3,"length":4,"preview":"","fingerprint":"ab"})");
  EXPECT_TRUE(r.ts.empty());
  EXPECT_EQ(r.sink_kind, core::SinkKind::Pipe);
  EXPECT_TRUE(r.sink_path.empty());
  EXPECT_TRUE(r.sink_peer.empty());
  EXPECT_EQ(r.fd, -1);
  EXPECT_EQ(to_json_line(r).find("\"ts\""), std::string::npos);
  EXPECT_EQ(parse_ok(to_json_line(r)), r);
}

TEST(FindingRecord, UnknownFieldsAreIgnored) {
  FindingRecord r = parse_ok(
      R"({"rule":"email","severity":"low","action":"masked","path":"a","line":2,"column":3,"offset":0,)"
      R"("length":1,"preview":"","fingerprint":"","extra":[1,2.5,{"x":null}],"flag":true})");
  EXPECT_EQ(r.kind, FindingRecord::Kind::Scan);
  EXPECT_EQ(r.line, 2);
  EXPECT_EQ(r.column, 3);
}

TEST(FindingRecord, DamagedLinesSayWhatIsWrong) {
  const std::string good = to_json_line(testing_records::runtime_socket());
  auto with = [&](std::string_view from, std::string_view to) {
    std::string s = good;
    auto at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? s : s.replace(at, from.size(), to);
  };
  struct Case {
    std::string line;
    std::string expected;
  };
  const Case cases[] = {
      {"not json at all", "not a JSON object"},
      {R"(["an", "array"])", "not a JSON object"},
      {good.substr(0, good.size() - 2), ""},
      {with("}\n", "} trailing"), ""},
      {with(R"("rule":"credit-card",)", ""), "missing field 'rule'"},
      {with(R"("critical")", R"("severe")"), "unknown severity 'severe'"},
      {with(R"("blocked")", R"("allowed")"), "unknown action 'allowed'"},
      {with(R"("fd":7)", R"("fd":7.5)"), "field 'fd' must be an integer, not a non-integer number"},
      {with(R"("offset":40)", R"("offset":-40)"), "field 'offset' must be at least 0, not -40"},
      {with(R"("offset":40)", R"("offset":99999999999999999999)"),
       "field 'offset' must be an integer, not an integer out of range"},
      {with(R"("pid":4242)", R"("pid":"4242")"), "field 'pid' must be an integer, not a string"},
      {with(R"("kind":"socket")", R"("kind":"disk")"), "unknown sink kind 'disk'"},
      {with(R"("kind":"socket",)", ""), "missing field 'sink.kind'"},
      {with(R"("ts")", R"("rule":"x","ts")"), "duplicate field 'rule'"},
      {with("INSERT", "IN\\xSERT"), ""},
      {with("INSERT", "IN\\ud800SERT"), ""},
      {with("INSERT", "IN\x01SERT"), ""},
      {with("INSERT", "IN\xffSERT"), "invalid UTF-8"},
      {R"({"ts":"x","rule":"email","severity":"low","action":"masked","offset":0,"length":1,"preview":"","fingerprint":""})",
       "neither a runtime finding"},
      {"{\"deep\":" + std::string(5000, '['), "nesting too deep"},
  };
  for (const auto& c : cases) {
    std::string why = parse_error(c.line);
    EXPECT_NE(why.find(c.expected), std::string::npos) << "line: " << c.line << "\n  error: " << why;
  }
}

TEST(FindingRecord, WhereNamesCallAndSinkOrFileLineColumn) {
  EXPECT_EQ(where(testing_records::runtime_socket()), "send -> socket 127.0.0.1:5432");
  EXPECT_EQ(where(testing_records::scan_relative()), "examples/sample.log:2:55");
  FindingRecord r = testing_records::runtime_socket();
  r.sink_peer.clear();
  EXPECT_EQ(where(r), "send -> socket");
}

}  // namespace
}  // namespace privguard::cli
