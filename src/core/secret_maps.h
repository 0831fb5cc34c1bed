// Maps named for the secrets they hold: a partner's, carrier's or host's
// name for each shared secret, written as a literal in code.
//
//   var carrierSecrets = map[string][]byte{           Go
//       "postnord":  []byte("vOL7ZLbYVNZnmIfH..."),
//   private val secrets: Map[String, String] = Map(  Scala
//       "verkkokauppa-oy" -> "SlaTy1UFLrAkgVkS...",
//   private const SECRETS = [                         PHP
//       'hotellkedjan' => 'd64b5d92d693baba...',
//   const TOKENS = {                                  JavaScript, Python, Ruby
//       'erp.partner.example.se': 'b2DYl0FIVr21...',
//
// An opener is a line that assigns (=, :=, =>, or for Secrets ':' after
// a quoted key) to a name whose last word is Secrets or Keys (any case:
// carrierSecrets, API_KEYS, partner_secrets; not Keys as a JSON key, a
// record's name as often, "keys": {"kid": ...}; not Credentials, a record
// in AWS STS' output; not Tokens, bearer tokens as often as others) a
// literal that its line leaves open ('{', '[' or '('). Each line after it up to the line
// that closes it, but for nested objects' lines (a record's fields: "kid",
// "cert"), is an entry: a key (quoted, or a name), ':', '=>', '->'
// or '=', and a quoted value, bare or in a conversion ([]byte("..."),
// b"...", String::from("...")); the value is the entry's secret. The
// engine reads each as if it were written "secret: value", so the rules'
// validators decide.
//
// And a hash of them as redis-cli prints it (HGETALL of a key whose last
// word is Secrets, Keys or Tokens: tenant:apikeys):
//
//   cache01:6379> HGETALL tenant:apikeys
//   1) "kommun-norr"
//   2) "zh1hkmyCzmlkYGXgogn80maNLfEA658h"     <- each even line's value
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "typed_values.h"
#include "user_lists.h"

namespace privguard::core {

constexpr std::size_t kMaxSecretMapValues = 64;

// The trigger pass's expression for an opener (its line is checked by
// secret_map_opener); bounded, as every trigger is (windows.h).
constexpr const char* kSecretMapExpression =
    "(?i:secrets|keys)[^\\n]{0,64}[\\[{(][ \\t]{0,8}\\r?\\n|"
    "(?i:hgetall)[ \\t]{1,8}[^\\s]{0,64}(?i:secrets|keys|tokens)[ \\t]{0,8}\\r?\\n";

// Whether the match of kSecretMapExpression that ends at data[end] (after
// its line's '\n') opens a map, and where its entries start (`map_from`);
// the same for every opener in data, in plain code: the next one at or
// after `from`.
bool secret_map_opener(std::string_view data, std::uint64_t end, std::uint64_t& map_from) noexcept;
std::uint64_t next_secret_map_opener(std::string_view data, std::uint64_t from, std::uint64_t& map_from) noexcept;

// The values of the map whose entries start at data[from] (at most
// kMaxSecretMapValues).
std::size_t secret_map_values(std::string_view data, std::uint64_t from, TextSpan* out) noexcept;

template <class Add>
void find_secret_maps(std::string_view data, Add add) {
  each_opener(data, next_secret_map_opener, add);
}

}  // namespace privguard::core
