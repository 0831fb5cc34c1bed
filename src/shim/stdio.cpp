// stdio output. glibc's stdio writes through internal calls that no
// LD_PRELOAD wrapper of write() sees, so every entry point that takes
// caller bytes is wrapped here: the printf family (and the
// _FORTIFY_SOURCE __*_chk forms optimised builds call), fwrite, fputs,
// puts. A formatted call is formatted once into a buffer, scanned, and its
// bytes handed to the real fwrite, so the stream's buffering, locking and
// error state stay glibc's. Streams without an fd (fmemopen,
// open_memstream) hold memory, not output, and are left alone.
//
// Not wrapped: character-at-a-time output (fputc, putc, putchar and their
// _unlocked forms) — one character cannot be a value, and holding
// characters back would change what the stream's other users see.
#include <sys/mman.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "export.h"
#include "inspect.h"
#include "real.h"
#include "runtime.h"

extern "C" int __vsnprintf_chk(char*, size_t, int, size_t, const char*, va_list);

using namespace privguard::shim;

namespace {

constexpr int kNoCheck = -1;

// printf's output, in the thread's format buffer or, when longer, a mapping.
class Formatted {
 public:
  Formatted(int check_flag, const char* fmt, va_list ap) noexcept {
    ThreadState* st = thread_state();
    if (!st || !st->fmt) return;
    va_list again;
    va_copy(again, ap);
    int n = format(st->fmt, st->fmt_cap, check_flag, fmt, ap);
    if (n >= 0 && static_cast<size_t>(n) >= st->fmt_cap) {
      mapping_size_ = static_cast<size_t>(n) + 1;
      void* p = mmap(nullptr, mapping_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) {
        va_end(again);
        return;
      }
      mapping_ = static_cast<char*>(p);
      n = format(mapping_, mapping_size_, check_flag, fmt, again);
      data_ = mapping_;
    } else {
      data_ = st->fmt;
    }
    va_end(again);
    if (n < 0) {
      data_ = nullptr;
      error_ = errno;
      return;
    }
    size_ = static_cast<size_t>(n);
  }
  ~Formatted() {
    if (mapping_) munmap(mapping_, mapping_size_);
  }
  Formatted(const Formatted&) = delete;
  Formatted& operator=(const Formatted&) = delete;

  bool ok() const { return data_ != nullptr; }
  int error() const { return error_; }
  const char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  static int format(char* buf, size_t cap, int check_flag, const char* fmt, va_list ap) {
    // The _chk form keeps _FORTIFY_SOURCE's checks (%n in writable formats).
    return check_flag == kNoCheck ? std::vsnprintf(buf, cap, fmt, ap)
                                  : __vsnprintf_chk(buf, cap, check_flag, cap, fmt, ap);
  }
  const char* data_ = nullptr;
  size_t size_ = 0;
  char* mapping_ = nullptr;
  size_t mapping_size_ = 0;
  int error_ = EINVAL;
};

// A blocked stdio call fails the stdio way: error indicator set, errno set.
void set_stream_error(FILE* f) {
  f->_flags |= 0x0020;  // glibc's _IO_ERR_SEEN, what ferror() reports
}

int stream_fd(FILE* f) { return f ? fileno_unlocked(f) : -1; }

size_t real_fwrite(const void* p, size_t size, size_t n, FILE* f) {
  return real::fwrite()(p, size, n, f);
}

int vfprintf_fallback(FILE* f, int check_flag, const char* fmt, va_list ap) {
  return check_flag == kNoCheck ? real::vfprintf()(f, fmt, ap) : real::__vfprintf_chk()(f, check_flag, fmt, ap);
}

int guarded_vfprintf(const char* call, FILE* f, int check_flag, const char* fmt, va_list ap) {
  Entry e;
  if (!e) {
    if (e.fail_closed()) return errno = EACCES, -1;
    return vfprintf_fallback(f, check_flag, fmt, ap);
  }
  int fd = stream_fd(f);
  if (fd < 0) return vfprintf_fallback(f, check_flag, fmt, ap);
  Formatted text(check_flag, fmt, ap);
  if (!text.ok()) return errno = text.error(), -1;
  Outgoing o(call, fd, text.data(), text.size());
  switch (o.kind()) {
    case Outgoing::Kind::Pass:
      return real_fwrite(text.data(), 1, text.size(), f) == text.size() ? static_cast<int>(text.size()) : -1;
    case Outgoing::Kind::Block:
      set_stream_error(f);
      return static_cast<int>(o.fail());
    case Outgoing::Kind::Send:
      // The caller is told the length it formatted, whatever was sent.
      return real_fwrite(o.data(), 1, o.size(), f) == o.size() ? static_cast<int>(text.size()) : -1;
  }
  return -1;
}

// What glibc's dprintf does with its buffer: write until done, retry
// EINTR, give up with -1 on any other error (EAGAIN included).
int write_like_dprintf(int fd, const char* data, size_t size) {
  auto real = real::write();
  for (size_t off = 0; off < size;) {
    ssize_t n = real(fd, data + off, size - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    off += static_cast<size_t>(n);
  }
  return static_cast<int>(size);
}

int guarded_vdprintf(const char* call, int fd, int check_flag, const char* fmt, va_list ap) {
  Entry e;
  if (!e) {
    if (e.fail_closed()) return errno = EACCES, -1;
    return check_flag == kNoCheck ? real::vdprintf()(fd, fmt, ap) : real::__vdprintf_chk()(fd, check_flag, fmt, ap);
  }
  Formatted text(check_flag, fmt, ap);
  if (!text.ok()) return errno = text.error(), -1;
  Outgoing o(call, fd, text.data(), text.size());
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return write_like_dprintf(fd, text.data(), text.size());
    case Outgoing::Kind::Block: return static_cast<int>(o.fail());
    case Outgoing::Kind::Send:
      if (o.same_length()) return write_like_dprintf(fd, o.data(), o.size());
      return write_fully(fd, o.data(), o.size()) == 0 ? static_cast<int>(text.size()) : -1;
  }
  return -1;
}

size_t guarded_fwrite(const char* call, size_t (*real)(const void*, size_t, size_t, FILE*), const void* p,
                      size_t size, size_t n, FILE* f) {
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, 0) : real(p, size, n, f);
  int fd = stream_fd(f);
  if (fd < 0 || size == 0 || n == 0 || n > SIZE_MAX / size) return real(p, size, n, f);
  Outgoing o(call, fd, p, size * n);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(p, size, n, f);
    case Outgoing::Kind::Block:
      set_stream_error(f);
      o.fail();
      return 0;
    case Outgoing::Kind::Send: {
      size_t w = real(o.data(), 1, o.size(), f);
      if (w == o.size()) return n;
      return o.same_length() ? w / size : 0;
    }
  }
  return 0;
}

int guarded_fputs(const char* call, int (*real)(const char*, FILE*), const char* s, FILE* f) {
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, EOF) : real(s, f);
  int fd = stream_fd(f);
  if (fd < 0) return real(s, f);
  Outgoing o(call, fd, s, std::strlen(s));
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(s, f);
    case Outgoing::Kind::Block:
      set_stream_error(f);
      o.fail();
      return EOF;
    case Outgoing::Kind::Send: return real_fwrite(o.data(), 1, o.size(), f) == o.size() ? 1 : EOF;
  }
  return EOF;
}

}  // namespace

// ---- formatted

PRIVGUARD_EXPORT int vfprintf(FILE* f, const char* fmt, va_list ap) { return guarded_vfprintf("vfprintf", f, kNoCheck, fmt, ap); }
PRIVGUARD_EXPORT int vprintf(const char* fmt, va_list ap) { return guarded_vfprintf("vprintf", stdout, kNoCheck, fmt, ap); }
PRIVGUARD_EXPORT int __vfprintf_chk(FILE* f, int flag, const char* fmt, va_list ap) {
  return guarded_vfprintf("__vfprintf_chk", f, flag, fmt, ap);
}
PRIVGUARD_EXPORT int __vprintf_chk(int flag, const char* fmt, va_list ap) {
  return guarded_vfprintf("__vprintf_chk", stdout, flag, fmt, ap);
}

PRIVGUARD_EXPORT int fprintf(FILE* f, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vfprintf("fprintf", f, kNoCheck, fmt, ap);
  va_end(ap);
  return r;
}
PRIVGUARD_EXPORT int printf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vfprintf("printf", stdout, kNoCheck, fmt, ap);
  va_end(ap);
  return r;
}
PRIVGUARD_EXPORT int __fprintf_chk(FILE* f, int flag, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vfprintf("__fprintf_chk", f, flag, fmt, ap);
  va_end(ap);
  return r;
}
PRIVGUARD_EXPORT int __printf_chk(int flag, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vfprintf("__printf_chk", stdout, flag, fmt, ap);
  va_end(ap);
  return r;
}

PRIVGUARD_EXPORT int vdprintf(int fd, const char* fmt, va_list ap) { return guarded_vdprintf("vdprintf", fd, kNoCheck, fmt, ap); }
PRIVGUARD_EXPORT int __vdprintf_chk(int fd, int flag, const char* fmt, va_list ap) {
  return guarded_vdprintf("__vdprintf_chk", fd, flag, fmt, ap);
}
PRIVGUARD_EXPORT int dprintf(int fd, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vdprintf("dprintf", fd, kNoCheck, fmt, ap);
  va_end(ap);
  return r;
}
PRIVGUARD_EXPORT int __dprintf_chk(int fd, int flag, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = guarded_vdprintf("__dprintf_chk", fd, flag, fmt, ap);
  va_end(ap);
  return r;
}

// ---- unformatted

PRIVGUARD_EXPORT size_t fwrite(const void* p, size_t size, size_t n, FILE* f) {
  return guarded_fwrite("fwrite", real::fwrite(), p, size, n, f);
}
PRIVGUARD_EXPORT size_t fwrite_unlocked(const void* p, size_t size, size_t n, FILE* f) {
  return guarded_fwrite("fwrite_unlocked", real::fwrite_unlocked(), p, size, n, f);
}
PRIVGUARD_EXPORT int fputs(const char* s, FILE* f) { return guarded_fputs("fputs", real::fputs(), s, f); }
PRIVGUARD_EXPORT int fputs_unlocked(const char* s, FILE* f) {
  return guarded_fputs("fputs_unlocked", real::fputs_unlocked(), s, f);
}

PRIVGUARD_EXPORT int puts(const char* s) {
  auto real = real::puts();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, EOF) : real(s);
  Outgoing o("puts", stream_fd(stdout), s, std::strlen(s));
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(s);
    case Outgoing::Kind::Block:
      set_stream_error(stdout);
      o.fail();
      return EOF;
    case Outgoing::Kind::Send: {
      // Text and newline under one lock, as glibc's puts writes them.
      flockfile(stdout);
      bool ok = real_fwrite(o.data(), 1, o.size(), stdout) == o.size() && real_fwrite("\n", 1, 1, stdout) == 1;
      funlockfile(stdout);
      return ok ? 1 : EOF;
    }
  }
  return EOF;
}
