#include "tls_lib.h"

#include <dlfcn.h>
#include <link.h>

#include <atomic>
#include <cerrno>

#include "runtime.h"

namespace privguard::shim::tls {
namespace {

// Stand-ins for functions no library provides: never a null pointer.
int no_write(void*, const void*, int) { return errno = ENOSYS, -1; }
int no_write_ex(void*, const void*, std::size_t, std::size_t* written) {
  if (written) *written = 0;
  return errno = ENOSYS, 0;
}
int no_get_fd(const void*) { return -1; }
ssize_t no_record_send(void*, const void*, std::size_t) { return errno = ENOSYS, -1; }
int no_transport_get_int(void*) { return -1; }

// The base address of libprivguard.so, so that a lookup that finds our own
// wrapper (and would recurse) is rejected.
const void* own_base() noexcept {
  static const void* base = [] {
    Dl_info info{};
    return dladdr(reinterpret_cast<void*>(&no_write), &info) ? info.dli_fbase : nullptr;
  }();
  return base;
}

// Where to look a name up for a call from `caller`: the handle of the
// caller's own object (its dependencies hold the TLS library it linked),
// or RTLD_NEXT for the main program and whatever cannot be opened. The
// handle is kept open: the cache below holds pointers into its
// dependencies, which must not be unloaded and replaced by another object
// at the same address.
void* scope_of(const void* caller) noexcept {
  Dl_info info{};
  link_map* map = nullptr;
  if (!caller || !dladdr1(caller, &info, reinterpret_cast<void**>(&map), RTLD_DL_LINKMAP) || !map ||
      !map->l_name || map->l_name[0] == '\0' || info.dli_fbase == own_base())
    return RTLD_NEXT;
  void* handle = dlopen(map->l_name, RTLD_NOLOAD | RTLD_LAZY);
  return handle ? handle : RTLD_NEXT;
}

template <class Fn>
Fn find(void* scope, const char* name, Fn fallback) noexcept {
  void* p = dlsym(scope, name);
  if (!p && scope != RTLD_NEXT) p = dlsym(RTLD_NEXT, name);
  Dl_info info{};
  if (!p || (dladdr(p, &info) && info.dli_fbase == own_base())) return fallback;
  return reinterpret_cast<Fn>(p);
}

template <class Fn>
Fn find_optional(void* scope, const char* name) noexcept {
  return find<Fn>(scope, name, nullptr);
}

OpenSsl resolve_openssl(const void* caller) noexcept {
  void* scope = scope_of(caller);
  OpenSsl api{};
  api.write = find(scope, "SSL_write", &no_write);
  api.write_ex = find(scope, "SSL_write_ex", &no_write_ex);
  api.get_fd = find(scope, "SSL_get_fd", &no_get_fd);
  api.err_new = find_optional<decltype(api.err_new)>(scope, "ERR_new");
  api.err_set_debug = find_optional<decltype(api.err_set_debug)>(scope, "ERR_set_debug");
  api.err_set_error = find_optional<decltype(api.err_set_error)>(scope, "ERR_set_error");
  api.err_put_error = find_optional<decltype(api.err_put_error)>(scope, "ERR_put_error");
  api.err_get_next_error_library =
      find_optional<decltype(api.err_get_next_error_library)>(scope, "ERR_get_next_error_library");
  api.err_load_strings = find_optional<decltype(api.err_load_strings)>(scope, "ERR_load_strings");
  return api;
}

GnuTls resolve_gnutls(const void* caller) noexcept {
  void* scope = scope_of(caller);
  GnuTls api{};
  api.record_send = find(scope, "gnutls_record_send", &no_record_send);
  api.transport_get_int = find(scope, "gnutls_transport_get_int", &no_transport_get_int);
  return api;
}

// Call site -> functions. A program has a handful of call sites; each is
// resolved once (dladdr and dlopen take the loader's lock, so not on every
// call). Slots are claimed with a counter and published by storing the
// key last; readers compare keys only. When full, a call site is resolved
// on every call into the thread's own slot: slower, still right.
template <class Api, Api (*Resolve)(const void*)>
class SiteCache {
 public:
  const Api& get(const void* caller) noexcept {
    unsigned n = used_.load(std::memory_order_acquire);
    if (n > kSlots) n = kSlots;
    for (unsigned i = 0; i < n; ++i)
      if (slots_[i].caller.load(std::memory_order_acquire) == caller) return slots_[i].api;
    Sealed sealed;  // the loader may allocate or print; none of it is ours to scan
    Api api = Resolve(caller);
    unsigned i = used_.fetch_add(1, std::memory_order_acq_rel);
    if (i >= kSlots) {
      used_.store(kSlots, std::memory_order_release);
      static thread_local Api overflow;
      overflow = api;
      return overflow;
    }
    slots_[i].api = api;
    slots_[i].caller.store(caller, std::memory_order_release);
    return slots_[i].api;
  }

 private:
  static constexpr unsigned kSlots = 64;
  struct Slot {
    std::atomic<const void*> caller{nullptr};
    Api api{};
  };
  Slot slots_[kSlots];
  std::atomic<unsigned> used_{0};
};

SiteCache<OpenSsl, resolve_openssl> g_openssl;
SiteCache<GnuTls, resolve_gnutls> g_gnutls;

// OpenSSL's ERR_STRING_DATA, and ERR_PACK(lib, 0, reason) of 3.x and 1.1.
struct ErrString {
  unsigned long error;
  const char* text;
};
unsigned long err_pack(bool v3, int lib, int reason) {
  const auto l = static_cast<unsigned long>(lib & 0xff), r = static_cast<unsigned long>(reason);
  return v3 ? (l << 23) | r : (l << 24) | r;
}
constexpr int kReasonBlocked = 1;

// Our error library number, registered on the first block (0: failed).
// Two threads may both register one; either number works.
int error_library(const OpenSsl& ssl, bool v3) noexcept {
  static std::atomic<int> g_lib{-1};
  static ErrString g_strings[3];
  int lib = g_lib.load(std::memory_order_acquire);
  if (lib >= 0) return lib;
  lib = 0;
  if (ssl.err_get_next_error_library && ssl.err_load_strings) {
    lib = ssl.err_get_next_error_library();
    g_strings[0] = {err_pack(v3, lib, 0), "privguard"};
    g_strings[1] = {err_pack(v3, lib, kReasonBlocked), "blocked by privguard policy"};
    g_strings[2] = {0, nullptr};
    if (lib <= 0 || !ssl.err_load_strings(lib, g_strings)) lib = 0;
  }
  g_lib.store(lib, std::memory_order_release);
  return lib;
}

}  // namespace

const OpenSsl& openssl_for(const void* caller) noexcept { return g_openssl.get(caller); }
const GnuTls& gnutls_for(const void* caller) noexcept { return g_gnutls.get(caller); }

void push_blocked_error(const OpenSsl& ssl) noexcept {
  const bool v3 = ssl.err_new && ssl.err_set_debug && ssl.err_set_error;
  if (!v3 && !ssl.err_put_error) return;
  const int lib = error_library(ssl, v3);
  if (lib == 0) return;
  if (v3) {
    ssl.err_new();
    ssl.err_set_debug("privguard", 0, "SSL_write");
    ssl.err_set_error(lib, kReasonBlocked, nullptr);
  } else {
    ssl.err_put_error(lib, 0, kReasonBlocked, "privguard", 0);
  }
}

}  // namespace privguard::shim::tls
