// Browser test of the widget's header (WID-1): the team's photos (initials without one), a
// "last active" time while nobody is online, in the visitor's language, and operator names
// that stay text. The real papo-server and Debian's headless Chromium; the page's clock is
// Playwright's, moved forward instead of waited on.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { operatorWithToken, journey, until } from './support.mjs';

const ANA = 'Ana <b>Souza</b>';
const BIA = 'Bia <img src=x onerror="window.__papoInjected=1">';

let page;
let ana;
let bia;
let avatarUrl;

async function post(route, body, token, contentType = 'application/json') {
  const headers = { 'Content-Type': contentType };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${j.server.url}${route}`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

// The owner, Ana, is the journey's operator; Bia joins through an invite.
const j = journey('team', async () => {
  ana = j.operator; // the owner
  await ana.request('update_profile', { name: ANA });
  // A real photo, drawn by the browser: two colours, wider than tall.
  const scratch = await j.browser.newPage();
  const dataUrl = await scratch.evaluate(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 300, height: 200 });
    const g = canvas.getContext('2d');
    g.fillStyle = '#d33';
    g.fillRect(0, 0, 150, 200);
    g.fillStyle = '#33d';
    g.fillRect(150, 0, 150, 200);
    return canvas.toDataURL('image/png');
  });
  await scratch.close();
  const upload = await post('/api/avatar', Buffer.from(dataUrl.split(',')[1], 'base64'), ana.token, 'image/png');
  assert.equal(upload.status, 200, JSON.stringify(upload.body));
  avatarUrl = upload.body.avatarUrl;
  // Bia joins through an invite and has no photo.
  const invite = await ana.request('invite', { email: 'bia@papo.test', role: 'operator' });
  const accepted = await post('/api/accept-invite', JSON.stringify({ token: invite.token, name: BIA, password: 'senha-da-bia', device: 'e2e' }));
  assert.equal(accepted.status, 200);
  bia = await operatorWithToken(j.server, accepted.body.token);
  await ana.request('set_status', { status: 'online' });
  await bia.request('set_status', { status: 'online' });
  page = await widgetPage('en-US');
});
after(() => bia?.close());
const step = j.step;

// A widget page in this language, its clock under the test's control.
async function widgetPage(locale) {
  const context = await j.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const widgetPage = j.track(await context.newPage());
  await widgetPage.clock.install();
  await widgetPage.goto(`${j.server.url}/demo`);
  await widgetPage.locator('.papo-launcher').click();
  await widgetPage.locator('.papo-window').waitFor({ state: 'visible' });
  return widgetPage;
}

const header = (p = page) => p.locator('.papo-header');
const lastActive = (p = page) => p.locator('.papo-last-active');

step('the header shows the online team: a photo, and initials without one', async () => {
  await until(async () => (await header().locator('.papo-avatar').count()) === 2, 'two avatars');
  const avatars = await header().locator('.papo-avatar').evaluateAll((all) => all.map((a) => ({
    title: a.title,
    text: a.textContent,
    img: a.querySelector('img')?.src ?? null,
  })));
  const photo = avatars.find((a) => a.title === ANA);
  assert.ok(photo, `Ana's avatar: ${JSON.stringify(avatars)}`);
  assert.equal(photo.img, `${j.server.url}/${avatarUrl}`);
  // The photo really loads: the server's 128x128 PNG.
  const size = await until(() => header().locator('.papo-avatar img').evaluate((img) =>
    img.complete && img.naturalWidth ? [img.naturalWidth, img.naturalHeight] : null), 'the photo to load');
  assert.deepEqual(size, [128, 128]);
  const initials = avatars.find((a) => a.title === BIA);
  assert.ok(initials, `Bia's avatar: ${JSON.stringify(avatars)}`);
  assert.equal(initials.img, null);
  assert.equal(initials.text, 'BO'); // the first letters of the first and last words
  // While someone is online the status says so; no "last active" line.
  assert.equal(await page.locator('.papo-status-text').textContent(), "We're online");
  assert.equal(await lastActive().isVisible(), false);
});

step('names with HTML are shown as text, never as markup', async () => {
  assert.equal(await header().locator('b, [onerror], img[src="x"]').count(), 0);
  assert.equal(await header().locator('img').count(), 1); // Ana's photo only
  assert.equal(await page.evaluate(() => window.__papoInjected), undefined);
});

step('with everyone offline, the header says when the team was last active', async () => {
  await bia.request('set_status', { status: 'offline' });
  await ana.request('set_status', { status: 'offline' });
  await until(async () => (await page.locator('.papo').getAttribute('data-mode')) === 'messenger', 'messenger mode');
  await until(async () => (await lastActive().textContent()) === 'Active just now', '"Active just now"');
  assert.equal(await lastActive().isVisible(), true);
  // Photos stay, now led by the most recently active.
  assert.equal(await header().locator('.papo-avatar').count(), 2);
  // Five minutes later, without reloading.
  await page.clock.fastForward('05:00');
  await until(async () => (await lastActive().textContent()) === 'Active 5 min ago', '"Active 5 min ago"');
  await page.clock.fastForward('03:00:00');
  await until(async () => (await lastActive().textContent()) === 'Active 3 h ago', '"Active 3 h ago"');
});

step('the last-active time in Portuguese and Spanish', async () => {
  for (const [locale, expected] of [['pt-BR', 'Ativo há 10 min'], ['es-ES', 'Activo hace 10 min']]) {
    const other = await widgetPage(locale);
    await until(async () => (await lastActive(other).textContent()).length > 0, `a last-active text in ${locale}`);
    await other.clock.fastForward('10:00');
    await until(async () => (await lastActive(other).textContent()) === expected, `"${expected}"`);
    await other.context().close();
  }
});

step('a new name reaches the open widget at once', async () => {
  await ana.request('update_profile', { name: 'Ana Souza' });
  await until(async () => (await header().locator('.papo-avatar').first().getAttribute('title')) === 'Ana Souza'
    || (await header().locator('.papo-avatar').last().getAttribute('title')) === 'Ana Souza', 'the new name');
});
