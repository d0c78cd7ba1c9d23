#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
#
# Builds the .deb and .rpm from ./build (or $HERO_BUILD_DIR) with CPack, installs the .deb on
# this machine with apt-get, runs the three installed programs, validates the installed
# desktop file and AppStream metainfo, removes the package and checks nothing is left.
# Needs root (or sudo) for apt-get. Never leaves the package installed, even on failure.
# Ends with "packaging: N passed, M failed"; exits non-zero if anything failed.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${HERO_BUILD_DIR:-$root/build}"
out="$build/packages"
package=hero-api-explorer
app_id=io.github.hero_api_explorer.HeroApiExplorer
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
# check DESCRIPTION COMMAND...: runs the command, counts the result.
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
    echo "packaging: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

installed() { dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; }
not_installed() { ! installed; }
remove_package() { $SUDO apt-get remove -y -qq "$package" >/dev/null; }

scratch=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
    if installed; then
        echo "test-deb: removing $package left installed by an aborted run"
        remove_package
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A package left behind by an earlier, killed run would hide what this run installs.
if installed; then
    echo "test-deb: $package is installed from an earlier run; removing it first"
    remove_package
fi

# --- build -----------------------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || {
        fail "configure $build"
        finish
    }
fi
# A build directory configured before packaging/packaging.cmake existed has no CPack config.
if [ ! -f "$build/CPackConfig.cmake" ]; then
    cmake "$build" >/dev/null || {
        fail "reconfigure $build"
        finish
    }
fi
if cmake --build "$build" -j 2 --target hero-explorer hero-cli hero-sandbox; then
    pass "build hero-explorer, hero-cli, hero-sandbox"
else
    fail "build hero-explorer, hero-cli, hero-sandbox"
    finish
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

# --- DEB -------------------------------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out"
if ! (cd "$build" && cpack -G DEB -B "$out" >"$scratch/cpack-deb.log" 2>&1); then
    cat "$scratch/cpack-deb.log"
    fail "cpack -G DEB"
    finish
fi
deb=$(ls "$out"/${package}_*.deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
    fail "cpack -G DEB produced no ${package}_*.deb in $out"
    finish
fi
pass "cpack -G DEB: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libsecret-1-0 qt6-qpa-plugins libqt6core6 libqt6widgets6; do
    check "Depends names $dep" grep -qE "(^|, )$dep( |,|$)" <<<"$depends"
done
check "Recommends a Secret Service provider" \
    grep -q 'gnome-keyring' <<<"$(dpkg-deb -f "$deb" Recommends)"
check "package version is the project version $version" \
    test "$(dpkg-deb -f "$deb" Version)" = "$version"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents"
expected_files=(
    /usr/bin/hero-explorer /usr/bin/hero-cli /usr/bin/hero-sandbox
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/icons/hicolor/16x16/apps/$app_id.png"
    "/usr/share/icons/hicolor/512x512/apps/$app_id.png"
    "/usr/share/doc/$package/LICENSE"
)
for file in "${expected_files[@]}"; do
    check "package contains $file" grep -qxF "$file" "$scratch/contents"
done
check "package contains no tests, benchmarks or static libraries" \
    bash -c '! grep -E "/tst_|/bench|\.a$|/include/" "$1"' _ "$scratch/contents"

# --- install and run -------------------------------------------------------------------------
if ! $SUDO apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" \
    >"$scratch/apt.log" 2>&1; then
    cat "$scratch/apt.log"
    fail "apt-get install ./$(basename "$deb")"
    finish
fi
pass "apt-get install ./$(basename "$deb")"

for exe in hero-explorer hero-cli hero-sandbox; do
    check "/usr/bin/$exe resolves all its libraries" \
        bash -c '! ldd "$1" | grep -q "not found"' _ "/usr/bin/$exe"
done

check "hero-cli --version prints $version" \
    grep -qx "hero-cli $version" <<<"$(/usr/bin/hero-cli --version 2>&1)"

# hero-sandbox: start on a free port, get an answer, stop cleanly on SIGTERM.
/usr/bin/hero-sandbox --port 0 >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
base_url=
for _ in $(seq 1 100); do
    base_url=$(sed -n 's/^hero-sandbox listening on //p' "$scratch/sandbox.out")
    [ -n "$base_url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -n "$base_url" ]; then
    pass "hero-sandbox started at $base_url"
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${base_url%/}/v1/me")
    check "hero-sandbox answers an unauthenticated request with 401 (got $status)" \
        test "$status" = 401
    kill -TERM "$sandbox_pid"
    wait "$sandbox_pid"
    code=$?
    check "hero-sandbox stops cleanly on SIGTERM (exit $code)" test "$code" -eq 0
else
    cat "$scratch/sandbox.out"
    fail "hero-sandbox started"
    kill "$sandbox_pid" 2>/dev/null
    wait "$sandbox_pid" 2>/dev/null
fi
sandbox_pid=

# The explorer, offscreen, with a throw-away home so no user settings are read or written.
mkdir -p "$scratch/home"
if HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" \
    QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/hero-explorer --quit-after 500 \
    >"$scratch/explorer.log" 2>&1; then
    pass "QT_QPA_PLATFORM=offscreen hero-explorer --quit-after 500 exits 0"
else
    code=$?
    cat "$scratch/explorer.log"
    fail "QT_QPA_PLATFORM=offscreen hero-explorer --quit-after 500 (exit $code)"
fi

check "desktop-file-validate on the installed .desktop file" \
    desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net on the installed metainfo" \
    appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
check "the .desktop Icon= names an installed icon" \
    test -f "/usr/share/icons/hicolor/scalable/apps/$(sed -n 's/^Icon=//p' \
        "/usr/share/applications/$app_id.desktop").svg"

# --- remove ----------------------------------------------------------------------------------
check "apt-get remove -y $package" remove_package
check "$package is no longer installed" not_installed
left=()
while read -r path; do
    [ -n "$path" ] && [ ! -d "$path" ] && [ -e "$path" ] && left+=("$path")
done < <(grep -v '/$' "$scratch/contents")
if ((${#left[@]})); then
    fail "files left after removal: ${left[*]}"
else
    pass "every packaged file is gone after removal"
fi

# --- RPM (built and inspected only: this machine cannot install it) --------------------------
if command -v rpmbuild >/dev/null; then
    if (cd "$build" && cpack -G RPM -B "$out" >"$scratch/cpack-rpm.log" 2>&1); then
        rpm_file=$(ls "$out"/${package}-*.rpm 2>/dev/null | head -n 1)
        if [ -n "$rpm_file" ]; then
            pass "cpack -G RPM: $(basename "$rpm_file")"
            requires=$(rpm -qpR "$rpm_file" 2>/dev/null)
            check "rpm -qpR lists libsecret" grep -qx 'libsecret' <<<"$requires"
            check "rpm -qpR lists libQt6Core" grep -q '^libQt6Core' <<<"$requires"
            check "rpm contains /usr/bin/hero-explorer" \
                grep -qx /usr/bin/hero-explorer <<<"$(rpm -qpl "$rpm_file" 2>/dev/null)"
            check "rpm does not own shared directories" \
                bash -c '! grep -qxE "/usr/share/(applications|metainfo|icons/hicolor)" <<<"$1"' _ \
                "$(rpm -qpl "$rpm_file" 2>/dev/null)"
        else
            fail "cpack -G RPM produced no ${package}-*.rpm"
        fi
    else
        cat "$scratch/cpack-rpm.log"
        fail "cpack -G RPM"
    fi
else
    fail "rpmbuild is missing (Debian package rpm, see scripts/install-deps.sh)"
fi

finish
