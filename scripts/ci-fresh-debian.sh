#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
#
# Runs the README's test command inside a fresh Debian 12 root, as a new user's machine is:
#   1. debootstrap --variant=minbase bookworm from this machine's configured Debian mirror
#      (only the base tarball is cached, in $HERO_CI_CACHE);
#   2. a clean clone of the commit under test (HEAD of this checkout, not its working tree);
#   3. ./scripts/test.sh with HOME=/root, CI=true and a bare PATH as the only environment;
#   4. ./scripts/test.sh again without a network: it must install nothing and build nothing;
#   5. packaging/linux/test-deb.sh;
#   6. with HERO_CI_SUITE_RUNS=N (default 2: steps 3 and 4 are two runs of the suite), the suite
#      N-2 more times, to catch flaky tests;
#   7. scripts/sanitize.sh: the whole suite once more, built with ASan and UBSan in build-asan/;
#   8. scripts/fuzz.sh --seconds 60: each fuzzer for a minute, in build-fuzz/ (clang).
# Always unmounts what it mounted and never deletes a folder that still has a mount below it.
# On failure it names the step and exits non-zero. Needs root.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${HERO_CI_CACHE:-/var/cache/hero-api-explorer-ci}
runs=${HERO_CI_SUITE_RUNS:-2}
started=$(date +%s)
suite=bookworm
bare_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
step="preparing the host"
root=""
log=""

say() { echo "ci-fresh-debian: $*"; }

mounts_below() { [ -n "$root" ] && findmnt -rn -o TARGET | grep -E "^$root(/|$)" | sort -r; }

cleanup() {
    local status=$?
    set +e
    if [ -n "$root" ] && [ -d "$root" ]; then
        # Daemons the tests started (dbus, gnome-keyring) would keep /dev busy.
        for proc in /proc/[0-9]*; do
            [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -9 "${proc#/proc/}" 2>/dev/null
        done
        sleep 0.2
        local target
        while read -r target; do
            [ -n "$target" ] && { umount "$target" 2>/dev/null || umount -l "$target"; }
        done < <(mounts_below)
        if [ -n "$(mounts_below)" ]; then
            say "still mounted below $root, so it is left in place:"
            mounts_below
        else
            rm -rf "$root"
        fi
    fi
    if [ "$status" -ne 0 ]; then
        say "FAILED at step: $step"
        if [ -n "$log" ] && [ -f "$log" ]; then
            grep -E '^(install-deps|build|tests|sanitize|fuzz): FAILED|^CMake Error|Could NOT find|^[[:space:]]+[0-9]+ - |^SUMMARY: [A-Za-z]+Sanitizer|runtime error: ' "$log" \
                | head -20 | sed 's/^/  /'
        fi
    fi
    [ -n "$log" ] && rm -f "$log"
    exit "$status"
}
trap cleanup EXIT

# in_root [--offline] COMMAND: runs COMMAND (a bash line) in the clone inside the root, with
# only HOME, CI and a bare PATH set, and its output also in $log.
in_root() {
    local wrap=()
    if [ "$1" = "--offline" ]; then
        wrap=(unshare --net -- sh -c 'ip link set lo up && exec "$@"' sh)
        shift
    fi
    "${wrap[@]}" chroot "$root" /usr/bin/env -i HOME=/root CI=true PATH="$bare_path" \
        /bin/bash -c "cd /root/hero-api-explorer && $1" 2>&1 | tee "$log"
}

[ "$(id -u)" -eq 0 ] || { say "needs root (debootstrap, chroot, mount)"; exit 1; }
command -v debootstrap >/dev/null || {
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

# The Debian archives apt is configured with here: "URI SUITE COMPONENT", one a line.
mapfile -t sources < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' \
    'Identifier: Packages' "Architecture: $(dpkg --print-architecture)" | grep " $suite" | sort -u)
mirror=$(printf '%s\n' "${sources[@]}" | awk -v s="$suite" '$2 == s { print $1; exit }')
[ -n "$mirror" ] || { say "no Debian $suite archive is configured for apt on this machine"; exit 1; }

step="debootstrap"
SECONDS=0
mkdir -p "$cache"
tarball="$cache/$suite-minbase-$(dpkg --print-architecture).tgz"
# A month-old base is made anew, so the base never drifts far from the archive.
find "$cache" -name "$(basename "$tarball")" -mtime +30 -delete
if [ ! -f "$tarball" ]; then
    say "making the base tarball $tarball"
    scratch=$(mktemp -d /var/tmp/hero-ci-tarball.XXXXXX)
    debootstrap --variant=minbase --make-tarball="$tarball.part" "$suite" "$scratch" "$mirror" >/dev/null
    rm -rf "$scratch"
    mv "$tarball.part" "$tarball"
fi
root=$(mktemp -d /var/tmp/hero-ci-root.XXXXXX)
log=$(mktemp /var/tmp/hero-ci-log.XXXXXX)
debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" >/dev/null
printf 'deb %s\n' "${sources[@]}" >"$root/etc/apt/sources.list"
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# The machine's own trust anchors, as its resolver: a network that inspects TLS (this one does,
# with its egress CA) is part of the machine, not of the project. ca-certificates, installed by
# install-deps.sh, adds them to the root's store; npm needs them to reach its registry.
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -L /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
mount -t proc proc "$root/proc"
mount --bind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
commit=$(git -C "$repo" rev-parse HEAD)
git clone -q --no-hardlinks "$repo" "$root/root/hero-api-explorer"
git -C "$root/root/hero-api-explorer" checkout -q --detach "$commit"
say "fresh $suite root at $root with $commit, in ${SECONDS}s"

step="the README's test command (install, configure, build, tests)"
SECONDS=0
in_root ./scripts/test.sh
say "first run passed in ${SECONDS}s"

step="the second run (must install nothing, build nothing, need no network)"
SECONDS=0
in_root --offline ./scripts/test.sh
if grep -q '^install-deps: installing' "$log"; then
    say "the second run installed packages"
    exit 1
fi
if ! grep -q '^ninja: no work to do' "$log" || grep -qE 'Re-running CMake|^-- Configuring' "$log"; then
    say "the second run configured or built something:"
    grep -E '^\[[0-9]+/[0-9]+\] |Re-running CMake|^-- Configuring' "$log" | head -5
    exit 1
fi
say "second run passed in ${SECONDS}s: nothing installed, nothing built, no network"

step="packaging (packaging/linux/test-deb.sh)"
SECONDS=0
in_root packaging/linux/test-deb.sh
say "packaging passed in ${SECONDS}s"

# The first two runs were the suite's runs 1 and 2.
for ((run = 3; run <= runs; run++)); do
    step="the suite, run $run of $runs"
    in_root "QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j 2 --timeout 600"
    say "suite run $run of $runs passed"
done

step="the sanitizer suite (scripts/sanitize.sh: ASan, LSan and UBSan in build-asan/)"
SECONDS=0
in_root ./scripts/sanitize.sh
say "sanitizer suite passed in ${SECONDS}s (build and suite)"

step="the fuzzers (scripts/fuzz.sh --seconds 60)"
SECONDS=0
in_root "./scripts/fuzz.sh --seconds 60"
say "fuzzers passed in ${SECONDS}s (build and runs)"
say "all steps passed in $(($(date +%s) - started))s"
