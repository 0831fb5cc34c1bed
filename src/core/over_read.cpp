#include "over_read.h"

#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace privguard::core {
namespace {

// The smallest page there is: where pages are larger, some tails are
// checked that did not need to be, none is missed.
constexpr std::uintptr_t kPage = 4096;

}  // namespace

bool tail_readable(std::string_view data) noexcept {
  const auto end = reinterpret_cast<std::uintptr_t>(data.data()) + data.size();
  const std::uintptr_t next_page = (end + kPage - 1) & ~(kPage - 1);
  if (next_page - end >= kOverRead) return true;
  // The kernel reads the byte for us, and says EFAULT where we would fault.
  const int saved = errno;
  char byte;
  iovec local{&byte, 1};
  iovec remote{reinterpret_cast<void*>(next_page), 1};
  const bool readable = process_vm_readv(getpid(), &local, 1, &remote, 1, 0) == 1;
  errno = saved;
  return readable;
}

OverReadCopy::OverReadCopy(std::string_view data, char* bounce, std::size_t bounce_cap) noexcept
    : size_(data.size()) {
  if (data.size() + kOverRead <= bounce_cap) {
    copy_ = bounce;
  } else {
    const int saved = errno;
    void* p = mmap(nullptr, data.size() + kOverRead, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    errno = saved;
    if (p == MAP_FAILED) return;
    copy_ = static_cast<char*>(p);
    mapped_ = data.size() + kOverRead;
  }
  std::memcpy(copy_, data.data(), data.size());
}

OverReadCopy::~OverReadCopy() {
  if (mapped_ == 0) return;
  const int saved = errno;
  munmap(copy_, mapped_);
  errno = saved;
}

}  // namespace privguard::core
