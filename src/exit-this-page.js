// Exit this page, outside the WebAssembly app so it works even when the app has failed to load.
//
// The button and the shortcut (Shift pressed three times within five seconds) follow the GOV.UK
// pattern; the key handling and the status messages are those of govuk-frontend's ExitThisPage.
// It differs where a person at risk needs it to: it hides the page at once, tells the app to
// forget every answer, leaves with location.replace so Back does not return here, and a page
// restored from the back/forward cache starts afresh. The destination is the button's href, so a
// host page sets another by changing it.
(function () {
  'use strict';
  var button = document.getElementById('exit-this-page');
  var status = document.getElementById('exit-this-page-status');
  if (!button || !status) return;

  var TIMEOUT = 5000;
  var presses = 0;
  var lastKeyWasModified = false;
  var pressTimer = null;
  var messageTimer = null;

  function exitPage() {
    status.textContent = '';
    document.body.classList.add('govuk-exit-this-page-hide-content');
    var overlay = document.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = 'Loading.';
    document.body.appendChild(overlay);
    // The browser's history keeps a page's latest title: leave a neutral one.
    document.title = 'Loading';
    window.dispatchEvent(new Event('signpost-exit'));
    // The app numbers its history entries 0, 1, 2... from the entry the tool was opened on, and
    // the browser keeps each entry's title. Go back to the tool's first entry, add one with the
    // neutral title there (which drops every entry of the tool ahead of it), come back, and only
    // then leave with replace: Back then leaves the tool, and the one entry left ahead says
    // "Loading.". tests/history.rs proves the numbers always lead back to the first entry.
    var back = typeof window.history.state === 'number' ? window.history.state : 0;
    var gone = false;
    var leave = function () {
      if (gone) return;
      gone = true;
      // In another site's frame (src/in-a-frame.js), the whole page leaves, not just the frame.
      // A frame whose sandbox forbids that leaves by itself at least.
      if (document.documentElement.classList.contains('signpost-framed')) {
        try {
          window.top.location.replace(button.href);
          return;
        } catch (error) {
          // Not allowed to navigate the top: fall through.
        }
      }
      window.location.replace(button.href);
    };
    var afterPopstate = function (then) {
      window.addEventListener('popstate', then, { once: true });
      setTimeout(leave, 500);
    };
    var dropEntriesAhead = function () {
      // A new title, not the same again: the browser records a title only when it changes.
      document.title = 'Loading.';
      window.history.pushState(null, '', window.location.href);
      afterPopstate(leave);
      window.history.back();
    };
    if (back > 0) {
      afterPopstate(dropEntriesAhead);
      window.history.go(-back);
    } else {
      dropEntriesAhead();
    }
  }

  function resetPresses() {
    clearTimeout(pressTimer);
    pressTimer = null;
    presses = 0;
    status.textContent = 'Exit this page expired.';
    messageTimer = setTimeout(function () { status.textContent = ''; }, TIMEOUT);
  }

  button.addEventListener('click', function (event) {
    event.preventDefault();
    exitPage();
  });

  document.addEventListener('keyup', function (event) {
    // Shift held while typing a capital letter is not a press.
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      clearTimeout(messageTimer);
      if (presses >= 3) {
        clearTimeout(pressTimer);
        presses = 0;
        exitPage();
        return;
      }
      status.textContent = presses === 1
        ? 'Shift, press 2 more times to exit.'
        : 'Shift, press 1 more time to exit.';
      clearTimeout(pressTimer);
      pressTimer = setTimeout(resetPresses, TIMEOUT);
    } else if (pressTimer) {
      resetPresses();
    }
    lastKeyWasModified = event.shiftKey;
  }, true);

  // Back to a page kept in the back/forward cache: start afresh rather than show old answers.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) window.location.reload();
  });
})();
