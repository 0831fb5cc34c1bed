/* glibc's error-reporting helpers and syscall(SYS_write), each with a
 * value in its message; run with and without the shim, the outputs must
 * differ only by the masks.   error_helpers [exit]  */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include <err.h>
#include <errno.h>
#include <error.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
/* psiginfo over its branches: table codes, SI_* codes, unknown codes,
 * real-time and unknown signals, and a message longer than glibc's
 * 512-byte buffer. */
static void info(int sig, int code, const char* s) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = sig;
  si.si_code = code;
  if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE) si.si_addr = (void*)(uintptr_t)(code == 2 ? 0 : 0x1234);
  else if (sig == SIGCHLD) si.si_pid = 4242, si.si_status = 3, si.si_uid = 1000;
  else if (sig == SIGPOLL) si.si_band = 5;
  else si.si_pid = 77, si.si_uid = 1001;
  psiginfo(&si, s);
}
static void psiginfos(const char* v) {
  info(SIGSEGV, SEGV_MAPERR, v);
  info(SIGSEGV, 3, "card 4539 1488 0343 6467");
  info(SIGBUS, BUS_ADRERR, NULL);
  info(SIGFPE, FPE_FLTRES, "");
  info(SIGFPE, 2, "fpe");
  info(SIGILL, 99, "ill");
  info(SIGTRAP, TRAP_BRKPT, v);
  info(SIGCHLD, CLD_EXITED, NULL);
  info(SIGCHLD, CLD_CONTINUED, v);
  info(SIGPOLL, POLL_HUP, "poll");
  info(SIGUSR1, SI_USER, v);
  info(SIGTERM, SI_QUEUE, "q");
  info(SIGTERM, SI_TIMER, "t");
  info(SIGTERM, SI_MESGQ, "m");
  info(SIGTERM, SI_ASYNCIO, "a");
  info(SIGTERM, SI_SIGIO, "s");
  info(SIGTERM, SI_TKILL, "k");
  info(SIGTERM, SI_ASYNCNL, "n");
  info(SIGTERM, SI_KERNEL, "kernel");
  info(SIGTERM, -7, "dethread");
  info(SIGRTMIN, SI_QUEUE, v);
  info(SIGRTMIN + 2, SI_QUEUE, NULL);
  info(SIGRTMAX - 1, SI_TKILL, NULL);
  info(SIGRTMAX, SI_USER, NULL);
  info(32, SI_USER, "32");
  info(200, SI_USER, v);
  info(-1, SI_USER, NULL);
  char longer[700];
  snprintf(longer, sizeof longer, "%s %0600d", v, 7);
  info(SIGSEGV, SEGV_ACCERR, longer);
}

int main(int argc, char** argv) {
  (void)argv;
  const char* v = "maria.gonzalez@outlook.com";
  errno = ENOENT; perror(v);
  errno = EACCES; warn("user %s", v);
  warnx("card %s", "4539 1488 0343 6467");
  warn(NULL);
  error(0, EPERM, "mail %s", v);
  error(0, 0, "plain %d", 7);
  error_at_line(0, ENOENT, "file.c", 12, "at %s", v);
  error_at_line(0, 0, NULL, 3, "null file");
  psignal(SIGTERM, v);
  psignal(SIGUSR1, NULL);
  h_errno = HOST_NOT_FOUND; herror(v);
  psiginfos(v);
  char raw[128];
  int n = snprintf(raw, sizeof raw, "syscall card %s\n", "4539 1488 0343 6467");
  if (syscall(SYS_write, 2, raw, (size_t)n) != n) return 9;
  if (syscall(SYS_write, 99, raw, (size_t)n) != -1 || errno != EBADF) return 10;
  if (argc > 1) errx(3, "bye %s", v);
  return 0;
}
