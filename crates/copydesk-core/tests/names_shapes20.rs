//! Who is a person of the story: a byline names the writers, not people of the story.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::{ambiguous, spelt};

/// (rule, flagged text, first fix's replacement) of the name rules on a Markdown draft (where
/// a byline is a paragraph; plain text takes a short unpunctuated line for a headline).
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    analyze(text, DocKind::Markdown, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "name-spelling" || f.rule.as_str() == "ambiguous-name")
        .map(|f| {
            let fix = f.fixes.first().and_then(|x| x.edits.first());
            (
                f.rule.as_str(),
                text[f.byte_start..f.byte_end].to_string(),
                fix.map(|e| e.replacement.clone()),
            )
        })
        .collect()
}

/// A byline paragraph (`By` and names joined by `and` and commas, perhaps an agency or `in`
/// a city) makes no person: the one person of the story keeps the bare surname.
#[test]
fn a_byline_names_no_person_of_the_story() {
    for d in [
        "By Kim Tong-hyung and Hyung-jin Kim\n\nPYONGYANG — The ruling party's leader Kim Jong-un inspected a shipyard on Friday, state media said.\n\nKim said the navy would grow.\n",
        "By Megan Lloyd\n\nSWANSEA — Carys Lloyd, a residents' leader, said the plan was rushed.\n\nMs Lloyd said 300 people had signed a petition.\n",
        "By Tomás Vela, Reuters\n\nQUITO — Lucía Vela, the city's water chief, said the reservoir was low.\n\nVela said rationing would start on Monday.\n",
        "By Anil Mehta and Priya Mehta in Pune\n\nSunita Mehta, a teacher, said the school had shut.\n\nMehta said pupils were learning online.\n",
        "*By Olusegun Adeyemi, Aisha Bello and J. K. Adeyemi*\n\nFolake Adeyemi, the clinic's owner, said drugs had run out.\n\nAdeyemi said patients were turned away.\n",
        "By Ingrid van Dijk\n\nAMSTERDAM — Pieter van Dijk, a dyke engineer, said the levee held.\n\nVan Dijk said the pumps ran all night.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// Traps: two people of the story still make the bare surname ambiguous after a byline, a
/// slip in a story person's name is still caught, and a paragraph that opens with `By` but
/// says something is no byline.
#[test]
fn a_byline_hides_no_namesake_nor_slip() {
    for (d, want) in [
        (
            "By Megan Lloyd\n\nCarys Lloyd, a residents' leader, and Gareth Lloyd, a shopkeeper, met the council.\n\nLloyd said the plan was rushed.\n",
            vec![ambiguous("Lloyd")],
        ),
        (
            "By Tomás Vela\n\nLucía Vela, the city's water chief, said the reservoir was low.\n\nLucía Vella said rationing would start on Monday.\n",
            vec![spelt("Vella", "Vela")],
        ),
        (
            "By Friday Ana Ruiz had left the party. Marta Ruiz, her cousin, stayed.\n\nRuiz said the split was sad.\n",
            vec![ambiguous("Ruiz")],
        ),
    ] {
        assert_eq!(names(d), want, "{d}");
    }
}

/// Two people met so far who share a family name written first: the given name alone tells
/// them apart, so it is the person's, not a slip for the family name.
#[test]
fn a_given_name_alone_tells_namesakes_apart() {
    for d in [
        "Lee Seo-yeon, 12, and her brother, Lee Do-hyun, 9, fled the fire on Tuesday night.\n\nSeo-yeon said she carried her brother down the stairs.\n",
        "Kim Min-jun, the mayor, and Kim Ha-eun, a city councillor, clashed over bus fares.\n\nMs Ha-eun said the fares should stay.\n",
        "Park Ji-woo and his cousin Park Seung-min opened a noodle bar in Busan.\n\nSeung-min said the rent had doubled.\n",
        "Wang Xiuying, a nurse, and her husband, Wang Jianguo, a driver, lost their flat.\n\nXiuying said they were staying with friends.\n",
        "Chen Meiling and her sister Chen Yuhua run the tea stall.\n\nYuhua said trade was slow. Meiling said the rain kept buyers away.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
    // Traps: one person of that family name (`Mr Jinping` after `Xi Jinping`), or two people of
    // different family names, still have the given name alone respelt to the family name.
    for (d, bare, fix) in [
        (
            "Xi Jinping met the envoy in Beijing on Monday.\n\nMr Jinping said ties were warm.\n",
            "Jinping",
            "Xi",
        ),
        (
            "Zhang Xiuying, a nurse, and Liu Jianguo, a driver, lost their flats.\n\nXiuying said they were staying with friends.\n",
            "Xiuying",
            "Zhang",
        ),
        (
            "Choi Seung-min, the coach, praised the side. Choi said the defence held.\n\nSeung-min said the final would be harder.\n",
            "Seung-min",
            "Choi",
        ),
    ] {
        assert_eq!(names(d), vec![spelt(bare, fix)], "{d}");
    }
}

/// Names in a list (set apart by commas) are so many people, also when each has two given
/// names written alike and family names a letter apart.
#[test]
fn names_in_a_list_are_so_many_people() {
    for d in [
        "The board is made up of Mei Ling Chan, Mei Ling Chen and Ravi Patel.\n",
        "The prize went to Mary Ann Nielsen, Mary Ann Nilsen and Tom Ward.\n",
        "The jury heard from Jean Marc Dubois, Jean Marc Duboys and Ana Silva.\n",
        "Those elected were Ravi Patel, Maria José Ferreira and Maria José Ferraira.\n",
        "The cast: Anna Maria Rossi, Anna Maria Rosso, Luca Bianchi.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
    // Traps: two such names joined by `and` alone, or a slip met in a later sentence, are one
    // name written two ways.
    for (d, bare, fix) in [
        (
            "Rose Ellen Marsh and Rose Ellen Marsch sang. Marsh said the choir had grown.\n",
            "Marsch",
            "Marsh",
        ),
        (
            "The board is made up of Mei Ling Chan and Ravi Patel. Mei Ling Chen chairs it.\n",
            "Chen",
            "Chan",
        ),
        (
            "Jean Marc Dubois, the mayor, opened the fair. Later Jean Marc Duboys, smiling, cut the ribbon.\n",
            "Duboys",
            "Dubois",
        ),
    ] {
        assert_eq!(names(d), vec![spelt(bare, fix)], "{d}");
    }
}

/// Two people, each introduced in full with a description of their own, whose names differ by
/// a letter: two people, not one name spelt two ways.
#[test]
fn a_name_introduced_with_its_own_role_is_another_person() {
    for d in [
        "David Clark, the New Zealand health minister, resigned on Monday.\n\nDavid Clarke, an opposition MP, called the resignation overdue.\n",
        "Jon Stewart, the comedian, hosted the benefit. John Stewart, a retired firefighter, thanked him.\n",
        "Katarina Novak, the club's goalkeeper, saved two penalties.\n\nKatarina Nowak, a referee from Brno, said the keeper had moved early.\n",
        "Ahmed Rahman, the shop's owner, counted the losses.\n\nAhmed Rehman, his landlord, said the insurance would pay.\n",
        "Sean Murphy, a local farmer, lost 40 sheep in the storm. Shaun Murphy, the county vet, said the flock was exposed.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
    // Traps: a slip repeating the name without a new description, or with one that shares a
    // word with the first, is still one name written two ways.
    for (d, bare, fix) in [
        (
            "David Clark, the health minister, resigned on Monday.\n\nDavid Clarke said he had no regrets.\n",
            "Clarke",
            "Clark",
        ),
        (
            "Katarina Novak, the club's goalkeeper, saved two penalties.\n\nLater Katarina Nowak, the goalkeeper, said she had guessed.\n",
            "Nowak",
            "Novak",
        ),
        (
            "Sean Murphy, a local farmer, lost 40 sheep in the storm.\n\nShaun Murphy said the flock was exposed.\n",
            "Shaun",
            "Sean",
        ),
    ] {
        assert_eq!(names(d), vec![spelt(bare, fix)], "{d}");
    }
}
