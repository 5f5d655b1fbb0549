"""Cron expressions as users write them, turned into APScheduler triggers.

APScheduler 3's `CronTrigger.from_crontab` numbers weekdays from Monday (0 = Mon),
while cron numbers them from Sunday (0 and 7 = Sun): "0 2 * * 0" would run on
Mondays. We translate weekday numbers to names before handing the expression over.

Daylight saving time: when clocks go back, the wall-clock hour after the change comes
twice, and APScheduler fires "30 2 * * *" in both (two scans, two reports that night).
Cron runs a job of fixed hours once, at the first pass; so do we. A job that runs every
hour ("7 * * * *", "*/2" hours) runs in both passes, as in cron. When clocks go
forward, a time that does not exist that day runs an hour later (02:30 -> 03:30).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from apscheduler.triggers.cron import CronTrigger

_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_field(text: str) -> str:
    def name(match: re.Match[str]) -> str:
        number = int(match.group(0))
        if number > 7:
            raise ValueError(f"day of week {number} is out of range (0-7)")
        return _DAY_NAMES[number]

    # Numbers that are day values, not step sizes ("*/2" keeps its 2).
    return re.sub(r"(?<![/\d])\d+", name, text)


class _OnceTrigger(CronTrigger):  # type: ignore[misc]  # APScheduler is untyped
    """A cron trigger of fixed hours: the repeated hour at the end of DST fires once."""

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        fire: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        for _ in range(3):  # one repeated hour a night; a bound, not a search
            if fire is None or not _second_pass(fire):
                break
            # Ask again from the end of the repeated hour (the first pass has fired,
            # or was missed as cron would miss it).
            fire = super().get_next_fire_time(None, _repeat_end(fire))
        return fire


def _repeat_end(moment: datetime) -> datetime:
    """The first instant after the repeated wall-clock hour that holds `moment`."""
    offset = moment.utcoffset()
    turned = moment.astimezone(UTC)
    # Back, a minute at a time, to when the clocks went back (at most a few hours).
    while (turned - timedelta(minutes=1)).astimezone(moment.tzinfo).utcoffset() == offset:
        turned -= timedelta(minutes=1)
    earlier = (turned - timedelta(minutes=1)).astimezone(moment.tzinfo).utcoffset()
    assert earlier is not None and offset is not None
    return (turned + (earlier - offset)).astimezone(moment.tzinfo)


def _second_pass(moment: datetime) -> bool:
    """Whether `moment` is the second time its zone's clocks show this wall time."""
    first = moment.replace(fold=0)
    return first.utcoffset() != moment.replace(fold=1).utcoffset() and (
        first.astimezone(UTC) < moment.astimezone(UTC)
    )


def cron_trigger(expression: str, zone: tzinfo) -> CronTrigger:
    """A trigger for a five-field cron expression; ValueError names what is wrong."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(
            f"{expression!r}: expected five fields (minute hour day month weekday), "
            f"got {len(fields)}"
        )
    minute, hour, day, month, weekday = fields
    kind = CronTrigger if "*" in hour else _OnceTrigger
    try:
        return kind(
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=_weekday_field(weekday),
            timezone=zone,
        )
    except ValueError as exc:
        raise ValueError(f"{expression!r}: {exc}") from None
