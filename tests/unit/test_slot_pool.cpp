// SlotPool (src/cli/slot_pool): work finishes in any order but is collected
// by slot; no threads means inline work; and when starting a thread fails,
// the constructor throws after joining the threads it had started (a
// joinable std::thread destroyed would end the process).
//
// Thread creation is made to fail by interposing pthread_create in this
// test executable, which is why these tests have a binary of their own.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <future>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "slot_pool.h"

namespace {

std::atomic<int> g_fail_at{0};    // fail the Nth creation from now (0 = never)
std::atomic<int> g_created{0};    // creations since the test armed g_fail_at
std::atomic<int> g_running{0};    // threads started through us, not yet returned

struct Start {
  void* (*fn)(void*);
  void* arg;
};

void* trampoline(void* p) {
  Start s = *static_cast<Start*>(p);
  delete static_cast<Start*>(p);
  void* r = s.fn(s.arg);
  --g_running;
  return r;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int pthread_create(pthread_t* t, const pthread_attr_t* attr,
                                                                     void* (*fn)(void*), void* arg) {
  using Real = int (*)(pthread_t*, const pthread_attr_t*, void* (*)(void*), void*);
  static Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "pthread_create"));
  int n = ++g_created;
  if (g_fail_at != 0 && n == g_fail_at) return EAGAIN;
  ++g_running;
  int rc = real(t, attr, trampoline, new Start{fn, arg});
  if (rc != 0) --g_running;
  return rc;
}

namespace privguard::cli {
namespace {

TEST(SlotPool, NoThreadsRunsWorkInsideStart) {
  std::vector<std::thread::id> ran_on(3);
  SlotPool pool(0, 3, [&](unsigned worker, std::size_t slot) {
    EXPECT_EQ(worker, 0u);
    ran_on[slot] = std::this_thread::get_id();
  });
  for (std::size_t s = 0; s < 3; ++s) {
    pool.start(s);
    EXPECT_TRUE(pool.done(s));  // already: no hand-off
    EXPECT_EQ(ran_on[s], std::this_thread::get_id());
  }
}

TEST(SlotPool, CollectsInSlotOrderWhateverOrderWorkFinishes) {
  constexpr std::size_t kSlots = 12;
  constexpr unsigned kThreads = 3;
  std::vector<int> result(kSlots, -1);
  std::vector<std::size_t> finished;
  std::mutex mu;
  std::atomic<int> runs{0};
  std::promise<void> slot1_done;
  std::shared_future<void> slot1_finished = slot1_done.get_future().share();
  SlotPool pool(kThreads, kSlots, [&](unsigned worker, std::size_t slot) {
    EXPECT_LT(worker, kThreads);
    // Slot 0 waits for slot 1 to finish (not for a time, which a loaded
    // machine may not honour), so work finishes out of slot order.
    if (slot == 0) EXPECT_EQ(slot1_finished.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    result[slot] = static_cast<int>(slot * slot);
    ++runs;
    {
      std::lock_guard lock(mu);
      finished.push_back(slot);
    }
    if (slot == 1) slot1_done.set_value();
  });
  for (std::size_t s = 0; s < kSlots; ++s) pool.start(s);
  std::vector<int> collected;
  for (std::size_t s = 0; s < kSlots; ++s) {
    pool.wait(s);
    EXPECT_TRUE(pool.done(s));
    collected.push_back(result[s]);
  }
  for (std::size_t s = 0; s < kSlots; ++s) EXPECT_EQ(collected[s], static_cast<int>(s * s));
  EXPECT_EQ(runs, static_cast<int>(kSlots));
  std::lock_guard lock(mu);
  EXPECT_NE(finished.front(), 0u) << "slot 0 finished first: the test did not reorder anything";
}

TEST(SlotPool, ASlotCanBeUsedAgain) {
  std::atomic<int> runs{0};
  SlotPool pool(2, 1, [&](unsigned, std::size_t) { ++runs; });
  for (int i = 1; i <= 5; ++i) {
    pool.start(0);
    pool.wait(0);
    EXPECT_EQ(runs, i);
  }
}

TEST(SlotPool, FailingToStartAThreadJoinsTheOnesStarted) {
  g_created = 0;
  g_fail_at = 3;  // two threads start, the third fails
  bool threw = false;
  try {
    SlotPool pool(4, 8, [](unsigned, std::size_t) {});
  } catch (const std::system_error& e) {
    threw = true;
    EXPECT_EQ(e.code().value(), EAGAIN);
  }
  g_fail_at = 0;
  EXPECT_TRUE(threw);
  EXPECT_EQ(g_created, 3);
  EXPECT_EQ(g_running, 0) << "a started thread was left running";
}

}  // namespace
}  // namespace privguard::cli
