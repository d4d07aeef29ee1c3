//! Puts the commit into `copydesk --version`: `copydesk 0.1.0 (1a2b3c4d5 2026-11-30)`.
//!
//! The commit comes from git when the crate is built in its own clone, else from the
//! `COPYDESK_COMMIT` environment variable (a packager's), else there is none and the version
//! stands alone: a build from a crates.io download or a source archive has no `.git`.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=COPYDESK_COMMIT");
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let commit = std::env::var("COPYDESK_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| git_commit(Path::new(&dir)));
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let long = match commit {
        Some(c) => format!("{version} ({})", c.trim()),
        None => version,
    };
    println!("cargo:rustc-env=COPYDESK_LONG_VERSION={long}");
}

/// The output of `git ARGS` run in `dir`, trimmed, when git runs and succeeds.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// `HASH DATE` of HEAD, when `dir` is the top of a git work tree (not a folder that happens to
/// sit inside some other repository, as a vendored copy would).
fn git_commit(dir: &Path) -> Option<String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(Path::new(&top), dir) {
        return None;
    }
    // Rebuild when HEAD moves: HEAD itself, the branch it points to, and packed refs.
    for file in ["HEAD", "packed-refs"] {
        if let Some(p) = git(dir, &["rev-parse", "--git-path", file]) {
            println!("cargo:rerun-if-changed={}", dir.join(p).display());
        }
    }
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        if let Some(p) = git(dir, &["rev-parse", "--git-path", &branch]) {
            println!("cargo:rerun-if-changed={}", dir.join(p).display());
        }
    }
    git(dir, &["log", "-1", "--format=%h %cs", "--abbrev=9"])
}
