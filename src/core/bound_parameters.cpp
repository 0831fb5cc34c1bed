#include "bound_parameters.h"

#include <string>

#include "ascii.h"
#include "columns.h"
#include "lines.h"

namespace privguard::core {
namespace {

enum class Form : std::uint8_t {
  None,
  Postgres,    // parameters: $1 = 'a', $2 = NULL
  Hibernate,   // binding parameter [1] as [VARCHAR] - [a]
  MyBatis,     // ==> Parameters: a(String), 12(Integer)
  Python,      // [generated in 0.0002s] ('a', 12)
  JsList,      // Params: ["a",1] / knex:bindings [ 'a' ] / parameters: [ ... ]
  PhpArray,    // parameters: array{"1":"a"} / "params": {"1": "a"}
  EfCore,      // [Parameters=[@p0='a' (Size = 4000)]
  Rails,       // [["email", "a"]]
  Ecto,        // QUERY OK ... then the statement and its list on the next line
  Sequelize,   // Executing (default): SQL; "a", "b"
  DjangoArgs,  // SQL; args=('a', 12); alias=default
  PgAudit,     // AUDIT: SESSION,1,1,WRITE,INSERT,,,"SQL",a,b
  FailingRow,  // DETAIL:  Failing row contains (1, a, b).
  KeyDetail,   // DETAIL:  Key (email)=(a) already exists.
  Declare,     // DECLARE @BirthDate date = '1963-07-01';
  CommaTuple,  // datasource-proxy's Params:[(a,b,12)]
};

// Each form's literal: the trigger expression is built from them
// (bound_parameter_expression, with MyBatis' arrow, whose blanks vary),
// and bound_list_at looks for the same.
struct Literal {
  std::string_view text;
  Form form;
};
constexpr Literal kLiterals[] = {
    {"parameters: $", Form::Postgres},
    {"Parameters: $", Form::Postgres},
    {"binding parameter [", Form::Hibernate},
    {"binding parameter (", Form::Hibernate},
    {"[generated in ", Form::Python},
    {"[cached since ", Form::Python},
    {"[Parameters=[", Form::EfCore},
    {"Params: [", Form::JsList},
    {"knex:bindings [", Form::JsList},
    {"parameters: [", Form::JsList},
    {"[[\"", Form::Rails},
    {"parameters: array{", Form::PhpArray},
    {"\"params\": {", Form::PhpArray},
    {"\"params\":{", Form::PhpArray},
    {"QUERY OK ", Form::Ecto},
    {"QUERY ERROR ", Form::Ecto},
    {"Executing (", Form::Sequelize},
    {"; args=(", Form::DjangoArgs},
    {"AUDIT: SESSION,", Form::PgAudit},
    {"AUDIT: OBJECT,", Form::PgAudit},
    {"Failing row contains (", Form::FailingRow},
    {"DETAIL:  Key (", Form::KeyDetail},
    {"DETAIL: Key (", Form::KeyDetail},
    {"Detail:  Key (", Form::KeyDetail},
    {"Detail: Key (", Form::KeyDetail},
    {"DECLARE @", Form::Declare},
    {"Params:[(", Form::CommaTuple},
    {"\"args\": [", Form::JsList},
    {"\"args\":[", Form::JsList},
};

// One value of a list: its place (1-based, or the number the list gives
// it: $3, [3]) or, when 0, its name (EF Core's @p0, a dict's key); or,
// for a list that names its values (Rails, a key's detail, DECLARE), the
// column itself.
struct Param {
  std::size_t index = 0;
  std::size_t name_from = 0, name_to = 0;
  std::size_t from = 0, to = 0;
};

struct List {
  Param params[kMaxBoundValues];
  std::size_t n = 0;
  std::size_t stop = 0;                  // where the list ends
  std::size_t stmt_from = 0, stmt_to = 0;  // the statement, when the form says where
  bool names_are_columns = false;
  bool by_place = false;  // the n-th value is the INSERT's n-th column (a failing row)
  bool counted = false;   // read only when the statement has as many placeholders
  void add(const Param& p) {
    if (n < kMaxBoundValues) params[n++] = p;
  }
};

bool at_text(std::string_view d, std::size_t p, std::string_view w) { return p <= d.size() && d.substr(p, w.size()) == w; }
// Lines are read no further than kMaxBack bytes from where a reading
// starts (lines.h): a megabyte on one line (minified JSON) costs each of
// a buffer's lists no more than that, and never the square of it.
// One past the line's last byte before its '\n' (and '\r').
std::size_t line_end(std::string_view d, std::size_t p) {
  const std::size_t e = core::line_end(d, p, kMaxBack);
  return e > 0 && (e == d.size() || d[e] == '\n') && d[e - 1] == '\r' ? e - 1 : e;
}
std::size_t line_start(std::string_view d, std::size_t p) { return core::line_start(d, p, kMaxBack); }
// The next line's start after the line of p, or the buffer's end.
std::size_t next_line(std::string_view d, std::size_t p) {
  const std::size_t e = core::line_end(d, p, kMaxBack);
  return e < d.size() && d[e] == '\n' ? e + 1 : e;
}
std::size_t skip_blanks(std::string_view d, std::size_t p, std::size_t to) {
  while (p < to && (d[p] == ' ' || d[p] == '\t')) ++p;
  return p;
}
// Blanks and line breaks: a list printed over several lines.
std::size_t skip_white(std::string_view d, std::size_t p, std::size_t to) {
  while (p < to && sql::space(d[p])) ++p;
  return p;
}
std::size_t read_number(std::string_view d, std::size_t& q, std::size_t to) {
  std::size_t number = 0;
  while (q < to && ascii::is_digit(d[q]) && number < 100000) number = number * 10 + static_cast<std::size_t>(d[q++] - '0');
  return number;
}

Form form_at(std::string_view d, std::size_t end) {
  for (const Literal& l : kLiterals)
    if (end >= l.text.size() && d.substr(end - l.text.size(), l.text.size()) == l.text) return l.form;
  if (end >= 12 && d.substr(end - 12, 12) == "Parameters: ") return Form::MyBatis;
  return Form::None;
}

// A string in ' or " from d[p], with backslash escapes (Python's, JSON's
// and JavaScript's repr): one past its closing quote, or 0 when it does
// not close before `to`.
std::size_t quoted_end(std::string_view d, std::size_t p, std::size_t to) {
  const char q = d[p];
  for (std::size_t r = p + 1; r < to; ++r) {
    if (d[r] == '\\') ++r;
    else if (d[r] == q) return r + 1;
  }
  return 0;
}

// The items of a list from d[q] up to `close` (or, when close is 0, the
// line's end): quoted strings (the text between the quotes), or bare
// values up to a ',' outside brackets (numbers, None, false,
// datetime.date(1990, 5, 17), Elixir's ~D[1990-05-17] read as its date),
// each a Param (a dict's with its key: a number as the place, "1" as $1,
// else the name). One past the closer, or 0 when the list is not one.
std::size_t list_items(std::string_view d, std::size_t q, std::size_t to, char close, bool keyed, List& list) {
  for (std::size_t index = 1;; ++index) {
    q = skip_white(d, q, to);
    if (q >= to) return close == 0 ? q : 0;
    if (d[q] == close) return q + 1;
    Param item;
    item.index = keyed ? 0 : index;
    if (keyed) {
      if (d[q] != '\'' && d[q] != '"') return 0;
      const std::size_t e = quoted_end(d, q, to);
      if (e == 0) return 0;
      item.name_from = q + 1;
      item.name_to = e - 1;
      std::size_t k = item.name_from;
      const std::size_t number = read_number(d, k, item.name_to);
      if (k == item.name_to && k > item.name_from) item.index = number == 0 ? SIZE_MAX : number;  // ("0": below)
      q = skip_white(d, e, to);
      if (q >= to || (d[q] != ':' && d[q] != '=')) return 0;
      if (d[q] == '=' && q + 1 < to && d[q + 1] == '>') ++q;  // PHP's "1" => 'a'
      q = skip_white(d, q + 1, to);
      if (q >= to) return 0;
    }
    if (d[q] == '\'' || d[q] == '"') {
      const std::size_t e = quoted_end(d, q, to);
      if (e == 0) return 0;
      item.from = q + 1;
      item.to = e - 1;
      q = e;
    } else {
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
      while (item.to > item.from && sql::space(d[item.to - 1])) --item.to;
      if (item.to - item.from > 4 && d[item.from] == '~' && ascii::is_alpha(d[item.from + 1]) &&
          d[item.from + 2] == '[' && d[item.to - 1] == ']')
        item.from += 3, item.to -= 1;
    }
    list.add(item);
    q = skip_white(d, q, to);
    if (q < to && d[q] == ',') {
      ++q;
      continue;
    }
    if (close == 0) return q;
    return q < to && d[q] == close ? q + 1 : 0;
  }
}

// Keys counted from "0" (a PHP list's): each place one up.
void places_from_zero(List& list) {
  bool zero = false;
  for (std::size_t i = 0; i < list.n; ++i) zero |= list.params[i].index == SIZE_MAX;
  for (std::size_t i = 0; i < list.n; ++i) {
    Param& p = list.params[i];
    if (p.index == SIZE_MAX) p.index = 1;
    else if (zero && p.index > 0 && p.name_to > p.name_from) ++p.index;
  }
}

// A CSV field from d[q]: [from, to) of its text (between quotes, "" kept),
// and one past it (its ',' included); false at the line's end.
bool csv_field(std::string_view d, std::size_t& q, std::size_t eol, std::size_t& from, std::size_t& to) {
  if (q > eol) return false;
  if (q < eol && d[q] == '"') {
    std::size_t r = q + 1;
    for (; r < eol; ++r) {
      if (d[r] != '"') continue;
      if (r + 1 < eol && d[r + 1] == '"') ++r;
      else break;
    }
    if (r >= eol) return false;
    from = q + 1;
    to = r;
    q = r + 1;
  } else {
    from = q;
    while (q < eol && d[q] != ',') ++q;
    to = q;
  }
  if (q < eol && d[q] != ',') return false;
  ++q;  // (past the ',', or past the line's end: no more fields)
  return true;
}

// The values "a, b, c" up to `to`, split at ", " (PostgreSQL's row and
// key details print them so, unquoted), or at ',' when `spaced` is false.
void comma_items(std::string_view d, std::size_t from, std::size_t to, List& list, bool names, bool spaced = true) {
  std::size_t index = 1;
  for (std::size_t p = from; p <= to; ++index) {
    std::size_t e = p;
    while (e < to && !(d[e] == ',' && (!spaced || (e + 1 < to && d[e + 1] == ' ')))) ++e;
    Param item;
    item.index = index;
    if (names) item.name_from = p, item.name_to = e;
    else item.from = p, item.to = e;
    list.add(item);
    p = e + (spaced ? 2 : 1);
  }
}

// The list the trigger found ending at `end`.
void read_list(std::string_view d, std::size_t end, Form form, List& list) {
  const std::size_t eol = line_end(d, end);
  const std::size_t far = d.size() - end > kMaxBack ? end + kMaxBack : d.size();  // a list over lines
  list.stop = end;
  switch (form) {
    case Form::None: return;
    case Form::Postgres: {
      for (std::size_t p = end - 1; list.n < kMaxBoundValues && p < eol && d[p] == '$';) {
        std::size_t q = p + 1;
        Param item;
        item.index = read_number(d, q, eol);
        if (q == p + 1) break;
        q = skip_blanks(d, q, eol);
        if (q >= eol || d[q] != '=') break;
        q = skip_blanks(d, q + 1, eol);
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
        list.add(item);
        list.stop = q;
        if (q + 1 < eol && d[q] == ',' && d[q + 1] == ' ') p = q + 2;
        else break;
      }
      return;
    }
    case Form::Hibernate: {
      // [1] as [VARCHAR] - [a]   or   (1:VARCHAR) <- [a]: one a line
      std::size_t q = end;
      Param item;
      item.index = read_number(d, q, eol);
      if (q == end) return;
      const std::size_t arrow = d.substr(q, eol - q).find("- [");
      if (arrow == std::string_view::npos) return;
      item.from = q + arrow + 3;
      std::size_t to = eol;
      while (to > item.from && d[to - 1] != ']') --to;
      if (to == item.from) return;
      item.to = to - 1;
      list.add(item);
      list.stop = eol;
      return;
    }
    case Form::MyBatis: {
      // a(String), 12(Integer), null: each value then its Java type
      std::size_t p = end;
      for (std::size_t index = 1; p < eol && list.n < kMaxBoundValues; ++index) {
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
        list.add(Param{index, 0, 0, p, q});
        p = close + 3;
        list.stop = close + 1;
      }
      return;
    }
    case Form::Python: {
      // "] " then ('a', 12), {'email': 'a'} or [('a', 12), ('b', 13)]
      std::size_t p = end;
      while (p < eol && p - end < 40 && d[p] != ']') ++p;
      if (p + 2 >= eol || d[p + 1] != ' ') return;
      p += 2;
      if (d[p] == '[' && p + 1 < eol && d[p + 1] == '(') {
        for (++p; p < eol && d[p] == '(';) {
          const std::size_t e = list_items(d, p + 1, eol, ')', false, list);
          if (e == 0) break;
          list.stop = e;
          p = skip_blanks(d, e, eol);
          if (p < eol && d[p] == ',') p = skip_blanks(d, p + 1, eol);
        }
        return;
      }
      if (d[p] != '(' && d[p] != '{' && d[p] != '[') return;
      const char close = d[p] == '(' ? ')' : d[p] == '[' ? ']' : '}';
      const std::size_t e = list_items(d, p + 1, eol, close, d[p] == '{', list);
      if (e != 0) list.stop = e;
      return;
    }
    case Form::JsList: {
      const std::size_t e = list_items(d, end, far, ']', false, list);
      if (e != 0) list.stop = e;
      return;
    }
    case Form::PhpArray: {
      const std::size_t e = list_items(d, end, far, '}', true, list);
      if (e != 0) list.stop = e;
      places_from_zero(list);
      return;
    }
    case Form::Rails: {
      // [["email", "a"], ["dob", "1990-01-01"]]: each pair names its value
      list.names_are_columns = true;
      for (std::size_t p = end - 2; p < eol && d[p] == '[' && list.n < kMaxBoundValues;) {
        List pair;
        const std::size_t e = list_items(d, p + 1, eol, ']', false, pair);
        if (e == 0 || pair.n != 2 || pair.params[0].from == pair.params[0].to) break;
        list.add(Param{0, pair.params[0].from, pair.params[0].to, pair.params[1].from, pair.params[1].to});
        list.stop = e;
        p = skip_blanks(d, e, eol);
        if (p < eol && d[p] == ',') p = skip_blanks(d, p + 1, eol);
        else break;
      }
      return;
    }
    case Form::EfCore: {
      // @p0='a' (Size = 4000), @p1=NULL, @__email_0='b' (DbType = String)], CommandType=...
      for (std::size_t p = end; list.n < kMaxBoundValues && p < eol && d[p] == '@';) {
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
        list.add(item);
        list.stop = q;
        if (q < eol && d[q] == ',') p = skip_blanks(d, q + 1, eol);
        else break;
      }
      return;
    }
    case Form::Ecto: {
      // The statement is the next line, its list at the line's end:
      // ... VALUES ($1,$2) RETURNING "id" ["a", ~D[1990-05-17]] (the
      // first " [" whose list runs to the end: a value may hold "$2b$")
      const std::size_t a = next_line(d, end), b = line_end(d, a);
      std::size_t tries = 0;
      for (std::size_t open = d.substr(a, b - a).find(" ["); open != std::string_view::npos && tries++ < 16;
           open = d.substr(a, b - a).find(" [", open + 1)) {
        List items;
        if (list_items(d, a + open + 2, b, ']', false, items) != b) continue;
        list = items;
        list.stop = b;
        list.stmt_from = a;
        list.stmt_to = a + open;
        return;
      }
      return;
    }
    case Form::Sequelize: {
      // Executing (default): SQL; "a", "b", false: the values after the
      // statement's last placeholder and its "; "
      std::size_t last = std::string_view::npos;
      for (std::size_t q = end; q + 1 < eol; ++q)
        if (d[q] == '$' && ascii::is_digit(d[q + 1])) last = q;
      if (last == std::string_view::npos) return;
      const std::size_t semi = d.substr(last, eol - last).find("; ");
      if (semi == std::string_view::npos) return;
      const std::size_t e = list_items(d, last + semi + 2, eol, 0, false, list);
      if (e != eol) {
        list.n = 0;
        return;
      }
      list.stop = e;
      list.stmt_from = end;
      list.stmt_to = last + semi;
      return;
    }
    case Form::DjangoArgs: {
      const std::size_t e = list_items(d, end, eol, ')', false, list);
      if (e == 0) {
        list.n = 0;
        return;
      }
      list.stop = e;
      list.stmt_from = line_start(d, end);
      list.stmt_to = end - 8;
      list.by_place = true;
      return;
    }
    case Form::PgAudit: {
      // SESSION,1,1,WRITE,INSERT,TABLE,public.t,"statement",a,"b c",...:
      // six fields, the statement, then one field a parameter
      std::size_t q = end, from = 0, to = 0;
      for (int k = 0; k < 6; ++k)
        if (!csv_field(d, q, eol, from, to)) return;
      if (!csv_field(d, q, eol, list.stmt_from, list.stmt_to)) return;
      for (std::size_t index = 1; list.n < kMaxBoundValues && csv_field(d, q, eol, from, to); ++index) {
        list.add(Param{index, 0, 0, from, to});
        list.stop = to;
      }
      return;
    }
    case Form::FailingRow: {
      // (1, a, b). then the statement on the next lines (or before)
      std::size_t close = eol;
      while (close > end && d[close - 1] != ')') --close;
      if (close <= end) return;
      comma_items(d, end, close - 1, list, false);
      list.by_place = true;
      list.stop = close;
      return;
    }
    case Form::KeyDetail: {
      // (a, b)=(x, y) already exists: the names, then their values
      const std::size_t eq = d.substr(end, eol - end).find(")=(");
      if (eq == std::string_view::npos) return;
      const std::size_t names_to = end + eq, values_from = names_to + 3;
      std::size_t values_to = eol;
      const std::size_t tail = d.substr(values_from, eol - values_from).find(") ");
      if (tail != std::string_view::npos) values_to = values_from + tail;
      else if (values_to > values_from && d[values_to - 1] == '.') --values_to;
      if (values_to > values_from && d[values_to - 1] == ')') --values_to;
      List names, values;
      comma_items(d, end, names_to, names, true);
      comma_items(d, values_from, values_to, values, false);
      if (names.n != values.n) return;
      list.names_are_columns = true;
      for (std::size_t i = 0; i < names.n; ++i) {
        // lower(email::text): the name inside a call, before a cast
        std::size_t nf = names.params[i].name_from, nt = names.params[i].name_to;
        for (std::size_t q = nf; q < nt; ++q)
          if (d[q] == '(') nf = q + 1;
        std::size_t q = nf;
        while (q < nt && sql::ident(d[q])) ++q;
        list.add(Param{0, nf, q, values.params[i].from, values.params[i].to});
      }
      list.stop = values_to;
      return;
    }
    case Form::CommaTuple: {
      // a,b,12)]: unquoted, split at ',' (a value holding one miscounts
      // them: the statement's placeholders must be as many)
      const std::size_t close = d.substr(end, eol - end).find(")]");
      if (close == std::string_view::npos) return;
      comma_items(d, end, end + close, list, false, false);
      list.stop = end + close;
      list.stmt_from = line_start(d, end);
      list.stmt_to = end - 9;
      list.counted = true;
      return;
    }
    case Form::Declare: {
      // @Name type[(n)] = N'value' | 'value' | value;
      Param item;
      item.name_from = end;
      std::size_t q = end;
      while (q < eol && sql::ident(d[q]) && d[q] != '$') ++q;
      item.name_to = q;
      if (q == end) return;
      q = skip_blanks(d, q, eol);
      while (q < eol && sql::ident(d[q])) ++q;
      q = skip_blanks(d, q, eol);
      if (q < eol && d[q] == '(') {
        while (q < eol && d[q] != ')') ++q;
        q = skip_blanks(d, q + 1, eol);
      }
      if (q >= eol || d[q] != '=') return;
      q = skip_blanks(d, q + 1, eol);
      if (q + 1 < eol && d[q] == 'N' && d[q + 1] == '\'') ++q;
      if (q < eol && d[q] == '\'') {
        const std::size_t e = sql::string_end(d, q, eol);
        if (d[e - 1] != '\'' || e == q + 1) return;
        item.from = q + 1;
        item.to = e - 1;
      } else {
        item.from = q;
        while (q < eol && d[q] != ';' && d[q] != ',') ++q;
        item.to = q;
      }
      list.names_are_columns = true;
      list.add(item);
      list.stop = item.to;
      return;
    }
  }
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
      if (name.empty()) return false;
      std::size_t s = q + 1;
      if (c == '%' && q + 1 < to && d[q + 1] == '(') s = q + 2;
      else if (!((c == '@' || c == ':') && (q == from || (!sql::ident(d[q - 1]) && d[q - 1] != ':' && d[q - 1] != '@'))))
        continue;
      if (s + name.size() > to || d.substr(s, name.size()) != name) continue;
      const std::size_t e = s + name.size();
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
    std::size_t e = q + 1;
    const bool numbered = (c == '$' && dollar) || (c == '?' && !dollar);
    if (numbered && (q == from || !sql::ident(d[q - 1]))) {
      std::size_t number = read_number(d, e, to);
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

// The column list of the last INSERT (or REPLACE) in d[from, limit):
// INSERT [IGNORE] INTO name (a, b) [OUTPUT ...] VALUES. False: none.
bool insert_columns(std::string_view d, std::size_t from, std::size_t limit, SqlTable& t) {
  std::size_t insert = std::string_view::npos;
  for (std::size_t q = limit; q > from; --q)
    if (word_is(d, q - 1, limit, "INSERT") || word_is(d, q - 1, limit, "REPLACE")) {
      insert = q - 1;
      break;
    }
  if (insert == std::string_view::npos) return false;
  std::size_t q = insert + 6;
  for (std::size_t r = q; r + 4 <= limit && r < q + 32; ++r)
    if (word_is(d, r, limit, "INTO")) {
      q = r + 4;
      break;
    }
  q = sql::skip_space(d, q, limit);
  std::size_t name_from = 0, name_to = 0, next = 0;
  if (!sql::table_name(d, q, name_from, name_to, next) || next > limit) return false;
  q = sql::skip_space(d, next, limit);
  if (q >= limit || d[q] != '(') return false;
  const std::size_t close = sql::closing(d, q);
  if (close >= limit) return false;
  t = SqlTable{};
  t.data = d;
  t.kind = TableKeyword::Insert;
  t.names_from = q;
  t.names_to = close;
  return true;
}

// The item-th (0-based) name of an INSERT's column list, and how many.
std::size_t nth_column(const SqlTable& t, std::size_t item, std::size_t& name_from, std::size_t& name_to) {
  return sql_names(t, [&](std::size_t col, std::size_t nf, std::size_t nt) {
    if (col == item) name_from = nf, name_to = nt;
  });
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
  bool compared = false;
  // lower(?), CAST(? AS date), to_date($1, 'YYYY-MM-DD'): one call around it
  if (p > from && d[p - 1] == '(') {
    const std::size_t call_to = back_blanks(p - 1);
    std::size_t call_from = call_to;
    while (call_from > from && sql::ident(d[call_from - 1])) --call_from;
    if (call_from < call_to && word_is(d, call_from, call_to, "IN")) {
      compared = true;
      p = back_blanks(call_from);
    } else if (call_from < call_to && !word_is(d, call_from, call_to, "VALUES")) {
      p = back_blanks(call_from);
    }
  }
  if (!compared) {
    const std::size_t op = p;
    while (p > from && (d[p - 1] == '=' || d[p - 1] == '<' || d[p - 1] == '>' || d[p - 1] == '!')) --p;
    if (p == op) {
      std::size_t w = p;
      while (w > from && sql::ident(d[w - 1])) --w;
      if (w < p && (word_is(d, w, p, "LIKE") || word_is(d, w, p, "ILIKE"))) p = w;
    }
    compared = p != op;
  }
  if (compared) {
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
  SqlTable t;
  if (item == SIZE_MAX || !insert_columns(d, from, values, t)) return false;
  std::size_t nf = 0, nt = 0;
  if (nth_column(t, item, nf, nt) <= item) return false;
  name_from = nf, name_to = nt;
  return true;
}

// A date bound as a timestamp at midnight (EF Core's DateTime
// '1955-06-01T00:00:00.0000000', JDBC's '1955-06-01 00:00:00.0',
// Prisma's '1955-06-01 00:00:00 UTC'): the date alone, as a column of
// dates holds it.
void drop_midnight(std::string_view d, std::size_t from, std::size_t& to) {
  if (to - from < 19 || (d[from + 10] != 'T' && d[from + 10] != ' ') || d.substr(from + 11, 8) != "00:00:00") return;
  for (std::size_t i = 0; i < 10; ++i)
    if ((i == 4 || i == 7) ? d[from + i] != '-' : !ascii::is_digit(d[from + i])) return;
  for (std::size_t i = from + 19; i < to; ++i)
    if (!ascii::is_digit(d[i]) && std::string_view(".:+- ZUTCGM").find(d[i]) == std::string_view::npos) return;
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

// The statement a list's values are bound to, searched for where the
// form puts it: for EF Core the rest of the list's line and the indented
// lines under it; for a failing row the STATEMENT on the next two lines,
// else as for the others: the nearest line before the list (or the
// list's own line before it) whose verb starts a statement holding a
// placeholder for the list's first value.
bool find_statement(std::string_view d, std::size_t end, Form form, const List& list, std::size_t& from,
                    std::size_t& to) {
  if (list.stmt_to > list.stmt_from) {
    from = list.stmt_from, to = list.stmt_to;
    return true;
  }
  if (form == Form::EfCore) {
    from = list.stop;
    to = line_end(d, list.stop);
    for (std::size_t lines = 0; lines < kMaxBackLines && to < d.size() && to - from < kMaxBack; ++lines) {
      std::size_t next = to;
      while (next < d.size() && (d[next] == '\r' || d[next] == '\n')) {
        if (d[next] == '\n' && next > to) break;  // (a blank line ends it)
        ++next;
      }
      if (next >= d.size() || (d[next] != ' ' && d[next] != '\t')) break;
      to = line_end(d, next);
    }
    return true;
  }
  const std::string_view first_name =
      d.substr(list.params[0].name_from, list.params[0].name_to - list.params[0].name_from);
  if (form == Form::FailingRow) {
    std::size_t a = next_line(d, list.stop);
    for (int lines = 0; lines < 2 && a < d.size(); ++lines, a = next_line(d, a)) {
      const std::size_t b = line_end(d, a), verb = verb_in(d, a, b);
      if (verb != std::string_view::npos && d.substr(a, b - a).find("STATEMENT:") != std::string_view::npos) {
        from = verb, to = b;
        return true;
      }
    }
  }
  // (first the list's own line before it, then a line at a time back)
  std::size_t b = end;
  for (std::size_t lines = 0; lines <= kMaxBackLines && end - b <= kMaxBack; ++lines) {
    const std::size_t a = line_start(d, b == end ? end : b - 1);
    const std::string_view line = d.substr(a, b - a);
    // (a list of an earlier statement: past it; Hibernate's bindings
    // for this one stand one a line before this one)
    const bool binding = b != end && line.find("binding parameter") != std::string_view::npos;
    if (b != end && !binding &&
        (line.find("arameters: $") != std::string_view::npos || line.find("Parameters: ") != std::string_view::npos))
      return false;
    if (binding && form != Form::Hibernate) return false;
    const std::size_t verb = binding ? std::string_view::npos : verb_in(d, a, b);
    std::size_t at = 0, at_end = 0;
    if (verb != std::string_view::npos &&
        (form == Form::FailingRow || find_placeholder(d, verb, end, list.params[0].index, first_name, at, at_end))) {
      from = verb;
      to = form == Form::FailingRow ? line_end(d, verb) : end;
      return true;
    }
    if (a == 0) return false;
    b = a;
  }
  return false;
}

// The trigger expression: MyBatis' arrow, then each literal, escaped.
std::string expression() {
  std::string e = "(?:==> {1,4}Parameters: ";
  for (const Literal& l : kLiterals) {
    e += '|';
    for (char c : l.text) {
      if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) e += '\\';
      e += c;
    }
  }
  return e + ")";
}

}  // namespace

const char* bound_parameter_expression() {
  static const std::string e = expression();
  return e.c_str();
}

std::size_t bound_list_at(std::string_view d, std::size_t at) noexcept {
  if (at >= d.size()) return 0;
  for (const Literal& l : kLiterals)
    if (d[at] == l.text[0] && at_text(d, at, l.text)) return at + l.text.size();
  if (d[at] == '=' && at_text(d, at, "==>")) {
    std::size_t p = at + 3;
    while (p < d.size() && d[p] == ' ' && p - at - 3 < 4) ++p;
    return p > at + 3 && at_text(d, p, "Parameters: ") ? p + 12 : 0;
  }
  return 0;
}

std::size_t bound_values(std::string_view d, std::size_t end, BoundValue* out, std::size_t cap) noexcept {
  const Form form = form_at(d, end);
  List list;
  read_list(d, end, form, list);
  if (list.n == 0) return 0;
  std::size_t from = 0, to = 0;
  const bool statement = !list.names_are_columns && find_statement(d, end, form, list, from, to);
  // A failing row's values are the INSERT's columns, all of them, in order.
  SqlTable insert;
  std::size_t columns = 0;
  if (statement && list.by_place && insert_columns(d, from, to, insert)) {
    std::size_t nf = 0, nt = 0;
    columns = nth_column(insert, 0, nf, nt);
  }
  if (list.counted) {
    std::size_t at = 0, at_end = 0;
    if (!statement || !find_placeholder(d, from, to, list.n, {}, at, at_end) ||
        find_placeholder(d, from, to, list.n + 1, {}, at, at_end))
      return 0;
  }
  std::size_t count = 0;
  for (std::size_t i = 0; i < list.n && count < cap; ++i) {
    const Param& p = list.params[i];
    BoundValue v;
    v.value_from = p.from;
    v.value_to = p.to;
    drop_midnight(d, v.value_from, v.value_to);
    const std::string_view name = d.substr(p.name_from, p.name_to - p.name_from);
    bool named = false;
    if (list.names_are_columns) {
      v.name_from = p.name_from, v.name_to = p.name_to;
      named = p.name_to > p.name_from;
    } else if (list.by_place) {
      named = columns == list.n && nth_column(insert, p.index - 1, v.name_from, v.name_to) > p.index - 1;
    } else if (statement) {
      std::size_t at = 0, at_end = 0;
      named = find_placeholder(d, from, to, p.index, name, at, at_end) && column_for(d, from, to, at, v.name_from, v.name_to);
    }
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
