// privguard run [--policy F] [--mode M] [--report F] [--fail-on SEV] -- CMD ARGS...
//
// Runs CMD and everything it starts under the shim: finds libprivguard.so
// next to this binary, appends it to LD_PRELOAD, passes signals on, waits
// for the whole process tree (as its subreaper), then summarises the
// findings on stderr, read with the same strict reader as `privguard
// report`. Exit: CMD's status if non-zero, else 2 if a findings line could
// not be read (named on stderr), else 3 if a finding is at or above
// --fail-on, else 0.
#include <elf.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <array>
#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"
#include "findings_file.h"
#include "run_summary.h"

namespace privguard::cli {
namespace {

constexpr int kExitFindingsAtRun = 3;
constexpr auto kDescendantGrace = std::chrono::seconds(10);

volatile sig_atomic_t g_child = 0;

// Signals for the child: sent to privguard by kill(1), a supervisor or CI.
// Ones the terminal sends (Ctrl-C) already reach the whole foreground
// process group, so they are not sent twice.
void forward(int sig, siginfo_t* info, void*) {
  if (g_child > 0 && info->si_code != SI_KERNEL) kill(g_child, sig);
}

std::string shim_path() {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw std::runtime_error("cannot find this program's path: " + ec.message());
  // build/bin -> build/lib, and PREFIX/bin -> PREFIX/lib alike.
  auto lib = self.parent_path().parent_path() / "lib" / "libprivguard.so";
  if (!std::filesystem::exists(lib, ec)) throw std::runtime_error(lib.string() + " not found next to privguard");
  return lib.string();
}

std::string which(const std::string& cmd) {
  if (cmd.find('/') != std::string::npos) return cmd;
  const char* path = std::getenv("PATH");
  std::string p = path ? path : "/usr/bin:/bin";
  for (std::size_t start = 0; start <= p.size();) {
    auto end = p.find(':', start);
    if (end == std::string::npos) end = p.size();
    std::string dir = p.substr(start, end - start);
    std::string full = (dir.empty() ? "." : dir) + "/" + cmd;
    if (access(full.c_str(), X_OK) == 0) return full;
    start = end + 1;
  }
  return {};
}

// What the shim cannot guard: statically linked programs (no dynamic
// loader, so no LD_PRELOAD) and setuid/setgid ones (the loader ignores
// LD_PRELOAD for them).
std::string unguardable_reason(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return {};
  if (st.st_mode & (S_ISUID | S_ISGID))
    return "it is setuid/setgid, and the dynamic loader ignores LD_PRELOAD for such programs";
  std::ifstream in(path, std::ios::binary);
  Elf64_Ehdr eh{};
  if (!in.read(reinterpret_cast<char*>(&eh), sizeof eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
      eh.e_ident[EI_CLASS] != ELFCLASS64)
    return {};  // a script or another format: its interpreter is what runs
  for (int i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph{};
    in.seekg(static_cast<std::streamoff>(eh.e_phoff + static_cast<Elf64_Off>(i) * eh.e_phentsize));
    if (!in.read(reinterpret_cast<char*>(&ph), sizeof ph)) return {};
    if (ph.p_type == PT_INTERP) return {};
  }
  return "it is statically linked (no dynamic loader, so no LD_PRELOAD; most Go binaries are)";
}

struct RunArgs {
  std::optional<std::string> policy, mode, report;
  std::string fail_on = "low";
  std::vector<std::string> cmd;
};

// Findings this run appended to `path` (from `offset` on), read strictly:
// every unreadable line is named, by its line number in the file.
std::optional<std::vector<FindingRecord>> read_run_findings(const std::string& path, std::uint64_t offset) {
  constexpr std::size_t kMaxNamed = 10;
  std::string why;
  auto file = read_file_from(path, offset, why);
  if (!file) {
    error("cannot read the findings: " + why);
    return std::nullopt;
  }
  Findings f = parse_findings(file->text, file->lines_before + 1, kMaxNamed);
  for (const auto& bad : f.unreadable) error(fmt::format("{}:{}: unreadable finding: {}", path, bad.line, bad.why));
  if (f.unreadable.size() == kMaxNamed) error(fmt::format("{}: stopped reading after {} unreadable lines", path, kMaxNamed));
  // No summary then: one that left out a line could call a run clean.
  if (!f.unreadable.empty()) return std::nullopt;
  return std::move(f.records);
}

int run(RunArgs& a) {
  auto& [policy, mode, report, fail_on, cmd] = a;
  if (cmd.empty()) throw UsageError("run needs a command: privguard run [options] -- CMD ARGS...");
  std::optional<core::Severity> threshold = core::parse_severity(fail_on);
  if (fail_on != "never" && !threshold) throw UsageError("--fail-on must be low, medium, high, critical or never");
  if (mode && !core::parse_mode(*mode)) throw UsageError("--mode must be enforce, report or off");

  const std::string shim = shim_path();
  if (policy) {
    policy = std::filesystem::absolute(*policy).string();
    build_engine(core::load_policy_file(*policy));  // a broken policy stops here, with file and line
    setenv("PRIVGUARD_POLICY", policy->c_str(), 1);
  }
  if (mode) setenv("PRIVGUARD_MODE", mode->c_str(), 1);

  // Findings of this run: appended to --report (from its current end) or
  // to a temporary file removed afterwards.
  std::string report_path;
  bool temporary = false;
  if (report) {
    report_path = std::filesystem::absolute(*report).string();
  } else {
    std::string tmpl = (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + std::string("/privguard-run.XXXXXX");
    int fd = mkstemp(tmpl.data());
    if (fd < 0) throw std::runtime_error(std::string("cannot create a temporary findings file: ") + std::strerror(errno));
    close(fd);
    report_path = tmpl;
    temporary = true;
  }
  // The file exists after the run even without findings: CI steps that
  // render it (privguard report) should not fail on a clean run.
  if (int fd = open(report_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600); fd >= 0) close(fd);
  std::error_code ec;
  const auto start_offset = std::filesystem::file_size(report_path, ec);
  setenv("PRIVGUARD_REPORT", report_path.c_str(), 1);

  const char* preload = std::getenv("LD_PRELOAD");
  std::string preload_list = preload && *preload ? std::string(preload) + ":" + shim : shim;
  setenv("LD_PRELOAD", preload_list.c_str(), 1);

  std::string resolved = which(cmd[0]);
  if (!resolved.empty())
    if (auto why = unguardable_reason(resolved); !why.empty())
      error("warning: " + resolved + " cannot be guarded: " + why + ". Its output is not scanned.");

  prctl(PR_SET_CHILD_SUBREAPER, 1);
  struct sigaction sa {};
  sa.sa_sigaction = forward;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH, SIGCONT}) sigaction(sig, &sa, nullptr);

  std::vector<char*> argv;
  for (auto& arg : cmd) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t child = fork();
  if (child < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (child == 0) {
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH, SIGCONT}) signal(sig, SIG_DFL);
    execvp(argv[0], argv.data());
    int e = errno;
    std::fprintf(stderr, "privguard: cannot run %s: %s\n", argv[0], std::strerror(e));
    _exit(e == ENOENT ? 127 : 126);
  }
  g_child = child;

  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  g_child = 0;
  // Descendants the command left behind (we are their subreaper): wait a
  // while for them, so that their findings are in the summary.
  auto deadline = std::chrono::steady_clock::now() + kDescendantGrace;
  while (true) {
    pid_t p = waitpid(-1, nullptr, WNOHANG);
    if (p < 0 && errno == ECHILD) break;
    if (p > 0) continue;
    if (std::chrono::steady_clock::now() > deadline) {
      error("warning: processes started by the command are still running; findings they make later are not in this summary");
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }

  auto records = read_run_findings(report_path, start_offset);
  if (temporary) std::filesystem::remove(report_path, ec);
  if (records) std::fputs(render_run_summary(*records, use_colour(STDERR_FILENO)).c_str(), stderr);

  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  // A line that cannot be read may be a finding: the run is not clean.
  if (!records) return kExitError;
  bool fails = threshold && std::any_of(records->begin(), records->end(),
                                        [&](const FindingRecord& r) { return r.severity >= *threshold; });
  return fails ? kExitFindingsAtRun : kExitOk;
}

}  // namespace

void add_run(CLI::App& root, Action& chosen) {
  auto a = std::make_shared<RunArgs>();
  auto values = std::make_shared<std::array<std::string, 3>>();  // policy, mode, report
  CLI::App* cmd = root.add_subcommand("run", "run a command and everything it starts under the shim");
  cmd->allow_extras();
  // The command starts at the first operand (or after --): its own options are its own.
  cmd->positionals_at_end();
  CLI::Option* policy = cmd->add_option("--policy", (*values)[0], "policy TOML file (sets PRIVGUARD_POLICY)");
  CLI::Option* mode = cmd->add_option("--mode", (*values)[1], "enforce, report or off (sets PRIVGUARD_MODE)");
  CLI::Option* report =
      cmd->add_option("--report", (*values)[2], "append the findings to this file (else a temporary one)");
  cmd->add_option("--fail-on", a->fail_on, "low (default), medium, high, critical or never");
  cmd->add_option("command", a->cmd, "the command and its arguments");
  cmd->callback([&chosen, a, values, cmd, policy, mode, report] {
    if (policy->count()) a->policy = (*values)[0];
    if (mode->count()) a->mode = (*values)[1];
    if (report->count()) a->report = (*values)[2];
    chosen = [a, cmd] {
      check_leftovers(*cmd, "run takes one command");
      return run(*a);
    };
  });
}

}  // namespace privguard::cli
