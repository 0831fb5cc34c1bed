// Socket output: send, sendto, sendmsg, sendmmsg (TCP, UDP, Unix).
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include <cerrno>

#include "export.h"
#include "inspect.h"
#include "real.h"

using namespace privguard::shim;

namespace {

ssize_t guarded_sendto(const char* call, int fd, const void* buf, size_t n, int flags, const sockaddr* to,
                       socklen_t tolen) {
  auto real = real::sendto();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(fd, buf, n, flags, to, tolen);
  Outgoing o(call, fd, buf, n, false, to, tolen);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(fd, buf, n, flags, to, tolen);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send:
      if (o.same_length()) return real(fd, o.data(), o.size(), flags, to, tolen);
      return send_all(fd, o.size(), [&](size_t off) -> long {
               return real(fd, o.data() + off, o.size() - off, flags, to, tolen);
             }) == 0
                 ? static_cast<ssize_t>(n)
                 : -1;
  }
  return -1;
}

// One message: scan its iovecs as one buffer; if it changes, send a copy
// of the header pointing at the transformed bytes (ancillary data such as
// SCM_RIGHTS is kept).
ssize_t guarded_sendmsg_one(const char* call, int fd, const msghdr* msg, int flags) {
  auto real = real::sendmsg();
  if (!readable_address(msg) || msg->msg_iovlen > 1024) return real(fd, msg, flags);
  Gathered g(msg->msg_iov, static_cast<int>(msg->msg_iovlen));
  if (!g.ok()) return real(fd, msg, flags);
  Outgoing o(call, fd, g.data(), g.size(), false, static_cast<const sockaddr*>(msg->msg_name), msg->msg_namelen);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(fd, msg, flags);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: {
      msghdr copy = *msg;
      iovec one{const_cast<char*>(o.data()), o.size()};
      copy.msg_iov = &one;
      copy.msg_iovlen = 1;
      if (o.same_length()) return real(fd, &copy, flags);
      int r = send_all(fd, o.size(), [&](size_t off) -> long {
        one = {const_cast<char*>(o.data()) + off, o.size() - off};
        long n = real(fd, &copy, flags);
        if (n > 0) {
          copy.msg_control = nullptr;  // ancillary data goes with the first part only
          copy.msg_controllen = 0;
        }
        return n;
      });
      return r == 0 ? static_cast<ssize_t>(g.size()) : -1;
    }
  }
  return -1;
}

}  // namespace

PRIVGUARD_EXPORT ssize_t send(int fd, const void* buf, size_t n, int flags) {
  return guarded_sendto("send", fd, buf, n, flags, nullptr, 0);
}

PRIVGUARD_EXPORT ssize_t sendto(int fd, const void* buf, size_t n, int flags, const struct sockaddr* to,
                                socklen_t tolen) {
  return guarded_sendto("sendto", fd, buf, n, flags, to, tolen);
}

PRIVGUARD_EXPORT ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) {
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real::sendmsg()(fd, msg, flags);
  return guarded_sendmsg_one("sendmsg", fd, msg, flags);
}

// Each message on its own: sendmmsg's result is the number of messages
// sent, so a blocked one ends the batch there (or fails it if first).
PRIVGUARD_EXPORT int sendmmsg(int fd, struct mmsghdr* msgs, unsigned int count, int flags) {
  auto real = real::sendmmsg();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(fd, msgs, count, flags);
  if (!readable_address(msgs)) return real(fd, msgs, count, flags);
  for (unsigned int i = 0; i < count; ++i) {
    ssize_t n = guarded_sendmsg_one("sendmmsg", fd, &msgs[i].msg_hdr, flags);
    if (n < 0) return i > 0 ? static_cast<int>(i) : -1;
    msgs[i].msg_len = static_cast<unsigned int>(n);
  }
  return static_cast<int>(count);
}
