#include "fd_tail.h"

#include <sys/stat.h>
#include <sys/syscall.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "raw_syscall.h"

namespace privguard::shim {

struct TailLease::Slot {
  std::atomic<bool> claimed{false};
  std::atomic<unsigned> size{0};  // bytes held; read unclaimed only as a hint
  dev_t dev = 0;
  ino_t ino = 0;
  char bytes[kTailMax] = {};
};

namespace {

// Zero-initialised at load time (no guard variable that a fork could
// leave locked); untouched slots cost no memory (bss pages are mapped on
// first write).
constexpr int kFds = 4096;
constinit TailLease::Slot g_slots[kFds];
TailLease::Slot* slots() noexcept { return g_slots; }

bool identify(int fd, dev_t& dev, ino_t& ino) noexcept {
  struct stat sb {};
  const int saved_errno = errno;
  const bool ok = raw_syscall(SYS_fstat, fd, reinterpret_cast<long>(&sb)) == 0;
  errno = saved_errno;
  dev = sb.st_dev;
  ino = sb.st_ino;
  return ok;
}

}  // namespace

TailLease::TailLease(int fd, const char* bytes, std::size_t n) noexcept : fd_(fd) {
  if (fd < 0 || fd >= kFds || (n > 0 && !readable_address(bytes))) return;
  Slot& s = slots()[fd];
  const bool ends_line = n > 0 && bytes[n - 1] == '\n';
  if (s.size.load(std::memory_order_relaxed) == 0 && ends_line) return;  // nothing to join, nothing to keep
  bool expected = false;
  if (!s.claimed.compare_exchange_strong(expected, true, std::memory_order_acquire)) return;
  slot_ = &s;
  const unsigned held = s.size.load(std::memory_order_relaxed);
  if (held == 0) return;
  // The device and inode are asked of the kernel only when a value
  // crosses from the tail into this call (still_ours), not per call.
  identified_ = true;
  pending_.data = s.bytes;
  pending_.size = held;
  pending_.seen = held;
  pending_.sent = true;
  pending_.still_ours = &TailLease::still_ours;
  pending_.still_ours_ctx = this;
}

bool TailLease::still_ours(void* ctx) noexcept {
  auto* lease = static_cast<TailLease*>(ctx);
  Slot& s = *lease->slot_;
  dev_t dev;
  ino_t ino;
  if (identify(lease->fd_, dev, ino) && dev == s.dev && ino == s.ino) return true;
  // Another file behind the same number: the tail starts afresh with this call.
  lease->identified_ = false;
  lease->pending_.size = 0;
  s.size.store(0, std::memory_order_relaxed);
  return false;
}

void TailLease::sent(const char* bytes, ssize_t count) noexcept {
  if (!slot_ || count < 0) return;
  Slot& s = *slot_;
  const auto n = static_cast<std::size_t>(count);
  const void* nl = n ? memrchr(bytes, '\n', n) : nullptr;
  std::size_t keep_old = 0, from = 0;
  if (nl) {
    from = static_cast<std::size_t>(static_cast<const char*>(nl) - bytes) + 1;
  } else {
    keep_old = pending_.size;  // the line goes on
  }
  std::size_t add = n - from;
  if (add >= kTailMax) {
    from = n - kTailMax;
    add = kTailMax;
    keep_old = 0;
  } else if (keep_old + add > kTailMax) {
    keep_old = kTailMax - add;
  }
  if (keep_old + add == 0) {
    s.size.store(0, std::memory_order_relaxed);
    return;
  }
  if (!identified_ && !identify(fd_, s.dev, s.ino)) {
    s.size.store(0, std::memory_order_relaxed);
    return;
  }
  if (keep_old) std::memmove(s.bytes, s.bytes + pending_.size - keep_old, keep_old);
  std::memcpy(s.bytes + keep_old, bytes + from, add);
  s.size.store(static_cast<unsigned>(keep_old + add), std::memory_order_relaxed);
}

TailLease::~TailLease() {
  if (slot_) slot_->claimed.store(false, std::memory_order_release);
}

}  // namespace privguard::shim
