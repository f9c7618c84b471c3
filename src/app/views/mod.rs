//! The app's pages and the parts they share, as Yew components: each renders what the core's
//! state says and turns a click into an action; none touches the browser but through
//! `app::browser`.

pub mod find_council;
pub mod glossary_page;
pub mod layout;
pub mod next_steps;
pub mod outcome_page;
pub mod procedure;
pub mod question_page;
pub mod set_up_page;
pub mod start_page;
