#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages the build, the tests and the packaging need, only when missing:
# with everything installed it asks for no root and no network.
#   install-deps.sh           install what is missing
#   install-deps.sh --list    print the package names, one a line
#   install-deps.sh --check   ask apt-cache for every name; fails naming any that Debian lacks
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libsimdjson-dev libyaml-cpp-dev librapidcheck-dev
    # run: Qt's platform and image plugins, SVG icons, a font
    qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins fonts-dejavu-core
    # tests: a real keychain in its own D-Bus session, TLS certificates, screenshots under X
    dbus dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools libglib2.0-bin
    openssl curl ca-certificates xvfb xauth
    # tests: the copied Python snippet runs with Debian's python3 and requests
    python3-requests
    # tests: the accessibility bus (AT-SPI) that screen readers read, and Python's client of it
    at-spi2-core python3-pyatspi
    # translations: lupdate and lrelease, and their CMake functions (Qt6LinguistTools)
    qt6-l10n-tools qt6-tools-dev
    # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-dev
    # the fuzzers' and sanitizers' stacks name functions and lines with llvm-symbolizer
    llvm
    # packaging checks
    desktop-file-utils appstream dpkg-dev rpm file
)

# tests/interop: httpyac runs on node. Debian's nodejs and npm, but only when the commands are
# missing: a NodeSource nodejs bundles its own npm, and Debian's npm package conflicts with it.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

case "${1:-}" in
--list)
    printf '%s\n' "${packages[@]}"
    exit 0
    ;;
--check)
    # One apt-cache call for all: it names the packages it knows (and exits 0 even when it
    # knows only some), so every name it does not name is unknown.
    known=$(apt-cache show --no-all-versions "${packages[@]}" 2>/dev/null | sed -n 's/^Package: //p')
    unknown=()
    for p in "${packages[@]}"; do
        grep -qx -- "$p" <<<"$known" || unknown+=("$p")
    done
    if ((${#unknown[@]})); then
        echo "install-deps: not Debian 12 package names (apt-cache show knows none of them):" \
            "${unknown[*]}" >&2
        exit 1
    fi
    echo "install-deps: all ${#packages[@]} package names are known to apt-cache"
    exit 0
    ;;
"") ;;
*)
    echo "usage: $0 [--list|--check]" >&2
    exit 1
    ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "install-deps: FAILED to install: ${missing[*]}" >&2
    exit 1
fi
