// The command line: usage, --version and the dispatch to the verbs, each in
// its own cmd_*.cpp.
#include <hs.h>

#include <cstdio>
#include <cstring>

#include "cli.h"
#include "cli_common.h"

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
  return 0;
}

}  // namespace

namespace privguard::cli {

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitError;
  }
  std::string verb = argv[1];
  try {
    Args args(argc, argv, 2);
    if (verb == "--version" || verb == "version") return version();
    if (verb == "--help" || verb == "-h" || verb == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (verb == "scan") return cmd_scan(args);
    if (verb == "run") return cmd_run(args);
    if (verb == "policy") return cmd_policy(args);
    if (verb == "report") return cmd_report(args);
    throw UsageError("unknown command '" + verb + "'");
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
