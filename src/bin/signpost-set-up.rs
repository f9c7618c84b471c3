//! The set-up page's entry point (`set-up.html`), built by Trunk beside the tool's own: a wasm of
//! its own, so the tool's first screen does not carry a page a setting's manager opens once.

/// Talc, as in the tool's build (`signpost-web.rs`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    signpost::app::start_set_up();
}
