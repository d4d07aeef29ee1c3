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
Three more kinds, each its own draft:
  place     a place or organisation: a capitalised word (6+ letters) written twice or more, never
            right after a courtesy title or before a reporting verb, not an ordinary English word
            (data/names/english.txt), and not part of a `Given Surname` pair; one mid-sentence
            occurrence is misspelt inside the word (a letter doubled, dropped or a vowel changed;
            the first and last letters kept, since `Texas`/`Texan` differ only in an ending)
  given     a given name in another romanisation: a later `Surname said` becomes
            `Given' Surname said`, Given' the person's given name under a transliteration rule
            (-y/-i, -ei/-ey, -ai/-ay, x/ks, ya/ia, yu/iu, kh/h); skipped when Given' is itself a
            listed given name (`Toni` is not `Tony`)
  attrib    an attributive or possessive mention: a sentence is added after the one holding the
            later mention, with the surname misspelt as `the S' government`, `S'-era` or `S''s`
            (skipped when the misspelling is an ordinary English word or a listed given name,
            which no longer reads as the person: `the Runner government`, `Colin's allies`)
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


DATA = Path(__file__).resolve().parent.parent / "crates" / "copydesk-core" / "data" / "names"


def word_list(name):
    path = DATA / name
    if not path.is_file():
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rest = line.split(":", 1)[1] if re.match(r"^[a-z-]+:", line) else line
        out.update(w.strip().lower() for w in rest.split(",") if w.strip())
    return out


ENGLISH = word_list("english.txt")
# Months, days, nationalities and other capitalised words that are not places or organisations.
NOT_PLACES = word_list("common.txt") | word_list("demonyms.txt")
GIVEN = word_list("given.txt")
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady", "President", "Senator", "Judge")
REPORTING = r",? (said|says|told|added|wrote|asked|argued|insisted|explained|noted)\b"


def mutate_inside(w, rng):
    """A letter doubled, dropped or a vowel changed, first and last letters kept."""
    inner = list(range(1, len(w) - 1))
    for _ in range(10):
        kind = rng.choice(["double", "drop", "vowel"])
        i = rng.choice(inner)
        if kind == "double" and w[i].isalpha() and w[i] != w[i - 1] and w[i] != w[i + 1]:
            return w[:i] + w[i] + w[i:]
        if kind == "drop" and w[i] != w[i - 1]:
            return w[:i] + w[i + 1:]
        if kind == "vowel" and w[i] in VOWELS:
            return w[:i] + rng.choice([v for v in VOWELS if v != w[i]]) + w[i + 1:]
    return None


def place_sites(text):
    """Capitalised words used as places or organisations: (word, [mid-sentence starts])."""
    people = {m.group(2) for m in FULL.finditer(text)} | {m.group(1) for m in FULL.finditer(text)}
    counts = {}
    for m in re.finditer(r"(?<![\w'’.-])([A-Z][a-z]{5,})(?![\w'’-])", text):
        w = m.group(1)
        before = text[:m.start()].rstrip(" ")
        prev = re.search(r"([\w'’.]+)$", before)
        if w in people or w in STOP or w.lower() in ENGLISH or w.lower() in GIVEN or w.lower() in NOT_PLACES:
            counts[w] = None
            continue
        if prev and prev.group(1).rstrip(".") in TITLES or re.match(REPORTING, text[m.end():m.end() + 40]):
            counts[w] = None
            continue
        if counts.get(w, []) is None:
            continue
        mid = bool(before) and before[-1] not in ".!?\n\"“(" and not (prev and prev.group(1)[:1].isupper())
        counts.setdefault(w, []).append((m.start(), mid))
    out = {}
    for w, occ in counts.items():
        if occ and len(occ) >= 2 and any(mid for _, mid in occ):
            if text.lower().count(w.lower()) == len(occ):  # never written in lowercase
                # A later occurrence: the first one written is the canonical form.
                out[w] = [s for s, mid in occ[1:] if mid]
    return out


def translit(given, rng):
    rules = [(r"y$", "i"), (r"(?<=[^aeiou])i$", "y"), (r"ei$", "ey"), (r"ey$", "ei"), (r"ai$", "ay"),
             (r"ay$", "ai"), (r"x", "ks"), (r"ks", "x"), (r"ia", "ya"), (r"ya", "ia"), (r"(?<=.)yu", "iu"),
             (r"iu", "yu"), (r"kh", "h")]
    rng.shuffle(rules)
    for pat, rep in rules:
        if re.search(pat, given):
            out = re.sub(pat, rep, given, count=1)
            if out.lower() not in GIVEN and len(given) >= 4:
                return out
    return None


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
    kinds = ["double", "drop", "vowel", "translit", "place", "given", "attrib"]
    caught = {k: 0 for k in kinds}
    total = {k: 0 for k in kinds}
    misses = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".txt", ".md") or not path.is_file() or path.parent == corpus:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found = sites(text, args.min_len)
        places = place_sites(text)
        if not found and not places:
            continue
        base = None
        if found:
            surname0 = rng.choice(sorted(found))
            start0 = rng.choice(found[surname0])
        for kind in kinds:
            if kind == "place":
                if not places:
                    continue
                word = surname = rng.choice(sorted(places))
                if not places[word]:
                    continue
                start = rng.choice(places[word])
                bad = mutate_inside(word, rng)
                if not bad or re.search(r"(?<!\w)" + re.escape(bad) + r"(?!\w)", text):
                    continue
                draft = text[:start] + bad + text[start + len(word):]
                bs = len(draft[:start].encode())
            elif not found:
                continue
            elif kind == "given":
                surname = rng.choice(sorted(found))
                fulls = [m for m in FULL.finditer(text) if m.group(2) == surname]
                later = [s for s in found[surname] if re.match(REPORTING, text[s + len(surname):s + len(surname) + 40])]
                if not fulls or not later:
                    continue
                g = translit(fulls[0].group(1), rng)
                if not g:
                    continue
                start = later[0]
                bad = g
                draft = text[:start] + g + " " + text[start:]
                bs = len(draft[:start].encode())
            elif kind == "attrib":
                named = sorted(n for n in found if "'" not in n and "’" not in n)
                if not named:
                    continue
                surname = rng.choice(named)
                at = found[surname][0]
                bad = mutate(surname, rng.choice(["double", "drop", "vowel"]), rng)
                if not bad or bad == surname or re.search(r"(?<!\w)" + re.escape(bad) + r"(?!\w)", text):
                    continue
                # `the Runner government`, `Colin's allies`: a common word or another given name
                # no longer reads as the person.
                if bad.lower() in ENGLISH or bad.lower() in GIVEN:
                    continue
                end = text.find(".", at)
                if end < 0:
                    continue
                form = rng.choice(["Critics of the {} government were not convinced.",
                                   "The {}-era rules stay in place.", "Yet {}'s allies were quiet."])
                added = " " + form.format(bad)
                draft = text[:end + 1] + added + text[end + 1:]
                bs = len(draft[:end + 1 + added.index(bad)].encode())
            else:
                surname, start = surname0, start0
                bad = mutate(surname, kind, rng)
                if not bad or bad == surname or re.search(r"(?<!\w)" + re.escape(bad) + r"(?!\w)", text):
                    continue
                draft = text[:start] + bad + text[start + len(surname):]
                bs = len(draft[:start].encode())
            if base is None:
                base = {(s, e) for s, e in findings(binary, text)}
            be = bs + len(bad.encode())
            start = len(draft.encode()[:bs].decode())
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
