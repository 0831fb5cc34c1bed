/* Linked against early_lib: its constructor runs before main. */
#include <stdio.h>

int early_marker(void);

int main(void) {
  printf("main mail maria.gonzalez@outlook.com\n");
  return early_marker() == 7 ? 0 : 1;
}
