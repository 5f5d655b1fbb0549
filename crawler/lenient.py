"""A second reading of an answer aiohttp's fast parser refused, as browsers read it.

aiohttp parses responses with llhttp, which is stricter than browsers on framing a
browser resolves: a `Content-Length` sent twice with the same value (RFC 9110 8.6 lets
a client take it once), `Content-Length` beside `Transfer-Encoding: chunked` (RFC 9112
6.3: chunked wins), more than 128 header lines, bytes after the body a `Content-Length`
frames. Old middleware and proxies in front of
government portals send these, and a browser shows the page: refusing it would call a
working site unreachable.

A visit whose answer llhttp refuses is made again once on a connector whose
connections parse with aiohttp's own Python parser, told to resolve these cases as
RFC 9112 and browsers do (`LenientParser`). The fallback is rare, so the Python
parser's cost never lands on the hot path. It reaches into aiohttp's internals
(`ResponseHandler.set_response_params`, `BaseConnector._factory`): where they are not
what this module expects, `make_lenient` says so, the fetcher logs it once, and the
strict answer stands.
"""

from __future__ import annotations

import functools
from typing import Any

import aiohttp
from aiohttp.client_proto import ResponseHandler
from aiohttp.http_exceptions import BadHttpMessage
from aiohttp.http_parser import HttpResponseParserPy

# More header lines than the strict parser's 128 (a server that sets dozens of cookies,
# a debug build's thousands of X- headers), bounded as Chrome bounds them: by the
# head's size (256 KB), each line still at most the strict parser's 16 KB.
MAX_HEAD_BYTES = 262_144
LENIENT_MAX_HEADERS = 16_384

_CONTENT_LENGTH = b"content-length:"
_TRANSFER_ENCODING = b"transfer-encoding:"  # 18 bytes, as _CONTENT_LENGTH is 15

# The llhttp complaints a browser would have passed over (lowercase fragments of the
# messages aiohttp raises with, across its versions).
_LENIENT_COMPLAINTS = (
    "duplicate content-length",
    "content-length can't be present with transfer-encoding",
    "transfer-encoding can't be present with content-length",
    "invalid character in content-length",  # Content-Length: 413, 413
    "data after `connection: close`",
    "too many headers",
)


class LenientParser(HttpResponseParserPy):
    """aiohttp's Python response parser, reading as browsers do: `Transfer-Encoding`
    wins over a `Content-Length` beside it, a `Content-Length` repeated (or listed) with
    one value is that value, two values are refused; a head may hold many lines, up to
    `MAX_HEAD_BYTES`; bytes after the body its Content-Length frames are dropped."""

    _head = b""
    _fed = 0
    # The bytes of the first answer, head and Content-Length body, once its head is in
    # (-1: framed otherwise); what comes after is dropped (see `feed_data`).
    _answer_bytes: int | None = None

    def feed_data(self, data: bytes, *args: Any, **kwargs: Any) -> Any:
        """Parse `data`, the first answer's bytes only. The connection serves one
        request (the lenient connector never keeps one alive), so bytes past the end
        of an answer its Content-Length frames are none of ours: a browser drops them
        (a CMS that counted its Content-Length in characters sends more bytes than it
        says); llhttp and aiohttp's Python parser refuse the answer."""
        if self._answer_bytes is None:
            self._head += data
            end = self._head.find(b"\r\n\r\n")
            if (len(self._head) if end < 0 else end) > MAX_HEAD_BYTES:
                raise BadHttpMessage(f"response head over {MAX_HEAD_BYTES} bytes")
            if end >= 0:
                length = _framed_length(self._head[:end])
                self._answer_bytes = -1 if length is None else end + 4 + length
                self._head = b""
        if self._answer_bytes is not None and self._answer_bytes >= 0:
            room = self._answer_bytes - self._fed
            if room <= 0:
                return [], False, b""
            data = data[:room]
        self._fed += len(data)
        return super().feed_data(data, *args, **kwargs)

    def parse_headers(self, lines: list[bytes]) -> Any:
        at = [i for i, line in enumerate(lines) if line[:15].lower() == _CONTENT_LENGTH]
        if at:
            kept = [line for i, line in enumerate(lines) if i not in at]
            values, chunked = _length_values(lines)
            if not chunked:
                if len(values) != 1:  # browsers refuse two lengths too
                    raise BadHttpMessage("conflicting Content-Length values")
                # One line where the first stood (the list ends with the head's blank line).
                kept.insert(at[0], b"Content-Length: " + values.pop())
            lines = kept
        return super().parse_headers(lines)


def _length_values(lines: list[bytes]) -> tuple[set[bytes], bool]:
    """A head's header lines' Content-Length values (each line's list of them), and
    whether a Transfer-Encoding frames the body instead."""
    values: set[bytes] = set()
    for line in lines:
        lowered = line[:18].lower()
        if lowered == _TRANSFER_ENCODING:
            return values, True
        if lowered[:15] == _CONTENT_LENGTH:
            values.update(value.strip() for value in line[15:].split(b","))
    return values, False


def _framed_length(head: bytes) -> int | None:
    """The body length a response head's Content-Length gives (one value, repeated or
    not), None when it has none, two, or a Transfer-Encoding (which frames the body)."""
    values, chunked = _length_values(head.split(b"\r\n")[1:])
    if chunked or len(values) != 1:
        return None
    value = values.pop()
    return int(value) if value.isdigit() and len(value) < 16 else None


class _LenientHandler(ResponseHandler):
    def set_response_params(self, **kwargs: Any) -> None:
        super().set_response_params(**kwargs)
        self._parser = LenientParser(
            self,
            self._loop,
            kwargs.get("read_bufsize", 2**16),
            max_line_size=kwargs.get("max_line_size", 8190),
            max_headers=max(kwargs.get("max_headers", 128), LENIENT_MAX_HEADERS),
            max_field_size=kwargs.get("max_field_size", 8190),
            timer=kwargs.get("timer"),
            payload_exception=aiohttp.ClientPayloadError,
            response_with_body=not kwargs.get("skip_payload", False),
            read_until_eof=kwargs.get("read_until_eof", False),
            auto_decompress=kwargs.get("auto_decompress", True),
        )


def make_lenient(connector: aiohttp.BaseConnector) -> bool:
    """Make `connector`'s connections parse answers leniently; False (and the
    connector left as it was) where aiohttp's internals are not as expected."""
    factory = getattr(connector, "_factory", None)
    loop = getattr(connector, "_loop", None)
    if not isinstance(factory, functools.partial) or factory.func is not ResponseHandler:
        return False
    if loop is None:
        return False
    connector._factory = functools.partial(_LenientHandler, loop=loop)  # type: ignore[assignment]
    return True


def refused_by_strict_parser(exc: BaseException) -> bool:
    """Whether `exc` is llhttp refusing framing a browser resolves (see the module)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, aiohttp.ClientResponseError | BadHttpMessage):
            text = f"{getattr(current, 'message', '')} {current}".lower()
            if any(complaint in text for complaint in _LENIENT_COMPLAINTS):
                return True
        current = current.__cause__ or current.__context__
    return False
