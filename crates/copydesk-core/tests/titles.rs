//! The title rules on drafts written for these tests: exact findings for every house style and
//! for no style at all, and the safe fixes applied twice.

use copydesk_core::{analyze, fix, Config, DocKind, Finding};

fn config(style: Option<&str>) -> Config {
    Config {
        style: style.map(str::to_string),
        ..Config::default()
    }
}

fn title_findings(text: &str, style: Option<&str>) -> Vec<Finding> {
    analyze(text, DocKind::PlainText, &config(style))
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str().starts_with("title-"))
        .collect()
}

/// (rule, flagged text, replacement of the first fix, whether the fix is safe)
fn run(text: &str, style: Option<&str>) -> Vec<(&'static str, String, String, bool)> {
    title_findings(text, style)
        .into_iter()
        .map(|f| {
            let (rep, safe) = f
                .fixes
                .first()
                .map(|x| {
                    (
                        x.edits
                            .iter()
                            .map(|e| e.replacement.clone())
                            .collect::<Vec<_>>()
                            .join("|"),
                        x.safe,
                    )
                })
                .unwrap_or_default();
            (f.rule.as_str(), text[f.range()].to_string(), rep, safe)
        })
        .collect()
}

fn row(
    rule: &'static str,
    text: &str,
    rep: &str,
    safe: bool,
) -> (&'static str, String, String, bool) {
    (rule, text.to_string(), rep.to_string(), safe)
}

/// Applying the safe fixes leaves nothing for the title rules, and a second pass changes nothing.
fn assert_fixes_settle(text: &str, style: Option<&str>) {
    let once = fix::apply_edits(text, &fix::safe_edits(&title_findings(text, style))).0;
    let left: Vec<_> = run(&once, style).into_iter().filter(|r| r.3).collect();
    assert!(
        left.is_empty(),
        "safe findings left after --fix: {left:?}\n{once}"
    );
    let twice = fix::apply_edits(&once, &fix::safe_edits(&title_findings(&once, style))).0;
    assert_eq!(once, twice);
}

const NEUTRAL: &str = "\
Bridge opens early

Transport Minister Aoife Byrne opened the Carrow bridge on Monday. Mr Quill, its engineer, said the work had finished a month early.

Later, enterprise minister Tom Nash said the toll would fall. Mr. Quill agreed, and Dr Rui Tan, who chairs the council, thanked the crews.

\"Mr. Quill kept his word,\" said Ms Hale. Gov. Ana Ruiz and Governor Ben Ode signed the funding pact, and coach Ed Park brought his team.
";

#[test]
fn no_style_first_usage_sets_the_convention() {
    assert_eq!(
        run(NEUTRAL, None),
        vec![
            row(
                "title-consistency",
                "enterprise minister",
                "Enterprise Minister",
                true
            ),
            row("title-consistency", "Mr.", "Mr", true),
            row("title-consistency", "Governor", "Gov.", true),
        ]
    );
    assert_fixes_settle(NEUTRAL, None);
}

#[test]
fn consistency_points_go_both_ways() {
    let text = "Dr. Amy Shaw met Mr. Yoon. Later Mr Kim arrived with Prof Lee.\n";
    assert_eq!(
        run(text, None),
        vec![
            row("title-consistency", "Mr", "Mr.", true),
            row("title-consistency", "Prof", "Prof.", true),
        ]
    );
}

const AP_DRAFT: &str = "\
Riverside bridge to open in May

RIVERSIDE — The town's Mayor, Rita Vance, said on Tuesday that the new bridge would open in May.

Governor Paul Stone, who visited the site, praised the builders. Mr. Stone said he would return. \"Mr. Stone has been a friend to this town,\" Vance said.

Dr Lena Cho, a structural engineer, said the design was sound. Dr. Cho added that inspections would continue.

Ed Marsh, President of the builders' union, said workers were proud. Sen. Ada Fox also attended, as did the Rev. Tom Gale and astronaut Kai Moss.
";

#[test]
fn ap() {
    assert_eq!(
        run(AP_DRAFT, Some("ap")),
        vec![
            row("title-style", "Mayor", "mayor", true),
            row("title-style", "Governor", "Gov.", true),
            row("title-style", "Mr.", "", true),
            row("title-style", "Dr", "Dr.", true),
            row("title-style", "Dr.", "", true),
            row("title-style", "President", "president", true),
        ]
    );
    assert_fixes_settle(AP_DRAFT, Some("ap"));
}

const REUTERS_DRAFT: &str = "\
BERLIN (Reuters) - German Chancellor Olaf Brandt said on Wednesday the Halle plant would stay open.

Karl Weber, Saxony's Economy Minister, said the state would help. Ms Lang, a union official, disagreed.

Dr Eva Hahn, an economist at a Berlin institute, said the decision was political. \"Mr Brandt listened to us,\" Hahn said.
";

#[test]
fn reuters() {
    assert_eq!(
        run(REUTERS_DRAFT, Some("reuters")),
        vec![
            row("title-style", "Economy Minister", "economy minister", true),
            // `Ms Lang` is never named in full: dropping the title is offered, not applied.
            row("title-style", "Ms", "", false),
            row("title-style", "Dr", "", false),
        ]
    );
    assert_fixes_settle(REUTERS_DRAFT, Some("reuters"));
}

#[test]
fn reuters_keeps_dr_for_medical_doctors() {
    let text = "Dr Eva Hahn, a surgeon at the city hospital, said the ward would close.\n";
    assert_eq!(run(text, Some("reuters")), vec![]);
}

const NYT_DRAFT: &str = "\
Maria Ortiz, the mayor of Harbor City, said on Monday that the pier would be rebuilt. Ms. Ortiz said the work would take a year.

Mr. John Hale, the city's treasurer, said the money was there. Later Ms Ortiz thanked Mayor Dan Ruiz of the next town.
";

#[test]
fn nyt() {
    assert_eq!(
        run(NYT_DRAFT, Some("nyt")),
        vec![
            row("title-style", "Mr.", "", true),
            row("title-style", "Ms", "Ms.", true),
        ]
    );
    assert_fixes_settle(NYT_DRAFT, Some("nyt"));
}

const BBC_DRAFT: &str = "\
Talks to resume in Geneva

The Foreign Secretary, Harold Thomas, said talks would resume next week. Mr. Thomas flew to Geneva on Sunday.

The health secretary, Anna Patel, said hospitals were ready. The Prime Minister has been asked to intervene, and the King will host a dinner.

Prof Nadia Rahman, a stroke physician, backed the plan. Prof. Rahman said delays cost lives. The trust's chief executive, Mark Fenton, agreed.
";

#[test]
fn bbc() {
    assert_eq!(
        run(BBC_DRAFT, Some("bbc")),
        vec![
            row("title-style", "Mr.", "Mr", true),
            row("title-style", "health secretary", "Health Secretary", true),
            row("title-style", "Prime Minister", "prime minister", true),
            row("title-style", "Prof.", "Prof", true),
        ]
    );
    assert_fixes_settle(BBC_DRAFT, Some("bbc"));
}

const GUARDIAN_DRAFT: &str = "\
Keir Lane, the prime minister, said the rail plan would go ahead. Mr Lane later added that fares would be frozen.

The Transport Secretary, Ruth Dale, said the money was secure. Dr Amy Shaw, a GP, welcomed the news.
";

#[test]
fn guardian() {
    assert_eq!(
        run(GUARDIAN_DRAFT, Some("guardian")),
        vec![
            row("title-style", "Mr", "", true),
            row(
                "title-style",
                "Transport Secretary",
                "transport secretary",
                true
            ),
        ]
    );
    assert_fixes_settle(GUARDIAN_DRAFT, Some("guardian"));
}

const ECONOMIST_DRAFT: &str = "\
Grocers: Checkout time

Politicians are circling. Competition Minister Sofia Berg has asked for scrutiny. Mr Henrik Dahl, the seller's chairman, is unapologetic.

Ms Berg faces an election. Mr. Dahl says the deal will lower prices. President Ola Lind has not commented.
";

#[test]
fn economist() {
    assert_eq!(
        run(ECONOMIST_DRAFT, Some("economist")),
        vec![
            row(
                "title-style",
                "Competition Minister",
                "The competition minister, |,",
                false
            ),
            row("title-style", "Mr", "", true),
            row("title-style", "Mr.", "Mr", true),
        ]
    );
    assert_fixes_settle(ECONOMIST_DRAFT, Some("economist"));
}

const CHICAGO_DRAFT: &str = "\
Sen. Margaret Ocampo presented the prize. Sen. Ocampo said every library would get a copy.

Senator Paul Ree, who chairs the committee, agreed. Dr Ruth Ames, a professor of English, chaired the judges, and Mr. Ree thanked her.
";

#[test]
fn chicago() {
    assert_eq!(
        run(CHICAGO_DRAFT, Some("chicago")),
        vec![
            row("title-style", "Sen.", "Senator", true),
            row("title-style", "Senator", "Sen.", true),
            row("title-style", "Dr", "Dr.", true),
        ]
    );
    assert_fixes_settle(CHICAGO_DRAFT, Some("chicago"));
}

#[test]
fn quotations_are_never_flagged() {
    let text = "\"Mr. Quill and governor Ann Lee were wrong,\" Ms Hale said.\n";
    for style in [None, Some("ap"), Some("bbc"), Some("nyt")] {
        let got = run(text, style);
        assert!(
            got.iter().all(|r| r.1 != "Mr." && r.1 != "governor"),
            "{style:?}: {got:?}"
        );
    }
}

#[test]
fn one_problem_one_diagnostic() {
    // The draft sets `Mr` first; `Mr.` differs from it and from the house style: one finding.
    let text = "Mr Lloyd met Mr. Pryce on Monday.\n";
    assert_eq!(
        run(text, Some("bbc")),
        vec![row("title-style", "Mr.", "Mr", true)]
    );
    assert_eq!(
        run(text, None),
        vec![row("title-consistency", "Mr.", "Mr", true)]
    );
}

#[test]
fn descriptions_and_ranks_are_not_titles() {
    // (After `former` a title is still a title: see `former_and_then_stay_outside_a_capitalised_title`.)
    let text = "Later new foreign secretary Ann Cole, England captain Jo Reed and director general Sam Ives met shadow chancellor Ed Vane.\n";
    for style in [None, Some("ap"), Some("bbc"), Some("reuters")] {
        assert_eq!(run(text, style), vec![], "{style:?}");
    }
}

#[test]
fn every_profile_carries_house_names() {
    let ap = copydesk_core::styles::profile("ap").unwrap();
    assert!(ap.house_names.iter().any(|n| n == "Kim Jong Un"));
    let bbc = copydesk_core::styles::profile("bbc").unwrap();
    assert!(bbc.house_names.iter().any(|n| n == "Kim Jong-un"));
    let reuters = copydesk_core::styles::profile("reuters").unwrap();
    assert!(reuters
        .house_names
        .iter()
        .any(|n| n == "Volodymyr Zelenskiy"));
}

#[test]
fn same_person_same_title_two_forms() {
    let text = "Prof Nadia Rahman spoke first. Later Professor Rahman and Prof Rahman agreed.\n";
    assert_eq!(
        run(text, None),
        vec![row("title-consistency", "Prof", "Professor", true)]
    );
}

#[test]
fn proper_nouns_and_judges_are_not_courtesy_titles() {
    let text = "Mr Justice Eady ruled on Monday. The Prime Minister's Questions session ran long, the Justice Department declined to comment and Stephen King wrote about it.\n";
    for style in [None, Some("ap"), Some("bbc"), Some("reuters")] {
        assert_eq!(run(text, style), vec![], "{style:?}");
    }
}

#[test]
fn saints_keep_their_own_points() {
    let text = "Mr Lowe flew from St. Louis to St Paul on Monday.\n";
    assert_eq!(
        run(text, None),
        vec![row("title-consistency", "St", "St.", true)]
    );
}

#[test]
fn ap_professor_is_lowercase_and_spelled_out() {
    let text = "Later Prof. Jane Smith and Professor Ann Lee spoke.\n";
    assert_eq!(
        run(text, Some("ap")),
        vec![
            row("title-style", "Prof.", "professor", true),
            row("title-style", "Professor", "professor", true),
        ]
    );
}

mod no_panics {
    use copydesk_core::cues::Cues;
    use copydesk_core::rules::{Context, Rule, TitleConsistency, TitleStyle};
    use copydesk_core::{quotes, styles, titles, Config, DocKind, Document, People};
    use proptest::prelude::*;

    fn check_all(text: &str) {
        let config = Config::default();
        for kind in [DocKind::PlainText, DocKind::Markdown] {
            let doc = Document::parse(text, kind);
            let _ = titles::find(&doc);
            let q = quotes::extract(&doc, &config.quotes, Cues::builtin());
            let people = People::default();
            for style in [None]
                .into_iter()
                .chain(styles::NAMES.iter().map(|n| styles::profile(n)))
            {
                let cx = Context::new(&doc, &config, &q, &people, style);
                let mut out = Vec::new();
                TitleStyle.check(&cx, &mut out);
                TitleConsistency.check(&cx, &mut out);
                for f in &out {
                    assert!(
                        text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end)
                    );
                    for fix in &f.fixes {
                        for e in &fix.edits {
                            assert!(
                                text.is_char_boundary(e.byte_start)
                                    && text.is_char_boundary(e.byte_end)
                            );
                        }
                    }
                }
            }
        }
    }

    const PIECES: &[&str] = &[
        "Mr",
        "Mr.",
        "Ms",
        "Dr.",
        "Prof",
        "St.",
        "Gov.",
        "Lt.",
        "Sen",
        "President",
        "president",
        "Prime Minister",
        "minister for",
        "Foreign Secretary",
        "the",
        "The",
        "former",
        "shadow",
        "Ann",
        "Lee",
        "Ben",
        "Kim Jong-un",
        "O’Neill",
        "’s",
        "'s",
        ",",
        ".",
        " ",
        "\n",
        "\n\n",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "é",
        "‐",
        "😀",
        "İ",
        "ǅ",
        "ß",
        "-",
        "(",
        ":",
        "of",
        "Justice",
    ];

    proptest! {
        #[test]
        fn title_rules_survive_title_soup(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            check_all(&text);
            let tight: String = parts.iter().map(|&i| PIECES[i]).collect();
            check_all(&tight);
        }

        #[test]
        fn title_rules_survive_any_text(text in "\\PC{0,200}") {
            check_all(&text);
        }
    }
}

#[test]
fn capitalised_job_descriptions_beside_a_name() {
    let text = "The council's Chief Executive, Helen Marsh, said the library would close. Jo Lee, Spokeswoman for the trust, agreed, as did Nancy Hale, the House Minority Leader.\n";
    assert_eq!(
        run(text, Some("ap")),
        vec![
            row("title-style", "Chief Executive", "chief executive", true),
            row("title-style", "Spokeswoman", "spokeswoman", true),
        ]
    );
    // Lower case is right everywhere; BBC leaves capitals beside a name to the draft.
    assert_eq!(run(text, Some("bbc")), vec![]);
    assert_eq!(run(text, None), vec![]);
}

/// A usage flagged for one habit still sets the others: the draft's abbreviation of a title is
/// kept though its first abbreviation was flagged for its full point, and both fixes write the
/// same form, so one `--fix` settles the draft.
#[test]
fn a_title_flagged_for_its_point_still_sets_the_abbreviation_habit() {
    let drafts = [
        (
            "Ward closes\n\nMr Hollis said the ward would close. Prof. Greta Anand, who runs the unit, disagreed.\n\nProfessor Liam Dorsey said the decision was final.\n",
            vec![
                row("title-consistency", "Prof.", "Prof", true),
                row("title-consistency", "Professor", "Prof", true),
            ],
        ),
        (
            "Council vote\n\nLt. Sam Okoro chaired the vote. Gen Omar Reyes, retired, spoke first.\n\nGeneral Nadia Kovac spoke against.\n",
            vec![
                row("title-consistency", "Gen", "Gen.", true),
                row("title-consistency", "General", "Gen.", true),
            ],
        ),
        (
            // Flagged for its capitals: the habit of spelling the title out is still set.
            "Budget\n\nGovernor Ana Ruiz signed it. Later, governor Ben Ode objected, and Gov. Lia Moss abstained.\n",
            vec![
                row("title-consistency", "governor", "Governor", true),
                row("title-consistency", "Gov.", "Governor", true),
            ],
        ),
    ];
    for (d, want) in drafts {
        assert_eq!(run(d, None), want, "{d}");
        assert_fixes_settle(d, None);
    }
}

/// One person given two courtesy titles is flagged at the later one, fixed to the first, with
/// the usage's own full point; a surname two people share, a wife named only by her title and
/// a plural title are left alone.
#[test]
fn one_person_keeps_one_courtesy_title() {
    let flagged = [
        (
            "Kiln reopens\n\nMiss Tamsin Achterberg, 31, fired the first pots on Friday.\n\nMs Achterberg said the kiln had taken a year to rebuild.\n",
            row("title-consistency", "Ms", "Miss", true),
        ),
        (
            "Tram depot\n\nMs. Noor Halloran runs the depot. Mrs. Halloran said the trams were old.\n",
            row("title-consistency", "Mrs.", "Ms.", true),
        ),
        (
            "Parish records\n\nMx Jordan Fairweather has kept the records since 2015. Mr Fairweather said the oldest was from 1602.\n",
            row("title-consistency", "Mr", "Mx", true),
        ),
        (
            // Family name first.
            "Ministry\n\nMs Nakamura Emi took office on Monday. Mrs Nakamura said the budget came first.\n",
            row("title-consistency", "Mrs", "Ms", true),
        ),
    ];
    for (d, want) in flagged {
        assert_eq!(run(d, None), vec![want], "{d}");
        assert_fixes_settle(d, None);
    }
    let clean = [
        "Bakery\n\nMs Ada Pell and her mother, Mrs Joan Pell, run the bakery. Ms Ada Pell bakes; Mrs Joan Pell sells.\n",
        "Ferry\n\nTom Brennock runs the ferry with his wife, Maeve. Mr Brennock said it was saved.\n\nMrs Brennock said passengers had signed a petition.\n",
        "Board\n\nMr Ian Cray and Mr Tom Barnum founded the firm. Messrs Cray and Barnum sold it in 1990.\n",
    ];
    for d in clean {
        assert_eq!(run(d, None), vec![], "{d}");
    }
}

#[test]
fn an_organisations_officer_at_the_start_of_a_sentence_is_a_description() {
    // `Company president`, `Club secretary`: capitalised only because the sentence starts there.
    let text =
        "Company president Jane Ruiz opened the plant. Club secretary Tom Hale spoke after her. Union president Mick Lane called a strike.\n";
    for style in [Some("ap"), Some("bbc"), Some("reuters")] {
        assert_eq!(run(text, style), vec![], "{style:?}");
    }
    // A title of state at the start of a sentence is still judged.
    assert_eq!(
        run("Prime minister Keir Holt arrived.\n", Some("ap")),
        vec![row("title-style", "Prime minister", "Prime Minister", true)]
    );
}

#[test]
fn acting_and_interim_in_lower_case_stay_outside_the_title() {
    // AP: `acting Mayor Peter Barry`: the modifier stays lowercase, the title takes its capital.
    for text in [
        "The waiver was approved by acting Transport Secretary Lena Ostrova on Friday.",
        "Talks resumed under interim Prime Minister Oskar Lind, who took over in March.",
        "The ruling was welcomed by acting Mayor Dale Pruitt and the county board.",
    ] {
        for style in ["ap", "reuters", "nyt", "bbc", "chicago"] {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
    }
    // The title itself is still judged, and the fix leaves the modifier alone.
    let text = "The waiver was approved by acting governor Dale Pruitt on Friday.";
    assert_eq!(
        run(text, Some("ap")),
        vec![row("title-style", "governor", "Gov.", true)]
    );
    // Capitalised in mid-sentence, the modifier is lowered as `former` is (AP: `acting Mayor
    // Peter Barry`); opening a sentence, its capital is the sentence's.
    assert_eq!(
        run(
            "The waiver was approved by Acting Governor Dale Pruitt on Friday.",
            Some("ap")
        ),
        vec![row("title-style", "Acting Governor", "acting Gov.", true)]
    );
    assert_eq!(
        run(
            "Acting Governor Dale Pruitt approved the waiver.",
            Some("ap")
        ),
        vec![row("title-style", "Acting Governor", "Acting Gov.", true)]
    );
}

#[test]
fn a_rank_word_after_an_office_is_part_of_the_office() {
    // `Surgeon General`, `Inspector General`: not the military rank `Gen.`.
    for text in [
        "A warning from Surgeon General Ines Marlowe was read out in the chamber.",
        "The audit by Inspector General Tobias Wren found missing invoices.",
        "Auditor General Priya Sandhu told the committee the accounts were late.",
        "Solicitor General Mark Eddery argued the appeal.",
        "Secretary General Ilse Marten opened the summit.",
    ] {
        for style in ["ap", "chicago"] {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
    }
    // The rank itself still takes its abbreviation.
    assert_eq!(
        run(
            "The briefing was led by General Ruth Calloway of the air force.",
            Some("ap")
        ),
        vec![row("title-style", "General", "Gen.", true)]
    );
}

#[test]
fn an_initialism_in_capitals_is_not_a_courtesy_title() {
    for text in [
        "Aid convoys reached eastern DR Congo on Thursday after a week of delays.",
        "The MS Society said waiting lists had grown, and MR scans were delayed.",
        "Fans of cricketer MS Dhoni queued outside the ground.",
    ] {
        for style in ["ap", "reuters", "nyt", "guardian", "chicago", "bbc"] {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
    }
    assert_eq!(
        run(
            "The report was written by Dr. Amal Sayed. Dr. Sayed said it was overdue.",
            Some("ap")
        ),
        vec![row("title-style", "Dr.", "", true)]
    );
}

#[test]
fn a_rank_before_words_that_name_a_body_is_not_a_title() {
    for text in [
        "Officers from the Major Incident Unit sealed off the road.",
        "The deal was signed with Private Capital Holdings last month.",
        "Volunteers from the General Relief Squad handed out water.",
    ] {
        for style in ["ap", "chicago"] {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
    }
    // A person's name after the rank is still judged, whatever their surname.
    assert_eq!(
        run(
            "The convoy was led by Major Tom Hall of the signals regiment.",
            Some("ap")
        ),
        vec![row("title-style", "Major", "Maj.", true)]
    );
}

#[test]
fn a_monarch_or_a_pope_standing_alone_follows_the_house() {
    let text = "Crowds lined the quay as the King arrived by launch. The Pope sent a blessing, read out by the bishop.";
    for style in ["ap", "reuters", "nyt", "chicago"] {
        assert_eq!(
            run(text, Some(style)),
            vec![
                row("title-style", "King", "king", true),
                row("title-style", "Pope", "pope", true),
            ],
            "{style}"
        );
    }
    // The BBC capitalises them, named or not.
    assert_eq!(run(text, Some("bbc")), vec![]);
    // Before a name, in a proper noun, or a possessive place name: not standing alone.
    let named = "Queen Margrethe opened the bridge near King's Cross. The Queen Mother Hospital sent nurses.";
    assert_eq!(run(named, Some("ap")), vec![]);
    // At the end of a proper name: a brand, a surname, a title of a work.
    let proper = "Staff at a Burger King in Leeds were evacuated. Fans of the Stephen King novel queued, and The Lion King opens in May. The Alexander Pope collection was sold.";
    for style in ["ap", "reuters", "nyt", "guardian", "economist", "chicago"] {
        assert_eq!(run(proper, Some(style)), vec![], "{style}");
    }
}

#[test]
fn the_economist_recast_is_not_offered_across_a_possessive() {
    // `Prime Minister Ewa Nowicki's coalition` set off by commas would give the possessive to
    // the title; the finding stands, with no fix.
    let text =
        "The budget was a blow to Prime Minister Ewa Nowicki's coalition, and to the unions.";
    let found = title_findings(text, Some("economist"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].fixes.is_empty(), "{:?}", found[0].fixes);
    let text = "The budget was passed by Prime Minister Ewa Nowicki on Monday.";
    assert_eq!(
        run(text, Some("economist")),
        vec![row(
            "title-style",
            "Prime Minister",
            "the prime minister, |,",
            false
        )]
    );
}

#[test]
fn a_surname_that_abbreviates_a_title_ends_its_sentence() {
    // `Amartya Sen.`, `Hun Sen.`: a name's last word with the sentence's point, not `Sen.`.
    let text = "The prize was founded by Tomas Sen. Critics say it is too narrow. The fund was backed by Ilse Gen. Donors gave more.";
    for style in ["guardian", "bbc", "chicago", "ap", "economist"] {
        assert_eq!(run(text, Some(style)), vec![], "{style}");
    }
    // After a party or a nationality it is the title.
    assert_eq!(
        run(
            "The bill was backed by Democratic Sen. Mark Pell.",
            Some("bbc")
        ),
        vec![row("title-style", "Sen.", "Sen", true)]
    );
}

#[test]
fn a_markdown_block_quotation_is_someone_elses_words() {
    // A letter or a statement set off with `>` is quoted, and quotes are sacred.
    let text = "# Resignation\n\nThe minister resigned on Friday. Her letter was published in full.\n\n> I have today informed the Prime Minister that I will step down.\n\nThe Prime Minister accepted it.\n";
    for style in ["ap", "bbc", "reuters"] {
        let found: Vec<String> = analyze(text, DocKind::Markdown, &config(Some(style)))
            .findings
            .into_iter()
            .filter(|f| f.rule.as_str().starts_with("title-"))
            .map(|f| format!("{}:{}", f.byte_start, &text[f.range()]))
            .collect();
        assert_eq!(found, vec!["154:Prime Minister".to_string()], "{style}");
    }
}

/// The text after applying the first fix of each title finding on its own.
fn each_fix_applied(text: &str, style: Option<&str>) -> Vec<String> {
    title_findings(text, style)
        .iter()
        .filter_map(|f| f.fixes.first())
        .map(|x| fix::apply_edits(text, &x.edits).0)
        .collect()
}

#[test]
fn a_couple_named_by_courtesy_titles_keeps_both() {
    // Dropping one title of `Mr. and Mrs.` would name one person: flagged once, with no fix.
    let text = "Mr. and Mrs. Osric Pell opened the bakery on Friday.\n";
    for style in ["ap", "reuters", "guardian", "nyt", "economist"] {
        assert_eq!(
            run(text, Some(style)),
            vec![row("title-style", "Mr. and Mrs.", "", false)],
            "{style}"
        );
    }
    // Either title may be the one the style drops (the Guardian keeps `Dr`, not `Mrs`).
    let text = "Dr and Mrs Haddad hosted the dinner for the visiting choir.\n";
    for style in ["ap", "reuters", "guardian"] {
        assert_eq!(
            run(text, Some(style)),
            vec![row("title-style", "Dr and Mrs", "", false)],
            "{style}"
        );
    }
    // Styles that keep courtesy titles still judge each title's point.
    assert_eq!(
        run(text, Some("chicago")),
        vec![
            row("title-style", "Dr", "Dr.", true),
            row("title-style", "Mrs", "Mrs.", true),
        ]
    );
    // Two people, two titles: never one person given two courtesy titles.
    let text = "Mr and Mrs Lionel Tilney sold the farm in March. Mrs Tilney said it was time.\n";
    assert_eq!(run(text, None), vec![]);
    assert_eq!(run(text, Some("bbc")), vec![]);
    for style in [None, Some("ap"), Some("bbc"), Some("guardian"), Some("nyt")] {
        assert_fixes_settle(text, style);
    }
}

#[test]
fn a_courtesy_title_inside_a_brand_is_not_dropped() {
    // After a capitalised word that is no country or title, the courtesy title is part of a
    // name: a brand, a show (`Halvorsen Dr Ginger`, `Brisko Mr Muffin` at a sentence's start).
    for text in [
        "Analysts said Halvorsen Dr Ginger sales rose in the spring.\n",
        "Brisko Mr Muffin cakes sold out within a week.\n",
        "The old sketch show No More Mr Grumpy is being repeated.\n",
    ] {
        for style in [
            None,
            Some("ap"),
            Some("nyt"),
            Some("guardian"),
            Some("chicago"),
        ] {
            assert_eq!(run(text, style), vec![], "{style:?}: {text}");
        }
    }
    // A name the draft never gives in full may be a brand (`Shares in Dr. Vantorp`): dropping
    // the title is offered, not applied by `--fix`.
    assert_eq!(
        run("Shares in Dr. Vantorp fell on Monday.\n", Some("ap")),
        vec![row("title-style", "Dr.", "", false)]
    );
    assert_eq!(
        run(
            "Mr Crumble biscuits sold well at the fair.\n",
            Some("guardian")
        ),
        vec![row("title-style", "Mr", "", false)]
    );
    // People introduced in full keep the safe fix, whatever their surname means.
    assert_eq!(
        run(
            "Walter Green chairs the board. Mr. Green said the vote was close.\n",
            Some("ap")
        ),
        vec![row("title-style", "Mr.", "", true)]
    );
    // A capitalised common word before a courtesy title and a surname ends another name; an
    // initialism is no name at all.
    assert_eq!(
        run(
            "He told the Evening Courier Mr Dalby would resign.\n",
            Some("nyt")
        ),
        vec![row("title-style", "Mr", "Mr.", true)]
    );
    assert_eq!(
        run("Labour MP Dr Ann Lee spoke first.\n", Some("chicago")),
        vec![row("title-style", "Dr", "Dr.", true)]
    );
}

#[test]
fn an_abbreviation_is_never_lowercased_for_the_drafts_capitals() {
    // Spelled out in the draft's own case, never `gov.`.
    let drafts = [
        (
            "On Tuesday governor Rhea Tolland met Gov. Amos Pike.\n",
            row("title-consistency", "Gov.", "governor", true),
        ),
        (
            "Later senator Dale Ockham and Sen. Ivy Moran voted.\n",
            row("title-consistency", "Sen.", "senator", true),
        ),
        (
            "Gov. Amos Pike met governor Rhea Tolland in the capital.\n",
            row("title-consistency", "governor", "Gov.", true),
        ),
    ];
    for (d, want) in drafts {
        assert_eq!(run(d, None), vec![want], "{d}");
        assert_fixes_settle(d, None);
    }
    // An abbreviation's capital sets no habit for titles spelled out.
    assert_eq!(run("Rep. Lou Hart met mayor Tom Lusk.\n", None), vec![]);
}

#[test]
fn the_economist_recast_takes_the_country_in() {
    let drafts = [
        (
            "The talks were led by Dutch Trade Minister Femke Aalders on Tuesday.\n",
            "The talks were led by the Dutch trade minister, Femke Aalders, on Tuesday.\n",
        ),
        (
            "Italy's Interior Minister Paolo Sarti resigned.\n",
            "Italy's interior minister, Paolo Sarti, resigned.\n",
        ),
        (
            "She briefed the Spanish Defence Minister Luis Ortega yesterday.\n",
            "She briefed the Spanish defence minister, Luis Ortega, yesterday.\n",
        ),
        (
            "Canadian Prime Minister Joan Whitby spoke.\n",
            "The Canadian prime minister, Joan Whitby, spoke.\n",
        ),
        (
            "She met US Secretary of State Harlan Pope in May.\n",
            "She met the US secretary of state, Harlan Pope, in May.\n",
        ),
        // `former` and `new` go in with the title, in lower case.
        (
            "Former Education Minister Rosa Kettle disagreed.\n",
            "The former education minister, Rosa Kettle, disagreed.\n",
        ),
        (
            "The plan was backed by new Health Secretary Omar Quist.\n",
            "The plan was backed by the new health secretary, Omar Quist.\n",
        ),
        (
            "Officials met then-Trade Secretary Nell Fry in 2019.\n",
            "Officials met the then-trade secretary, Nell Fry, in 2019.\n",
        ),
        // After a heading, the paragraph's first word opens a sentence; a line wrapped
        // inside a paragraph does not.
        (
            "Budget row\n\nTrade Minister Ilse Brandt said the deal was off.\n",
            "Budget row\n\nThe trade minister, Ilse Brandt, said the deal was off.\n",
        ),
        (
            "The deal was signed by\nTrade Minister Ilse Brandt on Friday.\n",
            "The deal was signed by\nthe trade minister, Ilse Brandt, on Friday.\n",
        ),
    ];
    for (d, want) in drafts {
        assert_eq!(each_fix_applied(d, Some("economist")), vec![want], "{d}");
    }
    // A capitalised word before the title may belong to it (`New Haven`, a firm): the finding
    // stands without a recast; `said that` is no article.
    for d in [
        "Speaking in Boston, Harbour City Finance Minister Ada Lowe said no.\n",
        "Talks began. North Dakota Attorney General Ray Fenn objected.\n",
        "Talks began. New Hampshire Attorney General Ray Fenn objected.\n",
        "The talks were hosted by U.S. Secretary of State Dana Kirk in May.\n",
    ] {
        let found = title_findings(d, Some("economist"));
        assert_eq!(found.len(), 1, "{d}: {found:?}");
        assert!(found[0].fixes.is_empty(), "{d}: {:?}", found[0].fixes);
    }
    assert_eq!(
        each_fix_applied(
            "He said that Foreign Minister Ivo Marsh would resign.\n",
            Some("economist")
        ),
        vec!["He said that the foreign minister, Ivo Marsh, would resign.\n".to_string()]
    );
}

#[test]
fn a_name_with_two_particles_is_one_name() {
    for (d, want) in [
        (
            "She met Prime Minister Joost van den Heuvel on Monday.\n",
            "She met the prime minister, Joost van den Heuvel, on Monday.\n",
        ),
        (
            "The plan came from Finance Minister Liesbeth van den Akker last week.\n",
            "The plan came from the finance minister, Liesbeth van den Akker, last week.\n",
        ),
        (
            "He praised Justice Minister Anke von den Driesch before the vote.\n",
            "He praised the justice minister, Anke von den Driesch, before the vote.\n",
        ),
    ] {
        assert_eq!(each_fix_applied(d, Some("economist")), vec![want], "{d}");
    }
}

#[test]
fn a_rank_of_several_words_is_abbreviated_whole() {
    let text = "The parade was led by Sergeant Major Colm Reddy. Private First Class Nia Okafor and Rear Admiral Kay Lund followed.\n";
    for style in ["ap", "chicago"] {
        assert_eq!(
            run(text, Some(style)),
            vec![
                row("title-style", "Sergeant Major", "Sgt. Maj.", true),
                row("title-style", "Private First Class", "Pfc.", true),
                row("title-style", "Rear Admiral", "Rear Adm.", true),
            ],
            "{style}"
        );
        assert_fixes_settle(text, Some(style));
    }
    let text = "Sgt. Maj. Reddy thanked the band.\n";
    assert_eq!(
        run(text, Some("chicago")),
        vec![row("title-style", "Sgt. Maj.", "Sergeant Major", true)]
    );
    for style in ["bbc", "guardian", "economist"] {
        assert_eq!(
            run(text, Some(style)),
            vec![row("title-style", "Sgt. Maj.", "Sgt Maj", true)],
            "{style}"
        );
    }
    // A word that abbreviates nothing takes no point.
    assert_eq!(
        run("Staff Sgt Ron Ely arrived late.\n", Some("ap")),
        vec![row("title-style", "Staff Sgt", "Staff Sgt.", true)]
    );
    // In lower case the rank is a common noun.
    assert_eq!(
        run("The sergeant major said the drill was over.\n", Some("ap")),
        vec![]
    );
}

#[test]
fn former_and_then_stay_outside_a_capitalised_title() {
    for (text, written, want) in [
        (
            "Investigators questioned former president Tomas Ibarra.\n",
            "president",
            "President",
        ),
        (
            "They met former Swedish foreign minister Eva Dahl.\n",
            "foreign minister",
            "Foreign Minister",
        ),
        (
            "It was signed by Former Prime Minister Ewan Roy in 2009.\n",
            "Former Prime Minister",
            "former Prime Minister",
        ),
    ] {
        for style in ["ap", "reuters", "nyt", "chicago"] {
            assert_eq!(
                run(text, Some(style)),
                vec![row("title-style", written, want, true)],
                "{style}: {text}"
            );
            assert_fixes_settle(text, Some(style));
        }
    }
    let text = "Aides to then-governor Lena Voss wept.\n";
    assert_eq!(
        run(text, Some("ap")),
        vec![row("title-style", "governor", "Gov.", true)]
    );
    assert_eq!(
        run(text, Some("nyt")),
        vec![row("title-style", "governor", "Governor", true)]
    );
    // Without a style, titles after `former` keep one habit among themselves.
    let text = "Police questioned former president Tomas Ibarra. Later former President Ibarra spoke, and Prince Oskar listened.\n";
    assert_eq!(
        run(text, None),
        vec![row("title-consistency", "President", "president", true)]
    );
    // Left alone: no name; a party's former officer; the BBC, whose copy writes both.
    for (text, style) in [
        ("The former president said nothing.\n", "ap"),
        ("Critics included Labour former minister Jo Hale.\n", "ap"),
        (
            "Investigators questioned former president Tomas Ibarra.\n",
            "bbc",
        ),
    ] {
        assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
    }
}

#[test]
fn former_opening_a_sentence_is_compared_with_the_other_former_titles() {
    // `Former President …` opening a sentence is a former holder's title: the later `former
    // president …` breaks its habit, and a current holder's title does not.
    for (text, flagged, fix) in [
        (
            "Former President Kofi Mensah met former president Ama Owusu in Kumasi.\n",
            "president",
            "President",
        ),
        (
            "Former Prime Minister Edda Strand opened the bridge. On Friday, former premier Jon Vik cut a second ribbon.\n",
            "premier",
            "Premier",
        ),
        (
            "Former President Lidia Moraru spoke first.\n\nLater, former prime minister Ion Rusu replied.\n",
            "prime minister",
            "Prime Minister",
        ),
        // The habit set in lower case first: the capitals opening a sentence break it.
        (
            "Forest rangers met former president Ama Owusu. Former President Kofi Mensah sent a letter.\n",
            "President",
            "president",
        ),
    ] {
        assert_eq!(
            run(text, None),
            vec![row("title-consistency", flagged, fix, true)],
            "{text}"
        );
    }
    for text in [
        "Former President Kofi Mensah met president Ama Owusu of Ghana's rival party.\n",
        "Former President Kofi Mensah met former President Ama Owusu.\n",
        "Former Prime Minister Edda Strand met Finance Minister Jon Vik.\n",
        "Former President Kofi Mensah sent a letter to the former president's widow, Ama Owusu.\n",
    ] {
        let got = run(text, None);
        assert!(
            got.iter()
                .all(|r| r.1 != "President" && r.1 != "Prime Minister"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_rank_is_not_lowered_for_the_drafts_capitals() {
    // A rank is a title only when capitalised (`major` is a common noun), and `Major` may be a
    // first name: a draft's lowercase civil titles never lower it.
    for text in [
        "Later mayor Ann Lee spoke. Among them was Major Harris, a bus driver.\n",
        "The bill was signed by governor Ed Bly. Captain Rhona Kerr flew the first route.\n",
        "Critics included senator Jo Wynn and General Ade Musa.\n",
    ] {
        for style in [None, Some("guardian")] {
            assert_eq!(run(text, style), vec![], "{style:?}: {text}");
        }
    }
    // Civil titles are still held to the draft's habit.
    assert_eq!(
        run(
            "Later mayor Ann Lee spoke, and then Governor Ed Bly.\n",
            None
        ),
        vec![row("title-consistency", "Governor", "governor", true)]
    );
}

/// Under `style`, each (draft, job as written, in lower case) gives one safe finding that lowers
/// the job, and the fix settles.
fn assert_job_lowered(drafts: &[(&str, &str, &str)], style: &str) {
    for &(text, written, lowered) in drafts {
        assert_eq!(
            run(text, Some(style)),
            vec![row("title-style", written, lowered, true)],
            "{style}: {text}"
        );
        assert_fixes_settle(text, Some(style));
    }
}

/// A job named alone after an article or a possessive is lower case in every style; a job
/// word that is part of a body's name (`the Scottish Executive`, `the Economist Desk`) or that
/// opens a sentence is not flagged.
#[test]
fn a_job_named_alone_in_capitals_is_lowered_in_every_style() {
    let drafts = [
        (
            "Bakery chain sold\n\nThe chain was sold on Friday, and the Chief Executive said no shops would close.\n",
            "Chief Executive",
            "chief executive",
        ),
        (
            "Ferry strike ends\n\nThe crews went back on Monday. Their Spokeswoman said the deal was fair.\n",
            "Spokeswoman",
            "spokeswoman",
        ),
        (
            "Club cuts prices\n\nSeason tickets will cost less, the club's Treasurer told members on Sunday.\n",
            "Treasurer",
            "treasurer",
        ),
    ];
    for style in ["ap", "bbc", "guardian", "reuters"] {
        assert_job_lowered(&drafts, style);
    }
    let names_of_bodies = "Budget row\n\nThe Scottish Executive said the cuts were fair. \
        Staff at the Executive Office for Harbours disagreed, and the Economist Desk at a bank \
        called it a gamble. Chief Executive pay was frozen.\n";
    for style in ["ap", "bbc", "guardian", "reuters"] {
        assert_eq!(run(names_of_bodies, Some(style)), vec![], "{style}");
    }
}

/// A job description right before a name is lower case in every style (`coach Marta Riedel`);
/// not where a sentence opens, not after another capitalised word (`Campaign Manager`, whose
/// two words one fix cannot mend), and not for a job some styles write as a formal title there
/// (`Chairman`, `Pastor`).
#[test]
fn a_job_description_in_capitals_before_a_name_is_lowered_in_every_style() {
    let drafts = [
        (
            "Club appoints coach\n\nThe club said on Monday that Coach Marta Riedel would take charge.\n",
            "Coach",
            "coach",
        ),
        (
            "Derby won late\n\nThe winner came from Striker Owen Pryce in the last minute.\n",
            "Striker",
            "striker",
        ),
        (
            "School visit\n\nPupils met Astronaut Ines Kahale, who flew twice.\n",
            "Astronaut",
            "astronaut",
        ),
    ];
    for style in ["ap", "bbc", "guardian", "reuters", "nyt"] {
        assert_job_lowered(&drafts, style);
    }
    let left = "Board changes\n\nCoach Ruth Baker opened the meeting. The donors thanked \
        Campaign Manager Ed Park, and Chairman Lena Ruiz and Pastor Tom Ade spoke last.\n";
    for style in ["ap", "reuters", "nyt"] {
        assert_eq!(run(left, Some(style)), vec![], "{style}");
    }
}

/// A job in capitals after a name that is no ordinary word (a club, a company, an agency) is
/// that body's job, lowered in every style; after an ordinary word (`Campaign Manager`), a
/// title word (`Senior`), or where the job is one some styles write as a formal title, it is
/// left alone, and so are bodies named with a job word and no name after them.
#[test]
fn a_job_after_a_body_s_name_before_a_full_name_is_lowered() {
    let drafts = [
        (
            "Derby preview\n\nOn Friday Wrexham Coach Idris Bowen named an unchanged side.\n",
            "Coach",
            "coach",
        ),
        (
            "Results\n\nShares fell after Zentrica Spokeswoman Hanne Voss confirmed the loss.\n",
            "Spokeswoman",
            "spokeswoman",
        ),
        (
            "Cup tie\n\nThe goal came from Kilmarnock Striker Ruaridh Baird in added time.\n",
            "Striker",
            "striker",
        ),
        (
            "Launch delayed\n\nThe delay was confirmed by NASA Astronaut Keiko Mura on Tuesday.\n",
            "Astronaut",
            "astronaut",
        ),
    ];
    for style in ["ap", "bbc", "guardian", "reuters", "nyt"] {
        assert_job_lowered(&drafts, style);
    }
    let left = "Board changes\n\nThe donors thanked Campaign Manager Ed Park and Senior Coach \
        Ruth Baker. Zentrica Chairman Lena Ruiz spoke last, and the Scottish Executive said it \
        would reply. Wrexham Coach said nothing.\n";
    for style in ["ap", "bbc", "reuters", "nyt"] {
        assert_eq!(run(left, Some(style)), vec![], "{style}");
    }
}

#[test]
fn a_nested_quotation_left_open_ends_with_the_quotation_around_it() {
    // The words after the outer closing mark are the draft's own: their titles are checked.
    for text in [
        "Hester Quayle said: “My uncle warned us, ‘never again.” Governor Ola Brekke disagreed.\n",
        "\"The sign said 'keep out,\" Governor Ola Brekke told the quarrymen.\n",
        "“As my father put it, ‘work first,” recalled Governor Ola Brekke on Monday.\n",
    ] {
        assert_eq!(
            run(text, Some("ap")),
            vec![row("title-style", "Governor", "Gov.", true)],
            "{text}"
        );
    }
    // Inside the outer quotation nothing is flagged.
    let text = "Hester Quayle said: “My uncle told Governor Ola Brekke, ‘never again.”\n";
    assert_eq!(run(text, Some("ap")), vec![], "{text}");
}

#[test]
fn an_academic_title_after_a_name_is_lowercase_like_any_title_there() {
    // `Leo Steinberg, professor of art history`: after the name, `Professor` is a title after
    // a name, lower case wherever the style lowers those.
    for (text, style) in [
        (
            "Ines Lamarr, Professor of Marine Biology at Tessel University, led the survey.\n",
            "reuters",
        ),
        (
            "The survey was led by Ines Lamarr, a Professor at Tessel University.\n",
            "ap",
        ),
        (
            "Bram Oyelaran, Professor of Economics, wrote the report.\n",
            "nyt",
        ),
    ] {
        assert_eq!(
            run(text, Some(style)),
            vec![row("title-style", "Professor", "professor", true)],
            "{style}: {text}"
        );
    }
    // Left alone: already lower case, before the name, a style that leaves titles after a
    // name to the draft, an abbreviation.
    for (text, style) in [
        (
            "Ines Lamarr, professor of marine biology, led the survey.\n",
            "reuters",
        ),
        ("The survey was led by Professor Ines Lamarr.\n", "reuters"),
        (
            "Ines Lamarr, Professor of Marine Biology, led the survey.\n",
            "bbc",
        ),
        (
            "Ines Lamarr, Dr of the parish, led the survey.\n",
            "reuters",
        ),
    ] {
        assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
    }
}
