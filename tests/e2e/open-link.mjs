// A person opening a one-time link (an invite or a password reset) in headless Debian Chromium,
// for the desk tests that play the rest of the story in papo-desk (tests/desk/
// tst_joinfromlink.cpp). Prints one line of JSON with what the page showed.
//
//   node open-link.mjs LINK [--locale pt-BR] [--name NAME] [--password PASSWORD]
//                           [--screenshot FILE]
//
// With --password it fills the page (the name too on an invite) and submits it; without, it
// only reads what the page says (a used or expired link, for instance).
import { parseArgs } from 'node:util';
import { launchChromium } from './support.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string', default: 'pt-BR' },
    name: { type: 'string' },
    password: { type: 'string' },
    screenshot: { type: 'string' },
  },
});
const [link] = positionals;
if (!link) {
  console.error('usage: node open-link.mjs LINK [--locale L] [--name N] [--password P]');
  process.exit(2);
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: values.locale, viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(link);
  // The page asks the server about its link, then shows a form or what went wrong.
  await page.locator('form, #state-message').first().waitFor({ timeout: 20_000 });
  const seen = { lang: await page.evaluate(() => document.documentElement.lang) };
  seen.formTitle = await page.locator('h1').textContent();
  if (values.password && (await page.locator('form').count()) > 0) {
    if (await page.locator('#name').count()) await page.locator('#name').fill(values.name ?? '');
    await page.locator('#password').fill(values.password);
    await page.locator('#submit').click();
    await page.locator('#open-desk, #state-message').first().waitFor({ timeout: 20_000 });
    seen.submitted = true;
  }
  seen.title = await page.locator('h1').textContent();
  seen.stateMessage = (await page.locator('#state-message').count())
    ? await page.locator('#state-message').textContent() : null;
  seen.papoLink = (await page.locator('#open-desk').count())
    ? await page.locator('#open-desk').getAttribute('href') : null;
  seen.errors = errors;
  if (values.screenshot) await page.screenshot({ path: values.screenshot, fullPage: true });
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
