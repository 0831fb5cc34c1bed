#include "slot_pool.h"

namespace privguard::cli {

SlotPool::SlotPool(unsigned threads, std::size_t slots, Work work)
    : work_(std::move(work)), done_(slots, false) {
  threads_.reserve(threads);
  try {
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this, i] { run(i); });
  } catch (...) {
    stop();  // a joinable thread left behind would terminate the process
    throw;
  }
}

SlotPool::~SlotPool() { stop(); }

void SlotPool::stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    queue_.clear();
  }
  queued_.notify_all();
  for (auto& t : threads_) t.join();
}

void SlotPool::start(std::size_t slot) {
  if (threads_.empty()) {
    work_(0, slot);
    done_[slot] = true;
    return;
  }
  {
    std::lock_guard lock(mu_);
    done_[slot] = false;
    queue_.push_back(slot);
  }
  queued_.notify_one();
}

bool SlotPool::done(std::size_t slot) {
  std::lock_guard lock(mu_);
  return done_[slot];
}

void SlotPool::wait(std::size_t slot) {
  std::unique_lock lock(mu_);
  finished_.wait(lock, [&] { return done_[slot]; });
}

void SlotPool::run(unsigned worker) {
  std::unique_lock lock(mu_);
  for (;;) {
    queued_.wait(lock, [&] { return stop_ || !queue_.empty(); });
    if (stop_) return;
    std::size_t slot = queue_.front();
    queue_.pop_front();
    lock.unlock();
    work_(worker, slot);
    lock.lock();
    done_[slot] = true;
    // All waiters share one condition: the caller waits for one slot at a
    // time, so a broadcast wakes at most that one thread.
    finished_.notify_all();
  }
}

}  // namespace privguard::cli
