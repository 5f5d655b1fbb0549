"""Integrity rules: zombie and hijack signals -> findings. Pure, like crawler.rules.

Zombie (a site that answers but is dead): `placeholder_page`, `default_server_page`,
`parked_domain` (a domain-for-sale page, or a redirect to a parking host).
Hijacked (a site serving someone else's content): `hidden_links`, `spam_content`,
`offsite_redirect` (to a host that is not the site's own, an alias, or a sibling under a
trusted suffix), `cloaking` (spam shown to search engines only). A redirect to a sibling
site under a trusted suffix (county.gov.cn -> city.gov.cn, the census's 关停上移) is
`site_moved`: reported, not a hijack. Broken links cost score points (`broken_link`).
Every finding quotes its evidence, cut short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from crawler.config import RuleSettings
from crawler.domains import ascii_host, display_host, display_url, registrable_domain, same_site
from crawler.models import (
    BrokenLink,
    Evidence,
    Finding,
    PageObservations,
    PageSignals,
    SiteObservations,
)
from crawler.signals import KIT_SCRIPTS, NEAR_EMPTY, TINY_FRAME

QUOTE_LIMIT = 160
_MAX_EVIDENCE = 5


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidence(items: Sequence[Evidence]) -> list[dict[str, str]]:
    return [
        {"snippet": quote(e.snippet), "url": e.url, "detail": e.detail}
        for e in items[:_MAX_EVIDENCE]
    ]


def _host(url: str) -> str:
    """The URL's host in its ASCII form (`ascii_host`): 北京.gov.cn and xn--1lq90i.gov.cn
    are one host."""
    try:
        return ascii_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def classify_target(
    site_url: str, target_url: str, aliases: Sequence[str], trusted_suffixes: Sequence[str]
) -> str:
    """ "own", "alias", "sibling" (both under trusted suffixes: county.gov.cn to
    city.gov.cn, a 政务 Chinese domain to its gov.cn portal) or "offsite"."""
    home, target = _host(site_url), _host(target_url)
    if not target or same_site(home, target):
        return "own"
    for alias in aliases:
        if target == alias or target.endswith("." + alias) or same_site(target, alias):
            return "alias"
    # Suffixes in their ASCII form, as the hosts are (政务 is xn--zfr164b). Each side
    # under one of them: the registries of those suffixes (CONAC for gov.cn and 政务)
    # give names to public bodies only, so neither side is someone else's site.
    suffixes = [ascii_host(suffix.strip(".").lower()) for suffix in trusted_suffixes]
    if any(_under(home, suffix) for suffix in suffixes if suffix) and any(
        _under(target, suffix) for suffix in suffixes if suffix
    ):
        return "sibling"
    return "offsite"


def _under(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


# (PageSignals field, finding code, what the page is): a site dead behind a 200.
_DEAD_PAGE_SIGNALS = (
    ("placeholder", "placeholder_page", "a placeholder: {snippet}"),
    ("default_server", "default_server_page", "a web server's default page ({detail})"),
    ("parked", "parked_domain", "a parked or for-sale domain page: {snippet}"),
)
DEAD_PAGE_CODES = frozenset(code for _, code, _ in _DEAD_PAGE_SIGNALS)

# (PageSignals field, what stands in for the site): a block page every visit gets. The
# site's content cannot be judged, so it is neither dead nor healthy: `unreachable`,
# saying why (evidence `kind`: the field).
_BLOCK_SIGNALS = (
    (
        "firewall",
        "a firewall's challenge or block page answers instead of the site{status}: "
        "the site is up, but its content cannot be judged until the crawler is let through",
    ),
    (
        "unfiled",
        "the cloud's block page answers instead of the site{status}, for every visitor: "
        "no ICP filing (网站未备案) or blocked",
    ),
    (
        "error_page",
        "an error page (an application's, a database's, or a page not found) answers "
        "instead of the site{status}: the site does not work",
    ),
)


def block_findings(page: PageObservations, status: int | None) -> list[Finding]:
    """`unreachable` when the page the homepage showed is a block page (whatever its
    HTTP status: firewalls answer 200, 403, 405, 503 or 521)."""
    for attribute, words in _BLOCK_SIGNALS:
        if attribute == "error_page" and status is not None and status >= 400:
            continue  # an error status says it already (http_5xx), in its own words
        evidence: tuple[Evidence, ...] = getattr(page.signals, attribute)
        if evidence:
            shown = f" (HTTP {status})" if status else ""
            detail = f"homepage unreachable: {words.format(status=shown)}: " + quote(
                evidence[0].snippet, 80
            )
            data: dict[str, Any] = {"kind": attribute, "evidence": _evidence(evidence)}
            if status:
                data["http_status"] = status
            return [Finding("unreachable", detail, veto=True, data=data)]
    return []


# Hiding that menus, pop-ups and cookie banners use all the time; on its own, with a
# link or two to another site (a widget, a subscription offer), it is no hijack.
_WEAK_HIDING = (
    "display:none",
    "visibility:hidden",
    "opacity:0",
    "transform:",
    "hidden attribute",
    "<noscript>",
)


def _hidden_links_count(signals: PageSignals) -> bool:
    """Whether the hidden off-site links amount to dark links: with spam terms on the
    page, at least 2 hidden by strong means (off-screen, 1px boxes, same colour,
    scripts), or at least 3 in all. Measured on 200 real news pages: 9 fired on one or
    two widget links before this rule, none of them dark links but one."""
    hidden = signals.hidden_links
    if not hidden:
        return False
    strong = [e for e in hidden if not any(weak in e.detail for weak in _WEAK_HIDING)]
    if any(e.detail in KIT_SCRIPTS or e.detail == TINY_FRAME for e in hidden):
        return True  # a remote script before <html>, a miner, a 1px frame: a kit's
    return bool(signals.spam_terms) or len(strong) >= 2 or len(hidden) >= 3


def page_integrity_findings(
    page: PageObservations, rules: RuleSettings, where: str = "homepage"
) -> list[Finding]:
    """Zombie and hijack findings from one page's signals."""
    return signal_findings(page.signals, rules, where)


def error_page_findings(page: PageObservations, rules: RuleSettings) -> list[Finding]:
    """The dead-page findings of the page an error status came with (CentOS's test page
    is a 403). Not a near-empty one: a short `429 Too Many Requests` or `403 Forbidden`
    says the error, not that the site is dead (the status is judged on its own)."""
    signals = page.signals
    placeholder = tuple(e for e in signals.placeholder if not e.detail.startswith(NEAR_EMPTY))
    if placeholder != signals.placeholder:
        signals = replace(signals, placeholder=placeholder)
    return [f for f in signal_findings(signals, rules, "homepage") if f.code in DEAD_PAGE_CODES]


def signal_findings(signals: PageSignals, rules: RuleSettings, where: str) -> list[Finding]:
    """Zombie and hijack findings from one page's signals; `where` names the page."""
    findings: list[Finding] = []
    for attribute, code, words in _DEAD_PAGE_SIGNALS:
        evidence: tuple[Evidence, ...] = getattr(signals, attribute)
        if evidence:
            what = words.format(snippet=quote(evidence[0].snippet, 80), detail=evidence[0].detail)
            findings.append(
                Finding(
                    code,
                    f"the {where} is {what}",
                    veto=True,
                    data={"evidence": _evidence(evidence)},
                )
            )
    if _hidden_links_count(signals):
        hosts = sorted({display_host(_host(e.url)) for e in signals.hidden_links if e.url})
        named = f" ({', '.join(hosts[:3])}{'…' if len(hosts) > 3 else ''})" if hosts else ""
        findings.append(
            Finding(
                "hidden_links",
                f"{len(signals.hidden_links)} hidden link(s) to other sites on the {where}"
                f"{named}: {quote(signals.hidden_links[0].snippet, 80)}",
                count=len(signals.hidden_links),
                veto=True,
                data={"evidence": _evidence(signals.hidden_links), "hosts": hosts[:20]},
            )
        )
    if signals.spam_score >= rules.spam_score_hijack:
        terms = "; ".join(quote(e.snippet, 60) for e in signals.spam_terms[:3])
        stuffed = (
            f", {len(signals.stuffed_blocks)} keyword-stuffed block(s)"
            if (signals.stuffed_blocks)
            else ""
        )
        findings.append(
            Finding(
                "spam_content",
                f"spam on the {where} (score {signals.spam_score:.1f}, "
                f"limit {rules.spam_score_hijack:g}): {terms}{stuffed}",
                veto=True,
                data={
                    "score": round(signals.spam_score, 1),
                    "limit": rules.spam_score_hijack,
                    "evidence": _evidence([*signals.spam_terms, *signals.stuffed_blocks]),
                },
            )
        )
    return findings


def redirect_findings(obs: SiteObservations, rules: RuleSettings) -> list[Finding]:
    """Where the homepage sends visitors: HTTP redirects, meta refresh, scripts."""
    site_url = obs.fetch.url
    hops: list[tuple[str, str]] = []  # (target, how)
    for index, redirect in enumerate(obs.fetch.redirects):
        following = (
            obs.fetch.redirects[index + 1].url
            if index + 1 < len(obs.fetch.redirects)
            else obs.fetch.final_url
        )
        how = "meta refresh" if redirect.status == 0 else f"HTTP {redirect.status}"
        if following:
            hops.append((following, how))
    if obs.redirect_target:
        how = (
            "script"
            if obs.home and obs.redirect_target in obs.home.signals.script_redirects
            # An HTTP Refresh header's (a hacked server's, with no tag in the page).
            else "Refresh header"
            if obs.redirect_target == obs.fetch.refresh
            and not (obs.home and obs.home.meta_refresh == obs.redirect_target)
            else "meta refresh"
        )
        hops.append((obs.redirect_target, how))
    findings: list[Finding] = []
    seen: set[str] = set()
    for target, how in hops:
        kind = classify_target(site_url, target, obs.aliases, rules.trusted_suffixes)
        domain = registrable_domain(_host(target))
        if kind in ("own", "alias") or domain in seen:
            continue
        if _parked_landing(obs, target, rules):
            continue  # an expired domain sent to a reseller's lander: parked_domain says it
        seen.add(domain)
        shows = _target_summary(obs, target)
        data: dict[str, Any] = {"target": target, "how": how, "shows": shows}
        if kind == "sibling":
            findings.append(
                Finding(
                    "site_moved",
                    f"the homepage moves visitors to another site under a trusted suffix "
                    f"({how} to {quote(display_url(target), 100)}): merged or moved, not a hijack",
                    data=data,
                )
            )
            continue
        shown = f": it shows {quote(shows, 80)}" if shows else ""
        findings.append(
            Finding(
                "offsite_redirect",
                f"the homepage sends visitors to another domain ({how} to "
                f"{quote(display_url(target), 100)}){shown}",
                veto=True,
                data=data,
            )
        )
    return findings


def _parked_landing(obs: SiteObservations, target: str, rules: RuleSettings) -> bool:
    """The redirect leads a parked domain's visitors to a reseller's lander, which
    `parked_domain` says: an HTTP redirect that ends on the page the scan read, and that
    page is parked; a meta refresh or script (a domainer's lander sends visitors to its
    offer page) from a parked page or to one, whose target shows no spam."""
    home = obs.home
    if home is None:
        return False
    if target == obs.fetch.final_url:
        return bool(home.signals.parked)
    if target != obs.redirect_target:
        return False
    page = obs.redirect_page
    if page is not None and _hijack_codes(page, rules):
        return False
    return bool(home.signals.parked) or (page is not None and bool(page.signals.parked))


def _hijack_codes(page: PageObservations, rules: RuleSettings) -> set[str]:
    return {
        f.code
        for f in page_integrity_findings(page, rules)
        if f.code in ("spam_content", "hidden_links")
    }


def _target_summary(obs: SiteObservations, target: str) -> str:
    """What the redirect target shows: its title, and its spam or parking if any."""
    page: PageObservations | None = None
    if obs.redirect_target == target:
        page = obs.redirect_page
    elif obs.fetch.final_url == target:
        page = obs.home
    if page is None:
        return ""
    parts = [page.title] if page.title else []
    if page.signals.spam_terms:
        parts.append("spam: " + page.signals.spam_terms[0].snippet)
    if page.signals.parked:
        parts.append("parked: " + page.signals.parked[0].snippet)
    return quote(" | ".join(parts))


def redirect_target_findings(obs: SiteObservations, rules: RuleSettings) -> list[Finding]:
    """A target with spam is a hijack, wherever it is. A target that is a parked or
    for-sale lander (and shows no spam) makes the site a parked domain, as an HTTP
    redirect to one does: a domainer's lander sends its visitors on to the offer page."""
    page = obs.redirect_page
    if page is None or obs.redirect_target is None:
        return []
    findings = []
    parked = []
    target = quote(display_url(obs.redirect_target), 100)
    for finding in page_integrity_findings(page, rules, where="redirect target"):
        if finding.code in ("spam_content", "hidden_links"):
            findings.append(
                Finding(
                    "offsite_redirect",
                    f"the homepage redirects to {target}, which shows: {finding.detail}",
                    veto=True,
                    data={"target": obs.redirect_target, "evidence": finding.data},
                )
            )
        elif finding.code == "parked_domain":
            shows = finding.detail.removeprefix("the redirect target is ")
            parked.append(
                Finding(
                    "parked_domain",
                    f"the homepage sends visitors to {target}, {shows}",
                    veto=True,
                    data={"target": obs.redirect_target, **finding.data},
                )
            )
    if findings:
        return findings[:1]
    if parked and obs.home is not None and not obs.home.signals.parked:
        return parked[:1]
    return []


def cloaking_findings(obs: SiteObservations, rules: RuleSettings) -> list[Finding]:
    """Spam that only a search engine's crawler is shown."""
    crawler_view, home = obs.crawler_view, obs.home
    if crawler_view is None or home is None:
        return []
    seen_by_bot = crawler_view.signals.spam_score
    if seen_by_bot < rules.spam_score_hijack or home.signals.spam_score >= rules.spam_score_hijack:
        return []
    terms = "; ".join(quote(e.snippet, 60) for e in crawler_view.signals.spam_terms[:3])
    return [
        Finding(
            "cloaking",
            f"spam shown to search engines only (score {seen_by_bot:.1f} for a crawler, "
            f"{home.signals.spam_score:.1f} for a browser): {terms}",
            veto=True,
            data={"evidence": _evidence(crawler_view.signals.spam_terms)},
        )
    ]


def broken_link_findings(links: Sequence[BrokenLink], rules: RuleSettings) -> list[Finding]:
    broken = [link for link in links if not link.suspected]
    suspected = [link for link in links if link.suspected]
    findings = []
    if broken:
        urls_home = {link.url for link in broken if link.on_homepage}
        urls_other = {link.url for link in broken if not link.on_homepage} - urls_home
        cost = (
            len(urls_home) * rules.broken_link_home_points
            + len(urls_other) * rules.broken_link_other_points
        )
        examples = [
            f"{display_url(link.url)} ({link.detail}, on {display_url(link.page_url)})"
            for link in broken[:3]
        ]
        findings.append(
            Finding(
                "broken_link",
                f"{len(urls_home | urls_other)} broken link(s) ({len(urls_home)} on the "
                f"homepage): " + "; ".join(quote(e, 120) for e in examples),
                count=len(urls_home | urls_other),
                cost=cost,
                data={
                    "homepage": len(urls_home),
                    "elsewhere": len(urls_other),
                    "suspected": len({link.url for link in suspected}),
                },
            )
        )
    return findings


# What another page of the site (a column's list page) can add: its own hijack. Its
# emptiness or placeholder is the column rules' business.
_OTHER_PAGE_CODES = ("hidden_links", "spam_content")


def other_page_findings(
    obs: SiteObservations, rules: RuleSettings, found: Sequence[Finding]
) -> list[Finding]:
    """Hijack findings of the site's other pages read (pages planted in a column's
    directory, 寄生虫), one per code, the first page's; none for a code the homepage
    has already (`found`)."""
    done = {f.code for f in found}
    findings: list[Finding] = []
    for url, signals in obs.page_signals:
        for finding in signal_findings(signals, rules, f"column page {quote(url, 100)}"):
            if finding.code in _OTHER_PAGE_CODES and finding.code not in done:
                done.add(finding.code)
                findings.append(replace(finding, data={**finding.data, "url": url}))
    return findings


def integrity_findings(obs: SiteObservations, rules: RuleSettings) -> list[Finding]:
    findings: list[Finding] = []
    if obs.home is not None:
        findings += page_integrity_findings(obs.home, rules)
    findings += other_page_findings(obs, rules, findings)
    findings += redirect_findings(obs, rules)
    findings += redirect_target_findings(obs, rules)
    findings += cloaking_findings(obs, rules)
    findings += broken_link_findings(obs.broken_links, rules)
    return _merge_offsite(findings)


def _merge_offsite(findings: list[Finding]) -> list[Finding]:
    """One offsite_redirect finding: the target's content makes the best evidence."""
    offsite = [f for f in findings if f.code == "offsite_redirect"]
    if len(offsite) <= 1:
        return findings
    keep = offsite[-1]
    return [f for f in findings if f.code != "offsite_redirect" or f is keep]
