//! `[sources]` from the command line: the record read beside the config, its files never checked
//! as drafts, a malformed or unreadable source named with its line while the others still count,
//! and the `source` and `match` columns of `copydesk quotes`. The transcripts are made up.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

const CONFIG: &str = "[sources]\npaths = [\"transcripts\", \"statements/harbour.srt\"]\n";

const INTERVIEW: &str = "\
PRIYA NAIR: Er, we sold nine hundred tickets on the first morning,
and the queue went round the harbour twice.

Q: Will you add boats?

PRIYA NAIR: Two more boats start on Friday.

DEAN COLE: The tickets sold out because the price was too low.
";

const CAPTIONS: &str = "\
WEBVTT

00:00:05.000 --> 00:00:08.000
<v Dean Cole>We will not raise the price this season.
";

const STATEMENT: &str = "\
1
00:00:01,000 --> 00:00:03,000
HARBOUR TRUST: The pier reopens on the first of May.
";

const DRAFT: &str = "\
# Ferry tickets sell out

\"We sold 900 tickets on the first morning,\" said Priya Nair, who runs the ferry.

\"Three more boats start on Friday,\" Ms Nair said.

\"We will not raise the price this season,\" Nair added.

\"The fireworks start at nine,\" Ms Nair said.
";

fn desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w("story/.copydesk.toml", CONFIG);
    w("story/transcripts/nair.txt", INTERVIEW);
    w("story/transcripts/captions/cole.vtt", CAPTIONS);
    w("story/statements/harbour.srt", STATEMENT);
    w("story/ferry.md", DRAFT);
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// (rule, line, severity, message, related place) of each record finding in the JSON output.
fn record_findings(json: &str) -> Vec<(String, u64, String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let r = f["rule"].as_str().unwrap();
            r == "misquote" || r == "misattributed-quote" || r == "unsourced-quote"
        })
        .map(|f| {
            let related = f["related"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|r| r.get("source"))
                .map(|s| format!("{}:{}", s["path"].as_str().unwrap(), s["line"]))
                .collect::<Vec<_>>()
                .join(",");
            (
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["severity"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
                related,
            )
        })
        .collect()
}

#[test]
fn check_holds_the_draft_to_the_record() {
    let dir = desk();
    // The folder holds the transcripts too: they are the record, not drafts.
    let (code, out, err) = run(dir.path(), &["check", "--format", "json", "story"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(err, "");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["path"] == "story/ferry.md"));
    let t = "story/transcripts";
    let want = [
        (
            "misquote",
            5,
            "warning",
            format!("quotation differs from the record (PRIYA NAIR, {t}/nair.txt:6): “Three” where the record has “Two”"),
            format!("{t}/nair.txt:6"),
        ),
        (
            "misattributed-quote",
            7,
            "warning",
            format!("quotation credited to Priya Nair, but in the record these words are Dean Cole's ({t}/captions/cole.vtt:4 (00:05))"),
            format!("{t}/captions/cole.vtt:4"),
        ),
        (
            "unsourced-quote",
            9,
            "info",
            "no passage of the record (`[sources]`) matches this quotation".to_string(),
            String::new(),
        ),
    ];
    let want: Vec<(String, u64, String, String, String)> = want
        .into_iter()
        .map(|(a, b, c, d, e)| (a.to_string(), b, c.to_string(), d, e))
        .collect();
    assert_eq!(record_findings(&out), want);
}

#[test]
fn quotes_gains_source_and_match() {
    let dir = desk();
    let (code, out, err) = run(dir.path(), &["quotes", "--format", "csv", "story/ferry.md"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<String> = out
        .lines()
        .map(|l| {
            let cols: Vec<&str> = l.rsplitn(3, ',').collect();
            format!("{} {}", cols[1], cols[0])
        })
        .collect();
    assert_eq!(
        rows,
        [
            "source match",
            "story/transcripts/nair.txt:1 edited",
            "story/transcripts/nair.txt:6 misquote",
            "story/transcripts/captions/cole.vtt 00:05 misattributed",
            " unsourced",
        ]
    );
    let (_, table, _) = run(dir.path(), &["quotes", "story/ferry.md"]);
    assert!(table.lines().next().unwrap().contains("SOURCE"), "{table}");
}

#[test]
fn a_bad_source_is_named_and_the_others_still_count() {
    let dir = desk();
    std::fs::write(
        dir.path().join("story/transcripts/captions/broken.vtt"),
        "WEBVTT\n\n00:00:01.000 --> later\n<v Dean Cole>Hello.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("story/transcripts/binary.txt"),
        b"\0\x01\x02",
    )
    .unwrap();
    let (code, out, err) = run(dir.path(), &["check", "--format", "json", "story/ferry.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "copydesk: error: story/transcripts/captions/broken.vtt:3: invalid cue timing"
        ),
        "{err}"
    );
    assert!(err.contains("story/transcripts/binary.txt"), "{err}");
    // The other sources still count: the same three findings.
    assert_eq!(record_findings(&out).len(), 3);
}

#[test]
fn sources_stay_inside_the_project_and_are_checked_strictly() {
    let dir = desk();
    std::fs::write(
        dir.path().join("story/.copydesk.toml"),
        "[sources]\npaths = [\"../elsewhere\"]\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("elsewhere")).unwrap();
    let (code, _, err) = run(dir.path(), &["check", "story/ferry.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("must lie inside the project"), "{err}");
    std::fs::write(
        dir.path().join("story/.copydesk.toml"),
        "[sources]\npaths = \"transcripts\"\n",
    )
    .unwrap();
    let (code, _, err) = run(dir.path(), &["check", "story/ferry.md"]);
    assert_eq!(code, 2);
    assert!(err.contains(".copydesk.toml:2:"), "{err}");
}
