#!/usr/bin/env python3
"""Recall of the title rules on real copy with one title error put in.

Reads the published articles under ../shared/corpus (skips with a message when absent) and, for
each article, makes drafts with one error injected outside quotations:
  point:    one courtesy title (Mr, Mrs, Ms, Dr, Prof) gains a full point (`Mr Brown` -> `Mr. Brown`)
            or loses it (`Mr. Brown` -> `Mr Brown`); the last such title of the article is used,
            so that earlier ones have set the draft's convention.
  lowercase: one formal title directly before a name is lowercased (`said President Jacques
            Chirac` -> `said president Jacques Chirac`); the last such title after a lowercase word
            or a comma (not opening a sentence, not part of a longer title, not after `former` or
            `shadow`); for the no-style run only where an earlier capitalised title before a name
            has set the draft's convention.
Each injected draft is checked twice: with the article's own house style (BBC: `bbc`, Reuters:
`reuters`, WSJ: `nyt`, the US house style with `Mr.`), where title-style should catch it, and
with no style, where title-consistency should. An injection is caught when the injected draft has
a title-style or title-consistency finding overlapping the changed words that the original draft
did not have there.

With --broad, the lowercase injection may also pick a title after a capitalised word that is not
part of the title (`French President` -> `French president`, `Bank of England Governor` ->
`Bank of England governor`); the rules leave titles after organisations and places alone by
design, so this row measures that choice.

Usage: python3 bench/inject_titles.py [--bin target/release/copydesk] [--corpus ../shared/corpus] [--verbose] [--broad]
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE_RULES = {"title-style", "title-consistency"}
COURTESY = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof)(\.?) (?=(?!Justice\b)[A-Z][a-z])")  # `Mr Justice` is a judge
TITLES = (
    r"President|Prime Minister|Chancellor|Governor|Senator|Foreign Secretary|Home Secretary|"
    r"Health Secretary|Defence Secretary|Secretary of State|Foreign Minister|Finance Minister|"
    r"Minister|Mayor|Judge|Speaker|Ambassador|Commissioner|Representative"
)
NAME = r"(?= [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
# A title after a lowercase word or a comma: not opening a sentence, and not part of a longer
# title or a description (`Attorney General`, `Texas judge`, `former president`), which the rules
# leave alone by design.
FORMAL = re.compile(r"(?:(?<=[\s(])(?P<pre>[a-z][\w-]*) |(?<=,) )(?P<title>" + TITLES + r")\b" + NAME)
# Any formal title before a name, for the draft's established convention.
ANY_FORMAL = re.compile(r"\b(?P<title>" + TITLES + r")\b" + NAME, re.I)
# --broad: also titles after a capitalised word (`French President Jacques Chirac`,
# `Bank of England Governor Mervyn King`), except words that belong to the title itself.
FORMAL_BROAD = re.compile(r"(?<=\s)(?P<pre>[A-Z][\w.'’-]*) (?P<title>" + TITLES + r")\b" + NAME)


def title_words():
    """Capitalised words that can open a longer title (`Prime`, `Foreign`, `Deputy`), from the lexicon."""
    import tomllib
    lex = tomllib.loads((ROOT / "crates/copydesk-core/data/titles.toml").read_text(encoding="utf-8"))
    words = set()
    for f in lex["formal"]:
        words.update(f["title"].split()[:-1])
    for p in lex["compound"]["portfolios"] + lex["compound"]["prefixes"]:
        words.update(p.split())
    return words


DESCRIPTIVE = {"former", "shadow", "late", "then", "ex"}
DESCRIPTIVE_PREFIXES = ("then-", "ex-", "former-")
STYLE_OF = {"bbc": "bbc", "reuters": "reuters", "wsj": "nyt"}


def inside_quote(text, pos):
    """Whether `pos` lies inside a double-quoted quotation of its line (paragraph)."""
    start = text.rfind("\n", 0, pos) + 1
    inside = False
    for i in range(start, pos):
        c = text[i]
        if c not in '"“”':
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c == "“" or (c == '"' and (prev.isspace() or prev in "([—-") and not nxt.isspace()):
            inside = True
        elif c == "”" or (c == '"' and not prev.isspace()):
            inside = False
    return inside


def body_start(text):
    """Offset of the body: the first line (the headline) is skipped."""
    nl = text.find("\n")
    return nl + 1 if nl >= 0 else 0


def injections(text, broad=False):
    """(kind, new_text, start, new_end, old_end) of each injected draft, by character offsets."""
    out = []
    skip = body_start(text)
    cands = [m for m in COURTESY.finditer(text) if m.start() >= skip and not inside_quote(text, m.start())]
    if len(cands) >= 2:
        m = cands[-1]
        word, point = m.group(1), m.group(2)
        new = word if point else word + "."
        new_text = text[:m.start()] + new + text[m.start() + len(word) + len(point):]
        out.append(("point", new_text, m.start(), m.start() + len(new), m.start() + len(word) + len(point), True))
    cands = [m for m in FORMAL.finditer(text)
             if m.start() >= skip and not inside_quote(text, m.start()) and m.group("pre") not in DESCRIPTIVE
             and not (m.group("pre") or "").startswith(DESCRIPTIVE_PREFIXES)]
    if broad:
        skip_words = TITLE_WORDS
        cands += [m for m in FORMAL_BROAD.finditer(text)
                  if m.start() >= skip and not inside_quote(text, m.start())
                  and m.group("pre") not in skip_words and text[m.start() - 2:m.start() - 1] not in ".!?\n"]
        cands.sort(key=lambda m: m.start())
    if cands:
        m = cands[-1]
        s, e = m.start("title"), m.end("title")
        low = m.group("title").lower()
        new_text = text[:s] + low + text[e:]
        # The no-style (consistency) run needs a convention: the first formal title before a
        # name in the body is capitalised and comes earlier.
        first = next((x for x in ANY_FORMAL.finditer(text)
                      if x.start() >= skip and not inside_quote(text, x.start())), None)
        established = first is not None and first.start() < s and first.group("title")[0].isupper()
        out.append(("lowercase", new_text, s, s + len(low), e, established))
    return out


TITLE_WORDS = title_words()


def check(binary, text, style):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    cmd = [binary, "check", "--format", "json"] + (["--style", style] if style else []) + [path]
    proc = subprocess.run(cmd, capture_output=True)
    Path(path).unlink()
    findings = json.loads(proc.stdout or b"[]")
    return [x for x in findings if x["rule"] in TITLE_RULES]


def overlaps(findings, bstart, bend):
    return [f for f in findings if f["byte_start"] < bend and bstart < max(f["byte_end"], f["byte_start"] + 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(ROOT / "target/release/copydesk"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--broad", action="store_true",
                    help="also lowercase titles after a capitalised word (organisations, places, nationalities)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"skipped: {corpus} not found")
        return 0
    caught, total = defaultdict(int), defaultdict(int)
    misses = []
    for f in sorted(corpus.glob("*/*.txt")):
        source = f.name.split("-")[0]
        style = STYLE_OF.get(source)
        text = f.read_text(encoding="utf-8")
        for kind, new_text, s, e, oe, established in injections(text, args.broad):
            bs, be = len(new_text[:s].encode()), len(new_text[:e].encode())
            # The same words in the original draft, for "not already flagged there".
            obs, obe = len(text[:s].encode()), len(text[:oe].encode())
            for mode, st in (("style", style), ("consistency", None)):
                if mode == "consistency" and not established:
                    continue
                key = (source, kind, mode)
                before = overlaps(check(args.bin, text, st), obs, obe)
                if before:
                    continue  # already flagged in the published copy: not a measurable injection
                total[key] += 1
                if overlaps(check(args.bin, new_text, st), bs, be):
                    caught[key] += 1
                else:
                    line = new_text[max(0, s - 60):e + 40].replace("\n", " ")
                    misses.append(f"MISS {kind:<9} {mode:<11} {f.name}: …{line}…")
    if args.verbose:
        for m in misses:
            print(m)
    print(f"{'source':<9}{'kind':<11}{'mode':<13}{'caught':>7}{'total':>7}{'recall':>8}")
    for key in sorted(total):
        t, c = total[key], caught[key]
        print(f"{key[0]:<9}{key[1]:<11}{key[2]:<13}{c:>7}{t:>7}{c / t:>8.3f}")
    T, C = sum(total.values()), sum(caught.values())
    print(f"{'ALL':<33}{C:>7}{T:>7}{(C / T if T else 0):>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
