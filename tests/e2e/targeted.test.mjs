// Browser test of targeted messages (ACT-3, ACT-5): an action saved by the owner shows its
// card above the launcher on the third page of the demo shop after its time on the page; the
// visitor answers it and the named operator gets the chat, the card's text above the reply.
// Texts with markup stay text. The card comes back on the next page until answered or closed.
// An open-window action opens the chat without taking the focus, and waits while the visitor
// types in the page's own form (WID-7).
// The real papo-server and Debian's headless Chromium.
import assert from 'node:assert/strict';
import { journey, until } from './support.mjs';

const TEXT = 'Need help with your **cart**? <img src=x onerror="window.__papoInjected=1">';
const W = {
  card: '.papo-card',
  cardName: '.papo-card-name',
  cardText: '.papo-card-text',
  cardClose: '.papo-card-close',
  window: '.papo-window',
  input: 'textarea.papo-input',
  targetedRow: '.papo-targeted .papo-bubble',
  launcher: '.papo-launcher',
};

let page;
const j = journey('targeted');

async function clearActions() {
  const { actions } = await j.operator.request('actions', {});
  for (const action of actions) await j.operator.request('delete_action', { id: action.id });
}

j.step('the card appears on the third page after the time on it, never as HTML', async () => {
  await clearActions();
  const { templates } = await j.operator.request('action_templates', { language: 'en' });
  const cart = templates.find((t) => t.template === 'cart');
  delete cart.template;
  await j.operator.request('save_action', {
    ...cart,
    enabled: true,
    conditions: [
      { field: 'url', op: 'contains', value: '/demo/cart' },
      { field: 'pages', op: 'at_least', value: '3' },
      { field: 'time_on_page', op: 'at_least', value: '2' },
    ],
    sender: 'operator',
    senderId: j.operator.account.id,
    liveText: TEXT,
  });
  const context = await j.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await page.getByRole('link', { name: 'Products', exact: true }).click();
  await page.getByRole('link', { name: 'Cart', exact: true }).click();
  const arrived = Date.now();
  await page.locator(W.card).waitFor({ state: 'visible', timeout: 30_000 });
  assert.ok(Date.now() - arrived >= 1500, 'the card waited for the time on the cart page');
  assert.equal(await page.locator(W.cardName).textContent(), j.operator.account.name);
  const text = page.locator(W.cardText);
  assert.equal(await text.locator('b').textContent(), 'cart');
  assert.match(await text.textContent(), /<img src=x onerror=/);
  assert.equal(await text.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__papoInjected), undefined);
  assert.deepEqual(j.dialogs, []);
});

j.step('the card comes back on the next page of the visit; a closed one stays closed', async () => {
  await page.getByRole('link', { name: 'Products', exact: true }).click();
  await page.locator(W.card).waitFor({ state: 'visible', timeout: 30_000 });
  assert.match(await page.locator(W.cardText).textContent(), /Need help with your/);
  assert.equal(await page.locator(W.cardName).textContent(), j.operator.account.name);
  await page.locator(W.cardClose).click();
  assert.equal(await page.locator(W.card).count(), 0);
  await page.getByRole('link', { name: 'Cart', exact: true }).click();
  // The server sends it again; the widget keeps it in the history only.
  await page.locator(W.targetedRow).waitFor({ state: 'attached', timeout: 30_000 });
  assert.equal(await page.locator(W.card).count(), 0, 'a closed card stays closed');
});

j.step('the visitor answers and the named operator gets the chat, the card above it', async () => {
  await page.locator(W.launcher).click();
  await page.locator(W.window).waitFor({ state: 'visible' });
  assert.equal(await page.locator(W.card).count(), 0);
  assert.match(await page.locator(W.targetedRow).textContent(), /Need help with your cart\?/);
  await page.locator(W.input).fill('Do you ship to Recife?');
  await page.locator(W.input).press('Enter');
  const owned = await j.operator.event('conversation',
    (d) => d.ownerId === j.operator.account.id && d.lastMessage?.text === 'Do you ship to Recife?',
    'the answered chat, owned by the sender');
  const { messages } = await j.operator.request('history', { conversationId: owned.d.id });
  assert.deepEqual(messages.map((m) => m.text), [TEXT, 'Do you ship to Recife?']);
  // The stored copy replaces the widget's own: the text shows once.
  await until(async () => (await page.locator('.papo-msg-operator .papo-bubble').count()) === 1,
    'the targeted text once in the history');
  await page.context().close();
});

j.step('an open-window action opens the chat without taking the focus', async () => {
  await clearActions();
  await j.operator.request('save_action', {
    name: 'Contact page', enabled: true, kind: 'open_window', repeat: 'once_per_visit', delay: 1,
    conditions: [{ field: 'url', op: 'contains', value: '/demo/products' }],
  });
  const context = await j.browser.newContext({ locale: 'en-US' });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo/products`);
  await page.locator(W.window).waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true,
    'the focus stays where it was');
  await context.close();
});

// WID-7: the visitor is typing in the page's own form when the action comes: the field keeps
// the focus and every letter; the window waits (on a phone it would cover the form).
j.step('an open-window action never takes the focus from a field the visitor types in', async () => {
  await clearActions();
  // 5 s: the visitor is typing by then, also on a slow machine.
  await j.operator.request('save_action', {
    name: 'Products page', enabled: true, kind: 'open_window', repeat: 'once_per_visit', delay: 5,
    conditions: [{ field: 'url', op: 'contains', value: '/demo/products' }],
  });
  const context = await j.browser.newContext({ locale: 'en-US' });
  page = j.track(await context.newPage());
  let opened = false;
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => {
    if (String(frame.payload).includes('"t":"open_window"')) opened = true;
  }));
  await page.goto(`${j.server.url}/demo/products`);
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.id = 'shop-cep';
    field.setAttribute('aria-label', 'CEP');
    document.body.prepend(field);
  });
  const field = page.locator('#shop-cep');
  await field.click();
  await page.keyboard.type('01310');
  await until(async () => opened, 'the open_window frame while typing', 30_000);
  await page.keyboard.type('-100');
  assert.equal(await field.inputValue(), '01310-100');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'shop-cep');
  assert.equal(await page.locator(W.window).isVisible(), false);
  await context.close();
});

// PAPO_SCREENSHOT_DIR=dir saves the user guide's pictures there, in Portuguese (a pt-BR
// browser, the cart template's Portuguese words): the card on the demo shop's cart page
// (widget-targeted-card.png) and, once the visitor answered it, the conversation with the
// operator's reply (widget-conversation.png).
j.step('the guide\'s pictures: a card in Portuguese, answered and replied to', async () => {
  const screenshots = process.env.PAPO_SCREENSHOT_DIR;
  if (!screenshots) return;
  await clearActions();
  await j.operator.request('update_profile', { name: 'Ana Souza' });
  const { templates } = await j.operator.request('action_templates', { language: 'pt' });
  const cart = templates.find((t) => t.template === 'cart');
  delete cart.template;
  await j.operator.request('save_action', {
    ...cart,
    enabled: true,
    conditions: [
      { field: 'url', op: 'contains', value: '/demo/cart' },
      { field: 'time_on_page', op: 'at_least', value: '1' },
    ],
    sender: 'operator',
    senderId: j.operator.account.id,
  });
  const context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 800 } });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await page.getByRole('link', { name: 'Cart', exact: true }).click();
  await page.locator(W.card).waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await page.locator(W.cardName).textContent(), 'Ana Souza');
  assert.equal(await page.locator(W.cardText).textContent(), cart.liveText);
  await page.screenshot({ path: `${screenshots}/widget-targeted-card.png` });

  await page.locator(W.launcher).click();
  await page.locator(W.window).waitFor({ state: 'visible' });
  const question = 'Oi! Vocês entregam em Recife? Quero comprar hoje.';
  await page.locator(W.input).fill(question);
  await page.locator(W.input).press('Enter');
  const owned = await j.operator.event('conversation',
    (d) => d.ownerId === j.operator.account.id && d.lastMessage?.text === question,
    'the answered chat, owned by Ana');
  const reply = 'Olá! Entregamos em Recife sim, em até 3 dias úteis. O frete é **grátis** acima de R$ 200.';
  await j.operator.request('send', { conversationId: owned.d.id, cid: `shot-${Date.now()}`, text: reply });
  await until(async () => (await page.locator('.papo-msg-operator .papo-bubble').allTextContents())
    .some((text) => text.includes('Entregamos em Recife sim')), 'the reply in the widget');
  await page.locator(W.input).blur();
  await page.screenshot({ path: `${screenshots}/widget-conversation.png` });
  await context.close();
});
