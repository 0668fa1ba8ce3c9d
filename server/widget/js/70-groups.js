  // widget.js, part 7: the group question (GRP-3).
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

  // ---- Who would you like to talk to? (GRP-3) ---------------------------------------------
  // On websites that ask, a visitor without a group picks one with their first message: the
  // message waits (shown as sending) under a card of buttons, one per group and "Not sure",
  // and leaves with the choice, so only that group's operators hear of it. The server says
  // what to ask (hello ack and `mode` events: null when not to); asked only while the visitor
  // has no messages. Buttons are real buttons: Tab and arrows move, Enter or Space picks.
  var groupAsk = null, groupEl = null, groupAnswered = false;

  function useGroupQuestion(q) {
    groupAsk = q && typeof q === 'object' && Array.isArray(q.groups) ? q : null;
    // The visitor got a group meanwhile (the page, an operator): nothing left to ask.
    if (!groupAsk && groupEl) releaseForGroup(null, null);
  }

  // With the first message, while the server asks and nothing was ever written here.
  function needsGroupChoice() {
    if (!groupAsk || groupEl || groupAnswered) return false;
    if (!groupAsk.groups.length && !groupAsk.notSure) return false;
    for (var id in byId) return false; // history: the visitor wrote (or was written to) before
    return true;
  }

  function askGroup() {
    groupEl = el('div', 'papo-groups', { role: 'group' });
    var ask = el('div', 'papo-groups-ask', { id: 'papo-groups-ask' });
    ask.textContent = TX.groupQuestion;
    groupEl.setAttribute('aria-labelledby', 'papo-groups-ask');
    groupEl.appendChild(ask);
    var row = el('div', 'papo-groups-choices');
    groupAsk.groups.forEach(function (g) {
      if (typeof g.id === 'number' && typeof g.name === 'string')
        row.appendChild(groupButton(g.name.slice(0, 60), g.id)); // text, never markup
    });
    if (groupAsk.notSure) row.appendChild(groupButton(TX.groupNotSure, 0)).classList.add('papo-group-unsure');
    row.addEventListener('keydown', moveAmongChoices);
    groupEl.appendChild(row);
    log.appendChild(groupEl);
    scrollDown();
    var first = row.querySelector('button');
    if (first && !win.hidden) first.focus();
  }

  function groupButton(label, id) {
    var b = el('button', 'papo-group-choice', { type: 'button' });
    b.textContent = label;
    b.onclick = function () { releaseForGroup(id, id ? label : null); };
    return b;
  }

  // Arrow keys step through the choices, as in a toolbar; Home and End jump.
  function moveAmongChoices(e) {
    var all = Array.prototype.slice.call(e.currentTarget.querySelectorAll('button'));
    var at = all.indexOf(root.getRootNode().activeElement), to = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = (at + 1) % all.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = (at - 1 + all.length) % all.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = all.length - 1;
    if (to < 0 || at < 0) return;
    e.preventDefault();
    all[to].focus();
  }

  // The choice (a group id, 0 for "Not sure", null when there is nothing to ask any more)
  // goes with the first waiting message; the others follow it.
  function releaseForGroup(id, name) {
    var hadFocus = groupEl && groupEl.contains(root.getRootNode().activeElement);
    if (groupEl && groupEl.parentNode) groupEl.parentNode.removeChild(groupEl);
    groupEl = null;
    groupAnswered = groupAnswered || id !== null;
    if (name) {
      // Under the greeting, before every message (an id of 0 keeps it there).
      var chosen = el('div', 'papo-group-chosen', { role: 'status', 'data-id': '0' });
      chosen.textContent = TX.groupChosen.replace('{group}', name);
      log.insertBefore(chosen, greeting.nextSibling);
    }
    var first = true;
    pending.slice().forEach(function (p) {
      if (!p.awaitingGroup) return;
      p.awaitingGroup = false;
      if (first && id !== null) p.groupId = id;
      first = false;
      transmit(p);
    });
    if (hadFocus) input.focus();
  }

  // A message written while the question waits for an answer waits with it.
  function holdForGroup(p) {
    if (needsGroupChoice()) {
      p.awaitingGroup = true;
      askGroup();
    } else if (groupEl) {
      p.awaitingGroup = true;
    }
  }
