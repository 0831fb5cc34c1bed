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

#include "export.h"
#include "real.h"

extern "C" {
ssize_t write(int, const void*, size_t);
ssize_t writev(int, const struct iovec*, int);
ssize_t pwrite64(int, const void*, size_t, off64_t);
ssize_t pwritev(int, const struct iovec*, int, off_t);
ssize_t sendto(int, const void*, size_t, int, const struct sockaddr*, socklen_t);
ssize_t sendmsg(int, const struct msghdr*, int);
int sendmmsg(int, struct mmsghdr*, unsigned int, int);
ssize_t sendfile64(int, int, off64_t*, size_t);
ssize_t splice(int, off64_t*, int, off64_t*, size_t, unsigned int);
ssize_t copy_file_range(int, off64_t*, int, off64_t*, size_t, unsigned int);
ssize_t vmsplice(int, const struct iovec*, size_t, unsigned int);
}

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
    case SYS_write: return write(fd, ptr(1), static_cast<size_t>(a[2]));
    case SYS_writev: return writev(fd, static_cast<const iovec*>(ptr(1)), static_cast<int>(a[2]));
    case SYS_pwrite64: return pwrite64(fd, ptr(1), static_cast<size_t>(a[2]), a[3]);
    case SYS_pwritev: return pwritev(fd, static_cast<const iovec*>(ptr(1)), static_cast<int>(a[2]), a[3]);
    case SYS_sendto:
      return sendto(fd, ptr(1), static_cast<size_t>(a[2]), static_cast<int>(a[3]), static_cast<const sockaddr*>(ptr(4)),
                    static_cast<socklen_t>(a[5]));
    case SYS_sendmsg: return sendmsg(fd, static_cast<const msghdr*>(ptr(1)), static_cast<int>(a[2]));
    case SYS_sendmmsg:
      return sendmmsg(fd, static_cast<mmsghdr*>(ptr(1)), static_cast<unsigned>(a[2]), static_cast<int>(a[3]));
    case SYS_sendfile:
      return sendfile64(fd, static_cast<int>(a[1]), static_cast<off64_t*>(ptr(2)), static_cast<size_t>(a[3]));
    case SYS_splice:
      return splice(fd, static_cast<off64_t*>(ptr(1)), static_cast<int>(a[2]), static_cast<off64_t*>(ptr(3)),
                    static_cast<size_t>(a[4]), static_cast<unsigned>(a[5]));
    case SYS_copy_file_range:
      return copy_file_range(fd, static_cast<off64_t*>(ptr(1)), static_cast<int>(a[2]), static_cast<off64_t*>(ptr(3)),
                             static_cast<size_t>(a[4]), static_cast<unsigned>(a[5]));
    case SYS_vmsplice:
      return vmsplice(fd, static_cast<const iovec*>(ptr(1)), static_cast<size_t>(a[2]), static_cast<unsigned>(a[3]));
    default: break;
  }
  auto real = privguard::shim::real::syscall();
  if (!real) return errno = ENOSYS, -1;
  return real(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}
