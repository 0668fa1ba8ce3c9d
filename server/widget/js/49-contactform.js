  // widget.js, part 4d: the contact-form bot (FRM-1…8): one question at a time.
  // server/CMakeLists.txt joins the parts in order into one function (see 10-core.js).

  // ---- Contact form -----------------------------------------------------------------------------
  // The server says when the bot asks (`contactForm` in the hello ack and as an event; only
  // after the visitor wrote, FRM-4) and which questions: the name, the email, then the
  // website's own. The card sits at the end of the chat under the bot's invitation; Enter or
  // the arrow goes on, Back goes back (FRM-2). The answers go out together and the server checks
  // them: its reason, in the visitor's language, shows under the question it is about. Once
  // filled, the card shows the answers and lets the visitor change them (the form is re-sent).
  // Messages a website holds until the form is filled (FRM-6) stay in the list, marked.
  var SVG_ARROW = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12h13M13 6l6 6-6 6"/></svg>';
  var contactForm = null, formEl, formAsk, formLabel, formInput, formNext, formError, formConsentRow,
      formConsent, formBack, formSkip, formHold, formDone, formSummary, formStep = 0,
      formAnswers = {}, formEditing = false, formSending = false, formFocus = false;

  function formKey(q) { return q.key === 'field' ? q.label : q.key; }
  function formLabelOf(q) {
    return q.key === 'name' ? TX.formName : q.key === 'email' ? TX.formEmail : String(q.label);
  }

  function buildContactForm() {
    formEl = el('div', 'papo-form', { role: 'group', hidden: '' });
    formAsk = el('form', 'papo-form-ask', { novalidate: '' });
    formLabel = formAsk.appendChild(el('label', 'papo-form-label', { 'for': 'papo-form-input' }));
    var row = formAsk.appendChild(el('div', 'papo-form-row'));
    formInput = row.appendChild(el('input', 'papo-form-input', { id: 'papo-form-input',
      maxlength: '200', 'aria-describedby': 'papo-form-error' }));
    formNext = row.appendChild(bindText(el('button', 'papo-form-next', { type: 'submit' }),
      'formNext', ['aria-label', 'title']));
    formNext.innerHTML = SVG_ARROW;
    formError = formAsk.appendChild(el('div', 'papo-form-error', { id: 'papo-form-error', role: 'alert' }));
    formConsentRow = formAsk.appendChild(el('label', 'papo-email-consent', { hidden: '' }));
    formConsent = formConsentRow.appendChild(el('input', null, { type: 'checkbox' }));
    formConsentRow.appendChild(bindText(el('span'), 'emailConsent'));
    var nav = formAsk.appendChild(el('div', 'papo-form-nav'));
    formBack = nav.appendChild(bindText(el('button', 'papo-form-back', { type: 'button' }), 'formBack'));
    formSkip = nav.appendChild(bindText(el('button', 'papo-form-skip', { type: 'button' }), 'formSkip'));
    formHold = formAsk.appendChild(bindText(el('div', 'papo-form-hold', { hidden: '' }), 'formNeeded'));
    formAsk.onsubmit = function (e) { e.preventDefault(); formGoOn(); };
    formBack.onclick = function () { formShowStep(formStep - 1); };
    formSkip.onclick = formSkipIt;
    formDone = el('div', 'papo-form-done', { hidden: '' });
    formSummary = formDone.appendChild(el('div', 'papo-form-summary'));
    var edit = formDone.appendChild(bindText(el('button', 'papo-form-edit', { type: 'button' }), 'formEdit'));
    edit.onclick = function () { formEditing = true; formFocus = true; formShowStep(0); renderContactForm(); };
    formEl.appendChild(formAsk);
    formEl.appendChild(formDone);
  }

  function onContactForm(d) {
    var valid = d && typeof d.state === 'string' && Array.isArray(d.questions);
    var fresh = valid && (!contactForm || contactForm.state !== d.state);
    contactForm = valid ? d : null;
    if (!contactForm) { renderContactForm(); renderEmailAsk(); return; }
    if (fresh && !formEditing) {
      formAnswers = {};
      var given = d.answers && typeof d.answers === 'object' ? d.answers : {};
      contactForm.questions.forEach(function (q) {
        var v = given[formKey(q)];
        formAnswers[formKey(q)] = typeof v === 'string' ? v : '';
      });
      formConsent.checked = false;
      formShowStep(0);
      // Asked right after the visitor pressed Enter: the keyboard goes on into the form.
      if (d.state === 'asked' && root.getRootNode().activeElement === input) formFocus = true;
    }
    // FRM-6: what the server holds shows here even after a reload; sent again, same cid.
    (Array.isArray(d.held) ? d.held : []).forEach(function (h) {
      if (typeof h.cid !== 'string' || pending.some(function (p) { return p.cid === h.cid; })) return;
      var p = addPending(String(h.text || ''), h.cid);
      markHeld(p);
    });
    renderContactForm();
    renderEmailAsk(); // the form asks for the email: no second card
  }

  function renderContactForm() {
    if (!formEl) return;
    var asking = !!contactForm && (contactForm.state === 'asked' || formEditing);
    formEl.hidden = !contactForm || contactForm.state === 'skipped' && !formEditing;
    formAsk.hidden = !asking;
    formDone.hidden = asking || !contactForm || contactForm.state !== 'filled';
    formHold.hidden = !(contactForm && contactForm.hold && contactForm.state !== 'filled');
    formSkip.hidden = !contactForm || contactForm.hold || formEditing;
    if (!formDone.hidden) {
      formSummary.textContent = contactForm.questions.map(function (q) { return formAnswers[formKey(q)]; })
        .filter(function (v) { return v; }).join(' · '); // text, never markup
    }
    if (formEl.hidden) return;
    formEl.setAttribute('aria-label', TX.formIntro);
    // Last in the chat, after the visitor's newest (maybe held) message; the rating below it.
    if (formEl.nextSibling !== (rateEl && rateEl.parentNode === log ? rateEl : null) || formEl.parentNode !== log)
      log.insertBefore(formEl, rateEl && rateEl.parentNode === log ? rateEl : null);
    if (formFocus && !win.hidden) formInput.focus();
    formFocus = false;
    if (nearBottom()) scrollDown();
  }

  function formShowStep(i) {
    if (!contactForm) return;
    // Back hides itself on the first question: the keyboard stays in the form all the same.
    var hadFocus = formAsk.contains(root.getRootNode().activeElement);
    formStep = Math.max(0, Math.min(i, contactForm.questions.length - 1));
    var q = contactForm.questions[formStep], last = formStep === contactForm.questions.length - 1;
    formLabel.textContent = formLabelOf(q) + (q.required ? ' *' : '');
    formInput.type = q.type === 'email' ? 'email' : q.type === 'phone' ? 'tel' : 'text';
    formInput.setAttribute('autocomplete', q.key === 'name' ? 'name' : q.type === 'email' ? 'email' :
                           q.type === 'phone' ? 'tel' : 'off');
    formInput.setAttribute('inputmode', q.type === 'email' ? 'email' : q.type === 'phone' ? 'tel' : 'text');
    formInput.setAttribute('aria-required', String(!!q.required));
    formInput.value = formAnswers[formKey(q)] || '';
    formInput.setAttribute('aria-invalid', 'false');
    formError.textContent = '';
    formBack.hidden = formStep === 0;
    formConsentRow.hidden = !(last && contactForm.consent);
    if (hadFocus) formInput.focus();
  }

  function formShowError(text) {
    formInput.setAttribute('aria-invalid', 'true');
    formError.textContent = text; // the server's words are text, never markup
    formInput.focus();
  }

  function formGoOn() {
    if (!contactForm || formSending) return;
    var q = contactForm.questions[formStep], value = formInput.value.trim();
    if (q.required && !value) return formShowError(TX.formRequired);
    formAnswers[formKey(q)] = value;
    if (formStep < contactForm.questions.length - 1) { formShowStep(formStep + 1); formInput.focus(); return; }
    formSend();
  }

  function formSend() {
    if (!ready) return;
    var d = { fields: {}, consent: formConsent.checked };
    contactForm.questions.forEach(function (q) {
      var v = formAnswers[formKey(q)] || '';
      if (q.key === 'field') d.fields[q.label] = v; else d[q.key] = v;
    });
    formSending = true;
    request(T.fillContactForm, d, function (err) {
      formSending = false;
      if (err) {
        var at = -1;
        contactForm.questions.forEach(function (q, i) { if (at < 0 && formKey(q) === err.field) at = i; });
        if (at >= 0) formShowStep(at);
        formShowError(String(err.message || TX.formRequired));
        return;
      }
      formEditing = false;
      contactForm.state = 'filled';
      renderContactForm();
      input.focus();
    });
  }

  function formSkipIt() {
    if (!ready || !contactForm) return;
    request(T.fillContactForm, { skip: true }, function (err) {
      if (err) return formShowError(String(err.message || ''));
      contactForm.state = 'skipped';
      renderContactForm();
      input.focus();
    });
  }

  // A message the website keeps until the form is filled (FRM-6).
  function markHeld(p) {
    p.held = true;
    p.el.classList.add('papo-held');
    setMeta(p.el, TX.formHeld);
  }
