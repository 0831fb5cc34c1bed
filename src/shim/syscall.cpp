// glibc's syscall(): programs that bypass the libc wrappers with
// syscall(SYS_write, ...) get the same treatment as the call they name.
// Output syscalls are routed to our wrappers; everything else goes to
// libc's syscall() untouched. (An inline `syscall` instruction is not a
// call and cannot be seen; see the README's limits.)
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>

#include "copy.h"
#include "export.h"
#include "io.h"
#include "net.h"
#include "real.h"

using namespace privguard::shim;

PRIVGUARD_EXPORT long syscall(long number, ...) {
  // Like libc's: the six argument registers, whatever the call takes.
  va_list ap;
  va_start(ap, number);
  long a[6];
  for (long& x : a) x = va_arg(ap, long);
  va_end(ap);
  auto fd = static_cast<int>(a[0]);
  auto ptr = [&](int i) { return reinterpret_cast<void*>(a[i]); };
  switch (number) {
    case SYS_write: return io::write(fd, ptr(1), static_cast<size_t>(a[2]));
    case SYS_writev: return io::writev(fd, static_cast<const iovec*>(ptr(1)), static_cast<int>(a[2]));
    case SYS_pwrite64: return io::pwrite64(fd, ptr(1), static_cast<size_t>(a[2]), a[3]);
    case SYS_pwritev: return io::pwritev(fd, static_cast<const iovec*>(ptr(1)), static_cast<int>(a[2]), a[3]);
    case SYS_sendto:
      return net::sendto(fd, ptr(1), static_cast<size_t>(a[2]), static_cast<int>(a[3]), static_cast<const sockaddr*>(ptr(4)),
                    static_cast<socklen_t>(a[5]));
    case SYS_sendmsg: return net::sendmsg(fd, static_cast<const msghdr*>(ptr(1)), static_cast<int>(a[2]));
    case SYS_sendmmsg:
      return net::sendmmsg(fd, static_cast<mmsghdr*>(ptr(1)), static_cast<unsigned>(a[2]), static_cast<int>(a[3]));
    case SYS_sendfile:
      return copy::sendfile64(fd, static_cast<int>(a[1]), static_cast<off64_t*>(ptr(2)), static_cast<size_t>(a[3]));
    case SYS_splice:
      return copy::splice(fd, static_cast<off64_t*>(ptr(1)), static_cast<int>(a[2]), static_cast<off64_t*>(ptr(3)),
                    static_cast<size_t>(a[4]), static_cast<unsigned>(a[5]));
    case SYS_copy_file_range:
      return copy::copy_file_range(fd, static_cast<off64_t*>(ptr(1)), static_cast<int>(a[2]), static_cast<off64_t*>(ptr(3)),
                             static_cast<size_t>(a[4]), static_cast<unsigned>(a[5]));
    case SYS_vmsplice:
      return copy::vmsplice(fd, static_cast<const iovec*>(ptr(1)), static_cast<size_t>(a[2]), static_cast<unsigned>(a[3]));
    default: break;
  }
  return real::syscall()(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}
