#!/usr/bin/env python3
"""Quotation findings on published copy, with those caused by merged paragraphs counted apart.

The BBC files sometimes merge paragraphs onto one line and the Reuters bodies lost their
paragraph breaks (../shared/corpus/SOURCES.md), so a running quotation can reopen mid-line:
`..." said Connors. "That's something ... effect. "The impression ...`. Such a finding is
correct for the text as given, but it is an artefact of the corpus, not an error in the
published story. This script counts it apart: an `unbalanced-quote` finding whose message
says the quotation reopens before it is closed, at a mark that follows a sentence end.

Usage: python3 bench/clean_quotes.py [--bin target/release/copydesk] [DIR ...]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

RULES = ("unattributed-quote", "unbalanced-quote")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", default=["../shared/corpus/bbc", "../shared/corpus/us"])
    ap.add_argument("--bin", default="target/release/copydesk")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    words = 0
    merged, other = [], []
    per_source = {}  # bbc / reuters / wsj: [words, findings apart from merged paragraphs]
    for d in a.dirs:
        if not Path(d).is_dir():
            print(f"no corpus at {d}: skipped")
            continue
        for path in sorted(Path(d).rglob("*.txt")):
            raw = path.read_bytes()
            n_words = len(raw.decode("utf-8").split())
            words += n_words
            src = path.name.split("-")[0]
            per_source.setdefault(src, [0, 0])[0] += n_words
            out = subprocess.run([a.bin, "check", "--format", "json", str(path)], capture_output=True)
            for f in json.loads(out.stdout.decode() or "[]"):
                if f["rule"] not in RULES:
                    continue
                ctx = raw[max(0, f["byte_start"] - 60): f["byte_end"] + 60].decode("utf-8", "replace")
                item = (path.name, f["rule"], ctx.replace("\n", " / "))
                reopened = f["rule"] == "unbalanced-quote" and "before the next quotation opens" in f["message"]
                (merged if reopened else other).append(item)
                if not reopened:
                    per_source[src][1] += 1
    per_k = lambda n: 1000 * n / words if words else 0
    print(f"words {words}")
    print(f"quotation findings: {len(merged) + len(other)} ({per_k(len(merged) + len(other)):.3f} per 1,000 words)")
    print(f"  a quotation reopened before it closed (merged paragraphs): {len(merged)} ({per_k(len(merged)):.3f})")
    print(f"  the rest: {len(other)} ({per_k(len(other)):.3f})")
    for src, (w, n) in sorted(per_source.items()):
        print(f"  {src:8} words {w:7}  findings {n:3}  ({1000 * n / w if w else 0:.3f} per 1,000 words)")
    if a.verbose:
        for name, rule, ctx in other:
            print(f"  {rule:20} {name}: {ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
