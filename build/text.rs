//! The rules for text in a content file, so that what a writer types is what a person reads.
//!
//! Long text may be wrapped over several lines inside `"""`: each line break reads as one space,
//! and indentation is ignored. Anything else that would put stray white space on a page (two
//! spaces in a row, a space at the start or end, a tab, a blank line inside one text) fails the
//! build. A backslash fails too: in TOML it starts an escape, and a lost one is how 34 spaces
//! once got into a button. So does `<` or `>`: the words are text, never markup, wherever the
//! app or `index.html` puts them.

/// Problems with a file as it was typed, before it is read as TOML: backslashes, tabs and
/// spaces at the ends of lines, each with its line number.
pub fn check_raw(source: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.contains('\\') {
            problems.push(format!(
                "line {number}: a backslash; write the text without one (no escapes are needed)"
            ));
        }
        if line.contains('\t') {
            problems.push(format!("line {number}: a tab; use spaces"));
        }
        if line.ends_with(' ') {
            problems.push(format!("line {number}: spaces at the end of the line"));
        }
    }
    problems
}

/// The text as a person reads it: wrapped lines joined with one space. An error says what is
/// wrong in words a writer can act on.
pub fn fold(value: &str) -> Result<String, String> {
    let text = if value.contains('\n') {
        let lines: Vec<&str> = value.lines().map(str::trim).collect();
        // The closing quotes on a line of their own leave an empty last line.
        let lines = match lines.split_last() {
            Some((&"", rest)) => rest,
            _ => &lines[..],
        };
        if lines.iter().any(|line| line.is_empty()) {
            return Err(
                "a blank line inside one text; for several paragraphs or items, make a list"
                    .to_owned(),
            );
        }
        lines.join(" ")
    } else {
        value.to_owned()
    };
    if text.is_empty() {
        return Err("empty; write the text, or leave the field out where it is optional".into());
    }
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        return Err(format!("a space at the start or end of \"{text}\""));
    }
    if text.contains("  ") {
        return Err(format!("two spaces in a row in \"{text}\""));
    }
    if text.contains(['<', '>']) {
        return Err(format!("a < or > in \"{text}\"; write words, not markup"));
    }
    if text.chars().any(char::is_control) {
        return Err(format!("a control character in \"{text}\""));
    }
    Ok(text)
}
