"""The homepage sweep against the full scan, over the blind and realistic test sites
that tests/test_depth_consistency.py does not scan.

Each module's sites are served on the farm as their own tests serve them and scanned
at both depths (each in a database of its own, with the module's fixed clock). On
what the sweep can judge from the homepage the two must agree (README, "What the
sweep can and cannot judge"):

* the homepage's hijack and dead-page findings, and with them a status of
  `hijacked`, `unreachable` or a dead page's `zombie`;
* the homepage's newest date: the sweep's `last_updated` against the newest item the
  full scan found on the homepage itself (its page summary, not its column pages);
* with the same date, the same `homepage_stale`; a full scan's `abandoned` that the
  homepage alone already shows.

Divergences that are documented limits of the sweep are strict xfails naming the
README's row.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.conftest import farm_mapping
from tests.farm import Farm

# Homepage findings both depths read off the same page (`slow` is the farm's timing).
INTEGRITY = frozenset(
    {
        "unreachable",
        "http_error",
        "tls_error",
        "hidden_links",
        "spam_content",
        "offsite_redirect",
        "cloaking",
        "placeholder_page",
        "default_server_page",
        "parked_domain",
        "site_moved",
    }
)
HOMEPAGE_STATUSES = frozenset({"hijacked", "unreachable"})
DEAD_PAGE = frozenset({"placeholder_page", "default_server_page", "parked_domain"})
UNDATED_VERDICTS = DEAD_PAGE | {"unreachable"}


@dataclass(frozen=True)
class Estate:
    """One module's sites on the farm: its sites, config sections and clock."""

    sites: list[Site]
    now: datetime
    sections: dict[str, Any]


Setup = Callable[[Farm, int], Estate]


def _records(db_path: Path, scan_id: int) -> tuple[dict[str, dict[str, Any]], dict[str, date | None]]:
    """The scan's records by name, and the newest item each site's homepage showed."""
    db = open_database(db_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, scan_id)}
        newest: dict[str, date | None] = {}
        for name, summary in db.execute(
            "SELECT sites.name, pages.summary FROM pages JOIN sites ON sites.id = pages.site_id"
            " WHERE pages.url = sites.url"
        ):
            value = json.loads(summary).get("newest_item")
            newest[name] = date.fromisoformat(value) if value else None
        return records, newest
    finally:
        db.conn.close()


_cache: dict[str, dict[str, dict[str, Any]]] = {}


async def both_depths(module: str) -> dict[str, dict[str, Any]]:
    """{site: {"full": record, "home": record}} of the module's sites, each record with
    its homepage's newest item; scanned once per module (a farm and databases of its own)."""
    if module in _cache:
        return _cache[module]
    server = Farm()
    runner = web.AppRunner(server.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    listening = web.TCPSite(runner, "127.0.0.1", 0)
    await listening.start()
    port = runner.addresses[0][1]
    tmp = Path(tempfile.mkdtemp(prefix=f"depths_{module}_"))
    out: dict[str, dict[str, Any]] = {}
    try:
        estate = ESTATES[module](server, port)
        for depth in ("full", "home"):
            sections = {**estate.sections, "storage": {"path": str(tmp / f"{depth}.db")}}
            config = config_from_mapping(farm_mapping(port, tmp, **sections), tmp / "test.toml")
            outcome = await run_scan(config, estate.sites, depth=depth, clock=lambda: estate.now)
            records, newest = _records(config.database_path, outcome.scan_id)
            for name, record in records.items():
                record["homepage_newest"] = newest.get(name)
                out.setdefault(name, {})[depth] = record
    finally:
        await runner.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    _cache[module] = out
    return out


def divergences(full: Mapping[str, Any], sweep: Mapping[str, Any]) -> list[str]:
    """Where the sweep's homepage verdict differs from the full scan's."""
    full_codes = {f["code"] for f in full["findings"]}
    sweep_codes = {f["code"] for f in sweep["findings"]}
    out = []
    if full_codes & INTEGRITY != sweep_codes & INTEGRITY:
        out.append(f"integrity {sorted(full_codes & INTEGRITY)} vs {sorted(sweep_codes & INTEGRITY)}")
    statuses = {full["status"], sweep["status"]}
    dead = bool((full_codes | sweep_codes) & DEAD_PAGE)
    if full["status"] != sweep["status"] and (statuses & HOMEPAGE_STATUSES or dead):
        out.append(f"status {full['status']} vs {sweep['status']}")
    if full_codes & UNDATED_VERDICTS:
        return out  # a dead, blocked or unreachable homepage: its dates judge nothing
    home, seen = full["homepage_newest"], sweep["homepage_newest"]
    if seen != home:
        out.append(f"homepage newest: full {home}, sweep {seen}")
    elif home is not None and ("homepage_stale" in full_codes) != ("homepage_stale" in sweep_codes):
        out.append(f"homepage_stale: full {'homepage_stale' in full_codes}, sweep {'homepage_stale' in sweep_codes}")
    if "abandoned" in full_codes and "abandoned" not in sweep_codes and seen is not None:
        out.append("abandoned at full only")
    return out


# --------------------------------------------------------------------------- estates


def _blind_zh(server: Farm, port: int) -> Estate:
    from tests import blind_zh
    from tests.test_blind_zh import Pages

    sites = []
    for name, (start, pages) in blind_zh.build().items():
        server.sites[name] = Pages(pages)
        sites.append(Site(server.url(name, start), name=name, group="blind"))
    return Estate(sites, blind_zh.NOW, {"crawler": {"max_page_bytes": 5_000_000, "timeout": 3.0}})


def _blind_zh2(server: Farm, port: int) -> Estate:
    from tests import blind_zh2
    from tests.test_freshness_scan import PortalSite

    sites = []
    for name, build in blind_zh2.SITES.items():
        server.sites[name] = PortalSite(dict(build()))
        sites.append(Site(server.url(name), name=name, group="blind-zh2"))
    return Estate(sites, blind_zh2.NOW, {"crawler": {"max_page_bytes": 5_000_000}})


def _blind_en(server: Farm, port: int) -> Estate:
    from tests import blind_en
    from tests.test_blind_en import NOW, RETRIES, TIMEOUT
    from tests.test_blind_en2 import handler

    pages = blind_en.sites()
    for host, paths in pages.items():
        server.sites[host] = handler(paths)
    resolve = {host: f"127.0.0.1:{port}" for host in pages}
    sites = [Site(f"http://{host}/", name=host, group="blind") for host in pages]
    crawler = {"timeout": TIMEOUT, "retries": RETRIES, "max_page_bytes": 1_000_000}
    return Estate(sites, NOW, {"crawler": crawler, "network": {"resolve": resolve}})


def _blind_en2(server: Farm, port: int) -> Estate:
    from tests import blind_en2
    from tests.test_blind_en2 import handler

    sites = []
    for name, build in blind_en2.SITES.items():
        server.sites[name] = handler(build())
        sites.append(Site(server.url(name), name=name, group="blind_en2"))
    return Estate(sites, blind_en2.NOW, {})


def _blind_en3(server: Farm, port: int) -> Estate:
    from tests import blind_en3
    from tests.test_blind_en3 import CLOCK, _handler

    resolve, sites = {}, []
    for truth in blind_en3.TRUTH:
        resolve[truth.host] = f"127.0.0.1:{port}"
        server.sites[truth.host] = _handler(blind_en3.PAGES[truth.host])
        sites.append(Site(f"http://{truth.host}/", name=truth.key, group="blind_en3"))
    return Estate(
        sites,
        CLOCK,
        {
            "crawler": {"max_page_bytes": 2_000_000, "timeout": 5.0},
            "rules": {"slow_ms": 60_000},
            "network": {"resolve": resolve},
        },
    )


def _blind_tw(server: Farm, port: int) -> Estate:
    from tests import blind_tw
    from tests.portals import NOW
    from tests.test_blind_tw import handler

    sites = []
    for name, build in blind_tw.SITES.items():
        server.sites[name] = handler(build())
        sites.append(Site(server.url(name), name=name, group="blind-tw"))
    return Estate(sites, NOW, {})


def _blind_trad(server: Farm, port: int) -> Estate:
    from tests import blind_trad
    from tests.test_blind_trad import NOW, farm_name, handler

    sites = []
    for site in blind_trad.SITES:
        server.sites[farm_name(site)] = handler(site)
        sites.append(
            Site(server.url(farm_name(site)), name=site.key, group="blind-trad",
                 overrides={"timezone": site.timezone})
        )
    return Estate(sites, NOW, {})


def _blind_hijack(server: Farm, port: int) -> Estate:
    from tests import blind_hijack
    from tests.test_blind_hijack import SITES, register

    register(server)
    sites = [Site(f"http://{s['host']}/", name=s["host"], group="blind_hijack") for s in SITES]
    return Estate(sites, blind_hijack.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _blind_dead_pages(server: Farm, port: int) -> Estate:
    from tests import blind_dead_pages as blind
    from tests.test_blind_dead_pages import CLOCK, register

    register(server)
    sites = [Site(f"http://{s.host}/", name=s.key, group=s.group) for s in blind.SITES]
    return Estate(sites, CLOCK, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _blind_zh_county(server: Farm, port: int) -> Estate:
    from tests import blind_zh_county as bz
    from tests.test_blind_zh_county import CountySite

    estate = bz.all_sites()
    for s in estate:
        server.sites[s.host] = CountySite(s)
    return Estate(
        [Site(s.url, name=s.key, group="blind-zh-county") for s in estate],
        bz.NOW,
        {
            "crawler": {"max_page_bytes": 5_000_000, "max_column_pages": 12},
            "network": {"resolve": {s.host: f"127.0.0.1:{port}" for s in estate}},
        },
    )


def _blind_zh_dept(server: Farm, port: int) -> Estate:
    from tests import blind_zh_dept as B
    from tests.test_blind_zh_dept import CLOCK, DeptSite, farm_name

    sites = []
    for host, site in B.SITES.items():
        server.sites[farm_name(host)] = DeptSite(site)
        sites.append(Site(server.url(farm_name(host)), name=host, group="blind-zh-dept"))
    return Estate(sites, CLOCK, {"crawler": {"max_page_bytes": 5_000_000}})


def _hosted(name: str, module: Any, group: str) -> Setup:
    """Sites of `module.all_sites()` served by host name (tests/test_realistic_intl.py)."""

    def setup(server: Farm, port: int) -> Estate:
        from tests.test_realistic_intl import Pages

        address = f"127.0.0.1:{port}"
        estate = module.all_sites()
        suffixes = {site.host.rsplit(".", 1)[-1] for site in estate}
        sites = []
        for site in estate:
            server.sites[site.host.removesuffix(".farm.test")] = Pages(site.pages)
            sites.append(Site(f"http://{site.host}:{port}/", name=site.name, group=group))
        return Estate(
            sites,
            module.NOW,
            {
                "network": {"resolve": {f"*.{suffix}": address for suffix in suffixes}},
                "rules": {"slow_ms": 5000},
            },
        )

    return setup


def _realistic_hk(server: Farm, port: int) -> Estate:
    from tests import realistic_hk as pages
    from tests.test_realistic_intl import Pages

    address = f"127.0.0.1:{port}"
    for host, served in pages.site_pages().items():
        server.sites[host] = Pages(served)
    sites = [Site(f"http://{host}:{port}/", name=host, group="hk") for host in pages.TRUTH]
    return Estate(
        sites,
        pages.NOW,
        {
            "network": {"resolve": {"*.gov.hk": address, "*.gov.mo": address, "*.art.museum": address}},
            "rules": {"slow_ms": 5000},
        },
    )


def _realistic_zombie(server: Farm, port: int) -> Estate:
    from tests import realistic_zombie as rz
    from tests.test_realistic_zombie import _serve, _serve_extra

    sites = []
    for case in rz.cases():
        server.sites[case.host] = _serve(case)
        for host, (_path, status, body) in case.extra.items():
            server.sites[host] = _serve_extra(status, body)
        sites.append(Site(f"http://{case.host}/", name=case.slug, group="realistic-zombie"))
    return Estate(sites, rz.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _realistic_zombie2(server: Farm, port: int) -> Estate:
    from tests import realistic_zombie2 as rz
    from tests.test_realistic_zombie2 import _serve

    sites = []
    for case in rz.cases():
        server.sites[case.host] = _serve(case)
        sites.append(Site(f"http://{case.host}/", name=case.slug, group="realistic-zombie2"))
    return Estate(sites, rz.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _realistic_hijack(server: Farm, port: int) -> Estate:
    from tests import realistic_hijack as rh
    from tests.test_realistic_hijack import _serve

    sites = []
    for build in rh.CASES:
        case = build()
        server.sites[case.url.split("/")[2]] = _serve(case, case.pages)
        for other, pages in case.others.items():
            server.sites[other] = _serve(case, pages)
        if case.pages.get("/") is None and not case.redirects:
            continue  # a lone planted page: no site to scan
        sites.append(Site(case.url, name=case.slug, group="realistic-hijack"))
    return Estate(sites, rh.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _realistic_hijack3(server: Farm, port: int) -> Estate:
    from tests import realistic_hijack as rh
    from tests import realistic_hijack3 as r3
    from tests.test_realistic_hijack3 import _serve

    sites = []
    for build in r3.CASES:
        case = build()
        server.sites[case.url.split("/")[2]] = _serve(case.pages)
        sites.append(Site(case.url, name=case.slug, group="realistic-hijack3"))
    return Estate(sites, rh.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _realistic_hijack4(server: Farm, port: int) -> Estate:
    from tests import realistic_hijack as rh
    from tests import realistic_hijack4 as r4
    from tests.test_realistic_hijack4 import _serve

    sites = []
    for build in r4.BUILDERS:
        case = build()
        server.sites[case.url.split("/")[2]] = _serve(case, case.pages)
        for other, pages in case.others.items():
            server.sites[other] = _serve(case, pages)
        sites.append(Site(case.url, name=case.slug, group="realistic-hijack4"))
    return Estate(sites, rh.NOW, {"network": {"resolve": {"*": f"127.0.0.1:{port}"}}})


def _realistic_messages(server: Farm, port: int) -> Estate:
    from tests import realistic_messages as rm
    from tests.test_realistic_messages import SITES, _serve

    sites = []
    for slug, build in SITES.items():
        server.sites[f"msg-{slug}"] = _serve(build())
        sites.append(Site(server.url(f"msg-{slug}"), name=slug, group="messages"))
    return Estate(sites, rm.NOW, {})


def _blind_farm_mapping(sites: list[Site], server: Farm, port: int, *, every_host: bool = False) -> dict[str, Any]:
    """The config sections tests/blind_farm.py's `scan_on_farm` scans with: each site's
    host and each host on the farm resolve to it (`every_host`: any name at all)."""
    from urllib.parse import urlsplit

    hosts = {urlsplit(site.url).hostname or "" for site in sites} | set(server.sites)
    resolve = {host: f"127.0.0.1:{port}" for host in hosts if host}
    if every_host:
        resolve["*"] = f"127.0.0.1:{port}"
    return {
        "crawler": {"max_page_bytes": 2_000_000, "timeout": 5.0},
        "rules": {"slow_ms": 60_000},
        "network": {"resolve": resolve},
    }


def _boundaries(clock: str) -> Setup:
    """tests/blind_boundaries.py's sites scanned at one of its clocks (NOW, NOW_NEW_YEAR)."""

    def setup(server: Farm, port: int) -> Estate:
        from tests import blind_boundaries as bb
        from tests.test_blind_boundaries import register

        now = getattr(bb, clock)
        register(server)
        sites = [
            Site(s.url, name=s.key, group=s.group, overrides=dict(s.overrides))
            for s in bb.SITES
            if s.now == now
        ]
        return Estate(sites, now, _blind_farm_mapping(sites, server, port))

    return setup


def _blind_trad5(server: Farm, port: int) -> Estate:
    from tests import blind_trad5
    from tests.test_blind_trad5 import CLOCK, OUTSIDE, _handler, _outside

    for s in blind_trad5.SITES:
        server.sites[s.host] = _handler(s.pages)
    for host, title in OUTSIDE.items():
        server.sites[host] = _outside(title)
    sites = [
        Site(f"http://{s.host}/", name=s.host, group="blind_trad5", overrides={"timezone": "Asia/Taipei"})
        for s in blind_trad5.SITES
    ]
    return Estate(sites, CLOCK, _blind_farm_mapping(sites, server, port))


def _blind_hijack8(server: Farm, port: int) -> Estate:
    from tests import blind_hijack8 as bh
    from tests.test_blind_hijack8 import register

    register(server)
    sites = [Site(f"http://{s.host}/", name=s.id, group="blind_hijack8") for s in bh.SITES]
    return Estate(sites, bh.NOW, _blind_farm_mapping(sites, server, port, every_host=True))


def _realistic(name: str) -> Any:
    import importlib

    return importlib.import_module(f"tests.{name}")


ESTATES: dict[str, Setup] = {
    "blind_zh": _blind_zh,
    "blind_zh2": _blind_zh2,
    "blind_en": _blind_en,
    "blind_en2": _blind_en2,
    "blind_en3": _blind_en3,
    "blind_tw": _blind_tw,
    "blind_trad": _blind_trad,
    "blind_hijack": _blind_hijack,
    "blind_dead_pages": _blind_dead_pages,
    "blind_zh_county": _blind_zh_county,
    "blind_zh_dept": _blind_zh_dept,
    "realistic_english": _hosted("english", _realistic("realistic_english"), "english"),
    "realistic_english2": _hosted("english2", _realistic("realistic_english2"), "english2"),
    "realistic_intl2": _hosted("intl2", _realistic("realistic_intl2"), "intl2"),
    "realistic_hk": _realistic_hk,
    "realistic_zombie": _realistic_zombie,
    "realistic_zombie2": _realistic_zombie2,
    "realistic_hijack": _realistic_hijack,
    "realistic_hijack3": _realistic_hijack3,
    "realistic_hijack4": _realistic_hijack4,
    "realistic_messages": _realistic_messages,
    "blind_boundaries": _boundaries("NOW"),
    "blind_boundaries_new_year": _boundaries("NOW_NEW_YEAR"),
    "blind_trad5": _blind_trad5,
    "blind_hijack8": _blind_hijack8,
}

# (module, site) -> the README row ("What the sweep can and cannot judge") that explains
# the divergence. One that closes fails its test (strict): drop it here.
TIME_ATTRIBUTE = "an item dated only by its <time datetime> (a calendar not read): not seen"
PROSE_OR_TABLE = (
    "a link-less table row beside other dated ones: read by the sweep (the site's truth "
    "counts 办件公示's rows as items), no item of the full scan's homepage"
)
LIMITS: dict[tuple[str, str], str] = {
    # "เผยแพร่เมื่อ 15 มีนาคม 2569": Thai months in the Buddhist era
    ("blind_hijack", "agri.nnru-demo.ac.th"): TIME_ATTRIBUTE,
    # 办件公示's link-less rows (受理日期 of today)
    ("blind_zh_dept", "zwfw.qingshan.test"): PROSE_OR_TABLE,
    ("realistic_intl2", "de-stadt"): "a date in an item's title (Vollsperrung ab 25.11.2024)",
    ("realistic_hijack", "h-parasite"): "spam on column or second-level pages only: not seen",
}


def _cases() -> list[Any]:
    cases = []
    for module, setup in ESTATES.items():
        for site in setup(Farm(), 0).sites:
            reason = LIMITS.get((module, site.name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(module, site.name, marks=marks, id=f"{module}:{site.name}"))
    return cases


@pytest.mark.parametrize(("module", "site"), _cases())
async def test_the_sweep_agrees_with_the_full_scan_on_the_homepage(module: str, site: str) -> None:
    results = await both_depths(module)
    found = divergences(results[site]["full"], results[site]["home"])
    assert not found, found
