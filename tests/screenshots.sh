#!/usr/bin/env bash
# Regenerates the pictures in docs/screenshots/ from real runs, after a change to papo-desk,
# the widget or the account pages:
#
#     tests/screenshots.sh [BUILD-DIR]      (default: build/test, made by ./papo.sh test)
#
# Each picture is taken by a test of the suite when PAPO_SCREENSHOT_DIR is set: the desk
# tests (tests/desk, papo-desk against the real papo-server) and the browser tests
# (tests/e2e, headless Chromium on the real papo-server). This script brings their targets up
# to date in BUILD-DIR (cmake --build does nothing when nothing changed), runs exactly those
# tests through ctest on SQLite, as ./papo.sh test does, into a scratch folder, copies the
# pictures the docs use over docs/screenshots/ and lists what changed.
#
# Desk pictures are in Portuguese where the test installs papo_pt_BR.qm (PAPO_QM_DIR);
# ctest runs the desk tests on Qt's offscreen platform, so no display or Xvfb is needed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build/test}
JOBS=${PAPO_JOBS:-$(nproc)}
SHOTS=$ROOT/docs/screenshots

# Which ctest test writes which picture (grep PAPO_SCREENSHOT_DIR in tests/desk, tests/e2e).
declare -A MAKES=(
    [desk_accounts]="desk-devices.png desk-change-password.png"
    [desk_actions]="desk-settings-action-editor.png desk-settings-actions.png"
    [desk_appearance]="desk-dark.png desk-light.png desk-preferences-language.png"
    [desk_chatbot]="desk-settings-chatbot.png desk-settings-action-scenario.png desk-settings-chatbot-refused.png"
    [desk_contactform]="desk-settings-contact-form.png desk-visitor-contact-form.png"
    [desk_conversationactions]="desk-conversation.png desk-main-window.png desk-saved-replies.png"
    [desk_groups]="desk-settings-groups.png"
    [desk_keyboardwalk]="desk-walk-1-waiting.png desk-walk-2-answered.png desk-walk-3-search.png desk-walk-4-hand-over.png"
    [desk_mainwindow]="desk-status.png"
    [desk_reportsview]="desk-reports.png"
    [desk_session]="desk-login.png"
    [desk_settingsdialog]="desk-settings-widget.png desk-settings-widget-texts.png"
    [desk_teampane]="desk-team.png desk-invite.png"
    [desk_visitorexport]="desk-visitor-export.png"
    [desk_visitorsview]="desk-visitor-panel.png desk-visitors-online.png"
    [desk_workinghoursdialog]="desk-working-hours.png"
    [e2e_chatbot]="widget-chatbot.png"
    [e2e_consent]="widget-email-consent.png"
    [e2e_contactform]="widget-contact-form.png"
    [e2e_groups]="widget-group-question.png"
    [e2e_join]="invite-page.png invite-page-joined.png"
    [e2e_targeted]="widget-targeted-card.png widget-conversation.png"
)
mapfile -t TESTS < <(printf '%s\n' "${!MAKES[@]}" | sort)
declare -A KNOWN=()
for test in "${TESTS[@]}"; do
    for name in ${MAKES[$test]}; do KNOWN[$name]=$test; done
done

if [[ ! -f $BUILD/CTestTestfile.cmake ]]; then
    echo "No test build in $BUILD. Run ./papo.sh test once first (it configures and builds" >&2
    echo "build/test), or give the build directory: tests/screenshots.sh BUILD-DIR" >&2
    exit 2
fi
BUILD=$(cd "$BUILD" && pwd)
if [[ ! -d $ROOT/tests/e2e/node_modules ]]; then
    echo "The browser tests need their tools: (cd tests/e2e && npm ci), or ./papo.sh test" >&2
    exit 2
fi

# Only what these tests run: the server (with the widget), the translations, the test GeoIP
# database of desk_visitorsview and the desk test programs.
desk_targets=()
for test in "${TESTS[@]}"; do
    [[ $test == desk_* ]] && desk_targets+=("$test")
done
echo "== Bringing papo-server and the desk tests up to date in $BUILD"
cmake --build "$BUILD" -j "$JOBS" --target papo-server papo-desk_lrelease papo_test_mmdb \
    "${desk_targets[@]}"

# Exactly these tests, on SQLite (their _postgresql twins take the same pictures).
regex="^($(IFS='|'; echo "${TESTS[*]}"))\$"
found=$(ctest --test-dir "$BUILD" -N -R "$regex" | sed -n 's/^ *Test *#[0-9]*: //p' | sort)
missing=$(comm -23 <(printf '%s\n' "${TESTS[@]}") <(printf '%s\n' "$found"))
if [[ -n $missing ]]; then
    echo "These tests are not registered in $BUILD (reconfigure it: ./papo.sh test):" >&2
    echo "$missing" >&2
    exit 2
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "== Running ${#TESTS[@]} tests with PAPO_SCREENSHOT_DIR set"
status=0
# The same sanitizer settings as ./papo.sh test. PAPO_SCREENSHOT_DIR and PAPO_QM_DIR reach
# each test through ctest's environment (the tests' own ENVIRONMENT adds to it); the path
# is absolute because the browser tests run in tests/e2e.
env PAPO_SCREENSHOT_DIR="$scratch" PAPO_QM_DIR="$BUILD/client" \
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}" \
    UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    ctest --test-dir "$BUILD" -R "$regex" --no-tests=error --output-on-failure \
    -j "$JOBS" --timeout 600 || status=$?

# Copy the pictures the docs use (those already in docs/screenshots/); say what is left.
copied=0 absent=() unused=()
for test in "${TESTS[@]}"; do
    for name in ${MAKES[$test]}; do
        if [[ ! -f $scratch/$name ]]; then
            absent+=("$name ($test)")
        elif [[ -f $SHOTS/$name ]]; then
            cp "$scratch/$name" "$SHOTS/$name"
            copied=$((copied + 1))
        else
            unused+=("$name")
        fi
    done
done
for file in "$scratch"/*.png; do
    [[ -e $file ]] || continue
    name=${file##*/}
    [[ -n ${KNOWN[$name]:-} ]] || unused+=("$name (not listed in tests/screenshots.sh)")
done
stale=()
for file in "$SHOTS"/*.png; do
    name=${file##*/}
    [[ -n ${KNOWN[$name]:-} ]] || stale+=("$name")
done

echo
echo "== $copied pictures written to docs/screenshots/"
if ((${#absent[@]})); then
    echo "Not taken (its test failed or was skipped):"
    printf '  %s\n' "${absent[@]}"
fi
if ((${#unused[@]})); then
    echo "Taken, but no page uses them (copy one into docs/screenshots/ to use it):"
    printf '  %s\n' "${unused[@]}"
fi
if ((${#stale[@]})); then
    echo "In docs/screenshots/ but made by no test (kept as they are):"
    printf '  %s\n' "${stale[@]}"
fi
echo "Changed:"
git -C "$ROOT" status --short -- docs/screenshots
exit "$status"
