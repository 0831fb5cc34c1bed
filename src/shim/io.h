// unistd output: write, writev, pwrite*, pwritev*. The exported libc names
// (end of io.cpp) forward here; the shim's own callers (syscall.cpp,
// copy.cpp) call these, never our exports through the PLT.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

namespace privguard::shim::io {

ssize_t write(int fd, const void* buf, size_t n) noexcept;
ssize_t writev(int fd, const struct iovec* iov, int count) noexcept;
ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) noexcept;
ssize_t pwrite64(int fd, const void* buf, size_t n, off64_t off) noexcept;
ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off) noexcept;
ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t off) noexcept;
ssize_t pwritev2(int fd, const struct iovec* iov, int count, off_t off, int flags) noexcept;
ssize_t pwritev64v2(int fd, const struct iovec* iov, int count, off64_t off, int flags) noexcept;

}  // namespace privguard::shim::io
