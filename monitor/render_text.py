"""The report as Markdown or plain text (a terminal, a mail body): pure functions of a Report.

Both formats render the same document: a title, the scan line and eight sections
(headline, changes, needs action, closure candidates, by group, findings, availability,
trends). Every list is capped at `max_rows` rows followed by a "more rows" line; the JSON
and CSV renderers (`monitor.render_data`) hold everything.

Text from sites (names, titles, finding details, urls, groups) is hostile input. Markdown
escapes it so it cannot break a table or inject HTML when a mail client renders the
Markdown; plain text strips control characters so it cannot move the cursor of a terminal.
Plain-text columns are padded by display width: CJK characters take two columns.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from urllib.parse import quote, urlsplit, urlunsplit

from crawler.domains import ascii_host, display_url
from monitor.explain import explain
from monitor.formatting import (
    DETAIL_LIMIT,
    clean_text,
    failure_ratio,
    local_date,
    local_time,
    percent,
    points,
    shorten,
)
from monitor.labels import Labels
from monitor.model import Reason, Report, ScanRef, SiteRow

# Counts by status are listed mildest first.
STATUS_ORDER: tuple[str, ...] = ("healthy", "stale", "zombie", "unreachable", "hijacked")
SPARKS = "▁▂▃▄▅▆▇█"
NO_VALUE = "–"

# Backslash-escaped in Markdown text; < > & become entities instead.
_MARKDOWN_PUNCTUATION = frozenset("\\`*_[]|~#!{}")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


# ---------------------------------------------------------------------------
# Text helpers


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width (CJK) characters take two, combining marks none."""
    width = 0
    for char in text:
        # Combining and enclosing marks (accents, variation selectors) take no column.
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def markdown_escape(text: str) -> str:
    """Site text made inert in Markdown: one line, no HTML, no emphasis, links or cells."""
    out: list[str] = []
    for char in clean_text(text):
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in _MARKDOWN_PUNCTUATION:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def safe_link_target(url: str) -> str | None:
    """An http(s) url percent-encoded so it cannot end a Markdown link or a table cell;
    None for any other scheme or an unparseable url."""
    try:
        parts = urlsplit(clean_text(url))
        host = parts.hostname
        if parts.scheme.lower() not in ("http", "https") or not host:
            return None
        host.encode("idna")  # raises on a host no browser would resolve
    except (ValueError, UnicodeError):
        return None
    netloc = parts.netloc
    if not netloc.isascii():  # an IDN host as DNS has it, not percent-encoded UTF-8
        userinfo, at, hostport = netloc.rpartition("@")
        host_text, colon, port = hostport.rpartition(":")
        if not colon or not port.isdigit():
            host_text, colon, port = hostport, "", ""
        netloc = f"{userinfo}{at}{ascii_host(host_text)}{colon}{port}"
    netloc = quote(netloc, safe=":@[]%")
    path = quote(parts.path, safe="/%;=,+!$&'*")
    query = quote(parts.query, safe="=&%/?:;,+!$*'")
    fragment = quote(parts.fragment, safe="=&%/?:;,+!$*'")
    target = urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))
    # Markdown-significant characters left by the safe sets above.
    for char, code in (("'", "%27"), ("*", "%2A"), ("!", "%21"), ("$", "%24")):
        target = target.replace(char, code)
    return target


def sparkline(rates: Sequence[float | None]) -> str:
    """One block per rate on a fixed 0–100% scale; "·" where nothing was checked."""
    marks = []
    for rate in rates:
        if rate is None:
            marks.append("·")
        else:
            marks.append(SPARKS[round(min(max(rate, 0.0), 1.0) * (len(SPARKS) - 1))])
    return "".join(marks)


# ---------------------------------------------------------------------------
# The document both formats render


@dataclass(frozen=True)
class _Link:
    text: str
    url: str


_Cell = str | _Link


@dataclass(frozen=True)
class _Para:
    text: str


@dataclass(frozen=True)
class _Fields:
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Sub:
    title: str


@dataclass(frozen=True)
class _Table:
    header: tuple[str, ...]
    rows: tuple[tuple[_Cell, ...], ...]
    right: frozenset[int]  # right-aligned (numeric) columns


_Block = _Para | _Fields | _Sub | _Table


@dataclass(frozen=True)
class _Section:
    title: str
    blocks: tuple[_Block, ...]


@dataclass(frozen=True)
class _Document:
    title: str
    intro: tuple[str, ...]
    sections: tuple[_Section, ...]


class _Builder:
    def __init__(self, report: Report, labels: Labels, max_rows: int, zone: tzinfo) -> None:
        if max_rows < 0:
            raise ValueError(f"max_rows must be 0 or more, not {max_rows}")
        self.report = report
        self.labels = labels
        self.max_rows = max_rows
        self.zone = zone

    # Cells -------------------------------------------------------------

    def group(self, group: str) -> str:
        return shorten(group) if group else self.labels["no_group"]

    def site_name(self, site: SiteRow) -> str:
        name = shorten(site.name) if site.name else NO_VALUE
        if site.status == "hijacked" and site.title and site.title != site.name:
            return f"{name} ({self.labels['page_title']}: {shorten(site.title)})"
        return name

    @staticmethod
    def link(url: str) -> _Link:
        """A site's url: shown cut short when it is absurdly long, linked whole."""
        return _Link(shorten(display_url(url), DETAIL_LIMIT), url)

    def reason(self, site: SiteRow) -> str:
        main = site.main_reason
        return NO_VALUE if main is None else self.reason_words(main)

    def reason_words(self, reason: Reason) -> str:
        label = self.labels.finding(reason.code)
        detail = shorten(explain(reason, self.labels.lang), DETAIL_LIMIT)
        return f"{label}: {detail}" if detail else label

    def reasons(self, site: SiteRow) -> str:
        words = [self.reason_words(r) for r in site.reasons]
        return "; ".join(words) or NO_VALUE

    @staticmethod
    def number(value: int | None) -> str:
        return NO_VALUE if value is None else f"{value:,}"

    def change(self, change: float | None, scan: ScanRef | None) -> str:
        if change is None:
            return NO_VALUE
        text = f"{points(change)} {self.labels['points']}"
        if scan is not None:
            text += f" ({self.labels['scan']} {scan.id}, {local_date(scan.started_at, self.zone)})"
        return text

    # Blocks ------------------------------------------------------------

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[tuple[_Cell, ...]],
        right: Sequence[int] = (),
        *,
        keep_last: bool = False,
        total: int | None = None,
    ) -> list[_Block]:
        """A table of at most max_rows rows and the "more rows" line; "none" when empty.
        `total`: the full count when the caller formatted only the rows shown."""
        count = len(rows) if total is None else total
        if not count:
            return [_Para(self.labels["none"])]
        if keep_last:
            shown = list(rows[len(rows) - self.max_rows :]) if self.max_rows else []
        else:
            shown = list(rows[: self.max_rows])
        blocks: list[_Block] = []
        if shown:
            blocks.append(_Table(tuple(header), tuple(shown), frozenset(right)))
        if count > len(shown):
            blocks.append(_Para(self.labels.format("more_rows", count=count - len(shown))))
        return blocks

    def site_table(
        self,
        sites: Sequence[SiteRow],
        extra_header: Sequence[str],
        extra: Callable[[SiteRow], tuple[str, ...]],
        right: Sequence[int] = (),
    ) -> list[_Block]:
        header = (
            self.labels["col_group"],
            self.labels["col_site"],
            self.labels["col_url"],
            *extra_header,
        )
        rows: list[tuple[_Cell, ...]] = [
            (self.group(s.group), self.site_name(s), self.link(s.url), *extra(s))
            for s in sites[: self.max_rows]  # format only what is shown (84,094 sites)
        ]
        return self.table(header, rows, [3 + i for i in right], total=len(sites))

    # Sections ----------------------------------------------------------

    def document(self) -> _Document:
        return _Document(
            title=self.labels["title"],
            intro=self.intro(),
            sections=(
                self.headline(),
                self.changes(),
                self.needs_action(),
                self.closure(),
                self.by_group(),
                self.findings(),
                self.availability(),
                self.trends(),
            ),
        )

    def intro(self) -> tuple[str, ...]:
        scan, generated = self.scan_line()
        return (scan, *self.unfinished_line(), generated)

    def unfinished_line(self) -> list[str]:
        running = self.report.unfinished
        if running is None:
            return []
        return [
            self.labels.format(
                "unfinished_note",
                id=running.id,
                started=local_time(running.started_at, self.zone),
                done=f"{running.done:,}",
                total=f"{running.total:,}",
                reported=self.report.scan.id,
            )
        ]

    def scan_line(self) -> tuple[str, str]:
        labels, scan = self.labels, self.report.scan
        try:
            depth = labels[f"depth_{scan.depth}"]
        except KeyError:
            depth = scan.depth
        parts = [
            f"{labels['scan']} {scan.id}",
            depth,
            f"{labels['started']} {local_date(scan.started_at, self.zone)}",
        ]
        baseline = self.report.baseline
        if baseline is None:
            parts.append(f"{labels['baseline']}: {labels['none']}")
        else:
            when = local_date(baseline.started_at, self.zone)
            parts.append(f"{labels['baseline']} {baseline.id} ({when})")
        if self.report.group_filter is not None:
            parts.append(f"{labels['group_filter']}: {self.group(self.report.group_filter)}")
        generated = f"{labels['generated']}: {local_time(self.report.generated_at, self.zone)}"
        return (" · ".join(parts), generated)

    def headline(self) -> _Section:
        labels, head = self.labels, self.report.headline
        items = [
            (labels["sites_checked"], self.number(head.checked)),
            (labels["passed"], self.number(head.passed)),
            (labels["pass_rate"], percent(head.pass_rate)),
            (
                labels["change_since_previous"],
                self.change(head.change_since_previous, head.previous_scan),
            ),
            (
                labels["change_over_30_days"],
                self.change(head.change_over_30_days, head.month_ago_scan),
            ),
        ]
        items += [(labels.status(s), self.number(head.counts.get(s, 0))) for s in STATUS_ORDER]
        return _Section(labels["headline"], (_Fields(tuple(items)),))

    def changes(self) -> _Section:
        labels, report = self.labels, self.report
        blocks: list[_Block] = []
        status = labels.status
        parts: list[
            tuple[str, tuple[SiteRow, ...], list[str], Callable[[SiteRow], tuple[str, ...]]]
        ]
        parts = [
            (
                labels["newly_failed"],
                report.newly_failed,
                [labels["col_status"], labels["col_reason"]],
                lambda s: (status(s.status), self.reason(s)),
            ),
            (
                labels["worsened"],
                report.worsened,
                [labels["col_was"], labels["col_status"], labels["col_reason"]],
                lambda s: (status(s.previous_status or NO_VALUE), status(s.status), self.reason(s)),
            ),
            (
                labels["recovered"],
                report.recovered,
                [labels["col_was"], labels["col_status"]],
                lambda s: (status(s.previous_status or NO_VALUE), status(s.status)),
            ),
        ]
        for title, sites, header, extra in parts:
            if sites:
                blocks.append(_Sub(f"{title} ({len(sites):,})"))
                blocks += self.site_table(sites, header, extra)
        if not blocks:
            no_baseline = report.baseline is None
            blocks.append(_Para(labels["no_baseline" if no_baseline else "no_changes"]))
        return _Section(labels["changes"], tuple(blocks))

    def needs_action(self) -> _Section:
        labels = self.labels
        header = (
            "#",
            labels["col_group"],
            labels["col_site"],
            labels["col_url"],
            labels["col_status"],
            labels["col_reasons"],
            labels["col_days"],
        )
        sites = self.report.needs_action
        rows = [
            (
                str(rank),
                self.group(s.group),
                self.site_name(s),
                self.link(s.url),
                labels.status(s.status),
                self.reasons(s),
                self.number(s.days_in_state),
            )
            for rank, s in enumerate(sites[: self.max_rows], start=1)
        ]
        return _Section(
            labels["needs_action"], tuple(self.table(header, rows, (0, 6), total=len(sites)))
        )

    def closure(self) -> _Section:
        labels, report = self.labels, self.report

        def dead(site: SiteRow) -> tuple[str, ...]:
            return (
                labels.status(site.status),
                local_date(site.dead_since, self.zone),
                self.number(site.dead_days),
            )

        header = [labels["col_status"], labels["col_since"], labels["col_dead_days"]]
        blocks: list[_Block] = [
            _Para(labels.format("closure_note", days=report.closure_after_days))
        ]
        blocks += self.site_table(report.closure_candidates, header, dead, right=(2,))
        return _Section(labels["closure"], tuple(blocks))

    def by_group(self) -> _Section:
        labels = self.labels
        header = (
            labels["col_group"],
            labels["col_sites"],
            labels["col_pass_rate"],
            *(labels.status(s) for s in STATUS_ORDER),
            labels["col_worst"],
            labels["col_trend"],
        )
        rows: list[tuple[_Cell, ...]] = []
        for g in self.report.groups:
            worst = NO_VALUE
            if g.worst_finding is not None:
                worst = f"{labels.finding(g.worst_finding)} ({g.worst_finding_sites:,})"
            rows.append(
                (
                    self.group(g.group),
                    self.number(g.sites),
                    percent(g.pass_rate),
                    *(self.number(g.counts.get(s, 0)) for s in STATUS_ORDER),
                    worst,
                    sparkline(g.trend),
                )
            )
        right = range(1, 3 + len(STATUS_ORDER))
        return _Section(labels["by_group"], tuple(self.table(header, rows, right)))

    def findings(self) -> _Section:
        labels = self.labels
        header = (
            labels["col_code"],
            labels["col_sites"],
            labels["col_total"],
            labels["col_vetoes"],
        )
        rows: list[tuple[_Cell, ...]] = []
        for f in self.report.findings:
            label = labels.finding(f.code)
            name = label if label == f.code else f"{label} ({f.code})"
            rows.append((name, self.number(f.sites), self.number(f.total), self.number(f.vetoes)))
        return _Section(labels["findings_overview"], tuple(self.table(header, rows, (1, 2, 3))))

    def availability(self) -> _Section:
        labels, avail = self.labels, self.report.availability
        days = round((avail.window_end - avail.window_start).total_seconds() / 86400)
        note = labels.format(
            "availability_note",
            days=days,
            ratio=percent(avail.max_failure_ratio),
            min=avail.min_visits,
        )
        counts = _Fields(
            (
                (labels["verdict_pass"], self.number(avail.passing)),
                (labels["verdict_fail"], self.number(avail.failing)),
                (labels["verdict_insufficient"], self.number(avail.insufficient)),
            )
        )
        blocks: list[_Block] = [
            _Para(note),
            _Para(labels[f"availability_source_{avail.source}"]),
            counts,
        ]
        header = (
            labels["col_group"],
            labels["col_site"],
            labels["col_url"],
            labels["col_visits"],
            labels["col_failures"],
            labels["col_ratio"],
            labels["col_verdict"],
        )
        rows = [
            (
                self.group(r.group),
                r.name or NO_VALUE,
                self.link(r.url),
                self.number(r.visits),
                self.number(r.failures),
                failure_ratio(r.failures, r.visits, avail.max_failure_ratio),
                labels[f"verdict_{r.verdict}"],
            )
            for r in avail.rows
        ]
        blocks += self.table(header, rows, (3, 4, 5))
        return _Section(labels["availability"], tuple(blocks))

    def trends(self) -> _Section:
        labels, trends = self.labels, self.report.trends
        header = (
            labels["col_date"],
            labels["scan"],
            labels["sites_checked"],
            labels["passed"],
            labels["pass_rate"],
        )
        rows = [
            (
                local_date(t.at, self.zone),
                str(t.scan_id),
                self.number(t.checked),
                self.number(t.passed),
                percent(t.pass_rate),
            )
            for t in trends
        ]
        blocks = self.table(header, rows, (1, 2, 3, 4), keep_last=True)
        shown = trends[len(trends) - self.max_rows :] if self.max_rows else ()
        if len(shown) > 1:  # a line needs two points
            line = sparkline([t.pass_rate for t in shown])
            blocks.append(_Para(f"{labels['pass_rate']}: {line}"))
        return _Section(labels["trends"], tuple(blocks))


# ---------------------------------------------------------------------------
# Markdown


def _markdown_cell(cell: _Cell) -> str:
    if isinstance(cell, _Link):
        target = safe_link_target(cell.url)
        text = markdown_escape(cell.text)
        return f"[{text}]({target})" if target else text
    return markdown_escape(cell)


def _markdown_table(table: _Table) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    rule = ["---:" if i in table.right else "---" for i in range(len(table.header))]
    lines = [line([markdown_escape(h) for h in table.header]), line(rule)]
    lines += [line([_markdown_cell(c) for c in row]) for row in table.rows]
    return lines


def _markdown(document: _Document) -> str:
    out = [f"# {markdown_escape(document.title)}", ""]
    for line in document.intro:
        out += [markdown_escape(line), ""]
    for section in document.sections:
        out += [f"## {markdown_escape(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, _Para):
                out.append(markdown_escape(block.text))
            elif isinstance(block, _Sub):
                out.append(f"### {markdown_escape(block.title)}")
            elif isinstance(block, _Fields):
                out += [f"- **{markdown_escape(k)}:** {markdown_escape(v)}" for k, v in block.items]
            else:
                out += _markdown_table(block)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def format_markdown(
    report: Report, labels: Labels, *, max_rows: int = 200, zone: tzinfo = UTC
) -> str:
    """The report as GitHub-flavoured Markdown; site text escaped (safe to render as HTML)."""
    return _markdown(_Builder(report, labels, max_rows, zone).document())


# ---------------------------------------------------------------------------
# Plain text


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - display_width(text))
    return space + text if right else text + space


# A table wider than this reads badly in a terminal or a mail body: it becomes one
# block per row instead ("Header: value" lines under the row's first cells).
_TEXT_TABLE_WIDTH = 132


def _text_table(table: _Table) -> list[str]:
    header = [clean_text(h) for h in table.header]
    rows = [[clean_text(c.text if isinstance(c, _Link) else c) for c in row] for row in table.rows]
    widths = [max(display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    if sum(widths) + 2 * (len(widths) - 1) > _TEXT_TABLE_WIDTH:
        return _text_blocks(header, rows)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            _pad(c, w, i in table.right) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _text_blocks(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    numbered = header[0] == "#"  # "3." heads the block instead of "#: 3"
    label_width = max(display_width(h) for h in header) + 1
    out: list[str] = []
    for row in rows:
        if numbered:
            out.append(f"{row[0]}.")
        for name, cell in list(zip(header, row, strict=True))[1 if numbered else 0 :]:
            if cell:
                out.append(f"    {_pad(name + ':', label_width, False)} {cell}")
        out.append("")
    return out[:-1]


def _text_fields(fields: _Fields) -> list[str]:
    items = [(clean_text(k) + ":", clean_text(v)) for k, v in fields.items]
    width = max(display_width(k) for k, _ in items)
    return [f"{_pad(k, width, False)}  {v}" for k, v in items]


def _underlined(title: str, mark: str) -> list[str]:
    title = clean_text(title)
    return [title, mark * display_width(title)]


def _text(document: _Document) -> str:
    out = [*_underlined(document.title, "="), *(clean_text(i) for i in document.intro), ""]
    for section in document.sections:
        out += [*_underlined(section.title, "="), ""]
        for block in section.blocks:
            if isinstance(block, _Para):
                out.append(clean_text(block.text))
            elif isinstance(block, _Sub):
                out += _underlined(block.title, "-")
            elif isinstance(block, _Fields):
                out += _text_fields(block)
            else:
                out += _text_table(block)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def format_text(report: Report, labels: Labels, *, max_rows: int = 200, zone: tzinfo = UTC) -> str:
    """The report as plain text with columns aligned by display width (CJK-aware)."""
    return _text(_Builder(report, labels, max_rows, zone).document())


__all__ = [
    "STATUS_ORDER",
    "clean_text",
    "display_width",
    "format_markdown",
    "format_text",
    "markdown_escape",
    "safe_link_target",
    "sparkline",
]
