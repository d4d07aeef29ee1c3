//! A quotation credited to a role (`the mayor said`) is held to the record as the words of the
//! one person the draft gave that role before it: by a title, a role written before the name,
//! or an appositive. Two holders of the role, a role given only later, or a role the phrase
//! does not give (`Asked about the mayor, Ruiz said`) credit no one, so nothing is judged.

use copydesk_core::DocKind;

#[path = "support/record.rs"]
mod held;

/// (rule, message) of the record rules' findings on `draft` against the record `record`.
fn against(record: &str, draft: &str) -> Vec<(&'static str, String)> {
    held::record_findings(
        draft,
        DocKind::Markdown,
        &held::record(&[("record.txt", record)]),
    )
}

const PIER: &str = "\
MAYOR ODA FRANTZEN: The pier will reopen in May, once the new railings are fitted.
HARBOUR ENGINEER SIGURD LIE: Two of the pilings have rotted through below the waterline.
";

#[test]
fn a_role_given_by_an_appositive_before_the_name() {
    let draft = "# Pier\n\nThe town's mayor, Oda Frantzen, and the harbour engineer, Sigurd Lie, \
                 visited the pier on Monday.\n\n\"Two of the pilings have rotted through below \
                 the waterline,\" the mayor said.\n\n\"The pier will reopen in May, once the new \
                 railings are fitted,\" the engineer said.\n";
    assert_eq!(
        against(PIER, draft),
        [
            ("misattributed-quote", "quotation credited to the mayor (Oda Frantzen), but in the record these words are HARBOUR ENGINEER SIGURD LIE's (record.txt:2)".to_string()),
            ("misattributed-quote", "quotation credited to the engineer (Sigurd Lie), but in the record these words are MAYOR ODA FRANTZEN's (record.txt:1)".to_string()),
        ]
    );
    // The right words from the role's holder: nothing to say.
    let right = draft
        .replace("the mayor said", "the X said")
        .replace("the engineer said", "the mayor said")
        .replace("the X said", "the engineer said");
    assert_eq!(against(PIER, &right), []);
}

const SCHOOL: &str = "\
Moira Shaw: Every pupil will have a laptop by the end of the spring term.
Callum Reid: The roof over the sports hall has leaked since October.
";

#[test]
fn a_role_written_before_the_name_or_after_it() {
    // A lowercase role before the name.
    let before = "Head teacher Moira Shaw met parents on Thursday with Callum Reid, who chairs \
                  the governors.\n\n\"The roof over the sports hall has leaked since October,\" \
                  the head teacher told them.\n";
    assert_eq!(
        against(SCHOOL, before),
        [("misattributed-quote", "quotation credited to the head teacher (Moira Shaw), but in the record these words are Callum Reid's (record.txt:2)".to_string())]
    );
    // An appositive after the name.
    let after = "Callum Reid, the caretaker, showed the buckets under the leak. Moira Shaw \
                 spoke next.\n\n\"Every pupil will have a laptop by the end of the spring term,\" \
                 the caretaker said.\n";
    assert_eq!(
        against(SCHOOL, after),
        [("misattributed-quote", "quotation credited to the caretaker (Callum Reid), but in the record these words are Moira Shaw's (record.txt:1)".to_string())]
    );
}

const CLUB: &str = "\
Anselm Kerr: We were the better side for most of the second half.
Yusuf Demir: My knee is fine and I will play on Saturday.
";

#[test]
fn no_one_or_two_holders_judge_nothing() {
    // Two coaches: the role names neither.
    let two = "Anselm Kerr, the coach, and Yusuf Demir, the youth coach, watched from the \
               bench.\n\n\"My knee is fine and I will play on Saturday,\" the coach said.\n";
    assert_eq!(against(CLUB, two), []);
    // The role is given only after the quotation.
    let later = "Anselm Kerr and Yusuf Demir left the ground together.\n\n\"My knee is fine \
                 and I will play on Saturday,\" the coach said.\n\nKerr, the coach, would not \
                 say more.\n";
    assert_eq!(against(CLUB, later), []);
    // A role the sentence gives no one: Demir was asked about the coach.
    let asked = "Asked about the coach, Yusuf Demir smiled. Anselm Kerr said nothing.\n\n\"My \
                 knee is fine and I will play on Saturday,\" the coach said.\n";
    assert_eq!(against(CLUB, asked), []);
    // Someone described with a role but not the definite one: `a coach` is someone new.
    let indefinite = "Anselm Kerr, the coach, faced the press.\n\n\"My knee is fine and I will \
                      play on Saturday,\" a coach said.\n";
    assert_eq!(against(CLUB, indefinite), []);
}

const TRIAL: &str = "\
PROSECUTOR INES VALE: The accused sold the same van to three buyers in one month.
DEFENCE COUNSEL REMY OKORO: My client never saw a single one of those buyers.
JUDGE ALMA FENN: The court will rise for ten minutes.
";

#[test]
fn a_role_set_off_after_the_verb() {
    // `said the judge, Alma Fenn.`: the name closes the sentence as an appositive does.
    let draft = "\"The court will rise for ten minutes,\" said the judge, Alma Fenn. Ines Vale \
                 prosecutes and Remy Okoro defends.\n\n\"My client never saw a single one of \
                 those buyers,\" the judge added later.\n\nAsked about the prosecutor, Remy \
                 Okoro shrugged.\n\n\"The accused sold the same van to three buyers in one \
                 month,\" the prosecutor said.\n";
    assert_eq!(
        against(TRIAL, draft),
        [("misattributed-quote", "quotation credited to the judge (Alma Fenn), but in the record these words are DEFENCE COUNSEL REMY OKORO's (record.txt:2)".to_string())]
    );
}

const HEARING: &str = "\
SENATOR LENA MARKS: The pipeline will not cross the reservation while I hold this seat.
GOVERNOR TOBIAS REIN: The state has already issued the permits for the northern section.
";

#[test]
fn an_abbreviated_title_gives_the_role() {
    let draft = "Sen. Lena Marks questioned Gov. Tobias Rein for three hours.\n\n\"The state has \
                 already issued the permits for the northern section,\" the senator said.\n\n\
                 \"The pipeline will not cross the reservation while I hold this seat,\" the \
                 governor said.\n";
    assert_eq!(
        against(HEARING, draft),
        [
            ("misattributed-quote", "quotation credited to the senator (Lena Marks), but in the record these words are GOVERNOR TOBIAS REIN's (record.txt:2)".to_string()),
            ("misattributed-quote", "quotation credited to the governor (Tobias Rein), but in the record these words are SENATOR LENA MARKS's (record.txt:1)".to_string()),
        ]
    );
}
