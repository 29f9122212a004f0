/*
 * A small tus 1.0 client (core + creation) for the media page: sends the chosen file in parts of 4 MB (or the
 * section's data-part-bytes) with XMLHttpRequest (for the progress bar), and when the connection drops asks the server for its offset (HEAD) and
 * continues from there, retrying with growing pauses. The upload's address is kept in localStorage by file name,
 * size and date, so a reloaded page resumes the same upload instead of starting over.
 */
(function () {
    'use strict';
    var section = document.getElementById('media-upload');
    if (!section) {
        return;
    }
    var PART = 4 * 1024 * 1024;
    var endpoint = section.getAttribute('data-endpoint');
    var csrf = section.getAttribute('data-csrf');
    var status = document.getElementById('media-status');
    var progress = document.getElementById('media-progress');
    var button = document.getElementById('media-send');

    function b64(text) {
        return btoa(unescape(encodeURIComponent(text)));
    }

    function request(method, url, headers, body, onProgress) {
        return new Promise(function (resolve, reject) {
            var xhr = new XMLHttpRequest();
            xhr.open(method, url);
            xhr.setRequestHeader('Tus-Resumable', '1.0.0');
            xhr.setRequestHeader('X-CSRF-Token', csrf);
            Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
            if (onProgress && xhr.upload) {
                xhr.upload.onprogress = function (e) { onProgress(e.loaded); };
            }
            xhr.onload = function () { resolve(xhr); };
            xhr.onerror = function () { reject(new Error('network')); };
            xhr.onabort = function () { reject(new Error('network')); };
            xhr.send(body);
        });
    }

    function problem(xhr) {
        try {
            var p = JSON.parse(xhr.responseText);
            return (p.errors && p.errors.length ? p.errors[0].message : p.detail) || p.title;
        } catch (e) {
            return 'HTTP ' + xhr.status;
        }
    }

    function show(done, total) {
        progress.hidden = false;
        progress.value = total ? Math.floor(done * 100 / total) : 0;
    }

    function pause(ms) {
        return new Promise(function (resolve) { setTimeout(resolve, ms); });
    }

    async function create(file) {
        var tags = document.getElementById('media-tags').value;
        var audience = document.querySelector('input[name=media-audience]:checked').value;
        var metadata = ['filename ' + b64(file.name), 'audience ' + b64(audience),
            'description ' + b64(document.getElementById('media-description').value),
            'tags ' + b64(tags)];
        if (file.lastModified) {
            metadata.push('takenAt ' + b64(new Date(file.lastModified).toISOString()));
        }
        var xhr = await request('POST', endpoint, {'Upload-Length': String(file.size),
            'Upload-Metadata': metadata.join(',')}, null);
        if (xhr.status !== 201) {
            throw new Error(problem(xhr));
        }
        var location = xhr.getResponseHeader('Location');
        return new URL(location, window.location.href).pathname;
    }

    async function offsetOf(url) {
        var xhr = await request('HEAD', url, {}, null);
        if (xhr.status !== 200) {
            return -1;
        }
        return parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
    }

    async function send(file) {
        var part = parseInt(section.getAttribute('data-part-bytes'), 10) || PART;
        var key = 'sammen-tus:' + endpoint + ':' + file.name + ':' + file.size + ':' + file.lastModified;
        var url = localStorage.getItem(key);
        var offset = url ? await offsetOf(url).catch(function () { return -1; }) : -1;
        if (offset < 0) {
            url = await create(file);
            localStorage.setItem(key, url);
            offset = 0;
        }
        var failures = 0;
        while (true) {
            var end = Math.min(file.size, offset + part);
            var xhr;
            try {
                var start = offset;
                xhr = await request('PATCH', url, {'Upload-Offset': String(offset),
                    'Content-Type': 'application/offset+octet-stream'}, file.slice(offset, end),
                    function (loaded) { show(start + loaded, file.size); });
            } catch (e) {
                failures++;
                status.textContent = section.getAttribute('data-resuming');
                await pause(Math.min(30000, 1000 * failures * failures));
                offset = await offsetOf(url).catch(function () { return offset; });
                continue;
            }
            if (xhr.status === 409) {
                offset = await offsetOf(url);
                continue;
            }
            if (xhr.status !== 204 && xhr.status !== 200) {
                localStorage.removeItem(key);
                throw new Error(problem(xhr));
            }
            failures = 0;
            offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
            show(offset, file.size);
            if (offset >= file.size) {
                localStorage.removeItem(key);
                return xhr.status === 200 ? JSON.parse(xhr.responseText) : null;
            }
        }
    }

    button.addEventListener('click', async function () {
        var file = document.getElementById('media-file').files[0];
        if (!file) {
            return;
        }
        button.disabled = true;
        status.textContent = '';
        try {
            await send(file);
            status.textContent = section.getAttribute('data-done');
            window.location.reload();
        } catch (e) {
            status.textContent = section.getAttribute('data-failed') + ' ' + e.message;
        } finally {
            button.disabled = false;
        }
    });
}());
