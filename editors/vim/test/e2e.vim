" copydesk in a real Vim through ALE, with the README's ALE snippet as written. Run by run.sh:
"   vim -N -u e2e.vim -i NONE --not-a-term, with COPYDESK_SNIPPET (the snippet, saved as a file),
"   COPYDESK_DRAFT (a draft beside a .copydesk.toml) and COPYDESK_RESULT (where to write) set.
" Checks: the linter is defined, its project root is the folder of .copydesk.toml, diagnostics
" arrive with the settings of `lsp_config` applied, and the preferred quick fix applies.
" Writes one line per check, then "N passed, N failed".
set nocompatible
packadd ale
let g:ale_linters_explicit = 1
let g:ale_linters = {'markdown': ['copydesk'], 'text': ['copydesk']}
filetype plugin on
execute 'source ' . fnameescape($COPYDESK_SNIPPET)

let s:lines = []
let s:passed = 0
let s:failed = 0
function! s:Check(name, ok, detail) abort
  if a:ok
    let s:passed += 1
    call add(s:lines, 'ok   ' . a:name)
  else
    let s:failed += 1
    call add(s:lines, 'FAIL ' . a:name . ': ' . string(a:detail))
  endif
  call writefile(s:lines, $COPYDESK_RESULT)
endfunction

function! s:Finish() abort
  call add(s:lines, s:passed . ' passed, ' . s:failed . ' failed')
  call writefile(s:lines, $COPYDESK_RESULT)
  qa!
endfunction

" Waits (processing jobs and timers) until the expression is true, 20 s at most.
function! s:Wait(expr) abort
  let l:i = 0
  while l:i < 200 && !eval(a:expr)
    sleep 100m
    let l:i += 1
  endwhile
  return eval(a:expr)
endfunction

function! s:Codes() abort
  return sort(map(copy(ale#engine#GetLoclist(bufnr(''))), 'get(v:val, "code", "")'))
endfunction

let s:chosen = ''
" ALE's menu callback: applies the preferred code action, as a user picking it would.
function! s:Menu(data, items) abort
  for [l:kind, l:item] in a:items
    if get(l:item, 'isPreferred', v:false)
      let s:chosen = l:item.title
      call ale#codefix#ApplyLSPCodeAction(a:data, l:item)
      return
    endif
  endfor
  let s:chosen = 'none of ' . string(map(copy(a:items), 'v:val[1].title'))
endfunction

try
  execute 'edit ' . fnameescape($COPYDESK_DRAFT)
  let s:linters = map(copy(ale#linter#Get(&filetype)), 'v:val.name')
  call s:Check('the copydesk linter is defined for ' . &filetype, index(s:linters, 'copydesk') >= 0, s:linters)
  let s:linter = filter(copy(ale#linter#Get(&filetype)), 'v:val.name is# "copydesk"')[0]
  let s:root = ale#lsp_linter#FindProjectRoot(bufnr(''), s:linter)
  call s:Check('the project root is the folder of .copydesk.toml',
  \ s:root is# fnamemodify($COPYDESK_DRAFT, ':p:h'), s:root)
  call s:Wait('index(s:Codes(), "name-spelling") >= 0 && index(s:Codes(), "title-style") >= 0')
  call s:Check('diagnostics arrive: the misspelt name, the quotation',
  \ index(s:Codes(), 'name-spelling') >= 0 && index(s:Codes(), 'unattributed-quote') >= 0, s:Codes())
  call s:Check('lsp_config reaches the server: the BBC style flags "Mr."',
  \ index(s:Codes(), 'title-style') >= 0 && index(s:Codes(), 'title-consistency') < 0, s:Codes())
  call search('Vazquez')
  call ale#codefix#Execute(0, function('s:Menu'))
  call s:Wait('getline(search("said repairs", "nw")) =~# "Ms Vasquez"')
  call s:Check('the preferred quick fix respells the name', getline(search('said repairs', 'nw')) =~# 'Ms Vasquez', [s:chosen, getline(1, '$')])
catch
  call s:Check('no error', 0, v:exception . ' at ' . v:throwpoint)
endtry
call s:Finish()
