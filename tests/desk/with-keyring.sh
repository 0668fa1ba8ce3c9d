#!/bin/sh
# with-keyring.sh TEST [ARGS...]: runs TEST on its own D-Bus session bus with its own unlocked
# gnome-keyring. The keyring's files live in a throw-away folder, so two keyring tests going at
# once never share a keyring file (one daemon rewriting the file another has open left that one
# waiting for an unlock prompt nobody can answer) and the user's keyring is never touched.
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/data" "$home/run"
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
dbus-run-session -- sh -c \
    'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@"
