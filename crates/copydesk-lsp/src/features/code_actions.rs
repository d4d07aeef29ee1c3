//! Code actions: each finding's own fixes first (the first safe one preferred), then the
//! "fix all" actions, then the configuration actions (house names list, ignore), whose titles
//! start with a mark that sorts after every fix in a client that orders the menu by title.

use super::edit_of;
use crate::position::{Encoding, TextMap};
use crate::settings;
use crate::snapshot::{Item, Snapshot};
use copydesk_core::DocKind;
use copydesk_core::RuleId;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, CreateFile, CreateFileOptions,
    Diagnostic, DocumentChangeOperation, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, Position, Range, ResourceOp, TextDocumentEdit,
    TextEdit, Uri, WorkspaceEdit,
};

/// The code action kind of "fix everything safe".
pub const FIX_ALL_KIND: &str = "source.fixAll.copydesk";

/// The command that writes a house name into a config file the client cannot create.
pub const ADD_HOUSE_NAME_COMMAND: &str = "copydesk.addHouseName";

/// What the house-names action needs to know about the config file and the client.
#[derive(Debug, Clone, Default)]
pub struct ConfigTarget {
    /// Where the config file is (or would be created).
    pub uri: Option<Uri>,
    /// Its current text; `None` when it does not exist.
    pub text: Option<String>,
    /// The client accepts `documentChanges` with `create` operations.
    pub can_create: bool,
}

fn kind_wanted(only: Option<&[CodeActionKind]>, kind: &str) -> bool {
    match only {
        None => true,
        Some(only) => only.iter().any(|o| {
            let o = o.as_str();
            kind == o || (kind.starts_with(o) && kind[o.len()..].starts_with('.'))
        }),
    }
}

fn overlaps(item: &Item, start: usize, end: usize) -> bool {
    item.finding.byte_start <= end && start <= item.finding.byte_end
}

/// Put in front of the configuration actions' titles: it sorts after every letter, so a
/// client that orders the menu by title still lists the fixes first.
pub const CONFIG_MARK: &str = "⚙ ";

/// Code actions for the byte range `start..end` of a snapshot, in this order: each finding's
/// own fixes (the first safe one preferred), the "fix all" actions, the configuration actions.
pub fn code_actions(
    snap: &Snapshot,
    start: usize,
    end: usize,
    only: Option<&[CodeActionKind]>,
    config: &ConfigTarget,
) -> Vec<CodeActionOrCommand> {
    let (mut fixes, mut all, mut configure) = (Vec::new(), Vec::new(), Vec::new());
    let quickfix = kind_wanted(only, CodeActionKind::QUICKFIX.as_str());
    let here: Vec<&Item> = snap
        .items
        .iter()
        .filter(|i| quickfix && overlaps(i, start, end))
        .collect();
    let mut grouped: Vec<String> = Vec::new();
    let mut housed: Vec<String> = Vec::new();
    for item in here {
        let f = &item.finding;
        let diag = snap.diagnostic(item);
        fixes.extend(own_fixes(snap, item, &diag));
        if f.rule == RuleId::NameSpelling {
            all.extend(fix_all_spellings(snap, item, &mut grouped));
            // The person's full form as written here (`Kim Jong Un`, not the underlined `Jong Un`).
            let spelled = snap
                .analysis
                .people
                .house_form(f.range())
                .or_else(|| snap.text().get(f.range()))
                .unwrap_or("")
                .trim();
            if !spelled.is_empty()
                && !spelled.contains('\n')
                && !housed.iter().any(|h| h == spelled)
            {
                housed.push(spelled.to_string());
                configure.extend(add_house_name(spelled, diag.clone(), config, snap.enc));
            }
        }
        if snap.kind == DocKind::Markdown {
            configure.push(ignore_on_line(snap, item, diag));
        }
    }
    if kind_wanted(only, FIX_ALL_KIND) {
        all.extend(fix_all(snap));
    }
    fixes.extend(all);
    fixes.extend(configure);
    fixes
}

/// A finding's own fixes, and the fix that edits another draft for a cross-file finding.
fn own_fixes(snap: &Snapshot, item: &Item, diag: &Diagnostic) -> Vec<CodeActionOrCommand> {
    let mut out: Vec<CodeActionOrCommand> = item
        .finding
        .fixes
        .iter()
        .enumerate()
        .map(|(k, fix)| {
            action(
                &fix.title,
                CodeActionKind::QUICKFIX,
                vec![diag.clone()],
                edit_of(&snap.uri, snap.text_edits(&fix.edits)),
                k == 0,
            )
        })
        .collect();
    if let Some(ff) = item.foreign_fix.as_ref().filter(|ff| !ff.edits.is_empty()) {
        out.push(action(
            &ff.title,
            CodeActionKind::QUICKFIX,
            vec![diag.clone()],
            edit_of(&ff.uri, ff.edits.clone()),
            false,
        ));
    }
    out
}

fn action(
    title: &str,
    kind: CodeActionKind,
    diagnostics: Vec<Diagnostic>,
    edit: WorkspaceEdit,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title: title.to_string(),
        kind: Some(kind),
        diagnostics: Some(diagnostics),
        edit: Some(edit),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}

/// What a name-spelling finding rewrites to: its person's canonical form, else its fix's text.
fn target_name(snap: &Snapshot, item: &Item) -> Option<String> {
    let people = &snap.analysis.people;
    if let Some(p) = snap.person_at(item.finding.byte_start) {
        return Some(people.persons[p].canonical.to_string());
    }
    let fix = item.finding.fixes.first()?;
    (fix.edits.len() == 1).then(|| fix.edits[0].replacement.clone())
}

/// "Fix all spellings of NAME": every name-spelling fix towards the same canonical form.
fn fix_all_spellings(
    snap: &Snapshot,
    item: &Item,
    done: &mut Vec<String>,
) -> Option<CodeActionOrCommand> {
    let name = target_name(snap, item)?;
    if done.contains(&name) {
        return None;
    }
    done.push(name.clone());
    let group: Vec<&Item> = snap
        .items
        .iter()
        .filter(|i| {
            i.finding.rule == RuleId::NameSpelling
                && !i.finding.fixes.is_empty()
                && target_name(snap, i).as_deref() == Some(name.as_str())
        })
        .collect();
    if group.len() < 2 {
        return None;
    }
    let findings: Vec<copydesk_core::Finding> = group
        .iter()
        .map(|i| {
            let mut f = i.finding.clone();
            // Take each finding's first fix whether or not it is marked safe.
            f.fixes.truncate(1);
            f.fixes.iter_mut().for_each(|x| x.safe = true);
            f
        })
        .collect();
    let edits = copydesk_core::fix::safe_edits(&findings);
    Some(action(
        &format!("Fix all spellings of {name}"),
        CodeActionKind::QUICKFIX,
        group.iter().map(|i| snap.diagnostic(i)).collect(),
        edit_of(&snap.uri, snap.text_edits(&edits)),
        false,
    ))
}

/// `source.fixAll.copydesk`: every safe fix of the draft.
fn fix_all(snap: &Snapshot) -> Option<CodeActionOrCommand> {
    let findings: Vec<copydesk_core::Finding> =
        snap.items.iter().map(|i| i.finding.clone()).collect();
    let edits = copydesk_core::fix::safe_edits(&findings);
    if edits.is_empty() {
        return None;
    }
    let fixed = snap
        .items
        .iter()
        .filter(|i| {
            i.finding.fixes.iter().any(|x| {
                x.safe
                    && x.edits.iter().all(|e| {
                        edits
                            .iter()
                            .any(|t| t.byte_start == e.byte_start && t.byte_end == e.byte_end)
                    })
            })
        })
        .map(|i| snap.diagnostic(i))
        .collect();
    Some(action(
        "Fix all copydesk findings with a safe fix",
        CodeActionKind::from(FIX_ALL_KIND),
        fixed,
        edit_of(&snap.uri, snap.text_edits(&edits)),
        false,
    ))
}

/// "Add “NAME” to the house names list": an edit of `.copydesk.toml`, created if missing.
fn add_house_name(
    name: &str,
    diag: Diagnostic,
    config: &ConfigTarget,
    enc: Encoding,
) -> Option<CodeActionOrCommand> {
    let uri = config.uri.clone()?;
    let new_text = settings::add_house_name(config.text.as_deref(), name)?;
    let title = format!(
        "{CONFIG_MARK}Add “{name}” to the house names list ({})",
        settings::CONFIG_FILE
    );
    let edit = match &config.text {
        Some(old) => {
            let map = TextMap::new(old.clone());
            // The whole file is replaced; its end is in the session's encoding like every position.
            let range = Range::new(Position::new(0, 0), map.position(old.len(), enc));
            edit_of(&uri, vec![TextEdit::new(range, new_text)])
        }
        None if config.can_create => WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(vec![
                DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                })),
                DocumentChangeOperation::Edit(TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
                    edits: vec![OneOf::Left(TextEdit::new(
                        Range::new(Position::new(0, 0), Position::new(0, 0)),
                        new_text,
                    ))],
                }),
            ])),
            ..Default::default()
        },
        None => {
            // The client cannot create files: the server writes it when the command runs.
            return Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diag]),
                command: Some(Command::new(
                    title,
                    ADD_HOUSE_NAME_COMMAND.to_string(),
                    Some(vec![
                        serde_json::json!(uri.as_str()),
                        serde_json::json!(name),
                    ]),
                )),
                ..Default::default()
            }));
        }
    };
    Some(action(
        &title,
        CodeActionKind::QUICKFIX,
        vec![diag],
        edit,
        false,
    ))
}

/// "Ignore RULE on this line": a suppression comment. At the start of a block it goes on a
/// line of its own before it; inside a paragraph a comment line would split the paragraph
/// (an HTML comment interrupts one), so it goes at the end of the line instead.
fn ignore_on_line(snap: &Snapshot, item: &Item, diag: Diagnostic) -> CodeActionOrCommand {
    let rule = item.finding.rule;
    let map = &snap.map;
    let line = map.line_of(item.finding.byte_start);
    let text = snap.text();
    let starts_block = line == 0 || {
        let prev = &text[map.line_start(line - 1)..map.line_end(line - 1)];
        prev.trim().is_empty()
            || prev.trim_start().starts_with('#')
            || prev.trim_end().ends_with("-->")
    };
    let line_text = &text[map.line_start(line)..map.line_end(line)];
    let indent_len = line_text.len() - line_text.trim_start_matches([' ', '\t']).len();
    let edit = if starts_block
        && !line_text
            .trim_start()
            .starts_with(['-', '*', '+', '>', '|'])
    {
        let at = map.line_start(line);
        let indent = &line_text[..indent_len];
        let eol = if text[map.line_end(line)..].starts_with("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        copydesk_core::Edit::insert(
            at,
            format!("{indent}<!-- copydesk-disable-next-line {rule} -->{eol}"),
        )
    } else {
        copydesk_core::Edit::insert(
            map.line_end(line),
            format!(" <!-- copydesk-disable-line {rule} -->"),
        )
    };
    action(
        &format!("{CONFIG_MARK}Ignore {rule} on this line"),
        CodeActionKind::QUICKFIX,
        vec![diag],
        edit_of(&snap.uri, snap.text_edits(&[edit])),
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tests::snapshot;

    #[test]
    fn kinds_filter_by_prefix() {
        let only = [CodeActionKind::from("source.fixAll")];
        assert!(kind_wanted(Some(&only), FIX_ALL_KIND));
        assert!(!kind_wanted(Some(&only), "quickfix"));
        assert!(!kind_wanted(
            Some(&[CodeActionKind::from("source.fix")]),
            FIX_ALL_KIND
        ));
        assert!(kind_wanted(None, "quickfix"));
    }

    /// Applies the edit of the action titled `title` and re-analyses the text.
    fn apply(snap: &Snapshot, title: &str) -> String {
        let actions = code_actions(snap, 0, snap.text().len(), None, &ConfigTarget::default());
        let action = actions
            .iter()
            .find_map(|a| match a {
                CodeActionOrCommand::CodeAction(a) if a.title == title => Some(a),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {title:?} in {actions:#?}"));
        let edits = &action.edit.as_ref().unwrap().changes.as_ref().unwrap()[&snap.uri];
        let mut byte_edits: Vec<copydesk_core::Edit> = edits
            .iter()
            .map(|e| {
                copydesk_core::Edit::new(
                    snap.offset(e.range.start)..snap.offset(e.range.end),
                    e.new_text.clone(),
                )
            })
            .collect();
        byte_edits.sort_by_key(|e| e.byte_start);
        copydesk_core::fix::apply_edits(snap.text(), &byte_edits).0
    }

    #[test]
    fn ignoring_a_line_suppresses_the_finding_without_splitting_the_paragraph() {
        // At the start of a paragraph: a comment line of its own.
        let text = "The harbour was quiet.\n\n“The fares will rise again next spring, no doubt.”\n";
        let snap = snapshot(text);
        assert_eq!(snap.items.len(), 1);
        let fixed = apply(
            &snap,
            &format!("{CONFIG_MARK}Ignore unattributed-quote on this line"),
        );
        assert_eq!(
            fixed,
            "The harbour was quiet.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n“The fares will rise again next spring, no doubt.”\n"
        );
        assert!(snapshot(&fixed).items.is_empty());
        // Inside a paragraph: at the end of the line, so the paragraph stays one paragraph.
        let text = "The harbour was quiet.\n\nBoats came and went all day\n“The fares will rise again next spring, no doubt.”\n";
        let snap = snapshot(text);
        assert_eq!(snap.items.len(), 1);
        let fixed = apply(
            &snap,
            &format!("{CONFIG_MARK}Ignore unattributed-quote on this line"),
        );
        assert!(
            fixed.ends_with("no doubt.” <!-- copydesk-disable-line unattributed-quote -->\n"),
            "{fixed}"
        );
        assert!(snapshot(&fixed).items.is_empty());
    }

    #[test]
    fn the_fix_comes_first_and_configuration_sorts_last_by_title() {
        let text = "Barry Fitzpatrick opened the pool.\n\nMr Fitzpatrik said it was warm.\n\nFitzpatrik left.\n";
        let snap = snapshot(text);
        let at = text.find("Mr Fitz").unwrap();
        let actions = code_actions(&snap, at, at + 3, None, &ConfigTarget::default());
        let titles: Vec<(String, bool)> = actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => {
                    (a.title.clone(), a.is_preferred == Some(true))
                }
                CodeActionOrCommand::Command(c) => (c.title.clone(), false),
            })
            .collect();
        assert!(titles.len() >= 3, "{titles:?}");
        assert!(
            titles[0].1,
            "the finding's own fix is preferred: {titles:?}"
        );
        assert!(titles.iter().skip(1).all(|t| !t.1), "{titles:?}");
        let first_config = titles
            .iter()
            .position(|t| t.0.starts_with(CONFIG_MARK))
            .expect("an ignore action");
        assert!(titles[first_config..]
            .iter()
            .all(|t| t.0.starts_with(CONFIG_MARK)));
        let mut sorted = titles.clone();
        sorted.sort_by_key(|t| t.0.to_lowercase());
        assert!(
            !sorted[0].0.starts_with(CONFIG_MARK),
            "sorted by title, a fix still comes first: {sorted:?}"
        );
    }
}
