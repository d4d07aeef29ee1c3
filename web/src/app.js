// The copydesk playground: the engine (copydesk-core compiled to WebAssembly) checks the draft
// on every change, in this page; nothing leaves it. See web/README.md.
import init, { analyze_draft, fix_all_safe, styles, rules, version } from "./pkg/copydesk_wasm.js";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const highlights = $("highlights");
const backdrop = $("backdrop");
const styleSelect = $("style");
const kindSelect = $("kind");
const statusEl = $("status");

/** Per-rule levels chosen in "Rule settings" (absent: the rule's default). */
const ruleLevels = {};
/** The last analysis, with byte offsets already turned into string indexes. */
let current = { findings: [], people: [], ledger: [] };
let scheduled = false;
/** Timings for the browser test: when the engine was ready and the first findings were shown. */
window.copydeskTimings = {};

function settings() {
  const s = { path: kindSelect.value };
  if (styleSelect.value) s.style = styleSelect.value;
  const r = Object.fromEntries(Object.entries(ruleLevels).filter(([, v]) => v));
  if (Object.keys(r).length) s.rules = r;
  return JSON.stringify(s);
}

/** Maps UTF-8 byte offsets (the engine's) to UTF-16 indexes (the textarea's), in one pass. */
function byteIndex(text) {
  const map = new Uint32Array(text.length * 3 + 2);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    map[b] = i;
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: four bytes, two UTF-16 units.
      map[b + 1] = map[b + 2] = map[b + 3] = i;
      b += 4;
      i++;
      continue;
    } else b += 3;
  }
  map[b] = text.length;
  return (offset) => (offset >= b ? text.length : map[offset]);
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

const RANK = { hint: 0, info: 1, warning: 2, error: 3 };

/** The backdrop's HTML: the draft with each flagged range wrapped in a mark. */
function highlightHtml(text, findings) {
  const cuts = new Set([0, text.length]);
  const spans = findings.map((f) => {
    // An empty range (a place to insert) is shown on the character after it.
    const end = f.end > f.start ? f.end : Math.min(f.start + 1, text.length);
    cuts.add(f.start);
    cuts.add(end);
    return { start: f.start, end, severity: f.severity };
  });
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = escapeHtml(text.slice(a, b));
    let worst = null;
    for (const s of spans) {
      if (s.start <= a && b <= s.end && (worst === null || RANK[s.severity] > RANK[worst])) worst = s.severity;
    }
    html += worst ? `<mark class="${worst}">${piece}</mark>` : piece;
  }
  // A final newline needs something after it, or the backdrop is a line short.
  return html + " ";
}

function check() {
  scheduled = false;
  const text = draft.value;
  const t0 = performance.now();
  const out = JSON.parse(analyze_draft(text, settings()));
  const t1 = performance.now();
  if (out.error) {
    statusEl.textContent = out.error;
    return;
  }
  const at = byteIndex(text);
  const place = (x) => ({ ...x, start: at(x.byte_start), end: at(x.byte_end) });
  current = {
    text,
    findings: out.findings.map((f) => ({
      ...place(f),
      fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(place) })),
    })),
    people: out.people.map((p) => ({ ...p, first: p.first && place(p.first) })),
    ledger: out.ledger.map(place),
  };
  render();
  if (window.copydeskTimings.firstFindings === undefined) {
    Object.assign(window.copydeskTimings, { firstFindings: performance.now(), firstAnalysis: t1 - t0 });
  }
  updateFragment();
}

/** Checks at the next frame: every keystroke is checked, a burst of them only once per frame. */
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(check);
  }
}

function select(start, end) {
  draft.focus();
  draft.setSelectionRange(start, end);
  // Bring the selection into view: blur and refocus makes the textarea scroll to its caret.
  draft.blur();
  draft.focus();
}

/** Replaces a range of the draft as typing would, so that undo (Ctrl+Z) takes it back. */
function replaceRange(start, end, text) {
  draft.focus();
  draft.setSelectionRange(start, end);
  if (!document.execCommand("insertText", false, text)) {
    draft.setRangeText(text, start, end, "end");
  }
}

function applyFix(fix) {
  if (!fix.edits.length) return;
  // One replacement over the span of all the edits, so that one Ctrl+Z takes the fix back.
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const from = edits[0].start;
  const to = Math.max(...edits.map((e) => e.end));
  const text = draft.value;
  let out = "";
  let at = from;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edits: the engine never makes them
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  replaceRange(from, to, out + text.slice(at, to));
  check();
}

function line(text, max = 80) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function render() {
  const { text, findings, people, ledger } = current;
  highlights.innerHTML = highlightHtml(text, findings);
  syncScroll();
  const n = findings.length;
  $("findings-count").textContent = `(${n})`;
  statusEl.textContent = n === 0 ? "No findings" : `${n} finding${n === 1 ? "" : "s"}`;
  $("fix-all").disabled = !findings.some((f) => f.fixes.some((x) => x.safe));

  const list = $("findings");
  list.replaceChildren();
  for (const f of findings) {
    const li = document.createElement("li");
    li.className = `finding ${f.severity}`;
    li.dataset.rule = f.rule;
    li.dataset.line = f.line;
    li.dataset.column = f.column;
    const head = document.createElement("div");
    head.className = "finding-head";
    const go = document.createElement("button");
    go.type = "button";
    go.className = "go";
    go.textContent = `Line ${f.line}, column ${f.column}`;
    go.setAttribute("aria-label", `Show in the draft: line ${f.line}, column ${f.column}: “${line(text.slice(f.start, f.end), 60)}”`);
    go.addEventListener("click", () => select(f.start, f.end));
    const rule = document.createElement("code");
    rule.className = "rule";
    rule.textContent = f.rule;
    const sev = document.createElement("span");
    sev.className = "severity";
    sev.textContent = f.severity;
    head.append(sev, rule, go);
    const msg = document.createElement("p");
    msg.className = "message";
    msg.textContent = f.message;
    li.append(head, msg);
    if (f.fixes.length) {
      const fixes = document.createElement("div");
      fixes.className = "fixes";
      for (const fix of f.fixes) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = fix.safe ? "fix safe" : "fix";
        b.textContent = fix.title;
        b.title = fix.safe ? "A safe fix: “Fix all safe” applies it too" : "Review before applying";
        b.addEventListener("click", () => applyFix(fix));
        fixes.append(b);
      }
      li.append(fixes);
    }
    list.append(li);
  }

  const pl = $("people");
  pl.replaceChildren();
  if (!people.length) pl.innerHTML = '<li class="none">Nobody named yet.</li>';
  for (const p of people) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "person";
    b.textContent = p.name;
    b.setAttribute("aria-label", `${p.name}: show the first mention`);
    if (p.first) b.addEventListener("click", () => select(p.first.start, p.first.end));
    const d = document.createElement("span");
    d.className = "detail";
    const titles = p.titles.length ? `${p.titles.join(", ")} · ` : "";
    d.textContent = `${titles}${p.mentions} mention${p.mentions === 1 ? "" : "s"}, ${p.quotations} quotation${p.quotations === 1 ? "" : "s"}`;
    li.append(b, " ", d);
    pl.append(li);
  }

  const body = $("ledger").tBodies[0];
  body.replaceChildren();
  if (!ledger.length) body.innerHTML = '<tr><td colspan="4" class="none">No direct quotations yet.</td></tr>';
  for (const e of ledger) {
    const tr = document.createElement("tr");
    if (e.speaker === "unattributed") tr.className = "unattributed";
    const where = document.createElement("td");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "go";
    b.textContent = `${e.line}:${e.column}`;
    b.setAttribute("aria-label", `Show the quotation at line ${e.line}, column ${e.column}`);
    b.addEventListener("click", () => select(e.start, e.end));
    where.append(b);
    const cells = [e.speaker, e.attribution, line(e.quote)].map((t) => {
      const td = document.createElement("td");
      td.textContent = t;
      return td;
    });
    tr.append(where, ...cells);
    body.append(tr);
  }
}

function syncScroll() {
  backdrop.scrollTop = draft.scrollTop;
  backdrop.scrollLeft = draft.scrollLeft;
}

/** `#style=bbc&draft=...`: the address carries the draft and style, so a link shows the same findings. */
function fragment() {
  const parts = [];
  if (styleSelect.value) parts.push(`style=${encodeURIComponent(styleSelect.value)}`);
  if (kindSelect.value !== "draft.md") parts.push("format=text");
  parts.push(`draft=${encodeURIComponent(draft.value)}`);
  return `#${parts.join("&")}`;
}

function updateFragment() {
  const f = fragment();
  try {
    if (location.hash !== f) history.replaceState(null, "", f);
  } catch {
    // An address too long for the browser: the page still works, the link just lags behind.
  }
}

function readFragment() {
  const params = {};
  for (const part of location.hash.replace(/^#/, "").split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    try {
      params[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
    } catch {
      // A malformed escape: leave that parameter out rather than fail.
    }
  }
  if (params.style !== undefined) {
    styleSelect.value = [...styleSelect.options].some((o) => o.value === params.style) ? params.style : "";
  }
  if (params.format !== undefined) kindSelect.value = params.format === "text" ? "draft.txt" : "draft.md";
  if (params.draft !== undefined) draft.value = params.draft;
}

function ruleSettings() {
  const box = $("rules");
  for (const r of JSON.parse(rules())) {
    const id = `rule-${r.id}`;
    const row = document.createElement("div");
    row.className = "rule-row";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.innerHTML = `<code>${escapeHtml(r.id)}</code> <span class="summary">${escapeHtml(r.summary)}</span>`;
    const sel = document.createElement("select");
    sel.id = id;
    for (const [value, text] of [["", `default (${r.severity})`], ["off", "off"], ["hint", "hint"], ["info", "info"], ["warning", "warning"], ["error", "error"]]) {
      sel.add(new Option(text, value));
    }
    sel.addEventListener("change", () => {
      ruleLevels[r.id] = sel.value;
      check();
    });
    row.append(label, sel);
    box.append(row);
  }
}

async function main() {
  await init();
  window.copydeskTimings.engineReady = performance.now();
  $("version").textContent = version();
  for (const s of JSON.parse(styles())) styleSelect.add(new Option(s.display, s.name));
  ruleSettings();
  readFragment();
  draft.addEventListener("input", schedule);
  draft.addEventListener("scroll", syncScroll);
  new ResizeObserver(syncScroll).observe(draft);
  styleSelect.addEventListener("change", check);
  kindSelect.addEventListener("change", check);
  window.addEventListener("hashchange", () => {
    if (location.hash !== fragment()) {
      readFragment();
      check();
    }
  });
  $("fix-all").addEventListener("click", () => {
    const out = JSON.parse(fix_all_safe(draft.value, settings()));
    if (out.error || out.fixed === 0) return;
    replaceRange(0, draft.value.length, out.text);
    check();
    statusEl.textContent = `Fixed ${out.fixed} issue${out.fixed === 1 ? "" : "s"}; ${statusEl.textContent}`;
  });
  $("copy-link").addEventListener("click", async () => {
    updateFragment();
    try {
      await navigator.clipboard.writeText(location.href);
      statusEl.textContent = "Link copied: it holds the draft and the style";
    } catch {
      statusEl.textContent = "Copy the address bar: it holds the draft and the style";
    }
  });
  check();
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    // Keeps the page and the engine for offline use; it caches them, never the draft.
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
}

main().catch((e) => {
  statusEl.textContent = `The engine could not start: ${e}`;
});
