// Browser test of the pages one-time links open (issue "Accounts for real"): /invite#TOKEN, as
// papo-desk's Team tab shows it, in headless Debian Chromium in Portuguese — who invites, to
// which team, the password rules before typing, joining, the papo:// link; a used, an expired
// and an unknown link; names full of HTML that stay text; and /reset#TOKEN. The new teammate
// logging in to papo-desk and answering a chat is tests/desk/tst_joinfromlink.cpp.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { journey, until } from './support.mjs';

const INVITER = 'Ana <img src=x onerror="window.__papoInjected=1">';
const TEAM = 'Loja <script>window.__papoInjected=2</script><b>Bonita</b>';
const screenshots = process.env.PAPO_SCREENSHOT_DIR;

const requests = [];
let page;

const j = journey('join', async () => {
  await j.operator.request('update_profile', { name: INVITER });
  await j.operator.request('update_team', { name: TEAM });
});
const step = j.step;

// A page in this language; every request it makes is kept, to check where they went.
async function open(link, locale = 'pt-BR') {
  const context = await j.browser.newContext({ locale, viewport: { width: 900, height: 1000 } });
  const opened = j.track(await context.newPage());
  opened.on('request', (request) => requests.push(request.url()));
  await opened.goto(link);
  await opened.locator('form, #state-message').first().waitFor();
  return opened;
}

const injected = (p = page) => p.evaluate(() => window.__papoInjected);
const text = (selector, p = page) => p.locator(selector).textContent();

// The row's expiry moved into the past in the server's database, as a week would.
function expireInvite(email) {
  execFileSync('sqlite3', ['-cmd', '.timeout 5000', path.join(j.server.dataDir, 'papo.sqlite'),
    `UPDATE invites SET expires_at = '2020-06-15T12:00:00.000Z' WHERE email = '${email}'`]);
}

let invite;

step('the invite link opens a page in Portuguese: who invites, to which team, the rules first', async () => {
  invite = await j.operator.request('invite', { email: 'bia@papo.test', role: 'operator' });
  // Exactly as papo-desk shows it: the server's address, /invite, the token in the fragment.
  assert.equal(invite.link, `${j.server.url}/invite#${invite.token}`);
  page = await open(invite.link);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR');
  assert.equal(await text('h1'), `Entre para a equipe ${TEAM} no Papo`);
  assert.match(await page.title(), /Entre para a equipe .* no Papo — Papo/);
  assert.equal(await text('#invite-lead'),
    `${INVITER} convidou você para atender os visitantes do site pelo chat do Papo, como operador.`);
  assert.equal(await text('#invite-email'), 'Sua conta: bia@papo.test');
  // The rules are on the page before anything is typed.
  assert.ok(await page.locator('#password-rules').isVisible());
  assert.match(await text('#password-rules'), /^Pelo menos 8 caracteres\./);
  // The names stayed text: nothing of theirs ran or became an element.
  assert.equal(await injected(), undefined);
  assert.equal(await page.locator('img[src="x"], .body script, h1 b').count(), 0);
  assert.equal(await page.locator('#invite-lead strong').first().textContent(), INVITER);
});

step('a missing name or a short password is said on the page, and nothing is sent', async () => {
  const mark = requests.length;
  await page.locator('#submit').click();
  assert.equal(await text('#name-error'), 'Digite seu nome.');
  assert.equal(await page.locator('#name').evaluate((e) => document.activeElement === e), true);
  await page.locator('#name').fill('Bia Lima');
  await page.locator('#password').fill('curta');
  await page.locator('#submit').click();
  assert.equal(await text('#password-error'), 'A senha precisa de pelo menos 8 caracteres.');
  assert.equal(await page.locator('#password').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(requests.slice(mark).filter((url) => url.includes('/api/')), []);
  // "Mostrar" shows what was typed.
  await page.locator('#show-password').click();
  assert.equal(await page.locator('#password').getAttribute('type'), 'text');
  assert.equal(await text('#show-password'), 'Ocultar');
});

step('joining shows how to get papo-desk and a papo:// link with the server and the email', async () => {
  await page.locator('#password').fill('senha-da-bia');
  await page.locator('#submit').click();
  await page.locator('#open-desk').waitFor();
  assert.equal(await text('h1'), 'Boas-vindas à equipe, Bia Lima!');
  assert.equal(await page.locator('#open-desk').getAttribute('href'),
    `papo://login?server=${encodeURIComponent(j.server.url)}&email=${encodeURIComponent('bia@papo.test')}`);
  assert.equal(await page.locator('#server-url').inputValue(), j.server.url);
  assert.equal(await page.locator('#account-email').inputValue(), 'bia@papo.test');
  assert.match(await text('.steps'), /Instale o papo-desk/);
  assert.match(await text('.steps'), /peça o instalador para Ana <img/);
  assert.equal(await injected(), undefined);
  // The account exists; the page did not log anyone in.
  const login = await fetch(`${j.server.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bia@papo.test', password: 'senha-da-bia' }),
  });
  assert.equal(login.status, 200);
});

step('the same link a second time says it was used, and whom to ask', async () => {
  const again = await open(invite.link);
  assert.equal(await again.locator('#state-message').getAttribute('data-state'), 'used');
  assert.equal(await text('h1', again), 'Este convite já foi usado');
  assert.match(await text('#state-message', again), /peça um novo convite para Ana <img src=x/);
  // If she joined already: papo-desk, with her server and email.
  assert.ok((await again.locator('#open-desk').getAttribute('href')).startsWith('papo://login?server='));
  assert.equal(await injected(again), undefined);
});

step('an expired invite says when it ended and whom to ask', async () => {
  const late = await j.operator.request('invite', { email: 'davi@papo.test', role: 'admin' });
  expireInvite('davi@papo.test');
  const expired = await open(late.link);
  assert.equal(await expired.locator('#state-message').getAttribute('data-state'), 'expired');
  assert.equal(await text('h1', expired), 'Este convite expirou');
  const message = await text('#state-message', expired);
  assert.match(message, /Os convites valem por 7 dias; este terminou em .*2020/);
  assert.match(message, /Peça um novo para Ana <img/);
  assert.equal(await expired.locator('form').count(), 0);
});

step('an unknown link, or one cut short, says so', async () => {
  for (const link of [`${j.server.url}/invite#nao-existe`, `${j.server.url}/invite`]) {
    const unknown = await open(link);
    assert.equal(await unknown.locator('#state-message').getAttribute('data-state'), 'unknown');
    assert.equal(await text('h1', unknown), 'Este link de convite não funciona');
    assert.match(await text('#state-message', unknown), /quem administra a sua equipe/);
  }
});

step('a reset link lets Bia choose a new password once', async () => {
  const { operators } = await j.operator.request('team', {});
  const bia = operators.find((member) => member.email === 'bia@papo.test');
  const reset = await j.operator.request('reset_password', { operatorId: bia.id });
  assert.ok(reset.link.startsWith(`${j.server.url}/reset#`));
  const resetPage = await open(reset.link);
  assert.equal(await text('h1', resetPage), 'Escolha uma nova senha');
  assert.equal(await text('#reset-lead', resetPage),
    'Olá, Bia Lima! Escolha a senha que você vai usar para entrar no papo-desk.');
  assert.match(await text('#password-rules', resetPage), /^Pelo menos 8 caracteres\./);
  await resetPage.locator('#password').fill('nova-senha-da-bia');
  await resetPage.locator('#submit').click();
  await resetPage.locator('#reset-done').waitFor();
  assert.equal(await text('h1', resetPage), 'Sua senha foi alterada');
  const login = await fetch(`${j.server.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bia@papo.test', password: 'nova-senha-da-bia' }),
  });
  assert.equal(login.status, 200);
  const again = await open(reset.link);
  assert.equal(await text('h1', again), 'Este link já foi usado');
  assert.match(await text('#state-message', again), /peça um novo link para Ana <img/);
});

step('English and Spanish browsers get the page in their language', async () => {
  const next = await j.operator.request('invite', { email: 'eva@papo.test', role: 'operator' });
  const english = await open(next.link, 'en-US');
  assert.equal(await text('h1', english), `Join ${TEAM} on Papo`);
  assert.match(await text('#password-rules', english), /^At least 8 characters\./);
  const spanish = await open(next.link, 'es-AR');
  assert.equal(await text('h1', spanish), `Únete a ${TEAM} en Papo`);
  assert.equal(await spanish.evaluate(() => document.documentElement.lang), 'es');
});

step('the pages asked nothing of any other server, and no script of theirs failed', async () => {
  await until(() => requests.length > 0, 'some requests');
  const elsewhere = requests.filter((url) => !url.startsWith(j.server.url));
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(j.pageErrors, []);
  assert.deepEqual(j.dialogs, []);
});

// PAPO_SCREENSHOT_DIR=dir saves the invite page before and after joining (docs/screenshots/
// invite-page.png, invite-page-joined.png), with a shop's names instead of the payloads above.
if (screenshots) step('screenshots for the docs', async () => {
  await j.operator.request('update_profile', { name: 'Ana Souza' });
  await j.operator.request('update_team', { name: 'Loja Bonita' });
  const shop = await j.operator.request('invite', { email: 'carla@lojabonita.com.br', role: 'operator' });
  const shot = await open(shop.link);
  await shot.locator('#name').fill('Carla Dias');
  await shot.locator('#password').fill('uma senha só minha');
  await shot.screenshot({ path: path.join(screenshots, 'invite-page.png') });
  await shot.locator('#submit').click();
  await shot.locator('#open-desk').waitFor();
  await shot.screenshot({ path: path.join(screenshots, 'invite-page-joined.png'), fullPage: true });
});
