// A mask never cuts an escape sequence (JSON, C and Python string
// escapes, URL %XX): a value's edges are fitted to them, and masks replace
// an escape whole. The masked output must still parse. Default policy.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "escapes.h"
#include "format_scan.h"
#include "privguard/policy.h"

using namespace privguard::core;
using namespace privguard::test;
using namespace std::string_literals;

namespace {

// ------------------------------------------------------------ checks

// A strict JSON (RFC 8259) reader that says only whether a text is one
// JSON value: enough to tell that masking left a document parseable.
class JsonCheck {
 public:
  static bool valid(std::string_view s) {
    JsonCheck j{s};
    j.ws();
    if (!j.value(0)) return false;
    j.ws();
    return j.i_ == s.size();
  }

 private:
  explicit JsonCheck(std::string_view s) : s_(s) {}
  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool lit(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  static bool hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
  bool string() {
    if (!at('"')) return false;
    for (++i_; i_ < s_.size(); ++i_) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return false;
      if (c != '\\') continue;
      if (++i_ >= s_.size()) return false;
      const char e = s_[i_];
      if (e == 'u') {
        if (i_ + 4 >= s_.size() || !hex(s_[i_ + 1]) || !hex(s_[i_ + 2]) || !hex(s_[i_ + 3]) || !hex(s_[i_ + 4]))
          return false;
        i_ += 4;
      } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
        return false;  // Invalid \escape
      }
    }
    return false;
  }
  bool number() {
    const std::size_t from = i_;
    if (at('-')) ++i_;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
    if (at('.')) ++i_;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
    return i_ > from;
  }
  bool value(int depth) {
    if (depth > 64 || i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '"') return string();
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++i_;
      ws();
      if (at(close)) {
        ++i_;
        return true;
      }
      for (;;) {
        if (c == '{') {
          if (!string()) return false;
          ws();
          if (!at(':')) return false;
          ++i_;
          ws();
        }
        if (!value(depth + 1)) return false;
        ws();
        if (at(close)) {
          ++i_;
          return true;
        }
        if (!at(',')) return false;
        ++i_;
        ws();
      }
    }
    return lit("true") || lit("false") || lit("null") || number();
  }
  std::string_view s_;
  std::size_t i_ = 0;
};

// Every '%' starts a %XX escape.
bool url_escapes_valid(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '%' && (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
                        !std::isxdigit(static_cast<unsigned char>(s[i + 2]))))
      return false;
  return true;
}

// ------------------------------------------------------------ escapes

TEST(Escapes, WhatCoversAByte) {
  Escape e;
  const std::string_view s = R"(a\u0151b\n\\n%3Cx\"\xc5%zz\U0001F600\101)";
  ASSERT_TRUE(escape_covering(s, 3, e));  // the '0' of \u0151
  EXPECT_EQ(e.start, 1u);
  EXPECT_EQ(e.end, 7u);
  EXPECT_TRUE(e.value_char);
  ASSERT_TRUE(escape_covering(s, 9, e));  // the n of \n
  EXPECT_EQ(e.start, 8u);
  EXPECT_FALSE(e.value_char);
  ASSERT_TRUE(escape_covering(s, 11, e));  // the second backslash of "\\"
  EXPECT_EQ(e.start, 10u);
  EXPECT_EQ(e.end, 12u);
  EXPECT_FALSE(escape_covering(s, 12, e));  // "\\n": the n is a letter
  ASSERT_TRUE(escape_covering(s, 15, e));   // %3C
  EXPECT_EQ(e.start, 13u);
  EXPECT_FALSE(e.value_char);
  ASSERT_TRUE(escape_covering(s, 21, e));  // \xc5
  EXPECT_EQ(e.start, 19u);
  EXPECT_EQ(e.end, 23u);
  EXPECT_TRUE(e.value_char);
  EXPECT_FALSE(escape_covering(s, 24, e));  // %zz is no escape
  ASSERT_TRUE(escape_covering(s, 35, e));   // \U0001F600
  EXPECT_EQ(e.start, 26u);
  EXPECT_EQ(e.end, 36u);
  EXPECT_TRUE(e.value_char);
  ASSERT_TRUE(escape_covering(s, 38, e));  // \101 = 'A'
  EXPECT_EQ(e.start, 36u);
  EXPECT_EQ(e.end, 40u);
  EXPECT_TRUE(e.value_char);
}

// Octal escapes as programs print them (three digits, or \0 alone); a
// backslash before other digits is a Windows path's, and its digits are
// text: the address after it is whole ("%OUT%\10.0.8.11.txt").
TEST(Escapes, OctalEscapesAndDigitsInWindowsPaths) {
  Escape e;
  const std::string_view s = R"(\033[0m \0 \10.0.8.11 C:\2024\x \1)";
  ASSERT_TRUE(escape_covering(s, 2, e));  // \033
  EXPECT_EQ(e.start, 0u);
  EXPECT_EQ(e.end, 4u);
  EXPECT_FALSE(e.value_char);
  ASSERT_TRUE(escape_covering(s, 9, e));  // \0
  EXPECT_EQ(e.end, 10u);
  EXPECT_FALSE(escape_covering(s, 12, e));  // the 1 of \10.0.8.11
  EXPECT_FALSE(escape_covering(s, 25, e));  // the 2 of C:\2024
  EXPECT_FALSE(escape_covering(s, 33, e));  // the 1 of \1
}

// The issue's JSON: the e-mail match started inside \u0151 and the mask
// left "\*****" behind (Invalid \escape).
TEST(Escapes, AnEscapedLetterJoinsTheAddress) {
  const std::string json = R"({"test": "test_email", "value": "f\u0151o@bar.com"})";
  expect_one(json, "email", R"(f\u0151o@bar.com)");
  const std::string out = def().apply(json);
  EXPECT_TRUE(JsonCheck::valid(out)) << out;
  EXPECT_EQ(out, R"({"test": "test_email", "value": "********@***.***"})");
}

TEST(Escapes, AnEscapedSeparatorStaysOutOfTheAddress) {
  expect_one(R"({"log": "line\nfoo@bar.com"})", "email", "foo@bar.com");
  expect_one(R"({"log": "tab\tfoo@bar.com"})", "email", "foo@bar.com");
  expect_one(R"({"to": "\u003cjane.doe@mail.com\u003e"})", "email", "jane.doe@mail.com");
  expect_one(R"({"to": "\u0022jane.doe@mail.com\u0022"})", "email", "jane.doe@mail.com");
  expect_one(R"({"to": "\"jane.doe@mail.com\""})", "email", "jane.doe@mail.com");
  // An escaped backslash and then a plain n: the n is part of the text.
  expect_one(R"({"path": "C:\\njane@mail.com"})", "email", "njane@mail.com");
  // An escaped '.' belongs to the address.
  expect_one(R"({"to": "jane\u002edoe@mail.com"})", "email", R"(jane\u002edoe@mail.com)");
  // Python bytes: a UTF-8 letter as \x escapes.
  expect_one(R"(b'\xc5\x91jane@mail.com')", "email", R"(\xc5\x91jane@mail.com)");
}

// Base64 padding written %3D (a URL-encoded SAS sig or token) ends the
// value: an escaped '=' at a value's end is not a separator.
TEST(Escapes, EscapedPaddingEndsTheValue) {
  std::string_view d = "sig=kGtPm%2BQ6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPfI%3D&se=1";
  std::uint64_t s = 4, e = d.find('&');
  ASSERT_TRUE(privguard::core::fit_value_to_escapes(d, s, e));
  EXPECT_EQ(d.substr(s, e - s), "kGtPm%2BQ6lZbkB6YwMo3iOGvmkHBQZIZ9SsQEyrXHPfI%3D");
  // Elsewhere an escaped '=' stays a separator: q%3Djane@mail.com.
  std::string_view q = "?q%3Djane@mail.com";
  s = 2;
  e = q.size();
  ASSERT_TRUE(privguard::core::fit_value_to_escapes(q, s, e));
  EXPECT_EQ(q.substr(s, e - s), "jane@mail.com");
}

TEST(Escapes, MaskedJsonStillParses) {
  const std::vector<std::string> docs = {
      R"({"to": "f\u0151o@bar.com", "cc": ["line\nfoo@bar.com", "\u003cjane.doe@mail.com\u003e"]})",
      R"({"msg": "sent to \"jane.doe@mail.com\"\n\tcard \"4539 1488 0343 6467\""})",
      R"({"card": "4539 1488 0343 6467\n", "phone": "+44 20 7947 0958\t", "ssn": "\"219-09-9989\""})",
      R"({"phone": "call\n+1 415-555-2671\u0021", "email": "\u00e9lise.dupont@mail.fr"})",
      R"({"password": "s3cr\"et!", "user": "\\\\server\\jane@mail.com"})",
      R"({"password": "hunter2-\u00e4xy", "next": "p\u00e4ss\nword=abcdef123"})",
      R"({"password":"Tr0ub4dor&3\n"})",
      R"({"note": "f\u0151o@bar.com\u0151o", "k": "AKIA2E5A7F3B244C4UYQ\n"})",
  };
  for (const auto& doc : docs) {
    ASSERT_TRUE(JsonCheck::valid(doc)) << "test input is not JSON: " << doc;
    const auto f = def().found(doc);
    EXPECT_FALSE(f.empty()) << doc;
    const std::string out = def().apply(doc);
    EXPECT_NE(out, doc);
    EXPECT_TRUE(JsonCheck::valid(out)) << doc << "\n -> " << out;
  }
}

TEST(Escapes, ValidatorsSeeTheValueWithoutEscapes) {
  // Luhn sees the card's digits only: the escaped quotes around it stay.
  expect_one(R"({"msg": "card \"4539 1488 0343 6467\""})", "credit-card", "4539 1488 0343 6467");
  expect_one(R"({"msg": "card 4539 1488 0343 6467\n"})", "credit-card", "4539 1488 0343 6467");
  expect_one(R"({"msg": "call\n+44 20 7947 0958\n"})", "phone", "+44 20 7947 0958");
  // A password runs on over an escaped quote of its own to its closing
  // quote (s3cr"et is the password), and is cut before a trailing
  // escaped newline.
  expect_one(R"({"password": "s3cr\"et"})", "password", R"(s3cr\"et)");
  expect_one(R"({"password": "hunter2xyz\n"})", "password", "hunter2xyz");
  expect_one(R"({"password": "\nhunter2xyz"})", "password", "hunter2xyz");
  // An escaped letter inside is part of it, and masked whole.
  expect_one(R"({"password": "p\u00e4ssw0rd!"})", "password", R"(p\u00e4ssw0rd!)");
  EXPECT_EQ(def().apply(R"({"password": "p\u00e4ssw0rd!"})"), R"({"password": "**************"})");
}

TEST(Escapes, UrlEncodedValues) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"GET /send?to=%3Cjane.doe@mail.com%3E&x=1", "jane.doe@mail.com"},
      {"GET /send?to=%22jane.doe@mail.com%22", "jane.doe@mail.com"},
      {"GET /send?to=jane%2Bnews@mail.com", "jane%2Bnews@mail.com"},
      {"GET /send?to=f%C5%91o@bar.com&y=2", "f%C5%91o@bar.com"},
  };
  for (const auto& [url, value] : cases) {
    expect_one(url, "email", value);
    const std::string out = def().apply(url);
    EXPECT_NE(out, url);
    EXPECT_TRUE(url_escapes_valid(out)) << url << " -> " << out;
  }
  // Kept separators keep their escape whole; letters are masked whole.
  EXPECT_EQ(def().apply("?to=%3Cf%C5%91o@bar.com%3E"), "?to=%3C********@***.***%3E");
}

TEST(Escapes, MaskCharactersThatWouldMakeEscapesAreRefused) {
  for (const char* c : {"\\\\", "%", "a", "0", "\\\"", "'", "&", "<", ">"}) {
    EXPECT_THROW(load_policy_text("[settings]\nmask_char = \""s + c + "\"\n[[rules]]\nid = \"x\"\npattern = 'x'\n",
                                  "m.toml"),
                 PolicyError)
        << c;
  }
  EXPECT_NO_THROW(load_policy_text("[settings]\nmask_char = \"X\"\n[[rules]]\nid = \"x\"\npattern = 'x'\n", "m.toml"));
}

}  // namespace
