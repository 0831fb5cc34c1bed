/* write_latency: times write(2) calls of log text to one kind of sink, for
 * scripts/bench to run with and without LD_PRELOAD=libprivguard.so.
 *
 *   write_latency [--sink null|pipe|file|tcp] [--path FILE] [--input FILE]
 *                 [--input-max BYTES] [--chunk BYTES] [--count N]
 *                 [--warmup N] [--rounds N]
 *
 * The writes: with --chunk 0 (the default) one write per line of the input,
 * cycling through its lines (scripts/bench gives it a pool of 100-byte
 * lines); with --chunk N, N-byte pieces of the input, one after the other,
 * starting again at its beginning. Without --input, a few built-in clean
 * 100-byte lines. --input-max (default 64 MiB) caps what is read of the
 * input, cut at a line end.
 *
 * The sinks: /dev/null; a pipe that a second thread drains; a regular file
 * (--path, default ./write_latency.out) written from its start again every
 * 16 MiB, so it stays small and in the page cache; a loopback TCP
 * connection whose other end a second thread drains.
 *
 * Each round times --count writes after --warmup untimed ones (first round
 * only) and prints one line:
 *   round=1 writes=100000 bytes=10000000 ns=21034567 ns_per_write=210.3 gb_per_s=0.475 rss_kib=1544
 * rss_kib is the process's VmRSS after the round: scripts/bench compares it
 * with and without the shim, and after 1 and after 10 rounds.
 *
 * Plain C, built the way other people's programs are: the shim must be
 * preloaded into it, and nothing here calls privguard. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum sink { SINK_NULL, SINK_PIPE, SINK_FILE, SINK_TCP };

static const size_t kFileWrap = (size_t)16 << 20; /* --sink file: rewind after this many bytes */
static const size_t kDrainBuf = (size_t)1 << 20;

/* Clean 100-byte log lines (no finding under the default policy), for runs
 * without --input such as the CI smoke test. */
static const char kBuiltin[] =
    "2025-03-14T09:26:53.589Z INFO req=3f9c2a1b svc=billing method=GET path=/healthz msg=\"cache hit, ok\"\n"
    "{\"ts\":\"2025-03-14T09:26:53.612Z\",\"level\":\"DEBUG\",\"req\":\"0b7e44d2\",\"msg\":\"upstream batch re-queued\"}\n";

static void die(const char *what) {
  fprintf(stderr, "write_latency: %s: %s\n", what, strerror(errno));
  exit(2);
}

static void usage(const char *why) {
  fprintf(stderr,
          "write_latency: %s\n"
          "usage: write_latency [--sink null|pipe|file|tcp] [--path FILE] [--input FILE] [--input-max BYTES]\n"
          "                     [--chunk BYTES] [--count N] [--warmup N] [--rounds N]\n",
          why);
  exit(2);
}

static unsigned long long number(const char *flag, const char *s) {
  char *end = NULL;
  unsigned long long v;
  if (s == NULL) usage(flag);
  errno = 0;
  v = strtoull(s, &end, 0);
  if (errno != 0 || end == s || *end != '\0') usage(flag);
  return v;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static long rss_kib(void) {
  char line[256];
  long kib = -1;
  FILE *f = fopen("/proc/self/status", "r");
  if (f == NULL) return -1;
  while (fgets(line, sizeof line, f) != NULL)
    if (strncmp(line, "VmRSS:", 6) == 0) kib = strtol(line + 6, NULL, 10);
  fclose(f);
  return kib;
}

/* ------------------------------------------------------------ input */

static char *read_input(const char *path, size_t max, size_t *len) {
  char *buf;
  size_t n = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) die(path);
  buf = malloc(max + 1);
  if (buf == NULL) die("malloc");
  while (n < max) {
    ssize_t r = read(fd, buf + n, max - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) die(path);
    if (r == 0) break;
    n += (size_t)r;
  }
  close(fd);
  while (n > 0 && buf[n - 1] != '\n') --n; /* whole lines only */
  if (n == 0) {
    errno = EINVAL;
    die("input has no complete line");
  }
  *len = n;
  return buf;
}

/* The writes, precomputed: write i is (text + off[i % n], len[i % n]). */
struct plan {
  const char *text;
  size_t *off, *len;
  size_t n;
};

static void plan_lines(struct plan *p, const char *text, size_t size) {
  size_t i, start = 0, count = 0;
  for (i = 0; i < size; ++i) count += text[i] == '\n';
  p->text = text;
  p->off = malloc(count * sizeof *p->off);
  p->len = malloc(count * sizeof *p->len);
  if (p->off == NULL || p->len == NULL) die("malloc");
  p->n = 0;
  for (i = 0; i < size; ++i)
    if (text[i] == '\n') {
      p->off[p->n] = start;
      p->len[p->n] = i + 1 - start;
      ++p->n;
      start = i + 1;
    }
}

static void plan_chunks(struct plan *p, const char *text, size_t size, size_t chunk) {
  size_t i;
  if (chunk > size) {
    errno = EINVAL;
    die("--chunk is larger than the input");
  }
  p->text = text;
  p->n = size / chunk;
  p->off = malloc(p->n * sizeof *p->off);
  p->len = malloc(p->n * sizeof *p->len);
  if (p->off == NULL || p->len == NULL) die("malloc");
  for (i = 0; i < p->n; ++i) {
    p->off[i] = i * chunk;
    p->len[i] = chunk;
  }
}

/* ------------------------------------------------------------ sinks */

static void *drain(void *arg) {
  int fd = *(int *)arg;
  char *buf = malloc(kDrainBuf);
  if (buf == NULL) die("malloc");
  for (;;) {
    ssize_t r = read(fd, buf, kDrainBuf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
  }
  free(buf);
  return NULL;
}

struct sink_state {
  enum sink kind;
  int fd;         /* what is written to */
  int drain_fd;   /* what the drain thread reads (pipe, tcp) */
  pthread_t drainer;
  size_t since_rewind; /* file */
};

static void open_sink(struct sink_state *s, enum sink kind, const char *path) {
  s->kind = kind;
  s->drain_fd = -1;
  s->since_rewind = 0;
  switch (kind) {
    case SINK_NULL:
      s->fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
      if (s->fd < 0) die("/dev/null");
      return;
    case SINK_FILE:
      s->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      if (s->fd < 0) die(path);
      return;
    case SINK_PIPE: {
      int p[2];
      if (pipe2(p, O_CLOEXEC) != 0) die("pipe");
      /* A 1 MiB buffer, so a 1 MiB write is one copy, not 16 hand-offs. */
      (void)fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
      s->drain_fd = p[0];
      s->fd = p[1];
      break;
    }
    case SINK_TCP: {
      struct sockaddr_in a;
      socklen_t alen = sizeof a;
      int one = 1;
      int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (lfd < 0) die("socket");
      (void)setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
      memset(&a, 0, sizeof a);
      a.sin_family = AF_INET;
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      a.sin_port = 0; /* any free port */
      if (bind(lfd, (struct sockaddr *)&a, sizeof a) != 0) die("bind 127.0.0.1:0");
      if (listen(lfd, 1) != 0) die("listen");
      if (getsockname(lfd, (struct sockaddr *)&a, &alen) != 0) die("getsockname");
      s->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (s->fd < 0) die("socket");
      if (connect(s->fd, (struct sockaddr *)&a, sizeof a) != 0) die("connect");
      s->drain_fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
      if (s->drain_fd < 0) die("accept");
      close(lfd);
      break;
    }
  }
  errno = pthread_create(&s->drainer, NULL, drain, &s->drain_fd);
  if (errno != 0) die("pthread_create");
}

static void close_sink(struct sink_state *s) {
  if (s->kind == SINK_TCP) shutdown(s->fd, SHUT_WR);
  close(s->fd);
  if (s->drain_fd >= 0) {
    errno = pthread_join(s->drainer, NULL);
    if (errno != 0) die("pthread_join");
    close(s->drain_fd);
  }
}

static void write_all(struct sink_state *s, const char *p, size_t n) {
  if (s->kind == SINK_FILE) {
    if (s->since_rewind + n > kFileWrap) {
      if (lseek(s->fd, 0, SEEK_SET) != 0) die("lseek");
      s->since_rewind = 0;
    }
    s->since_rewind += n;
  }
  while (n > 0) {
    ssize_t w = write(s->fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) die("write");
    if (w == 0) {
      errno = EIO;
      die("write returned 0");
    }
    p += w;
    n -= (size_t)w;
  }
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv) {
  enum sink kind = SINK_NULL;
  const char *path = "write_latency.out", *input = NULL;
  size_t input_max = (size_t)64 << 20, chunk = 0, text_len;
  unsigned long long count = 100000, warmup = (unsigned long long)-1, rounds = 1, r, i;
  struct plan plan;
  struct sink_state sink;
  size_t next = 0;
  char *text;
  int a;

  for (a = 1; a < argc; ++a) {
    const char *arg = argv[a], *val = a + 1 < argc ? argv[a + 1] : NULL;
    if (strcmp(arg, "--sink") == 0 && val != NULL) {
      if (strcmp(val, "null") == 0) kind = SINK_NULL;
      else if (strcmp(val, "pipe") == 0) kind = SINK_PIPE;
      else if (strcmp(val, "file") == 0) kind = SINK_FILE;
      else if (strcmp(val, "tcp") == 0) kind = SINK_TCP;
      else usage("--sink: null, pipe, file or tcp");
      ++a;
    } else if (strcmp(arg, "--path") == 0 && val != NULL) path = val, ++a;
    else if (strcmp(arg, "--input") == 0 && val != NULL) input = val, ++a;
    else if (strcmp(arg, "--input-max") == 0) input_max = (size_t)number(arg, val), ++a;
    else if (strcmp(arg, "--chunk") == 0) chunk = (size_t)number(arg, val), ++a;
    else if (strcmp(arg, "--count") == 0) count = number(arg, val), ++a;
    else if (strcmp(arg, "--warmup") == 0) warmup = number(arg, val), ++a;
    else if (strcmp(arg, "--rounds") == 0) rounds = number(arg, val), ++a;
    else usage(arg);
  }
  if (count == 0 || rounds == 0) usage("--count and --rounds must be positive");
  if (warmup == (unsigned long long)-1) warmup = count / 10 + 1;
  signal(SIGPIPE, SIG_IGN);

  if (input != NULL) {
    text = read_input(input, input_max, &text_len);
  } else {
    text = strdup(kBuiltin);
    if (text == NULL) die("strdup");
    text_len = strlen(text);
  }
  if (chunk == 0) plan_lines(&plan, text, text_len);
  else plan_chunks(&plan, text, text_len, chunk);

  open_sink(&sink, kind, path);
  for (i = 0; i < warmup; ++i) {
    write_all(&sink, plan.text + plan.off[next], plan.len[next]);
    if (++next == plan.n) next = 0;
  }
  for (r = 1; r <= rounds; ++r) {
    unsigned long long bytes = 0;
    uint64_t t0, ns;
    t0 = now_ns();
    for (i = 0; i < count; ++i) {
      write_all(&sink, plan.text + plan.off[next], plan.len[next]);
      bytes += plan.len[next];
      if (++next == plan.n) next = 0;
    }
    ns = now_ns() - t0;
    if (ns == 0) ns = 1;
    printf("round=%llu writes=%llu bytes=%llu ns=%llu ns_per_write=%.1f gb_per_s=%.3f rss_kib=%ld\n", r, count,
           bytes, (unsigned long long)ns, (double)ns / (double)count, (double)bytes / (double)ns, rss_kib());
    fflush(stdout);
  }
  close_sink(&sink);
  free(plan.off);
  free(plan.len);
  free(text);
  return 0;
}
