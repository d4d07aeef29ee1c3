//! `copydesk check --across-files`: a story package (main story and sidebars) checked together.

use std::process::Command;

fn copydesk(dir: &std::path::Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const MAIN: &str = "Quarry plan approved\n\nThe planning chair, Oskar Wennerberg, signed the order on Tuesday.\n\nWennerberg said the quarry would employ 40 people.\n";
const SIDEBAR: &str = "Who is the chair?\n\nOskar Wenerberg has led the committee since 2021 and farms near the site.\n";

fn package() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("quarry")).unwrap();
    std::fs::write(dir.path().join("quarry/a-main.md"), MAIN).unwrap();
    std::fs::write(dir.path().join("quarry/b-sidebar.md"), SIDEBAR).unwrap();
    dir
}

fn rules_and_paths(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn each_draft_alone_is_clean_and_together_the_odd_mention_is_flagged() {
    let dir = package();
    let (code, v, err) = copydesk(dir.path(), &["check", "--format", "json", "quarry"]);
    assert_eq!(code, 0, "{err} {v}");
    let (code, v, err) = copydesk(
        dir.path(),
        &["check", "--format", "json", "--across-files", "quarry"],
    );
    assert_eq!(code, 1, "{err}");
    let found = rules_and_paths(&v);
    assert_eq!(found.len(), 1, "{v}");
    let (rule, path, message) = &found[0];
    assert_eq!(rule, "name-spelling");
    assert_eq!(path, "quarry/b-sidebar.md");
    assert!(message.contains("quarry/a-main.md:3"), "{message}");
    let f = &v[0];
    let (s, e) = (
        f["byte_start"].as_u64().unwrap() as usize,
        f["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&SIDEBAR[s..e], "Wenerberg");
    let edit = &f["fixes"][0]["edits"][0];
    assert_eq!(edit["replacement"].as_str().unwrap(), "Wennerberg");
}

#[test]
fn the_config_turns_it_on_for_every_run() {
    let dir = package();
    std::fs::write(
        dir.path().join(".copydesk.toml"),
        "[names]\nacross_files = true\n",
    )
    .unwrap();
    let (code, v, err) = copydesk(dir.path(), &["check", "--format", "json", "quarry"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(rules_and_paths(&v).len(), 1, "{v}");
}
