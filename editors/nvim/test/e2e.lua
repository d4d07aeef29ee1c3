-- Headless end-to-end test of copydesk in a real Neovim:
--   COPYDESK_BIN=target/debug/copydesk nvim --headless -u NONE -c "luafile editors/nvim/test/e2e.lua"
-- COPYDESK_NVIM_MODE=setup (default) uses require("copydesk").setup{}; =enable uses Neovim 0.11's
-- vim.lsp.config/vim.lsp.enable with lsp/copydesk.lua. Prints one line per check and a last line
-- "N passed, N failed"; exits non-zero when any check fails.

local script = debug.getinfo(1, "S").source:sub(2)
local plugin_dir = vim.fn.fnamemodify(script, ":p:h:h")
local repo = vim.fn.fnamemodify(plugin_dir, ":h:h")
local bin = os.getenv("COPYDESK_BIN") or (repo .. "/target/debug/copydesk")
local mode = os.getenv("COPYDESK_NVIM_MODE") or "setup"
local timeout = tonumber(os.getenv("COPYDESK_TIMEOUT_MS") or "") or 15000

vim.opt.runtimepath:prepend(plugin_dir)
vim.cmd("filetype on")
vim.o.swapfile = false
vim.o.shortmess = vim.o.shortmess .. "F"

local passed, failed, skipped = 0, 0, 0
local function out(line)
  io.stdout:write(line .. "\n")
end
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out("ok   " .. name)
  else
    failed = failed + 1
    out("FAIL " .. name .. (detail and ("\n     " .. tostring(detail):gsub("\n", "\n     ")) or ""))
  end
  return ok
end
local function skip(name, why)
  skipped = skipped + 1
  out("skip " .. name .. " (" .. why .. ")")
end
local function finish()
  out(string.format("%d passed, %d failed, %d skipped", passed, failed, skipped))
  io.stdout:flush()
  vim.cmd((failed > 0 or (passed == 0 and skipped == 0)) and "cquit 1" or "qall!")
end

out("nvim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor) .. "." .. tostring(vim.version().patch) .. ", mode " .. mode .. ", server " .. bin)

-- The draft: an unattributed quotation in curly marks (multi-byte marks and apostrophe), an
-- unbalanced straight mark after a multi-byte character (byte, UTF-16 and scalar columns all
-- differ there), and a misspelt surname.
local draft_lines = {
  "# Ferry service to resume on Monday",
  "",
  "The harbour ferry will run again from Monday after a winter of repairs to the slipway.",
  "",
  "“We expect the first crossing to leave at seven o’clock in the morning.”",
  "",
  'Barry Fitzpatrick, who runs the café on the quay, was relieved. "It has been a long winter for all of us, he said.',
  "",
  "Mr Fitzpatrik added that trade at the café had fallen by half.",
}
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, "p")
local draft = dir .. "/ferry.md"
vim.fn.writefile(draft_lines, draft)
local plain = dir .. "/ferry-notes.txt"
vim.fn.writefile({ "Notes from the quay.", "", '"The ferry was late again today and nobody told us why."' }, plain)

if vim.fn.executable(bin) ~= 1 then
  check("server binary " .. bin .. " is executable", false)
  return finish()
end

local cmd = { bin, "lsp" }
if mode == "enable" then
  if vim.lsp.config == nil or vim.lsp.enable == nil then
    skip("vim.lsp.enable mode", "this Neovim has no vim.lsp.config")
    return finish()
  end
  vim.lsp.config("copydesk", { cmd = cmd })
  vim.lsp.enable("copydesk")
else
  require("copydesk").setup({ cmd = cmd })
end

local function copydesk_client(buf)
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf })
    or vim.lsp.buf_get_clients(buf)
  for _, c in pairs(list) do
    if c.name == "copydesk" then
      return c
    end
  end
  return nil
end

local function diags(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.source or lsp.source) == "copydesk" then
      d.rule = d.code or lsp.code
      table.insert(found, d)
    end
  end
  table.sort(found, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return found
end

local function describe(list)
  local parts = {}
  for _, d in ipairs(list) do
    table.insert(parts, string.format("%s@%d:%d-%d:%d(sev %s)", tostring(d.rule), d.lnum, d.col, d.end_lnum, d.end_col, tostring(d.severity)))
  end
  return "[" .. table.concat(parts, ", ") .. "]"
end

-- Waits until pred(diagnostics) holds; returns the diagnostics seen last.
local function wait_diags(buf, pred)
  local last = {}
  vim.wait(timeout, function()
    last = diags(buf)
    return pred(last)
  end, 50)
  return last
end

-- 0-based scalar index -> 0-based byte index in a UTF-8 line.
local function byte_col(line, scalars)
  local b, n = 1, 0
  while n < scalars and b <= #line do
    local c = line:byte(b)
    b = b + (c < 0x80 and 1 or c < 0xE0 and 2 or c < 0xF0 and 3 or 4)
    n = n + 1
  end
  return b - 1
end

-- The CLI's findings for the same text, as Neovim would place them.
local function cli_findings(path, style, rules_off)
  local args = { bin, "check", "--format", "json" }
  if style then
    table.insert(args, "--style")
    table.insert(args, style)
  end
  table.insert(args, path)
  local json = vim.fn.system(args)
  local ok, list = pcall(vim.fn.json_decode, json)
  if not ok or type(list) ~= "table" then
    return nil, "copydesk check gave no JSON: " .. json
  end
  local lines = vim.fn.readfile(path)
  local expected = {}
  for _, f in ipairs(list) do
    if not (rules_off and rules_off[f.rule]) then
      table.insert(expected, {
        rule = f.rule,
        lnum = f.line - 1,
        col = byte_col(lines[f.line] or "", f.column - 1),
        end_lnum = f.end_line - 1,
        end_col = byte_col(lines[f.end_line] or "", f.end_column - 1),
      })
    end
  end
  table.sort(expected, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return expected
end

local function same_places(got, want)
  if #got ~= #want then
    return false
  end
  for i, w in ipairs(want) do
    local g = got[i]
    if g.rule ~= w.rule or g.lnum ~= w.lnum or g.col ~= w.col or g.end_lnum ~= w.end_lnum or g.end_col ~= w.end_col then
      return false
    end
  end
  return true
end

local function find(list, rule, lnum)
  for _, d in ipairs(list) do
    if d.rule == rule and (lnum == nil or d.lnum == lnum) then
      return d
    end
  end
  return nil
end

-- 1. Open the draft: the client attaches and diagnostics arrive.
vim.cmd("edit " .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
check("the draft opens as markdown", vim.bo[buf].filetype == "markdown", vim.bo[buf].filetype)
vim.wait(timeout, function()
  return copydesk_client(buf) ~= nil
end, 50)
local client = copydesk_client(buf)
if not check("copydesk attaches to the markdown buffer", client ~= nil) then
  return finish()
end

local got = wait_diags(buf, function(d)
  return find(d, "unattributed-quote") ~= nil and find(d, "unbalanced-quote") ~= nil
end)
local quote_line = draft_lines[5]
local unattributed = find(got, "unattributed-quote", 4)
check(
  "unattributed-quote covers the whole quotation on line 5, marks included",
  unattributed ~= nil and unattributed.col == 0 and unattributed.end_lnum == 4 and unattributed.end_col == #quote_line,
  describe(got)
)
local open_line = draft_lines[7]
local open_col = open_line:find('"It', 1, true) - 1
local unbalanced = find(got, "unbalanced-quote", 6)
check(
  "unbalanced-quote covers the lone mark on line 7, after the multi-byte é (byte column " .. open_col .. ")",
  unbalanced ~= nil and unbalanced.col == open_col and unbalanced.end_lnum == 6 and unbalanced.end_col == open_col + 1,
  describe(got)
)
check(
  "default severity is warning",
  unattributed ~= nil and unattributed.severity == vim.diagnostic.severity.WARN,
  describe(got)
)
local want, err = cli_findings(draft)
check("the editor shows exactly the CLI's findings, at the same places", want ~= nil and same_places(got, want), err or ("editor " .. describe(got) .. "\n cli " .. describe(want or {})))

local spelling = find(got, "name-spelling", 8)
local line9 = draft_lines[9]
local misspelt = line9:find("Fitzpatrik", 1, true) - 1
check(
  "name-spelling covers Fitzpatrik on line 9",
  spelling ~= nil and spelling.col == misspelt and spelling.end_col == misspelt + #"Fitzpatrik",
  describe(got)
)

-- 2. Quick fix through the editor: pick the attribution placeholder from the code action menu.
local function apply_code_action(lnum, col, title_pattern)
  vim.api.nvim_win_set_cursor(0, { lnum + 1, col })
  local offered = {}
  local chosen = false
  local original_select = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(offered, title)
      if not chosen and title:match(title_pattern) then
        chosen = true
        return on_choice(item, i)
      end
    end
    return on_choice(nil, nil)
  end
  local before = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1]
  if vim.fn.has("nvim-0.8") == 1 then
    vim.lsp.buf.code_action({
      filter = function(action)
        return (action.title or ""):match(title_pattern) ~= nil
      end,
      apply = true,
    })
  else
    vim.lsp.buf.code_action()
  end
  local changed = vim.wait(timeout, function()
    return vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] ~= before
  end, 50)
  vim.ui.select = original_select
  return changed, offered
end

local changed, offered = apply_code_action(4, 2, "%[who%] said")
local fixed_line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
check(
  "code action inserts the attribution placeholder on line 5",
  changed and fixed_line == "“We expect the first crossing to leave at seven o’clock in the morning,” [who] said.",
  "line 5 is now: " .. tostring(fixed_line) .. "\n     actions offered: " .. table.concat(offered, " | ")
)
got = wait_diags(buf, function(d)
  return find(d, "unattributed-quote", 4) == nil and find(d, "unbalanced-quote", 6) ~= nil
end)
check("after the fix the draft is re-checked: no unattributed-quote, unbalanced-quote stays", find(got, "unattributed-quote", 4) == nil and find(got, "unbalanced-quote", 6) ~= nil, describe(got))

-- The fixed buffer, saved, must agree with the CLI as well.
vim.cmd("silent write")

-- 3. Settings changed live: severities and the house style.
local function set_settings(settings)
  if mode == "enable" then
    local c = copydesk_client(buf)
    c.settings = { copydesk = settings }
    c.config.settings = c.settings
    c:notify("workspace/didChangeConfiguration", { settings = c.settings })
  else
    require("copydesk").set_settings(settings)
  end
end

set_settings({ rules = { ["unbalanced-quote"] = "error" } })
got = wait_diags(buf, function(d)
  local u = find(d, "unbalanced-quote", 6)
  return u ~= nil and u.severity == vim.diagnostic.severity.ERROR
end)
local u = find(got, "unbalanced-quote", 6)
check("rules = {unbalanced-quote = error}: the diagnostic becomes an error", u ~= nil and u.severity == vim.diagnostic.severity.ERROR, describe(got))

set_settings({ rules = { ["unbalanced-quote"] = "off" } })
got = wait_diags(buf, function(d)
  return find(d, "unbalanced-quote") == nil
end)
check("rules = {unbalanced-quote = off}: the diagnostic goes away", find(got, "unbalanced-quote") == nil, describe(got))

local styled = cli_findings(draft, "ap", { ["unbalanced-quote"] = true })
local unstyled = cli_findings(draft, nil, { ["unbalanced-quote"] = true })
if mode == "setup" then
  -- The plugin's command: changes the style, keeps the rule severities set above.
  vim.cmd("CopydeskStyle ap")
else
  set_settings({ style = "ap", rules = { ["unbalanced-quote"] = "off" } })
end
got = wait_diags(buf, function(d)
  return styled ~= nil and same_places(d, styled)
end)
check("style = ap: the editor shows the CLI's --style ap findings", styled ~= nil and same_places(got, styled), "editor " .. describe(got) .. "\n cli " .. describe(styled or {}))
check(
  "style = ap changes the findings: title-style flags the courtesy title on line 9",
  find(got, "title-style", 8) ~= nil and unstyled ~= nil and not same_places(got, unstyled),
  describe(got)
)

set_settings({})
got = wait_diags(buf, function(d)
  return find(d, "unbalanced-quote", 6) ~= nil and find(d, "title-style") == nil
end)
check("settings cleared: back to the defaults", find(got, "unbalanced-quote", 6) ~= nil and find(got, "title-style") == nil, describe(got))

-- A second quick fix: the misspelt surname, rewritten to the first full mention's spelling.
changed, offered = apply_code_action(8, misspelt + 2, "Fitzpatrick")
local line9_now = vim.api.nvim_buf_get_lines(buf, 8, 9, false)[1]
check(
  "code action respells Fitzpatrik as Fitzpatrick on line 9",
  changed and line9_now == "Mr Fitzpatrick added that trade at the café had fallen by half.",
  "line 9 is now: " .. tostring(line9_now) .. "\n     actions offered: " .. table.concat(offered, " | ")
)
got = wait_diags(buf, function(d)
  return find(d, "name-spelling") == nil
end)
check("after the respelling no name-spelling finding is left", find(got, "name-spelling") == nil, describe(got))

-- :CopydeskRestart starts a new server, which checks the draft again.
if mode == "setup" then
  local old_id = copydesk_client(buf).id
  vim.cmd("CopydeskRestart")
  vim.wait(timeout, function()
    local c = copydesk_client(buf)
    return c ~= nil and c.id ~= old_id
  end, 50)
  local new_client = copydesk_client(buf)
  check(":CopydeskRestart attaches a new server", new_client ~= nil and new_client.id ~= old_id)
  got = wait_diags(buf, function(d)
    return find(d, "unbalanced-quote", 6) ~= nil
  end)
  check("…which checks the draft again", find(got, "unbalanced-quote", 6) ~= nil, describe(got))
end

-- 4. Plain text buffers get copydesk too.
vim.cmd("edit " .. vim.fn.fnameescape(plain))
local tbuf = vim.api.nvim_get_current_buf()
check("the notes open as text", vim.bo[tbuf].filetype == "text", vim.bo[tbuf].filetype)
local tgot = wait_diags(tbuf, function(d)
  return find(d, "unattributed-quote", 2) ~= nil
end)
check("unattributed-quote in the plain-text notes, line 3", find(tgot, "unattributed-quote", 2) ~= nil, describe(tgot))

-- 5. The people in the story (document symbols), through the plugin's command.
vim.cmd("buffer " .. buf)
client = copydesk_client(buf)
local caps = client and client.server_capabilities or {}
if mode == "setup" then
  check("the server offers document symbols", caps.documentSymbolProvider ~= nil and caps.documentSymbolProvider ~= false)
  local items = require("copydesk").show_people(buf)
  local names = {}
  for _, item in ipairs(items) do
    table.insert(names, item.text)
  end
  local listed = table.concat(names, " | ")
  check("show_people lists Barry Fitzpatrick", listed:find("Barry Fitzpatrick", 1, true) ~= nil, listed)
  vim.cmd("lclose")
else
  skip("show_people", "setup() mode only")
end

finish()
