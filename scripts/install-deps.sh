#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages the build, the tests and the packaging need, only when missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
    libsimdjson-dev libyaml-cpp-dev librapidcheck-dev
    dbus dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools libglib2.0-bin
    openssl curl ca-certificates xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev rpm file
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
