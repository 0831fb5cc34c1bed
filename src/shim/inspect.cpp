// The common path of every wrapper: scan, record findings, transform.
#include "inspect.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "privguard/finding.h"
#include "raw_syscall.h"
#include "real.h"
#include "runtime.h"
#include "sink_classify.h"
#include "tls_records.h"

namespace privguard::shim {
namespace {

void* map_buffer(std::size_t size) noexcept {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

const core::Sink& resolve_sink(void* ctx) noexcept {
  auto* st = static_cast<ThreadState*>(ctx);
  classify_fd(st->sink_fd, *st);
  return st->sink;
}

// SSL_write and gnutls_record_send carry plaintext, which is scanned
// whatever it looks like; every other call may carry TLS records that a
// program encrypted itself (tls_records.h).
bool tls_plaintext_call(const char* call) noexcept {
  return std::strncmp(call, "SSL_", 4) == 0 || std::strncmp(call, "gnutls_", 7) == 0;
}

std::int64_t now_ns() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// One JSON line per finding, appended with one write each (O_APPEND keeps
// concurrent processes' lines whole). Opened per call, not kept: daemons
// close every fd and reuse the numbers.
void record(const core::Engine& engine, ThreadState& st, std::string_view data,
            std::span<const core::Match> matches) noexcept {
  Runtime& rt = g_runtime;
  for (const auto& m : matches) {
    rt.findings.fetch_add(1, std::memory_order_relaxed);
    if (m.action == core::Action::Block) rt.blocked.fetch_add(1, std::memory_order_relaxed);
    else if (m.action != core::Action::Report) rt.masked.fetch_add(1, std::memory_order_relaxed);
  }
  if (rt.report_path[0] == '\0') return;
  int fd = static_cast<int>(
      raw_syscall(SYS_openat, AT_FDCWD, reinterpret_cast<long>(rt.report_path), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600));
  if (fd < 0) return;
  char exe[sizeof rt.exe];
  core::RuntimeOrigin origin{static_cast<std::int64_t>(raw_syscall(SYS_getpid)), exe_path(exe, sizeof exe), st.call,
                             st.sink_fd, st.sink};
  const std::int64_t ts = now_ns();
  for (std::size_t i = 0; i < matches.size(); ++i) {
    std::size_t n = core::format_finding(engine, ts, origin, data, matches, i, st.line, sizeof st.line);
    if (n == 0) continue;
    for (std::size_t off = 0; off < n;) {
      long w = raw_syscall(SYS_write, fd, reinterpret_cast<long>(st.line + off), static_cast<long>(n - off));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) break;
      off += static_cast<std::size_t>(w);
    }
  }
  raw_syscall(SYS_close, fd);
}

}  // namespace

Entry::Entry() noexcept {
  was_inside_ = t_inside;
  if (was_inside_) {
    if (t_scanning) g_runtime.reentered.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  if (!active()) {
    fail_closed_ = shim::fail_closed();
    return;
  }
  t_inside = true;
  entered_ = true;
}

Entry::~Entry() {
  if (entered_) t_inside = was_inside_;
}

Outgoing::Outgoing(const char* call, int fd, const void* buf, std::size_t len, bool positional,
                   const struct sockaddr* to, unsigned tolen) noexcept {
  inspect(call, fd, buf, len, positional, to, tolen);
}

void Outgoing::inspect(const char* call, int fd, const void* buf, std::size_t len, bool positional,
                       const struct sockaddr* to, unsigned tolen) noexcept {
  if (len == 0 || !readable_address(buf)) return;
  if (!tls_plaintext_call(call) && is_tls_ciphertext(fd, buf, len)) return;
  const int saved_errno = errno;
  Runtime& rt = g_runtime;
  ThreadState* st = thread_state();
  if (!st || !st->scratch) {
    rt.unscanned.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  st->call = call;
  st->sink_fd = fd;
  st->sink_to = to;
  st->sink_tolen = tolen;
  std::string_view data(static_cast<const char*>(buf), len);
  const core::Engine& engine = *rt.engine;
  t_scanning = true;
  core::ScanResult r = engine.scan(data, resolve_sink, st, *st->scratch);
  if (r.incomplete) rt.unscanned.fetch_add(1, std::memory_order_relaxed);
  if (!r.matches.empty()) record(engine, *st, data, r.matches);

  if (r.blocked) {
    kind_ = Kind::Block;
  } else if (r.changes) {
    std::size_t need = positional ? len : r.output_size;
    char* out = st->out;
    if (need > st->out_cap) {
      mapping_size_ = need;
      mapping_ = map_buffer(need);
      out = static_cast<char*>(mapping_);
    }
    std::size_t n = out ? engine.transform(data, r.matches, out, need, positional) : 0;
    if (n == need) {
      kind_ = Kind::Send;
      data_ = out;
      size_ = n;
      same_length_ = n == len;
    } else {
      // Could not build the masked copy: sending the original would leak
      // what we just found, so nothing goes out.
      kind_ = Kind::Block;
    }
  }
  t_scanning = false;
  errno = saved_errno;
}

Outgoing::Outgoing(const char* call, int fd, const void* buf, std::size_t len, Pending& pending) noexcept {
  if (pending.size == 0) {
    inspect(call, fd, buf, len, false, nullptr, 0);
    return;
  }
  if (len > 0 && !readable_address(buf)) return;
  const int saved_errno = errno;
  Runtime& rt = g_runtime;
  ThreadState* st = thread_state();
  const std::size_t p = pending.size, total = p + len;
  char* win = st ? st->win : nullptr;
  if (st && total > st->win_cap) {
    window_size_ = total;
    window_ = map_buffer(total);
    win = static_cast<char*>(window_);
  }
  if (!st || !st->scratch || !win) {
    rt.unscanned.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  std::memcpy(win, pending.data, p);
  if (len) std::memcpy(win + p, buf, len);
  st->call = call;
  st->sink_fd = fd;
  st->sink_to = nullptr;
  st->sink_tolen = 0;
  std::string_view data(win, total);
  const core::Engine& engine = *rt.engine;
  t_scanning = true;
  core::ScanResult r = engine.scan(data, resolve_sink, st, *st->scratch);
  if (r.incomplete) rt.unscanned.fetch_add(1, std::memory_order_relaxed);
  // Matches are sorted and disjoint: those complete before `seen` come first.
  std::size_t first = 0;
  while (first < r.matches.size() && r.matches[first].end <= pending.seen) ++first;
  auto fresh = r.matches.subspan(first);
  if (!fresh.empty()) record(engine, *st, data, fresh);

  bool blocked = false, changes = false;
  for (const auto& m : fresh) {
    if (m.action == core::Action::Block) {
      blocked = true;
      if (m.start < p) pending.drop_from = std::min<std::size_t>(pending.drop_from, m.start);
    }
    changes |= m.action == core::Action::Mask || m.action == core::Action::Redact ||
               m.action == core::Action::Pseudonym;
  }
  if (blocked) {
    kind_ = Kind::Block;
  } else if (changes) {
    // Same length throughout: the pending bytes are rewritten in place.
    char* out = total <= st->out_cap ? st->out : nullptr;
    if (!out) {
      mapping_size_ = total;
      mapping_ = map_buffer(total);
      out = static_cast<char*>(mapping_);
    }
    if (out && engine.transform(data, fresh, out, total, true) == total) {
      std::memcpy(pending.data, out, p);
      kind_ = Kind::Send;
      data_ = out + p;
      size_ = len;
    } else {
      kind_ = Kind::Block;
      pending.drop_from = 0;
    }
  }
  t_scanning = false;
  errno = saved_errno;
}

Outgoing::~Outgoing() {
  if (mapping_) munmap(mapping_, mapping_size_);
  if (window_) munmap(window_, window_size_);
}

long Outgoing::fail() const noexcept {
  errno = g_runtime.block_errno;
  return -1;
}

Gathered::Gathered(const struct iovec* iov, int count) noexcept {
  if (count <= 0 || !readable_address(iov)) return;
  std::size_t total = 0;
  for (int i = 0; i < count; ++i) {
    if (iov[i].iov_len && !readable_address(iov[i].iov_base)) return;  // the kernel reports EFAULT
    total += iov[i].iov_len;
  }
  size_ = total;
  if (total == 0) return;
  ThreadState* st = thread_state();
  char* dst = nullptr;
  if (st && st->fmt && total <= st->fmt_cap) {
    dst = st->fmt;
  } else if ((mapping_ = map_buffer(total)) != nullptr) {
    dst = static_cast<char*>(mapping_);
  } else {
    return;
  }
  std::size_t off = 0;
  for (int i = 0; i < count; ++i) {
    if (iov[i].iov_len) std::memcpy(dst + off, iov[i].iov_base, iov[i].iov_len);
    off += iov[i].iov_len;
  }
  data_ = dst;
}

Gathered::~Gathered() {
  if (mapping_) munmap(mapping_, size_);
}

void wait_writable(int fd) noexcept {
  pollfd p{fd, POLLOUT, 0};
  poll(&p, 1, -1);
}

int write_fully(int fd, const char* data, std::size_t size) noexcept {
  auto real_write = real::write();
  return send_all(fd, size, [&](std::size_t off) -> long {
    return real_write ? real_write(fd, data + off, size - off) : raw_syscall(SYS_write, fd, reinterpret_cast<long>(data + off), static_cast<long>(size - off));
  });
}

}  // namespace privguard::shim
