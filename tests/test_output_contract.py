"""The output contract (issues 2 and 3, README "Output contract") checked mechanically
on the real CLI: `scan --json`, `export` (jsonl and csv), `inspect --json`, exit codes.

The sites are the realistic builders' (healthy, stale, zombie, hijacked, citizen
messages) with their clocks moved to today (the CLI scans by the real clock), and the
farm's failure sites (each error kind), all on 127.0.0.1 through `[network] resolve`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import tests.realistic_hijack as hijack
import tests.realistic_messages as messages
import tests.realistic_zombie as zombie
from crawler.clock import utc_now
from crawler.export import CSV_COLUMNS
from tests.farm import FARM_DOMAIN, Farm, closed_port
from tests.test_cli import REPO, assert_one_line_error, run_cli, run_cli_sync

README = (REPO / "README.md").read_text(encoding="utf-8")

# The README's example record, written out: every key and the JSON types it may take.
NULLABLE_STR = (str, type(None))
NULLABLE_INT = (int, type(None))
RECORD_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,),
    "name": (str,),
    "group": (str,),
    "checked_at": (str,),
    "final_url": NULLABLE_STR,
    "http_status": NULLABLE_INT,
    "response_ms": NULLABLE_INT,
    "status": (str,),
    "last_updated": NULLABLE_STR,
    "last_updated_source": NULLABLE_STR,
    "findings": (list,),
    "score": (int,),
    "passed": (bool,),
    "error_kind": NULLABLE_STR,
    "error_detail": NULLABLE_STR,
    "title": NULLABLE_STR,
    "redirects": (list,),
    "bytes": NULLABLE_INT,
    "content_type": NULLABLE_STR,
    "encoding": NULLABLE_STR,
    "server": NULLABLE_STR,
    "last_modified": NULLABLE_STR,
    "etag": NULLABLE_STR,
    "cert_expires": NULLABLE_STR,
    "tls_error": NULLABLE_STR,
    "attempts": (int,),
    "scan_id": (int,),
}
SEVERITY = ("unreachable", "hijacked", "zombie", "stale", "healthy")
ERROR_KINDS = frozenset(
    {"dns", "connect", "timeout", "tls", "http_4xx", "http_5xx", "redirect_loop",
     "too_large", "invalid_url"}
)  # fmt: skip
# Findings that count things carry the number in `count`.
COUNTING = frozenset({"column_stale", "column_empty", "unanswered_messages", "broken_link"})
# What each finding code makes of `status` (README: the hijack table, the Freshness rules).
STATUS_OF = {
    "unreachable": "unreachable", "availability": "unreachable",
    "hidden_links": "hijacked", "spam_content": "hijacked", "offsite_redirect": "hijacked",
    "cloaking": "hijacked",
    "placeholder_page": "zombie", "default_server_page": "zombie", "parked_domain": "zombie",
    "abandoned": "zombie",
    "homepage_stale": "stale", "column_stale": "stale", "column_empty": "stale",
}  # fmt: skip
VETO = frozenset(
    {"unreachable", "availability", "homepage_stale", "unanswered_messages", "abandoned",
     "placeholder_page", "default_server_page", "parked_domain", "hidden_links",
     "spam_content", "offsite_redirect", "cloaking"}
)  # fmt: skip


def readme_section(title: str) -> str:
    start = README.index(f"## {title}")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def vocabulary() -> dict[str, str]:
    """The finding codes the README's output contract lists, with their meanings (the
    row's text, or the section it points to)."""
    codes: dict[str, str] = {}
    for line in readme_section("Output contract").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue
        for code in re.findall(r"`([a-z_]+)`", cells[0]):
            codes[code] = " ".join(cells[1:]).strip()
    return codes


def documented_in_section(code: str) -> bool:
    """A code the contract refers elsewhere for ("see Freshness") has its own row there."""
    return re.search(rf"^\| `{code}` \|[^|]*\|\s*\S", README, re.MULTILINE) is not None


# --- the sites -------------------------------------------------------------------------


def beijing_today() -> Any:
    return (utc_now() + timedelta(hours=8)).date()


Page = tuple[int, str | bytes, dict[str, str]]


def realistic_sites(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, Page]]:
    """host -> path -> (status, body, headers), the builders' dates moved to today."""
    today = beijing_today()
    for module in (zombie, hijack, messages):
        monkeypatch.setattr(module, "TODAY", today)
    hosts: dict[str, dict[str, Page]] = {}
    wanted = {"healthy": 1, "stale": 1, "zombie": 2}
    for case in zombie.cases():
        if wanted.get(case.status, 0) <= 0 or case.location or case.extra:
            continue
        wanted[case.status] -= 1
        pages: dict[str, Page] = {"/": (case.http, case.body, dict(case.headers))}
        pages.update({p: (200, body, {}) for p, body in case.pages.items()})
        hosts[case.host] = pages
    for hcase in (hijack.HACKED[0](), hijack.CLEAN[0]()):
        if hcase.redirects or hcase.others:
            continue
        host = hcase.host or f"{hcase.slug}.{hijack.CN_DOMAIN}"
        hosts[host] = {p: (200, body, {}) for p, body in hcase.pages.items()}
    site = messages.board_site(messages.detail_only())
    hosts["www.messages.gov.cn"] = {p: (200, body, {}) for p, body in site.pages.items()}
    # The same portal a season later: its news is stale, nothing else changed.
    monkeypatch.setattr(messages, "TODAY", today - timedelta(days=60))
    site = messages.board_site(messages.detail_only())
    hosts["www.stale.gov.cn"] = {p: (200, body, {}) for p, body in site.pages.items()}
    return hosts


class ContractFarm(Farm):
    """The farm's failure sites, plus whole realistic sites served by host."""

    def __init__(self, hosts: dict[str, dict[str, Page]]) -> None:
        super().__init__()
        self.pages = hosts

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":")[0].lower()
        if host in self.pages:
            found = self.pages[host].get(request.path)
            if found is None:
                return web.Response(status=404, text="not found")
            status, body, headers = found
            sent = {"Content-Type": "text/html; charset=utf-8", **headers}
            data = body if isinstance(body, bytes) else body.encode("utf-8")
            return web.Response(status=status, body=data, headers=sent)
        return await super().dispatch(request)


# URLs exactly as listed: a trailing slash or none, upper case, an IDN as written.
IDN_HOST = "示例县.farm.test"
FAILURES = {
    f"http://OK.{FARM_DOMAIN}": "healthy",
    f"http://{IDN_HOST}/": "healthy",
    f"http://refused.{FARM_DOMAIN}/": "connect",
    f"http://hang.{FARM_DOMAIN}/": "timeout",
    f"http://err500.{FARM_DOMAIN}/": "http_5xx",
    f"http://notfound.{FARM_DOMAIN}/": "http_4xx",
    f"http://loop.{FARM_DOMAIN}/": "redirect_loop",
    f"http://badlocation.{FARM_DOMAIN}/": "invalid_url",
    "http://nowhere.unresolved.test/": "dns",
    f"http://big.{FARM_DOMAIN}/": "too_large",
}


@pytest.fixture
async def contract_farm(
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[tuple[ContractFarm, int]]:
    farm = ContractFarm(realistic_sites(monkeypatch))
    farm.sites[IDN_HOST.encode("idna").decode("ascii").removesuffix(f".{FARM_DOMAIN}")] = farm.ok
    runner = web.AppRunner(farm.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield farm, runner.addresses[0][1]
    finally:
        await runner.cleanup()


def write_config(tmp_path: Path, port: int) -> Path:
    config = tmp_path / "scan.toml"
    config.write_text(
        f"""
[crawler]
timeout = 1.5
retries = 0
parse_workers = 0
max_page_bytes = 200000
[network]
resolve = {{ "*.{FARM_DOMAIN}" = "127.0.0.1:{port}", "*.gov.cn" = "127.0.0.1:{port}", "refused.{FARM_DOMAIN}" = "127.0.0.1:{closed_port()}" }}
system_dns = false
[storage]
path = "health.db"
""",
        encoding="utf-8",
    )
    return config


def site_list(farm: ContractFarm) -> list[str]:
    return [*FAILURES, *(f"http://{host}/" for host in farm.pages)]


def write_sites(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "sites.csv"
    rows = ["url,name,group"] + [f"{url},站点{i},组{i % 3}" for i, url in enumerate(urls)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def check_record(record: dict[str, Any], vocab: dict[str, str]) -> Iterator[str]:
    """Every way a record breaks the contract, as messages."""
    url = record.get("url")
    if set(record) != set(RECORD_TYPES):
        yield f"{url}: keys {sorted(set(record) ^ set(RECORD_TYPES))} differ from the README"
    for key, types in RECORD_TYPES.items():
        if key in record and not isinstance(record[key], types):
            yield f"{url}: {key} = {record[key]!r} is not {types}"
        if key in record and types == (int,) and isinstance(record[key], bool):
            yield f"{url}: {key} is a bool"
    if record.get("status") not in SEVERITY:
        yield f"{url}: status {record.get('status')!r}"
    if record.get("error_kind") not in ERROR_KINDS | {None}:
        yield f"{url}: error_kind {record['error_kind']!r} is not documented"
    if not 0 <= record.get("score", -1) <= 100:
        yield f"{url}: score {record.get('score')}"
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", record.get("checked_at", "")):
        yield f"{url}: checked_at {record.get('checked_at')!r} is not UTC ISO 8601 with Z"
    if record.get("last_updated") is not None and not re.fullmatch(
        r"\d{4}-\d\d-\d\d", record["last_updated"]
    ):
        yield f"{url}: last_updated {record['last_updated']!r} is not YYYY-MM-DD"
    codes = set()
    for finding in record.get("findings", []):
        code = finding.get("code")
        codes.add(code)
        if not {"code", "detail", "count"} <= set(finding):
            yield f"{url}: finding {finding} lacks code/detail/count"
        if code not in vocab:
            yield f"{url}: finding code {code!r} is not in the README's vocabulary"
        if code in COUNTING and not isinstance(finding.get("count"), int):
            yield f"{url}: {code} counts things but count = {finding.get('count')!r}"
        if not isinstance(finding.get("detail"), str) or not finding.get("detail"):
            yield f"{url}: {code} has no detail"
    # Severity: the first status that applies.
    applies = {STATUS_OF[c] for c in codes if c in STATUS_OF}
    if record.get("error_kind") is not None and record["error_kind"] != "too_large":
        applies.add("unreachable")
    expected = next((s for s in SEVERITY if s in applies), "healthy")
    if record.get("status") != expected:
        yield f"{url}: status {record.get('status')} but findings {sorted(codes)} say {expected}"
    if record.get("status") in {"unreachable", "hijacked", "zombie"} and record.get("passed"):
        yield f"{url}: passed although {record['status']}"
    if codes & VETO and record.get("passed"):
        yield f"{url}: passed despite veto {sorted(codes & VETO)}"


async def test_scan_and_export_keep_the_documented_contract(
    contract_farm: tuple[ContractFarm, int], tmp_path: Path
) -> None:
    farm, port = contract_farm
    config = write_config(tmp_path, port)
    urls = site_list(farm)
    sites = write_sites(tmp_path, urls)
    out = tmp_path / "out.jsonl"
    code, _, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", out, "--quiet", timeout=90
    )
    assert code == 0, stderr
    raw = out.read_bytes().decode("utf-8")
    scanned = [json.loads(line) for line in raw.splitlines()]
    # `url` byte for byte as listed, in the list's order.
    assert [r["url"] for r in scanned] == urls

    vocab = vocabulary()
    problems = [p for record in scanned for p in check_record(record, vocab)]
    assert not problems, "\n".join(problems)

    by_url = {r["url"]: r for r in scanned}
    for url, expected in FAILURES.items():
        record = by_url[url]
        if expected == "healthy":
            assert record["error_kind"] is None, record
        else:
            assert record["error_kind"] == expected, (
                url,
                record["error_kind"],
                record["error_detail"],
            )
    statuses = {r["status"] for r in scanned}
    assert statuses == set(SEVERITY), statuses
    seen = {f["code"] for r in scanned for f in r["findings"]}
    assert {"unanswered_messages", "undated", "hidden_links", "default_server_page"} <= seen, seen

    # export --format jsonl: the same records, record for record.
    code, exported, stderr = await run_cli(
        "export", "--config", config, "--scan", "latest", "--format", "jsonl"
    )
    assert code == 0, stderr
    assert [json.loads(line) for line in exported.splitlines()] == scanned

    # export --format csv: a header and one row per site, parseable by csv.
    code, text, stderr = await run_cli(
        "export", "--config", config, "--scan", "latest", "--format", "csv"
    )
    assert code == 0, stderr
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(scanned) + 1
    table = list(csv.DictReader(io.StringIO(text, newline="")))
    for row, record in zip(table, scanned, strict=True):
        assert row["url"] == record["url"]
        assert row["status"] == record["status"]
        assert row["passed"] == ("true" if record["passed"] else "false")
        assert row["finding_codes"].split() == [f["code"] for f in record["findings"]]
    # README: "the same columns flattened": every scalar key of the record is a column.
    scalar = {k for k, types in RECORD_TYPES.items() if list not in types} - {"scan_id"}
    assert scalar <= set(CSV_COLUMNS), sorted(scalar - set(CSV_COLUMNS))


def test_readme_example_record_has_the_contract_keys() -> None:
    """The README's example record is the contract the checks above hold records to."""
    section = readme_section("Output contract")
    example = json.loads(section.split("```json", 1)[1].split("```", 1)[0])
    assert set(example) == set(RECORD_TYPES), sorted(set(example) ^ set(RECORD_TYPES))
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE))
    # Plain fetch fields ("What a scan records") and last_updated's companion.
    plain = {
        "name", "group", "final_url", "http_status", "response_ms", "error_detail", "title",
        "bytes", "content_type", "encoding", "server", "last_modified", "etag",
        "cert_expires", "attempts", "scan_id", "last_updated_source",
    }  # fmt: skip
    undocumented = set(RECORD_TYPES) - documented - plain
    assert not undocumented, sorted(undocumented)


def test_vocabulary_is_documented() -> None:
    vocab = vocabulary()
    from tests.contract import FRESHNESS_CODES

    issue_codes = {
        "unreachable", "slow", "homepage_stale", "column_stale", "column_empty", "broken_link",
        "hidden_links", "spam_content", "offsite_redirect", "placeholder_page",
        "default_server_page", "parked_domain", "unanswered_messages", "undated",
        "cert_expiring",
    }  # fmt: skip
    assert issue_codes | FRESHNESS_CODES <= set(vocab), sorted(issue_codes - set(vocab))
    for code, meaning in vocab.items():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", code), code
        if meaning.startswith(("see", "yes | see", "no | see")) or "see " in meaning[:20]:
            assert documented_in_section(code), f"{code}: referred elsewhere, not documented there"
        else:
            assert len(meaning) > 20, f"{code}: no meaning in the README ({meaning!r})"
    # Every code the crawler can emit is in the vocabulary.
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "crawler").glob("*.py"))
    emitted = set(re.findall(r"\bFinding\(\s*\"([a-z_]+)\"", source))
    emitted |= set(re.findall(r"\bcode=\"([a-z_]+)\"", source))
    assert emitted, "found no finding codes in the crawler's source"
    assert emitted <= set(vocab), sorted(emitted - set(vocab))


# --- inspect --json --------------------------------------------------------------------


def test_inspect_json_on_300_files_in_one_process(tmp_path: Path) -> None:
    today = beijing_today()
    page = messages.homepage(messages.news_block())
    files = []
    for index in range(300):
        path = tmp_path / f"p{index:03}.html"
        path.write_text(page, encoding="utf-8")
        files.append(str(path))
    missing = str(tmp_path / "missing.html")
    files.insert(150, missing)
    started = time.perf_counter()
    code, stdout, stderr = run_cli_sync(
        "inspect", *files, "--json", "--now", today.isoformat(), timeout=120
    )
    elapsed = time.perf_counter() - started
    print(f"inspect --json: {len(files)} files in {elapsed:.2f} s")
    lines = stdout.splitlines()
    assert len(lines) == len(files), stderr
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == files
    for record in records:
        if record["source"] == missing:
            continue
        assert record["error"] is None, record
        assert {"source", "page_date", "columns"} <= set(record), record
        assert record["columns"], record
        for column in record["columns"]:
            assert {"name", "type", "newest", "items"} <= set(column), column
    # README: the file that cannot be read says so in its own record; the rest go on.
    failed = records[150]
    assert "No such file" in failed["error"], failed
    assert failed["columns"] == [] and failed["passed"] is False
    assert "Traceback" not in stderr, stderr
    assert code == 0, stderr
    # The unreadable file is said on stderr too, in one line naming it.
    assert [line for line in stderr.splitlines() if line] == [
        f"inspect: {missing}: [Errno 2] No such file or directory: '{missing}'"
    ]


# --- exit codes ------------------------------------------------------------------------


def test_bad_config_bad_site_list_and_missing_file_exit_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[crawler]\nconcurency = 5\n", encoding="utf-8")
    code, _, stderr = run_cli_sync("scan", "--config", config)
    assert code == 2
    assert_one_line_error(stderr, "concurency", "bad.toml")

    good = tmp_path / "good.toml"
    good.write_text('[network]\nsystem_dns = false\n[storage]\npath = "h.db"\n', encoding="utf-8")
    sites = tmp_path / "sites.csv"
    sites.write_text("name,group\nx,y\n", encoding="utf-8")  # no url column
    code, _, stderr = run_cli_sync("scan", "--config", good, "--sites", sites)
    assert code == 2
    assert_one_line_error(stderr, "sites.csv")

    code, _, stderr = run_cli_sync("scan", "--config", good, "--sites", tmp_path / "none.csv")
    assert code == 2
    assert_one_line_error(stderr, "none.csv")

    code, _, stderr = run_cli_sync("scan", "--config", tmp_path / "none.toml")
    assert code == 2
    assert_one_line_error(stderr, "none.toml")

    code, _, stderr = run_cli_sync(
        "export", "--config", good, "--scan", "latest", "--format", "jsonl"
    )
    assert code == 3
    assert_one_line_error(stderr)
