#!/usr/bin/env python3
"""Keystroke -> diagnostics latency of `copydesk lsp`, driven over stdio like an editor.

Opens one draft of about WORDS words, then types EDITS characters in the middle of it, one
didChange at a time, and times each until the diagnostics of that version arrive. Prints the
median and the 99th percentile, and the same up to the moment the message's last byte is read,
before the client parses its JSON (with related places, a 100,000-word draft's message is about
440 KB, and Python's `json.loads` alone takes 3-4 ms of it).

    python3 bench/keystroke.py [--words 10000] [--edits 300] [--corpus DIR] [--bin PATH]
                               [--into line|word] [--client bare|editor] [--pace MS]

--into line (the default) types at the middle of the middle line of the draft, wherever that
falls (in the published copy of ../shared/corpus: inside a person's name); --into word types
inside the first ordinary lowercase word of six letters or more after it, as a writer mostly does.

Python's garbage collector is off while the keystrokes are timed: its pauses are the client's.

--pace MS waits MS milliseconds after each keystroke's diagnostics before typing the next, as a
writer does (a fast typist's keys are 80-150 ms apart). Without it (0, the default) each
keystroke is sent as soon as the last one's diagnostics arrive, so it also meets whatever the
server does after publishing (freeing the last analysis, on the other core): harsher than typing.

--client bare (the default) declares only UTF-8 positions, and so gets diagnostics without
related places or documentation links; --client editor declares both, as VS Code does
(`relatedInformation`, `codeDescriptionSupport`), and gets them in every message.

Without --corpus the draft is generated (people, quotations, titles); with it, the .txt and .md
files of DIR are joined until the draft is long enough.
"""

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

NAMES = ["Ruth Okafor", "Dev Raman", "Marta Lindqvist", "Owen Pryce", "Helen Marsh", "Tomas Varga"]


def generated(words):
    out, i = ["# Harbour ferry fares rise again\n\n"], 0
    while sum(len(p.split()) for p in out) < words:
        name = NAMES[i % len(NAMES)]
        surname = name.split()[1]
        out.append(
            f"{name} met the council on Tuesday to talk about the winter timetable {i}. "
            f"“We will keep the boats running, whatever the weather brings,” {surname} said. "
            f"The mayor agreed after a long meeting at the town hall.\n\n"
        )
        i += 1
    return "".join(out)


def from_corpus(folder, words):
    files = sorted(p for p in Path(folder).rglob("*") if p.suffix in (".txt", ".md"))
    if not files:
        sys.exit(f"no drafts under {folder}")
    out, n = [], 0
    while n < words:
        for f in files:
            t = f.read_text(errors="replace")
            out.append(t + "\n\n")
            n += len(t.split())
            if n >= words:
                break
    return "".join(out)


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def recv(self):
        """The next message; `self.read_at` is when its last byte was read, before parsing."""
        length = 0
        while True:
            line = self.p.stdout.readline()
            if not line:
                sys.exit("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = self.p.stdout.read(length)
        self.read_at = time.perf_counter()
        return json.loads(body)

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            m = self.recv()
            if m.get("id") == self.next_id and "method" not in m:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        while True:
            m = self.recv()
            if "id" in m and "method" in m:  # a server request: answer it
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
                continue
            p = m.get("params", {})
            if m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri \
                    and p.get("version") == version:
                return p["diagnostics"]


def ordinary_word(lines, line, col):
    """The line and UTF-8 column of the middle of the first lowercase word of six letters or
    more at or after (line, col)."""
    for n in range(line, len(lines)):
        start = col if n == line else 0
        for m in re.finditer(r"(?<![\w’'-])[a-z]{6,}(?![\w’'-])", lines[n][start:]):
            at = start + m.start() + 3
            return n, len(lines[n][:at].encode())
    sys.exit("no ordinary word after the middle of the draft")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=300)
    ap.add_argument("--corpus")
    ap.add_argument("--bin", default=os.environ.get("COPYDESK_BIN", "target/release/copydesk"))
    ap.add_argument("--into", choices=["line", "word"], default="line")
    ap.add_argument("--client", choices=["bare", "editor"], default="bare")
    ap.add_argument("--pace", type=float, default=0.0)
    a = ap.parse_args()
    text = from_corpus(a.corpus, a.words) if a.corpus else generated(a.words)
    folder = Path(f"/tmp/copydesk-keystroke-{os.getpid()}")
    folder.mkdir(exist_ok=True)
    uri = (folder / "story.md").as_uri()
    s = Server(a.bin)
    caps = {"general": {"positionEncodings": ["utf-8"]}}
    if a.client == "editor":
        caps["textDocument"] = {"publishDiagnostics": {
            "relatedInformation": True, "codeDescriptionSupport": True, "versionSupport": True}}
    s.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": caps})
    s.notify("initialized", {})
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    s.diagnostics(uri, 1)
    # The middle of a line in the middle of the draft (UTF-8 columns, negotiated above).
    lines = text.split("\n")
    line = len(lines) // 2
    while not lines[line]:
        line += 1
    col = len(lines[line].encode()) // 2
    if a.into == "word":
        line, col = ordinary_word(lines, line, col)
    times, server = [], []
    # Python's collector, left on, stops this client for 2-3 ms every fifty or so keystrokes
    # (a full pass over the messages parsed so far): the client's pause, not the server's.
    gc.disable()
    for k in range(a.edits):
        version = k + 2
        at = {"line": line, "character": col + k}
        t0 = time.perf_counter()
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": "x"}]})
        s.diagnostics(uri, version)
        times.append((time.perf_counter() - t0) * 1000)
        server.append((s.read_at - t0) * 1000)
        if a.pace:
            time.sleep(a.pace / 1000)
    gc.enable()
    s.request("shutdown", None)
    s.notify("exit", None)
    s.p.wait(timeout=10)
    def pct(xs, q):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(len(xs) * q))]

    words = len(text.split())
    paced = f" {a.pace:g} ms apart" if a.pace else ""
    print(f"{words} words, {len(text)} bytes, {a.edits} keystrokes{paced}: "
          f"p50 {pct(times, 0.5):.1f} ms, p99 {pct(times, 0.99):.1f} ms "
          f"(last byte read, before the client parses it: p50 {pct(server, 0.5):.1f} ms, "
          f"p99 {pct(server, 0.99):.1f} ms)")


if __name__ == "__main__":
    main()
