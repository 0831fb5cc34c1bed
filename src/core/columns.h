// Tables whose header names the columns. A CSV or TSV export labels its
// values once, in its first line ("customer_id,first_name,phone,SSN"), and
// never again in the rows under it, so a rule that needs a label before a
// value ("SSN: 827614345") sees none there. The engine reads each cell of
// a column whose name a rule's context accepts as if it were written
// "name: cell" (engine.cpp); this file only reads the table's shape:
//
//   - the header is the buffer's first line (after a UTF-8 BOM): two or
//     more fields, split by the one of ',' ';' '\t' '|' it holds most of,
//     each a name (a letter or '_' first, then letters, digits, ' ', '_',
//     '.', '-', '#', '/', '(' or ')'; up to kMaxName bytes; quoted or not);
//   - a row is any later line with as many fields; a field in double
//     quotes may hold the delimiter ("a,b") and doubled quotes, not a line
//     break (a row that spans lines miscounts its fields and is skipped).
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxColumns = 128;

struct TableHeader {
  char delimiter = 0;
  std::size_t columns = 0;
  std::size_t rows_from = 0;  // one past the header line's end
};

// Whether data's first line is a header (above).
bool table_header(std::string_view data, TableHeader& h) noexcept;

// The fields of the line data[from, to), with their surrounding spaces and
// quotes removed: at(index, start, end) for each, in order (absolute
// offsets; a field in quotes gives what is between them). Returns the
// number of fields; stops calling `at` past kMaxColumns.
template <class At>
std::size_t table_fields(std::string_view data, std::size_t from, std::size_t to, char delimiter, At at) {
  std::size_t n = 0, p = from;
  for (;;) {
    std::size_t s = p;
    while (s < to && data[s] == ' ') ++s;
    std::size_t start = s, end = s, next = s;
    if (s < to && data[s] == '"') {
      std::size_t q = s + 1;
      for (;;) {
        while (q < to && data[q] != '"') ++q;
        if (q + 1 < to && data[q + 1] == '"') {
          q += 2;
          continue;
        }
        break;
      }
      start = s + 1;
      end = q < to ? q : to;
      next = q < to ? q + 1 : to;
      while (next < to && data[next] != delimiter) ++next;
    } else {
      next = s;
      while (next < to && data[next] != delimiter) ++next;
      end = next;
      while (end > start && (data[end - 1] == ' ' || data[end - 1] == '\r')) --end;
    }
    if (n < kMaxColumns) at(n, start, end);
    ++n;
    if (next >= to) return n;
    p = next + 1;
  }
}

}  // namespace privguard::core
