"""Bytes -> text with the right character set.

Order: byte-order mark, then the HTTP charset, then `<meta charset>`, then UTF-8,
then a declared charset that leaves only a few bad bytes (one in 2,000, or 8),
then detection (charset-normalizer). A declared charset is used first only if the bytes
decode cleanly with it, so a server that says UTF-8 about a GBK page (common on
Chinese government sites) still comes out right. Legacy Chinese labels map to their
supersets: GB2312/GBK -> GB18030, Big5 -> Big5-HKSCS, as browsers do. An HTTP
charset of UTF-16 is honoured for a body without a BOM when its bytes are UTF-16
(a <meta> saying UTF-16 means UTF-8, as WHATWG says).
"""

from __future__ import annotations

import codecs
import re
from typing import AnyStr

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "iso8859_1": "cp1252",  # WHATWG: "iso-8859-1" means windows-1252
    "ascii": "cp1252",
    "utf_16": "utf-8",  # a page that says utf-16 but has no BOM is really ASCII-compatible
    "utf_16_le": "utf-8",
    "utf_16_be": "utf-8",
}
# Tried when a label's codec fails strictly: WHATWG Big5 (what browsers decode a "big5"
# page with) also has cp950's euro sign, A3E1, which Python's Big5-HKSCS lacks, so a
# Taiwan page quoting a price in euros went to detection and came out as cp1250.
_ALTERNATES = {"big5hkscs": ("cp950",)}
_WESTERN_DEFAULTS = {"cp1252"}
_DETECT_BYTES = 65_536
# A declared charset is kept with up to this many bad bytes, or one in _BAD_BYTE_SPAN.
_FEW_BAD_BYTES = 8
_BAD_BYTE_SPAN = 2_000


def canonical_encoding(label: str) -> str | None:
    """A Python codec name for a charset label, or None if unknown."""
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    if label in ("x-gbk", "gb_2312-80", "x-euc-cn", "euc-cn"):
        label = "gbk"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name)


def meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head[:4096])
    return canonical_encoding(match.group(1).decode("ascii", "ignore")) if match else None


def decode_body(body: bytes, http_charset: str = "") -> tuple[str, str]:
    """Return (text, encoding used)."""
    text, encoding, _ = _decode(body, http_charset)
    return text, encoding


def parser_input(body: bytes, http_charset: str = "") -> tuple[str | bytes, str]:
    """(what to give lexbor, encoding used): the text, or, for a body that is valid
    UTF-8 to its last byte, the body itself, which is that text's UTF-8 (lexbor parses
    UTF-8; encoding the text back for it cost ~40 µs a page). Block elements nested
    deeper than 4,096 levels are flattened (see `_MAX_NESTING`)."""
    text, encoding, whole_utf8 = _decode(body, http_charset)
    doc: str | bytes = body if whole_utf8 else text
    if len(body) > _NESTING_SCAN_BYTES and body.count(b"<") > _NESTING_SCAN_TAGS:
        doc = _bound(doc)
    return doc, encoding


# Block elements whose start tag makes the HTML tree builder look for an open <p> in
# scope: each such look walks the stack of open elements, so N of them nested cost
# N² (lexbor took 1 s for 20,000 nested <div>s and 5 minutes for 200,000: one
# homepage held a scan's parse worker that long). Browsers cap the tree's depth
# (Chrome at 512: deeper elements become siblings); we drop these elements' tags past
# 4,096 levels (lexbor's cost there: ~0.05 s), which keeps their content where the
# deepest kept one holds it. <p>, <li>, <dd>, <dt> close their own kind and do not
# nest so. Pages up to 128 KB, or of up to 20,000 tags, are not scanned: the scan
# costs ~1.2 µs a block tag (0.9 ms on a 110 KB portal homepage, as much as parsing
# it), and such a page, even nested throughout, costs lexbor about a second at most.
_MAX_NESTING = 4096
_NESTING_SCAN_BYTES = 131_072
_NESTING_SCAN_TAGS = 20_000
_BLOCK_TAG = (
    r"<(/?)(?:div|section|article|aside|nav|header|footer|main|ul|ol|dl|blockquote|center"
    r"|fieldset|figure|figcaption|details|summary|address|h[1-6]|pre|menu|dir|hgroup"
    r"|dialog|search|listing)(?=[\s/>])[^>]*>"
)
_BLOCK_TAG_TEXT = re.compile(_BLOCK_TAG, re.IGNORECASE)
_BLOCK_TAG_BYTES = re.compile(_BLOCK_TAG.encode(), re.IGNORECASE)


def _bound(doc: str | bytes) -> str | bytes:
    if isinstance(doc, bytes):
        if not _too_deep(doc, _BLOCK_TAG_BYTES):
            return doc
        return b"".join(_bounded(doc, _BLOCK_TAG_BYTES))
    return "".join(_bounded(doc, _BLOCK_TAG_TEXT)) if _too_deep(doc, _BLOCK_TAG_TEXT) else doc


def _too_deep(doc: AnyStr, pattern: re.Pattern[AnyStr]) -> bool:
    depth = 0
    for match in pattern.finditer(doc):
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > _MAX_NESTING:
                return True
    return False


def _bounded(doc: AnyStr, pattern: re.Pattern[AnyStr]) -> list[AnyStr]:
    """`doc` in pieces, without the start tags past the cap and their end tags."""
    pieces: list[AnyStr] = []
    kept: list[bool] = []  # for each open element: whether its start tag was kept
    start = 0
    for match in pattern.finditer(doc):
        if match.group(1):
            keep = kept.pop() if kept else True
        else:
            keep = len(kept) < _MAX_NESTING
            kept.append(keep)
        if not keep:
            pieces.append(doc[start : match.start()])
            start = match.end()
    pieces.append(doc[start:])
    return pieces


def _utf16_without_bom(body: bytes, http_charset: str) -> str | None:
    """The UTF-16 codec of a page the HTTP header says is UTF-16 and whose bytes are
    (NULs beside ASCII), with no byte order mark. Browsers honour the header's UTF-16
    (only a <meta> saying so means UTF-8); "utf-16" alone is little-endian, as Windows
    writes it, unless the NULs come first."""
    label = http_charset.strip().strip("\"'").lower().replace("-", "").replace("_", "")
    if label not in ("utf16", "utf16le", "utf16be"):
        return None
    head = body[:1024]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < len(head) // 8:
        return None  # no UTF-16 text in it: the header is wrong, the page is ASCII-based
    if label == "utf16":
        label = "utf16be" if even > odd else "utf16le"
    return "utf_16_be" if label == "utf16be" else "utf_16_le"


def _decode(body: bytes, http_charset: str) -> tuple[str, str, bool]:
    """(text, encoding used, whether the text is all of `body` decoded as strict UTF-8)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            text = body[len(bom) :].decode(encoding, "replace")
            return text, encoding.replace("-", "_"), False

    utf16 = _utf16_without_bom(body, http_charset)
    if utf16 is not None:
        return body.decode(utf16, "replace"), utf16, False
    declared_http = canonical_encoding(http_charset) if http_charset else None
    declared_meta = meta_charset(body)
    candidates: list[str] = []
    # A Western default from the server next to a page that declares otherwise is a
    # server misconfiguration (Tomcat's ISO-8859-1): trust the page.
    if declared_http in _WESTERN_DEFAULTS and declared_meta and declared_meta != declared_http:
        candidates = [declared_meta, declared_http]
    else:
        candidates = [c for c in (declared_http, declared_meta) if c]
    candidates = list(dict.fromkeys(c for d in candidates for c in (d, *_ALTERNATES.get(d, ()))))
    for encoding in (*candidates, "utf_8"):
        try:
            # final=False: a body cut at the size cap may end inside a character.
            decoder = codecs.getincrementaldecoder(encoding)()
            text = decoder.decode(body, False)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, encoding, encoding == "utf_8" and not decoder.getstate()[0]

    # The declared charset with a few bad bytes (a character cut in two by a template
    # include, a corrupt banner): browsers decode it so, each bad byte a U+FFFD.
    # Detection guesses a Western charset for such a GBK page and turns it all to
    # mojibake.
    for encoding in candidates:
        try:
            text = body.decode(encoding, "replace")
        except LookupError:
            continue
        if text.count("\ufffd") <= max(_FEW_BAD_BYTES, len(body) // _BAD_BYTE_SPAN):
            return text, encoding, False

    guess = from_bytes(body[:_DETECT_BYTES]).best()
    detected = canonical_encoding(guess.encoding) if guess is not None else None
    if detected is None:
        # Nothing detected (a short page): of the declared charsets and UTF-8, the one
        # the bytes fit best, not the first (a server's "UTF-8" beside a Big5 <meta>).
        fits = [(body.decode(c, "replace").count("\ufffd"), c) for c in (*candidates, "utf_8")]
        detected = min(fits, key=lambda fit: fit[0])[1]
    return body.decode(detected, "replace"), detected, False
