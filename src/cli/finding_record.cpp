// Writing findings records: the normalized JSON line, JSON strings, and
// where a finding happened. Reading them back is finding_reader.cpp.
#include "finding_record.h"

#include <fmt/format.h>

#include "privguard/finding.h"

namespace privguard::cli {

std::string_view to_string(FindingAction a) noexcept {
  switch (a) {
    case FindingAction::Reported: return "reported";
    case FindingAction::Masked: return "masked";
    case FindingAction::Blocked: return "blocked";
  }
  return "?";
}

std::string json_quote(std::string_view s) {
  // Worst case: every byte becomes a six-byte \u00XX escape.
  std::string out(s.size() * 6 + 2, '\0');
  out[0] = '"';
  std::size_t n = s.empty() ? 0 : core::json_escape(s, out.data() + 1, out.size() - 2);
  out[n + 1] = '"';
  out.resize(n + 2);
  return out;
}

std::string to_json_line(const FindingRecord& r) {
  std::string o;
  // `raw` is already JSON (a number, a quoted string, the sink object).
  auto field = [&](std::string_view key, const std::string& raw) {
    o += o.empty() ? '{' : ',';
    o += json_quote(key);
    o += ':';
    o += raw;
  };
  if (!r.ts.empty()) field("ts", json_quote(r.ts));
  field("rule", json_quote(r.rule));
  field("severity", json_quote(core::to_string(r.severity)));
  field("action", json_quote(to_string(r.action)));
  if (r.kind == FindingRecord::Kind::Runtime) {
    field("pid", std::to_string(r.pid));
    field("exe", json_quote(r.exe));
    field("call", json_quote(r.call));
    field("fd", std::to_string(r.fd));
    std::string sink = "{\"kind\":" + json_quote(core::to_string(r.sink_kind));
    if (!r.sink_path.empty()) sink += ",\"path\":" + json_quote(r.sink_path);
    if (!r.sink_peer.empty()) sink += ",\"peer\":" + json_quote(r.sink_peer);
    field("sink", sink + '}');
  } else {
    field("path", json_quote(r.path));
    field("line", std::to_string(r.line));
    field("column", std::to_string(r.column));
  }
  field("offset", std::to_string(r.offset));
  if (r.split) field("split", "true");
  field("length", std::to_string(r.length));
  field("preview", json_quote(r.preview));
  field("fingerprint", json_quote(r.fingerprint));
  o += "}\n";
  return o;
}

std::string where(const FindingRecord& r) {
  if (r.kind == FindingRecord::Kind::Scan) return fmt::format("{}:{}:{}", r.path, r.line, r.column);
  // A socket is best named by its peer; anything else by its path.
  const std::string& target = r.sink_kind == core::SinkKind::Socket && !r.sink_peer.empty() ? r.sink_peer
                              : !r.sink_path.empty()                                       ? r.sink_path
                                                                                           : r.sink_peer;
  const char* split = r.split ? " (split)" : "";
  if (target.empty()) return fmt::format("{} -> {}{}", r.call, core::to_string(r.sink_kind), split);
  return fmt::format("{} -> {} {}{}", r.call, core::to_string(r.sink_kind), target, split);
}

}  // namespace privguard::cli
