// Socket output: send, sendto, sendmsg, sendmmsg. The exported libc names
// (end of net.cpp) forward here; syscall.cpp calls these directly.
#pragma once

#include <sys/socket.h>
#include <sys/types.h>

namespace privguard::shim::net {

ssize_t send(int fd, const void* buf, size_t n, int flags) noexcept;
ssize_t sendto(int fd, const void* buf, size_t n, int flags, const struct sockaddr* to, socklen_t tolen) noexcept;
ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) noexcept;
int sendmmsg(int fd, struct mmsghdr* msgs, unsigned int count, int flags) noexcept;

}  // namespace privguard::shim::net
