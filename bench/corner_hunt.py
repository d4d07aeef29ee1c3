#!/usr/bin/env python3
"""Hunts super-linear corners and crashes with random drafts, as issue 15 asks: "find the
corners with a generator, not by hand".

Each trial draws a short pattern of fragments (quotation marks of every family, titles, names,
reporting verbs, punctuation, Markdown, comments, digits, scripts other than Latin), repeats it
to SMALL and to 4 x SMALL bytes, optionally after a preamble (a draft that quotes with single
marks, half a draft of plain prose, a named speaker), and runs `copydesk check --format json`
on both. It reports a trial whose CPU time grew more than RATIO times when the draft grew four
times (a linear engine grows about four times), one that took longer than LIMIT seconds, and
one that crashed or timed out. The seed makes a run repeatable.

    python3 bench/corner_hunt.py [--bin PATH] [--seed N] [--trials N] [--small BYTES]
                                 [--ratio R] [--limit S] [--crash-only]

It exits 1 when it found a suspect; with --crash-only (as CI runs it, where the clock of a busy
machine is no proof) only a crash or a timeout counts, and slow trials are printed as notes.

Every corner it found is now a kind of `crates/copydesk-core/tests/support/worst.rs`, whose
step counts a test checks; add what it finds there. CPU time on a busy machine is noisy: read
a suspect again before believing it.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile

FRAGMENTS = [
    # quotation marks and apostrophes of every family
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "''", "``",
    # spacing and punctuation
    " ", "\n", "\n\n", "\t", "\u00a0", ". ", ", ", ": ", "; ", "? ", "! ", "… ", "— ", "– ", "-",
    "(", ")", "[", "]", "/", "&",
    # Markdown and HTML
    "*", "_", "`", "> ", "- ", "1. ", "# ", "| ", "[a](b) ", "<b>", "</b>", "&amp; ",
    "<!-- copydesk-disable -->", "<!-- copydesk-enable -->", "<!-- copydesk-disable-next-line -->",
    "http://example.org/a ", "```\n",
    # titles
    "Mr ", "Mr. ", "Mrs ", "Ms ", "Dr ", "Dr. ", "Prof ", "President ", "president ",
    "Prime Minister ", "the minister ", "Chief Executive ", "Sen. ", "Gov. ", "Rev. ", "Sir ",
    "Lord ", "King ", "former ", "then-", "Coach ", "Manager ", "Deputy ", "Acting ", "Vice ",
    "General ", "Secretary ", "of State ",
    # names
    "Ann ", "Lee ", "Ann Lee ", "Kim Jong-un ", "Kim Jong Un ", "Zelensky ", "Zelenskiy ",
    "de la ", "van ", "O'Neill ", "O’Neill ", "Jr. ", "Sr ", "Ann and Bob Lee ", "Lee's ",
    "Lee’s ", "Lees ", "Mr and Mrs Lee ", "Lee, 54, ", "the 54-year-old ", "Al-", "bin ",
    # speech
    "said ", "says ", "told ", "asked ", "replied ", "according to ", "in a statement ", "who ",
    "that ", "she ", "he ", "they ", "it ", "the ", "a ", "of ", "and ", "not ", "wrote ",
    "tweeted ", "Ms Lee said: ", '"Yes," said Ann Lee. ', "“No,” he said. ", "‘Fine,’ she said. ",
    # words of every shape
    "word ", "words ", "Word ", "WORD ", "A ", "I ", "x", "Q", "1", "2024 ", "5'10\" ", "’90s ",
    "rock ’n’ roll ", "Paris ", "BBC ", "NATO ", "U.S. ", "e.g. ", "St. ", "No. 10 ",
    "金正恩 ", "Ердоған ", "مرسي ", "é", "e\u0301", "\u200b", "😀",
]

PREAMBLES = [
    "",
    "",
    "‘We are ready,’ the harbour master said.\n\n",
    "The council met again to argue over the harbour budget.\n" * 1500 + "\n",
    "Mr Ward spoke first. Ann Lee said “no”.\n\n",
]


def pattern(rng):
    return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 7)))


def run(binary, path, timeout):
    """CPU seconds of one `copydesk check`, and its exit status (None on a timeout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        p = subprocess.run([binary, "check", "--format", "json", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        code = p.returncode
    except subprocess.TimeoutExpired:
        code = None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("COPYDESK_BIN", "target/release/copydesk"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--small", type=int, default=60_000)
    ap.add_argument("--ratio", type=float, default=7.0)
    ap.add_argument("--limit", type=float, default=1.0)
    ap.add_argument("--crash-only", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    found = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "draft.md")
        for trial in range(a.trials):
            pre, pat = rng.choice(PREAMBLES), pattern(rng)
            post = rng.choice(["", "", pattern(rng)])
            times = []
            for size in (a.small, 4 * a.small):
                with open(path, "w", encoding="utf-8") as f:
                    f.write(pre + pat * (size // len(pat.encode())) + post)
                t, code = run(a.bin, path, timeout=60)
                if code not in (0, 1):
                    found += 1
                    what = "timed out" if code is None else f"exited with {code}"
                    print(f"trial {trial}: {what} at {size} bytes: pattern {pat!r} "
                          f"after {pre[:24]!r}, then {post!r}", flush=True)
                    break
                times.append(t)
            if len(times) < 2:
                continue
            ratio = times[1] / max(times[0], 0.01)
            if (times[1] > 0.15 and ratio > a.ratio) or times[1] > a.limit:
                found += 0 if a.crash_only else 1
                print(f"trial {trial}: {times[0]:.2f} s -> {times[1]:.2f} s (x{ratio:.1f}) for "
                      f"pattern {pat!r} after {pre[:24]!r}, then {post!r}", flush=True)
    print(f"{a.trials} trials, {found} suspects (seed {a.seed})")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
