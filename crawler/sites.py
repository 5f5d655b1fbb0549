"""Site lists: `[[sites]]` tables and CSV files -> validated `Site`s.

A bad row (empty or malformed URL, not http/https, a duplicate, a bad override
value) is reported as a `SiteProblem` with its file and line and skipped; the rest
load. Only a file that cannot be used at all (unreadable, no `url` column, an
unknown column) raises `SiteListError`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yarl import URL

from crawler.config import (
    SITE_OVERRIDABLE,
    Config,
    CrawlerSettings,
    RuleSettings,
    SettingError,
    apply_overrides,
    coerce,
    override_type,
    parse_text_value,
)
from crawler.domains import is_valid_host
from crawler.errors import SiteListError
from crawler.models import Site

BASE_COLUMNS = ("url", "name", "group")


@dataclass(frozen=True)
class SiteProblem:
    source: str  # "file:line"
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class SiteList:
    sites: tuple[Site, ...]
    problems: tuple[SiteProblem, ...]


def normalise_url(text: str) -> tuple[str | None, str]:
    """Return (key, "") for a usable URL, or (None, reason). The key spots duplicates."""
    text = text.strip()
    if not text:
        return None, "empty URL"
    if "://" not in text:
        return None, f"{text!r} has no scheme (write http:// or https://)"
    try:
        url = URL(text)
    except (ValueError, TypeError) as exc:
        return None, f"{text!r} is not a valid URL ({exc})"
    if url.scheme not in ("http", "https"):
        return None, f"{text!r}: scheme {url.scheme!r} is not http or https"
    if not url.raw_host:
        return None, f"{text!r} has no host name"
    if not is_valid_host(url.raw_host):
        return None, f"{text!r}: {url.raw_host!r} is not a valid host name"
    try:
        _ = url.port
    except ValueError:
        return None, f"{text!r} has an invalid port"
    path = url.raw_path or "/"
    query = f"?{url.raw_query_string}" if url.raw_query_string else ""
    port = "" if url.is_default_port() else f":{url.port}"
    return f"{url.scheme}://{url.raw_host.lower().rstrip('.')}{port}{path}{query}", ""


def load_sites(config: Config, sites_file: Path | None = None) -> SiteList:
    """All sites of a config: its `[[sites]]` tables, then its (or the given) CSV file."""
    rows: list[tuple[str, Mapping[str, Any], bool]] = []
    where = config.describe()
    for index, table in enumerate(config.site_tables, start=1):
        rows.append((f"{where} [[sites]] #{index}", table, False))
    csv_path = sites_file or config.sites_file
    if csv_path is not None:
        rows.extend((source, row, True) for source, row in read_csv_rows(csv_path))
    return build_site_list(rows)


def read_csv_rows(path: Path) -> Iterable[tuple[str, dict[str, str]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SiteListError(f"{path}: cannot read site list: {exc.strerror or exc}") from None
    # Spreadsheets saved in China are often GB18030; try UTF-8 (with BOM) first.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly anything
        raise SiteListError(f"{path}: site list is neither UTF-8 nor GB18030 text")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "url" not in header:
        raise SiteListError(f"{path}: line 1: the header has no 'url' column (found {header})")
    allowed = {*BASE_COLUMNS, "aliases", *SITE_OVERRIDABLE}
    unknown = [name for name in header if name and name not in allowed]
    if unknown:
        raise SiteListError(
            f"{path}: line 1: unknown column {unknown[0]!r}; "
            f"columns are url, name, group and the overrides {sorted(SITE_OVERRIDABLE)}"
        )
    reader.fieldnames = header
    for row in reader:
        line = reader.line_num
        cells = {k: (v or "") for k, v in row.items() if k}
        if row.get(None):
            cells["__extra__"] = "x"
        yield f"{path}:{line}", cells


def build_site_list(rows: Iterable[tuple[str, Mapping[str, Any], bool]]) -> SiteList:
    sites: list[Site] = []
    problems: list[SiteProblem] = []
    seen: dict[str, str] = {}
    for source, row, from_text in rows:
        site, key = _site_from_row(source, row, from_text)
        if site is None:
            problems.append(SiteProblem(source, key))
            continue
        if key in seen:
            problems.append(SiteProblem(source, f"duplicate of {seen[key]} ({site.url})"))
            continue
        seen[key] = source
        sites.append(site)
    return SiteList(tuple(sites), tuple(problems))


# One empty mapping shared by the sites without overrides (most of a census list).
_NO_OVERRIDES: Mapping[str, Any] = {}


def _site_from_row(source: str, row: Mapping[str, Any], from_text: bool) -> tuple[Site | None, str]:
    """(the site, its URL's key for spotting duplicates), or (None, what is wrong)."""
    if "__extra__" in row:
        return None, "more cells than the header has columns"
    if not any(str(v).strip() for v in row.values()):
        return None, "empty row"
    url = row.get("url", "")
    if not isinstance(url, str):
        return None, "url must be a string"
    url_key, reason = normalise_url(url)
    if url_key is None:
        return None, reason
    overrides: dict[str, Any] = {}
    for key, value in row.items():
        if key in BASE_COLUMNS:
            if not isinstance(value, str):
                return None, f"{key} must be a string"
            continue
        if key == "aliases":
            continue
        if key not in SITE_OVERRIDABLE:
            return None, f"unknown key {key!r}; sites accept url, name, group and " + ", ".join(
                sorted(SITE_OVERRIDABLE)
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
            return None, f"{key}: {exc}"
        overrides[key] = parsed
    if overrides:
        try:
            apply_overrides(CrawlerSettings(), RuleSettings(), overrides)
        except SettingError as exc:
            return None, f"{exc.key}: {exc}"
    aliases, problem = _aliases(row.get("aliases", ()))
    if problem:
        return None, problem
    return (
        Site(
            url=url.strip(),
            name=str(row.get("name", "")).strip(),
            group=str(row.get("group", "")).strip(),
            source=source,
            overrides=overrides or _NO_OVERRIDES,
            aliases=aliases,
        ),
        url_key,
    )


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
