// The shim's own system calls, issued directly: the shim exports a
// syscall() wrapper (programs call syscall(SYS_write, ...)), and its own
// output must never go through its own wrappers. Returns like syscall():
// -1 with errno on failure.
#pragma once

#include <sys/syscall.h>

#include <cerrno>

namespace privguard::shim {

inline long raw_syscall(long n, long a = 0, long b = 0, long c = 0, long d = 0) noexcept {
#if defined(__x86_64__)
  long r;
  register long r10 __asm__("r10") = d;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
#elif defined(__aarch64__)
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
  long r = x0;
#else
#error "raw_syscall: add this architecture"
#endif
  if (r < 0 && r > -4096) {
    errno = static_cast<int>(-r);
    return -1;
  }
  return r;
}

// Writes all of `data` to `fd` with raw syscalls (EINTR retried); false
// (errno set) when it could not. For the shim's own output: findings
// lines, messages on stderr.
inline bool raw_write_all(int fd, const char* data, unsigned long n) noexcept {
  while (n > 0) {
    long w = raw_syscall(SYS_write, fd, reinterpret_cast<long>(data), static_cast<long>(n));
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) return false;
    if (w == 0) return errno = EIO, false;
    data += w;
    n -= static_cast<unsigned long>(w);
  }
  return true;
}

}  // namespace privguard::shim
