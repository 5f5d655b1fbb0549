"""Hijacked and honest pages for the second hijack audit, with the truth.

Not the cases of tests/realistic_hijack.py (every CSS hiding technique of a style
attribute, Baidu title hijacks, obfuscated referrer redirects, frame redirects, a
寄生虫 column, defacements, English pharmacy spam): here the evasions kits use against
keyword scanners and the places they hide in that the first audit left out:

- spam in traditional Chinese on a Taiwan/Hong Kong style site;
- spam words split by zero-width spaces, written in full-width letters, as HTML
  entities, or cut by empty tags (博<span></span>彩); English spam in Cyrillic
  look-alike letters (cаsino);
- links in <noscript>; hidden by clip:rect, opacity:0, transform:scale(0), the
  `hidden` attribute, aria-hidden off-screen, or by a script that sets the style;
- a spam title set by `document.title=`; spam only in <meta name=keywords>;
- a tiny white footer of links to random domains;
- a 寄生虫 page behind a navigation-only homepage's second-level link, and planted
  pages listed only in sitemap.xml;
- a homepage that answers 302 to a casino for Baiduspider only (server-side cloaking);
- a remote script written before <html>.

And honest pages that look close: Macau's gambling regulator, a sports-lottery
centre's own site, a court report naming a gambling site's domain, screen-reader skip
links, honeypot form fields, a cookie banner hidden until its script runs, a print-only
block, a hover mega-menu of 200 government sites, the Google Translate widget, and a
frameset-style homepage framing its own pages.

Each `Case` (tests/realistic_hijack.py) holds a site's pages and its truth. The clock
is tests/realistic_hijack.NOW.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.realistic_hijack import (
    CN_DOMAIN,
    CN_SPAM,
    EN_DOMAIN,
    NEWS,
    NOTICES,
    TODAY,
    Case,
    _items,
    ago,
    council,
    links,
    list_page,
    portal,
    site_pages,
)

MO_HOST = "www.dicj.gov.mo"
CASINO_HOST = "www.am8899.com"  # where the cloaking homepage sends Baiduspider

TRAD_SPAM = (
    ("澳門博彩", "http://www.macau-bc88.com/"),
    ("線上娛樂城", "https://www.tw-ylc168.net/"),
    ("百家樂", "http://www.bjl-tw777.com/"),
    ("運彩投注", "https://www.yc-tz365.com/"),
    ("老虎機", "http://www.lhj-tw518.com/"),
    ("線上賭場", "https://www.ol-casino99.net/"),
)
EN_SPAM = (
    ("casino", "https://best-casino-bonus.net/"),
    ("baccarat", "https://baccarat-online88.com/"),
    ("roulette", "https://roulette-win.net/"),
    ("sportsbook", "https://sportsbook-365.co/"),
    ("online poker", "https://poker-room-online.com/"),
)
CASINO_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳门新葡京娱乐场_百家乐_时时彩官网</title>'
    "</head><body><h1>澳门新葡京娱乐场</h1><p>真人百家乐 北京赛车pk10 时时彩 六合彩 体育投注 "
    "注册送彩金 首存送100%</p></body></html>"
)


def trad_portal(**parts: str) -> str:
    """A county portal in traditional Chinese (a Taiwan/Hong Kong style site)."""
    return portal(
        title="青溪縣政府全球資訊網",
        name="青溪縣政府",
        keywords="青溪縣政府,縣政新聞,公告訊息,便民服務",
        description="青溪縣政府全球資訊網提供縣政新聞、公告訊息與線上申辦服務。",
        **parts,
    )


def _links_with(texts: tuple[str, ...], pairs: tuple[tuple[str, str], ...]) -> str:
    return " ".join(
        f'<a href="{url}" target="_blank">{text}</a>'
        for text, (_, url) in zip(texts, pairs, strict=False)
    )


# --- hacked ------------------------------------------------------------------------------


def trad_hidden() -> Case:
    block = f'<div style="display:none">{links(TRAD_SPAM)}</div>'
    return Case(
        "h2-trad-hidden",
        site_pages(trad_portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def trad_visible() -> Case:
    """Visible 友情連結 of traditional-Chinese casino links (no hiding at all)."""
    friends = '<div class="yqlj"><span>友情連結：</span>' + links(TRAD_SPAM) + "</div>"
    return Case(
        "h2-trad-visible",
        site_pages(trad_portal(friends=friends)),
        True,
        frozenset({"spam_content"}),
    )


def zero_width() -> Case:
    """Spam anchors with a zero-width space between every character (keyword scanners
    see no word; a browser and Baidu show it whole)."""
    words = tuple("\u200b".join(text) for text, _ in CN_SPAM[:6])
    friends = '<div class="yqlj"><span>友情链接：</span>' + _links_with(words, CN_SPAM) + "</div>"
    return Case("h2-zwsp", site_pages(portal(friends=friends)), True, frozenset({"spam_content"}))


def full_width() -> Case:
    """Latin spam in full-width letters (ｃａｓｉｎｏ), as Chinese input methods write them."""
    words = tuple(
        "".join(chr(ord(c) + 0xFEE0) if c != " " else "\u3000" for c in t) for t, _ in EN_SPAM
    )
    friends = '<div class="yqlj"><span>友情链接：</span>' + _links_with(words, EN_SPAM) + "</div>"
    return Case(
        "h2-fullwidth", site_pages(portal(friends=friends)), True, frozenset({"spam_content"})
    )


def entity_anchors() -> Case:
    """Anchors written as numeric entities (&#21338;&#24425;): the parser decodes them."""
    words = tuple("".join(f"&#{ord(c)};" for c in text) for text, _ in CN_SPAM[:6])
    friends = '<div class="yqlj"><span>友情链接：</span>' + _links_with(words, CN_SPAM) + "</div>"
    return Case(
        "h2-entities", site_pages(portal(friends=friends)), True, frozenset({"spam_content"})
    )


def tag_split() -> Case:
    """Spam words cut by empty inline tags (博<span></span>彩, 百<b></b>家<i></i>乐)."""
    words = tuple("<span></span>".join(text) for text, _ in CN_SPAM[:6])
    friends = '<div class="yqlj"><span>友情链接：</span>' + _links_with(words, CN_SPAM) + "</div>"
    return Case(
        "h2-tag-split",
        site_pages(portal(friends=friends)),
        True,
        frozenset({"spam_content"}),
        note="a browser shows the words whole; the text extractor breaks text at every tag",
    )


HOMOGLYPH = str.maketrans(
    {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}
)


def homoglyphs() -> Case:
    """English spam with Cyrillic look-alike letters (cаsino: а is U+0430)."""
    texts = tuple(text.translate(HOMOGLYPH) for text, _ in EN_SPAM)
    block = "<p>Partners: " + _links_with(texts, EN_SPAM) + "</p>"
    return Case(
        "h2-homoglyph",
        {"/": council(hidden=block)},
        True,
        frozenset({"spam_content"}),
        host=f"h2-homoglyph.{EN_DOMAIN}",
    )


def noscript_links() -> Case:
    block = f"<noscript>{links(CN_SPAM)}</noscript>"
    return Case(
        "h2-noscript",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
        note="a browser with scripts (every visitor) shows nothing; a crawler without them "
        "reads the links. Their words count as a title's or meta's do (spam shown to "
        "search engines only: the third audit's h3-noscript-text)",
    )


def _hidden_case(slug: str, opening: str, closing: str = "</div>", spam: bool = True) -> Case:
    block = f"{opening}{links(CN_SPAM)}{closing}"
    codes = {"hidden_links", "spam_content"} if spam else {"hidden_links"}
    return Case(slug, site_pages(portal(footer_extra=block)), True, frozenset(codes))


def clip_rect() -> Case:
    return _hidden_case(
        "h2-clip", '<div style="position:absolute;clip:rect(0,0,0,0);overflow:hidden">'
    )


def opacity_zero() -> Case:
    return _hidden_case("h2-opacity", '<div style="opacity:0;position:absolute;z-index:-1">')


def scale_zero() -> Case:
    return _hidden_case("h2-scale", '<div style="transform:scale(0);position:absolute">')


def script_offscreen() -> Case:
    """The block has no style: an inline script right after it moves it off-screen."""
    return _hidden_case(
        "h2-js-left",
        '<div id="hl20240318">',
        '</div><script>var o=document.getElementById("hl20240318");o.style.position="absolute";'
        'o.style.left="-9999px";</script>',
    )


def script_display_none() -> Case:
    return _hidden_case(
        "h2-js-none",
        "<div id='fl8'>",
        "</div><script type='text/javascript'>document.getElementById('fl8').style.display='none';</script>",
    )


def hidden_attribute() -> Case:
    return _hidden_case("h2-hidden-attr", "<div hidden>")


def aria_offscreen() -> Case:
    return _hidden_case(
        "h2-aria",
        '<div aria-hidden="true" style="position:absolute;left:-10000px;top:auto;width:1px;'
        'height:1px;overflow:hidden">',
    )


def script_title() -> Case:
    """The served <title> is the county's; a script replaces it with spam (for crawlers
    that run scripts, and for the browser tab)."""
    js = '<script>document.title="澳门新葡京娱乐场_北京赛车pk10_时时彩_真人百家乐官网";</script>'
    return Case(
        "h2-js-title",
        site_pages(portal(head=js)),
        True,
        frozenset({"spam_content"}),
    )


def tiny_white_footer() -> Case:
    """Twenty links to random .cn/.com domains with Chinese spam anchors, at the very
    end, visible but 1px and white on the white page."""
    words = (
        "百家乐",
        "时时彩",
        "六合彩",
        "北京赛车",
        "真人视讯",
        "老虎机",
        "体育投注",
        "捕鱼游戏",
        "棋牌游戏",
        "娱乐城",
    )
    pairs = tuple(
        (
            f"{words[n % len(words)]}{'平台' if n % 2 else '官网'}",
            f"http://www.{'abcdefghjk'[n % 10]}{n * 37 % 997}{'xyz'[n % 3]}.{'cn' if n % 2 else 'com'}/",
        )
        for n in range(20)
    )
    block = f'<div style="font-size:1px;color:#fff;line-height:1px">{links(pairs)}</div>'
    return Case(
        "h2-tiny-white",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def meta_keywords_only() -> Case:
    keywords = "澳门博彩,百家乐,时时彩,北京赛车pk10,六合彩,真人视讯,体育投注,青溪县人民政府"
    return Case(
        "h2-meta-keywords",
        site_pages(portal(keywords=keywords)),
        True,
        frozenset({"spam_content"}),
        note="debatable: keywords only (the title, description and body are the county's). "
        "Six gambling terms in a government page's keywords are put there for search "
        "engines; one or two could be an honest regulator's (see c2-meta-one)",
    )


def remote_script_after_doctype() -> Case:
    tag = (
        '<script type="text/javascript" src="https://cdn.tongji-js8.com/jquery.min.js"></script>\n'
    )
    page = portal().replace(
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        tag + '<html xmlns="http://www.w3.org/1999/xhtml">',
        1,
    )
    return Case(
        "h2-remote-js-doctype",
        site_pages(page),
        True,
        frozenset({"hidden_links"}),
        note="debatable finding code (see h-remote-js): between <!DOCTYPE> and <html>",
    )


PARASITE = (
    "北京赛车pk10开奖直播 幸运飞艇 时时彩 六合彩开奖结果 真人百家乐 开元棋牌 澳门金沙 "
    "太阳城集团 体育投注 老虎机 皇冠体育 注册送彩金"
)


def _parasite_page(name: str) -> str:
    items = "".join(
        f'<li><a href="/{name}/2024/{n:03x}{n * 7:04x}.html">{word}官网_{word}平台</a>'
        f"<span>{ago(n).isoformat()}</span></li>"
        for n, word in enumerate(
            ("北京赛车pk10", "时时彩", "六合彩", "百家乐", "开元棋牌", "幸运飞艇")
        )
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>北京赛车pk10开奖直播_幸运飞艇_时时彩_青溪县人民政府</title></head><body>"
        '<div class="nav"><a href="/">首页</a></div>'
        f'<div class="list"><h2>北京赛车pk10开奖直播</h2><p>{PARASITE}</p><ul>{items}</ul></div>'
        '<div class="footer">青溪县人民政府办公室 主办</div></body></html>'
    )


def nav_parasite() -> Case:
    """A navigation-only homepage (big buttons to 政务公开, 政务服务, 互动交流): the kit
    replaced the second-level 政务公开 index with a 寄生虫 page."""
    buttons = "".join(
        f'<li><a href="/{path}/"><img src="/images/{path}.png" alt="{label}"><span>{label}</span></a></li>'
        for path, label in (
            ("zwgk", "政务公开"),
            ("zwfw", "政务服务"),
            ("hdjl", "互动交流"),
            ("zjqx", "走进青溪"),
        )
    )
    home = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>青溪县人民政府</title></head><body>'
        '<div class="header"><h1>青溪县人民政府</h1></div>'
        f'<div class="entry"><ul>{buttons}</ul></div>'
        '<div class="footer">主办：青溪县人民政府办公室 浙ICP备05012345号-1</div></body></html>'
    )
    pages = {
        "/": home,
        "/zwgk/": _parasite_page("zwgk"),
        "/zwfw/": list_page("zwfw", "政务服务", NOTICES, 2, 5),
        "/hdjl/": list_page("hdjl", "互动交流", NEWS, 1, 3),
        "/zjqx/": list_page("zjqx", "走进青溪", NEWS, 4, 7),
    }
    return Case(
        "h2-nav-parasite",
        pages,
        True,
        frozenset({"spam_content"}),
        note="the homepage is clean: only the second-level page is hacked",
    )


def sitemap_parasite() -> Case:
    """Planted pages listed only in /sitemap.xml (for Baidu to find); no page of the site
    links to them."""
    urls = "".join(
        f"<url><loc>http://h2-sitemap.{CN_DOMAIN}/news/2024/{n:04x}.html</loc></url>"
        for n in range(50)
    )
    pages = site_pages(portal())
    pages["/sitemap.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    for n in range(50):
        pages[f"/news/2024/{n:04x}.html"] = _parasite_page("news")
    return Case(
        "h2-sitemap",
        pages,
        True,
        frozenset({"spam_content"}),
        note="out of a column scan's reach: nothing the scan reads links to the planted "
        "pages; only the sitemap (or a search engine's index of the site) shows them",
    )


def ua_cloaking() -> Case:
    """The server answers Baiduspider with a 302 to a casino; browsers get the portal."""
    return Case(
        "h2-ua-302",
        site_pages(portal()),
        True,
        frozenset({"cloaking"}),
        others={CASINO_HOST: {"/": CASINO_PAGE}},
        note="only a request as Baiduspider shows it (check_cloaking)",
    )


# --- honest ------------------------------------------------------------------------------


def macau_regulator() -> Case:
    """Macau's gambling regulator (博彩監察協調局): gambling words everywhere, legitimately."""
    news = (
        "二〇二六年二月份幸運博彩毛收入",
        "博彩監察協調局提醒市民切勿參與非法網上賭博",
        "新一輪娛樂場幸運博彩經營批給公開競投結果",
        "博彩中介人准照續期申請須知",
        "賭場員工進入娛樂場工作時間限制之規定",
        "博彩監察協調局與治安警察局聯合巡查娛樂場",
        "第7/2022號法律修改《娛樂場幸運博彩經營法律制度》",
    )
    rows = "".join(
        f'<li><a href="/web/cn/news/{ago(2 + 3 * n):%Y%m%d}.html">{t}</a><span>{ago(2 + 3 * n):%Y-%m-%d}</span></li>'
        for n, t in enumerate(news)
    )
    nav = "".join(
        f'<li><a href="/web/cn/{p}/">{t}</a></li>'
        for p, t in (
            ("about", "本局簡介"),
            ("law", "法例"),
            ("casino", "娛樂場幸運博彩"),
            ("mutual", "互相博彩"),
            ("lottery", "彩票"),
            ("promoter", "博彩中介人"),
            ("stats", "博彩統計資料"),
            ("responsible", "負責任博彩"),
        )
    )
    page = (
        '<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">'
        "<title>博彩監察協調局 - 澳門特別行政區政府</title>"
        '<meta name="keywords" content="博彩監察協調局,DICJ,澳門博彩,幸運博彩,娛樂場,博彩中介人,負責任博彩">'
        '<meta name="description" content="博彩監察協調局是負責協助制定及執行澳門特別行政區博彩業政策的部門。">'
        "</head><body>"
        '<div class="header"><a href="/"><img src="/images/logo.png" alt="博彩監察協調局"></a>'
        '<a href="/web/pt/">Português</a> <a href="/web/en/">English</a></div>'
        f'<div class="nav"><ul>{nav}</ul></div>'
        f'<div class="news"><h3>新聞</h3><ul>{rows}</ul><a class="more" href="/web/cn/news/">更多</a></div>'
        '<div class="stat"><h3>每月幸運博彩毛收入</h3><table><tr><th>月份</th><th>毛收入（百萬澳門元）</th></tr>'
        "<tr><td>2026年2月</td><td>19,875</td></tr><tr><td>2026年1月</td><td>18,562</td></tr></table></div>"
        '<div class="info"><h3>博彩業概況</h3><p>澳門現有六間承批公司經營娛樂場幸運博彩，'
        "娛樂場數目為30間。博彩中介人及合作人須向本局申請准照。市民如發現非法賭博活動，"
        "請致電本局舉報熱線。</p><p>負責任博彩：博彩前請設定預算，切勿沉迷賭博。</p></div>"
        '<div class="links"><a href="https://www.gov.mo/">澳門特別行政區政府入口網站</a>'
        '<a href="https://www.ias.gov.mo/">社會工作局</a><a href="https://www.fsm.gov.mo/psp/">治安警察局</a></div>'
        f'<div class="footer">© 博彩監察協調局 {TODAY.year}</div></body></html>'
    )
    return Case(
        "c2-dicj",
        {
            "/": page,
            "/web/cn/news/": page.replace(
                "<title>博彩監察協調局 -", "<title>新聞 - 博彩監察協調局 -"
            ),
        },
        False,
        host=MO_HOST,
        note="debatable only in degree: a regulator's page is made of gambling words",
    )


def lottery_centre() -> Case:
    """A provincial sports-lottery centre's own site (体育彩票管理中心)."""
    titles = (
        "体彩大乐透第26028期开奖公告",
        "竞彩足球2026年3月17日赛果开奖",
        "排列3、排列5第26068期开奖公告",
        "关于开展“体彩公益金助力全民健身”宣传活动的通知",
        "体育彩票即开型游戏“顶呱刮”新票上市",
        "省体育彩票管理中心2025年度彩票公益金筹集情况公告",
        "体彩实体店招募公告",
    )
    cols = (
        '<div class="col"><div class="hd"><h3>开奖公告</h3><a class="more" href="/kjgg/">更多</a></div>'
        f"<ul>{_items('kjgg', titles, 1, 1)}</ul></div>"
        '<div class="col"><h3>游戏介绍</h3><p>超级大乐透 排列3 排列5 七星彩 竞彩足球 竞彩篮球 '
        "胜负游戏 顶呱刮即开型彩票。购彩请到体彩实体店，理性购彩，量力而行。"
        "未满18周岁不得购买彩票及兑奖。中国体育彩票官方网站、中国体彩网提供开奖信息查询。</p></div>"
    )
    home = portal(
        title="浙江省体育彩票管理中心",
        name="浙江省体育彩票管理中心",
        columns=cols,
        keywords="体育彩票,大乐透,竞彩,体彩实体店,彩票公益金",
        description="浙江省体育彩票管理中心官方网站：开奖公告、游戏介绍、实体店查询、公益金公告。",
    )
    return Case(
        "c2-tiyucaipiao", {"/": home, "/kjgg/": list_page("kjgg", "开奖公告", titles, 1, 1)}, False
    )


def court_report() -> Case:
    """A court's news page: a 网络赌博 case, naming the gambling site's domain in text."""
    text = (
        "<p>近日，青溪县人民法院公开开庭审理了被告人王某某等五人开设赌场案。经审理查明，"
        "2022年以来，被告人王某某伙同他人搭建“金沙娱乐”赌博网站（网址：www.js6688.com），"
        "招揽赌客在该网站进行“百家乐”“时时彩”“北京赛车”等赌博活动，非法获利共计人民币"
        "300余万元。</p><p>法院认为，被告人以营利为目的，利用网络开设赌场，情节严重，"
        "其行为已构成开设赌场罪。依法判处被告人王某某有期徒刑五年，并处罚金人民币五十万元。</p>"
        "<p>法官提醒：网络赌博危害大，“稳赚不赔”是陷阱，请广大群众远离网络赌博，"
        "发现赌博网站请及时向公安机关举报。</p>"
    )
    cols = (
        '<div class="article"><h2>利用网络开设赌场 五被告人获刑</h2>'
        f'<div class="info">发布时间：{ago(2).isoformat()} 来源：青溪县人民法院</div>{text}</div>'
        '<div class="col"><div class="hd"><h3>法院新闻</h3><a class="more" href="/fyxw/">更多</a></div>'
        f"<ul>{_items('fyxw', NEWS, 1, 3)}</ul></div>"
    )
    home = portal(
        title="青溪县人民法院",
        name="青溪县人民法院",
        columns=cols,
        keywords="青溪法院,审判动态,以案说法",
    )
    return Case("c2-court", {"/": home, "/fyxw/": list_page("fyxw", "法院新闻", NEWS, 1, 3)}, False)


def skip_links() -> Case:
    """Visually hidden skip links and screen-reader text (Bootstrap's .sr-only and the
    GOV.UK .govuk-visually-hidden), one of them to another site."""
    top = (
        '<a class="sr-only sr-only-focusable" href="#main">跳转到主要内容</a>'
        '<a class="sr-only" href="https://www.cniil.com/">信息无障碍服务</a>'
        '<span class="govuk-visually-hidden">（在新窗口打开）</span>'
    )
    return Case("c2-sr-only", site_pages(portal(body_top=top)), False)


def honeypot() -> Case:
    """A 留言 form with honeypot fields (Mailchimp's off-screen input, a display:none
    field) and hidden inputs."""
    form = (
        '<form action="/hdjl/submit" method="post"><input type="hidden" name="token" value="a1b2c3">'
        '<input name="title" placeholder="标题"><textarea name="content"></textarea>'
        '<div style="position:absolute;left:-5000px" aria-hidden="true">'
        '<input type="text" name="b_7a9f3c_2d1e" tabindex="-1" value=""></div>'
        '<p style="display:none"><label>请勿填写<input name="website" autocomplete="off"></label></p>'
        '<input type="submit" value="提交"></form>'
    )
    return Case("c2-honeypot", site_pages(portal(footer_extra=form)), False)


def cookie_banner() -> Case:
    """A cookie-consent banner hidden until its script shows it (the `hidden`
    attribute), with links to the ICO and aboutcookies.org."""
    banner = (
        '<div class="cookie-consent" id="cc" hidden><p>We use cookies to make this site work.</p>'
        '<a href="https://ico.org.uk/for-the-public/online/cookies/">How cookies work</a>'
        '<a href="https://www.aboutcookies.org/">Manage cookies</a>'
        '<a href="https://www.allaboutcookies.org/">All about cookies</a>'
        '<button type="button">Accept</button></div>'
        "<script>if(!document.cookie.match(/cc=1/))document.getElementById('cc').hidden=false;</script>"
    )
    return Case("c2-cookie", {"/": council(hidden=banner)}, False, host=f"c2-cookie.{EN_DOMAIN}")


def print_only() -> Case:
    style = "<style>.print-only{display:none}@media print{.print-only{display:block}.nav,.footer{display:none}}</style>"
    block = (
        '<div class="print-only">本页打印自青溪县人民政府门户网站 http://www.qingxi.gov.cn/ '
        '技术支持：<a href="http://www.hanweb.com/">大汉网络</a> '
        '扫码阅读：<a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a> '
        '<a href="https://www.wenming.cn/">中国文明网</a></div>'
    )
    return Case("c2-print", site_pages(portal(head=style, footer_extra=block)), False)


def mega_menu() -> Case:
    """A hover mega-menu of 200 links to other government sites (and a few national
    media) hidden by CSS until hover."""
    sites = "".join(
        f'<a href="http://www.county{n:03d}.gov.cn/" target="_blank">第{n}县人民政府</a>'
        for n in range(190)
    )
    media = "".join(
        f'<a href="{u}" target="_blank">{t}</a>'
        for t, u in (
            ("学习强国", "https://www.xuexi.cn/"),
            ("中国文明网", "http://www.wenming.cn/"),
            ("求是网", "http://www.qstheory.cn/"),
            ("浙江在线", "https://www.zjol.com.cn/"),
            ("中国天气网", "http://www.weather.com.cn/"),
            ("12306", "https://www.12306.cn/"),
            ("国家电网", "https://www.95598.com.cn/"),
            ("中国移动", "https://www.10086.cn/"),
            ("中国邮政", "https://www.ems.com.cn/"),
            ("中国银行", "https://www.boc.cn/"),
        )
    )
    style = (
        "<style>.mega{display:none;position:absolute}.has-mega:hover .mega{display:block}</style>"
    )
    friends = f'<div class="yqlj"><ul><li class="has-mega"><span>政府网站群</span><div class="mega">{sites}{media}</div></li></ul></div>'
    return Case("c2-mega", site_pages(portal(head=style, friends=friends)), False)


def google_translate() -> Case:
    """The Google Translate widget as its script leaves the page (a saved copy)."""
    widget = (
        '<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr">'
        '<div id=":0.targetLanguage"><select class="goog-te-combo"><option value="">选择语言</option>'
        '<option value="en">英语</option></select></div>由 <span style="white-space:nowrap">'
        '<a class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com" target="_blank">'
        "Google</a></span> 翻译强力驱动</div></div>"
        '<div class="skiptranslate" style="display:none"><iframe class="skiptranslate" id=":1.container" '
        'src="https://translate.googleapis.com/translate_static/element" frameborder="0"></iframe></div>'
        "<script>function googleTranslateElementInit(){new google.translate.TranslateElement("
        "{pageLanguage:'zh-CN'},'google_translate_element');}</script>"
        '<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>'
    )
    return Case("c2-translate", site_pages(portal(footer_extra=widget)), False)


def own_frameset() -> Case:
    """A homepage that frames its own pages full size (a frameset-era site)."""
    host = f"c2-frames.{CN_DOMAIN}"
    home = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>青溪县人民政府</title></head>'
        '<body style="margin:0"><iframe src="http://'
        + host
        + '/web/index.html" width="100%" height="100%" '
        'frameborder="0" style="position:fixed;top:0;left:0;width:100%;height:100%;border:none"></iframe>'
        "</body></html>"
    )
    inner = portal()
    pages = {**site_pages(inner), "/": home, "/web/index.html": inner}
    return Case("c2-frames", pages, False)


def meta_one_term() -> Case:
    """An honest county portal with one gambling word in its keywords (a 打击赌博 campaign
    page's keywords copied to the homepage template)."""
    keywords = "青溪县,政务公开,打击网络赌博,六合彩"
    return Case("c2-meta-one", site_pages(portal(keywords=keywords)), False)


HACKED: tuple[Callable[[], Case], ...] = (
    trad_hidden,
    trad_visible,
    zero_width,
    full_width,
    entity_anchors,
    tag_split,
    homoglyphs,
    noscript_links,
    clip_rect,
    opacity_zero,
    scale_zero,
    script_offscreen,
    script_display_none,
    hidden_attribute,
    aria_offscreen,
    script_title,
    tiny_white_footer,
    meta_keywords_only,
    remote_script_after_doctype,
    nav_parasite,
    sitemap_parasite,
    ua_cloaking,
)
CLEAN: tuple[Callable[[], Case], ...] = (
    macau_regulator,
    lottery_centre,
    court_report,
    skip_links,
    honeypot,
    cookie_banner,
    print_only,
    mega_menu,
    google_translate,
    own_frameset,
    meta_one_term,
)
CASES = HACKED + CLEAN
