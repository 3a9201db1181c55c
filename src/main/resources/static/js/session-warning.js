// Warns two minutes before a signed-in session expires, so that a long form is not lost; "stay signed in"
// calls the server, which slides the session. Progressive enhancement: without this file the session
// simply expires. The timeout and texts come from the page (data attributes), so there is no inline script.
(function () {
  'use strict';
  var box = document.querySelector('.stegvis-session-warning');
  if (!box) {
    return;
  }
  var seconds = parseInt(box.getAttribute('data-session-seconds'), 10);
  var keepAliveUrl = box.getAttribute('data-keep-alive');
  if (!seconds || !keepAliveUrl) {
    return;
  }
  var warnBefore = Math.min(120, Math.floor(seconds / 2));
  var timer;

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      box.hidden = false;
      var button = box.querySelector('button');
      if (button) {
        button.focus();
      }
    }, (seconds - warnBefore) * 1000);
  }

  box.querySelector('button').addEventListener('click', function () {
    fetch(keepAliveUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function () {
      box.hidden = true;
      schedule();
    });
  });
  // Any htmx request also slides the session on the server.
  document.addEventListener('htmx:afterRequest', schedule);
  // So does every script request that reached the server (e.g. autosave on the answer pages).
  document.addEventListener('stegvis:server-contact', schedule);
  schedule();
})();
