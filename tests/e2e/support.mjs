// Shared by the browser tests: the real papo-server, an operator over a raw WebSocket
// (the protocol papo-desk speaks) and Debian's headless Chromium (never a downloaded one).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const dep of ['playwright-core', 'ws']) {
  if (!existsSync(path.join(here, 'node_modules', dep))) {
    throw new Error(`tests/e2e: node_modules/${dep} is missing. Run "npm ci" in ${here} first.`);
  }
}
export const { chromium } = await import('playwright-core');
const { WebSocket } = await import('ws');

export const CHROMIUM = process.env.PAPO_CHROMIUM || '/usr/bin/chromium';
export const OWNER_EMAIL = 'owner@papo.test';
export const OWNER_PASSWORD = 'correct-horse-battery';
// Upper bounds for what never happens, not expectations: a loaded machine (one core busy, the
// sanitizer build) takes several times as long as an idle one.
export const STEP_TIMEOUT = 90_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// A timer that does not keep node alive once everything else is done.
export const deadline = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

// Polls check() until it returns something truthy; the error names what never happened.
export async function until(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
    }
    await sleep(100);
  }
}

// Playwright intercepts the browser's file chooser only once a listener is registered, and it
// registers it asynchronously: a chooser opened just after `waitForEvent('filechooser')` can be
// missed on a loaded machine. Listening from the page's creation on, none is missed.
export function watchFileChoosers(page) {
  const opened = [];
  page.on('filechooser', (chooser) => opened.push(chooser));
  return { next: (what) => until(() => opened.shift(), what) };
}

// ---- the server ------------------------------------------------------------------------

// ctest runs each browser test twice: on SQLite, and with PAPO_TEST_DATABASE=postgresql on a
// fresh database in the run's throw-away cluster (tests/support/postgresql-cluster.sh).
export function databaseArguments() {
  if (process.env.PAPO_TEST_DATABASE !== 'postgresql') return [];
  const socket = process.env.PAPO_TEST_PG_SOCKET;
  assert.ok(socket, 'PAPO_TEST_PG_SOCKET must name the test cluster\'s socket directory');
  const name = `papo_${randomBytes(8).toString('hex')}`;
  execFileSync('psql', ['-X', '-q', '-h', socket, '-U', 'postgres', '-d', 'postgres',
    '-c', `CREATE DATABASE ${name} STRATEGY FILE_COPY`]);
  return ['--database', `postgresql://postgres@/${name}?host=${socket}`];
}

export class Server {
  constructor() {
    this.output = [];
  }

  async start(extraArguments = []) {
    const binary = process.env.PAPO_SERVER_BINARY;
    assert.ok(binary, 'PAPO_SERVER_BINARY must name the papo-server binary');
    assert.ok(existsSync(binary), `PAPO_SERVER_BINARY=${binary} does not exist`);
    this.dataDir = mkdtempSync(path.join(tmpdir(), 'papo-e2e-'));
    this.database ??= databaseArguments(); // one database per server
    this.child = spawn(binary, ['--listen', '127.0.0.1', '--port', '0', '--data-dir', this.dataDir,
      ...this.database, ...extraArguments], {
      env: { ...process.env, PAPO_OWNER_EMAIL: OWNER_EMAIL, PAPO_OWNER_PASSWORD: OWNER_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    createInterface({ input: this.child.stderr }).on('line', (line) => this.keep(`[stderr] ${line}`));

    const stdout = createInterface({ input: this.child.stdout });
    const ready = new Promise((resolve, reject) => {
      stdout.on('line', (line) => {
        this.keep(line);
        const listening = /^Papo server (\S+) listening on (http:\/\/127\.0\.0\.1:(\d+))\s*$/.exec(line);
        if (listening) [, this.version, this.url] = listening;
        const key = /^Website key: (\S+)\s*$/.exec(line);
        if (key) this.websiteKey = key[1];
        if (this.url && this.websiteKey) resolve();
      });
      this.exited.then(({ code, signal }) =>
        reject(new Error(`papo-server exited (code ${code}, signal ${signal}) before it was ready:\n${this.log()}`)));
    });
    const timeout = deadline(30_000).then(() => {
      throw new Error(`papo-server printed no "listening on" and "Website key:" lines in 30 s:\n${this.log()}`);
    });
    await Promise.race([ready, timeout]);
    this.wsUrl = this.url.replace(/^http/, 'ws');
  }

  // One SQL statement in the server's own database (sqlite3, or psql on PostgreSQL), for tests
  // that move a row's clock instead of waiting.
  sql(statement) {
    if (this.database.length) {
      execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', this.database[1],
        '-c', statement]);
    } else {
      execFileSync('sqlite3', ['-cmd', '.timeout 5000', path.join(this.dataDir, 'papo.sqlite'),
        statement]);
    }
  }

  keep(line) {
    this.output.push(line);
    if (this.output.length > 400) this.output.shift();
  }

  log() {
    return this.output.map((line) => `    ${line}`).join('\n');
  }

  async stop() {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exited, deadline(5_000).then(() => null)]);
      if (!stopped) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

// ---- the operator: the protocol papo-desk speaks, over a raw WebSocket ---------------

export class Operator {
  constructor() {
    this.events = [];
    this.requests = new Map();
    this.nextId = 0;
  }

  async open(url) {
    this.socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      this.socket.once('open', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data) => this.receive(JSON.parse(data.toString())));
  }

  receive(frame) {
    if (frame.t === 'ack' || frame.t === 'error') {
      const request = this.requests.get(frame.re);
      if (!request) return;
      this.requests.delete(frame.re);
      if (frame.t === 'ack') request.resolve(frame.d ?? {});
      else request.reject(new Error(`${request.type} failed: ${frame.code}: ${frame.message}`));
      return;
    }
    this.events.push(frame);
  }

  request(type, d, timeout = 20_000) {
    const id = `op${++this.nextId}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.requests.delete(id);
        reject(new Error(`no answer to ${type} in ${timeout} ms`));
      }, timeout);
      this.requests.set(id, {
        type,
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      this.socket.send(JSON.stringify({ t: type, id, d }));
    });
  }

  event(type, predicate, what) {
    return until(() => this.events.find((e) => e.t === type && predicate(e.d ?? {}, e)),
      `the operator to receive ${what}`);
  }

  // Visitors reach operators in `visitors_changed` batches: the first visitor object matching.
  visitor(predicate, what) {
    return until(() => this.events.filter((e) => e.t === 'visitors_changed')
      .flatMap((e) => e.d?.visitors ?? []).find(predicate), `the operator to hear of ${what}`);
  }

  // Any visitor leaving when `visitorId` is undefined.
  visitorLeft(visitorId, what, timeoutMs) {
    const left = (e) => (e.t === 'visitors_changed' ? e.d?.left ?? [] : []);
    return until(() => this.events.flatMap(left).some((id) => visitorId === undefined || id === visitorId),
      `the operator to hear of ${what}`, timeoutMs);
  }

  close() {
    this.socket?.close();
  }
}


// An operator connection for this bearer token (kept on it, for the HTTP API), said hello.
export async function operatorWithToken(server, token) {
  const operator = new Operator();
  operator.token = token;
  await operator.open(`${server.wsUrl}/ws/operator`);
  operator.account = (await operator.request('hello', { token })).operator;
  return operator;
}

// Logs the owner in over HTTP and opens an online operator connection.
export async function connectOperator(server) {
  const response = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }),
  });
  assert.equal(response.status, 200, `POST /api/login answered ${response.status}`);
  const { token } = await response.json();
  assert.ok(token, 'POST /api/login returned no token');
  const operator = await operatorWithToken(server, token);
  assert.ok(operator.account?.name, 'the operator hello ack has no operator name');
  const status = await operator.request('set_status', { status: 'online' });
  assert.equal(status.status, 'online');
  return operator;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// ---- a journey: ordered steps sharing one server, one operator and one Chromium ----------

// Steps run in order; after the first failure every tracked page is photographed and the
// server's output printed. `setUp(journey)` runs once the server, operator and browser are up;
// `serverArguments` go to papo-server's command line.
export function journey(label, setUp, { serverArguments = [] } = {}) {
  const j = { server: new Server(), pages: [], pageErrors: [], dialogs: [], failed: false };
  process.on('exit', () => j.server.child?.kill('SIGKILL'));
  const guarded = (body) => async () => {
    try {
      await body();
    } catch (error) {
      j.failed = true;
      throw error;
    }
  };
  j.step = (name, body, timeout = STEP_TIMEOUT) => test(name, { timeout }, guarded(body));
  // Page errors and dialogs are collected so steps can assert that no script of ours ran.
  j.track = (page) => {
    j.pages.push(page);
    page.on('pageerror', (error) => j.pageErrors.push(String(error)));
    page.on('dialog', (dialog) => {
      j.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    return page;
  };
  before(guarded(async () => {
    await j.server.start(serverArguments);
    j.operator = await connectOperator(j.server);
    j.browser = await launchChromium();
    if (setUp) await setUp(j);
  }));
  after(async () => {
    if (j.failed) {
      for (const [i, page] of j.pages.entries()) {
        const shot = path.join(tmpdir(), `papo-e2e-${label}-failure-${process.pid}-${i}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        console.error(`screenshot of page ${i} at failure: ${shot}`);
      }
      console.error(`papo-server output:\n${j.server.log()}`);
    }
    j.operator?.close();
    await j.browser?.close().catch(() => {});
    await j.server.stop();
  });
  return j;
}
