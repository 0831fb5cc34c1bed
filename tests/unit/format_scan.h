// The default policy's engine through scan + transform, as the shim and
// `privguard scan --mask` use it, for the format tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"

namespace privguard::test {

using core::Action;

struct Found {
  std::string rule;
  std::string value;  // the bytes the finding covers
  Action action;
};

class Scanner {
 public:
  explicit Scanner(core::Policy p, std::size_t capacity = 4096) {
    engine_ = core::Engine::build(std::move(p));
    scratch_ = engine_->make_scratch(capacity);
  }
  const core::Engine& engine() const { return *engine_; }

  std::vector<Found> found(std::string_view data) {
    auto r = engine_->scan(data, core::Sink{}, *scratch_);
    EXPECT_FALSE(r.incomplete);
    std::vector<Found> out;
    for (const auto& m : r.matches)
      out.push_back({engine_->policy().rules[m.rule].id, std::string(data.substr(m.start, m.end - m.start)), m.action});
    return out;
  }
  // scan + transform, as the shim does it.
  std::string apply(std::string_view data, std::size_t* findings = nullptr) {
    auto r = engine_->scan(data, core::Sink{}, *scratch_);
    EXPECT_FALSE(r.incomplete);
    if (findings) *findings += r.matches.size();
    std::string out(r.output_size, '\0');
    EXPECT_EQ(engine_->transform(data, r.matches, out.data(), out.size()), r.output_size);
    return out;
  }

 private:
  std::unique_ptr<core::Engine> engine_;
  std::unique_ptr<core::Scratch> scratch_;
};

inline Scanner& def() {
  static Scanner s(core::load_default_policy(), 1 << 16);
  return s;
}

inline std::string found_text(const std::vector<Found>& f) {
  std::string s;
  for (const auto& x : f) s += x.rule + "='" + x.value + "' " + std::string(core::to_string(x.action)) + "; ";
  return s;
}

// The one finding in `data`: its rule and value.
inline void expect_one(std::string_view data, std::string_view rule, std::string_view value, Action action = Action::Mask) {
  auto f = def().found(data);
  ASSERT_EQ(f.size(), 1u) << data << ": " << found_text(f);
  EXPECT_EQ(f[0].rule, rule) << data;
  EXPECT_EQ(f[0].value, value) << data;
  EXPECT_EQ(f[0].action, action) << data;
}

}  // namespace privguard::test
