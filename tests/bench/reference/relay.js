// The reference relay: papo-server's routing job (a visitor message goes to the site's
// operators and back, an operator reply goes to its visitor) in Node.js with ws, with no
// database. A yardstick for papo-loadgen, not a product: it speaks the frames of
// docs/protocol.md that the load generator uses, with the same fan-out as papo-server.
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const host = option('--listen', '127.0.0.1');
const port = Number(option('--port', '8090'));
const email = process.env.PAPO_OWNER_EMAIL || 'owner@papo.test';
const password = process.env.PAPO_OWNER_PASSWORD || 'reference';
const websiteKey = crypto.randomBytes(16).toString('hex');
const owner = { id: 1, name: 'Owner', email, role: 'owner' };

const tokens = new Set();
const visitors = new Map();      // visitorId -> Set of sockets
const operators = new Set();     // sockets of operators past hello
const online = new Set();        // sockets whose operator set_status online
const conversations = new Map(); // conversationId -> {visitorId, ownerId, pageUrl}
let nextVisitorId = 1;
let nextMessageId = 1;

const frame = (t, d, extra) => JSON.stringify({ t, ...extra, d });
const sendAll = (sockets, text) => { for (const s of sockets) s.send(text); };
const mode = () => (online.size > 0 ? 'live' : 'messenger');
const allVisitorSockets = function* () { for (const set of visitors.values()) yield* set; };

function reply(ws, id, d) { if (id) ws.send(JSON.stringify({ t: 'ack', re: id, d: d || {} })); }
function fail(ws, id, code, message) {
  ws.send(JSON.stringify({ t: 'error', re: id || null, code, message }));
}

// Store nothing, but deliver as papo-server does: the message to the visitor's sockets and to
// every operator, a conversation update to every operator, then the ack to the author.
function post(conversationId, author, cid, text) {
  const conversation = conversations.get(conversationId);
  if (author.kind === 'operator' && conversation.ownerId === null) conversation.ownerId = author.id;
  const message = { id: nextMessageId++, cid, conversationId, author, text,
                    createdAt: new Date().toISOString() };
  const event = frame('message', message, { seq: message.id });
  sendAll(visitors.get(conversation.visitorId) || [], event);
  sendAll(operators, event);
  sendAll(operators, frame('conversation', {
    id: conversationId, visitorId: conversation.visitorId, visitorName: '',
    state: conversation.ownerId === null ? 'queued' : 'open', ownerId: conversation.ownerId,
    lastMessage: message, updatedAt: message.createdAt, pageUrl: conversation.pageUrl }));
  return { message, duplicate: false };
}

const validText = (text) => typeof text === 'string' && text.trim().length >= 1 && text.length <= 5000;
const validCid = (cid) => typeof cid === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(cid);

function onVisitorFrame(ws, t, id, d) {
  if (t === 'hello') {
    if (d.key !== websiteKey) { fail(ws, id, 'invalid_key', 'Unknown website key.'); ws.close(4003); return; }
    ws.visitorId = nextVisitorId++;
    ws.pageUrl = d.url || '';
    if (!visitors.has(ws.visitorId)) visitors.set(ws.visitorId, new Set());
    visitors.get(ws.visitorId).add(ws);
    reply(ws, id, { token: crypto.randomBytes(16).toString('hex'), visitorId: ws.visitorId, mode: mode(),
                    operators: online.size ? [{ id: owner.id, name: owner.name }] : [], messages: [],
                    lastSeq: 0 });
  } else if (!ws.visitorId) {
    fail(ws, id, 'hello_required', 'Send hello first.');
  } else if (t === 'page_view') {
    ws.pageUrl = d.url;
    reply(ws, id);
  } else if (t === 'message') {
    if (!validCid(d.cid) || !validText(d.text)) { fail(ws, id, 'invalid_field', 'cid or text'); return; }
    // One conversation per visitor: its id is the visitor's.
    if (!conversations.has(ws.visitorId))
      conversations.set(ws.visitorId, { visitorId: ws.visitorId, ownerId: null, pageUrl: ws.pageUrl });
    reply(ws, id, post(ws.visitorId, { kind: 'visitor', id: ws.visitorId, name: '' }, d.cid, d.text));
  } else {
    fail(ws, id, 'unknown_type', `Unknown request type "${t}".`);
  }
}

function onOperatorFrame(ws, t, id, d) {
  if (t === 'hello') {
    if (!tokens.has(d.token)) { fail(ws, id, 'unauthorized', 'Bad token.'); ws.close(4001); return; }
    ws.operator = owner;
    operators.add(ws);
    reply(ws, id, { operator: { ...owner, status: 'offline' }, lastSeq: nextMessageId - 1 });
  } else if (!ws.operator) {
    fail(ws, id, 'hello_required', 'Send hello first.');
  } else if (t === 'set_status') {
    const wasLive = online.size > 0;
    if (d.status === 'online') online.add(ws); else online.delete(ws);
    if (wasLive !== online.size > 0) sendAll(allVisitorSockets(), frame('mode', { mode: mode() }));
    sendAll(operators, frame('presence', { operatorId: owner.id, status: d.status }));
    reply(ws, id, { status: d.status });
  } else if (t === 'send') {
    if (!conversations.has(d.conversationId)) { fail(ws, id, 'not_found', 'No such conversation.'); return; }
    if (!validCid(d.cid) || !validText(d.text)) { fail(ws, id, 'invalid_field', 'cid or text'); return; }
    reply(ws, id, post(d.conversationId, { kind: 'operator', id: owner.id, name: owner.name }, d.cid, d.text));
  } else {
    fail(ws, id, 'unknown_type', `Unknown request type "${t}".`);
  }
}

const server = http.createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/api/login') {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      let credentials = {};
      try { credentials = JSON.parse(body); } catch { /* answered below */ }
      const ok = credentials.email === email && credentials.password === password;
      const token = ok ? crypto.randomBytes(24).toString('hex') : null;
      if (ok) tokens.add(token);
      response.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(ok ? { token, operator: owner } : { error: 'invalid_credentials' }));
    });
  } else if (request.url === '/healthz') {
    response.end('ok\n');
  } else {
    response.writeHead(404).end();
  }
});

const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
server.on('upgrade', (request, socket, head) => {
  const handler = { '/ws/visitor': onVisitorFrame, '/ws/operator': onOperatorFrame }[request.url];
  if (!handler) { socket.destroy(); return; }
  sockets.handleUpgrade(request, socket, head, (ws) => {
    ws.on('message', (data, isBinary) => {
      let f;
      try { f = JSON.parse(data); } catch { f = null; }
      if (isBinary || !f || typeof f !== 'object' || typeof f.t !== 'string') {
        fail(ws, null, 'bad_json', 'The frame is not a JSON object.');
        return;
      }
      handler(ws, f.t, typeof f.id === 'string' ? f.id : null, f.d && typeof f.d === 'object' ? f.d : {});
    });
    ws.on('close', () => {
      visitors.get(ws.visitorId)?.delete(ws);
      if (visitors.get(ws.visitorId)?.size === 0) visitors.delete(ws.visitorId);
      operators.delete(ws);
      online.delete(ws);
    });
  });
});

server.listen(port, host, () => {
  console.log(`Papo reference relay listening on http://${host}:${server.address().port}`);
  console.log(`Website key: ${websiteKey}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
