// Bearer names: a secret that a document sends as a bearer token by its
// name. Code and test files keep a token in a constant and send it later:
//
//   Const API_TOKEN = "f0c1..."            ...  "Bearer " & API_TOKEN
//   private const string ServiceToken = "..."; new AuthenticationHeaderValue("Bearer", ServiceToken)
//   admin_token: "..."                     ...  Authorization: "Bearer {{.admin_token}}"
//
// generic-secret finds the constant (a high-entropy value under a token's
// name); what the document does with that name says it is a bearer token
// (the engine's step 4e renames it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

// How far from the value the name's use after "Bearer" is looked for,
// either way: a file's constants stand at its top, their uses a page or
// two below.
constexpr std::uint64_t kBearerNameReach = 4096;

// The name the value at data[vs] is assigned to: the identifier before
// it, past at most 8 bytes of quotes, blanks and an assignment's marks
// (=, :, :=, =>, ??, ||, R's <-); a Lisp's words joined by '-' are one
// name (access-token); Erlang's -define(NAME, "...") gives NAME; empty
// when none.
std::string_view value_name(std::string_view data, std::uint64_t vs) noexcept;

// The name the line of data[vs] assigns to, before its first '=' (the
// constant that holds a lookup's fallback: TOKEN = ENV["X"]? || "...",
// token = process.env.X ?? "..."; VB's Const NAME As String = "..."), or
// before a declaration's TYPE (ABAP's NAME TYPE string VALUE '...'); the
// field a Spring @Value("${key:X}") default is given to (the declaration
// after the annotation); for a line that goes on with the one before it
// (a conditional's "? NAME" or "?? NAME" on a line of its own), the
// name that line assigns to, up to two lines up; empty when none.
std::string_view assigned_name(std::string_view data, std::uint64_t vs) noexcept;

// Whether `name` (3 characters or more) is the first word after a
// "Bearer" (any case, not inside a word), within 24 bytes on its line,
// somewhere within kBearerNameReach bytes of [vs, ve), and no key given a
// value there (no ':' or '=' after it): "Bearer " + NAME, `Bearer
// ${NAME}`, ("Bearer", NAME), "Bearer %s\n" NAME, Bearer :NAME,
// "Bearer \(Self.NAME)", .bearer_auth(NAME), (bearer-auth NAME), a
// conditional's branch (If(c, A, NAME), A if c else NAME), or after a
// client's call that sends the word itself (resty's SetAuthToken(NAME),
// Laravel's withToken(NAME), RestSharp's JwtAuthenticator(NAME),
// clj-http's :oauth-token NAME); or, through up to two names lines give
// it (token = NAME; token = user() ?? NAME; a field's key: tok = NAME,
// then staticToken{token: tok} and "Bearer " + s.token), the last of
// them. A sibling for another stage counts as the name it extends
// (cApiTokenTest, API_TOKEN_SANDBOX, tokenOld beside cApiToken ...).
bool sent_as_bearer(std::string_view data, std::string_view name, std::uint64_t vs, std::uint64_t ve) noexcept;

// Whether the value data[vs, ve) is an OAuth token response's access
// token (RFC 6749 5.1: "access_token":"...","token_type":"Bearer"): its
// name is access_token (or accessToken) and a "token_type" of "bearer"
// (any case) stands within 160 bytes of it, before or after, on no other
// line.
bool typed_as_bearer(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// Whether the value at data[vs] is a quoted literal given first to a
// constructor or factory of a class the buffer defines (class Client,
// type Client struct, Client = class) and sends after "Bearer" (any case)
// within kBearerNameReach of that definition: print(Client("...").ping())
// beside class Client: ... headers={"Authorization": f"Bearer {token}"};
// new PartnerApi('...'), PartnerApi.new("..."), NewClient("...") the same.
// An SDK's client defined elsewhere says nothing of how it sends the key.
bool constructed_as_bearer(std::string_view data, std::uint64_t vs) noexcept;

// Literals no rule may have found: for each name the buffer sends after a
// "Bearer" (the first 8 words there that are no token themselves), the
// quoted literals given to it within kBearerNameReach of where it is sent
// ($deskToken = '...' then "Bearer $deskToken"; NETBOX_TOKEN_RO="..." then
// "Bearer $NETBOX_TOKEN_RO"; def readOnly = "..." then 'Bearer ' +
// readOnly; R's name <- "..."; a Lisp's (define name "..."); a typed
// declaration's NAME : constant String := "...", NAME CONSTANT
// VARCHAR2(200) := '...', DEFINE VARIABLE NAME AS CHARACTER INITIAL
// "..."; Erlang's -define(NAME, "...")), and those
// given to its siblings (cApiTokenTest = '...'). Up to `cap`, into `out`;
// the caller validates them as tokens.
struct BearerLiteral {
  std::uint64_t start = 0, end = 0;
};
std::size_t bearer_literals(std::string_view data, BearerLiteral* out, std::size_t cap) noexcept;

}  // namespace privguard::core
