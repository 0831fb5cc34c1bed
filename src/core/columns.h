// Tables whose header names the columns. A CSV or TSV export labels its
// values once, in its first line ("customer_id,first_name,phone,SSN"), and
// never again in the rows under it, so a rule that needs a label before a
// value ("SSN: 827614345") sees none there. The engine reads each cell of
// a column whose name a rule's context accepts as if it were written
// "name: cell" (engine.cpp); this file only reads the table's shape:
//
//   - the header is the buffer's first line (after a UTF-8 BOM, and after
//     Excel's "sep=;" line, which names the delimiter), or one of the
//     next kPreambleLines when the lines before it are a report's title
//     or '#' comments ("# PFMS beneficiary payment file", "Establishment
//     ID: ... Report: KYC Pending"; up to kCommentLines '#' lines, an
//     export's metadata, count as none) and the line after it has as many
//     fields (a header line may open with a '#' that marks it a comment,
//     "#CHROM\tPOS\tID", when the line under it is none): two or more
//     fields, split by the one of ',' ';' '\t' '|' it holds most of, each
//     a name (a letter, UTF-8 included, or '_' first, then letters,
//     digits, ' ', '_', '.', '-', '#', '/', '(', ')', '[' or ']'; up to
//     kMaxName bytes; quoted or not);
//   - a row is any later line with as many fields; a field in double
//     quotes may hold the delimiter ("a,b") and doubled quotes, not a line
//     break (a row that spans lines miscounts its fields and is skipped);
//   - a Markdown table's header starts with '|' and has its |---| line
//     under it (the rows start after that line); its names may also open
//     with a digit or '(' ("| Aadhaar (1) | (2) |");
//   - or, when the header line holds none of those delimiters, a fixed-
//     width table (a mainframe extract, a report): names separated by
//     spaces, two or more somewhere, over a first row whose values start
//     where the names start (a byte before each is a space). A name is
//     the header's text from one such start to the next ("DATE OF BIRTH"
//     over "1985-03-12", whose 'O' position holds a digit, is one name);
//     a row is any later line that has a space before each column start
//     it reaches, and a cell is its text between two starts, trimmed.
//     Or a header typed a few characters off its rows (up to 3 either
//     way): when every name after padding starts over a value of the
//     first row, all off by the same count, the rows' columns are read
//     there;
//
// An HTML table (a wiki page, a report): a row of <th> cells names the
// columns, each later line that is a row of as many <td> cells is a row
// (one row a line, as pages and exports write them; a cell's inner
// markup, "<td><code>X</code></td>", is not its text), up to </table>.
//
// A table may also start a later section of the buffer: after a blank
// line, the same reading (a title or '#' comments first, then a header
// with a row of its width under it: "# Aadhaar seeding exceptions" then
// "UAN|NAME|AADHAAR|DOB|MOBILE"). Its rows end where the next table's
// section starts.
//
// A Zeek log (http.log, conn.log ...) names its tab-separated columns in
// its "#fields\t" line, after its #separator, #path and #open lines and
// over its #types line: the rows are the lines after those.
//
// A DATEV LODAS import file (German payroll: the ASCII interface of
// LODAS) names its fields away from its rows, per record type:
//
//   [Satzbeschreibung]
//   1;u_lod_psd_mitarbeiter;pnr#psd;duevo_familienname#psd;steuer_id#psd
//   [Stammdaten]
//   1;100;Brandt;90321287469
//
// each description line (type number, table, then its fields' names,
// each with a '#' and its table's abbreviation) is a header whose rows
// are the later lines that start with the same number.
//
// SQL names its columns too, away from the values: in an INSERT's column
// list (INSERT INTO t (id, ssn) VALUES (1, '524713098'), (...)), in the
// CREATE TABLE of a table whose INSERTs list none (mysqldump), or in a
// COPY's list (pg_dump: COPY t (id, ssn) FROM stdin; then tab-separated
// rows up to "\."). A statement is found by its keyword's end (the
// trigger pass reports it; find_table_statements is the same search in
// plain code), and read from there.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bound_parameters.h"
#include "escaped_keys.h"
#include "prose_secrets.h"
#include "secret_maps.h"
#include "user_lists.h"

namespace privguard::core {

constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxColumns = 128;
constexpr std::size_t kMaxFixedColumns = 32;
constexpr std::size_t kPreambleLines = 5;
// '#' comment lines before a header, which count as no preamble line.
constexpr std::size_t kCommentLines = 16;
constexpr std::size_t kMaxTables = 8;
// Blank lines tried for a later section's table: a long document of
// paragraphs costs a few bytes a paragraph, and no more than these.
constexpr std::size_t kMaxSectionTries = 64;

struct TableHeader {
  char delimiter = 0;          // ' ': fixed width, columns at `starts`; '<': HTML
  std::size_t columns = 0;
  std::size_t names_from = 0;  // the header line's start, after a BOM
  std::size_t rows_from = 0;   // one past the header line's end
  std::size_t rows_to = 0;     // where the next table's section starts, or the buffer's end
  // fixed width: each column's start in its line, in characters (UTF-8
  // code points: "Lars Åkesson" pads to the same column as "Jonas Hedlund")
  std::uint16_t starts[kMaxFixedColumns] = {};
  // fixed width: how many characters from `starts` the rows' columns
  // after the first start (a header typed a little off its rows)
  std::int8_t shift = 0;
  // Where the names end when the rows do not start on the line after
  // them (0: at rows_from - 1, the header line's end): psql's rule, Zeek's
  // #types line, a LODAS file's other sections between them.
  // A DATEV LODAS import (lodas_headers): each name ends at its '#'; a row
  // is a line that starts with the record type's number and its ';', the
  // `record_len` bytes at record_from, and its fields are the rest.
  std::size_t names_to = 0;
  std::size_t record_from = 0, record_len = 0;
};

// The end of a header's names (TableHeader::names_to).
inline std::size_t names_end(const TableHeader& h) noexcept { return h.names_to != 0 ? h.names_to : h.rows_from - 1; }

// Where each of `columns` character columns starts in the line
// data[from, to): byte offsets into `out`; a column past the line's end
// gets one past `to`.
inline void fixed_column_bytes(std::string_view data, std::size_t from, std::size_t to, const std::uint16_t* starts,
                               std::size_t columns, std::size_t* out) noexcept {
  std::size_t k = 0, col = 0;
  for (std::size_t i = from; i < to && k < columns; ++i) {
    if ((static_cast<unsigned char>(data[i]) & 0xC0) == 0x80) continue;  // inside a character
    while (k < columns && starts[k] <= col) out[k++] = i;
    ++col;
  }
  while (k < columns) out[k++] = to + 1;
}

// Whether data's first line is a header (above).
bool table_header(std::string_view data, TableHeader& h) noexcept;
// The tables of data: at its start and in later sections (above), at
// most `cap`, in order; returns how many.
std::size_t table_headers(std::string_view data, TableHeader* out, std::size_t cap) noexcept;

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

// The cells of an HTML table's row data[from, to): the text of each
// <th> or <td> element, its inner tags at either end and its blanks left
// out. Returns the number of cells; stops calling `at` past kMaxColumns.
template <class At>
std::size_t html_fields(std::string_view data, std::size_t from, std::size_t to, At at) {
  std::size_t n = 0;
  for (std::size_t p = from; p + 4 <= to;) {
    const std::size_t open = data.substr(p, to - p).find("<t");
    if (open == std::string_view::npos) break;
    std::size_t s = p + open + 2;
    if (s + 1 >= to || (data[s] != 'h' && data[s] != 'd') || (data[s + 1] != '>' && data[s + 1] != ' ')) {
      p = s;
      continue;
    }
    while (s < to && data[s] != '>') ++s;
    const std::size_t close = data.substr(s, to - s).find("</t");
    if (s >= to || close == std::string_view::npos) break;
    std::size_t start = s + 1, end = s + close;
    p = end + 3;
    for (bool trimmed = true; trimmed && start < end;) {
      trimmed = false;
      while (start < end && data[start] == ' ') ++start;
      while (end > start && data[end - 1] == ' ') --end;
      if (start < end && data[start] == '<') {  // <code>, <b>
        while (start < end && data[start] != '>') ++start;
        start += start < end;
        trimmed = true;
      }
      if (end > start && data[end - 1] == '>') {  // </code>
        std::size_t lt = end - 1;
        while (lt > start && data[lt] != '<') --lt;
        if (data[lt] == '<') {
          end = lt;
          trimmed = true;
        }
      }
    }
    if (n < kMaxColumns) at(n, start, end);
    ++n;
  }
  return n;
}

// The cells of the row data[from, to) of the table `h`, as table_fields
// gives them. In a fixed-width row a wide value may run over the next
// column's start ("Allmän (4 § 11 FRL) 20250410-3363" under "Förmånsrätt
// Bevakningsnr"): when that is the last column, its cell starts after
// the word the value ran into. A row that runs over any other column's
// start is not aligned with the header (a line of prose under a
// letterhead) and has none.
template <class At>
std::size_t row_fields(std::string_view data, std::size_t from, std::size_t to, const TableHeader& h, At at) {
  if (h.delimiter == '<') return html_fields(data, from, to, at);
  if (h.delimiter != ' ') return table_fields(data, from, to, h.delimiter, at);
  if (to > from && data[to - 1] == '\r') --to;
  std::size_t starts[kMaxFixedColumns];
  std::uint16_t shifted[kMaxFixedColumns];
  const std::uint16_t* columns = h.starts;
  if (h.shift != 0 && from != h.names_from) {  // (a row, not the names)
    for (std::size_t k = 0; k < h.columns; ++k)
      shifted[k] = static_cast<std::uint16_t>(k == 0 ? 0 : static_cast<int>(h.starts[k]) + h.shift);
    columns = shifted;
  }
  fixed_column_bytes(data, from, to, columns, h.columns, starts);
  for (std::size_t k = 1; k < h.columns; ++k) {
    if (starts[k] >= to || data[starts[k] - 1] == ' ') continue;
    std::size_t q = starts[k];
    while (q < to && data[q] != ' ') ++q;
    if (k + 1 < h.columns || q >= to) return 0;
    starts[k] = q + 1;
  }
  for (std::size_t k = 0; k < h.columns; ++k) {
    std::size_t s = starts[k];
    std::size_t e = k + 1 < h.columns ? starts[k + 1] : to;
    if (s > to) s = to;
    if (e > to) e = to;
    while (s < e && data[s] == ' ') ++s;
    while (e > s && data[e - 1] == ' ') --e;
    at(k, s, e);
  }
  return h.columns;
}

// SQL statements that name columns, by where their keyword ends; JSON
// values their object names (typed_values.h), by where their opening
// quote ends; HL7 v2 PID and NK1 segments (hl7_fields.h), by where "PID|" or "NK1|" ends;
// lists of users and passwords and nginx maps keyed by API keys
// (user_lists.h), by where the line after their opener starts; JSON
// values under keys written with \u escapes (escaped_keys.h), by where
// their opening quote ends; lists of values bound to SQL placeholders
// (bound_parameters.h), by where their form's literal ends:
// the trigger pass's expressions (engine.cpp, which reads a JSON key whole
// once the expression matched its end, and checks that "PID|" starts a
// line and an opener's line: an anchor in the expression would make
// Hyperscan run an automaton over every buffer) and find_table_statements
// report the same ends.
// The white space between the words is bounded (kKeywordSpace, 32, in the
// expressions and in typed_values.cpp and find_table_statements alike) so
// that every trigger has a bounded width: the first pass then reads large
// buffers in segments (windows.h).
enum class TableKeyword : std::uint8_t {
  Insert, CreateTable, Copy, JsonValue, Hl7Pid, UserList, KeyMap, EscapedKey, BoundList, ProseWord, SecretMap
};
constexpr std::size_t kKeywordSpace = 32;
constexpr const char* kTableKeywordExpressions[8] = {
    "(?i)insert\\s{1,32}(?:into\\s|\\[)",
    "(?i)create\\s{1,32}table\\s",
    "COPY\\s",
    "(?:[Vv]alue|[Nn]umber)\"\\s{0,32}:\\s{0,32}\"",
    "(?:PID|NK1)\\|",
    kUserListExpression,
    kKeyMapExpression,
    kEscapedKeyExpression,
};
constexpr std::size_t kMaxStatements = 64;
constexpr std::size_t kMaxJsonValues = 64;
constexpr std::size_t kMaxHl7Segments = 16;
constexpr std::size_t kMaxUserLists = 8;
constexpr std::size_t kMaxEscapedKeys = 64;

// What a buffer holds of tables: its CSV and fixed-width headers, the first kMaxStatements
// SQL keyword ends, kMaxJsonValues JSON value ends, kMaxHl7Segments
// PID segment ends and kMaxUserLists user lists' and key maps' starts
// (each sorted).
struct TableScan {
  TableHeader csv[kMaxTables];
  std::size_t csv_tables = 0;
  std::uint64_t ends[kMaxStatements];
  TableKeyword kinds[kMaxStatements];
  std::size_t statements = 0;
  std::uint64_t json_ends[kMaxJsonValues];
  std::size_t json_values = 0;
  std::uint64_t hl7_ends[kMaxHl7Segments];
  std::size_t hl7_segments = 0;
  // where each list of users and passwords, and each nginx map keyed by
  // an API key, starts (user_lists.h)
  std::uint64_t user_list_from[kMaxUserLists];
  std::size_t user_lists = 0;
  std::uint64_t key_map_from[kMaxUserLists];
  std::size_t key_maps = 0;
  // where each map named for its secrets starts (secret_maps.h)
  std::uint64_t secret_map_from[kMaxUserLists];
  std::size_t secret_maps = 0;
  // JSON values under keys written with \u escapes (escaped_keys.h), by
  // where their opening quote ends
  std::uint64_t escaped_key_ends[kMaxEscapedKeys];
  std::size_t escaped_keys = 0;
  // lists of values bound to an SQL statement's placeholders
  // (bound_parameters.h), by where their trigger ends
  std::uint64_t bound_list_ends[kMaxBoundLists];
  std::size_t bound_lists = 0;
  // words that name a secret in prose and whose sentence gives a value
  // (prose_secrets.h), by where they end
  std::uint64_t prose_ends[kMaxProseWords];
  std::size_t prose_words = 0;
  // the passwords of a buffer that is a plain credentials file (user_lists.h)
  TextSpan plain_passwords[kMaxUserListValues];
  std::size_t plain_credentials = 0;
  // the secrets of a buffer that is an API key bootstrap file (user_lists.h)
  TextSpan bootstrap_secrets[kMaxUserListValues];
  std::size_t bootstrap_keys = 0;
  // Keeps the smallest ends of each, whatever order they come in.
  void add(std::uint64_t end, TableKeyword kind) noexcept;
  // Nothing found yet (a scratch's tables, reused scan after scan).
  void clear() noexcept {
    csv_tables = statements = json_values = hl7_segments = user_lists = key_maps = secret_maps = escaped_keys =
        bound_lists = prose_words = plain_credentials = bootstrap_keys = 0;
  }
  bool any() const noexcept {
    return csv_tables > 0 || statements > 0 || json_values > 0 || hl7_segments > 0 || user_lists > 0 || key_maps > 0 ||
           secret_maps > 0 || escaped_keys > 0 || bound_lists > 0 || prose_words > 0 || plain_credentials > 0 ||
           bootstrap_keys > 0;
  }
};

// The same ends as the trigger pass's expressions, searched in plain code
// (for a scan that has no trigger pass, or whose trigger pass stopped).
void find_table_statements(std::string_view data, TableScan& t) noexcept;

// One SQL table's columns and rows. names(at): at(index, start, end) per
// column name (quotes removed); rows(at): at(row, index, start, end) per
// cell (a quoted string's content), only for rows with as many cells as
// names. Both return false when the statement is not one they read.
struct SqlTable {
  std::string_view data;
  TableKeyword kind;
  std::size_t names_from = 0, names_to = 0;  // the column list's "(...)" or CREATE TABLE's body
  bool create_body = false;                  // names_* is a CREATE TABLE body
  std::size_t rows_from = 0;                 // VALUES' first '(' or COPY's first row
  std::size_t name_from = 0, name_to = 0;    // the table's name
};

// Reads the statement whose keyword ends at `end`: its table name, and
// its column list and rows where it has them (a CREATE TABLE has names
// only; an INSERT without a column list has rows only).
bool sql_statement(std::string_view data, std::uint64_t end, TableKeyword kind, SqlTable& t) noexcept;
// Whether two table names are one ("`shop`.`customers`", customers).
bool same_table(std::string_view a, std::string_view b) noexcept;

// Column names of a column list or CREATE TABLE body; returns the count.
template <class At>
std::size_t sql_names(const SqlTable& t, At at);
// Cells of the rows of an INSERT or COPY; `columns`: the names' count.
template <class At>
void sql_rows(const SqlTable& t, std::size_t columns, At at);

}  // namespace privguard::core

#include "columns_sql.inl"
