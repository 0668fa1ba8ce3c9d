/* Papo visitor widget: launcher + chat window over /ws/visitor.
 * Mirrors docs/protocol.md (visitor endpoint). No dependencies, no third-party requests;
 * the only global it defines is window.Papo. */
(function (window, document) {
  'use strict';
  if (window.Papo && window.Papo.papoWidget) return; // snippet pasted twice
  // Calls the page made before this script loaded, through the usual stub
  // `window.Papo = function () { (Papo.q = Papo.q || []).push(arguments) }` (WID-6).
  var EARLY = window.Papo && Array.isArray(window.Papo.q) ? window.Papo.q : [];
  // Read once at start; the page's own object, never written to.
  var SETUP = window.PapoSetup && typeof window.PapoSetup === 'object' ? window.PapoSetup : {};

  // ---- Protocol (docs/protocol.md) -------------------------------------------------------
  var T = { ack: 'ack', error: 'error', hello: 'hello', pageView: 'page_view',
            message: 'message', typing: 'typing', mode: 'mode', read: 'read', edited: 'message_edited',
            rate: 'rate', window: 'window', visitorData: 'visitor_data' };
  var ENDPOINT = '/ws/visitor';
  var ERR_INVALID_KEY = 'invalid_key';
  var CLOSE_INVALID_KEY = 4003;
  var ERR_ORIGIN = 'origin_not_allowed', CLOSE_ORIGIN = 4005; // INS-3
  var MAX_TEXT = 5000, MAX_COMMENT = 1000, MAX_URL = 2048, MAX_TITLE = 512, MAX_LANG = 35;
  var MODE_LIVE = 'live', MODE_MESSENGER = 'messenger';

  var KEY = window.PapoID;
  var SCRIPT = scriptUrl();
  if (typeof KEY !== 'string' || !KEY || !SCRIPT) {
    warn('window.PapoID must be set before widget.js is loaded');
    return;
  }
  // The website's key asks for its colour and side with the stylesheet (WID-2).
  var CSS_URL = new URL('widget.css?k=' + encodeURIComponent(KEY), SCRIPT).href;
  // The endpoint sits beside widget.js, so a server behind a path prefix works too.
  var WS_URL = new URL('.' + ENDPOINT, SCRIPT).href.replace(/^http/, 'ws');
  var TOKEN_KEY = 'papo.visitor.' + KEY, READ_KEY = 'papo.read.' + KEY, OPEN_KEY = 'papo.open.' + KEY,
      LOOK_KEY = 'papo.look.' + KEY;

  function scriptUrl() {
    var s = document.currentScript;
    if (s && s.src) return s.src;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--)
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src)) return all[i].src;
    return null;
  }
  function warn(text) { if (window.console) console.warn('[Papo] ' + text); }

  // ---- Texts (WID-3) ---------------------------------------------------------------------
  // The defaults of every language come from widget/texts.json: the server writes them in
  // here when it serves this file. The hello ack then brings the website's texts for the
  // visitor's language (custom ones over the defaults), its colour and its side.
  var TEXTS = __PAPO_TEXTS__;
  // LANG is the visitor's own language (sent in hello for the operators); PapoSetup.language
  // only changes the widget's texts.
  var LANG = String(navigator.language || 'en').slice(0, MAX_LANG);
  var PAGE_LANG = TEXTS.hasOwnProperty(SETUP.language) ? SETUP.language : null;
  var UI_LANG = PAGE_LANG || LANG.toLowerCase().split('-')[0];
  if (!TEXTS.hasOwnProperty(UI_LANG)) UI_LANG = 'en';
  var TX = TEXTS[UI_LANG];
  // Texts shown in elements built once: [node, key, attributes] (none: the node's text).
  // Texts read at the time they are shown (TX.key) need no binding.
  var bound = [];
  function bindText(node, key, attrs) {
    bound.push([node, key, attrs || null]);
    setText(node, key, attrs);
    return node;
  }
  function setText(node, key, attrs) {
    var text = TX[key] || '';
    if (!attrs) node.textContent = text;
    else for (var i = 0; i < attrs.length; i++) node.setAttribute(attrs[i], text);
  }
  // Swaps in the website's texts (the hello ack); every text already shown follows.
  function useTexts(language, texts) {
    if (!TEXTS.hasOwnProperty(language) || !texts || typeof texts !== 'object') return;
    var merged = {};
    for (var k in TEXTS[language])
      merged[k] = typeof texts[k] === 'string' ? texts[k] : TEXTS[language][k];
    TX = merged;
    UI_LANG = language;
    root.setAttribute('lang', LANG.toLowerCase().split('-')[0] === language ? LANG : language);
    bound.forEach(function (b) { setText(b[0], b[1], b[2]); });
    renderMode();
    renderBadge();
    tidy();
  }

  // ---- Formatting (WID-4): the rules of common/formatting.cpp, step by step -------------
  // \s and . are spelled out so they mean what they mean to Qt's PCRE2 (ASCII whitespace;
  // anything but LF), not JavaScript's Unicode-aware versions.
  // Links are found in the text as typed, before escaping, so a `"` or `>` ends a link.
  var RE_LINK = /https?:\/\/[^\t\n\v\f\r <>"']+[^\t\n\v\f\r <>"'.,;:!?)]/gu;
  var RE_BOLD = /\*\*([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)\*\*/gu;
  var RE_ITALIC = /(^|[\t\n\v\f\r (])_([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)_(?=$|[\t\n\v\f\r ).,;:!?])/gu;
  var RE_PLACEHOLDER = /<(\d+)>/g; // escaped text never holds a `<`: it cannot be forged

  function escapeHtml(s) { // QString::toHtmlEscaped
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function formatText(text) {
    var links = [], html = '', last = 0, m;
    RE_LINK.lastIndex = 0;
    while ((m = RE_LINK.exec(text))) {
      html += escapeHtml(text.slice(last, m.index)) + '<' + links.length + '>';
      links.push(escapeHtml(m[0]));
      last = m.index + m[0].length;
    }
    html = (html + escapeHtml(text.slice(last))).replace(RE_BOLD, '<b>$1</b>').replace(RE_ITALIC, '$1<i>$2</i>');
    html = html.replace(RE_PLACEHOLDER, function (p, i) {
      return '<a href="' + links[i] + '" rel="noopener noreferrer" target="_blank">' + links[i] + '</a>';
    });
    return html.split('\n').join('<br>');
  }

  // ---- Storage (may be unavailable: private modes, sandboxed frames) --------------------
  function load(store, k) { try { return window[store].getItem(k); } catch (e) { return null; } }
  function save(store, k, v) { try { window[store].setItem(k, v); } catch (e) { /* memory only */ } }

  // ---- DOM --------------------------------------------------------------------------------
  var SVG_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
  var SVG_CLOSE = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  var SVG_SEND = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 11.5L21 3l-8.5 18-2-7.5z"/></svg>';

  var hostEl, root, win, launcher, badge, statusText, lastActiveEl, avatars, log, greeting, typingEl, connEl,
      input, sendBtn, lastAuthorKey = null;

  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  function build() {
    hostEl = el('papo-widget');
    var shadow = hostEl.attachShadow({ mode: 'open' });
    var link = el('link', null, { rel: 'stylesheet', href: CSS_URL });
    root = el('div', 'papo', { 'data-mode': 'connecting', lang: PAGE_LANG || LANG });
    applyLook({});
    // Hidden until the stylesheet is in (no flash of raw markup) and the website's look is
    // known (no jump from defaults to it): the stylesheet carries the colour and side, else
    // remembered from the last page, else the hello ack; without an answer in 3 s, the defaults.
    root.style.display = 'none';
    link.onload = link.onerror = function () {
      link.onload = link.onerror = null;
      if (useStyleLook()) lookKnown();
      reveal();
    };
    if (!remembered) revealTimer = setTimeout(lookKnown, 3000);
    else revealWait--;
    shadow.appendChild(link);
    shadow.appendChild(root);

    win = bindText(el('div', 'papo-window', { role: 'dialog', hidden: '' }), 'title', ['aria-label']);
    var header = el('div', 'papo-header');
    avatars = el('div', 'papo-avatars', { 'aria-hidden': 'true' });
    var titles = el('div', 'papo-titles');
    var title = el('div', 'papo-title');
    bindText(title, 'title');
    var status = el('div', 'papo-status');
    statusText = el('span', 'papo-status-text');
    statusText.textContent = TX.connecting;
    status.appendChild(el('span', 'papo-dot', { 'aria-hidden': 'true' }));
    status.appendChild(statusText);
    lastActiveEl = el('div', 'papo-last-active', { hidden: '' }); // WID-1
    titles.appendChild(title);
    titles.appendChild(status);
    titles.appendChild(lastActiveEl);
    var closeBtn = bindText(el('button', 'papo-close', { type: 'button' }), 'close', ['aria-label', 'title']);
    closeBtn.innerHTML = SVG_CLOSE;
    closeBtn.onclick = function () { setOpen(false); };
    header.appendChild(avatars);
    header.appendChild(titles);
    header.appendChild(closeBtn);

    log = bindText(el('div', 'papo-log', { role: 'log', 'aria-live': 'polite', tabindex: '0' }), 'log', ['aria-label']);
    greeting = el('div', 'papo-greeting');
    log.appendChild(greeting);
    typingEl = el('div', 'papo-typing', { hidden: '' });
    typingEl.innerHTML = '<span class="papo-dots"><i></i><i></i><i></i></span>';
    typingEl.appendChild(bindText(document.createTextNode(''), 'typing'));
    connEl = el('div', 'papo-conn', { role: 'status', hidden: '' });
    bindText(connEl, 'offline');

    var form = el('form', 'papo-composer');
    input = bindText(el('textarea', 'papo-input', { rows: '1', maxlength: String(MAX_TEXT) }),
      'placeholder', ['placeholder', 'aria-label']);
    sendBtn = bindText(el('button', 'papo-send', { type: 'submit' }), 'send', ['aria-label', 'title']);
    sendBtn.innerHTML = SVG_SEND;
    form.appendChild(input);
    form.appendChild(sendBtn);
    form.onsubmit = function (e) { e.preventDefault(); submit(); };
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    input.addEventListener('input', function () { autoGrow(); onLocalTyping(); });

    win.appendChild(header);
    win.appendChild(log);
    win.appendChild(typingEl);
    win.appendChild(connEl);
    win.appendChild(buildAttach(form));
    win.appendChild(form);

    launcher = bindText(el('button', 'papo-launcher', { type: 'button', 'aria-label': TX.open,
      'aria-expanded': 'false' }), 'open', ['title']);
    launcher.innerHTML = SVG_CHAT + SVG_CLOSE;
    badge = el('span', 'papo-badge', { hidden: '' });
    launcher.appendChild(badge);
    launcher.onclick = function () { setOpen(win.hidden); };
    if (typeof SETUP.buttonText === 'string' && SETUP.buttonText) {
      var label = el('span', 'papo-launcher-text');
      label.textContent = SETUP.buttonText.slice(0, 60); // text, never markup
      launcher.insertBefore(label, badge);
      launcher.classList.add('papo-labelled');
    }
    // startHidden: the page opens the chat from its own button; ours appears once it does.
    if (SETUP.startHidden === true) launcher.hidden = true;
    buildRating();
    buildEmailAsk();

    root.appendChild(win);
    root.appendChild(launcher);
    root.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !win.hidden) { e.stopPropagation(); setOpen(false); launcher.focus(); }
      else if (e.key === 'Tab' && !win.hidden) trapFocus(e);
    });
    document.body.appendChild(hostEl);
    renderMode();
    if (remembered) useWidgetSettings(remembered);
    if (load('sessionStorage', OPEN_KEY) === '1') setOpen(true, true);
  }

  // WID-2: the website's colour and side (from the hello ack); the page's PapoSetup (WID-6)
  // wins over both. Only values checked here reach the DOM or the stylesheet.
  function applyLook(look) {
    var side = SETUP.position === 'left' || SETUP.position === 'right' ? SETUP.position : look.position;
    root.classList.toggle('papo-left', side === 'left');
    var m = hexColor(SETUP.colors && SETUP.colors.button) || hexColor(look.color);
    if (!m) return;
    var hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1], dark = '#';
    // The hover shade: the same colour, a fifth darker.
    for (var i = 0; i < 6; i += 2)
      dark += ('0' + Math.round(parseInt(hex.substr(i, 2), 16) * 0.8).toString(16)).slice(-2);
    // Custom properties cross the shadow boundary; widget.css reads them with fallbacks.
    hostEl.style.setProperty('--papo-button', '#' + hex);
    hostEl.style.setProperty('--papo-button-dark', dark);
  }
  function hexColor(c) { return typeof c === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c); }

  // The colour and side widget.css?k=KEY appends for the website (--papo-site-*).
  function useStyleLook() {
    var style = getComputedStyle(hostEl), color = style.getPropertyValue('--papo-site-color').trim();
    if (!hexColor(color)) return false;
    applyLook({ color: color, position: style.getPropertyValue('--papo-site-side').trim() });
    return true;
  }

  var revealWait = 2, revealTimer = 0; // the stylesheet and the website's look
  function reveal() { if (--revealWait === 0) root.style.display = ''; }
  function lookKnown() {
    if (!revealTimer) return;
    clearTimeout(revealTimer);
    revealTimer = 0;
    reveal();
  }
  function useWidgetSettings(w) {
    if (!w || typeof w !== 'object') return;
    applyLook(w);
    useTexts(w.language, w.texts);
  }
  var remembered = null;
  try { remembered = JSON.parse(load('localStorage', LOOK_KEY) || 'null'); } catch (e) { /* none */ }

  // WID-7: while the window is open, Tab and Shift+Tab cycle inside it (Esc leaves).
  function trapFocus(e) {
    var all = win.querySelectorAll('button, textarea, input, a[href], [tabindex="0"]'), usable = [];
    for (var i = 0; i < all.length; i++) if (!all[i].disabled && all[i].offsetParent) usable.push(all[i]);
    if (!usable.length) return;
    var first = usable[0], last = usable[usable.length - 1], active = root.getRootNode().activeElement;
    if (!win.contains(active)) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
    else if (e.shiftKey && active === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && active === last) { e.preventDefault(); first.focus(); }
  }

  function autoGrow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  }

  // VIS-3: operators see who opened the chat window (fire-and-forget, once per connection).
  var windowReported = false;
  function reportWindowOpen() {
    if (!ready || windowReported || win.hidden) return;
    windowReported = true;
    frame({ t: T.window, d: { open: true } });
  }

  function setOpen(open, quiet) {
    if (!open === win.hidden) return;
    win.hidden = !open;
    root.classList.toggle('papo-open', open);
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', open ? TX.close : TX.open);
    save('sessionStorage', OPEN_KEY, open ? '1' : '0');
    if (open) {
      launcher.hidden = false;
      markRead();
      scrollDown();
      if (!quiet) { input.focus(); emit('windowOpened'); }
      reportWindowOpen();
    } else {
      sendTyping(false);
    }
  }

  // ---- Rendering ----------------------------------------------------------------------
  var byId = Object.create(null); // message id -> element
  var pending = [];    // {cid, text, el, failed}: written here, not yet acknowledged
  var unread = 0, readUpTo = Number(load('localStorage', READ_KEY)) || 0, maxOperatorId = 0,
      opReadUpTo = 0, receipt = el('span', 'papo-receipt');

  function timeOf(iso) {
    var d = iso ? new Date(iso) : new Date();
    if (isNaN(d)) return '';
    var opts = { hour: '2-digit', minute: '2-digit' };
    if (d.toDateString() !== new Date().toDateString()) { opts.month = 'short'; opts.day = 'numeric'; }
    return d.toLocaleString(LANG, opts);
  }

  function makeBubble(kind, name, text, attachment) {
    var row = el('div', 'papo-msg papo-msg-' + kind);
    if (kind === 'operator' && name) {
      var who = el('div', 'papo-author');
      who.textContent = name;
      row.appendChild(who);
    }
    var bubble = el('div', 'papo-bubble');
    fillBubble(bubble, text, attachment);
    row.appendChild(bubble);
    row.appendChild(el('div', 'papo-meta')).appendChild(document.createTextNode(''));
    return row;
  }
  // The meta line: the time or state, then the "edited" mark and the receipt, if any.
  function setMeta(row, text) { row.lastChild.firstChild.data = text; }

  // CHT-4: an edited message shows its new text and an "edited" mark.
  function showEdited(m) {
    var row = byId[m.id], meta = row && row.lastChild;
    if (!meta || typeof m.text !== 'string') return;
    fillBubble(row.querySelector('.papo-bubble'), m.text, m.attachment);
    if (meta.querySelector('.papo-edited')) return;
    var mark = el('span', 'papo-edited');
    mark.textContent = TX.edited;
    meta.insertBefore(mark, meta.firstChild.nextSibling);
  }

  // Keeps stored messages in id order; pending ones (no id yet) stay at the bottom.
  function placeById(row, id) {
    row.setAttribute('data-id', String(id));
    var before = null;
    for (var n = log.lastChild; n && n !== greeting; n = n.previousSibling) {
      var nid = n.getAttribute('data-id');
      if (nid === null || Number(nid) > id) before = n;
      else break;
    }
    log.insertBefore(row, before);
    byId[id] = row;
    tidy();
  }

  // An operator's name is shown once per run of their messages. The visitor's last message,
  // once stored, says "Sent", or "Seen" once an operator's read mark reached it (CHT-5).
  function tidy() {
    var prev = null, last = null;
    for (var n = greeting.nextSibling; n; n = n.nextSibling) {
      var key = n.getAttribute('data-author');
      n.classList.toggle('papo-cont', key !== null && key === prev);
      prev = key;
      if (key === 'visitor') last = n;
    }
    var id = last && Number(last.getAttribute('data-id'));
    if (!id) return receipt.remove();
    receipt.textContent = id <= opReadUpTo ? TX.seen : TX.sent;
    last.lastChild.appendChild(receipt);
  }
  function onRead(d) {
    if (d.by !== 'visitor' && typeof d.upToId === 'number' && d.upToId > opReadUpTo) {
      opReadUpTo = d.upToId;
      tidy();
    }
  }

  // quiet: history from the hello ack, already seen on an earlier page; not a 'message' event.
  function onMessage(m, quiet) {
    if (!m || typeof m.id !== 'number' || typeof m.text !== 'string') return;
    if (byId[m.id]) { if (m.editedAt) showEdited(m); return; } // ack + event, or replay
    var author = m.author || {};
    var kind = author.kind === 'operator' ? 'operator' : 'visitor';
    if (kind === 'visitor') {
      for (var i = 0; i < pending.length; i++) {
        if (pending[i].cid === m.cid) { confirmSent(pending[i], m); return; }
      }
    }
    var stick = nearBottom();
    var row = makeBubble(kind, author.name, m.text, m.attachment);
    row.setAttribute('data-author', kind === 'visitor' ? kind : kind + ':' + author.id);
    if (m.cid) row.setAttribute('data-cid', m.cid);
    setMeta(row, timeOf(m.createdAt));
    placeById(row, m.id);
    noteConversation(m, kind === 'operator');
    if (m.editedAt) showEdited(m);
    if (kind === 'visitor') renderEmailAsk();
    if (kind === 'operator') {
      showTyping(false);
      if (m.id > maxOperatorId) maxOperatorId = m.id;
      // Replies that came while the visitor was away count too (WID-5).
      if (win.hidden) { if (m.id > readUpTo) { unread++; renderBadge(); } }
      else markRead();
    }
    renderRating();
    if (stick) scrollDown();
    if (!quiet) emitMessage(m);
  }

  function confirmSent(p, m) {
    pending.splice(pending.indexOf(p), 1);
    p.el.classList.remove('papo-pending', 'papo-failed');
    p.el.onclick = null;
    setMeta(p.el, timeOf(m.createdAt));
    if (m.attachment) fillBubble(p.el.querySelector('.papo-bubble'), m.text, m.attachment);
    log.removeChild(p.el);
    placeById(p.el, m.id);
    noteConversation(m, false);
    renderRating();
    if (!chatStarted) { chatStarted = true; emit('chatStarted'); }
    emitMessage(m);
  }

  // While the window is open and the page visible, the visitor sees every reply shown; the
  // operators learn so with `read`, at most once a second (CHT-5).
  var readWant = 0, readSent = 0, readAt = 0, readTimer = 0;
  function markRead() {
    if (win.hidden || document.visibilityState !== 'visible') return;
    unread = 0;
    renderBadge();
    if (maxOperatorId > readUpTo) {
      readUpTo = maxOperatorId;
      save('localStorage', READ_KEY, String(readUpTo));
    }
    readWant = maxOperatorId;
    if (!readTimer) readTimer = setTimeout(sendRead, Math.max(0, readAt + 1000 - Date.now()));
  }
  function sendRead() {
    readTimer = 0;
    if (!ready || readWant <= readSent) return;
    readSent = readWant;
    readAt = Date.now();
    request(T.read, { upToId: readSent });
  }
  function renderBadge() {
    badge.hidden = unread === 0;
    badge.textContent = unread > 9 ? '9+' : String(unread);
    launcher.setAttribute('aria-label', (win.hidden ? TX.open : TX.close) +
      (unread ? ' (' + unread + ' ' + TX.unread + ')' : ''));
  }

  function scrollDown() { if (!win.hidden) log.scrollTop = log.scrollHeight; }
  // New messages keep the list at the bottom unless the visitor scrolled up to read.
  function nearBottom() { return log.scrollHeight - log.scrollTop - log.clientHeight < 80; }

  var typingTimer = 0;
  function showTyping(on) {
    clearTimeout(typingTimer);
    typingEl.hidden = !on;
    if (on) typingTimer = setTimeout(function () { typingEl.hidden = true; }, 8000);
  }

  var mode = null;
  function renderMode() {
    var m = mode || 'connecting';
    root.setAttribute('data-mode', m);
    statusText.textContent = m === MODE_LIVE ? TX.live : m === MODE_MESSENGER ? TX.messenger : TX.connecting;
    renderLastActive();
    greeting.textContent = m === MODE_LIVE ? TX.greetLive : TX.greetMessenger;
    renderEmailAsk();
  }
  function setMode(m) {
    if (m !== MODE_LIVE && m !== MODE_MESSENGER) return;
    var was = mode;
    mode = m;
    renderMode();
    // The first mode comes with 'ready'; later switches are changes.
    if (was && was !== m) emit('modeChanged', m);
  }

  // ---- Team header (WID-1) ---------------------------------------------------------------
  // Up to three of the team (the server sends online ones first, then the most recently
  // active): their photo, or their initials without one; and while nobody is online, when
  // the team was last active, so the widget looks alive. Names are text, never markup.
  var team = [];
  var RE_AVATAR = /^avatars\/[A-Za-z0-9_-]+\.png$/;
  function initials(name) {
    var words = String(name || '').trim().split(/\s+/), out = '';
    [words[0], words.length > 1 ? words[words.length - 1] : ''].forEach(function (w) {
      var c = /[\p{L}\p{N}]/u.exec(w || '');
      if (c) out += c[0].toUpperCase();
    });
    return out || '?';
  }
  function renderTeam(list) {
    if (!Array.isArray(list)) return;
    team = list;
    avatars.textContent = '';
    list.slice(0, 3).forEach(function (member) {
      var name = String(member.name || ''), a = el('span', 'papo-avatar', { 'data-online': String(member.online === true) });
      a.title = name;
      a.textContent = initials(name);
      if (typeof member.avatarUrl === 'string' && RE_AVATAR.test(member.avatarUrl)) {
        var img = el('img', null, { alt: '', src: new URL(member.avatarUrl, SCRIPT).href });
        img.onerror = function () { a.classList.remove('papo-photo'); img.remove(); };
        a.classList.add('papo-photo');
        a.appendChild(img);
      }
      avatars.appendChild(a);
    });
    renderLastActive();
  }
  function activeText(iso) {
    var at = Date.parse(iso);
    if (isNaN(at)) return '';
    var min = Math.max(0, Math.floor((Date.now() - at) / 60000)), h = Math.floor(min / 60), d = Math.floor(h / 24);
    if (d > 30) return ''; // a month-old visit makes no one look alive
    var text = min < 1 ? TX.activeNow : h < 1 ? TX.activeMin : d < 1 ? TX.activeHours : d === 1 ? TX.activeDay : TX.activeDays;
    return text.replace('{n}', String(d >= 1 ? d : h >= 1 ? h : min));
  }
  function renderLastActive() {
    if (!lastActiveEl) return;
    var latest = null;
    team.forEach(function (m) { if (typeof m.lastActiveAt === 'string' && (!latest || m.lastActiveAt > latest)) latest = m.lastActiveAt; });
    var text = mode === MODE_MESSENGER && latest ? activeText(latest) : '';
    lastActiveEl.textContent = text;
    lastActiveEl.hidden = !text;
  }
  setInterval(renderLastActive, 30000); // "5 min ago" becomes "6 min ago"

  // ---- Rating (RAT-1) ----------------------------------------------------------------------
  // A card at the end of the list: 👍/👎, then an optional comment and send, then thanks.
  // Shown only when the website asks for ratings and an operator has written.
  var rateEl, rateAsk, rateForm, rateComment, rateSendBtn, rateThanks, rateButtons = [],
      ratingsOn = false, rated = null, rateChoice = null,
      convId = null, newestId = 0, answered = Object.create(null);

  // `rate` rates the latest conversation, and only once an operator wrote in it: follow which
  // conversation the newest message belongs to, and which ones have an operator's message.
  function noteConversation(m, byOperator) {
    var c = typeof m.conversationId === 'number' ? m.conversationId : 0;
    if (byOperator) answered[c] = true;
    if (m.id < newestId) return;
    if (convId !== null && c !== convId) { rated = null; rateChoice = null; resetRating(); }
    newestId = m.id;
    convId = c;
  }
  function resetRating() {
    rateForm.hidden = true;
    rateComment.value = '';
    rateButtons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
  }

  function buildRating() {
    rateEl = bindText(el('div', 'papo-rate', { role: 'group', hidden: '' }), 'rateAsk', ['aria-label']);
    rateAsk = el('div', 'papo-rate-ask');
    rateAsk.appendChild(bindText(el('div'), 'rateAsk'));
    var row = rateAsk.appendChild(el('div', 'papo-rate-btns'));
    [['good', '\uD83D\uDC4D'], ['bad', '\uD83D\uDC4E']].forEach(function (b) {
      var btn = bindText(el('button', 'papo-rate-btn', { type: 'button', 'aria-pressed': 'false',
        'data-rating': b[0] }), b[0], ['aria-label', 'title']);
      btn.textContent = b[1];
      btn.onclick = function () { chooseRating(b[0]); };
      rateButtons.push(btn);
      row.appendChild(btn);
    });
    rateForm = el('form', 'papo-rate-form', { hidden: '' });
    rateComment = bindText(el('textarea', 'papo-rate-comment', { rows: '2', maxlength: String(MAX_COMMENT) }),
      'rateComment', ['placeholder', 'aria-label']);
    rateSendBtn = el('button', 'papo-rate-send', { type: 'submit' });
    bindText(rateSendBtn, 'rateSend');
    rateForm.appendChild(rateComment);
    rateForm.appendChild(rateSendBtn);
    rateForm.onsubmit = function (e) { e.preventDefault(); sendRating(); };
    rateAsk.appendChild(rateForm);
    rateThanks = el('div', 'papo-rate-thanks', { role: 'status' });
    bindText(rateThanks, 'thanks');
    rateEl.appendChild(rateAsk);
    rateEl.appendChild(rateThanks);
  }

  function chooseRating(r) {
    rateChoice = r;
    rateButtons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-rating') === r)); });
    rateForm.hidden = false;
    rateComment.focus();
  }

  function sendRating() {
    if (!rateChoice || !ready || rateSendBtn.disabled) return;
    var d = { rating: rateChoice }, comment = rateComment.value.trim().slice(0, MAX_COMMENT);
    if (comment) d.comment = comment;
    // Disabling the focused button drops the focus: note it now to keep the keyboard in the chat.
    var hadFocus = rateEl.contains(root.getRootNode().activeElement);
    rateSendBtn.disabled = true;
    request(T.rate, d, function (err) {
      rateSendBtn.disabled = false;
      if (err) { warn('rating refused: ' + err.code); return; } // the visitor may try again
      rated = d.rating;
      renderRating();
      if (hadFocus) input.focus(); // the rating's buttons are gone
    });
  }

  // ---- Messenger mode asks where to reply (WID-2, CHT-6) -------------------------------------
  // Nobody is online: once the visitor has written, a card asks for their email so the reply
  // reaches them even if they leave. Not asked again once the server knows one.
  var emailEl, emailForm, emailInput, emailDone, knownEmail = '';
  function buildEmailAsk() {
    emailEl = el('div', 'papo-email', { role: 'group', hidden: '' });
    emailForm = el('form', 'papo-email-form', { novalidate: '' });
    emailInput = bindText(el('input', 'papo-email-input', { type: 'email', maxlength: '200',
      autocomplete: 'email' }), 'emailPlaceholder', ['placeholder', 'aria-label']);
    emailForm.appendChild(emailInput);
    emailForm.appendChild(bindText(el('button', 'papo-email-save', { type: 'submit' }), 'emailSave'));
    emailForm.onsubmit = function (e) { e.preventDefault(); saveEmail(); };
    emailDone = el('div', 'papo-email-done', { role: 'status', hidden: '' });
    emailEl.appendChild(bindText(el('div', 'papo-email-ask'), 'emailAsk'));
    emailEl.appendChild(emailForm);
    emailEl.appendChild(emailDone);
  }
  function saveEmail() {
    var email = emailInput.value.trim();
    var valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    emailInput.setAttribute('aria-invalid', String(!valid));
    if (!valid || !ready) { emailInput.focus(); return; }
    request(T.visitorData, { email: email }, function (err) {
      if (err) { emailInput.setAttribute('aria-invalid', 'true'); return; }
      knownEmail = email;
      emailForm.hidden = true;
      emailDone.textContent = TX.emailSaved.replace('{email}', email); // text, never markup
      emailDone.hidden = false;
      if (emailEl.contains(root.getRootNode().activeElement) || document.activeElement === document.body) input.focus();
    });
  }
  function renderEmailAsk() {
    if (!emailEl) return;
    var asking = !knownEmail && mode === MODE_MESSENGER && !!log.querySelector('.papo-msg-visitor');
    emailEl.hidden = !asking && emailDone.hidden;
    if (!emailEl.hidden && emailEl.parentNode !== log) log.insertBefore(emailEl, rateEl && rateEl.parentNode === log ? rateEl : null);
  }

  function renderRating() {
    if (!rateEl) return;
    rateEl.hidden = !ratingsOn || !(rated || answered[convId]);
    rateAsk.hidden = !!rated;
    rateThanks.hidden = !rated;
    // Always the last thing in the list, after whatever arrived since.
    if (!rateEl.hidden && log.lastChild !== rateEl) log.appendChild(rateEl);
  }

  // ---- Sending --------------------------------------------------------------------------
  function newCid() {
    var bytes = new Uint8Array(16), abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    window.crypto.getRandomValues(bytes);
    var s = 'w-';
    for (var i = 0; i < bytes.length; i++) s += abc.charAt(bytes[i] & 63);
    return s;
  }

  function submit() {
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    autoGrow();
    sendTyping(false);
    sendText(text);
  }
  // The composer and Papo('sendMessage') alike: shown at once, sent when connected.
  function sendText(text) {
    transmit(addPending(text.slice(0, MAX_TEXT)));
  }
  function addPending(text) {
    var p = { cid: newCid(), text: text, el: null, failed: false };
    p.el = makeBubble('visitor', null, p.text);
    p.el.classList.add('papo-pending');
    p.el.setAttribute('data-cid', p.cid);
    p.el.setAttribute('data-author', 'visitor');
    setMeta(p.el, TX.sending);
    log.appendChild(p.el);
    tidy();
    renderEmailAsk();
    renderRating();
    pending.push(p);
    scrollDown();
    return p;
  }

  // Sends (or resends, with the same cid) one pending message; the server stores it once.
  function transmit(p) {
    if (!ready || p.uploading) return; // resent after the next hello, or once uploaded
    var msg = { cid: p.cid, text: p.text };
    if (p.attachmentId) msg.attachmentId = p.attachmentId;
    request(T.message, msg, function (err, d) {
      if (pending.indexOf(p) < 0) return;
      if (err) { // refused (e.g. invalid_field) or not stored (internal): the visitor may retry
        p.failed = true;
        p.el.classList.add('papo-failed');
        setMeta(p.el, TX.failed);
        p.el.onclick = function () {
          p.failed = false;
          p.el.classList.remove('papo-failed');
          p.el.onclick = null;
          setMeta(p.el, TX.sending);
          transmit(p);
        };
        return;
      }
      if (d.message) confirmSent(p, d.message);
    });
  }

  // CHT-3: operators see the draft as it is typed, at most every 300 ms.
  var typingSent = false, draftSentAt = 0, draftTimer = 0, typingIdle = 0;
  function onLocalTyping() {
    clearTimeout(typingIdle);
    if (!input.value.trim()) { sendTyping(false); return; }
    if (!draftTimer)
      draftTimer = setTimeout(function () { draftTimer = 0; sendTyping(true); },
                              Math.max(0, 300 - (Date.now() - draftSentAt)));
    typingIdle = setTimeout(function () { sendTyping(false); }, 3000);
  }
  function typingFrame(on) {
    return { t: T.typing, d: on ? { typing: true, text: input.value.slice(0, MAX_TEXT) } : { typing: false } };
  }
  function sendTyping(on) {
    if (!on) { clearTimeout(typingIdle); clearTimeout(draftTimer); draftTimer = 0; }
    if (on === typingSent && !on) return;
    typingSent = on;
    draftSentAt = Date.now();
    if (ready) frame(typingFrame(on)); // fire-and-forget: no id
  }

  // ---- Attachments (CHT-9): pictures and files both ways ------------------------------------
  var SVG_CLIP = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.5 3.5 0 0 1 5 5L10 17.5a2 2 0 0 1-3-3l7.5-7.5"/></svg>';
  var attachLimit = 0, attachToken = '', attachErr = null, errTimer = 0;

  function buildAttach(form) {
    var input = el('input', null, { type: 'file', hidden: '', tabindex: '-1',
      accept: 'image/*,.pdf,.txt,.csv,.zip,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp' });
    input.onchange = function () {
      var f = input.files && input.files[0];
      input.value = '';
      if (f) sendFile(f);
    };
    var btn = bindText(el('button', 'papo-attach', { type: 'button' }), 'attach', ['aria-label', 'title']);
    btn.innerHTML = SVG_CLIP;
    btn.onclick = function () { input.click(); };
    form.insertBefore(btn, form.firstChild);
    form.appendChild(input);
    attachErr = el('div', 'papo-attach-error', { role: 'alert', hidden: '' });
    return attachErr;
  }
  function showAttachError(text) {
    clearTimeout(errTimer);
    attachErr.textContent = text;
    attachErr.hidden = !text;
    if (text) errTimer = setTimeout(function () { attachErr.hidden = true; }, 8000);
  }
  function megabytes(n) { return String(Math.round(n / 104857.6) / 10); }

  // The bubble's text (formatText escapes everything first, WID-4), then its file, if any:
  // a picture shown in place, anything else a link. Names are text, never markup.
  function fillBubble(bubble, text, a) {
    // The server's signed link: the file's id, its expiry and signature (docs/protocol.md).
    var hasFile = !!a && /^\/attachments\/[\w-]+(\?exp=\d+&sig=[\w-]+)?$/.test(a.url);
    bubble.innerHTML = hasFile ? (text ? '<div class="papo-caption">' + formatText(text) + '</div>' : '')
                               : formatText(text || '');
    if (!hasFile) return;
    var url = new URL('.' + a.url, SCRIPT).href, name = String(a.name || TX.file);
    var link = el('a', 'papo-file', { href: url, target: '_blank', rel: 'noopener noreferrer' });
    if (/^image\/(png|jpeg|gif|webp)$/.test(a.type)) {
      var img = el('img', 'papo-img', { src: url, alt: name });
      img.onload = function () { if (nearBottom() || !bubble.parentNode.nextSibling) scrollDown(); };
      link.appendChild(img);
    } else {
      link.className += ' papo-doc';
      link.textContent = '\uD83D\uDCCE ' + name + ' (' + (a.size < 1048576 ?
        Math.max(1, Math.round(a.size / 1024)) + ' KB' : megabytes(a.size) + ' MB') + ')';
    }
    bubble.insertBefore(link, bubble.firstChild);
    bubble.classList.add('papo-has-file');
  }

  // Uploaded with the visitor's token, then sent as a message that carries its id.
  function sendFile(f) {
    showAttachError('');
    if (attachLimit && f.size > attachLimit) return showAttachError(TX.attachTooLarge.replace('{n}', megabytes(attachLimit)));
    var token = attachToken || load('localStorage', TOKEN_KEY);
    if (!token) return showAttachError(TX.attachFailed);
    var p = addPending(String(f.name).slice(0, 200));
    p.uploading = true;
    var url = new URL('./api/attachments', SCRIPT);
    url.searchParams.set('key', KEY);
    url.searchParams.set('name', String(f.name).slice(0, 200));
    fetch(url.href, { method: 'POST', headers: { Authorization: 'Bearer ' + token }, body: f })
      .then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok || !j.attachment) throw r.status;
          p.uploading = false;
          p.text = '';
          p.attachmentId = j.attachment.id;
          transmit(p);
        });
      })
      .catch(function (status) {
        pending.splice(pending.indexOf(p), 1);
        if (p.el.parentNode) log.removeChild(p.el);
        tidy();
        showAttachError(status === 413 ? TX.attachTooLarge.replace('{n}', megabytes(attachLimit)) :
                        status === 415 ? TX.attachBadType : TX.attachFailed);
      });
  }

  // ---- Connection ------------------------------------------------------------------------
  var ws = null, ready = false, helloDone = false, stopped = false, backoff = 500,
      reconnectTimer = 0, connTimer = 0, reqN = 0, callbacks = Object.create(null), maxSeq = null,
      lastUrl = location.href;

  function frame(obj) {
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify(obj)); return true; }
    return false;
  }
  function request(t, d, cb) {
    var id = 'r' + (++reqN);
    if (frame({ t: t, id: id, d: d }) && cb) callbacks[id] = cb;
  }

  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = 0;
    if (stopped || ws) return;
    var sock;
    try { sock = new WebSocket(WS_URL); } catch (e) { retry(); return; }
    ws = sock;
    sock.onopen = function () { hello(); };
    sock.onmessage = function (ev) { if (sock === ws) onFrame(ev.data); };
    sock.onclose = function (ev) {
      if (sock !== ws) return;
      ws = null;
      ready = false;
      callbacks = Object.create(null);
      if (ev.code === CLOSE_INVALID_KEY) stop('the website key is unknown');
      else if (ev.code === CLOSE_ORIGIN) stop('this site is not among the website\'s allowed origins');
      else retry();
    };
  }

  function retry() {
    if (stopped || reconnectTimer) return;
    var delay = backoff * (0.8 + Math.random() * 0.4);
    backoff = Math.min(backoff * 2, 10000);
    reconnectTimer = setTimeout(connect, delay);
    if (!connTimer) connTimer = setTimeout(function () { connEl.hidden = ready; }, 1500);
  }

  function stop(why) {
    stopped = true;
    warn('widget disabled: ' + why);
    if (hostEl && hostEl.parentNode) hostEl.parentNode.removeChild(hostEl);
  }

  function hello() {
    var token = load('localStorage', TOKEN_KEY);
    var d = page();
    d.key = KEY;
    d.lang = LANG;
    if (PAGE_LANG) d.textLanguage = PAGE_LANG;
    if (typeof window.PapoGroupID === 'string' && window.PapoGroupID) d.group = window.PapoGroupID.slice(0, 64);
    if (pageData && typeof pageData.group === 'string') d.group = pageData.group;
    if (window.screen && screen.width) d.screen = screen.width + 'x' + screen.height; // PAN-1
    if (token) d.token = token;
    // Only a reconnect within this page's life resumes from a seq; a fresh page gets the
    // history in the ack instead (WID-5).
    var resume = helloDone && maxSeq !== null;
    if (resume) d.lastSeq = maxSeq;
    request(T.hello, d, function (err, a) {
      lookKnown();
      if (err) {
        if (err.code === ERR_INVALID_KEY) stop('the website key is unknown');
        else if (err.code === ERR_ORIGIN) stop('this site is not among the website\'s allowed origins');
        else warn('hello refused: ' + err.code + ' ' + (err.message || ''));
        return;
      }
      if (typeof a.token === 'string' && a.token) save('localStorage', TOKEN_KEY, a.token);
      useWidgetSettings(a.widget);
      if (a.widget) save('localStorage', LOOK_KEY, JSON.stringify(a.widget));
      attachLimit = a.attachmentLimit > 0 ? a.attachmentLimit : 0;
      attachToken = a.token; // also where storage is unavailable
      helloDone = ready = true;
      windowReported = false;
      reportWindowOpen();
      backoff = 500;
      clearTimeout(connTimer);
      connTimer = 0;
      connEl.hidden = true;
      setMode(a.mode);
      renderTeam(a.team);
      noteSeq(a.lastSeq);
      onRead({ upToId: a.operatorReadUpTo });
      var list = Array.isArray(a.messages) ? a.messages : [];
      for (var i = 0; i < list.length; i++) { noteSeq(list[i].id); onMessage(list[i], true); }
      knownEmail = typeof a.email === 'string' ? a.email : '';
      ratingsOn = a.ratings === true;
      rated = a.rating === 'good' || a.rating === 'bad' ? a.rating : null; // null: a newer conversation
      renderEmailAsk();
      renderRating();
      readSent = 0; // a read sent on the last connection may be lost
      markRead();
      // Whatever was written while disconnected goes out again, same cid: stored once.
      pending.slice().forEach(function (p) { if (!p.failed) transmit(p); });
      if (typingSent) frame(typingFrame(true));
      sendPageData();
      if (!readyFired) { readyFired = true; emit('ready', { mode: mode }); }
    });
  }

  function page() {
    lastUrl = location.href;
    return { url: lastUrl.slice(0, MAX_URL), title: String(document.title || '').slice(0, MAX_TITLE),
             referrer: String(document.referrer || '').slice(0, MAX_URL) };
  }
  // Single-page sites change the URL without a reload; the operators still see the path.
  function onNavigate() {
    if (ready && location.href !== lastUrl) request(T.pageView, page());
  }

  function noteSeq(seq) {
    if (typeof seq === 'number' && (maxSeq === null || seq > maxSeq)) maxSeq = seq;
  }

  function onFrame(raw) {
    var f;
    try { f = JSON.parse(raw); } catch (e) { return; }
    if (!f || typeof f !== 'object') return;
    var d = f.d && typeof f.d === 'object' ? f.d : {};
    if (f.t === T.ack || f.t === T.error) {
      var cb = typeof f.re === 'string' ? callbacks[f.re] : null;
      if (cb) {
        delete callbacks[f.re];
        cb(f.t === T.error ? f : null, d);
      } else if (f.t === T.error) {
        warn(f.code + ': ' + f.message);
      }
      return;
    }
    noteSeq(f.seq);
    if (f.t === T.message) onMessage(d); // d is the message object itself
    else if (f.t === T.mode) { setMode(d.mode); renderTeam(d.team); }
    else if (f.t === T.typing) showTyping(d.typing === true);
    else if (f.t === T.edited) showEdited(d);
    else if (f.t === T.read) onRead(d);
  }

  // ---- JavaScript API (WID-6; docs/widget-api.md) -----------------------------------------
  var EVENTS = { ready: 1, chatStarted: 1, message: 1, modeChanged: 1, windowOpened: 1 };
  // Names pushed to Google Analytics when the page has it; only these three, never texts.
  var GA = { chatStarted: ['papo.chatStarted', 'papo_chat_started'], message: ['papo.message', 'papo_message'],
             windowOpened: ['papo.windowOpened', 'papo_window_opened'] };
  var handlers = {}, readyFired = false, chatStarted = false, later = [],
      pageData = null; // what the page told about its visitor: sent after every hello

  function emit(name, arg) {
    (handlers[name] || []).slice().forEach(function (fn) { call(fn, arg); });
    var ga = GA[name];
    if (!ga) return;
    try {
      if (Array.isArray(window.dataLayer)) window.dataLayer.push({ event: ga[0] });
      if (typeof window.gtag === 'function') window.gtag('event', ga[1]);
    } catch (e) { warn('analytics: ' + e); }
  }
  // A failing page handler must not break the widget, nor the other handlers.
  function call(fn, arg) {
    try { fn(arg); } catch (e) { warn('event handler failed: ' + e); }
  }
  function emitMessage(m) {
    var a = m.author || {}, f = m.attachment;
    var e = { id: m.id, text: m.text,
      author: { kind: a.kind === 'operator' ? 'operator' : 'visitor', name: String(a.name || '') } };
    if (f && typeof f.url === 'string') // CHT-9
      e.file = { name: String(f.name || ''), type: String(f.type || ''), size: f.size, url: new URL('.' + f.url, SCRIPT).href };
    emit('message', e);
  }

  function api(command, a, b) {
    if (!win) { later.push(arguments); return; } // before the page has a body: run at start
    if (command === 'openChat') setOpen(true);
    else if (command === 'closeChat') setOpen(false);
    else if (command === 'toggle') setOpen(win.hidden);
    else if (command === 'sendMessage') {
      var text = typeof a === 'string' ? a.trim() : '';
      if (text) sendText(text);
      else warn('sendMessage needs a non-empty text');
    } else if (command === 'on') {
      if (!EVENTS[a] || typeof b !== 'function') return warn('on: unknown event or no handler: ' + a);
      (handlers[a] = handlers[a] || []).push(b);
      // Subscribing late (or from the queue, replayed at start) still learns of 'ready'.
      if (a === 'ready' && readyFired) call(b, { mode: mode });
    } else if (command === 'setGroup') {
      setPageData({ group: a == null ? '' : String(a).slice(0, 64) });
    } else if (command === 'setVisitorData') {
      if (!a || typeof a !== 'object') return warn('setVisitorData needs an object');
      var d = { fields: {} };
      for (var k in a) if (Object.prototype.hasOwnProperty.call(a, k)) {
        if (CONTACT.test(k)) d[k] = String(a[k] == null ? '' : a[k]).slice(0, 200);
        else d.fields[k] = a[k] === undefined ? null : a[k];
      }
      setPageData(d);
    } else warn('unknown command ' + command);
  }
  // WID-6: merged here and sent whole; the server merges it into the visitor it keeps.
  var CONTACT = /^(name|email|phone)$/;
  function setPageData(d) {
    pageData = pageData || { fields: {} };
    for (var k in d) if (k !== 'fields') pageData[k] = d[k];
    if (d.email) knownEmail = d.email; // the website knows where to reply
    for (var f in d.fields || {}) pageData.fields[f] = d.fields[f];
    sendPageData();
  }
  function sendPageData() {
    if (!ready || !pageData) return;
    request(T.visitorData, pageData, function (err) {
      if (err) warn('visitor data refused: ' + (err.message || err.code));
    });
  }
  api.papoWidget = true;
  window.Papo = api;

  function start() {
    build();
    // The page's queued calls, in order, before the connection: their handlers see 'ready'.
    EARLY.concat(later).forEach(function (args) {
      try { api.apply(null, args); } catch (e) { warn('queued call failed: ' + e); }
    });
    connect();
    window.addEventListener('online', function () { if (!ws) { backoff = 500; connect(); } });
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    document.addEventListener('visibilitychange', function () { markRead(); });
  }
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})(window, document);
