"""Maintenance windows and cron expressions (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.config import MaintenanceWindow
from crawler.cron import cron_trigger
from crawler.maintenance import Maintenance
from crawler.models import Site

SHANGHAI = timezone(timedelta(hours=8))
CITY = Site("http://www.city.test/", "City", "北京市")
TOWN = Site("http://www.town.test/", "Town", "上海市")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def test_cron_weekday_zero_is_sunday_as_in_cron() -> None:
    trigger = cron_trigger("0 2 * * 0", SHANGHAI)
    # 2026-11-28 is a Saturday: the next run is Sunday the 29th, not Monday.
    assert trigger.get_next_fire_time(None, at("2026-11-28T00:00")) == at("2026-11-29T02:00")
    seven = cron_trigger("0 2 * * 7", SHANGHAI)
    assert seven.get_next_fire_time(None, at("2026-11-28T00:00")) == at("2026-11-29T02:00")
    weekdays = cron_trigger("*/30 9-17 * * 1-5", SHANGHAI)
    assert weekdays.get_next_fire_time(None, at("2026-11-28T00:00")) == at("2026-11-30T09:00")


@pytest.mark.parametrize("bad", ["0 2 * *", "0 25 * * *", "0 2 * * 8", "x * * * *"])
def test_bad_cron_expressions_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        cron_trigger(bad, UTC)


def test_recurring_window_by_group() -> None:
    windows = Maintenance(
        [MaintenanceWindow(groups=("北京市",), cron="0 2 * * 0", duration_minutes=90)], SHANGHAI
    )
    assert windows.covers(CITY, at("2026-11-29T02:00")) is not None
    assert windows.covers(CITY, at("2026-11-29T03:29")) is not None
    assert windows.covers(CITY, at("2026-11-29T03:30")) is None  # end is exclusive
    assert windows.covers(CITY, at("2026-11-29T01:59")) is None
    assert windows.covers(CITY, at("2026-11-30T02:30")) is None  # Monday
    assert windows.covers(TOWN, at("2026-11-29T02:30")) is None  # another group


def test_one_off_window_naive_times_in_the_daemon_zone() -> None:
    window = MaintenanceWindow(
        sites=(TOWN.url,), start="2026-12-01T22:00", end="2026-12-02T06:00", reason="机房搬迁"
    )
    windows = Maintenance([window], SHANGHAI)
    assert windows.covers(TOWN, at("2026-12-01T23:00")) is window
    # 14:00 UTC is 22:00 in Shanghai.
    assert windows.covers(TOWN, datetime(2026, 12, 1, 14, 0, tzinfo=UTC)) is window
    assert windows.covers(TOWN, datetime(2026, 12, 1, 13, 59, tzinfo=UTC)) is None
    assert windows.covers(CITY, at("2026-12-01T23:00")) is None


def test_a_window_without_sites_or_groups_covers_every_site() -> None:
    windows = Maintenance([MaintenanceWindow(cron="0 0 1 * *", duration_minutes=60)], UTC)
    moment = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
    assert windows.covers(CITY, moment) and windows.covers(TOWN, moment)
    assert not Maintenance([], UTC)
