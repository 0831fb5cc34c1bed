// unistd output: write, writev, pwrite*, pwritev*.
#include "io.h"

#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>

#include "export.h"
#include "fd_tail.h"
#include "inspect.h"
#include "real.h"

namespace privguard::shim::io {
namespace {

// Sends a transformed buffer in place of the caller's. Same length: one
// real write, whose count maps 1:1 onto the caller's bytes. Otherwise all
// of it (a partial count could not be mapped back), and the caller is told
// its whole buffer went.
ssize_t write_instead(int fd, const Verdict& v, size_t caller_len) noexcept {
  if (v.chunked()) return send_chunked(v, [fd](const char* d, size_t k) { return real::write()(fd, d, k); });
  if (v.same_length()) return real::write()(fd, v.data(), v.size());
  return write_fully(fd, v.data(), v.size()) == 0 ? static_cast<ssize_t>(caller_len) : -1;
}

// write and writev: `bytes` is what the caller sends (gathered for
// writev), `real_call` sends the caller's own buffers. A value begun in the
// previous call on the fd is joined with this one (fd_tail.h).
template <class RealCall>
ssize_t stream_write(const char* name, int fd, const char* bytes, size_t n, RealCall real_call) noexcept {
  TailLease tail(fd, bytes, n);
  Call call{name, fd};
  call.chunkable = true;
  Verdict v = inspect(call, bytes, n, tail.pending());
  switch (v.kind()) {
    case Verdict::Kind::Pass: {
      ssize_t r = real_call();
      tail.sent(bytes, r);
      return r;
    }
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace: {
      ssize_t r = write_instead(fd, v, n);
      // Pieces sent one by one leave no buffer behind to take the tail from.
      tail.sent(v.data(), r < 0 || v.chunked() ? -1 : v.same_length() ? r : static_cast<ssize_t>(v.size()));
      return r;
    }
  }
  return -1;
}

// Positional writes keep their length: a redaction or pseudonym is written
// as a mask, so the rest of the file stays where the caller put it. They
// land at an offset, so nothing is joined with an earlier write.
template <class RealCall, class RealReplace>
ssize_t positional_write(const char* name, int fd, const char* bytes, size_t n, RealCall real_call,
                         RealReplace real_replace) noexcept {
  Call call{name, fd};
  call.positional = true;
  call.chunkable = true;
  Verdict v = inspect(call, bytes, n);
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real_call();
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace:
      if (!v.chunked()) return real_replace(v.data(), v.size(), 0);
      return send_chunked(v, [&, at = std::size_t{0}](const char* d, size_t k) mutable {
        ssize_t r = real_replace(d, k, at);
        if (r > 0) at += static_cast<std::size_t>(r);
        return r;
      });
  }
  return -1;
}

template <class Real, class Off>
ssize_t pwrite_like(const char* name, Real real, int fd, const void* buf, size_t n, Off off) noexcept {
  Entry e;
  auto call_real = [&] { return real(fd, buf, n, off); };
  if (!e) return unscanned(e, ssize_t{-1}, call_real);
  return positional_write(name, fd, static_cast<const char*>(buf), n, call_real,
                          [&](const char* d, size_t k, size_t at) { return real(fd, d, k, off + static_cast<Off>(at)); });
}

template <class Real, class Off, class... Flags>
ssize_t pwritev_like(const char* name, Real real, int fd, const struct iovec* iov, int count, Off off,
                     Flags... flags) noexcept {
  Entry e;
  auto call_real = [&] { return real(fd, iov, count, off, flags...); };
  if (!e) return unscanned(e, ssize_t{-1}, call_real);
  if (count < 0 || (count > 0 && !iov)) return call_real();  // let the kernel report EINVAL/EFAULT
  Gathered g(iov, count);
  if (!g.ok()) return call_real();
  return positional_write(name, fd, g.data(), g.size(), call_real, [&](const char* d, size_t k, size_t at) {
    iovec one{const_cast<char*>(d), k};
    // pwritev2's offset -1 is the file position, which each piece moves on.
    return real(fd, &one, 1, off < 0 ? off : off + static_cast<Off>(at), flags...);
  });
}

}  // namespace

ssize_t write(int fd, const void* buf, size_t n) noexcept {
  Entry e;
  auto call_real = [&] { return real::write()(fd, buf, n); };
  if (!e) return unscanned(e, ssize_t{-1}, call_real);
  return stream_write("write", fd, static_cast<const char*>(buf), n, call_real);
}

ssize_t writev(int fd, const struct iovec* iov, int count) noexcept {
  Entry e;
  auto call_real = [&] { return real::writev()(fd, iov, count); };
  if (!e) return unscanned(e, ssize_t{-1}, call_real);
  if (count < 0 || (count > 0 && !iov)) return call_real();
  Gathered g(iov, count);
  if (!g.ok()) return call_real();
  return stream_write("writev", fd, g.data(), g.size(), call_real);
}

ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) noexcept {
  return pwrite_like("pwrite", real::pwrite(), fd, buf, n, off);
}
ssize_t pwrite64(int fd, const void* buf, size_t n, off64_t off) noexcept {
  return pwrite_like("pwrite64", real::pwrite64(), fd, buf, n, off);
}
ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off) noexcept {
  return pwritev_like("pwritev", real::pwritev(), fd, iov, count, off);
}
ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t off) noexcept {
  return pwritev_like("pwritev64", real::pwritev64(), fd, iov, count, off);
}
ssize_t pwritev2(int fd, const struct iovec* iov, int count, off_t off, int flags) noexcept {
  return pwritev_like("pwritev2", real::pwritev2(), fd, iov, count, off, flags);
}
ssize_t pwritev64v2(int fd, const struct iovec* iov, int count, off64_t off, int flags) noexcept {
  return pwritev_like("pwritev64v2", real::pwritev64v2(), fd, iov, count, off, flags);
}

}  // namespace privguard::shim::io

// ---- the libc names
using namespace privguard::shim;

PRIVGUARD_EXPORT ssize_t write(int fd, const void* buf, size_t n) { return io::write(fd, buf, n); }
PRIVGUARD_EXPORT ssize_t writev(int fd, const struct iovec* iov, int count) { return io::writev(fd, iov, count); }
PRIVGUARD_EXPORT ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) { return io::pwrite(fd, buf, n, off); }
PRIVGUARD_EXPORT ssize_t pwrite64(int fd, const void* buf, size_t n, off64_t off) { return io::pwrite64(fd, buf, n, off); }
PRIVGUARD_EXPORT ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off) {
  return io::pwritev(fd, iov, count, off);
}
PRIVGUARD_EXPORT ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t off) {
  return io::pwritev64(fd, iov, count, off);
}
PRIVGUARD_EXPORT ssize_t pwritev2(int fd, const struct iovec* iov, int count, off_t off, int flags) {
  return io::pwritev2(fd, iov, count, off, flags);
}
PRIVGUARD_EXPORT ssize_t pwritev64v2(int fd, const struct iovec* iov, int count, off64_t off, int flags) {
  return io::pwritev64v2(fd, iov, count, off, flags);
}
