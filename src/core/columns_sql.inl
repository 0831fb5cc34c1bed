// The templates of columns.h that read SQL statements: included at its end.
#pragma once

namespace privguard::core {
namespace sql {

inline bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// Unquoted identifiers may hold non-ASCII letters (PostgreSQL, MySQL):
// födelsedatum, syntymäaika.
inline bool ident(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}
inline std::size_t skip_space(std::string_view d, std::size_t p, std::size_t to) {
  while (p < to && space(d[p])) ++p;
  return p;
}
// An identifier at p, bare or quoted with ` or " (or T-SQL's [...]):
// [start, end) of the name, and where it ends (after a closing quote).
// False: none there.
inline bool name_at(std::string_view d, std::size_t p, std::size_t to, std::size_t& start, std::size_t& end,
                    std::size_t& next) {
  if (p >= to) return false;
  if (d[p] == '`' || d[p] == '"' || d[p] == '[') {
    const char q = d[p] == '[' ? ']' : d[p];
    std::size_t e = p + 1;
    while (e < to && d[e] != q && d[e] != '\n') ++e;
    if (e >= to || d[e] != q || e == p + 1) return false;
    start = p + 1, end = e, next = e + 1;
    return true;
  }
  std::size_t e = p;
  while (e < to && ident(d[e])) ++e;
  if (e == p) return false;
  start = p, end = e, next = e;
  return true;
}
// Whether d[p...] starts with the upper-case word w, in any case.
inline bool word_at(std::string_view d, std::size_t p, std::size_t to, std::string_view w) {
  if (p > to || to - p < w.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = d[p + i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (c != w[i]) return false;
  }
  return p + w.size() == to || !ident(d[p + w.size()]);
}
// A quoted string at d[p] == '\'': one past its closing quote ('' and \'
// inside); `to` when it does not close.
inline std::size_t string_end(std::string_view d, std::size_t p, std::size_t to) {
  for (std::size_t r = p + 1; r < to;) {
    if (d[r] == '\\') {
      r += 2;
    } else if (d[r] == '\'') {
      if (r + 1 < to && d[r + 1] == '\'') r += 2;
      else return r + 1;
    } else {
      ++r;
    }
  }
  return to;
}

// A table name, perhaps qualified ("shop"."customers", public.t): its
// span, and where it ends.
inline bool table_name(std::string_view d, std::size_t p, std::size_t& from, std::size_t& to, std::size_t& next) {
  std::size_t s = 0, e = 0, n = 0;
  if (!name_at(d, p, d.size(), s, e, n)) return false;
  from = p;
  while (n < d.size() && d[n] == '.' && name_at(d, n + 1, d.size(), s, e, n)) {
  }
  to = next = n;
  return true;
}
// The ')' that closes the '(' at d[p], outside strings; npos if none.
inline std::size_t closing(std::string_view d, std::size_t p) {
  int depth = 0;
  for (std::size_t q = p; q < d.size(); ++q) {
    const char c = d[q];
    if (c == '\'') q = string_end(d, q, d.size()) - 1;
    else if (c == '(') ++depth;
    else if (c == ')' && --depth == 0) return q;
  }
  return std::string_view::npos;
}

}  // namespace sql

template <class At>
std::size_t sql_names(const SqlTable& t, At at) {
  const std::string_view d = t.data;
  const std::size_t to = t.names_to;
  std::size_t n = 0, p = t.names_from + 1;
  while (p < to) {
    p = sql::skip_space(d, p, to);
    std::size_t s = 0, e = 0, next = 0;
    const bool named = sql::name_at(d, p, to, s, e, next);
    bool column = named;
    if (named && t.create_body && d[p] != '`' && d[p] != '"' && d[p] != '[') {
      static constexpr std::string_view kNotColumns[] = {"PRIMARY", "KEY",     "UNIQUE",  "CONSTRAINT", "INDEX",
                                                         "FOREIGN", "CHECK",   "FULLTEXT", "SPATIAL",   "EXCLUDE",
                                                         "LIKE",    "PERIOD"};
      for (std::string_view w : kNotColumns) column = column && !sql::word_at(d, p, to, w);
    }
    if (column) {
      if (n < kMaxColumns) at(n, s, e);
      ++n;
    }
    // On to the next ',' outside parentheses and strings.
    int depth = 0;
    for (p = named ? next : p; p < to; ++p) {
      const char c = d[p];
      if (c == '\'') p = sql::string_end(d, p, to) - 1;
      else if (c == '(') ++depth;
      else if (c == ')') --depth;
      else if (c == ',' && depth <= 0) break;
    }
    ++p;
  }
  return n;
}

template <class At>
void sql_rows(const SqlTable& t, std::size_t columns, At at) {
  const std::string_view d = t.data;
  const std::size_t to = d.size();
  if (t.kind == TableKeyword::Copy) {
    // Tab-separated lines up to "\." (or the buffer's end).
    for (std::size_t line = t.rows_from, row = 0; line < to; ++row) {
      std::size_t eol = line;
      while (eol < to && d[eol] != '\n') ++eol;
      if (eol - line >= 2 && d[line] == '\\' && d[line + 1] == '.') return;
      std::size_t cells = 1;
      for (std::size_t i = line; i < eol; ++i) cells += d[i] == '\t';
      if (cells == columns)
        for (std::size_t i = line, col = 0; col < cells; ++col) {
          std::size_t e = i;
          while (e < eol && d[e] != '\t') ++e;
          at(row, col, i, e);
          i = e + 1;
        }
      line = eol + 1;
    }
    return;
  }
  // INSERT: "(v, 'v', ...), (...)" up to anything else.
  std::size_t p = t.rows_from;
  for (std::size_t row = 0; p < to && d[p] == '('; ++row) {
    // Twice over the tuple: count its cells, then hand them out.
    std::size_t end = to, cells = 0;
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1 && cells != columns) break;
      std::size_t q = p + 1, col = 0;
      for (;;) {
        q = sql::skip_space(d, q, to);
        std::size_t s = q, e = q;
        // (T-SQL's N'...': a Unicode string)
        if (q + 1 < to && d[q] == 'N' && d[q + 1] == '\'') ++q;
        if (q < to && d[q] == '\'') {
          e = sql::string_end(d, q, to);
          if (e == to) return;  // unterminated: the rest is not rows
          s = q + 1;
          q = e;
          --e;
          // PostgreSQL's cast after a literal ('1989-11-03'::date, Django's
          // debug SQL): not the cell's
          if (q + 2 < to && d[q] == ':' && d[q + 1] == ':') {
            q += 2;
            while (q < to && sql::ident(d[q])) ++q;
            if (q < to && d[q] == '(') {  // ::varchar(32)
              while (q < to && d[q] != ')' && d[q] != '\n') ++q;
              if (q < to && d[q] == ')') ++q;
            }
          }
        } else {
          int depth = 0;
          while (q < to && !((d[q] == ',' || d[q] == ')') && depth == 0) && d[q] != '\n') {
            if (d[q] == '(') ++depth;
            else if (d[q] == ')') --depth;
            ++q;
          }
          e = q;
          while (e > s && sql::space(d[e - 1])) --e;
          // CAST(N'1949-01-18' AS Date), SQL Server's scripts' dates: the
          // string it casts is the cell
          if (sql::word_at(d, s, e, "CAST") || sql::word_at(d, s, e, "CONVERT")) {
            std::size_t k = s;
            while (k < e && d[k] != '\'') ++k;
            const std::size_t close = k < e ? sql::string_end(d, k, e) : e;
            if (close < e || (close == e && k < e && d[e - 1] == '\'')) {
              s = k + 1;
              e = close - 1;
            }
          }
        }
        if (pass == 1) at(row, col, s, e);
        ++col;
        q = sql::skip_space(d, q, to);
        if (q < to && d[q] == ',') {
          ++q;
          continue;
        }
        if (q < to && d[q] == ')') {
          end = q + 1;
          cells = col;
          break;
        }
        return;  // not a tuple
      }
    }
    p = sql::skip_space(d, end, to);
    if (p < to && d[p] == ',') p = sql::skip_space(d, p + 1, to);
    else return;
  }
}

}  // namespace privguard::core
