// Mapping from the extension's settings to the options the copydesk server understands.
// Pure (no `vscode` import) so the unit tests run under plain Node.

/** The house style profiles the server knows (SPEC: title-style). */
export const STYLES = ["ap", "reuters", "nyt", "bbc", "guardian", "economist", "chicago"] as const;

/** The severities a rule can be given, `off` included. */
export const SEVERITIES = ["off", "hint", "info", "warning", "error"] as const;

/** A rule severity as the server reads it. */
export type Severity = (typeof SEVERITIES)[number];

/** The settings object sent as `initializationOptions` and in `workspace/didChangeConfiguration`. */
export interface ServerSettings {
  style?: string;
  rules?: Record<string, Severity>;
}

/** The raw values of the `copydesk.*` settings, as read from the workspace configuration. */
export interface RawSettings {
  style?: unknown;
  rules?: unknown;
}

/** Settings mapped for the server, plus the problems found in the user's values. */
export interface MappedSettings {
  settings: ServerSettings;
  problems: string[];
}

const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** Maps the user's settings to the server's shape, dropping (and reporting) values it would reject. */
export function toServerSettings(raw: RawSettings): MappedSettings {
  const settings: ServerSettings = {};
  const problems: string[] = [];

  if (typeof raw.style === "string") {
    const style = raw.style.trim().toLowerCase();
    if (style !== "") {
      if ((STYLES as readonly string[]).includes(style)) {
        settings.style = style;
      } else {
        problems.push(`copydesk.style: unknown style "${raw.style}" (known: ${STYLES.join(", ")})`);
      }
    }
  } else if (raw.style !== undefined && raw.style !== null) {
    problems.push("copydesk.style: expected a string");
  }

  if (raw.rules !== undefined && raw.rules !== null) {
    if (typeof raw.rules !== "object" || Array.isArray(raw.rules)) {
      problems.push("copydesk.rules: expected an object of rule id to severity");
    } else {
      const rules: Record<string, Severity> = {};
      for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        const sev = typeof value === "string" ? value.trim().toLowerCase() : value;
        if (!RULE_ID.test(id)) {
          problems.push(`copydesk.rules: "${id}" is not a rule id`);
        } else if (typeof sev === "string" && (SEVERITIES as readonly string[]).includes(sev)) {
          rules[id] = sev as Severity;
        } else if (sev === "information") {
          // VS Code's own word for it; accept it rather than surprise the user.
          rules[id] = "info";
        } else {
          problems.push(`copydesk.rules.${id}: unknown severity ${JSON.stringify(value)} (use ${SEVERITIES.join(", ")})`);
        }
      }
      if (Object.keys(rules).length > 0) {
        settings.rules = rules;
      }
    }
  }

  return { settings, problems };
}

/** The payload of `workspace/didChangeConfiguration` for these settings. */
export function didChangeConfigurationParams(settings: ServerSettings): { settings: { copydesk: ServerSettings } } {
  return { settings: { copydesk: settings } };
}

/** Reads `style = "..."` from the text of a `.copydesk.toml` (top-level key only), for the status bar. */
export function styleFromToml(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith("[")) {
      // Past the top-level table: a `style` key below belongs to another table.
      return undefined;
    }
    const m = /^style\s*=\s*["']([^"']*)["']\s*(#.*)?$/.exec(trimmed);
    if (m) {
      return m[1];
    }
  }
  return undefined;
}

/** Where the style shown in the status bar comes from. */
export type StyleSource = "settings" | "config-file" | "none";

/** The status bar text: the style in use and the number of findings in the active draft. */
export function statusText(style: string | undefined, findings: number | undefined): string {
  const styleLabel = style ? style.toUpperCase() : "no style";
  if (findings === undefined) {
    return `$(book) copydesk: ${styleLabel}`;
  }
  return `$(book) copydesk: ${styleLabel} · ${findings}`;
}

/** The status bar tooltip, spelled out. */
export function statusTooltip(style: string | undefined, source: StyleSource, findings: number | undefined): string {
  const styleLine =
    source === "settings"
      ? `House style: ${style} (from the copydesk.style setting)`
      : source === "config-file"
        ? `House style: ${style} (from .copydesk.toml)`
        : "No house style selected: titles are checked for consistency only";
  if (findings === undefined) {
    return styleLine;
  }
  const noun = findings === 1 ? "finding" : "findings";
  return `${styleLine}\n${findings} ${noun} in this draft`;
}
