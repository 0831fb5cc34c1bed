// Stand-in for builds without an embedded database and policy (and for the
// tool that makes them).
#include "engine_internal.h"
#include "policy_blob.h"

namespace privguard::core {
std::string_view embedded_database() noexcept { return {}; }
std::string_view embedded_policy() noexcept { return {}; }
}  // namespace privguard::core
