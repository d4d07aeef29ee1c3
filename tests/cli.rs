//! The `copydesk` binary run as a user runs it, on drafts written for these tests.
//!
//! Snapshots (tests/snapshots/) hold the exact output of each format. The drafts' findings come
//! from the quotation rules, and the runs use a config that turns the other rules off, so the
//! snapshots stay true while the names and titles rules grow. To accept an intended change of
//! output (a reworded message, say): `INSTA_UPDATE=always cargo test -p copydesk --test cli`, then
//! review the diff of tests/snapshots/.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

/// A config turning off every rule but the quotation rules, from the rules `copydesk rules` lists
/// (so a rule added later does not change the snapshots).
fn quotes_only() -> String {
    let out = Command::new(BIN).arg("rules").output().unwrap();
    let mut config = String::from("[rules]\n");
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let Some(id) = line.split_whitespace().next() else {
            break;
        };
        if id != "unattributed-quote" && id != "unbalanced-quote" {
            config.push_str(&format!("{id} = \"off\"\n"));
        }
    }
    config
}

const COUNCIL: &str = "\
# Library hours cut

The county council voted on Tuesday to shorten opening hours at four libraries, its leader,
Agnes Whitcombe, said.

\"We have run out of ways to keep every branch open six days a week,\" Ms Whitcombe told
reporters.

Readers at the Eastfold branch collected 2,000 signatures against the plan.

\"Each closure makes the next one easier to justify.\"

\"They never asked the people who use the libraries.
";

const FESTIVAL: &str = "\
Organisers of the lantern festival in Øresund expect 40,000 visitors, twice last year's crowd.

\t“Bring a coat, bring a friend, bring a lantern 🏮 and stay for the fireworks.”
";

/// A byte-order mark and CRLF line endings.
const BOM_CRLF: &str = "\u{feff}The harbour board met on Friday.\r\n\r\n\"Nobody has told us when the work will start.\"\r\n";

const CLEAN: &str = "\
The ferry will run twice a day from November, the company said.

\"We cannot sail empty boats all winter,\" its chief executive, Marta Lindqvist, said.
";

struct Desk {
    dir: tempfile::TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Desk {
    fn new() -> Desk {
        let desk = Desk {
            dir: tempfile::tempdir().unwrap(),
        };
        desk.write("quotes-only.toml", &quotes_only());
        desk
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.path(rel)).unwrap()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .current_dir(self.dir.path())
            .env_remove("NO_COLOR")
            .env_remove("GITHUB_ACTIONS");
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        finish(self.command(args).stdin(Stdio::null()).output().unwrap())
    }

    fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        finish(child.wait_with_output().unwrap())
    }
}

fn finish(o: Output) -> Run {
    Run {
        code: o.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

fn standard_desk() -> Desk {
    let d = Desk::new();
    d.write("council.md", COUNCIL);
    d.write("festival.txt", FESTIVAL);
    d.write("bom.md", BOM_CRLF);
    d.write("clean.md", CLEAN);
    d
}

const FILES: &[&str] = &["council.md", "festival.txt", "bom.md", "clean.md"];

fn check(d: &Desk, format: &str) -> Run {
    let mut args = vec!["check", "--config", "quotes-only.toml", "--format", format];
    args.extend(FILES);
    d.run(&args)
}

#[test]
fn human_format_snapshot() {
    let d = standard_desk();
    let r = check(&d, "human");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    assert!(
        !r.stdout.contains('\x1b'),
        "no colour when not on a terminal"
    );
    insta::assert_snapshot!("human", r.stdout);
}

#[test]
fn json_format_snapshot_and_fields() {
    let d = standard_desk();
    let r = check(&d, "json");
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!("json", r.stdout);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let all = v.as_array().unwrap();
    assert_eq!(all.len(), 4);
    for f in all {
        for key in [
            "path",
            "rule",
            "severity",
            "message",
            "line",
            "column",
            "end_line",
            "end_column",
            "byte_start",
            "byte_end",
            "fixes",
        ] {
            assert!(!f[key].is_null(), "{key} missing in {f}");
        }
    }
    // Byte offsets are offsets into the file: the byte-order mark counts.
    let bom = all.iter().find(|f| f["path"] == "bom.md").unwrap();
    let file = d.read("bom.md");
    let (s, e) = (
        bom["byte_start"].as_u64().unwrap() as usize,
        bom["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &file[s..e],
        "\"Nobody has told us when the work will start.\"".as_bytes()
    );
    assert_eq!(
        (bom["line"].as_u64(), bom["column"].as_u64()),
        (Some(3), Some(1))
    );
    // Columns count Unicode scalar values: the tab is one.
    let fest = all.iter().find(|f| f["path"] == "festival.txt").unwrap();
    assert_eq!(
        (
            fest["line"].as_u64(),
            fest["column"].as_u64(),
            fest["end_column"].as_u64()
        ),
        (Some(3), Some(2), Some(79))
    );
}

#[test]
fn sarif_format_snapshot() {
    let d = standard_desk();
    let r = check(&d, "sarif");
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 4);
    // The rules' documentation is long and belongs to other files: snapshot the results only.
    let results = serde_json::to_string_pretty(&v["runs"][0]["results"]).unwrap();
    insta::assert_snapshot!("sarif_results", results);
    let rules: Vec<&str> = v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(&rules[..2], ["unattributed-quote", "unbalanced-quote"]);
}

#[test]
fn github_format_snapshot() {
    let d = standard_desk();
    let r = check(&d, "github");
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!("github", r.stdout);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_without_no_color() {
    let d = standard_desk();
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--color",
        "always",
        "council.md",
    ]);
    assert!(
        r.stdout
            .contains("\x1b[1;33mwarning[unattributed-quote]\x1b[0m"),
        "{}",
        r.stdout
    );
    // A real terminal, through util-linux `script`, where it exists.
    let has_script = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped the terminal half: no `script` command");
        return;
    }
    let in_tty = |no_color: Option<&str>| {
        let cmd = format!("{BIN} check --config quotes-only.toml council.md");
        let mut c = Command::new("script");
        c.args(["-qec", &cmd, "/dev/null"])
            .current_dir(d.dir.path())
            .env_remove("NO_COLOR");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        String::from_utf8_lossy(&c.output().unwrap().stdout).to_string()
    };
    let plain = in_tty(None);
    if !plain.contains("council.md") {
        eprintln!("skipped the terminal half: `script` could not open a terminal");
        return;
    }
    assert!(plain.contains("\x1b[1;33m"), "colour on a terminal");
    assert!(
        !in_tty(Some("1")).contains("\x1b["),
        "NO_COLOR is respected"
    );
}

#[test]
fn exit_status_follows_fail_on() {
    let d = standard_desk();
    let base = ["check", "--config", "quotes-only.toml"];
    let with = |extra: &[&str]| {
        let mut a: Vec<&str> = base.to_vec();
        a.extend(extra);
        d.run(&a).code
    };
    assert_eq!(with(&["clean.md"]), 0);
    assert_eq!(with(&["council.md"]), 1);
    assert_eq!(with(&["--fail-on", "error", "council.md"]), 0);
    assert_eq!(with(&["--fail-on", "never", "council.md"]), 0);
    assert_eq!(with(&["--fail-on", "hint", "council.md"]), 1);
    d.write(
        "strict.toml",
        &format!(
            "{}unattributed-quote = \"error\"\nunbalanced-quote = \"info\"\n",
            quotes_only()
        ),
    );
    let r = d.run(&[
        "check",
        "--config",
        "strict.toml",
        "--fail-on",
        "error",
        "--format",
        "json",
        "council.md",
    ]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let sev: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert_eq!(sev, ["error", "info"]);
    d.write(
        "quiet.toml",
        &format!(
            "{}unattributed-quote = \"info\"\nunbalanced-quote = \"hint\"\n",
            quotes_only()
        ),
    );
    assert_eq!(
        d.run(&["check", "--config", "quiet.toml", "council.md"])
            .code,
        0
    );
    // Usage errors.
    assert_eq!(with(&["--format", "xml", "council.md"]), 2);
    assert_eq!(with(&["--style", "times", "council.md"]), 2);
    assert_eq!(d.run(&["check", "--fix", "-"]).code, 2);
}

#[test]
fn standard_input() {
    let d = Desk::new();
    let r = d.run_stdin(
        &[
            "check",
            "--config",
            "quotes-only.toml",
            "--format",
            "json",
            "-",
        ],
        COUNCIL,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let got: Vec<(String, u64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                format!(
                    "{}:{}",
                    f["path"].as_str().unwrap(),
                    f["rule"].as_str().unwrap()
                ),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("<stdin>:unattributed-quote".to_string(), 11),
            ("<stdin>:unbalanced-quote".to_string(), 13)
        ]
    );
    let r = d.run_stdin(&["check", "--config", "quotes-only.toml", "-"], CLEAN);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "copydesk: no findings (1 draft checked)\n")
    );
}

fn paths_of(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut p: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    p.dedup();
    p
}

#[test]
fn folders_are_walked_honouring_gitignore() {
    let d = Desk::new();
    let orphan = "The library shut.\n\n\"Every closure makes the next one easier to justify.\"\n";
    for f in [
        "desk/a.md",
        "desk/news/b.markdown",
        "desk/news/c.txt",
        "desk/drafts/old.md",
        "desk/news/notes.rst",
        "desk/.hidden/h.md",
    ] {
        d.write(f, orphan);
    }
    d.write("desk/.gitignore", "drafts/\n");
    // Enough drafts to keep several threads busy; the report stays in path order.
    for i in 0..40 {
        d.write(&format!("desk/wire/story-{i:02}.md"), orphan);
    }
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "json",
        "desk",
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let mut want = vec![
        "desk/a.md".to_string(),
        "desk/news/b.markdown".into(),
        "desk/news/c.txt".into(),
    ];
    want.extend((0..40).map(|i| format!("desk/wire/story-{i:02}.md")));
    assert_eq!(paths_of(&r.stdout), want);
    // A file named on the command line is read whatever its extension.
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "json",
        "desk/news/notes.rst",
    ]);
    assert_eq!(paths_of(&r.stdout), ["desk/news/notes.rst"]);
}

#[test]
fn config_found_by_walking_up_and_picked_with_config() {
    let d = Desk::new();
    let orphan = "The library shut.\n\n\"Every closure makes the next one easier to justify.\"\n";
    d.write("paper/.copydesk.toml", &quotes_only());
    d.write("paper/news/story.md", orphan);
    d.write(
        "paper/opinion/.copydesk.toml",
        &format!("{}unattributed-quote = \"off\"\n", quotes_only()),
    );
    d.write("paper/opinion/column.md", orphan);
    let r = d.run(&["check", "--format", "json", "paper"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(paths_of(&r.stdout), ["paper/news/story.md"]);
    // Run from inside a folder: the config above it still governs.
    let r = Command::new(BIN)
        .args(["check", "--format", "json", "column.md"])
        .current_dir(d.path("paper/opinion"))
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    // --config wins over every .copydesk.toml.
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "json",
        "paper",
    ]);
    assert_eq!(
        paths_of(&r.stdout),
        ["paper/news/story.md", "paper/opinion/column.md"]
    );
}

#[test]
fn invalid_configs_stop_with_file_line_and_problem() {
    let d = Desk::new();
    d.write("story.md", CLEAN);
    let cases = [
        (
            "style = \"bbc\"\n\n[quotes]\nstrictt = true\n",
            "unknown field `strictt`",
        ),
        (
            "[quotes]\nmin_words = \"four\"\n",
            "invalid type: string \"four\"",
        ),
        ("style = \"times\"\n", "unknown style `times`"),
        (
            "[rules]\nno-such-rule = \"off\"\n",
            "unknown rule `no-such-rule`",
        ),
        (
            "[rules]\nunbalanced-quote = \"loud\"\n",
            "unknown level `loud`",
        ),
        ("[names]\nhouse = \"Kim Jong-un\"\n", "invalid type"),
        ("[quotes\n", "unclosed table"),
    ];
    let mut report = String::new();
    for (toml, want) in cases {
        d.write(".copydesk.toml", toml);
        let r = d.run(&["check", "story.md"]);
        assert_eq!(r.code, 2, "{toml}");
        assert!(r.stderr.contains(want), "{toml}: {}", r.stderr);
        assert_eq!(r.stdout, "", "nothing is checked under a broken config");
        report.push_str(&r.stderr);
        // The same problem through --config.
        d.write("other.toml", toml);
        let r = d.run(&["check", "--config", "other.toml", "story.md"]);
        assert_eq!(r.code, 2);
        assert!(
            r.stderr.starts_with("copydesk: error: other.toml:"),
            "{}",
            r.stderr
        );
    }
    insta::assert_snapshot!("config_errors", report);
    let r = d.run(&["check", "--config", "missing.toml", "story.md"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "copydesk: error: missing.toml: no such file or folder\n")
    );
}

#[test]
fn bad_input_is_reported_and_the_other_drafts_still_checked() {
    let d = Desk::new();
    d.write(
        "desk/good.md",
        "The library shut.\n\n\"Every closure makes the next one easier to justify.\"\n",
    );
    d.write_bytes("desk/binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    d.write_bytes("desk/latin1.md", b"The caf\xe9 shut.\n");
    d.write_bytes("desk/utf16.txt", b"\xff\xfeH\x00i\x00");
    d.write("desk/empty.md", "");
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "json",
        "desk",
        "missing.md",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(paths_of(&r.stdout), ["desk/good.md"]);
    insta::assert_snapshot!("bad_input", r.stderr);
}

/// A long draft is handled (the 10 MB case runs on the release binary in `.ci/run`: a debug
/// build takes most of a minute over it).
#[test]
fn a_megabyte_draft_is_handled() {
    let d = Desk::new();
    let para = "The harbour board met on Friday to discuss the winter timetable, its chair, Ruth Okafor, said. \"We will publish the figures next week,\" she said.\n\n";
    let big = para.repeat(1024 * 1024 / para.len() + 1);
    d.write("big.md", &big);
    let r = d.run(&["check", "--config", "quotes-only.toml", "big.md"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "copydesk: no findings (1 draft checked)\n");
}

#[test]
fn fix_preserves_bom_crlf_and_permissions_and_is_idempotent() {
    let d = Desk::new();
    // House-name and title findings carry safe fixes; quotation placeholders are never applied.
    let draft = "\u{feff}Mr. Yoon Suk Yeol met Marta Lindkvist in Busan.\r\n\r\nMr Yoon said the talks went well.\r\n\r\nThe port closed.\r\n\r\n\"Each closure makes the next one easier to justify.\"\r\n";
    d.write("story.md", draft);
    d.write(
        ".copydesk.toml",
        "[names]\nhouse = [\"Marta Lindqvist\", \"Yoon Suk Yeol\"]\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(d.path("story.md"), std::fs::Permissions::from_mode(0o640))
            .unwrap();
    }
    let r = d.run(&["check", "--fix", "--format", "json", "story.md"]);
    assert_eq!(r.code, 1, "the orphan quotation is left: {}", r.stderr);
    let once = d.read("story.md");
    assert!(once.starts_with("\u{feff}".as_bytes()), "BOM kept");
    let text = String::from_utf8(once.clone()).unwrap();
    assert!(
        text.split('\n').rev().skip(1).all(|l| l.ends_with('\r')),
        "CRLF kept: {text:?}"
    );
    assert!(
        text.contains("\"Each closure makes the next one easier to justify.\"\r\n"),
        "unsafe fixes not applied"
    );
    // The findings reported are those left after fixing, with offsets into the fixed file.
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    for f in v.as_array().unwrap() {
        let (s, e) = (
            f["byte_start"].as_u64().unwrap() as usize,
            f["byte_end"].as_u64().unwrap() as usize,
        );
        assert!(e <= once.len() && s <= e);
    }
    assert!(v.as_array().unwrap().iter().all(|f| f["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["safe"] == false)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path("story.md"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o640);
    }
    let r = d.run(&["check", "--fix", "story.md"]);
    assert_eq!(r.code, 1);
    assert!(
        !r.stderr.contains("fixed"),
        "second run fixes nothing: {}",
        r.stderr
    );
    assert_eq!(d.read("story.md"), once, "second run changes nothing");
    let names: Vec<String> = std::fs::read_dir(d.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("copydesk-fix"))
        .collect();
    assert!(names.is_empty(), "no temporary file left: {names:?}");
}

#[test]
fn suppression_comments_silence_findings() {
    let d = Desk::new();
    d.write(
        "story.md",
        "The library shut.\n\n<!-- copydesk-disable-next-line unattributed-quote -- reader letter, name withheld -->\n\"Every closure makes the next one easier to justify.\"\n\nThe pool shut.\n\n<!-- copydesk-disable -->\n\n\"Nobody told the swimmers.\"\n\n\"Not even the lifeguards knew about it.\"\n\n<!-- copydesk-enable -->\n\nThe gym shut.\n\n\"Who decided this, and when was it decided?\"\n",
    );
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "json",
        "story.md",
    ]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let lines: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [18]);
}

#[test]
fn rules_and_explain() {
    let d = Desk::new();
    let r = d.run(&["rules"]);
    assert_eq!(r.code, 0);
    let ids: Vec<&str> = r
        .stdout
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        &ids[..6],
        [
            "unattributed-quote",
            "unbalanced-quote",
            "name-spelling",
            "ambiguous-name",
            "title-consistency",
            "title-style"
        ]
    );
    let r = d.run(&["explain", "unattributed-quote"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("# unattributed-quote\n"));
    assert!(r.stdout.contains("## Example"));
    let docs = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("crates/copydesk-core/docs/rules/unattributed-quote.md"),
    )
    .unwrap();
    assert!(
        r.stdout.starts_with(docs.trim_end()),
        "the same text the editor links to"
    );
    let r = d.run(&["explain", "spelling"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown rule `spelling`"));
}

#[test]
fn quotes_ledger_formats() {
    let d = standard_desk();
    let mut table = vec!["quotes", "council.md", "festival.txt", "bom.md", "clean.md"];
    let r = d.run(&table);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert!(rows[0].starts_with("WHERE"), "{}", r.stdout);
    assert!(r.stdout.contains("unattributed"));
    assert!(
        r.stdout.trim_end().ends_with("quotations, 3 unattributed"),
        "{}",
        r.stdout
    );
    table.extend(["--format", "json"]);
    let r = d.run(&table);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let got: Vec<(String, u64, String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let speaker = e["speaker"].as_str().unwrap();
            (
                e["path"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
                speaker.to_string(),
                e["attribution"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("council.md", 6, "Agnes Whitcombe", "cue"),
        ("council.md", 11, "unattributed", "none"),
        ("festival.txt", 3, "unattributed", "none"),
        ("bom.md", 3, "unattributed", "none"),
        ("clean.md", 3, "Marta Lindqvist", "cue"),
    ];
    let want: Vec<(String, u64, String, String)> = want
        .iter()
        .map(|(p, l, s, a)| (p.to_string(), *l, s.to_string(), a.to_string()))
        .collect();
    assert_eq!(got, want);
    let r = d.run(&["quotes", "--format", "csv", "bom.md"]);
    assert_eq!(
        r.stdout,
        "path,line,column,speaker,attribution,quote,source,match\nbom.md,3,1,unattributed,none,\"\"\"Nobody has told us when the work will start.\"\"\",,\n"
    );
}

#[test]
fn report_to_a_file() {
    let d = standard_desk();
    let r = d.run(&[
        "check",
        "--config",
        "quotes-only.toml",
        "--format",
        "sarif",
        "--output",
        "out.sarif",
        "council.md",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
    let v: serde_json::Value = serde_json::from_slice(&d.read("out.sarif")).unwrap();
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 2);
}

#[test]
fn version_names_the_release_and_the_commit() {
    let out = Command::new(BIN).arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let want = format!("copydesk {}", env!("CARGO_PKG_VERSION"));
    assert!(text.starts_with(&want), "{text}");
    // Built in a git clone (as here, and in CI): the short hash and the commit date follow.
    let in_git = Command::new("git")
        .args(["rev-parse", "--show-toplevel"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .is_ok_and(|o| o.status.success());
    if in_git {
        let rest = text[want.len()..].trim();
        let inner = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
        let (hash, date) = inner.and_then(|i| i.split_once(' ')).expect(&text);
        assert!(
            hash.len() >= 7 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{text}"
        );
        assert_eq!(date.len(), 10, "{text}");
    }
}

/// Writes one framed LSP message and, for a request, reads frames up to its response.
fn lsp_exchange(
    stdin: &mut impl std::io::Write,
    stdout: &mut impl std::io::BufRead,
    body: &str,
) -> String {
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
    if !body.contains(r#""id""#) {
        return String::new();
    }
    loop {
        let mut len = 0;
        loop {
            let mut line = String::new();
            assert!(
                stdout.read_line(&mut line).unwrap() > 0,
                "the server closed"
            );
            if line.trim().is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length:") {
                len = v.trim().parse().unwrap();
            }
        }
        let mut buf = vec![0; len];
        stdout.read_exact(&mut buf).unwrap();
        let reply = String::from_utf8(buf).unwrap();
        if reply.contains(r#""result""#) || reply.contains(r#""error""#) {
            return reply;
        }
    }
}

#[test]
fn lsp_accepts_the_stdio_flag_editors_pass() {
    let mut child = Command::new(BIN)
        .args(["lsp", "--stdio"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let init = lsp_exchange(
        &mut stdin,
        &mut stdout,
        r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#,
    );
    assert!(init.contains(r#""capabilities""#), "{init}");
    for body in [
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        r#"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}"#,
        r#"{"jsonrpc":"2.0","method":"exit","params":null}"#,
    ] {
        lsp_exchange(&mut stdin, &mut stdout, body);
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
