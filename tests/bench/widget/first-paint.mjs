// Widget first paint (WID-7): how long after widget.js has arrived the launcher is on screen,
// in Debian's headless Chromium against the real papo-server. A bench, not a test: it prints
// figures for docs/performance.md and asserts nothing.
//   PAPO_SERVER_BINARY=build/release/server/papo-server node tests/bench/widget/first-paint.mjs [runs]
// "cold": a new browser context each run (nothing cached); "warm": a reload (both files cached).
import { Server, launchChromium } from '../../e2e/support.mjs';

const RUNS = Number(process.argv[2] || 30);

// Runs before the page's scripts: each animation frame checks whether the launcher is laid
// out and visible; the frame in which it first is, is the one that paints it.
function watchLauncher() {
  window.papoBench = {};
  const frame = (now) => {
    const root = document.querySelector('papo-widget')?.shadowRoot;
    const launcher = root?.querySelector('.papo-launcher');
    const shown = launcher && launcher.getBoundingClientRect().width > 0
      && getComputedStyle(root.querySelector('.papo')).display !== 'none';
    if (shown) {
      const script = performance.getEntriesByType('resource').find((e) => /\/widget\.js$/.test(e.name));
      window.papoBench = { paint: now, scriptArrived: script.responseEnd };
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measure(page, url, load) {
  await load(url);
  await page.waitForFunction(() => window.papoBench.paint !== undefined, null, { timeout: 10_000 });
  const { paint, scriptArrived } = await page.evaluate(() => window.papoBench);
  return paint - scriptArrived;
}

function summary(name, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `| ${name} | ${sorted.length} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${sorted.at(-1).toFixed(1)} |`;
}

const server = new Server();
await server.start();
const browser = await launchChromium();
try {
  const url = `${server.url}/demo`;
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchLauncher);
    const page = await context.newPage();
    cold.push(await measure(page, url, (u) => page.goto(u)));
    warm.push(await measure(page, url, () => page.reload()));
    await context.close();
  }
  console.log('| launcher first paint after widget.js arrived | runs | median ms | p95 ms | max ms |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(summary('cold (nothing cached)', cold));
  console.log(summary('warm (reload, cached)', warm));
} finally {
  await browser.close();
  await server.stop();
}
