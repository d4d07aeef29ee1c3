#!/usr/bin/env bash
# Runs copydesk in a headless Emacs through eglot, with the README's eglot snippet as written:
# diagnostics arrive, the settings and .copydesk.toml apply, a quick fix applies.
#   editors/emacs/test/run.sh [EMACS]
# Needs Emacs with eglot (built in from Emacs 29; Debian's elpa-eglot before) and markdown-mode
# (Debian: apt-get install emacs-nox elpa-markdown-mode, and elpa-eglot on Emacs 28).
# COPYDESK_BIN: the server to test (default: this checkout's debug build, built first).
# Exits non-zero when a check fails; the last line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
emacs="${1:-emacs}"
if [ -z "${COPYDESK_BIN:-}" ]; then
  (cd "$repo" && cargo build -q -p copydesk) || exit 1
  COPYDESK_BIN="${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk"
fi
case "$COPYDESK_BIN" in /*) ;; *) COPYDESK_BIN="$PWD/$COPYDESK_BIN" ;; esac
# The server must be called `copydesk`, as the snippet names it.
bindir="$(mktemp -d)"
ln -s "$COPYDESK_BIN" "$bindir/copydesk"
export COPYDESK_BIN="$bindir/copydesk"

# The first `elisp` block of the README's "Emacs" section, exactly as a reader copies it.
snippet="$bindir/copydesk-eglot.el"
awk '/^### Emacs/ { inside = 1 } inside && /^```elisp/ { copying = 1; next }
     copying && /^```/ { exit } copying { print }' "$repo/README.md" >"$snippet"
if ! grep -q eglot-server-programs "$snippet"; then
  echo "no eglot snippet found in README.md's Emacs section"
  echo "0 passed, 1 failed"
  exit 1
fi
export COPYDESK_SNIPPET="$snippet"

log="$(mktemp)"
# A fresh home: no init file, no packages but the system's. The timeout is a backstop.
HOME="$(mktemp -d)" timeout 120 "$emacs" --batch -l "$here/e2e.el" >"$log" 2>&1 </dev/null
status=$?
grep -v '^\(Loading\|\[eglot\]\|Connected\)' "$log" || true
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)"
rm -rf "$bindir" "$log"
if [ -z "$summary" ]; then
  echo "emacs e2e: no summary line, exit status $status"
  echo "emacs e2e: 0 passed, 1 failed"
  exit 1
fi
echo "emacs e2e: $summary"
[ "$status" -eq 0 ]
