#!/usr/bin/env python3
"""Builds english.txt: ordinary English words, for telling a misspelt common word from a name.

Sources (installed with pip, pinned below):
  wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word frequency data CC BY-SA 4.0): every
    English word of Zipf frequency >= 3.0 (once per million words or more), letters only.
  english-words 2.0.2 (MIT; the `web2` and `gcide` lists, case kept): a frequent word is kept
    only when the dictionary lists it in lowercase, directly or as an inflection of a lowercase
    entry, so that frequent proper names (`london`, `yuri`, `kyiv`) are not ordinary words.

The output is a derivative of the wordfreq data and is distributed under CC BY-SA 4.0.
Usage: pip install wordfreq==3.1.1 english-words==2.0.2; python3 make_english.py > english.txt
"""
import re

from english_words import get_english_words_set
from wordfreq import top_n_list, zipf_frequency

HEADER = """\
# Ordinary English words (lowercase, one per line): a capitalised word listed here is a common
# word, not a name, so a misspelling of it is a spell checker's business, not a name finding.
# Built by make_english.py from wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, data
# CC BY-SA 4.0, by Robyn Speer and contributors): English words of Zipf frequency >= 3.0, kept
# when the english-words 2.0.2 dictionary lists (web2, gcide; MIT) has them in lowercase.
# This file is licensed CC BY-SA 4.0 (a derivative of the wordfreq data)."""


def main():
    dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    lower = {w for w in dictionary if w.islower()}

    def listed(w):
        if w in lower:
            return True
        for suf, rep in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ied", "y"), ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"),
                         ("est", ""), ("ly", ""), ("ily", "y"), ("ers", ""), ("ers", "e"),
                         ("ings", ""), ("ings", "e"), ("ness", ""), ("ment", ""), ("ments", "")):
            if w.endswith(suf) and len(w) > len(suf) + 2 and w[: -len(suf)] + rep in lower:
                return True
        # A doubled consonant before -ed/-ing/-er (`stopped`, `running`).
        m = re.match(r"^(.*([b-df-hj-np-tv-z]))\2(ed|ing|er|ers|est)$", w)
        return bool(m and m.group(1) in lower)

    words = []
    for w in top_n_list("en", 100000):
        if not re.fullmatch(r"[a-z]+", w) or zipf_frequency(w, "en") < 3.0:
            continue
        if listed(w):
            words.append(w)
    print(HEADER)
    for w in sorted(set(words)):
        print(w)


if __name__ == "__main__":
    main()
