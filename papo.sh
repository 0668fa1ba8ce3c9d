#!/usr/bin/env bash
# Papo in two commands: `./papo.sh run` builds and starts everything, `./papo.sh test` runs
# every test. Both install what is missing first (Debian 12, as root) and are idempotent.
# `./papo.sh package` makes the release .deb packages (installer/README.md).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD
JOBS=${PAPO_JOBS:-$(nproc)}

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libsodium-dev libgl-dev
    libmaxminddb-dev libyaml-cpp-dev uap-core zlib1g-dev libqt6svg6 qt6-image-formats-plugins
    qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev qt6-base-private-dev libssl-dev
    qt6-translations-l10n libcurl4-openssl-dev libsqlite3-dev libpq-dev)
# postgresql-15: the throw-away cluster of the tests' `postgresql` twins (docs/development.md);
# sqlite3 and psql (postgresql-client-15, with postgresql-15) let tests change a row directly.
# The packaging tests (tests/packaging/) make the .deb files and check them with Debian's tools.
PACKAGE_PACKAGES=(dpkg-dev lintian file)
TEST_PACKAGES=(chromium xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core clang-format git
    libmaxmind-db-writer-perl sqlite3 postgresql-15 openssl python3-aiosmtpd nginx
    "${PACKAGE_PACKAGES[@]}" appstream desktop-file-utils systemd)
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    # Node.js may come from elsewhere than Debian (with its own npm): only add it when absent.
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
    ((${#missing[@]})) || return 0
    say "Installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build DIR [cmake options...]: configures once, then builds incrementally.
build() {
    local dir=$1
    shift
    if [[ ! -f $dir/CMakeCache.txt ]]; then
        say "Configuring $dir"
        cmake -S "$ROOT" -B "$dir" -G Ninja "$@"
    fi
    say "Building $dir"
    cmake --build "$dir" -j "$JOBS"
}

install_test_tools() {
    local e2e=$ROOT/tests/e2e
    if [[ ! -d $e2e/node_modules || $e2e/package-lock.json -nt $e2e/node_modules ]]; then
        say "Installing browser-test tools (npm)"
        (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
    fi
}

run_tests() {
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build "$ROOT/build/test" -DCMAKE_BUILD_TYPE=Debug -DPAPO_SANITIZE=ON
    install_test_tools
    say "Running the tests"
    # Leak reports would come from Qt's and the system's libraries, not from ours.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        ctest --test-dir "$ROOT/build/test" --output-on-failure -j "$JOBS" --timeout 600
    # The parsers a stranger reaches, fuzzed when asked (PAPO_FUZZ_SECONDS=20 ./papo.sh test):
    # their clang build would take the fresh-clone run past its time budget (docs/security.md).
    if [[ -n ${PAPO_FUZZ_SECONDS:-} ]]; then
        install_packages "${FUZZ_PACKAGES[@]}"
        say "Fuzzing each parser for $PAPO_FUZZ_SECONDS s"
        "$ROOT/tests/fuzz/run.sh" "$ROOT/build/fuzz" "$PAPO_FUZZ_SECONDS"
    fi
}

run_papo() {
    install_packages "${BUILD_PACKAGES[@]}"
    build "$ROOT/build/release" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAPO_BUILD_TESTS=OFF
    local data=$ROOT/data port=${PAPO_PORT:-8080} credentials=$ROOT/data/owner-login.txt
    mkdir -p "$data"
    local server=$ROOT/build/release/server/papo-server
    say "Starting papo-server on port $port (data in $data)"
    "$server" --port "$port" --data-dir "$data" > >(tee "$data/server.log") 2>&1 &
    local server_pid=$!
    trap 'kill $server_pid 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
    for _ in $(seq 100); do
        grep -q "Widget snippet" "$data/server.log" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || { echo "papo-server failed to start" >&2; exit 1; }
        sleep 0.1
    done
    # The generated owner password is printed once; keep it for the next runs.
    if grep -q "Owner account created" "$data/server.log"; then
        grep "Owner account created" "$data/server.log" > "$credentials"
        chmod 600 "$credentials"
    fi
    echo
    echo "Open the demo page:  http://127.0.0.1:$port/demo"
    if [[ -f $credentials ]]; then
        echo "Log in to papo-desk: $(sed 's/.*created: //; s/ (shown.*//' "$credentials")   (kept in $credentials)"
    else
        echo "Log in to papo-desk with PAPO_OWNER_EMAIL / PAPO_OWNER_PASSWORD given at the first start"
    fi
    if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        say "Starting papo-desk"
        "$ROOT/build/release/client/papo-desk" --server "http://127.0.0.1:$port" &
    else
        echo "No display: start papo-desk on a desktop and point it at http://<this host>:$port"
    fi
    echo "Press Ctrl+C to stop."
    wait "$server_pid"
}

# Release packages (installer/README.md): papo-server and papo-desk .deb files in build/package,
# built with Debian's hardening flags and checked with lintian.
run_package() {
    install_packages "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    local dir=$ROOT/build/package
    # Debian's flags with every hardening option; --as-needed keeps libraries the binaries
    # link but never use (OpenGL through Qt's Gui target) out of Depends.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    build "$dir" -DCMAKE_BUILD_TYPE=Release -DPAPO_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS) -Wl,--as-needed"
    say "Packaging"
    rm -f "$dir"/papo-*.deb
    (cd "$dir" && cpack -G DEB)
    say "Checking with lintian (installer/README.md explains its warnings)"
    lintian --fail-on error "$dir"/papo-*.deb
    echo
    echo "Packages:"
    ls -1 "$dir"/papo-*.deb
    echo "Install with: apt install $dir/papo-server_*.deb $dir/papo-desk_*.deb"
}

case ${1:-} in
run) run_papo ;;
test) run_tests ;;
package) run_package ;;
*)
    echo "usage: ./papo.sh run | test | package" >&2
    exit 2
    ;;
esac
