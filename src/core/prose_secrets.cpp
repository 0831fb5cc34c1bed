#include "prose_secrets.h"

#include <algorithm>
#include <string>

#include "ascii.h"

namespace privguard::core {
namespace prose_detail {

// (the words are in small letters: any case of an ASCII letter matches)
bool word_at(std::string_view d, std::size_t at, std::string_view word) noexcept {
  return at + word.size() <= d.size() && ascii::iequals(d.substr(at, word.size()), word);
}

}  // namespace prose_detail

namespace {

using ascii::is_alpha;
using ascii::is_digit;
using ascii::to_lower;

std::string expression() {
  std::string e = "(?i)(?:";
  constexpr char hex[] = "0123456789ABCDEF";
  for (std::size_t w = 0; w < prose_detail::kWordCount; ++w) {
    if (w > 0) e += '|';
    for (char ch : prose_detail::kWords[w]) {
      const auto u = static_cast<unsigned char>(ch);
      if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
        e += ch;
      } else {
        e += "\\x";
        e += hex[u >> 4];
        e += hex[u & 15];
      }
    }
  }
  return e + ")";
}

const std::string& expression_text() {
  static const std::string e = expression();
  return e;
}

constexpr std::uint64_t kMaxSuffix = 4;   // letters a word may go on in
constexpr std::uint64_t kMaxValue = 64;
constexpr std::uint64_t kMinValue = 8;
constexpr std::uint64_t kMinKeyRun = 24;  // letters and digits alone
constexpr std::uint64_t kLookBehind = 48;
constexpr std::uint64_t kLookAhead = 24;  // after the value: "... is public", "... pbkdf2"
constexpr std::uint64_t kMaxAnswerBytes = 320;  // the answer to a question: bytes and lines after it
constexpr std::size_t kMaxAnswerLines = 6;
constexpr std::uint64_t kMaxMoreBytes = 96;  // after a password, to the next one the sentence gives

bool high(char c) noexcept { return static_cast<unsigned char>(c) >= 0x80; }
bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
bool line_end(char c) noexcept { return c == '\n' || c == '\r'; }

// Whether the character ending at d[at - 1] is of a script written
// without blanks (three bytes and more in UTF-8: CJK, kana, Hangul).
bool cjk_before(std::string_view d, std::uint64_t at) noexcept {
  std::uint64_t q = at;
  while (q > 0 && at - q < 4 && (static_cast<unsigned char>(d[q - 1]) & 0xC0) == 0x80) --q;
  return q > 0 && static_cast<unsigned char>(d[q - 1]) >= 0xE3 && at - q >= 2;
}

bool starts_with_at(std::string_view d, std::uint64_t p, std::string_view s) noexcept {
  return p + s.size() <= d.size() && d.substr(p, s.size()) == s;
}

// Whether the lower-cased text holds one of the words that say the value
// is no secret of anyone's: an example, a digest, a public key.
bool says_not_a_secret(std::string_view d, std::uint64_t from, std::uint64_t to) noexcept {
  static constexpr std::string_view kNot[] = {"example", "sample", "hash", "fingerprint", "public", "publishable",
                                              "checksum", "cipher", "encrypted", "policy", "identifier",
                                              "csrf", "xsrf", "idempotency", "websocket", "postman", "host key", "sha256",
                                              "sha-256", "sha512", "sha-512", "sha1", "sha-1", "md5", "digest", "commit", "cache", "search", "publish", "not secret",
                                              "not a secret", "not a credential", "e.g.", "pbkdf2", "apns", "device token",
                                              "push token", "pgp", "gpg"};
  char buf[kLookBehind + kMaxProseGapBytes + kMaxValue + kLookAhead + 96];
  std::size_t n = 0;
  for (std::uint64_t p = from; p < to && n < sizeof buf; ++p) buf[n++] = to_lower(d[p]);
  const std::string_view text(buf, n);
  for (std::string_view w : kNot)
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

// A value's opening: a quote, a parenthesis, a code span or bold text;
// its length, and the byte that closes it (0: a blank or the line's end).
std::uint64_t opener_at(std::string_view d, std::uint64_t p, std::string_view& closer) noexcept {
  struct Pair {
    std::string_view open, close;
  };
  static constexpr Pair kPairs[] = {
      {"<code>", "</code>"}, {"<b>", "</b>"}, {"<strong>", "</strong>"}, {"**", "**"}, {"`", "`"},
      {"\"", "\""}, {"'", "'"}, {"(", ")"}, {"\xC2\xAB", "\xC2\xBB"} /* « » */,
      {"\xE2\x80\x9E", "\xE2\x80\x9C"} /* „ “ */, {"\xE2\x80\x9C", "\xE2\x80\x9D"} /* “ ” */,
      {"\xE3\x80\x8C", "\xE3\x80\x8D"} /* 「 」 */};
  for (const Pair& pair : kPairs)
    if (starts_with_at(d, p, pair.open)) {
      closer = pair.close;
      return pair.open.size();
    }
  closer = {};
  return 0;
}

// Characters a value ends before when nothing quotes it.
bool trailing_mark(char c) noexcept {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' ||
         c == '"' || c == '\'' || c == '`' || c == '*';
}

// Whether data[from, to) is no word of a sentence: the shape a value
// must have (see the header).
bool secret_shaped(std::string_view v, bool key) noexcept {
  if (v.size() < kMinValue || v.size() > kMaxValue) return false;
  bool small = false, capital = false, number = false, mark = false;
  for (char c : v) {
    if (ascii::is_lower(c)) small = true;
    else if (ascii::is_upper(c)) capital = true;
    else if (is_digit(c)) number = true;
    else if (c == '-' || c == '_' || c == '.') continue;
    else if (high(c) || static_cast<unsigned char>(c) < 0x21 || c == 0x7f || c == '\\' || c == ',' || c == ';' || c == '"' ||
             c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>')
      return false;  // (code, a list, an escape: no typed secret)
    else mark = true;
  }
  if (!small && !capital) return false;
  // (a URL, an address, a path, a file's name, a placeholder, a mask, a
  // query string's pair, a stored hash)
  const char first = v.front();
  if (first == '$' || first == '%' || first == '{' || first == '<' || first == '/' || first == '~' || first == '#' ||
      first == '@')
    return false;
  if (v.find("://") != std::string_view::npos || v.find("***") != std::string_view::npos ||
      v.find("...") != std::string_view::npos || v.find("xxx") != std::string_view::npos ||
      v.find("XXX") != std::string_view::npos)
    return false;
  const std::size_t at = v.find('@');
  if (at != std::string_view::npos && v.find('.', at) != std::string_view::npos) return false;
  if (std::count(v.begin(), v.end(), '/') >= 2) return false;  // a path, a secret's name (prod/payments/kyc)
  const std::size_t eq = v.find('=');
  if (eq != std::string_view::npos && v.find_first_not_of('=', eq) != std::string_view::npos) return false;
  const std::size_t dot = v.rfind('.');
  if (dot != std::string_view::npos && v.size() - dot >= 3 && v.size() - dot <= 5) {
    bool extension = true;
    for (std::size_t i = dot + 1; i < v.size(); ++i) extension = extension && v[i] >= 'a' && v[i] <= 'z';
    if (extension) return false;
  }
  if (v == "1Password") return false;  // where it is kept, not what
  // (a time, an IPv6 address: two ':' or more)
  if (std::count(v.begin(), v.end(), ':') >= 2) return false;
  // (a Telegram bot's id:secret, its rule's: the API documentation's example is allowed there)
  const std::size_t colon = v.find(':');
  if (colon != std::string_view::npos && colon > 0 && v.find_first_not_of("0123456789") == colon) return false;
  // (a word with an elision: J'utilise)
  const std::size_t apostrophe = v.find('\'');
  if (apostrophe != std::string_view::npos && !number) {
    bool word = true;
    for (char c : v) word = word && (is_alpha(c) || c == '\'');
    if (word) return false;
  }
  if (v.size() == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-') return false;  // a UUID: an id
  if (v.substr(0, 5) == "HTTP/" || v.substr(0, 7) == "SHA256:") return false;
  const int classes = small + capital + number + mark;
  if (classes >= 3) return true;
  // a key: letters and digits, long
  return key && number && v.size() >= kMinKeyRun && !mark;
}

// A run of text read as a value: what an opener (quote, parenthesis,
// code span, bold) encloses, or up to a blank, a tag or a quote, without
// the marks that end a sentence.
struct Run {
  std::uint64_t from = 0, to = 0, open = 0;
  std::string_view closer;
  bool text = false;            // blanks inside: quoted text, no value
  bool attribute_name = false;  // an XML attribute's name before its value: OwnerUserId="
};

bool read_run(std::string_view d, std::uint64_t p, Run& r) noexcept {
  r = Run{};
  r.open = opener_at(d, p, r.closer);
  r.from = r.to = p + r.open;
  if (r.open > 0) {
    while (r.to < d.size() && r.to - r.from <= kMaxValue + 1 && !line_end(d[r.to]) && !starts_with_at(d, r.to, r.closer))
      ++r.to;
    if (r.to >= d.size() || !starts_with_at(d, r.to, r.closer)) return false;
  } else {
    // (up to a blank, a tag, or a quote: a JSON string's or a CSV
    // field's end)
    while (r.to < d.size() && !blank(d[r.to]) && !line_end(d[r.to]) && !starts_with_at(d, r.to, "\xC2\xA0") &&
           !(d[r.to] == '<' && r.to > r.from) && d[r.to] != '"' &&
           !(d[r.to] == '\\' && r.to + 1 < d.size() && d[r.to + 1] == '"'))
      ++r.to;
    // (a mark ending the sentence is none of the value's; an
    // exclamation mark right after a digit is, Kestrel95!, and so is a
    // question mark when the sentence goes on: "das Passwort X9? probiert")
    const bool goes_on = r.to + 1 < d.size() && blank(d[r.to]) &&
                         (ascii::is_lower(d[r.to + 1]) || d[r.to + 1] == '(');
    // (and a '*' is the value's own unless one opened the run as
    // emphasis: "l'ancien était Mistral_1737* et", but *X*)
    const bool emphasis = d[r.from] == '*' || (r.from > 0 && d[r.from - 1] == '*');
    while (r.to > r.from && trailing_mark(d[r.to - 1]) &&
           !((d[r.to - 1] == '!' || (d[r.to - 1] == '?' && goes_on)) && r.to - r.from > 1 && is_digit(d[r.to - 2])) &&
           !(d[r.to - 1] == '*' && !emphasis && r.to - r.from > 1 && ascii::is_alnum(d[r.to - 2])))
      --r.to;
    // (full-width punctuation after it: 密码是X，... X？ X！ X。)
    while (r.to - r.from > 3 &&
           ((static_cast<unsigned char>(d[r.to - 3]) == 0xEF && static_cast<unsigned char>(d[r.to - 2]) == 0xBC) ||
            starts_with_at(d, r.to - 3, "\xE3\x80\x82")))
      r.to -= 3;
    r.attribute_name = r.to > r.from && d[r.to - 1] == '=' && r.to < d.size() && (d[r.to] == '"' || d[r.to] == '\\');
  }
  for (std::uint64_t q = r.from; q < r.to && !r.text; ++q) r.text = blank(d[q]);
  return true;
}

}  // namespace

const char* prose_secret_expression() { return expression_text().c_str(); }

namespace {

// Whether the line break at d[p] wraps a sentence (a mail's or a ticket's
// text at 72 columns: "Mein altes Passwort war\nSommer_422% und ..."): a
// letter or a comma before it, a line of text after it (no blank line, no
// list item, quote, table or markup). Where the next line starts, or 0.
std::uint64_t wrapped_to(std::string_view d, std::uint64_t p) noexcept {
  std::uint64_t b = p;
  while (b > 0 && blank(d[b - 1])) --b;
  // (a letter, a comma, or a quote that closes a quoted word: 'Ich habe
  // dann "Passwort vergessen"\ngemacht')
  const bool closing_quote = b >= 2 && (d[b - 1] == '"' || d[b - 1] == '\'') && is_alpha(d[b - 2]);
  if (b == 0 || !(is_alpha(d[b - 1]) || high(d[b - 1]) || d[b - 1] == ',' || closing_quote)) return 0;
  // (a wrapped paragraph's line is a long one; a command's short output
  // line before a shell prompt is none)
  std::uint64_t line_from = b;
  while (line_from > 0 && !line_end(d[line_from - 1])) --line_from;
  if (b - line_from < 40) return 0;
  // (nor a table's or a config's line, its columns aligned with blanks:
  // "sendgrid  apikey:SG...")
  std::uint64_t first = line_from;
  while (first < b && blank(d[first])) ++first;
  for (std::uint64_t q = first; q + 1 < b; ++q)
    if (d[q] == '\t' || (d[q] == ' ' && d[q + 1] == ' ')) return 0;
  std::uint64_t n = p;
  if (n < d.size() && d[n] == '\r') ++n;
  if (n >= d.size() || d[n] != '\n') return 0;
  ++n;
  if (n >= d.size() || blank(d[n]) || line_end(d[n])) return 0;
  const char c = d[n];
  if (c == '-' || c == '*' || c == '>' || c == '#' || c == '|' || c == '[' || c == '{' || c == '<' || c == '"' ||
      c == '}' || c == ']')
    return 0;
  return n;
}

// A password as people choose one, read where the sentence leaves doubt
// (after a wrapped line, after another password): a mark that joins no
// words ('!', '#', '%', '*', '+', '?' ...), and neither a shell prompt's
// nor an address's '@' (ops@web-01:~$, svc@db01.corp).
bool password_marked(std::string_view v) noexcept {
  bool mark = false;
  for (char c : v)
    mark = mark || (!ascii::is_alnum(c) && c != '.' && c != '-' && c != '_' && c != '/' && c != ':' && c != '@' &&
                    c != '\'' && c != '"' && c != '`' && c != '(' && c != ')' && c != '[' && c != ']' && c != ',' &&
                    c != ';' && !high(c));
  const std::size_t at = v.find('@');
  return mark && !(at != std::string_view::npos && v.find_first_of(":.", at) != std::string_view::npos);
}

// Whether a word of a sentence is code or markup: an assignment, a table's
// cell, braces, tags (`brackets`: parentheses and square brackets too); a
// JSON string's \u escape is a letter ("agora \u00e9 X").
bool code_or_markup(std::string_view v, bool brackets) noexcept {
  const bool escaped_letter = v.find("\\u") != std::string_view::npos;
  const std::string_view marks = brackets ? (escaped_letter ? "={}<>[]()|" : "={}<>[]()\\|")
                                          : (escaped_letter ? "={}<>|" : "={}<>|\\");
  return v.find_first_of(marks) != std::string_view::npos;
}

// Whether a word of a sentence calls something the old or the new one,
// in the languages of the words above (new, alte, gamla, nueva, nouveau ...).
bool old_or_new(std::string_view v) noexcept {
  static constexpr std::string_view kOldNew[] = {
      "new", "old", "neue", "neues", "alte", "altes", "nya", "gamla", "nye", "gamle", "nueva", "nuevo", "vieja",
      "antigua", "nova", "novo", "antiga", "antigo", "nouveau", "nouvelle", "ancien", "ancienne", "nuovo", "nuova",
      "vecchio", "vecchia", "nieuwe", "oude", "uusi", "vanha", "nowe", "stare", "nov\xC3\xA9", "star\xC3\xA9"};
  for (std::string_view w : kOldNew)
    if (ascii::iequals(v, w)) return true;
  return false;
}

// Whether one of the next two words of a sentence from d[p] is old_or_new.
bool old_or_new_next(std::string_view d, std::uint64_t p) noexcept {
  for (int words = 0; words < 2; ++words) {
    while (p < d.size() && blank(d[p])) ++p;
    const std::uint64_t from = p;
    while (p < d.size() && is_alpha(d[p])) ++p;
    if (p == from) return false;
    if (old_or_new(d.substr(from, p - from))) return true;
  }
  return false;
}

// The value after the word ending at d[word_end - 1]; with `answers`,
// also the answer to a question that names the secret.
bool value_after(std::string_view d, std::uint64_t word_end, ProseSecret& out, bool answers) noexcept {
  out = ProseSecret{};
  // Which word ends here (the longest), and where it starts.
  std::uint64_t word_from = 0;
  std::size_t which = prose_detail::kWordCount;
  for (std::size_t w = 0; w < prose_detail::kWordCount; ++w) {
    const std::string_view word = prose_detail::kWords[w];
    if (word.size() > word_end) continue;
    if (prose_detail::word_at(d, word_end - word.size(), word) &&
        (which == prose_detail::kWordCount || word.size() > prose_detail::kWords[which].size())) {
      which = w;
      word_from = word_end - word.size();
    }
  }
  if (which == prose_detail::kWordCount || word_end > d.size()) return false;
  const bool cjk = high(d[word_from]) && static_cast<unsigned char>(d[word_from]) >= 0xE3;
  // A word of its own (not a key's name, webhook_secret, nor a longer
  // word's end, monkey): a word of prose stands after a blank, an opening
  // quote, parenthesis or emphasis, or a dash that joins it to another
  // (WLAN-Passwort); not in code (self.password, $password, <password>),
  // a path or a query string, nor as a flag (--password).
  if (word_from > 0 && !cjk) {
    const char b = d[word_from - 1];
    const bool joined = b == '-' && word_from > 1 && is_alpha(d[word_from - 2]);
    if (!(blank(b) || line_end(b) || b == '(' || b == '"' || b == '\'' || b == '*' || b == '>' || b == ',' ||
          b == ';' || b == ':' || joined || (high(b) && !cjk_before(d, word_from))))
      return false;
  }
  // ...and only letters after it, a few (lösenordet, hasła, tokens).
  std::uint64_t p = word_end;
  while (p < d.size() && p - word_end < kMaxSuffix + 2 && !cjk &&
         (is_alpha(d[p]) || (high(d[p]) && static_cast<unsigned char>(d[p]) != 0xC2 &&
                                 static_cast<unsigned char>(d[p]) != 0xE2 && static_cast<unsigned char>(d[p]) != 0xEF)))
    ++p;
  if (p - word_end > kMaxSuffix) return false;
  // Short words take only their own endings: "keys" but no keypair,
  // keyring or keyword; "koden" but no kodning; no ping.
  const std::string_view word = prose_detail::kWords[which], suffix = d.substr(word_end, p - word_end);
  if ((word == "key" && !(suffix.empty() || suffix == "s")) || (word == "pin" && !suffix.empty()) ||
      (word == "kod" && !(suffix.empty() || suffix == "e" || suffix == "en")) ||
      (word == "koodi" && !(suffix.empty() || suffix == "n")))
    return false;
  // (an argument or a list's item: hash(password, 16, ...); a table's
  // column: partner-webhook-key   X)
  if (p < d.size() && d[p] == ',') return false;
  if (p + 1 < d.size() && blank(d[p]) && blank(d[p + 1])) return false;
  // (but a sentence's end, where the next one names it the old or the
  // new one: "glemt passordet. Det gamle var X")
  const bool renamed_next = p + 1 < d.size() && d[p] == '.' && blank(d[p + 1]) && old_or_new_next(d, p + 1);
  if (p < d.size() && !renamed_next &&
      (is_digit(d[p]) || d[p] == '_' || d[p] == '=' || d[p] == '"' || d[p] == '\'' || d[p] == '-' || d[p] == '.' ||
       d[p] == '/' || d[p] == '[' || d[p] == '('))
    return false;  // a key (password=, "password":, key_id, token-url, key.pem)
  if (renamed_next) ++p;
  // (a keyword or variable of code, a flag: :api-key, $db-password, @token, --recv-keys)
  std::uint64_t run = word_from;
  while (run > 0 && !blank(d[run - 1]) && !line_end(d[run - 1]) && word_from - run < 64) --run;
  if (run < word_from &&
      (d[run] == ':' || d[run] == '$' || d[run] == '@' || d[run] == '.' || d[run] == '#' || d[run] == '-'))
    return false;
  // A key and its value: "Passwort: X" with nothing but the word before
  // it on its line (a header's name, YAML's key) is the rules'.
  std::uint64_t line_from = word_from;
  while (line_from > 0 && !line_end(d[line_from - 1])) --line_from;
  bool words_before = false, text = false;
  for (std::uint64_t q = line_from; q < word_from && !words_before; ++q) {
    words_before = text && blank(d[q]);
    text = text || !blank(d[q]);
  }
  if (!words_before && p < d.size() && (d[p] == ':' || d[p] == '\t')) return false;
  // (an HTTP header's name: X-Api-Key: X)
  if (word_from > 0 && d[word_from - 1] == '-' && p < d.size() && d[p] == ':') return false;
  const std::uint64_t behind = word_from - line_from > kLookBehind ? word_from - kLookBehind : line_from;
  const bool key = which >= prose_detail::kPasswordWords;
  // The value: its reading, then what says it is none.
  auto give = [&](std::uint64_t from, std::uint64_t to, std::uint64_t after, std::uint64_t not_from) {
    std::uint64_t ahead = after;
    while (ahead < d.size() && ahead - after < kLookAhead && !line_end(d[ahead])) ++ahead;
    if (says_not_a_secret(d, not_from, ahead)) return false;
    const std::string_view v = d.substr(from, to - from);
    out.value = {from, to};
    out.password = !key;
    out.aws_shaped = !out.password && v.size() == 40 && v.find_first_of("/+") != std::string_view::npos &&
                     v.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+") ==
                         std::string_view::npos;
    if (!out.password) {
      // A Wi-Fi network's key is its password.
      for (std::uint64_t q = behind; q + 4 <= from && q < word_end + kMaxProseGapBytes && !out.password; ++q) {
        const char a = to_lower(d[q]), b = to_lower(d[q + 1]), c = to_lower(d[q + 2]), e = to_lower(d[q + 3]);
        out.password = (a == 'w' && b == 'l' && c == 'a' && e == 'n') || (a == 'w' && b == 'i' && (c == 'f' || c == '-')) ||
                       (a == 'w' && b == 'p' && c == 'a') || (a == 's' && b == 's' && c == 'i' && e == 'd') ||
                       (a == 'p' && b == 's' && c == 'k');
      }
    }
    return true;
  };
  // The words between, then the value.
  std::uint64_t gap_from = p;
  bool line_ended = false, wrapped = false;
  // (a quote that opened before the word closes after it: '"Passwort
  // vergessen" gemacht und zuerst X': the sentence goes on past it, once)
  char open_quote = word_from > 0 && (d[word_from - 1] == '"' || d[word_from - 1] == '\'') ? d[word_from - 1] : '\0';
  // Words left after one that named the password again (below); past it,
  // what would end the reading ends the words instead, as if they had run
  // out (a question's answer may still follow).
  std::size_t renamed_left = kMaxProseGap;
  auto renamed = [&renamed_left] { return renamed_left < kMaxProseGap; };
  for (std::size_t items = 0; items <= kMaxProseGap && p < d.size() && p - gap_from <= kMaxProseGapBytes; ++items) {
    if (renamed_left == 0) break;
    while (p < d.size() && (blank(d[p]) || (starts_with_at(d, p, "\xC2\xA0")))) p += d[p] == '\xC2' ? 2 : 1;
    if (p >= d.size() || line_end(d[p])) {
      if (const std::uint64_t next = p < d.size() ? wrapped_to(d, p) : 0; next != 0) {
        p = next;
        wrapped = true;
        continue;
      }
      line_ended = true;
      break;
    }
    if (starts_with_at(d, p, ":") || starts_with_at(d, p, "\xEF\xBC\x9A") /* ： */ || starts_with_at(d, p, "-") ||
        starts_with_at(d, p, "\xE2\x80\x93") || starts_with_at(d, p, "\xE2\x80\x94") || starts_with_at(d, p, "/") ||
        starts_with_at(d, p, "\xE2\x86\x92") /* → */) {
      const std::uint64_t mark_at = p;
      p += high(d[p]) ? 3 : 1;
      if (p < d.size() && !blank(d[p]) && !line_end(d[p]) && d[mark_at] != ':' && !high(d[mark_at])) {
        if (renamed()) break;
        return false;
      }
      continue;
    }
    Run r;
    if (open_quote != '\0' && !read_run(d, p, r) && d[p] == open_quote) {
      open_quote = '\0';
      ++p;
      continue;
    }
    if (!read_run(d, p, r)) {
      if (renamed()) break;
      return false;
    }
    const std::string_view v = d.substr(r.from, r.to - r.from);
    if (r.attribute_name) {
      if (renamed()) break;
      return false;
    }
    if (!r.text && secret_shaped(v, key) && (!wrapped || key || password_marked(v)))
      return give(r.from, r.to, r.to + r.closer.size(), behind);
    // A comment after code ends the sentence (key create web-app # prints X).
    if (v == "#" || v == "//") {
      if (renamed()) break;
      return false;
    }
    // An encrypted form (FortiOS' ENC X, IOS' key 7 X) is none; a quoted
    // string before ':' is a JSON key: the sentence has ended.
    if (v == "ENC" || (v.size() == 1 && is_digit(v[0]) && v[0] != '0')) {
      if (renamed()) break;
      return false;
    }
    if (r.open > 0 && r.to + r.closer.size() < d.size() && d[r.to + r.closer.size()] == ':') {
      if (renamed()) break;
      return false;
    }
    // A word between: no assignment, table cell, code or markup but the
    // value's.
    if (d[r.from] == '=' || d[r.from] == '|' || (r.open == 0 && code_or_markup(v, true))) {
      if (renamed()) break;
      return false;
    }
    // A word that names the password again as the old or the new one
    // ("Password was rotated on the NAS; the new one is X", "passordet.
    // Det gamle var X"): the words between count from it, four of them
    // ("one I set is X"; on, a question's answer may follow).
    if (r.open == 0 && old_or_new(v)) {
      items = 0;
      gap_from = r.to;
      renamed_left = 5;
    } else if (renamed()) {
      --renamed_left;
    }
    p = r.open > 0 ? r.to + r.closer.size() : std::max(r.to, r.from + 1);
    while (p < d.size() && !blank(d[p]) && !line_end(d[p]) && p - gap_from <= kMaxProseGapBytes) ++p;
  }
  // A question that names the secret ("can you share the VPN password for
  // the lab?", "wifi-lösenordet för lagret?", "密码是不是还是…？"): the answer
  // on the lines after it gives it ("it's X", "Lagret: X", "Det är X").
  if (!line_ended) {
    while (p < d.size() && !line_end(d[p])) ++p;
  }
  bool question = false;
  for (std::uint64_t q = word_end; q < p && !question; ++q)
    question = d[q] == '?' || starts_with_at(d, q, "\xEF\xBC\x9F");
  if (!question || !answers) return false;
  std::size_t lines = 0;
  for (std::uint64_t a = p; a < d.size() && a - p <= kMaxAnswerBytes && lines <= kMaxAnswerLines;) {
    if (line_end(d[a])) {
      lines += d[a] == '\n';
      ++a;
      continue;
    }
    if (blank(d[a])) {
      ++a;
      continue;
    }
    Run r;
    if (!read_run(d, a, r) || r.to <= a) {
      // (an unclosed quote or parenthesis: on past its opening)
      a += 1;
      continue;
    }
    const std::string_view v = d.substr(r.from, r.to - r.from);
    if (!r.text && !r.attribute_name && secret_shaped(v, key)) {
      // (an answer that names the secret itself is read from its own
      // word: "La red es X y la contraseña es Y")
      std::uint64_t answer_from = r.from, answer_to = r.to;
      while (answer_from > 0 && !line_end(d[answer_from - 1])) --answer_from;
      while (answer_to < d.size() && !line_end(d[answer_to])) ++answer_to;
      for (std::uint64_t q = answer_from; q < answer_to; ++q)
        for (std::size_t w = 0; w < prose_detail::kWordCount; ++w) {
          ProseSecret own;
          if (prose_detail::word_at(d, q, prose_detail::kWords[w]) &&
              value_after(d, q + prose_detail::kWords[w].size(), own, false))
            return false;
        }
      // (not a key's value in a record: "user": "U06FD1SVXN", id=...)
      const bool keyed = r.from > 0 && (d[r.from - 1] == '=' || (r.from > 2 && d[r.from - 1] == '"' &&
                                                                  (d[r.from - 2] == ':' || d[r.from - 3] == ':')));
      if (!keyed) return give(r.from, r.to, r.to + r.closer.size(), line_from);
    }
    a = r.open > 0 ? r.to + r.closer.size() : std::max(r.to, a + 1);
    while (a < d.size() && !blank(d[a]) && !line_end(d[a])) ++a;
  }
  return false;
}

// A password given before its word, as the new or the old one: "He
// puesto X como nueva contraseña", "I set X as my new password", "X als
// neues Passwort": the word, an old or new (and an article or a
// possessive) before it, "as" before them, and the value before that.
bool value_before(std::string_view d, std::uint64_t word_end, ProseSecret& out) noexcept {
  static constexpr std::string_view kAs[] = {"as", "como", "als", "comme", "come", "som", "jako", "kuin"};
  static constexpr std::string_view kArticles[] = {"the", "my", "a", "mi", "la", "el", "mein", "meine", "mon", "ma",
                                                   "le", "min", "mitt", "il", "het", "de", "o", "meu", "minha"};
  std::uint64_t word_from = word_end;
  bool found = false;
  for (std::size_t w = 0; w < prose_detail::kPasswordWords && !found; ++w) {
    const std::string_view word = prose_detail::kWords[w];
    if (word.size() <= word_end && prose_detail::word_at(d, word_end - word.size(), word)) {
      word_from = word_end - word.size();
      found = true;
    }
  }
  if (!found) return false;
  // The words before it, back to "as": letters only, on its line.
  auto word_before = [&](std::uint64_t& at) {
    std::uint64_t e = at;
    while (e > 0 && blank(d[e - 1])) --e;
    std::uint64_t b = e;
    while (b > 0 && (is_alpha(d[b - 1]) || high(d[b - 1]))) --b;
    at = b;
    return d.substr(b, e - b);
  };
  std::uint64_t at = word_from;
  bool old_new = false;
  for (int n = 0; n < 3; ++n) {
    const std::uint64_t before = at;
    const std::string_view w = word_before(at);
    if (w.empty() || at == before) return false;
    if (old_or_new(w)) {
      old_new = true;
      continue;
    }
    bool article = false;
    for (std::string_view a : kArticles) article = article || ascii::iequals(w, a);
    if (article) continue;
    bool as = false;
    for (std::string_view a : kAs) as = as || ascii::iequals(w, a);
    if (!as || !old_new) return false;
    // The value: the run before "as", unquoted or quoted.
    std::uint64_t e = at;
    while (e > 0 && blank(d[e - 1])) --e;
    if (e == 0 || e == at) return false;
    std::uint64_t b = e;
    while (b > 0 && !blank(d[b - 1]) && !line_end(d[b - 1])) --b;
    if (e - b >= 2 && (d[b] == '"' || d[b] == '\'' || d[b] == '`') && d[e - 1] == d[b]) {
      ++b;
      --e;
    }
    const std::string_view v = d.substr(b, e - b);
    if (!secret_shaped(v, false) || code_or_markup(v, true)) return false;
    std::uint64_t ahead = word_end;
    while (ahead < d.size() && ahead - word_end < kLookAhead && !line_end(d[ahead])) ++ahead;
    if (says_not_a_secret(d, b > kLookBehind ? b - kLookBehind : 0, ahead)) return false;
    out = ProseSecret{};
    out.value = {b, e};
    out.password = true;
    return true;
  }
  return false;
}

}  // namespace

bool prose_secret_value(std::string_view d, std::uint64_t word_end, ProseSecret& out) noexcept {
  return value_after(d, word_end, out, true) || value_before(d, word_end, out);
}

std::size_t prose_passwords_after(std::string_view d, std::uint64_t after, TextSpan* out, std::size_t cap) noexcept {
  // Words that name whose the next value is, or another thing's: a user's
  // name, an account's, a mail address's, a ticket's.
  static constexpr std::string_view kOther[] = {
      "user",  "benutzer", "utilisateur", "usuario", "utente", "anv\xC3\xA4ndar", "login", "konto",
      "account", "mail",   "ticket",      "id",      "name",   "nom",    "nombre", "brukernavn"};
  std::size_t n = 0;
  std::uint64_t p = after;
  bool renamed = false;
  while (p < d.size() && p - after <= kMaxMoreBytes && n < cap) {
    if (blank(d[p])) {
      ++p;
      continue;
    }
    if (line_end(d[p])) {
      const std::uint64_t next = wrapped_to(d, p);
      if (next == 0) break;
      p = next;
      continue;
    }
    Run r;
    if (!read_run(d, p, r) || r.to <= p) {
      ++p;  // (an unclosed quote or emphasis: on past its opening)
      continue;
    }
    const std::string_view v = d.substr(r.from, r.to - r.from);
    if (r.text || r.attribute_name || d[r.from] == '=' || code_or_markup(v, false)) break;
    // (another secret's word reads its own value)
    for (std::size_t w = 0; w < prose_detail::kWordCount; ++w)
      for (std::uint64_t q = r.from; q + prose_detail::kWords[w].size() <= r.to; ++q)
        if (prose_detail::word_at(d, q, prose_detail::kWords[w])) return n;
    for (std::string_view o : kOther)
      if (v.size() >= o.size() && v.size() <= o.size() + 4 && ascii::iequals(v.substr(0, o.size()), o)) return n;
    // (not a name and its value: a secrets table's "utskick:X" on the next line)
    if (secret_shaped(v, false) && (password_marked(v) || renamed) && v.find_first_of(":=") == std::string_view::npos) {
      if (says_not_a_secret(d, r.from, std::min<std::uint64_t>(d.size(), r.to + kLookAhead))) return n;
      out[n++] = {r.from, r.to};
      renamed = false;
    }
    // (a word that names the next one the old or the new one: "and new
    // one I set is X", whatever its marks)
    if (r.open == 0 && old_or_new(v)) renamed = true;
    p = r.open > 0 ? r.to + r.closer.size() : std::max(r.to, r.from + 1);
  }
  return n;
}

}  // namespace privguard::core
