"""The daemon as an operator runs it for weeks: clock changes, growth, a failing alert
channel, a locked database, restarts mid-scan, a site list edited while it runs.

Time passing is tested two ways: the decisions as pure functions of a given `now`
(cron triggers, roll-ups, the alert outbox), and short real runs of the daemon against
the farm and a webhook receiver on 127.0.0.1 with sub-second intervals."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.config import config_from_mapping
from crawler.cron import cron_trigger

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
