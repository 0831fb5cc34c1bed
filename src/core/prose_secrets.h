// Secrets given in prose: chats, tickets, mail and notes in any language,
// where a word names a password, a key, a token or a secret and a few
// words later the sentence gives it:
//
//   "das Passwort für das Vereinskonto bei der Bank-App ist Ripple615$"
//   "Nouvelle clé WPA2 du réseau Invites : Sunshine1990?x"
//   "A heslo do routeru Mikrotik (admin) je teď nZCibYxGEl%1kr7L!iwVLz"
//   "rotated the key yesterday, new one is lSyHjaKjgDlAlLjwraaG6ElKPLQCAl9P"
//   "젠킨스 관리자 계정 비밀번호 Harbor.harbor.Mango.240 로 초기화"
//
// The rules' contexts name the words and the language's "is" one phrase
// at a time; here the words between are any (up to kMaxProseGap of them,
// on the word's line, counted again from a word that names the password
// the old or the new one: "Password was rotated on the NAS; the new one
// is X", "glemt passordet. Det gamle var X"; or before the word, given as
// the new one: "He puesto X como nueva contraseña"), and the value is what no word of a sentence looks
// like: 8 to 64 characters with three of small letters, capitals, digits
// and marks ('-', '_' and '.' join words and count as none), or a
// key-shaped run of letters and digits from 24 characters. What is
// written as a key and its value (Passwort: X at a line's start,
// password=X, "password": "X", an HTTP header's Sec-WebSocket-Key: X) is
// the rules' and is left to them, and so is a sentence that calls its
// value an example, a hash, a fingerprint or public.
//
// As with table columns (columns.h), the engine reads each value as if it
// were written "password: value" (a password's word, or a key's word
// with Wi-Fi named before it: "WLAN ... Schlüssel X") or "api_key: value"
// (a key's, a token's or a secret's): the rule's validator still decides.
//
// The trigger pass's expression is the words alone (literals, bounded);
// find_table_statements' plain code reports the same ends
// (prose_secret_word_ends). Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "typed_values.h"

namespace privguard::core {

constexpr std::size_t kMaxProseWords = 64;
constexpr std::size_t kMaxProseGap = 8;         // words between the word and its value
constexpr std::uint64_t kMaxProseGapBytes = 96;

// The words, in any case for ASCII letters (the trigger pass compiles it
// caseless; other scripts' capitals are listed). A function, built on its
// first call: the shim builds its engine from a library constructor,
// before this file's static objects would be.
const char* prose_secret_expression();

// Calls at(end) for each end of one of the expression's words in d, as
// the trigger pass reports them (every word that matches at a position:
// "passwort" and "password" never both; "key" inside "monkey" too, the
// reader rejects it).
template <class At>
void prose_secret_word_ends(std::string_view d, At at);

struct ProseSecret {
  TextSpan value;
  bool password = false;  // a password's word, or Wi-Fi's key; else a key's, token's or secret's
  bool aws_shaped = false;  // a key's 40 characters of base64 with a '/' or '+': perhaps AWS' secret key
};

// The value the sentence gives after the word the trigger found ending at
// data[word_end - 1]; false when there is none.
bool prose_secret_value(std::string_view data, std::uint64_t word_end, ProseSecret& out) noexcept;

// The passwords the same sentence goes on to give after one ending at
// data[after - 1]: the old and the new one, what was tried ("l'ancien était
// X et le nouveau Y", "zuerst X und dann Y vergeben", "X, po resetu jsem
// zkusil Y a teď jsem nastavil Z"): password-shaped runs up to 96 bytes on,
// across a wrapped line, until a word names a user, an account or another
// secret. Up to `cap` into `out`; how many.
std::size_t prose_passwords_after(std::string_view data, std::uint64_t after, TextSpan* out, std::size_t cap) noexcept;

// (for prose_secret_word_ends)
namespace prose_detail {
// The words: passwords' first (kPasswordWords of them), then keys',
// tokens' and secrets' (constexpr: constant-initialized, so the shim's
// engine, built from a library constructor, sees them whole). A word
// may go on in letters ("lösenordet", "hasła", "пароль", "tokens"): the
// reader allows a few of them.
inline constexpr std::size_t kPasswordWords = 36;
inline constexpr std::string_view kWords[] = {
    "password", "passwort", "passwd", "passord", "kennwort", "wachtwoord", "l\xC3\xB6senord", "passcode",
    "passphrase", "salasana", "contrase\xC3\xB1" "a", "senha", "mot de passe", "has\xC5\x82", "heslo",
    "jelsz\xC3\xB3", "\xC5\x9F" "ifre", "\xC5\x9E" "ifre", "adgangskode", "kodeord",
    "\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB", "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB",  // парол-, Парол-
    "\xE5\xAF\x86\xE7\xA0\x81", "\xE5\xAF\x86\xE7\xA2\xBC",                                  // 密码, 密碼
    "\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89",                          // パスワード
    "\xEB\xB9\x84\xEB\xB0\x80\xEB\xB2\x88\xED\x98\xB8",                                      // 비밀번호
    "m\xE1\xBA\xADt kh\xE1\xBA\xA9u", "kata sandi",                                         // mật khẩu
    "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA",                                              // κωδικ-
    "\xD7\xA1\xD7\x99\xD7\xA1\xD7\x9E",                                                      // סיסמ-
    "clave", "jelszav", "kod", "koodi", "pin", "pincode",
    // keys, tokens, secrets
    "secret", "token", "api key", "apikey", "key", "schl\xC3\xBCssel", "cl\xC3\xA9", "klucz", "nyckel",
    "n\xC3\xB8kkel", "n\xC3\xB8gle", "avain", "sleutel", "chiave", "chave", "anahtar", "segreto", "segredo",
    "hemlighet", "geheimnis",
    "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87", "\xD0\x9A\xD0\xBB\xD1\x8E\xD1\x87",                  // ключ, Ключ
    "\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD", "\xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD",  // токен, Токен
    "\xE5\xAF\x86\xE9\x92\xA5", "\xE7\xA7\x98\xE9\x92\xA5",                                  // 密钥, 秘钥
    "\xE3\x83\x88\xE3\x83\xBC\xE3\x82\xAF\xE3\x83\xB3",                                      // トークン
    "\xED\x86\xA0\xED\x81\xB0",                                                              // 토큰
};
inline constexpr std::size_t kWordCount = std::size(kWords);
bool word_at(std::string_view d, std::size_t at, std::string_view word) noexcept;
}  // namespace prose_detail

template <class At>
void prose_secret_word_ends(std::string_view d, At at) {
  for (std::size_t i = 0; i < d.size(); ++i)
    for (std::size_t w = 0; w < prose_detail::kWordCount; ++w)
      if (prose_detail::word_at(d, i, prose_detail::kWords[w])) at(i + prose_detail::kWords[w].size());
}

}  // namespace privguard::core
