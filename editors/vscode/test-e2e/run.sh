#!/usr/bin/env bash
# End-to-end test of the copydesk extension in a real VS Code: packages the .vsix (release binary
# inside), installs it into code-server, opens a draft in headless Chromium and checks the
# diagnostics, a quick fix, live settings and the commands from the page.
#   editors/vscode/test-e2e/run.sh
# Needs: Node >= 22 (`node` and `npm` on PATH), code-server on PATH (or CODE_SERVER=...), Chromium
# (/usr/bin/chromium or CHROMIUM=...), cargo. `source editors/tools.sh` installs all of them.
# Optional: COPYDESK_VSIX=... to test a .vsix already built; SHOTS=DIR to keep screenshots;
# COPYDESK_SERVER_PATH=... to run another server binary than the bundled one.
# Exits non-zero when a check fails; the last line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ext="$(cd "$here/.." && pwd)"
repo="$(cd "$ext/../.." && pwd)"

fail() {
  echo "vscode e2e: $*"
  echo "vscode e2e: 0 passed, 1 failed"
  exit 1
}
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)' 2>/dev/null ||
  fail "needs Node >= 22 on PATH (found $(node --version 2>/dev/null || echo none)); see editors/tools.sh"
code_server="${CODE_SERVER:-$(command -v code-server || true)}"
[ -n "$code_server" ] && [ -x "$code_server" ] || fail "code-server not found (set CODE_SERVER or source editors/tools.sh)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || fail "no Chromium at $CHROMIUM (apt-get install chromium)"

work="$(mktemp -d)"
cs_pid=""
cleanup() {
  if [ -n "$cs_pid" ]; then
    # code-server leaves its file watcher and language servers behind unless the whole group goes.
    kill -TERM -- "-$cs_pid" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$cs_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$cs_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -d "$here/node_modules/puppeteer-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund) || fail "npm ci in test-e2e failed"
fi
vsix="${COPYDESK_VSIX:-}"
if [ -z "$vsix" ]; then
  if [ ! -d "$ext/node_modules/@vscode/vsce" ]; then
    (cd "$ext" && npm ci --no-audit --no-fund) || fail "npm ci in editors/vscode failed"
  fi
  vsix="$work/copydesk.vsix"
  bash "$ext/scripts/package.sh" "$vsix" || fail "packaging the .vsix failed"
fi
export COPYDESK_BIN="${COPYDESK_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/copydesk}"

# code-server's own config and data folders, so nothing lands in the home folder.
mkdir -p "$work/ud/User" "$work/ext" "$work/ws/.vscode"
printf 'auth: none\ncert: false\n' >"$work/config.yaml"
cat >"$work/ud/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "editor.wordWrap": "off",
  "[markdown]": { "editor.wordWrap": "off" },
  "files.autoSave": "off"
}
JSON
if [ -n "${COPYDESK_SERVER_PATH:-}" ]; then
  # Test another server binary than the bundled one (the user setting, as a user would set it).
  node -e 'const f=process.argv[1],s=JSON.parse(require("fs").readFileSync(f,"utf8"));s["copydesk.server.path"]=process.argv[2];require("fs").writeFileSync(f,JSON.stringify(s,null,2))' \
    "$work/ud/User/settings.json" "$COPYDESK_SERVER_PATH"
fi
echo '{}' >"$work/ws/.vscode/settings.json"
# The draft (the same one the Neovim test uses), and a plain-text note.
cat >"$work/ws/draft.md" <<'MD'
# Ferry service to resume on Monday

The harbour ferry will run again from Monday after a winter of repairs to the slipway.

“We expect the first crossing to leave at seven o’clock in the morning.”

Barry Fitzpatrick, who runs the café on the quay, was relieved. "It has been a long winter for all of us, he said.

Mr Fitzpatrik added that trade at the café had fallen by half.
MD
printf 'Notes from the quay.\n\n"The ferry was late again today and nobody told us why."\n' >"$work/ws/notes.txt"

cs=("$code_server" --config "$work/config.yaml" --user-data-dir "$work/ud" --extensions-dir "$work/ext")
timeout 120 "${cs[@]}" --install-extension "$vsix" || fail "installing $vsix into code-server failed"

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
# In a session of its own, so that cleanup can end the whole process group; the pid is written
# from inside because setsid forks when it is started by a process group leader.
setsid bash -c 'echo $$ >"$0"; exec "$@"' "$work/cs.pid" "${cs[@]}" --bind-addr "127.0.0.1:$port" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust "$work/ws" >"$work/code-server.log" 2>&1 &
for _ in $(seq 1 50); do
  [ -s "$work/cs.pid" ] && break
  sleep 0.1
done
cs_pid="$(cat "$work/cs.pid" 2>/dev/null || true)"
ready=""
for _ in $(seq 1 120); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "http://127.0.0.1:$port/healthz" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.5
done
[ -n "$ready" ] || { cat "$work/code-server.log"; fail "code-server did not come up on port $port"; }

CS_URL="http://127.0.0.1:$port" WS="$work/ws" timeout 600 node "$here/e2e.mjs"
status=$?
if [ "$status" -ne 0 ]; then
  echo "---- code-server log (tail)"
  tail -n 40 "$work/code-server.log"
  for f in "$work"/ud/logs/*/exthost*/*copydesk*/*.log "$work"/ud/logs/*/exthost*/output_logging_*/*copydesk*.log; do
    [ -f "$f" ] && { echo "---- $f"; tail -n 60 "$f"; }
  done
fi
exit "$status"
