# Native shim tests: C and C++ programs calling each wrapped function, run
# under LD_PRELOAD=libprivguard.so by native/run_native.sh, which checks
# what reached the file, pipe or 127.0.0.1/Unix socket, the findings file,
# and return values/errno against runs without the shim.
#
# emit.c is built twice, like a distribution would: plain -O0, and -O2
# -D_FORTIFY_SOURCE=2, which calls the __*_chk forms instead.

if(PRIVGUARD_SANITIZE STREQUAL "thread")
  # ThreadSanitizer: the shim (built with TSan) preloaded into a TSan-built
  # program whose threads, signal handler and forks write through it.
  find_package(Threads REQUIRED)
  add_executable(privguard_native_semantics_tsan native/semantics.c)
  set_target_properties(privguard_native_semantics_tsan PROPERTIES
    OUTPUT_NAME semantics_tsan RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/native)
  target_link_libraries(privguard_native_semantics_tsan PRIVATE Threads::Threads)
  foreach(how write fputs puts)
    add_test(NAME shim_tsan_threads_${how}
      COMMAND ${CMAKE_COMMAND} -E env LD_PRELOAD=${PRIVGUARD_SHIM} PRIVGUARD_REPORT=/dev/null
        TSAN_OPTIONS=halt_on_error=1:exitcode=66
        $<TARGET_FILE:privguard_native_semantics_tsan> threads ${how})
    set_tests_properties(shim_tsan_threads_${how} PROPERTIES LABELS "shim;tsan" TIMEOUT 120)
  endforeach()
  return()
endif()
set(_native_labels shim)
if(PRIVGUARD_SANITIZE MATCHES "address")
  # An ASan-built shim runs in uninstrumented programs when ASan's runtime
  # is loaded first: preload both (LD_PRELOAD takes a space-separated
  # list). Leaks are not checked: the shim keeps per-thread state for good.
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
    OUTPUT_VARIABLE _asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(PRIVGUARD_SHIM "${_asan_runtime} ${PRIVGUARD_SHIM}")
  set(_native_labels "shim;shim-asan")
  set(_native_env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1" "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
elseif(PRIVGUARD_SANITIZE)
  # A TSan-built shim cannot be preloaded into uninstrumented programs.
  message(STATUS "native shim tests skipped: PRIVGUARD_SANITIZE is set")
  return()
endif()

set(_native_dir ${CMAKE_CURRENT_SOURCE_DIR}/native)
set(_native_warnings -Wall -Wextra -Wshadow -Wconversion -Wno-sign-conversion)

# privguard_native_program(TARGET OUTPUT_NAME SOURCE OPTIONS...)
# The project-wide compile/link options (sanitizers) are replaced: these
# programs stand for other people's binaries, built their way.
function(privguard_native_program target name source)
  add_executable(${target} ${_native_dir}/${source})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${name}
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/native
    COMPILE_OPTIONS "${_native_warnings};${ARGN}"
    LINK_OPTIONS "")
  target_link_libraries(${target} PRIVATE Threads::Threads)
endfunction()

find_package(Threads REQUIRED)
privguard_native_program(privguard_native_emit emit emit.c -O0 -g -U_FORTIFY_SOURCE)
privguard_native_program(privguard_native_emit_fortify emit_fortify emit.c -O2 -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
privguard_native_program(privguard_native_iostreams iostreams iostreams.cpp -O2)
privguard_native_program(privguard_native_semantics semantics semantics.c -O2)

set(_native_groups unistd sockets stdio stdio_fortify syslog iostreams semantics)
# Not in the ASan build: with ASan's runtime preloaded, its own printf
# interceptors call our vprintf (findings then name "vprintf", not
# "printf"); semantics' fork case hangs a child there about once in 3
# runs: GCC 12's libasan does not hold its allocator's locks across fork
# (LLVM's runtimes do since 2023-24), so when a busy thread of the parent
# is allocating (its first write making the shim's per-thread state) the
# child's first malloc (fdopen) waits forever on a lock nobody owns (gdb:
# __sanitizer::FutexWait on an allocator region's mutex); glibc's malloc,
# which Release and TSan use, locks its arenas around fork; resize checks that its writer met a full buffer, which the slow Debug
# ASan shim often does not.
set(_native_not_asan stdio stdio_fortify semantics resize)
foreach(group IN LISTS _native_groups)
  add_test(NAME shim_native_${group}
    COMMAND bash ${_native_dir}/run_native.sh ${group}
      ${PRIVGUARD_SHIM}
      $<TARGET_FILE:privguard_native_emit>
      $<TARGET_FILE:privguard_native_emit_fortify>
      $<TARGET_FILE:privguard_native_iostreams>
      $<TARGET_FILE:privguard_native_semantics>
      ${CMAKE_CURRENT_BINARY_DIR}/native/tmp)
  set(_labels "${_native_labels}")
  if(group IN_LIST _native_not_asan)
    set(_labels shim)
  endif()
  set_tests_properties(shim_native_${group} PROPERTIES LABELS "${_labels}" TIMEOUT 60
    ENVIRONMENT "${_native_env}")
endforeach()

# privguard_native_case(NAME TIMEOUT [EXTRA_ARGS...]): builds NAME.c at -O2
# and adds shim_native_NAME running run_NAME.sh SHIM BINARY [EXTRA...] TMPDIR.
function(privguard_native_case name timeout)
  privguard_native_program(privguard_native_${name} ${name} ${name}.c -O2)
  add_test(NAME shim_native_${name}
    COMMAND bash ${_native_dir}/run_${name}.sh ${PRIVGUARD_SHIM} $<TARGET_FILE:privguard_native_${name}>
      ${ARGN} ${CMAKE_CURRENT_BINARY_DIR}/native/tmp)
  set(_labels "${_native_labels}")
  if(name IN_LIST _native_not_asan)
    set(_labels shim)
  endif()
  set_tests_properties(shim_native_${name} PROPERTIES LABELS "${_labels}" TIMEOUT ${timeout}
    ENVIRONMENT "${_native_env}")
endfunction()

# Values that reach a stream in pieces or a character at a time.
privguard_native_case(pieces 60)
# Length-changing actions on non-blocking pipes and sockets, with signals.
privguard_native_case(resize 120 $<TARGET_FILE:privguard>)
# Kernel-side copies (copy_file_range, sendfile, splice) and coreutils.
privguard_native_case(copies 120)
# The kernel's refusals of those calls: same answer, nothing consumed, no hang.
privguard_native_case(copy_checks 120)
# glibc's error-reporting helpers and syscall(SYS_write).
privguard_native_case(error_helpers 60)

# Writes from another library's constructor, before main and possibly
# before privguard's constructor: the shim initialises on first use.
add_library(privguard_native_early_lib SHARED ${_native_dir}/early_lib.c)
set_target_properties(privguard_native_early_lib PROPERTIES
  OUTPUT_NAME early LIBRARY_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/native
  COMPILE_OPTIONS "-O2" LINK_OPTIONS "" C_VISIBILITY_PRESET default)
privguard_native_program(privguard_native_early early early_main.c -O2)
target_link_libraries(privguard_native_early PRIVATE privguard_native_early_lib)
add_test(NAME shim_native_early_constructor
  COMMAND bash -c "out=$(LD_PRELOAD=$1 $2) && echo \"$out\" && test \"$out\" = \"$3\""
    _ ${PRIVGUARD_SHIM} $<TARGET_FILE:privguard_native_early>
    "early write card **** **** **** 6467
early printf mail *****.********@*******.***
main mail *****.********@*******.***")
set_tests_properties(shim_native_early_constructor PROPERTIES LABELS "${_native_labels}" TIMEOUT 30
  ENVIRONMENT "${_native_env}")
# Values split across two calls on one fd (write, send), and fd reuse.
privguard_native_case(split 60)
# A signal handler that writes while its thread is inside a wrapped call.
privguard_native_case(nesting 60)
# Write buffers flush against an inaccessible page: the scan stays inside.
# run_page_edge.sh takes its inputs last: after TMPDIR.
privguard_native_program(privguard_native_page_edge page_edge page_edge.c -O2)
add_test(NAME shim_native_page_edge
  COMMAND bash ${_native_dir}/run_page_edge.sh ${PRIVGUARD_SHIM} $<TARGET_FILE:privguard_native_page_edge>
    ${CMAKE_CURRENT_BINARY_DIR}/native/tmp
    ${PROJECT_SOURCE_DIR}/tests/fuzz/seeds/scan/crash-hyperscan-avx512vbmi-teddy-overread
    ${PROJECT_SOURCE_DIR}/tests/corpus/documents/dev/gcp/gcp-01.json)
set_tests_properties(shim_native_page_edge PROPERTIES LABELS "${_native_labels}" TIMEOUT 60
  ENVIRONMENT "${_native_env}")
