"""Which addresses the fetcher refuses, and the policy that exempts networks."""

from __future__ import annotations

import ipaddress

import pytest
from pydantic import ValidationError

from bot.ingest.fetch import FetchPolicy
from bot.ingest.guard import parse_networks, refusal


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("127.8.9.10", "127.8.9.10 is a loopback address"),
        ("10.0.0.7", "10.0.0.7 is a private address"),
        ("172.16.4.1", "172.16.4.1 is a private address"),
        ("192.168.1.1", "192.168.1.1 is a private address"),
        ("169.254.169.254", "169.254.169.254 is a link-local address"),
        ("0.0.0.0", "0.0.0.0 is an unspecified address"),
        ("224.0.0.251", "224.0.0.251 is a multicast address"),
        ("240.0.0.1", "240.0.0.1 is a private address"),
        ("100.64.0.1", "100.64.0.1 is a non-public address"),
        ("::1", "::1 is a loopback address"),
        ("::", ":: is an unspecified address"),
        ("fe80::1", "fe80::1 is a link-local address"),
        ("fd12:3456::1", "fd12:3456::1 is a private address"),
        ("ff02::1", "ff02::1 is a multicast address"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1 is a loopback address (IPv4-mapped 127.0.0.1)"),
        (
            "::ffff:169.254.169.254",
            "::ffff:169.254.169.254 is a link-local address (IPv4-mapped 169.254.169.254)",
        ),
        ("2002:a00:1::1", "2002:a00:1::1 is a private address (6to4 10.0.0.1)"),
        ("2002:7f00:1::", "2002:7f00:1:: is a loopback address (6to4 127.0.0.1)"),
        ("64:ff9b::a9fe:a9fe", "64:ff9b::a9fe:a9fe is a link-local address (NAT64 169.254.169.254)"),
        ("::7f00:1", "::7f00:1 is a loopback address (IPv4-compatible 127.0.0.1)"),
    ],
)
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == reason


PUBLIC = [
    "93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::",
]


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass_in_any_wrapping(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_allowed_networks_exempt_their_addresses_only() -> None:
    allowed = parse_networks(["127.0.0.0/8", "10.1.0.0/16"])
    assert refusal(ipaddress.ip_address("127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("::ffff:127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("10.1.200.3"), allowed) is None
    assert refusal(ipaddress.ip_address("10.2.0.1"), allowed) == "10.2.0.1 is a private address"
    assert refusal(ipaddress.ip_address("::1"), allowed) == "::1 is a loopback address"


def test_policy_defaults_and_validation() -> None:
    policy = FetchPolicy()
    assert (policy.timeout_seconds, policy.max_bytes, policy.max_redirects) == (10, 5_000_000, 5)
    assert policy.user_agent == "briefbot/0.1 (+https://github.com/briefbot/briefbot)"
    assert policy.allow_private == ()
    assert FetchPolicy.model_validate({"allow_private": ["127.0.0.1/8"]}).allow_private == ("127.0.0.0/8",)
    with pytest.raises(ValidationError, match="not a CIDR network"):
        FetchPolicy(allow_private=("localhost",))
    with pytest.raises(ValidationError):
        FetchPolicy(timeout_seconds=0)
    with pytest.raises(ValidationError):
        policy.max_bytes = 1  # type: ignore[misc]  # frozen: settings cannot be changed behind the fetcher's back
