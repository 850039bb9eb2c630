#!/usr/bin/env bash
# Prints each handout layout of one deck to PDF with headless Chromium, as a trainer
# would print it (and the cards two-up), and checks that the browser made exactly the
# sheets the HTML has (a page that overflowed its box would add one) and that page 1
# is not blank.
# Needs chromium, pdfinfo and pdftoppm (poppler-utils), python3. Usage:
#   scripts/check-handouts.sh DEFUSE_BINARY [DECK] [OUT_DIR]
# DEFUSE_LANG=ru (or another of our languages) prints the labels in that language.
set -euo pipefail
defuse=$1
deck=${2:-first-five-minutes}
out=${3:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
for paper in a4 letter; do
  for variant in cards "cards --two-up" pocket notes roleplay; do
    read -r layout flag <<<"$variant"
    # shellcheck disable=SC2086 # $flag is empty or one flag
    html=$("$defuse" --lang "${DEFUSE_LANG:-en}" export "$out" --deck "$deck" \
      --layout "$layout" --paper "$paper" $flag)
    pdf="${html%.html}.pdf"
    # --no-sandbox: CI runs as root; the page is our own file, with no network.
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$html" 2>/dev/null
    # Cut-out cards and two-up pages come in sheets; other pages are a sheet each.
    if grep -q 'class="sheet"' "$html"; then
      expected=$(grep -o 'class="sheet"' "$html" | wc -l)
    else
      expected=$(grep -o 'class="page[ "]' "$html" | wc -l)
    fi
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    if [ "$pages" != "$expected" ]; then
      echo "$variant/$paper: the PDF has $pages pages, the HTML $expected: a page overflowed"
      exit 1
    fi
    pdftoppm -r 50 -f 1 -l 1 -png "$pdf" "${pdf%.pdf}-page"
    python3 "$here/check-png.py" "${pdf%.pdf}-page-"*1.png
    echo "$variant/$paper: $pages pages, as the HTML has; page 1 is not blank"
  done
done
