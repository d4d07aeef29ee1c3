use copydesk_core::{analyze, Config, DocKind};
fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mut c = Config::default();
    if let Some(s) = std::env::args().nth(2) {
        c.style = Some(s);
    }
    let a = analyze(&t, DocKind::Markdown, &c);
    for p in &a.people.persons {
        println!(
            "{} | titles {:?} | {:?}",
            p.canonical,
            p.titles,
            p.mentions
                .iter()
                .map(|m| (&m.text, &m.title))
                .collect::<Vec<_>>()
        );
    }
}
