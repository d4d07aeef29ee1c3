#!/usr/bin/env bash
# Builds the copydesk playground into web/dist/: copydesk-core compiled to WebAssembly through the
# crates/copydesk-wasm binding, its JavaScript glue, and the static page. No server code: serve
# web/dist/ from any static host (GitHub Pages: .github/workflows/pages.yml).
#   bash web/build.sh
# Needs: the wasm32-unknown-unknown target (`rustup target add wasm32-unknown-unknown`) and
# wasm-bindgen-cli at the version crates/copydesk-wasm pins (`cargo install wasm-bindgen-cli
# --version X`; this script says which X). Uses wasm-opt (binaryen) when it is on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
dist="$here/dist"
target="${CARGO_TARGET_DIR:-$repo/target}"

# The CLI must match the crate exactly, or the glue and the module disagree.
want="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' "$repo/crates/copydesk-wasm/Cargo.toml")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have" != "$want" ]; then
  echo "web/build.sh: needs wasm-bindgen-cli $want (found: ${have:-none}); run:" >&2
  echo "  cargo install wasm-bindgen-cli --version $want" >&2
  exit 1
fi

cargo build --release --target wasm32-unknown-unknown -p copydesk-wasm
rm -rf "$dist"
mkdir -p "$dist/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$dist/pkg" \
  "$target/wasm32-unknown-unknown/release/copydesk_wasm.wasm"
if command -v wasm-opt >/dev/null 2>&1; then
  # Smaller and faster; the page works the same without it.
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$dist/pkg/copydesk_wasm_bg.wasm" -o "$dist/pkg/copydesk_wasm_bg.wasm.opt"
  mv "$dist/pkg/copydesk_wasm_bg.wasm.opt" "$dist/pkg/copydesk_wasm_bg.wasm"
fi
cp "$here/src/index.html" "$here/src/app.js" "$here/src/style.css" "$dist/"
# The offline cache is named after the files it holds, so a new build replaces the old one.
version="$(cat "$dist"/*.html "$dist"/*.js "$dist"/*.css "$dist"/pkg/* | sha256sum | cut -c1-12)"
sed "s/VERSION/$version/" "$here/src/sw.js" >"$dist/sw.js"
# GitHub Pages runs Jekyll unless told not to.
touch "$dist/.nojekyll"

wasm_bytes=$(wc -c <"$dist/pkg/copydesk_wasm_bg.wasm")
gz_bytes=$(gzip -9 -c "$dist/pkg/copydesk_wasm_bg.wasm" | wc -c)
echo "web/build.sh: built $dist (engine: $wasm_bytes bytes, $gz_bytes gzipped)"
