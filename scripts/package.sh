#!/usr/bin/env bash
# Builds copydesk for one target and packages it, as a release does:
#   dist/copydesk-TARGET.tar.gz (.zip for Windows)   the binary, README.md and LICENSE
#   dist/copydesk-TARGET.tar.gz.sha256               its checksum (`sha256sum -c` reads it)
#   dist/copydesk-VSCODE_TARGET-VERSION.vsix         the VS Code extension with that binary inside
#
#   bash scripts/package.sh TARGET       e.g. aarch64-unknown-linux-musl, x86_64-pc-windows-gnu
#   bash scripts/package.sh universal    dist/copydesk-VERSION.vsix: no binary, uses `copydesk` on PATH
#
# How TARGET is built:
#   - the host's own target: cargo build;
#   - x86_64-pc-windows-gnu: cargo build with mingw-w64's linker (Debian: apt-get install mingw-w64);
#   - *-windows-msvc: cargo build (on a Windows machine, as the release workflow does);
#   - anything else (musl Linux, macOS): cargo zigbuild (cargo install cargo-zigbuild; pip install ziglang).
# NO_BUILD=1 packages a binary already in target/TARGET/release; BINARY=PATH packages that binary
# (a release's, say) without building. NO_VSIX=1 skips the extension (which needs Node.js 22 or
# later and `npm ci` in editors/vscode).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
target="${1:?usage: bash scripts/package.sh TARGET (e.g. aarch64-unknown-linux-musl) | universal}"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
out="$repo/dist"
mkdir -p "$out"

# The VS Code platform a Rust target's binary runs on (`vsce package --target`).
vscode_target() {
  case "$1" in
    x86_64-unknown-linux-*) echo linux-x64 ;;
    aarch64-unknown-linux-*) echo linux-arm64 ;;
    x86_64-apple-darwin) echo darwin-x64 ;;
    aarch64-apple-darwin) echo darwin-arm64 ;;
    x86_64-pc-windows-*) echo win32-x64 ;;
    aarch64-pc-windows-*) echo win32-arm64 ;;
    *) return 1 ;;
  esac
}

vsix() {
  if [ "${NO_VSIX:-}" = 1 ]; then
    return
  fi
  # The extension is released with the binary: one version for both.
  local ext_version
  ext_version="$(node -p 'require("./editors/vscode/package.json").version')"
  if [ "$ext_version" != "$version" ]; then
    echo "package.sh: editors/vscode/package.json has version $ext_version, Cargo.toml $version" >&2
    exit 1
  fi
  if [ ! -d editors/vscode/node_modules/@vscode/vsce ]; then
    (cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error)
  fi
  bash editors/vscode/scripts/package.sh "$@"
}

if [ "$target" = universal ]; then
  vsix --universal --out "$out/copydesk-$version.vsix"
  exit 0
fi

host="$(rustc -vV | sed -n 's/^host: //p')"
exe=copydesk
case "$target" in *-windows-*) exe=copydesk.exe ;; esac
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
bin="${BINARY:-$target_dir/$target/release/$exe}"

if [ "${NO_BUILD:-}" != 1 ] && [ -z "${BINARY:-}" ]; then
  case "$target" in
    "$host" | *-windows-msvc) cargo build --release --locked --target "$target" ;;
    x86_64-pc-windows-gnu)
      CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER="${CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER:-x86_64-w64-mingw32-gcc}" \
        cargo build --release --locked --target "$target"
      ;;
    *) cargo zigbuild --release --locked --target "$target" ;;
  esac
fi
[ -f "$bin" ] || { echo "package.sh: no binary at $bin"; exit 1; }
echo "package.sh: $(file -b "$bin" 2>/dev/null || echo "$bin")"

# The archive holds a folder named like itself (as cargo-dist's do), the zip holds the files.
name="copydesk-$target"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name"
cp "$bin" README.md LICENSE "$stage/$name/"
case "$target" in
  *-windows-*)
    archive="$out/$name.zip"
    rm -f "$archive"
    (cd "$stage/$name" && python3 -m zipfile -c "$archive" "$exe" README.md LICENSE)
    ;;
  *)
    archive="$out/$name.tar.gz"
    chmod 755 "$stage/$name/$exe"
    tar -C "$stage" -czf "$archive" --owner=0 --group=0 "$name"
    ;;
esac
(cd "$out" && sha256sum "$(basename "$archive")" >"$(basename "$archive").sha256")
echo "package.sh: wrote $archive"

if platform="$(vscode_target "$target")"; then
  vsix --target "$platform" --binary "$bin" --out "$out/copydesk-$platform-$version.vsix"
fi
