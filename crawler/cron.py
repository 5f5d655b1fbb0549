"""Cron expressions as users write them, turned into APScheduler triggers.

APScheduler 3's `CronTrigger.from_crontab` numbers weekdays from Monday (0 = Mon),
while cron numbers them from Sunday (0 and 7 = Sun): "0 2 * * 0" would run on
Mondays. We translate weekday numbers to names before handing the expression over.
"""

from __future__ import annotations

import re
from datetime import tzinfo

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


def cron_trigger(expression: str, zone: tzinfo) -> CronTrigger:
    """A trigger for a five-field cron expression; ValueError names what is wrong."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(
            f"{expression!r}: expected five fields (minute hour day month weekday), "
            f"got {len(fields)}"
        )
    minute, hour, day, month, weekday = fields
    try:
        return CronTrigger(
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=_weekday_field(weekday),
            timezone=zone,
        )
    except ValueError as exc:
        raise ValueError(f"{expression!r}: {exc}") from None
