// Commented headers: a configuration file that names its columns in a
// comment above its rows says which field of each row is the secret.
//
//   # client                server  secret        IP addresses   (pppd's chap-secrets)
//   "isp-login@isp.example"  *      "X"           *
//   # Format: <mount point or server url> <username> <password>  (davfs2's secrets)
//   /mnt/dav                svc-backup   "X"
//
// A header is a comment of column names alone: 3 to 8 words (or <...>
// groups) after '#', an optional "Format:", no sentence's words, one of
// them secret, password, passwd, pwd or psk. Its rows are the lines below
// it (comments and blank lines between them skipped) that split into as
// many blank-separated fields as the header names, or one fewer (its last
// name may be two words: "IP addresses"), and reach the secret's column;
// the first other line ends them. Or the names are one run split by ':'
// (oxidized's router.db, "# name:model:username:password:enable"; .pgpass'
// "# hostname:port:database:username:password"): its rows are the lines
// that split by ':' into exactly as many fields. user_lists.cpp reads
// such a file as a list of users and passwords: each row's field there
// as a password's.
#pragma once

#include <cstdint>
#include <string_view>

namespace privguard::core {

struct Span {
  std::uint64_t start = 0, end = 0;
};

struct HeaderColumns {
  int secret = -1;      // the secret's column, -1 when the line is no header
  int columns = 0;      // how many the header names
  char separator = 0;   // ':' when the names (and the rows' fields) are split by it; 0: blanks
};

// Whether the line [line, eol) is such a header, and its columns.
HeaderColumns commented_header(std::string_view data, std::uint64_t line, std::uint64_t eol) noexcept;

// The fields of the line [line, eol): runs of non-blank bytes, a field
// that starts with '"' up to its closing '"' (backslash escapes); at most
// `max` of them in out; their count (more than max when there are more).
int row_fields(std::string_view data, std::uint64_t line, std::uint64_t eol, Span* out, int max) noexcept;

// The fields of the line [line, eol) split by `separator` (each may be
// empty), as row_fields.
int split_fields(std::string_view data, std::uint64_t line, std::uint64_t eol, char separator, Span* out,
                 int max) noexcept;

}  // namespace privguard::core
