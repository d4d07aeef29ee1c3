#!/usr/bin/env python3
"""Resident memory of `copydesk lsp` with many drafts open, and after a long edit session.

Opens DRAFTS drafts of about WORDS words each (generated, each with its own people), waits for
each one's diagnostics, and reads the server's resident set size (VmRSS, Linux). Then types
EDITS characters spread over the drafts and reads it again: a long session must not grow it.
Each figure is read at once and again after --rest seconds without work (the server gives
freed memory back to the system after 2 s idle).

    python3 bench/memory.py [--drafts 20] [--words 10000] [--edits 2000] [--bin PATH] [--corpus DIR]

With --corpus the drafts are published copy: draft n joins the folder's files from the n-th on.
"""

import argparse
import os
import time
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keystroke import Server  # noqa: E402  (the same stdio client as the keystroke benchmark)

GIVEN = ["Ruth", "Dev", "Marta", "Owen", "Helen", "Tomas", "Ines", "Kwame", "Lena", "Arjun"]
FAMILY = ["Okafor", "Raman", "Lindqvist", "Pryce", "Marsh", "Varga", "Moreau", "Mensah", "Berg"]


def draft(n, words):
    out, i = [f"# Harbour story {n}\n\n"], 0
    while sum(len(p.split()) for p in out) < words:
        given = GIVEN[(i + n) % len(GIVEN)]
        family = FAMILY[(i * 7 + n) % len(FAMILY)] + ("" if i % 3 else str(n))
        out.append(
            f"{given} {family} met the council on Tuesday to talk about timetable {i} of draft {n}. "
            f"“We will keep the boats running, whatever the weather brings,” {family} said. "
            f"The mayor agreed after a long meeting at the town hall.\n\n"
        )
        i += 1
    return "".join(out)


def from_corpus(folder, n, words):
    files = sorted(p for p in Path(folder).rglob("*") if p.suffix in (".txt", ".md"))
    if not files:
        sys.exit(f"no drafts under {folder}")
    out, count, i = [], 0, n * 37
    while count < words:
        t = files[i % len(files)].read_text(errors="replace")
        out.append(t + "\n\n")
        count += len(t.split())
        i += 1
    return "".join(out)


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drafts", type=int, default=20)
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=2000)
    ap.add_argument("--corpus")
    # The server hands freed memory back after 2 s without work: read it again after a rest.
    ap.add_argument("--rest", type=float, default=3.0)
    ap.add_argument("--bin", default=os.environ.get("COPYDESK_BIN", "target/release/copydesk"))
    a = ap.parse_args()
    folder = Path(f"/tmp/copydesk-memory-{os.getpid()}")
    folder.mkdir(exist_ok=True)
    s = Server(a.bin)
    s.request("initialize", {"processId": None, "rootUri": folder.as_uri(),
                             "capabilities": {"general": {"positionEncodings": ["utf-8"]}}})
    s.notify("initialized", {})
    idle = rss_mb(s.p.pid)
    uris, lines = [], []
    for n in range(a.drafts):
        uri = (folder / f"story-{n}.md").as_uri()
        text = from_corpus(a.corpus, n, a.words) if a.corpus else draft(n, a.words)
        s.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        s.diagnostics(uri, 1)
        uris.append(uri)
        lines.append(len(text.split("\n")) // 2)
    opened = rss_mb(s.p.pid)
    time.sleep(a.rest)
    opened_rest = rss_mb(s.p.pid)
    versions = [1] * a.drafts
    for k in range(a.edits):
        d = k % a.drafts
        versions[d] += 1
        at = {"line": lines[d], "character": 5 + k // a.drafts}
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": uris[d], "version": versions[d]},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": "x"}]})
        s.diagnostics(uris[d], versions[d])
    edited = rss_mb(s.p.pid)
    time.sleep(a.rest)
    edited_rest = rss_mb(s.p.pid)
    s.request("shutdown", None)
    s.notify("exit", None)
    s.p.wait(timeout=10)
    print(f"idle {idle:.1f} MB; {a.drafts} drafts of {a.words} words open: {opened:.1f} MB "
          f"({opened_rest:.1f} MB {a.rest:g} s later); after {a.edits} edits: {edited:.1f} MB "
          f"({edited_rest:.1f} MB {a.rest:g} s later)")


if __name__ == "__main__":
    main()
