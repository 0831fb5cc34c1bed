// The scanning engine: all rules of a policy in one Hyperscan database.
//
// Build once (slow: compiles or loads the database), then scan from any
// number of threads, each with its own Scratch. scan() and transform() never
// allocate, lock, throw or touch stdio: they run inside other people's
// write() calls.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/policy.h"
#include "privguard/types.h"

struct hs_database;
struct hs_scratch;

namespace privguard::core {

using Key = std::array<unsigned char, 32>;
struct TableScan;  // columns.h

// One finding in a scanned buffer. [start, end) is the span that an action
// replaces: the value itself, without a rule's context, its edges fitted
// so that they cut no escape sequence.
struct Match {
  std::uint64_t start = 0;
  std::uint64_t end = 0;
  std::uint32_t rule = 0;  // index into policy().rules
  // After sink overrides and mode; Report for a mask, redaction or
  // pseudonym in binary content (Settings::binary, policies/README.md).
  Action action = Action::Report;
  // The match sits in binary content and its action became Report for
  // that: a caller that rewrites reported matches anyway (scan --mask)
  // must leave this one alone.
  bool binary = false;
};

struct ScanResult {
  std::span<const Match> matches;  // sorted by start, non-overlapping; valid until the next scan with that Scratch
  bool incomplete = false;  // too many candidates for the scratch, or a Hyperscan error: not everything was looked at
  bool blocked = false;     // some match's action is Block
  bool changes = false;     // some match is masked, redacted or pseudonymised
  std::size_t output_size = 0;  // size of transform()'s output
};

// Per-thread working memory: Hyperscan scratch plus candidate storage.
struct TableScan;  // the first pass's tables (columns.h)

class Scratch {
 public:
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  std::size_t capacity() const noexcept { return capacity_; }
  struct Candidate;  // defined inside the engine
  struct Window;
  struct Span;

 private:
  friend class Engine;
  Scratch() = default;
  hs_scratch* hs_ = nullptr;
  Candidate* candidates_ = nullptr;
  Window* windows_ = nullptr;  // window_capacity_ of them
  std::size_t window_capacity_ = 0;
  std::size_t capacity_ = 0;
  std::size_t count_ = 0;
  Match* matches_ = nullptr;
  Span* spans_ = nullptr;  // capacity_ of them: a split rule's value ends (engine.cpp)
  bool overflow_ = false;
  char* bounce_ = nullptr;  // kBounce bytes: a small buffer's copy (over_read.h)
  // What the first pass found of tables, statements and lists: here, not
  // on the stack of the thread that called write() (a few KiB).
  TableScan* tables_ = nullptr;
};

struct EngineOptions {
  Key key{};                 // keys fingerprints and pseudonyms
  bool use_cache = true;     // embedded database and on-disk cache
  std::string cache_dir;     // empty: $XDG_CACHE_HOME/privguard or ~/.cache/privguard
  // false: no first pass; every rule's start-of-match scan runs over the
  // whole of every buffer. Slow; the reference that tests hold the
  // windowed scan to.
  bool first_pass = true;
  // The first pass reads a larger buffer in segments of about this many
  // bytes (cut at line ends), running the windows it has done with after
  // each, so that the work per byte does not grow with the buffer. Tests
  // make it small; 0: one segment, whatever the size.
  std::size_t segment = 64 << 10;
};

// How the database was obtained, for --version, benchmarks and tests.
enum class DatabaseSource : std::uint8_t { Compiled, Embedded, DiskCache };

class Engine {
 public:
  // Compiles (or loads) the database. Throws PolicyError naming the rule
  // whose pattern does not compile.
  static std::unique_ptr<Engine> build(Policy policy, const EngineOptions& = {});
  ~Engine();

  const Policy& policy() const noexcept { return policy_; }
  DatabaseSource database_source() const noexcept { return source_; }
  std::size_t database_size() const noexcept;

  // `candidate_capacity` bounds the raw matches one scan can hold;
  // `window_capacity` (0: as many) the spans around the first pass's hits
  // that it keeps at once (a large buffer is read in segments and takes
  // no more of them for its size: EngineOptions::segment).
  std::unique_ptr<Scratch> make_scratch(std::size_t candidate_capacity = 1024, std::size_t window_capacity = 0) const;

  ScanResult scan(std::string_view data, const Sink& sink, Scratch& scratch) const noexcept;

  // The same, with the destination computed on demand: `resolve(ctx)` is
  // called at most once, and only when the buffer has a finding, so a
  // caller that must ask the kernel where an fd leads (the shim) pays that
  // only for the rare dirty write.
  using SinkResolver = const Sink& (*)(void* ctx) noexcept;
  ScanResult scan(std::string_view data, SinkResolver resolve, void* ctx, Scratch& scratch) const noexcept;

  // Writes `data` with every changing match applied into `out` (capacity
  // `cap` >= result.output_size). Returns the bytes written, 0 when cap is
  // too small. Never touches `data`.
  // With `same_length`, redactions and pseudonyms are written as masks:
  // for positional writes (pwrite), where a length change would move the
  // rest of a file.
  std::size_t transform(std::string_view data, std::span<const Match> matches, char* out, std::size_t cap,
                        bool same_length = false) const noexcept;

  // Bytes that replace one match (mask, redact or pseudonym). Returns the
  // length, or 0 if `cap` is too small; with out == nullptr only the length.
  std::size_t replacement(std::string_view data, const Match& m, char* out, std::size_t cap) const noexcept;

  // Keyed BLAKE2b of a value, as 32 hex characters plus NUL.
  void fingerprint(std::string_view value, char (&hex)[33]) const noexcept;

  // The action a rule gets at a sink, after overrides and mode.
  Action action_for(std::uint32_t rule, const Sink& sink) const noexcept;

  // A key from the kernel's random source.
  static Key random_key() noexcept;
  // A key derived from a passphrase (PRIVGUARD_KEY).
  static Key key_from_string(std::string_view) noexcept;

 private:
  Engine() = default;
  friend struct EngineAccess;
  // Candidates from the cells of tables whose header names a rule's label.
  void add_table_candidates(std::string_view data, const TableScan& tables, Scratch& s,
                            ScanResult& result) const noexcept;
  Policy policy_;
  Key key_{};
  std::vector<hs_database*> rule_dbs_;  // per rule, with start-of-match; run in windows only
  // Per rule: null, or the rule's value pattern anchored at its start
  // ("^(?:pattern)suffix", no start-of-match) when rule_dbs_ holds its
  // context alone (a split rule: engine.cpp, "Split rules").
  std::vector<hs_database*> value_dbs_;
  // Per rule: null, or its optional context ending where the scanned data
  // ends ("(?:label)\\z", start-of-match), looked for before a match that
  // the main expression, which leaves that context out, starts without it.
  std::vector<hs_database*> lookback_dbs_;
  // Per rule: null, or rule_dbs_[rule]'s expressions without start-of-match,
  // run first over a window: the rule's own database runs only where this
  // one matches.
  std::vector<hs_database*> presence_dbs_;
  // Every buffer's first pass: the rules' prefilters (mostly literals)
  // without start-of-match, an order of magnitude faster than the rules'
  // own databases (rule_dbs_), which only run in windows around what this
  // pass (and the SIMD shape pass) flags.
  hs_database* trigger_db_ = nullptr;
  hs_database* post_db_ = nullptr;  // rule contexts and allowlist patterns, scanned on candidates only
  DatabaseSource source_ = DatabaseSource::Compiled;
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace privguard::core
