/* A signal handler that writes while its thread is inside a wrapped call
 * (scanning, or in the real write): its write must be scanned too, with
 * the thread's second state.   usage: nesting OUT SECONDS
 * A 1 ms SIGALRM timer; every 50th tick the handler write()s a line with
 * an e-mail address, while the main flow writes lines with a card number
 * in a loop. Prints "handler-lines N main-lines M" on stderr. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int g_fd = -1;
static volatile sig_atomic_t g_ticks, g_handler_lines;
static const char kHandlerLine[] = "handler mail maria.gonzalez@outlook.com\n";

static void on_alarm(int sig) {
  (void)sig;
  if (++g_ticks % 50 != 0) return;
  int saved = errno;
  if (write(g_fd, kHandlerLine, sizeof kHandlerLine - 1) == (ssize_t)(sizeof kHandlerLine - 1)) ++g_handler_lines;
  errno = saved;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  g_fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
  if (g_fd < 0) return 1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval it = {{0, 1000}, {0, 1000}};
  setitimer(ITIMER_REAL, &it, NULL);
  static const char kMainLine[] =
      "main order 42 paid with card 4539 1488 0343 6467 by customer 7, status=ok, path=/api/v1/orders\n";
  long lines = 0;
  const double end = now() + atof(argv[2]);
  while (now() < end) {
    if (write(g_fd, kMainLine, sizeof kMainLine - 1) > 0) ++lines;
  }
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  fprintf(stderr, "handler-lines %d main-lines %ld\n", (int)g_handler_lines, lines);
  return close(g_fd);
}
