// PEM private-key blocks (validator "pem"). A rule with this validator
// matches a block's BEGIN line only ("-----BEGIN RSA PRIVATE KEY-----");
// the block it opens is read here, in plain code, because Hyperscan has no
// backreference to tie the END line to its own BEGIN's label:
//
//   - the body is base64 ([A-Za-z0-9+/=]), spaces and tabs, line breaks
//     that are real ("\n", "\r") or escaped once or twice ("\n", "\\n",
//     "\r", as in JSON, env files and Python reprs), and header lines
//     ("Proc-Type: 4,ENCRYPTED", "DEK-Info: ...", PGP's "Version: ...");
//   - it ends at "-----END" plus the BEGIN line's own label plus "-----",
//     at most kPemMaxBody bytes after the BEGIN line.
//
// What it decides, for a BEGIN line at data[begin, begin_end):
//   - terminated by its own END: a key (the finding spans BEGIN to END)
//     unless the body is a placeholder: fewer than kPemMinBody base64
//     characters (the smallest real key, Ed25519 in PKCS#8, has 64), few
//     distinct characters ("xxxx...", "AAAA..."), or no upper- and
//     lower-case letters both;
//   - the body interrupted by anything else ("...", "<your key>", "MIIE...",
//     prose) while its own END still follows before the next BEGIN: a
//     placeholder, no key;
//   - no END of its own in the buffer (before the next BEGIN): a key, as
//     far as its body goes (at least the BEGIN line). Its END may come in a
//     later write; the shim must still stop the part it sees.
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace privguard::core {

constexpr std::size_t kPemMaxBody = 16 * 1024;
constexpr std::size_t kPemMinBody = 64;

// Whether the BEGIN line starting at data[begin] opens a private-key block
// (see above); sets `end` to one past the finding's last byte. `begin_end`
// is where the rule's match ended (the BEGIN line's "-----" is looked for
// from `begin` on, within it). False: not a key (a placeholder), or no
// BEGIN line at `begin`. `open`, when given: whether the key's body runs
// to the end of `data` without its END, so that the rest of it may come
// in the next write (a body cut by other text, "MIIG/QIB[6628 chars]"
// in a test's failure message, is not coming).
bool pem_private_block(std::string_view data, std::uint64_t begin, std::uint64_t begin_end, std::uint64_t& end,
                       bool* open = nullptr) noexcept;

// Whether `value` is, whole, such a block (or an unterminated one's start).
bool pem_block_valid(std::string_view value) noexcept;

}  // namespace privguard::core
