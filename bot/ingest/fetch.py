"""The one HTTP client ingest uses for every URL: SSRF-guarded, size- and time-capped, redirect-checking.

How the guard connects to the address it checked: for every hop the fetcher resolves the host itself,
refuses the hop if any address is not allowed (`bot.ingest.guard`), then sends the request to the checked
IP literal with the original `Host` header and, for HTTPS, the `sni_hostname` request extension, so TLS
still verifies the certificate against the host name. httpx never resolves the name again, so a DNS answer
that changes between check and connect (rebinding) cannot slip through. The default transport keeps no
idle connections, so a TLS connection verified for one name is never reused for another name on the same
IP. The guard sits in the fetcher, not the transport, so it also holds with an injected transport.
Environment proxies are ignored: through a proxy the guard would check an address it does not connect to.
"""

from __future__ import annotations

import ipaddress
import time
import zlib
from dataclasses import dataclass
from types import TracebackType
from typing import Self
from urllib.parse import urljoin

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.ingest.errors import FetchError
from bot.ingest.guard import IPAddress, IPNetwork, Resolver, parse_networks, refusal, system_resolver

__all__ = ["FetchError", "FetchPolicy", "FetchResult", "Fetcher"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.1"
)
_ENCODINGS = "gzip, deflate"


class FetchPolicy(BaseModel):
    """Limits for every fetch; a settings model can embed it (YAML `fetch:` section)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    timeout_seconds: float = Field(default=10.0, gt=0)
    max_bytes: int = Field(default=5_000_000, gt=0)
    max_redirects: int = Field(default=5, ge=0)
    user_agent: str = "briefbot/0.1 (+https://github.com/briefbot/briefbot)"
    allow_private: tuple[str, ...] = ()
    """CIDR networks exempt from the private-address refusal, e.g. ["127.0.0.0/8"] for a local test server."""

    @field_validator("allow_private")
    @classmethod
    def _valid_networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(str(network) for network in parse_networks(value))


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    """The final URL, after redirects."""
    status: int
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    """True for 304: the caller's cached copy (etag / last_modified given to `get`) is current."""

    @property
    def media_type(self) -> str:
        """`text/html` from `text/html; charset=utf-8`; empty when the server sent none."""
        return (self.content_type or "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in (self.content_type or "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


@dataclass(frozen=True, slots=True)
class _Hop:
    """One request to make: the URL as the user sees it and the checked addresses to send it to."""

    url: httpx.URL
    addresses: tuple[IPAddress, ...]


@dataclass(frozen=True, slots=True)
class _Redirect:
    status: int
    location: str | None


class Fetcher:
    """GET with the policy's limits. Keeps no state between calls besides the httpx client, so one fetcher
    can serve every job of the scheduler."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        *,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolve = resolver
        self._allowed: tuple[IPNetwork, ...] = parse_networks(self.policy.allow_private)
        self._client = httpx.Client(
            transport=transport or httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0)),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": self.policy.user_agent, "Accept": _ACCEPT, "Accept-Encoding": _ENCODINGS},
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch `url`, following up to `max_redirects` redirects; FetchError carries a one-line reason."""
        deadline = time.monotonic() + self.policy.timeout_seconds
        conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        headers = {name: value for name, value in conditional.items() if value}
        current = url
        for hop_number in range(self.policy.max_redirects + 1):
            where = "" if hop_number == 0 else f"redirected to {current}: "
            try:
                hop = self._check(current)
                result = self._send(hop, headers, deadline)
            except FetchError as exc:
                raise FetchError(f"{url}: {where}{exc}") from exc
            if isinstance(result, FetchResult):
                return result
            if not result.location:
                raise FetchError(f"{url}: {where}HTTP {result.status} without a Location header")
            current = urljoin(str(hop.url), result.location)
        raise FetchError(f"{url}: too many redirects (more than {self.policy.max_redirects})")

    def _check(self, url: str) -> _Hop:
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL ({exc})") from exc
        if parsed.scheme not in ("http", "https"):
            scheme = parsed.scheme or "no scheme"
            raise FetchError(f"refused: only http and https URLs are fetched, not {scheme!r}")
        host = parsed.raw_host.decode("ascii")
        if not host:
            raise FetchError("invalid URL (no host)")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        addresses: tuple[IPAddress, ...]
        try:
            addresses = (ipaddress.ip_address(host),)
        except ValueError:
            addresses = self._resolved(host, port)
        for address in addresses:
            reason = refusal(address, self._allowed)
            if reason is not None:
                raise FetchError(f"refused: {reason}")
        return _Hop(parsed, addresses)

    def _resolved(self, host: str, port: int) -> tuple[IPAddress, ...]:
        try:
            found = tuple(ipaddress.ip_address(address) for address in self._resolve(host, port))
        except (OSError, UnicodeError, ValueError) as exc:
            raise FetchError(f"cannot resolve {host} ({exc})") from exc
        if not found:
            raise FetchError(f"cannot resolve {host} (no addresses)")
        return found

    def _send(self, hop: _Hop, headers: dict[str, str], deadline: float) -> FetchResult | _Redirect:
        """Try the checked addresses in order until one connects; read the response within the limits."""
        host = hop.url.raw_host.decode("ascii")
        request_headers = {**headers, "Host": hop.url.netloc.decode("ascii")}
        extensions = {"sni_hostname": host} if hop.url.scheme == "https" else {}
        for index, address in enumerate(hop.addresses):
            remaining = self._remaining(deadline)
            request = self._client.build_request(
                "GET",
                hop.url.copy_with(host=str(address)),
                headers=request_headers,
                extensions=extensions,
                timeout=httpx.Timeout(remaining),
            )
            try:
                response = self._client.send(request, stream=True)
            except httpx.ConnectError as exc:
                if index + 1 < len(hop.addresses):
                    continue
                raise FetchError(f"cannot connect to {host} ({exc or type(exc).__name__})") from exc
            except httpx.TimeoutException as exc:
                raise self._timed_out() from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}") from exc
            try:
                return self._result(hop, response, deadline)
            finally:
                response.close()
        raise FetchError(f"cannot connect to {host} (no addresses)")

    def _result(self, hop: _Hop, response: httpx.Response, deadline: float) -> FetchResult | _Redirect:
        status = response.status_code
        if status in _REDIRECTS:
            return _Redirect(status, response.headers.get("Location"))
        if status == 304:
            return FetchResult(
                url=str(hop.url), status=status, body=b"", not_modified=True,
                etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"),
            )
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
        return FetchResult(
            url=str(hop.url),
            status=status,
            body=self._read_body(response, deadline),
            content_type=response.headers.get("Content-Type"),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def _read_body(self, response: httpx.Response, deadline: float) -> bytes:
        """The decoded body, refused as soon as it passes max_bytes (compressed or not)."""
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > limit:
            raise self._too_large()
        decoder = _decoder(response.headers.get("Content-Encoding", ""))
        body = bytearray()
        try:
            for raw in response.iter_raw():  # each network read as it arrives, so the clock is checked often
                body += raw if decoder is None else decoder.decompress(raw, limit - len(body) + 1)
                if len(body) > limit:
                    raise self._too_large()
                self._remaining(deadline)
        except httpx.TimeoutException as exc:
            raise self._timed_out() from exc
        except (httpx.HTTPError, zlib.error) as exc:
            raise FetchError(f"broken response body ({exc})") from exc
        return bytes(body)

    def _remaining(self, deadline: float) -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._timed_out()
        return remaining

    def _timed_out(self) -> FetchError:
        return FetchError(f"timed out after {self.policy.timeout_seconds:g} s")

    def _too_large(self) -> FetchError:
        return FetchError(f"response larger than {self.policy.max_bytes} bytes")


def _decoder(content_encoding: str) -> zlib._Decompress | None:
    """Own decompression, bounded per chunk, so a small compressed bomb cannot expand in memory."""
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(f"unsupported Content-Encoding {encoding!r}")
