#!/usr/bin/env bash
# Takes the README's Neovim screenshots from a real Neovim in tmux: the draft's diagnostics, and
# the code action menu. Needs tmux, Chromium and `npm ci` in editors/vscode/test-e2e (puppeteer).
#   editors/nvim/test/screenshots.sh [OUT_DIR] [NVIM]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
out="${1:-$repo/docs/screenshots}"
nvim="${2:-nvim}"
bin="${COPYDESK_BIN:-${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk}"
mkdir -p "$out"
work="$(mktemp -d)"
session="copydesk-shot-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

cat >"$work/ferry.md" <<'MD'
# Ferry service to resume on Monday

The harbour ferry will run again from Monday after a winter of repairs to the slipway.

“We expect the first crossing to leave at seven o’clock in the morning.”

Barry Fitzpatrick, who runs the café on the quay, was relieved. "It has been a long winter for all of us, he said.

Mr Fitzpatrik added that trade at the café had fallen by half.
MD
cat >"$work/init.lua" <<LUA
vim.opt.runtimepath:prepend("$repo/editors/nvim")
vim.cmd("filetype plugin on | syntax on")
vim.o.termguicolors = true
vim.o.number = true
vim.o.signcolumn = "yes"
vim.o.wrap = false
vim.o.swapfile = false
vim.o.shortmess = vim.o.shortmess .. "I"
vim.diagnostic.config({ virtual_text = { prefix = "●" }, signs = true, underline = true, severity_sort = true })
require("copydesk").setup({ cmd = { "$bin", "lsp" } })
LUA

cols=118
rows=18
tmux -f /dev/null new-session -d -s "$session" -x "$cols" -y "$rows" \
  "env TERM=tmux-256color HOME=$work XDG_STATE_HOME=$work $nvim -u $work/init.lua -i NONE $work/ferry.md"
tmux set -t "$session" -as terminal-features ',*:RGB'

wait_for() {
  for _ in $(seq 1 100); do
    tmux capture-pane -t "$session" -p | grep -q "$1" && return 0
    sleep 0.1
  done
  echo "screenshots.sh: timed out waiting for '$1'" >&2
  tmux capture-pane -t "$session" -p >&2
  return 1
}
shot() {
  sleep 0.3
  tmux capture-pane -t "$session" -e -p >"$work/capture.txt"
  node "$here/ansi2png.mjs" "$work/capture.txt" "$out/$1" "$cols"
}

wait_for "Fitzpatrik” is spelt"
tmux send-keys -t "$session" ":9" Enter ":lua vim.diagnostic.open_float()" Enter
wait_for "canonical\|spelt"
sleep 0.5
shot nvim-diagnostics.png

tmux send-keys -t "$session" Escape ":5" Enter "l" ":lua vim.lsp.buf.code_action()" Enter
wait_for "attribution placeholder"
shot nvim-code-action.png

tmux send-keys -t "$session" "1" Enter
wait_for "\[who\] said"
tmux send-keys -t "$session" ":9" Enter "w" ":lua vim.lsp.buf.code_action()" Enter
wait_for "Change to"
tmux send-keys -t "$session" "1" Enter
wait_for "Mr Fitzpatrick added"
tmux send-keys -t "$session" ":1" Enter
shot nvim-after-fixes.png
