#!/bin/sh
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Installs the test-only node tools of tests/interop (httpyac, pinned by package-lock.json) into
# DIR with `npm ci`, unless DIR already holds exactly that lock: then it installs nothing and
# needs no network (CI's second run is offline). node and npm come from scripts/install-deps.sh.
#   install-httpyac.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: install-httpyac.sh DIR}
for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-httpyac: $tool is missing; scripts/install-deps.sh installs it" >&2
        exit 1
    fi
done

stamp=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$stamp" ] \
    && [ -x "$dir/node_modules/.bin/httpyac" ]; then
    echo "install-httpyac: $dir is up to date with package-lock.json"
    exit 0
fi

mkdir -p "$dir"
rm -f "$dir/.installed"
cp "$here/package.json" "$here/package-lock.json" "$dir/"
# --ignore-scripts: nothing of these packages runs at install time (httpyac needs no build step).
# The system's trust store, as every other program here uses it (a network that inspects TLS
# adds its CA there); node otherwise trusts only the CAs it was built with.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
if ! (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
    echo "install-httpyac: FAILED: npm ci in $dir (it needs the npm registry the first time)" >&2
    exit 1
fi
"$dir/node_modules/.bin/httpyac" --version >/dev/null
echo "$stamp" >"$dir/.installed"
echo "install-httpyac: installed httpyac $("$dir/node_modules/.bin/httpyac" --version) into $dir"
