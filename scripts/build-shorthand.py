#!/usr/bin/env python3
"""Builds the chat-shorthand table, assets/shorthand/en.tsv, from a published slang list.

Workers type the way they text: "he's gonna kys", "idk what she wants", "cust says
smh". Each line of the table is `shorthand<TAB>what it stands for`, folded as the
search folds words; the search reads a typed shorthand as the words it stands for
(src/search/shorthand.rs).

Source: the noslang.com dictionary as ekphrasis 0.5.4 ships it (MIT, by Christos
Baziotis; its licence is in assets/shorthand/LICENSE-ekphrasis.txt). The list is
broad and loose, so only entries that cannot be mistaken for a word are kept:
- the shorthand folds to one word of at least two letters or digits;
- it is no English word WordNet knows (those the thesaurus already reads as words)
  and no word of our keywords or other-language lines (Malay "kena" is a word);
- it is used in English: wordfreq (3.1.1, its data CC BY-SA 4.0, used here only to
  choose, none of it is copied) has it in its English list;
- it is not a word of another language we serve, in wordfreq's lists for Romanian,
  Malay, Indonesian, Russian and Dutch (for Afrikaans, which wordfreq lacks), unless
  it is clearly more common in English (half a Zipf step): "nu" is Romanian for
  "not", "dah" Malay for "already", not "new" and "dumb as hell";
- what it stands for is one to five words and not the shorthand itself.

Regenerate after changing content (fetches three pinned wheels with pip):

    apt-get install wordnet-base             # WordNet 3.0, in /usr/share/wordnet
    python3 scripts/build-shorthand.py       # writes assets/shorthand/en.tsv

CI builds it again and fails if the committed table differs.
"""

import argparse
import ast
import gzip
import importlib.util
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EKPHRASIS = ("ekphrasis==0.5.4", "7e61b15311532e03952f63366d5314101a12e87fdab87fc9712fe1bdc6ecc846")
SLANG_FILE = "ekphrasis/dicts/noslang/slangdict.py"
# How much more common in English than in another language of ours a shorthand must
# be to be read as English there too, in Zipf steps (a factor of ten each).
ENGLISH_LEAD = 0.5
OTHER_LANGUAGES = ("ro", "ms", "id", "ru", "nl")
MAX_EXPANSION_WORDS = 5


def module(name):
    """Another script of ours, by file name (theirs have hyphens)."""
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), HERE / f"{name}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def slang_list(wheel):
    """The dictionary literal of ekphrasis's slang module, read without importing it
    (its package needs numpy, nltk and more)."""
    tree = ast.parse(wheel.read(SLANG_FILE).decode("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "slangdict" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    sys.exit(f"{SLANG_FILE}: no `slangdict` in it")


def zipf_table(wf, lang):
    """Word -> Zipf frequency, from wordfreq's bucketed list (bucket i is 10^(-i/100))."""
    import msgpack  # noqa: PLC0415 (from the wheel `main` puts on the path)

    name = f"wordfreq/data/large_{lang}.msgpack.gz"
    if name not in wf.namelist():
        name = f"wordfreq/data/small_{lang}.msgpack.gz"
    buckets = msgpack.unpackb(gzip.decompress(wf.read(name)), raw=False)[1:]
    table = {}
    for i, bucket in enumerate(buckets):
        for word in bucket:
            table.setdefault(word, 9 - i / 100)
    return table


def other_language_words(thesaurus, dirs):
    """The words of the content's keywords and other-language lines: a shorthand that
    is one of those (Malay "kena", a Romanian keyword) is a word there. English lines
    may use shorthand as workers type it ("budak wanna buy rokok"), which a typed
    "wanna" should still read as "want to"."""
    words = set()
    lists = re.compile(r"\b(keywords|heard_other_languages)\s*:\s*\[(.*?)\n\s*\]", re.S)
    for root in dirs:
        for path in sorted(Path(root).rglob("*.ron")):
            for _, body in lists.findall(path.read_text(encoding="utf-8")):
                for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
                    words.update(thesaurus.words_of(literal))
    return words


def build(slang, thesaurus, wordnet_words, content, zipf):
    table = {}
    for key, meaning in slang.items():
        words = thesaurus.words_of(key)
        if len(words) != 1 or len(words[0]) < 2 or not re.search(r"[a-z]", words[0]):
            continue
        word = words[0]
        if word in wordnet_words or word in content or word in table:
            continue
        english = zipf["en"].get(word, 0.0)
        if english == 0.0:
            continue
        other = max(zipf[lang].get(word, 0.0) for lang in OTHER_LANGUAGES)
        if other > english - ENGLISH_LEAD:
            continue
        expansion = thesaurus.words_of(meaning)
        if not 1 <= len(expansion) <= MAX_EXPANSION_WORDS or word in expansion:
            continue
        table[word] = " ".join(expansion)
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "assets/shorthand/en.tsv")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--content", action="append", help="content folder (default content/en)")
    args = ap.parse_args()
    thesaurus = module("build-thesaurus")
    model = module("build-sentence-model")
    if not Path(args.wordnet, "data.noun").exists():
        sys.exit(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base")
    wordnet_words = set()
    for lemma in thesaurus.read_index(args.wordnet):
        wordnet_words.update(thesaurus.words_of(lemma.replace("_", " ")))
    for form in thesaurus.read_exceptions(args.wordnet):
        wordnet_words.update(thesaurus.words_of(form.replace("_", " ")))
    content = other_language_words(thesaurus, args.content or [str(HERE.parent / "content/en")])
    with tempfile.TemporaryDirectory() as tmp:
        slang = slang_list(model.wheel(*EKPHRASIS, tmp))
        wf = model.wheel(*model.WORDFREQ, tmp)
        sys.path.insert(0, model.wheel(*model.MSGPACK, tmp).filename)
        zipf = {lang: zipf_table(wf, lang) for lang in ("en", *OTHER_LANGUAGES)}
    table = build(slang, thesaurus, wordnet_words, content, zipf)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Chat shorthand and what it stands for: scripts/build-shorthand.py from\n")
        f.write("# ekphrasis 0.5.4's noslang list (MIT, LICENSE-ekphrasis.txt).\n")
        for key in sorted(table):
            f.write(f"{key}\t{table[key]}\n")
    print(f"{args.out}: {len(table)} of {len(slang)} entries")


if __name__ == "__main__":
    main()
