// The join page (/invite#TOKEN) and the password page (/reset#TOKEN) of papo-server.
// The token stays in the URL's fragment, which browsers never send to a server nor put in a
// Referer. Everything a person or the server wrote (names, emails) is shown as text: the page
// never builds HTML from strings.
(function () {
  'use strict';

  // {language: {key: text}}, written in by the server from server/pages/texts.json.
  const TEXTS = __PAPO_PAGE_TEXTS__;
  const LANGUAGES = ['en', 'pt', 'es'];
  const LOCALES = { en: 'en', pt: 'pt-BR', es: 'es' };

  function pickLanguage() {
    const wanted = navigator.languages && navigator.languages.length
      ? navigator.languages : [navigator.language || 'en'];
    for (const tag of wanted) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (LANGUAGES.includes(primary)) return primary;
    }
    return 'en';
  }

  const language = pickLanguage();
  const locale = LOCALES[language];
  document.documentElement.lang = locale;
  const t = (key) => (TEXTS[language] && TEXTS[language][key]) || TEXTS.en[key] || key;

  const kind = /\/reset$/.test(location.pathname) ? 'reset' : 'invite';
  const token = (() => {
    try {
      return decodeURIComponent(location.hash.replace(/^#/, ''));
    } catch (error) {
      return '';
    }
  })();
  // The server's address as papo-desk wants it: this page's, without /invite or /reset.
  const serverUrl = location.origin + location.pathname.replace(/\/(invite|reset)$/, '');
  const titleNode = document.getElementById('title');
  const body = document.getElementById('body');

  // ---- building the page from text --------------------------------------------------------

  // A text with {placeholders} as DOM nodes; values in <strong> unless `plain`.
  function phrase(key, values, plain) {
    const fragment = document.createDocumentFragment();
    for (const part of t(key).split(/(\{[a-z]+\})/)) {
      const name = /^\{([a-z]+)\}$/.exec(part);
      if (!name) {
        if (part) fragment.append(part);
      } else if (plain) {
        fragment.append(String(values[name[1]] ?? ''));
      } else {
        const strong = document.createElement('strong');
        strong.textContent = String(values[name[1]] ?? '');
        fragment.append(strong);
      }
    }
    return fragment;
  }

  // el('p', {className: 'x'}, 'text', node…): properties go on the element, children are
  // text or nodes.
  function el(tag, properties, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(properties || {})) {
      if (name.startsWith('aria-') || name.startsWith('data-') || name === 'for') {
        node.setAttribute(name, value);
      } else {
        node[name] = value;
      }
    }
    node.append(...children);
    return node;
  }

  function setTitle(content) {
    titleNode.replaceChildren(content);
    document.title = `${titleNode.textContent} — Papo`;
  }

  function show(...nodes) {
    body.replaceChildren(...nodes);
  }

  function formatDate(iso) {
    const date = new Date(iso);
    if (!iso || Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  }

  async function post(path, data) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
      cache: 'no-store',
      credentials: 'omit',
    });
    let answer = {};
    try {
      answer = await response.json();
    } catch (error) {
      answer = {};
    }
    return { status: response.status, answer };
  }

  // ---- what every view shares -------------------------------------------------------------

  function problem(message, retry) {
    setTitle('Papo');
    show(el('p', { className: 'lead', role: 'alert' }, message),
      el('button', { type: 'button', className: 'primary', onclick: retry }, t('retry')));
  }

  // A link that is used, expired or unknown: what happened and whom to ask.
  function linkState(code, info) {
    const state = { used: 'Used', expired: 'Expired' }[String(code).split('_')[1]] || 'Unknown';
    const who = (kind === 'invite' ? info.inviter : info.issuer) || t('teamAdmin');
    setTitle(t(`${kind}${state}Title`));
    const nodes = [
      el('div', { className: 'badge badge-warn', 'aria-hidden': 'true' }, '!'),
      el('p', { className: 'lead', id: 'state-message', 'data-state': state.toLowerCase() },
        phrase(`${kind}${state}`, { inviter: who, issuer: who, date: formatDate(info.expiresAt) })),
    ];
    if (state === 'Used' && info.email) nodes.push(...loginSteps(info.email));
    show(...nodes);
  }

  function copyRow(id, label, value) {
    const input = el('input', { type: 'text', id, value, readOnly: true });
    const button = el('button', { type: 'button', 'aria-label': `${t('copy')}: ${label}` }, t('copy'));
    button.addEventListener('click', () => {
      const done = () => {
        button.textContent = t('copied');
        setTimeout(() => { button.textContent = t('copy'); }, 2000);
      };
      input.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(value).then(done, () => {});
      } else if (document.execCommand('copy')) {
        done();
      }
    });
    return el('div', { className: 'field' }, el('label', { for: id }, label),
      el('div', { className: 'with-button' }, input, button));
  }

  // papo-desk, opened with the server and the email filled in; or the same by hand.
  function loginSteps(email) {
    const link = `papo://login?server=${encodeURIComponent(serverUrl)}&email=${encodeURIComponent(email)}`;
    return [
      el('p', {}, t('openDesk')),
      el('p', {}, el('a', { className: 'button primary', id: 'open-desk', href: link }, t('openDeskButton'))),
      el('p', { className: 'muted small' }, t('byHand')),
      copyRow('server-url', t('serverLabel'), serverUrl),
      copyRow('account-email', t('emailLabel'), email),
      el('p', { className: 'muted small' }, t('andPassword')),
    ];
  }

  // ---- the form ---------------------------------------------------------------------------

  function passwordField(label, rules) {
    const input = el('input', {
      type: 'password', id: 'password', name: 'password', autocomplete: 'new-password',
      required: true, 'aria-describedby': 'password-rules password-error',
    });
    const toggle = el('button', { type: 'button', id: 'show-password', 'aria-controls': 'password', 'aria-pressed': 'false' }, t('show'));
    toggle.addEventListener('click', () => {
      const showing = input.type === 'text';
      input.type = showing ? 'password' : 'text';
      toggle.textContent = t(showing ? 'show' : 'hide');
      toggle.setAttribute('aria-pressed', String(!showing));
    });
    const error = el('p', { className: 'error', id: 'password-error', role: 'alert' });
    const node = el('div', { className: 'field' },
      el('label', { for: 'password' }, label),
      // The rules come before the field, so nobody learns them from a refusal.
      el('p', { className: 'rules', id: 'password-rules' }, phrase('passwordRules', { min: rules.minCharacters }, true)),
      el('div', { className: 'with-button' }, input, toggle),
      error);
    const check = () => {
      const value = input.value;
      let message = '';
      if ([...value].length < rules.minCharacters) {
        message = t('passwordShort').replace('{min}', rules.minCharacters);
      } else if (new TextEncoder().encode(value).length > rules.maxBytes) {
        message = t('passwordLong');
      }
      error.textContent = message;
      input.setAttribute('aria-invalid', String(Boolean(message)));
      return !message;
    };
    return { node, input, error, check };
  }

  // A form that posts once at a time; `send` answers true when it went through.
  function submitting(form, button, busyText, send) {
    const idleText = button.textContent;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (button.disabled) return;
      button.disabled = true;
      button.textContent = busyText;
      let done = false;
      try {
        done = await send();
      } finally {
        if (!done) {
          button.disabled = false;
          button.textContent = idleText;
        }
      }
    });
  }

  function rulesOf(info) {
    const rules = info.passwordRules || {};
    return { minCharacters: rules.minCharacters || 8, maxBytes: rules.maxBytes || 1024 };
  }

  // ---- /invite ----------------------------------------------------------------------------

  function joinForm(info) {
    const inviter = info.inviter || t('teamAdmin');
    setTitle(info.team ? phrase('inviteTitle', { team: info.team }, true) : t('inviteTitleNoTeam'));
    const name = el('input', {
      type: 'text', id: 'name', name: 'name', autocomplete: 'name', maxLength: 100, required: true,
      'aria-describedby': 'name-hint name-error',
    });
    const nameError = el('p', { className: 'error', id: 'name-error', role: 'alert' });
    const password = passwordField(t('passwordLabel'), rulesOf(info));
    const formError = el('p', { className: 'error', id: 'form-error', role: 'alert' });
    const button = el('button', { type: 'submit', className: 'primary', id: 'submit' }, t('join'));
    const form = el('form', { noValidate: true },
      el('p', { className: 'lead', id: 'invite-lead' }, phrase('inviteLead', {
        inviter, role: t(info.role === 'admin' ? 'roleAdmin' : 'roleOperator'),
      })),
      el('p', { className: 'account', id: 'invite-email' }, phrase('yourAccount', { email: info.email })),
      // For password managers: the account the new password belongs to.
      el('input', { type: 'email', name: 'username', autocomplete: 'username', value: info.email, hidden: true, readOnly: true }),
      el('div', { className: 'field' },
        el('label', { for: 'name' }, t('nameLabel')),
        el('p', { className: 'rules', id: 'name-hint' }, t('nameHint')),
        name, nameError),
      password.node, button, formError);
    submitting(form, button, t('joining'), async () => {
      const chosenName = name.value.trim().replace(/\s+/g, ' ');
      nameError.textContent = chosenName ? '' : t('nameMissing');
      name.setAttribute('aria-invalid', String(!chosenName));
      formError.textContent = '';
      const passwordOk = password.check();
      if (!chosenName || !passwordOk) {
        (chosenName ? password.input : name).focus();
        return false;
      }
      let reply;
      try {
        reply = await post('api/accept-invite', { token, name: chosenName, password: password.input.value });
      } catch (error) {
        formError.textContent = t('networkError');
        return false;
      }
      if (reply.status === 200) {
        joined(chosenName, info.email, inviter);
        return true;
      }
      if (reply.status === 410) {
        linkState(reply.answer.error, { ...info, ...reply.answer });
        return true;
      }
      if (reply.status === 409) {
        formError.replaceChildren(phrase('emailTaken', { email: info.email }));
      } else if (reply.answer.error === 'password_rules') {
        password.error.textContent = t('passwordShort').replace('{min}', rulesOf(info).minCharacters);
      } else {
        formError.textContent = t('serverError').replace('{status}', reply.status);
      }
      return false;
    });
    show(form);
    name.focus();
  }

  function joined(name, email, inviter) {
    setTitle(phrase('joinedTitle', { name }, true));
    show(
      el('div', { className: 'badge badge-ok', 'aria-hidden': 'true' }, '✓'),
      el('p', { className: 'lead', id: 'joined-lead' }, t('joinedLead')),
      el('ol', { className: 'steps' },
        el('li', {}, el('h2', {}, t('getDeskTitle')), el('p', {}, phrase('getDesk', { inviter }))),
        el('li', {}, el('h2', {}, t('openDeskTitle')), ...loginSteps(email))));
  }

  // ---- /reset -----------------------------------------------------------------------------

  function resetForm(info) {
    setTitle(t('resetTitle'));
    const password = passwordField(t('newPasswordLabel'), rulesOf(info));
    const formError = el('p', { className: 'error', id: 'form-error', role: 'alert' });
    const button = el('button', { type: 'submit', className: 'primary', id: 'submit' }, t('savePassword'));
    const form = el('form', { noValidate: true },
      el('p', { className: 'lead', id: 'reset-lead' }, phrase('resetLead', { name: info.name })),
      el('p', { className: 'account', id: 'reset-email' }, phrase('yourAccount', { email: info.email })),
      el('input', { type: 'email', name: 'username', autocomplete: 'username', value: info.email, hidden: true, readOnly: true }),
      password.node, button, formError);
    submitting(form, button, t('saving'), async () => {
      formError.textContent = '';
      if (!password.check()) {
        password.input.focus();
        return false;
      }
      let reply;
      try {
        reply = await post('api/reset-password', { token, password: password.input.value });
      } catch (error) {
        formError.textContent = t('networkError');
        return false;
      }
      if (reply.status === 200) {
        setTitle(t('resetDoneTitle'));
        show(el('div', { className: 'badge badge-ok', 'aria-hidden': 'true' }, '✓'),
          el('p', { className: 'lead', id: 'reset-done' }, t('resetDone')), ...loginSteps(info.email));
        return true;
      }
      if (reply.status === 410) {
        linkState(reply.answer.error, { ...info, ...reply.answer });
        return true;
      }
      formError.textContent = reply.answer.error === 'password_rules'
        ? t('passwordShort').replace('{min}', rulesOf(info).minCharacters)
        : t('serverError').replace('{status}', reply.status);
      return false;
    });
    show(form);
    password.input.focus();
  }

  // ---- start ------------------------------------------------------------------------------

  async function load() {
    setTitle(t('loading'));
    show();
    if (!token) {
      linkState('link_invalid', {});
      return;
    }
    let reply;
    try {
      reply = await post(`api/${kind}-info`, { token });
    } catch (error) {
      problem(t('networkError'), load);
      return;
    }
    if (reply.status === 200) {
      (kind === 'invite' ? joinForm : resetForm)(reply.answer);
    } else if (reply.status === 410) {
      linkState(reply.answer.error, reply.answer);
    } else {
      problem(t('serverError').replace('{status}', reply.status), load);
    }
  }

  load();
}());
