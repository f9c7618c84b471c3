// For a page that shows Signpost in an <iframe data-signpost>: sizes each such frame to its
// content as the person moves through the pages, and leaves the page when Exit this page is
// pressed in the frame (a browser lets a frame move the whole page only just after a click, and
// Shift pressed three times is not one). It uses a message only if it came from one of those
// frames, from the origin of that frame's address: a height that is a sensible number, or an
// http(s) address to leave for. Without this script the frame keeps its own height and scrolls,
// and Exit by Shift leaves the frame alone.
(function () {
  'use strict';
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
    var data = event.data || {};
    var frame = sender(event);
    if (!frame) return;
    var height = data.signpostHeight;
    if (typeof height === 'number' && height > 0 && height < 100000) {
      frame.style.height = Math.ceil(height) + 'px';
    }
    // Exit this page, pressed in the frame: the whole page leaves for Signpost's destination.
    var exit = data.signpostExit;
    if (typeof exit === 'string' && /^https?:\/\//.test(exit)) {
      window.location.replace(exit);
    }
  });
})();
