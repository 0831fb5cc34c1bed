// A vendor's key under a generic name (vendor_names.h, a rule's [vendor]),
// and the ingestion keys product analytics ship to browsers (id_names.h).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "vendor_names.h"
#include "privguard/engine.h"
#include "privguard/policy.h"

using namespace privguard::core;

namespace {

const Engine& def() {
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  return *e;
}

// "rule=value" of each finding.
std::vector<std::string> found(std::string_view data, const Engine& e = def()) {
  auto s = e.make_scratch(4096);
  auto r = e.scan(data, Sink{}, *s);
  std::vector<std::string> out;
  for (const auto& m : r.matches)
    out.push_back(e.policy().rules[m.rule].id + "=" + std::string(data.substr(m.start, m.end - m.start)));
  return out;
}

using Expected = std::vector<std::string>;

bool named(std::string_view data, std::string_view value) {
  const auto vs = data.find(value);
  return vendor_named_around(data, vs, vs + value.size(), {"datadog"});
}

}  // namespace

TEST(VendorNames, TheKeyNameWithoutCaseOrSeparators) {
  const std::vector<std::string> names{"api_key", "app_key"};
  std::string d = "  apiKey: X";
  EXPECT_TRUE(under_vendor_key_name(d, d.find('X'), names));
  d = "{\"api-key\": \"X\"";
  EXPECT_TRUE(under_vendor_key_name(d, d.find('X'), names));
  d = "config.APP_KEY=X";  // a dotted name's last part
  EXPECT_TRUE(under_vendor_key_name(d, d.find('X'), names));
  d = "  apiKeyId: X";
  EXPECT_FALSE(under_vendor_key_name(d, d.find('X'), names));
  d = "  token: X";
  EXPECT_FALSE(under_vendor_key_name(d, d.find('X'), names));
  d = "apikeyX";  // nothing between a name and its value: no key
  EXPECT_FALSE(under_vendor_key_name(d, d.find('X'), names));
}

TEST(VendorNames, TheValuesLineObjectAndParents) {
  // its line
  EXPECT_TRUE(named("{\"vendor\":\"datadog\",\"api_key\":\"K\"}\n", "K"));
  // its object, the name after it
  EXPECT_TRUE(named("{\n  \"apiKey\": \"K\",\n  \"datadogSite\": \"datadoghq.eu\"\n}\n", "K"));
  // not a sibling object's
  EXPECT_FALSE(named("[{\"apiKey\": \"K\"},\n {\"vendor\": \"datadog\"}]\n", "K"));
  // a YAML block's parents
  EXPECT_TRUE(named("datadog:\n  site: datadoghq.eu\n  # keys\n\n  apiKey: K\n", "K"));
  EXPECT_TRUE(named("monitoring:\n  Datadog:\n    apiKey: K\n", "K"));
  // not a sibling block's, nor one above the parent
  EXPECT_FALSE(named("datadog:\n  enabled: true\nnewrelic:\n  apiKey: K\n", "K"));
  EXPECT_FALSE(named("monitoring:\n  datadog_enabled: true\n  newrelic:\n    apiKey: K\n", "K"));
  // an INI section's header
  EXPECT_TRUE(named("[datadog]\nsite = datadoghq.eu\napi_key = K\n", "K"));
  EXPECT_FALSE(named("[datadog]\nsite = x\n[newrelic]\napi_key = K\n", "K"));
}

// Datadog's keys under their bare names where the place names Datadog;
// elsewhere a 32-hex api_key stays a generic secret.
TEST(VendorNames, DatadogsKeysUnderGenericNames) {
  EXPECT_EQ(found("datadog:\n  site: datadoghq.eu\n  apiKey: 196c73d1ad232af358e300bfa3a0426c\n"
                  "  appKey: 09ce8868e2576c1b2a602505bde234fa3aadc5b2\n  clusterName: prod-north-1\n"),
            (Expected{"datadog-key=196c73d1ad232af358e300bfa3a0426c",
                      "datadog-key=09ce8868e2576c1b2a602505bde234fa3aadc5b2"}));
  EXPECT_EQ(found("{\n  \"apiKey\": \"8c377fb2965d758de826916466c24d15\",\n  \"datadogSite\": \"datadoghq.eu\"\n}\n"),
            Expected{"datadog-key=8c377fb2965d758de826916466c24d15"});
  EXPECT_EQ(found("newrelic:\n  apiKey: 196c73d1ad232af358e300bfa3a0426c\n"),
            Expected{"generic-secret=196c73d1ad232af358e300bfa3a0426c"});
  // not Datadog's shape: generic, Datadog named or not
  EXPECT_EQ(found("datadog:\n  apiKey: Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e\n"),
            Expected{"generic-secret=Xq7LmV2pR9tW4nH8sJ3dF6gY1bC5aZ0e"});
}

TEST(VendorNames, APolicysVendorNeedsASplitRule) {
  try {
    Engine::build(load_policy_text(R"([[rules]]
id = "acme-key"
pattern = '\b[0-9a-f]{32}\b'
[rules.vendor]
words = ["acme"]
names = ["api_key"]
)",
                                   "v.toml"));
    FAIL() << "built";
  } catch (const PolicyError& e) {
    EXPECT_EQ(e.file(), "v.toml");
    EXPECT_EQ(e.line(), 1u);
    EXPECT_EQ(e.rule(), "acme-key");
  }
  EXPECT_THROW(load_policy_text("[[rules]]\nid = \"x\"\npattern = 'x'\nvendor = { words = [\"acme\"] }\n", "v.toml"),
               PolicyError);
}

// Product analytics' ingestion keys, which their browser SDKs are given:
// Amplitude's API key, Mixpanel's project token; their secrets stay.
TEST(VendorNames, AnalyticsIngestionKeysAreNoCredentials) {
  for (const std::string text :
       {"AMPLITUDE_API_KEY=8488d9805be5fdc6531a8678b1d9dd97\n",
        "{\n  \"api_key\": \"8488d9805be5fdc6531a8678b1d9dd97\",\n  \"events\": [\n    {\"event_type\": \"x\"}]}\n",
        "{\"event\":\"Viewed\",\"properties\":{\"distinct_id\":\"org_53064\",\"token\":\"bcb48ecb06eaf385df16da395831e6d7\"}}\n"}) {
    EXPECT_EQ(found(text), Expected{}) << text;
  }
  EXPECT_EQ(found("AMPLITUDE_SECRET_KEY=f18ba44a8488d9805be5fdc6531a8678\n"),
            Expected{"generic-secret=f18ba44a8488d9805be5fdc6531a8678"});
  EXPECT_EQ(found("MIXPANEL_API_SECRET=1e568a7d79913ac7d80335aaaa43c9c0\n"),
            Expected{"generic-secret=1e568a7d79913ac7d80335aaaa43c9c0"});
  EXPECT_EQ(found("{\"user\":\"u1\",\"token\":\"bcb48ecb06eaf385df16da395831e6d7\"}\n"),
            Expected{"generic-secret=bcb48ecb06eaf385df16da395831e6d7"});
}

// MinIO's own secret key under a name that says so is no AWS key (the
// dev sets' writers count it generic); an S3 client's secretKey with AWS
// or MinIO around it stays AWS'.
TEST(VendorNames, MinIOsOwnSecretKeyIsGeneric) {
  EXPECT_EQ(found("MINIO_ACCESS_KEY=budibase\nMINIO_SECRET_KEY=Kq8Zr2Vt5Xw9Lp3Nj7Hd1Fb4Gm6Sc0Ya2Ue8Ri5T\n"),
            Expected{"generic-secret=Kq8Zr2Vt5Xw9Lp3Nj7Hd1Fb4Gm6Sc0Ya2Ue8Ri5T"});
  EXPECT_EQ(found("vault_minio_secret_key: Kq8Zr2Vt5Xw9Lp3Nj7Hd1Fb4Gm6Sc0Ya2Ue8Ri5T\n"),
            Expected{"generic-secret=Kq8Zr2Vt5Xw9Lp3Nj7Hd1Fb4Gm6Sc0Ya2Ue8Ri5T"});
  EXPECT_EQ(found("{\"aliases\": {\"minio\": {\"url\": \"http://minio.lan:9000\", \"accessKey\": \"AKIAIOSFODNN7REALKEY\",\n"
                  "  \"secretKey\": \"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\"}}}\n"),
            (Expected{"aws-access-key-id=AKIAIOSFODNN7REALKEY", "aws-secret-key=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"}));
}
