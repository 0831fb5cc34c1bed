// A host program that links its own libfmt (Debian's shared libfmt.so).
// libprivguard.so carries a hidden copy of fmt: under the shim both must
// coexist, and what fmt::print writes (through fwrite) must be scanned.
#include <fmt/core.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: {} EMAIL CARD\n", argv[0]);
    return 2;
  }
  fmt::print("order {:>5} for {} paid with {} ({:.2f} EUR)\n", 42, argv[1], argv[2], 19.99);
  fmt::print(stderr, "audit: {}\n", argv[1]);
  return 0;
}
