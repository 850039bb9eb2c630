#!/usr/bin/env bash
# The staff-room wall sheet: prints the safety deck's cards layout with headless
# Chromium and checks, for each safety card the HTML marks (data-safety), that its one
# page in the PDF carries its title, "Your numbers", the say-line label and one of its
# say lines, read from the HTML. The PDF must have exactly the HTML's pages, so page N
# of the PDF is section N of the HTML.
# Needs chromium, pdfinfo and pdftotext (poppler-utils), python3. Usage:
#   scripts/check-safety-handout.sh DEFUSE_BINARY [OUT_DIR] [DECK]
set -euo pipefail
defuse=$1
out=${2:-$(mktemp -d)}
deck=${3:-safety-and-escalation}
for paper in a4 letter; do
  html=$("$defuse" export "$out" --deck "$deck" --layout cards --paper "$paper")
  pdf="${html%.html}.pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" 2>/dev/null
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  # One line per safety page: page number, then tab-separated title, "Your numbers"
  # heading, say label, first say line.
  marks=$(python3 - "$html" "$pages" <<'PY'
import sys
from html.parser import HTMLParser

class Pages(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pages, self.cur, self.grab, self.depth = [], None, None, 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "section" and "page" in cls:
            self.cur = {"safety": a.get("data-safety"), "h1": "", "numbers": "", "label": "", "say": ""}
            self.pages.append(self.cur)
        elif self.cur is None:
            return
        elif tag == "h1":
            self.grab = "h1"
        elif tag == "h2" and not self.cur["numbers"]:
            self.grab = "h2"
        elif tag == "p" and "say" in cls and not self.cur["say"]:
            self.grab, self.depth = "say", 0
        elif tag == "b" and self.grab == "say":
            self.grab = "label"
    def handle_endtag(self, tag):
        if tag == "b" and self.grab == "label":
            self.grab = "say"
        elif tag in ("h1", "h2", "p"):
            self.grab = None
    def handle_data(self, data):
        if self.grab == "h1":
            self.cur["h1"] += data
        elif self.grab == "h2" and "numbers" in data.lower():
            self.cur["numbers"] = data
        elif self.grab == "label":
            self.cur["label"] += data
        elif self.grab == "say":
            self.cur["say"] += data

p = Pages()
p.feed(open(sys.argv[1], encoding="utf-8").read())
if len(p.pages) != int(sys.argv[2]):
    sys.exit(f"the PDF has {sys.argv[2]} pages, the HTML {len(p.pages)}: a page overflowed")
found = 0
for n, page in enumerate(p.pages, 1):
    if page["safety"]:
        found += 1
        fields = [page["h1"], page["numbers"], page["label"].strip(" :✓"), page["say"]]
        if not all(f.strip() for f in fields):
            sys.exit(f"page {n} ({page['safety']}): missing title, numbers or say line: {fields}")
        print(n, *[" ".join(f.split()) for f in fields], sep="\t")
if not found:
    sys.exit("no page is marked as a safety card (data-safety)")
PY
)
  while IFS=$'\t' read -r n title numbers label say; do
    # pdftotext wraps lines: compare with all whitespace as single spaces.
    text=$(pdftotext -f "$n" -l "$n" "$pdf" - | tr -s '[:space:]' ' ')
    for want in "$title" "$numbers" "$label" "$say"; do
      if [[ "$text" != *"$want"* ]]; then
        echo "$paper: PDF page $n lacks \"$want\": the safety card and its numbers are not on one sheet"
        exit 1
      fi
    done
    echo "$paper: page $n holds \"$title\", its numbers and the say line \"$say\""
  done <<<"$marks"
done
