#!/usr/bin/env python3
"""Recall of `name-spelling` on real copy with a misspelt surname put in.

Reads the published articles under ../shared/corpus (skips with a message when absent). In each
article it looks for people introduced with a full name (`Given Surname`, both capitalised)
whose surname is used alone later (a capitalised word equal to the surname, not right after another
capitalised word, not sentence-initial), picks one such later mention (seeded, reproducible)
and misspells it in one of four ways, each its own draft:
  double   a consonant doubled, or a doubled letter made single   (Milliband, Rosetti)
  drop     one letter after the first dropped                       (Fitzpatrik, Ragunathan)
  vowel    one vowel after the first replaced by another            (Achterburg, Mursi)
  translit a transliteration-style change: y/i/iy endings, ph/f, k/c/q, ou/u, dh/d, ai/ay (Zelenskiy, Gadhafi)
Only mentions the text shows to be a person count: a courtesy title (Mr, Mrs, Ms, Dr, Prof) right
before, or a reporting verb (said, says, told, ...) right after. The misspelt form must not occur elsewhere in the article. An injection is caught when the draft
then has a name-spelling finding overlapping the changed word that the original did not have.
Surnames of at least --min-len letters (default 5) are used: shorter names leave too little to
tell a typo from another name.

Usage: python3 bench/inject_names.py [--bin target/release/copydesk] [--corpus ../shared/corpus] [--min-len 5]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

VOWELS = "aeiou"
WORD = r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)?"
FULL = re.compile(r"(?<![\w.])(" + WORD + r") (" + WORD + r")(?![\w'’-])")
STOP = {"The", "A", "An", "In", "On", "At", "But", "And", "For", "Mr", "Mrs", "Ms", "Dr", "He", "She",
        "It", "This", "That", "New", "North", "South", "East", "West", "United", "Prime", "President",
        "Sir", "Lord", "Lady", "Prof", "Chief", "Minister", "Secretary", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "When", "If", "As", "After",
        "Leader", "Senator", "Representative", "Governor", "Judge", "House", "Senate", "Republican",
        "Republicans", "Democrat", "Democrats", "Democratic", "Labour", "Conservative", "Tory", "Liberal"}


def find_bin(explicit):
    for cand in (explicit, os.environ.get("COPYDESK"), "target/release/copydesk"):
        if cand and Path(cand).is_file():
            return str(Path(cand).resolve())
    sys.exit("inject_names.py: no copydesk binary; build it (cargo build --release) or pass --bin")


def findings(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([binary, "check", "--format", "json", path], capture_output=True, timeout=60)
        data = json.loads(out.stdout.decode() or "[]")
    finally:
        os.unlink(path)
    return [(d["byte_start"], d["byte_end"]) for d in data if d.get("rule") == "name-spelling"]


def mutate(word, kind, rng):
    w = word
    n = len(w)
    if kind == "double":
        doubled = [i for i in range(1, n - 1) if w[i] == w[i + 1]]
        if doubled:
            i = rng.choice(doubled)
            return w[:i] + w[i + 1:]
        cons = [i for i in range(1, n) if w[i].isalpha() and w[i].lower() not in VOWELS + "yhw"]
        if not cons:
            return None
        i = rng.choice(cons)
        return w[:i] + w[i] + w[i:]
    if kind == "drop":
        i = rng.randrange(1, n)
        return w[:i] + w[i + 1:]
    if kind == "vowel":
        vs = [i for i in range(1, n) if w[i] in VOWELS]
        if not vs:
            return None
        i = rng.choice(vs)
        other = rng.choice([v for v in VOWELS if v != w[i]])
        return w[:i] + other + w[i + 1:]
    if kind == "translit":
        rules = [(r"y$", "i"), (r"i$", "y"), (r"sky$", "skiy"), (r"ph", "f"), (r"f", "ph"), (r"ck", "k"),
                 (r"(?<=.)k", "c"), (r"(?<=.)c(?=[aou])", "k"), (r"ou", "u"), (r"(?<=.)u", "ou"),
                 (r"dh", "d"), (r"(?<=.)th", "t"), (r"ai", "ay"), (r"ei", "ey"), (r"(?<=.)j", "y"),
                 (r"ov$", "off"), (r"(?<=.)z", "s"), (r"(?<=.)x", "ks")]
        rng.shuffle(rules)
        for pat, rep in rules:
            if re.search(pat, w):
                return re.sub(pat, rep, w, count=1)
        return None
    raise ValueError(kind)


def sites(text, min_len):
    """(surname, [later bare mentions]) for people introduced with a full name."""
    out = {}
    for m in FULL.finditer(text):
        given, surname = m.group(1), m.group(2)
        if given in STOP or surname in STOP or len(surname) < min_len or surname.isupper():
            continue
        if surname in out:
            continue
        later = []
        for b in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])", text[m.end():]):
            s = m.end() + b.start()
            before = text[:s].rstrip(" ")
            prev = re.search(r"([\w'’.]+)$", before)
            if prev and prev.group(1)[:1].isupper() and prev.group(1).rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr", "Prof"):
                continue  # part of a longer capitalised run (another given name, a firm)
            if not before or before[-1] in ".!?\n\"“":
                continue  # sentence-initial: could be any capitalised word
            # A person, as the text shows it: a courtesy title before or a reporting verb after.
            titled = prev and prev.group(1).rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof")
            after = text[s + len(surname):s + len(surname) + 40]
            reporting = re.match(r",? (said|says|told|added|wrote|asked|argued|insisted|explained|noted)\b", after)
            if titled or reporting:
                later.append(s)
        if later:
            out[surname] = later
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))
    ap.add_argument("--min-len", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"inject_names.py: no corpus at {corpus}; skipped")
        return
    binary = find_bin(args.bin)
    rng = random.Random(args.seed)
    kinds = ["double", "drop", "vowel", "translit"]
    caught = {k: 0 for k in kinds}
    total = {k: 0 for k in kinds}
    misses = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".txt", ".md") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found = sites(text, args.min_len)
        if not found:
            continue
        surname = rng.choice(sorted(found))
        start = rng.choice(found[surname])
        base = {(s, e) for s, e in findings(binary, text)}
        for kind in kinds:
            bad = mutate(surname, kind, rng)
            if not bad or bad == surname or re.search(r"(?<!\w)" + re.escape(bad) + r"(?!\w)", text):
                continue
            draft = text[:start] + bad + text[start + len(surname):]
            bs = len(draft[:start].encode())
            be = bs + len(bad.encode())
            total[kind] += 1
            hit = any(s < be and bs < e and (s, e) not in base for s, e in findings(binary, draft))
            if hit:
                caught[kind] += 1
            else:
                ctx = draft[max(0, start - 50):start + len(bad) + 30].replace("\n", " ")
                misses.append(f"MISS {kind:<8} {path.name}: {surname} -> {bad}: ...{ctx}...")
    if args.verbose:
        print("\n".join(misses))
    print(f"{'kind':<10}{'injected':>9}{'caught':>8}{'recall':>8}")
    for k in kinds:
        r = caught[k] / total[k] if total[k] else 0
        print(f"{k:<10}{total[k]:>9}{caught[k]:>8}{r:>8.3f}")
    T, C = sum(total.values()), sum(caught.values())
    print(f"{'ALL':<10}{T:>9}{C:>8}{(C / T if T else 0):>8.3f}")


if __name__ == "__main__":
    main()
