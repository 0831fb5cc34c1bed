// Getting compiled Hyperscan databases: compiling costs tens of
// milliseconds, paid by every process start under the shim. So a database is
// taken, in order, from the blob embedded at build time (the default
// policy), from the on-disk cache, or compiled and then cached. A cache entry
// is keyed by everything that shapes the compiled form: the expressions,
// flags and ids, the Hyperscan version and this CPU's features; one that
// does not fit is ignored and replaced. Compiling goes through
// hs_compiler() (the shim loads the compiler only then), and what it made
// is serialized and deserialized again, so the engine only ever holds
// databases of the runtime it is linked with.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__x86_64__)
// glibc's header spells bool as C's _Bool, which g++ accepts in C++ and
// clang++ (the fuzz build) does not.
#if defined(__clang__) && !defined(_Bool)
#define _Bool bool
#include <sys/platform/x86.h>
#undef _Bool
#else
#include <sys/platform/x86.h>
#endif
#endif

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "blob_io.h"
#include "database_image.h"
#include "engine_internal.h"
#include "hs_compiler.h"
#include "windows.h"

namespace privguard::core {
namespace {

constexpr char kMagic[8] = {'P', 'G', 'H', 'S', 'D', 'B', '4', '\n'};

struct HsDeleter {
  void operator()(hs_database_t* d) const { hs_free_database(d); }
};
using DbPtr = std::unique_ptr<hs_database_t, HsDeleter>;

// A database of the compiler's, freed by it.
struct CompiledDeleter {
  const HsCompiler* hs;
  void operator()(hs_database_t* d) const { hs->free_database(d); }
};
using CompiledPtr = std::unique_ptr<hs_database_t, CompiledDeleter>;

const HsCompiler& compiler_for(const Policy& policy) {
  try {
    return hs_compiler();
  } catch (const std::exception& e) {
    throw PolicyError(policy.name, 0, "", e.what());
  }
}

CompiledPtr compile(const HsCompiler& hs, const Policy& policy, const DatabaseInputs& in,
                    hs_platform_info_t* platform) {
  CompiledPtr out(nullptr, CompiledDeleter{&hs});
  if (in.expressions.empty()) return out;
  std::vector<const char*> exprs;
  for (const auto& e : in.expressions) exprs.push_back(e.c_str());
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs.compile_multi(exprs.data(), in.flags.data(), in.ids.data(), static_cast<unsigned>(exprs.size()),
                       HS_MODE_BLOCK, platform, &db, &err) == HS_SUCCESS) {
    out.reset(db);
    return out;
  }
  std::string msg = err ? err->message : "unknown error";
  int index = err ? err->expression : -1;
  hs.free_compile_error(err);
  if (index < 0 || static_cast<std::size_t>(index) >= in.expressions.size())
    throw PolicyError(policy.name, 0, "", "Hyperscan cannot compile the policy: " + msg);
  std::uint32_t r = in.rule_of[static_cast<std::size_t>(index)];
  if (r == UINT32_MAX) throw PolicyError(policy.name, 0, "", "bad " + in.what[index] + " in [allow]: " + msg);
  const Rule& rule = policy.rules[r];
  throw PolicyError(rule.where.file, rule.where.line, rule.id, "bad " + in.what[index] + ": " + msg);
}

DatabaseInputs one(const DatabaseInputs& in, std::size_t i) {
  DatabaseInputs o;
  o.expressions = {in.expressions[i]};
  o.flags = {in.flags[i]};
  o.ids = {in.ids[i]};
  o.what = {in.what[i]};
  o.rule_of = {in.rule_of[i]};
  return o;
}

// One input per expression, each with the id, flags and rule of `like`
// (a rule's one input): the rule compiled as several expressions.
DatabaseInputs as_expressions_of(const DatabaseInputs& like, std::vector<std::string> expressions) {
  DatabaseInputs parts;
  for (std::string& e : expressions) {
    parts.expressions.push_back(std::move(e));
    parts.flags.push_back(like.flags[0]);
    parts.ids.push_back(like.ids[0]);
    parts.what.push_back(like.what[0]);
    parts.rule_of.push_back(like.rule_of[0]);
  }
  return parts;
}

// Compiled expressions are known to parse: info cannot fail but for memory.
std::vector<std::uint32_t> max_widths(const HsCompiler& hs, const DatabaseInputs& in) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < in.expressions.size(); ++i) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    std::uint32_t w = UINT32_MAX;
    if (hs.expression_info(in.expressions[i].c_str(), in.flags[i], &info, &err) == HS_SUCCESS) {
      w = info->max_width;  // UINT_MAX when unbounded
      std::free(info);
    } else {
      hs.free_compile_error(err);
    }
    out.push_back(w);
  }
  return out;
}

}  // namespace

std::vector<std::string> top_level_alternatives(const std::string& re) {
  std::vector<std::string> out;
  std::size_t from = 0;
  int depth = 0;
  any_outside_class_at(re, [&](std::size_t i, char c, bool escaped) {
    if (escaped) return false;
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      out.push_back(re.substr(from, i - from));
      from = i + 1;
    }
    return false;
  });
  out.push_back(re.substr(from));
  return out;
}

std::vector<std::string> alternative_chunks(const std::string& re, std::size_t max_size) {
  std::vector<std::string> out;
  for (std::string& alt : top_level_alternatives(re)) {
    if (!out.empty() && out.back().size() + 1 + alt.size() <= max_size) {
      out.back() += '|';
      out.back() += alt;
    } else {
      out.push_back(std::move(alt));
    }
  }
  return out;
}

std::string serialized_database(const hs_database_t* db, Serializer serialize) {
  char* bytes = nullptr;
  std::size_t len = 0;
  if (serialize(db, &bytes, &len) != HS_SUCCESS) throw std::runtime_error("hs_serialize_database failed");
  std::string s(bytes, len);
  std::free(bytes);
  return s;
}

namespace {

void put_db(std::string& s, const hs_database_t* db, Serializer serialize) {
  const std::string bytes = db ? serialized_database(db, serialize) : std::string();
  put_u64(s, bytes.size());
  s += bytes;
}

bool get_db(std::string_view& s, DbPtr& out) {
  std::uint64_t len;
  if (!get_u64(s, len) || len > s.size()) return false;
  if (len == 0) return true;
  hs_database_t* db = nullptr;
  // Fails with HS_DB_PLATFORM_ERROR / HS_DB_VERSION_ERROR when the blob was
  // made for another CPU or Hyperscan: the caller compiles instead.
  if (hs_deserialize_database(s.data(), len, &db) != HS_SUCCESS) return false;
  out.reset(db);
  s.remove_prefix(len);
  return true;
}

std::string cache_dir(const EngineOptions& o) {
  if (!o.cache_dir.empty()) return o.cache_dir;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x == '/') return std::string(x) + "/privguard";
  if (const char* h = std::getenv("HOME"); h && *h == '/') return std::string(h) + "/.cache/privguard";
  return {};
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Best effort: a read-only home or a full disk only costs the next process
// a compile. Written to a temporary name and renamed, so concurrent
// processes never read half a file.
void write_cache(const std::string& dir, const std::string& key, const std::string& blob) {
  if (dir.empty()) return;
  std::string parent = dir.substr(0, dir.rfind('/'));
  ::mkdir(parent.c_str(), 0700);
  ::mkdir(dir.c_str(), 0700);
  std::string final_path = dir + "/" + key + ".hsdb";
  std::string tmp = final_path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return;
  std::size_t off = 0;
  bool ok = true;
  while (off < blob.size()) {
    ssize_t n = ::write(fd, blob.data() + off, blob.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      break;
    }
    off += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), final_path.c_str()) != 0) ::unlink(tmp.c_str());
}

// The CPU features that decide which of Hyperscan's code paths a
// database may use, as the cache key's platform part. Detected here and
// not with hs_populate_platform, which only the compiler has: the shim
// computes keys without loading it. The key only has to tell CPUs apart;
// hs_deserialize_database itself refuses a database that needs features
// this CPU lacks (HS_DB_PLATFORM_ERROR), and the caller then compiles.
// glibc's view (CPU_FEATURE_ACTIVE: the CPU has it and the kernel enabled
// its registers) costs no CPUID, which traps to the hypervisor in a VM.
std::string cpu_features() {
  std::string s;
#if defined(__x86_64__)
  if (CPU_FEATURE_ACTIVE(AVX2)) s += " avx2";
  if (CPU_FEATURE_ACTIVE(AVX512F)) s += " avx512f";
  if (CPU_FEATURE_ACTIVE(AVX512BW)) s += " avx512bw";
  if (CPU_FEATURE_ACTIVE(AVX512VL)) s += " avx512vl";
  if (CPU_FEATURE_ACTIVE(AVX512_VBMI)) s += " avx512vbmi";
#endif
  return s;
}

}  // namespace

std::string database_cache_key(const DatabaseInputs& main, const DatabaseInputs& trigger, const DatabaseInputs& post,
                               const DatabaseInputs& lookback) {
  std::string material = "privguard-db-v8\n";
  material += hs_version();
  material += '\n';
  material += cpu_features();
  for (const DatabaseInputs* in : {&main, &trigger, &post, &lookback}) {
    material += "\n--\n";
    for (std::size_t i = 0; i < in->expressions.size(); ++i) {
      put_u64(material, in->expressions[i].size());
      material += in->expressions[i];
      put_u64(material, in->flags[i]);
      put_u64(material, in->ids[i]);
    }
  }
  unsigned char h[20];
  keyed_hash(Key{}, "cache-key", material, h, sizeof h);
  std::string hex(2 * sizeof h, '\0');
  hex_encode(h, sizeof h, hex.data());
  return hex;
}

std::string serialize_databases(const Databases& dbs, const std::string& cache_key, Serializer serialize) {
  std::string s(kMagic, sizeof kMagic);
  put_u64(s, cache_key.size());
  s += cache_key;
  put_u64(s, dbs.rules.size());
  for (const hs_database_t* db : dbs.rules) put_db(s, db, serialize);
  put_db(s, dbs.trigger, serialize);
  put_db(s, dbs.post, serialize);
  put_widths(s, dbs.max_width);
  return s;
}

bool deserialize_databases(std::string_view blob, const std::string& cache_key, Databases& out) {
  if (blob.size() < sizeof kMagic || std::memcmp(blob.data(), kMagic, sizeof kMagic) != 0) return false;
  blob.remove_prefix(sizeof kMagic);
  std::uint64_t klen;
  if (!get_u64(blob, klen) || klen > blob.size() || blob.substr(0, klen) != cache_key) return false;
  blob.remove_prefix(klen);
  std::uint64_t rule_count;
  if (!get_u64(blob, rule_count) || rule_count > blob.size() / 8) return false;
  std::vector<DbPtr> rules(rule_count);
  for (auto& r : rules)  // null: a rule that is not split has no value database
    if (!get_db(blob, r)) return false;
  DbPtr trigger, post;
  if (!get_db(blob, trigger) || !get_db(blob, post)) return false;
  std::vector<std::uint32_t> widths;
  if (!get_widths(blob, widths)) return false;
  out.rules.clear();
  for (auto& r : rules) out.rules.push_back(r.release());
  out.trigger = trigger.release();
  out.post = post.release();
  out.max_width = std::move(widths);
  return true;
}

std::string EngineAccess::serialize(const Engine& e) {
  Databases dbs;
  dbs.rules = e.rule_dbs_;
  dbs.rules.insert(dbs.rules.end(), e.value_dbs_.begin(), e.value_dbs_.end());
  dbs.rules.insert(dbs.rules.end(), e.lookback_dbs_.begin(), e.lookback_dbs_.end());
  dbs.rules.insert(dbs.rules.end(), e.presence_dbs_.begin(), e.presence_dbs_.end());
  dbs.trigger = e.trigger_db_;
  dbs.post = e.post_db_;
  for (const auto& rt : e.compiled_->rules) dbs.max_width.push_back(rt.max_width);
  dbs.max_width.push_back(e.compiled_->trigger_width);
  return serialize_databases(dbs, e.compiled_->cache_key);
}

Databases obtain_databases(const Policy& policy, const DatabaseInputs& main, const DatabaseInputs& trigger,
                           const DatabaseInputs& post, const DatabaseInputs& lookback, const std::string& cache_key,
                           const EngineOptions& options) {
  Databases dbs;
  std::string dir;
  if (options.use_cache) {
    if (map_database_images(embedded_database(), cache_key, dbs) ||
        deserialize_databases(embedded_database(), cache_key, dbs)) {
      dbs.source = DatabaseSource::Embedded;
      return dbs;
    }
    dir = cache_dir(options);
    std::string blob;
    if (!dir.empty() && read_file(dir + "/" + cache_key + ".hsdb", blob) &&
        deserialize_databases(blob, cache_key, dbs)) {
      dbs.source = DatabaseSource::DiskCache;
      return dbs;
    }
  }
  const HsCompiler& hs = compiler_for(policy);
  hs_platform_info_t plat{};
  hs.populate_platform(&plat);
  std::vector<CompiledPtr> rules, values;
  // Per rule: the expressions its first database was compiled from, for
  // its presence database below.
  std::vector<DatabaseInputs> used;
  for (std::size_t i = 0; i < main.expressions.size(); ++i) {
    // A split rule (engine_internal.h): its context with start-of-match,
    // its value anchored without; the whole expression when either fails.
    const std::uint32_t r = main.rule_of[i];
    if (r < policy.rules.size() && split_candidate(policy.rules[r])) {
      const Rule& rule = policy.rules[r];
      DatabaseInputs ctx = one(main, i), value = one(main, i);
      ctx.expressions = {"(?:" + rule.context + ")"};
      value.expressions = {split_value_expression(rule)};
      value.flags = {main.flags[i] & ~static_cast<unsigned>(HS_FLAG_SOM_LEFTMOST)};
      try {
        CompiledPtr v = compile(hs, policy, value, &plat);
        CompiledPtr c(nullptr, CompiledDeleter{&hs});
        DatabaseInputs c_inputs = ctx;
        try {
          c = compile(hs, policy, ctx, &plat);
        } catch (const PolicyError&) {
          // Start-of-match tracking bounds the size of one expression, not
          // of a database: a context too large as one is compiled as its
          // top-level alternatives, each its own expression of the rule
          // (the scan takes the leftmost start over all of them, as it
          // would over one).
          // (a few chunks of them first: each expression costs the scan
          // something; one at a time when a chunk is too large still)
          std::vector<std::string> alternatives = top_level_alternatives(rule.context);
          if (alternatives.size() < 2) throw;
          std::vector<std::string> chunks = alternative_chunks(rule.context, kWholeContext / 2);
          for (std::string& alt : alternatives) alt = "(?:" + alt + ")";
          for (std::string& chunk : chunks) chunk = "(?:" + chunk + ")";
          try {
            c_inputs = as_expressions_of(ctx, std::move(chunks));
            c = compile(hs, policy, c_inputs, &plat);
          } catch (const PolicyError&) {
            c_inputs = as_expressions_of(ctx, std::move(alternatives));
            c = compile(hs, policy, c_inputs, &plat);
          }
        }
        rules.push_back(std::move(c));
        values.push_back(std::move(v));
        used.push_back(std::move(c_inputs));
        continue;
      } catch (const PolicyError&) {
        // compiled whole below
      }
    }
    try {
      used.push_back(one(main, i));
      rules.push_back(compile(hs, policy, used.back(), &plat));
    } catch (const PolicyError&) {
      // The same for a whole expression, context + pattern + suffix: one
      // expression per top-level alternative of the pattern.
      const Rule* rule = r < policy.rules.size() ? &policy.rules[r] : nullptr;
      std::vector<std::string> alternatives =
          rule ? top_level_alternatives(rule->pattern) : std::vector<std::string>{};
      if (alternatives.size() < 2) throw;
      for (std::string& alt : alternatives) alt = main_expression(*rule, alt);
      used.back() = as_expressions_of(one(main, i), std::move(alternatives));
      rules.push_back(compile(hs, policy, used.back(), &plat));
    }
    values.push_back(CompiledPtr(nullptr, CompiledDeleter{&hs}));
  }
  // Presence databases: each rule's first database again without
  // start-of-match, which costs Hyperscan an order of magnitude on text
  // ("api_key" contexts: ~1 GB/s without, ~50 MB/s with). The scan asks
  // it first whether the window holds a match at all, and runs the
  // start-of-match database only where one does. Null where it does not
  // compile: the window is then scanned as before.
  std::vector<CompiledPtr> presences;
  for (DatabaseInputs& in : used) {
    for (unsigned& f : in.flags) f &= ~static_cast<unsigned>(HS_FLAG_SOM_LEFTMOST);
    try {
      presences.push_back(compile(hs, policy, in, &plat));
    } catch (const PolicyError&) {
      presences.push_back(CompiledPtr(nullptr, CompiledDeleter{&hs}));
    }
  }
  std::vector<CompiledPtr> lookbacks;
  for (std::size_t i = 0; i < policy.rules.size(); ++i) lookbacks.push_back(CompiledPtr(nullptr, CompiledDeleter{&hs}));
  for (std::size_t i = 0; i < lookback.expressions.size(); ++i)
    lookbacks.at(lookback.rule_of[i]) = compile(hs, policy, one(lookback, i), &plat);
  CompiledPtr t = compile(hs, policy, trigger, &plat);
  CompiledPtr p = compile(hs, policy, post, &plat);
  Databases compiled;
  for (auto& r : rules) compiled.rules.push_back(r.get());
  for (auto& v : values) compiled.rules.push_back(v.get());
  for (auto& l : lookbacks) compiled.rules.push_back(l.get());
  for (auto& q : presences) compiled.rules.push_back(q.get());
  compiled.trigger = t.get();
  compiled.post = p.get();
  compiled.max_width = max_widths(hs, main);
  std::uint32_t trigger_width = 0;
  for (std::uint32_t w : max_widths(hs, trigger)) trigger_width = std::max(trigger_width, w);
  compiled.max_width.push_back(trigger_width);
  const std::string blob = serialize_databases(compiled, cache_key, hs.serialize_database);
  if (!deserialize_databases(blob, cache_key, dbs))
    throw PolicyError(policy.name, 0, "", "Hyperscan cannot load the database it has just compiled");
  dbs.source = DatabaseSource::Compiled;
  if (options.use_cache) {
    try {
      write_cache(dir, cache_key, blob);
    } catch (const std::exception&) {
      // not cached: the next process compiles again
    }
  }
  return dbs;
}

}  // namespace privguard::core
