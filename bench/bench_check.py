"""CPU time of one site at `--depth full` (or `--depth home`) without the network:
`check_site` over the farm's pages from memory, then what a shard and the scan's
process do with its result.

An in-memory fetcher serves bench_scan.py's homepage variants and column list pages
(no link checks: `max_links_per_site = 0`, as issue 3's scan). Timed with
`time.process_time` (CPU, not wall): `check_site` (7 pages parsed, judged, summarised),
pickling the results in batches of 16 (what a shard sends), unpickling them (the
scan's process) and `ResultStore.write_batch` (batches of 100, a new database).
Usage: python bench/bench_check.py [--sites 200] [--depth home|full] [--profile]
       BENCH_CRAWLER=<a checkout> python bench/bench_check.py   # time another crawler
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import os
import pickle
import pstats
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("BENCH_CRAWLER") or str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scan import COLUMNS, VARIANTS, make_list_page, make_page  # noqa: E402

from crawler.check import check_site  # noqa: E402
from crawler.config import config_from_mapping  # noqa: E402
from crawler.models import FetchRecord, Site, SiteResult  # noqa: E402
from crawler.scan import Parser  # noqa: E402
from crawler.storage import ResultStore, open_database  # noqa: E402

HOMES = [make_page(v)[0] for v in range(VARIANTS)]
LISTS = [make_list_page(i) for i in range(len(COLUMNS))]
_COLUMN = re.compile(r"/col/col(\d+)/")


class MemoryFetcher:
    """The farm's answers (nginx's routing in bench_scan.py), from memory."""

    async def fetch(self, url: str, settings: Any = None, **_: Any) -> FetchRecord:
        column = _COLUMN.search(url)
        if column:
            body = LISTS[int(column.group(1))]
        else:
            body = HOMES[int(url.split("//s", 1)[1].split(".", 1)[0]) % VARIANTS]
        return FetchRecord(
            url=url,
            final_url=url,
            http_status=200,
            response_ms=3,
            body_bytes=len(body),
            content_type="text/html",
            body=body,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sites", type=int, default=200)
    ap.add_argument("--depth", choices=("home", "full"), default="full")
    ap.add_argument("--profile", action="store_true", help="cProfile check_site, top 30")
    args = ap.parse_args()
    config = config_from_mapping(
        {"crawler": {"max_links_per_site": 0, "respect_robots": False, "retries": 0}}
    )
    sites = [
        Site(f"http://s{i:05d}.bench.test/", f"站点{i}", f"region-{i % 16:02d}")
        for i in range(args.sites)
    ]
    parser, fetcher = Parser(0, 0), MemoryFetcher()

    async def check_all() -> list[SiteResult]:
        return [
            await check_site(
                site,
                config,
                fetcher,  # type: ignore[arg-type]
                parser,
                lambda: datetime.now(UTC),
                depth=args.depth,
            )
            for site in sites
        ]

    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)  # as a shard does (scan._tune_gc)
    asyncio.run(check_all())  # warm-up: lexicon, patterns, caches
    n = len(sites)

    start = time.process_time()
    results = asyncio.run(check_all())
    checked = time.process_time() - start
    start = time.process_time()
    blobs = [pickle.dumps(list(enumerate(results[k : k + 16]))) for k in range(0, n, 16)]
    pickled = time.process_time() - start
    start = time.process_time()
    for blob in blobs:
        pickle.loads(blob)
    unpickled = time.process_time() - start
    with tempfile.TemporaryDirectory(prefix="bench_check_") as tmp:
        db = open_database(Path(tmp) / "bench.db")
        store = ResultStore(db)
        store.register_sites(sites, datetime.now(UTC))
        scan_id = store.start_scan(datetime.now(UTC), args.depth, n, "", "")
        start = time.process_time()
        for k in range(0, n, 100):
            store.write_batch(scan_id, results[k : k + 100])
        written = time.process_time() - start
        db.conn.close()
    size = sum(map(len, blobs)) / n
    print(f"{n} sites, CPU ms per site:")
    pages = "7 pages" if args.depth == "full" else "homepage"
    print(f"  check_site ({pages}, no network) {1000 * checked / n:.2f}")
    print(f"  pickle results (shard)           {1000 * pickled / n:.2f} ({size / 1024:.1f} KB)")
    print(f"  unpickle results (scan process)  {1000 * unpickled / n:.2f}")
    print(f"  write_batch (scan process)       {1000 * written / n:.2f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        asyncio.run(check_all())
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
