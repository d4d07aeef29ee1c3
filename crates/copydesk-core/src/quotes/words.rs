//! The word lists that read an attribution's shape (`data/attribution.txt`), loaded once.

use std::borrow::Cow;
// Fx, not SipHash: these sets are asked about every word of every attribution, and their
// keys are the crate's own word lists, not input an attacker chooses.
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/attribution.txt");
const NAMING: &str = include_str!("../../data/naming.txt");

/// The lists of `data/attribution.txt`, each a set of lowercase words.
pub struct Words {
    /// `that`, `those`: point back at a quotation (`That was the message from …`).
    pub pointers: HashSet<&'static str>,
    /// `words`, `verdict`: nouns of words said.
    pub word_nouns: HashSet<&'static str>,
    /// `letter`, `memo`, `statement`: things written, their words their author's.
    pub documents: HashSet<&'static str>,
    /// `in`, `on`: before a thing written, the place words were read in (`said in a letter`).
    pub written_in: HashSet<&'static str>,
    /// `per`: credits the quotation it follows.
    pub credit_prepositions: HashSet<&'static str>,
    /// `he`, `she`, `they`: a speaker on their own.
    pub pronouns: HashSet<&'static str>,
    /// `i`, `we`, `our`: the first person, which speaks for someone.
    pub first_person: HashSet<&'static str>,
    /// `we`, `they`: subjects that take a verb's bare form.
    pub plural_subjects: HashSet<&'static str>,
    /// `the`, `a`, `her`: a speaker noun phrase opens.
    pub determiners: HashSet<&'static str>,
    /// `others`, `some`, `many`: people, standing alone as a subject.
    pub group_subjects: HashSet<&'static str>,
    /// `him`, `them`: a listener after `to`.
    pub objects: HashSet<&'static str>,
    /// `and`, `to`, `of`: a new clause, never a speaker.
    pub function: HashSet<&'static str>,
    /// `has`, `later`: between a speaker and the verb.
    pub between: HashSet<&'static str>,
    /// `not`, `never`: negate the verb after them.
    pub negators: HashSet<&'static str>,
    /// Forms of `refuse`, `decline`, and `unable`, `yet`: negate `to VERB` after them.
    pub refusals: HashSet<String>,
    /// `photo`, `credit`: a caption, not a credit.
    pub captions: HashSet<&'static str>,
    /// `q`, `question`: the label of an interviewer's question opening a line.
    pub question_labels: HashSet<&'static str>,
    /// `a`, `answer`: the label of the interviewee's answer opening a line.
    pub answer_labels: HashSet<&'static str>,
    /// `all told`, `needless to say`: a reporting verb in an idiom reports no speech.
    pub idioms: Vec<&'static str>,
    /// Every word of those idioms.
    pub idiom_words: HashSet<&'static str>,
    /// `is`, `was`: after a short quotation, it names words rather than quoting speech.
    pub copulas: HashSet<&'static str>,
    /// `will`, `did`: after an attribution's verb, a reported clause of its own.
    pub auxiliaries: HashSet<&'static str>,
    /// `who`, `which`: a relative clause, never the verb of the noun phrase before it.
    pub relatives: HashSet<&'static str>,
    /// `within`, `during`: prepositions beyond the function words; after a verb they open
    /// an adverbial, not its object.
    pub prepositions: HashSet<&'static str>,
    /// `at`, `toward`: prepositions whose phrase after a gesture says how, when or where
    /// (`smiled at the crowd. "…"`), never a particle (`off`, `up`).
    pub beat_prepositions: HashSet<&'static str>,
    /// `since`, `until`: more prepositions of time or place that open a phrase before a colon.
    pub colon_prepositions: HashSet<&'static str>,
    /// `for`, `to`, `with`: prepositions whose object may be who speaks.
    pub person_prepositions: HashSet<&'static str>,
    /// `silent`, `absent`, `dead`: a person's state that introduces no words after it.
    pub silent_states: HashSet<&'static str>,
    /// `worried`, `relieved`: participles of a state of mind, not a passive (`was worried`).
    pub feelings: HashSet<&'static str>,
    /// `looked`, `seems`, `felt`: verbs of seeming, before a state as a verb of being is.
    pub seeming: HashSet<String>,
    /// `in tears`, `in shock`: phrases of a state after a verb of being, split into words.
    pub state_phrases: Vec<Vec<&'static str>>,
    /// `less`, `more`, `so`: degree before a speaker's state (`less sure`).
    pub degree: HashSet<&'static str>,
    /// `yesterday`, `week`: a time after a verb dates it rather than being its object.
    pub times: HashSet<&'static str>,
    /// `head`, `shoulders`: parts of the body a gesture moves (`shook her head.`).
    pub body: HashSet<&'static str>,
    /// `his`, `a`: the words before a part of the body in a gesture (`raised an eyebrow`).
    pub body_determiners: HashSet<&'static str>,
    /// `up`, `out`: particles between a gesture's verb and the part of the body it moves.
    pub body_particles: HashSet<&'static str>,
    /// `his`, `her`: possessive pronouns that own a person's body (`Her eyes narrowed.`).
    pub body_owners: HashSet<&'static str>,
    /// `message`, `warning`: words said that a person gives as a verb's object.
    pub speech_objects: HashSet<&'static str>,
    /// Forms of `have`, `receive`, `hear`: their subject holds words rather than gives them.
    pub holding: HashSet<String>,
    /// The -s and past forms of verbs of a stance taken in words (`welcomed`, `rejects`).
    pub stance: HashSet<String>,
    /// The -s and past forms of verbs that give a verdict in words when a phrase quoted
    /// follows their object (`branded the plan "reckless."`).
    pub characterising: HashSet<String>,
    /// Bodies that take a stance in words beside organisations (`the government`).
    pub stance_bodies: HashSet<&'static str>,
    /// `silence`, `vigil`: what is kept rather than said (`observed a minute's silence`).
    pub observances: HashSet<&'static str>,
    /// `did not mince words`: fixed frames of speaking, possessives left out.
    pub speaking_frames: Vec<Vec<&'static str>>,
    /// `nobody`, `no`: words that open a clause whose subject is no one.
    pub negative_subjects: HashSet<&'static str>,
    /// `went`, `shot`: irregular pasts that may report speech beside a quotation.
    pub irregular_past: HashSet<&'static str>,
    /// Endings of adjectives that no verb's form shares (`-ical`, `-ous`).
    pub adjective_endings: Vec<&'static str>,
    /// (`in`, `view`) of the cue `in his view` (`data/cues.txt`): a preposition and a noun
    /// that credit whoever owns the noun, any speaker's possessive in the pronoun's place
    /// (`In Fenwick's view, "…"`).
    pub owned_cues: HashSet<(&'static str, &'static str)>,
    /// (`to`, `mind`) of `To Okafor's mind, "…"`: frames of a point of view that credit a
    /// possessive between their preposition and noun only in that shape.
    pub view_frames: HashSet<(&'static str, &'static str)>,
    /// Forms of `deny`, `dismiss`, `quote`: their object is someone else's words.
    pub disowning: HashSet<String>,
    /// `according to`, `per`: a credit that names its source after it, each as its words.
    pub source_phrases: Vec<Vec<&'static str>>,
    /// `from`, `by`, `of`: from a thing said or written to whoever said or wrote it.
    pub source_links: HashSet<&'static str>,
}

/// The (preposition, noun) of every phrase cue written `PREP his|her|their [own] NOUN`.
fn owned_cues() -> HashSet<(&'static str, &'static str)> {
    crate::cues::PHRASES
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(','))
        .filter_map(|phrase| {
            let ws: Vec<&str> = phrase.split_whitespace().collect();
            match ws[..] {
                [prep, "his" | "her" | "their", noun]
                | [prep, "his" | "her" | "their", "own", noun] => Some((prep, noun)),
                _ => None,
            }
        })
        .collect()
}

fn list(key: &str) -> HashSet<&'static str> {
    list_in(DATA, key)
}

fn list_in(data: &'static str, key: &str) -> HashSet<&'static str> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.trim() == key)
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The shared lists.
pub fn words() -> &'static Words {
    static CELL: OnceLock<Words> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut refusals: HashSet<String> = list("refusal-words")
            .into_iter()
            .map(str::to_string)
            .collect();
        for lemma in list("refusal-verbs") {
            refusals.extend(crate::cues::inflect(lemma));
        }
        Words {
            pronouns: list("pronouns"),
            first_person: list("first-person"),
            pointers: list("pointers"),
            word_nouns: list("word-nouns"),
            documents: list("documents"),
            written_in: list("written-in"),
            credit_prepositions: list("credit-prepositions"),
            determiners: list("determiners"),
            group_subjects: list("group-subjects"),
            objects: list("objects"),
            function: list("function"),
            between: list("between"),
            negators: list("negators"),
            refusals,
            captions: list("captions"),
            question_labels: list("question-labels"),
            answer_labels: list("answer-labels"),
            irregular_past: list("irregular-past"),
            adjective_endings: list("adjective-endings").into_iter().collect(),
            idioms: list("idioms").into_iter().collect(),
            idiom_words: list("idioms")
                .into_iter()
                .flat_map(str::split_whitespace)
                .collect(),
            copulas: list("copulas"),
            auxiliaries: list("auxiliaries"),
            relatives: list("relatives"),
            plural_subjects: list("plural-subjects"),
            times: list("times"),
            degree: list("degree"),
            body: list("body"),
            body_determiners: list("body-determiners"),
            body_particles: list("body-particles"),
            body_owners: list("body-owners"),
            speech_objects: list("speech-objects"),
            holding: list("holding-verbs")
                .into_iter()
                .flat_map(crate::cues::inflect)
                .chain(list("holding-irregular").into_iter().map(str::to_string))
                .collect(),
            stance: list("stance-verbs")
                .into_iter()
                .flat_map(|lemma| {
                    crate::cues::inflect(lemma)
                        .into_iter()
                        .filter(move |f| f != lemma && !f.ends_with("ing"))
                })
                .collect(),
            characterising: list("characterising-verbs")
                .into_iter()
                .flat_map(|lemma| {
                    crate::cues::inflect(lemma)
                        .into_iter()
                        .filter(move |f| f != lemma && !f.ends_with("ing"))
                })
                .chain(
                    list("characterising-irregular")
                        .into_iter()
                        .map(str::to_string),
                )
                .collect(),
            stance_bodies: list("stance-bodies"),
            observances: list("observances"),
            speaking_frames: list("speaking-frames")
                .into_iter()
                .map(|f| f.split_whitespace().collect())
                .collect(),
            negative_subjects: list("negative-subjects"),
            prepositions: list("prepositions"),
            beat_prepositions: list("beat-prepositions"),
            silent_states: list("silent-states"),
            feelings: list("feelings"),
            seeming: list("seeming")
                .into_iter()
                .flat_map(crate::cues::inflect)
                .filter(|f| !f.ends_with("ing"))
                .collect(),
            state_phrases: list("state-phrases")
                .into_iter()
                .map(|f| f.split_whitespace().collect())
                .collect(),
            colon_prepositions: list("colon-prepositions"),
            person_prepositions: list("person-prepositions"),
            owned_cues: owned_cues(),
            view_frames: list("view-frames")
                .into_iter()
                .filter_map(|f| f.split_once(' '))
                .collect(),
            disowning: list("disowning-verbs")
                .into_iter()
                .flat_map(crate::cues::inflect)
                .collect(),
            source_phrases: list("source-phrases")
                .into_iter()
                .map(|p| p.split_whitespace().collect())
                .collect(),
            source_links: list("source-links"),
        }
    })
}

impl Words {
    /// A verb of being (`was`, `were`, `been`, `remained`), not an auxiliary (`has`, `had`).
    pub fn being(&self, lower: &str) -> bool {
        self.copulas.contains(lower) && !self.between.contains(lower)
    }

    /// A word that negates what follows (`not`, `didn't`, `won’t`).
    pub fn negates(&self, lower: &str) -> bool {
        self.negators.contains(lower) || lower.ends_with("n't") || lower.ends_with("n’t")
    }
}

/// The lists of `data/naming.txt`: what makes a quoted span a title or a name, not speech.
pub struct Naming {
    /// `film`, `slogan`: a work named just before its quoted title.
    pub work_nouns: HashSet<&'static str>,
    /// `dubbed`, `called`: a name follows within three words.
    pub naming_verbs: HashSet<&'static str>,
    /// `reading`, `marked`: a name follows right after.
    pub adjacent_naming: HashSet<&'static str>,
    /// `note`, `banner`: things whose words are shown, not spoken (`a note that said "…"`).
    pub written_objects: HashSet<&'static str>,
    /// `said`, `read`: after `that` or `which` and such a thing, its words follow.
    pub written_verbs: HashSet<&'static str>,
    /// `known`, `billed`: before `as`, a name follows.
    pub as_naming: HashSet<&'static str>,
    /// Every form of `call`, `describe`, `label`: a naming verb, its subject's words after it.
    pub naming_participles: HashSet<String>,
    /// `so-called`, `self-styled`: right before a quoted phrase, a name held at arm's length.
    pub naming_adjectives: HashSet<&'static str>,
    /// `of`, `the`: may stay lowercase inside a title.
    pub title_small_words: HashSet<&'static str>,
}

/// The shared naming lists.
pub fn naming() -> &'static Naming {
    static CELL: OnceLock<Naming> = OnceLock::new();
    CELL.get_or_init(|| Naming {
        work_nouns: list_in(NAMING, "work-nouns"),
        naming_verbs: list_in(NAMING, "naming-verbs"),
        naming_adjectives: list_in(NAMING, "naming-adjectives"),
        naming_participles: list_in(NAMING, "naming-lemmas")
            .into_iter()
            .flat_map(crate::cues::inflect)
            .collect(),
        adjacent_naming: list_in(NAMING, "adjacent-naming"),
        as_naming: list_in(NAMING, "as-naming"),
        written_objects: list_in(NAMING, "written-objects"),
        written_verbs: list_in(NAMING, "written-verbs"),
        title_small_words: list_in(NAMING, "title-small-words"),
    })
}

/// `s` in lowercase, borrowed when it already is (most words).
pub fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}
