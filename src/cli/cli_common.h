// What the CLI's subcommands share: argument helpers, loading the policy
// and key the way the shim does (same environment variables), messages.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "privguard/engine.h"

namespace privguard::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

// Thrown for bad usage; main prints it with the usage hint and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Simple cursor over argv for "--flag VALUE" / "--flag=VALUE" parsing.
class Args {
 public:
  Args(int argc, char** argv, int first) : args_(argv + first, argv + argc) {}
  bool done() const { return i_ >= args_.size(); }
  const std::string& peek() const { return args_[i_]; }
  std::string next() { return args_[i_++]; }
  // If the current argument is `flag`, consumes it and its value.
  std::optional<std::string> option(const std::string& flag);
  bool flag(const std::string& flag);

 private:
  std::vector<std::string> args_;
  std::size_t i_ = 0;
};

// The policy: --policy, else $PRIVGUARD_POLICY, else the embedded default.
core::Policy load_policy(const std::optional<std::string>& path);
// The key: $PRIVGUARD_KEY, else random (fingerprints then differ per run).
core::Key load_key();
std::unique_ptr<core::Engine> build_engine(core::Policy policy);

// Colour for a person at a terminal on `fd`, unless NO_COLOR is set to
// anything but the empty string (no-color.org).
bool use_colour(int fd);

void error(const std::string& message);  // "privguard: message" on stderr

int cmd_scan(Args& args);
int cmd_run(Args& args);
int cmd_policy(Args& args);
int cmd_report(Args& args);

}  // namespace privguard::cli
