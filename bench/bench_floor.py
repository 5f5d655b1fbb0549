"""The floor under `crawler scan`: what fetching and parsing alone cost on the bench farm.

Serves bench_scan.py's nginx farm and runs the same process layout as a scan (one
process per core, each with its own event loop and aiohttp session, the concurrency
shared out), fetching what a scan fetches but doing nothing else with the pages:

- `fetch`: GET, read the body (aiohttp, as the crawler's shards do).
- `parse`: the same, and parse each body with lexbor (selectolax), as `observe` does first.
- `anchors`: the same, and read every anchor's href and text (the least a link or
  column reader does).

At `--depth home` a site is its homepage (a new connection per site, as the sweep); at
`--depth full` it is its homepage and its 6 column list pages on one keep-alive
connection (as the full scan with `max_links_per_site = 0`). The figures are ceilings
for the scan on this machine: no analysis, judging or storage at all.
Usage: unshare -n sh -c 'ip link set lo up && python bench/bench_floor.py --sites 20000'
       ... python bench/bench_floor.py --sites 2000 --depth full
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scan import (
    VARIANTS,
    StaticResolver,
    ensure_nginx,
    free_port,
    machine,
    make_page,
    start_nginx,
    stop_nginx,
)

LEVELS = ("fetch", "parse", "anchors")
_MORE = re.compile(rb'class="more" href="(/col/col\d+/index\.html)"')


def column_paths() -> list[list[str]]:
    """Each homepage variant's column list pages, in page order, without repeats."""
    paths = []
    for v in range(VARIANTS):
        found = [m.decode() for m in _MORE.findall(make_page(v)[0])]
        paths.append(list(dict.fromkeys(found)))
    return paths


def variant_of(index: int) -> int:
    # nginx maps host sNNNNN to the variant given by its last two digits, modulo 50.
    return (index % 100) % VARIANTS


def work(level: str, body: bytes) -> int:
    if level == "fetch":
        return len(body)
    tree = LexborHTMLParser(body)
    if level == "parse":
        return 1 if tree.body is not None else 0
    count = 0
    for node in tree.css("a[href]"):
        href = node.attributes.get("href") or ""
        text = node.text(deep=True, separator="", strip=True)
        count += bool(href) + bool(text)
    return count


async def shard_loop(
    sites: list[tuple[str, list[str]]], port: int, concurrency: int, level: str, full: bool
) -> int:
    sem = asyncio.Semaphore(concurrency)
    pages = 0

    async def one(session: aiohttp.ClientSession, host: str, columns: list[str]) -> None:
        nonlocal pages
        async with sem:
            for path in ["/", *columns] if full else ["/"]:
                try:
                    async with session.get(f"http://{host}{path}") as resp:
                        body = await resp.read()
                except (TimeoutError, aiohttp.ClientError):
                    continue
                work(level, body)
                pages += 1

    connector = aiohttp.TCPConnector(
        limit=concurrency,
        limit_per_host=2,
        resolver=StaticResolver(port),
        **({"keepalive_timeout": 2.0} if full else {"force_close": True}),
    )
    timeout = aiohttp.ClientTimeout(total=15)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(one(session, host, cols) for host, cols in sites))
    return pages


def shard_main(
    sites: list[tuple[str, list[str]]], port: int, concurrency: int, level: str, full: bool
) -> None:
    os._exit(0 if asyncio.run(shard_loop(sites, port, concurrency, level, full)) else 1)


def run_level(
    sites: list[tuple[str, list[str]]], port: int, args: argparse.Namespace, level: str
) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds of the shard processes)."""
    shards = args.shards
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    procs = [
        ctx.Process(
            target=shard_main,
            args=(sites[k::shards], port, args.concurrency // shards, level, args.depth == "full"),
        )
        for k in range(shards)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sites", type=int, default=20000)
    ap.add_argument("--depth", choices=("home", "full"), default="home")
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--shards", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--levels", default=",".join(LEVELS), help="comma-separated subset")
    args = ap.parse_args()
    levels = [lv for lv in args.levels.split(",") if lv]
    if unknown := set(levels) - set(LEVELS):
        sys.exit(f"unknown level(s): {', '.join(sorted(unknown))}; choose from {LEVELS}")

    columns = column_paths()
    width = max(5, len(str(args.sites - 1)))
    sites = [(f"s{i:0{width}d}.bench.test", columns[variant_of(i)]) for i in range(args.sites)]
    pages_per_site = 1 if args.depth == "home" else 1 + sum(map(len, columns)) / len(columns)
    port = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="bench_floor_"))
    proc = start_nginx(ensure_nginx(), tmp / "nginx", port, 1)
    try:
        print(f"Machine: {machine()}; {args.shards} shard process(es), nginx 1 worker.")
        print(f"{args.sites:,} sites at depth {args.depth} ({pages_per_site:g} pages a site)\n")
        print("| level | sites/s | pages/s | shard CPU ms a site |")
        print("|---|---:|---:|---:|")
        for level in levels:
            wall, cpu = run_level(sites, port, args, level)
            print(
                f"| {level} | {args.sites / wall:,.0f} | {args.sites * pages_per_site / wall:,.0f}"
                f" | {1000 * cpu / args.sites:.2f} |",
                flush=True,
            )
    finally:
        stop_nginx(proc)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
