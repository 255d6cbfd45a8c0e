"""The fetcher against a real HTTP server on 127.0.0.1: limits, redirects, status codes, the SSRF guard."""

from __future__ import annotations

import gzip
import ssl
import time
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest
from ingest_fixture_server import DATA, LOOPBACK_POLICY, FixtureServer, Route

from bot.ingest.errors import SourceError
from bot.ingest.fetch import Fetcher, FetchError, FetchPolicy


def _fetch_error(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    message = str(caught.value)
    assert "\n" not in message
    assert isinstance(caught.value, SourceError)
    return message


def test_fetch_returns_body_headers_and_final_url(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/feed.xml", "feeds/rss2.xml", "application/rss+xml; charset=utf-8",
                      **{"Last-Modified": "Thu, 09 Dec 2021 18:05:00 GMT"})
    server.routes["/feed.xml"].etag = '"v1"'

    result = fetcher.get(url)

    assert result.status == 200
    assert result.url == url
    assert result.body == (DATA / "feeds" / "rss2.xml").read_bytes()
    assert result.media_type == "application/rss+xml"
    assert result.charset == "utf-8"
    assert result.etag == '"v1"'
    assert result.last_modified == "Thu, 09 Dec 2021 18:05:00 GMT"
    assert not result.not_modified
    assert server.seen[0].headers["User-Agent"] == LOOPBACK_POLICY.user_agent


def test_conditional_get_reports_not_modified(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/feed.xml", "feeds/rss2.xml", "application/rss+xml")
    server.routes["/feed.xml"].etag = '"v1"'

    result = fetcher.get(url, etag='"v1"', last_modified="Thu, 09 Dec 2021 18:05:00 GMT")

    assert result.not_modified and result.status == 304 and result.body == b""
    assert server.seen[0].headers["If-None-Match"] == '"v1"'
    assert server.seen[0].headers["If-Modified-Since"] == "Thu, 09 Dec 2021 18:05:00 GMT"


@pytest.mark.parametrize("status", [404, 500])
def test_error_status_names_url_and_code(server: FixtureServer, fetcher: Fetcher, status: int) -> None:
    server.routes["/broken"] = Route(status=status, body=b"error page")
    url = server.url("/broken")

    message = _fetch_error(fetcher, url)

    assert message.startswith(f"{url}: HTTP {status}")


def test_slow_response_times_out_within_the_limit(server: FixtureServer) -> None:
    server.routes["/slow"] = Route(delay=5, body=b"too late")
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"timeout_seconds": 0.5})) as fetcher:
        started = time.monotonic()
        message = _fetch_error(fetcher, server.url("/slow"))
    assert message.endswith("timed out after 0.5 s")
    assert time.monotonic() - started < 2


def test_slowly_dripping_body_hits_the_total_deadline(server: FixtureServer) -> None:
    def drip() -> Iterator[bytes]:
        for _ in range(100):  # 100 x 0.1 s: every read is quick, the whole is not
            yield b"<rss>" * 10
            time.sleep(0.1)

    server.routes["/drip"] = Route(body=drip, headers={"Content-Type": "text/xml"}, content_length=False)
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"timeout_seconds": 0.6})) as fetcher:
        started = time.monotonic()
        message = _fetch_error(fetcher, server.url("/drip"))
    assert "timed out after 0.6 s" in message
    assert time.monotonic() - started < 2


def test_declared_oversized_body_is_refused_up_front(server: FixtureServer) -> None:
    server.routes["/big"] = Route(body=b"x" * 5000, headers={"Content-Type": "text/html"})
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"max_bytes": 1000})) as fetcher:
        message = _fetch_error(fetcher, server.url("/big"))
    assert message == f"{server.url('/big')}: response larger than 1000 bytes"


def test_endless_body_without_length_is_cut_at_the_limit(server: FixtureServer) -> None:
    def endless() -> Iterator[bytes]:
        while True:
            yield b"<p>more</p>" * 1000

    server.routes["/endless"] = Route(body=endless, content_length=False)
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"max_bytes": 100_000})) as fetcher:
        started = time.monotonic()
        message = _fetch_error(fetcher, server.url("/endless"))
    assert message.endswith("response larger than 100000 bytes")
    assert time.monotonic() - started < 2


def test_compression_bomb_is_refused_without_inflating_it(server: FixtureServer) -> None:
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 KB on the wire, 200 MB inflated
    server.routes["/bomb"] = Route(body=bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(LOOPBACK_POLICY) as fetcher:
        tracemalloc.start()
        try:
            message = _fetch_error(fetcher, server.url("/bomb"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert message.endswith(f"response larger than {LOOPBACK_POLICY.max_bytes} bytes")
    assert peak < 3 * LOOPBACK_POLICY.max_bytes


def test_gzip_body_is_decoded(server: FixtureServer, fetcher: Fetcher) -> None:
    original = (DATA / "feeds" / "atom.xml").read_bytes()
    server.routes["/atom"] = Route(body=gzip.compress(original), headers={"Content-Encoding": "gzip"})
    assert fetcher.get(server.url("/atom")).body == original
    assert server.seen[0].headers["Accept-Encoding"] == "gzip, deflate"


def test_redirects_are_followed_to_the_final_url(server: FixtureServer, fetcher: Fetcher) -> None:
    final = server.file("/feeds/latest.xml", "feeds/rss2.xml", "application/rss+xml")
    server.redirect("/old-feed", "/moved", status=301)
    server.redirect("/moved", final, status=307)

    result = fetcher.get(server.url("/old-feed"))

    assert result.url == final
    assert [seen.path for seen in server.seen] == ["/old-feed", "/moved", "/feeds/latest.xml"]


def test_too_many_redirects(server: FixtureServer) -> None:
    server.redirect("/loop", "/loop")
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"max_redirects": 3})) as fetcher:
        message = _fetch_error(fetcher, server.url("/loop"))
    assert message == f"{server.url('/loop')}: too many redirects (more than 3)"
    assert len(server.seen) == 4


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.20.30.40/feed", "10.20.30.40 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://[::1]/feed", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/feed", "::ffff:127.0.0.1 is a loopback address (IPv4-mapped 127.0.0.1)"),
        ("http://localhost/feed", "127.0.0.1 is a loopback address"),
    ],
)
def test_default_policy_refuses_private_addresses(url: str, reason: str) -> None:
    with Fetcher(FetchPolicy(), resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        assert _fetch_error(fetcher, url) == f"{url}: refused: {reason}"


def test_default_policy_refuses_the_local_test_server(server: FixtureServer) -> None:
    server.file("/feed.xml", "feeds/rss2.xml", "application/rss+xml")
    with Fetcher() as fetcher:
        message = _fetch_error(fetcher, server.url("/feed.xml"))
    assert message.endswith("refused: 127.0.0.1 is a loopback address")
    assert server.seen == []  # refused before connecting


def test_non_http_schemes_are_refused(fetcher: Fetcher) -> None:
    assert "only http and https" in _fetch_error(fetcher, "file:///etc/passwd")


def test_redirect_to_a_private_address_is_refused(server: FixtureServer) -> None:
    url = server.redirect("/feed", "http://169.254.169.254/latest/meta-data/iam")
    with Fetcher(LOOPBACK_POLICY.model_copy(update={"allow_private": ("127.0.0.1/32",)})) as fetcher:
        message = _fetch_error(fetcher, url)
    assert message == (
        f"{url}: redirected to http://169.254.169.254/latest/meta-data/iam: "
        "refused: 169.254.169.254 is a link-local address"
    )


def test_redirect_to_a_name_resolving_privately_is_refused(server: FixtureServer) -> None:
    names = {"news.example": ["127.0.0.1"], "intranet.example": ["10.1.2.3"]}
    server.redirect("/feed", f"http://intranet.example:{server.port}/admin")
    policy = LOOPBACK_POLICY.model_copy(update={"allow_private": ("127.0.0.1/32",)})
    with Fetcher(policy, resolver=lambda host, port: names[host]) as fetcher:
        message = _fetch_error(fetcher, server.url("/feed", host="news.example"))
    assert message.endswith("refused: 10.1.2.3 is a private address")
    assert [seen.path for seen in server.seen] == ["/feed"]


def test_any_private_answer_refuses_the_host(server: FixtureServer) -> None:
    with Fetcher(FetchPolicy(), resolver=lambda host, port: ["93.184.216.34", "127.0.0.1"]) as fetcher:
        assert _fetch_error(fetcher, "http://rebind.example/").endswith("127.0.0.1 is a loopback address")


def test_connects_to_the_checked_address_with_the_original_host(server: FixtureServer) -> None:
    server.file("/feed.xml", "feeds/rss2.xml", "application/rss+xml")
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    with Fetcher(LOOPBACK_POLICY, resolver=resolver) as fetcher:
        result = fetcher.get(server.url("/feed.xml", host="news.example"))

    assert result.url == server.url("/feed.xml", host="news.example")
    assert server.seen[0].headers["Host"] == f"news.example:{server.port}"
    assert lookups == ["news.example"]  # one lookup, and httpx never looked the name up again


def _trusting_test_ca() -> httpx.HTTPTransport:
    return httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(DATA / "tls" / "ca.pem")))


def test_https_verifies_the_certificate_for_the_name_not_the_ip(tls_server: FixtureServer) -> None:
    tls_server.file("/feed.xml", "feeds/atom.xml", "application/atom+xml")
    with Fetcher(LOOPBACK_POLICY, _trusting_test_ca(), resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        result = fetcher.get(tls_server.url("/feed.xml", host="news.example"))
    assert result.body == (DATA / "feeds" / "atom.xml").read_bytes()
    assert tls_server.seen[0].headers["Host"] == f"news.example:{tls_server.port}"


def test_https_refuses_a_certificate_for_another_name(tls_server: FixtureServer) -> None:
    tls_server.file("/feed.xml", "feeds/atom.xml", "application/atom+xml")
    with Fetcher(LOOPBACK_POLICY, _trusting_test_ca(), resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        message = _fetch_error(fetcher, tls_server.url("/feed.xml", host="impostor.example"))
    assert "cannot connect to impostor.example" in message
    assert "certificate" in message.lower()
    assert tls_server.seen == []
