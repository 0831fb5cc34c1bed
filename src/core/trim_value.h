// The value a validator looks at: without surrounding blanks, and without
// the quotes a pattern may capture around a config value.
#pragma once

#include <string_view>

namespace privguard::core {

inline std::string_view trim_value(std::string_view v) noexcept {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v.remove_prefix(1);
    v.remove_suffix(1);
  }
  return v;
}

}  // namespace privguard::core
