// The command line (src/cli/cli_main.cpp and each verb's options): every
// verb has its own --help, and bad usage exits 2 with this CLI's messages.
// Only what parsing decides is run here: nothing scans or starts a command.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli.h"

namespace privguard::cli {
namespace {

struct Outcome {
  int status;
  std::string out, err;
};

Outcome run_cli(std::vector<std::string> args) {
  args.insert(args.begin(), "privguard");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  int status = main(static_cast<int>(args.size()), argv.data());
  std::fflush(stdout);
  std::string out = ::testing::internal::GetCapturedStdout();
  std::string err = ::testing::internal::GetCapturedStderr();
  return {status, out, err};
}

TEST(CliArgs, EveryVerbHasItsOwnHelp) {
  for (std::vector<std::string> verb : std::vector<std::vector<std::string>>{
           {"run"}, {"scan"}, {"report"}, {"policy"}, {"policy", "check"}, {"policy", "list"}}) {
    std::string name;
    for (const auto& w : verb) name += (name.empty() ? "" : " ") + w;
    verb.push_back("--help");
    Outcome o = run_cli(verb);
    EXPECT_EQ(o.status, 0) << name;
    EXPECT_NE(o.out.find("Usage: privguard " + name), std::string::npos) << o.out;
    EXPECT_TRUE(o.err.empty()) << o.err;
  }
  Outcome scan = run_cli({"scan", "-h"});
  for (const char* option : {"--policy", "--mask", "--include-binary", "-j,--jobs", "--format"})
    EXPECT_NE(scan.out.find(option), std::string::npos) << option;
}

TEST(CliArgs, TheRootHelpIsTheUsageText) {
  Outcome o = run_cli({"--help"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out.rfind("usage: privguard run ", 0), 0u) << o.out;
  EXPECT_EQ(run_cli({"help"}).out, o.out);
  Outcome none = run_cli({});
  EXPECT_EQ(none.status, 2);
  EXPECT_EQ(none.err, o.out);
}

TEST(CliArgs, BadUsageExits2WithItsReason) {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"bogus"}, "unknown command 'bogus'"},
      {{"scan"}, "scan needs a path, or - for standard input"},
      {{"scan", "--bogus", "x"}, "unknown option '--bogus'"},
      {{"scan", "--jobs", "0", "x"}, "--jobs needs a number from 1 to 1024, not '0'"},
      {{"scan", "-j2x", "x"}, "--jobs needs a number from 1 to 1024, not '2x'"},
      {{"scan", "--format", "table", "x"}, "unknown format 'table'"},
      {{"scan", "x", "-j"}, "--jobs"},
      {{"report"}, "report needs a findings file"},
      {{"report", "a", "b"}, "report takes one findings file"},
      {{"report", "--format=xml", "a"}, "unknown format 'xml'"},
      {{"policy"}, "policy needs 'check' or 'list'"},
      {{"policy", "foo"}, "unknown policy command 'foo'"},
      {{"policy", "check"}, "policy check needs a file"},
      {{"policy", "check", "a", "b"}, "policy check takes one file"},
      {{"policy", "list", "a", "b"}, "policy list takes at most one file"},
      {{"run"}, "run needs a command"},
      {{"run", "--"}, "run needs a command"},
      {{"run", "--fail-on", "loud", "--", "true"}, "--fail-on must be low, medium, high, critical or never"},
      {{"run", "--mode", "loud", "--", "true"}, "--mode must be enforce, report or off"},
      {{"run", "--bogus", "--", "true"}, "unknown option '--bogus'"},
  };
  for (const auto& c : cases) {
    Outcome o = run_cli(c.args);
    EXPECT_EQ(o.status, 2) << c.args.front();
    EXPECT_EQ(o.err.rfind("privguard: ", 0), 0u) << o.err;
    EXPECT_NE(o.err.find(c.message), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("usage: privguard run"), std::string::npos) << o.err;  // the usage hint follows
    EXPECT_TRUE(o.out.empty()) << o.out;
  }
}

}  // namespace
}  // namespace privguard::cli
