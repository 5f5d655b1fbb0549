"""Registrable domains ("same site") from the Public Suffix List snapshot bundled
with tldextract; nothing is downloaded at run time.

A host whose TLD is not on the list (an intranet name, `.test`, `.internal`) gets
the list's default rule, as browsers apply it: the last label is the public
suffix, so `a.farm.test` and `b.farm.test` are both under `farm.test`. tldextract
alone returns an empty domain there, which would make every such host one site.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

import tldextract

# Letters, digits, hyphens and underscores (seen in real intranet names) in dot-separated
# labels, after IDNA encoding; yarl accepts spaces and commas in hosts, browsers do not.
_HOST_LABELS = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)(\.(?!-)[a-z0-9_-]{1,63}(?<!-))*\.?$")

_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    host = host.lower().rstrip(".")
    if not host:
        return ""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host  # an IP address is its own site
    except ValueError:
        pass
    parts = _extract(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


def same_site(host_a: str, host_b: str) -> bool:
    return registrable_domain(host_a) == registrable_domain(host_b)


@lru_cache(maxsize=65536)  # every request asks; most ask about the same few hosts
def is_valid_host(raw_host: str) -> bool:
    """A DNS name (IDNA-encoded) or an IP address that a browser would accept."""
    host = raw_host.lower()
    if len(host) <= 253 and _HOST_LABELS.match(host) is not None:
        return True  # most are names: tried first, as a failed address parse raises
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False
