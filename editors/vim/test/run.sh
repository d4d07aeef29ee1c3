#!/usr/bin/env bash
# Runs copydesk in a real Vim through ALE, with the README's ALE snippet as written: the project
# root, diagnostics, the settings and a quick fix.
#   editors/vim/test/run.sh [VIM]
# Needs Vim 8.2+ and ALE (Debian: apt-get install vim vim-ale). COPYDESK_BIN: the server to test
# (default: this checkout's debug build, built first).
# Exits non-zero when a check fails; the last line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
vim="${1:-vim}"
if [ -z "${COPYDESK_BIN:-}" ]; then
  (cd "$repo" && cargo build -q -p copydesk) || exit 1
  COPYDESK_BIN="${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk"
fi
case "$COPYDESK_BIN" in /*) ;; *) COPYDESK_BIN="$PWD/$COPYDESK_BIN" ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The server must be called `copydesk`, as the snippet names it.
mkdir -p "$work/bin" "$work/desk/stories"
ln -s "$COPYDESK_BIN" "$work/bin/copydesk"

# The first `vim` block of the README's "Vim" section, exactly as a reader copies it.
export COPYDESK_SNIPPET="$work/snippet.vim"
awk '/^### Vim/ { inside = 1 } inside && /^```vim/ { copying = 1; next }
     copying && /^```/ { exit } copying { print }' "$repo/README.md" >"$COPYDESK_SNIPPET"
grep -q "ale#linter#Define" "$COPYDESK_SNIPPET" || { echo "no ALE snippet in README.md's Vim section"; echo "0 passed, 1 failed"; exit 1; }

# A newsroom folder: .copydesk.toml at its top (an empty config), the draft below.
: >"$work/desk/stories/.copydesk.toml"
export COPYDESK_DRAFT="$work/desk/stories/pier.md"
cat >"$COPYDESK_DRAFT" <<'DRAFT'
# Pier closed

"Nobody will be allowed near the boats until the engineers are satisfied."

Teodora Vasquez, the harbour master, closed the pier on Monday.

Ms Vazquez said repairs would take a month.

Owen Pryce, a fisherman, agreed. Mr. Pryce said the closure was fair.
DRAFT
export COPYDESK_RESULT="$work/result.txt"
PATH="$work/bin:$PATH" HOME="$work" timeout 60 "$vim" -N -u "$here/e2e.vim" -i NONE --not-a-term </dev/null >/dev/null 2>&1
status=$?
echo "$("$vim" --version | head -1)"
cat "$COPYDESK_RESULT" 2>/dev/null
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$COPYDESK_RESULT" 2>/dev/null | tail -1)"
if [ -z "$summary" ]; then
  echo "vim e2e: no summary line, exit status $status"
  echo "vim e2e: 0 passed, 1 failed"
  exit 1
fi
echo "vim e2e: $summary"
case "$summary" in *" 0 failed") exit 0 ;; *) exit 1 ;; esac
