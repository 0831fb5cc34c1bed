// privguard policy check F | list [F]
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <vector>

#include "cli_common.h"

namespace privguard::cli {
namespace {

int check(const std::string& path) {
  // Compiling proves the patterns are valid Hyperscan, not only valid TOML.
  auto engine = build_engine(core::load_policy_file(path));
  fmt::print("{}: ok ({} rules, {} sink overrides)\n", path, engine->policy().rules.size(),
             engine->policy().sinks.size());
  return kExitOk;
}

int list(const std::optional<std::string>& path) {
  core::Policy p = path ? core::load_policy_file(*path) : core::load_default_policy();
  fmt::print("{:<20} {:<9} {:<10} {:<13} {}\n", "RULE", "SEVERITY", "ACTION", "VALIDATOR", "DESCRIPTION");
  for (const auto& r : p.rules)
    fmt::print("{:<20} {:<9} {:<10} {:<13} {}\n", r.id, core::to_string(r.severity), core::to_string(r.action),
               core::to_string(r.validator), r.description);
  fmt::print("mode: {}, fail_closed: {}, sink overrides: {}\n", core::to_string(p.settings.mode),
             p.settings.fail_closed, p.sinks.size());
  return kExitOk;
}

}  // namespace

void add_policy(CLI::App& root, Action& chosen) {
  CLI::App* policy = root.add_subcommand("policy", "check a policy, or list its rules");
  policy->allow_extras();
  policy->require_subcommand(0, 1);
  // Operands are collected as lists and counted here, for our own messages.
  auto files = std::make_shared<std::vector<std::string>>();

  CLI::App* check_cmd = policy->add_subcommand("check", "parse and compile a policy; errors name file, line and rule");
  check_cmd->allow_extras();
  check_cmd->add_option("file", *files, "policy TOML file");
  check_cmd->callback([&chosen, files, check_cmd] {
    chosen = [files, check_cmd] {
      check_leftovers(*check_cmd, "policy check takes one file");
      if (files->empty()) throw UsageError("policy check needs a file");
      if (files->size() > 1) throw UsageError("policy check takes one file");
      return check(files->front());
    };
  });

  CLI::App* list_cmd = policy->add_subcommand("list", "list a policy's rules (default: the embedded policy)");
  list_cmd->allow_extras();
  list_cmd->add_option("file", *files, "policy TOML file");
  list_cmd->callback([&chosen, files, list_cmd] {
    chosen = [files, list_cmd] {
      check_leftovers(*list_cmd, "policy list takes at most one file");
      if (files->size() > 1) throw UsageError("policy list takes at most one file");
      return list(files->empty() ? std::nullopt : std::optional(files->front()));
    };
  });

  policy->callback([&chosen, policy] {
    if (!policy->get_subcommands().empty()) return;  // check or list chose
    chosen = [policy]() -> int {
      std::vector<std::string> left = policy->remaining();
      std::erase(left, "--");
      if (!left.empty()) check_leftovers(*policy, "unknown policy command '" + left.front() + "'");
      throw UsageError("policy needs 'check' or 'list'");
    };
  });
}

}  // namespace privguard::cli
