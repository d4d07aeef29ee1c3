// Bundles the extension (and, with --tests, the unit tests) with esbuild.
//   node scripts/build.mjs               development bundle in dist/
//   node scripts/build.mjs --production  minified bundle in dist/ (used by vsce)
//   node scripts/build.mjs --tests       unit tests in dist-test/ (run with node --test)
import * as esbuild from "esbuild";
import { readdirSync } from "node:fs";

const production = process.argv.includes("--production");
const tests = process.argv.includes("--tests");

if (tests) {
  const entryPoints = readdirSync("test")
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `test/${f}`);
  await esbuild.build({
    entryPoints,
    outdir: "dist-test",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // The unit tests cover the pure modules; nothing may pull VS Code in.
    external: [],
    logLevel: "warning",
  });
} else {
  await esbuild.build({
    entryPoints: ["src/extension.ts"],
    outfile: "dist/extension.js",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    minify: production,
    sourcemap: !production,
    logLevel: "warning",
  });
}
