// Where an fd leads: file (with its path), pipe, socket (with its peer),
// tty or other. Asked of the kernel only when a write has a finding, so
// clean writes cost no syscall and nothing is cached that close/dup2 could
// make stale.
#pragma once

#include "runtime.h"

namespace privguard::shim {

// Pseudo-fd for syslog(3): the local syslog socket.
inline constexpr int kSyslogFd = -100;

// Fills st.sink (its strings in st.path / st.peer). Other fds < 0: Other.
void classify_fd(int fd, ThreadState& st) noexcept;

}  // namespace privguard::shim
