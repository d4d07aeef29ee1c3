//! Later references in each style's form, ranks by head word, and the draft's habit learnt from
//! usages a style decides: drafts written for these tests, with traps, and their exact title
//! findings (rule, flagged text, replacements of the first fix).

use copydesk_core::{analyze, Config, DocKind};

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

const SECRETARIES: &str = "\
Ministers clash over prisons

Talks on jails began on Monday with home secretary Dan Pryce and prisons minister Ruth Okafor.

The new education secretary Lena Hart, company president Omar Vale and EU trade commissioner Ilse \
Brandt joined them, and union president Sam Idris sent a letter.
";

#[test]
fn bbc_capitalises_secretaries_of_state_and_leaves_portfolio_ministers_to_the_draft() {
    assert_eq!(
        run(SECRETARIES, Some("bbc")),
        vec![row("title-style", "home secretary", "Home Secretary")]
    );
    // With no style the draft's first minister sets the habit: all lowercase, nothing to say.
    assert_eq!(run(SECRETARIES, None), vec![]);
}

const DECIDED_SETS_HABIT: &str = "\
Leaders meet in Lisbon

Talks began after President Ana Lopes arrived on Friday. Later, US president Tom Hale said the \
meeting had gone well, and the former president Joao Dias agreed.
";

#[test]
fn a_usage_the_style_decides_still_sets_the_drafts_habit() {
    let want = vec![row("title-consistency", "president", "President")];
    assert_eq!(run(DECIDED_SETS_HABIT, Some("bbc")), want);
    assert_eq!(run(DECIDED_SETS_HABIT, None), want);
}

const NYT_LATER: &str = "\
Mill closes after 70 years

Ana Ruiz, the mill's owner, said on Monday that the plant would shut. Ms. Ruiz said 40 jobs would \
go, and workers met Ms. Ruiz at the gate.

The Ruiz family has owned the mill since 1950, and another Ruiz cousin runs a bakery nearby. Ruiz \
declined to comment further.
";

#[test]
fn nyt_a_bare_surname_among_courtesy_references() {
    assert_eq!(
        run(NYT_LATER, Some("nyt")),
        vec![row("title-style", "Ruiz", "Ms. ")]
    );
    // AP names her by the surname alone: the courtesy titles are the errors there.
    let ap: Vec<String> = run(NYT_LATER, Some("ap"))
        .into_iter()
        .map(|r| r.1)
        .collect();
    assert_eq!(ap, vec!["Ms.", "Ms."]);
}

const SUFFIX: &str = "\
College chief steps down

For six years, T. Marshall Hahn Jr. has run the college. Mr. Hahn said on Monday he would leave \
in June. Colleagues of Mr. Hahn were surprised, and Mr. Hahn would not say why.

But can Hahn find a successor in time?
";

#[test]
fn nyt_the_surname_of_a_name_with_a_suffix() {
    assert_eq!(
        run(SUFFIX, Some("nyt")),
        vec![row("title-style", "Hahn", "Mr. ")]
    );
}

const POSSESSIVE: &str = "\
Envoy returns

Tom Reed flew home on Sunday. Mr Reed said the talks had stalled, and aides to Mr Reed agreed.

Officials pointed to Reed's Irish roots.
";

const POSSESSIVE_PLACE: &str = "\
Envoy returns

Tom Reed flew home on Sunday. Mr Reed said the talks had stalled, and aides to Mr Reed agreed.

Critics of the plan call it Reed's Dublin.
";

#[test]
fn bbc_a_possessive_before_a_nationality_is_a_reference() {
    assert_eq!(
        run(POSSESSIVE, Some("bbc")),
        vec![row("title-style", "Reed", "Mr ")]
    );
    // A place after the possessive makes a name of its own (`Brown's Britain`).
    assert_eq!(run(POSSESSIVE_PLACE, Some("bbc")), vec![]);
}

const COUNTRIES: &str = "\
Leaders gather

Bosnia and Herzegovina President Ana Petrovic met Trinidad and Tobago prime minister Keith Rowley \
and Papua New Guinea Prime Minister James Marape on Monday.
";

#[test]
fn country_qualifiers_of_three_and_four_words() {
    assert_eq!(
        run(COUNTRIES, None),
        vec![row("title-consistency", "prime minister", "Prime Minister")]
    );
}

const QUOTED: &str = "\
Strike vote

Foreign Minister Ivo Jansen spoke first. \"The foreign minister Ivo Jansen is wrong,\" said union \
leader Ann Bell. Later finance minister Rui Costa said the President would decide, and the \
President said nothing.
";

#[test]
fn titles_inside_quotations_and_the_president_as_a_name() {
    assert_eq!(
        run(QUOTED, None),
        vec![row(
            "title-consistency",
            "finance minister",
            "Finance Minister"
        )]
    );
}

/// A draft with `n` people, each named in full and then twice with a courtesy title.
fn many_people(n: usize) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "ver", "mon", "dal", "ris", "tan", "bel", "hor", "sen",
    ];
    let mut out = String::from("Harbour council sells its lighthouse\n\n");
    for i in 0..n {
        let s = format!(
            "{}{}{}er",
            SYL[i % 10],
            SYL[(i / 10) % 10],
            SYL[(i / 100) % 10]
        );
        let s = s[..1].to_uppercase() + &s[1..];
        out.push_str(&format!(
            "Ana {s}, a trader, said on Monday that the sale would go ahead. Ms. {s} added that \
             the council agreed, and Ms. {s} met the mayor.\n\n"
        ));
    }
    out
}

#[test]
fn the_mention_index_finds_the_person_people_find() {
    use copydesk_core::people::MentionIndex;
    let text = many_people(300);
    let a = analyze(&text, DocKind::PlainText, &Config::default());
    let index = MentionIndex::new(&a.people);
    let mut checked = 0;
    for offset in (0..text.len()).step_by(7) {
        assert_eq!(
            index.person_at(offset),
            a.people.person_at(offset),
            "at {offset}"
        );
        checked += 1;
    }
    assert!(checked > 1000);
    assert!(a.people.persons.len() >= 300);
}

const OPENING_VERB: &str = "\
Election court hears petition

Ravi Sukul, counsel for the voters, opened the case on Monday. Mr Sukul said the ballots had \
been tampered with, and Mr Sukul named three wards.

Interrupting Sukul in his opening, the judge asked for the ballot papers.
";

#[test]
fn bbc_a_verb_opening_the_sentence_is_not_a_given_name() {
    assert_eq!(
        run(OPENING_VERB, Some("bbc")),
        vec![row("title-style", "Sukul", "Mr ")]
    );
}

#[test]
fn dr_waits_for_a_later_reference_where_courtesy_titles_do() {
    // NYT and the Economist give no courtesy title on a first reference: `Dr` is one.
    for (text, flagged) in [
        (
            "Dr. Ines Varga, a virologist at the Kessel clinic, led the trial. Dr. Varga said it would end in May.\n",
            "Dr.",
        ),
        (
            "Dr. Tomasz Oyelaran, the county's coroner, opened the inquest on Friday.\n",
            "Dr.",
        ),
        (
            "Surgeons led by Dr. Hamid Rostami operated for nine hours. Dr. Rostami said the boy would walk again.\n",
            "Dr.",
        ),
    ] {
        for style in ["nyt", "economist"] {
            let got = run(text, Some(style));
            assert_eq!(got.first().map(|r| r.1.as_str()), Some(flagged), "{style}: {text}");
            assert_eq!(got[0].2, "", "{style}: {text}");
        }
    }
    // A later bare surname of a doctor takes `Dr.`, not a guessed `Mr.` or `Ms.`.
    let text = "Ines Varga, a virologist, led the trial. Dr. Varga said it would end in May, and Dr. Varga \
                thanked the nurses. Varga added that the results were promising.\n";
    assert_eq!(
        run(text, Some("nyt")),
        vec![row("title-style", "Varga", "Dr. ")]
    );
    // Traps: `Dr` on a later reference, in a quotation, or under styles that allow it first.
    for (text, style) in [
        (
            "Ines Varga, a virologist, led the trial. Dr. Varga said it would end in May.\n",
            "nyt",
        ),
        (
            "Ines Varga, a virologist, led the trial. \"Dr. Ines Varga saved my son,\" said Ola Brekke.\n",
            "nyt",
        ),
        (
            "Dr. Ines Varga, a virologist, led the trial. Dr. Varga said it would end in May.\n",
            "chicago",
        ),
    ] {
        assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
    }
}

#[test]
fn a_womans_listed_given_name_puts_ms_first_among_the_fixes() {
    // NYT wants a courtesy title on a later reference; the draft gives none, so both are
    // offered, a listed woman's name's first.
    for (text, first) in [
        (
            "Olga Brekke, the port's director, met the unions. Brekke said pay would rise.\n",
            "Ms. ",
        ),
        (
            "Ingrid Hallvard opened the depot on Monday. Hallvard said it cost $4 million.\n",
            "Ms. ",
        ),
        (
            "Priya Lund chairs the board. Lund said the vote was close.\n",
            "Ms. ",
        ),
        (
            "Tomas Brekke, the port's director, met the unions. Brekke said pay would rise.\n",
            "Mr. ",
        ),
        // Not listed: the usual order, both offered.
        (
            "Marla Quist opened the depot on Monday. Quist said it cost $4 million.\n",
            "Mr. ",
        ),
    ] {
        let got = run(text, Some("nyt"));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].2, first, "{text}");
    }
}

#[test]
fn one_courtesy_reference_then_one_bare_surname() {
    // Full name, one courtesy reference, one bare surname: under styles that want the courtesy
    // title on every later reference the bare surname is the slip, even though the draft uses
    // each form once.
    for (text, style, want) in [
        (
            "Jonas Brekkestad steered the ferry home on Tuesday. Mr. Brekkestad said the crew had \
             done the work.\n\nBrekkestad has sailed the route for 20 years.\n",
            "nyt",
            row("title-style", "Brekkestad", "Mr. "),
        ),
        (
            "Wanjiru Otieno, the finance minister, wants a wider tax net. Ms Otieno faces a \
             hostile parliament. Otieno says the budget cannot wait.\n",
            "economist",
            row("title-style", "Otieno", "Ms "),
        ),
        (
            "The clinic is run by Hamid Rostami, a surgeon. Dr. Rostami opened it in 2019. Today \
             Rostami still operates there twice a week.\n",
            "nyt",
            row("title-style", "Rostami", "Dr. "),
        ),
    ] {
        assert_eq!(run(text, Some(style)), vec![want], "{style}: {text}");
    }
    // Traps: the surname as a modifier, a surname two people share (ambiguous-name reports
    // it; the title to add depends on who is meant), and a style that wants the bare surname.
    for (text, style) in [
        (
            "Jonas Brekkestad steered the ferry home. Mr. Brekkestad said the crew had done the \
             work, and the Brekkestad family met him at the quay.\n",
            "nyt",
        ),
        (
            "Yusuf Demir runs the bakery. Mr. Demir said queues had formed. His sister, Elif \
             Demir, keeps the books. Ms. Demir said prices would hold. Demir said no more.\n",
            "nyt",
        ),
        (
            "Jonas Brekkestad steered the ferry home. Brekkestad said the crew had done the \
             work.\n",
            "ap",
        ),
    ] {
        let titles: Vec<_> = run(text, Some(style))
            .into_iter()
            .filter(|r| r.1 != "Mr." && r.1 != "Ms.")
            .collect();
        assert_eq!(titles, vec![], "{style}: {text}");
    }
}

#[test]
fn a_bare_surname_after_and_is_a_later_reference() {
    // `and` joins the words of a title (`Work and Pensions Secretary`) but is none of them: the
    // surname after it is bare.
    for (text, style, want) in [
        (
            "Hamid Rostami, a surgeon, opened the clinic. Dr. Rostami said it was busy in 2019, \
             and Rostami still operates there twice a week.\n",
            "nyt",
            row("title-style", "Rostami", "Dr. "),
        ),
        (
            "Lena Okonjo chairs the port board. Ms Okonjo met the unions on Monday, and Okonjo \
             says the strike will end soon.\n",
            "economist",
            row("title-style", "Okonjo", "Ms "),
        ),
        (
            "Tom Reed flew home on Sunday. Mr Reed said the talks had stalled, and aides to Mr \
             Reed agreed. Officials met him at the airport and Reed said little.\n",
            "bbc",
            row("title-style", "Reed", "Mr "),
        ),
    ] {
        assert_eq!(run(text, Some(style)), vec![want], "{style}: {text}");
    }
    // Traps: a surname listed under one plural courtesy title (`Messrs. Cray and Barnum`), a
    // titled surname after `and`, and a title with `and` inside it before a full name.
    for text in [
        "Paul Cray and Ivan Barnum founded the firm. Messrs. Cray and Barnum will run it.\n",
        "Paul Cray and Ivan Barnum founded the firm. Mr. Cray and Mr. Barnum will run it.\n",
        "Ann Lee met Work and Pensions Secretary Liz Kendall. Ms. Lee and Ms. Kendall agreed.\n",
    ] {
        assert_eq!(run(text, Some("nyt")), vec![], "{text}");
    }
}

#[test]
fn a_desk_round_of_title_drafts_in_each_style() {
    // Drafts a desk would send through, each with its traps: a title in a quotation, a title in
    // a headline, a title standing alone, abbreviations before a full name and a surname.
    for (text, style, want) in [
        (
            "Senators split on farm bill\n\nSenator Carla Mendes and Representative Joe Hartley \
             clashed on Thursday over crop subsidies. Governor Ruth Abbott urged a deal.\n\nSen. \
             Mendes said the bill left small farms behind. Lt. Governor Paul Osei backed \
             her.\n\nLieutenant Colonel Dana Whitfield, who runs the state guard, said troops were \
             ready to help with the harvest.\n",
            "ap",
            vec![
                row("title-style", "Senator", "Sen."),
                row("title-style", "Representative", "Rep."),
                row("title-style", "Governor", "Gov."),
                row("title-style", "Governor", "Gov."),
                row("title-style", "Lieutenant Colonel", "Lt. Col."),
            ],
        ),
        (
            "Minister defends budget\n\nThe chancellor, Rachel Greaves, defended her budget on \
             Monday. The Home Secretary said police funding would rise.\n\nThe foreign secretary, \
             David Lammas, was in Brussels. Mr Lammas said the talks had been constructive.\n",
            "bbc",
            vec![
                row("title-style", "chancellor", "Chancellor"),
                row("title-style", "Home Secretary", "home secretary"),
                row("title-style", "foreign secretary", "Foreign Secretary"),
            ],
        ),
        (
            "Retired general to lead veterans agency\n\nGen. Harold Mbeki, who retired last year, was \
             named on Monday to lead the agency. Gen. Mbeki said he would cut waiting \
             times.\n\nSenator Laura Kim praised the choice. Sen. Kim said the agency needed a firm \
             hand.\n\nMr Mbeki will be sworn in next week.\n",
            "chicago",
            vec![
                row("title-style", "Gen.", "General"),
                row("title-style", "Senator", "Sen."),
                row("title-style", "Sen.", "Senator"),
                row("title-style", "Mr", "Mr."),
            ],
        ),
        (
            "Ferry operator fined over late sailings\n\nMarta Olsen, the chief executive of Nordlink \
             Ferries, apologised on Tuesday for months of delays. Ms. Olsen said new crews would \
             start in May.\n\nGov. Henrik Dahl said the fine was fair. Dahl added that the state \
             would audit the timetable.\n\n\"Mr. Dahl has never ridden our boats,\" Olsen said.\n",
            "ap",
            vec![row("title-style", "Ms.", "")],
        ),
        (
            "Chile's new reformer\n\nPrime Minister Ignacio Vera has promised to tame inflation. Mr \
             Vera, a former banker, took office in March.\n\nDefence Secretary Lucas Bravo, his ally, \
             wants a bigger navy. Bravo says the fleet is too old.\n\nMs Camila Soto, the opposition \
             leader, calls the plan reckless.\n",
            "economist",
            vec![
                row("title-style", "Prime Minister", "The prime minister, |,"),
                row("title-style", "Defence Secretary", "The defence secretary, "),
                row("title-style", "Ms", ""),
            ],
        ),
        (
            "# President Oduya Wins Second Term\n\nPresident Samuel Oduya won a second term on Sunday \
             with 54% of the vote. The president promised to cut fuel prices.\n\nOduya's rival, \
             former prime minister Grace Wanjiru, conceded. Wanjiru said she would stay in \
             politics.\n",
            "ap",
            vec![row("title-style", "prime minister", "Prime Minister")],
        ),
        (
            "Teachers vote to strike\n\nThe education secretary, Bridget Lowe, said on Monday that \
             the offer was final. Mrs Lowe said schools would stay open.\n\nUnion leader Kofi Mensah \
             disagreed. Mr Mensah said teachers had been ignored for a decade.\n\nLowe later met \
             Mensah at the Department for Education.\n",
            "guardian",
            vec![
                row("title-style", "Mrs", ""),
                row("title-style", "Mr", ""),
            ],
        ),
        (
            "Airport expansion approved\n\nThe airport's director, Sam Ochieng, said on Monday the \
             runway would open in 2027. The Governor, Anne Wambui, attended the ceremony.\n\nOchieng \
             said noise would be monitored. The governor said jobs would follow.\n",
            "ap",
            vec![row("title-style", "Governor", "governor")],
        ),
    ] {
        assert_eq!(run(text, Some(style)), want, "{style}: {text}");
    }
}

#[test]
fn former_opening_the_sentence_still_leaves_a_title_after_it() {
    // `Former` has its capital from the sentence; the title after it is judged as after
    // `former` anywhere else.
    for (text, style, want) in [
        (
            "Former president Ana Lopes opened the library on Monday. Lopes said it cost $9 million.\n",
            Some("ap"),
            vec![row("title-style", "president", "President")],
        ),
        (
            "Former mayor Tom Hale said on Monday he would run again. Mr. Hale lost in 2022.\n",
            Some("nyt"),
            vec![row("title-style", "mayor", "Mayor")],
        ),
        (
            "Talks began under former Governor Rita Okafor. Former governor Luis Brandt joined \
             them later.\n",
            None,
            vec![row("title-consistency", "governor", "Governor")],
        ),
    ] {
        assert_eq!(run(text, style), want, "{style:?}: {text}");
    }
    // Traps: its own capital at the start of a sentence is no error; a British style leaves
    // the title after `former` to the draft; `Former` before no title.
    for (text, style) in [
        (
            "Former President Ana Lopes opened the library on Monday.\n",
            Some("ap"),
        ),
        (
            "Former foreign secretary Robin Cook said the advice was flawed.\n",
            Some("bbc"),
        ),
        (
            "Former colleagues of Ana Lopes opened the library on Monday.\n",
            Some("ap"),
        ),
    ] {
        assert_eq!(run(text, style), vec![], "{style:?}: {text}");
    }
    // Mid-sentence, a capital on `former` is still the style's to lower.
    assert_eq!(
        run(
            "The library was opened by Former President Ana Lopes on Monday.\n",
            Some("ap")
        ),
        vec![row("title-style", "Former President", "former President")]
    );
}
