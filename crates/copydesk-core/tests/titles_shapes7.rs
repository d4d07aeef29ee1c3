//! Title judgements of earned titles, figures of history and plural titles: someone called
//! `Dr.` or by a military rank and later `Mr.`/`Ms.` keeps the earned title (a
//! `title-consistency` finding, also under a style that gives courtesy titles); a person dated
//! to history by the words around the name (a life's span of years, a century describing
//! them, a sentence opening `In 1861,`) takes no courtesy title; a surname after a plural formal
//! title (`Presidents Okafor and Lindqvist`) is titled by it. Drafts written for these tests,
//! with their exact title findings (rule, flagged text, replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

fn later(name: &str, title: &str) -> (&'static str, String, String) {
    row("title-style", name, &format!("{title} "))
}

// A doctor later called `Ms.`: the doctor's title is kept, in the style's points.
const CLINIC: &str = "\
Clinic queues

Dr. Sunniva Brekke, who runs the fever clinic in Harlow, said on Monday that beds had run out. Ms. Brekke said more nurses were coming.
";

#[test]
fn a_doctor_later_given_a_courtesy_title_keeps_the_doctors_title() {
    let slip = |fix: &str| row("title-consistency", "Ms.", fix);
    assert_eq!(run(CLINIC, None), vec![slip("Dr.")]);
    // NYT and the Economist give no title on the first reference, then `Dr.`/`Dr`.
    assert_eq!(
        run(CLINIC, Some("nyt")),
        vec![row("title-style", "Dr.", ""), slip("Dr.")]
    );
    assert_eq!(
        run(CLINIC, Some("economist")),
        vec![row("title-style", "Dr.", ""), slip("Dr")]
    );
    assert_eq!(
        run(CLINIC, Some("bbc")),
        vec![row("title-style", "Dr.", "Dr"), slip("Dr")]
    );
    // A style with no courtesy titles drops it, as any other.
    assert_eq!(run(CLINIC, Some("ap")), vec![row("title-style", "Ms.", "")]);
}

// Officers later called `Mr.` and `Ms.`: the rank is kept, spelled out where the style spells
// ranks out before a surname alone, else as the draft wrote it.
const PATROL: &str = "\
Border patrol

Gen. Tarik Osei, the army chief, toured the northern posts on Friday. Mr. Osei said the patrols would double. Lt. Col. Oona Farrant, who commands the eastern wing, agreed. Ms. Farrant said her troops were ready.
";

#[test]
fn an_officer_later_given_a_courtesy_title_keeps_the_rank() {
    let slip = |t: &str, fix: &str| row("title-consistency", t, fix);
    assert_eq!(
        run(PATROL, None),
        vec![slip("Mr.", "Gen."), slip("Ms.", "Lt. Col.")]
    );
    assert_eq!(
        run(PATROL, Some("nyt")),
        vec![slip("Mr.", "General"), slip("Ms.", "Colonel")]
    );
    assert_eq!(
        run(PATROL, Some("bbc")),
        vec![
            row("title-style", "Gen.", "Gen"),
            slip("Mr.", "Gen"),
            row("title-style", "Lt. Col.", "Lt Col"),
            slip("Ms.", "Lt Col"),
        ]
    );
}

// Traps: a namesake introduced apart (the doctor's brother is `Mr. Raman`), a professor and a
// clergyman later called `Mr.` (their titles are no courtesy title's substitute), a doctor's
// title only inside a quotation.
const BAKERY: &str = "\
Bakery row

Dr. Meera Raman, a surgeon, said the street had been closed for a month. Her brother, Vikram Raman, runs the bakery on the corner. Mr. Raman said trade had halved.

Prof. Linus Oduya, an economist, said the closure cost the town dearly. Mr. Oduya said the council should pay. The Rev. Aldo Finch held a vigil; Mr. Finch said the street was grieving.

\"Dr. Pell saved my shop,\" said Greta Pell's neighbour. Mr. Pell, her husband, said nothing.
";

#[test]
fn a_namesake_a_professor_and_a_quoted_doctor_are_no_slip() {
    assert_eq!(run(BAKERY, None), vec![]);
    assert_eq!(
        run(BAKERY, Some("nyt")),
        vec![row("title-style", "Dr.", "")]
    );
}

// A thinker described by a century before the name; trap: a living librarian.
const READING: &str = "\
Reading room reopens

The 19th-century philosopher Anton Krell wrote most of his books in the reading room. Krell worked at the corner desk.

Lena Orvik, who runs the library, said on Monday that visitors still asked for it. Orvik said the queue was long.
";

#[test]
fn a_century_describing_a_person_dates_them_to_history() {
    assert_eq!(run(READING, Some("nyt")), vec![later("Orvik", "Ms.")]);
    assert_eq!(run(READING, Some("economist")), vec![later("Orvik", "Ms")]);
}

// Lives given a span of years, before 1900 and after; trap: the living buyer.
const LETTERS: &str = "\
Letters found

The museum holds letters by the painter Edvard Lunde (1821-1893). Lunde wrote to his brother every week.

The poet Ines Morrow (1932–2011) lived on the same street. Morrow wrote of its trees.

Petra Kallis, who bought the house last year, found the letters. Kallis said she would keep one.
";

#[test]
fn a_span_of_years_after_a_name_is_a_life() {
    assert_eq!(run(LETTERS, Some("nyt")), vec![later("Kallis", "Ms.")]);
    assert_eq!(run(LETTERS, Some("economist")), vec![later("Kallis", "Ms")]);
}

// A sentence dated to history by its opening; traps: an old year of another clause (`a house
// built in 1850 was sold to`), a century after the name dating a thing (`restored a
// 19th-century barn`).
const MILL: &str = "\
Mill town

In 1861, Tobias Varnum opened the first mill on the river. Varnum sold it a decade later.

A house built in 1850 was sold to Dorota Wilk in March. Wilk said the roof leaked.

Jonas Aberle restored a 19th-century barn near the mill. Aberle said it took two years.
";

#[test]
fn a_dated_opening_governs_its_sentence_but_not_another_clause() {
    assert_eq!(
        run(MILL, Some("nyt")),
        vec![later("Wilk", "Ms."), later("Aberle", "Mr.")]
    );
}

// Surnames listed after a plural formal title, capitalised or not, are titled by it; trap: a
// bare surname later in the sentence is a later reference.
const PACT: &str = "\
Trade pact

Amara Okafor and Tomas Lindqvist met in Kessel on Monday, with Kofi Mensah and Ruth Kallis.

On Tuesday, Presidents Okafor and Lindqvist signed the pact, and prime ministers Mensah and Kallis watched. Lindqvist said it would last.
";

#[test]
fn surnames_after_a_plural_title_are_titled() {
    // The plural title in lower case before the names is capitalised like a singular one.
    assert_eq!(
        run(PACT, Some("nyt")),
        vec![
            row("title-style", "prime ministers", "Prime Ministers"),
            later("Lindqvist", "Mr.")
        ]
    );
    assert_eq!(run(PACT, Some("economist")), vec![later("Lindqvist", "Mr")]);
}

// Trap: an officer the draft says has left the service may be `Mr.` later (guides differ).
const VETERANS: &str = "\
Veterans board

Col. Ines Dahlberg, who retired in the spring, will chair the veterans board. Ms. Dahlberg said the waiting lists were too long.
";

#[test]
fn a_retired_officer_later_given_a_courtesy_title_is_left_alone() {
    assert_eq!(run(VETERANS, None), vec![]);
    assert_eq!(run(VETERANS, Some("nyt")), vec![]);
}
