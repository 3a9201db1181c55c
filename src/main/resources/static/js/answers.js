// Autosave on the answer pages (issue 6 points 4 and 8). Progressive enhancement: without this file the page's
// plain form post saves every changed answer. With it, each change is posted at once to the page's own
// endpoint (/omgangar/{id}/svar/{indicatorKey}) with the CSRF header. "Sparat" appears only after the server
// answered 2xx (after the commit); each save sends the version last seen and keeps the new one, and the saves
// of one indicator wait for each other, so one person's quick changes never conflict. When someone else saved
// first (412) their value is shown and the user chooses.
(function () {
  'use strict';
  var form = document.querySelector('form.stegvis-answers');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var saveUrl = form.getAttribute('data-save-url');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var queues = {};

  function text(name) {
    return form.getAttribute('data-' + name) || '';
  }

  function field(group, prefix, key) {
    return group.querySelector('[name="' + prefix + key + '"]');
  }

  function checkedChoice(group, key) {
    var checked = group.querySelector('input[name="svar-' + key + '"]:checked');
    return checked ? checked.value : '';
  }

  function status(group, key, message, problem) {
    var element = group.querySelector('#status-' + key.replace(/([^\w-])/g, '\\$1'));
    if (!element) {
      return;
    }
    element.textContent = message;
    element.classList.toggle('stegvis-save-status--problem', !!problem);
  }

  function clearConflict(group) {
    var box = group.querySelector('.stegvis-conflict-js');
    if (box) {
      box.parentNode.removeChild(box);
    }
  }

  function showConflict(group, key, body, params) {
    clearConflict(group);
    var box = document.createElement('div');
    box.className = 'govuk-inset-text stegvis-conflict stegvis-conflict-js';
    var message = document.createElement('p');
    message.className = 'govuk-body';
    message.textContent = body.message;
    box.appendChild(message);
    var keep = document.createElement('button');
    keep.type = 'button';
    keep.className = 'govuk-button govuk-button--secondary govuk-!-margin-right-2 govuk-!-margin-bottom-0';
    keep.textContent = text('keep');
    keep.addEventListener('click', function () {
      clearConflict(group);
      save(group, key, params.has('bekrafta'));
    });
    var take = document.createElement('button');
    take.type = 'button';
    take.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0';
    take.textContent = text('take');
    take.addEventListener('click', function () {
      var current = body.current || {};
      group.querySelectorAll('input[name="svar-' + key + '"]').forEach(function (radio) {
        radio.checked = radio.value === current.choice;
      });
      var comment = field(group, 'kommentar-', key);
      if (comment) {
        comment.value = current.comment || '';
      }
      var link = field(group, 'lank-', key);
      if (link) {
        link.value = current.evidenceUrl || '';
      }
      clearConflict(group);
      status(group, key, '', false);
    });
    box.appendChild(keep);
    box.appendChild(take);
    var anchor = group.querySelector('.govuk-radios');
    anchor.parentNode.insertBefore(box, anchor);
    keep.focus();
  }

  function showErrors(group, key, body) {
    var messages = (body.errors || []).map(function (e) { return e.message; });
    status(group, key, (body.message ? body.message + ' ' : '') + messages.join(' '), true);
  }

  function params(group, key, confirm) {
    var data = new URLSearchParams();
    data.append('svar', checkedChoice(group, key));
    data.append('kommentar', (field(group, 'kommentar-', key) || {}).value || '');
    data.append('lank', (field(group, 'lank-', key) || {}).value || '');
    data.append('version', field(group, 'version-', key).value);
    if (confirm) {
      data.append('bekrafta', 'true');
    }
    return data;
  }

  function send(group, key, confirm) {
    var data = params(group, key, confirm);
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return fetch(saveUrl + encodeURIComponent(key), {
      method: 'POST', credentials: 'same-origin', headers: headers, body: data.toString(), redirect: 'manual'
    }).then(function (response) {
      document.dispatchEvent(new CustomEvent('stegvis:server-contact'));
      var type = response.headers.get('Content-Type') || '';
      if (response.type === 'opaqueredirect' || response.status === 401 || type.indexOf('json') < 0) {
        status(group, key, response.status === 403 ? text('forbidden') : text('signed-out'), true);
        return null;
      }
      return response.json().then(function (body) {
        if (response.ok) {
          field(group, 'version-', key).value = body.version;
          clearConflict(group);
          status(group, key, body.message || text('saved'), false);
          var tag = group.querySelector('.govuk-tag--yellow');
          if (tag) {
            tag.hidden = true;
          }
          Object.keys(body.scores || {}).forEach(function (id) {
            var element = document.getElementById(id);
            if (element && body.scores[id]) {
              element.textContent = body.scores[id];
            }
          });
        }
        else if (response.status === 412) {
          field(group, 'version-', key).value = body.version;
          status(group, key, '', false);
          showConflict(group, key, body, data);
        }
        else if (response.status === 400) {
          showErrors(group, key, body);
        }
        else {
          status(group, key, body.message || text('failed'), true);
        }
      });
    }).catch(function () {
      status(group, key, text('failed'), true);
    });
  }

  function save(group, key, confirm) {
    var previous = queues[key] || Promise.resolve();
    queues[key] = previous.then(function () { return send(group, key, confirm); });
  }

  form.querySelectorAll('[data-indicator]').forEach(function (group) {
    var key = group.getAttribute('data-indicator');
    if (!field(group, 'version-', key)) {
      return;
    }
    group.addEventListener('change', function (event) {
      var target = event.target;
      if (target.name === 'bekrafta-' + key) {
        if (target.checked) {
          save(group, key, true);
        }
        return;
      }
      if (target.name === 'svar-' + key || target.name === 'kommentar-' + key || target.name === 'lank-' + key) {
        if (checkedChoice(group, key) === '' && target.name !== 'svar-' + key) {
          return;
        }
        save(group, key, false);
      }
    });
  });
})();
