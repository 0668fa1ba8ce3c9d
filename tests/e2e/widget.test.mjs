// Browser test of the visitor widget against the real papo-server: headless Debian Chromium
// (playwright-core, never a downloaded browser) plays the visitor on /demo, and a raw
// WebSocket plays the operator (papo-desk) on /ws/j.operator. Steps run in order and share
// one server, one operator connection and one page.
import assert from 'node:assert/strict';
import { journey, sleep, until } from './support.mjs';

// ---- the visitor's page ------------------------------------------------------------------

const W = {
  launcher: '.papo-launcher',
  window: '.papo-window',
  root: '.papo',
  status: '.papo-status-text',
  log: '[role="log"]',
  input: 'textarea.papo-input',
  badge: '.papo-badge',
  visitorBubble: '.papo-msg-visitor .papo-bubble',
  operatorBubble: '.papo-msg-operator .papo-bubble',
  edited: '.papo-edited',
  receipt: '.papo-receipt',
};

// One operator connection and one page, made once the server is up.
const j = journey('widget', async () => {
  // On PostgreSQL message ids run far ahead of stream positions (seqs), as after rolled-back
  // writes or a copy from SQLite: the widget must never take one for the other.
  if (j.server.database.length) j.server.sql("SELECT setval(pg_get_serial_sequence('messages', 'id'), 100000)");
  const context = await j.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  // CHT-5's throttle is checked on the page's own clock, when each read mark leaves it: the
  // times at which the operator receives them depend on the machine's load.
  await context.addInitScript(() => {
    const send = WebSocket.prototype.send;
    window.papoReadsSent = [];
    WebSocket.prototype.send = function (data) {
      try {
        const frame = JSON.parse(data);
        if (frame.t === 'read') window.papoReadsSent.push({ upToId: frame.d.upToId, at: performance.now() });
      } catch { /* not ours to check */ }
      return send.call(this, data);
    };
  });
  page = j.track(await context.newPage());
  page.on('request', (request) => requests.push(request.url()));
});
const step = j.step;
let page;
let conversationId;
const requests = [];

async function openWidget() {
  if (await page.locator(W.window).isVisible()) return;
  await page.locator(W.launcher).click();
  await page.locator(W.window).waitFor({ state: 'visible' });
}

const bubbleTexts = (selector) => page.locator(selector).allTextContents();
const lastBubble = (selector) => page.locator(selector).last();
const messageRow = (id) => page.locator(`.papo-msg[data-id="${id}"]`);

// CHT-5: every receipt in the widget, and the id and receipt of the visitor's last message.
const receipts = () => page.locator('.papo-msg-visitor').evaluateAll((rows) => ({
  all: rows.flatMap((row) => [...row.querySelectorAll('.papo-receipt')].map((e) => e.textContent)),
  lastId: Number(rows.at(-1)?.getAttribute('data-id')),
  last: rows.at(-1)?.querySelector('.papo-receipt')?.textContent ?? null,
}));
const lastVisitorMessage = () => j.operator.events
  .filter((e) => e.t === 'message' && e.d.author?.kind === 'visitor' && e.d.conversationId === conversationId)
  .at(-1).d;
const visitorReads = (since) => j.operator.events.slice(since)
  .filter((e) => e.t === 'read' && e.d.by === 'visitor' && e.d.conversationId === conversationId);
const countImages = () => page.evaluate(() =>
  document.querySelectorAll('img').length + document.querySelector('papo-widget').shadowRoot.querySelectorAll('img').length);

// ---- the steps ---------------------------------------------------------------------------

step('the demo page loads the widget, which opens in live mode', async () => {
  await page.goto(`${j.server.url}/demo`);
  assert.match(await page.title(), /Papo demo shop/);
  const snippet = await page.locator('pre').first().textContent();
  assert.ok(snippet.includes(`window.PapoID='${j.server.websiteKey}'`), `snippet shows the key: ${snippet}`);
  assert.ok(snippet.includes(`${j.server.url}/widget.js`), `snippet shows the server URL: ${snippet}`);

  await openWidget();
  await until(async () => (await page.locator(W.root).getAttribute('data-mode')) === 'live', 'live mode');
  assert.equal(await page.locator(W.status).textContent(), "We're online");
  assert.equal(await page.locator(W.launcher).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(W.log).getAttribute('aria-live'), 'polite');
});

step('the widget defines no global but window.Papo', async () => {
  const globals = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const clean = new Set(Object.getOwnPropertyNames(frame.contentWindow));
    frame.remove();
    return Object.getOwnPropertyNames(window).filter((name) => !clean.has(name));
  });
  assert.deepEqual(globals.sort(), ['Papo', 'PapoID']);
  assert.equal(await page.evaluate(() => typeof window.Papo), 'function');
});

step('a visitor message reaches the operator', async () => {
  const text = 'Hello from the e2e test';
  await page.locator(W.input).fill(text);
  await page.locator(W.input).press('Enter');
  const event = await j.operator.event('message',
    (m) => m.text === text && m.author?.kind === 'visitor', 'the visitor message');
  conversationId = event.d.conversationId;
  assert.ok(conversationId > 0, 'the message event has a conversationId');
  assert.equal(typeof event.seq, 'number', 'message events carry seq');
  await until(async () => (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0,
    'the visitor message to be marked sent');
  assert.deepEqual(await bubbleTexts(W.visitorBubble), [text]);
  assert.equal(await page.locator(W.input).inputValue(), '');
});

step('the stored visitor message says "Sent" (CHT-5)', async () => {
  const { id } = lastVisitorMessage();
  await until(async () => (await receipts()).last === 'Sent', '"Sent" under the visitor message');
  assert.deepEqual(await receipts(), { all: ['Sent'], lastId: id, last: 'Sent' });
});

step('the operator reply is shown, formatted, with the operator name', async () => {
  const reply = await j.operator.request('send',
    { conversationId, cid: `e2e-${Date.now()}-a`, text: 'Olá! **Como** posso ajudar?' });
  assert.equal(reply.duplicate, false);
  await until(async () => (await bubbleTexts(W.operatorBubble)).includes('Olá! Como posso ajudar?'),
    'the operator reply in the widget');
  assert.equal(await lastBubble(W.operatorBubble).evaluate((e) => e.innerHTML), 'Olá! <b>Como</b> posso ajudar?');
  assert.equal(await page.locator('.papo-msg-operator .papo-author').first().textContent(), j.operator.account.name);
});

step('after a reload the history is shown again, once', async () => {
  await page.reload();
  await openWidget();
  await until(async () => (await page.locator('.papo-msg').count()) >= 2, 'the restored history');
  await sleep(500); // anything duplicated would have arrived by now
  const rows = await page.locator('.papo-msg').evaluateAll((rows) =>
    rows.map((row) => `${row.classList.contains('papo-msg-visitor') ? 'visitor' : 'operator'}: ${row.querySelector('.papo-bubble').textContent}`));
  assert.deepEqual(rows, ['visitor: Hello from the e2e test', 'operator: Olá! Como posso ajudar?']);
});

step('visitor typing streams the draft to the operator (CHT-3)', async () => {
  await page.locator(W.input).pressSequentially('Quero o modelo azul', { delay: 40 });
  const event = await j.operator.event('typing',
    (d) => d.conversationId === conversationId && d.typing === true && d.text === 'Quero o modelo azul',
    'typing with the whole draft');
  assert.deepEqual(Object.keys(event.d).sort(), ['conversationId', 'text', 'typing']);
  await page.locator(W.input).fill('');
  await page.locator(W.input).dispatchEvent('input');
  await j.operator.event('typing', (d) => d.conversationId === conversationId && d.typing === false,
    'typing: false once the draft is cleared');
});

step('operator typing shows "typing…" in the widget', async () => {
  j.operator.socket.send(JSON.stringify({ t: 'typing', d: { conversationId, typing: true } }));
  await page.locator('.papo-typing').waitFor({ state: 'visible' });
  assert.equal((await page.locator('.papo-typing').textContent()).trim(), 'typing…');
  j.operator.socket.send(JSON.stringify({ t: 'typing', d: { conversationId, typing: false } }));
  await page.locator('.papo-typing').waitFor({ state: 'hidden' });
});

step('operator text is never HTML (XSS)', async () => {
  const attack = '<img src=x onerror=alert(1)>';
  await j.operator.request('send', { conversationId, cid: `e2e-${Date.now()}-x`, text: attack });
  await until(async () => (await bubbleTexts(W.operatorBubble)).includes(attack), 'the literal markup in the widget');
  await sleep(300);
  const images = await page.evaluate(() =>
    document.querySelectorAll('img').length + document.querySelector('papo-widget').shadowRoot.querySelectorAll('img').length);
  assert.equal(images, 0, 'no img element was created');
  assert.deepEqual(j.dialogs, [], 'no script ran');
  assert.equal(await lastBubble(W.operatorBubble).evaluate((e) => e.innerHTML),
    '&lt;img src=x onerror=alert(1)&gt;');
});

step('links and italics follow the WID-4 rules', async () => {
  const text = '_Veja_ https://papo.test/a_b?q=1&r=2. e **isso**\nok';
  await j.operator.request('send', { conversationId, cid: `e2e-${Date.now()}-l`, text });
  await until(async () => (await page.locator(`${W.operatorBubble} a`).count()) > 0, 'the link');
  assert.equal(await lastBubble(W.operatorBubble).evaluate((e) => e.innerHTML),
    '<i>Veja</i> <a href="https://papo.test/a_b?q=1&amp;r=2" rel="noopener noreferrer" target="_blank">' +
    'https://papo.test/a_b?q=1&amp;r=2</a>. e <b>isso</b><br>ok');
});

step('an operator edit replaces the text and marks it "edited", never as HTML (CHT-4)', async () => {
  const sent = await j.operator.request('send',
    { conversationId, cid: `e2e-${Date.now()}-e`, text: 'The blue one costs 10 €' });
  const { id } = sent.message;
  await messageRow(id).waitFor();
  assert.equal(await messageRow(id).locator(W.edited).count(), 0, 'not marked before the edit');

  const text = '**Correction:** 12 € <img src=x onerror=alert(2)>';
  const edited = await j.operator.request('edit', { messageId: id, text });
  assert.equal(edited.message.id, id);
  assert.equal(edited.message.text, text);
  assert.equal(typeof edited.message.editedAt, 'string', 'the acked message has editedAt');
  await until(async () => (await messageRow(id).locator(W.edited).count()) === 1, 'the edited mark');
  assert.equal(await messageRow(id).locator('.papo-bubble').evaluate((e) => e.innerHTML),
    '<b>Correction:</b> 12 € &lt;img src=x onerror=alert(2)&gt;');
  assert.equal(await messageRow(id).locator(W.edited).textContent(), 'edited');
  assert.equal(await page.locator(W.edited).count(), 1, 'only the edited message is marked');
  await j.operator.event('message_edited', (m) => m.id === id && m.text === text, 'message_edited');
  await sleep(300);
  assert.equal(await countImages(), 0, 'no img element was created');
  assert.deepEqual(j.dialogs, [], 'no script ran');
});

step('the operator\'s read mark shows "Seen" under the visitor\'s last message only (CHT-5)', async () => {
  const text = 'Is the blue one in stock?';
  await page.locator(W.input).fill(text);
  await page.locator(W.input).press('Enter');
  const message = (await j.operator.event('message',
    (m) => m.text === text && m.author?.kind === 'visitor', 'the second visitor message')).d;
  await until(async () => (await receipts()).last === 'Sent', '"Sent" under the new message');
  assert.deepEqual(await receipts(), { all: ['Sent'], lastId: message.id, last: 'Sent' },
    'the receipt moved to the last message');

  await j.operator.request('read', { conversationId, upToId: message.id });
  await until(async () => (await receipts()).last === 'Seen', '"Seen" under the visitor message');
  assert.deepEqual(await receipts(), { all: ['Seen'], lastId: message.id, last: 'Seen' });

  // A fresh page learns both from the hello ack: operatorReadUpTo and the history's editedAt.
  await page.reload();
  await openWidget();
  await until(async () => (await receipts()).last === 'Seen', '"Seen" after a reload');
  assert.deepEqual(await receipts(), { all: ['Seen'], lastId: message.id, last: 'Seen' });
  assert.deepEqual(await page.locator(`.papo-msg-operator:has(${W.edited}) .papo-bubble`).allTextContents(),
    ['Correction: 12 € <img src=x onerror=alert(2)>'], 'the edited message is marked after a reload');
});

step('the widget tells the operators what the visitor has seen, at most once a second (CHT-5)', async () => {
  await page.locator(W.launcher).click();
  await page.locator(W.window).waitFor({ state: 'hidden' });
  const closedSince = j.operator.events.length;
  const sent = await j.operator.request('send', { conversationId, cid: `e2e-${Date.now()}-s`, text: 'Anything else?' });
  await page.locator(W.badge).waitFor({ state: 'visible' });
  // Longer than the throttle: a read of the new reply, if one were sent while closed, is out.
  await sleep(1200);
  const readsOfNewReply = (since) => visitorReads(since).filter((e) => e.d.upToId >= sent.message.id);
  assert.deepEqual(readsOfNewReply(closedSince), [], 'no read while the window is closed');

  await openWidget();
  await j.operator.event('read', (d) => d.by === 'visitor' && d.conversationId === conversationId &&
    d.upToId === sent.message.id, 'a read by the visitor up to the new reply');

  const ids = [];
  for (const n of [1, 2, 3]) {
    ids.push((await j.operator.request('send',
      { conversationId, cid: `e2e-${Date.now()}-s${n}`, text: `Reply ${n}` })).message.id);
  }
  await j.operator.event('read', (d) => d.by === 'visitor' && d.conversationId === conversationId &&
    d.upToId === ids[2], 'a read up to the newest of three quick replies');
  const sentMarks = (await page.evaluate(() => window.papoReadsSent)).filter((r) => r.upToId >= sent.message.id);
  for (let i = 1; i < sentMarks.length; i++) {
    assert.ok(sentMarks[i].at - sentMarks[i - 1].at >= 990,
      `at most one read a second, got ${JSON.stringify(sentMarks)}`);
  }
  const marks = sentMarks.map((r) => r.upToId);
  assert.deepEqual(marks, [...marks].sort((a, b) => a - b), 'read marks only grow');
  assert.equal(marks.at(-1), ids[2]);
});

step('Esc closes the window; a reply meanwhile shows an unread badge', async () => {
  await page.locator(W.input).focus();
  await page.keyboard.press('Escape');
  await page.locator(W.window).waitFor({ state: 'hidden' });
  assert.equal(await page.locator(W.launcher).getAttribute('aria-expanded'), 'false');

  await j.operator.request('send', { conversationId, cid: `e2e-${Date.now()}-u`, text: 'Are you still there?' });
  await page.locator(W.badge).waitFor({ state: 'visible' });
  assert.equal(await page.locator(W.badge).textContent(), '1');
  await openWidget();
  await page.locator(W.badge).waitFor({ state: 'hidden' });
});

// From here on the visitor's WebSocket runs through a Playwright route, so the test can cut
// the connection, refuse reconnects and drop single frames.
const link = { up: true, fromPage: [], toPage: [], route: null, dropNextMessage: false, dropCid: null };

async function cutVisitorConnection() {
  const route = link.route;
  link.route = null;
  await route?.page.close({ code: 1001, reason: 'e2e: connection cut' });
  await route?.server.close().catch(() => {});
}

const sentByPage = (type) => link.fromPage.filter((frame) => frame.t === type);
const helloAcked = () => link.toPage.some((f) => f.t === 'ack' && f.re === sentByPage('hello').at(-1)?.id);

step('a reload starts without lastSeq; after a cut the widget resumes from lastSeq', async () => {
  await page.routeWebSocket(/\/ws\/visitor$/, (pageSide) => {
    if (!link.up) {
      pageSide.close({ code: 1011, reason: 'e2e: server unreachable' }).catch(() => {});
      return;
    }
    const serverSide = pageSide.connectToServer();
    const route = { page: pageSide, server: serverSide };
    link.route = route;
    pageSide.onMessage((message) => {
      const frame = JSON.parse(message);
      link.fromPage.push(frame);
      if (link.dropNextMessage && frame.t === 'message') {
        link.dropNextMessage = false;
        link.dropCid = frame.d.cid;
      }
      serverSide.send(message);
    });
    serverSide.onMessage((message) => {
      const frame = JSON.parse(message);
      // Drop both the event and the ack of one message: it is stored, but the widget
      // never hears so before the connection is cut.
      if (link.dropCid && (frame.d?.cid === link.dropCid || frame.d?.message?.cid === link.dropCid)) {
        if (frame.t === 'ack') {
          link.dropCid = null;
          if (link.route === route) cutVisitorConnection();
        }
        return;
      }
      link.toPage.push(frame);
      pageSide.send(message);
    });
  });
  await page.reload();
  await openWidget();
  await until(() => sentByPage('hello').length === 1, 'the hello after the reload');
  assert.equal(sentByPage('hello')[0].d.lastSeq, undefined, 'no lastSeq after a reload');
  assert.equal(typeof sentByPage('hello')[0].d.token, 'string', 'the stored visitor token is sent');
  assert.match(sentByPage('hello')[0].d.screen, /^\d+x\d+$/, 'the screen size is reported (PAN-1)');
  await until(helloAcked, 'the hello ack');

  link.up = false;
  await cutVisitorConnection();
  await page.locator('.papo-conn').waitFor({ state: 'visible' });

  const offlineText = 'Written while the connection was down';
  await page.locator(W.input).fill(offlineText);
  await page.locator(W.input).press('Enter');
  await page.locator('.papo-msg-visitor.papo-pending').waitFor({ state: 'visible' });
  const replyText = 'Replied while the visitor was away';
  const reply = await j.operator.request('send', { conversationId, cid: `e2e-${Date.now()}-r`, text: replyText });

  link.up = true;
  await until(() => sentByPage('hello').length === 2 && link.route, 'the widget to reconnect', 20_000);
  const resume = sentByPage('hello')[1].d;
  assert.equal(typeof resume.lastSeq, 'number', 'a reconnect sends lastSeq');
  const replyEvent = await j.operator.event('message', (m) => m.id === reply.message.id, 'the reply');
  assert.ok(resume.lastSeq < replyEvent.seq, 'lastSeq is older than the missed reply');
  assert.equal(resume.token, sentByPage('hello')[0].d.token);

  await until(async () => (await bubbleTexts(W.operatorBubble)).includes(replyText), 'the missed reply');
  await j.operator.event('message', (m) => m.text === offlineText, 'the message written while down');
  await until(async () => (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0,
    'the offline message to be marked sent');
  await page.locator('.papo-conn').waitFor({ state: 'hidden' });
  await sleep(500);
  assert.equal((await bubbleTexts(W.operatorBubble)).filter((t) => t === replyText).length, 1);
  assert.equal((await bubbleTexts(W.visitorBubble)).filter((t) => t === offlineText).length, 1);
});

step('a message whose ack was lost is resent with the same cid and stored once', async () => {
  const text = 'My ack gets lost';
  const hellos = sentByPage('hello').length;
  link.dropNextMessage = true;
  await page.locator(W.input).fill(text);
  await page.locator(W.input).press('Enter');
  const cid = await until(() => sentByPage('message').find((f) => f.d.text === text)?.d.cid, 'the message frame');
  assert.match(cid, /^[A-Za-z0-9_-]{8,64}$/);

  await until(() => sentByPage('hello').length > hellos, 'the widget to reconnect', 20_000);
  await until(() => sentByPage('message').filter((f) => f.d.text === text).length === 2, 'the resend');
  for (const frame of sentByPage('message').filter((f) => f.d.text === text)) {
    assert.equal(frame.d.cid, cid, 'the resend keeps its cid');
  }
  await until(async () => (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0,
    'the message to be marked sent');
  // The replay after the reconnect may mark it sent before the resend's ack arrives.
  await until(() => link.toPage.some((f) => f.t === 'ack' && f.d?.message?.cid === cid && f.d.duplicate === true),
    'the server to acknowledge the resend as a duplicate');
  await sleep(500);
  assert.equal(j.operator.events.filter((e) => e.t === 'message' && e.d.text === text).length, 1,
    'the operator got the message once');
  assert.equal((await bubbleTexts(W.visitorBubble)).filter((t) => t === text).length, 1);
});

step('an in-page navigation is reported with page_view', async () => {
  await page.evaluate(() => { location.hash = 'products'; });
  const view = await until(() => sentByPage('page_view').find((f) => f.d.url.endsWith('/demo#products')),
    'a page_view frame');
  assert.equal(view.d.title, 'Papo demo shop');
  await until(() => link.toPage.some((f) => f.t === 'ack' && f.re === view.id), 'the page_view ack');
});

step('the operator going offline switches the widget to messenger mode', async () => {
  const status = await j.operator.request('set_status', { status: 'offline' });
  assert.equal(status.status, 'offline');
  await until(async () => (await page.locator(W.root).getAttribute('data-mode')) === 'messenger', 'messenger mode');
  assert.equal(await page.locator(W.status).textContent(), 'Leave us a message');
});

step('an invisible operator keeps messenger mode, which asks where to reply (WID-2)', async () => {
  await j.operator.request('set_status', { status: 'online' });
  await until(async () => (await page.locator(W.root).getAttribute('data-mode')) === 'live', 'live mode');
  assert.equal(await page.locator('.papo-email').isVisible(), false, 'no email question while live');
  await j.operator.request('set_status', { status: 'invisible' });
  await until(async () => (await page.locator(W.root).getAttribute('data-mode')) === 'messenger', 'messenger mode');
  await openWidget();
  await page.locator('.papo-email').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.papo-email-ask').textContent(),
    "We'll reply here as soon as we can. Leave your email so the answer reaches you even if you leave.");

  await page.locator('.papo-email-input').fill('ana@');
  await page.locator('.papo-email-input').press('Enter');
  assert.equal(await page.locator('.papo-email-input').getAttribute('aria-invalid'), 'true');
  await page.locator('.papo-email-input').fill('ana+<b>@example.com');
  await page.locator('.papo-email-save').click();
  await page.locator('.papo-email-done').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.papo-email-done').textContent(), "Thanks! We'll reply here and to ana+<b>@example.com.");
  const visitorId = j.operator.events.find((e) => e.t === 'conversation' && e.d.id === conversationId).d.visitorId;
  assert.equal((await j.operator.request('visitor', { visitorId })).visitor.email, 'ana+<b>@example.com');

  // Known now: a new page does not ask again.
  await page.reload();
  await until(async () => (await page.locator(W.root).getAttribute('data-mode')) === 'messenger', 'messenger mode after reload');
  await openWidget();
  assert.equal(await page.locator('.papo-email').isVisible(), false, 'asked only once');
});

step('on a 320 px wide screen the window fills the viewport', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWidget();
  // Polled: the opening animation scales the window for a moment.
  let box;
  await until(async () => {
    box = await page.locator(W.window).boundingBox();
    return [box.x, box.y, box.width, box.height].join() === '0,0,320,640';
  }, 'the window to cover the 320x640 viewport').catch((error) => {
    throw new Error(`${error.message}; window box: ${JSON.stringify(box)}`);
  });
  assert.equal(await page.locator(W.launcher).isVisible(), false, 'the launcher hides behind the full-screen window');
  await page.setViewportSize({ width: 1280, height: 800 });
});

step('an unknown website key disables the widget without reconnecting', async () => {
  const other = await j.browser.newPage();
  try {
    await other.addInitScript(() => {
      Object.defineProperty(window, 'PapoID', { get: () => 'no-such-key-1234', set: () => {} });
    });
    const sockets = [];
    other.on('websocket', (socket) => sockets.push(socket.url()));
    await other.goto(`${j.server.url}/demo`);
    await until(async () => sockets.length === 1 && (await other.locator('papo-widget').count()) === 0,
      'the widget to remove itself');
    await sleep(1500); // a reconnect would have started by now
    assert.equal(sockets.length, 1, 'no reconnect after invalid_key');
  } finally {
    await other.close();
  }
});

step('a website with other allowed origins refuses the widget here (INS-3)', async () => {
  const website = (await j.operator.request('websites', {})).websites[0];
  await j.operator.request('update_website', { websiteId: website.id, allowedOrigins: ['https://shop.example'] });
  const other = await j.browser.newPage();
  try {
    const sockets = [];
    other.on('websocket', (socket) => sockets.push(socket.url()));
    await other.goto(`${j.server.url}/demo`);
    await until(async () => sockets.length === 1 && (await other.locator('papo-widget').count()) === 0,
      'the widget to remove itself on a foreign origin');
    await sleep(1500); // a reconnect would have started by now
    assert.equal(sockets.length, 1, 'no reconnect after origin_not_allowed');
  } finally {
    await other.close();
    await j.operator.request('update_website', { websiteId: website.id, allowedOrigins: [] });
  }
});

step('no page errors and no request leaves the server', async () => {
  assert.deepEqual(j.pageErrors, []);
  const foreign = requests.filter((url) => !url.startsWith(`${j.server.url}/`) && !url.startsWith(`${j.server.wsUrl}/`));
  assert.deepEqual(foreign, []);
});
