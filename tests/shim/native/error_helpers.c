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
#include <string.h>
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
  char raw[128];
  int n = snprintf(raw, sizeof raw, "syscall card %s\n", "4539 1488 0343 6467");
  if (syscall(SYS_write, 2, raw, (size_t)n) != n) return 9;
  if (syscall(SYS_write, 99, raw, (size_t)n) != -1 || errno != EBADF) return 10;
  if (argc > 1) errx(3, "bye %s", v);
  return 0;
}
