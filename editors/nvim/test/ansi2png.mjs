// Renders a terminal capture (`tmux capture-pane -e -p`, 24-bit SGR colours) to a PNG with
// headless Chromium, for the README's Neovim screenshots.
//   node ansi2png.mjs CAPTURE.txt OUT.png [COLUMNS]
// puppeteer-core is resolved from editors/vscode/test-e2e/node_modules (npm ci there first).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../../vscode/test-e2e/package.json"));
const puppeteer = require("puppeteer-core");

const [input, output, columnsArg] = process.argv.slice(2);
const columns = Number(columnsArg || 120);
const text = readFileSync(input, "utf8").replace(/\n+$/, "");

const FG = "#e0e2ea";
const BG = "#14161b";
const PALETTE = ["#07080d", "#ffc0b9", "#b3f6c0", "#fce094", "#a6dbff", "#ffcaff", "#8cf8f7", "#eef1f8"];

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function toHtml(src) {
  let state = {};
  let html = "";
  const re = /\x1b\[([0-9;:]*)m/g;
  let last = 0;
  const open = () => {
    let fg = state.fg || FG;
    let bg = state.bg || "transparent";
    if (state.reverse) [fg, bg] = [state.bg || BG, state.fg || FG];
    const css = [`color:${fg}`, `background:${bg}`];
    if (state.bold) css.push("font-weight:bold");
    if (state.italic) css.push("font-style:italic");
    if (state.underline) css.push(`text-decoration:underline ${state.curly ? "wavy" : "solid"} ${state.ul || fg}`, "text-underline-offset:3px");
    return `<span style="${css.join(";")}">`;
  };
  const emit = (chunk) => {
    if (chunk) html += open() + esc(chunk) + "</span>";
  };
  for (let m; (m = re.exec(src)); ) {
    emit(src.slice(last, m.index));
    last = re.lastIndex;
    const parts = m[1] === "" ? ["0"] : m[1].split(";");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const n = Number(p.split(":")[0]);
      if (p === "4:3") {
        state.underline = true;
        state.curly = true;
      } else if (n === 0) state = {};
      else if (n === 1) state.bold = true;
      else if (n === 3) state.italic = true;
      else if (n === 4) state.underline = true;
      else if (n === 7) state.reverse = true;
      else if (n === 22) state.bold = false;
      else if (n === 23) state.italic = false;
      else if (n === 24) state.underline = state.curly = false;
      else if (n === 27) state.reverse = false;
      else if (n >= 30 && n <= 37) state.fg = PALETTE[n - 30];
      else if (n >= 90 && n <= 97) state.fg = PALETTE[n - 90];
      else if (n === 39) state.fg = undefined;
      else if (n >= 40 && n <= 47) state.bg = PALETTE[n - 40];
      else if (n >= 100 && n <= 107) state.bg = PALETTE[n - 100];
      else if (n === 49) state.bg = undefined;
      else if ((n === 38 || n === 48 || n === 58) && parts[i + 1] === "2") {
        const rgb = `rgb(${parts[i + 2]},${parts[i + 3]},${parts[i + 4]})`;
        if (n === 38) state.fg = rgb;
        else if (n === 48) state.bg = rgb;
        else state.ul = rgb;
        i += 4;
      } else if ((n === 38 || n === 48 || n === 58) && parts[i + 1] === "5") {
        i += 2; // 256-colour indices are not used with termguicolors
      }
    }
  }
  emit(src.slice(last));
  return html;
}

const page = `<!doctype html><meta charset="utf-8"><style>
  body{margin:0;background:${BG}}
  pre{margin:0;padding:10px 12px;font:15px/1.35 "DejaVu Sans Mono",monospace;color:${FG};background:${BG};width:${columns}ch;white-space:pre}
</style><pre>${toHtml(text)}</pre>`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 800, height: 200, deviceScaleFactor: 1 });
  await tab.setContent(page);
  const pre = await tab.$("pre");
  await pre.screenshot({ path: output });
} finally {
  await browser.close();
}
console.log(`wrote ${output}`);
