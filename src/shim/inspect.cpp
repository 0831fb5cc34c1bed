// The common path of every wrapper: scan, record findings, transform.
#include "inspect.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "privguard/finding.h"
#include "raw_syscall.h"
#include "real.h"
#include "runtime.h"
#include "sink_classify.h"
#include "tls_records.h"

namespace privguard::shim {
namespace {

// What the engine's sink resolver needs: where this call goes, and where
// to put the answer.
struct SinkQuery {
  ThreadState* st;
  const Call* call;
};

const core::Sink& resolve_sink(void* ctx) noexcept {
  auto* q = static_cast<SinkQuery*>(ctx);
  classify_sink(*q->call, *q->st);
  return q->st->sink;
}

// TLS records pass unscanned (tls_records.h): ciphertext a program
// encrypted itself and sends with send()/write(), and in SSL_write's
// plaintext the records of a TLS connection tunnelled inside it.
bool tls_ciphertext(const Call& call, const void* buf, std::size_t len) noexcept {
  return call.tls_plaintext ? is_tls_records(buf, len) : is_tls_ciphertext(call.fd, buf, len);
}

using core::rewrites;

// Findings the findings file did not take (missing directory, a full
// disk, no fd left): counted for the exit summary, and said once now.
void not_recorded(std::size_t n, int err) noexcept {
  Runtime& rt = g_runtime;
  rt.unrecorded.fetch_add(n, std::memory_order_relaxed);
  if (rt.said_unrecorded.exchange(true)) return;
  const char* parts[] = {"privguard: cannot record findings in ", rt.report_path, ": ", strerrordesc_np(err),
                         "; counting them (see the summary at exit)\n"};
  for (const char* p : parts)
    if (p) raw_write_all(2, p, std::strlen(p));
}

// No memory for a large call's scan or masked copy: counted, and said
// once. `delivered`: it still went out masked, piece by piece; otherwise
// it was refused (nothing sent).
void not_enough_memory(std::size_t size, bool delivered) noexcept {
  Runtime& rt = g_runtime;
  (delivered ? rt.chunked : rt.refused).fetch_add(1, std::memory_order_relaxed);
  if (rt.said_no_memory.exchange(true)) return;
  char num[24];
  char* e = num + sizeof num;
  *--e = '\0';
  do *--e = static_cast<char>('0' + size % 10);
  while ((size /= 10) != 0);
  const char* parts[] = {"privguard: no memory for a ", e, "-byte call's ",
                         delivered ? "masked copy; sending it masked piece by piece"
                                   : "scan or masked copy; refused it (nothing sent)",
                         " (counted in the summary at exit)\n"};
  for (const char* p : parts) raw_write_all(2, p, std::strlen(p));
}

// One JSON line per finding, appended with one write each (O_APPEND keeps
// concurrent processes' lines whole). Opened per call, not kept: daemons
// close every fd and reuse the numbers. `continued`: bytes at the start of
// `data` that an earlier call sent (offsets are the call's own).
void record(const core::Engine& engine, ThreadState& st, const Call& call, std::string_view data,
            std::span<const core::Match> matches, std::size_t continued) noexcept {
  Runtime& rt = g_runtime;
  for (const auto& m : matches) {
    rt.findings.fetch_add(1, std::memory_order_relaxed);
    if (m.action == core::Action::Block) rt.blocked.fetch_add(1, std::memory_order_relaxed);
    else if (m.action != core::Action::Report) rt.masked.fetch_add(1, std::memory_order_relaxed);
  }
  if (rt.report_path[0] == '\0') return;
  int fd = static_cast<int>(
      raw_syscall(SYS_openat, AT_FDCWD, reinterpret_cast<long>(rt.report_path), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600));
  if (fd < 0) {
    not_recorded(matches.size(), errno);
    return;
  }
  char exe[sizeof rt.exe];
  core::RuntimeOrigin origin{static_cast<std::int64_t>(raw_syscall(SYS_getpid)), exe_path(exe, sizeof exe), call.name,
                             call.fd, st.sink, continued};
  const std::int64_t ts = core::now_unix_ns();
  for (std::size_t i = 0; i < matches.size(); ++i) {
    std::size_t n = core::format_finding(engine, ts, origin, data, matches, i, st.line, sizeof st.line);
    if (n > 0 && !raw_write_all(fd, st.line, n)) not_recorded(1, errno);
  }
  raw_syscall(SYS_close, fd);
}

// Bytes of a call joined with the tail an earlier call sent, to look for a
// value crossing from one into the other: a value is shorter than this.
constexpr std::size_t kJoinHead = 256;

// Whether a value begun in the sent tail `before` continues into `buf`.
// Only the tail and the head of the call are scanned (in the thread's
// window buffer, no copy of the whole call): most calls with a tail have
// no such value and then take the plain path.
bool value_crosses(const core::Engine& engine, ThreadState& st, const Call& call, const Pending& before,
                   const void* buf, std::size_t len) noexcept {
  const std::size_t p = before.size, head = std::min(len, kJoinHead);
  if (p + head > st.win_cap) return true;  // cannot look cheaply: join the whole call
  std::memcpy(st.win, before.data, p);
  std::memcpy(st.win + p, buf, head);
  SinkQuery query{&st, &call};
  core::ScanResult r = engine.scan(std::string_view(st.win, p + head), resolve_sink, &query, *st.scratch);
  for (const auto& m : r.matches)
    if (m.start < p && m.end > p) return true;
  return false;
}

// A buffer with more candidates than the thread's scratch holds (a SQL
// dump or a 1 GiB writev full of values) is scanned again in pieces cut at
// line ends, each small enough for the scratch, and the matches are
// gathered in `store` (anonymous memory, grown by doubling). Values cut by
// a piece boundary that is not a line end are found as their parts.
// Returns false when memory ran out: the caller then fails the call closed.
constexpr std::size_t kPiece = 64 << 10, kMinPiece = 4 << 10;

bool scan_in_pieces(const core::Engine& engine, ThreadState& st, const Call& call, std::string_view data,
                    Mapping& store, core::ScanResult& r) noexcept {
  std::size_t cap = 0, n = 0, out_size = 0, piece = kPiece;
  bool incomplete = false;
  SinkQuery query{&st, &call};
  for (std::size_t pos = 0; pos < data.size();) {
    std::size_t end = std::min(data.size(), pos + piece);
    if (end < data.size()) {
      const void* nl = memrchr(data.data() + pos + piece / 2, '\n', end - pos - piece / 2);
      if (nl) end = static_cast<std::size_t>(static_cast<const char*>(nl) - data.data()) + 1;
    }
    core::ScanResult part = engine.scan(data.substr(pos, end - pos), resolve_sink, &query, *st.scratch);
    if (part.incomplete && piece > kMinPiece) {
      piece /= 2;
      continue;
    }
    incomplete |= part.incomplete;
    if (n + part.matches.size() > cap) {
      std::size_t want = std::max<std::size_t>(2 * cap, n + part.matches.size() + 1024);
      if (!store.grow(want * sizeof(core::Match))) return false;
      cap = want;
    }
    auto* out = reinterpret_cast<core::Match*>(store.data());
    for (const auto& m : part.matches) {
      out[n] = m;
      out[n].start += pos;
      out[n].end += pos;
      ++n;
    }
    out_size += part.output_size;
    r.blocked |= part.blocked;
    r.changes |= part.changes;
    pos = end;
    piece = kPiece;
  }
  r.matches = {reinterpret_cast<const core::Match*>(store.data()), n};
  r.output_size = out_size;
  r.incomplete = incomplete;
  return true;
}

// How many of `fresh` are decided now; the rest (a suffix) are near the
// end of an unfinished line and can wait (see Deferred): each ends within
// kDeferReach bytes of the end, after the line's last newline, with the
// region from the first of them to the end at most kDeferMax bytes, and a
// rewrite that keeps the value's length (the region is restored in place).
std::size_t deferrable(const core::Engine& engine, std::string_view data, std::span<const core::Match> fresh,
                       bool keep_length) noexcept {
  const std::size_t end = data.size();
  const void* nl = end ? memrchr(data.data(), '\n', end) : nullptr;
  const std::size_t line = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data.data()) + 1 : 0;
  std::size_t k = fresh.size();
  while (k > 0 && fresh.size() - k < kDeferValues) {
    const core::Match& m = fresh[k - 1];
    if (m.start < line || m.end + kDeferReach < end || end - m.start > kDeferMax) break;
    if (m.action == core::Action::Block) break;
    if (rewrites(m.action) && !keep_length && engine.replacement(data, m, nullptr, 0) != m.end - m.start) break;
    --k;
  }
  return k;
}

// Fills `d` with the region from the first deferred match to the end of
// `data`: its original bytes and those of the output, which ends at
// `out_end` (same length: see deferrable).
bool defer(Deferred& d, std::string_view data, std::span<const core::Match> deferred, const char* out_end) noexcept {
  const std::size_t from = deferred.front().start, size = data.size() - from;
  if (size == 0 || size > kDeferMax || deferred.size() > kDeferValues) return false;
  std::memcpy(d.original, data.data() + from, size);
  std::memcpy(d.provisional, out_end - size, size);
  d.size = size;
  d.count = deferred.size();
  for (std::size_t i = 0; i < deferred.size(); ++i) {
    const core::Match& m = deferred[i];
    d.values[i] = {static_cast<std::uint32_t>(m.start - from), static_cast<std::uint32_t>(m.end - from), m.rule,
                   static_cast<std::uint8_t>(m.action), m.binary};
  }
  return true;
}

}  // namespace

Mapping::Mapping(std::size_t size) noexcept : size_(size) {
  if (size == 0) return;
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  p_ = p == MAP_FAILED ? nullptr : p;
}

Mapping::~Mapping() {
  if (p_) munmap(p_, size_);
}

bool Mapping::grow(std::size_t size) noexcept {
  if (size <= size_) return true;
  void* p = p_ ? mremap(p_, size_, size, MREMAP_MAYMOVE)
               : mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  p_ = p;
  size_ = size;
  return true;
}

std::size_t Verdict::chunk(std::size_t from, const char*& out) const noexcept {
  ThreadState* st = thread_state();
  if (!st || !st->out || from >= size_) return 0;
  const auto* m = static_cast<const core::Match*>(matches_);
  std::size_t i = 0;  // first match ending after `from` (a cut never falls inside one)
  for (std::size_t lo = 0, hi = match_count_; lo < hi;) {
    std::size_t mid = (lo + hi) / 2;
    if (m[mid].end <= from) lo = i = mid + 1;
    else hi = mid;
  }
  core::Match local[64];  // this piece's matches, from its start
  std::size_t count = 0, end = std::min(size_, from + st->out_cap);
  for (; i < match_count_ && m[i].start < end; ++i) {
    if (m[i].end > end || count == std::size(local)) {
      end = m[i].start;
      break;
    }
    local[count] = m[i];
    local[count].start -= from;
    local[count].end -= from;
    ++count;
  }
  if (end <= from) return 0;
  const std::size_t k = end - from;
  if (g_runtime.engine->transform({source_ + from, k}, {local, count}, st->out, k, true) != k) return 0;
  out = st->out;
  return k;
}

Entry::Entry() noexcept {
  depth_ = t_depth;
  if (depth_ >= kSealed) return;
  if (depth_ >= 2) {
    g_runtime.reentered.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  if (!active()) {
    fail_closed_ = shim::fail_closed();
    return;
  }
  t_depth = depth_ + 1;
  entered_ = true;
}

Entry::~Entry() {
  if (entered_) t_depth = depth_;
}

long refuse() noexcept {
  errno = g_runtime.block_errno;
  return -1;
}

Verdict inspect(const Call& call, const void* buf, std::size_t len, Pending* before) noexcept {
  Verdict v;
  std::size_t p = before ? before->size : 0;
  if (len == 0 && p == 0) return v;
  if (len > 0 && !readable_address(buf)) return v;
  if (len > 0 && tls_ciphertext(call, buf, len)) return v;
  const int saved_errno = errno;
  Runtime& rt = g_runtime;
  ThreadState* st = thread_state();
  if (!st || !st->scratch) {
    rt.unscanned.fetch_add(1, std::memory_order_relaxed);
    return v;
  }
  const core::Engine& engine = *rt.engine;
  // Sent bytes are joined with the call only when a value crosses from
  // them into it, and they still belong to this destination.
  if (p > 0 && before->sent &&
      (!value_crosses(engine, *st, call, *before, buf, len) ||
       (before->still_ours && !before->still_ours(before->still_ours_ctx)))) {
    before = nullptr;
    p = 0;
  }
  // What is scanned: the caller's bytes, or the earlier ones joined with them.
  std::string_view data(static_cast<const char*>(buf), len);
  Mapping oversized(p > 0 && p + len > st->win_cap ? p + len : 0);
  if (p > 0) {
    char* win = p + len <= st->win_cap ? st->win : oversized.data();
    if (!win) {
      rt.unscanned.fetch_add(1, std::memory_order_relaxed);
      errno = saved_errno;
      return v;
    }
    std::memcpy(win, before->data, p);
    if (before->restore && before->restore_at + before->restore_size <= p)
      std::memcpy(win + before->restore_at, before->restore, before->restore_size);
    if (len) std::memcpy(win + p, buf, len);
    data = std::string_view(win, p + len);
  }
  SinkQuery query{st, &call};
  core::ScanResult r = engine.scan(data, resolve_sink, &query, *st->scratch);
  Mapping pieces;  // the matches, when the buffer had to be scanned in pieces
  if (r.incomplete && data.size() > kMinPiece && !scan_in_pieces(engine, *st, call, data, pieces, r)) {
    not_enough_memory(data.size(), false);
    v.kind_ = Verdict::Kind::Block;  // values unseen: nothing leaves raw
    if (before && !before->sent) {
      before->drop_from = 0;
      before->restored = true;  // dropped with the rest
    }
    errno = saved_errno;
    return v;
  }
  if (r.incomplete) rt.unscanned.fetch_add(1, std::memory_order_relaxed);
  // Matches are sorted and disjoint: those complete before `seen` were
  // handled by an earlier call and come first.
  const std::size_t seen = before ? (before->sent ? p : before->seen) : 0;
  std::size_t first = 0;
  while (first < r.matches.size() && r.matches[first].end <= seen) ++first;
  auto fresh = r.matches.subspan(first);
  const bool sent = before && before->sent;
  const bool restoring = before && !sent && before->restore && before->restore_at + before->restore_size <= p;
  if (before && !sent) before->restored = true;

  bool blocked = false, changes = false;
  for (const auto& m : fresh) {
    if (m.action == core::Action::Block) {
      blocked = true;
      if (before && !sent && m.start < p) before->drop_from = std::min<std::size_t>(before->drop_from, m.start);
    }
    changes |= rewrites(m.action);
  }
  const bool keep_length = call.positional || p > 0;
  // Matches near the end of an unfinished stdio line wait (see Deferred).
  std::size_t decided = fresh.size();
  if (before && before->defer && !sent && !blocked) decided = deferrable(engine, data, fresh, keep_length);
  const auto deferred = fresh.subspan(decided);
  if (decided > 0) {
    auto now = fresh.first(decided);
    if (restoring && before->restore_call) {
      // Values found again in a restored region were written by the
      // call that deferred them: their findings name it.
      const std::size_t rs = before->restore_at, re = rs + before->restore_size;
      std::size_t a = 0, b = 0;
      while (a < now.size() && now[a].start < rs) ++a;
      for (b = a; b < now.size() && now[b].end <= re;) ++b;
      Call earlier = call;
      earlier.name = before->restore_call;
      if (a > 0) record(engine, *st, call, data, now.first(a), 0);
      if (b > a) record(engine, *st, earlier, data, now.subspan(a, b - a), 0);
      if (b < now.size()) record(engine, *st, call, data, now.subspan(b), 0);
    } else {
      record(engine, *st, call, data, now, sent ? p : 0);
    }
  }
  bool held = false;  // the deferred matches went into before->defer

  if (blocked) {
    // A restored region keeps its provisional (masked) bytes: the call
    // fails, and nothing of the region is written back.
    v.kind_ = Verdict::Kind::Block;
  } else if (changes) {
    // With earlier bytes the length stays (the earlier part is rewritten
    // in place or is gone); positional writes keep theirs too.
    const std::size_t need = keep_length ? data.size() : r.output_size;
    char* out = st->out;
    if (need > st->out_cap) {
      v.oversized_ = Mapping(need);
      out = v.oversized_.data();
    }
    const std::size_t n = out ? engine.transform(data, fresh, out, need, keep_length) : 0;
    if (!out && p == 0 && call.chunkable && (keep_length || r.output_size == data.size())) {
      // No memory for the whole output, which keeps the call's length:
      // it is made piece by piece in the thread's buffer as it is sent.
      v.kind_ = Verdict::Kind::Replace;
      v.size_ = len;
      v.source_ = static_cast<const char*>(buf);
      v.matches_ = fresh.data();
      v.match_count_ = fresh.size();
      v.pieces_ = std::move(pieces);
      not_enough_memory(len, true);
    } else if (n == need) {
      if (p > 0 && !sent) std::memcpy(before->data, out, p);
      v.kind_ = Verdict::Kind::Replace;
      v.data_ = out + p;
      v.size_ = n - p;
      v.same_length_ = n - p == len;
      if (!deferred.empty()) held = defer(*before->defer, data, deferred, out + n);
    } else {
      // Could not build the masked copy: sending the original would leak
      // what we just found, so nothing goes out.
      v.kind_ = Verdict::Kind::Block;
      if (before && !sent) before->drop_from = 0;
      not_enough_memory(need, false);
    }
  } else {
    if (restoring) std::memcpy(before->data + before->restore_at, before->restore, before->restore_size);
    if (!deferred.empty()) held = defer(*before->defer, data, deferred, data.data() + data.size());
  }
  // Deferred matches that could not wait (the call is blocked, or went
  // out otherwise) are acted on now, as any other.
  if (!deferred.empty() && !held) record(engine, *st, call, data, deferred, 0);
  errno = saved_errno;
  return v;
}

void record_deferred(const Call& call, const Deferred& d) noexcept {
  if (d.size == 0 || d.count == 0) return;
  ThreadState* st = thread_state();
  if (!st || !g_runtime.engine) return;
  core::Match m[kDeferValues];
  for (std::size_t i = 0; i < d.count; ++i) {
    const auto& val = d.values[i];
    m[i].start = val.start;
    m[i].end = val.end;
    m[i].rule = val.rule;
    m[i].action = static_cast<core::Action>(val.action);
    m[i].binary = val.binary;
  }
  classify_sink(call, *st);
  record(*g_runtime.engine, *st, call, std::string_view(d.original, d.size), {m, d.count}, 0);
}

Gathered::Gathered(const struct iovec* iov, int count) noexcept {
  if (count <= 0 || !readable_address(iov)) return;
  std::size_t total = 0;
  for (int i = 0; i < count; ++i) {
    if (iov[i].iov_len && !readable_address(iov[i].iov_base)) return;  // the kernel reports EFAULT
    total += iov[i].iov_len;
  }
  size_ = total;
  if (total == 0) return;
  ThreadState* st = thread_state();
  char* dst = nullptr;
  if (st && st->fmt && total <= st->fmt_cap) {
    dst = st->fmt;
  } else if ((oversized_ = Mapping(total)).data() != nullptr) {
    dst = oversized_.data();
  } else {
    return;
  }
  std::size_t off = 0;
  for (int i = 0; i < count; ++i) {
    if (iov[i].iov_len) std::memcpy(dst + off, iov[i].iov_base, iov[i].iov_len);
    off += iov[i].iov_len;
  }
  data_ = dst;
}


void wait_writable(int fd) noexcept {
  pollfd p{fd, POLLOUT, 0};
  poll(&p, 1, -1);
}

int write_fully(int fd, const char* data, std::size_t size) noexcept {
  auto real_write = real::write();
  return send_all(fd, size, [&](std::size_t off) -> long { return real_write(fd, data + off, size - off); });
}

}  // namespace privguard::shim
