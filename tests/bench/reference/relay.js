// The reference relay: papo-server's routing job (a visitor message goes to the site's
// operators and back, an operator reply goes to its visitor) in Node.js with ws, with no
// database. A yardstick for papo-loadgen, not a product: it speaks the frames of
// docs/protocol.md that the load generator uses, with the same fan-out as papo-server.
// Operator accounts: the owner logs in, the others are invited (`invite`, then
// POST /api/accept-invite). Tokens are signed rather than stored, so a restarted relay
// (the reconnect storm) still takes them; `--key` keeps the website key across restarts.
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
const websiteKey = option('--key', crypto.randomBytes(16).toString('hex'));
const owner = { id: 1, name: 'Owner', email, role: 'owner' };
const VISITOR_EVENT_INTERVAL_MS = 100; // at most one visitors_changed per operator socket

// A token is the account itself, signed with the website key: nothing to remember.
const sign = (text) => crypto.createHmac('sha256', websiteKey).update(text).digest('base64url');
const issueToken = (account) => {
  const body = Buffer.from(JSON.stringify(account)).toString('base64url');
  return `${body}.${sign(body)}`;
};
const accountOf = (token) => {
  const [body, signature] = String(token || '').split('.');
  if (!body || signature !== sign(body)) return null;
  try { return JSON.parse(Buffer.from(body, 'base64url').toString()); } catch { return null; }
};
const invites = new Map();       // invite token -> {email, role}
const accountEmails = new Set([email]);
let nextOperatorId = 2;
const visitorTokens = new Map(); // visitor token -> visitorId
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

// Visitor changes go to every operator socket coalesced: one visitors_changed per socket at
// most every 100 ms, carrying the latest state of each changed visitor and who left.
function queueVisitorChange(visitor, leftId) {
  const now = Date.now();
  for (const ws of operators) {
    const pending = ws.pendingVisitors || (ws.pendingVisitors = { visitors: new Map(), left: new Set(), timer: null, last: 0 });
    if (visitor) { pending.visitors.set(visitor.id, visitor); pending.left.delete(visitor.id); }
    if (leftId) { pending.left.add(leftId); pending.visitors.delete(leftId); }
    if (!pending.timer)
      pending.timer = setTimeout(() => flushVisitors(ws), Math.max(0, pending.last + VISITOR_EVENT_INTERVAL_MS - now));
  }
}
function flushVisitors(ws) {
  const pending = ws.pendingVisitors;
  pending.timer = null;
  pending.last = Date.now();
  if (!operators.has(ws) || (pending.visitors.size === 0 && pending.left.size === 0)) return;
  ws.send(frame('visitors_changed', { visitors: [...pending.visitors.values()], left: [...pending.left] }));
  pending.visitors.clear();
  pending.left.clear();
}
const visitorObject = (ws) => ({ id: ws.visitorId, online: true, currentPage: { url: ws.pageUrl, title: ws.pageTitle } });

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
    // A token this relay handed out keeps its visitor; after a restart it is a new one.
    let token = typeof d.token === 'string' && visitorTokens.has(d.token) ? d.token : null;
    if (!token) {
      token = crypto.randomBytes(16).toString('hex');
      visitorTokens.set(token, nextVisitorId++);
    }
    ws.visitorId = visitorTokens.get(token);
    ws.pageUrl = d.url || '';
    ws.pageTitle = d.title || '';
    if (!visitors.has(ws.visitorId)) visitors.set(ws.visitorId, new Set());
    visitors.get(ws.visitorId).add(ws);
    queueVisitorChange(visitorObject(ws));
    reply(ws, id, { token, visitorId: ws.visitorId, mode: mode(),
                    operators: online.size ? [{ id: owner.id, name: owner.name }] : [], messages: [],
                    lastSeq: 0 });
  } else if (!ws.visitorId) {
    fail(ws, id, 'hello_required', 'Send hello first.');
  } else if (t === 'page_view') {
    ws.pageUrl = d.url;
    ws.pageTitle = d.title || '';
    queueVisitorChange(visitorObject(ws));
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
    const account = accountOf(d.token);
    if (!account) { fail(ws, id, 'unauthorized', 'Bad token.'); ws.close(4001); return; }
    ws.operator = account;
    operators.add(ws);
    reply(ws, id, { operator: { ...account, status: 'offline' }, lastSeq: nextMessageId - 1 });
  } else if (!ws.operator) {
    fail(ws, id, 'hello_required', 'Send hello first.');
  } else if (t === 'set_status') {
    const wasLive = online.size > 0;
    if (d.status === 'online') online.add(ws); else online.delete(ws);
    if (wasLive !== online.size > 0) sendAll(allVisitorSockets(), frame('mode', { mode: mode() }));
    sendAll(operators, frame('presence', { operatorId: ws.operator.id, status: d.status }));
    reply(ws, id, { status: d.status });
  } else if (t === 'invite') {
    if (ws.operator.role === 'operator') { fail(ws, id, 'forbidden', 'Admins only.'); return; }
    const token = crypto.randomBytes(32).toString('base64url');
    invites.set(token, { email: d.email, role: d.role });
    reply(ws, id, { token, link: `/invite#${token}`,
                    expiresAt: new Date(Date.now() + 7 * 86400000).toISOString() });
  } else if (t === 'send') {
    if (!conversations.has(d.conversationId)) { fail(ws, id, 'not_found', 'No such conversation.'); return; }
    if (!validCid(d.cid) || !validText(d.text)) { fail(ws, id, 'invalid_field', 'cid or text'); return; }
    reply(ws, id, post(d.conversationId, { kind: 'operator', id: ws.operator.id, name: ws.operator.name }, d.cid, d.text));
  } else {
    fail(ws, id, 'unknown_type', `Unknown request type "${t}".`);
  }
}

function readJson(request, then) {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    let parsed = {};
    try { parsed = JSON.parse(body); } catch { /* answered by the caller */ }
    then(parsed && typeof parsed === 'object' ? parsed : {});
  });
}
const answer = (response, status, body) => {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
};

const server = http.createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/api/login') {
    readJson(request, (credentials) => {
      const ok = credentials.email === email && credentials.password === password;
      if (ok) answer(response, 200, { token: issueToken(owner), operator: owner });
      else answer(response, 401, { error: 'invalid_credentials' });
    });
  } else if (request.method === 'POST' && request.url === '/api/accept-invite') {
    readJson(request, (body) => {
      const invite = invites.get(body.token);
      if (!invite) { answer(response, 410, { error: 'invite_invalid' }); return; }
      if (accountEmails.has(invite.email)) { answer(response, 409, { error: 'email_taken' }); return; }
      invites.delete(body.token);
      accountEmails.add(invite.email);
      const account = { id: nextOperatorId++, name: String(body.name || ''), email: invite.email, role: invite.role };
      answer(response, 200, typeof body.device === 'string'
        ? { operator: account, token: issueToken(account) } : { operator: account });
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
      if (visitors.get(ws.visitorId)?.size === 0) {
        visitors.delete(ws.visitorId);
        queueVisitorChange(null, ws.visitorId);
      }
      if (ws.pendingVisitors?.timer) clearTimeout(ws.pendingVisitors.timer);
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
