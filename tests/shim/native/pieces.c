/* Values that reach a stdio stream in pieces: several calls, or one
 * character at a time (real putc calls, and the inline putc_unlocked
 * macro, which only calls __overflow when the buffer is full).
 *
 *   pieces MODE   writes to stdout; MODE is one of
 *     fwrite3     a PEM header in three fwrite calls (blocked)
 *     fputs       a card number group by group, then a clean line
 *     putc        a line character by character with putc()
 *     fputc       ... with fputc()
 *     putchar     ... with putchar()
 *     inline      ... with the putc_unlocked macro, 20000 lines
 *     noeol       a value as the last, unterminated line (seen at exit)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char kLine[] = "id=7 card 4539 1488 0343 6467 mail maria.gonzalez@outlook.com end\n";

int main(int argc, char** argv) {
  const char* mode = argc > 1 ? argv[1] : "";
  if (!strcmp(mode, "fwrite3")) {
    fwrite("-----BEGIN ", 1, 11, stdout);
    fwrite("PRIVATE KEY", 1, 11, stdout);
    size_t n = fwrite("-----\n", 1, 6, stdout);
    fprintf(stderr, "third fwrite=%zu errno=%s ferror=%d\n", n, strerrorname_np(errno), ferror(stdout) != 0);
    clearerr(stdout);
    fputs("after\n", stdout);
  } else if (!strcmp(mode, "fputs")) {
    const char* parts[] = {"card ", "4539", " ", "1488", " ", "0343", " ", "6467", " ok\n", "clean line\n"};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; ++i) fputs(parts[i], stdout);
  } else if (!strcmp(mode, "putc") || !strcmp(mode, "fputc") || !strcmp(mode, "putchar")) {
    for (const char* p = kLine; *p; ++p) {
      if (mode[0] == 'f') fputc(*p, stdout);
      else if (mode[3] == 'c' && mode[4] == 'h') putchar(*p);
      else putc(*p, stdout);
    }
  } else if (!strcmp(mode, "inline")) {
    for (int i = 0; i < 20000; ++i)
      for (const char* p = kLine; *p; ++p) putc_unlocked(*p, stdout);
  } else if (!strcmp(mode, "noeol")) {
    fputs("last ", stdout);
    fputs("bob.jones@gmail.com", stdout);
  } else {
    return 2;
  }
  return 0;
}
