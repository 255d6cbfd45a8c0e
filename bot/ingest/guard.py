"""Which addresses the fetcher may connect to (the SSRF guard), and how host names are resolved.

Feeds and pages are configured by users and followed through redirects chosen by remote servers, so a
URL must never reach the bot's own host, its private network or a cloud metadata endpoint. Every address
a name resolves to is checked, including IPv4 addresses hidden inside IPv6 forms (mapped, 6to4, NAT64,
IPv4-compatible), unless an operator allowed its network explicitly.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]
"""Maps (host, port) to IP address strings; injectable so tests can point names anywhere."""

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses of `host` from the operating system, in its order of preference, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def parse_networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings to networks; raises ValueError naming a bad entry."""
    networks: list[IPNetwork] = []
    for cidr in cidrs:
        try:
            networks.append(ipaddress.ip_network(cidr.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"not a CIDR network: {cidr!r}") from exc
    return tuple(networks)


def _embedded_ipv4(ip: IPAddress) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address a packet to this IPv6 address really reaches, with the name of the form."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", ip.ipv4_mapped
    if ip.sixtofour is not None:
        return "6to4", ip.sixtofour
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ("NAT64" if ip in _NAT64 else "IPv4-compatible"), ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _category(ip: IPAddress) -> str | None:
    """Why this address is not a public internet host, most specific reason first."""
    checks = (
        (ip.is_loopback, "a loopback"),
        (ip.is_unspecified, "an unspecified"),
        (ip.is_link_local, "a link-local"),
        (ip.is_multicast, "a multicast"),
        (ip.is_private, "a private"),
        (ip.is_reserved, "a reserved"),
        (not ip.is_global, "a non-public"),
    )
    return next((label for failed, label in checks if failed), None)


def refusal(ip: IPAddress, allowed: Sequence[IPNetwork] = ()) -> str | None:
    """A human reason to refuse connecting to `ip`, or None if it is a public address or allowed."""
    embedded = _embedded_ipv4(ip)
    candidates = [ip] if embedded is None else [ip, embedded[1]]
    if any(candidate in network for candidate in candidates for network in allowed):
        return None
    if embedded is not None:
        # The IPv6 wrapper only carries the packet; the IPv4 host inside decides (public NAT64 is fine).
        form, inner = embedded
        label = _category(inner)
        shown = f"::ffff:{inner}" if form == "IPv4-mapped" else str(ip)
        return None if label is None else f"{shown} is {label} address ({form} {inner})"
    label = _category(ip)
    return None if label is None else f"{ip} is {label} address"
