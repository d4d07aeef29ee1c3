#!/usr/bin/env python3
"""Recall of the quotation rules on real copy with errors put in.

Reads the published articles under ../shared/corpus (skips with a message when absent), and for
each article makes drafts with one error injected:
  unattributed-quote: a full-sentence quotation whose trailing attribution (`"...," X said.` /
      `"...," said X.` / `"...?" she asked.`) is the only cue in its paragraph loses it
      (`"...."`). Counted where the SPEC says the result is unattributed: the paragraph before
      does not end with a colon and holds no cue (the engine's cue list, data/cues.txt); where the
      paragraph before does hold a cue, the quote is attributed by context (case 4) and the
      injection is measured with `quotes.strict = true` instead, as its own row.
  verb swapped (no finding expected): in the same kind of quotation the attribution's reporting
      verb is swapped for another (`said` -> `conceded`, `beamed`, `volunteered`, ...; some
      listed, some not): it must stay attributed, so any new unattributed-quote finding in the
      paragraph is a false alarm.
  verb negated (unattributed-quote): the attribution becomes a negated sentence of its own
      (`"...," X said.` -> `"...." X did not say more.`, `declined to comment`, ...): the quote
      must become unattributed. Counted like the removed kind (context rows in strict mode).
  unbalanced-quote: one closing quotation mark is deleted; counted only where the quotation is
      not left open before a paragraph that opens with a mark (a running quotation). Its fixes
      are held to the original: how often one of them puts the mark back where it was, and how
      often a fix marked safe puts it anywhere else (must be never).
An injection is caught when the injected draft has a finding of the rule inside the touched
paragraph that the original draft did not have there.

Usage: python3 bench/inject_quotes.py [--bin target/release/copydesk] [--corpus ../shared/corpus]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "crates/copydesk-core/data"


def _vowel(c):
    return c in "aeiou"


def _doubles(v, marked):
    b = v.replace("qu", "qw")
    if len(b) < 3 or b[-1] in "wxy" or _vowel(b[-1]):
        return False
    groups = sum(1 for i, c in enumerate(b) if _vowel(c) and (i == 0 or not _vowel(b[i - 1])))
    return _vowel(b[-2]) and not _vowel(b[-3]) and (marked or groups == 1)


def inflect(head, marked=False, irregular=()):
    """(bare, -s, -ing, [pasts]) of a verb, as the engine generates them (cues.rs)."""
    d = _doubles(head, marked)
    if d and head.endswith("z"):
        third = head + "zes"
    elif head.endswith(("s", "x", "z", "o", "ch", "sh")):
        third = head + "es"
    elif head.endswith("y") and not _vowel(head[-2]):
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head.endswith("ie"):
        ing = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        ing = head[:-1] + "ing"
    else:
        ing = head + (head[-1] if d else "") + "ing"
    if irregular:
        pasts = list(irregular)
    elif head.endswith("e"):
        pasts = [head + "d"]
    elif head.endswith("y") and not _vowel(head[-2]):
        pasts = [head[:-1] + "ied"]
    else:
        pasts = [head + (head[-1] if d else "") + "ed"]
    return head, third, ing, pasts


def load_verbs():
    """lemma -> (forms, pasts, flags) from data/reporting_verbs.txt."""
    verbs = {}
    for line in (DATA / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        flags = ""
        while line[-1] in "~@>^":
            flags += line[-1]
            line = line[:-1].rstrip()
        head, _, irr = line.partition(":")
        irregular = [f.strip() for f in irr.split(",") if f.strip()]
        first, _, tail = head.strip().partition(" ")
        marked = first.endswith("+")
        first = first.rstrip("+")
        bare, third, ing, pasts = inflect(first, marked, irregular)
        suffix = " " + tail if tail else ""
        verbs[first + suffix] = ([f + suffix for f in (bare, third, ing, *pasts)], [p + suffix for p in pasts], flags)
    return verbs


VERBS = load_verbs()
FORM_LEMMA = {f: l for l, (forms, _, _) in VERBS.items() for f in forms if " " not in l}


def load_cues():
    """The engine's cues as data, read generously so that no injection is counted where the
    engine may rightly find another attribution: every form of every reporting verb (those the
    engine reads only beside a quotation too, since a quotation attributed by its own sentence
    attributes the rest of its paragraph), and the phrases of data/cues.txt."""
    forms = []
    for lemma, (fs, pasts, flags) in VERBS.items():
        forms += fs
    for line in (DATA / "cues.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip().startswith("#"):
            forms += [f.strip() for f in line.split(",") if f.strip()]
    forms.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w'-])", re.I)


# Swaps: past forms, some listed as lemmas and some not (any verb beside a speaker attributes).
SWAPS = ["conceded", "recalled", "insisted", "remarked", "concurred", "explained", "beamed",
         "volunteered", "countered", "mused", "reasoned", "cautioned", "sniffed", "offered",
         "observed", "acknowledged", "agreed", "shrugged", "ventured", "grumbled"]
SWAPS_S = ["concedes", "recalls", "insists", "remarks", "notes", "explains", "admits", "adds",
           "writes", "remembers", "agrees", "muses"]
# Negations of a lemma: the quotation's attribution becomes a sentence that reports nothing.
NEGATIONS = ["did not {v} more", "would not {v} more", "declined to {v} more",
             "refused to {v} more", "has yet to {v} more", "did not {v} anything else"]


CUE = load_cues()
OPENERS = "\"“"
# A quotation closed with a comma (or ? !) and followed by a short trailing attribution
# clause that ends the sentence: `"…," said Ms Lee.` / `"…?" he asked.` / `"…," she added.`
TAGGED = re.compile(
    r'(?P<open>["“])(?P<body>[A-Z][^"“”]{15,}?)(?P<p>[,?!])(?P<close>["”])'
    r"(?P<att>\s+[^.\"“”?!]{2,70}?\.)(?=\s|$)"
)


def paragraphs(text):
    """(start, end) byte ranges of blank-line separated paragraphs."""
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text.rstrip("\n"))))
    return out


STRICT = None  # path of a config file with quotes.strict = true, made in main()


def run(binary, text, suffix, strict=False):
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, encoding="utf-8") as f:
        f.write(text)
        name = f.name
    try:
        extra = ["--config", STRICT] if strict else []
        p = subprocess.run([binary, "check", "--format", "json", *extra, name], capture_output=True, timeout=60)
        return json.loads(p.stdout.decode() or "[]")
    finally:
        os.unlink(name)


def findings_in(findings, rule, start, end, text):
    """Finding counts of `rule` inside a paragraph, keyed by character offsets in `text`."""
    b = text.encode()
    bstart, bend = len(text[:start].encode()), len(text[:end].encode())
    return sum(1 for f in findings if f["rule"] == rule and bstart <= f["byte_start"] < bend + 1)


def apply_fix(text, fix):
    """The text with a fix's byte edits applied."""
    b = text.encode()
    for e in sorted(fix["edits"], key=lambda e: e["byte_start"], reverse=True):
        b = b[: e["byte_start"]] + e["replacement"].encode() + b[e["byte_end"]:]
    return b.decode()


def held_to_original(found, new, text, stats):
    """Counts, for the new unbalanced-quote findings, whether a fix restores `text`."""
    fixes = [x for f in found for x in f.get("fixes", [])]
    right = [apply_fix(new, x) == text for x in fixes]
    stats["unbalanced fix: original restored"][0] += 1
    stats["unbalanced fix: original restored"][1] += any(right)
    safe = [r for x, r in zip(fixes, right) if x.get("safe")]
    stats["unbalanced fix: safe but wrong"][0] += 1
    stats["unbalanced fix: safe but wrong"][1] += any(not r for r in safe)
    return any(not r for r in safe)


def candidates(text, paras, per_file):
    """(paragraph index, match, strict) of tagged quotations whose trailing attribution is the
    only cue of their paragraph, at most `per_file` of them."""
    out = []
    for i, (s, e) in enumerate(paras):
        if len(out) >= per_file or i == 0:
            continue
        para = text[s:e]
        for m in TAGGED.finditer(para):
            att = m.group("att")
            if not CUE.search(att) or len(att.split()) > 9:
                continue
            rest = para[: m.start()] + para[m.end():]
            if CUE.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", rest)):
                continue  # another cue in the paragraph still attributes it
            ps, pe = paras[i - 1]
            prev = text[ps:pe]
            if prev.rstrip().endswith(":"):
                continue  # a colon paragraph introduces it (SPEC case 3)
            if m.start() == 0 and (prev.count('"') % 2 == 1 or prev.count("“") > prev.count("”")):
                continue  # it continues a running quotation (SPEC case 2)
            # With a cue in the paragraph before, the quote is attributed by context (case 4)
            # unless quotes.strict is on: measure those in strict mode.
            strict = bool(CUE.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", prev)))
            out.append((i, m, strict))
            break
    return out


def swapped(att, n):
    """The attribution with its reporting verb swapped for another, or None."""
    for c in CUE.finditer(att):
        form = c.group(0).lower()
        lemma = FORM_LEMMA.get(form)
        if lemma is None:
            continue
        _, pasts, _ = VERBS[lemma]
        if form in pasts:
            pool = SWAPS
        elif form == inflect(lemma)[1]:
            pool = SWAPS_S
        else:
            return None
        new = [v for v in pool if v != form][n % (len(pool) - 1)]
        return att[: c.start()] + new + att[c.end():]
    return None


def negated(att, n):
    """`Speaker did not say more.` from `" said Speaker."` / `" Speaker said."`, or None."""
    c = next((c for c in CUE.finditer(att) if c.group(0).lower() in FORM_LEMMA), None)
    if c is None:
        return None
    lemma = FORM_LEMMA[c.group(0).lower()]
    before, after = att[: c.start()].strip(), att[c.end():].strip().rstrip(".")
    speaker = before if before else after.split(",")[0]
    if not speaker or len(speaker.split()) > 6:
        return None
    speaker = speaker[0].upper() + speaker[1:]
    return " " + speaker + " " + NEGATIONS[n % len(NEGATIONS)].format(v=lemma) + "."


def inject_attribution(a, path, text, paras, stats):
    """The three kinds of attribution injection on one article."""
    for n, (i, m, strict) in enumerate(candidates(text, paras, a.per_file)):
        s, e = paras[i]
        att = m.group("att")
        sfx = " (strict)" if strict else ""
        base = run(a.bin, text, path.suffix, strict)
        if findings_in(base, "unbalanced-quote", s, e, text):
            continue  # only well-formed paragraphs (the BBC files merge some paragraphs)
        before = findings_in(base, "unattributed-quote", s, e, text)
        qs = s + m.start()
        punct = "." if m.group("p") == "," else m.group("p")
        closed = m.group("open") + m.group("body") + punct + m.group("close")
        tagged = m.group("open") + m.group("body") + m.group("p") + m.group("close")
        kinds = [("unattributed-quote" + sfx, closed, True)]
        neg = negated(att, n)
        if neg is not None:
            kinds.append(("negated verb" + sfx, closed + neg, True))
        swap = swapped(att, n)
        if swap is not None:
            kinds.append(("swapped verb: false alarms" + sfx, tagged + swap, False))
        for key, replacement, expect in kinds:
            new = text[:qs] + replacement + text[s + m.end():]
            end = e + len(new) - len(text)
            got = run(a.bin, new, path.suffix, strict)
            after = findings_in(got, "unattributed-quote", s, end, new)
            stats[key][0] += 1
            flagged = after > before
            if flagged:
                stats[key][1] += 1
            if a.verbose and flagged != expect:
                what = "MISS" if expect else "FALSE ALARM"
                print(f"{what} {key} {path.name}: {new[qs:qs + len(replacement)][-160:]!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/copydesk")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--per-file", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing to measure")
        return 0
    if not Path(a.bin).is_file():
        sys.exit(f"no binary at {a.bin}: cargo build --release first")
    global STRICT
    stats = {k: [0, 0] for k in (
        "unattributed-quote", "unattributed-quote (strict)",
        "negated verb", "negated verb (strict)",
        "swapped verb: false alarms", "swapped verb: false alarms (strict)",
        "unbalanced-quote", "unbalanced fix: original restored",
        "unbalanced fix: safe but wrong")}
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write("[quotes]\nstrict = true\n")
        STRICT = f.name
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras = paragraphs(text)
        base = None
        inject_attribution(a, path, text, paras, stats)
        # unbalanced-quote
        done = 0
        for i, (s, e) in enumerate(paras):
            if done >= a.per_file:
                break
            para = text[s:e]
            closers = [m.start() for m in re.finditer(r"[”]|(?<=[\w.,?!])\"(?=[\s,.;:?!)]|$)", para)]
            if not closers:
                continue
            c = closers[len(closers) // 2]
            nxt = text[paras[i + 1][0]] if i + 1 < len(paras) else ""
            if c == closers[-1] and nxt in OPENERS:
                continue  # would become a running quotation, which is allowed
            new = text[: s + c] + text[s + c + 1 :]
            base = base if base is not None else run(a.bin, text, path.suffix)
            got = run(a.bin, new, path.suffix)
            before = findings_in(base, "unbalanced-quote", s, e, text)
            after = findings_in(got, "unbalanced-quote", s, e - 1, new)
            stats["unbalanced-quote"][0] += 1
            if after > before:
                stats["unbalanced-quote"][1] += 1
                bstart = len(text[:s].encode())
                old = {f["byte_start"] for f in base if f["rule"] == "unbalanced-quote"}
                found = [f for f in got if f["rule"] == "unbalanced-quote"
                         and f["byte_start"] >= bstart and f["byte_start"] not in old]
                if held_to_original(found, new, text, stats) and a.verbose:
                    print(f"SAFE BUT WRONG {path.name}: ...{para[max(0, c - 80):c]}[[deleted]]{para[c + 1:c + 40]}")
            elif a.verbose:
                print(f"MISS unbalanced-quote {path.name}: ...{para[max(0, c - 80):c]}[[deleted]]{para[c + 1:c + 40]}")
            done += 1
    os.unlink(STRICT)
    print(f"{'kind':36} {'injected':>8} {'caught':>7} {'recall':>7}")
    for rule, (n, k) in stats.items():
        label = "flagged" if "false alarms" in rule or "wrong" in rule else "recall"
        print(f"{rule:36} {n:8} {k:7} {k / n if n else 0:7.3f}  ({label})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
