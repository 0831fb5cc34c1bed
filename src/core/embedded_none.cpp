// Stand-in for builds without an embedded database (and for the tool that
// makes it).
#include "engine_internal.h"

namespace privguard::core {
std::string_view embedded_database() noexcept { return {}; }
}  // namespace privguard::core
