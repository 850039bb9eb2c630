#!/usr/bin/env bash
# A scripted pass over the keyboard and focus rules (README, "Keyboard shortcuts") and the
# presenting rules, in a real window: Xvfb, openbox as the window manager, xdotool for
# the keys, ImageMagick for the screenshots.
#
#   scripts/real-window-check.sh [BINARY] [OUT_DIR]
#
# BINARY defaults to $CARGO_TARGET_DIR/release/defuse (else target/release/defuse);
# OUT_DIR (default: a new temporary folder) gets every screenshot, named by size and
# step, for a person to look at. A rule the script can decide from the window's
# geometry, its fullscreen state or pixels is checked, and the script exits 1 if any
# fails; the rest is only in the screenshots. Needs: Xvfb openbox xdotool xprop
# imagemagick. Runs on display :99 unless DISPLAY_NUM is set.
set -uo pipefail

BIN=${1:-${CARGO_TARGET_DIR:-target}/release/defuse}
OUT=${2:-$(mktemp -d)}
NUM=${DISPLAY_NUM:-99}
export DISPLAY=":$NUM"
SCREEN_W=1920
SCREEN_H=1080
mkdir -p "$OUT"
FAILED=0
PIDS=()

log() { printf '%s\n' "$*"; }
pass() { log "  ok    $*"; }
fail() { log "  FAIL  $*"; FAILED=1; }

cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null
	done
	wait 2>/dev/null
}
trap cleanup EXIT

[ -x "$BIN" ] || { log "no binary at $BIN (cargo build --release --bin defuse)"; exit 2; }

Xvfb "$DISPLAY" -screen 0 "${SCREEN_W}x${SCREEN_H}x24" -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS+=($!)
sleep 1.5
openbox >"$OUT/openbox.log" 2>&1 &
PIDS+=($!)
sleep 1.5

APP=""
WID=""

# Starts the app at WxH with data in $DATA; waits for its window.
launch() {
	"$BIN" --size "$1" >>"$OUT/app.log" 2>&1 &
	APP=$!
	WID=$(timeout 20 xdotool search --sync --onlyvisible --name '^Defuse$' | head -1)
	[ -n "$WID" ] || { fail "the window did not open at $1"; return 1; }
	xdotool windowactivate --sync "$WID" 2>/dev/null
	sleep 2.5
}

# Closes the app as the window manager would (Alt+F4) and waits for it to exit.
close_app() {
	xdotool windowactivate --sync "$WID" 2>/dev/null
	xdotool key --clearmodifiers alt+F4
	for _ in $(seq 1 50); do
		kill -0 "$APP" 2>/dev/null || return 0
		sleep 0.2
	done
	fail "the app did not close on Alt+F4"
	kill "$APP" 2>/dev/null
}

key() {
	xdotool windowactivate --sync "$WID" 2>/dev/null
	xdotool key --clearmodifiers "$@"
	sleep 0.8
}

type_text() {
	xdotool windowactivate --sync "$WID" 2>/dev/null
	xdotool type --delay 60 "$1"
	sleep 0.8
}

# Saves the whole screen as OUT/NAME.png.
shot() {
	import -window root "$OUT/$1.png"
}

# How many pixels differ between two screenshots (5% colour fuzz; the text cursor
# blinks and the presenter view's clock ticks, so a few hundred pixels are noise).
differ() {
	# AE comes as "123" or "1.2e+06".
	compare -metric AE -fuzz 5% "$OUT/$1.png" "$OUT/$2.png" null: 2>&1 | awk '{printf "%d", $1}'
}

same() {
	local d
	d=$(differ "$1" "$2")
	if [ "${d:-999999}" -lt 600 ]; then pass "$3 ($d px differ)"; else fail "$3 ($d px differ: $1 vs $2)"; fi
}

changed() {
	local d
	d=$(differ "$1" "$2")
	if [ "${d:-0}" -ge 600 ]; then pass "$3 ($d px differ)"; else fail "$3 (only $d px differ: $1 vs $2)"; fi
}

# The mean grey (0 black, 1 white) of the screen's middle, which the presenter view in
# its corner never covers.
centre_mean() {
	convert "$OUT/$1.png" -crop 640x360+640+260 +repage -colorspace gray -format '%[fx:mean]' info:
}

fullscreen() {
	xprop -id "$WID" _NET_WM_STATE 2>/dev/null | grep -q _NET_WM_STATE_FULLSCREEN
}

geometry() {
	xdotool getwindowgeometry "$WID" | awk '/Geometry/ {print $2}'
}

presenter_window() {
	xdotool search --onlyvisible --name 'presenter view' 2>/dev/null | head -1
}

check_size() {
	local size=$1 tag=$2
	log "== $size"
	export DEFUSE_DATA_DIR
	DEFUSE_DATA_DIR=$(mktemp -d)
	launch "$size" || return
	log "  window $(geometry) (asked for $size)"
	shot "$tag-01-home"

	# Esc on Home does nothing.
	key Escape
	shot "$tag-02-home-esc"
	same "$tag-01-home" "$tag-02-home-esc" "Esc on Home does nothing"

	# Typing on Home goes to the search box; Esc clears it and Home is as it was.
	type_text "angry"
	shot "$tag-03-search"
	changed "$tag-01-home" "$tag-03-search" "typing on Home shows search results"
	key Escape
	shot "$tag-04-search-esc"
	same "$tag-01-home" "$tag-04-search-esc" "Esc on results started on Home: Home as it was"

	# Open the card: type, Enter.
	type_text "angry"
	key Return
	shot "$tag-05-card"
	changed "$tag-03-search" "$tag-05-card" "Enter opens the first result"

	# F2 then Esc returns to the card.
	key F2
	shot "$tag-06-f2"
	changed "$tag-05-card" "$tag-06-f2" "F2 opens the safety page"
	key Escape
	shot "$tag-07-f2-esc"
	same "$tag-05-card" "$tag-07-f2-esc" "F2 then Esc returns to the card"

	# Typing on a card starts a search; Esc returns to the card.
	type_text "rude"
	shot "$tag-08-card-typing"
	changed "$tag-05-card" "$tag-08-card-typing" "typing on a card starts a search"
	key Escape
	shot "$tag-09-card-typing-esc"
	same "$tag-05-card" "$tag-09-card-typing-esc" "Esc on that search returns to the card"

	# PageDown and Space scroll the card; Home scrolls back to its top.
	key Next
	shot "$tag-10-pagedown"
	changed "$tag-05-card" "$tag-10-pagedown" "PageDown scrolls the card"
	key Home
	shot "$tag-11-home-key"
	same "$tag-05-card" "$tag-11-home-key" "Home scrolls back to the top"
	key space
	shot "$tag-12-space"
	changed "$tag-05-card" "$tag-12-space" "Space scrolls the card"
	key Home

	# Ctrl+K opens the palette; Esc closes it.
	key ctrl+k
	shot "$tag-13-palette"
	changed "$tag-05-card" "$tag-13-palette" "Ctrl+K opens the palette"
	key Escape
	shot "$tag-14-palette-esc"
	same "$tag-05-card" "$tag-14-palette-esc" "Esc closes the palette"

	# F5 presents the card fullscreen.
	local before
	before=$(geometry)
	key F5
	sleep 1.5
	shot "$tag-15-present"
	if fullscreen; then pass "F5 goes fullscreen ($(geometry))"; else fail "F5 did not go fullscreen ($(geometry))"; fi

	# B blacks the screen; Esc brings the slide back; Esc on the slide ends.
	key b
	shot "$tag-16-black"
	local mean
	mean=$(centre_mean "$tag-16-black")
	if awk "BEGIN {exit !($mean < 0.02)}"; then pass "B blacks the screen (mean $mean)"; else fail "B: mean $mean"; fi
	key Escape
	shot "$tag-17-black-esc"
	mean=$(centre_mean "$tag-17-black-esc")
	if fullscreen && awk "BEGIN {exit !($mean > 0.5)}"; then
		pass "Esc on black returns to the slide (mean $mean, still fullscreen)"
	else
		fail "Esc on black: mean $mean, fullscreen: $(fullscreen && echo yes || echo no)"
	fi
	key Escape
	sleep 1.5
	shot "$tag-18-ended"
	if fullscreen; then fail "Esc on a slide did not end the presentation"; else pass "Esc on a slide ends ($(geometry), was $before)"; fi

	# A deck: present it, move on, stop, and F5 resumes at the same slide.
	key F7
	type_text "first five"
	key Return
	shot "$tag-19-deck"
	key F5
	sleep 2
	# A deck with notes opens the presenter view, off the slide's centre (P2-6).
	local pv
	pv=$(presenter_window)
	if [ -n "$pv" ]; then
		local X Y WIDTH HEIGHT
		eval "$(xdotool getwindowgeometry --shell "$pv" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
		log "  presenter view at $X,$Y ${WIDTH}x$HEIGHT"
		if [ "$X" -le $((SCREEN_W / 2)) ] && [ $((X + WIDTH)) -ge $((SCREEN_W / 2)) ] &&
			[ "$Y" -le $((SCREEN_H / 2)) ] && [ $((Y + HEIGHT)) -ge $((SCREEN_H / 2)) ]; then
			fail "the presenter view covers the slide's centre"
		else
			pass "the presenter view leaves the slide's centre clear"
		fi
		if [ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ $((X + WIDTH)) -le "$SCREEN_W" ] && [ $((Y + HEIGHT)) -le "$SCREEN_H" ]; then
			pass "the presenter view is whole on the screen"
		else
			fail "the presenter view hangs off the screen"
		fi
	else
		fail "no presenter view for a deck with notes"
	fi
	shot "$tag-20-deck-present"
	if [ -n "$pv" ]; then
		# Raised, as the trainer would click it; its keys drive the projector too.
		xdotool windowactivate --sync "$pv" 2>/dev/null
		sleep 1
		shot "$tag-20-presenter-view"
		xdotool key --clearmodifiers Right
		sleep 1
		shot "$tag-20-presenter-next"
		changed "$tag-20-presenter-view" "$tag-20-presenter-next" "Right in the presenter view moves on"
		xdotool key --clearmodifiers Left
		sleep 0.5
	fi
	key Right
	key Right
	key Right
	shot "$tag-20-deck-slide"
	key Escape
	sleep 1.5
	if fullscreen; then fail "Esc on a deck slide did not end"; fi
	key F5
	sleep 1.5
	shot "$tag-21-deck-resumed"
	# The slide's top left, which the presenter view in its corner never covers.
	convert "$OUT/$tag-20-deck-slide.png" -crop 1000x560+0+0 +repage "$OUT/$tag-20c.png"
	convert "$OUT/$tag-21-deck-resumed.png" -crop 1000x560+0+0 +repage "$OUT/$tag-21c.png"
	changed "$tag-19-deck" "$tag-20-deck-slide" "the deck is presented"
	same "$tag-20c" "$tag-21c" "F5 resumes at the same slide"
	rm -f "$OUT/$tag-20c.png" "$OUT/$tag-21c.png"

	# Closing the app while presenting, then relaunching, opens a normal window.
	close_app
	launch "$size" || return
	shot "$tag-22-relaunch"
	if fullscreen; then fail "relaunch after closing mid-presentation is fullscreen ($(geometry))"; else pass "relaunch opens a normal window ($(geometry))"; fi
	close_app
}

check_size 420x720 s420
check_size 1280x800 s1280
check_size 1920x1080 s1920

log "screenshots: $OUT"
if [ "$FAILED" -ne 0 ]; then
	log "some checks FAILED"
	exit 1
fi
log "all checks passed"
