// Uploads evidence files one by one as raw request bodies, with a progress bar.
// The server encrypts on arrival; nothing is kept in the browser. Every text shown comes from the
// page (data-* attributes filled from the message bundles), never from the server's English detail.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) return;
  var input = document.getElementById('upload-files');
  var button = form.querySelector('button[type="submit"]');
  var box = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-bar');
  var status = document.getElementById('upload-status');
  var error = document.getElementById('upload-error');
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, i) {
      return i < values.length ? String(values[i]) : match;
    });
  }

  function fail(messageAttribute) {
    error.textContent = error.getAttribute(messageAttribute) || error.getAttribute('data-failed');
    error.hidden = false;
    box.hidden = true;
    input.classList.add('is-invalid');
    button.disabled = false;
    input.disabled = false;
  }

  function messageFor(httpStatus) {
    if (httpStatus === 413) return 'data-too-large';
    if (httpStatus === 400 || httpStatus === 422) return 'data-refused';
    if (httpStatus === 503) return 'data-sealed';
    return 'data-failed';
  }

  function show(index, count, percent) {
    bar.value = Math.round(((index + percent / 100) / count) * 100);
    status.textContent = format(status.getAttribute('data-template'), [index + 1, count, percent]);
  }

  function send(files, index) {
    if (index >= files.length) {
      bar.value = 100;
      status.textContent = status.getAttribute('data-done');
      window.location.assign(form.getAttribute('data-done') + '?uploaded');
      return;
    }
    var file = files[index];
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('data-endpoint'));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    if (csrfToken && csrfHeader) xhr.setRequestHeader(csrfHeader.content, csrfToken.content);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable && e.total > 0) show(index, files.length, Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = function () {
      if (xhr.status === 201) {
        show(index, files.length, 100);
        send(files, index + 1);
        return;
      }
      fail(messageFor(xhr.status));
    };
    xhr.onerror = function () {
      fail('data-failed');
    };
    show(index, files.length, 0);
    xhr.send(file);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    input.classList.remove('is-invalid');
    if (!input.files.length) {
      fail('data-choose');
      input.focus();
      return;
    }
    var files = Array.prototype.slice.call(input.files);
    button.disabled = true;
    input.disabled = true;
    box.hidden = false;
    bar.value = 0;
    send(files, 0);
  });
}());
