// TLS ciphertext on its way to a socket. A program that does TLS through
// memory BIOs (Python's asyncio, many event loops) encrypts with SSL_write
// (scanned there, as plaintext) and then sends the records itself with
// send()/write(). Those bytes are random-looking ciphertext: scanning them
// can only find false matches, and masking one corrupts the record (the
// peer fails with bad_record_mac). So TLS records pass unscanned.
//
// A buffer is TLS when it starts with a record header (content type 20-23,
// version 3.x, a length TLS allows) and every record after it is well
// formed (the last may be cut short). A send may also start in the middle
// of a record (a partial send's remainder); so a socket that carried TLS is
// remembered by fd and inode number, and what it sends next passes too. The
// inode check makes a reused fd number start over.
#pragma once

#include <cstddef>

namespace privguard::shim {

bool is_tls_ciphertext(int fd, const void* buf, std::size_t len) noexcept;

}  // namespace privguard::shim
