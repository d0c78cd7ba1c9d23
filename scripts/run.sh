#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Sets everything up on Debian 12 and launches the explorer. With no key saved yet it opens on
# the welcome pane, where "Explore the offline sandbox" works with no further step.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" --target hero-explorer
exec "${HERO_BUILD_DIR:-$root/build}/app/hero-explorer" "$@"
