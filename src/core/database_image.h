// The default policy's databases as libprivguard.so embeds them: Hyperscan's
// in-memory form, used where it lies in the library's read-only data.
//
// hs_deserialize_database zeroes, copies and checksums 2.3 MB, the largest
// part of every start under the shim once the TOML was gone, and every
// process then held its own private copy. A deserialized database is
// position independent as long as it keeps its alignment (its bytecode is
// addressed by offsets; Hyperscan's hs_alloc_scratch re-checks magic,
// version, platform and checksum because "some users mmap in old
// deserialised databases", scratch.c): privguard-dbgen deserializes each
// database at a page-aligned address and the build embeds those pages,
// page-aligned. Pages are shared between processes and only touched ones
// are read.
//
// Only the shim embeds images. To keep hs_free_database off them,
// map_database_images sets Hyperscan's database allocator to malloc/free
// that skip the embedded range: harmless in the shim, whose Hyperscan
// runtime is its own hidden copy, but it would override the allocator of a
// program that links Hyperscan itself, so programs embed the serialized
// form (database.cpp) instead.
#pragma once

#include <string>
#include <string_view>

#include "engine_internal.h"

namespace privguard::core {

// Build time: an image blob of these databases (EngineAccess::images
// makes one of an engine's).
std::string database_images(Databases, const std::string& cache_key);

// Run time: the databases of the embedded image blob (`blob` must be
// embedded_database(), or a prefix of it) with this cache key, the images
// used in place. False when it is not an image blob, is for another key,
// or its databases do not fit this Hyperscan runtime and CPU.
bool map_database_images(std::string_view blob, const std::string& cache_key, Databases& out);

}  // namespace privguard::core
