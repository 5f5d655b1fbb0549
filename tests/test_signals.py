"""Zombie and hijack signals (crawler.signals) on realistic pages: each signal found
with its evidence, and the honest pages that look like hijacks left alone."""

from __future__ import annotations

import pickle

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.models import PageSignals
from crawler.signals import (
    QUOTE_LIMIT,
    Markup,
    Signatures,
    build_signatures,
    page_signals,
    scan_markup,
)
from tests import hostile_pages as pages

URL = "http://www.dongshan.gov.cn/"
SIG = build_signatures()
# The thresholds the module documentation recommends to the rules.
SPAM_SCORE_WARN = 2.5
SPAM_SCORE_HIJACK = 6
_NOT_VISIBLE = ["script", "style", "noscript", "template", "svg", "object", "iframe"]


def analyse(html: str, url: str = URL, signatures: Signatures = SIG) -> PageSignals:
    """What extract.observe() does: markup first, then strip, then the text."""
    tree = LexborHTMLParser(html)
    markup = scan_markup(tree, url, signatures)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else ""
    tree.strip_tags(_NOT_VISIBLE)
    body = tree.body
    visible = " ".join(body.text(separator="\n").split()) if body is not None else ""
    return page_signals(markup, visible, title, signatures)


def hidden_urls(signals: PageSignals) -> set[str]:
    return {evidence.url for evidence in signals.hidden_links}


def categories(signals: PageSignals) -> dict[str, str]:
    return {evidence.detail: evidence.snippet for evidence in signals.spam_terms}


def assert_quiet(signals: PageSignals) -> None:
    """No zombie or hijack signal at all."""
    assert signals.placeholder == ()
    assert signals.default_server == ()
    assert signals.parked == ()
    assert signals.hidden_links == ()
    assert signals.stuffed_blocks == ()
    assert signals.spam_score < SPAM_SCORE_WARN


def all_evidence(signals: PageSignals) -> list[str]:
    fields = (
        signals.placeholder,
        signals.default_server,
        signals.parked,
        signals.hidden_links,
        signals.spam_terms,
        signals.stuffed_blocks,
    )
    return [evidence.snippet for group in fields for evidence in group]


# --------------------------------------------------------------------------------------
# Hidden links


def test_offscreen_block_of_casino_links() -> None:
    signals = analyse(pages.offscreen_casino_portal())
    assert hidden_urls(signals) >= {
        "http://www.bet-888.example/",
        "http://www.bet-888.example/bjl/",
        "http://www.lhc-99.example/",
        "https://pk10.casino-live.example/",
    }
    first = signals.hidden_links[0]
    assert first.snippet == "澳门威尼斯人娱乐城"
    assert "position:absolute" in first.detail and "-999px" in first.detail
    gambling = categories(signals)["gambling"]
    assert "百家乐 ×1" in gambling and "威尼斯人娱乐 ×1" in gambling
    assert signals.spam_terms[0].url == "http://www.bet-888.example/"
    assert signals.spam_score >= SPAM_SCORE_HIJACK
    assert signals.placeholder == () and signals.parked == ()


def test_block_hidden_by_a_style_rule_of_the_page() -> None:
    signals = analyse(pages.class_hidden_portal())
    assert len(signals.hidden_links) == 6
    assert signals.hidden_links[0].detail == "style rule .xk {position:absolute;left:-9999px}"
    assert signals.spam_score >= SPAM_SCORE_HIJACK


def test_display_none_class_block_of_off_site_links() -> None:
    signals = analyse(pages.display_none_portal())
    assert hidden_urls(signals) == {
        "http://www.fapiao-daikai.example/",
        "http://www.banzheng.example/",
        "http://loan.example/",
    }
    assert {e.detail for e in signals.hidden_links} == {"style rule .dl {display:none}"}
    found = {e.detail: e for e in signals.spam_terms}
    assert found["fake_certificate"].snippet == "发票代开 ×1, 办假证 ×1"
    assert found["loan"].url == "http://loan.example/"


def test_links_written_by_document_write_unescape() -> None:
    signals = analyse(pages.unescape_injection_portal())
    assert hidden_urls(signals) == {"http://www.bet-888.example/", "http://www.lhc-99.example/"}
    assert all(e.detail == "script, unescape" for e in signals.hidden_links)
    assert "澳门赌场 ×1" in categories(signals)["gambling"]


def test_links_decoded_from_base64_and_eval() -> None:
    signals = analyse(pages.base64_injection_portal())
    assert hidden_urls(signals) == {
        "http://casino-royale.example/",
        "http://casino-royale.example/slots",
    }
    assert signals.hidden_links[0].detail == "script, base64"
    assert signals.hidden_links[0].snippet == "真人视讯"


def test_links_in_hex_escaped_strings() -> None:
    signals = analyse(pages.escaped_injection_portal())
    assert hidden_urls(signals) == {"http://www.av-online.example/"}
    assert categories(signals) == {"porn": "成人视频 ×1"}


def test_marquee_one_pixel_high() -> None:
    signals = analyse(pages.marquee_portal())
    assert hidden_urls(signals) == {
        "http://www.weige-shop.example/",
        "http://www.weige-shop.example/cy",
        "http://www.escort.example/",
    }
    assert signals.hidden_links[0].detail == "marquee of height or width 0-1"
    assert set(categories(signals)) == {"pharmacy", "porn"}


@pytest.mark.parametrize(
    ("style", "how"),
    [
        ("font-size:0px", "font-size:0px"),
        ("font-size:1px;line-height:1px", "font-size:1px"),
        ("height:0;overflow:hidden", "height:0;overflow:hidden"),
        ("text-indent:-3000px", "text-indent:-3000px"),
        ("color:#FFFFFF;background-color:#fff", "color:#ffffff on background #fff"),
        ("display:none", "display:none"),
        ("visibility:hidden", "visibility:hidden"),
    ],
)
def test_inline_hiding_techniques(style: str, how: str) -> None:
    html = pages.portal(
        body_bottom=f'<div style="{style}"><a href="http://dark.example/">北京赛车pk10</a></div>'
    )
    signals = analyse(html)
    assert [(e.url, e.detail) for e in signals.hidden_links] == [
        ("http://dark.example/", f"inline style {how}")
    ]


def test_hidden_iframe_to_another_site() -> None:
    html = pages.portal(
        body_bottom='<iframe src="http://malware.example/m.htm" width="0" height="0"></iframe>'
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" '
        'width="0" style="display:none;visibility:hidden"></iframe></noscript>'
        '<noscript><iframe src="http://tracker.example/pixel" width="1" height="1"></iframe></noscript>'
    )
    signals = analyse(html)
    assert [(e.url, e.detail) for e in signals.hidden_links] == [
        ("http://malware.example/m.htm", "iframe of size 0-1")
    ]


def test_english_spam_links_hidden_on_an_english_page() -> None:
    body = (
        "<h1>Dongshan County Government</h1>"
        + "<p>The county council approved the new budget for schools and roads. "
        "Residents can apply for permits online. </p>"
        * 30
        + '<div style="position:absolute;left:-8000px">'
        '<a href="http://pills.example/">Buy cheap Viagra online</a> '
        '<a href="http://pills.example/c">Cialis without prescription</a> '
        '<a href="http://slots.example/">Online Casino bonus</a> '
        '<a href="http://slots.example/g">SLOT GACOR hari ini</a></div>'
    )
    html = f"<html><head><title>Dongshan County</title></head><body>{body}</body></html>"
    signals = analyse(html, "https://www.dongshan.gov.example/")
    assert len(signals.hidden_links) == 4
    found = categories(signals)
    assert found["pharmacy"] == "viagra ×1, cialis ×1"
    assert found["gambling"] in ("casino ×1, slot gacor ×1", "slot gacor ×1, casino ×1")


def test_latin_terms_must_start_a_word() -> None:
    html = (
        "<html><head><title>Occasional notes</title></head><body><p>"
        + "Our Macasino restaurant, the acasino-style sign, the pk100 runs and the "
        "xcialis fountain are local landmarks; two casinos closed in 2019. "
        * 20
        + "</p></body></html>"
    )
    signals = analyse(html, "https://www.example.org/")
    assert categories(signals) == {"gambling": "casino ×20"}  # "casinos" only


# --------------------------------------------------------------------------------------
# Script redirects


def test_referrer_cloaking_redirect() -> None:
    signals = analyse(pages.redirect_portal())
    assert signals.script_redirects == ("http://xx.bet.example/?from=gov",)


def test_redirect_hidden_in_eval_atob() -> None:
    signals = analyse(pages.eval_redirect_portal())
    assert signals.script_redirects == ("https://www.hg-sports.example/index.html",)


def test_redirect_in_a_packed_script() -> None:
    signals = analyse(pages.packed_redirect_portal())
    assert signals.script_redirects == ("http://www.ag88.example/",)


def test_location_set_to_an_atob_value() -> None:
    html = pages.portal(
        head='<script>window.location.replace(atob("aHR0cDovL3d3dy55bC1jaXR5LmV4YW1wbGUv"));</script>'
    )
    assert analyse(html).script_redirects == ("http://www.yl-city.example/",)


def test_redirects_that_do_not_run_at_load_are_ignored() -> None:
    html = pages.portal(
        head=(
            "<script>function goEnglish(){window.location.href='http://en.example.org/';}"
            "$('#weibo').click(function(){window.open('https://weibo.com/dongshan');});"
            "var nav={go:function(){location.href='http://other.example/';}};"
            "var location2='http://not-a-redirect.example/';"
            "if(location.href=='http://www.dongshan.gov.cn/'){console.log('home');}</script>"
        )
    )
    assert analyse(html).script_redirects == ()


def test_mobile_redirect_to_the_site_itself_is_absolute() -> None:
    html = pages.portal(
        head="<script>if(/Android|iPhone/i.test(navigator.userAgent)){location.href='/m/index.html';}</script>"
    )
    assert analyse(html).script_redirects == ("http://www.dongshan.gov.cn/m/index.html",)


def test_strings_split_with_plus_are_joined_before_they_are_read() -> None:
    html = pages.portal(
        head="<script>var n=1+2;top.location.href='https://xx.'+'bet.example/';</script>",
        body_bottom=(
            '<script>document.write(\'<DIV style="display:none"><A HREF="http://www.bet-\' +\n'
            "  '888.example/\">澳门赌场</A></DIV>');</script>"
        ),
    )
    signals = analyse(html)
    assert signals.script_redirects == ("https://xx.bet.example/",)
    assert hidden_urls(signals) == {"http://www.bet-888.example/"}


# --------------------------------------------------------------------------------------
# Spam content


def test_hacked_discuz_forum_with_spliced_spam_and_stuffed_footer() -> None:
    signals = analyse(
        pages.discuz_forum(), "http://bbs.dongshan.example/forum.php?mod=viewthread&tid=1"
    )
    gambling = categories(signals)["gambling"]
    assert gambling.startswith("百家乐 ×2") or "百家乐 ×2" in gambling
    assert len(signals.stuffed_blocks) == 2
    footer = signals.stuffed_blocks[-1]
    assert footer.snippet.startswith("百家乐|娱乐城|六合彩")
    assert len(footer.snippet) <= QUOTE_LIMIT
    assert signals.spam_score >= SPAM_SCORE_HIJACK
    assert signals.hidden_links == ()
    assert signals.placeholder == ()


def test_spam_title_is_a_stuffed_block() -> None:
    html = pages.portal(title="澳门新葡京_百家乐_时时彩_北京赛车pk10_东山县人民政府")
    signals = analyse(html)
    assert [e.detail for e in signals.stuffed_blocks] == ["title with 4 spam terms"]
    assert signals.spam_score >= SPAM_SCORE_HIJACK


def test_crackdown_article_is_not_a_hijack() -> None:
    signals = analyse(pages.crackdown_article_portal())
    assert "百家乐 ×2" in categories(signals)["gambling"]  # reported as seen...
    assert signals.spam_score < 1  # ...but every term sits next to 打击, 警惕, 诈骗...
    assert signals.stuffed_blocks == ()
    assert signals.hidden_links == ()


def test_welfare_lottery_is_not_spam() -> None:
    html = pages.portal(
        friends='<div class="links"><a href="http://www.cwl.gov.cn/">中国福利彩票网</a>'
        '<a href="https://www.lottery.gov.cn/">中国体育彩票网</a></div>'
    )
    assert analyse(html).spam_terms == ()


def test_spam_evidence_points_to_the_off_site_link() -> None:
    html = pages.portal(
        friends='<div class="links"><a href="http://www.gov.cn/">中国政府网</a>'
        '<a href="http://888.bet-city.example/">皇冠体育 在线投注</a></div>'
    )
    signals = analyse(html)
    assert signals.spam_terms[0].url == "http://888.bet-city.example/"
    assert signals.hidden_links == ()  # visible: a spam link, not a hidden one


# --------------------------------------------------------------------------------------
# Zombie pages


@pytest.mark.parametrize(
    ("html", "phrase"),
    [
        (pages.NGINX, "welcome to nginx!"),
        (pages.APACHE_UBUNTU, "apache2 ubuntu default page"),
        (pages.IIS, "iis windows server"),
        (pages.TOMCAT, "apache tomcat/"),
    ],
)
def test_default_server_pages(html: str, phrase: str) -> None:
    signals = analyse(html)
    assert signals.default_server, "not recognised"
    assert phrase in signals.default_server[0].detail
    assert signals.default_server[0].detail.endswith("in the title")
    assert signals.placeholder == ()  # a stock page, not a near-empty one
    assert signals.parked == ()


def test_directory_listing_is_a_default_page() -> None:
    html = (
        "<html><head><title>Index of /</title></head><body><h1>Index of /</h1><table>"
        "<tr><th>Name</th><th>Last modified</th><th>Size</th></tr>"
        '<tr><td><a href="backup/">backup/</a></td><td>2019-03-02 10:11</td><td>-</td></tr>'
        '<tr><td><a href="old_site.zip">old_site.zip</a></td><td>2019-03-02 10:12</td><td>58M</td></tr>'
        "</table><address>Apache/2.4.29 (Ubuntu) Server at www.dongshan.gov.cn Port 80</address></body></html>"
    )
    assert "'index of /'" in analyse(html).default_server[0].detail


def test_sedo_parking_page() -> None:
    signals = analyse(pages.SEDO_PARKED, "http://dongshan-travel.example/")
    details = " | ".join(e.detail for e in signals.parked)
    assert "'this website is for sale' in the title" in details
    assert "'this domain may be for sale'" in details
    assert "script from sedoparking.com" in details
    assert "link to parking service sedo.com" in details


def test_chinese_domain_for_sale_page() -> None:
    signals = analyse(pages.CHINESE_PARKED, "http://dsxzf.example/")
    assert signals.parked[0].detail == "'该域名正在出售' in the title"
    assert any(e.detail == "link to parking service juming.com" for e in signals.parked)
    assert signals.placeholder == ()


@pytest.mark.parametrize(
    ("html", "service"),
    [
        (pages.PARKING_FRAME_ONLY, "frame from parkingcrew.net"),
        (pages.PARKING_SCRIPT_ONLY, "script from wsimg.com/parking-lander"),
    ],
)
def test_page_that_is_only_a_parking_frame_or_script(html: str, service: str) -> None:
    signals = analyse(html, "http://oldbureau.example/")
    assert [e.detail for e in signals.parked] == [service]
    assert signals.placeholder == ()


@pytest.mark.parametrize(
    ("html", "detail"),
    [
        (pages.PLACEHOLDER_SIMPLIFIED, "'网站升级改版中', '敬请期待' in the text"),
        (pages.PLACEHOLDER_TRADITIONAL, "'網站維護中', '暫停服務' in the text"),
        (pages.PLACEHOLDER_ENGLISH, "'coming soon' in the title"),
    ],
)
def test_placeholder_pages(html: str, detail: str) -> None:
    signals = analyse(html)
    assert signals.placeholder[0].detail == detail
    assert signals.default_server == () and signals.parked == ()


def test_near_empty_page() -> None:
    signals = analyse(pages.NEAR_EMPTY)
    assert (
        signals.placeholder[0].detail == "near-empty page: 4 visible characters, no internal links"
    )
    assert signals.placeholder[0].snippet == "test"
    assert signals.visible_chars == 4
    assert signals.internal_links == 0


# --------------------------------------------------------------------------------------
# Honest pages (traps)


def test_clean_portal_has_no_signal() -> None:
    signals = analyse(pages.portal())
    assert_quiet(signals)
    assert signals.spam_terms == ()
    assert signals.spam_score == 0
    assert signals.script_redirects == ()
    assert signals.internal_links > 100
    assert signals.visible_chars > 1000


def test_hidden_mobile_menu_of_the_sites_own_links() -> None:
    assert_quiet(analyse(pages.mobile_menu_portal()))


def test_open_links_to_other_government_sites() -> None:
    assert_quiet(analyse(pages.open_gov_links_portal()))


def test_image_only_homepage_with_internal_links_is_not_empty() -> None:
    signals = analyse(pages.image_homepage())
    assert_quiet(signals)
    assert signals.visible_chars == 0
    assert signals.internal_links == 3


def test_copyright_only_footer() -> None:
    assert_quiet(analyse(pages.copyright_only_portal()))


def test_coming_soon_in_a_news_title() -> None:
    assert_quiet(analyse(pages.coming_soon_news_portal()))


def test_page_that_redirects_by_script_is_not_empty() -> None:
    signals = analyse(pages.JS_REDIRECT_HOME)
    assert signals.placeholder == ()
    assert signals.script_redirects == ("http://www.dongshan.gov.cn/zwgk/index.html",)


def test_page_its_scripts_build_is_not_empty() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>东山县人民政府</title>"
        '<script src="/static/js/app.3f2a1c.js"></script></head><body><div id="app"></div></body></html>'
    )
    assert analyse(html).placeholder == ()


def test_screen_reader_text_and_icon_links_are_not_hidden_links() -> None:
    html = pages.portal(
        head=(
            "<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}"
            ".weibo{display:block;width:32px;height:32px;font-size:0;background:url(/i/weibo.png)}"
            ".ico-wx{font-size:0}</style>"
        ),
        body_top=(
            '<a class="sr-only" href="http://www.example-partner.com/">跳过导航</a>'
            '<a class="weibo" href="https://www.douyin.example/dongshan">抖音</a>'
            '<a class="ico-wx" href="https://wx.example/dongshan">微信</a>'
        ),
    )
    assert analyse(html).hidden_links == ()


def test_hidden_link_to_another_government_site_needs_spam_terms() -> None:
    honest = pages.portal(
        body_bottom='<div style="display:none"><a href="http://www.xiamen.gov.cn/">厦门市人民政府</a></div>'
    )
    assert analyse(honest).hidden_links == ()
    planted = pages.portal(
        body_bottom='<div style="display:none">'
        '<a href="http://www.hacked.gov.cn/uploads/bjl.html">百家乐</a></div>'
    )
    assert hidden_urls(analyse(planted)) == {"http://www.hacked.gov.cn/uploads/bjl.html"}


def test_hidden_links_of_the_same_registrable_domain_are_the_sites_own() -> None:
    html = pages.portal(
        body_bottom='<div style="position:absolute;left:-9999px">'
        '<a href="https://zwfw.dongshan.gov.cn/">政务服务网</a>'
        '<a href="http://www.dongshan.gov.cn/skip">跳到主要内容</a></div>'
    )
    assert analyse(html).hidden_links == ()


def test_hidden_drop_down_menu_rule_is_not_read() -> None:
    # The portal's own CSS hides `.nav li ul` (a drop-down); a partner link in it is a
    # menu entry, not a dark link.
    html = pages.portal(
        body_top='<ul class="nav"><li><a href="/">首页</a><ul>'
        '<li><a href="http://www.partner-bank.example/">合作银行</a></li></ul></li></ul>'
    )
    assert analyse(html).hidden_links == ()


def test_writer_script_with_visible_partner_links_is_not_a_hijack() -> None:
    html = pages.portal(
        body_bottom="<script>document.getElementById('weather').innerHTML="
        "'<a href=\"https://weather.example.com/dongshan\">东山天气 晴 12℃</a>';</script>"
    )
    assert analyse(html).hidden_links == ()


# --------------------------------------------------------------------------------------
# Evidence, the API, the signatures


@pytest.mark.parametrize(
    "html",
    [
        pages.discuz_forum(),
        pages.offscreen_casino_portal(),
        pages.SEDO_PARKED,
        pages.APACHE_UBUNTU,
        pages.portal(
            body_bottom='<div style="display:none"><a href="http://x.example/">'
            + "百家乐" * 200
            + "</a></div>"
        ),
    ],
)
def test_evidence_is_quoted_and_cut(html: str) -> None:
    signals = analyse(html)
    snippets = all_evidence(signals)
    assert snippets
    assert all(0 < len(snippet) <= QUOTE_LIMIT for snippet in snippets)


def test_scan_markup_does_not_change_the_tree() -> None:
    tree = LexborHTMLParser(pages.unescape_injection_portal())
    before = tree.html
    markup = scan_markup(tree, URL, SIG)
    assert isinstance(markup, Markup)
    assert tree.html == before


def test_signatures_extend_from_config() -> None:
    extended = build_signatures(
        {
            "spam_gambling": ["幸运28"],
            "spam_crypto": ["usdt代收"],
            "placeholder": ["网站整改中"],
            "benign_link_domains": ["dark.example"],
        }
    )
    assert extended != SIG
    signals = analyse(
        pages.portal(
            body_bottom='<p>幸运28 USDT代收</p><div style="font-size:0">'
            '<a href="http://dark.example/">友情链接</a></div>'
        ),
        signatures=extended,
    )
    assert categories(signals) == {"gambling": "幸运28 ×1", "crypto": "usdt代收 ×1"}
    assert signals.hidden_links == ()  # a quiet domain now
    placeholder = "<html><head><title>东山县</title></head><body><h1>网站整改中</h1></body></html>"
    assert (
        analyse(placeholder, signatures=extended).placeholder[0].detail
        == "'网站整改中' in the text"
    )


def test_unknown_signature_list_is_an_error() -> None:
    with pytest.raises(ValueError, match="placeholders"):
        build_signatures({"placeholders": ["x"]})
    with pytest.raises(ValueError, match="list of strings"):
        build_signatures({"parked": "for sale"})  # type: ignore[dict-item]


def test_signatures_pickle_hash_and_compare() -> None:
    copy = pickle.loads(pickle.dumps(SIG))
    assert copy == SIG
    assert hash(copy) == hash(SIG)
    assert {SIG: 1}[copy] == 1
    # A digest and the packed word lists, not the compiled patterns (the lists grow as
    # data: 19.9 KB in November 2026).
    assert len(pickle.dumps(SIG)) < 22_000
    assert analyse(pages.offscreen_casino_portal(), signatures=copy).hidden_links
    assert build_signatures() == SIG


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        # A news title that names a lottery: counted, far below any threshold.
        ('<ul><li><a href="/a.html">六合彩开奖结果公布</a></li></ul>', 0.1, 1),
        # A warning: every term next to 警惕.
        ('<ul><li><a href="/a.html">警惕“百家乐”网络赌博陷阱</a></li></ul>', 0.01, 0.5),
        # Casino resorts as landmarks are not gambling sites.
        (
            "<p>" + "威尼斯人度假村与新葡京酒店是澳门著名地标，游客可乘坐免费穿梭巴士前往。" * 5,
            0,
            0,
        ),
        # Taiwan's pawnshop law is not loan-shark spam.
        ("<p>" + "依據當舖業法規定，當舖業應向警察機關申請許可。" * 5 + "</p>", 0, 0),
        # One visible spam link to another site: a warning, not yet a hijack.
        ('<a href="http://888.bet-city.example/">皇冠体育在线投注</a>', SPAM_SCORE_WARN, 3),
        # Three of them: hijacked.
        (
            '<a href="http://a.example/">百家乐</a><a href="http://b.example/">六合彩</a>'
            '<a href="http://c.example/">时时彩</a>',
            SPAM_SCORE_HIJACK,
            10,
        ),
    ],
)
def test_spam_score_reference_points(body: str, low: float, high: float) -> None:
    assert low <= analyse(pages.portal(body_top=body)).spam_score <= high


def test_a_list_of_gambling_forms_in_an_article_is_not_a_stuffed_block() -> None:
    html = pages.portal(
        body_top="<p>严厉打击以“百家乐”“六合彩”“时时彩”“北京赛车”“真人视讯”“老虎机”“捕鱼游戏”"
        "“体育投注”等为名目的网络赌博违法犯罪活动。</p>"
    )
    signals = analyse(html)
    assert signals.stuffed_blocks == ()
    assert signals.spam_score < SPAM_SCORE_WARN


def test_frameset_of_the_sites_own_pages_is_not_empty() -> None:
    html = (
        "<html><head><title>东山县人民政府</title></head>"
        '<frameset rows="120,*"><frame src="/top.html"><frame src="http://www.dongshan.gov.cn/main.html">'
        "</frameset></html>"
    )
    signals = analyse(html)
    assert signals.placeholder == ()
    assert signals.internal_links == 2


def test_pseudo_links_do_not_make_a_page_alive() -> None:
    html = (
        "<html><head><title>东山县林业局</title></head><body><p>暂无内容</p>"
        '<a href="javascript:history.back()">返回</a> <a href="#top">顶部</a></body></html>'
    )
    signals = analyse(html)
    assert signals.internal_links == 0
    assert signals.placeholder[0].detail.startswith("near-empty page")


def test_body_onload_redirect() -> None:
    html = (
        "<html><head><title>东山县</title></head>"
        "<body onload=\"window.location='http://www.yl-city.example/'\"><p>欢迎</p></body></html>"
    )
    assert analyse(html).script_redirects == ("http://www.yl-city.example/",)


def test_an_element_matching_two_of_the_scans_selectors_is_read_once() -> None:
    """lexbor gives an element once per selector it matches: a styled, hidden off-site
    link was three off-site links, and the page's internal link count fell by two (a
    live page with few links could read as a placeholder)."""
    from selectolax.lexbor import LexborHTMLParser

    from crawler.signals import default_signatures, scan_markup

    tree = LexborHTMLParser(
        '<div><a href="/a">关于我们</a><a href="/b">联系我们</a><a href="/c">网站地图</a>'
        '<a style="display:none" hidden href="http://bet.example/">x</a></div>'
    )
    markup = scan_markup(tree, "http://www.site.gov.cn/", default_signatures(), 4)
    assert [url for url, _ in markup.offsite_anchors] == ["http://bet.example/"]
    assert markup.internal_links == 3
