#include "privguard/validators.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pg = privguard::core;
using pg::Validator;

namespace {

bool v(Validator k, std::string_view s) { return pg::validate(k, s); }

// Test-side helper (allocation is fine here) to build JWT segments.
std::string b64url(std::string_view in) {
  static constexpr char kAlpha[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlpha[(acc >> bits) & 63u]);
    }
  }
  if (bits > 0) out.push_back(kAlpha[(acc << (6 - bits)) & 63u]);
  return out;
}

constexpr std::string_view kJwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
constexpr std::string_view kJwtPayload =
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
constexpr std::string_view kJwtSig = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

std::string jwt(std::string_view header, std::string_view payload = kJwtPayload,
                std::string_view sig = kJwtSig) {
  std::string s(header);
  s += '.';
  s += payload;
  s += '.';
  s += sig;
  return s;
}

}  // namespace

// ------------------------------------------------------------------ names

TEST(ValidatorNames, RoundTrip) {
  const Validator all[] = {Validator::None,  Validator::Luhn, Validator::Iban,
                           Validator::UsSsn, Validator::Phone, Validator::Jwt,
                           Validator::SecretValue};
  for (Validator k : all) {
    auto parsed = pg::parse_validator(pg::to_string(k));
    ASSERT_TRUE(parsed.has_value()) << pg::to_string(k);
    EXPECT_EQ(*parsed, k);
  }
}

TEST(ValidatorNames, ExactStrings) {
  EXPECT_EQ(pg::to_string(Validator::None), "none");
  EXPECT_EQ(pg::to_string(Validator::Luhn), "luhn");
  EXPECT_EQ(pg::to_string(Validator::Iban), "iban");
  EXPECT_EQ(pg::to_string(Validator::UsSsn), "us-ssn");
  EXPECT_EQ(pg::to_string(Validator::Phone), "phone");
  EXPECT_EQ(pg::to_string(Validator::Jwt), "jwt");
  EXPECT_EQ(pg::to_string(Validator::SecretValue), "secret-value");
}

TEST(ValidatorNames, UnknownRejected) {
  EXPECT_FALSE(pg::parse_validator("").has_value());
  EXPECT_FALSE(pg::parse_validator("ssn").has_value());
  EXPECT_FALSE(pg::parse_validator("us_ssn").has_value());
  EXPECT_FALSE(pg::parse_validator("luhn ").has_value());
  EXPECT_FALSE(pg::parse_validator("LUHN").has_value());
}

TEST(ValidatorNone, AlwaysPasses) {
  EXPECT_TRUE(v(Validator::None, ""));
  EXPECT_TRUE(v(Validator::None, "anything at all"));
}

// ------------------------------------------------------------------ Luhn

TEST(Luhn, KnownValidNumbers) {
  // Well-known test numbers are valid Luhn; allowlisting is the policy's job.
  EXPECT_TRUE(pg::luhn_valid("4111111111111111"));
  EXPECT_TRUE(pg::luhn_valid("5500000000000004"));
  EXPECT_TRUE(pg::luhn_valid("378282246310005"));   // 15 digits (Amex)
  EXPECT_TRUE(pg::luhn_valid("6011111111111117"));
  EXPECT_TRUE(pg::luhn_valid("4222222222222"));     // 13 digits
  EXPECT_TRUE(pg::luhn_valid("1234567890123456785"));  // 19 digits
  EXPECT_TRUE(v(Validator::Luhn, "4111111111111111"));
}

TEST(Luhn, Separators) {
  EXPECT_TRUE(pg::luhn_valid("4111 1111 1111 1111"));
  EXPECT_TRUE(pg::luhn_valid("4111-1111-1111-1111"));
  EXPECT_TRUE(pg::luhn_valid("4111-1111 1111-1111"));
  EXPECT_FALSE(pg::luhn_valid("4111.1111.1111.1111"));
  EXPECT_FALSE(pg::luhn_valid("4111/1111/1111/1111"));
  EXPECT_FALSE(pg::luhn_valid("4111111111111111x"));
  EXPECT_FALSE(pg::luhn_valid(" 4111111111111111\n"));
  // URL-encoded in a query string
  EXPECT_TRUE(pg::luhn_valid("4111%201111%201111%201111"));
  EXPECT_TRUE(pg::luhn_valid("4111+1111+1111+1111"));
  EXPECT_FALSE(pg::luhn_valid("+4111111111111111"));
  EXPECT_FALSE(pg::luhn_valid("4111%2F1111%2F1111%2F1111"));
}

TEST(Luhn, BadChecksum) {
  EXPECT_FALSE(pg::luhn_valid("4111111111111112"));
  EXPECT_FALSE(pg::luhn_valid("5500000000000005"));
  EXPECT_FALSE(v(Validator::Luhn, "4111 1111 1111 1112"));
}

TEST(Luhn, Lengths) {
  EXPECT_FALSE(pg::luhn_valid(""));
  EXPECT_FALSE(pg::luhn_valid("- -"));
  EXPECT_FALSE(pg::luhn_valid("79927398713"));           // valid Luhn, 11 digits
  EXPECT_FALSE(pg::luhn_valid("422222222222"));          // 12 digits
  EXPECT_FALSE(pg::luhn_valid("12345678901234567801"));  // 20 digits
  EXPECT_FALSE(pg::luhn_valid("4111111111111111111111111111111111111111"));
}

TEST(Luhn, AllSameDigitRejected) {
  EXPECT_FALSE(pg::luhn_valid("0000000000000000"));  // passes the checksum
  EXPECT_FALSE(pg::luhn_valid("0000 0000 0000 0"));
}

TEST(Luhn, CheckDigit) {
  EXPECT_EQ(pg::luhn_check_digit("411111111111111"), '1');
  EXPECT_EQ(pg::luhn_check_digit("453201511283036"), '6');
  EXPECT_EQ(pg::luhn_check_digit("7992739871"), '3');
  EXPECT_EQ(pg::luhn_check_digit("550000000000000"), '4');
  EXPECT_EQ(pg::luhn_check_digit("4111 1111 1111 111"), '1');
  EXPECT_EQ(pg::luhn_check_digit(""), '0');
  // Appending the computed digit always yields a valid number.
  std::string base = "123456789012345678";
  base += pg::luhn_check_digit(base);
  EXPECT_EQ(base, "1234567890123456785");
  EXPECT_TRUE(pg::luhn_valid(base));
}

// ------------------------------------------------------------------ IBAN

TEST(Iban, CountryLengths) {
  EXPECT_EQ(pg::iban_length_for_country("DE"), 22);
  EXPECT_EQ(pg::iban_length_for_country("GB"), 22);
  EXPECT_EQ(pg::iban_length_for_country("FR"), 27);
  EXPECT_EQ(pg::iban_length_for_country("NL"), 18);
  EXPECT_EQ(pg::iban_length_for_country("ES"), 24);
  EXPECT_EQ(pg::iban_length_for_country("IT"), 27);
  EXPECT_EQ(pg::iban_length_for_country("BE"), 16);
  EXPECT_EQ(pg::iban_length_for_country("CH"), 21);
  EXPECT_EQ(pg::iban_length_for_country("AT"), 20);
  EXPECT_EQ(pg::iban_length_for_country("PL"), 28);
  EXPECT_EQ(pg::iban_length_for_country("NO"), 15);
  EXPECT_EQ(pg::iban_length_for_country("MT"), 31);
  EXPECT_EQ(pg::iban_length_for_country("LC"), 32);
  EXPECT_EQ(pg::iban_length_for_country("RU"), 33);
  EXPECT_EQ(pg::iban_length_for_country("AD"), 24);
  EXPECT_EQ(pg::iban_length_for_country("YE"), 30);
}

TEST(Iban, UnknownCountries) {
  EXPECT_EQ(pg::iban_length_for_country("US"), 0);
  EXPECT_EQ(pg::iban_length_for_country("ZZ"), 0);
  EXPECT_EQ(pg::iban_length_for_country("de"), 0);
  EXPECT_EQ(pg::iban_length_for_country("D"), 0);
  EXPECT_EQ(pg::iban_length_for_country("DEU"), 0);
  EXPECT_EQ(pg::iban_length_for_country(""), 0);
}

TEST(Iban, ValidExamples) {
  EXPECT_TRUE(pg::iban_valid("DE89370400440532013000"));
  EXPECT_TRUE(pg::iban_valid("GB29NWBK60161331926819"));
  EXPECT_TRUE(pg::iban_valid("NL91ABNA0417164300"));
  EXPECT_TRUE(pg::iban_valid("FR1420041010050500013M02606"));
  EXPECT_TRUE(pg::iban_valid("BE68539007547034"));
  EXPECT_TRUE(pg::iban_valid("CH9300762011623852957"));
  EXPECT_TRUE(pg::iban_valid("NO9386011117947"));
  EXPECT_TRUE(pg::iban_valid("AT611904300234573201"));
  EXPECT_TRUE(pg::iban_valid("ES9121000418450200051332"));
  EXPECT_TRUE(pg::iban_valid("IT60X0542811101000000123456"));
  EXPECT_TRUE(pg::iban_valid("PL61109010140000071219812874"));
  EXPECT_TRUE(pg::iban_valid("MT84MALT011000012345MTLCAST001S"));
  EXPECT_TRUE(pg::iban_valid("RU0304452522540817810538091310419"));
  EXPECT_TRUE(v(Validator::Iban, "DE89370400440532013000"));
}

TEST(Iban, SpacesAllowed) {
  EXPECT_TRUE(pg::iban_valid("DE89 3704 0044 0532 0130 00"));
  EXPECT_TRUE(pg::iban_valid("GB29 NWBK 6016 1331 9268 19"));
  EXPECT_TRUE(pg::iban_valid("DE89-3704-0044-0532-0130-00"));   // dashes, as in SQL dumps
  EXPECT_TRUE(pg::iban_valid("DE89%203704%200044%200532%200130%2000"));
  EXPECT_FALSE(pg::iban_valid("DE89.3704.0044.0532.0130.00"));
}

TEST(Iban, Invalid) {
  EXPECT_FALSE(pg::iban_valid("DE89370400440532013001"));   // checksum
  EXPECT_FALSE(pg::iban_valid("DE88370400440532013000"));   // check digits
  EXPECT_FALSE(pg::iban_valid("DE8937040044053201300"));    // one short
  EXPECT_FALSE(pg::iban_valid("DE893704004405320130000"));  // one long
  EXPECT_FALSE(pg::iban_valid("de89370400440532013000"));   // lowercase country
  EXPECT_FALSE(pg::iban_valid("GB29nwbk60161331926819"));   // lowercase BBAN
  EXPECT_FALSE(pg::iban_valid("US89370400440532013000"));   // no IBAN country
  EXPECT_FALSE(pg::iban_valid("DEX9370400440532013000"));   // check digit not a digit
  EXPECT_FALSE(pg::iban_valid("DE89370400440532013_00"));
  EXPECT_FALSE(pg::iban_valid(""));
  EXPECT_FALSE(pg::iban_valid("DE89"));
  EXPECT_FALSE(pg::iban_valid("DE89370400440532013000DE89370400440532013000"));
}

// ------------------------------------------------------------------ US SSN

TEST(UsSsn, ValidFormats) {
  EXPECT_TRUE(v(Validator::UsSsn, "123-45-6789"));
  EXPECT_TRUE(v(Validator::UsSsn, "123 45 6789"));
  EXPECT_TRUE(v(Validator::UsSsn, "123456789"));
  EXPECT_TRUE(v(Validator::UsSsn, "001-01-0001"));
  EXPECT_TRUE(v(Validator::UsSsn, "899-99-9999"));
  EXPECT_TRUE(v(Validator::UsSsn, "665-12-3456"));
  EXPECT_TRUE(v(Validator::UsSsn, "667-12-3456"));
}

TEST(UsSsn, InvalidRanges) {
  EXPECT_FALSE(v(Validator::UsSsn, "000-12-3456"));
  EXPECT_FALSE(v(Validator::UsSsn, "666-12-3456"));
  EXPECT_FALSE(v(Validator::UsSsn, "900-12-3456"));
  EXPECT_FALSE(v(Validator::UsSsn, "999-12-3456"));
  EXPECT_FALSE(v(Validator::UsSsn, "123-00-4567"));
  EXPECT_FALSE(v(Validator::UsSsn, "123-45-0000"));
  EXPECT_FALSE(v(Validator::UsSsn, "000000000"));
}

TEST(UsSsn, InvalidShapes) {
  EXPECT_FALSE(v(Validator::UsSsn, "123-45 6789"));   // mixed separators
  EXPECT_FALSE(v(Validator::UsSsn, "123.45.6789"));
  EXPECT_FALSE(v(Validator::UsSsn, "12-345-6789"));
  EXPECT_FALSE(v(Validator::UsSsn, "1234-5-6789"));
  EXPECT_FALSE(v(Validator::UsSsn, "12345678"));
  EXPECT_FALSE(v(Validator::UsSsn, "1234567890"));
  EXPECT_FALSE(v(Validator::UsSsn, "123-45-678a"));
  EXPECT_FALSE(v(Validator::UsSsn, " 123-45-6789"));
  EXPECT_FALSE(v(Validator::UsSsn, ""));
}

// ------------------------------------------------------------------ Phone

TEST(QueryStrings, SeparatorsAFormEncodesAreRead) {
  EXPECT_TRUE(v(Validator::UsSsn, "895%2033%208172"));
  EXPECT_TRUE(v(Validator::UsSsn, "895%2D33%2D8172"));
  EXPECT_FALSE(v(Validator::UsSsn, "895%2033-8172"));
  EXPECT_TRUE(v(Validator::Iban, "NL12+BUNQ+6798+0114+67"));
  EXPECT_TRUE(v(Validator::Iban, "SE77+1202+7331+5817+4499+3129"));
  EXPECT_FALSE(v(Validator::Iban, "SE77+1202+7331+5817+4499+3128"));
}

TEST(Phone, Nanp) {
  EXPECT_TRUE(v(Validator::Phone, "(202) 555-0243"));
  EXPECT_TRUE(v(Validator::Phone, "202-555-0243"));
  EXPECT_TRUE(v(Validator::Phone, "202.555.0243"));
  EXPECT_TRUE(v(Validator::Phone, "2025550243"));
  EXPECT_TRUE(v(Validator::Phone, "1-202-555-0243"));
  EXPECT_TRUE(v(Validator::Phone, "+1 (202) 555-0243"));
  EXPECT_FALSE(v(Validator::Phone, "(202) 555-0143"));   // 555-0100..0199: fiction
  EXPECT_FALSE(v(Validator::Phone, "+1 202 555 0199"));
  EXPECT_FALSE(v(Validator::Phone, "(911) 555-0143"));   // N11 area
  EXPECT_FALSE(v(Validator::Phone, "(211) 555-0143"));
  EXPECT_FALSE(v(Validator::Phone, "(102) 555-0143"));   // area starts with 1
  EXPECT_FALSE(v(Validator::Phone, "(202) 155-0143"));   // exchange starts with 1
  EXPECT_FALSE(v(Validator::Phone, "(202) 411-0143"));   // N11 exchange
  EXPECT_FALSE(v(Validator::Phone, "+1 911 555 0143"));
  EXPECT_FALSE(v(Validator::Phone, "+1 202 555 014"));   // NANP needs 10 after +1
  EXPECT_FALSE(v(Validator::Phone, "2-202-555-0143"));   // 11 digits, not led by 1
  EXPECT_FALSE(v(Validator::Phone, "555-0143"));
}

TEST(Phone, E164) {
  EXPECT_TRUE(v(Validator::Phone, "+44 20 7947 0018"));
  EXPECT_TRUE(v(Validator::Phone, "+44 (0)20 7947 0018"));  // trunk 0 in parentheses
  EXPECT_TRUE(v(Validator::Phone, "+49 (0)40 9907974"));
  EXPECT_TRUE(v(Validator::Phone, "0041 44 247 66 54"));    // 00 international prefix
  EXPECT_TRUE(v(Validator::Phone, "0039 02 45915413"));     // Italy keeps its 0
  EXPECT_FALSE(v(Validator::Phone, "+44 20 794 001"));      // UK numbers have 9-10 digits
  EXPECT_FALSE(v(Validator::Phone, "+33 1 23 45 67 8"));    // France: 9
  EXPECT_FALSE(v(Validator::Phone, "+44 020 7947 0018"));   // trunk 0 after the country code
  EXPECT_TRUE(v(Validator::Phone, "+49 30 1234567"));
  EXPECT_TRUE(v(Validator::Phone, "+33 1 23 45 67 89"));
  EXPECT_TRUE(v(Validator::Phone, "+4930123456"));          // 10 digits
  EXPECT_TRUE(v(Validator::Phone, "+49301234"));            // 8 digits
  EXPECT_TRUE(v(Validator::Phone, "+861381234567800"));     // 15 digits
  EXPECT_FALSE(v(Validator::Phone, "+4930123"));            // 7 digits
  EXPECT_FALSE(v(Validator::Phone, "+8613812345678001"));   // 16 digits
  EXPECT_FALSE(v(Validator::Phone, "+0 20 7946 0018"));     // country code 0
  EXPECT_FALSE(v(Validator::Phone, "44+20 7946 0018"));     // '+' not leading
  EXPECT_FALSE(v(Validator::Phone, "++44 20 7946 0018"));
}

TEST(Phone, NationalFormats) {
  EXPECT_TRUE(v(Validator::Phone, "020 7947 0018"));
  EXPECT_TRUE(v(Validator::Phone, "07701 900123"));
  EXPECT_TRUE(v(Validator::Phone, "01 39 18 06 03"));       // France, 2-digit groups
  EXPECT_TRUE(v(Validator::Phone, "01.39.18.06.03"));
  EXPECT_TRUE(v(Validator::Phone, "(0118) 485 2416"));
  EXPECT_TRUE(v(Validator::Phone, "0511/837246"));
  EXPECT_TRUE(v(Validator::Phone, "0151 25441951"));        // DE mobile, 12 digits
  EXPECT_TRUE(v(Validator::Phone, "04 91 57 01 23"));       // Marseille, not ACMA's 0491 57x
  EXPECT_TRUE(v(Validator::Phone, "612 34 56 78"));         // no trunk prefix (ES)
  EXPECT_TRUE(v(Validator::Phone, "623 65 71 00"));         // ES: a pair may start with 0
  EXPECT_TRUE(v(Validator::Phone, "(11) 91432-6576"));      // BR
  EXPECT_TRUE(v(Validator::Phone, "030 1234567"));
  EXPECT_TRUE(v(Validator::Phone, "030 123456"));           // 9 digits
  EXPECT_FALSE(v(Validator::Phone, "030 12345"));           // 8 digits
  EXPECT_FALSE(v(Validator::Phone, "030 1234567890"));      // 13 digits
  EXPECT_FALSE(v(Validator::Phone, "0000 7946 0018"));      // 00 then no country code
  EXPECT_FALSE(v(Validator::Phone, "0511/837/246"));
  // look-alikes: an SSN, a date-based id, a time with a fraction, hex bytes, an account id
  EXPECT_FALSE(v(Validator::Phone, "018-00-7902"));
  EXPECT_FALSE(v(Validator::Phone, "060654-4527"));
  EXPECT_FALSE(v(Validator::Phone, "09.851851 2026"));
  EXPECT_FALSE(v(Validator::Phone, "03 94 05 79 67 11"));
  EXPECT_FALSE(v(Validator::Phone, "036076951381"));
  EXPECT_FALSE(v(Validator::Phone, "26 088 519 377"));      // a tax id, not "088 519 377"
  EXPECT_FALSE(v(Validator::Phone, "02110-1301"));          // US ZIP+4
  EXPECT_FALSE(v(Validator::Phone, "/0178001163"));         // a commit id in a path
  EXPECT_FALSE(v(Validator::Phone, "10-0-211-128"));        // ip-10-0-211-128
  EXPECT_FALSE(v(Validator::Phone, "02 00 3e 00 01"));
  EXPECT_FALSE(v(Validator::Phone, "01 00 00 00 45"));      // hex dump bytes
  EXPECT_FALSE(v(Validator::Phone, "02 01 04 03 06"));
  EXPECT_FALSE(v(Validator::Phone, "0777660 9348"));        // od -x: offset and word
  EXPECT_FALSE(v(Validator::Phone, "0758 9255 9203"));      // xxd: hex words
  EXPECT_FALSE(v(Validator::Phone, "0810 4774  0"));
  EXPECT_FALSE(v(Validator::Phone, "0020 4845 0425"));
  EXPECT_FALSE(v(Validator::Phone, "0067540 0159"));
  EXPECT_TRUE(v(Validator::Phone, "065812 59769"));
  EXPECT_FALSE(v(Validator::Phone, "2 2 2 1 1 1 1 0 0 0"));  // digits listed one by one
  EXPECT_FALSE(v(Validator::Phone, "0093840044"));          // compact 00-form needs 12 digits
  EXPECT_TRUE(v(Validator::Phone, "00393997360769"));
  EXPECT_FALSE(v(Validator::Phone, "2965+62+83+86"));       // a sum, not form-encoded spaces
  EXPECT_TRUE(v(Validator::Phone, "0711+841876"));
  EXPECT_FALSE(v(Validator::Phone, "+1-816-555-1212"));     // RFC 3966's example (directory assistance)
  EXPECT_TRUE(v(Validator::Phone, "6320110566"));           // IN mobile (only after a label: the pattern's)
  EXPECT_TRUE(v(Validator::Phone, "017389982892"));         // DE mobile, twelve digits in one run
  EXPECT_FALSE(v(Validator::Phone, "012389982892"));
  EXPECT_FALSE(v(Validator::Phone, "+46 70 174 06 50"));    // PTS' drama range
  EXPECT_FALSE(v(Validator::Phone, "030 23125 000"));       // the Bundesnetzagentur's
  EXPECT_FALSE(v(Validator::Phone, "+15005550006"));        // Twilio's test number
  EXPECT_TRUE(privguard::core::phone_fictitious("+46 70 174 06 50"));
  EXPECT_FALSE(privguard::core::phone_fictitious("+46 70 174 06"));
  EXPECT_FALSE(v(Validator::Phone, "2320110566"));          // not NANP, not led by 6-9
  EXPECT_FALSE(v(Validator::Phone, "01 050505 01"));        // ICU sort-key bytes: a long group between short ones
  EXPECT_FALSE(v(Validator::Phone, "01 050505 02 050505 01 910505 02"));
  EXPECT_FALSE(v(Validator::Phone, "002.113936031"));       // "13,178,002.113936031": a fraction
  EXPECT_TRUE(v(Validator::Phone, "0049 30 1234567"));
  // 12-13 digits in one run (after a label): the international number without '+'
  EXPECT_TRUE(v(Validator::Phone, "919817998638"));
  EXPECT_TRUE(v(Validator::Phone, "4917612345678"));
  EXPECT_FALSE(v(Validator::Phone, "123456789012"));
  EXPECT_FALSE(v(Validator::Phone, "910817998638"));        // no national number starts with 0
  // India's 5+5, the second group led by 0; a query string's (xxx)+xxx-xxxx
  EXPECT_TRUE(v(Validator::Phone, "72906 08234"));
  EXPECT_FALSE(v(Validator::Phone, "52906 08234"));
  EXPECT_TRUE(v(Validator::Phone, "%28718%29+236-4974"));
  EXPECT_TRUE(v(Validator::Phone, "718%29+236-4974"));
  EXPECT_FALSE(v(Validator::Phone, "718+236+4974"));
  // a last group of four led by 0 (MX); not a middle group of three
  EXPECT_TRUE(v(Validator::Phone, "55 2569 0427"));
  EXPECT_FALSE(v(Validator::Phone, "1 0000 0000"));         // ICU's grouping example
}

// A log line's date and hour, cut before the minutes' ':', reads as ten
// digits with separators; it is none.
TEST(Phone, ADateAndAnHourAreNoNumber) {
  EXPECT_FALSE(v(Validator::Phone, "07-07-2025 02"));
  EXPECT_FALSE(v(Validator::Phone, "2025/07/07 02"));
  EXPECT_FALSE(v(Validator::Phone, "07.07.2025 02"));
  EXPECT_TRUE(v(Validator::Phone, "07 07 20 25 02"));  // French, two by two
}

TEST(Phone, FictitiousRanges) {
  // Ofcom drama numbers, national and international form
  EXPECT_FALSE(v(Validator::Phone, "020 7946 0018"));
  EXPECT_FALSE(v(Validator::Phone, "+44 20 7946 0018"));
  EXPECT_FALSE(v(Validator::Phone, "+44 (0)20 7946 0999"));
  EXPECT_FALSE(v(Validator::Phone, "07700 900123"));
  EXPECT_FALSE(v(Validator::Phone, "+447700900123"));
  EXPECT_FALSE(v(Validator::Phone, "01632 960123"));
  EXPECT_FALSE(v(Validator::Phone, "0113 496 0123"));
  EXPECT_FALSE(v(Validator::Phone, "0161 496 0000"));
  EXPECT_FALSE(v(Validator::Phone, "028 9649 6123"));
  EXPECT_FALSE(v(Validator::Phone, "029 2018 0123"));
  // ACMA (Australia)
  EXPECT_FALSE(v(Validator::Phone, "0491 570 156"));
  EXPECT_FALSE(v(Validator::Phone, "+61 491 570 156"));
  EXPECT_FALSE(v(Validator::Phone, "(02) 5550 1234"));
  EXPECT_FALSE(v(Validator::Phone, "03 7010 1234"));
  // neighbours are real
  EXPECT_TRUE(v(Validator::Phone, "020 7946 1018"));
  EXPECT_TRUE(v(Validator::Phone, "0161 497 0000"));
  EXPECT_TRUE(v(Validator::Phone, "0491 580 156"));
}

TEST(Phone, UrlEncoded) {
  EXPECT_TRUE(v(Validator::Phone, "%2B41317602043"));
  EXPECT_TRUE(v(Validator::Phone, "%2B31+6+72+51+16+68"));
  EXPECT_TRUE(v(Validator::Phone, "%2B61%20%280%292%202806%202845"));
  EXPECT_TRUE(v(Validator::Phone, "083%20579%205448"));
  EXPECT_FALSE(v(Validator::Phone, "%2B44%207700%20900123"));
  EXPECT_FALSE(v(Validator::Phone, "%2B44%3B7700"));
  EXPECT_FALSE(v(Validator::Phone, "%2B31%3B6725116"));
}

TEST(Phone, Junk) {
  // Three separators in a row: the first pass's digit runs end there.
  EXPECT_FALSE(v(Validator::Phone, "01(5255 )-0143"));
  EXPECT_FALSE(v(Validator::Phone, "030 -- 7654321"));
  EXPECT_FALSE(v(Validator::Phone, "02(5256 %28( 034"));  // decoded: " (( "
  EXPECT_FALSE(v(Validator::Phone, "0301 %20-7654321"));
  EXPECT_FALSE(v(Validator::Phone, "02(5256(%2B 820"));
  EXPECT_FALSE(v(Validator::Phone, "0123456789"));
  EXPECT_FALSE(v(Validator::Phone, "1234567890"));
  EXPECT_FALSE(v(Validator::Phone, "9876543210"));
  EXPECT_FALSE(v(Validator::Phone, "+1 234 567 8901"));     // sequential
  EXPECT_FALSE(v(Validator::Phone, "2222222222"));
  EXPECT_FALSE(v(Validator::Phone, "+44 4444 4444"));
  EXPECT_FALSE(v(Validator::Phone, "202-555-0143 ext 5"));
  EXPECT_FALSE(v(Validator::Phone, "202/555/0143"));
  EXPECT_FALSE(v(Validator::Phone, "202/5550143"));
  EXPECT_FALSE(v(Validator::Phone, ""));
  EXPECT_FALSE(v(Validator::Phone, "+"));
  EXPECT_FALSE(v(Validator::Phone, "() - ."));
  EXPECT_FALSE(v(Validator::Phone, "12345678901234567890123456789"));
}

// ------------------------------------------------------------------ JWT

TEST(Jwt, RealToken) {
  EXPECT_EQ(b64url(R"({"alg":"HS256","typ":"JWT"})"), kJwtHeader);
  EXPECT_TRUE(v(Validator::Jwt, jwt(kJwtHeader)));
}

TEST(Jwt, HeaderVariants) {
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(R"({"typ":"JWT","alg":"RS256"})"))));
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(" \n{\"alg\":\"ES256\"}"))));
  // Header lengths hitting every base64 tail (0, 2 and 3 chars).
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(R"({"alg":"x"})"))));
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(R"({"alg":"xy"})"))));
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(R"({"alg":"xyz"})"))));
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url(R"({"typ":"JWT"})"))));       // no alg
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url(R"({"algo":"HS256"})"))));    // not the key
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url(R"(["alg","HS256"])"))));     // not an object
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url(R"(x{"alg":"HS256"})"))));
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url("   "))));
}

TEST(Jwt, LongHeader) {
  // Longer than any fixed decode buffer: "alg" sits at the very end.
  std::string h = R"({"kid":")" + std::string(900, 'k') + R"(","alg":"RS256"})";
  EXPECT_TRUE(v(Validator::Jwt, jwt(b64url(h))));
  std::string no_alg = R"({"kid":")" + std::string(900, 'k') + R"("})";
  EXPECT_FALSE(v(Validator::Jwt, jwt(b64url(no_alg))));
}

TEST(Jwt, Structure) {
  EXPECT_FALSE(v(Validator::Jwt, "abc.def.ghi"));                  // header not JSON
  EXPECT_FALSE(v(Validator::Jwt, std::string(kJwtHeader) + "." + std::string(kJwtPayload)));
  EXPECT_FALSE(v(Validator::Jwt, jwt(kJwtHeader) + ".extra"));
  EXPECT_FALSE(v(Validator::Jwt, jwt(kJwtHeader, kJwtPayload, "")));  // unsigned
  EXPECT_FALSE(v(Validator::Jwt, jwt(kJwtHeader, "", kJwtSig)));
  EXPECT_FALSE(v(Validator::Jwt, jwt("", kJwtPayload, kJwtSig)));
  EXPECT_FALSE(v(Validator::Jwt, jwt(std::string(kJwtHeader) + "=")));  // padding
  EXPECT_FALSE(v(Validator::Jwt, jwt(kJwtHeader, kJwtPayload, "abc+/def")));  // not url-safe
  EXPECT_FALSE(v(Validator::Jwt, jwt(std::string(kJwtHeader) + "A")));  // 4n+1 chars
  EXPECT_FALSE(v(Validator::Jwt, ".."));
  EXPECT_FALSE(v(Validator::Jwt, ""));
}

// ------------------------------------------------------------------ SecretValue

TEST(SecretValue, RealSecrets) {
  EXPECT_TRUE(v(Validator::SecretValue, "hunter22"));
  EXPECT_TRUE(v(Validator::SecretValue, "S3cr3t!x"));
  EXPECT_TRUE(v(Validator::SecretValue, "abcd"));
  EXPECT_TRUE(v(Validator::SecretValue, "ghp_16C7e42F292c6912E7710c838347Ae178B4a"));
  EXPECT_TRUE(v(Validator::SecretValue, "$ecretPass"));   // '$' but not an env name
  EXPECT_TRUE(v(Validator::SecretValue, "passwords1"));   // not exactly a placeholder
  EXPECT_TRUE(v(Validator::SecretValue, "\"hunter22\""));
}

TEST(SecretValue, TooShortOrRepeated) {
  EXPECT_FALSE(v(Validator::SecretValue, ""));
  EXPECT_FALSE(v(Validator::SecretValue, "abc"));
  EXPECT_FALSE(v(Validator::SecretValue, "aaaaaaaa"));
  EXPECT_FALSE(v(Validator::SecretValue, "********"));
  EXPECT_FALSE(v(Validator::SecretValue, "xxxx"));
  EXPECT_FALSE(v(Validator::SecretValue, "x*x*X#.."));
  EXPECT_FALSE(v(Validator::SecretValue, "\"abc\""));   // quotes don't count
}

TEST(SecretValue, References) {
  EXPECT_FALSE(v(Validator::SecretValue, "${DB_PASSWORD}"));
  EXPECT_FALSE(v(Validator::SecretValue, "$(cat /run/secret)"));
  EXPECT_FALSE(v(Validator::SecretValue, "{{ .Values.password }}"));
  EXPECT_FALSE(v(Validator::SecretValue, "<your-token-here>"));
  EXPECT_FALSE(v(Validator::SecretValue, "%DB_PASS%"));
  EXPECT_FALSE(v(Validator::SecretValue, "$DB_PASSWORD"));
  EXPECT_FALSE(v(Validator::SecretValue, "$_TOKEN2"));
  EXPECT_FALSE(v(Validator::SecretValue, "'${SECRET}'"));
}

TEST(SecretValue, Placeholders) {
  const char* placeholders[] = {
      "password", "PASSWORD",  "Passwd",        "changeme",     "secret",     "redacted",
      "null",     "None",      "undefined",     "true",         "FALSE",      "example",
      "placeholder", "your_password", "YourPassword", "[redacted]", "[FILTERED]",
      "<redacted>", "hidden",  "masked",        "dummy",        "test",       "****",
      "'changeme'", " secret "};
  for (const char* p : placeholders) {
    EXPECT_FALSE(v(Validator::SecretValue, p)) << p;
  }
  // a phrase that names the password it stands for; a passphrase names none
  EXPECT_FALSE(v(Validator::SecretValue, "_the_password_of_the_bind_user"));
  EXPECT_FALSE(v(Validator::SecretValue, "your-db-password-here"));
  EXPECT_FALSE(v(Validator::TokenValue, "not-a-real-token"));
  EXPECT_FALSE(v(Validator::SecretValue, "old-psk-removed"));
  EXPECT_TRUE(v(Validator::SecretValue, "old-psk"));  // (two words may be typed)
  EXPECT_TRUE(v(Validator::SecretValue, "cricket_monsoon_mercury"));
  EXPECT_TRUE(v(Validator::SecretValue, "my_password1"));
  // a long token cut short on a page is an example
  EXPECT_FALSE(v(Validator::SecretValue, "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9..."));
  EXPECT_TRUE(v(Validator::SecretValue, "hunter2..."));
  // Too short on their own; still rejected.
  EXPECT_FALSE(v(Validator::SecretValue, "foo"));
  EXPECT_FALSE(v(Validator::SecretValue, "bar"));
  EXPECT_FALSE(v(Validator::SecretValue, "xxx"));
}

// ------------------------------------------------------------------ canonical

TEST(Canonical, DigitShaped) {
  char buf[64];
  EXPECT_EQ(pg::canonical(Validator::Luhn, "4111-1111 1111 1111", buf, sizeof buf),
            "4111111111111111");
  EXPECT_EQ(pg::canonical(Validator::Phone, "+1 (202) 555-0143", buf, sizeof buf),
            "12025550143");
  EXPECT_EQ(pg::canonical(Validator::Iban, "gb29 nwbk 6016 1331 9268 19", buf, sizeof buf),
            "GB29NWBK60161331926819");
  EXPECT_EQ(pg::canonical(Validator::UsSsn, "123-45-6789", buf, sizeof buf), "123456789");
  // URL escapes are formatting: an allowlisted test card stays listed in a query string
  EXPECT_EQ(pg::canonical(Validator::Luhn, "5555%205555%205555%204444", buf, sizeof buf),
            "5555555555554444");
  EXPECT_EQ(pg::canonical(Validator::Phone, "%2B44%2020%207946", buf, sizeof buf), "44207946");
  const std::string_view out = pg::canonical(Validator::Luhn, "4111 1111", buf, sizeof buf);
  EXPECT_EQ(out.data(), buf);
}

TEST(Canonical, OtherValidatorsUnchanged) {
  char buf[64];
  const std::string_view in = "Ab-c d.e";
  for (Validator k : {Validator::None, Validator::Jwt, Validator::SecretValue}) {
    const std::string_view out = pg::canonical(k, in, buf, sizeof buf);
    EXPECT_EQ(out, in);
    EXPECT_EQ(out.data(), in.data());
  }
}

TEST(Canonical, BufferTooSmall) {
  char buf[8];
  const std::string_view in = "4111-1111-1111-1111";
  const std::string_view out = pg::canonical(Validator::Luhn, in, buf, sizeof buf);
  EXPECT_EQ(out.data(), in.data());
  EXPECT_EQ(out, in);
  // Exactly fitting is fine.
  char exact[9];
  EXPECT_EQ(pg::canonical(Validator::UsSsn, "123-45-6789", exact, sizeof exact), "123456789");
  EXPECT_EQ(pg::canonical(Validator::UsSsn, "123-45-6789", exact, 8), "123-45-6789");
  EXPECT_EQ(pg::canonical(Validator::Luhn, "4111", nullptr, 0), "4111");
}

TEST(Canonical, EmptyResult) {
  char buf[4];
  const std::string_view out = pg::canonical(Validator::Phone, "() -", buf, sizeof buf);
  EXPECT_TRUE(out.empty());
}

// tcpflow's names: IPv4 addresses with their octets padded to three digits.
TEST(Phone, APaddedIpv4AddressIsNoNumber) {
  EXPECT_FALSE(v(Validator::Phone, "010.042.011.020"));
  EXPECT_TRUE(privguard::core::phone_padded_ipv4("010.042.011.020.08080"));
  EXPECT_FALSE(privguard::core::phone_padded_ipv4("040.123.456.789"));  // 456: no octet
}
