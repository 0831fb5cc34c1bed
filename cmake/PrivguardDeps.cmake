# Dependencies, all from Debian 12 packages (scripts/setup installs them).
# Hyperscan and libsodium are linked statically so that the shim carries its
# own copies, hidden from the host process (see src/shim).
find_package(PkgConfig REQUIRED)
find_package(fmt REQUIRED)
find_package(toml11 REQUIRED)

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

# Programs link Hyperscan statically. The shim cannot: Debian's libhs.a
# has non-PIC references into libstdc++ in its compiler objects, so
# libprivguard.so links libhs.so.
add_library(privguard_hs INTERFACE)
target_link_libraries(privguard_hs INTERFACE privguard_hs_headers ${HS_STATIC} m)
add_library(privguard_hs_shared INTERFACE)
target_link_libraries(privguard_hs_shared INTERFACE privguard_hs_headers PkgConfig::HS)

add_library(privguard_sodium INTERFACE)
target_include_directories(privguard_sodium SYSTEM INTERFACE ${SODIUM_INCLUDE_DIRS})
target_link_libraries(privguard_sodium INTERFACE ${SODIUM_STATIC})
