"""Change tracking across scans, end to end: sites from tests/realistic_change.py whose
pages vary on every visit (clocks, counters, weather, banners, tokens...) or really
change, scanned many times into one SQLite database with the scan's clock moved between
scans (`run_scan(clock=...)`), read back as the JSON export reads them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from crawler.check import advance_history
from crawler.config import Config
from crawler.extract import observe
from crawler.models import PageHistory, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import Farm
from tests.realistic_change import NOW, ChangeSite, Content, county_content


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


async def scan(
    config: Config, sites: list[Site], clock: Clock, day: float
) -> dict[str, dict[str, Any]]:
    clock.now = NOW + timedelta(days=day)
    now = clock.now
    outcome = await run_scan(config, sites, clock=lambda: now)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def codes(record: dict[str, Any]) -> set[str]:
    return {f["code"] for f in record["findings"]}


def pages(config: Config, name: str) -> dict[str, dict[str, Any]]:
    db = open_database(config.database_path, create=False)
    try:
        rows = db.query(
            "SELECT pages.* FROM pages JOIN sites ON sites.id = pages.site_id WHERE sites.name = ?",
            [name],
        )
        return {row["url"]: dict(row) for row in rows}
    finally:
        db.conn.close()


def add(server: Farm, name: str, site: ChangeSite) -> Site:
    server.sites[name] = site
    return Site(server.url(name), name=name, group="change")


@pytest.mark.parametrize("validators", ["none", "dynamic", "headers"])
async def test_volatile_only_dynamic_site_is_not_changed(
    farm: tuple[Farm, int], make_config: Callable[..., Config], validators: str
) -> None:
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock, validators=validators)
    entry = add(server, "vol", site)
    first = await scan(config, [entry], clock, 0)
    assert "undated" in codes(first["vol"]), first["vol"]["findings"]
    for day in (1, 3, 7, 10, 14):
        record = (await scan(config, [entry], clock, day))["vol"]
        assert record["last_updated"] is None, (day, record["last_updated"])
        assert "homepage_stale" not in codes(record)
    record = (await scan(config, [entry], clock, 15))["vol"]
    assert "homepage_stale" in codes(record), record["findings"]


async def test_undated_site_over_a_year_stale_then_zombie_then_alive_again(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Scanned weekly for over a year with only its volatile parts moving: stale after
    15 days, a zombie after 365; an edited title brings it back."""
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock)
    entry = add(server, "year", site)
    await scan(config, [entry], clock, 0)
    record = (await scan(config, [entry], clock, 15))["year"]
    assert record["status"] == "stale" and record["last_updated"] is None
    for day in range(22, 365, 49):
        record = (await scan(config, [entry], clock, day))["year"]
        assert record["status"] == "stale", (day, record["findings"])
    record = (await scan(config, [entry], clock, 400))["year"]
    assert record["status"] == "zombie", record["findings"]
    abandoned = next(f for f in record["findings"] if f["code"] == "abandoned")
    assert abandoned["first_seen"] == "2026-11-25"

    content = site.content.copy()
    titles = content.columns["通知公告"][1]
    titles[0] = titles[0].replace("清洁取暖", "清洁取暖和煤改气")
    site.publish(content)
    record = (await scan(config, [entry], clock, 401))["year"]
    assert record["status"] == "healthy", record["findings"]
    assert record["last_updated"] == "2027-12-31"
    assert record["last_updated_source"] == "change"


def new_item(content: Content) -> Content:
    changed = content.copy()
    changed.columns["政务动态"][1].insert(0, "我县召开冬季森林防火工作部署会")
    return changed


def edited_title(content: Content) -> Content:
    changed = content.copy()
    titles = changed.columns["政策文件"][1]
    titles[2] = "清河县突发事件总体应急预案（2026年修订）"
    return changed


def removed_column(content: Content) -> Content:
    changed = content.copy()
    del changed.columns["政务简报"]
    return changed


@pytest.mark.parametrize("change", [new_item, edited_title, removed_column])
async def test_a_real_change_yesterday_is_not_stale(
    farm: tuple[Farm, int], make_config: Callable[..., Config], change: Callable[[Content], Content]
) -> None:
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock)
    entry = add(server, "edit", site)
    for day in (0, 7, 13):
        await scan(config, [entry], clock, day)
    clock.now = NOW + timedelta(days=14)
    site.publish(change(site.content))
    record = (await scan(config, [entry], clock, 14))["edit"]
    assert record["last_updated"] == "2026-12-09", record["findings"]
    assert record["last_updated_source"] == "change"
    record = (await scan(config, [entry], clock, 15))["edit"]
    assert "homepage_stale" not in codes(record)
    assert record["status"] == "healthy", record["findings"]
    assert record["last_updated"] == "2026-12-09"
    assert record["last_updated_source"] == "change"
    home = pages(config, "edit")[entry.url]
    assert home["last_changed"].startswith("2026-12-09"), home
    assert home["first_seen"].startswith("2026-11-25"), home


def column_rows(config: Config, name: str) -> list[tuple[Any, ...]]:
    db = open_database(config.database_path, create=False)
    try:
        scan_id = db.execute("SELECT MAX(id) FROM scans").fetchone()[0]
        rows = db.query(
            "SELECT check_columns.name, check_columns.type, check_columns.items,"
            " check_columns.empty FROM check_columns JOIN checks ON checks.id = check_columns.check_id"
            " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ? AND sites.name = ?"
            " ORDER BY check_columns.name",
            [scan_id, name],
        )
        return [tuple(row.values()) for row in rows]
    finally:
        db.conn.close()


@pytest.mark.parametrize("validators", ["strong", "weak", "last_modified"])
async def test_static_site_answers_304_and_keeps_its_observations(
    farm: tuple[Farm, int], make_config: Callable[..., Config], validators: str
) -> None:
    """A CMS that publishes static pages: 304 while nothing is published, the previous
    observations (columns, items) judged again, then a publication read in full."""
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock, validators=validators, static=True)
    entry = add(server, "static", site)
    first = (await scan(config, [entry], clock, 0))["static"]
    columns = column_rows(config, "static")
    assert columns and all(not row[3] for row in columns), columns
    for day in (7, 15):
        before = len(site.hits)
        record = (await scan(config, [entry], clock, day))["static"]
        again = site.hits[before:]
        assert again and all(hit.status == 304 for hit in again), [
            (h.path, h.status) for h in again
        ]
        assert column_rows(config, "static") == columns
        assert record["last_updated"] is None
    assert record["status"] == "stale" and "homepage_stale" in codes(record)
    assert codes(record) - {"homepage_stale"} == codes(first)
    home = pages(config, "static")[entry.url]
    assert home["summary"] != "{}" and '"columns":[{' in home["summary"]

    clock.now = NOW + timedelta(days=20)
    site.publish(new_item(site.content))
    before = len(site.hits)
    record = (await scan(config, [entry], clock, 20))["static"]
    assert site.hits[before].status == 200
    assert record["status"] == "healthy", record["findings"]
    assert (record["last_updated"], record["last_updated_source"]) == ("2026-12-15", "change")


async def test_a_304_to_a_request_without_validators_is_no_page(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock, hostile="always")
    entry = add(server, "h304", site)
    record = (await scan(config, [entry], clock, 0))["h304"]
    assert not any(
        "If-None-Match" in h.headers or "If-Modified-Since" in h.headers for h in site.hits
    )
    # Not an empty page judged healthy (and stored as the page's history).
    assert record["status"] == "unreachable", record
    assert record["error_kind"] == "connect"
    assert "304" in record["error_detail"]
    assert entry.url not in pages(config, "h304")


@pytest.mark.parametrize("validators", ["strong", "weak"])
async def test_a_bare_304_whatever_the_content_is_not_trusted(
    farm: tuple[Farm, int], make_config: Callable[..., Config], validators: str
) -> None:
    """A cache in front of the site answers 304 to every conditional GET without the
    ETag it was asked about: the page is fetched again unconditionally, so a
    publication is seen (and the unchanged site still judged on its real page)."""
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(
        county_content(), clock, validators=validators, static=True, hostile="conditional"
    )
    entry = add(server, "bare", site)
    await scan(config, [entry], clock, 0)
    record = (await scan(config, [entry], clock, 15))["bare"]
    assert record["status"] == "stale", record["findings"]
    assert column_rows(config, "bare")
    clock.now = NOW + timedelta(days=16)
    site.publish(new_item(site.content))
    before = len(site.hits)
    record = (await scan(config, [entry], clock, 16))["bare"]
    home = [h.status for h in site.hits[before:] if h.path == "/"]
    assert home == [304, 200], home
    assert record["status"] == "healthy", record["findings"]
    assert (record["last_updated"], record["last_updated_source"]) == ("2026-12-11", "change")


# --- the fingerprint of one page, visit after visit ------------------------------------


def fingerprints(site: ChangeSite, path: str = "/", visits: int = 40) -> set[str]:
    return {
        observe(
            page.encode(), "utf-8", "http://www.qinghe.gov.cn/", "text/html", NOW.date()
        ).fingerprint
        for page in (site.render(path) for _ in range(visits))
    }


@pytest.mark.parametrize("path", ["/", "/zwdt/", "/tzgg/"])
def test_volatile_parts_leave_the_fingerprint_alone(path: str) -> None:
    """Clock, counters (1,234,567 and 999 alike), weather, banner, ad slot, carousel
    order, ranking order, tokens, cache-busters, generation time: 40 visits, one print."""
    site = ChangeSite(county_content(), lambda: NOW)
    assert len(fingerprints(site, path)) == 1
    # Over days too: the clock's date and weekday, 本站已安全运行N天.
    days = {
        next(
            iter(
                fingerprints(
                    ChangeSite(county_content(), lambda d=d: NOW + timedelta(days=d)), path, 1
                )
            )
        )
        for d in range(0, 400, 37)
    }
    assert len(days) == 1


def test_counter_crossing_a_thousands_separator_is_not_a_change() -> None:
    page = "<html><body><p>政务动态</p><div>访问量：<span>{}</span></div></body></html>"
    prints = {
        observe(
            page.format(n).encode(), "utf-8", "http://x.gov.cn/", "text/html", NOW.date()
        ).fingerprint
        for n in ("999", "1,000", "12,345,678")
    }
    assert len(prints) == 1


@pytest.mark.parametrize("change", [new_item, edited_title, removed_column])
def test_real_changes_change_the_fingerprint(change: Callable[[Content], Content]) -> None:
    before = ChangeSite(county_content(), lambda: NOW)
    after = ChangeSite(change(county_content()), lambda: NOW)
    assert fingerprints(before, visits=5) != fingerprints(after, visits=5)
    assert len(fingerprints(after, visits=5)) == 1


def test_a_fingerprint_stored_by_the_older_version_is_no_change() -> None:
    """The first scan after an upgrade: every stored print was made the old way; none
    of them may read as a content change (every undated site would look updated)."""
    then = NOW - timedelta(days=30)
    stored = PageHistory(
        "http://x/", "5c7b4853b525578247fad873", None, None, then - timedelta(days=60), then, "{}"
    )
    assert advance_history(stored, "2:e0c14907babf3f619269c1d0", NOW) == (stored.first_seen, then)
    renewed = replace(stored, fingerprint="2:e0c14907babf3f619269c1d0")
    assert advance_history(renewed, "2:e0c14907babf3f619269c1d0", NOW) == (renewed.first_seen, then)
    assert advance_history(renewed, "2:000000000000000000000000", NOW) == (renewed.first_seen, NOW)


# --- dated sites ----------------------------------------------------------------------


async def test_an_abandoned_dated_site_with_moving_widgets_is_a_zombie(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Its newest item is 400 days old; its weather widget, ranking and carousel move on
    every visit. That is no "content moves even though its dates are old"."""
    server, port = farm
    config = make_config(port)
    clock = Clock()
    site = ChangeSite(county_content(), clock, dated_ages=[400 + 9 * i for i in range(8)])
    entry = add(server, "dated", site)
    for day in (0, 10, 30):
        # The items' dates age with the clock: rendered `dated_ages` days before it.
        site.dated_ages = [400 + day + 9 * i for i in range(8)]
        record = (await scan(config, [entry], clock, day))["dated"]
        assert record["status"] == "zombie", (day, record["findings"])
        assert record["last_updated_source"] == "content"
