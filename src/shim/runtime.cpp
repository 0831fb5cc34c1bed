// Start-up, per-thread state and exit summary of libprivguard.so.
#include "runtime.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "privguard/engine.h"
#include "raw_syscall.h"
#include "real.h"

namespace privguard::shim {

Runtime g_runtime;
thread_local int t_depth = 0;

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
constexpr std::size_t kNestedBufferSize = 4 * 1024;  // a signal handler's line; longer ones are mapped
constexpr std::size_t kPoolSlots = 64;

// Thread states of exited threads, reused by new ones: no malloc for a
// thread pool's churn. Claimed and returned by atomic exchange.
std::atomic<ThreadState*> g_pool[kPoolSlots];
pthread_key_t g_thread_key;
bool g_have_key = false;
thread_local ThreadState* t_state = nullptr;

void release_thread_state(void* p) {
  auto* st = static_cast<ThreadState*>(p);
  // Runs in the exiting thread: a later thread-exit hook that writes must
  // not use a state another thread may already have claimed.
  t_state = nullptr;
  for (auto& slot : g_pool) {
    ThreadState* expected = nullptr;
    if (slot.compare_exchange_strong(expected, st)) return;
  }
  // Pool full: keep it allocated rather than free from a thread-exit hook.
}

void hex(const core::Key& k, char* out) {
  core::hex_encode(k.data(), k.size(), out);
  out[2 * k.size()] = '\0';
}

core::Policy load_policy() {
  const char* path = std::getenv("PRIVGUARD_POLICY");
  if (path && *path) return core::load_policy_file(path);
  return core::load_default_policy();
}

void initialize() noexcept {
  Sealed sealed;  // our own file I/O during start-up is not scanned
  Runtime& rt = g_runtime;
  std::optional<core::Mode> mode_env;
  if (const char* m = std::getenv("PRIVGUARD_MODE"); m && *m) {
    mode_env = core::parse_mode(m);
    if (!mode_env) say("privguard: PRIVGUARD_MODE must be enforce, report or off; using the policy's mode\n");
  }
  if (mode_env == core::Mode::Off) {
    rt.phase.store(Phase::Disabled);
    return;
  }
  if (const char* r = std::getenv("PRIVGUARD_REPORT"); r && *r && std::strlen(r) < sizeof rt.report_path)
    std::strcpy(rt.report_path, r);

  bool fail_closed = false;
  try {
    core::Policy policy = load_policy();
    fail_closed = policy.settings.fail_closed;
    if (mode_env) policy.settings.mode = *mode_env;
    rt.block_errno = policy.settings.block_errno;
    if (policy.settings.mode == core::Mode::Off) {
      rt.phase.store(Phase::Disabled);
      return;
    }
    core::EngineOptions opt;
    const char* key = std::getenv("PRIVGUARD_KEY");
    if (key && *key) {
      opt.key = core::Engine::key_from_string(key);
    } else {
      // The first guarded process picks the key; its children inherit it,
      // so fingerprints agree across the process tree.
      char text[65];
      hex(core::Engine::random_key(), text);
      setenv("PRIVGUARD_KEY", text, 0);
      opt.key = core::Engine::key_from_string(text);
    }
    rt.engine = core::Engine::build(std::move(policy), opt).release();  // never freed: in use until _exit
    g_have_key = pthread_key_create(&g_thread_key, release_thread_state) == 0;
    rt.phase.store(Phase::Ready);
  } catch (const std::exception& e) {
    std::string msg = std::string("privguard: ") + e.what() +
                      (fail_closed ? "; fail_closed is set: guarded calls fail with EACCES\n"
                                   : "; running unscanned (fail open)\n");
    say(msg.c_str());
    rt.phase.store(fail_closed ? Phase::FailClosed : Phase::Disabled);
  }
}

__attribute__((constructor(101))) void privguard_constructor() { active(); }

// One line at exit when nobody asked for a findings file, or when it did
// not take them all, so that a finding never goes unnoticed.
__attribute__((destructor)) void privguard_destructor() {
  Runtime& rt = g_runtime;
  if (rt.phase.load() == Phase::Ready) scan_std_streams_at_exit();
  std::uint64_t n = rt.findings.load();
  const std::uint64_t unrecorded = rt.unrecorded.load();
  const std::uint64_t refused = rt.refused.load(), chunked = rt.chunked.load();
  if ((n == 0 || (rt.report_path[0] != '\0' && unrecorded == 0)) && refused + chunked == 0) return;
  char msg[900];
  char unscanned[200] = "";
  int u_len = 0;
  if (std::uint64_t u = rt.unscanned.load() + rt.reentered.load())
    u_len = std::snprintf(unscanned, sizeof unscanned, "; %llu call%s passed unscanned",
                          static_cast<unsigned long long>(u), u == 1 ? "" : "s");
  if (refused + chunked && u_len >= 0 && static_cast<std::size_t>(u_len) < sizeof unscanned)
    std::snprintf(unscanned + u_len, sizeof unscanned - static_cast<std::size_t>(u_len),
                  "; out of memory: %llu call%s refused, %llu masked piece by piece",
                  static_cast<unsigned long long>(refused), refused == 1 ? "" : "s",
                  static_cast<unsigned long long>(chunked));
  char exe[sizeof rt.exe];
  int len = std::snprintf(msg, sizeof msg,
                          "privguard: %llu finding%s in pid %d (%s): %llu masked, %llu blocked, %llu reported%s; %s\n",
                          static_cast<unsigned long long>(n), n == 1 ? "" : "s", static_cast<int>(getpid()), exe_path(exe, sizeof exe),
                          static_cast<unsigned long long>(rt.masked.load()),
                          static_cast<unsigned long long>(rt.blocked.load()),
                          static_cast<unsigned long long>(n - rt.masked.load() - rt.blocked.load()), unscanned,
                          rt.report_path[0] == '\0' ? "set PRIVGUARD_REPORT=FILE to record them" : "");
  if (unrecorded && len > 0 && static_cast<std::size_t>(len) < sizeof msg) {
    --len;  // before the newline
    len += std::snprintf(msg + len, sizeof msg - static_cast<std::size_t>(len), "%llu not recorded in %s\n",
                         static_cast<unsigned long long>(unrecorded), rt.report_path);
  }
  if (len > 0) raw_write_all(2, msg, std::min<std::size_t>(static_cast<std::size_t>(len), sizeof msg - 1));
}

}  // namespace

void say(const char* msg) noexcept { raw_write_all(2, msg, std::strlen(msg)); }

// Every thread that finds it unread reads it itself, and the first one
// publishes it: no thread waits for another, so neither a signal handler
// nor a fork in the middle can leave anyone stuck (a child forked while
// it was being copied in just keeps reading its own).
const char* exe_path(char* local, std::size_t cap) noexcept {
  Runtime& rt = g_runtime;
  if (rt.exe_state.load(std::memory_order_acquire) == 2) return rt.exe;
  const int saved_errno = errno;
  long n = raw_syscall(SYS_readlinkat, AT_FDCWD, reinterpret_cast<long>("/proc/self/exe"),
                       reinterpret_cast<long>(local), static_cast<long>(cap - 1));
  local[n > 0 ? n : 0] = '\0';
  errno = saved_errno;
  int expected = 0;
  if (cap <= sizeof rt.exe && rt.exe_state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {
    std::memcpy(rt.exe, local, cap);
    rt.exe_state.store(2, std::memory_order_release);
  }
  return local;
}

bool active() noexcept {
  Phase p = g_runtime.phase.load(std::memory_order_acquire);
  if (p == Phase::Ready) return true;
  if (p == Phase::Uninitialized) {
    Phase expected = Phase::Uninitialized;
    if (g_runtime.phase.compare_exchange_strong(expected, Phase::Initializing)) {
      initialize();
      return g_runtime.phase.load() == Phase::Ready;
    }
  }
  return false;  // initializing in another thread, disabled, or fail-closed
}

namespace {

// A state with its own scratch and buffers of `size` bytes; nullptr if any
// of it could not be had.
ThreadState* make_state(std::size_t size) noexcept {
  auto* st = new (std::nothrow) ThreadState;
  if (!st) return nullptr;
  try {
    st->scratch = g_runtime.engine->make_scratch().release();
  } catch (...) {
    delete st;
    return nullptr;
  }
  st->out = static_cast<char*>(std::malloc(size));
  st->fmt = static_cast<char*>(std::malloc(size));
  st->win = static_cast<char*>(std::malloc(size));
  st->out_cap = st->out ? size : 0;
  st->fmt_cap = st->fmt ? size : 0;
  st->win_cap = st->win ? size : 0;
  return st;
}

}  // namespace

ThreadState* thread_state() noexcept {
  // In a signal handler's call: the second state, if the thread has one.
  if (t_depth == 2) return t_state ? t_state->nested : nullptr;
  if (t_state) return t_state;
  // Signals wait while the thread gets its states (once per thread): a
  // handler that wrote meanwhile would find none and go unscanned, its
  // line raw. Both states are complete before t_state is set, so a
  // handler's call never sees half of them; a signal that arrived runs
  // once they are there.
  sigset_t all, was;
  sigfillset(&all);
  const bool masked = pthread_sigmask(SIG_SETMASK, &all, &was) == 0;
  ThreadState* st = nullptr;
  for (auto& slot : g_pool) {
    if ((st = slot.exchange(nullptr)) != nullptr) break;
  }
  if (!st) {
    // First use in this thread: the one allocation a thread makes.
    st = make_state(kBufferSize);
    if (st) st->nested = make_state(kNestedBufferSize);
  }
  if (st) t_state = st;
  if (masked) pthread_sigmask(SIG_SETMASK, &was, nullptr);
  if (!st) return nullptr;
  if (g_have_key) pthread_setspecific(g_thread_key, t_state);
  return t_state;
}

bool fail_closed() noexcept { return g_runtime.phase.load(std::memory_order_relaxed) == Phase::FailClosed; }

}  // namespace privguard::shim

namespace privguard::shim::real {

void* resolve(const char* name) noexcept {
  // dlsym may call malloc; nothing of ours runs inside it.
  Sealed sealed;
  return dlsym(RTLD_NEXT, name);
}

}  // namespace privguard::shim::real
