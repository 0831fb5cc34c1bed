// List items: the items of a YAML block sequence are alike. A secret found
// as one item (the first, whose key names it: ReceiveKeys:, api_tokens:,
// client_secrets:) says its siblings below it are secrets too:
//
//   ReceiveKeys:
//     - eAzN043LmM94AlqFbhpUr9r6CPyQ1BVx     <- the rule's context finds it
//     - 3JS2tmkfuELIW2gmqlYbJv5V6a6SCd6s     <- a sibling: the engine's step 4g
#pragma once

#include <cstdint>
#include <string_view>

namespace privguard::core {

struct ItemSpan {
  std::uint64_t start = 0, end = 0;  // the value, without quotes; empty when none
};

// Whether the value [vs, ve) is a block sequence's item's whole value
// (its line is blanks, "- ", an optional quote, the value, the quote,
// blanks); the width of its line's indentation in *indent.
bool list_item_value(std::string_view data, std::uint64_t vs, std::uint64_t ve, std::uint64_t* indent) noexcept;

// The value of the item on the line after the one holding `from`, when
// that line is an item of the same indentation; an empty span otherwise.
ItemSpan next_list_item(std::string_view data, std::uint64_t from, std::uint64_t indent) noexcept;

}  // namespace privguard::core
