"""Integrity rules (pure): signals and redirects -> zombie/hijack findings and status."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crawler.config import RuleSettings
from crawler.integrity import classify_target
from crawler.models import (
    BrokenLink,
    Evidence,
    FetchRecord,
    PageObservations,
    PageSignals,
    Redirect,
    SiteObservations,
)
from crawler.rules import evaluate

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
RULES = RuleSettings()
FETCH = FetchRecord(url="http://www.qx.gov.cn/", final_url="http://www.qx.gov.cn/", http_status=200, response_ms=50)


def home(**signals: object) -> PageObservations:
    return PageObservations(
        title="清溪县人民政府",
        newest_item=date(2026, 11, 24),
        dated_items=5,
        signals=PageSignals(**signals),  # type: ignore[arg-type]
    )


def judge(obs: SiteObservations, rules: RuleSettings = RULES):
    verdict = evaluate(obs, rules, NOW)
    return verdict, {f.code: f for f in verdict.findings}


@pytest.mark.parametrize(
    ("signal", "code", "status"),
    [
        ("placeholder", "placeholder_page", "zombie"),
        ("default_server", "default_server_page", "zombie"),
        ("parked", "parked_domain", "zombie"),
        ("hidden_links", "hidden_links", "hijacked"),
    ],
)
def test_each_page_signal_sets_its_status_and_vetoes(signal: str, code: str, status: str) -> None:
    evidence = (Evidence("网站升级改版中 " * 30, "http://casino.example/", "display:none"),) * 3
    verdict, found = judge(SiteObservations(fetch=FETCH, home=home(**{signal: evidence})))
    assert verdict.status == status and verdict.passed is False and verdict.score == 0
    assert code in found
    quoted = found[code].data["evidence"][0]["snippet"]
    assert len(quoted) <= 160  # evidence is cut to a sane length


def test_spam_below_the_threshold_is_not_a_hijack_and_above_it_is() -> None:
    terms = (Evidence("百家乐 ×2", "", "gambling"),)
    low = SiteObservations(fetch=FETCH, home=home(spam_terms=terms, spam_score=2.0))
    assert judge(low)[0].status == "healthy"
    high = SiteObservations(fetch=FETCH, home=home(spam_terms=terms, spam_score=6.0))
    verdict, found = judge(high)
    assert verdict.status == "hijacked"
    assert found["spam_content"].data["score"] == 6.0
    assert "百家乐" in found["spam_content"].detail
    # The threshold is configurable.
    assert judge(high, RuleSettings(spam_score_hijack=10))[0].status == "healthy"


def test_hijacked_outranks_zombie_and_stale() -> None:
    obs = SiteObservations(
        fetch=FETCH,
        home=home(
            placeholder=(Evidence("敬请期待"),),
            hidden_links=(Evidence("娱乐城", "http://bet.example/"),),
            spam_terms=(Evidence("娱乐城 ×1", "", "gambling"),),
        ),
    )
    assert judge(obs)[0].status == "hijacked"


def test_a_dead_page_is_not_also_judged_for_freshness() -> None:
    page = PageObservations(title="Welcome to nginx!", signals=PageSignals(default_server=(Evidence("Welcome to nginx!", detail="nginx"),)))
    _verdict, found = judge(SiteObservations(fetch=FETCH, home=page))
    assert set(found) == {"default_server_page"}


@pytest.mark.parametrize(
    ("target", "aliases", "kind"),
    [
        ("http://qx.gov.cn/index.html", (), "own"),
        ("https://zwfw.qx.gov.cn/", (), "own"),
        ("http://www.qingxi.cn/", ("www.qingxi.cn",), "alias"),
        ("http://www.city.gov.cn/qx/", (), "sibling"),
        ("http://www.bet365-cn.com/", (), "offsite"),
        ("http://www.qx.gov.cn.evil.com/", (), "offsite"),
    ],
)
def test_redirect_targets_are_classified(target: str, aliases: tuple[str, ...], kind: str) -> None:
    assert classify_target("http://www.qx.gov.cn/", target, aliases, RULES.trusted_suffixes) == kind


def test_http_redirect_off_site_is_a_hijack_quoting_the_target() -> None:
    fetch = FetchRecord(
        url="http://www.qx.gov.cn/",
        final_url="http://www.bet365-cn.com/",
        http_status=200,
        redirects=(Redirect("http://www.qx.gov.cn/", 302),),
    )
    page = PageObservations(title="bet365 亚洲官网", newest_item=date(2026, 11, 24))
    verdict, found = judge(SiteObservations(fetch=fetch, home=page))
    assert verdict.status == "hijacked"
    finding = found["offsite_redirect"]
    assert finding.data["target"] == "http://www.bet365-cn.com/"
    assert finding.data["how"] == "HTTP 302"
    assert "bet365 亚洲官网" in finding.data["shows"]


def test_redirect_to_a_sibling_under_a_trusted_suffix_is_a_move() -> None:
    fetch = FetchRecord(
        url="http://www.qx.gov.cn/",
        final_url="http://www.city.gov.cn/qx/",
        http_status=200,
        redirects=(Redirect("http://www.qx.gov.cn/", 301),),
    )
    verdict, found = judge(SiteObservations(fetch=fetch, home=home()))
    assert "offsite_redirect" not in found and "site_moved" in found
    assert verdict.status == "healthy" and verdict.passed is True


def test_redirect_to_an_alias_is_nothing() -> None:
    fetch = FetchRecord(
        url="http://www.qx.gov.cn/",
        final_url="http://www.qingxi.cn/",
        http_status=200,
        redirects=(Redirect("http://www.qx.gov.cn/", 301),),
    )
    obs = SiteObservations(fetch=fetch, home=home(), aliases=("www.qingxi.cn",))
    _verdict, found = judge(obs)
    assert not {"offsite_redirect", "site_moved"} & set(found)


def test_script_redirect_target_with_spam_is_a_hijack_even_under_a_trusted_suffix() -> None:
    target = "http://www.other.gov.cn/bbs/"
    spam = PageObservations(
        title="澳门威尼斯人",
        signals=PageSignals(spam_terms=(Evidence("威尼斯人 ×9", "", "gambling"),), spam_score=30),
    )
    obs = SiteObservations(
        fetch=FETCH,
        home=home(script_redirects=(target,)),
        redirect_target=target,
        redirect_page=spam,
    )
    verdict, found = judge(obs)
    assert verdict.status == "hijacked"
    assert "威尼斯人" in found["offsite_redirect"].detail


def test_cloaking_spam_for_crawlers_only() -> None:
    bot = PageObservations(signals=PageSignals(spam_terms=(Evidence("六合彩 ×7"),), spam_score=12))
    verdict, found = judge(SiteObservations(fetch=FETCH, home=home(), crawler_view=bot))
    assert verdict.status == "hijacked" and "cloaking" in found
    same = SiteObservations(fetch=FETCH, home=home(), crawler_view=home())
    assert "cloaking" not in judge(same)[1]


def test_broken_links_cost_more_on_the_homepage_and_suspected_ones_nothing() -> None:
    def link(url: str, home_page: bool, suspected: bool = False) -> BrokenLink:
        return BrokenLink("http://www.qx.gov.cn/", url, "", "a", 404, "HTTP 404", suspected, home_page)

    links = (
        link("http://www.qx.gov.cn/a", True),
        link("http://www.qx.gov.cn/a", False),  # the same URL again: counted once
        link("http://www.qx.gov.cn/b", False),
        link("http://www.qx.gov.cn/c", True, suspected=True),
    )
    verdict, found = judge(SiteObservations(fetch=FETCH, home=home(), broken_links=links))
    finding = found["broken_link"]
    assert finding.count == 2
    assert finding.data == {"homepage": 1, "elsewhere": 1, "suspected": 1}
    assert verdict.score == 100 - (1 * 2 + 1 * 1)
    assert verdict.passed is True


@pytest.mark.parametrize(("expires", "fires"), [("2026-12-10T00:00:00Z", True), ("2027-03-01T00:00:00Z", False), ("2026-11-01T00:00:00Z", True)])
def test_certificate_expiring_soon_or_expired(expires: str, fires: bool) -> None:
    fetch = FetchRecord(url="https://www.qx.gov.cn/", final_url="https://www.qx.gov.cn/", http_status=200, cert_expires=expires)
    verdict, found = judge(SiteObservations(fetch=fetch, home=home()))
    assert ("cert_expiring" in found) is fires
    if fires:
        assert verdict.score == 95 and verdict.passed is True


@pytest.mark.parametrize(
    ("hidden", "spam", "fires"),
    [
        # A cookie banner or subscription pop-up with one link to another site: not dark links.
        ((Evidence("Subscribe now", "https://offers.example/", "inline style display:none"),), False, False),
        ((Evidence("a", "https://w.example/", "style rule .x {display:none}"),) * 2, False, False),
        # Three weakly hidden, two strongly hidden, or any with spam terms: dark links.
        ((Evidence("a", "https://w.example/", "inline style display:none"),) * 3, False, True),
        ((Evidence("a", "https://w.example/", "inline style left:-9999px"),) * 2, False, True),
        ((Evidence("百家乐", "https://bet.example/", "inline style display:none"),), True, True),
    ],
)
def test_hidden_links_need_more_than_a_widget(hidden, spam, fires) -> None:  # type: ignore[no-untyped-def]
    terms = (Evidence("百家乐 ×1", "", "gambling"),) if spam else ()
    _, found = judge(SiteObservations(fetch=FETCH, home=home(hidden_links=hidden, spam_terms=terms)))
    assert ("hidden_links" in found) is fires
