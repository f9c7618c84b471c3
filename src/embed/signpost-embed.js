// For a page that shows Signpost in an <iframe data-signpost>: leaves the page when Exit this
// page is pressed in the frame by Shift pressed three times (a browser lets a frame move the
// whole page only just after a click, and Shift is not one). It acts on a message only if it came
// from one of those frames, from the origin of that frame's address. It leaves for the
// destination this page names (the frame's data-exit, an https address; BBC Weather if none),
// never one a message names, and tells the destination nothing of this page (no referrer).
// The frame keeps the size this page gives it: it never says how tall its page is, which would
// tell this page where the person is.
(function () {
  'use strict';
  var DESTINATION = 'https://www.bbc.co.uk/weather';
  // The Signpost frame a message came from, or null if it came from anywhere else.
  function sender(event) {
    var frames = document.querySelectorAll('iframe[data-signpost]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src, document.baseURI).origin === event.origin) {
        return frame;
      }
    }
    return null;
  }
  window.addEventListener('message', function (event) {
    var frame = sender(event);
    if (!frame || !event.data || event.data.signpostExit !== true) return;
    var named = frame.getAttribute('data-exit');
    var destination = named && /^https:\/\/[^\s]+$/.test(named) ? named : DESTINATION;
    var noReferrer = document.createElement('meta');
    noReferrer.name = 'referrer';
    noReferrer.content = 'no-referrer';
    document.head.appendChild(noReferrer);
    // Some site builders put pasted code in a frame of its own: the whole page leaves, if the
    // browser lets it.
    try {
      window.top.location.replace(destination);
    } catch (error) {
      window.location.replace(destination);
    }
  });
})();
