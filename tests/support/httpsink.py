#!/usr/bin/python3
"""A real HTTP server for tests: receives webhooks and Slack posts, and plays Help Scout.

Listens on 127.0.0.1 (a free port, or --port N to come back on the same one), prints
"PORT <n>" once it accepts connections, and writes each request it receives into DIR as
<n>.json ({"method", "path", "headers", "body", "status"}), before it answers, so tests wait
for files. What it answers depends on the path:
  /fail-once...  500 the first time this path is asked, then 200
  /fail...       500 always
  /hang...       nothing: holds the connection for a minute
  /redirect...   302 to /redirected (which a client must not follow)
  /helpscout/v2/oauth2/token, /helpscout/v2/conversations
                 Help Scout's Mailbox API 2.0 as documented: a token for the client
                 credentials papo-app / s3cret (401 otherwise), and conversations checked
                 against the documented request fields (400 naming each problem, 401 for a
                 token it did not give, 201 with Resource-ID when all is right)
  anything else  200 "ok"
"""
import argparse
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.lock = threading.Lock()
        self.count = len([n for n in os.listdir(directory) if n.endswith(".json")])
        self.seen = set()

    def record(self, request, status):
        with self.lock:
            self.count += 1
            first = request["path"] not in self.seen
            self.seen.add(request["path"])
            base = os.path.join(self.directory, str(self.count))
            request["status"] = status(first) if callable(status) else status
            with open(base + ".tmp", "w") as f:
                json.dump(request, f)
            os.rename(base + ".tmp", base + ".json")
            return request["status"]


def status_for(path):
    if path.startswith("/fail-once"):
        return lambda first: 500 if first else 200
    if path.startswith("/fail"):
        return lambda first: 500
    if path.startswith("/hang"):
        return lambda first: 0
    if path.startswith("/redirect"):
        return lambda first: 302
    return lambda first: 200


HELP_SCOUT_APP = ("papo-app", "s3cret")
ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class HelpScout:
    """Help Scout's token and conversation endpoints, checking what the docs require."""

    def __init__(self):
        self.lock = threading.Lock()
        self.tokens = set()
        self.conversations = 0

    def token(self, headers, body):
        if not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return 400, {}, {"error": "invalid_request"}
        form = urllib.parse.parse_qs(body)
        app = (form.get("client_id", [""])[0], form.get("client_secret", [""])[0])
        if form.get("grant_type") != ["client_credentials"] or app != HELP_SCOUT_APP:
            return 401, {}, {"error": "invalid_client"}
        with self.lock:
            token = "token-%d" % (len(self.tokens) + 1)
            self.tokens.add(token)
        return 200, {}, {"token_type": "bearer", "access_token": token, "expires_in": 172800}

    def conversation(self, headers, body):
        auth = headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return 401, {}, {"error": "invalid_token"}
        try:
            conversation = json.loads(body)
        except ValueError:
            return 400, {}, {"message": "Bad request", "_embedded": {"errors": [
                {"path": "", "message": "not JSON"}]}}
        errors = conversation_errors(conversation)
        if errors:
            return 400, {}, {"message": "Bad request", "_embedded": {"errors": errors}}
        with self.lock:
            self.conversations += 1
            number = 1000 + self.conversations
        return 201, {"Resource-ID": str(number),
                     "Location": "/v2/conversations/%d" % number}, None


def person_errors(person, path):
    if not isinstance(person, dict):
        return [{"path": path, "message": "must be an object"}]
    if not isinstance(person.get("id"), int) and "@" not in str(person.get("email", "")):
        return [{"path": path, "message": "needs an id or an email"}]
    return [{"path": path + "." + k, "message": "at most 40 characters"}
            for k in ("firstName", "lastName") if len(str(person.get(k, ""))) > 40]


def conversation_errors(c):
    errors = []

    def need(ok, path, message):
        if not ok:
            errors.append({"path": path, "message": message})

    need(isinstance(c.get("subject"), str) and c["subject"].strip(), "subject", "may not be empty")
    need(isinstance(c.get("mailboxId"), int), "mailboxId", "must be a number")
    need(c.get("type") in ("chat", "email", "phone"), "type", "chat, email or phone")
    need(c.get("status") in ("active", "closed", "pending"), "status", "active, closed or pending")
    need("imported" not in c or isinstance(c["imported"], bool), "imported", "must be a boolean")
    need("createdAt" not in c or ISO_TIME.match(str(c["createdAt"])), "createdAt", "ISO 8601")
    need("tags" not in c or (isinstance(c["tags"], list)
                             and all(isinstance(t, str) for t in c["tags"])), "tags", "texts")
    errors += person_errors(c.get("customer"), "customer")
    threads = c.get("threads")
    need(isinstance(threads, list) and 1 <= len(threads) <= 100, "threads", "1 to 100 threads")
    for i, thread in enumerate(threads if isinstance(threads, list) else []):
        path = "threads[%d]" % i
        need(thread.get("type") in ("chat", "customer", "note", "phone", "reply"),
             path + ".type", "chat, customer, note, phone or reply")
        need(isinstance(thread.get("text"), str) and thread["text"].strip(), path + ".text",
             "may not be empty")
        if thread.get("type") in ("chat", "customer", "phone"):
            errors += person_errors(thread.get("customer"), path + ".customer")
        need("createdAt" not in thread or ISO_TIME.match(str(thread["createdAt"])),
             path + ".createdAt", "ISO 8601")
    return errors


def handler_for(sink):
    help_scout = HelpScout()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode("utf-8", "replace")
            request = {"method": "POST", "path": self.path,
                       "headers": {k.lower(): v for k, v in self.headers.items()},
                       "body": body}
            if self.path.startswith("/helpscout/v2/"):
                self.answer_as_help_scout(request)
                return
            status = sink.record(request, status_for(self.path))
            if status == 0:
                time.sleep(60)
                return
            answer = b"ok" if status == 200 else b"not this time"
            self.send_response(status)
            if status == 302:
                self.send_header("Location", "/redirected")
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST

        def answer_as_help_scout(self, request):
            if self.path == "/helpscout/v2/oauth2/token":
                status, headers, answer = help_scout.token(request["headers"], request["body"])
            elif self.path == "/helpscout/v2/conversations":
                status, headers, answer = help_scout.conversation(request["headers"],
                                                                  request["body"])
            else:
                status, headers, answer = 404, {}, {"error": "not found"}
            request["answer"] = answer
            sink.record(request, status)
            data = b"" if answer is None else json.dumps(answer).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler_for(Sink(args.directory)))
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
