"""Lookups per second through the crawler's DNS path, against a DNS server on loopback.

A DNS server (tests/dnsserver.py, in its own process so its CPU is not counted)
answers every name after `--delay` ms, as a recursive resolver does for names it
has not cached. The client resolves `--names` distinct names with `--concurrency`
lookups at once, through c-ares (`crawler.resolver.dns_resolver`, what a scan uses
for names `[network] resolve` does not cover) or through aiohttp's ThreadedResolver
(getaddrinfo in the default thread pool, what a scan used before).

The threaded resolver reads /etc/resolv.conf, so the script must run where that file
names the server: as root, in private network and mount namespaces:

    unshare -n -m sh -c 'ip link set lo up && ip addr add 10.9.9.9/32 dev lo &&
                         python bench/bench_dns.py'

(it binds port 53 on 127.0.0.1 and bind-mounts its own resolv.conf over
/etc/resolv.conf, inside the namespace only; the extra address is there because
aiohttp asks getaddrinfo for AI_ADDRCONFIG, which finds no IPv4 on a loopback-only
host and fails every name). Without root it measures c-ares alone
against an unprivileged port.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp.resolver import ThreadedResolver

from crawler.resolver import dns_resolver
from tests.dnsserver import dns_server


def serve(port_out: multiprocessing.connection.Connection, delay: float, port: int) -> None:
    async def main() -> None:
        async with dns_server(delay=delay, port=port) as (_, address):
            port_out.send(address)
            await asyncio.Event().wait()

    asyncio.run(main())


async def resolve_all(
    resolver_name: str, names: list[str], concurrency: int, server: str
) -> tuple[float, float, int]:
    resolver = ThreadedResolver() if resolver_name == "threaded" else dns_resolver([server])
    gate = asyncio.Semaphore(concurrency)
    failures = 0

    async def one(name: str) -> None:
        nonlocal failures
        async with gate:
            try:
                await resolver.resolve(name, 80, socket.AF_INET)
            except OSError as exc:
                failures += 1
                if failures == 1:
                    print(f"  first failure: {exc!r}")

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(one(n) for n in names))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await resolver.close()
    return wall, cpu, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--delay", type=float, default=50.0, help="ms before each answer")
    args = parser.parse_args()

    privileged = os.geteuid() == 0
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(
        target=serve, args=(send, args.delay / 1000, 53 if privileged else 0), daemon=True
    )
    server.start()
    address = receive.recv()
    resolvers = ["cares"]
    if privileged:
        conf = Path(tempfile.mkdtemp()) / "resolv.conf"
        conf.write_text("nameserver 127.0.0.1\noptions timeout:2 attempts:1\n")
        mounted = subprocess.run(["mount", "--bind", str(conf), "/etc/resolv.conf"]).returncode == 0
        if mounted:
            resolvers.append("threaded")
    print(f"{args.names} names, {args.concurrency} at once, server answers after {args.delay:g} ms")
    for name in resolvers:
        names = [f"site{i}.{name}.bench.test" for i in range(args.names)]
        wall, cpu, failures = asyncio.run(resolve_all(name, names, args.concurrency, address))
        print(
            f"  {name:9} {args.names / wall:8.0f} lookups/s  {wall:6.2f} s  "
            f"{cpu / args.names * 1000:.3f} CPU ms/lookup  failures {failures}"
        )
    server.terminate()


if __name__ == "__main__":
    main()
