/* A library whose constructor writes before main() — and, depending on
 * the loader's order, before privguard's own constructor has run. */
#include <stdio.h>
#include <unistd.h>

__attribute__((constructor(101))) static void early(void) {
  static const char line[] = "early write card 4539 1488 0343 6467\n";
  write(1, line, sizeof line - 1);
  printf("early printf mail maria.gonzalez@outlook.com\n");
  fflush(stdout);
}

/* Referenced by early_main, so that the linker keeps the library. */
int early_marker(void) { return 7; }
