#!/usr/bin/env bash
# Check a built bundle really starts: `--version`, then the app itself under Xvfb with an XEmbed
# tray host (trayer): its tray icon must appear, and choosing Quit in the tray menu must end it
# with exit code 0.
#
#   packaging/pyinstaller/check_bundle.sh [path/to/dist/pausetimer/pausetimer]
#
# Needs: xvfb trayer xdotool (Debian packages). Run inside `dbus-run-session --` to keep the app
# off the desktop's own session bus.
set -euo pipefail

BUNDLE=${1:-dist/pausetimer/pausetimer}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "check_bundle: $*" >&2; exit 1; }
wait_for() {  # wait_for SECONDS COMMAND...: retry a check every 0.2 s
    local deadline=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

[ -x "$BUNDLE" ] || fail "no bundle at $BUNDLE (make bundle)"
version=$("$BUNDLE" --version) || fail "--version failed"
echo "check_bundle: $version"

export PAUSETIMER_DATA_DIR="$WORK/data" NO_AT_BRIDGE=1 QT_QPA_PLATFORM=xcb
# Xvfb picks a free display itself and writes its number to the given file descriptor once it
# accepts clients. -noreset: by default it resets when its last client leaves (here the first
# check below), and a reset drops any client that connected meanwhile before being answered:
# "trayer: cannot open display".
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$WORK/display" \
    >"$WORK/xvfb.log" 2>&1 &
xvfb=$!
PIDS+=($xvfb)
xvfb_gone() {  # why the X server is of no use, or nothing while it runs
    kill -0 "$xvfb" 2>/dev/null && return 1
    echo "Xvfb has exited; its output: $(cat "$WORK/xvfb.log" 2>/dev/null || true)"
}
display_named() {  # the number is written with its newline: then it is whole
    [ -s "$WORK/display" ] && [ -z "$(tail -c 1 "$WORK/display")" ]
}
wait_for 20 display_named ||
    fail "Xvfb did not start within 20 s. $(xvfb_gone || echo 'It runs but named no display.')"
export DISPLAY=":$(cat "$WORK/display")"
wait_for 10 xdotool getdisplaygeometry ||
    fail "Xvfb on $DISPLAY does not answer. $(xvfb_gone || echo 'It runs.')"

# The tray host, tried a few times: one that exits (e.g. "cannot open display") or shows no panel
# is started again; giving up says what each attempt printed and whether the X server still runs.
start_tray_host() {
    local attempt tray why
    for attempt in 1 2 3; do
        trayer --edge bottom --align right --widthtype request --height 32 \
            >"$WORK/trayer-$attempt.log" 2>&1 &
        tray=$!
        PIDS+=($tray)
        panel_or_exit() { xdotool search --class trayer || ! kill -0 "$tray" 2>/dev/null; }
        wait_for 10 panel_or_exit || true
        xdotool search --class trayer >/dev/null 2>&1 && return 0
        if kill -0 "$tray" 2>/dev/null; then
            why="it showed no panel within 10 s"
            kill "$tray" 2>/dev/null || true
            wait "$tray" 2>/dev/null || true
        else
            wait "$tray" && why="it exited" || why="it exited with status $?"
        fi
        echo "check_bundle: tray host, attempt $attempt of 3: $why; its output:" >&2
        cat "$WORK/trayer-$attempt.log" >&2
        xvfb_gone >&2 && return 1
        sleep 1
    done
    return 1
}
start_tray_host || fail "the tray host (trayer) did not start on $DISPLAY; why is above"

"$BUNDLE" >"$WORK/app.log" 2>&1 &
app=$!
PIDS+=($app)
# Qt embeds the tray icon as a small window of the app's own process.
tray_icon() {
    local window width
    for window in $(xdotool search --pid "$app" 2>/dev/null); do
        width=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
        if [ -n "$width" ] && [ "$width" -le 64 ] && [ "$width" -gt 1 ]; then
            echo "$window"
            return
        fi
    done
}
has_tray_icon() { [ -n "$(tray_icon)" ]; }
wait_for 20 has_tray_icon || { cat "$WORK/app.log" >&2; fail "no tray icon appeared"; }
icon=$(tray_icon)
echo "check_bundle: tray icon is window $icon"

# Open the tray menu (right click) and choose its last entry, Quit (Up wraps to the end).
xdotool mousemove --window "$icon" 8 8 click 3
sleep 1
xdotool key Up Return
for _ in $(seq 50); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
done
kill -0 "$app" 2>/dev/null && { cat "$WORK/app.log" >&2; fail "the app did not quit from its tray menu"; }
wait "$app" || { status=$?; cat "$WORK/app.log" >&2; fail "the app exited with $status"; }
echo "check_bundle: the bundle starts, shows its tray icon and quits cleanly"
