#!/usr/bin/env bash
# Checks what `bash scripts/package.sh TARGET` wrote in dist/: the archive's checksum and
# contents, the binary's format (`file`), the .vsix's platform and binary; and, where qemu-user
# can run it, that the binary runs.
#   bash scripts/check-package.sh TARGET ...    (`universal` checks the universal .vsix)
# Prints one line per check, then "N passed, N failed"; exits 1 on a failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo/dist" || { echo "no dist/ folder: run scripts/package.sh first"; exit 1; }
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/Cargo.toml" | head -1)"
passed=0
failed=0
check() { # NAME COMMAND...
  local name="$1"
  shift
  if out="$("$@" 2>&1)"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    echo "$out" | sed 's/^/     /' | head -20
  fi
}

# The `file` description a target's binary must match, and its VS Code platform.
expect_format() {
  case "$1" in
    x86_64-unknown-linux-musl) echo 'ELF 64-bit LSB .*x86-64.*static' ;;
    aarch64-unknown-linux-musl) echo 'ELF 64-bit LSB .*ARM aarch64.*static' ;;
    x86_64-apple-darwin) echo 'Mach-O 64-bit .*x86_64' ;;
    aarch64-apple-darwin) echo 'Mach-O 64-bit .*arm64' ;;
    x86_64-pc-windows-*) echo 'PE32\+ executable .*x86-64' ;;
  esac
}
vscode_target() {
  case "$1" in
    x86_64-unknown-linux-*) echo linux-x64 ;;
    aarch64-unknown-linux-*) echo linux-arm64 ;;
    x86_64-apple-darwin) echo darwin-x64 ;;
    aarch64-apple-darwin) echo darwin-arm64 ;;
    x86_64-pc-windows-*) echo win32-x64 ;;
  esac
}

# The files of a zip (a .vsix is one), one a line; one member's bytes.
zip_names() { python3 -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$1"; }
zip_cat() { python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"; }
# Succeeds when standard input has no line matching the pattern.
absent() { ! grep -Eq "$1"; }
same_lines() { [ "$(cat)" = "$1" ]; }

for target in "$@"; do
  if [ "$target" = universal ]; then
    vsix="copydesk-$version.vsix"
    check "$vsix exists" test -f "$vsix"
    check "$vsix carries no binary" absent '^extension/server/' <<<"$(zip_names "$vsix")"
    check "$vsix names no platform" absent TargetPlatform <<<"$(zip_cat "$vsix" extension.vsixmanifest)"
    continue
  fi
  work="$(mktemp -d)"
  exe=copydesk
  archive="copydesk-$target.tar.gz"
  case "$target" in *-windows-*) exe=copydesk.exe archive="copydesk-$target.zip" ;; esac
  check "$archive exists" test -f "$archive"
  check "$archive matches its .sha256" sha256sum -c "$archive.sha256"
  case "$archive" in
    *.zip)
      check "$archive holds $exe, README.md, LICENSE" \
        same_lines "$(printf 'LICENSE\nREADME.md\n%s' "$exe")" <<<"$(zip_names "$archive")"
      python3 -m zipfile -e "$archive" "$work"
      bin="$work/$exe"
      ;;
    *)
      check "$archive holds copydesk-$target/ with copydesk, README.md, LICENSE" \
        same_lines "$(printf 'copydesk-%s/\ncopydesk-%s/LICENSE\ncopydesk-%s/README.md\ncopydesk-%s/copydesk' "$target" "$target" "$target" "$target")" \
        <<<"$(tar -tzf "$archive" | LC_ALL=C sort)"
      tar -xzf "$archive" -C "$work"
      bin="$work/copydesk-$target/$exe"
      ;;
  esac
  format="$(file -b "$bin" 2>&1)"
  echo "     $target: $format"
  check "the $target binary is $(expect_format "$target")" grep -Eq "$(expect_format "$target")" <<<"$format"
  if [ "$target" = aarch64-unknown-linux-musl ] && command -v qemu-aarch64 >/dev/null; then
    check "the aarch64 binary runs under qemu-aarch64: $(qemu-aarch64 "$bin" --version 2>&1)" \
      grep -q "^copydesk $version" <<<"$(qemu-aarch64 "$bin" --version 2>&1)"
  fi
  platform="$(vscode_target "$target")"
  vsix="copydesk-$platform-$version.vsix"
  if [ -f "$vsix" ]; then
    check "$vsix carries extension/server/$exe" grep -qx "extension/server/$exe" <<<"$(zip_names "$vsix")"
    check "$vsix is for $platform" grep -q "TargetPlatform=\"$platform\"" <<<"$(zip_cat "$vsix" extension.vsixmanifest)"
    zip_cat "$vsix" "extension/server/$exe" >"$work/from-vsix"
    check "$vsix's binary is the archive's" cmp "$bin" "$work/from-vsix"
  else
    echo "     (no $vsix: packaged with NO_VSIX=1)"
  fi
  rm -rf "$work"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
