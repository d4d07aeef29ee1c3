//! Title classes judged against house style: a title after `then` (an adverb of time in
//! apposition, `the then Korvish foreign minister Ann Lutz`) is still a title before a name,
//! with or without a nationality between; an ordinal in words that ranks an office
//! (`second secretary`, `first deputy prime minister`) is capitalised with it, and goes with it
//! where the Economist recasts a minister's title after the name. Drafts written for these
//! tests, with their exact title findings (rule, flagged text, replacement of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// `then` before a nationality and a title before a name: the styles that capitalise a title
// before a name capitalise this one (`then` stays outside it, as `former` does). Traps: the
// same title set off by commas after `then` (lower case, right), a `then` of sequence before a
// capitalised title, a job description after `then`, and a quotation.
const THEN: &str = "\
Shipping talks between Ostrava Bay and Lindmark broke down on Friday.

Mira Kessel, then Lindish trade minister, said the terms were unfair. The then Lindish trade minister Mira Kessel walked out in 2021.

The talks resumed, and then President Oskar Brenn stepped in. Per Annar, then chief executive of the port, was pleased. The accord was signed by the then mayor Elna Fisk.

\"The then trade minister Mira Kessel was right,\" said Per Annar.
";

#[test]
fn a_title_after_then_is_a_title_before_a_name() {
    let want = vec![
        style("trade minister", "Trade Minister"),
        style("mayor", "Mayor"),
    ];
    for s in ["ap", "reuters", "nyt", "chicago"] {
        assert_eq!(run(THEN, Some(s)), want, "{s}");
    }
    // The BBC leaves a title after `former` (and `then`) to the draft; the Guardian leaves a
    // title before a name open.
    assert_eq!(run(THEN, Some("bbc")), vec![]);
    assert_eq!(run(THEN, Some("guardian")), vec![]);
}

// `then` opening its sentence, or joined (`Then-governor`), is outside the title as well.
const THEN_OPENING: &str = "\
The reservoir at Harnby was drained last year.

Then-governor Elna Fisk ordered it. Then senator Ulf Brask objected to the cost.
";

// The `then` of sequence says nothing of when the office was held: the title after it is
// judged as any title before a name, by the BBC too (`and then president Ida Varn`).
const THEN_SEQUENCE: &str = "\
The reservoir at Harnby was drained last year.

The council argued for a week, and then governor Elna Fisk stepped in.
";

#[test]
fn a_then_of_sequence_leaves_the_title_a_title() {
    assert_eq!(
        run(THEN_SEQUENCE, Some("bbc")),
        vec![style("governor", "Governor")]
    );
    assert_eq!(
        run(THEN_SEQUENCE, Some("ap")),
        vec![style("governor", "Gov.")]
    );
}

#[test]
fn then_opening_a_sentence() {
    let want = vec![style("governor", "Gov."), style("senator", "Sen.")];
    assert_eq!(run(THEN_OPENING, Some("ap")), want);
    let want = vec![style("governor", "Governor"), style("senator", "Senator")];
    assert_eq!(run(THEN_OPENING, Some("reuters")), want);
}

// The Economist puts a minister's title after the name; the recast keeps `then` where it stood
// and adds no second article (`The then Lindish trade minister, Mira Kessel,`).
const ECONOMIST_THEN: &str = "\
Shipping talks between Ostrava Bay and Lindmark broke down on Friday.

The then Lindish Trade Minister Mira Kessel walked out in 2021.
";

#[test]
fn the_economist_recast_keeps_then() {
    let got = copydesk_core::analyze(
        ECONOMIST_THEN,
        copydesk_core::DocKind::PlainText,
        &copydesk_core::Config {
            style: Some("economist".into()),
            ..Default::default()
        },
    );
    let f: Vec<_> = got
        .findings
        .iter()
        .filter(|f| f.rule.as_str() == "title-style")
        .collect();
    assert_eq!(f.len(), 1);
    let (fixed, _) = copydesk_core::fix::apply_edits(ECONOMIST_THEN, &f[0].fixes[0].edits);
    assert!(
        fixed.contains("The then Lindish trade minister, Mira Kessel, walked out"),
        "{fixed}"
    );
}

// An ordinal in words before a title and a name ranks the office: capitalised with it
// (`Second Secretary Jon Ekre`), never `second Secretary`. Traps: an ordinal in figures (no
// case to change), an ordinal title set off by commas (lower case), a capitalised one (right).
const ORDINAL: &str = "\
The consulate in Varna Gate reopened on Monday.

Visitors were met by second secretary Jon Ekre, while first deputy prime minister Lise Hovd sent a letter. The 12th president, Arne Moe, attended, as did Third Secretary Kari Lund.

Tove Rind, the first secretary, stayed in the capital.
";

#[test]
fn an_ordinal_is_capitalised_with_its_title() {
    let want = vec![
        style("second secretary", "Second Secretary"),
        style("first deputy prime minister", "First Deputy Prime Minister"),
    ];
    for s in ["ap", "reuters", "nyt", "bbc", "chicago"] {
        assert_eq!(run(ORDINAL, Some(s)), want, "{s}");
    }
}

// The Economist's recast takes the ordinal with the title (`the first deputy prime minister,
// Lise Hovd`), not only the words the lexicon matched.
const ECONOMIST_ORDINAL: &str = "\
The consulate in Varna Gate reopened on Monday.

First Deputy Prime Minister Lise Hovd sent a letter on Tuesday.
";

#[test]
fn the_economist_recast_keeps_the_ordinal() {
    assert_eq!(
        run(ECONOMIST_ORDINAL, Some("economist")),
        vec![style(
            "Deputy Prime Minister",
            "The first deputy prime minister, |,"
        )]
    );
}

// Traps in every style: a job description, a title inside a quotation, an organisation named
// with a title, `President` opening a sentence before a name.
const TRAPS: &str = "\
The Harnby Dairy Cooperative reported a loss.

Its sales director Ines Moll said prices fell. \"The then finance minister never helped us,\" said Ines Moll.

The Prime Minister's Office declined to comment. President Arne Moe visited the dairy on Sunday.
";

#[test]
fn traps_raise_nothing() {
    for s in copydesk_core::styles::NAMES {
        let got: Vec<_> = run(TRAPS, Some(s))
            .into_iter()
            .filter(|(_, t, _)| t != "Moll" && t != "Moe")
            .collect();
        assert_eq!(got, vec![], "{s}");
    }
    assert_eq!(run(TRAPS, None), vec![]);
}

// A lowercase title opening a paragraph (or a draft) before a name: a capital opening a
// sentence says nothing of the title's case, but a lowercase letter there is the writer's.
// Traps: a capitalised title opening a paragraph, a title alone opening one.
const OPENING_LOWER: &str = "\
mayor Ines Moll opened the harbour on Sunday.

senators Ulf Brask and Tove Rind were there too.

President Arne Moe sent a letter. Governors of three states also wrote.
";

#[test]
fn a_lowercase_title_opening_a_paragraph() {
    assert_eq!(
        run(OPENING_LOWER, Some("reuters")),
        vec![style("mayor", "Mayor"), style("senators", "Senators")]
    );
    assert_eq!(
        run(OPENING_LOWER, Some("bbc")),
        vec![style("mayor", "Mayor"), style("senators", "Senators")]
    );
    assert_eq!(run(OPENING_LOWER, Some("guardian")), vec![]);
}
