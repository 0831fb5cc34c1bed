// HL7 v2 patient segments name their fields by position, and the patient's
// identifiers by a type code after the value:
//
//   PID|1||MRN3920355^^^HOSP^MR~471626339^^^SSA^SS||DOE^JANE||19850316|F|...
//
// PID-7 is the date of birth, PID-13 and PID-14 the home and business
// phone (in each repetition component 1, or v2.5's area code or local
// number, components 6 and 7, when only one is there), PID-19 the SSN; in
// the next of kin's NK1 segment, NK1-5 and NK1-6 their phones, NK1-16
// their date of birth and NK1-37 their SSN; each repetition of PID-3 is an identifier with its
// assigning authority (component 4) and type code (component 5: SS social
// security number, PPN passport, NNxxx the national identifier of country
// xxx, NI / NN one of no country; an authority given only by its OID,
// "&1.2.752.129.2.1.3.1&ISO", by the scheme that OID registers). As with
// table columns (columns.h), the engine reads each such value as if it
// were written "label: value". This file only reads the segment's shape.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "typed_values.h"

namespace privguard::core {

constexpr std::size_t kMaxHl7Values = 16;

struct Hl7Value {
  TextSpan value;
  std::string_view label;  // a name ("date_of_birth") or a span of the buffer (an authority)
};

// The labelled values of the PID or NK1 segment whose fields start at
// `fields` (one past "PID|" or "NK1|"), up to the segment's end; returns how many (at most
// kMaxHl7Values).
std::size_t hl7_pid_values(std::string_view data, std::uint64_t fields, Hl7Value* out) noexcept;

}  // namespace privguard::core
