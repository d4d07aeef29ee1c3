#!/usr/bin/env python3
"""Builds given_in_use.txt: the given names of given.txt in real use that frequent.txt misses.

Source (installed with pip, pinned): wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word
frequency data CC BY-SA 4.0). A word the given-name list already calls a name needs less
evidence than any word: every listed given name (accents folded, lowercase) of Zipf frequency
>= 2.0 that neither frequent.txt nor english.txt holds (`shirin` 2.39). Two listed names of one
gender apart only in their vowels, both in use, are two names (`Sharon`, `Shirin`).

The output is a derivative of the wordfreq data and is distributed under CC BY-SA 4.0.
Usage: pip install wordfreq==3.1.1; python3 make_given_in_use.py > given_in_use.txt
"""
import unicodedata
from pathlib import Path

from wordfreq import zipf_frequency

HEADER = """\
# Listed given names in real use that frequent.txt misses (folded, lowercase, sorted): names of
# given.txt of Zipf frequency >= 2.0 in wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, data
# CC BY-SA 4.0, by Robyn Speer and contributors). Built by make_given_in_use.py.
# This file is licensed CC BY-SA 4.0 (a derivative of the wordfreq data)."""


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def words(path):
    return {l.strip() for l in path.read_text().splitlines() if l.strip() and not l.startswith("#")}


def main():
    here = Path(__file__).parent
    known = words(here / "english.txt") | words(here / "frequent.txt")
    out = set()
    for line in (here / "given.txt").read_text().splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        for name in line.split(":", 1)[1].split(","):
            f = fold(name.strip()).lower()
            if f and f not in known and zipf_frequency(f, "en") >= 2.0:
                out.add(f)
    print(HEADER)
    for w in sorted(out):
        print(w)


if __name__ == "__main__":
    main()
