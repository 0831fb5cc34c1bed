#include "list_items.h"

#include <algorithm>

#include "lines.h"

namespace privguard::core {
namespace {

bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
bool quote(char c) noexcept { return c == '"' || c == '\''; }

// The value of the item whose line starts at `line` (indentation `indent`):
// "- ", an optional quote, a run of bytes with no blank or quote, the
// matching quote, blanks to the line's end.
ItemSpan item_at(std::string_view data, std::uint64_t line, std::uint64_t indent) noexcept {
  std::uint64_t i = line;
  while (i < data.size() && blank(data[i])) ++i;
  if (i - line != indent || i + 2 > data.size() || data[i] != '-' || !blank(data[i + 1])) return {};
  i += 2;
  while (i < data.size() && blank(data[i])) ++i;
  const char q = i < data.size() && quote(data[i]) ? data[i++] : '\0';
  const std::uint64_t vs = i;
  while (i < data.size() && !blank(data[i]) && !quote(data[i]) && data[i] != '\n' && data[i] != '\r') ++i;
  const std::uint64_t ve = i;
  if (q != '\0') {
    if (i >= data.size() || data[i] != q) return {};
    ++i;
  }
  while (i < data.size() && blank(data[i])) ++i;
  if (i < data.size() && data[i] != '\n' && data[i] != '\r') return {};
  return ve > vs ? ItemSpan{vs, ve} : ItemSpan{};
}

}  // namespace

bool list_item_value(std::string_view data, std::uint64_t vs, std::uint64_t ve, std::uint64_t* indent) noexcept {
  const std::uint64_t line = line_start(data, vs);
  std::uint64_t i = line;
  while (i < vs && blank(data[i])) ++i;
  *indent = i - line;
  const ItemSpan item = item_at(data, line, *indent);
  return item.start == vs && item.end == ve;
}

ItemSpan next_list_item(std::string_view data, std::uint64_t from, std::uint64_t indent) noexcept {
  const std::size_t nl = data.find('\n', from);
  if (nl == std::string_view::npos) return {};
  return item_at(data, nl + 1, indent);
}

}  // namespace privguard::core
