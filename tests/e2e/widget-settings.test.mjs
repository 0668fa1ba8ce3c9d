// Browser test of the website's widget settings (WID-2, WID-3): colour, side, default
// language and custom texts set through update_website (as papo-desk's Settings → Widget
// does) reach headless Debian Chromium visitors of /demo in their browser's language.
import assert from 'node:assert/strict';
import { journey, until } from './support.mjs';

let websiteId;

const j = journey('settings', async () => {
  const { websites } = await j.operator.request('websites', {});
  websiteId = websites.find((w) => w.key === j.server.websiteKey).id;
});
const step = j.step;

// Every frame in which the launcher is drawn, what it looks like: so a test can tell that the
// widget never showed itself with the defaults first.
function recordFrames() {
  window.__papoFrames = [];
  const look = () => {
    const root = document.querySelector('papo-widget')?.shadowRoot;
    const launcher = root?.querySelector('.papo-launcher');
    const box = launcher?.getBoundingClientRect();
    if (box && box.width > 0) {
      window.__papoFrames.push({ x: Math.round(box.x), color: getComputedStyle(launcher).backgroundColor,
        title: root.querySelector('.papo-title')?.textContent });
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

// A fresh visitor whose browser speaks `locale`; init runs before the page's scripts.
async function newVisitor(locale, init) {
  const context = await j.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recordFrames);
  if (init) await context.addInitScript(init);
  const page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await page.locator('.papo-launcher').waitFor({ state: 'visible' });
  return page;
}

// The texts arrive with the hello answer, shortly after the launcher is drawn.
function titleIs(page, title) {
  return until(async () => (await page.locator('.papo-title').textContent()) === title, `the title "${title}"`);
}

async function openWidget(page) {
  if (await page.locator('.papo-window').isVisible()) return;
  await page.locator('.papo-launcher').click();
  await page.locator('.papo-window').waitFor({ state: 'visible' });
}

const HOSTILE_TITLE = 'Fale com a <img src=x onerror="window.__papoXss=1">Loja';
const CUSTOM_GREETING = 'Oi! Aqui é a **Loja**, em que posso ajudar?';

step('an admin sets the colour, the left side and Portuguese texts', async () => {
  const { website } = await j.operator.request('update_website', {
    websiteId, color: '#AA3300', position: 'left',
    texts: { pt: { title: HOSTILE_TITLE, greetLive: CUSTOM_GREETING } },
  });
  assert.equal(website.color, '#aa3300');
  assert.equal(website.texts.pt.title, HOSTILE_TITLE);
});

step('a pt-BR visitor sees the colour and the left side from the first frame, and the custom texts as text', async () => {
  const page = await newVisitor('pt-BR');
  try {
    // Before any click (hovering darkens the launcher): a few frames of the launcher alone.
    const frames = await until(() => page.evaluate(() => window.__papoFrames.length >= 5 && window.__papoFrames),
      'five frames of the launcher');
    for (const frame of frames) {
      assert.equal(frame.color, 'rgb(170, 51, 0)', `every frame in the website colour: ${JSON.stringify(frame)}`);
      assert.ok(frame.x < 100, `every frame on the left: ${JSON.stringify(frame)}`);
    }
    // The texts come with the hello, before anyone can open the window.
    await until(() => page.evaluate((title) => window.__papoFrames.at(-1).title === title, HOSTILE_TITLE),
      'the custom title from the hello');
    await openWidget(page);
    await titleIs(page, HOSTILE_TITLE);
    assert.equal(await page.locator('.papo-title img').count(), 0, 'no element from a custom text');
    assert.equal(await page.evaluate(() => window.__papoXss), undefined, 'no script from a custom text');
    await until(async () => (await page.locator('.papo-greeting').textContent()) === CUSTOM_GREETING,
      'the custom live greeting');
    // Keys without a custom text keep the Portuguese defaults.
    assert.equal(await page.locator('textarea.papo-input').getAttribute('placeholder'), 'Escreva sua mensagem…');
    assert.equal(await page.locator('.papo-window').getAttribute('aria-label'), HOSTILE_TITLE);
    assert.equal(await page.locator('.papo').getAttribute('lang'), 'pt-BR');
    const win = await page.locator('.papo-window').boundingBox();
    assert.ok(win.x < 100, `the window is on the left: ${JSON.stringify(win)}`);
  } finally {
    await page.context().close();
  }
});

step('an es-ES visitor sees the Spanish defaults', async () => {
  const page = await newVisitor('es-ES');
  try {
    await openWidget(page);
    await titleIs(page, 'Chatea con nosotros');
    assert.equal(await page.locator('textarea.papo-input').getAttribute('placeholder'), 'Escribe tu mensaje…');
    await until(async () => (await page.locator('.papo-status-text').textContent()) === 'Estamos en línea',
      'the Spanish live status');
    assert.equal(await page.locator('.papo-launcher').getAttribute('title'), 'Abrir chat');
    assert.equal(await page.locator('.papo').getAttribute('lang'), 'es-ES');
  } finally {
    await page.context().close();
  }
});

step('a visitor in a language the widget lacks gets the website default language', async () => {
  let page = await newVisitor('de-DE');
  try {
    await titleIs(page, 'Chat with us');
  } finally {
    await page.context().close();
  }
  await j.operator.request('update_website', { websiteId, language: 'pt' });
  page = await newVisitor('de-DE');
  try {
    await openWidget(page);
    await titleIs(page, HOSTILE_TITLE);
    await until(async () => (await page.locator('.papo').getAttribute('lang')) === 'pt', 'lang="pt"');
  } finally {
    await page.context().close();
  }
});

step('the page\'s PapoSetup wins over the website settings', async () => {
  const page = await newVisitor('pt-BR', () => {
    window.PapoSetup = { language: 'es', position: 'right', colors: { button: '#00aa00' } };
  });
  try {
    const launcher = page.locator('.papo-launcher');
    assert.equal(await launcher.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 170, 0)');
    const box = await launcher.boundingBox();
    assert.ok(box.x > 1000, `the launcher is on the right: ${JSON.stringify(box)}`);
    await titleIs(page, 'Chatea con nosotros');
  } finally {
    await page.context().close();
  }
});

step('restoring the default reaches a returning visitor on their next page', async () => {
  const page = await newVisitor('pt-BR');
  try {
    await titleIs(page, HOSTILE_TITLE);
    await j.operator.request('update_website', { websiteId, texts: { pt: {} } });
    await page.reload();
    await titleIs(page, 'Fale conosco'); // the default again
  } finally {
    await page.context().close();
  }
});

step('no page errors, no dialogs', async () => {
  assert.deepEqual(j.pageErrors, []);
  assert.deepEqual(j.dialogs, []);
});
