;;; e2e.el --- copydesk in a real Emacs, through eglot  -*- lexical-binding: t -*-

;; Run by run.sh: emacs --batch -l e2e.el, with COPYDESK_BIN (the server) and COPYDESK_SNIPPET (the
;; README's eglot snippet, saved as a file) in the environment. The checks, in order:
;;   1. the README's snippet starts `copydesk lsp` for a Markdown draft;
;;   2. diagnostics arrive as flymake diagnostics, with the severity the settings give
;;      (`eglot-workspace-configuration' reaches the server);
;;   3. `.copydesk.toml' is watched: turning a rule off there clears its diagnostic, live;
;;   4. the quick fix of a misspelt name applies and its diagnostic goes.
;; Prints one line per check and ends with "N passed, N failed"; exits 1 on a failure.

(require 'cl-lib)

(defvar e2e-passed 0)
(defvar e2e-failed 0)

(defun e2e-check (name ok &optional detail)
  "Record check NAME as passed when OK, else failed (with DETAIL)."
  (if ok
      (progn (setq e2e-passed (1+ e2e-passed)) (princ (format "ok   %s\n" name)))
    (setq e2e-failed (1+ e2e-failed))
    (princ (format "FAIL %s%s\n" name (if detail (format ": %S" detail) "")))))

(defun e2e-finish ()
  "Print the summary and leave Emacs."
  (when (and (> e2e-failed 0) (getenv "COPYDESK_EMACS_EVENTS") (eglot-current-server))
    (with-current-buffer (jsonrpc-events-buffer (eglot-current-server))
      (princ (buffer-string))))
  (princ (format "%d passed, %d failed\n" e2e-passed e2e-failed))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (zerop e2e-failed) 0 1)))

(defun e2e-wait (pred &optional seconds)
  "Process events until PRED returns non-nil or SECONDS (default 20) pass; PRED's value."
  (let ((deadline (+ (float-time) (or seconds 20)))
        (value nil))
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      ;; File notifications are events: read-event hands them to their handlers, as the
      ;; command loop would.
      (read-event nil nil 0.05))
    value))

(defun e2e-diag-code (diag)
  "The copydesk rule id of flymake diagnostic DIAG."
  (let* ((data (if (fboundp 'eglot--diag-data) (eglot--diag-data diag) (flymake-diagnostic-data diag)))
         (lsp (cdr (assoc 'eglot-lsp-diag data))))
    (plist-get lsp :code)))

(defun e2e-diags ()
  "The current buffer's copydesk diagnostics, as (RULE . SEVERITY) pairs: :error, :warning..."
  (mapcar (lambda (d)
            (cons (e2e-diag-code d)
                  ;; eglot has types of its own (eglot-error), each a kind of flymake's.
                  (let ((type (flymake-diagnostic-type d)))
                    (cond ((memq type '(:error eglot-error)) :error)
                          ((memq type '(:warning eglot-warning)) :warning)
                          (t :note)))))
          (flymake-diagnostics)))

(defun e2e-diag-for (rule)
  "The flymake diagnostic of RULE in the current buffer, if any."
  (cl-find-if (lambda (d) (equal (e2e-diag-code d) rule)) (flymake-diagnostics)))

(defun e2e-apply-quickfix (beg end)
  "Apply the preferred quick fix (else the first) offered between BEG and END; its title."
  (let* ((server (eglot-current-server))
         (actions (eglot-code-actions beg end "quickfix"))
         (action (or (cl-find-if (lambda (a) (plist-get a :isPreferred)) actions) (car actions))))
    (when action
      (if (fboundp 'eglot-execute)
          (eglot-execute server action)
        ;; eglot before 1.15 (Emacs 28's): one action of the asked kind runs without a menu.
        (eglot--read-execute-code-action (list action) server "quickfix"))
      (plist-get action :title))))

(condition-case err
    (let* ((bin (or (getenv "COPYDESK_BIN") (error "COPYDESK_BIN is not set")))
           (snippet (or (getenv "COPYDESK_SNIPPET") (error "COPYDESK_SNIPPET is not set")))
           (dir (file-name-as-directory (make-temp-file "copydesk-emacs" t)))
           (draft (expand-file-name "draft.md" dir))
           (config (expand-file-name ".copydesk.toml" dir)))
      (require 'eglot)
      (require 'markdown-mode)
      (princ (format "emacs %s, eglot %s, markdown-mode %s\n" emacs-version
                     (if (boundp 'eglot-version) eglot-version
                       (or (ignore-errors (package-get-version)) "built-in"))
                     (if (boundp 'markdown-mode-version) markdown-mode-version "?")))
      ;; The README's snippet, as written, with `copydesk' on PATH being the binary under test.
      (setenv "PATH" (concat (file-name-directory bin) path-separator (getenv "PATH")))
      (setq exec-path (cons (file-name-directory bin) exec-path))
      (load snippet nil t)
      ;; The settings the user would give (README: eglot-workspace-configuration).
      (setq-default eglot-workspace-configuration
                    '(:copydesk (:rules (:unattributed-quote "error"))))
      (setq eglot-sync-connect t)
      (with-temp-file draft
        (insert "# Pier closed\n\n"
                "\"Nobody will be allowed near the boats until the engineers are satisfied.\"\n\n"
                "Teodora Vasquez, the harbour master, closed the pier on Monday.\n\n"
                "Ms Vazquez said repairs would take a month.\n"))
      (find-file draft)
      (e2e-check "a .md file opens in markdown-mode" (derived-mode-p 'markdown-mode) major-mode)
      ;; What `eglot-ensure' does on the first command, which a batch Emacs never runs.
      (apply #'eglot (eglot--guess-contact))
      (e2e-check "eglot manages the draft with copydesk lsp"
                 (and (eglot-current-server)
                      (equal (process-command (jsonrpc--process (eglot-current-server)))
                             (list "copydesk" "lsp")))
                 (ignore-errors (process-command (jsonrpc--process (eglot-current-server)))))
      (let ((diags (e2e-wait (lambda ()
                               (let ((d (e2e-diags)))
                                 (and (assoc "name-spelling" d)
                                      (eq (cdr (assoc "unattributed-quote" d)) :error)
                                      d))))))
        (e2e-check "diagnostics arrive: the misspelt name (warning)"
                   (eq (cdr (assoc "name-spelling" diags)) :warning) (e2e-diags))
        (e2e-check "the settings reach the server: unattributed-quote is an error"
                   (eq (cdr (assoc "unattributed-quote" diags)) :error) (e2e-diags)))
      ;; .copydesk.toml is watched: a rule turned off there goes at once.
      (with-temp-file config (insert "[rules]\nname-spelling = \"off\"\n"))
      (e2e-check ".copydesk.toml is watched: name-spelling off clears its diagnostic"
                 (e2e-wait (lambda () (and (e2e-diags) (not (assoc "name-spelling" (e2e-diags))))))
                 (e2e-diags))
      (delete-file config)
      (e2e-check ".copydesk.toml removed: the diagnostic is back"
                 (e2e-wait (lambda () (e2e-diag-for "name-spelling")))
                 (e2e-diags))
      ;; The quick fix of the misspelt name.
      (let* ((diag (e2e-diag-for "name-spelling"))
             (title (and diag (e2e-apply-quickfix (flymake-diagnostic-beg diag)
                                                  (flymake-diagnostic-end diag)))))
        (e2e-check "a quick fix is offered for the misspelt name" title (e2e-diags))
        ;; eglot tells the server about the edit from an idle timer, which a batch Emacs, never
        ;; idle, does not run: send it as the timer would.
        (eglot--signal-textDocument/didChange)
        (e2e-check "the quick fix respells the name"
                   (string-match-p "^Ms Vasquez said" (buffer-string)) (buffer-string))
        (e2e-check "its diagnostic goes, the other stays"
                   (e2e-wait (lambda () (let ((d (e2e-diags)))
                                          (and (assoc "unattributed-quote" d)
                                               (not (assoc "name-spelling" d))))))
                   (e2e-diags)))
      (e2e-finish))
  (error
   (e2e-check "no error" nil err)
   (e2e-finish)))
