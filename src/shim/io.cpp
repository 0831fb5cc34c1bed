// unistd output: write, writev, pwrite*, pwritev*.
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>

#include "export.h"
#include "inspect.h"
#include "raw_syscall.h"
#include "real.h"

using namespace privguard::shim;

namespace {

ssize_t real_write(int fd, const void* buf, size_t n) {
  auto f = real::write();
  return f ? f(fd, buf, n) : raw_syscall(SYS_write, fd, reinterpret_cast<long>(buf), static_cast<long>(n));
}

// Sends a transformed buffer in place of the caller's. Same length: one
// real write, whose count maps 1:1 onto the caller's bytes. Otherwise all
// of it (a partial count could not be mapped back), and the caller is told
// its whole buffer went.
ssize_t send_instead(int fd, const Outgoing& o, size_t caller_len) {
  if (o.same_length()) return real_write(fd, o.data(), o.size());
  return write_fully(fd, o.data(), o.size()) == 0 ? static_cast<ssize_t>(caller_len) : -1;
}

size_t iov_total(const struct iovec* iov, int count) {
  size_t n = 0;
  for (int i = 0; i < count; ++i) n += iov[i].iov_len;
  return n;
}

}  // namespace

PRIVGUARD_EXPORT ssize_t write(int fd, const void* buf, size_t n) {
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real_write(fd, buf, n);
  Outgoing o("write", fd, buf, n);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real_write(fd, buf, n);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: return send_instead(fd, o, n);
  }
  return -1;
}

PRIVGUARD_EXPORT ssize_t writev(int fd, const struct iovec* iov, int count) {
  auto real = real::writev();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real ? real(fd, iov, count) : (errno = ENOSYS, -1);
  if (count < 0 || (count > 0 && !iov)) return real(fd, iov, count);  // let the kernel report EINVAL/EFAULT
  Gathered g(iov, count);
  if (!g.ok()) return real(fd, iov, count);
  Outgoing o("writev", fd, g.data(), g.size());
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(fd, iov, count);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: return send_instead(fd, o, iov_total(iov, count));
  }
  return -1;
}

// Positional writes keep their length: a redaction or pseudonym is written
// as a mask, so the rest of the file stays where the caller put it.
#define PRIVGUARD_PWRITE(name, off_type)                                                       \
  PRIVGUARD_EXPORT ssize_t name(int fd, const void* buf, size_t n, off_type off) {             \
    auto real = real::name();                                                                  \
    Entry e;                                                                                   \
    if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(fd, buf, n, off);             \
    Outgoing o(#name, fd, buf, n, true);                                                       \
    switch (o.kind()) {                                                                        \
      case Outgoing::Kind::Pass: return real(fd, buf, n, off);                                 \
      case Outgoing::Kind::Block: return o.fail();                                             \
      case Outgoing::Kind::Send: return real(fd, o.data(), o.size(), off);                     \
    }                                                                                          \
    return -1;                                                                                 \
  }

PRIVGUARD_PWRITE(pwrite, off_t)
PRIVGUARD_PWRITE(pwrite64, off64_t)

namespace {

template <class Real, class... Extra>
ssize_t guarded_pwritev(const char* call, Real real, int fd, const struct iovec* iov, int count, Extra... extra) {
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(fd, iov, count, extra...);
  if (count < 0 || (count > 0 && !iov)) return real(fd, iov, count, extra...);
  Gathered g(iov, count);
  if (!g.ok()) return real(fd, iov, count, extra...);
  Outgoing o(call, fd, g.data(), g.size(), true);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(fd, iov, count, extra...);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: {
      iovec one{const_cast<char*>(o.data()), o.size()};
      return real(fd, &one, 1, extra...);
    }
  }
  return -1;
}

}  // namespace

PRIVGUARD_EXPORT ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off) {
  return guarded_pwritev("pwritev", real::pwritev(), fd, iov, count, off);
}
PRIVGUARD_EXPORT ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t off) {
  return guarded_pwritev("pwritev64", real::pwritev64(), fd, iov, count, off);
}
PRIVGUARD_EXPORT ssize_t pwritev2(int fd, const struct iovec* iov, int count, off_t off, int flags) {
  return guarded_pwritev("pwritev2", real::pwritev2(), fd, iov, count, off, flags);
}
PRIVGUARD_EXPORT ssize_t pwritev64v2(int fd, const struct iovec* iov, int count, off64_t off, int flags) {
  return guarded_pwritev("pwritev64v2", real::pwritev64v2(), fd, iov, count, off, flags);
}
