// A user's unit tests, written against the installed privguard/gtest.h.
#include <privguard/gtest.h>

#include <gtest/gtest-spi.h>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using privguard::testing::HasNoSensitiveData;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kMail = "maria.gonzalez@outlook.com";
const std::string kCard = "4539 1488 0343 6467";
const std::string kPci = PRIVGUARD_POLICY_DIR "/pci.toml";

std::string real_line() {
  return "2024-05-01T10:00:00Z INFO checkout user=" + kMail + " card=" + kCard + " amount=19.99\n";
}

// The parts of the value no message may show.
void expect_no_value(const std::string& text) {
  EXPECT_THAT(text, Not(HasSubstr(kMail)));
  EXPECT_THAT(text, Not(HasSubstr("maria")));
  EXPECT_THAT(text, Not(HasSubstr(kCard)));
  EXPECT_THAT(text, Not(HasSubstr("4539")));
  EXPECT_THAT(text, Not(HasSubstr("0343")));
}

TEST(HasNoSensitiveData, FlagsRealData) {
  EXPECT_THAT(real_line(), Not(HasNoSensitiveData()));
}

TEST(HasNoSensitiveData, CleanLinePasses) {
  EXPECT_THAT(std::string("2024-05-01T10:00:00Z INFO checkout ok order=A-1234 amount=19.99 took=12ms"),
              HasNoSensitiveData());
}

TEST(HasNoSensitiveData, SyntheticTestDataPasses) {
  EXPECT_THAT("INFO signup user=jane@example.com card=4111 1111 1111 1111", HasNoSensitiveData());
}

TEST(HasNoSensitiveData, TakesStringsViewsPointersAndBytes) {
  const std::string line = real_line();
  const std::string_view view = line;
  const char* pointer = line.c_str();
  const std::vector<unsigned char> bytes(line.begin(), line.end());
  const std::vector<char> chars(line.begin(), line.end());
  EXPECT_THAT(view, Not(HasNoSensitiveData()));
  EXPECT_THAT(pointer, Not(HasNoSensitiveData()));
  EXPECT_THAT(bytes, Not(HasNoSensitiveData()));
  EXPECT_THAT(chars, Not(HasNoSensitiveData()));
  const char* null = nullptr;
  EXPECT_THAT(null, HasNoSensitiveData());
  EXPECT_THAT(std::string(), HasNoSensitiveData());
}

TEST(HasNoSensitiveData, ExplanationNamesRuleOffsetAndMaskedPreviewOnly) {
  const std::string line = real_line();
  const ::testing::Matcher<const std::string&> matcher = HasNoSensitiveData();
  ::testing::StringMatchResultListener listener;
  EXPECT_FALSE(matcher.MatchAndExplain(line, &listener));
  const std::string why = listener.str();
  EXPECT_THAT(why, HasSubstr("has 2 findings under privguard policy default"));
  EXPECT_THAT(why, HasSubstr("email (medium) at byte " + std::to_string(line.find(kMail))));
  EXPECT_THAT(why, HasSubstr("credit-card (critical) at byte " + std::to_string(line.find(kCard))));
  EXPECT_THAT(why, HasSubstr("user=" + std::string(kMail.size(), '*')));  // the masked preview
  expect_no_value(why);

  // The same through ExplainMatchResult, as a custom matcher would use it.
  ::testing::StringMatchResultListener again;
  EXPECT_FALSE(::testing::ExplainMatchResult(HasNoSensitiveData(), line, &again));
  EXPECT_EQ(again.str(), why);

  EXPECT_EQ(::testing::DescribeMatcher<std::string>(HasNoSensitiveData()),
            "holds no sensitive data (privguard policy default)");
  EXPECT_EQ(::testing::DescribeMatcher<std::string>(HasNoSensitiveData(), /*negation=*/true),
            "holds sensitive data (privguard policy default)");
}

TEST(HasNoSensitiveData, PolicyFile) {
  // pci.toml: card data only.
  EXPECT_THAT("mail " + kMail, HasNoSensitiveData(kPci));
  EXPECT_THAT("card " + kCard, Not(HasNoSensitiveData(kPci)));
  ::testing::StringMatchResultListener listener;
  EXPECT_FALSE(::testing::ExplainMatchResult(HasNoSensitiveData(kPci), real_line(), &listener));
  EXPECT_THAT(listener.str(), HasSubstr("1 finding under privguard policy " + kPci));
  EXPECT_THAT(listener.str(), HasSubstr("credit-card (critical)"));
  expect_no_value(listener.str());
  EXPECT_THROW(HasNoSensitiveData(PRIVGUARD_POLICY_DIR "/missing.toml"), privguard::core::PolicyError);
}

TEST(HasNoSensitiveData, ManyThreadsShareOneEngine) {
  const std::string line = real_line();
  std::atomic<int> flagged{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        if (!::testing::Matches(HasNoSensitiveData())(line)) ++flagged;
        if (!::testing::Matches(HasNoSensitiveData(kPci))(line)) ++flagged;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(flagged.load(), 400);
}

TEST(NoSensitiveDataMacros, FailureMessageHoldsNoValue) {
  const std::string line = real_line();
  ::testing::TestPartResultArray results;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    PRIVGUARD_EXPECT_NO_SENSITIVE_DATA(line);
    PRIVGUARD_EXPECT_NO_SENSITIVE_DATA_UNDER(line, kPci);
    PRIVGUARD_EXPECT_NO_SENSITIVE_DATA("clean line, nothing here");
  }
  ASSERT_EQ(results.size(), 2);
  const std::string first = results.GetTestPartResult(0).message();
  EXPECT_THAT(first, HasSubstr("line has 2 findings"));
  EXPECT_THAT(first, HasSubstr("email (medium) at byte"));
  EXPECT_THAT(first, HasSubstr("credit-card (critical) at byte"));
  expect_no_value(first);
  const std::string second = results.GetTestPartResult(1).message();
  EXPECT_THAT(second, HasSubstr("credit-card (critical) at byte"));
  expect_no_value(second);
}

TEST(FindSensitiveData, Report) {
  const std::string line = real_line();
  const privguard::testing::ScanReport report = privguard::testing::FindSensitiveData(line);
  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_FALSE(report.incomplete);
  EXPECT_EQ(report.findings[0].rule, "email");
  EXPECT_EQ(report.findings[0].offset, line.find(kMail));
  EXPECT_EQ(report.findings[0].length, kMail.size());
  EXPECT_EQ(report.findings[1].rule, "credit-card");
  EXPECT_TRUE(privguard::testing::FindSensitiveData("nothing to see").clean());
}

// Run on purpose by the driver (--gtest_also_run_disabled_tests): what a
// user's CI log shows when the assertion fails.
TEST(ShowsFailure, DISABLED_Macro) {
  PRIVGUARD_EXPECT_NO_SENSITIVE_DATA(real_line());
}
TEST(ShowsFailure, DISABLED_ExpectThat) {
  EXPECT_THAT(real_line(), HasNoSensitiveData());
}

}  // namespace
