// glibc's error-reporting helpers: perror, err/errx/verr/verrx,
// warn/warnx/vwarn/vwarnx, error/error_at_line, psignal, psiginfo, herror.
// glibc writes their messages with internal stdio calls (psiginfo: an
// internal write()) no wrapper sees, so each is composed here byte for
// byte as glibc does (program name, message, ": strerror", newline) and
// sent through the scanned stdio path (psiginfo: the scanned write path).
#include <err.h>
#include <errno.h>
#include <error.h>
#include <netdb.h>
#include <signal.h>

#include <libintl.h>
#include <unistd.h>

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
  // To stderr's fd, as write() would send it (scanned), not through stderr.
  void emit_fd(const char* call, std::size_t max);

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

namespace {

void Message::emit_fd(const char* call, std::size_t max) {
  const std::size_t n = std::min(n_, max);
  Entry e;
  if (!e) {
    if (!e.fail_closed()) write_fully(STDERR_FILENO, buf_, n);
    return;
  }
  Verdict v = inspect(Call{call, STDERR_FILENO}, buf_, n);
  switch (v.kind()) {
    case Verdict::Kind::Pass: write_fully(STDERR_FILENO, buf_, n); break;
    case Verdict::Kind::Block: break;
    case Verdict::Kind::Replace: write_fully(STDERR_FILENO, v.data(), v.size()); break;
  }
}

// glibc's texts for the si_codes from 1 up of the signals that have their
// own (stdio-common/psiginfo-data.h, typo included).
const char* const kIll[] = {"Illegal opcode",    "Illegal operand",     "Illegal addressing mode", "Illegal trap",
                            "Privileged opcode", "Privileged register", "Coprocessor error",       "Internal stack error"};
const char* const kFpe[] = {"Integer divide by zero",        "Integer overflow",
                            "Floating-point divide by zero", "Floating-point overflow",
                            "Floating-point underflow",      "Floating-poing inexact result",
                            "Invalid floating-point operation", "Subscript out of range"};
const char* const kSegv[] = {"Address not mapped to object", "Invalid permissions for mapped object"};
const char* const kBus[] = {"Invalid address alignment", "Nonexisting physical address",
                            "Object-specific hardware error"};
const char* const kTrap[] = {"Process breakpoint", "Process trace trap"};
const char* const kChld[] = {"Child has exited",
                             "Child has terminated abnormally and did not create a core file",
                             "Child has terminated abnormally and created a core file",
                             "Traced child has trapped",
                             "Child has stopped",
                             "Stopped child has continued"};
const char* const kPoll[] = {"Data input available",    "Output buffers available",      "Input message available",
                             "I/O error",               "High priority input available", "Device disconnected"};

template <std::size_t N>
const char* pick(const char* const (&texts)[N], int code) {
  return code >= 1 && static_cast<std::size_t>(code) <= N ? texts[code - 1] : nullptr;
}

const char* si_code_text(int sig, int code) {
  const char* t = nullptr;
  switch (sig) {
    case SIGILL: t = pick(kIll, code); break;
    case SIGFPE: t = pick(kFpe, code); break;
    case SIGSEGV: t = pick(kSegv, code); break;
    case SIGBUS: t = pick(kBus, code); break;
    case SIGTRAP: t = pick(kTrap, code); break;
    case SIGCHLD: t = pick(kChld, code); break;
    case SIGPOLL: t = pick(kPoll, code); break;
  }
  if (t) return t;
  switch (code) {
    case SI_USER: return "Signal sent by kill()";
    case SI_QUEUE: return "Signal sent by sigqueue()";
    case SI_TIMER: return "Signal generated by the expiration of a timer";
    case SI_ASYNCIO: return "Signal generated by the completion of an asynchronous I/O request";
    case SI_MESGQ: return "Signal generated by the arrival of a message on an empty message queue";
    case SI_TKILL: return "Signal sent by tkill()";
    case SI_ASYNCNL: return "Signal generated by the completion of an asynchronous name lookup request";
    case SI_SIGIO: return "Signal generated by the completion of an I/O request";
    case SI_KERNEL: return "Signal sent by the kernel";
  }
  return nullptr;
}

// glibc's _(): the text in the C library's message catalogue.
const char* libc_text(const char* s) { return dgettext("libc", s); }

// "SIGRTMIN+n (" or "SIGRTMAX-n (", whichever end is nearer.
void add_realtime_name(Message& m, int sig) {
  if (sig - SIGRTMIN < SIGRTMAX - sig) {
    if (sig == SIGRTMIN) m.add("SIGRTMIN (");
    else m.add("SIGRTMIN+%d (", sig - SIGRTMIN);
  } else {
    if (sig == SIGRTMAX) m.add("SIGRTMAX (");
    else m.add("SIGRTMAX-%d (", SIGRTMAX - sig);
  }
}

void add_siginfo_fields(Message& m, const siginfo_t* info) {
  const int sig = info->si_signo;
  if (sig == SIGILL || sig == SIGFPE || sig == SIGSEGV || sig == SIGBUS) m.add("[%p])\n", info->si_addr);
  else if (sig == SIGCHLD)
    m.add("%ld %d %ld)\n", static_cast<long>(info->si_pid), info->si_status, static_cast<long>(info->si_uid));
  else if (sig == SIGPOLL) m.add("%ld)\n", static_cast<long>(info->si_band));
  else m.add("%ld %ld)\n", static_cast<long>(info->si_pid), static_cast<long>(info->si_uid));
}

}  // namespace

// glibc's psiginfo: "s: description (code fields)\n", built in a 512-byte
// memory stream (so cut at 511 bytes) and written to fd 2 with one write.
PRIVGUARD_EXPORT void psiginfo(const siginfo_t* info, const char* s) {
  const int saved = errno;
  Message m;
  if (s && *s) m.add("%s: ", s);
  const int sig = info->si_signo;
  const char* desc = sig >= 0 && sig < NSIG ? sigdescr_np(sig) : nullptr;
  if (desc || (sig >= SIGRTMIN && sig < SIGRTMAX)) {
    if (desc) m.add("%s (", libc_text(desc));
    else add_realtime_name(m, sig);
    if (const char* code = si_code_text(sig, info->si_code)) m.add("%s ", libc_text(code));
    else m.add("%d ", info->si_code);
    add_siginfo_fields(m, info);
  } else {
    m.add(libc_text("Unknown signal %d\n"), sig);
  }
  m.emit_fd("psiginfo", 511);
  errno = saved;
}

PRIVGUARD_EXPORT void herror(const char* s) {
  Message m;
  if (s && *s) m.add("%s: %s\n", s, hstrerror(h_errno));
  else m.add("%s\n", hstrerror(h_errno));
  m.emit("herror");
}
