  // widget.js, part 3: showing messages, read receipts, the unread badge and the mode.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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

  // The team's side of the chat: an operator, a group a targeted message came from, or the
  // website's bot (BOT-1); anything else is the visitor.
  function teamKind(kind) {
    return kind === 'operator' || kind === 'group' || kind === 'bot' ? kind : 'visitor';
  }

  // bot: the name is the bot's, marked as such (BOT-1).
  function makeBubble(kind, name, text, attachment, bot) {
    var row = el('div', 'papo-msg papo-msg-' + kind);
    if (kind === 'operator' && name) {
      var who = el('div', 'papo-author');
      who.textContent = name;
      if (bot) {
        var label = el('span', 'papo-bot-label');
        label.textContent = TX.botLabel;
        who.appendChild(label);
      }
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
    var who = teamKind(author.kind);
    var kind = who === 'visitor' ? 'visitor' : 'operator';
    if (kind === 'visitor') {
      for (var i = 0; i < pending.length; i++) {
        if (pending[i].cid === m.cid) { confirmSent(pending[i], m); return; }
      }
    }
    var stick = nearBottom();
    var row = makeBubble(kind, author.name, m.text, m.attachment, who === 'bot');
    row.setAttribute('data-author', kind === 'visitor' ? kind : who + ':' + author.id);
    if (m.cid) row.setAttribute('data-cid', m.cid);
    setMeta(row, timeOf(m.createdAt));
    row.papoMessage = m;
    placeById(row, m.id);
    if (scenarioPrompt && scenarioPrompt.messageId === m.id) renderScenario();
    noteConversation(m, who === 'operator'); // RAT-1: as the server counts an answer
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
    p.el.classList.remove('papo-pending', 'papo-failed', 'papo-held');
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
