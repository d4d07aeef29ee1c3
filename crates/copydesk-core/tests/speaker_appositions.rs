//! The speaker of a verb after an apposition set off by commas is the person the apposition
//! describes, not a person the apposition names (`Piet Marais, a lawyer for Orla Quinn, told
//! the court`). Drafts written for these tests, with the exact speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::said_by;

#[test]
fn an_apposition_naming_someone_else_describes_the_person_before_it() {
    said_by(
        "Noor Haddad said Orla Quinn had left the firm.\n\n\
         Piet Marais, a lawyer for Orla Quinn, told the court: \"My client did nothing wrong.\"\n",
        &[Some("Piet Marais")],
    );
    // Without a determiner, and the quotation before its attribution.
    said_by(
        "Senator Mark Oduya voted against the bill.\n\n\
         \"We were never shown the final text,\" Ines Alvarado, chief of staff to Senator Mark Oduya, said.\n",
        &[Some("Ines Alvarado")],
    );
    // A chain of two appositions: the person named alone at its head.
    said_by(
        "Halima Yusuf leads the opposition.\n\n\
         Kwame Mensah, an aide to Halima Yusuf, the party leader, told reporters: \"The vote will be close, but we have the numbers.\"\n",
        &[Some("Kwame Mensah")],
    );
}

#[test]
fn the_person_named_alone_between_commas_is_the_one_described() {
    // A phrase before the person is no apposition of the speaker.
    said_by(
        "Asked about Tomas Brekke, Lina Forsberg, the mayor, said: \"He has been a loyal deputy for ten years.\"\n",
        &[Some("Lina Forsberg")],
    );
    // A relative clause naming a relative.
    said_by(
        "Eamon Farrell, whose brother Declan Farrell sits on the board, said: \"I have not spoken to him about the sale.\"\n",
        &[Some("Eamon Farrell")],
    );
}
