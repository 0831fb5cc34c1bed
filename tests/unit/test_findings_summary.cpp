// Reading a whole findings file (src/cli/findings_file) and summarising it
// (rule_summary, run_summary): unreadable lines come back with their line
// numbers in the file, and `privguard run`'s summary counts per rule.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "findings_file.h"
#include "record_fixtures.h"
#include "rule_summary.h"
#include "run_summary.h"

namespace privguard::cli {
namespace {

TEST(FindingsFile, ReadsEveryLineAndSkipsBlankOnes) {
  std::string text;
  for (const auto& r : testing_records::all()) text += to_json_line(r) + "\n \t\r\n";
  Findings f = parse_findings(text, 1, 1);
  EXPECT_TRUE(f.unreadable.empty());
  EXPECT_EQ(f.records, testing_records::all());
}

TEST(FindingsFile, NamesUnreadableLinesByTheirNumberInTheFile) {
  std::string good = to_json_line(testing_records::scan_relative());
  std::string text = good + "\n" + "garbage\n" + good + "{\"rule\":1}\n" + "more garbage";
  Findings f = parse_findings(text, 10, 5);  // the text starts at line 10 of its file
  ASSERT_EQ(f.unreadable.size(), 3u);
  EXPECT_EQ(f.unreadable[0].line, 12u);
  EXPECT_EQ(f.unreadable[0].why, "not a JSON object");
  EXPECT_EQ(f.unreadable[1].line, 14u);
  EXPECT_EQ(f.unreadable[2].line, 15u);
  EXPECT_EQ(f.records.size(), 2u);
  // Stops at the limit: the first unreadable line only.
  Findings first = parse_findings(text, 1, 1);
  ASSERT_EQ(first.unreadable.size(), 1u);
  EXPECT_EQ(first.unreadable[0].line, 3u);
  EXPECT_EQ(first.records.size(), 1u);
}

TEST(FindingsFile, ReadsFromAnOffsetAndCountsTheLinesBefore) {
  std::string path = ::testing::TempDir() + "privguard_findings_file_test.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << "one\ntwo\nthree\nfour";
  }
  std::string why;
  auto all = read_file_from(path, 0, why);
  ASSERT_TRUE(all) << why;
  EXPECT_EQ(all->text, "one\ntwo\nthree\nfour");
  EXPECT_EQ(all->lines_before, 0u);
  auto tail = read_file_from(path, 8, why);
  ASSERT_TRUE(tail) << why;
  EXPECT_EQ(tail->text, "three\nfour");
  EXPECT_EQ(tail->lines_before, 2u);
  std::remove(path.c_str());
  EXPECT_FALSE(read_file_from(path, 0, why));
  EXPECT_EQ(why, path + ": No such file or directory");
  EXPECT_FALSE(read_file_from(::testing::TempDir(), 0, why));  // a directory opens, then fails
  EXPECT_NE(why.find("Is a directory"), std::string::npos) << why;
}

TEST(RuleSummary, CountsPerRuleInFirstSeenOrderWithTheHighestSeverity) {
  auto records = testing_records::all();
  records.push_back(testing_records::scan_relative());
  records.back().severity = core::Severity::High;
  auto rules = summarize(records);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0].rule, "password");
  EXPECT_EQ(rules[2].rule, "email");
  EXPECT_EQ(rules[2].total, 3u);
  EXPECT_EQ(rules[2].severity, core::Severity::High);
  EXPECT_EQ(rules[2].by_action[static_cast<std::size_t>(FindingAction::Reported)], 2u);
  EXPECT_EQ(rules[2].by_action[static_cast<std::size_t>(FindingAction::Masked)], 1u);
  auto by_severity = summarize_by_severity(records);
  EXPECT_EQ(by_severity[0].rule, "credit-card");
  EXPECT_EQ(by_severity[1].rule, "email");  // high too, and more frequent than password
}

TEST(RunSummary, TableSortedByRuleWithActionsByName) {
  EXPECT_EQ(render_run_summary(testing_records::all(), false),
            "privguard: 4 findings\n"
            "  RULE                 SEVERITY   COUNT  ACTIONS\n"
            "  credit-card          critical       1  1 blocked\n"
            "  email                medium         2  1 masked, 1 reported\n"
            "  password             high           1  1 masked\n"
            "  synthetic test data? allowlist it in your policy: [rules.allow] or [[overrides]] (policies/README.md)\n");
  EXPECT_EQ(render_run_summary({}, false), "privguard: no findings\n");
  EXPECT_EQ(render_run_summary({}, true), "\x1b[32mprivguard: no findings\x1b[0m\n");
  std::vector<FindingRecord> one{testing_records::runtime_socket()};
  std::string coloured = render_run_summary(one, true);
  EXPECT_EQ(coloured.rfind("\x1b[1;31mprivguard: 1 finding\x1b[0m\n", 0), 0u) << coloured;
  EXPECT_NE(coloured.find("\x1b[31mcritical \x1b[0m"), std::string::npos) << coloured;
}

}  // namespace
}  // namespace privguard::cli
