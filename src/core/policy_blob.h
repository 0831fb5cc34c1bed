// A Policy in a compact binary form, so that start-up need not parse TOML
// (toml11 took ~1.7 ms of every start under the shim for the default
// policy). privguard-dbgen writes the default policy's blob next to its
// database, and the build embeds both (embedded_db.S).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "privguard/policy.h"

namespace privguard::core {

// `source` is the TOML text the policy was parsed from: the blob records
// its hash and is accepted only for that same text.
std::string serialize_policy(const Policy&, std::string_view source);

// The policy, or nullopt when `blob` is not one of this format, is damaged
// or truncated, or was made from other text than `source`.
std::optional<Policy> deserialize_policy(std::string_view blob, std::string_view source);

// The default policy's blob, embedded at build time (empty without one).
std::string_view embedded_policy() noexcept;

}  // namespace privguard::core
