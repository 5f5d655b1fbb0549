"""The alert outbox against a real webhook receiver (Apprise json://) and real SQLite files."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawler.alerts import (
    Alert,
    AlertSender,
    DeliveryResult,
    PendingAlert,
    deliver_pending,
    format_alert_message,
    pending_alerts,
    raise_alerts,
)
from crawler.config import AlertSettings
from crawler.errors import CrawlerError, DeliveryError
from crawler.models import Site
from crawler.storage import ResultStore, open_database
from tests.farm import closed_port
from tests.webhook import FAST, Receiver

NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
SITES = [
    Site("https://a.example.gov/", "Alpha Bureau", "North"),
    Site("https://b.example.gov/", "Beta Office", "North"),
    Site("https://c.example.gov/", "Gamma Portal", "South"),
]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, dict[str, int]]]:
    """(connection, site ids) of a fresh results database holding SITES."""
    db = open_database(tmp_path / "h.db")
    store = ResultStore(db)
    store.register_sites(SITES, NOW - timedelta(days=1))
    try:
        yield db.conn, store.site_ids()
    finally:
        db.conn.close()


def settings(url: str, **changes: Any) -> AlertSettings:
    values: dict[str, Any] = {
        "urls": (url,),
        "batch_seconds": 30.0,
        "retry_seconds": 300.0,
        "give_up_hours": 24.0,
        **changes,
    }
    return AlertSettings(**values)


def down(index: int, detail: str = "connection refused (3 probes in a row)") -> Alert:
    return Alert("down", SITES[index].url, NOW - timedelta(minutes=3), detail)


def alert_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM alerts ORDER BY id").fetchall()
    finally:
        conn.row_factory = None


# --- one alert, once -------------------------------------------------------------------


async def test_an_alert_fires_once(
    receiver: tuple[Receiver, str], outbox: tuple[sqlite3.Connection, dict[str, int]]
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = settings(url)
    sender = AlertSender(config.urls)
    alert = down(0)

    assert raise_alerts(conn, [alert], site_ids, NOW) == 1
    later = NOW + timedelta(seconds=31)
    assert await deliver_pending(conn, sender, config, later) == DeliveryResult(1, 0, 0)

    assert len(hook.posts) == 1
    post = hook.posts[0]
    assert post["title"] == "[site-health] 1 site down"
    for text in ("DOWN", "North · Alpha Bureau", SITES[0].url, "connection refused"):
        assert text in post["message"]
    assert "since 2026-11-25 11:57:00 UTC" in post["message"]
    assert post["type"] == "failure"
    (row,) = alert_rows(conn)
    assert row["sent_at"] == "2026-11-25T12:00:31Z"
    assert row["attempts"] == 1

    # Delivered is delivered; the same change raised again is the same alert.
    assert await deliver_pending(conn, sender, config, later + timedelta(hours=1)) == (
        DeliveryResult(0, 0, 0)
    )
    assert raise_alerts(conn, [alert, down(0)], site_ids, NOW + timedelta(hours=1)) == 0
    assert await deliver_pending(conn, sender, config, later + timedelta(hours=2)) == (
        DeliveryResult(0, 0, 0)
    )
    assert len(hook.posts) == 1
    assert len(alert_rows(conn)) == 1


async def test_alerts_raised_together_go_as_one_message(
    receiver: tuple[Receiver, str], outbox: tuple[sqlite3.Connection, dict[str, int]]
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = settings(url)
    alerts = [
        down(0),
        Alert("hijacked", SITES[1].url, NOW - timedelta(hours=1), "casino words: 博彩 ×14"),
        Alert("up", SITES[2].url, NOW - timedelta(minutes=1), "200 OK in 180 ms"),
        Alert("report", None, NOW - timedelta(hours=2), "scan 7: 3 sites, pass rate 66.7%"),
    ]
    assert raise_alerts(conn, alerts[:2], site_ids, NOW) == 2
    assert raise_alerts(conn, alerts[2:], site_ids, NOW + timedelta(seconds=10)) == 2

    # The oldest is 29 s old: everything waits; at 30 s all four go together.
    sender = AlertSender(config.urls)
    early = await deliver_pending(conn, sender, config, NOW + timedelta(seconds=29))
    assert early == DeliveryResult(0, 0, 0)
    assert hook.posts == []
    assert await deliver_pending(conn, sender, config, NOW + timedelta(seconds=30)) == (
        DeliveryResult(4, 0, 0)
    )

    (post,) = hook.posts
    assert post["title"] == "[site-health] 1 site down, 1 hijacked, 1 back up, daily report"
    message = post["message"]
    order = [message.index(word) for word in ("DOWN", "HIJACKED", "UP", "REPORT")]
    assert order == sorted(order)  # worst news first
    for site in SITES:
        assert site.url in message
    assert "博彩 ×14" in message
    assert "scan 7: 3 sites, pass rate 66.7%" in message
    assert all(row["sent_at"] for row in alert_rows(conn))


def test_pending_alerts_wait_for_the_oldest_then_retries_go_at_once(
    outbox: tuple[sqlite3.Connection, dict[str, int]],
) -> None:
    conn, site_ids = outbox
    raise_alerts(conn, [down(0)], site_ids, NOW)
    assert pending_alerts(conn, NOW + timedelta(seconds=59), batch_seconds=60) == []
    (due,) = pending_alerts(conn, NOW + timedelta(seconds=60), batch_seconds=60)
    assert isinstance(due, PendingAlert)
    assert (due.event, due.site_url, due.site_name, due.site_group) == (
        "down",
        SITES[0].url,
        "Alpha Bureau",
        "North",
    )
    assert due.raised_at == NOW
    assert due.since == NOW - timedelta(minutes=3)
    assert pending_alerts(conn, NOW, batch_seconds=0) == [due]

    # A retried alert is due as soon as its next attempt comes, with any newcomers.
    conn.execute("UPDATE alerts SET attempts = 1, next_attempt = '2026-11-25T12:05:00Z'")
    raise_alerts(conn, [down(1)], site_ids, NOW + timedelta(minutes=5))
    assert pending_alerts(conn, NOW + timedelta(minutes=4), batch_seconds=60) == []
    retry = pending_alerts(conn, NOW + timedelta(minutes=5), batch_seconds=60)
    assert [a.site_url for a in retry] == [SITES[0].url, SITES[1].url]


async def test_suppressed_alerts_are_stored_but_never_sent(
    receiver: tuple[Receiver, str], outbox: tuple[sqlite3.Connection, dict[str, int]]
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = settings(url)
    quiet = Alert("down", SITES[0].url, NOW, "maintenance reboot", suppressed=True)
    assert raise_alerts(conn, [quiet], site_ids, NOW) == 1

    sender = AlertSender(config.urls)
    for hours in (1, 30):  # nor given up: it was never meant to go
        result = await deliver_pending(conn, sender, config, NOW + timedelta(hours=hours))
        assert result == DeliveryResult(0, 0, 0)
    assert hook.posts == []
    (row,) = alert_rows(conn)
    assert (row["suppressed"], row["sent_at"], row["gave_up"]) == (1, None, 0)


# --- failing channels --------------------------------------------------------------------


async def test_a_failing_channel_is_retried_then_sent_once(
    receiver: tuple[Receiver, str],
    outbox: tuple[sqlite3.Connection, dict[str, int]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = settings(url, retry_seconds=120)
    sender = AlertSender(config.urls)
    raise_alerts(conn, [down(0), down(1)], site_ids, NOW)
    hook.status = 500

    first = NOW + timedelta(seconds=30)
    with caplog.at_level(logging.WARNING, logger="crawler.alerts"):
        assert await deliver_pending(conn, sender, config, first) == DeliveryResult(0, 2, 0)
    assert len(hook.posts) == 1  # the one attempt (Apprise retries nothing by default)
    rows = alert_rows(conn)
    assert [r["attempts"] for r in rows] == [1, 1]
    assert {r["next_attempt"] for r in rows} == {"2026-11-25T12:02:30Z"}
    assert all(r["sent_at"] is None for r in rows)
    assert "error=500" in rows[0]["last_error"]
    assert "urls[0]" in rows[0]["last_error"]
    warnings = [r for r in caplog.records if r.name == "crawler.alerts"]
    assert len(warnings) == 1 and "retrying at 2026-11-25T12:02:30Z" in warnings[0].getMessage()

    # Before the next attempt is due nothing goes, even with new alerts' batch window passed.
    before = first + timedelta(seconds=119)
    assert await deliver_pending(conn, sender, config, before) == DeliveryResult(0, 0, 0)
    assert len(hook.posts) == 1

    hook.status = 200
    after = first + timedelta(seconds=120)
    assert await deliver_pending(conn, sender, config, after) == DeliveryResult(2, 0, 0)
    assert len(hook.posts) == 2
    assert hook.posts[1]["title"] == "[site-health] 2 sites down"
    assert [r["attempts"] for r in alert_rows(conn)] == [2, 2]
    assert await deliver_pending(conn, sender, config, after + timedelta(hours=1)) == (
        DeliveryResult(0, 0, 0)
    )
    assert len(hook.posts) == 2


async def test_an_unreachable_channel_fails_fast_and_is_given_up(
    outbox: tuple[sqlite3.Connection, dict[str, int]],
    caplog: pytest.LogCaptureFixture,
    no_proxy: None,
) -> None:
    conn, site_ids = outbox
    config = settings(f"json://127.0.0.1:{closed_port()}/hook?{FAST}", give_up_hours=2)
    sender = AlertSender(config.urls)
    raise_alerts(conn, [down(0), down(2)], site_ids, NOW)

    started = time.perf_counter()
    result = await deliver_pending(conn, sender, config, NOW + timedelta(seconds=30))
    assert time.perf_counter() - started < 1.0
    assert result == DeliveryResult(0, 2, 0)
    assert "connection error" in alert_rows(conn)[0]["last_error"].lower()

    # Retried every 5 minutes; two hours after being raised they are given up, once.
    with caplog.at_level(logging.WARNING, logger="crawler.alerts"):
        late = NOW + timedelta(hours=2, seconds=1)
        assert await deliver_pending(conn, sender, config, late) == DeliveryResult(0, 0, 2)
        again = late + timedelta(hours=1)
        assert await deliver_pending(conn, sender, config, again) == DeliveryResult(0, 0, 0)
    gave_up = [r for r in caplog.records if "gave up" in r.getMessage()]
    assert len(gave_up) == 1
    assert "2 alert(s)" in gave_up[0].getMessage()
    rows = alert_rows(conn)
    assert [(r["gave_up"], r["sent_at"], r["attempts"]) for r in rows] == [(1, None, 1)] * 2


async def test_a_slow_channel_times_out_instead_of_hanging(
    receiver: tuple[Receiver, str],
) -> None:
    hook, url = receiver
    hook.delay = 2.0
    sender = AlertSender([url.replace("rto=0.5", "rto=0.1")])
    started = time.perf_counter()
    with pytest.raises(DeliveryError) as caught:
        await sender.send("title", "body")
    assert time.perf_counter() - started < 1.0
    assert isinstance(caught.value, CrawlerError)
    assert "urls[0]" in str(caught.value)


async def test_partial_delivery_is_not_retried(receiver: tuple[Receiver, str]) -> None:
    hook, url = receiver
    sender = AlertSender([f"json://127.0.0.1:{closed_port()}/hook?{FAST}", url])
    await sender.send("title", "body")  # no DeliveryError: one channel has it
    assert len(hook.posts) == 1


async def test_no_channels_leave_the_outbox_alone(
    outbox: tuple[sqlite3.Connection, dict[str, int]],
) -> None:
    conn, site_ids = outbox
    sender = AlertSender([])
    await sender.send("title", "body")
    raise_alerts(conn, [down(0)], site_ids, NOW)
    config = AlertSettings()
    result = await deliver_pending(conn, sender, config, NOW + timedelta(days=3))
    assert result == DeliveryResult(0, 0, 0)
    (row,) = alert_rows(conn)
    assert (row["sent_at"], row["gave_up"], row["attempts"]) == (None, 0, 0)


# --- the message ---------------------------------------------------------------------------


def pending(event: str = "down", **changes: Any) -> PendingAlert:
    values: dict[str, Any] = {
        "id": 1,
        "event": event,
        "site_url": "https://a.example.gov/",
        "site_name": "Alpha Bureau",
        "site_group": "North",
        "raised_at": NOW,
        "detail": "connection refused",
        "attempts": 0,
        "since": NOW - timedelta(minutes=3),
        **changes,
    }
    return PendingAlert(**values)


def test_hostile_text_is_neutralised() -> None:
    hostile = (
        "<script>alert(1)</script>\x1b[31mRED\x1b[0m\u202eevil\u202c"
        "\r\nInjected: line\x00\x07\u2028more" + "x" * 5000
    )
    alert = pending("hijacked", detail=hostile, site_name="Evil\u202e name\n<b>x</b>")
    title, body = format_alert_message([alert], title_prefix="[site-health]")

    assert title == "[site-health] 1 site hijacked"
    assert "\x1b" not in body and "[31m" not in body and "[0m" not in body
    assert "\u202e" not in body and "\u202c" not in body
    assert "\x00" not in body and "\x07" not in body and "\r" not in body
    assert "\u2028" not in body
    lines = body.split("\n")
    assert len(lines) == 4  # event and names, URL, since, evidence: each one line
    assert lines[0] == "HIJACKED  North · Evil name <b>x</b>"
    evidence = lines[3]
    assert evidence.startswith("<script>alert(1)</script> RED evil Injected: line more")
    assert len(evidence) <= 300 and evidence.endswith("…")
    assert len(body) < 500
    # The HTML is left as text: the body goes as Apprise TEXT, which escapes it for HTML
    # channels (email) and for Markdown ones.


def test_title_counts_and_a_long_batch_is_capped() -> None:
    alerts = [pending("down", id=n) for n in range(60)]
    alerts += [pending("up", id=100 + n) for n in range(3)]
    alerts += [pending("zombie", id=200)]
    title, body = format_alert_message(alerts, title_prefix="[site-health]")
    assert title == "[site-health] 60 sites down, 1 gone zombie, 3 back up"
    assert body.count("https://a.example.gov/") == 50
    assert body.endswith("… and 14 more: 10 down, 1 gone zombie, 3 back up")

    title, _ = format_alert_message([pending("up")], title_prefix="")
    assert title == "1 site back up"


def test_alert_keys_are_stable() -> None:
    since = datetime(2026, 11, 25, 20, 0, 0, 123456, tzinfo=UTC)
    alert = Alert("down", "https://a.example.gov/", since, "x")
    assert alert.key == "down|https://a.example.gov/|2026-11-25T20:00:00Z"
    assert Alert("report", None, since, "y").key == "report||2026-11-25T20:00:00Z"
    with pytest.raises(ValueError, match="timezone-aware"):
        Alert("down", "https://a.example.gov/", datetime(2026, 11, 25), "x")


# --- configuration -----------------------------------------------------------------------------


def test_an_unusable_url_is_named_by_position_not_echoed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "hunter2secret"
    with caplog.at_level(logging.DEBUG), pytest.raises(ValueError) as caught:
        AlertSender([f"slack://{secret}", "json://127.0.0.1:1/hook"])
    message = str(caught.value)
    assert message.startswith("urls[0]: ")
    assert "slack://" in message and secret not in message
    assert secret not in caplog.text  # Apprise would log this URL in full

    with pytest.raises(ValueError, match=r"^urls\[1\]: ") as caught:
        AlertSender(["json://127.0.0.1:1/hook", "nosuchservice://user:hunter2@host/"])
    assert "hunter2" not in str(caught.value)


def test_messages_in_chinese() -> None:
    alerts = [pending("down"), pending("down"), pending("hijacked"), pending("up")]
    title, body = format_alert_message(alerts, title_prefix="[网站监测]", lang="zh")
    assert title == "[网站监测] 2 个网站无法访问，1 个被篡改，1 个恢复访问"
    assert body.startswith("【无法访问】") and "【恢复访问】" in body and "起始于" in body
    english, _ = format_alert_message(alerts, title_prefix="", lang="en")
    assert english == "2 sites down, 1 hijacked, 1 back up"
