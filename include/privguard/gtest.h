// GoogleTest/GoogleMock matchers: assert in your own unit tests that a
// captured log, payload or file holds no personal data or secrets.
//
//   #include <privguard/gtest.h>      // link privguard::gtest (find_package(privguard))
//
//   EXPECT_THAT(captured_log, privguard::testing::HasNoSensitiveData());
//   EXPECT_THAT(payload, privguard::testing::HasNoSensitiveData("policies/pci.toml"));
//   EXPECT_THAT(fixture, ::testing::Not(privguard::testing::HasNoSensitiveData()));
//
//   PRIVGUARD_EXPECT_NO_SENSITIVE_DATA(captured_log);              // default policy
//   PRIVGUARD_ASSERT_NO_SENSITIVE_DATA_UNDER(payload, "pci.toml");  // a policy file
//
// Values: std::string, std::string_view, const char* (nullptr reads as
// empty), char arrays, and contiguous containers of bytes
// (std::vector<char>, std::vector<unsigned char>, std::span<const std::byte>, ...).
//
// A failure lists each finding as rule id, severity, byte offset, length
// and the masked preview the CLI prints (every value in view masked);
// never the value itself. A scan that could not look at everything
// (Hyperscan error, more candidates than fit) is a failure too.
//
// Note that EXPECT_THAT / ASSERT_THAT print the whole value themselves,
// under "Actual:", for any matcher: that is GoogleMock, not this matcher.
// When the value may hold real data, use the PRIVGUARD_EXPECT_* /
// PRIVGUARD_ASSERT_* macros, whose failure message names the expression
// and the masked findings only.
//
// Each policy's engine is built once per process, on first use (the
// default policy loads its embedded, precompiled database: fast); any
// thread may use it. A policy that cannot be loaded throws
// privguard::core::PolicyError from HasNoSensitiveData(path) (GoogleTest
// reports it as a failure of the test).
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "privguard/engine.h"
#include "privguard/finding.h"
#include "privguard/policy.h"
#include "privguard/types.h"

namespace privguard::testing {

// What one scan found. Holds masked previews only.
struct Finding {
  std::string rule;      // rule id: "email", "credit-card", ...
  core::Severity severity = core::Severity::High;
  core::Action action = core::Action::Report;  // what the policy does with it
  std::uint64_t offset = 0;  // byte offset of the value in the scanned data
  std::uint64_t length = 0;  // the value's length in bytes
  std::string preview;   // masked, JSON-escaped, as in `privguard scan --format json`
};

struct ScanReport {
  std::string policy;             // "default" or the policy file
  std::vector<Finding> findings;  // in byte order
  bool incomplete = false;        // not everything could be looked at
  bool clean() const noexcept { return findings.empty() && !incomplete; }
};

namespace detail {

inline core::EngineOptions engine_options() {
  core::EngineOptions options;
  options.key = core::Engine::random_key();
  return options;
}

// The default policy's engine, built on first use (thread-safe static init).
inline std::shared_ptr<const core::Engine> default_engine() {
  static const std::shared_ptr<const core::Engine> engine =
      core::Engine::build(core::load_default_policy(), engine_options());
  return engine;
}

// One engine per policy file, built on first use and kept for the process.
inline std::shared_ptr<const core::Engine> policy_engine(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const core::Engine>> engines;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = engines.find(path);
  if (it != engines.end()) return it->second;
  std::shared_ptr<const core::Engine> engine = core::Engine::build(core::load_policy_file(path), engine_options());
  engines.emplace(path, engine);
  return engine;
}

template <typename T>
std::string_view bytes_of(const T& value) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    if constexpr (std::is_pointer_v<T>) {
      if (value == nullptr) return {};
    }
    return std::string_view(value);
  } else {
    using Element = std::remove_cv_t<std::remove_reference_t<decltype(*std::data(value))>>;
    static_assert(sizeof(Element) == 1,
                  "privguard::testing matchers take strings or contiguous containers of bytes");
    return std::string_view(reinterpret_cast<const char*>(std::data(value)), std::size(value));
  }
}

inline ScanReport scan(const core::Engine& engine, std::string_view data) {
  ScanReport report;
  report.policy = engine.policy().name;
  const core::Sink sink;  // destination unknown: the policy's own actions
  // More candidate room when a large buffer overflows the default.
  for (std::size_t capacity : {std::size_t{1024}, std::size_t{1} << 16, std::size_t{1} << 20}) {
    std::unique_ptr<core::Scratch> scratch = engine.make_scratch(capacity);
    core::ScanResult result = engine.scan(data, sink, *scratch);
    if (result.incomplete && capacity < (std::size_t{1} << 20) && data.size() <= UINT32_MAX) continue;
    report.incomplete = result.incomplete;
    std::vector<char> buffer(8192);
    for (std::size_t i = 0; i < result.matches.size(); ++i) {
      const core::Match& m = result.matches[i];
      const core::Rule& rule = engine.policy().rules[m.rule];
      Finding f;
      f.rule = rule.id;
      f.severity = rule.severity;
      f.action = m.action;
      f.offset = m.start;
      f.length = m.end - m.start;
      std::size_t n = core::format_preview(engine, data, result.matches, i, buffer.data(), buffer.size());
      f.preview = n > 0 ? std::string(buffer.data(), n) : std::string("(preview too long)");
      report.findings.push_back(std::move(f));
    }
    break;
  }
  return report;
}

inline void describe_findings(const ScanReport& report, std::ostream& os) {
  const std::size_t n = report.findings.size();
  os << "has " << n << (n == 1 ? " finding" : " findings") << " under privguard policy " << report.policy;
  if (report.incomplete) os << " (scan incomplete: not everything could be looked at)";
  if (n > 0) os << ':';
  for (const Finding& f : report.findings)
    os << "\n  " << f.rule << " (" << core::to_string(f.severity) << ") at byte " << f.offset << ", " << f.length
       << " bytes: \"" << f.preview << '"';
}

}  // namespace detail

// Scans `value` with the default policy, or with the policy file at `policy_path`.
template <typename T>
ScanReport FindSensitiveData(const T& value) {
  return detail::scan(*detail::default_engine(), detail::bytes_of(value));
}
template <typename T>
ScanReport FindSensitiveData(const T& value, const std::string& policy_path) {
  return detail::scan(*detail::policy_engine(policy_path), detail::bytes_of(value));
}

// The matcher behind HasNoSensitiveData(); use that.
class NoSensitiveDataMatcher {
 public:
  explicit NoSensitiveDataMatcher(std::shared_ptr<const core::Engine> engine) : engine_(std::move(engine)) {}

  template <typename T>
  bool MatchAndExplain(const T& value, ::testing::MatchResultListener* listener) const {
    ScanReport report = detail::scan(*engine_, detail::bytes_of(value));
    if (listener->IsInterested()) {
      std::ostringstream os;
      detail::describe_findings(report, os);
      *listener << os.str();
    }
    return report.clean();
  }

  void DescribeTo(std::ostream* os) const {
    *os << "holds no sensitive data (privguard policy " << engine_->policy().name << ')';
  }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "holds sensitive data (privguard policy " << engine_->policy().name << ')';
  }

 private:
  std::shared_ptr<const core::Engine> engine_;
};

// Matches a value in which the policy finds nothing: the default policy
// (embedded), or the policy file at `policy_path`.
inline ::testing::PolymorphicMatcher<NoSensitiveDataMatcher> HasNoSensitiveData() {
  return ::testing::MakePolymorphicMatcher(NoSensitiveDataMatcher(detail::default_engine()));
}
inline ::testing::PolymorphicMatcher<NoSensitiveDataMatcher> HasNoSensitiveData(const std::string& policy_path) {
  return ::testing::MakePolymorphicMatcher(NoSensitiveDataMatcher(detail::policy_engine(policy_path)));
}

namespace detail {
inline ::testing::AssertionResult assertion(const char* expr, const ScanReport& report) {
  if (report.clean()) return ::testing::AssertionSuccess();
  std::ostringstream os;
  os << expr << ' ';
  describe_findings(report, os);
  return ::testing::AssertionFailure() << os.str();
}
}  // namespace detail

// Predicate-formatters for EXPECT_PRED_FORMAT1/2; the macros below use them.
template <typename T>
::testing::AssertionResult AssertNoSensitiveData(const char* expr, const T& value) {
  return detail::assertion(expr, FindSensitiveData(value));
}
template <typename T>
::testing::AssertionResult AssertNoSensitiveDataUnder(const char* expr, const char* /*policy_expr*/, const T& value,
                                                      const std::string& policy_path) {
  return detail::assertion(expr, FindSensitiveData(value, policy_path));
}

}  // namespace privguard::testing

// Like EXPECT_THAT(value, HasNoSensitiveData()), but the failure message
// never holds the value (EXPECT_THAT prints it under "Actual:").
#define PRIVGUARD_EXPECT_NO_SENSITIVE_DATA(value) \
  EXPECT_PRED_FORMAT1(::privguard::testing::AssertNoSensitiveData, value)
#define PRIVGUARD_ASSERT_NO_SENSITIVE_DATA(value) \
  ASSERT_PRED_FORMAT1(::privguard::testing::AssertNoSensitiveData, value)
#define PRIVGUARD_EXPECT_NO_SENSITIVE_DATA_UNDER(value, policy_path) \
  EXPECT_PRED_FORMAT2(::privguard::testing::AssertNoSensitiveDataUnder, value, policy_path)
#define PRIVGUARD_ASSERT_NO_SENSITIVE_DATA_UNDER(value, policy_path) \
  ASSERT_PRED_FORMAT2(::privguard::testing::AssertNoSensitiveDataUnder, value, policy_path)
