// The VS Code side of copydesk: starts `copydesk lsp`, passes the settings, shows a status bar
// item and offers the extension's commands. Everything testable without VS Code lives in
// config.ts and serverPath.ts.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  DocumentSymbol,
  DocumentSymbolRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  SymbolInformation,
  SymbolKind,
} from "vscode-languageclient/node";
import {
  didChangeConfigurationParams,
  statusText,
  statusTooltip,
  styleFromToml,
  StyleSource,
  toServerSettings,
} from "./config";
import { bundledServerPath, installCommand, resolveServerPath } from "./serverPath";

// A plain array serves both vscode.languages.match and the language client.
const SELECTOR: { language: string; scheme: string }[] = [
  { language: "markdown", scheme: "file" },
  { language: "markdown", scheme: "untitled" },
  { language: "plaintext", scheme: "file" },
  { language: "plaintext", scheme: "untitled" },
];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let extensionPath = "";
// Serialises start/stop/restart so two quick restarts cannot race.
let lifecycle: Promise<void> = Promise.resolve();

/** Called by VS Code when a Markdown or plain-text file opens. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel("copydesk");
  status = vscode.window.createStatusBarItem("copydesk.status", vscode.StatusBarAlignment.Right, 100);
  status.name = "copydesk";
  status.command = "copydesk.showPeople";
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand("copydesk.restartServer", () => restart(true)),
    vscode.commands.registerCommand("copydesk.showPeople", showPeople),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active !== undefined && e.uris.some((u) => u.toString() === active)) {
        updateStatus();
      }
    }),
  );

  await enqueue(start);
  updateStatus();
}

/** Called by VS Code on shutdown. */
export async function deactivate(): Promise<void> {
  await enqueue(stop);
}

function enqueue(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(step, step);
  return lifecycle;
}

function currentSettings(scope?: vscode.ConfigurationScope) {
  const cfg = vscode.workspace.getConfiguration("copydesk", scope);
  const mapped = toServerSettings({ style: cfg.get("style"), rules: cfg.get("rules") });
  for (const problem of mapped.problems) {
    output.appendLine(`settings: ${problem}`);
  }
  return mapped.settings;
}

async function start(): Promise<void> {
  ensureBundledExecutable();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const resolution = resolveServerPath({
    configured: vscode.workspace.getConfiguration("copydesk").get<string>("server.path"),
    extensionPath,
    workspaceFolder: folder,
    home: os.homedir(),
    platform: process.platform,
    pathEnv: process.env.PATH,
    pathExt: process.env.PATHEXT,
    cargoHome: process.env.CARGO_HOME,
    isExecutable,
  });
  if (!resolution.ok) {
    output.appendLine(resolution.error);
    status.text = "$(error) copydesk: no server";
    status.tooltip = resolution.error;
    status.show();
    const copy = "Copy install command";
    const choice = await vscode.window.showErrorMessage(resolution.error, copy, "Open settings");
    if (choice === copy) {
      await vscode.env.clipboard.writeText(installCommand(process.platform));
      void vscode.window.showInformationMessage(
        "copydesk: the install command is on the clipboard; run it in a terminal, then \"copydesk: restart server\".",
      );
    } else if (choice === "Open settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.server.path");
    }
    return;
  }
  output.appendLine(`starting ${resolution.command} lsp (${resolution.source})`);

  const serverOptions: ServerOptions = {
    command: resolution.command,
    args: ["lsp"],
    options: { cwd: folder },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: output,
    initializationOptions: currentSettings(),
    synchronize: {
      // The server re-reads .copydesk.toml when it changes (SPEC: watching the config file).
      fileEvents: vscode.workspace.createFileSystemWatcher("**/.copydesk.toml"),
    },
    middleware: {
      workspace: {
        // Answer the server's `workspace/configuration` with the mapped settings, not VS Code's
        // raw ones (which hold the server path and empty defaults).
        configuration: (params, token, next) => {
          const items = params.items ?? [];
          if (items.every((item) => item.section === "copydesk")) {
            return items.map((item) =>
              currentSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined),
            );
          }
          return next(params, token);
        },
      },
    },
  };
  client = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  const started = client;
  started.onDidChangeState((e) => {
    if (client === started) {
      updateStatus();
    }
  });
  try {
    await client.start();
  } catch (err) {
    output.appendLine(`the server did not start: ${String(err)}`);
    void vscode.window.showErrorMessage(`copydesk: the server did not start (${resolution.command}): ${String(err)}`);
  }
}

async function stop(): Promise<void> {
  const old = client;
  client = undefined;
  if (old !== undefined) {
    try {
      // A client whose server never started cannot be stopped, only disposed of.
      await (old.needsStop() ? old.stop(5000) : old.dispose(5000));
    } catch (err) {
      output.appendLine(`stopping the server: ${String(err)}`);
    }
  }
}

async function restart(announce: boolean): Promise<void> {
  await enqueue(async () => {
    await stop();
    await start();
  });
  updateStatus();
  if (announce && client !== undefined) {
    void vscode.window.showInformationMessage("copydesk: server restarted");
  }
}

function onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
  if (!e.affectsConfiguration("copydesk")) {
    return;
  }
  if (e.affectsConfiguration("copydesk.server.path")) {
    void restart(false);
    return;
  }
  if (client !== undefined && client.isRunning()) {
    void client.sendNotification("workspace/didChangeConfiguration", didChangeConfigurationParams(currentSettings()));
  }
  updateStatus();
}

// A .vsix is a zip file; some unpackers drop the executable bit of the bundled binary.
function ensureBundledExecutable(): void {
  if (process.platform === "win32") {
    return;
  }
  const bundled = bundledServerPath(extensionPath, process.platform);
  try {
    if (fs.statSync(bundled).isFile() && !isExecutable(bundled)) {
      fs.chmodSync(bundled, 0o755);
    }
  } catch {
    // No bundled binary: PATH or the setting will be used.
  }
}

function isExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) {
      return false;
    }
    if (process.platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

function isDraft(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(SELECTOR, doc) > 0;
}

/** The style in force for a draft: the setting, else `.copydesk.toml` walking up from the draft. */
function styleFor(doc: vscode.TextDocument | undefined): { style?: string; source: StyleSource } {
  const fromSettings = currentSettings(doc?.uri).style;
  if (fromSettings !== undefined) {
    return { style: fromSettings, source: "settings" };
  }
  if (doc?.uri.scheme === "file") {
    let dir = path.dirname(doc.uri.fsPath);
    for (;;) {
      try {
        const style = styleFromToml(fs.readFileSync(path.join(dir, ".copydesk.toml"), "utf8"));
        if (style !== undefined) {
          return { style, source: "config-file" };
        }
        break;
      } catch {
        // No config file here: keep walking up.
      }
      const parent = path.dirname(dir);
      if (parent === dir) {
        break;
      }
      dir = parent;
    }
  }
  return { source: "none" };
}

function updateStatus(): void {
  if (client === undefined) {
    return;
  }
  if (client.state === State.Stopped) {
    status.text = "$(error) copydesk: server stopped";
    status.tooltip = "The copydesk server is not running (see Output: copydesk). Click to restart it.";
    status.command = "copydesk.restartServer";
    status.show();
    return;
  }
  status.command = "copydesk.showPeople";
  const doc = vscode.window.activeTextEditor?.document;
  const { style, source } = styleFor(doc);
  let findings: number | undefined;
  if (doc !== undefined && isDraft(doc)) {
    findings = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === "copydesk").length;
  }
  status.text = statusText(style, findings);
  status.tooltip = statusTooltip(style, source, findings);
  status.show();
}

/** A person (or other named entity) from the server's document symbols. */
interface PersonItem extends vscode.QuickPickItem {
  range: vscode.Range;
}

async function showPeople(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !isDraft(editor.document)) {
    void vscode.window.showInformationMessage("copydesk: open a Markdown or plain-text draft first");
    return;
  }
  if (client === undefined || !client.isRunning()) {
    void vscode.window.showWarningMessage("copydesk: the server is not running");
    return;
  }
  let result: (DocumentSymbol | SymbolInformation)[] | null;
  try {
    result = await client.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    });
  } catch (err) {
    output.appendLine(`document symbols: ${String(err)}`);
    void vscode.window.showWarningMessage("copydesk: this server does not list people (document symbols)");
    return;
  }
  const people = peopleFromSymbols(result ?? []);
  if (people.length === 0) {
    void vscode.window.showInformationMessage("copydesk: no people found in this story");
    return;
  }
  const picked = await vscode.window.showQuickPick(people, {
    title: "copydesk: the people in this story",
    placeHolder: "Go to the first mention",
    matchOnDetail: true,
  });
  if (picked !== undefined) {
    editor.selection = new vscode.Selection(picked.range.start, picked.range.end);
    editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenter);
  }
}

// The server lists people and quotations as document symbols; quotations are strings, people are
// everything else (grouped under a "People" container when the server groups them).
function peopleFromSymbols(symbols: (DocumentSymbol | SymbolInformation)[]): PersonItem[] {
  const items: PersonItem[] = [];
  const visit = (list: (DocumentSymbol | SymbolInformation)[], inPeople: boolean) => {
    for (const s of list) {
      const children = "children" in s ? s.children ?? [] : [];
      const isContainer = children.length > 0 && /^(people|persons)$/i.test(s.name);
      if (isContainer) {
        visit(children, true);
        continue;
      }
      const isPerson = inPeople || (s.kind !== SymbolKind.String && !/^quot/i.test(s.name));
      if (isPerson) {
        const r = "selectionRange" in s ? s.selectionRange : s.location.range;
        items.push({
          label: `$(person) ${s.name}`,
          description: "detail" in s && s.detail ? s.detail : undefined,
          range: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        });
      }
      if (children.length > 0 && !isPerson) {
        visit(children, false);
      }
    }
  };
  visit(symbols, false);
  return items;
}
