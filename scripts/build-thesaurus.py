#!/usr/bin/env python3
"""Builds the search thesaurus, assets/thesaurus/en.tsv, from WordNet and our content.

Each line is `query word or phrase<TAB>content word [content word...]`: a word a worker
may type, and the words of the bundled guidance it means or is closely related to,
closest first. Only entries that lead to words the content uses are kept, so the table
stays small (see README.md, "Search", for its size). The app compiles the table in and
parses it on first use (src/search/thesaurus.rs).

Regenerate after changing content (stdlib only, no network):

    apt-get install wordnet-base          # WordNet 3.0, in /usr/share/wordnet
    python3 scripts/build-thesaurus.py    # writes assets/thesaurus/en.tsv

Options: --wordnet DIR (default /usr/share/wordnet), --content DIR (default content/en,
may be given more than once), --out FILE. WordNet's licence is in
assets/thesaurus/LICENSE-WordNet.txt.

What counts as related, for each sense of a word (the first few senses only, as
WordNet orders them by frequency, since rare senses are mostly noise here):
- the other words of the same synset (synonyms);
- for adjectives, the synsets it is "similar to" (livid -> angry) and "also see";
- words derivationally related to it or to its synonyms (angry -> anger);
- for verbs, the words of the hypernym one level up (yell -> shout), and the
  hyponyms one level down when the word itself is in the content;
- for nouns, what the first sense is a kind of, one level up, and two levels up as a
  second step (vodka -> booze, ~alcohol): workers name the thing, cards its class;
- irregular forms from WordNet's exception lists point where their base form points
  (swore -> swear);
- two steps away, marked `~` and scored lower by the search: for adjectives, the
  adjectives a similar one is similar to (distraught -> agitated -> emotional);
- a phrasal verb with its object between ("let someone down", typed "let them down");
- a synonym that is a phrase leads to its one telling word, as a second step
  ("mess up" is "go wrong": ~wrong).
Targets that say nothing about a situation (be, get, make, person...) are dropped.
A few colloquialisms WordNet lacks or has only in another sense are added by hand in
COLLOQUIAL and SLANG below; they are ours, not WordNet's.
"""

import argparse
import glob
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Marks a target reached in two steps ("distraught" -> "agitated" -> "emotional"), which
# the search scores below one reached in one.
SECOND_MARK = "~"
# How many of a word's senses count, most frequent first: a query word's, and the
# related word's (for which a rarer sense is rarely what the query meant).
MAX_SENSES = 3
MAX_TARGET_SENSES = 3
# A content word that this many keys lead to is a hub ("change" is the hypernym of
# hundreds of verbs): only synonyms and similar words may lead to it.
HUB = 60
# At most this many targets a key: the closest first.
MAX_TARGETS = 5
# Closeness of each relation; lower is closer.
SYNONYM, SIMILAR, DERIVED, HYPERNYM, SYNONYM_DERIVED, GLOSS, SECOND = range(7)
# A hypernym with more hyponyms than this is too general to stand for them ("feel").
MAX_HYPONYMS = 12
# A word the content does not use, and that leads to fewer than GLOSS_BELOW content
# words otherwise, also leads to the content words of its first definition ("fuming":
# "be mad, angry, or furious"), at most GLOSS_WORDS of them, if it is in common use
# (tagged in WordNet's corpus). Only nouns, verbs and adjectives the content uses fewer
# than RARE times count: a definition's common words ("something", "time") say little.
GLOSS_BELOW = 2
GLOSS_WORDS = 3
RARE = 40

# Words a search ignores (keep in step with the analyser's stop words in
# src/search/analyzer.rs) and words too general to lead anywhere useful.
STOP_WORDS = set(
    """man woman lady guy bloke gentleman men women people please
    a an the at to me my i im is are was be been her his him she he they them their
    it its of on in and or for with who what how do does did about keeps customer
    customers client clients someone person this that when so very said says say told
    will would just going has have had we you your us our hes shes theyre youre ive
    really having getting got get gets there then now up down off out away back over
    place again""".split()
)
GENERIC = set(
    """be have do get go make take give put come set let keep say tell see look know
    think want need use ask try turn run move show find leave call work play stand
    hold bring begin seem help start stop act thing way time part place case point
    one people man woman men women lot bit kind sort type form side end line face
    head hand word words day week good bad new old right well back still even more
    less much many few other same different sure real really may might can could must
    shall should also only just then than there here where now out up down off over
    under again once first last next own each every any some all both either neither
    no not nor yes ok okay mean means use used using been being got gets getting went
    gone going made makes making took taken takes gave given gives put puts came come
    comes let lets kept keeps said says told tells saw seen sees looked looks knew
    known knows thought thinks wanted wants needed needs asked asks tried tries
    turned turns ran runs moved moves showed shows found finds left leaves called
    calls worked works played plays stood stands held holds brought brings began
    begins seemed seems helped helps started starts stopped stops acted acts
    matter state area number group company system problem issue fact""".split()
)
# Placeholders in WordNet phrases, as the table spells them; at search time a pronoun
# matches them (src/search/thesaurus.rs): "make up one's mind" finds "make up her mind".
PLACEHOLDERS = {"one's": "ones", "someone's": "ones", "oneself": "oneself",
                "someone": "someone", "somebody": "someone"}
# The second words of phrasal verbs, which may follow the verb's object.
PARTICLES = {"up", "down", "off", "out", "away", "back", "over", "around", "in", "on"}
# The search tries phrases of at most this many words.
MAX_PHRASE_WORDS = 4

# Colloquial English the issue names that WordNet has only in another sense ("square
# up" there is to settle a debt, "kick off" to inaugurate). Ours, not WordNet's; keep it
# to everyday expressions, never a copy of a test query.
COLLOQUIAL = {
    "square up": "threaten aggressive fight",
    "kick off": "angry shouting",
}
# Common British and American informal words for being angry, broke or undecided that
# WordNet lacks or has only in another sense ("cross" there is first "transverse"),
# each with its meaning paraphrased from general dictionaries (Cambridge, Collins),
# where they are labelled informal or UK informal. Ours, not WordNet's; a generic
# list, not phrased from any test query.
SLANG = {
    "cross": "angry annoyed",  # angry or annoyed
    "go mental": "angry furious",  # to become extremely angry
    "pissed off": "angry annoyed",  # annoyed
    "hacked off": "angry annoyed",  # annoyed
    "cheesed off": "annoyed",  # annoyed, bored or disappointed
    "narked": "annoyed angry",  # annoyed
    "stroppy": "angry rude",  # easily annoyed and rude to other people
    "throw a wobbly": "angry upset",  # to suddenly become very angry or upset
    "lose the plot": "angry confused",  # to stop thinking or acting sensibly
    "skint": "money afford",  # having no money
    "brassic": "money afford",  # having no money
    "strapped for cash": "money afford",  # having little or no money
    "wishy-washy": "indecisive",  # lacking firm ideas or principles; irresolute
}


def fold(text):
    """Lower case without diacritics or apostrophes, as src/search/normalize.rs folds."""
    out = []
    for c in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.category(c) == "Mn" or c in "'\u2019\u02bc`":
            continue
        out.append(c)
    return "".join(out)


def words_of(text):
    """Folded words: runs of letters and digits, as the search splits them."""
    return re.findall(r"[^\W_]+", fold(text))


def content_words(dirs):
    """How often each word occurs in the strings of the content files, except ids and
    references."""
    words = Counter()
    refs = re.compile(
        r"\b(related|sources|situations|top_phrases)\s*:\s*\[[^\]]*\]"
        r"|\b(id|icon|link)\s*:\s*(Some\()?\"[^\"]*\""
    )
    for root in dirs:
        for path in glob.glob(os.path.join(root, "**", "*.ron"), recursive=True):
            with open(path, encoding="utf-8") as f:
                text = refs.sub("", f.read())
            for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', text):
                words.update(words_of(literal))
    return words


def read_index(wordnet):
    """lemma -> [(pos, [synset offsets, most frequent sense first], tagged senses)]."""
    senses = defaultdict(list)
    for pos, name in POS.items():
        with open(os.path.join(wordnet, "index." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence header
                fields = line.split()
                lemma, p_cnt = fields[0], int(fields[3])
                offsets = fields[6 + p_cnt :]
                tagged = int(fields[5 + p_cnt])
                senses[lemma].append((pos, offsets, tagged))
    return senses


def read_data(wordnet):
    """(pos, offset) -> (words, pointers, definition); pointers are (symbol, pos,
    offset, src, dst)."""
    synsets = {}
    for pos, name in POS.items():
        with open(os.path.join(wordnet, "data." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head, _, gloss = line.partition(" | ")
                fields = head.split()
                offset, count = fields[0], int(fields[3], 16)
                words = [
                    re.sub(r"\(.*\)$", "", w).lower() for w in fields[4 : 4 + 2 * count : 2]
                ]
                at = 4 + 2 * count
                p_cnt = int(fields[at])
                pointers = []
                for i in range(p_cnt):
                    sym, target, tpos, srcdst = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                    tpos = "a" if tpos == "s" else tpos
                    pointers.append((sym, tpos, target, int(srcdst[:2], 16), int(srcdst[2:], 16)))
                # The definition, without the quoted examples after it.
                definition = re.split(r'[;"]', gloss)[0]
                synsets[(pos, offset)] = (words, pointers, definition)
    return synsets


def read_exceptions(wordnet):
    """Irregular form of a verb or adjective -> base forms (swore -> swear, worse ->
    bad); irregular plurals are mostly Latin ("criteria") and rarely typed."""
    forms = defaultdict(set)
    for name in ("verb", "adj"):
        with open(os.path.join(wordnet, name + ".exc"), encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                forms[form].update(bases)
    return forms


def inflections(lemma):
    """Regular English forms of a single word, to find it in the content."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    # Derived words count too: "emotion" finds "emotional", "bereave" "bereavement".
    forms |= {lemma + end for end in ("ly", "al", "ment", "ness", "ive", "ful")}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma[:-1] + "ily"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ed"}
    return forms


def related(lemma, senses, synsets):
    """(closeness, related lemma, its synset or None) for the first senses of `lemma`."""
    found = []
    for pos, offsets, _ in senses.get(lemma, []):
        for rank, offset in enumerate(offsets[:MAX_SENSES]):
            words, pointers, definition = synsets[(pos, offset)]
            if pos == "r":
                # Adverbs lead only to the adjective they come from (angrily -> angry):
                # their synonyms are mostly intensifiers ("absolutely" -> "dead").
                found += [
                    (DERIVED, synsets[(tpos, target)][0][dst - 1], (tpos, target))
                    for sym, tpos, target, src, dst in pointers
                    if sym == "\\"
                ]
                continue
            own = [i + 1 for i, w in enumerate(words) if w == lemma]
            found += [(SYNONYM, w, (pos, offset)) for w in words if w != lemma]
            for sym, tpos, target, src, dst in pointers:
                twords = synsets[(tpos, target)][0]
                synset = (tpos, target)
                if sym == "+":
                    closeness = DERIVED if src in own else SYNONYM_DERIVED
                    found.append((closeness, twords[dst - 1], synset))
                elif sym in ("&", "^") and pos == "a":
                    found += [(SIMILAR, w, synset) for w in twords]
                    found += second_hop(synset, synsets)
                elif sym == "@" and pos == "v" and rank == 0 and specific(synset, synsets):
                    found += [(HYPERNYM, w, synset) for w in twords]
                elif sym in ("@", "@i") and pos == "n" and rank == 0:
                    # A kind of thing leads to what it is a kind of, one and two levels
                    # up (vodka -> liquor -> ~alcohol): workers name the thing, cards
                    # the class.
                    found += [(HYPERNYM, w, synset) for w in twords]
                    found += [
                        (SECOND, w, (ppos, parent))
                        for psym, ppos, parent, _, _ in synsets[synset][1]
                        if psym in ("@", "@i")
                        for w in synsets[(ppos, parent)][0]
                    ]
            if rank == 0:
                found += [(GLOSS, w, None) for w in words_of(definition)]
    return found


def second_hop(synset, synsets):
    """(SECOND, lemma, synset) for the adjectives a similar adjective is similar to, and
    the words derived from it: "distraught" is similar to "agitated", which is similar
    to "emotional"; "obnoxious" to "offensive", which also sees "disrespectful"."""
    words, pointers, _ = synsets[synset]
    found = []
    for sym, tpos, target, src, dst in pointers:
        twords = synsets[(tpos, target)][0]
        if sym == "&":
            found += [(SECOND, w, (tpos, target)) for w in twords]
    return found


def specific(synset, synsets):
    """Whether a synset has few enough hyponyms to stand for each of them."""
    return sum(1 for p in synsets[synset][1] if p[0] == "~") <= MAX_HYPONYMS


def frequent_sense(word, synset, senses):
    """Whether `synset` is among the first senses of `word`: "gun" reached through
    "accelerator" is a rare sense of gun, and a worker typing "accelerator" means none
    of our guns."""
    if synset is None:
        return True
    pos, offset = synset
    return any(
        p == pos and offset in offsets[:MAX_TARGET_SENSES] for p, offsets, _ in senses.get(word, [])
    )


def targets(lemma, senses, synsets, in_content, rare):
    """The content words `lemma` leads to, closest first, as (closeness, word)."""
    best = {}
    for closeness, other, synset in related(lemma, senses, synsets):
        if "_" in other:
            # A phrase leads to its one telling word ("go wrong": wrong, "lose one's
            # temper": temper), not to a phrase of several.
            telling = [
                w for w in other.split("_")
                if w not in GENERIC and w not in STOP_WORDS and w not in PLACEHOLDERS
            ]
            if len(telling) != 1 or telling[0] in lemma.split("_"):
                continue
            # Out of its phrase a word is ambiguous: it counts as two steps away.
            other, synset, closeness = telling[0], None, SECOND
        if other in GENERIC or other in STOP_WORDS or len(other) < 3:
            continue
        # An idiom's synonyms are what it means ("lose it": snap), however rare that
        # sense of the synonym is.
        idiom = "_" in lemma and closeness == SYNONYM
        # Two steps away, the link is between two specific senses already.
        if closeness != SECOND and not frequent_sense(other, synset, senses):
            if not idiom:
                continue
            # What an idiom means in a word's rarer sense ("pass away": exit) comes
            # after what it means in the word's usual sense ("die").
            closeness = HYPERNYM
        if other in lemma.split("_"):
            continue  # "pass away" does not lead to "pass"
        if closeness == GLOSS and (other not in rare or not lexical(other, senses)):
            continue
        word = in_content(other)
        if word and word != in_content(lemma):
            best[word] = min(best.get(word, closeness), closeness)
    direct = sorted((c, w) for w, c in best.items() if c not in (GLOSS, SECOND))
    second = sorted((c, w) for w, c in best.items() if c == SECOND)
    # A definition's words in the order it uses them: its head word comes first.
    glossed = [(c, w) for w, c in best.items() if c == GLOSS]
    # An idiom's definition is what it means ("go ballistic": "get very angry"), however
    # rarely it is used.
    common = tagged(lemma, senses) or "_" in lemma
    if in_content(lemma) or len(direct) >= GLOSS_BELOW or not common:
        glossed = []
    return direct + glossed[:GLOSS_WORDS] + second


def lexical(word, senses):
    """Whether WordNet has `word` as a noun, verb or adjective (not "because")."""
    return any(pos != "r" for pos, _, _ in senses.get(word, []))


def tagged(word, senses):
    """Whether a sense of `word` occurs in WordNet's tagged corpus: in common use."""
    return any(count > 0 for _, _, count in senses.get(word, []))


def key_of(lemma):
    """A WordNet lemma as the search folds it ("make_up_one's_mind" -> "make up ones
    mind")."""
    words = lemma.replace("_", " ").split()
    return " ".join(" ".join(words_of(PLACEHOLDERS.get(w, w))) for w in words)


def usable_key(lemma):
    words = lemma.split("_")
    if any(not re.fullmatch(r"[a-z][a-z'\-.]*", w) for w in words):
        return False
    if len(words) == 1:
        return len(lemma) >= 3 and lemma not in STOP_WORDS and lemma not in GENERIC
    if len(key_of(lemma).split()) > MAX_PHRASE_WORDS:
        return False
    # Phrases of stop words alone ("do it") would fire on half of all queries; general
    # words make idioms ("turn down").
    return any(w not in STOP_WORDS and w not in PLACEHOLDERS for w in words)


def build(wordnet, content_dirs):
    counts = content_words(content_dirs)
    content = set(counts)
    rare = {w for w, n in counts.items() if n < RARE}
    senses = read_index(wordnet)
    synsets = read_data(wordnet)
    exceptions = read_exceptions(wordnet)

    def in_content(lemma):
        """The content's form of a single-word lemma, or None."""
        if lemma in content:
            return lemma
        hits = sorted(f for f in inflections(lemma) if f in content)
        return hits[0] if hits else None

    linked = {}
    # "co-worker" is typed "coworker" too.
    for lemma in [l for l in senses if "-" in l and "_" not in l]:
        senses.setdefault(lemma.replace("-", ""), senses[lemma])
    for lemma in senses:
        # Rare nouns ("vizor") are not what a worker types; rare adjectives and verbs
        # ("wishy-washy") often are.
        rare_noun = all(pos == "n" for pos, _, _ in senses[lemma]) and not tagged(lemma, senses)
        if usable_key(lemma) and not rare_noun and not ("_" not in lemma and in_content(lemma)):
            linked[key_of(lemma)] = targets(lemma, senses, synsets, in_content, rare)
    degree = defaultdict(int)
    for found in linked.values():
        for closeness, word in found:
            degree[word] += closeness not in (GLOSS, SECOND)
    table = {}
    for key, found in linked.items():
        kept = [
            SECOND_MARK + w if c == SECOND else w
            for c, w in found
            if c in (SYNONYM, SIMILAR, GLOSS) or degree[w] < HUB
        ]
        kept = kept[:MAX_TARGETS]
        # A phrase's own words are a better guess than words two steps from it
        # ("long winded" is long, not ~verbal).
        if " " in key and all(w.startswith(SECOND_MARK) for w in kept):
            continue
        if kept:
            table[key] = kept
    for form, bases in exceptions.items():
        key = key_of(form)
        if key in table or not usable_key(form):
            continue
        merged = []
        for base in sorted(bases):
            own = [in_content(base)] if usable_key(base) and in_content(base) else []
            merged += [w for w in own + table.get(key_of(base), []) if w not in merged]
        if merged:
            table[key] = merged[:MAX_TARGETS]
    for phrase, words in {**COLLOQUIAL, **SLANG}.items():
        found = [w for w in (in_content(w) for w in words.split()) if w]
        merged = found + [w for w in table.get(key_of(phrase), []) if w not in found]
        for key in {key_of(phrase), key_of(phrase.replace("-", ""))}:
            if merged:
                table[key] = merged[:MAX_TARGETS]
    # "let them down", "turn him down": a phrasal verb with its object between.
    for key, found in list(table.items()):
        first, _, rest = key.partition(" ")
        if rest in PARTICLES and first not in STOP_WORDS:
            table.setdefault(first + " someone " + rest, found)
    # "lost it", "made up her mind": phrases whose first word is irregular.
    irregular = defaultdict(set)
    for form, bases in exceptions.items():
        for base in bases:
            irregular[base].add(form)
    for key, found in list(table.items()):
        first, _, rest = key.partition(" ")
        for form in sorted(irregular.get(first, ())) if rest else ():
            table.setdefault(form + " " + rest, found)
    return table


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--content", action="append")
    parser.add_argument("--out", default=os.path.join(root, "assets", "thesaurus", "en.tsv"))
    args = parser.parse_args()
    dirs = args.content or [os.path.join(root, "content", "en")]
    if not os.path.exists(os.path.join(args.wordnet, "data.noun")):
        sys.exit(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base")
    table = build(args.wordnet, dirs)
    table = {k: v for k, v in table.items() if len(k.split()) <= MAX_PHRASE_WORDS}
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# Search thesaurus: query word or phrase, then the content words it leads to.\n"
            "# Made by scripts/build-thesaurus.py from WordNet 3.0 (see LICENSE-WordNet.txt)\n"
            "# and the bundled content; do not edit by hand.\n"
        )
        for key in sorted(table):
            f.write(key + "\t" + " ".join(table[key]) + "\n")
    size = os.path.getsize(args.out)
    print(f"{args.out}: {len(table)} entries, {size} bytes")


if __name__ == "__main__":
    main()
