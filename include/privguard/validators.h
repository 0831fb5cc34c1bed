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
  // National ids, birth dates, passports (src/core/validators_national.h)
  Date,             // a calendar date that exists, 1900-2099, numeric or with a month name
  Passport,         // 6-9 capitals/digits, at least 2 digits (a Dutch one may hold 1), no placeholder
  UkNino,           // HMRC prefix rules, six digits, suffix A-D
  NlBsn,            // 9 digits, 11-test
  SePersonnummer,   // YYMMDD-NNNN / YYYYMMDDNNNN, existing date, Luhn
  FiHetu,           // DDMMYYCZZZQ, century sign, check character mod 31
  DeSteuerId,       // 11 digits, repetition rule, ISO 7064 MOD 11,10
  FrNir,            // 15 characters, INSEE fields, key 97 - n mod 97
  EsDni,            // DNI / NIE, check letter mod 23
  ItCodiceFiscale,  // 16 characters, omocodia, odd/even check character
  InAadhaar,        // 12 digits, first 2-9, Verhoeff
  // Secrets found by their key name (src/core/validators_secrets.h)
  HighEntropy,        // 16+ chars, no placeholder word or template, entropy >= 3 bits/byte, mixed classes
  Base64Credentials,  // base64 of printable "user:password"
  AzureKey,           // 86 base64 chars + "==" (account key) or 43 + "=" (SAS sig), %XX and \/ decoded
  Pem,          // a PEM private-key block: the match is its BEGIN line, the engine reads on to its own END (pem.h)
  Email,        // an address that looks like text: a real TLD in one case, word-cased labels (email.cpp)
  AwsSecretKey,  // secret-value, and not 40 hex digits (a SHA-1 digest or a hex secret)
  TokenValue,    // secret-value up to 8 KiB: a bearer token may be a JWE or a 2 KiB access token
  BasicCredentials,  // secret-value; past 256 bytes only when it decodes to user:password (an e-mail and a long token)
  // (the last: policy_blob.cpp reads up to it; new validators go after it and move that)
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
// A phone number in a range set aside for drama and documentation (555-01xx,
// Ofcom's, ACMA's, the Bundesnetzagentur's, PTS'), international or national.
bool phone_fictitious(std::string_view number) noexcept;
// An IPv4 address with its octets padded to three digits
// ("010.042.011.020", tcpflow's file and header names), first in
// `number`: no phone number, nor is any part of it.
bool phone_padded_ipv4(std::string_view number) noexcept;
// A number only a label lets through as a phone number: national forms
// without a trunk prefix that phone_valid leaves to other readings (an
// Italian mobile "349 163 2374" is NANP-shaped but no NANP number), and
// Indonesia's mobiles in dashed groups of four ("0853-9601-8931", a hex
// dump's shape when split by spaces).
bool phone_named_valid(std::string_view number) noexcept;

}  // namespace privguard::core
