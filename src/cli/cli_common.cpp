#include "cli_common.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace privguard::cli {

void check_leftovers(const CLI::App& verb, const std::string& surplus) {
  // With extras allowed, CLI11 leaves the "--" that ended the options here too.
  std::vector<std::string> left = verb.remaining();
  std::erase(left, "--");
  for (const auto& arg : left)
    if (arg.size() > 1 && arg[0] == '-') throw UsageError("unknown option '" + arg + "'");
  if (!left.empty()) throw UsageError(surplus);
}

core::Policy load_policy(const std::optional<std::string>& path) {
  if (path) return core::load_policy_file(*path);
  if (const char* env = std::getenv("PRIVGUARD_POLICY"); env && *env) return core::load_policy_file(env);
  return core::load_default_policy();
}

core::Key load_key() {
  if (const char* env = std::getenv("PRIVGUARD_KEY"); env && *env) return core::Engine::key_from_string(env);
  return core::Engine::random_key();
}

std::unique_ptr<core::Engine> build_engine(core::Policy policy) {
  core::EngineOptions opt;
  opt.key = load_key();
  return core::Engine::build(std::move(policy), opt);
}

bool use_colour(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  return ::isatty(fd) && !(no_color && *no_color);
}

void error(const std::string& message) { std::fprintf(stderr, "privguard: %s\n", message.c_str()); }

}  // namespace privguard::cli
