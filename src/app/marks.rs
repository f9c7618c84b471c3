//! The performance marks the benchmark (`scripts/bench.mjs`) and the browser tests read, in one
//! place, so that the pages and the browser glue call a named step rather than carry a string,
//! and a reader can see at once what in the render path is there only to be measured.
//!
//! A click's work: [`Mark::Reduce`] and [`Mark::Render`] around the action, [`Mark::Effects`] and
//! [`Mark::Done`] around the effects after the new page (history entry, title, focus). With the
//! time the new heading is in the page, the benchmark tells how long the action, the render, the
//! wait for the effects and the effects took. [`Mark::AdviceDrawn`] tells the browser tests the
//! app has drawn with the fetched advice.

use super::fetched::Fetched;
use crate::content::advice_file::Advice;
use gloo::utils::window;
use yew::prelude::*;

#[derive(Clone, Copy)]
pub enum Mark {
    Reduce,
    Render,
    Effects,
    Done,
    AdviceDrawn,
}

impl Mark {
    /// The mark's name, as the scripts look it up.
    fn name(self) -> &'static str {
        match self {
            Mark::Reduce => "signpost:reduce",
            Mark::Render => "signpost:render",
            Mark::Effects => "signpost:effects",
            Mark::Done => "signpost:done",
            Mark::AdviceDrawn => "signpost:advice-drawn",
        }
    }
}

/// Records `mark` on the page's performance timeline.
pub fn mark(mark: Mark) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(mark.name());
    }
}

/// Marks the first render with the advice in hand, whatever page is shown.
#[hook]
pub fn use_advice_drawn_mark(advice: Fetched<Advice>) {
    use_effect_with(advice, |advice| {
        if matches!(advice, Fetched::Ready(_)) {
            mark(Mark::AdviceDrawn);
        }
    });
}
