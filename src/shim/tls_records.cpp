#include "tls_records.h"

#include <sys/stat.h>
#include <sys/syscall.h>

#include <atomic>
#include <cstdint>

#include "raw_syscall.h"

namespace privguard::shim {
namespace {

// fd -> inode number + 1 of the socket that carried TLS (0: none). Only
// low fds are remembered; higher ones rely on the record check alone.
constexpr int kFds = 4096;
std::atomic<std::uint64_t> g_tls_inode[kFds];

constexpr std::size_t kHeader = 5;
constexpr std::size_t kMaxRecord = 16384 + 2048;  // TLSCiphertext.length limit (RFC 5246 6.2.3)

bool record_header(const unsigned char* p) noexcept {
  const unsigned type = p[0];
  const std::size_t length = (static_cast<std::size_t>(p[3]) << 8) | p[4];
  return type >= 20 && type <= 23 && p[1] == 3 && p[2] <= 4 && length > 0 && length <= kMaxRecord;
}

bool whole_buffer_is_records(const unsigned char* p, std::size_t len) noexcept {
  if (len < kHeader || !record_header(p)) return false;
  std::size_t off = 0;
  while (off + kHeader <= len) {
    if (!record_header(p + off)) return false;
    off += kHeader + ((static_cast<std::size_t>(p[off + 3]) << 8) | p[off + 4]);
  }
  return true;  // ends on a record boundary, in a record's body, or in a header's first bytes
}

std::uint64_t socket_inode(int fd) noexcept {
  struct stat sb {};
  if (raw_syscall(SYS_fstat, fd, reinterpret_cast<long>(&sb)) != 0 || !S_ISSOCK(sb.st_mode)) return 0;
  return static_cast<std::uint64_t>(sb.st_ino) + 1;
}

}  // namespace

bool is_tls_ciphertext(int fd, const void* buf, std::size_t len) noexcept {
  const auto* p = static_cast<const unsigned char*>(buf);
  const bool in_table = fd >= 0 && fd < kFds;
  if (whole_buffer_is_records(p, len)) {
    if (in_table && g_tls_inode[fd].load(std::memory_order_relaxed) == 0) {
      const int saved_errno = errno;
      if (std::uint64_t ino = socket_inode(fd)) g_tls_inode[fd].store(ino, std::memory_order_relaxed);
      errno = saved_errno;
    }
    return true;
  }
  if (!in_table) return false;
  const std::uint64_t remembered = g_tls_inode[fd].load(std::memory_order_relaxed);
  if (remembered == 0) return false;
  const int saved_errno = errno;
  const std::uint64_t now = socket_inode(fd);
  errno = saved_errno;
  if (now == remembered) return true;
  g_tls_inode[fd].store(0, std::memory_order_relaxed);  // the fd number now names something else
  return false;
}

}  // namespace privguard::shim
