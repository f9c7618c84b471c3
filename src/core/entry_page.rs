//! What the page of one history entry shows, as plain state: the start page, a question (perhaps
//! with its error), an outcome the answers reached, an outcome opened directly by its ID, the
//! glossary or the set-up page.
//!
//! The core's [`History`](super::History) keeps one [`EntryPage`] for each of the tool's history
//! entries, and the app renders the one on show ([`EntryPage::page`]); every click becomes one of
//! the methods here. Keeping it out of the app means it is tested natively, like the graph.

use super::error::Error;
use super::flows::FLOWS;
use super::graph::{Answer, Flow, Node};
use super::ids::{Outcome, Question};
use super::journey::Journey;

/// One page the app can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Question {
        question: Question,
        /// Continue was pressed with nothing chosen.
        error: bool,
        /// The answer to pre-select, given before the person went back.
        prefill: Option<&'static str>,
    },
    Outcome {
        outcome: Outcome,
        answers: Vec<Answer>,
    },
    /// An outcome opened by its ID in the URL fragment, without any answers.
    Linked(Outcome),
    /// What the outcomes of an allegation investigation mean.
    Glossary,
    /// Where a setting puts Signpost, with its own contacts, on its website.
    SetUp,
}

/// Which kind of page an entry shows; a journey's page (a question or its outcome) is worked out
/// from its answers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum PageKind {
    Start,
    Journey,
    Linked(Outcome),
    Glossary,
    SetUp,
}

/// What the page of one history entry shows: which kind of page, the journey, and whether an error
/// is showing. The browser's history keeps one per entry ([`History`](super::History)), so Back returns to
/// a page as it was, answers and all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryPage {
    kind: PageKind,
    journey: Journey,
    error: bool,
}

impl EntryPage {
    /// The start page; `flow` is the journey until the person picks another.
    pub fn new(flow: &'static Flow) -> Self {
        EntryPage {
            kind: PageKind::Start,
            journey: Journey::new(flow),
            error: false,
        }
    }

    /// Shows `outcome` because a link named it, as a setting's policy may. The questions it then
    /// offers are those of the first flow that reaches it, unless the current one does.
    pub fn link(&mut self, outcome: Outcome) {
        let reaches = |flow: &Flow| flow.outcomes().any(|reached| reached == outcome);
        if !reaches(self.journey.flow())
            && let Some(flow) = FLOWS.iter().copied().find(|flow| reaches(flow))
        {
            self.journey = Journey::new(flow);
        }
        self.kind = PageKind::Linked(outcome);
        self.error = false;
    }

    /// Shows the glossary; the journey is kept.
    pub fn show_glossary(&mut self) {
        self.kind = PageKind::Glossary;
        self.error = false;
    }

    /// Shows the set-up page for a setting's website; the journey is kept.
    pub fn show_set_up(&mut self) {
        self.kind = PageKind::SetUp;
        self.error = false;
    }

    pub fn page(&self) -> Page {
        match self.kind {
            PageKind::Start => Page::Start,
            PageKind::Linked(outcome) => Page::Linked(outcome),
            PageKind::Glossary => Page::Glossary,
            PageKind::SetUp => Page::SetUp,
            PageKind::Journey => match self.journey.current() {
                Node::Question(question) => Page::Question {
                    question,
                    error: self.error,
                    prefill: self.journey.remembered(question),
                },
                Node::Outcome(outcome) => Page::Outcome {
                    outcome,
                    answers: self.journey.answers().to_vec(),
                },
            },
        }
    }

    /// Begins the questions of `flow`, from the start page, a link or a linked outcome. The
    /// answers already given are kept if it is the flow already under way.
    pub fn start(&mut self, flow: &'static Flow) {
        if self.journey.flow() != flow {
            self.journey = Journey::new(flow);
        }
        self.kind = PageKind::Journey;
        self.error = false;
    }

    /// The flow whose questions the person is answering, or would be offered.
    pub fn flow(&self) -> &'static Flow {
        self.journey.flow()
    }

    /// Continue on a question page: `None` when nothing was chosen, which shows the error.
    pub fn choose(&mut self, answer: Option<&str>) -> Result<(), Error> {
        match answer {
            None => {
                self.error = true;
                Ok(())
            }
            Some(answer) => {
                self.journey.answer(answer)?;
                self.error = false;
                Ok(())
            }
        }
    }

    /// Returns to `question` to change its answer (a Change link in the summary).
    pub fn change(&mut self, question: Question) -> Result<(), Error> {
        self.journey.change(question)?;
        self.kind = PageKind::Journey;
        self.error = false;
        Ok(())
    }

    /// This page again, as the browser's Back or Forward returns to it from `previous`: without
    /// an error message (that answered a Continue, not the page), and with the answers `previous`
    /// had given in the same flow remembered, so a question gone back to shows the answer chosen.
    pub fn returned_to_from(&self, previous: &EntryPage) -> EntryPage {
        let mut page = self.clone();
        page.error = false;
        page.journey.recall(&previous.journey);
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::public::PUBLIC;
    use crate::core::setting::SETTING;

    fn question(question: Question, error: bool, prefill: Option<&'static str>) -> Page {
        Page::Question {
            question,
            error,
            prefill,
        }
    }

    #[test]
    fn continue_with_nothing_chosen_shows_the_error_until_an_answer_is_chosen() {
        let mut entry_page = EntryPage::new(&PUBLIC);
        entry_page.start(&PUBLIC);
        assert_eq!(
            entry_page.page(),
            question(Question::ImmediateDanger, false, None)
        );
        entry_page.choose(None).unwrap();
        assert_eq!(
            entry_page.page(),
            question(Question::ImmediateDanger, true, None)
        );
        entry_page.choose(Some("no")).unwrap();
        assert_eq!(
            entry_page.page(),
            question(Question::WhoAreYou, false, None)
        );
    }

    #[test]
    fn a_page_returned_to_shows_the_answers_given_after_it_and_no_error() {
        let mut earlier = EntryPage::new(&PUBLIC);
        earlier.start(&PUBLIC);
        earlier.choose(None).unwrap();
        let mut later = earlier.clone();
        for answer in ["no", "someone-else"] {
            later.choose(Some(answer)).unwrap();
        }
        assert_eq!(
            earlier.returned_to_from(&later).page(),
            question(Question::ImmediateDanger, false, Some("no"))
        );
    }

    #[test]
    fn the_outcome_page_lists_only_the_answers_on_the_route() {
        let mut entry_page = EntryPage::new(&PUBLIC);
        entry_page.start(&PUBLIC);
        for answer in ["no", "someone-else", "quality-of-service", "cafcass"] {
            entry_page.choose(Some(answer)).unwrap();
        }
        entry_page.change(Question::WhoAreYou).unwrap();
        entry_page.choose(Some("child-or-young-person")).unwrap();
        let Page::Outcome { outcome, answers } = entry_page.page() else {
            panic!("no outcome")
        };
        assert_eq!(outcome, Outcome::Childline);
        let ids: Vec<&str> = answers.iter().map(|a| a.id()).collect();
        assert_eq!(ids, ["no", "child-or-young-person"]);
    }

    #[test]
    fn a_linked_outcome_shows_no_answers_and_offers_the_questions_that_reach_it() {
        let mut entry_page = EntryPage::new(&PUBLIC);
        entry_page.link(Outcome::ContactOfsted);
        assert_eq!(entry_page.page(), Page::Linked(Outcome::ContactOfsted));
        assert_eq!(entry_page.flow().id, "public");

        entry_page.link(Outcome::DbsReferralRequired);
        assert_eq!(entry_page.flow().id, "dbs-referral");
        entry_page.start(entry_page.flow());
        assert!(matches!(entry_page.page(), Page::Question { .. }));
    }

    #[test]
    fn starting_another_flow_begins_afresh_and_the_same_flow_goes_on() {
        let mut entry_page = EntryPage::new(&PUBLIC);
        entry_page.start(&PUBLIC);
        entry_page.choose(Some("no")).unwrap();
        entry_page.show_glossary();
        entry_page.start(&PUBLIC);
        assert_eq!(
            entry_page.page(),
            question(Question::WhoAreYou, false, None)
        );
        entry_page.start(&SETTING);
        assert_eq!(entry_page.flow().id, "setting");
        assert_eq!(
            entry_page.page(),
            question(Question::ImmediateDanger, false, None)
        );
    }
}
