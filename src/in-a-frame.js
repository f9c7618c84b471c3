// When Signpost runs in another site's <iframe> (docs/embedding.md). Outside
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

  keepExitInReach();

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

  // Exit this page within reach at every scroll position (issue 23). It sticks to the top of the
  // frame, but the page around the frame scrolls too: on a phone, once the person scrolls past
  // the end of a page of the tool, the frame's top, and the button with it, leaves the screen.
  // The browser tells a frame, and nobody else, how much of it is on the screen (an
  // IntersectionObserver measures against the whole tab's viewport), so the button sticks to the
  // top of the part that shows. Nothing is sent: the page around sees nothing of this.
  function keepExitInReach() {
    var exit = document.querySelector('.govuk-exit-this-page');
    if (!exit || !('IntersectionObserver' in window)) return;
    // The button sticks within the page's container: at least the frame's height, so it can
    // stick low in the frame when the page shown is short.
    exit.parentElement.style.minHeight = '100vh';
    // A box as tall as the frame, fixed, invisible: how much of it intersects the tab's viewport
    // is how much of the frame shows.
    var frameBox = document.createElement('div');
    frameBox.setAttribute('aria-hidden', 'true');
    frameBox.style.position = 'fixed';
    frameBox.style.top = '0';
    frameBox.style.left = '0';
    frameBox.style.width = '1px';
    frameBox.style.height = '100%';
    frameBox.style.visibility = 'hidden';
    frameBox.style.pointerEvents = 'none';
    document.body.appendChild(frameBox);
    // The browser reports each time the part showing crosses one of these fractions of the
    // frame: the button is put one step lower than reported, so it is never above the part
    // showing between two reports.
    var STEPS = 200;
    var thresholds = [];
    for (var i = 0; i <= STEPS; i += 1) thresholds.push(i / STEPS);
    new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      if (!entry.isIntersecting) return;
      var hidden = entry.intersectionRect.top;
      var top = hidden > 0 ? Math.ceil(hidden + window.innerHeight / STEPS) : 0;
      // Never lower than the frame's bottom less the button's height.
      top = Math.max(0, Math.min(top, window.innerHeight - exit.offsetHeight));
      exit.style.top = top + 'px';
    }, { threshold: thresholds }).observe(frameBox);
  }
})();
