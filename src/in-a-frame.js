// When Signpost runs in another site's <iframe> (README, "Put Signpost on your site"). Outside
// the WebAssembly app, so it works when the app cannot.
//
// Nothing a person does in the frame may be seen by the page around it (security review H2): so
// the frame tells that page nothing (not even its height, which would change with the page
// shown), and no page of the tool adds an entry to the browser's history, whose length the page
// around the frame can read. Links within Signpost (#which-lado, Staying safe online) move the
// frame without a new entry; the app does the same for its own pages (app::browser).
// Every link that leaves Signpost (999, tel:, mailto:, another site) opens at the top, in place
// of the whole page, not inside the frame. Exit this page leaving the whole page is in
// src/exit-this-page.js.
(function () {
  'use strict';
  if (window.parent === window) return;

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link) return;
    var href = link.getAttribute('href');
    if (href.charAt(0) !== '#') {
      link.target = '_top';
    } else if (href.length > 1 && !event.defaultPrevented) {
      event.preventDefault();
      window.location.replace(href);
    }
  }, false);
})();
