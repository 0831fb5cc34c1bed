// Values that their JSON object names. Records carry a value under a key
// that says nothing of it ("value", "number", an identity document's
// "documentNumber" / "id_number") and name its kind beside it:
//
//   {"type": "passport", "number": "C20871973"}                (HR exports)
//   {"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "..."}  (FHIR)
//   {"system": "phone", "value": "+31 6 ...", "use": "mobile"}
//   "storageAccountKey": {"type": "String", "value": "..."}   (ARM outputs)
//
// so a rule that needs a label before a value sees none. As with table
// columns (columns.h), the engine reads each such value as if written
// "label: value" for each label its object gives: the string values of its
// other keys (before the value also those nested up to three levels in
// them: FHIR's "type": {"coding": [{"code": "PPN"}]}) and the key that
// holds the object (or the array it is in).
// This file only reads the object's shape, bounded: kMaxObject bytes on
// either side, kMaxLabels labels, labels of up to kMaxName bytes.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

struct TextSpan {
  std::uint64_t from = 0, to = 0;
};

constexpr std::size_t kMaxLabels = 8;
constexpr std::uint64_t kMaxObject = 1024;
constexpr std::uint64_t kMaxTypedValue = 256;

// A JSON key's closing quote is followed by blanks (Hyperscan's \s, at
// most kKeywordSpace of them, columns.h), ':', blanks and its value's
// opening quote: where that value starts (one past the quote), from the
// byte after the key's quote; 0 when they are not there.
std::uint64_t value_after_key(std::string_view d, std::uint64_t p) noexcept;
// The same read backwards from a value's start: the offset of the key's
// closing quote; 0 when they are not there.
std::uint64_t key_quote_before(std::string_view d, std::uint64_t value_from) noexcept;

struct TypedValue {
  TextSpan value;                // between its quotes
  TextSpan labels[kMaxLabels];   // between their quotes
  std::size_t count = 0;
};

// `value_from`: one past the opening quote of a value whose key is one of
// typed_value_key's (the trigger pass reports that end, find_table_statements
// too). False when it is not such a string
// value on one line (no closing quote within kMaxTypedValue bytes).
bool typed_value(std::string_view data, std::uint64_t value_from, TypedValue& out) noexcept;

// Whether a JSON key names such a value: "value", "Value", "number" or
// "Number", perhaps after "document", "doc", "id", "identity",
// "identification", "poi" or "poa" and a '_' ("documentNumber",
// "id_number", "poi_number").
bool typed_value_key(std::string_view key) noexcept;

// Whether data[at, ...) starts such a key and its colon and opening quote
// ("value"\s*:\s*"); `value_from` is set past the quote.
bool typed_value_key_at(std::string_view data, std::uint64_t at, std::uint64_t& value_from) noexcept;

// The same, read back from one past the opening quote of the value (the
// trigger pass matches only the key's end: "...Number"\s*:\s*").
bool typed_value_key_before(std::string_view data, std::uint64_t value_from) noexcept;

}  // namespace privguard::core
