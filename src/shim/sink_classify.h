// Where an fd leads: file (with its path), pipe, socket (with its peer),
// tty or other. Asked of the kernel only when a write has a finding, so
// clean writes cost no syscall and nothing is cached that close/dup2 could
// make stale.
#pragma once

#include "inspect.h"
#include "runtime.h"

namespace privguard::shim {

// Fills st.sink (its strings in st.path / st.peer) for where `call` goes:
// syslog's socket, its fd's file, pipe, socket (the peer, or the call's own
// address), tty or other; an fd < 0 is Other.
void classify_sink(const Call& call, ThreadState& st) noexcept;

}  // namespace privguard::shim
