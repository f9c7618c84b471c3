//! The browser entry point, built by Trunk for wasm32.

/// Talc instead of the default dlmalloc: it costs the download fewer bytes and allocates faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    signpost::app::start();
}
