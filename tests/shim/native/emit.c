/* One output call per subcommand, each sending one line with planted
 * personal data to a real sink: a file, stdout (the driver makes it a
 * pipe), stderr (syslog's LOG_PERROR copy) or a 127.0.0.1 / Unix socket
 * whose far end is read in this process and saved to OUT with the raw
 * syscall, so what is saved is exactly what crossed the socket.
 *
 *   emit CMD OUT      prints nothing else; exit 0 when the call succeeded
 *
 * Built twice (plain -O0 and -O2 -D_FORTIFY_SOURCE=2): the second calls
 * the __*_chk forms. The line is built at run time so that the compiler
 * cannot turn a call into another one (fputs of a literal into fwrite). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

#include "raw_syscall.h"

#define CARD "4539 1488 0343 6467"
#define EMAIL "maria.gonzalez@outlook.com"
#define FORMAT "%s: card %s mail %s ok\n"

static const char* cmd;
static const char* out;
static char line[256];
static size_t len;

static void die(const char* what) {
  perror(what);
  exit(2);
}

static int check(long r, const char* what) {
  if (r < 0) die(what);
  return (int)r;
}

static int open_out(void) { return check(open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644), "open"); }

static FILE* fopen_out(void) {
  FILE* f = fopen(out, "w");
  if (!f) die("fopen");
  return f;
}

static void close_stream(FILE* f) {
  if (fclose(f) != 0) die("fclose");
}

/* The line split in the middle of the card number: the shim must join
 * iovecs before scanning. */
static int split_line(struct iovec iov[3]) {
  size_t a = 12, b = 22;
  iov[0] = (struct iovec){line, a};
  iov[1] = (struct iovec){line + a, b - a};
  iov[2] = (struct iovec){line + b, len - b};
  return 3;
}

/* Saves what a socket received, bypassing every wrapper. */
static void save(const char* data, size_t n) {
  int fd = open_out();
  if (raw_syscall(SYS_write, (long)(fd), (long)(data), (long)(n)) != (long)n) die("save");
  close(fd);
}

static void save_stream(int fd) {
  char buf[4096];
  size_t n = 0;
  ssize_t r;
  while (n < sizeof buf && (r = recv(fd, buf + n, sizeof buf - n, 0)) > 0) n += (size_t)r;
  save(buf, n);
}

static struct sockaddr_in loopback(int port) {
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

static int bound(int type, struct sockaddr_in* addr) {
  int s = check(socket(AF_INET, type, 0), "socket");
  *addr = loopback(0);
  socklen_t alen = sizeof *addr;
  check(bind(s, (struct sockaddr*)addr, sizeof *addr), "bind");
  check(getsockname(s, (struct sockaddr*)addr, &alen), "getsockname");
  return s;
}

/* A connected TCP pair on 127.0.0.1: *client sends, the result receives. */
static int tcp_pair(int* client) {
  struct sockaddr_in addr;
  int l = bound(SOCK_STREAM, &addr);
  check(listen(l, 1), "listen");
  *client = check(socket(AF_INET, SOCK_STREAM, 0), "socket");
  check(connect(*client, (struct sockaddr*)&addr, sizeof addr), "connect");
  int server = check(accept(l, NULL, NULL), "accept");
  close(l);
  return server;
}

static void tcp_case(void (*send_it)(int fd)) {
  int client;
  int server = tcp_pair(&client);
  send_it(client);
  shutdown(client, SHUT_WR);
  save_stream(server);
}

static void do_send(int fd) { check(send(fd, line, len, 0) == (ssize_t)len ? 0 : -1, "send"); }
static void do_write(int fd) { check(write(fd, line, len) == (ssize_t)len ? 0 : -1, "write"); }
static void do_sendmsg(int fd) {
  struct iovec iov[3];
  struct msghdr m = {.msg_iov = iov, .msg_iovlen = (size_t)split_line(iov)};
  check(sendmsg(fd, &m, 0) == (ssize_t)len ? 0 : -1, "sendmsg");
}

static void udp_sendto(void) {
  struct sockaddr_in addr;
  int r = bound(SOCK_DGRAM, &addr);
  int s = check(socket(AF_INET, SOCK_DGRAM, 0), "socket");
  check(sendto(s, line, len, 0, (struct sockaddr*)&addr, sizeof addr) == (ssize_t)len ? 0 : -1, "sendto");
  char buf[512];
  save(buf, (size_t)check(recv(r, buf, sizeof buf, 0), "recv"));
}

/* Two datagrams in one sendmmsg: the second split across iovecs. */
static void udp_sendmmsg(void) {
  struct sockaddr_in addr;
  int r = bound(SOCK_DGRAM, &addr);
  int s = check(socket(AF_INET, SOCK_DGRAM, 0), "socket");
  check(connect(s, (struct sockaddr*)&addr, sizeof addr), "connect");
  struct iovec whole = {line, len}, parts[3];
  struct mmsghdr m[2] = {{.msg_hdr = {.msg_iov = &whole, .msg_iovlen = 1}},
                         {.msg_hdr = {.msg_iov = parts, .msg_iovlen = (size_t)split_line(parts)}}};
  if (sendmmsg(s, m, 2, 0) != 2 || m[0].msg_len != len || m[1].msg_len != len) die("sendmmsg");
  char buf[1024];
  size_t n = (size_t)check(recv(r, buf, sizeof buf, 0), "recv");
  n += (size_t)check(recv(r, buf + n, sizeof buf - n, 0), "recv");
  save(buf, n);
}

static void unix_send(void) {
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  if (snprintf(addr.sun_path, sizeof addr.sun_path, "%s.sock", out) >= (int)sizeof addr.sun_path) {
    fprintf(stderr, "emit: %s.sock is too long for a Unix socket path\n", out);
    exit(2);
  }
  unlink(addr.sun_path);
  int l = check(socket(AF_UNIX, SOCK_STREAM, 0), "socket");
  check(bind(l, (struct sockaddr*)&addr, sizeof addr), "bind");
  check(listen(l, 1), "listen");
  int c = check(socket(AF_UNIX, SOCK_STREAM, 0), "socket");
  check(connect(c, (struct sockaddr*)&addr, sizeof addr), "connect");
  int server = check(accept(l, NULL, NULL), "accept");
  do_send(c);
  shutdown(c, SHUT_WR);
  save_stream(server);
  unlink(addr.sun_path);
}

static void with_vfprintf(FILE* f, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (vfprintf(f, fmt, ap) != (int)len) die("vfprintf");
  va_end(ap);
}
static void with_vprintf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (vprintf(fmt, ap) != (int)len) die("vprintf");
  va_end(ap);
}
static void with_vdprintf(int fd, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (vdprintf(fd, fmt, ap) != (int)len) die("vdprintf");
  va_end(ap);
}
static void with_vsyslog(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_ERR, fmt, ap);
  va_end(ap);
}

static int is(const char* name) { return strcmp(cmd, name) == 0; }

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: emit CMD OUT\n");
    return 2;
  }
  cmd = argv[1];
  out = argv[2];
  len = (size_t)snprintf(line, sizeof line, FORMAT, cmd, CARD, EMAIL);
  struct iovec iov[3];
  FILE* f;
  int fd;

  /* unistd, to the file OUT (write-stdout: to stdout) */
  if (is("write")) {
    fd = open_out();
    do_write(fd);
  } else if (is("write-stdout")) {
    do_write(1);
  } else if (is("writev")) {
    fd = open_out();
    check(writev(fd, iov, split_line(iov)) == (ssize_t)len ? 0 : -1, "writev");
  } else if (is("pwrite") || is("pwrite64")) {
    /* after a clean header written at offset 0 */
    static const char header[] = "header line\n";
    fd = open_out();
    check(pwrite(fd, header, sizeof header - 1, 0), "pwrite");
    ssize_t r = is("pwrite") ? pwrite(fd, line, len, sizeof header - 1)
                             : pwrite64(fd, line, len, sizeof header - 1);
    check(r == (ssize_t)len ? 0 : -1, cmd);
  } else if (is("pwritev") || is("pwritev2") || is("pwritev64") || is("pwritev64v2")) {
    fd = open_out();
    int n = split_line(iov);
    ssize_t r = is("pwritev")     ? pwritev(fd, iov, n, 0)
                : is("pwritev2")  ? pwritev2(fd, iov, n, 0, 0)
                : is("pwritev64") ? pwritev64(fd, iov, n, 0)
                                  : pwritev64v2(fd, iov, n, 0, 0);
    check(r == (ssize_t)len ? 0 : -1, cmd);
  }
  /* sockets: OUT receives what the far end read */
  else if (is("send")) {
    tcp_case(do_send);
  } else if (is("write-tcp")) {
    tcp_case(do_write);
  } else if (is("sendmsg")) {
    tcp_case(do_sendmsg);
  } else if (is("sendto")) {
    udp_sendto();
  } else if (is("sendmmsg")) {
    udp_sendmmsg();
  } else if (is("unix-send")) {
    unix_send();
  }
  /* stdio: printf/vprintf/puts to stdout, the others to OUT */
  else if (is("printf")) {
    if (printf(FORMAT, cmd, CARD, EMAIL) != (int)len) die("printf");
  } else if (is("vprintf")) {
    with_vprintf(FORMAT, cmd, CARD, EMAIL);
  } else if (is("puts")) {
    line[len - 1] = '\0';
    if (puts(line) < 0) die("puts");
  } else if (is("fprintf")) {
    f = fopen_out();
    if (fprintf(f, FORMAT, cmd, CARD, EMAIL) != (int)len) die("fprintf");
    close_stream(f);
  } else if (is("vfprintf")) {
    f = fopen_out();
    with_vfprintf(f, FORMAT, cmd, CARD, EMAIL);
    close_stream(f);
  } else if (is("fwrite") || is("fwrite_unlocked")) {
    f = fopen_out();
    size_t n = is("fwrite") ? fwrite(line, 1, len, f) : fwrite_unlocked(line, 1, len, f);
    if (n != len) die(cmd);
    close_stream(f);
  } else if (is("fputs") || is("fputs_unlocked")) {
    f = fopen_out();
    if ((is("fputs") ? fputs(line, f) : fputs_unlocked(line, f)) < 0) die(cmd);
    close_stream(f);
  } else if (is("dprintf")) {
    fd = open_out();
    if (dprintf(fd, FORMAT, cmd, CARD, EMAIL) != (int)len) die("dprintf");
  } else if (is("vdprintf")) {
    fd = open_out();
    with_vdprintf(fd, FORMAT, cmd, CARD, EMAIL);
  }
  /* syslog: LOG_PERROR's copy on stderr; no daemon needed */
  else if (is("syslog") || is("vsyslog")) {
    openlog("pg-emit", LOG_PERROR, LOG_USER);
    if (is("syslog")) syslog(LOG_ERR, "%s: card %s mail %s ok", cmd, CARD, EMAIL);
    else with_vsyslog("%s: card %s mail %s ok", cmd, CARD, EMAIL);
    closelog();
  } else {
    fprintf(stderr, "emit: unknown command %s\n", cmd);
    return 2;
  }
  return 0;
}
