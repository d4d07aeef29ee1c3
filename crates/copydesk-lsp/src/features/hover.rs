//! Hover: a person's card, or how a quotation is attributed.

use super::{person_at, short};
use crate::snapshot::Snapshot;
use copydesk_core::people::Person;
use copydesk_core::quotes::{Attribution, QuoteKind};
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

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
    let mut value = format!("**Quotation**\n\n{who}");
    // Held to the record: the passage, its speaker and its place.
    if let Some(card) = super::passage_card(snap, i) {
        value.push_str("\n\n");
        value.push_str(&card);
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(snap.range(q.range.start, q.range.end)),
    })
}

/// The Markdown card of a person: canonical form, spellings, titles, first reference, quotations.
pub fn person_card(snap: &Snapshot, index: usize, person: &Person) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in &person.mentions {
        match counts.iter_mut().find(|(t, _)| **t == *m.text) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::document_symbols;
    use crate::features::tests::snapshot;

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
