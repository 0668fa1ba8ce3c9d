// Browser test of the contact-form bot (FRM-1…8) as a visitor meets it, on a website that
// receives messages only once the form is filled: a 320 px phone, Portuguese, the keyboard
// alone. The visitor's first message waits, marked; the bot asks one question at a time; a
// wrong email comes back with the reason under the email question; the visitor goes back and
// changes the name, ticks the consent box and sends: the held message reaches the operator
// (notified with its text), the bot thanks them, and the answers and the consent are stored.
// The real papo-server and Debian's headless Chromium.
import assert from 'node:assert/strict';
import { journey, until } from './support.mjs';

const j = journey('contactform');
let page;

const focused = () => page.evaluate(() => {
  const inner = document.querySelector('papo-widget')?.shadowRoot.activeElement;
  return inner ? { name: inner.className, text: inner.textContent } : { name: '', text: '' };
});
const label = () => page.locator('.papo-form-label').textContent();
async function tabTo(wanted, what, key = 'Tab') {
  for (let i = 0; i < 40; i++) {
    if ((await focused()).name === wanted) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${what}`);
}
const type = async (text) => {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
};

j.step('the visitor\'s first message waits and the bot asks for the name', async () => {
  const { websites } = await j.operator.request('websites', {});
  await j.operator.request('update_website', {
    websiteId: websites[0].id,
    contactForm: {
      enabled: true, online: 'always', holdLive: true, holdMessenger: true, nameRequired: true, consent: true,
      fields: [{ label: 'Número do pedido' }],
    },
  });
  const context = await j.browser.newContext({ locale: 'pt-BR', viewport: { width: 320, height: 640 } });
  page = j.track(await context.newPage());
  await page.goto(`${j.server.url}/demo`);
  await tabTo('papo-launcher', 'the launcher');
  await page.keyboard.press('Enter');
  await page.locator('.papo-input').waitFor({ state: 'visible' });
  await tabTo('papo-input', 'the message box');
  await page.keyboard.type('Meu pedido atrasou');
  await page.keyboard.press('Enter');
  await page.locator('.papo-form').waitFor({ state: 'visible' });
  await until(async () => (await page.locator('.papo-held .papo-meta').textContent()) === 'Aguardando o formulário',
    'the message marked as waiting');
  assert.equal(await label(), 'Nome *');
  assert.equal((await focused()).name, 'papo-form-input', 'the keyboard goes on into the form');
  assert.match(await page.locator('.papo-msg-operator .papo-bubble').last().textContent(),
    /apresente-se/);
  assert.equal(await page.locator('.papo-form-skip').isVisible(), false, 'no "not now" here');
  assert.equal(await page.locator('.papo-form-hold').textContent(),
    'A equipe verá as mensagens assim que o formulário for preenchido.');
});

j.step('one question at a time; a wrong email comes back with its reason', async () => {
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  assert.equal(await label(), 'E-mail *');
  assert.equal(await page.locator('.papo-form-input').getAttribute('type'), 'email');
  await page.keyboard.type('ana.loja.com');
  await page.keyboard.press('Enter');
  assert.equal(await label(), 'Número do pedido');
  await page.keyboard.type('4521');
  if (process.env.PAPO_SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.PAPO_SCREENSHOT_DIR}/widget-contact-form.png` });
  await page.keyboard.press('Enter');
  await until(async () => (await label()) === 'E-mail *', 'back at the email question');
  assert.equal(await page.locator('.papo-form-error').textContent(),
    'O e-mail precisa de um @, como em ana@exemplo.com.br.');
  assert.equal(await page.locator('.papo-form-input').getAttribute('aria-invalid'), 'true');
  await type('ana@loja.com.br');
  await page.keyboard.press('Enter');
  assert.equal(await label(), 'Número do pedido');
  assert.equal(await page.locator('.papo-form-input').inputValue(), '4521', 'the answer is kept');
});

j.step('back to the name, the consent box, and the held message reaches the team', async () => {
  for (const expected of ['E-mail *', 'Nome *']) {
    await tabTo('papo-form-back', 'Back');
    await page.keyboard.press('Enter');
    assert.equal(await label(), expected);
    assert.equal((await focused()).name, 'papo-form-input', 'Back leaves the keyboard in the field');
  }
  await type('Ana Souza');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // the email stays
  assert.equal(await label(), 'Número do pedido');
  await page.keyboard.press('Tab'); // the arrow
  await page.keyboard.press('Tab'); // the consent box
  await page.keyboard.press('Space');
  assert.equal(await page.locator('.papo-form-ask input[type=checkbox]').isChecked(), true);
  await tabTo('papo-form-input', 'the answer', 'Shift+Tab');
  await page.keyboard.press('Enter');
  const notified = await j.operator.event('notify', (d) => d.text === 'Meu pedido atrasou',
    'the held message reaching the team');
  assert.equal(notified.d.visitorName, 'Ana Souza');
  await until(async () => (await page.locator('.papo-held').count()) === 0, 'the message sent');
  await until(async () => /Obrigado! A equipe responderá aqui em breve\./.test(
    await page.locator('.papo-msg-operator .papo-bubble').last().textContent()), 'the bot\'s thanks');
  assert.equal(await page.locator('.papo-form-summary').textContent(), 'Ana Souza · ana@loja.com.br · 4521');
  assert.equal((await focused()).name, 'papo-input', 'the visitor writes on from the message box');
  const { visitor } = await j.operator.request('visitor', { visitorId: notified.d.visitorId });
  assert.equal(visitor.email, 'ana@loja.com.br');
  assert.equal(visitor.fields['Número do pedido'], '4521');
  assert.equal(visitor.contactForm.state, 'filled');
  assert.ok(visitor.marketingConsentAt, 'the consent is stored with its time');
  assert.deepEqual(j.pageErrors, []);
  await page.context().close();
});
