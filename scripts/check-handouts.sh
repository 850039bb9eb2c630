#!/usr/bin/env bash
# Prints each handout layout of one deck to PDF with headless Chromium, as a trainer
# would print it, and checks that the browser made exactly the pages the HTML has (a
# page that overflowed its box would add one) and that page 1 is not blank.
# Needs chromium, pdfinfo and pdftoppm (poppler-utils), python3. Usage:
#   scripts/check-handouts.sh DEFUSE_BINARY [DECK] [OUT_DIR]
set -euo pipefail
defuse=$1
deck=${2:-first-five-minutes}
out=${3:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
for paper in a4 letter; do
  for layout in cards pocket notes; do
    html=$("$defuse" export "$out" --deck "$deck" --layout "$layout" --paper "$paper")
    pdf="${html%.html}.pdf"
    # --no-sandbox: CI runs as root; the page is our own file, with no network.
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$html" 2>/dev/null
    if [ "$layout" = pocket ]; then
      expected=$(grep -o 'class="sheet"' "$html" | wc -l)
    else
      expected=$(grep -o 'class="page[ "]' "$html" | wc -l)
    fi
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    if [ "$pages" != "$expected" ]; then
      echo "$layout/$paper: the PDF has $pages pages, the HTML $expected: a page overflowed"
      exit 1
    fi
    pdftoppm -r 50 -f 1 -l 1 -png "$pdf" "${pdf%.pdf}-page"
    python3 "$here/check-png.py" "${pdf%.pdf}-page-"*1.png
    echo "$layout/$paper: $pages pages, as the HTML has; page 1 is not blank"
  done
done
