// Progressive enhancement shared by all pages. Every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token that Spring Security expects on state-changing requests.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
})();
