//! The benchmark's generated draft, written for it.

const GIVEN: &[&str] = &[
    "Ruth", "Dev", "Marta", "Owen", "Helen", "Tomas", "Aisha", "Pavel", "Ines", "Kofi", "Lena",
    "Rafael", "Mei", "Jonas", "Priya", "Sean", "Yusuf", "Clara", "Bruno", "Nadia",
];
/// Syllables for surnames: three of them give 1,000 distinct family names.
const SYLLABLES: &[&str] = &[
    "Ka", "Lo", "Ver", "Mon", "Dal", "Ris", "Tan", "Bel", "Hor", "Sen",
];

fn surname(i: usize) -> String {
    let s = |k: usize| SYLLABLES[k % SYLLABLES.len()];
    let mut name = format!(
        "{}{}{}",
        s(i),
        s(i / 10).to_lowercase(),
        s(i / 100).to_lowercase()
    );
    name.push_str("er");
    name
}

/// A draft of about `words` words with `people` distinct named people, quotes of every kind,
/// titles and a few errors, written for this benchmark.
pub fn draft(words: usize, people: usize) -> String {
    let mut out = String::from("Harbour council sells its lighthouse\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < words {
        let who = (i / 6) % people.max(1);
        let g = GIVEN[who % GIVEN.len()];
        let f = surname(who);
        let para = match i % 6 {
            0 => format!(
                "The council's treasurer, {g} {f}, said on Tuesday that the sale of the Gannet Point lighthouse would go ahead before the spring.\n\n"
            ),
            1 => format!(
                "\"We kept it lit for 140 years, and we cannot keep it lit on goodwill alone,\" Ms {f} told the harbour board.\n\n"
            ),
            2 => "\"Selling it is the only way to keep the lamp turning for the ships that still need it.\"\n\n".to_string(),
            3 => format!(
                "Mayor {g} {f} called the plan a \"fire sale\" and said the town's '90s boom was long over, while Mr. {f} disagreed.\n\n"
            ),
            4 => "The keeper's cottage has stood empty for years, and the old boat shed beside it is now a café.\n\n".to_string(),
            _ => "\"Nobody in this town will forget the night the lamp went dark in the storm.\n\n".to_string(),
        };
        n += para.split_whitespace().count();
        out.push_str(&para);
        i += 1;
    }
    out
}
