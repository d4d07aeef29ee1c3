import { test } from "node:test";
import assert from "node:assert/strict";
import { bundledServerPath, expandConfiguredPath, resolveServerPath, ResolveEnv } from "../src/serverPath";

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
