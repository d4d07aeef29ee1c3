//! The people stage's block cache: after edits that change what other blocks read (a word
//! written in lowercase elsewhere, a surname used alone, a quotation opened in one paragraph
//! and closed in another), a memoised analysis equals a fresh one.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::{same_as_fresh, seen, type_runs};
use proptest::prelude::*;

/// Names whose evidence lives in other paragraphs.
const BASE: &str =
    "Hope Marlow said the vote was close. Grace Penhallow, a councillor, agreed.\n\n\
“The count starts at nine,\n\n\
and it ends when it ends,” said Ada and Lionel Strand, who run the hall.\n\n\
Penhallow arrived late. Park Ji-hoon told reporters the hall was full.\n\n\
Mr Strand said there was hope. Dr Penhalow disagreed with Marlow.\n\n\
- Vote Marlow\n- Grace Penhallow, 61, chairs the board.\n";

/// Edits that make and break the evidence other blocks read.
const PIECES: &[&str] = &[
    "hope ",
    " Hope",
    "“",
    "”",
    "\"",
    " Strand",
    " strand",
    "Ada and ",
    "Mr ",
    "Ms ",
    "\n\n",
    " said",
    ", a farmer,",
    " Penhallow",
    " Penhalow",
    " Marlow",
    " marlow",
    "Park ",
    ".",
    " ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn memoised_people_equal_fresh(
        edits in proptest::collection::vec((0.0..1.0f64, 0usize..8, 0..PIECES.len()), 1..20)
    ) {
        let config = Config::default();
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        prop_assert_eq!(seen(&text, DocKind::Markdown, &config, Some(&mut memo)), seen(&text, DocKind::Markdown, &config, None));
        for (at, len, piece) in edits {
            edits::replace_scaled(&mut text, at, len, PIECES[piece]);
            prop_assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "after inserting {:?}:\n{}", PIECES[piece], text
            );
        }
    }
}

/// A word written in lowercase in one paragraph unmakes a name in another, and the cache
/// notices when that paragraph goes away again.
#[test]
fn evidence_from_another_block() {
    let config = Config::default();
    let mut memo = Memo::new();
    let plain = "Vote Marlow, they said.\n\nMarlow spoke.\n";
    let lower = "Vote Marlow, they said.\n\nMarlow spoke.\n\nWe vote today.\n";
    for text in [plain, lower, plain, lower] {
        assert_eq!(
            seen(text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(text, DocKind::Markdown, &config, None)
        );
    }
}

/// A quotation mark typed in one paragraph changes what the next one is (speech, narrative):
/// the names read there must follow, though that paragraph's text is unchanged.
#[test]
fn quotation_context_from_another_block() {
    let mut memo = Memo::new();
    let tail = "\n\nCouncillor Sam Reed, a farmer, said yes. Vote Reed.\n\nReed left.\n";
    let drafts = [
        format!("Lena Ward spoke.{tail}"),
        format!("“Lena Ward spoke.{tail}"),
        format!(
            "Lena Ward spoke.{}",
            tail.replacen("Councillor", "“Councillor", 1)
        ),
        format!(
            "“Lena Ward spoke.{}",
            tail.replacen("Reed left.", "Reed left.”", 1)
        ),
        format!("Lena Ward spoke.{}", tail.replacen("yes.", "yes.”", 1)),
        format!("Lena Ward spoke.{tail}"),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        same_as_fresh(text, &mut memo);
    }
}

/// Edits confined to one paragraph at a time (the people stage places again only that
/// paragraph's tokens and moves the rest): words added and taken away, letters typed, a
/// quotation opened there that changes what later paragraphs are, each equal to a fresh run.
#[test]
fn one_paragraph_edited_at_a_time() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = String::from(BASE);
    let edits: &[(&str, &str)] = &[
        ("the vote was close", "the vote was very close"),
        ("the vote was very close", "the vote was close"),
        ("the hall was full", "the hallx was full"),
        ("the hallx was full", "the hallxy was full"),
        ("the hallxy was full", "the hal was full"),
        ("Hope Marlow said", "“Hope Marlow said"),
        ("the hal was full", "the hal was quite full"),
        ("Penhallow arrived late", "Penhallow arrived rather late"),
        ("“Hope Marlow said", "Hope Marlow said"),
        ("there was hope", "there was a hope"),
        (
            "Penhallow arrived rather late",
            "Penhallow, 61, arrived late",
        ),
        ("chairs the board", "chairs the whole board"),
    ];
    for (from, to) in edits {
        text = text.replacen(from, to, 1);
        assert_eq!(
            seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(&text, DocKind::Markdown, &config, None),
            "after {to:?}:\n{text}"
        );
    }
}

/// Quotation marks typed in one paragraph that change what the marks of the others are
/// (single marks primary or not): the later paragraphs' words go from speech to a term and
/// back, though only the first paragraph was edited.
#[test]
fn marks_typed_in_one_paragraph_change_the_others() {
    let mut memo = Memo::new();
    let base = "“Yes,” said Ann Lee, and then she said no more.\n\n\
'Ask Dana Cole,' said Bo Park.\n\n'Not yet, Mr Cole,' said Cy Moss, who left.\n";
    let drafts = [
        base.to_string(),
        base.replacen("said no more", "said “no” more", 1),
        base.replacen("said no more", "said “no more", 1),
        base.replacen("said no more", "said “no more”", 1),
        base.replacen("said no more", "said 'no' more", 1),
        base.to_string(),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        same_as_fresh(text, &mut memo);
    }
}

/// A story whose decisions reach across paragraphs: a surname alone before its full name, a
/// pronoun in the next paragraph telling a gender, namesakes, a surname also written in
/// lowercase, a headline, a spelling slip. Most paragraphs are longer than a name's decisions
/// read ahead (`people::READS_AHEAD`), so that typing in one keeps the fold before it.
fn story() -> String {
    let f = "The crossing takes forty minutes in fair weather, and the old boat rolls badly \
             when the wind comes round from the west in the late afternoon.";
    format!(
        "# Ferry Board Picks Hale\n\n\
         Hale chaired the ferry board for a decade. {f} Ruth Hale retired in May.\n\n\
         Marek Ostrowski, a pilot, said the crossing was safe. {f} Hale disagreed with Ostrowski\n\n\
         and then she wrote to the board. {f}\n\n\
         Mr Ostrowski later wrote to Hale. {f} Ostrowsky replied.\n\n\
         The pier needed repair, said Dana Hale, her sister. {f} Hale said nothing.\n\n\
         Quinn arrived. {f} Later Ewan Quinn told the board he would stay.\n\n\
         “We will sail,” Quinn said. {f} The quinn nets were dry.\n\n\
         Dr Ines Varga met Ostrowski. {f} Varga said the pier was old, and Quinn agreed.\n"
    )
}

/// Letters and words typed one after another at one place, as a reporter types.
const TYPED: &[&str] = &["x", "e", "a", " ", "H", "Q", "”", "“", "\n"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Typing runs in one place, then in another: the people stage takes its fold up before
    /// the paragraph typed in (see `people::Fold`), and must still answer as a fresh analysis.
    #[test]
    fn typing_runs_equal_fresh(
        runs in proptest::collection::vec(
            (0.0..1.0f64, proptest::collection::vec((0..TYPED.len(), proptest::bool::ANY), 1..8)),
            1..5,
        )
    ) {
        type_runs(story(), runs, TYPED)?;
    }
}

/// A run of keystrokes in a name in one paragraph, then in an earlier one and a later one:
/// each takes up the fold kept from the last, where it may.
#[test]
fn typing_in_names_of_several_paragraphs() {
    let mut memo = Memo::new();
    let mut text = story();
    for (name, typed) in [
        ("Ewan Quinn", "Quinnx"),
        ("Ewan Quinnx", "Quinn"),
        ("Dana Hale", "Halle"),
        ("Dr Ines Varga", "Vargas"),
        ("Marek Ostrowski", "Ostrowsky"),
        ("then she wrote", "he"),
        ("Ewan Quinn", "Quin"),
        ("The quinn nets", "Quinn"),
    ] {
        let at = text.find(name).expect("the name") + name.len();
        let word_start = text[..at].rfind(' ').map_or(0, |s| s + 1);
        // Typed letter by letter over the last word, as one keystroke each.
        text.replace_range(word_start..at, "");
        let mut here = word_start;
        for ch in typed.chars() {
            text.insert(here, ch);
            here += ch.len_utf8();
            same_as_fresh(&text, &mut memo);
        }
    }
}

/// A paragraph's names completed with the draft's words are kept between keystrokes only
/// while none of the words they read comes or goes: a family name written joined, or used
/// alone, in another paragraph reshapes them, and so does that paragraph going away and
/// coming back (undone) while the first is left as it is.
#[test]
fn kept_names_follow_words_of_other_paragraphs() {
    let mut memo = Memo::new();
    let first = "Orla Vance Tremayne, a lawyer, said no. Ivo Brandt agreed.\n\n";
    let seconds = [
        "The court sat late.\n",
        "Ms Vance-Tremayne left.\n",
        "Ms Vance-Tremayn left.\n",
        "Ms Vance-Tremayne left.\n",
        "Mr Tremayne left.\n",
        "Mr Tremayn left.\n",
        "Mr Tremayne left.\n",
        "The court sat late.\n",
        "Ms Vance-Tremayne left.\n",
        "",
        "Ms Vance-Tremayne left.\n",
        "Talks brandt left.\n",
        "Talks brand left.\n",
        "Talks brandt left.\n",
    ];
    for second in seconds {
        let text = format!("{first}{second}");
        same_as_fresh(&text, &mut memo);
    }
}

/// A run held back for want of evidence is taken when another paragraph names the person in
/// full, with their family name alone, or with a given name spelt nearly alike: whether it is
/// kept between keystrokes follows those paragraphs as they are typed into, emptied and
/// written again.
#[test]
fn held_names_follow_the_names_of_other_paragraphs() {
    let mut memo = Memo::new();
    let held = "Soren Kierkegaard-Holm gave a lecture. Mats Johansen missed the bus. \
                Mathew Osei's lawyer came.\n\n";
    let seconds = [
        "Søren Kierkegaard-Holm said the hall was full.\n",
        "Søren Kierkegaard-Holmx said the hall was full.\n",
        "Søren Kierkegaard-Holm said the hall was full.\n",
        "Johansen, 19, was in tears.\n",
        "Johanssen, 19, was in tears.\n",
        "Johansen, 19, was in tears.\n",
        "Matthew Osei said no.\n",
        "Matthxew Osei said no.\n",
        "Matthew Osei said no.\n",
        "Matthew Oseii said no.\n",
        "The hall was full.\n",
        "Matthew Osei said no.\n",
    ];
    for second in seconds {
        let text = format!("{held}{second}");
        same_as_fresh(&text, &mut memo);
    }
}

/// A held run is compared with the first given names of its family in draft order: paragraphs
/// moved about (the counts all as they were) put another given name among them.
#[test]
fn held_names_follow_paragraphs_moved_about() {
    let mut memo = Memo::new();
    let held = "Mathew Osei's lawyer came.\n\n";
    let many = "Kofi Osei said yes. Kofi Osei said no. Kofi Osei said maybe. Kofi Osei said \
                so. Kofi Osei said it. Kofi Osei said that. Kofi Osei said this. Kofi Osei \
                said more.\n\n";
    let one = "Matthew Osei said no.\n\n";
    for text in [
        format!("{held}{many}{one}"),
        format!("{held}{one}{many}"),
        format!("{held}{many}{one}"),
    ] {
        same_as_fresh(&text, &mut memo);
    }
}

/// Two paragraphs written alike share one scan, its names read under the quotation contexts
/// of the last of them (`verdict` names the speaker of the lede before the first only): when
/// the other is typed into, the one left is read under its own.
#[test]
fn a_paragraph_written_twice_then_once_is_read_in_its_own_context() {
    let mut memo = Memo::new();
    let twice = "“We will win the vote.”\n\n\
                 That was the verdict of Vantro Quelle at the rally.\n\n\
                 The fair opened.\n\n\
                 That was the verdict of Vantro Quelle at the rally.\n";
    let once = format!("{}x\n", twice.trim_end());
    for text in [twice, &once, twice, &once] {
        same_as_fresh(text, &mut memo);
    }
}

/// Quotation marks typed in one paragraph change what the next one reads (`verdict` names
/// the speaker of the lede before it): that paragraph, unchanged, is read again.
#[test]
fn marks_of_a_lede_change_the_names_of_the_paragraph_after() {
    let mut memo = Memo::new();
    let quoted = "“We will win the vote.”\n\nThat was the verdict of Vantro Quelle at the rally.\n";
    let plain = quoted.replace(['“', '”'], "");
    for text in [quoted, &plain, quoted, &plain] {
        same_as_fresh(text, &mut memo);
    }
}

/// The verb a quotation is credited by is kept with its paragraph while the paragraph is the
/// same, but it reads the first word after it (`heard` names the hearer, `heard to` the
/// speaker): a paragraph typed after it changes whom it credits.
#[test]
fn a_kept_cue_follows_the_word_after_its_paragraph() {
    let mut memo = Memo::new();
    let first = "“The gate is shut,” a guard explained. “We leave at dawn,” Anton Weiss heard\n\n";
    for second in [
        "to say it.\n",
        "So it went.\n",
        "to say it.\n",
        "So it went.\n",
    ] {
        let text = format!("{first}{second}");
        same_as_fresh(&text, &mut memo);
    }
}

/// A paragraph's kept cues were read under its quotation contexts: quotation marks typed in
/// the paragraph before make its `verdict` the verb of the lede there, and then the cue of
/// its own quotation after a colon.
#[test]
fn a_kept_cue_follows_the_contexts_of_its_paragraph() {
    let mut memo = Memo::new();
    let quoted = "“We will win the vote.”\n\nThat was the verdict of the board: “We will go on \
                  with the work, whatever it costs us.”\n";
    let plain = quoted.replacen(['“', '”'], "", 2);
    for text in [quoted, &plain, quoted, &plain] {
        same_as_fresh(text, &mut memo);
    }
}

/// The tables of where names end and start are filled again from an earlier analysis's:
/// a name there that is gone now (`Ruth Okafor`, where `The mayor` stands) names no one.
#[test]
fn names_gone_since_an_earlier_keystroke_name_no_speaker() {
    let mut memo = Memo::new();
    let named = "Ruth Okafor said: “We won the vote.”\n\nDev Marsh, a farmer, grows pears.\n";
    let typed = named.replace("Marsh", "Marsxh");
    let mayor = typed.replace("Ruth Okafor", "The mayor");
    for text in [named, &typed, &mayor, &typed, named, &typed, &mayor] {
        same_as_fresh(text, &mut memo);
    }
}

/// Speakers kept between keystrokes in names: a pronoun credits the person named paragraphs
/// before, whose title (and so gender) is typed; a person named anew in the first paragraph
/// renumbers every later one; a label credits the one person of that family name, whose
/// name is typed into elsewhere. Each analysis equals a fresh one.
#[test]
fn speakers_follow_names_typed_paragraphs_away() {
    let mut memo = Memo::new();
    let filler = "The pier was closed for the winter.\n\n";
    let base = format!(
        "Mr Tobin Reyes runs the ferry.\n\n{filler}{filler}“We sail at dawn,” he said.\n\n\
         Carla Nyberg, the harbour master, disagreed.\n\n{filler}{filler}{filler}\
         NYBERG: “The tide decides.”\n\n“It always has,” she said.\n"
    );
    let drafts = [
        base.clone(),
        base.replace("Mr Tobin", "Ms Tobin"),
        base.replace("Mr Tobin", "Mrs Tobin"),
        base.replace("Mr Tobin Reyes runs", "Ines Varga and Mr Tobin Reyes run"),
        base.replace("Carla Nyberg", "Carla Nybergh"),
        base.replace("Carla Nyberg", "Carla Nyborg"),
        base.clone(),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        same_as_fresh(text, &mut memo);
    }
}

/// A speaker read from the whole draft's people is read again whatever the edit: a label
/// names the one person of its family name, and a namesake typed paragraphs away leaves it
/// no one; a title typed there tells a gender a pronoun far on reads.
#[test]
fn speakers_read_from_the_whole_draft_follow_far_edits() {
    let mut memo = Memo::new();
    let filler = "The pier was closed for the winter.\n\n";
    let base = format!(
        "Ann Lee chairs the board, and Tobin Reyes runs the ferry.\n\n{filler}{filler}{filler}\
         {filler}{filler}Carla Nyberg, the harbour master, spoke first.\n\n\
         NYBERG: “The tide decides.”\n\nReyes met the crew. “We sail at dawn,” he said.\n"
    );
    let drafts = [
        base.clone(),
        base.replace("Ann Lee", "Ann Nyberg"),
        base.clone(),
        base.replace("Tobin Reyes", "Mr Tobin Reyes"),
        base.replace("Tobin Reyes", "Ms Tobin Reyes"),
        base.replace("Tobin Reyes", "Mr Tobin Reyes"),
        base.clone(),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        same_as_fresh(text, &mut memo);
    }
}

/// A quotation credited by the paragraph before it reads that paragraph's cue, whose pronoun
/// reads names three paragraphs further back: a name typed there credits it.
#[test]
fn a_speaker_from_the_paragraph_before_follows_names_typed_further_back() {
    let mut memo = Memo::new();
    let filler = "The pier was closed for the winter.\n\n";
    let base = format!(
        "The captain runs the ferry.\n\n{filler}{filler}He said the crossing was rough:\n\n\
         “The swell was three metres.”\n"
    );
    let named = base.replace("The captain", "Tobin Reyes");
    for text in [&base, &named, &base, &named] {
        same_as_fresh(text, &mut memo);
    }
}
