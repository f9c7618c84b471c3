//! Every flow the app offers, in one list, apart from `mod.rs`, so that the flows' users in
//! `core` (a link names a flow; an outcome opened by a link finds the flow that reaches it) import
//! it as a sibling, and nothing in `core` imports from above it.

use super::dbs_referral::DBS_REFERRAL;
use super::graph::Flow;
use super::professional::PROFESSIONAL;
use super::public::PUBLIC;
use super::setting::SETTING;
use super::which_lado::WHICH_LADO;

/// Every flow the app offers. Verification runs over all of them.
pub const FLOWS: &[&Flow] = &[&PUBLIC, &SETTING, &PROFESSIONAL, &WHICH_LADO, &DBS_REFERRAL];

/// The flow with this ID (`public`), as the maintainers' command names it.
pub fn flow(id: &str) -> Option<&'static Flow> {
    FLOWS.iter().copied().find(|flow| flow.id == id)
}
