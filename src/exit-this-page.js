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
  // A tab closed without Exit leaves its last title in the browser's history, and a synced
  // browser shows it on the account's other devices: while the page is hidden its title is the
  // one it opened with, which says nothing of where the person was (security review M1).
  var NEUTRAL = document.title;
  var shown = null;
  function hideTitle() {
    // Exit this page has set its own neutral title.
    if (document.title === NEUTRAL || document.body.classList.contains('govuk-exit-this-page-hide-content')) return;
    shown = document.title;
    document.title = NEUTRAL;
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      hideTitle();
    } else if (shown !== null) {
      if (document.title === NEUTRAL) document.title = shown;
      shown = null;
    }
  });
  window.addEventListener('pagehide', hideTitle);

  var button = document.getElementById('exit-this-page');
  var status = document.getElementById('exit-this-page-status');
  if (!button || !status) return;

  var TIMEOUT = 5000;
  // The state of the entry Exit leaves behind: shown again (by Forward), it leaves at once.
  var LEFT = 'signpost-left';
  if (window.history.state === LEFT) {
    document.body.classList.add('govuk-exit-this-page-hide-content');
    leaveFor(button.href);
    return;
  }
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
    // In another site's frame the tool made no history entries of its own (src/in-a-frame.js),
    // and stepping back would move the page around it: leave at once.
    if (window.parent !== window) {
      leaveFor(button.href);
      return;
    }
    // The app numbers its history entries 0, 1, 2... from the entry the tool was opened on, and
    // the browser keeps each entry's title. Go back to the tool's first entry, add an entry
    // there that leaves at once if it is ever shown again (which also drops every entry of the
    // tool ahead of it), come back, and only then leave with replace: neither Back nor Forward
    // returns to the tool. tests/history.rs proves the numbers always lead back to the first.
    // A browser keeps a few dozen entries (Chrome 50): after a longer visit the tool's first is
    // gone, and the oldest left is the tool's.
    var state = typeof window.history.state === 'number' ? window.history.state : 0;
    var back = Math.min(state, window.history.length - 1);
    var gone = false;
    var deadline = null;
    var leave = function () {
      if (gone) return;
      gone = true;
      clearTimeout(deadline);
      leaveFor(button.href);
    };
    // Each step waits for the browser to move; if it never does, leave anyway.
    var afterPopstate = function (then) {
      window.addEventListener('popstate', function () {
        clearTimeout(deadline);
        then();
      }, { once: true });
      clearTimeout(deadline);
      deadline = setTimeout(leave, 1000);
    };
    var dropEntriesAhead = function () {
      // A new title, not the same again: the browser records a title only when it changes.
      document.title = 'Loading.';
      window.history.pushState(LEFT, '', window.location.pathname + window.location.search);
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

  // Leaves for `destination`. In another site's frame the whole page leaves. A browser lets a
  // frame move the page only just after a click, and Shift is not one, and a browser may refuse
  // without saying so: so the page's own script (signpost-embed.js) is asked first to move it,
  // for the destination that page names, then the frame tries to move the page itself, and
  // leaves by itself in case neither can.
  function leaveFor(destination) {
    if (window.parent !== window) {
      window.parent.postMessage({ signpostExit: true }, '*');
      try {
        window.top.location.replace(destination);
        return;
      } catch (error) {
        // Refused: the page's script, asked above, moves it.
      }
    }
    window.location.replace(destination);
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
