//! What the page shows, as plain state: the start page, a question (perhaps with its error), an
//! outcome the answers reached, an outcome opened directly by its ID, or the glossary.
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
    /// What the outcomes of an allegation investigation mean.
    Glossary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    Start,
    Journey,
    Linked(Outcome),
    Glossary,
}

/// The person's session: which screen, the journey, and whether an error is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    screen: Screen,
    journey: Journey,
    error: bool,
    /// Where the person was when a link took them aside, to one of the settings' checks or the
    /// glossary: the browser's Back button returns them there, answers and all.
    came_from: Option<Box<Session>>,
}

impl Session {
    /// A session on the start page; `flow` is the journey until the person picks another.
    pub fn new(flow: &'static Flow) -> Self {
        Session {
            screen: Screen::Start,
            journey: Journey::new(flow),
            error: false,
            came_from: None,
        }
    }

    /// Shows `outcome` because a link named it, as a setting's policy may. The questions it then
    /// offers are those of the first flow that reaches it, unless the current one does.
    pub fn link(&mut self, outcome: Outcome) {
        let reaches = |flow: &Flow| flow.outcomes().any(|reached| reached == outcome);
        if !reaches(self.journey.flow())
            && let Some(flow) = super::FLOWS.iter().copied().find(|flow| reaches(flow))
        {
            self.journey = Journey::new(flow);
        }
        self.screen = Screen::Linked(outcome);
        self.error = false;
    }

    /// Shows the glossary. From any page but the start, the page left is kept to return to.
    pub fn show_glossary(&mut self) {
        if self.screen != Screen::Glossary {
            self.step_aside();
            self.screen = Screen::Glossary;
            self.error = false;
        }
    }

    /// Keeps the page the person is on to return to, unless it is the start page.
    fn step_aside(&mut self) {
        if self.screen != Screen::Start {
            self.came_from = Some(Box::new(self.clone()));
        }
    }

    pub fn page(&self) -> Page {
        match self.screen {
            Screen::Start => Page::Start,
            Screen::Linked(outcome) => Page::Linked(outcome),
            Screen::Glossary => Page::Glossary,
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
    /// each question answered; a page taken aside to continues from the step it was left at.
    /// The browser's history entries carry this number and nothing else.
    pub fn step(&self) -> usize {
        let left_at = self.came_from.as_ref().map(|from| from.step());
        match (&self.screen, left_at) {
            (Screen::Start | Screen::Linked(_), _) | (Screen::Glossary, None) => 0,
            (Screen::Glossary, Some(left_at)) => left_at + 1,
            (Screen::Journey, left_at) => left_at.unwrap_or(0) + 1 + self.journey.depth(),
        }
    }

    /// Begins the questions of `flow`, from the start page, a link or a linked outcome. The
    /// answers already given are kept if it is the flow already under way; another flow opened
    /// from a page other than the start keeps that page to return to.
    pub fn start(&mut self, flow: &'static Flow) {
        if self.journey.flow() != flow {
            self.step_aside();
            self.journey = Journey::new(flow);
        }
        self.screen = Screen::Journey;
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

    /// Goes to `step`, as the browser's Back and Forward buttons do. Going back keeps the
    /// answers to pre-fill, and back past a page taken aside to returns to the page left;
    /// going forward replays the answers, and stops where there is none.
    pub fn go_to_step(&mut self, step: usize) {
        self.error = false;
        if let Some(from) = &self.came_from
            && step <= from.step()
        {
            *self = (**from).clone();
            self.go_to_step(step);
            return;
        }
        let left_at = self.came_from.as_ref().map(|from| from.step());
        if self.screen == Screen::Glossary && left_at.is_some() {
            return;
        }
        if step == 0 {
            if self.screen == Screen::Journey {
                self.screen = Screen::Start;
            }
            while self.journey.back() {}
            return;
        }
        self.screen = Screen::Journey;
        let answered = step - 1 - left_at.unwrap_or(0);
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
        *self = Session::new(&super::public::PUBLIC);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::public::PUBLIC;
    use crate::core::setting::SETTING;
    use crate::core::which_lado::WHICH_LADO;

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
        session.start(&PUBLIC);
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
        session.start(&PUBLIC);
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
        session.start(&PUBLIC);
        session.choose(Some("no")).unwrap();
        session.go_to_step(5);
        assert_eq!(session.page(), question(Question::WhoAreYou, false, None));
        assert_eq!(session.step(), 2);
    }

    #[test]
    fn the_outcome_page_lists_only_the_answers_on_the_route() {
        let mut session = Session::new(&PUBLIC);
        session.start(&PUBLIC);
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
    fn a_linked_outcome_shows_no_answers_and_offers_the_questions_that_reach_it() {
        let mut session = Session::new(&PUBLIC);
        session.link(Outcome::ContactOfsted);
        assert_eq!(session.page(), Page::Linked(Outcome::ContactOfsted));
        assert_eq!(session.step(), 0);
        assert_eq!(session.flow().id, "public");

        session.link(Outcome::DbsReferralRequired);
        assert_eq!(session.flow().id, "dbs-referral");
        session.start(session.flow());
        assert!(matches!(session.page(), Page::Question { .. }));
    }

    #[test]
    fn the_glossary_keeps_the_journey_to_return_to() {
        let mut session = Session::new(&SETTING);
        session.start(&SETTING);
        session.choose(Some("no")).unwrap();
        session.show_glossary();
        assert_eq!(session.page(), Page::Glossary);
        session.go_to_step(2);
        assert_eq!(session.flow().id, "setting");
        assert_eq!(session.step(), 2, "back from the glossary to the question");
    }

    #[test]
    fn back_from_a_check_opened_on_an_outcome_returns_to_that_outcome() {
        let mut session = Session::new(&PUBLIC);
        session.start(&SETTING);
        for answer in ["no", "allegation", "no", "not-yet"] {
            session.choose(Some(answer)).unwrap();
        }
        let outcome = session.page();
        assert!(matches!(
            outcome,
            Page::Outcome {
                outcome: Outcome::ReportToLado,
                ..
            }
        ));
        assert_eq!(session.step(), 5);

        session.start(&WHICH_LADO);
        assert_eq!(session.step(), 6, "the check continues the history");
        session
            .choose(Some(WHICH_LADO.questions[0].branches[0].answer))
            .unwrap();
        assert_eq!(session.step(), 7);
        session.go_to_step(6);
        assert_eq!(session.flow().id, "which-lado");
        session.go_to_step(5);
        assert_eq!(
            session.page(),
            outcome,
            "back to the outcome, answers and all"
        );
        session.go_to_step(4);
        assert!(matches!(session.page(), Page::Question { .. }));
        assert_eq!(session.flow().id, "setting");
    }

    #[test]
    fn back_from_the_glossary_returns_to_the_page_left() {
        let mut session = Session::new(&PUBLIC);
        session.start(&SETTING);
        session.choose(Some("no")).unwrap();
        session.show_glossary();
        assert_eq!(session.step(), 3);
        session.go_to_step(2);
        assert_eq!(
            session.page(),
            question(Question::SettingConcern, false, None)
        );
    }

    #[test]
    fn starting_another_flow_from_the_start_page_begins_afresh() {
        let mut session = Session::new(&PUBLIC);
        session.start(&PUBLIC);
        session.choose(Some("no")).unwrap();
        session.go_to_step(0);
        session.start(&SETTING);
        assert_eq!(session.flow().id, "setting");
        assert_eq!(session.step(), 1);
        assert_eq!(
            session.page(),
            question(Question::ImmediateDanger, false, None)
        );
        session.go_to_step(0);
        assert_eq!(session.page(), Page::Start, "nothing aside to return to");
    }

    #[test]
    fn start_again_forgets_every_answer() {
        let mut session = Session::new(&PUBLIC);
        session.start(&PUBLIC);
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
