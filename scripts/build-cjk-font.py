#!/usr/bin/env python3
"""Build assets/fonts/DroidSansFallback-zh.ttf, the font the app draws Chinese with.

It is Debian's Droid Sans Fallback Full (package `fonts-droid-fallback`, Apache 2.0)
with CJK Unified Ideographs Extension A left out: 6,582 rare characters (historic
forms and a few name characters), none of them in GBK, the character set Chinese
Windows and input methods have typed for decades. They are 28% of the font's size;
every other character stays (all 20,902 unified ideographs, kana, CJK punctuation and
full-width forms), so the bytes saved go to search instead (issue 18).

Nothing is downloaded at build or run time: this script is run by hand (and by CI, to
check the committed file is what it builds). It fetches the pinned Debian package with
`apt-get download` (unpacked, not installed, so no system font hides a missing glyph
in the printed-handout check) and fontTools as a pinned pure-Python wheel from PyPI.

    python3 scripts/build-cjk-font.py --out assets/fonts/DroidSansFallback-zh.ttf
"""
import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = "fonts-droid-fallback=1:6.0.1r16-1.1"
FONT = "usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
FONT_SHA = "acb6440a713d880a13a21b468ba7cd43f5a2b2934972e51be791c880730777b8"
FONTTOOLS = ("fonttools==4.55.3", "f412604ccbeee81b091b420272841e5ec5ef68967a9790e80bffd0e30b8e2977")
# CJK Unified Ideographs Extension A: left out (see above).
LEFT_OUT = range(0x3400, 0x4DC0)


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def checked(path, sha):
    got = sha256(path)
    if got != sha:
        sys.exit(f"{path}: sha256 {got}, expected {sha}")
    return path


def source_font(tmp):
    subprocess.run(["apt-get", "download", "-q", PACKAGE], cwd=tmp, check=True)
    deb = next(Path(tmp).glob("fonts-droid-fallback_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(Path(tmp) / "x")], check=True)
    return checked(Path(tmp) / "x" / FONT, FONT_SHA)


def fonttools(tmp):
    spec, sha = FONTTOOLS
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         "--only-binary=:all:", "--platform", "any", "-d", tmp, spec],
        check=True,
    )
    wheel = checked(next(Path(tmp).glob("fonttools-*.whl")), sha)
    # A pure-Python wheel imports straight from its zip: nothing is installed.
    sys.path.insert(0, str(wheel))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = source_font(tmp)
        fonttools(tmp)
        from fontTools import subset
        from fontTools.ttLib import TTFont

        # A fixed timestamp: the file must be the same on every run.
        font = TTFont(src, recalcTimestamp=False)
        kept = [cp for cp in font.getBestCmap() if cp not in LEFT_OUT]
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.recalc_timestamp = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=kept)
        subsetter.subset(font)
        font.save(args.out)
    print(f"{args.out}: {len(kept)} characters, {Path(args.out).stat().st_size} bytes")


if __name__ == "__main__":
    main()
