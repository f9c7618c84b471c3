//! What a host gives Signpost, and what Signpost gives a host: a setting's own contacts, read
//! from its page's `data-` attributes or an address and checked ([`local_contacts`]); and the
//! code the set-up page makes to put Signpost, with them, on the setting's website ([`set_up`]).
//! Plain Rust, tested natively.

pub mod local_contacts;
pub mod set_up;
