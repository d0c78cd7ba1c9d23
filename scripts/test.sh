#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Sets everything up on Debian 12, builds, and runs the whole test suite with ctest: widget
# tests offscreen, keychain tests inside dbus-run-session with an unlocked gnome-keyring.
# Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
build="${HERO_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
if ! ctest --test-dir "$build" --output-on-failure -j 2 --timeout 600 "$@"; then
    echo "tests: FAILED (the failing tests are listed above)" >&2
    exit 1
fi
