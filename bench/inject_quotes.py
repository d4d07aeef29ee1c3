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
  unbalanced-quote: one closing quotation mark is deleted; counted only where the quotation is
      not left open before a paragraph that opens with a mark (a running quotation).
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

def load_cues():
    """The SPEC's cue list as the engine ships it (crates/copydesk-core/data/cues.txt)."""
    here = Path(__file__).resolve().parent.parent / "crates/copydesk-core/data/cues.txt"
    forms = []
    for line in here.read_text(encoding="utf-8").splitlines():
        if not line.strip().startswith("#"):
            forms += [f.strip() for f in line.split(",") if f.strip()]
    forms.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w'-])", re.I)


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
    stats = {"unattributed-quote": [0, 0], "unattributed-quote (strict)": [0, 0], "unbalanced-quote": [0, 0]}
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write("[quotes]\nstrict = true\n")
        STRICT = f.name
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras = paragraphs(text)
        base = None
        # unattributed-quote
        done = 0
        for i, (s, e) in enumerate(paras):
            if done >= a.per_file or i == 0:
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
                # With a cue in the paragraph before, the quote is attributed by context (case 4)
                # unless quotes.strict is on: measure those in strict mode.
                strict = bool(CUE.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", prev)))
                rule_key = "unattributed-quote (strict)" if strict else "unattributed-quote"
                base_u = run(a.bin, text, path.suffix, strict)
                if findings_in(base_u, "unbalanced-quote", s, e, text):
                    break  # only well-formed paragraphs (the BBC files merge some paragraphs)
                punct = "." if m.group("p") == "," else m.group("p")
                q = m.group("open") + m.group("body") + punct + m.group("close")
                qs = s + m.start()
                new = text[:qs] + q + text[s + m.end():]
                got = run(a.bin, new, path.suffix, strict)
                before = findings_in(base_u, "unattributed-quote", s, e, text)
                after = findings_in(got, "unattributed-quote", s, e - len(att), new)
                stats[rule_key][0] += 1
                if after > before:
                    stats[rule_key][1] += 1
                elif a.verbose:
                    print(f"MISS {rule_key} {path.name}: {new[qs - 60:qs + len(q) + 60]!r}")
                done += 1
                break
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
            elif a.verbose:
                print(f"MISS unbalanced-quote {path.name}: ...{para[max(0, c - 80):c]}[[deleted]]{para[c + 1:c + 40]}")
            done += 1
    os.unlink(STRICT)
    print(f"{'rule':30} {'injected':>8} {'caught':>7} {'recall':>7}")
    for rule, (n, k) in stats.items():
        print(f"{rule:30} {n:8} {k:7} {k / n if n else 0:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
