#!/usr/bin/env python3
"""Builds frequent.txt: names in real use, for telling two names from a slip of the pen.

Source (installed with pip, pinned): wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word
frequency data CC BY-SA 4.0). Every English word of Zipf frequency >= 2.5 (about once in three
million words) of 3 to 15 letters, its accents folded, that english.txt does not list as an
ordinary word: what is left is mostly names (`luis`, `michal`, `karl`). A misspelling of a name
is rare in print (`christoper` 1.6), so two given names of one family that are both listed here
are two people's names, not one name spelt two ways.

The output is a derivative of the wordfreq data and is distributed under CC BY-SA 4.0.
Usage: pip install wordfreq==3.1.1; python3 make_frequent.py > frequent.txt
"""
import re
import unicodedata
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

HEADER = """\
# Names in real use (folded, lowercase, one per line, sorted): words of Zipf frequency >= 2.5 in
# wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0, by Robyn Speer and
# contributors) that english.txt does not list. Two given names one letter apart that are both
# here (`Louis`, `Luis`; `Michael`, `Michal`) are two names. Built by make_frequent.py.
# This file is licensed CC BY-SA 4.0 (a derivative of the wordfreq data)."""


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def main():
    here = Path(__file__).parent
    english = {
        l.strip() for l in (here / "english.txt").read_text().splitlines() if not l.startswith("#")
    }
    words = set()
    for w in iter_wordlist("en"):
        if zipf_frequency(w, "en") < 2.5:
            break
        f = fold(w)
        if re.fullmatch(r"[a-z]{3,15}", f) and f not in english and w not in english:
            words.add(f)
    print(HEADER)
    for w in sorted(words):
        print(w)


if __name__ == "__main__":
    main()
