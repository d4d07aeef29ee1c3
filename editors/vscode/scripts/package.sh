#!/usr/bin/env bash
# Builds the release binary, puts it in the extension (server/copydesk), bundles the extension
# and packages it as a .vsix.
#   bash scripts/package.sh            -> editors/vscode/copydesk-<version>.vsix
#   bash scripts/package.sh OUT.vsix   -> OUT.vsix
# Needs cargo, Node >= 22 and `npm ci` done in editors/vscode. The .vsix holds the binary for the
# platform it was built on only.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="$(node -p 'require(process.argv[1]).version' "$here/package.json")"
out="${1:-$here/copydesk-$version.vsix}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

echo "package.sh: cargo build --release -p copydesk"
(cd "$repo" && cargo build --release --locked -p copydesk)

exe=copydesk
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) exe=copydesk.exe ;; esac
mkdir -p "$here/server"
rm -f "$here/server/$exe"
cp "${CARGO_TARGET_DIR:-$repo/target}/release/$exe" "$here/server/$exe"
chmod +x "$here/server/$exe"
"$here/server/$exe" --version

cd "$here"
# vsce runs `vscode:prepublish` (the production bundle) before packaging.
./node_modules/.bin/vsce package --no-dependencies --out "$out"
echo "package.sh: wrote $out"
