// Finding the `copydesk` binary to start. Pure apart from the injected file check, so the unit
// tests can describe any machine.

import * as path from "node:path";

/** What the resolver may look at; tests pass fakes. */
export interface ResolveEnv {
  /** `copydesk.server.path` as set by the user ("" or undefined when unset). */
  configured?: string;
  /** The extension's install folder (holds `server/copydesk` in a packaged .vsix). */
  extensionPath: string;
  /** The first workspace folder, for relative and `${workspaceFolder}` paths. */
  workspaceFolder?: string;
  /** The user's home folder, for `~`. */
  home?: string;
  /** `process.platform`. */
  platform: string;
  /** The PATH environment variable. */
  pathEnv?: string;
  /** Windows' PATHEXT, for finding `copydesk.exe` and friends. */
  pathExt?: string;
  /** CARGO_HOME, where the copydesk installers put the binary (default `~/.cargo`). */
  cargoHome?: string;
  /** True when `file` exists, is a file and may be executed. */
  isExecutable: (file: string) => boolean;
}

/** Where a resolved binary came from. */
export type ServerSource = "setting" | "bundled" | "path" | "installer";

/** The outcome of resolving the server binary. */
export type Resolution =
  | { ok: true; command: string; source: ServerSource }
  | { ok: false; error: string };

/** The bundled binary's path inside the extension folder. */
export function bundledServerPath(extensionPath: string, platform: string): string {
  const exe = platform === "win32" ? "copydesk.exe" : "copydesk";
  return pathFor(platform).join(extensionPath, "server", exe);
}

function pathFor(platform: string): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

/** Expands `~` and `${workspaceFolder}`, and anchors a relative path at the workspace folder. */
export function expandConfiguredPath(configured: string, env: ResolveEnv): string {
  const p = pathFor(env.platform);
  let value = configured.trim();
  if (env.workspaceFolder !== undefined) {
    value = value.split("${workspaceFolder}").join(env.workspaceFolder);
  }
  if (env.home !== undefined && (value === "~" || value.startsWith("~/") || value.startsWith("~\\"))) {
    value = p.join(env.home, value.slice(1));
  }
  // A bare name such as `copydesk` means "look on PATH", like a shell would.
  const isBareName = !value.includes("/") && !value.includes("\\");
  if (!isBareName && !p.isAbsolute(value) && env.workspaceFolder !== undefined) {
    value = p.join(env.workspaceFolder, value);
  }
  return value;
}

/** Looks a command name up on PATH (with PATHEXT on Windows). */
export function findOnPath(name: string, env: ResolveEnv): string | undefined {
  const p = pathFor(env.platform);
  const sep = env.platform === "win32" ? ";" : ":";
  const exts =
    env.platform === "win32"
      ? ["", ...(env.pathExt ?? ".COM;.EXE;.BAT;.CMD").split(";").filter((e) => e !== "")]
      : [""];
  for (const dir of (env.pathEnv ?? "").split(sep)) {
    if (dir === "") {
      continue;
    }
    for (const ext of exts) {
      const candidate = p.join(dir, name + ext);
      if (env.isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Resolves the server binary: the `copydesk.server.path` setting when set (and then only it: a
 * wrong setting is an error, not a silent fallback), else the binary bundled in the extension,
 * else `copydesk` on PATH, else the installers' folder.
 */
export function resolveServerPath(env: ResolveEnv): Resolution {
  const configured = env.configured?.trim() ?? "";
  if (configured !== "") {
    const expanded = expandConfiguredPath(configured, env);
    const isBareName = !expanded.includes("/") && !expanded.includes("\\");
    if (isBareName) {
      const found = findOnPath(expanded, env);
      if (found !== undefined) {
        return { ok: true, command: found, source: "setting" };
      }
      return { ok: false, error: `copydesk.server.path is "${configured}", which is not on PATH` };
    }
    if (env.isExecutable(expanded)) {
      return { ok: true, command: expanded, source: "setting" };
    }
    return {
      ok: false,
      error: `copydesk.server.path is "${configured}", but ${expanded} is not an executable file`,
    };
  }

  const bundled = bundledServerPath(env.extensionPath, env.platform);
  if (env.isExecutable(bundled)) {
    return { ok: true, command: bundled, source: "bundled" };
  }

  const onPath = findOnPath("copydesk", env);
  if (onPath !== undefined) {
    return { ok: true, command: onPath, source: "path" };
  }

  // The installers put copydesk in CARGO_HOME/bin, which a VS Code started before the install
  // does not have on its PATH yet.
  const installed = installerServerPath(env);
  if (installed !== undefined && env.isExecutable(installed)) {
    return { ok: true, command: installed, source: "installer" };
  }

  return { ok: false, error: notFoundMessage(env.platform) };
}

/** Where the shell and PowerShell installers put the binary: `$CARGO_HOME/bin` or `~/.cargo/bin`. */
export function installerServerPath(env: ResolveEnv): string | undefined {
  const p = pathFor(env.platform);
  const home = env.cargoHome?.trim() || (env.home !== undefined ? p.join(env.home, ".cargo") : undefined);
  if (home === undefined) {
    return undefined;
  }
  return p.join(home, "bin", env.platform === "win32" ? "copydesk.exe" : "copydesk");
}

/** The release this extension's install commands fetch. */
export const RELEASES = "https://github.com/copydesk/copydesk/releases/latest/download";

/** The one command that installs copydesk on this platform. */
export function installCommand(platform: string): string {
  if (platform === "win32") {
    return `powershell -ExecutionPolicy Bypass -c "irm ${RELEASES}/copydesk-installer.ps1 | iex"`;
  }
  return `curl --proto '=https' --tlsv1.2 -LsSf ${RELEASES}/copydesk-installer.sh | sh`;
}

/** What to tell a user who has no copydesk anywhere: what is missing and the command to run. */
export function notFoundMessage(platform: string): string {
  return (
    "copydesk: the copydesk program was not found. This extension has no copydesk binary for this " +
    "platform inside, and `copydesk` is not on PATH. Install it with `" +
    installCommand(platform) +
    "` (or `cargo install --locked --git https://github.com/copydesk/copydesk copydesk`), then " +
    "run \"copydesk: restart server\", or set copydesk.server.path to the binary."
  );
}
