"""The daemon as an operator runs it for weeks: clock changes, growth, a failing alert
channel, a locked database, restarts mid-scan, a site list edited while it runs.

Time passing is tested two ways: the decisions as pure functions of a given `now`
(cron triggers, roll-ups, the alert outbox), and short real runs of the daemon against
the farm and a webhook receiver on 127.0.0.1 with sub-second intervals."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.alerts import Alert, AlertSender, DeliveryResult, deliver_pending, raise_alerts
from crawler.config import AlertSettings, config_from_mapping
from crawler.cron import cron_trigger
from crawler.models import Site
from crawler.storage import ResultStore, open_database
from tests.webhook import Receiver

BERLIN = ZoneInfo("Europe/Berlin")


def fires(expression: str, zone: ZoneInfo, start: datetime, count: int) -> list[datetime]:
    """The trigger's next `count` fire times from `start`, as the scheduler walks them."""
    trigger = cron_trigger(expression, zone)
    out: list[datetime] = []
    previous, now = None, start
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        out.append(fire.astimezone(UTC))
        previous = now = fire
    return out


# --- clock changes -------------------------------------------------------------------


def test_a_nightly_job_runs_once_when_the_clocks_go_back() -> None:
    # 2026-10-25 in Berlin: 03:00 CEST becomes 02:00 CET, so 02:30 comes twice.
    nights = fires("30 2 * * *", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 3)
    assert nights == [
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST, the first pass
        datetime(2026, 10, 26, 1, 30, tzinfo=UTC),  # the next night, 02:30 CET
        datetime(2026, 10, 27, 1, 30, tzinfo=UTC),
    ]
    # A weekly maintenance-like job and two fixed hours in the repeated one.
    sunday = fires("0 2 * * 0", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 2)
    assert sunday == [datetime(2026, 10, 25, 0, tzinfo=UTC), datetime(2026, 11, 1, 1, tzinfo=UTC)]
    two = fires("0,45 2,3 * * *", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 4)
    assert [f.strftime("%H:%M") for f in two] == ["00:00", "00:45", "02:00", "02:45"]


def test_hourly_jobs_run_every_hour_across_both_clock_changes() -> None:
    back = fires("7 * * * *", BERLIN, datetime(2026, 10, 24, 23, tzinfo=UTC), 5)
    forward = fires("7 * * * *", BERLIN, datetime(2026, 3, 28, 23, tzinfo=UTC), 5)
    for hours in (back, forward):
        assert [b - a for a, b in itertools.pairwise(hours)] == [timedelta(hours=1)] * 4


def test_a_time_that_does_not_exist_runs_once_an_hour_later() -> None:
    # 2026-03-29 in Berlin: 02:00 CET becomes 03:00 CEST; 02:30 does not exist that day.
    nights = fires("30 2 * * *", BERLIN, datetime(2026, 3, 28, 12, tzinfo=BERLIN), 2)
    assert nights == [
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # 03:30 CEST
        datetime(2026, 3, 30, 0, 30, tzinfo=UTC),  # 02:30 CEST
    ]
    # The default 01:00 scan is an hour of UTC earlier in summer, at 01:00 local both.
    scans = fires("0 1 * * *", BERLIN, datetime(2026, 3, 28, 12, tzinfo=BERLIN), 2)
    assert [s.astimezone(BERLIN).hour for s in scans] == [1, 1]


def test_the_machine_zone_keeps_its_daylight_saving_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With no [daemon]/[report] timezone the machine's zone is used: it must be the
    # zone, not today's offset, or a winter start runs the 01:00 scan at 02:00 in summer.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    zone = config_from_mapping({}, Path("daemon.toml")).daemon_zone
    winter, summer = datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12)
    assert winter.replace(tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert summer.replace(tzinfo=zone).utcoffset() == timedelta(hours=2)
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # no DST: 08:00 all year
    shanghai = config_from_mapping({}, Path("daemon.toml")).daemon_zone
    assert summer.replace(tzinfo=shanghai).utcoffset() == timedelta(hours=8)


# --- the alert channel down for hours -------------------------------------------------

NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
SITES = [Site(f"https://s{n}.example.gov/", f"Bureau {n}", "示例市") for n in range(4)]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, dict[str, int]]]:
    db = open_database(tmp_path / "outbox.db")
    store = ResultStore(db)
    store.register_sites(SITES, NOW - timedelta(days=1))
    try:
        yield db.conn, store.site_ids()
    finally:
        db.conn.close()


async def test_alerts_raised_while_the_channel_is_down_go_as_one_message_when_it_is_back(
    receiver: tuple[Receiver, str], outbox: tuple[sqlite3.Connection, dict[str, int]]
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = AlertSettings(urls=(url,), batch_seconds=30, retry_seconds=300, give_up_hours=24)
    sender = AlertSender(config.urls)
    hook.status = 500  # the channel is down

    def change(event: str, index: int, minutes: int) -> None:
        since = NOW + timedelta(minutes=minutes)
        raise_alerts(conn, [Alert(event, SITES[index].url, since, "probes")], site_ids, since)

    change("down", 0, 0)
    # The daemon delivers every tick; changes keep coming while the channel is down.
    for second in range(0, 40 * 60, 20):
        moment = NOW + timedelta(seconds=second)
        if second == 2 * 60:
            change("down", 1, 2)
        if second == 9 * 60:
            change("down", 2, 9)
        if second == 13 * 60:
            change("up", 0, 13)
        if second == 30 * 60:
            hook.status = 200  # back after half an hour
        await deliver_pending(conn, sender, config, moment)
    # The first batch at 0:40, then one retry every 5 minutes with every alert raised
    # so far; not an attempt (and, once back, a message) per change. The last goes.
    assert len(hook.posts) == 7, [p["title"] for p in hook.posts]
    delivered = hook.posts[-1]
    assert delivered["title"] == "[site-health] 3 sites down, 1 back up"
    assert all(site.url in delivered["message"] for site in SITES[:3])
    (unsent,) = conn.execute("SELECT COUNT(*) FROM alerts WHERE sent_at IS NULL").fetchone()
    assert unsent == 0

    # A day-long outage: what waited longer than give_up_hours is given up, the rest goes.
    hook.status = 500
    change("down", 3, 24 * 60)
    for hours in (24.01, 30, 47):
        await deliver_pending(conn, sender, config, NOW + timedelta(hours=hours))
    change("zombie", 1, 47 * 60)
    hook.status = 200
    result = await deliver_pending(conn, sender, config, NOW + timedelta(hours=48.5))
    assert result == DeliveryResult(1, 0, 1)
    assert hook.posts[-1]["title"] == "[site-health] 1 site gone zombie"
    given_up = "SELECT gave_up FROM alerts WHERE event = 'down' AND site_id = ?"
    assert conn.execute(given_up, (site_ids[SITES[3].url],)).fetchone() == (1,)
