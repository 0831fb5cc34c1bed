// Inline lists: a secret found as one item of a list says its siblings are
// secrets too (the engine's step 4h), as a YAML block sequence's items do
// (list_items.h). Two shapes:
//
//   SESSION_KEYS = [                         a bracketed list of quoted
//     "7c1f...",  // 2026-11                 strings, one a line or several,
//     b"heu0...",                            with comments after them and
//   ]                                        string prefixes (b"", r'', @"")
//
//   APP_KEYS="2ndL...==,4sS5...==,xa2i...==" a string or an env value whose
//   'base64:DuCR...=,base64:vnvm...='        items are joined by commas
//
// A bracketed list needs its brackets on both sides ('[' or '{', or '('
// after '=', ',', '(' or '[': a tuple, not a call's arguments), so a JSON
// object's keys or a call's other arguments are never taken for items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "list_items.h"

namespace privguard::core {

// The other items of the list that holds the value [vs, ve) as an item,
// before and after it, in order: at most `cap`, their count returned.
// None when the value is no list's item.
std::size_t inline_list_siblings(std::string_view data, std::uint64_t vs, std::uint64_t ve, ItemSpan* out,
                                 std::size_t cap) noexcept;

// The comma-joined items a found value [vs, ve) spans ("X,base64:Y" when a
// value reads to its closing quote), each without its "base64:": at most
// `cap`, their count returned; 0 when the value holds no ',' or an item is
// no key in an encoding's alphabet of at least 16 bytes (a salt's ','
// among its symbols). Comma-joined siblings are such keys too.
std::size_t joined_items(std::string_view data, std::uint64_t vs, std::uint64_t ve, ItemSpan* out,
                         std::size_t cap) noexcept;

}  // namespace privguard::core
