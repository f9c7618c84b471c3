// When Signpost runs in another site's <iframe> (README, "Put Signpost on your site"). Outside
// the WebAssembly app, so it works when the app cannot.
//
// - It tells the page around it its height, rounded up to 200 pixels, and nothing else:
//   `{ signpostHeight: <number> }`.
//   The host script (signpost-embed.js) checks the message came from this frame and sizes it;
//   without that script the frame keeps the height the host gave it and scrolls.
// - Every link that leaves Signpost (999, tel:, mailto:, another site) opens at the top, in place
//   of the whole page, not inside the frame. Links within Signpost (#which-lado) stay in it.
// Exit this page leaving the whole page is in src/exit-this-page.js.
(function () {
  'use strict';
  if (window.parent === window) return;

  // The page around the frame can read the height, and the height changes with the page shown,
  // so it is rounded up to a step of STEP pixels: it tells little of where the person is.
  var STEP = 200;
  var told = 0;
  function tellHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height / STEP) * STEP;
    if (height === told) return;
    told = height;
    // Only a number, so any origin may read it: the host page's address is not known here.
    window.parent.postMessage({ signpostHeight: height }, '*');
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(tellHeight).observe(document.documentElement);
  tellHeight();

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (link && link.getAttribute('href').charAt(0) !== '#') link.target = '_top';
  }, true);
})();
