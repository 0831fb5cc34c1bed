# Installing privguard as a library (CMake package config) and as a
# Debian package (CPack). Included from the top-level CMakeLists.txt after
# every install() rule.
#
#   cmake --install build --prefix /opt/privguard
#     bin/privguard, bin/privguard-entrypoint
#     lib/libprivguard.so                       the shim (privguard run finds it as <exe>/../lib)
#     lib/libprivguard_engine.a                 the engine, for find_package(privguard)
#     lib/cmake/privguard/privguardConfig*.cmake
#     include/privguard/*.h                     engine headers and gtest.h
#     share/privguard/policies/*.toml, README.md
#     share/doc/privguard/copyright             licenses, privguard's and the code linked in (DEP-5)
#
#   cd build && cpack -G DEB       ->  privguard_<version>_<arch>.deb, the same tree under /usr
#
# Everything goes to plain lib/, never lib/<multiarch>: the CLI and the
# entrypoint find the shim at ../lib relative to themselves.

include(CMakePackageConfigHelpers)

set(PRIVGUARD_CMAKE_DIR lib/cmake/privguard)
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/privguardConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/privguardConfig.cmake
  INSTALL_DESTINATION ${PRIVGUARD_CMAKE_DIR})
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/privguardConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/privguardConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/privguardConfigVersion.cmake
  DESTINATION ${PRIVGUARD_CMAKE_DIR}
  COMPONENT dev)

# Debian wants every package's licenses at /usr/share/doc/PACKAGE/copyright,
# machine-readable (DEP-5): privguard's own and those of the code the
# programs carry linked in statically or compiled in from headers.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION share/doc/privguard)

# --- CPack: one Debian package with everything above, installed under /usr.
set(PRIVGUARD_PACKAGE_MAINTAINER "privguard maintainers <privguard@example.invalid>"
  CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME privguard)
set(CPACK_PACKAGE_VENDOR privguard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PRIVGUARD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "finds and masks personal data and secrets in what a service writes")
# Debian's extended description: lines under 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "privguard finds personal data and secrets in logs, payloads and files"
  "with one compiled Hyperscan database, and masks, blocks or reports them"
  "per a TOML policy, so that an integration test run fails when real"
  "personal data shows up and nothing real leaves."
  ""
  "Ships the privguard CLI (scan, run, report, policy), the preloaded shim"
  "libprivguard.so, the container entrypoint, the bundled policies, and the"
  "engine as a static library with a CMake package (privguard::engine) and"
  "GoogleTest matchers (privguard/gtest.h).")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_INSTALL_DIRECTORY privguard)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # privguard_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_NAME privguard)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PRIVGUARD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Building against lib/libprivguard_engine.a (find_package(privguard)) needs
# the static Hyperscan and libsodium, found with pkg-config; the matchers need gmock.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libhyperscan-dev, libsodium-dev, pkg-config, libgmock-dev")

# Hyperscan's library package, named after whichever Debian package holds
# the libhs.so privguard builds with (libhyperscan5 on Debian 12, falling
# back to that name). dpkg-shlibdeps cannot see it: libprivguard.so loads
# libhs.so.5 with dlopen, only when it has to compile a policy.
set(_pg_hs_pkg libhyperscan5)
find_program(_pg_dpkg_query dpkg-query)
find_library(_pg_hs_so NAMES hs HINTS ${HS_LIBRARY_DIRS} NO_CACHE)
if(_pg_dpkg_query AND _pg_hs_so)
  file(REAL_PATH "${_pg_hs_so}" _pg_hs_real)
  execute_process(COMMAND ${_pg_dpkg_query} -S "${_pg_hs_real}"
    OUTPUT_VARIABLE _pg_owner RESULT_VARIABLE _pg_rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(_pg_rc EQUAL 0 AND _pg_owner MATCHES "^([^:, ]+)")
    set(_pg_hs_pkg ${CMAKE_MATCH_1})
  endif()
endif()

find_program(PRIVGUARD_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(PRIVGUARD_DPKG_SHLIBDEPS)
if(PRIVGUARD_DPKG_SHLIBDEPS)
  # Depends from what bin/privguard and lib/libprivguard.so link (libc6,
  # libstdc++6, libgcc-s1), plus Hyperscan.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_pg_hs_pkg}")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_pg_hs_pkg}, libstdc++6, libgcc-s1, libc6")
endif()

include(CPack)
