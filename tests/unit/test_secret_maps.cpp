// Maps named for their secrets (src/core/secret_maps.h): their values are
// read as secrets; records and other maps are not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privguard/engine.h"
#include "secret_maps.h"

using namespace privguard::core;

namespace {

std::vector<std::string> values(const std::string& data) {
  std::vector<std::string> out;
  find_secret_maps(data, [&](std::uint64_t from) {
    TextSpan v[kMaxSecretMapValues];
    const std::size_t n = secret_map_values(data, from, v);
    for (std::size_t i = 0; i < n; ++i) out.push_back(data.substr(v[i].from, v[i].to - v[i].from));
  });
  return out;
}

std::vector<std::string> secrets(std::string_view data) {
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  auto s = e->make_scratch(4096);
  auto r = e->scan(data, Sink{}, *s);
  std::vector<std::string> out;
  for (const auto& m : r.matches)
    out.push_back(e->policy().rules[m.rule].id + "=" + std::string(data.substr(m.start, m.end - m.start)));
  return out;
}

}  // namespace

TEST(SecretMaps, EachLanguagesMapLiteral) {
  EXPECT_EQ(values("var carrierSecrets = map[string][]byte{\n\t\"postnord\":    []byte(\"vOL7ZLb\"),\n"
                   "\t// a comment\n\t\"bring\": []byte(\"oPniEM7\"),\n}\nvar x = \"y\"\n"),
            (std::vector<std::string>{"vOL7ZLb", "oPniEM7"}));
  EXPECT_EQ(values("  private val secrets: Map[String, String] = Map(\n    \"verkkokauppa-oy\" -> \"SlaTy1U\",\n"
                   "    \"kuljetus-nordic\" -> \"NFbAqYM\"\n  )\n"),
            (std::vector<std::string>{"SlaTy1U", "NFbAqYM"}));
  EXPECT_EQ(values("    private const SECRETS = [\n        'hotellkedjan' => 'd64b5d9',\n    ];\n"),
            (std::vector<std::string>{"d64b5d9"}));
  EXPECT_EQ(values("PARTNER_KEYS = {\n    partner_a: b\"k1k1k1\",\n    :partner_b => \"k2k2k2\",\n}\n"),
            (std::vector<std::string>{"k1k1k1", "k2k2k2"}));
  EXPECT_EQ(values("{\n  \"secrets\": {\n    \"stripe\": \"s3s3s3\"\n  }\n}\n"), (std::vector<std::string>{"s3s3s3"}));
}

TEST(SecretMaps, RedisCliRepliesToHgetallOfAHashOfKeys) {
  const std::string reply = "$ redis-cli -n 3\ncache01.lan:6379[3]> HGETALL tenant:apikeys\n1) \"kommun-norr\"\n"
                            "2) \"zh1hkmyCzm\"\n3) \"regionen\"\n4) \"1e2db21e63\"\ncache01.lan:6379[3]> TTL x\n";
  EXPECT_EQ(values(reply), (std::vector<std::string>{"zh1hkmyCzm", "1e2db21e63"}));
  // a hash of something else, or no prompt before the command
  EXPECT_TRUE(values("127.0.0.1:6379> HGETALL user:1001\n1) \"name\"\n2) \"zh1hkmyCzm\"\n").empty());
  EXPECT_TRUE(values("HGETALL tenant:apikeys\n1) \"a\"\n2) \"zh1hkmyCzm\"\n").empty());
}

TEST(SecretMaps, RecordsAndOtherMapsAreNone) {
  // a JSON document's "keys" (Keycloak's, a JWKS) and a record's fields
  EXPECT_TRUE(values("  \"keys\": {\n    \"kid\": \"Zx3k9Lm2\",\n  }\n").empty());
  EXPECT_TRUE(values("SECRETS = {\n  \"stripe\": {\n    \"kid\": \"Zx3k9Lm2\"\n  }\n}\n").empty());
  // AWS STS' output, tokens, a call, a name that only holds the word
  EXPECT_TRUE(values("    \"Credentials\": {\n        \"Expiration\": \"2024-11-05T12:00:00Z\"\n    }\n").empty());
  EXPECT_TRUE(values("const TOKENS = {\n    'erp.example.se': 'b2DYl0FIVr21'\n}\n").empty());
  EXPECT_TRUE(values("rotate_keys(\n    \"a\": \"b2DYl0FIVr21\"\n)\n").empty());
  EXPECT_TRUE(values("const keyset = {\n  a: \"b2DYl0FIVr21\"\n}\n").empty());
}

TEST(SecretMaps, TheEngineFindsEachValueThatIsASecret) {
  const std::string go =
      "var carrierSecrets = map[string][]byte{\n"
      "\t\"postnord\":     []byte(\"vOL7ZLbYVNZnmIfHyNVnRlBSTIhdAdu2uHXRPn9u\"),\n"
      "\t\"dhl-freight\":  []byte(\"stEgx563cOEiikMlnHaSnhxpF6CjKhZds4S0wCnW\"),\n"
      "\t\"local\":        []byte(\"dev-local\"),\n}\n";
  EXPECT_EQ(secrets(go), (std::vector<std::string>{"generic-secret=vOL7ZLbYVNZnmIfHyNVnRlBSTIhdAdu2uHXRPn9u",
                                                   "generic-secret=stEgx563cOEiikMlnHaSnhxpF6CjKhZds4S0wCnW"}));
  // the same map under another name is no secret map
  std::string other = go;
  other.replace(other.find("carrierSecrets"), 14, "carrierNames");
  EXPECT_TRUE(secrets(other).empty());
}
