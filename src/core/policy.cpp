// TOML -> Policy. Every problem becomes a PolicyError naming file, line and
// rule: a policy is the one input users write by hand, and a silent typo
// ("acton = ...") would switch protection off without anyone noticing.
#include "privguard/policy.h"

#include "shapes.h"

#include <hs.h>

#include <algorithm>
#include <iterator>
#include <array>
#include <cctype>
#include <span>
#include <cstring>
#include <fstream>
#include <sstream>
#include <toml.hpp>

#include "policy_blob.h"

namespace privguard::core {
namespace {

constexpr int kMaxExtendsDepth = 8;

std::string compose_what(const std::string& file, unsigned line, const std::string& rule, const std::string& msg) {
  std::string s = file.empty() ? std::string("<policy>") : file;
  if (line) s += ":" + std::to_string(line);
  s += ": ";
  if (!rule.empty()) s += "rule '" + rule + "': ";
  return s + msg;
}

// Reads one TOML file's values with the context for error messages.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::value& at, const std::string& msg) const {
    throw PolicyError(file_, static_cast<unsigned>(at.location().line()), rule_, msg);
  }
  [[noreturn]] void fail_line(unsigned line, const std::string& msg) const { throw PolicyError(file_, line, rule_, msg); }

  void set_rule(std::string id) { rule_ = std::move(id); }
  const std::string& file() const { return file_; }
  unsigned line_of(const toml::value& v) const { return static_cast<unsigned>(v.location().line()); }

  // Rejects keys not in `known`; a misspelt key must not pass silently.
  void check_keys(const toml::value& table, std::initializer_list<std::string_view> known, std::string_view where) const {
    check_keys(table, std::span<const std::string_view>(known.begin(), known.size()), where);
  }
  void check_keys(const toml::value& table, std::span<const std::string_view> known, std::string_view where) const {
    std::vector<std::string> unknown;
    for (const auto& [k, v] : table.as_table())
      if (std::find(known.begin(), known.end(), k) == known.end()) unknown.push_back(k);
    if (unknown.empty()) return;
    std::sort(unknown.begin(), unknown.end());
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    fail(table.as_table().at(unknown.front()),
         "unknown key '" + unknown.front() + "' in " + std::string(where) + " (known keys: " + list + ")");
  }

  const toml::value* find(const toml::value& table, const char* key) const {
    const auto& t = table.as_table();
    auto it = t.find(key);
    return it == t.end() ? nullptr : &it->second;
  }

  std::string string(const toml::value& v, std::string_view what) const {
    if (!v.is_string()) fail(v, std::string(what) + " must be a string");
    return v.as_string().str;
  }
  bool boolean(const toml::value& v, std::string_view what) const {
    if (!v.is_boolean()) fail(v, std::string(what) + " must be true or false");
    return v.as_boolean();
  }
  unsigned small_uint(const toml::value& v, std::string_view what) const {
    if (!v.is_integer() || v.as_integer() < 0 || v.as_integer() > 64)
      fail(v, std::string(what) + " must be an integer from 0 to 64");
    return static_cast<unsigned>(v.as_integer());
  }
  std::vector<std::string> strings(const toml::value& v, std::string_view what) const {
    if (!v.is_array()) fail(v, std::string(what) + " must be an array of strings");
    std::vector<std::string> out;
    for (const auto& e : v.as_array()) out.push_back(string(e, what));
    return out;
  }
  const toml::value& table(const toml::value& v, std::string_view what) const {
    if (!v.is_table()) fail(v, std::string(what) + " must be a table");
    return v;
  }

 private:
  std::string file_;
  std::string rule_;
};

template <class T>
T parse_enum(const Reader& r, const toml::value& v, std::string_view what, std::optional<T> (*parse)(std::string_view),
             std::string_view choices) {
  auto s = r.string(v, what);
  auto e = parse(s);
  if (!e) r.fail(v, std::string(what) + " '" + s + "' is not one of " + std::string(choices));
  return *e;
}

void read_allowlist(const Reader& r, const toml::value& v, Allowlist& out) {
  r.table(v, "allow");
  r.check_keys(v, {"values", "patterns", "domains"}, "allow");
  auto append = [&](const char* key, std::vector<std::string>& dst) {
    if (auto* x = r.find(v, key)) {
      auto add = r.strings(*x, std::string("allow.") + key);
      if (std::string_view(key) == "patterns")
        for (const auto& p : add)
          if (p.empty()) r.fail(*x, "allow.patterns has an empty pattern");
      dst.insert(dst.end(), add.begin(), add.end());
    }
  };
  append("values", out.values);
  append("patterns", out.patterns);
  append("domains", out.domains);
}

unsigned read_flags(const Reader& r, const toml::value& v) {
  unsigned flags = 0;
  for (const auto& f : r.strings(v, "flags")) {
    if (f == "caseless") flags |= HS_FLAG_CASELESS;
    else if (f == "dotall") flags |= HS_FLAG_DOTALL;
    else if (f == "multiline") flags |= HS_FLAG_MULTILINE;
    else
      // utf8 is left out on purpose: Hyperscan's behaviour on invalid UTF-8
      // is undefined, and binary output is common.
      r.fail(v, "unknown flag '" + f + "' (known: caseless, dotall, multiline)");
  }
  return flags;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return std::isalnum(static_cast<unsigned char>(id[0])) != 0;
}

constexpr std::array<std::string_view, 16> kRuleKeys = {
    "id", "description", "pattern", "context", "suffix", "not_after", "token", "flags", "validator", "severity",
    "action", "redact_token", "mask", "allow", "prefilter", "vendor"};

void read_prefilter(const Reader& r, const toml::value& v, Prefilter& out) {
  r.table(v, "prefilter");
  r.check_keys(v, {"patterns", "digits", "shape"}, "prefilter");
  out = Prefilter{};
  if (auto* x = r.find(v, "patterns")) {
    out.patterns = r.strings(*x, "prefilter.patterns");
    for (const auto& p : out.patterns)
      if (p.empty()) r.fail(*x, "prefilter.patterns has an empty pattern");
  }
  if (auto* x = r.find(v, "digits")) {
    out.digits = r.small_uint(*x, "prefilter.digits");
    if (out.digits < 2) r.fail(*x, "prefilter.digits must be from 2 to 64");
  }
  if (auto* x = r.find(v, "shape")) {
    out.shape = r.string(*x, "prefilter.shape");
    if (!valid_shape(out.shape))
      r.fail(*x, "prefilter.shape '" + out.shape + "' must be 1 to 8 of A (capital), a (small letter), 9 (digit), "
                 "1 (digit but 0), starting with a letter or +");
  }
  if (out.empty()) r.fail(v, "prefilter needs patterns, digits or shape");
}

void read_vendor(const Reader& r, const toml::value& v, VendorNames& out) {
  r.table(v, "vendor");
  r.check_keys(v, {"words", "names"}, "vendor");
  out = VendorNames{};
  for (const char* key : {"words", "names"}) {
    const toml::value* x = r.find(v, key);
    if (!x) r.fail(v, std::string("vendor needs ") + key);
    auto& list = std::string_view(key) == "words" ? out.words : out.names;
    list = r.strings(*x, std::string("vendor.") + key);
    if (list.empty()) r.fail(*x, std::string("vendor.") + key + " is empty");
    for (const auto& w : list)
      if (w.empty() || w.size() > 64) r.fail(*x, std::string("vendor.") + key + " needs 1 to 64 bytes in each");
  }
}

// Applies the keys present in `t` to `rule`. Used for new rules and for
// overrides of base rules alike; allowlists are appended.
void read_rule_fields(const Reader& r, const toml::value& t, Rule& rule) {
  if (auto* v = r.find(t, "description")) rule.description = r.string(*v, "description");
  if (auto* v = r.find(t, "pattern")) {
    rule.pattern = r.string(*v, "pattern");
    if (rule.pattern.empty()) r.fail(*v, "pattern is empty");
  }
  if (auto* v = r.find(t, "context")) rule.context = r.string(*v, "context");
  if (auto* v = r.find(t, "suffix")) rule.suffix = r.string(*v, "suffix");
  if (auto* v = r.find(t, "not_after")) {
    rule.not_after = r.strings(*v, "not_after");
    for (const auto& s : rule.not_after)
      if (s.empty()) r.fail(*v, "not_after has an empty string");
  }
  if (auto* v = r.find(t, "token")) rule.token = r.boolean(*v, "token");
  if (auto* v = r.find(t, "flags")) rule.hs_flags = read_flags(r, *v);
  if (auto* v = r.find(t, "validator"))
    rule.validator = parse_enum<Validator>(r, *v, "validator", parse_validator,
                                           "none, luhn, iban, us-ssn, phone, jwt, secret-value, high-entropy, "
                                           "base64-credentials, azure-key, date, passport, uk-nino, nl-bsn, "
                                           "se-personnummer, fi-hetu, de-steuer-id, fr-nir, es-dni, "
                                           "it-codice-fiscale, in-aadhaar, pem, email");
  if (auto* v = r.find(t, "severity"))
    rule.severity = parse_enum<Severity>(r, *v, "severity", parse_severity, "low, medium, high, critical");
  if (auto* v = r.find(t, "action"))
    rule.action = parse_enum<Action>(r, *v, "action", parse_action, "mask, redact, pseudonym, block, report, allow");
  if (auto* v = r.find(t, "redact_token")) rule.redact_token = r.string(*v, "redact_token");
  if (auto* v = r.find(t, "mask")) {
    r.table(*v, "mask");
    r.check_keys(*v, {"keep_first", "keep_last", "keep_separators"}, "mask");
    if (auto* x = r.find(*v, "keep_first")) rule.mask.keep_first = r.small_uint(*x, "mask.keep_first");
    if (auto* x = r.find(*v, "keep_last")) rule.mask.keep_last = r.small_uint(*x, "mask.keep_last");
    if (auto* x = r.find(*v, "keep_separators")) rule.mask.keep_separators = r.boolean(*x, "mask.keep_separators");
  }
  if (auto* v = r.find(t, "allow")) read_allowlist(r, *v, rule.allow);
  // A prefilter is a promise about the expression: one written for the
  // base rule's pattern does not hold for an override's new one.
  if (r.find(t, "pattern") || r.find(t, "context") || r.find(t, "suffix") || r.find(t, "flags"))
    rule.prefilter = Prefilter{};
  if (auto* v = r.find(t, "prefilter")) read_prefilter(r, *v, rule.prefilter);
  if (auto* v = r.find(t, "vendor")) read_vendor(r, *v, rule.vendor);
}

void read_settings(const Reader& r, const toml::value& t, Settings& s) {
  r.table(t, "settings");
  r.check_keys(t, {"mode", "fail_closed", "block_errno", "mask_char", "binary"}, "[settings]");
  if (auto* v = r.find(t, "mode")) s.mode = parse_enum<Mode>(r, *v, "mode", parse_mode, "enforce, report, off");
  if (auto* v = r.find(t, "fail_closed")) s.fail_closed = r.boolean(*v, "fail_closed");
  if (auto* v = r.find(t, "block_errno")) {
    if (v->is_integer() && v->as_integer() > 0 && v->as_integer() < 4096) {
      s.block_errno = static_cast<int>(v->as_integer());
    } else {
      auto name = v->is_string() ? v->as_string().str : std::string();
      if (name == "EACCES") s.block_errno = EACCES;
      else if (name == "EPERM") s.block_errno = EPERM;
      else if (name == "EIO") s.block_errno = EIO;
      else if (name == "ENOSPC") s.block_errno = ENOSPC;
      else r.fail(*v, "block_errno must be EACCES, EPERM, EIO, ENOSPC or a positive number");
    }
  }
  if (auto* v = r.find(t, "mask_char")) {
    auto m = r.string(*v, "mask_char");
    if (m.size() != 1 || m[0] < 0x21 || m[0] > 0x7e) r.fail(*v, "mask_char must be one printable ASCII character");
    // A mask must not start an escape (\x, %41) or end a string: that
    // would break the JSON, URL or markup around it.
    if (std::isxdigit(static_cast<unsigned char>(m[0])) || std::strchr("\\%\"'`&<>", m[0]))
      r.fail(*v, "mask_char '" + m + "' would break formats: use one that is not a hex digit, a quote, '\\', '%', "
                 "'&', '<' or '>'");
    s.mask_char = m[0];
  }
  if (auto* v = r.find(t, "binary"))
    s.binary = parse_enum<BinaryAction>(r, *v, "binary", parse_binary_action, "report, mask");
}

SinkOverride read_sink(const Reader& r, const toml::value& t) {
  r.table(t, "[[sinks]]");
  r.check_keys(t, {"name", "kind", "path", "peer", "streams", "rules", "action"}, "[[sinks]]");
  SinkOverride s;
  s.where = {r.file(), r.line_of(t)};
  if (auto* v = r.find(t, "name")) s.name = r.string(*v, "name");
  if (auto* v = r.find(t, "kind")) {
    s.any_kind = false;
    s.kind = parse_enum<SinkKind>(r, *v, "kind", parse_sink_kind, "file, pipe, socket, tty, other");
  }
  if (auto* v = r.find(t, "path")) s.path = r.string(*v, "path");
  if (auto* v = r.find(t, "peer")) s.peer = r.string(*v, "peer");
  if (auto* v = r.find(t, "streams")) {
    for (const std::string& name : r.strings(*v, "streams")) {
      if (name == "stdout") s.streams |= 1u << 1;
      else if (name == "stderr") s.streams |= 1u << 2;
      else r.fail(*v, "unknown stream '" + name + "' (expected stdout or stderr)");
    }
    if (s.streams == 0) r.fail(*v, "streams is empty (expected stdout, stderr or both)");
  }
  if (auto* v = r.find(t, "rules")) s.rules = r.strings(*v, "rules");
  auto* action = r.find(t, "action");
  if (!action) r.fail(t, "sink override '" + s.name + "' has no action");
  s.action = parse_enum<Action>(r, *action, "action", parse_action, "mask, redact, pseudonym, block, report, allow");
  if (s.any_kind && s.path.empty() && s.peer.empty() && s.streams == 0)
    r.fail(t, "sink override '" + s.name + "' matches everything: give it a kind, path, peer or streams");
  return s;
}

std::string parent_dir(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::string read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw PolicyError(path, 0, "", std::string("cannot read policy file: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Policy load_text(std::string_view text, const std::string& name, int depth);

// The default policy, from the blob embedded at build time when there is
// one: parsing its TOML was most of a process's start-up under the shim.
Policy load_default(int depth) {
  if (auto p = deserialize_policy(embedded_policy(), default_policy_text())) return std::move(*p);
  return load_text(default_policy_text(), "default", depth);
}

Policy load_base(const Reader& r, const toml::value& at, const std::string& ext, int depth) {
  if (depth >= kMaxExtendsDepth) r.fail(at, "extends chain is deeper than 8 (a cycle?)");
  if (ext == "default") return load_default(depth + 1);
  std::string path = (!ext.empty() && ext[0] == '/') ? ext : parent_dir(r.file()) + "/" + ext;
  try {
    return load_text(read_file_text(path), path, depth + 1);
  } catch (const PolicyError& e) {
    if (e.line() == 0 && e.file() == path) r.fail(at, "extends '" + ext + "': " + e.message());
    throw;
  }
}

// TOML is UTF-8. Checked before toml11 sees the text: its parser (3.7.1)
// reads past the end of its buffer when reporting invalid UTF-8 inside a
// literal string (found by fuzz_policy), and this error says where.
void check_utf8(std::string_view text, const std::string& name) {
  unsigned line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = n != 0 && i + n <= text.size() && !(n == 2 && c < 0xC2);
    for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && n == 3) {
      const auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogate
    }
    if (ok && n == 4) {
      const auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
    }
    if (!ok)
      throw PolicyError(name, line, "",
                        "invalid UTF-8 at column " + std::to_string(i - line_start + 1) + " (a policy is UTF-8 text)");
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += n;
  }
}

// Arrays and inline tables nested deeper than this are refused before
// toml11 parses them: its parser recurses once per level, and a policy of
// a few thousand '[' overflowed the stack (found by fuzz_policy). Strings
// and comments are skipped; nothing real comes near the limit.
constexpr int kMaxNesting = 64;

void check_nesting(std::string_view text, const std::string& name) {
  unsigned line = 1;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
    } else if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      const bool multi = text.substr(i, 3) == std::string(3, c);
      const std::string_view close = multi ? std::string_view(c == '"' ? "\"\"\"" : "\'\'\'") : text.substr(i, 1);
      for (i += multi ? 3 : 1; i < text.size() && text.substr(i, close.size()) != close; ++i) {
        if (text[i] == '\n') {
          if (!multi) break;  // an unterminated string: toml11 says so
          ++line;
        }
        if (c == '"' && text[i] == '\\') ++i;  // an escape in a basic string
      }
      if (i < text.size() && text[i] != '\n') i += close.size() - 1;
      else if (i < text.size()) ++line;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting)
        throw PolicyError(name, line, "", "arrays or inline tables nested deeper than " + std::to_string(kMaxNesting));
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    }
  }
}

Policy load_text(std::string_view text, const std::string& name, int depth) {
  check_utf8(text, name);
  check_nesting(text, name);
  toml::value root;
  try {
    std::istringstream in{std::string(text)};
    root = toml::parse(in, name);
  } catch (const toml::exception& e) {
    // toml11 renders a multi-line message with a source excerpt; keep its
    // first line, which says what is wrong, and take the line number.
    std::string msg = e.what();
    msg = msg.substr(0, msg.find('\n'));
    if (msg.rfind("[error] ", 0) == 0) msg.erase(0, 8);
    throw PolicyError(name, static_cast<unsigned>(e.location().line()), "", "invalid TOML: " + msg);
  }

  Reader r(name);
  r.check_keys(root, {"extends", "disable", "settings", "allow", "rules", "overrides", "sinks"}, "the policy");

  Policy p;
  if (auto* v = r.find(root, "extends")) p = load_base(r, *v, r.string(*v, "extends"), depth);
  p.name = name;

  if (auto* v = r.find(root, "disable")) {
    for (const auto& id : r.strings(*v, "disable")) {
      auto it = std::find_if(p.rules.begin(), p.rules.end(), [&](const Rule& x) { return x.id == id; });
      if (it == p.rules.end()) r.fail(*v, "disable: no rule '" + id + "' in the base policy");
      p.rules.erase(it);
    }
  }
  if (auto* v = r.find(root, "settings")) read_settings(r, *v, p.settings);
  if (auto* v = r.find(root, "allow")) read_allowlist(r, *v, p.allow);

  if (auto* v = r.find(root, "overrides")) {
    if (!v->is_array()) r.fail(*v, "overrides must be an array of tables ([[overrides]])");
    for (const auto& t : v->as_array()) {
      r.table(t, "[[overrides]]");
      auto* id = r.find(t, "id");
      if (!id) r.fail(t, "[[overrides]] needs the id of the rule it changes");
      auto sid = r.string(*id, "id");
      r.set_rule(sid);
      r.check_keys(t, kRuleKeys, "[[overrides]]");
      auto it = std::find_if(p.rules.begin(), p.rules.end(), [&](const Rule& x) { return x.id == sid; });
      if (it == p.rules.end()) r.fail(t, "override of a rule that the base policy does not have");
      read_rule_fields(r, t, *it);
      r.set_rule({});
    }
  }

  if (auto* v = r.find(root, "rules")) {
    if (!v->is_array()) r.fail(*v, "rules must be an array of tables ([[rules]])");
    for (const auto& t : v->as_array()) {
      r.table(t, "[[rules]]");
      auto* id = r.find(t, "id");
      if (!id) r.fail(t, "a rule without an id");
      Rule rule;
      rule.id = r.string(*id, "id");
      r.set_rule(rule.id);
      if (!valid_id(rule.id)) r.fail(*id, "rule ids are lowercase letters, digits, '-' and '_'");
      r.check_keys(t, kRuleKeys, "[[rules]]");
      if (p.find_rule(rule.id)) r.fail(*id, "duplicate rule id (use [[overrides]] to change a base rule)");
      rule.where = {name, r.line_of(t)};
      if (!r.find(t, "pattern")) r.fail(t, "a rule needs a pattern");
      read_rule_fields(r, t, rule);
      p.rules.push_back(std::move(rule));
      r.set_rule({});
    }
  }

  if (auto* v = r.find(root, "sinks")) {
    if (!v->is_array()) r.fail(*v, "sinks must be an array of tables ([[sinks]])");
    // A policy's own sink overrides come before its base's: the first
    // that matches decides, and the extending policy is the more specific
    // (its `allow` for a peer beats the base's `report` for all sockets).
    std::vector<SinkOverride> own;
    for (const auto& t : v->as_array()) {
      auto s = read_sink(r, t);
      for (const auto& id : s.rules)
        if (!p.find_rule(id)) r.fail(t, "sink override '" + s.name + "' names unknown rule '" + id + "'");
      own.push_back(std::move(s));
    }
    own.insert(own.end(), std::make_move_iterator(p.sinks.begin()), std::make_move_iterator(p.sinks.end()));
    p.sinks = std::move(own);
  }
  return p;
}

}  // namespace

PolicyError::PolicyError(std::string file, unsigned line, std::string rule, std::string message)
    : std::runtime_error(compose_what(file, line, rule, message)),
      file_(std::move(file)),
      line_(line),
      rule_(std::move(rule)),
      message_(std::move(message)) {}

const Rule* Policy::find_rule(std::string_view id) const noexcept {
  for (const auto& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

Policy load_policy_text(std::string_view text, const std::string& name) { return load_text(text, name, 0); }

Policy load_policy_file(const std::string& path) { return load_text(read_file_text(path), path, 0); }

Policy load_default_policy() { return load_default(0); }

}  // namespace privguard::core
