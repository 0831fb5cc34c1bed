// Values bound to an SQL statement's placeholders, as database servers,
// drivers and ORMs log them. The statement names the columns, the list
// beside it holds the values, and neither says both:
//
//   LOG:  execute <unnamed>: UPDATE patients SET hetu = $1, date_of_birth = $2 WHERE id = $3
//   DETAIL:  parameters: $1 = '030104B161Y', $2 = '1990-08-17', $3 = '279699'
//
// so a rule that needs a label before a birth date sees none. As with a
// table's columns (columns.h), the engine reads each value as if it were
// written "column: value", the column being the one its placeholder
// stands for: the name compared with it ("hetu = $1", "dob IN (?)",
// "lower(email) = lower(?)"), or the INSERT's column at its place in the
// VALUES tuple ("(email, dob) VALUES (?, ?)").
//
// The lists read (each found by the trigger pass's expression, whose end
// is where the list's reading starts):
//   - PostgreSQL:   DETAIL:  parameters: $1 = 'a', $2 = NULL
//                   (auto_explain's Query Parameters: alike)
//   - pgaudit:      AUDIT: SESSION,1,1,WRITE,INSERT,,,"INSERT ... ($1,$2)",a,b
//   - PostgreSQL's errors: DETAIL:  Key (email)=(a) already exists. (the
//                   names given), DETAIL:  Failing row contains (1, a, b).
//                   (the INSERT's columns in order, on a STATEMENT line
//                   after it, when it lists as many)
//   - Hibernate:    binding parameter [1] as [VARCHAR] - [a]
//                   binding parameter (1:VARCHAR) <- [a]     (one per line)
//   - MyBatis:      ==> Parameters: a(String), 12(Integer), null
//   - SQLAlchemy:   [generated in 0.0002s] ('a', 12)   or   {'email': 'a'}
//                   ([cached since ...] alike)
//   - Django:       ...; args=('a', 12); alias=default (by the INSERT's
//                   columns, its statement holding the values inline)
//   - JavaScript:   Prisma's Params: ["a",12], knex's knex:bindings [ 'a' ],
//                   an error's parameters: [ 'a', ... ] over lines;
//                   Sequelize's Executing (default): ... $1 ...; "a", 12
//   - Doctrine:     (parameters: array{"1":"a"}), "params": {"1": "a"}
//   - Ecto:         QUERY OK ... then, on the next line, the statement and
//                   its list after it: ... ($1,$2) ["a", ~D[1990-05-17]]
//   - EF Core:      [Parameters=[@p0='a' (Size = 4000), @p1=NULL], ...]
//                   (the statement on the lines after it)
//   - Rails:        [["email", "a"], ["dob", "1990-01-01"]]   (names given)
//   - datasource-proxy: Query:["... (?, ?)"], Params:[(a,b)] (unquoted: read
//                   when the statement has as many placeholders)
//   - sqldblogger:  "query": "... ($1, $2)", "args": [12, "a"]
//   - T-SQL:        DECLARE @BirthDate date = '1963-07-01';  (MiniProfiler's
//                   and SSMS' scripts: the variable names its value)
// The statement is the nearest before the list (after it for EF Core):
// from the line that holds its verb (INSERT, UPDATE, SELECT, DELETE,
// MERGE, WITH, CALL, REPLACE) and a placeholder for the value, up to
// kMaxBackLines lines or kMaxBack bytes back; placeholders are $n, '?'
// (JPA's ?n), %s and %(name)s, :name and @name. A named parameter that
// no statement maps is labelled by its own name (SQLAlchemy's
// {'date_of_birth': ...}, Dapper's @Email) unless it is a generated one
// (p0, param_1). A date bound as a timestamp at midnight
// ('1955-06-01T00:00:00.0000000') is read as the date.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

// The trigger: each form's literal (bound_parameters.cpp lists them), as
// one expression of bounded width; built on first call (the shim builds
// its engine before dynamic initializers have run).
const char* bound_parameter_expression();
// Lists read per buffer: the first ones (a 4 MiB block of the realistic
// benchmark corpus holds about 300: PostgreSQL's, Hibernate's one a line).
constexpr std::size_t kMaxBoundLists = 512;
constexpr std::size_t kMaxBoundValues = 32;
constexpr std::size_t kMaxBack = 4096;
constexpr std::size_t kMaxBackLines = 24;

// Where the expression, matched from data[at], ends; 0 when it does not
// match there (the plain-code twin, for find_table_statements).
std::size_t bound_list_at(std::string_view data, std::size_t at) noexcept;

struct BoundValue {
  std::size_t name_from = 0, name_to = 0;    // the column (or the parameter's own name)
  std::size_t value_from = 0, value_to = 0;  // the value, without its quotes
};

// The values of the list the trigger found ending at `end`, each with the
// column it is bound to; those with none are left out. Returns how many
// (at most `cap`).
std::size_t bound_values(std::string_view data, std::size_t end, BoundValue* out, std::size_t cap) noexcept;

}  // namespace privguard::core
