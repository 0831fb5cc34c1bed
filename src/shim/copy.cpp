// Kernel-side copies: copy_file_range, sendfile, splice, and vmsplice
// (at the end). The kernel moves
// the bytes without them ever passing through the process, so no other
// wrapper sees them: `cat customers.csv > out` on Debian 12 copies with
// copy_file_range, nginx serves files with sendfile, proxies splice.
//
// When the policy acts on the destination, the bytes take the scanned
// path instead: read (at most kChunk, cut back to a line end when the
// input can be re-read), scan, mask, write. Masks keep the length here
// (redactions and pseudonyms become masks, as for pwrite), so a partial
// write maps onto input bytes one to one, and whatever was read but not
// written is given back: the offset pointer advances by what went out, or
// the input's file position is moved back. The call may transfer less than
// asked, as these calls may anyway. When every rule allows the destination
// (or privguard is off), the fast kernel path is kept.
//
// Before the scanned path reads a byte it makes the checks the kernel
// makes before it moves one (below), so a call the kernel refuses fails
// the same way and consumes nothing; and it waits where the kernel would
// wait, not elsewhere: SPLICE_F_NONBLOCK and O_NONBLOCK keep it from
// waiting on a pipe side, as they keep splice.
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "copy.h"
#include "export.h"
#include "fd_tail.h"
#include "inspect.h"
#include "io.h"
#include "real.h"
#include "runtime.h"
#include "sink_classify.h"

namespace privguard::shim::copy {
namespace {

constexpr size_t kChunk = 64 * 1024;

// Whether any rule's action at this destination is more than "allow".
// The destination is out_fd's own (its peer, for a socket): the Call
// carries no other address.
bool policy_acts_on(int out_fd, ThreadState& st) {
  classify_sink(Call{"", out_fd}, st);
  const auto& engine = *g_runtime.engine;
  for (std::uint32_t r = 0; r < engine.policy().rules.size(); ++r)
    if (engine.action_for(r, st.sink) != privguard::core::Action::Allow) return true;
  return false;
}

// What the kernel looks at in an fd before a copy: how it was opened
// and what it is.
struct Fd {
  int fd = -1;
  int flags = -1;  // F_GETFL; -1: not an open fd
  mode_t mode = 0;
  dev_t dev = 0;
  ino_t ino = 0;
  off64_t size = 0;

  bool open() const { return flags >= 0 && !(flags & O_PATH); }
  bool reads() const { return open() && ((flags & O_ACCMODE) == O_RDONLY || (flags & O_ACCMODE) == O_RDWR); }
  bool writes() const { return open() && ((flags & O_ACCMODE) == O_WRONLY || (flags & O_ACCMODE) == O_RDWR); }
  bool pipe() const { return S_ISFIFO(mode); }
  bool regular() const { return S_ISREG(mode); }
  bool nonblock() const { return flags & O_NONBLOCK; }
  bool append() const { return flags & O_APPEND; }
  bool same_file(const Fd& o) const { return dev == o.dev && ino == o.ino; }
};

Fd look_at(int fd) {
  Fd f;
  f.fd = fd;
  struct stat sb {};
  if (fstat(fd, &sb) != 0) return f;
  f.flags = fcntl(fd, F_GETFL);
  f.mode = sb.st_mode;
  f.dev = sb.st_dev;
  f.ino = sb.st_ino;
  f.size = sb.st_size;
  return f;
}

// Offsets apply (the kernel's FMODE_PREAD/PWRITE) where the fd can seek:
// files and most devices, not pipes, sockets or terminals.
bool positional(const Fd& f) { return lseek64(f.fd, 0, SEEK_CUR) >= 0; }

// Where a copy starts: *off, or the file position (0 where there is none,
// as for a socket).
off64_t start_of(const Fd& f, const off64_t* off) {
  if (off) return *off;
  off64_t pos = lseek64(f.fd, 0, SEEK_CUR);
  return pos < 0 ? 0 : pos;
}

// The kernel's rw_verify_area: a length past SSIZE_MAX, a negative start,
// or a range that ends past LLONG_MAX.
bool bad_range(off64_t pos, size_t len) {
  return static_cast<ssize_t>(len) < 0 || pos < 0 ||
         static_cast<off64_t>(static_cast<std::uint64_t>(pos) + len) < 0;
}

bool bad_pointer(const off64_t* off) { return off && !readable_address(off); }

// The checks below are the kernel's (fs/read_write.c, fs/splice.c), made
// before the shim reads a byte: a call the kernel refuses fails as it
// would, and consumes nothing. Each returns 0 (copy), an errno to fail
// with, or kKernel: the kernel refuses this call whatever the state, so
// it is handed the call and says how, moving nothing.
constexpr int kKernel = -1;

// copy_file_range, two regular files. A zero-length call makes the
// kernel's checks (fds, open modes, O_APPEND, file systems, negative
// offsets, size limits) and returns 0 without copying; what it cannot see
// is the length: a range that wraps past 2^64 (EOVERFLOW, which the
// kernel checks between those others, so it is handed the call) and one
// that overlaps itself in one file (EINVAL, after all of them).
int cfr_refusal(real::copy_file_range_fn real, const Fd& in, off64_t* in_off, const Fd& out, off64_t* out_off,
                size_t len) {
  if (bad_pointer(in_off) || bad_pointer(out_off)) return kKernel;  // EFAULT
  const auto pin = static_cast<std::uint64_t>(start_of(in, in_off));
  const auto pout = static_cast<std::uint64_t>(start_of(out, out_off));
  if (pin + len < pin || pout + len < pout) return kKernel;
  if (real(in.fd, in_off, out.fd, out_off, 0, 0) < 0) return errno;
  if (!in.same_file(out)) return 0;
  // Within one file the kernel first cuts the length at the input's end.
  const auto size = static_cast<std::uint64_t>(in.size);
  const std::uint64_t n = pin >= size ? 0 : std::min<std::uint64_t>(len, size - pin);
  return pout + n > pin && pout < pin + n ? EINVAL : 0;
}

// sendfile from a regular file. A zero-length call makes the kernel's
// checks (fds, open modes, offsets, O_APPEND, a pipe nobody reads; a full
// pipe it waits on, or refuses with EAGAIN if O_NONBLOCK, as the real call
// would); the length it cannot see: past SSIZE_MAX, or carrying the offset
// past LLONG_MAX (EINVAL).
template <class Real, class Off>
int sendfile_refusal(Real real, int out_fd, const Fd& in, Off* offset, size_t count) {
  if (offset && !readable_address(offset)) return kKernel;  // EFAULT
  if (bad_range(offset ? static_cast<off64_t>(*offset) : start_of(in, nullptr), count)) return kKernel;
  return real(out_fd, in.fd, offset, 0) < 0 ? errno : 0;
}

constexpr unsigned kSpliceFlags = SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT;

// splice, a pipe on at least one side: the syscall's, __do_splice's and
// do_splice's checks in their order. (A zero-length splice returns 0
// before any check, so there is no probe.)
bool splice_refused(const Fd& in, const off64_t* in_off, const Fd& out, const off64_t* out_off, size_t len,
                    unsigned flags) {
  if (flags & ~kSpliceFlags) return true;                             // EINVAL
  if (!in.open() || !out.open()) return true;                         // EBADF
  if ((in.pipe() && in_off) || (out.pipe() && out_off)) return true;  // ESPIPE
  if (bad_pointer(in_off) || bad_pointer(out_off)) return true;       // EFAULT
  if (!in.reads() || !out.writes()) return true;                      // EBADF
  if (in.pipe() && out.pipe()) return in.same_file(out);              // EINVAL: a pipe into itself
  if (in.pipe())                                                      // EINVAL
    return (out_off && !positional(out)) || out.append() || bad_range(start_of(out, out_off), len);
  return (in_off && !positional(in)) || start_of(in, in_off) < 0;  // EINVAL
}

// How the scanned path reads and writes.
struct Plan {
  bool in_file = true;      // the input is a regular file: what is read and not written can be given back
  bool in_nowait = false;   // read the input (a pipe or socket) without waiting
  bool out_nowait = false;  // write the output pipe without waiting
  size_t most = kChunk;     // read at most this much at once
};

// SPLICE_F_NONBLOCK, or O_NONBLOCK on a pipe side, keeps splice from
// waiting on its pipes (do_splice): on an input pipe for data, on an
// output pipe for room; nor does the scanned path wait then. Input that
// cannot be given back (a pipe or socket) is then read at most PIPE_BUF
// at a time, which an output pipe with room takes whole.
Plan splice_plan(const Fd& in, const Fd& out, unsigned flags) {
  const bool nb = flags & SPLICE_F_NONBLOCK;
  Plan p;
  p.in_file = in.regular();
  if (in.pipe() && out.pipe()) p.in_nowait = p.out_nowait = nb || in.nonblock() || out.nonblock();
  else if (in.pipe()) p.in_nowait = nb || in.nonblock();
  else p.in_nowait = p.out_nowait = nb || out.nonblock();
  if (in.regular()) p.in_nowait = false;  // a file's read does not wait (RWF_NOWAIT would refuse uncached pages)
  if (p.out_nowait && !in.regular()) p.most = PIPE_BUF;
  return p;
}

bool ready(int fd, short events) {
  pollfd p{fd, events, 0};
  return poll(&p, 1, 0) > 0;  // POLLERR and POLLHUP count: the call then reports them
}

// Reads or writes without waiting, whatever the fd's O_NONBLOCK:
// RWF_NOWAIT. A pipe that has been spliced refuses it (the kernel clears
// FMODE_NOWAIT on it): it is polled first instead, and given at most
// PIPE_BUF bytes, which a pipe with room takes whole. (Another thread
// could take the data or the room between the poll and the call.)
ssize_t read_nowait(int fd, char* buf, size_t n) {
  iovec v{buf, n};
  ssize_t r = preadv2(fd, &v, 1, -1, RWF_NOWAIT);
  if (r >= 0 || (errno != EOPNOTSUPP && errno != ENOSYS)) return r;
  if (!ready(fd, POLLIN)) return errno = EAGAIN, -1;
  return read(fd, buf, n);
}

ssize_t write_nowait(int fd, const char* buf, size_t n) {
  iovec v{const_cast<char*>(buf), n};
  auto pwritev2 = real::pwritev2();
  ssize_t r = pwritev2 ? pwritev2(fd, &v, 1, -1, RWF_NOWAIT) : (errno = ENOSYS, -1);
  if (r >= 0 || (errno != EOPNOTSUPP && errno != ENOSYS)) return r;
  if (!ready(fd, POLLOUT)) return errno = EAGAIN, -1;
  return real::write()(fd, buf, n < PIPE_BUF ? n : PIPE_BUF);
}

// What splice finds at its output before it takes input. kKernel: the
// kernel refuses whatever comes, moving nothing: a pipe nobody reads
// (EPIPE and SIGPIPE) or a socket shut for sending (POLLHUP; not POLLERR,
// which a queued timestamp or ICMP report also raises). EAGAIN: no room
// where the call must not wait, or a non-blocking socket or file is full
// while the input, a pipe, could not be given back. 0: go on.
int output_refusal(const Fd& out, const Plan& plan) {
  pollfd p{out.fd, POLLOUT, 0};
  if (poll(&p, 1, 0) < 0) p.revents = POLLOUT;  // cannot tell: the write will
  if (out.pipe()) {
    if (p.revents & POLLERR) return kKernel;
    return plan.out_nowait && !(p.revents & POLLOUT) ? EAGAIN : 0;
  }
  if (p.revents & POLLHUP) return kKernel;  // the input is the pipe here
  return out.nonblock() && !(p.revents & POLLOUT) ? EAGAIN : 0;
}

ssize_t read_input(int fd, char* buf, size_t n, const off64_t* off, bool nowait) {
  for (;;) {
    ssize_t r = off ? pread64(fd, buf, n, *off) : nowait ? read_nowait(fd, buf, n) : read(fd, buf, n);
    if (r < 0 && errno == EINTR) continue;
    return r;
  }
}

// Writes up to n bytes at the output's position or at *off. Returns what
// was written (>= 1), or -1 with errno when nothing was. `must_finish`:
// the input cannot be given back, so a full output is waited out.
ssize_t write_output(int fd, const char* data, size_t n, const off64_t* off, bool must_finish, bool nowait) {
  auto real_write = real::write();
  size_t done = 0;
  while (done < n) {
    ssize_t w = off      ? real::pwrite64()(fd, data + done, n - done, *off + static_cast<off64_t>(done))
                : nowait ? write_nowait(fd, data + done, n - done)
                         : real_write(fd, data + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      if ((errno == EAGAIN || errno == EWOULDBLOCK) && (must_finish || done > 0)) {
        if (!must_finish) break;  // a partial transfer is a valid result
        wait_writable(fd);
        continue;
      }
      if (done > 0) break;
      return -1;
    }
    done += static_cast<size_t>(w);
  }
  return static_cast<ssize_t>(done);
}

// The scanned path shared by the three calls. `in_off`/`out_off` may be
// null (use and advance the file positions).
ssize_t copy_scanned(const char* call, int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                     const Plan& plan) {
  // The chunk goes in the format buffer: inspect() joins a tail with it in
  // the window buffer.
  ThreadState* st = thread_state();
  if (!st || !st->fmt) return errno = ENOMEM, -1;
  const bool rewindable = in_off != nullptr || plan.in_file;
  size_t want = std::min({len, plan.most, st->fmt_cap});
  ssize_t got = read_input(in_fd, st->fmt, want, in_off, plan.in_nowait);
  if (got <= 0) return got;
  size_t n = static_cast<size_t>(got);
  // A value must not be cut in two by the chunk: end at the last newline
  // when the rest can be read again next time.
  if (rewindable && n == want && want < len) {
    const void* nl = memrchr(st->fmt, '\n', n);
    if (nl) n = static_cast<size_t>(static_cast<const char*>(nl) - st->fmt) + 1;
  }
  // Chunks of an input that cannot be read again may cut a value: the
  // output's tail joins them (fd_tail.h). Masks keep the length here.
  TailLease tail(rewindable ? -1 : out_fd, st->fmt, n);
  Call to{call, out_fd};
  to.positional = true;
  Verdict v = inspect(to, st->fmt, n, tail.pending());
  ssize_t written;
  switch (v.kind()) {
    case Verdict::Kind::Block:
      if (!in_off && rewindable) lseek64(in_fd, -got, SEEK_CUR);
      return refuse();
    case Verdict::Kind::Replace:
      written = write_output(out_fd, v.data(), n, out_off, !rewindable, plan.out_nowait);
      tail.sent(v.data(), written);
      break;
    default:
      written = write_output(out_fd, st->fmt, n, out_off, !rewindable, plan.out_nowait);
      tail.sent(st->fmt, written);
      break;
  }
  if (written < 0) {
    if (!in_off && rewindable) lseek64(in_fd, -got, SEEK_CUR);
    return -1;
  }
  if (in_off) *in_off += written;
  else if (rewindable && written < got) lseek64(in_fd, -(got - written), SEEK_CUR);
  if (out_off) *out_off += written;
  return written;
}

}  // namespace

ssize_t copy_file_range(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                        unsigned int flags) noexcept {
  auto real = real::copy_file_range();
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real(in_fd, in_off, out_fd, out_off, len, flags); });
  ThreadState* st = thread_state();
  if (len == 0 || flags != 0 || !st) return real(in_fd, in_off, out_fd, out_off, len, flags);
  const Fd in = look_at(in_fd), out = look_at(out_fd);
  if (!in.regular() || !out.regular() || !policy_acts_on(out_fd, *st))
    return real(in_fd, in_off, out_fd, out_off, len, flags);
  if (int no = cfr_refusal(real, in, in_off, out, out_off, len))
    return no == kKernel ? real(in_fd, in_off, out_fd, out_off, len, flags) : (errno = no, -1);
  return copy_scanned("copy_file_range", in_fd, in_off, out_fd, out_off, len, Plan{});
}

namespace {

template <class Real, class Off>
ssize_t guarded_sendfile(const char* name, Real real, int out_fd, int in_fd, Off* offset, size_t count) noexcept {
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real(out_fd, in_fd, offset, count); });
  ThreadState* st = thread_state();
  if (count == 0 || !st) return real(out_fd, in_fd, offset, count);
  const Fd in = look_at(in_fd);
  if (!in.regular() || !policy_acts_on(out_fd, *st)) return real(out_fd, in_fd, offset, count);
  if (int no = sendfile_refusal(real, out_fd, in, offset, count))
    return no == kKernel ? real(out_fd, in_fd, offset, count) : (errno = no, -1);
  // sendfile's offset is read and updated; the input position then stays.
  off64_t off = offset ? static_cast<off64_t>(*offset) : 0;
  ssize_t r = copy_scanned(name, in_fd, offset ? &off : nullptr, out_fd, nullptr, count, Plan{});
  if (offset && r > 0) *offset = static_cast<Off>(off);
  return r;
}

}  // namespace

ssize_t sendfile(int out_fd, int in_fd, off_t* offset, size_t count) noexcept {
  return guarded_sendfile("sendfile", real::sendfile(), out_fd, in_fd, offset, count);
}
ssize_t sendfile64(int out_fd, int in_fd, off64_t* offset, size_t count) noexcept {
  return guarded_sendfile("sendfile64", real::sendfile64(), out_fd, in_fd, offset, count);
}

ssize_t splice(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len, unsigned int flags) noexcept {
  auto real = real::splice();
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real(in_fd, in_off, out_fd, out_off, len, flags); });
  ThreadState* st = thread_state();
  if (len == 0 || !st) return real(in_fd, in_off, out_fd, out_off, len, flags);
  const Fd in = look_at(in_fd), out = look_at(out_fd);
  if ((!in.pipe() && !out.pipe()) || !policy_acts_on(out_fd, *st) ||
      splice_refused(in, in_off, out, out_off, len, flags))
    return real(in_fd, in_off, out_fd, out_off, len, flags);
  const Plan plan = splice_plan(in, out, flags);
  if (int no = output_refusal(out, plan))
    return no == kKernel ? real(in_fd, in_off, out_fd, out_off, len, flags) : (errno = no, -1);
  return copy_scanned("splice", in_fd, in_off, out_fd, out_off, len, plan);
}

namespace {

// Waits for room as vmsplice does: even on an O_NONBLOCK pipe (whose
// write() then takes what fits), not with SPLICE_F_NONBLOCK. On a blocking
// pipe write() may wait to take it all where vmsplice would return once
// part went in: either count is one vmsplice may return.
ssize_t write_like_vmsplice(int fd, const char* data, size_t n, unsigned flags) {
  if (flags & SPLICE_F_NONBLOCK) return write_nowait(fd, data, n);
  for (;;) {
    ssize_t w = real::write()(fd, data, n);
    if (w >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return w;
    wait_writable(fd);
  }
}

}  // namespace

// vmsplice into a pipe: its reader, often another process, gets the
// caller's pages. The iovecs are scanned as one buffer, as for writev,
// with masks that keep the length (redactions and pseudonyms become
// masks), so a partial count maps onto the caller's bytes as vmsplice's
// does. Changed bytes are written with write(), not vmspliced: without
// SPLICE_F_GIFT vmsplice puts references to the user pages themselves in
// the pipe, and the masked copy is in this thread's buffer, which the next
// call overwrites while the pipe may still hold those pages; the reader
// would get that call's bytes. write() copies them into the pipe.
ssize_t vmsplice(int fd, const struct iovec* iov, size_t count, unsigned int flags) noexcept {
  auto real = real::vmsplice();
  Entry e;
  if (!e) return unscanned(e, ssize_t{-1}, [&] { return real(fd, iov, count, flags); });
  // Only a write end sends bytes (vmsplice on a read end copies out of the
  // pipe); the kernel answers for bad flags, fds and iovec counts.
  if (count == 0 || count > IOV_MAX || (flags & ~kSpliceFlags)) return real(fd, iov, count, flags);
  const Fd f = look_at(fd);
  if (!f.pipe() || !f.writes()) return real(fd, iov, count, flags);
  Gathered g(iov, static_cast<int>(count));
  if (!g.ok()) return real(fd, iov, count, flags);
  Call to{"vmsplice", fd};
  to.positional = true;
  Verdict v = inspect(to, g.data(), g.size());
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real(fd, iov, count, flags);
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace: return write_like_vmsplice(fd, v.data(), v.size(), flags);
  }
  return -1;
}

}  // namespace privguard::shim::copy

// ---- the libc names
using namespace privguard::shim;

PRIVGUARD_EXPORT ssize_t copy_file_range(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                                         unsigned int flags) {
  return copy::copy_file_range(in_fd, in_off, out_fd, out_off, len, flags);
}
PRIVGUARD_EXPORT ssize_t sendfile(int out_fd, int in_fd, off_t* offset, size_t count) {
  return copy::sendfile(out_fd, in_fd, offset, count);
}
PRIVGUARD_EXPORT ssize_t sendfile64(int out_fd, int in_fd, off64_t* offset, size_t count) {
  return copy::sendfile64(out_fd, in_fd, offset, count);
}
PRIVGUARD_EXPORT ssize_t splice(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                                unsigned int flags) {
  return copy::splice(in_fd, in_off, out_fd, out_off, len, flags);
}
PRIVGUARD_EXPORT ssize_t vmsplice(int fd, const struct iovec* iov, size_t count, unsigned int flags) {
  return copy::vmsplice(fd, iov, count, flags);
}
