#!/usr/bin/env bash
# Whole-process wall time of `defuse search` (by words alone, and with the sentence
# model: load it, embed the query, score every passage, fuse) against `fzf --filter`
# over the same text (every quoted string of the bundled content, one a line), with
# hyperfine. Usage: scripts/bench-search-process.sh [QUERY]
set -euo pipefail
cd "$(dirname "$0")/.."
query=${1:-customer shouting at me}
# With the examples, so the features match the release build of every target CI
# makes once (test-only dependencies turn on features of shared crates).
cargo build --release --quiet --bin defuse --examples
target=${CARGO_TARGET_DIR:-target}
text=$(mktemp)
# hyperfine truncates the file it exports to: given /dev/stdout, it emptied a log
# that CI's output was redirected to, so the table goes through a file of its own.
table=$(mktemp)
grep -rhoE '"[^"]{3,}"' content/en > "$text"
echo "$(wc -l < "$text") lines of content text for fzf"
hyperfine --warmup 3 --runs 20 --style basic --export-markdown "$table" \
  -n "fzf --filter" "fzf --filter '$query' < $text" \
  -n "defuse search --words-only" "$target/release/defuse search --words-only '$query'" \
  -n "defuse search (with the model)" "$target/release/defuse search '$query'"
cat "$table"
rm -f "$text" "$table"
