#!/usr/bin/env bash
# Bundles the extension and packages it as a .vsix, with or without a copydesk binary inside.
#   bash scripts/package.sh [OUT.vsix]
#       cargo build --release, that binary inside: a .vsix for this machine only
#   bash scripts/package.sh --target linux-arm64 --binary PATH [--out OUT.vsix]
#       a platform-specific .vsix (`vsce package --target`) carrying the binary at PATH
#   bash scripts/package.sh --universal [--out OUT.vsix]
#       no binary inside: the extension runs `copydesk` from PATH (or copydesk.server.path)
# Needs Node.js and `npm ci` done in editors/vscode (and cargo for the first form).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="$(node -p 'require(process.argv[1]).version' "$here/package.json")"

target=""
binary=""
universal=0
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --universal) universal=1; shift ;;
    --out) out="$2"; shift 2 ;;
    -*) echo "package.sh: unknown option $1" >&2; exit 2 ;;
    *) out="$1"; shift ;;
  esac
done
if [ -n "$target" ]; then
  [ -n "$binary" ] || { echo "package.sh: --target needs --binary" >&2; exit 2; }
  out="${out:-$here/copydesk-$target-$version.vsix}"
else
  out="${out:-$here/copydesk-$version.vsix}"
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

# server/ holds the binary to ship, and nothing else: never a previous run's.
rm -rf "$here/server"
if [ "$universal" = 0 ]; then
  if [ -z "$binary" ]; then
    echo "package.sh: cargo build --release -p copydesk"
    (cd "$repo" && cargo build --release --locked -p copydesk)
    exe=copydesk
    case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) exe=copydesk.exe ;; esac
    binary="${CARGO_TARGET_DIR:-$repo/target}/release/$exe"
  fi
  exe=copydesk
  case "$target:$binary" in win32-* | *.exe) exe=copydesk.exe ;; esac
  mkdir -p "$here/server"
  cp "$binary" "$here/server/$exe"
  chmod +x "$here/server/$exe"
  # A binary for this machine says its version; a cross-built one cannot run here.
  if [ -z "$target" ]; then
    "$here/server/$exe" --version
  fi
fi

cd "$here"
args=(package --no-dependencies --out "$out")
if [ -n "$target" ]; then
  args+=(--target "$target")
fi
# vsce runs `vscode:prepublish` (the production bundle) before packaging.
./node_modules/.bin/vsce "${args[@]}"
rm -rf "$here/server"
echo "package.sh: wrote $out"
