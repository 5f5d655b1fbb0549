"""`python -m crawler demo`: serve the bundled sample sites on 127.0.0.1 and scan them.

The sample sites are data (`crawler/data/demo/sites.toml` and its pages). They are
reached through `[network] resolve` with system DNS off, so the demo never leaves
this machine.
"""

from __future__ import annotations

import asyncio
import re
import socket
import sys
import tempfile
import threading
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import web

from crawler.config import Config, RuleSettings, config_from_mapping
from crawler.models import Site
from crawler.rules import local_day
from crawler.sites import SiteList

DEMO_DOMAIN = "demo.test"
_DAYS_AGO = re.compile(r"\{\{days_ago:(\d+)\}\}")


@dataclass(frozen=True)
class DemoSite:
    host: str
    name: str
    group: str
    page: str = ""
    encoding: str = "utf-8"
    status: int = 200
    delay: float = 0.0
    behaviour: str = ""
    pages: dict[str, str] = field(default_factory=dict)  # path -> page, over `page`


def load_demo_sites() -> list[DemoSite]:
    text = resources.files("crawler").joinpath("data/demo/sites.toml").read_text("utf-8")
    return [DemoSite(**table) for table in tomllib.loads(text)["site"]]


def render_page(name: str, today: date) -> str:
    template = resources.files("crawler").joinpath(f"data/demo/{name}").read_text("utf-8")
    return _DAYS_AGO.sub(lambda m: (today - timedelta(days=int(m.group(1)))).isoformat(), template)


def demo_app(sites: list[DemoSite], today: date) -> web.Application:
    by_host = {site.host: site for site in sites}

    async def handle(request: web.Request) -> web.StreamResponse:
        site = by_host.get((request.host or "").split(":")[0])
        if site is None:
            return web.Response(status=421, text="unknown demo site")
        if site.behaviour == "redirect_loop":
            raise web.HTTPFound("/b" if request.path == "/" else "/")
        if site.delay and request.path == "/":
            await asyncio.sleep(site.delay)  # a slow homepage; its other pages are quick
        page = site.pages.get(request.path, site.page)
        body = render_page(page, today).encode(site.encoding, "xmlcharrefreplace") if page else b""
        return web.Response(status=site.status, body=body, headers={"Content-Type": "text/html"})

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", handle)
    return app


def demo_config(port: int, closed_port: int, database: Path) -> Config:
    data: dict[str, Any] = {
        "crawler": {"timeout": 3, "retries": 1, "backoff": 0.1, "parse_workers": 0},
        "network": {
            "resolve": {
                "www.beishan.demo.test": f"127.0.0.1:{closed_port}",
                f"*.{DEMO_DOMAIN}": f"127.0.0.1:{port}",
            },
            "system_dns": False,
        },
        "storage": {"path": str(database)},
        "rules": {"slow_ms": 500},
    }
    return config_from_mapping(data)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_demo(database: Path | None, json_path: Path | None) -> int:
    from crawler.cli import execute_scan

    sites = load_demo_sites()
    site_list = SiteList(
        tuple(Site(f"http://{s.host}/", s.name, s.group, source="demo") for s in sites), ()
    )
    with tempfile.TemporaryDirectory(prefix="crawler-demo-") as folder:
        db_path = database.resolve() if database else Path(folder) / "demo.db"
        server = _DemoServer(sites)
        port = server.start()
        try:
            config = demo_config(port, _closed_port(), db_path)
            print(
                f"Serving {len(sites)} sample sites on 127.0.0.1:{port}; scanning them...\n",
                file=sys.stderr,
            )
            execute_scan(config, site_list, "full", False, False, json_path)
        finally:
            server.stop()
        if database:
            print(
                f"\nResults are in {db_path}; the report: python -m monitor report"
                f" --db {db_path} --format html --out reports/",
                file=sys.stderr,
            )
    return 0


class _DemoServer:
    """The demo farm in a background thread with its own event loop."""

    def __init__(self, sites: list[DemoSite]) -> None:
        self._sites = sites
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None

    def start(self) -> int:
        self._thread.start()
        return asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)

    async def _start(self) -> int:
        # "N days ago" on the sample pages counts from the day the rules count from.
        today = local_day(datetime.now(UTC), RuleSettings())
        self._runner = web.AppRunner(demo_app(self._sites, today), handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        return int(self._runner.addresses[0][1])

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
