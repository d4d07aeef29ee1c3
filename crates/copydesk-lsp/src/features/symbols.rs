//! The outline (document symbols): each person with their quotations, then the others.

use super::short;
use crate::snapshot::Snapshot;
use copydesk_core::quotes::{Attribution, QuoteKind};
use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};

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
            name: person.canonical.to_string(),
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
