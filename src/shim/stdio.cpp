// stdio output. glibc's stdio writes through internal calls that no
// LD_PRELOAD wrapper of write() sees, so every entry point that takes
// caller bytes is wrapped here: the printf family (and the
// _FORTIFY_SOURCE __*_chk forms optimised builds call), fwrite, fputs,
// puts. A formatted call is formatted once into a buffer, scanned, and its
// bytes handed to the real fwrite, so the stream's buffering, locking and
// error state stay glibc's. Streams without an fd (fmemopen,
// open_memstream) hold memory, not output, and are left alone.
//
// Values may arrive in pieces (several fwrite calls, or a character at a
// time): the stream's unflushed line is scanned together with the new
// bytes, and a value that began there is masked in the buffer before it
// leaves (see pending_of). A value near the end of a line that is not
// finished yet is masked provisionally and judged again with what follows
// it (inspect.h's Deferred; the regions are kept per stream below).
#include <sys/mman.h>

#include <atomic>

#include <cctype>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "export.h"
#include "inspect.h"
#include "printf_format.h"
#include "real.h"
#include "runtime.h"

using namespace privguard::shim;

namespace {

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
    return format_into(buf, cap, check_flag, fmt, ap);
  }
  const char* data_ = nullptr;
  size_t size_ = 0;
  char* mapping_ = nullptr;
  size_t mapping_size_ = 0;
  int error_ = EINVAL;
};

// glibc's FILE flags (libio/libio.h): the ABI of struct _IO_FILE.
constexpr int kErrSeen = 0x0020;      // what ferror() reports
constexpr int kUnbuffered = 0x0002;
constexpr int kPutting = 0x0800;      // the put area [_IO_write_base, _IO_write_ptr) holds output
constexpr int kLineBuffered = 0x0200;

// How far back into a stream's unflushed bytes a value may begin. Values
// do not span lines (a PEM header is one line), so the tail stops at the
// last newline too.
constexpr size_t kTailMax = 256;

// A blocked stdio call fails the stdio way: error indicator set, errno set.
void set_stream_error(FILE* f) { f->_flags |= kErrSeen; }

int stream_fd(FILE* f) { return f ? fileno_unlocked(f) : -1; }

#ifdef __SANITIZE_THREAD__
// glibc's stream lock is invisible to ThreadSanitizer (libc is not
// instrumented): tell it that the lock orders what it guards.
extern "C" void __tsan_acquire(void*);
extern "C" void __tsan_release(void*);
#define PRIVGUARD_TSAN_ACQUIRE(p) __tsan_acquire(p)
#define PRIVGUARD_TSAN_RELEASE(p) __tsan_release(p)
#else
#define PRIVGUARD_TSAN_ACQUIRE(p)
#define PRIVGUARD_TSAN_RELEASE(p)
#endif

// Holds the stream's lock across scan, in-place masking and the real call
// (glibc's lock is recursive; the _unlocked calls' callers hold it already).
class StreamLock {
 public:
  StreamLock(FILE* f, bool take) : f_(take ? f : nullptr) {
    if (f_) {
      flockfile(f_);
      PRIVGUARD_TSAN_ACQUIRE(f_);
    }
  }
  ~StreamLock() {
    if (f_) {
      PRIVGUARD_TSAN_RELEASE(f_);
      funlockfile(f_);
    }
  }

 private:
  FILE* f_;
};

// The unflushed bytes that the next ones continue. Normally the stream's
// current line: OpenSSL writes "-----BEGIN ", "PRIVATE KEY", "-----\n" with
// three fwrite calls, awk prints a card number's groups one by one.
// `whole` (before a flush): everything not yet scanned, since programs'
// inline putc_unlocked fills the buffer without calling anything of ours.
Pending pending_of(FILE* f, ThreadState* st, bool whole = false) {
  Pending p;
  if (!(f->_flags & kPutting) || (f->_flags & kUnbuffered)) return p;
  char* base = f->_IO_write_base;
  char* ptr = f->_IO_write_ptr;
  if (!base || ptr <= base) return p;
  char* line = ptr - std::min<size_t>(kTailMax, static_cast<size_t>(ptr - base));
  for (char* q = ptr; q > line; --q)
    if (q[-1] == '\n') {
      line = q;
      break;
    }
  char* seen_to = nullptr;
  if (st)
    for (const auto& s : st->seen)
      if (s.file == f && s.to >= base && s.to <= ptr) seen_to = const_cast<char*>(s.to);
  char* from = line;
  if (whole) from = seen_to ? std::min(seen_to, line) : base;
  p.data = from;
  p.size = static_cast<size_t>(ptr - from);
  if (seen_to && seen_to >= from) p.seen = static_cast<size_t>(seen_to - from);
  return p;
}

// ---- deferred regions (inspect.h's Deferred)
//
// A stream's provisional region: where it sits in the stream's buffer and
// what it was. A few slots for the whole process (lines are unfinished in
// few streams at once; with none free, a value is decided at once, as
// before). A slot's `file` is claimed and released atomically; the rest is
// touched only under that stream's lock, as its buffer is.
struct DeferSlot {
  std::atomic<FILE*> file{nullptr};
  char* at = nullptr;
  int fd = -1;
  const char* call = nullptr;
  Deferred d;
};
constexpr size_t kDeferSlots = 16;
constinit DeferSlot g_deferred[kDeferSlots];
constinit std::atomic<int> g_deferred_used{0};

DeferSlot* deferred_of(FILE* f) {
  if (g_deferred_used.load(std::memory_order_acquire) == 0) return nullptr;
  for (auto& slot : g_deferred)
    if (slot.file.load(std::memory_order_acquire) == f) return &slot;
  return nullptr;
}

void release(DeferSlot* slot) {
  slot->file.store(nullptr, std::memory_order_release);
  g_deferred_used.fetch_sub(1, std::memory_order_acq_rel);
}

// Joins the stream's provisional region, if its buffer still holds it, to
// the pending bytes, to be scanned as what the caller wrote (the scan then
// sees what followed it). A region the buffer no longer holds was sent,
// masked, by a flush that no wrapper saw (a read from stdin flushing a
// line-buffered stdout, fseek, pclose): it is recorded as found.
DeferSlot* attach_deferred(FILE* f, Pending& p) {
  DeferSlot* slot = deferred_of(f);
  if (!slot) return nullptr;
  const size_t n = slot->d.size;
  char* ptr = p.data + p.size;
  const bool held = p.size > 0 && slot->fd == stream_fd(f) && slot->at >= f->_IO_write_base && slot->at <= ptr &&
                    static_cast<size_t>(ptr - slot->at) >= n && std::memcmp(slot->at, slot->d.provisional, n) == 0;
  if (!held) {
    record_deferred(Call{slot->call, slot->fd}, slot->d);
    release(slot);
    return nullptr;
  }
  char* seen = p.data + p.seen;
  char* from = std::min(p.data, slot->at);
  p.data = from;
  p.size = static_cast<size_t>(ptr - from);
  p.seen = static_cast<size_t>(std::min(seen, slot->at) - from);
  p.restore = slot->d.original;
  p.restore_at = static_cast<size_t>(slot->at - from);
  p.restore_size = n;
  p.restore_call = slot->call;
  return slot;
}

// After the scan: a region it judged is done with.
void settle_deferred(DeferSlot* slot, const Pending& p) {
  if (slot && p.restored) release(slot);
}

// After the real call: keeps the call's new provisional region, if the
// stream's buffer holds it (the call did not flush it out). Otherwise
// its values went out masked, or there is no free slot: recorded now.
void keep_deferred(FILE* f, const char* call, int fd, const Deferred& d) {
  if (d.size == 0) return;
  char* base = f->_IO_write_base;
  char* ptr = f->_IO_write_ptr;
  if ((f->_flags & kPutting) && !(f->_flags & kUnbuffered) && base && ptr >= base &&
      static_cast<size_t>(ptr - base) >= d.size && std::memcmp(ptr - d.size, d.provisional, d.size) == 0) {
    DeferSlot* slot = deferred_of(f);
    for (size_t i = 0; !slot && i < kDeferSlots; ++i) {
      FILE* none = nullptr;
      if (g_deferred[i].file.compare_exchange_strong(none, f, std::memory_order_acq_rel)) {
        g_deferred_used.fetch_add(1, std::memory_order_acq_rel);
        slot = &g_deferred[i];
      }
    }
    if (slot) {
      slot->at = ptr - d.size;
      slot->fd = fd;
      slot->call = call;
      slot->d.size = d.size;
      slot->d.count = d.count;
      std::memcpy(slot->d.values, d.values, d.count * sizeof d.values[0]);
      std::memcpy(slot->d.original, d.original, d.size);
      std::memcpy(slot->d.provisional, d.provisional, d.size);
      return;
    }
  }
  record_deferred(Call{call, fd}, d);
}

// After a scanned write: everything before the put pointer has been seen.
// (Per thread and best effort: another thread's flush can reuse the buffer;
// the worst case is a report-only finding recorded twice.)
void note_scanned(FILE* f, ThreadState* st) {
  if (!st) return;
  for (auto& s : st->seen)
    if (s.file == f) {
      s.to = f->_IO_write_ptr;
      return;
    }
  st->seen[st->seen_next++ % 4] = {f, f->_IO_write_ptr};
}

// A blocked value that began in the pending bytes: they must not go out.
void drop_pending(FILE* f, const Pending& p) {
  if (p.drop_from < p.size) f->_IO_write_ptr = p.data + p.drop_from;
}

// A blocked stdio call: nothing of it (nor of a value begun in the
// pending bytes) goes out, and it fails the stdio way: error indicator
// and errno set.
void block_stream(FILE* f, const Pending& p) {
  drop_pending(f, p);
  set_stream_error(f);
  refuse();
}

// A full buffer is flushed up to its last newline; the unfinished line
// stays, so a value being written a character at a time is never cut in
// two by a flush (and so never leaves half unmasked). Then `c` is stored.
// Fully buffered streams only; returns what __overflow would.
int overflow_keeping_line(FILE* f, int c) {
  auto real = real::__overflow();
  char* base = f->_IO_write_base;
  char* ptr = f->_IO_write_ptr;
  char* nl = base && ptr > base ? static_cast<char*>(memrchr(base, '\n', static_cast<size_t>(ptr - base))) : nullptr;
  size_t keep = nl ? static_cast<size_t>(ptr - (nl + 1)) : 0;
  if (keep == 0 || keep > kTailMax) return real(f, c);
  char tail[kTailMax];
  std::memcpy(tail, nl + 1, keep);
  f->_IO_write_ptr = nl + 1;
  if (real(f, EOF) == EOF) return EOF;
  if (static_cast<size_t>(f->_IO_write_end - f->_IO_write_ptr) < keep + 1) {
    // Not the empty buffer a flush leaves: give the bytes back to stdio.
    real::fwrite()(tail, 1, keep, f);
    return real(f, c);
  }
  std::memcpy(f->_IO_write_ptr, tail, keep);
  // A provisional region in the kept line moves with it.
  if (DeferSlot* slot = deferred_of(f); slot && slot->at >= nl + 1 && slot->at < nl + 1 + keep)
    slot->at = f->_IO_write_ptr + (slot->at - (nl + 1));
  f->_IO_write_ptr += keep;
  if (c == EOF) return 0;
  *f->_IO_write_ptr++ = static_cast<char>(c);
  return static_cast<unsigned char>(c);
}

// A call whose bytes do not fit in a fully buffered stream's room makes
// glibc fill the buffer, flush it and go on in an empty one: the
// unfinished line is cut, and the next call's scan sees only its end
// (od's row "16003720 4088 6675 ..." cut after "160": "03720 4088" reads
// as a phone number). Flushing up to the last newline first keeps the
// line whole in the buffer, as overflow_keeping_line does for putc.
void keep_line_whole(FILE* f, size_t len) {
  if ((f->_flags & (kUnbuffered | kLineBuffered)) || !(f->_flags & kPutting) || !f->_IO_write_base) return;
  if (f->_IO_write_ptr + len <= f->_IO_write_end) return;  // fits
  if (len > static_cast<size_t>(f->_IO_buf_end - f->_IO_buf_base) / 2) return;  // cut anyway
  overflow_keeping_line(f, EOF);
}

size_t real_fwrite(const void* p, size_t size, size_t n, FILE* f) {
  return real::fwrite()(p, size, n, f);
}

int vfprintf_fallback(FILE* f, int check_flag, const char* fmt, va_list ap) {
  return check_flag == kNoCheck ? real::vfprintf()(f, fmt, ap) : real::__vfprintf_chk()(f, check_flag, fmt, ap);
}

int guarded_vfprintf(const char* call, FILE* f, int check_flag, const char* fmt, va_list ap) {
  Entry e;
  if (!e) {
    if (e.fail_closed()) return static_cast<int>(refuse());
    return vfprintf_fallback(f, check_flag, fmt, ap);
  }
  int fd = stream_fd(f);
  if (fd < 0) return vfprintf_fallback(f, check_flag, fmt, ap);
  Formatted text(check_flag, fmt, ap);
  if (!text.ok()) return errno = text.error(), -1;
  StreamLock lock(f, true);
  keep_line_whole(f, text.size());
  ThreadState* st = thread_state();
  Pending pending = pending_of(f, st);
  DeferSlot* slot = attach_deferred(f, pending);
  Deferred deferred;
  pending.defer = &deferred;
  Verdict o = inspect(Call{call, fd}, text.data(), text.size(), &pending);
  settle_deferred(slot, pending);
  int r = -1;
  switch (o.kind()) {
    case Verdict::Kind::Pass:
      r = real_fwrite(text.data(), 1, text.size(), f) == text.size() ? static_cast<int>(text.size()) : -1;
      break;
    case Verdict::Kind::Block:
      block_stream(f, pending);
      return -1;
    case Verdict::Kind::Replace:
      // The caller is told the length it formatted, whatever was sent.
      r = real_fwrite(o.data(), 1, o.size(), f) == o.size() ? static_cast<int>(text.size()) : -1;
      break;
  }
  note_scanned(f, st);
  keep_deferred(f, call, fd, deferred);
  return r;
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
    if (e.fail_closed()) return static_cast<int>(refuse());
    return check_flag == kNoCheck ? real::vdprintf()(fd, fmt, ap) : real::__vdprintf_chk()(fd, check_flag, fmt, ap);
  }
  Formatted text(check_flag, fmt, ap);
  if (!text.ok()) return errno = text.error(), -1;
  Verdict o = inspect(Call{call, fd}, text.data(), text.size());
  switch (o.kind()) {
    case Verdict::Kind::Pass: return write_like_dprintf(fd, text.data(), text.size());
    case Verdict::Kind::Block: return static_cast<int>(refuse());
    case Verdict::Kind::Replace:
      if (o.same_length()) return write_like_dprintf(fd, o.data(), o.size());
      return write_fully(fd, o.data(), o.size()) == 0 ? static_cast<int>(text.size()) : -1;
  }
  return -1;
}

size_t guarded_fwrite(const char* call, bool locking, size_t (*real)(const void*, size_t, size_t, FILE*),
                      const void* p, size_t size, size_t n, FILE* f) {
  Entry e;
  if (!e) return unscanned(e, size_t{0}, [&] { return real(p, size, n, f); });
  int fd = stream_fd(f);
  if (fd < 0 || size == 0 || n == 0 || n > SIZE_MAX / size) return real(p, size, n, f);
  StreamLock lock(f, locking);
  keep_line_whole(f, size * n);
  ThreadState* st = thread_state();
  Pending pending = pending_of(f, st);
  DeferSlot* slot = attach_deferred(f, pending);
  Deferred deferred;
  pending.defer = &deferred;
  Verdict o = inspect(Call{call, fd}, p, size * n, &pending);
  settle_deferred(slot, pending);
  size_t r = 0;
  switch (o.kind()) {
    case Verdict::Kind::Pass: r = real(p, size, n, f); break;
    case Verdict::Kind::Block:
      block_stream(f, pending);
      return 0;
    case Verdict::Kind::Replace: {
      size_t w = real(o.data(), 1, o.size(), f);
      r = w == o.size() ? n : o.same_length() ? w / size : 0;
      break;
    }
  }
  note_scanned(f, st);
  keep_deferred(f, call, fd, deferred);
  return r;
}

int guarded_fputs(const char* call, bool locking, int (*real)(const char*, FILE*), const char* s, FILE* f) {
  Entry e;
  if (!e) return unscanned(e, EOF, [&] { return real(s, f); });
  int fd = stream_fd(f);
  if (fd < 0) return real(s, f);
  StreamLock lock(f, locking);
  const size_t len = std::strlen(s);
  keep_line_whole(f, len);
  ThreadState* st = thread_state();
  Pending pending = pending_of(f, st);
  DeferSlot* slot = attach_deferred(f, pending);
  Deferred deferred;
  pending.defer = &deferred;
  Verdict o = inspect(Call{call, fd}, s, len, &pending);
  settle_deferred(slot, pending);
  int r = EOF;
  switch (o.kind()) {
    case Verdict::Kind::Pass: r = real(s, f); break;
    case Verdict::Kind::Block:
      block_stream(f, pending);
      return EOF;
    case Verdict::Kind::Replace: r = real_fwrite(o.data(), 1, o.size(), f) == o.size() ? 1 : EOF; break;
  }
  note_scanned(f, st);
  keep_deferred(f, call, fd, deferred);
  return r;
}

// Character output: one character cannot be a value, but it can end one
// whose other characters are still in the buffer. So the pending line is
// scanned when a character ends a word (a space, a newline, a quote,
// punctuation) and before a full buffer is flushed. Unbuffered streams
// (stderr) have nothing pending: their characters leave one by one.
bool ends_word(int c) {
  return !(std::isalnum(c) || c == '@' || c == '.' || c == '-' || c == '_' || c == '+' || c == '/' || c == '=' ||
           c == '%' || c == ':' || c == '#' || c == '~' || c == '*' || c >= 0x80);
}

int guarded_putc(const char* call, bool locking, int (*real)(int, FILE*), int c, FILE* f) {
  Entry e;
  if (!e) return unscanned(e, EOF, [&] { return real(c, f); });
  int fd = stream_fd(f);
  if (fd < 0 || (f->_flags & kUnbuffered)) return real(c, f);
  // Most characters continue a word in a buffer with room: straight on,
  // without taking the stream lock a second time. (Read unlocked, this is
  // only a hint; the decision to scan is taken again under the lock.)
  // A line-buffered stream runs every character through its overflow
  // path and flushes at '\n'; a fully buffered one flushes when full.
  auto about_to_flush = [&] {
    return (f->_flags & kLineBuffered) ? c == '\n' : f->_IO_write_ptr >= f->_IO_write_end;
  };
  const bool word = !ends_word(static_cast<unsigned char>(c));
  if (word && !about_to_flush()) return real(c, f);
  StreamLock lock(f, locking);
  if (word && !about_to_flush()) return real(c, f);
  ThreadState* st = thread_state();
  bool full = !(f->_flags & kLineBuffered) && f->_IO_write_ptr >= f->_IO_write_end;
  Pending pending = pending_of(f, st, full);
  DeferSlot* slot = attach_deferred(f, pending);
  if (pending.size == 0) return real(c, f);
  Deferred deferred;
  if (!full) pending.defer = &deferred;  // a full buffer is flushed now
  char ch = static_cast<char>(c);
  Verdict o = inspect(Call{call, fd}, &ch, 1, &pending);
  settle_deferred(slot, pending);
  int out = c;
  switch (o.kind()) {
    case Verdict::Kind::Pass: break;
    case Verdict::Kind::Block:
      block_stream(f, pending);
      return EOF;
    case Verdict::Kind::Replace: out = static_cast<unsigned char>(o.data()[0]); break;
  }
  int r = full ? overflow_keeping_line(f, out) : real(out, f);
  note_scanned(f, st);
  keep_deferred(f, call, fd, deferred);
  return r;
}

// glibc's __overflow(f, c): where programs' inline putc/putc_unlocked
// macros go when the buffer is full (or, line-buffered, for every
// character): the buffer is scanned before it is flushed.
int guarded_overflow(FILE* f, int c) {
  auto real = real::__overflow();
  Entry e;
  if (!e) return unscanned(e, EOF, [&] { return real(f, c); });
  int fd = stream_fd(f);
  if (fd < 0 || (f->_flags & kUnbuffered)) return real(f, c);
  bool line_buffered = f->_flags & kLineBuffered;
  if (line_buffered && c != EOF && !ends_word(c)) return real(f, c);
  ThreadState* st = thread_state();
  Pending pending = pending_of(f, st, !line_buffered);
  DeferSlot* slot = attach_deferred(f, pending);
  if (pending.size == 0) return real(f, c);
  char ch = static_cast<char>(c);
  Verdict o = inspect(Call{"__overflow", fd}, &ch, c == EOF ? 0 : 1, &pending);
  settle_deferred(slot, pending);
  int out = c;
  switch (o.kind()) {
    case Verdict::Kind::Pass: break;
    case Verdict::Kind::Block:
      block_stream(f, pending);
      return EOF;
    case Verdict::Kind::Replace: out = c == EOF ? EOF : static_cast<unsigned char>(o.data()[0]); break;
  }
  int r = line_buffered ? real(f, out) : overflow_keeping_line(f, out);
  note_scanned(f, st);
  return r;
}

// Before a flush: whatever was not scanned yet (inline putc output, the
// last value of an unterminated line).
void scan_before_flush(const char* call, FILE* f, bool locking) {
  Entry e;
  if (!e || !f) return;
  int fd = stream_fd(f);
  if (fd < 0) return;
  StreamLock lock(f, locking);
  // Nothing buffered, the common case at exit: no thread state (scratch
  // and buffers) to make for a thread that never wrote.
  if (pending_of(f, nullptr, true).size == 0 && !deferred_of(f)) return;
  ThreadState* st = thread_state();
  Pending pending = pending_of(f, st, true);
  DeferSlot* slot = attach_deferred(f, pending);
  if (pending.size == 0 || pending.seen == pending.size) return;
  Verdict o = inspect(Call{call, fd}, nullptr, 0, &pending);
  settle_deferred(slot, pending);
  if (o.kind() == Verdict::Kind::Block) drop_pending(f, pending);
  note_scanned(f, st);
}

}  // namespace

size_t privguard::shim::stdio_emit(const char* call, FILE* f, const char* data, size_t len) noexcept {
  return guarded_fwrite(call, true, real::fwrite(), data, 1, len, f);
}

void privguard::shim::scan_std_streams_at_exit() noexcept {
  // exit() flushes every stream after the exit handlers (ours included):
  // the last unterminated line of stdout and stderr is scanned here.
  scan_before_flush("exit", stdout, true);
  scan_before_flush("exit", stderr, true);
  // Other streams' provisional regions leave as they are, masked, when
  // exit flushes them: their values are recorded now. (Their FILEs are
  // not touched: one may have been closed where no wrapper saw it.)
  Entry e;
  if (!e) return;
  for (auto& slot : g_deferred) {
    if (!slot.file.load(std::memory_order_acquire)) continue;
    record_deferred(Call{slot.call, slot.fd}, slot.d);
    release(&slot);
  }
}

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
  return guarded_fwrite("fwrite", true, real::fwrite(), p, size, n, f);
}
PRIVGUARD_EXPORT size_t fwrite_unlocked(const void* p, size_t size, size_t n, FILE* f) {
  return guarded_fwrite("fwrite_unlocked", false, real::fwrite_unlocked(), p, size, n, f);
}
PRIVGUARD_EXPORT int fputs(const char* s, FILE* f) { return guarded_fputs("fputs", true, real::fputs(), s, f); }
PRIVGUARD_EXPORT int fputs_unlocked(const char* s, FILE* f) {
  return guarded_fputs("fputs_unlocked", false, real::fputs_unlocked(), s, f);
}

// ---- character at a time

PRIVGUARD_EXPORT int fputc(int c, FILE* f) { return guarded_putc("fputc", true, real::fputc(), c, f); }
PRIVGUARD_EXPORT int putc(int c, FILE* f) { return guarded_putc("putc", true, real::putc(), c, f); }
PRIVGUARD_EXPORT int _IO_putc(int c, FILE* f) { return guarded_putc("_IO_putc", true, real::_IO_putc(), c, f); }
PRIVGUARD_EXPORT int putchar(int c) { return guarded_putc("putchar", true, real::fputc(), c, stdout); }
PRIVGUARD_EXPORT int fputc_unlocked(int c, FILE* f) {
  return guarded_putc("fputc_unlocked", false, real::fputc_unlocked(), c, f);
}
PRIVGUARD_EXPORT int putc_unlocked(int c, FILE* f) {
  return guarded_putc("putc_unlocked", false, real::putc_unlocked(), c, f);
}
PRIVGUARD_EXPORT int putchar_unlocked(int c) {
  return guarded_putc("putchar_unlocked", false, real::fputc_unlocked(), c, stdout);
}

// ---- flushes: what was not scanned yet

PRIVGUARD_EXPORT int __overflow(FILE* f, int c) { return guarded_overflow(f, c); }

PRIVGUARD_EXPORT int fflush(FILE* f) {
  if (f) scan_before_flush("fflush", f, true);
  return real::fflush()(f);
}
PRIVGUARD_EXPORT int fflush_unlocked(FILE* f) {
  if (f) scan_before_flush("fflush_unlocked", f, false);
  return real::fflush_unlocked()(f);
}
PRIVGUARD_EXPORT int fclose(FILE* f) {
  scan_before_flush("fclose", f, true);
  if (DeferSlot* slot = f ? deferred_of(f) : nullptr) release(slot);  // not judged (no Entry): leaves masked
  return real::fclose()(f);
}

PRIVGUARD_EXPORT int puts(const char* s) {
  auto real = real::puts();
  Entry e;
  if (!e) return unscanned(e, EOF, [&] { return real(s); });
  // Text and newline under one lock, as glibc's puts writes them.
  StreamLock lock(stdout, true);
  ThreadState* st = thread_state();
  Pending pending = pending_of(stdout, st);
  DeferSlot* slot = attach_deferred(stdout, pending);
  Verdict o = inspect(Call{"puts", stream_fd(stdout)}, s, std::strlen(s), &pending);
  settle_deferred(slot, pending);
  int r = EOF;
  switch (o.kind()) {
    case Verdict::Kind::Pass: r = real(s); break;
    case Verdict::Kind::Block:
      block_stream(stdout, pending);
      return EOF;
    case Verdict::Kind::Replace:
      r = real_fwrite(o.data(), 1, o.size(), stdout) == o.size() && real_fwrite("\n", 1, 1, stdout) == 1 ? 1 : EOF;
      break;
  }
  note_scanned(stdout, st);
  return r;
}
