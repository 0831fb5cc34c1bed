/* Length-changing actions (redact, pseudonym) on non-blocking pipes and
 * sockets, with a signal interrupting: every write must report the
 * caller's full count (or fail with nothing sent), and the reader must get
 * every byte once, in order.
 *
 *   resize pipe|tcp ORIGINAL RECEIVED
 * writes 4000 lines with e-mail addresses through a non-blocking pipe or
 * 127.0.0.1 TCP socket to a slow reader (a child process) that saves what
 * arrives in RECEIVED; ORIGINAL gets the intended bytes, written with the
 * raw syscall so the shim does not touch them.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "raw_syscall.h"

static void on_alarm(int sig) { (void)sig; }

static void raw_write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    long w = raw_syscall(SYS_write, (long)(fd), (long)(p), (long)(n));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) exit(3);
    p += w;
    n -= (size_t)w;
  }
}

static void reader(int in, const char* path) {
  int out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  char buf[512];
  for (;;) {
    usleep(2000);  /* slow: the writer meets EAGAIN, even on a loaded machine */
    long n = raw_syscall(SYS_read, (long)(in), (long)(buf), (long)(sizeof buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    raw_write_all(out, buf, (size_t)n);
  }
  close(out);
  _exit(0);
}

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  int wfd, rfd;
  const int is_socket = strcmp(argv[1], "pipe") != 0;
  if (!is_socket) {
    int p[2];
    if (pipe(p)) return 2;
    rfd = p[0], wfd = p[1];
    fcntl(wfd, F_SETPIPE_SZ, 4096);  /* small, like the sockets: EAGAIN even when the writer is slowed down */
  } else {
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    int small_rcv = 4096;  /* inherited by the accepted socket: the window stays small */
    setsockopt(ls, SOL_SOCKET, SO_RCVBUF, &small_rcv, sizeof small_rcv);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof a;
    if (bind(ls, (struct sockaddr*)&a, sizeof a) || listen(ls, 1) || getsockname(ls, (struct sockaddr*)&a, &al)) return 2;
    wfd = socket(AF_INET, SOCK_STREAM, 0);
    int small = 4096;
    setsockopt(wfd, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    if (connect(wfd, (struct sockaddr*)&a, sizeof a)) return 2;
    rfd = accept(ls, NULL, NULL);
    close(ls);
  }
  pid_t child = fork();
  if (child == 0) {
    close(wfd);
    reader(rfd, argv[3]);
  }
  close(rfd);
  fcntl(wfd, F_SETFL, fcntl(wfd, F_GETFL) | O_NONBLOCK);
  struct sigaction sa = {.sa_handler = on_alarm};  /* no SA_RESTART: EINTR shows */
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval t = {{0, 300}, {0, 300}};
  setitimer(ITIMER_REAL, &t, NULL);

  int orig = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
  char line[256];
  long short_counts = 0, eagain = 0;
  for (int i = 0; i < 4000; ++i) {
    int n = snprintf(line, sizeof line, "i=%04d to user%04d.name@corp-mail.io cc jo.x%d@mailbox.org end\n", i, i, i % 7);
    raw_write_all(orig, line, (size_t)n);
    for (;;) {
      ssize_t w = is_socket && i % 2 ? send(wfd, line, (size_t)n, 0) : write(wfd, line, (size_t)n);
      if (w == n) break;
      if (w < 0 && (errno == EAGAIN || errno == EINTR)) {
        eagain++;
        struct pollfd p = {wfd, POLLOUT, 0};
        poll(&p, 1, 1000);
        continue;
      }
      if (w >= 0) short_counts++;  /* a partial count the caller would resend from */
      fprintf(stderr, "write %d returned %zd (%s)\n", i, w, strerror(errno));
      return 1;
    }
  }
  setitimer(ITIMER_REAL, &(struct itimerval){0}, NULL);
  close(wfd);
  close(orig);
  int status;
  waitpid(child, &status, 0);
  fprintf(stderr, "eagain_or_eintr=%ld short=%ld\n", eagain, short_counts);
  /* The test is only worth something if the writer did meet a full buffer. */
  return eagain > 0 ? 0 : 4;
}
