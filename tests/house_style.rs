//! A newsroom's own style profile, copied from a built-in one and named in `.copydesk.toml`.

use std::process::Command;

fn copydesk(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_copied_profile_is_used_by_its_name_and_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let ap = include_str!("../crates/copydesk-core/data/styles/ap.toml");
    let house = ap.replacen("name = \"ap\"", "name = \"quay-gazette\"", 1);
    std::fs::write(dir.path().join("house-style.toml"), house).unwrap();
    std::fs::write(
        dir.path().join("story.txt"),
        "Ferry row\n\nThe ferry chief, Marta Lindqvist, said sailings would stop.\n\nMs Lindqvist said the timetable would return in April.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join(".copydesk.toml"),
        "style = \"house-style.toml\"\n",
    )
    .unwrap();
    let (code, out, err) = copydesk(dir.path(), &["check", "--format", "json", "story.txt"]);
    assert_eq!(code, 1, "{err}");
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, vec!["title-style"], "{out}");

    std::fs::write(
        dir.path().join(".copydesk.toml"),
        "\nstyle = \"missing.toml\"\n",
    )
    .unwrap();
    let (code, _, err) = copydesk(dir.path(), &["check", "story.txt"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(".copydesk.toml:2") && err.contains("missing.toml"),
        "{err}"
    );
}
