// TLS plaintext, before encryption: OpenSSL's SSL_write/SSL_write_ex and
// GnuTLS's gnutls_record_send. Without these every HTTPS call would be
// invisible (the socket only sees ciphertext). The real call runs inside
// our Entry, so the ciphertext writes it makes pass unscanned.
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

PRIVGUARD_EXPORT int SSL_write(void* ssl, const void* buf, int num) {
  const tls::OpenSsl& api = tls::openssl_for(PRIVGUARD_CALLER);
  Entry e;
  if (!e) return e.fail_closed() ? (errno = g_runtime.block_errno, -1) : api.write(ssl, buf, num);
  if (num <= 0 || !buf) return api.write(ssl, buf, num);
  Outgoing o("SSL_write", api.get_fd(ssl), buf, static_cast<size_t>(num));
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return api.write(ssl, buf, num);
    case Outgoing::Kind::Block:
      tls::push_blocked_error(api);
      return static_cast<int>(o.fail());
    case Outgoing::Kind::Send: {
      // SSL_write sends all or nothing unless partial writes were enabled;
      // with a length change the caller is told its whole buffer went.
      int r = api.write(ssl, o.data(), static_cast<int>(o.size()));
      if (r <= 0 || o.same_length()) return r;
      return r == static_cast<int>(o.size()) ? num : -1;
    }
  }
  return -1;
}

PRIVGUARD_EXPORT int SSL_write_ex(void* ssl, const void* buf, size_t num, size_t* written) {
  const tls::OpenSsl& api = tls::openssl_for(PRIVGUARD_CALLER);
  Entry e;
  if (!e) {
    if (!e.fail_closed()) return api.write_ex(ssl, buf, num, written);
    if (written) *written = 0;
    return errno = g_runtime.block_errno, 0;
  }
  if (num == 0 || !buf) return api.write_ex(ssl, buf, num, written);
  Outgoing o("SSL_write_ex", api.get_fd(ssl), buf, num);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return api.write_ex(ssl, buf, num, written);
    case Outgoing::Kind::Block:
      tls::push_blocked_error(api);
      o.fail();
      if (written) *written = 0;
      return 0;
    case Outgoing::Kind::Send: {
      size_t w = 0;
      int r = api.write_ex(ssl, o.data(), o.size(), &w);
      if (written) *written = (r == 1 && !o.same_length() && w == o.size()) ? num : w;
      return r;
    }
  }
  return 0;
}

PRIVGUARD_EXPORT ssize_t gnutls_record_send(void* session, const void* data, size_t size) {
  const tls::GnuTls& api = tls::gnutls_for(PRIVGUARD_CALLER);
  Entry e;
  if (!e) return e.fail_closed() ? (errno = g_runtime.block_errno, -1) : api.record_send(session, data, size);
  if (size == 0 || !data) return api.record_send(session, data, size);
  Outgoing o("gnutls_record_send", api.transport_get_int(session), data, size);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return api.record_send(session, data, size);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: {
      ssize_t r = api.record_send(session, o.data(), o.size());
      if (r < 0 || o.same_length()) return r;
      return r == static_cast<ssize_t>(o.size()) ? static_cast<ssize_t>(size) : r;
    }
  }
  return -1;
}
