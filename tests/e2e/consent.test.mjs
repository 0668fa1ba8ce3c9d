// Browser test of marketing consent (EXP-1): in messenger mode the widget's email card has an
// unticked "Send me news and offers by email" box; a visitor who ticks it (with the keyboard)
// is in the owner's "only those who consented" export, one who leaves it unticked is not.
// A page says the same with Papo('setVisitorData', {marketingConsent}).
// The real papo-server and Debian's headless Chromium.
import assert from 'node:assert/strict';
import { journey, until } from './support.mjs';

const j = journey('consent', async () => {
  // Nobody online: messenger mode, which asks where to reply.
  const status = await j.operator.request('set_status', { status: 'offline' });
  assert.equal(status.status, 'offline');
});
const step = j.step;

// A visitor in this language who writes once and is then asked for their email.
async function visitorAsked(locale, text) {
  const context = await j.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await until(async () => (await page.locator('.papo').getAttribute('data-mode')) === 'messenger', 'messenger mode');
  await page.locator('.papo-launcher').click();
  await page.locator('textarea.papo-input').fill(text);
  await page.locator('textarea.papo-input').press('Enter');
  await page.locator('.papo-email').waitFor({ state: 'visible' });
  return page;
}

// The owner's visitor export for these days: email -> consent time.
async function exportedEmails({ consented }) {
  const today = new Date();
  const day = (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${j.server.url}/api/exports/visitors.csv?from=${day(-1)}&to=${day(1)}`
    + `&timeZone=UTC&fields=email,consent${consented ? '&consented=1' : ''}`, { headers: { Authorization: `Bearer ${j.operator.token}` } });
  assert.equal(response.status, 200);
  const rows = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1);
  return new Map(rows.map((row) => row.split(',')));
}

step('a visitor ticks the box with the keyboard and is exported as consenting', async () => {
  const page = await visitorAsked('en-US', 'Do you ship to Recife?');
  const box = page.getByLabel('Send me news and offers by email');
  assert.equal(await box.getAttribute('type'), 'checkbox');
  assert.equal(await box.isChecked(), false, 'unticked until the visitor ticks it');
  await page.locator('.papo-email-input').fill('sim@example.com');
  await page.locator('.papo-email-input').press('Tab'); // to Save
  await page.keyboard.press('Tab'); // to the box
  assert.equal(await box.evaluate((node) => node.getRootNode().activeElement === node), true,
    'the box is reached with Tab');
  await page.keyboard.press('Space');
  assert.equal(await box.isChecked(), true);
  if (process.env.PAPO_SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.PAPO_SCREENSHOT_DIR}/widget-email-consent.png` });
  await page.locator('.papo-email-save').click();
  await page.locator('.papo-email-done').waitFor({ state: 'visible' });

  const before = Date.now();
  const exported = await exportedEmails({ consented: true });
  assert.ok(exported.has('sim@example.com'), `export: ${[...exported.keys()]}`);
  const givenAt = Date.parse(exported.get('sim@example.com'));
  assert.ok(before - givenAt >= 0 && before - givenAt < 60_000, `consent time: ${exported.get('sim@example.com')}`);
  await page.context().close();
});

step('a visitor who leaves it unticked is not exported as consenting', async () => {
  const page = await visitorAsked('pt-BR', 'Vocês entregam em Recife?');
  const box = page.getByLabel('Quero receber novidades e ofertas por e-mail');
  assert.equal(await box.isChecked(), false);
  await page.locator('.papo-email-input').fill('nao@example.com');
  await page.locator('.papo-email-input').press('Enter');
  await page.locator('.papo-email-done').waitFor({ state: 'visible' });
  const everyone = await exportedEmails({ consented: false });
  assert.equal(everyone.get('nao@example.com'), '', 'the address is kept, with no consent');

  const exported = await exportedEmails({ consented: true });
  assert.ok(!exported.has('nao@example.com'), `export: ${[...exported.keys()]}`);
  assert.ok(exported.has('sim@example.com'), 'the first visitor stays');
  await page.context().close();
});

step('the page gives and withdraws consent with setVisitorData; a non-boolean is refused', async () => {
  const context = await j.browser.newContext({ locale: 'en-US' });
  const page = j.track(await context.newPage());
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${j.server.url}/demo`);
  await page.waitForFunction(() => window.Papo?.papoWidget);
  await page.evaluate(() => new Promise((resolve) => Papo('on', 'ready', resolve)));
  await page.evaluate(() => Papo('setVisitorData', { email: 'api@example.com', marketingConsent: 'yes' }));
  await until(() => warnings.some((w) => w.includes('marketingConsent must be true or false')), 'the warning');
  const everyone = await until(async () => {
    const rows = await exportedEmails({ consented: false });
    return rows.has('api@example.com') && rows;
  }, 'the address to be stored');
  assert.equal(everyone.get('api@example.com'), '', '"yes" is no consent');

  await page.evaluate(() => Papo('setVisitorData', { marketingConsent: true }));
  await until(async () => (await exportedEmails({ consented: true })).has('api@example.com'), 'the consent');
  await page.evaluate(() => Papo('setVisitorData', { marketingConsent: false }));
  await until(async () => !(await exportedEmails({ consented: true })).has('api@example.com'), 'the withdrawal');
  await context.close();
});
