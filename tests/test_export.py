"""Export formats: CSV cells that a spreadsheet would run are neutralised."""

from __future__ import annotations

import csv
import io

from crawler.export import format_csv as export_csv
from crawler.export import format_links_csv


def test_export_csv_neutralises_formulas_in_site_text() -> None:
    record = {
        "url": "http://www.a.test/",
        "name": '=HYPERLINK("http://evil.example","点此")',
        "group": "@SUM(A1)",
        "checked_at": "2026-11-25T00:00:00Z",
        "final_url": "http://www.a.test/",
        "http_status": 200,
        "response_ms": -1,
        "status": "hijacked",
        "last_updated": None,
        "score": 40,
        "passed": False,
        "error_kind": None,
        "error_detail": "",
        "title": "+cmd|' /C calc'!A0",
        "findings": [{"code": "spam_content", "detail": "=1+1"}],
    }
    rows = list(csv.reader(io.StringIO("".join(export_csv([record])))))
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["name"] == "'" + record["name"]
    assert cells["group"] == "'@SUM(A1)"
    assert cells["title"] == "'+cmd|' /C calc'!A0"
    assert cells["findings"] == "spam_content: =1+1"  # starts with the code: safe as is
    assert cells["response_ms"] == "-1"  # numbers are numbers
    assert cells["url"] == "http://www.a.test/"
    link = {"site": "http://www.a.test/", "text": "-2+3", "url": "http://b.test/"}
    rows = list(csv.reader(io.StringIO("".join(format_links_csv([link])))))
    assert dict(zip(rows[0], rows[1], strict=True))["text"] == "'-2+3"


def test_links_csv_writes_booleans_as_the_results_csv_does() -> None:
    """`export --links --format csv` wrote `True`/`False` (Python's spelling) where the
    results CSV writes `passed` as `true`/`false`: one file set, two spellings."""
    link = {"site": "http://www.a.test/", "url": "http://b.test/", "suspected": True}
    link2 = {**link, "suspected": False, "on_homepage": True}
    rows = list(csv.DictReader(io.StringIO("".join(format_links_csv([link, link2])))))
    assert [(row["suspected"], row["on_homepage"]) for row in rows] == [
        ("true", ""),
        ("false", "true"),
    ]
