// The real functions behind our wrappers, found with dlsym(RTLD_NEXT).
//
// Resolved lazily on first use, because calls arrive before our
// constructor runs (other libraries' constructors write too). Never null:
// a name no library defines becomes a stub that fails the way the call
// fails (-1, 0 for counts, nothing for void) with ENOSYS, so privguard
// never crashes its host on a missing symbol. (The TLS libraries are
// looked up per caller instead: tls_lib.h.)
#pragma once

#include <fcntl.h>
#include <stdio.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <syslog.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <type_traits>

namespace privguard::shim::real {

void* resolve(const char* name) noexcept;

// What a missing function does instead.
template <class R>
R missing_result() noexcept {
  errno = ENOSYS;
  if constexpr (std::is_void_v<R>) return;
  else if constexpr (std::is_unsigned_v<R>) return 0;  // fwrite: 0 items
  else return static_cast<R>(-1);
}
template <class Fn>
struct Missing;
template <class R, class... A>
struct Missing<R (*)(A...)> {
  static R call(A...) noexcept { return missing_result<R>(); }
};
template <class R, class... A>
struct Missing<R (*)(A...) noexcept> {
  static R call(A...) noexcept { return missing_result<R>(); }
};
template <class R, class... A>
struct Missing<R (*)(A..., ...)> {
  static R call(A..., ...) noexcept { return missing_result<R>(); }
};
template <class R, class... A>
struct Missing<R (*)(A..., ...) noexcept> {
  static R call(A..., ...) noexcept { return missing_result<R>(); }
};

template <class Fn>
Fn get(Fn& slot, const char* name) noexcept {
  Fn f = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);
  if (!f) {
    f = reinterpret_cast<Fn>(resolve(name));
    if (!f) f = &Missing<Fn>::call;
    __atomic_store_n(&slot, f, __ATOMIC_RELEASE);
  }
  return f;
}

// PRIVGUARD_REAL(name): real::name() returns the real `name`, typed as
// libc declares it; PRIVGUARD_REAL_AS for names libc's headers do not
// declare in this build (the _FORTIFY_SOURCE entry points, libio's).
#define PRIVGUARD_REAL_AS(name, type)                \
  using name##_fn = type;                             \
  inline name##_fn name##_ptr = nullptr;              \
  inline name##_fn name() noexcept { return get(name##_ptr, #name); }
#define PRIVGUARD_REAL(name) PRIVGUARD_REAL_AS(name, decltype(&::name))

PRIVGUARD_REAL(write)
PRIVGUARD_REAL(writev)
PRIVGUARD_REAL(pwrite)
PRIVGUARD_REAL(pwrite64)
PRIVGUARD_REAL(pwritev)
PRIVGUARD_REAL(pwritev64)
PRIVGUARD_REAL(pwritev2)
PRIVGUARD_REAL(pwritev64v2)
PRIVGUARD_REAL(syscall)
PRIVGUARD_REAL(copy_file_range)
PRIVGUARD_REAL(sendfile)
PRIVGUARD_REAL(sendfile64)
PRIVGUARD_REAL(splice)
PRIVGUARD_REAL(vmsplice)
PRIVGUARD_REAL(send)
PRIVGUARD_REAL(sendto)
PRIVGUARD_REAL(sendmsg)
PRIVGUARD_REAL(sendmmsg)
PRIVGUARD_REAL(fwrite)
PRIVGUARD_REAL(fwrite_unlocked)
PRIVGUARD_REAL(fputs)
PRIVGUARD_REAL(fputs_unlocked)
PRIVGUARD_REAL(puts)
PRIVGUARD_REAL(fputc)
PRIVGUARD_REAL(putc)
PRIVGUARD_REAL_AS(_IO_putc, int (*)(int, FILE*))
PRIVGUARD_REAL(fputc_unlocked)
PRIVGUARD_REAL(putc_unlocked)
PRIVGUARD_REAL(fflush)
PRIVGUARD_REAL_AS(__overflow, int (*)(FILE*, int))
PRIVGUARD_REAL(fflush_unlocked)
PRIVGUARD_REAL(fclose)
PRIVGUARD_REAL(vfprintf)
PRIVGUARD_REAL_AS(__vfprintf_chk, int (*)(FILE*, int, const char*, va_list))
PRIVGUARD_REAL_AS(__vdprintf_chk, int (*)(int, int, const char*, va_list))
PRIVGUARD_REAL(vdprintf)
PRIVGUARD_REAL(vsyslog)
PRIVGUARD_REAL_AS(__vsyslog_chk, void (*)(int, int, const char*, va_list))
PRIVGUARD_REAL(syslog)

#undef PRIVGUARD_REAL
#undef PRIVGUARD_REAL_AS

}  // namespace privguard::shim::real
