//! The names the wasm shares with the page's scripts, `index.html` and the build's hooks
//! (`signpost::shared_names`) are used on both sides: in each file outside the wasm the list
//! gives, and in the Rust only through their constants, so that a rename in one place fails here.

use signpost::shared_names::USED_OUTSIDE_THE_WASM;
use std::path::{Path, PathBuf};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every Rust file under `src/`.
fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn each_shared_name_is_used_outside_the_wasm_where_the_list_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, files) in USED_OUTSIDE_THE_WASM {
        assert!(
            !files.is_empty(),
            "\"{name}\" names no file outside the wasm"
        );
        for file in *files {
            assert!(
                read(&root.join(file)).contains(name),
                "{file} does not use \"{name}\": shared_names.rs and it disagree"
            );
        }
    }
}

#[test]
fn the_rust_uses_each_shared_name_only_through_its_constant() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = read(&root.join("src/shared_names.rs"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for (name, _) in USED_OUTSIDE_THE_WASM {
        let constant = list
            .lines()
            .find_map(|line| {
                let (left, right) = line.strip_prefix("pub const ")?.split_once(": &str = ")?;
                (right == format!("\"{name}\";")).then_some(left)
            })
            .unwrap_or_else(|| panic!("\"{name}\" is not a constant of shared_names.rs"));
        let mut used = false;
        for file in files
            .iter()
            .filter(|file| !file.ends_with("shared_names.rs"))
        {
            let text = read(file);
            assert!(
                !text.contains(&format!("\"{name}\"")),
                "{} writes \"{name}\" out instead of using shared_names::{constant}",
                file.display()
            );
            // A use is in code: not in a `use` line or a comment.
            used |= text.lines().any(|line| {
                let code = line.trim_start();
                !code.starts_with("use ") && !code.starts_with("//") && code.contains(constant)
            });
        }
        assert!(used, "no Rust file uses shared_names::{constant}");
    }
    // Every constant of the list is in USED_OUTSIDE_THE_WASM.
    let constants = list
        .lines()
        .filter(|line| line.starts_with("pub const ") && line.contains(": &str = "))
        .count();
    assert_eq!(
        constants,
        USED_OUTSIDE_THE_WASM.len(),
        "a shared name has no files listed"
    );
}
