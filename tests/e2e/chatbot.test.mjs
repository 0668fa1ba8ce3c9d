// Browser test of a chatbot scenario (BOT-1…6) as a visitor meets it: an action on the
// products page starts a three-level scenario; the question shows on the card above the
// launcher, then as real buttons in the chat window, on a 320 px phone, in Portuguese, with the
// keyboard alone. Each reply is the visitor's message, the focus moves to the next buttons, and
// the last reply hands the visitor over to the Vendas group: its operator is notified with the
// reply's text and the buttons are gone. Labels are text, never HTML.
// The real papo-server and Debian's headless Chromium.
import assert from 'node:assert/strict';
import { journey, until } from './support.mjs';

const j = journey('chatbot');
let page;

const reply = (label, message, replies = []) => ({ label, message, replies });
const TREE = {
  message: 'Olá! Posso ajudar com **vendas** ou suporte?',
  replies: [
    reply('Vendas', 'Qual plano lhe interessa?', [
      reply('Mensal', 'O mensal custa R$ 49.'),
      reply('Anual <b>-10%</b>', 'Quer falar com um vendedor?', [
        reply('Sim, quero falar com vendas', ''),
        reply('Não, obrigado', 'Tudo bem! Estamos aqui.'),
      ]),
    ]),
    reply('Suporte', ''),
  ],
};

// The focused element inside the widget: its class and text.
const focused = () => page.evaluate(() => {
  const inner = document.querySelector('papo-widget')?.shadowRoot.activeElement;
  return inner ? { name: inner.className, text: inner.textContent } : { name: '', text: '' };
});

async function tabTo(wanted, what) {
  for (let i = 0; i < 40; i++) {
    const now = await focused();
    if (wanted(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

const replyTexts = () => page.locator('.papo-reply').allTextContents();

j.step('an action on the products page starts the scenario: its question on the card', async () => {
  const { group } = await j.operator.request('save_group', { name: 'Vendas' });
  await j.operator.request('set_group_members',
    { groupId: group.id, operatorIds: [j.operator.account.id] });
  const { scenario } = await j.operator.request('save_chatbot_scenario',
    { name: 'Vendas ou Suporte?', groupId: group.id, start: TREE });
  await j.operator.request('save_action', {
    name: 'Bot nos produtos', enabled: true, kind: 'start_scenario', scenarioId: scenario.id,
    repeat: 'once_per_visit', live: true, messenger: true,
    conditions: [{ field: 'url', op: 'contains', value: '/demo/products' }],
  });
  const context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 320, height: 640 } });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo/products`);
  await page.locator('.papo-card').waitFor({ state: 'visible', timeout: 30_000 });
  assert.match(await page.locator('.papo-card-text').textContent(), /Posso ajudar com vendas/);
  assert.equal(await page.locator('.papo-card-text b').textContent(), 'vendas'); // WID-4
  assert.match(await page.locator('.papo-card-name .papo-bot-label').textContent(), /Assistente virtual/);
});

j.step('Tab and Enter open the chat at the reply buttons, which fit 320 px', async () => {
  await tabTo((f) => f.name === 'papo-launcher', 'the launcher');
  await page.keyboard.press('Enter');
  await page.locator('.papo-window').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.papo-card').count(), 0);
  await until(async () => (await replyTexts()).length === 2, 'the two buttons');
  assert.deepEqual(await replyTexts(), ['Vendas', 'Suporte']);
  assert.equal(await page.locator('.papo-replies').getAttribute('aria-label'), 'Escolha uma resposta');
  for (const box of await page.locator('.papo-reply').evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect().toJSON())))
    assert.ok(box.left >= 0 && box.right <= 320, `a button fits the screen: ${JSON.stringify(box)}`);
  await tabTo((f) => f.name.includes('papo-reply') && f.text === 'Vendas', 'the Vendas button');
  await page.keyboard.press('Enter');
  await until(async () => (await replyTexts()).join('|') === 'Mensal|Anual <b>-10%</b>',
    'the plans');
  assert.equal(await page.locator('.papo-reply b').count(), 0, 'a label is text, never HTML');
  assert.deepEqual(await focused(), { name: 'papo-reply', text: 'Mensal' },
    'the focus moves to the next question\'s first button');
  const visitorSaid = await page.locator('.papo-msg-visitor .papo-bubble').allTextContents();
  assert.deepEqual(visitorSaid, ['Vendas']);
});

j.step('the third level hands over: the Vendas operator gets the reply\'s text', async () => {
  await page.keyboard.press('Tab');
  assert.equal((await focused()).text, 'Anual <b>-10%</b>');
  await page.keyboard.press('Enter');
  await until(async () => (await replyTexts())[0] === 'Sim, quero falar com vendas',
    'the last question');
  assert.equal((await focused()).text, 'Sim, quero falar com vendas');
  await page.keyboard.press('Enter');
  const notified = await j.operator.event('notify',
    (d) => d.text === 'Sim, quero falar com vendas', 'the hand-over notification');
  assert.equal(notified.d.reason, 'queued');
  await until(async () => (await replyTexts()).length === 0, 'the buttons gone');
  assert.equal((await focused()).name, 'papo-input', 'the visitor writes on from the message box');
  const { messages } = await j.operator.request('history',
    { conversationId: notified.d.conversationId });
  assert.deepEqual(messages.map((m) => `${m.author.kind}: ${m.text}`), [
    'bot: Olá! Posso ajudar com **vendas** ou suporte?', 'visitor: Vendas',
    'bot: Qual plano lhe interessa?', 'visitor: Anual <b>-10%</b>',
    'bot: Quer falar com um vendedor?', 'visitor: Sim, quero falar com vendas']);
  assert.deepEqual(j.pageErrors, []);
  await page.context().close();
});

// PAPO_SCREENSHOT_DIR=dir saves the user guide's picture of a scenario there
// (widget-chatbot.png): the shop's own scenario on a phone, in Portuguese, with the bot named,
// after the visitor chose Vendas.
j.step('the guide\'s picture: a scenario on a phone', async () => {
  const screenshots = process.env.PAPO_SCREENSHOT_DIR;
  if (!screenshots) return;
  const { actions } = await j.operator.request('actions', {});
  for (const action of actions) await j.operator.request('delete_action', { id: action.id });
  const { websites } = await j.operator.request('websites', {});
  await j.operator.request('update_website', { websiteId: websites[0].id, botName: 'Lia' });
  await j.operator.request('update_profile', { name: 'Ana Souza' });
  const { scenario } = await j.operator.request('save_chatbot_scenario', {
    name: 'Planos',
    start: {
      message: 'Olá! Posso ajudar com **vendas** ou suporte?',
      replies: [
        reply('Vendas', 'Qual plano lhe interessa?', [
          reply('Mensal', 'O mensal custa R$ 49.'),
          reply('Anual, com 10% de desconto', 'O anual sai por R$ 529.'),
        ]),
        reply('Suporte', ''),
      ],
    },
  });
  await j.operator.request('save_action', {
    name: 'Bot nos produtos', enabled: true, kind: 'start_scenario', scenarioId: scenario.id,
    repeat: 'once_per_visit', live: true, messenger: true,
    conditions: [{ field: 'url', op: 'contains', value: '/demo/products' }],
  });
  const context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 320, height: 640 } });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo/products`);
  await page.locator('.papo-card').waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.papo-launcher').click();
  await page.locator('.papo-window').waitFor({ state: 'visible' });
  await until(async () => (await replyTexts()).join('|') === 'Vendas|Suporte', 'the two buttons');
  await page.locator('.papo-reply', { hasText: 'Vendas' }).click();
  await until(async () => (await replyTexts()).join('|') === 'Mensal|Anual, com 10% de desconto',
    'the plans');
  assert.match(await page.locator('.papo-bot-label').first().textContent(), /Assistente virtual/);
  await page.screenshot({ path: `${screenshots}/widget-chatbot.png` });
  await context.close();
});
