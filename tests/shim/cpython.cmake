# CPython's own regression suite (Debian's libpython3.11-testsuite, for
# /usr/bin/python3.11) under the shim: tests/shim/cpython/README section in
# the top-level README. The CI selection (cpython/ci.txt) runs without the
# shim, in report mode and in enforce mode and compares the results per
# module; `run_cpython_suite.py --select all` runs the whole list of 102.
find_program(PRIVGUARD_PYTHON311 python3.11 PATHS /usr/bin NO_DEFAULT_PATH)
if(PRIVGUARD_PYTHON311)
  add_test(NAME shim_cpython_suite
           COMMAND ${PRIVGUARD_PYTHON311} ${CMAKE_CURRENT_LIST_DIR}/cpython/run_cpython_suite.py
                   --shim ${PRIVGUARD_SHIM} --select ci --jobs 2 --timeout 300)
  # Three runs of the CI selection plus re-runs of differing modules.
  set_tests_properties(shim_cpython_suite PROPERTIES
    LABELS "cpython;shim" TIMEOUT 1500 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE)
else()
  message(STATUS "shim_cpython_suite: no /usr/bin/python3.11 (scripts/setup installs it): test not added")
endif()
