// Policy loading: the format, extension, and every error path with the
// message a user sees (file, line, rule).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "every_field_policy.h"
#include "privguard/engine.h"
#include "privguard/policy.h"

using namespace privguard::core;
using namespace std::string_literals;

namespace {

// Expects loading (and compiling) `text` to fail with exactly this
// "file:line: rule 'id': message" prefix.
void expect_error(const std::string& text, const std::string& expected_prefix, bool compile = false) {
  try {
    auto p = load_policy_text(text, "bad.toml");
    if (compile) {
      EngineOptions o;
      o.use_cache = false;
      Engine::build(std::move(p), o);
    }
    FAIL() << "no error for:\n" << text;
  } catch (const PolicyError& e) {
    EXPECT_EQ(std::string(e.what()).substr(0, expected_prefix.size()), expected_prefix) << e.what();
  }
}

std::filesystem::path temp_dir() {
  auto d = std::filesystem::temp_directory_path() / ("pg-policy-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

}  // namespace

TEST(Policy, DefaultHasContractRules) {
  Policy p = load_default_policy();
  for (const char* id : {"email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key",
                         "github-token", "gitlab-token", "slack-token", "slack-webhook", "stripe-key",
                         "google-api-key", "openai-key", "jwt", "private-key", "url-credentials", "basic-auth",
                         "bearer-token", "password"}) {
    const Rule* r = p.find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->action, std::string_view(id) == "private-key" ? Action::Block : Action::Mask) << id;
    EXPECT_GT(r->where.line, 0u) << id;
  }
  EXPECT_EQ(p.settings.mode, Mode::Enforce);
  EXPECT_FALSE(p.settings.fail_closed);
  EXPECT_EQ(p.settings.block_errno, EACCES);
}

TEST(Policy, ReadsEveryField) {
  Policy p = load_policy_text(privguard::test::kEveryFieldPolicy, "p.toml");
  EXPECT_EQ(p.settings.mode, Mode::Report);
  EXPECT_TRUE(p.settings.fail_closed);
  EXPECT_EQ(p.settings.block_errno, EPERM);
  EXPECT_EQ(p.settings.mask_char, '#');
  EXPECT_EQ(p.settings.binary, BinaryAction::Mask);
  ASSERT_EQ(p.rules.size(), 1u);
  const Rule& r = p.rules[0];
  EXPECT_EQ(r.id, "emp-id");
  EXPECT_EQ(r.context, "id=");
  EXPECT_EQ(r.suffix, ";");
  EXPECT_EQ(r.not_after, std::vector<std::string>{"://"});
  EXPECT_TRUE(r.token);
  EXPECT_EQ(r.validator, Validator::SecretValue);
  EXPECT_EQ(r.severity, Severity::Low);
  EXPECT_EQ(r.action, Action::Redact);
  EXPECT_EQ(r.redact_token, "[emp]");
  EXPECT_EQ(r.mask.keep_first, 1u);
  EXPECT_EQ(r.mask.keep_last, 2u);
  EXPECT_TRUE(r.mask.keep_separators);
  EXPECT_EQ(r.allow.values, std::vector<std::string>{"EMP-000000"});
  EXPECT_EQ(r.allow.patterns, std::vector<std::string>{"^EMP-9"});
  EXPECT_EQ(r.where.file, "p.toml");
  EXPECT_EQ(r.allow.domains, std::vector<std::string>{"example.com"});
  EXPECT_EQ(r.prefilter.patterns, std::vector<std::string>{"EMP-"});
  EXPECT_EQ(r.prefilter.digits, 6u);
  EXPECT_EQ(r.prefilter.shape, "AA99");
  EXPECT_EQ(r.vendor.words, std::vector<std::string>{"acme"});
  EXPECT_EQ(r.vendor.names, std::vector<std::string>{"emp_key"});
  EXPECT_EQ(r.where.line, 14u);  // the [[rules]] header
  EXPECT_EQ(p.allow.domains, std::vector<std::string>{"corp.internal"});
  EXPECT_EQ(p.allow.patterns, std::vector<std::string>{"^TEST-"});
  ASSERT_EQ(p.sinks.size(), 1u);
  EXPECT_FALSE(p.sinks[0].any_kind);
  EXPECT_EQ(p.sinks[0].kind, SinkKind::Socket);
  EXPECT_EQ(p.sinks[0].path, "/tmp/*.sock");
  EXPECT_EQ(p.sinks[0].peer, "127.0.0.1:5432");
  EXPECT_EQ(p.sinks[0].action, Action::Report);
}

TEST(Policy, ExtendsDefaultDisablesOverridesAndAdds) {
  Policy base = load_default_policy();
  Policy p = load_policy_text(R"(
extends = "default"
disable = ["phone", "iban"]
[[overrides]]
id = "email"
action = "pseudonym"
allow = { domains = ["corp.test"] }
[[rules]]
id = "employee-id"
pattern = '\bEMP-\d{6}\b'
)",
                              "ext.toml");
  EXPECT_EQ(p.rules.size(), base.rules.size() - 2 + 1);
  EXPECT_EQ(p.find_rule("phone"), nullptr);
  EXPECT_EQ(p.find_rule("iban"), nullptr);
  const Rule* email = p.find_rule("email");
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->action, Action::Pseudonym);
  // Appended to the base allowlist, not replacing it.
  EXPECT_EQ(email->allow.domains.size(), base.find_rule("email")->allow.domains.size() + 1);
  EXPECT_EQ(email->allow.domains.back(), "corp.test");
  EXPECT_NE(p.find_rule("employee-id"), nullptr);
  EXPECT_EQ(p.rules.back().where.file, "ext.toml");
}

TEST(Policy, ExtendsAFileRelativeToThePolicy) {
  auto dir = temp_dir();
  std::ofstream(dir / "base.toml") << "[[rules]]\nid = \"a\"\npattern = 'AAA'\n";
  std::ofstream(dir / "child.toml") << "extends = \"base.toml\"\n[[rules]]\nid = \"b\"\npattern = 'BBB'\n";
  Policy p = load_policy_file((dir / "child.toml").string());
  ASSERT_EQ(p.rules.size(), 2u);
  EXPECT_EQ(p.rules[0].id, "a");
  EXPECT_EQ(p.rules[0].where.file, (dir / "base.toml").string());
  std::filesystem::remove_all(dir);
}

TEST(Policy, ExtendsCycleIsAnError) {
  auto dir = temp_dir();
  std::ofstream(dir / "loop.toml") << "extends = \"loop.toml\"\n";
  EXPECT_THROW(load_policy_file((dir / "loop.toml").string()), PolicyError);
  std::filesystem::remove_all(dir);
}

TEST(Policy, MissingFileNamesIt) {
  try {
    load_policy_file("/nonexistent/p.toml");
    FAIL();
  } catch (const PolicyError& e) {
    EXPECT_EQ(e.file(), "/nonexistent/p.toml");
    EXPECT_NE(std::string(e.what()).find("cannot read policy file"), std::string::npos);
  }
}

TEST(PolicyErrors, BadToml) {
  expect_error("[[rules]]\nid = \"x\"\npattern = 'a\n", "bad.toml:3: invalid TOML:");
}

TEST(PolicyErrors, UnknownTopLevelKey) {
  expect_error("\n\nrulez = []\n", "bad.toml:3: unknown key 'rulez' in the policy");
}

TEST(PolicyErrors, UnknownRuleField) {
  expect_error("[[rules]]\nid = \"tok\"\npattern = 'x'\nacton = \"mask\"\n",
               "bad.toml:4: rule 'tok': unknown key 'acton' in [[rules]]");
}

TEST(PolicyErrors, UnknownSettingsKey) {
  expect_error("[settings]\nmod = \"report\"\n", "bad.toml:2: unknown key 'mod' in [settings]");
}

TEST(PolicyErrors, BadEnumValues) {
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\naction = \"zap\"\n",
               "bad.toml:4: rule 't': action 'zap' is not one of");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\nseverity = \"huge\"\n",
               "bad.toml:4: rule 't': severity 'huge' is not one of");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\nvalidator = \"crc\"\n",
               "bad.toml:4: rule 't': validator 'crc' is not one of");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\nflags = [\"utf8\"]\n",
               "bad.toml:4: rule 't': unknown flag 'utf8'");
  expect_error("[settings]\nmode = \"loud\"\n", "bad.toml:2: mode 'loud' is not one of");
  expect_error("[settings]\nmask_char = \"ab\"\n", "bad.toml:2: mask_char must be one printable ASCII character");
  for (const char* c : {"\\\\", "%", "\\\"", "'", "a", "F", "7", "&", "<"})
    expect_error("[settings]\nmask_char = \""s + c + "\"\n", "bad.toml:2: mask_char '");
  expect_error("[settings]\nmode = \"enforce\"\nbinary = \"rewrite\"\n",
               "bad.toml:3: binary 'rewrite' is not one of report, mask");
  expect_error("[settings]\nbinary = true\n", "bad.toml:2: binary must be a string");
  expect_error("[settings]\nblock_errno = \"EWHAT\"\n", "bad.toml:2: block_errno must be");
}

TEST(PolicyErrors, WrongTypes) {
  expect_error("[[rules]]\nid = \"t\"\npattern = 42\n", "bad.toml:3: rule 't': pattern must be a string");
  expect_error("[settings]\nfail_closed = \"yes\"\n", "bad.toml:2: fail_closed must be true or false");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[rules.mask]\nkeep_last = -1\n",
               "bad.toml:5: rule 't': mask.keep_last must be an integer from 0 to 64");
}

TEST(PolicyErrors, DuplicateId) {
  expect_error("[[rules]]\nid = \"dup\"\npattern = 'a'\n\n[[rules]]\nid = \"dup\"\npattern = 'b'\n",
               "bad.toml:6: rule 'dup': duplicate rule id");
  expect_error("extends = \"default\"\n[[rules]]\nid = \"email\"\npattern = 'b'\n",
               "bad.toml:3: rule 'email': duplicate rule id (use [[overrides]]");
}

TEST(PolicyErrors, RuleWithoutPatternOrId) {
  expect_error("[[rules]]\nid = \"t\"\n", "bad.toml:1: rule 't': a rule needs a pattern");
  expect_error("[[rules]]\npattern = 'x'\n", "bad.toml:1: a rule without an id");
  expect_error("[[rules]]\nid = \"Bad Id\"\npattern = 'x'\n", "bad.toml:2: rule 'Bad Id': rule ids are lowercase");
}

TEST(PolicyErrors, BadRegexNamesRuleAndLine) {
  expect_error("[[rules]]\nid = \"ok\"\npattern = 'abc'\n\n[[rules]]\nid = \"broken\"\npattern = 'a(b'\n",
               "bad.toml:5: rule 'broken': bad pattern:", true);
  expect_error("[[rules]]\nid = \"lb\"\npattern = '(?<=x)y'\n", "bad.toml:1: rule 'lb': bad pattern:", true);
  expect_error("[[rules]]\nid = \"al\"\npattern = 'abc'\n[rules.allow]\npatterns = ['[z']\n",
               "bad.toml:1: rule 'al': bad allow pattern '[z':", true);
}

TEST(PolicyErrors, DisableOrOverrideUnknownRule) {
  expect_error("extends = \"default\"\ndisable = [\"nope\"]\n", "bad.toml:2: disable: no rule 'nope'");
  expect_error("extends = \"default\"\n[[overrides]]\nid = \"nope\"\naction = \"report\"\n",
               "bad.toml:2: rule 'nope': override of a rule that the base policy does not have");
}

TEST(PolicyErrors, SinkOverrides) {
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nkind = \"socket\"\n",
               "bad.toml:4: sink override '' has no action");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nname = \"all\"\naction = \"allow\"\n",
               "bad.toml:4: sink override 'all' matches everything");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nname = \"s\"\nkind = \"pipe\"\nrules = [\"u\"]\naction = "
               "\"allow\"\n",
               "bad.toml:4: sink override 's' names unknown rule 'u'");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nkind = \"disk\"\naction = \"allow\"\n",
               "bad.toml:5: kind 'disk' is not one of");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nname = \"e\"\nstreams = [\"stderr\", \"stdin\"]\naction = \"mask\"\n",
               "bad.toml:6: unknown stream 'stdin' (expected stdout or stderr)");
  expect_error("[[rules]]\nid = \"t\"\npattern = 'x'\n[[sinks]]\nname = \"e\"\nstreams = []\naction = \"mask\"\n",
               "bad.toml:6: streams is empty");
}

TEST(PolicyErrors, EmptyPolicyDoesNotCompile) {
  expect_error("[settings]\nmode = \"enforce\"\n", "bad.toml: the policy has no rules", true);
}

TEST(Policy, PrefiltersAreReadAndDroppedWhenAnOverrideChangesThePattern) {
  Policy base = load_default_policy();
  ASSERT_FALSE(base.find_rule("aws-access-key-id")->prefilter.empty());
  EXPECT_EQ(base.find_rule("iban")->prefilter.shape, "AA99");
  EXPECT_EQ(base.find_rule("us-ssn")->prefilter.digits, 9u);
  Policy p = load_policy_text(R"(
extends = "default"
[[overrides]]
id = "aws-access-key-id"
pattern = '\bAKIA[A-Z0-9]{16}\b'
[[overrides]]
id = "us-ssn"
action = "report"
[[rules]]
id = "ticket"
pattern = '\bTCK-\d{6}\b'
[rules.prefilter]
patterns = ['TCK-']
digits = 6
)",
                              "pf.toml");
  EXPECT_TRUE(p.find_rule("aws-access-key-id")->prefilter.empty());
  EXPECT_EQ(p.find_rule("us-ssn")->prefilter.digits, 9u);  // an action change keeps it
  const Rule* t = p.find_rule("ticket");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->prefilter.patterns, std::vector<std::string>{"TCK-"});
  EXPECT_EQ(t->prefilter.digits, 6u);
}

TEST(PolicyErrors, Prefilters) {
  const std::string rule = "[[rules]]\nid = \"t\"\npattern = 'x'\n[rules.prefilter]\n";
  expect_error(rule, "bad.toml:4: rule 't': prefilter needs patterns, digits or shape");
  expect_error(rule + "digits = 1\n", "bad.toml:5: rule 't': prefilter.digits must be from 2 to 64");
  expect_error(rule + "digits = 65\n", "bad.toml:5: rule 't': prefilter.digits must be an integer from 0 to 64");
  expect_error(rule + "shape = \"99AA\"\n", "bad.toml:5: rule 't': prefilter.shape '99AA' must be");
  expect_error(rule + "letters = 2\n", "bad.toml:5: rule 't': unknown key 'letters' in prefilter");
  expect_error(rule + "patterns = ['(']\n", "bad.toml:1: rule 't': bad prefilter pattern '(':", true);
}

// toml11 3.7.1 reads past its buffer reporting invalid UTF-8 in a literal
// string (fuzz_policy found it); the text is checked before it parses.
TEST(PolicyErrors, InvalidUtf8NamesLineAndColumn) {
  expect_error("[settings]\nmode = 'enf\xee\xee'\n", "bad.toml:2: invalid UTF-8 at column 12");
  expect_error("# caf\xc3\xa9 ok\n[[rules]]\nid = \"t\"\npattern = '\xc0\xaf'\n", "bad.toml:4: invalid UTF-8 at column 12");
  expect_error("a = \"\xed\xa0\x80\"\n", "bad.toml:1: invalid UTF-8 at column 6");  // a surrogate
}

// toml11 recurses once per nesting level: a few thousand '[' overflowed the
// stack (fuzz_policy). Brackets inside strings and comments do not count.
TEST(PolicyErrors, NestingDeeperThan64IsRefused) {
  expect_error("a = " + std::string(5000, '[') + "\n", "bad.toml:1: arrays or inline tables nested deeper than 64");
  expect_error("\n\nb = " + std::string(65, '{') + "\n", "bad.toml:3: arrays or inline tables nested deeper than 64");
  auto p = load_policy_text("# " + std::string(100, '[') + "\n[[rules]]\nid = \"t\"\npattern = '" +
                                std::string(100, '[') + "'\ndescription = \"" + std::string(100, '{') + "\\\"\"\n",
                            "ok.toml");
  EXPECT_NE(p.find_rule("t"), nullptr);
}
