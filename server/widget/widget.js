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
            rate: 'rate', window: 'window' };
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
  var CSS_URL = new URL('widget.css', SCRIPT).href;
  // The endpoint sits beside widget.js, so a server behind a path prefix works too.
  var WS_URL = new URL('.' + ENDPOINT, SCRIPT).href.replace(/^http/, 'ws');
  var TOKEN_KEY = 'papo.visitor.' + KEY, READ_KEY = 'papo.read.' + KEY, OPEN_KEY = 'papo.open.' + KEY;

  function scriptUrl() {
    var s = document.currentScript;
    if (s && s.src) return s.src;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--)
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src)) return all[i].src;
    return null;
  }
  function warn(text) { if (window.console) console.warn('[Papo] ' + text); }

  // ---- Texts (WID-3 defaults; the visitor's language, else English) ---------------------
  var TEXTS = {
    en: { title: 'Chat with us', live: "We're online", messenger: 'Leave us a message',
          connecting: 'Connecting…', greetLive: 'Hi there! How can we help you today?',
          greetMessenger: "We're away right now. Leave us a message and we'll reply here as soon as we can.",
          placeholder: 'Type your message…', send: 'Send message', open: 'Open chat',
          close: 'Close chat', log: 'Messages', typing: 'typing…', sending: 'Sending…',
          failed: 'Not sent. Click to retry.', offline: 'Reconnecting…', unread: 'unread',
          edited: 'edited', sent: 'Sent', seen: 'Seen', rateAsk: 'How was this conversation?',
          good: 'Good', bad: 'Bad', rateComment: 'Add a comment (optional)', rateSend: 'Send rating',
          thanks: 'Thanks for your feedback!' },
    pt: { title: 'Fale conosco', live: 'Estamos online', messenger: 'Deixe uma mensagem',
          connecting: 'Conectando…', greetLive: 'Olá! Como podemos ajudar?',
          greetMessenger: 'No momento não estamos disponíveis. Deixe uma mensagem e responderemos aqui assim que possível.',
          placeholder: 'Escreva sua mensagem…', send: 'Enviar mensagem', open: 'Abrir chat',
          close: 'Fechar chat', log: 'Mensagens', typing: 'digitando…', sending: 'Enviando…',
          failed: 'Não enviada. Clique para tentar de novo.', offline: 'Reconectando…', unread: 'não lidas',
          edited: 'editada', sent: 'Enviada', seen: 'Vista', rateAsk: 'Como foi esta conversa?',
          good: 'Boa', bad: 'Ruim', rateComment: 'Deixe um comentário (opcional)', rateSend: 'Enviar avaliação',
          thanks: 'Obrigado pela avaliação!' },
    es: { title: 'Chatea con nosotros', live: 'Estamos en línea', messenger: 'Déjanos un mensaje',
          connecting: 'Conectando…', greetLive: '¡Hola! ¿En qué podemos ayudarte?',
          greetMessenger: 'Ahora no estamos disponibles. Déjanos un mensaje y te responderemos aquí lo antes posible.',
          placeholder: 'Escribe tu mensaje…', send: 'Enviar mensaje', open: 'Abrir chat',
          close: 'Cerrar chat', log: 'Mensajes', typing: 'escribiendo…', sending: 'Enviando…',
          failed: 'No enviado. Haz clic para reintentar.', offline: 'Reconectando…', unread: 'sin leer',
          edited: 'editado', sent: 'Enviado', seen: 'Visto', rateAsk: '¿Qué tal fue esta conversación?',
          good: 'Buena', bad: 'Mala', rateComment: 'Añade un comentario (opcional)', rateSend: 'Enviar valoración',
          thanks: '¡Gracias por tu valoración!' }
  };
  // LANG is the visitor's own language (sent in hello for the operators); PapoSetup.language
  // only changes the widget's texts.
  var LANG = String(navigator.language || 'en').slice(0, MAX_LANG);
  var UI_LANG = TEXTS.hasOwnProperty(SETUP.language) ? SETUP.language : LANG.toLowerCase().split('-')[0];
  var TX = TEXTS.hasOwnProperty(UI_LANG) ? TEXTS[UI_LANG] : TEXTS.en;

  // ---- Formatting (WID-4): the rules of common/formatting.cpp, step by step -------------
  // \s and . are spelled out so they mean what they mean to Qt's PCRE2 (ASCII whitespace;
  // anything but LF), not JavaScript's Unicode-aware versions.
  var RE_LINK = /(https?:\/\/[^\t\n\v\f\r <>"']+[^\t\n\v\f\r <>"'.,;:!?)])/gu;
  var RE_BOLD = /\*\*([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)\*\*/gu;
  var RE_ITALIC = /(^|[\t\n\v\f\r (])_([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)_(?=$|[\t\n\v\f\r ).,;:!?])/gu;

  function escapeHtml(s) { // QString::toHtmlEscaped
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function formatText(text) {
    var links = [];
    var html = escapeHtml(text).replace(RE_LINK, function (m, url) {
      links.push(url);
      return '\x01' + (links.length - 1) + '\x02';
    });
    html = html.replace(RE_BOLD, '<b>$1</b>').replace(RE_ITALIC, '$1<i>$2</i>');
    for (var i = 0; i < links.length; i++)
      html = html.split('\x01' + i + '\x02').join('<a href="' + links[i] +
        '" rel="noopener noreferrer" target="_blank">' + links[i] + '</a>');
    return html.split('\n').join('<br>');
  }

  // ---- Storage (may be unavailable: private modes, sandboxed frames) --------------------
  function load(store, k) { try { return window[store].getItem(k); } catch (e) { return null; } }
  function save(store, k, v) { try { window[store].setItem(k, v); } catch (e) { /* memory only */ } }

  // ---- DOM --------------------------------------------------------------------------------
  var SVG_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
  var SVG_CLOSE = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  var SVG_SEND = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 11.5L21 3l-8.5 18-2-7.5z"/></svg>';

  var hostEl, root, win, launcher, badge, statusText, avatars, log, greeting, typingEl, connEl,
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
    root = el('div', 'papo', { 'data-mode': 'connecting', lang: UI_LANG === SETUP.language ? UI_LANG : LANG });
    applySetup();
    root.style.display = 'none'; // until the stylesheet is in, to avoid a flash of raw markup
    link.onload = link.onerror = function () { root.style.display = ''; };
    shadow.appendChild(link);
    shadow.appendChild(root);

    win = el('div', 'papo-window', { role: 'dialog', 'aria-label': TX.title, hidden: '' });
    var header = el('div', 'papo-header');
    avatars = el('div', 'papo-avatars', { 'aria-hidden': 'true' });
    var titles = el('div', 'papo-titles');
    var title = el('div', 'papo-title');
    title.textContent = TX.title;
    var status = el('div', 'papo-status');
    statusText = el('span', 'papo-status-text');
    statusText.textContent = TX.connecting;
    status.appendChild(el('span', 'papo-dot', { 'aria-hidden': 'true' }));
    status.appendChild(statusText);
    titles.appendChild(title);
    titles.appendChild(status);
    var closeBtn = el('button', 'papo-close', { type: 'button', 'aria-label': TX.close, title: TX.close });
    closeBtn.innerHTML = SVG_CLOSE;
    closeBtn.onclick = function () { setOpen(false); };
    header.appendChild(avatars);
    header.appendChild(titles);
    header.appendChild(closeBtn);

    log = el('div', 'papo-log', { role: 'log', 'aria-live': 'polite', 'aria-label': TX.log, tabindex: '0' });
    greeting = el('div', 'papo-greeting');
    log.appendChild(greeting);
    typingEl = el('div', 'papo-typing', { hidden: '' });
    typingEl.innerHTML = '<span class="papo-dots"><i></i><i></i><i></i></span>';
    typingEl.appendChild(document.createTextNode(TX.typing));
    connEl = el('div', 'papo-conn', { role: 'status', hidden: '' });
    connEl.textContent = TX.offline;

    var form = el('form', 'papo-composer');
    input = el('textarea', 'papo-input', { rows: '1', maxlength: String(MAX_TEXT),
      placeholder: TX.placeholder, 'aria-label': TX.placeholder });
    sendBtn = el('button', 'papo-send', { type: 'submit', 'aria-label': TX.send, title: TX.send });
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

    launcher = el('button', 'papo-launcher', { type: 'button', 'aria-label': TX.open,
      'aria-expanded': 'false', title: TX.open });
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

    root.appendChild(win);
    root.appendChild(launcher);
    root.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !win.hidden) { e.stopPropagation(); setOpen(false); launcher.focus(); }
    });
    document.body.appendChild(hostEl);
    renderMode();
    if (load('sessionStorage', OPEN_KEY) === '1') setOpen(true, true);
  }

  // PapoSetup (WID-6): only values checked here reach the DOM or the stylesheet.
  function applySetup() {
    if (SETUP.position === 'left') root.classList.add('papo-left');
    var c = SETUP.colors && SETUP.colors.button;
    var m = typeof c === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
    if (!m) return;
    var hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1], dark = '#';
    // The hover shade: the same colour, a fifth darker.
    for (var i = 0; i < 6; i += 2)
      dark += ('0' + Math.round(parseInt(hex.substr(i, 2), 16) * 0.8).toString(16)).slice(-2);
    // Custom properties cross the shadow boundary; widget.css reads them with fallbacks.
    hostEl.style.setProperty('--papo-button', '#' + hex);
    hostEl.style.setProperty('--papo-button-dark', dark);
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
    greeting.textContent = m === MODE_LIVE ? TX.greetLive : TX.greetMessenger;
  }
  function setMode(m) {
    if (m !== MODE_LIVE && m !== MODE_MESSENGER) return;
    var was = mode;
    mode = m;
    renderMode();
    // The first mode comes with 'ready'; later switches are changes.
    if (was && was !== m) emit('modeChanged', m);
  }

  function renderOperators(list) {
    avatars.textContent = '';
    (list || []).slice(0, 3).forEach(function (op) {
      var a = el('span', 'papo-avatar');
      a.textContent = String(op.name || '?').trim().charAt(0).toUpperCase() || '?';
      a.title = op.name || '';
      avatars.appendChild(a);
    });
  }

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
    rateEl = el('div', 'papo-rate', { role: 'group', 'aria-label': TX.rateAsk, hidden: '' });
    rateAsk = el('div', 'papo-rate-ask');
    rateAsk.appendChild(el('div')).textContent = TX.rateAsk;
    var row = rateAsk.appendChild(el('div', 'papo-rate-btns'));
    [['good', '\uD83D\uDC4D', TX.good], ['bad', '\uD83D\uDC4E', TX.bad]].forEach(function (b) {
      var btn = el('button', 'papo-rate-btn', { type: 'button', 'aria-label': b[2], title: b[2],
        'aria-pressed': 'false', 'data-rating': b[0] });
      btn.textContent = b[1];
      btn.onclick = function () { chooseRating(b[0]); };
      rateButtons.push(btn);
      row.appendChild(btn);
    });
    rateForm = el('form', 'papo-rate-form', { hidden: '' });
    rateComment = el('textarea', 'papo-rate-comment', { rows: '2', maxlength: String(MAX_COMMENT),
      placeholder: TX.rateComment, 'aria-label': TX.rateComment });
    rateSendBtn = el('button', 'papo-rate-send', { type: 'submit' });
    rateSendBtn.textContent = TX.rateSend;
    rateForm.appendChild(rateComment);
    rateForm.appendChild(rateSendBtn);
    rateForm.onsubmit = function (e) { e.preventDefault(); sendRating(); };
    rateAsk.appendChild(rateForm);
    rateThanks = el('div', 'papo-rate-thanks', { role: 'status' });
    rateThanks.textContent = TX.thanks;
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
    rateSendBtn.disabled = true;
    request(T.rate, d, function (err) {
      rateSendBtn.disabled = false;
      if (err) { warn('rating refused: ' + err.code); return; } // the visitor may try again
      rated = d.rating;
      renderRating();
    });
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
  var ATTACH_TEXTS = {
    en: { attach: 'Attach a file', tooLarge: 'This file is too large (at most %s MB).',
          badType: "This type of file can't be sent.", failed: 'The file could not be sent.',
          file: 'File' },
    pt: { attach: 'Anexar arquivo', tooLarge: 'Este arquivo é grande demais (máximo de %s MB).',
          badType: 'Este tipo de arquivo não pode ser enviado.', failed: 'Não foi possível enviar o arquivo.',
          file: 'Arquivo' },
    es: { attach: 'Adjuntar archivo', tooLarge: 'Este archivo es demasiado grande (máximo %s MB).',
          badType: 'Este tipo de archivo no se puede enviar.', failed: 'No se pudo enviar el archivo.',
          file: 'Archivo' }
  };
  var ATX = ATTACH_TEXTS[UI_LANG] || ATTACH_TEXTS.en;
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
    var btn = el('button', 'papo-attach', { type: 'button', 'aria-label': ATX.attach, title: ATX.attach });
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
    var hasFile = !!a && /^\/attachments\/[\w-]+$/.test(a.url);
    bubble.innerHTML = hasFile ? (text ? '<div class="papo-caption">' + formatText(text) + '</div>' : '')
                               : formatText(text || '');
    if (!hasFile) return;
    var url = new URL('.' + a.url, SCRIPT).href, name = String(a.name || ATX.file);
    var link = el('a', 'papo-file', { href: url, target: '_blank', rel: 'noopener noreferrer' });
    if (/^image\//.test(a.type)) {
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
    if (attachLimit && f.size > attachLimit) return showAttachError(ATX.tooLarge.replace('%s', megabytes(attachLimit)));
    var token = attachToken || load('localStorage', TOKEN_KEY);
    if (!token) return showAttachError(ATX.failed);
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
        showAttachError(status === 413 ? ATX.tooLarge.replace('%s', megabytes(attachLimit)) :
                        status === 415 ? ATX.badType : ATX.failed);
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
    if (typeof window.PapoGroupID === 'string' && window.PapoGroupID) d.group = window.PapoGroupID.slice(0, 64);
    if (window.screen && screen.width) d.screen = screen.width + 'x' + screen.height; // PAN-1
    if (token) d.token = token;
    // Only a reconnect within this page's life resumes from a seq; a fresh page gets the
    // history in the ack instead (WID-5).
    var resume = helloDone && maxSeq !== null;
    if (resume) d.lastSeq = maxSeq;
    request(T.hello, d, function (err, a) {
      if (err) {
        if (err.code === ERR_INVALID_KEY) stop('the website key is unknown');
        else if (err.code === ERR_ORIGIN) stop('this site is not among the website\'s allowed origins');
        else warn('hello refused: ' + err.code + ' ' + (err.message || ''));
        return;
      }
      if (typeof a.token === 'string' && a.token) save('localStorage', TOKEN_KEY, a.token);
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
      renderOperators(a.operators);
      noteSeq(a.lastSeq);
      onRead({ upToId: a.operatorReadUpTo });
      var list = Array.isArray(a.messages) ? a.messages : [];
      for (var i = 0; i < list.length; i++) { noteSeq(list[i].id); onMessage(list[i], true); }
      ratingsOn = a.ratings === true;
      rated = a.rating === 'good' || a.rating === 'bad' ? a.rating : null; // null: a newer conversation
      renderRating();
      readSent = 0; // a read sent on the last connection may be lost
      markRead();
      // Whatever was written while disconnected goes out again, same cid: stored once.
      pending.slice().forEach(function (p) { if (!p.failed) transmit(p); });
      if (typingSent) frame(typingFrame(true));
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
    else if (f.t === T.mode) setMode(d.mode);
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
      visitorData = {}, group = null; // kept for when the server takes them (not sent yet)

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
      group = a == null ? null : String(a);
    } else if (command === 'setVisitorData') {
      if (a && typeof a === 'object') for (var k in a) if (Object.prototype.hasOwnProperty.call(a, k)) visitorData[k] = a[k];
    } else warn('unknown command ' + command);
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
