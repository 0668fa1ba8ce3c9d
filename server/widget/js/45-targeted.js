  // widget.js, part 4b: targeted messages (ACT-3) and the open-window action.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

  // ---- Targeted message card ---------------------------------------------------------------
  // A card above the launcher: the sender's photo and name, the text with WID-4 formatting
  // (formatText escapes it: never HTML), a close button. The text also goes into the history,
  // so it is there when the window opens; the visitor's reply answers it on the server.
  // The server sends the card again on each page of the visit until it is answered; one the
  // visitor closed stays closed for the browser session (CARD_KEY: the closed card's id).
  var targetedCard = null, targetedRow = null, targetedText = null, targetedId = null;

  function onTargeted(d) {
    if (typeof d.text !== 'string' || !d.text) return;
    if (d.id === targetedId) return; // shown already (a reconnect)
    targetedId = d.id;
    var closed = String(d.id) === load('sessionStorage', CARD_KEY);
    var sender = d.sender && typeof d.sender === 'object' ? d.sender : {};
    var name = typeof sender.name === 'string' ? sender.name : '';
    targetedText = d.text;
    if (targetedRow) targetedRow.remove();
    // Kept after every stored message (id 0 sorts last): new ones go below it.
    targetedRow = makeBubble('operator', name, d.text, null, sender.kind === 'bot');
    targetedRow.classList.add('papo-targeted');
    targetedRow.setAttribute('data-author', 'targeted');
    targetedRow.setAttribute('data-id', '0');
    setMeta(targetedRow, timeOf(d.at));
    log.appendChild(targetedRow);
    tidy();
    if (!win.hidden) { scrollDown(); return; }
    if (closed) return; // in the history, not on a card again
    showTargetedCard(sender, name, d.text);
    unread++;
    renderBadge();
  }

  function showTargetedCard(sender, name, text) {
    hideTargetedCard();
    targetedCard = el('div', 'papo-card', { role: 'status' });
    var head = el('div', 'papo-card-head');
    var face = el('span', 'papo-avatar', { 'aria-hidden': 'true' });
    face.textContent = initials(name || TX.title);
    if (typeof sender.avatarUrl === 'string' && RE_AVATAR.test(sender.avatarUrl)) {
      var img = el('img', null, { alt: '', src: new URL(sender.avatarUrl, SCRIPT).href });
      img.onerror = function () { face.classList.remove('papo-photo'); img.remove(); };
      face.classList.add('papo-photo');
      face.appendChild(img);
    }
    var who = el('span', 'papo-card-name');
    who.textContent = name || TX.title; // text, never markup
    if (sender.kind === 'bot') {
      var label = el('span', 'papo-bot-label');
      label.textContent = TX.botLabel;
      who.appendChild(label);
    }
    var close = el('button', 'papo-card-close', { type: 'button', 'aria-label': TX.targetedClose,
      title: TX.targetedClose });
    close.innerHTML = SVG_CLOSE;
    close.onclick = function (e) {
      e.stopPropagation();
      save('sessionStorage', CARD_KEY, String(targetedId));
      hideTargetedCard();
    };
    head.appendChild(face);
    head.appendChild(who);
    head.appendChild(close);
    var body = el('div', 'papo-card-text');
    body.innerHTML = formatText(text); // escaped first, then only <a>, <b>, <i>, <br>
    targetedCard.appendChild(head);
    targetedCard.appendChild(body);
    targetedCard.onclick = function () { hideTargetedCard(); setOpen(true); };
    root.insertBefore(targetedCard, launcher);
  }

  function hideTargetedCard() {
    if (targetedCard) targetedCard.remove();
    targetedCard = null;
  }

  // The server stores the targeted text under its sender (an operator, a group or the bot)
  // once the visitor answers: the stored one replaces the local copy.
  function targetedStored(m) {
    if (!targetedRow || !m || m.text !== targetedText || !m.author || teamKind(m.author.kind) === 'visitor') return;
    targetedRow.remove();
    targetedRow = null;
    targetedText = null;
  }

  // WID-7: the open-window action never takes the focus from a field the visitor is typing in.
  function onOpenWindow() {
    var active = document.activeElement;
    var typing = active && active !== document.body && (active.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
    if (typing || !win.hidden) return;
    hideTargetedCard();
    setOpen(true, true);
  }
