  // widget.js, part 2: building the launcher and window, the look, opening and closing.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

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
    buildContactForm();

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
      hideTargetedCard(); // its message is in the history now
      markRead();
      scrollDown();
      if (!quiet) { input.focus(); emit('windowOpened'); }
      reportWindowOpen();
    } else {
      sendTyping(false);
    }
  }
