#!/bin/sh
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# keyring-session.sh unlocked|activated TEST [ARGS…], run inside dbus-run-session: runs one
# keychain test against the Secret Service on this private bus, then stops whichever
# gnome-keyring-daemon served it. The daemon outlives its bus otherwise, and a daemon left
# behind by one run kept writing into the keyring folder that the next run's fixture had wiped
# and made anew, which failed that run ("Couldn't create item", "no default keyring").
set -u
case "$1" in
unlocked)
    # Unlocks the login keyring with the password "test", creating it when there is none.
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    ;;
activated) ;; # only D-Bus activation: a Secret Service with no login keyring
*)
    echo "usage: $0 unlocked|activated TEST [ARGS…]" >&2
    exit 1
    ;;
esac
shift
"$@"
status=$?
owner=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets \
    2>/dev/null | tr -cd 0-9)
if [ -n "$owner" ]; then
    kill "$owner" 2>/dev/null
    tries=0
    while kill -0 "$owner" 2>/dev/null && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
fi
exit "$status"
