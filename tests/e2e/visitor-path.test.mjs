// A visitor walks three pages of the demo shop in headless Chromium; the operator sees each
// move live and the whole path, with times, in the visitor's details (issue: knowing the
// visitor — PAN-1, VIS-1).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, connectOperator, launchChromium } from './support.mjs';

const server = new Server();
process.on('exit', () => server.child?.kill('SIGKILL'));
let operator;
let browser;

before(async () => {
  await server.start();
  operator = await connectOperator(server);
  browser = await launchChromium();
});

after(async () => {
  operator?.close();
  await browser?.close().catch(() => {});
  await server.stop();
});

const TITLES = ['Papo demo shop', 'Products — Papo demo shop', 'Cart — Papo demo shop'];

test('the operator follows the visitor through three pages', { timeout: 90_000 }, async () => {
  const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/demo`);
  const arrived = await operator.visitor((v) => v.currentPage?.title === TITLES[0], 'the visitor on the home page');
  const visitorId = arrived.id;
  assert.equal(arrived.online, true);
  assert.equal(arrived.language, 'pt-BR');
  assert.equal(arrived.location.text, 'unknown', 'loopback has no location');
  assert.match(arrived.device.summary, /Chrome/);
  assert.match(arrived.screen, /^\d+x\d+$/);

  for (const [link, title] of [['Products', TITLES[1]], ['Cart', TITLES[2]]]) {
    await page.waitForTimeout(1100); // a second on each page, so its time shows
    await page.getByRole('link', { name: link, exact: true }).click();
    await operator.visitor((v) => v.id === visitorId && v.currentPage?.title === title,
      `the visitor on "${title}"`);
  }

  // VIS-3: opening the chat window shows in the visitors list.
  assert.equal(arrived.chatWindowOpened, false);
  await page.locator('.papo-launcher').click();
  await operator.visitor((v) => v.id === visitorId && v.chatWindowOpened === true,
    'the visitor to be marked as having opened the chat window');

  const { visitor } = await operator.request('visitor', { visitorId });
  assert.deepEqual(visitor.pages.map((p) => p.title), TITLES);
  assert.deepEqual(visitor.pages.map((p) => new URL(p.url).pathname), ['/demo', '/demo/products', '/demo/cart']);
  assert.ok(visitor.pages[0].seconds >= 1, `time on the home page: ${visitor.pages[0].seconds}`);
  assert.ok(visitor.pages[1].seconds >= 1, `time on the products page: ${visitor.pages[1].seconds}`);
  assert.equal(visitor.pages[2].seconds, null, 'still on the cart page');
  assert.equal(visitor.pagesThisVisit, 3);
  assert.equal(visitor.visits, 1);

  await page.close();
  await operator.visitorLeft(visitorId, 'the visitor leaving');
  await context.close();
});
