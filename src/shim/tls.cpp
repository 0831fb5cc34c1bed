// TLS plaintext, before encryption: OpenSSL's SSL_write/SSL_write_ex and
// GnuTLS's gnutls_record_send. Without these every HTTPS call would be
// invisible (the socket only sees ciphertext). The real call runs sealed,
// so the ciphertext writes it makes pass unscanned.
//
// The real functions are looked up where the caller's TLS library lives
// (tls_lib.h): a library loaded privately, as Python's _ssl loads libssl,
// is invisible to RTLD_NEXT. The return address must be taken here, in the
// exported function itself.
#include <cerrno>
#include <cstddef>

#include "export.h"
#include "inspect.h"
#include "runtime.h"
#include "tls_lib.h"

using namespace privguard::shim;

#define PRIVGUARD_CALLER __builtin_extract_return_addr(__builtin_return_address(0))

namespace {

// Runs a real TLS function sealed: the ciphertext it sends through
// send()/write() passes our wrappers unscanned.
template <class F>
auto sealed(F f) noexcept {
  Sealed s;
  return f();
}

Call plaintext(const char* name, int fd) noexcept {
  Call c{name, fd};
  c.tls_plaintext = true;
  return c;
}

}  // namespace

PRIVGUARD_EXPORT int SSL_write(void* ssl, const void* buf, int num) {
  const tls::OpenSsl& api = tls::openssl_for(PRIVGUARD_CALLER);
  Entry e;
  auto real = [&] { return sealed([&] { return api.write(ssl, buf, num); }); };
  if (!e) return unscanned(e, -1, real);
  if (num <= 0 || !buf) return real();
  Verdict v = inspect(plaintext("SSL_write", api.get_fd(ssl)), buf, static_cast<size_t>(num));
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real();
    case Verdict::Kind::Block:
      tls::push_blocked_error(api);
      return static_cast<int>(refuse());
    case Verdict::Kind::Replace: {
      // SSL_write sends all or nothing unless partial writes were enabled;
      // with a length change the caller is told its whole buffer went.
      int r = sealed([&] { return api.write(ssl, v.data(), static_cast<int>(v.size())); });
      if (r <= 0 || v.same_length()) return r;
      return r == static_cast<int>(v.size()) ? num : -1;
    }
  }
  return -1;
}

PRIVGUARD_EXPORT int SSL_write_ex(void* ssl, const void* buf, size_t num, size_t* written) {
  const tls::OpenSsl& api = tls::openssl_for(PRIVGUARD_CALLER);
  Entry e;
  auto real = [&] { return sealed([&] { return api.write_ex(ssl, buf, num, written); }); };
  if (!e) {
    if (written && e.fail_closed()) *written = 0;
    return unscanned(e, 0, real);
  }
  if (num == 0 || !buf) return real();
  Verdict v = inspect(plaintext("SSL_write_ex", api.get_fd(ssl)), buf, num);
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real();
    case Verdict::Kind::Block:
      tls::push_blocked_error(api);
      refuse();
      if (written) *written = 0;
      return 0;
    case Verdict::Kind::Replace: {
      size_t w = 0;
      int r = sealed([&] { return api.write_ex(ssl, v.data(), v.size(), &w); });
      if (written) *written = (r == 1 && !v.same_length() && w == v.size()) ? num : w;
      return r;
    }
  }
  return 0;
}

PRIVGUARD_EXPORT ssize_t gnutls_record_send(void* session, const void* data, size_t size) {
  const tls::GnuTls& api = tls::gnutls_for(PRIVGUARD_CALLER);
  Entry e;
  auto real = [&] { return sealed([&] { return api.record_send(session, data, size); }); };
  if (!e) return unscanned(e, ssize_t{-1}, real);
  if (size == 0 || !data) return real();
  Verdict v = inspect(plaintext("gnutls_record_send", api.transport_get_int(session)), data, size);
  switch (v.kind()) {
    case Verdict::Kind::Pass: return real();
    case Verdict::Kind::Block: return refuse();
    case Verdict::Kind::Replace: {
      ssize_t r = sealed([&] { return api.record_send(session, v.data(), v.size()); });
      if (r < 0 || v.same_length()) return r;
      return r == static_cast<ssize_t>(v.size()) ? static_cast<ssize_t>(size) : r;
    }
  }
  return -1;
}
