  // widget.js, part 8: the page's JavaScript API and the start.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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
      author: { kind: teamKind(a.kind), name: String(a.name || '') } };
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
        else if (k === 'marketingConsent') { // EXP-1; anything else would have every resend refused
          if (typeof a[k] === 'boolean') d[k] = a[k];
          else warn('setVisitorData: marketingConsent must be true or false');
        } else d.fields[k] = a[k] === undefined ? null : a[k];
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
