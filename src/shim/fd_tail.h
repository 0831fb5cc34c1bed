// A value split across two calls on one fd (`write("card 4539 1488")`,
// then `write(" 0343 6467\n")`; a chunked copy cut in the middle of one):
// each call alone holds no whole value. So each fd keeps the unfinished
// end of what its last call sent (after the last newline, at most
// kTailMax bytes), and the next call is scanned with it in front
// (Pending with `sent`): the part of a value in the new call is masked and
// the finding says the value was split, so no complete value reaches the
// sink. (The part already sent cannot be taken back.)
//
// Per fd (below kFds) one slot, claimed by the call for its duration with
// an atomic flag: a call that finds it claimed (another thread writing to
// the same fd, a signal handler) goes without. Lines that end with a
// newline and find no tail cost one relaxed load. A tail remembers the
// file it came from (device and inode, asked when the tail begins),
// checked only when a value crosses from it into a call, so a closed and
// reused fd number starts afresh without a syscall per write.
#pragma once

#include <sys/types.h>

#include <cstddef>

#include "inspect.h"

namespace privguard::shim {

class TailLease {
 public:
  static constexpr std::size_t kTailMax = 256;

  // `bytes`: what this call is about to send.
  TailLease(int fd, const char* bytes, std::size_t n) noexcept;
  ~TailLease();
  TailLease(const TailLease&) = delete;
  TailLease& operator=(const TailLease&) = delete;

  // The fd's tail, as bytes already sent before this call's; nullptr if none.
  Pending* pending() noexcept { return pending_.size ? &pending_ : nullptr; }

  // What the call sent in the end: `count` bytes of `bytes` (< 0: nothing).
  void sent(const char* bytes, ssize_t count) noexcept;

  struct Slot;

 private:
  Slot* slot_ = nullptr;
  int fd_ = -1;
  static bool still_ours(void* lease) noexcept;
  bool identified_ = false;  // the slot's device/inode stand for this fd (set when its tail began)
  Pending pending_;
};

}  // namespace privguard::shim
