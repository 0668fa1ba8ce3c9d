// A visitor who uses only the keyboard, on a phone-sized window, in Portuguese (WID-7):
// reaches the launcher with Tab, chats, sends a photo, stays inside the open window while
// tabbing, rates the chat, closes it with Esc and, on a later visit, finds the operator's reply.
import assert from 'node:assert/strict';
import { journey, until, watchFileChoosers } from './support.mjs';

const j = journey('keyboard');
let context;
let page;
let choosers;
let conversationId;

// What has the keyboard focus: inside the widget's shadow root, else the page's element.
const focused = () => page.evaluate(() => {
  const widget = document.querySelector('papo-widget');
  const inner = widget?.shadowRoot.activeElement;
  if (!inner) return { inWidget: false, name: document.activeElement?.tagName ?? '' };
  const win = widget.shadowRoot.querySelector('.papo-window');
  return { inWidget: true, inWindow: win.contains(inner), name: inner.className,
    rating: inner.getAttribute('data-rating') };
});

async function tabUntil(wanted, what, key = 'Tab') {
  for (let i = 0; i < 40; i++) {
    const now = await focused();
    if (wanted(now)) return now;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${what}`);
}

j.step('Tab reaches the launcher and Enter opens the chat with the cursor in the message box', async () => {
  context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 320, height: 640 } });
  page = j.track(await context.newPage());
  choosers = watchFileChoosers(page);
  await page.goto(`${j.server.url}/demo`);
  await page.locator('.papo-status-text').waitFor({ state: 'attached' });
  await until(async () => (await page.locator('.papo').getAttribute('data-mode')) === 'live', 'live mode');

  await tabUntil((f) => f.name === 'papo-launcher', 'the launcher');
  assert.equal(await page.locator('.papo-launcher').getAttribute('aria-label'), 'Abrir chat');
  await page.keyboard.press('Enter');
  await page.locator('.papo-window').waitFor({ state: 'visible' });
  assert.equal((await focused()).name, 'papo-input');
  assert.equal(await page.locator('.papo-window').getAttribute('role'), 'dialog');
  assert.equal(await page.locator('.papo-status-text').textContent(), 'Estamos online');
  const box = await page.locator('.papo-window').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `the window fits 320 px: ${JSON.stringify(box)}`);
  // The message box's hint stays on one line, cut with "…": wrapped, its second line was clipped.
  assert.equal(await page.locator('.papo-input').evaluate((el) => getComputedStyle(el, '::placeholder').whiteSpace),
    'nowrap');
});

j.step('typing and Enter sends the message', async () => {
  await page.keyboard.type('Olá! Vocês entregam em Recife?');
  await page.keyboard.press('Enter');
  const event = await j.operator.event('message',
    (m) => m.text === 'Olá! Vocês entregam em Recife?' && m.author?.kind === 'visitor', 'the visitor\'s message');
  conversationId = event.d.conversationId;
  assert.equal((await focused()).name, 'papo-input', 'the cursor stays in the message box');
});

// A 2×2 red PNG, as a phone's camera would send a (much larger) photo.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4oaEBRAwQCgAhLgRhHuBtwgAAAABJRU5ErkJggg==', 'base64');

j.step('the paperclip, reached with Tab, sends a photo the operator receives (CHT-9)', async () => {
  await tabUntil((f) => f.name === 'papo-attach', 'the attach button');
  assert.equal(await page.locator('.papo-attach').getAttribute('aria-label'), 'Anexar arquivo');
  await page.keyboard.press('Enter');
  const chooser = await choosers.next('the file chooser');
  await chooser.setFiles({ name: 'pedido.png', mimeType: 'image/png', buffer: PHOTO });
  const event = await j.operator.event('message',
    (m) => m.attachment?.name === 'pedido.png' && m.author?.kind === 'visitor', 'the photo');
  assert.equal(event.d.conversationId, conversationId);
  assert.equal(event.d.attachment.type, 'image/png');
  const shown = page.locator('.papo-msg-visitor img[alt="pedido.png"]');
  await until(() => shown.evaluate((img) => img.complete && img.naturalWidth === 2), 'the photo shown');
  await tabUntil((f) => f.name === 'papo-input', 'the message box');
});

j.step('Tab and Shift+Tab stay inside the open window', async () => {
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(key);
      const now = await focused();
      assert.ok(now.inWindow, `${key} #${i + 1} left the chat window: ${JSON.stringify(now)}`);
      seen.add(now.name);
    }
    assert.ok(['papo-close', 'papo-attach', 'papo-input', 'papo-send'].every((name) => seen.has(name)),
      `${key} cycles through close, attach, message box and send: ${[...seen]}`);
  }
});

j.step('after the operator answers, the visitor rates the chat with the keyboard', async () => {
  await j.operator.request('send', { conversationId, cid: `kbd-${Date.now()}-1`, text: 'Entregamos sim, em 2 dias!' });
  await page.locator('.papo-msg-operator .papo-bubble').filter({ hasText: 'Entregamos sim' }).waitFor();
  await page.locator('.papo-rate').waitFor({ state: 'visible' });

  await tabUntil((f) => f.rating === 'good', 'the 👍 button');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).name, 'papo-rate-comment', 'the comment box takes the focus');
  await page.keyboard.type('Resposta rápida');
  await page.keyboard.press('Tab');
  assert.equal((await focused()).name, 'papo-rate-send');
  await page.keyboard.press('Enter');
  const rated = await j.operator.event('conversation',
    (c) => c.id === conversationId && c.rating === 'good', 'the rating');
  assert.equal(rated.d.ratingComment, 'Resposta rápida');
  await page.locator('.papo-rate-thanks').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.papo-rate-thanks').textContent(), 'Obrigado pela avaliação!');
});

j.step('Esc closes the window and gives the focus back to the launcher', async () => {
  assert.equal((await focused()).name, 'papo-input', 'after rating, the keyboard is back in the chat');
  await page.keyboard.press('Escape');
  await page.locator('.papo-window').waitFor({ state: 'hidden' });
  assert.equal((await focused()).name, 'papo-launcher');
  assert.equal(await page.locator('.papo-launcher').getAttribute('aria-expanded'), 'false');
});

j.step('coming back later, the visitor finds the reply sent while they were away', async () => {
  await page.close();
  await j.operator.visitorLeft(undefined, 'the visitor leaving', 30_000);
  await j.operator.request('send', { conversationId, cid: `kbd-${Date.now()}-2`, text: 'O frete é grátis 🙂' });

  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await page.locator('.papo-launcher').waitFor({ state: 'visible' });
  await until(async () => (await page.locator('.papo-badge').isVisible()), 'the unread badge');
  await tabUntil((f) => f.name === 'papo-launcher', 'the launcher');
  await page.keyboard.press('Enter');
  await page.locator('.papo-msg-operator .papo-bubble').filter({ hasText: 'O frete é grátis' }).waitFor();
  assert.deepEqual(await page.locator('.papo-msg-visitor .papo-bubble').allTextContents(),
    ['Olá! Vocês entregam em Recife?', '']);
  await page.locator('.papo-msg-visitor img[alt="pedido.png"]').waitFor();
  assert.deepEqual(j.pageErrors, []);
});
