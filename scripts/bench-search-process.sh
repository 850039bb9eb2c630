#!/usr/bin/env bash
# Whole-process wall time of `defuse search` (by words alone, and with the sentence
# model: load it, embed the query, score every passage, fuse) against `fzf --filter`
# over the same text (every quoted string of the bundled content, one a line), with
# hyperfine. Then the same with a 10,000-item pack (issue 21, written by
# examples/write_pack.rs into a temporary folder): `defuse --content PACK search` against
# fzf over the bundled and the pack's strings. The model has stored vectors for the
# bundled passages only: with the model, a pack's passages are searched by their words
# until `defuse vectors --packs` (or the app, in the background) has embedded them into
# this PC's cache; that is timed once over a smaller pack (PACK_MODEL_ITEMS, default
# 100), and the search after it.
# Usage: scripts/bench-search-process.sh [QUERY]
set -euo pipefail
cd "$(dirname "$0")/.."
query=${1:-customer shouting at me}
pack_items=${PACK_ITEMS:-10000}
pack_runs=${PACK_RUNS:-5}
model_items=${PACK_MODEL_ITEMS:-100}
# With the examples, so the features match the release build of every target CI
# makes once (test-only dependencies turn on features of shared crates).
cargo build --release --quiet --bin defuse --examples
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
text=$work/text
# hyperfine truncates the file it exports to: given /dev/stdout, it emptied a log
# that CI's output was redirected to, so the table goes through a file of its own.
table=$work/table
grep -rhoE '"[^"]{3,}"' content/en > "$text"
echo "$(wc -l < "$text") lines of content text for fzf"
hyperfine --warmup 3 --runs 20 --style basic --export-markdown "$table" \
  -n "fzf --filter" "fzf --filter '$query' < $text" \
  -n "defuse search --words-only" "$target/release/defuse search --words-only '$query'" \
  -n "defuse search (with the model)" "$target/release/defuse search '$query'"
cat "$table"

echo
echo "== with a pack of $pack_items generated items"
pack=$work/generated
"$target/release/examples/write_pack" "$pack" "$pack_items"
# The pack must load whole: a refused file would make the figures those of less text.
# Exit status 3 is warnings only (the bundled contacts have no numbers).
status=0
"$target/release/defuse" check --content "$pack" > "$work/check" || status=$?
if [ "$status" != 0 ] && [ "$status" != 3 ]; then
  cat "$work/check"
  echo "the generated pack does not pass check (exit status $status)"
  exit 1
fi
tail -n 1 "$work/check"
grep -rhoE '"[^"]{3,}"' content/en "$pack" > "$text"
echo "$(wc -l < "$text") lines of content and pack text for fzf"
hyperfine --warmup 1 --runs "$pack_runs" --style basic --export-markdown "$table" \
  -n "fzf --filter (bundled + pack text)" "fzf --filter '$query' < $text" \
  -n "defuse --content PACK search --words-only" \
  "$target/release/defuse --content $pack search --words-only '$query'"
cat "$table"

echo
echo "== with the model and the pack of $pack_items items, no vectors for it on this PC"
# Answers at once over what has vectors (the bundled passages) and says how to embed the
# rest; a data folder of its own, so the user's cache is neither read nor written.
export DEFUSE_DATA_DIR=$work/data
hyperfine --warmup 1 --runs "$pack_runs" --style basic --export-markdown "$table" \
  -n "defuse --content PACK search (with the model, nothing cached)" \
  "$target/release/defuse --content $pack search '$query'"
cat "$table"

echo
echo "== with the model and a pack of $model_items generated items: embedded once, then cached"
small=$work/small
"$target/release/examples/write_pack" "$small" "$model_items"
hyperfine --runs 1 --style basic --export-markdown "$table" \
  -n "defuse --content PACK vectors --packs ($model_items items, once)" \
  "$target/release/defuse --content $small vectors --packs"
cat "$table"
hyperfine --warmup 1 --runs "$pack_runs" --style basic --export-markdown "$table" \
  -n "defuse --content PACK search (with the model, $model_items items cached)" \
  "$target/release/defuse --content $small search '$query'"
cat "$table"
