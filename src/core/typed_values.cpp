#include "typed_values.h"

#include "columns.h"
#include "escapes.h"

namespace privguard::core {
namespace {

constexpr std::uint64_t kNone = UINT64_MAX;
// How deep in a member before the value a label may be: FHIR's
// "type": {"coding": [{"code": "PPN"}]} is three levels down.
constexpr int kMaxLabelDepth = 3;

// Hyperscan's \s, as in the trigger expression (columns.h)
bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

// The opening quote of the string whose closing quote is at `close`,
// searched back to `lo`, on one line.
std::uint64_t string_start(std::string_view d, std::uint64_t close, std::uint64_t lo) {
  for (std::uint64_t i = close; i > lo; --i) {
    const char c = d[i - 1];
    if (c == '\n') return kNone;
    if (c == '"' && backslashes_before(d, i - 1) % 2 == 0) return i - 1;
  }
  return kNone;
}

// The closing quote of the string opened at `open`, before `hi`, on one line.
std::uint64_t string_end(std::string_view d, std::uint64_t open, std::uint64_t hi) {
  for (std::uint64_t i = open + 1; i < hi; ++i) {
    if (d[i] == '\\') {
      ++i;
    } else if (d[i] == '"') {
      return i;
    } else if (d[i] == '\n') {
      return kNone;
    }
  }
  return kNone;
}

// A kind's name is a word or a few ("passport", "Passport Number", a
// naming system's URI); a sentence is none: a ticket's "short_description":
// "Réinitialisation du mot de passe -- compte SAP" names no kind of its
// "number".
bool a_kinds_name(std::string_view d, std::uint64_t from, std::uint64_t to) {
  std::size_t spaces = 0;
  for (std::uint64_t i = from; i < to; ++i) spaces += d[i] == ' ';
  return spaces <= 2;
}

void add_label(std::string_view d, TypedValue& out, std::uint64_t from, std::uint64_t to) {
  if (out.count < kMaxLabels && to > from && to - from <= kMaxName && a_kinds_name(d, from, to))
    out.labels[out.count++] = TextSpan{from, to};
}

// The key of the member whose value starts after `at` (exclusive): back
// over spaces, ':' and spaces to a string.
void add_key_before(std::string_view d, std::uint64_t at, std::uint64_t lo, TypedValue& out) {
  std::uint64_t i = at;
  while (i > lo && space(d[i - 1])) --i;
  if (i <= lo || d[i - 1] != ':') return;
  --i;
  while (i > lo && space(d[i - 1])) --i;
  if (i <= lo || d[i - 1] != '"') return;
  const std::uint64_t s = string_start(d, i - 1, lo);
  if (s != kNone) add_label(d, out, s + 1, i - 1);
}

// A JSON key's bytes, as typed_value_key reads them.
bool key_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
constexpr std::uint64_t kMaxKey = 32;

}  // namespace

bool typed_value_key(std::string_view key) noexcept {
  // an identity document's number: "documentNumber", "id_number", Indian
  // KYC's proof of identity or address ("poi_number", "poa_number")
  for (std::string_view doc : {"document", "Document", "doc", "Doc", "identification", "Identification", "identity",
                               "Identity", "id", "Id", "ID", "poi", "POI", "poa", "POA"}) {
    if (key.size() > doc.size() && key.substr(0, doc.size()) == doc) {
      std::string_view rest = key.substr(doc.size());
      if (rest[0] == '_') rest.remove_prefix(1);
      if (rest == "value" || rest == "Value" || rest == "number" || rest == "Number") return true;
    }
  }
  return key == "value" || key == "Value" || key == "number" || key == "Number";
}

std::uint64_t value_after_key(std::string_view d, std::uint64_t p) noexcept {
  for (const std::uint64_t gap = p; p < d.size() && p - gap < kKeywordSpace && space(d[p]);) ++p;
  if (p >= d.size() || d[p] != ':') return 0;
  ++p;
  for (const std::uint64_t gap = p; p < d.size() && p - gap < kKeywordSpace && space(d[p]);) ++p;
  if (p >= d.size() || d[p] != '"') return 0;
  return p + 1;
}

std::uint64_t key_quote_before(std::string_view d, std::uint64_t value_from) noexcept {
  if (value_from < 2 || value_from > d.size() || d[value_from - 1] != '"') return 0;
  std::uint64_t p = value_from - 1;
  for (const std::uint64_t gap = p; p > 0 && gap - p < kKeywordSpace && space(d[p - 1]);) --p;
  if (p == 0 || d[p - 1] != ':') return 0;
  --p;
  for (const std::uint64_t gap = p; p > 0 && gap - p < kKeywordSpace && space(d[p - 1]);) --p;
  if (p == 0 || d[p - 1] != '"') return 0;
  return p - 1;
}

bool typed_value_key_at(std::string_view d, std::uint64_t at, std::uint64_t& value_from) noexcept {
  if (at >= d.size() || d[at] != '"') return false;
  std::uint64_t p = at + 1;
  while (p < d.size() && p < at + 1 + kMaxKey && key_char(d[p])) ++p;
  if (p >= d.size() || d[p] != '"' || !typed_value_key(d.substr(at + 1, p - at - 1))) return false;
  value_from = value_after_key(d, p + 1);
  return value_from != 0;
}

bool typed_value_key_before(std::string_view d, std::uint64_t value_from) noexcept {
  const std::uint64_t key_end = key_quote_before(d, value_from);
  if (key_end == 0) return false;
  std::uint64_t p = key_end;
  while (p > 0 && key_end - p < kMaxKey && key_char(d[p - 1])) --p;
  return p > 0 && d[p - 1] == '"' && typed_value_key(d.substr(p, key_end - p));
}

bool typed_value(std::string_view d, std::uint64_t value_from, TypedValue& out) noexcept {
  out.count = 0;
  if (value_from == 0 || value_from > d.size() || d[value_from - 1] != '"') return false;
  const std::uint64_t close =
      string_end(d, value_from - 1, std::min<std::uint64_t>(d.size(), value_from + kMaxTypedValue));
  if (close == kNone || close == value_from) return false;
  out.value = TextSpan{value_from, close};

  // The key's opening quote: back over the value's quote, spaces, ':' and
  // spaces to the key's closing quote.
  std::uint64_t i = value_from - 1;
  while (i > 0 && space(d[i - 1])) --i;
  if (i == 0 || d[i - 1] != ':') return false;
  --i;
  while (i > 0 && space(d[i - 1])) --i;
  if (i == 0 || d[i - 1] != '"') return false;
  const std::uint64_t lo = i > kMaxObject ? i - kMaxObject : 0;
  std::uint64_t key = string_start(d, i - 1, lo);
  if (key == kNone) return false;

  // Back to the object's '{': the values of the members before, then the
  // key that holds the object (or the array it is an element of).
  int depth = 0;
  for (i = key; i > lo;) {
    const char c = d[i - 1];
    if (c == '"') {
      const std::uint64_t s = string_start(d, i - 1, lo);
      if (s == kNone) break;
      if (depth <= kMaxLabelDepth) {
        std::uint64_t n = i;
        while (n < d.size() && space(d[n])) ++n;
        if (n < d.size() && d[n] != ':') add_label(d, out, s + 1, i - 1);  // a value, not a key
      }
      i = s;
      continue;
    }
    if (c == '}' || c == ']') {
      ++depth;
    } else if (c == '{' || c == '[') {
      if (depth == 0) {
        if (c == '{') {
          std::uint64_t p = i - 1;
          while (p > lo && space(d[p - 1])) --p;
          if (p > lo && (d[p - 1] == '[' || d[p - 1] == ',')) {
            // an element of an array: the array's key (back to its '[')
            int nested = 0;
            for (; p > lo; --p) {
              const char b = d[p - 1];
              if (b == '}' || b == ']') ++nested;
              else if ((b == '{' || b == '[') && nested > 0) --nested;
              else if (b == '[' && nested == 0) break;
            }
            if (p > lo) add_key_before(d, p - 1, lo, out);
          } else {
            add_key_before(d, i - 1, lo, out);
          }
        }
        break;
      }
      --depth;
    }
    --i;
  }

  // On to the object's '}': the values of the members after.
  const std::uint64_t hi = std::min<std::uint64_t>(d.size(), close + kMaxObject);
  depth = 0;
  for (i = close + 1; i < hi; ++i) {
    const char c = d[i];
    if (c == '"') {
      const std::uint64_t e = string_end(d, i, hi);
      if (e == kNone) break;
      if (depth == 0) {
        std::uint64_t p = i;
        while (p > close && space(d[p - 1])) --p;
        if (d[p - 1] == ':') add_label(d, out, i + 1, e);  // a member's value
      }
      i = e;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) break;
      --depth;
    }
  }
  return true;
}

}  // namespace privguard::core
