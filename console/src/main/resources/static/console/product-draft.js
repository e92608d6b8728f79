// The product form's draft: typed fields are kept in this browser as they are typed, and the photo chosen with
// them; a save on a phone without signal waits and is sent by itself when the signal is back. Without this script
// the form still works (a plain POST); with it, nothing typed is lost to a dropped connection.
(function () {
  'use strict';
  var form = document.getElementById('product-form');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var key = 'tenun-draft:' + form.dataset.draft;
  var note = document.getElementById('draft-note');
  var photo = form.querySelector('input[type=file]');
  var waiting = false;

  function say(text) {
    note.textContent = text;
    note.hidden = !text;
  }

  // every field by name, in the order of the form: a name the form repeats (variant and certificate rows) keeps
  // one value per row
  function fields() {
    var kept = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type !== 'file' && field.name !== '_csrf') {
        (kept[field.name] = kept[field.name] || []).push(field.value);
      }
    });
    return kept;
  }

  function database() {
    return new Promise(function (done, failed) {
      var opening = indexedDB.open('tenun-drafts', 1);
      opening.onupgradeneeded = function () { opening.result.createObjectStore('photos'); };
      opening.onsuccess = function () { done(opening.result); };
      opening.onerror = function () { failed(opening.error); };
    });
  }

  function photoStore(mode, act) {
    return database().then(function (db) {
      return new Promise(function (done, failed) {
        var step = db.transaction('photos', mode);
        var request = act(step.objectStore('photos'));
        step.oncomplete = function () { done(request && request.result); };
        step.onerror = function () { failed(step.error); };
      });
    });
  }

  function keepDraft() {
    localStorage.setItem(key, JSON.stringify(fields()));
  }

  function forget() {
    localStorage.removeItem(key);
    return photoStore('readwrite', function (store) { return store.delete(key); }).catch(function () {});
  }

  function send() {
    if (!navigator.onLine) {
      waitForSignal();
      return;
    }
    say(form.dataset.sending);
    photoStore('readonly', function (store) { return store.get(key); }).catch(function () { return null; })
      .then(function (keptPhoto) {
        var body = new FormData(form);
        if ((!photo.files || photo.files.length === 0) && keptPhoto) {
          body.set('photo', keptPhoto, keptPhoto.name || 'foto.jpg');
        }
        return fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' });
      })
      .then(function (answer) {
        if (answer.redirected && /\/login/.test(answer.url)) {
          say(form.dataset.signin);
          return;
        }
        // the answer is the next page itself (the product list once saved, or this form with its mistakes):
        // shown as it came, so its one-time note is not lost to a second request
        return answer.text().then(function (page) {
          return (answer.ok ? forget() : Promise.resolve()).then(function () {
            history.replaceState(null, '', answer.url);
            document.open();
            document.write(page);
            document.close();
          });
        });
      })
      .catch(waitForSignal);
  }

  // tries again when the browser says it is online, and every 10 seconds in case it never says so
  function waitForSignal() {
    say(form.dataset.offline);
    if (waiting) {
      return;
    }
    waiting = true;
    var timer = setInterval(tryAgain, 10000);
    window.addEventListener('online', tryAgain);
    function tryAgain() {
      if (!waiting || !navigator.onLine) {
        return;
      }
      waiting = false;
      clearInterval(timer);
      window.removeEventListener('online', tryAgain);
      send();
    }
  }

  var saved = localStorage.getItem(key);
  if (saved && form.dataset.fresh === 'true') {
    var kept = JSON.parse(saved);
    Object.keys(kept).forEach(function (name) {
      var values = [].concat(kept[name]);
      Array.prototype.forEach.call(form.querySelectorAll('[name="' + name + '"]'), function (field, row) {
        if (field.type !== 'hidden' && row < values.length) {
          field.value = values[row];
        }
      });
    });
    var more = document.getElementById('more-variants');
    if (more && (kept.variantName || []).slice(1).some(function (value) { return value; })) {
      more.open = true;
    }
    say(form.dataset.restored);
  }

  form.addEventListener('input', keepDraft);
  photo.addEventListener('change', function () {
    var chosen = photo.files && photo.files[0];
    photoStore('readwrite', function (store) { return chosen ? store.put(chosen, key) : store.delete(key); })
      .catch(function () {});
  });
  var category = form.elements.categoryCode;
  var needs = document.getElementById('needs');
  category.addEventListener('change', function () {
    var chosen = category.options[category.selectedIndex];
    if (!needs) {
      needs = document.createElement('p');
      needs.id = 'needs';
      needs.className = 'muted';
      category.insertAdjacentElement('afterend', needs);
    }
    needs.textContent = chosen.dataset.needs || '';
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    keepDraft();
    send();
  });
}());
