// The command line: the verbs (each in its own cmd_*.cpp) under one CLI11
// app, the usage text, --version, and turning errors into exit status 2.
#include <hs.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli.h"
#include "cli_common.h"

#ifndef PRIVGUARD_VERSION
#define PRIVGUARD_VERSION "unknown"
#endif

namespace privguard::cli {
namespace {

constexpr const char* kUsage =
    "usage: privguard run [--policy F] [--mode M] [--report F] [--fail-on low|medium|high|critical|never] -- CMD...\n"
    "       privguard scan [--policy F] [--mask] [--include-binary] [--jobs N] [--format text|json|sarif|junit|markdown]\n"
    "                      PATH... | -\n"
    "       privguard report [--format table|json|sarif|junit|markdown] [--policy F] FINDINGS.jsonl | -\n"
    "       privguard policy check F\n"
    "       privguard policy list [F]\n"
    "       privguard --version\n";

int version() {
  hs_platform_info_t plat{};
  hs_populate_platform(&plat);
  std::string features;
  if (plat.cpu_features & HS_CPU_FEATURES_AVX2) features += " avx2";
  if (plat.cpu_features & HS_CPU_FEATURES_AVX512) features += " avx512";
  if (plat.cpu_features & HS_CPU_FEATURES_AVX512VBMI) features += " avx512vbmi";
  std::printf("privguard %s\nHyperscan %s\nCPU features:%s\n", PRIVGUARD_VERSION, hs_version(),
              features.empty() ? " baseline (SSSE3)" : features.c_str());
  return kExitOk;
}

int usage() {
  std::fputs(kUsage, stdout);
  return kExitOk;
}

// Parses argv into `app` and returns what to run, which refers to `app`:
// it must outlive the action. Help (`privguard VERB --help`) comes back as
// an action that prints it.
Action parse(CLI::App& app, int argc, char** argv) {
  // As before CLI11: a repeated option takes its last value.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.require_subcommand(0, 1);  // one verb; a verb's operand that names another verb stays an operand
  app.allow_extras();
  bool want_version = false;
  app.add_flag("--version", want_version, "print the version, the Hyperscan version and the CPU features in use");

  Action chosen;
  add_run(app, chosen);
  add_scan(app, chosen);
  add_report(app, chosen);
  add_policy(app, chosen);
  app.add_subcommand("version", "same as --version")->callback([&] { chosen = version; });
  app.add_subcommand("help", "same as --help")->callback([&] { chosen = usage; });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    // The root's help is the usage text; a verb's is CLI11's, with its options.
    if (app.get_subcommands().empty()) return usage;
    std::string help = app.help();
    return [help] {
      std::fputs(help.c_str(), stdout);
      return kExitOk;
    };
  } catch (const CLI::ParseError& e) {
    throw UsageError(e.what());
  }
  if (want_version) return version;
  if (!app.remaining().empty()) throw UsageError("unknown command '" + app.remaining().front() + "'");
  if (!chosen) throw UsageError("a command is needed");
  return chosen;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitError;
  }
  try {
    CLI::App app("privguard keeps personal data and secrets from leaving a service under test.", "privguard");
    return parse(app, argc, argv)();
  } catch (const UsageError& e) {
    error(e.what());
    std::fputs(kUsage, stderr);
  } catch (const core::PolicyError& e) {
    error(e.what());
  } catch (const std::exception& e) {
    error(e.what());
  }
  return kExitError;
}

}  // namespace privguard::cli
