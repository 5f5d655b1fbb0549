"""The blind English set (tests/blind_en.py) end to end: six public-sector sites on a
host-routed server and eight hostile raw servers (in a thread of their own, as another
process would be), scanned at depths full and home with a fixed clock and
millisecond-scale timeouts; every verdict against the README-mapped truth, and the
scan's wall time bounded by timeout x attempts."""

from __future__ import annotations

import asyncio
import gzip
import random
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_en
from tests.conftest import farm_mapping

NOW = datetime(2025, 11, 20, 4, 0, tzinfo=UTC)  # 12:00 in Asia/Shanghai
TIMEOUT = 1.0  # a 12-hop redirect chain must end as redirect_loop, not timeout, on a busy machine
RETRIES = 1


@pytest.fixture
def hostile_ports() -> Iterator[dict[str, int]]:
    """The raw servers of blind_en.HOSTILE on a loop in another thread: name -> port."""
    loop = asyncio.new_event_loop()
    servers: dict[str, asyncio.Server] = {}
    ready = threading.Event()

    async def start() -> None:
        for name, handler in blind_en.HOSTILE.items():
            servers[name] = await asyncio.start_server(handler, "127.0.0.1", 0)
        ready.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield {name: int(s.sockets[0].getsockname()[1]) for name, s in servers.items()}
    finally:

        async def stop() -> None:
            for server in servers.values():
                server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


async def _scan(
    tmp_path: Path, hostile_ports: dict[str, int], depth: str
) -> tuple[dict[str, dict[str, Any]], float]:
    pages = blind_en.sites()

    async def handler(request: web.Request) -> web.Response:
        page = pages.get(request.host.split(":")[0], {}).get(request.path)
        if page is None:
            return web.Response(status=404, text="<h1>Page not found</h1>", content_type="text/html")
        return web.Response(text=page, content_type="text/html")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    resolve = {host: f"127.0.0.1:{port}" for host in pages}
    for name, hport in hostile_ports.items():
        resolve[f"{name}.hostile.example"] = f"127.0.0.1:{hport}"
    resolve["*.redir.example"] = f"127.0.0.1:{hostile_ports['redirects']}"
    mapping = farm_mapping(
        port,
        tmp_path,
        crawler={"timeout": TIMEOUT, "retries": RETRIES, "max_page_bytes": 1_000_000},
        network={"resolve": resolve},
        storage={"path": str(tmp_path / f"{depth}.db")},
    )
    config = config_from_mapping(mapping, tmp_path / "blind.toml")
    sites = [Site(f"http://{host}/", name=host, group="blind") for host in pages]
    sites += [Site(f"http://{n}.hostile.example/", name=n, group="hostile") for n in blind_en.HOSTILE]
    started = time.monotonic()
    try:
        outcome = await run_scan(config, sites, depth=depth, clock=lambda: NOW)
    finally:
        await runner.cleanup()
    wall = time.monotonic() - started
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    return records, wall


def _check(name: str, record: dict[str, Any], truth: dict[str, object]) -> list[str]:
    codes = {f["code"] for f in record["findings"]}
    wrong = []
    if record["status"] != truth["status"] or record["passed"] != truth["passed"]:
        wrong.append(f"{name}: {record['status']}/{record['passed']}, truth {truth['status']}/{truth['passed']}")
    missing = set(truth["has"]) - codes  # type: ignore[call-overload]
    extra = set(truth.get("not", ())) & codes  # type: ignore[call-overload]
    if missing or extra:
        wrong.append(f"{name}: findings {sorted(codes)}, missing {sorted(missing)}, unwanted {sorted(extra)}")
    if "error_kind" in truth and record["error_kind"] != truth["error_kind"]:
        wrong.append(f"{name}: error_kind {record['error_kind']}, truth {truth['error_kind']}")
    return wrong


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_english_sites_and_hostile_servers(
    tmp_path: Path, hostile_ports: dict[str, int], depth: str
) -> None:
    records, wall = await _scan(tmp_path, hostile_ports, depth)
    wrong: list[str] = []
    for host, truths in blind_en.MAPPED.items():
        wrong += _check(host, records[host], truths[depth])
    for name, truth in blind_en.HOSTILE_MAPPED.items():
        wrong += _check(name, records[name], truth)
        # No site takes more than its timeout per attempt (a stall, a 30 s trickle).
        assert records[name]["response_ms"] <= TIMEOUT * 1000 + 500, (name, records[name]["response_ms"])
    assert not wrong, "\n".join(wrong)
    # The whole scan: the slowest site's attempts and backoff, not a trickle's 30 s.
    assert wall < TIMEOUT * (RETRIES + 1) + 4, wall


def test_an_empty_box_whose_more_link_sits_beside_its_message_is_a_column() -> None:
    """<section><h2>Careers</h2><div><p>There are no current job opportunities.</p></div>
    <a>View all</a></section>: the box's heading is its <h2>, not its whole text (which
    named the column "Bids and Tenders No open bids at this time.", or, longer, lost it)."""
    page = blind_en.sites()[blind_en.CA2_HOST]["/"].encode()
    obs = observe(page, "utf-8", f"http://{blind_en.CA2_HOST}/", "text/html", now=date(2025, 11, 20))
    empty = {c.name: c.type for c in obs.columns if c.items == 0}
    assert empty == {
        "Public Notices": "notice",
        "Careers": "personnel",
        "Bids and Tenders": "notice",
        "Have Your Say": "interaction",
        "Council Agendas and Minutes": "other",
        "By-law Updates": "news",
    }


@pytest.mark.parametrize(
    "text",
    [
        "There are currently no public notices.",
        "There are no current job opportunities. Please check back later.",
        "No open bids at this time.",
        "No meetings found.",
        "Nothing to display",
    ],
)
def test_english_list_pages_saying_they_list_nothing(text: str) -> None:
    assert build_lexicon().find_empty(text) is not None


def test_binary_bytes_sent_as_html_are_no_web_page() -> None:
    """A compressed body without its Content-Encoding, or a file sent for the page:
    browsers show garbage, not the site (before: a healthy, undated homepage)."""
    body = random.Random(5).randbytes(65536)
    obs = observe(body, "", "http://binary.example/", "text/html", now=date(2025, 11, 20))
    assert obs.signals.placeholder and "not a web page" in obs.signals.placeholder[0].snippet
    page = blind_en.sites()[blind_en.US_HOST]["/"].encode()
    obs = observe(gzip.compress(page), "", "http://gz.example/", "text/html; charset=utf-8")
    assert obs.signals.placeholder


def test_utf16_and_ordinary_pages_are_not_binary() -> None:
    page = blind_en.sites()[blind_en.US_HOST]["/"]
    for body, charset in (
        (page.encode("utf-16-le"), "utf-16"),
        (page.encode("utf-16"), ""),
        (page.encode("utf-8").replace(b"<main", b"\x00\x1a<main", 1), "utf-8"),
    ):
        obs = observe(body, charset, "http://ok.example/", "text/html", now=date(2025, 11, 20))
        assert not obs.signals.placeholder, charset
        assert obs.title.startswith("Marlow County")
