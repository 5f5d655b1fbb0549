"""A tiny authoritative DNS server on 127.0.0.1 (UDP) for the resolver tests.

It answers A queries with 127.0.0.1 and AAAA queries with no records, after
`delay` seconds; names starting with "nx" get NXDOMAIN; names under one of
`silent` get no answer at all. It counts the queries it holds at once, so a test
can see how many lookups the crawler keeps in flight.
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

_A, _AAAA = 1, 28


class DnsServer(asyncio.DatagramProtocol):
    def __init__(self, delay: float = 0.0, silent: tuple[str, ...] = ()) -> None:
        self.delay = delay
        self.silent = silent
        self.queries: list[tuple[str, int]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | bytes, int]) -> None:
        parsed = _question(data)
        if parsed is None:
            return
        name, qtype, _ = parsed
        self.queries.append((name, qtype))
        if any(name == s or name.endswith("." + s) for s in self.silent):
            return
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        asyncio.get_running_loop().call_later(self.delay, self._answer, data, addr)

    def _answer(self, data: bytes, addr: tuple[str | bytes, int]) -> None:
        self.in_flight -= 1
        parsed = _question(data)
        if parsed is None or self.transport is None or self.transport.is_closing():
            return
        name, qtype, question = parsed
        query_id = struct.unpack("!H", data[:2])[0]
        if name.split(".")[0].startswith("nx"):
            header = struct.pack("!HHHHHH", query_id, 0x8183, 1, 0, 0, 0)  # NXDOMAIN
            self.transport.sendto(header + question, addr)
            return
        answers = b""
        if qtype == _A:  # a pointer to the question's name, then 127.0.0.1
            answers = b"\xc0\x0c" + struct.pack("!HHIH", _A, 1, 60, 4) + bytes((127, 0, 0, 1))
        header = struct.pack("!HHHHHH", query_id, 0x8180, 1, 1 if answers else 0, 0, 0)
        self.transport.sendto(header + question + answers, addr)


def _question(data: bytes) -> tuple[str, int, bytes] | None:
    """(name, type, the question section's bytes) of a query."""
    try:
        index, labels = 12, []
        while data[index]:
            length = data[index]
            labels.append(data[index + 1 : index + 1 + length].decode("ascii").lower())
            index += 1 + length
        qtype = struct.unpack("!H", data[index + 1 : index + 3])[0]
    except (IndexError, struct.error, UnicodeDecodeError):
        return None
    return ".".join(labels), qtype, data[12 : index + 5]


@asynccontextmanager
async def dns_server(
    delay: float = 0.0, silent: tuple[str, ...] = (), port: int = 0
) -> AsyncIterator[tuple[DnsServer, str]]:
    """Serve on 127.0.0.1; yields (server, "127.0.0.1:port")."""
    loop = asyncio.get_running_loop()
    transport, server = await loop.create_datagram_endpoint(
        lambda: DnsServer(delay, silent), local_addr=("127.0.0.1", port)
    )
    try:
        yield server, f"127.0.0.1:{transport.get_extra_info('sockname')[1]}"
    finally:
        transport.close()
