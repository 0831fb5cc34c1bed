// The validators of policies/gdpr.toml's birth dates, passports and
// national ids. Valid values are built here with each published algorithm
// (a check digit appended to a chosen body); the expected check
// characters of the published examples were computed independently.
#include "validators_national.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "privguard/validators.h"

namespace pg = privguard::core;
namespace nat = privguard::core::national;
using pg::Validator;

namespace {

bool v(Validator k, std::string_view s) { return pg::validate(k, s); }

// Test-side reference implementations, written from the specifications
// and independent of the code under test.
std::string with_luhn(std::string body) {  // appends the Luhn digit (SE personnummer)
  for (char c = '0'; c <= '9'; ++c) {
    std::string s = body + c;
    int sum = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      int d = s[s.size() - 1 - i] - '0';
      if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 == 0) return s;
  }
  return "";
}

std::string with_bsn_digit(std::string eight) {  // 11-test
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (eight[static_cast<std::size_t>(i)] - '0') * (9 - i);
  for (char c = '0'; c <= '9'; ++c)
    if ((sum - (c - '0')) % 11 == 0) return eight + c;
  return "";
}

// A copy of s with character i replaced by the next allowed one.
std::string bump(std::string s, std::size_t i, std::string_view alphabet) {
  auto at = alphabet.find(s[i]);
  s[i] = alphabet[(at + 1) % alphabet.size()];
  return s;
}

constexpr std::string_view kDigits = "0123456789";

}  // namespace

// ------------------------------------------------------------------ names

TEST(NationalValidatorNames, RoundTrip) {
  const std::pair<Validator, std::string_view> all[] = {
      {Validator::Date, "date"},
      {Validator::Passport, "passport"},
      {Validator::UkNino, "uk-nino"},
      {Validator::NlBsn, "nl-bsn"},
      {Validator::SePersonnummer, "se-personnummer"},
      {Validator::FiHetu, "fi-hetu"},
      {Validator::DeSteuerId, "de-steuer-id"},
      {Validator::FrNir, "fr-nir"},
      {Validator::EsDni, "es-dni"},
      {Validator::ItCodiceFiscale, "it-codice-fiscale"},
      {Validator::InAadhaar, "in-aadhaar"},
  };
  for (auto [k, name] : all) {
    EXPECT_EQ(pg::to_string(k), name);
    auto parsed = pg::parse_validator(name);
    ASSERT_TRUE(parsed.has_value()) << name;
    EXPECT_EQ(*parsed, k);
  }
  EXPECT_FALSE(pg::parse_validator("nino").has_value());
  EXPECT_FALSE(pg::parse_validator("Date").has_value());
  // the original ones are still there
  EXPECT_EQ(pg::parse_validator("luhn"), Validator::Luhn);
  EXPECT_EQ(pg::parse_validator("secret-value"), Validator::SecretValue);
}

TEST(UkNino, FormEncodedSpaces) {
  EXPECT_EQ(v(Validator::UkNino, "TA+69+58+12+A"), v(Validator::UkNino, "TA 69 58 12 A"));
  EXPECT_EQ(v(Validator::UkNino, "RA%2069%2038%2065%20D"), v(Validator::UkNino, "RA 69 38 65 D"));
  EXPECT_TRUE(v(Validator::UkNino, "TA+69+58+12+A"));
}

// ------------------------------------------------------------------ date

TEST(DateValidator, NumericForms) {
  EXPECT_TRUE(v(Validator::Date, "1984-03-12"));
  EXPECT_TRUE(v(Validator::Date, "1984/03/12"));
  EXPECT_TRUE(v(Validator::Date, "12/03/1984"));
  EXPECT_TRUE(v(Validator::Date, "03/12/1984"));
  EXPECT_TRUE(v(Validator::Date, "12.03.1984"));
  EXPECT_TRUE(v(Validator::Date, "3.7.1984"));
  EXPECT_TRUE(v(Validator::Date, "31/12/1999"));   // only day-first exists
  EXPECT_TRUE(v(Validator::Date, "12/31/1999"));   // only month-first exists
  EXPECT_TRUE(v(Validator::Date, "2000-02-29"));   // leap year (divisible by 400)
  EXPECT_TRUE(v(Validator::Date, "29.02.1984"));
  EXPECT_TRUE(v(Validator::Date, "19840312"));     // ISO 8601 basic (vCard BDAY)
  EXPECT_TRUE(v(Validator::Date, "20000229"));
  EXPECT_TRUE(v(Validator::Date, "13052004"));     // DDMMYYYY (UIDAI's dob)
  EXPECT_TRUE(v(Validator::Date, "05132004"));     // MMDDYYYY
  EXPECT_FALSE(v(Validator::Date, "13132004"));
  EXPECT_FALSE(v(Validator::Date, "13051804"));
  // After a label only (the rule's context): two-digit years, URL-encoded slashes
  EXPECT_TRUE(v(Validator::Date, "12/03/84"));
  EXPECT_TRUE(v(Validator::Date, "03/17/85"));
  EXPECT_TRUE(v(Validator::Date, "29.02.84"));
  EXPECT_FALSE(v(Validator::Date, "29.02.85"));
  EXPECT_TRUE(v(Validator::Date, "04%2F01%2F1985"));
  EXPECT_TRUE(v(Validator::Date, "23-Mar-1985"));
  EXPECT_TRUE(v(Validator::Date, "23-MAR-85"));
  EXPECT_TRUE(v(Validator::Date, "May+6%2C+1964"));  // form-encoded
  EXPECT_TRUE(v(Validator::Date, "14+Mar+1985"));
  EXPECT_FALSE(v(Validator::Date, "12+03+1984"));
  EXPECT_TRUE(v(Validator::Date, "09\\/29\\/1963"));        // JSON-escaped slashes
  EXPECT_TRUE(v(Validator::Date, "5. elokuuta 1960"));        // Finnish
  EXPECT_TRUE(v(Validator::Date, "16. helmikuuta 1972"));
  EXPECT_TRUE(v(Validator::Date, "3 maj 1971"));              // Swedish
  EXPECT_TRUE(v(Validator::Date, "108432000000"));            // epoch milliseconds, a whole minute
  EXPECT_TRUE(v(Validator::Date, "-518140800000"));
  EXPECT_FALSE(v(Validator::Date, "1747274168867"));          // a createdAt: any millisecond
  EXPECT_FALSE(v(Validator::Date, "-3000000000000"));         // before 1900
  EXPECT_TRUE(v(Validator::Date, "840312"));                  // YYMMDD (an MRZ)
  EXPECT_FALSE(v(Validator::Date, "841312"));
  EXPECT_TRUE(v(Validator::Date, "12MAR84"));                 // an airline's DOCS
  EXPECT_TRUE(v(Validator::Date, "1952. 3. 4."));             // Korean
  EXPECT_TRUE(v(Validator::Date, "12 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 1984"));  // 12 марта 1984
  EXPECT_TRUE(v(Validator::Date, "20 listopada 1966"));       // Polish
  EXPECT_TRUE(v(Validator::Date, "3 pa\xC5\xBA" "dziernika 1980"));
  EXPECT_TRUE(v(Validator::Date, "23 Mart 1975"));            // Turkish
  EXPECT_TRUE(v(Validator::Date, "5 A\xC4\x9Fustos 1980"));
  EXPECT_TRUE(v(Validator::Date, "17 de maio de 2021"));      // Portuguese
  EXPECT_TRUE(v(Validator::Date, "3 de mar\xC3\xA7o de 1984"));
  EXPECT_TRUE(v(Validator::Date, "1983\xE5\xB9\xB4" "2\xE6\x9C\x88" "4\xE6\x97\xA5"));  // 1983年2月4日
  EXPECT_TRUE(v(Validator::Date, "1984\xEB\x85\x84 3\xEC\x9B\x94 12\xEC\x9D\xBC"));  // 1984년 3월 12일
  EXPECT_FALSE(v(Validator::Date, "1983\xE5\xB9\xB4" "2\xE6\x9C\x88" "30\xE6\x97\xA5"));
  EXPECT_FALSE(v(Validator::Date, "1983\xE5\xB9\xB4" "2\xE6\x9C\x88" "4\xEC\x9D\xBC"));  // mixed signs
}

TEST(DateValidator, ImpossibleDates) {
  EXPECT_FALSE(v(Validator::Date, "1900-02-29"));  // not a leap year
  EXPECT_FALSE(v(Validator::Date, "1983-02-29"));
  EXPECT_FALSE(v(Validator::Date, "1984-04-31"));
  EXPECT_FALSE(v(Validator::Date, "1984-13-01"));
  EXPECT_FALSE(v(Validator::Date, "1984-00-10"));
  EXPECT_FALSE(v(Validator::Date, "1984-03-00"));
  EXPECT_FALSE(v(Validator::Date, "31/31/1984"));
  EXPECT_FALSE(v(Validator::Date, "12/03-1984"));  // mixed separators
  EXPECT_FALSE(v(Validator::Date, "1884-03-12"));  // year outside 1900-2099
  EXPECT_FALSE(v(Validator::Date, "31/31/84"));
  EXPECT_FALSE(v(Validator::Date, "12/03-84"));
  EXPECT_FALSE(v(Validator::Date, "1984-03"));
  EXPECT_FALSE(v(Validator::Date, "12:03:1984"));
  EXPECT_FALSE(v(Validator::Date, "19000229"));
  EXPECT_FALSE(v(Validator::Date, "19841312"));
  EXPECT_FALSE(v(Validator::Date, "18840312"));
  EXPECT_FALSE(v(Validator::Date, "198403121"));
}

TEST(DateValidator, MonthNames) {
  EXPECT_TRUE(v(Validator::Date, "12 March 1984"));
  EXPECT_TRUE(v(Validator::Date, "March 12, 1984"));
  EXPECT_TRUE(v(Validator::Date, "Mar 12 1984"));
  EXPECT_TRUE(v(Validator::Date, "Sept. 3, 1984"));
  EXPECT_TRUE(v(Validator::Date, "12th of March 1984"));
  EXPECT_TRUE(v(Validator::Date, "12. M\xC3\xA4rz 1984"));      // German
  EXPECT_TRUE(v(Validator::Date, "12. M\xC3\x84RZ 1984"));
  EXPECT_TRUE(v(Validator::Date, "1er f\xC3\xA9vrier 1984"));   // French
  EXPECT_TRUE(v(Validator::Date, "3 ao\xC3\xBBt 1984"));
  EXPECT_TRUE(v(Validator::Date, "12 de marzo de 1984"));       // Spanish
  EXPECT_TRUE(v(Validator::Date, "12 maggio 1984"));            // Italian
  EXPECT_TRUE(v(Validator::Date, "12 maart 1984"));             // Dutch
  EXPECT_TRUE(v(Validator::Date, "6 \xE0\xA4\x9C\xE0\xA5\x82\xE0\xA4\xA8 2006"));  // Hindi (June)
  EXPECT_TRUE(v(Validator::Date, "12 \xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0 1982"));
  EXPECT_TRUE(v(Validator::Date, "29 February 1984"));
  EXPECT_FALSE(v(Validator::Date, "30 February 1984"));
  EXPECT_FALSE(v(Validator::Date, "31 April 1984"));
  EXPECT_FALSE(v(Validator::Date, "12 Marchy 1984"));
  EXPECT_FALSE(v(Validator::Date, "March 1984"));
  EXPECT_FALSE(v(Validator::Date, "12 March 12 1984"));
  EXPECT_FALSE(v(Validator::Date, "12 March April 1984"));
}

// ------------------------------------------------------------------ passport

TEST(PassportValidator, Shapes) {
  EXPECT_TRUE(v(Validator::Passport, "548213907"));  // US / UK: 9 digits
  EXPECT_TRUE(v(Validator::Passport, "C4J7RZ2X9"));  // DE
  EXPECT_TRUE(v(Validator::Passport, "17FV48203"));  // FR: 2 digits, 2 letters, 5 digits
  EXPECT_TRUE(v(Validator::Passport, "AB620514"));   // CA
  EXPECT_TRUE(v(Validator::Passport, "K8205913"));   // IN
  // DE with one digit: nine of its alphabet (no vowels), the first C to K
  EXPECT_TRUE(v(Validator::Passport, "CGHX1CGYJ"));
  EXPECT_FALSE(v(Validator::Passport, "CHARLES1X"));  // a vowel: a word
  EXPECT_FALSE(v(Validator::Passport, "XGHX1CGYJ"));  // not a German first letter
}

TEST(PassportValidator, Placeholders) {
  EXPECT_FALSE(v(Validator::Passport, "123456789"));
  EXPECT_FALSE(v(Validator::Passport, "987654321"));
  EXPECT_FALSE(v(Validator::Passport, "A12345678"));
  EXPECT_FALSE(v(Validator::Passport, "12AB34567"));  // digits 1234567
  EXPECT_FALSE(v(Validator::Passport, "000000000"));
  EXPECT_FALSE(v(Validator::Passport, "X00000000"));
  EXPECT_FALSE(v(Validator::Passport, "XXXXXXXXX"));
  EXPECT_FALSE(v(Validator::Passport, "REDACTED"));   // no digits
  EXPECT_FALSE(v(Validator::Passport, "SHA1XYZ"));    // one digit
  EXPECT_FALSE(v(Validator::Passport, "SHA1ABCDE"));  // one digit, not last
  EXPECT_TRUE(v(Validator::Passport, "JMXACKEN3"));   // a Dutch passport's shape: one digit, last
  EXPECT_FALSE(v(Validator::Passport, "c4j7rz2x9"));  // lower case
  EXPECT_FALSE(v(Validator::Passport, "A1B2C"));      // too short
  EXPECT_FALSE(v(Validator::Passport, "5482139071"));  // too long
}

// ------------------------------------------------------------------ UK NINO

TEST(UkNinoValidator, ValidPrefixesAndForms) {
  EXPECT_TRUE(v(Validator::UkNino, "JM204581B"));
  EXPECT_TRUE(v(Validator::UkNino, "JM 20 45 81 B"));
  EXPECT_TRUE(v(Validator::UkNino, "OA204581D"));  // O is allowed first
  EXPECT_TRUE(v(Validator::UkNino, "ZY204581A"));
  EXPECT_TRUE(v(Validator::UkNino, "NA204581C"));
}

TEST(UkNinoValidator, ForbiddenPrefixesAndSuffixes) {
  for (char first : std::string_view("DFIQUV")) {
    std::string s = "AM204581B";
    s[0] = first;
    EXPECT_FALSE(v(Validator::UkNino, s)) << s;
  }
  for (char second : std::string_view("DFIOQUV")) {
    std::string s = "JA204581B";
    s[1] = second;
    EXPECT_FALSE(v(Validator::UkNino, s)) << s;
  }
  for (std::string_view p : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
    std::string s(p);
    s += "204581B";
    EXPECT_FALSE(v(Validator::UkNino, s)) << s;
  }
  EXPECT_FALSE(v(Validator::UkNino, "JM204581E"));  // suffix A-D only
  EXPECT_FALSE(v(Validator::UkNino, "JM000000A"));
  EXPECT_FALSE(v(Validator::UkNino, "JM20458B"));
  EXPECT_FALSE(v(Validator::UkNino, "jm204581b"));
}

// ------------------------------------------------------------------ NL BSN

TEST(NlBsnValidator, ElevenTest) {
  EXPECT_TRUE(v(Validator::NlBsn, "111222333"));  // published example
  EXPECT_TRUE(v(Validator::NlBsn, "123456782"));
  for (std::string body : {"23751869", "61490327", "31842095", "70052418"}) {
    const std::string bsn = with_bsn_digit(body);
    if (bsn.empty()) continue;  // no digit makes this body pass
    EXPECT_TRUE(v(Validator::NlBsn, bsn)) << bsn;
    EXPECT_FALSE(v(Validator::NlBsn, bump(bsn, 8, kDigits))) << bsn;
    EXPECT_FALSE(v(Validator::NlBsn, bump(bsn, 3, kDigits))) << bsn;
  }
  EXPECT_TRUE(v(Validator::NlBsn, "2375.18.697"));
  EXPECT_TRUE(v(Validator::NlBsn, "237 518 697"));
  EXPECT_FALSE(v(Validator::NlBsn, "000000000"));
  EXPECT_FALSE(v(Validator::NlBsn, "23751869"));
  EXPECT_FALSE(v(Validator::NlBsn, "2375186970"));
}

// ------------------------------------------------------------------ SE personnummer

TEST(SePersonnummerValidator, FormsAndLuhn) {
  EXPECT_TRUE(v(Validator::SePersonnummer, "811218-9876"));  // Skatteverket's example
  const std::string ten = with_luhn("850709238");          // 8507092388
  ASSERT_EQ(ten, "8507092388");
  EXPECT_TRUE(v(Validator::SePersonnummer, "850709-2388"));
  EXPECT_TRUE(v(Validator::SePersonnummer, "850709+2388"));    // 100 years or older
  EXPECT_TRUE(v(Validator::SePersonnummer, "850709 2388"));     // after a label (the rule's context)
  EXPECT_FALSE(v(Validator::SePersonnummer, "8507 092388"));
  EXPECT_TRUE(v(Validator::SePersonnummer, "19850709-2388"));
  EXPECT_TRUE(v(Validator::SePersonnummer, "198507092388"));
  EXPECT_TRUE(v(Validator::SePersonnummer, "8507092388"));
  EXPECT_FALSE(v(Validator::SePersonnummer, "850709-2387"));   // check digit
  EXPECT_FALSE(v(Validator::SePersonnummer, "19850709+2388"));  // '+' only in the short form
  EXPECT_FALSE(v(Validator::SePersonnummer, "8507-092388"));
}

TEST(SePersonnummerValidator, Dates) {
  const std::string coord = with_luhn("850769238");  // samordningsnummer: day 9 + 60
  EXPECT_TRUE(v(Validator::SePersonnummer, coord.substr(0, 6) + "-" + coord.substr(6)));
  const std::string feb29 = with_luhn("040229117");
  EXPECT_TRUE(v(Validator::SePersonnummer, "20" + feb29));
  EXPECT_TRUE(v(Validator::SePersonnummer, feb29.substr(0, 6) + "-" + feb29.substr(6)));
  const std::string feb30 = with_luhn("040230117");
  EXPECT_FALSE(v(Validator::SePersonnummer, feb30.substr(0, 6) + "-" + feb30.substr(6)));
  const std::string month13 = with_luhn("851309238");
  EXPECT_FALSE(v(Validator::SePersonnummer, month13.substr(0, 6) + "-" + month13.substr(6)));
  const std::string feb29_1900 = with_luhn("000229117");  // 1900 was not a leap year
  EXPECT_FALSE(v(Validator::SePersonnummer, "19" + feb29_1900));
  EXPECT_TRUE(v(Validator::SePersonnummer, "20" + feb29_1900));
  EXPECT_FALSE(v(Validator::SePersonnummer, "178507092388"));  // century 18, 19 or 20
}

TEST(SePersonnummerValidator, TimestampsOfThe2000s) {
  // 2024-03-12 09:3x: a YYYYMMDD-HHMM timestamp, whatever Luhn says
  const std::string stamp = with_luhn("240312093");
  EXPECT_FALSE(v(Validator::SePersonnummer, "20" + stamp));
  EXPECT_FALSE(v(Validator::SePersonnummer, "20" + stamp.substr(0, 6) + "-" + stamp.substr(6)));
  EXPECT_TRUE(v(Validator::SePersonnummer, stamp.substr(0, 6) + "-" + stamp.substr(6)));  // the short form is kept
  EXPECT_TRUE(v(Validator::SePersonnummer, "19" + stamp));  // born 1924
  const std::string born = with_luhn("240312097");  // last four 097x: no time
  EXPECT_TRUE(v(Validator::SePersonnummer, "20" + born));
}

// ------------------------------------------------------------------ FI HETU

TEST(FiHetuValidator, CheckCharacterAndCentury) {
  EXPECT_EQ(nat::fi_hetu_check_char("131052308"), 'T');  // DVV's example 131052-308T
  EXPECT_TRUE(v(Validator::FiHetu, "131052-308T"));
  EXPECT_TRUE(v(Validator::FiHetu, "070985-238C"));
  EXPECT_TRUE(v(Validator::FiHetu, "070985Y238C"));   // 2023 century signs for the 1900s
  EXPECT_TRUE(v(Validator::FiHetu, "150603A112W"));
  EXPECT_TRUE(v(Validator::FiHetu, "010101B0455"));
  EXPECT_TRUE(v(Validator::FiHetu, "291264+391H"));   // 1864 was a leap year
  EXPECT_FALSE(v(Validator::FiHetu, "070985-238D"));  // check character
  EXPECT_FALSE(v(Validator::FiHetu, "070985G238C"));  // no such century sign
  EXPECT_FALSE(v(Validator::FiHetu, "300285-238C"));  // 30 February
  std::string s = "290200-1230";                       // 1900 was not a leap year ...
  s[10] = nat::fi_hetu_check_char("290200123");
  EXPECT_FALSE(v(Validator::FiHetu, s));
  s[6] = 'A';                                          // ... 2000 was
  EXPECT_TRUE(v(Validator::FiHetu, s));
  std::string ind = "070985-0010";                     // individual numbers start at 002
  ind[10] = nat::fi_hetu_check_char("070985001");
  EXPECT_FALSE(v(Validator::FiHetu, ind));
}

// ------------------------------------------------------------------ DE Steuer-IdNr

TEST(DeSteuerIdValidator, CheckDigitAndRepetition) {
  EXPECT_EQ(nat::de_steuer_id_check_digit("8609574271"), 9);  // BZSt example 86095742719
  EXPECT_TRUE(v(Validator::DeSteuerId, "86095742719"));
  const std::string body = "7132540961";  // 1 twice
  const std::string id = body + static_cast<char>('0' + nat::de_steuer_id_check_digit(body));
  EXPECT_EQ(id, "71325409613");
  EXPECT_TRUE(v(Validator::DeSteuerId, id));
  EXPECT_TRUE(v(Validator::DeSteuerId, "71 325 409 613"));
  EXPECT_FALSE(v(Validator::DeSteuerId, bump(id, 10, kDigits)));
  EXPECT_TRUE(v(Validator::DeSteuerId, "25768131411"));  // 1 three times, not in a row
  const std::string run3 = "2576811143";                 // 1 three times in a row
  EXPECT_FALSE(v(Validator::DeSteuerId, run3 + static_cast<char>('0' + nat::de_steuer_id_check_digit(run3))));
  const std::string distinct = "3915826470";             // no digit repeated
  EXPECT_FALSE(v(Validator::DeSteuerId, distinct + static_cast<char>('0' + nat::de_steuer_id_check_digit(distinct))));
  const std::string two = "3915826449";                  // two digits repeated (4, 9)
  EXPECT_FALSE(v(Validator::DeSteuerId, two + static_cast<char>('0' + nat::de_steuer_id_check_digit(two))));
  const std::string zero = "0713254096";                 // first digit 0
  EXPECT_FALSE(v(Validator::DeSteuerId, zero + static_cast<char>('0' + nat::de_steuer_id_check_digit(zero))));
  EXPECT_FALSE(v(Validator::DeSteuerId, "7132540961"));
}

// ------------------------------------------------------------------ FR NIR

TEST(FrNirValidator, KeyAndFields) {
  EXPECT_EQ(nat::fr_nir_key("2690549588157"), 80);  // the published example 2 69 05 49 588 157 80
  EXPECT_TRUE(v(Validator::FrNir, "269054958815780"));
  EXPECT_TRUE(v(Validator::FrNir, "185077505620439"));
  EXPECT_TRUE(v(Validator::FrNir, "1 85 07 75 056 204 39"));
  EXPECT_TRUE(v(Validator::FrNir, "292021305507145"));
  EXPECT_TRUE(v(Validator::FrNir, "178062A04312816"));  // Corsica: 2A counts as 19
  EXPECT_TRUE(v(Validator::FrNir, "278062B05120465"));  // 2B as 18
  EXPECT_TRUE(v(Validator::FrNir, "288029935201823"));  // born abroad (99)
  EXPECT_FALSE(v(Validator::FrNir, "185077505620438"));  // key
  EXPECT_FALSE(v(Validator::FrNir, "385077505620439"));  // sex
  std::string m13 = "1851375056204";                    // month 13
  EXPECT_FALSE(v(Validator::FrNir, m13 + std::to_string(nat::fr_nir_key(m13))));
  std::string m20 = "1852075056204";                    // month 20: allowed
  const int k20 = nat::fr_nir_key(m20);
  EXPECT_TRUE(v(Validator::FrNir, m20 + (k20 < 10 ? "0" : "") + std::to_string(k20)));
  std::string d00 = "1850700056204";                    // department 00
  const int k00 = nat::fr_nir_key(d00);
  EXPECT_FALSE(v(Validator::FrNir, d00 + (k00 < 10 ? "0" : "") + std::to_string(k00)));
  EXPECT_FALSE(v(Validator::FrNir, "178062C04312816"));
  EXPECT_FALSE(v(Validator::FrNir, "18507750562043"));
}

// ------------------------------------------------------------------ ES DNI / NIE

TEST(EsDniValidator, CheckLetter) {
  EXPECT_EQ(nat::es_dni_letter(12345678), 'Z');
  EXPECT_TRUE(v(Validator::EsDni, "12345678Z"));
  EXPECT_TRUE(v(Validator::EsDni, "48211734P"));
  EXPECT_TRUE(v(Validator::EsDni, "48211734-P"));
  EXPECT_TRUE(v(Validator::EsDni, "48.211.734-P"));
  EXPECT_TRUE(v(Validator::EsDni, "70321594Z"));
  EXPECT_TRUE(v(Validator::EsDni, "X1234567L"));  // NIE, X = 0
  EXPECT_TRUE(v(Validator::EsDni, "Y4825613C"));  // Y = 1
  EXPECT_TRUE(v(Validator::EsDni, "Z0376251E"));  // Z = 2
  EXPECT_FALSE(v(Validator::EsDni, "48211734Q"));
  EXPECT_FALSE(v(Validator::EsDni, "Y4825613D"));
  EXPECT_FALSE(v(Validator::EsDni, "W4825613C"));
  EXPECT_FALSE(v(Validator::EsDni, "00000000T"));
  EXPECT_FALSE(v(Validator::EsDni, "4821173P"));
}

TEST(EsDniValidator, DatesAreNone) {
  const auto dni = [](unsigned long n) { return std::to_string(n) + nat::es_dni_letter(n); };
  EXPECT_FALSE(v(Validator::EsDni, dni(20240312)));  // 20240312J: a date and a letter
  EXPECT_FALSE(v(Validator::EsDni, dni(19840229)));
  EXPECT_TRUE(v(Validator::EsDni, dni(19840230)));   // no such date
  EXPECT_TRUE(v(Validator::EsDni, dni(19841312)));
  EXPECT_TRUE(v(Validator::EsDni, dni(18840312)));
  EXPECT_TRUE(v(Validator::EsDni, "X0240312" + std::string(1, nat::es_dni_letter(240312))));  // NIE
}

// ------------------------------------------------------------------ IT codice fiscale

TEST(ItCodiceFiscaleValidator, CheckCharacter) {
  EXPECT_EQ(nat::it_codice_fiscale_check_char("RSSMRA85T10A562"), 'S');  // the usual example
  EXPECT_TRUE(v(Validator::ItCodiceFiscale, "RSSMRA85T10A562S"));
  EXPECT_TRUE(v(Validator::ItCodiceFiscale, "BNCGLI82E47F205G"));  // a woman: day 7 + 40
  EXPECT_TRUE(v(Validator::ItCodiceFiscale, "VRDLCU75B12H501O"));
  EXPECT_TRUE(v(Validator::ItCodiceFiscale, "MRTFNC90A01L219G"));
  EXPECT_TRUE(v(Validator::ItCodiceFiscale, "BNCGLI82E47F2LRM"));  // omocodia: 05 as LR
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, "BNCGLI82E47F205H"));
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, "RSSMRA85T10A562T"));
  const std::string bad_month = "BNCGLI82F47F205";  // F is no month letter
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, bad_month + nat::it_codice_fiscale_check_char(bad_month)));
  const std::string feb30 = "BNCGLI82B30F205";
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, feb30 + nat::it_codice_fiscale_check_char(feb30)));
  const std::string day32 = "BNCGLI82E32F205";
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, day32 + nat::it_codice_fiscale_check_char(day32)));
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, "bncgli82e47f205g"));
  EXPECT_FALSE(v(Validator::ItCodiceFiscale, "BNCGLI82E47F205"));
}

// ------------------------------------------------------------------ IN Aadhaar

TEST(InAadhaarValidator, Verhoeff) {
  EXPECT_EQ(nat::verhoeff_check_digit("236"), 3);  // the textbook example: 2363
  EXPECT_TRUE(nat::verhoeff_valid("2363"));
  EXPECT_FALSE(nat::verhoeff_valid("2364"));
  for (std::string body : {"49187362501", "73916482059", "28574619302"}) {
    const std::string id = body + static_cast<char>('0' + nat::verhoeff_check_digit(body));
    EXPECT_TRUE(v(Validator::InAadhaar, id)) << id;
    EXPECT_TRUE(v(Validator::InAadhaar, id.substr(0, 4) + " " + id.substr(4, 4) + " " + id.substr(8))) << id;
    EXPECT_TRUE(v(Validator::InAadhaar, id.substr(0, 4) + "-" + id.substr(4, 4) + "-" + id.substr(8))) << id;
    EXPECT_FALSE(v(Validator::InAadhaar, bump(id, 11, kDigits))) << id;
    // Verhoeff catches swapped neighbours
    std::string swapped = id;
    std::swap(swapped[5], swapped[6]);
    if (swapped != id) {
      EXPECT_FALSE(v(Validator::InAadhaar, swapped)) << swapped;
    }
  }
  EXPECT_TRUE(v(Validator::InAadhaar, "491873625016"));  // computed independently
  // no-break spaces, raw (UTF-8) and JSON-escaped, and two spaces
  EXPECT_TRUE(v(Validator::InAadhaar, "4918\xC2\xA0" "7362\xC2\xA0" "5016"));
  EXPECT_TRUE(v(Validator::InAadhaar, "4918\\u00a07362\\u00A05016"));
  EXPECT_TRUE(v(Validator::InAadhaar, "4918  7362  5016"));
  EXPECT_FALSE(v(Validator::InAadhaar, "4918\\u00b07362\\u00a05016"));
  const std::string one = "1918736250";                   // first digit 0 or 1
  const std::string lead1 = one + "1" + static_cast<char>('0' + nat::verhoeff_check_digit(one + "1"));
  EXPECT_FALSE(v(Validator::InAadhaar, lead1));
  EXPECT_FALSE(v(Validator::InAadhaar, "49187362501"));
}
