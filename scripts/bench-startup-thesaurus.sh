#!/usr/bin/env bash
# Does the thesaurus slow start-up? Times `defuse --screenshot` on the home screen to its
# first frame for two release builds of HEAD: as committed, and with the thesaurus table
# emptied (its header only), alternately, and prints the medians. Needs an X display (run
# under xvfb-run). Usage: scripts/bench-startup-thesaurus.sh [RUNS]
set -euo pipefail
runs=${1:-15}
cd "$(dirname "$0")/.."
top=$(pwd)
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
out=$(mktemp -d)
trap 'git -C "$top" worktree remove --force "$out/empty" >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
export DEFUSE_DATA_DIR="$out/data"

git worktree add --quiet --detach "$out/empty" HEAD
head -n 3 assets/thesaurus/en.tsv > "$out/empty/assets/thesaurus/en.tsv"
(cd "$out/empty" && CARGO_TARGET_DIR="$target" cargo build --release --quiet --bin defuse)
cp "$target/release/defuse" "$out/without"
(cd "$out/empty" && git checkout --quiet -- assets/thesaurus/en.tsv)
(cd "$out/empty" && CARGO_TARGET_DIR="$target" cargo build --release --quiet --bin defuse)
cp "$target/release/defuse" "$out/with"

first_frame() { "$@" | sed -n 's/^first frame: \([0-9]*\) ms.*/\1/p'; }
for _ in $(seq "$runs"); do
  # Alternate the two so drift in machine load affects both alike.
  first_frame "$out/with" --screenshot "$out/w.png" --view home --size 1100x760 >> "$out/with.ms"
  first_frame "$out/without" --screenshot "$out/o.png" --view home --size 1100x760 >> "$out/without.ms"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| median of $runs runs | with the thesaurus | table emptied |"
echo "|---|---|---|"
echo "| time to first frame | $(median < "$out/with.ms") ms | $(median < "$out/without.ms") ms |"
