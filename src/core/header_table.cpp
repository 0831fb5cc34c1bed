#include "header_table.h"

#include "ascii.h"

namespace privguard::core {
namespace {

using ascii::iequals;

bool blank(char c) noexcept { return c == ' ' || c == '\t'; }

// Words that make a comment a sentence, not a list of column names.
bool sentence_word(std::string_view w) noexcept {
  static constexpr std::string_view kWords[] = {"the", "a",    "an",   "is",  "are", "in",   "of",  "for", "to",
                                                "and", "or",   "your", "this", "be", "with", "on",  "at",  "by",
                                                "from", "it",  "not",  "use", "set", "see",  "here", "must", "will"};
  for (std::string_view k : kWords)
    if (iequals(w, k)) return true;
  return false;
}

bool secret_word(std::string_view w) noexcept {
  for (std::string_view k : {"secret", "password", "passwd", "pwd", "psk"})
    if (iequals(w, k)) return true;
  return false;
}

}  // namespace

HeaderColumns commented_header(std::string_view data, std::uint64_t line, std::uint64_t eol) noexcept {
  std::uint64_t i = line;
  while (i < eol && blank(data[i])) ++i;
  if (i >= eol || data[i] != '#') return {};
  ++i;
  while (i < eol && blank(data[i])) ++i;
  // "Format:" or "Syntax:" before the names
  for (std::string_view lead : {"format:", "syntax:"})
    if (eol - i > lead.size() && iequals(data.substr(i, lead.size()), lead)) {
      i += lead.size();
      break;
    }
  HeaderColumns h;
  int secrets = 0;
  // One run of names split by ':' ("name:model:username:password:enable").
  {
    std::uint64_t e = eol;
    while (e > i && (blank(data[e - 1]) || data[e - 1] == '\r')) --e;
    const std::string_view run = data.substr(i, e - i);
    if (run.find(':') != std::string_view::npos && run.find_first_of(" \t") == std::string_view::npos) {
      for (std::size_t from = 0; from <= run.size();) {
        std::size_t to = run.find(':', from);
        if (to == std::string_view::npos) to = run.size();
        const std::string_view name = run.substr(from, to - from);
        if (name.empty() || name.size() > 24 || !ascii::is_alpha(name[0])) return {};
        for (char c : name)
          if (!ascii::is_alnum(c) && c != '_' && c != '-') return {};
        if (secret_word(name)) {
          ++secrets;
          h.secret = h.columns;
        }
        if (++h.columns > 8) return {};
        from = to + 1;
      }
      if (secrets != 1 || h.columns < 3) return {};
      h.separator = ':';
      return h;
    }
  }
  while (i < eol) {
    while (i < eol && blank(data[i])) ++i;
    if (i >= eol || data[i] == '\r') break;
    std::uint64_t from = i;
    std::string_view name;
    if (data[i] == '<') {  // <mount point or server url>: one column
      while (i < eol && data[i] != '>') ++i;
      if (i >= eol) return {};
      name = data.substr(from + 1, i - from - 1);
      ++i;
      if (i < eol && !blank(data[i]) && data[i] != '\r') return {};
      // its last word names it (<username>, <password>)
      std::size_t b = name.find_last_of(" \t");
      if (b != std::string_view::npos) name = name.substr(b + 1);
    } else {
      while (i < eol && !blank(data[i]) && data[i] != '\r') ++i;
      name = data.substr(from, i - from);
      if (name.size() > 24 || !ascii::is_alpha(name[0])) return {};
      for (char c : name)
        if (!ascii::is_alnum(c) && c != '_' && c != '-') return {};
      if (sentence_word(name)) return {};
    }
    if (secret_word(name)) {
      ++secrets;
      h.secret = h.columns;
    }
    if (++h.columns > 8) return {};
  }
  if (secrets != 1 || h.columns < 3) return {};
  return h;
}

int row_fields(std::string_view data, std::uint64_t line, std::uint64_t eol, Span* out, int max) noexcept {
  int n = 0;
  std::uint64_t i = line;
  while (true) {
    while (i < eol && blank(data[i])) ++i;
    if (i >= eol || data[i] == '\r') return n;
    const std::uint64_t from = i;
    if (data[i] == '"') {
      ++i;
      while (i < eol && data[i] != '"') i += (data[i] == '\\' && i + 1 < eol) ? 2 : 1;
      if (i >= eol) return -1;  // an unclosed quote: no row
      ++i;
    } else {
      while (i < eol && !blank(data[i]) && data[i] != '\r') ++i;
    }
    if (n < max) out[n] = Span{from, i};
    ++n;
  }
}

int split_fields(std::string_view data, std::uint64_t line, std::uint64_t eol, char separator, Span* out,
                 int max) noexcept {
  while (eol > line && (blank(data[eol - 1]) || data[eol - 1] == '\r')) --eol;
  int n = 0;
  for (std::uint64_t from = line;; ++n) {
    std::uint64_t to = from;
    while (to < eol && data[to] != separator) ++to;
    if (n < max) out[n] = Span{from, to};
    if (to >= eol) return n + 1;
    from = to + 1;
  }
}

}  // namespace privguard::core
