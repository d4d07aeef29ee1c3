#!/usr/bin/env bash
# Runs copydesk in a real Kakoune through kakoune-lsp, with the README's Kakoune snippet as written:
# diagnostics arrive, the snippet's settings reach the server, the code-action menu lists the fix
# first, and choosing it (Enter on the menu) respells the name.
#   editors/kakoune/test/run.sh [KAK]
# Needs Kakoune (Debian: apt-get install kakoune), kak-lsp on PATH (cargo install kak-lsp) and
# python3. COPYDESK_BIN: the server to test (default: this checkout's debug build, built first).
# Kakoune runs with its JSON UI, so the test reads the menu as Kakoune draws it, and types keys.
# Exits non-zero when a check fails; the last line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
kak="${1:-kak}"
if [ -z "${COPYDESK_BIN:-}" ]; then
  (cd "$repo" && cargo build -q -p copydesk) || exit 1
  COPYDESK_BIN="${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk"
fi
case "$COPYDESK_BIN" in /*) ;; *) COPYDESK_BIN="$PWD/$COPYDESK_BIN" ;; esac
command -v kak-lsp >/dev/null || { echo "kak-lsp is not on PATH"; echo "0 passed, 1 failed"; exit 1; }

work="$(mktemp -d)"
session="copydesk-e2e-$$"
# A fresh home, config folder and socket folder: no user kakrc, no kak-lsp.toml, no other session.
export HOME="$work/home" KAKOUNE_CONFIG_DIR="$work/config" XDG_RUNTIME_DIR="$work/run"
unset XDG_CONFIG_HOME
mkdir -p "$HOME" "$KAKOUNE_CONFIG_DIR" "$XDG_RUNTIME_DIR" "$work/bin" "$work/desk/stories"
chmod 700 "$XDG_RUNTIME_DIR"
# The server must be called `copydesk`, as the snippet names it.
ln -s "$COPYDESK_BIN" "$work/bin/copydesk"
export PATH="$work/bin:$PATH"
ui_pid=""
cleanup() {
  [ -n "$ui_pid" ] && { echo 'kill!' | "$kak" -p "$session" 2>/dev/null; sleep 0.5; kill "$ui_pid" 2>/dev/null; }
  exec 3>&- 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The first `kak` block of the README's "Kakoune" section, exactly as a reader copies it, is the
# whole kakrc.
awk '/^### Kakoune/ { inside = 1 } inside && /^```kak/ { copying = 1; next }
     copying && /^```/ { exit } copying { print }' "$repo/README.md" >"$KAKOUNE_CONFIG_DIR/kakrc"
if ! grep -q lsp_servers "$KAKOUNE_CONFIG_DIR/kakrc"; then
  echo "no kakoune-lsp snippet found in README.md's Kakoune section"
  echo "0 passed, 1 failed"
  exit 1
fi

# A newsroom folder: .copydesk.toml at its top (empty: the style comes from the snippet's settings).
: >"$work/desk/.copydesk.toml"
draft="$work/desk/stories/pier.md"
cat >"$draft" <<'DRAFT'
# Pier closed

"Nobody will be allowed near the boats until the engineers are satisfied."

Teodora Vasquez, the harbour master, closed the pier on Monday.

Ms Vazquez said repairs would take a month.

Owen Pryce, a fisherman, agreed. Mr. Pryce said the closure was fair.
DRAFT

passed=0
failed=0
check() { # check NAME OK [DETAIL]
  if [ "$2" = 1 ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1${3:+: $3}"
  fi
}
finish() {
  if [ "$failed" -gt 0 ] && [ -n "${COPYDESK_KAK_DEBUG:-}" ]; then
    ask '*debug*' "$whole"
    cat "$work/out" 2>/dev/null
  fi
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
# ask BUFFER COMMANDS: run COMMANDS in the session (in BUFFER, or in the client when BUFFER is
# empty), which write their answer to $work/out; prints the answer.
ask() {
  rm -f "$work/out"
  local where="-client client0"
  [ -n "$1" ] && where="-buffer $1"
  echo "evaluate-commands $where %{ $2 }" | "$kak" -p "$session" 2>/dev/null
  for _ in $(seq 50); do
    [ -f "$work/out" ] && { cat "$work/out"; return 0; }
    sleep 0.1
  done
  return 1
}
# wait_for SECONDS BUFFER COMMANDS PATTERN: asks until the answer matches PATTERN (grep -E);
# prints the last answer.
wait_for() {
  local deadline=$((SECONDS + $1)) answer=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    answer="$(ask "$2" "$3")"
    if printf '%s' "$answer" | grep -Eq "$4"; then printf '%s' "$answer"; return 0; fi
    sleep 0.3
  done
  printf '%s' "$answer"
  return 1
}
# The whole text of a buffer, for ask.
whole="evaluate-commands -draft %{ execute-keys '%'; echo -to-file %{$work/out} %val{selection} }"
# keys KEYS: types KEYS in the client, through the JSON UI's input.
keys() {
  python3 -c 'import json, sys; print(json.dumps({"jsonrpc": "2.0", "method": "keys", "params": [sys.argv[1]]}))' "$1" >&3
}
# The items of the last menu Kakoune drew, one a line, in the order shown.
menu_items() {
  python3 - "$work/ui.log" <<'PY'
import json, sys
items = None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        msg = json.loads(line)
    except ValueError:
        continue
    if msg.get("method") == "menu_show":
        items = ["".join(atom["contents"] for atom in item) for item in msg["params"][0]]
for item in items or []:
    print(item)
PY
}

# Debian's build reports its version as "unknown": ask the package then.
version="$("$kak" -version 2>/dev/null | grep -v unknown)"
echo "${version:-Kakoune $(dpkg-query -W -f '${Version}' kakoune 2>/dev/null)}, kak-lsp $(kak-lsp --version 2>/dev/null)"
mkfifo "$work/ui.in"
(cd "$work/desk/stories" && exec timeout 120 "$kak" -ui json -s "$session" pier.md <"$work/ui.in" >"$work/ui.log" 2>&1) &
ui_pid=$!
exec 3>"$work/ui.in"
for _ in $(seq 100); do "$kak" -l 2>/dev/null | grep -qx "$session" && break; sleep 0.1; done

servers="$(wait_for 10 "" "echo -to-file %{$work/out} %opt{filetype} %opt{lsp_servers}" 'command = "copydesk"')"
check "a .md file is markdown and the snippet sets lsp_servers to copydesk" \
  "$([ -n "$servers" ] && printf '%s' "$servers" | grep -q '^markdown' && printf '%s' "$servers" | grep -q 'command = "copydesk"' && echo 1)" "$servers"

counts="$(wait_for 30 "" "echo -to-file %{$work/out} %opt{lsp_diagnostic_error_count} %opt{lsp_diagnostic_warning_count}" '^0 3$')"
check "diagnostics arrive: 3 warnings, no error" "$([ "$counts" = "0 3" ] && echo 1)" "errors, warnings: $counts"

# The rule of each diagnostic, from kakoune-lsp's *diagnostics* buffer.
ask "" "lsp-diagnostics" >/dev/null
listing="$(wait_for 10 '*diagnostics*' "$whole" 'name-spelling')"
ask "" "buffer pier.md; echo -to-file %{$work/out} ok" >/dev/null
for rule in name-spelling unattributed-quote; do
  check "the draft's $rule finding is listed" "$(printf '%s' "$listing" | grep -q "$rule" && echo 1)" "$listing"
done
# title-style comes only from the snippet's style = "bbc" ("Mr." takes no full point).
check "the snippet's settings reach the server: title-style (BBC) is listed" \
  "$(printf '%s' "$listing" | grep -q 'title-style' && echo 1)" "$listing"

# The user's way: the cursor on the misspelt name, :lsp-code-actions, Enter on the menu's first item.
keys '<esc>gg/Vazquez<ret>'
keys ':lsp-code-actions<ret>'
for _ in $(seq 100); do [ -n "$(menu_items)" ] && break; sleep 0.1; done
menu="$(menu_items)"
check "the code-action menu lists the fix first" \
  "$(printf '%s\n' "$menu" | head -1 | grep -q '^Change to “Vasquez”$' && echo 1)" "$(printf '%s' "$menu" | tr '\n' '|')"
check "the menu offers the house names list after it" \
  "$(printf '%s\n' "$menu" | tail -n +2 | grep -q 'Add “Teodora Vazquez” to the house names list' && echo 1)" "$(printf '%s' "$menu" | tr '\n' '|')"
keys '<ret>'
text="$(wait_for 10 "" "$whole" 'Ms Vasquez said')"
check "Enter on the first item respells the name" \
  "$(printf '%s' "$text" | grep -q '^Ms Vasquez said repairs' && echo 1)" "$(printf '%s' "$text" | grep '^Ms ')"
counts="$(wait_for 10 "" "echo -to-file %{$work/out} %opt{lsp_diagnostic_error_count} %opt{lsp_diagnostic_warning_count}" '^0 2$')"
check "its diagnostic goes, the others stay: 2 warnings" "$([ "$counts" = "0 2" ] && echo 1)" "errors, warnings: $counts"
finish
