// Findings as JSON lines, written into a fixed buffer (the shim formats
// them inside write()). The value itself never reaches the output: only its
// keyed fingerprint and a preview in which every match is masked.
#include "privguard/finding.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <cstring>

namespace privguard::core {
namespace {

// Appends to a fixed buffer; remembers overflow instead of failing at each step.
class Out {
 public:
  Out(char* buf, std::size_t cap) : buf_(buf), cap_(cap) {}
  void raw(std::string_view s) {
    if (!fits(s.size())) return;
    std::memcpy(buf_ + n_, s.data(), s.size());
    n_ += s.size();
  }
  void ch(char c) {
    if (fits(1)) buf_[n_++] = c;
  }
  void num(std::int64_t v) {
    char tmp[24];
    auto r = fmt::format_to_n(tmp, sizeof tmp, "{}", v);
    raw({tmp, r.size});
  }
  void str(std::string_view s) {
    ch('"');
    if (ok_) {
      std::size_t w = json_escape(s, buf_ + n_, cap_ - n_);
      if (w == 0 && !s.empty()) ok_ = false;
      n_ += w;
    }
    ch('"');
  }
  void key(std::string_view k) {
    ch(first_ ? '{' : ',');
    first_ = false;
    str(k);
    ch(':');
  }
  char* cursor() { return buf_ + n_; }
  std::size_t room() const { return cap_ - n_; }
  void advance(std::size_t k) { n_ += k; }
  void fail() { ok_ = false; }
  std::size_t done() { return ok_ ? n_ : 0; }

 private:
  bool fits(std::size_t k) {
    if (!ok_ || cap_ - n_ < k) ok_ = false;
    return ok_;
  }
  char* buf_;
  std::size_t cap_;
  std::size_t n_ = 0;
  bool ok_ = true;
  bool first_ = true;
};


void common_fields(Out& o, const Engine& e, std::int64_t unix_ns, const Match& m) {
  char ts[40];
  o.key("ts");
  o.str({ts, format_rfc3339(unix_ns, ts, sizeof ts)});
  const Rule& rule = e.policy().rules[m.rule];
  o.key("rule");
  o.str(rule.id);
  o.key("severity");
  o.str(to_string(rule.severity));
  o.key("action");
  o.str(finding_action_name(m.action));
}

void tail_fields(Out& o, const Engine& e, std::string_view data, std::span<const Match> all, std::size_t index,
                 std::uint64_t length) {
  const Match& m = all[index];
  o.key("length");
  o.num(static_cast<std::int64_t>(length));
  o.key("preview");
  o.ch('"');
  std::size_t w = format_preview(e, data, all, index, o.cursor(), o.room());
  if (w == 0) o.fail();
  o.advance(w);
  o.ch('"');
  char fp[33];
  e.fingerprint(data.substr(m.start, m.end - m.start), fp);
  o.key("fingerprint");
  o.str(fp);
  o.ch('}');
  o.ch('\n');
}

}  // namespace

// Unicode 15, table 3-7: no overlongs, no surrogates, nothing above U+10FFFF.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char b = at(0);
  if (b < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b == 0xE0) n = 3, lo = 0xA0;
  else if (b == 0xED) n = 3, hi = 0x9F;
  else if (b >= 0xE1 && b <= 0xEF) n = 3;
  else if (b == 0xF0) n = 4, lo = 0x90;
  else if (b == 0xF4) n = 4, hi = 0x8F;
  else if (b >= 0xF1 && b <= 0xF3) n = 4;
  else return 0;
  if (i + n > s.size() || at(1) < lo || at(1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((at(k) & 0xC0) != 0x80) return 0;
  return n;
}

std::size_t json_escape(std::string_view s, char* out, std::size_t cap) noexcept {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t w = 0;
  auto put = [&](std::string_view x) {
    if (cap - w < x.size()) return false;
    std::memcpy(out + w, x.data(), x.size());
    w += x.size();
    return true;
  };
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    bool ok;
    if (c == '"') ok = put("\\\"");
    else if (c == '\\') ok = put("\\\\");
    else if (c == '\n') ok = put("\\n");
    else if (c == '\r') ok = put("\\r");
    else if (c == '\t') ok = put("\\t");
    else if (c < 0x20 || c == 0x7f) {
      char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      ok = put({u, 6});
    } else if (c < 0x80) {
      ok = put({s.data() + i, 1});
    } else {
      // Output stays valid UTF-8 whatever the service wrote.
      std::size_t n = utf8_sequence_length(s, i);
      if (n == 0) {
        ok = put("\\ufffd");
        ++i;
        if (!ok) return 0;
        continue;
      }
      ok = put(s.substr(i, n));
      i += n;
      if (!ok) return 0;
      continue;
    }
    if (!ok) return 0;
    ++i;
  }
  return w;
}

std::int64_t now_unix_ns() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

std::size_t format_rfc3339(std::int64_t unix_ns, char* out, std::size_t cap) noexcept {
  // Floor division: before 1970 the remainders must stay non-negative.
  auto floor_div = [](std::int64_t a, std::int64_t b) { return a / b - ((a % b) < 0 ? 1 : 0); };
  std::int64_t secs = floor_div(unix_ns, 1000000000);
  auto ms = static_cast<int>((unix_ns - secs * 1000000000) / 1000000);
  std::int64_t days = floor_div(secs, 86400);
  std::int64_t rem = secs - days * 86400;
  // civil_from_days (H. Hinnant), valid for the proleptic Gregorian calendar.
  std::int64_t z = days + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  auto doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned mo = mp < 10 ? mp + 3 : mp - 9;
  if (mo <= 2) ++y;
  auto r = fmt::format_to_n(out, cap, "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", y, mo, d, rem / 3600,
                            (rem / 60) % 60, rem % 60, ms);
  return r.size <= cap ? r.size : 0;
}

std::size_t format_preview(const Engine& e, std::string_view data, std::span<const Match> all, std::size_t index,
                           char* out, std::size_t cap) noexcept {
  const Match& m = all[index];
  std::size_t from = m.start > kPreviewContext ? m.start - kPreviewContext : 0;
  std::size_t to = std::min<std::size_t>(data.size(), m.end + kPreviewContext);
  // Stay on the match's own line(s): a neighbouring log line is noise.
  for (std::size_t i = m.start; i > from; --i)
    if (data[i - 1] == '\n') {
      from = i;
      break;
    }
  for (std::size_t i = m.end; i < to; ++i)
    if (data[i] == '\n') {
      to = i;
      break;
    }
  // Do not start or end inside a UTF-8 sequence.
  while (from < m.start && (static_cast<unsigned char>(data[from]) & 0xC0) == 0x80) ++from;
  while (to > m.end && to < data.size() && (static_cast<unsigned char>(data[to]) & 0xC0) == 0x80) --to;

  const char mask = e.policy().settings.mask_char;
  std::size_t w = 0;
  std::size_t pos = from;
  // Every match in view is masked, not only this one: the preview must not
  // leak a neighbouring value.
  auto first = std::lower_bound(all.begin(), all.end(), from, [](const Match& x, std::size_t f) { return x.end <= f; });
  for (auto it = first; it != all.end() && it->start < to; ++it) {
    std::size_t s = std::max<std::size_t>(it->start, pos);
    std::size_t en = std::min<std::size_t>(it->end, to);
    if (s > pos) {
      std::size_t k = json_escape(data.substr(pos, s - pos), out + w, cap - w);
      if (k == 0) return 0;
      w += k;
    }
    // Long values (a PEM block) as a few mask characters and their length.
    char run[96];
    std::size_t len = en - s, rn;
    if (len <= 64) {
      std::memset(run, mask, len);
      rn = len;
    } else {
      std::memset(run, mask, 8);
      auto r = fmt::format_to_n(run + 8, sizeof run - 8, "...({} bytes)", it->end - it->start);
      rn = 8 + r.size;
    }
    std::size_t k = json_escape({run, rn}, out + w, cap - w);
    if (k == 0 && rn > 0) return 0;
    w += k;
    pos = std::max(pos, en);
  }
  if (pos < to) {
    std::size_t k = json_escape(data.substr(pos, to - pos), out + w, cap - w);
    if (k == 0) return 0;
    w += k;
  }
  return w;
}

std::size_t format_finding(const Engine& e, std::int64_t unix_ns, const RuntimeOrigin& o, std::string_view data,
                           std::span<const Match> all, std::size_t index, char* buf, std::size_t cap) noexcept {
  Out out(buf, cap);
  const Match& m = all[index];
  common_fields(out, e, unix_ns, m);
  out.key("pid");
  out.num(o.pid);
  out.key("exe");
  out.str(o.exe);
  out.key("call");
  out.str(o.call);
  out.key("fd");
  out.num(o.fd);
  out.key("sink");
  out.raw("{\"kind\":");
  out.str(to_string(o.sink.kind));
  if (!o.sink.path.empty()) {
    out.raw(",\"path\":");
    out.str(o.sink.path);
  }
  if (!o.sink.peer.empty()) {
    out.raw(",\"peer\":");
    out.str(o.sink.peer);
  }
  out.ch('}');
  // Offsets are the call's own: a value that began in bytes an earlier
  // call sent starts at 0 here, with the length of its part in this call.
  const std::uint64_t start = std::max<std::uint64_t>(m.start, o.continued);
  out.key("offset");
  out.num(static_cast<std::int64_t>(start - o.continued));
  if (m.start < o.continued) {
    out.key("split");
    out.raw("true");
  }
  tail_fields(out, e, data, all, index, m.end - start);
  return out.done();
}

std::size_t format_finding(const Engine& e, std::int64_t unix_ns, const FileOrigin& o, std::string_view data,
                           std::span<const Match> all, std::size_t index, char* buf, std::size_t cap) noexcept {
  Out out(buf, cap);
  const Match& m = all[index];
  common_fields(out, e, unix_ns, m);
  out.key("path");
  out.str(o.path);
  out.key("line");
  out.num(static_cast<std::int64_t>(o.line));
  out.key("column");
  out.num(static_cast<std::int64_t>(o.column));
  out.key("offset");
  out.num(static_cast<std::int64_t>(o.base_offset + m.start));
  tail_fields(out, e, data, all, index, m.end - m.start);
  return out.done();
}

}  // namespace privguard::core
