//! The README's "Command line" and "Use in CI" sections, run as written: every command of their
//! `sh` blocks, every `toml` block as a config, the workflow and pre-commit examples against
//! `action.yml` and `.pre-commit-hooks.yaml`, and the action's check step itself.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap()
}

/// The text of a `## ` section of the README, up to the next `## ` heading.
fn section(readme: &str, title: &str) -> String {
    let start = readme
        .find(&format!("\n## {title}\n"))
        .unwrap_or_else(|| panic!("README has no `## {title}` section"));
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    rest[..end].to_string()
}

/// The fenced code blocks of a language in a text.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim_start() == format!("```{lang}") => current = Some(String::new()),
            Some(b) if line.trim_start().starts_with("```") => {
                out.push(std::mem::take(b));
                current = None;
            }
            Some(b) => {
                b.push_str(line);
                b.push('\n');
            }
            None => {}
        }
    }
    out
}

/// Copies a folder with its subfolders (example stories keep their record beside them).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let kind = e.file_type().unwrap();
        if kind.is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else if kind.is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// A copy of the repository's example drafts in a fresh folder, and a PATH that finds `copydesk`.
fn workspace() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let examples = dir.path().join("examples");
    std::fs::create_dir_all(&examples).unwrap();
    copy_tree(&repo().join("examples"), &examples);
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (dir, path)
}

#[test]
fn command_line_examples_run_as_written() {
    let readme = read("README.md");
    let mut text = section(&readme, "Command line");
    text.push_str(&section(&readme, "Use in CI"));
    text.push_str(&section(&readme, "Quotes against the record"));
    let (dir, path) = workspace();
    let mut ran = 0;
    for block in blocks(&text, "sh") {
        let mut expected: Option<i32> = None;
        for line in block.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if let Some(comment) = line.strip_prefix('#') {
                if let Some(i) = comment.find("exit status ") {
                    expected = comment[i + 12..]
                        .trim()
                        .chars()
                        .next()
                        .and_then(|c| c.to_digit(10))
                        .map(|d| d as i32);
                }
                continue;
            }
            let out = Command::new("sh")
                .args(["-c", line])
                .current_dir(dir.path())
                .env("PATH", &path)
                .env_remove("NO_COLOR")
                .output()
                .unwrap();
            let code = out.status.code().unwrap_or(-1);
            let stderr = String::from_utf8_lossy(&out.stderr);
            match expected.take() {
                Some(want) => assert_eq!(code, want, "`{line}`: {stderr}"),
                None => assert!(code == 0 || code == 1, "`{line}` exited {code}: {stderr}"),
            }
            assert!(!stderr.contains("error"), "`{line}`: {stderr}");
            if !line.contains("--output") {
                assert!(!out.stdout.is_empty(), "`{line}` printed nothing");
            }
            ran += 1;
        }
    }
    assert!(ran >= 8, "only {ran} commands found in the README");
}

#[test]
fn readme_configs_are_valid() {
    let readme = read("README.md");
    let configs = blocks(&section(&readme, "Command line"), "toml");
    assert!(!configs.is_empty());
    let (dir, _) = workspace();
    for (i, toml) in configs.iter().enumerate() {
        let name = format!("readme-{i}.toml");
        std::fs::write(dir.path().join(&name), toml).unwrap();
        let out = Command::new(BIN)
            .args(["check", "--config", &name, "examples/harbour-ferry.md"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_ne!(
            out.status.code(),
            Some(2),
            "{toml}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The `inputs:` names of `action.yml`.
fn action_inputs(action: &str) -> Vec<String> {
    let inputs = &action[action.find("\ninputs:\n").expect("inputs")..];
    let inputs = &inputs[..inputs.find("\noutputs:\n").unwrap_or(inputs.len())];
    inputs
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   ") && l.trim_end().ends_with(':'))
        .map(|l| l.trim().trim_end_matches(':').to_string())
        .collect()
}

#[test]
fn ci_examples_match_the_action_and_the_hooks() {
    let readme = read("README.md");
    let ci = section(&readme, "Use in CI");
    let action = read("action.yml");
    let hooks = read(".pre-commit-hooks.yaml");
    let inputs = action_inputs(&action);
    assert!(
        inputs.contains(&"paths".to_string()) && inputs.contains(&"fail-on".to_string()),
        "{inputs:?}"
    );
    let yaml = blocks(&ci, "yaml");
    assert_eq!(yaml.len(), 2, "a workflow and a pre-commit config");
    // Every `with:` key of the workflow is an input of the action.
    let workflow = &yaml[0];
    assert!(workflow.contains("uses: copydesk/copydesk@"));
    assert!(workflow.contains("security-events: write"));
    let with = &workflow[workflow.find("with:").unwrap() + 5..];
    for line in with.lines().filter(|l| l.contains(':')) {
        let key = line.trim().split(':').next().unwrap();
        assert!(
            inputs.iter().any(|i| i == key),
            "`{key}` is not an input of action.yml"
        );
    }
    // Every hook id of the pre-commit example (commented or not) is a hook.
    for line in yaml[1].lines() {
        if let Some(i) = line.find("- id: ") {
            let id = line[i + 6..].split_whitespace().next().unwrap();
            assert!(hooks.contains(&format!("- id: {id}\n")), "no hook `{id}`");
        }
    }
    // Every option the action and the hooks pass exists.
    let help = Command::new(BIN)
        .args(["check", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    // Only the commands that run copydesk: the install step's curl and cargo have flags of their own.
    let check = check_step(&action);
    for text in [&check, &hooks] {
        for word in text.split(|c: char| c.is_whitespace() || c == '(' || c == ')') {
            if let Some(flag) = word
                .strip_prefix("--")
                .filter(|f| f.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            {
                if ["locked", "quiet", "path", "root", "git"].contains(&flag) {
                    continue; // cargo install's
                }
                assert!(
                    help.contains(&format!("--{flag}")),
                    "--{flag} is not an option of `copydesk check`"
                );
            }
        }
    }
}

/// The shell script of the action's `check` step.
fn check_step(action: &str) -> String {
    step_script(action, "id: check")
}

/// The shell script (`run: |`) of the first step after the line holding `marker`.
fn step_script(action: &str, marker: &str) -> String {
    let at = action.find(marker).expect("the step");
    let run = at + action[at..].find("run: |\n").expect("its run script") + 7;
    let mut script = String::new();
    for line in action[run..].lines() {
        if !line.trim().is_empty() && !line.starts_with("        ") {
            break;
        }
        script.push_str(line.get(8..).unwrap_or(""));
        script.push('\n');
    }
    script
}

#[test]
fn the_action_check_step_writes_sarif_annotations_and_the_exit_code() {
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("skipped: no bash");
        return;
    }
    let script = check_step(&read("action.yml"));
    let (dir, path) = workspace();
    std::fs::write(
        dir.path().join("examples/a file.md"),
        "The pier closed.\n\n\"Nobody told the fishermen about any of it.\"\n",
    )
    .unwrap();
    let output = dir.path().join("github-output");
    let run = |paths: &str, fail_on: &str| {
        std::fs::write(&output, "").unwrap();
        let out = Command::new("bash")
            .args(["-e", "-c", &script])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("GITHUB_OUTPUT", &output)
            .env("COPYDESK_PATHS", paths)
            .env("COPYDESK_STYLE", "")
            .env("COPYDESK_CONFIG", "")
            .env("COPYDESK_FAIL_ON", fail_on)
            .env("COPYDESK_ANNOTATIONS", "true")
            .env("COPYDESK_SARIF", "copydesk.sarif")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8(out.stdout).unwrap(),
            std::fs::read_to_string(&output).unwrap(),
        )
    };
    let (stdout, outputs) = run("examples/harbour-ferry.md\nexamples/", "warning");
    assert_eq!(outputs, "exit-code=1\n");
    assert!(
        stdout.contains("::warning file=examples/harbour-ferry.md,line=16"),
        "{stdout}"
    );
    assert!(
        stdout.contains("::warning file=examples/a file.md,line=3"),
        "{stdout}"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("copydesk.sarif")).unwrap())
            .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(uris.contains(&"examples/a%20file.md"), "{uris:?}");
    let (_, outputs) = run("examples", "never");
    assert_eq!(outputs, "exit-code=0\n");
    let (_, outputs) = run("examples/missing.md", "warning");
    assert_eq!(outputs, "exit-code=2\n");
}

/// The `if:` condition of the step whose `name:` starts with `name`.
fn step_condition(action: &str, name: &str) -> String {
    let at = action
        .find(&format!("- name: {name}"))
        .unwrap_or_else(|| panic!("no step {name}"));
    let rest = &action[at..];
    let line = rest.lines().find(|l| l.trim().starts_with("if:")).unwrap();
    line.trim().to_string()
}

#[test]
fn the_action_downloads_the_release_and_builds_only_with_install_source() {
    let action = read("action.yml");
    assert!(action_inputs(&action).contains(&"install".to_string()));
    let default = &action[action.find("\n  install:\n").unwrap()..];
    let default = default.lines().find(|l| l.contains("default:")).unwrap();
    assert_eq!(default.trim(), "default: release");
    // cargo runs in one step only, and that step runs only with `install: source`.
    let cargo_steps: Vec<&str> = action
        .split("\n    - name: ")
        .skip(1)
        .filter(|s| s.contains("cargo "))
        .collect();
    assert_eq!(cargo_steps.len(), 1, "{cargo_steps:?}");
    assert!(cargo_steps[0].contains("if: ${{ inputs.install == 'source' }}"));
    let release = step_condition(&action, "Install copydesk (release binary)");
    assert!(
        release.contains("'release'") && release.contains("'true'"),
        "{release}"
    );
}

/// A fake release for the action's download step: the archive of a `copydesk` script that
/// prints a version, and its `.sha256` (as the release workflow writes them).
fn fake_release(dir: &Path, target: &str, tamper: bool) {
    let name = format!("copydesk-{target}");
    let stage = dir.join("stage").join(&name);
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::write(
        stage.join("copydesk"),
        "#!/bin/sh\necho 'copydesk 9.9.9 (fake)'\n",
    )
    .unwrap();
    std::fs::write(stage.join("README.md"), "readme\n").unwrap();
    let release = dir.join("release");
    std::fs::create_dir_all(&release).unwrap();
    let archive = format!("{name}.tar.gz");
    let script = format!(
        "chmod +x stage/{name}/copydesk && tar -C stage -czf release/{archive} {name} && \
         (cd release && sha256sum {archive} > {archive}.sha256)"
    );
    let ok = Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(ok.success());
    if tamper {
        let mut bytes = std::fs::read(release.join(&archive)).unwrap();
        bytes.push(0);
        std::fs::write(release.join(&archive), bytes).unwrap();
    }
}

#[test]
fn the_action_install_step_checks_the_sha256_and_puts_copydesk_on_path() {
    let tools = ["bash", "curl", "sha256sum", "tar"];
    if let Some(t) = tools
        .iter()
        .find(|t| Command::new(t).arg("--version").output().is_err())
    {
        eprintln!("skipped: no {t}");
        return;
    }
    let script = step_script(
        &read("action.yml"),
        "- name: Install copydesk (release binary)",
    );
    let run = |arch: &str, tamper: bool| {
        let dir = tempfile::tempdir().unwrap();
        let target = match arch {
            "ARM64" => "aarch64-unknown-linux-musl",
            _ => "x86_64-unknown-linux-musl",
        };
        fake_release(dir.path(), target, tamper);
        let temp = dir.path().join("runner-temp");
        std::fs::create_dir_all(&temp).unwrap();
        let github_path = dir.path().join("github-path");
        std::fs::write(&github_path, "").unwrap();
        let out = Command::new("bash")
            .args(["-c", &script])
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", arch)
            .env("RUNNER_TEMP", &temp)
            .env("GITHUB_PATH", &github_path)
            .env("COPYDESK_VERSION", "")
            .env("COPYDESK_ACTION_REF", "main")
            .env("COPYDESK_ACTION_REPO", "copydesk/copydesk")
            .env(
                "COPYDESK_DOWNLOAD_URL",
                format!("file://{}", dir.path().join("release").display()),
            )
            .output()
            .unwrap();
        let log = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let path = std::fs::read_to_string(&github_path).unwrap();
        (out.status.success(), log, path, temp, dir)
    };
    for arch in ["X64", "ARM64"] {
        let (ok, log, path, temp, _dir) = run(arch, false);
        assert!(ok, "{log}");
        assert!(
            log.contains("SHA-256") && log.contains("copydesk 9.9.9 (fake)"),
            "{log}"
        );
        let bin = temp.join("copydesk/bin");
        assert_eq!(path.trim(), bin.display().to_string());
        assert!(bin.join("copydesk").is_file());
    }
    let (ok, log, path, _, _dir) = run("X64", true);
    assert!(!ok, "a tampered archive was accepted: {log}");
    assert!(log.contains("::error::copydesk: the SHA-256"), "{log}");
    assert!(path.is_empty(), "{path}");
}
