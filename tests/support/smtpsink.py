#!/usr/bin/python3
"""A real SMTP server for tests (Debian's python3-aiosmtpd).

Listens on a free loopback port, prints "PORT <n>" once it accepts connections, and writes
each message it receives into DIR as <n>.eml (the bytes as received) after <n>.json (the
envelope), so tests wait for files. Options: --starttls CERT KEY (STARTTLS required),
--tls CERT KEY (implicit TLS), --auth USER:PASSWORD (AUTH required), --reject CODE TEXT
(refuse every recipient with that reply).
"""
import argparse
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult


class Sink:
    def __init__(self, directory, reject):
        self.directory = directory
        self.reject = reject
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject:
            return self.reject
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, str(self.count))
        with open(base + ".json.tmp", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Message %d accepted by the test sink" % self.count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--starttls", nargs=2)
    parser.add_argument("--tls", nargs=2)
    parser.add_argument("--auth")
    parser.add_argument("--reject", nargs=2)
    args = parser.parse_args()
    reject = " ".join(args.reject) if args.reject else None
    handler = Sink(args.directory, reject)

    def context(pair):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(pair[0], pair[1])
        return ctx

    def authenticate(server, session, envelope, mechanism, auth_data):
        user, _, password = args.auth.partition(":")
        ok = (auth_data.login.decode() == user and auth_data.password.decode() == password)
        return AuthResult(success=ok, handled=False)

    def factory():
        options = {"hostname": "papo-test-sink", "auth_require_tls": bool(args.starttls)}
        if args.starttls:
            options["tls_context"] = context(args.starttls)
            options["require_starttls"] = True
        if args.auth:
            options["authenticator"] = authenticate
            options["auth_required"] = True
        return SMTP(handler, **options)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, "127.0.0.1", 0, ssl=context(args.tls) if args.tls else None))
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
