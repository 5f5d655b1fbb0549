"""Blind evaluation of the nightly report (tests/blind_report_sites.py holds the estate,
its pages night by night and the truth, written before any scan).

The history is built with the real crawler on a farm of virtual hosts on 127.0.0.1:
seven nights, each scanned with its own fixed clock (`run_scan(clock=...)`); N4 is
cancelled mid-way and resumed, N7 cancelled and left unfinished. Then the report is run
through its command line in every format and language and held to the truth.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import html
import io
import json
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.models import Site as CrawlSite
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from monitor.cli import main as monitor_main
from tests import blind_report_sites as T
from tests.farm import closed_port

REPO = Path(__file__).resolve().parents[1]
BEIJING = ZoneInfo("Asia/Shanghai")


def started_at(night: T.Night) -> datetime:
    """02:00 Beijing time on the night's date, in UTC."""
    return datetime.combine(night.day, time(2, 0), BEIJING).astimezone(UTC)


class EstateServer:
    """One aiohttp server answering every host of the estate for the current night."""

    def __init__(self) -> None:
        self.night = T.NIGHTS[0]
        self.by_host = {s.host: s for s in T.SITES}
        self.delay = 0.0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if self.delay:
            await asyncio.sleep(self.delay)
        host = (request.host or "").split(":")[0].lower()
        site = self.by_host.get(host)
        if site is None:
            status, ctype, body = T.external(request.path)
        else:
            answer = T.response(site, self.night, request.path)
            if answer is None:  # refused on this night: the resolver sends it elsewhere
                assert request.transport is not None
                request.transport.abort()
                return web.Response(status=500)
            status, ctype, body = answer
        return web.Response(status=status, body=body.encode("utf-8"),
                            headers={"Content-Type": ctype})


def night_sites(night: T.Night) -> list[T.Site]:
    return T.listed(night.key)


def sites_csv(night: T.Night) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["url", "name", "group"])
    for s in night_sites(night):
        w.writerow([s.url, s.name, T.group_on(s, night.key)])
    return out.getvalue()


def config_mapping(folder: Path, port: int, refused: int, night: T.Night) -> dict[str, Any]:
    resolve: dict[str, str] = {}
    for s in T.SITES:
        live = T.response(s, night, "/") is not None
        resolve[s.host] = f"127.0.0.1:{port if live else refused}"
    for host in T.EXTERNAL_HOSTS:
        resolve[host] = f"127.0.0.1:{port}"
    return {
        "sites_file": "sites.csv",
        "crawler": {"concurrency": 8, "timeout": 3.0, "retries": 1, "backoff": 0.01,
                    "parse_workers": 0, "max_links_per_site": 10, "stall_after": 0},
        "network": {"resolve": resolve, "system_dns": False},
        "storage": {"path": str(folder / "health.db"), "batch_size": 5, "batch_seconds": 0.05},
        "rules": {"availability_timeout_seconds": 3.0},
        "report": {"timezone": "Asia/Shanghai"},
    }


def write_config(folder: Path, mapping: dict[str, Any], night: T.Night) -> Config:
    (folder / "sites.csv").write_text(sites_csv(night), encoding="utf-8")
    return config_from_mapping(mapping, folder / "health.toml")


def to_toml(mapping: dict[str, Any]) -> str:
    lines = [f'sites_file = "{mapping["sites_file"]}"']
    for section, table in mapping.items():
        if not isinstance(table, dict):
            continue
        lines.append(f"[{section}]")
        for key, value in table.items():
            if isinstance(value, dict):
                inner = ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in value.items())
                lines.append(f"{key} = {{ {inner} }}")
            else:
                lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def count_checks(db: Path, scan_id: int) -> int:
    with sqlite3.connect(db, timeout=5) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM checks WHERE scan_id = ?", [scan_id]).fetchone()[0])


def last_scan_id(db: Path) -> int:
    with sqlite3.connect(db, timeout=5) as conn:
        row = conn.execute("SELECT MAX(id) FROM scans").fetchone()
        return int(row[0] or 0)


@dataclass
class History:
    folder: Path
    config_path: Path
    scan_ids: dict[str, int]
    n7_checked: int


async def interrupted(config: Config, sites: list[CrawlSite], night: T.Night, db: Path,
                      server: EstateServer, after: int) -> None:
    """Start a scan and cancel it once `after` sites are stored."""
    server.delay = 0.05
    before = last_scan_id(db) if db.exists() else 0
    task = asyncio.create_task(run_scan(config, sites, depth=night.depth,
                                        clock=lambda night=night: started_at(night)))
    try:
        for _ in range(2000):
            await asyncio.sleep(0.01)
            if db.exists() and last_scan_id(db) > before and count_checks(db, before + 1) >= after:
                break
            assert not task.done(), "the scan ended before it could be interrupted"
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, KeyboardInterrupt):
            await task
    finally:
        server.delay = 0.0


async def build_history(folder: Path, upto: str = "N7") -> History:
    folder.mkdir(parents=True, exist_ok=True)
    server = EstateServer()
    runner = web.AppRunner(web.Application(), handle_signals=False, shutdown_timeout=0.1)
    runner.app.router.add_route("*", "/{tail:.*}", server.handle)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = runner.addresses[0][1]
    refused = closed_port()
    db = folder / "health.db"
    scan_ids: dict[str, int] = {}
    n7_checked = 0
    mapping: dict[str, Any] = {}
    try:
        for night in T.NIGHTS:
            server.night = night
            mapping = config_mapping(folder, port, refused, night)
            config = write_config(folder, mapping, night)
            sites = [CrawlSite(s.url, name=s.name, group=T.group_on(s, night.key))
                     for s in night_sites(night)]
            if night.key == "N4":  # killed mid-way, then resumed
                await interrupted(config, sites, night, db, server, after=12)
                scan_ids[night.key] = last_scan_id(db)
                assert 12 <= count_checks(db, scan_ids[night.key]) < len(sites)
                await run_scan(config, sites, depth=night.depth, resume=True,
                               clock=lambda night=night: started_at(night))
            elif night.key == "N7":  # killed mid-way, never resumed
                await interrupted(config, sites, night, db, server, after=10)
                scan_ids[night.key] = last_scan_id(db)
                n7_checked = count_checks(db, scan_ids[night.key])
            else:
                outcome = await run_scan(config, sites, depth=night.depth,
                                         clock=lambda night=night: started_at(night))
                scan_ids[night.key] = outcome.scan_id
            if night.key == upto:
                break
    finally:
        await runner.cleanup()
    # The office's config as the report reads it: the current (N6) list.
    (folder / "sites.csv").write_text(sites_csv(T.NIGHT["N6"]), encoding="utf-8")
    config_path = folder / "health.toml"
    config_path.write_text(to_toml(mapping), encoding="utf-8")
    return History(folder, config_path, scan_ids, n7_checked)


GENERATED = "2026-11-25T07:00:00+08:00"  # the morning report's fixed generation time


def report(history: History, *args: str, code: int = 0) -> str:
    """`python -m monitor report` in this process: its standard output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        got = monitor_main(["report", "--config", str(history.config_path), "--now", GENERATED,
                            *args])
    assert got == code, (args, err.getvalue())
    return out.getvalue() if code == 0 else err.getvalue()


def statuses(history: History, night: str) -> dict[str, str]:
    """Site key -> stored status of that night's scan."""
    by_url = {s.url: s.key for s in T.SITES}
    with sqlite3.connect(history.folder / "health.db") as conn:
        rows = conn.execute(
            "SELECT sites.url, checks.status FROM checks JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ?", [history.scan_ids[night]]).fetchall()
    return {by_url[u]: st for u, st in rows}



# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return asyncio.run(build_history(tmp_path_factory.mktemp("estate")))


@pytest.fixture(scope="module")
def one_scan(tmp_path_factory: pytest.TempPathFactory) -> History:
    return asyncio.run(build_history(tmp_path_factory.mktemp("first-night"), upto="N1"))


def key_of(url: str) -> str:
    return next(s.key for s in T.SITES if s.url == url)


def as_json(history: History, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(report(history, "--format", "json", *args))
    return data


def as_csv(history: History, *args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report(history, "--format", "csv", *args))))


FORMATS = ("txt", "md", "html", "json", "csv")
LANGS = ("en", "zh")


class Tags(HTMLParser):
    """Every element a browser would build from the report, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# --------------------------------------------------------------------------- the scans


def test_every_night_is_judged_as_the_truth_says(history: History) -> None:
    for night in T.NIGHTS:
        got = statuses(history, night.key)
        want = T.expected_status(night.key)
        if night.finished:
            assert got == want, night.key
        else:  # killed mid-way: what it has is right
            assert 0 < len(got) < len(want)
            assert {k: want[k] for k in got} == got
    assert T.changes("N6", "N4") == T.CHANGES_VS_PREVIOUS
    assert T.changes("N6", "N3") == T.CHANGES_SINCE_7D


# --------------------------------------------------------------------------- the report


def test_the_report_is_of_the_newest_finished_full_scan_against_the_previous_full_one(
    history: History,
) -> None:
    data = as_json(history)
    assert data["scan"]["id"] == history.scan_ids["N6"]
    assert data["baseline"]["id"] == history.scan_ids["N4"]  # not the sweep N5
    assert data["unfinished_scan"]["id"] == history.scan_ids["N7"]
    assert data["unfinished_scan"]["done"] == history.n7_checked
    passed, sites = T.pass_count("N6")
    head = data["headline"]
    assert (head["checked"], head["passed"], head["pass_rate"]) == (sites, passed, 0.75)
    assert head["change_since_previous"] == 0.0  # N4: 30 of 40 too
    want = T.expected_status("N6")
    assert head["counts"] == {st: sum(1 for v in want.values() if v == st) for st in (*T.FAILING, T.H)}
    rows = {key_of(r["url"]): r for r in data["sites"]}
    assert {k: r["status"] for k, r in rows.items()} == want


@pytest.mark.parametrize("since", [None, "7d"])
def test_changes_are_the_truths(history: History, since: str | None) -> None:
    args = ("--since", since) if since else ()
    truth = T.CHANGES_SINCE_7D if since else T.CHANGES_VS_PREVIOUS
    data = as_json(history, *args)
    assert data["baseline"]["id"] == history.scan_ids[T.SINCE_7D if since else T.PREVIOUS_FULL]
    got = {
        "newly_failed": {key_of(u) for u in data["changes"]["newly_failed"]},
        "worse": {key_of(u) for u in data["changes"]["worsened"]},
        "recovered": {key_of(u) for u in data["changes"]["recovered"]},
    }
    assert got == truth
    changed = {key_of(r["url"]): r["change"] for r in as_csv(history, *args) if r["change"]}
    names = {"newly_failed": "failed", "worse": "worsened", "recovered": "recovered"}
    assert changed == {k: names[kind] for kind, keys in truth.items() for k in keys}
    assert not set(changed) & T.NEVER_CHANGED


def test_days_in_state_closure_candidates_and_needs_action(history: History) -> None:
    data = as_json(history)
    rows = {key_of(r["url"]): r for r in data["sites"]}
    assert {k: rows[k]["days_in_state"] for k in T.DAYS_IN_STATE} == T.DAYS_IN_STATE
    assert {key_of(u) for u in data["closure_candidates"]} == set(T.CLOSURE_CANDIDATES)
    for key, days in T.CLOSURE_CANDIDATES.items():
        dead = datetime.fromisoformat(rows[key]["dead_since"])
        assert (started_at(T.NIGHT["N6"]) - dead).days == days, key
    assert not T.NOT_CLOSURE & {key_of(u) for u in data["closure_candidates"]}
    order = [T.expected_status("N6")[key_of(u)] for u in data["needs_action"]]
    assert order == sorted(order, key=T.NEEDS_ACTION_ORDER.index)
    assert set(order) == set(T.NEEDS_ACTION_ORDER)
    assert {key_of(u) for u in data["needs_action"]} == {
        k for k, st in T.expected_status("N6").items() if st != T.H
    }
    # every scan's visits are too few for the week's availability rule
    assert data["availability"]["insufficient"] == 40
    assert data["availability"]["passing"] == data["availability"]["failing"] == 0


def test_groups_worst_first_with_their_counts(history: History) -> None:
    data = as_json(history)
    got = [(g["group"], g["passed"], g["sites"]) for g in data["groups"]]
    assert got == T.GROUPS_N6
    rows = as_csv(history)
    for group, passed, sites in T.GROUPS_N6:
        mine = [r for r in rows if r["group"] == group]
        assert (sum(r["passed"] == "true" for r in mine), len(mine)) == (passed, sites), group


SECTIONS = {"en": ("By group", "Findings overview"), "zh": ("分地区/部门情况", "问题汇总")}


def _rate(passed: int, sites: int) -> str:
    return f"{100 * passed / sites:.1f}%"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_every_format_and_language_tells_the_same_numbers(
    history: History, fmt: str, lang: str
) -> None:
    text = report(history, "--format", fmt, "--lang", lang)
    if fmt == "html":
        parser = Tags()
        parser.feed(text)
        text = " ".join(parser.text)
    if fmt == "md":  # Markdown shows site text as HTML entities where a tag could be read
        text = html.unescape(text)
    assert "75.0%" in text and "30" in text and "40" in text
    # the by-group section: the groups worst first, each with its rate
    heading, after = SECTIONS[lang]
    section = text[text.rindex(heading):text.rindex(after)]
    at = 0
    for group, passed, sites in T.GROUPS_N6[:-1]:  # the last: the ungrouped site
        at = section.index(group, at) + len(group)
        assert section.index(_rate(passed, sites), at) < at + 400, group
    for key in (*T.CLOSURE_CANDIDATES, *T.DAYS_IN_STATE):
        assert T.SITE[key].name in text, key


def test_json_and_csv_do_not_depend_on_the_language_and_are_stable(history: History) -> None:
    for fmt in ("json", "csv"):
        outs = {report(history, "--format", fmt, "--lang", lang) for lang in (*LANGS, "en")}
        assert len(outs) == 1, fmt
    rows = as_csv(history)
    assert len(rows) == 40 and len({r["url"] for r in rows}) == 40
    named = {r["url"]: r["name"] for r in rows}
    assert named[T.SITE["hz_fb"].url].startswith("'@")  # no spreadsheet formula
    assert named[T.SITE["rd_kjj"].url] == T.SITE["rd_kjj"].name


@pytest.mark.parametrize("lang", LANGS)
def test_html_escapes_every_hostile_string(history: History, lang: str) -> None:
    for args in ((), ("--group", T.G_HOSTILE)):
        page = report(history, "--format", "html", "--lang", lang, *args)
        parser = Tags()
        parser.feed(page)
        tags = {tag for tag, _ in parser.tags}
        assert not tags & {"script", "img", "iframe", "object", "embed", "r&d", "科技"}, tags
        assert not [a for _, attrs in parser.tags for a, _ in attrs if a.startswith("on")]
        text = "".join(parser.text)
        assert T.G_HOSTILE in text
        if not args:
            assert T.HACKED_TITLE.format(name=T.SITE["zj_sport"].name) in text


def test_markdown_tables_keep_their_columns(history: History) -> None:
    text = report(history, "--format", "md")
    widths: list[int] = []
    for line in text.splitlines():
        if not line.startswith("|"):
            widths = []
            continue
        cells = len(re.findall(r"(?<!\\)\|", line))
        if widths:
            assert cells == widths[0], line
        widths.append(cells)
    assert "\\|&lt;script&gt;" in text  # the hacked title's pipe and tag, escaped


def test_an_older_scan_is_not_called_the_newest_and_a_sweep_stands_alone(
    history: History,
) -> None:
    data = as_json(history, "--scan", str(history.scan_ids["N5"]))
    assert data["scan"]["depth"] == "home"
    assert data["baseline"] is None  # the only sweep: nothing of its depth to compare with
    assert data["unfinished_scan"] is None  # scan 6 finished after it
    text = report(history, "--scan", str(history.scan_ids["N5"]))
    assert "newest finished scan" not in text
    assert "newest finished scan" in report(history)


def test_groups_stay_as_the_scans_list_gave_them(history: History) -> None:
    """N7 (unfinished) renamed a group and moved a site: N6's report is N6's."""
    data = as_json(history)
    rows = {key_of(r["url"]): r for r in data["sites"]}
    for key in T.N7_GROUPS:
        assert rows[key]["group"] == T.SITE[key].group, key
    assert [g["group"] for g in data["groups"]] == [g for g, _, _ in T.GROUPS_N6]
    one = as_json(history, "--group", T.G_HEALTH)
    assert (one["headline"]["checked"], len(one["sites"])) == (4, 4)
    city = as_json(history, "--group", T.G_CITY)
    assert (city["headline"]["checked"], len(city["sites"])) == (8, 8)
    assert len(city["availability"]["rows"]) == 1  # the police site's one failed visit
    report(history, "--group", "市卫健委", code=2)  # no site of N6 was in it
    # the export of N6 and of N7 (the list that moved them) alike
    db = open_database(history.folder / "health.db", create=False)
    try:
        for night in ("N6", "N7"):
            records = iter_result_records(db, history.scan_ids[night])
            groups = {key_of(r["url"]): r["group"] for r in records}
            for key in groups.keys() & set(T.N7_GROUPS):
                assert groups[key] == T.group_on(T.SITE[key], night), (night, key)
    finally:
        db.conn.close()


@pytest.mark.parametrize("group", [T.G_HOSTILE, T.G_LONG, T.G_NONE, T.G_LINAN])
def test_one_groups_report_in_every_format(history: History, group: str) -> None:
    passed, sites = next((p, s) for g, p, s in T.GROUPS_N6 if g == group)
    data = as_json(history, "--group", group)
    assert (data["headline"]["checked"], data["headline"]["passed"]) == (sites, passed)
    assert len(as_csv(history, "--group", group)) == sites
    for fmt in ("txt", "md", "html"):
        for lang in LANGS:
            assert _rate(passed, sites) in report(history, "--group", group, "--format", fmt,
                                                  "--lang", lang)


@pytest.mark.parametrize("group", [T.G_ARCHIVE, "不存在的组"])
def test_a_group_without_sites_is_a_clear_error(history: History, group: str) -> None:
    assert "no site of scan" in report(history, "--group", group, code=2)


def test_a_groups_report_leaves_the_estates_latest_file(history: History, tmp_path: Path) -> None:
    for args in ((), ("--group", T.G_XIHU)):
        report(history, "--format", "md", "--out", str(tmp_path), *args)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["latest-西湖区.md", "latest.md", "report-2026-11-25-西湖区.md",
                     "report-2026-11-25.md"]
    assert "西湖区住房和城市建设局" in (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert "杭州市农业农村局" in (tmp_path / "latest.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_database_with_one_scan(one_scan: History, fmt: str) -> None:
    for lang in LANGS:
        for args in ((), ("--since", "7d"), ("--group", T.G_XIHU), ("--group", T.G_NONE)):
            assert report(one_scan, "--format", fmt, "--lang", lang, *args)
    data = as_json(one_scan)
    assert data["baseline"] is None and data["closure_candidates"] == []
    assert data["headline"]["checked"] == 40
    assert data["headline"]["passed"] == T.pass_count("N1")[0]


if __name__ == "__main__":  # build the history in a folder, for a look by hand
    target = Path(sys.argv[1])
    h = asyncio.run(build_history(target))
    print(h)
    for n in T.NIGHTS:
        got = statuses(h, n.key)
        want = T.expected_status(n.key)
        bad = {k: (want.get(k), got.get(k)) for k in set(want) | set(got) if want.get(k) != got.get(k)}
        print(n.key, n.depth, f"{len(want) - len(bad)}/{len(want)}", bad)


