// The compiler for libprivguard.so, which links only Hyperscan's runtime:
// libhs.so.5 is loaded the first time a policy has to be compiled, with
// RTLD_LOCAL so that none of its symbols join the host's namespace.
#include <dlfcn.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "hs_compiler.h"

#ifndef PRIVGUARD_HS_SONAME
#define PRIVGUARD_HS_SONAME "libhs.so.5"
#endif

namespace privguard::core {
namespace {

// "5.4.0 2021-01-26" -> "5.4.0": databases carry the version number only,
// so two builds of one release are interchangeable.
std::string_view release(const char* version) {
  std::string_view v(version);
  return v.substr(0, v.find(' '));
}

[[noreturn]] void fail(const std::string& why) {
  throw std::runtime_error("cannot compile the policy: Hyperscan's compiler " PRIVGUARD_HS_SONAME " " + why);
}

template <class F>
void bind(void* lib, const char* name, F& out) {
  void* sym = dlsym(lib, name);
  if (!sym) {
    dlclose(lib);
    fail(std::string("has no ") + name);
  }
  out = reinterpret_cast<F>(sym);
}

HsCompiler load() {
  void* lib = dlopen(PRIVGUARD_HS_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* why = dlerror();
    fail(std::string("cannot be loaded (") + (why ? why : "unknown error") +
         "); install Debian's libhyperscan5 (or libvectorscan5)");
  }
  HsCompiler c{};
  bind(lib, "hs_compile_multi", c.compile_multi);
  bind(lib, "hs_free_compile_error", c.free_compile_error);
  bind(lib, "hs_free_database", c.free_database);
  bind(lib, "hs_serialize_database", c.serialize_database);
  bind(lib, "hs_populate_platform", c.populate_platform);
  bind(lib, "hs_expression_info", c.expression_info);
  bind(lib, "hs_version", c.version);
  // The runtime we are linked with refuses another release's databases;
  // say so here rather than fail every deserialization later.
  if (release(c.version()) != release(hs_version())) {
    std::string theirs(release(c.version())), ours(release(hs_version()));
    dlclose(lib);
    fail("is Hyperscan " + theirs + ", but libprivguard.so was built with " + ours);
  }
  return c;  // the library stays loaded for good: the table points into it
}

}  // namespace

const HsCompiler& hs_compiler() {
  // A failed load throws out of the initializer, so the next call retries.
  static const HsCompiler loaded = load();
  return loaded;
}

}  // namespace privguard::core
