# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Initial cache of the sanitizer build in build-asan/ (scripts/sanitize.sh, docs/sanitizers.md).
set(HERO_SANITIZE "address,undefined" CACHE STRING "")
# -O1 instead of -O2: ASan's own advice (readable stacks, no checks optimised away) and a
# shorter compile on CI's two cores.
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -g -DNDEBUG" CACHE STRING "")
# Benchmarks never run in ctest; the suite is what this build is for.
set(HERO_BUILD_BENCH OFF CACHE BOOL "")
