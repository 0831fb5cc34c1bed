// The default policy's serialized databases and parsed policy, made at
// build time by privguard-dbgen and pulled in with .incbin (embedded_db.S).
#include "engine_internal.h"
#include "policy_blob.h"

extern "C" {
extern const char privguard_default_db_begin[];
extern const char privguard_default_db_end[];
extern const char privguard_default_policy_begin[];
extern const char privguard_default_policy_end[];
}

namespace privguard::core {
std::string_view embedded_database() noexcept {
  return {privguard_default_db_begin, static_cast<std::size_t>(privguard_default_db_end - privguard_default_db_begin)};
}
std::string_view embedded_policy() noexcept {
  return {privguard_default_policy_begin,
          static_cast<std::size_t>(privguard_default_policy_end - privguard_default_policy_begin)};
}
}  // namespace privguard::core
