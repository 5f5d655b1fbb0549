"""Up/down state of a site from its availability probes: a pure state machine.

A site goes down after `fail_threshold` failed probes in a row and comes back up
after `success_threshold` good probes in a row; each outcome resets the other
counter. So one bad probe between good ones (or one good probe during an outage)
never changes the state: no flapping, no alert storms. A new site starts "unknown"
and leaves it the same way. The caller decides which transitions alert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

State = Literal["unknown", "up", "down"]


@dataclass(frozen=True)
class ProbeState:
    state: State
    failures: int  # consecutive failed probes
    successes: int  # consecutive good probes
    since: datetime  # when `state` began
    last_probe: datetime
    # The latest failed probe's error; cleared once the site is up again.
    last_error: str | None


@dataclass(frozen=True)
class Transition:
    old: str
    new: str
    at: datetime
    detail: str  # plain words, for alerts and the status command


def advance(
    state: ProbeState | None,
    ok: bool,
    at: datetime,
    *,
    error: str | None,
    fail_threshold: int,
    success_threshold: int,
) -> tuple[ProbeState, Transition | None]:
    """Apply one probe outcome; the transition is returned only when `state` changes."""
    if state is None:
        state = ProbeState("unknown", 0, 0, at, at, None)
    if ok:
        failures, successes = 0, state.successes + 1
        last_error = None if state.state == "up" else state.last_error
    else:
        failures, successes = state.failures + 1, 0
        last_error = error
    new: State = state.state
    if ok and state.state != "up" and successes >= success_threshold:
        new, last_error = "up", None
    elif not ok and state.state != "down" and failures >= fail_threshold:
        new = "down"
    if new == state.state:
        return ProbeState(new, failures, successes, state.since, at, last_error), None
    if new == "down":
        detail = _counted(failures, "failed probe") + (f": {error}" if error else "")
    elif state.state == "down":
        detail = (
            f"answering again after {_counted(successes, 'good probe', run=False)}"
            f" (down since {state.since.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"
        )
    else:
        detail = f"answering: {_counted(successes, 'good probe')}"
    after = ProbeState(new, failures, successes, at, at, last_error)
    return after, Transition(state.state, new, at, detail)


def _counted(number: int, noun: str, *, run: bool = True) -> str:
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun}s" + (" in a row" if run else "")
