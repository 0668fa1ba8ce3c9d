#!/usr/bin/python3
"""A real HTTP server for tests: receives webhooks and Slack posts.

Listens on 127.0.0.1 (a free port, or --port N to come back on the same one), prints
"PORT <n>" once it accepts connections, and writes each request it receives into DIR as
<n>.json ({"method", "path", "headers", "body", "status"}), before it answers, so tests wait
for files. What it answers depends on the path:
  /fail-once...  500 the first time this path is asked, then 200
  /fail...       500 always
  /hang...       nothing: holds the connection for a minute
  /redirect...   302 to /redirected (which a client must not follow)
  anything else  200 "ok"
"""
import argparse
import json
import os
import sys
import threading
import time
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
            request["status"] = status(first)
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


def handler_for(sink):
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
