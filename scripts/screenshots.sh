#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshots/*.png from the real widgets, offscreen, against the embedded
# sandbox. With --scale 2 it renders at 200% into the directory given by --out instead;
# --states adds the window states issue 13 checks (a group typo, results after a switch,
# flows not sent or cancelled, the gauge after a 429), for a reviewer, not for the docs.
# --size WxH (e.g. 1024x700) sets the window size, 1280x800 by default.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/docs/screenshots"
scale=1
states=
size=
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --states) states=states; shift ;;
        --size) size=$2; shift 2 ;;
        *) echo "usage: $0 [--scale N] [--out DIR] [--states] [--size WxH]" >&2; exit 1 ;;
    esac
done
"$root/scripts/build.sh" --target hero-screenshots
QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" \
    "${HERO_BUILD_DIR:-$root/build}/tools/screenshots/hero-screenshots" "$out" ${size:+"$size"} $states
