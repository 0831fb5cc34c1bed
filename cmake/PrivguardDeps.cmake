# Dependencies, all from Debian 12 packages (scripts/setup installs them).
# Hyperscan and libsodium are linked statically so that the shim carries its
# own copies, hidden from the host process (see src/shim).
find_package(PkgConfig REQUIRED)
find_package(fmt REQUIRED)
find_package(toml11 REQUIRED)
# The CLI only (never the shim): reading findings lines, parsing arguments.
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 2 REQUIRED)

pkg_check_modules(HS REQUIRED IMPORTED_TARGET ${PRIVGUARD_HYPERSCAN_PKG})
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

function(privguard_static_lib out name)
  find_library(${out} NAMES lib${name}.a HINTS ${ARGN} NO_CACHE)
  if(NOT ${out})
    message(FATAL_ERROR "static lib${name}.a not found (searched ${ARGN})")
  endif()
  set(${out} ${${out}} PARENT_SCOPE)
endfunction()

privguard_static_lib(HS_STATIC hs ${HS_LIBRARY_DIRS})
privguard_static_lib(SODIUM_STATIC sodium ${SODIUM_LIBRARY_DIRS})

add_library(privguard_hs_headers INTERFACE)
target_include_directories(privguard_hs_headers SYSTEM INTERFACE ${HS_INCLUDE_DIRS})

# Programs link Hyperscan statically, compiler and all. The shim links only
# its runtime (libhs_runtime.a, position independent in Debian's Hyperscan
# and Vectorscan alike) and loads libhs.so.5 when it has to compile (see
# src/core/hs_compiler.h); Debian's libhs.a cannot go into a shared object
# anyway (non-PIC references into libstdc++ in its compiler objects).
add_library(privguard_hs INTERFACE)
target_link_libraries(privguard_hs INTERFACE privguard_hs_headers ${HS_STATIC} m)

find_library(HS_RUNTIME_STATIC NAMES libhs_runtime.a HINTS ${HS_LIBRARY_DIRS} NO_CACHE)
if(HS_RUNTIME_STATIC)
  include(CheckCSourceCompiles)
  set(CMAKE_REQUIRED_INCLUDES ${HS_INCLUDE_DIRS})
  set(CMAKE_REQUIRED_FLAGS -fPIC)
  set(CMAKE_REQUIRED_LINK_OPTIONS -shared -fPIC -Wl,--no-undefined)
  set(CMAKE_REQUIRED_LIBRARIES ${HS_RUNTIME_STATIC})
  check_c_source_compiles([[
    #include <hs_runtime.h>
    int probe(void) { hs_database_t* db = 0; return hs_deserialize_database("", 0, &db) + (hs_version() != 0); }
    int main(void) { return probe(); }
  ]] PRIVGUARD_HS_RUNTIME_PIC)
  unset(CMAKE_REQUIRED_INCLUDES)
  unset(CMAKE_REQUIRED_FLAGS)
  unset(CMAKE_REQUIRED_LINK_OPTIONS)
  unset(CMAKE_REQUIRED_LIBRARIES)
endif()
add_library(privguard_hs_runtime INTERFACE)
if(PRIVGUARD_HS_RUNTIME_PIC)
  set(PRIVGUARD_SHIM_HS "runtime")
  target_link_libraries(privguard_hs_runtime INTERFACE privguard_hs_headers ${HS_RUNTIME_STATIC} ${CMAKE_DL_LIBS})
else()
  # No usable runtime archive: the shim links libhs.so, compiler included,
  # and pays for loading it at every start.
  set(PRIVGUARD_SHIM_HS "shared")
  message(STATUS "libhs_runtime.a missing or not position independent: libprivguard.so links libhs.so")
  target_link_libraries(privguard_hs_runtime INTERFACE privguard_hs_headers PkgConfig::HS)
endif()
# The compiler's soname, which the shim loads when it has to compile.
set(PRIVGUARD_HS_SONAME "libhs.so.5" CACHE STRING "soname of the Hyperscan library with the compiler")

add_library(privguard_sodium INTERFACE)
target_include_directories(privguard_sodium SYSTEM INTERFACE ${SODIUM_INCLUDE_DIRS})
target_link_libraries(privguard_sodium INTERFACE ${SODIUM_STATIC})
