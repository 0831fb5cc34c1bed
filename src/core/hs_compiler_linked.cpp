// The compiler for programs, which link Hyperscan whole (libhs.a).
#include "hs_compiler.h"

namespace privguard::core {

const HsCompiler& hs_compiler() {
  static constexpr HsCompiler kLinked{hs_compile_multi,   hs_free_compile_error, hs_free_database, hs_serialize_database,
                                      hs_populate_platform, hs_expression_info,  hs_version};
  return kLinked;
}

}  // namespace privguard::core
