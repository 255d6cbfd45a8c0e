"""A real HTTP server on 127.0.0.1 serving fixture feeds and pages (used by this folder's conftest).

Routes are set per test. Slow routes wait on an event that teardown sets, so no handler thread outlives
its test by more than a moment. A module with its own name, so tests can import it unambiguously.
"""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.ingest.fetch import FetchPolicy

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest"
FIXED_NOW = datetime(2021, 12, 10, 12, 0, tzinfo=UTC)
LOOPBACK_POLICY = FetchPolicy(timeout_seconds=2, allow_private=("127.0.0.0/8",))


@dataclass
class Route:
    status: int = 200
    body: bytes | Callable[[], Iterable[bytes]] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before sending anything."""
    content_length: bool = True
    """Send Content-Length; without it the body ends when the connection closes."""
    etag: str | None = None
    """Answer 304 when the request's If-None-Match equals this."""


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class FixtureServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.stopping = threading.Event()
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def file(self, path: str, fixture: str, content_type: str, **extra: str) -> str:
        body = (DATA / fixture).read_bytes()
        self.routes[path] = Route(body=body, headers={"Content-Type": content_type, **extra})
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": location})
        return self.url(path)

    def close(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: FixtureServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.seen.append(Seen(self.path, dict(self.headers.items())))
            route = server.routes.get(self.path, Route(status=404, body=b"not found"))
            if route.delay and server.stopping.wait(route.delay):
                return
            if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.etag is not None:
                self.send_header("ETag", route.etag)
            if isinstance(route.body, bytes):
                if route.content_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
                return
            self.end_headers()
            for chunk in route.body():
                if server.stopping.is_set():
                    return
                self.wfile.write(chunk)
                self.wfile.flush()

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (ConnectionError, TimeoutError, ssl.SSLError):
                self.close_connection = True  # the client gave up, which is what several tests want

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler
