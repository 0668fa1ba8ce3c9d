// GRP-3 in a real browser: on a website that asks, a Portuguese-speaking visitor without a
// group picks one with their first message, by keyboard only, and only that group's operator
// is called; "Não tenho certeza" leaves the chat to every online operator; a page with
// window.PapoGroupID asks nothing. Two groups, Vendas (Vera) and Suporte (Saulo), each
// operator joined through an invite; the owner (the journey's operator) is in neither.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { operatorWithToken, journey, until } from './support.mjs';

let vera;
let saulo;
let groups;
let shop;

async function invited(owner, email, name) {
  const invite = await owner.request('invite', { email, role: 'operator' });
  // As the invite page does: accept (which logs no one in), then log in as papo-desk would.
  const password = `senha-${name}-123`;
  const post = (route, body) => fetch(`${j.server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const accepted = await post('/api/accept-invite', { token: invite.token, name, password });
  assert.equal(accepted.status, 200);
  const login = await post('/api/login', { email, password });
  assert.equal(login.status, 200);
  const operator = await operatorWithToken(j.server, (await login.json()).token);
  await operator.request('set_status', { status: 'online' });
  return operator;
}

const j = journey('groups', async () => {
  const owner = j.operator;
  vera = await invited(owner, 'vera@papo.test', 'Vera');
  saulo = await invited(owner, 'saulo@papo.test', 'Saulo');
  groups = {};
  for (const [name, member] of [['Vendas', vera], ['Suporte', saulo]]) {
    const { group } = await owner.request('save_group', { name });
    await owner.request('set_group_members', { groupId: group.id, operatorIds: [member.account.id] });
    groups[name] = group;
  }
  const { websites } = await owner.request('websites', {});
  await owner.request('update_website', { websiteId: websites[0].id, askGroup: true });
  // The shop: a page per group key (?group=suporte), another origin than the chat server.
  shop = createServer((request, response) => {
    const group = new URL(request.url, 'http://shop').searchParams.get('group');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="pt-BR"><head><title>Loja</title></head><body><h1>Loja</h1>
      <script>window.PapoID='${j.server.websiteKey}';${group ? ` window.PapoGroupID='${group}';` : ''}</script>
      <script async src="${j.server.url}/widget.js"></script></body></html>`);
  });
  await new Promise((resolve) => shop.listen(0, '127.0.0.1', resolve));
});
after(() => {
  vera?.close();
  saulo?.close();
  shop?.close();
});
const step = j.step;

// A visitor in Portuguese with the chat open, keyboard in the message box.
async function visitor(group) {
  const context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 420, height: 760 } });
  const page = j.track(await context.newPage());
  await page.goto(`http://127.0.0.1:${shop.address().port}/${group ? `?group=${group}` : ''}`);
  await until(async () => (await page.locator('.papo').getAttribute('data-mode')) === 'live', 'live mode');
  await page.locator('.papo-launcher').click();
  await page.locator('.papo-input').waitFor({ state: 'visible' });
  return page;
}

const focusedText = (page) => page.evaluate(() =>
  document.querySelector('papo-widget').shadowRoot.activeElement?.textContent ?? '');
const calls = (operator, text) => operator.events.filter((e) => e.t === 'notify' && e.d.text === text);

step('the first message asks whom to talk to, and the keyboard picks Vendas', async () => {
  const page = await visitor(null);
  await page.keyboard.type('Quero comprar três cadeiras');
  await page.keyboard.press('Enter');
  const card = page.locator('.papo-groups');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.locator('.papo-groups-ask').textContent(), 'Com quem você quer falar?');
  assert.equal(await card.getAttribute('role'), 'group');
  assert.deepEqual(await card.locator('button').allTextContents(), ['Suporte', 'Vendas', 'Não tenho certeza']);
  // The message waits for the answer; the first choice has the focus.
  assert.equal(await page.locator('.papo-msg-visitor.papo-pending').count(), 1);
  assert.equal(await focusedText(page), 'Suporte');
  if (process.env.PAPO_SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.PAPO_SCREENSHOT_DIR}/widget-group-question.png` });
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedText(page), 'Vendas');
  await page.keyboard.press('Enter');

  const call = await vera.event('notify', (d) => d.text === 'Quero comprar três cadeiras', 'the Vendas call');
  assert.equal(call.d.reason, 'queued');
  await card.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.papo-group-chosen').textContent(), 'Você está falando com Vendas.');
  await until(async () => (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0, 'the message sent');
  assert.equal((await focusedText(page)), '', 'the focus went back to the message box');
  // Saulo was not called: a later chat for everyone reaches him, this one did not.
  const later = await visitor('');
  await later.keyboard.type('Oi');
  await later.keyboard.press('Enter');
  await later.locator('.papo-groups button', { hasText: 'Não tenho certeza' }).click();
  await saulo.event('notify', (d) => d.text === 'Oi', 'the later chat');
  assert.deepEqual(calls(saulo, 'Quero comprar três cadeiras'), []);
  assert.deepEqual(calls(j.operator, 'Quero comprar três cadeiras'), [], 'the owner is in no group');
  // The visitor chose once: the next page asks nothing.
  await page.reload();
  await until(async () => (await page.locator('.papo-msg-visitor').count()) === 1, 'the history');
  await page.locator('.papo-input').click(); // the window stays open across pages
  await page.keyboard.type('E o frete?');
  await page.keyboard.press('Enter');
  await vera.event('notify', (d) => d.text === 'E o frete?', 'the second message');
  assert.equal(await page.locator('.papo-groups').count(), 0);
});

step('"Não tenho certeza", chosen with the keyboard, reaches every online operator', async () => {
  const page = await visitor(null);
  await page.keyboard.type('Tenho uma dúvida');
  await page.keyboard.press('Enter');
  await page.locator('.papo-groups').waitFor({ state: 'visible' });
  await page.keyboard.press('End');
  assert.equal(await focusedText(page), 'Não tenho certeza');
  await page.keyboard.press(' ');
  for (const operator of [vera, saulo, j.operator])
    await operator.event('notify', (d) => d.text === 'Tenho uma dúvida', 'the call to everyone');
  assert.equal(await page.locator('.papo-group-chosen').count(), 0);
});

step('a page with PapoGroupID asks nothing and reaches its group', async () => {
  const page = await visitor('suporte');
  await page.keyboard.type('O boleto não abre');
  await page.keyboard.press('Enter');
  const call = await saulo.event('notify', (d) => d.text === 'O boleto não abre', 'the Suporte call');
  assert.equal(call.d.reason, 'queued');
  assert.equal(await page.locator('.papo-groups').count(), 0);
  // Acknowledged: on PostgreSQL the ack follows the node's feed, and may come just after the
  // operator's notification (docs/scaling.md).
  await until(
    async () => (await page.locator('.papo-msg-visitor.papo-pending').count()) === 0,
    'the message acknowledged',
  );
  const conversation = (await j.operator.request('conversations', {})).conversations
    .find((c) => c.id === call.d.conversationId);
  assert.equal(conversation.groupId, groups.Suporte.id);
  assert.deepEqual(j.pageErrors, []);
});
