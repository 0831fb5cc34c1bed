// Validators of national identity numbers, birth dates and passport
// numbers (policies/gdpr.toml). Same contract as validators.h: pure,
// allocation-free, noexcept; they run on the shim's hot path.
// validators.cpp names and dispatches them through the three functions
// at the end.
#pragma once

#include <optional>
#include <string_view>

#include "privguard/validators.h"

namespace privguard::core::national {

// A calendar date that exists, year 1900-2099: ISO "1984-03-12" (also
// with / or ., or "19840312"), day first or month first with a four-digit year
// ("12/03/1984", "03/12/1984", "12.03.1984": one of the two readings
// must exist), or with a month name in English, German, French, Spanish,
// Italian or Dutch ("12 March 1984", "March 12, 1984", "12. März 1984",
// "12 de marzo de 1984", "1er mars 1984").
bool date_valid(std::string_view) noexcept;
// 6-9 capitals and digits, at least 2 digits (1 in a Dutch passport's
// shape: two letters, six letters or digits, a digit); not one repeated character,
// not repeated or sequential digits ("000000000", "A12345678").
bool passport_valid(std::string_view) noexcept;
// UK National Insurance number: two prefix letters allowed by HMRC (first
// not D F I Q U V, second not D F I O Q U V, not BG GB KN NK NT TN ZZ),
// six digits (not all the same), suffix A-D; spaces anywhere between.
bool uk_nino_valid(std::string_view) noexcept;
// Dutch BSN: 9 digits (spaces or dots between groups), 11-test.
bool nl_bsn_valid(std::string_view) noexcept;
// Swedish personnummer or samordningsnummer (day + 60): YYMMDD-NNNN,
// YYMMDD+NNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN; an existing date, Luhn over
// the ten digits YYMMDDNNNN. A long form of the 2000s whose last four
// digits read as a time (HHMM) is taken for a timestamp.
bool se_personnummer_valid(std::string_view) noexcept;
// The same for a value a label or a column names: YYYYMMDD-HHMM is then
// a personnummer, not a timestamp.
bool se_personnummer_named_valid(std::string_view) noexcept;
// Finnish henkilötunnus DDMMYYCZZZQ: century sign + (1800s), - U V W X Y
// (1900s), A B C D E F (2000s); an existing date; individual number
// 002-999; check character DDMMYYZZZ mod 31.
bool fi_hetu_valid(std::string_view) noexcept;
// German Steuer-IdNr: 11 digits (spaces between groups), first not 0, in
// the first ten one digit twice or three times (three not in a row), the
// others at most once; ISO 7064 MOD 11,10 check digit.
bool de_steuer_id_valid(std::string_view) noexcept;
// French NIR: sex 1/2, year, month 01-12, 20, 30-42 or 50-99, department
// 01-99 or 2A/2B, commune, order 001-999, key 97 - (number mod 97) with
// 2A as 19 and 2B as 18; spaces between groups.
bool fr_nir_valid(std::string_view) noexcept;
// Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), the
// letter "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23]; dots and dashes allowed.
// Eight digits that read as a date of 1900-2099 (YYYYMMDD) are none.
bool es_dni_valid(std::string_view) noexcept;
// Italian codice fiscale: 16 characters, birth day and month letter that
// exist (omocodia letters L-V in place of digits), check character per
// the official odd/even tables.
bool it_codice_fiscale_valid(std::string_view) noexcept;
// Aadhaar: 12 digits (spaces or dashes between groups), first 2-9,
// Verhoeff check digit.
bool in_aadhaar_valid(std::string_view) noexcept;

// Check characters, for tests and for building valid examples.
char fi_hetu_check_char(std::string_view ddmmyyzzz) noexcept;          // '\0' on bad input
int de_steuer_id_check_digit(std::string_view ten_digits) noexcept;    // -1 on bad input
int fr_nir_key(std::string_view thirteen) noexcept;                    // 1..97, -1 on bad input
char es_dni_letter(unsigned long number) noexcept;
char it_codice_fiscale_check_char(std::string_view fifteen) noexcept;  // '\0' on bad input
int verhoeff_check_digit(std::string_view digits) noexcept;            // -1 on bad input
bool verhoeff_valid(std::string_view digits) noexcept;

// For validators.cpp: the names of the validators above ("unknown" for
// any other), parsing them, and dispatching to them (false for others).
std::string_view name(Validator) noexcept;
std::optional<Validator> parse(std::string_view) noexcept;
bool validate(Validator, std::string_view value) noexcept;

}  // namespace privguard::core::national
