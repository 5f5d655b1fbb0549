"""Host-to-address override for aiohttp, like curl's --resolve.

`[network] resolve = { "www.example.gov" = "10.0.0.5", "*.farm.test" = "127.0.0.1:8080" }`
sends those hosts' connections to the given address (and port, when given)
without asking DNS. The Host header, TLS SNI and certificate checks still use the
original name. Names no pattern covers go to DNS, or fail as DNS errors when
`system_dns = false`.

DNS goes through c-ares (aiodns), not the system's getaddrinfo: aiohttp's default
resolver runs getaddrinfo in the default thread pool (6 threads on a 2-core machine),
so a census scan could never have more than 6 lookups in flight per process, and a
lame delegation keeps its thread blocked for its resolver timeouts (often 10-30 s)
after our visit has given up. c-ares keeps thousands of queries in flight on the
event loop and cancels them cleanly. It reads /etc/resolv.conf and /etc/hosts
(not nsswitch.conf); `[network] nameservers` points it at other servers.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import AsyncResolver, ThreadedResolver

from crawler.domains import ascii_host, is_no_destination


@dataclass(frozen=True)
class Target:
    address: str
    port: int | None

    @property
    def family(self) -> socket.AddressFamily:
        return socket.AF_INET6 if ":" in self.address else socket.AF_INET


def parse_target(text: str) -> Target:
    """Parse "address", "address:port", "[v6]" or "[v6]:port"."""
    text = text.strip()
    port: int | None = None
    if text.startswith("["):
        address, _, rest = text[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"{text!r} is not address[:port]")
            port = _port(rest[1:], text)
    elif text.count(":") == 1:
        address, port_text = text.split(":")
        port = _port(port_text, text)
    else:
        address = text
    try:
        ipaddress.ip_address(address)
    except ValueError:
        raise ValueError(f"{text!r}: {address!r} is not an IP address") from None
    return Target(address, port)


def resolve_pattern(pattern: str) -> str:
    """A `[network] resolve` pattern as hosts are matched against it: a Unicode name
    (北京市人民政府.政务, *.政务) in its IDNA form, as the request's host is, lower case."""
    pattern = pattern.strip()
    wildcard = "*." if pattern.startswith("*.") else ""
    name = pattern.removeprefix(wildcard)
    return wildcard + ascii_host(name)


def _port(text: str, whole: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"{whole!r}: bad port {text!r}")
    return int(text)


class HostMap:
    """Pattern lookup: exact host, then the longest matching "*.suffix", then "*"."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._exact: dict[str, Target] = {}
        self._suffixes: list[tuple[str, Target]] = []
        self._any: Target | None = None
        for pattern, target_text in mapping.items():
            target = parse_target(target_text)
            pattern = resolve_pattern(pattern)
            if pattern == "*":
                self._any = target
            elif pattern.startswith("*."):
                self._suffixes.append((pattern[1:], target))
            else:
                self._exact[pattern] = target
        self._suffixes.sort(key=lambda item: len(item[0]), reverse=True)

    def __bool__(self) -> bool:
        return bool(self._exact or self._suffixes or self._any)

    def lookup(self, host: str) -> Target | None:
        host = ascii_host(host)
        if host in self._exact:
            return self._exact[host]
        for suffix, target in self._suffixes:
            if host.endswith(suffix):
                return target
        return self._any


class StaticResolver(AbstractResolver):
    """aiohttp resolver that answers from a HostMap before (or instead of) DNS."""

    def __init__(
        self, host_map: HostMap, system_dns: bool = True, nameservers: Sequence[str] = ()
    ) -> None:
        self._map = host_map
        self._system_dns = system_dns
        self._nameservers = [_cares_server(text) for text in nameservers]
        # Made on the first name the map does not cover: a farm or a fully mapped list
        # never loads c-ares (a few MB in each scan process).
        self._dns: AbstractResolver | None = None
        # DNS answers for `_DNS_TTL` seconds: the fetcher's `per_address` gate and the
        # connector both ask for a host's address; DNS is asked once.
        self._answers: dict[tuple[str, int, int], tuple[float, list[ResolveResult]]] = {}

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        target = self._map.lookup(host)
        if target is not None:
            if is_no_destination(target.address):
                raise _sinkhole(host, target.address)
            return [
                {
                    "hostname": host,
                    "host": target.address,
                    "port": target.port if target.port is not None else port,
                    "family": target.family,
                    "proto": 0,
                    "flags": socket.AI_NUMERICHOST,
                }
            ]
        if not self._system_dns:
            raise OSError(socket.EAI_NONAME, f"{host}: not in [network] resolve (system_dns off)")
        key = (host, port, family)
        cached = self._answers.get(key)
        now = time.monotonic()
        if cached is not None and cached[0] > now:
            return cached[1]
        if self._dns is None:
            self._dns = dns_resolver(self._nameservers)
        answer = await self._dns.resolve(host, port, family)
        usable = [entry for entry in answer if not is_no_destination(entry["host"])]
        if not usable:
            raise _sinkhole(host, answer[0]["host"] if answer else "nothing")
        answer = usable
        if len(self._answers) >= _MAX_ANSWERS:
            self._answers.clear()
        self._answers[key] = (now + _DNS_TTL, answer)
        return answer

    async def close(self) -> None:
        if self._dns is not None:
            await self._dns.close()


def _sinkhole(host: str, address: str) -> OSError:
    """A name whose only answer is no address to send to (0.0.0.0: a DNS sinkhole's
    answer for a blocked name) does not resolve: never fetched, as browsers refuse it."""
    reason = f"{host} resolves to {address}, which is no destination (a sinkhole)"
    return OSError(socket.EAI_NONAME, reason)


_DNS_TTL = 300.0
_MAX_ANSWERS = 200_000


def dns_resolver(nameservers: Sequence[str] = ()) -> AbstractResolver:
    """c-ares through aiohttp's AsyncResolver; getaddrinfo in threads without aiodns."""
    try:
        import aiodns  # noqa: F401  (AsyncResolver's engine)
    except ImportError:  # still works, with fewer lookups at once
        if nameservers:
            raise RuntimeError("[network] nameservers needs aiodns (pip install aiodns)") from None
        return ThreadedResolver()
    if nameservers:
        return AsyncResolver(nameservers=list(nameservers))
    return AsyncResolver()


def _cares_server(text: str) -> str:
    """ "address[:port]" as c-ares wants it ("[v6]:port" for IPv6 with a port)."""
    target = parse_target(text)
    if target.port is None:
        return target.address
    if target.family == socket.AF_INET6:
        return f"[{target.address}]:{target.port}"
    return f"{target.address}:{target.port}"
