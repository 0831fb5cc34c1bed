#include "hl7_fields.h"

#include "id_names.h"

namespace privguard::core {
namespace {

constexpr std::uint64_t kMaxSegment = 4096;

bool segment_end(char c) { return c == '\r' || c == '\n'; }

// A national person identifier's label by its country (ISO 3166 alpha-3,
// id_names.h), or "national_id" where no one rule knows it.
std::string_view national_label(std::string_view country) {
  const std::string_view name = national_id_name(country);
  return name.empty() ? std::string_view("national_id") : name;
}

// A type code's label (HL7 table 0203): what a rule's context knows.
// "NNxxx" is a national person identifier of country xxx ("NNSWE").
std::string_view type_label(std::string_view code) {
  if (code == "SS") return "ssn";
  if (code == "PPN") return "passport";
  if (code.size() == 5 && code.substr(0, 2) == "NN") return national_label(code.substr(2));
  if (code == "NI" || code == "NN") return "national_id";
  return {};
}

// An assigning authority given by its OID only ("&1.2.752.129.2.1.3.1&ISO"):
// the registered identifier schemes a rule knows by name.
std::string_view authority_label(std::string_view oid) {
  if (oid == "1.2.752.129.2.1.3.1" || oid == "1.2.752.129.2.1.3.3") return "personnummer";  // Sweden (and samordningsnummer)
  if (oid == "2.16.840.1.113883.4.1") return "ssn";                                           // US SSA
  if (oid == "2.16.840.1.113883.2.4.6.3" || oid == "2.16.528.1.1007.3.3") return "bsn";      // the Netherlands
  return {};
}

struct Out {
  Hl7Value* v;
  std::size_t n = 0;
  void add(std::uint64_t from, std::uint64_t to, std::string_view label) {
    if (n < kMaxHl7Values && to > from && !label.empty()) v[n++] = Hl7Value{TextSpan{from, to}, label};
  }
};

// PID-3: repetitions split by '~', components by '^': ID^check^scheme^authority^type.
void identifiers(std::string_view d, std::uint64_t from, std::uint64_t to, Out& out) {
  for (std::uint64_t rep = from; rep < to;) {
    std::uint64_t rep_end = rep;
    while (rep_end < to && d[rep_end] != '~') ++rep_end;
    std::uint64_t comp[6] = {rep, rep, rep, rep, rep, rep}, comp_end[6] = {rep, rep, rep, rep, rep, rep};
    std::size_t c = 0;
    for (std::uint64_t p = rep; c < 6;) {
      comp[c] = p;
      while (p < rep_end && d[p] != '^') ++p;
      comp_end[c++] = p;
      if (p >= rep_end) break;
      ++p;
    }
    if (c >= 5) {
      std::uint64_t auth_end = comp[3];  // the authority's first subcomponent
      while (auth_end < comp_end[3] && d[auth_end] != '&') ++auth_end;
      if (auth_end > comp[3]) {
        out.add(comp[0], comp_end[0], d.substr(comp[3], auth_end - comp[3]));
      } else if (auth_end < comp_end[3]) {
        std::uint64_t oid_end = auth_end + 1;  // its universal id, the second
        while (oid_end < comp_end[3] && d[oid_end] != '&') ++oid_end;
        out.add(comp[0], comp_end[0], authority_label(d.substr(auth_end + 1, oid_end - auth_end - 1)));
      }
      out.add(comp[0], comp_end[0], type_label(d.substr(comp[4], comp_end[4] - comp[4])));
    }
    rep = rep_end + 1;
  }
}

// The first component of a field's first repetition.
void first_component(std::string_view d, std::uint64_t from, std::uint64_t to, std::string_view label, Out& out) {
  std::uint64_t e = from;
  while (e < to && d[e] != '^' && d[e] != '~') ++e;
  out.add(from, e, label);
}

// A telephone field (XTN), each repetition ("home~mobile"): the number as
// v2.3 wrote it (component 1), or else v2.5's area code (component 6) or
// local number (component 7) when only one of them is there: senders put
// a mobile number without an area code in either ("^PRN^CP^^91^8522268375").
void telephone(std::string_view d, std::uint64_t from, std::uint64_t to, Out& out) {
  for (std::uint64_t rep = from; rep < to;) {
    std::uint64_t rep_end = rep;
    while (rep_end < to && d[rep_end] != '~') ++rep_end;
    std::uint64_t comp[7], comp_end[7];
    std::size_t c = 0;
    std::uint64_t p = rep;
    while (c < 7) {
      comp[c] = p;
      while (p < rep_end && d[p] != '^') ++p;
      comp_end[c++] = p;
      if (p >= rep_end) break;
      ++p;
    }
    const bool area = c >= 6 && comp_end[5] > comp[5], local = c == 7 && comp_end[6] > comp[6];
    if (comp_end[0] > comp[0]) out.add(comp[0], comp_end[0], "phone");
    else if (area != local) out.add(area ? comp[5] : comp[6], area ? comp_end[5] : comp_end[6], "phone");
    rep = rep_end + 1;
  }
}

// A timestamp field: the date is its first eight digits.
void birth_date(std::string_view d, std::uint64_t from, std::uint64_t to, Out& out) {
  std::uint64_t n = 0;
  while (from + n < to && n < 8 && d[from + n] >= '0' && d[from + n] <= '9') ++n;
  if (n == 8) out.add(from, from + 8, "date_of_birth");
}

}  // namespace

std::size_t hl7_pid_values(std::string_view d, std::uint64_t fields, Hl7Value* v) noexcept {
  Out out{v};
  const std::uint64_t hi = d.size() - fields > kMaxSegment ? fields + kMaxSegment : d.size();
  // NK1, the next of kin: 5 and 6 their phones, 16 their date of birth,
  // 37 their SSN. (The trigger reports only "PID|" and "NK1|".)
  const bool kin = fields >= 4 && d.substr(fields - 4, 3) == "NK1";
  std::uint64_t p = fields;
  for (int field = 1; p <= hi && field <= (kin ? 37 : 19); ++field) {
    std::uint64_t e = p;
    while (e < hi && d[e] != '|' && !segment_end(d[e])) ++e;
    if (kin) {
      switch (field) {
        case 5:
        case 6: telephone(d, p, e, out); break;
        case 16: birth_date(d, p, e, out); break;
        case 37: first_component(d, p, e, "ssn", out); break;
        default: break;
      }
    } else {
      switch (field) {
        case 3: identifiers(d, p, e, out); break;
        case 7: birth_date(d, p, e, out); break;
        case 13:
        case 14: telephone(d, p, e, out); break;
        case 19: first_component(d, p, e, "ssn", out); break;
        default: break;
      }
    }
    if (e >= hi || d[e] != '|') break;
    p = e + 1;
  }
  return out.n;
}

}  // namespace privguard::core
