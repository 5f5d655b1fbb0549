"""Verdict rules: observations + settings + now -> `Verdict`. Pure: no I/O, no clock.

Each rule returns findings; the status is the most severe one any finding implies
(unreachable > hijacked > zombie > stale > healthy), `passed` is false when any
finding is a veto item, and the score starts at 100 and loses each finding's
deduction, times its count for findings that count things (a veto makes it 0).

The thresholds are the inspectors' (shared/domain-rules.md), all in `[rules]`:
homepage not updated for 14 days (veto); news columns 14 days, notices and policies
180, personnel and planning 365 (the monitors' 1-year class, finance, statistics,
leaders and organisation, only when the config gives them a limit); 5+ stale
news/notice/policy columns or 10+ stale
columns (veto); 5+ empty columns (veto); citizen messages unanswered for over 90 days
within the past year (veto); nothing new for a year: abandoned (zombie); a score
below `pass_score` (60) fails too.

Days are calendar days in `[rules] timezone` (Asia/Shanghai by default): "today" is
the check's local date, and an age is today minus an item's date. A limit of N days
is broken only past N: an item dated exactly 14 days ago is still fresh (the 2 weeks
before the check include that day; a date shows no time, so the item may be less than
14 x 24 hours old). Veto counts are "N or more".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from crawler.config import RuleSettings
from crawler.integrity import (
    DEAD_PAGE_CODES,
    block_findings,
    error_page_findings,
    integrity_findings,
)
from crawler.lexicon import COLUMN_TYPES
from crawler.models import (
    EMBEDDED_DATA,
    STATUSES,
    ColumnState,
    ContentHistory,
    FetchRecord,
    Finding,
    Message,
    PageObservations,
    SiteObservations,
    Status,
    Verdict,
)

# Which status a finding code puts a site in; codes not listed leave it healthy.
STATUS_OF_FINDING: dict[str, Status] = {
    "unreachable": "unreachable",
    "availability": "unreachable",  # 5% or more failed probes over a week (the daemon's)
    "hidden_links": "hijacked",
    "spam_content": "hijacked",
    "offsite_redirect": "hijacked",
    "cloaking": "hijacked",
    "placeholder_page": "zombie",
    "default_server_page": "zombie",
    "parked_domain": "zombie",
    "abandoned": "zombie",
    "homepage_stale": "stale",
    "column_stale": "stale",
    "column_empty": "stale",
}
KEY_COLUMN_TYPES = frozenset({"news", "notice", "policy"})
# Columns whose items' dates are when they were published (future_dated): every type
# but interaction (a consultation's or a survey's closing date) and other (events,
# calendars, 专题: what is upcoming is dated ahead).
FUTURE_DATED_TYPES = frozenset(COLUMN_TYPES) - {"interaction"}

# Fetch failures that mean "the homepage cannot be had" whatever the status code.
_UNREACHABLE_KINDS = frozenset(
    {"dns", "connect", "timeout", "tls", "http_5xx", "redirect_loop", "invalid_url"}
)
KIND_WORDS = {
    "dns": "the host name does not resolve",
    "connect": "no connection",
    "timeout": "no answer in time",
    "tls": "TLS/certificate failure",
    "http_4xx": "client error status",
    "http_5xx": "server error",
    "redirect_loop": "redirect loop",
    "invalid_url": "invalid URL",
}


def homepage_unreachable(fetch: FetchRecord, rules: RuleSettings) -> bool:
    """The visit failed in the inspectors' sense (also what a daemon probe counts)."""
    kind = fetch.error_kind
    return kind in _UNREACHABLE_KINDS or (
        kind == "http_4xx"
        and fetch.http_status is not None
        and fetch.http_status in rules.unreachable_statuses
    )


def availability_findings(fetch: FetchRecord, rules: RuleSettings) -> list[Finding]:
    kind = fetch.error_kind
    status = fetch.http_status
    if homepage_unreachable(fetch, rules):
        assert kind is not None
        tries = f" after {fetch.attempts} attempts" if fetch.attempts > 1 else ""
        detail = f"homepage unreachable{tries}: {KIND_WORDS[kind]} ({fetch.error_detail})"
        evidence: dict[str, object] = {"kind": kind}
        if fetch.attempts > 1:
            evidence["attempts"] = fetch.attempts
        if fetch.http_status:
            evidence["http_status"] = fetch.http_status
        return [Finding("unreachable", detail, veto=True, data=evidence)]
    findings = []
    if kind == "http_4xx":
        findings.append(
            Finding("http_error", f"homepage answers HTTP {status}", data={"http_status": status})
        )
    if fetch.tls_error:
        findings.append(Finding("tls_error", f"homepage served with an {fetch.tls_error}"))
    if kind == "too_large":
        findings.append(Finding("too_large", f"homepage {fetch.error_detail}"))
    if fetch.response_ms is not None and fetch.response_ms > rules.slow_ms:
        findings.append(
            Finding(
                "slow",
                f"homepage took {fetch.response_ms:,} ms (limit {rules.slow_ms:,} ms)",
                data={"response_ms": fetch.response_ms, "limit_ms": rules.slow_ms},
            )
        )
    return findings


def _age(when: date, today: date) -> int:
    return (today - when).days


def local_day(moment: datetime, rules: RuleSettings) -> date:
    """The calendar day of `moment` where the rules count days (a naive moment is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(rules.zone).date()


def message_overdue(message: Message, rules: RuleSettings, today: date) -> bool:
    """Dated over `unanswered_after_days` ago, within the past year (365 days)."""
    if message.date is None:
        return False
    return rules.unanswered_after_days < _age(message.date, today) <= 365


_FROM_EMBEDDED = "from the page's embedded data"


def homepage_findings(
    obs: SiteObservations, rules: RuleSettings, today: date
) -> tuple[list[Finding], date | None]:
    """`homepage_stale` / `undated`, and the newest date the homepage shows."""
    home = obs.home
    assert home is not None
    newest = home.newest_item
    where = "homepage"
    if obs.navigation_only and obs.second_level_newest is not None:
        newest, where = obs.second_level_newest, "second-level pages (navigation homepage)"
    elif obs.lists_elsewhere and obs.second_level_newest is not None:
        newest, where = obs.second_level_newest, "column pages (homepage lists framed or scripted)"
    limit = rules.homepage_max_age_days
    url = obs.fetch.final_url or obs.fetch.url
    if newest is not None:
        age = _age(newest, today)
        if age > limit:
            title = (
                f" ({home.newest_item_title})"
                if home.newest_item_title and where == "homepage"
                else ""
            )
            # A shell's date, read in the data its scripts render its lists from.
            embedded = where == "homepage" and home.newest_item_source == EMBEDDED_DATA
            return [
                Finding(
                    "homepage_stale",
                    f"nothing new on the {where} since {newest.isoformat()}{title}, "
                    f"{age} days ago (limit {limit})" + (f", {_FROM_EMBEDDED}" if embedded else ""),
                    veto=True,
                    data={
                        "newest": newest.isoformat(),
                        "age_days": age,
                        "limit_days": limit,
                        "url": url,
                        "basis": EMBEDDED_DATA if embedded else "dates",
                    },
                )
            ], newest
        return [], newest
    if obs.lists_elsewhere:
        # Lists a script fills (or frames show) and whose own pages show no date: the
        # markup we read is a shell that never changes, so its changes say nothing.
        return [
            Finding(
                "undated",
                "no dated items: the homepage's lists are filled by script or frames, "
                "and their pages show no dates either (content not judged)",
                data={"url": url, "basis": "lists elsewhere"},
            )
        ], None
    findings = [
        Finding(
            "undated",
            "no dated items on the homepage; judged by content changes",
            data={"url": url},
        )
    ]
    history = obs.history
    if history is not None:
        last_changed = local_day(history.last_changed, rules)
        unchanged = _age(last_changed, today)
        observed = _age(local_day(history.first_seen, rules), today)
        if unchanged > limit and observed > limit:
            findings.append(
                Finding(
                    "homepage_stale",
                    f"homepage content unchanged since {last_changed.isoformat()}"
                    f", {unchanged} days (limit {limit})",
                    veto=True,
                    data={
                        "last_changed": last_changed.isoformat(),
                        "age_days": unchanged,
                        "limit_days": limit,
                        "url": url,
                        "basis": "content change",
                    },
                )
            )
    return findings, None


def column_findings(
    columns: tuple[ColumnState, ...], rules: RuleSettings, today: date
) -> list[Finding]:
    stale: list[dict[str, Any]] = []
    empty: list[dict[str, Any]] = []
    for column in columns:
        if column.empty:
            empty.append(
                {
                    "name": column.name,
                    "type": column.type,
                    "url": column.url,
                    "marker": column.empty_marker,
                }
            )
            continue
        limit = rules.column_max_age_days.get(column.type)
        if limit is None or column.newest is None:
            continue
        age = _age(column.newest, today)
        if age > limit:
            stale.append(
                {
                    "name": column.name,
                    "type": column.type,
                    "newest": column.newest.isoformat(),
                    "age_days": age,
                    "limit_days": limit,
                    "url": column.url,
                    "newest_title": column.newest_title,
                }
            )
    findings = []
    if stale:
        key = sum(1 for c in stale if c["type"] in KEY_COLUMN_TYPES)
        veto = key >= rules.stale_key_columns_veto or len(stale) >= rules.stale_columns_veto
        parts = [
            f"{c['type']} column {c['name']} last updated {c['newest']}, "
            f"{c['age_days']} days ago, limit {c['limit_days']}"
            for c in stale
        ]
        findings.append(
            Finding(
                "column_stale",
                "; ".join(parts),
                count=len(stale),
                veto=veto,
                data={"columns": stale, "key_columns": key},
            )
        )
    if empty:
        names = ", ".join(f"{c['name']} ({c['type']})" for c in empty)
        findings.append(
            Finding(
                "column_empty",
                f"{len(empty)} empty column(s): {names}",
                count=len(empty),
                veto=len(empty) >= rules.empty_columns_veto,
                data={"columns": empty},
            )
        )
    return findings


def future_findings(
    columns: tuple[ColumnState, ...], rules: RuleSettings, today: date
) -> list[Finding]:
    """future_dated: listed items of publication columns whose own date is more than
    `future_slack_days` after today. No update (the columns' newest dates leave them
    out), and a typo as often as a date faked to look fresh: a deduction, once, never a
    veto, and no change of status. An item shown in two columns counts once."""
    limit = today + timedelta(days=rules.future_slack_days)
    found: dict[tuple[str, date, str], ColumnState] = {}
    for column in columns:
        if column.type not in FUTURE_DATED_TYPES:
            continue
        for item in column.future:
            if item.date > limit:
                found.setdefault((item.title, item.date, item.url), column)
    if not found:
        return []
    (title, newest, url), column = max(found.items(), key=lambda pair: pair[0][1])
    names = list(dict.fromkeys(c.name for c in found.values()))
    return [
        Finding(
            "future_dated",
            f"{len(found)} listed item(s) dated after {limit.isoformat()} (today + "
            f"{rules.future_slack_days} day(s)); newest {newest.isoformat()} in "
            f"{column.type} column {column.name}: {title}. No update: a typo or a date "
            "faked to look fresh (a deduction, not a veto)",
            count=len(found),
            data={
                "newest": {"date": newest.isoformat(), "title": title, "url": url},
                "column": column.name,
                "type": column.type,
                "limit": limit.isoformat(),
                "slack_days": rules.future_slack_days,
                "columns": names,
            },
            cost=rules.deductions.get("future_dated", 0),
        )
    ]


def message_findings(
    messages: tuple[Message, ...],
    rules: RuleSettings,
    today: date,
    list_pages: int = 0,
    unread: bool = False,
) -> list[Finding]:
    """Citizen messages older than `unanswered_after_days`, within a year, not answered;
    `list_pages` message list pages were read, and `unread` some lists have more."""
    overdue = [m for m in messages if m.answered is False and message_overdue(m, rules, today)]
    if not overdue:
        return []
    oldest = min(overdue, key=lambda m: m.date or date.max)
    assert oldest.date is not None
    return [
        Finding(
            "unanswered_messages",
            f"{len(overdue)} citizen message(s) unanswered for over "
            f"{rules.unanswered_after_days} days; oldest {oldest.date.isoformat()}: {oldest.title}"
            + _pages_read(list_pages, unread),
            count=len(overdue),
            veto=True,
            data={
                "list_pages": list_pages,
                "minimum": unread,
                "oldest": {
                    "title": oldest.title,
                    "date": oldest.date.isoformat(),
                    "url": oldest.url,
                },
            },
        )
    ]


def _pages_read(list_pages: int, unread: bool) -> str:
    if not list_pages:
        return ""
    said = f" ({list_pages} message list page(s) read"
    return said + ("; the lists have more pages: a minimum)" if unread else ")")


def last_update(
    obs: SiteObservations, homepage_newest: date | None, rules: RuleSettings
) -> tuple[date | None, str | None]:
    """The newest real content date on the site, else the last content change."""
    dates = [d for d in (homepage_newest, *(c.newest for c in obs.columns)) if d is not None]
    if obs.home is not None and obs.home.newest_item is not None:
        dates.append(obs.home.newest_item)
    if dates:
        return max(dates), "content"
    if obs.history is not None and _changed(obs.history):
        return local_day(obs.history.last_changed, rules), "change"
    return None, None


def _changed(history: ContentHistory) -> bool:
    """A change was seen; on first sight, last_changed says nothing about the past."""
    return history.last_changed > history.first_seen


def abandoned_findings(
    obs: SiteObservations,
    last_updated: date | None,
    source: str | None,
    rules: RuleSettings,
    today: date,
) -> list[Finding]:
    """Nothing newer than `zombie_after_days`: neither a date nor a content change."""
    limit = rules.zombie_after_days
    history = obs.history
    if obs.lists_elsewhere and source != "content":
        return []  # a scripted shell's changes (or their absence) say nothing
    if last_updated is None:
        # Undated and never seen to change: abandoned once watched for long enough.
        if history is None or _changed(history):
            return []
        watched = _age(local_day(history.first_seen, rules), today)
        if watched <= limit:
            return []
        since = local_day(history.first_seen, rules).isoformat()
        return [
            Finding(
                "abandoned",
                f"no dates and no content change in {watched} days of watching "
                f"(unchanged since first seen {since}, limit {limit})",
                veto=True,
                data={
                    "first_seen": since,
                    "limit_days": limit,
                    "basis": "unchanged since first seen",
                },
            )
        ]
    if _age(last_updated, today) <= limit:
        return []
    if (
        history is not None
        and _changed(history)
        and _age(local_day(history.last_changed, rules), today) <= limit
        and source == "content"
    ):
        return []  # the content moves even though its dates are old
    basis = "newest date" if source == "content" else "last content change"
    home = obs.home
    embedded = (
        source == "content"
        and home is not None
        and home.newest_item_source == EMBEDDED_DATA
        and home.newest_item == last_updated
    )
    return [
        Finding(
            "abandoned",
            f"nothing new on the site for {_age(last_updated, today)} days "
            f"({basis} {last_updated.isoformat()}"
            + (f" {_FROM_EMBEDDED}" if embedded else "")
            + f", limit {limit})",
            veto=True,
            data={"last_updated": last_updated.isoformat(), "limit_days": limit, "basis": basis},
        )
    ]


def certificate_findings(fetch: FetchRecord, rules: RuleSettings, now: datetime) -> list[Finding]:
    """cert_expiring: an https homepage whose certificate runs out soon (or has)."""
    if not fetch.cert_expires:
        return []
    expires = datetime.fromisoformat(fetch.cert_expires.replace("Z", "+00:00"))
    # Calendar days, like every other rule: a certificate that runs out on the 30th day
    # from today (at any hour) is within `cert_warning_days` = 30.
    days = (local_day(expires, rules) - local_day(now, rules)).days
    if days > rules.cert_warning_days:
        return []
    when = "today" if days == 0 else f"in {days} days" if days > 0 else f"{-days} days ago"
    return [
        Finding(
            "cert_expiring",
            f"the homepage's TLS certificate expires {when} ({fetch.cert_expires})",
            data={"expires": fetch.cert_expires, "days_left": days},
        )
    ]


def evaluate(obs: SiteObservations, rules: RuleSettings, now: datetime) -> Verdict:
    """Judge one site from what was observed of it."""
    findings = availability_findings(obs.fetch, rules)
    findings += certificate_findings(obs.fetch, rules, now)
    shown = obs.home or obs.error_page
    blocked = block_findings(shown, obs.fetch.http_status) if shown is not None else []
    if blocked:
        # A block page stands in for the site: say so instead of judging what it shows.
        kept = [f for f in findings if f.code not in ("unreachable", "http_error")]
        return verdict_from(kept + blocked, rules)
    if obs.home is None and obs.error_page is not None:
        # A stock page served with an error status (CentOS's test page is a 403).
        findings += error_page_findings(obs.error_page, rules)
    if any(f.code == "unreachable" for f in findings) or obs.home is None:
        return verdict_from(findings, rules)
    integrity = integrity_findings(obs, rules)
    findings += integrity
    if any(f.code in DEAD_PAGE_CODES for f in integrity):
        # A placeholder, default or parked page: its (lack of) dates says nothing more.
        return verdict_from(findings, rules)
    today = local_day(now, rules)
    home_findings, homepage_newest = homepage_findings(obs, rules, today)
    findings += home_findings
    findings += column_findings(obs.columns, rules, today)
    findings += future_findings(obs.columns, rules, today)
    findings += message_findings(
        obs.messages, rules, today, obs.message_list_pages, obs.message_lists_unread
    )
    findings += robots_findings(obs)
    updated, source = last_update(obs, homepage_newest, rules)
    findings += abandoned_findings(obs, updated, source, rules, today)
    return verdict_from(findings, rules, updated, source)


def robots_findings(obs: SiteObservations) -> list[Finding]:
    """robots_disallowed: column pages robots.txt kept unread (their columns judged by
    the homepage alone). The site's choice, and no fault: it costs nothing."""
    unread = obs.robots_unread
    if not unread:
        return []
    names = ", ".join(unread)
    why = (
        f"robots.txt unreachable ({obs.robots_unreachable}): RFC 9309 says disallow all"
        if obs.robots_unreachable
        else "robots.txt disallows them"
    )
    data: dict[str, Any] = {"pages": list(unread)}
    if obs.robots_unreachable:
        data["unreachable"] = obs.robots_unreachable
    return [
        Finding(
            "robots_disallowed",
            f"{len(unread)} column page(s) not read ({why}): {names}; "
            "their columns are judged by the homepage alone",
            count=len(unread),
            data=data,
        )
    ]


def evaluate_fetch(
    fetch: FetchRecord, page: PageObservations | None, rules: RuleSettings, now: datetime
) -> Verdict:
    """A homepage alone (no column pages, no history)."""
    return evaluate(SiteObservations(fetch=fetch, home=page), rules, now)


def verdict_from(
    findings: list[Finding],
    rules: RuleSettings,
    last_updated: date | None = None,
    last_updated_source: str | None = None,
) -> Verdict:
    implied = {STATUS_OF_FINDING[f.code] for f in findings if f.code in STATUS_OF_FINDING}
    status: Status = next((s for s in STATUSES if s in implied), "healthy")
    passed = not any(f.veto for f in findings)
    if passed:
        lost = sum(
            f.cost if f.cost is not None else rules.deductions.get(f.code, 0) * (f.count or 1)
            for f in findings
        )
        score = max(0, min(100, 100 - lost))
        passed = score >= rules.pass_score  # deductions alone fail a site below 60
    else:
        score = 0
    return Verdict(status, tuple(findings), score, passed, last_updated, last_updated_source)
