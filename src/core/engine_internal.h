// What the engine's .cpp files share and nobody else sees.
#pragma once

#include <hs.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/engine.h"

namespace privguard::core {

// Raw candidate from the main database, before validation and clustering.
struct Scratch::Candidate {
  std::uint64_t start;
  std::uint64_t end;
  std::uint32_t rule;
  std::uint32_t value_start;  // offset of the value within [start, end) (context length)
  std::uint8_t state;         // CandidateState
  bool open_key;              // a private key whose body runs to the buffer's end (pem.h)
  bool column;                // a table cell under a header naming the rule's label (columns.h)
  bool id_cell = false;       // a table cell under a header naming an id (id_names.h): no value, a mask
  bool named_id = false;      // an id cell whose column's own name names the id (not only a personnummer's neighbour)
};

// A span of the buffer the main (start-of-match) database is run over:
// around what the trigger pass flagged.
struct Scratch::Window {
  std::uint64_t start;
  std::uint64_t end;
  std::uint32_t rule;  // whose database runs over it
};

// A split rule's value ends [lo, hi] (every offset in between is one) of
// a value that starts where a context hit that starts at `start` ends
// (`after`: that end, the latest of the hits whose values the span joins).
struct Scratch::Span {
  std::uint64_t start;
  std::uint64_t lo;
  std::uint64_t hi;
  std::uint64_t after;
};

// kInColumn and kOffColumn: a number only a column of its like can vouch
// for (engine.cpp, column_consensus), valid or not by its check digits.
enum CandidateState : std::uint8_t {
  kPending = 0,
  kValid = 1,
  kAllowed = 2,
  kDropped = 3,
  kInColumn = 4,
  kOffColumn = 5
};

// Per-rule data prepared at build time so that scan-time checks are lookups.
struct RuleRuntime {
  // How far from a trigger the rule's matches can reach, and how a window
  // around it is widened so that \b and ^/$ read the same as in the whole
  // buffer (see windows.h).
  std::uint32_t max_width = UINT32_MAX;  // of the main expression; UINT32_MAX: unbounded
  std::uint64_t reach_left = 0;
  std::uint64_t reach_right = 0;
  bool snap_lines = false;    // unbounded width: whole lines
  bool snap_space = false;    // "(?:^|[\s...])": windows start right after white space
  bool whole_buffer = false;  // anchored (^, $, \A, \z): no window can stand in for the buffer
  bool has_context = false;
  // An optional context ("(?:label)?" as a whole) is left out of the main
  // expression (main_expression): it matches nothing, only moves the
  // match's start, and start-of-match tracking of it alone can double the
  // size of an expression. The scan looks back for it instead
  // (Engine::lookback_dbs_).
  bool context_looked_back = false;
  bool has_allow_patterns = false;
  std::vector<std::string> allow_values;   // canonical form, sorted
  std::vector<std::string> allow_domains;  // lower-case
};

struct SinkRuntime {
  std::vector<std::uint8_t> applies_to;  // per rule index: 1 when the override names it (or names none)
};

// The inputs Hyperscan compiles, kept for the cache key and error mapping.
struct DatabaseInputs {
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  std::vector<std::string> what;  // per expression: "pattern", "context", "allow pattern" ...
  std::vector<std::uint32_t> rule_of;  // per expression: the rule index, or UINT32_MAX for the global allowlist
};

struct Engine::Compiled {
  std::vector<RuleRuntime> rules;
  RuleRuntime global;               // policy-wide allowlist
  std::vector<SinkRuntime> sinks;
  DatabaseInputs main_inputs;
  DatabaseInputs trigger_inputs;   // prefilters (or whole expressions), no start-of-match
  DatabaseInputs post_inputs;
  DatabaseInputs lookback_inputs;  // one per rule that has one (rule_of), with start-of-match
  // The digit-run prefilter: runs of at least this many digits (0: no rule
  // uses one) open windows for the rules that asked for that many.
  unsigned digit_run = 0;
  std::vector<std::uint32_t> digit_rules;
  // Shape prefilters: each distinct shape, and the rules that asked for it.
  std::vector<std::string> shapes;
  std::vector<std::string_view> shape_views;  // into `shapes`, for the shape pass
  std::vector<std::vector<std::uint32_t>> shape_rules;
  bool first_pass = true;  // EngineOptions::first_pass
  std::size_t segment = 0;  // EngineOptions::segment
  // The longest match of any trigger expression (UINT32_MAX: unbounded, or
  // not known): how far before a segment its trigger scan starts. An
  // unbounded one means no segments: the buffer is one.
  std::uint32_t trigger_width = UINT32_MAX;
  // Per rule: whether a table cell can be its value (columns.h): it has a
  // context (to name the column) and a value database or a validator (to
  // tell a value from any cell). column_rules: any rule can.
  std::vector<std::uint8_t> column_rule;
  bool column_rules = false;
  // The first rule that validates payment cards (Luhn), whose candidates
  // an id column's cells hide (id_names.h); kNoRule when there is none.
  std::uint32_t card_rule = UINT32_MAX;
  std::uint32_t personnummer_rule = UINT32_MAX;  // the first rule with the se-personnummer validator
  // The first rule that validates AWS secret access keys (step 4c of the
  // scan); kNoRule when there is none.
  std::uint32_t aws_secret_rule = UINT32_MAX;
  // The first rule that validates bearer tokens (token-value; step 4e).
  std::uint32_t bearer_rule = UINT32_MAX;
  // The rules that name a vendor (policy.h, VendorNames; step 4b).
  std::vector<std::uint32_t> vendor_rules;
  // The first rule that validates typed secrets (secret-value) with no
  // suffix (a URL's password has its '@'): the password rule (step 4b).
  std::uint32_t password_rule = UINT32_MAX;
  std::string cache_key;            // hex; identifies the compiled form
};

// Post database ids: a rule's context is 2*i, its allowlist patterns 2*i+1,
// the policy-wide allowlist patterns 2*rule_count+1.
inline unsigned context_id(std::uint32_t rule) { return 2 * rule; }
inline unsigned allow_id(std::uint32_t rule) { return 2 * rule + 1; }
// How far before a match a looked-back context may start: a label and its
// padding ("TELEPHONE       : ").
constexpr std::uint64_t kLookback = 96;

// Whether a regular expression is one optional group as a whole ("(...)?").
bool optional_as_a_whole(std::string_view re);

// Databases: compile, or load from the embedded blob / the disk cache.
struct Databases {
  // One start-of-match database per rule: a window is scanned only for the
  // rules whose triggers opened it. Then one more per rule: null, or the
  // value database of a split rule, whose first database then holds its
  // context alone (split_rule below); then one more per rule: null, or
  // its looked-back context (RuleRuntime); then one more per rule: null,
  // or its first database without start-of-match (its presence database:
  // database.cpp); so 4 x the rule count in all.
  std::vector<hs_database_t*> rules;
  hs_database_t* trigger = nullptr;  // null when every rule uses the digit-run prefilter only
  hs_database_t* post = nullptr;
  // Per main expression: the longest match it can have (UINT32_MAX:
  // unbounded); then one more, the longest of the trigger expressions.
  // Known only to the compiler, so kept with the databases.
  std::vector<std::uint32_t> max_width;
  DatabaseSource source = DatabaseSource::Compiled;
};
// Split rules. With start-of-match, Hyperscan's compile time and database
// size grow steeply when a long context is followed by a value whose
// characters it shares ("api_key=" then [A-Za-z0-9...]+, a key name then
// [A-Za-z0-9/+]{40}): seconds per rule. Such a rule is compiled as two
// databases instead: its context alone with start-of-match, and its value
// pattern (and suffix) anchored at the start of what it is given, without.
// The scan runs the value database from each context end and takes, for
// each value end, the leftmost context start: the matches the one
// expression would give. Possible when the rule has a context and its
// pattern reads nothing before its own start (no \b, \B, ^ or \A but a
// final \b) and no multiline flag; the compiler decides the rest (a
// context that can match empty has no start-of-match form: the rule is
// compiled whole). A context too large for start-of-match as one
// expression is compiled as its top-level alternatives, each an
// expression of the rule (database.cpp).
bool split_candidate(const Rule& rule);
std::string split_value_expression(const Rule& rule);
// A regular expression's top-level alternatives ("a|b(c|d)|[|]e" gives
// a, b(c|d) and [|]e), or the expression alone when it has none.
std::vector<std::string> top_level_alternatives(const std::string& re);
// The same joined again ('|') into as few runs as keep each within
// max_size bytes (an alternative longer than that stands alone).
std::vector<std::string> alternative_chunks(const std::string& re, std::size_t max_size);
// The longest context compiled as one expression into the post and
// trigger databases (Hyperscan refused the password rule's at 16,217
// bytes: "Pattern length exceeds limit"); a longer one is compiled as
// alternative_chunks of it.
constexpr std::size_t kWholeContext = 12288;
// The expression a rule's matches are found with: (?:context)(?:pattern)
// and the suffix as a literal, or the pattern alone. (database.cpp builds
// it from each of the pattern's top-level alternatives when the whole is
// too large for start-of-match.)
std::string main_expression(const Rule& rule, const std::string& pattern);

Databases obtain_databases(const Policy&, const DatabaseInputs& main, const DatabaseInputs& trigger,
                           const DatabaseInputs& post, const DatabaseInputs& lookback, const std::string& cache_key,
                           const EngineOptions&);
std::string database_cache_key(const DatabaseInputs& main, const DatabaseInputs& trigger, const DatabaseInputs& post,
                               const DatabaseInputs& lookback);
// Serialized form shared by the embedded blob and the disk cache.
// `serialize` is the hs_serialize_database of the library that made them.
using Serializer = decltype(&hs_serialize_database);
// One database's serialized bytes. Throws when Hyperscan cannot.
std::string serialized_database(const hs_database_t*, Serializer serialize = hs_serialize_database);
std::string serialize_databases(const Databases&, const std::string& cache_key,
                                Serializer serialize = hs_serialize_database);
bool deserialize_databases(std::string_view blob, const std::string& cache_key, Databases& out);

// Serialized databases of a built engine, and their images
// (database_image.h), for the build-time embedding tool.
struct EngineAccess {
  static std::string serialize(const Engine&);
  static std::uint32_t trigger_width(const Engine& e) { return e.compiled_->trigger_width; }
  // The longest match of rule i's main expression (UINT32_MAX: unbounded).
  static std::uint32_t rule_width(const Engine& e, std::size_t i) { return e.compiled_->rules[i].max_width; }
  static std::string images(const Engine&);
};

// The embedded default database (empty when built without one).
std::string_view embedded_database() noexcept;

// Keyed BLAKE2b helpers (libsodium, linked statically and hidden).
void keyed_hash(const Key& key, std::string_view a, std::string_view b, unsigned char* out, std::size_t out_len) noexcept;

// Domain of a value for domain allowlists: after the last '@', or a URL's
// host; lower-cased into buf. Empty when none.
std::string_view value_domain(std::string_view value, char* buf, std::size_t cap) noexcept;
bool domain_allowed(std::string_view domain, const std::vector<std::string>& allowed) noexcept;

// Glob with '*' (not across '/'), '**' (across) and '?'.
bool glob_match(std::string_view pattern, std::string_view text) noexcept;
bool peer_match(std::string_view pattern, std::string_view peer) noexcept;

}  // namespace privguard::core
