//! The set-up page's own build (`#set-up`), built by Trunk beside the tool's and fetched only
//! when the page is opened (`app::set_up_slot`).

/// Talc, as in the tool's build (`signpost-web.rs`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    signpost::app::start_set_up();
}
