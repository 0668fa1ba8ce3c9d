  // widget.js, part 5: sending messages, typing, attachments.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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
  // `cid`: a message the server already holds (FRM-6), shown again after a reload.
  function addPending(text, cid) {
    var p = { cid: cid || newCid(), text: text, el: null, failed: false };
    p.el = makeBubble('visitor', null, p.text);
    p.el.classList.add('papo-pending');
    p.el.setAttribute('data-cid', p.cid);
    p.el.setAttribute('data-author', 'visitor');
    setMeta(p.el, TX.sending);
    log.appendChild(p.el);
    tidy();
    renderEmailAsk();
    renderContactForm();
    renderRating();
    pending.push(p);
    holdForGroup(p); // GRP-3
    scrollDown();
    return p;
  }

  // Sends (or resends, with the same cid) one pending message; the server stores it once.
  function transmit(p) {
    // Resent after the next hello, once uploaded, or once the visitor chose a group (GRP-3).
    if (!ready || p.uploading || p.awaitingGroup) return;
    var msg = { cid: p.cid, text: p.text };
    if (p.attachmentId) msg.attachmentId = p.attachmentId;
    if (typeof p.groupId === 'number') msg.groupId = p.groupId;
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
      if (d.held) markHeld(p); // FRM-6: it waits for the contact form
      else if (d.message) confirmSent(p, d.message);
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
