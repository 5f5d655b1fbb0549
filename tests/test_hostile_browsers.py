"""Servers that a browser gets through or shows for what they are (raw bytes on 127.0.0.1).

A firewall's "set a cookie and come back" challenge, in the forms real ones take
(cookies with spaces, JSON, a zone other than GMT, unknown attributes, no name; a
meta refresh to the same page), lets a browser through: the crawler must get the page,
not a redirect loop or the challenge page. A homepage that is blank (200 with no body,
204) or no web page at all (a PDF, an image, a JSON error) is what visitors see instead
of the site: a placeholder (zombie), not a healthy undated site.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.fetch import Fetcher, parse_set_cookie
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.conftest import FAST_CRAWLER
from tests.raw_servers import (
    PAGE_BYTES,
    RAW_DOMAIN,
    Handler,
    RawFarm,
    RawRequest,
    drip_body,
    fixed,
    response,
    serving,
)

TIMEOUT = 0.3
SLACK = 0.4  # scheduling slack on a shared 2-core machine


def _cookies(request: RawRequest) -> str:
    for line in request.head.decode("latin-1").split("\r\n"):
        name, _, value = line.partition(":")
        if name.lower() == "cookie":
            return value.strip()
    return ""


def cookie_challenge(set_cookie: bytes, wanted: str) -> Handler:
    """302 to the same URL with `set_cookie` until the request carries `wanted`."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if _cookies(request) == wanted:
            await fixed(response())(request, writer)
            return
        moved = (b"Set-Cookie: " + set_cookie, b"Location: " + request.target.encode())
        await fixed(response(b"", b"302 Found", moved))(request, writer)

    return handler


def refresh_challenge(content: bytes) -> Handler:
    """A 200 challenge page: a cookie and `<meta http-equiv=refresh content=...>`."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if _cookies(request) == "waf_ok=1":
            await fixed(response())(request, writer)
            return
        page = b'<html><head><meta http-equiv="refresh" content="%s"></head><body></body></html>'
        headers = (b"Content-Type: text/html", b"Set-Cookie: waf_ok=1; Path=/; HttpOnly")
        await fixed(response(page % content, headers=headers))(request, writer)

    return handler


async def rotating_cookie(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """A challenge never satisfied: a new cookie value on every visit."""
    stamp = b"%d" % time.perf_counter_ns()
    moved = (b"Set-Cookie: t=" + stamp, b"Location: /")
    await fixed(response(b"", b"302 Found", moved))(request, writer)


async def refreshing_with_rotating_cookie(
    request: RawRequest, writer: asyncio.StreamWriter
) -> None:
    """A page that reloads itself every 5 s behind a balancer whose cookie changes on
    every answer (AWS ALB's AWSALB): a page, whatever cookie comes back."""
    stamp = b"%d" % time.perf_counter_ns()
    page = b'<meta http-equiv="refresh" content="5">' + PAGE_BYTES
    headers = (b"Content-Type: text/html", b"Set-Cookie: AWSALB=" + stamp + b"; Path=/")
    await fixed(response(page, headers=headers))(request, writer)


async def deleting_cookie(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """Sets `a`, then deletes it (Max-Age=0) for `b`; the page only for `b` alone."""
    cookies = _cookies(request)
    if cookies == "b=2":
        await fixed(response())(request, writer)
        return
    if cookies == "a=1":
        set_cookies: tuple[bytes, ...] = (b"Set-Cookie: a=; Max-Age=0", b"Set-Cookie: b=2")
    else:
        set_cookies = (b"Set-Cookie: a=1",)
    await fixed(response(b"", b"302 Found", (*set_cookies, b"Location: /")))(request, writer)


# Set-Cookie as firewalls and CMSs send it -> the Cookie header a browser sends back.
COOKIE_CHALLENGES = {
    # Attributes a browser does not know (SameParty, dropped from Chrome) or that only
    # some know (Priority): the cookie is kept. (This case was CHIPS' `Secure;
    # Partitioned` over plain http, which browsers refuse whole: see
    # tests/test_blind_hostile6.py, cksecure.)
    "ck-unknown-attrs": (b"sid=abc; Path=/; SameSite=Lax; Priority=High; SameParty", "sid=abc"),
    "ck-space": (b"sid=hello world; Path=/", "sid=hello world"),
    "ck-utc": (b"sid=abc; Expires=Thu, 01 Jan 2099 00:00:00 UTC; Path=/", "sid=abc"),
    "ck-json": (b'sid={"a":1,"b":"x"}; Path=/', 'sid={"a":1,"b":"x"}'),
    "ck-no-name": (b"token123; Path=/", "token123"),
    "ck-quoted": (b'sid="a b"; Path=/', 'sid="a b"'),
    # numbers past what int() and datetime take: the visit failed ("connect", "invalid_url")
    "ck-far-expiry": (
        b"sid=abc; Expires=Thu, 01 Jan 10000000000000000000000 00:00:00 GMT",
        "sid=abc",
    ),
    "ck-long-max-age": (b"sid=abc; Max-Age=" + b"9" * 5_000, "sid=abc"),
    # A control character (a CMS's stray \x01, DEL): browsers drop that cookie whole (RFC
    # 6265bis 5.6); sent back, aiohttp refused the request ("invalid_url", unreachable).
    "ck-control": (b"junk=a\x01b; Path=/\r\nSet-Cookie: sid=abc", "sid=abc"),
}
REFRESH_CHALLENGES = {
    "mr-no-url": b"0",  # a plain reload
    "mr-same": b"0;url=/",
    "mr-absolute": b"1; URL=http://mr-absolute.raw.test/#top",
}

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
JSON_ERROR = '{"code":500,"msg":"系统异常，请稍后再试"}'.encode()
# A blank or non-page homepage -> the start of its placeholder evidence.
BLANK = {
    "empty-200": (fixed(response(b"")), "(no visible text)"),
    "empty-unframed": (
        fixed(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"),
        "(no visible text)",
    ),
    "no-content": (fixed(response(b"", b"204 No Content", length=False)), "(no visible text)"),
    "pdf-home": (
        fixed(response(PDF, headers=(b"Content-Type: application/pdf",))),
        "not a web page (application/pdf, 2,057 bytes)",
    ),
    "png-home": (
        fixed(response(PNG, headers=(b"Content-Type: image/png",))),
        "not a web page (image/png, 2,056 bytes)",
    ),
    "json-home": (
        fixed(response(JSON_ERROR, headers=(b"Content-Type: application/json;charset=utf-8",))),
        'not a web page (application/json, 51 bytes): {"code":500,"msg":"系统异常',
    ),
}

# An error status with a JSON body (an API gateway's, a firewall's) -> the site's status:
# the error, as with any other body; not a placeholder (zombie) for a body that is no page.
ERROR_ANSWERS = {
    "json-403": (b"403 Forbidden", "healthy"),
    "json-401": (b"401 Unauthorized", "healthy"),
}


def _sites(farm: RawFarm) -> dict[str, Handler]:
    sites: dict[str, Handler] = {"ok": fixed(response()), "drip-body": drip_body}
    for name, (set_cookie, wanted) in COOKIE_CHALLENGES.items():
        sites[name] = cookie_challenge(set_cookie, wanted)
    for name, content in REFRESH_CHALLENGES.items():
        sites[name] = refresh_challenge(content)
    sites["rotating-cookie"] = rotating_cookie
    sites["deleting-cookie"] = deleting_cookie
    sites["refresh-rotating"] = refreshing_with_rotating_cookie
    # An auto-refreshing page that sets no cookie is the page, not a reload loop.
    sites["auto-refresh"] = fixed(response(b'<meta http-equiv="refresh" content="5">' + PAGE_BYTES))
    for name, (handler, _) in BLANK.items():
        sites[name] = handler
    for name, (status, _) in ERROR_ANSWERS.items():
        sites[name] = fixed(response(JSON_ERROR, status, (b"Content-Type: application/json",)))
    return sites


@pytest.fixture
async def raw() -> AsyncIterator[tuple[RawFarm, dict[str, str]]]:
    farm = RawFarm()
    farm.sites = _sites(farm)
    async with serving(farm.serve) as port:
        yield farm, {f"*.{RAW_DOMAIN}": f"127.0.0.1:{port}"}


def _config(resolve: dict[str, str], tmp_path: Path | None = None, **crawler: Any) -> Config:
    mapping: dict[str, Any] = {
        "crawler": {**FAST_CRAWLER, "timeout": TIMEOUT, "retries": 0, **crawler},
        "network": {"resolve": resolve, "system_dns": False},
    }
    if tmp_path is not None:
        mapping["storage"] = {"path": str(tmp_path / "health.db")}
    return config_from_mapping(mapping, tmp_path / "test.toml" if tmp_path else None)


async def _fetch(config: Config, url: str) -> tuple[FetchRecord, float]:
    async with Fetcher(config.crawler, config.network) as fetcher:
        started = time.perf_counter()
        record = await asyncio.wait_for(fetcher.fetch(url), 10)
        return record, time.perf_counter() - started


@pytest.mark.parametrize("name", sorted(COOKIE_CHALLENGES))
async def test_a_cookie_challenge_lets_the_crawler_through(
    raw: tuple[RawFarm, dict[str, str]], name: str
) -> None:
    # http.cookies dropped each of these whole (a space, JSON, "UTC", an unknown flag,
    # no "="), so the challenge came back with no cookie: a redirect loop, unreachable.
    farm, resolve = raw
    record, _ = await _fetch(_config(resolve), farm.url(name))
    assert (record.error_kind, record.http_status) == (None, 200), record
    assert record.body == PAGE_BYTES
    assert len(record.redirects) == 1
    assert farm.hits[name] == 2


@pytest.mark.parametrize("name", sorted(REFRESH_CHALLENGES))
async def test_a_meta_refresh_challenge_to_the_same_page_is_passed(
    raw: tuple[RawFarm, dict[str, str]], name: str
) -> None:
    # The challenge page (a cookie and a refresh to itself) was taken for the homepage:
    # a blank page with no dates, judged healthy and undated.
    farm, resolve = raw
    record, _ = await _fetch(_config(resolve), farm.url(name))
    assert record.error_kind is None, record
    assert record.body == PAGE_BYTES
    assert [r.status for r in record.redirects] == [0]
    assert record.final_url == farm.url(name)


async def test_an_auto_refreshing_page_without_cookies_is_read_once(
    raw: tuple[RawFarm, dict[str, str]],
) -> None:
    farm, resolve = raw
    record, _ = await _fetch(_config(resolve), farm.url("auto-refresh"))
    assert record.error_kind is None and not record.redirects
    assert record.body.endswith(PAGE_BYTES)
    assert farm.hits["auto-refresh"] == 1


async def test_an_auto_refreshing_page_with_a_rotating_cookie_is_the_page(
    raw: tuple[RawFarm, dict[str, str]],
) -> None:
    # Each answer set a new cookie, so each reload "passed a challenge" and was followed
    # again: more than max_redirects, a redirect loop, and a live site unreachable.
    farm, resolve = raw
    record, _ = await _fetch(_config(resolve), farm.url("refresh-rotating"))
    assert (record.error_kind, record.http_status) == (None, 200), record
    assert record.body.endswith(PAGE_BYTES)
    assert farm.hits["refresh-rotating"] <= 2


async def test_a_deleted_cookie_is_not_sent_again(raw: tuple[RawFarm, dict[str, str]]) -> None:
    farm, resolve = raw
    record, _ = await _fetch(_config(resolve), farm.url("deleting-cookie"))
    assert record.error_kind is None, record
    assert record.body == PAGE_BYTES
    assert len(record.redirects) == 2


async def test_a_challenge_never_satisfied_ends_as_a_loop_in_time(
    raw: tuple[RawFarm, dict[str, str]],
) -> None:
    farm, resolve = raw
    record, elapsed = await _fetch(_config(resolve), farm.url("rotating-cookie"))
    assert record.error_kind == "redirect_loop"
    assert len(record.redirects) == 11  # max_redirects (10), then the 11th is refused
    assert elapsed < TIMEOUT + SLACK


def test_set_cookie_is_read_as_browsers_read_it() -> None:
    assert parse_set_cookie(" sid = a b ; Path=/") == ("sid", "a b", False)
    assert parse_set_cookie("sid=; Max-Age=0") == ("sid", "", True)
    assert parse_set_cookie("sid=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT") == ("sid", "x", True)
    # Max-Age wins over Expires, in either order; an unreadable date is ignored.
    past = "Expires=Thu, 01 Jan 1970 00:00:00 GMT"
    assert parse_set_cookie(f"s=x; Max-Age=60; {past}") == ("s", "x", False)
    assert parse_set_cookie(f"s=x; {past}; Max-Age=60") == ("s", "x", False)
    assert parse_set_cookie("s=x; Expires=someday") == ("s", "x", False)
    assert parse_set_cookie("s=x; Max-Age=soon") == ("s", "x", False)
    assert parse_set_cookie("=") is None
    assert parse_set_cookie("s=a\x01b") is None  # a control character: dropped, as browsers do
    assert parse_set_cookie("s=a\x7f; Path=/") is None
    assert parse_set_cookie("s=a\tb") == ("s", "a\tb", False)  # (a tab is no control here)
    assert parse_set_cookie("") is None
    assert parse_set_cookie("big=" + "x" * 5_000) is None  # over a browser's 4,096 bytes
    # Numbers too big for int() (4,300 digits) or a datetime's year: never an error.
    assert parse_set_cookie("s=x; Max-Age=" + "9" * 5_000) == ("s", "x", False)
    assert parse_set_cookie("s=x; Max-Age=-" + "9" * 5_000) == ("s", "x", True)
    assert parse_set_cookie("s=x; Max-Age=000") == ("s", "x", True)
    assert parse_set_cookie("s=x; Expires=Thu, 01 Jan 10000000000000000000000 00:00:00 GMT") == (
        "s",
        "x",
        False,
    )


@pytest.mark.parametrize("name", sorted(BLANK))
async def test_a_blank_or_non_page_homepage_is_a_placeholder(
    raw: tuple[RawFarm, dict[str, str]], tmp_path: Path, name: str
) -> None:
    # An empty 200 and an image, PDF or JSON for a homepage were judged healthy (undated):
    # nothing was read of them, so nothing was wrong.
    farm, resolve = raw
    config = _config(resolve, tmp_path)
    outcome = await asyncio.wait_for(
        run_scan(config, [Site(farm.url(name), name=name)], depth="full"), 10
    )
    db = open_database(config.database_path, create=False)
    (record,) = iter_result_records(db, outcome.scan_id)
    assert (record["status"], record["error_kind"]) == ("zombie", None), record
    (finding,) = [f for f in record["findings"] if f["code"] == "placeholder_page"]
    assert BLANK[name][1] in finding["detail"], finding["detail"]


@pytest.mark.parametrize("name", sorted(ERROR_ANSWERS))
async def test_an_error_answer_that_is_no_page_is_no_placeholder(
    raw: tuple[RawFarm, dict[str, str]], tmp_path: Path, name: str
) -> None:
    # The error's body was read as a non-page homepage: 'not a web page (application/json)',
    # placeholder_page, and a 403 or 401 site was judged a zombie.
    farm, resolve = raw
    config = _config(resolve, tmp_path)
    outcome = await asyncio.wait_for(
        run_scan(config, [Site(farm.url(name), name=name)], depth="full"), 10
    )
    db = open_database(config.database_path, create=False)
    (record,) = iter_result_records(db, outcome.scan_id)
    assert record["status"] == ERROR_ANSWERS[name][1], record
    assert "placeholder_page" not in {f["code"] for f in record["findings"]}


async def test_a_scan_of_challenges_and_blanks_judges_each_site(
    raw: tuple[RawFarm, dict[str, str]], tmp_path: Path
) -> None:
    farm, resolve = raw
    names = ["ok", "drip-body", "ck-space", "mr-same", "rotating-cookie", "empty-200", "pdf-home"]
    config = _config(resolve, tmp_path, retries=1, backoff=0.01)
    started = time.perf_counter()
    outcome = await asyncio.wait_for(
        run_scan(config, [Site(farm.url(n), name=n) for n in names], depth="full"), 20
    )
    elapsed = time.perf_counter() - started
    db = open_database(config.database_path, create=False)
    got = {
        r["name"]: (r["status"], r["error_kind"]) for r in iter_result_records(db, outcome.scan_id)
    }
    assert got == {
        "ok": ("healthy", None),
        "drip-body": ("unreachable", "timeout"),
        "ck-space": ("healthy", None),
        "mr-same": ("healthy", None),
        "rotating-cookie": ("unreachable", "redirect_loop"),
        "empty-200": ("zombie", None),
        "pdf-home": ("zombie", None),
    }
    assert elapsed < 2 * (TIMEOUT + SLACK) + 2.0, f"scan took {elapsed:.1f} s"
