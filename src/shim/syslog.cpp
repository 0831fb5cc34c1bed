// syslog(3): the message is formatted here (glibc's vsnprintf knows %m),
// scanned as going to the syslog socket, and handed on as "%s", so that
// everything syslog does with it — /dev/log, LOG_PERROR's copy on stderr,
// the console fallback — carries the masked text. A blocked message is
// dropped (syslog has no way to report failure).
#include <syslog.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <sys/mman.h>

#include "export.h"
#include "inspect.h"
#include "printf_format.h"
#include "real.h"
#include "runtime.h"

using namespace privguard::shim;

namespace {

void guarded_vsyslog(const char* call, int priority, int check_flag, const char* fmt, va_list ap) {
  Entry e;
  if (!e) {
    if (e.fail_closed()) return;
    if (check_flag == kNoCheck) real::vsyslog()(priority, fmt, ap);
    else real::__vsyslog_chk()(priority, check_flag, fmt, ap);
    return;
  }
  ThreadState* st = thread_state();
  if (!st || !st->fmt) {
    real::vsyslog()(priority, fmt, ap);
    return;
  }
  // syslog messages are short; glibc truncates long ones too.
  int n = format_into(st->fmt, st->fmt_cap, check_flag, fmt, ap);
  if (n < 0) return;
  size_t len = std::min(static_cast<size_t>(n), st->fmt_cap - 1);
  Call to_syslog{call};
  to_syslog.syslog = true;
  Verdict v = inspect(to_syslog, st->fmt, len);
  auto emit = real::syslog();
  switch (v.kind()) {
    case Verdict::Kind::Pass: emit(priority, "%.*s", static_cast<int>(len), st->fmt); break;
    case Verdict::Kind::Block: refuse(); break;
    case Verdict::Kind::Replace: emit(priority, "%.*s", static_cast<int>(v.size()), v.data()); break;
  }
}

}  // namespace

PRIVGUARD_EXPORT void vsyslog(int priority, const char* fmt, va_list ap) {
  guarded_vsyslog("vsyslog", priority, kNoCheck, fmt, ap);
}
PRIVGUARD_EXPORT void __vsyslog_chk(int priority, int flag, const char* fmt, va_list ap) {
  guarded_vsyslog("__vsyslog_chk", priority, flag, fmt, ap);
}
PRIVGUARD_EXPORT void syslog(int priority, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  guarded_vsyslog("syslog", priority, kNoCheck, fmt, ap);
  va_end(ap);
}
PRIVGUARD_EXPORT void __syslog_chk(int priority, int flag, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  guarded_vsyslog("__syslog_chk", priority, flag, fmt, ap);
  va_end(ap);
}
