// What the default policy must not find, and the spans it must keep tight
// (issue 11): PEM blocks end at their own END line, merging never weakens
// an action, fixed-length tokens are not pieces of longer runs, and
// numbers, dumps and random text are not personal data.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "engine_internal.h"
#include "privguard/engine.h"

using namespace privguard::core;

namespace {

struct Found {
  std::string rule;
  std::string value;
  Action action;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.rule << ", " << f.value.size() << " bytes '" << f.value.substr(0, 80) << "', "
            << to_string(f.action) << "}";
}

std::string dump(const std::vector<Found>& v) {
  std::ostringstream os;
  for (const auto& f : v) os << f << "\n";
  return os.str();
}

const Engine& def() {
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  return *e;
}

// gdpr.toml's engine, built once for every test here that needs it (each
// build loads its databases: seconds under the sanitizers).
const Engine& gdpr() {
  static auto e = Engine::build(load_policy_file(PRIVGUARD_SOURCE_DIR "/policies/gdpr.toml"));
  return *e;
}

std::unique_ptr<Engine> build(const std::string& toml) {
  EngineOptions o;
  o.use_cache = false;
  return Engine::build(load_policy_text(toml, "test.toml"), o);
}

std::vector<Found> scan(std::string_view data, const Engine& e = def()) {
  auto s = e.make_scratch(4096);
  auto r = e.scan(data, Sink{}, *s);
  std::vector<Found> out;
  for (const auto& m : r.matches)
    out.push_back({e.policy().rules[m.rule].id, std::string(data.substr(m.start, m.end - m.start)), m.action});
  return out;
}

// "rule=value" of each finding, to compare with what a test expects.
std::vector<std::string> found(std::string_view data, const Engine& e = def()) {
  std::vector<std::string> out;
  for (const auto& f : scan(data, e)) out.push_back(f.rule + "=" + f.value);
  return out;
}
using Expected = std::vector<std::string>;

// Deterministic base64 of n characters, in lines of 64 joined by `nl`.
std::string b64_body(std::size_t n, unsigned seed, const std::string& nl = "\n") {
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::mt19937 rng(seed);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && i % 64 == 0) out += nl;
    out += kB64[rng() % 64];
  }
  return out;
}

std::string pem(const std::string& label, const std::string& body, const std::string& nl = "\n") {
  return "-----BEGIN " + label + "-----" + nl + body + nl + "-----END " + label + "-----";
}

}  // namespace

// ------------------------------------------------------------------ PEM

TEST(Pem, OneBlockIsOneFindingEndingAtItsOwnEnd) {
  // A service account's JSON (key with \n escapes), 200 log lines, then a
  // documentation placeholder with the same label.
  const std::string key = pem("PRIVATE KEY", b64_body(1600, 1, "\\n"), "\\n");
  std::string text = "{\"type\": \"service_account\", \"private_key\": \"" + key + "\\n\", \"client_id\": \"1\"}\n";
  for (int i = 0; i < 200; ++i) text += "2026-12-01T10:00:00Z INFO request " + std::to_string(i) + " served in 12ms\n";
  text += "example:\n-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n";
  auto f = scan(text);
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].rule, "private-key");
  EXPECT_EQ(f[0].value, key);
  EXPECT_EQ(f[0].action, Action::Block);
}

TEST(Pem, PlaceholderBlocksAroundACardLeaveTheCardAlone) {
  const std::string text =
      "-----BEGIN PRIVATE KEY----- abc -----END PRIVATE KEY-----\ncard 4539 1488 0343 6467\n"
      "-----BEGIN RSA PRIVATE KEY----- d -----END RSA PRIVATE KEY-----\n";
  auto f = scan(text);
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].rule, "credit-card");
  EXPECT_EQ(f[0].value, "4539 1488 0343 6467");
  EXPECT_EQ(f[0].action, Action::Mask);
}

TEST(Pem, KeyLabelsAndLineStyles) {
  for (const std::string label : {"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
                                  "OPENSSH PRIVATE KEY", "PGP PRIVATE KEY BLOCK"}) {
    for (const std::string nl : {"\n", "\r\n", "\\n", "\\\\n", "\n    "}) {
      const std::string key = pem(label, b64_body(700, 2, nl), nl);
      auto f = scan("loaded: " + key + "\nnext line\n");
      ASSERT_EQ(f.size(), 1u) << label << dump(f);
      EXPECT_EQ(f[0].value, key) << label;
      EXPECT_EQ(f[0].action, Action::Block) << label;
    }
  }
  // Header lines: encrypted PKCS#1, PGP armor.
  const std::string enc = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F\n\n" +
                          b64_body(900, 3) + "\n-----END RSA PRIVATE KEY-----";
  const std::string pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\nComment: deploy\n\n" +
                          b64_body(2000, 4) + "\n=x7Qa\n-----END PGP PRIVATE KEY BLOCK-----";
  for (const auto& key : {enc, pgp}) {
    auto f = scan(key + "\n");
    ASSERT_EQ(f.size(), 1u) << dump(f);
    EXPECT_EQ(f[0].value, key);
  }
  // The smallest real key: Ed25519 in PKCS#8, 64 base64 characters.
  auto ed = scan(pem("PRIVATE KEY", "MC4CAQAwBQYDK2VwBCIEIGq0Hk2aT3Ym9rLz0dWcR7vJ8uXo5sPQ1nFbE6tAiDhK"));
  ASSERT_EQ(ed.size(), 1u);
}

TEST(Pem, PlaceholdersPublicKeysAndCertificatesAreNotKeys) {
  for (const std::string& body : std::vector<std::string>{"", "...", "<your key>", "<PRIVATE KEY>", "MIIE...", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7...",
        "xxxx", std::string(128, 'x'), std::string(200, 'A'), "abc", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "YOUR_PRIVATE_KEY_HERE", "insert your key here", "${PRIVATE_KEY}", "{{ tls_key }}",
        "MIIEvQIBADAN\n...\nBgkqhkiG9w0BAQEFAASCBKcwggSj"}) {
    for (const std::string label : {"PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"}) {
      auto f = scan("docs: " + pem(label, body) + "\n");
      EXPECT_TRUE(f.empty()) << "'" << body << "' " << label << ": " << dump(f);
    }
  }
  for (const std::string label : {"PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE", "CERTIFICATE REQUEST",
                                  "PGP PUBLIC KEY BLOCK", "OPENSSH PUBLIC KEY"}) {
    auto f = scan(pem(label, b64_body(900, 5)) + "\n");
    EXPECT_TRUE(f.empty()) << label << ": " << dump(f);
  }
}

TEST(Pem, EndMustMatchItsOwnBegin) {
  // BEGIN RSA ... END PRIVATE KEY: not its END; the block reads as
  // unterminated and is a key as far as its body goes, never beyond.
  const std::string body = b64_body(600, 6);
  const std::string text = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\nafter\n";
  auto f = scan(text);
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].value, "-----BEGIN RSA PRIVATE KEY-----\n" + body);
  EXPECT_EQ(f[0].action, Action::Block);
}

TEST(Pem, NoEndInTheBufferIsStillAKey) {
  // The shim sees a key whose END comes in a later write: what it sees
  // is blocked, however little of the body it holds.
  for (const std::string& text : std::vector<std::string>{"-----BEGIN PRIVATE KEY-----\n", "-----BEGIN PRIVATE KEY-----",
                                 "-----BEGIN PRIVATE KEY-----\nMIIE\n",
                                 "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b64_body(300, 7),
                                 "key: \"-----BEGIN EC PRIVATE KEY-----\\n" + b64_body(100, 8, "\\n") + "\" (truncated)\n"}) {
    auto f = scan(text);
    ASSERT_EQ(f.size(), 1u) << text << dump(f);
    EXPECT_EQ(f[0].rule, "private-key");
    EXPECT_EQ(f[0].action, Action::Block);
    EXPECT_EQ(f[0].value.rfind("-----BEGIN", 0), 0u);
  }
  // A body cut short by other text, with no END of its own after it:
  // a key, up to where the body stops.
  const std::string body = b64_body(400, 9);
  auto f = scan("-----BEGIN PRIVATE KEY-----\n" + body + "\n[log truncated]\n-----BEGIN CERTIFICATE-----\n" +
                b64_body(300, 10) + "\n-----END CERTIFICATE-----\n");
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].value, "-----BEGIN PRIVATE KEY-----\n" + body);
}

TEST(Pem, BoundedSize) {
  // A body longer than 16 KiB ends the finding there, not at a far END.
  const std::string text = pem("PRIVATE KEY", b64_body(40000, 11)) + "\n";
  auto f = scan(text);
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_LE(f[0].value.size(), 17u * 1024);
  EXPECT_EQ(f[0].action, Action::Block);
}

TEST(Pem, ValidatorOnAWholeValue) {
  EXPECT_TRUE(validate(Validator::Pem, pem("PRIVATE KEY", b64_body(200, 12))));
  EXPECT_FALSE(validate(Validator::Pem, pem("PRIVATE KEY", "...")));
  EXPECT_FALSE(validate(Validator::Pem, "not a pem"));
  EXPECT_EQ(parse_validator("pem"), Validator::Pem);
  EXPECT_EQ(to_string(Validator::Pem), "pem");
}

// ---------------------------------------------------------------- merging

TEST(Merge, NeverWeakensAnAction) {
  // A card-shaped run inside a key's body: the key's block wins over the
  // card's mask, though credit-card is as severe and defined first.
  std::string body = b64_body(640, 13);
  body.replace(100, 18, "+4539148803436467/");
  const std::string key = pem("PRIVATE KEY", body);
  auto f = scan("x " + key + "\n");
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].rule, "private-key");
  EXPECT_EQ(f[0].action, Action::Block);
  EXPECT_EQ(f[0].value, key);

  // Generic: a low-severity block overlapping a critical mask blocks; a
  // report never beats a mask.
  auto e = build(R"(
[[rules]]
id = "crit-mask"
pattern = 'AB[0-9]{6}'
severity = "critical"
action = "mask"
[[rules]]
id = "low-block"
pattern = '[0-9]{6}CD'
severity = "low"
action = "block"
[[rules]]
id = "high-report"
pattern = 'XY[0-9]{6}'
severity = "critical"
action = "report"
[[rules]]
id = "low-mask"
pattern = '[0-9]{6}ZW'
severity = "low"
action = "mask"
)");
  auto a = scan("v AB123456CD w", *e);
  ASSERT_EQ(a.size(), 1u) << dump(a);
  EXPECT_EQ(a[0].rule, "low-block");
  EXPECT_EQ(a[0].action, Action::Block);
  EXPECT_EQ(a[0].value, "AB123456CD");
  auto b = scan("v XY123456ZW w", *e);
  ASSERT_EQ(b.size(), 1u) << dump(b);
  EXPECT_EQ(b[0].rule, "low-mask");
  EXPECT_EQ(b[0].action, Action::Mask);
}

// ------------------------------------------------------- token boundaries

TEST(Tokens, FixedLengthTokensAreWholeTokens) {
  const std::string aiza = "AIzaSyD3xQ9vLmN2pR7tK8wZ4bC6eF1gH5jJ0kA";    // 4 + 35
  const std::string akia = "AKIAQ7XK2M4N6P3R5T2V";                        // 4 + 16
  const std::string ghp = "ghp_R8kL2mN4pQ6sT9vW1xY3zA5bC7dE0fG2hJ4k";  // 4 + 36
  const std::string glpat = "glpat-Xk3Lm9Qw2Zv7Tn4Bs8Hc";                 // 6 + 20
  const std::string openai = "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";
  for (const std::string& tok : {aiza, akia, ghp, glpat, openai}) {
    // Alone, or between the usual delimiters: found.
    for (const std::string& text : {tok, "key=" + tok + "&x=1", "\"" + tok + "\"", "token: " + tok + "\n",
                                    "Credential=" + tok + "/20240305/us-east-1/s3/aws4_request"}) {
      auto f = scan(text);
      ASSERT_EQ(f.size(), 1u) << text << dump(f);
      EXPECT_EQ(f[0].value, tok);
    }
    // A piece of a longer run of token or base64 characters: not.
    // (ghp_ and glpat- tokens have no fixed length: more letters make a
    // longer token, which the rule takes whole.)
    const bool open_ended = tok == ghp || tok == glpat;
    for (const std::string& text : {open_ended ? "x" + tok : tok + "Q", open_ended ? "x" + tok : tok + "_x",
                                    open_ended ? "x" + tok : tok + "-x", "Zm9v+" + tok + "/Zm9v", "Zm9v/" + tok,
                                    "Zm9v+" + tok, "x" + tok, tok + "+Zm9v"}) {
      auto f = scan(text);
      EXPECT_TRUE(f.empty()) << text << dump(f);
    }
  }
}

TEST(Tokens, PlaceholdersAreNotKeys) {
  for (const char* text : {"AKIAXXXXXXXXXXXXXXXX", "AKIAAAAAAAAAAAAAAAAA", "AKIAABCDEFGHIJKLMNOP",
                           "AKIAYOURACCESSKEYIDX", "ASIAREPLACEMEREPLACE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                           "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                           "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                           "pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}) {
    auto f = scan(std::string("aws_access_key_id = ") + text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  EXPECT_EQ(scan("aws_access_key_id = AKIA2MJK7QZT4HRV6WNP").size(), 1u);
}

namespace {
// n characters of an alphabet, the same ones every run.
std::string chars_of(std::string_view alphabet, std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += alphabet[rng() % alphabet.size()];
  return out;
}
}  // namespace

TEST(Tokens, AVendorsPrefixNamesItsTokenWhereverItStands) {
  const std::string_view alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const std::string_view url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const std::string_view hex = "0123456789abcdef";
  const std::vector<std::string> tokens = {
      "hvs." + chars_of(url, 91, 1),  // Vault 1.10's service token
      "hvs." + chars_of(alnum, 24, 2),
      "hvb." + chars_of(url, 140, 3),
      "dckr_pat_" + chars_of(url, 27, 4),
      "dp.st." + chars_of(alnum, 43, 5),
      "dapi" + chars_of(hex, 32, 6),
      "dop_v1_" + chars_of(hex, 64, 7),
      "lin_api_" + chars_of(alnum, 40, 8),
      "pscale_tkn_" + chars_of(alnum, 43, 9),
      "PMAK-" + chars_of(hex, 24, 10) + "-" + chars_of(hex, 34, 11),
      "pul-" + chars_of(hex, 40, 12),
      "AGE-SECRET-KEY-1" + chars_of("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58, 13),
      "Wbn8Q~" + chars_of(alnum, 33, 14),  // an Azure AD client secret
      "tskey-auth-" + chars_of(alnum, 12, 15) + "-" + chars_of(alnum, 33, 16),
      "xkeysib-" + chars_of(hex, 64, 17) + "-" + chars_of(alnum, 16, 18),
      "ya29." + chars_of(url, 150, 19),  // a Google OAuth 2.0 access token
      "IQoJb3JpZ2luX2Vj" + chars_of(alnum, 300, 20),  // an AWS STS session token
  };
  for (const std::string& tok : tokens) {
    // Standing alone: a chat message, a command's argument, a plist string,
    // after "Bearer".
    for (const std::string& text : {tok + "\n", "vault login " + tok + "\n", "<string>" + tok + "</string>",
                                    "Authorization: Bearer " + tok + "\r\n", "curl -d 'token=" + tok + "&x=1'"}) {
      EXPECT_EQ(found(text), Expected{"vendor-token=" + tok}) << text;
    }
    // A piece of base64 or of a longer run: not a token.
    for (const std::string& text : {"Zm9v+" + tok + "+Zm9v\n", "x" + tok + "\n"}) {
      EXPECT_TRUE(found(text).empty()) << text;
    }
  }
  // Under a key name the generic rule sees it too: one finding.
  const std::string vault = "hvs." + chars_of(url, 91, 1);
  EXPECT_EQ(found("VAULT_TOKEN=" + vault + "\n").size(), 1u);
  // Placeholders and prose about prefixes are no tokens.
  for (const char* text : {"vault login hvs.XXXXXXXXXXXXXXXXXXXXXXXX\n", "tokens start with hvs. or hvb.\n",
                           "DOCKER_PAT=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx\n", "dapi00000000000000000000000000000000\n",
                           "pul-1234567890abcdef1234567890abcdef12345678\n"}) {
    EXPECT_TRUE(found(text).empty()) << text;
  }
}

// A URL-escaped separator before an access key id stands for itself: a
// presigned URL in another URL's query (X-Amz-Credential%3DAKIA...); an
// escaped letter before it makes it a piece of a longer token.
TEST(Tokens, AnAccessKeyIdAfterAUrlEscapedSeparator) {
  EXPECT_EQ(found("GET /dl?u=https%3A%2F%2Fb.s3.amazonaws.com%2Fk%3FX-Amz-Credential%3DAKIABYNWQJ3GW4DOYMXL%252F2026 HTTP/1.1"),
            Expected{"aws-access-key-id=AKIABYNWQJ3GW4DOYMXL"});
  EXPECT_EQ(found("x=%41AKIABYNWQJ3GW4DOYMXL y"), Expected{});
}

TEST(Tokens, GoogleKeyShapesInsideBase64AreNotKeys) {
  // Lines of base64 with "AIza" inside, at a line's start, after '+' or '/'.
  for (const std::string& line :
       {std::string("AIzaXk3Lm9Qw2Zv7Tn4Bs8Hc1dEu0pRaYb6Fg5Ih4Jk3Lm2No1Pq0Rs9Tu8Vw7Xy6Za5Bc4De3Fg2Hi1Jk0Lm9No\n"),
        std::string("Zm9vYmFy+AIzaXk3Lm9Qw2Zv7Tn4Bs8Hc1dEu0pRaYb6Fg5Ih4Jk3Lm2No1Pq0Rs9Tu8Vw7Xy6Za5Bc4De3Fg2H\n"),
        std::string("Zm9vYmFy/AIzaXk3Lm9Qw2Zv7Tn4Bs8Hc1dEu0pRaYb6Fg5Ih4Jk3Lm2No1Pq0Rs9Tu8Vw7Xy6Za5Bc4De3Fg2H\n")}) {
    auto f = scan(line);
    EXPECT_TRUE(f.empty()) << line << dump(f);
  }
}

// ------------------------------------------------------ numbers and dumps

TEST(Numbers, CardShapedPiecesOfNumbersAreNotCards) {
  for (const std::string text :
       {"duration 1.4539148803436467 s", "-4539148803436467", "x=-4539148803436467", "4539148803436467.5",
        "hash 4539148803436467123",  // a 19-digit integer (Visa's prefix, Luhn-valid)
        "4539148803436467123\n", "ts 1733126400123456789"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  // Still cards: plain 16 digits, grouped 19 digits, a following year.
  EXPECT_EQ(scan("card 4539148803436467 ok").size(), 1u);
  EXPECT_EQ(scan("card 4539 1488 0343 6467 2024").size(), 1u);
  EXPECT_EQ(scan("1 4539 1488 0343 6467 maria").size(), 1u);  // a numbered line at a write's start
  EXPECT_EQ(scan("12 4539 1488 0343 6467\n").size(), 1u);
}

// National forms only a label tells apart: Italy's mobiles (NANP-shaped,
// no NANP number), Indonesia's in dashed groups of four.
TEST(Numbers, NationalFormsOnlyALabelLetThrough) {
  EXPECT_EQ(found("cellulare: 349 163 2374\n"), Expected{"phone=349 163 2374"});
  EXPECT_EQ(found("Penerima: Dewi Lestari  Nomor HP: 0853-9601-8931  Total Rp852934\n"),
            Expected{"phone=0853-9601-8931"});
  for (const std::string text : {"order 349 163 2374\n", "ref 0853-9601-8931\n", "0853 9601 8931 0000\n"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
}

// A UUID's first group is no number's end: Spark's part-NNNNN-<uuid> files.
TEST(Numbers, AUuidsFirstGroupEndsNoNumber) {
  for (const std::string text : {"s3_key=exports/orders/dt=2024-03-26/part-00164-66805301-b72c-4e78-8d5b-79c0db2f3c07.snappy.parquet",
                                 "ref 0176 45892301-aaaa-4e78-8d5b-79c0db2f3c07\n"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  // a number then a dash and words stays one
  EXPECT_EQ(found("tel 0176-45892301 - call after six\n"), Expected{"phone=0176-45892301"});
}

TEST(Numbers, AUrlEncodedSeparatorIsNoPartOfAGroup) {
  // "%20801899": the escape's digits do not make the group seven long
  EXPECT_EQ(found("GET /pay?cc_number=3718%20801899%2084269&cc_exp=0626 HTTP/1.1"),
            Expected{"credit-card=3718%20801899%2084269"});
}

TEST(Numbers, AfterACardLabelA19DigitRunIsACard) {
  EXPECT_EQ(found("{\"card\": {\"number\": \"4653236936400409861\", \"exp\": \"02/30\"}}"),
            Expected{"credit-card=4653236936400409861"});
  EXPECT_EQ(found("card on file that keeps failing: 4653236936400409861 (x)"), Expected{"credit-card=4653236936400409861"});
  EXPECT_EQ(found("card_number=4653236936400409861"), Expected{"credit-card=4653236936400409861"});
  EXPECT_EQ(found("id 4653236936400409861 ok"), Expected{});
  EXPECT_EQ(found("discard 4653236936400409861 ok"), Expected{});
}

TEST(Numbers, UatpMaestroAndRuPayCards) {
  // UATP: 4-6-5, 4-5-6, or one run of 15 after a card label only
  EXPECT_EQ(found("also pay with 1402 61080 205239\n"), Expected{"credit-card=1402 61080 205239"});
  EXPECT_EQ(found("card_number=123242154153936 exp_month=3\n"), Expected{"credit-card=123242154153936"});
  EXPECT_EQ(found("id 123242154153936 ok\n"), Expected{});
  // Maestro's 13 digits, RuPay's 508x
  EXPECT_EQ(found("card_number=5893111716489 exp_month=3\n"), Expected{"credit-card=5893111716489"});
  EXPECT_EQ(found("card no. issued: 5085 2372 3219 5748\n"), Expected{"credit-card=5085 2372 3219 5748"});
}

TEST(Numbers, AnAadhaarVirtualIdIsNoCard) {
  EXPECT_EQ(found("VID : 4539 1488 0343 6467\n"), Expected{});
}

TEST(Numbers, TwelveDigitsAreOnlyAGroupedMaestroCard) {
  EXPECT_EQ(found("\"card\": {\"number\": \"6761-5716-2741\"}"), Expected{"credit-card=6761-5716-2741"});
  EXPECT_EQ(found("ref 676157162741 ok"), Expected{});
  // Cut back from a longer run, 12 Luhn-valid digits of another network are nothing.
  EXPECT_EQ(found("the test one 4345 2488 4070 4029 154 works"), Expected{});
}

TEST(Numbers, AFictitiousPhoneNumberIsNotCutBackToAnother) {
  EXPECT_EQ(found("TEL;WORK;VOICE:+46 70 174 06 50\r\n"), Expected{});
  EXPECT_EQ(found("\"number\": \"+49 30 23125 000\""), Expected{});
  EXPECT_EQ(found("Tel\xC3\xA9" "fono: 626 595 759\n"), Expected{"phone=626 595 759"});
}

TEST(Numbers, PhoneLabelsOfFormsRecordsAndVcards) {
  // a form's label padded to a column: the longest context must not stop
  // inside "TELEPHONE" and leave " : " to the value
  EXPECT_EQ(found("INSURED TELEPHONE       : 512-434-1793\n"), Expected{"phone=512-434-1793"});
  EXPECT_EQ(found("Telefone           : (31) 3224-8870\n"), Expected{"phone=(31) 3224-8870"});
  // "mob", plurals, a vCard TEL with parameters, an MSISDN without its '+'
  EXPECT_EQ(found("APP_MOB_NO: 6053940223\n"), Expected{"phone=6053940223"});
  EXPECT_EQ(found("\"mobiles\": \"919817998638\",\n"), Expected{"phone=919817998638"});
  EXPECT_EQ(found("TEL;TYPE=WORK,VOICE:55 2569 0427\r\n"), Expected{"phone=55 2569 0427"});
  // small letters in a vCard's parameters: one or two types, or a number that is one on its own
  EXPECT_EQ(found("TEL;TYPE=work:(31) 2574-1921\r\n"), Expected{"phone=(31) 2574-1921"});
  EXPECT_EQ(found("TEL;type=CELL;type=VOICE;type=pref:+49 30 1234567\r\n"), Expected{"phone=+49 30 1234567"});
  EXPECT_EQ(found("txn=SIMKYC2024031635 msisdn=919817998638 plan=PREPAID\n"), Expected{"phone=919817998638"});
  // India's two groups of five; a query string's "(718) 236-4974"
  EXPECT_EQ(found("mobile: 72906 08234\n"), Expected{"phone=72906 08234"});
  EXPECT_EQ(found("GET /r?tel=%28718%29+236-4974&ref=v1 HTTP/1.1"), Expected{"phone=%28718%29+236-4974"});
  // FHIR's telecom (XML and JSON), a chat's "new number is"
  EXPECT_EQ(found("<telecom><system value=\"phone\"/><value value=\"5036741789\"/></telecom>"),
            Expected{"phone=5036741789"});
  EXPECT_EQ(found("{\"system\": \"phone\", \"value\": \"415 200 5081\", \"use\": \"home\"}"),
            Expected{"phone=415 200 5081"});
  EXPECT_EQ(found("new number is 77679 10803. also pay"), Expected{"phone=77679 10803"});
  // an SMS API's "to", Asterisk's dial string, HL7's XTN with its use and
  // equipment codes, an airline PNR's contact, a phone book's Phone1, a
  // call centre's notes
  for (const auto& [text, value] : std::vector<std::pair<std::string, std::string>>{
           {"{\"to\": \"447956742538\", \"status\": \"DELIVERED\"}", "447956742538"},
           {"\"Dial\",\"PJSIP/447956742538@trunk,60,Tt\",", "447956742538"},
           {"PID|1||^PRN^CP^^^^^9572535921|||\r", "9572535921"},
           {"  6 SSR CTCM BA HK1/353895289950/P1\n", "353895289950"},
           {"<Unit Name=\"Liam Holm\" Phone1=\"4157792230\" Phone2=\"\"/>", "4157792230"},
           {"Cx alt no 95725 35921.\n", "95725 35921"},
           {"Cx Reyansh Patel called from 919572535921; refused", "919572535921"},
           {"timestamp,sender,to,body\n2024-06-12 14:57:37,VM-CORPBK,919572535921,\"Dear Customer\"\n", "919572535921"}}) {
    EXPECT_EQ(found(text), Expected{"phone=" + value}) << text;
  }
  // unlabelled, none of these is a phone number
  EXPECT_EQ(found("ref 919817998638 72906 08234 automobile 2024\n"), Expected{});
  EXPECT_EQ(found("<telecom><system value=\"email\"/><value value=\"5036741789\"/></telecom>"), Expected{});
}

TEST(Numbers, TenDigitsLedBy0AreAPhoneNumberOnlyWhenSomethingSaysSo) {
  // ISO 8583's transmission date and time (MMDDhhmmss), an account number
  EXPECT_EQ(found("  DE007 (Transmission dt)     : 0612091512\n"), Expected{});
  // nor is a number an id's name names
  EXPECT_EQ(found("Warehouse ref 904-678-7893-67 | Pick list 59295507542\n"), Expected{});
  // but a number in international form is one after any word (Portuguese's
  // "no" is "at")
  EXPECT_EQ(found("[2025-08-11 00:39] Ana: me liga no +55 31 92590-7735 amanh\u00e3 cedo\n"),
            Expected{"phone=+55 31 92590-7735"});
  // a label, a column, WhatsApp's wa_id
  EXPECT_EQ(found("Puhelin;Nimi\n0401234568;Ville\n"), Expected{"phone=0401234568"});
  EXPECT_EQ(found("Mobil\tE-post\n0701234568\tx\n"), Expected{"phone=0701234568"});
  EXPECT_EQ(found("phone: 0612091512\n"), Expected{"phone=0612091512"});
  EXPECT_EQ(found("{\"profile\": {\"name\": \"H\"}, \"wa_id\": \"447911123456\"}\n"), Expected{"phone=447911123456"});
  // a message's sender in WhatsApp's webhooks; Contact, Alt, atendimento
  EXPECT_EQ(found("\"messages\": [{\"from\": \"447911123456\", \"id\": \"wamid.x\"}]\n"), Expected{"phone=447911123456"});
  EXPECT_EQ(found("Contact: 0612091512 / ethan@example.com\n"), Expected{"phone=0612091512"});
  EXPECT_EQ(found("Mobile: 93714 86705 (OTP verified)   Alt: 0612091512\n"),
            (Expected{"phone=93714 86705", "phone=0612091512"}));
  // a date or an epoch "from" is no phone number
  EXPECT_EQ(found("{\"from\": \"2024-01-01\", \"to\": \"1735700180\"}\n"), Expected{});
}

TEST(Numbers, AnObjectNameAfterMergeOrCommitIsNoPhone) {
  EXPECT_EQ(found("   (merge 0650614982 cy/completion-typofix later to maint).\n"), Expected{});
  EXPECT_EQ(found("commit 0650614982\n"), Expected{});
  // (ten digits led by 0 in one run need a label: "call 0650614982" alone is none)
  EXPECT_EQ(found("call me on 0650614982\n"), Expected{"phone=0650614982"});
}

TEST(Numbers, PhoneLabelsOfMoreLanguagesPaddedFormsAndCallPhrases) {
  // "mobile" in Bengali, Gujarati, Gurmukhi, Odia, Tamil, Telugu, Kannada,
  // Malayalam and Urdu script (its first three letters, the rest is padding)
  for (const std::string label :
       {"\u09ae\u09cb\u09ac\u09be\u0987\u09b2", "\u0aae\u0acb\u0aac\u0abe\u0a87\u0ab2", "\u0a2e\u0a4b\u0a2c\u0a3e\u0a08\u0a32",
        "\u0b2e\u0b4b\u0b2c\u0b3e\u0b07\u0b32", "\u0bae\u0bca\u0baa\u0bc8\u0bb2\u0bcd \u0b8e\u0ba3\u0bcd",
        "\u0c2e\u0c4a\u0c2c\u0c48\u0c32\u0c4d", "\u0cae\u0cca\u0cac\u0cc8\u0cb2\u0ccd", "\u0d2e\u0d4a\u0d2c\u0d48\u0d7d",
        "\u0645\u0648\u0628\u0627\u0626\u0644"}) {
    EXPECT_EQ(found(label + ": 8912066708\n"), Expected{"phone=8912066708"}) << label;
  }
  // a form's label padded to its colon (EPFO's Form 11)
  EXPECT_EQ(found("   (b) Mobile No.                          : 8912066708\n"), Expected{"phone=8912066708"});
  // a bank's SMS, a Swedish, German or French chat, Swish's payer, an IVR record
  EXPECT_EQ(found("debited from A/c XX3902. Not you? Call 18002482224\n"), Expected{"phone=18002482224"});
  EXPECT_EQ(found("[13:58] Kund: ring mig p\u00e5 0730739214\n"), Expected{"phone=0730739214"});
  EXPECT_EQ(found("Bitte ruf mich unter 015112345678 an\n"), Expected{"phone=015112345678"});
  // mobile numbers without a trunk prefix after a call-me phrase (Italian,
  // Polish, Portuguese), a Swedish one, a bank statement's Swish payer
  EXPECT_EQ(found("Richiamatemi al 347 018 0526, grazie.\n"), Expected{"phone=347 018 0526"});
  EXPECT_EQ(found("Prosz\u0119 o kontakt pod numerem 605 796 671.\n"), Expected{"phone=605 796 671"});
  EXPECT_EQ(found("Per Smith: M\u00f3j numer kom\u00f3rki: 888 977 411\n"), Expected{"phone=888 977 411"});
  EXPECT_EQ(found("Podem ligar-me para o 969 875 297.\n"), Expected{"phone=969 875 297"});
  EXPECT_EQ(found("Ni n\u00e5r mig p\u00e5 0736090923 dagtid.\n"), Expected{"phone=0736090923"});
  EXPECT_EQ(found("2025-10-18;2025-10-04;12521928392829;SWISH FR\u00c5N 46729675645;297,00;70172,00\n"),
            Expected{"phone=46729675645"});
  EXPECT_EQ(found("{\"payerAlias\": \"46736552938\", \"payeeAlias\": \"1234881037\"}\n"),
            Expected{"phone=46736552938"});
  EXPECT_EQ(found("Call ID: 1858685638   ANI: 0612091512   Duration: 00:08:40\n"), Expected{"phone=0612091512"});
  // Russian, Greek, Hindi and Spanish labels; Plivo's numbers, a callback
  EXPECT_EQ(found("\u0422\u0435\u043b\u0435\u0444\u043e\u043d: 8 495 123-45-67\n"), Expected{"phone=8 495 123-45-67"});
  EXPECT_EQ(found("\u03a4\u03b7\u03bb. \u03c0\u03b1\u03c1\u03b1\u03bb\u03ae\u03c0\u03c4\u03b7: 6912345678\n"),
            Expected{"phone=6912345678"});
  EXPECT_EQ(found("\u092b\u093c\u094b\u0928: 9812066708\n"), Expected{"phone=9812066708"});
  EXPECT_EQ(found("Tfno........................ 912 345 678\n"), Expected{"phone=912 345 678"});
  EXPECT_EQ(found("{\"from_number\": \"14155552671\", \"to_number\": \"447700123456\"}\n"),
            (Expected{"phone=14155552671", "phone=447700123456"}));
  EXPECT_EQ(found("queue=support ani=+4522776300 callback=4522776301 pos=15\n"),
            (Expected{"phone=+4522776300", "phone=4522776301"}));
  // (lower-case "call" and a number alone stays none: a note, an assembler's call)
  EXPECT_EQ(found("call 0650614982 later\n"), Expected{});
}

// A fixed-width record (Bankgirot's LÖN, Visma's PC8 export) is one
// person's: its first twelve-digit personnummer is; a later
// date-and-serial on the line is a reference. A line of columns split by
// ';' ',' '|' or tabs is not such a record.
TEST(Numbers, OnePersonnummerPerFixedWidthRecord) {
  const Engine& e = gdpr();
  auto values = [&](const std::string& text) { return found(text, e); };
  EXPECT_EQ(values("35 196002073648 9960 1552886454 000003816690 OBERG AXEL               202510035096\n"),
            Expected{"se-personnummer=196002073648"});
  EXPECT_EQ(values("1000  196905102825 Bergstr\xC3\xB6m           Maja                202605274915     34490\n"),
            Expected{"se-personnummer=196905102825"});
  EXPECT_EQ(values("Ingrid;196905102825;4A;Lena;202605274915;Laktos\n"),
            (Expected{"se-personnummer=196905102825", "se-personnummer=202605274915"}));
  // (alone on its line it is found)
  EXPECT_EQ(values("OBERG AXEL               202510035096\n"), Expected{"se-personnummer=202510035096"});
}

TEST(Numbers, APersonnummerAfterItsLabelInAnyForm) {
  const Engine* e = &gdpr();
  for (const std::string text : {"{\"personnummer\": \"9902283218\"}", "Mitt personnummer \xC3\xA4r 990228 3218.",
                                 "pnr=990228-3218", "samordningsnummer: 9902283218",
                                 "GET /v2/person?pnr=9902283218&fields=namn HTTP/1.1",
                                 "Ny \xC3\xA4gare (personnummer): 9902283218"}) {
    auto f = scan(text, *e);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(f[0].rule, "se-personnummer") << text;
  }
  // BankID's, PAXml's and Klarna's names vouch for one of the 2000s whose
  // last four digits read as a time (2002-03-23 01:15)
  for (const std::string text : {"{\"user\": {\"personalNumber\": \"200203230115\", \"name\": \"H N\"}}",
                                 "<person anstid=\"102\" persnr=\"200203230115\">",
                                 "\"national_identification_number\": \"200203230115\","}) {
    auto f = scan(text, *e);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(f[0].rule, "se-personnummer") << text;
  }
  EXPECT_TRUE(scan("build 200203230115 done", *e).empty());
  // a column's name and whose value it is ("Personnummer elev") vouches too
  EXPECT_EQ(scan("Kundnr;Elev;Personnummer elev;Grupp\n2109288973;Erik P;20130110-1851;Hopp\n"
                 "2101042626;Oskar N;20170527-3546;H\n", *e).size(), 2u);
  // and a payer's, a co-applicant's, in one run of ten digits
  EXPECT_EQ(scan("Kund-nr;Elev;Betalare;Personnummer betalare;OCR\n7976;Erik S;Elin S;8804244625;165332529214\n"
                 "8511;Ingrid N;Wilma N;7211032755;119606817573\n", *e).size(), 2u);
  EXPECT_TRUE(scan("order 9902283218 shipped", *e).empty());
  // a Nordea personkonto is 3300 and the holder's personnummer; a
  // decision's or a report's number is none
  ASSERT_EQ(scan("2026-10-01;\xC3\x96verf\xC3\xB6ring till personkonto 3300 9902283218;-3850,00\n", *e).size(), 1u);
  EXPECT_TRUE(scan("konto 3300 9902283218\n", *e).empty());
  EXPECT_TRUE(scan("Tidigare beslut 20230105-3829 (avslutat)\n", *e).empty());
  EXPECT_TRUE(scan("Genererad av Skolplattformen (rapport-ID 20230105-3829)\n", *e).empty());
  EXPECT_TRUE(scan("Borgen\xC3\xA4r,Orgnr,Fordrans ref.\nCollectia Finans AB,716216-7519,20230105-3829\n", *e).empty());
  // payment references (OCR, Betalningsref, Fakturaref), a deed's Akt, a
  // contract's compound (Låneavtal), a name with its note in parentheses
  EXPECT_EQ(scan("Medlem;Personnummer;Avgiftsavi OCR\nAxel;20230105-3829;20250610-3536\n", *e).size(), 1u);
  EXPECT_EQ(scan("Namn\tF\xC3\xB6" "dd/personnr\tBetalningsref\nGustav\t20230105-3829\t20250610-3536\n", *e).size(), 1u);
  EXPECT_EQ(scan("Bokningsnr;Personnr;Fakturaref\n2312082312;20230105-3829;20250610-3536\n", *e).size(), 1u);
  EXPECT_TRUE(scan("{\"ocr\": \"20250610-3536\"}\n", *e).empty());
  EXPECT_TRUE(scan("Nr 1  2 000 000 SEK  2026-11-22  Akt 20250610-3536\n", *e).empty());
  EXPECT_TRUE(scan("L\xC3\xA5neavtal nr 20250610-3536\n", *e).empty());
  EXPECT_TRUE(scan("Tidigare kontrakt 060920-3245 upph\xC3\xB6r att g\xC3\xA4lla.\n", *e).empty());
  EXPECT_TRUE(scan("Hyreskontrakt nr 060920-3245\n", *e).empty());
  // a table's header after an export's '#' metadata lines names its column
  EXPECT_EQ(scan("#FORMAT Visma\n#FLAGGA 0\n#PROGRAM \"Visma\"\n#GEN 20261102\n#ORGNR 8027421927\n#FNAMN \"AB\"\n"
                 "Anst.nr;Personnummer;Namn\n105;6207128544;Astrid\n",
                 *e)
                .size(),
            1u);
  // a prescription's or a document's id (Recept-ID, dokument-ID); a
  // patient's or a lone "ID" may be a personnummer; a Finnish-looking one
  // after a decision's or a register's number is none either
  EXPECT_TRUE(scan("    Recept-ID 202111144503   Ordinationsnr 1510057969\n", *e).empty());
  EXPECT_TRUE(scan("fullmakt finns inskannad, dokument-ID 201129-1149.\n", *e).empty());
  EXPECT_EQ(scan("Patient-ID 201129-1149\n", *e).size(), 1u);
  EXPECT_EQ(scan("ID: 201129-1149\n", *e).size(), 1u);
  // a thing's id in a compound (a transaction's, a queue's), a payment's
  // reference, a treatment series, a fishing licence's card number
  EXPECT_TRUE(scan("Transaktions-ID: 201129-1149\n", *e).empty());
  EXPECT_TRUE(scan("K\xC3\xB6-ID: 201129-1149\n", *e).empty());
  EXPECT_TRUE(scan("Betalningsreferens: 201129-1149\n", *e).empty());
  EXPECT_TRUE(scan("Behandlingsserie: 201129-1149\n", *e).empty());
  EXPECT_TRUE(scan("Kortnummer: 201129-1149\n", *e).empty());
  EXPECT_EQ(scan("Anv\xC3\xA4ndar-ID: 201129-1149\n", *e).size(), 1u);
  EXPECT_TRUE(scan("Tidigare beslut 160220-9668 upph\xC3\xB6r att g\xC3\xA4lla.\n", *e).empty());
  EXPECT_TRUE(scan("giltigt t.o.m. 2027-03-31, dnr 190112-5862\n", *e).empty());
  EXPECT_TRUE(scan("Referensnummer f\xC3\xB6r utbetalning (OCR): 20250610-3536\n", *e).empty());
  // an order's or an invoice's date-and-serial number that passes Luhn, after
  // its name or under its column, is that; a personnummer's label still wins
  // (20230105-3829, 20250610-3536: Luhn-valid)
  EXPECT_TRUE(scan("OrderService - order 20230105-3829 created for customer 54332", *e).empty());
  EXPECT_TRUE(scan("Fakturanr 20230105-3829\n", *e).empty());
  EXPECT_TRUE(scan("Kundnr,Namn,Senaste order\n5001,Maria Sandberg,20250610-3536\n", *e).empty());
  EXPECT_TRUE(scan("Kund;Faktura;Belopp\nMaria Sandberg;20250610-3536;1200\n", *e).empty());
  EXPECT_TRUE(scan("COPY shop.orders (order_no, customer_id) FROM stdin;\n202506103536\t305\n\\.\n", *e).empty());
  EXPECT_EQ(scan("Kundnr,Personnummer,Senaste order\n5001,20250610-3536,20230105-3829\n", *e).size(), 1u);
  EXPECT_EQ(scan("order 5: personnummer 20230105-3829\n", *e).size(), 1u);
  EXPECT_EQ(scan("customer 20230105-3829\n", *e).size(), 1u);
  // Bankgirot's BgMax: record 29 is the payer's organisation or personal number
  auto f = scan("26JOHAN LINDBERG\n28GOTEBORG\n29199902283218\n20505672112525291558\n", *e);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "se-personnummer");
  EXPECT_TRUE(scan("28GOTEBORG\n30199902283218\n", *e).empty());
}

// gdpr.toml's IPv6: a public address in any form; not a MAC address, a
// documentation prefix, Erlang's report header timestamp, whose
// "2026::08:19:57" reads as a compressed address, or colons no address
// has (":::", two "::": MRTG's community@host:::::2).
TEST(Numbers, PublicIpv6AddressesAndTheirLookAlikes) {
  const Engine* e = &gdpr();
  for (const std::string text : {"client=2a01:4f8:c17:1e5b::1 ok", "from 2606:4700:4700::1111\n",
                                 "peer [2a00:1450:4001:82b:0:0:0:200e]:443"}) {
    auto f = scan(text, *e);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(f[0].rule, "ipv6") << text;
  }
  for (const std::string text : {"=INFO REPORT==== 19-Nov-2026::08:19:57 ===\n", "MAC=52:54:00:12:34:56:52:54:00:65:43:21",
                                 "ping 2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a%eth0",
                                 "Target[core-sw_2]: 2:public@10.254.10.25:::::2\n", "2a01::4f8::1"})
    EXPECT_TRUE(scan(text, *e).empty()) << text;
}

// An AWS account id (twelve digits; one in ten passes Verhoeff) under
// Prowler's ACCOUNT_UID column or after account_uid is no Aadhaar.
TEST(Numbers, AnAccountsUidIsNoAadhaar) {
  const Engine* e = &gdpr();
  EXPECT_TRUE(scan("AUTH_METHOD;TIMESTAMP;ACCOUNT_UID;REGION\nprofile: default;2026-11-03 06:12:00;204871331672;eu-north-1\n",
                   *e)
                  .empty());
  EXPECT_TRUE(scan("account_uid=204871331672\n", *e).empty());
  EXPECT_EQ(scan("uid=204871331672\n", *e).size(), 1u);
  EXPECT_EQ(scan("NAME;UID;REGION\nRavi;204871331672;south\n", *e).size(), 1u);
}

// A Swedish payment reference (OCR) passes Luhn like a card number.
TEST(Numbers, AnOcrReferenceIsNoCard) {
  EXPECT_TRUE(scan("      \"OCR\": \"4585229536416738\",\n").empty());
  EXPECT_EQ(scan("      \"card\": \"4585229536416738\",\n").size(), 1u);
}

TEST(Numbers, HexDumpColumnsAreNotCards) {
  // xxd and od -x lines whose 4-hex-digit groups happen to be all digits.
  for (const std::string text : {"00000040: 3a4f 4539 1488 0343 6467 9b2c 11f0 7a7a  :OE9...Cdg.,..zz\n",
                                 "00000040: 4539 1488 0343 6467 9b2c 11f0 7a7a 0e0e  E9...Cdg.,..zz..\n",
                                 "00000040: 9b2c 11f0 7a7a 0e0e 4539 1488 0343 6467  .,..zz..E9...Cdg\n",
                                 "0000100 4539 1488 0343 6467 9b2c 11f0 7a7a 0e0e\n",
                                 "0000100 a3f1 0e0e 9b2c 11f0 4539 1488 0343 6467\n",
                                 "003cc360: 5141 5032 6605 9924 1837 fdcd 7a7a 0e0e  QAP2f..$.7..zz..\n",
                                 "22770640 3110 2104 cedd ec59 2a2a 0e0e 1f1f 7777\n",
                                 "24705700 3086 3566 facd afdb 2a2a 0e0e 1f1f 7777\n",
                                 // a write that ends inside a line: the offset column tells
                                 "x\n0656120 4811 8226 7702 7193", "0065d720: 4811 8226 7702 7193",
                                 "3057720 ebde 4811 8226 7702 7193", "b 4811 8226 7702 7193"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
}

TEST(Numbers, ACardShapedRunInsideAGroupedIbanIsNoCard) {
  // the IBAN's country and check digits, then up to five groups, before
  // the run (card_continues in engine.cpp)
  for (const std::string text : {"IBAN XX00 4539 1488 0343 6467 12\n", "IBAN: XX00 1234 4539 1488 0343 6467\n",
                                 "XX00-1234-5678-4539-1488-0343-6467"}) {
    auto f = scan(text);
    for (const auto& x : f) EXPECT_NE(x.rule, "credit-card") << text << dump(f);
  }
  EXPECT_EQ(found("paid XX0 4539 1488 0343 6467\n"), Expected{"credit-card=4539 1488 0343 6467"});
}

// ----------------------------------------------------------------- e-mail

TEST(Email, AnAccountOnAHostIsNoAddress) {
  for (const std::string text : {"sshpass -e ssh admin@nas1.lan\n", "ssh -o StrictHostKeyChecking=no deploy@app2.internal 'uptime'\n",
                                 "scp dump.sql ops@db1.corp:/tmp/\n", "git clone git@github.com:org/repo.git\n",
                                 "\turl = git@github.com:org/repo.git\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
  EXPECT_EQ(found("mail me at jane.doe@gmail.com please\n"), Expected{"email=jane.doe@gmail.com"});
}

// A Kerberos principal: small letters at a realm in capitals, where a
// service's name opens it or its line names Kerberos; a mailbox in
// capitals is written so whole, an old one in a copyright line so.
TEST(Email, AKerberosPrincipalIsNoAddress) {
  EXPECT_EQ(found("kinit administrator@FORETAG.LOCAL\nPrincipal \"svc-nfs@LAB.NORRDATA.SE\" created.\n"
                  "Principal \"host/ldap.norrdata.se@LAB.NORRDATA.SE\" created.\n"),
            Expected{});
  // an old address in a copyright line
  EXPECT_EQ(found(" * Copyright (c) 2000 Dug Song <dugsong@UMICH.EDU>\n"), Expected{"email=dugsong@UMICH.EDU"});
  EXPECT_EQ(found("EMAIL: GANESH_PANDEY141@HOTMAIL.COM\n"), Expected{"email=GANESH_PANDEY141@HOTMAIL.COM"});
  EXPECT_EQ(found("mail Anna.Berg@Kvarnbacken.se\n"), Expected{"email=Anna.Berg@Kvarnbacken.se"});
}

// An internationalised domain name in UTF-8 (accented Latin letters).
TEST(Email, AnInternationalisedDomainName) {
  EXPECT_EQ(found("  email: \"holm.j@skogsgl\xC3\xA4ntan.se\"\n"), Expected{"email=holm.j@skogsgl\xC3\xA4ntan.se"});
  EXPECT_EQ(found("user@m\xC3\xBCller-gmbh.de, ok"), Expected{"email=user@m\xC3\xBCller-gmbh.de"});
  EXPECT_EQ(found("mail x@\xC3\xA4.se y"), Expected{});
}

// A template's placeholder as the mailbox (Python's "%(app)s@", printf's
// "%s@") is no address.
TEST(Email, ATemplatesPlaceholderIsNoMailbox) {
  EXPECT_EQ(found("  notif_from: \"Kvarn chat <%(app)s@kvarnbackens.se>\"\n"), Expected{});
  EXPECT_EQ(found("mail %s@kvarnbackens.se\n"), Expected{});
  EXPECT_EQ(found("x=%(name)s anna@kvarnbackens.se\n"), Expected{"email=anna@kvarnbackens.se"});
}

TEST(Email, ASipUrisTelephoneNumberIsAPhone) {
  EXPECT_EQ(found("From: \"Lucas\" <sip:+33612345678@sip.operator.fr>;tag=9d1a2596"),
            Expected{"phone=+33612345678"});
}

TEST(Secrets, DocumentationPlaceholdersAndFlagsAreNoSecrets) {
  EXPECT_EQ(found("curl -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" \"$BASE/v1/me\""), Expected{});
  EXPECT_EQ(found("  \"Password\": \"__SMTP_PASSWORD__\"\n"), Expected{});
  EXPECT_EQ(found("-AccountPassword (ConvertTo-SecureString -AsPlainText \"Umber5698_\" -Force)"),
            Expected{"password=Umber5698_"});
}

TEST(Secrets, OneValueOneName) {
  // a scanner's report repeats what it found: the secret is AWS's in both places
  EXPECT_EQ(found("\"Match\": \"AWS_SECRET_ACCESS_KEY=tZt2PbtkJghsgTedM+W7vUZfGMeX46fhJGNbgyyv\",\n"
                  "\"Secret\": \"tZt2PbtkJghsgTedM+W7vUZfGMeX46fhJGNbgyyv\",\n"),
            (Expected{"aws-secret-key=tZt2PbtkJghsgTedM+W7vUZfGMeX46fhJGNbgyyv",
                      "aws-secret-key=tZt2PbtkJghsgTedM+W7vUZfGMeX46fhJGNbgyyv"}));
  EXPECT_EQ(found("<add key=\"AWSSecretKey\" value=\"71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL\" />"),
            Expected{"aws-secret-key=71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL"});
  // s3fs' passwd file, a Markdown table, PHP's =>, a hash's index, code's arguments on two lines
  for (const std::string text :
       {"AKIADT7PBCPBJBRXNKGY:71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL\n",
        "| ci | `AKIAQYY2BITTJ7VEDVXV` | `71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL` | deleted |\n",
        "    'secret-access-key' => '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',\n",
        "os.environ['AWS_SECRET_ACCESS_KEY'] = '71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL'\n",
        "Credentials::new(\n        \"AKIAYRXS4HIZCJIXPGWU\",\n        \"71Xn3FpVRqzidJolM01iTO9/SuZRA2MdaW9C6gFL\",\n"}) {
    const auto f = found(text);
    EXPECT_NE(std::find(f.begin(), f.end(), "aws-secret-key=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"), f.end()) << text;
  }
}

TEST(Secrets, KeysNamedForTheirEncodingOrUseAndListsOfThem) {
  // constants named for their encoding or what they sign; Django's
  // fallbacks, whose generated keys hold '(', ')' and '&' between quotes
  EXPECT_EQ(found("    private const KEY_HEX = 'a89c9ed1a83b97df622d4ee0ee399e598e42f81205ca055fda567ec62563d7ff';\n"),
            Expected{"generic-secret=a89c9ed1a83b97df622d4ee0ee399e598e42f81205ca055fda567ec62563d7ff"});
  EXPECT_EQ(found("const SESSION_KEY_HEX: &str = \"b1d6ef4b4116c1a5a190471b135ec0063c787c1f34d6920e\";\n"),
            Expected{"generic-secret=b1d6ef4b4116c1a5a190471b135ec0063c787c1f34d6920e"});
  EXPECT_EQ(found("    public const WEBHOOK_HMAC = '4fbac98d324db0ebe2ba9dd9d9284e40cacc0021';\n"),
            Expected{"generic-secret=4fbac98d324db0ebe2ba9dd9d9284e40cacc0021"});
  EXPECT_EQ(found("    private const val KEY = \"7EPMwTzV2Ego6ZVb3V5EIvN6paMZYDx1iV641xV7ZBJpAvGJ\"\n"),
            Expected{"generic-secret=7EPMwTzV2Ego6ZVb3V5EIvN6paMZYDx1iV641xV7ZBJpAvGJ"});
  EXPECT_EQ(found("SECRET_KEY_FALLBACKS = [\n    \"qiqdhz!ocdx!4a$lo#xpb2di!#)%yvox(otbwug202qj_%$689\",\n"
                  "    \"4r&7&wjyax4r^3(#o9a&$j2xkvnd!me6*v*zfbd&6of12h&1i8\",\n]\n"),
            (Expected{"generic-secret=qiqdhz!ocdx!4a$lo#xpb2di!#)%yvox(otbwug202qj_%$689",
                      "generic-secret=4r&7&wjyax4r^3(#o9a&$j2xkvnd!me6*v*zfbd&6of12h&1i8"}));
  // a header and its value as a call's two arguments; a site's key is public
  EXPECT_EQ(found("            .putHeader(\"X-Partner-Key\", \"59b9a9406b95632853d365646d26435f\")\n"),
            Expected{"generic-secret=59b9a9406b95632853d365646d26435f"});
  EXPECT_EQ(found("\th.add_custom('X-Site-Key', '6690aad233cbdd91650ec0bf')!\n"), Expected{});
  // a WordPress salt in WP-CLI's table and on its output line, '[' and all
  EXPECT_EQ(found("| AUTH_KEY     | BKrz[<+p9e(p@Rc)1T%pzcHPbxxWkSAW2<EV.il9?#hG@xe[Be.Ei(~;!lU&g%f[ | constant |\n"),
            Expected{"generic-secret=BKrz[<+p9e(p@Rc)1T%pzcHPbxxWkSAW2<EV.il9?#hG@xe[Be.Ei(~;!lU&g%f["});
  EXPECT_EQ(found("$ wp config get NONCE_SALT --allow-root\nBKrz[<+p9e(p@Rc)1T%pzcHPbxxWkSAW2<EV.il9?#hG@xe[Be.Ei(~;!lU&g%f[\n"),
            Expected{"generic-secret=BKrz[<+p9e(p@Rc)1T%pzcHPbxxWkSAW2<EV.il9?#hG@xe[Be.Ei(~;!lU&g%f["});
  // and in its --format=json list: '|', '?' and '{' inside, JSON's "\/"
  EXPECT_EQ(found("[{\"name\":\"SECURE_AUTH_KEY\",\"value\":\"P|i6Y>lIt*Ig+oC`u3dO<OM0>i(R,W2bh1Ag^]Ozg14jlSDm^F9XR]Q8l,p^ "
                  "h9p\",\"type\":\"constant\"}]\n"),
            Expected{"generic-secret=P|i6Y>lIt*Ig+oC`u3dO<OM0>i(R,W2bh1Ag^]Ozg14jlSDm^F9XR]Q8l,p^ h9p"});
  EXPECT_EQ(found("{\"name\":\"AUTH_SALT\",\"value\":\"x?P -No:o7+!S-Wt{TT;_,s{`$1$eL-@x<VG [nXSFNgdmZqo\\/jyS)N\\/sMGO&gjN\"}\n"),
            Expected{"generic-secret=x?P -No:o7+!S-Wt{TT;_,s{`$1$eL-@x<VG [nXSFNgdmZqo\\/jyS)N\\/sMGO&gjN"});
  // but a shell history's next command is no output of the one before
  EXPECT_EQ(found(": 1703170584:0;openssl rand -hex 32\n: 1703171858:0;smbclient //192.168.191.239/share -U "
                  "'svc_backup%Sunrise7Wd7G896'\n"),
            Expected{"password=Sunrise7Wd7G896"});
}

TEST(Secrets, TokensGivenToSdkClients) {
  EXPECT_EQ(found("const notion = new Client({ auth: \"secret_4QvTxs7m2LpW9kZr1NbYc8FhJ3gDe6Ua5oXi0tSnVyR\" });\n"),
            Expected{"bearer-token=secret_4QvTxs7m2LpW9kZr1NbYc8FhJ3gDe6Ua5oXi0tSnVyR"});
  EXPECT_EQ(found("        return new TokenAuthenticator('9f8e7d6c5b4a39281706f5e4d3c2b1a098765fed', 'Bearer');\n"),
            Expected{"bearer-token=9f8e7d6c5b4a39281706f5e4d3c2b1a098765fed"});
  EXPECT_EQ(found("    .register(OAuth2ClientSupport.feature(\"Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX2Lk4M\"));\n"),
            Expected{"bearer-token=Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX2Lk4M"});
  EXPECT_EQ(found("- cmd: set -gx KP_TOKEN Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX2Lk4M\n"),
            Expected{"generic-secret=Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX2Lk4M"});
}

TEST(Secrets, KeysOfConfigFormats) {
  // .NET's "Jwt": {"Key": ...}; an XML element with attributes; a
  // Django-style key runs across its symbols to the line's end
  EXPECT_EQ(found("\"Jwt\": { \"Issuer\": \"https://app.example.com\", \"Key\": \"BkzZX2V+WlC0L4c1PRv1jV3t7y1Tofqg\" },"),
            Expected{"generic-secret=BkzZX2V+WlC0L4c1PRv1jV3t7y1Tofqg"});
  EXPECT_EQ(found("    <apiKey encrypted=\"false\">Qk9aT2xYcW1vR2FhZ0x2cVh3dDhN</apiKey>\n"),
            Expected{"generic-secret=Qk9aT2xYcW1vR2FhZ0x2cVh3dDhN"});
  EXPECT_EQ(found("  ledger:\n    api-key: 2#-uuvdco!w&(y#1cqy&_*s2s&2b@tj@2!%5*pas3f^=9-a7=9\n"),
            Expected{"generic-secret=2#-uuvdco!w&(y#1cqy&_*s2s&2b@tj@2!%5*pas3f^=9-a7=9"});
  EXPECT_EQ(found("X-Auth-Token: p#(o=i@^u(z5@n9gvwpmnx%^k+(xv7-=6*yd7(dj@=ec8yaohl\r\n"),
            Expected{"generic-secret=p#(o=i@^u(z5@n9gvwpmnx%^k+(xv7-=6*yd7(dj@=ec8yaohl"});
  // base64's padding after a YAML key is no type annotation ("name: Type = value")
  EXPECT_EQ(found("  api-token: NGYzZjI4NTZiNGZmNmMzNWQ3M2Q4MGFlZTA2NThhZmVjM2ZjMzE4Yw==\n"),
            Expected{"generic-secret=NGYzZjI4NTZiNGZmNmMzNWQ3M2Q4MGFlZTA2NThhZmVjM2ZjMzE4Yw=="});
  // a Vault table's key and value, Consul's SecretID, salts and key bases
  // by their names, pydantic's SecretStr, a token in prose before <code>
  for (const std::string text :
       {"api_key         Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e\n", "SecretID:         4c7f1e2a-9b3d-4e8f-a6c5-2d1b0e9f8a7c\n",
        "$settings['hash_salt'] = 'Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e';\n", "  'passwordsalt' => 'Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e',\n",
        "    \"PublicLinkSalt\": \"Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e\",\n", "security:\n  salt: Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e\n",
        "gitlab_rails['db_key_base'] = 'Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e'\n",
        "    api_key: SecretStr = SecretStr(\"Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e\")\n",
        "<p>Token for the wiki bot: <code>Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e</code></p>\n"}) {
    EXPECT_EQ(found(text), Expected{"generic-secret=" + std::string(text.find("4c7f") != std::string::npos
                                                                         ? "4c7f1e2a-9b3d-4e8f-a6c5-2d1b0e9f8a7c"
                                                                         : "Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e")})
        << text;
  }
  // Consul's gossip key, gh secret set's --body
  EXPECT_EQ(found("server = true\nencrypt    = \"pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=\"\n"),
            Expected{"generic-secret=pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="});
  EXPECT_EQ(found("gh secret set DEPLOY_TOKEN --repo corp/web --body Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5eAb\n"),
            Expected{"generic-secret=Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5eAb"});
  // a listing's row (fly secrets list: NAME DIGEST CREATED AT) is no key and value
  EXPECT_EQ(found("SESSION_SECRET  e0c0e400e6192b5b        2024-06-11T10:44:02Z\n"), Expected{});
  EXPECT_EQ(found("API_KEY                \t8dc278a78b57d362\t503h ago\n"), Expected{});
  // an access key of capitals and digits is a key pair's id; its secret is the credential
  EXPECT_EQ(found("[scaleway]\naccess_key = SCWQ2Z8KD5ZMJXNRTS1B\nsecret_key = 4f9a6c2e-7d9a-42b1-9c3e-5f0a1b2c3d4e\n"),
            Expected{"generic-secret=4f9a6c2e-7d9a-42b1-9c3e-5f0a1b2c3d4e"});
  EXPECT_EQ(found("ACCESS_KEY=q2Z8kD5zMjXnRtS1bV7wYx\n"), Expected{"generic-secret=q2Z8kD5zMjXnRtS1bV7wYx"});
  // Algolia's search key is public, as a search-only key in EDN is
  EXPECT_EQ(found("pub const ALGOLIA_SEARCH_API_KEY: &str = \"6be0576ff61c053d5f9a3225e2a90f76\";\n"), Expected{});
  EXPECT_EQ(found(" :algolia {:app-id \"TJxzSx\" :search-only-api-key \"6be0576ff61c053d5f9a3225e2a90f76\"}\n"), Expected{});
  EXPECT_EQ(found("api_key: Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e  # rotated monthly\n"),
            Expected{"generic-secret=Q2bT8vKq3LmX0pZ7wR4sN9dY6fH1jC5e"});
  // public or no secrets: Pusher's app key (its secret is one), Helm's
  // checksum annotation, a Secrets Manager ARN's name, a CSRF token, a
  // password hash
  EXPECT_EQ(found("PUSHER_APP_KEY=1e80f817165490f3c99f\nPUSHER_APP_SECRET=f21adb1d6055794e5e1a28c9eaa977c0\n"),
            Expected{"generic-secret=f21adb1d6055794e5e1a28c9eaa977c0"});
  EXPECT_EQ(found("app.pusher.app_key=1e80f817165490f3c99f\napp.pusher.secret=57a5f1402f7c2060d611\n"),
            Expected{"generic-secret=57a5f1402f7c2060d611"});
  EXPECT_EQ(found("        checksum/secret: 9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0b\n"), Expected{});
  EXPECT_EQ(found("\"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:105683581849:secret:prod/db-Xk29aB\""), Expected{});
  EXPECT_EQ(found("X-CSRF-Token: DvA5pwPrta8Mb0dbD6H81RSiwPDlhRnAAYxiVlGrtTK\r\n"), Expected{});
  EXPECT_EQ(found("        client_secret: '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE1c7rkBkkdc8CXI6'\n"),
            Expected{});
  // code's call on such a line is none
  EXPECT_EQ(found("        token = random.randrange(sys.maxsize)\n"), Expected{});
  // an S3 object's key, a tag's, a path: no secret
  EXPECT_EQ(found("{\"Key\": \"uploads/2024/q3-report.pdf\", \"Size\": 1024}\n{\"Key\": \"Name\", \"Value\": \"web-1\"}"),
            Expected{});
}

// Keys by more names, where a secret store's CLI takes them, and what
// base64 -d prints of a Kubernetes secret.
TEST(Secrets, MoreKeyNamesSecretStoreCommandsAndDecodedSecrets) {
  EXPECT_EQ(found("static NSString * const kApiToken = @\"NiORnM_82wzjVYiOi5dkPykB_Gfj2wAy0NNsLpJZxNE\";\n"),
            Expected{"generic-secret=NiORnM_82wzjVYiOi5dkPykB_Gfj2wAy0NNsLpJZxNE"});
  EXPECT_EQ(found("  erlangCookie: QTCQVSNDQBPPYFLSCBFRnBN2XZCd5QON\n  replicaSetKey: mHQoxAA7meBmPqdzNxovZRyt\n"),
            (Expected{"generic-secret=QTCQVSNDQBPPYFLSCBFRnBN2XZCd5QON", "generic-secret=mHQoxAA7meBmPqdzNxovZRyt"}));
  EXPECT_EQ(found("\t\t\t\"identitytoken\": \"o4vmPyP_nOPoTUeW-K2nx3hlvwmKFAyKOjDu4-afd-Y\"\n"),
            Expected{"generic-secret=o4vmPyP_nOPoTUeW-K2nx3hlvwmKFAyKOjDu4-afd-Y"});
  EXPECT_EQ(found("VAPID_PRIVATE_KEY=WTn41poHIHEtxfxqVhtqmkLfG3jiA2R_N-hM-6wwfiN\n"),
            Expected{"generic-secret=WTn41poHIHEtxfxqVhtqmkLfG3jiA2R_N-hM-6wwfiN"});
  EXPECT_EQ(found("pub const ROLLBAR_POST_SERVER_ITEM: &str = \"15e1d0ec85db6be7d5291558a6b8c910\";\n"),
            Expected{"generic-secret=15e1d0ec85db6be7d5291558a6b8c910"});
  EXPECT_EQ(found("    \"applicationKey\": \"K00aWtYcxlzp6Mn0G7OKzz2Mncnu0pA\",\n"),
            Expected{"generic-secret=K00aWtYcxlzp6Mn0G7OKzz2Mncnu0pA"});
  EXPECT_EQ(found("      - PADDLE_VENDOR_AUTH_CODE=fa4e6e6cb1f0954075c8c12d9c99f6e59cf06c4baa4931ca98\n"),
            Expected{"generic-secret=fa4e6e6cb1f0954075c8c12d9c99f6e59cf06c4baa4931ca98"});
  EXPECT_EQ(found("aws ssm put-parameter --name /shop/prod/enc --type SecureString --value "
                  "8tIQgIjE804iSTwGg+TfaD/ktGRN6hAEz5jVtIu/jL8= --overwrite\n"),
            Expected{"generic-secret=8tIQgIjE804iSTwGg+TfaD/ktGRN6hAEz5jVtIu/jL8="});
  EXPECT_EQ(found("az keyvault secret set --vault-name kv1 --name partner --value 'fiB8Q~xc3xdxOyqj8KHYCdi0ScnQz.y75mrmQeFw'\n"),
            Expected{"vendor-token=fiB8Q~xc3xdxOyqj8KHYCdi0ScnQz.y75mrmQeFw"});  // an Azure AD client secret
  EXPECT_EQ(found("$ kubectl -n shop get secret api -o jsonpath='{.data.api-key}' | base64 -d\n"
                  "f3yrqqwkQpQGu4DW9zN1iXFwhCiJ4LhRS26qCwqn\n$ kubectl get pods\n"),
            Expected{"generic-secret=f3yrqqwkQpQGu4DW9zN1iXFwhCiJ4LhRS26qCwqn"});
  // a value printed into a secret store; printed anywhere else it is only printed
  EXPECT_EQ(found("printf 'cd99bca46df3bc5d7c50d304722eb5faf47df697e4883836a30ff0e310180018' | docker secret create hmac_key -\n"),
            Expected{"generic-secret=cd99bca46df3bc5d7c50d304722eb5faf47df697e4883836a30ff0e310180018"});
  EXPECT_EQ(found("echo -n 'ca7743e4c5b51e71d87491ebb2a42f972109d648' | gcloud secrets versions add hook --data-file=-\n"),
            Expected{"generic-secret=ca7743e4c5b51e71d87491ebb2a42f972109d648"});
  EXPECT_EQ(found("echo 'ca7743e4c5b51e71d87491ebb2a42f972109d648' | sha256sum  # the secret's digest\n"), Expected{});
  // an AWS secret key's 40 characters are no path for starting with '/'
  EXPECT_EQ(found("S3_UPLOAD_KEY=AKIAED2UY5XC62MTBR3Z\nS3_UPLOAD_SECRET=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\n"),
            (Expected{"aws-access-key-id=AKIAED2UY5XC62MTBR3Z", "aws-secret-key=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"}));
  // not secrets: OVH's application key, decoded words, a path, a
  // publishable key
  for (const char* text : {"OVH_APPLICATION_KEY=7kbG7Bk7S9Nu34YW\nOVH_APPLICATION_SECRET=\n",
                           "$ echo aGVsbG8gd29ybGQ= | base64 -d\nhello world\n",
                           "BACKUP_SECRET=/var/lib/backup/secrets/current.key\n",
                           "STRIPE_SECRET=pk_live_51H8xYzAbCdEfGhIjKlMnOpQr\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// A Kubernetes Secret holds an access key id base64-encoded; AWS's
// documentation id stays allowed in that form too.
TEST(Secrets, NamedInATableUnderAParentOrInAStoresCommand) {
  const std::string v = "ebd5cf0a80f690b3ea9bb930c49ccadb";
  // A Markdown table's row: the name in one cell, the value in the next.
  for (const std::string& row : {"| Client Secret | " + v + " |\n", "| Signing Secret | `" + v + "` |\n",
                                 "|Verification Token|" + v + "|\n", "| API key | " + v + " |\n"}) {
    EXPECT_EQ(found(row), Expected{"generic-secret=" + v}) << row;
  }
  // ... but a header row, or a cell that points elsewhere, is none.
  EXPECT_TRUE(found("| key | example | notes |\n| API key | see vault |\n").empty());
  // A child of YAML's secrets: (PeerTube's secrets.peertube), not a
  // docker-compose secret's file or a reference.
  EXPECT_EQ(found("secrets:\n  peertube: '" + v + "'\n"), Expected{"generic-secret=" + v});
  EXPECT_TRUE(found("secrets:\n  db_password:\n    file: ./db_password.txt\n").empty());
  EXPECT_TRUE(found("secrets:\n  token: ${{ secrets.DEPLOY_TOKEN }}\n").empty());
  // A Redis SET of a key that names a secret, as MONITOR prints it; a
  // session's value is no key's.
  EXPECT_EQ(found("1765152463.544959 [0 10.0.4.52:54640] \"SET\" \"apikey:partner:713\" \"" + v + "\"\n"),
            Expected{"generic-secret=" + v});
  EXPECT_TRUE(found("1765152463.544959 [0 10.0.4.52:54640] \"SET\" \"session:713\" \"" + v + "\"\n").empty());
  // OpenWeather's appid is its API key; another app's id is an id.
  EXPECT_EQ(found("export OPENWEATHER_APPID=" + v + "\n"), Expected{"generic-secret=" + v});
  EXPECT_TRUE(found("WECHAT_APPID=wx8f3a2b1c4d5e6f70\nMICROSOFT_APPID=3f2c8a1e-5b7d-4c9e-a1f0-2d4b6c8e0a1f\n").empty());
  // Moodle's password salt.
  EXPECT_EQ(found("$CFG->passwordsaltmain = '4bXVazhf9tgUQIvhY6QPeeTmPGaREgZU';\n"),
            Expected{"generic-secret=4bXVazhf9tgUQIvhY6QPeeTmPGaREgZU"});
}

TEST(Secrets, VisualBasicDeclarationsNameTheirValues) {
  EXPECT_EQ(found("    Dim password As String = \"Tr0ub4dor&3x\"\n"), Expected{"password=Tr0ub4dor&3x"});
  EXPECT_EQ(found("    Private Const DbPassword As String = \"Tr0ub4dor&3x\"\n"), Expected{"password=Tr0ub4dor&3x"});
  EXPECT_EQ(found("var password string = \"Tr0ub4dor&3x\"\n"), Expected{"password=Tr0ub4dor&3x"});
  // code, not values; a name that is no secret's
  for (const char* code : {"    Dim password As String = GetPassword()\n", "    Dim password As String = String.Empty\n",
                           "    Dim cacheKey As String = \"users:v2:1234\"\n", "    Dim tokenType As String = \"Bearer\"\n"}) {
    EXPECT_TRUE(found(code).empty()) << code;
  }
}

TEST(Secrets, OdbcBracesCouchDbAdminsAndALongerNameInProse) {
  EXPECT_EQ(found("Driver={ODBC Driver 18 for SQL Server};Server=db1;Uid=erp_ro;Pwd={Dr1ft@326};Encrypt=yes\n"),
            Expected{"password=Dr1ft@326"});
  // ';' inside, and '}' written "}}"
  EXPECT_EQ(found("Server=db1;UID=etl;PWD={Ca0AV;4SLhj9AunnZB6e5};Encrypt=yes\n"),
            Expected{"password=Ca0AV;4SLhj9AunnZB6e5"});
  EXPECT_EQ(found("Server=db1;Uid=u;Pwd={a7}}Qb;c9};Encrypt=yes\n"), Expected{"password=a7}}Qb;c9"});
  // CouchDB's [admins]: its first user's password, not the hash it stores.
  EXPECT_EQ(found("[admins]\nadmin = Walrus-Orchid6572\n"), Expected{"password=Walrus-Orchid6572"});
  EXPECT_TRUE(found("[admins]\nadmin = -pbkdf2:sha256-44f12ab9e0,9c1d77,600000\n").empty());
  EXPECT_TRUE(found("[admins]\nadmin = -pbkdf2-9b7c2a1e3d,4f1d0c,10\n").empty());
  // Prose: "password for the shared jira bot account is now X".
  EXPECT_EQ(found("Ravi: password for the shared jira bot account is now Mumbai@1127\n"),
            Expected{"password=Mumbai@1127"});
  // C#'s interpolations are code, not braced values.
  for (const char* code : {"var cs = $\"Server={server};Uid={user};Pwd={password};\";\n",
                           "var cs = $\"Server={server};Uid={user};Pwd={_options.DbPassword};\";\n",
                           "var cs = $\"Server=x;Pwd={config[\\\"pwd\\\"]};\";\n"}) {
    EXPECT_TRUE(found(code).empty()) << code;
  }
}

TEST(Secrets, ASecretStandingAloneAfterItsAccessKeyIdIsItsSecret) {
  const std::string id = "AKIACCMNPEUPTNLCTJUF", secret = "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";
  const Expected both{"aws-access-key-id=" + id, "aws-secret-key=" + secret};
  // The next message of a chat, a JSON export's next post, Salt's key:
  // under keyid:, a sentence.
  EXPECT_EQ(found("09:38 <sofia> the export job uses " + id + "\n09:39 <sofia> secret in a sec\n09:40 <omar> " +
                  secret + "\n09:44 <sofia> thanks\n"),
            both);
  EXPECT_EQ(found("{\"content\": \"job uses " + id + "\"},\n{\"content\": \"" + secret + "\"}\n"), both);
  EXPECT_EQ(found("s3:\n  keyid: " + id + "\n  key: " + secret + "\n  region: us-east-1\n"), both);
  EXPECT_EQ(found("we leaked " + id + " with secret " + secret + ". Rotated.\n"), both);
  // Not: a value already paired with the id leaves a second one alone; a
  // piece of a longer run, a hex digest, a value beyond the next id, or
  // beyond reach; nothing without an id.
  EXPECT_EQ(found("AWS_ACCESS_KEY_ID=" + id + "\nAWS_SECRET_ACCESS_KEY=" + secret +
                  "\nnote: Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ\n"),
            both);
  EXPECT_EQ(found(id + "\nZm9v" + secret + "Zm9v\n"), Expected{"aws-access-key-id=" + id});
  EXPECT_EQ(found(id + "\ncommit 9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e\n"), Expected{"aws-access-key-id=" + id});
  EXPECT_EQ(found(id + "\n" + std::string(600, '-') + "\n" + secret + "\n"), Expected{"aws-access-key-id=" + id});
  EXPECT_EQ(found(secret + "\n"), Expected{});
}

TEST(Secrets, AnAccessKeyIdInAKubernetesSecretsData) {
  EXPECT_EQ(found("data:\n  accesskey: QUtJQVQzU0VVN01FWkpINUxMR0g=\n"),
            Expected{"aws-access-key-id=QUtJQVQzU0VVN01FWkpINUxMR0g="});
  for (const char* text : {"  accesskey: QUtJQUlPU0ZPRE5ON0VYQU1QTEU=\n",
                           "blob: QUtJQVQzU0VVN01FWkpINUxMR0gQUtJQVQzU0VVN01FWkpINUxMR0g=\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// Airflow's AWS connection URI: the access key id is the URL's user (its
// "://" is no base64 before it) and its URL-encoded password the secret.
TEST(Secrets, AnAwsKeyPairAsAUrlsUserAndPassword) {
  EXPECT_EQ(found("AIRFLOW_CONN_AWS_DEFAULT=aws://AKIADBKM5JKESTNYDKIN:XO%2BAsQSToaMLkOKGiGpwgzqE93%2BEwwAWak8%2FpNjk@/"
                  "?region_name=eu-central-1\n"),
            (Expected{"aws-access-key-id=AKIADBKM5JKESTNYDKIN",
                      "aws-secret-key=XO%2BAsQSToaMLkOKGiGpwgzqE93%2BEwwAWak8%2FpNjk"}));
  // another user's password stays a URL's
  EXPECT_EQ(found("redis://app:XO%2BAsQSToaMLkOKGiGpwgzqE93%2BEwwAWak8%2FpNjk@cache:6379/0\n"),
            Expected{"url-credentials=XO%2BAsQSToaMLkOKGiGpwgzqE93%2BEwwAWak8%2FpNjk"});
}

TEST(Secrets, AKeyNamedValueBesideAnAccessKeyIdIsItsSecret) {
  // an AWS secret's shape beside an access key id whose secret is not found nearer
  EXPECT_EQ(found("+ python tools/mirror.py --src-key AKIACCMNPEUPTNLCTJUF --src-secret "
                  "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\n"),
            (Expected{"aws-access-key-id=AKIACCMNPEUPTNLCTJUF", "aws-secret-key=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"}));
  // an id with its own secret beside it leaves another value alone; a value
  // of another shape stays generic
  EXPECT_EQ(found("API_TOKEN = \"Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ\";\n"
                  "new BasicAWSCredentials(\"ASIAHJZZWBKNG7L7YRTL\", \"XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+\");\n"),
            (Expected{"generic-secret=Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ", "aws-access-key-id=ASIAHJZZWBKNG7L7YRTL",
                      "aws-secret-key=XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+"}));
  EXPECT_EQ(found("key_id: AKIACCMNPEUPTNLCTJUF\napi_token: 9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e\n"),
            (Expected{"aws-access-key-id=AKIACCMNPEUPTNLCTJUF", "generic-secret=9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e"}));
  // a value before an id and its secret: the secret is the id's, the value another's
  EXPECT_EQ(found("  CODECOV_TOKEN: Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ\n  AWS_ACCESS_KEY_ID: AKIACCMNPEUPTNLCTJUF\n"
                  "  AWS_SECRET_ACCESS_KEY: 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\n"),
            (Expected{"generic-secret=Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ", "aws-access-key-id=AKIACCMNPEUPTNLCTJUF",
                      "aws-secret-key=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"}));
  // an id and its secret split by blanks only, "id, secret X", fluentd's aws_sec_key
  for (const std::string text : {"mc alias set s3 https://s3.amazonaws.com AKIACCMNPEUPTNLCTJUF "
                                 "XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+ --api S3v4\n",
                                 "AKIACCMNPEUPTNLCTJUF\tXcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+\n",
                                 "(key AKIACCMNPEUPTNLCTJUF, secret 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) - rotated\n"}) {
    const auto f = found(text);
    EXPECT_NE(std::find(f.begin(), f.end(), "aws-secret-key=XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+"), f.end()) << text;
  }
  EXPECT_EQ(found("  aws_sec_key XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+\n"),
            Expected{"aws-secret-key=XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+"});
  // no id, no claim
  EXPECT_EQ(found("--src-secret M1zhfK/ustCXS3JqdBXxJPwQKLBgA7GVkkhPrHN5\n"),
            Expected{"generic-secret=M1zhfK/ustCXS3JqdBXxJPwQKLBgA7GVkkhPrHN5"});
}

TEST(Secrets, PasswordsInCodeArchiversAndHandoverSheets) {
  for (const auto& [text, value] : std::vector<std::pair<std::string, std::string>>{
           {"curl_setopt($ch, CURLOPT_USERPWD, 'shop:IrNVREdmRC4tGHvnSeFWjOxP');", "IrNVREdmRC4tGHvnSeFWjOxP"},
           {"my $dbh = DBI->connect($dsn, \"billing_batch\", \"Y@rr0wm3rcury56\", { RaiseError => 1 })", "Y@rr0wm3rcury56"},
           {"mysql_real_connect(conn, \"10.8.0.5\", \"telemetry\", \"geyser-bramble-tulip-95\", \"t\", 3306, NULL, 0)",
            "geyser-bramble-tulip-95"},
           {"7z a -pQw3rTy9zX -mhe=on evidence.7z ./evidence\n", "Qw3rTy9zX"},
           {"zip -P 'Pl4n3tX9q' -r payroll.zip payroll\n", "Pl4n3tX9q"},
           {"xfreerdp /v:mq8.lan /u:Administrator /p:'Fj3k9Lm2Qw' /cert:ignore\n", "Fj3k9Lm2Qw"},
           {"  Router (192.168.1.1) ........ admin / Hq7!vB2mKx9s\n", "Hq7!vB2mKx9s"},
           {"User changed password to Winter2024!x yesterday\n", "Winter2024!x"},
           // a KeePass XML export's protected field
           {"<String><Key>Password</Key><Value ProtectInMemory=\"True\">Xq9#mK2vL8pW</Value></String>\n",
            "Xq9#mK2vL8pW"}}) {
    EXPECT_EQ(found(text), Expected{"password=" + value}) << text;
  }
  EXPECT_EQ(found("  Contents .............. 12 / 40\n"), Expected{});
  // echoed into a command that reads a password; echoed anywhere else, printed
  EXPECT_EQ(found("echo 'Qw3rTy9zX!' | sudo -S systemctl restart nginx\n"), Expected{"password=Qw3rTy9zX!"});
  EXPECT_EQ(found("echo \"Zk9mP2xQw7\" | docker login registry.corp -u ci --password-stdin\n"),
            Expected{"password=Zk9mP2xQw7"});
  EXPECT_EQ(found("echo 'deploy:Pl4n3tX9q' | sudo chpasswd\n"), Expected{"password=Pl4n3tX9q"});
  EXPECT_EQ(found("echo 'Hq7vB2mKx9s' | grep x\necho 'Hello World 2024' | tee out.txt\n"), Expected{});
}

TEST(Secrets, BearerTokensOfEveryShapeAndInApiClientExports) {
  // URL-encoded (Twitter's app-only tokens), with ':' (Pipedrive-style
  // "2/id/id:hex") or '=' inside (Atlassian's ...=8-hex checksum)
  EXPECT_EQ(found("authorization: Bearer AAAAAAAAAAAAAAAAAAAAAm5UORrx9NWAAAAAA1hu8xKy%2Fx8CXNT1RoIQED5%3D813Hfvw8We8MFCf\n"),
            Expected{"bearer-token=AAAAAAAAAAAAAAAAAAAAAm5UORrx9NWAAAAAA1hu8xKy%2Fx8CXNT1RoIQED5%3D813Hfvw8We8MFCf"});
  EXPECT_EQ(found("\"Bearer 2/3946611638796742/6892978396533656:eeee318a46dfafb2e934d52606bb15a8\"\n"),
            Expected{"bearer-token=2/3946611638796742/6892978396533656:eeee318a46dfafb2e934d52606bb15a8"});
  // Thunder Client, Hoppscotch, Bruno
  EXPECT_EQ(found("\"auth\": {\n  \"type\": \"bearer\",\n  \"bearer\": \"HRKU-AAqRidKBaDOrQlsah-cG6ZP92EbOKYKg\"\n}\n"),
            Expected{"bearer-token=HRKU-AAqRidKBaDOrQlsah-cG6ZP92EbOKYKg"});
  EXPECT_EQ(found("\"auth\": {\n  \"authType\": \"bearer\",\n  \"authActive\": true,\n  \"token\": \"e2e9ea369fe9ebee9ea81a8e9c7aa665\"\n}\n"),
            Expected{"bearer-token=e2e9ea369fe9ebee9ea81a8e9c7aa665"});
  EXPECT_EQ(found("auth:bearer {\n  token: r8_yLs000CLe9Ic2ElBexGTBIApyst9JbF4\n}\n"),
            Expected{"bearer-token=r8_yLs000CLe9Ic2ElBexGTBIApyst9JbF4"});
}

// An issued token is no typed password: a JWE or an Azure AD access token
// after Bearer runs to kilobytes (token-value).
TEST(Secrets, ALongBearerTokenIsStillOne) {
  std::string token = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..rJeqQZrCwDn9J81G.";
  for (int i = 0; i < 40; ++i) token += "fsCOeYg6EoVIM59NCXW0Xb30tyE";
  token += ".Yh7DPAiuWMpcVuy8T9xQ2w";
  ASSERT_GT(token.size(), 1000u);
  EXPECT_EQ(found("GET /api/v2/tickets HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n\r\n"),
            Expected{"bearer-token=" + token});
}

TEST(Secrets, BearerTokensInCodeAndTools) {
  // Alertmanager's authorization block (Bearer its default type), Composer's auth.json
  EXPECT_EQ(found("          authorization:\n            credentials: ewQZSyU7QGfRzdsrgPLZ70jsDaeAZuxqd0pkr9Fc\n"),
            Expected{"bearer-token=ewQZSyU7QGfRzdsrgPLZ70jsDaeAZuxqd0pkr9Fc"});
  EXPECT_EQ(found("    \"bearer\": {\n        \"packages.example.com\": \"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\"\n"),
            Expected{"bearer-token=vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz"});
  // HTTP clients' bearer helpers: reqwest, Spring, Laravel, Faraday
  for (const std::string text : {"        .bearer_auth(\"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\")\n",
                                 "headers.setBearerAuth(\"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\");\n",
                                 "Http::withToken('vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz')->get($url);\n",
                                 "  f.request :authorization, \"Bearer\", \"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\"\n",
                                 "creds = grpc.access_token_call_credentials(\"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\")\n",
                                 "basicRequest.get(uri\"https://x/ping\").auth.bearer(\"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\")\n",
                                 "(http/get url {:oauth-token \"vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz\"})\n"})
    EXPECT_EQ(found(text), Expected{"bearer-token=vgkQL80CrqU6nqLBfuOCDMy5ztLLzgbC8kOWsb8PH8fz"}) << text;
  // prose and logs that name the bearer token before ':' or "is"
  EXPECT_EQ(found("[openid-connect] bearer token found in header: j5egOOnKfTM6F7t1VkpQPfH5komWmkwD, client: 203.0.113.8\n"),
            Expected{"bearer-token=j5egOOnKfTM6F7t1VkpQPfH5komWmkwD"});
  EXPECT_EQ(found("also the partner bearer token expired, new one is oojY8iX745amhiWXuq0rbFcM32yD-ICGO\n"),
            Expected{"bearer-token=oojY8iX745amhiWXuq0rbFcM32yD-ICGO"});
  EXPECT_EQ(found("the bearer token is required: missing header\n"), Expected{});
  // a WebSocket subprotocol; a Jira export's escaped quotes; a proxy's
  // URL-encoded header block ends the token at its escaped line break
  EXPECT_EQ(found("Sec-WebSocket-Protocol: bearer, hFu4HTn74zFPehBiBQ7R9SU4u0n_hK5pP9kG\r\n"),
            Expected{"bearer-token=hFu4HTn74zFPehBiBQ7R9SU4u0n_hK5pP9kG"});
  EXPECT_EQ(found("curl -i https://gw.example.se/v1/orders -H &quot;Authorization: Bearer sL5PPgYLA33Re8DwT6BHtWJszR02vdPC&quot;\n"),
            Expected{"bearer-token=sL5PPgYLA33Re8DwT6BHtWJszR02vdPC"});
  EXPECT_EQ(found("GET http://api.x.pl/items - HIER_DIRECT/203.0.113.10 application/json [Host: api.x.pl%0D%0A"
                  "Authorization: Bearer sL5PPgYLA33Re8DwT6BHtWJszR02vdPC%0D%0AAccept: */*%0D%0A]\n"),
            Expected{"bearer-token=sL5PPgYLA33Re8DwT6BHtWJszR02vdPC"});
  EXPECT_EQ(found("headers.set(\"Authorization\", \"Bearer \" + \"GI7acz2MWnm1kjzqufmaQbbr/sxXnOsh\");"),
            Expected{"bearer-token=GI7acz2MWnm1kjzqufmaQbbr/sxXnOsh"});
  EXPECT_EQ(found("http -A bearer -a I8TM96EAE81Aa3BrM2r0GQWw.JZuEgqmHIX GET \"$BASE/v1/me\""),
            Expected{"bearer-token=I8TM96EAE81Aa3BrM2r0GQWw.JZuEgqmHIX"});
  EXPECT_EQ(found("\"authentication\": {\n  \"type\": \"bearer\",\n  \"token\": \"wVuqs8I6kWqp5dVyuwaEZoLxfuUnrH8w\""),
            Expected{"bearer-token=wVuqs8I6kWqp5dVyuwaEZoLxfuUnrH8w"});
  EXPECT_EQ(found("http.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"Kq8vN2pLm4xRt7Yz1Wb5Cd9Ef3Gh6Jk0\");"),
            Expected{"bearer-token=Kq8vN2pLm4xRt7Yz1Wb5Cd9Ef3Gh6Jk0"});
  EXPECT_EQ(found("loadTokens { BearerTokens(\"Kq8vN2pLm4xRt7Yz1Wb5Cd9Ef3Gh6Jk1\", \"refresh\") }"),
            Expected{"bearer-token=Kq8vN2pLm4xRt7Yz1Wb5Cd9Ef3Gh6Jk1"});
  // Traefik's access log names the scheme alone: the next key is no token
  EXPECT_EQ(found("{\"request_Authorization\":\"Bearer\",\"request_User-Agent\":\"Go-http-client/1.1\"}"), Expected{});
}

TEST(Secrets, AFewNamesOfSecretsInProse) {
  EXPECT_EQ(found("Sophie: here is the client secret q8Zr2LmX0vTn5KcW7pYs3HdJ6fBg1AeU (keep it safe)\n"),
            Expected{"generic-secret=q8Zr2LmX0vTn5KcW7pYs3HdJ6fBg1AeU"});
  EXPECT_EQ(found("for the smoke test just use token 9fK2mQ7xLp4Rz8Vb1Nc6Td3Hy5Wg0Js with /v1/health\n"),
            Expected{"generic-secret=9fK2mQ7xLp4Rz8Vb1Nc6Td3Hy5Wg0Js"});
  EXPECT_EQ(found("the integration token expires in 90 days; rotate the client secret regularly\n"), Expected{});
  // "<key, token or secret> for the <thing> is <value>"
  EXPECT_EQ(found("fyi the signing key for the pricing service is 8fK2mQ7xLp3VbN8cR4tY1zWqA0s if you need it\n"),
            Expected{"generic-secret=8fK2mQ7xLp3VbN8cR4tY1zWqA0s"});
  EXPECT_EQ(found("token for the search cluster: 9fK2mQ7xLp3VbN8cR4tY1zWq (expires in 30 days)\n"),
            Expected{"generic-secret=9fK2mQ7xLp3VbN8cR4tY1zWq"});
  EXPECT_EQ(found("the API secret in the portal is 9fK2mQ7xLp3VbN8cR4tY1zWq (ask ops for prod)\n"),
            Expected{"generic-secret=9fK2mQ7xLp3VbN8cR4tY1zWq"});
  EXPECT_EQ(found("  VPN pre-shared key (for the Linux client): 5mDUkkaPiy63GM99LJk5JbHN\n"),
            Expected{"generic-secret=5mDUkkaPiy63GM99LJk5JbHN"});
  EXPECT_EQ(found("the key for the meeting room is on the desk; the token for the bus was 2 EUR\n"), Expected{});
  // a dotted token that is no JWT; a Jenkins-encrypted secret is none
  // (encrypted_value: the secret is Jenkins' master key)
  EXPECT_EQ(found("const apiToken = 'v1.s1USTwLcIbbxWXWZzZ0a.JMxoyazXErqSIqHepuGH4naC5hRMdv2KlYqL1ArKm_T';\n"),
            Expected{"generic-secret=v1.s1USTwLcIbbxWXWZzZ0a.JMxoyazXErqSIqHepuGH4naC5hRMdv2KlYqL1ArKm_T"});
  EXPECT_EQ(found("<secret>{AQAAABAAAAJXNWFQkYMfupy15zB6kHzyZwQy9A2vWQjC8OMM=}</secret>\n"), Expected{});
}

// Where API gateways, proxies and load tests keep their keys
TEST(Secrets, GatewayKeysEnvoySecretsKeyHeadersAndLoadTestArguments) {
  const std::string v = "r8znsT54WkcC8Ah9ExgmL5MT0SwCruYC";
  for (std::string text : {"  keyauth_credentials:\n  - key: @\n", "      key-auth:\n        key: @\n",
                           "    admin_key:\n      - name: admin\n        key: @\n        role: admin\n",
                           "    generic_secret:\n      secret:\n        inline_string: \"@\"\n",
                           "      client_secret:\n      - @\n", "    http-request set-header X-Partner-Key @\n",
                           "          \"X-Upstream-Key\": \"@\"\n", "\"Accept\": [\"*/*\"], \"X-Api-Key\": [\"@\"]}",
                           "  fingerprint { source => \"message\" method => \"SHA256\" key => \"@\" }\n",
                           "<stringProp name=\"Argument.name\">api_key</stringProp>\n"
                           "            <stringProp name=\"Argument.value\">@</stringProp>\n",
                           "\"http.request.header.x_api_key\": [\"@\"],",
                           "level=debug msg=\"Attempted access with key\" api_id=956c2fc7 key=@ origin=198.51.100.1\n"}) {
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  }
  // a request's idempotency key, a ConfigMap item's key, a JMeter argument
  // that names no secret
  for (const char* text : {"          \"X-Idempotency-Key\": \"3f1c2a9e-5b7d-4c8e-9a0b-1d2e3f4a5b6c\"\n",
                           "  items:\n  - name: app\n    key: game.properties\n",
                           "<stringProp name=\"Argument.name\">order_id</stringProp>\n"
                           "<stringProp name=\"Argument.value\">r8znsT54WkcC8Ah9ExgmL5MT0SwCruYC</stringProp>\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
  // Vault's unseal keys; Cloudflare Turnstile's secret keys (not its site keys)
  EXPECT_EQ(found("Unseal Key 1: 6cAup3LkPomlS8uHzfNWHZaqOt+REkjCQuzsuJfHvVDV\n"),
            Expected{"generic-secret=6cAup3LkPomlS8uHzfNWHZaqOt+REkjCQuzsuJfHvVDV"});
  EXPECT_EQ(found("TURNSTILE_SECRET_KEY=0x4AAAAAAA4XyggtxZmpCUJypVAMOcw8e8\n"),
            Expected{"vendor-token=0x4AAAAAAA4XyggtxZmpCUJypVAMOcw8e8"});
  EXPECT_EQ(found("  sitekey: 0x4AAAAAAABkMYinukE8nzY\n"), Expected{});
  // NATS' nkey seeds are named by their prefix
  EXPECT_EQ(found("-----BEGIN USER NKEY SEED-----\nSUAKCATDHNYP6L7KMTOG3C6BMGYV7FNKGPZUPNOAEXPTQ5XP5YPNSNL2NN\n"),
            Expected{"vendor-token=SUAKCATDHNYP6L7KMTOG3C6BMGYV7FNKGPZUPNOAEXPTQ5XP5YPNSNL2NN"});
}

// Keys named by what they encrypt or sign, SDK calls named by what they
// take, directives, line-start snake_case tokens, salts of symbols
TEST(Secrets, KeysInCmsPaymentAndSdkConfigsAndSaltsOfSymbols) {
  const std::string v = "k19HVU08I04YDbjUx7Qp2Lm";
  for (std::string text : {"    'cookie_key' => '@',\n", "define('_COOKIE_IV_', '@');\n", "  transaction_key: \"@\"\n",
                           "  signature_key: \"@\"\n", "[airbrake]\nproject_key = @\n",
                           "APP_PREVIOUS_KEYS=@\n", "config :joken, default_signer: \"@\"\n",
                           "hc := hcloud.NewClient(hcloud.WithToken(\"@\"))\n",
                           "    .apiKey(\"@\").dataset(\"orders\").build();\n",
                           "SyncfusionLicenseProvider.RegisterLicense(\"@\");\n",
                           "# newrelic\nLicenseKey @\n", "// server.cfg\nsv_setsteamaccount @\n",
                           "outputs:\n  influxdb_token: @\n", "2026-12-01 10:00:01 token refreshed @\n",
                           "server = true\n# encrypt = \"@\"\n", "    'crypt' => [\n        'key' => '@'\n    ],\n"}) {
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  }
  // a WordPress salt may hold "${" and start with '/': neither is a
  // template or a path
  for (const char* salt : {"c`ffM[Bz(RAxAr=ozcf|gT8Ec${A,S (8TBLSxcJ!R8IuXEf,WkW<bymt*46)C_Q",
                           "/Xy:D6fmG@-nYLLZp,5@3t2~Ea4I$?&ohvYhogTtMAdFI>iAE~azl8x:`YguVD%R"})
    EXPECT_EQ(found(std::string("define( 'AUTH_KEY',         '") + salt + "' );\n"),
              Expected{std::string("generic-secret=") + salt});
  // what stays clean: a template, a path, a pagination or CSRF token's
  // word, a call that names a key by its name, a public key directive
  for (const char* text : {"APP_PREVIOUS_KEYS=${APP_PREVIOUS_KEYS:-}\n", "signature_key: /etc/keys/sign-2024.pem\n",
                           "x = 1\nnext_token: none\n", "const t = getToken(\"session\");\n",
                           "    return ScalarToken(''.join(chunks), False, start_mark, end_mark, style)\n",
                           "# wg\nPublicKey xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\n", "token refreshed successfully\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
  // vendors' prefixes: Paddle's API and notification keys, LaunchDarkly's
  // server-side SDK key, Honeycomb's ingest key; Paddle's documentation key
  for (const char* key : {"pdl_live_apikey_01hzx3q9c2v7k8m4n5p6r7s8t9_Fh1fFzQvX8j5qlFF9m0i8K_Ulo",
                          "pdl_ntfset_01hzx3q9c2v7k8m4n5p6r7s8t9_iwwkBi53ZyHFxeCCPG0XjDnefepEJuek",
                          "sdk-b7ef2527-7619-4c2c-bf36-7a90ad7025cc",
                          "hcaik_01hzx3q9c2v7k8m4n5p6r7s8t9bezba121v6ehpdyx82br15iefksmb5t5"})
    EXPECT_EQ(found(std::string("key: ") + key + "\n"), Expected{std::string("vendor-token=") + key}) << key;
  EXPECT_EQ(found("Authorization: Bearer pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO\n"),
            Expected{});
}

// What names a password without holding one: FreeRADIUS' hash
// attributes, FreeSWITCH's preprocessor variables, Nagios' macros,
// SQL*Plus' substitution variables; and a password after the verb
// ("is het wachtwoord X")
TEST(Secrets, HashAttributesMacrosAndSubstitutionVariablesAreNoPasswords) {
  for (const char* text : {"tom.jansen\tNT-Password := 35A603810F73F2AAAAF72CD83672EE0A\n",
                           "bob\tSSHA-Password := 0x9f8e7d6c5b4a39281706f5e4d3c2b1a0\n",
                           "      <param name=\"password\" value=\"$${default_password}\"/>\n",
                           "    command_line    $USER1$/check_mysql_health --username $USER3$ --password $USER4$ --mode x\n",
                           "CREATE USER APP_TEMPLATE IDENTIFIED BY &&app_password;\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
  EXPECT_EQ(found("tom\tCleartext-Password := \"Kq7#pLm2x!\"\n"), Expected{"password=Kq7#pLm2x!"});
  EXPECT_EQ(found("Voor de backoffice-pc is het wachtwoord Glacie$47 (tijdelijk, graag wijzigen).\n"),
            Expected{"password=Glacie$47"});
  EXPECT_EQ(found("F\xC3\xBCr den Drucker ist das Passwort Wz8#kk12 laut Handbuch\n"), Expected{"password=Wz8#kk12"});
}

// Tools' own forms: Dovecot's passwd-file field and Redis' ACL word over
// what stops a value elsewhere, mkstore, kadmin, elasticsearch-setup-passwords
TEST(Secrets, PasswordsInPasswdFilesAclsAndAdminTools) {
  const std::pair<const char*, const char*> cases[] = {
      {"sales@shop.example:{PLAIN}xx[ZlW<eG_OXMv|O3PH7G6OzAi:5000:5000::/var/vmail/x\n", "xx[ZlW<eG_OXMv|O3PH7G6OzAi"},
      // (no ':' after it on its line: what the rule matched)
      {"sales@shop.example:{PLAIN}Kq7pLm2xQ9 done\n", "Kq7pLm2xQ9"},
      {"user sidekiq on >kq4vog/Py;HHVqlkI~0>uWuA resetchannels -@all +info\n", "kq4vog/Py;HHVqlkI~0>uWuA"},
      {"mkstore -wrl $W -create -wallet $W -pwd 'tSCU6DXIixN1H_!q5#tSGj-1OG' -auto_login\n", "tSCU6DXIixN1H_!q5#tSGj-1OG"},
      {"mkstore -wrl $W -createCredential FINPRD fin_batch 'rkwv%35O963PhUqhl3r_+Z+qIRz'\n", "rkwv%35O963PhUqhl3r_+Z+qIRz"},
      {"PASSWORD apm_system = Xq9vT2mLp0RsW8bNc4Za\n", "Xq9vT2mLp0RsW8bNc4Za"},
      {"$KADMIN -p admin/admin@$REALM -w Rk8#vTq2mLp0Rs\n", "Rk8#vTq2mLp0Rs"},
      {"$KADMIN -q \"addprinc -pw Zt4!qPm9xLr2Wc8v spark-svc@$REALM\"\n", "Zt4!qPm9xLr2Wc8v"},
      {"x\nsigning.password=kettle granite raven 222\n", "kettle granite raven 222"},
      {"port 26379\nsentinel auth-pass mymaster oZs7R_1WKCOX9<?PU2\n", "oZs7R_1WKCOX9<?PU2"},
      {"email.SMTPPass = \"Xq9vT2mLp0RsW8bNa\"\n", "Xq9vT2mLp0RsW8bNa"},
      {"    pass: process.env.MAIL_PASS || 'Xq9vT2mLp0RsW8bNb',\n", "Xq9vT2mLp0RsW8bNb"},
      {"db.changeUserPassword(\"reporting\", \"Xq9vT2mL\")\n", "Xq9vT2mL"},
      {"db.auth(\"admin\", \"Gkl%zT1GYx\")\n", "Gkl%zT1GYx"},
      {"ldapmodify -x -D uid=admin,dc=corp,dc=org -w 'Rk8#vTq2mLp0Rs' -f a.ldif\n", "Rk8#vTq2mLp0Rs"},
  };
  for (const auto& [text, value] : cases) EXPECT_EQ(found(text), Expected{std::string("password=") + value}) << text;
}

// A conf file's bare "secret = X" is a password when a person made X up
// (FreeRADIUS, Asterisk, RouterOS) and generic-secret's when generated;
// Nagios' $USERn$ macros; Redis' tls-key-file-pass; a password in a
// Markdown code span runs to its closing '`'
TEST(Secrets, TypedSecretsMacrosAndCodeSpans) {
  const std::pair<const char*, const char*> cases[] = {
      {"client ap-store-001 {\n\tipaddr = 10.1.2.0/24\n\tsecret = \"CanyonWillow48!\"\n}\n", "CanyonWillow48!"},
      {"[queue-stats]\nsecret = River1962.\ndeny=0.0.0.0/0.0.0.0\n", "River1962."},
      {"; [301]\n; secret=Sparro60%\n", "Sparro60%"},
      {"/ip ipsec peer\nadd peer=hq secret=l:b:w~6_~eNMk*\n", "l:b:w~6_~eNMk*"},
      {"$USER1$=/usr/lib/nagios/plugins\n$USER4$=UvU0m!A2U9Q4f^>xLa*Ib:dw4UfhN1\n", "UvU0m!A2U9Q4f^>xLa*Ib:dw4UfhN1"},
      {"tls-port 6380\ntls-key-file-pass Marseille2008$\n", "Marseille2008$"},
      {"   > user `breakglass`, password `oGQb[cgr9Cc=uCIKBF?DOiIG*4FL?U`\n", "oGQb[cgr9Cc=uCIKBF?DOiIG*4FL?U"},
  };
  for (const auto& [text, value] : cases) EXPECT_EQ(found(text), Expected{std::string("password=") + value}) << text;
  // generated: generic-secret's
  EXPECT_EQ(found("[crm]\nsecret = 4f3a2b1c9d8e7f60a1b2c3d4e5f60718\n"),
            Expected{"generic-secret=4f3a2b1c9d8e7f60a1b2c3d4e5f60718"});
  for (const char* text : {"client localhost {\n\tsecret = testing123\n}\n", "secret = my-test-secret\n",
                           "jwt.secret=Abc12345xyz\n", "secret = os.environ[\"X\"]\n", "secret = ${RADIUS_SECRET}\n",
                           "$USER1$=/usr/lib/nagios/plugins\n$USER3$=nagiosadmin\n",
                           "command_line $USER1$/check_http -a $USER4$\n", "PASS=`openssl rand -hex 16`\n",
                           "export DB_PASSWORD=`cat /run/secrets/db`\n",
                           "secret = pass:insta # can be used for both client and server side\n",
                           "secret = $insta::secret # pass:insta\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
}

// Key-value listings (etcdctl get --prefix), credential lists (imapsync's
// host;login;password rows, a device inventory's enable_secret column),
// an AWS key under a password next to its id (AWX, Duplicati's URL), a
// bare SECRET_KEY only with AWS around it; hashes, digests and code are
// none
TEST(Secrets, ListingsCredentialRowsAndKeysBesideTheirIds) {
  const std::string aws = "9dJ0cT2qLw8sVb5nXr3yZa7kHm4pEf1uGi6oQj0w";
  // (after a line break: etcdctl's first key, or a write of one row, at a
  // buffer's very start is not read so)
  EXPECT_EQ(found("$ etcdctl get --prefix /config/\n/config/billing/db/password\nlykt@208!\n/config/billing/db/user\nsvc_m\n"
                  "/config/auth/jwt_secret\ncac203a0f63036fa462310e4eb1985a429eb571e\n"),
            (Expected{"password=lykt@208!", "generic-secret=cac203a0f63036fa462310e4eb1985a429eb571e"}));
  EXPECT_EQ(found("\nimap.old.example.net;khedlund@old.example.net;JNcw6IP6j8yi;outlook.office365.com;"
                  "khedlund@example.com;e4xNskvTRhUfRlhMfe~2s2\n"),
            (Expected{"password=JNcw6IP6j8yi", "password=e4xNskvTRhUfRlhMfe~2s2"}));
  EXPECT_EQ(found("imapsync --host1 h --user1 ceo@old.example.net --password1 '2Uqz4dh0SNLyJ!1UX9@K9' --ssl1\n"),
            Expected{"password=2Uqz4dh0SNLyJ!1UX9@K9"});
  EXPECT_EQ(found("hostname\tadmin_user\tadmin_password\tenable_secret\tsnmp_community\n"
                  "fw-mmo-00\tnetadmin\tBi333d*axPt4R_WBQ7l+0\t0ng4Wx2Lr3F3B67z0\tpublic\n"),
            (Expected{"password=Bi333d*axPt4R_WBQ7l+0", "password=0ng4Wx2Lr3F3B67z0"}));
  EXPECT_EQ(found("      \"schema.registry.basic.auth.user.info\": \"sr-reader:gouJSeHg9sqELVP5\",\n"),
            Expected{"password=gouJSeHg9sqELVP5"});
  EXPECT_EQ(found("   authentication {\n      auth_type PASS\n      auth_pass 0CRg5CA8\n   }\n"),
            Expected{"password=0CRg5CA8"});
  EXPECT_EQ(found("        \"username\": \"AKIAZ7Q2WERTYUIOPASD\",\n        \"password\": \"" + aws + "\",\n"),
            (Expected{"aws-access-key-id=AKIAZ7Q2WERTYUIOPASD", "aws-secret-key=" + aws}));
  EXPECT_EQ(found("s3://b/x?auth-username=AKIAZ7Q2WERTYUIOPASD&auth-password=" + aws + "\"\n"),
            (Expected{"aws-access-key-id=AKIAZ7Q2WERTYUIOPASD", "aws-secret-key=" + aws}));
  EXPECT_EQ(found("from celery.schedules import crontab\n\nSECRET_KEY = \"" + aws + "\"\n"),
            Expected{"generic-secret=" + aws});
  EXPECT_EQ(found("[default]\naccess_key = AKIAZ7Q2WERTYUIOPASD\nsecret_key = " + aws + "\n"),
            (Expected{"aws-access-key-id=AKIAZ7Q2WERTYUIOPASD", "aws-secret-key=" + aws}));
  const std::pair<const char*, const char*> generic[] = {
      {"      \"secret\": \"default:development.253bb87f8246489a86f7ca0b36625e2dd4eb2879e3c2fde6390b32ae\",\n",
       "default:development.253bb87f8246489a86f7ca0b36625e2dd4eb2879e3c2fde6390b32ae"},
      {"env[APP_SECRET] = x4caon8yDERDcb1WGb2XmxHrtSJ0jrxxlxwFr2IUirg=\n", "x4caon8yDERDcb1WGb2XmxHrtSJ0jrxxlxwFr2IUirg="},
      {"sonar.auth.github.clientSecret.secured=5ccb02ddd80d90291d2636b93ef0b65d8ca3f86a\n",
       "5ccb02ddd80d90291d2636b93ef0b65d8ca3f86a"},
      {"pass4SymmKey = V1KUVA4cT9wYgoYq70I2Bw3pojY3efyZJv4dB8n8dp8=\n", "V1KUVA4cT9wYgoYq70I2Bw3pojY3efyZJv4dB8n8dp8="},
      {"WALG_LIBSODIUM_KEY=5554855ba43e4142d62eb2b3b80416acf98170ed8e16afd25982384ec82e273a\n",
       "5554855ba43e4142d62eb2b3b80416acf98170ed8e16afd25982384ec82e273a"},
  };
  for (const auto& [text, value] : generic) EXPECT_EQ(found(text), Expected{std::string("generic-secret=") + value}) << text;
  // a symmetric JSON Web Key's "k", an XML element named *_token, a
  // printf '%s' into a keystore (not into a digest)
  const std::pair<const char*, const char*> more[] = {
      {"{\"kty\": \"oct\", \"alg\": \"HS512\",\n \"k\": \"QHVOLpExaNPLAy9-Kiv3nq10XgkiDUGirTKJ635bvug\"}\n",
       "QHVOLpExaNPLAy9-Kiv3nq10XgkiDUGirTKJ635bvug"},
      {"<dns_api><dns_cf_token>rLJfATQBJiDuj7CbXNtT1691k_9yBI3mTuxycPh2</dns_cf_token></dns_api>\n",
       "rLJfATQBJiDuj7CbXNtT1691k_9yBI3mTuxycPh2"},
      {"printf '%s' '1a0382579acc4b1bf6cf13a06dca5ef0' | bin/elasticsearch-keystore add -x xpack.x.secure_url\n",
       "1a0382579acc4b1bf6cf13a06dca5ef0"},
  };
  for (const auto& [text, value] : more) EXPECT_EQ(found(text), Expected{std::string("generic-secret=") + value}) << text;
  for (const char* text :
       {"printf '%s' '1a0382579acc4b1bf6cf13a06dca5ef0' | sha256sum\n", "{\"k\":\"name\",\"v\":\"x\"}\n",
        "CREATE USER bi IDENTIFIED WITH sha256_hash BY '969f7bd00b872a4d803d7636727ed103a03e10a89f6f63b5c966f4f69f0aa0cb';\n",
        "  <user username=\"digest\" password=\"8c45f99c9969a64c$1$ea0f96065b397e8f594c2286b1a88c14f9e59d4c0423c1a43a02c91860912181\"/>\n",
        "password=226B1729719BE8D9815F1C6D3B84BDD54CA12F4BC18461F3\n",
        "    $secure = ConvertTo-SecureString $_.AccountPassword -AsPlainText -Force\n",
        "my $pass = $ENV{EXPORT_PASSWORD} // '';\n",
        "{\"key\": \"Postman-Token\", \"value\": \"d71e5b0b-5449-41eb-9113-711a000e8175\"}\n",
        "/api/v2/password\nPOST\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
}

// Tools' and languages' own places for a password: ipmitool, GoCD's
// XML, Groovy's Sql.newInstance, IRC's NickServ, a launchd argument,
// cmdkey, a preseed's Wi-Fi key, R's <-, mbsync's quoted Pass, Swedish
// "Användarnamn: NAME, lösenord X" and "har lösenordet X"
TEST(Secrets, PasswordsInToolsLanguagesAndSwedishProse) {
  const std::pair<const char*, const char*> cases[] = {
      {"ipmitool user set password 2 db-.uJ1MVrHjhIEZEr4Pa2\n", "db-.uJ1MVrHjhIEZEr4Pa2"},
      {"<property><key>Password</key><value>6W5PNhDTUW0F</value></property>\n", "6W5PNhDTUW0F"},
      {"<variable name=\"DB_PASSWORD\"><value>Walrus_Meadow_Saffron45</value></variable>\n", "Walrus_Meadow_Saffron45"},
      {"def sql = Sql.newInstance(\"jdbc:postgresql://pg/r\", \"releases\", \"Copper-Nectar-Candle91\", \"org.Driver\")\n",
       "Copper-Nectar-Candle91"},
      {"autosendcmd = \"/msg NickServ IDENTIFY Fn4xK93h59fgEOoQPZ8\";\n", "Fn4xK93h59fgEOoQPZ8"},
      {"        <string>--password</string>\n        <string>VecN9Xf57KkAR</string>\n", "VecN9Xf57KkAR"},
      {"PS C:\\> cmdkey /generic:TERMSRV/rds01 /user:CORP\\m.hassan /pass:jIv-5r$n$-@I+M^Q%bh8\n", "jIv-5r$n$-@I+M^Q%bh8"},
      {"d-i netcfg/wireless_wpa string JVO3FX91HW1C\n", "JVO3FX91HW1C"},
      {"smtp_password <- \"Zephyr-Copper-Thistle68\"\n", "Zephyr-Copper-Thistle68"},
      {"User archive\nPass \"125ufwynQRMDUy33\"\n", "125ufwynQRMDUy33"},
      {"Anv\xC3\xA4ndarnamn: k.ekstrom, l\xC3\xB6senord Lingon1980% \xE2\x80\x93 det fungerade\n", "Lingon1980%"},
      {"Kontot f\xC3\xB6r portalen har l\xC3\xB6senordet Vinter1974# \xE2\x80\x93 dela det inte\n", "Vinter1974#"},
      {"vpncmd /SERVER localhost:5555 /HUB:KVH /CMD UserPasswordSet aborg /PASSWORD:tractor2859+\n", "tractor2859+"},
      {"kinit admin <<< '8d*@KkoOEpao'\n", "8d*@KkoOEpao"},
      {"echo 'Bramble3732%' | ipa user-add ludvig.strand --first=Ludvig --last=Strand --password\n", "Bramble3732%"},
  };
  for (const auto& [text, value] : cases) EXPECT_EQ(found(text), Expected{std::string("password=") + value}) << text;
  // a zmprov batch file's createAccount line: the address and the password
  EXPECT_EQ(found("# batch\nca emil.falk@kvarnholm.se 'Glacier*bramble36' displayName 'Emil Falk'\n"),
            (Expected{"email=emil.falk@kvarnholm.se", "password=Glacier*bramble36"}));
}

// Twilio's key or token on the line after its account SID, in
// twilio(...) and a Doppler table; Azure's key after `az storage account
// keys list -o tsv` and under an account's name; a TOTP seed; a secret
// inside a URL a password key holds
TEST(Secrets, VendorKeysBesideTheirAccountsAndInTables) {
  const std::string tok = "9f3c2b1a8e7d6c5b4a39281706f5e4d3";
  EXPECT_EQ(found("      \"accountSid\": \"AC1b2c3d4e5f60718293a4b5c6d7e8f901\",\n      \"authToken\": \"" + tok + "\"\n"),
            Expected{"twilio-key=" + tok});
  EXPECT_EQ(found("      account: AC1b2c3d4e5f60718293a4b5c6d7e8f901\n      token: " + tok + "\n"),
            Expected{"twilio-key=" + tok});
  EXPECT_EQ(found("const apiClient = twilio('SK" + tok + "', secret);\n"), Expected{"twilio-key=SK" + tok});
  EXPECT_EQ(found("\xE2\x94\x82 TWILIO_AUTH_TOKEN   \xE2\x94\x82 " + tok + " \xE2\x94\x82\n"), Expected{"twilio-key=" + tok});
  const std::string key = "CzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW+yBFao+02f4jSG2St9wBJg==";
  EXPECT_EQ(found("$ az storage account keys list -g rg -n stlogs01 --query \"[0].value\" -o tsv\n" + key + "\n"),
            Expected{"azure-storage-key=" + key});
  EXPECT_EQ(found("      \"account\": \"stlogs374b\",\n      \"key\": \"" + key + "\"\n"),
            Expected{"azure-storage-key=" + key});
  EXPECT_EQ(found("\xE2\x94\x82 ONESIGNAL_REST_KEY  \xE2\x94\x82 Zk3vQ9mX2pL7rT4wN8yB5cD1fG6hJ0kM \xE2\x94\x82\n"),
            Expected{"generic-secret=Zk3vQ9mX2pL7rT4wN8yB5cD1fG6hJ0kM"});
  EXPECT_EQ(found("folder,type,name,login_uri,login_username,login_password,login_totp\n"
                  "Work,login,gh,https://gh/,nshetty,Kestrel+8363,7QVHKYXDIG4ZYKI4\n"),
            (Expected{"password=Kestrel+8363", "generic-secret=7QVHKYXDIG4ZYKI4"}));
  EXPECT_EQ(found("      \"label\": \"one-time password\",\n"
                  "      \"value\": \"otpauth://totp/Router:admin?secret=4X4AKHP6EZ5OZBE5DZHAIADNCSRUQOKT&issuer=R\",\n"),
            Expected{"generic-secret=4X4AKHP6EZ5OZBE5DZHAIADNCSRUQOKT"});
}

// A bearer token named in prose in several languages, by a config's
// bearer_token directive, a SCREAMING *_BEARER, bazel's escaped blank,
// kubectl's --token, Kubernetes' WebSocket subprotocol; not a later
// header on the line, nor Prometheus' bearer_token_file
TEST(Secrets, BearerTokensInProseDirectivesAndSubprotocols) {
  const std::string t = "4v97HxkjTgj2Lm0RsW8bNc4Zd";
  for (std::string text : {"use this bearer token for the staging API until SSO is fixed: @\n",
                           "Das Bearer-Token f\xC3\xBCr den Export lautet @, bitte nicht weitergeben.\n",
                           "Nytt token (Bearer) f\xC3\xB6r rapport-API:t: @ \xE2\x80\x93 radera\n",
                           "Token d'acc\xC3\xA8s (Bearer) : @\n", "Le jeton Bearer pour la recette : @\n",
                           "temporary bearer: @\n", "H\xC3\xA4r \xC3\xA4r bearer-tokenet till testmilj\xC3\xB6n: @\n",
                           "    bearer_token    @\n", "PARTNER_API_BEARER=@\n",
                           "build --remote_header=authorization=Bearer\\ @\n",
                           "kubectl --server https://api:6443 --token @ get pods -A\n"}) {
    text.replace(text.find('@'), 1, t);
    EXPECT_EQ(found(text), Expected{"bearer-token=" + t}) << text;
  }
  EXPECT_EQ(found("Sec-WebSocket-Protocol: base64url.bearer.authorization.k8s.io.ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRw, "
                  "v4.channel.k8s.io\n"),
            Expected{"bearer-token=ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRw"});
  for (const char* text : {"headers: {Authorization: `Bearer ${apiToken}`, 'X-Request-Id': randomUUID() },\n",
                           "    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token\n",
                           "token_type: bearer, expires_in: 3600\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
}

// An API key or a client, webhook or pre-shared secret named in other
// languages' prose; what openssl rand prints; the first 40 characters of
// a longer base64 secret are no AWS key
TEST(Secrets, ApiKeysInOtherLanguagesGeneratedSecretsAndLongBase64) {
  const std::string v = "sEIm1di3KZMG1R99MzziN1cDwhHoKpyj";
  for (std::string text : {"Ma cl\xC3\xA9 API est @ et voil\xC3\xA0\n", "la chiave API del gestionale \xC3\xA8:\n\n@\n",
                           "API-nyckeln till bokningssystemet: @\n",
                           "e o token de integra\xC3\xA7\xC3\xA3o (webhook secret) \xC3\xA9:\n@\n",
                           "la cl\xC3\xA9 API que j'ai mise est @\n", "root:~# openssl rand -base64 24\n@\n"}) {
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  }
  EXPECT_EQ(found("    secret_key: \"ivYP1SiVI7ymTUMQEb5UFNxNAf2e8OJLyr1t/iC0/r0KGBAkYAFW10rpF1g8LM/3\"\n"),
            Expected{"generic-secret=ivYP1SiVI7ymTUMQEb5UFNxNAf2e8OJLyr1t/iC0/r0KGBAkYAFW10rpF1g8LM/3"});
  EXPECT_EQ(found("Authorization: AWS4-HMAC-SHA256 Credential=AKIAZ7QXR2LM4TV6WB3N/20261011/us-west-2/s3/aws4_request\n"),
            Expected{"aws-access-key-id=AKIAZ7QXR2LM4TV6WB3N"});
}

// More names of a generated secret: prose in French, German, Italian,
// Finnish and Portuguese, a credential key, a key seed, a hash key, C's
// #define NAME_KEY "X", Go's []byte("X"), and the NAME= that openssl rand's
// output is assigned to on the next line.
TEST(Secrets, GeneratedSecretsUnderMoreNames) {
  const std::string v = "sEIm1di3KZMG1R99MzziN1cDwhHoKpyj";
  for (std::string text : {"Cl\xC3\xA9 API Mailjet et cl\xC3\xA9 secr\xC3\xA8te : @\n",
                           "Der Schl\xC3\xBCssel f\xC3\xBCr den Export (API-Key) ist @ \xE2\x80\x93 bitte\n",
                           "serve anche il token API del gestionale: @ (scade a marzo)\n",
                           "<v Juho>Toimii. Rajapinta-avain on @ ja se vanhenee.\n",
                           "A chave da API de pagamentos em homologa\xC3\xA7\xC3\xA3o \xC3\xA9 @, est\xC3\xA1 no .env\n",
                           "    credential: @\n", "TURN_CREDENTIALS=@\n", "key_seed = \"@\"\n",
                           "sessionhashkey = @\n", "#define SECRET_DEVICE_KEY \"@\"\n",
                           "\tcookieEncKey  = []byte(\"@\")\n", "# openssl rand -base64 32\nNEXTAUTH_SECRET=@\n"}) {
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  }
  // Express' cookieParser secret and both of a session's secrets; Koa's
  // signed-cookie keys
  const std::string w = "f7777bb120613241970d17aaa2909dc2749a2e33a2608829";
  EXPECT_EQ(found("app.use(cookieParser('" + v + "'));\n"), Expected{"generic-secret=" + v});
  EXPECT_EQ(found("app.use(session({\n  secret: ['" + v + "', '" + w + "'],\n  resave: false,\n"),
            (Expected{"generic-secret=" + v, "generic-secret=" + w}));
  EXPECT_EQ(found("const app = new Koa();\napp.keys = ['" + v + "', '" + w + "'];\n"),
            (Expected{"generic-secret=" + v, "generic-secret=" + w}));
  // (a table's "AWS Credentials" heading names no column of secrets; a
  // device's product key is public; fetch's credentials mode is a word)
  for (const char* text :
       {"\xE2\x94\x82 Block Type \xE2\x94\x82 AWS Credentials \xE2\x94\x82\n\xE2\x94\x82 Block id   \xE2\x94\x82 "
        "056dadef-e1de-4bde-ad5a-8aba9c4cee5d \xE2\x94\x82\n",
        "#define TUYA_PRODUCT_KEY      \"keyx3hx9vq8p7sdn\"\n", "fetch(url, {credentials: \"include\"})\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

TEST(Secrets, SecretsInCodeBehindTypesFallbacksAndStringPrefixes) {
  const char* v = "Qm9vZ2llV29vZ2llOTg3NjU0MzIxMGFi";
  for (std::string line : {"const char kClientSecret[] = \"@\";", "pub const API_KEY: &str = \"@\";",
                           "pub const WEBHOOK_SECRET: &[u8] = b\"@\";", "static CLIENT_SECRET: &str = r#\"@\"#;",
                           "val hmacKey: ByteArray = \"@\".toByteArray()", "const SIGNING_SECRET: string = \"@\";",
                           "var s = Environment.GetEnvironmentVariable(\"CLIENT_SECRET\") ?? \"@\";",
                           "config :app, secret: System.get_env(\"CLIENT_SECRET\") || \"@\"",
                           "var signingKey = []byte(\"@\")", "WEBHOOK_SECRET = b\"@\"", "client_secret = \"\"\"@\"\"\"",
                           "\t<key>API_KEY</key>\n\t<string>@</string>", "APP_KEY=base64:@", "  pepper: @",
                           "[Interface]\nPrivateKey = @", "app:\n  encryption:\n    key: @",
                           "[minio]\nsecret_access_key = @", "vault login token=hvs.@",
                           "    Private Const ClientSecret As String = \"@\"", "Dim apiKey As String = \"@\""}) {
    const bool vault = line.find("hvs.@") != std::string::npos;
    line.replace(line.find('@'), 1, v);
    // (Vault's token is named by its prefix)
    EXPECT_EQ(found(line), Expected{std::string(vault ? "vendor-token=hvs." : "generic-secret=") + v}) << line;
  }
  // Type annotations and key types name no value
  for (const char* code : {"    private_key: _SSH_PRIVATE_KEY_TYPES,", "api_key: Optional[str] = None",
                           "(Ed25519PrivateKey, Ed25519PublicKeyTypes, Ed448PrivateKey)",
                           "self.assertEqual(consumer.key, \"System-wide: Fooix (foo)\")"})
    EXPECT_EQ(scan(code).size(), 0u) << code << dump(scan(code));
}

TEST(Secrets, PasswordsInToolsConfigsAndFallbacks) {
  EXPECT_EQ(found("keytool -importkeystore -srcstorepass Otter1031quok -deststoretype PKCS12\n"),
            Expected{"password=Otter1031quok"});
  EXPECT_EQ(found("smbclient //fs01/finance -U 'CORP\\svc-scan%Kq7vB2mPz9'\n"), Expected{"password=Kq7vB2mPz9"});
  EXPECT_EQ(found("network={\n    ssid=\"Home_5G\"\n    psk=\"ember-lantern-77\"\n}\n"),
            Expected{"password=ember-lantern-77"});
  EXPECT_EQ(found("$db = new PDO('mysql:host=10.0.18.2;dbname=shop', 'shop', 'Zq8!rT4wLm2x');\n"),
            Expected{"password=Zq8!rT4wLm2x"});
  EXPECT_EQ(found("pw = os.environ.get(\"DB_PASSWORD\", \"Harbor9Lynx\")\n"), Expected{"password=Harbor9Lynx"});
  EXPECT_EQ(found("PASSWORD = ENV[\"ADMIN_PASSWORD\"] || \"Tulip7Raven\"\n"), Expected{"password=Tulip7Raven"});
  EXPECT_EQ(found(";; userlist.txt\n\"orders\" \"Otter!1031quok\"\n\"stats\" \"md5dd0dd0a1b2c3d4e5f60718293a4b5c6d\"\n"),
            Expected{"password=Otter!1031quok"});
}

TEST(Secrets, DottedPassphrasesAreValuesAndAttributeChainsAreCode) {
  EXPECT_EQ(found("[client]\npassword=mosaic.amber.heron.jade.harbor\n"),
            Expected{"password=mosaic.amber.heron.jade.harbor"});
  EXPECT_EQ(found("docker run -e POSTGRES_PASSWORD=\"aspen.dragon.willow\" postgres"),
            Expected{"password=aspen.dragon.willow"});
  // JDBC's Oracle thin URL; a JNDI resource's value attribute
  EXPECT_EQ(found("url=jdbc:oracle:thin:scott/Ember8861x@//ora.example.com:1521/ORCL\n"),
            Expected{"password=Ember8861x"});
  EXPECT_EQ(found("<Environment name=\"mail/smtpPassword\" type=\"java.lang.String\"\n"
                  "             value=\"planet-garnet-desert-iris-raven\" override=\"false\"/>\n"),
            Expected{"password=planet-garnet-desert-iris-raven"});
  // two names, a word code names things with, a capital: an expression
  EXPECT_EQ(found("password = settings.db.password\npwd=window.location.hash\n"
                  "password: request.form.passwd\npassword=user.pw\npassword=Config.Db.password\n"),
            Expected{});
}

TEST(Secrets, PasswordsInQueryStringsCommandsAndProse) {
  // each field of a form body is a value of its own; '&' inside a value
  EXPECT_EQ(found("name=x&password=aKYRVFpciyk&password_confirmation=aKYRVFpciyk&terms=1"),
            (Expected{"password=aKYRVFpciyk", "password=aKYRVFpciyk"}));
  EXPECT_EQ(found("password=Tr0ub&dor3x!&remember=1"), Expected{"password=Tr0ub&dor3x!"});
  EXPECT_EQ(found("password=&remember=1"), Expected{});
  EXPECT_EQ(found("\tdbPassword := \"&8d00e@%+SqNJ0G80qk\"\n"), Expected{"password=&8d00e@%+SqNJ0G80qk"});
  // Oracle's tools and SQL; Windows' net user; a hash's index; -pwd; pw:
  EXPECT_EQ(found("expdp system/Ember.8861#@ORCLPDB1 schemas=HR"), Expected{"password=Ember.8861#"});
  EXPECT_EQ(found("sqlplus scott/tiger@orcl"), Expected{});
  EXPECT_EQ(found("CREATE USER etl_loader IDENTIFIED BY MBhRUsZVuD7ND;"), Expected{"password=MBhRUsZVuD7ND"});
  EXPECT_EQ(found("net user svc_print kIsA37QmYtHZoB2cm /add"), Expected{"password=kIsA37QmYtHZoB2cm"});
  EXPECT_EQ(found("default['shop']['db']['password'] = 'Dci6YxSiLJV-j'"), Expected{"password=Dci6YxSiLJV-j"});
  EXPECT_EQ(found("orapki wallet create -wallet /u01/wallet -pwd kzfFWujWO77b3m"), Expected{"password=kzfFWujWO77b3m"});
  EXPECT_EQ(found("Reset done - pw: B4dg3rX549"), Expected{"password=B4dg3rX549"});
  EXPECT_EQ(found("es = Elasticsearch(hosts, http_auth=(\"elastic\", \"l:z_=9=_L0Exq\"))"),
            Expected{"password=l:z_=9=_L0Exq"});
  // a ')' that closes the prose; a netrc password with ',' and '='
  EXPECT_EQ(found("psql -h db -U megan (password: L4nt3rn_230)"), Expected{"password=L4nt3rn_230"});
  EXPECT_EQ(found("machine x login svc password dHM7_WW,m=cdt+tSYv\n"), Expected{"password=dHM7_WW,m=cdt+tSYv"});
  // shell's pwd
  EXPECT_EQ(found("cd /srv && pwd && ls\n$ pwd\n/home/ann\n"), Expected{});
}

TEST(Secrets, KeysInTheFormsToolsGiveThem) {
  EXPECT_EQ(found("default['shop']['api']['secret_key'] = 'f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE'\n"),
            Expected{"generic-secret=f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE"});
  EXPECT_EQ(found("ENV API_KEY f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE\n"), Expected{"generic-secret=f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE"});
  EXPECT_EQ(found("\"text\": \"API key: f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE\","),
            Expected{"generic-secret=f3Kq9ZxL2mVb7RtP4sWc8NdY1gHj6TuE"});
  EXPECT_EQ(found("<property>\n  <name>fs.s3a.secret.key</name>\n  <value>Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S</value>"),
            Expected{"aws-secret-key=Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"});
  EXPECT_EQ(found("old key AKIAHJNHQ2IK6OTEFSRB / Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S - deleting it"),
            (Expected{"aws-access-key-id=AKIAHJNHQ2IK6OTEFSRB", "aws-secret-key=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"}));
}

TEST(Email, EveryCountrysTopLevelDomain) {
  // ccTLDs that the Public Suffix List names only through their
  // second-level domains (co.za) or a wildcard (*.bd) are TLDs too
  for (const char* a : {"wei.m77@mweb.co.za", "rahim@grameen.com.bd", "ana@digicel.com.jm", "sok@camnet.com.kh"})
    EXPECT_EQ(found(std::string("EMAIL;TYPE=INTERNET:") + a + "\n"), Expected{std::string("email=") + a}) << a;
}

TEST(Numbers, APieceOfATokenOrAPlusLedNumberIsNoCard) {
  // Slack's token holds 13-digit runs, a vCard's tel: URI an E.164 number
  EXPECT_EQ(found("| 2 | Slack user token | `xoxp-4976908083131-6547425824616-4852099018681-"
                  "59f93626a8422775ad078a811f2e5e61` | x |\n"),
            Expected{"slack-token=xoxp-4976908083131-6547425824616-4852099018681-59f93626a8422775ad078a811f2e5e61"});
  EXPECT_EQ(found("TEL;VALUE=uri;TYPE=home:tel:+4917073414535\n"), Expected{"phone=+4917073414535"});
  // a card is still a card after a label and a space
  EXPECT_EQ(found("card: 4852099018681\n"), Expected{"credit-card=4852099018681"});
}

TEST(Email, RandomTextIsNotAnAddress) {
  for (const std::string text : {"..f@f.VsJogZ..", "x#Kq@hT.De&", "..a@b.zz.", "..ab@cd.qx.", "`q@Gh.cOm.",
                                 "aZ3qK9@mail.com", "bob@x.com", "f@f.COm", "]T@xQ.Xk3.de.", "&g...@Oz.CG.....",
                                 "g.5`L..@hv.bm.V[", "  .@dh.HT....", "  y1@Le.lc.....", " 6@Kn.de`A%.="}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  for (const std::string text : {"maria.gonzalez@outlook.com", "C.Q.Murphy@web.de", "JohnDoe@Example-Corp.CO.UK",
                                 "h.v.haddad@hooli.xyz", "jsmith42@mail.io", "ops+alerts@corp.internal",
                                 "ANNA.SCHMIDT@GMX.DE", "noreply@Acme.com", "f\\u0151o@bar.com",
                                 "maria.gonzalez%40outlook.com"}) {
    auto f = scan("to: " + text + ",");
    ASSERT_EQ(f.size(), 1u) << text << dump(f);
    EXPECT_EQ(f[0].rule, "email");
  }
}

// ------------------------------------------------------------ secrets' keys

TEST(Secrets, AKeyMustStartAWord) {
  EXPECT_TRUE(scan("Kq.xpwd:H7#kd9Lm2.zz").empty());
  EXPECT_TRUE(scan("0apwd=hunter2x").empty());
  for (const std::string text : {"pwd: hunter2x", "user_pwd=hunter2x", "userPassword=hunter2x",
                                 "dbpassword=hunter2x", "DB_PASSWORD=hunter2x", "{\"password\": \"hunter2x\"}"}) {
    auto f = scan(text);
    ASSERT_EQ(f.size(), 1u) << text << dump(f);
    EXPECT_EQ(f[0].value, "hunter2x") << text;
  }
  // Control bytes: not a typed password.
  EXPECT_TRUE(scan(std::string("pwd:ab\x01\x02" "cd\x03xyz")).empty());
}

// In a query string or form body the next "&key=" ends the secret: the
// fields after it are other values, judged by their own rules.
// A quoted literal holding a '(' that nothing closes is typed text, not
// a call cut short at its argument's quote.
// Wi-Fi keys where they are written down: the QR code's text, OpenWrt's
// wireless config, netsh's profile; Neo4j's user/password; Bicep's typed
// parameter; Windows' unattend file's <Value> under its password element.
TEST(Secrets, WifiKeysAndProvisioningPasswords) {
  EXPECT_EQ(found("WIFI:T:WPA;S:Corp-Guest;P:Ni4iGMSL&LgJcHAa_1;;\n"), Expected{"password=Ni4iGMSL&LgJcHAa_1"});
  EXPECT_EQ(found("config wifi-iface 'guest'\n\toption encryption 'psk2'\n\toption key 'Peppersn1ckare5^'\n"),
            Expected{"password=Peppersn1ckare5^"});
  EXPECT_EQ(found("    Key Content            : nebula.tulpan.rocket.cobalt.51\n"),
            Expected{"password=nebula.tulpan.rocket.cobalt.51"});
  EXPECT_EQ(found("      NEO4J_AUTH: \"neo4j/raven_sommar_tranbar_segel_4\"\n"),
            Expected{"password=raven_sommar_tranbar_segel_4"});
  EXPECT_EQ(found("param adminPassword string = 'Jigs@wbadger46?'\n"), Expected{"password=Jigs@wbadger46?"});
  EXPECT_EQ(found("<AdministratorPassword>\n  <Value>Tranbarotter2495^</Value>\n  <PlainText>true</PlainText>\n"),
            Expected{"password=Tranbarotter2495^"});
  // a Bicep parameter without a default, a key that is no Wi-Fi key
  for (const char* text : {"@secure()\nparam adminPassword string\n", "option key_file '/etc/ssl/k.pem'\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

TEST(Secrets, AQuotedPasswordWithAnUnclosedParenIsOne) {
  EXPECT_EQ(found("export MYSQL_PWD='delfin(Maple13'\n"), Expected{"password=delfin(Maple13"});
  EXPECT_EQ(found("mysql -h db1 -u root -p'Kafferocket2260(' shop\n"), Expected{"password=Kafferocket2260("});
  // code: unquoted calls, a call's quoted argument, a closed call in quotes
  for (const char* text : {"password = getpass(\"Password: \")\n", "password=os.environ.get(KEY, None)\n",
                           "db.password = read_secret(name)\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// Passwords in more tools' syntax: Sybase isql's glued -Uuser -Ppass,
// Payflow Pro's length-tagged PWD[21]=, EdgeOS' and UniFi's
// pre-shared-secret, Citrix xe's -u USER -pw, a STOMP frame's passcode,
// vpnc's IPSec secret, LibreNMS' SNMPv3 authpass, an ESP-IDF NVS CSV row,
// a backticked account in prose.
TEST(Secrets, PasswordsInMoreToolsSyntax) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"isql -Ursa_maint -PKx8pLm2qR9zW -SSYBREP -i x.sql\n", "Kx8pLm2qR9zW"},
      {"bcp db..t out t.bcp -c -Ubcp_export -P'Vt7qLp3Zx9w!' -SSYBPROD\n", "Vt7qLp3Zx9w!"},
      {"PARTNER=PayPal&VENDOR=shop&USER=shop&PWD[21]=Qw8zLp2Mn5xVb7Kc3Jd9h&ACCT=1\n", "Qw8zLp2Mn5xVb7Kc3Jd9h"},
      {"\t\t\"pre-shared-secret\": \"Tr7kLm9Px2qZ8vBn3Ww\"\n", "Tr7kLm9Px2qZ8vBn3Ww"},
      {"set vpn ipsec site-to-site peer 203.0.113.9 authentication pre-shared-secret 'Tr7kLm9Px2qZ8vBn3Ww'\n",
       "Tr7kLm9Px2qZ8vBn3Ww"},
      {"xe -s master.kontor.local -u root -pw Hv4mPq8Zr2kLp9Xq3Ty vm-list\n", "Hv4mPq8Zr2kLp9Xq3Ty"},
      {"CONNECT\naccept-version:1.2\nlogin:driver-app\npasscode:Zl9kPm3Qx7wRt5Yu8Io2Pa\n\n", "Zl9kPm3Qx7wRt5Yu8Io2Pa"},
      {"IPSec gateway vpn.kontor.se\nIPSec secret Vn5qLp8Zm2xBc4Nv7Mq1\n", "Vn5qLp8Zm2xBc4Nv7Mq1"},
      {"$config['snmp']['v3'][0]['authpass'] = 'LAHMl%kjb~jhok3m';\n", "LAHMl%kjb~jhok3m"},
      {"key,type,encoding,value\nwifi,namespace,,\npass,data,string,Rt6pLq2Zm8xWq\n", "Rt6pLq2Zm8xWq"},
      {"The password for `app_staging` is Ap2qLm7Zx9kBn4 -- it's in the vault\n", "Ap2qLm7Zx9kBn4"}};
  for (const auto& [text, pw] : cases) EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // (an NVS row that is no password, a placeholder secret)
  for (const char* text : {"ssid,data,string,Stugan-IoT\n", "IPSec secret <your-group-secret>\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// SNMP community strings under any key that names one (PHP arrays, YAML,
// XML, F5's community-name), Go's MySQL DSN unquoted after a key naming a
// DSN or connection, and macOS' security CLI: the -w of add-*-password,
// and what find-*-password -w prints on the next line.
TEST(Secrets, CommunitiesUnquotedDsnsAndKeychainPasswords) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"$config['snmp']['community'] = ['Kx8mQ2vLp9Zt4Rw7aX1b'];\n", "Kx8mQ2vLp9Zt4Rw7aX1b"},
      {"snmp_community: Kx8mQ2vLp9Zt4Rw7aX1c\n", "Kx8mQ2vLp9Zt4Rw7aX1c"},
      {"\t\t<rocommunity>gc0ia8nb9NeyZHLsFPlQ</rocommunity>\n", "gc0ia8nb9NeyZHLsFPlQ"},
      {"tmsh modify sys snmp communities add { ro_nms { community-name Qz7pLm2Xk9Vt4Rw8aB source 10.50.0.0/24 } }\n",
       "Qz7pLm2Xk9Vt4Rw8aB"},
      {"database:\n  dialect: mysql\n  connection: gotify:sLmGA6TXttcUMzkgwlT52P@tcp(mariadb:3306)/gotify?charset=utf8\n",
       "sLmGA6TXttcUMzkgwlT52P"},
      {"DB_DSN=app:Xk9fLm2pQ7vZr4TnB8wYa@unix(/run/mysqld/mysqld.sock)/shop\n", "Xk9fLm2pQ7vZr4TnB8wYa"},
      {"% security add-generic-password -a svc-backup -s \"restic-nas\" -w 'MLwhm5!4A2/DqG>jbBF' -U\n",
       "MLwhm5!4A2/DqG>jbBF"},
      {"% security find-generic-password -s \"Staging\" -a deploy -w\nO@ap%msXRD5fUeF-F8\n% ls\n", "O@ap%msXRD5fUeF-F8"}};
  for (const auto& [text, pw] : cases) EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // (a fixed-width config line is no table whose header names a
  // community: net-snmp's rocommunity6 on the next line is no value; a
  // connection without a DSN's @tcp( holds none; a plain word)
  EXPECT_EQ(found("rocommunity  TBb78wmMHrV6rc  10.40.10.0/24\nrocommunity6 TBb78wmMHrV6rc  fd00:40:10::/64\n"),
            (Expected{"password=TBb78wmMHrV6rc", "password=TBb78wmMHrV6rc"}));
  for (const char* text : {"connection: db:5432\n", "\"community\": \"rust-lang\"\n", "community: Tidewater\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// Prose that puts the password right after its word (Spanish "la
// contraseña [temporal] X", Turkish "şifrem X"), a password word before
// <b>X</b> (also after "lautet" or Norwegian's "passord"), psql's and
// usql's \\set PASS X, Pure-FTPd's MYSQLPassword directive.
TEST(Secrets, PasswordsRightAfterTheirWordAndInDirectives) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"el usuario es lgarcia y la contrase\xC3\xB1" "a Lg4rc1a!Vera2 desde hoy.\n", "Lg4rc1a!Vera2"},
      {"Cuenta bloqueada, contrase\xC3\xB1" "a temporal Kx8-pq2Lm9Zt enviada por SMS\n", "Kx8-pq2Lm9Zt"},
      {"Giri\xC5\x9F yapam\xC4\xB1yorum, \xC5\x9Fifrem Zk9!mQ2vLp ama hata veriyor.\n", "Zk9!mQ2vLp"},
      {"<div>Ruter (Telenor): passord <b>Gr8-Fjell-Mjod-29</b></div>\n", "Gr8-Fjell-Mjod-29"},
      {"Das gemeinsame Passwort lautet <b>Wq7-Zt3Lm9Xc</b>, laut Hersteller\n", "Wq7-Zt3Lm9Xc"},
      {"show tables;\n\\set PASS Xq7Lm2Zk9V\n", "Xq7Lm2Zk9V"},
      {"MYSQLPassword   Pq7xLm2Zk9Vt4Rw8aBn1\n", "Pq7xLm2Zk9Vt4Rw8aBn1"}};
  for (const auto& [text, pw] : cases) EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // (the words after them)
  for (const char* text : {"la contrase\xC3\xB1" "a incorrecta otra vez\n", "\xC5\x9Fifrem \xC3\xA7ok uzun\n",
                           "ResetPassword request\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// sbt's Credentials(realm, host, user, X) over several lines, Grandstream
// phones' password P-values (XML and text provisioning), an SMB URI whose
// user carries its workgroup (CUPS' DeviceURI), a YAML key: right under
// an api: section (OctoPrint).
TEST(Secrets, BuildCredentialsPhoneProvisioningSmbUrisAndApiSections) {
  EXPECT_EQ(found("credentials += Credentials(\n  \"Artifactory Realm\",\n  \"artifactory.example.se\",\n"
                  "  \"sbt-ci\",\n  \"jPaRn7vV4wqq2XGNz\"\n)\n"),
            Expected{"password=jPaRn7vV4wqq2XGNz"});
  EXPECT_EQ(found("  <config version=\"1\">\n    <P36>4601</P36>\n    <P34>Q5gcwd7gRfMcP5TMQMKmn</P34>\n"
                  "    <P3>Reception</P3>\n"),
            Expected{"password=Q5gcwd7gRfMcP5TMQMKmn"});
  EXPECT_EQ(found("P2 = Sommar$3954beacon\nP196 = ng99g6ycnh3zc\nP3 = Reception\n"),
            (Expected{"password=Sommar$3954beacon", "password=ng99g6ycnh3zc"}));
  EXPECT_EQ(found("DeviceURI smb://KONTOR/svc-print:Hk7pq2Lm9Zx4Vb8Nw1Qs@printsrv01.kontor.local/Ekonomi\n"),
            Expected{"url-credentials=Hk7pq2Lm9Zx4Vb8Nw1Qs"});
  EXPECT_EQ(found("accessControl:\n  enabled: true\napi:\n  key: 5B22E0446E5303130F73196AE5E2D2A6\nplugins:\n"),
            Expected{"generic-secret=5B22E0446E5303130F73196AE5E2D2A6"});
  // (and a quoted password in SQL*Plus' user/"X"@db, Revel's db.spec DSN,
  // C's #define API_BEARER "X")
  EXPECT_EQ(found("sqlplus -s dw_loader/\"Kx8!pq2Lm9Zt#Vb\"@DWPRD @/opt/batch/sql/copy.sql\n"),
            Expected{"password=Kx8!pq2Lm9Zt#Vb"});
  EXPECT_EQ(found("db.spec = medlem:Hq7Lm2Zk9VtXc@tcp(10.8.0.14:3306)/medlem?charset=utf8\n"),
            Expected{"password=Hq7Lm2Zk9VtXc"});
  EXPECT_EQ(found("#define API_BEARER  \"Zq7Lm2Zk9Vt4Rw8aBn1PxY3cQ5gcwd7g\"\n"),
            Expected{"bearer-token=Zq7Lm2Zk9Vt4Rw8aBn1PxY3cQ5gcwd7g"});
  // (a share's path is no user, an SMB URI without a password none)
  for (const char* text : {"smb://fs01/share/file.txt\n", "DeviceURI smb://KONTOR/printsrv01/Ekonomi\n",
                           "    <P3>Reception</P3>\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// Telegram bot tokens, also in the Bot API's URL path (/bot<id>:<secret>/);
// not the Bot API documentation's example, nor digits cut from a longer run.
TEST(Secrets, TelegramBotTokens) {
  const std::string t = "7295398696:AAGRQSBb_hfil0IuT166E8pWVktbq7SOJq2";
  for (const std::string& text :
       {"  - tgram://" + t + "/-1001714892839:\n", "TELEGRAM_BOT_TOKEN=" + t + "\n",
        "curl -s https://api.telegram.org/bot" + t + "/sendMessage -d chat_id=1\n"})
    EXPECT_EQ(found(text), Expected{"vendor-token=" + t}) << text;
  for (const char* text : {"token 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\n",
                           "id x7295398696:AAGRQSBb_hfil0IuT166E8pWVktbq7SOJq2x\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// A password that opens with '*' and ends in digits is no pointer's
// dereference (*pw, *argv); MySQL's stored hash (*2470C0C0...) stays one.
TEST(Secrets, APasswordOpeningWithAStar) {
  EXPECT_EQ(found("$config['db_pass'] = '*DolphinNutmeg3596';\n"), Expected{"password=*DolphinNutmeg3596"});
  for (const char* text : {"password = *pw;\n", "strcpy(cfg.password, *argv);\n",
                           "password = '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

TEST(Secrets, AFormFieldEndsAtTheNextField) {
  auto f = scan("email=anna%40mail.se&password=Pepper.6840Granite&remember=1&phone=0388474050\n");
  std::vector<std::string> rules;
  for (const auto& x : f) rules.push_back(x.rule + "=" + x.value);
  EXPECT_EQ(rules, (std::vector<std::string>{"email=anna%40mail.se", "password=Pepper.6840Granite", "phone=0388474050"}))
      << dump(f);
  // A "&" that starts no field stays in the value.
  f = scan("password=Pep&per.68 ok");
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].value, "Pep&per.68");
  // In HTML the separator is written "&amp;".
  EXPECT_EQ(found("<a href=\"/login?user=ann&amp;password=Pepper.6840Granite&amp;remember=1\">"),
            Expected{"password=Pepper.6840Granite"});
}

TEST(Secrets, PasswordsOfServerToolsAndNetworkGear) {
  EXPECT_EQ(found("sqlcmd -S tcp:db1 -U migrator -P 'Xq7!mB2pLz9rT4wK' -i migrate.sql"),
            Expected{"password=Xq7!mB2pLz9rT4wK"});
  EXPECT_EQ(found("ipmitool -I lanplus -H 10.1.2.3 -U ADMIN -P Hq2wE9rT5yU chassis power status"),
            Expected{"password=Hq2wE9rT5yU"});
  EXPECT_EQ(found("htpasswd -b -c /etc/nginx/.htpasswd metrics 'ripple.copper.delta.heron.205'"),
            Expected{"password=ripple.copper.delta.heron.205"});
  // Dovecot's passwd-file: the password is one ':'-separated field
  EXPECT_EQ(found("hannah85:{PLAIN}Kj8Lm2Nb5Vc:5000:5000::/var/vmail/hannah85::"), Expected{"password=Kj8Lm2Nb5Vc"});
  EXPECT_EQ(found("    stats auth haproxy:Vb8Nm2Qw5Er9Ty\n"), Expected{"password=Vb8Nm2Qw5Er9Ty"});
  EXPECT_EQ(found("basic.auth.user.info=sr-client:Zx9Cv2Bn5Mq\n"), Expected{"password=Zx9Cv2Bn5Mq"});
  EXPECT_EQ(found("username ops privilege 15 password 0 Qw8Er2Ty5Ui9Op\n"), Expected{"password=Qw8Er2Ty5Ui9Op"});
  EXPECT_EQ(found("snmp-server user mon GRP v3 auth sha Tulip1989+ priv aes 128 ruf8UsbZAP7bVKjj\n"),
            (Expected{"password=Tulip1989+", "password=ruf8UsbZAP7bVKjj"}));
  EXPECT_EQ(found("ntp authentication-key 1 md5 Gh7Jk2Lm9Nb4Vc\n"), Expected{"password=Gh7Jk2Lm9Nb4Vc"});
  EXPECT_EQ(found("set snmp community pLiICPOSwfYhv6BPPHGe0Q authorization read-only\n"),
            Expected{"password=pLiICPOSwfYhv6BPPHGe0Q"});
  // net-snmp's v3 pass phrases, after their protocols; unzip's -P; MinIO's
  // mc admin user add; mosquitto_passwd -b like htpasswd (its file's path
  // names no password); redis-cli's flags before -a
  EXPECT_EQ(found("snmpwalk -v3 -l authPriv -u mon -a SHA -A 'Tundranebul@52%' -x AES -X 'IkvCD=-WPRE.I[RW<ab' h1"),
            (Expected{"password=Tundranebul@52%", "password=IkvCD=-WPRE.I[RW<ab"}));
  EXPECT_EQ(found("unzip -P 'Delfinthistle6247+' payroll.zip\n"), Expected{"password=Delfinthistle6247+"});
  EXPECT_EQ(found("mc admin user add s3local reporting Sparrowrocket5687%\n"), Expected{"password=Sparrowrocket5687%"});
  EXPECT_EQ(found("mosquitto_passwd -b /etc/mosquitto/passwd sensor01 Fik7FBD^PbJ7YrZLyeOeP7_\n"),
            Expected{"password=Fik7FBD^PbJ7YrZLyeOeP7_"});
  EXPECT_EQ(found("redis-cli -h r1.internal -p 6380 --tls -a 'lingon_luna_mosaic_16' INFO\n"),
            Expected{"password=lingon_luna_mosaic_16"});
  EXPECT_EQ(found("0 4 * * * /usr/bin/redis-cli -a Hq2wE9rT5yUi --no-auth-warning BGSAVE\n"),
            Expected{"password=Hq2wE9rT5yUi"});
  // LDAP binds: a DN, then the password; JNDI's SECURITY_CREDENTIALS; ADSI's
  // DirectoryEntry(path, user, X); Keycloak's one-element arrays; ProCurve's
  // plaintext; FortiGate's psksecret; Redis' ACL SETUSER
  EXPECT_EQ(found("conn.simple_bind_s(\"CN=svc-sync,OU=Service,DC=corp,DC=lan\", \"glKdNLKKvOhnRDko0dl9u\")\n"),
            Expected{"password=glKdNLKKvOhnRDko0dl9u"});
  EXPECT_EQ(found("env.put(Context.SECURITY_CREDENTIALS, \"tranbar.orchid.orbit.69\");\n"),
            Expected{"password=tranbar.orchid.orbit.69"});
  EXPECT_EQ(found("$de = New-Object DirectoryServices.DirectoryEntry(\"LDAP://dc01.corp.lan\", \"CORP\\svc\", \"C3d@rd3lf1n69&\")\n"),
            Expected{"password=C3d@rd3lf1n69&"});
  EXPECT_EQ(found("{\"config\": {\"bindCredential\": [\n      \"EnIdhGAZI&frQv3rTkAtB0^\"\n    ]}}\n"),
            Expected{"password=EnIdhGAZI&frQv3rTkAtB0^"});
  EXPECT_EQ(found("password manager user-name \"admin\" plaintext \"Tr@nab@mbo055!\"\n"),
            Expected{"password=Tr@nab@mbo055!"});
  EXPECT_EQ(found("        set psksecret B2W8LAgH91E1jJdHPBWr2\n"), Expected{"password=B2W8LAgH91E1jJdHPBWr2"});
  EXPECT_EQ(found("ACL SETUSER worker on >Falc0nregen93^ ~jobs:* +@list\n"), Expected{"password=Falc0nregen93^"});
  // a DN beside a filter or another DN is no bind
  for (const char* text : {"conn.search('ou=people,dc=example,dc=com', '(objectclass=person)')\n",
                           "conn.modify_dn('cn=a,dc=b', 'cn=c')\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
  // Terraform state's random_password, an LDAP log's bind, net use, a PHP trace's PDO
  EXPECT_EQ(found("            \"numeric\": true,\n            \"override_special\": \"!#%&*+-=?@^_~\",\n"
                  "            \"result\": \"kPOTiqvd8iF3J@r2BPU&\",\n"),
            Expected{"password=kPOTiqvd8iF3J@r2BPU&"});
  EXPECT_EQ(found("      \"type\": \"random_password\",\n      \"name\": \"grafana\",\n      \"instances\": [\n        {\n"
                  "          \"attributes\": {\n            \"result\": \"n7EPw6O9cYHz1ox\",\n            \"length\": 15,\n"),
            Expected{"password=n7EPw6O9cYHz1ox"});
  EXPECT_EQ(found("DEBUG auth.LdapBind - bind dn=uid=root,ou=people,dc=corp credentials=JVAZLBOCucLROP5 result=49\n"),
            Expected{"password=JVAZLBOCucLROP5"});
  EXPECT_EQ(found("net use Z: \\\\fs01\\finance /user:CORP\\j.doe Monsoon4aX9XL98\n"), Expected{"password=Monsoon4aX9XL98"});
  EXPECT_EQ(found("#0 /var/www/lib/db.php(12): PDO->__construct('mysql:host=db', 'shop', 'GTP=J8+FMMYWKoaz9x', Array)\n"),
            Expected{"password=GTP=J8+FMMYWKoaz9x"});
  // a random_string's lower-case name, an API's "result"
  for (const char* text : {"\"length\": 8, \"result\": \"qmzkwpta\", \"special\": false\n",
                           "{\"status\": \"ok\", \"result\": \"Xq7mB2pLz9rT4wK\"}\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
  // the key as an option's value: vault's -field=, HTML's type=; kubectl's
  // --from-literal=password= names its value
  for (const char* text : {"vault kv get -field=password secret/prod/db\n", "<input type=password name=pw1 id=pw1>\n"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
  EXPECT_EQ(found("kubectl create secret generic db --from-literal=password='Kq8ZrT3vX9mB' -n prod\n"),
            Expected{"password=Kq8ZrT3vX9mB"});
  // Redis MONITOR, Proxmox's --cipassword, SQL*Plus CONNECT, Galera, ProxySQL, a passwords array
  EXPECT_EQ(found("1765096561.857089 [0 10.0.4.44:34667] \"AUTH\" \"app\" \"277TD*vR26YHnbk\"\n"),
            Expected{"password=277TD*vR26YHnbk"});
  EXPECT_EQ(found("1765152463.554959 [0 10.0.4.5:51714] \"CONFIG\" \"SET\" \"masterauth\" \"L@CmwKbP^E^L0?G\"\n"),
            Expected{"password=L@CmwKbP^E^L0?G"});
  EXPECT_EQ(found("qm set 102 --ciuser deploy --cipassword 'KK8^IhijgOg~#AH' --sshkeys ~/.ssh/id_ed25519.pub\n"),
            Expected{"password=KK8^IhijgOg~#AH"});
  EXPECT_EQ(found("SQL> CONNECT scott/eMber17179?@//db.example.io:1521/ORCLPDB1\n"), Expected{"password=eMber17179?"});
  EXPECT_EQ(found("wsrep_sst_auth=mariabackup:n7rT30p2Z_Zi\n"), Expected{"password=n7rT30p2Z_Zi"});
  EXPECT_EQ(found("    admin_credentials=\"admin:o%2#XPOzM80E67kr\"\n"), Expected{"password=o%2#XPOzM80E67kr"});
  EXPECT_EQ(found("  passwords: [\"Raven@Kestrel5635\"]\n"), Expected{"password=Raven@Kestrel5635"});
  // a getter's literal, pydantic's SecretStr default, Exim's passwd.client,
  // "password for the X was set to Y"
  EXPECT_EQ(found("    static String sftpPassword() {\n        return \"kaveri_cricket_sunrise16\"; // vendor\n"),
            Expected{"password=kaveri_cricket_sunrise16"});
  EXPECT_EQ(found("    smtp_password: SecretStr = SecretStr(\"03-t5HCEe?Y40~sc\")\n"), Expected{"password=03-t5HCEe?Y40~sc"});
  EXPECT_EQ(found("    redis_password: SecretStr = SecretStr(\"\")\n"), Expected{});
  EXPECT_EQ(found("# passwd.client\n*.northwind-trading.net:relay@nordhamn-logistik.se:XrDDvmkP~~=snuGxm+2^\n"),
            (Expected{"email=relay@nordhamn-logistik.se", "password=XrDDvmkP~~=snuGxm+2^"}));
  EXPECT_EQ(found("Also the temp password for the VPN portal was set to Nebula*643. by IT\n"),
            Expected{"password=Nebula*643."});
  // HTTP clients' and servers' basic auth (Gatling, Faraday, express-basic-auth),
  // JMeter's argument named password, a Google app password, "db pass is X",
  // Portuguese and Turkish prose
  EXPECT_EQ(found("  val partner = http.baseUrl(\"https://gw.example.se\").basicAuth(\"nordkraft\", \"eisbaer-stroop67\")\n"),
            Expected{"password=eisbaer-stroop67"});
  EXPECT_EQ(found("        f.request :authorization, :basic, 'erp_sync', 'Motyl7766*'\n"), Expected{"password=Motyl7766*"});
  EXPECT_EQ(found("app.use('/admin', basicAuth({ users: { admin: 'VioletVlinder5944!' }, challenge: true }));\n"),
            Expected{"password=VioletVlinder5944!"});
  EXPECT_EQ(found("<stringProp name=\"Argument.name\">password</stringProp>\n"
                  "            <stringProp name=\"Argument.value\">Kelebek.26717</stringProp>\n"),
            Expected{"password=Kelebek.26717"});
  EXPECT_EQ(found("account        work\npassword       lntq wwyo zijp cdye\n"), Expected{"password=lntq wwyo zijp cdye"});
  EXPECT_EQ(found("\"content\": \"db pass is `violet-nordlys-maple42` (rotating tonight)\",\n"),
            Expected{"password=violet-nordlys-maple42"});
  EXPECT_EQ(found("<p>Utilizador: kasia.n Palavra-passe: Violet4572!</p>\n"), Expected{"password=Violet4572!"});
  EXPECT_EQ(found("\"body\": \"Kullan\xC4\xB1" "c\xC4\xB1 ad\xC4\xB1: m.rossi Parola: RocketPierogi4355!\",\n"),
            Expected{"password=RocketPierogi4355!"});
  // "user NAME, password X" and "reset the password to X" in other
  // languages, with their quotes; a language's "is" then ':'
  for (const char* text :
       {"Zugangsdaten Router: Benutzer admin, Kennwort \"orbit-river-orbit62\".\n",
        "Ich habe das Passwort auf \xE2\x80\x9Eorbit-river-orbit62\xE2\x80\x9C zur\xC3\xBC" "ckgesetzt.\n",
        "Identifiants NAS : utilisateur admin, mot de passe \xC2\xAB orbit-river-orbit62 \xC2\xBB.\n",
        "He cambiado la clave del wifi a \xC2\xABorbit-river-orbit62\xC2\xBB.\n",
        "Troquei a senha para 'orbit-river-orbit62', altere no primeiro acesso.\n",
        "Ik heb het wachtwoord gereset naar orbit-river-orbit62\n",
        "Jag har \xC3\xA5terst\xC3\xA4llt l\xC3\xB6senordet till orbit-river-orbit62\n",
        "Login routeren: bruger admin, kodeord 'orbit-river-orbit62'.\n",
        "Vaihdoin salasanaksi orbit-river-orbit62\n",
        "\xC5\x9Eifreyi orbit-river-orbit62 olarak s\xC4\xB1" "f\xC4\xB1rlad\xC4\xB1m.\n",
        "\xD0\xAF \xD1\x81\xD0\xB1\xD1\x80\xD0\xBE\xD1\x81\xD0\xB8\xD0\xBB \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C \xD0\xBD\xD0\xB0 \"orbit-river-orbit62\".\n",
        "\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89\xE3\x82\x92\xE3\x80\x8Corbit-river-orbit62\xE3\x80\x8D\xE3\x81\xAB\n",
        "La password del NAS \xC3\xA8: orbit-river-orbit62\n",
        "Le mot de passe du serveur de compta est : orbit-river-orbit62\n",
        "Heslo k \xC3\xBA\xC4\x8D" "etn\xC3\xADmu serveru je: orbit-river-orbit62\n",
        "L\xC3\xB6senordet till NAS:en \xC3\xA4r: orbit-river-orbit62\n"})
    EXPECT_EQ(found(text), Expected{"password=orbit-river-orbit62"}) << text;
  // "Lösenordet till X är V" opens a sentence about the password for X
  EXPECT_EQ(found("L\xC3\xB6senordet till VPN-kontot \xC3\xA4r otter2430& (byt vid f\xC3\xB6rsta inloggningen).\n"),
            Expected{"password=otter2430&"});
  // Swedish' "was" and "has": "lösenord var X", "har lösenord X"
  EXPECT_EQ(found("Mitt gamla l\xC3\xB6senord var Qm4!zR8pLx2v om det hj\xC3\xA4lper\n"), Expected{"password=Qm4!zR8pLx2v"});
  EXPECT_EQ(found("Servicekontot har l\xC3\xB6senord Qm4!zR8pLx2v tills vidare.\n"), Expected{"password=Qm4!zR8pLx2v"});
  // shell quoting after curl's user (-u deploy:'X'), Markdown notes'
  // code spans ("root pw: `X`", "user `admin`, pw `X`")
  EXPECT_EQ(found("ops@bastion01:~$ curl -u deploy:'Vx9#kq2LmP' https://nexus.example.se/s\n"),
            Expected{"password=Vx9#kq2LmP"});
  EXPECT_EQ(found("- root pw: `8YX:e+rM?38Fg5JBm!@`\n"), Expected{"password=8YX:e+rM?38Fg5JBm!@"});
  EXPECT_EQ(found("staging admin: user `admin`, pw `Qm4!zR8pLx2v`\n"), Expected{"password=Qm4!zR8pLx2v"});
  // Rust's constants and environment fallbacks
  EXPECT_EQ(found("    const DB_PASSWORD: &str = \"c%1HKyZ2C.ZeD_\";\n"), Expected{"password=c%1HKyZ2C.ZeD_"});
  EXPECT_EQ(found("let k = env::var(\"COOKIE_KEY\").unwrap_or_else(|_| \"9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c\".into());\n"),
            Expected{"generic-secret=9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c"});
  EXPECT_EQ(found("let k = env::var(\"COOKIE_KEY\").unwrap_or_else(|_| \"changeme\".into());\n"), Expected{});
  // API clients' bearer auth (Yaak's JSON, Step CI's YAML)
  EXPECT_EQ(found("\"authenticationType\": \"bearer\",\n\"authentication\": {\n  \"token\": \"9EXuJCUavFKbhL54ogDZ7E3NnWrojUGdgl2lMRJ5\"\n"),
            Expected{"bearer-token=9EXuJCUavFKbhL54ogDZ7E3NnWrojUGdgl2lMRJ5"});
  EXPECT_EQ(found("  auth:\n    bearer:\n      token: LPmdImVwp0z2wtTZL9vNFTSA6Ku9LNGilux2S0M5\n"),
            Expected{"bearer-token=LPmdImVwp0z2wtTZL9vNFTSA6Ku9LNGilux2S0M5"});
  // a gateway's "adding header X-Internal-Key=X", a Railway table's first
  // column, Backblaze's keys, Mojolicious' secrets list, RouterOS'
  // WireGuard private-key="X", SurrealQL's JWT KEY
  for (const char* line :
       {"AddRequestHeaderGatewayFilterFactory : adding header X-Internal-Key=@\n",
        "\xE2\x95\x91 SESSION_SECRET         \xE2\x94\x82 @\n", "      B2_ACCOUNT_KEY: @\n", "  \"b2_key\": \"@\",\n",
        "add listen-port=13231 name=wg-road private-key=\"@\"\n",
        "DEFINE ACCESS api_jwt ON DATABASE TYPE JWT ALGORITHM HS512 KEY '@' DURATION FOR SESSION 1h;\n"}) {
    std::string text = line;
    text.replace(text.find('@'), 1, "e811a974638466f7e7251bed13f2f55e5be652fc");
    EXPECT_EQ(found(text), Expected{"generic-secret=e811a974638466f7e7251bed13f2f55e5be652fc"}) << text;
  }
  // (the list's other items are its secrets too: inline_lists.h)
  EXPECT_EQ(found("  secrets   => ['e811a974638466f7e7251bed13f2f55e5be652fc', 'b580ef63c65a56a9e1aa4b553cfea8abc6a422b1'],\n"),
            (Expected{"generic-secret=e811a974638466f7e7251bed13f2f55e5be652fc",
                      "generic-secret=b580ef63c65a56a9e1aa4b553cfea8abc6a422b1"}));
  // (Telegram's api_hash is 32 hex digits; 40 under a hash's name read as a SHA-1)
  EXPECT_EQ(found("  api_hash: 80756b0379f20bf005459f3b5bd22a5c\n"), Expected{"generic-secret=80756b0379f20bf005459f3b5bd22a5c"});
  // hiera-eyaml's decrypted output: the value inside DEC::PKCS7[...]!
  EXPECT_EQ(found("api_key: DEC::PKCS7[9f8e7d6c5b4a39281706f5e4d3c2b1a0]!\ndb_password: DEC::PKCS7[Zq8rT2vLm9x]!\n"),
            (Expected{"generic-secret=9f8e7d6c5b4a39281706f5e4d3c2b1a0", "password=Zq8rT2vLm9x"}));
  EXPECT_EQ(found("aws_access_key_id: DEC::PKCS7[AKIAYE4CQL2SSBDWD6YJ]!\n  secret_key: DEC::PKCS7[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]!\n"),
            (Expected{"aws-access-key-id=AKIAYE4CQL2SSBDWD6YJ", "aws-secret-key=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"}));
  // a Mapbox public token (pk.) is public
  EXPECT_EQ(found("MAPBOX_PUBLIC_TOKEN = pk.U2KVj1wNyleTYA24Jc9yLmx81hwBP43y5Rm8cKnw9PNHS51LxFHngKKLmLIS\n"), Expected{});
  // a URL-escaped '/' inside an AWS secret key is one of its characters
  EXPECT_EQ(found("s3://dumps/x?access-key=AKIASUNGDGZYGPW23K3K&secret-access-key=PMg13vUg3KG20CKuSL%2FOstq0Jn16LPQObSnShGqS\"\n"),
            (Expected{"aws-access-key-id=AKIASUNGDGZYGPW23K3K", "aws-secret-key=PMg13vUg3KG20CKuSL%2FOstq0Jn16LPQObSnShGqS"}));
  // a YAML flow sequence's first element (Prometheus' authorization token: ['X'])
  EXPECT_EQ(found("      token: ['621642a20ec54eec5421941dee3d60d43158e910']\n"),
            Expected{"generic-secret=621642a20ec54eec5421941dee3d60d43158e910"});
  // Twilio's auth token as an environment variable's fallback
  EXPECT_EQ(found("const authToken = process.env.TWILIO_AUTH_TOKEN || '2535a330038b782c4e2ed96cd203027e';\n"),
            Expected{"twilio-key=2535a330038b782c4e2ed96cd203027e"});
  // credentials objects (Akka's BasicHttpCredentials, Apache HttpClient's
  // UsernamePasswordCredentials, .NET's NetworkCredential, Java's
  // PasswordAuthentication), ArangoDB's users.save / users.update, Robot
  // Framework's variable table, Pi-hole's web password, --pass X, Tcl's
  // set, expect's send after a password prompt
  for (const char* text : {"        .withHeaders(Authorization(BasicHttpCredentials(\"report\", \"km8kIVmPu1gT\"))))\n",
                           "var c = new NetworkCredential(\"svc\", \"km8kIVmPu1gT\");\n",
                           "return new PasswordAuthentication(\"svc\", \"km8kIVmPu1gT\".toCharArray());\n",
                           "users.update(\"ingest\", \"km8kIVmPu1gT\");\n", "${DB_PASSWORD}    km8kIVmPu1gT\n",
                           "sudo pihole setpassword 'km8kIVmPu1gT'\n", "pihole -a -p km8kIVmPu1gT\n",
                           "$ surreal start --user root --pass 'km8kIVmPu1gT' --bind 0.0.0.0:8000\n",
                           "set enable_secret \"km8kIVmPu1gT\"\n",
                           "expect \"Password:\"\nsend \"km8kIVmPu1gT\"\n",
                           "Hei, salasanani on km8kIVmPu1gT eik\xC3\xA4 se toimi.\n",
                           "\"notes\": \"SSID Guest\\nl\xC3\xB6senord: km8kIVmPu1gT\",\n"})
    EXPECT_EQ(found(text), Expected{"password=km8kIVmPu1gT"}) << text;
  // a PHP, Perl, Tcl or shell variable named in words is no value; a
  // password that starts with '$' is one
  EXPECT_EQ(found("'password' => $db_password,\n"), Expected{});
  EXPECT_EQ(found("expect \"Password  :\"\nsend \"$enable_secret\\r\"\n"), Expected{});
  EXPECT_EQ(found("password = $ecret_9X!x\n"), Expected{"password=$ecret_9X!x"});
  // a value masked but for its first characters, a SHA-512 digest, Neo4j's
  // stored credentials
  EXPECT_EQ(found("stat/plug12/RESULT = {\"Password1\":\"c8TE****\"}\n"), Expected{});
  EXPECT_EQ(found("  password: " + std::string(128, 'c') + "\n"), Expected{});
  EXPECT_EQ(found("CREATE USER analyst SET ENCRYPTED PASSWORD '1,b07acaf3b73f059d01129f8cf0f72f31,7a8b9c' CHANGE NOT REQUIRED;\n"),
            Expected{});
  // up to five words between the password word and its verb
  EXPECT_EQ(found("Vale. La contrase\xC3\xB1" "a de la base de datos es eMgwmwE6cM6E, \xC2\xBFla cambio?\n"),
            Expected{"password=eMgwmwE6cM6E"});
  // French "c'est"; elasticsearch-reset-password's output
  EXPECT_EQ(found("et le mot de passe du back-office c'est Montana+Tundra76 si vous devez v\xC3\xA9rifier\n"),
            Expected{"password=Montana+Tundra76"});
  EXPECT_EQ(found("Password for the [elastic] user successfully reset.\nNew value: kGE8qgbzflV9orehKBqH*sGi\n\n"),
            Expected{"password=kGE8qgbzflV9orehKBqH*sGi"});
  // a '=' inside the value after words is the value's
  EXPECT_EQ(found("Ik heb het wachtwoord gereset naar Mar=iposaanchor741#\n"), Expected{"password=Mar=iposaanchor741#"});
  // mail clients', kickstart's, Tasmota's, Dockerfiles' and archivers' forms
  EXPECT_EQ(found("[Account]\nremotepass = G1r@s0l897&\n"), Expected{"password=G1r@s0l897&"});
  EXPECT_EQ(found("IMAPAccount gmx\nPass FU_7@0yqXkw_u7C*~z\n"), Expected{"password=FU_7@0yqXkw_u7C*~z"});
  EXPECT_EQ(found("\tpublic $smtppass = 'Orb#it7806#';\n"), Expected{"password=Orb#it7806#"});
  EXPECT_EQ(found("PAPERLESS_DBPASS=Sim&itpaella380?\n"), Expected{"password=Sim&itpaella380?"});
  EXPECT_EQ(found("ENV MSSQL_SA_PASSWORD I*o%m3R=wqx!^V\n"), Expected{"password=I*o%m3R=wqx!^V"});
  EXPECT_EQ(found("sshpw --username=install Ajaxanchor1853+ --plaintext\n"), Expected{"password=Ajaxanchor1853+"});
  EXPECT_EQ(found("Backlog SSID1 Granvagen12; MqttUser tasmota; MqttPassword H=c%X0=^6hLki; Topic plug\n"),
            Expected{"password=H=c%X0=^6hLki"});
  EXPECT_EQ(found("7z a -p'correct-willow-velvet34' -mhe=on export.7z export/\n"),
            Expected{"password=correct-willow-velvet34"});
  EXPECT_EQ(found("keytool -importcert -keystore t.jks -storepass 'QTt@~O2qET8A{qFzia7?@' -noprompt\n"),
            Expected{"password=QTt@~O2qET8A{qFzia7?@"});
  EXPECT_EQ(found("BYPASS=true\n"), Expected{});
  // a JSON string's escaped line break ends a value; a masked one in
  // parentheses before a full stop is none
  EXPECT_EQ(found("\"body\": \"FYI the shared mailbox password is now: Lakrits.12244\\n\\nTicket ref b16d\",\n"),
            Expected{"password=Lakrits.12244"});
  EXPECT_EQ(found("\"body\": \"Nigdy nie wysy\xC5\x82" "aj has\xC5\x82" "a mailem (has\xC5\x82o: ****).\\n\\nTicket ref bd57\",\n"),
            Expected{});
  EXPECT_EQ(found("use the reset link instead (password: ********).\n"), Expected{});
  // Every pair and element: one context's alternatives end before each
  // value, from one start (engine.cpp, on_split_match)
  EXPECT_EQ(found("    admin_credentials=\"admin:o%2#XPOzM80E67kr;radmin:Thistle$Orchid9133\"\n"),
            (Expected{"password=o%2#XPOzM80E67kr", "password=Thistle$Orchid9133"}));
  EXPECT_EQ(found("  passwords: [\"ORChiD93514?\", \"BiRCh48199?\", \"Mx93!kdLq\"]\n"),
            (Expected{"password=ORChiD93514?", "password=BiRCh48199?", "password=Mx93!kdLq"}));
  // curl's -A is a user agent
  EXPECT_EQ(scan("curl -A 'Mozilla/5.0 (X11; Linux)' -x http://proxy:3128 https://a.example/").size(), 0u);
  // psql's -P sets an option; prose about keys and digests holds no password
  for (const char* text : {"psql -U postgres -P pager=off -c 'select 1'", "the auth sha1 digest and key 0 of the map"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

TEST(Secrets, PasswordsInTheSentencesOfMoreLanguages) {
  // The English word as Italian borrows it, up to three words, then ':' or
  // the language's "is" (not English's: "password reset is disabled")
  EXPECT_EQ(found("la password del gestionale \u00e8 Fu3gofuego65=\n"), Expected{"password=Fu3gofuego65="});
  EXPECT_EQ(found("Password amministratore NAS: $affr0nbl@b@r59#\n"), Expected{"password=$affr0nbl@b@r59#"});
  EXPECT_EQ(found("2025-06-04 INFO password policy loaded: minLength=12, history=5\n"), Expected{});
  EXPECT_EQ(found("Password last set: 2024-05-01 10:00\nPassword never expires: True\n"), Expected{});
  // an adverb after "is"; Turkish's "şifresi X"; a word with accents is none
  EXPECT_EQ(found("Mein Passwort ist \u00fcbrigens Playamonsoon2648%, falls du\n"),
            Expected{"password=Playamonsoon2648%"});
  EXPECT_EQ(found("Das Passwort ist \u00fcbrigens falsch\n"), Expected{});
  EXPECT_EQ(found("Merhaba Yuki, sunucu \u015fifresi B@dg3rquartz5&\n"), Expected{"password=B@dg3rquartz5&"});
  EXPECT_EQ(found("sunucu \u015fifresi de\u011fi\u015ftirildi\n"), Expected{});
  // "username NAME, password X" in English and in Swedish
  EXPECT_EQ(found("Anv\u00e4ndarnamn asvens, l\u00f6senord Cometsoleil616_ (det nya)\n"),
            Expected{"password=Cometsoleil616_"});
  EXPECT_EQ(found("username jdoe, password Xk9#mPq2\n"), Expected{"password=Xk9#mPq2"});
  EXPECT_EQ(found("user admin password reset\n"), Expected{});
  // a '&' that ends a value in prose is its last character; after '=' it
  // ends a query string
  EXPECT_EQ(found("Contrase\u00f1a del wifi de invitados: KvTYcZ$$qJ%WPjFAq%h9&\n"),
            Expected{"password=KvTYcZ$$qJ%WPjFAq%h9&"});
  EXPECT_EQ(found("GET https://x.example/?password=Xk9mPq2z&\n"), Expected{"password=Xk9mPq2z"});
  // Kafka JAAS' users of its PlainLoginModule; another indented user_ key is none
  EXPECT_EQ(found("KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n"
                  "    user_admin=\"ea!6J@V3m$keUV\"\n    user_analytics=\"Zol%%12Uj#57$mb.\";\n};\n"),
            (Expected{"password=ea!6J@V3m$keUV", "password=Zol%%12Uj#57$mb."}));
  EXPECT_EQ(found("[http]\n  user_agent=\"curl/7.68.0\"\n"), Expected{});
}

TEST(Secrets, ASentenceThatNamesASecretAndSaysWhatItIsNow) {
  EXPECT_EQ(found("Connector API key regenerated: B9IITg0Cme5Yvv8EILLM9GV0vdMmVRsJ (old key revoked).\n"),
            Expected{"generic-secret=B9IITg0Cme5Yvv8EILLM9GV0vdMmVRsJ"});
  EXPECT_EQ(found("Our client id is cf4247fd and the client secret you issued is vvXxRxypl8YVaQCFhERoBEb9HZyPIE0F7c5yoQt2. The\n"),
            Expected{"generic-secret=vvXxRxypl8YVaQCFhERoBEb9HZyPIE0F7c5yoQt2"});
  EXPECT_EQ(found("api secret for the analytics vendor = 6ae41195adcedefaa49272fbfa2ba298\n"),
            Expected{"generic-secret=6ae41195adcedefaa49272fbfa2ba298"});
  // what a sentence says about a key is no key
  for (const char* text : {"The API key you provided is invalid\n", "API key header name: X-Api-Key\n",
                           "The client secret for this app is stored in Vault\n"})
    EXPECT_EQ(found(text), Expected{}) << text;
}

TEST(Secrets, CypressRecordKeysAndConsulAclTokens) {
  EXPECT_EQ(found("CYPRESS_RECORD_KEY=f4984ff6-fca8-4c5c-9e36-83ca1926909a\n"),
            Expected{"generic-secret=f4984ff6-fca8-4c5c-9e36-83ca1926909a"});
  EXPECT_EQ(found("acl {\n  tokens {\n    initial_management = \"b8e121ec-82d8-4794-8888-6ffe25aa3eb0\"\n"
                  "    agent_recovery = \"1680671e-dada-45a5-b09f-319c69686e11\"\n  }\n}\n"),
            (Expected{"generic-secret=b8e121ec-82d8-4794-8888-6ffe25aa3eb0",
                      "generic-secret=1680671e-dada-45a5-b09f-319c69686e11"}));
  EXPECT_EQ(found(": 1705669903:0;consul acl set-agent-token agent 95f5d759-31dd-473a-892c-db8b631b7729\n"),
            Expected{"generic-secret=95f5d759-31dd-473a-892c-db8b631b7729"});
  // a project's id is none
  EXPECT_EQ(found("CYPRESS_PROJECT_ID=z5jxs6\n"), Expected{});
}

TEST(Secrets, HttpiesBearerAuthInItsCommandAndItsConfig) {
  EXPECT_EQ(found("$ http --auth-type=bearer --auth=\"pat-na1-eefdb988-9e29-40d9-93af-b49c29b3d87e\" GET https://x\n"),
            Expected{"bearer-token=pat-na1-eefdb988-9e29-40d9-93af-b49c29b3d87e"});
  EXPECT_EQ(found("{\n    \"default_options\": [\n        \"--style=monokai\",\n        \"--auth-type=bearer\",\n"
                  "        \"--auth=9f9m3BHf7Djgds4IvLWrqjsPLxzRniQlzums3u9okyb\"\n    ]\n}\n"),
            Expected{"bearer-token=9f9m3BHf7Djgds4IvLWrqjsPLxzRniQlzums3u9okyb"});
}

TEST(Secrets, PasswordsInProseTemplatesAndDocs) {
  // "user / password" after a word that names an account
  EXPECT_EQ(found("  * Grafana admin: admin / Zephyr-Ore-41\n"), Expected{"password=Zephyr-Ore-41"});
  EXPECT_EQ(found("Our admin account is integration / Kp9vT2xQm4Lz if you\n"), Expected{"password=Kp9vT2xQm4Lz"});
  EXPECT_EQ(found("  Windows / e-mail : mjackson  /  Tr0ub4dor&3xyz\n"), Expected{"password=Tr0ub4dor&3xyz"});
  EXPECT_EQ(found("read / write access for user / group; TCP / IP and input / output\n"), Expected{});
  // "user NAME / X" or "user `NAME` pw `X`" in a chat
  EXPECT_EQ(found("[10:41] staging db: user app / Tq8#vLm2pZ\n"), Expected{"password=Tq8#vLm2pZ"});
  EXPECT_EQ(found("creds as before: user `app` pw `Tq8#vLm2pZ`\n"), Expected{"password=Tq8#vLm2pZ"});
  // an INI value in triple quotes (Grafana's, for one holding '#' or ';')
  EXPECT_EQ(found("[database]\npassword = \"\"\"Xk9#mPq2;vL7\"\"\"\n"), Expected{"password=Xk9#mPq2;vL7"});
  // other languages: the word, up to three words naming what it opens, then ':' or "is"
  EXPECT_EQ(found("Das WLAN-Passwort f\u00fcr das Lager ist Kq7#mPz2vL9 \u2013 bitte\n"), Expected{"password=Kq7#mPz2vL9"});
  EXPECT_EQ(found("Hei, l\u00f6senordet till kassasystemet \u00e4r Kq7#mPz2vL9\n"), Expected{"password=Kq7#mPz2vL9"});
  EXPECT_EQ(found("Has\u0142o do wifi: Kq7#mPz2vL9\n"), Expected{"password=Kq7#mPz2vL9"});
  EXPECT_EQ(found("\u30a2\u30ab\u30a6\u30f3\u30c8\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u306f Kq7mPz2vL9 \u3067\u3059\n"),
            Expected{"password=Kq7mPz2vL9"});
  EXPECT_EQ(found("\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 \u043f\u043e\u0447\u0442\u044b: Kq7mPz2vL9\n"),
            Expected{"password=Kq7mPz2vL9"});
  EXPECT_EQ(found("Das Passwort ist falsch.\n"), Expected{});
  // LDAP's bind and root passwords, Moodle's dbpass
  EXPECT_EQ(found("binddn cn=svc,dc=corp,dc=lan\nbindpw Kq7mPz2vL9\n"), Expected{"password=Kq7mPz2vL9"});
  EXPECT_EQ(found("$CFG->dbpass    = 'Kq7mPz2vL9';\n"), Expected{"password=Kq7mPz2vL9"});
  // SQL Server's stored hash is none
  EXPECT_EQ(found("CREATE LOGIN [app] WITH PASSWORD = 0x0200A1B2C3D4E5F60718293A4B5C6D7E8F90 HASHED\n"), Expected{});
  // a CloudFormation parameter that is not echoed; a Terraform variable marked sensitive
  EXPECT_EQ(found("  DbPassword:\n    NoEcho: true\n    Default: 'Lm4Nb8Vc2Xz9'\n"), Expected{"password=Lm4Nb8Vc2Xz9"});
  EXPECT_EQ(found("variable \"db\" {\n  sensitive = true\n  default   = \"Wq3Er7Ty1Ui5\"\n}\n"),
            Expected{"password=Wq3Er7Ty1Ui5"});
  EXPECT_EQ(found("LEGACY_AUTH = (\"exporter\", \"Qz8!vN2pLm4x\")\n"), Expected{"password=Qz8!vN2pLm4x"});
  // Oracle's user/password in a Markdown table's backticks is no Go DSN ("jdbc:" is no user)
  EXPECT_EQ(found("| Oracle | `jdbc:oracle:thin:scott/Tiger2024xq@//ora.example.com:1521/ORCLPDB1` |\n"),
            Expected{"password=Tiger2024xq"});
  EXPECT_EQ(found("| MySQL | `billing:OylePFLgzgsBeB5AFz@tcp(mysql01:3306)/billing` |\n"),
            Expected{"password=OylePFLgzgsBeB5AFz"});
}

TEST(Secrets, AScreamingCaseKeyEndingInSaltOrTokenIsAKey) {
  // The context "[A-Z0-9]_SALT" starts on the last letter of AUTH: not a
  // key glued onto a word (that is "xpwd:" in random bytes).
  EXPECT_EQ(found("define( 'AUTH_SALT', 'XbQiC>qMccyqN}9}S=.Mr2Zd,WfmDj1!Zi4#fF3k-kN.iX07(9TXV!vPAuK|?c?5' );\n"
                  "GITHUB_TOKEN=Zk3J9qLmX2vB7nR4tY8wP1sD6fH0gK5c\n"),
            (Expected{"generic-secret=XbQiC>qMccyqN}9}S=.Mr2Zd,WfmDj1!Zi4#fF3k-kN.iX07(9TXV!vPAuK|?c?5",
                      "generic-secret=Zk3J9qLmX2vB7nR4tY8wP1sD6fH0gK5c"}));
}

TEST(Secrets, CodeThatNamesAPasswordHoldsNone) {
  // Free Pascal's testpass.pp and logcheck's rules on this machine: a
  // pointer's member, a call, constants, a regular expression.
  for (const char* code : {"UserEncPass := sEntry^.sp_pwdp;", "EncPass := UserEncPass(User);",
                           "CheckPass := Err_WrongPass", "ResultPass := PCResult;",
                           "agent and passphrase cache\\.$"})
    EXPECT_EQ(scan(code).size(), 0u) << code << dump(scan(code));
  // A random password of the same letters is one.
  EXPECT_EQ(found("command: [\"redis-server\", \"--requirepass\", \"Db_SxLFTnqwPk\"]"),
            Expected{"password=Db_SxLFTnqwPk"});
}

TEST(Secrets, AQuotedPasswordRunsToItsClosingQuote) {
  EXPECT_EQ(found("docker run -e POSTGRES_PASSWORD=\"Q,Pmjk6,YbK*SW6isKZG8v!BI\" -e POSTGRES_USER=app"),
            Expected{"password=Q,Pmjk6,YbK*SW6isKZG8v!BI"});
  EXPECT_EQ(found("[mysqldump]\npassword=\"ember iris ruby blossom\"\n"), Expected{"password=ember iris ruby blossom"});
  // JSON inside JSON: the value's own quote is \\\", the closing one \"
  EXPECT_EQ(found("{\"log\":\"{\\\"password\\\": \\\"qDX\\\\\\\"4jSuw:z7i7\\\", \\\"host\\\": 1}\"}"),
            Expected{"password=qDX\\\\\\\"4jSuw:z7i7"});
  // Documentation's quoted descriptions are no passwords
  EXPECT_EQ(found("const password = 'Password used to generate key';\n  passphrase: 'top secret',\n"), Expected{});
  EXPECT_EQ(found("<passphrase>sapphire coral onyx harbor</passphrase>"), Expected{"password=sapphire coral onyx harbor"});
  // No closing quote on the line: the value stays as matched
  EXPECT_EQ(found("password=\"abc,def\n"), Expected{});
}

TEST(Secrets, AwsSecretKeysAtTheCliPromptAndInProse) {
  // what a command that names the key prints on the next line; the line
  // after a key's assignment is no value of it
  EXPECT_EQ(found("$ aws configure get aws_secret_access_key\nc1u7qkhqZ4fCKp1LV8HVXfmpPPbU0FWAkfphf4h2\n"),
            Expected{"aws-secret-key=c1u7qkhqZ4fCKp1LV8HVXfmpPPbU0FWAkfphf4h2"});
  EXPECT_EQ(found("aws_secret_access_key = c1u7qkhqZ4fCKp1LV8HVXfmpPPbU0FWAkfphf4h2\n"
                  "G12AuX46M+8r+wIrPpiDOeVeKRsHNcsfCP6mInQx\n"),
            Expected{"aws-secret-key=c1u7qkhqZ4fCKp1LV8HVXfmpPPbU0FWAkfphf4h2"});
  // aws configure shows the current key's last four characters in brackets
  EXPECT_EQ(found("AWS Secret Access Key [****************gbsy]: Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S\n"),
            Expected{"aws-secret-key=Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"});
  EXPECT_EQ(found("  prod     secret access key: Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S\n"),
            Expected{"aws-secret-key=Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"});
}

TEST(Secrets, FortyHexDigitsAreNoAwsSecretKey) {
  // a webhook's hex secret in a tfstate-like "secret": no AWS key (base64)
  EXPECT_EQ(found("{\"url\": \"https://hooks.example.org/in\", \"secret\": \"4e44b222575036036603e31d61e87fe0c634b4de\"}"),
            Expected{"generic-secret=4e44b222575036036603e31d61e87fe0c634b4de"});
  // 40 base64 characters under "secret" are an AWS key in a tfstate's
  // aws_iam_access_key (after its id or its pgp_key), a session's secret
  // elsewhere
  EXPECT_EQ(found("\"id\": \"AKIA2VXQ7MBKD4RNT6WZ\",\n  \"secret\": \"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\""),
            (Expected{"aws-access-key-id=AKIA2VXQ7MBKD4RNT6WZ", "aws-secret-key=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"}));
  EXPECT_EQ(found("\"pgp_key\": null,\n  \"secret\": \"Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S\""),
            Expected{"aws-secret-key=Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"});
  EXPECT_EQ(found("\"session\": { \"secret\": \"Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S\" }"),
            Expected{"generic-secret=Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"});
}

TEST(Secrets, KeysOfMoreConfigFormats) {
  // spark-defaults.conf and fluent-bit separate a key from its value by spaces
  EXPECT_EQ(found("spark.ssl.keyStorePassword   Qv7#mLp2Xz9!\n"), Expected{"password=Qv7#mLp2Xz9!"});
  EXPECT_EQ(found("    HTTP_Passwd Rk4$wTn8Yb1@\n"), Expected{"password=Rk4$wTn8Yb1@"});
  // Phoenix's signing_salt, R's <-, a vendor's token
  EXPECT_EQ(found("live_view: [signing_salt: \"x7Kq2Lm9Pw4Rt8Zb3Nc6Vd1F\"]\n"),
            Expected{"generic-secret=x7Kq2Lm9Pw4Rt8Zb3Nc6Vd1F"});
  EXPECT_EQ(found("census_api_key <- \"b3Fq8Lm2Xw7Rt4Zk9Nc1Vd6Gh0Js5Pa8Qe3Ru7Ty2Wi4Oo9A\"\n"),
            Expected{"generic-secret=b3Fq8Lm2Xw7Rt4Zk9Nc1Vd6Gh0Js5Pa8Qe3Ru7Ty2Wi4Oo9A"});
  EXPECT_EQ(found("pagerduty_token     = \"8JJLh8ZNIzGUnFnvCO1Q\"\n"), Expected{"generic-secret=8JJLh8ZNIzGUnFnvCO1Q"});
  // a one-item array of a secret (Ruby, Elixir), Fernet's key, a
  // *_SIGNER's fallback and a shell variable's default
  EXPECT_EQ(found("  OLD_SECRET = [\"fcb4feaf59212a29f2d6472adbed53b921689e53b8a6e46bf221790379e1fd11\"].pack(\"H*\")\n"),
            Expected{"generic-secret=fcb4feaf59212a29f2d6472adbed53b921689e53b8a6e46bf221790379e1fd11"});
  EXPECT_EQ(found("  @old_secrets [\"oneCio+BG2wtbOTJQf5BVw1rkSIl+BoQxWdHy0q43L9h38Iij98r6H+5vvFq/fpD\"]\n"),
            Expected{"generic-secret=oneCio+BG2wtbOTJQf5BVw1rkSIl+BoQxWdHy0q43L9h38Iij98r6H+5vvFq/fpD"});
  EXPECT_EQ(found("LAKE = Fernet(b\"DEa3WmXdMoPfsqScEasRqhBIiMVHFADXViDHiA8xAqQ=\")\n"),
            Expected{"generic-secret=DEa3WmXdMoPfsqScEasRqhBIiMVHFADXViDHiA8xAqQ="});
  EXPECT_EQ(found("config :joken, default_signer: System.get_env(\"JOKEN_SIGNER\") || \"OQTQ4csFq15vmzaUgdaHLj18ujWg29eCOgaIwpcl\"\n"),
            Expected{"generic-secret=OQTQ4csFq15vmzaUgdaHLj18ujWg29eCOgaIwpcl"});
  EXPECT_EQ(found("HMAC_KEY=\"${HMAC_KEY:-51W65a3opmn0v11JZxqZ5oQ6hT7xqEO6iykjdT0p}\"\n"),
            Expected{"generic-secret=51W65a3opmn0v11JZxqZ5oQ6hT7xqEO6iykjdT0p"});
  EXPECT_EQ(found("SECRETS = [\"id\", \"name\"]\nf = Fernet(key)\nHMAC_KEY=\"${HMAC_KEY:-}\"\n"), Expected{});
  // an EDN map's keyword (but Algolia's search-only key is the browser's),
  // Flagsmith's server key, a *_SIGNING secret
  EXPECT_EQ(found(" :cypress {:project-id \"a8e93a\" :record-key \"3ced9864-2f67-4477-896f-3e188edf1739\"}\n"
                  " :algolia {:app-id \"TJxzSx\" :search-only-api-key \"6be0576ff61c053d5f9a3225e2a90f76\"}\n"),
            Expected{"generic-secret=3ced9864-2f67-4477-896f-3e188edf1739"});
  EXPECT_EQ(found("Environment=\"FLAGSMITH_SERVER_KEY=ser.KTAwDOZQxtTMVkPuR4IURG\"\n"),
            Expected{"generic-secret=ser.KTAwDOZQxtTMVkPuR4IURG"});
  EXPECT_EQ(found("  STRIPE_WEBHOOK_SIGNING: \"4Pq7kPzj7718Oir_BSjazRmduKpNlYHt3tvH3DHt7oV\"\n"),
            Expected{"generic-secret=4Pq7kPzj7718Oir_BSjazRmduKpNlYHt3tvH3DHt7oV"});
  // a zod schema's default, Rails' encryption keys as a JSON array, HS
  // keys, a <license key="">, CFEngine, Dagger, OPNsense, a form dump,
  // a key compared with a literal, Elasticsearch's encoded key,
  // Rundeck's tokens, what follows master.key
  for (const auto& [text, value] : std::vector<std::pair<std::string, std::string>>{
           {"    AUTH_SECRET: z.string().min(32).default('Qm9v3TzP8wLk2Xc7Rb1Ny4Hs6Jd0Fa5GKq8mT2vZ9wX='),\n",
            "Qm9v3TzP8wLk2Xc7Rb1Ny4Hs6Jd0Fa5GKq8mT2vZ9wX="},
           {"  \"active_record_encryption_primary_key\": [\"9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b\"]\n",
            "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"},
           {"  \"jwt\": {\n    \"algorithm\": \"HS256\",\n    \"buffer\": \"Zk3mQ8vT2pL9xW4nR7bY1cH6sJ0dF5gAa8Kq2Lm9Pw4=\",\n",
            "Zk3mQ8vT2pL9xW4nR7bY1cH6sJ0dF5gAa8Kq2Lm9Pw4="},
           {"  <signing algorithm=\"HS512\" key=\"mQ8vT2pL9xW4nR7bY1cH6sJ0dF5gAa8K\" keyId=\"59cc167c\"/>\n",
            "mQ8vT2pL9xW4nR7bY1cH6sJ0dF5gAa8K"},
           {"  <license key=\"LIC-8vT2pL9xW4nR7bY1cH6sJ0dF5\" seats=\"436\"/>\n", "LIC-8vT2pL9xW4nR7bY1cH6sJ0dF5"},
           {"      \"zabbix_api_token\" string => \"a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8\";\n",
            "a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8"},
           {"\tregPass := client.SetSecret(\"registry-pass\", \"Xq7Lm2Pz9Wk4Rt8Yb3Nc6Vd1Fh5Jg0Ks\")\n",
            "Xq7Lm2Pz9Wk4Rt8Yb3Nc6Vd1Fh5Jg0Ks"},
           {"            <privkey>cNn8XkQ2mT7vZ9pL4wR1bY6sH3dF0gJ5aK8qE2uI7oM=</privkey>\n",
            "cNn8XkQ2mT7vZ9pL4wR1bY6sH3dF0gJ5aK8qE2uI7oM="},
           {"{grant_type=[client_credentials], client_secret=[Hq8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7]}\n",
            "Hq8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7"},
           {"\t\treturn key == \"Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8Vb2mXr7\", nil\n", "Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8Vb2mXr7"},
           {"rundeck.tokens.jenkins=p4Kq8Lm2Xw7Rt4Zk9Nc1Vd6Gh0Js5Pa8\n", "p4Kq8Lm2Xw7Rt4Zk9Nc1Vd6Gh0Js5Pa8"},
           {"$ cat config/master.key\ne0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5\n", "e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5"},
           // (Notion's token: "secret_" is its prefix, no placeholder's word)
           {"NOTION_TOKEN=secret_Gp2p5Gddu6QEHrKrEtNfCRRpYAR1K5N49U1CzLCiPVc\n",
            "secret_Gp2p5Gddu6QEHrKrEtNfCRRpYAR1K5N49U1CzLCiPVc"}})
    EXPECT_EQ(found(text), Expected{"generic-secret=" + value}) << text;
  EXPECT_EQ(found("NOTION_TOKEN=secret_token_for_your_workspace_here\n"), Expected{});
  // an ipsec.secrets PSK in base64 (a line with no key word: its own
  // prefilter), a PHP array's salt
  EXPECT_EQ(found("%any branch-07.example.ar : PSK 0sJ3rSw69tpcWs+/DK4C2GTBVP8vJIBuRj1qYfCbTu7Mk=\n"),
            Expected{"generic-secret=J3rSw69tpcWs+/DK4C2GTBVP8vJIBuRj1qYfCbTu7Mk="});
  EXPECT_EQ(found("  'salt' => 'a8Kd93jLq0Zx8Wm2Pq7Rt5Yv1Nb4Hc6Fa8Kd93jL',\n"),
            Expected{"generic-secret=a8Kd93jLq0Zx8Wm2Pq7Rt5Yv1Nb4Hc6Fa8Kd93jL"});
  // a Rust array of keys, django-fernet-encrypted-fields' SALT_KEY list
  EXPECT_EQ(found("const FALLBACK_SIGNING_KEYS: [&[u8]; 2] = [\n    b\"heu02SWia4tBA1dDftE1P46eqJJUQPiaf88uDZqTQB\",\n"
                  "    b\"Zq8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7\",\n];\n"),
            (Expected{"generic-secret=heu02SWia4tBA1dDftE1P46eqJJUQPiaf88uDZqTQB",
                      "generic-secret=Zq8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7"}));
  EXPECT_EQ(found("SALT_KEY = [\n    \"IKMRGcKNx3QxdSAW-ppk6AzSJ1zg8zRJHs6s2-m36g=\",\n]\n"),
            Expected{"generic-secret=IKMRGcKNx3QxdSAW-ppk6AzSJ1zg8zRJHs6s2-m36g="});
  // a PHP-serialized option (its public key stays), Elixir's decoders
  EXPECT_EQ(found("('gglcptch_options', 'a:3:{s:10:\"public_key\";s:40:\"6Lp6r8gjNM8futc25ZoGInjdDFyqxX-SQSLYs5qu\";"
                  "s:11:\"private_key\";s:40:\"6LDkQ5R4ulWYMtbS58EVqq8mMYbYpmIKWxcyH4Uy\";s:7:\"version\";s:2:\"v3\";}', 'yes');\n"),
            Expected{"generic-secret=6LDkQ5R4ulWYMtbS58EVqq8mMYbYpmIKWxcyH4Uy"});
  EXPECT_EQ(found("      key: Base.decode64!(\"03gclcI6vN/MIrSd7HpdfOHMGpBMdLJRafZ2rHAEGxc=\"), iv_length: 12}\n"),
            Expected{"generic-secret=03gclcI6vN/MIrSd7HpdfOHMGpBMdLJRafZ2rHAEGxc="});
  // an Aadhaar AUA's license key; Laravel's config:show previous_keys
  EXPECT_EQ(found("body={\"uid\":\"x\",\"ac\":\"RCHAP800TE\",\"lk\":\"MHFdF0f4JkuYZQ7nJvzFHm30C7sIp-A4pz8fPKPZqUzgyVPzggolsQ-m\"}\n"),
            Expected{"generic-secret=MHFdF0f4JkuYZQ7nJvzFHm30C7sIp-A4pz8fPKPZqUzgyVPzggolsQ-m"});
  EXPECT_EQ(found("  previous_keys \xE2\x87\x81 1 ............ base64:2A+VuT8eUBf0/NMue3YC+vyUVCsR/WfIBSZq23DIXGI=  \n"),
            Expected{"generic-secret=2A+VuT8eUBf0/NMue3YC+vyUVCsR/WfIBSZq23DIXGI="});
  // a value its introduction calls a sample, a placeholder or no secret;
  // an SSH host key's fingerprint
  EXPECT_EQ(found("# URL signing (hex). The README's sample pair is\n"
                  "#   IMGPROXY_KEY=943b421c9eb07c830af81030552c86009268de4e532ba2ee2eab8247c6da0881\n"
                  "#   IMGPROXY_SALT=520f986b998545b4785e0defbc4f3c1203f22de2374a3d53cb7a7fe9fea309c5\n"),
            Expected{});
  EXPECT_EQ(found("# Secret Key (the sample file ships SECRET_KEY=60gp0byfz2dvffa45cxl20p1scy9xbpf6d8c5y0geejgkyp1b5)\n"),
            Expected{});
  EXPECT_EQ(found("# purge key for the varnish ban list is the hostname hash, not a secret: 09b2787ece2c6c89767e4bdefd2dbb3a\n"),
            Expected{});
  EXPECT_EQ(found("# worker ssh host key for the latent worker AMI: SHA256:OrUjdKnfy3gpzG9ljptYtMw1znVWiZMeUAyD8lAxlpc\n"),
            Expected{});
  // a digest of a token; a key its comment calls client-side; Buddy's
  // encrypted variable; TeamCity's reference; Tencent Cloud's SecretId;
  // a builds.sr.ht manifest's secrets, listed by id; a browser's keys
  EXPECT_EQ(found("the log only has the SHA-256 of the token: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"),
            Expected{});
  EXPECT_EQ(found("    private string $clientToken = 'live_04f5e748b1d09f558db9d64bb9b'; // client-side token, public\n"),
            Expected{});
  EXPECT_EQ(found("    - key: \"WEBHOOK_SECRET\"\n      value: \"secure!EI5Rdc9u8ivf+cM+geR/l473QDz8pX31v59KQC3vgyWMhhWi789dNFs4SXKHXKGR.\"\n"
                  "      encrypted: true\n"),
            Expected{});
  EXPECT_EQ(found("        password(\"env.SONAR_TOKEN\", \"credentialsJSON:b8ad778c-3f65-4f4a-9d8f-1b8c7e2b4e91\")\n"), Expected{});
  EXPECT_EQ(found("{\n    \"secretId\": \"AKIDSh8SUcTDV4O3x3iNYbkGpUFM278Tw1n4\",\n"
                  "    \"secretKey\": \"jKApf8RAEOYL7GYuvdO1WIQ4n5fMSGj1\"\n}\n"),
            Expected{"generic-secret=jKApf8RAEOYL7GYuvdO1WIQ4n5fMSGj1"});
  EXPECT_EQ(found("secrets:\n  - aafba23d-eff6-4f1f-b5f0-931d929b9239\n  - 2f9188b5-4594-40a5-b127-eb22781b2613\n"), Expected{});
  EXPECT_EQ(found("RECAPTCHA_WEBSITE_KEY=6LdQ8xkqAAAAAJ2bC8vZbq0YtWnHm3KfLp4rT9sE\n"
                  "  frontend_key: \"4f1c2a9e-77b3-4d2e-9a51-0c6f3e8b1d27\"\nSOKETI_DEFAULT_APP_KEY=app-key-8Jq2xN4vR7tLm3Wp\n"),
            Expected{});
  // (but not a host's or an app's name: db.example.com, sample-app)
  EXPECT_EQ(found("# sample-app on db.example.com\n# SECRET_KEY=zj90ysjyh1cc6vj0pntsw2b5iw6q8r4t\n"),
            Expected{"generic-secret=zj90ysjyh1cc6vj0pntsw2b5iw6q8r4t"});
  // (Plex Media Server's Preferences.xml attribute and its clients' key)
  EXPECT_EQ(found("<Preferences PlexOnlineToken=\"ncPCYwTTzB9Hw9HNokvP\" PlexOnlineUsername=\"x\"/>\n"),
            Expected{"generic-secret=ncPCYwTTzB9Hw9HNokvP"});
  EXPECT_EQ(found(" \"plexToken\": \"DlHLdGOftizp7FvoA5ps\",\n"), Expected{"generic-secret=DlHLdGOftizp7FvoA5ps"});
  // Airflow's fernet_key, WireGuard's PresharedKey, an SDK key
  EXPECT_EQ(found("fernet_key = q8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1M=\n"),
            Expected{"generic-secret=q8Vb2mXr7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1M="});
  EXPECT_EQ(found("PresharedKey = Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8Vb2mXr7Kp1=\n"),
            Expected{"generic-secret=Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8Vb2mXr7Kp1="});
  EXPECT_EQ(found("FEATURE_FLAGS_SDK_KEY=sdk7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8V\n"),
            Expected{"generic-secret=sdk7Kp1Zt9Yw3Ls5Nd0Hf6Jg4Ac8Ue2Ri7Oo1Mq8V"});
  // ... but not a word after a key name in prose, nor C's macros
  EXPECT_EQ(found("Enter the newPassword below.\n"), Expected{});
  EXPECT_EQ(found("#define SECURITY_SET_PASSWORD\t\t0xF1\n"), Expected{});
  EXPECT_EQ(found("#define OBJ_pkcs9_challengePassword             OBJ_pkcs9,7L\n"), Expected{});
}

TEST(Secrets, PasswordsOfServersNetworkGearAndProse) {
  EXPECT_EQ(found("CREATE LOGIN [sa] WITH PASSWORD = N'Zq8!rT2vLm#9x', CHECK_POLICY = OFF\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("grafana_admin_pw  = \"Zq8!rT2vLm#9x\"\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("DR rotated as well, pw is now Zq8!rT2vLm#9x (same user).\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("pwd for the vpn test user: Zq8!rT2vLm#9x\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("the password for the reporting db is Zq8!rT2vLm#9x now\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("Reset the password for the admin account: see the wiki\n"), Expected{});
  EXPECT_EQ(found("ldap_default_authtok = Zq8!rT2vLm#9x\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("ldapsearch -x -D \"cn=svc,dc=corp,dc=internal\" -w 'Zq8!rT2vLm#9x' -b x\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("[smtp.sendgrid.net]:587 apikey:Zq8rT2vLm9xKp3\n"), Expected{"password=Zq8rT2vLm9xKp3"});
  EXPECT_EQ(found("carol : EAP \"Zq8!rT2vLm#9x\"\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("snmp-server community Zq8rT2vLm9 RO SNMP-ACL\n"), Expected{"password=Zq8rT2vLm9"});
  EXPECT_EQ(found("add wpa2-pre-shared-key=\"Zq8!rT2vLm#9x\"\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("45 3 * * * lftp -u sync,Zq8!rT2vLm#9x sftp://files\n"), Expected{"password=Zq8!rT2vLm#9x"});
  EXPECT_EQ(found("  --smtp-pass Zq8!rT2vLm#9x --out /var\n"), Expected{"password=Zq8!rT2vLm#9x"});
  // a password that starts with '%' is no template; %VAR%, %s and %(name)s are
  EXPECT_EQ(found("User Id=hr_sync;Password=%^Kdy8uk%xHM%S7*;\n"), Expected{"password=%^Kdy8uk%xHM%S7*"});
  EXPECT_EQ(found("password=%DB_PASSWORD%\npassword = \"%s\"\npassword: '%(db_pass)s'\n"), Expected{});
  EXPECT_EQ(found("the pw field is required\n"), Expected{});
}

TEST(Secrets, GoMySqlDsn) {
  EXPECT_EQ(found("dsn := \"billing:Zq8!rT2vLm@tcp(mysql01.corp.internal:3306)/billing?parseTime=true\"\n"),
            Expected{"password=Zq8!rT2vLm"});
  EXPECT_EQ(found("sql.Open(\"mysql\", \"report:Kp3#xW9z@unix(/var/run/mysqld.sock)/db\")\n"), Expected{"password=Kp3#xW9z"});
  // a quoted "word:" that is no DSN
  EXPECT_EQ(found("{\"t\": \"urn:Kp3xW9zLmQ\", \"u\": \"time:12:00:01\"} @tcp(\n"), Expected{});
  EXPECT_EQ(found("path.win32.parse('C:\\\\path\\\\dir') // password\n"), Expected{});
}

TEST(Secrets, WhatOnlyLooksLikeAPasswordAndWhichNameAValueGets) {
  // an encrypted value names its scheme; ${VAR:?message} has no default;
  // a cmdlet is no value
  EXPECT_EQ(found("server.ssl.key-store-password=ENC(39PHJMmobUpXFgyOQQBCLqmzG8R5+8/zaoT9vYQtHuk=)\n"), Expected{});
  EXPECT_EQ(found("      - MYSQL_PASSWORD=${MYSQL_PASSWORD:?set in .env}\n"), Expected{});
  EXPECT_EQ(found("$svcPassword = ConvertTo-SecureString \"yo46nCrsVGMcz65UksgUtCC\" -AsPlainText -Force\n"),
            Expected{"password=yo46nCrsVGMcz65UksgUtCC"});
  // JDBC's SQL Server URL: its password field, no URL credentials
  EXPECT_EQ(found("url=jdbc:sqlserver://10.21.56.137:1433;databaseName=crm;user=app;password=Abc@1234;encrypt=true\n"),
            Expected{"password=Abc@1234"});
  // a vendor's key under a password's name is the vendor's
  EXPECT_EQ(found("EMAIL_HOST_PASSWORD = \"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\"\n"),
            Expected{"sendgrid-key=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"});
  // PHP's AWS SDK credentials array
  EXPECT_EQ(found("'key' => 'AKIA2VXQ7MBKD4RNT6WZ',\n        'secret' => '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',\n"),
            (Expected{"aws-access-key-id=AKIA2VXQ7MBKD4RNT6WZ", "aws-secret-key=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"}));
}

TEST(Secrets, AnIdempotencyTokenNamesARequest) {
  EXPECT_EQ(found("I-Twilio-Idempotency-Token: 3f2b8c1e-9d4a-4e7b-a6c5-1b0d2e3f4a5b\n"), Expected{});
  // and so does Postman's (newman's request headers)
  EXPECT_EQ(found("  \u2502   'Postman-Token': '4e621873-fdfd-4b72-aa70-445da39c12d5'\n"), Expected{});
  EXPECT_EQ(found("X-Auth-Token: 9fQ2xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0M\n"), Expected{"generic-secret=9fQ2xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0M"});
}

TEST(Secrets, Base64ThatStartsWithASlashIsNoPath) {
  EXPECT_EQ(found("NEXTAUTH_SECRET=/NRnHkF1+Dldfil8vJ9y3ndJbFW3usH/pY5wwDWHeZs=\n"),
            Expected{"generic-secret=/NRnHkF1+Dldfil8vJ9y3ndJbFW3usH/pY5wwDWHeZs="});
  EXPECT_EQ(found("SESSION_SECRET=/var/lib/app/secrets/session.key\n"), Expected{});
}

TEST(Secrets, ASecretRunsToWhereItsCarrierEndsIt) {
  // An XML element's content to its end tag, entities and braces included
  EXPECT_EQ(found("<password>ZnEe&amp;dHsG&gt;mJA7</password>"), Expected{"password=ZnEe&amp;dHsG&gt;mJA7"});
  EXPECT_EQ(found("<password>Fk9{2x}pQ!7zH</password>"), Expected{"password=Fk9{2x}pQ!7zH"});
  // Maven's settings.xml: words and punctuation describe the value
  EXPECT_EQ(found("<passphrase>optional; leave empty if not used.</passphrase>"), Expected{});
  EXPECT_EQ(found("password: {\n  password: {pw}\n"), Expected{});
  // A connection string's field to its ';' (or the string's end)
  EXPECT_EQ(found("\"Data Source=db1;User Id=ro;Password=2>LC&MXaq8GFGU4;Encrypt=True\""),
            Expected{"password=2>LC&MXaq8GFGU4"});
  EXPECT_EQ(found("\"Server=db1;Uid=ro;Pwd=2>LC&MXaq8\""), Expected{"password=2>LC&MXaq8"});
  EXPECT_EQ(found("<add connectionString=\"Data Source=db1;User Id=svc;Password=Ti5&lt;?ay.2$=9al1JU6S2685~;\" />"),
            Expected{"password=Ti5&lt;?ay.2$=9al1JU6S2685~"});
  // a doubled single quote is one of the value's (YAML, SQL); a quoted
  // value's '&' starts no query string's field; a commented-out line's
  // value runs to its end; Oracle's u/X@ across '&', ']' and ')'
  EXPECT_EQ(found("      RABBITMQ_DEFAULT_PASS: 'GA!rl5Rhavp5*v?J!Kn''m&'\n"),
            Expected{"password=GA!rl5Rhavp5*v?J!Kn''m&"});
  EXPECT_EQ(found("  password: 'It''s' # comment 'x'\n"), Expected{"password=It''s"});
  EXPECT_EQ(found("    password: 'or0K=Nt&rv55_S=F'\n"), Expected{"password=or0K=Nt&rv55_S=F"});
  EXPECT_EQ(found("curl -d 'user=a&password=Pepper.68&remember=1' https://x\n"), Expected{"password=Pepper.68"});
  EXPECT_EQ(found("name = analytics\n; password = Ue28k!ORlTdHbw,}5t\n"), Expected{"password=Ue28k!ORlTdHbw,}5t"});
  EXPECT_EQ(found("jdbc:oracle:thin:report/VBbZQR)V0u]QOne)6S~24rT-~&@ora-rep.corp.local:1521:REP\n"),
            Expected{"password=VBbZQR)V0u]QOne)6S~24rT-~&"});
  // a directive's value runs to its line's end (nslcd's rootpwmodpw,
  // mbsync's Pass), not over a blank
  EXPECT_EQ(found("ssl start_tls\nrootpwmodpw V]f^-IZk0NN!8]Auqj\n"), Expected{"password=V]f^-IZk0NN!8]Auqj"});
  EXPECT_EQ(found("User archive-box\nPass D*kyb.ISQC2v?D641z0Tqk)zI}\nSSLType IMAPS\n"),
            Expected{"password=D*kyb.ISQC2v?D641z0Tqk)zI}"});
  // SAP HANA's hdbuserstore SET KEY ENV USER X, ldappasswd's -s X,
  // OpenLDAP's syncrepl credentials=X after its binddn, "password of the X:"
  EXPECT_EQ(found("$ hdbuserstore SET SYSKEY hana01.corp.local:30013 SYSTEM \"Ms#4~B|aM*AQJT6'Ea\"\n"),
            Expected{"password=Ms#4~B|aM*AQJT6'Ea"});
  EXPECT_EQ(found("$ ldappasswd -H ldaps://ldap -D 'cn=admin,dc=corp' -x -s 'AVs49O^qM6q|i9' uid=mlind\n"),
            Expected{"password=AVs49O^qM6q|i9"});
  EXPECT_EQ(found("  binddn=\"cn=replicator,dc=corp,dc=local\"\n  credentials=\"jPA}yUl_4w;@e*\"\n"),
            Expected{"password=jPA}yUl_4w;@e*"});
  EXPECT_EQ(found("# app password of the second account: M0skv@901#\n"), Expected{"password=M0skv@901#"});
  // ',' between an unquoted value's characters, not into the next option
  EXPECT_EQ(found("the new password is NW,$C6g2Gr0!tKb=.7ov! (same user)"), Expected{"password=NW,$C6g2Gr0!tKb=.7ov!"});
  EXPECT_EQ(found("RABBITMQ_DEFAULT_PASS: L,oxoAA^HcLq3TzYx\n"), Expected{"password=L,oxoAA^HcLq3TzYx"});
  EXPECT_EQ(found("mount -t cifs -o username=svc,password=Kq7#pLm2x!,domain=CORP //fs/share /mnt"),
            Expected{"password=Kq7#pLm2x!"});
  // names joined by commas are code or a list
  EXPECT_EQ(found("login(password=userpass,timeout)"), Expected{});
  // a config line's value runs to the line's end over brackets, unless
  // it is code: a call, an index, a placeholder
  EXPECT_EQ(found("ssl.truststore.password=O0_/;Pzp]iAQNl^rom*fv7\n"), Expected{"password=O0_/;Pzp]iAQNl^rom*fv7"});
  EXPECT_EQ(found("rcon.password=DKT)ktr[~bh@8\n"), Expected{"password=DKT)ktr[~bh@8"});
  for (const char* code : {"password=getPassword()\n", "            self.password = config['password']\n",
                           "db.password={{ .Values.pw }}\n"})
    EXPECT_EQ(found(code), Expected{}) << code;
  // after a command's flag the value is one shell word, commas and all
  EXPECT_EQ(found("sshpass -p raven,Monsoon71 scp backup.tar.gz deploy@10.0.7.36:/srv/backup/\n"),
            Expected{"password=raven,Monsoon71"});
  EXPECT_EQ(found("bcp Erp.dbo.Invoices out inv.dat -S sql1 -U etl_loader -P Mr05sdaQ6tkq3DO+ohZL,,7- -c\n"),
            Expected{"password=Mr05sdaQ6tkq3DO+ohZL,,7-"});
  EXPECT_EQ(found("mysql -u root -pKx9,Lm2Qz;sleep 1\n"), Expected{"password=Kx9,Lm2Qz"});
  // a '&' that ends a value before a blank is the value's (libpq's
  // key=value pairs); before a quote it ends a query string
  EXPECT_EQ(found("sql.Open(\"postgres\", \"host=db1 user=rep password=RdyKatgZ95xN0+8& dbname=dwh\")\n"),
            Expected{"password=RdyKatgZ95xN0+8&"});
  EXPECT_EQ(found("GET \"/login?user=bo&password=RdyKatgZ95xN0+8&\" 200\n"), Expected{"password=RdyKatgZ95xN0+8"});
}

TEST(Secrets, PasswordsInTheFormsToolsGiveThem) {
  // a Spring / shell placeholder's default
  EXPECT_EQ(found("    password: ${RABBITMQ_PASSWORD:Qe4!vB7nRt}\n"), Expected{"password=Qe4!vB7nRt"});
  EXPECT_EQ(found("    password: ${RABBITMQ_PASSWORD:-guest}\n"), Expected{});
  EXPECT_EQ(found("<Property name=\"smtpPassword\">${env:SMTP_PASSWORD}</Property>"), Expected{});
  // HTTP client calls' (user, password) arguments
  EXPECT_EQ(found("r = requests.get(url, auth=(\"reporting\", \"Xk2#mPq9\"), timeout=10)"),
            Expected{"password=Xk2#mPq9"});
  EXPECT_EQ(found("\treq.SetBasicAuth(\"svc\", \"Xk2#mPq9\")\n"), Expected{"password=Xk2#mPq9"});
  // .pgpass lines (host:port:database:user:password), but not IPv6 or times
  EXPECT_EQ(found("10.1.100.23:5432:payments:deploy:Wq8.vL2#pz\n*:*:*:jenkins:Hs7$kLm3\n"),
            (Expected{"password=Wq8.vL2#pz", "password=Hs7$kLm3"}));
  EXPECT_EQ(found("2606:4700:10:6816:4a1b:9c2d 12:30:45:678:Ab3kLm9Q\n"), Expected{});
  // Redis ACL rules: ">password"
  EXPECT_EQ(found("user app on >Tz8#qWm4Lp ~app:* +@read\n"), Expected{"password=Tz8#qWm4Lp"});
  // a versioned key (Terraform's ses_smtp_password_v4)
  EXPECT_EQ(found("\"ses_smtp_password_v4\": \"BFk2mQ9xLp7RtZ4vW\",\n"), Expected{"password=BFk2mQ9xLp7RtZ4vW"});
  // a JSON value named by the key holding its object, whatever it holds
  EXPECT_EQ(found("\"db_password\": {\n  \"value\": \"xxnKcfz$7Cei<<Z)f-S!\",\n  \"type\": \"string\"\n}"),
            Expected{"password=xxnKcfz$7Cei<<Z)f-S!"});
}

TEST(Secrets, ASnakeChainOfPlainWordsIsAPassphraseNotAName) {
  EXPECT_EQ(found("password: birch_beacon_thunder_fig\n"), Expected{"password=birch_beacon_thunder_fig"});
  EXPECT_EQ(found("password = db_password_value\n"), Expected{});
  EXPECT_EQ(found("password = new_password\n"), Expected{});
}

TEST(Secrets, KeyNamesFromTheSecondDevelopmentSet) {
  EXPECT_EQ(found("pagerduty:\n  routing_key: 9f3c2a71b8d04e6f95a1c7e2d3b4f5a6\n"),
            Expected{"generic-secret=9f3c2a71b8d04e6f95a1c7e2d3b4f5a6"});
  EXPECT_EQ(found("active_record_encryption:\n  key_derivation_salt: S2naI9xQ7vLm4Rt8Wp1Kz6Yb3Hc5Jd0F\n"),
            Expected{"generic-secret=S2naI9xQ7vLm4Rt8Wp1Kz6Yb3Hc5Jd0F"});
  const std::string key = "i7M2orD8r8Aver1h8APvhpc/rB0I/9T/Vxe70wE1OZTSKJtsiZhzEZCUM3ZHVUQnjXjgjCtfYC+Mjd1oY3b7ZA==";
  EXPECT_EQ(found("backend \"azurerm\" {\n    access_key           = \"" + key + "\"\n}"), Expected{"azure-storage-key=" + key});
  EXPECT_EQ(found("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
                  "SharedAccessKey=q8Zt3LmN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hJ9kL2M="),
            Expected{"azure-storage-key=q8Zt3LmN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hJ9kL2M="});
  EXPECT_EQ(found("||   SecretAccessKey|  YNZPX7d5ca0Wx16ePzjmEUGIZhb/PSrjPl9qlZxd   ||\n"),
            Expected{"aws-secret-key=YNZPX7d5ca0Wx16ePzjmEUGIZhb/PSrjPl9qlZxd"});
  EXPECT_EQ(found("  authorization:\n    type: Bearer\n    credentials: a0drYvWFzIWLoRU9LzQJ7TUwYmw1w3E\n"),
            Expected{"bearer-token=a0drYvWFzIWLoRU9LzQJ7TUwYmw1w3E"});
  // Google's access token there is known by its prefix
  EXPECT_EQ(found("  authorization:\n    type: Bearer\n    credentials: ya29.a0drYvWFzIWLoRU9LzQJ7TUwYmw1w3E\n"),
            Expected{"vendor-token=ya29.a0drYvWFzIWLoRU9LzQJ7TUwYmw1w3E"});
  // a URL template's host after a placeholder password
  EXPECT_EQ(found("`mongodb://<username>:<password>@host:27017/?authSource=admin`"), Expected{});
}

TEST(Secrets, APasswordLabelInOtherLanguages) {
  for (const std::string label : {"Passwort: ", "Kennwort: ", "mot de passe : ", "contrase\xC3\xB1" "a: ",
                                  "wachtwoord: ", "l\xC3\xB6" "senord: ", "salasana: ", "senha: "})
    EXPECT_EQ(found(label + "Gh5%jK8lMn\n"), Expected{"password=Gh5%jK8lMn"}) << label;
}

TEST(Secrets, AccessDesAndAesKeysAndPublicKeysThatAreNone) {
  EXPECT_EQ(found("BROWSERSTACK_ACCESS_KEY: \"x7Kq2LmP9vRt4Wz8Ab3C\"\n"), Expected{"generic-secret=x7Kq2LmP9vRt4Wz8Ab3C"});
  EXPECT_EQ(found("$config['des_key'] = 'rcmail-Jq7!bX2m9Lz4pW8k';\n"), Expected{"generic-secret=rcmail-Jq7!bX2m9Lz4pW8k"});
  // (an AWS access key id's name names no secret: that is the id's own rule)
  EXPECT_EQ(found("AWS_ACCESS_KEY_ID=x7Kq2LmP9vRt4Wz8Ab3C\n"), Expected{});
  // a search-only key and PostHog's project key ship to every browser
  EXPECT_EQ(found("ALGOLIA_SEARCH_ONLY_API_KEY=b8f9a1c2d3e4f5a6b7c8d9e0f1a2b3c4\n"), Expected{});
  EXPECT_EQ(found("POSTHOG_PROJECT_API_KEY=phc_o9HZx7Kq2LmP9vRt4Wz8Ab3CqWeRtYuIoP\n"), Expected{});
}

TEST(Secrets, ACsvRowsUrlEndsAtItsComma) {
  // a password manager's export: login_uri, login_username, login_password
  EXPECT_EQ(found("login_uri,login_username,login_password\nhttps://nas.lan:5001,lucas_sandberg@outlook.com,Rr9DskP6bki^OxVXN1!\n"),
            (Expected{"email=lucas_sandberg@outlook.com", "password=Rr9DskP6bki^OxVXN1!"}));
  // (a URL's own user and password still are)
  EXPECT_EQ(found("DATABASE_URL=postgres://app:Xq9vLm2Pt7rWz4@db.internal:5432/app\n"),
            Expected{"url-credentials=Xq9vLm2Pt7rWz4"});
}

TEST(Secrets, JsonEscapedSlashesInUrlsAndKeys) {
  EXPECT_EQ(found("{\"text\": \"connection string: postgres:\\/\\/sa:Xq9vLm2Pt7rWz4@db:5432\\/app\"}"),
            Expected{"url-credentials=Xq9vLm2Pt7rWz4"});
  EXPECT_EQ(found("{\"text\": \"AWS_SECRET_ACCESS_KEY=YNZPX7d5ca0Wx16ePzjm\\/EUGIZhbPSrjPl9qlZxd\"}"),
            Expected{"aws-secret-key=YNZPX7d5ca0Wx16ePzjm\\/EUGIZhbPSrjPl9qlZxd"});
}

TEST(Secrets, AnEncodedBearerSchemeCarriesABearerToken) {
  EXPECT_EQ(found("GET /cb?Authorization=Bearer%208f3kQz1LmN0pR7sT2uV5wX9yA4bC6dEi HTTP/1.1"),
            Expected{"bearer-token=8f3kQz1LmN0pR7sT2uV5wX9yA4bC6dEi"});
  EXPECT_EQ(found("auth=Bearer+8f3kQz1LmN0pR7sT2uV5wX9yA4bC6dEm&x=1"), Expected{"bearer-token=8f3kQz1LmN0pR7sT2uV5wX9yA4bC6dEm"});
}

TEST(Secrets, TheTokenAuthorizationSchemeCarriesABearerToken) {
  EXPECT_EQ(found("curl -H 'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b' https://api.example.org\n"
                  "{\"authorization\": \"token Zk3J9qLmX2vB7nR4tY8wP1sD6fH0gK5c\"}\n"),
            (Expected{"bearer-token=9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
                      "bearer-token=Zk3J9qLmX2vB7nR4tY8wP1sD6fH0gK5c"}));
  // "token" in prose is no scheme.
  EXPECT_TRUE(scan("the authorization token expired after 3600 seconds").empty());
}

TEST(Secrets, AnySecretKeyNameHoldingExactlyFortyBase64CharactersIsAnAwsSecret) {
  const std::string v = "Xq3kLmN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hJ9kY";
  for (const std::string& text : {"spring.cloud.aws.credentials.secret-key=" + v, "<secretKey>" + v + "</secretKey>",
                                   "fs.s3a.secret.key=" + v, "provider \"aws\" {\n  secret_key = \"" + v + "\""})
    EXPECT_EQ(found(text), Expected{"aws-secret-key=" + v}) << text;
  // A bare secret_key needs AWS named before it (Superset's SECRET_KEY is none)
  EXPECT_EQ(found("  secret_key = \"" + v + "\""), Expected{"generic-secret=" + v});
  // The first 40 characters of a longer secret are no AWS key.
  EXPECT_EQ(found("SECRET_KEY = 'django-insecure-q8Zt3LmN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hJ9kL2'"),
            Expected{"generic-secret=django-insecure-q8Zt3LmN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6hJ9kL2"});
}

TEST(Secrets, AzureCliKeyListsHoldStorageKeys) {
  const std::string key = "pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA==";
  EXPECT_EQ(found("[\n  {\n    \"creationTime\": \"2026-01-05T10:00:00+00:00\",\n    \"keyName\": \"key1\",\n"
                  "    \"permissions\": \"FULL\",\n    \"value\": \"" + key + "\"\n  }\n]\n"),
            Expected{"azure-storage-key=" + key});
}

TEST(Numbers, ACompactSsnAfterItsLabelInAnySpelling) {
  for (const char* text : {"ssn_number=524713098", "SSN No: 524713098", "GET /x?ssn%3D524713098 HTTP/1.1"})
    EXPECT_EQ(found(text), Expected{"us-ssn=524713098"}) << text;
}

TEST(Secrets, ATwilioKeyAfterItsNameInWords) {
  EXPECT_EQ(found("Twilio API key: SK5803fc689e1c6a51315ed3c2051544c4\n"),
            Expected{"twilio-key=SK5803fc689e1c6a51315ed3c2051544c4"});
  EXPECT_EQ(found("TWILIO AUTH TOKEN 8a6df807efff2d43fb7f179401fdd697\n"),
            Expected{"twilio-key=8a6df807efff2d43fb7f179401fdd697"});
  // a password of 257 bytes and more is a blob (a SealedSecret's ciphertext)
  auto blob = [](std::size_t n) {
    std::string b;
    for (std::size_t i = 0; i < n; ++i)
      b += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(i * 37 + i / 64 + 11) % 64];
    return b;
  };
  EXPECT_EQ(found("  encryptedData:\n    password: " + blob(300) + "\n"), Expected{});
  EXPECT_EQ(found("  data:\n    password: " + blob(250) + "\n"), Expected{"password=" + blob(250)});
}

TEST(Secrets, AConfigLinesValueRunsToTheLinesEnd) {
  // A .properties line and YAML's value under the name that labels it:
  // the value is the rest of the line, quote, '<' and ',' included.
  EXPECT_EQ(found("spring.datasource.url=jdbc:mysql://db/app\nspring.datasource.password=66BeJ5j'Ac<Bh38\n"),
            Expected{"password=66BeJ5j'Ac<Bh38"});
  EXPECT_EQ(found("env:\n- name: SPRING_DATASOURCE_PASSWORD\n  value: qi6bVSPDb9uFxnXk6yy,Cq\n- name: X\n"),
            Expected{"password=qi6bVSPDb9uFxnXk6yy,Cq"});
  // code's object literal and call, a YAML comment: as before
  EXPECT_EQ(found("  password: process.env.DB_PASSWORD,\n"), Expected{});
  EXPECT_EQ(found("db_password: Zq8rT2vLm9x # rotated 2024-05\n"), Expected{"password=Zq8rT2vLm9x"});
}

TEST(Secrets, AnXmlAmpersandIsOneCharacterOfAValue) {
  // Cut at the entity's ';', the rest of the password went out in clear.
  EXPECT_EQ(found("<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
                  "#PasswordText\">c*?r&amp;88pn@ZpemQ+7b?k7L++</wsse:Password>"),
            Expected{"password=c*?r&amp;88pn@ZpemQ+7b?k7L++"});
  EXPECT_EQ(found("<password>x9&amp;Tq&amp;4zz</password> printf(&quot;Password is %s&quot;)"),
            Expected{"password=x9&amp;Tq&amp;4zz"});
}

// Any NAME_KEY or name_key holding a generated value is a key, unless its
// name says it is public or no credential (id_names.h).
TEST(Secrets, AnyNamedKeyHoldsASecretButPublicOnesAndIds) {
  const std::string v = "Xq7vR2mPz9LkT4wB8nC1dF6gH3jK5sY0aE2uI7oP";
  for (const std::string line : {"UPSTREAM_KEY=\"@\"", "{\"logs\":[\"env check\",{\"UPSTREAM_KEY\":\"@\"}]}",
                                 "          PARTNER_KEY: @", "honeycomb_key = \"@\"", "  database_cipher_key: @",
                                 "pushover_user_key: @", "'payment/braintree/private_key' => '@'",
                                 "SEARCH_ADMIN_KEY='@'", "TOTP_VAULT_KEY=@", "app.field_key=@", "  SendKey: @",
                                 "\tregisterEmailPrivateKey = @", "<server tokenGenerationKey=\"@\">"}) {
    std::string text = line;
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  }
  for (const std::string line :
       {"NEXT_PUBLIC_RECAPTCHA_SITE_KEY=\"@\"", "ADYEN_CLIENT_KEY:                 @", "cache_key = \"@\"",
        "        'public_key' => '@',", "SOCIAL_AUTH_GITHUB_KEY = \"@\"", "PUSHER_KEY: \"@\"",
        "ALGOLIA_SEARCH_KEY=@", "FLAGSMITH_ENVIRONMENT_KEY=@", "matrix_verify_key = \"@\"",
        "/minidump/?sentry_key=@", "\"idempotency_key\": \"@\"", "s3_object_key: @",
        "msg=\"lookup\" refKey=@ lastFour=1928", "Sec-WebSocket-Key: @", "Key: @\tPartition: 10\tOffset: 2587783",
        "\"InstrumentationKey=@;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/\""}) {
    std::string text = line;
    text.replace(text.find('@'), 1, v);
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
  }
  // 16 to 32 capitals and digits under a plain name: a key pair's id half
  EXPECT_EQ(scan("DO_SPACES_KEY = 'DO00QW7RTZ4KXN8MBV2C'\nDO_SPACES_SECRET = 'x'\n").size(), 0u);
  EXPECT_EQ(found("LICENSE_KEY=DO00QW7RTZ4KXN8MBV2C\n"), Expected{"generic-secret=DO00QW7RTZ4KXN8MBV2C"});
  // a Hive-partitioned object's path and a constant's name are no values
  for (const char* text : {"export_key=exports/orders/dt=2024-03-26/part-00164-66805301-b72c-4e78-8d5b-79c0db2f3c07.snappy.parquet",
                           "signing_key = _DEFAULT_SIGNING_KEY_NAME"})
    EXPECT_EQ(scan(text).size(), 0u) << text << dump(scan(text));
}

// A 40-character value near an AWS access key id is its secret only when
// its name does not say it is a token or an API's.
TEST(Secrets, ATokenBesideAnAccessKeyIdIsNoAwsSecret) {
  EXPECT_EQ(found("SES_SMTP_USERNAME='AKIAX4RNBDFNNYGYNKOM'\nSES_SMTP_PASSWORD='BvrcTez5yyqFoIFSwnutciuEVFrBG6QUrDOAK1tCgvCf'\n"
                  "INTERNAL_API_TOKEN='XUWJ1f6AkAVMdaSY6jpNil4gSVxNpJsjnENqaKj8'\n"),
            (Expected{"aws-access-key-id=AKIAX4RNBDFNNYGYNKOM", "password=BvrcTez5yyqFoIFSwnutciuEVFrBG6QUrDOAK1tCgvCf",
                      "generic-secret=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"}));
  // a password is not named otherwise: Athena's JDBC User is the id, its
  // Password the id's secret
  EXPECT_EQ(found("jdbc:awsathena://athena.eu-north-1.amazonaws.com:443;User=AKIAUX46W7DVZM4IJKWL;"
                  "Password=XUWJ1f6AkAVMdaSY6jpNil4gSVxNpJsjnENqaKj8\n"),
            (Expected{"aws-access-key-id=AKIAUX46W7DVZM4IJKWL", "aws-secret-key=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"}));
}

TEST(Secrets, PasswordsHashedByOpensslQuotedAfterNetUseAndLdapsPwNames) {
  EXPECT_EQ(found("root@bastion01:~$ useradd -m -p \"$(openssl passwd -6 'Trombone!sextant84')\" kiosk\n"),
            Expected{"password=Trombone!sextant84"});
  EXPECT_EQ(found("openssl passwd -1 -salt xyz Dynamo@harbour33\n"), Expected{"password=Dynamo@harbour33"});
  EXPECT_EQ(scan("openssl passwd -6 -stdin < pw.txt\n").size(), 0u);
  EXPECT_EQ(found("net use Z: \\\\fil01\\ekonomi /user:KVH\\anna.l 'Zeppelin1375-'\n"),
            Expected{"password=Zeppelin1375-"});
  EXPECT_EQ(found("## database read/write user\nDBRWPW=\"xmQ0nCgwOtqugQq0PBoe\"\n"),
            Expected{"password=xmQ0nCgwOtqugQq0PBoe"});
  EXPECT_EQ(found("LDAP_BINDPW=Zq8rT4wLm2x!\n"), Expected{"password=Zq8rT4wLm2x!"});
}

// Google Workspace's bulk-upload CSV: notes in brackets after a column's
// name ("Password [Required]"), a note of many words no sentence; its
// "Password Hash Function" column holds SHA-1 or MD5, no password.
TEST(Columns, NamesWithANoteInBrackets) {
  const std::string csv =
      "First Name [Required],Password [Required],Password Hash Function [UPLOAD ONLY],"
      "Recovery Phone [MUST BE IN THE E.164 FORMAT]\n"
      "Lea,Sonnenschein2013-i,,+4915148587677\nHakon,Kx7vB2mPz9q!,SHA-1,+4915148587678\n";
  const auto f = found(csv);
  EXPECT_NE(std::find(f.begin(), f.end(), "password=Sonnenschein2013-i"), f.end()) << ::testing::PrintToString(f);
  EXPECT_NE(std::find(f.begin(), f.end(), "password=Kx7vB2mPz9q!"), f.end()) << ::testing::PrintToString(f);
  EXPECT_EQ(std::find(f.begin(), f.end(), "password=SHA-1"), f.end()) << ::testing::PrintToString(f);
}

TEST(Secrets, NetSnmpCommunitiesAndUsersPassPhrases) {
  EXPECT_EQ(found("rocommunity  TBb78wmMHrV6rc  10.40.10.0/24\nrwcommunity6 rJIUHzkxt95GA7dY fd00:40:10::/64\n"
                  "# rocommunity public  default    -V systemonly\n"),
            (Expected{"password=TBb78wmMHrV6rc", "password=rJIUHzkxt95GA7dY"}));
  EXPECT_EQ(found("createUser librenms SHA-512 \"J-8KtPldzw3IPbA*_qx\" AES \"Cs-GtRCXP+7BN%wkI-cf\"\n"),
            (Expected{"password=J-8KtPldzw3IPbA*_qx", "password=Cs-GtRCXP+7BN%wkI-cf"}));
}

TEST(Secrets, PasswordsOfTeradataLogonsScheduledTasksAnd7zExe) {
  EXPECT_EQ(found(".LOGON tdprod.viksol-data.io/etl_sales,Zaragoza2020?b;\n"), Expected{"password=Zaragoza2020?b"});
  EXPECT_EQ(found("schtasks /Create /S app02 /RU KAISTEN\\svc_jobs /RP 9v8clGF6JWl64 /SC DAILY /ST 02:00\n"),
            Expected{"password=9v8clGF6JWl64"});
  EXPECT_EQ(found("\"C:\\Program Files\\7-Zip\\7z.exe\" a -pcUHqoHA2EIZ#2+oOhppu -mhe=on shares.7z D:\\Shares\n"),
            Expected{"password=cUHqoHA2EIZ#2+oOhppu"});
}

// A Windows switch after net use's password is none (/persistent:no);
// the password may come right after the share; PowerShell's $env:NAME
// and a parameter store's path with ${VAR} parts are references; words
// that describe the value ("MD5 hash of the password") are none.
TEST(Secrets, NetUseSharesPasswordsSwitchesAndReferences) {
  EXPECT_EQ(found("net use Z: \\\\fs01\\deploy Z+#.g14h-I-+rKG!yAZ /user:KAISTEN\\svc_deploy /persistent:no\n"),
            Expected{"password=Z+#.g14h-I-+rKG!yAZ"});
  EXPECT_EQ(found("net use Y: \\\\fs02\\backup /user:KAISTEN\\svc_backup Pingvin1984@d\n"),
            Expected{"password=Pingvin1984@d"});
  EXPECT_EQ(found("net use * \\\\srv\\x /persistent:yes\n"), Expected{});
  EXPECT_EQ(found("$c = \"Server=(local);User ID=sa;Password=$env:SQLSERVER_SA_PASSWORD\"\n"), Expected{});
  EXPECT_EQ(found("  DB_PASSWORD: /copilot/${COPILOT_APPLICATION_NAME}/secrets/db_password\n"), Expected{});
  EXPECT_EQ(found("# postgresql['sql_user_password'] = 'MD5 hash of the password'\n"), Expected{});
  EXPECT_EQ(found("#define PROXY_USERPWD \"gw-proxy:j_%!Q3DyoSZCNp\"\n"), Expected{"password=j_%!Q3DyoSZCNp"});
}

// git's signingkey names a GPG key by its id; boto's gs_secret_access_key
// is Google's HMAC key in AWS' shape.
TEST(Secrets, GitSigningKeyIdsAndGoogleStorageHmacKeys) {
  EXPECT_EQ(found("[user]\n\tsigningkey = 4DFFEA0D6CE3140E\n"), Expected{});
  EXPECT_EQ(found("signing_key: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b\n"),
            Expected{"generic-secret=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"});
  EXPECT_EQ(found("[Credentials]\ngs_secret_access_key = 3Lc8r8V5rfimkMJVfdyp1XOFtOYsGFBTwBM8hvq8\n"),
            Expected{"generic-secret=3Lc8r8V5rfimkMJVfdyp1XOFtOYsGFBTwBM8hvq8"});
  EXPECT_EQ(found("aws_secret_access_key = 3Lc8r8V5rfimkMJVfdyp1XOFtOYsGFBTwBM8hvq8\n"),
            Expected{"aws-secret-key=3Lc8r8V5rfimkMJVfdyp1XOFtOYsGFBTwBM8hvq8"});
}

// Numbers of a personnummer's shape that a document's or an order's name
// names; a register of animals' birth dates; an MT940 statement line.
TEST(National, DocumentNumbersAnimalsBirthDatesAndStatementLines) {
  const Engine* e = &gdpr();
  EXPECT_TRUE(scan("Subject: Orderbekr\xC3\xA4" "ftelse 231225-9175 - ditt nya abonnemang\n", *e).empty());
  EXPECT_TRUE(scan("Handlingsid 230611-8056\n", *e).empty());
  // (an order's compound: a garage's work order, a purchase order; its
  // customer's personnummer on the next line stays one)
  EXPECT_EQ(scan("Arbetsorder 20240420-6993   Reg.nr NMX 382\n  Kund: Maja Blom, pnr 19430925-7956, tel\n", *e).size(), 1u);
  EXPECT_TRUE(scan("Ink\xC3\xB6psorder 20240420-6993\n", *e).empty());
  EXPECT_TRUE(scan("(aktbilaga 41, registrerad som handling 190514-7805).\n", *e).empty());
  EXPECT_TRUE(scan("Skatteverkets referens f\xC3\xB6r bouppteckningen: 20250402-7018.\n", *e).empty());
  EXPECT_EQ(scan("Mitt personnummer f\xC3\xB6r ans\xC3\xB6kan: 231225-9175\n", *e).size(), 1u);
  const std::string dogs =
      "\xC3\xA4gare_personnummer;\xC3\xA4gare_namn;ras;f\xC3\xB6" "dd\n880507-5085;Henrik Strand;J\xC3\xA4mthund;2019-02-22\n";
  const auto f = scan(dogs, *e);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "se-personnummer");
  const auto owners = scan("owner_name;owner_dob;pet_name;breed;dob\nAnna;1980-02-03;Rex;Labrador;2019-02-03\n", *e);
  ASSERT_EQ(owners.size(), 1u);
  EXPECT_EQ(owners[0].value, "1980-02-03");
  EXPECT_EQ(scan("plan,coverage_tier,member_dob\nPPO,family,1980-02-03\n", *e).size(), 1u);
  EXPECT_TRUE(scan(":61:250311C1795,17NTRFSBELYUCHW212BFFF//47825245635882\n", *e).empty());
  EXPECT_EQ(scan("henkil\xC3\xB6tunnus 250311C1795\n", *e).size(), 1u);
}

// A URL's user that is an e-mail address written with %40 is the
// address; a password's %40 is none.
TEST(Email, AnEncodedAddressAsAUrlsUser) {
  EXPECT_EQ(found("source = imaps://hannah.hoffmann%40posteo.de:tundra-thistle-harbor-42@posteo.de:993\n"),
            (Expected{"email=hannah.hoffmann%40posteo.de", "url-credentials=tundra-thistle-harbor-42"}));
  EXPECT_EQ(found("source = jmap://hannah.hoffmann22%40fastmail.com@api.fastmail.com/.well-known/jmap\n"),
            Expected{"email=hannah.hoffmann22%40fastmail.com"});
  EXPECT_EQ(found("https://hannah.hoffmann@posteo.de/x\n"), Expected{});
  EXPECT_EQ(found("AMQP_URL=amqps://events:Qu%40rtz44%21@mq.example.com:5671/%2F\n"),
            Expected{"url-credentials=Qu%40rtz44%21"});
}

// Prose: French "était" and "identifiant NAME, mot de passe X", the word
// right before its value (mot de passe X, пароль X, mit Passwort X),
// Japanese with no blank after は and none before the text after the
// value; words in another script are no value.
TEST(Secrets, PasswordsInFrenchUkrainianGermanAndJapaneseProse) {
  EXPECT_EQ(found("Mon ancien mot de passe \xC3\xA9tait AlB9l4z3mC+z+NUZe2 ; pouvez-vous\n"),
            Expected{"password=AlB9l4z3mC+z+NUZe2"});
  EXPECT_EQ(found("Identifiant stagiaire.rh2, mot de passe initial saffron_birch_copper_17\n"),
            Expected{"password=saffron_birch_copper_17"});
  EXPECT_EQ(found("\xD0\x9C\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB0 Kyivstar_5G, \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C "
                  "Zaragoza1973+l\n"),
            Expected{"password=Zaragoza1973+l"});
  EXPECT_EQ(found("Benutzer export_weber mit Passwort C?+NmaP2Fm6xGw4*CoM und\n"),
            Expected{"password=C?+NmaP2Fm6xGw4*CoM"});
  EXPECT_EQ(found("\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89\xE3\x81\xAFvSeLIRG3WRw#rLADzz96"
                  "\xE3\x81\xA0\xE3\x82\x88\n"),
            Expected{"password=vSeLIRG3WRw#rLADzz96"});
  EXPECT_EQ(found("\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89\xE3\x81\xAF\xE5\xA4\x89\xE6\x9B\xB4\n"),
            Expected{});
  EXPECT_EQ(found("\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C \xD0\xBD\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBD\xD1\x8B\xD0\xB9\n"),
            Expected{});
  EXPECT_EQ(found("mot de passe incorrect\n"), Expected{});
  EXPECT_EQ(found("mot de passe oubli\xC3\xA9\n"), Expected{});
}

// Generated keys: a header's name and value in a HAR-like pair or a JSON
// array (not Sec-WebSocket-Key's nonce), kubeadm's certificate key,
// WireGuard's private keys (OpenWrt, VyOS), a secrets block's key under a
// comment, a versioned NAME_KEY_V1, a registration token, a sign key,
// libcurl's XOAUTH2 bearer.
TEST(Secrets, HeaderPairsKubeadmWireguardAndVersionedKeys) {
  EXPECT_EQ(found("{\"name\": \"x-functions-key\", \"value\": \"jrLuNMaW6p5+tt975spTt3f9Eoq1nX0VAWQENTdAhJo=\"}\n"),
            Expected{"generic-secret=jrLuNMaW6p5+tt975spTt3f9Eoq1nX0VAWQENTdAhJo="});
  EXPECT_EQ(found("{\"name\": \"Sec-WebSocket-Key\", \"value\": \"dGhlIHNhbXBsZSBub25jZQ==\"}\n"), Expected{});
  EXPECT_EQ(found("\"x-gravitee-api-key\": [\n            \"133c137b09d596d09672b8654403d0eb\"\n          ],\n"),
            Expected{"generic-secret=133c137b09d596d09672b8654403d0eb"});
  EXPECT_EQ(found("[upload-certs] Using certificate key:\n"
                  "70162b2674fb1f8588528095475f2a499f367cc3d86b556f54cf0638289f8a8f\n"),
            Expected{"generic-secret=70162b2674fb1f8588528095475f2a499f367cc3d86b556f54cf0638289f8a8f"});
  EXPECT_EQ(found("\toption private_key 'BcGsLssS6U79kgFIdGBJrU2IYMfW+u5tV3aERsxCxLM='\n"),
            Expected{"generic-secret=BcGsLssS6U79kgFIdGBJrU2IYMfW+u5tV3aERsxCxLM="});
  EXPECT_EQ(found("private-key /etc/swanctl/private/gw.pem\n"), Expected{});
  EXPECT_EQ(found("secrets:\n  # Generate one using `openssl rand -hex 32`\n"
                  "  peertube: '1bee05bfd387f497261d14a181a473b82371be11532f7fa09928d3bdbda04a71'\n"),
            Expected{"generic-secret=1bee05bfd387f497261d14a181a473b82371be11532f7fa09928d3bdbda04a71"});
  EXPECT_EQ(found("_APP_OPENSSL_KEY_V1=3AzHsKAwVlpFhaE40cMXebILspUVunyS\n"),
            Expected{"generic-secret=3AzHsKAwVlpFhaE40cMXebILspUVunyS"});
  EXPECT_EQ(found("gitlab_rails['initial_shared_runners_registration_token'] = \"3XIKr7ksZaZDxElnxjKZ6FeB7q4qqhsm\"\n"),
            Expected{"generic-secret=3XIKr7ksZaZDxElnxjKZ6FeB7q4qqhsm"});
  EXPECT_EQ(found("smallrye.jwt.sign.key=5K+BEFI465Jj1Wbq5oKD8MX8ghYM2IKKmXaC3PP4A0w=\n"),
            Expected{"generic-secret=5K+BEFI465Jj1Wbq5oKD8MX8ghYM2IKKmXaC3PP4A0w="});
  EXPECT_EQ(found("curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, \"wpHhJUksMM0eoLt1p6Q5FDDvQqfWq4sQGUK4bTGnZFU\");\n"),
            Expected{"generic-secret=wpHhJUksMM0eoLt1p6Q5FDDvQqfWq4sQGUK4bTGnZFU"});
}

// Cisco's IKE and OSPF keys, VyOS' PSK and RADIUS secrets, MATLAB's
// database(source, user, X), siege's login = user:X.
TEST(Secrets, NetworkDeviceKeysMatlabAndSiegeLogins) {
  EXPECT_EQ(found("crypto isakmp key 8q0Or6vny+P%!J0 address 18.6.47.31\n"), Expected{"password=8q0Or6vny+P%!J0"});
  EXPECT_EQ(found(" ip ospf message-digest-key 1 md5 xxvYvRXl\n"), Expected{"password=xxvYvRXl"});
  EXPECT_EQ(found("set vpn ipsec authentication psk branch-oslo secret 'nimbus-nimbus-lantern-27'\n"),
            Expected{"password=nimbus-nimbus-lantern-27"});
  EXPECT_EQ(found("set system login radius server 10.40.0.20 key '0Dm8sTI-Aj8Na!y.*a'\n"),
            Expected{"password=0Dm8sTI-Aj8Na!y.*a"});
  EXPECT_EQ(found("conn = database('labdb', 'matlab_rw', '7VBbE!%ben2Nc51', 'Vendor', 'PostgreSQL');\n"),
            Expected{"password=7VBbE!%ben2Nc51"});
  EXPECT_EQ(found("login = perf:Kopenhagen1979#s\n"), Expected{"password=Kopenhagen1979#s"});
  EXPECT_EQ(found("# proxy-login = jeff:secret:corporate\nlogin = http://example.com/x\n"), Expected{});
}

// Yarn's npmAuthIdent is Basic credentials; German prose names a webhook's
// secret; a form's blanks align a personnummer after its label, and the
// ROT/RUT request's <Kopare> element holds the buyer's.
TEST(Secrets, YarnAuthIdentAndAWebhookSecretInGerman) {
  EXPECT_EQ(found("    npmAuthIdent: \"ZGVwbG95OkM5RVlyWjY5VHZJTisy\"\n"), Expected{"basic-auth=ZGVwbG95OkM5RVlyWjY5VHZJTisy"});
  EXPECT_EQ(found("npmAuthIdent: \"${NPM_AUTH_IDENT}\"\n"), Expected{});
  EXPECT_EQ(found("unser Webhook-Secret ist whsec_2CRvvfRZ6DxX62rRAZUSmXXxaR4Q5zJ2.\n"),
            Expected{"generic-secret=whsec_2CRvvfRZ6DxX62rRAZUSmXXxaR4Q5zJ2"});
  EXPECT_EQ(found("  webhook-secret: \"whsec_2CRvvfRZ6DxX62rRAZUSmXXxaR4Q5zJ2\"\n"),
            Expected{"generic-secret=whsec_2CRvvfRZ6DxX62rRAZUSmXXxaR4Q5zJ2"});
}

TEST(National, APersonnummerAlignedAfterItsLabelAndARotRutBuyer) {
  const Engine* e = &gdpr();
  // (a child's number of the 2000s whose last digits read as a time:
  // found only when named)
  EXPECT_EQ(scan("Personnummer:       20201030-1832\n", *e).size(), 1u);
  EXPECT_EQ(scan("<htko:Kopare>200609021225</htko:Kopare>\n", *e).size(), 1u);
  EXPECT_TRUE(scan("<Fakturanr>200609021225</Fakturanr>\n", *e).empty());
  // Skatteverket's employer declaration: field 215 is the payee's number;
  // Markdown's emphasis around one
  EXPECT_EQ(scan("<agd:BetalningsmottagarId faltkod=\"215\">200104261649</agd:BetalningsmottagarId>\n", *e).size(), 1u);
  EXPECT_EQ(scan("the personnummer arrived: **19901207-7260**. His daughter\n", *e).size(), 1u);
}

// A Finnish HETU whose check character is a digit passes as a Swedish
// personnummer one time in ten, and a Danish CPR number (DDMMYY-SSSS) as
// either: under its own name each is its country's only.
TEST(National, AnotherCountrysIdUnderItsOwnNameIsNoPersonnummer) {
  const Engine* e = &gdpr();
  EXPECT_TRUE(scan("CPR: 010101-3522\n", *e).empty());
  EXPECT_TRUE(scan("{\"cpr\": \"010101-3522\", \"bsn\": \"010101-3522\"}\n", *e).empty());
  EXPECT_TRUE(scan("{\"f\xC3\xB8" "dselsnummer\": \"010101-3522\"}\n", *e).empty());
  const auto f = scan("{\"nimi\": \"Matti\", \"hetu\": \"010101-3522\"}\n", *e);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "fi-hetu");
  const auto g = scan("{\"personnummer\": \"010101-3522\"}\n", *e);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].rule, "se-personnummer");
}

// An Elastic API key written "id:api_key" (Beats, Logstash): its id is
// public, the secret is what follows the ':' (as four of five sets' writers
// labelled it; dev6's took both); the same for Apollo's and Unleash's.
TEST(Secrets, AnElasticApiKeysSecretFollowsItsId) {
  EXPECT_EQ(found("output.elasticsearch:\n  api_key: \"YJaljgKIEj3teyW7Kyq-:ui2lp2axTNmsyakw9tvNnw\"\n"),
            Expected{"generic-secret=ui2lp2axTNmsyakw9tvNnw"});
  EXPECT_EQ(found("    api_key => \"Lv8P74mDxDJsc5T4UIH4:mP0BNAyRgCQ_7w0fl1bU-r\"\n"),
            Expected{"generic-secret=mP0BNAyRgCQ_7w0fl1bU-r"});
  // Apollo's keys and Unleash's tokens, after their public ids
  EXPECT_EQ(found("[profiles.default]\nkey = \"user:gh.kvarnbygget-platform:FjAGw1RQqtQbIMhlaZ7YLv\"\n"),
            Expected{"generic-secret=FjAGw1RQqtQbIMhlaZ7YLv"});
  EXPECT_EQ(found("INIT_ADMIN_API_TOKENS=*:*.c1ef21d2191128332a8e7091120a3c0749dd80456d4bb44fe21737b52e8af69c\n"),
            Expected{"generic-secret=c1ef21d2191128332a8e7091120a3c0749dd80456d4bb44fe21737b52e8af69c"});
}

// Calls that take a user then its password, and MRTG's targets, whose
// SNMP community ends at the router's '@'.
TEST(Secrets, PasswordsGivenToCallsAndMrtgTargets) {
  EXPECT_EQ(found("\tsrc, err := client.New(client.Config{Auth: url.UserPassword(\"admin\", \"Gr4f-Adm1n-2026\")})\n"),
            Expected{"password=Gr4f-Adm1n-2026"});
  EXPECT_EQ(found("config.authentication(AuthMethod::sql_server(\"kassa_rapport\", \"Kv1tto-Rapp0rt\"));\n"),
            Expected{"password=Kv1tto-Rapp0rt"});
  EXPECT_EQ(found("    password => postgresql_password('grafana', Sensitive('Gr4f4n4-DB-pw')),\n"),
            Expected{"password=Gr4f4n4-DB-pw"});
  EXPECT_EQ(found("Target[core-sw_2]: 2:HV7j5qbdkIg5uRuqvLyq@10.254.10.25:::::2\n"),
            Expected{"password=HV7j5qbdkIg5uRuqvLyq"});
  // (a user's name alone, or a target of another tool)
  EXPECT_EQ(found("u := url.UserPassword(\"admin\", pw)\nTarget = \"x:y@z\"\n"), Expected{});
}

// Twilio's auth token after its account SID and the token's key, on one
// line (a queue message, a Kafka record) or escaped inside a JSON string.
TEST(Secrets, ATwilioAuthTokenAfterItsAccountSidAndKey) {
  EXPECT_EQ(found("{\"integration\":\"twilio\",\"account_sid\":\"ACc693ae3d1b9f2f5fe6dbd3880221b30f\","
                  "\"auth_token\":\"a06d04d9694cc58d6e8a3d937b893f49\"}\n"),
            Expected{"twilio-key=a06d04d9694cc58d6e8a3d937b893f49"});
  EXPECT_EQ(found("\"payload\": \"{\\\"sid\\\":\\\"AC573f9c2af809e24c06841544f47ecb68\\\",\\\"auth_token\\\":"
                  "\\\"2d48c08a932665c421b249728b4fae77\\\"}\"\n"),
            Expected{"twilio-key=2d48c08a932665c421b249728b4fae77"});
}

// Dex's LDAP connector names its bind password bindPW.
TEST(Secrets, DexBindPw) {
  EXPECT_EQ(found("    bindDN: uid=dex,ou=svc,dc=example,dc=com\n    bindPW: \"Tg4!kLm29pQwZ7xR\"\n"),
            Expected{"password=Tg4!kLm29pQwZ7xR"});
}

// A CLI that sets a secret-named variable with --value; Finnish prose's
// "API-avain on X".
TEST(Secrets, AClisSecretVariableValueAndAFinnishApiKey) {
  EXPECT_EQ(found("$ platform variable:update env:PAYMENT_CALLBACK_SECRET -e main --value "
                  "'B0ysGaF9LKX757gskYCk9mofa7mVaG1PaGOTkbrc' --sensitive true\n"),
            Expected{"generic-secret=B0ysGaF9LKX757gskYCk9mofa7mVaG1PaGOTkbrc"});
  EXPECT_EQ(found("FOO_TOKEN list --value-from file\n"), Expected{});
  EXPECT_EQ(found("API-avain on Kt7t6WsYPPqkqlQ7zWKaGWuVHSgeMznx.\n"),
            Expected{"generic-secret=Kt7t6WsYPPqkqlQ7zWKaGWuVHSgeMznx"});
}

// Erlang's config tuples ({password, <<"X">>}, {cluster_cookie, 'X'}),
// Camel's RAW(X), a password in HTML bold, SoftEther's /PSK:, NiFi's
// sensitive.props.key, a JSON "*.private-key" and a robot token.
TEST(Secrets, ErlangTuplesCamelRawAndMore) {
  EXPECT_EQ(found("{amqp, [{username, <<\"chat\">>}, {password, <<\"falcon4546x\">>}]},\n"),
            Expected{"password=falcon4546x"});
  EXPECT_EQ(found("{password, get_env()}\n"), Expected{});
  EXPECT_EQ(found("   {cluster_cookie, '6SETCPq39O3RXZiCUeRIfcT2PKiEHcOz'},\n"),
            Expected{"generic-secret=6SETCPq39O3RXZiCUeRIfcT2PKiEHcOz"});
  EXPECT_EQ(found("uri = sftp://h:22/in?username=camel&password=RAW(Walrus3949*)&passiveMode=true\n"),
            Expected{"password=Walrus3949*"});
  EXPECT_EQ(found("\"body\": \"<p>Reset done. Temporary password: <b>y_FpN@@B!.rG6_</b></p>\"\n"),
            Expected{"password=y_FpN@@B!.rG6_"});
  EXPECT_EQ(found("vpncmd /SERVER localhost:5555 /CMD IPsecEnable /L2TP:yes /PSK:Bx4KN9vd99vkFeO8U7ZG7hlqfeu5wOT7 /X:Y\n"),
            Expected{"generic-secret=Bx4KN9vd99vkFeO8U7ZG7hlqfeu5wOT7"});
  EXPECT_EQ(found("nifi.sensitive.props.key=yHXlibssh3nY5rrluXzE3pRxO623Azf5\n"),
            Expected{"generic-secret=yHXlibssh3nY5rrluXzE3pRxO623Azf5"});
  EXPECT_EQ(found("  \"recaptcha.private-key\": \"nbvw1EZqKSjn17RpL3lI2hzmTicGqRguBLYMS2aI0Im\",\n"),
            Expected{"generic-secret=nbvw1EZqKSjn17RpL3lI2hzmTicGqRguBLYMS2aI0Im"});
  EXPECT_EQ(found("  \"conduit.robot-token\": \"api-xyeaep7ruaysv9ekr7q0njjk4bps\",\n"),
            Expected{"generic-secret=api-xyeaep7ruaysv9ekr7q0njjk4bps"});
}

// A name whose last word says number is one more word's: a loan
// agreement's number for a computer is no personnummer.
TEST(National, ANumberNamedByAnAgreementForAThing) {
  const Engine* e = &gdpr();
  EXPECT_TRUE(scan("L\xC3\xA5neavtal dator nr 241101-5007 \xE2\x80\x93 l\xC3\xA4mnas p\xC3\xA5skrivet\n", *e).empty());
  EXPECT_EQ(scan("Anna Svensson nr 241101-5007\n", *e).size(), 1u);
}

// Nagios' check_pgsql -l USER -p X like mysql's -u USER -p X;
// CodeIgniter's hex2bin: prefix names the key's encoding; a vault
// listing's *_hmac row.
TEST(Secrets, LoginFlagPasswordsHex2binKeysAndHmacRows) {
  EXPECT_EQ(found("command_line $USER1$/check_pgsql -H $HOSTADDRESS$ -l nagios -p 'dAjnrpZ7^%cY7w7#6UC' -d postgres\n"),
            Expected{"password=dAjnrpZ7^%cY7w7#6UC"});
  EXPECT_EQ(found("ls -l foo -p bar\n"), Expected{});
  EXPECT_EQ(found("encryption.key = hex2bin:2b5eff4b3a0026a073d46048be35adf6278c378ebf3bdc8fceb577d5b09a6a5e\n"),
            Expected{"generic-secret=2b5eff4b3a0026a073d46048be35adf6278c378ebf3bdc8fceb577d5b09a6a5e"});
  EXPECT_EQ(found("psp_webhook_hmac         b2bed70f7e39a78ce5230f5472a09d8e793dff02a821f18ee78ffbf8b81655ef\n"),
            Expected{"generic-secret=b2bed70f7e39a78ce5230f5472a09d8e793dff02a821f18ee78ffbf8b81655ef"});
}

// A value inside a shell word whose quote the key opened runs to that
// quote (blanks and '}' '>' in it); a config's quoted list of credentials
// still ends each at ';'. A camelCase properties key's value runs to the
// line's end, blanks and all; a shell's PGPASSWORD=x cmd does not.
TEST(Secrets, ValuesInAQuotedShellWordAndCamelCasePropertiesLines) {
  EXPECT_EQ(found("smbclient //nas01/backup -U 'CORP\\svc_backup%Ik2?sHx5TU--KZTMXGT5pk?}TKu>'\n"),
            Expected{"password=Ik2?sHx5TU--KZTMXGT5pk?}TKu>"});
  EXPECT_EQ(found("curl -u 'admin:hx1GP>u*F5 siQmW3!I/MHJ' https://jenkins.corp.local/api/json\n"),
            Expected{"password=hx1GP>u*F5 siQmW3!I/MHJ"});
  EXPECT_EQ(found("openssl pkcs12 -export -in c.pem -out b.p12 -passout 'pass:g@rLi/nkEJDD?|wpf5McF 3/'\n"),
            Expected{"password=g@rLi/nkEJDD?|wpf5McF 3/"});
  EXPECT_EQ(found("    admin_credentials=\"admin:Thistle$Orchid9133;radmin:Mistral.Soleil7824\"\n"),
            (Expected{"password=Thistle$Orchid9133", "password=Mistral.Soleil7824"}));
  EXPECT_EQ(found("ossrhPassword=canyon tundra cobalt walnut\n"), Expected{"password=canyon tundra cobalt walnut"});
  EXPECT_EQ(found("PGPASSWORD=Secret123x psql -h db\n"), Expected{"password=Secret123x"});
}

// ClickHouse's table functions name the password fifth; Coolify's
// generated SERVICE_PASSWORD_*; German and Swedish prose with words
// between "mit" and the password word, or "med lösenordet".
TEST(Secrets, ClickHouseTableFunctionsCoolifyAndProseWithArticles) {
  EXPECT_EQ(found("SELECT * FROM postgresql('10.0.4.12:5432', 'crm', 'contacts', 'ch_reader', 'MosaicMarble6334=') LIMIT 10;\n"),
            Expected{"password=MosaicMarble6334="});
  EXPECT_EQ(found("INSERT INTO t SELECT * FROM mysql('db:3306', 'shop', 'orders', 'etl', 'Kx9#mwq2Lp') ;\n"),
            Expected{"password=Kx9#mwq2Lp"});
  EXPECT_EQ(found("SERVICE_PASSWORD_MYSQL=h7Tqw2Zr9Lm4Ke1\nSERVICE_USER_MYSQL=portal\n"),
            Expected{"password=h7Tqw2Zr9Lm4Ke1"});
  EXPECT_EQ(found("Ich habe es auch mit meinem alten Passwort lMTepXVa5Cu1QApG versucht.\n"),
            Expected{"password=lMTepXVa5Cu1QApG"});
  EXPECT_EQ(found("Jag f\xC3\xB6rs\xC3\xB6kte med l\xC3\xB6senordet Fyrtornsj\xC3\xB6" "bod5881! men det funkar inte\n"),
            Expected{"password=Fyrtornsj\xC3\xB6" "bod5881!"});
  EXPECT_EQ(found("SELECT * FROM mysql('db:3306', 'shop', 'orders') LIMIT 1;\n"), Expected{});
}

// The passwd command's argument is a user (not FortiGate's "set passwd
// X" nor x11vnc's -passwd X); Gitea's signing key is a GPG key's id in
// upper case; user@host:port is an endpoint, not a mailbox.
TEST(Secrets, PasswdCommandsUserGiteaSigningKeyAndEndpoints) {
  EXPECT_EQ(found("  551  pveum passwd backup@pve --password 'Muht-W0~f0Nc'\n"), Expected{"password=Muht-W0~f0Nc"});
  EXPECT_EQ(found("sudo passwd deploy7\n"), Expected{});
  EXPECT_EQ(found("getent passwd 'AD\\lisa.berg7'\n"), Expected{});
  EXPECT_EQ(found("        set passwd ~%mRqlxc1A~d.Zd%w9C2\n"), Expected{"password=~%mRqlxc1A~d.Zd%w9C2"});
  EXPECT_EQ(found("x11vnc -display :0 -passwd SoleilxTango9218 -forever\n"), Expected{"password=SoleilxTango9218"});
  EXPECT_EQ(found("[repository.signing]\nSIGNING_KEY = 853A51495DAE66CA\n"), Expected{});
  EXPECT_EQ(found("signing_key = 8c1f0e7d2b9a4c6e5f3a1b0d9e8c7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e\n"),
            Expected{"generic-secret=8c1f0e7d2b9a4c6e5f3a1b0d9e8c7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e"});
  EXPECT_EQ(found("users.v1.Directory@grpc.bluefjord.tech:443> header x-request-id=1\n"), Expected{});
  EXPECT_EQ(found("contact ann.berg@bluefjord.se: for refunds\n"), Expected{"email=ann.berg@bluefjord.se"});
}

// A password in XML may end in an escaped '<'; an escaped placeholder is
// none.
TEST(Secrets, AnXmlPasswordEndingInAnEscapedLessThan) {
  EXPECT_EQ(found("<String><Key>Password</Key><Value ProtectInMemory=\"True\">Ember_cobalt_Violet_805&lt;</Value></String>\n"),
            Expected{"password=Ember_cobalt_Violet_805&lt;"});
  EXPECT_EQ(found("<user username=\"tomcat\" password=\"&lt;must-be-changed&gt;\" roles=\"tomcat\"/>\n"), Expected{});
}

// The English word as Italian borrows it, four words naming what it opens.
TEST(Secrets, ABorrowedPasswordWordWithFourWordsBeforeIs) {
  EXPECT_EQ(found("Buongiorno, la password del mio account aziendale \xC3\xA8 ka?_%.tmCS9z6 ma il login fallisce.\n"),
            Expected{"password=ka?_%.tmCS9z6"});
  EXPECT_EQ(found("la password del mio account aziendale \xC3\xA8 scaduta\n"), Expected{});
}

// Notes in Markdown: a code span after a label naming a key.
TEST(Secrets, AMarkdownCodeSpanAfterAKeysLabel) {
  EXPECT_EQ(found("- API production key: `Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5`\n"),
            Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5"});
  EXPECT_EQ(found("- API key rotation: `make rotate-keys`\n"), Expected{});
}

// A password may open with ':' (":0yaeKZ^=fxmMX", DB_PASS=:I:BjJTNZ8zjhEL-vqm);
// code's symbols, bind parameters and scopes there stay none (:password,
// Pass::getAnalysis, ${VAULT::ds_vault::password::1}).
TEST(Secrets, APasswordOpeningWithAColon) {
  EXPECT_EQ(found("{\"currentPassword\": \":0yaeKZ^=fxmMX\", \"x\": 1}\n"), Expected{"password=:0yaeKZ^=fxmMX"});
  EXPECT_EQ(found("DB_USER=shop\nDB_PASS=:I:BjJTNZ8zjhEL-vqm\n"), Expected{"password=:I:BjJTNZ8zjhEL-vqm"});
  EXPECT_EQ(found("params[:password] = :password_digest\n"), Expected{});
  EXPECT_EQ(found("  AnalysisType &Pass::getAnalysis(Function &F) const {\n"), Expected{});
  EXPECT_EQ(found("<password>${VAULT::ds_vault::password::1}</password>\n"), Expected{});
}

// Octopus' variable sets: {"Name": "...Key" or "....Salt", "Value": X}.
TEST(Secrets, OctopusNameValuePairs) {
  EXPECT_EQ(found("{\n  \"Name\": \"Storage.ConnectionKey\",\n  \"Value\": \"yuBaIpPWHqqq3eKoaATinx5MoOv62jNIInVit6vq\",\n}\n"),
            Expected{"generic-secret=yuBaIpPWHqqq3eKoaATinx5MoOv62jNIInVit6vq"});
  EXPECT_EQ(found("{\n  \"Name\": \"Cache.Salt\",\n  \"Value\": \"Qm9vN2xhSzR2UjFwWjh4Yw3e\",\n}\n"),
            Expected{"generic-secret=Qm9vN2xhSzR2UjFwWjh4Yw3e"});
  EXPECT_EQ(found("{\n  \"Name\": \"Cache.Region\",\n  \"Value\": \"Qm9vN2xhSzR2UjFwWjh4Yw3e\",\n}\n"), Expected{});
}

// DigitalOcean's app spec: an env's key, its scope (and type), its value.
TEST(Secrets, DigitalOceanAppSpecEnvs) {
  EXPECT_EQ(found("  envs:\n  - key: SMS_GATEWAY_TOKEN\n    scope: RUN_TIME\n    value: 74RQMbECrmh4EnvUGSGnXq1Z3SvZtbm8xuizLoct\n"),
            Expected{"generic-secret=74RQMbECrmh4EnvUGSGnXq1Z3SvZtbm8xuizLoct"});
  EXPECT_EQ(found("  - key: SPACES_SECRET\n    scope: RUN_AND_BUILD_TIME\n    type: SECRET\n    value: Cv4YULwEgt+P8cJj/RJ7bGUHpqxzY58f10hIizn8\n"),
            Expected{"generic-secret=Cv4YULwEgt+P8cJj/RJ7bGUHpqxzY58f10hIizn8"});
  EXPECT_EQ(found("  - key: DATABASE_URL\n    scope: RUN_TIME\n    value: ${db.DATABASE_URL}\n"), Expected{});
}

// Norway's and Denmark's eight digits in pairs under a phone key; not
// unnamed, nor in another order of groups.
TEST(Phone, EightDigitsInPairsUnderAPhoneKey) {
  EXPECT_EQ(found("{\"name\": \"Sara Nilsson\", \"phone\": \"22 52 28 33\"}\n"), Expected{"phone=22 52 28 33"});
  EXPECT_EQ(found("data: {\"phone\":\"40 60 90 44\",\"marketingOptIn\":false}\n"), Expected{"phone=40 60 90 44"});
  EXPECT_EQ(found("{\"name\": \"Sara Nilsson\", \"room\": \"22 52 28 33\"}\n"), Expected{});
  EXPECT_EQ(found("{\"phone\": \"02 52 28 33\"}\n"), Expected{});
  // Norway's mobiles in 3-2-3 under a phone column
  EXPECT_EQ(found("Andelsnr;Navn;Telefon\n3;Haugen, Lars;423 14 182\n"), Expected{"phone=423 14 182"});
  EXPECT_EQ(found("Andelsnr;Navn;Rom\n3;Haugen, Lars;423 14 182\n"), Expected{});
}

// A phone number written with its separators in the column after a
// number (a second mobile, a call log's time); not a compact run in a
// list of numbers.
TEST(Phone, AfterANumbersColumn) {
  EXPECT_EQ(found("3840916,Mirela,070-897 16 96,076-457 80 31,x@y\n"),
            (Expected{"phone=070-897 16 96", "phone=076-457 80 31"}));
  EXPECT_EQ(found("09/06/2025 20:21:51,06 12 34 56 79,Ext.131,Inbound\n"), Expected{"phone=06 12 34 56 79"});
  EXPECT_EQ(found("values: 3,06123456789,4\n"), Expected{});
}

// Passwords in an OpenBSD interface's wpakey, a builder's .password("..."),
// schtasks' /U /P and /RU /RP, wmic's /password:, SONiC's passkey,
// tinyproxy's BasicAuth, a COBOL PIC's VALUE, a Perl DBI DSN list, and
// chats in Finnish, Swedish, Spanish, Dutch and Italian.
TEST(Secrets, PasswordsInDirectivesCallsDeclarationsAndChats) {
  EXPECT_EQ(found("join Vardagsrum wpakey Xq7!mPz2wLr9\njoin \"Sommarstugan 5G\" wpakey \"k3Rv-88pQzLm\"\n"),
            (Expected{"password=Xq7!mPz2wLr9", "password=k3Rv-88pQzLm"}));
  EXPECT_EQ(found("        .password(\"&kNYud=*6mvQdJHV!Tj*\")\n"), Expected{"password=&kNYud=*6mvQdJHV!Tj*"});
  EXPECT_EQ(found("schtasks /Create /S APP02 /U FORETAG\\deploy /P Wq8#rTz2Lm /RU FORETAG\\svc /RP Pl9$kQ2xVb /TN x\n"),
            (Expected{"password=Wq8#rTz2Lm", "password=Pl9$kQ2xVb"}));
  EXPECT_EQ(found("wmic /node:10.2.4.20 /user:\"lokaladmin\" /password:\"Hq2!vX9pLm\" os get Caption\n"),
            Expected{"password=Hq2!vX9pLm"});
  EXPECT_EQ(found("\"TACPLUS_SERVER\": {\"10.0.0.5\": {\"priority\": \"1\", \"passkey\": \"Tq8-vN3xRw\" }}\n"),
            Expected{"password=Tq8-vN3xRw"});
  EXPECT_EQ(found("BasicAuth labbet Xr4!kLm9Qz\n"), Expected{"password=Xr4!kLm9Qz"});
  EXPECT_EQ(found("       01  WS-DB-PASSWD      PIC X(18) VALUE 'Kx9#mQ2vLp'.\n"), Expected{"password=Kx9#mQ2vLp"});
  EXPECT_EQ(found("  ['DBI:mysql:database=mail;host=10.1.1.15;port=3306', 'amavisd', 'Jw3!pQz8Lm' ],\n"),
            Expected{"password=Jw3!pQz8Lm"});
  EXPECT_EQ(found("salasana on nyt Kv8!pLm2Q (vaihtuu taas)\n"), Expected{"password=Kv8!pLm2Q"});
  EXPECT_EQ(found("k\xC3\xA4ytt\xC3\xA4j\xC3\xA4 `raportointi`, salasana `Hq2-vX9p-Lm4`\n"), Expected{"password=Hq2-vX9p-Lm4"});
  EXPECT_EQ(found("Gast och l\xC3\xB6senordet \xC3\xA4r <b>Tq8 vN3x Rw</b> (byts)\n"), Expected{"password=Tq8 vN3x Rw"});
  EXPECT_EQ(found("la clave ahora es \"Hq2 vX9p Lm4\" con espacios\n"), Expected{"password=Hq2 vX9p Lm4"});
  EXPECT_EQ(found("en het tijdelijke wachtwoord Kv8!pLm2Q\n"), Expected{"password=Kv8!pLm2Q"});
  EXPECT_EQ(found("ma la password di admin resta Kv8!pLm2Q oppure no\n"), Expected{"password=Kv8!pLm2Q"});
  // words after them, a prompt's '*'
  EXPECT_EQ(found("salasana on vaihdettu\nschtasks /Create /U deploy /P * /TN x\n"), Expected{});
}

// A bare key: in a config's section or under a service's name (rclone's
// key =, Instana's agent key:, a dashboard widget's key:); not the id
// half of a pair whose secret follows, nor one its comment calls public,
// nor a JSON object's "key" (a message's, a stored object's id).
TEST(Secrets, ABareKeyInAConfigSection) {
  EXPECT_EQ(found("[b2]\ntype = b2\naccount = d775c5d72220\nkey = K0057mQ2vLp9xR4tZ8wN1cB6yH3sJ5\n"),
            Expected{"generic-secret=K0057mQ2vLp9xR4tZ8wN1cB6yH3sJ5"});
  EXPECT_EQ(found("instana:\n  agent:\n    key: qR7vN2xLp9mT4wZ8cB1yH3\n    endpointHost: ingress\n"),
            Expected{"generic-secret=qR7vN2xLp9mT4wZ8cB1yH3"});
  EXPECT_EQ(found("[[accounts]]\n  key = \"EXOcdf5fa9d327e6277fd9d12a6\"\n  name = \"kontoret\"\n"
                  "  secret = \"z2RnqcTbMZydS3VP4U37wVBOS8x_q4AUaiomFhSCEti\"\n"),
            Expected{"generic-secret=z2RnqcTbMZydS3VP4U37wVBOS8x_q4AUaiomFhSCEti"});
  EXPECT_EQ(found("const pusher = new Pusher({\n  appId: '1507078',\n  key: 'f52d5221aae6c1466503', // public, in the client too\n"),
            Expected{});
  EXPECT_EQ(found("  {\n    \"key\": \"Kq82mZpL0vXw4Ty9RbN3cH7d\",\n    \"sender_name\": \"Telia\"\n  }\n"), Expected{});
}

// A JSON key written with \u escapes (Python's json.dumps): its decoded
// label names the value; a key that names nothing, nothing.
TEST(Columns, AJsonKeyWrittenWithEscapes) {
  EXPECT_EQ(found("{\"\\u0aa8\\u0abe\\u0aae\": \"Ashok\", \"\\u0aae\\u0acb\\u0aac\\u0abe\\u0a87\\u0ab2\": \"8567643562\"}\n"),
            Expected{"phone=8567643562"});
  EXPECT_EQ(found("{\"L\\u00f6senord\": \"Xq7!mPz2wLr9\"}\n"), Expected{"password=Xq7!mPz2wLr9"});
  EXPECT_EQ(found("{\"\\u00c5r\": \"8567643562\", \"caf\\u00e9\": \"Xq7!mPz2wLr9\"}\n"), Expected{});
}

// A value quoted by an XML entity: a setting's, Android's Wi-Fi store's.
TEST(Secrets, APasswordQuotedByAnXmlEntity) {
  EXPECT_EQ(found("<x>password=&quot;Xq7!mPz2wLr9&quot;</x>\n"), Expected{"password=Xq7!mPz2wLr9"});
  EXPECT_EQ(found("<string name=\"SSID\">&quot;Kontor&quot;</string>\n"
                  "<string name=\"PreSharedKey\">&quot;rippleGoblet990%&quot;</string>\n<null name=\"WEPKeys\" />\n"),
            Expected{"password=rippleGoblet990%"});
}

// A user's password before @host without a scheme: MySQL Router's
// --bootstrap, tinyproxy's upstream (up to the value's last '@'), a Go
// DSN constant whose password holds '&'; not nginx's upstream block.
TEST(Secrets, AUsersPasswordBeforeAHostWithoutAScheme) {
  EXPECT_EQ(found("mysqlrouter --bootstrap clusteradmin:Kq8!vN2@xLp9@db-ic1.lan:3306 --user=mysqlrouter\n"),
            Expected{"password=Kq8!vN2@xLp9"});
  EXPECT_EQ(found("Upstream http egress:Xq7!mPz2wLr9@proxy.koncern-net.se:3128\nupstream backend {\n"),
            Expected{"password=Xq7!mPz2wLr9"});
  EXPECT_EQ(found("const defaultDSN = \"orders_svc:%A-.tRg=1Qu&R1ByRd@tcp(db7.fra.corp:3306)/orders?parseTime=true\"\n"),
            Expected{"password=%A-.tRg=1Qu&R1ByRd"});
}

// Cisco's " key X" in a radius server block (one blank of indentation)
// and the ASA's aaa-server prompt; not a key chain's key number.
TEST(Secrets, CiscoRadiusAndAaaServerKeys) {
  EXPECT_EQ(found("radius server ISE-GBG\n address ipv4 10.50.0.21 auth-port 1812 acct-port 1813\n key W8HUQ*t9*NDGr#5\n!\n"),
            Expected{"password=W8HUQ*t9*NDGr#5"});
  EXPECT_EQ(found("fw-dc1(config-aaa-server-host)# key Xq7!mPz2wLr9\n"), Expected{"password=Xq7!mPz2wLr9"});
  EXPECT_EQ(found("key chain RIP\n key 1\n  key-string 7 0822455D0A16\n"), Expected{});
}

// A JWT library's key from its encoding (lcobucci/jwt's InMemory).
TEST(Secrets, AJwtLibrarysInMemoryKey) {
  EXPECT_EQ(found("  InMemory::base64Encoded('mF2k9QzX7pLr3vB8nT1yW6cH0aJ5sD4gE2uK8iO7qR0=')\n"),
            Expected{"generic-secret=mF2k9QzX7pLr3vB8nT1yW6cH0aJ5sD4gE2uK8iO7qR0="});
}

// Shopify's API key is its app's client id (SHOPIFY_API_SECRET is the secret).
TEST(Secrets, ShopifysApiKeyIsPublic) {
  EXPECT_EQ(found("SHOPIFY_API_KEY=3f9c2e1a7b6d4c0e8f2a1b3c5d7e9f01\nSHOPIFY_API_SECRET=0ae6cf351e8d4b2a9c7f1e3d5b7a9c2e\n"),
            Expected{"generic-secret=0ae6cf351e8d4b2a9c7f1e3d5b7a9c2e"});
}

// A list of keys: each is a value of its own (Strapi's APP_KEYS, Django's
// FERNET_KEYS).
TEST(Secrets, EachKeyOfAList) {
  EXPECT_EQ(found("APP_KEYS=i9mHh4NO+rFz5pYY3C3I3w==,ZAKf++kxnCO9zeBze/vlVQ==,lPfa3btBUaBBuyzYMs3IKA==\n"),
            (Expected{"generic-secret=i9mHh4NO+rFz5pYY3C3I3w==", "generic-secret=ZAKf++kxnCO9zeBze/vlVQ==",
                      "generic-secret=lPfa3btBUaBBuyzYMs3IKA=="}));
  EXPECT_EQ(found("FERNET_KEYS = [\n    'c_9xDEBmnlVWt5caUPTUm8lPfa3btBUaBBuyzYMs3IK=',\n"
                  "    'oyGZ6QKvJ01pk8t9EEFaQ2Kx8dj2Lq0PmZ7YtR4wVbN=',\n]\n"),
            (Expected{"generic-secret=c_9xDEBmnlVWt5caUPTUm8lPfa3btBUaBBuyzYMs3IK=",
                      "generic-secret=oyGZ6QKvJ01pk8t9EEFaQ2Kx8dj2Lq0PmZ7YtR4wVbN="}));
  EXPECT_EQ(found("APP_KEYS=toBeModified1,toBeModified2\n"), Expected{});
}

// tcpflow's header: padded IPv4 addresses and ports, no phone number in them.
TEST(Phone, TcpflowsPaddedAddresses) {
  EXPECT_EQ(found("010.042.009.235.42307-010.042.011.020.08080: GET /internal/v1/users HTTP/1.1\n"), Expected{});
}

// A Kubernetes Secret's data holds the AWS secret key in base64.
TEST(Secrets, AnAwsSecretKeyInBase64) {
  EXPECT_EQ(found("data:\n  AWS_ACCESS_KEY_ID: QUtJQURJRTROQTRIREpINEVKWlA=\n"
                  "  AWS_SECRET_ACCESS_KEY: TDNmUm0zeHM2ODkvODVoTWMrQnp1QS9OL0RRdWhaQ203NzA0bGl1VA==\n"),
            (Expected{"aws-access-key-id=QUtJQURJRTROQTRIREpINEVKWlA=",
                      "aws-secret-key=TDNmUm0zeHM2ODkvODVoTWMrQnp1QS9OL0RRdWhaQ203NzA0bGl1VA=="}));
  // (base64 of 40 bytes that are no key: a binary blob)
  EXPECT_NE(found("  AWS_SECRET_ACCESS_KEY: 3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQl==\n"),
            (Expected{"aws-secret-key=3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQl=="}));
}

// coturn's users, wsadmin's camelCase password flags, xfreerdp with a
// domain, Korean's short word for a password; a long Basic header; an
// API key named far down a path that says "client".
TEST(Secrets, CoturnWsadminXfreerdpKoreanBasicAndApiKeyPaths) {
  EXPECT_EQ(found("lt-cred-mech\nuser=sipgw:Z5Q!0%6_kV_d\n"), Expected{"password=Z5Q!0%6_kV_d"});
  EXPECT_EQ(found("AdminTask.x('[-bindDN cn=was -bindPassword Qz7!kLm2pW -sslEnabled true]')\n"),
            Expected{"password=Qz7!kLm2pW"});
  EXPECT_EQ(found("xfreerdp /v:jump01 /u:ops-anna /d:GRIDLINE /p:'Hx9#mQ2vLp7' /dynamic-resolution\n"),
            Expected{"password=Hx9#mQ2vLp7"});
  EXPECT_EQ(found("[\xEC\x9D\xB4\xEC\x84\x9C\xEC\x97\xB0] \xEB\xB9\x84\xEB\xB2\x88: Wifi2026!Seoul\n"),
            Expected{"password=Wifi2026!Seoul"});
  const std::string creds = "a2FyZWwzNEBsdW1lbndvcmtzLmNvbTpBVEFUVDN4RmZHRjBkQlZHM1d2SXNuVWVyOUNwRWdENTMtbzdhYlFfdWpTbUpC"
                            "UVBKUjN0ZmpLLXdERGJoTVBGVGJVQVhKRmd2Q1hhdVhQUGd2aVZnYVFJRTMteF9LYzhoaUtsa1U3bWNPcDZYUWZ2TUoz"
                            "OTY2THd3c1dBQS03U2RqcHdtckN1WTJGQXAzNlJ0WE9SZWRmQi1DbjVHekhMdHhJTzhTNHlvaWhHbF9INTNOQktWYTBRPTdGRjFDRDY0";
  EXPECT_EQ(found("http-outgoing-4 >> Authorization: Basic " + creds + "\n"), Expected{"basic-auth=" + creds});
  EXPECT_EQ(found("akka.http.client.auth.api-key = \"bef85d970eb8d81182b911369155fa2f53963809\"\n"),
            Expected{"generic-secret=bef85d970eb8d81182b911369155fa2f53963809"});
  EXPECT_EQ(found("search_api_key = \"bef85d970eb8d81182b911369155fa2f53963809\"\n"), Expected{});
}

// An API key named in Turkish, Czech and Korean prose.
TEST(Secrets, ApiKeysNamedInTurkishCzechAndKorean) {
  EXPECT_EQ(found("Staging API anahtar\xC4\xB1: lIHnzJp9deNW4cP6pPR4OxYvIFlEQI6IlVxoY0n5\n"),
            Expected{"generic-secret=lIHnzJp9deNW4cP6pPR4OxYvIFlEQI6IlVxoY0n5"});
  EXPECT_EQ(found("API kl\xC3\xAD\xC4\x8D pro tisk\xC3\xA1rny: Qx8Lm2Zr7Pw4Kv9Tn3Bb\n"), Expected{"generic-secret=Qx8Lm2Zr7Pw4Kv9Tn3Bb"});
  EXPECT_EQ(found("\xEA\xB2\xB0\xEC\xA0\x9C API \xED\x82\xA4: Qx8Lm2Zr7Pw4Kv9Tn3Cc\n"), Expected{"generic-secret=Qx8Lm2Zr7Pw4Kv9Tn3Cc"});
}

// Rancher's tokens, by their prefix.
TEST(Secrets, RancherTokens) {
  EXPECT_EQ(found("\"token\": \"kubeconfig-u-fco0c:jbmdejq4vz1ncte31z3enmwkre5mi1qhqhrwsdc60md1pioshmejyr\"}}\n"),
            Expected{"vendor-token=kubeconfig-u-fco0c:jbmdejq4vz1ncte31z3enmwkre5mi1qhqhrwsdc60md1pioshmejyr"});
  EXPECT_EQ(found("RANCHER_TOKEN=token-x7k2p:q8w4e6r2t9y1u3i5o7p9a1s3d5f7g9h2j4k6l8z1x3c5v7b9n2m4q6\n"),
            Expected{"vendor-token=token-x7k2p:q8w4e6r2t9y1u3i5o7p9a1s3d5f7g9h2j4k6l8z1x3c5v7b9n2m4q6"});
}

// The Italian guest register (Alloggiati Web): fixed-width records, the
// birth date after 80 characters of names and the sex digit, the passport
// number after its document code PASOR.
TEST(National, AlloggiatiWebRecords) {
  const Engine* e = &gdpr();
  const std::string record = std::string("1608/03/202608NYSTROM") + std::string(43, ' ') + "GUSTAV" + std::string(24, ' ') +
                             "203/06/1958           100000234100000234PASOR84672939            100000234\r\n";
  const auto found = scan(record, *e);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule, "date-of-birth");
  EXPECT_EQ(found[1].rule, "passport");
}

// Passwords on command lines and in code that name no password key:
// PuTTY's -pw, samba-tool's user create NAME X, nmcli's wifi-sec.psk,
// hammer's --name root_pass --value X, lftp's -u USER,X, MySQL Shell's
// \connect USER:X@HOST, Raku's :password(...) and :password<...>, a
// fallback after the environment's password (Swift's ??), a Windows
// account's (DOMAIN\\user, X) pair.
TEST(Secrets, CommandLinesAndCodeWithoutAPasswordKey) {
  EXPECT_EQ(found("plink -batch -ssh admin@10.0.8.11 -pw Gk7rQm2xVt9p \"show log\"\n"), Expected{"password=Gk7rQm2xVt9p"});
  EXPECT_EQ(found("psftp -pw Zt6hWq3pLm8r backup@10.0.8.20 -b getlist.txt\n"), Expected{"password=Zt6hWq3pLm8r"});
  EXPECT_EQ(found("samba-tool user create lina.ek 'Hv4$kLp9wQz2' --given-name=Lina\n"), Expected{"password=Hv4$kLp9wQz2"});
  EXPECT_EQ(found("samba-tool user create lina.ek --random-password\n"), Expected{});
  EXPECT_EQ(found("samba-tool user add test-user Passw0rd   # lab only\n"), Expected{});
  EXPECT_EQ(found("nmcli con add type wifi ifname wlan0 wifi-sec.key-mgmt wpa-psk wifi-sec.psk 'Lager9-Fjord4x'\n"),
            Expected{"password=Lager9-Fjord4x"});
  EXPECT_EQ(found("hammer global-parameter set --name root_pass --value 'Tq8#nVw2Lz5pXr'\n"), Expected{"password=Tq8#nVw2Lz5pXr"});
  EXPECT_EQ(found("alias prod 'open -u deploy,Pepper+glacier64 sftp://172.16.9.4'\n"), Expected{"password=Pepper+glacier64"});
  EXPECT_EQ(found("\\connect app_rw:Wq7Zk2Lp9Xv4@mysql-ro.lan:3306\n"), Expected{"url-credentials=Wq7Zk2Lp9Xv4"});
  EXPECT_EQ(found("\\connect app_rw@mysql-ro.lan:3306\n"), Expected{});
  EXPECT_EQ(found("my $db = DBIish.connect('Pg', :user<sync>, :password('NMit01V5Pv8wrj3S'));\n"),
            Expected{"password=NMit01V5Pv8wrj3S"});
  EXPECT_EQ(found("password: Environment.get(\"DATABASE_PASSWORD\") ?? \"Hx5-Rq8Lm2Tz\",\n"), Expected{"password=Hx5-Rq8Lm2Tz"});
  EXPECT_EQ(found("    'FS01.corp.lan': ('CORP\\\\svc_patch', 'RjgKOsH522#9-vep'),\n"), Expected{"password=RjgKOsH522#9-vep"});
  // (Elixir's System.fetch_env!( is a call; a batch file's %%VAR%% a variable)
  EXPECT_EQ(found("config :shop, Shop.Repo, password: System.fetch_env!(\"DB_PASSWORD\")\n"), Expected{});
  EXPECT_EQ(found("bcp dbo.Stage in stage.dat -S sql03 -U etl -P %%BCP_PWD%% -c\n"), Expected{});
}

// Prose: the password word, a few words naming what it opens, then "is
// now" (ist jetzt, is nu, er endret til) or Swedish "till" (changed to).
TEST(Secrets, ProseNamingWhatThePasswordOpensThenIsNow) {
  EXPECT_EQ(found("Das Admin-Passwort der Telefonanlage ist jetzt Gr\xC3\xB6tlantern349-, bitte\n"),
            Expected{"password=Gr\xC3\xB6tlantern349-"});
  EXPECT_EQ(found("- Bytte l\xC3\xB6senordet p\xC3\xA5 servicekontot `svc-ekonomi` till `Willow+pepper1303_`, meddelat\n"),
            Expected{"password=Willow+pepper1303_"});
  EXPECT_EQ(found("The password for this account is now expired.\n"), Expected{});
  EXPECT_EQ(found("Skicka l\xC3\xB6senordet till Anna\n"), Expected{});
}

// vSphere's single sign-on principals are no mailboxes; an access key id's
// next line holding GeoServer's s3.password holds its secret key.
TEST(Secrets, VsphereSsoPrincipalsAndGeoServerS3Keys) {
  EXPECT_EQ(found("govc login -u administrator@vsphere.local\n"), Expected{});
  EXPECT_EQ(found("ortho.s3.user=AKIAJSAJ4D47IMFNVHY5\northo.s3.password=iHlH/6t3HuXNSb4wpE4TTaR4iiCSOT49ZSqhWSN2\n"),
            (Expected{"aws-access-key-id=AKIAJSAJ4D47IMFNVHY5", "aws-secret-key=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"}));
}

// The key openssl enc is given in hex (-K); its -iv is no secret.
TEST(Secrets, OpensslEncKeyInHex) {
  EXPECT_EQ(found("openssl enc -aes-256-cbc -in a.csv -out a.csv.enc -K "
                  "4f1c9a7e2b6d8053c1e9f4a27b3d6e8c0a5f2d7b9e1c4a6f8d3b5e7a9c2f4d61 -iv 763653023e5c12a40fd53a31f0a1b2c3\n"),
            Expected{"generic-secret=4f1c9a7e2b6d8053c1e9f4a27b3d6e8c0a5f2d7b9e1c4a6f8d3b5e7a9c2f4d61"});
  EXPECT_EQ(found("openssl enc -d -aes-256-cbc -in a.enc -iv 763653023e5c12a40fd53a31f0a1b2c3 -K \"$KEY\"\n"), Expected{});
}

// Mercure's publisher_jwt and subscriber_jwt keys (the documentation's
// !ChangeThis...! stays none); each key of a compose file's NAME_KEYS:;
// the borrowed password word right before "è"; "the password I set is X".
TEST(Secrets, MercureKeysComposeKeyListsAndFirstPersonPasswords) {
  EXPECT_EQ(found("\tmercure {\n\t\tpublisher_jwt DXXHy3I2undZYqcY7alznC2yp7tISSyEMHivKTUw\n"),
            Expected{"generic-secret=DXXHy3I2undZYqcY7alznC2yp7tISSyEMHivKTUw"});
  EXPECT_EQ(found("\t\tsubscriber_jwt 8698009558629fb10af097de11937d6ae39c939e8bc48c39bbd5d9ca70076779 HS512\n"),
            Expected{"generic-secret=8698009558629fb10af097de11937d6ae39c939e8bc48c39bbd5d9ca70076779"});
  EXPECT_EQ(found("# dev: publisher_jwt !ChangeThisMercureHubJWTSecretKey!\n"), Expected{});
  EXPECT_EQ(found("    environment:\n      ENCRYPTION_SALT_KEYS: 0da9cf969c6049b8429b6f55300224d3\n"),
            Expected{"generic-secret=0da9cf969c6049b8429b6f55300224d3"});
  EXPECT_EQ(found("Salve, la mia password \xC3\xA8 Hv4kLp9wQz2x, ma il portale dice\n"), Expected{"password=Hv4kLp9wQz2x"});
  EXPECT_EQ(found("la password \xC3\xA8 scaduta\n"), Expected{});
  EXPECT_EQ(found("The password I set is Hv4kLp9wQz2y - can you check?\n"), Expected{"password=Hv4kLp9wQz2y"});
  EXPECT_EQ(found("The password I entered is incorrect\n"), Expected{});
}

// A prose password's key read over a few words may end in a user name's
// label: the value after it is the user ("lösenordet jag använde var X.
// Användarnamn: Y").
TEST(Secrets, AUserNamesLabelEndsAProsePasswordsKey) {
  EXPECT_EQ(found("Hej, l\xC3\xB6senordet jag anv\xC3\xA4nde var Fj\xC3\xA4llr\xC3\xA4v662@. Anv\xC3\xA4ndarnamn: kund4412.\n"),
            Expected{"password=Fj\xC3\xA4llr\xC3\xA4v662@."});
  EXPECT_EQ(found("Password for user: Xk9mQ2wLp4\n"), Expected{"password=Xk9mQ2wLp4"});
}

// A secret its line's comment calls an example, a sample, a placeholder,
// a dummy or a fake is none; a comment that only names examples' folder
// is no such word.
TEST(Secrets, ASecretItsCommentCallsAnExample) {
  EXPECT_EQ(found("  - uid: ep_sandbox\n    secret: whsec_xavnsFECNB04XDCYjV5naLk4f5WStIGu   # docs example\n"), Expected{});
  EXPECT_EQ(found("password: Xk9mQ2wLp4   # example\n"), Expected{});
  EXPECT_EQ(found("  \"apiKey\": \"Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sX\", // fake\n"), Expected{});
  EXPECT_EQ(found("API_KEY=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sG  # rotated 2024, see examples/\n"),
            Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sG"});
  EXPECT_EQ(found("password: Xk9mQ2wLp4   # sample_rate follows\n"), Expected{"password=Xk9mQ2wLp4"});
}

// Network devices' shared secrets: FortiGate's set secret X (not its
// ENC ... form), Junos' pre-shared-key ascii-text and authentication-key
// (not a committed $9$...); Murmur's Ice secret and -supw.
TEST(Secrets, NetworkDevicesSharedSecretsAndMurmur) {
  EXPECT_EQ(found("    edit \"nps02\"\n        set secret Gk7rQm2xVt9pZa\n"), Expected{"password=Gk7rQm2xVt9pZa"});
  EXPECT_EQ(found("        set secret ENC aGVsbG8gd29ybGQgdGhpcyBpcw==\n"), Expected{});
  EXPECT_EQ(found("set security ike policy p pre-shared-key ascii-text \"Gk7rQm2xVt9pZa-3\"\n"),
            Expected{"password=Gk7rQm2xVt9pZa-3"});
  EXPECT_EQ(found("set system ntp authentication-key 1 type sha256 value \"Tz9Lm2Hx5Rq\"\n"), Expected{"password=Tz9Lm2Hx5Rq"});
  EXPECT_EQ(found("set security ike policy p pre-shared-key ascii-text \"$9$abcDEF123xyz\"\n"), Expected{});
  EXPECT_EQ(found("icesecretwrite=Gk7rQm2xVt9pZb\n"), Expected{"password=Gk7rQm2xVt9pZb"});
  EXPECT_EQ(found("murmurd -ini /etc/murmur.ini -supw Hx5Rq8Lm2Tz3K\n"), Expected{"password=Hx5Rq8Lm2Tz3K"});
}

// Keys of frameworks and servers: Hasura's JWT secret object, Play's
// signer.key, a VAPID private key (not its public one), Matomo's
// token_auth in a URL, GDScript's const NAME_KEY := "X".
TEST(Secrets, FrameworkKeysHasuraPlayVapidMatomoGdscript) {
  EXPECT_EQ(found("HASURA_GRAPHQL_JWT_SECRET={\"type\":\"HS256\",\"key\":\"8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e4b6d8f0a\"}\n"),
            Expected{"generic-secret=8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e4b6d8f0a"});
  EXPECT_EQ(found("  authenticator.signer.key = \"Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5Xx8=\"\n"),
            Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5Xx8="});
  EXPECT_EQ(found(" \"vapidPrivate\": \"Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5Xx8Ab12\",\n \"vapidPublic\": "
                  "\"BzSpIlwheFq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5Xx8Ab12\"\n"),
            Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5Xx8Ab12"});
  EXPECT_EQ(found("curl \"https://m.example.net/index.php?module=API&token_auth=8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e\"\n"),
            Expected{"generic-secret=8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e"});
  EXPECT_EQ(found("const TELEMETRY_KEY := \"8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2f\"\n"),
            Expected{"generic-secret=8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2f"});
}

// More of a password word, words naming what it opens, then the verb:
// German "ist übrigens", Dutch "is deze week", Polish "zmienione na",
// Czech "je" (after "heslo" only: Polish "je" is "them").
TEST(Secrets, ProseInGermanDutchPolishAndCzech) {
  EXPECT_EQ(found("Das Passwort f\xC3\xBCr den Drucker-Admin (HP im 2. OG) ist \xC3\xBC" "brigens Salvia_Mango_177, falls\n"),
            Expected{"password=Salvia_Mango_177"});
  EXPECT_EQ(found("Wachtwoord van het gasten-wifi is deze week KaffeTN1978%42 (staat op het bord)\n"),
            Expected{"password=KaffeTN1978%42"});
  EXPECT_EQ(found("Has\xC5\x82o do Wi-Fi dla go\xC5\x9B" "ci zmienione na Marmor-Kobolt-868\n"),
            Expected{"password=Marmor-Kobolt-868"});
  EXPECT_EQ(found("Heslo k VPN pro pobo\xC4\x8Dku v Brn\xC4\x9B je LvYv0OvrZkT*a, u\xC5\xBEivatel brno-vpn\n"),
            Expected{"password=LvYv0OvrZkT*a"});
  EXPECT_EQ(found("Heslo pro Wi-Fi je stejn\xC3\xA9 jako loni\n"), Expected{});
  EXPECT_EQ(found("Has\xC5\x82o do serwera w biurze zmieni\xC4\x99 jutro rano, prosz\xC4\x99 je Q3-2025 zapisa\xC4\x87\n"), Expected{});
}

// Network devices', daemons' and build tools' passwords: ProCurve's
// quoted community and radius-server key, hostapd's RADIUS secret, ZNC's
// nickserv module and server lines, Buildbot's Worker("name", X), DB2's
// connect ... using X, CFEngine's string promise, COBOL's VALUE clause
// (its :WS-DB-PASS host variable is none), redis-cli as pstree -a shows it.
TEST(Secrets, DevicesDaemonsAndBuildTools) {
  EXPECT_EQ(found("snmp-server community \"Gk7rQm2xVt9pZa\" operator\n"), Expected{"password=Gk7rQm2xVt9pZa"});
  EXPECT_EQ(found("radius-server host 10.1.0.30 key \"Gk7rQm2xVt9pZb\"\n"), Expected{"password=Gk7rQm2xVt9pZb"});
  EXPECT_EQ(found("auth_server_shared_secret=Gk7rQm2xVt9pZe\n"), Expected{"password=Gk7rQm2xVt9pZe"});
  EXPECT_EQ(found("  LoadModule = nickserv Gk7rQm2xVt9pZf\n  Server = irc.corp.intra +6697 Gk7rQm2xVt9pZg\n"),
            (Expected{"password=Gk7rQm2xVt9pZf", "password=Gk7rQm2xVt9pZg"}));
  EXPECT_EQ(found("    worker.Worker(\"linux-amd64\", \"Gk7rQm2xVt9pZh\"),\n"), Expected{"password=Gk7rQm2xVt9pZh"});
  EXPECT_EQ(found("db2 connect to ERPPROD user db2inst1 using Gk7rQm2xVt9pZi >> $LOG\n"), Expected{"password=Gk7rQm2xVt9pZi"});
  EXPECT_EQ(found("      \"db_pass\"      string => \"Gk7rQm2xVt9pZj\";\n"), Expected{"password=Gk7rQm2xVt9pZj"});
  EXPECT_EQ(found("       01  WS-DB-PASSWORD    PIC X(20) VALUE 'Gk7rQm2xVt9pZk'.\n"), Expected{"password=Gk7rQm2xVt9pZk"});
  EXPECT_EQ(found("           CONNECT :WS-DB-USER IDENTIFIED BY :WS-DB-PASS\n"), Expected{});
  EXPECT_EQ(found("  |-redis-cli,23102 -h 10.0.4.11 -a %kFOes0MyEOVg12vgj9 --no-auth-warning monitor\n"),
            Expected{"password=%kFOes0MyEOVg12vgj9"});
}

// Salts by their names: BigBlueButton's securitySalt, Zulip's avatar_salt.
TEST(Secrets, SaltsByTheirNames) {
  EXPECT_EQ(found("securitySalt=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5\n"),
            Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5"});
  EXPECT_EQ(found("[secrets]\navatar_salt = 8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e\n"),
            Expected{"generic-secret=8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e"});
}

// A vendor's prefix leaves a value to the vendor's rule, but sk_, rk_ and
// Shopify's shp.._ in other shapes, under a secret's name, are still
// secrets; Stripe's test key and a Firebase docs sample are not.
TEST(Secrets, PrefixesOtherVendorsShareUnderASecretsName) {
  EXPECT_EQ(found("MAIL_API_KEY=rk_prod_GoYzme2jg1NuvNSPSUIav5GWgSDrmlniN9ke\n"),
            Expected{"generic-secret=rk_prod_GoYzme2jg1NuvNSPSUIav5GWgSDrmlniN9ke"});
  EXPECT_EQ(found("  \"webhook_secret_key\": \"shpss_HvOQ2HMcJmgxxhP2th4gr9RQybUCOioeWi3Zy4fb\"\n"),
            Expected{"generic-secret=shpss_HvOQ2HMcJmgxxhP2th4gr9RQybUCOioeWi3Zy4fb"});
  EXPECT_EQ(found("  \"webhook_secret_key\": \"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\"\n"),
            Expected{"shopify-token=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"});
  EXPECT_EQ(found("STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n"), Expected{});
  EXPECT_EQ(found("const sample = { apiKey: \"AIzaSyDOCAbC123dEf456GhI789jKl012-MnO\" };\n"), Expected{});
}

// A constant a file sends after "Bearer" by its name is a bearer token;
// a token response's refresh_token after "token_type":"Bearer" is not
// sent so, nor is a value whose name the header does not use.
TEST(Tokens, ALiteralGivenToAClassTheBufferDefinesAndSendsAsBearer) {
  // the class is in the file and sends "Bearer": a bearer token
  const std::string py =
      "class Client:\n    def __init__(self, token):\n        self.s = requests.Session()\n"
      "        self.s.headers[\"Authorization\"] = f\"Bearer {token}\"\n\n"
      "if __name__ == \"__main__\":\n    print(Client(\"Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX\").ping())\n";
  EXPECT_EQ(found(py), Expected{"bearer-token=Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ7vX"});
  // an SDK's client, defined elsewhere: a secret, how it is sent unknown
  EXPECT_EQ(found("co = cohere.ClientV2(\"Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ\")\n"),
            Expected{"generic-secret=Qm7vX2pL9kR4tW8zN1cF5hJ3bG6dS0aEyU2iO8pQ"});
  EXPECT_EQ(found("\tclient := notionapi.NewClient(\"ntn_4QvTxs7m2LpW9kZr1NbYc8FhJ3gDe6Ua5oXi0tSnVyR\")\n"),
            Expected{"generic-secret=ntn_4QvTxs7m2LpW9kZr1NbYc8FhJ3gDe6Ua5oXi0tSnVyR"});
  // words, hosts and URLs given to a client are none; nor Razorpay's key id
  EXPECT_EQ(found("c = HttpClient(\"https://api.partner.example/v2\")\nr = RedisClient(\"cache-primary\")\n"), Expected{});
  EXPECT_EQ(found("$razorpay = new Api('rzp_live_ILgsfZCZoFIKMb', secret());\n"), Expected{});
}

TEST(Tokens, AConstantSentAfterBearerByItsName) {
  const std::string vbs = "Const API_TOKEN = \"4d1c8f0a9b7e6d5c4b3a29180f7e6d5c4b3a2918f0e1d2c3\"\n"
                          "http.setRequestHeader \"Authorization\", \"Bearer \" & API_TOKEN\n";
  EXPECT_EQ(found(vbs), Expected{"bearer-token=4d1c8f0a9b7e6d5c4b3a29180f7e6d5c4b3a2918f0e1d2c3"});
  const std::string cs = "    private const string ServiceToken = \"q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd\";\n"
                         "    c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", ServiceToken);\n";
  EXPECT_EQ(found(cs), Expected{"bearer-token=q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd"});
  const std::string js = "const token = process.env.ANNOUNCE_TOKEN ?? 'Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5';\n"
                         "headers: { Authorization: `Bearer ${ANNOUNCE_TOKEN}` },\n";
  EXPECT_EQ(found(js), Expected{"bearer-token=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5"});
  const std::string response = "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"refresh_token\":"
                               "\"Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd\"}\n";
  EXPECT_EQ(found(response), Expected{"generic-secret=Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd"});
  const std::string other = "API_TOKEN = \"4d1c8f0a9b7e6d5c4b3a29180f7e6d5c4b3a2918f0e1d2c3\"\n"
                            "headers = {\"Authorization\": \"Bearer \" + API_TOKEN_V2}\n";
  EXPECT_EQ(found(other), Expected{"generic-secret=4d1c8f0a9b7e6d5c4b3a29180f7e6d5c4b3a2918f0e1d2c3"});
}

// A password of an AWS secret key's shape beside an access key id is that
// id's secret: duply's TARGET_USER / TARGET_PASS, duck's --username /
// --password. Without an id it stays a password.
TEST(Secrets, APasswordBesideAnAccessKeyIdIsItsSecret) {
  EXPECT_EQ(found("TARGET_USER='AKIA33SDJ5PLXTJGJGOO'\nTARGET_PASS='NXCx8PR6PxJZ4ofGtfxwXN9s1mdo6wZE6WEe87H1'\n"),
            (Expected{"aws-access-key-id=AKIA33SDJ5PLXTJGJGOO", "aws-secret-key=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"}));
  EXPECT_EQ(found("duck.exe --username AKIAKQWH6U4PXHN6HLKT --password Rk5lfSTguhihypXH1AULHtooEQfsbooRnpFyowRw --upload s3://b/\n"),
            (Expected{"aws-access-key-id=AKIAKQWH6U4PXHN6HLKT", "aws-secret-key=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"}));
  EXPECT_EQ(found("TARGET_USER='backup'\nTARGET_PASS='NXCx8PR6PxJZ4ofGtfxwXN9s1mdo6wZE6WEe87H1'\n"),
            Expected{"password=NXCx8PR6PxJZ4ofGtfxwXN9s1mdo6wZE6WEe87H1"});
}

// A YAML list under a key naming keys or tokens: its first item by the
// key, the items below it by being its siblings (a shorter indentation
// ends the list; a word is no sibling secret).
TEST(Secrets, AListOfKeysItemByItem) {
  const std::string yaml = "AccessKeys:\n  ReceiveKeys:\n    - eAzN043LmM94AlqFbhpUr9r6CPyQ1BVx\n"
                           "    - \"3JS2tmkfuELIW2gmqlYbJv5V6a6SCd6s\"\n    - disabled\n    - 4tPI8sbpToHDHeEAg54syF\n"
                           "  SendKeyMode: all\n  - mynmXB5FdgQwTqsI3Dplt2jzsVyy5Af9\n";
  EXPECT_EQ(found(yaml), (Expected{"generic-secret=eAzN043LmM94AlqFbhpUr9r6CPyQ1BVx",
                                   "generic-secret=3JS2tmkfuELIW2gmqlYbJv5V6a6SCd6s",
                                   "generic-secret=4tPI8sbpToHDHeEAg54syF"}));
  EXPECT_EQ(found("hosts:\n  - a3f9c2e7b1d84f06a3f9c2e7b1d84f06\n  - 9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\n"), Expected{});
}

// "user / X" after a login's or an account's word in other languages; a
// word and its colon after the slash is the next label, no password.
TEST(Secrets, AUserAndPasswordAfterLoginWordsInOtherLanguages) {
  EXPECT_EQ(found("<div>Windows-inloggning: mamma / upTsdR23_D._odyy6IPFES</div>\n"),
            Expected{"password=upTsdR23_D._odyy6IPFES"});
  EXPECT_EQ(found("Le mot de passe de votre compte est transp_geodis / orbit_velvet_quartz_99, merci\n"),
            Expected{"password=orbit_velvet_quartz_99"});
  EXPECT_EQ(found("Usuario: admin / contrase\xc3\xb1" "a: \"Fujieisbaer321#\"\n"),
            Expected{"password=Fujieisbaer321#"});
}

// A code constant named a token (Zig's, Tcl's, Elixir's, C#'s, Scala's),
// sent after Bearer or not; a paging cursor or a form's token is none.
TEST(Tokens, ConstantsNamedTokensInCode) {
  EXPECT_EQ(found("const staging_token = \"q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd\";\n"),
            Expected{"generic-secret=q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd"});
  EXPECT_EQ(found("set netbox_token \"q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd\"\n"),
            Expected{"generic-secret=q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd"});
  EXPECT_EQ(found("  @staging_token \"q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd\"\n"),
            Expected{"generic-secret=q8Xv2RmKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7Wd"});
  EXPECT_EQ(found("  private val UpstreamToken   = \"mDuK9UWoYfEIPtVXNv77U0NzoTLpisISN7IHY8vP\"\n"
                  "          Authorization(OAuth2BearerToken(UpstreamToken)),\n"),
            Expected{"bearer-token=mDuK9UWoYfEIPtVXNv77U0NzoTLpisISN7IHY8vP"});
  EXPECT_EQ(found("const nextPageToken = \"CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA2\"\n"), Expected{});
  EXPECT_EQ(found("private static final String csrf_token = \"ZiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3\";\n"), Expected{});
}

// An admin's or root's account and its password in a chat, alone: the
// account names itself; roles listed with slashes are no password.
TEST(Secrets, AnAdminAccountAndItsPasswordInAChat) {
  EXPECT_EQ(found("[12/06/2024 09:16] Beatriz Romano: admin / Buckl3f0x22\n"), Expected{"password=Buckl3f0x22"});
  EXPECT_EQ(found("\"text\": \"try `admin` / `Zq8vR2mKp4` \\u2014 it's the break-glass one\"\n"),
            Expected{"password=Zq8vR2mKp4"});
  EXPECT_EQ(found("roles: admin / editor / viewer\n"), Expected{});
}

// A comment that names a file's columns says which field of each row is
// the password (pppd's chap-secrets, davfs2's secrets); a comment that is
// a sentence, or one over lines of another shape, says nothing.
TEST(Secrets, ARowsFieldUnderACommentedHeadersSecretColumn) {
  EXPECT_EQ(found("# Secrets for authentication using CHAP\n"
                  "# client                server  secret                          IP addresses\n"
                  "\"gridline@isp-login.se\"  *  \"vFI%A8peglJXONi.d.T\"  *\n"
                  "l2tp-anna               l2tpd   \"Lunalemur6096?\"          10.99.0.11\n"
                  "l2tp-guest              l2tpd   \"********\"                10.99.0.13\n"
                  "# 4G backup modem (APN login)\n"
                  "\"tele2\"                 *       \"tele2\"                   *\n"),
            (Expected{"email=gridline@isp-login.se", "password=vFI%A8peglJXONi.d.T", "password=Lunalemur6096?"}));
  EXPECT_EQ(found("# Format: <mount point or server url> <username> <password>\n"
                  "# Example:\n# /media/dav    webdav-username    password\n\n"
                  "/mnt/nextcloud        svc-backup        \"Soleilbishop8981!\"\n"
                  "/srv/archive/  archive  cKeI1-e6XlbGe\n"),
            (Expected{"password=Soleilbishop8981!", "password=cKeI1-e6XlbGe"}));
  EXPECT_EQ(found("[mysqld]\n# password validation plugin settings\nvalidate_password.length=14\n"), Expected{});
  EXPECT_EQ(found("# the password of each user is here\nanna  Lunalemur6096?  10.99.0.11\n"), Expected{});
}

// AutoHotkey types a login: Send "user{Tab}", then SendText "password".
// A SIP URI's user@host is no e-mail address.
TEST(Secrets, AutoHotkeyLoginsAndSipAddresses) {
  EXPECT_EQ(found("    Send \"admin{Tab}\"\n    SendText \"mMAH%E-*HMaKZThb-*0\"\n    Send \"{Enter}\"\n"),
            Expected{"password=mMAH%E-*HMaKZThb-*0"});
  EXPECT_EQ(found("::]sig::\n    SendText \"Med v\xc3\xa4nliga h\xc3\xa4lsningar\"\n"), Expected{});
  EXPECT_EQ(found("<sip:ext204@pbx.kontor.se>;auth_user=ext204\nmail anna@kontor.se\n"),
            Expected{"email=anna@kontor.se"});
}

// Daemons' and devices' passwords as their configs write them: 3proxy's
// users, a key chain's key-string, Huawei VRP's commands as typed (not
// their stored ciphertext), monit's allow user:X (not nginx's allow of an
// IPv6 address), OCI's pass_phrase.
TEST(Secrets, ProxiesKeyChainsHuaweiMonitAndOci) {
  EXPECT_EQ(found("users admin:CL:Yj8uKkaV_54m#ac legacy:CR:$1$z5bukmGG$xx5uX5i\n"),
            Expected{"password=Yj8uKkaV_54m#ac"});
  EXPECT_EQ(found("key chain ISIS-AUTH\n key 1\n  key-string Kx9!mQ2vRt7p\n"), Expected{"password=Kx9!mQ2vRt7p"});
  EXPECT_EQ(found(" local-user admin password irreversible-cipher Hz8!mQ2vRt\n"), Expected{"password=Hz8!mQ2vRt"});
  EXPECT_EQ(found("snmp-agent community read cipher %^%#BMMkGFVoI4coB1avJL1zVMaw%^%# acl 2001\n"), Expected{});
  EXPECT_EQ(found("    allow admin:Mn7#xQ2vRt\n    allow localhost\n"), Expected{"password=Mn7#xQ2vRt"});
  EXPECT_EQ(found("    allow 2a01:4f8:10a:1c4b::2;\n    allow cafe:4f8::1;\n"), Expected{});
  EXPECT_EQ(found("[DEFAULT]\npass_phrase=Lp9#vQ2mRt8x\n"), Expected{"password=Lp9#vQ2mRt8x"});
}

// A Kubernetes env's name and value (block or flow mapping), each key of a
// pair in its own HTML element (raw or escaped), and prose's "secret is"
// with AWS named before it.
TEST(Secrets, AwsSecretKeysInEnvPairsCodeElementsAndProse) {
  const std::string key = "Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S";
  EXPECT_EQ(found("env:\n  - name: AWS_SECRET_ACCESS_KEY\n    value: " + key + "\n"), Expected{"aws-secret-key=" + key});
  EXPECT_EQ(found("    env: [{name: AWS_SECRET_ACCESS_KEY, value: " + key + "}]\n"), Expected{"aws-secret-key=" + key});
  EXPECT_EQ(found("keys: &lt;code&gt;AKIAVTNLETB3MBZKUOQF&lt;/code&gt; / &lt;code&gt;" + key + "&lt;/code&gt;\n"),
            (Expected{"aws-access-key-id=AKIAVTNLETB3MBZKUOQF", "aws-secret-key=" + key}));
  EXPECT_EQ(found("the s3 bucket's key pair: AKIAVTNLETB3MBZKUOQF, rotated\nits secret is " + key + " for now\n"),
            (Expected{"aws-access-key-id=AKIAVTNLETB3MBZKUOQF", "aws-secret-key=" + key}));
  // (without AWS named before it, "secret is" names no AWS key)
  EXPECT_NE(found("the signing secret is " + key + " for now\n"), Expected{"aws-secret-key=" + key});
}

// An environment variable's fallback in Crystal and the shell; the
// constant holding it, sent after "Bearer", is a bearer token.
TEST(Tokens, AnEnvironmentVariablesFallback) {
  const std::string value = "0a939b6bb199726ced9559a310cbb743c4fa2137";
  EXPECT_EQ(found("curl -H \"X-Token: ${SYNC_TOKEN:-" + value + "}\" $URL\n"), Expected{"generic-secret=" + value});
  EXPECT_EQ(found("  TOKEN = ENV[\"SYNC_TOKEN\"]? || \"" + value + "\"\n"), Expected{"generic-secret=" + value});
  EXPECT_EQ(found("  TOKEN = ENV[\"SYNC_TOKEN\"]? || \"" + value + "\"\n" +
                  "    req.headers[\"Authorization\"] = \"Bearer #{TOKEN}\"\n"),
            Expected{"bearer-token=" + value});
  EXPECT_EQ(found("const token = process.env.SYNC_TOKEN ?? \"" + value + "\";\n" +
                  "headers.Authorization = `Bearer ${token}`;\n"),
            Expected{"bearer-token=" + value});
  EXPECT_EQ(found("const token = process.env.SYNC_TOKEN ?? \"" + value + "\";\n" +
                  "headers.Authorization = `Basic ${token}`;\n"),
            Expected{"generic-secret=" + value});
}

// "Bearer" and the token as a list's or a call's first two items, a
// template's literal, and more clients' helpers.
TEST(Tokens, BearerAndItsTokenAsItemsAndHelpers) {
  const std::string t = "GZhryaBIdP7AXSCpOBDfznAYgYtjvIGeaPZ5W";
  for (const std::string& text : {"Req.get!(url, auth: {:bearer, \"" + t + "\"})\n",
                                 "conn.request :authorization, :Bearer, '" + t + "'\n",
                                 "h = {Authorization: [\"Bearer\", \"" + t + "\"].join(' ')}\n",
                                 "lv_auth = |Bearer { '" + t + "' }|.\n",
                                 "client setBearerAuthentication: '" + t + "';\n",
                                 "c := api.New(api.WithBearerToken(\"" + t + "\"))\n"})
    EXPECT_EQ(found(text), Expected{"bearer-token=" + t}) << text;
}

// An API's global id (Asana's "gid") is an id, not a card number.
TEST(Cards, AnApisGlobalIdIsNoCard) {
  EXPECT_EQ(found("{\n  \"gid\": \"4636448644737228\",\n  \"resource_type\": \"task\"\n}\n"), Expected{});
  EXPECT_EQ(found("{\n  \"card\": \"4636448644737228\",\n  \"resource_type\": \"task\"\n}\n"),
            Expected{"credit-card=4636448644737228"});
}

// Gateways' published test cards (Authorize.net's, Worldpay's) are what
// a staging payment flow sends; a card one digit away from one is a card.
TEST(Cards, GatewaysPublishedTestCardsAreNoFindings) {
  EXPECT_EQ(found("x_method=CC&x_card_num=4007000000027&x_exp_date=0427\n"), Expected{});
  EXPECT_EQ(found("<VISA-SSL>\n  <cardNumber>4444333322221111</cardNumber>\n"), Expected{});
  EXPECT_EQ(found("<VISA-SSL>\n  <cardNumber>4444333322221129</cardNumber>\n"),
            Expected{"credit-card=4444333322221129"});
}

// A mount's or a connection pool's option list ends a password at its
// separator whatever follows it; an element's closing tag ends it too.
TEST(Secrets, PasswordsInOptionListsAndBeforeClosingTags) {
  EXPECT_EQ(found("//nas/share /mnt/x cifs username=veeam-ro,password=Kx9#mPq2Lw7vZ,ro,vers=3.1.1 0 0\n"),
            Expected{"password=Kx9#mPq2Lw7vZ"});
  EXPECT_EQ(found("asadmin create-jdbc-connection-pool --property user=hr_app:password=Kx9#mPq2Lw7vZsdfE:serverName=db\n"),
            Expected{"password=Kx9#mPq2Lw7vZsdfE"});
  EXPECT_EQ(found("<property name=\"url\">jdbc:x:@h;user=TTJDBC;password=Kx9#mPq2Lw7vZsdfE</property>\n"),
            Expected{"password=Kx9#mPq2Lw7vZsdfE"});
  // (a comma inside a password that follows no option stays in it)
  EXPECT_EQ(found("password=L,oxoAA^HcLq3TzYx\n"), Expected{"password=L,oxoAA^HcLq3TzYx"});
}

// The argument documented client calls take a password in; a printf
// conversion alone is a template, a password that starts like one is not.
TEST(Secrets, PasswordsAsClientCallsArguments) {
  const std::string pw = "Hq7vLp2Xw9zRt4m";
  for (const std::string& text : {"$conn = mysqli_connect(\"db.lan\", \"app\", \"" + pw + "\", \"shop\");\n",
                                 "conn = pymysql.connect(\"db.lan\", \"app\", \"" + pw + "\", \"shop\")\n",
                                 "ftp = FTP('ftp.lan', 'app', '" + pw + "')\n",
                                 "ssh2_auth_password($c, 'app', '" + pw + "');\n",
                                 "con = assert(env:connect(\"lager\", \"lua_sync\", \"" + pw + "\", \"10.0.0.7\", 3306))\n",
                                 "conn = cx_Oracle.connect(\"scott\", \"" + pw + "\", \"db.lan/orcl\")\n",
                                 "server.login(\"app@example.com\", \"" + pw + "\")\n",
                                 "String credential = Credentials.basic(\"app\", \"" + pw + "\");\n",
                                 "req.basic_auth 'app', '" + pw + "'\n",
                                 "objNetwork.MapNetworkDrive \"Z:\", \"\\\\srv\\share\", False, \"DOM\\app\", \"" + pw + "\"\n",
                                 "DriveMapAdd(\"Z:\", \"\\\\srv\\share\", 0, \"DOM\\app\", \"" + pw + "\")\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // (a port, a variable or no second argument is no password)
  EXPECT_EQ(found("sock.connect((\"10.0.0.1\", 8080))\n"), Expected{});
  EXPECT_EQ(found("await page.login(\"admin\", process.env.ADMIN_PW)\n"), Expected{});
  EXPECT_EQ(found("\t\tstorage_password \"%8sN8ZI9!obpF\"\n"), Expected{"password=%8sN8ZI9!obpF"});
  EXPECT_EQ(found("\t\tstorage_password \"%s\"\n"), Expected{});
  EXPECT_EQ(found("\t\tpassword = \"%s:%s\"\n"), Expected{});
}

// ABAP's and VB's typed declarations name their values; the name, sent
// after "Bearer" further down, makes the value a bearer token.
TEST(Tokens, TypedDeclarationsInAbapAndVisualBasic) {
  const std::string t = "hELHicYO3J2rQAGJAHGl_VOTtdUVr6qnrksehrQge8iXTXBg";
  EXPECT_EQ(found("CONSTANTS: lc_secret TYPE string VALUE '" + t + "'.\n"), Expected{"generic-secret=" + t});
  EXPECT_EQ(found("DATA lc_password TYPE c LENGTH 30 VALUE 'Hq7#vLp2Xw9z'.\n"), Expected{"password=Hq7#vLp2Xw9z"});
  EXPECT_EQ(found("CONSTANTS: lc_token  TYPE string VALUE '" + t + "',\n" +
                  "  lo_req->set_header_field( name = 'Authorization' value = |Bearer { lc_token }| ).\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    Private Const ApiToken As String = \"" + t + "\"\n" +
                  "    c.Authorization = New AuthenticationHeaderValue(\"Bearer\", ApiToken)\n"),
            Expected{"bearer-token=" + t});
}

// What openssl rand prints on the next line is a secret.
TEST(Secrets, OpenSslRandsOutput) {
  const std::string v = "IAA0N19OArwgbYTcSY9tnplCRB9awlnsngsv81XSDjE=";
  EXPECT_EQ(found("root@mq01:~# openssl rand -base64 32\n" + v + "\n"), Expected{"generic-secret=" + v});
}

// A contract's id (Swedish "Avtals-id") numbers a contract, not a person.
TEST(National, AContractsIdIsNoPersonnummer) {
  const Engine* e = &gdpr();
  EXPECT_TRUE(scan("Avtalet har uppr\xC3\xA4ttats i tv\xC3\xA5 exemplar. Avtals-id i HR-systemet: 202601015510.\n", *e).empty());
  EXPECT_EQ(scan("Personnummer i HR-systemet: 202601015510.\n", *e).size(), 1u);
}

// Prose passwords in more languages; CJK text's full-width punctuation
// ends the value.
TEST(Secrets, ProsePasswordsInMoreLanguages) {
  const std::string pw = "Kx9mPq2Lw7vZ";
  for (const std::string& text : {"Ideiglenes jelsz\xC3\xB3: " + pw + "\n",
                                 "\xE5\xAF\x86\xE7\xA0\x81\xE6\x98\xAF" + pw + "\xEF\xBC\x8C\xE7\x94\xA8\xE6\x88\xB7\xE5\x90\x8D root\n",
                                 "\xE6\xB5\x8B\xE8\xAF\x95\xE5\xAF\x86\xE7\xA0\x81\xEF\xBC\x9A" + pw + "\xEF\xBC\x8C\n",
                                 "la password del DB di staging \xC3\xA8 `" + pw + "`, l'ho ruotata ieri.\n",
                                 "kata sandi wifi adalah " + pw + "\n",
                                 "m\xE1\xBA\xADt kh\xE1\xBA\xA9u l\xC3\xA0 " + pw + "\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
}

// An API key or a token named in more languages' prose.
TEST(Secrets, ApiKeysAndTokensNamedInMoreLanguages) {
  const std::string v = "d4f1e8a9b2c7350e6f9a1b8c2d7e4f03a5b6c9d2";
  for (const std::string& text : {"klucz API: " + v + "\n", "klucz API to " + v + "\n",
                                 "\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD \xD0\xB2\xD1\x96\xD0\xB4 BotFather: " + v + "\n",
                                 "API\xE3\x82\xAD\xE3\x83\xBC: " + v + "\n", "API\xE5\xAF\x86\xE9\x92\xA5\xEF\xBC\x9A" + v + "\n",
                                 "La cl\xC3\xA9 webservice PrestaShop : " + v + "\n", "API-n\xC3\xB8kkel: " + v + "\n",
                                 "\xE3\x83\x84\xE3\x83\xBC\xE3\x83\xAB\xE3\x81\xAE" "API\xE3\x83\x88\xE3\x83\xBC\xE3\x82\xAF\xE3\x83\xB3\xEF\xBC\x9A" + v + "\n",
                                 "\xD7\x9E\xD7\xA4\xD7\xAA\xD7\x97 API: " + v + "\n",
                                 "O token da API de fatura\xC3\xA7\xC3\xA3o \xC3\xA9 " + v + "\n"})
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
}

// Keys named in mixed case after a capital prefix (acme.sh's
// SAVED_CF_Token), for an environment (_PRODUCTION, _SANDBOX), and a
// CloudFormation parameter file's secret parameters; Braintree's
// tokenization key ships to browsers.
TEST(Secrets, MoreNamesOfGenericSecrets) {
  const std::string v = "d4f1e8a9b2c7350e6f9a1b8c2d7e4f03a5b6c9d2";
  for (const std::string& text : {"SAVED_CF_Token='" + v + "'\n", "SAVED_GD_Key='" + v + "'\n",
                                 "PLAID_SECRET_PRODUCTION = \"" + v + "\"\n", "PLAID_SECRET_SANDBOX = \"" + v + "\"\n",
                                 "  { \"ParameterKey\": \"AuthToken\", \"ParameterValue\": \"" + v + "\" },\n"})
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
  EXPECT_EQ(found("BRAINTREE_TOKENIZATION_KEY = \"sandbox_g42y39zw_348pk9cgf3bgyw2b\"\n"), Expected{});
}

// A URL syntax line's optional parts and a message's id in a mail header
// hold no credential and no address.
TEST(Precision, UrlSyntaxLinesAndMessageIds) {
  EXPECT_EQ(found("#   scheme://[user[:password]@]host[:port]/[/]path\n"), Expected{});
  EXPECT_EQ(found("# example_dsn = mysql://[user[:password]@][host][:port][/dbname]\n"), Expected{});
  EXPECT_EQ(found("Message-ID: <6eekn47eza$odzd$1@news.example-isp.de>\nIn-Reply-To: <a81b2c@mail.example.org>\n"),
            Expected{});
  // (an address in a From: header is one)
  EXPECT_EQ(found("From: Jan Kowalski <jan.kowalski@example-isp.de>\n"), Expected{"email=jan.kowalski@example-isp.de"});
}

// What a secret manager's CLI prints on the line after the command
// (gcloud secrets versions access, conjur rotate-api-key, vault kv get
// -field=), and LiveKit's keys: map of API key to secret.
TEST(Secrets, SecretsPrintedByCliCommandsAndLiveKitKeys) {
  const std::string v = "whsec_XsEKr7k0Sn38NVAVYHyNNpf00tNv";
  for (const std::string& text :
       {"maja@cloudshell:~$ gcloud secrets versions access latest --secret=stripe-webhook-signing; echo\n" + v + "\n",
        "$ conjur host rotate-api-key -i billing/worker-01\n" + v + "\n$ conjur whoami\n",
        "$ vault kv get -field=api_key secret/billing\n" + v + "\n",
        "keys:\n  APIXxoSKr2Uw: " + v + "\nwebhook:\n  api_key: APIXxoSKr2Uw\n"})
    EXPECT_EQ(found(text), Expected{"generic-secret=" + v}) << text;
}

// Each item of code's list or table named tokens (Lua's wrk scripts).
TEST(Secrets, EachItemOfAListOfTokensInCode) {
  const std::string a = "aDzQveHuLRA1X_016uqYr-7B3kLm9PqZ", b = "Zq8XvR2mKp4Lw7TnB9cYh3DfJ6sGa1Ue0Qo5zN7WdAbCdEfGhJk";
  EXPECT_EQ(found("local tokens = {\n  \"" + a + "\",\n  \"" + b + "\",\n}\n"),
            (Expected{"generic-secret=" + a, "generic-secret=" + b}));
  EXPECT_EQ(found("keys = [\"name\", \"email\"]\n"), Expected{});
}

// A constant sent after "Bearer" through one more name (token =
// GUEST_TOKEN; ?? KIOSK_TOKEN), qualified (Self.previewToken), or given to
// a bearer helper (.bearer_auth(NAME)); a type after ':' is no name.
TEST(Tokens, AConstantSentAsABearerTokenThroughAnotherName) {
  const std::string t = "6YaRMYqSeNTiewDUaAGxf1UqxRXm3khjsiOJIXebWelgR1TLcyoWjcIy0nHD9t2I";
  EXPECT_EQ(found("    private static final String GUEST_TOKEN = \"" + t + "\";\n    String token = user != null ? user.token() : null;\n"
                  "    if (token == null) {\n        token = GUEST_TOKEN;\n    }\n"
                  "    return chain.proceed(req.newBuilder().header(\"Authorization\", \"Bearer \" + token).build());\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    private static let previewToken = \"" + t + "\"\n"
                  "        request.addHeader(name: \"Authorization\", value: \"Bearer \\(Self.previewToken)\")\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("const UPLOAD_TOKEN: &str = \"" + t + "\";\n  let r = c.post(u).bearer_auth(UPLOAD_TOKEN).send();\n"),
            Expected{"bearer-token=" + t});
  // (a name given to another that is sent some other way stays generic)
  EXPECT_EQ(found("    private static final String GUEST_TOKEN = \"" + t + "\";\n        token = GUEST_TOKEN;\n"
                  "    req.header(\"X-Api-Key\", token);\n"),
            Expected{"generic-secret=" + t});
}

// Through a conditional's branch on a line of its own (Dart's final token
// = cond\n  ? _mapToken\n  : ...), a Spring @Value default given to the
// field declared after it, and two names deep through a struct's field
// (Go: tok = defaultToken; staticToken{token: tok}; "Bearer " + s.token).
TEST(Tokens, AConstantSentThroughABranchAnAnnotatedFieldOrAStructField) {
  const std::string t = "BzDe3hLBWKn4WZsEu65wBfpcC0NvctP6uMN2Cg7M";
  EXPECT_EQ(found("const _stationMapToken = '" + t + "';\n\n    final token = req.uri.path.startsWith('/stations')\n"
                  "        ? _stationMapToken\n        : (await session.accessToken()) ?? '';\n"
                  "    final authed = applyHeader(req, 'Authorization', 'Bearer $token');\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    @Value(\"${partner.workshops.token:" + t + "}\")\n    private String workshopToken;\n\n"
                  "                .defaultHeader(HttpHeaders.AUTHORIZATION, \"Bearer \" + workshopToken)\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("func (s staticToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {\n"
                  "\treturn map[string]string{\"authorization\": \"Bearer \" + s.token}, nil\n}\n\n"
                  "const defaultLedgerToken = \"" + t + "\"\n\nfunc Dial() {\n\ttok := os.Getenv(\"LEDGER_TOKEN\")\n"
                  "\tif tok == \"\" {\n\t\ttok = defaultLedgerToken\n\t}\n"
                  "\tgrpc.WithPerRPCCredentials(staticToken{token: tok, secure: true})\n}\n"),
            Expected{"bearer-token=" + t});
  // (an annotated field sent some other way stays generic)
  EXPECT_EQ(found("    @Value(\"${partner.api.token:" + t + "}\")\n    private String apiToken;\n"
                  "        .defaultHeader(\"X-Api-Key\", apiToken)\n"),
            Expected{"generic-secret=" + t});
}

// A literal given to a name that is sent after "Bearer", whatever the
// name says ($deskToken, NETBOX_TOKEN_RO, Karate's def readOnly), and
// superagent's .auth(NAME, { type: 'bearer' }); not a hyphenated key's
// last word that happens to be the name sent ("x-csrf-token" beside
// `Bearer ${token}`).
TEST(Tokens, ALiteralGivenToANameSentAfterBearer) {
  const std::string t = "8yZVYtzg8hMVxWuoQ31mqW54vUbecF2mIwhqOKMEFnugKWrT0aV4SlQACO7gJVYr";
  EXPECT_EQ(found("$deskToken = '" + t + "'\n$deskHeaders = @{\n    Authorization = \"Bearer $deskToken\"\n}\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("NETBOX_TOKEN_RO=\"" + t + "\"\n\nnb() {\n    curl -H \"Authorization: Bearer $NETBOX_TOKEN_RO\" \"$1\"\n}\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    * def readOnly = \"" + t + "\"\n    * header Authorization = 'Bearer ' + readOnly\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("const LAKE_TOKEN = process.env.LAKE_TOKEN || '" + t + "';\n  await request.put(u)\n"
                  "    .auth(LAKE_TOKEN, { type: 'bearer' })\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    \"x-csrf-token\": \"" + t + "\",\n"
                  "const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });\n"),
            Expected{});
  // (a literal that is no token: a placeholder, a word)
  EXPECT_EQ(found("$deskToken = 'REPLACE_WITH_YOUR_TOKEN'\n  Authorization = \"Bearer $deskToken\"\n"), Expected{});
  // (after a log of nine requests' tokens, which are no names to look up)
  std::string log;
  Expected logged;
  for (char i = '1'; i <= '9'; ++i) {
    const std::string token = std::string("Zq") + i + t.substr(3, 37);
    log += "10:0" + std::string(1, i) + " GET /api/v1/items Authorization: Bearer " + token + "\n";
    logged.push_back("bearer-token=" + token);
  }
  logged.push_back("bearer-token=" + t);
  EXPECT_EQ(found(log + "$deskToken = '" + t + "'\n$h = @{ Authorization = \"Bearer $deskToken\" }\n"), logged);
}

// An OAuth token response's access token (token_type Bearer); constants
// sent as self::TOKEN, PowerShell's -Token $NAME (a SecureString made from
// a literal), as a fallback (a ?? NAME, c ? a : NAME) or in a conditional
// ('Bearer $NAME' : null), through SetCommonBearerAuthToken(NAME), as Hono's
// bearerAuth({ token: NAME }), a literal in a wrapping call
// (QByteArrayLiteral); req's SetBearerAuthToken("..."), the OpenTelemetry
// Collector's scheme: "Bearer" then token.
TEST(Tokens, BearerTokensTypedSentOrWrapped) {
  const std::string t = "2clOdWxgaIPcU66IqyTD8EVUnbmKGswnkXfATuzgR22e6h4BIGRnC51fOn3UlZgp";
  for (const std::string& text :
       {"{\"ts\":1,\"response\":{\"access_token\":\"" + t + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}}\n",
        "    private const TOKEN = '" + t + "';\n    $h = ['Authorization' => 'Bearer ' . self::TOKEN];\n",
        "\treportingToken = \"" + t + "\"\n)\n\tc := req.C().SetCommonBearerAuthToken(reportingToken)\n",
        "const machineToken = '" + t + "';\napp.use('/api/*', bearerAuth({ token: machineToken }));\n",
        "static const QByteArray kKioskToken = QByteArrayLiteral(\"" + t + "\");\n"
        "    req.setRawHeader(\"Authorization\", \"Bearer \" + kKioskToken);\n",
        "\t\tSetBearerAuthToken(\"" + t + "\").\n",
        "extensions:\n  bearertokenauth:\n    scheme: \"Bearer\"\n    token: \"" + t + "\"\n",
        "$reportToken = ConvertTo-SecureString '" + t + "' -AsPlainText -Force\n"
        "Invoke-RestMethod -Uri $u -Authentication Bearer -Token $reportToken\n",
        "private static final String QA_TOKEN = \"" + t + "\";\n"
        "    h.put(\"Authorization\", \"Bearer \" + (session != null ? session : QA_TOKEN));\n",
        "const FALLBACK_ORIGIN_TOKEN = \"" + t + "\";\n"
        "headers.set(\"Authorization\", `Bearer ${env.ORIGIN_TOKEN ?? FALLBACK_ORIGIN_TOKEN}`);\n",
        "const _stagingToken = '" + t + "';\n      return kDebugMode ? 'Bearer $_stagingToken' : null;\n"})
    EXPECT_EQ(found(text), Expected{"bearer-token=" + t}) << text;
  // (a generated password given as a credential stays a password)
  EXPECT_EQ(found("$pw = ConvertTo-SecureString '" + t + "' -AsPlainText -Force\n"
                  "$cred = New-Object PSCredential('svc_sync', $pw)\n"
                  "Invoke-RestMethod -Uri $u -Authentication Basic -Credential $cred\n"),
            Expected{"password=" + t});
  // (a refresh token in the same response stays generic; an access token
  // of another type too)
  EXPECT_EQ(found("{\"refresh_token\":\"" + t + "\",\"token_type\":\"Bearer\"}\n"), Expected{"generic-secret=" + t});
  EXPECT_EQ(found("{\"access_token\":\"" + t + "\",\"token_type\":\"mac\"}\n"), Expected{"generic-secret=" + t});
}

// curl's --oauth2-bearer, Flurl's WithOAuthBearerToken, Symfony's
// auth_bearer, Ktor's BearerTokens(accessToken = ...), Alloy's auth.bearer.
TEST(Tokens, BearerTokensInMoreClientsOptions) {
  const std::string t = "nL44Wzn5kmFRxKfVdlBncp3pw0vY1BBg4cOwdYvtToi9d8fh9p2MwuKUEMSE141w";
  for (const std::string& text :
       {"curl -X POST https://status.example.net/api --oauth2-bearer \"" + t + "\" --json x\n",
        "        .WithOAuthBearerToken(\"" + t + "\")\n", "            'auth_bearer' => '" + t + "',\n",
        "  BearerTokens(\n    accessToken = \"" + t + "\",\n    refreshToken = \"x\"\n  )\n",
        "otelcol.auth.bearer \"tempo\" {\n  token = \"" + t + "\"\n}\n"})
    EXPECT_EQ(found(text), Expected{"bearer-token=" + t}) << text;
}

// Constants sent as bearer tokens in Lisps (hyphenated names, (def NAME
// "..."), (bearer-auth NAME)), R's NAME <- "...", VB's If(c, A, B) and
// Python's A if c else B, through clients that send the word themselves
// (resty's SetAuthToken, RestSharp's JwtAuthenticator, clj-http's
// :oauth-token), and a sent constant's sibling for another stage.
TEST(Tokens, ConstantsSentInLispsRConditionalsSendersAndSiblings) {
  const std::string t = "KLgZ3FeYyipuiBCNqO49RNrRswNhgfjG9kqdZM18", u = "8EMS33JywAwsypj1c5OuTcSTUpsAwseCuA1Vt8rl";
  EXPECT_EQ(found("(def ^:private payments-token \"" + t + "\")\n(http/post u {:headers {\"Authorization\" (str \"Bearer \" "
                  "payments-token)}})\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("(def ^:private access-token \"" + t + "\")\n(http/get u {:oauth-token access-token :accept :json})\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("(define kalender \"" + t + "\")\n(get u #:auth (bearer-auth kalender))\n"), Expected{"bearer-token=" + t});
  EXPECT_EQ(found("sales <- \"" + t + "\"\nreq |> req_auth_bearer_token(sales) |> req_perform()\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("    Private Const ProdKey As String = \"" + t + "\"\n    Private Const TestKey As String = \"" + u +
                  "\"\n        req.Headers.Authorization = New AuthenticationHeaderValue(\"Bearer\", If(prod, ProdKey, TestKey))\n"),
            (Expected{"bearer-token=" + t, "bearer-token=" + u}));
  EXPECT_EQ(found("LIVE = \"" + t + "\"\nSANDBOX = \"" + u + "\"\nh = {\"Authorization\": \"Bearer \" + (LIVE if prod else SANDBOX)}\n"),
            (Expected{"bearer-token=" + t, "bearer-token=" + u}));
  EXPECT_EQ(found("const (\n\ttracking = \"" + t + "\"\n)\n\tc := resty.New().SetAuthToken(tracking)\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("var creds = \"" + t + "\";\nclient.Authenticator = new JwtAuthenticator(creds);\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("  cApi = '" + t + "';\n  cApiTest = '" + u + "';\n  H.Values['Authorization'] := 'Bearer ' + cApi;\n"),
            (Expected{"bearer-token=" + t, "bearer-token=" + u}));
  // (a name that only starts like the one sent is no sibling; a Lisp's
  // unrelated definition stays unfound)
  EXPECT_EQ(found("  cApi = '" + t + "';\n  cApiary = '" + u + "';\n  H.Values['Authorization'] := 'Bearer ' + cApi;\n"),
            Expected{"bearer-token=" + t});
  EXPECT_EQ(found("(define kalender \"" + t + "\")\n(get u #:auth (bearer-auth other))\n"), Expected{});
}

// A list's or a tuple's [name, value] pair naming a password (Mongoose
// OS' config), iwd's Passphrase= with its words, Postfix's sender-
// dependent "@domain user:X", and a generated password that opens with
// '(' (not a cast, a call or a parenthesised word).
TEST(Secrets, PasswordsInPairsPassphrasesSenderMapsAndOpeningAParen) {
  const std::string pw = "Sparv-Maple9670";
  for (const std::string& text : {"  - [\"wifi.sta.pass\", \"" + pw + "\"]\n", "  (\"db_pass\", \"" + pw + "\"),\n",
                                 "  - [\"password\", \"" + pw + "\"]\n",
                                 "# sender-dependent relay\n@faktura.example.se        faktura-relay:" + pw + "\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  EXPECT_EQ(found("[Security]\nPassphrase=\xC3\xA4ngen senap gurka t\xC3\xA5get 86\n\n[Settings]\nAutoConnect=true\n"),
            Expected{"password=\xC3\xA4ngen senap gurka t\xC3\xA5get 86"});
  EXPECT_EQ(found("SMTP_USERNAME=valv\nSMTP_PASSWORD=(fK_Ew.&&~%3EH{V(]Y*\n"), Expected{"password=(fK_Ew.&&~%3EH{V(]Y*"});
  // (a list of field names; a cast, a cmdlet in parentheses, a word)
  EXPECT_EQ(found("  fields = ['password', 'email']\n"), Expected{});
  EXPECT_EQ(found("password=(String) creds.get(0)\n"), Expected{});
  EXPECT_EQ(found("$password = (ConvertTo-SecureString $plain -AsPlainText -Force)\n"), Expected{});
  EXPECT_EQ(found("Nunca te pediremos tu contrase\xC3\xB1" "a (contrase\xC3\xB1" "a: xxx).\n"), Expected{});
}

// The password word right before the value in chat: Polish, Czech (and
// "was"), Swedish' short "lösen", Portuguese, Arabic, Chinese ("initial
// password"), Turkish' "şifresi hâlâ" (still); a word of the language
// after it is none.
TEST(Secrets, PasswordsRightAfterTheWordInChat) {
  const std::string pw = "Kx9mPq2Lw7vZ";
  for (const std::string& text :
       {"Ewa Kowalska: login admin, has\xC5\x82o " + pw + "\n", "Star\xC3\xA9 heslo bylo " + pw + ", mo\xC5\xBEn\xC3\xA1\n",
        "Viktor: anv\xC3\xA4ndare lagret@, l\xC3\xB6sen " + pw + "\n", "e a senha " + pw + " n\xC3\xA3o funciona mais.\n",
        "\xD9\x88\xD9\x83\xD9\x84\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD9\x88\xD8\xB1 " + pw + " \xD9\x84\xD8\xA7\n",
        "\xE5\x88\x9D\xE5\xA7\x8B\xE5\xAF\x86\xE7\xA0\x81 " + pw + "\"\n",
        "Veritaban\xC4\xB1 \xC5\x9Fifresi h\xC3\xA2l\xC3\xA2 " + pw + " mi?\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  EXPECT_EQ(found("Zmie\xC5\x84 has\xC5\x82o do konta, a senha do wifi, l\xC3\xB6sen till wifi, heslo k s\xC3\xADti\n"),
            Expected{});
  EXPECT_EQ(found("\xD9\x83\xD9\x84\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD9\x88\xD8\xB1 "
                  "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9\n"),
            Expected{});
}

// Passwords in tools' flags, clients' calls and daemons' configs:
// mosquitto_sub -P, Go's ssh.Password, Ada's constant, Percona Toolkit's
// DSN, PHP's ldap_bind, Redis Sentinel, tac_plus, Zyxel, Check Point,
// motion, Bundler; not wpa_passphrase's SSID nor Zyxel's stored hash.
TEST(Secrets, PasswordsInToolsFlagsClientsCallsAndDaemonsConfigs) {
  const std::string pw = "Kx9m!Pq2Lw7vZ";
  for (const std::string& text :
       {"mosquitto_sub -h broker.lan -u hass -P '" + pw + "' -t 'zigbee2mqtt/#' -v\n",
        "\t\t\tssh.Password(\"" + pw + "\"),\n", "   p_Pwd   : constant String := \"" + pw + "\";\n",
        "pt-table-checksum h=db-primary.lan,u=pt_check,p=" + pw + " >>/var/log/pt/checksum.log\n",
        "$ok = ldap_bind($conn, 'kommunen\\\\admin.jonas', '" + pw + "');\n", "sentinel sentinel-pass " + pw + "\n",
        "\tlogin = cleartext \"" + pw + "\"\n", "crypto ike\n keystr " + pw + "\n",
        "set aaa radius-servers priority 1 server 10.0.0.5 prompt-secret off secret " + pw + " timeout 3\n",
        "netcam_userpass admin:" + pw + "\n", "webcontrol_authentication kamera:" + pw + "\n",
        "BUNDLE_GEMS__CONTRIBSYS__COM: \"ac795c35:" + pw + "\"\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  EXPECT_EQ(found("# generated with: wpa_passphrase Ladan-IoT\nnetwork={\n\tssid=\"Ladan-IoT\"\n}\n"), Expected{});
  EXPECT_EQ(found("wpa_passphrase=" + pw + "\n"), Expected{"password=" + pw});
  EXPECT_EQ(found("username admin encrypted-password $4$X0VuI6ff$GbeidF4CEeEfVCe5fMmOne1+W3FA0xKU9U4Mo1b4 user-type admin\n"),
            Expected{});
}

// Constants sent as bearer tokens, declared with a type between the name
// and its mark (Ada, PL/SQL, OpenEdge), by Erlang's -define, as an
// ObjectScript parameter joined by '_'; a literal right after "Bearer "'s
// string (a Lisp's, PL/SQL's ||).
TEST(Tokens, TypedDeclarationsMacrosAndJoinedLiterals) {
  const std::string t = "thYcEIlrF0qGNdImOSJiLolC3libD1EiIDvwuzLC";
  for (const std::string& text :
       {"   WMS : constant String := \"" + t + "\";\n      Add (Hdrs, \"Authorization\", \"Bearer \" & WMS);\n",
        "  c_lm CONSTANT VARCHAR2(200) := '" + t + "';\n    set_header(r, 'Authorization', 'Bearer ' || c_lm);\n",
        "DEFINE VARIABLE cKey AS CHARACTER NO-UNDO INITIAL \"" + t + "\".\n  :AddHeader(\"Authorization\", \"Bearer \" + cKey)\n",
        "-define(TOKEN, \"" + t + "\").\n    Headers = [{\"authorization\", \"Bearer \" ++ ?TOKEN}],\n",
        "Parameter TOKEN = \"" + t + "\";\n    Do req.SetHeader(\"Authorization\", \"Bearer \"_..#TOKEN)\n",
        "(http/get u {:headers {\"Authorization\" (str \"Bearer \" \"" + t + "\")}})\n",
        "  h := 'Bearer ' || '" + t + "';\n"})
    EXPECT_EQ(found(text), Expected{"bearer-token=" + t}) << text;
  // (a typed constant sent some other way is no bearer token)
  EXPECT_EQ(found("   WMS : constant String := \"" + t + "\";\n      Add (Hdrs, \"X-Api-Key\", WMS);\n"), Expected{});
}

// An EFW2 wage file's RW record opens with the employee's SSN.
TEST(Numbers, AnEfw2WageRecordsSsn) {
  EXPECT_EQ(found("RE2025     209944440NORTHWIND LOGISTICS INC\n"
                  "RW616898219RYAN           E              LEE                     323 RIVER AVE\n"),
            Expected{"us-ssn=616898219"});
  EXPECT_EQ(found("RW6168982190RYAN\n"), Expected{});
}

// A personnummer named by its XML element (one of the 2000s whose last
// digits read as a time too); a GEDCOM file's birth date.
TEST(Numbers, APersonnummerInItsXmlElementAndAGedcomBirthDate) {
  auto f = scan("    <Barn><Personnummer>201611161942</Personnummer><Fornamn>Alva</Fornamn></Barn>\n", gdpr());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, "201611161942");
  EXPECT_TRUE(scan("    <Ordernr>201611161942</Ordernr>\n", gdpr()).empty());
  f = scan("0 @I1@ INDI\n1 NAME Erik /Holm/\n1 BIRT\n2 DATE 12 MAR 1954\n2 PLAC Stockholm\n1 DEAT\n2 DATE 3 JAN 2020\n",
           gdpr());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "date-of-birth");
  EXPECT_EQ(f[0].value, "12 MAR 1954");
}

// IATA NDC's IdentityDoc of type PT is a passport (JSON and XML); another
// type's is not read.
TEST(Numbers, AnNdcIdentityDocOfTypePassport) {
  auto f = scan("{\"IdentityDoc\": {\"IdentityDocTypeCode\": \"PT\", \"IdentityDocID\": \"41393220\", "
                "\"ExpiryDate\": \"2035-04-10\"}}\n",
                gdpr());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "passport");
  EXPECT_EQ(f[0].value, "41393220");
  f = scan("<IdentityDocTypeCode>PT</IdentityDocTypeCode>\n  <IdentityDocID>VSREJVHD6</IdentityDocID>\n", gdpr());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, "VSREJVHD6");
  EXPECT_TRUE(scan("{\"IdentityDocTypeCode\": \"NI\", \"IdentityDocID\": \"41393220\"}\n", gdpr()).empty());
}

// Generic secrets in Kaggle's kaggle.json, Agora's APP_CERTIFICATE,
// proxmoxer's token_value, Ruby's ENV.fetch(...) { "X" } default and
// Portuguese prose; not one its comment calls not secret ("-- " too).
TEST(Secrets, GenericSecretsInToolsFilesDefaultsAndProse) {
  const std::string k = "3f9a8c7e1d2b4a6f8e0c2d4b6a8f0e1c";
  for (const std::string& text : {"{\"username\":\"elinanalys\",\"key\":\"" + k + "\"}\n",
                                 "APP_ID=6e9dd4b93c7d4\nAPP_CERTIFICATE=" + k + "\n",
                                 "  p = ProxmoxAPI(h, user=\"x@pve\", token_name=\"snap\", token_value=\"" + k + "\")\n",
                                 "set :session_secret, ENV.fetch(\"SESSION_SECRET\") { \"" + k + "\" }\n",
                                 "- Segredo da API: " + k + "\n"})
    EXPECT_EQ(found(text), Expected{"generic-secret=" + k}) << text;
  EXPECT_EQ(found("local PLACE_KEY = \"" + k + "\" -- not secret, identifies the place\n"), Expected{});
  EXPECT_EQ(found("MIXPANEL_TOKEN=" + k + "   # not a secret: the web snippet has it\n"), Expected{});
}

// MPD's password before its permissions, a CVSROOT's password, and more
// prose: Finnish "salasana X", Dutch "wordt dan X", Spanish "con la clave
// antigua X", Turkish "şifre <b>X</b>".
TEST(Secrets, PasswordsBeforeMpdPermissionsInACvsRootAndInMoreProse) {
  const std::string pw = "Kx9m!Pq2Lw7vZ";
  EXPECT_EQ(found("password\t\t\t\"" + pw + "@read,add,control,admin\"\n"), Expected{"password=" + pw});
  EXPECT_EQ(found("#password                        \"password@read,add,control,admin\"\n"), Expected{});
  EXPECT_EQ(found("$ cvs -d :pserver:arkiv:" + pw + "@cvs.example.lan:/cvsroot checkout kalkyl\n"),
            Expected{"url-credentials=" + pw});
  // (a password an e-mail address could end in: the user:X@host is no address)
  EXPECT_EQ(found("$ cvs -d :pserver:arkiv:Hallon2012@cvs.example.lan:/cvsroot checkout kalkyl\n"),
            Expected{"url-credentials=Hallon2012"});
  for (const std::string& text :
       {"K\xC3\xA4ytt\xC3\xA4j\xC3\xA4tunnus on s\xC3\xA4hk\xC3\xB6postini ja salasana " + pw + "\n",
        "Het nieuwe wachtwoord wordt dan " + pw + " haha\n", "ya prob\xC3\xA9 con la clave antigua " + pw + " y nada\n",
        "kullan\xC4\xB1" "c\xC4\xB1 bildirim, \xC5\x9Fifre <b>" + pw + "</b></div>\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  EXPECT_EQ(found("salasana vaihdettu eilen\n"), Expected{});
}

// Ably's API key whole (APPID.KEYID:SECRET), CloudBerry's <SharedKey>
// (an Azure storage account key); not WireGuard's PresharedKey.
TEST(Tokens, AblysKeyAndCloudBerrysSharedKey) {
  const std::string ably = "KW9f7P.2bMtbf:FiiGENWzbvSB380-tI-IrYsLb4W-IZxz8lxJZ2fXmCc";
  EXPECT_EQ(found("const ably = new Ably.Rest({ key: '" + ably + "' });\n"), Expected{"vendor-token=" + ably});
  const std::string az = "lsmd7kW/ciE8Aa8NJkIFVqs6Ekzfb4YZBgLnLRW/rFvHxoLfy9hFdLqQZwyGMy2KkGSLUjl2SxOUBjvOnXvezg==";
  EXPECT_EQ(found("    <AccountName>arkiv</AccountName>\n    <SharedKey>" + az + "</SharedKey>\n"),
            Expected{"azure-storage-key=" + az});
  const std::string psk = "tYQl/ETRdN6eUW8Hd40Jj72q7U7+yQo9psJCuWsYZKA=";
  EXPECT_EQ(found("[Peer]\nPresharedKey = " + psk + "\nAllowedIPs = 10.66.0.2/32\n"), Expected{"generic-secret=" + psk});
}

// Passwords in setters, PowerShell parameters, schtasks, Cisco's
// pre-shared keys, *_psk keys, lower-case compounds, C's #define, pass's
// output; in Hebrew and Japanese prose.
TEST(Secrets, PasswordsInSettersFlagsDefinesAndMorePhrases) {
  const std::string pw = "Kx9mPq2Lw7vZ";
  for (const std::string& text : {"        s.setPassword(\"" + pw + "\");\n",
                                 "  -GuestUser Administrator -GuestPassword '" + pw + "' `\n",
                                 "schtasks /create /tn X /ru DOM\\svc /rp " + pw + " /f\n",
                                 "  ikev1 pre-shared-key " + pw + "\n", "wl0_wpa_psk=" + pw + "\n", "mysqlpass = " + pw + "\n",
                                 "#define SECRET_OPTIONAL_PASS \"" + pw + "\"\n",
                                 "$ pass show drift/nas01-admin\n" + pw + "\nuser: admin\n",
                                 "\xD7\x94\xD7\xA1\xD7\x99\xD7\xA1\xD7\x9E\xD7\x94 \xD7\xA9\xD7\x9C\xD7\x9A: " + pw + " \xD7\x99\xD7\xA9\n",
                                 "\xE5\x88\x9D\xE6\x9C\x9F\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89\xE3\x81\xAF \xE3\x80\x8C" +
                                     pw + "\xE3\x80\x8D\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // (a command substitution's next line is another command; a user:password
  // pair's #define is the URL rule's and the pair's)
  EXPECT_EQ(found("export PGPASSWORD=$(pass show db/prod)\npsql -h db\n"), Expected{});
}

// Network devices' and daemons' plain-text secrets: Aruba AOS-CX's
// plaintext, Comware's simple, Cisco WLC's ascii / mgmtuser / v3user,
// ExtremeXOS' SNMPv3 user, shared-secret and account, PAN-OS' IKE key,
// NX-OS' priv aes-128; 389 DS' replica credentials, an Arduino sketch's
// char pass[], a CloudFormation password parameter, REDISCLI_AUTH, a
// password piped to openconnect.
TEST(Secrets, NetworkDevicesAndDaemonsPlainTextSecrets) {
  const std::string pw = "Krokus.bison159?";
  for (const std::string& text :
       {"user provision group administrators password plaintext " + pw + "\n",
        "radius-server host 10.20.0.40 key plaintext " + pw + "\n",
        " super password role network-admin simple " + pw + "\n", " key authentication simple " + pw + "\n",
        " password simple " + pw + "\n", "config radius auth add 1 10.40.0.30 1812 ascii " + pw + "\n",
        "config wlan security wpa akm psk set-key ascii " + pw + " 3\n",
        "config mgmtuser add wlcadmin " + pw + " read-write\n",
        "configure radius netlogin primary shared-secret " + pw + "\n", "create account admin ops " + pw + "\n",
        "set network ike gateway GW authentication pre-shared-key key " + pw + "\n",
        "# nsds5ReplicaCredentials: " + pw + "\n", "char pass[] = \"" + pw + "\";\n",
        "  { \"ParameterKey\": \"DbMasterPassword\", \"ParameterValue\": \"" + pw + "\" },\n",
        "export REDISCLI_AUTH='" + pw + "'\n",
        "echo '" + pw + "' | openconnect --protocol=anyconnect --user=edi vpn.example.net\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  const std::string a = "hljNuy4Zc73Hqz", b = "jfaHL3ptZqgHxDbtQDXz";
  EXPECT_EQ(found("config snmp v3user create observium read-only hmacsha aescfb128 " + a + " " + b + "\n"),
            (Expected{"password=" + a, "password=" + b}));
  EXPECT_EQ(found("configure snmpv3 add user \"o\" authentication sha " + a + " privacy aes " + b + "\n"),
            (Expected{"password=" + a, "password=" + b}));
  EXPECT_EQ(found("snmp-server user monitor network-operator auth sha " + a + " priv aes-128 " + b + "\n"),
            (Expected{"password=" + a, "password=" + b}));
  // (a key Comware stores ciphered is none)
  EXPECT_EQ(found(" key accounting cipher $c$3$+3SH5Zzg2sk+hQqNm0yA/bttvnDECscJPzT4Bu6E\n"), Expected{});
}

// Passwords in more prose: after the word in a code element, Spanish "con
// la clave", Turkish "eski şifre" / "idi, yenisi", Hungarian "jelszóval",
// Greek "χρήστης NAME, κωδικός", a Wi-Fi key in Dutch, "is still", and
// backticks after the word in any language.
TEST(Secrets, PasswordsInMoreProse) {
  const std::string pw = "Ember.violet858#";
  for (const std::string& text :
       {"usuario <code>sistemas</code>, contrase\xC3\xB1" "a: <code>" + pw + "</code>. C\xC3\xA1" "mbiala.\n",
        "con\xC3\xA9" "ctate a 10.0.0.1 con la clave " + pw + "</p>\n",
        "Eski \xC5\x9F" "ifre " + pw + " idi.\n",
        "Pr\xC3\xB3" "b\xC3\xA1ltam a r\xC3\xA9gi jelsz\xC3\xB3val is (" + pw + "), az sem megy.\n",
        "\xCF\x87\xCF\x81\xCE\xAE\xCF\x83\xCF\x84\xCE\xB7\xCF\x82 eshop_admin, \xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82 " + pw + " \xE2\x80\x94 ok\n",
        "De wifi-sleutel voor de vergaderzaal is " + pw + " (staat op de kaart)\n",
        "the password in the staging helm values is still `" + pw + "`, it should come from the secret\n",
        "contul de serviciu `relay-app`, parola: `" + pw + "`\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  // The old one named before it is a password too (prose_secrets.h).
  EXPECT_EQ(found("\xC5\x9F" "ifre Nebula2023 idi, yenisi " + pw + "\n"),
            (Expected{"password=Nebula2023", "password=" + pw}));
}

// Passwords in more clients and configs: vsql's -U USER -w, Vertica's
// REPLACE, DB2's new / confirm, UnrealIRCd's drpass, PlatformIO's --auth,
// net use with a %SHARE%, requirepass 「X」, conjur's output, paramiko's
// and JavaMail's connect(); a Cisco ASA hash is none.
TEST(Secrets, PasswordsInMoreClientsAndConfigs) {
  const std::string pw = "Fami-rizo-debe69";
  for (const std::string& text :
       {"vsql -h vert01 -d analytics -U dbadmin -w " + pw + " -v ON_ERROR_STOP=1\n",
        "drpass {\n\trestart \"" + pw + "\";\n}\n", "upload_flags =\n    --auth=" + pw + "\n",
        "net use Z: %SHARE% " + pw + " /user:FS01\\deploy /persistent:no\n",
        "Redis\xE3\x81\xAF requirepass \xE3\x80\x8C" + pw + "\xE3\x80\x8D \xE3\x81\xA7\xE3\x81\x99\n",
        "$ conjur variable get -i prod/billing/db/password\n" + pw + "\n$ exit\n",
        "    client.connect(\"sftp.example.se\", 22, \"bygglager\", \"" + pw + "\")\n",
        "        t.connect(\"smtp.example.se\", \"export\", \"" + pw + "\");\n"})
    EXPECT_EQ(found(text), Expected{"password=" + pw}) << text;
  const std::string old_pw = "c0fM7JHUVvOR8-";
  EXPECT_EQ(found("ALTER USER loader IDENTIFIED BY 'pXh3mtb=6O' REPLACE '" + pw + "';\n"),
            (Expected{"password=pXh3mtb=6O", "password=" + pw}));
  EXPECT_EQ(found("db2 connect to RPT user rpthusr using " + old_pw + " new " + pw + " confirm " + pw + "\n"),
            (Expected{"password=" + old_pw, "password=" + pw, "password=" + pw}));
  EXPECT_EQ(found("username admin password 8Ry2YjIyt7RRXU24.1Bf8XbaXzk8ifa2vw8ZTWtg6eA pbkdf2 privilege 15\n"), Expected{});
}

// rancid's .cloginrc: the login and enable passwords in braces after the
// router's name pattern, which is none (nor is it anywhere else it stands).
TEST(Secrets, RancidCloginrcPasswordsInBracesAfterTheHostPattern) {
  EXPECT_EQ(found("add user        cr1.core.example.net       rancid\n"
                  "add password    cr1.core.example.net       {Fege-teco-Favi34}  {Juvi.Dona.Huko13}\n"
                  "add method      cr1.core.example.net       ssh\n"
                  "add password    fw-*.example.net           {XHz1iV0cy51QiakqylRCo}\n"
                  "#add password   oldsw-*.example.net        {Kucu-Gesi-Jeti42}\n"),
            (Expected{"password=Fege-teco-Favi34", "password=Juvi.Dona.Huko13", "password=XHz1iV0cy51QiakqylRCo",
                      "password=Kucu-Gesi-Jeti42"}));
  // (nor is a placeholder in braces)
  EXPECT_EQ(found("add password    *    {<removed>} {<removed>}\n"), Expected{});
}

// A C header's #define of a name that only contains PSK or PASS in a word
// (OpenSSL's cipher strings) is no password.
TEST(Secrets, OpenSslsCipherStringDefinesAreNoPasswords) {
  EXPECT_EQ(found("#define SSL_TXT_kPSK \"kPSK\"\n#define SSL_TXT_kECDHEPSK \"kECDHEPSK\"\n# define SSL_TXT_aPSK \"aPSK\"\n"),
            Expected{});
}

// Tax, retrieval-reference and property numbers are ids, no phone numbers;
// a phone number stays one after its label.
TEST(Numbers, TaxReferenceAndPropertyNumbersAreNoPhones) {
  for (const std::string text : {"dNr=69508214176; Steuernummer 002 538 11980 wird ignoriert\n",
                                 "auth ok stan=118821 originalRrn=912804305678 arn=0689\n",
                                 "Fastighetsbeteckning: 1326   Objektnummer: 0701-4567-89\n",
                                 "Empresa Ltda \xE2\x80\x94 CNPJ 04.517.721/0001-44\n"}) {
    auto f = scan(text);
    for (const auto& x : f) EXPECT_NE(x.rule, "phone") << text << dump(f);
  }
  EXPECT_EQ(found("Telefon: 030 12345678\n"), Expected{"phone=030 12345678"});
}

// Mailgun's key- + 32 hex is a whole token: the tail of another vendor's
// key whose name ends in "-key-" (Nets Easy's live-secret-key-) is not.
TEST(Tokens, AMailgunKeyIsAWholeToken) {
  EXPECT_EQ(found("mailgun.api-key=key-d73dcbe714d65ac696a30ef0405a04ad\n"),
            Expected{"mailgun-key=key-d73dcbe714d65ac696a30ef0405a04ad"});
  EXPECT_EQ(found("MAILGUN_API_KEY=key-4f54e881f5915fa2c806917d526853be\n"),
            Expected{"mailgun-key=key-4f54e881f5915fa2c806917d526853be"});
  for (const auto& f : scan("nets:\n    checkout_key: 'live-checkout-key-4f54e881f5915fa2c806917d526853be'\n"))
    EXPECT_NE(f.rule, "mailgun-key") << f;
}

// Datadog's keys as an OpenTelemetry collector's debug exporter prints
// request headers; a Twilio secret after the id it belongs to: an auth
// token (32 hex) Twilio's, an API key's secret (mixed case) generic, as
// every other vendor's key pair's secret.
TEST(Tokens, DatadogKeysInACollectorsDebugOutputAndTwilioSecretsAfterTheirIds) {
  for (const Engine* e : {&def(), &gdpr()}) {
    auto f = scan("     -> http.request.header.dd-api-key: Slice([\"cd48687c7aac1a677198cb104c380ad2\"])\n", *e);
    ASSERT_EQ(f.size(), 1u) << dump(f);
    EXPECT_EQ(f[0].rule + "=" + f[0].value, "datadog-key=cd48687c7aac1a677198cb104c380ad2");
  }
  EXPECT_EQ(found("const c = twilio('SKc5dfde328e5462c0ba3207f4c31cc536', 'VToILobhk0fqnNyboFmdjFaqWgNPbjUM');\n"),
            (Expected{"twilio-key=SKc5dfde328e5462c0ba3207f4c31cc536", "generic-secret=VToILobhk0fqnNyboFmdjFaqWgNPbjUM"}));
  EXPECT_EQ(found("TWILIO_API_KEY_SID = \"SK6e1844b5848df46e80c8b73050df0344\"\n"
                  "TWILIO_API_KEY_SECRET = \"Klyn5XvG155GkFGkqLzhlmNDyXjJIMbN\"\n"),
            (Expected{"twilio-key=SK6e1844b5848df46e80c8b73050df0344", "generic-secret=Klyn5XvG155GkFGkqLzhlmNDyXjJIMbN"}));
  // a Markdown table's row; an audit log's change of the token after the SID's
  EXPECT_EQ(found("| 18 | Twilio auth token | `5aa92dc50e5e6c5f7a576456d77616fe` (account `ACd90f1fe50d4a8ab4c4baf13d76774066`) |\n"),
            Expected{"twilio-key=5aa92dc50e5e6c5f7a576456d77616fe"});
  EXPECT_EQ(found("{\"diff\":{\"account_sid\":[null,\"ACb93de4aa3c15e0f2a8b2c1ff2d556138\"],"
                  "\"auth_token\":[null,\"b21ea198ae435f442d4ff68cd44d9819\"]}}\n"),
            Expected{"twilio-key=b21ea198ae435f442d4ff68cd44d9819"});
  // the auth token on the line after the account SID: a PHP array, a
  // comment, a hand-over note
  EXPECT_EQ(found("    'twilio' => [\n        'sid' => 'ACf4822f58b633062c57f85272e4113dd0',\n"
                  "        'token' => '2bfdcf684beba7a884c325d03217b654',\n"),
            Expected{"twilio-key=2bfdcf684beba7a884c325d03217b654"});
  EXPECT_EQ(found("; AC sid: ACd90f1fe50d4a8ab4c4baf13d76774066\n; auth token: 5aa92dc50e5e6c5f7a576456d77616fe\n"),
            Expected{"twilio-key=5aa92dc50e5e6c5f7a576456d77616fe"});
  EXPECT_EQ(found("Account SID AC65f8835ea7b0e9827fbf97f8f0183afa\n      Auth Token: 058f295d08944b883f77c1a38f824ba0\n"),
            Expected{"twilio-key=058f295d08944b883f77c1a38f824ba0"});
  EXPECT_EQ(found("key SKbc52e8416b508dcad4bbf38cada082bf / secret 92uoedmrQItAOzbChyxtAufgD2w7Pp9P\n"),
            Expected{"generic-secret=92uoedmrQItAOzbChyxtAufgD2w7Pp9P"});
}

// A form's dot leaders between a BSN's label and its number.
TEST(National, ABsnAfterDotLeaders) {
  auto f = scan("  BSN .................. 111222333\n  BSN .................. 123456782\n  Naam ......... X\n", gdpr());
  std::vector<std::string> got;
  for (const auto& x : f) got.push_back(x.rule + "=" + x.value);
  // (111222333 and 123456782 are the allowed documentation examples)
  EXPECT_EQ(got, Expected{}) << dump(f);
  f = scan("  BSN .................. 232262536\n", gdpr());
  got.clear();
  for (const auto& x : f) got.push_back(x.rule + "=" + x.value);
  EXPECT_EQ(got, Expected{"nl-bsn=232262536"}) << dump(f);
}

// A passport number after a label's note in brackets (over a line break,
// as a scanned form wraps it) or a form's dot leaders; in Spain's
// SES.HOSPEDAJES guest report; under HL7's passport OID in FHIR XML.
TEST(National, PassportNumbersInFormsGuestReportsAndFhir) {
  auto values = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& f : scan(text, gdpr()))
      if (f.rule == "passport") out.push_back(f.value);
    return out;
  };
  EXPECT_EQ(values("Pass-Nr. (f\xC3\xBCr Auslandsmontage): C4J7TR92K\n"), Expected{"C4J7TR92K"});
  EXPECT_EQ(values("(c) Passport No. (NRI/\nforeign national)     : K8841205      Expiry: 12-11-2034\n"),
            Expected{"K8841205"});
  EXPECT_EQ(values("Passport No. ........ 533912870\nMobile .............. +44 117 496 0321\n"),
            Expected{"533912870"});
  EXPECT_EQ(values("<tipoDocumento>PAS</tipoDocumento>\n        <numeroDocumento>984021849</numeroDocumento>\n"),
            Expected{"984021849"});
  EXPECT_EQ(values("<tipoDocumento>NIF</tipoDocumento>\n        <numeroDocumento>984021849</numeroDocumento>\n"),
            Expected{});
  EXPECT_EQ(values("<identifier><system value=\"urn:oid:2.16.840.1.113883.4.330\"/><value value=\"109133781\"/>"
                   "</identifier>\n"),
            Expected{"109133781"});
  EXPECT_EQ(values("<identifier><system value=\"urn:oid:2.16.840.1.113883.19.5\"/><value value=\"109133781\"/>"
                   "</identifier>\n"),
            Expected{});
}

// What a configuration stores instead of a password: a hex digest that
// something beside it names a hash, GRUB's PBKDF2 hash, Jenkins' and
// Maven's encrypted values; a hex password named by nothing else stays one.
TEST(Secrets, StoredHashesAndEncryptedValuesAreNoPasswords) {
  for (const std::string text :
       {"<user username=\"legacy\" password=\"7d3c1fabb29e7ceccc2a9a877ff4c35bbd99cfae3afec3f1769ef46bc05777e1\" "
        "roles=\"manager-status\"/>\n",
        "WEBPASSWORD=25fe746d89b9978dce7fc975b93dd5d42a2ac333e4bbafd0cf3e4cfd1f2f0d4d\nBLOCKING_ENABLED=true\n",
        "        password: \"2f636108203c59bd41c8141aedf4004cc414de1049020a3c2e5d6d57dddf52de\"\n"
        "        passwordHash: SHA256\n",
        "<authorize username=\"helpdesk\"\n            password=\"1b767e1eb170390dc97e7d19cbc4ef7e\"\n"
        "            encoding=\"md5\">\n",
        "d-i grub-installer/password-crypted password grub.pbkdf2.sha512.10000.304A6812D078840BB45C85A6F1D9DECD."
        "DFBFFA7CE3E4697881A4F751F0FAB8E4\n",
        "          <password>{AQAAABAAAAAQ5KEHSwNWsZHMX2xDjglE4NyafCa/UK0g60x3r6aSiglq7mbyab8BFK8jPCM9BiZP}</password>\n",
        "      <password>{COQLCE6DU6GtcS5P=}</password>\n"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  EXPECT_EQ(found("redis_password: 75eb1ad15d87d97d9a82229c1c61c223c404ecf245bf2701be0f00299f885285\n"),
            Expected{"password=75eb1ad15d87d97d9a82229c1c61c223c404ecf245bf2701be0f00299f885285"});
}

// Passwords a program keeps encrypted or a template leaves blank, references
// to values kept elsewhere, a command that prints one, the next name of a
// list: no passwords. The password beside them still is one.
TEST(Secrets, EncryptedTemplatedReferencedAndListedValuesAreNoPasswords) {
  for (const std::string text :
       {"[remmina]\npassword=G8kxC3X/bljidpTmHjdS0G2w4v2NjPRd9jylZBpxlcc=\ngateway_username=\n",
        "<Pass encoding=\"crypt\" pubkey=\"vXCPMDSQwNQSz/Zk2rOOPHAqhzK4BObIXz+79STebVA=\">Zm9vYmFyYmF6cXV4cXV1eHh5ejEyMzQ1Ng==</Pass>\n",
        "legacy:\n  password: \"![WuopVViTxA3f9hY+rqLDEEorj5VqdX9T4zEjj8zSiEtU]\"\n",
        "  \"database_password\": \"EJ[1:iom+PzEwwpOFu629Y/RTZ2GV/hRoEmeVt9gDdBDPvCg=:yOrMu8dQ5zlVZyTYBJ6tUBknqC8TpIR9]\"\n",
        "wd_lifecheck_password = 'AEST5jc2/kzh1FZCdL+4Uqn/lEnPhFx7vcM'\n",
        "postgresql['sql_user_password'] = '977b90314038a4ea69f542ab9404d91f'\n",
        "set smtp_pass = \"`pass show mail/work`\"\n",
        "TARGET_USER='_backend_username_' TARGET_PASS='_backend_password_'\n",
        "    --set-env-vars SMTP_PASSWORD=$$SMTP_PASSWORD']\n",
        "    password(\"env.NEXUS_PASSWORD\", \"credentialsJSON:867706da-9cb9-46ba-9bfb-4f223e2eb276\")\n",
        "docker run -e POSTGRES_PASSWORD=%env.DB_PASSWORD% -p 5432:5432 postgres:16\n",
        "  # (check_mysql -u nagios -p $USER3$)\n",
        "dcl-s pwd    char(10) inz('LONEXP');\n"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  EXPECT_EQ(found("gitlab_rails['db_password'] = 'Xk9!fj2Lq8zP'\n"), Expected{"password=Xk9!fj2Lq8zP"});
  EXPECT_EQ(found("[server]\npassword=G8kxC3X/bljidpTmHjdS0G2w4v2NjPRd9jylZBpxlcc=\n"),
            Expected{"password=G8kxC3X/bljidpTmHjdS0G2w4v2NjPRd9jylZBpxlcc="});
}

// Names of identifiers and of one transaction's values: an OAuth 1.0
// consumer key (not OVH's, its access token), Aadhaar's UID token,
// BankID's qrStartSecret, a forum's comment_key.
TEST(Secrets, ConsumerKeysUidTokensAndQrStartSecretsAreNoCredentials) {
  for (const std::string text :
       {"          \"consumerKey\": \"Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5\",\n",
        "    twitter_consumer_key=\"Xq7LmV2pR9tW4nH8sJ3dF6gY1\",\n",
        "2025-06-02 20:22:51 INFO maskedMobile=******0026 uidToken=01234abcdeXq7LmV2pR9tW4nH8sJ3dF6gY1bC5Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5abcdefgh\n",
        "{\"orderRef\": \"131daac9-16c6-4618-beb0-365768f37288\", \"qrStartSecret\": \"d28db9a7-4cde-429e-a983-359be676944c\"}\n",
        "        \"comment_key\": \"AADx7LmV2pR9tW4nH8sJ\",\n"}) {
    auto f = scan(text);
    EXPECT_TRUE(f.empty()) << text << dump(f);
  }
  EXPECT_EQ(found("[ovh-eu]\napplication_secret=p6raXLtA57\nconsumer_key=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\n"),
            Expected{"generic-secret=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
  EXPECT_EQ(found("Environment=\"OVH_CONSUMER_KEY=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\"\n"),
            Expected{"generic-secret=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
  EXPECT_EQ(found("\"consumerSecret\": \"Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\"\n"),
            Expected{"generic-secret=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
}

// A builder's withPassword("X") (fabric8's ConfigBuilder), as a setter's.
TEST(Secrets, ABuildersWithPassword) {
  EXPECT_EQ(found("    new ConfigBuilder()\n        .withPassword(\"Zx8!qLm2Vp9Rt4Wn\")\n"),
            Expected{"password=Zx8!qLm2Vp9Rt4Wn"});
}

// A "password" that seals a session or a cookie is a generated key, the
// generic secret rule's; a login's password stays a password.
TEST(Secrets, PasswordsThatSealSessionsAndCookiesAreGenericSecrets) {
  EXPECT_EQ(found("  runtimeConfig: {\n    sessionPassword: 'Yk3pQ9zR7wL2mX8vB4nT6cF1hJ5gD0sAq',\n"),
            Expected{"generic-secret=Yk3pQ9zR7wL2mX8vB4nT6cF1hJ5gD0sAq"});
  EXPECT_EQ(found("opensearch_security.cookie.password: \"Hq7Lm2Vp9Rt4Wn8Sj3Df6Gy1Bc5Xa0Ze3Kk\"\n"),
            Expected{"generic-secret=Hq7Lm2Vp9Rt4Wn8Sj3Df6Gy1Bc5Xa0Ze3Kk"});
  EXPECT_EQ(found("  password: Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\n"), Expected{"password=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
  EXPECT_EQ(found("session_user_password: 'Hunter2!Blue'\n"), Expected{"password=Hunter2!Blue"});
}

// smbclient's and net's -U user%X: the '%' is the context's, no escape's,
// though X may start with two hex digits ("%fd", "%60").
TEST(Secrets, APasswordAfterUserPercentStartingWithHexDigits) {
  EXPECT_EQ(found("smbclient //srv01/ekonomi -U 'KONTOR\\henrik%bFTsPf3f!wc9iltG' -c 'ls'\n"),
            Expected{"password=bFTsPf3f!wc9iltG"});
  EXPECT_EQ(found("net ads join -U Administrator%fdQ7U-CCBO4F0\n"), Expected{"password=fdQ7U-CCBO4F0"});
  EXPECT_EQ(found("smbclient //nas01/backup -U 'backup%60Y?dmoPPW74gf0*zn_WN' -c 'ls'\n"),
            Expected{"password=60Y?dmoPPW74gf0*zn_WN"});
}

// virt-install's --root-password password:X (the method is no part of
// it); Oracle's user/X@db to the word's last '@', X holding one.
TEST(Secrets, VirtInstallsRootPasswordAndAnOraclePasswordHoldingAt) {
  EXPECT_EQ(found("virt-install --name lab01 --root-password password:19x@4UW-ooeP8K9*7Ou*\n"),
            Expected{"password=19x@4UW-ooeP8K9*7Ou*"});
  EXPECT_EQ(found("expdp system/Fr0m@g3490!@FINPRD schemas=FIN_APP directory=DP_DIR\n"),
            Expected{"password=Fr0m@g3490!"});
  EXPECT_EQ(found("sqlplus scott/Tiger_2024x@orcl @report.sql\n"), Expected{"password=Tiger_2024x"});
}

// Mailjet's key pair: MJ_APIKEY_PUBLIC names no secret, MJ_APIKEY_PRIVATE does.
TEST(Secrets, MailjetsPrivateApiKey) {
  EXPECT_EQ(found("MJ_APIKEY_PUBLIC=1f9b0a5d2c8e4f3a7b6c5d4e3f2a1b0c\nMJ_APIKEY_PRIVATE=\"766b7d2d8c2086b4bca47f28846be434\"\n"),
            Expected{"generic-secret=766b7d2d8c2086b4bca47f28846be434"});
}

// A whole buffer that is a plain credentials file (user_lists.h): its
// passwords, as the password rule's.
TEST(Secrets, PlainCredentialsFiles) {
  EXPECT_EQ(found("kamera:dsdoF65zMXvYqmttqOhX7jo\ndriftstatus:Blabar-Kettle-6415\n"),
            (Expected{"password=dsdoF65zMXvYqmttqOhX7jo", "password=Blabar-Kettle-6415"}));
  EXPECT_EQ(found("anna.b\nFarfalla.71849\n"), Expected{"password=Farfalla.71849"});
  EXPECT_EQ(found("timeout:30\nretries:5\n"), Expected{});
}

// "user / X" in prose after ':', '=' or "is", any account's name in
// small letters.
TEST(Secrets, AnAccountAndItsPasswordAfterAColonOrIs) {
  EXPECT_EQ(found("Hi, the login for the contractor: vpn-ext07 / Hq7!mLp2x9Zt\n"), Expected{"password=Hq7!mLp2x9Zt"});
  EXPECT_EQ(found("<p>Scanner etichette = scanner01 / Pk3#vRt9Lm2q</p>\n"), Expected{"password=Pk3#vRt9Lm2q"});
  EXPECT_EQ(found("Status: open / closed\n"), Expected{});
}

// A backslash before a mark no syntax escapes is the value's own (CQL's
// 'eNeMmf\#"U6rvADc'); before an escape letter it is JSON's ("...\n").
TEST(Secrets, ABackslashOfTheValuesOwnInsideItsQuotes) {
  EXPECT_EQ(found("CREATE ROLE rapport WITH PASSWORD = 'eNeMmf\\#\"U6rvADc' AND LOGIN = true;\n"),
            Expected{"password=eNeMmf\\#\"U6rvADc"});
  EXPECT_EQ(found("{\"password\": \"abcD3fgh12\\n\"}\n"), Expected{"password=abcD3fgh12"});
}

// A daemon's shared secret under a bare name, typed (shorter than a
// generated key, with a mark no generator's alphabet has): a password;
// a generated one stays a generic secret.
TEST(Secrets, TypedSharedSecretsAreDaemonsPasswords) {
  EXPECT_EQ(found("[fop2]\nsecret = pWRWUitaahMh%BMAT\ndeny=0.0.0.0/0.0.0.0\n"), Expected{"password=pWRWUitaahMh%BMAT"});
  EXPECT_EQ(found("   eap-dave {\n      secret = \"eeylpa8afs~%Zcxv/jmg\"\n   }\n"),
            Expected{"password=eeylpa8afs~%Zcxv/jmg"});
  EXPECT_EQ(found("/ppp secret\nadd peer=office-vpn secret=7XUb5IB@xOJDb3h6E#r\n"), Expected{"password=7XUb5IB@xOJDb3h6E#r"});
  EXPECT_EQ(found("secret = \"Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\"\n"),
            Expected{"generic-secret=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
  EXPECT_EQ(found("webhook_secret = \"p1kO}9UGHltDQ}js\"\n"), Expected{"generic-secret=p1kO}9UGHltDQ}js"});
}

// odbc.ini's PWD={X} on a line of its own, as in a connection string;
// WP-CLI's config list table row | DB_PASSWORD | X |.
TEST(Secrets, OdbcBracedPasswordsAndATablesPasswordRow) {
  EXPECT_EQ(found("[NAV]\nUID=svc_reports\nPWD={Fjord1861+}\nEncrypt=yes\n"), Expected{"password=Fjord1861+"});
  EXPECT_EQ(found("Driver={ODBC Driver 18};Server=x;UID=svc;PWD={Fjord1861+};Encrypt=yes\n"), Expected{"password=Fjord1861+"});
  EXPECT_EQ(found("| DB_PASSWORD  | Nebula.Lantern86%                       | constant |\n"),
            Expected{"password=Nebula.Lantern86%"});
}

// Passwords in clients' and daemons' own syntax: Jersey's
// HttpAuthenticationFeature.basic(user, X), hatch's index user/auth,
// buildbot's UserPasswordAuth({user: X}), Tcl's -password {X} and an
// snmp array's authpass X, x11vnc's viewpasswd X, 3proxy's parent line,
// a DSN's ?u=user&p=X, s-nail's set password-USER@HOST=X.
TEST(Secrets, PasswordsInClientsAndDaemonsOwnSyntax) {
  EXPECT_EQ(found("    .register(HttpAuthenticationFeature.basic(\"abrechnung-svc\", \"Stugan.Apfel36#\"));\n"),
            Expected{"password=Stugan.Apfel36#"});
  EXPECT_EQ(found("[publish.index.repos.internal]\nurl = \"https://pypi.x/legacy/\"\nuser = \"ci-publish\"\nauth = \"RC81XFAje3J5ZfYz0j\"\n"),
            Expected{"password=RC81XFAje3J5ZfYz0j"});
  EXPECT_EQ(found("  auth=util.UserPasswordAuth({\"release-team\": \"Hund_GJ2000!5\"}),\n"), Expected{"password=Hund_GJ2000!5"});
  EXPECT_EQ(found("set tok [http -username noc-bot -password {3.m*3ewI8qNr} -usetls 1]\n"), Expected{"password=3.m*3ewI8qNr"});
  EXPECT_EQ(found("array set snmp {\n    user     noc-v3\n    authpass XydK-iH_OO7NeG9Y\n    privpass $::env(SNMP_PRIV)\n}\n"),
            Expected{"password=XydK-iH_OO7NeG9Y"});
  EXPECT_EQ(found("rfbport 5900\nviewpasswd Kq3!x9zz\n"), Expected{"password=Kq3!x9zz"});
  EXPECT_EQ(found("parent 1000 http 10.90.0.4 3128 egress TtdgV3!rnUo^#!jW8-\n"), Expected{"password=TtdgV3!rnUo^#!jW8-"});
  EXPECT_EQ(found("NC_DB=pg://pg.lan:5432?u=nocodb&p=s9-i3TZxwldzo&d=nocodb\n"), Expected{"password=s9-i3TZxwldzo"});
  EXPECT_EQ(found("  set password-imap.wp.pl=9lS4Ygg!tVCXb5e-\n"), Expected{"password=9lS4Ygg!tVCXb5e-"});
}
