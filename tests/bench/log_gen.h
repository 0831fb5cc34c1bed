// The seeded log-text generator the benchmarks share: bench_engine.cpp's
// inputs and privguard_bench_corpus's files (what scripts/bench writes,
// scans and serves) come from the same lines.
//
// key=value and JSON lines with timestamps, request ids, paths and numbers.
// A "dirty" line carries an e-mail address, a Luhn-valid card number or a
// token. The secrets are made up at run time from a fixed seed: nothing that
// looks like a credential sits in this file, and the same seed gives the
// same bytes on every machine (std::mt19937_64 is fully specified).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privguard::bench {

constexpr std::uint64_t kSeed = 0x70726976677561ULL;  // fixed: every run sees the same bytes

// Words and names for log lines. Domains are real mail providers, not the
// reserved example.* names the default policy lets through.
constexpr std::string_view kFirst[] = {"maria", "john", "wei", "fatima", "lukas", "aiko", "carlos", "olga"};
constexpr std::string_view kLast[] = {"gonzalez", "smith", "zhang", "haddad", "meyer", "tanaka", "silva", "ivanova"};
constexpr std::string_view kMailDomains[] = {"gmail.com", "outlook.com", "fastmail.fm", "posteo.de", "acme-corp.io"};
constexpr std::string_view kLevels[] = {"INFO", "INFO", "INFO", "INFO", "DEBUG", "DEBUG", "WARN", "ERROR"};
constexpr std::string_view kServices[] = {"api", "billing", "auth", "worker", "gateway", "search"};
constexpr std::string_view kMethods[] = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
constexpr std::string_view kStatus[] = {"200", "200", "200", "201", "204", "304", "400", "404", "500"};
constexpr std::string_view kWords[] = {"request", "completed", "cache",   "hit",     "miss",   "upstream",
                                       "retrying", "connection", "closed", "handler", "queued", "batch",
                                       "flushed",  "latency",    "above",  "budget",  "session", "refreshed"};
constexpr std::string_view kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::string_view kHex = "0123456789abcdef";

struct Field {
  std::string key;
  std::string value;
  bool number = false;  // unquoted in JSON
};

class LogGen {
 public:
  explicit LogGen(std::uint64_t seed) : rng_(seed) {}

  // One line of natural length (roughly 80-250 bytes), ending in '\n'.
  std::string line(bool dirty) {
    const bool json = coin(3);
    std::vector<Field> fields = {timestamp(), level(), request_id()};
    if (dirty) fields.push_back(secret());
    for (auto& f : optional_fields())
      if (below(10) < 6) fields.push_back(std::move(f));
    return render(json, fields, words(2 + below(6)));
  }

  // One line of exactly `size` bytes, ending in '\n'. Only the timestamp,
  // the secret and the message are mandatory; other fields go in while
  // they fit and the message pads to the size.
  std::string line_of_size(std::size_t size, bool dirty) {
    for (;;) {
      const bool json = coin(3);
      std::vector<Field> fields = {timestamp()};
      if (dirty) fields.push_back(secret());
      if (render(json, fields, "").size() > size) continue;  // a long token in JSON: draw again
      std::vector<Field> extra = {level(), request_id()};
      for (auto& f : optional_fields()) extra.push_back(std::move(f));
      for (auto& f : extra) {
        fields.push_back(std::move(f));
        if (render(json, fields, "").size() > size) fields.pop_back();
      }
      const std::size_t room = size - render(json, fields, "").size();
      std::string msg = words(room / 4 + 2);  // more than enough, cut below
      msg.resize(room);
      // A message cut after a space would end in one; harmless, but keep lines tidy.
      if (!msg.empty() && msg.back() == ' ') msg.back() = '.';
      return render(json, fields, msg);
    }
  }

 private:
  std::uint64_t below(std::uint64_t n) { return rng_() % n; }  // mt19937_64 is fully specified; bias is irrelevant
  bool coin(std::uint64_t one_in) { return below(one_in) == 0; }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&a)[N]) { return a[below(N)]; }
  std::string chars(std::string_view alphabet, std::size_t n) {
    std::string s(n, ' ');
    for (auto& c : s) c = alphabet[below(alphabet.size())];
    return s;
  }
  std::string number(std::uint64_t lo, std::uint64_t hi) { return std::to_string(lo + below(hi - lo + 1)); }

  Field timestamp() {
    now_ms_ += below(40);
    const std::uint64_t ms = now_ms_ % 1000, s = now_ms_ / 1000 % 60, m = now_ms_ / 60000 % 60,
                        h = now_ms_ / 3600000 % 24;
    char buf[32];
    std::snprintf(buf, sizeof buf, "2025-03-14T%02u:%02u:%02u.%03uZ", unsigned(h), unsigned(m), unsigned(s),
                  unsigned(ms));
    return {"ts", buf};
  }
  Field level() { return {"level", std::string(pick(kLevels))}; }
  Field request_id() { return {"req", chars(kHex, 8)}; }

  std::vector<Field> optional_fields() {
    std::string path;
    switch (below(4)) {
      case 0: path = "/api/v1/users/" + number(1000, 99999) + "/orders"; break;
      case 1: path = "/static/js/app." + chars(kHex, 6) + ".js"; break;
      case 2: path = "/var/lib/app/data/part-" + number(0, 999) + ".parquet"; break;
      default: path = "/healthz"; break;
    }
    return {{"svc", std::string(pick(kServices))},
            {"method", std::string(pick(kMethods))},
            {"path", std::move(path)},
            {"status", std::string(pick(kStatus)), true},
            {"dur_ms", number(0, 2500), true},
            {"bytes", number(0, 250000), true}};
  }

  Field secret() {
    switch (below(3)) {
      case 0:
        return {"user", std::string(pick(kFirst)) + "." + std::string(pick(kLast)) + number(1, 99) + "@" +
                            std::string(pick(kMailDomains))};
      case 1: return {"card", card_number()};
      default: return token();
    }
  }

  // A Visa or Mastercard number with a valid Luhn digit. "4000..." is left
  // out: the default policy allows it (privguard's own pseudonyms).
  std::string card_number() {
    // (one digit appended, not "5" + to_string: GCC 12 warns falsely on that, -Wrestrict)
    std::string d = coin(2) ? "45" : std::string("5") + char('1' + below(5));
    while (d.size() < 15) d += char('0' + below(10));
    unsigned sum = 0;
    for (std::size_t i = 0; i < 15; ++i) {  // from the right, the check digit's neighbour is doubled
      unsigned v = unsigned(d[14 - i] - '0');
      if (i % 2 == 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    d += char('0' + (10 - sum % 10) % 10);
    if (coin(3)) d = d.substr(0, 4) + "-" + d.substr(4, 4) + "-" + d.substr(8, 4) + "-" + d.substr(12);
    return d;
  }

  Field token() {
    switch (below(3)) {
      case 0: return {"token", "ghp_" + chars(kAlnum, 36)};
      case 1: return {"aws_key", "AKIA" + chars(kBase32, 16)};
      default: return {"auth", "Bearer " + chars(kAlnum, 24)};
    }
  }

  std::string words(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += pick(kWords);
    }
    return s;
  }

  static std::string render(bool json, const std::vector<Field>& fields, std::string_view msg) {
    std::string s;
    if (json) {
      s += '{';
      for (const auto& f : fields) {
        s += '"' + f.key + "\":";
        s += f.number ? f.value : '"' + f.value + '"';
        s += ',';
      }
      s += "\"msg\":\"";
      s += msg;
      s += "\"}\n";
    } else {
      // "2025-03-14T09:26:53.589Z INFO req=3f9c2a1b path=/healthz msg=..."
      for (const auto& f : fields) {
        if (f.key == "ts" || f.key == "level") {
          s += f.value;
        } else {
          s += f.key + '=';
          s += f.value.find(' ') == std::string::npos ? f.value : '"' + f.value + '"';
        }
        s += ' ';
      }
      s += "msg=\"";
      s += msg;
      s += "\"\n";
    }
    return s;
  }

  std::mt19937_64 rng_;
  std::uint64_t now_ms_ = 9 * 3600000 + 26 * 60000;
};

// Appends generated lines to `out` until it holds at least `size` bytes (the
// last line is whole: cut it if an exact size is needed). With
// dirty_one_in = k > 0, every k-th line appended carries a secret; `n`
// counts the lines that could be dirty, so a caller appending in pieces
// keeps the rhythm.
inline void append_lines(LogGen& gen, std::string& out, std::size_t size, unsigned dirty_one_in,
                         std::uint64_t& n) {
  while (out.size() < size) out += gen.line(dirty_one_in != 0 && n++ % dirty_one_in == dirty_one_in - 1);
}

}  // namespace privguard::bench
