"""Registrable domains ("same site") from the Public Suffix List snapshot bundled
with tldextract; nothing is downloaded at run time.

A host whose TLD is not on the list (an intranet name, `.test`, `.internal`) gets
the list's default rule, as browsers apply it: the last label is the public
suffix, so `a.farm.test` and `b.farm.test` are both under `farm.test`. tldextract
alone returns an empty domain there, which would make every such host one site.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

import tldextract

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
