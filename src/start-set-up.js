// Starts the set-up page's own build (set-up.html): the signpost-set-up wasm, which Trunk builds
// beside the tool's as an ES module without a loader of its own. A file, not an inline script,
// so the page's Content-Security-Policy needs no hash for it.
import init from './signpost-set-up.js';

init();
