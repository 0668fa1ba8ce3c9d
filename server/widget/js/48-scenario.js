  // widget.js, part 4c: chatbot scenarios (BOT-1…4): the visitor's reply buttons.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

  // ---- Reply buttons -----------------------------------------------------------------------
  // The server says which buttons go under which bot message (`scenario` in the hello ack and
  // as an event): the replies of the current question, or "Start again" once the scenario
  // ended. They sit between the message's bubble and its time, wrap on a narrow screen, and
  // are real buttons (Tab, Enter, screen readers). Writing instead hands the chat to a person.
  var scenarioPrompt = null, scenarioBox = null, scenarioFocus = false, scenarioCardFor = 0;

  function onScenario(d) {
    var valid = d && typeof d.messageId === 'number' && d.messageId > 0 &&
      (d.restart === true || Array.isArray(d.replies));
    scenarioPrompt = valid ? d : null;
    renderScenario();
  }

  function renderScenario() {
    if (scenarioBox) scenarioBox.remove();
    scenarioBox = null;
    var p = scenarioPrompt, row = p && byId[p.messageId];
    if (!p) { // over: whoever pressed the last button writes on from the message box
      if (scenarioFocus && !win.hidden) input.focus();
      scenarioFocus = false;
      return;
    }
    if (!row) return; // its message is on the way: onMessage renders it then
    var labels = p.restart ? [TX.botRestart] : p.replies;
    scenarioBox = el('div', 'papo-replies', { role: 'group', 'aria-label': TX.botReplies });
    labels.forEach(function (label, i) {
      var button = el('button', 'papo-reply', { type: 'button' });
      button.textContent = String(label); // text, never markup
      button.onclick = function () { chooseReply(p, i, button); };
      scenarioBox.appendChild(button);
    });
    row.insertBefore(scenarioBox, row.lastChild); // above the time
    if (nearBottom()) scrollDown();
    if (scenarioFocus && !win.hidden) scenarioBox.firstChild.focus();
    scenarioFocus = false;
    // A question that arrives while the window is closed shows on the card, like a targeted
    // message (ACT-3); clicking it opens the window at the buttons.
    if (win.hidden && !p.restart && scenarioCardFor !== p.messageId && row.papoMessage) {
      scenarioCardFor = p.messageId;
      var m = row.papoMessage, author = m.author || {};
      targetedId = 'scenario-' + p.messageId;
      if (targetedId !== load('sessionStorage', CARD_KEY))
        showTargetedCard({ kind: 'bot' }, author.name, m.text);
    }
  }

  function chooseReply(p, index, button) {
    if (scenarioPrompt !== p || !ready) return;
    var buttons = scenarioBox.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    button.classList.add('papo-chosen');
    scenarioFocus = true;
    hideTargetedCard();
    request(T.scenarioReply, { messageId: p.messageId, choice: index }, function (err) {
      if (!err || scenarioPrompt !== p) return;
      // Answered meanwhile (another tab): the server's next `scenario` event tells what is
      // open now. Anything else: the visitor may press again.
      for (var j = 0; j < buttons.length; j++) buttons[j].disabled = false;
      button.classList.remove('papo-chosen');
    });
  }
