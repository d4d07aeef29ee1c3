//! Editor features over a snapshot: code actions, hover, outline, references and rename.
//! Pure functions of the snapshot (and, for the house names list, the config file's text).

use crate::position::{Encoding, TextMap};
use crate::settings;
use crate::snapshot::{Item, Snapshot};
use copydesk_core::people::Person;
use copydesk_core::quotes::{Attribution, QuoteKind};
use copydesk_core::DocKind;
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, CreateFile, CreateFileOptions,
    Diagnostic, DocumentChangeOperation, DocumentChanges, DocumentHighlight, DocumentHighlightKind,
    DocumentSymbol, Hover, HoverContents, Location, MarkupContent, MarkupKind, OneOf,
    OptionalVersionedTextDocumentIdentifier, Position, Range, ResourceOp, SymbolKind,
    TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
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

fn edit_of(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
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

/// Code actions for the byte range `start..end` of a snapshot.
pub fn code_actions(
    snap: &Snapshot,
    start: usize,
    end: usize,
    only: Option<&[CodeActionKind]>,
    config: &ConfigTarget,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let quickfix = kind_wanted(only, CodeActionKind::QUICKFIX.as_str());
    let here: Vec<&Item> = snap
        .items
        .iter()
        .filter(|i| overlaps(i, start, end))
        .collect();
    let mut grouped: Vec<String> = Vec::new();
    let mut housed: Vec<String> = Vec::new();
    for item in if quickfix { here } else { Vec::new() } {
        let f = &item.finding;
        let diag = snap.diagnostic(item);
        for (k, fix) in f.fixes.iter().enumerate() {
            out.push(action(
                &fix.title,
                CodeActionKind::QUICKFIX,
                vec![diag.clone()],
                edit_of(&snap.uri, snap.text_edits(&fix.edits)),
                k == 0 && fix.safe,
            ));
        }
        if let Some(ff) = item.foreign_fix.as_ref().filter(|ff| !ff.edits.is_empty()) {
            out.push(action(
                &ff.title,
                CodeActionKind::QUICKFIX,
                vec![diag.clone()],
                edit_of(&ff.uri, ff.edits.clone()),
                false,
            ));
        }
        if f.rule == "name-spelling" {
            if let Some(a) = fix_all_spellings(snap, item, &mut grouped) {
                out.push(a);
            }
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
                if let Some(a) = add_house_name(spelled, diag.clone(), config, snap.enc) {
                    out.push(a);
                }
            }
        }
        if snap.kind == DocKind::Markdown {
            out.push(ignore_on_line(snap, item, diag));
        }
    }
    if kind_wanted(only, FIX_ALL_KIND) {
        if let Some(a) = fix_all(snap) {
            out.push(a);
        }
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
    if let Some(p) = people.person_at(item.finding.byte_start) {
        return Some(people.persons[p].canonical.clone());
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
            i.finding.rule == "name-spelling"
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
        "Add “{name}” to the house names list ({})",
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
        &format!("Ignore {rule} on this line"),
        CodeActionKind::QUICKFIX,
        vec![diag],
        edit_of(&snap.uri, snap.text_edits(&[edit])),
        false,
    )
}

/// A quotation's words for display: whitespace collapsed, cut at about 60 characters.
fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let s = words.join(" ");
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{}…", cut.trim_end())
    } else {
        s
    }
}

fn person_at(snap: &Snapshot, offset: usize) -> Option<(usize, &Person)> {
    let people = &snap.analysis.people;
    // At the very end of a name (the cursor just after it) the name still counts.
    let p = people
        .person_at(offset)
        .or_else(|| offset.checked_sub(1).and_then(|o| people.person_at(o)))?;
    Some((p, people.persons.get(p)?))
}

/// The hover of a person's name (or of a quotation).
pub fn hover(snap: &Snapshot, offset: usize) -> Option<Hover> {
    if let Some((index, person)) = person_at(snap, offset) {
        let mention = person
            .mentions
            .iter()
            .find(|m| m.range.start <= offset && offset <= m.range.end)?;
        return Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: person_card(snap, index, person),
            }),
            range: Some(snap.range(mention.range.start, mention.range.end)),
        });
    }
    let quotes = &snap.analysis.quotes.quotations;
    let (i, q) = quotes.iter().enumerate().rfind(|(_, q)| {
        q.kind == QuoteKind::Quotation && q.range.start <= offset && offset < q.range.end
    })?;
    let who = match snap.analysis.people.speaker_name(i) {
        Some(name) => format!("Said by **{name}**."),
        None => match &q.attribution {
            Attribution::None => "No attribution: nothing says who said it.".to_string(),
            Attribution::Cue { cue } => format!(
                "Attributed by “{}” in its paragraph.",
                snap.text().get(cue.clone()).unwrap_or("")
            ),
            Attribution::Context { .. } => "Attributed by the previous paragraph.".to_string(),
            Attribution::Colon | Attribution::ColonParagraph => {
                "Introduced by a colon.".to_string()
            }
            Attribution::Running => "Continues the quotation before it.".to_string(),
            Attribution::NotChecked => "Not checked.".to_string(),
        },
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: format!("**Quotation**\n\n{who}"),
        }),
        range: Some(snap.range(q.range.start, q.range.end)),
    })
}

/// The Markdown card of a person: canonical form, spellings, titles, first reference, quotations.
pub fn person_card(snap: &Snapshot, index: usize, person: &Person) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in &person.mentions {
        match counts.iter_mut().find(|(t, _)| *t == m.text) {
            Some((_, n)) => *n += 1,
            None => counts.push((&m.text, 1)),
        }
    }
    let mut s = format!("**{}**\n\n", person.canonical);
    let spellings: Vec<String> = counts.iter().map(|(t, n)| format!("“{t}” ×{n}")).collect();
    s.push_str(&format!("Written: {}\n\n", spellings.join(", ")));
    if !person.titles.is_empty() {
        s.push_str(&format!("Titles: {}\n\n", person.titles.join(", ")));
    }
    if let Some(first) = person.mentions.first() {
        let line = snap.map.line_of(first.range.start) + 1;
        s.push_str(&format!(
            "First reference: line {line}, “{}”\n\n",
            first.text
        ));
    }
    let quotes = &snap.analysis.quotes.quotations;
    let said: Vec<usize> = quotes
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            person.quotations.contains(i)
                || matches!(snap.analysis.people.speakers.get(*i), Some(copydesk_core::people::Speaker::Person(p)) if *p == index)
        })
        .map(|(i, _)| i)
        .collect();
    if !said.is_empty() {
        s.push_str(&format!("Quotations ({}):\n", said.len()));
        for i in said.iter().take(8) {
            let q = &quotes[*i];
            let line = snap.map.line_of(q.range.start) + 1;
            let words = snap.text().get(q.content.clone()).unwrap_or("");
            s.push_str(&format!("- line {line}: “{}”\n", short(words)));
        }
        if said.len() > 8 {
            s.push_str(&format!("- and {} more\n", said.len() - 8));
        }
    }
    s
}

/// The outline: each person with the quotations attributed to them, then the other quotations.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must be spelled out.
pub fn document_symbols(snap: &Snapshot) -> Vec<DocumentSymbol> {
    let people = &snap.analysis.people;
    let quotes = &snap.analysis.quotes.quotations;
    let text = snap.text();
    let quote_symbol = |i: usize| -> DocumentSymbol {
        let q = &quotes[i];
        let speaker = people.speaker_name(i);
        DocumentSymbol {
            name: format!("“{}”", short(text.get(q.content.clone()).unwrap_or(""))),
            detail: Some(match &speaker {
                Some(name) => format!("said by {name}"),
                None if q.attribution == Attribution::None => "unattributed".to_string(),
                None => "quotation".to_string(),
            }),
            kind: SymbolKind::STRING,
            tags: None,
            deprecated: None,
            range: snap.range(q.range.start, q.range.end),
            selection_range: snap.range(q.range.start, q.range.end),
            children: None,
        }
    };
    let checked: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].kind == QuoteKind::Quotation)
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; quotes.len()];
    for (p, person) in people.persons.iter().enumerate() {
        for &i in &person.quotations {
            if let Some(o) = owner.get_mut(i) {
                *o = Some(p);
            }
        }
    }
    for (i, s) in people.speakers.iter().enumerate() {
        if let (copydesk_core::people::Speaker::Person(p), Some(o)) = (s, owner.get_mut(i)) {
            *o = Some(*p);
        }
    }
    let mut out = Vec::new();
    for (p, person) in people.persons.iter().enumerate() {
        let (Some(first), Some(last)) = (person.mentions.first(), person.mentions.last()) else {
            continue;
        };
        let children: Vec<DocumentSymbol> = checked
            .iter()
            .filter(|&&i| owner[i] == Some(p))
            .map(|&i| quote_symbol(i))
            .collect();
        let mut end = last.range.end;
        for &i in checked.iter().filter(|&&i| owner[i] == Some(p)) {
            end = end.max(quotes[i].range.end);
        }
        let start = checked
            .iter()
            .filter(|&&i| owner[i] == Some(p))
            .map(|&i| quotes[i].range.start)
            .fold(first.range.start, usize::min);
        out.push(DocumentSymbol {
            name: person.canonical.clone(),
            detail: Some(format!(
                "{} mention{}, {} quotation{}",
                person.mentions.len(),
                if person.mentions.len() == 1 { "" } else { "s" },
                children.len(),
                if children.len() == 1 { "" } else { "s" }
            )),
            kind: SymbolKind::OBJECT,
            tags: None,
            deprecated: None,
            range: snap.range(start, end),
            selection_range: snap.range(first.range.start, first.range.end),
            children: (!children.is_empty()).then_some(children),
        });
    }
    out.extend(
        checked
            .iter()
            .filter(|&&i| owner[i].is_none())
            .map(|&i| quote_symbol(i)),
    );
    out.sort_by_key(|s| (s.range.start.line, s.range.start.character));
    out
}

/// Every mention of the person at `offset`.
pub fn references(snap: &Snapshot, offset: usize, include_first: bool) -> Option<Vec<Location>> {
    let (_, person) = person_at(snap, offset)?;
    Some(
        person
            .mentions
            .iter()
            .skip(usize::from(!include_first))
            .map(|m| Location::new(snap.uri.clone(), snap.range(m.range.start, m.range.end)))
            .collect(),
    )
}

/// Highlights of every mention of the person at `offset`.
pub fn highlights(snap: &Snapshot, offset: usize) -> Option<Vec<DocumentHighlight>> {
    let (_, person) = person_at(snap, offset)?;
    Some(
        person
            .mentions
            .iter()
            .map(|m| DocumentHighlight {
                range: snap.range(m.range.start, m.range.end),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect(),
    )
}

/// The mention under the cursor and the person's canonical name, for `prepareRename`.
pub fn prepare_rename(snap: &Snapshot, offset: usize) -> Option<(Range, String)> {
    let (_, person) = person_at(snap, offset)?;
    let m = person
        .mentions
        .iter()
        .find(|m| m.range.start <= offset && offset <= m.range.end)?;
    Some((
        snap.range(m.range.start, m.range.end),
        person.canonical.clone(),
    ))
}

/// Courtesy and formal titles kept in front of a renamed name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "general",
    "gen",
    "judge",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "st",
];

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// How a mention is rewritten when its person is renamed to `new`: titles in front are kept;
/// a full name becomes the new full name; a single name becomes the matching part of the new
/// name (the first part when it matches the old first part, as for East Asian family names,
/// else the last part).
pub fn renamed_mention(mention: &str, person: &Person, new: &str) -> String {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let is_title = |w: &str| {
        let f = fold(w);
        TITLES.contains(&f.as_str()) || person.titles.iter().any(|t| fold(t) == f)
    };
    let kept = words
        .iter()
        .take_while(|w| is_title(w))
        .count()
        .min(words.len().saturating_sub(1));
    let name_words = &words[kept..];
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let old_words: Vec<&str> = person.canonical.split_whitespace().collect();
    let replacement = if name_words.len() >= 2 || old_words.len() < 2 || new_words.len() < 2 {
        new.trim().to_string()
    } else {
        let w = fold(name_words[0]);
        let best = old_words
            .iter()
            .enumerate()
            .min_by_key(|(i, o)| (distance(&fold(o), &w), usize::MAX - *i))
            .map(|(i, _)| i)
            .unwrap_or(0);
        if best == 0
            && distance(&fold(old_words[0]), &w)
                < distance(&fold(old_words[old_words.len() - 1]), &w)
        {
            new_words[0].to_string()
        } else {
            new_words[new_words.len() - 1].to_string()
        }
    };
    let mut out: Vec<&str> = words[..kept].to_vec();
    out.push(&replacement);
    out.join(" ")
}

/// Renames the person at `offset` everywhere in the draft, every spelling included.
pub fn rename(snap: &Snapshot, offset: usize, new_name: &str) -> Option<WorkspaceEdit> {
    let (_, person) = person_at(snap, offset)?;
    let edits: Vec<TextEdit> = person
        .mentions
        .iter()
        .map(|m| {
            let written = snap.text().get(m.range.clone()).unwrap_or(&m.text);
            TextEdit::new(
                snap.range(m.range.start, m.range.end),
                renamed_mention(written, person, new_name),
            )
        })
        .collect();
    Some(edit_of(&snap.uri, edits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(canonical: &str, titles: &[&str]) -> Person {
        Person {
            canonical: canonical.into(),
            mentions: Vec::new(),
            titles: titles.iter().map(|t| t.to_string()).collect(),
            quotations: Vec::new(),
        }
    }

    #[test]
    fn rename_keeps_titles_and_maps_single_names() {
        let p = person("Barry Fitzpatrick", &["Mr"]);
        assert_eq!(
            renamed_mention("Barry Fitzpatrick", &p, "Barry Fitzgerald"),
            "Barry Fitzgerald"
        );
        assert_eq!(
            renamed_mention("Mr Fitzpatrik", &p, "Barry Fitzgerald"),
            "Mr Fitzgerald"
        );
        assert_eq!(
            renamed_mention("Fitzpatrick", &p, "Barry Fitzgerald"),
            "Fitzgerald"
        );
        assert_eq!(renamed_mention("Dr. Fitzpatrick", &p, "Ann Lee"), "Dr. Lee");
        // East Asian order: the family name comes first and is the second reference.
        let kim = person("Kim Jong-un", &[]);
        assert_eq!(renamed_mention("Kim", &kim, "Kim Jong Un"), "Kim");
        assert_eq!(
            renamed_mention("Kim Jong Un", &kim, "Kim Jong-il"),
            "Kim Jong-il"
        );
        // A one-word new name replaces every mention whole.
        assert_eq!(renamed_mention("Mr Fitzpatrick", &p, "Cher"), "Mr Cher");
    }

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

    #[test]
    fn short_cuts_long_quotations() {
        assert_eq!(short("  a\n b "), "a b");
        let long = "word ".repeat(30);
        let s = short(&long);
        assert!(s.ends_with('…') && s.chars().count() <= 58, "{s}");
    }

    fn snapshot(text: &str) -> Snapshot {
        Snapshot::build(crate::snapshot::Input {
            uri: "file:///tmp/story.md".parse().unwrap(),
            version: 1,
            rev: 1,
            gen: 0,
            kind: DocKind::Markdown,
            text: text.to_string(),
            config: Default::default(),
            others: Vec::new(),
            enc: Encoding::Utf16,
        })
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
        let fixed = apply(&snap, "Ignore unattributed-quote on this line");
        assert_eq!(
            fixed,
            "The harbour was quiet.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n“The fares will rise again next spring, no doubt.”\n"
        );
        assert!(snapshot(&fixed).items.is_empty());
        // Inside a paragraph: at the end of the line, so the paragraph stays one paragraph.
        let text = "The harbour was quiet.\n\nBoats came and went all day\n“The fares will rise again next spring, no doubt.”\n";
        let snap = snapshot(text);
        assert_eq!(snap.items.len(), 1);
        let fixed = apply(&snap, "Ignore unattributed-quote on this line");
        assert!(
            fixed.ends_with("no doubt.” <!-- copydesk-disable-line unattributed-quote -->\n"),
            "{fixed}"
        );
        assert!(snapshot(&fixed).items.is_empty());
    }

    #[test]
    fn hover_on_a_quotation_says_how_it_is_attributed() {
        let text = "The harbour was quiet.\n\n“The fares will rise again next spring,” the mayor said.\n\n“Nobody knows where this one came from at all.”\n";
        let snap = snapshot(text);
        let said = hover(&snap, text.find("fares").unwrap()).unwrap();
        let HoverContents::Markup(m) = said.contents else {
            panic!()
        };
        assert!(m.value.contains("Quotation"), "{}", m.value);
        assert!(!m.value.contains("No attribution"), "{}", m.value);
        let outline = document_symbols(&snap);
        assert!(
            outline
                .iter()
                .any(|s| s.name.starts_with("“The fares will rise")),
            "{outline:#?}"
        );
        assert!(hover(&snap, 3).is_none());
    }
}
