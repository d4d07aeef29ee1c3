#!/usr/bin/env python3
"""How long `copydesk lsp` takes to answer while a long draft is analysed.

Opens a small draft and waits for its diagnostics, then opens a long one (BYTES of people and
quotations, outside the workspace) and at once asks for a hover on the small draft, a code
action on it, then `shutdown`, timing each answer. Repeated RUNS times; prints the median and
the worst of each, and how long the long analysis alone takes.

    python3 bench/responsive.py [--bytes 1000000] [--runs 5] [--bin PATH]
"""

import argparse
import os
import time
from pathlib import Path

from keystroke import Server


def long_draft(size):
    out, i = ["# Council meets\n\n"], 0
    n = 0
    while n < size:
        p = (f"Ruth Okafor{i} met Dev Raman{i} at the town hall on Tuesday. “We will keep the "
             f"boats running, whatever the weather,” Okafor{i} said.\n\n")
        out.append(p)
        n += len(p.encode())
        i += 1
    return "".join(out)


def session(binary, text):
    base = Path(f"/tmp/copydesk-responsive-{os.getpid()}")
    ws, elsewhere = base / "ws", base / "elsewhere"
    ws.mkdir(parents=True, exist_ok=True)
    elsewhere.mkdir(parents=True, exist_ok=True)
    small, long = (ws / "small.md").as_uri(), (elsewhere / "long.md").as_uri()
    s = Server(binary)
    s.request("initialize", {"processId": None, "rootUri": ws.as_uri(),
                             "capabilities": {"general": {"positionEncodings": ["utf-16"]}}})
    s.notify("initialized", {})
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": small, "languageId": "markdown", "version": 1, "text": "Ruth Okafor spoke.\n"}})
    s.diagnostics(small, 1)
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": long, "languageId": "markdown", "version": 1, "text": text}})
    pos = {"line": 0, "character": 1}
    t = time.perf_counter()
    s.request("textDocument/hover", {"textDocument": {"uri": small}, "position": pos})
    hover = time.perf_counter() - t
    t = time.perf_counter()
    s.request("textDocument/codeAction", {"textDocument": {"uri": small},
                                          "range": {"start": pos, "end": pos},
                                          "context": {"diagnostics": []}})
    action = time.perf_counter() - t
    t = time.perf_counter()
    s.request("shutdown", None)
    shutdown = time.perf_counter() - t
    s.notify("exit", None)
    s.p.wait(timeout=30)
    # The long analysis alone, for scale.
    s = Server(binary)
    s.request("initialize", {"processId": None, "rootUri": ws.as_uri(), "capabilities": {}})
    s.notify("initialized", {})
    t = time.perf_counter()
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": long, "languageId": "markdown", "version": 1, "text": text}})
    s.diagnostics(long, 1)
    analysis = time.perf_counter() - t
    s.request("shutdown", None)
    s.notify("exit", None)
    s.p.wait(timeout=30)
    return hover, action, shutdown, analysis


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=os.environ.get("COPYDESK_BIN", "target/release/copydesk"))
    a = ap.parse_args()
    text = long_draft(a.bytes)
    runs = [session(a.bin, text) for _ in range(a.runs)]
    names = ["hover on another draft", "code action on it", "shutdown", "the long analysis"]
    print(f"while a {len(text.encode())}-byte draft is analysed, {a.runs} runs:")
    for i, name in enumerate(names):
        xs = sorted(r[i] * 1000 for r in runs)
        print(f"  {name:24} median {xs[len(xs) // 2]:8.1f} ms   worst {xs[-1]:8.1f} ms")


if __name__ == "__main__":
    main()
