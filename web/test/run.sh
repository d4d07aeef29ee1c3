#!/usr/bin/env bash
# End-to-end test of the copydesk playground: builds web/dist (unless DIST=... is given), then
# drives the page in headless Chromium against a static server on 127.0.0.1 (web/test/e2e.mjs).
#   bash web/test/run.sh
# Needs: Node >= 18 with npm, Chromium (/usr/bin/chromium or CHROMIUM=...), cargo, and what
# web/build.sh needs (the wasm32 target, wasm-bindgen-cli). SHOTS=DIR keeps screenshots
# (SHOTS=docs/screenshots refreshes the README's). Exits non-zero when a check fails; the last
# line is "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

fail() {
  echo "web e2e: $*"
  echo "web e2e: 0 passed, 1 failed"
  exit 1
}
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null ||
  fail "needs Node >= 18 on PATH (found $(node --version 2>/dev/null || echo none))"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || fail "no Chromium at $CHROMIUM (apt-get install chromium)"
if [ ! -d "$here/node_modules/puppeteer-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund) || fail "npm ci in web/test failed"
fi
if [ -z "${DIST:-}" ]; then
  bash "$repo/web/build.sh" || fail "web/build.sh failed"
  DIST="$repo/web/dist"
fi
export DIST
target="${CARGO_TARGET_DIR:-$repo/target}"
if [ -z "${COPYDESK_BIN:-}" ]; then
  (cd "$repo" && cargo build --release -q -p copydesk) || fail "building copydesk failed"
  COPYDESK_BIN="$target/release/copydesk"
fi
export COPYDESK_BIN
if [ -n "${SHOTS:-}" ]; then
  mkdir -p "$SHOTS" && SHOTS="$(cd "$SHOTS" && pwd)" && export SHOTS
fi
timeout 300 node "$here/e2e.mjs"
