"""Configuration: TOML file -> frozen, validated settings objects.

Layering: built-in defaults < the config file's sections < a site's own overrides
(from its `[[sites]]` table or extra columns in the CSV site list). Every value is
checked on load; an unknown key or a wrong type is a `ConfigError` that names the
file and the key, so nothing is silently ignored.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import os
import re
import ssl
import tomllib
import types
import typing
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.cron import cron_trigger
from crawler.errors import ConfigError
from crawler.lexicon import COLUMN_TYPES, Lexicon, build_lexicon
from crawler.models import FINDING_CODES
from crawler.signals import Signatures, build_signatures

DEFAULT_USER_AGENT = (
    f"Mozilla/5.0 (compatible; site-health/{__version__}; website inspection crawler)"
)


_RESOLVE_PATTERN = re.compile(r"^(\*|(\*\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?)$")


class SettingError(ValueError):
    """A single value is out of range; the loader adds the file and section."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _require(condition: bool, key: str, message: str) -> None:
    if not condition:
        raise SettingError(key, message)


@dataclass(frozen=True)
class CrawlerSettings:
    """`[crawler]`: how sites are fetched."""

    concurrency: int = 200
    # A site whose homepage has not been read within `stall_after` seconds (a dead
    # address, a server that never answers) leaves its place among `concurrency` to the
    # next site and waits beside them, up to `max_stalled` sites (crawler/stalls.py).
    # 0 in either turns this off.
    stall_after: float = 3.0
    max_stalled: int = 2000
    per_host: int = 2
    # Requests at once to one IP address, whatever names point at it (a shared hosting
    # platform serves thousands of sites from a few addresses); 0: no such limit.
    per_address: int = 0
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    max_page_bytes: int = 5_000_000
    max_redirects: int = 10
    respect_robots: bool = True
    parse_workers: int = -1
    # Column list pages (and second-level pages of a navigation-only homepage) read per
    # site at depth "full".
    max_column_pages: int = 12
    # Message pages read per site when a message list does not say which messages were
    # answered: the oldest that would count first.
    max_message_pages: int = 8
    # Later pages (下一页) of each message column's list read besides its first: old
    # unanswered letters sink to them.
    max_message_list_pages: int = 2
    # Links (anchors, images, scripts, styles, frames, attachments) checked per site at
    # depth "full"; 0 turns link checking off.
    max_links_per_site: int = 300
    # Fetch the homepage again as a search engine (Baiduspider) and compare its spam:
    # hacked sites often show spam to search engines only. Off by default (one more
    # request per site).
    check_cloaking: bool = False

    def __post_init__(self) -> None:
        _require(self.concurrency >= 1, "concurrency", "must be at least 1")
        _require(self.stall_after >= 0, "stall_after", "must not be negative (0: off)")
        _require(0 <= self.max_stalled <= 100_000, "max_stalled", "must be 0 (off) to 100000")
        _require(self.per_host >= 1, "per_host", "must be at least 1")
        _require(self.per_address >= 0, "per_address", "must be 0 (no limit) or more")
        _require(0 < self.timeout <= 600, "timeout", "must be between 0 and 600 seconds")
        _require(0 <= self.retries <= 10, "retries", "must be between 0 and 10")
        _require(self.backoff >= 0, "backoff", "must not be negative")
        _require(self.max_retry_after >= 0, "max_retry_after", "must not be negative")
        _require(bool(self.user_agent.strip()), "user_agent", "must not be empty")
        _require(self.max_page_bytes >= 1024, "max_page_bytes", "must be at least 1024")
        _require(0 <= self.max_redirects <= 50, "max_redirects", "must be between 0 and 50")
        _require(self.parse_workers >= -1, "parse_workers", "must be -1 (auto), 0 or more")
        _require(0 <= self.max_column_pages <= 200, "max_column_pages", "must be 0 to 200")
        _require(0 <= self.max_message_pages <= 100, "max_message_pages", "must be 0 to 100")
        _require(
            0 <= self.max_message_list_pages <= 20, "max_message_list_pages", "must be 0 to 20"
        )
        _require(0 <= self.max_links_per_site <= 10_000, "max_links_per_site", "must be 0 to 10000")


@dataclass(frozen=True)
class NetworkSettings:
    """`[network]`: where connections go."""

    # host or "*.domain" pattern -> "address[:port]", like curl --resolve.
    resolve: Mapping[str, str] = field(default_factory=dict)
    # Resolve names that `resolve` does not cover with the system resolver; when
    # false they fail as `dns` errors (test farms, air-gapped staging).
    system_dns: bool = True
    # DNS servers ("address" or "address:port") for names `resolve` does not cover;
    # empty: the system's (/etc/resolv.conf). Split-horizon DNS, a census resolver.
    nameservers: tuple[str, ...] = ()
    trust_env: bool = False
    verify_tls: bool = True
    # Extra CA certificates (PEM) to trust, e.g. an intranet CA; relative to the config file.
    ca_file: str = ""

    def __post_init__(self) -> None:
        # local: resolver imports nothing of ours but domains
        from crawler.resolver import parse_target, resolve_pattern

        for pattern, target in self.resolve.items():
            _require(
                _RESOLVE_PATTERN.match(resolve_pattern(pattern)) is not None,
                f"resolve.{pattern}",
                "is not a host name, '*.domain' or '*'",
            )
            try:
                parse_target(target)
            except ValueError as exc:
                raise SettingError(f"resolve.{pattern}", str(exc)) from None
        for index, server in enumerate(self.nameservers):
            try:
                parse_target(server)
            except ValueError as exc:
                raise SettingError(f"nameservers[{index}]", str(exc)) from None


@dataclass(frozen=True)
class StorageSettings:
    """`[storage]`: the SQLite results database."""

    path: str = "health.db"
    batch_size: int = 200
    batch_seconds: float = 2.0
    # Per-site rows (checks, findings, columns, broken links) of scans older than this
    # are pruned after each scan; per-scan summaries stay for trends. 0 keeps everything.
    keep_days: int = 120

    def __post_init__(self) -> None:
        _require(bool(self.path.strip()), "path", "must not be empty")
        _require(self.keep_days >= 0, "keep_days", "must be 0 (keep everything) or more")
        _require(1 <= self.batch_size <= 100_000, "batch_size", "must be between 1 and 100000")
        _require(self.batch_seconds > 0, "batch_seconds", "must be positive")


@dataclass(frozen=True)
class RuleSettings:
    """`[rules]`: thresholds of the verdict rules (the inspectors' profile by default)."""

    slow_ms: int = 3000
    # The calendar the rules count days in: "today" is the check's date in this zone, as
    # the pages date their items in local days (a scan at 00:30 in Beijing is on that
    # day, not on the day before as in UTC). The inspectors' (China's) by default.
    timezone: str = "Asia/Shanghai"
    # HTTP statuses (besides every 5xx) that make a homepage unreachable.
    unreachable_statuses: tuple[int, ...] = (404, 410)
    # Freshness (国办 inspection rules): days without a new item before a finding.
    homepage_max_age_days: int = 14
    column_max_age_days: Mapping[str, int] = field(
        default_factory=lambda: {
            "news": 14,
            "notice": 180,
            "policy": 180,
            "personnel": 365,
            "planning": 365,
            # finance, statistics, leaders and organisation (the commercial monitors'
            # 1-year class, shared/domain-rules.md) have no limit unless the config
            # gives one: the inspectors' rules name only the five above.
        }
    )
    # Veto lines: this many stale news/notice/policy columns, stale columns of any type,
    # or empty columns fail a site.
    stale_key_columns_veto: int = 5
    stale_columns_veto: int = 10
    empty_columns_veto: int = 5
    # Nothing newer than this (dates and content changes alike): an abandoned site.
    zombie_after_days: int = 365
    # A citizen message older than this, within the past year, without a reply.
    unanswered_after_days: int = 90
    # future_dated: a listed item whose own date is more than this many days after
    # today (at least 1: a date of tomorrow is a site a time zone ahead of us).
    future_slack_days: int = 1
    # Integrity: spam score (crawler.signals) at which a page counts as hijacked.
    spam_score_hijack: float = 6.0
    # Redirects between sites under these suffixes (county.gov.cn -> city.gov.cn) are
    # moves (关停上移), not hijacks.
    trusted_suffixes: tuple[str, ...] = (
        "gov.cn",
        "gov.tw",
        "gov.hk",
        "gov.mo",
        "gov.uk",
        "gov",
        "gov.au",
        "gov.sg",
        "mil",
        "edu.cn",
        "org.cn",
        "政务",  # China's government domains in Chinese (xn--zfr164b), CONAC's like gov.cn
    )
    # cert_expiring: the homepage's TLS certificate runs out within this many days.
    cert_warning_days: int = 30
    # Availability (inspectors: monitored for a week, at least 20 visits a day; 5% or more
    # failed visits fails a site), judged only with at least `availability_min_visits`
    # visits in the window: 140 is 20 a day for 7 days (hourly probes make 168).
    availability_window_days: int = 7
    availability_max_failure_ratio: float = 0.05
    availability_min_visits: int = 140
    # A probe with no answer within this many seconds is a failed visit (the inspectors'
    # 15 s), whatever [crawler] timeout (or a site's own) gives the scans.
    availability_timeout_seconds: float = 15.0
    # Score points per distinct broken link: on the homepage, elsewhere.
    broken_link_home_points: int = 2
    broken_link_other_points: int = 1
    # A site whose score is below this fails (`passed` false) without any veto: the
    # inspectors' deductions, out of 100, fail a site below 60. 0 turns it off.
    pass_score: int = 60
    # Points a finding takes off the 0-100 score (times its count, for findings that
    # count things); veto findings set the score to 0.
    deductions: Mapping[str, int] = field(
        default_factory=lambda: {
            "slow": 5,
            "too_large": 5,
            "http_error": 10,
            "tls_error": 10,
            "undated": 10,
            "column_stale": 5,
            "column_empty": 5,
            "cert_expiring": 5,
            # Once, whatever its count: a typo in a list is not a fake (not a veto).
            "future_dated": 5,
        }
    )

    def __post_init__(self) -> None:
        _require(self.slow_ms > 0, "slow_ms", "must be positive")
        _require(bool(self.timezone), "timezone", "must name a time zone, e.g. 'Asia/Shanghai'")
        _check_zone(self.timezone, "timezone")
        _require(0 <= self.pass_score <= 100, "pass_score", "must be between 0 and 100")
        for key in (
            "homepage_max_age_days",
            "zombie_after_days",
            "unanswered_after_days",
            "stale_key_columns_veto",
            "stale_columns_veto",
            "empty_columns_veto",
            "future_slack_days",
        ):
            _require(getattr(self, key) >= 1, key, "must be at least 1")
        _require(self.spam_score_hijack > 0, "spam_score_hijack", "must be positive")
        _require(self.availability_window_days >= 1, "availability_window_days", "must be >= 1")
        _require(
            0 < self.availability_max_failure_ratio <= 1,
            "availability_max_failure_ratio",
            "must be above 0 and at most 1",
        )
        _require(self.availability_min_visits >= 1, "availability_min_visits", "must be >= 1")
        _require(
            0 < self.availability_timeout_seconds <= 600,
            "availability_timeout_seconds",
            "must be between 0 and 600 seconds",
        )
        for suffix in self.trusted_suffixes:
            _require(
                bool(suffix.strip(". ")) and " " not in suffix,
                "trusted_suffixes",
                f"{suffix!r} is not a domain suffix",
            )
        for kind, days in self.column_max_age_days.items():
            _require(
                kind in COLUMN_TYPES or kind == "other",
                f"column_max_age_days.{kind}",
                f"is not a column type ({', '.join(COLUMN_TYPES)}, other)",
            )
            _require(days >= 1, f"column_max_age_days.{kind}", "must be at least 1")
        for status in self.unreachable_statuses:
            _require(400 <= status <= 599, "unreachable_statuses", f"{status} is not a 4xx/5xx")
        for code, points in self.deductions.items():
            if code not in FINDING_CODES:  # the suggestion is slow: only on failure
                raise SettingError(
                    f"deductions.{code}", f"is not a finding code{_suggest(code, FINDING_CODES)}"
                )
            _require(0 <= points <= 100, f"deductions.{code}", "must be between 0 and 100")

    @property
    def zone(self) -> tzinfo:
        return zoneinfo.ZoneInfo(self.timezone)  # ZoneInfo caches its instances


@dataclass(frozen=True)
class ColumnSettings:
    """`[columns]`: words added to the built-in lexicon (crawler/data/lexicon.toml)."""

    news: tuple[str, ...] = ()
    notice: tuple[str, ...] = ()
    policy: tuple[str, ...] = ()
    personnel: tuple[str, ...] = ()
    planning: tuple[str, ...] = ()
    interaction: tuple[str, ...] = ()
    finance: tuple[str, ...] = ()
    statistics: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    # Headings that hold a type's word but are not of that type (视频新闻).
    other: tuple[str, ...] = ()
    more_markers: tuple[str, ...] = ()
    empty_markers: tuple[str, ...] = ()
    answered_markers: tuple[str, ...] = ()
    unanswered_markers: tuple[str, ...] = ()
    reply_column_markers: tuple[str, ...] = ()
    asked_column_markers: tuple[str, ...] = ()
    reply_field_markers: tuple[str, ...] = ()
    no_reply_markers: tuple[str, ...] = ()
    script_loader_markers: tuple[str, ...] = ()
    next_page_markers: tuple[str, ...] = ()
    last_page_markers: tuple[str, ...] = ()
    aside_markers: tuple[str, ...] = ()
    aside_classes_markers: tuple[str, ...] = ()
    pinned_markers: tuple[str, ...] = ()
    pinned_classes_markers: tuple[str, ...] = ()
    # Heading words of channels whose empty state is normal (Alert Center, 预警信息).
    normally_empty_markers: tuple[str, ...] = ()
    # A message box's buttons (我要写信, 信件查询): no heading, no column.
    actions_markers: tuple[str, ...] = ()
    # Field names of a list's header row (信件标题, 状态, 日期): no tab bar, no heading.
    field_label_markers: tuple[str, ...] = ()
    breadcrumb_markers: tuple[str, ...] = ()
    ticker_classes_markers: tuple[str, ...] = ()
    embed_classes_markers: tuple[str, ...] = ()
    # Heading words of interaction columns that list no letters (意见征集, 网上调查).
    no_letters_markers: tuple[str, ...] = ()
    # Heading words of a box of another site's news (国务院信息, Latest from GOV.UK).
    syndicated_markers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for spec in dataclasses.fields(self):
            for word in getattr(self, spec.name):
                _require(bool(word.strip()), spec.name, "has an empty word")


# Keys a single site may override, and the section each belongs to.
SITE_OVERRIDABLE: dict[str, type] = {
    "timeout": CrawlerSettings,
    "retries": CrawlerSettings,
    "user_agent": CrawlerSettings,
    "max_page_bytes": CrawlerSettings,
    "respect_robots": CrawlerSettings,
    "max_column_pages": CrawlerSettings,
    "max_message_pages": CrawlerSettings,
    "max_message_list_pages": CrawlerSettings,
    "max_links_per_site": CrawlerSettings,
    "slow_ms": RuleSettings,
    "timezone": RuleSettings,
    "unreachable_statuses": RuleSettings,
    "homepage_max_age_days": RuleSettings,
    # A table of column types' limits (a department that declares its news 30 days):
    # it extends the config's [rules.column_max_age_days], type by type.
    "column_max_age_days": RuleSettings,
    "zombie_after_days": RuleSettings,
    "unanswered_after_days": RuleSettings,
    "spam_score_hijack": RuleSettings,
    "availability_timeout_seconds": RuleSettings,
}


@dataclass(frozen=True)
class ReportSettings:
    """`[report]`: what `python -m monitor report` writes."""

    lang: str = "en"  # en or zh
    out_dir: str = "reports"  # for --out without a folder; relative to the config file
    # Zombie or unreachable in every scan for this long: a closure candidate (关停上移).
    closure_after_days: int = 90
    # Days of history in the trend charts (at least the --since window).
    trend_days: int = 90
    # Rows per list in HTML, Markdown and text (JSON and CSV carry every row).
    max_rows: int = 200
    # Time zone of the dates shown, e.g. "Asia/Shanghai"; "" is the machine's own.
    timezone: str = ""

    def __post_init__(self) -> None:
        _require(self.lang in ("en", "zh"), "lang", "must be 'en' or 'zh'")
        _require(bool(self.out_dir.strip()), "out_dir", "must not be empty")
        _require(self.closure_after_days >= 1, "closure_after_days", "must be at least 1")
        _require(self.trend_days >= 1, "trend_days", "must be at least 1")
        _require(self.max_rows >= 1, "max_rows", "must be at least 1")
        _check_zone(self.timezone, "timezone")

    @property
    def zone(self) -> tzinfo:
        return _zone(self.timezone)


def _cron(value: str, key: str) -> None:
    if value:
        try:
            cron_trigger(value, UTC)
        except ValueError as exc:
            raise SettingError(key, str(exc)) from None


def _zone(name: str) -> tzinfo:
    """A named zone, or the machine's own for ""."""
    if name:
        return zoneinfo.ZoneInfo(name)
    return machine_zone()


def machine_zone() -> tzinfo:
    """The machine's time zone with its rules (TZ, else /etc/localtime's name).

    Not `datetime.now().astimezone().tzinfo`: that is today's fixed offset, so a
    daemon started in winter in Berlin would run its 01:00 scan at 02:00 all summer.
    A machine whose zone has no name falls back to that fixed offset.
    """
    # TZ wins when set (a POSIX rule string we cannot name falls back below).
    name = os.environ.get("TZ", "").removeprefix(":")
    if not name and "TZ" not in os.environ:
        name = os.path.realpath("/etc/localtime").partition("/zoneinfo/")[2]
    if name and not name.startswith("/"):
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def _check_zone(name: str, key: str) -> None:
    if name:
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise SettingError(key, f"unknown time zone {name!r}") from None


@dataclass(frozen=True)
class DaemonSettings:
    """`[daemon]`: what `python -m crawler daemon` runs and when (cron: m h dom mon dow)."""

    # Zone of the cron times; "" is [report] timezone, else the machine's own.
    timezone: str = ""
    # Availability probes: every site's homepage once per interval, spread evenly.
    probe_interval_minutes: int = 60
    probe_jitter_seconds: float = 30.0
    probe_concurrency: int = 50
    scan_cron: str = "0 1 * * *"  # "" turns a job off
    scan_depth: str = "full"
    report_cron: str = "0 7 * * *"
    report_formats: tuple[str, ...] = ("html",)
    prune_cron: str = "30 4 * * *"
    # A run missed while the daemon was down still runs at start-up within this grace.
    misfire_grace_minutes: int = 180
    # Up/down changes need this many consecutive failed / successful probes (no flapping).
    fail_threshold: int = 3
    success_threshold: int = 2
    # Raw probe rows are rolled into hourly rows after this long, hourly into daily
    # rows after `availability_window_days` + 1.
    raw_probe_hours: int = 48

    def __post_init__(self) -> None:
        _check_zone(self.timezone, "timezone")
        _require(
            1 <= self.probe_interval_minutes <= 1440,
            "probe_interval_minutes",
            "must be 1 to 1440",
        )
        _require(self.probe_jitter_seconds >= 0, "probe_jitter_seconds", "must be 0 or more")
        _require(self.probe_concurrency >= 1, "probe_concurrency", "must be at least 1")
        for key in ("scan_cron", "report_cron", "prune_cron"):
            _cron(getattr(self, key), key)
        _require(self.scan_depth in ("home", "full"), "scan_depth", "must be 'home' or 'full'")
        for fmt in self.report_formats:
            _require(
                fmt in ("html", "md", "txt", "json", "csv"),
                "report_formats",
                f"{fmt!r} is not one of html, md, txt, json, csv",
            )
        _require(self.misfire_grace_minutes >= 1, "misfire_grace_minutes", "must be at least 1")
        _require(self.fail_threshold >= 1, "fail_threshold", "must be at least 1")
        _require(self.success_threshold >= 1, "success_threshold", "must be at least 1")
        _require(self.raw_probe_hours >= 1, "raw_probe_hours", "must be at least 1")


@dataclass(frozen=True)
class AlertSettings:
    """`[alerts]`: notifications on state changes, through Apprise."""

    # Apprise URLs: mailto://, json://, slack://, dingtalk://, wecombot:// ... (one list).
    urls: tuple[str, ...] = ()
    # Alerts raised within this many seconds go out as one message.
    batch_seconds: float = 30.0
    # A failed delivery is retried this often, and given up after `give_up_hours`.
    retry_seconds: float = 300.0
    give_up_hours: float = 24.0
    # Which changes alert: down, up, hijacked, zombie.
    events: tuple[str, ...] = ("down", "up", "hijacked", "zombie")
    # Send a short summary when the daily report is written.
    send_report: bool = True
    title_prefix: str = "[site-health]"
    # Language of the messages: en or zh; "" is [report] lang.
    lang: str = ""

    def __post_init__(self) -> None:
        for index, url in enumerate(self.urls):
            _require("://" in url, f"urls[{index}]", "is not an Apprise URL (scheme://...)")
        _require(self.batch_seconds >= 0, "batch_seconds", "must be 0 or more")
        _require(self.retry_seconds > 0, "retry_seconds", "must be positive")
        _require(self.give_up_hours > 0, "give_up_hours", "must be positive")
        _require(self.lang in ("", "en", "zh"), "lang", "must be 'en', 'zh' or '' ([report] lang)")
        for event in self.events:
            _require(
                event in ALERT_EVENTS,
                "events",
                f"{event!r} is not one of {', '.join(ALERT_EVENTS)}",
            )


ALERT_EVENTS = ("down", "up", "hijacked", "zombie")


@dataclass(frozen=True)
class MaintenanceWindow:
    """One `[[maintenance]]` table: alerts off and probes not counted while it holds."""

    sites: tuple[str, ...] = ()  # site URLs as listed
    groups: tuple[str, ...] = ()  # or whole regions/departments; neither: every site
    start: str = ""  # a one-off window: ISO date-times, in [daemon] timezone if naive
    end: str = ""
    cron: str = ""  # or a recurring one: starts by cron, lasts duration_minutes
    duration_minutes: int = 0
    reason: str = ""

    def __post_init__(self) -> None:
        one_off = bool(self.start or self.end)
        _require(
            one_off != bool(self.cron),
            "cron",
            "give either start and end, or cron and duration_minutes",
        )
        if one_off:
            for key in ("start", "end"):
                try:
                    datetime.fromisoformat(getattr(self, key))
                except ValueError:
                    raise SettingError(key, "expected an ISO date-time") from None
            start, end = datetime.fromisoformat(self.start), datetime.fromisoformat(self.end)
            _require(
                (start.tzinfo is None) == (end.tzinfo is None),
                "end",
                "give start and end both with or both without a UTC offset",
            )
            _require(start < end, "end", "must be after start")
        else:
            _cron(self.cron, "cron")
            _require(self.duration_minutes >= 1, "duration_minutes", "must be at least 1")


@dataclass(frozen=True)
class Config:
    crawler: CrawlerSettings = field(default_factory=CrawlerSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    rules: RuleSettings = field(default_factory=RuleSettings)
    columns: ColumnSettings = field(default_factory=ColumnSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    maintenance: tuple[MaintenanceWindow, ...] = ()
    # `[signatures]`: words added to crawler/data/signatures.toml, by list name.
    signature_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Raw `[[sites]]` tables (validated by crawler.sites) and the CSV path.
    site_tables: tuple[Mapping[str, Any], ...] = ()
    sites_file: Path | None = None
    source: Path | None = None
    digest: str = ""

    @functools.cached_property
    def lexicon(self) -> Lexicon:
        return build_lexicon(dataclasses.asdict(self.columns))

    @functools.cached_property
    def signatures(self) -> Signatures:
        return build_signatures(self.signature_words)

    @property
    def database_path(self) -> Path:
        path = Path(self.storage.path).expanduser()
        if not path.is_absolute() and self.source is not None:
            path = self.source.parent / path
        return path

    @property
    def daemon_zone(self) -> tzinfo:
        return _zone(self.daemon.timezone or self.report.timezone)

    @property
    def report_dir(self) -> Path:
        path = Path(self.report.out_dir).expanduser()
        if not path.is_absolute() and self.source is not None:
            path = self.source.parent / path
        return path

    def describe(self) -> str:
        return str(self.source) if self.source else "built-in defaults"


_SECTIONS: dict[str, type] = {
    "crawler": CrawlerSettings,
    "network": NetworkSettings,
    "storage": StorageSettings,
    "rules": RuleSettings,
    "columns": ColumnSettings,
    "report": ReportSettings,
    "daemon": DaemonSettings,
    "alerts": AlertSettings,
}
TOP_LEVEL_KEYS = {*_SECTIONS, "sites", "sites_file", "signatures", "maintenance"}


def load_config(path: str | Path) -> Config:
    """Read and validate a TOML config file."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read config: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(_config_text(raw, source))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    return config_from_mapping(data, source, hashlib.sha256(raw).hexdigest()[:16])


def _config_text(raw: bytes, source: Path) -> str:
    """TOML is UTF-8; Windows editors also save UTF-16 with a byte order mark."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(
            f"{source}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line}, column"
            f" {column}; GBK?): save the file as UTF-8"
        ) from None


def config_from_mapping(
    data: Mapping[str, Any], source: Path | None = None, digest: str = ""
) -> Config:
    where = str(source) if source else "<config>"
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{_top_level_hint(key)}")
    sections: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        table = data.get(name, {})
        if not isinstance(table, Mapping):
            raise ConfigError(f"{where}: [{name}] must be a table")
        sections[name] = build_settings(cls, table, f"[{name}]", where)

    network = sections["network"]
    if network.ca_file and source is not None and not Path(network.ca_file).is_absolute():
        ca_path = source.parent / Path(network.ca_file).expanduser()
        sections["network"] = dataclasses.replace(network, ca_file=str(ca_path))
    if sections["network"].ca_file:
        _check_ca_file(sections["network"].ca_file, where)

    signature_words = _signature_words(data.get("signatures", {}), where)

    windows = data.get("maintenance", [])
    if not isinstance(windows, list) or not all(isinstance(t, Mapping) for t in windows):
        raise ConfigError(f"{where}: 'maintenance' must be an array of tables ([[maintenance]])")
    maintenance = tuple(
        build_settings(MaintenanceWindow, _datetimes_as_text(table), f"[[maintenance]] #{n}", where)
        for n, table in enumerate(windows, start=1)
    )

    site_tables = data.get("sites", [])
    if not isinstance(site_tables, list) or not all(isinstance(t, Mapping) for t in site_tables):
        raise ConfigError(f"{where}: 'sites' must be an array of tables ([[sites]])")

    sites_file: Path | None = None
    if "sites_file" in data:
        value = data["sites_file"]
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: sites_file: expected a path string")
        sites_file = Path(value).expanduser()
        if not sites_file.is_absolute() and source is not None:
            sites_file = source.parent / sites_file

    return Config(
        signature_words=signature_words,
        site_tables=tuple(site_tables),
        sites_file=sites_file,
        maintenance=maintenance,
        source=source,
        digest=digest,
        **sections,
    )


T = typing.TypeVar("T")


def build_settings(cls: type[T], table: Mapping[str, Any], section: str, where: str) -> T:
    """Build a settings dataclass from a TOML table, naming file and key on any error."""
    hints = typing.get_type_hints(cls)
    known = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    defaults = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {}
    for key, value in table.items():
        if key not in known:
            hint = _suggest(key, known)
            if not hint and key in TOP_LEVEL_KEYS:  # `sites_file` written under a [section]
                hint = f" ({key!r} belongs at the top of the file, before the first [section])"
            raise ConfigError(f"{where}: {section} unknown key {key!r}{hint}")
        try:
            values[key] = coerce(hints[key], value)
        except TypeError as exc:
            raise ConfigError(f"{where}: {section} {key}: {exc}") from None
        factory = defaults[key].default_factory
        if isinstance(values[key], dict) and factory is not dataclasses.MISSING:
            values[key] = {**factory(), **values[key]}  # a partial table extends the defaults
    try:
        return cls(**values)
    except SettingError as exc:
        raise ConfigError(f"{where}: {section} {exc.key}: {exc}") from None


def coerce(annotation: Any, value: Any) -> Any:
    """Check a TOML value against a field's annotation; convert lists to tuples."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}{_unquote_hint(value)}")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, got {value!r}{_unquote_hint(value)}")
        return value
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected a number, got {value!r}{_unquote_hint(value)}")
        return float(value)
    if annotation is str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        return tuple(coerce(args[0], item) for item in value)
    if origin in (Mapping, dict) or annotation is Mapping:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected a table, got {value!r}")
        key_type, value_type = args
        return {coerce(key_type, k): coerce(value_type, v) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        errors = []
        for arg in args:
            if arg is type(None) and value is None:
                return None
            try:
                return coerce(arg, value)
            except TypeError as exc:
                errors.append(str(exc))
        raise TypeError("; ".join(errors))
    raise TypeError(f"unsupported setting type {annotation!r}")  # a bug, not user input


def _unquote_hint(value: Any) -> str:
    """`timeout = "15"`: TOML reads a quoted number as text."""
    if isinstance(value, str) and value.strip():
        try:
            parsed = tomllib.loads(f"v = {value.strip()}")
        except tomllib.TOMLDecodeError:
            return ""
        if list(parsed) == ["v"] and isinstance(parsed["v"], int | float):  # bool is an int
            return f" (write {value.strip()} without quotes)"
    return ""


_PAIR_SIGN = re.compile(r"\s*[=:]\s*")  # a name=value pair's sign, spaced or not
_WIDE_SEPARATORS = str.maketrans("，；：＝", ",;:=")


def parse_text_value(annotation: Any, text: str) -> Any:
    """Convert a CSV cell to the type of the setting it overrides."""
    text = text.strip()
    if annotation is bool:
        lowered = text.lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise TypeError(f"expected true or false, got {text!r}")
    if annotation is int:
        try:
            return int(text)
        except ValueError:
            pass
        try:  # "12.0": spreadsheets and pandas write whole numbers so
            number = float(text)
        except ValueError:
            number = 0.5
        if number.is_integer():
            return int(number)
        raise TypeError(f"expected an integer, got {text!r}") from None
    if annotation is float:
        try:
            return float(text)
        except ValueError:
            raise TypeError(f"expected a number, got {text!r}") from None
    if typing.get_origin(annotation) is tuple:
        items = [item for item in text.replace(";", " ").replace(",", " ").split() if item]
        return tuple(parse_text_value(typing.get_args(annotation)[0], item) for item in items)
    if typing.get_origin(annotation) is Mapping:  # "news=30; notice=90" (or news:30)
        key_type, value_type = typing.get_args(annotation)
        table = {}
        # "news = 30, notice = 90" and a Chinese keyboard's "news：30，notice：90" too
        pairs = _PAIR_SIGN.sub("=", text.translate(_WIDE_SEPARATORS))
        for item in pairs.replace(";", " ").replace(",", " ").split():
            key, sep, value = item.partition("=")
            if not sep or not key or not value:
                raise TypeError(f"expected name=value pairs (news=30; notice=90), got {text!r}")
            table[parse_text_value(key_type, key)] = parse_text_value(value_type, value)
        return table
    return text


@functools.cache
def override_type(key: str) -> Any:
    return typing.get_type_hints(SITE_OVERRIDABLE[key])[key]


def apply_overrides(
    crawler: CrawlerSettings, rules: RuleSettings, overrides: Mapping[str, Any]
) -> tuple[CrawlerSettings, RuleSettings]:
    """Layer a site's overrides over the defaults (values are already type-checked)."""
    if not overrides:
        return crawler, rules
    crawler_changes = {k: v for k, v in overrides.items() if SITE_OVERRIDABLE[k] is CrawlerSettings}
    rule_changes: dict[str, Any] = {
        # A table (column_max_age_days) extends the config's, as the config's extends
        # the defaults: a site naming its news limit keeps the config's other types.
        k: {**getattr(rules, k), **v} if isinstance(v, Mapping) else v
        for k, v in overrides.items()
        if SITE_OVERRIDABLE[k] is RuleSettings
    }
    return (
        dataclasses.replace(crawler, **crawler_changes) if crawler_changes else crawler,
        dataclasses.replace(rules, **rule_changes) if rule_changes else rules,
    )


def _signature_words(table: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: [signatures] must be a table of word lists")
    words: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ConfigError(f"{where}: [signatures] {key}: expected a list of words")
        words[key] = tuple(value)
    try:
        build_signatures(words)
    except ValueError as exc:
        raise ConfigError(f"{where}: [signatures] {exc}") from None
    return words


def _datetimes_as_text(table: Mapping[str, Any]) -> dict[str, Any]:
    """TOML date-times (start = 2026-12-01T02:00) arrive as datetime objects."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in table.items()}


def _check_ca_file(ca_file: str, where: str) -> None:
    try:
        ssl.create_default_context().load_verify_locations(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"{where}: [network] ca_file: cannot load {ca_file}: {exc}") from None


def _top_level_hint(key: str) -> str:
    """A did-you-mean, or the section a misplaced setting belongs in."""
    close = _suggest(key, TOP_LEVEL_KEYS)
    if close:
        return close
    homes = [name for name, cls in _SECTIONS.items() if key in _field_names(cls)]
    if homes:
        return f" (a setting of [{homes[0]}]: write it under that heading)"
    return ""


def _field_names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def _suggest(key: str, known: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
