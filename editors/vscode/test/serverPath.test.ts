import { test } from "node:test";
import assert from "node:assert/strict";
import {
  bundledServerPath,
  expandConfiguredPath,
  installCommand,
  installerServerPath,
  notFoundMessage,
  resolveServerPath,
  ResolveEnv,
} from "../src/serverPath";

// A fake machine: only the listed files exist and are executable.
function env(files: string[], extra: Partial<ResolveEnv> = {}): ResolveEnv {
  const set = new Set(files);
  return {
    extensionPath: "/ext/copydesk-0.1.0",
    workspaceFolder: "/home/ana/newsroom",
    home: "/home/ana",
    platform: "linux",
    pathEnv: "/usr/local/bin:/usr/bin",
    isExecutable: (f) => set.has(f),
    ...extra,
  };
}

test("the bundled binary wins over PATH when nothing is configured", () => {
  const r = resolveServerPath(env(["/ext/copydesk-0.1.0/server/copydesk", "/usr/bin/copydesk"]));
  assert.deepEqual(r, { ok: true, command: "/ext/copydesk-0.1.0/server/copydesk", source: "bundled" });
});

test("without a bundled binary, copydesk is found on PATH in PATH order", () => {
  const r = resolveServerPath(env(["/usr/bin/copydesk", "/usr/local/bin/copydesk"]));
  assert.deepEqual(r, { ok: true, command: "/usr/local/bin/copydesk", source: "path" });
});

test("the setting wins over the bundled binary", () => {
  const r = resolveServerPath(
    env(["/ext/copydesk-0.1.0/server/copydesk", "/opt/copydesk/bin/copydesk"], {
      configured: "/opt/copydesk/bin/copydesk",
    }),
  );
  assert.deepEqual(r, { ok: true, command: "/opt/copydesk/bin/copydesk", source: "setting" });
});

test("a wrong setting is an error, not a silent fallback to another binary", () => {
  const r = resolveServerPath(
    env(["/ext/copydesk-0.1.0/server/copydesk"], { configured: "/opt/nothing/copydesk" }),
  );
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : "", /\/opt\/nothing\/copydesk is not an executable file/);
});

test("~, ${workspaceFolder} and relative settings are expanded", () => {
  const e = env([]);
  assert.equal(expandConfiguredPath("~/bin/copydesk", e), "/home/ana/bin/copydesk");
  assert.equal(
    expandConfiguredPath("${workspaceFolder}/target/debug/copydesk", e),
    "/home/ana/newsroom/target/debug/copydesk",
  );
  assert.equal(expandConfiguredPath("./target/release/copydesk", e), "/home/ana/newsroom/target/release/copydesk");
  const r = resolveServerPath(env(["/home/ana/newsroom/target/release/copydesk"], { configured: "target/release/copydesk" }));
  assert.deepEqual(r, { ok: true, command: "/home/ana/newsroom/target/release/copydesk", source: "setting" });
});

test("a bare command name in the setting is looked up on PATH", () => {
  const r = resolveServerPath(env(["/usr/bin/copydesk-nightly"], { configured: "copydesk-nightly" }));
  assert.deepEqual(r, { ok: true, command: "/usr/bin/copydesk-nightly", source: "setting" });
  const missing = resolveServerPath(env([], { configured: "copydesk-nightly" }));
  assert.equal(missing.ok, false);
});

test("nothing anywhere: an error that says how to install", () => {
  const r = resolveServerPath(env([], { pathEnv: "" }));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : "", /not on PATH.*copydesk\.server\.path/s);
});

test("Windows: copydesk.exe in the extension, PATHEXT on PATH", () => {
  assert.equal(bundledServerPath("C:\\ext\\copydesk", "win32"), "C:\\ext\\copydesk\\server\\copydesk.exe");
  const r = resolveServerPath({
    extensionPath: "C:\\ext\\copydesk",
    platform: "win32",
    pathEnv: "C:\\Windows;C:\\Tools",
    pathExt: ".COM;.EXE",
    isExecutable: (f) => f === "C:\\Tools\\copydesk.EXE",
  });
  assert.deepEqual(r, { ok: true, command: "C:\\Tools\\copydesk.EXE", source: "path" });
});

test("the universal .vsix (no bundled binary) takes copydesk from PATH", () => {
  const r = resolveServerPath(env(["/usr/local/bin/copydesk"]));
  assert.deepEqual(r, { ok: true, command: "/usr/local/bin/copydesk", source: "path" });
});

test("a copydesk just installed by the installer is found before VS Code's PATH knows it", () => {
  const r = resolveServerPath(env(["/home/ana/.cargo/bin/copydesk"], { pathEnv: "/usr/bin" }));
  assert.deepEqual(r, { ok: true, command: "/home/ana/.cargo/bin/copydesk", source: "installer" });
  const custom = resolveServerPath(env(["/opt/cargo/bin/copydesk"], { cargoHome: "/opt/cargo" }));
  assert.deepEqual(custom, { ok: true, command: "/opt/cargo/bin/copydesk", source: "installer" });
  assert.equal(
    installerServerPath({ ...env([]), platform: "win32", home: "C:\\Users\\ana" }),
    "C:\\Users\\ana\\.cargo\\bin\\copydesk.exe",
  );
});

test("nothing anywhere: the message gives this platform's install command", () => {
  const linux = resolveServerPath(env([], { pathEnv: "" }));
  assert.equal(linux.ok, false);
  const text = !linux.ok ? linux.error : "";
  assert.ok(text.includes(installCommand("linux")), text);
  assert.match(text, /curl .*copydesk-installer\.sh \| sh/);
  assert.match(text, /not on PATH/);
  const win = resolveServerPath({ ...env([], { pathEnv: "" }), platform: "win32", home: "C:\\Users\\ana" });
  const winText = !win.ok ? win.error : "";
  assert.match(winText, /powershell .*irm .*copydesk-installer\.ps1 \| iex/);
  assert.equal(notFoundMessage("darwin"), notFoundMessage("linux"));
});
