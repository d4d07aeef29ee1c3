//! People, spelling variants, ambiguous surnames and speakers on drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::names as name_findings;

fn speakers(text: &str) -> Vec<Option<String>> {
    let a = analyze(text, DocKind::PlainText, &Config::default());
    (0..a.quotes.quotations.len())
        .filter(|&i| a.quotes.quotations[i].kind == copydesk_core::quotes::QuoteKind::Quotation)
        .map(|i| a.people.speaker_name(i))
        .collect()
}

fn s(rule: &'static str, text: &str, fix: Option<&str>) -> (&'static str, String, Option<String>) {
    (rule, text.to_string(), fix.map(str::to_string))
}

const KOREA: &str = "Seoul weighs new talks with the North

North Korean leader Kim Jong-un inspected a new submarine base on Friday, state media said.

Kim has ordered the navy to double its patrols. His sister, Kim Yo-jong, said in a statement that the drills were a rehearsal.

\"We will answer every provocation with force and we will not wait for anyone,\" Kim Yo-jong said.

Kim was not seen at the launch. Analysts say Kim Jong Un wants leverage before the summit.
";

const FERRY: &str = "Harbour board approves ferry subsidy

Barry Fitzpatrick, the harbour board's chairman, said the vote had been close.

\"We had no choice but to keep the boats running through the winter,\" Mr Fitzpatrick said.

Ed Miliband and David Miliband both wrote to the board. Mr Fitzpatrik said he had replied to both.

\"The letters were polite and the answer was the same,\" he said.

Miliband said later that he would keep pressing the board.

A spokeswoman for the ferry operator said: \"We welcome the decision and will publish a new timetable.\"

Christopher Aldana, a deckhand, said he was relieved. \"I have two children and this job is all we have,\" Christoper Aldana said.
";

const UKRAINE: &str = "Talks in Kyiv

President Volodymyr Zelensky met the envoys in Kyiv on Monday.

Zelenskyy told reporters the meeting had been useful and that more were planned.

The envoys later flew from Kiev to Warsaw.
";

const CLEAN: &str = "Rovers appoint new coach

Erik Hansen has been appointed coach of Castlebrook Rovers, with Paul Hanson as his assistant.

Hansen, 44, said he was proud. \"This club has a plan and I want to be part of it,\" Hansen said.

Hanson said the pair had worked together for ten years.

Amal Fitouri, the club's captain, welcomed the appointment. \"We needed a fresh start after a hard season,\" she said.

Raymond Castellano Sr. founded the club in 1961; his son Raymond Castellano Jr. is now its president.

The club marks Liberation Day with a match against the Red Army veterans from North Korea.
";

#[test]
fn korean_names_variants_and_ambiguity() {
    assert_eq!(
        name_findings(KOREA, &Config::default()),
        vec![
            s("ambiguous-name", "Kim", None),
            s("name-spelling", "Jong Un", Some("Jong-un")),
        ]
    );
    assert_eq!(speakers(KOREA), vec![Some("Kim Yo-jong".to_string())]);
}

#[test]
fn surname_typos_given_name_typos_and_shared_surnames() {
    assert_eq!(
        name_findings(FERRY, &Config::default()),
        vec![
            s("name-spelling", "Fitzpatrik", Some("Fitzpatrick")),
            s("ambiguous-name", "Miliband", None),
            s("name-spelling", "Christoper", Some("Christopher")),
        ]
    );
}

#[test]
fn speakers_by_name_title_pronoun_and_role() {
    assert_eq!(
        speakers(FERRY),
        vec![
            Some("Barry Fitzpatrick".to_string()),
            Some("Barry Fitzpatrick".to_string()),
            Some("a spokeswoman for the ferry operator".to_string()),
            Some("Christopher Aldana".to_string()),
        ]
    );
    assert_eq!(
        speakers(CLEAN),
        vec![
            Some("Erik Hansen".to_string()),
            Some("Amal Fitouri".to_string())
        ]
    );
}

#[test]
fn transliterations_and_places() {
    assert_eq!(
        name_findings(UKRAINE, &Config::default()),
        vec![
            s("name-spelling", "Zelenskyy", Some("Zelensky")),
            s("name-spelling", "Kiev", Some("Kyiv")),
        ]
    );
}

/// A person whose family name is a listed form of a place (`Lvov` beside `Lviv`) is no place
/// written another way, nor is the place a spelling of the person; the place written two ways
/// beside such a person still is.
#[test]
fn a_persons_name_that_is_a_places_old_form_is_no_place() {
    for draft in [
        "Archive opens\n\nHistorians travelled to Lviv for the opening of the archive.\n\n\
         \"These papers were thought lost,\" said Dmitri Lvov, the archive's director. Lvov \
         catalogued them for a decade.\n",
        "Water report\n\nEngineers inspected the dam upstream of Mosul last month.\n\n\
         Anna Mosel, a hydrologist at the university, said the repairs were overdue. \
         \"The cracks have grown,\" Mosel said.\n",
        "Chess final\n\nThe final was played in Kharkiv despite the sirens.\n\n\
         Ivan Kharkov, the defending champion, lost in 40 moves. Kharkov said he had \
         misjudged the endgame.\n",
        // The person first: the city written afterwards is not a spelling of the person.
        "Port reopens\n\nViktor Nikolaev, a port official, said the cranes were working.\n\n\
         The port of Mykolaiv reopened on Monday.\n",
    ] {
        assert_eq!(name_findings(draft, &Config::default()), vec![], "{draft}");
    }
    let both = "Line cut\n\nThe train from Lviv was late again on Friday.\n\n\
        Passengers said the line to Lvov had been cut twice. Olena Bondar, a teacher, said she \
        had waited all night.\n";
    assert_eq!(
        name_findings(both, &Config::default()),
        vec![s("name-spelling", "Lvov", Some("Lviv"))]
    );
}

#[test]
fn house_names_list_wins() {
    let mut config = Config::default();
    config.names.house = vec!["Volodymyr Zelenskyy".into(), "Kiev".into()];
    assert_eq!(
        name_findings(UKRAINE, &config),
        vec![
            s("name-spelling", "Kyiv", Some("Kiev")),
            s("name-spelling", "Zelensky", Some("Zelenskyy")),
            s("name-spelling", "Kyiv", Some("Kiev")),
        ]
    );
}

#[test]
fn ignored_names_are_not_checked() {
    let mut config = Config::default();
    config.names.ignore = vec!["Volodymyr Zelensky".into()];
    assert_eq!(
        name_findings(UKRAINE, &config),
        vec![s("name-spelling", "Kiev", Some("Kyiv"))]
    );
}

#[test]
fn different_people_are_not_variants() {
    assert_eq!(name_findings(CLEAN, &Config::default()), vec![]);
    let a = analyze(CLEAN, DocKind::PlainText, &Config::default());
    let names: Vec<&str> = a
        .people
        .persons
        .iter()
        .map(|p| p.canonical.as_ref())
        .collect();
    assert_eq!(
        names,
        vec![
            "Erik Hansen",
            "Paul Hanson",
            "Amal Fitouri",
            "Raymond Castellano Sr.",
            "Raymond Castellano Jr.",
        ]
    );
}

#[test]
fn a_gendered_title_settles_a_shared_surname() {
    let text = "Kwame Osei and his wife, Abena Osei, run the shop.\n\nMrs Osei said the rent had doubled.\n\nOsei said he would appeal.\n";
    assert_eq!(
        name_findings(text, &Config::default()),
        vec![s("ambiguous-name", "Osei", None)]
    );
}

#[test]
fn names_in_quotes_are_checked_but_never_ambiguous() {
    let text = "Ed Miliband and David Miliband spoke.\n\nA voter said: \"I voted for Milliband because Miliband is honest, whatever they say.\"\n";
    assert_eq!(
        name_findings(text, &Config::default()),
        vec![s("name-spelling", "Milliband", Some("Miliband"))]
    );
}

mod robustness {
    use copydesk_core::{analyze, Config, DocKind};
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "Kim",
        "Jong-un",
        "Mr",
        "Dr.",
        "J.K.",
        "al-Assad",
        "von",
        "der",
        "Leyen",
        "O’Neill",
        "Jr.",
        "III",
        "said",
        "he",
        "she",
        "“",
        "”",
        "\"",
        ",",
        ".",
        "\n\n",
        "’s",
        "Ó",
        "李",
        "the",
        "and",
        "Ed",
        "a spokesman for",
        ":",
        "—",
        "Zelenskyy",
        "Kiev",
        "Kyiv",
        "🙂",
        "-",
        "'",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            let a = analyze(&text, DocKind::PlainText, &Config::default());
            for f in &a.findings {
                prop_assert!(text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end));
            }
            let a = analyze(&text.replace(' ', ""), DocKind::Markdown, &Config::default());
            prop_assert!(a.people.speakers.len() <= a.quotes.quotations.len());
        }
    }
}

const KIOSK: &str = "Fitzpatrick reopens the ferry kiosk

Andrei Sakovich and his wife, Volha Sakovich, run the kiosk for Barry Fitzpatrick.

Sakovich told reporters he had lost a month of takings. \"We are finally open again and the queues are back,\" he said.

\"Nobody asked us what we thought about any of it,\" said a spokesman for the ferry workers' union.

\"The timetable will return to normal from Monday morning.\"

Ed and David Miliband took the first boat. \"It was a lovely crossing, calm and quick,\" Ed Miliband said.

The harbour closed at noon for the storm.

\"It was far too rough for anyone to enjoy.\"
";

#[test]
fn speakers_through_namesakes_roles_context_and_lists() {
    assert_eq!(
        name_findings(KIOSK, &Config::default()),
        vec![s("ambiguous-name", "Sakovich", None)]
    );
    assert_eq!(
        speakers(KIOSK),
        vec![
            Some("Andrei Sakovich".to_string()),
            Some("a spokesman for the ferry workers' union".to_string()),
            Some("a spokesman for the ferry workers' union".to_string()),
            Some("Ed Miliband".to_string()),
            None,
        ]
    );
}

#[test]
fn people_carry_mentions_titles_and_quotations() {
    let a = analyze(KIOSK, DocKind::PlainText, &Config::default());
    let names: Vec<&str> = a
        .people
        .persons
        .iter()
        .map(|p| p.canonical.as_ref())
        .collect();
    assert_eq!(
        names,
        vec![
            "Andrei Sakovich",
            "Volha Sakovich",
            "Barry Fitzpatrick",
            "Ed Miliband",
            "David Miliband"
        ]
    );
    // The headline's bare surname joins the person named in the body.
    let barry = &a.people.persons[2];
    let mentions: Vec<(&str, bool)> = barry.mentions.iter().map(|m| (&*m.text, m.full)).collect();
    assert_eq!(
        mentions,
        vec![("Fitzpatrick", false), ("Barry Fitzpatrick", true)]
    );
    assert_eq!(a.people.person_at(barry.mentions[0].range.start), Some(2));
    let ed = &a.people.persons[3];
    assert_eq!(ed.quotations.len(), 1);
    assert_eq!(a.people.persons[0].quotations.len(), 1);

    let b = analyze(FERRY, DocKind::PlainText, &Config::default());
    assert_eq!(
        b.people.persons[0].titles,
        vec![std::sync::Arc::<str>::from("Mr")]
    );
}

const PARTICLES: &str = "Port deal signed

Commissioner Ursula von der Leyen said the deal would hold. Von der Leyen told reporters it was signed.

Crown Prince Mohammed bin Salman welcomed it. Bin Salman said the kingdom would buy grain, and Mr bin Salman later called the port.

Siobhan O'Neill, a trader, said prices were falling. O’Neill added that farmers were worried.

Sean McCarthy, an analyst, said the deal was fragile. MacCarthy said more ships were needed.

His deputy, Eleni Varvaki, disagreed. \"The workers have not seen a cent of it,\" Ms Varvaki said.
";

#[test]
fn particles_apostrophes_mac_and_comma_set_names() {
    assert_eq!(
        name_findings(PARTICLES, &Config::default()),
        vec![
            s("name-spelling", "O’Neill", Some("O'Neill")),
            s("name-spelling", "MacCarthy", Some("McCarthy")),
        ]
    );
    let a = analyze(PARTICLES, DocKind::PlainText, &Config::default());
    let names: Vec<&str> = a
        .people
        .persons
        .iter()
        .map(|p| p.canonical.as_ref())
        .collect();
    assert_eq!(
        names,
        vec![
            "Ursula von der Leyen",
            "Mohammed bin Salman",
            "Siobhan O'Neill",
            "Sean McCarthy",
            "Eleni Varvaki",
        ]
    );
    assert_eq!(a.people.persons[0].mentions.len(), 2);
    assert_eq!(a.people.persons[1].mentions.len(), 3);
    assert_eq!(speakers(PARTICLES), vec![Some("Eleni Varvaki".to_string())]);
}

const CABLE: &str = "Cable firm wins contract

South Korean President Lee Jae-myung spoke to the firm's owners on Tuesday. Lee Jae Myung later told reporters the call had gone well, and Mr Lee said work would start soon.

Raymond Castellano Sr. and his son, Raymond Castellano Jr., run the firm. Castellano said the work would take a year.

Dr. Anna Kowalczyk, who advised the ministry, said the cable was overdue. Dr. Kowalcyzk added that it should have been laid in 2015.
";

#[test]
fn korean_hyphens_father_and_son_and_transposed_letters() {
    assert_eq!(
        name_findings(CABLE, &Config::default()),
        vec![
            s("name-spelling", "Jae Myung", Some("Jae-myung")),
            s("ambiguous-name", "Castellano", None),
            s("name-spelling", "Kowalcyzk", Some("Kowalczyk")),
        ]
    );
}

#[test]
fn house_list_reaches_listed_transliterations() {
    let text = "Svetlana Tikhanovskaya, the opposition leader, spoke in Vilnius.\n\nMs Tikhanovskaya said the vote had been stolen.\n";
    let mut config = Config::default();
    config.names.house = vec!["Sviatlana Tsikhanouskaya".into()];
    assert_eq!(
        name_findings(text, &config),
        vec![
            s(
                "name-spelling",
                "Svetlana Tikhanovskaya",
                Some("Sviatlana Tsikhanouskaya")
            ),
            s("name-spelling", "Tikhanovskaya", Some("Tsikhanouskaya")),
        ]
    );
}

/// A name written once is never a variant of itself, however its words run together (a run
/// of three names with no spaces between them, found by the robustness proptest).
#[test]
fn a_name_written_once_is_no_variant_of_itself() {
    for text in [
        "Kim Jong Un’Kim Jong UnKim Jong-un\"",
        "Ana Ruiz’Ana RuizAna Ruiz spoke.",
    ] {
        assert_eq!(name_findings(text, &Config::default()), vec![], "{text}");
    }
}
