#!/usr/bin/env bash
# find_package(privguard) from an installed tree: configure, build and run
# tests/install/consumer (GoogleTest matchers and the bare engine) against a
# temporary prefix. Everything is built in a temporary directory.
#   usage: test_install_consumer.sh BUILD_DIR SOURCE_DIR CMAKE VERSION CXX CC
set -u
build=$1 src=$2 cmake=$3 version=$4 cxx=$5
print_passes=1
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"
step() {  # step NAME LOG COMMAND...: a step the rest depends on
  local name=$1 log=$2; shift 2
  if "$@" >"$log" 2>&1; then
    check "$name" true
  else
    tail -n 60 "$log"
    check "$name" false
    finish
  fi
}

mail=maria.gonzalez@outlook.com card="4539 1488 0343 6467"
prefix=$tmp/prefix
sources_before=$(ls -A "$src/tests/install/consumer")
step "cmake --install" "$tmp/install.log" "$cmake" --install "$build" --prefix "$prefix"
step "consumer configures with find_package(privguard 0.1 REQUIRED COMPONENTS gtest)" "$tmp/configure.log" \
  "$cmake" -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix"
check "privguard found in the temporary prefix" grep -q "^privguard_DIR:PATH=$prefix/lib/cmake/privguard$" "$tmp/consumer/CMakeCache.txt"
step "consumer builds" "$tmp/build.log" "$cmake" --build "$tmp/consumer" -j 2
check "the build wrote nothing into the source tree" \
  test "$(ls -A "$src/tests/install/consumer")" = "$sources_before"

# The user's unit tests.
"$tmp/consumer/consumer_test" >"$tmp/test.out" 2>&1
rc=$?
check "consumer's gtest suite passes" test "$rc" -eq 0
test "$rc" -eq 0 || tail -n 80 "$tmp/test.out"
check "consumer ran every enabled test" grep -qE "\[  PASSED  \] 9 tests" "$tmp/test.out"

# What a failing assertion shows in a CI log.
"$tmp/consumer/consumer_test" --gtest_also_run_disabled_tests --gtest_filter='ShowsFailure.DISABLED_Macro' \
  >"$tmp/macro.out" 2>&1
check "a failing PRIVGUARD_EXPECT_NO_SENSITIVE_DATA fails the test" test $? -ne 0
check "... and names rule, severity and offset" \
  grep -qE "credit-card \(critical\) at byte [0-9]+, 19 bytes" "$tmp/macro.out"
check "... and shows the masked preview" grep -qF 'user=**************************' "$tmp/macro.out"
check "... and never the value" bash -c '! grep -qE "maria|4539|0343" "$1"' _ "$tmp/macro.out"
"$tmp/consumer/consumer_test" --gtest_also_run_disabled_tests --gtest_filter='ShowsFailure.DISABLED_ExpectThat' \
  >"$tmp/that.out" 2>&1
check "a failing EXPECT_THAT(..., HasNoSensitiveData()) fails the test" test $? -ne 0
check "... and explains with the findings" \
  bash -c 'grep -q "Expected: holds no sensitive data (privguard policy default)" "$1" && grep -q "email (medium) at byte" "$1"' \
  _ "$tmp/that.out"

# The engine on its own.
printf 'mail %s card %s\nclean line\n' "$mail" "$card" | "$tmp/consumer/consumer_scan" >"$tmp/scan.out" 2>"$tmp/scan.err"
check "privguard::engine alone: findings exit 1" test $? -eq 1
check "privguard::engine alone: masks" \
  bash -c 'grep -qxF "mail *****.********@*******.*** card **** **** **** 6467" "$1" && grep -qx "clean line" "$1"' _ "$tmp/scan.out"
check "privguard::engine alone: uses the embedded database" grep -q "2 findings, database embedded" "$tmp/scan.err"

finish
