  // widget.js, part 4: the team header, the rating card and messenger mode's email card.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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
  // A card at the end of the list: thumbs up/down, then an optional comment and send, then
  // thanks. The thumbs are drawn, not emoji: a computer without an emoji font shows boxes.
  // Shown only when the website asks for ratings and an operator has written.
  var THUMB = '<path d="M3 11h4v10H3zM7 11l4-8c1.5 0 2.5 1 2.5 2.5V9H19a2 2 0 0 1 2 2.3l-1.3 7.5a2 2 0 0 1-2 1.7H7"/>';
  var SVG_THUMB_UP = '<svg viewBox="0 0 24 24" aria-hidden="true">' + THUMB + '</svg>';
  var SVG_THUMB_DOWN = '<svg viewBox="0 0 24 24" aria-hidden="true"><g transform="rotate(180 12 12)">' + THUMB + '</g></svg>';
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
    [['good', SVG_THUMB_UP], ['bad', SVG_THUMB_DOWN]].forEach(function (b) {
      var btn = bindText(el('button', 'papo-rate-btn', { type: 'button', 'aria-pressed': 'false',
        'data-rating': b[0] }), b[0], ['aria-label', 'title']);
      btn.innerHTML = b[1];
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
  // EXP-1: an optional, unticked box for marketing email; its state travels with the address.
  var emailEl, emailForm, emailInput, emailConsent, emailDone, knownEmail = '';
  function buildEmailAsk() {
    emailEl = el('div', 'papo-email', { role: 'group', hidden: '' });
    emailForm = el('form', 'papo-email-form', { novalidate: '' });
    var row = el('div', 'papo-email-row');
    emailInput = bindText(el('input', 'papo-email-input', { type: 'email', maxlength: '200',
      autocomplete: 'email' }), 'emailPlaceholder', ['placeholder', 'aria-label']);
    row.appendChild(emailInput);
    row.appendChild(bindText(el('button', 'papo-email-save', { type: 'submit' }), 'emailSave'));
    emailForm.appendChild(row);
    var consent = el('label', 'papo-email-consent');
    emailConsent = el('input', null, { type: 'checkbox' });
    consent.appendChild(emailConsent);
    consent.appendChild(bindText(el('span'), 'emailConsent'));
    emailForm.appendChild(consent);
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
    var consent = emailConsent.checked;
    request(T.visitorData, { email: email, marketingConsent: consent }, function (err) {
      if (err) { emailInput.setAttribute('aria-invalid', 'true'); return; }
      knownEmail = email;
      // The page's data is resent after a reconnect: it must not undo the visitor's answer.
      if (pageData && 'marketingConsent' in pageData) pageData.marketingConsent = consent;
      emailForm.hidden = true;
      emailDone.textContent = TX.emailSaved.replace('{email}', email); // text, never markup
      emailDone.hidden = false;
      if (emailEl.contains(root.getRootNode().activeElement) || document.activeElement === document.body) input.focus();
    });
  }
  function renderEmailAsk() {
    if (!emailEl) return;
    var asking = !contactForm && !knownEmail && mode === MODE_MESSENGER && !!log.querySelector('.papo-msg-visitor');
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
