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
  /** True when `file` exists, is a file and may be executed. */
  isExecutable: (file: string) => boolean;
}

/** Where a resolved binary came from. */
export type ServerSource = "setting" | "bundled" | "path";

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
 * else `copydesk` on PATH.
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

  return {
    ok: false,
    error:
      "copydesk: no server binary found. This extension has no bundled binary for this platform and " +
      "`copydesk` is not on PATH. Install it (`cargo install --path .` in the copydesk " +
      "repository) or set copydesk.server.path.",
  };
}
