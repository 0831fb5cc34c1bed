// What the CLI's verbs share: how a verb joins the command line, loading
// the policy and key the way the shim does (same environment variables),
// colour, messages.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "privguard/engine.h"

namespace CLI {
class App;
}

namespace privguard::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

// Thrown for bad usage; main prints it with the usage hint and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A verb adds its subcommand and options to the command line (CLI11), so
// that every verb parses the same way and has its own --help. When parsing
// picks it, it sets `chosen` to what runs it; checks of the values that
// CLI11 cannot express happen there, with this CLI's own messages.
using Action = std::function<int()>;
void add_scan(CLI::App& root, Action& chosen);
void add_run(CLI::App& root, Action& chosen);
void add_policy(CLI::App& root, Action& chosen);
void add_report(CLI::App& root, Action& chosen);

// Verbs accept extras so that the messages stay ours: an option left over is
// "unknown option 'X'"; operands left over are `surplus`.
void check_leftovers(const CLI::App& verb, const std::string& surplus);

// The policy: --policy, else $PRIVGUARD_POLICY, else the embedded default.
core::Policy load_policy(const std::optional<std::string>& path);
// The key: $PRIVGUARD_KEY, else random (fingerprints then differ per run).
core::Key load_key();
std::unique_ptr<core::Engine> build_engine(core::Policy policy);

// Colour for a person at a terminal on `fd`, unless NO_COLOR is set to
// anything but the empty string (no-color.org).
bool use_colour(int fd);

void error(const std::string& message);  // "privguard: message" on stderr

}  // namespace privguard::cli
