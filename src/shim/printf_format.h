// The printf family's formatting, shared by the stdio and syslog wrappers:
// the plain form, or the _FORTIFY_SOURCE form (__vsnprintf_chk) that keeps
// its checks (%n in writable formats) when the caller came through a
// __*_chk entry point.
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdio>

extern "C" int __vsnprintf_chk(char*, size_t, int, size_t, const char*, va_list);

namespace privguard::shim {

inline constexpr int kNoCheck = -1;  // check_flag of the plain entry points

inline int format_into(char* buf, std::size_t cap, int check_flag, const char* fmt, va_list ap) noexcept {
  return check_flag == kNoCheck ? std::vsnprintf(buf, cap, fmt, ap) : __vsnprintf_chk(buf, cap, check_flag, cap, fmt, ap);
}

}  // namespace privguard::shim
