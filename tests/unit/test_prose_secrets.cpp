// Secrets given in prose (prose_secrets.h): the value a sentence gives
// after a word naming a password, key, token or secret, what it leaves to
// the rules, and that the plain-code search finds the words the trigger
// pass's expression does.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "columns.h"
#include "expression_ends.h"
#include "prose_secrets.h"

using namespace privguard::core;

namespace {

struct Given {
  std::string value;
  bool password = false;
  bool operator==(const Given& o) const { return value == o.value && password == o.password; }
};

std::ostream& operator<<(std::ostream& os, const Given& g) {
  return os << '"' << g.value << '"' << (g.password ? " (password)" : " (key)");
}

// The first value the text gives (as the engine reads the words: each
// end the plain-code search reports).
Given given(std::string_view d) {
  Given out;
  bool found = false;
  prose_secret_word_ends(d, [&](std::uint64_t end) {
    ProseSecret s;
    if (found || !prose_secret_value(d, end, s)) return;
    found = true;
    out = {std::string(d.substr(s.value.from, s.value.to - s.value.from)), s.password};
  });
  return out;
}

const Given kNone{};

TEST(ProseSecrets, PasswordsInSentencesOfManyLanguages) {
  EXPECT_EQ(given("das Passwort f\xC3\xBCr das Vereinskonto bei der Bank-App ist Ripple615$, bitte nicht"),
            (Given{"Ripple615$", true}));
  EXPECT_EQ(given("A heslo do routeru Mikrotik (admin) je te\xC4\x8F nZCibYxGEl%1kr7L!iwVLz, stačí"),
            (Given{"nZCibYxGEl%1kr7L!iwVLz", true}));
  EXPECT_EQ(given("Proszę o reset. Tymczasowe hasło od Marka (Jaja!renu!gofi44) wygasło"),
            (Given{"Jaja!renu!gofi44", true}));
  EXPECT_EQ(given("[박민준] 젠킨스 관리자 계정 비밀번호 Harbor.harbor.Mango.240 로 초기화했어요"),
            (Given{"Harbor.harbor.Mango.240", true}));
  EXPECT_EQ(given("\xD0\x9A\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB5\xD0\xB3\xD0\xB8, \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C "
                  "\xD0\xBE\xD1\x82 Wi-Fi \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9: <b>Blabar.Lantern3842</b></div>"),
            (Given{"Blabar.Lantern3842", true}));
  EXPECT_EQ(given("Jag har bytt l\xC3\xB6senord till nn91a5OZTnL?63 men det funkar inte"), (Given{"nn91a5OZTnL?63", true}));
  // a JSON string's escapes, full-width punctuation
  EXPECT_EQ(given("\"content\": \"Oi Bia, a senha do wi-fi da loja agora \\u00e9 Kestrel95!\","),
            (Given{"Kestrel95!", true}));
  EXPECT_EQ(given("\xE6\x9D\x8E: redis \xE5\xAF\x86\xE7\xA0\x81\xE6\x98\xAF\xE4\xB8\x8D\xE6\x98\xAF "
                  "Hx7-qTz9wP2k\xEF\xBC\x9F\n"),
            (Given{"Hx7-qTz9wP2k", true}));
  // a Wi-Fi network's key is its password
  EXPECT_EQ(given("WLAN-Gastzugang morgen: SSID KH-Gast, Schl\xC3\xBC" "ssel Morgentau%69941mor\n"),
            (Given{"Morgentau%69941mor", true}));
}

// A mail's or a ticket's text wraps at 72 columns: the sentence goes on
// on the next line; a command's short output line, or a table's aligned
// one, does not.
TEST(ProseSecrets, ASentenceWrappedAtItsLinesEnd) {
  EXPECT_EQ(given("seit dem Update komme ich nicht mehr ins Portal. Mein altes Passwort war\n"
                  "Sommer_422% und das hat jahrelang funktioniert."),
            (Given{"Sommer_422%", true}));
  EXPECT_EQ(given("Creating user \"grafana\" with a password for user grafana\n"
                  "ops@web-01:~$ cat /etc/nginx/.htpasswd\n"),
            kNone);
  EXPECT_EQ(given("sendgrid  apikey: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\n"
                  "kontoret  utskick:NN2V2Q6sMqlHQRze\n"),
            kNone);
}

// The old and the new password in one sentence, what was tried: each.
TEST(ProseSecrets, ThePasswordsASentenceGoesOnToGive) {
  auto more = [](std::string_view d) {
    std::vector<std::string> out;
    prose_secret_word_ends(d, [&](std::uint64_t end) {
      ProseSecret s;
      if (!out.empty() || !prose_secret_value(d, end, s)) return;
      out.emplace_back(d.substr(s.value.from, s.value.to - s.value.from));
      TextSpan next[3];
      const std::size_t n = prose_passwords_after(d, s.value.to, next, 3);
      for (std::size_t k = 0; k < n; ++k) out.emplace_back(d.substr(next[k].from, next[k].to - next[k].from));
    });
    return out;
  };
  EXPECT_EQ(more("Sobre a senha de ontem: a antiga era Saudade#1014, a nova \u00e9 Coruja_456* e funciona"),
            (std::vector<std::string>{"Saudade#1014", "Coruja_456*"}));
  EXPECT_EQ(more("mot de passe chang\xC3\xA9 hier : l'ancien \xC3\xA9tait Mistral_1737* et le nouveau Chaton#709!. Le"),
            (std::vector<std::string>{"Mistral_1737*", "Chaton#709!"}));
  // not a user's name, a host or a prompt after it
  EXPECT_EQ(more("the password is Tr0ub4dor&3 for user Admin_01! on db01.corp.example\n"),
            (std::vector<std::string>{"Tr0ub4dor&3"}));
  // the next one named the new one, marked or not
  EXPECT_EQ(more("My old password was Ajf5W6gkD7h and new one I set is FISWK-YnyhEF9Pmc. Phone (206) 336-1992"),
            (std::vector<std::string>{"Ajf5W6gkD7h", "FISWK-YnyhEF9Pmc"}));
}

// A word that names the password again as the old or the new one: the
// words between count from it, a sentence's end before it too; and a
// password given before its word as the new one.
TEST(ProseSecrets, TheOldOrTheNewOne) {
  EXPECT_EQ(given("Password was rotated on the NAS; the new one is kBduueOV~%2SZH. Please use a credentials= file"),
            (Given{"kBduueOV~%2SZH", true}));
  EXPECT_EQ(given("Hei, jeg har glemt passordet. Det gamle var qEGXPNoo8o0b og n\xC3\xA5 pr\xC3\xB8vde jeg"),
            (Given{"qEGXPNoo8o0b", true}));
  EXPECT_EQ(given("Vale, ya entr\xC3\xA9. He puesto Ggazpacho734! como nueva contrase\xC3\xB1" "a. Gracias."),
            (Given{"Ggazpacho734!", true}));
  EXPECT_EQ(given("I have set Hq7!mLp2x9 as my new password."), (Given{"Hq7!mLp2x9", true}));
  // a sentence's end before another subject; "as" with no old or new
  EXPECT_EQ(given("I forgot the password. The weather is fine, Hq7!mLp2x9 maybe"), kNone);
  EXPECT_EQ(given("I used Hq7!mLp2x9 as password hint"), kNone);
  // the quote that opened before the word closes after it, and the line wraps after it
  EXPECT_EQ(given("seit dem Update komme ich nicht mehr rein. Ich habe dann \"Passwort vergessen\"\n"
                  "gemacht und zuerst Vkatze496+ und dann Hamburg_945! vergeben"),
            (Given{"Vkatze496+", true}));
  // past the renaming word, what ends the reading leaves a question's answer
  EXPECT_EQ(given("Kann mir jemand den API-Key schicken? Der alte (endet auf 3f1a) geht nicht mehr.</span>\n"
                  "<span>Hier: <code>BuHFSVCfZlTzHQoNQwdlsGrAJoGJkuWQGD6ZXyLY</code></span>\n"),
            (Given{"BuHFSVCfZlTzHQoNQwdlsGrAJoGJkuWQGD6ZXyLY", false}));
}

TEST(ProseSecrets, KeysTokensAndSecrets) {
  EXPECT_EQ(given("2024-07-09 @elif: me. rotated the key yesterday, new one is lSyHjaKjgDlAlLjwraaG6ElKPLQCAl9P\n"),
            (Given{"lSyHjaKjgDlAlLjwraaG6ElKPLQCAl9P", false}));
  EXPECT_EQ(given("\"text\": \"Pour le back-office Prestashop : cl\xC3\xA9 webservice 24iuG2u1gb1RDxUgK6LpAdqFx19tF8r9\","),
            (Given{"24iuG2u1gb1RDxUgK6LpAdqFx19tF8r9", false}));
  EXPECT_EQ(given("Webhook signing secret for the billing endpoint rotated, new value `LWcj7z4HWDXimoLIyHQLT5IXj6Fae6+K`."),
            (Given{"LWcj7z4HWDXimoLIyHQLT5IXj6Fae6+K", false}));
  // a key of letters and digits alone, long
  EXPECT_EQ(given("We think our key 2m4a90pj068wor1seqdxoomybym8n2xp leaked in a public repo"), kNone);  // "public"
  EXPECT_EQ(given("We think our key 2m4a90pj068wor1seqdxoomybym8n2xp leaked in a repo"),
            (Given{"2m4a90pj068wor1seqdxoomybym8n2xp", false}));
}

TEST(ProseSecrets, TheAnswerToAQuestionThatNamesIt) {
  EXPECT_EQ(given("[09:15] Dylan: the jump host root password?\n[09:16] Beatriz: xmTFYjUs-@vbs6T^Mq but use your own key\n"),
            (Given{"xmTFYjUs-@vbs6T^Mq", true}));
  EXPECT_EQ(given("Kerstin: Tack! Och wifi-l\xC3\xB6senordet f\xC3\xB6r lagret?\nIT Jonas: Lagret: Blabar-Kettle-641\n"),
            (Given{"Blabar-Kettle-641", true}));
  EXPECT_EQ(given("Dylan: and the API key for their sandbox?\n\nBeatriz: c16uolJ8xcsaC0WV5i0YVd8PluKeQJTn sandbox only\n"),
            (Given{"c16uolJ8xcsaC0WV5i0YVd8PluKeQJTn", false}));
  // an answer that names the secret itself is read from its own word
  EXPECT_EQ(given("Ana: la contrase\xC3\xB1" "a del wifi?\nJavier: La red es Oficina-5G2 y la contrase\xC3\xB1" "a es Juniper20!x\n"),
            (Given{"Juniper20!x", true}));
  // no question, or a record's field, is no answer
  EXPECT_EQ(given("the jump host root password.\nBeatriz: xmTFYjUs-@vbs6T^Mq\n"), kNone);
  EXPECT_EQ(given("\"text\": \"new password?\",\n\"user\": \"U06FD1SVXNx7\"\n"), kNone);
}

TEST(ProseSecrets, WordsOfASentenceAreNoValue) {
  EXPECT_EQ(given("the password for svc-backup01 is in the vault, ask Jonas"), kNone);
  EXPECT_EQ(given("I reset it, the new password is in 1Password (vault ops)"), kNone);
  EXPECT_EQ(given("password policy loaded: minLength=12, history=5"), kNone);
  EXPECT_EQ(given("Please change your password before 2026-01-19T08:03:00Z today"), kNone);  // a time
  EXPECT_EQ(given("Failed password for invalid user test from 2001:db8:4:1::17 port 52839 ssh2"), kNone);
  EXPECT_EQ(given("the password is stored in Passwords2024.xlsx on the share"), kNone);  // a file's name
  EXPECT_EQ(given("den nya nyckeln: 2f9188b5-4594-40a5-b127-e6a6b16b9a32"), kNone);   // a UUID
  EXPECT_EQ(given(" * ping time in 49.152kHz clocks if @rcode is %RCODE_COMPLETE."), kNone);  // no pin
  EXPECT_EQ(given("Stugan5G och koden \xC3\xA4r Kanel2026! om ni kommer"), (Given{"Kanel2026!", true}));
}

TEST(ProseSecrets, KeysAndValuesAreTheRules) {
  EXPECT_EQ(given("Passwort: Ripple615$x\n"), kNone);       // a key at its line's start
  EXPECT_EQ(given("    password = Ripple615$x\n"), kNone);  // an assignment
  EXPECT_EQ(given("db_password Ripple615$x\n"), kNone);     // a key's name
  EXPECT_EQ(given("{\"password\": \"Ripple615$x\"}"), kNone);
  EXPECT_EQ(given("self.password Ripple615$x"), kNone);
  EXPECT_EQ(given("curl -H 'X-CSRF-Token: 2exoIFiTq2djEw0F7KIvySUcSOxDmx8fuK2MJ7JMe-g' https://x"), kNone);
  EXPECT_EQ(given("Sec-WebSocket-Key: p1ooUjDTTc7OKDiBD8qkLA==\n"), kNone);
  EXPECT_EQ(given("hash = pbkdf2(password, 16, 210000, Rfb5Y0aQ2lq8zGk=)"), kNone);
  EXPECT_EQ(given("        set password ENC SH2BTA7szOBvtwiVjrHhdXaAcNF18guRMPBndwJ3SWs\n"), kNone);
  EXPECT_EQ(given("tacacs-server host 10.8.0.14 key 7 \"08701E1D5D4C53404A5A\"\n"), kNone);
  EXPECT_EQ(given("Creating temporary keypair: packer_6751e7d2-7e3f-4a8b-9d2e-3f1c5b7a9d0e\n"), kNone);
  EXPECT_EQ(given("partner-webhook-key          Xk9mQ2v7Lp  automatic\n"), kNone);  // a table's row
  EXPECT_EQ(given("the project id (not secret): 5f3c9a7e1b2d4c6e8f0a1b3c5d7e9f1a\n"), kNone);
}

TEST(ProseSecrets, PlainCodeSearchFindsWhatTheExpressionDoes) {
  const std::string text =
      "PASSWORD Passwort passwd l\xC3\xB6senordet L\xC3\xB6senord mot de passe MOT DE PASSE hasło \xC5\x9E" "ifre "
      "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C \xE5\xAF\x86\xE7\xA0\x81 API Key apikey monkey keys "
      "Schl\xC3\xBCssel SCHL\xC3\xBCSSEL cl\xC3\xA9 CL\xC3\x89 Token secretary \xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD "
      "kata sandi m\xE1\xBA\xADt kh\xE1\xBA\xA9u";
  std::set<std::uint64_t> plain;
  prose_secret_word_ends(text, [&](std::uint64_t end) { plain.insert(end); });
  EXPECT_EQ(plain, expression_ends(prose_secret_expression(), text));
  EXPECT_GE(plain.size(), 20u);
  // find_table_statements keeps those whose sentence gives a value (the
  // smallest kMaxProseWords of them), as the trigger pass does
  TableScan t;
  find_table_statements(text, t);
  EXPECT_EQ(t.prose_words, 0u);
  std::string sentences;
  for (int i = 0; i < 70; ++i) sentences += "the new password is Ripple615$" + std::to_string(i) + "\n";
  find_table_statements(sentences, t);
  ASSERT_EQ(t.prose_words, kMaxProseWords);
  EXPECT_EQ(t.prose_ends[0], sentences.find("password") + 8);
}

}  // namespace
