// Engine::scan: spans, validators, context, allowlists, overlaps, sink
// overrides and modes. Small inline policies keep each case readable; the
// default policy's detection quality is measured in test_detection_quality.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "engine_internal.h"
#include "privguard/engine.h"

using namespace privguard::core;

namespace {

std::unique_ptr<Engine> build(const std::string& toml) {
  EngineOptions o;
  o.use_cache = false;
  return Engine::build(load_policy_text(toml, "test.toml"), o);
}

struct Found {
  std::string rule;
  std::string value;
  Action action;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.rule << ", '" << f.value << "', " << to_string(f.action) << "}";
}

std::vector<Found> scan(const Engine& e, std::string_view data, const Sink& sink = {}) {
  auto s = e.make_scratch();
  auto r = e.scan(data, sink, *s);
  std::vector<Found> out;
  for (const auto& m : r.matches)
    out.push_back({e.policy().rules[m.rule].id, std::string(data.substr(m.start, m.end - m.start)), m.action});
  return out;
}

const Engine& default_engine() {
  static auto e = [] {
    EngineOptions o;
    return Engine::build(load_default_policy(), o);
  }();
  return *e;
}

}  // namespace

TEST(Engine, CleanBufferHasNoMatches) {
  auto r = scan(default_engine(), "GET /api/v1/items?id=42 200 12ms\n");
  EXPECT_TRUE(r.empty());
}

TEST(Engine, FindsExactValueSpans) {
  auto r = scan(default_engine(), "to: maria.gonzalez@outlook.com, card 4539 1488 0343 6467.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (Found{"email", "maria.gonzalez@outlook.com", Action::Mask}));
  EXPECT_EQ(r[1], (Found{"credit-card", "4539 1488 0343 6467", Action::Mask}));
}

TEST(Engine, ValidatorDropsLookAlikes) {
  // Luhn-invalid, SSN area 666, IBAN with a wrong check digit.
  EXPECT_TRUE(scan(default_engine(), "order 4539 1488 0343 6468 done").empty());
  EXPECT_TRUE(scan(default_engine(), "ssn 666-12-3456").empty());
  EXPECT_TRUE(scan(default_engine(), "iban DE88370400440532013001").empty());
}

TEST(Engine, ValidatorCutsTrailingGroups) {
  auto r = scan(default_engine(), "pay to DE44 5001 0517 5407 3249 31 TEST now");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value, "DE44 5001 0517 5407 3249 31");
}

TEST(Engine, ContextAndSuffixAreNotPartOfTheValue) {
  auto e = build(R"(
[[rules]]
id = "pw"
context = 'pw\s*=\s*'
pattern = '[a-z0-9]+'
[[rules]]
id = "url-pw"
context = '://[a-z]+:'
pattern = '[^@\s]+'
suffix = "@"
)");
  auto r = scan(*e, "pw = hunter2 and ftp://bob:s3cret@host/x");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (Found{"pw", "hunter2", Action::Mask}));
  EXPECT_EQ(r[1], (Found{"url-pw", "s3cret", Action::Mask}));
}

// Hyperscan bounds an expression's length (the password rule's context
// passed 16,000 bytes): a context that long is compiled and checked as
// its top-level alternatives, and each of them still names a value.
TEST(Engine, AContextPastHyperscansLengthLimitStillNamesItsValues) {
  std::string context;
  for (int i = 0; i < 400; ++i)
    context += (i ? "|" : "") + std::string("a_rather_long_setting_name_") + std::to_string(i) + "[ \\t]*=[ \\t]*";
  ASSERT_GT(context.size(), 16000u);
  auto e = build("[[rules]]\nid = \"pw\"\ncontext = '" + context + "'\npattern = '[a-z0-9]+'\n");
  EXPECT_EQ(scan(*e, "a_rather_long_setting_name_0 = first, a_rather_long_setting_name_399=last\n"
                     "a_rather_long_setting_name_400=none\n"),
            (std::vector<Found>{{"pw", "first", Action::Mask}, {"pw", "last", Action::Mask}}));
}

TEST(Engine, AnOptionalContextIsLookedBackFor) {
  // "(...)?" as a whole is left out of the main expression (it matches
  // nothing by itself) and looked for before the match instead: a value
  // it labels is still labelled. A 19-digit run is a card only so.
  EXPECT_TRUE(optional_as_a_whole("(?:pan|card)?"));
  EXPECT_TRUE(optional_as_a_whole("(?:a(b)|[)(]c)?"));
  EXPECT_FALSE(optional_as_a_whole("(?:a)?(?:b)?"));
  EXPECT_FALSE(optional_as_a_whole("(?:a)?b"));
  EXPECT_FALSE(optional_as_a_whole("(?:a)"));
  auto e = build(R"(
[[rules]]
id = "card"
context = '(?:\bpan\s*[:=]\s*)?'
pattern = '\b\d{19}\b'
validator = "luhn"
)");
  EXPECT_TRUE(scan(*e, "txn 6214839501726483014 ok").empty());
  EXPECT_EQ(scan(*e, "pan= 6214839501726483014 ok"), (std::vector<Found>{{"card", "6214839501726483014", Action::Mask}}));
  EXPECT_EQ(scan(*e, "6214839501726483014 ok"), std::vector<Found>{});
}

TEST(Engine, AllowlistValuesDomainsPatterns) {
  auto e = build(R"(
[[rules]]
id = "card"
pattern = '\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b'
validator = "luhn"
[rules.allow]
values = ["4111111111111111"]
patterns = ['^4000']
[[rules]]
id = "mail"
pattern = '\b[a-z.]+@[a-z.]+\.[a-z]{2,}\b'
[rules.allow]
domains = ["example.com", "test"]
)");
  EXPECT_TRUE(scan(*e, "4111-1111-1111-1111").empty());      // canonical form compared
  EXPECT_TRUE(scan(*e, "4000 0012 3456 7899").empty());      // pattern
  EXPECT_TRUE(scan(*e, "a@example.com b@mail.example.com c@x.test").empty());
  EXPECT_EQ(scan(*e, "a@example.community").size(), 1u);     // suffix of a label is not a subdomain
  EXPECT_EQ(scan(*e, "4539 1488 0343 6467").size(), 1u);
}

TEST(Engine, NotAfterSkipsUrlAuthorityButNotPathOrQuery) {
  auto r = scan(default_engine(),
                "db=postgres://app:Wq8#vLp2z@db.internal:5432/app git=ssh://git@gitlab.com/x "
                "link=https://x.io/u?to=bob.jones@gmail.com");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (Found{"url-credentials", "Wq8#vLp2z", Action::Mask}));  // host not swallowed by "email"
  EXPECT_EQ(r[1], (Found{"email", "bob.jones@gmail.com", Action::Mask}));
}

TEST(Engine, GlobalAllowlist) {
  auto e = build(R"(
[allow]
values = ["ops@corp.internal"]
patterns = ['^bot-']
[[rules]]
id = "mail"
pattern = '\b[a-z.-]+@[a-z.]+\.[a-z]{2,}\b'
)");
  EXPECT_TRUE(scan(*e, "ops@corp.internal bot-1@corp.io").empty());
  EXPECT_EQ(scan(*e, "dev@corp.internal").size(), 1u);
}

TEST(Engine, SyntheticValueShadowsWhatIsInsideIt) {
  // A published test card number also looks like an SSN-free digit run;
  // nothing inside an allowlisted value is reported.
  EXPECT_TRUE(scan(default_engine(), "card 4111 1111 1111 1111 ok").empty());
  EXPECT_TRUE(scan(default_engine(), "key AKIAIOSFODNN7EXAMPLE").empty());
}

TEST(Engine, OverlapsBecomeOneFindingUnderTheMostSevereRule) {
  auto e = build(R"(
[[rules]]
id = "low-digits"
pattern = '\d{6}'
severity = "low"
[[rules]]
id = "high-code"
pattern = 'CODE-\d{4}'
severity = "high"
)");
  auto r = scan(*e, "x CODE-123456 y");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].rule, "high-code");
  EXPECT_EQ(r[0].value, "CODE-123456");  // the union: no half-masked digits
}

TEST(Engine, SinkOverridesByKindPathAndPeer) {
  auto e = build(R"(
[[rules]]
id = "mail"
pattern = '\b[a-z]+@[a-z]+\.io\b'
[[rules]]
id = "tok"
pattern = 'TOK[0-9]{4}'
[[sinks]]
name = "test db"
kind = "socket"
peer = "127.0.0.1:5432"
rules = ["mail"]
action = "allow"
[[sinks]]
name = "app log"
path = "/var/log/app/**"
action = "report"
[[sinks]]
name = "terminal"
kind = "tty"
action = "block"
[[sinks]]
name = "any port on db"
peer = "[::1]:*"
action = "redact"
)");
  std::string_view text = "ann@corp.io TOK1234";
  auto db = scan(*e, text, Sink{SinkKind::Socket, {}, "127.0.0.1:5432"});
  ASSERT_EQ(db.size(), 1u);
  EXPECT_EQ(db[0], (Found{"tok", "TOK1234", Action::Mask}));  // only "mail" is allowed there
  auto other_port = scan(*e, text, Sink{SinkKind::Socket, {}, "127.0.0.1:5433"});
  EXPECT_EQ(other_port.size(), 2u);
  auto log = scan(*e, text, Sink{SinkKind::File, "/var/log/app/2024/a.log", {}});
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, Action::Report);
  auto elsewhere = scan(*e, text, Sink{SinkKind::File, "/var/log/other.log", {}});
  EXPECT_EQ(elsewhere[0].action, Action::Mask);
  auto tty = scan(*e, text, Sink{SinkKind::Tty, "/dev/pts/0", {}});
  EXPECT_EQ(tty[0].action, Action::Block);
  auto v6 = scan(*e, text, Sink{SinkKind::Socket, {}, "[::1]:8080"});
  EXPECT_EQ(v6[0].action, Action::Redact);
}

TEST(Engine, BlockAndChangeFlags) {
  auto s = default_engine().make_scratch();
  std::string pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q2Xv9LmT0aZr\n-----END PRIVATE KEY-----\n";
  auto r = default_engine().scan(pem, Sink{}, *s);
  EXPECT_TRUE(r.blocked);
  ASSERT_EQ(r.matches.size(), 1u);
  EXPECT_EQ(r.matches[0].start, 0u);
  EXPECT_EQ(r.matches[0].end, pem.size() - 1);
  auto r2 = default_engine().scan("mail bob.jones@gmail.com", Sink{}, *s);
  EXPECT_FALSE(r2.blocked);
  EXPECT_TRUE(r2.changes);
}

TEST(Engine, DefaultPolicyMasksAPrivateKeyOnTheStandardStreamsAndBlocksItElsewhere) {
  auto s = default_engine().make_scratch();
  const std::string pem =
      "Traceback: b'-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q2Xv9LmT0aZr\\n"
      "-----END PRIVATE KEY-----\\n'\n";
  auto on = [&](int fd, SinkKind kind) {
    Sink sink{kind, {}, {}};
    sink.fd = fd;
    auto r = default_engine().scan(pem, sink, *s);
    EXPECT_EQ(r.matches.size(), 1u) << fd;
    return r.matches.empty() ? Action::Allow : r.matches[0].action;
  };
  EXPECT_EQ(on(2, SinkKind::Pipe), Action::Mask);
  EXPECT_EQ(on(2, SinkKind::File), Action::Mask);  // 2>log: still the process's stderr
  EXPECT_EQ(on(1, SinkKind::Pipe), Action::Mask);
  EXPECT_EQ(on(1, SinkKind::Tty), Action::Mask);
  EXPECT_EQ(on(5, SinkKind::Pipe), Action::Block);
  EXPECT_EQ(on(0, SinkKind::Tty), Action::Block);
  EXPECT_EQ(on(3, SinkKind::File), Action::Block);
  EXPECT_EQ(on(-1, SinkKind::Other), Action::Block);
  // Masked: nothing of the key is left, the text around it is.
  Sink err{SinkKind::Pipe, {}, {}};
  err.fd = 2;
  auto r = default_engine().scan(pem, err, *s);
  std::string out(r.output_size, '\0');
  out.resize(default_engine().transform(pem, r.matches, out.data(), out.size()));
  EXPECT_EQ(out.find("MIIE"), std::string::npos) << out;
  EXPECT_EQ(out.find("PRIVATE"), std::string::npos) << out;
  EXPECT_EQ(out.substr(0, 13), "Traceback: b'");
  EXPECT_EQ(out.substr(out.size() - 2), "'\n");

  // A key cut short by other text (unittest's repr of a long bytes value)
  // is not coming whole: masked too. A body that runs to the end of the
  // buffer may go on in the next write: blocked, even on stderr.
  auto action = [&](const std::string& text) {
    auto got = default_engine().scan(text, err, *s);
    EXPECT_EQ(got.matches.size(), 1u) << text;
    return got.matches.empty() ? Action::Allow : got.matches[0].action;
  };
  EXPECT_EQ(action("AssertionError: b'-----BEGIN PRIVATE KEY-----\\nMIIG/QIBADANBgkqhkiG9w0BAQEFAASC[6628 chars]--\\n' != ''\n"),
            Action::Mask);
  EXPECT_EQ(action("-----BEGIN PRIVATE KEY-----\n"), Action::Block);
  EXPECT_EQ(action("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q2Xv9LmT0aZr\n"),
            Action::Block);
}

TEST(Engine, ReportModeNeverChangesBytes) {
  auto e = build(R"(
[settings]
mode = "report"
[[rules]]
id = "tok"
pattern = 'TOK[0-9]{4}'
action = "block"
)");
  auto s = e->make_scratch();
  auto r = e->scan("a TOK1234 b", Sink{}, *s);
  ASSERT_EQ(r.matches.size(), 1u);
  EXPECT_EQ(r.matches[0].action, Action::Report);
  EXPECT_FALSE(r.blocked);
  EXPECT_FALSE(r.changes);
}

TEST(Engine, SinkResolverRunsOnlyForDirtyBuffers) {
  static int calls = 0;
  static const Sink kSocket{SinkKind::Socket, {}, "127.0.0.1:5432"};
  auto resolve = [](void*) noexcept -> const Sink& {
    ++calls;
    return kSocket;
  };
  auto s = default_engine().make_scratch();
  calls = 0;
  default_engine().scan("GET /health 200", resolve, nullptr, *s);
  default_engine().scan("card 4111 1111 1111 1111 is a test card", resolve, nullptr, *s);
  EXPECT_EQ(calls, 0);
  auto r = default_engine().scan("a bob.jones@gmail.com b maria@outlook.com", resolve, nullptr, *s);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(r.matches.size(), 2u);
}

TEST(Engine, OffModeScansNothing) {
  auto e = build("[settings]\nmode = \"off\"\n[[rules]]\nid = \"tok\"\npattern = 'TOK'\n");
  EXPECT_TRUE(scan(*e, "TOK TOK").empty());
}

TEST(Engine, OverflowIsReportedAsIncomplete) {
  auto e = build("[[rules]]\nid = \"d\"\npattern = '\\bD\\d\\b'\n");
  auto s = e->make_scratch(16);
  std::string many;
  for (int i = 0; i < 100; ++i) many += "D1 ";
  auto r = e->scan(many, Sink{}, *s);
  EXPECT_TRUE(r.incomplete);
  EXPECT_EQ(r.matches.size(), 16u);
  auto big = e->make_scratch(1000);
  auto r2 = e->scan(many, Sink{}, *big);
  EXPECT_FALSE(r2.incomplete);
  EXPECT_EQ(r2.matches.size(), 100u);
}

TEST(Engine, ConcurrentScansWithOwnScratch) {
  const Engine& e = default_engine();
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      auto s = e.make_scratch();
      for (int i = 0; i < 2000; ++i) {
        auto r = e.scan("id=7 user john.smith@gmail.com ok", Sink{}, *s);
        if (r.matches.size() != 1 || r.matches[0].start != 10) ++wrong;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(SinkMatch, Glob) {
  EXPECT_TRUE(glob_match("/var/log/*.log", "/var/log/a.log"));
  EXPECT_FALSE(glob_match("/var/log/*.log", "/var/log/x/a.log"));
  EXPECT_TRUE(glob_match("/var/log/**", "/var/log/x/a.log"));
  EXPECT_TRUE(glob_match("/tmp/?.txt", "/tmp/a.txt"));
  EXPECT_FALSE(glob_match("/tmp/?.txt", "/tmp/ab.txt"));
  EXPECT_TRUE(glob_match("**/secrets/*", "/srv/app/secrets/k"));
  EXPECT_FALSE(glob_match("/a", ""));
}

TEST(SinkMatch, Peer) {
  EXPECT_TRUE(peer_match("127.0.0.1:5432", "127.0.0.1:5432"));
  EXPECT_FALSE(peer_match("127.0.0.1:5432", "127.0.0.1:5433"));
  EXPECT_TRUE(peer_match("127.0.0.1", "127.0.0.1:9"));
  EXPECT_TRUE(peer_match("127.0.0.1:*", "127.0.0.1:9"));
  EXPECT_TRUE(peer_match("::1", "[::1]:443"));
  EXPECT_TRUE(peer_match("[::1]:443", "[::1]:443"));
  EXPECT_TRUE(peer_match("*:6379", "10.1.2.3:6379"));
  EXPECT_TRUE(peer_match("/run/*.sock", "/run/db.sock"));
  EXPECT_FALSE(peer_match("127.0.0.1", ""));
}

TEST(SinkMatch, Domains) {
  char buf[64];
  EXPECT_EQ(value_domain("Bob@Mail.Example.COM", buf, sizeof buf), "mail.example.com");
  EXPECT_EQ(value_domain("https://user:pw@db.test:5432/x", buf, sizeof buf), "db.test");
  EXPECT_EQ(value_domain("no domain here", buf, sizeof buf), "");
  std::vector<std::string> allowed{"example.com", "test"};
  EXPECT_TRUE(domain_allowed("example.com", allowed));
  EXPECT_TRUE(domain_allowed("a.b.example.com", allowed));
  EXPECT_TRUE(domain_allowed("host.test", allowed));
  EXPECT_FALSE(domain_allowed("notexample.com", allowed));
  EXPECT_FALSE(domain_allowed("example.com.evil.io", allowed));
}
