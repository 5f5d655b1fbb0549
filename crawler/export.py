"""Output formats for stored results: JSON Lines and CSV. Pure formatting."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

# CSV has no nesting: findings become "code: detail" joined by " | ", redirects
# "status url" likewise. Every other key of the JSON record is a column of its own.
CSV_COLUMNS = (
    "url",
    "name",
    "group",
    "checked_at",
    "final_url",
    "http_status",
    "response_ms",
    "status",
    "last_updated",
    "score",
    "passed",
    "error_kind",
    "error_detail",
    "title",
    "finding_codes",
    "findings",
    "last_updated_source",
    "redirects",
    "bytes",
    "content_type",
    "encoding",
    "server",
    "last_modified",
    "etag",
    "cert_expires",
    "tls_error",
    "attempts",
    "scan_id",
)


# A spreadsheet takes a cell starting with one of these for a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """Keep a spreadsheet from running a site's text (a hacked page's title, a link's
    text) as a formula: such a cell gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def format_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _csv_lines(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A header, then one line per row; missing and null cells are empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in itertools.chain([dict(zip(columns, columns, strict=True))], rows):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):  # as `passed`: one spelling in every CSV we write
        return "true" if value else "false"
    return spreadsheet_safe(value) if isinstance(value, str) else value


def format_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    def flat(record: dict[str, Any]) -> dict[str, Any]:
        findings = record["findings"]
        return {
            **record,
            "passed": "true" if record["passed"] else "false",
            "finding_codes": " ".join(f["code"] for f in findings),
            "findings": " | ".join(f"{f['code']}: {f['detail']}" for f in findings),
            "redirects": " | ".join(
                f"{hop['status']} {hop['url']}" for hop in record.get("redirects") or ()
            ),
        }

    return _csv_lines(CSV_COLUMNS, map(flat, records))


LINK_COLUMNS = (
    "site",
    "name",
    "group",
    "page_url",
    "url",
    "text",
    "resource",
    "status",
    "detail",
    "suspected",
    "on_homepage",
)


def format_links_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    return _csv_lines(LINK_COLUMNS, records)


FORMATTERS = {"jsonl": format_jsonl, "csv": format_csv}
LINK_FORMATTERS = {"jsonl": format_jsonl, "csv": format_links_csv}
