// Worker threads for `privguard scan`. Work is named by slot number, and
// waited for by slot number: the workers finish in any order, the caller
// collects in the order it read, so output never depends on scheduling.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace privguard::cli {

class SlotPool {
 public:
  // work(worker, slot): `worker` in [0, max(threads, 1)) names the thread's
  // own resources (its Scratch). It must not throw.
  using Work = std::function<void(unsigned worker, std::size_t slot)>;

  // threads == 0 runs each slot's work inside start(), on the caller's
  // thread: -j 1 keeps the one-thread behaviour with no hand-off.
  SlotPool(unsigned threads, std::size_t slots, Work work);
  ~SlotPool();  // finishes the work in progress, drops what is still queued
  SlotPool(const SlotPool&) = delete;
  SlotPool& operator=(const SlotPool&) = delete;

  void start(std::size_t slot);
  bool done(std::size_t slot);  // without waiting
  void wait(std::size_t slot);

 private:
  void run(unsigned worker);
  void stop();

  Work work_;
  std::mutex mu_;
  std::condition_variable queued_;
  std::condition_variable finished_;
  std::deque<std::size_t> queue_;
  std::vector<bool> done_;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace privguard::cli
