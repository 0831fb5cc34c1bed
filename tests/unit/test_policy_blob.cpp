// The binary form of a policy (policy_blob.h) against the TOML it stands
// for: every field, compared one by one. The comparison names each field
// through its own structured bindings, so a field added to a struct stops
// this file compiling until it is compared here too.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "every_field_policy.h"
#include "policy_blob.h"
#include "privguard/policy.h"

using namespace privguard::core;

namespace {

using Diffs = std::vector<std::string>;

template <class T>
void compare(const T& a, const T& b, const std::string& path, Diffs& out, bool list_equal);

template <class... T, std::size_t... I>
void compare_members(const std::tuple<const T&...>& a, const std::tuple<const T&...>& b,
                     const std::array<const char*, sizeof...(T)>& names, const std::string& path, Diffs& out,
                     bool list_equal, std::index_sequence<I...>) {
  (compare(std::get<I>(a), std::get<I>(b), path + "." + names[I], out, list_equal), ...);
}

// The members of each struct, with their names.
auto members(const SourceRef& x) {
  const auto& [file, line] = x;
  return std::make_pair(std::tie(file, line), std::to_array<const char*>({"file", "line"}));
}
auto members(const MaskStyle& x) {
  const auto& [keep_first, keep_last, keep_separators] = x;
  return std::make_pair(std::tie(keep_first, keep_last, keep_separators),
                        std::to_array<const char*>({"keep_first", "keep_last", "keep_separators"}));
}
auto members(const Allowlist& x) {
  const auto& [values, patterns, domains] = x;
  return std::make_pair(std::tie(values, patterns, domains),
                        std::to_array<const char*>({"values", "patterns", "domains"}));
}
auto members(const Prefilter& x) {
  const auto& [patterns, digits, shape] = x;
  return std::make_pair(std::tie(patterns, digits, shape), std::to_array<const char*>({"patterns", "digits", "shape"}));
}
auto members(const VendorNames& x) {
  const auto& [words, names] = x;
  return std::make_pair(std::tie(words, names), std::to_array<const char*>({"words", "names"}));
}
auto members(const Rule& x) {
  const auto& [id, description, pattern, context, suffix, not_after, token, hs_flags, validator, severity, action,
               mask, redact_token, allow, prefilter, vendor, where] = x;
  return std::make_pair(std::tie(id, description, pattern, context, suffix, not_after, token, hs_flags, validator,
                                 severity, action, mask, redact_token, allow, prefilter, vendor, where),
                        std::to_array<const char*>({"id", "description", "pattern", "context", "suffix",
                                                           "not_after", "token", "hs_flags", "validator", "severity", "action",
                                                           "mask", "redact_token", "allow", "prefilter", "vendor", "where"}));
}
auto members(const SinkOverride& x) {
  const auto& [name, any_kind, kind, path, peer, streams, rules, action, where] = x;
  return std::make_pair(
      std::tie(name, any_kind, kind, path, peer, streams, rules, action, where),
      std::to_array<const char*>({"name", "any_kind", "kind", "path", "peer", "streams", "rules", "action", "where"}));
}
auto members(const Settings& x) {
  const auto& [mode, fail_closed, block_errno, mask_char, binary] = x;
  return std::make_pair(std::tie(mode, fail_closed, block_errno, mask_char, binary),
                        std::to_array<const char*>({"mode", "fail_closed", "block_errno", "mask_char", "binary"}));
}
auto members(const Policy& x) {
  const auto& [name, settings, rules, sinks, allow] = x;
  return std::make_pair(std::tie(name, settings, rules, sinks, allow),
                        std::to_array<const char*>({"name", "settings", "rules", "sinks", "allow"}));
}

template <class T>
concept HasMembers = requires(const T& t) { members(t); };

// Collects the paths of the fields that differ (or, with list_equal, of
// the leaf fields that are equal).
template <class T>
void compare(const T& a, const T& b, const std::string& path, Diffs& out, bool list_equal) {
  if constexpr (HasMembers<T>) {
    auto [ta, names] = members(a);
    auto [tb, unused] = members(b);
    compare_members(ta, tb, names, path, out, list_equal,
                    std::make_index_sequence<std::tuple_size_v<decltype(ta)>>{});
  } else if constexpr (requires { a.size(); typename T::value_type; } && !std::is_same_v<T, std::string>) {
    if (a.size() != b.size()) {
      if (!list_equal) out.push_back(path + " (size)");
      return;
    }
    for (std::size_t i = 0; i < a.size(); ++i) compare(a[i], b[i], path + "[" + std::to_string(i) + "]", out, list_equal);
  } else {
    if ((a == b) == list_equal) out.push_back(path);
  }
}

Diffs differences(const Policy& a, const Policy& b) {
  Diffs d;
  compare(a, b, "policy", d, false);
  return d;
}

Policy default_from_toml() { return load_policy_text(default_policy_text(), "default"); }

// A policy in which every field differs from its default value.
Policy everything() {
  Policy p = load_policy_text(privguard::test::kEveryFieldPolicy, "everything.toml");
  return p;
}

}  // namespace

TEST(PolicyBlob, DefaultPolicyRoundTripsFieldByField) {
  const Policy toml = default_from_toml();
  auto back = deserialize_policy(serialize_policy(toml, default_policy_text()), default_policy_text());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(differences(toml, *back), Diffs{});
}

TEST(PolicyBlob, EveryFieldRoundTrips) {
  const Policy p = everything();
  // The sample really sets every field: none is left at its default.
  Diffs unset;
  compare(p.settings, Settings{}, "settings", unset, true);
  compare(p.allow, Allowlist{}, "allow", unset, true);
  compare(p.rules.at(0), Rule{}, "rules[0]", unset, true);
  compare(p.sinks.at(0), SinkOverride{}, "sinks[0]", unset, true);
  EXPECT_EQ(unset, Diffs{}) << "fields the sample policy leaves at their defaults";

  auto back = deserialize_policy(serialize_policy(p, "source"), "source");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(differences(p, *back), Diffs{});
}

TEST(PolicyBlob, TheComparisonSeesAChangedField) {
  Policy a = default_from_toml();
  Policy b = a;
  b.rules.at(1).prefilter.digits = 99;
  b.sinks.push_back({});
  EXPECT_EQ(differences(a, b), (Diffs{"policy.rules[1].prefilter.digits", "policy.sinks (size)"}));
}

#ifndef PRIVGUARD_NO_EMBEDDED_POLICY
TEST(PolicyBlob, EmbeddedBlobIsTheParsedDefaultPolicy) {
  ASSERT_FALSE(embedded_policy().empty()) << "built with PRIVGUARD_EMBED_DEFAULT_DB: the policy blob is embedded too";
  auto embedded = deserialize_policy(embedded_policy(), default_policy_text());
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(differences(default_from_toml(), *embedded), Diffs{});
  EXPECT_EQ(differences(default_from_toml(), load_default_policy()), Diffs{});
}
#endif

TEST(PolicyBlob, ExtendingDefaultGivesTheSamePolicyAsBefore) {
  // load_base takes the embedded blob for `extends = "default"`.
  const char* text = "extends = \"default\"\ndisable = [\"phone\"]\n";
  Policy p = load_policy_text(text, "ext.toml");
  Policy want = default_from_toml();
  want.name = "ext.toml";
  std::erase_if(want.rules, [](const Rule& r) { return r.id == "phone"; });
  EXPECT_EQ(differences(want, p), Diffs{});
}

TEST(PolicyBlob, OtherSourceTextIsRefused) {
  std::string blob = serialize_policy(default_from_toml(), default_policy_text());
  EXPECT_FALSE(deserialize_policy(blob, std::string(default_policy_text()) + " ").has_value());
}

TEST(PolicyBlob, DamagedOrTruncatedBlobsAreRefused) {
  const std::string blob = serialize_policy(everything(), "s");
  for (std::size_t n = 0; n < blob.size(); ++n)
    EXPECT_FALSE(deserialize_policy(std::string_view(blob).substr(0, n), "s").has_value()) << n;
  EXPECT_FALSE(deserialize_policy(blob + "x", "s").has_value());
  // Each byte changed in turn: refused, or (in a string's text) read as
  // another policy, but never a crash or a huge allocation.
  for (std::size_t i = 0; i < blob.size(); ++i) {
    std::string bad = blob;
    bad[i] = static_cast<char>(bad[i] ^ 0xff);
    (void)deserialize_policy(bad, "s");
  }
}
