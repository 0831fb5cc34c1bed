/* A write buffer that is the last bytes of a mapping: every suffix of the
 * first KiB of each file IN is copied flush against a PROT_NONE page and written to OUT with
 * write(2), then every prefix right after one, to OUT.start (a file of its
 * own: the shim joins a write with the unfinished line the last write to
 * that file left, and scans a copy then). Under a shim whose scan
 * reads past the buffer (Hyperscan 5.4.0's AVX-512 VBMI Teddy does) this
 * process dies of SIGSEGV.
 *
 *   page_edge OUT IN...   exit 0 when every write wrote all its bytes */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static void die(const char* what) {
  perror(what);
  exit(2);
}

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: page_edge OUT IN...\n");
    return 2;
  }
  const size_t page = (size_t)sysconf(_SC_PAGESIZE);
  /* [PROT_NONE][one readable page][PROT_NONE] */
  char* base = mmap(NULL, 3 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) die("mmap");
  char* usable = base + page;
  if (mprotect(usable, page, PROT_READ | PROT_WRITE) != 0) die("mprotect");
  int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) die("open OUT");
  char start_path[4096];
  snprintf(start_path, sizeof start_path, "%s.start", argv[1]);
  int out_start = open(start_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out_start < 0) die("open OUT.start");
  size_t writes = 0;
  for (int i = 2; i < argc; ++i) {
    static char in[1024];
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) die("open IN");
    ssize_t n = read(fd, in, sizeof in);
    if (n <= 0) die("read IN");
    close(fd);
    for (size_t cut = 0; cut < (size_t)n; ++cut) {
      size_t len = (size_t)n - cut;
      char* at = usable + page - len;
      memcpy(at, in + cut, len);
      if (write(out, at, len) != (ssize_t)len) die("write at the page's end");
      memcpy(usable, in, len);
      if (write(out_start, usable, len) != (ssize_t)len) die("write at the page's start");
      writes += 2;
    }
  }
  close(out);
  close(out_start);
  printf("%zu writes\n", writes);
  return 0;
}
