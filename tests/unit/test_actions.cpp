// Every action through Engine::scan + Engine::transform / replacement:
// mask, redact, pseudonym, block, report, allow. Small inline policies keep
// the compiles cheap; the default policy comes from the embedded database.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"
#include "privguard/validators.h"

namespace pg = privguard::core;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_digit(c) || is_lower(c) || is_upper(c); }

std::string digits_of(std::string_view s) {
  std::string d;
  for (char c : s)
    if (is_digit(c)) d += c;
  return d;
}

pg::Key key_of(unsigned char fill) {
  pg::Key k{};
  for (std::size_t i = 0; i < k.size(); ++i) k[i] = static_cast<unsigned char>(fill + i);
  return k;
}

struct Found {
  std::string rule;
  std::uint64_t start;
  std::uint64_t end;
  pg::Action action;
};

// An engine plus its scratch; scan() copies the matches out so that a
// later scan does not invalidate them.
class Scanner {
 public:
  explicit Scanner(std::string_view toml, pg::Key key = {}) {
    pg::EngineOptions o;
    o.key = key;
    engine_ = pg::Engine::build(pg::load_policy_text(toml, "inline.toml"), o);
    scratch_ = engine_->make_scratch();
  }
  explicit Scanner(pg::Policy p, pg::Key key = {}) {
    pg::EngineOptions o;
    o.key = key;
    engine_ = pg::Engine::build(std::move(p), o);
    scratch_ = engine_->make_scratch();
  }

  const pg::Engine& engine() const { return *engine_; }

  pg::ScanResult scan(std::string_view data, const pg::Sink& sink = {}) {
    result_ = engine_->scan(data, sink, *scratch_);
    matches_.assign(result_.matches.begin(), result_.matches.end());
    return result_;
  }
  const std::vector<pg::Match>& matches() const { return matches_; }

  std::vector<Found> found(std::string_view data, const pg::Sink& sink = {}) {
    scan(data, sink);
    std::vector<Found> out;
    for (const auto& m : matches_) out.push_back({engine_->policy().rules[m.rule].id, m.start, m.end, m.action});
    return out;
  }

  // scan + transform; checks that transform writes exactly output_size.
  std::string apply(std::string_view data, const pg::Sink& sink = {}) {
    scan(data, sink);
    std::string out(result_.output_size + 8, '\x7f');
    std::size_t n = engine_->transform(data, matches_, out.data(), result_.output_size);
    EXPECT_EQ(n, result_.output_size) << "transform of '" << data << "'";
    EXPECT_EQ(out.substr(result_.output_size), std::string(8, '\x7f')) << "transform wrote past its output";
    out.resize(n);
    return out;
  }

  // The replacement of the only match in `data` (asserts there is one).
  std::string only_replacement(std::string_view data) {
    scan(data);
    EXPECT_EQ(matches_.size(), 1u) << "in '" << data << "'";
    if (matches_.size() != 1) return {};
    std::size_t len = engine_->replacement(data, matches_[0], nullptr, 0);
    std::string out(len, '\0');
    EXPECT_EQ(engine_->replacement(data, matches_[0], out.data(), out.size()), len);
    return out;
  }

 private:
  std::unique_ptr<pg::Engine> engine_;
  std::unique_ptr<pg::Scratch> scratch_;
  pg::ScanResult result_;
  std::vector<pg::Match> matches_;
};

Scanner& default_scanner() {
  static Scanner s(pg::load_default_policy());
  return s;
}

// ---------------------------------------------------------------- policies

constexpr std::string_view kMaskPolicy = R"(
[[rules]]
id = "m-plain"
pattern = '\bMP-[0-9]{4}-[0-9]{4}\b'
action = "mask"

[[rules]]
id = "m-sep"
pattern = '\bMS-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_separators = true

[[rules]]
id = "m-keep"
pattern = '\bMK-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_first = 2
keep_last = 3
keep_separators = true

[[rules]]
id = "m-keep-nosep"
pattern = '\bMN-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_first = 2
keep_last = 3

[[rules]]
id = "m-nine"
pattern = '\bMX-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_first = 4
keep_last = 5
keep_separators = true

[[rules]]
id = "m-all"
pattern = '\bMA-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_first = 5
keep_last = 5
keep_separators = true

[[rules]]
id = "m-first"
pattern = '\bMF-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_first = 40
keep_separators = true

[[rules]]
id = "m-last"
pattern = '\bML-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_last = 10
keep_separators = true

[[rules]]
id = "m-long"
pattern = '\bLONG_[A-Za-z0-9]{40,200}'
action = "mask"
)";

constexpr std::string_view kMaskCharPolicy = R"(
[settings]
mask_char = "#"

[[rules]]
id = "m-char"
pattern = '\bMC-[0-9]{4}-[0-9]{4}\b'
action = "mask"
[rules.mask]
keep_last = 4
keep_separators = true

[[rules]]
id = "m-char-plain"
pattern = '\bMD-[0-9]{4}-[0-9]{4}\b'
action = "mask"
)";

constexpr std::string_view kRedactPolicy = R"(
[[rules]]
id = "r-default"
pattern = '\bRD-[0-9]{6}\b'
action = "redact"

[[rules]]
id = "r-custom"
pattern = '\bRC-[0-9]{6}\b'
action = "redact"
redact_token = "<gone>"

[[rules]]
id = "r-long-token"
pattern = '\bRL-[0-9]{2}\b'
action = "redact"
redact_token = "[a considerably longer replacement token]"
)";

constexpr std::string_view kPseudonymPolicy = R"(
[[rules]]
id = "p-email"
pattern = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b'
action = "pseudonym"

[[rules]]
id = "p-card"
pattern = '\b4\d{3}(?:[ -]?\d{4}){3}\b'
validator = "luhn"
severity = "critical"
action = "pseudonym"

[[rules]]
id = "p-ssn"
pattern = '\b\d{3}-\d\d-\d{4}\b'
validator = "us-ssn"
severity = "critical"
action = "pseudonym"

[[rules]]
id = "p-phone"
pattern = '(?:\+[1-9](?:[\x20.-]?\(?\d\)?){7,14}|(?:\+1[\x20.-]?|\b1[-.])?(?:\(\d{3}\)\x20?|\b\d{3}[-.])\d{3}[-.]\d{4}|\b0[1-9]\d{1,3}[\x20-]\d{3,4}[\x20-]?\d{3,4})\b'
validator = "phone"
action = "pseudonym"

[[rules]]
id = "p-iban"
pattern = '\b[A-Z]{2}\d\d(?:\x20?[A-Z0-9]{4}){2,7}(?:\x20?[A-Z0-9]{1,3})?\b'
validator = "iban"
severity = "high"
action = "pseudonym"

[[rules]]
id = "p-token"
pattern = '\btok_[A-Za-z0-9]{8,200}\b'
action = "pseudonym"
)";

constexpr std::string_view kOtherActionsPolicy = R"(
[[rules]]
id = "o-block"
pattern = '\bBLK-[0-9]{6}\b'
action = "block"

[[rules]]
id = "o-report"
pattern = '\bREP-[0-9]{6}\b'
action = "report"

[[rules]]
id = "o-allow"
pattern = '\bALW-[0-9]{6}\b'
action = "allow"

[[rules]]
id = "o-mask"
pattern = '\bMSK-[0-9]{6}\b'
action = "mask"

[[sinks]]
name = "trusted log"
path = "/var/log/trusted/**"
rules = ["o-mask"]
action = "allow"
)";

constexpr std::string_view kMixedPolicy = R"(
[[rules]]
id = "x-mask"
pattern = '\bMM-[0-9]{4}\b'
action = "mask"

[[rules]]
id = "x-redact"
pattern = '\bRR-[0-9]{4}\b'
action = "redact"

[[rules]]
id = "x-pseudo"
pattern = '\bPP-[a-z]{4}\b'
action = "pseudonym"

[[rules]]
id = "x-report"
pattern = '\bQQ-[0-9]{4}\b'
action = "report"
)";

}  // namespace

// ------------------------------------------------------------------ mask

TEST(ActionsMask, DefaultMaskReplacesEveryByteSameLength) {
  Scanner s(kMaskPolicy);
  const std::string in = "id MP-1234-5678 end";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 1u);
  EXPECT_EQ(s.matches()[0].start, 3u);
  EXPECT_EQ(s.matches()[0].end, 15u);
  EXPECT_EQ(s.matches()[0].action, pg::Action::Mask);
  EXPECT_TRUE(r.changes);
  EXPECT_FALSE(r.blocked);
  EXPECT_FALSE(r.incomplete);
  EXPECT_EQ(r.output_size, in.size());
  EXPECT_EQ(s.apply(in), "id ************ end");
}

TEST(ActionsMask, KeepSeparators) {
  Scanner s(kMaskPolicy);
  EXPECT_EQ(s.apply("MS-1234-5678"), "**-****-****");
}

TEST(ActionsMask, KeepFirstAndLastCountLettersAndDigitsOnly) {
  Scanner s(kMaskPolicy);
  EXPECT_EQ(s.apply("[MK-1234-5678]"), "[MK-****-*678]");
  // Without keep_separators the dashes are masked too.
  EXPECT_EQ(s.apply("[MN-1234-5678]"), "[MN*******678]");
  // All but one of ten characters may show.
  EXPECT_EQ(s.apply("MX-1234-5678"), "MX-12*4-5678");
}

TEST(ActionsMask, NeverRevealsTheWholeValue) {
  Scanner s(kMaskPolicy);
  // keep_first + keep_last == number of letters and digits
  EXPECT_EQ(s.apply("MA-1234-5678"), "**-****-****");
  // keep_first alone larger than the value
  EXPECT_EQ(s.apply("MF-1234-5678"), "**-****-****");
  // keep_last alone equal to the value
  EXPECT_EQ(s.apply("ML-1234-5678"), "**-****-****");
  for (std::string_view v : {"MA-1234-5678", "MF-1234-5678", "ML-1234-5678", "MK-1234-5678", "MX-1234-5678"}) {
    std::string out = s.apply(v);
    EXPECT_EQ(out.size(), v.size());
    EXPECT_NE(out, v);
    EXPECT_NE(out.find('*'), std::string::npos) << v;
  }
}

TEST(ActionsMask, LongValueMaskedToSameLength) {
  Scanner s(kMaskPolicy);
  std::string value = "LONG_";
  for (int i = 0; i < 150; ++i) value += static_cast<char>('a' + i % 26);
  const std::string in = "x=" + value + "\n";
  EXPECT_EQ(s.apply(in), "x=" + std::string(value.size(), '*') + "\n");
}

TEST(ActionsMask, MaskCharSetting) {
  Scanner s(kMaskCharPolicy);
  EXPECT_EQ(s.engine().policy().settings.mask_char, '#');
  EXPECT_EQ(s.apply("a MC-1234-5678 b"), "a ##-####-5678 b");
  EXPECT_EQ(s.apply("a MD-1234-5678 b"), "a ############ b");
  EXPECT_EQ(s.only_replacement("MD-1234-5678"), "############");
}

TEST(ActionsMask, DefaultPolicyMasksCardAndEmail) {
  auto& s = default_scanner();
  ASSERT_TRUE(pg::luhn_valid("4539 1488 0343 6467"));
  EXPECT_EQ(s.apply("card 4539 1488 0343 6467 ok"), "card **** **** **** 6467 ok");
  EXPECT_EQ(s.apply("to: jane.roe@corp-mail.net\n"), "to: ****.***@****-****.***\n");
}

// ---------------------------------------------------------------- redact

TEST(ActionsRedact, DefaultTokenIsRuleIdInBrackets) {
  Scanner s(kRedactPolicy);
  const std::string in = "id RD-123456 ok";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 1u);
  EXPECT_EQ(s.matches()[0].action, pg::Action::Redact);
  EXPECT_TRUE(r.changes);
  EXPECT_FALSE(r.blocked);
  EXPECT_EQ(r.output_size, in.size() - 9 + std::string_view("[r-default]").size());
  EXPECT_EQ(s.apply(in), "id [r-default] ok");
  EXPECT_EQ(s.only_replacement(in), "[r-default]");
}

TEST(ActionsRedact, CustomTokenShorterAndLonger) {
  Scanner s(kRedactPolicy);
  auto r = s.scan("RC-654321");
  EXPECT_EQ(r.output_size, 6u);
  EXPECT_EQ(s.apply("RC-654321"), "<gone>");
  EXPECT_EQ(s.apply("pre RC-654321, post"), "pre <gone>, post");
  // A token longer than the value grows the output.
  const std::string in = "v=RL-42;";
  auto r2 = s.scan(in);
  const std::string_view token = "[a considerably longer replacement token]";
  EXPECT_EQ(r2.output_size, in.size() - 5 + token.size());
  EXPECT_EQ(s.apply(in), "v=" + std::string(token) + ";");
}

TEST(ActionsRedact, ReplacementReportsLengthAndRefusesSmallBuffer) {
  Scanner s(kRedactPolicy);
  const std::string in = "RD-123456";
  s.scan(in);
  ASSERT_EQ(s.matches().size(), 1u);
  const pg::Match m = s.matches()[0];
  EXPECT_EQ(s.engine().replacement(in, m, nullptr, 0), 11u);
  char buf[16];
  std::memset(buf, 'z', sizeof buf);
  EXPECT_EQ(s.engine().replacement(in, m, buf, 10), 0u);
  EXPECT_EQ(s.engine().replacement(in, m, buf, 11), 11u);
  EXPECT_EQ(std::string_view(buf, 11), "[r-default]");
  EXPECT_EQ(buf[11], 'z');
}

// ------------------------------------------------------------- pseudonym

TEST(ActionsPseudonym, EmailBecomesUserAtExampleCom) {
  Scanner s(kPseudonymPolicy, key_of(1));
  const std::string in = "mail jane.doe@corp.io now";
  auto f = s.found(in);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "p-email");
  EXPECT_EQ(f[0].action, pg::Action::Pseudonym);
  auto r = s.scan(in);
  EXPECT_TRUE(r.changes);
  const std::size_t pseudo_len = std::string_view("user-XXXXXXXX@example.com").size();
  EXPECT_EQ(r.output_size, in.size() - std::string_view("jane.doe@corp.io").size() + pseudo_len);
  std::string out = s.apply(in);
  ASSERT_EQ(out.size(), 5 + pseudo_len + 4);
  EXPECT_EQ(out.substr(0, 5), "mail ");
  EXPECT_EQ(out.substr(out.size() - 4), " now");
  std::string p = out.substr(5, pseudo_len);
  EXPECT_EQ(p.substr(0, 5), "user-");
  EXPECT_EQ(p.substr(13), "@example.com");
  for (char c : p.substr(5, 8)) EXPECT_TRUE(is_digit(c) || is_lower(c)) << p;
  // The pseudonym is synthetic data for the default policy too.
  EXPECT_TRUE(default_scanner().found(out).empty()) << out;
}

// gdpr.toml pseudonymises the default policy's email rule, which has a
// validator of its own: its pseudonyms are addresses at example.com too.
TEST(ActionsPseudonym, DefaultEmailRuleBecomesUserAtExampleCom) {
  Scanner s("extends = \"default\"\n[[overrides]]\nid = \"email\"\naction = \"pseudonym\"\n", key_of(1));
  std::string out = s.apply("to user0001.name@corp-mail.io cc jo.x3@mailbox.org end");
  EXPECT_EQ(out.rfind("to user-", 0), 0u) << out;
  EXPECT_NE(out.find("@example.com cc user-"), std::string::npos) << out;
  EXPECT_NE(out.find("@example.com end"), std::string::npos) << out;
}

TEST(ActionsPseudonym, DeterministicPerKeyAndValue) {
  Scanner a(kPseudonymPolicy, key_of(1));
  Scanner a2(kPseudonymPolicy, key_of(1));
  Scanner b(kPseudonymPolicy, key_of(100));
  for (std::string_view v :
       {"jane.doe@corp.io", "4539 1488 0343 6467", "512-34-6789", "+1 202 456 1414", "GB29 NWBK 6016 1331 9268 19",
        "tok_a1B2c3D4e5F6g7H8i9J0k1L2"}) {
    std::string pa = a.only_replacement(v);
    EXPECT_EQ(pa, a.only_replacement(v)) << v;   // same engine again
    EXPECT_EQ(pa, a2.only_replacement(v)) << v;  // another engine, same key
    EXPECT_NE(pa, b.only_replacement(v)) << v;   // another key
    EXPECT_NE(pa, std::string(v));
  }
  // Another value, same key: another pseudonym.
  EXPECT_NE(a.only_replacement("jane.doe@corp.io"), a.only_replacement("john.doe@corp.io"));
  // The same value twice in one buffer: the same stand-in both times.
  std::string out = a.apply("jane.doe@corp.io,jane.doe@corp.io");
  ASSERT_EQ(out.size(), 25u * 2 + 1);
  EXPECT_EQ(out.substr(0, 25), out.substr(26, 25));
  EXPECT_EQ(out[25], ',');
}

TEST(ActionsPseudonym, CardKeepsLayoutIsLuhnValidAndAllowlistedByDefault) {
  Scanner s(kPseudonymPolicy, key_of(7));
  for (std::string_view card : {"4539 1488 0343 6467", "4539-1488-0343-6467", "4539148803436467", "4916 3385 0608 2832"}) {
    ASSERT_TRUE(pg::luhn_valid(card)) << card;
    auto f = s.found(card);
    ASSERT_EQ(f.size(), 1u) << card;
    EXPECT_EQ(f[0].rule, "p-card");
    std::string p = s.apply(std::string("card=") + std::string(card) + ";");
    ASSERT_EQ(p.size(), card.size() + 6) << p;
    EXPECT_EQ(p.substr(0, 5), "card=");
    EXPECT_EQ(p.back(), ';');
    std::string v = p.substr(5, card.size());
    for (std::size_t i = 0; i < card.size(); ++i) {
      if (is_digit(card[i])) EXPECT_TRUE(is_digit(v[i])) << v;
      else EXPECT_EQ(v[i], card[i]) << v;
    }
    EXPECT_EQ(digits_of(v).substr(0, 6), "400000") << v;
    EXPECT_EQ(digits_of(v).size(), digits_of(card).size());
    EXPECT_TRUE(pg::luhn_valid(v)) << v;
    EXPECT_NE(digits_of(v), digits_of(card));
    // Scanning the pseudonymised output with the default policy finds nothing.
    auto d = default_scanner().found(p);
    EXPECT_TRUE(d.empty()) << p << " -> " << (d.empty() ? "" : d[0].rule);
  }
}

TEST(ActionsPseudonym, SsnKeepsLayoutInUnissuedArea) {
  Scanner s(kPseudonymPolicy, key_of(7));
  const std::string_view ssn = "512-34-6789";
  ASSERT_TRUE(pg::validate(pg::Validator::UsSsn, ssn));
  auto f = s.found(ssn);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "p-ssn");
  std::string v = s.only_replacement(ssn);
  ASSERT_EQ(v.size(), ssn.size());
  EXPECT_EQ(v[0], '9');
  EXPECT_EQ(v[3], '-');
  EXPECT_EQ(v[6], '-');
  for (std::size_t i : {0u, 1u, 2u, 4u, 5u, 7u, 8u, 9u, 10u}) EXPECT_TRUE(is_digit(v[i])) << v;
  EXPECT_FALSE(pg::validate(pg::Validator::UsSsn, v)) << v;
  std::string out = s.apply("ssn: 512-34-6789\n");
  EXPECT_EQ(out, "ssn: " + v + "\n");
  EXPECT_TRUE(default_scanner().found(out).empty()) << out;
}

TEST(ActionsPseudonym, PhoneKeepsLayoutAndEndsInFictionRange) {
  Scanner s(kPseudonymPolicy, key_of(9));
  struct Case {
    std::string_view in;
    std::string_view keep_prefix;  // kept verbatim
  };
  for (Case c : {Case{"+1 202 456 1414", "+1"}, Case{"(202) 456-1414", ""}, Case{"030 1234 5678", "0"},
                 Case{"+44 20 7947 0321", "+4"}}) {
    ASSERT_TRUE(pg::validate(pg::Validator::Phone, c.in)) << c.in;
    auto f = s.found(c.in);
    ASSERT_EQ(f.size(), 1u) << c.in;
    EXPECT_EQ(f[0].rule, "p-phone") << c.in;
    EXPECT_EQ(f[0].start, 0u) << c.in;
    EXPECT_EQ(f[0].end, c.in.size()) << c.in;
    std::string v = s.only_replacement(c.in);
    ASSERT_EQ(v.size(), c.in.size()) << v;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (is_digit(c.in[i])) EXPECT_TRUE(is_digit(v[i])) << c.in << " -> " << v;
      else EXPECT_EQ(v[i], c.in[i]) << c.in << " -> " << v;
    }
    EXPECT_EQ(v.substr(0, c.keep_prefix.size()), c.keep_prefix) << v;
    std::string d = digits_of(v);
    ASSERT_GE(d.size(), 7u);
    EXPECT_EQ(d.substr(d.size() - 7, 5), "55501") << v;
  }
}

TEST(ActionsPseudonym, PhoneKeepsWholeCountryCode) {
  Scanner s(kPseudonymPolicy, key_of(9));
  EXPECT_EQ(s.only_replacement("+44 20 7947 0321").substr(0, 4), "+44 ");
  EXPECT_EQ(s.only_replacement("+49 30 1234 5678").substr(0, 4), "+49 ");
  EXPECT_EQ(s.only_replacement("+353 1 234 5678").substr(0, 5), "+353 ");
}

TEST(ActionsPseudonym, IbanKeepsCountryLayoutAndChecksum) {
  Scanner s(kPseudonymPolicy, key_of(3));
  for (std::string_view iban : {"GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606",
                                "DE44 5001 0517 5407 3249 31", "NL02ABNA0123456789"}) {
    ASSERT_TRUE(pg::iban_valid(iban)) << iban;
    auto f = s.found(iban);
    ASSERT_EQ(f.size(), 1u) << iban;
    EXPECT_EQ(f[0].rule, "p-iban") << iban;
    EXPECT_EQ(f[0].end - f[0].start, iban.size()) << iban;
    std::string v = s.only_replacement(iban);
    ASSERT_EQ(v.size(), iban.size());
    EXPECT_EQ(v.substr(0, 2), iban.substr(0, 2)) << v;
    for (std::size_t i = 2; i < v.size(); ++i) {
      if (is_digit(iban[i])) EXPECT_TRUE(is_digit(v[i])) << iban << " -> " << v;
      else if (is_upper(iban[i])) EXPECT_TRUE(is_upper(v[i])) << iban << " -> " << v;
      else EXPECT_EQ(v[i], iban[i]) << iban << " -> " << v;
    }
    EXPECT_TRUE(pg::iban_valid(v)) << v;
    EXPECT_NE(v, std::string(iban));
  }
}

TEST(ActionsPseudonym, GenericTokenKeepsCharacterClassesAndLength) {
  Scanner s(kPseudonymPolicy, key_of(5));
  std::string long_token = "tok_";
  for (int i = 0; i < 180; ++i) long_token += "aZ7"[i % 3];  // longer than one 64-byte hash block
  for (std::string_view tok : {std::string_view("tok_a1B2c3D4e5F6g7H8i9J0k1L2"), std::string_view(long_token)}) {
    auto f = s.found(tok);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "p-token");
    std::string v = s.only_replacement(tok);
    ASSERT_EQ(v.size(), tok.size());
    std::size_t same = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (is_digit(tok[i])) EXPECT_TRUE(is_digit(v[i])) << i << ": " << v;
      else if (is_lower(tok[i])) EXPECT_TRUE(is_lower(v[i])) << i << ": " << v;
      else if (is_upper(tok[i])) EXPECT_TRUE(is_upper(v[i])) << i << ": " << v;
      else EXPECT_EQ(v[i], tok[i]) << i << ": " << v;
      if (is_alnum(tok[i])) same += v[i] == tok[i];
    }
    // Random stand-ins agree with the original in about 1 of 10-26 places, never nearly all.
    EXPECT_LT(same, tok.size() / 3) << v;
    EXPECT_EQ(s.apply(std::string("k=") + std::string(tok) + "."), "k=" + v + ".");
  }
}

// ---------------------------------------------- block, report, allow, mode

TEST(ActionsBlock, BlockedWithoutChanges) {
  Scanner s(kOtherActionsPolicy);
  const std::string in = "x BLK-123456 y";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 1u);
  EXPECT_EQ(s.matches()[0].action, pg::Action::Block);
  EXPECT_EQ(s.matches()[0].start, 2u);
  EXPECT_EQ(s.matches()[0].end, 12u);
  EXPECT_TRUE(r.blocked);
  EXPECT_FALSE(r.changes);
  EXPECT_EQ(r.output_size, in.size());
  EXPECT_EQ(s.apply(in), in);
}

TEST(ActionsReport, BytesUnchanged) {
  Scanner s(kOtherActionsPolicy);
  const std::string in = "x REP-123456 y";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 1u);
  EXPECT_EQ(s.matches()[0].action, pg::Action::Report);
  EXPECT_EQ(s.matches()[0].start, 2u);
  EXPECT_EQ(s.matches()[0].end, 12u);
  EXPECT_FALSE(r.blocked);
  EXPECT_FALSE(r.changes);
  EXPECT_EQ(r.output_size, in.size());
  EXPECT_EQ(s.apply(in), in);
}

TEST(ActionsAllow, NoFinding) {
  Scanner s(kOtherActionsPolicy);
  const std::string in = "x ALW-123456 y";
  auto r = s.scan(in);
  EXPECT_TRUE(s.matches().empty());
  EXPECT_FALSE(r.blocked);
  EXPECT_FALSE(r.changes);
  EXPECT_FALSE(r.incomplete);
  EXPECT_EQ(r.output_size, in.size());
  EXPECT_EQ(s.apply(in), in);
}

TEST(ActionsAllow, SinkOverrideAllowsOnlyAtItsPath) {
  Scanner s(kOtherActionsPolicy);
  const std::string in = "MSK-123456 BLK-000001";
  pg::Sink trusted{pg::SinkKind::File, "/var/log/trusted/app.log", {}};
  pg::Sink other{pg::SinkKind::File, "/var/log/other/app.log", {}};
  auto f = s.found(in, trusted);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "o-block");  // the override names only o-mask
  EXPECT_EQ(s.apply(in, trusted), in);
  auto g = s.found(in, other);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].action, pg::Action::Mask);
  EXPECT_EQ(g[1].action, pg::Action::Block);
  EXPECT_EQ(s.apply(in, other), "********** BLK-000001");
}

TEST(ActionsReport, ReportModeTurnsEveryActionIntoReport) {
  std::string toml = "[settings]\nmode = \"report\"\n" + std::string(kMixedPolicy);
  Scanner s(toml);
  const std::string in = "MM-1234 RR-1234 PP-abcd QQ-1234";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 4u);
  for (const auto& m : s.matches()) EXPECT_EQ(m.action, pg::Action::Report);
  EXPECT_FALSE(r.changes);
  EXPECT_EQ(r.output_size, in.size());
  EXPECT_EQ(s.apply(in), in);
}

// -------------------------------------------------------------- transform

TEST(ActionsTransform, SeveralMatchesKeepEveryOtherByteInOrder) {
  Scanner s(kMixedPolicy, key_of(11));
  const std::string in = "a=MM-1111;b=RR-2222;c=PP-wxyz;d=QQ-4444;e=MM-5555\n";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 5u);
  const std::uint64_t starts[] = {2, 12, 22, 32, 42};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(s.matches()[i].start, starts[i]);
    EXPECT_EQ(s.matches()[i].end, starts[i] + 7);
  }
  EXPECT_TRUE(r.changes);
  EXPECT_EQ(r.output_size, in.size() - 7 + std::string_view("[x-redact]").size());
  std::string out = s.apply(in);
  std::string pseudo = s.only_replacement("PP-wxyz");
  ASSERT_EQ(pseudo.size(), 7u);
  EXPECT_TRUE(is_upper(pseudo[0]) && is_upper(pseudo[1])) << pseudo;
  EXPECT_EQ(pseudo[2], '-');
  for (char c : pseudo.substr(3)) EXPECT_TRUE(is_lower(c)) << pseudo;
  EXPECT_EQ(out, "a=*******;b=[x-redact];c=" + pseudo + ";d=QQ-4444;e=*******\n");
}

TEST(ActionsTransform, NeverModifiesInput) {
  Scanner s(kMixedPolicy, key_of(11));
  const std::string original = "MM-1111 RR-2222 PP-abcd QQ-3333";
  std::string in = original;
  s.scan(in);
  std::vector<char> out(s.scan(in).output_size);
  ASSERT_EQ(s.engine().transform(in, s.matches(), out.data(), out.size()), out.size());
  EXPECT_EQ(in, original);
  // Also with a buffer that is too small.
  ASSERT_EQ(s.engine().transform(in, s.matches(), out.data(), out.size() - 1), 0u);
  EXPECT_EQ(in, original);
}

TEST(ActionsTransform, TooSmallCapReturnsZeroAndStaysInBounds) {
  Scanner s(kMixedPolicy, key_of(11));
  const std::string in = "x MM-1111 y RR-2222 z PP-abcd w";
  auto r = s.scan(in);
  ASSERT_EQ(s.matches().size(), 3u);
  const std::size_t need = r.output_size;
  ASSERT_EQ(need, in.size() - 7 + 10);
  std::vector<char> buf(need + 16);
  for (std::size_t cap = 0; cap < need; ++cap) {
    std::fill(buf.begin(), buf.end(), '\x7f');
    EXPECT_EQ(s.engine().transform(in, s.matches(), buf.data(), cap), 0u) << "cap " << cap;
    for (std::size_t i = cap; i < buf.size(); ++i) ASSERT_EQ(buf[i], '\x7f') << "cap " << cap << " wrote at " << i;
  }
  EXPECT_EQ(s.engine().transform(in, s.matches(), buf.data(), need), need);
  EXPECT_EQ(s.engine().transform(in, s.matches(), buf.data(), need + 16), need);
  // Without matches a too-small buffer is refused as well.
  EXPECT_EQ(s.engine().transform(in, {}, buf.data(), in.size() - 1), 0u);
  EXPECT_EQ(s.engine().transform(in, {}, buf.data(), in.size()), in.size());
  EXPECT_EQ(std::string_view(buf.data(), in.size()), in);
}
