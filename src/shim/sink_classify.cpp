#include "sink_classify.h"

#include "raw_syscall.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace privguard::shim {
namespace {

std::size_t fd_path(int fd, char* out, std::size_t cap) noexcept {
  char link[32];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  long n = raw_syscall(SYS_readlinkat, AT_FDCWD, reinterpret_cast<long>(link), reinterpret_cast<long>(out), static_cast<long>(cap - 1));
  if (n <= 0 || out[0] != '/') return 0;  // "pipe:[123]", "socket:[456]": no path
  out[n] = '\0';
  return static_cast<std::size_t>(n);
}

std::size_t socket_peer(int fd, const sockaddr* to, socklen_t tolen, char* out, std::size_t cap) noexcept {
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  if (to && tolen > 0 && tolen <= sizeof ss) {
    std::memcpy(&ss, to, tolen);  // sendto's own address, not the connected one
    len = tolen;
  } else if (getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) {
    return 0;
  }
  char host[INET6_ADDRSTRLEN];
  int n = 0;
  if (ss.ss_family == AF_INET) {
    auto* a = reinterpret_cast<sockaddr_in*>(&ss);
    inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
    n = std::snprintf(out, cap, "%s:%u", host, ntohs(a->sin_port));
  } else if (ss.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
    inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
    n = std::snprintf(out, cap, "[%s]:%u", host, ntohs(a->sin6_port));
  } else if (ss.ss_family == AF_UNIX) {
    auto* a = reinterpret_cast<sockaddr_un*>(&ss);
    std::size_t plen = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
    if (plen > 0 && a->sun_path[0] == '\0') {  // abstract socket: "@name"
      n = std::snprintf(out, cap, "@%.*s", static_cast<int>(plen - 1), a->sun_path + 1);
    } else {
      n = std::snprintf(out, cap, "%.*s", static_cast<int>(strnlen(a->sun_path, plen)), a->sun_path);
    }
  }
  return n > 0 ? std::min<std::size_t>(static_cast<std::size_t>(n), cap - 1) : 0;
}

}  // namespace

void classify_sink(const Call& call, ThreadState& st) noexcept {
  st.sink = core::Sink{};
  st.path[0] = st.peer[0] = '\0';
  const int fd = call.fd;
  if (call.syslog) {
    st.sink.kind = core::SinkKind::Socket;
    st.sink.peer = "/dev/log";
    return;
  }
  if (fd < 0) {
    // SSL_write on a connection whose fd OpenSSL does not know (curl gives
    // it a BIO of its own): TLS still goes to a peer, even if unnamed.
    if (call.tls_plaintext) st.sink.kind = core::SinkKind::Socket;
    return;
  }
  st.sink.fd = fd;
  struct stat sb {};
  if (fstat(fd, &sb) != 0) return;
  std::size_t plen = 0, peerlen = 0;
  if (S_ISREG(sb.st_mode)) {
    st.sink.kind = core::SinkKind::File;
    plen = fd_path(fd, st.path, sizeof st.path);
  } else if (S_ISFIFO(sb.st_mode)) {
    st.sink.kind = core::SinkKind::Pipe;
    plen = fd_path(fd, st.path, sizeof st.path);
  } else if (S_ISSOCK(sb.st_mode)) {
    st.sink.kind = core::SinkKind::Socket;
    peerlen = socket_peer(fd, call.to, call.tolen, st.peer, sizeof st.peer);
  } else if (S_ISCHR(sb.st_mode)) {
    termios t{};
    st.sink.kind = ioctl(fd, TCGETS, &t) == 0 ? core::SinkKind::Tty : core::SinkKind::Other;
    plen = fd_path(fd, st.path, sizeof st.path);
  } else {
    plen = fd_path(fd, st.path, sizeof st.path);
  }
  st.sink.path = std::string_view(st.path, plen);
  st.sink.peer = std::string_view(st.peer, peerlen);
}

}  // namespace privguard::shim
