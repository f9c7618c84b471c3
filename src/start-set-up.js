// Starts the set-up page's own build (the signpost-set-up wasm, which Trunk builds beside the
// tool's as an ES module with no loader of its own) when the tool adds this script, the first
// time #set-up is opened (src/app/set_up_slot.rs). A file, not an inline script, so the page's
// Content-Security-Policy needs no hash for it.
// Trunk does not hash these names: the tool asks for this script with the build's version
// (?v=, written by scripts/csp.mjs), and it asks for the build's own files with the same, so a
// browser never starts a copy it kept of an older build.
const version = new URL(import.meta.url).search;
const { default: init } = await import(`./signpost-set-up.js${version}`);
await init({ module_or_path: new URL(`signpost-set-up_bg.wasm${version}`, import.meta.url) });
