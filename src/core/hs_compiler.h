// Hyperscan's compiler, reached through a table of functions.
//
// The engine compiles only when neither the embedded blob nor the disk
// cache fits a policy. Programs link the compiler (hs_compiler_linked.cpp,
// libhs.a). libprivguard.so carries only Hyperscan's runtime and loads
// libhs.so.5 on its first compile (hs_compiler_dlopen.cpp): mapping and
// relocating the 10 MB compiler into every process it is preloaded into
// cost start-up time for a library that is almost never called.
//
// A database made by the compiler is never scanned with directly: it is
// serialized, freed with `free_database`, and deserialized by the runtime
// the engine is linked with, so every database the engine holds belongs to
// that runtime (in the shim, a different copy of Hyperscan than the one in
// libhs.so.5).
#pragma once

#include <hs.h>

namespace privguard::core {

struct HsCompiler {
  decltype(&hs_compile_multi) compile_multi;
  decltype(&hs_free_compile_error) free_compile_error;
  decltype(&hs_free_database) free_database;  // for databases compile_multi made
  decltype(&hs_serialize_database) serialize_database;
  decltype(&hs_populate_platform) populate_platform;
  // What serialize_database and expression_info return is released with
  // std::free: Hyperscan's default misc allocator is malloc, and privguard
  // never installs another.
  decltype(&hs_expression_info) expression_info;
  decltype(&hs_version) version;
};

// The compiler; loaded on first use where it is not linked in. Throws
// std::runtime_error saying why when it cannot be had (libhs.so.5 missing,
// or of another Hyperscan version than the runtime).
const HsCompiler& hs_compiler();

}  // namespace privguard::core
