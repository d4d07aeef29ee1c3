-- copydesk for Neovim: starts `copydesk lsp` for markdown and text buffers with the built-in
-- LSP client. Works from Neovim 0.7 (vim.lsp.start_client) to current releases (vim.lsp.start).
--
--   require("copydesk").setup({
--     cmd = { "copydesk", "lsp" },                          -- optional
--     settings = { style = "bbc", rules = { ["ambiguous-name"] = "off" } },  -- optional
--   })

local M = {}

--- Defaults for setup(); any field may be overridden.
M.defaults = {
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { ".copydesk.toml", ".git" },
  settings = {},
}

-- The options in force after setup().
M.options = nil

-- Client ids by root folder, for Neovim without vim.lsp.start (0.7), which must reuse by hand.
local clients_by_root = {}

local uv = vim.uv or vim.loop

-- Client methods are called with `:` from 0.11 on and with `.` before; this works on both.
local has_method_calls = vim.fn.has("nvim-0.11") == 1
local function call(client, method, ...)
  if has_method_calls then
    return client[method](client, ...)
  end
  return client[method](...)
end

-- Accepts `{ style = ..., rules = ... }` or the LSP shape `{ copydesk = { ... } }`.
local function server_settings(settings)
  settings = settings or {}
  if type(settings.copydesk) == "table" then
    return settings.copydesk
  end
  return settings
end

local function is_dir(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == "directory"
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function dirname(path)
  local parent = path:match("^(.*)/[^/]*$")
  if parent == nil or parent == "" then
    return "/"
  end
  return parent
end

--- The folder holding the nearest root marker above `path`, else the file's own folder.
function M.find_root(path, markers)
  local start = path ~= "" and dirname(path) or uv.cwd()
  if not is_dir(start) then
    return uv.cwd()
  end
  local dir = start
  while true do
    for _, marker in ipairs(markers) do
      if exists(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = dirname(dir)
    if parent == dir then
      return start
    end
    dir = parent
  end
end

local function client_config(root)
  local opts = M.options
  local settings = server_settings(opts.settings)
  return {
    name = "copydesk",
    cmd = opts.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = settings,
    -- Answers the server's workspace/configuration requests (section "copydesk").
    settings = { copydesk = settings },
    on_init = function(client)
      -- Neovim 0.7 does not push settings by itself after initialize.
      call(client, "notify", "workspace/didChangeConfiguration", { settings = client.config.settings })
    end,
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
end

--- Starts (or reuses) the copydesk client for a buffer and attaches it.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if M.options == nil then
    M.setup({})
  end
  if vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  local root = M.find_root(vim.api.nvim_buf_get_name(bufnr), M.options.root_markers)
  if vim.lsp.start ~= nil then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if client == nil or call(client, "is_stopped") then
    id = vim.lsp.start_client(client_config(root))
    if id == nil then
      vim.notify("copydesk: could not start " .. table.concat(M.options.cmd, " "), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- The running copydesk clients.
function M.clients()
  local found = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, client in pairs(all) do
    if client.name == "copydesk" then
      table.insert(found, client)
    end
  end
  return found
end

--- Replaces the settings (`{ style = ..., rules = ... }`) and sends them to the running servers.
function M.set_settings(settings)
  if M.options == nil then
    M.setup({})
  end
  M.options.settings = server_settings(settings)
  for _, client in ipairs(M.clients()) do
    client.config.settings = { copydesk = M.options.settings }
    if client.settings ~= nil then
      -- Neovim 0.11+ answers workspace/configuration from client.settings.
      client.settings = client.config.settings
    end
    call(client, "notify", "workspace/didChangeConfiguration", { settings = client.config.settings })
  end
end

--- Sets the house style (nil or "" for none), keeping the rule severities.
function M.set_style(style)
  local settings = vim.deepcopy(M.options and M.options.settings or {})
  if style == "" then
    style = nil
  end
  settings.style = style
  M.set_settings(settings)
end

--- Stops the copydesk clients and starts them again for every draft buffer.
function M.restart()
  for _, client in ipairs(M.clients()) do
    call(client, "stop")
  end
  clients_by_root = {}
  -- Give the old servers a moment to exit before the new ones start.
  vim.defer_fn(function()
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.options.filetypes, vim.bo[buf].filetype) then
        M.attach(buf)
      end
    end
  end, 200)
end

-- People are the document symbols that are not quotations (strings), flattened.
local function collect_people(symbols, out, in_people)
  for _, s in ipairs(symbols or {}) do
    local children = s.children or {}
    if #children > 0 and (s.name == "People" or s.name == "people") then
      collect_people(children, out, true)
    else
      local is_person = in_people or (s.kind ~= vim.lsp.protocol.SymbolKind.String and not s.name:match("^[Qq]uot"))
      if is_person then
        table.insert(out, s)
      elseif #children > 0 then
        collect_people(children, out, false)
      end
    end
  end
  return out
end

--- Lists the people in the current draft in the location list.
function M.show_people(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/documentSymbol", params, 5000) or {}
  local items = {}
  for client_id, response in pairs(responses) do
    local client = vim.lsp.get_client_by_id(client_id)
    if client ~= nil and client.name == "copydesk" and response.result then
      for _, s in ipairs(collect_people(response.result, {}, false)) do
        local range = s.selectionRange or (s.location and s.location.range)
        table.insert(items, {
          bufnr = bufnr,
          lnum = range.start.line + 1,
          col = range.start.character + 1,
          text = s.name .. (s.detail and s.detail ~= "" and (" — " .. s.detail) or ""),
        })
      end
    end
  end
  vim.fn.setloclist(0, {}, " ", { title = "copydesk: people in this story", items = items })
  if #items == 0 then
    vim.notify("copydesk: no people found in this story")
  else
    vim.cmd("lopen")
  end
  return items
end

--- Configures copydesk and attaches it to markdown and text buffers (now and from now on).
function M.setup(opts)
  M.options = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), opts or {})
  M.options.settings = server_settings(M.options.settings)

  local group = vim.api.nvim_create_augroup("copydesk", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.options.filetypes, vim.bo[buf].filetype) then
      M.attach(buf)
    end
  end

  vim.api.nvim_create_user_command("CopydeskRestart", function()
    M.restart()
  end, { desc = "copydesk: restart server" })
  vim.api.nvim_create_user_command("CopydeskPeople", function()
    M.show_people(0)
  end, { desc = "copydesk: show the people in this story" })
  vim.api.nvim_create_user_command("CopydeskStyle", function(args)
    M.set_style(args.args)
  end, {
    nargs = "?",
    desc = "copydesk: set the house style (no argument: none)",
    complete = function()
      return { "ap", "reuters", "nyt", "bbc", "guardian", "economist", "chicago" }
    end,
  })
end

return M
