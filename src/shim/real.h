// The real functions behind our wrappers, found with dlsym(RTLD_NEXT).
//
// Resolved lazily on first use, because calls arrive before our
// constructor runs (other libraries' constructors write too). A pointer
// that cannot be found stays null and the wrapper falls back to the raw
// syscall where there is one, or fails with ENOSYS: privguard never aborts
// its host.
#pragma once

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>

#include <cstdarg>
#include <cstdio>

namespace privguard::shim::real {

void* resolve(const char* name) noexcept;

template <class Fn>
Fn get(Fn& slot, const char* name) noexcept {
  Fn f = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);
  if (!f) {
    f = reinterpret_cast<Fn>(resolve(name));
    __atomic_store_n(&slot, f, __ATOMIC_RELEASE);
  }
  return f;
}

#define PRIVGUARD_REAL(ret, name, params)             \
  using name##_fn = ret(*) params;                    \
  inline name##_fn name##_ptr = nullptr;              \
  inline name##_fn name() noexcept { return get(name##_ptr, #name); }

PRIVGUARD_REAL(ssize_t, write, (int, const void*, size_t))
PRIVGUARD_REAL(ssize_t, writev, (int, const struct iovec*, int))
PRIVGUARD_REAL(ssize_t, pwrite, (int, const void*, size_t, off_t))
PRIVGUARD_REAL(ssize_t, pwrite64, (int, const void*, size_t, off64_t))
PRIVGUARD_REAL(ssize_t, pwritev, (int, const struct iovec*, int, off_t))
PRIVGUARD_REAL(ssize_t, pwritev64, (int, const struct iovec*, int, off64_t))
PRIVGUARD_REAL(ssize_t, pwritev2, (int, const struct iovec*, int, off_t, int))
PRIVGUARD_REAL(ssize_t, pwritev64v2, (int, const struct iovec*, int, off64_t, int))
PRIVGUARD_REAL(long, syscall, (long, ...))
PRIVGUARD_REAL(ssize_t, copy_file_range, (int, off64_t*, int, off64_t*, size_t, unsigned int))
PRIVGUARD_REAL(ssize_t, sendfile, (int, int, off_t*, size_t))
PRIVGUARD_REAL(ssize_t, sendfile64, (int, int, off64_t*, size_t))
PRIVGUARD_REAL(ssize_t, splice, (int, off64_t*, int, off64_t*, size_t, unsigned int))
PRIVGUARD_REAL(ssize_t, send, (int, const void*, size_t, int))
PRIVGUARD_REAL(ssize_t, sendto, (int, const void*, size_t, int, const struct sockaddr*, socklen_t))
PRIVGUARD_REAL(ssize_t, sendmsg, (int, const struct msghdr*, int))
PRIVGUARD_REAL(int, sendmmsg, (int, struct mmsghdr*, unsigned int, int))
PRIVGUARD_REAL(size_t, fwrite, (const void*, size_t, size_t, FILE*))
PRIVGUARD_REAL(size_t, fwrite_unlocked, (const void*, size_t, size_t, FILE*))
PRIVGUARD_REAL(int, fputs, (const char*, FILE*))
PRIVGUARD_REAL(int, fputs_unlocked, (const char*, FILE*))
PRIVGUARD_REAL(int, puts, (const char*))
PRIVGUARD_REAL(int, fputc, (int, FILE*))
PRIVGUARD_REAL(int, putc, (int, FILE*))
PRIVGUARD_REAL(int, _IO_putc, (int, FILE*))
PRIVGUARD_REAL(int, fputc_unlocked, (int, FILE*))
PRIVGUARD_REAL(int, putc_unlocked, (int, FILE*))
PRIVGUARD_REAL(int, fflush, (FILE*))
PRIVGUARD_REAL(int, __overflow, (FILE*, int))
PRIVGUARD_REAL(int, fflush_unlocked, (FILE*))
PRIVGUARD_REAL(int, fclose, (FILE*))
PRIVGUARD_REAL(int, vfprintf, (FILE*, const char*, va_list))
PRIVGUARD_REAL(int, __vfprintf_chk, (FILE*, int, const char*, va_list))
PRIVGUARD_REAL(int, __vdprintf_chk, (int, int, const char*, va_list))
PRIVGUARD_REAL(int, vdprintf, (int, const char*, va_list))
PRIVGUARD_REAL(void, vsyslog, (int, const char*, va_list))
PRIVGUARD_REAL(void, __vsyslog_chk, (int, int, const char*, va_list))
PRIVGUARD_REAL(void, syslog, (int, const char*, ...))

#undef PRIVGUARD_REAL

}  // namespace privguard::shim::real
