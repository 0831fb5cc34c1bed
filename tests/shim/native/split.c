/* Values split across two calls on one fd: write, send on a stream
 * socket, and a reused fd number that must not be joined with the old
 * file's tail.   usage: split MODE OUT
 *   write   two write()s to OUT: "card 4539 1488" + " 0343 6467\n", then
 *           "mail maria.gonz" + "alez@outlook.com\n"
 *   send    the same over a Unix stream socketpair, the reader copying to OUT
 *   reuse   "card 4539 1488" to OUT.old, close; OUT opened on the same fd
 *           number gets " 0343 6467\n": not a value there */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static void put(int fd, const char* s) {
  ssize_t n = (ssize_t)strlen(s);
  if (write(fd, s, (size_t)n) != n) perror("write");
}

static void sendstr(int fd, const char* s) {
  ssize_t n = (ssize_t)strlen(s);
  if (send(fd, s, (size_t)n, 0) != n) perror("send");
}

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const char* mode = argv[1];
  const char* out = argv[2];
  if (strcmp(mode, "write") == 0) {
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    put(fd, "card 4539 1488");
    put(fd, " 0343 6467\n");
    put(fd, "mail maria.gonz");
    put(fd, "alez@outlook.com\n");
    return close(fd);
  }
  if (strcmp(mode, "send") == 0) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return 1;
    pid_t reader = fork();
    if (reader == 0) {
      close(sv[0]);
      int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
      char buf[256];
      ssize_t n;
      /* The reader's own copy is raw syscall-level: read + a write that
       * the shim also sees; it holds only what arrived. */
      while ((n = read(sv[1], buf, sizeof buf)) > 0) (void)!write(fd, buf, (size_t)n);
      _exit(0);
    }
    close(sv[1]);
    sendstr(sv[0], "card 4539 1488");
    sendstr(sv[0], " 0343 6467\n");
    close(sv[0]);
    waitpid(reader, NULL, 0);
    return 0;
  }
  if (strcmp(mode, "reuse") == 0) {
    char old[512];
    snprintf(old, sizeof old, "%s.old", out);
    int fd = open(old, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    put(fd, "card 4539 1488");
    close(fd);
    int again = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (again != fd) fprintf(stderr, "fd %d reopened as %d\n", fd, again);
    put(again, " 0343 6467\n");
    return close(again);
  }
  return 2;
}
