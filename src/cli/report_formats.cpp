// The five report formats. Each renderer escapes for its own target (a
// terminal, JSON, XML, Markdown) because a preview or a path is whatever a
// service wrote: quotes, pipes, control bytes and escape sequences included.
#include "report_formats.h"

#include "rule_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

#ifndef PRIVGUARD_VERSION
#define PRIVGUARD_VERSION "unknown"
#endif

namespace privguard::cli {
namespace {

// The project publishes no homepage yet; SARIF viewers link the tool to this.
constexpr std::size_t kMarkdownMaxFindings = 50;

std::string allow_hint(std::string_view rule) {
  return fmt::format(
      "if this is synthetic test data, allowlist it: [rules.allow] in your policy, or an [[overrides]] for rule {}",
      rule);
}

// ---- shared helpers

std::string actions_text(const RuleSummary& s) {
  std::string out;
  for (std::size_t a = 0; a < kFindingActionCount; ++a)
    if (s.by_action[a])
      out += fmt::format("{}{} {}", out.empty() ? "" : ", ", to_string(static_cast<FindingAction>(a)), s.by_action[a]);
  return out;
}

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// Text safe to show on a terminal or in a Markdown cell: control bytes
// (C0, DEL, C1), bidi overrides and invalid UTF-8 become visible escapes,
// so a preview cannot move the cursor, recolour the screen or reorder text.
std::string visible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = utf8_sequence_length(s, i);
    unsigned cp = 0;
    if (n == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    if (n == 3) cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                     (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    if (n == 0) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if ((n == 1 && (c < 0x20 || c == 0x7f)) || (n == 2 && cp < 0xA0) ||
             (n == 3 && ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))))
      out += fmt::format("\\u{:04x}", n == 1 ? c : cp);
    else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

// Columns on a terminal: one per code point (good enough for alignment).
std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// ---- table

std::string_view severity_colour(core::Severity s) {
  switch (s) {
    case core::Severity::Critical: return "\033[1;31m";
    case core::Severity::High: return "\033[31m";
    case core::Severity::Medium: return "\033[33m";
    case core::Severity::Low: return "\033[36m";
  }
  return "";
}

class TableWriter {
 public:
  TableWriter(std::size_t columns, bool color) : widths_(columns, 0), color_(color) {}
  void add(std::vector<std::string> cells, core::Severity sev) {
    for (std::size_t c = 0; c < cells.size(); ++c)
      widths_[c] = std::max(widths_[c], std::min(display_width(cells[c]), kMaxWidth));
    rows_.push_back({std::move(cells), sev});
  }
  // Cells in `severity_col` get the severity's colour; row 0 is the header.
  void write(std::string& out, std::size_t severity_col, bool right_align_numbers) const {
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const auto& cells = rows_[r].cells;
      std::string line;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string& v = cells[c];
        bool last = c + 1 == cells.size();
        bool right = right_align_numbers && c > 0;
        // A left-aligned last column (the preview) is never padded.
        std::size_t pad = last && !right ? 0 : widths_[c] - std::min(widths_[c], display_width(v));
        std::string_view on = r == 0 ? "\033[1m" : c == severity_col ? severity_colour(rows_[r].sev) : "";
        if (right) line.append(pad, ' ');
        if (color_ && !on.empty()) line += on;
        line += v;
        if (color_ && !on.empty()) line += "\033[0m";
        if (!right) line.append(pad, ' ');
        if (!last) line += "  ";
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + '\n';
    }
  }

 private:
  static constexpr std::size_t kMaxWidth = 48;  // a long path overflows its column instead of widening all
  struct Row {
    std::vector<std::string> cells;
    core::Severity sev;
  };
  std::vector<std::size_t> widths_;
  std::vector<Row> rows_;
  bool color_;
};

// ---- SARIF

std::string_view sarif_level(core::Severity s) {
  return s >= core::Severity::High ? "error" : s == core::Severity::Medium ? "warning" : "note";
}

std::string_view security_severity(core::Severity s) {
  switch (s) {
    case core::Severity::Critical: return "9.0";
    case core::Severity::High: return "7.0";
    case core::Severity::Medium: return "5.0";
    case core::Severity::Low: return "3.0";
  }
  return "5.0";
}

// RFC 3986: everything but unreserved characters and '/' is percent-encoded
// (':' too, so a relative path never reads as a scheme).
std::string uri_encode(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/')
      out += ch;
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

// {"uri":...} relative to %SRCROOT% (the base dir) when the path lies under
// it, else an absolute file:// URI. Nothing is resolved on disk: the
// findings file may be read on another machine.
std::string artifact_location(const std::string& path, const std::filesystem::path& base) {
  if (path == "-") return R"({"description":{"text":"standard input"}})";
  std::filesystem::path p(path);
  std::filesystem::path abs = (p.is_absolute() ? p : base / p).lexically_normal();
  std::filesystem::path rel = abs.lexically_relative(base);
  if (!rel.empty() && *rel.begin() != ".." && rel != ".")
    return fmt::format(R"({{"uri":{},"uriBaseId":"%SRCROOT%"}})", json_quote(uri_encode(rel.generic_string())));
  return fmt::format(R"({{"uri":{}}})", json_quote("file://" + uri_encode(abs.generic_string())));
}

std::string sarif_rule(const RuleSummary& s, const core::Policy* policy) {
  const core::Rule* rule = policy ? policy->find_rule(s.rule) : nullptr;
  std::string desc = rule && !rule->description.empty() ? rule->description : "privguard rule " + s.rule;
  return fmt::format(
      R"({{"id":{},"shortDescription":{{"text":{}}},"help":{{"text":{}}},)"
      R"("defaultConfiguration":{{"level":"{}"}},"properties":{{"security-severity":"{}","tags":["security"]}}}})",
      json_quote(s.rule), json_quote(desc), json_quote(allow_hint(s.rule)), sarif_level(s.severity),
      security_severity(s.severity));
}

std::string sarif_location(const FindingRecord& r, const std::filesystem::path& base) {
  if (r.kind == FindingRecord::Kind::Scan)
    return fmt::format(
        R"({{"physicalLocation":{{"artifactLocation":{},"region":{{"startLine":{},"startColumn":{},"byteOffset":{},"byteLength":{}}}}}}})",
        artifact_location(r.path, base), r.line, r.column, r.offset, r.length);
  // A runtime finding happened in a call, not at a place in a source file;
  // only a file sink has an artifact to point at.
  std::string logical = fmt::format(R"("logicalLocations":[{{"name":{},"kind":"function"}}])", json_quote(r.call));
  if (r.sink_kind == core::SinkKind::File && !r.sink_path.empty())
    return fmt::format(R"({{"physicalLocation":{{"artifactLocation":{}}},{}}})",
                       artifact_location(r.sink_path, base), logical);
  return "{" + logical + "}";
}

std::string sarif_properties(const FindingRecord& r) {
  std::string props = fmt::format(R"("severity":"{}","action":"{}")", core::to_string(r.severity), to_string(r.action));
  if (r.kind == FindingRecord::Kind::Runtime) {
    std::string sink = fmt::format(R"({{"kind":"{}")", core::to_string(r.sink_kind));
    if (!r.sink_path.empty()) sink += ",\"path\":" + json_quote(r.sink_path);
    if (!r.sink_peer.empty()) sink += ",\"peer\":" + json_quote(r.sink_peer);
    sink += '}';
    props += fmt::format(R"(,"call":{},"sink":{},"pid":{},"exe":{},"fd":{})", json_quote(r.call), sink, r.pid,
                         json_quote(r.exe), r.fd);
  }
  return "{" + props + "}";
}

// ---- XML

// Escaped for XML 1.0 text or attribute values. Characters XML cannot
// carry at all (most C0 controls, U+FFFE/U+FFFF) are written as visible
// "\uXXXX" text and invalid UTF-8 as U+FFFD, so the document always parses.
std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    std::string_view seq = s.substr(i, n);
    i += n;
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&apos;";
    // Attribute values turn raw tabs and newlines into spaces when read;
    // a raw CR is turned into LF even in text.
    else if (c == '\t' || c == '\n') out += attribute ? fmt::format("&#{};", c) : std::string(1, static_cast<char>(c));
    else if (c == '\r') out += "&#13;";
    else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
    else if (seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF") out += seq == "\xEF\xBF\xBE" ? "\\ufffe" : "\\uffff";
    else out += seq;
  }
  return out;
}

std::string junit_case_name(const FindingRecord& r) {
  if (r.kind == FindingRecord::Kind::Scan) return where(r);
  // Several findings can share one call site; pid and offset tell them apart.
  return fmt::format("{} (pid {}, offset {})", where(r), r.pid, r.offset);
}

std::string junit_body(const FindingRecord& r) {
  std::string body = fmt::format("rule: {}\nseverity: {}\naction: {}\nwhere: {}\npreview: {}\nfingerprint: {}\n",
                                 r.rule, core::to_string(r.severity), to_string(r.action), where(r), r.preview,
                                 r.fingerprint);
  if (r.kind == FindingRecord::Kind::Runtime) body += fmt::format("pid: {}\nexe: {}\nfd: {}\n", r.pid, r.exe, r.fd);
  if (!r.ts.empty()) body += fmt::format("time: {}\n", r.ts);
  return body + allow_hint(r.rule) + "\n";
}

// ---- Markdown

// Plain cell text: the characters that start markup inside a table cell
// (emphasis, code, links, HTML, entities, cell breaks) backslash-escaped.
std::string md_text(std::string_view s) {
  constexpr std::string_view kMarkup = "\\`*_{}[]<>#!|~&^";
  std::string out;
  for (char c : visible(s)) {
    if (kMarkup.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A code span: literal text (masks stay '*' instead of emphasis). The fence
// is longer than any backtick run inside; '|' is escaped because the table
// splits cells before it parses code spans.
std::string md_code(std::string_view s) {
  std::string v = visible(s);
  if (v.empty()) return "";
  std::size_t run = 0, longest = 0;
  std::string body;
  for (char c : v) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c == '|') body += '\\';
    body += c;
  }
  std::string fence(longest + 1, '`');
  // CommonMark strips one space from each side when both ends have one, and
  // a backtick at an end would join the fence: pad, and the padding is stripped.
  bool pad = v.front() == '`' || v.back() == '`' || v.front() == ' ' || v.back() == ' ';
  return pad ? fence + " " + body + " " + fence : fence + body + fence;
}

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view s) noexcept {
  if (s == "table") return ReportFormat::Table;
  if (s == "json") return ReportFormat::Json;
  if (s == "sarif") return ReportFormat::Sarif;
  if (s == "junit") return ReportFormat::Junit;
  if (s == "markdown") return ReportFormat::Markdown;
  return std::nullopt;
}

std::string render_report(ReportFormat f, std::span<const FindingRecord> records, const ReportOptions& o) {
  switch (f) {
    case ReportFormat::Table: return render_table(records, o.color);
    case ReportFormat::Json: return render_json(records);
    case ReportFormat::Sarif: {
      std::filesystem::path base = o.base_dir;
      std::error_code ec;
      if (base.empty()) base = std::filesystem::current_path(ec);
      return render_sarif(records, o.policy, base);
    }
    case ReportFormat::Junit: return render_junit(records);
    case ReportFormat::Markdown: return render_markdown(records);
  }
  return {};
}

std::string render_table(std::span<const FindingRecord> records, bool color) {
  if (records.empty()) return "no findings\n";
  std::string out;
  TableWriter findings(5, color);
  findings.add({"RULE", "SEVERITY", "ACTION", "WHERE", "PREVIEW"}, core::Severity::Low);
  for (const auto& r : records)
    findings.add({visible(r.rule), std::string(core::to_string(r.severity)), std::string(to_string(r.action)),
                  visible(where(r)), visible(r.preview)},
                 r.severity);
  findings.write(out, 1, false);

  out += '\n';
  TableWriter summary(5, color);
  summary.add({"RULE", "FINDINGS", "REPORTED", "MASKED", "BLOCKED"}, core::Severity::Low);
  std::array<std::size_t, kFindingActionCount> totals{};
  for (const auto& s : summarize_by_severity(records)) {
    summary.add({visible(s.rule), std::to_string(s.total), std::to_string(s.by_action[0]),
                 std::to_string(s.by_action[1]), std::to_string(s.by_action[2])},
                s.severity);
    for (std::size_t a = 0; a < kFindingActionCount; ++a) totals[a] += s.by_action[a];
  }
  summary.write(out, 0, true);
  out += fmt::format("{}: {} reported, {} masked, {} blocked\n", plural(records.size(), "finding"), totals[0],
                     totals[1], totals[2]);
  return out;
}

std::string render_json(std::span<const FindingRecord> records) {
  std::string out;
  for (const auto& r : records) out += to_json_line(r);
  return out;
}

std::string render_sarif(std::span<const FindingRecord> records, const core::Policy* policy,
                         const std::filesystem::path& base_dir) {
  auto rules = summarize(records);  // first-seen order: ruleIndex is a position in this list
  std::string out = fmt::format(
      R"({{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{{)"
      R"("tool":{{"driver":{{"name":"privguard","version":{},"rules":[)", json_quote(PRIVGUARD_VERSION));
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (i) out += ',';
    out += sarif_rule(rules[i], policy);
  }
  std::string base_uri = "file://" + uri_encode(base_dir.generic_string());
  if (base_uri.back() != '/') base_uri += '/';  // SARIF: a base URI ends in '/'
  out += fmt::format(R"(]}}}},"originalUriBaseIds":{{"%SRCROOT%":{{"uri":{}}}}},"results":[)", json_quote(base_uri));
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    auto index = static_cast<std::size_t>(
        std::find_if(rules.begin(), rules.end(), [&](const RuleSummary& s) { return s.rule == r.rule; }) -
        rules.begin());
    std::string text = fmt::format("{} ({}, {}): {} [fingerprint {}]; {}", r.rule, core::to_string(r.severity),
                                   to_string(r.action), r.preview, r.fingerprint, allow_hint(r.rule));
    out += fmt::format(
        R"({}{{"ruleId":{},"ruleIndex":{},"level":"{}","message":{{"text":{}}},"locations":[{}],)"
        R"("partialFingerprints":{{"privguard/v1":{}}},"properties":{}}})",
        i ? "," : "", json_quote(r.rule), index, sarif_level(r.severity), json_quote(text),
        sarif_location(r, base_dir), json_quote(r.fingerprint), sarif_properties(r));
  }
  out += "]}]}\n";
  return out;
}

std::string render_junit(std::span<const FindingRecord> records) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"privguard\" tests=\"{0}\" failures=\"{0}\" errors=\"0\">\n", records.size());
  auto rules = summarize(records);
  if (rules.empty()) out += "  <testsuite name=\"privguard\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\"/>\n";
  // One suite per rule, so CI groups the failures by what was found.
  for (const auto& s : rules) {
    std::string cls = xml_escape("privguard." + s.rule, true);
    out += fmt::format("  <testsuite name=\"{0}\" tests=\"{1}\" failures=\"{1}\" errors=\"0\" skipped=\"0\">\n", cls,
                       s.total);
    for (const auto& r : records) {
      if (r.rule != s.rule) continue;
      std::string message = fmt::format("{} ({}, {}): {}", r.rule, core::to_string(r.severity), to_string(r.action),
                                        r.preview);
      out += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", cls, xml_escape(junit_case_name(r), true));
      out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escape(message, true),
                         core::to_string(r.severity), xml_escape(junit_body(r), false));
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

std::string render_markdown(std::span<const FindingRecord> records) {
  if (records.empty()) return "## privguard: no findings\n\nNo personal data or secrets found.\n";
  std::string out = fmt::format("## privguard: {}\n\n", plural(records.size(), "finding"));
  out += "| rule | severity | count | actions |\n|---|---|---:|---|\n";
  for (const auto& s : summarize_by_severity(records))
    out += fmt::format("| {} | {} | {} | {} |\n", md_text(s.rule), core::to_string(s.severity), s.total,
                       actions_text(s));
  std::size_t shown = std::min(records.size(), kMarkdownMaxFindings);
  out += shown < records.size() ? fmt::format("\n### First {} of {} findings\n\n", shown, records.size())
                                 : std::string("\n### Findings\n\n");
  out += "| rule | severity | action | where | preview |\n|---|---|---|---|---|\n";
  for (const auto& r : records.first(shown))
    out += fmt::format("| {} | {} | {} | {} | {} |\n", md_text(r.rule), core::to_string(r.severity),
                       to_string(r.action), md_code(where(r)), md_code(r.preview));
  return out;
}

}  // namespace privguard::cli
