"""Real parts for the Slack tests: a recording Web API on 127.0.0.1 (auth.test, chat.postMessage,
apps.connections.open and response_url), requests signed exactly as Slack signs them, and a bot served by
the real Bolt app over HTTP."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode

BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    at: float


@dataclass
class FakeSlack:
    """Slack's Web API as briefbot uses it, recording every call. Switches: `rate_limit(n, after)` answers
    the next n chat.postMessage calls with 429 and Retry-After; `refuse[channel] = code` answers posts to a
    channel with that error; `valid_token` is the only token auth.test and chat.postMessage accept."""

    valid_token: str = BOT_TOKEN
    calls: list[Call] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    rate_limited: int = 0
    retry_after: str = "1"
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None
    ts: int = 0
    socket_url: str | None = None
    """What apps.connections.open answers (a Socket Mode WebSocket URL); None refuses the app token."""

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def api_base_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    def rate_limit(self, count: int, after: str = "1") -> None:
        with self.lock:
            self.rate_limited, self.retry_after = count, after

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """The messages chat.postMessage accepted, in order."""
        return [c.body for c in self.of("/api/chat.postMessage")
                if "ok" in c.body.get("_answer", {}) and c.body["_answer"]["ok"]
                and (channel is None or c.body.get("channel") == channel)]

    def of(self, path: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.path == path]

    def responses(self, name: str) -> list[dict[str, Any]]:
        return [c.body for c in self.of(f"/response/{name}")]

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout} s; calls: {[c.path for c in self.calls]}")
            time.sleep(0.02)

    def answer(self, path: str, body: dict[str, Any], token: str | None) -> tuple[int, dict[str, str], dict[str, Any]]:
        if path.startswith("/response/"):
            return 200, {}, {}
        if path in ("/api/auth.test", "/api/chat.postMessage") and token != self.valid_token:
            return 200, {}, {"ok": False, "error": "invalid_auth"}
        if path == "/api/auth.test":
            return 200, {}, {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "briefbot",
                             "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT"}
        if path == "/api/apps.connections.open":
            if self.socket_url is None or not (token or "").startswith("xapp-"):
                return 200, {}, {"ok": False, "error": "invalid_auth"}
            return 200, {}, {"ok": True, "url": self.socket_url}
        if path == "/api/chat.postMessage":
            with self.lock:
                if self.rate_limited > 0:
                    self.rate_limited -= 1
                    return 429, {"Retry-After": self.retry_after}, {"ok": False, "error": "ratelimited"}
                self.ts += 1
                ts = f"1715000000.{self.ts:06d}"
            channel = str(body.get("channel"))
            if channel in self.refuse:
                return 200, {}, {"ok": False, "error": self.refuse[channel]}
            return 200, {}, {"ok": True, "channel": channel, "ts": ts}
        return 404, {}, {"ok": False, "error": "unknown_method"}


def start_fake_slack() -> FakeSlack:
    fake = FakeSlack()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            if "json" in (self.headers.get("Content-Type") or ""):
                body: dict[str, Any] = json.loads(raw or "{}")
            else:
                body = {k: v[0] for k, v in parse_qs(raw).items()}
            auth = self.headers.get("Authorization") or ""
            token = auth.removeprefix("Bearer ") if auth else body.get("token")
            status, headers, answer = fake.answer(self.path, body, token)
            body["_answer"] = answer
            with fake.lock:
                fake.calls.append(Call(self.path, body, time.monotonic()))
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    fake.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.server.daemon_threads = True
    threading.Thread(target=fake.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return fake


def stop_fake_slack(fake: FakeSlack) -> None:
    assert fake.server is not None
    fake.server.shutdown()
    fake.server.server_close()


def sign(body: str, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """The headers Slack sends: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/x-www-form-urlencoded"}


def slash_body(command: str, text: str, response_url: str, *, channel: str = "C0OPS", user: str = "U0ALICE") -> str:
    """A slash command's form body as Slack posts it."""
    return urlencode({
        "token": "deprecated-verification-token", "team_id": "T1", "team_domain": "test", "channel_id": channel,
        "channel_name": "ops", "user_id": user, "user_name": "alice", "command": command, "text": text,
        "api_app_id": "A1", "is_enterprise_install": "false", "response_url": response_url,
        "trigger_id": "1.2.3",
    })


def post(url: str, body: str, headers: dict[str, str], timeout: float = 10.0) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
