#include "columns.h"

#include "find_bytes.h"
#include "typed_values.h"

#include <algorithm>
#include <cstring>

namespace privguard::core {
namespace {

// Letters include UTF-8's non-ASCII bytes: "Födelsedatum", "Syntymäaika".
bool name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '#' || c == '/' ||
         c == '(' || c == ')' || c == '[' || c == ']';
}
// Whether d[s, e) is a name: a name's first byte, then its bytes, up to
// kMaxName of them.
bool a_name(std::string_view d, std::size_t s, std::size_t e) {
  if (e <= s || e - s > kMaxName || !name_start(d[s])) return false;
  for (std::size_t j = s; j < e; ++j)
    if (!name_char(d[j])) return false;
  return true;
}

// The end of the line starting at `from` (its '\n', or the buffer's end).
std::size_t row_end(std::string_view d, std::size_t from) {
  if (from >= d.size()) return d.size();
  const void* nl = std::memchr(d.data() + from, '\n', d.size() - from);
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - d.data()) : d.size();
}

// Whether the word at d[p] is the last on its line, which ends at `end`.
bool last_word_at(std::string_view d, std::size_t p, std::size_t end) {
  while (p < end && d[p] != ' ') ++p;
  while (p < end && d[p] == ' ') ++p;
  return p >= end;
}

// Whether the line at `from` has a space right before character column
// `col`, or ends before it.
bool space_before_column(std::string_view d, std::size_t from, std::size_t col) {
  if (from >= d.size()) return false;
  const std::size_t to = row_end(d, from);
  std::size_t at = from, c = 0;
  while (at < to && c < col) {
    ++at;
    while (at < to && (static_cast<unsigned char>(d[at]) & 0xC0) == 0x80) ++at;
    ++c;
  }
  return at >= to || (at > from && d[at - 1] == ' ');
}

// Whether the line d[from, end) of names and spaces is a fixed-width
// header (columns.h) over the line after it, whose values start `shift`
// characters from where the names do (0: aligned; otherwise every name
// that padding precedes must start a value's column).
bool fixed_header_shifted(std::string_view d, std::size_t from, std::size_t end, int shift, TableHeader& h) {
  std::size_t line_end = end;
  if (line_end > from && d[line_end - 1] == '\r') --line_end;
  const std::size_t row = end + 1, row_to = row_end(d, row);
  // Runs of two or more spaces that pad a column, not a sentence's end
  // ("installed.  You can"): columns, not the words of a paragraph.
  std::size_t padding = 0;
  std::size_t n = 0, filled = 0;
  // Columns are counted in characters (columns.h): `col` in the header,
  // `row_col` at `in_row` in the row, which only moves forward.
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  std::size_t col = 0, in_row = row, row_col = 0;
  for (std::size_t p = from; p < line_end; ++p) {
    if (p > from && !continuation(d[p - 1])) ++col;
    if (d[p] == ' ') {
      if (p + 1 < line_end && d[p + 1] == ' ' && p > from && d[p - 1] != ' ' && d[p - 1] != '.' && d[p - 1] != ')')
        ++padding;
      continue;
    }
    if (p > from && d[p - 1] != ' ') continue;  // inside a word
    const bool padded = p >= from + 2 && d[p - 2] == ' ';
    if (p > from && static_cast<std::ptrdiff_t>(col) + shift <= 0) return false;
    const std::size_t at = p > from ? col + shift : 0;  // the row's column
    while (in_row < row_to && row_col < at) {
      ++in_row;
      while (in_row < row_to && continuation(d[in_row])) ++in_row;
      ++row_col;
    }
    const bool in_the_row = in_row < row_to && row_col == at;
    // A word starts a column where the row has a space before it (or ends
    // before it); the header's last word, where the row's wide value runs
    // over it ("Allmän (4 § 11 FRL) 20250410-3363" under "Förmånsrätt
    // Bevakningsnr"), also where the row after it has.
    if (n > 0 && in_the_row && d[in_row - 1] != ' ' &&
        !(last_word_at(d, p, line_end) && space_before_column(d, row_to + 1, at))) {
      if (shift != 0 && padded) return false;
      continue;
    }
    // (shifted, a value must start there: not a row that ends before it)
    if (shift != 0 && n > 0 && !(in_the_row && d[in_row] != ' ')) return false;
    if (n == kMaxFixedColumns || col > UINT16_MAX) return false;
    if (n > 0 && in_the_row && d[in_row] != ' ') ++filled;
    h.starts[n++] = static_cast<std::uint16_t>(col);
  }
  // Three columns, two padded, and the row's values start at two of the
  // later ones.
  if (padding < 2 || n < 3 || filled < 2 || h.starts[0] != 0) return false;
  h.shift = static_cast<std::int8_t>(shift);
  h.delimiter = ' ';
  h.columns = n;
  h.names_from = from;
  h.rows_from = end + 1;
  return true;
}

// Whether the line d[from, end) is a fixed-width header: aligned with the
// row under it, or with every value a few characters off the names (a
// header typed above printf's rows, "Ärende          Elev" over
// "20251008-0662 Sofia Bengtsson").
bool fixed_header(std::string_view d, std::size_t from, std::size_t end, TableHeader& h) {
  for (int shift : {0, -1, 1, -2, 2, -3, 3}) {
    h = TableHeader{};
    if (fixed_header_shifted(d, from, end, shift, h)) return true;
  }
  return false;
}

// Whether the line after the one at `from` is a rule of '-' and '+'
// (psql's "----+-------+-----", a crew list's "---+----"), and where the
// line after the rule starts.
bool rule_under(std::string_view d, std::size_t from, std::size_t& rows_from) {
  const std::size_t rule = row_end(d, from) + 1;
  if (rule >= d.size() || d[rule] != '-') return false;
  std::size_t end = row_end(d, rule), to = end, plus = 0;
  if (to > rule && d[to - 1] == '\r') --to;
  for (std::size_t j = rule; j < to; ++j) {
    if (d[j] == '+') ++plus;
    else if (d[j] != '-') return false;
  }
  if (plus == 0 || end >= d.size()) return false;
  rows_from = end + 1;
  return true;
}

// Whether the line at `from` is a Zeek log's "#fields\t" line (columns.h):
// its names, tab-separated, over the "#types" line and the rows.
bool zeek_header(std::string_view d, std::size_t from, TableHeader& h) {
  constexpr std::string_view kFields = "#fields\t";
  if (d.substr(from, kFields.size()) != kFields) return false;
  const std::size_t names_from = from + kFields.size(), eol = row_end(d, from);
  std::size_t names_to = eol;
  if (names_to > names_from && d[names_to - 1] == '\r') --names_to;
  bool names = true;
  const std::size_t n = table_fields(d, names_from, names_to, '\t',
                                     [&](std::size_t, std::size_t a, std::size_t b) { names = names && a_name(d, a, b); });
  if (!names || n < 2 || n > kMaxColumns || eol >= d.size()) return false;
  std::size_t rows = eol + 1;
  while (rows < d.size() && d[rows] == '#') rows = row_end(d, rows) + 1;  // #types, and any other
  h = TableHeader{};
  h.delimiter = '\t';
  h.columns = n;
  h.names_from = names_from;
  h.names_to = names_to;
  h.rows_from = std::min(rows, d.size());
  return true;
}

// Whether the line at `from` is a header (columns.h); `end` is where the
// reading stopped (the line's end when it was read whole).
bool header_line(std::string_view d, std::size_t from, char sep, TableHeader& h, std::size_t& end) {
  end = from;
  // A Markdown table's header starts with '|' ("| System | User | Password |").
  const bool markdown = from < d.size() && d[from] == '|' && sep == 0;
  // A header over a rule of '-' and '+' (psql's aligned output, which
  // pads each name with a blank: " id | name  | ssn"): its rows start
  // after the rule.
  // (a line that a blank opens is read only over such a rule; another
  // line's rule is looked for once it has read as names, below)
  std::size_t ruled_rows = 0;
  bool ruled = sep == 0 && from < d.size() && d[from] == ' ' && rule_under(d, from, ruled_rows);
  // A header that a '#' opens as a comment ("#CHROM\tPOS\tID" in VCF,
  // "#TYP  PERSONNUMMER   NAMN" in a pension fund's fixed-width file) over
  // a row that is none: its first name is read with the '#'.
  const bool hashed = from + 1 < d.size() && d[from] == '#' && name_start(d[from + 1]) && sep == 0;
  if (from >= d.size() || !(name_start(d[from]) || d[from] == '"' || markdown || hashed || ruled)) return false;
  std::size_t counts[4] = {0, 0, 0, 0};
  constexpr char kDelimiters[4] = {',', ';', '\t', '|'};
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
  if (hashed && (end + 1 >= d.size() || d[end + 1] == '#')) return false;
  std::size_t best = 0;
  for (std::size_t i = 1; i < 4; ++i)
    if (counts[i] > counts[best]) best = i;
  if (!ruled && !markdown && sep == 0 && best == 3 && counts[3] > 0 && end + 1 < d.size() && d[end + 1] == '-')
    ruled = rule_under(d, from, ruled_rows);
  if (counts[best] == 0 && sep == 0) return !ruled && fixed_header(d, from, end, h);
  if (ruled && best != 3) return false;  // (psql splits by '|')
  const char delimiter = markdown ? '|' : sep != 0 ? sep : kDelimiters[best];
  std::size_t line_end = end;
  if (line_end > from && d[line_end - 1] == '\r') --line_end;
  while (line_end > from && d[line_end - 1] == ' ') --line_end;
  // Markdown's outer pipes leave an empty first name, and an empty last
  // one when the line ends in '|'.
  const bool closed = markdown && d[line_end - 1] == '|';
  bool names = true;
  std::size_t empty_after_first = SIZE_MAX;
  const std::size_t n = table_fields(d, from, end, delimiter, [&](std::size_t i, std::size_t s, std::size_t e) {
    if (markdown && e == s) {
      if (i > 0 && empty_after_first != SIZE_MAX) names = false;
      if (i > 0) empty_after_first = i;
      return;
    }
    if (e == s + 1 && d[s] == '#') return;  // a row number's column ("| # | Type |")
    // Under a Markdown header the |---| line is the evidence, so a name
    // there may open with a digit or '(' ("| Aadhaar (1) | (2) | (3) |").
    if (e <= s || e - s > kMaxName ||
        !(name_start(d[s]) || (markdown && name_char(d[s])) || (hashed && s == from && name_start(d[s + 1]))))
      names = false;
    // A name is a few words; eight or more are a sentence that holds a
    // comma ("en de pincode ... blijft 4711 (geen wachtwoord, staat ..."),
    // and the lines under it with one comma each are no rows. (A note in
    // brackets is no sentence: Google Workspace's "Recovery Phone [MUST
    // BE IN THE E.164 FORMAT]".)
    std::size_t spaces = 0;
    bool note = false;
    for (std::size_t j = s; j < e && names; ++j) {
      // (a ',' in a name when another character splits the fields: IMO
      // FAL 5's "Family name, given names")
      names = name_char(d[j]) || (d[j] == ',' && delimiter != ',');
      note = d[j] == '[' || (note && d[j] != ']');
      spaces += d[j] == ' ' && j > s && d[j - 1] != ' ' && !note;
    }
    if (spaces >= 7) names = false;
  });
  if (!names || n < 2 || n > kMaxColumns) return false;
  std::size_t rows_from = end + 1;
  if (markdown) {
    // Two names or more between the outer pipes, and the |---|:--| line under them.
    if (empty_after_first != (closed ? n - 1 : SIZE_MAX) || n < (closed ? 4u : 3u)) return false;
    const std::size_t rule_end = row_end(d, rows_from);
    bool dash = false;
    for (std::size_t j = rows_from; j < rule_end; ++j) {
      const char c = d[j];
      if (c == '-') dash = true;
      else if (c != '|' && c != ':' && c != ' ' && c != '\r') return false;
    }
    if (!dash || rule_end >= d.size()) return false;
    rows_from = rule_end + 1;
  } else if (ruled) {
    rows_from = ruled_rows;
  }
  h.delimiter = delimiter;
  h.columns = n;
  h.names_from = from;
  h.names_to = ruled ? end : 0;  // (the names' line, not the rule under it)
  h.rows_from = rows_from;
  return true;
}

}  // namespace

namespace {

// Whether the lines from `from` hold a header (table_header), a preamble
// first. `section`: a later section's table, which needs a row under it
// whatever comes before it.
bool header_at(std::string_view d, std::size_t from, bool section, TableHeader& h) {
  if (!section && d.size() >= from + 3 && d.substr(from, 3) == "\xEF\xBB\xBF") from += 3;
  // Excel's "sep=;" line names the delimiter; the header is the next line.
  char sep = 0;
  if (d.size() >= from + 6 && d.substr(from, 4) == "sep=" && d[from + 4] != '\n') {
    std::size_t eol = from + 5;
    if (eol < d.size() && d[eol] == '\r') ++eol;
    if (eol < d.size() && d[eol] == '\n') {
      sep = d[from + 4];
      from = eol + 1;
    }
  }
  // The first line, or one of the next kPreambleLines: each is rejected at
  // its first byte that no header holds (a log line's timestamp, a JSON
  // brace), so most buffers cost a byte or two a line. A header after a
  // preamble must have a row of its width under it.
  // ('#' comment lines, up to kCommentLines, are no preamble lines: an
  // export's metadata, Visma's and SIE's #FORMAT, #GEN, #ORGNR ...)
  for (std::size_t line = 0, comments = 0; line <= kPreambleLines && from < d.size();) {
    std::size_t end = from;
    if (sep == 0 && zeek_header(d, from, h)) {
      h.rows_to = d.size();
      return true;
    }
    if (header_line(d, from, sep, h, end) &&
        ((line == 0 && comments == 0 && !section && d[from] != '#') || h.delimiter == ' ' ||
         table_fields(d, h.rows_from, row_end(d, h.rows_from), h.delimiter,
                      [](std::size_t, std::size_t, std::size_t) {}) == h.columns)) {
      h.rows_to = d.size();
      return true;
    }
    if (sep != 0 || end >= d.size()) return false;  // Excel's header follows its "sep=" line
    if (d[from] == '#' && comments < kCommentLines)
      ++comments;
    else
      ++line;
    from = row_end(d, end) + 1;
  }
  return false;
}

}  // namespace

namespace {

// Whether the line around a "<th" at `at` is an HTML table's header row
// (columns.h): a line that starts (blanks, <thead> aside) with <tr>, holds
// two or more <th> cells each a name, and is followed by a line.
bool html_header_at(std::string_view d, std::size_t at, TableHeader& h) {
  std::size_t from = at;
  while (from > 0 && d[from - 1] != '\n') --from;
  std::size_t p = from;
  while (p < d.size() && (d[p] == ' ' || d[p] == '\t')) ++p;
  if (d.substr(p, 7) == "<thead>") p += 7;
  if (d.substr(p, 3) != "<tr") return false;
  const std::size_t end = row_end(d, at);
  if (end >= d.size()) return false;
  bool names = true;
  const std::size_t n =
      html_fields(d, p, end, [&](std::size_t, std::size_t s, std::size_t e) { names = names && a_name(d, s, e); });
  if (!names || n < 2 || n > kMaxColumns) return false;
  h.delimiter = '<';
  h.columns = n;
  h.names_from = from;
  h.rows_from = end + 1;
  h.rows_to = std::min(find_bytes(d, "</table>", h.rows_from), d.size());
  return true;
}

constexpr std::string_view kLodasDescriptions = "[Satzbeschreibung]";

// A DATEV LODAS file's record descriptions (columns.h), the lines after
// "[Satzbeschreibung]" at `from`: each "N;table;name#x;name#x..." a header
// (added to out[n, cap)) of the later lines that start with "N;". Returns
// where the descriptions end.
std::size_t lodas_headers(std::string_view d, std::size_t from, TableHeader* out, std::size_t& n, std::size_t cap) {
  std::size_t line = row_end(d, from) + 1;
  const std::size_t first = n;
  while (line < d.size() && n < cap) {
    const std::size_t eol = row_end(d, line);
    std::size_t p = line;
    while (p < eol && p - line < 4 && d[p] >= '0' && d[p] <= '9') ++p;
    if (p == line || p >= eol || d[p] != ';') break;
    std::size_t names_from = p + 1;
    while (names_from < eol && d[names_from] != ';') ++names_from;  // the table's name
    std::size_t names_to = eol;
    while (names_to > names_from && (d[names_to - 1] == '\r' || d[names_to - 1] == ';')) --names_to;
    if (names_from >= names_to) break;
    ++names_from;
    bool marked = true;  // each name with its '#'
    const std::size_t columns = table_fields(d, names_from, names_to, ';', [&](std::size_t, std::size_t a, std::size_t b) {
      marked = marked && b > a && std::memchr(d.data() + a, '#', b - a) != nullptr;
    });
    if (!marked || columns < 2 || columns > kMaxColumns) break;
    TableHeader& h = out[n++];
    h = TableHeader{};
    h.delimiter = ';';
    h.columns = columns;
    h.names_from = names_from;
    h.names_to = names_to;
    h.record_from = line;
    h.record_len = p + 1 - line;
    line = eol + 1;
  }
  for (std::size_t k = first; k < n; ++k) {
    out[k].rows_from = line;
    out[k].rows_to = d.size();
  }
  return line;
}

}  // namespace

bool table_header(std::string_view d, TableHeader& h) noexcept { return header_at(d, 0, false, h); }

std::size_t table_headers(std::string_view d, TableHeader* out, std::size_t cap) noexcept {
  std::size_t n = 0;
  if (cap == 0) return 0;
  if (header_at(d, 0, false, out[0])) ++n;
  // A DATEV LODAS file: its first section, [Allgemein], then its record
  // descriptions at a line's start, blank lines between them or not.
  if (n == 0) {
    constexpr std::string_view kLodas = "[Allgemein]";
    std::size_t at = std::string_view::npos;
    if (d.substr(0, kLodasDescriptions.size()) == kLodasDescriptions) {
      at = 0;
    } else if (d.substr(0, kLodas.size()) == kLodas) {
      at = find_bytes(d, "\n[Satzbeschreibung]", 0);
      if (at != std::string_view::npos) ++at;
    }
    if (at != std::string_view::npos && lodas_headers(d, at, out, n, cap) >= d.size()) return n;
  }
  // Later sections: the line after each blank line past the last table's
  // header, found by find_bytes ("\n\r\n" when the first line ends in
  // "\r\n").
  const void* first_nl = std::memchr(d.data(), '\n', d.size());
  const std::size_t first_eol = first_nl ? static_cast<std::size_t>(static_cast<const char*>(first_nl) - d.data()) : 0;
  const std::string_view blank_line = first_eol > 0 && d[first_eol - 1] == '\r' ? "\n\r\n" : "\n\n";
  std::size_t p = n > 0 ? out[0].rows_from : 0;
  for (std::size_t tries = 0; n < cap && tries < kMaxSectionTries && p < d.size(); ++tries) {
    const std::size_t at = find_bytes(d, blank_line, p);
    if (at == std::string_view::npos) break;
    p = at + blank_line.size();
    if (p >= d.size()) break;
    if (d[p] == '\n' || d[p] == '\r') continue;  // more blank lines
    if (header_at(d, p, true, out[n])) {
      if (n > 0) out[n - 1].rows_to = p;
      p = out[n].rows_from;
      ++n;
    }
  }
  // HTML tables, wherever their header row is. memchr for each '<' (a
  // short needle costs memmem several times a memchr's time a byte).
  auto find_th = [&](std::size_t q) -> std::size_t {
    while (q + 3 <= d.size()) {
      const void* lt = std::memchr(d.data() + q, '<', d.size() - q);
      if (lt == nullptr) return d.size();
      q = static_cast<std::size_t>(static_cast<const char*>(lt) - d.data());
      if (q + 3 <= d.size() && d[q + 1] == 't' && d[q + 2] == 'h') return q;
      ++q;
    }
    return d.size();
  };
  for (std::size_t q = 0, tries = 0; n < cap && tries < kMaxSectionTries && q < d.size(); ++tries) {
    const std::size_t th = find_th(q);
    if (th >= d.size()) break;
    q = th + 3;
    if (q < d.size() && d[q] != '>' && d[q] != ' ') continue;  // <thead>, <thing>
    if (html_header_at(d, th, out[n])) {
      q = out[n].rows_to;
      ++n;
    } else {
      q = row_end(d, th) + 1;
    }
  }
  return n;
}

namespace {
// Keeps the `cap` smallest of the ends added to ends[0, n), sorted.
void keep_smallest(std::uint64_t* ends, std::size_t& n, std::size_t cap, std::uint64_t end) {
  std::size_t i = n;
  for (std::size_t k = 0; k < n; ++k)
    if (ends[k] == end) return;
  if (n == cap) {
    if (end > ends[cap - 1]) return;
    i = cap - 1;  // the largest goes
  } else {
    ++n;
  }
  for (; i > 0 && ends[i - 1] > end; --i) ends[i] = ends[i - 1];
  ends[i] = end;
}
}  // namespace

void TableScan::add(std::uint64_t end, TableKeyword kind) noexcept {
  if (kind == TableKeyword::JsonValue) {
    keep_smallest(json_ends, json_values, kMaxJsonValues, end);
    return;
  }
  if (kind == TableKeyword::Hl7Pid) {
    keep_smallest(hl7_ends, hl7_segments, kMaxHl7Segments, end);
    return;
  }
  if (kind == TableKeyword::UserList) {
    keep_smallest(user_list_from, user_lists, kMaxUserLists, end);
    return;
  }
  if (kind == TableKeyword::KeyMap) {
    keep_smallest(key_map_from, key_maps, kMaxUserLists, end);
    return;
  }
  if (kind == TableKeyword::SecretMap) {
    keep_smallest(secret_map_from, secret_maps, kMaxUserLists, end);
    return;
  }
  if (kind == TableKeyword::EscapedKey) {
    keep_smallest(escaped_key_ends, escaped_keys, kMaxEscapedKeys, end);
    return;
  }
  if (kind == TableKeyword::BoundList) {
    keep_smallest(bound_list_ends, bound_lists, kMaxBoundLists, end);
    return;
  }
  if (kind == TableKeyword::ProseWord) {
    keep_smallest(prose_ends, prose_words, kMaxProseWords, end);
    return;
  }
  std::size_t i = statements;
  for (std::size_t k = 0; k < statements; ++k)
    if (ends[k] == end) return;
  if (statements == kMaxStatements) {
    if (end > ends[kMaxStatements - 1]) return;
    i = kMaxStatements - 1;  // the largest goes
  } else {
    ++statements;
  }
  for (; i > 0 && ends[i - 1] > end; --i) {
    ends[i] = ends[i - 1];
    kinds[i] = kinds[i - 1];
  }
  ends[i] = end;
  kinds[i] = kind;
}

void find_table_statements(std::string_view d, TableScan& t) noexcept {
  // kTableKeywordExpressions, in plain code: "insert\s{1,32}into\s" (or "[") and
  // "create\s{1,32}table\s" in any case, "COPY\s"; each ends one byte past
  // its last word; a JSON "value"/"number" key (or "documentNumber", "id_value" ...) up to its value's quote;
  // a JSON key holding a \u escape up to its value's quote; a list of
  // values bound to SQL placeholders up to its form's literal's end;
// "PID|" or "NK1|" at a line's start.
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  auto words = [&](std::size_t p, std::string_view a, std::string_view b, std::uint64_t& end) {
    for (char c : a)
      if (p >= d.size() || lower(d[p++]) != c) return false;
    const std::size_t gap = p;
    while (p < d.size() && p - gap < kKeywordSpace && sql::space(d[p])) ++p;
    if (p == gap) return false;
    for (char c : b)
      if (p >= d.size() || lower(d[p++]) != c) return false;
    if (p >= d.size() || !sql::space(d[p])) return false;
    end = p + 1;
    return true;
  };
  // T-SQL's INSERT without INTO, before a bracketed name (SQL Server
  // Management Studio's scripts: INSERT [dbo].[Employee] (...) VALUES ...):
  // one past the '['.
  auto insert_bracket = [&](std::size_t p, std::uint64_t& end) {
    for (char ch : std::string_view("insert"))
      if (p >= d.size() || lower(d[p++]) != ch) return false;
    const std::size_t gap = p;
    while (p < d.size() && p - gap < kKeywordSpace && sql::space(d[p])) ++p;
    if (p == gap || p >= d.size() || d[p] != '[') return false;
    end = p + 1;
    return true;
  };
  for (std::size_t i = 0; i + 5 <= d.size(); ++i) {
    const char c = lower(d[i]);
    std::uint64_t end = 0;
    if (d[i] == '"' && typed_value_key_at(d, i, end)) t.add(end, TableKeyword::JsonValue);
    if (d[i] == '\\' && escaped_key_at(d, i, end)) t.add(end, TableKeyword::EscapedKey);
    if ((d[i] == 'P' || d[i] == 'N') && (i == 0 || d[i - 1] == '\r' || d[i - 1] == '\n') &&
        (d.substr(i, 4) == "PID|" || d.substr(i, 4) == "NK1|"))
      t.add(i + 4, TableKeyword::Hl7Pid);
    if (c == 'i' && (words(i, "insert", "into", end) || insert_bracket(i, end))) t.add(end, TableKeyword::Insert);
    else if (c == 'c' && words(i, "create", "table", end)) t.add(end, TableKeyword::CreateTable);
    if (d[i] == 'C' && d.substr(i, 4) == "COPY" && sql::space(d[i + 4])) t.add(i + 5, TableKeyword::Copy);
    if (const std::size_t bound = bound_list_at(d, i)) t.add(bound, TableKeyword::BoundList);
  }
  find_user_lists(d, [&](std::uint64_t list_from) { t.add(list_from, TableKeyword::UserList); });
  find_key_maps(d, [&](std::uint64_t map_from) { t.add(map_from, TableKeyword::KeyMap); });
  find_secret_maps(d, [&](std::uint64_t map_from) { t.add(map_from, TableKeyword::SecretMap); });
  prose_secret_word_ends(d, [&](std::uint64_t end) {
    ProseSecret secret;
    if (prose_secret_value(d, end, secret)) t.add(end, TableKeyword::ProseWord);
  });
}

bool sql_statement(std::string_view d, std::uint64_t end, TableKeyword kind, SqlTable& t) noexcept {
  t = SqlTable{};
  t.data = d;
  t.kind = kind;
  // (T-SQL: the keyword's end is one past the name's '[')
  std::size_t p = end > 0 && end <= d.size() && d[end - 1] == '[' ? end - 1 : sql::skip_space(d, end, d.size());
  std::size_t next = 0;
  if (kind == TableKeyword::CreateTable && sql::word_at(d, p, d.size(), "IF")) {
    p = sql::skip_space(d, p + 2, d.size());
    if (!sql::word_at(d, p, d.size(), "NOT")) return false;
    p = sql::skip_space(d, p + 3, d.size());
    if (!sql::word_at(d, p, d.size(), "EXISTS")) return false;
    p = sql::skip_space(d, p + 6, d.size());
  }
  if (!sql::table_name(d, p, t.name_from, t.name_to, next)) return false;
  p = sql::skip_space(d, next, d.size());
  if (p < d.size() && d[p] == '(') {
    const std::size_t close = sql::closing(d, p);
    if (close == std::string_view::npos) return false;
    t.names_from = p;
    t.names_to = close;
    t.create_body = kind == TableKeyword::CreateTable;
    p = sql::skip_space(d, close + 1, d.size());
  } else if (kind != TableKeyword::Insert) {
    return false;
  }
  switch (kind) {
    case TableKeyword::JsonValue:
    case TableKeyword::Hl7Pid:
    case TableKeyword::UserList:
    case TableKeyword::KeyMap:
    case TableKeyword::EscapedKey:
    case TableKeyword::BoundList:
    case TableKeyword::ProseWord:
    case TableKeyword::SecretMap:
      return false;  // not statements (typed_values.h, hl7_fields.h, user_lists.h, escaped_keys.h, bound_parameters.h, prose_secrets.h, secret_maps.h)
    case TableKeyword::CreateTable: return true;
    case TableKeyword::Insert:
      if (!sql::word_at(d, p, d.size(), "VALUES")) return false;
      p = sql::skip_space(d, p + 6, d.size());
      if (p >= d.size() || d[p] != '(') return false;
      t.rows_from = p;
      return true;
    case TableKeyword::Copy:
      if (t.names_to == 0 || !sql::word_at(d, p, d.size(), "FROM")) return false;
      p = sql::skip_space(d, p + 4, d.size());
      if (!sql::word_at(d, p, d.size(), "STDIN")) return false;
      while (p < d.size() && d[p] != '\n') ++p;
      t.rows_from = p + 1;
      return true;
  }
  return false;
}

bool same_table(std::string_view a, std::string_view b) noexcept {
  // The last part of each, without quotes, in any case.
  auto last = [](std::string_view n) {
    const std::size_t dot = n.rfind('.');
    if (dot != std::string_view::npos) n = n.substr(dot + 1);
    if (n.size() >= 2 && (n[0] == '`' || n[0] == '"') && n.back() == n[0]) n = n.substr(1, n.size() - 2);
    return n;
  };
  a = last(a);
  b = last(b);
  if (a.size() != b.size() || a.empty()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace privguard::core
