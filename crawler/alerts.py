"""The alert outbox: state changes become alerts, alerts become messages, through Apprise.

    raise_alerts     Alert -> a row in `alerts`, once per key (the same change is one alert
                     forever, however often it is raised again)
    pending_alerts   rows due now, held back until the oldest is `batch_seconds` old so that
                     alerts firing together go out as one message
    deliver_pending  one message for all of them; success marks them sent, failure schedules
                     a retry, and alerts unsent after `give_up_hours` are given up

Delivery is at least once: a process killed between a successful send and the update
that records it sends that message again on restart. A failing channel never raises out
of `deliver_pending` (the daemon must keep running); it is logged and retried.

Names and details may come from hacked pages: the message is plain text, and every piece
of site-supplied text is put on one line, stripped of control characters, ANSI escapes
and bidi overrides, and cut short (`format_alert_message`).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import sqlite3
import threading
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

import apprise

from crawler.config import AlertSettings
from crawler.errors import DeliveryError
from crawler.storage import parse_utc, utc_text
from crawler.transactions import transaction

log = logging.getLogger("crawler.alerts")

# Order of events in titles and bodies: the worst news first.
EVENT_ORDER = ("down", "hijacked", "zombie", "up", "report")


@functools.cache
def alert_words(lang: str) -> dict[str, Any]:
    """The words of alert messages in `lang` (data/alert_words.toml), English for others."""
    text = resources.files("crawler").joinpath("data/alert_words.toml").read_text("utf-8")
    words: dict[str, dict[str, Any]] = tomllib.loads(text)
    return words.get(lang, words["en"])


DETAIL_LIMIT = 300  # characters of site-supplied text per field in a message
REPORT_LIMIT = 1000  # the daily summary is our own text, only quoting site names
NAME_LIMIT = 120
MESSAGE_ALERTS = 50  # alerts listed in one message; the rest are counted
STORED_DETAIL_LIMIT = 2000  # characters of detail kept in the database


@dataclass(frozen=True)
class Alert:
    """A state change worth telling someone about."""

    event: str  # "down", "up", "hijacked", "zombie", or "report" (the daily summary)
    site_url: str | None  # None for "report"
    since: datetime  # when the change happened (part of the key); timezone-aware
    detail: str  # the evidence, plain words
    suppressed: bool = False  # inside a maintenance window: stored, never sent

    def __post_init__(self) -> None:
        if self.since.tzinfo is None:
            raise ValueError("Alert.since must be timezone-aware")

    @property
    def key(self) -> str:
        """The same change is one alert forever (seconds precision, UTC)."""
        return f"{self.event}|{self.site_url or ''}|{utc_text(self.since)}"


def raise_alerts(
    conn: sqlite3.Connection,
    alerts: Sequence[Alert],
    site_ids: Mapping[str, int],
    now: datetime,
) -> int:
    """Add alerts to the outbox in one transaction; returns how many were new.

    An alert whose key is already stored (sent, pending, suppressed or given up) is
    ignored. A site URL missing from `site_ids` is stored without a site id (its URL
    stays in the key). Filtering by `[alerts] events` is the caller's business.
    """
    if not alerts:
        return 0
    raised = utc_text(now)
    rows = [
        (
            alert.key,
            site_ids.get(alert.site_url) if alert.site_url is not None else None,
            alert.event,
            raised,
            _storable(alert.detail),
            int(alert.suppressed),
        )
        for alert in alerts
    ]
    new = 0
    with transaction(conn):
        for row in rows:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO alerts (key, site_id, event, raised_at, detail, suppressed)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
            new += max(cursor.rowcount, 0)
    return new


@dataclass(frozen=True)
class PendingAlert:
    """An alert due for delivery, with its site's name and group."""

    id: int
    event: str
    site_url: str | None
    site_name: str
    site_group: str
    raised_at: datetime
    detail: str
    attempts: int
    since: datetime  # when the change happened (from the alert's key)


def pending_alerts(
    conn: sqlite3.Connection, now: datetime, *, batch_seconds: float
) -> list[PendingAlert]:
    """Alerts to send now: unsent, not suppressed, not given up, due for an attempt.

    Nothing is due until the oldest of them was raised `batch_seconds` ago, so alerts
    that fire together wait for each other and go as one message; a retry (any of them
    already attempted) goes at once. While a failed delivery waits for its retry, the
    channel is down: alerts raised meanwhile wait with it and go in the same message
    (each trying on its own would send one message per change once it is back).
    """
    rows = conn.execute(
        "SELECT a.id, a.event, a.key, s.url, s.name, s.site_group, a.raised_at, a.detail,"
        " a.attempts, a.next_attempt FROM alerts a LEFT JOIN sites s ON s.id = a.site_id"
        " WHERE a.sent_at IS NULL AND a.suppressed = 0 AND a.gave_up = 0"
        " ORDER BY a.raised_at, a.id",
    ).fetchall()
    retry_at = max((row[-1] for row in rows if row[-1] is not None), default=None)
    if retry_at is not None and retry_at > utc_text(now):
        return []
    pending = []
    for alert_id, event, key, url, name, group, raised_at, detail, attempts, _ in rows:
        key_url, since = _split_key(key)
        pending.append(
            PendingAlert(
                id=alert_id,
                event=event,
                site_url=url if url is not None else key_url,
                site_name=name or "",
                site_group=group or "",
                raised_at=parse_utc(raised_at),
                detail=detail,
                attempts=attempts,
                since=since if since is not None else parse_utc(raised_at),
            )
        )
    if not pending:
        return []
    if any(p.attempts > 0 for p in pending):
        return pending
    oldest = min(p.raised_at for p in pending)
    if oldest <= now - timedelta(seconds=batch_seconds):
        return pending
    return []


def format_alert_message(
    alerts: Sequence[PendingAlert], *, title_prefix: str, lang: str = "en"
) -> tuple[str, str]:
    """The message for a batch of alerts: (title, plain-text body).

    The title counts the alerts by event ("[site-health] 3 sites down, 1 hijacked,
    1 back up"); the body has one block per alert, worst news first, and stops after
    MESSAGE_ALERTS of them with a count of the rest.
    """
    words = alert_words(lang)
    ordered = sorted(alerts, key=lambda a: (_event_rank(a.event), a.since, a.id))
    counts = Counter(a.event for a in ordered)
    prefix = _one_line(title_prefix, NAME_LIMIT)
    summary = _count_phrase(counts, words, first_noun=True) or words["none"]
    title = f"{prefix} {summary}" if prefix else summary

    blocks = [_block(alert, words) for alert in ordered[:MESSAGE_ALERTS]]
    rest = ordered[MESSAGE_ALERTS:]
    if rest:
        rest_counts = _count_phrase(Counter(a.event for a in rest), words, first_noun=False)
        blocks.append(words["more"].format(n=len(rest), counts=rest_counts))
    return title, "\n\n".join(blocks)


class AlertSender:
    """The configured notification channels (Apprise URLs)."""

    def __init__(self, urls: Sequence[str], *, timeout: float = 60.0) -> None:
        """Load every URL; an unusable one raises ValueError naming its position.

        Neither the error nor Apprise's own log repeats the URL: it may hold a password
        or token. A URL without `overflow=` truncates a body too long for its service
        (instead of Apprise's default of letting the service refuse it, forever).
        `timeout` bounds one whole send in seconds; per-URL `cto=`/`rto=` (connect and
        read timeouts, 4 s by default) bound each request.
        """
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.timeout = timeout
        self._apprise = apprise.Apprise()
        self._labels: dict[str, str] = {}
        for index, url in enumerate(urls):
            service = _load_service(url)
            if service is None:
                scheme = _scheme(url)
                what = f"{scheme}:// URL" if scheme else "URL"
                raise ValueError(
                    f"urls[{index}]: Apprise cannot use this {what} (unknown service, or a"
                    " missing or invalid part; the URL is not repeated here as it may hold"
                    " a secret)"
                )
            if "overflow" not in _query_keys(url):
                service.overflow_mode = apprise.OverflowMode.TRUNCATE
            self._apprise.add(service)
            self._labels.setdefault(_privacy_url(service), f"urls[{index}]")

    @property
    def channels(self) -> int:
        return len(self._apprise)

    async def send(self, title: str, body: str, *, notify_type: str = "info") -> None:
        """Send one message to every channel; DeliveryError if none accepted it.

        A message that reached some channels but not all is not an error (retrying it
        would repeat it on the channels that work); the failures are logged. With no
        channel configured this does nothing.
        """
        kind = apprise.NotifyType(notify_type)  # "info", "success", "warning" or "failure"
        if not self.channels:
            return
        try:
            result = await self._apprise.async_notify(
                body=body,
                title=title,
                notify_type=kind,
                body_format=apprise.NotifyFormat.TEXT,
                timeout=self.timeout,
            )
        except Exception as exc:  # an Apprise bug must not look like a crash of ours
            raise DeliveryError(f"Apprise raised {type(exc).__name__}") from exc
        with result:
            status = result.status
            if status == apprise.AppriseResultStatus.SUCCESS:
                return
            problems = self._problems(result)
            if status == apprise.AppriseResultStatus.PARTIAL:
                log.warning("alert message reached only some channels (not retried): %s", problems)
                return
            raise DeliveryError(f"{status.name.lower()}: {problems}")

    def _problems(self, result: apprise.AppriseResult) -> str:
        parts = []
        for service in result:
            if service.status == apprise.AppriseResultStatus.SUCCESS:
                continue
            label = self._labels.get(service.url, service.name)
            messages = [entry.message for entry in service.logs() if entry.message]
            parts.append(f"{label}: {' '.join(messages) or service.status.name.lower()}")
        parts.extend(entry.message for entry in result.call_logs() if entry.message)
        return _one_line("; ".join(parts) or "no channel accepted the message", DETAIL_LIMIT)


@dataclass(frozen=True)
class DeliveryResult:
    sent: int  # alerts delivered
    failed: int  # alerts whose delivery failed (to be retried)
    gave_up: int  # alerts given up for good


async def _inline(work: Callable[[], Any]) -> Any:
    return work()


async def deliver_pending(
    conn: sqlite3.Connection,
    sender: AlertSender,
    settings: AlertSettings,
    now: datetime,
    *,
    lang: str = "en",
    run: Callable[[Callable[[], Any]], Awaitable[Any]] = _inline,
) -> DeliveryResult:
    """Send what is due as one message and record the outcome; never raises for a
    failed delivery. With no channel configured, the outbox is left as it is.

    `run` runs each piece of database work: the daemon passes its database thread, so
    a database locked by another process (SQLite waits up to its busy timeout) never
    blocks the event loop."""
    if not sender.channels:
        return DeliveryResult(0, 0, 0)
    cutoff = now - timedelta(hours=settings.give_up_hours)
    gave_up: int = await run(lambda: _give_up(conn, cutoff, settings))
    due: list[PendingAlert] = await run(
        lambda: pending_alerts(conn, now, batch_seconds=settings.batch_seconds)
    )
    if not due:
        return DeliveryResult(0, 0, gave_up)
    title, body = format_alert_message(due, title_prefix=settings.title_prefix, lang=lang)
    ids = [(alert.id,) for alert in due]
    try:
        await sender.send(title, body, notify_type=_notify_type(due))
    except DeliveryError as exc:
        error = str(exc)
        retry_at = now + timedelta(seconds=settings.retry_seconds)

        def failed() -> None:
            with transaction(conn):
                conn.executemany(
                    "UPDATE alerts SET attempts = attempts + 1, last_error = ?,"
                    " next_attempt = ? WHERE id = ?",
                    [(error, utc_text(retry_at), alert_id) for (alert_id,) in ids],
                )

        await run(failed)
        log.warning(
            "alert delivery failed for %d alert(s) (attempt %d), retrying at %s: %s",
            len(due),
            max(alert.attempts for alert in due) + 1,
            utc_text(retry_at),
            error,
        )
        return DeliveryResult(0, len(due), gave_up)

    def sent() -> None:
        with transaction(conn):
            conn.executemany(
                "UPDATE alerts SET sent_at = ?, attempts = attempts + 1, next_attempt = NULL"
                " WHERE id = ?",
                [(utc_text(now), alert_id) for (alert_id,) in ids],
            )

    # Shielded: a shutdown arriving now must not lose the record of a message sent.
    await asyncio.shield(run(sent))
    return DeliveryResult(len(due), 0, gave_up)


# --- helpers -------------------------------------------------------------------------


def _give_up(conn: sqlite3.Connection, cutoff: datetime, settings: AlertSettings) -> int:
    """Mark alerts unsent since before `cutoff` as given up; log them once."""
    with transaction(conn):
        rows = conn.execute(
            "SELECT id, key, attempts, last_error FROM alerts WHERE sent_at IS NULL"
            " AND suppressed = 0 AND gave_up = 0 AND raised_at < ? ORDER BY raised_at, id",
            (utc_text(cutoff),),
        ).fetchall()
        conn.executemany(
            "UPDATE alerts SET gave_up = 1, next_attempt = NULL WHERE id = ?",
            [(row[0],) for row in rows],
        )
    if rows:
        shown = ", ".join(_one_line(key, NAME_LIMIT) for _, key, _, _ in rows[:5])
        more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
        errors = [error for _, _, _, error in rows if error]
        log.warning(
            "gave up on %d alert(s) unsent after %g hours: %s%s%s",
            len(rows),
            settings.give_up_hours,
            shown,
            more,
            f"; last error: {errors[-1]}" if errors else "",
        )
    return len(rows)


def _split_key(key: str) -> tuple[str | None, datetime | None]:
    """(site URL or None, since) back from an alert key."""
    _, _, rest = key.partition("|")
    url, _, since_text = rest.rpartition("|")
    try:
        since = parse_utc(since_text)
    except ValueError:
        since = None
    return (url or None), since


def _storable(detail: str) -> str:
    """Detail as SQLite will take it: lone surrogates replaced, length bounded."""
    return detail[:STORED_DETAIL_LIMIT].encode("utf-8", "replace").decode("utf-8")


def _event_rank(event: str) -> int:
    return EVENT_ORDER.index(event) if event in EVENT_ORDER else len(EVENT_ORDER)


def _count_phrase(counts: Mapping[str, int], words: Mapping[str, Any], *, first_noun: bool) -> str:
    """Counts by event, e.g. "3 sites down, 1 hijacked, 1 back up" (noun on the first only)."""
    phrases = []
    for event in sorted(counts, key=lambda e: (_event_rank(e), e)):
        n = counts[event]
        if event == "report":
            phrases.append(words["report"] if n == 1 else words["reports"].format(n=n))
            continue
        said = words["events"].get(event) or _one_line(event, 40)
        if first_noun and not phrases:
            form = words["first_one"] if n == 1 else words["first"]
        else:
            form = words["rest"]
        phrases.append(form.format(n=n, words=said))
    return str(words["join"]).join(phrases)


def _notify_type(alerts: Sequence[PendingAlert]) -> str:
    events = {alert.event for alert in alerts}
    if events & {"down", "hijacked", "zombie"}:
        return "failure"
    if events == {"up"}:
        return "success"
    return "info"


def _block(alert: PendingAlert, words: Mapping[str, Any]) -> str:
    lines = [words["heads"].get(alert.event) or _one_line(alert.event.upper(), 40)]
    names = (_one_line(alert.site_group, NAME_LIMIT), _one_line(alert.site_name, NAME_LIMIT))
    where = " · ".join(part for part in names if part)
    if where:
        lines[0] += f"  {where}"
    if alert.site_url:
        lines.append(_one_line(alert.site_url, DETAIL_LIMIT))
    when = alert.since.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines.append(f"{words['at'] if alert.event == 'report' else words['since']} {when}")
    limit = REPORT_LIMIT if alert.event == "report" else DETAIL_LIMIT
    detail = _one_line(alert.detail, limit)
    if detail:
        lines.append(detail)
    return "\n".join(lines)


# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and
# two-character escapes; C1 CSI (U+009B) too.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\-_]"
)
# Bidi embeddings, overrides and isolates, and the directional marks.
_BIDI = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"), None
)


def _one_line(text: str, limit: int) -> str:
    """Site-supplied text made safe for a plain-text message: escapes and control
    characters gone, bidi overrides gone, whitespace collapsed, at most `limit` chars."""
    text = _ANSI.sub(" ", text).translate(_BIDI)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs") else ch for ch in text
    )
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _scheme(url: str) -> str:
    scheme = url.partition("://")[0]
    return scheme if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]{0,31}", scheme) else ""


def _query_keys(url: str) -> set[str]:
    try:
        return {key.lower() for key in parse_qs(urlsplit(url).query, keep_blank_values=True)}
    except ValueError:
        return set()


class _ThisThread(logging.Filter):
    """Drops the records of one thread: Apprise logs some rejected URLs in full."""

    def __init__(self) -> None:
        super().__init__()
        self.thread = threading.get_ident()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.thread != self.thread


def _load_service(url: str) -> apprise.NotifyBase | None:
    apprise_log = logging.getLogger("apprise")
    quiet = _ThisThread()
    apprise_log.addFilter(quiet)
    try:
        service = apprise.Apprise.instantiate(url)
    except Exception:
        service = None
    finally:
        apprise_log.removeFilter(quiet)
    return service if isinstance(service, apprise.NotifyBase) else None


def _privacy_url(service: apprise.NotifyBase) -> str:
    """The service's URL with secrets masked, as Apprise names it in results."""
    url: Callable[..., object] = service.url  # untyped in Apprise
    try:
        return str(url(privacy=True))
    except Exception:
        return "unknown://"
