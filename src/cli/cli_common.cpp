#include "cli_common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace privguard::cli {

std::optional<std::string> Args::option(const std::string& flag) {
  if (done()) return std::nullopt;
  const std::string& a = args_[i_];
  if (a == flag) {
    if (i_ + 1 >= args_.size()) throw UsageError(flag + " needs a value");
    i_ += 2;
    return args_[i_ - 1];
  }
  if (a.size() > flag.size() && a.compare(0, flag.size(), flag) == 0 && a[flag.size()] == '=') {
    ++i_;
    return a.substr(flag.size() + 1);
  }
  return std::nullopt;
}

bool Args::flag(const std::string& flag) {
  if (!done() && args_[i_] == flag) {
    ++i_;
    return true;
  }
  return false;
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
