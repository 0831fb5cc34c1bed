// The default policy's sink rules for credentials (policies/README.md,
// "Credentials on sockets"): reported on their way to a peer, masked in
// files and syslog; private keys blocked and personal data masked
// everywhere; an extending policy's own sink rules come first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privguard/engine.h"
#include "privguard/policy.h"

using namespace privguard::core;

namespace {

// Default options: the default policy's embedded database, an extending
// policy's cached one (the tests' cache lives in the build tree).
std::unique_ptr<Engine> build(Policy p) { return Engine::build(std::move(p), EngineOptions{}); }

// rule id -> action of each finding in `text` sent to `sink`
std::vector<std::pair<std::string, Action>> actions(const Engine& e, std::string_view text, const Sink& sink) {
  auto s = e.make_scratch();
  auto r = e.scan(text, sink, *s);
  std::vector<std::pair<std::string, Action>> out;
  for (const auto& m : r.matches) out.emplace_back(e.policy().rules[m.rule].id, m.action);
  return out;
}

using Got = std::vector<std::pair<std::string, Action>>;

const Sink kPeer{SinkKind::Socket, {}, "127.0.0.1:8099"};
const Sink kOtherPeer{SinkKind::Socket, {}, "10.1.2.3:443"};
const Sink kSyslog{SinkKind::Socket, {}, "/dev/log"};
const Sink kJournal{SinkKind::Socket, {}, "/run/systemd/journal/socket"};
const Sink kLog{SinkKind::File, "/var/log/app.log", {}};
const Sink kPipe{SinkKind::Pipe, "pipe:[123]", {}};

constexpr std::string_view kHeader = "Authorization: Bearer q8ZtR3vLx0Nw7PbK2mYc5HsJ\r\n";

}  // namespace

TEST(CredentialSinks, BearerTokenReportedOnASocketMaskedInLogsPipesAndSyslog) {
  auto e = build(load_default_policy());
  EXPECT_EQ(actions(*e, kHeader, kPeer), (Got{{"bearer-token", Action::Report}}));
  EXPECT_EQ(actions(*e, kHeader, kLog), (Got{{"bearer-token", Action::Mask}}));
  EXPECT_EQ(actions(*e, kHeader, kPipe), (Got{{"bearer-token", Action::Mask}}));
  EXPECT_EQ(actions(*e, kHeader, kSyslog), (Got{{"bearer-token", Action::Mask}}));
  EXPECT_EQ(actions(*e, kHeader, kJournal), (Got{{"bearer-token", Action::Mask}}));
}

TEST(CredentialSinks, PersonalDataMaskedAndPrivateKeysBlockedOnSockets) {
  auto e = build(load_default_policy());
  EXPECT_EQ(actions(*e, "to maria.gonzalez@outlook.com", kPeer), (Got{{"email", Action::Mask}}));
  std::string pem =
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
      "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n-----END PRIVATE KEY-----\n";
  auto got = actions(*e, pem, kPeer);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].second, Action::Block);
}

TEST(CredentialSinks, AnExtendingPolicysAllowForOnePeerBeatsTheDefaultsReport) {
  auto e = build(load_policy_text(R"(
extends = "default"
[[sinks]]
name = "the payments sandbox may receive our token"
peer = "127.0.0.1:8099"
rules = ["bearer-token"]
action = "allow"
)",
                                  "sandbox.toml"));
  EXPECT_EQ(actions(*e, kHeader, kPeer), Got{});
  EXPECT_EQ(actions(*e, kHeader, kOtherPeer), (Got{{"bearer-token", Action::Report}}));
  EXPECT_EQ(actions(*e, kHeader, kLog), (Got{{"bearer-token", Action::Mask}}));
}

TEST(CredentialSinks, AnExtendingPolicyCanMaskCredentialsOnSocketsToo) {
  auto e = build(load_policy_text(R"(
extends = "default"
[[sinks]]
name = "mask credentials everywhere"
kind = "socket"
rules = ["bearer-token"]
action = "mask"
)",
                                  "strict.toml"));
  EXPECT_EQ(actions(*e, kHeader, kPeer), (Got{{"bearer-token", Action::Mask}}));
}
