// The shim's process-wide state and the per-thread state its wrappers use.
//
// Everything here lives inside someone else's process. State is plain data
// set once by the constructor (no destructors run at exit: other libraries'
// destructors may still write after ours); per-thread state is a pointer in
// initial-exec TLS to memory taken once per thread; the hot path takes no
// lock and calls no malloc.
#pragma once

#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstddef>
#include <cstdint>

#include "privguard/engine.h"
#include "privguard/finding.h"

namespace privguard::shim {

enum class Phase : int { Uninitialized, Initializing, Ready, Disabled, FailClosed };

struct ThreadState {
  core::Scratch* scratch = nullptr;
  char* out = nullptr;  // transformed bytes of one call
  std::size_t out_cap = 0;
  char* fmt = nullptr;  // formatted text of one printf/syslog call
  std::size_t fmt_cap = 0;
  char* win = nullptr;  // a stdio buffer's pending line joined with new bytes
  std::size_t win_cap = 0;
  // Where this thread last scanned up to in a few streams' buffers, so a
  // value already reported is not reported again (see stdio.cpp).
  struct Seen {
    const void* file = nullptr;
    const char* to = nullptr;
  } seen[4];
  unsigned seen_next = 0;
  char line[core::kFindingLineMax + 1024];  // one findings line
  char path[512];                           // the sink being written to
  char peer[160];
  core::Sink sink;
  int sink_fd = -1;
  const struct sockaddr* sink_to = nullptr;  // sendto/sendmsg destination, if given
  unsigned sink_tolen = 0;
  const char* call = "";
  ThreadState* next_free = nullptr;
};

struct Runtime {
  std::atomic<Phase> phase{Phase::Uninitialized};
  const core::Engine* engine = nullptr;
  int block_errno = EACCES;
  char report_path[1024] = {0};
  char exe[512] = {0};                  // see exe_path()
  std::atomic<int> exe_state{0};        // 0: not read, 1: being copied in, 2: exe holds it
  std::atomic<std::uint64_t> findings{0};
  std::atomic<std::uint64_t> masked{0};
  std::atomic<std::uint64_t> blocked{0};
  std::atomic<std::uint64_t> unscanned{0};  // passed through: no scratch, incomplete scan
  std::atomic<std::uint64_t> reentered{0};  // passed through: a signal handler wrote while its thread scanned
};

extern Runtime g_runtime;

// Set while this thread is inside privguard: a nested call (a signal
// handler's write, our own output, a library call made by a real function)
// passes straight through.
extern thread_local bool t_inside;
// Set while this thread is scanning: a call arriving then came from a
// signal handler (the only way back in mid-scan), and is counted.
extern thread_local bool t_scanning;

// Initialises on first use (calls can arrive before our constructor).
// True when calls should be scanned.
bool active() noexcept;
// The policy could not be used and says fail_closed: every guarded call fails.
bool fail_closed() noexcept;

// This thread's state, created on first use; nullptr if that failed.
ThreadState* thread_state() noexcept;

// Writes `data` to a stream the way the shim's fwrite does, under the
// name `call` (the error-reporting helpers compose their message and send
// it through here).
std::size_t stdio_emit(const char* call, FILE* f, const char* data, std::size_t len) noexcept;

// Scans what stdout and stderr still hold before exit() flushes them.
void scan_std_streams_at_exit() noexcept;

// The program's path (/proc/self/exe), read when a finding first needs it
// rather than at every start: `local` (512 bytes) is used when this thread
// has to read it itself, and may be what is returned. Never waits.
const char* exe_path(char* local, std::size_t cap) noexcept;

// Writes to stderr with the raw syscall (never through our wrappers).
void say(const char* msg) noexcept;

class Guard {
 public:
  Guard() noexcept : was_(t_inside) { t_inside = true; }
  ~Guard() { t_inside = was_; }
  Guard(const Guard&) = delete;
  Guard& operator=(const Guard&) = delete;

 private:
  bool was_;
};

}  // namespace privguard::shim
