#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Regenerates the committed PNG, .ico and .icns icons from the SVG sources. Run it after editing
# an SVG and commit the results, so builds and CI need no image tools.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing" >&2; exit 1; }
done

name=hero-api-explorer
sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p png
for size in "${sizes[@]}"; do
    # The hand-hinted variant stays legible where the pulse line would blur into the heart.
    if [ "$size" -le 22 ]; then source="$name-16.svg"; else source="$name.svg"; fi
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" \
        --output "png/$name-$size.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 is stored as PNG).
convert "png/$name-16.png" "png/$name-24.png" "png/$name-32.png" "png/$name-48.png" \
    "png/$name-64.png" "png/$name-128.png" "png/$name-256.png" \
    -define png:exclude-chunks=date,time "../windows/$name.ico"

# NSIS header image (MUI_HEADERIMAGE): a 150x57 BMP3 with the icon on the right.
convert -size 150x57 xc:white "png/$name-48.png" -geometry +98+4 -composite \
    -type TrueColor BMP3:"../windows/nsis-header.bmp"

# macOS: png2icns picks the icon type from each PNG's size.
mkdir -p ../macos
png2icns "../macos/$name.icns" "png/$name-16.png" "png/$name-32.png" "png/$name-48.png" \
    "png/$name-128.png" "png/$name-256.png" "png/$name-512.png" >/dev/null

# Deterministic PNGs: drop the time stamps so regenerating unchanged SVGs changes nothing.
for size in "${sizes[@]}"; do
    convert "png/$name-$size.png" -define png:exclude-chunks=date,time,tIME "png/$name-$size.png"
done
echo "generate.sh: $(ls png | wc -l) PNGs, ../windows/$name.ico, ../macos/$name.icns"
