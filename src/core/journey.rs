//! One person's way through a flow: the answers they have given, and nothing else.

use super::error::Error;
use super::graph::{Answer, Flow, Node};
use super::ids::Question;

/// The answers a person has given in one flow.
///
/// `route` holds the answers that lead from the first question to where the person is now, in
/// order; where they are is always worked out from it ([`Journey::current`]). Answers taken off
/// the route by going back or changing an earlier answer move to `remembered`, so the question
/// is pre-filled if the person comes to it again; they never show in the summary.
///
/// Nothing here is ever written anywhere: it lives in memory and is gone with the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    flow: &'static Flow,
    route: Vec<Answer>,
    /// At most one answer per question. A short list rather than a map: a journey asks a few
    /// questions, and a map type would add its code to the wasm for nothing.
    remembered: Vec<Answer>,
}

impl Journey {
    pub fn new(flow: &'static Flow) -> Self {
        Journey {
            flow,
            route: Vec::new(),
            remembered: Vec::new(),
        }
    }

    pub fn flow(&self) -> &'static Flow {
        self.flow
    }

    /// Where the answers lead: the next question to ask, or the outcome.
    pub fn current(&self) -> Node {
        // Not `expect`: that would format the error with `Debug`, which costs the wasm bytes
        // for a message no one can see.
        match self.flow.follow(&self.route) {
            Ok(node) => node,
            Err(_) => unreachable!("the route only ever holds answers accepted in order"),
        }
    }

    /// Answers the current question with `answer_id`.
    pub fn answer(&mut self, answer_id: &str) -> Result<Node, Error> {
        let question = match self.current() {
            Node::Question(question) => question,
            Node::Outcome(outcome) => {
                return Err(Error::PastOutcome {
                    outcome,
                    answer: answer_id.to_owned(),
                });
            }
        };
        let answer = self.flow.answer(question, answer_id)?;
        self.forget(question);
        self.route.push(answer);
        Ok(self.current())
    }

    /// Steps back to the question answered last, keeping its answer to pre-fill. Returns false
    /// when there was nothing to go back from (the person is at the first question).
    pub fn back(&mut self) -> bool {
        match self.route.pop() {
            Some(answer) => {
                self.remember(answer);
                true
            }
            None => false,
        }
    }

    /// Returns to `question` so its answer can be changed. The answers from there on leave the
    /// route but are remembered, to pre-fill the questions if the new route passes them again.
    pub fn change(&mut self, question: Question) -> Result<(), Error> {
        let position = self
            .route
            .iter()
            .position(|answer| answer.question() == question)
            .ok_or(Error::NotOnRoute { question })?;
        for answer in self.route.split_off(position) {
            self.remember(answer);
        }
        Ok(())
    }

    /// Remembers the answers `newer` gave in this flow to questions off this route, so they
    /// pre-fill if the person comes to those questions again: the browser's Back returns to an
    /// earlier page, whose journey had not yet heard them.
    pub fn recall(&mut self, newer: &Journey) {
        if newer.flow != self.flow {
            return;
        }
        for answer in newer.remembered.iter().chain(&newer.route) {
            let question = answer.question();
            if !self.route.iter().any(|on| on.question() == question) {
                self.remember(*answer);
            }
        }
    }

    /// The answers that lead to where the person is now, in the order given: the summary.
    pub fn answers(&self) -> &[Answer] {
        &self.route
    }

    /// How many questions have been answered on the route: the step the person is on.
    pub fn depth(&self) -> usize {
        self.route.len()
    }

    /// The answer to pre-fill for `question`: the one given before the person went back.
    pub fn remembered(&self, question: Question) -> Option<&'static str> {
        self.remembered
            .iter()
            .find(|answer| answer.question() == question)
            .map(|answer| answer.id())
    }

    fn remember(&mut self, answer: Answer) {
        self.forget(answer.question());
        self.remembered.push(answer);
    }

    fn forget(&mut self, question: Question) {
        self.remembered
            .retain(|answer| answer.question() != question);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Outcome, public::PUBLIC};

    fn journey(answers: &[&str]) -> Journey {
        let mut journey = Journey::new(&PUBLIC);
        for answer in answers {
            journey.answer(answer).unwrap();
        }
        journey
    }

    fn summary(journey: &Journey) -> Vec<(&'static str, &'static str)> {
        journey
            .answers()
            .iter()
            .map(|a| (a.question().id(), a.id()))
            .collect()
    }

    #[test]
    fn starts_at_the_danger_question_with_nothing_answered() {
        let journey = Journey::new(&PUBLIC);
        assert_eq!(journey.current(), Node::Question(Question::ImmediateDanger));
        assert!(journey.answers().is_empty());
    }

    #[test]
    fn an_answer_the_question_does_not_offer_is_refused_and_changes_nothing() {
        let mut journey = journey(&["no"]);
        let error = journey.answer("teacher").unwrap_err();
        assert_eq!(
            error.to_string(),
            "question `who-are-you` has no answer `teacher`; expected one of: \
             child-or-young-person, worker-at-service, harmed-as-a-child, someone-else"
        );
        assert_eq!(journey, self::journey(&["no"]));
    }

    #[test]
    fn nothing_can_be_answered_after_the_outcome() {
        let mut journey = journey(&["yes"]);
        assert_eq!(journey.current(), Node::Outcome(Outcome::Call999));
        assert!(matches!(
            journey.answer("no"),
            Err(Error::PastOutcome { .. })
        ));
    }

    #[test]
    fn back_returns_to_the_last_question_and_prefills_it() {
        let mut journey = journey(&["no", "someone-else"]);
        assert!(journey.back());
        assert_eq!(journey.current(), Node::Question(Question::WhoAreYou));
        assert_eq!(
            journey.remembered(Question::WhoAreYou),
            Some("someone-else")
        );
        assert_eq!(summary(&journey), [("immediate-danger", "no")]);
        assert!(journey.back());
        assert!(
            !journey.back(),
            "there is nothing before the first question"
        );
    }

    #[test]
    fn changing_an_earlier_answer_keeps_later_ones_to_prefill_but_not_in_the_summary() {
        let mut journey = journey(&["no", "someone-else", "quality-of-service", "regulated-care"]);
        journey.change(Question::WhoAreYou).unwrap();
        assert_eq!(journey.current(), Node::Question(Question::WhoAreYou));
        assert_eq!(summary(&journey), [("immediate-danger", "no")]);
        assert_eq!(
            journey.remembered(Question::WhatIsTheWorry),
            Some("quality-of-service")
        );

        journey.answer("worker-at-service").unwrap();
        journey.answer("employment").unwrap();
        assert_eq!(
            journey.current(),
            Node::Outcome(Outcome::OwnGrievancePolicy)
        );
        assert_eq!(
            summary(&journey),
            [
                ("immediate-danger", "no"),
                ("who-are-you", "worker-at-service"),
                ("worker-concern", "employment")
            ],
            "answers off the new route are left out of the summary"
        );
        assert_eq!(
            journey.remembered(Question::WhichService),
            Some("regulated-care")
        );
    }

    #[test]
    fn a_question_not_on_the_route_cannot_be_changed() {
        let mut journey = journey(&["no", "child-or-young-person"]);
        assert_eq!(
            journey.change(Question::WorkerConcern),
            Err(Error::NotOnRoute {
                question: Question::WorkerConcern
            })
        );
    }

    #[test]
    fn answering_again_replaces_the_remembered_answer() {
        let mut journey = journey(&["no", "someone-else"]);
        journey.back();
        journey.answer("child-or-young-person").unwrap();
        assert_eq!(journey.remembered(Question::WhoAreYou), None);
    }

    #[test]
    fn recall_remembers_later_answers_off_the_route_and_leaves_the_route_alone() {
        let newer = journey(&["no", "someone-else", "harm-by-worker"]);
        let mut earlier = journey(&["no"]);
        earlier.recall(&newer);
        assert_eq!(summary(&earlier), [("immediate-danger", "no")]);
        assert_eq!(
            earlier.remembered(Question::WhoAreYou),
            Some("someone-else")
        );
        assert_eq!(
            earlier.remembered(Question::WhatIsTheWorry),
            Some("harm-by-worker")
        );
        assert_eq!(earlier.remembered(Question::ImmediateDanger), None);
    }

    #[test]
    fn recall_ignores_another_flow() {
        let mut newer = Journey::new(&crate::core::setting::SETTING);
        newer.answer("no").unwrap();
        let mut earlier = Journey::new(&PUBLIC);
        earlier.recall(&newer);
        assert_eq!(earlier, Journey::new(&PUBLIC));
    }
}
