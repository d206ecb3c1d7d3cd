// Optional help for browsers that run scripts; every page works without it.
// 1. The quick exit replaces this page in the history (the Back button does not return) and also
//    answers the Escape key.
// 2. A hashcash-like proof of work: a nonce such that SHA-256("<form token>:<nonce>") starts with
//    the number of zero bits the form asks for; it lets a report through when a flood of reports
//    has spent the common budget.
(function () {
  'use strict';
  var exit = document.getElementById('quick-exit');
  if (exit) {
    var leave = function (event) {
      if (event) event.preventDefault();
      window.location.replace(exit.href);
    };
    exit.addEventListener('click', leave);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') leave(event);
    });
  }
  var form = document.getElementById('report-form');
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) return;
  var bits = parseInt(form.getAttribute('data-pow-bits'), 10) || 0;
  var token = form.elements.formToken.value;
  if (bits <= 0 || !token) return;
  function zeros(bytes) {
    var count = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { count += 8; continue; }
      for (var b = 7; b >= 0 && !(bytes[i] & (1 << b)); b--) count++;
      break;
    }
    return count;
  }
  var encoder = new TextEncoder();
  var nonce = 0;
  function step() {
    var batch = [];
    for (var i = 0; i < 256; i++, nonce++) {
      batch.push(crypto.subtle.digest('SHA-256', encoder.encode(token + ':' + nonce)).then((function (n) {
        return function (hash) { return zeros(new Uint8Array(hash)) >= bits ? n : -1; };
      })(nonce)));
    }
    Promise.all(batch).then(function (results) {
      var found = results.filter(function (n) { return n >= 0; });
      if (found.length) form.elements.pow.value = String(found[0]);
      else if (nonce < 50000000) setTimeout(step, 0);
    });
  }
  step();
})();
