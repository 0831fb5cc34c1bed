// glibc's error-reporting helpers: perror, err/errx/verr/verrx,
// warn/warnx/vwarn/vwarnx, error/error_at_line, psignal, herror. glibc
// writes their messages with internal stdio calls no wrapper sees, so each
// is composed here byte for byte as glibc does (program name, message,
// ": strerror", newline) and sent through the scanned stdio path.
#include <err.h>
#include <errno.h>
#include <error.h>
#include <netdb.h>
#include <signal.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "export.h"
#include "inspect.h"
#include "real.h"
#include "runtime.h"

extern "C" {
extern char* program_invocation_name;
extern char* program_invocation_short_name;
extern void (*error_print_progname)(void);
extern unsigned int error_message_count;
extern int error_one_per_line;
}

using namespace privguard::shim;

namespace {

// One message, built in a fixed buffer (long ones are cut, as a terminal
// line would be anyway) and written to stderr in one go.
class Message {
 public:
  void add(const char* fmt, ...) __attribute__((format(printf, 2, 3))) {
    va_list ap;
    va_start(ap, fmt);
    addv(fmt, ap);
    va_end(ap);
  }
  void addv(const char* fmt, va_list ap) {
    if (n_ >= sizeof buf_) return;
    int k = std::vsnprintf(buf_ + n_, sizeof buf_ - n_, fmt, ap);
    if (k > 0) n_ = std::min(sizeof buf_ - 1, n_ + static_cast<size_t>(k));
  }
  void emit(const char* call) { stdio_emit(call, stderr, buf_, n_); }

 private:
  char buf_[4096];
  size_t n_ = 0;
};

const char* error_text(int e) {
  static thread_local char buf[256];
  return strerror_r(e, buf, sizeof buf);  // GNU strerror_r: returns the text
}

// The shared body of warn/vwarn/err/verr (with_errno) and warnx/... (without).
void warn_like(const char* call, bool with_errno, const char* fmt, va_list ap) {
  int saved = errno;
  Message m;
  m.add("%s: ", program_invocation_short_name);
  if (fmt) {
    m.addv(fmt, ap);
    if (with_errno) m.add(": %s\n", error_text(saved));
    else m.add("\n");
  } else {
    m.add(with_errno ? "%s\n" : "\n", error_text(saved));
  }
  m.emit(call);
  errno = saved;
}

}  // namespace

PRIVGUARD_EXPORT void perror(const char* s) {
  int saved = errno;
  Message m;
  if (s && *s) m.add("%s: %s\n", s, error_text(saved));
  else m.add("%s\n", error_text(saved));
  m.emit("perror");
  errno = saved;
}

PRIVGUARD_EXPORT void vwarn(const char* fmt, va_list ap) { warn_like("vwarn", true, fmt, ap); }
PRIVGUARD_EXPORT void vwarnx(const char* fmt, va_list ap) { warn_like("vwarnx", false, fmt, ap); }
PRIVGUARD_EXPORT void warn(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  warn_like("warn", true, fmt, ap);
  va_end(ap);
}
PRIVGUARD_EXPORT void warnx(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  warn_like("warnx", false, fmt, ap);
  va_end(ap);
}
PRIVGUARD_EXPORT void verr(int status, const char* fmt, va_list ap) {
  warn_like("verr", true, fmt, ap);
  std::exit(status);
}
PRIVGUARD_EXPORT void verrx(int status, const char* fmt, va_list ap) {
  warn_like("verrx", false, fmt, ap);
  std::exit(status);
}
PRIVGUARD_EXPORT void err(int status, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  warn_like("err", true, fmt, ap);
  va_end(ap);
  std::exit(status);
}
PRIVGUARD_EXPORT void errx(int status, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  warn_like("errx", false, fmt, ap);
  va_end(ap);
  std::exit(status);
}

namespace {

// glibc error(3): stdout flushed first; program name (or the hook);
// message; ": strerror(errnum)"; newline; exit if status.
void error_common(const char* call, int status, int errnum, bool at_line, const char* file, unsigned line,
                  const char* fmt, va_list ap) {
  std::fflush(stdout);
  Message m;
  // error():          "prog: message"
  // error_at_line(): "prog:file:line: message"  (glibc's error.c)
  if (error_print_progname) error_print_progname();  // writes through the stdio wrappers
  else m.add(at_line ? "%s:" : "%s: ", program_invocation_name);
  if (at_line) m.add(file ? "%s:%u: " : " ", file, line);
  m.addv(fmt, ap);
  ++error_message_count;
  if (errnum) m.add(": %s", error_text(errnum));
  m.add("\n");
  m.emit(call);
  if (status) std::exit(status);
}

}  // namespace

PRIVGUARD_EXPORT void error(int status, int errnum, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_common("error", status, errnum, false, nullptr, 0, fmt, ap);
  va_end(ap);
}

PRIVGUARD_EXPORT void error_at_line(int status, int errnum, const char* file, unsigned int line, const char* fmt, ...) {
  if (error_one_per_line) {
    // Same file and line as the previous call: glibc prints nothing.
    static thread_local const char* old_file;
    static thread_local unsigned old_line;
    if (old_line == line && (file == old_file || (file && old_file && std::strcmp(file, old_file) == 0))) return;
    old_file = file;
    old_line = line;
  }
  va_list ap;
  va_start(ap, fmt);
  error_common("error_at_line", status, errnum, true, file, line, fmt, ap);
  va_end(ap);
}

PRIVGUARD_EXPORT void psignal(int sig, const char* s) {
  Message m;
  const char* desc = strsignal(sig);
  if (s && *s) m.add("%s: %s\n", s, desc);
  else m.add("%s\n", desc);
  m.emit("psignal");
}

PRIVGUARD_EXPORT void herror(const char* s) {
  Message m;
  if (s && *s) m.add("%s: %s\n", s, hstrerror(h_errno));
  else m.add("%s\n", hstrerror(h_errno));
  m.emit("herror");
}
