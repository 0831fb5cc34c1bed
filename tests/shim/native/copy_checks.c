/* The kernel's refusals of copy_file_range, sendfile and splice: every
 * call here is one the kernel refuses before it moves a byte (bad fds,
 * wrong open modes, O_APPEND, overlapping ranges, offsets on pipes or
 * negative ones, flags, a full pipe or socket under a non-blocking flag,
 * a pipe nobody reads), plus a few that succeed. Each runs in a child of
 * its own with a 3-second alarm, on fresh files, pipes and sockets, and
 * prints "NAME RET ERRNO IN OUT": IN is where the input stands afterwards
 * (file position or offset, or bytes left in an input pipe), OUT how many
 * bytes the output holds. The driver compares a run under the shim with
 * one without it: the shim must give the kernel's answer, consume nothing
 * more, and never block where the kernel would not.
 *
 *   copy_checks WORKDIR */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "raw_syscall.h"

static const char* dir;
static char line[200];

static void say(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n > 0) raw_syscall(SYS_write, 1, (long)buf, (long)((size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1));
}

static void die(const char* what) {
  say("FATAL %s: %s\n", what, strerror(errno));
  _exit(2);
}

static int check(int r, const char* what) {
  if (r < 0) die(what);
  return r;
}

static const char* path(const char* name) {
  static char p[4096];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return p;
}

/* NAME: 1000 bytes of clean text, 20 lines. */
static void make_file(const char* name) {
  int fd = check(open(path(name), O_WRONLY | O_CREAT | O_TRUNC, 0600), "create");
  for (int i = 0; i < 20; ++i) {
    snprintf(line, sizeof line, "line %02d of fifty bytes of clean input text....\n", i);
    if (raw_syscall(SYS_write, fd, (long)line, 50) != 50) die("write");
  }
  close(fd);
}

/* in.txt, made once by main; no case changes it. */
static int in_file(int flags) { return check(open(path("in.txt"), flags), "open in"); }

static int out_file(const char* name, int flags) {
  int fd = check(open(path(name), O_WRONLY | O_CREAT | O_TRUNC, 0600), "create out");
  close(fd);
  return check(open(path(name), flags), "open out");
}

static int closed_fd(void) {
  int fd = check(dup(0), "dup");
  close(fd);
  return fd;
}

/* A pipe holding `n` bytes of clean text. */
static void pipe_with(int p[2], size_t n) {
  check(pipe(p), "pipe");
  static const char text[] = "pipe line of clean text\n";
  for (size_t done = 0; done < n;) {
    size_t k = n - done < sizeof text - 1 ? n - done : sizeof text - 1;
    if (raw_syscall(SYS_write, p[1], (long)text, (long)k) != (long)k) die("fill pipe");
    done += k;
  }
}

static void fill(int fd) {
  int fl = fcntl(fd, F_GETFL);
  fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  static char junk[4096];
  memset(junk, 'j', sizeof junk);
  while (raw_syscall(SYS_write, fd, (long)junk, sizeof junk) > 0) {
  }
  while (raw_syscall(SYS_write, fd, (long)junk, 1) > 0) {
  }
  fcntl(fd, F_SETFL, fl);
}

static long pending(int fd) {
  int n = -1;
  return ioctl(fd, FIONREAD, &n) == 0 ? n : -1;
}
static long pos(int fd) { return (long)lseek(fd, 0, SEEK_CUR); }
static long size(int fd) {
  struct stat sb;
  return fstat(fd, &sb) == 0 ? (long)sb.st_size : -1;
}

static void report(const char* name, long ret, int err, long in, long out) {
  const char* e = ret < 0 ? strerrorname_np(err) : "-";
  say("%s %ld %s %ld %ld\n", name, ret, e ? e : "?", in, out);
}
#define CALL(call) (errno = 0, (long)(call))

/* ---- copy_file_range */

static void cfr_append(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY | O_APPEND);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 0));
  report("cfr-append", r, errno, pos(in), size(out));
}
static void cfr_flags(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 1));
  report("cfr-flags", r, errno, pos(in), size(out));
}
static void cfr_in_wronly(void) {
  int in = in_file(O_WRONLY), out = out_file("o", O_WRONLY);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 0));
  report("cfr-in-wronly", r, errno, pos(in), size(out));
}
static void cfr_out_rdonly(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_RDONLY);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 0));
  report("cfr-out-rdonly", r, errno, pos(in), size(out));
}
static void cfr_bad_fds(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  long r = CALL(copy_file_range(in, NULL, closed_fd(), NULL, 100, 0));
  report("cfr-closed-out", r, errno, pos(in), size(out));
  r = CALL(copy_file_range(closed_fd(), NULL, out, NULL, 100, 0));
  report("cfr-closed-in", r, errno, pos(in), size(out));
}
static void cfr_same_file(void) {
  make_file("same.txt");
  int fd = check(open(path("same.txt"), O_RDWR), "open same");
  off64_t a = 0, b = 10;
  long r = CALL(copy_file_range(fd, &a, fd, &b, 100, 0));
  report("cfr-overlap", r, errno, (long)a, size(fd));
  a = 990, b = 0;
  r = CALL(copy_file_range(fd, &a, fd, &b, 100, 0)); /* only 10 bytes left: [990,1000) and [0,10) */
  report("cfr-overlap-after-eof-cut", r, errno, (long)a, size(fd));
  a = 0, b = 1000;
  r = CALL(copy_file_range(fd, &a, fd, &b, 100, 0));
  report("cfr-same-file-apart", r, errno, (long)a, size(fd));
}
static void cfr_offsets(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  off64_t o = -1;
  long r = CALL(copy_file_range(in, &o, out, NULL, 100, 0));
  report("cfr-in-off-minus-1", r, errno, (long)o, size(out));
  o = -200;
  r = CALL(copy_file_range(in, &o, out, NULL, 100, 0));
  report("cfr-in-off-minus-200", r, errno, (long)o, size(out));
  o = -5;
  r = CALL(copy_file_range(in, NULL, out, &o, 100, 0));
  report("cfr-out-off-negative", r, errno, pos(in), size(out));
  o = 10;
  r = CALL(copy_file_range(in, &o, out, NULL, SIZE_MAX, 0));
  report("cfr-length-wraps", r, errno, (long)o, size(out));
}
static void cfr_other_fs(void) {
  int in = in_file(O_RDONLY);
  char shm[64];
  snprintf(shm, sizeof shm, "/dev/shm/privguard-copy-checks-%d", (int)getpid());
  int out = open(shm, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (out < 0) {
    report("cfr-other-fs (no /dev/shm)", 0, 0, 0, 0);
    return;
  }
  unlink(shm);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 0));
  report("cfr-other-fs", r, errno, pos(in), size(out));
}
static void cfr_ok(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  long r = CALL(copy_file_range(in, NULL, out, NULL, 100, 0));
  report("cfr-ok", r, errno, pos(in), size(out));
}

/* ---- sendfile */

static void sf_append(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY | O_APPEND);
  long r = CALL(sendfile(out, in, NULL, 100));
  report("sendfile-append", r, errno, pos(in), size(out));
}
static void sf_modes(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_RDONLY);
  long r = CALL(sendfile(out, in, NULL, 100));
  report("sendfile-out-rdonly", r, errno, pos(in), size(out));
  r = CALL(sendfile(closed_fd(), in, NULL, 100));
  report("sendfile-closed-out", r, errno, pos(in), size(out));
  int win = in_file(O_WRONLY), wout = out_file("o2", O_WRONLY);
  r = CALL(sendfile(wout, win, NULL, 100));
  report("sendfile-in-wronly", r, errno, pos(win), size(wout));
}
static void sf_offsets(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  off_t o = -1;
  long r = CALL(sendfile(out, in, &o, 100));
  report("sendfile-off-negative", r, errno, (long)o, size(out));
  r = CALL(sendfile(out, in, NULL, SIZE_MAX));
  report("sendfile-count-negative", r, errno, pos(in), size(out));
  o = 0x7ffffffffffffff0;
  r = CALL(sendfile(out, in, &o, 100));
  report("sendfile-off-wraps", r, errno, (long)o, size(out));
}
static void sf_pipes(void) {
  signal(SIGPIPE, SIG_IGN);
  int in = in_file(O_RDONLY), p[2];
  check(pipe2(p, O_NONBLOCK), "pipe");
  fill(p[1]);
  long before = pending(p[0]);
  long r = CALL(sendfile(p[1], in, NULL, 100));
  report("sendfile-full-nonblocking-pipe", r, errno, pos(in), pending(p[0]) - before);
  int q[2];
  check(pipe(q), "pipe");
  close(q[0]);
  r = CALL(sendfile(q[1], in, NULL, 100));
  report("sendfile-pipe-no-reader", r, errno, pos(in), 0);
}
static void sf_ok(void) {
  int in = in_file(O_RDONLY), out = out_file("o", O_WRONLY);
  long r = CALL(sendfile(out, in, NULL, 100));
  report("sendfile-ok", r, errno, pos(in), size(out));
}

/* ---- splice */

static void splice_closed_out(void) { /* the hang: an empty pipe, a closed fd */
  int p[2];
  check(pipe(p), "pipe");
  long r = CALL(splice(p[0], NULL, closed_fd(), NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-empty-pipe-to-closed-fd", r, errno, pending(p[0]), 0);
  r = CALL(splice(p[0], NULL, closed_fd(), NULL, 100, 0));
  report("splice-empty-pipe-to-closed-fd-blocking", r, errno, pending(p[0]), 0);
}
static void splice_empty(void) {
  int p[2], out = out_file("o", O_WRONLY);
  check(pipe(p), "pipe");
  long r = CALL(splice(p[0], NULL, out, NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-empty-pipe-nonblock-flag", r, errno, pending(p[0]), size(out));
  fcntl(p[0], F_SETFL, O_NONBLOCK);
  r = CALL(splice(p[0], NULL, out, NULL, 100, 0));
  report("splice-empty-pipe-O_NONBLOCK", r, errno, pending(p[0]), size(out));
}
static void splice_modes(void) {
  int p[2];
  pipe_with(p, 300);
  int out = out_file("o", O_WRONLY | O_APPEND);
  long r = CALL(splice(p[0], NULL, out, NULL, 100, 0));
  report("splice-append", r, errno, pending(p[0]), size(out));
  out = out_file("o2", O_RDONLY);
  r = CALL(splice(p[0], NULL, out, NULL, 100, 0));
  report("splice-out-rdonly", r, errno, pending(p[0]), size(out));
  out = out_file("o3", O_WRONLY);
  r = CALL(splice(p[1], NULL, out, NULL, 100, 0));
  report("splice-in-write-end", r, errno, pending(p[0]), size(out));
  r = CALL(splice(p[0], NULL, out, NULL, 100, 0x100));
  report("splice-unknown-flag", r, errno, pending(p[0]), size(out));
  r = CALL(splice(p[0], NULL, p[1], NULL, 100, 0));
  report("splice-same-pipe", r, errno, pending(p[0]), 0);
  r = CALL(splice(p[0], NULL, out, NULL, SIZE_MAX, 0));
  report("splice-length-negative", r, errno, pending(p[0]), size(out));
}
static void splice_offsets(void) {
  int p[2];
  pipe_with(p, 300);
  int out = out_file("o", O_WRONLY), in = in_file(O_RDONLY);
  loff_t o = 0;
  long r = CALL(splice(p[0], &o, out, NULL, 100, 0));
  report("splice-offset-on-input-pipe", r, errno, pending(p[0]), size(out));
  int q[2];
  check(pipe(q), "pipe");
  r = CALL(splice(in, NULL, q[1], &o, 100, 0));
  report("splice-offset-on-output-pipe", r, errno, pos(in), pending(q[0]));
  o = -1;
  r = CALL(splice(p[0], NULL, out, &o, 100, 0));
  report("splice-output-offset-negative", r, errno, pending(p[0]), size(out));
  r = CALL(splice(in, &o, q[1], NULL, 100, 0));
  report("splice-input-offset-negative", r, errno, pos(in), pending(q[0]));
  int s[2];
  check(socketpair(AF_UNIX, SOCK_STREAM, 0, s), "socketpair");
  o = 0;
  r = CALL(splice(p[0], NULL, s[0], &o, 100, 0));
  report("splice-offset-on-socket", r, errno, pending(p[0]), pending(s[1]));
}
static void splice_full(void) {
  signal(SIGPIPE, SIG_IGN);
  int p[2], q[2], in = in_file(O_RDONLY);
  pipe_with(p, 300);
  check(pipe(q), "pipe");
  fill(q[1]);
  long full = pending(q[0]);
  long r = CALL(splice(p[0], NULL, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-pipe-to-full-pipe-nonblock", r, errno, pending(p[0]), pending(q[0]) - full);
  r = CALL(splice(in, NULL, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-file-to-full-pipe-nonblock", r, errno, pos(in), pending(q[0]) - full);
  fcntl(q[1], F_SETFL, O_NONBLOCK);
  r = CALL(splice(in, NULL, q[1], NULL, 100, 0));
  report("splice-file-to-full-O_NONBLOCK-pipe", r, errno, pos(in), pending(q[0]) - full);
  int z[2];
  check(pipe(z), "pipe");
  close(z[0]);
  r = CALL(splice(p[0], NULL, z[1], NULL, 100, 0));
  report("splice-pipe-to-pipe-no-reader", r, errno, pending(p[0]), 0);
  r = CALL(splice(in, NULL, z[1], NULL, 100, 0));
  report("splice-file-to-pipe-no-reader", r, errno, pos(in), 0);
  int s[2];
  check(socketpair(AF_UNIX, SOCK_STREAM, 0, s), "socketpair");
  fill(s[0]);
  fcntl(s[0], F_SETFL, O_NONBLOCK);
  r = CALL(splice(p[0], NULL, s[0], NULL, 100, 0));
  report("splice-pipe-to-full-nonblocking-socket", r, errno, pending(p[0]), 0);
  int t[2];
  check(socketpair(AF_UNIX, SOCK_STREAM, 0, t), "socketpair");
  close(t[1]);
  r = CALL(splice(p[0], NULL, t[0], NULL, 100, 0));
  report("splice-pipe-to-closed-socket", r, errno, pending(p[0]), 0);
}
static void splice_ok(void) {
  int p[2], out = out_file("o", O_WRONLY), in = in_file(O_RDONLY);
  pipe_with(p, 300);
  long r = CALL(splice(p[0], NULL, out, NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-pipe-to-file-nonblock", r, errno, pending(p[0]), size(out));
  loff_t o = 500;
  r = CALL(splice(p[0], NULL, out, &o, 100, 0));
  report("splice-pipe-to-file-offset", r, errno, pending(p[0]), size(out));
  int q[2];
  check(pipe(q), "pipe");
  r = CALL(splice(p[0], NULL, q[1], NULL, 50, SPLICE_F_NONBLOCK));
  report("splice-pipe-to-pipe-nonblock", r, errno, pending(p[0]), pending(q[0]));
  o = 100;
  r = CALL(splice(in, &o, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-file-to-pipe-offset", r, errno, (long)o, pending(q[0]));
}

/* Pipes the kernel has cleared FMODE_NOWAIT on (a vmsplice on either end
 * does): RWF_NOWAIT is refused on them, and a non-blocking scanned path
 * must still neither wait nor lose bytes. */
static void splice_spliced_pipes(void) {
  int p[2], q[2];
  check(pipe(p), "pipe");
  check(pipe(q), "pipe");
  char c[8] = "x";
  struct iovec v = {c, sizeof c};
  vmsplice(p[0], &v, 1, SPLICE_F_NONBLOCK); /* reads nothing: the pipe is empty */
  v.iov_len = 1;
  if (vmsplice(q[1], &v, 1, 0) != 1) die("vmsplice");
  long r = CALL(splice(p[0], NULL, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-vmspliced-empty-pipe-nonblock", r, errno, pending(p[0]), pending(q[0]));
  if (raw_syscall(SYS_write, p[1], (long)"0123456789\n", 11) != 11) die("write");
  r = CALL(splice(p[0], NULL, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-vmspliced-pipes-nonblock", r, errno, pending(p[0]), pending(q[0]));
  fill(q[1]);
  if (raw_syscall(SYS_write, p[1], (long)"0123456789\n", 11) != 11) die("write");
  r = CALL(splice(p[0], NULL, q[1], NULL, 100, SPLICE_F_NONBLOCK));
  report("splice-vmspliced-full-pipe-nonblock", r, errno, pending(p[0]), 0);
}

static void run(const char* name, void (*fn)(void)) {
  pid_t pid = fork();
  if (pid == 0) {
    alarm(3);
    fn();
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) say("%s: killed by SIG%s\n", name, sigabbrev_np(WTERMSIG(status)));
}
#define RUN(fn) run(#fn, fn)

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  dir = argv[1];
  make_file("in.txt");
  RUN(cfr_append);
  RUN(cfr_flags);
  RUN(cfr_in_wronly);
  RUN(cfr_out_rdonly);
  RUN(cfr_bad_fds);
  RUN(cfr_same_file);
  RUN(cfr_offsets);
  RUN(cfr_other_fs);
  RUN(cfr_ok);
  RUN(sf_append);
  RUN(sf_modes);
  RUN(sf_offsets);
  RUN(sf_pipes);
  RUN(sf_ok);
  RUN(splice_closed_out);
  RUN(splice_empty);
  RUN(splice_modes);
  RUN(splice_offsets);
  RUN(splice_full);
  RUN(splice_ok);
  RUN(splice_spliced_pipes);
  say("done\n");
  return 0;
}
