"""English-language government and organisation portals of today (tests/realistic_english.py),
judged page by page (`inspect_page`, as `python -m crawler inspect` does) and through a
real farm scan at depth full, against the truth written with each, on a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.dates import dates_in_text
from crawler.extract import observe
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.contract import FRESHNESS_CODES as FRESHNESS
from tests.farm import Farm
from tests.realistic_english import NOW, TODAY, all_sites
from tests.test_realistic_intl import Pages

SITES = {site.name: site for site in all_sites()}
# Hijack findings each site must show (its freshness findings are in its truth).
HIJACK = {"hijacked-library": {"hidden_links", "spam_content"}}


def inspected(host: str, pages: dict[str, str | bytes], path: str) -> Any:
    page = pages[path]
    body = page.encode("utf-8") if isinstance(page, str) else page
    url = f"http://{host}{path}"
    record = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(body), content_type="text/html"
    )
    return inspect_page(path, record, body, config_from_mapping({}, Path("inspect.toml")), NOW)


@pytest.mark.parametrize("name", sorted(SITES))
def test_homepage_and_column_pages_as_inspect_reads_them(name: str) -> None:
    site = SITES[name]
    home = inspected(site.host, site.pages, "/")
    assert home.page is not None
    assert home.page.newest_item == site.truth.home_newest
    assert home.verdict.status == site.truth.status
    codes = {f.code for f in home.verdict.findings}
    assert codes & FRESHNESS == set(site.truth.findings)
    assert HIJACK.get(name, set()) <= codes
    blocks = {block.name: block for block in home.page.columns}
    for column in site.truth.columns:
        assert column.name in blocks, f"{column.name} not found among {sorted(blocks)}"
        block = blocks[column.name]
        assert block.type == column.type, column.name
        newest = block.newest
        if block.more_url is not None:
            path = block.more_url.split(site.host, 1)[1]
            assert path in site.pages, f"{column.name}: more link {block.more_url}"
            listing = inspected(site.host, site.pages, path).page
            if listing is not None and listing.main_list_newest is not None:
                newest = max(d for d in (newest, listing.main_list_newest) if d is not None)
        assert newest == column.newest, column.name
        assert (block.items == 0) == column.empty, column.name
    listed = {column.name for column in site.truth.columns}
    assert {b.name for b in home.page.columns if b.type != "other"} <= listed


async def test_farm_scan_judges_every_site_as_its_truth_says(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    address = f"127.0.0.1:{port}"
    suffixes = {site.host.rsplit(".", 1)[-1] for site in SITES.values()}
    config = make_config(
        port,
        network={"resolve": {f"*.{suffix}": address for suffix in suffixes}},
        rules={"slow_ms": 5000},
    )
    sites = []
    for site in SITES.values():
        server.sites[site.host] = Pages(site.pages)
        sites.append(Site(f"http://{site.host}:{port}/", name=site.name, group="english"))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
        rows = list(
            db.query(
                "SELECT sites.name AS site, check_columns.* FROM check_columns"
                " JOIN checks ON checks.id = check_columns.check_id"
                " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?",
                [outcome.scan_id],
            )
        )
    finally:
        db.conn.close()
    problems = []
    for name, site in SITES.items():
        record = records[name]
        codes = {f["code"] for f in record["findings"]}
        if (
            record["status"] != site.truth.status
            or codes & FRESHNESS != set(site.truth.findings)
            or not HIJACK.get(name, set()) <= codes
        ):
            problems.append(
                f"{name}: {record['status']} {sorted(codes)}, truth "
                f"{site.truth.status} {sorted(site.truth.findings)}"
            )
        columns = {row["name"]: row for row in rows if row["site"] == name}
        for column in site.truth.columns:
            row = columns.get(column.name)
            newest = column.newest.isoformat() if column.newest else None
            if row is None or (row["type"], row["newest"], bool(row["empty"])) != (
                column.type,
                newest,
                column.empty,
            ):
                problems.append(
                    f"{name}: column {column.name} = {row and dict(row)}, truth {column}"
                )
    assert not problems, "\n".join(problems)


# --- the pieces, one by one ---------------------------------------------------------


def _columns(html: str, url: str = "http://www.example.gov/") -> list[tuple[Any, ...]]:
    seen = observe(html.encode(), "utf-8", url, "text/html", TODAY)
    return [(c.name, c.type, c.newest, c.items) for c in seen.columns]


def test_a_page_wrapped_in_one_aspnet_form_still_has_columns() -> None:
    # SharePoint, DotNetNuke and WebForms CMSes put the whole body in <form id="aspnetForm">:
    # not a search box whose links are page furniture.
    rows = "".join(
        f'<tr><td><a href="/Lists/Announcements/DispForm.aspx?ID={n}">Boil water advisory update {n}</a></td>'
        f"<td>11/{20 - n}/2024 3:45 PM</td></tr>"
        for n in range(3)
    )
    block = f"<h2>Announcements</h2><table>{rows}</table>"
    expected = [("Announcements", "notice", date(2024, 11, 20), 3)]
    assert (
        _columns(f'<html><body><form method="post" id="aspnetForm">{block}</form></body></html>')
        == expected
    )
    # a search form beside the content stays furniture
    search = '<form action="/search"><ul><li><a href="/s?q=a">Popular search one</a> 11/20/2024</li></ul></form>'
    assert _columns(f"<html><body><div>{search}</div></body></html>") == []


@pytest.mark.parametrize(
    "row",
    [
        # Drupal 7 views: each field in a div, its content in a span
        '<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        '<a href="{href}">{title}</a></span></div><div class="views-field views-field-created">'
        '<span class="field-content">Posted on {wday}, 11/{day}/2024 - 14:32</span></div></div>',
        # NSW design system cards: the title in a div of its own
        '<div class="nsw-card"><div class="nsw-card__content"><div class="nsw-card__title">'
        '<a href="{href}">{title}</a></div><p class="nsw-card__date">'
        '<time datetime="2024-11-{day}">{day} Nov 2024</time></p></div></div>',
    ],
)
def test_cards_whose_title_link_sits_alone_in_a_wrapper(row: str) -> None:
    items = "".join(
        row.format(
            href=f"/news/item-{day}",
            title=f"State parks news item number {day}",
            day=day,
            wday=wday,
        )
        for day, wday in (("20", "Wed"), ("15", "Fri"), ("05", "Tue"))
    )
    html = (
        f'<html><body><h2>Press Releases</h2><div class="view-content">{items}</div></body></html>'
    )
    assert _columns(html) == [("Press Releases", "news", date(2024, 11, 20), 3)]


def test_upcoming_events_are_a_column_but_never_an_update() -> None:
    site = SITES["us-university"]
    home = observe(
        site.pages["/"].encode(), "utf-8", "http://www.northfield.edu/", "text/html", TODAY
    )
    events = [c for c in home.columns if c.name == "Upcoming Events"]
    assert [(c.type, c.newest, c.items) for c in events] == [("other", None, 3)]
    assert home.newest_item == date(2024, 11, 21)  # the news, not an event
    # a year-less "Dec. 4" is never last December
    assert dates_in_text("Wed., Dec. 4 | 7:30 p.m.", TODAY) == []
    assert dates_in_text("December 7 @ 10:00 am - 2:00 pm", TODAY) == []


@pytest.mark.parametrize(
    ("heading", "more", "kind"),
    [
        ("Job Openings", "View all job openings", "personnel"),
        ("Employment", "More", "personnel"),
        ("Executive Orders", "View all executive orders", "policy"),
        ("Ordinances", "More", "policy"),
        ("Upcoming Events", "All events", "other"),
        ("Have your say", "All open consultations", "interaction"),
        ("Upcoming events", "View Calendar", "other"),
    ],
)
def test_english_headings_and_more_links(heading: str, more: str, kind: str) -> None:
    rows = "".join(
        f'<li><a href="/n/{n}">Announcement number {n} from the county</a></li>' for n in range(3)
    )
    html = f'<html><body><div class="box"><h2>{heading}</h2><ul>{rows}</ul><a href="/all">{more}</a></div></body></html>'
    seen = observe(html.encode(), "utf-8", "http://www.example.gov/", "text/html", TODAY)
    assert [(c.name, c.type, c.more_url) for c in seen.columns] == [
        (heading, kind, "http://www.example.gov/all")
    ]


def test_japanese_keyword_hack_is_spam() -> None:
    html = SITES["hijacked-library"].pages["/"]
    seen = observe(html.encode(), "utf-8", "http://www.lakevillelibrary.org/", "text/html", TODAY)
    assert seen.signals.hidden_links
    assert seen.signals.spam_score >= 6
    # an honest page about copies is not
    honest = "<html><body><p>Request a copy of your birth certificate. コピー機 is available.</p></body></html>"
    clean = observe(honest.encode(), "utf-8", "http://www.example.gov/", "text/html", TODAY)
    assert clean.signals.spam_score == 0
