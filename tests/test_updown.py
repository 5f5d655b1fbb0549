"""The up/down state machine: thresholds, no flapping, recovery, the unknown start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crawler.updown import ProbeState, Transition, advance

T0 = datetime(2026, 11, 25, 1, 2, 3, tzinfo=UTC)
HOUR = timedelta(hours=1)


def run(
    outcomes: str, start: ProbeState | None = None, fail: int = 3, success: int = 2
) -> tuple[ProbeState, list[Transition]]:
    """Feed "+" (good) / "-" (failed) probes an hour apart; the final state and changes."""
    state, changes = start, []
    for n, mark in enumerate(outcomes):
        state, change = advance(
            state,
            mark == "+",
            T0 + n * HOUR,
            error=None if mark == "+" else "no answer in time (timeout)",
            fail_threshold=fail,
            success_threshold=success,
        )
        if change is not None:
            changes.append(change)
    assert state is not None
    return state, changes


@pytest.mark.parametrize(
    ("outcomes", "fail", "success", "final", "path"),
    [
        # The unknown start leaves by either threshold, and says so.
        ("+", 3, 2, "unknown", []),
        ("++", 3, 2, "up", ["unknown>up"]),
        ("--", 3, 2, "unknown", []),
        ("---", 3, 2, "down", ["unknown>down"]),
        ("-+-+-+", 3, 2, "unknown", []),
        # Thresholds of 1: every outcome counts at once.
        ("+-+", 1, 1, "up", ["unknown>up", "up>down", "down>up"]),
        # No flapping: isolated bad probes between good ones never take a site down ...
        ("++-+-+--+---", 3, 2, "down", ["unknown>up", "up>down"]),
        ("++--+--+--+", 3, 2, "up", ["unknown>up"]),
        # ... nor does one good probe during an outage bring it up.
        ("++---+-+-", 3, 2, "down", ["unknown>up", "up>down"]),
        # Recovery needs `success` good probes in a row.
        ("++---++", 3, 2, "up", ["unknown>up", "up>down", "down>up"]),
        ("++---+-++", 3, 2, "up", ["unknown>up", "up>down", "down>up"]),
        ("+++++-----+++++", 5, 5, "up", ["unknown>up", "up>down", "down>up"]),
        # Staying down (or up) is no transition, however long.
        ("++" + "-" * 20, 3, 2, "down", ["unknown>up", "up>down"]),
    ],
)
def test_transitions(outcomes: str, fail: int, success: int, final: str, path: list[str]) -> None:
    state, changes = run(outcomes, fail=fail, success=success)
    assert state.state == final
    assert [f"{c.old}>{c.new}" for c in changes] == path


@pytest.mark.parametrize(
    ("outcomes", "failures", "successes"),
    [("+++", 0, 3), ("++-", 1, 0), ("--+", 0, 1), ("+--", 2, 0), ("---", 3, 0), ("---++", 0, 2)],
)
def test_counters_reset_on_the_opposite_outcome(
    outcomes: str, failures: int, successes: int
) -> None:
    state, _ = run(outcomes)
    assert (state.failures, state.successes) == (failures, successes)


def test_times_and_details() -> None:
    state, changes = run("++---++")
    up, down, back = changes
    assert up.at == T0 + HOUR and up.detail == "answering: 2 good probes in a row"
    assert down.at == T0 + 4 * HOUR
    assert down.detail == "3 failed probes in a row: no answer in time (timeout)"
    assert back.at == T0 + 6 * HOUR
    assert back.detail == "answering again after 2 good probes (down since 2026-11-25 05:02 UTC)"
    assert state.since == back.at and state.last_probe == T0 + 6 * HOUR
    assert state.last_error is None  # cleared once up


def test_state_keeps_its_since_and_last_error_while_unchanged() -> None:
    state, _ = run("++---+")
    assert state.state == "down"
    assert state.since == T0 + 4 * HOUR  # the probe that took it down
    assert state.last_probe == T0 + 5 * HOUR
    assert state.last_error == "no answer in time (timeout)"  # still why it is down


def test_single_probe_thresholds_word_the_detail_in_the_singular() -> None:
    _, changes = run("+-+", fail=1, success=1)
    assert [c.detail for c in changes] == [
        "answering: 1 good probe",
        "1 failed probe: no answer in time (timeout)",
        "answering again after 1 good probe (down since 2026-11-25 02:02 UTC)",
    ]


def test_unknown_start_from_a_stored_state() -> None:
    stored = ProbeState("down", 5, 0, T0 - 10 * HOUR, T0 - HOUR, "server error (HTTP 503)")
    state, changes = run("+", start=stored, success=1)
    assert state.state == "up" and changes[0].old == "down"
    assert "down since 2026-11-24 15:02 UTC" in changes[0].detail
