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

// A thread's buffers. Each thread has two: one for its calls, and one
// made with it in advance for a call that a signal handler makes while the
// thread is inside one (a handler cannot allocate, and must not touch the
// interrupted call's scratch or buffers).
struct ThreadState {
  core::Scratch* scratch = nullptr;
  char* out = nullptr;  // transformed bytes of one call
  std::size_t out_cap = 0;
  char* fmt = nullptr;  // formatted text of one printf/syslog call; gathered iovecs; a copy's chunk
  std::size_t fmt_cap = 0;
  char* win = nullptr;  // earlier bytes joined with new ones (stdio's pending line, an fd's tail)
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
  ThreadState* nested = nullptr;  // the second state (see above); null in the second itself
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
  std::atomic<std::uint64_t> reentered{0};  // passed through: a signal handler interrupted a handler's call
  std::atomic<std::uint64_t> unrecorded{0};  // findings the findings file could not take
  std::atomic<bool> said_unrecorded{false};
  std::atomic<std::uint64_t> refused{0};  // calls refused: no memory to scan or mask them
  std::atomic<std::uint64_t> chunked{0};  // calls masked piece by piece: no memory for the whole copy
  std::atomic<bool> said_no_memory{false};
};

extern Runtime g_runtime;

// How deep this thread is in privguard's wrappers: 0 outside them, 1 in a
// call, 2 in a call that a signal handler made while the thread was in one
// (scanned with the thread's second state). kSealed while privguard does
// its own work or runs a real function that calls back into the wrappers
// (a TLS library sending its ciphertext): calls arriving then pass through.
extern thread_local int t_depth;
inline constexpr int kSealed = 1 << 16;

// Initialises on first use (calls can arrive before our constructor).
// True when calls should be scanned.
bool active() noexcept;
// The policy could not be used and says fail_closed: every guarded call fails.
bool fail_closed() noexcept;

// The state for the call this thread is in: its own (created on first use),
// or in a signal handler's nested call its second one (never created
// there). nullptr if there is none.
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

// Seals the scope: calls made inside it (our own output, the loader's,
// a real TLS function's ciphertext) pass through our wrappers unscanned.
class Sealed {
 public:
  Sealed() noexcept : was_(t_depth) { t_depth = kSealed; }
  ~Sealed() { t_depth = was_; }
  Sealed(const Sealed&) = delete;
  Sealed& operator=(const Sealed&) = delete;

 private:
  int was_;
};

}  // namespace privguard::shim
