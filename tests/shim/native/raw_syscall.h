/* The test programs record what they saw with a real system call that no
 * wrapper can intercept: the shim also wraps glibc's syscall() (programs
 * use it to bypass libc), so that is no bypass any more. */
#ifndef PRIVGUARD_TEST_RAW_SYSCALL_H
#define PRIVGUARD_TEST_RAW_SYSCALL_H

#include <errno.h>

static inline long raw_syscall(long n, long a, long b, long c) {
  long r;
#if defined(__x86_64__)
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
#elif defined(__aarch64__)
  register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c;
  __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
  r = x0;
#else
#error "raw_syscall: add this architecture"
#endif
  if (r < 0 && r > -4096) {
    errno = (int)-r;
    return -1;
  }
  return r;
}

#endif
