// Browser test of targeted messages (ACT-3, ACT-5): an action saved by the owner shows its
// card above the launcher on the third page of the demo shop after its time on the page; the
// visitor answers it and the named operator gets the chat, the card's text above the reply.
// Texts with markup stay text. An open-window action opens the chat without taking the focus.
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
  if (process.env.PAPO_SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.PAPO_SCREENSHOT_DIR}/widget-targeted-card.png` });
});

j.step('the visitor answers and the named operator gets the chat, the card above it', async () => {
  await page.locator(W.card).click();
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
