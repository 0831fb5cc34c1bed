// Kernel-side copies: copy_file_range, sendfile, splice, vmsplice. The
// exported libc names (end of copy.cpp) forward here; syscall.cpp calls
// these directly.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

namespace privguard::shim::copy {

ssize_t copy_file_range(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len,
                        unsigned int flags) noexcept;
ssize_t sendfile(int out_fd, int in_fd, off_t* offset, size_t count) noexcept;
ssize_t sendfile64(int out_fd, int in_fd, off64_t* offset, size_t count) noexcept;
ssize_t splice(int in_fd, off64_t* in_off, int out_fd, off64_t* out_off, size_t len, unsigned int flags) noexcept;
ssize_t vmsplice(int fd, const struct iovec* iov, size_t count, unsigned int flags) noexcept;

}  // namespace privguard::shim::copy
