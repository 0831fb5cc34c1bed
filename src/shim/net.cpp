// Socket output: send, sendto, sendmsg, sendmmsg (TCP, UDP, Unix).
#include "net.h"

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>

#include "export.h"
#include "fd_tail.h"
#include "inspect.h"
#include "real.h"

namespace privguard::shim::net {
namespace {

// A stream socket's calls continue one another (a value may be split
// across two sends); a datagram is a message of its own.
bool is_stream(int fd) noexcept {
  int type = 0;
  socklen_t len = sizeof type;
  return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0 && type == SOCK_STREAM;
}

ssize_t guarded_sendto(const char* name, int fd, const void* buf, size_t n, int flags, const sockaddr* to,
                       socklen_t tolen) noexcept {
  auto real = real::sendto();
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real(fd, buf, n, flags, to, tolen); });
  const char* bytes = static_cast<const char*>(buf);
  // Only a connected stream (no address of its own) carries a tail.
  TailLease tail(to ? -1 : fd, bytes, n);
  Pending* before = tail.pending() && is_stream(fd) ? tail.pending() : nullptr;
  Verdict v = inspect(Call{name, fd, to, tolen}, buf, n, before);
  switch (v.kind()) {
    case Verdict::Kind::Pass: {
      ssize_t r = real(fd, buf, n, flags, to, tolen);
      tail.sent(bytes, r);
      return r;
    }
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace: {
      ssize_t r;
      if (v.same_length()) {
        r = real(fd, v.data(), v.size(), flags, to, tolen);
      } else {
        r = send_all(fd, v.size(), [&](size_t off) -> long {
              return real(fd, v.data() + off, v.size() - off, flags, to, tolen);
            }) == 0
                ? static_cast<ssize_t>(n)
                : -1;
      }
      tail.sent(v.data(), r < 0 ? -1 : v.same_length() ? r : static_cast<ssize_t>(v.size()));
      return r;
    }
  }
  return -1;
}

// One message: scan its iovecs as one buffer; if it changes, send a copy
// of the header pointing at the transformed bytes (ancillary data such as
// SCM_RIGHTS is kept).
ssize_t guarded_sendmsg_one(const char* name, int fd, const msghdr* msg, int flags) noexcept {
  auto real = real::sendmsg();
  if (!readable_address(msg) || msg->msg_iovlen > 1024) return real(fd, msg, flags);
  Gathered g(msg->msg_iov, static_cast<int>(msg->msg_iovlen));
  if (!g.ok()) return real(fd, msg, flags);
  Verdict v = inspect(Call{name, fd, static_cast<const sockaddr*>(msg->msg_name), msg->msg_namelen}, g.data(), g.size());
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real(fd, msg, flags);
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace: {
      msghdr copy = *msg;
      iovec one{const_cast<char*>(v.data()), v.size()};
      copy.msg_iov = &one;
      copy.msg_iovlen = 1;
      if (v.same_length()) return real(fd, &copy, flags);
      int r = send_all(fd, v.size(), [&](size_t off) -> long {
        one = {const_cast<char*>(v.data()) + off, v.size() - off};
        long k = real(fd, &copy, flags);
        if (k > 0) {
          copy.msg_control = nullptr;  // ancillary data goes with the first part only
          copy.msg_controllen = 0;
        }
        return k;
      });
      return r == 0 ? static_cast<ssize_t>(g.size()) : -1;
    }
  }
  return -1;
}

}  // namespace

ssize_t send(int fd, const void* buf, size_t n, int flags) noexcept {
  return guarded_sendto("send", fd, buf, n, flags, nullptr, 0);
}

ssize_t sendto(int fd, const void* buf, size_t n, int flags, const struct sockaddr* to, socklen_t tolen) noexcept {
  return guarded_sendto("sendto", fd, buf, n, flags, to, tolen);
}

ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) noexcept {
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real::sendmsg()(fd, msg, flags); });
  return guarded_sendmsg_one("sendmsg", fd, msg, flags);
}

// Each message on its own: sendmmsg's result is the number of messages
// sent, so a blocked one ends the batch there (or fails it if first).
int sendmmsg(int fd, struct mmsghdr* msgs, unsigned int count, int flags) noexcept {
  auto real = real::sendmmsg();
  Entry e;
  if (!e) return unscanned(e, -1, [&] { return real(fd, msgs, count, flags); });
  if (!readable_address(msgs)) return real(fd, msgs, count, flags);
  for (unsigned int i = 0; i < count; ++i) {
    ssize_t n = guarded_sendmsg_one("sendmmsg", fd, &msgs[i].msg_hdr, flags);
    if (n < 0) return i > 0 ? static_cast<int>(i) : -1;
    msgs[i].msg_len = static_cast<unsigned int>(n);
  }
  return static_cast<int>(count);
}

}  // namespace privguard::shim::net

// ---- the libc names
using namespace privguard::shim;

PRIVGUARD_EXPORT ssize_t send(int fd, const void* buf, size_t n, int flags) { return net::send(fd, buf, n, flags); }
PRIVGUARD_EXPORT ssize_t sendto(int fd, const void* buf, size_t n, int flags, const struct sockaddr* to,
                                socklen_t tolen) {
  return net::sendto(fd, buf, n, flags, to, tolen);
}
PRIVGUARD_EXPORT ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) { return net::sendmsg(fd, msg, flags); }
PRIVGUARD_EXPORT int sendmmsg(int fd, struct mmsghdr* msgs, unsigned int count, int flags) {
  return net::sendmmsg(fd, msgs, count, flags);
}
