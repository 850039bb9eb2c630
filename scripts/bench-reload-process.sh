#!/usr/bin/env bash
# Whole-process reload of a changed pack (issue 21, goal: under a second): the app runs
# with a 10,000-item pack (examples/write_pack.rs), the pack gains a changed copy of the
# `angry` card (its title on Home), and the screen is captured until it changes. The
# time includes the watcher's 300 ms settle and one capture (ImageMagick's `import`).
# A capture and comparison take about 0.4 s here, so that is the resolution. The app's
# sentence model embeds the pack's passages on a thread meanwhile (no stored vectors).
# Needs an X display (run under xvfb-run), ImageMagick. Usage:
# scripts/bench-reload-process.sh [RUNS]
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin defuse --example write_pack
target=${CARGO_TARGET_DIR:-target}
out=$(mktemp -d)
export DEFUSE_DATA_DIR="$out/data"
pack=$out/generated
"$target/release/examples/write_pack" "$pack" 10000 >/dev/null
"$target/release/defuse" --content "$pack" --view home --size 1100x760 >/dev/null 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; rm -rf "$out"' EXIT
# Let the first frame come and the sentence model load (it starts after the first frame).
sleep 15
shot() { import -window root "$1" 2>/dev/null; }
now() { date +%s%N; }
card=$pack/en/customer-types/angry.ron
for i in $(seq "$runs"); do
  shot "$out/before.png"
  start=$(now)
  sed "s/title: \"Angry customer\"/title: \"Angry customer, changed $i\"/" \
    content/en/customer-types/angry.ron > "$out/angry.ron"
  mv "$out/angry.ron" "$card"
  changed=""
  while [ $(( ($(now) - start) / 1000000 )) -lt 30000 ]; do
    shot "$out/after.png"
    # More than a blinking text cursor's pixels: the tile's new title.
    pixels=$(compare -metric AE "$out/before.png" "$out/after.png" null: 2>&1 || true)
    if [ "${pixels%%.*}" -gt 200 ] 2>/dev/null; then
      changed=$(( ($(now) - start) / 1000000 ))
      break
    fi
  done
  echo "run $i: ${changed:-no change in 30000} ms from the write to a changed screen"
  # SHOTS=DIR keeps each run's screens, to see what changed.
  [ -z "${SHOTS:-}" ] || cp "$out/before.png" "$SHOTS/before-$i.png"
  [ -z "${SHOTS:-}" ] || cp "$out/after.png" "$SHOTS/after-$i.png"
  sleep 5
done
