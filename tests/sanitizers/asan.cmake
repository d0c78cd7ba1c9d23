# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Initial cache of the sanitizer build in build-asan/ (scripts/sanitize.sh, docs/sanitizers.md).
set(HERO_SANITIZE "address,undefined" CACHE STRING "")
# -O1 instead of -O2: ASan's own advice (readable stacks, no checks optimised away) and a
# shorter compile on CI's two cores; -g1, line tables only, is all a report's stack needs and
# compiles a fifth faster than -g (tests/CMakeLists.txt builds the tests' own code at -O0).
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -g1 -DNDEBUG" CACHE STRING "")
# Benchmarks never run in ctest; the suite is what this build is for.
set(HERO_BUILD_BENCH OFF CACHE BOOL "")
