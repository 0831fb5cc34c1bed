// Image blob: "PGHSIMG1", the cache key, the slot count, per slot the
// offset and size of its image (offset 0: no database), then the serialized
// form of one slot's database, which the runtime deserializes as a probe
// (it checks Hyperscan's version and this CPU against what all slots were
// compiled for), then the images, each at a page-aligned offset.
// Integers are little-endian u64.
#include "database_image.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace privguard::core {
namespace {

constexpr char kMagic[8] = {'P', 'G', 'H', 'S', 'I', 'M', 'G', '1'};
constexpr std::size_t kPage = 4096;

// Every database of a Databases, in blob order (serialize_databases' order).
constexpr std::size_t kSlots = 3;
std::array<hs_database_t**, kSlots> slots(Databases& d) { return {&d.main, &d.prefilter, &d.post}; }

void put_u64(std::string& s, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) s.push_back(static_cast<char>(v >> (8 * i)));
}

bool get_u64(std::string_view& s, std::uint64_t& v) {
  if (s.size() < 8) return false;
  v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  s.remove_prefix(8);
  return true;
}

std::string serialized(const hs_database_t* db) {
  char* bytes = nullptr;
  std::size_t len = 0;
  if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) throw std::runtime_error("hs_serialize_database failed");
  std::string s(bytes, len);
  std::free(bytes);
  return s;
}

// The in-memory form of a database as it is at a page-aligned address.
std::string image_of(const hs_database_t* db) {
  const std::string bytes = serialized(db);
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
  // The probe: the smallest database, serialized.
  std::size_t probe = list.size();
  std::size_t probe_size = SIZE_MAX;
  std::vector<std::string> images;
  for (std::size_t i = 0; i < list.size(); ++i) {
    images.push_back(*list[i] ? image_of(*list[i]) : std::string());
    if (*list[i] && images.back().size() < probe_size) {
      probe = i;
      probe_size = images.back().size();
    }
  }
  if (probe == list.size()) throw std::runtime_error("no database to embed");
  const std::string probe_bytes = serialized(*list[probe]);

  std::string head(kMagic, sizeof kMagic);
  put_u64(head, cache_key.size());
  head += cache_key;
  put_u64(head, list.size());
  const std::size_t table_at = head.size();
  head.append(16 * list.size(), '\0');
  put_u64(head, probe);
  put_u64(head, probe_bytes.size());
  head += probe_bytes;

  std::string out = head;
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
  std::uint64_t klen, count, probe, probe_len;
  if (s.size() < sizeof kMagic || std::memcmp(s.data(), kMagic, sizeof kMagic) != 0) return false;
  s.remove_prefix(sizeof kMagic);
  if (!get_u64(s, klen) || klen > s.size() || s.substr(0, klen) != cache_key) return false;
  s.remove_prefix(klen);
  Databases dbs;
  auto list = slots(dbs);
  if (!get_u64(s, count) || count != list.size()) return false;
  std::array<std::uint64_t, kSlots> offset{}, size{};
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!get_u64(s, offset[i]) || !get_u64(s, size[i]) || offset[i] > blob.size() || size[i] > blob.size() - offset[i])
      return false;
  if (!get_u64(s, probe) || probe >= list.size() || !get_u64(s, probe_len) || probe_len > s.size()) return false;

  // Deserializing the probe checks that this runtime accepts what every
  // database was compiled for: same Hyperscan release, a platform this
  // CPU has (they were compiled together, for one platform).
  hs_database_t* probe_db = nullptr;
  if (hs_deserialize_database(s.data(), probe_len, &probe_db) != HS_SUCCESS) return false;
  *list[probe] = probe_db;
  keep_images_from_free();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i == probe || offset[i] == 0) continue;
    auto* image = reinterpret_cast<hs_database_t*>(const_cast<char*>(blob.data() + offset[i]));
    std::size_t real = 0;
    if (offset[i] % kPage != 0 || hs_database_size(image, &real) != HS_SUCCESS || real != size[i]) {
      hs_free_database(probe_db);
      return false;
    }
    *list[i] = image;
  }
  if (!dbs.main) {
    hs_free_database(probe_db);
    return false;
  }
  dbs.source = DatabaseSource::Embedded;
  out = dbs;
  return true;
}

}  // namespace privguard::core
