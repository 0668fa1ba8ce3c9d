// Browser test of the widget's rating control (RAT-1) and its JavaScript API for the host
// page (WID-6, docs/widget-api.md): headless Debian Chromium on /demo against the real
// papo-server, a raw WebSocket as the operator. Steps run in order and share one server and
// one operator; each part uses its own browser context, so its own visitor.
import assert from 'node:assert/strict';
import { journey, sleep, until } from './support.mjs';

// The owner is in the group Sales, which the page names with Papo('setGroup', 'sales').
const j = journey('api', async (journey) => {
  const { group } = await journey.operator.request('save_group', { name: 'Sales' });
  await journey.operator.request('set_group_members',
    { groupId: group.id, operatorIds: [journey.operator.account.id] });
});
const step = j.step;

// A fresh visitor (own context, own localStorage) on the demo page; init runs before the
// page's scripts, like a host page that sets PapoSetup or the queue stub before the snippet.
async function newVisitor(init, arg) {
  const context = await j.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init, arg);
  const page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  return page;
}

async function openWidget(page) {
  if (await page.locator('.papo-window').isVisible()) return;
  await page.locator('.papo-launcher').click();
  await page.locator('.papo-window').waitFor({ state: 'visible' });
}

// The visitor writes; returns the conversation id the operator sees it in.
async function visitorWrites(page, text) {
  await page.locator('textarea.papo-input').fill(text);
  await page.locator('textarea.papo-input').press('Enter');
  const event = await j.operator.event('message', (m) => m.text === text && m.author?.kind === 'visitor',
    `the visitor message "${text}"`);
  return event.d.conversationId;
}

const rate = {
  card: '.papo-rate',
  good: 'button.papo-rate-btn[aria-label="Good"]',
  bad: 'button.papo-rate-btn[aria-label="Bad"]',
  comment: 'textarea.papo-rate-comment',
  send: 'button.papo-rate-send',
  thanks: '.papo-rate-thanks',
};

// ---- RAT-1 -------------------------------------------------------------------------------

let ratingPage;
let ratingConversation;

step('the rating control stays hidden until an operator has written (RAT-1)', async () => {
  ratingPage = await newVisitor();
  await openWidget(ratingPage);
  ratingConversation = await visitorWrites(ratingPage, 'Do you ship to Portugal?');
  await sleep(300);
  assert.equal(await ratingPage.locator(rate.card).isVisible(), false, 'no rating before an operator answered');
  assert.equal(await ratingPage.locator(rate.good).count(), 0);
});

step('after the operator\'s first reply 👍 / 👎 appear at the end of the messages', async () => {
  await j.operator.request('send', { conversationId: ratingConversation, cid: `api-${Date.now()}-1`, text: 'Yes, we do!' });
  await ratingPage.locator(rate.card).waitFor({ state: 'visible' });
  // Drawn thumbs, no emoji: a computer without an emoji font would show empty boxes.
  for (const button of [rate.good, rate.bad]) {
    assert.equal(await ratingPage.locator(button).textContent(), '', 'no text in the button');
    const icon = await ratingPage.locator(`${button} svg path`).boundingBox();
    assert.ok(icon && icon.width >= 10 && icon.height >= 10, `a visible thumb in ${button}`);
  }
  const [up, down] = await Promise.all([rate.good, rate.bad].map((b) =>
    ratingPage.locator(`${b} svg`).evaluate((svg) => svg.innerHTML)));
  assert.notEqual(up, down, 'thumbs up and down differ');
  assert.equal(await ratingPage.locator(rate.comment).isVisible(), false, 'the comment box waits for a choice');
  const last = await ratingPage.locator('.papo-log').evaluate((log) => log.lastElementChild.className);
  assert.equal(last, 'papo-rate', 'the rating is the last thing in the list');

  // A later message still goes above it.
  await j.operator.request('send', { conversationId: ratingConversation, cid: `api-${Date.now()}-2`, text: 'Anything else?' });
  await until(async () => (await ratingPage.locator('.papo-msg-operator').count()) === 2, 'the second reply');
  assert.equal(await ratingPage.locator('.papo-log').evaluate((log) => log.lastElementChild.className), 'papo-rate');
});

step('👎 with a comment reaches the operator; the visitor is thanked', async () => {
  await ratingPage.locator(rate.bad).click();
  assert.equal(await ratingPage.locator(rate.bad).getAttribute('aria-pressed'), 'true');
  assert.equal(await ratingPage.locator(rate.good).getAttribute('aria-pressed'), 'false');
  const comment = 'Slow <b>answers</b>';
  await ratingPage.locator(rate.comment).fill(comment);
  await ratingPage.locator(rate.send).click();
  const event = await j.operator.event('conversation',
    (c) => c.id === ratingConversation && c.rating === 'bad', 'the conversation rated bad');
  assert.equal(event.d.ratingComment, comment);
  await ratingPage.locator(rate.thanks).waitFor({ state: 'visible' });
  assert.equal(await ratingPage.locator(rate.thanks).textContent(), 'Thanks for your feedback!');
  assert.equal(await ratingPage.locator(rate.bad).isVisible(), false);
});

step('after a reload the thank-you state shows instead of the buttons', async () => {
  await ratingPage.reload();
  await openWidget(ratingPage);
  await ratingPage.locator(rate.thanks).waitFor({ state: 'visible' });
  assert.equal(await ratingPage.locator(rate.good).isVisible(), false);
  assert.equal(await ratingPage.locator(rate.bad).isVisible(), false);
  await ratingPage.context().close();
});

step('a website with ratings switched off never shows the control', async () => {
  const website = (await j.operator.request('websites', {})).websites[0];
  await j.operator.request('update_website', { websiteId: website.id, ratingsEnabled: false });
  const page = await newVisitor();
  try {
    await openWidget(page);
    const conversationId = await visitorWrites(page, 'Ratings are off here');
    await j.operator.request('send', { conversationId, cid: `api-${Date.now()}-3`, text: 'Hello!' });
    await until(async () => (await page.locator('.papo-msg-operator').count()) === 1, 'the reply');
    await sleep(300);
    assert.equal(await page.locator(rate.card).isVisible(), false);
  } finally {
    await j.operator.request('update_website', { websiteId: website.id, ratingsEnabled: true });
    await page.context().close();
  }
});

// ---- WID-6 -------------------------------------------------------------------------------

let apiPage;
const XSS_LABEL = '<img src=x onerror=alert(1)>Chat';
const log = () => apiPage.evaluate(() => window.papoLog);
const logged = (name) => apiPage.evaluate((n) => window.papoLog.filter((e) => e[0] === n).map((e) => e[1]), name);

step('calls queued before the script loaded are replayed; their handlers get "ready"', async () => {
  apiPage = await newVisitor((label) => {
    window.papoLog = [];
    window.dataLayer = [];
    window.gtagCalls = [];
    window.gtag = function () { window.gtagCalls.push(Array.from(arguments)); };
    window.PapoSetup = { colors: { button: '#aa3300' }, buttonText: label, startHidden: true };
    // The usual stub a page defines before the snippet.
    window.Papo = function () { (Papo.q = Papo.q || []).push(arguments); };
    for (const name of ['ready', 'chatStarted', 'message', 'modeChanged', 'windowOpened']) {
      Papo('on', name, (arg) => window.papoLog.push([name, arg === undefined ? null : JSON.parse(JSON.stringify(arg))]));
    }
    Papo('setGroup', 'sales');
    Papo('setVisitorData', { name: 'Ana', email: 'ana@example.com', cart: ['chair'] });
  }, XSS_LABEL);
  await until(async () => (await logged('ready')).length === 1, 'the queued "ready" handler to run');
  assert.deepEqual(await logged('ready'), [{ mode: 'live' }]);
  assert.equal(await apiPage.evaluate(() => window.Papo.q), undefined, 'the stub was replaced');
  assert.equal(await apiPage.evaluate(() => typeof window.Papo), 'function');

  // A handler added after the fact still hears "ready", once.
  const late = await apiPage.evaluate(() => {
    let calls = 0;
    window.Papo('on', 'ready', () => { calls++; });
    return calls;
  });
  assert.equal(late, 1);
});

step('startHidden hides the launcher; buttonText is text; the button colour applies', async () => {
  assert.equal(await apiPage.locator('.papo-launcher').isVisible(), false, 'launcher hidden (startHidden)');
  assert.equal(await apiPage.locator('.papo-launcher-text').textContent(), XSS_LABEL);
  const images = await apiPage.evaluate(() =>
    document.querySelectorAll('img').length + document.querySelector('papo-widget').shadowRoot.querySelectorAll('img').length);
  assert.equal(images, 0, 'no img element was created');
  assert.deepEqual(j.dialogs, [], 'no script ran');
  assert.equal(await apiPage.evaluate(() =>
    document.querySelector('papo-widget').style.getPropertyValue('--papo-button')), '#aa3300');
  assert.equal(await apiPage.locator('.papo-launcher').evaluate((e) => getComputedStyle(e).backgroundColor),
    'rgb(170, 51, 0)');
});

step('openChat, closeChat and toggle; "windowOpened" reaches handlers, dataLayer and gtag', async () => {
  await apiPage.evaluate(() => window.Papo('openChat'));
  await apiPage.locator('.papo-window').waitFor({ state: 'visible' });
  assert.equal(await apiPage.locator('.papo-launcher').isVisible(), true, 'the launcher shows once opened');
  assert.equal(await apiPage.locator('.papo-launcher').getAttribute('aria-expanded'), 'true');
  await apiPage.evaluate(() => window.Papo('closeChat'));
  await apiPage.locator('.papo-window').waitFor({ state: 'hidden' });
  await apiPage.evaluate(() => window.Papo('toggle'));
  await apiPage.locator('.papo-window').waitFor({ state: 'visible' });
  await apiPage.evaluate(() => window.Papo('toggle'));
  await apiPage.locator('.papo-window').waitFor({ state: 'hidden' });
  assert.deepEqual(await logged('windowOpened'), [null, null]);
  assert.deepEqual(await apiPage.evaluate(() => window.dataLayer),
    [{ event: 'papo.windowOpened' }, { event: 'papo.windowOpened' }]);
  assert.deepEqual(await apiPage.evaluate(() => window.gtagCalls),
    [['event', 'papo_window_opened'], ['event', 'papo_window_opened']]);
});

let apiConversation;

step('sendMessage sends as the visitor: "chatStarted" once, then "message"', async () => {
  await apiPage.evaluate(() => window.Papo('sendMessage', 'Sent by the page'));
  const event = await j.operator.event('message', (m) => m.text === 'Sent by the page' && m.author?.kind === 'visitor',
    'the message sent with the API');
  apiConversation = event.d.conversationId;
  await until(async () => (await logged('message')).length === 1, 'the "message" event');
  assert.deepEqual(await logged('message'),
    [{ id: event.d.id, text: 'Sent by the page', author: { kind: 'visitor', name: 'Ana' } }]);
  assert.deepEqual(await logged('chatStarted'), [null]);
  assert.deepEqual(await apiPage.locator('.papo-msg-visitor .papo-bubble').allTextContents(), ['Sent by the page']);

  await apiPage.evaluate(() => window.Papo('sendMessage', 'And a second one'));
  await until(async () => (await logged('message')).length === 2, 'the second "message" event');
  assert.deepEqual(await logged('chatStarted'), [null], 'chatStarted only for the first message');
});

step('setVisitorData and setGroup reach the operators (WID-6)', async () => {
  const visitorId = (await j.operator.request('conversations', {})).conversations
    .find((c) => c.id === apiConversation).visitorId;
  const visitor = await until(async () => {
    const v = (await j.operator.request('visitor', { visitorId })).visitor;
    return v.name === 'Ana' && v;
  }, 'the name set by the page');
  assert.equal(visitor.email, 'ana@example.com');
  assert.equal(visitor.group, 'Sales');
  assert.equal(visitor.groupSource, 'api');
  assert.deepEqual(visitor.fields, { cart: '["chair"]' });

  await apiPage.evaluate(() => window.Papo('setVisitorData', { cart: null, plan: 'Pro' }));
  await until(async () => (await j.operator.request('visitor', { visitorId })).visitor.fields.plan === 'Pro',
    'the field added later');
  assert.deepEqual((await j.operator.request('visitor', { visitorId })).visitor.fields, { plan: 'Pro' });
});

step('an operator reply is a "message" with the operator as author', async () => {
  const sent = await j.operator.request('send', { conversationId: apiConversation, cid: `api-${Date.now()}-4`, text: 'Hi **Ana**' });
  await until(async () => (await logged('message')).length === 3, 'the operator "message" event');
  assert.deepEqual((await logged('message'))[2],
    { id: sent.message.id, text: 'Hi **Ana**', author: { kind: 'operator', name: j.operator.account.name } });
  assert.deepEqual(await apiPage.evaluate(() => window.dataLayer.map((e) => e.event)), [
    'papo.windowOpened', 'papo.windowOpened', 'papo.chatStarted', 'papo.message', 'papo.message', 'papo.message']);
  assert.deepEqual(await apiPage.evaluate(() => window.gtagCalls.map((c) => c[1])), [
    'papo_window_opened', 'papo_window_opened', 'papo_chat_started', 'papo_message', 'papo_message', 'papo_message']);
});

step('"modeChanged" follows the operators going offline and back', async () => {
  await j.operator.request('set_status', { status: 'offline' });
  await until(async () => (await logged('modeChanged')).length === 1, 'modeChanged to messenger');
  await j.operator.request('set_status', { status: 'online' });
  await until(async () => (await logged('modeChanged')).length === 2, 'modeChanged back to live');
  assert.deepEqual(await logged('modeChanged'), ['messenger', 'live']);
  assert.deepEqual((await log()).map((e) => e[0]).filter((n) => n === 'ready'), ['ready'], '"ready" fired once');
});

step('unknown commands and bad arguments only warn', async () => {
  const warnings = [];
  apiPage.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await apiPage.evaluate(() => {
    window.Papo('noSuchCommand');
    window.Papo('on', 'noSuchEvent', () => {});
    window.Papo('sendMessage', '   ');
  });
  await until(() => warnings.length === 3, 'three warnings');
  assert.ok(warnings.every((w) => w.startsWith('[Papo] ')), JSON.stringify(warnings));
  await apiPage.context().close();
});

step('PapoSetup language "es" and position "left"', async () => {
  const page = await newVisitor(() => { window.PapoSetup = { language: 'es', position: 'left' }; });
  try {
    const launcher = page.locator('.papo-launcher');
    await launcher.waitFor({ state: 'visible' });
    assert.equal(await launcher.getAttribute('aria-label'), 'Abrir chat');
    const box = await launcher.boundingBox();
    assert.ok(box.x < 100, `the launcher is on the left: ${JSON.stringify(box)}`);
    await openWidget(page);
    const win = await page.locator('.papo-window').boundingBox();
    assert.ok(win.x < 100, `the window is on the left: ${JSON.stringify(win)}`);
    assert.equal(await page.locator('.papo-title').textContent(), 'Chatea con nosotros');
    await until(async () => (await page.locator('.papo-status-text').textContent()) === 'Estamos en línea',
      'the Spanish live status');
    assert.equal(await page.locator('textarea.papo-input').getAttribute('placeholder'), 'Escribe tu mensaje…');
    assert.equal(await page.locator('.papo').getAttribute('lang'), 'es');
  } finally {
    await page.context().close();
  }
});

step('no page errors, no script from any label', async () => {
  assert.deepEqual(j.pageErrors, []);
  assert.deepEqual(j.dialogs, []);
});
