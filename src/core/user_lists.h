// Files and sections that list users and their passwords, one a line,
// with no password key on any of those lines:
//
//   [admins]                          CouchDB's local.ini (svnserve's
//   admin = -pbkdf2-...,...,10        passwd file: [users])
//   replicator = n:19-J5pYqAg+n4cx(
//
//   ## artemis-users.properties       ActiveMQ Artemis, ActiveMQ, Karaf
//   ## user = password (plain) or ENC(<hash>)
//   order-service = 7bLJ5J7Alsr
//
//   #  <username>: <password>[,<rolename> ...]     Jetty's realm.properties
//   deploy: B7Bn-j7D*hJ-B08e54P,admin,user         (Rundeck, ...)
//
// An opener is an INI section header [admins] or [users] on a line of its
// own, or a comment line ('#', ';' or '!' first; not a header of fields
// split by ':', .pgpass' "# hostname:port:database:username:password",
// with three or more of them: that is a header of columns, below) that names such a file
// (users.properties, realm.properties), its format (user = password,
// username: password, <username>: <password>) or such a section. The list is the lines
// after it, through blank and comment lines, each "name = value" or
// "name: value" (a name of letters, digits and . _ @ $ -), up to the next
// section header, a line of another shape, kMaxUserListLines lines or
// kMaxUserListValues values. A value after ':' ends at its first ','
// (realm.properties' roles follow); after '=' it runs to its line's end.
// Under a comment that shows the format host:login:password (exim's
// passwd.client), each line is that, and the value is what follows its
// second ':'; under one that shows user|host:password (dma's auth.conf),
// each line is that, and the value is what follows the ':' after '|'. Also rsync's secrets file named in a comment
// ("# /etc/rsyncd.secrets (chmod 600)": user:password lines), stunnel's
// PSK file under its format ("# identity:key"), and OpenSMTPD's
// credentials table under its ("# label   username:password": each
// line a label, blanks, then user:password, the value after the ':').
// Under a comment that names a file's columns, one of them the secret
// (header_table.h: pppd's "# client server secret IP addresses", davfs2's
// "# Format: <mount point or server url> <username> <password>"), each
// row's field in that column is the value, unless it is the same as
// another field of its row (an APN's public "tele2" / "tele2").
// Stored hashes and obfuscations are no passwords and are left out
// (Artemis' ENC(...), Jetty's OBF:/MD5:/CRYPT:, CouchDB's -pbkdf2-/
// -hashed-, LDAP's {SSHA}...), and so is a value that is no typed
// password's shape (validators_secrets.h: 8 to 64 characters, a letter
// and a digit or a mark, no blank) or a path: a section named [users]
// may hold settings (Grafana's allow_sign_up = false, home_page = /d/x). As with table columns (columns.h), the
// engine reads each value as if it were written "password: value".
//
// And nginx's map blocks keyed by an API key (NGINX's API gateway guide:
// a client's name for each key the request's header may hold):
//
//   map $http_x_api_key $api_client_name {
//       default "";
//       "7B5zIqmRGXmrJTFmKa99vcit" "client_one";
//   }
//
// An opener is a line that starts with map, then a variable of the
// request's headers, arguments or cookies naming an API key, token or
// secret ($http_apikey, $arg_api_key, $cookie_session_token), and ends
// with '{'; each line after it up to the '}' is a key (quoted or not), a
// blank and its value; default, hostnames and include lines are no keys.
// The engine reads each key as if it were written "api_key: key".
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lines.h"
#include "typed_values.h"

namespace privguard::core {

constexpr std::size_t kMaxUserListValues = 64;
constexpr std::size_t kMaxUserListLines = 256;
constexpr std::size_t kMaxUserListName = 64;

// The trigger pass's expression for an opener (its line is checked by
// user_list_opener); bounded, as every trigger is (windows.h).
constexpr const char* kUserListExpression =
    "\\[(?:admins|users)\\]|(?i:(?:users|realm)\\.properties)|<username>[ \\t]{0,8}[:=][ \\t]{0,8}<password>|"
    "(?i:user(?:name)?[ \\t]{0,4}[:=][ \\t]{0,4}password)|(?i:login:password)|(?i:identity:key)|"
    "(?i:user)\\|[^\\s:|]{1,128}:(?i:password)|"
    "[A-Za-z0-9_-]\\.(?i:secrets)\\b|"
    "(?i:secret|password|passwd|psk)>?(?:[ \\t]{1,32}[A-Za-z<]|[ \\t]{0,32}\\r?\\n)|"
    "(?i:pwd)(?:[ \\t]{1,32}[A-Za-z<]|[ \\t]{0,32}\\r?\\n)|(?i:secret|password|passwd|pwd|psk):[A-Za-z]";

// The plain-code search of one kind of opener: from data[from], the first
// line [p, to) that opens(p, to) says opens a list; where the line after
// it starts (`after`, also returned), or UINT64_MAX when none does.
template <class Opens>
std::uint64_t next_opening_line(std::string_view data, std::uint64_t from, std::uint64_t& after, Opens opens) {
  for (std::uint64_t p = from; p < data.size();) {
    const std::uint64_t to = line_end(data, p);
    const std::uint64_t next = to < data.size() ? to + 1 : to;
    if (opens(p, to)) {
      after = next;
      return next;
    }
    p = next;
  }
  return UINT64_MAX;
}

// Calls add(from) for each opener that next(data, at, from) finds, in
// order (the plain-code searches below).
template <class Next, class Add>
void each_opener(std::string_view data, Next next, Add add) {
  std::uint64_t from = 0;
  for (std::uint64_t at = next(data, 0, from); at != UINT64_MAX; at = next(data, at, from)) add(from);
}

constexpr const char* kKeyMapExpression =
    "map[ \\t]{1,8}\\$(?:http|arg|cookie)_[A-Za-z0-9_]{0,32}(?i:api_?key|apikey|token|secret)";

// Whether the match of kKeyMapExpression that ends at data[end] opens a
// map (its line starts with map and ends with '{'), and where its lines
// start; the same for every opener in data in plain code; the keys of
// the map at data[from] (at most kMaxUserListValues).
bool key_map_opener(std::string_view data, std::uint64_t end, std::uint64_t& map_from) noexcept;
std::uint64_t next_key_map_opener(std::string_view data, std::uint64_t from, std::uint64_t& map_from) noexcept;
std::size_t key_map_keys(std::string_view data, std::uint64_t from, TextSpan* out) noexcept;

template <class Add>
void find_key_maps(std::string_view data, Add add) {
  each_opener(data, next_key_map_opener, add);
}

// Whether the match of kUserListExpression that ends at data[end] opens a
// list: a section header alone on its line, or a comment line that names
// a list (names_a_user_list) or columns (commented_header). Its list
// is read from `list_from` (one past the line's end).
bool user_list_opener(std::string_view data, std::uint64_t end, std::uint64_t& list_from) noexcept;

// Every opener in data, in plain code (a scan without a trigger pass, or
// whose trigger pass stopped), each as `add(list_from)`: the same as the
// trigger pass reports.
template <class Add>
void find_user_lists(std::string_view data, Add add);

// The passwords of the list that starts at data[from]; returns how many
// (at most kMaxUserListValues). `end`: where the list ends (the line
// that ended it, or where reading stopped); a list opened before it (an
// opener's comment right after another's) is the same list.
std::size_t user_list_values(std::string_view data, std::uint64_t from, TextSpan* out, std::uint64_t& end) noexcept;

// A whole buffer that is a plain credentials file, with no opener (no
// comment names its format):
//
//   kamera:dsdoF65zMXvYqmttqOhX7jo      lighttpd's plain userfile: a
//   driftstatus:Blabar-Kettle-6415      user and ':' then the password
//                                       (deluge's auth file: and ':' and
//   hemma:Wanderweg.3766?:10            a level of one or two digits; its
//                                       generated passwords are hex)
//
//   anna.b                              OpenVPN's auth-user-pass file,
//   Farfalla.71849                      vsftpd's virtual users list
//                                       (db_load's source): a user, then
//                                       the password on the next line
//
// Up to kMaxPlainCredentialsFile bytes; every line but blank and '#'
// comment lines is of the shape (two to kMaxUserListValues pairs), each
// user a name (letters, digits, . _ @ -, up to kMaxUserListName), each
// password a typed password's shape (validators_secrets.h) and no stored
// hash (a user:hash line is htpasswd's; 32 hex digits or more are a
// digest). On alternate lines, a password also holds a capital or a mark,
// and no name does: a name and a value of a list of settings are alike.
// The passwords, as if written "password: value"; how many.
constexpr std::uint64_t kMaxPlainCredentialsFile = 4096;
std::size_t plain_credentials_file(std::string_view data, TextSpan* out, std::size_t cap) noexcept;

// EMQX's API key bootstrap file (api_key.bootstrap_file), a line per key:
//
//   ops-readonly:15etrI5IJXaYhsu9YEI9xMsMFsIsCGlN:viewer
//
// its name, ':', its secret, ':' and its role (administrator, viewer or
// publisher, EMQX 5's). Up to kMaxPlainCredentialsFile bytes; every line
// but blank and '#' comment lines is of the shape. The secrets, as if
// written "api_secret: value"; how many.
std::size_t api_key_bootstrap_file(std::string_view data, TextSpan* out, std::size_t cap) noexcept;

// (the plain-code search, for find_user_lists: the next opener's
// list_from at or after `from`, or UINT64_MAX)
std::uint64_t next_user_list_opener(std::string_view data, std::uint64_t from, std::uint64_t& list_from) noexcept;

template <class Add>
void find_user_lists(std::string_view data, Add add) {
  each_opener(data, next_user_list_opener, add);
}

}  // namespace privguard::core
