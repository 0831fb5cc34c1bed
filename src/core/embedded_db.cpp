// The default policy's serialized databases, made at build time by
// privguard-dbgen and pulled in with .incbin (embedded_db.S).
#include "engine_internal.h"

extern "C" {
extern const char privguard_default_db_begin[];
extern const char privguard_default_db_end[];
}

namespace privguard::core {
std::string_view embedded_database() noexcept {
  return {privguard_default_db_begin, static_cast<std::size_t>(privguard_default_db_end - privguard_default_db_begin)};
}
}  // namespace privguard::core
