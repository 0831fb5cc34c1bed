// Image blob: "PGHSIMG2", the cache key, the slot count, per slot the
// offset and size of its image (offset 0: no database), the per-rule
// maximum widths (count, then each), then a probe: a
// one-literal database compiled for the same platform as the others, in
// serialized form, which the runtime deserializes so that Hyperscan itself
// checks its release and this CPU against what the images were compiled
// for. Then the images, each at a page-aligned offset. Integers are
// little-endian u64.
#include "database_image.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "blob_io.h"
#include "hs_compiler.h"

namespace privguard::core {
namespace {

constexpr char kMagic[8] = {'P', 'G', 'H', 'S', 'I', 'M', 'G', '2'};
constexpr std::size_t kPage = 4096;

// Every database of a Databases, in blob order (serialize_databases' order):
// the rules' databases, the trigger database, the post database.
std::vector<hs_database_t**> slots(Databases& d) {
  std::vector<hs_database_t**> out;
  for (auto& r : d.rules) out.push_back(&r);
  out.push_back(&d.trigger);
  out.push_back(&d.post);
  return out;
}

// The in-memory form of a database as it is at a page-aligned address.
std::string image_of(const hs_database_t* db) {
  const std::string bytes = serialized_database(db);
  std::size_t size = 0;
  if (hs_serialized_database_size(bytes.data(), bytes.size(), &size) != HS_SUCCESS)
    throw std::runtime_error("hs_serialized_database_size failed");
  std::unique_ptr<char, decltype(&std::free)> at(
      static_cast<char*>(std::aligned_alloc(kPage, (size + kPage - 1) / kPage * kPage)), &std::free);
  if (!at) throw std::bad_alloc();
  if (hs_deserialize_database_at(bytes.data(), bytes.size(), reinterpret_cast<hs_database_t*>(at.get())) != HS_SUCCESS)
    throw std::runtime_error("hs_deserialize_database_at failed");
  return std::string(at.get(), size);
}

// hs_free_database must not hand an embedded image to free().
std::uintptr_t g_images_begin = 0;
std::uintptr_t g_images_end = 0;

void* database_alloc(std::size_t n) { return std::malloc(n); }
void database_free(void* p) {
  auto at = reinterpret_cast<std::uintptr_t>(p);
  if (at >= g_images_begin && at < g_images_end) return;
  std::free(p);
}

void keep_images_from_free() {
  static std::once_flag once;
  std::call_once(once, [] {
    const std::string_view embedded = embedded_database();
    g_images_begin = reinterpret_cast<std::uintptr_t>(embedded.data());
    g_images_end = g_images_begin + embedded.size();
    hs_set_database_allocator(database_alloc, database_free);
  });
}

}  // namespace

std::string database_images(Databases dbs, const std::string& cache_key) {
  auto list = slots(dbs);
  std::vector<std::string> images;
  for (hs_database_t** slot : list) images.push_back(*slot ? image_of(*slot) : std::string());
  if (dbs.rules.empty()) throw std::runtime_error("no database to embed");

  // The probe, for the platform obtain_databases compiles for.
  const HsCompiler& hs = hs_compiler();
  hs_platform_info_t plat{};
  hs.populate_platform(&plat);
  const char* expr = "privguard";
  const unsigned flags = 0, id = 0;
  hs_database_t* probe_db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs.compile_multi(&expr, &flags, &id, 1, HS_MODE_BLOCK, &plat, &probe_db, &err) != HS_SUCCESS) {
    hs.free_compile_error(err);
    throw std::runtime_error("cannot compile the probe database");
  }
  struct FreeProbe {
    const HsCompiler& hs;
    hs_database_t* db;
    ~FreeProbe() { hs.free_database(db); }
  } free_probe{hs, probe_db};
  const std::string probe = serialized_database(probe_db, hs.serialize_database);
  // It vouches for the images only if Hyperscan sees the same release,
  // features and mode in all of them.
  auto text_of = [](hs_error_t rc, char* text) {
    std::string s = rc == HS_SUCCESS && text ? text : "?";
    std::free(text);
    return s;
  };
  char* text = nullptr;
  hs_error_t rc = hs_serialized_database_info(probe.data(), probe.size(), &text);
  const std::string probe_info = text_of(rc, text);
  for (hs_database_t** slot : list) {
    if (!*slot) continue;
    text = nullptr;
    rc = hs_database_info(*slot, &text);
    if (text_of(rc, text) != probe_info)
      throw std::runtime_error("the databases were not compiled for this machine's platform (" + probe_info + ")");
  }

  std::string out(kMagic, sizeof kMagic);
  put_u64(out, cache_key.size());
  out += cache_key;
  put_u64(out, list.size());
  const std::size_t table_at = out.size();
  out.append(16 * list.size(), '\0');
  put_widths(out, dbs.max_width);
  put_u64(out, probe.size());
  out += probe;
  std::string table;
  for (const auto& image : images) {
    std::size_t offset = 0;
    if (!image.empty()) {
      out.resize((out.size() + kPage - 1) / kPage * kPage, '\0');
      offset = out.size();
      out += image;
    }
    put_u64(table, offset);
    put_u64(table, image.size());
  }
  out.replace(table_at, table.size(), table);
  return out;
}

std::string EngineAccess::images(const Engine& e) {
  Databases dbs;
  if (!deserialize_databases(serialize(e), e.compiled_->cache_key, dbs))
    throw std::runtime_error("cannot read back the engine's databases");
  struct FreeAfter {
    Databases& d;
    ~FreeAfter() {
      for (auto* slot : slots(d)) hs_free_database(*slot);
    }
  } free_after{dbs};
  return database_images(dbs, e.compiled_->cache_key);
}

bool map_database_images(std::string_view blob, const std::string& cache_key, Databases& out) {
  // Only images that lie in the embedded blob: their memory is never
  // reused, and the allocator below knows that range. Each was made for
  // a page-aligned address (embedded_db.S aligns the blob).
  const std::string_view embedded = embedded_database();
  const auto at = reinterpret_cast<std::uintptr_t>(blob.data());
  const auto from = reinterpret_cast<std::uintptr_t>(embedded.data());
  if (blob.empty() || at != from || blob.size() > embedded.size() || at % kPage != 0) return false;
  std::string_view s = blob;
  std::uint64_t klen, count;
  if (s.size() < sizeof kMagic || std::memcmp(s.data(), kMagic, sizeof kMagic) != 0) return false;
  s.remove_prefix(sizeof kMagic);
  if (!get_u64(s, klen) || klen > s.size() || s.substr(0, klen) != cache_key) return false;
  s.remove_prefix(klen);
  Databases dbs;
  if (!get_u64(s, count) || count < 3 || count > s.size() / 16) return false;
  dbs.rules.resize(count - 2);
  auto list = slots(dbs);
  std::vector<std::uint64_t> offset(count), size(count);
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!get_u64(s, offset[i]) || !get_u64(s, size[i]) || offset[i] > blob.size() || size[i] > blob.size() - offset[i])
      return false;
  if (!get_widths(s, dbs.max_width)) return false;
  std::uint64_t probe_len;
  if (!get_u64(s, probe_len) || probe_len > s.size()) return false;

  // Hyperscan checks its release and this CPU's features against what the
  // probe, and so every image, was compiled for.
  hs_database_t* probe = nullptr;
  if (hs_deserialize_database(s.data(), probe_len, &probe) != HS_SUCCESS) return false;
  hs_free_database(probe);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (offset[i] == 0) continue;
    auto* image = reinterpret_cast<hs_database_t*>(const_cast<char*>(blob.data() + offset[i]));
    std::size_t real = 0;
    if (offset[i] % kPage != 0 || hs_database_size(image, &real) != HS_SUCCESS || real != size[i]) return false;
    *list[i] = image;
  }
  keep_images_from_free();
  dbs.source = DatabaseSource::Embedded;
  out = dbs;
  return true;
}

}  // namespace privguard::core
