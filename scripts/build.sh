#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Installs what is missing, configures when the build folder cannot be built from, and builds
# incrementally into ./build (or $HERO_BUILD_DIR). Extra arguments go to `cmake --build`.
# $HERO_INITIAL_CACHE, when set, is a CMake script of cache settings for the configure (cmake -C),
# e.g. tests/sanitizers/asan.cmake for the sanitizer build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${HERO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
echo "build: packages ready after ${SECONDS}s"

started=$SECONDS
# CMake writes build.ninja only after a configure that succeeded, so its absence covers both a
# new folder and one whose last configure failed (which leaves a CMakeCache.txt behind).
if [ ! -f "$build/build.ninja" ]; then
    if ! cmake ${HERO_INITIAL_CACHE:+-C "$HERO_INITIAL_CACHE"} -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHERO_STRICT_DEPENDENCIES=ON; then
        echo "build: FAILED to configure (see the CMake error above)" >&2
        exit 1
    fi
fi
if ! cmake --build "$build" -j "$(nproc)" "$@"; then
    echo "build: FAILED to compile (see the first error above)" >&2
    exit 1
fi
echo "build: ${build##*/} configured and built in $((SECONDS - started))s"
