# Runtime integration tests: real interpreters, coreutils, curl and openssl
# run under LD_PRELOAD=libprivguard.so (PRIVGUARD_SHIM); the drivers in
# runtimes/ print PASS/FAIL/XFAIL lines and end with "N passed, M failed".
# Servers they talk to listen on 127.0.0.1, on a port the OS picks.
set(PRIVGUARD_RT_DIR ${CMAKE_CURRENT_LIST_DIR}/runtimes)

# A C++ host with its own (shared) libfmt, next to the shim's hidden copy.
add_executable(privguard_test_fmt_host ${PRIVGUARD_RT_DIR}/fmt_host.cpp)
target_link_libraries(privguard_test_fmt_host PRIVATE fmt::fmt)

# privguard_runtime_test(NAME DRIVER ARGS...): bash DRIVER SHIM ARGS...
function(privguard_runtime_test name driver)
  add_test(NAME ${name} COMMAND bash ${PRIVGUARD_RT_DIR}/${driver} ${PRIVGUARD_SHIM} ${ARGN})
  set_tests_properties(${name} PROPERTIES LABELS shim TIMEOUT 60)
endfunction()

privguard_runtime_test(shim_python python.sh)
privguard_runtime_test(shim_perl perl.sh)
privguard_runtime_test(shim_node node.sh)
privguard_runtime_test(shim_shell_coreutils shell_coreutils.sh)
privguard_runtime_test(shim_curl_http curl.sh http)
privguard_runtime_test(shim_curl_https curl.sh https)
privguard_runtime_test(shim_openssl openssl.sh)
privguard_runtime_test(shim_no_harm no_harm.sh)
privguard_runtime_test(shim_host_libfmt host_libfmt.sh $<TARGET_FILE:privguard_test_fmt_host>)
privguard_runtime_test(shim_exports exports.sh ${PROJECT_SOURCE_DIR}/src/shim/exports.map)
privguard_runtime_test(shim_nginx_sendfile nginx.sh)
privguard_runtime_test(shim_python_tls python_tls.sh)
privguard_runtime_test(shim_faults faults.sh)
# A 1 GiB writev and a 96 MiB write masked piece by piece take a while on a
# busy 2-core machine.
set_tests_properties(shim_faults PROPERTIES TIMEOUT 300)
# Seeded random data (generated at test time): 8 MiB dumps, 64 MiB over
# sockets, a million printed integers and floats. Longer than the others.
privguard_runtime_test(shim_random_bytes random_bytes.sh)
set_tests_properties(shim_random_bytes PROPERTIES TIMEOUT 300)
