// A policy as data: what to look for, what to do with it, where. Parsed from
// TOML (policies/README.md documents the format) and handed, already
// checked, to the engine. Loading may throw and allocate; nothing here runs
// on the shim's hot path.
#pragma once

#include <cerrno>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/types.h"
#include "privguard/validators.h"

namespace privguard::core {

// Where a definition came from, for error messages: "policies/x.toml:12".
struct SourceRef {
  std::string file;
  unsigned line = 0;
};

struct MaskStyle {
  unsigned keep_first = 0;        // characters left visible at the start
  unsigned keep_last = 0;         // ... and at the end ("**** **** **** 4242")
  bool keep_separators = false;   // leave spaces, dashes, dots, @ in place
};

// Values that look sensitive but are not: synthetic test data.
struct Allowlist {
  std::vector<std::string> values;    // compared in canonical form (see validators.h)
  std::vector<std::string> patterns;  // Hyperscan expressions that must match the whole value
  std::vector<std::string> domains;   // the value's domain equals or is below one of these

  bool empty() const noexcept { return values.empty() && patterns.empty() && domains.empty(); }
};

// A cheaper test that every match of a rule passes. Every buffer is scanned
// for prefilters only; the rule's own pattern (with start offsets, context,
// validator) runs just around what they flag. A prefilter that some match
// fails makes the engine miss that match: see policies/README.md.
struct Prefilter {
  std::vector<std::string> patterns;  // Hyperscan expressions; one of them matches inside every match
  unsigned digits = 0;                // or: every match holds a run of at least this many digits
  std::string shape;                  // or: a word that starts like this ("AA99": 2 capitals, 2 digits)

  bool empty() const noexcept { return patterns.empty() && digits == 0 && shape.empty(); }
};

// A vendor whose keys also go by generic names (Datadog's api_key and
// app_key in its Helm chart's `datadog:` block, in datadog-ci.json beside
// "datadogSite"): a value the high-entropy rule (generic-secret) finds
// under one of `names`, that the vendor's rule's value pattern takes
// whole, is the vendor's when one of `words` is written in its place: its
// line, the JSON object it is in, or a parent of its YAML or INI block.
struct VendorNames {
  std::vector<std::string> words;  // the vendor's name as written around its keys, any case ("datadog")
  std::vector<std::string> names;  // key names, compared without case, '_', '-' and '.' ("api_key" = apiKey)

  bool empty() const noexcept { return words.empty(); }
};

struct Rule {
  std::string id;
  std::string description;
  std::string pattern;  // Hyperscan expression for the value (or for context + value)
  std::string context;  // optional: text in front of the value, matched but not masked
  std::string suffix;   // optional literal after the value, matched but not masked ("@" after a URL password)
  // Drop a candidate when its own token (the bytes back to the previous
  // space or quote) contains one of these before it, with no '/' or '?'
  // in between: "://" keeps a URL's user@host from reading as an
  // e-mail address, while ".../u?to=a@b.io" still is one.
  std::vector<std::string> not_after;
  // The value is a whole token: a candidate with a token character
  // ([A-Za-z0-9_-]) right before or after it, or a '+' or '/' joining it
  // to more base64, is a piece of a longer run (a key-shaped slice of
  // base64 or of a longer key) and no finding.
  bool token = false;
  unsigned hs_flags = 0;  // HS_FLAG_CASELESS | HS_FLAG_DOTALL | HS_FLAG_MULTILINE
  Validator validator = Validator::None;
  Severity severity = Severity::High;
  Action action = Action::Mask;
  MaskStyle mask;
  std::string redact_token;  // for Action::Redact; "[<id>]" when empty
  Allowlist allow;
  Prefilter prefilter;  // empty: the rule's whole expression is its own prefilter
  VendorNames vendor;   // empty: the rule takes no generic-secret value over
  SourceRef where;
};

// Changes a rule's action by destination: "the test database on
// 127.0.0.1:5432 may receive PII; stdout may not".
struct SinkOverride {
  std::string name;
  bool any_kind = true;
  SinkKind kind = SinkKind::Other;
  std::string path;   // glob: '*' within a path segment, '**' across, '?' one char
  std::string peer;   // "host:port", "host:*", "host", or a unix socket path glob
  // "streams": which standard streams, by the call's fd: bit 1 stdout
  // (fd 1), bit 2 stderr (fd 2); 0 any destination.
  unsigned streams = 0;
  std::vector<std::string> rules;  // rule ids; empty = every rule
  Action action = Action::Allow;
  SourceRef where;
};

struct Settings {
  Mode mode = Mode::Enforce;
  bool fail_closed = false;
  int block_errno = EACCES;
  char mask_char = '*';  // printable ASCII; never a hex digit, quote, '\\', '%', '&', '<' or '>'
  // Matches in binary content are reported, not rewritten, unless Mask.
  // A block stays a block.
  BinaryAction binary = BinaryAction::Report;
};

struct Policy {
  std::string name;    // the file it came from, or "default"
  Settings settings;
  std::vector<Rule> rules;
  std::vector<SinkOverride> sinks;  // first match wins
  Allowlist allow;                  // applies to every rule

  const Rule* find_rule(std::string_view id) const noexcept;
};

// A policy that cannot be used. what() reads "FILE:LINE: rule 'ID': MESSAGE"
// (parts that are unknown are left out).
class PolicyError : public std::runtime_error {
 public:
  PolicyError(std::string file, unsigned line, std::string rule, std::string message);
  const std::string& file() const noexcept { return file_; }
  unsigned line() const noexcept { return line_; }
  const std::string& rule() const noexcept { return rule_; }
  const std::string& message() const noexcept { return message_; }

 private:
  std::string file_;
  unsigned line_;
  std::string rule_;
  std::string message_;
};

// The text of policies/default.toml, embedded at build time.
std::string_view default_policy_text() noexcept;

// Parse and check a policy. `name` is used in error messages and for
// resolving a relative `extends` path. Throws PolicyError.
Policy load_policy_text(std::string_view text, const std::string& name);
Policy load_policy_file(const std::string& path);
Policy load_default_policy();

}  // namespace privguard::core
