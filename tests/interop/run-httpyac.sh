#!/bin/sh
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Runs every request of a .http file with httpyac and prints one JSON array, a request an item:
#   {"name": "me", "line": 7, "status": 200,
#    "assertions": [{"text": "status == 200", "result": "SUCCESS"}, …]}
# status is 0 when no answer came; result is httpyac's: SUCCESS, FAILED, ERROR or SKIPPED.
# Request and response headers are left out, so the key from HERO_API_KEY is never printed.
# Exits 0 whenever httpyac ran, whatever the assertions said; 1 when it could not run.
#   run-httpyac.sh NODE_DIR FILE.http ENVIRONMENT [NAME=VALUE]...
# NODE_DIR is where install-httpyac.sh installed it; NAME=VALUE override the environment's
# variables (baseUrl=http://127.0.0.1:PORT).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 3 ]; then
    sed -n '4,12s/^# \{0,1\}//p' "$0" >&2
    exit 1
fi
node_dir=$(cd "$1" && pwd) file=$2 environment=$3
shift 3
httpyac="$node_dir/node_modules/.bin/httpyac"
[ -x "$httpyac" ] || { echo "run-httpyac: no httpyac in $node_dir; run install-httpyac.sh" >&2; exit 1; }
# httpyac only runs files under its working directory (it globs them, with .gitignore rules).
cd "$(dirname "$file")"
set -- send "$(basename "$file")" --all --env "$environment" --json --no-color ${1+--var "$@"}
output=$(NO_COLOR=1 "$httpyac" "$@") || true
printf '%s' "$output" | node "$here/httpyac-results.mjs"
