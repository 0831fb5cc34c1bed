// The five report formats (src/cli/report_formats) on a few records: each
// parses as what it claims to be, counts and locations hold, and what a
// service wrote (quotes, pipes, escape sequences) cannot break the format.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "privguard/policy.h"
#include "record_fixtures.h"
#include "report_formats.h"
#include "xml_check.h"

namespace privguard::cli {
namespace {

using nlohmann::json;
const std::vector<FindingRecord> kRecords = testing_records::all();

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

TEST(ReportFormats, ParsesFormatNames) {
  EXPECT_EQ(parse_report_format("table"), ReportFormat::Table);
  EXPECT_EQ(parse_report_format("sarif"), ReportFormat::Sarif);
  EXPECT_EQ(parse_report_format("markdown"), ReportFormat::Markdown);
  EXPECT_FALSE(parse_report_format("xml"));
  EXPECT_FALSE(parse_report_format(""));
}

TEST(ReportFormats, JsonIsOneParsableLinePerRecord) {
  auto lines = lines_of(render_json(kRecords));
  ASSERT_EQ(lines.size(), kRecords.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    json j = json::parse(lines[i]);
    EXPECT_EQ(j["rule"], kRecords[i].rule);
    std::string why;
    EXPECT_EQ(parse_finding_line(lines[i], why), kRecords[i]) << why;
  }
  EXPECT_EQ(render_json({}), "");
}

TEST(ReportFormats, SarifIsSarif210) {
  core::Policy policy = core::load_default_policy();
  json doc = json::parse(render_sarif(kRecords, &policy, "/work/src"));
  EXPECT_EQ(doc["version"], "2.1.0");
  ASSERT_EQ(doc["runs"].size(), 1u);
  const json& run = doc["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "privguard");
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/src/");
  const json& rules = run["tool"]["driver"]["rules"];
  // One rule per distinct rule id, in first-seen order.
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0]["id"], "password");
  EXPECT_EQ(rules[2]["id"], "email");
  EXPECT_EQ(rules[2]["shortDescription"]["text"], "E-mail address");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["properties"]["security-severity"], "9.0");
  EXPECT_EQ(rules[2]["defaultConfiguration"]["level"], "warning");

  const json& results = run["results"];
  ASSERT_EQ(results.size(), kRecords.size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i]["ruleId"], kRecords[i].rule);
    EXPECT_EQ(rules[results[i]["ruleIndex"].get<std::size_t>()]["id"], kRecords[i].rule);
    EXPECT_EQ(results[i]["partialFingerprints"]["privguard/v1"], kRecords[i].fingerprint);
    EXPECT_NE(results[i]["message"]["text"].get<std::string>().find("allowlist it"), std::string::npos);
  }
  // A file sink points at its file (percent-encoded) and names the call.
  const json& file_loc = results[0]["locations"][0];
  EXPECT_EQ(file_loc["logicalLocations"][0]["name"], "__fprintf_chk");
  std::string uri = file_loc["physicalLocation"]["artifactLocation"]["uri"];
  EXPECT_EQ(uri.rfind("file:///tmp/logs/app%20%22quoted%22%20l%C3%B6g", 0), 0u) << uri;
  // A socket has no artifact: the call and the peer only.
  EXPECT_FALSE(results[1]["locations"][0].contains("physicalLocation"));
  EXPECT_EQ(results[1]["properties"]["sink"]["peer"], "127.0.0.1:5432");
  // A scanned file: a region, relative to %SRCROOT%.
  const json& region = results[2]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 2);
  EXPECT_EQ(region["startColumn"], 55);
  EXPECT_EQ(region["byteOffset"], 130);
  EXPECT_EQ(region["byteLength"], 26);
  EXPECT_EQ(results[2]["locations"][0]["physicalLocation"]["artifactLocation"],
            json({{"uri", "examples/sample.log"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["description"]["text"],
            "standard input");
}

TEST(ReportFormats, SarifWithoutPolicyOrFindings) {
  std::vector<FindingRecord> records = kRecords;
  records[2].path = "/srv/other/app.log";
  json doc = json::parse(render_sarif(records, nullptr, "/work/src"));
  const json& run = doc["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"][2]["shortDescription"]["text"], "privguard rule email");
  // Outside the base dir: an absolute file:// URI.
  EXPECT_EQ(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"],
            json({{"uri", "file:///srv/other/app.log"}}));
  json empty = json::parse(render_sarif({}, nullptr, "/work"));
  EXPECT_TRUE(empty["runs"][0]["results"].empty());
  EXPECT_TRUE(empty["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST(ReportFormats, JunitIsOneFailedCasePerFindingAndASuitePerRule) {
  std::string xml = render_junit(kRecords);
  auto root = testing_xml::parse(xml);
  EXPECT_EQ(root->name, "testsuites");
  EXPECT_EQ(root->attr("tests"), "4");
  EXPECT_EQ(root->attr("failures"), "4");
  auto suites = root->all("testsuite");
  ASSERT_EQ(suites.size(), 3u);
  EXPECT_EQ(suites[0]->attr("name"), "privguard.password");
  EXPECT_EQ(suites[2]->attr("name"), "privguard.email");
  EXPECT_EQ(suites[2]->attr("tests"), "2");
  std::size_t cases = 0;
  for (const auto* s : suites)
    for (const auto* c : s->all("testcase")) {
      ++cases;
      EXPECT_EQ(c->attr("classname"), s->attr("name"));
      auto failures = c->all("failure");
      ASSERT_EQ(failures.size(), 1u);
      EXPECT_FALSE(failures[0]->attr("message").empty());
      EXPECT_NE(failures[0]->text.find("fingerprint: "), std::string::npos);
    }
  EXPECT_EQ(cases, 4u);
  // What the service wrote comes back as it was, and escape bytes as visible text.
  const auto* file_case = suites[0]->all("testcase")[0];
  EXPECT_NE(file_case->attr("name").find("\"quoted\" l\xc3\xb6g"), std::string::npos);
  EXPECT_NE(file_case->all("failure")[0]->attr("message").find("<&> 'q'"), std::string::npos);
  const auto* socket_failure = suites[1]->all("testcase")[0]->all("failure")[0];
  EXPECT_NE(socket_failure->attr("message").find("\\u001b[31mred"), std::string::npos);
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);

  auto empty = testing_xml::parse(render_junit({}));
  EXPECT_EQ(empty->attr("tests"), "0");
  ASSERT_EQ(empty->all("testsuite").size(), 1u);
  EXPECT_EQ(empty->all("testsuite")[0]->attr("tests"), "0");
}

TEST(ReportFormats, MarkdownTablesKeepTheirColumns) {
  std::string md = render_markdown(kRecords);
  EXPECT_EQ(md.rfind("## privguard: 4 findings\n", 0), 0u);
  EXPECT_NE(md.find("| email | medium | 2 | reported 1, masked 1 |\n"), std::string::npos) << md;
  for (const auto& line : lines_of(md)) {
    if (line.empty() || line[0] != '|') continue;
    std::size_t cells = 0;
    for (std::size_t i = 1; i < line.size(); ++i) cells += line[i] == '|' && line[i - 1] != '\\';
    EXPECT_TRUE(cells == 4 || cells == 5) << line;
    EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
  }
  // Most severe rule first.
  EXPECT_LT(md.find("| credit-card |"), md.find("| password |"));

  std::vector<FindingRecord> many(60, testing_records::scan_relative());
  std::string capped = render_markdown(many);
  EXPECT_NE(capped.find("### First 50 of 60 findings"), std::string::npos);
  EXPECT_EQ(render_markdown({}), "## privguard: no findings\n\nNo personal data or secrets found.\n");
}

TEST(ReportFormats, TableCountsAndColours) {
  std::string plain = render_table(kRecords, false);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(plain.find("4 findings: 1 reported, 2 masked, 1 blocked\n"), std::string::npos) << plain;
  EXPECT_NE(plain.find("send -> socket 127.0.0.1:5432"), std::string::npos);
  EXPECT_NE(plain.find("\\u001b[31mred"), std::string::npos);  // the preview's escape bytes, shown
  std::string coloured = render_table(kRecords, true);
  EXPECT_NE(coloured.find("\x1b[1;31mcritical"), std::string::npos);
  EXPECT_EQ(render_table({}, true), "no findings\n");
}

TEST(ReportFormats, RenderReportDispatches) {
  ReportOptions opt;
  opt.base_dir = "/work/src";
  EXPECT_EQ(render_report(ReportFormat::Json, kRecords, opt), render_json(kRecords));
  EXPECT_EQ(render_report(ReportFormat::Sarif, kRecords, opt), render_sarif(kRecords, nullptr, "/work/src"));
  EXPECT_EQ(render_report(ReportFormat::Junit, kRecords, opt), render_junit(kRecords));
  EXPECT_EQ(render_report(ReportFormat::Markdown, kRecords, opt), render_markdown(kRecords));
  EXPECT_EQ(render_report(ReportFormat::Table, kRecords, opt), render_table(kRecords, false));
}

}  // namespace
}  // namespace privguard::cli
