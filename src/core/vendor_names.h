// Where a vendor's key goes by a generic name (policy.h, VendorNames):
// Datadog's Helm chart writes
//
//   datadog:
//     site: datadoghq.eu
//     apiKey: 196c73d1ad232af358e300bfa3a0426c
//
// and datadog-ci.json {"apiKey": "...", "appKey": "...", "datadogSite": ...}.
// The name says nothing of the vendor; the place it stands in does.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privguard::core {

// Whether the key right before data[vs] (quotes, ':', '=' and blanks
// between) is one of `names`, compared without case, '_', '-' and '.'; of
// a dotted name ("config.apiKey") its last part.
bool under_vendor_key_name(std::string_view data, std::uint64_t vs, const std::vector<std::string>& names) noexcept;

// Whether one of `words` (any case) is written in the place of the value
// data[vs, ve): on its line, in the JSON object it is in, or on a line of
// its YAML block's parents (the lines above it with less indentation) or
// its INI section's header.
bool vendor_named_around(std::string_view data, std::uint64_t vs, std::uint64_t ve,
                         const std::vector<std::string>& words) noexcept;

// The innermost {...} around data[vs, ve), read back and forth over
// nested ones (braces inside strings are rare enough in keys' objects)
// within 2 KiB either side; empty when there is none.
std::string_view object_around(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;

}  // namespace privguard::core
