//! What the page shows, as plain state: the start page, a question (perhaps with its error), an
//! outcome the answers reached, or an outcome opened directly by its ID.
//!
//! The Yew app holds one [`Session`] and renders [`Session::page`]; every click becomes one of the
//! methods here. Keeping it out of the app means it is tested natively, like the graph.

use super::error::Error;
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    Start,
    Journey,
    Linked(Outcome),
}

/// The person's session: which screen, the journey, and whether an error is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    screen: Screen,
    journey: Journey,
    error: bool,
}

impl Session {
    pub fn new(flow: &'static Flow) -> Self {
        Session {
            screen: Screen::Start,
            journey: Journey::new(flow),
            error: false,
        }
    }

    /// A session showing `outcome` because a link named it, as a setting's policy may.
    pub fn linked(flow: &'static Flow, outcome: Outcome) -> Self {
        Session {
            screen: Screen::Linked(outcome),
            ..Session::new(flow)
        }
    }

    pub fn page(&self) -> Page {
        match self.screen {
            Screen::Start => Page::Start,
            Screen::Linked(outcome) => Page::Linked(outcome),
            Screen::Journey => match self.journey.current() {
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

    /// The step the person is on: 0 for the start page or a linked outcome, then one more for
    /// each question answered. The browser's history entries carry this number and nothing else.
    pub fn step(&self) -> usize {
        match self.screen {
            Screen::Start | Screen::Linked(_) => 0,
            Screen::Journey => 1 + self.journey.depth(),
        }
    }

    /// Begins the questions, from the start page or a linked outcome.
    pub fn start(&mut self) {
        self.screen = Screen::Journey;
        self.error = false;
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

    /// Goes to `step`, as the browser's Back and Forward buttons do. Going back keeps the
    /// answers to pre-fill; going forward replays them, and stops where there is none.
    pub fn go_to_step(&mut self, step: usize) {
        self.error = false;
        if step == 0 {
            if self.screen == Screen::Journey {
                self.screen = Screen::Start;
            }
            while self.journey.back() {}
            return;
        }
        self.screen = Screen::Journey;
        let answered = step - 1;
        while self.journey.depth() > answered && self.journey.back() {}
        while self.journey.depth() < answered {
            let Node::Question(question) = self.journey.current() else {
                break;
            };
            let Some(answer) = self.journey.remembered(question) else {
                break;
            };
            if self.journey.answer(answer).is_err() {
                break;
            }
        }
    }

    /// Returns to `question` to change its answer (a Change link in the summary).
    pub fn change(&mut self, question: Question) -> Result<(), Error> {
        self.journey.change(question)?;
        self.screen = Screen::Journey;
        self.error = false;
        Ok(())
    }

    /// Forgets every answer and shows the start page.
    pub fn start_again(&mut self) {
        *self = Session::new(self.journey.flow());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::public::PUBLIC;

    fn question(question: Question, error: bool, prefill: Option<&'static str>) -> Page {
        Page::Question {
            question,
            error,
            prefill,
        }
    }

    #[test]
    fn continue_with_nothing_chosen_shows_the_error_until_an_answer_is_chosen() {
        let mut session = Session::new(&PUBLIC);
        session.start();
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, false, None)
        );
        session.choose(None).unwrap();
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, true, None)
        );
        assert_eq!(session.step(), 1, "an error is not a new step");
        session.choose(Some("no")).unwrap();
        assert_eq!(session.page(), question(Question::WhoAreYou, false, None));
        assert_eq!(session.step(), 2);
    }

    #[test]
    fn browser_back_prefills_and_forward_replays_the_remembered_answers() {
        let mut session = Session::new(&PUBLIC);
        session.start();
        for answer in ["no", "someone-else", "harm-by-worker"] {
            session.choose(Some(answer)).unwrap();
        }
        assert_eq!(session.step(), 4);
        session.go_to_step(2);
        assert_eq!(
            session.page(),
            question(Question::WhoAreYou, false, Some("someone-else"))
        );
        session.go_to_step(4);
        assert!(matches!(
            session.page(),
            Page::Outcome {
                outcome: Outcome::TellLado,
                ..
            }
        ));
        session.go_to_step(0);
        assert_eq!(session.page(), Page::Start);
        session.go_to_step(1);
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, false, Some("no"))
        );
    }

    #[test]
    fn forward_stops_where_nothing_is_remembered() {
        let mut session = Session::new(&PUBLIC);
        session.start();
        session.choose(Some("no")).unwrap();
        session.go_to_step(5);
        assert_eq!(session.page(), question(Question::WhoAreYou, false, None));
        assert_eq!(session.step(), 2);
    }

    #[test]
    fn the_outcome_page_lists_only_the_answers_on_the_route() {
        let mut session = Session::new(&PUBLIC);
        session.start();
        for answer in ["no", "someone-else", "quality-of-service", "cafcass"] {
            session.choose(Some(answer)).unwrap();
        }
        session.change(Question::WhoAreYou).unwrap();
        session.choose(Some("child-or-young-person")).unwrap();
        let Page::Outcome { outcome, answers } = session.page() else {
            panic!("no outcome")
        };
        assert_eq!(outcome, Outcome::Childline);
        let ids: Vec<&str> = answers.iter().map(|a| a.id()).collect();
        assert_eq!(ids, ["no", "child-or-young-person"]);
    }

    #[test]
    fn a_linked_outcome_shows_no_answers_and_offers_the_questions() {
        let mut session = Session::linked(&PUBLIC, Outcome::ContactOfsted);
        assert_eq!(session.page(), Page::Linked(Outcome::ContactOfsted));
        assert_eq!(session.step(), 0);
        session.start();
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, false, None)
        );
    }

    #[test]
    fn start_again_forgets_every_answer() {
        let mut session = Session::new(&PUBLIC);
        session.start();
        session.choose(Some("no")).unwrap();
        session.choose(Some("someone-else")).unwrap();
        session.start_again();
        assert_eq!(session, Session::new(&PUBLIC));
        session.go_to_step(3);
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, false, None)
        );
    }
}
