// The one path every wrapper takes: look at an outgoing buffer, record
// findings, and say what to send instead.
//
//   Entry e;                                  // may this call be scanned?
//   if (!e) return e.fail_closed() ? refuse() : real(...);
//   Verdict v = inspect({"write", fd}, buf, n);
//   switch (v.kind()) { Pass: real(buf); Replace: real(v.data()); Block: v.refuse(); }
#pragma once

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>

namespace privguard::shim {

// Held by a wrapper for its whole call. False when the call must pass
// through untouched: privguard is off or not ready, the call comes from
// our own work or from a real TLS function sending its ciphertext, or a
// signal handler interrupted a call that a signal handler made (deeper
// than the two levels a thread has state for; counted).
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
  int depth_ = 0;
  bool entered_ = false;
  bool fail_closed_ = false;
};

// Sets errno to the policy's block_errno and returns -1: what a blocked
// call (or any call, when the policy failed and says fail_closed) returns.
long refuse() noexcept;

// What a wrapper returns when its call is not scanned (`!entry`): the real
// call's result, or `failed` with errno = block_errno when the policy
// could not be loaded and says fail_closed.
template <class R, class Real>
R unscanned(const Entry& entry, R failed, Real real) noexcept {
  if (entry.fail_closed()) {
    refuse();
    return failed;
  }
  return real();
}

// One wrapped call: its name (as findings report it) and where it goes.
struct Call {
  const char* name;
  int fd = -1;                           // -1 when unknown
  const struct sockaddr* to = nullptr;  // sendto's or sendmsg's own address, if given
  unsigned tolen = 0;
  bool positional = false;     // lands at an offset (pwrite, copies): its length must not change
  bool tls_plaintext = false;  // SSL_write & co: plaintext (TLS records in it are a tunnel's, the fd says nothing)
  bool syslog = false;         // goes to the local syslog socket
  bool chunkable = false;      // its forwarder can send a chunked() Replace (io.cpp's write family)
};

// stdio only: values near the end of a line that is not finished yet.
// Programs write a line in pieces (od writes the offset and each column
// with its own call), and a value's neighbours decide whether it is one:
// "02 13 45 68 60" reads as a phone number until two more hex columns
// follow it. So a match that ends within kDeferReach bytes of the end of
// an unfinished line is not decided with the call that wrote it: it is
// masked provisionally (what reaches the stream's buffer, and so what
// any flush sends, is masked) but not recorded, and the stream keeps the
// region's original bytes. The next scan of the stream puts them back in
// its scan window, so the value is judged again with what followed it;
// whatever is still a finding then, or when the line ends or is flushed
// through one of our wrappers, is acted on and recorded as usual.
constexpr std::size_t kDeferMax = 256;    // longest region (first deferred match to the end)
constexpr std::size_t kDeferReach = 64;   // bytes after a value that settle it (the engine's windows' reach)
constexpr std::size_t kDeferValues = 8;   // matches one region holds

struct Deferred {
  std::size_t size = 0;  // 0: nothing deferred; else the region's length: the last bytes of the call's output
  std::size_t count = 0;
  struct Value {
    std::uint32_t start, end, rule;  // offsets in the region
    std::uint8_t action;             // core::Action
    bool binary;
  } values[kDeferValues];
  char original[kDeferMax];     // the region as the caller wrote it
  char provisional[kDeferMax];  // as it went into the stream (masked)
};

// Records a region's values as found (what reached the stream is its
// provisional form): a stream flushed where no wrapper saw it, or a region
// nothing can hold. Call under an Entry.
void record_deferred(const Call& call, const Deferred& d) noexcept;

// Bytes that came before this call's and that a value may continue from:
// a stdio stream's unflushed line (still in the FILE's buffer, so a value
// that began there is masked in place), or the unfinished end of what the
// last call on the fd sent (gone already: only this call's part of a value
// can be masked, and the finding says the value was split).
struct Pending {
  char* data = nullptr;
  std::size_t size = 0;
  std::size_t seen = 0;  // a match ending within the first `seen` bytes was handled before
  std::size_t drop_from = SIZE_MAX;  // set on Block: pending bytes from here must not go out
  bool sent = false;                 // the bytes left already and cannot be changed
  // For sent bytes: whether they still belong to the call's destination
  // (asked only when a value crosses into the call's bytes); null: yes.
  bool (*still_ours)(void* ctx) noexcept = nullptr;
  void* still_ours_ctx = nullptr;
  // stdio: where matches near the end of the unfinished line may be
  // deferred (see Deferred); null when the line ends or is flushed.
  Deferred* defer = nullptr;
  // stdio: pending bytes [restore_at, restore_at + restore_size) are an
  // earlier call's provisional region; `restore` holds its original
  // bytes, scanned in their place and written back unless a match in
  // them stands. `restored` is set once the scan has judged them.
  const char* restore = nullptr;
  std::size_t restore_at = 0, restore_size = 0;
  const char* restore_call = nullptr;  // the call that wrote them: findings within them name it
  bool restored = false;
};

// Anonymous memory for a buffer too large for the thread's own (mmap is
// async-signal-safe, malloc is not), unmapped with its owner. data() is
// null when there is none (size 0, or mmap failed).
class Mapping {
 public:
  Mapping() noexcept = default;
  explicit Mapping(std::size_t size) noexcept;
  Mapping(Mapping&& other) noexcept : size_(other.size_), p_(other.p_) { other.p_ = nullptr; }
  Mapping& operator=(Mapping&& other) noexcept {
    if (this != &other) {
      this->~Mapping();
      size_ = other.size_;
      p_ = other.p_;
      other.p_ = nullptr;
    }
    return *this;
  }
  Mapping(const Mapping&) = delete;
  ~Mapping();
  char* data() const noexcept { return static_cast<char*>(p_); }
  // Grows to `size` bytes keeping the contents (mremap: no second copy in
  // memory at once). False, and unchanged, when there is no memory.
  bool grow(std::size_t size) noexcept;

 private:
  std::size_t size_ = 0;
  void* p_ = nullptr;
};

// What to do with one outgoing buffer.
class Verdict {
 public:
  enum class Kind { Pass, Replace, Block };

  Verdict() noexcept = default;
  Verdict(Verdict&&) noexcept = default;
  Verdict& operator=(Verdict&&) = delete;
  Verdict(const Verdict&) = delete;

  Kind kind() const noexcept { return kind_; }
  // For Replace: the bytes to send instead of the caller's. With Pending,
  // always the length of the call's own bytes.
  const char* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  bool same_length() const noexcept { return same_length_; }

  // A Replace whose output was too large for memory (mmap failed, e.g.
  // under `ulimit -v`) and keeps the call's length: data() is null and
  // the output is made piece by piece with chunk(), each piece cut between
  // values, so that a stream or positional write still delivers all of it.
  bool chunked() const noexcept { return kind_ == Kind::Replace && !data_; }
  // Writes the output bytes [from, from + k) into the thread's buffer and
  // returns k (0 when a value starting at `from` is larger than it).
  std::size_t chunk(std::size_t from, const char*& out) const noexcept;

 private:
  friend Verdict inspect(const Call&, const void*, std::size_t, Pending*) noexcept;
  Kind kind_ = Kind::Pass;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool same_length_ = true;
  Mapping oversized_;  // the output, when larger than the thread's buffer
  // chunked(): the caller's bytes and their matches (in the scratch or in
  // `pieces_`, valid until the thread's next scan).
  const char* source_ = nullptr;
  const void* matches_ = nullptr;  // const core::Match*
  std::size_t match_count_ = 0;
  Mapping pieces_;
};

// Sends a chunked() verdict with send(bytes, n) -> ssize_t, like one call
// of that size: the count sent until a send failed or came back short (-1
// when the first failed), never more than the kernel took.
template <class Send>
ssize_t send_chunked(const Verdict& v, Send send) noexcept {
  std::size_t done = 0;
  while (done < v.size()) {
    const char* out = nullptr;
    const std::size_t k = v.chunk(done, out);
    if (k == 0) break;
    const ssize_t r = send(out, k);
    if (r < 0) return done ? static_cast<ssize_t>(done) : -1;
    done += static_cast<std::size_t>(r);
    if (static_cast<std::size_t>(r) < k) break;
  }
  if (done == 0 && v.size() > 0) {
    errno = ENOMEM;
    return -1;
  }
  return static_cast<ssize_t>(done);
}

// Scans `buf` (after `before`'s bytes, if given), records findings and
// says what to send. Call under an Entry. Never allocates from the heap in
// steady state; keeps errno.
Verdict inspect(const Call& call, const void* buf, std::size_t len, Pending* before = nullptr) noexcept;

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
  Gathered(const Gathered&) = delete;
  Gathered& operator=(const Gathered&) = delete;
  bool ok() const noexcept { return data_ != nullptr; }
  const char* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  Mapping oversized_;
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
