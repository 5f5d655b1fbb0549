"""Registrable domains ("same site") from the Public Suffix List (its ICANN section),
a snapshot of which is bundled as crawler/data/public_suffix_list.dat (MPL 2.0, from
publicsuffix.org); nothing is downloaded at run time.

A host whose TLD is not on the list (an intranet name, `.test`, `.internal`) gets
the list's default rule, as browsers apply it: the last label is the public
suffix, so `a.farm.test` and `b.farm.test` are both under `farm.test`.

The list is read here rather than through tldextract, which gave the same answers but
imported requests and its dependencies into every scan process: ~16 MB of memory and
~0.15 s of start-up in each of them.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

import idna

# Letters, digits, hyphens and underscores (seen in real intranet names) in dot-separated
# labels, after IDNA encoding; yarl accepts spaces and commas in hosts, browsers do not.
_HOST_LABELS = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)(\.(?!-)[a-z0-9_-]{1,63}(?<!-))*\.?$")

_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
# A rule: the first word of a line that is not a comment (`gov.cn`, `*.kawasaki.jp`,
# `!city.kawasaki.jp`), as publicsuffix.org describes the format.
_RULE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_IDEOGRAPHIC_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


class _Suffixes:
    """A node of the suffix trie: labels from the right."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Suffixes] = {}
        self.end = False  # a rule ends here


@cache
def _suffix_trie() -> _Suffixes:
    text = resources.files("crawler").joinpath("data/public_suffix_list.dat").read_text("utf-8")
    public, _, _ = text.partition(_PRIVATE_SECTION)
    root = _Suffixes()
    for match in _RULE.finditer(public):
        node = root
        for label in reversed(match.group("suffix").split(".")):
            node = node.children.setdefault(label, _Suffixes())
        node.end = True
    return root


def _decoded(label: str) -> str:
    """A label as the list writes it: lower case, punycode decoded."""
    lowered = label.lower()
    if lowered.startswith("xn--"):
        try:
            return str(idna.decode(lowered))
        except (UnicodeError, IndexError):
            pass
    return lowered


def public_suffix_start(labels: list[str]) -> int | None:
    """The index of the first label of the public suffix of a host's `labels`, or None
    when no rule of the list applies (the host's TLD is not on it)."""
    node = _suffix_trie()
    suffix_start = label_index = len(labels)
    for label in reversed(labels):
        decoded = _decoded(label)
        child = node.children.get(decoded)
        if child is not None:
            label_index -= 1
            node = child
            if node.end:
                suffix_start = label_index
            continue
        if "*" in node.children:  # `*.kawasaki.jp`, unless `!city.kawasaki.jp`
            return label_index if "!" + decoded in node.children else label_index - 1
        break
    return None if suffix_start == len(labels) else suffix_start


@lru_cache(maxsize=65536)
def ascii_host(host: str) -> str:
    """A host name as DNS and the Host header have it, so that two spellings of one host
    are one: lower case, no trailing dot, ideographic full stops (。) read as dots, and a
    Unicode name (北京市人民政府.政务) IDNA-encoded as yarl encodes it for the request
    (xn--1lq2az1zq7nbwai50ag4l.xn--zfr164b). A name IDNA refuses is returned lower-cased."""
    host = host.translate(_IDEOGRAPHIC_DOTS).lower().rstrip(".")
    if host.isascii():
        return host
    try:
        return str(idna.encode(host, uts46=True).decode("ascii"))
    except (UnicodeError, ValueError):
        try:
            return host.encode("idna").decode("ascii")
        except UnicodeError:
            return host


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """The registrable domain of a host, in its ASCII (punycode) form: 北京.gov.cn and
    xn--1lq90i.gov.cn are one site."""
    host = ascii_host(host)
    if not host:
        return ""
    if is_ip_address(host.strip("[]")):
        return host  # an IP address is its own site
    labels = host.split(".")
    start = public_suffix_start(labels)
    if start is not None and start > 0 and start < len(labels) and labels[start - 1]:
        return ".".join(labels[start - 1 :])
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


def same_site(host_a: str, host_b: str) -> bool:
    return registrable_domain(host_a) == registrable_domain(host_b)


@lru_cache(maxsize=65536)  # every request asks; most ask about the same few hosts
def is_valid_host(raw_host: str) -> bool:
    """A DNS name (IDNA-encoded) or an IP address that a browser would accept."""
    host = raw_host.lower()
    if len(host) <= 253 and _HOST_LABELS.match(host) is not None:
        # most are names: tried first, as a failed address parse raises; 0.0.0.0 is one too
        return not host[0].isdigit() or not is_no_destination(host)
    host = host.strip("[]")
    return is_ip_address(host) and not is_no_destination(host)


_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")


def is_no_destination(address: str) -> bool:
    """An address no request may be sent to: 0.0.0.0/8 ("this network", RFC 1122) and
    the IPv6 unspecified address `::` (IPv4-mapped too). DNS sinkholes answer 0.0.0.0
    for the names they block, and Linux would connect it to the crawler's own machine;
    browsers refuse it. Not an address (a name): False."""
    ip = _address(address)
    if ip is None:
        return False
    return ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _THIS_NETWORK)


def browser_ipv4(host: str) -> str | None:
    """The dotted IPv4 address a browser reads in a host that ends in a number (the
    WHATWG URL standard's IPv4 parser): 127.1, 2130706433, 0x7f.1, 0177.0.0.1 and
    0x7f000001 are all 127.0.0.1, and 0 is 0.0.0.0. yarl and aiohttp keep such a host
    as a name, which DNS is asked about (c-ares sends it to the nameserver, and reads
    0177 as 177). None: not such a host (a name, an IPv6 literal) or not a valid one."""
    if not host or not host[0].isdigit():
        return None  # a name (every numeric form starts with a digit: 0x, 0, 1-9)
    parts = host.split(".")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()  # 127.0.0.1.
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        number = _ipv4_number(part.lower())
        if number is None:
            return None
        numbers.append(number)
    if any(number > 255 for number in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number * 256 ** (3 - index)
    return str(ipaddress.IPv4Address(value))


def _ipv4_number(part: str) -> int | None:
    """One part of a browser's IPv4 host: decimal, 0x hexadecimal or 0-led octal."""
    if part.startswith("0x"):
        digits, base, allowed = part[2:], 16, _HEX_DIGITS
    elif len(part) > 1 and part.startswith("0"):
        digits, base, allowed = part[1:], 8, _OCTAL_DIGITS
    else:
        digits, base, allowed = part, 10, _DECIMAL_DIGITS
    if not part or not allowed.issuperset(digits):
        return None
    return int(digits, base) if digits else 0


_HEX_DIGITS = frozenset("0123456789abcdef")
_OCTAL_DIGITS = frozenset("01234567")
_DECIMAL_DIGITS = frozenset("0123456789")


def is_loopback(host: str) -> bool:
    """A loopback literal (127.0.0.0/8 as browsers read it, 127.1 too; ::1, IPv4-mapped
    too) or a `localhost` name: a
    visitor's own machine, whatever site names it (browsers never resolve `localhost`
    elsewhere, RFC 6761)."""
    host = host.lower().strip("[]").rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    ip = _address(host)
    return ip is not None and ip.is_loopback


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names as browsers read it (127.1, 2130706433 too), an IPv4-
    mapped IPv6 one as its IPv4 address; None for a name."""
    try:
        ip = ipaddress.ip_address(browser_ipv4(host) or host)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def leaves_for_loopback(source_host: str, target_host: str) -> bool:
    """A URL on a loopback host (`is_loopback`: 127.0.0.0/8 in any form a browser reads,
    ::1, localhost) named by a page or a redirect of a host that is not one: it sends
    visitors to their own machine, and would have the crawler read its own machine's
    services as the site. A site listed on the loopback (a local test server) keeps it."""
    return is_loopback(target_host) and not is_loopback(source_host)


def is_ip_address(host: str) -> bool:
    """An IPv4 or IPv6 literal (as yarl gives it: no brackets)."""
    if not host or not (host[0].isdigit() or ":" in host):
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# Scripts that may share one label shown in Unicode (besides digits and hyphens): one
# script alone, or the mixes the CJK registries allow with Latin. A label mixing others
# (Cyrillic а in a Latin name: a homograph) stays in punycode, as browsers show it.
_SCRIPT_MIXES = (
    frozenset({"CJK", "HIRAGANA", "KATAKANA", "LATIN"}),
    frozenset({"CJK", "BOPOMOFO", "LATIN"}),
    frozenset({"CJK", "HANGUL", "LATIN"}),
)


def _script(char: str) -> str:
    """The script of a letter, by its Unicode name's first word (CJK UNIFIED IDEOGRAPH,
    LATIN SMALL LETTER, CYRILLIC ...); "" for digits, hyphens and marks."""
    if not char.isalpha():
        return ""
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _shown_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        decoded = str(idna.decode(label))
    except (UnicodeError, IndexError, ValueError):
        return label
    scripts = {_script(char) for char in decoded} - {""}
    if len(scripts) <= 1 or any(scripts <= mix for mix in _SCRIPT_MIXES):
        return decoded
    return label


@lru_cache(maxsize=65536)
def display_host(host: str) -> str:
    """A host as people read it: 北京市人民政府.政务, not xn--1lq2az1zq7nbwai50ag4l.xn--zfr164b
    (a label whose letters mix scripts, a possible homograph, stays encoded)."""
    if "xn--" not in host.lower():
        return host
    return ".".join(_shown_label(label) for label in host.lower().split("."))


def display_url(url: str) -> str:
    """A URL as people read it: its host in Unicode (`display_host`) and any password in
    it replaced by `***` (never shown or stored: `http://user:***@host/`). Everything
    else as it was written."""
    url = redact_url(url)
    if "xn--" not in url.lower():
        return url  # most URLs
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):
        return url  # an IPv6 address: nothing to decode
    host, colon, port = hostport.partition(":")
    shown = f"{userinfo}{at}{display_host(host)}{colon}{port}"
    if shown == netloc:
        return url
    return urlunsplit(parts._replace(netloc=shown))


def redact_url(url: str) -> str:
    """A URL without the password of its user information (`user:***@`), for storage."""
    if "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return urlunsplit(parts._replace(netloc=f"{userinfo.split(':', 1)[0]}:***@{hostport}"))
