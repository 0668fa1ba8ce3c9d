  // widget.js, part 6: the connection, hello and incoming frames.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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
    // Papo('setGroup') wins over the page's PapoGroupID; the operators see which one it was.
    if (pageData && typeof pageData.group === 'string') { d.group = pageData.group; d.groupFrom = 'api'; }
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
      useGroupQuestion(a.groupQuestion);
      noteSeq(a.lastSeq); // the history below is all before it: ids are not seqs
      onRead({ upToId: a.operatorReadUpTo });
      var list = Array.isArray(a.messages) ? a.messages : [];
      for (var i = 0; i < list.length; i++) onMessage(list[i], true);
      if (a.hasOwnProperty('scenario')) onScenario(a.scenario); // BOT-1: the buttons open now
      if (a.hasOwnProperty('contactForm')) onContactForm(a.contactForm); // FRM-1
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
    if (f.t === T.message) { targetedStored(d); onMessage(d); } // d is the message object itself
    else if (f.t === T.mode) { setMode(d.mode); renderTeam(d.team); useGroupQuestion(d.groupQuestion); }
    else if (f.t === T.typing) showTyping(d.typing === true);
    else if (f.t === T.edited) showEdited(d);
    else if (f.t === T.read) onRead(d);
    else if (f.t === T.targeted) onTargeted(d);
    else if (f.t === T.openWindow) onOpenWindow();
    else if (f.t === T.scenario) onScenario(d);
    else if (f.t === T.contactForm) onContactForm(d);
  }
