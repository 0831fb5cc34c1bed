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
 *     dump        hex-dump rows written column by column, as od does: a
 *                 piece can end on digit groups that read as a value
 *                 until the columns after it show they are not one
 *     cardnl      a card ending one fputs, its newline the next
 *     cardflush   a card ending one fputs, then fflush, then the newline
 *     cardseek    a card ending one fputs to a file, then fseek (a flush
 *                 no wrapper sees), then the rest of the line
 *     cardfile    a card ending the last line of a file opened with
 *                 fopen (path in argv[2]), never closed: flushed by exit
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
  } else if (!strcmp(mode, "dump")) {
    /* od -An -tx1: " 02 13 45 68 60" reads as a phone number until the
     * columns after it arrive */
    static char buf[1024];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    const char* row[] = {" 02", " 13", " 45", " 68", " 60", " c0", " 03", " 3f",
                         " d7", " 78", " b3", " af", " 0a", " e6", " 40", " 7d", "\n"};
    for (size_t i = 0; i < sizeof row / sizeof *row; ++i) fputs(row[i], stdout);
    /* od -x, a row cut by the full buffer: lines up to 3 bytes short of
     * the buffer's end, then the row's offset and columns ("03720 4088"
     * alone reads as a phone number) */
    size_t used = 49;
    for (; used + 50 <= sizeof buf - 3; used += 50) printf("%049d\n", 0);
    printf("%0*d\n", (int)(sizeof buf - 3 - used - 1), 0);
    const char* od[] = {"16003720", " 4088", " 6675", " 7825", " 274e", " da84", " ab89", " a2ba", " 4c10", "\n"};
    for (size_t i = 0; i < sizeof od / sizeof *od; ++i) fwrite(od[i], 1, strlen(od[i]), stdout);
  } else if (!strcmp(mode, "cardnl")) {
    fputs("card 4539 1488 0343 6467", stdout);
    fputs("\n", stdout);
  } else if (!strcmp(mode, "cardflush")) {
    fputs("card 4539 1488 0343 6467", stdout);
    fflush(stdout);
    fputs("\n", stdout);
  } else if (!strcmp(mode, "cardseek")) {
    /* fseek flushes inside glibc, where no wrapper sees it */
    FILE* f = argc > 2 ? fopen(argv[2], "w") : NULL;
    if (!f) return 2;
    fputs("card 4539 1488 0343 6467", f);
    fseek(f, 0, SEEK_END);
    fputs(" ok\n", f);
    fclose(f);
  } else if (!strcmp(mode, "cardfile")) {
    FILE* f = argc > 2 ? fopen(argv[2], "w") : NULL;
    if (!f) return 2;
    fputs("first line\n", f);
    fputs("card 4539 1488 0343 6467", f);
  } else {
    return 2;
  }
  return 0;
}
