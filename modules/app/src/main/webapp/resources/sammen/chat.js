/*
 * The chat pages' client, plain JavaScript. It speaks to the messaging API with the page's session cookie and the
 * X-CSRF-Token header, like any other API client, so the API's access rule, limits and audit apply unchanged.
 *
 * - The threads page lists the child's threads (unread and mention counts) and opens a new thread with chosen members.
 * - The thread page shows the messages and keeps them live: a WebSocket on /ws/threads/{id}?after=N sends every event
 *   after N, then live ones; the client upserts messages by id and remembers the highest eventSeq it has seen. When the
 *   socket drops it reconnects with after=that number (growing pauses), so nothing is missed and nothing is doubled.
 *   When a socket cannot be opened at all (a proxy without WebSocket, a closed port) it polls
 *   GET /api/threads/{id}/messages?after=N instead. Close code 4403 means access ended: the client stops and says so.
 * - Any page with elements carrying data-unread-child shows the unread count per child from GET /api/notifications.
 */
(function () {
    'use strict';

    var POLL_MS = 3000;
    var MAX_BACKOFF_MS = 30000;
    var PAGE = 200;
    var RECEIPTS_AFTER_MS = 2000;
    var RECEIPTS_EVERY_MS = 30000;
    var URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

    function api(section, method, path, body) {
        var headers = {'Accept': 'application/json', 'X-CSRF-Token': section.getAttribute('data-csrf')};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch((section.getAttribute('data-context') || '') + '/api' + path, {
            method: method, headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (response.status === 204) {
                return {status: 204, ok: true, data: null};
            }
            return response.text().then(function (text) {
                var data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (e) {
                    data = null;
                }
                return {status: response.status, ok: response.ok, data: data};
            });
        });
    }

    /** The problem's own words: the first field error, else its detail or title. */
    function problem(answer) {
        var p = answer.data || {};
        if (p.errors && p.errors.length) {
            return p.errors[0].message;
        }
        return p.detail || p.title || ('HTTP ' + answer.status);
    }

    function text(section, key) {
        return section.getAttribute('data-t-' + key) || key;
    }

    /** Length as the API counts it: Unicode code points, not UTF-16 units. */
    function length(value) {
        var n = 0;
        for (var i = 0; i < value.length; i++) {
            var c = value.charCodeAt(i);
            if (c < 0xD800 || c > 0xDBFF || i + 1 === value.length) {
                n++;
            }
        }
        return n;
    }

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)\}/g, function (m, i) { return args[i] === undefined ? m : String(args[i]); });
    }

    function element(tag, className, content) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (content !== undefined && content !== null) {
            e.textContent = content;
        }
        return e;
    }

    function show(e, content) {
        if (content !== undefined) {
            e.textContent = content;
        }
        e.hidden = false;
    }

    function hide(e) {
        e.hidden = true;
    }

    /** Plain text with its web addresses as links; never HTML from the message. */
    function linkify(container, body) {
        var last = 0;
        body.replace(URL_PATTERN, function (url, at) {
            container.appendChild(document.createTextNode(body.substring(last, at)));
            var a = element('a', null, url);
            a.href = url;
            a.rel = 'noopener noreferrer';
            a.target = '_blank';
            container.appendChild(a);
            last = at + url.length;
            return url;
        });
        container.appendChild(document.createTextNode(body.substring(last)));
    }

    /** The every-child threads (team, family) by their name in the page's language; the others by their title. */
    function titleOf(section, t) {
        return t.kind === 'team' || t.kind === 'family' || !t.title ? text(section, 'kind-' + t.kind) : t.title;
    }

    // --- unread counts -----------------------------------------------------------------------------------------------

    function unreadBadges() {
        var badges = document.querySelectorAll('[data-unread-child]');
        if (!badges.length) {
            return;
        }
        var section = badges[0].closest('[data-csrf]');
        if (!section) {
            return;
        }
        api(section, 'GET', '/notifications').then(function (answer) {
            if (!answer.ok || !Array.isArray(answer.data)) {
                return;
            }
            var counts = {};
            answer.data.forEach(function (n) {
                if (!n.read) {
                    counts[n.childId] = (counts[n.childId] || 0) + 1;
                }
            });
            Array.prototype.forEach.call(badges, function (badge) {
                var n = counts[badge.getAttribute('data-unread-child')] || 0;
                badge.textContent = String(n);
                badge.hidden = n === 0;
            });
        }).catch(function () { /* the count is a convenience: the page works without it */ });
    }

    // --- the threads page --------------------------------------------------------------------------------------------

    function threadsPage(section) {
        var list = document.getElementById('thread-list');
        var empty = document.getElementById('threads-empty');
        var status = document.getElementById('threads-status');
        var child = section.getAttribute('data-child');
        var context = (section.getAttribute('data-context') || '');

        api(section, 'GET', '/children/' + child + '/threads').then(function (answer) {
            if (!answer.ok) {
                show(status, text(section, 'failed') + ' ' + problem(answer));
                return;
            }
            answer.data.forEach(function (t) {
                var li = element('li', 'card thread');
                var a = element('a', 'thread-link');
                a.id = 'thread-' + t.id;
                a.setAttribute('data-kind', t.kind);
                a.href = context + '/app/thread.xhtml?child=' + encodeURIComponent(child) + '&thread=' + t.id;
                a.appendChild(element('strong', null, titleOf(section, t)));
                var line = element('span', 'sub', text(section, 'kind-' + t.kind));
                if (t.unread > 0) {
                    line.appendChild(document.createTextNode(' · '));
                    line.appendChild(element('span', 'badge unread', format(text(section, 'unread'), t.unread)));
                }
                if (t.unreadMentions > 0) {
                    line.appendChild(document.createTextNode(' '));
                    line.appendChild(element('span', 'badge warn mentions',
                        format(text(section, 'mentions'), t.unreadMentions)));
                }
                a.appendChild(line);
                li.appendChild(a);
                list.appendChild(li);
            });
            empty.hidden = answer.data.length > 0;
        }).catch(function () { show(status, text(section, 'failed')); });

        var form = document.getElementById('new-thread-form');
        if (!form) {
            return;
        }
        var error = document.getElementById('new-thread-error');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            hide(error);
            var kind = document.getElementById('new-thread-kind');
            var members = Array.prototype.map.call(form.querySelectorAll('input[name=new-thread-member]:checked'),
                function (c) { return c.value; });
            if (!members.length) {
                show(error, text(section, 'choose'));
                return;
            }
            var button = document.getElementById('new-thread-create');
            button.disabled = true;
            api(section, 'POST', '/children/' + child + '/threads', {
                kind: kind.value, title: document.getElementById('new-thread-title').value, participants: members
            }).then(function (answer) {
                if (answer.status !== 201) {
                    show(error, problem(answer));
                    return;
                }
                window.location.href = context + '/app/thread.xhtml?child=' + encodeURIComponent(child)
                    + '&thread=' + answer.data.id;
            }).catch(function () {
                show(error, text(section, 'failed'));
            }).then(function () { button.disabled = false; });
        });
    }

    // --- the thread page ---------------------------------------------------------------------------------------------

    function threadPage(section) {
        var threadId = section.getAttribute('data-thread');
        var child = section.getAttribute('data-child');
        var context = (section.getAttribute('data-context') || '');
        var me = section.getAttribute('data-me');
        var max = parseInt(section.getAttribute('data-max'), 10);
        var list = document.getElementById('chat-messages');
        var state = document.getElementById('chat-state');
        var emptyNote = document.getElementById('chat-empty');
        var body = document.getElementById('chat-body');
        var counter = document.getElementById('chat-count');
        var error = document.getElementById('chat-error');
        var sendButton = document.getElementById('chat-send');
        var videoButton = document.getElementById('chat-video');
        var composer = document.getElementById('chat-composer');
        var timeFormat = new Intl.DateTimeFormat(section.getAttribute('data-locale') || 'nb', {
            timeZone: section.getAttribute('data-zone') || 'Europe/Oslo', day: 'numeric', month: 'short',
            hour: '2-digit', minute: '2-digit'
        });

        var messages = {};          // id -> message
        var maxEventSeq = 0;        // the highest eventSeq seen: where a reconnect or a poll continues
        var names = {};             // personId -> display name (participants, authors)
        var participants = {};      // personId -> display name: who can be mentioned
        var receipts = {};          // personId -> lastReadSeq
        var readUpTo = 0;           // the seq this person's receipt was last sent for
        var socket = null;
        var failures = 0;
        var stopped = false;
        var pollTimer = null;

        function setLive(mode, note) {
            section.setAttribute('data-live', mode);
            if (note) {
                show(state, note);
            } else {
                hide(state);
            }
        }

        function stop(note) {
            stopped = true;
            if (pollTimer) {
                clearTimeout(pollTimer);
            }
            if (socket) {
                socket.onclose = null;
                socket.close();
            }
            setLive('stopped', note);
            composer.hidden = true;
        }

        /** What a refused read means for the page: access ended, the thread is gone, or the session ended. */
        function refused(status) {
            if (status === 403) {
                stop(text(section, 'revoked'));
            } else if (status === 404) {
                stop(text(section, 'gone'));
            } else if (status === 401) {
                stop(text(section, 'signed-out'));
            }
        }

        function referenceLink(ref) {
            var base = context + '/app/';
            var c = '?child=' + encodeURIComponent(child);
            switch (ref.kind) {
                case 'report':
                    return base + 'report-detail.xhtml' + c + '&id=' + encodeURIComponent(ref.id);
                case 'media':
                    return base + 'media-item.xhtml' + c + '&id=' + encodeURIComponent(ref.id);
                case 'care-plan-version':
                    return base + 'care-plan.xhtml' + c + (/^\d+$/.test(ref.id) ? '&version=' + ref.id : '');
                default:
                    return null;
            }
        }

        function render(m) {
            var li = document.getElementById('msg-' + m.id) || element('li', 'message');
            li.id = 'msg-' + m.id;
            li.setAttribute('data-seq', m.seq);
            li.setAttribute('data-event-seq', m.eventSeq);
            li.classList.toggle('mine', m.author && m.author.personId === me);
            li.classList.toggle('deleted', !!m.deleted);
            var readBy = li.querySelector('.read-by');
            var versions = li.querySelector('.versions');
            li.textContent = '';

            var head = element('div', 'message-head');
            head.appendChild(element('strong', 'author', m.author ? m.author.displayName : ''));
            var time = element('time', 'when', timeFormat.format(new Date(m.sentAt)));
            time.setAttribute('datetime', m.sentAt);
            head.appendChild(time);
            if (m.editedAt && !m.deleted) {
                var edited = element('button', 'edited-mark link', text(section, 'edited'));
                edited.type = 'button';
                edited.title = text(section, 'versions');
                edited.addEventListener('click', function () { toggleVersions(m, li); });
                head.appendChild(edited);
            }
            li.appendChild(head);

            if (m.deleted) {
                li.appendChild(element('p', 'deleted-mark', text(section, 'deleted')));
            } else {
                var p = element('p', 'body');
                linkify(p, m.body || '');
                li.appendChild(p);
            }
            if (!m.deleted && m.references && m.references.length) {
                var refs = element('ul', 'references');
                m.references.forEach(function (ref) {
                    var item = element('li');
                    var href = referenceLink(ref);
                    if (href) {
                        var a = element('a', null, ref.label || ref.kind);
                        a.href = href;
                        item.appendChild(a);
                    } else {
                        item.textContent = ref.label || ref.kind;
                    }
                    refs.appendChild(item);
                });
                li.appendChild(refs);
            }
            if (m.author && m.author.personId === me && !m.deleted) {
                var actions = element('div', 'own-actions');
                var edit = element('button', 'link edit', text(section, 'edit'));
                edit.type = 'button';
                edit.addEventListener('click', function () { startEdit(m, li); });
                var del = element('button', 'link delete', text(section, 'delete'));
                del.type = 'button';
                del.addEventListener('click', function () {
                    if (del.getAttribute('data-armed') !== 'true') {
                        del.setAttribute('data-armed', 'true');
                        del.textContent = text(section, 'delete-confirm');
                        return;
                    }
                    remove(m);
                });
                actions.appendChild(edit);
                actions.appendChild(del);
                li.appendChild(actions);
            }
            if (versions && !m.deleted) {
                li.appendChild(versions);
            }
            li.appendChild(readBy || element('p', 'read-by'));
            return li;
        }

        /**
         * Inserts or replaces the message, in seq order; an older event never overwrites a newer one. Only what came
         * through the feed (socket or fetch) moves the feed's position: the answer to one's own post may overtake an
         * earlier event still on its way, which a reconnect must not skip.
         */
        function upsert(m, fromFeed) {
            var known = messages[m.id];
            if (fromFeed && m.eventSeq > maxEventSeq) {
                maxEventSeq = m.eventSeq;
            }
            if (known && known.eventSeq >= m.eventSeq) {
                return;
            }
            messages[m.id] = m;
            if (m.author) {
                names[m.author.personId] = m.author.displayName;
            }
            var li = render(m);
            if (!li.parentNode) {
                var after = null;
                for (var node = list.lastElementChild; node; node = node.previousElementSibling) {
                    if (parseInt(node.getAttribute('data-seq'), 10) < m.seq) {
                        after = node;
                        break;
                    }
                }
                list.insertBefore(li, after ? after.nextSibling : list.firstChild);
            }
            emptyNote.hidden = true;
        }

        function received(batch, fromFeed) {
            var atBottom = window.innerHeight + window.scrollY >= document.body.scrollHeight - 80;
            var grew = false;
            batch.forEach(function (m) {
                grew = grew || !messages[m.id];
                upsert(m, fromFeed);
            });
            if (grew && atBottom) {
                list.lastElementChild.scrollIntoView({block: 'end'});
            }
            if (grew) {
                markRead();
                refreshReceipts();
            }
            showReceipts();
        }

        function highestSeq() {
            var last = list.lastElementChild;
            return last ? parseInt(last.getAttribute('data-seq'), 10) : 0;
        }

        /** Sends the read receipt up to the last message shown, once per new message, while the page is seen. */
        function markRead() {
            var upTo = highestSeq();
            if (stopped || upTo <= readUpTo || document.visibilityState === 'hidden') {
                return;
            }
            readUpTo = upTo;
            receipts[me] = upTo;
            api(section, 'POST', '/threads/' + threadId + '/read', {upTo: upTo}).catch(function () { readUpTo = 0; });
        }

        /** "Read by ..." under the last message each other participant has read. */
        function showReceipts() {
            var byMessage = {};
            Object.keys(receipts).forEach(function (person) {
                if (person === me) {
                    return;
                }
                var seq = receipts[person];
                var target = null;
                for (var node = list.lastElementChild; node; node = node.previousElementSibling) {
                    if (parseInt(node.getAttribute('data-seq'), 10) <= seq) {
                        target = node;
                        break;
                    }
                }
                if (target) {
                    (byMessage[target.id] = byMessage[target.id] || []).push(names[person] || '?');
                }
            });
            Array.prototype.forEach.call(list.querySelectorAll('.read-by'), function (p) {
                var who = byMessage[p.parentNode.id];
                p.textContent = who ? format(text(section, 'read-by'), who.sort().join(', ')) : '';
            });
        }

        /** The feed carries no receipts: read them again a little after new messages, and now and then. */
        var receiptTimer = null;

        function refreshReceipts() {
            if (receiptTimer || stopped) {
                return;
            }
            receiptTimer = setTimeout(function () {
                receiptTimer = null;
                if (!stopped && document.visibilityState !== 'hidden') {
                    loadReceipts().catch(function () {});
                }
            }, RECEIPTS_AFTER_MS);
        }

        function loadReceipts() {
            return api(section, 'GET', '/threads/' + threadId + '/receipts').then(function (answer) {
                if (answer.ok && Array.isArray(answer.data)) {
                    answer.data.forEach(function (r) {
                        receipts[r.personId] = r.lastReadSeq;
                        names[r.personId] = r.displayName;
                    });
                    showReceipts();
                }
            });
        }

        function toggleVersions(m, li) {
            var shown = li.querySelector('.versions');
            if (shown) {
                shown.remove();
                return;
            }
            api(section, 'GET', '/threads/' + threadId + '/messages/' + m.id + '/versions').then(function (answer) {
                if (!answer.ok) {
                    return;
                }
                var all = Array.isArray(answer.data) ? answer.data : (answer.data.versions || []);
                var ol = element('ol', 'versions');
                ol.setAttribute('aria-label', text(section, 'versions'));
                all.forEach(function (v) {
                    var item = element('li');
                    var at = v.editedAt || v.at || v.writtenAt || v.sentAt || v.replacedAt;
                    if (at) {
                        item.appendChild(element('time', 'when', timeFormat.format(new Date(at))));
                    }
                    var p = element('p', 'body');
                    linkify(p, typeof v === 'string' ? v : (v.body || ''));
                    item.appendChild(p);
                    ol.appendChild(item);
                });
                li.insertBefore(ol, li.querySelector('.read-by'));
            });
        }

        function startEdit(m, li) {
            var bodyElement = li.querySelector('.body');
            var actions = li.querySelector('.own-actions');
            var form = element('form', 'edit-form');
            var area = element('textarea');
            area.value = m.body;
            area.rows = Math.min(12, Math.max(3, m.body.split('\n').length + 1));
            var problemLine = element('p', 'field-error');
            problemLine.hidden = true;
            var save = element('button', 'button primary small', text(section, 'save'));
            save.type = 'submit';
            var cancel = element('button', 'button small', text(section, 'cancel'));
            cancel.type = 'button';
            var row = element('div', 'button-row');
            row.appendChild(save);
            row.appendChild(cancel);
            form.appendChild(area);
            form.appendChild(problemLine);
            form.appendChild(row);
            bodyElement.replaceWith(form);
            actions.hidden = true;
            area.focus();
            cancel.addEventListener('click', function () { render(messages[m.id]); });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (length(area.value) > max) {
                    show(problemLine, format(text(section, 'too-long'), length(area.value), max));
                    return;
                }
                save.disabled = true;
                api(section, 'PUT', '/threads/' + threadId + '/messages/' + m.id, {body: area.value})
                    .then(function (answer) {
                        if (answer.ok) {
                            received([answer.data]);
                        } else {
                            refused(answer.status);
                            show(problemLine, problem(answer));
                        }
                    }).catch(function () { show(problemLine, text(section, 'failed')); })
                    .then(function () { save.disabled = false; });
            });
        }

        function remove(m) {
            api(section, 'DELETE', '/threads/' + threadId + '/messages/' + m.id).then(function (answer) {
                if (!answer.ok) {
                    refused(answer.status);
                    show(error, problem(answer));
                }
                // The deletion arrives as an event with the new eventSeq, live or with the next poll; fetch it now
                // for a client without a socket.
                if (section.getAttribute('data-live') !== 'socket') {
                    poll(false);
                }
            });
        }

        // --- composer ----------------------------------------------------------------------------------------------

        function count() {
            var n = length(body.value);
            if (n > max) {
                show(counter, format(text(section, 'too-long'), n, max));
                counter.classList.add('field-error');
            } else if (n > max * 0.9) {
                show(counter, format(text(section, 'count'), n, max));
                counter.classList.remove('field-error');
            } else {
                hide(counter);
            }
        }

        /** The participants named with "@" and their first name (or whole name) in the text. */
        function mentionsIn(value) {
            var found = [];
            Object.keys(participants).forEach(function (person) {
                var name = participants[person];
                var first = name.split(/\s+/)[0];
                if (person !== me && (value.indexOf('@' + name) >= 0 || new RegExp('@' + first.replace(
                    /[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![\\p{L}\\p{N}])', 'u').test(value))) {
                    found.push(person);
                }
            });
            return found;
        }

        function newKey() {
            if (window.crypto && crypto.randomUUID) {
                return crypto.randomUUID();
            }
            return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
                var r = Math.random() * 16 | 0;
                return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
            });
        }

        var pendingKey = null;      // the clientKey of the text in the composer: a retried send is not doubled

        body.addEventListener('input', function () {
            pendingKey = null;
            hide(error);
            count();
        });
        body.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                composer.requestSubmit ? composer.requestSubmit() : sendButton.click();
            }
        });

        composer.addEventListener('submit', function (event) {
            event.preventDefault();
            var value = body.value;
            if (!value.trim()) {
                return;
            }
            if (length(value) > max) {
                show(error, format(text(section, 'too-long'), length(value), max));
                return;
            }
            pendingKey = pendingKey || newKey();
            sendButton.disabled = true;
            hide(error);
            api(section, 'POST', '/threads/' + threadId + '/messages', {body: value, references: [],
                mentions: mentionsIn(value), clientKey: pendingKey}).then(function (answer) {
                if (answer.status === 201) {
                    body.value = '';
                    pendingKey = null;
                    count();
                    received([answer.data]);
                    list.lastElementChild.scrollIntoView({block: 'end'});
                } else {
                    refused(answer.status);
                    show(error, problem(answer));
                }
            }).catch(function () {
                show(error, text(section, 'failed'));
            }).then(function () { sendButton.disabled = false; });
        });

        videoButton.addEventListener('click', function () {
            videoButton.disabled = true;
            api(section, 'POST', '/threads/' + threadId + '/video-call').then(function (answer) {
                if (answer.status === 201) {
                    received([answer.data]);
                } else {
                    refused(answer.status);
                    show(error, problem(answer));
                }
            }).catch(function () {
                show(error, text(section, 'failed'));
            }).then(function () { videoButton.disabled = false; });
        });

        // --- live feed ---------------------------------------------------------------------------------------------

        /** Fetches every event after the highest seen, page by page; then, when polling, plans the next poll. */
        function poll(again) {
            if (stopped) {
                return Promise.resolve();
            }
            return api(section, 'GET', '/threads/' + threadId + '/messages?after=' + maxEventSeq + '&limit=' + PAGE)
                .then(function (answer) {
                    if (!answer.ok) {
                        refused(answer.status);
                        return false;
                    }
                    received(answer.data.messages || [], true);
                    // The position the server read up to (events replaced by later ones are not sent again).
                    if (answer.data.lastEventSeq > maxEventSeq) {
                        maxEventSeq = answer.data.lastEventSeq;
                    }
                    return answer.data.more;
                }, function () { return false; })
                .then(function (more) {
                    if (more) {
                        return poll(again);
                    }
                    if (again && !stopped) {
                        pollTimer = setTimeout(function () { poll(true); }, POLL_MS);
                    }
                    return undefined;
                });
        }

        function startPolling() {
            if (stopped || section.getAttribute('data-live') === 'polling') {
                return;
            }
            setLive('polling', text(section, 'polling'));
            poll(true);
        }

        /**
         * Opens the feed with a single-use ticket (any instance accepts it, whatever the proxy does with the Origin
         * header); a ticket that cannot be had means no socket: poll.
         */
        function connect() {
            if (stopped) {
                return;
            }
            api(section, 'POST', '/threads/' + threadId + '/live-ticket', {}).then(function (answer) {
                if (answer.ok && answer.data && answer.data.ticket) {
                    open(answer.data.ticket);
                } else if (answer.status === 403 || answer.status === 404 || answer.status === 401) {
                    refused(answer.status);
                } else {
                    startPolling();
                }
            }, function () {
                dropped();
            });
        }

        /** A drop: continue after the highest eventSeq seen, after a growing pause. */
        function dropped() {
            failures++;
            setLive('reconnecting', text(section, 'reconnecting'));
            setTimeout(connect, Math.min(MAX_BACKOFF_MS, 500 * Math.pow(2, failures - 1)));
        }

        function open(ticket) {
            var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
            var url = scheme + window.location.host + context + '/ws/threads/' + threadId + '?after=' + maxEventSeq
                + '&ticket=' + encodeURIComponent(ticket);
            var opened = false;
            try {
                socket = new WebSocket(url);
            } catch (e) {
                startPolling();
                return;
            }
            socket.onopen = function () {
                opened = true;
                failures = 0;
                setLive('socket');
            };
            socket.onmessage = function (event) {
                var frame;
                try {
                    frame = JSON.parse(event.data);
                } catch (e) {
                    return;
                }
                if (frame.type === 'message' && frame.message) {
                    received([frame.message], true);
                } else if (frame.type === 'receipt') {
                    receipts[frame.personId] = frame.lastReadSeq;
                    showReceipts();
                }
                // Other types: ignored (the protocol may add some).
            };
            socket.onclose = function (event) {
                socket = null;
                if (event.code === 4403) {
                    stop(text(section, 'revoked'));
                } else if (event.code === 4404) {
                    stop(text(section, 'gone'));
                } else if (event.code === 4401) {
                    stop(text(section, 'signed-out'));
                } else if (!opened) {
                    // Never opened: no WebSocket on the way here. Poll instead.
                    startPolling();
                } else {
                    dropped();
                }
            };
        }

        // --- start -------------------------------------------------------------------------------------------------

        /** The team thread with or without the guardians: theirs and the coordinator's to decide. */
        function familySwitch(t) {
            var line = document.getElementById('family-switch');
            if (t.kind !== 'team' || section.getAttribute('data-decides-family') !== 'true' || line.hidden === false) {
                return;
            }
            var box = document.getElementById('include-family');
            box.checked = !!t.includeFamily;
            line.hidden = false;
            box.addEventListener('change', function () {
                box.disabled = true;
                api(section, 'PUT', '/threads/' + threadId, {includeFamily: box.checked}).then(function (answer) {
                    if (!answer.ok) {
                        box.checked = !box.checked;
                        refused(answer.status);
                        show(error, problem(answer));
                    }
                }).catch(function () {
                    box.checked = !box.checked;
                    show(error, text(section, 'failed'));
                }).then(function () { box.disabled = false; });
            });
        }

        function loadThread() {
            return api(section, 'GET', '/threads/' + threadId).then(function (answer) {
                if (!answer.ok) {
                    refused(answer.status);
                    return false;
                }
                var t = answer.data;
                document.getElementById('thread-title').textContent = titleOf(section, t);
                var kindName = text(section, 'kind-' + t.kind);
                document.getElementById('thread-kind').textContent = kindName === titleOf(section, t) ? '' : kindName;
                document.getElementById('thread-participants').textContent = (t.participants || [])
                    .map(function (p) {
                        names[p.personId] = p.displayName;
                        participants[p.personId] = p.displayName;
                        return p.displayName;
                    }).join(', ');
                section.setAttribute('data-kind', t.kind);
                familySwitch(t);
                return true;
            });
        }

        document.addEventListener('visibilitychange', markRead);
        setInterval(function () {
            if (!stopped && document.visibilityState !== 'hidden') {
                loadReceipts().catch(function () {});
            }
        }, RECEIPTS_EVERY_MS);
        body.addEventListener('input', count);
        loadThread().then(function (ok) {
            if (!ok) {
                return undefined;
            }
            return poll(false).then(function () {
                if (!list.children.length) {
                    show(emptyNote, text(section, 'empty'));
                }
                section.setAttribute('data-loaded', 'true');
                return loadReceipts().catch(function () {});
            }).then(function () {
                if (!stopped) {
                    if ('WebSocket' in window) {
                        connect();
                    } else {
                        startPolling();
                    }
                }
            });
        }).catch(function () { show(error, text(section, 'failed')); });
    }

    var threads = document.getElementById('chat-threads');
    if (threads) {
        threadsPage(threads);
    }
    var thread = document.getElementById('chat-thread');
    if (thread) {
        threadPage(thread);
    }
    unreadBadges();
}());
