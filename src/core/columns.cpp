#include "columns.h"

namespace privguard::core {
namespace {

bool name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '#' || c == '/' ||
         c == '(' || c == ')';
}

}  // namespace

bool table_header(std::string_view d, TableHeader& h) noexcept {
  std::size_t from = 0;
  if (d.size() >= 3 && d.substr(0, 3) == "\xEF\xBB\xBF") from = 3;
  // The first line, rejected at its first byte that no header holds (a log
  // line's timestamp, a JSON brace): most buffers cost a byte or two.
  if (from >= d.size() || !(name_start(d[from]) || d[from] == '"')) return false;
  std::size_t counts[4] = {0, 0, 0, 0};
  constexpr char kDelimiters[4] = {',', ';', '\t', '|'};
  std::size_t end = from;
  for (; end < d.size() && d[end] != '\n'; ++end) {
    const char c = d[end];
    if (c == ',') ++counts[0];
    else if (c == ';') ++counts[1];
    else if (c == '\t') ++counts[2];
    else if (c == '|') ++counts[3];
    else if (!name_char(c) && c != '"' && c != '\r') return false;
    if (end - from > kMaxColumns * (kMaxName + 3)) return false;
  }
  if (end >= d.size()) return false;  // no row can follow
  std::size_t best = 0;
  for (std::size_t i = 1; i < 4; ++i)
    if (counts[i] > counts[best]) best = i;
  if (counts[best] == 0) return false;
  const char delimiter = kDelimiters[best];
  bool names = true;
  const std::size_t n = table_fields(d, from, end, delimiter, [&](std::size_t, std::size_t s, std::size_t e) {
    if (e <= s || e - s > kMaxName || !name_start(d[s])) names = false;
    for (std::size_t i = s; i < e && names; ++i) names = name_char(d[i]);
  });
  if (!names || n < 2 || n > kMaxColumns) return false;
  h.delimiter = delimiter;
  h.columns = n;
  h.rows_from = end + 1;
  return true;
}

}  // namespace privguard::core
