// Checks that run on a candidate value after Hyperscan flagged it. They turn
// "looks like a card number" into "is a card number", so the patterns can be
// loose and fast. All of them are pure, allocation-free and noexcept: they
// run on the shim's hot path.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace privguard::core {

enum class Validator : unsigned char {
  None,
  Luhn,         // payment cards: 13-19 digits (spaces/dashes ignored), Luhn checksum
  Iban,         // known country, its exact length, mod-97 == 1
  UsSsn,        // AAA-GG-SSSS in issued ranges: area 001-899 but 666, group and serial non-zero
  Phone,        // E.164 (+CC..., 8-15 digits) or NANP with valid area/exchange codes
  Jwt,          // three base64url segments, the first decoding to a JSON object with "alg"
  SecretValue,  // rejects placeholders: masked (***), ${VAR}, <...>, {{..}}, one repeated char, too short
  Pem,          // a PEM private-key block: the match is its BEGIN line, the engine reads on to its own END (pem.h)
  Email,        // an address that looks like text: a real TLD in one case, word-cased labels (email.cpp)
};

std::string_view to_string(Validator) noexcept;
std::optional<Validator> parse_validator(std::string_view) noexcept;

// True when `value` passes the validator (Validator::None always passes).
bool validate(Validator, std::string_view value) noexcept;

// The form an allowlist entry and a candidate are compared in: for the
// digit-shaped validators (Luhn, Iban, UsSsn, Phone) the letters and digits
// only, upper-cased ("4111-1111 1111 1111" -> "4111111111111111", "+1 (202)
// 555-0143" -> "12025550143"); otherwise the value unchanged. Writes into
// `buf` and returns a view of it, or of `value` itself when unchanged; when
// `cap` is too small, returns `value`.
std::string_view canonical(Validator, std::string_view value, char* buf, std::size_t cap) noexcept;

// Individual checks, exposed for tests and for the pseudonym generator.
bool luhn_valid(std::string_view digits_and_separators) noexcept;
char luhn_check_digit(std::string_view digits_without_check) noexcept;  // '0'..'9'
bool iban_valid(std::string_view iban) noexcept;                       // spaces allowed
int iban_length_for_country(std::string_view two_letters) noexcept;   // 0 when unknown
bool email_valid(std::string_view address) noexcept;

}  // namespace privguard::core
