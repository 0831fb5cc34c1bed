#include "bound_parameters.h"

#include "ascii.h"
#include "columns.h"

namespace privguard::core {
namespace {

enum class Form : std::uint8_t { None, Postgres, Hibernate, MyBatis, Python, Prisma, EfCore, Rails };

// One value of a list: its place (1-based, or the number the list gives
// it: $3, [3]) or, when 0, its name (EF Core's @p0, a dict's key).
struct Param {
  std::size_t index = 0;
  std::size_t name_from = 0, name_to = 0;
  std::size_t from = 0, to = 0;
};

bool at_text(std::string_view d, std::size_t p, std::string_view w) { return p <= d.size() && d.substr(p, w.size()) == w; }
bool ends_with(std::string_view d, std::size_t end, std::string_view w) {
  return end >= w.size() && d.substr(end - w.size(), w.size()) == w;
}
// One past the line's last byte before its '\n' (and '\r').
std::size_t line_end(std::string_view d, std::size_t p) {
  while (p < d.size() && d[p] != '\n') ++p;
  if (p > 0 && p <= d.size() && d[p - 1] == '\r') --p;
  return p;
}
std::size_t line_start(std::string_view d, std::size_t p) {
  while (p > 0 && d[p - 1] != '\n') --p;
  return p;
}
std::size_t skip_blanks(std::string_view d, std::size_t p, std::size_t to) {
  while (p < to && (d[p] == ' ' || d[p] == '\t')) ++p;
  return p;
}

Form form_at(std::string_view d, std::size_t end) {
  if (ends_with(d, end, "parameters: $")) return Form::Postgres;
  if (ends_with(d, end, "binding parameter [") || ends_with(d, end, "binding parameter (")) return Form::Hibernate;
  if (ends_with(d, end, "[Parameters=[")) return Form::EfCore;
  if (ends_with(d, end, "Parameters: ")) return Form::MyBatis;
  if (ends_with(d, end, "[generated in ") || ends_with(d, end, "[cached since ")) return Form::Python;
  if (ends_with(d, end, "Params: [")) return Form::Prisma;
  if (ends_with(d, end, "[[\"")) return Form::Rails;
  return Form::None;
}

// A string in ' or " from d[p], with backslash escapes (Python's and
// JSON's repr): one past its closing quote, or 0 when it does not close
// before `to`.
std::size_t quoted_end(std::string_view d, std::size_t p, std::size_t to) {
  const char q = d[p];
  for (std::size_t r = p + 1; r < to; ++r) {
    if (d[r] == '\\') ++r;
    else if (d[r] == q) return r + 1;
  }
  return 0;
}

// The items of a Python or JSON list, tuple or dict opening at d[p]
// ('(', '[' or '{'), each a Param (a dict's with its key as the name);
// one past its closer, or 0 when it is not one.
std::size_t literal_items(std::string_view d, std::size_t p, std::size_t to, Param* out, std::size_t& n,
                          std::size_t cap) {
  const char open = d[p];
  const char close = open == '(' ? ')' : open == '[' ? ']' : '}';
  const bool keyed = open == '{';
  std::size_t q = p + 1;
  for (std::size_t index = 1;; ++index) {
    q = skip_blanks(d, q, to);
    if (q >= to) return 0;
    if (d[q] == close) return q + 1;
    Param item;
    item.index = keyed ? 0 : index;
    if (keyed) {
      if (d[q] != '\'' && d[q] != '"') return 0;
      const std::size_t e = quoted_end(d, q, to);
      if (e == 0) return 0;
      item.name_from = q + 1;
      item.name_to = e - 1;
      q = skip_blanks(d, e, to);
      if (q >= to || d[q] != ':') return 0;
      q = skip_blanks(d, q + 1, to);
      if (q >= to) return 0;
    }
    if (d[q] == '\'' || d[q] == '"') {
      const std::size_t e = quoted_end(d, q, to);
      if (e == 0) return 0;
      item.from = q + 1;
      item.to = e - 1;
      q = e;
    } else {
      // a number, None, datetime.date(1990, 5, 17), a nested list
      const std::size_t s = q;
      for (int depth = 0; q < to; ++q) {
        const char c = d[q];
        if (c == '\'' || c == '"') {
          const std::size_t e = quoted_end(d, q, to);
          if (e == 0) return 0;
          q = e - 1;
        } else if (c == '(' || c == '[' || c == '{') {
          ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
          if (depth == 0) break;
          --depth;
        } else if (c == ',' && depth == 0) {
          break;
        }
      }
      item.from = s;
      item.to = q;
      while (item.to > item.from && d[item.to - 1] == ' ') --item.to;
    }
    if (n < cap) out[n++] = item;
    q = skip_blanks(d, q, to);
    if (q < to && d[q] == ',') {
      ++q;
      continue;
    }
    return q < to && d[q] == close ? q + 1 : 0;
  }
}

// The list the trigger found; where it stops in `stop`.
std::size_t read_list(std::string_view d, std::size_t end, Form form, Param* out, std::size_t cap, std::size_t& stop) {
  const std::size_t eol = line_end(d, end);
  std::size_t n = 0;
  stop = end;
  switch (form) {
    case Form::None: return 0;
    case Form::Postgres: {
      // $1 = 'a', $2 = NULL, $3 = '12'
      for (std::size_t p = end - 1; n < cap && p < eol && d[p] == '$';) {
        std::size_t q = p + 1, number = 0;
        while (q < eol && ascii::is_digit(d[q]) && number < 100000) number = number * 10 + static_cast<std::size_t>(d[q++] - '0');
        if (q == p + 1) break;
        q = skip_blanks(d, q, eol);
        if (q >= eol || d[q] != '=') break;
        q = skip_blanks(d, q + 1, eol);
        Param item;
        item.index = number;
        if (q < eol && d[q] == '\'') {
          const std::size_t e = sql::string_end(d, q, eol);
          if (d[e - 1] != '\'' || e == q + 1) break;  // (cut short: log_parameter_max_length)
          item.from = q + 1;
          item.to = e - 1;
          q = e;
        } else {
          item.from = q;
          while (q < eol && d[q] != ',') ++q;
          item.to = q;
        }
        out[n++] = item;
        stop = q;
        if (q + 1 < eol && d[q] == ',' && d[q + 1] == ' ') p = q + 2;
        else break;
      }
      return n;
    }
    case Form::Hibernate: {
      // [1] as [VARCHAR] - [a]   or   (1:VARCHAR) <- [a]: one a line
      std::size_t q = end, number = 0;
      while (q < eol && ascii::is_digit(d[q]) && number < 100000) number = number * 10 + static_cast<std::size_t>(d[q++] - '0');
      if (q == end) return 0;
      const std::size_t arrow = d.substr(q, eol - q).find("- [");
      if (arrow == std::string_view::npos) return 0;
      const std::size_t from = q + arrow + 3;
      std::size_t to = eol;
      while (to > from && d[to - 1] != ']') --to;
      if (to == from) return 0;
      out[n++] = Param{number, 0, 0, from, to - 1};
      stop = eol;
      return n;
    }
    case Form::MyBatis: {
      // a(String), 12(Integer), null: each value then its Java type
      std::size_t p = end;
      for (std::size_t index = 1; p < eol && n < cap; ++index) {
        if (at_text(d, p, "null") && (p + 4 == eol || at_text(d, p + 4, ", "))) {
          p += 6;
          continue;
        }
        std::size_t q = p, close = 0;
        for (; q < eol; ++q) {
          if (d[q] != '(') continue;
          std::size_t r = q + 1;
          while (r < eol && ascii::is_alpha(d[r])) ++r;
          if (r > q + 1 && r < eol && d[r] == ')' && (r + 1 == eol || at_text(d, r + 1, ", "))) {
            close = r;
            break;
          }
        }
        if (close == 0) break;
        out[n++] = Param{index, 0, 0, p, q};
        p = close + 3;
        stop = close + 1;
      }
      return n;
    }
    case Form::Python: {
      // "] " then ('a', 12), {'email': 'a'} or [('a', 12), ('b', 13)]
      std::size_t p = end;
      while (p < eol && p - end < 40 && d[p] != ']') ++p;
      if (p + 2 >= eol || d[p + 1] != ' ') return 0;
      p += 2;
      if (d[p] == '[' && p + 1 < eol && d[p + 1] == '(') {
        for (++p; p < eol && d[p] == '(';) {
          const std::size_t e = literal_items(d, p, eol, out, n, cap);
          if (e == 0) break;
          stop = e;
          p = skip_blanks(d, e, eol);
          if (p < eol && d[p] == ',') p = skip_blanks(d, p + 1, eol);
        }
        return n;
      }
      if (d[p] != '(' && d[p] != '{' && d[p] != '[') return 0;
      const std::size_t e = literal_items(d, p, eol, out, n, cap);
      stop = e == 0 ? stop : e;
      return n;
    }
    case Form::Prisma: {
      const std::size_t e = literal_items(d, end - 1, eol, out, n, cap);
      stop = e == 0 ? stop : e;
      return n;
    }
    case Form::Rails: {
      // [["email", "a"], ["dob", "1990-01-01"]]: each pair names its value
      for (std::size_t p = end - 2; p < eol && d[p] == '[' && n < cap;) {
        Param pair[2];
        std::size_t k = 0;
        const std::size_t e = literal_items(d, p, eol, pair, k, 2);
        if (e == 0 || k != 2 || pair[0].from == pair[0].to) break;
        out[n++] = Param{0, pair[0].from, pair[0].to, pair[1].from, pair[1].to};
        stop = e;
        p = skip_blanks(d, e, eol);
        if (p < eol && d[p] == ',') p = skip_blanks(d, p + 1, eol);
        else break;
      }
      return n;
    }
    case Form::EfCore: {
      // @p0='a' (Size = 4000), @p1=NULL, @__email_0='b' (DbType = String)], CommandType=...
      for (std::size_t p = end; n < cap && p < eol && d[p] == '@';) {
        Param item;
        item.name_from = p + 1;
        std::size_t q = p + 1;
        while (q < eol && sql::ident(d[q]) && d[q] != '$') ++q;
        item.name_to = q;
        if (q == item.name_from || q >= eol || d[q] != '=') break;
        ++q;
        if (q < eol && d[q] == '\'') {
          const std::size_t e = sql::string_end(d, q, eol);
          if (d[e - 1] != '\'' || e == q + 1) break;
          item.from = q + 1;
          item.to = e - 1;
          q = e;
        } else {
          item.from = q;
          while (q < eol && d[q] != ',' && d[q] != ']' && d[q] != ' ') ++q;
          item.to = q;
        }
        // (Size = 4000) (Precision = 18): to the next ',' or ']' outside them
        for (int depth = 0; q < eol; ++q) {
          if (d[q] == '(') ++depth;
          else if (d[q] == ')') --depth;
          else if (depth <= 0 && (d[q] == ',' || d[q] == ']')) break;
        }
        out[n++] = item;
        stop = q;
        if (q < eol && d[q] == ',') p = skip_blanks(d, q + 1, eol);
        else break;
      }
      return n;
    }
  }
  return 0;
}

// Whether a word at d[p] (case aside) is `w` and stands alone.
bool word_is(std::string_view d, std::size_t p, std::size_t to, std::string_view w) {
  return (p == 0 || !sql::ident(d[p - 1])) && sql::word_at(d, p, to, w);
}

// The first statement verb on d[from, to), or npos.
std::size_t verb_in(std::string_view d, std::size_t from, std::size_t to) {
  static constexpr std::string_view kVerbs[] = {"INSERT", "UPDATE", "SELECT", "DELETE", "MERGE",
                                                "WITH",   "CALL",   "REPLACE", "UPSERT"};
  for (std::size_t p = from; p < to; ++p) {
    if (!ascii::is_alpha(d[p]) || (p > from && sql::ident(d[p - 1]))) continue;
    for (std::string_view v : kVerbs)
      if (sql::word_at(d, p, to, v)) return p;
  }
  return std::string_view::npos;
}

// A placeholder in d[from, to): true with its span for the numbered one
// (`index` > 0: $n, or the n-th '?' or %s, JPA's ?n) or the named one
// (@name, :name, %(name)s).
bool find_placeholder(std::string_view d, std::size_t from, std::size_t to, std::size_t index, std::string_view name,
                      std::size_t& at, std::size_t& at_end) {
  bool dollar = false;
  if (index > 0)
    for (std::size_t q = from; q + 1 < to && !dollar; ++q)
      dollar = d[q] == '$' && ascii::is_digit(d[q + 1]) && (q == from || !sql::ident(d[q - 1]));
  std::size_t ordinal = 0;
  for (std::size_t q = from; q < to; ++q) {
    const char c = d[q];
    if (c == '\'') {
      q = sql::string_end(d, q, to) - 1;
      continue;
    }
    if (index == 0) {
      // @name, :name (not ::cast) and %(name)s, the whole name
      std::size_t s = q + 1;
      if (c == '%' && q + 1 < to && d[q + 1] == '(') s = q + 2;
      else if (!((c == '@' || c == ':') && (q == from || (!sql::ident(d[q - 1]) && d[q - 1] != ':' && d[q - 1] != '@'))))
        continue;
      if (s + name.size() > to || d.substr(s, name.size()) != name) continue;
      std::size_t e = s + name.size();
      if (c == '%') {
        if (e + 1 < to && d[e] == ')' && d[e + 1] == 's') {
          at = q, at_end = e + 2;
          return true;
        }
        continue;
      }
      if (e < to && sql::ident(d[e])) continue;
      at = q, at_end = e;
      return true;
    }
    std::size_t number = 0, e = q + 1;
    const bool numbered = (c == '$' && dollar) || (c == '?' && !dollar);
    if (numbered && (q == from || !sql::ident(d[q - 1]))) {
      while (e < to && ascii::is_digit(d[e]) && number < 100000) number = number * 10 + static_cast<std::size_t>(d[e++] - '0');
      if (c == '$' && e == q + 1) continue;
      if (e == q + 1) number = ++ordinal;  // a bare '?'
      if (number == index) {
        at = q, at_end = e;
        return true;
      }
    } else if (c == '%' && !dollar && q + 1 < to && d[q + 1] == 's') {
      if (++ordinal == index) {
        at = q, at_end = q + 2;
        return true;
      }
    }
  }
  return false;
}

// A name that ends at d[p] (exclusive), quoted or bare; its last part
// after a '.' ("c"."email", c.email).
bool name_before(std::string_view d, std::size_t from, std::size_t p, std::size_t& name_from, std::size_t& name_to) {
  if (p <= from) return false;
  const char last = d[p - 1];
  if (last == '"' || last == '`' || last == ']') {
    const char open = last == ']' ? '[' : last;
    std::size_t q = p - 1;
    while (q > from && d[q - 1] != open && d[q - 1] != '\n') --q;
    if (q == from || d[q - 1] != open || q == p - 1) return false;
    name_from = q;
    name_to = p - 1;
    return true;
  }
  std::size_t q = p;
  while (q > from && sql::ident(d[q - 1])) --q;
  if (q == p || ascii::is_digit(d[q]) || d[q] == '$') return false;
  name_from = q;
  name_to = p;
  return true;
}

// The column the placeholder at d[at] stands for in the statement
// d[from, to): the name compared with it, or the INSERT's column at its
// place in a VALUES tuple.
bool column_for(std::string_view d, std::size_t from, std::size_t to, std::size_t at, std::size_t& name_from,
                std::size_t& name_to) {
  auto back_blanks = [&](std::size_t p) {
    while (p > from && sql::space(d[p - 1])) --p;
    return p;
  };
  std::size_t p = back_blanks(at);
  bool in_list = false;
  // lower(?), CAST(? AS date), to_date($1, 'YYYY-MM-DD'): one call around it
  if (p > from && d[p - 1] == '(') {
    const std::size_t call_to = back_blanks(p - 1);
    std::size_t call_from = call_to;
    while (call_from > from && sql::ident(d[call_from - 1])) --call_from;
    if (call_from < call_to && word_is(d, call_from, call_to, "IN")) {
      in_list = true;
      p = back_blanks(call_from);
    } else if (call_from < call_to && !word_is(d, call_from, call_to, "VALUES")) {
      p = back_blanks(call_from);
    }
  }
  if (!in_list) {
    const std::size_t op = p;
    while (p > from && (d[p - 1] == '=' || d[p - 1] == '<' || d[p - 1] == '>' || d[p - 1] == '!')) --p;
    if (p == op) {
      std::size_t w = p;
      while (w > from && sql::ident(d[w - 1])) --w;
      if (w < p && (word_is(d, w, p, "LIKE") || word_is(d, w, p, "ILIKE"))) p = w;
    }
    in_list = p != op;
  }
  if (in_list) {
    p = back_blanks(p);
    // lower(email) = lower(?): the name inside the call
    if (p > from && d[p - 1] == ')') p = back_blanks(p - 1);
    if (name_before(d, from, p, name_from, name_to)) return true;
  }
  // A VALUES tuple: the last VALUES before the placeholder.
  std::size_t values = std::string_view::npos;
  for (std::size_t q = at; q > from; --q)
    if (word_is(d, q - 1, to, "VALUES")) {
      values = q - 1;
      break;
    }
  if (values == std::string_view::npos) return false;
  std::size_t item = SIZE_MAX;
  for (std::size_t q = sql::skip_space(d, values + 6, to); q < to && d[q] == '(' && item == SIZE_MAX;) {
    std::size_t r = q + 1, k = 0;
    for (int depth = 0; r < to; ++r) {
      const char c = d[r];
      if (r == at) {
        item = k;
        break;
      }
      if (c == '\'') r = sql::string_end(d, r, to) - 1;
      else if (c == '(') ++depth;
      else if (c == ')' && depth-- == 0) break;
      else if (c == ',' && depth == 0) ++k;
    }
    q = sql::skip_space(d, r + 1, to);
    if (q < to && d[q] == ',') q = sql::skip_space(d, q + 1, to);
  }
  if (item == SIZE_MAX) return false;
  // The INSERT's column list: INSERT [IGNORE] INTO name (a, b) [OUTPUT ...] VALUES
  std::size_t insert = std::string_view::npos;
  for (std::size_t q = values; q > from; --q)
    if (word_is(d, q - 1, values, "INSERT") || word_is(d, q - 1, values, "REPLACE")) {
      insert = q - 1;
      break;
    }
  if (insert == std::string_view::npos) return false;
  std::size_t q = insert + 6;
  for (std::size_t r = q; r < values; ++r)
    if (word_is(d, r, values, "INTO")) {
      q = r + 4;
      break;
    }
  q = sql::skip_space(d, q, values);
  std::size_t s = 0, e = 0, next = 0;
  if (!sql::name_at(d, q, values, s, e, next)) return false;
  while (next < values && d[next] == '.' && sql::name_at(d, next + 1, values, s, e, next)) {
  }
  q = sql::skip_space(d, next, values);
  if (q >= values || d[q] != '(') return false;
  std::size_t close = q + 1;
  for (int depth = 0; close < values; ++close) {
    if (d[close] == '(') ++depth;
    else if (d[close] == ')' && depth-- == 0) break;
  }
  if (close >= values) return false;
  SqlTable t;
  t.data = d;
  t.kind = TableKeyword::Insert;
  t.names_from = q;
  t.names_to = close;
  bool found = false;
  sql_names(t, [&](std::size_t col, std::size_t nf, std::size_t nt) {
    if (col == item) {
      name_from = nf;
      name_to = nt;
      found = true;
    }
  });
  return found;
}

// A date bound as a timestamp at midnight (EF Core's DateTime
// '1955-06-01T00:00:00.0000000', JDBC's '1955-06-01 00:00:00.0'): the
// date alone, as a column of dates holds it.
void drop_midnight(std::string_view d, std::size_t from, std::size_t& to) {
  if (to - from < 19 || (d[from + 10] != 'T' && d[from + 10] != ' ') || d.substr(from + 11, 8) != "00:00:00") return;
  for (std::size_t i = 0; i < 10; ++i)
    if ((i == 4 || i == 7) ? d[from + i] != '-' : !ascii::is_digit(d[from + i])) return;
  for (std::size_t i = from + 19; i < to; ++i)
    if (!ascii::is_digit(d[i]) && d[i] != '.' && d[i] != 'Z' && d[i] != '+' && d[i] != ':') return;
  to = from + 10;
}

// A parameter's name that says nothing: p0, param_1, 3.
bool generated_name(std::string_view name) {
  std::size_t i = 0;
  if (at_text(name, 0, "param_")) i = 6;
  else if (!name.empty() && name[0] == 'p') i = 1;
  if (i == name.size()) return i == 0;
  for (; i < name.size(); ++i)
    if (!ascii::is_digit(name[i])) return false;
  return true;
}

}  // namespace

std::size_t bound_list_at(std::string_view d, std::size_t at) noexcept {
  auto lit = [&](std::string_view w) { return at_text(d, at, w) ? at + w.size() : 0; };
  switch (d[at]) {
    case 'p': return lit("parameters: $");
    case 'b':
      if (at_text(d, at, "binding parameter ") && at + 18 < d.size() && (d[at + 18] == '[' || d[at + 18] == '('))
        return at + 19;
      return 0;
    case '=': {
      if (!at_text(d, at, "==>")) return 0;
      std::size_t p = at + 3;
      while (p < d.size() && d[p] == ' ' && p - at - 3 < 4) ++p;
      return p > at + 3 && at_text(d, p, "Parameters: ") ? p + 12 : 0;
    }
    case '[': {
      std::size_t e = lit("[generated in ");
      if (e == 0) e = lit("[cached since ");
      if (e == 0) e = lit("[Parameters=[");
      if (e == 0) e = lit("[[\"");
      return e;
    }
    case 'P': return lit("Params: [");
    default: return 0;
  }
}

std::size_t bound_values(std::string_view d, std::size_t end, BoundValue* out, std::size_t cap) noexcept {
  const Form form = form_at(d, end);
  Param params[kMaxBoundValues];
  std::size_t stop = end;
  const std::size_t n = read_list(d, end, form, params, kMaxBoundValues, stop);
  if (n == 0) return 0;
  // The statement: for EF Core, the rest of its line and the indented
  // lines under it; else the nearest line before the list (or the list's
  // own line before it) whose verb starts a statement with a placeholder.
  std::size_t from = 0, to = 0;
  if (form == Form::EfCore) {
    from = stop;
    to = line_end(d, stop);
    for (std::size_t lines = 0; lines < kMaxBackLines && to < d.size() && to - from < kMaxBack; ++lines) {
      std::size_t next = to;
      while (next < d.size() && (d[next] == '\r' || d[next] == '\n')) {
        if (d[next] == '\n' && next > to) break;  // (a blank line ends it)
        ++next;
      }
      if (next >= d.size() || (d[next] != ' ' && d[next] != '\t')) break;
      to = line_end(d, next);
    }
  } else if (form != Form::Rails) {
    // (first the list's own line before it, then a line at a time back)
    std::size_t b = end;
    for (std::size_t lines = 0; lines <= kMaxBackLines && end - b <= kMaxBack; ++lines) {
      const std::size_t a = line_start(d, b == end ? end : b - 1);
      const std::string_view line = d.substr(a, b - a);
      // (a list of an earlier statement: past it; Hibernate's bindings
      // for this one stand one a line before this one)
      const bool binding = b != end && line.find("binding parameter") != std::string_view::npos;
      if (b != end && !binding &&
          (line.find("parameters: $") != std::string_view::npos || line.find("Parameters: ") != std::string_view::npos))
        break;
      if (binding && form != Form::Hibernate) break;
      const std::size_t verb = binding ? std::string_view::npos : verb_in(d, a, b);
      std::size_t at = 0, at_end = 0;
      if (verb != std::string_view::npos &&
          find_placeholder(d, verb, end, params[0].index,
                           d.substr(params[0].name_from, params[0].name_to - params[0].name_from), at, at_end)) {
        from = verb;
        to = end;
        break;
      }
      if (a == 0) break;
      b = a;
    }
  }
  std::size_t count = 0;
  for (std::size_t i = 0; i < n && count < cap; ++i) {
    const Param& p = params[i];
    BoundValue v;
    v.value_from = p.from;
    v.value_to = p.to;
    drop_midnight(d, v.value_from, v.value_to);
    const std::string_view name = d.substr(p.name_from, p.name_to - p.name_from);
    std::size_t at = 0, at_end = 0;
    bool named = form != Form::Rails && from < to && find_placeholder(d, from, to, p.index, name, at, at_end) &&
                 column_for(d, from, to, at, v.name_from, v.name_to);
    if (!named && p.index == 0 && !name.empty() && !generated_name(name.substr(name.starts_with("__") ? 2 : 0))) {
      v.name_from = p.name_from;
      v.name_to = p.name_to;
      named = true;
    }
    if (named && v.value_to > v.value_from) out[count++] = v;
  }
  return count;
}

}  // namespace privguard::core
