"""Seams of the merges after 573f427 (review15): cases their authors did not consider."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from crawler.config import Config
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import Farm
from tests.test_embedded_state import HEAD, NEWS, TAIL, Shell


def _shell_with_footer(newest: date) -> str:
    """A CMS shell whose list is its script's data, with a server-written footer link
    (the ICP record's, as nearly every Chinese government site shows)."""
    items = json.dumps(
        [
            {"title": title, "pubDate": f"{(newest - timedelta(days=3 * i)).isoformat()} 09:30"}
            for i, title in enumerate(NEWS)
        ],
        ensure_ascii=False,
    )
    return (
        HEAD.format(title="南湖街道办事处")
        + '<div class="news"><h2>工作动态</h2><ul id="newsList"></ul></div>'
        + f"<script>var newsList = {items};</script>"
        + '<div class="footer"><a href="https://beian.miit.gov.cn/">京ICP备05012345号</a>'
        + "</div>"
        + TAIL
    )


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_a_shell_whose_data_moves_is_dated_by_its_new_data_on_rescans(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    """The shell's visible text never changes; its data gains a newer item. Its text's
    fingerprint masks digits, so the embedded date folded into it as digits changed
    nothing: the rescan took the page for unchanged and its new date for a future date
    already there (`_dated_as_before`), keeping the first scan's date for ever."""
    server, port = farm
    config = make_config(port)
    start = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    shell = Shell(_shell_with_footer(start.date()))
    server.sites["nanhu"] = shell
    sites = [Site(server.url("nanhu"), name="nanhu")]
    got = []
    for days in (0, 10, 20):
        now = start + timedelta(days=days)
        if days == 10:
            shell.page = _shell_with_footer(now.date())
        outcome = await run_scan(config, sites, depth=depth, clock=lambda now=now: now)
        db = open_database(config.database_path, create=False)
        try:
            got.append(next(iter_result_records(db, outcome.scan_id)))
        finally:
            db.conn.close()
    assert [r["last_updated"] for r in got] == ["2026-11-20", "2026-11-30", "2026-11-30"]
    assert [r["status"] for r in got] == ["healthy", "healthy", "healthy"]
