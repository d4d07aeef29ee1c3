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

  country:  one formal title directly before a name after a country or nationality qualifier of any
            length (`French President`, `United Arab Emirates Foreign Minister`, `South Korea's
            President`) is lowercased; the qualifier's words must all be countries, places or
            nationalities (data/names/places.txt, demonyms.txt, titles.toml `countries`). Both
            modes need an earlier capitalised title of the same rank before a name when the style
            leaves such titles to the draft's habit (no style; BBC).
  reference: one later reference is put in another style's form: in BBC and WSJ copy the last
            `Mr X`/`Ms. X` of a person the draft names that way at least three times (and never
            by the bare surname) loses its courtesy title (AP's form); in Reuters copy the last
            bare later reference `X said` of a person named in full earlier gains `Mr` (BBC's
            form). Checked with the house style only (no style has no rules of reference).

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


DESCRIPTIVE = {"former", "shadow", "late", "then", "ex", "new", "newly", "incoming", "outgoing", "future"}
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
        # Titles are compared within their rank (heads of state and government, ministers, other
        # offices): the first of the same rank sets the convention.
        rank = rank_of(m.group("title"))
        first = next((x for x in ANY_FORMAL.finditer(text)
                      if x.start() >= skip and not inside_quote(text, x.start())
                      and rank_of(x.group("title")) == rank), None)
        established = first is not None and first.start() < s and first.group("title")[0].isupper()
        out.append(("lowercase", new_text, s, s + len(low), e, established))
    out += country_injection(text, skip)
    out += reference_injection(text, skip)
    return out


def before_word(text, pos):
    """The word before `pos` (`former` in `former Ukrainian president`)."""
    words = text[max(0, pos - 30):pos].split()
    return words[-1].lower() if words else ""


def country_injection(text, skip):
    cands = [m for m in COUNTRY_TITLE.finditer(text)
             if m.start() >= skip and not inside_quote(text, m.start()) and is_country(m.group("pre"))
             and m.group("title")[0].isupper() and text[m.start() - 2:m.start() - 1] not in ".!?\n"
             and not before_word(text, m.start()).startswith(("former", "ex-", "then", "late", "pro-"))]
    if not cands:
        return []
    m = cands[-1]
    s, e = m.start("title"), m.end("title")
    low = m.group("title").lower()
    new_text = text[:s] + low + text[e:]
    rank = rank_of(m.group("title"))
    established = any(x.start() < s and x.group("title")[0].isupper() and rank_of(x.group("title")) == rank
                      for x in ANY_FORMAL.finditer(text)
                      if x.start() >= skip and not inside_quote(text, x.start()))
    return [("country", new_text, s, s + len(low), e, established)]


def reference_injection(text, skip):
    """(kind, ...) for a later reference put in another style's form; `established` is None:
    checked with the house style only."""
    mentions = [m for m in LATER.finditer(text) if m.start() >= skip and not inside_quote(text, m.start())]
    for m in reversed(mentions):
        surname = m.group("s")
        same = [x for x in mentions if x.group("s") == surname]
        bare = [b for b in re.finditer(r"(?<![\w.] )(?<!\w)" + surname + r"\b", text)
                if not inside_quote(text, b.start())
                and not re.search(r"(?:Mr|Mrs|Ms|Miss)\.? $|[A-Z][\w.-]* $", text[max(0, b.start() - 20):b.start()])]
        if len(same) >= 3 and not bare and m is same[-1]:
            new_text = text[:m.start()] + text[m.start("s"):]
            return [("reference", new_text, m.start(), m.start() + len(surname), m.end(), None)]
    return []


def reuters_reference(text, skip):
    """Reuters copy: the last bare later reference `X said` of a person named in full earlier gains `Mr`."""
    cands = []
    for full in re.finditer(r"\b[A-Z][a-z]+ (?P<s>[A-Z][a-z]{2,})\b", text[skip:]):
        surname = full.group("s")
        start = skip + full.end()
        for b in re.finditer(r"(?<=[.,;] )" + surname + r"(?= (?:said|says|told|added)\b)", text[start:]):
            pos = start + b.start()
            if not inside_quote(text, pos):
                cands.append((pos, surname))
    if not cands:
        return []
    pos, surname = max(cands)
    new_text = text[:pos] + "Mr " + text[pos:]
    return [("reference", new_text, pos, pos + 3 + len(surname), pos + len(surname), None)]


TITLE_WORDS = title_words()


def lexicon_data():
    """Country words, country phrases and the rank of each title, from the data files."""
    import tomllib
    data = ROOT / "crates/copydesk-core/data"
    lex = tomllib.loads((data / "titles.toml").read_text(encoding="utf-8"))
    words = set()
    for name in ("places.txt", "demonyms.txt"):
        for line in (data / "names" / name).read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("#"):
                words.update(w.strip().lower() for w in line.split(",") if w.strip())
    phrases = set()
    for c in lex["countries"]:
        (words if " " not in c else phrases).add(c.lower())
    ranks = {}
    for f in lex["formal"]:
        ranks[f["title"].lower()] = f.get("rank", "minister" if f.get("ministerial") else "office")
    return words, phrases, ranks


COUNTRY_WORDS, COUNTRY_PHRASES, RANKS = lexicon_data()


def rank_of(title):
    t = title.lower()
    return RANKS.get(t, "minister" if t.split()[-1] in ("minister", "secretary") else "office")


def is_country(pre):
    """Whether capitalised words (the last may be possessive) name countries or nationalities."""
    words = [w for w in re.sub(r"['’]s?$", "", pre.strip()).split() if w not in ("of", "and")]
    i = 0
    while i < len(words):
        for n in (4, 3, 2):
            if " ".join(words[i:i + n]).lower() in COUNTRY_PHRASES and i + n <= len(words):
                i += n
                break
        else:
            if words[i].lower() not in COUNTRY_WORDS:
                return False
            i += 1
    return bool(words)


COUNTRY_TITLE = re.compile(r"(?<=[\s(,])(?P<pre>(?:[A-Z][\w’'-]* ){1,3})(?P<title>" + TITLES + r")\b" + NAME)
LATER = re.compile(r"\b(?P<t>Mr|Mrs|Ms|Miss)(?P<p>\.?) (?P<s>[A-Z][a-z]+)\b(?! [A-Z])")


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
        found = injections(text, args.broad)
        if source == "reuters":
            found = [x for x in found if x[0] != "reference"] + reuters_reference(text, body_start(text))
        for kind, new_text, s, e, oe, established in found:
            bs, be = len(new_text[:s].encode()), len(new_text[:e].encode())
            # The same words in the original draft, for "not already flagged there".
            obs, obe = len(text[:s].encode()), len(text[:oe].encode())
            for mode, st in (("style", style), ("consistency", None)):
                if mode == "consistency" and not established:
                    continue
                # The BBC profile leaves titles after a country to the draft's habit.
                if kind == "country" and source == "bbc" and not established:
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
