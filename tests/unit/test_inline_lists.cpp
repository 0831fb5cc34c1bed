// An inline list's items are alike (src/core/inline_lists.h, the engine's
// step 4h); a key in a URL's path ends with its segment (url_segment_end).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "inline_lists.h"
#include "privguard/engine.h"
#include "secret_extent.h"

using namespace privguard::core;

namespace {

// The siblings of the value `v` (its first occurrence) in `data`.
std::vector<std::string> siblings(const std::string& data, const std::string& v) {
  const std::uint64_t vs = data.find(v);
  ItemSpan out[16];
  const std::size_t n = inline_list_siblings(data, vs, vs + v.size(), out, 16);
  std::vector<std::string> items;
  for (std::size_t i = 0; i < n; ++i) items.push_back(data.substr(out[i].start, out[i].end - out[i].start));
  return items;
}

std::vector<std::string> secrets(std::string_view data) {
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  auto s = e->make_scratch(4096);
  auto r = e->scan(data, Sink{}, *s);
  std::vector<std::string> out;
  for (const auto& m : r.matches)
    if (e->policy().rules[m.rule].id == "generic-secret") out.emplace_back(data.substr(m.start, m.end - m.start));
  return out;
}

const std::string k1 = "2ndLN/Lr7WdkmlkRi4AVag==", k2 = "4sS5YN3VLShMC3hKV6VRSw==", k3 = "xa2i05XWGEpmV18nZq7GNg==";

}  // namespace

TEST(InlineLists, ABracketedListsOtherItemsWithCommentsAndPrefixes) {
  const std::string rust = "const KEYS: [&[u8]; 3] = [\n    b\"" + k1 + "\", // 2026-11\n    // older\n    &b\"" + k2 +
                           "\",\n    r\"" + k3 + "\",\n];\n";
  EXPECT_EQ(siblings(rust, k3), (std::vector<std::string>{k1, k2}));
  EXPECT_EQ(siblings(rust, k1), (std::vector<std::string>{k2, k3}));
  const std::string python = "FERNET_KEYS = ('" + k1 + "', '" + k2 + "')\n";
  EXPECT_EQ(siblings(python, k2), (std::vector<std::string>{k1}));
  const std::string go = "var keys = [][]byte{[]byte(\"x\")}\nvar ks = []string{\"" + k1 + "\", \"" + k2 + "\"}\n";
  EXPECT_EQ(siblings(go, k1), (std::vector<std::string>{k2}));
}

TEST(InlineLists, ACallsArgumentsOrAnObjectsKeysAreNoList) {
  EXPECT_TRUE(siblings("hmac.New(\"" + k1 + "\", \"" + k2 + "\")", k2).empty());
  EXPECT_TRUE(siblings("{\"a\": \"" + k1 + "\", \"" + k2 + "\": 1}", k1).empty());
  EXPECT_TRUE(siblings("x = [\"" + k1 + "\", \"" + k2 + "\"", k1).empty());  // never closed
}

TEST(InlineLists, CommaJoinedKeys) {
  EXPECT_EQ(siblings("APP_KEYS=\"" + k1 + "," + k2 + "," + k3 + "\"\n", k3), (std::vector<std::string>{k1, k2}));
  EXPECT_EQ(siblings("x\nAPP_KEYS=" + k1 + "," + k2 + "\n", k2), (std::vector<std::string>{k1}));
  EXPECT_EQ(siblings("env('PREVIOUS', 'base64:" + k1 + ",base64:" + k2 + "')", k2), (std::vector<std::string>{k1}));
  // A salt's own ',' among its other symbols joins no keys.
  EXPECT_TRUE(siblings("S='O$uuU@3,:)6abcdefghijklmnopq,rstuvwxyzABCDEFGHIJ'", "rstuvwxyzABCDEFGHIJ").empty());
  // Nor does a short word.
  EXPECT_TRUE(siblings("X=\"read,write," + k1 + "\"", k1).empty());

  ItemSpan out[8];
  const std::string joined = "'base64:" + k1 + ",base64:" + k2 + "'";
  ASSERT_EQ(joined_items(joined, 8, joined.size() - 1, out, 8), 2u);
  EXPECT_EQ(joined.substr(out[1].start, out[1].end - out[1].start), k2);
}

TEST(InlineLists, TheEngineFindsEachItem) {
  EXPECT_EQ(secrets("APP_KEYS=\"" + k1 + "," + k2 + "," + k3 + "\"\n"), (std::vector<std::string>{k1, k2, k3}));
  const std::string ts = "const SESSION_KEYS_HEX = [\n  \"a3f1c9e07b2d4e5f8a6b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f\", "
                         "// 2026-11\n  \"0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\", // 2026-05\n];\n";
  EXPECT_EQ(secrets(ts).size(), 2u);
  const std::string laravel = "explode(',', env('APP_PREVIOUS_KEYS', 'base64:" + k1 + ",base64:" + k2 + "'))\n";
  EXPECT_EQ(secrets(laravel), (std::vector<std::string>{k1, k2}));
}

TEST(InlineLists, AKeyInAUrlsPathEndsWithItsSegment) {
  const std::string apt = "deb https://dl.cloudsmith.io/d8C8Qu8LIsDUM1Ki/kassagruppen/pos/deb/debian bookworm main";
  const std::uint64_t vs = apt.find("d8C8");
  EXPECT_EQ(url_segment_end(apt, vs, apt.find(" bookworm")), apt.find("/kassagruppen"));
  EXPECT_EQ(secrets(apt), (std::vector<std::string>{"d8C8Qu8LIsDUM1Ki"}));
  const std::string plain = "key: d8C8Qu8LIsDUM1Ki/kassagruppen";  // no URL: the value's own '/'
  EXPECT_EQ(url_segment_end(plain, 5, plain.size()), plain.size());
}
