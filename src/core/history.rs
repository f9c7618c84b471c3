//! The browser's history entries that show the tool, and the page each one shows.
//!
//! Each entry the tool makes carries one number and nothing else: its place among the tool's
//! entries, counting from 0 for the entry the tool was opened on. So Back and Forward say only
//! "entry 3", the page for entry 3 is kept here, in memory, and Exit this page knows how far back
//! the tool's first entry is (`src/exit-this-page.js` steps back that number). The numbers always
//! run on with no gap, whatever the person did; `tests/history.rs` proves it against a model of
//! the browser, over every sequence of actions.

use super::entry_page::EntryPage;
use super::public::PUBLIC;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    /// The page each entry shows, by the number the entry carries.
    entries: Vec<EntryPage>,
    /// The entry the browser is on.
    at: usize,
}

impl History {
    /// The tool's history when the page loads showing `entry_page`. `label` is the number the
    /// browser's entry already carries if the tool made it before (a reload, or a return from
    /// another site): the entries before it are the tool's too, and show the start page, because
    /// their pages went with the page that was unloaded.
    pub fn load(entry_page: EntryPage, label: Option<usize>) -> History {
        let at = label.unwrap_or(0);
        let mut entries = vec![EntryPage::new(&PUBLIC); at];
        entries.push(entry_page);
        History { entries, at }
    }

    /// The page the browser's entry shows.
    pub fn entry_page(&self) -> &EntryPage {
        &self.entries[self.at]
    }

    /// The number of the entry the browser is on.
    pub fn at(&self) -> usize {
        self.at
    }

    /// A new page, on a new entry after this one. The entries ahead are dropped, as the browser
    /// drops them.
    pub fn push(&mut self, entry_page: EntryPage) {
        self.entries.truncate(self.at + 1);
        self.entries.push(entry_page);
        self.at += 1;
    }

    /// The entry the browser is on shows `entry_page` instead (an error message, or a link to the
    /// address the page already had, which the browser follows without a new entry).
    pub fn replace(&mut self, entry_page: EntryPage) {
        self.entries[self.at] = entry_page;
    }

    /// The browser moved to the entry numbered `label` (Back or Forward). An entry the tool
    /// does not know (made before a reload) shows the start page.
    pub fn go_to(&mut self, label: usize) {
        let previous = self.entry_page().clone();
        if label >= self.entries.len() {
            self.entries.resize(label + 1, EntryPage::new(&PUBLIC));
        }
        self.entries[label] = self.entries[label].returned_to_from(&previous);
        self.at = label;
    }

    /// Every entry forgets its page and shows the start page (Start again).
    pub fn forget(&mut self) {
        self.entries.fill(EntryPage::new(&PUBLIC));
    }
}

/// What the browser's history must do so that the entry it is on carries the number of the
/// entry [`History`] is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryWrite {
    Nothing,
    /// Write the number on the entry the browser is on: the page has just loaded, or a link
    /// made an entry (or replaced one) with no number.
    Label(usize),
    /// Add an entry for each number from `from` to `to`: the person went on to a new page. It
    /// is one entry unless the app showed two new pages before the browser was told.
    Push {
        from: usize,
        to: usize,
    },
}

/// What to do when the browser's entry carries `label` and the history is on entry `at`.
pub fn history_write(label: Option<usize>, at: usize) -> HistoryWrite {
    match label {
        Some(label) if label == at => HistoryWrite::Nothing,
        Some(label) if label < at => HistoryWrite::Push {
            from: label + 1,
            to: at,
        },
        _ => HistoryWrite::Label(at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_is_told_to_label_push_or_do_nothing() {
        assert_eq!(history_write(None, 0), HistoryWrite::Label(0));
        assert_eq!(history_write(None, 4), HistoryWrite::Label(4));
        assert_eq!(history_write(Some(3), 3), HistoryWrite::Nothing);
        assert_eq!(
            history_write(Some(3), 4),
            HistoryWrite::Push { from: 4, to: 4 }
        );
        assert_eq!(
            history_write(Some(2), 4),
            HistoryWrite::Push { from: 3, to: 4 }
        );
    }

    #[test]
    fn a_reloaded_page_knows_the_entries_before_it_as_start_pages() {
        let mut entry_page = EntryPage::new(&PUBLIC);
        entry_page.start(&PUBLIC);
        let mut history = History::load(entry_page.clone(), Some(2));
        assert_eq!(history.at(), 2);
        assert_eq!(history.entry_page(), &entry_page);
        history.go_to(0);
        assert_eq!(history.entry_page(), &EntryPage::new(&PUBLIC));
    }
}
