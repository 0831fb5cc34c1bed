// Bytes Hyperscan may read past the end of what it scans.
//
// Hyperscan 5.4.0's AVX-512 VBMI Teddy (fdr_exec_teddy_msks*, the literal
// matcher of most databases, chosen at run time by CPU, whatever platform
// the database was compiled for) loads whole vectors from an unaligned
// pointer near the end of the buffer: up to 63 bytes past it. Inside a
// mapping that is harmless; when the buffer ends just before an unmapped
// or PROT_NONE page (a mmap'd file, a guard page, the end of a malloc
// arena) it is SIGSEGV, in somebody else's process. fuzz_scan found it
// (tests/fuzz/seeds/scan/crash-hyperscan-avx512vbmi-teddy-overread);
// the fault is the one of VectorCamp/vectorscan#322, fixed there, not in
// the Hyperscan Debian 12 ships.
//
// Engine::scan therefore scans a copy when the bytes after the buffer may
// be unreadable. The bytes before the buffer are never read (aligned loads
// only there; tests/unit/test_scan_page_edge.cpp places both edges next to
// an inaccessible page).
#pragma once

#include <cstddef>
#include <string_view>

namespace privguard::core {

constexpr std::size_t kOverRead = 64;

// Whether the kOverRead bytes after `data` can be read without a fault:
// at once when they lie in the page of its last byte (all but 1 in 64
// buffers), else by asking the kernel (process_vm_readv of the next page's
// first byte: one system call, errno kept). A page unmapped by another
// thread between this answer and the scan is not guarded against.
bool tail_readable(std::string_view data) noexcept;

// A copy of `data` with kOverRead readable bytes after it: in `bounce`
// when it fits (bounce_cap bytes, the scratch's, kOverRead included), else
// in anonymous memory unmapped by the destructor. empty() when that memory
// could not be had.
class OverReadCopy {
 public:
  OverReadCopy(std::string_view data, char* bounce, std::size_t bounce_cap) noexcept;
  ~OverReadCopy();
  OverReadCopy(const OverReadCopy&) = delete;
  OverReadCopy& operator=(const OverReadCopy&) = delete;
  bool empty() const noexcept { return copy_ == nullptr; }
  std::string_view view() const noexcept { return {copy_, size_}; }

 private:
  char* copy_ = nullptr;
  std::size_t size_ = 0;
  std::size_t mapped_ = 0;  // bytes to unmap; 0: the bounce buffer
};

}  // namespace privguard::core
