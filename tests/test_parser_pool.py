"""The parse pool survives a dead worker process."""

from __future__ import annotations

import os
import signal
from datetime import date

from crawler.lexicon import build_lexicon
from crawler.scan import Parser

TODAY = date(2026, 11, 25)
LEXICON = build_lexicon()

PAGE = "<html><head><title>县政府</title></head><body><a href='/a'>a</a></body></html>".encode()


async def test_parser_runs_in_worker_and_recovers_from_a_killed_worker() -> None:
    parser = Parser(workers=1, site_count=1000)
    try:
        first = await parser.observe(PAGE, "utf-8", "http://x.test/", "text/html", TODAY, LEXICON)
        assert first.title == "县政府" and first.links[0].url == "http://x.test/a"
        pool = parser._pool
        assert pool is not None
        worker_pids = list(pool._processes)  # type: ignore[attr-defined]
        assert worker_pids and all(pid != os.getpid() for pid in worker_pids)
        for pid in worker_pids:
            os.kill(pid, signal.SIGKILL)
        again = await parser.observe(PAGE, "utf-8", "http://x.test/", "text/html", TODAY, LEXICON)
        assert again.title == "县政府"
        assert parser._pool is not pool
    finally:
        parser.close()


async def test_small_scans_parse_inline() -> None:
    parser = Parser(workers=-1, site_count=3)
    assert parser._pool is None
    page = await parser.observe(PAGE, "", "http://x.test/", "text/html", TODAY, LEXICON)
    assert page.title == "县政府"
