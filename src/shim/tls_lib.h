// The real TLS library functions behind our SSL_write/SSL_write_ex/
// gnutls_record_send, found where the *caller's* TLS library lives.
//
// dlsym(RTLD_NEXT) only sees libraries in the global scope. Python loads
// libssl privately (`_ssl.so` is dlopen'ed RTLD_LOCAL and pulls libssl in
// as its dependency), so RTLD_NEXT finds nothing there, and a process may
// even hold two TLS libraries (the system's and one bundled by a wheel).
// The caller's own object knows which one it links: we look up the object
// that holds the return address (dladdr) and search its dependencies
// (dlopen RTLD_NOLOAD of that object, then dlsym on the handle), which
// never includes our preloaded library. The main program and objects we
// cannot open fall back to RTLD_NEXT. Results are cached per call site,
// without locks; a function that cannot be found is never null but an
// ENOSYS stub.
#pragma once

#include <sys/types.h>

#include <cstddef>

namespace privguard::shim::tls {

struct OpenSsl {
  int (*write)(void*, const void*, int);
  int (*write_ex)(void*, const void*, std::size_t, std::size_t*);
  int (*get_fd)(const void*);  // -1 when the SSL has no socket (memory BIOs)
  // Error queue functions (see push_blocked_error); null when absent.
  // OpenSSL 3 raises with ERR_new/ERR_set_debug/ERR_set_error, 1.1 with
  // ERR_put_error; both register reason strings with ERR_load_strings.
  void (*err_new)();
  void (*err_set_debug)(const char*, int, const char*);
  void (*err_set_error)(int, int, const char*, ...);
  void (*err_put_error)(int, int, int, const char*, int);
  int (*err_get_next_error_library)();
  int (*err_load_strings)(int, void*);
};

struct GnuTls {
  ssize_t (*record_send)(void*, const void*, std::size_t);
  int (*transport_get_int)(void*);  // -1 when unavailable
};

// Puts "blocked by privguard policy" on OpenSSL's error queue (as an error
// of a library of our own, registered once), so that the caller's
// SSL_get_error()/ERR_get_error() explain a blocked write instead of
// reading an empty queue as an unexpected EOF.
void push_blocked_error(const OpenSsl& ssl) noexcept;

// `caller` is __builtin_return_address(0) of the exported wrapper.
const OpenSsl& openssl_for(const void* caller) noexcept;
const GnuTls& gnutls_for(const void* caller) noexcept;

}  // namespace privguard::shim::tls
