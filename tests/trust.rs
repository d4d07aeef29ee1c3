//! Trusted with a newsroom's files: `copydesk check` run as a hostile pull request and a careless
//! editor would run it. Nothing is read outside the project, every input ends, and `--fix`
//! loses no byte (interrupted, racing another writer, or named twice).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

/// A draft with a safe fix: the house spelling of a name.
const DRAFT: &str = "Ines Aldana Moyo met the harbour board on Friday.\n\nInes Aldana Moya said the board would meet again.\n";
const CONFIG: &str = "[names]\nhouse = [\"Ines Aldana Moyo\"]\n";

/// A fresh repository folder (with `.git`, so no config above it applies).
fn repo() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    std::fs::create_dir_all(root.join(".git")).unwrap();
    (tmp, root)
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("copydesk-fix"))
        .collect()
}

#[test]
fn a_config_above_the_repository_does_not_apply() {
    let (tmp, root) = repo();
    // A hostile config in the folder the repository was checked out in.
    std::fs::write(
        tmp.path().join(".copydesk.toml"),
        "[rules]\nname-spelling = \"off\"\n",
    )
    .unwrap();
    std::fs::write(root.join("story.md"), DRAFT).unwrap();
    let o = run(&root, &["check", "--format", "json", "story.md"]);
    assert!(text(&o).contains("name-spelling"), "{}", text(&o));
}

#[test]
fn a_nested_config_applies_to_its_folder() {
    let (_tmp, root) = repo();
    std::fs::create_dir_all(root.join("politics")).unwrap();
    std::fs::write(root.join(".copydesk.toml"), CONFIG).unwrap();
    std::fs::write(
        root.join("politics/.copydesk.toml"),
        "[rules]\nname-spelling = \"off\"\n",
    )
    .unwrap();
    std::fs::write(root.join("a.md"), DRAFT).unwrap();
    std::fs::write(root.join("politics/b.md"), DRAFT).unwrap();
    let o = run(
        &root,
        &["check", "--format", "json", "a.md", "politics/b.md"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "name-spelling")
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(
        !paths.is_empty() && paths.iter().all(|p| *p == "a.md"),
        "{}",
        text(&o)
    );
}

#[test]
fn a_style_file_outside_the_project_is_not_read_nor_quoted() {
    let (tmp, root) = repo();
    std::fs::write(tmp.path().join("secret.toml"), "token = \"SECRET-VALUE\"\n").unwrap();
    std::fs::write(root.join("story.md"), DRAFT).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(tmp.path().join("secret.toml"), root.join("linked.toml")).unwrap();
    std::fs::write(root.join("notes.toml"), "SECRET-KEY = \"SECRET-VALUE\"\n").unwrap();
    let outside = tmp.path().join("secret.toml").to_string_lossy().to_string();
    for style in [
        outside.as_str(),
        "../secret.toml",
        "linked.toml",
        "notes.toml",
    ] {
        std::fs::write(
            root.join(".copydesk.toml"),
            format!("style = \"{style}\"\n"),
        )
        .unwrap();
        let o = run(&root, &["check", "story.md"]);
        let all = text(&o);
        assert_eq!(o.status.code(), Some(2), "{style}: {all}");
        assert!(!all.contains("SECRET"), "{style}: {all}");
        assert!(all.contains(".copydesk.toml:1:"), "{style}: {all}");
        if style == "notes.toml" {
            assert!(all.contains("not a copydesk style profile"), "{all}");
        } else {
            assert!(all.contains("outside the project"), "{style}: {all}");
        }
    }
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_and_never_waited_on() {
    let (_tmp, root) = repo();
    std::fs::write(root.join("story.md"), DRAFT).unwrap();
    assert!(Command::new("mkfifo")
        .arg(root.join("pipe.md"))
        .status()
        .unwrap()
        .success());
    // Before: `check` blocked forever opening the FIFO.
    let started = Instant::now();
    let o = run(&root, &["check", "story.md", "pipe.md"]);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("pipe.md: not a regular file"),
        "{}",
        text(&o)
    );
    assert!(
        text(&o).contains("story.md"),
        "the other draft is still checked"
    );
    // A config linked to /dev/zero: before, 2 GB read and out of memory.
    std::os::unix::fs::symlink("/dev/zero", root.join(".copydesk.toml")).unwrap();
    let o = run(&root, &["check", "story.md"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains(".copydesk.toml: not a regular file"),
        "{}",
        text(&o)
    );
}

#[test]
fn a_file_named_twice_is_fixed_once() {
    let (_tmp, root) = repo();
    std::fs::write(root.join(".copydesk.toml"), CONFIG).unwrap();
    std::fs::write(root.join("x.md"), DRAFT).unwrap();
    let o = run(&root, &["check", "--fix", "x.md", "./x.md", "."]);
    let all = text(&o);
    assert!(!all.contains("changed on disk"), "{all}");
    assert_eq!(all.matches("fixed 1 issue").count(), 1, "{all}");
    let fixed = std::fs::read_to_string(root.join("x.md")).unwrap();
    assert!(!fixed.contains("Moya"), "{fixed}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_is_neither_read_nor_fixed() {
    let (tmp, root) = repo();
    std::fs::write(root.join(".copydesk.toml"), CONFIG).unwrap();
    std::fs::write(tmp.path().join("victim.md"), DRAFT).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("victim.md"), root.join("story.md")).unwrap();
    for args in [
        &["check", "--fix", "."][..],
        &["check", "--fix", "story.md"][..],
    ] {
        let o = run(&root, args);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(
            text(&o).contains("outside the folder given"),
            "{}",
            text(&o)
        );
    }
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("victim.md")).unwrap(),
        DRAFT
    );
    assert!(leftovers(tmp.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_signal_during_fix_leaves_no_temporary_file_and_the_draft_whole() {
    let (tmp, root) = repo();
    std::fs::write(root.join(".copydesk.toml"), CONFIG).unwrap();
    std::fs::write(root.join("story.md"), DRAFT).unwrap();
    for signal in ["TERM", "INT"] {
        let marker = tmp.path().join(format!("paused-{signal}"));
        // The debug build pauses just before the rename, its temporary file written.
        let child = Command::new(BIN)
            .args(["check", "--fix", "story.md"])
            .current_dir(&root)
            .env("COPYDESK_TEST_FIX_PAUSE", &marker)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !marker.exists() {
            assert!(started.elapsed() < Duration::from_secs(30), "never paused");
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(leftovers(&root).len(), 1, "the temporary file is there");
        let killed = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let o = child.wait_with_output().unwrap();
        // Before: the temporary file stayed behind.
        assert!(
            leftovers(&root).is_empty(),
            "{signal}: {:?}",
            leftovers(&root)
        );
        assert_eq!(
            std::fs::read_to_string(root.join("story.md")).unwrap(),
            DRAFT
        );
        assert_ne!(o.status.code(), Some(0), "{signal}");
    }
}
