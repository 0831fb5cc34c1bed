/* Kernel-side copies with values in them, each call as a program would
 * make it; prints what the call returned and how offsets moved, with the
 * raw syscall, so the driver can compare runs with and without the shim.
 *
 *   copies MODE IN OUT
 *     cfr            copy_file_range(in, NULL, out, NULL, ...) until EOF
 *     cfr-offsets    copy_file_range with both offset pointers (file positions stay)
 *     sendfile       sendfile(out, in, NULL, ...) until EOF
 *     sendfile-off   sendfile with an offset pointer (the input position stays)
 *     splice-socket  file -> pipe -> 127.0.0.1 TCP socket with splice; OUT gets
 *                    what the far end received
 *     errors         each call on bad fds and flags: return values and errno
 *
 *   copies vmsplice - OUT
 *     vmsplice into a pipe: a value split across iovecs, then a masked
 *     write elsewhere, then a clean vmsplice; another process reads the
 *     pipe afterwards into OUT. Also the calls the kernel refuses.
 *
 *   copies sink-peer IN OUT TCP_PORT UDP_PORT
 *     a clean sendto() with an address (127.0.0.1:UDP_PORT) on a UDP socket,
 *     then sendfile() of IN to a TCP socket connected to 127.0.0.1:TCP_PORT,
 *     on the same thread; OUT gets what the TCP far end received
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "raw_syscall.h"

static void say(const char* fmt, long a, long b) {
  char line[160];
  int n = snprintf(line, sizeof line, fmt, a, b);
  raw_syscall(SYS_write, (long)(1), (long)(line), (long)((size_t)n));
}

static void fill(int fd) {
  static char junk[4096];
  memset(junk, 'j', sizeof junk);
  fcntl(fd, F_SETFL, O_NONBLOCK);
  while (raw_syscall(SYS_write, fd, (long)junk, sizeof junk) > 0) {
  }
}

/* The reader must get the masked bytes of the first vmsplice, not those of
 * the masked write after it: vmsplice hands the kernel references to
 * pages, and the shim's masked copy lives in a buffer the next call reuses. */
static int vmsplice_mode(const char* out_path) {
  int p[2], q[2];
  if (pipe(p) || pipe(q)) return 2;
  char one[] = "vmsplice one: card 4539 1488 0343 6467 mail maria.gonzalez@outlook.com\n";
  struct iovec v[3] = {{one, 20}, {one + 20, 30}, {one + 50, sizeof one - 1 - 50}}; /* the card spans two */
  errno = 0;
  long r = vmsplice(p[1], v, 3, 0);
  say("vmsplice split value: %ld errno=%ld\n", r, errno);
  char other[4096];
  snprintf(other, sizeof other, "%s.other", out_path);
  int f = open(other, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const char two[] = "write number two: 4539 1488 0343 6467 mail maria.gonzalez@outlook.com\n";
  if (write(f, two, sizeof two - 1) != (ssize_t)(sizeof two - 1)) return 3;
  char three[] = "vmsplice three: clean\n";
  struct iovec c = {three, sizeof three - 1};
  errno = 0, r = vmsplice(p[1], &c, 1, 0);
  say("vmsplice clean: %ld errno=%ld\n", r, errno);
  errno = 0, r = vmsplice(p[1], v, 3, 0x100);
  say("vmsplice unknown flag: %ld errno=%ld\n", r, errno);
  errno = 0, r = vmsplice(f, v, 3, 0);
  say("vmsplice into a file: %ld errno=%ld\n", r, errno);
  fill(q[1]);
  errno = 0, r = vmsplice(q[1], v, 3, SPLICE_F_NONBLOCK);
  say("vmsplice into a full pipe, SPLICE_F_NONBLOCK: %ld errno=%ld\n", r, errno);
  close(p[1]);
  pid_t child = fork();
  if (child == 0) { /* the pipe's reader, another process */
    int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    char buf[4096];
    long n;
    while ((n = raw_syscall(SYS_read, (long)(p[0]), (long)(buf), (long)(sizeof buf))) > 0) raw_syscall(SYS_write, (long)(out), (long)(buf), (long)(n));
    _exit(0);
  }
  close(p[0]);
  waitpid(child, NULL, 0);
  return 0;
}

/* A child that accepts one connection on `ls` and saves what arrives, raw. */
static pid_t far_end(int ls, const char* out_path) {
  pid_t child = fork();
  if (child == 0) {
    int c = accept(ls, NULL, NULL), out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    char buf[4096];
    long n;
    while ((n = raw_syscall(SYS_read, (long)(c), (long)(buf), (long)(sizeof buf))) > 0) raw_syscall(SYS_write, (long)(out), (long)(buf), (long)(n));
    _exit(0);
  }
  return child;
}

/* The sendfile must be judged by its own destination, not by the address
 * the sendto before it named. */
static int sink_peer(const char* in_path, const char* out_path, int tcp_port, int udp_port) {
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  int ls = socket(AF_INET, SOCK_STREAM, 0), one = 1;
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  a.sin_port = htons((uint16_t)tcp_port);
  if (bind(ls, (struct sockaddr*)&a, sizeof a) || listen(ls, 1)) {
    say("bind/listen 127.0.0.1:%ld: errno %ld\n", tcp_port, errno);
    return 2;
  }
  pid_t child = far_end(ls, out_path);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(s, (struct sockaddr*)&a, sizeof a)) {
    say("connect 127.0.0.1:%ld: errno %ld\n", tcp_port, errno);
    return 2;
  }
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to = a;
  to.sin_port = htons((uint16_t)udp_port);
  if (sendto(u, "hello\n", 6, 0, (struct sockaddr*)&to, sizeof to) != 6) return 3;
  int in = open(in_path, O_RDONLY);
  long total = 0;
  ssize_t n;
  while ((n = sendfile(s, in, NULL, 1 << 20)) > 0) total += n;
  if (n < 0) return 4;
  close(s);
  waitpid(child, NULL, 0);
  say("total=%ld %ld\n", total, 0);
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 6 && !strcmp(argv[1], "sink-peer")) return sink_peer(argv[2], argv[3], atoi(argv[4]), atoi(argv[5]));
  if (argc != 4) return 2;
  const char* mode = argv[1];
  if (!strcmp(mode, "vmsplice")) return vmsplice_mode(argv[3]);
  if (!strcmp(mode, "errors")) {
    int in0 = open(argv[2], O_RDONLY), out0 = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    off64_t o = 0;
    long r;
    errno = 0; r = copy_file_range(-1, NULL, out0, NULL, 100, 0); say("cfr bad in: %ld errno=%ld\n", r, errno);
    errno = 0; r = copy_file_range(in0, NULL, 999, NULL, 100, 0); say("cfr bad out: %ld errno=%ld\n", r, errno);
    errno = 0; r = copy_file_range(in0, &o, out0, NULL, 100, 7); say("cfr bad flags: %ld errno=%ld\n", r, errno);
    errno = 0; r = copy_file_range(in0, NULL, in0, NULL, 100, 0); say("cfr read-only out: %ld errno=%ld\n", r, errno);
    errno = 0; r = sendfile(out0, -1, NULL, 100); say("sendfile bad in: %ld errno=%ld\n", r, errno);
    errno = 0; r = sendfile(999, in0, NULL, 100); say("sendfile bad out: %ld errno=%ld\n", r, errno);
    errno = 0; r = splice(in0, NULL, out0, NULL, 100, 0); say("splice no pipe: %ld errno=%ld\n", r, errno);
    errno = 0; r = copy_file_range(in0, NULL, out0, NULL, 0, 0); say("cfr zero length: %ld errno=%ld\n", r, errno);
    return 0;
  }
  int in = open(argv[2], O_RDONLY);
  if (in < 0) return 2;
  long total = 0, calls = 0;
  if (!strcmp(mode, "splice-socket")) {
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof a;
    if (bind(ls, (struct sockaddr*)&a, sizeof a) || listen(ls, 1) || getsockname(ls, (struct sockaddr*)&a, &al)) return 2;
    pid_t child = far_end(ls, argv[3]);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(s, (struct sockaddr*)&a, sizeof a)) return 2;
    int p[2];
    if (pipe(p)) return 2;
    for (;;) {
      ssize_t n = splice(in, NULL, p[1], NULL, 1 << 16, 0);
      if (n <= 0) break;
      while (n > 0) {
        ssize_t m = splice(p[0], NULL, s, NULL, (size_t)n, 0);
        if (m <= 0) { say("splice out failed errno=%ld %ld\n", errno, 0); return 1; }
        n -= m, total += m, ++calls;
      }
    }
    close(s);
    waitpid(child, NULL, 0);
    say("total=%ld calls=%ld\n", total, calls);
    return 0;
  }
  int out = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (out < 0) return 2;
  off64_t in_off = 0, out_off = 0;
  off_t sf_off = 0;
  for (;;) {
    ssize_t n;
    if (!strcmp(mode, "cfr")) n = copy_file_range(in, NULL, out, NULL, 1 << 20, 0);
    else if (!strcmp(mode, "cfr-offsets")) n = copy_file_range(in, &in_off, out, &out_off, 1 << 20, 0);
    else if (!strcmp(mode, "sendfile")) n = sendfile(out, in, NULL, 1 << 20);
    else if (!strcmp(mode, "sendfile-off")) n = sendfile(out, in, &sf_off, 1 << 20);
    else return 2;
    if (n < 0) { say("failed errno=%ld after %ld bytes\n", errno, total); return 1; }
    if (n == 0) break;
    total += n, ++calls;
  }
  say("total=%ld in_pos=%ld\n", total, (long)lseek(in, 0, SEEK_CUR));
  say("out_pos=%ld in_off=%ld\n", (long)lseek(out, 0, SEEK_CUR), (long)(in_off + sf_off));
  say("out_off=%ld calls>0=%ld\n", (long)out_off, calls > 0);
  return 0;
}
