// The hot path allocates nothing: scan, transform and finding formatting
// run inside other processes' write() calls, where malloc may be the very
// lock a signal handler interrupted. This binary replaces malloc and
// friends to count calls made while a scan is running.
// (Built without sanitizers only: they bring their own malloc.)
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>

#include "privguard/engine.h"
#include "privguard/finding.h"

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);
}

namespace {
thread_local bool g_counting = false;
std::atomic<long> g_allocations{0};
void count() {
  if (g_counting) g_allocations.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

extern "C" {
void* malloc(std::size_t n) {
  count();
  return __libc_malloc(n);
}
void* calloc(std::size_t a, std::size_t b) {
  count();
  return __libc_calloc(a, b);
}
void* realloc(void* p, std::size_t n) {
  count();
  return __libc_realloc(p, n);
}
void* aligned_alloc(std::size_t a, std::size_t n) {
  count();
  return __libc_memalign(a, n);
}
int posix_memalign(void** out, std::size_t a, std::size_t n) {
  count();
  *out = __libc_memalign(a, n);
  return *out ? 0 : ENOMEM;
}
void free(void* p) { __libc_free(p); }
}

using namespace privguard::core;

TEST(ScanNoAlloc, ScanTransformAndFormatAllocateNothing) {
  auto policy = load_policy_text(R"(
extends = "default"
[[overrides]]
id = "email"
action = "pseudonym"
[[overrides]]
id = "phone"
action = "redact"
[[sinks]]
name = "log files report only"
path = "/var/log/**"
action = "report"
)",
                                 "no-alloc.toml");
  auto engine = Engine::build(std::move(policy), EngineOptions{});
  auto scratch = engine->make_scratch();
  const std::string inputs[] = {
      "GET /health 200 3ms",
      "user=maria.gonzalez@outlook.com card=4539 1488 0343 6467 phone=+44 20 7947 0958",
      "db=postgres://app:Wq8vLp2zT@db.internal/app Authorization: Bearer 9f8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
      "password=Tr0ub4dor&3 aws_secret_access_key=Zk3v9Qm2Xp8Lr5Tn1Wc7Yb4Hd6Fg0Js2Ka9Ue3Ri8",
      "test data jane@example.com 4111 1111 1111 1111 (202) 555-0143",
      // Escapes at the edges and inside values; binary content around them.
      R"({"to": "f\u0151o@bar.com", "log": "x\nfoo@bar.com", "q": "%3Cjane%2Bx@mail.com%3E", "password": "p\u00e4ss\"w"})",
      std::string("\x01\x02\x00user maria.gonzalez@outlook.com\xff\xfe card=4539 1488 0343 6467", 61),
      std::string("PK\x03\x04\x14\x00 password=Tr0ub4dor&3 maria.gonzalez@outlook.com", 54),
  };
  char out[4096];
  char line[kFindingLineMax];
  long findings = 0;
  for (int round = 0; round < 3; ++round) {
    for (const auto& in : inputs) {
      for (Sink sink : {Sink{SinkKind::Pipe, {}, {}}, Sink{SinkKind::File, "/var/log/app.log", {}},
                        Sink{SinkKind::Socket, {}, "127.0.0.1:5432"}}) {
        g_counting = true;
        auto r = engine->scan(in, sink, *scratch);
        std::size_t n = engine->transform(in, r.matches, out, sizeof out);
        for (std::size_t i = 0; i < r.matches.size(); ++i)
          findings += format_finding(*engine, 0, RuntimeOrigin{1, "/bin/x", "write", 1, sink}, in, r.matches, i, line,
                                     sizeof line) > 0;
        g_counting = false;
        EXPECT_EQ(n, r.output_size);
      }
    }
  }
  EXPECT_GT(findings, 30);
  EXPECT_EQ(g_allocations.load(), 0);
}

TEST(ScanNoAlloc, CounterSeesAllocations) {
  long before = g_allocations.load();
  g_counting = true;
  void* volatile p = std::malloc(64);
  auto* q = new std::string(100, 'x');
  g_counting = false;
  std::free(p);
  delete q;
  EXPECT_GE(g_allocations.load() - before, 2);
}
