// CHT-9 in a real browser: on a phone-sized screen the visitor sends a photo from a shop on
// another origin (so the upload goes through CORS), the operator (over WebSocket, as
// papo-desk) receives it and downloads the same bytes; the operator sends a picture and a
// PDF the widget shows; too large and refused files get a clear message in the widget.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';
import { journey, until } from './support.mjs';

let page;
let conversationId;
let shop;

// The operator is the journey's; the server takes files up to 1 MB.
const j = journey('attachments', async () => {
  const context = await j.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 },
    isMobile: true, hasTouch: true });
  page = j.track(await context.newPage());
  // The shop lives on another origin than the chat server: its own little HTTP server.
  shop = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Loja</title></head><body><h1>Loja</h1>
      <script>window.PapoID='${j.server.websiteKey}';</script>
      <script async src="${j.server.url}/widget.js"></script></body></html>`);
  });
  await new Promise((resolve) => shop.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${shop.address().port}/shop`);
  // The page's own view of the files (WID-6 `message` events).
  await until(() => page.evaluate(() => typeof window.Papo === 'function'), 'widget.js to load');
  await page.evaluate(() => {
    window.shopFiles = [];
    window.Papo('on', 'message', (m) => { if (m.file) window.shopFiles.push(m.file); });
  });
}, { serverArguments: ['--attachment-limit', '1'] });
after(() => shop?.close());
const step = j.step;

// A real PNG of one colour, so the browser can decode and show it.
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(width, height, [r, g, b]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3])]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
const PHOTO = png(120, 90, [200, 40, 40]);
const REPLY = png(80, 60, [40, 160, 60]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

// The widget's picture with this name has loaded (decoded, not a broken image).
const shownImage = (name) => page.locator(`.papo-bubble img.papo-img[alt="${name}"]`).evaluate(
  (img) => img.complete && img.naturalWidth > 0).catch(() => false);

async function operatorUpload(name, bytes) {
  const url = `${j.server.url}/api/attachments?conversationId=${conversationId}&name=${encodeURIComponent(name)}`;
  const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${j.operator.token}` }, body: bytes });
  assert.equal(response.status, 201, `the operator's upload answered ${response.status}`);
  return (await response.json()).attachment;
}

step('the attach button is a labelled, keyboard-reachable button', async () => {
  await page.locator('.papo-launcher').click();
  await until(async () => (await page.locator('.papo').getAttribute('data-mode')) === 'live', 'live mode');
  const attach = page.getByRole('button', { name: 'Attach a file' });
  await attach.waitFor({ state: 'visible' });
  await page.locator('textarea.papo-input').focus();
  await page.keyboard.press('Shift+Tab');
  assert.equal(await attach.evaluate((button) => button.getRootNode().activeElement === button), true,
    'Shift+Tab from the message field reaches the attach button');
});

step('the visitor sends a photo; the operator receives it and downloads the same bytes', async () => {
  await page.locator('.papo-composer input[type="file"]').setInputFiles(
    { name: 'camiseta.png', mimeType: 'image/png', buffer: PHOTO });
  const event = await j.operator.event('message', (d) => d.attachment?.name === 'camiseta.png', 'the photo');
  assert.equal(event.d.author.kind, 'visitor');
  assert.equal(event.d.attachment.type, 'image/png');
  assert.equal(event.d.attachment.size, PHOTO.length);
  conversationId = event.d.conversationId;
  const download = await fetch(`${j.server.url}${event.d.attachment.url}`);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), PHOTO);
  // The visitor sees their own photo, stored and shown in place.
  await until(() => shownImage('camiseta.png'), 'the photo in the widget');
  await until(async () => (await page.locator('.papo-msg-visitor .papo-pending').count()) === 0 &&
    (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0, 'the photo to be sent');
});

step('the operator sends a picture and a PDF; the widget shows the picture and a file link', async () => {
  const picture = await operatorUpload('tabela de medidas.png', REPLY);
  await j.operator.request('send', { conversationId, cid: `op-pic-${Date.now()}`, text: 'Veja a tabela',
    attachmentId: picture.id });
  await until(() => shownImage('tabela de medidas.png'), "the operator's picture in the widget");
  const caption = page.locator('.papo-msg-operator .papo-caption').last();
  assert.equal(await caption.textContent(), 'Veja a tabela');
  const files = await page.evaluate(() => window.shopFiles);
  assert.deepEqual(files.map((f) => [f.name, f.type]),
    [['camiseta.png', 'image/png'], ['tabela de medidas.png', 'image/png']]);
  assert.equal(files[1].url, `${j.server.url}${picture.url}`);

  const pdf = await operatorUpload('nota fiscal.pdf', PDF);
  await j.operator.request('send', { conversationId, cid: `op-pdf-${Date.now()}`, text: '', attachmentId: pdf.id });
  const link = page.locator('.papo-msg-operator a.papo-file.papo-doc').last();
  await until(async () => (await link.textContent().catch(() => '')).includes('nota fiscal.pdf'), 'the PDF link');
  const href = await link.getAttribute('href');
  assert.equal(href, `${j.server.url}${pdf.url}`);
  const download = await fetch(href);
  assert.match(download.headers.get('content-disposition'), /^attachment/);
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
});

step('a file over the limit and a refused type get a clear message in the widget', async () => {
  const alert = page.locator('.papo-attach-error');
  const input = page.locator('.papo-composer input[type="file"]');
  await input.setInputFiles({ name: 'enorme.png', mimeType: 'image/png',
    buffer: Buffer.concat([PHOTO, Buffer.alloc(1024 * 1024)]) });
  await until(async () => (await alert.isVisible()) && (await alert.textContent()) === 'This file is too large (at most 1 MB).',
    'the too-large message');
  await input.setInputFiles({ name: 'pagina.html', mimeType: 'text/html',
    buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await until(async () => (await alert.textContent()) === "This type of file can't be sent.", 'the refused-type message');
  assert.equal(await page.locator('.papo-msg-visitor .papo-bubble', { hasText: 'pagina.html' }).count(), 0,
    'the refused file leaves no bubble behind');
  assert.deepEqual(j.pageErrors, []);
});

step('after a reload the history shows the pictures again', async () => {
  await page.reload();
  // The window stays open across the reload (it was open); on a phone it hides the launcher.
  const win = page.locator('.papo-window');
  const launcher = page.locator('.papo-launcher');
  await until(async () => (await win.isVisible()) || (await launcher.isVisible()), 'the widget to appear');
  if (!(await win.isVisible())) await launcher.click();
  await until(() => shownImage('camiseta.png'), 'the photo after a reload');
  await until(() => shownImage('tabela de medidas.png'), "the operator's picture after a reload");
});
