// Where a secret's value ends. A rule's expression stops a value at a
// space, a quote, ',', ';', '<', '>' ... (Hyperscan's start-of-match
// tracking keeps the carriers' own syntax out of it); these read the
// carrier around the value and move its end to where the carrier ends it.
// Everything here reads the buffer only and allocates nothing.
#pragma once

#include <cstdint>
#include <string_view>

namespace privguard::core {

// The end of a secret-value rule's value data[vs, ve) whose key starts at
// `key_start`:
//  - between quotes it runs to the closing quote, in an XML element to its
//    end tag, in a Markdown code span without blanks to its closing '`'
//    (to_closing_quote);
//  - in a connection string ("...;User Id=u;Password=p;") to its ';', or
//    past the '}' that closes a value ODBC's braces quote ("PWD={p;q};");
//  - after Oracle's user/ (sqlplus scott/tiger@orcl) to its '@';
//  - after a passwd-file's {PLAIN} scheme (Dovecot) to its ':';
//  - unquoted, across '&' and ',' between its characters ("Tr0ub&dor",
//    "L,oxoAA^HcLq3TzYx") but not into the next field or option
//    ("password=x&remember=1", "username=u,password=p,domain=d"; in a
//    mount's or a pool's option list to the next ',' or ':' whatever
//    follows it: "username=u,password=p,ro", "user=u:password=p:port=1"),
//    never past an element's closing tag ("...;password=p</property>"), and
//    without a ')' that closes nothing in it ("(password: X)");
//  - in a query string or form body, before the next "&key=";
//  - after a command's flag ("sshpass -p X", "mysql -pX") to the shell
//    word's end, commas and all;
//  - a Google app password's four groups ("lntq wwyo zijp cdye") whole;
//  - quoted before MPD's permissions ("X@read,add,control,admin");
//  - never across an escaped line break ("...\n\nTicket" in a JSON
//    string), nor past the closing quote of a typographic one («X», „X“,
//    「X」), nor into CJK text after it ("パスワードはX だよ" written
//    without the blank).
std::uint64_t secret_value_end(std::string_view data, std::uint64_t key_start, std::uint64_t vs,
                               std::uint64_t ve) noexcept;

// The end of a generated secret's value data[vs, ve), where the rule's
// value stopped at one of its own characters (a Django key's '(', ')' and
// '&', a WordPress salt's '[', ' ' and ','): between quotes, the closing
// quote on the same line (as to_closing_quote); in a table's cell ("|
// NAME | X |"), the blank before the '|' that closes it; on a line of its
// own (a command's output), the line's end; ve otherwise.
std::uint64_t carried_value_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// The end of a high-entropy rule's unquoted value data[vs, ve) on a
// config or header line ("key: value" alone on its line): the line's end,
// when nothing but the value's own symbols lie between (no blank, no
// quote; the line not ending in ',' or ';'). Otherwise ve.
std::uint64_t generated_value_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// Where the secret of a value data[vs, ve) starts, after the public id a
// vendor writes before it: an Elastic API key's "id:api_key" (Beats' and
// Logstash's api_key: 20 characters, ':', 22), Apollo's
// "user:gh.NAME:secret" and "service:GRAPH:secret", Unleash's
// "project:environment.hash" (64 hex digits); vs otherwise.
std::uint64_t after_public_id(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// The end of a value data[vs, ve) that starts a URL's path segment
// (https://dl.cloudsmith.io/TOKEN/org/repo/, npm-proxy.fury.io/TOKEN/,
// /t/TOKEN/): the segment's end ('/', '?' or '#'). ve otherwise.
std::uint64_t url_segment_end(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// Whether data[vs, ve) is a connection string's value in ODBC's braces
// ("...;PWD={Ca0AV;4SLhj9};"): the braces quote it, as quotes do, and the
// value is what they hold.
bool odbc_braced(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept;

// A placeholder with a default (Spring's ${DB_PASSWORD:s3cret}, the
// shell's ${PASS:-s3cret}) as a value: the default is the value (not in
// a lookup, Log4j's ${env:SMTP_PASSWORD}). Moves
// [vs, ve) onto it and returns true; false when data[vs, ...) is none.
bool placeholder_default(std::string_view data, std::uint64_t& vs, std::uint64_t& ve) noexcept;

// A configuration file's bare "secret = X" (FreeRADIUS' clients.conf,
// Asterisk's manager.conf, strongSwan's swanctl.conf, a RouterOS export's
// "add peer=hq secret=X"): the word "secret" at data[key_start], at a
// line's start (after blanks, or a comment's ';' or '#') or after a blank,
// then blanks and '='. Not a dotted or joined key (jwt.secret=,
// client_secret=), which names a generated value. secret_key_at: the word
// and '=' at data[key_start], wherever it stands.
bool bare_secret_key(std::string_view data, std::uint64_t key_start) noexcept;
bool secret_key_at(std::string_view data, std::uint64_t key_start) noexcept;

// Whether the key at data[key_start] (or the name it ends) names a list
// of keys: capitals ending in _KEYS, _SECRETS or _TOKENS, then '='
// (Strapi's APP_KEYS=k1,k2,k3,k4): each key is a value of its own, and
// none runs on over the ',' to the next.
bool list_of_keys_at(std::string_view data, std::uint64_t key_start) noexcept;

// Whether a password rule's value data[vs, ve), its key data[key_start,
// vs), is no password by what stands around it: a key that says its
// value is a hash (SQL's IDENTIFIED WITH sha256_hash BY 'X'); the passwd
// command's argument, a user ("sudo passwd deploy"); the host pattern of
// rancid's .cloginrc line "add password HOST {X} {Y}"; a value followed
// on its line by the hash it is stored as (Cisco ASA's "password HASH
// pbkdf2"); a user's name after a label ending a prose password's key
// ("lösenordet jag använde var X. Användarnamn: Y"); the SSID after the
// wpa_passphrase command ("wpa_passphrase Ladan-IoT"); a document type's
// PASS in an attribute (typ="PASS": a passport's); a hex digest that
// what stands around it names a hash (encoding="md5", passwordHash:
// SHA256, a Tomcat user's, Pi-hole's WEBPASSWORD); a password its
// program stores encrypted (Remmina's, FileZilla's encoding="crypt"); a
// command in backticks that prints it; the next DOMAIN\name of a list
// ('SQL01\PROD', 'SQL02\PROD'); a password that seals a session or a
// cookie (sessionPassword, cookie.password: a generic secret);
// secret_extent.cpp describes each.
bool no_password_here(std::string_view data, std::uint64_t key_start, std::uint64_t vs, std::uint64_t ve) noexcept;
// Whether data[vs, ve) is a hex digest with a hash algorithm's name after
// it on its line or the next (a table's row: "...,<40 hex>,SHA-1,...").
bool digest_with_its_algorithm(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// Whether the value ending at data[ve] is followed on its line by a
// comment (after blanks: '#', "//" or "-- ") that calls it an example, a
// sample, a placeholder, a dummy or a fake ("secret: whsec_...   # docs
// example"), or not secret ("local PLACE_KEY = "..." -- not secret").
bool example_by_its_comment(std::string_view data, std::uint64_t ve) noexcept;
// Whether the text before the value starting at data[vs] on its line, or
// the comment block above a commented line (up to three lines), calls it
// so ("the hostname hash, not a secret: X", "(the sample file ships
// SECRET_KEY=X)", "# The README's sample pair is\n#   IMGPROXY_KEY=X"),
// or gives a digest of it ("the SHA-256 of the token: X").
bool example_by_its_introduction(std::string_view data, std::uint64_t vs) noexcept;
// Whether data[vs, ve) is a UUID in a YAML list of them under "secrets:"
// (a builds.sr.ht manifest's: the ids of secrets its server keeps).
bool secret_ids_list_item(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// A key name that says "secret key" and nothing more (secret_key,
// SECRET_KEY, secretKey, secret-key at data[key_start]; prose's "secret
// is" and "secret key is"): not aws_secret_*,
// s3.secret.key or SecretAccessKey, which name AWS themselves.
bool bare_secret_key_name(std::string_view data, std::uint64_t key_start) noexcept;
// boto's gs_secret_access_key (GS_SECRET_ACCESS_KEY), whose key starts at
// data[key_start] or at the '_' after "gs": Google Cloud Storage's HMAC
// key, made in AWS' shape for its S3 interoperability; no AWS key.
bool google_storage_key_name(std::string_view data, std::uint64_t key_start) noexcept;
// A key whose own name says MinIO (MINIO_SECRET_KEY, vault_minio_secret_key,
// the name's letters before and from data[key_start]): MinIO's own secret
// key, which the dev sets' writers count as a generic secret, though an S3
// client's config around MinIO (mc's "secretKey") is AWS' shape and
// labelled as AWS'.
bool minio_key_name(std::string_view data, std::uint64_t key_start) noexcept;
// Whether data[vs, ve) stands under a bare secret's name (secret, key,
// shared-secret, shared_secret, ipsec-secret, psk) and was typed: fewer
// than 32 characters, one of them a mark outside the alphabets of
// generated keys (letters, digits, + / = _ . -). Of the dev sets' values
// under such names, each of the 23 so shaped was labelled a password (and
// 22 more either), none a generic secret alone; the 355 of 32 characters
// or more were generic secrets.
bool typed_shared_secret(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;
// Whether the 2 KiB before data[vs] name AWS: an access key id (AKIA,
// ASIA), "aws", "amazon", "minio" or an "s3" at a word's start, in any case.
bool aws_named_before(std::string_view data, std::uint64_t vs) noexcept;

// A password typed into a pipe: "echo 'X' | sudo -S ...", "echo \"X\" |
// docker login -u u --password-stdin", "echo 'u:X' | chpasswd". Whether
// the key at data[key_start] is such an echo (the rule's context then
// names nothing but the echo), and whether the quoted value ending at ve
// is piped into a command that reads a password from its input (sudo -S,
// docker / podman / nerdctl login, helm registry login, chpasswd, passwd
// --stdin, kinit, FreeIPA's ipa user-add --password and ipa passwd). An
// echo piped anywhere else is only printed.
bool echo_key(std::string_view data, std::uint64_t key_start) noexcept;
// 0: not piped to one; 1: it is; 2: it is, as "user:password" (chpasswd).
int piped_to_a_password_prompt(std::string_view data, std::uint64_t ve) noexcept;

// A generated secret printed into a secret store: "printf 'X' | docker
// secret create NAME -", "echo -n 'X' | gcloud secrets versions add NAME
// --data-file=-" (kubectl create secret, vault kv put, wrangler secret
// put, gh secret set ...). Whether the key at data[key_start] is an echo
// or a printf, and whether the quoted value ending at ve is piped into
// one of those; printed anywhere else, it is only printed.
bool printed_key(std::string_view data, std::uint64_t key_start) noexcept;
bool piped_to_a_secret_store(std::string_view data, std::uint64_t ve) noexcept;

// Whether data[vs, ve) is a whole quoted literal ('...' or "..." right
// around it) holding a '(' that nothing in it closes ('delfin(Maple13',
// "Violetcanyon8779("): code's calls read as values only unquoted
// (password = getpass("...") stops at its quote), so such a literal is
// typed text, not a call cut short, whatever a rule's code-shaped allow
// patterns say.
bool quoted_unclosed_paren(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// A token ends before a URL-escaped blank or line break inside it (%20,
// %09, %0D, %0A): a proxy's log of a request's headers, URL-encoded
// ("[Host: h%0D%0AAuthorization: Bearer X%0D%0AAccept: */*"), holds no
// token across one.
std::uint64_t before_escaped_blank(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

// Only the last step (fixed-shape tokens and table cells, which never run on).
std::uint64_t before_next_field(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

}  // namespace privguard::core
