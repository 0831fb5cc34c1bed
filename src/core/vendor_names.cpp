#include "vendor_names.h"

#include <algorithm>

#include "ascii.h"
#include "key_before.h"
#include "lines.h"

namespace privguard::core {
namespace {

using ascii::to_lower;

constexpr bool name_separator(char c) noexcept { return c == '_' || c == '-' || c == '.'; }

// a and b the same but for case and separators.
bool same_name(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && name_separator(a[i])) ++i;
    while (j < b.size() && name_separator(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (to_lower(a[i]) != to_lower(b[j])) return false;
    ++i;
    ++j;
  }
}

bool holds_word(std::string_view text, const std::vector<std::string>& words) noexcept {
  for (const std::string& w : words) {
    if (w.size() > text.size()) continue;
    for (std::size_t i = 0; i + w.size() <= text.size(); ++i)
      if (to_lower(text[i]) == to_lower(w[0]) && ascii::iequals(text.substr(i, w.size()), w)) return true;
  }
  return false;
}

// How far the places below reach from the value: a line's bytes either
// side, an object's, and the lines looked at above it.
constexpr std::uint64_t kLineReach = 512;
constexpr std::uint64_t kObjectReach = 2048;
constexpr int kParentLines = 64;

std::uint64_t indentation(std::string_view data, std::uint64_t from) noexcept {
  std::uint64_t i = from;
  while (i < data.size() && (data[i] == ' ' || data[i] == '\t')) ++i;
  return i - from;
}

bool on_its_line(std::string_view data, std::uint64_t vs, std::uint64_t ve, const std::vector<std::string>& words) {
  std::uint64_t from = vs, to = ve;
  while (from > 0 && vs - from < kLineReach && data[from - 1] != '\n') --from;
  while (to < data.size() && to - ve < kLineReach && data[to] != '\n') ++to;
  return holds_word(data.substr(from, to - from), words);
}

bool in_its_object(std::string_view data, std::uint64_t vs, std::uint64_t ve, const std::vector<std::string>& words) {
  const std::string_view object = object_around(data, vs, ve);
  return !object.empty() && holds_word(object, words);
}

// Each line above with less indentation than the lines below it, up to one
// with none; for a value's line with none, the INI section header above.
bool under_its_parents(std::string_view data, std::uint64_t vs, const std::vector<std::string>& words) {
  std::uint64_t at = line_start(data, vs);
  std::uint64_t indent = indentation(data, at);
  for (int n = 0; n < kParentLines && at > 0; ++n) {
    const std::uint64_t to = at - 1;  // the '\n' that ends the line above
    at = line_start(data, to);
    const std::uint64_t ind = indentation(data, at);
    if (at + ind >= to || data[at + ind] == '#' || data[at + ind] == ';' || data[at + ind] == '\r') continue;
    if (indent == 0) {
      if (data[at] != '[') continue;
      return holds_word(data.substr(at, to - at), words);
    }
    if (ind >= indent) continue;
    if (holds_word(data.substr(at, to - at), words)) return true;
    indent = ind;
    if (indent == 0) return false;
  }
  return false;
}

}  // namespace

std::string_view object_around(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  std::uint64_t open = vs;
  int depth = 0;
  for (;; --open) {
    if (open == 0 || vs - open >= kObjectReach) return {};
    const char c = data[open - 1];
    if (c == '}') ++depth;
    if (c == '{' && depth-- == 0) break;
  }
  std::uint64_t close = ve;
  depth = 0;
  for (;; ++close) {
    if (close == data.size() || close - ve >= kObjectReach) return {};
    const char c = data[close];
    if (c == '{') ++depth;
    if (c == '}' && depth-- == 0) break;
  }
  return data.substr(open - 1, close + 1 - (open - 1));
}

bool under_vendor_key_name(std::string_view data, std::uint64_t vs, const std::vector<std::string>& names) noexcept {
  const KeyBefore k = key_before(
      data, vs, 8,
      [](char c) { return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ':' || c == '=' || c == '\\'; },
      [](char c) { return ascii::is_alnum(c) || c == '_' || c == '-' || c == '.'; });
  if (k.name.empty() || k.joiner_bytes == 0) return false;
  std::string_view name = k.name;
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return same_name(name, n); });
}

bool vendor_named_around(std::string_view data, std::uint64_t vs, std::uint64_t ve,
                         const std::vector<std::string>& words) noexcept {
  return on_its_line(data, vs, ve, words) || in_its_object(data, vs, ve, words) ||
         under_its_parents(data, vs, words);
}

}  // namespace privguard::core
