#!/usr/bin/env bash
# Runs the headless end-to-end test in each Neovim given (default: `nvim` on PATH), against the
# copydesk binary in COPYDESK_BIN (default: this checkout's debug build, built first).
#   editors/nvim/test/run.sh [NVIM ...]
# Every Neovim runs the setup() test; those with vim.lsp.config (0.11+) also the vim.lsp.enable
# test. Exits non-zero when a check fails; the last line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
if [ -z "${COPYDESK_BIN:-}" ]; then
  # The debug build of this checkout (a no-op when it is up to date).
  (cd "$repo" && cargo build -q -p copydesk) || exit 1
  COPYDESK_BIN="${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk"
fi
case "$COPYDESK_BIN" in /*) ;; *) COPYDESK_BIN="$PWD/$COPYDESK_BIN" ;; esac
export COPYDESK_BIN
[ "$#" -gt 0 ] || set -- nvim

total_pass=0
total_fail=0
for nvim in "$@"; do
  for mode in setup enable; do
    echo "== $nvim ($mode)"
    log="$(mktemp)"
    # The test quits Neovim itself; the timeout is a backstop for a hung editor or server.
    COPYDESK_NVIM_MODE=$mode HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)" XDG_STATE_HOME="$(mktemp -d)" \
      timeout 180 "$nvim" --headless -u NONE -i NONE -c "luafile $here/e2e.lua" >"$log" 2>&1 </dev/null
    status=$?
    cat "$log"
    summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)"
    rm -f "$log"
    if [ -z "$summary" ]; then
      echo "no summary line from $nvim ($mode), exit status $status"
      total_fail=$((total_fail + 1))
      continue
    fi
    p="$(echo "$summary" | awk '{print $1}')"
    f="$(echo "$summary" | awk '{print $3}' | tr -d ,)"
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
      echo "$nvim ($mode) exited with status $status"
      total_fail=$((total_fail + 1))
    fi
  done
done
echo "nvim e2e: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
