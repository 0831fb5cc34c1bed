/* What a program sees of its output calls under the shim: return values,
 * errno, partial writes, threads, signals, fork and exec. Results are
 * printed to stdout with the raw syscall (never through a wrapper, so they
 * arrive even when the shim fails every call), one fact per line, so the
 * driver can compare a run under the shim with a run without it.
 *
 *   semantics closed-fd | eagain | efault OUT | dprintf-full | retvals OUT
 *           | blocked OUT | try-write OUT | big OUT
 *           | partial clean|dirty | threads write|fputs|puts | signal OUT
 *           | fork OUT | exec-chain */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "raw_syscall.h"

#define CARD "4539 1488 0343 6467"
#define CARD_MASKED "**** **** **** 6467"
#define EMAIL "maria.gonzalez@outlook.com"
#define PEM "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q2Xv9LmT0aZr\n-----END PRIVATE KEY-----\n"

#define DIRTY "user " EMAIL " paid with " CARD "\n"
static const char dirty[] = DIRTY;
static const char dirty63[] = "x" DIRTY; /* 63 bytes: 21 items of 3 */

/* ---- helpers */

static void say(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n > 0) raw_syscall(SYS_write, (long)(1), (long)(buf), (long)((size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1));
}

static void die(const char* what) {
  say("FATAL %s: %s\n", what, strerror(errno));
  exit(2);
}

static int check(long r, const char* what) {
  if (r < 0) die(what);
  return (int)r;
}

/* "NAME RET ERRNO". RESULT sets errno to EDOM first: a call that
 * succeeds leaves it alone. */
static void result(const char* name, long ret, int err) {
  const char* e = strerrorname_np(err);
  say("%s %ld %s\n", name, ret, e ? e : "0");
}
#define RESULT(name, call)       \
  do {                           \
    errno = EDOM;                \
    long r_ = (long)(call);      \
    result(name, r_, errno);     \
  } while (0)

/* Runs fn in a child with a 2 s alarm; says how it ended if not normally
 * (a crash or a hang under the shim where the plain call returns). */
static void isolated(const char* name, void (*fn)(void)) {
  pid_t pid = fork();
  if (pid == 0) {
    alarm(2);
    fn();
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) say("%s killed by SIG%s\n", name, sigabbrev_np(WTERMSIG(status)));
}

static int open_out(const char* path, int extra) {
  return check(open(path, O_WRONLY | O_CREAT | O_TRUNC | extra, 0644), "open");
}

static long file_size(const char* path) {
  struct stat sb;
  return stat(path, &sb) == 0 ? (long)sb.st_size : -1;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A connected TCP pair on 127.0.0.1; `bufsize` > 0 shrinks both buffers. */
static int tcp_pair(int* client, int bufsize) {
  struct sockaddr_in a = {.sin_family = AF_INET};
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t alen = sizeof a;
  int l = check(socket(AF_INET, SOCK_STREAM, 0), "socket");
  if (bufsize > 0) setsockopt(l, SOL_SOCKET, SO_RCVBUF, &bufsize, sizeof bufsize);
  check(bind(l, (struct sockaddr*)&a, sizeof a), "bind");
  check(getsockname(l, (struct sockaddr*)&a, &alen), "getsockname");
  check(listen(l, 1), "listen");
  *client = check(socket(AF_INET, SOCK_STREAM, 0), "socket");
  if (bufsize > 0) setsockopt(*client, SOL_SOCKET, SO_SNDBUF, &bufsize, sizeof bufsize);
  check(connect(*client, (struct sockaddr*)&a, sizeof a), "connect");
  int s = check(accept(l, NULL, NULL), "accept");
  close(l);
  return s;
}

/* ---- return values and errno */

static void closed_fd(void) {
  int fd = check(dup(2), "dup");
  close(fd);
  RESULT("write", write(fd, "x\n", 2));
  RESULT("write-dirty", write(fd, dirty, sizeof dirty - 1));
  struct iovec iov = {(void*)dirty, sizeof dirty - 1};
  RESULT("writev-dirty", writev(fd, &iov, 1));
  RESULT("send-dirty", send(fd, dirty, sizeof dirty - 1, 0));
  RESULT("dprintf-dirty", dprintf(fd, "%s", dirty));
}

/* Fills a non-blocking pipe with clean data, then tries more; then frees
 * some room and writes more than fits (a partial count). */
static void eagain(void) {
  static char big[20000];
  memset(big, 'x', sizeof big);
  memcpy(big + 10, " " CARD " ", strlen(CARD) + 2);
  int p[2];
  check(pipe2(p, O_NONBLOCK), "pipe2");
  long total = 0, r;
  while ((r = write(p[1], big + 100, 1000)) > 0) total += r;
  while ((r = write(p[1], "x", 1)) > 0) total += r;
  say("filled %ld\n", total);
  result("write-full", r, errno);
  RESULT("write-full-dirty", write(p[1], dirty, sizeof dirty - 1));
  char drain[8192];
  check(read(p[0], drain, sizeof drain), "read");
  RESULT("write-partial-clean", write(p[1], big + 100, sizeof big - 100));
  check(read(p[0], drain, sizeof drain), "read");
  RESULT("write-partial-dirty", write(p[1], big, sizeof big));
}

/* Each call with a value the shim masks: the count the caller asked for. */
static void retvals(const char* out) {
  int fd = open_out(out, O_APPEND);
  size_t n = sizeof dirty - 1;
  struct iovec iov[2] = {{(void*)dirty, 10}, {(void*)(dirty + 10), n - 10}};
  RESULT("write", write(fd, dirty, n));
  RESULT("writev", writev(fd, iov, 2));
  RESULT("pwrite", pwrite(fd, dirty, n, 0));
  RESULT("dprintf", dprintf(fd, "%s", dirty));
  FILE* f = fdopen(dup(fd), "a");
  RESULT("fprintf", fprintf(f, "%s%s", "x ", dirty));
  RESULT("fwrite", fwrite(dirty, 1, n, f));
  RESULT("fwrite-3x", fwrite(dirty63, 3, (sizeof dirty63 - 1) / 3, f));
  RESULT("fputs", fputs(dirty, f));
  RESULT("fflush", fflush(f));
  fclose(f);
  int server, client;
  server = tcp_pair(&client, 0);
  RESULT("send", send(client, dirty, n, 0));
  struct msghdr m = {.msg_iov = iov, .msg_iovlen = 2};
  RESULT("sendmsg", sendmsg(client, &m, 0));
  close(server);
  close(client);
}

/* A PEM key: the call fails with EACCES and nothing reaches the sink. */
static void blocked(const char* out) {
  int fd = open_out(out, 0);
  struct iovec iov[2] = {{(void*)PEM, 30}, {(void*)(PEM + 30), strlen(PEM) - 30}};
  RESULT("write", write(fd, PEM, strlen(PEM)));
  RESULT("writev", writev(fd, iov, 2));
  RESULT("pwrite", pwrite(fd, PEM, strlen(PEM), 0));
  RESULT("dprintf", dprintf(fd, "key: %s", PEM));
  FILE* f = fdopen(dup(fd), "w");
  RESULT("fprintf", fprintf(f, "key: %s", PEM));
  say("ferror %d\n", ferror(f));
  clearerr(f);
  RESULT("fputs", fputs(PEM, f));
  say("ferror %d\n", ferror(f));
  clearerr(f);
  RESULT("fwrite", fwrite(PEM, 1, strlen(PEM), f));
  say("ferror %d\n", ferror(f));
  fclose(f);
  close(fd);
  say("file-size %ld\n", file_size(out));

  int client, server = tcp_pair(&client, 0);
  RESULT("send", send(client, PEM, strlen(PEM), 0));
  shutdown(client, SHUT_WR);
  char buf[256];
  RESULT("received", recv(server, buf, sizeof buf, 0));
}

static void try_write(const char* out) {
  int fd = open_out(out, 0);
  RESULT("write", write(fd, dirty, sizeof dirty - 1));
  close(fd);
  say("file-size %ld\n", file_size(out));
}

/* A bad buffer address: the kernel says EFAULT; the shim must not crash
 * reading it. */
static const char* efault_out;
static int efault_step;
static void efault_call(void) {
  static void* volatile bad_address = (void*)16;
  void* bad = bad_address;
  int p[2];
  check(pipe(p), "pipe");
  struct iovec iov[2] = {{(void*)"ok ", 3}, {bad, 10}};
  int client, server = tcp_pair(&client, 0);
  switch (efault_step) {
    case 0: RESULT("write", write(p[1], bad, 10)); break;
    case 1: RESULT("writev", writev(p[1], iov, 2)); break;
    case 2: RESULT("pwrite", pwrite(open_out(efault_out, 0), bad, 10, 0)); break;
    case 3: RESULT("send", send(client, bad, 10, 0)); break;
  }
  close(server);
}
static void efault(const char* out) {
  static const char* names[] = {"write", "writev", "pwrite", "send"};
  efault_out = out;
  for (efault_step = 0; efault_step < 4; ++efault_step) isolated(names[efault_step], efault_call);
}

/* dprintf of clean text to a non-blocking pipe with room for part of it:
 * glibc writes what fits and returns -1/EAGAIN. */
static void dprintf_full_call(void) {
  static char text[20000];
  memset(text, 'x', sizeof text - 1);
  int p[2];
  check(pipe2(p, O_NONBLOCK), "pipe2");
  while (write(p[1], text, 1000) > 0) continue;
  while (write(p[1], text, 1) > 0) continue;
  char drain[8192];
  check(read(p[0], drain, sizeof drain), "read");
  RESULT("dprintf", dprintf(p[1], "%s\n", text));
}
static void dprintf_full(void) { isolated("dprintf-full", dprintf_full_call); }

/* Buffers larger than the shim's 64 KiB per-thread buffers: each call
 * writes padding and a dirty line to a fresh OUT, read back and compared
 * with the expected masked text. */
enum { kPad = 150000 };
static char pad[kPad + 1], big_raw[kPad + 200], big_masked[kPad + 200];
static int big_len;

static int big_open(const char* out) { return open_out(out, 0); }

static void big_verify(const char* name, const char* out) {
  static char back[sizeof big_raw];
  int fd = check(open(out, O_RDONLY), "open");
  long r = read(fd, back, sizeof back);
  close(fd);
  say("%s content %s\n", name, r == big_len && memcmp(back, big_masked, (size_t)big_len) == 0 ? "masked" : "wrong");
}

static void big(const char* out) {
  memset(pad, 'a', kPad);
  big_len = snprintf(big_raw, sizeof big_raw, "%s %s", pad, dirty);
  snprintf(big_masked, sizeof big_masked, "%s user %s paid with %s\n", pad, "*****.********@*******.***",
           CARD_MASKED);
  int fd = big_open(out);
  FILE* f = fdopen(fd, "w");
  RESULT("fprintf", fprintf(f, "%s %s", pad, dirty));
  fclose(f);
  big_verify("fprintf", out);

  fd = big_open(out);
  RESULT("write", write(fd, big_raw, (size_t)big_len));
  close(fd);
  big_verify("write", out);

  /* the e-mail split across the second and third iovec */
  fd = big_open(out);
  struct iovec iov[3] = {{big_raw, kPad - 10}, {big_raw + kPad - 10, 20}, {big_raw + kPad + 10, 0}};
  iov[2].iov_len = (size_t)big_len - kPad - 10;
  RESULT("writev", writev(fd, iov, 3));
  close(fd);
  big_verify("writev", out);

  fd = big_open(out);
  RESULT("dprintf", dprintf(fd, "%s %s", pad, dirty));
  close(fd);
  big_verify("dprintf", out);
}

/* ---- partial writes: a large buffer into a small non-blocking socket */

static void partial(int with_value) {
  enum { kSize = 1 << 20, kAt = 100 };
  char* buf = malloc(kSize);
  char* masked = malloc(kSize);
  char* got = malloc(kSize);
  if (!buf || !masked || !got) die("malloc");
  for (size_t i = 0; i < kSize; ++i) buf[i] = (char)('a' + i % 26);
  memcpy(masked, buf, kSize);
  if (with_value) {
    memcpy(buf + kAt, " " CARD " ", strlen(CARD) + 2);
    memcpy(masked + kAt, " " CARD_MASKED " ", strlen(CARD) + 2);
  }
  int client, server = tcp_pair(&client, 4096);
  fcntl(client, F_SETFL, O_NONBLOCK);
  long first = send(client, buf, kSize, 0), accepted = first > 0 ? first : 0, r;
  while ((r = send(client, buf + accepted, kSize - accepted, 0)) > 0) accepted += r;
  say("first %s\n", first > 0 && first < kSize ? "partial" : "whole-or-failed");
  result("then", r, errno);
  long received = 0;
  while (received < accepted) {
    struct pollfd p = {server, POLLIN, 0};
    if (poll(&p, 1, 5000) <= 0) break;
    long n = recv(server, got + received, kSize - received, 0);
    if (n <= 0) break;
    received += n;
  }
  say("received %s accepted\n", received == accepted ? "==" : "!=");
  say("content %s\n", memcmp(got, masked, received) == 0 ? "masked"
                      : memcmp(got, buf, received) == 0  ? "raw"
                                                         : "other");
}

/* ---- concurrency */

enum { kThreads = 16, kWrites = 2000 };

static enum { kWrite, kFputs, kPuts } how;

static void* writer(void* arg) {
  int t = (int)(long)arg;
  char line[128];
  for (int i = 0; i < kWrites; ++i) {
    int n = i % 2 ? snprintf(line, sizeof line, "t=%02d i=%04d clean line\n", t, i)
                  : snprintf(line, sizeof line, "t=%02d i=%04d card %s mail %s\n", t, i, CARD, EMAIL);
    int ok;
    if (how == kWrite) ok = write(1, line, (size_t)n) == n;
    else if (how == kFputs) ok = fputs(line, stdout) >= 0;
    else ok = (line[n - 1] = '\0', puts(line) >= 0);
    if (!ok) die("write");
  }
  return NULL;
}

static void threads(const char* mode) {
  how = !strcmp(mode, "write") ? kWrite : !strcmp(mode, "fputs") ? kFputs : kPuts;
  pthread_t th[kThreads];
  for (long t = 0; t < kThreads; ++t) pthread_create(&th[t], NULL, writer, (void*)t);
  for (int t = 0; t < kThreads; ++t) pthread_join(th[t], NULL);
  if (fflush(stdout) != 0) die("fflush");
}

static int sig_fd;
static atomic_long ticks;

static void on_alarm(int sig) {
  (void)sig;
  int saved = errno;
  for (int i = 0; i < 3; ++i) write(sig_fd, "tick\n", 5);
  atomic_fetch_add(&ticks, 1);
  errno = saved;
}

/* SIGALRM every 100us, its handler writing, while main writes values. */
static void signal_case(const char* out) {
  sig_fd = open_out(out, O_APPEND);
  struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = SA_RESTART};
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval it = {{0, 100}, {0, 100}};
  setitimer(ITIMER_REAL, &it, NULL);
  long lines = 0;
  char line[128];
  for (double end = now() + 0.5; now() < end; ++lines) {
    int n = snprintf(line, sizeof line, "main %ld card %s mail %s\n", lines, CARD, EMAIL);
    if (write(sig_fd, line, (size_t)n) != n) die("write");
  }
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  say("main-lines %ld\n", lines);
  say("signals %s\n", atomic_load(&ticks) > 100 ? "many" : "few");
}

static atomic_int stop;

static void* busy(void* arg) {
  (void)arg;
  int fd = check(open("/dev/null", O_WRONLY), "open");
  FILE* f = fdopen(fd, "w");
  while (!atomic_load(&stop)) {
    write(fd, dirty, sizeof dirty - 1);
    fprintf(f, "busy %s", dirty);
  }
  fclose(f);
  return NULL;
}

/* Forks from a parent whose other threads are inside the shim. */
static void fork_case(const char* out) {
  enum { kBusy = 4, kChildren = 50 };
  int fd = open_out(out, O_APPEND);
  pthread_t th[kBusy];
  for (int t = 0; t < kBusy; ++t) pthread_create(&th[t], NULL, busy, NULL);
  int ok = 0;
  for (int c = 0; c < kChildren; ++c) {
    pid_t pid = fork();
    if (pid == 0) {
      char line[128];
      int n = snprintf(line, sizeof line, "child %d write card %s\n", c, CARD);
      if (write(fd, line, (size_t)n) != n) _exit(3);
      FILE* f = fdopen(fd, "a");
      if (fprintf(f, "child %d fprintf mail %s\n", c, EMAIL) < 0 || fflush(f) != 0) _exit(4);
      _exit(0);
    }
    int status = 0;
    double end = now() + 5;
    while (waitpid(pid, &status, WNOHANG) == 0) {
      if (now() > end) {
        say("child %d hung\n", c);
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
      }
      usleep(1000);
    }
    ok += WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  atomic_store(&stop, 1);
  for (int t = 0; t < kBusy; ++t) pthread_join(th[t], NULL);
  say("children-ok %d/%d\n", ok, kChildren);
}

/* fork+exec of sh, which runs a builtin, forks another sh, which execs
 * env, which execs printf: four processes, each writing a value. */
static void exec_chain(void) {
  char line[128];
  int n = snprintf(line, sizeof line, "L0 mail %s\n", EMAIL);
  if (write(1, line, (size_t)n) != n) die("write");
  setenv("PG_CARD", CARD, 1);
  setenv("PG_EMAIL", EMAIL, 1);
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c",
          "printf 'L1 card %s\\n' \"$PG_CARD\"; "
          "sh -c 'printf \"L2 mail %s\\n\" \"$PG_EMAIL\"; env printf \"L3 card %s\\n\" \"$PG_CARD\"; true'; true",
          (char*)NULL);
    _exit(127);
  }
  int status;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) die("sh");
}

int main(int argc, char** argv) {
  const char* cmd = argc > 1 ? argv[1] : "";
  const char* arg = argc > 2 ? argv[2] : "";
  if (!strcmp(cmd, "closed-fd")) closed_fd();
  else if (!strcmp(cmd, "eagain")) eagain();
  else if (!strcmp(cmd, "retvals")) retvals(arg);
  else if (!strcmp(cmd, "blocked")) blocked(arg);
  else if (!strcmp(cmd, "try-write")) try_write(arg);
  else if (!strcmp(cmd, "efault")) efault(arg);
  else if (!strcmp(cmd, "dprintf-full")) dprintf_full();
  else if (!strcmp(cmd, "big")) big(arg);
  else if (!strcmp(cmd, "partial")) partial(!strcmp(arg, "dirty"));
  else if (!strcmp(cmd, "threads")) threads(arg);
  else if (!strcmp(cmd, "signal")) signal_case(arg);
  else if (!strcmp(cmd, "fork")) fork_case(arg);
  else if (!strcmp(cmd, "exec-chain")) exec_chain();
  else {
    say("usage: semantics CMD [ARG]\n");
    return 2;
  }
  return 0;
}
