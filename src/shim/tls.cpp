// TLS plaintext, before encryption: OpenSSL's SSL_write/SSL_write_ex and
// GnuTLS's gnutls_record_send. Without these every HTTPS call would be
// invisible (the socket only sees ciphertext). The real call runs inside
// our Entry, so the ciphertext writes it makes pass unscanned.
//
// The libraries are found when the host has loaded them (dlsym RTLD_NEXT):
// a program without TLS never calls these.
#include <cerrno>
#include <cstddef>

#include "export.h"
#include "inspect.h"
#include "real.h"

using namespace privguard::shim;

namespace {

int ssl_fd(void* ssl) {
  auto get_fd = real::SSL_get_fd();
  return get_fd ? get_fd(ssl) : -1;
}

}  // namespace

PRIVGUARD_EXPORT int SSL_write(void* ssl, const void* buf, int num) {
  auto real = real::SSL_write();
  if (!real) return errno = ENOSYS, -1;
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(ssl, buf, num);
  if (num <= 0 || !buf) return real(ssl, buf, num);
  Outgoing o("SSL_write", ssl_fd(ssl), buf, static_cast<size_t>(num));
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(ssl, buf, num);
    case Outgoing::Kind::Block: return static_cast<int>(o.fail());
    case Outgoing::Kind::Send: {
      // SSL_write sends all or nothing unless partial writes were enabled;
      // with a length change the caller is told its whole buffer went.
      int r = real(ssl, o.data(), static_cast<int>(o.size()));
      if (r <= 0 || o.same_length()) return r;
      return r == static_cast<int>(o.size()) ? num : -1;
    }
  }
  return -1;
}

PRIVGUARD_EXPORT int SSL_write_ex(void* ssl, const void* buf, size_t num, size_t* written) {
  auto real = real::SSL_write_ex();
  if (!real) return errno = ENOSYS, 0;
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, 0) : real(ssl, buf, num, written);
  if (num == 0 || !buf) return real(ssl, buf, num, written);
  Outgoing o("SSL_write_ex", ssl_fd(ssl), buf, num);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(ssl, buf, num, written);
    case Outgoing::Kind::Block:
      o.fail();
      if (written) *written = 0;
      return 0;
    case Outgoing::Kind::Send: {
      size_t w = 0;
      int r = real(ssl, o.data(), o.size(), &w);
      if (written) *written = (r == 1 && !o.same_length() && w == o.size()) ? num : w;
      return r;
    }
  }
  return 0;
}

PRIVGUARD_EXPORT ssize_t gnutls_record_send(void* session, const void* data, size_t size) {
  auto real = real::gnutls_record_send();
  if (!real) return errno = ENOSYS, -1;
  Entry e;
  if (!e) return e.fail_closed() ? (errno = EACCES, -1) : real(session, data, size);
  if (size == 0 || !data) return real(session, data, size);
  auto get_fd = real::gnutls_transport_get_int();
  Outgoing o("gnutls_record_send", get_fd ? get_fd(session) : -1, data, size);
  switch (o.kind()) {
    case Outgoing::Kind::Pass: return real(session, data, size);
    case Outgoing::Kind::Block: return o.fail();
    case Outgoing::Kind::Send: {
      ssize_t r = real(session, o.data(), o.size());
      if (r < 0 || o.same_length()) return r;
      return r == static_cast<ssize_t>(o.size()) ? static_cast<ssize_t>(size) : r;
    }
  }
  return -1;
}
