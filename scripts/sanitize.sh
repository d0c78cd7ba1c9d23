#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# The whole test suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer:
# installs what is missing, configures build-asan/ (or $HERO_ASAN_BUILD_DIR) when it cannot be
# built from, builds incrementally, and runs ctest there, like scripts/test.sh does for build/.
# Every process of ours writes its ASan and LSan reports into <build>/sanitizer-reports/,
# children the tests start included (hero-cli, hero-sandbox, those under keyring-session.sh: they
# inherit the options). Any such report fails the run, even one from a child whose test passed.
# Extra arguments go to ctest. See docs/sanitizers.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${HERO_ASAN_BUILD_DIR:-$root/build-asan}"
reports="$build/sanitizer-reports"

rm -rf "$reports"
mkdir -p "$reports"
# A finding ends the process with a non-zero status (halt_on_error, and the code is built with
# -fno-sanitize-recover=all); log_path puts an ASan or LSan report in a file named after the
# process id. gcc 12's UBSan ignores log_path when it stops the process: its report goes to
# stderr, in the test's output. Every sanitizer exits with status 86, which no test expects of a
# child (some expect 1 or 2), so a child's finding fails the test that started it.
export ASAN_OPTIONS="exitcode=86:halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="exitcode=86:halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="exitcode=86:suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
HERO_BUILD_DIR="$build" HERO_INITIAL_CACHE="$root/tests/sanitizers/asan.cmake" \
    "$root/scripts/test.sh" "$@" || status=$?

found=("$reports"/*)
if [ -e "${found[0]}" ]; then
    for report in "${found[@]}"; do
        echo "---- $report"
        cat "$report"
    done
    echo "sanitize: FAILED: ${#found[@]} sanitizer report(s), printed above" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "sanitize: FAILED (no sanitizer report; the build or a test failed, see above)" >&2
    exit "$status"
fi
echo "sanitize: the whole suite passed under ASan, LSan and UBSan with no report"
