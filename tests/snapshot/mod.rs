//! Committed snapshots: whole outputs kept in files, so a change is a diff to review. A test
//! fails with the lines that changed; `UPDATE_SNAPSHOTS=1 cargo test` writes the new output,
//! and `git diff` then shows exactly what changed.

use std::path::{Path, PathBuf};

/// The path of a snapshot, under `tests/snapshots/`.
pub fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name)
}

/// Whether this run writes snapshots instead of checking them.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_SNAPSHOTS").is_some()
}

/// Checks `actual` against the snapshot in `file`, or writes it there when updating. Returns a
/// message naming the file and showing the changed lines, or nothing when they match.
pub fn compare(file: &Path, actual: &str) -> Option<String> {
    if updating() {
        std::fs::create_dir_all(file.parent().expect("a snapshot is in a folder")).unwrap();
        std::fs::write(file, actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(file).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{} differs from what the content now gives (- snapshot, + now):\n{}",
            file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(file)
                .display(),
            diff(&expected, actual)
        )
    })
}

/// Fails with every snapshot that differs, and how to accept them.
#[track_caller]
pub fn assert_all_match(differences: &[String]) {
    assert!(
        differences.is_empty(),
        "{}\n\n{} snapshot(s) differ. If the change is intended, run \
         `UPDATE_SNAPSHOTS=1 cargo test` and review `git diff tests/snapshots`.",
        differences.join("\n"),
        differences.len()
    );
}

/// The lines that differ, with a line of context either side: `-` for the snapshot's, `+` for
/// the new output's. A longest-common-subsequence diff, small enough for pages of text.
pub fn diff(old: &str, new: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // common[i][j]: the longest common run of old[i..] and new[j..].
    let mut common = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let mut lines = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            lines.push((' ', old[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            lines.push(('-', old[i]));
            i += 1;
        } else {
            lines.push(('+', new[j]));
            j += 1;
        }
    }
    let changed = |at: usize| lines.get(at).is_some_and(|(mark, _)| *mark != ' ');
    lines
        .iter()
        .enumerate()
        .filter(|(at, _)| changed(*at) || changed(at + 1) || (*at > 0 && changed(at - 1)))
        .map(|(_, (mark, line))| format!("{mark} {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}
