"""Site lists: `[[sites]]` tables and CSV files -> validated `Site`s.

A bad row (empty or malformed URL, not http/https, a duplicate, a bad override
value) is reported as a `SiteProblem` with its file and line and skipped; the rest
load. A row that was read with a repair (full-width characters in its URL) and
columns that are ignored are reported as notes (`skipped=False`). Only a file that
cannot be used at all (unreadable, a workbook, no `url` column, a column that looks
like a misspelled override) raises `SiteListError`.

CSV files are read as spreadsheets write them: UTF-8 with or without BOM, GB18030,
UTF-16 ("Unicode text"); comma, tab or semicolon separated; header names in English or
as census spreadsheets write them (crawler/data/site_lists.toml); no header row when
the first cell is a URL.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from yarl import URL

from crawler.config import (
    SITE_OVERRIDABLE,
    TOP_LEVEL_KEYS,
    Config,
    CrawlerSettings,
    RuleSettings,
    SettingError,
    apply_overrides,
    coerce,
    override_type,
    parse_text_value,
)
from crawler.domains import is_valid_host, redact_url
from crawler.errors import ConfigError, SiteListError
from crawler.models import Site

BASE_COLUMNS = ("url", "name", "group")
SCHEMES = ("http", "https")
_COLUMNS = (*BASE_COLUMNS, "aliases", *SITE_OVERRIDABLE)


@dataclass(frozen=True)
class SiteProblem:
    source: str  # "file:line"
    message: str
    # False: a note; the row (or file) was still read.
    skipped: bool = True
    # What kind of problem, for counts: url, duplicate, override, row, note.
    kind: str = "row"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class SiteList:
    sites: tuple[Site, ...]
    problems: tuple[SiteProblem, ...]

    @property
    def skipped(self) -> tuple[SiteProblem, ...]:
        return tuple(p for p in self.problems if p.skipped)


@cache
def _site_list_data() -> dict[str, Any]:
    text = resources.files("crawler").joinpath("data/site_lists.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _column_aliases() -> dict[str, tuple[str, ...]]:
    table = _site_list_data()["column_aliases"]
    return {column: tuple(_header_key(name) for name in table[column]) for column in table}


@cache
def _homepage_file() -> re.Pattern[str]:
    names = _site_list_data()["homepage_files"]["names"]
    return re.compile("/(?:" + "|".join(map(re.escape, names)) + ")$", re.IGNORECASE)


# Characters a URL copied from a web page or a chat brings along unseen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Full-width forms (typed with a Chinese input method on): ｈｔｔｐ：／／ -> http://.
_FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}
# `http:/x`, `http//x`, `http:\\x`, `http:x`: a scheme typed wrong.
_MANGLED_SCHEME = re.compile(r"^(https?)\s*[:;/\\]+\s*(?=\w)", re.IGNORECASE)
# What is taken for a host name when no scheme is written: www.x.gov.cn[:port][/path].
_BARE_HOST = re.compile(r"^(//)?[\w-]+(\.[\w-]+)+\.?(:\d+)?([/?#].*)?$")
_BREAKS = re.compile(r"[\r\n\t\x00-\x1f]")


@dataclass(frozen=True)
class ListedUrl:
    url: str  # what is scanned: as listed, trimmed (and repaired, see `note`)
    key: str  # the same for two listings of one site
    note: str = ""  # how the listed text was repaired, if it was


def read_url(listed: str, assume_scheme: str = "") -> tuple[ListedUrl | None, str]:
    """A listed URL -> (the URL to scan, "") or (None, what is wrong and how to fix it).

    Repaired with a note: full-width and invisible characters in the scheme and host.
    Skipped: no scheme (unless `assume_scheme`), a mangled one, not http/https, no or
    an invalid host or port."""
    text = listed.strip()
    cleaned = _repair(text)
    shown = text if "@" not in cleaned else _redacted(cleaned)  # messages: no password
    note = (
        f"read {shown!r} as {redact_url(cleaned)!r} (full-width or invisible characters)"
        if cleaned != text
        else ""
    )
    if not cleaned:
        return None, "empty URL"
    if _BREAKS.search(cleaned):
        if len(shown) > 120:  # a cell of many lines: its start says which one
            shown = shown[:100] + "…"
        return None, f"{shown!r} has a line break or tab inside (two URLs in one cell?)"
    if "://" not in cleaned:
        mangled = _MANGLED_SCHEME.match(cleaned)
        if mangled:
            fixed = f"{mangled.group(1).lower()}://{cleaned[mangled.end() :]}"
            return None, f"{shown!r} has a malformed scheme: write {_redacted(fixed)!r}"
        bare = _BARE_HOST.match(cleaned) is not None
        if bare and assume_scheme:
            cleaned = f"{assume_scheme}://{cleaned.removeprefix('//')}"
        elif bare:
            return None, (
                f"{shown!r} has no scheme: write 'http://{cleaned.removeprefix('//')}' (or https://),"
                " or give --assume-scheme http"
            )
        else:
            return None, f"{shown!r} is not a URL (write http://host/ or https://host/)"
    try:
        scheme, host, port, path, query = _split(cleaned)
    except ValueError as exc:
        return None, f"{shown!r} is not a valid URL ({exc})"
    if "@" in cleaned:
        cleaned, removed = _without_userinfo(cleaned)
        if removed:
            note = (
                f"read {shown!r} as {cleaned!r}: a user name and password in the"
                " URL are not kept (never stored or shown); the site is checked as a visitor"
                " sees it" + (" (full-width or invisible characters)" if note else "")
            )
    if scheme not in SCHEMES:
        return None, f"{shown!r}: scheme {scheme!r} is not http or https"
    if not host:
        return None, f"{shown!r} has no host name"
    if not host.isascii():
        try:
            host = (URL(cleaned).raw_host or "").lower()
        except (ValueError, TypeError, UnicodeError) as exc:
            return None, f"{shown!r} is not a valid URL ({exc})"
    if not is_valid_host(host):
        return None, f"{shown!r}: {host!r} is not a valid host name"
    # One site, listed twice: the scheme, a default port, the letter case of the host, a
    # trailing slash, the homepage's own file name (index.html) or a fragment differ.
    # Also the same: a path or query written in Chinese or with spaces and its
    # percent-encoded form, in upper or lower case hex (/新闻/, /%E6%96%B0%E9%97%BB/,
    # /%e6%96%b0%e9%97%bb/: the request is the same); an IDN host and its punycode.
    port_part = "" if port is None or port == (443 if scheme == "https" else 80) else f":{port}"
    if not (path + query).isascii() or "%" in path + query or " " in path + query:
        path, query = _requoted(path, query)
    path = _homepage_file().sub("/", path).rstrip("/")
    query = f"?{query}" if query else ""
    host = host.rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address: [::1]:8080 is not ::1:8080
    return ListedUrl(cleaned, f"{host}{port_part}{path}{query}", note), ""


# The user information of a listed URL, also when its scheme is missing or mangled
# (`user:pw@host`, `http:/user:pw@host`): `user:` and the password up to the last @
# before the path.
_USERINFO = re.compile(r"^((?:[A-Za-z][A-Za-z0-9+.-]*\s*[:;]?)?[/\\]*[^/\\?#@:]*:)[^/\\?#]*@")


def _redacted(url: str) -> str:
    """A listed URL for a message: its password (if any) as `***`."""
    return _USERINFO.sub(r"\1***@", url, count=1)


def _requoted(path: str, query: str) -> tuple[str, str]:
    """A path and query percent-encoded as the request sends them (yarl: UTF-8, upper
    case hex, %2F kept apart from /)."""
    try:
        url = URL(f"http://h{path or '/'}{'?' if query else ''}{query}")
    except (ValueError, TypeError):
        return path, query
    return url.raw_path, url.raw_query_string


def _without_userinfo(url: str) -> tuple[str, bool]:
    """The URL without `user:password@` (and whether there was one)."""
    scheme, sep, rest = url.partition("://")
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    _, at, hostport = rest[:end].rpartition("@")
    if not at:
        return url, False
    return f"{scheme}{sep}{hostport}{rest[end:]}", True


# Most listed URLs: split without urllib (a census list has 80,000 of them).
_PLAIN_URL = re.compile(
    r"([A-Za-z]+)://([A-Za-z0-9.-]+)(?::(\d{1,5}))?(/[^?#\s]*)?(?:\?([^#\s]*))?(?:#\S*)?\Z"
)


def _split(url: str) -> tuple[str, str, int | None, str, str]:
    """(scheme, host, port, path, query) with scheme and host in lower case."""
    plain = _PLAIN_URL.match(url)
    if plain is not None:
        scheme, host, port, path, query = plain.groups()
        if port is not None and int(port) > 65535:
            raise ValueError("Port out of range 0-65535")
        return (
            scheme.lower(),
            host.lower(),
            int(port) if port else None,
            path or "",
            query or "",
        )
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.hostname or "", parts.port, parts.path, parts.query


def _repair(text: str) -> str:
    """Drop invisible characters; full-width forms to ASCII (a URL typed with a Chinese
    input method's full-width mode on is full-width throughout)."""
    text = text.translate(_INVISIBLE)
    return text if text.isascii() else text.translate(_FULL_WIDTH).strip()


def load_sites(config: Config, sites_file: Path | None = None, assume_scheme: str = "") -> SiteList:
    """All sites of a config: its `[[sites]]` tables, then its (or the given) CSV file.

    `assume_scheme` ("http" or "https") is put before listed URLs that have none."""
    rows: list[tuple[str, Mapping[str, Any], bool]] = []
    where = config.describe()
    for index, table in enumerate(config.site_tables, start=1):
        rows.append((f"{where} [[sites]] #{index}", table, False))
    csv_path = sites_file or config.sites_file
    notes: list[SiteProblem] = []
    if csv_path is not None:
        try:
            csv_rows, notes = read_csv_rows(csv_path)
        except SiteListError as exc:
            if sites_file is None:  # name the setting that pointed there
                raise SiteListError(f"{where}: sites_file: {exc}") from None
            raise
        rows.extend((source, row, True) for source, row in csv_rows)
    site_list = build_site_list(rows, assume_scheme)
    return SiteList(site_list.sites, (*notes, *site_list.problems))


def read_csv_rows(path: Path) -> tuple[Iterator[tuple[str, dict[str, str]]], list[SiteProblem]]:
    """(the rows of a CSV site list as (source, cells by column), notes on the file)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SiteListError(f"{path}: cannot read site list: {exc.strerror or exc}") from None
    text = _decode(raw, path)
    first_line = text.split("\n", 1)[0]
    # Excel writes commas, tabs ("Unicode text") or, in some locales, semicolons.
    delimiter = max((",", "\t", ";"), key=first_line.count)
    text, unclosed = _without_unclosed_quotes(text, delimiter, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    columns, notes = _header_columns(header, path)
    notes.extend(unclosed)
    if columns is None:  # no header row: the first line is a site
        columns = [*BASE_COLUMNS, *[None] * max(0, len(header) - len(BASE_COLUMNS))][
            : max(len(header), 1)
        ]
        notes.append(
            SiteProblem(
                f"{path}:1",
                f"no header row; columns read as {', '.join(c for c in columns if c)}",
                skipped=False,
                kind="note",
            )
        )
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _csv_rows(reader, columns, path), notes


def _csv_rows(
    reader: Iterator[list[str]], columns: list[str | None], path: Path
) -> Iterator[tuple[str, dict[str, str]]]:
    width = len(columns)
    previous_end = getattr(reader, "line_num", 0)
    for cells in reader:
        line = previous_end + 1  # where the row starts (a quoted cell may span lines)
        previous_end = reader.line_num  # type: ignore[attr-defined]
        if not cells:
            continue  # a blank line
        row = {column: cell for column, cell in zip(columns, cells, strict=False) if column}
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            row["__extra__"] = "x"
        yield f"{path}:{line}", row


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line where a quote opens and is never closed, if one does: it makes the rest
    of the file one cell (one row, a list cut short without an error, and a daemon
    that drops every site below the typo)."""
    if '"' not in text:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = end = 0
    for _ in reader:
        start, end = end + 1, reader.line_num
    if not start:
        return None
    # The last row, read strictly: a quote still open at the end of the data.
    tail = io.StringIO(text, newline="").readlines()[start - 1 :]
    try:
        for _ in csv.reader(tail, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "end of data" in str(exc):
            return start
    return None  # another quoting slip, read as spreadsheets read it


def _without_unclosed_quotes(
    text: str, delimiter: str, path: Path
) -> tuple[str, list[SiteProblem]]:
    """`text` with each line that opens a quote it never closes left blank (the line
    numbers of the rest stay), and a skipped-row problem for each: the rows below are
    read, as a bad row's are."""
    problems: list[SiteProblem] = []
    while (line := _unclosed_quote(text, delimiter)) is not None:
        lines = io.StringIO(text, newline="").readlines()
        bad = lines[line - 1]
        ending = bad[len(bad.rstrip("\r\n")) :]
        lines[line - 1] = ending  # a blank line: skipped, numbering kept
        text = "".join(lines)
        shown = bad.strip()
        if len(shown) > 80:
            shown = shown[:80] + "…"
        problems.append(
            SiteProblem(
                f"{path}:{line}",
                f"a quote opened on this line is never closed ({shown!r}): row skipped,"
                " the rows below read without it",
            )
        )
    return text, problems


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SiteListError(
            f"{path}: is an Excel workbook, not CSV text; in Excel, save it as"
            " 'CSV UTF-8 (Comma delimited)' or 'Unicode Text'"
        )
    encodings = ["utf-8-sig", "gb18030"]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]  # "Unicode text": UTF-16 with its byte order mark
    elif raw[1:400:2].count(0) > len(raw[1:400:2]) // 2:
        encodings = ["utf-16-le"]
    elif raw[0:400:2].count(0) > len(raw[0:400:2]) // 2:
        encodings = ["utf-16-be"]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SiteListError(
        f"{path}: site list is not UTF-8, GB18030 or UTF-16 text; save it as CSV UTF-8"
    )


def _header_key(name: str) -> str:
    return " ".join(name.translate(_INVISIBLE).split()).lower()


def _header_columns(
    header: list[str], path: Path
) -> tuple[list[str | None] | None, list[SiteProblem]]:
    """Which canonical column each header cell is (None: ignored), and notes; (None, [])
    for a file without a header row."""
    keys = [_header_key(name) for name in header]
    columns: list[str | None] = [None] * len(keys)
    for index, key in enumerate(keys):
        if key in _COLUMNS:
            if key in columns:
                first = columns.index(key) + 1
                raise SiteListError(
                    f"{path}: line 1: column {key!r} appears twice"
                    f" (columns {first} and {index + 1})"
                )
            columns[index] = key
    for column, aliases in _column_aliases().items():
        if column in columns:
            continue
        for alias in aliases:
            if alias in keys and columns[keys.index(alias)] is None:
                columns[keys.index(alias)] = column
                break
    if "url" not in columns:
        if header and read_url(header[0], "http")[0] is not None:
            return None, []
        raise SiteListError(
            f"{path}: line 1: the header has no 'url' column (found {header}); name the column"
            " of site addresses 'url' (or 网站地址), see README 'Site lists'"
        )
    ignored = [header[i].strip() for i, column in enumerate(columns) if column is None and keys[i]]
    # A name close to a column not read (`timout`, `regoin`) is a typo, not a remark column.
    unread = [c for c in _COLUMNS if c not in columns]
    unread += [a for c, names in _column_aliases().items() if c not in columns for a in names]
    for name in ignored:
        close = difflib.get_close_matches(_header_key(name), unread, n=1, cutoff=0.8)
        if close:
            raise SiteListError(
                f"{path}: line 1: unknown column {name!r} (did you mean {close[0]!r}?)"
            )
    notes = []
    if ignored:
        used = ", ".join(
            f"{header[i].strip()}->{c}" if keys[i] != c else c for i, c in enumerate(columns) if c
        )
        notes.append(
            SiteProblem(
                f"{path}:1",
                f"columns ignored: {', '.join(ignored)} (read: {used})",
                skipped=False,
                kind="note",
            )
        )
    return columns, notes


def build_site_list(
    rows: Iterable[tuple[str, Mapping[str, Any], bool]], assume_scheme: str = ""
) -> SiteList:
    sites: list[Site] = []
    problems: list[SiteProblem] = []
    seen: dict[str, Site] = {}
    for source, row, from_text in rows:
        site, listed, kind, reason = _site_from_row(source, row, from_text, assume_scheme)
        if site is None or listed is None:
            problems.append(SiteProblem(source, reason, kind=kind))
            continue
        if listed.note:
            problems.append(SiteProblem(source, listed.note, skipped=False, kind="note"))
        first = seen.get(listed.key)
        if first is not None:
            problems.append(
                SiteProblem(source, f"duplicate of {first.source} ({first.url})", kind="duplicate")
            )
            continue
        seen[listed.key] = site
        sites.append(site)
    return SiteList(tuple(sites), tuple(problems))


# One empty mapping shared by the sites without overrides (most of a census list).
_NO_OVERRIDES: Mapping[str, Any] = {}


def _site_from_row(
    source: str, row: Mapping[str, Any], from_text: bool, assume_scheme: str
) -> tuple[Site | None, ListedUrl | None, str, str]:
    """(the site, its URL, "", ""), or (None, None, kind, what is wrong)."""
    if "__extra__" in row:
        return None, None, "row", "more cells than the header has columns"
    if not any(str(v).strip() for v in row.values()):
        return None, None, "row", "empty row"
    url = row.get("url", "")
    if not isinstance(url, str):
        return None, None, "url", "url must be a string"
    listed, reason = read_url(url, assume_scheme)
    if listed is None:
        return None, None, "url", reason
    overrides: dict[str, Any] = {}
    for key, value in row.items():
        if key in BASE_COLUMNS:
            if not isinstance(value, str):
                return None, None, "row", f"{key} must be a string"
            continue
        if key == "aliases":
            continue
        if key not in SITE_OVERRIDABLE:
            if key in TOP_LEVEL_KEYS:  # `sites_file = ...` written after a [[sites]] table
                raise ConfigError(
                    f"{source}: {key!r} is inside this [[sites]] table; move it above the"
                    " first [[sites]] or [section], where it applies to the whole file"
                )
            close = difflib.get_close_matches(key, _COLUMNS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return (
                None,
                None,
                "row",
                (
                    f"unknown key {key!r}{hint}; sites accept url, name, group, aliases and "
                    + ", ".join(sorted(SITE_OVERRIDABLE))
                ),
            )
        if from_text and not str(value).strip():
            continue  # an empty cell means "use the default"
        try:
            parsed = (
                parse_text_value(override_type(key), value)
                if from_text
                else coerce(override_type(key), value)
            )
        except TypeError as exc:
            return None, None, "override", f"{key}: {exc}"
        overrides[key] = parsed
    if overrides:
        try:
            apply_overrides(CrawlerSettings(), RuleSettings(), overrides)
        except SettingError as exc:
            return None, None, "override", f"{exc.key}: {exc}"
    aliases, problem = _aliases(row["aliases"]) if "aliases" in row else ((), "")
    if problem:
        return None, None, "row", problem
    site = Site(
        url=listed.url,
        name=str(row.get("name", "")).strip(),
        group=str(row.get("group", "")).strip(),
        source=source,
        overrides=overrides or _NO_OVERRIDES,
        aliases=aliases,
    )
    return site, listed, "", ""


def _aliases(value: Any) -> tuple[tuple[str, ...], str]:
    """Other host names of a site: a list in TOML, separated by spaces, commas or
    semicolons in a CSV cell."""
    if isinstance(value, str):
        names = [n for n in value.replace(";", " ").replace(",", " ").split() if n]
    elif isinstance(value, list | tuple) and all(isinstance(n, str) for n in value):
        names = [n.strip() for n in value if n.strip()]
    else:
        return (), "aliases: expected host names"
    hosts = []
    for name in names:
        host = name.lower().rstrip(".")
        if "://" in host:
            host = URL(host).raw_host or ""
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return (), f"aliases: {name!r} is not a host name"
        if not is_valid_host(host):
            return (), f"aliases: {name!r} is not a host name"
        hosts.append(host)
    return tuple(hosts), ""
