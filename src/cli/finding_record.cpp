// Reading findings lines back: a small strict JSON parser (the stack has no
// JSON library) and the mapping from its values to a FindingRecord.
// Strict because a findings file that is half garbage should fail loudly
// in CI, naming the line, rather than render a partial report.
#include "finding_record.h"

#include <fmt/format.h>

#include <vector>

#include "privguard/finding.h"

namespace privguard::cli {
namespace {

// A parsed JSON value. Only strings, integers and objects are kept: the
// other kinds are syntax-checked and remembered by type, for messages.
struct Value {
  enum class Type : std::uint8_t { String, Integer, BigInteger, Number, Object, Array, Bool, Null };
  Type type = Type::Null;
  std::string str;
  std::int64_t num = 0;
  std::vector<std::string> keys;  // Type::Object, in order
  std::vector<Value> values;

  const Value* get(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return &values[i];
    return nullptr;
  }
};

std::string_view type_name(Value::Type t) {
  switch (t) {
    case Value::Type::String: return "a string";
    case Value::Type::Integer: return "an integer";
    case Value::Type::BigInteger: return "an integer out of range";
    case Value::Type::Number: return "a non-integer number";
    case Value::Type::Object: return "an object";
    case Value::Type::Array: return "an array";
    case Value::Type::Bool: return "a boolean";
    case Value::Type::Null: return "null";
  }
  return "?";
}

// A bound on nesting keeps a hostile line from exhausting the stack.
constexpr int kMaxDepth = 32;

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool document(Value& out, std::string& error) {
    ws();
    if (i_ >= s_.size() || s_[i_] != '{') {
      error = "not a JSON object";
      return false;
    }
    bool ok = value(out, 0);
    if (ok) {
      ws();
      if (i_ < s_.size()) ok = fail("unexpected text after the object");
    }
    if (!ok) error = err_;
    return ok;
  }

 private:
  bool fail(std::string_view what) {
    if (i_ >= s_.size()) err_ = fmt::format("{} at end of line", what);
    else err_ = fmt::format("{} at column {}", what, i_ + 1);
    return false;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

  bool value(Value& v, int depth) {
    if (depth > kMaxDepth) return fail("nesting too deep");
    ws();
    if (i_ >= s_.size()) return fail("expected a value");
    char c = s_[i_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.type = Value::Type::String;
      return string(v.str);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(v);
    if (literal("true") || literal("false")) {
      v.type = Value::Type::Bool;
      return true;
    }
    if (literal("null")) {
      v.type = Value::Type::Null;
      return true;
    }
    return fail("expected a value");
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool object(Value& v, int depth) {
    v.type = Value::Type::Object;
    ++i_;  // '{'
    ws();
    if (eat('}')) return true;
    for (;;) {
      ws();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a field name");
      std::size_t key_at = i_;
      std::string key;
      if (!string(key)) return false;
      if (v.get(key)) {
        i_ = key_at;
        return fail(fmt::format("duplicate field '{}'", key));
      }
      ws();
      if (!eat(':')) return fail("expected ':'");
      Value item;
      if (!value(item, depth + 1)) return false;
      v.keys.push_back(std::move(key));
      v.values.push_back(std::move(item));
      ws();
      if (eat('}')) return true;
      if (!eat(',')) return fail("expected ',' or '}'");
    }
  }

  bool array(Value& v, int depth) {
    v.type = Value::Type::Array;
    ++i_;  // '['
    ws();
    if (eat(']')) return true;
    for (;;) {
      Value item;  // checked, then dropped: no field we read is an array
      if (!value(item, depth + 1)) return false;
      ws();
      if (eat(']')) return true;
      if (!eat(',')) return fail("expected ',' or ']'");
    }
  }

  bool number(Value& v) {
    bool negative = eat('-');
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') return fail("expected a digit");
    bool integer = true, overflow = false;
    std::uint64_t mag = 0;
    // The limit on the magnitude: INT64_MAX, or one more when negative.
    const std::uint64_t limit = static_cast<std::uint64_t>(INT64_MAX) + (negative ? 1 : 0);
    if (s_[i_] == '0') {
      ++i_;
      if (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') return fail("leading zero in a number");
    } else {
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') {
        auto d = static_cast<std::uint64_t>(s_[i_++] - '0');
        if (mag > (limit - d) / 10) overflow = true;
        else mag = mag * 10 + d;
      }
    }
    if (eat('.')) {
      integer = false;
      if (!digits()) return fail("expected a digit after '.'");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      integer = false;
      if (!eat('+')) eat('-');
      if (!digits()) return fail("expected a digit in the exponent");
    }
    if (!integer || overflow) {
      v.type = integer ? Value::Type::BigInteger : Value::Type::Number;
      return true;
    }
    v.type = Value::Type::Integer;
    v.num = negative ? static_cast<std::int64_t>(0 - mag) : static_cast<std::int64_t>(mag);
    return true;
  }

  bool digits() {
    std::size_t from = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > from;
  }

  bool hex4(unsigned& out) {
    if (s_.size() - i_ < 4) return fail("expected 4 hex digits after \\u");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_];
      unsigned d;
      if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
      else return fail("expected 4 hex digits after \\u");
      out = out * 16 + d;
      ++i_;
    }
    return true;
  }

  static void put_utf8(std::string& out, unsigned cp) {
    auto byte = [&](unsigned b) { out.push_back(static_cast<char>(b)); };
    if (cp < 0x80) {
      byte(cp);
    } else if (cp < 0x800) {
      byte(0xC0 | (cp >> 6));
      byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      byte(0xE0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3F));
      byte(0x80 | (cp & 0x3F));
    } else {
      byte(0xF0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3F));
      byte(0x80 | ((cp >> 6) & 0x3F));
      byte(0x80 | (cp & 0x3F));
    }
  }

  bool escape(std::string& out) {
    if (i_ >= s_.size()) return fail("unterminated string");
    char c = s_[i_++];
    switch (c) {
      case '"': out.push_back('"'); return true;
      case '\\': out.push_back('\\'); return true;
      case '/': out.push_back('/'); return true;
      case 'b': out.push_back('\b'); return true;
      case 'f': out.push_back('\f'); return true;
      case 'n': out.push_back('\n'); return true;
      case 'r': out.push_back('\r'); return true;
      case 't': out.push_back('\t'); return true;
      case 'u': break;
      default: --i_; return fail("unknown escape");
    }
    unsigned cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("lone low surrogate in \\u escape");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      // Characters above U+FFFF come as a surrogate pair: \uD83D\uDE00.
      unsigned lo = 0;
      if (!literal("\\u")) return fail("high surrogate without its low half");
      if (!hex4(lo)) return false;
      if (lo < 0xDC00 || lo > 0xDFFF) return fail("high surrogate without its low half");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    put_utf8(out, cp);
    return true;
  }

  bool string(std::string& out) {
    ++i_;  // opening quote
    for (;;) {
      if (i_ >= s_.size()) return fail("unterminated string");
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c == '\\') {
        ++i_;
        if (!escape(out)) return false;
      } else if (c < 0x20) {
        return fail("control character in a string (must be escaped)");
      } else {
        std::size_t n = utf8_sequence_length(s_, i_);
        if (n == 0) return fail("invalid UTF-8 in a string");
        out.append(s_.substr(i_, n));
        i_ += n;
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string err_;
};

// Reads fields of a parsed object into the record, collecting the first
// problem in `error`. Each getter returns false once something is wrong.
class Fields {
 public:
  Fields(const Value& obj, std::string_view where, std::string& error) : obj_(obj), where_(where), error_(error) {}

  bool has(std::string_view key) const { return obj_.get(key) != nullptr; }

  bool str(std::string_view key, std::string& out, bool required = true, bool non_empty = false) {
    const Value* v = find(key, Value::Type::String, required);
    if (!v) return !required && error_.empty();
    if (non_empty && v->str.empty()) return problem(fmt::format("field '{}{}' is empty", where_, key));
    out = v->str;
    return true;
  }

  bool integer(std::string_view key, std::int64_t& out, std::int64_t min) {
    const Value* v = find(key, Value::Type::Integer, true);
    if (!v) return false;
    if (v->num < min) return problem(fmt::format("field '{}{}' must be at least {}, not {}", where_, key, min, v->num));
    out = v->num;
    return true;
  }

  const Value* object(std::string_view key) { return find(key, Value::Type::Object, true); }

  bool problem(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

 private:
  const Value* find(std::string_view key, Value::Type type, bool required) {
    if (!error_.empty()) return nullptr;
    const Value* v = obj_.get(key);
    if (!v) {
      if (required) problem(fmt::format("missing field '{}{}'", where_, key));
      return nullptr;
    }
    if (v->type != type) {
      problem(fmt::format("field '{}{}' must be {}, not {}", where_, key, type_name(type), type_name(v->type)));
      return nullptr;
    }
    return v;
  }

  const Value& obj_;
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
  const Value* sink = f.object("sink");
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

}  // namespace

std::string_view to_string(FindingAction a) noexcept {
  switch (a) {
    case FindingAction::Reported: return "reported";
    case FindingAction::Masked: return "masked";
    case FindingAction::Blocked: return "blocked";
  }
  return "?";
}


std::optional<FindingRecord> parse_finding_line(std::string_view line, std::string& error) {
  error.clear();
  Value obj;
  if (!Parser(line).document(obj, error)) return std::nullopt;

  FindingRecord r;
  Fields f(obj, "", error);
  std::string severity, action;
  bool ok = f.str("ts", r.ts, false) && f.str("rule", r.rule, true, true) && f.str("severity", severity) &&
            f.str("action", action) && f.integer("offset", r.offset, 0) && f.integer("length", r.length, 0) &&
            f.str("preview", r.preview) && f.str("fingerprint", r.fingerprint);
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
  if (target.empty()) return fmt::format("{} -> {}", r.call, core::to_string(r.sink_kind));
  return fmt::format("{} -> {} {}", r.call, core::to_string(r.sink_kind), target);
}

}  // namespace privguard::cli
