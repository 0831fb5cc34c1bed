// The one path every wrapper takes: look at an outgoing buffer, record
// findings, and say what to send instead.
#pragma once

#include <sys/socket.h>
#include <sys/uio.h>

#include <cstdint>

#include <cerrno>
#include <cstddef>

namespace privguard::shim {

// Held by a wrapper for its whole call. False when the call must pass
// through untouched: privguard is off, not ready, or this thread is
// already inside it (a signal handler that writes, a real function that
// calls another wrapped one, our own output). While held, nested calls
// pass through.
class Entry {
 public:
  Entry() noexcept;
  ~Entry();
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;
  explicit operator bool() const noexcept { return entered_; }
  // The policy could not be loaded and says fail_closed.
  bool fail_closed() const noexcept { return fail_closed_; }

 private:
  bool entered_ = false;
  bool was_inside_ = false;
  bool fail_closed_ = false;
};

// Bytes already sitting in a stdio stream's buffer that new bytes
// continue: they have not left the process yet, so a value that begins
// there and ends in the new bytes can still be masked in place.
struct Pending {
  char* data = nullptr;  // inside the FILE's put area
  std::size_t size = 0;
  std::size_t seen = 0;  // a match ending within the first `seen` bytes was handled before
  std::size_t drop_from = SIZE_MAX;  // set on Block: pending bytes from here must not go out
};

// What a wrapper should do with one outgoing buffer (under an Entry).
class Outgoing {
 public:
  enum class Kind { Pass, Send, Block };

  // For stdio: scans `pending` and the new bytes as one. On Send, masks in
  // `pending` are written in place and data()/size() are the new bytes'
  // (always the same length); on Block, pending.drop_from may be set.
  Outgoing(const char* call, int fd, const void* buf, std::size_t len, Pending& pending) noexcept;

  // `fd` names the destination (-1 if unknown); `to` is sendto's or
  // sendmsg's explicit address, if any. `positional`: the write lands at
  // an offset (pwrite), so its length must not change.
  Outgoing(const char* call, int fd, const void* buf, std::size_t len, bool positional = false,
           const struct sockaddr* to = nullptr, unsigned tolen = 0) noexcept;
  ~Outgoing();
  Outgoing(const Outgoing&) = delete;
  Outgoing& operator=(const Outgoing&) = delete;

  Kind kind() const noexcept { return kind_; }
  // For Send: the bytes to send instead of the caller's.
  const char* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  bool same_length() const noexcept { return same_length_; }

  // For Block: sets errno to the policy's and returns -1.
  long fail() const noexcept;

 private:
  void inspect(const char* call, int fd, const void* buf, std::size_t len, bool positional,
               const struct sockaddr* to, unsigned tolen) noexcept;
  Kind kind_ = Kind::Pass;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool same_length_ = true;
  void* mapping_ = nullptr;  // an oversized output buffer, unmapped at the end
  std::size_t mapping_size_ = 0;
  void* window_ = nullptr;  // an oversized join of pending and new bytes
  std::size_t window_size_ = 0;
};

// A buffer in the first 64 KiB of the address space (below Linux's
// mmap_min_addr) cannot be mapped: the kernel answers EFAULT for it, so we
// leave it to the kernel rather than read it. (Other bad addresses still
// fault in our scan: we read what the caller asked us to send.)
inline bool readable_address(const void* p) noexcept { return reinterpret_cast<std::uintptr_t>(p) >= 65536; }

// Joins scattered buffers (writev, sendmsg) so that a value split across
// them is still seen. Uses the thread's format buffer, or an mmap for large
// inputs; `ok()` is false if neither was available.
class Gathered {
 public:
  Gathered(const struct iovec* iov, int count) noexcept;
  ~Gathered();
  Gathered(const Gathered&) = delete;
  Gathered& operator=(const Gathered&) = delete;
  bool ok() const noexcept { return data_ != nullptr; }
  const char* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  void* mapping_ = nullptr;
};

void wait_writable(int fd) noexcept;

// Sends all of a transformed buffer whose length differs from the
// caller's, where a partial count could not be mapped back to the caller's
// bytes: `attempt(offset)` sends from `offset` and returns what the real
// call returned. EINTR is retried; EAGAIN fails the call while nothing has
// gone out (the caller retries as usual) and is waited out once something
// has (stopping would drop or repeat bytes). Returns 0 or -1 with errno.
template <class Attempt>
int send_all(int fd, std::size_t size, Attempt attempt) noexcept {
  std::size_t sent = 0;
  while (sent < size) {
    long n = attempt(sent);
    if (n >= 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if ((errno == EAGAIN || errno == EWOULDBLOCK) && sent > 0) {
      wait_writable(fd);
      continue;
    }
    return -1;
  }
  return 0;
}

// send_all with the real write().
int write_fully(int fd, const char* data, std::size_t size) noexcept;

}  // namespace privguard::shim
