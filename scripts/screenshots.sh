#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshots/*.png from the real widgets, offscreen, against the embedded
# sandbox: a 1280x800 window, and the smallest screens the explorer promises to fit in their own
# folders (1024x700/, 1366x768/, and 200pct/: 200% on a 2560x1600 screen, 1280x800 logical).
# With --scale N and --out DIR it renders one set at that scale into DIR instead.
# --states adds the window states issue 13 checks (a group typo, results after a switch,
# flows not sent or cancelled, the gauge after a 429), for a reviewer, not for the docs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=""
scale=1
states=
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --states) states=states; shift ;;
        *) echo "usage: $0 [--scale N] [--out DIR] [--states]" >&2; exit 1 ;;
    esac
done
"$root/scripts/build.sh" --target hero-screenshots
tool="${HERO_BUILD_DIR:-$root/build}/tools/screenshots/hero-screenshots"
if [ -n "$out" ]; then
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" "$tool" "$out" 1280x800 1024x700 $states
    exit
fi
docs="$root/docs/screenshots"
QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 "$tool" "$docs" 1280x800 1024x700 1366x768
QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 "$tool" "$docs/200pct" 1280x800
