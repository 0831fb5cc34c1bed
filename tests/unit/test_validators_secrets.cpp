// Validators for secrets found by their key name (src/core/validators_secrets.h):
// high-entropy (generic-secret), base64-credentials (docker-auth),
// azure-key (azure-storage-key), aws-secret-key.
#include "privguard/validators.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace pg = privguard::core;
using pg::Validator;

namespace {

bool v(Validator k, std::string_view s) { return pg::validate(k, s); }

std::string b64(std::string_view in) {
  static constexpr char kAlpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
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
  while (out.size() % 4) out.push_back('=');
  return out;
}

}  // namespace

TEST(SecretValidatorNames, RoundTrip) {
  for (Validator k : {Validator::HighEntropy, Validator::Base64Credentials, Validator::AzureKey, Validator::AwsSecretKey,
                      Validator::TokenValue, Validator::BasicCredentials}) {
    auto parsed = pg::parse_validator(pg::to_string(k));
    ASSERT_TRUE(parsed.has_value()) << pg::to_string(k);
    EXPECT_EQ(*parsed, k);
  }
  EXPECT_EQ(pg::to_string(Validator::HighEntropy), "high-entropy");
  EXPECT_EQ(pg::to_string(Validator::Base64Credentials), "base64-credentials");
  EXPECT_EQ(pg::to_string(Validator::AzureKey), "azure-key");
  EXPECT_EQ(pg::to_string(Validator::AwsSecretKey), "aws-secret-key");
  EXPECT_EQ(pg::to_string(Validator::TokenValue), "token-value");
  EXPECT_EQ(pg::to_string(Validator::BasicCredentials), "basic-credentials");
}

// A Basic header's credentials are typed too, but an e-mail and a long
// API token as user:password may run past 256 bytes; a password's value
// that long is a blob, whatever it decodes to.
TEST(BasicCredentials, PastTypedLengthOnlyWhenItDecodesToUserAndPassword) {
  const std::string long_pair = b64("ops.team@bluefjord.se:" + std::string(260, 'k').replace(0, 12, "ATATT3xFfGF0"));
  ASSERT_GT(long_pair.size(), 256u);
  EXPECT_TRUE(v(Validator::BasicCredentials, long_pair));
  EXPECT_FALSE(v(Validator::SecretValue, long_pair));
  EXPECT_FALSE(v(Validator::BasicCredentials, std::string(300, 'A') + "b"));
  EXPECT_TRUE(v(Validator::BasicCredentials, "dXNlcjpzM2NyM3Q="));
}

// A password is typed (256 bytes at most: longer is a blob); a token is
// issued, and a JWE or an access token runs to kilobytes.
TEST(TokenValue, SecretValueWithoutItsLengthCap) {
  const std::string jwe = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + std::string(600, 'x').replace(0, 40, "rJeqQZrCwDn9J81G.fsCOeYg6EoVIM59NCXW0Xb3") +
                          ".abcdefghijklmnopqrstuv";
  EXPECT_TRUE(v(Validator::TokenValue, jwe));
  EXPECT_FALSE(v(Validator::SecretValue, jwe));
  EXPECT_FALSE(v(Validator::TokenValue, "${ACCESS_TOKEN}"));
  EXPECT_FALSE(v(Validator::TokenValue, std::string(9000, 'a') + "b"));
}

// ------------------------------------------------------------------ high-entropy

TEST(HighEntropy, GeneratedValues) {
  const char* real[] = {
      "0bfb2512abb6e79c7c329bd455ecd881ffdb9294",                    // hex
      "4718f09a0ee2d11dc712a3cbae9b9754",
      "P4vxi2hvNIkheGl97MpkFqWXZ5w9w7OxpQ9ldNGH",                    // base62
      "swfKBG4XPDenxq3GgH08EUOnMDADdsqMzSlVTjQ8sWk=",                // base64
      "2DSVHCQYXd87Dd0deDUz74GGSJ9Yc%2B49EpkL6kCb3Zs%3D",            // URL-encoded
      "wke9ffqcpa4np2myuedry21pyzq2gkdsrm2pd82ususf488qwt",          // base36
      "30fbd970-bd43-771e-d7a8-76ea0ef3ac3eGU0mmmVM",                // uuid and more
      "550e8400-e29b-41d4-a716-446655440000",                        // a uuid key
      "dckr_pat_Py_Sfts7pI98S5ZRRwje3yOOk5t", "DXAZY-MJSQS-EJCPA-QTTBJ-A5PTK",  // parts, but random
      "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",
      "ya29.a0Fk2KM2zWtKdbg_l0dQ6L1yKtdy0JECSL73HPvQDVI5rCxkbEs0iGZcb6NBfF_PClslUio8HiR4jh",
      "c1+3aPQh}x}4~?dx9PSsxFoQ<g0}b8.H8NV!<|xspI}?_=r{r.TO9]MXzsO!d2af",  // WordPress salts
      "<7nEYt@{gfi7X{93i0eHjxU<dGQ~d33j;-*hl^Snh?Rby;7z<{z#O[T>MHGTM)9o",
      ";7xA*6<5bPO%Q!PB_}iS8}vL%5},mW:<.pNmaf~fdIg!C.Pf|)EYnITI5^i-Z],}",
      "KzD0c=8?uk6HJ]H^C3lGNh:?|GFz96XZ6]sJ}Y;CJP{/C3LZGDu7818[F~gy}brW",  // a '=' early: no pair
      "kJHqWcZpTrLmXnBvYdGsQaFe",                                    // letters of both cases
      "\"4718f09a0ee2d11dc712a3cbae9b9754\"",
      "ZJp;Hc!2Pu6ntQ [MzB 3O.6N_88,[S!1YGd*SRe/C[a0oA(A*jok41H7TcLQd(8",  // a salt with spaces
      // a placeholder word in a mix of cases is chance ("TOdO", "TesT")
      "IQoJb3JpZ2luX2VjEuOdyHN4WnCRJgbSIIwJwKyBKXS72lsbISr1vxJ2/TOdOFNVLFtnG/Ma+I+zD6lx",
      "kJ8TesTq2LmX0vTn5KcW7pYs3HdJ6fBg",
      "hvs.Hn8PANty0b3IAC59r7v3Ki1U",  // Vault's token: no member access, though dotted
      // Atlassian's token ends in '=' and a checksum: no assignment
      "ATATT3xFfGF07jiHKr_HFcXXrKyKuQ-m97jtFM-JsmzJmjfI-fLE9JRBoOUU9DBZe2MKNDCHT0f_C_OEssjZi-EAJLR2pxmvlcPDYxDZer-"
      "NqHntyap6XeaGxoK1fn6wXO9VEofaMI06DDHy8RF5tbMjsR6G-abjSEuqZfxsZ_BvNM94NjP2tQl-gRtAe4Mc=AEB029ED",
  };
  for (const char* s : real) EXPECT_TRUE(v(Validator::HighEntropy, s)) << s;
}

// WordPress' secret-key service draws 64 characters from letters, digits
// and 32 symbols, the space among them; chance puts "...", "{{", "${X=",
// "%(", "&8=", a leading '~' or few symbols and a space in some of them.
// Drawn as that service draws (its alphabet, not our values), nearly all
// are secrets; a few with only a handful of symbols and a space read as
// prose in quotes.
TEST(HighEntropy, WordPressSaltsAsTheServiceDrawsThem) {
  static constexpr char kAlphabet[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|";
  std::uint64_t state = 0x9e3779b97f4a7c15u;
  auto next = [&state] {  // splitmix64: the same draws on every machine
    std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  };
  int rejected = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string salt;
    while (salt.size() < 64) salt.push_back(kAlphabet[next() % (sizeof kAlphabet - 1)]);
    rejected += !v(Validator::HighEntropy, salt);
  }
  EXPECT_LE(rejected, 8) << "of 4000";  // 0.2%
}

TEST(HighEntropy, PlaceholdersAndReferences) {
  const char* fake[] = {
      "REPLACE_ME",  "<your-api-key-here>", "xxxxxxxxxxxxxxxxxxxxxxxx", "your-api-key-1234567",
      "${API_KEY}",  "{{ .Values.apiKey }}", "$API_KEY_FROM_ENVIRONMENT", "sk-ant-api03-...",
      "changeme-please-123", "my_test_secret_2024", "MyTestKey2024abcdEF", "YOUR_TOKEN_1234567890", "abcdefghijklmnop1234", "1234567890123456",
      "0000000000000000000000", "AKIAIOSFODNN7EXAMPLE", "[FILTERED]-secret-1", "********************",
      "/run/secrets/api-key-1", "https://vault.internal:8200/v1/kv", "hunter2",  // too short
      "%(secret_key)s-x1Y2z3A4b5C6d7E8", "~/.config/app/secret-key.txt", "${SECRET_KEY:-dev-only-secret}",
  };
  for (const char* s : fake) EXPECT_FALSE(v(Validator::HighEntropy, s)) << s;
}

TEST(HighEntropy, WordsIdentifiersAndCode) {
  const char* code[] = {
      "getApiKeyFromEnvironment", "ThisIsMyApplicationSecret", "base64.b32encode",
      "lex_escape_unicode_short::invoke", "self.settings.API_KEY2", "os.environ.get",
      "prod/db/credentials", "frac=0.9129766579460806",  // a pair the pattern ran into
      "\", context=None): ",                              // ran on from a closing quote
      "Bearer realm example 42",
      "split (lexer stopped, state: '{s}')", "System-wide: Fooix (foo)",  // prose with a few symbols
      // object and cache keys, files, flags: words and numbers joined
      "user_profile_1234", "uploads/2024/q3-report.pdf", "cache:v2:user:1234", "orders-2024-03-01.csv",
      "Release-Notes_2024_v2", "tenant-42/invoices/2024-03", "generate-with-openssl-rand-base64-32",
      // a file's path (an S3 object's key), an ARN, a password hash
      "exports/2024/06/02/95c56cea-2759-4343-8fc8-53982dd77419.csv.gz", "tenants/8f14e45fceea167a/avatar.png",
      "arn:aws:kms:eu-west-1:105683581849:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
      "$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE1c7rkBkkdc8CXI6xkDbd3SmUwFOT3jFMDdqIAoPPgl0FOUrWkgk0O3Io0OCWQgQ",
      "$2b$12$KIXQJQZ3vP2cQb7ZJz8nOeYJ9Nf5F9sGgY3pQ1Xo2r6D8Hk0q5e9W",
  };
  for (const char* s : code) EXPECT_FALSE(v(Validator::HighEntropy, s)) << s;
  // a SealedSecret's ciphertext
  std::string sealed = "AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq";
  while (sealed.size() < 400) sealed += "Qm9aT2xYcW1vR2FhZ0x2cVh3dDhNa0p6";
  EXPECT_FALSE(v(Validator::HighEntropy, sealed));
}

TEST(HighEntropy, VendorValuesAreTheirRules) {
  const char* vendor[] = {
      "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
      "glptt-0123abcd4567ef890123abcd4567ef890123", "xoxb-123-456-abcdefABCDEF1234",
      "sk_test_51HxYzAbCdEf0123456789", "pk_live_51HxYzAbCdEf0123456789", "SKf0ecf65bd4bf01e82f69e0b3a9a9abbc",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz", "bm90IGEgdG9rZW4.eyJhIjoxfQ.ba8keil3N-YEARIc9DXeag",
  };
  for (const char* s : vendor) EXPECT_FALSE(v(Validator::HighEntropy, s)) << s;
  // a signed value with a readable payload is the jwt rule's; a dotted token of random parts is not
  EXPECT_FALSE(v(Validator::HighEntropy, "c2Vzc2lvbi12Mg.ZGF0YQ.VREaAvVAeqBklJ-2TAocRA"));
  EXPECT_TRUE(v(Validator::HighEntropy, "v1.s1USTwLcIbbxWXWZzZ0a.JMxoyazXErqSIqHepuGH4naC5hRMdv2KlYqL1ArKm_T"));
  // nor is a Discord bot token, whose first part is its bot's id in base64
  EXPECT_TRUE(v(Validator::HighEntropy, "ODA3MDQ4MTI3MDI5NzUzMDM4.mwwyh9.R01P3ZAQnASUNp8_Q3rFN0D8-m4VsmQUX-4F_5"));
}

// ------------------------------------------------------------------ base64-credentials

TEST(Base64Credentials, UserColonPassword) {
  EXPECT_TRUE(v(Validator::Base64Credentials, b64("deploybot:ghp_16C7e42F292c6912E7710c838347Ae178B4a")));
  EXPECT_TRUE(v(Validator::Base64Credentials, b64("AWS:eyJwYXlsb2FkIjoi")));
  EXPECT_TRUE(v(Validator::Base64Credentials, b64("_json_key:{\"type\": \"service_account\"}")));
  EXPECT_TRUE(v(Validator::Base64Credentials, "ZGFhbjc2OjJkbFZIUmRQY1FXUUlNbDZObUZQMzd3WA=="));
}

TEST(Base64Credentials, NotCredentials) {
  EXPECT_FALSE(v(Validator::Base64Credentials, ""));
  EXPECT_FALSE(v(Validator::Base64Credentials, b64("no colon here")));
  EXPECT_FALSE(v(Validator::Base64Credentials, b64(":password-only")));
  EXPECT_FALSE(v(Validator::Base64Credentials, b64("user-only:")));
  EXPECT_FALSE(v(Validator::Base64Credentials, b64(std::string("bin\x01\x02:ary", 9))));
  EXPECT_FALSE(v(Validator::Base64Credentials, "required"));      // a word
  EXPECT_FALSE(v(Validator::Base64Credentials, "abc!def:ghijkl"));  // not base64
}

// ------------------------------------------------------------------ azure-key

TEST(AzureKey, AccountKeysAndSignatures) {
  const std::string key =
      "nhEtgMr4oBpD9axXMJ9KjPvVJvESA4asqJMMETvBT9gAsPnRd0KvIh4on1P7UxAkkdXLpxjc7H7uezMEub4tcQ==";
  ASSERT_EQ(key.size(), 88u);
  EXPECT_TRUE(v(Validator::AzureKey, key));
  EXPECT_TRUE(v(Validator::AzureKey, "lkWX8CXUufDUHjSPma7gH1MQYkJUzbI0buJWUciDfFs%3D"));
  EXPECT_TRUE(v(Validator::AzureKey, "U%2Bw7sIUaTCNF9tsHqo7Or75ilrOVVegDLbx%2BUXcD9aU%3D"));
  EXPECT_TRUE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPfI="));
  EXPECT_TRUE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOGvmkHBQZIZ9SsQ\\/yrXHPfI="));  // JSON \/
}

TEST(AzureKey, OtherLengthsAndPlaceholders) {
  EXPECT_FALSE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPf="));     // 43
  EXPECT_FALSE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPfIab=="));  // 48
  EXPECT_FALSE(v(Validator::AzureKey, std::string(86, 'A') + "=="));
  EXPECT_FALSE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOG=mkHBQZIZ9SsQEyrXHPfI="));     // '=' inside
  EXPECT_FALSE(v(Validator::AzureKey, "kGtPm+Q6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPfI%3"));   // cut escape
}

// ------------------------------------------------------------------ aws-secret-key

TEST(AwsSecretKey, FortyHexDigitsAreSomethingElse) {
  EXPECT_TRUE(v(Validator::AwsSecretKey, "Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Qr7S"));
  EXPECT_TRUE(v(Validator::AwsSecretKey, "Hk2mQ9xLp7RtZ4vWb8Nc3Df6Gj1Ks5Ln0Mp4Q\\/7S"));  // JSON \/
  EXPECT_FALSE(v(Validator::AwsSecretKey, "4e44b222575036036603e31d61e87fe0c634b4de"));  // SHA-1
  EXPECT_FALSE(v(Validator::AwsSecretKey, "4E44B222575036036603E31D61E87FE0C634B4DE"));
  EXPECT_FALSE(v(Validator::AwsSecretKey, "****************************************"));  // as secret-value
  EXPECT_FALSE(v(Validator::AwsSecretKey, "${AWS_SECRET_ACCESS_KEY}"));
}
