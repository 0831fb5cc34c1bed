// Kernel-side copies: copy_file_range, sendfile, splice. The kernel moves
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
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "export.h"
#include "inspect.h"
#include "real.h"
#include "runtime.h"
#include "sink_classify.h"

using namespace privguard::shim;

namespace {

constexpr size_t kChunk = 64 * 1024;

// Whether any rule's action at this destination is more than "allow".
// The destination is out_fd's own peer: the address an earlier sendto()
// on this thread left in the thread state (in a stack frame that may be
// gone by now) is not this call's, so it is cleared first.
bool policy_acts_on(int out_fd, ThreadState& st) {
  st.sink_to = nullptr;
  st.sink_tolen = 0;
  classify_fd(out_fd, st);
  const auto& engine = *g_runtime.engine;
  for (std::uint32_t r = 0; r < engine.policy().rules.size(); ++r)
    if (engine.action_for(r, st.sink) != privguard::core::Action::Allow) return true;
  return false;
}

bool seekable(int fd) {
  struct stat sb {};
  return fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
}

bool is_pipe(int fd) {
  struct stat sb {};
  return fstat(fd, &sb) == 0 && S_ISFIFO(sb.st_mode);
}

// Only where the kernel would do the copy do we do it instead; in every
// other case (bad fds, wrong file types, flags) the kernel's answer is the
// caller's: copy_file_range wants two regular files, sendfile a regular
// input, splice a pipe on one side.
enum class Copy { FileRange, Sendfile, Splice };

bool kernel_would_copy(Copy kind, int in_fd, int out_fd) {
  switch (kind) {
    case Copy::FileRange: return seekable(in_fd) && seekable(out_fd);
    case Copy::Sendfile: return seekable(in_fd);
    case Copy::Splice: return is_pipe(in_fd) || is_pipe(out_fd);
  }
  return false;
}

ssize_t read_input(int fd, char* buf, size_t n, const off64_t* off) {
  for (;;) {
    ssize_t r = off ? pread64(fd, buf, n, *off) : read(fd, buf, n);
    if (r < 0 && errno == EINTR) continue;
    return r;
  }
}

// Writes up to n bytes at the output's position or at *off. Returns what
// was written (>= 1), or -1 with errno when nothing was.
ssize_t write_output(int fd, const char* data, size_t n, const off64_t* off, bool must_finish) {
  auto real_write = real::write();
  size_t done = 0;
  while (done < n) {
    ssize_t w = off ? pwrite64(fd, data + done, n - done, *off + static_cast<off64_t>(done))
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
ssize_t copy_scanned(const char* call, int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len) {
  ThreadState* st = thread_state();
  if (!st || !st->win) return errno = ENOMEM, -1;
  const bool rewindable = in_off != nullptr || seekable(in_fd);
  size_t want = len < kChunk ? len : kChunk;
  if (want > st->win_cap) want = st->win_cap;
  ssize_t got = read_input(in_fd, st->win, want, in_off);
  if (got <= 0) return got;
  size_t n = static_cast<size_t>(got);
  // A value must not be cut in two by the chunk: end at the last newline
  // when the rest can be read again next time.
  if (rewindable && n == want && want < len) {
    const void* nl = memrchr(st->win, '\n', n);
    if (nl) n = static_cast<size_t>(static_cast<const char*>(nl) - st->win) + 1;
  }
  Outgoing o(call, out_fd, st->win, n, true);
  ssize_t written;
  switch (o.kind()) {
    case Outgoing::Kind::Block:
      if (!in_off && rewindable) lseek64(in_fd, -got, SEEK_CUR);
      return o.fail();
    case Outgoing::Kind::Send: written = write_output(out_fd, o.data(), n, out_off, !rewindable); break;
    default: written = write_output(out_fd, st->win, n, out_off, !rewindable); break;
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

PRIVGUARD_EXPORT ssize_t copy_file_range(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                                         unsigned int flags) {
  auto real = real::copy_file_range();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(in_fd, in_off, out_fd, out_off, len, flags);
  ThreadState* st = thread_state();
  if (len == 0 || flags != 0 || !st || !kernel_would_copy(Copy::FileRange, in_fd, out_fd) ||
      !policy_acts_on(out_fd, *st))
    return real(in_fd, in_off, out_fd, out_off, len, flags);
  return copy_scanned("copy_file_range", in_fd, in_off, out_fd, out_off, len);
}

#define PRIVGUARD_SENDFILE(name, off_type)                                                               \
  PRIVGUARD_EXPORT ssize_t name(int out_fd, int in_fd, off_type* offset, size_t count) {                 \
    auto real = real::name();                                                                            \
    Entry e;                                                                                             \
    if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(out_fd, in_fd, offset, count);          \
    ThreadState* st = thread_state();                                                                    \
    if (count == 0 || !st || !kernel_would_copy(Copy::Sendfile, in_fd, out_fd) ||                            \
        !policy_acts_on(out_fd, *st))                                                                    \
      return real(out_fd, in_fd, offset, count);                                                         \
    /* sendfile's offset is read and updated; the input position then stays. */                        \
    off64_t off = offset ? static_cast<off64_t>(*offset) : 0;                                            \
    ssize_t r = copy_scanned(#name, in_fd, offset ? &off : nullptr, out_fd, nullptr, count);             \
    if (offset && r > 0) *offset = static_cast<off_type>(off);                                           \
    return r;                                                                                            \
  }

PRIVGUARD_SENDFILE(sendfile, off_t)
PRIVGUARD_SENDFILE(sendfile64, off64_t)

PRIVGUARD_EXPORT ssize_t splice(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                                unsigned int flags) {
  auto real = real::splice();
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(in_fd, in_off, out_fd, out_off, len, flags);
  ThreadState* st = thread_state();
  if (len == 0 || !st || !kernel_would_copy(Copy::Splice, in_fd, out_fd) || !policy_acts_on(out_fd, *st))
    return real(in_fd, in_off, out_fd, out_off, len, flags);
  return copy_scanned("splice", in_fd, in_off, out_fd, out_off, len);
}
