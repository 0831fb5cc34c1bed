// Reading findings lines back with nlohmann::json, and mapping its values to
// a FindingRecord. Strict because a findings file that is half garbage
// should fail loudly in CI, naming the line, rather than render a partial
// report: RFC 8259 only (no comments), valid UTF-8, no duplicate field (the
// library would keep the last one silently), and bounded nesting.
#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "finding_record.h"

namespace privguard::cli {
namespace {

using nlohmann::json;

// A bound on nesting keeps a hostile line from costing much to read.
constexpr int kMaxDepth = 32;

// Thrown from the parser's callback; its message becomes the line's error.
struct Refused {
  std::string why;
};

// Checks what the library accepts but a findings line must not have.
class StrictCallback {
 public:
  bool operator()(int depth, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        if (depth >= kMaxDepth) throw Refused{"nesting too deep"};
        keys_.emplace_back();
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        keys_.pop_back();
        break;
      case json::parse_event_t::key:
        if (!keys_.back().insert(parsed.get<std::string>()).second)
          throw Refused{fmt::format("duplicate field '{}'", parsed.get<std::string>())};
        break;
      case json::parse_event_t::value: break;
    }
    return true;
  }

 private:
  std::vector<std::set<std::string>> keys_;  // one per open object or array
};

// The library's message without its "[json.exception...] parse error at
// line 1, column N: " prefix and without its "last read: '...'" echo of the
// line: "syntax error while parsing object - unexpected end of input;
// expected '}' at column 212".
std::string describe(const json::parse_error& e) {
  std::string text = e.what();
  if (text.find("ill-formed UTF-8") != std::string::npos)
    return fmt::format("invalid UTF-8 in a string at column {}", e.byte);
  if (auto at = text.find(": ", text.find("column ")); at != std::string::npos) text.erase(0, at + 2);
  if (auto echo = text.find("; last read: '"); echo != std::string::npos) {
    auto expected = text.rfind("'; expected ");
    text = text.substr(0, echo) + (expected != std::string::npos && expected > echo ? text.substr(expected + 1) : "");
  }
  return fmt::format("{} at column {}", text, e.byte);
}

// Integers beyond 64 bits come back as unsigned or as doubles: whole
// numbers too big for an int64, which is what the message should say.
bool fits_int64(const json& v) {
  return v.is_number_integer() &&
         !(v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
}

std::string_view type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::string: return "a string";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return fits_int64(v) ? "an integer" : "an integer out of range";
    case json::value_t::number_float: {
      double d = v.get<double>();
      bool whole = std::isfinite(d) && d == std::floor(d) && std::fabs(d) >= 9223372036854775808.0;
      return whole ? "an integer out of range" : "a non-integer number";
    }
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::null: return "null";
    case json::value_t::binary:
    case json::value_t::discarded: break;
  }
  return "?";
}

// Reads fields of a parsed object into the record, collecting the first
// problem in `error`. Each getter returns false once something is wrong.
class Fields {
 public:
  Fields(const json& obj, std::string_view where, std::string& error) : obj_(obj), where_(where), error_(error) {}

  bool has(std::string_view key) const { return obj_.contains(key); }

  bool str(std::string_view key, std::string& out, bool required = true, bool non_empty = false) {
    const json* v = find(key, json::value_t::string, required);
    if (!v) return !required && error_.empty();
    const auto& s = v->get_ref<const std::string&>();
    if (non_empty && s.empty()) return problem(fmt::format("field '{}{}' is empty", where_, key));
    out = s;
    return true;
  }

  bool integer(std::string_view key, std::int64_t& out, std::int64_t min) {
    const json* v = find(key, json::value_t::number_integer, true);
    if (!v) return false;
    auto n = v->get<std::int64_t>();
    if (n < min) return problem(fmt::format("field '{}{}' must be at least {}, not {}", where_, key, min, n));
    out = n;
    return true;
  }

  // An optional boolean: false when absent.
  bool flag(std::string_view key, bool& out) {
    const json* v = find(key, json::value_t::boolean, false);
    if (!v) return error_.empty();
    out = v->get<bool>();
    return true;
  }

  const json* object(std::string_view key) { return find(key, json::value_t::object, true); }

  bool problem(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

 private:
  static bool is(const json& v, json::value_t type) {
    return type == json::value_t::number_integer ? fits_int64(v) : v.type() == type;
  }

  const json* find(std::string_view key, json::value_t type, bool required) {
    if (!error_.empty()) return nullptr;
    auto it = obj_.find(key);
    if (it == obj_.end()) {
      if (required) problem(fmt::format("missing field '{}{}'", where_, key));
      return nullptr;
    }
    if (!is(*it, type)) {
      std::string_view want = type == json::value_t::string            ? "a string"
                              : type == json::value_t::number_integer ? "an integer"
                              : type == json::value_t::boolean        ? "true or false"
                                                                      : "an object";
      problem(fmt::format("field '{}{}' must be {}, not {}", where_, key, want, type_name(*it)));
      return nullptr;
    }
    return &*it;
  }

  const json& obj_;
  std::string_view where_;  // "sink." inside the sink object
  std::string& error_;
};

std::optional<FindingAction> parse_finding_action(std::string_view s) {
  if (s == "reported") return FindingAction::Reported;
  if (s == "masked") return FindingAction::Masked;
  if (s == "blocked") return FindingAction::Blocked;
  return std::nullopt;
}

bool read_runtime(Fields& f, FindingRecord& r) {
  r.kind = FindingRecord::Kind::Runtime;
  if (!f.integer("pid", r.pid, 0) || !f.str("exe", r.exe) || !f.str("call", r.call, true, true) ||
      !f.integer("fd", r.fd, INT32_MIN))
    return false;
  const json* sink = f.object("sink");
  if (!sink) return false;
  std::string error;
  Fields s(*sink, "sink.", error);
  std::string kind;
  bool ok = s.str("kind", kind) && s.str("path", r.sink_path, false) && s.str("peer", r.sink_peer, false);
  if (ok) {
    if (auto k = core::parse_sink_kind(kind)) r.sink_kind = *k;
    else ok = s.problem(fmt::format("unknown sink kind '{}'", kind));
  }
  return ok || f.problem(std::move(error));
}

bool read_scan(Fields& f, FindingRecord& r) {
  r.kind = FindingRecord::Kind::Scan;
  return f.str("path", r.path, true, true) && f.integer("line", r.line, 1) && f.integer("column", r.column, 1);
}

// The line as a JSON object, or nullopt with `error` set.
std::optional<json> parse_object(std::string_view line, std::string& error) {
  // Anything but an object is refused before parsing: an array of a
  // million elements is not worth reading to say so.
  auto first = line.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || line[first] != '{') {
    error = "not a JSON object";
    return std::nullopt;
  }
  try {
    return json::parse(line.begin(), line.end(), StrictCallback{}, /*allow_exceptions=*/true,
                       /*ignore_comments=*/false);
  } catch (const Refused& r) {
    error = r.why;
  } catch (const json::parse_error& e) {
    error = describe(e);
  } catch (const json::exception& e) {
    // Not a syntax error but still no line we can read: a number too large
    // for a double ("1e52818" is out_of_range.406).
    error = e.what();
  }
  return std::nullopt;
}

}  // namespace

std::optional<FindingRecord> parse_finding_line(std::string_view line, std::string& error) {
  error.clear();
  auto obj = parse_object(line, error);
  if (!obj) return std::nullopt;

  FindingRecord r;
  Fields f(*obj, "", error);
  std::string severity, action;
  bool ok = f.str("ts", r.ts, false) && f.str("rule", r.rule, true, true) && f.str("severity", severity) &&
            f.str("action", action) && f.integer("offset", r.offset, 0) && f.flag("split", r.split) &&
            f.integer("length", r.length, 0) && f.str("preview", r.preview) && f.str("fingerprint", r.fingerprint);
  if (ok) {
    if (auto s = core::parse_severity(severity)) r.severity = *s;
    else ok = f.problem(fmt::format("unknown severity '{}' (low, medium, high, critical)", severity));
  }
  if (ok) {
    if (auto a = parse_finding_action(action)) r.action = *a;
    else ok = f.problem(fmt::format("unknown action '{}' (reported, masked, blocked)", action));
  }
  if (ok) {
    // The shim's lines name a call and a sink; scan's name a path.
    if (f.has("sink") || f.has("call")) ok = read_runtime(f, r);
    else if (f.has("path")) ok = read_scan(f, r);
    else ok = f.problem("neither a runtime finding (call, sink) nor a scan finding (path, line, column)");
  }
  if (!ok) return std::nullopt;
  return r;
}

}  // namespace privguard::cli
