#!/usr/bin/env python3
"""AP on published BBC copy: every courtesy title outside quotations is flagged, none inside.

Usage: python3 bench/ap_courtesy_check.py [CORPUS_DIR] [--bin target/release/copydesk]

Runs `copydesk check --style ap --format json` over each BBC article of ../shared/corpus/bbc and
compares the title-style findings on courtesy titles (Mr, Mrs, Ms, Miss, Dr before a capitalised
word; `Mr Justice` is a judge's title, not a courtesy title) with an independent reading of the
quotation marks: a double mark after a space opens a quotation (also when one is already open:
the corpus joins paragraphs, so a running quotation reopens without closing), a mark before a
space or punctuation closes it. Prints the misses and the flags inside quotes, then the totals.
Skips (exit 0) when the corpus is absent.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COURTESY = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\b\.?(?= (?!Justice\b)[A-Z])")


def inside_at(para, pos):
    """Whether position `pos` of a paragraph lies inside a double-quoted quotation."""
    inside = False
    for i, c in enumerate(para[:pos]):
        if c not in '"“”':
            continue
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < len(para) else " "
        if c == "“" or (c == '"' and (prev.isspace() or prev in "([—-") and not nxt.isspace()):
            inside = True
        elif c == "”" or (c == '"' and not prev.isspace()):
            inside = False
    return inside


def main():
    args = sys.argv[1:]
    binary = str(ROOT / "target/release/copydesk")
    if "--bin" in args:
        i = args.index("--bin")
        binary = args[i + 1]
        del args[i:i + 2]
    corpus = Path(args[0]) if args else ROOT.parent / "shared/corpus/bbc"
    if not corpus.is_dir():
        print(f"skipped: {corpus} not found")
        return 0
    outside = inside = flagged_out = flagged_in = 0
    problems = []
    for f in sorted(corpus.glob("*.txt")):
        data = f.read_bytes()
        text = data.decode()
        out = subprocess.run([binary, "check", "--format", "json", "--style", "ap", str(f)],
                             capture_output=True)
        findings = [x for x in json.loads(out.stdout or b"[]") if x["rule"] == "title-style"]
        starts = {x["byte_start"] for x in findings}
        offset = 0
        for para in text.split("\n"):
            for m in COURTESY.finditer(para):
                before = para[:m.start()]
                quoted = inside_at(para, m.start())
                b = len((text[:offset] + before).encode())
                hit = b in starts
                where = f"{f.name}: …{para[max(0, m.start() - 40):m.end() + 20]}…"
                if quoted:
                    inside += 1
                    if hit:
                        flagged_in += 1
                        problems.append("FLAGGED INSIDE QUOTE " + where)
                else:
                    outside += 1
                    if hit:
                        flagged_out += 1
                    else:
                        problems.append("MISSED " + where)
            offset += len(para) + 1
    for p in problems:
        print(p)
    print(f"courtesy titles outside quotes: {outside}, flagged {flagged_out}")
    print(f"courtesy titles inside quotes: {inside}, flagged {flagged_in}")
    return 0 if flagged_out == outside and flagged_in == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
