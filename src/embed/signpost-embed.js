// For a page that shows Signpost in an <iframe data-signpost>: sizes each such frame to its
// content as the person moves through the pages. The frame sends only its height; this uses a
// message only if it came from one of those frames, from the origin of that frame's address, and
// is a sensible number. Without this script the frame keeps its own height and scrolls.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var height = event.data && event.data.signpostHeight;
    if (typeof height !== 'number' || !(height > 0 && height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-signpost]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src, document.baseURI).origin === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
