"""Output formats for stored results: JSON Lines and CSV. Pure formatting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

# CSV has no nesting: findings become "code: detail" joined by " | ".
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
)


def format_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def format_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        findings = record["findings"]
        row = {
            **record,
            "passed": "true" if record["passed"] else "false",
            "finding_codes": " ".join(f["code"] for f in findings),
            "findings": " | ".join(f"{f['code']}: {f['detail']}" for f in findings),
        }
        writer.writerow(["" if row.get(c) is None else row[c] for c in CSV_COLUMNS])
        yield buffer.getvalue()


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
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LINK_COLUMNS)
    yield buffer.getvalue()
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(["" if record[c] is None else record[c] for c in LINK_COLUMNS])
        yield buffer.getvalue()


FORMATTERS = {"jsonl": format_jsonl, "csv": format_csv}
LINK_FORMATTERS = {"jsonl": format_jsonl, "csv": format_links_csv}
