// privguard policy check F | list [F]
#include <fmt/format.h>

#include <cstdio>

#include "cli_common.h"

namespace privguard::cli {
namespace {

int check(Args& args) {
  if (args.done()) throw UsageError("policy check needs a file");
  std::string path = args.next();
  if (!args.done()) throw UsageError("policy check takes one file");
  // Compiling proves the patterns are valid Hyperscan, not only valid TOML.
  auto engine = build_engine(core::load_policy_file(path));
  fmt::print("{}: ok ({} rules, {} sink overrides)\n", path, engine->policy().rules.size(),
             engine->policy().sinks.size());
  return kExitOk;
}

int list(Args& args) {
  std::optional<std::string> path;
  if (!args.done()) path = args.next();
  if (!args.done()) throw UsageError("policy list takes at most one file");
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

int cmd_policy(Args& args) {
  if (args.done()) throw UsageError("policy needs 'check' or 'list'");
  std::string sub = args.next();
  if (sub == "check") return check(args);
  if (sub == "list") return list(args);
  throw UsageError("unknown policy command '" + sub + "'");
}

}  // namespace privguard::cli
