-- copydesk for Neovim 0.11+: found by vim.lsp.config on the runtimepath.
--
--   vim.lsp.config("copydesk", { settings = { copydesk = { style = "bbc" } } })  -- optional
--   vim.lsp.enable("copydesk")
---@type vim.lsp.Config
return {
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { ".copydesk.toml", ".git" },
  settings = { copydesk = {} },
  before_init = function(params, config)
    -- The server reads its first settings from initializationOptions (same shape as settings.copydesk).
    params.initializationOptions = (config.settings or {}).copydesk or {}
  end,
}
