import { test } from "node:test";
import assert from "node:assert/strict";
import {
  didChangeConfigurationParams,
  statusText,
  statusTooltip,
  styleFromToml,
  toServerSettings,
} from "../src/config";

test("empty settings map to an empty object (the server keeps .copydesk.toml)", () => {
  assert.deepEqual(toServerSettings({ style: "", rules: {} }), { settings: {}, problems: [] });
  assert.deepEqual(toServerSettings({}), { settings: {}, problems: [] });
});

test("style and rules map to the server's initializationOptions shape", () => {
  const { settings, problems } = toServerSettings({
    style: "bbc",
    rules: { "ambiguous-name": "off", "title-style": "error" },
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { style: "bbc", rules: { "ambiguous-name": "off", "title-style": "error" } });
});

test("style is trimmed and lowercased; an unknown style is dropped and reported", () => {
  assert.deepEqual(toServerSettings({ style: " AP " }).settings, { style: "ap" });
  const bad = toServerSettings({ style: "times" });
  assert.deepEqual(bad.settings, {});
  assert.equal(bad.problems.length, 1);
  assert.match(bad.problems[0], /unknown style "times"/);
});

test("severities are checked one by one; `information` is accepted as `info`", () => {
  const { settings, problems } = toServerSettings({
    rules: {
      "name-spelling": "Warning",
      "unbalanced-quote": "information",
      "unattributed-quote": "loud",
      "Not A Rule": "off",
      "title-style": 3,
    },
  });
  assert.deepEqual(settings, { rules: { "name-spelling": "warning", "unbalanced-quote": "info" } });
  assert.equal(problems.length, 3);
  assert.match(problems[0], /copydesk\.rules\.unattributed-quote: unknown severity "loud"/);
  assert.match(problems[1], /"Not A Rule" is not a rule id/);
  assert.match(problems[2], /copydesk\.rules\.title-style: unknown severity 3/);
});

test("wrong types are reported, never passed on", () => {
  const { settings, problems } = toServerSettings({ style: 42, rules: ["off"] });
  assert.deepEqual(settings, {});
  assert.deepEqual(problems, [
    "copydesk.style: expected a string",
    "copydesk.rules: expected an object of rule id to severity",
  ]);
});

test("didChangeConfiguration carries the same shape under settings.copydesk", () => {
  assert.deepEqual(didChangeConfigurationParams({ style: "ap", rules: { "ambiguous-name": "off" } }), {
    settings: { copydesk: { style: "ap", rules: { "ambiguous-name": "off" } } },
  });
  assert.deepEqual(didChangeConfigurationParams({}), { settings: { copydesk: {} } });
});

test("style is read from the top level of .copydesk.toml only", () => {
  assert.equal(styleFromToml('style = "bbc"\n[rules]\nambiguous-name = "off"\n'), "bbc");
  assert.equal(styleFromToml("# house settings\r\nstyle='ap'  # AP stylebook\r\n"), "ap");
  assert.equal(styleFromToml('[rules]\nstyle = "bbc"\n'), undefined);
  assert.equal(styleFromToml(""), undefined);
});

test("status bar text shows the style and the number of findings", () => {
  assert.equal(statusText("bbc", 3), "$(book) copydesk: BBC · 3");
  assert.equal(statusText(undefined, 0), "$(book) copydesk: no style · 0");
  assert.equal(statusText("ap", undefined), "$(book) copydesk: AP");
  assert.equal(
    statusTooltip("bbc", "config-file", 1),
    "House style: bbc (from .copydesk.toml)\n1 finding in this draft",
  );
  assert.equal(
    statusTooltip(undefined, "none", 2),
    "No house style selected: titles are checked for consistency only\n2 findings in this draft",
  );
});
