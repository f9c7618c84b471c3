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
  // The notice's words and its link's, from content/interface/set-up.toml: the set-up page
  // writes them in place of null when it writes the code (set_up::SetUpCode::frame). The copy
  // served for code pasted before the script was inline has none, and shows no notice.
  var BOXED = null;
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
  // Some site builders put pasted code in a box of its own (a frame of another address), which
  // may stop Exit this page leaving the whole page. Where the browser shows the box and lets the
  // whole page leave from it (a box of this page's own address, without a sandbox), all is well;
  // else say so above Signpost, with a link that opens it in a tab of its own (issue 23).
  function boxedSoExitMayNotLeave() {
    if (window.top === window.self) return false;
    try {
      var box = window.frameElement;
      var rules = box && box.getAttribute('sandbox');
      return window.parent !== window.top || !box || (rules !== null && !/allow-top-navigation/.test(rules));
    } catch (error) {
      return true;
    }
  }
  if (BOXED && boxedSoExitMayNotLeave()) {
    var frames = document.querySelectorAll('iframe[data-signpost]');
    for (var i = 0; i < frames.length; i += 1) {
      var address = new URL(frames[i].src, document.baseURI);
      var notice = document.createElement('p');
      notice.setAttribute('data-signpost-boxed', '');
      notice.style.font = 'bold 19px/1.3 sans-serif';
      notice.style.padding = '10px 15px';
      notice.style.borderLeft = '10px solid #d4351c';
      notice.textContent = BOXED[0] + ' ';
      var open = document.createElement('a');
      open.href = address.origin + address.pathname;
      open.target = '_blank';
      open.rel = 'noreferrer';
      open.textContent = BOXED[1];
      notice.appendChild(open);
      frames[i].parentNode.insertBefore(notice, frames[i]);
    }
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
