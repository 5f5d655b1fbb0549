"""Blind round 6: single article pages, written before any scan.

Each page is built the way the named CMS / portal builds it (chrome, menus,
sidebars with newer dates, footers with copyright years, scripts), and each
carries its truth: the publication date a human reader would give the page
(or None when the page has no date of its own).

Judged as of NOW. Kinds not covered by earlier rounds: Arc XP "Published ...
| Updated ...", Ghost gh-article-meta-date, Medium "min read ·", Substack
preloads, Drupal "Submitted by ... on Fri, 11/20/2026 - 10:42", media
release bars, university recent-news sidebars, JSON-LD @graph, modified-only
meta, AMP, translated pages, print-issue dates, NHS review dates; Chinese
portals (split Xinhua header, 澎湃 Next.js, 界面, 凤凰, 专题, WeChat copies),
traditional Chinese (聯合新聞網, 中央社, 香港01, 明報, 自由時報).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

NOW = dt.date(2026, 11, 26)


@dataclass(frozen=True)
class Article:
    slug: str
    url: str
    html: str
    expected: str | None  # ISO date or None
    note: str


# ---------------------------------------------------------------- filler

_LOREM_EN = [
    "The council said the new scheme would be reviewed after its first year, with residents invited to comment "
    "through the consultation portal and at a series of drop-in sessions across the district.",
    "Officials cautioned that the figures are provisional and may be revised once the final returns from regional "
    "offices have been reconciled with the national statistics office.",
    "Critics argued the proposal did not go far enough, pointing to waiting lists that have grown steadily since "
    "the programme was first announced, while supporters welcomed the additional funding.",
    "Researchers collected samples from more than forty sites along the estuary over three seasons, comparing "
    "sediment cores with records kept by the harbour authority since the nineteenth century.",
    "The committee will publish its recommendations in the spring, after hearing evidence from trade unions, "
    "employers, local authorities and the independent regulator.",
    "Local businesses reported a mixed picture, with footfall in the town centre recovering but costs for energy "
    "and insurance remaining well above their pre-pandemic levels.",
    "In a statement, the department said it remained committed to working with partners to deliver the changes "
    "on time, and that further guidance would follow in the coming weeks.",
    "The data show a sharp regional divide: the north-west recorded the largest increase, while two coastal "
    "authorities saw small falls for the first time in a decade.",
]

_LOREM_ZH = [
    "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。",
    "据介绍，今年以来全市累计新开工重点项目一百二十个，完成投资同比增长百分之八点六，为全年目标任务完成奠定了坚实基础。",
    "各地各部门要进一步压实工作责任，细化落实举措，加强统筹协调，确保各项政策措施落地见效，切实增强人民群众获得感。",
    "专家表示，随着一系列稳增长政策持续发力，市场预期逐步改善，消费和投资需求有望进一步释放，经济回升向好态势将更加巩固。",
    "活动现场，志愿者们为群众提供政策咨询、健康义诊、法律援助等服务，受到居民广泛欢迎，现场气氛热烈。",
    "下一步，将持续深化“放管服”改革，优化营商环境，推动更多政务服务事项实现“一网通办”“跨省通办”。",
    "记者从有关部门了解到，今冬明春供暖保障工作已全面部署，煤炭、天然气储备充足，能够满足群众取暖需求。",
    "据统计，截至目前，全省已建成各类养老服务设施一万余处，基本形成居家社区机构相协调、医养康养相结合的养老服务体系。",
]

_LOREM_TW = [
    "行政院今日召開院會，院長指示各部會加速推動相關計畫，並持續與地方政府密切合作，確保政策執行成效。",
    "氣象署表示，受東北季風影響，北部及東北部地區天氣轉涼，民眾外出應注意保暖，並留意局部短暫陣雨。",
    "業者指出，今年第三季出口訂單優於預期，但國際情勢仍有不確定性，對明年景氣維持審慎樂觀看法。",
    "市府表示，新制上路後將設置過渡期，期間以勸導為主，並透過社區說明會向市民說明相關規定。",
    "立法院財政委員會今天審查預算案，多名委員關切特別預算執行進度，要求主管機關提出具體改善措施。",
    "專家建議，政府應加強長照人力培育，並檢討給付制度，以因應高齡化社會帶來的照顧需求。",
]

_CSS_RULES = "\n".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) % 0xFFFFFF:06x};"
    f"font-size:{12 + i % 6}px;line-height:1.{i % 9}}}"
    for i in range(260)
)

_ANALYTICS = """
<script>
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K9X2QW');
</script>
<script>
window.__consent = {version: 4, categories: ["necessary", "analytics", "marketing"], banner: true};
function _loadAds(){var s=document.createElement('script');s.src='/static/ads/prebid.8.52.min.js';document.head.appendChild(s);}
if (window.__consent.banner) { document.addEventListener('DOMContentLoaded', _loadAds); }
</script>
"""


def _paras(pool: list[str], k: int, n: int) -> str:
    return "\n".join(f"<p>{pool[(k + i) % len(pool)]}</p>" for i in range(n))


def _en_nav(site: str, sections: list[str]) -> str:
    items = []
    for s in sections:
        slug = s.lower().replace(" ", "-").replace("&", "and")
        subs = "".join(
            f'<li><a href="/{slug}/{t.lower()}">{s} {t}</a></li>'
            for t in ["Latest", "Analysis", "Opinion", "Video", "Explainers", "Newsletters"]
        )
        items.append(
            f'<li class="nav-item has-dropdown"><a href="/{slug}/" class="nav-link">{s}</a>'
            f'<div class="mega"><ul class="mega-col">{subs}</ul></div></li>'
        )
    return (
        f'<header class="site-header"><div class="masthead"><a class="logo" href="/">'
        f'<svg viewBox="0 0 200 40" aria-label="{site}"><path d="M0 0h200v40H0z" fill="#111"/></svg></a>'
        f'<button class="menu-toggle" aria-expanded="false">Menu</button>'
        f'<form class="search" action="/search"><input name="q" placeholder="Search {site}"></form>'
        f'<a class="subscribe" href="/subscribe">Subscribe</a><a class="signin" href="/account">Sign in</a></div>'
        f'<nav class="primary-nav" aria-label="Sections"><ul>{"".join(items)}</ul></nav></header>'
    )


def _en_footer(site: str, year: int = 2026) -> str:
    cols = []
    for title, links in [
        ("About", ["About us", "Careers", "Contact", "Corrections", "Ethics policy", "Press"]),
        ("Subscribe", ["Digital access", "Home delivery", "Gift subscriptions", "Newsletters", "Podcasts"]),
        ("Help", ["Help centre", "Accessibility", "Cookie settings", "Privacy policy", "Terms of use"]),
        ("Follow", ["Facebook", "Instagram", "X", "YouTube", "LinkedIn", "RSS"]),
    ]:
        lis = "".join(f'<li><a href="/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in links)
        cols.append(f'<div class="footer-col"><h4>{title}</h4><ul>{lis}</ul></div>')
    return (
        f'<footer class="site-footer"><div class="footer-cols">{"".join(cols)}</div>'
        f'<p class="copyright">&copy; 1996&ndash;{year} {site}. All rights reserved.</p></footer>'
    )


def _en_page(title: str, site: str, head_extra: str, body: str, *, lang: str = "en",
             sections: list[str] | None = None, html_attrs: str = "") -> str:
    sections = sections or ["News", "Politics", "Business", "Tech", "Science", "Health", "Sport",
                            "Culture", "Travel", "Opinion"]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} | {site}</title>{head_extra}"
        f"<style>{_CSS_RULES}</style>{_ANALYTICS}</head>\n<body>"
        f'<a class="skip" href="#main">Skip to content</a>'
        f'<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. '
        f'<a href="/privacy">Learn more</a></p><button>Accept all</button><button>Reject</button></div>'
        f"{_en_nav(site, sections)}\n<main id=\"main\">{body}</main>\n{_en_footer(site)}"
        f'<script src="/assets/app.3f9c1d.js" defer></script></body></html>'
    )


def _en_teasers(title: str, items: list[tuple[str, str]], cls: str = "related") -> str:
    lis = "".join(
        f'<li class="{cls}-item"><a href="/news/{i}-{abs(hash(t)) % 99999}">{t}</a>'
        f'<span class="{cls}-date">{d}</span></li>'
        for i, (t, d) in enumerate(items)
    )
    return f'<aside class="{cls}"><h3>{title}</h3><ul>{lis}</ul></aside>'


def _zh_nav(site: str) -> str:
    chans = ["首页", "时政", "国际", "财经", "社会", "科技", "教育", "文化", "体育", "评论", "视频", "图片",
             "地方", "理论", "党建", "健康", "旅游", "汽车", "房产", "专题"]
    lis = "".join(f'<li><a href="/{i}/index.html" target="_blank">{c}</a></li>' for i, c in enumerate(chans))
    return (
        f'<div class="topbar"><div class="w1200"><span class="fl">{site}客户端</span>'
        f'<a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/app">下载APP</a></div></div>'
        f'<div class="header w1200"><a href="/" class="logo"><img src="/img/logo.png" alt="{site}"></a>'
        f'<form action="/search" class="sch"><input name="keyword" placeholder="请输入关键词"><button>搜索</button></form></div>'
        f'<div class="nav"><ul class="w1200">{lis}</ul></div>'
    )


def _zh_footer(site: str, icp: str, year: int = 2026) -> str:
    links = "".join(f'<a href="/about/{i}.html">{t}</a> | ' for i, t in enumerate(
        ["关于我们", "广告服务", "合作加盟", "供稿服务", "招聘信息", "网站声明", "联系我们", "网站地图"]))
    return (
        f'<div class="footer"><div class="w1200"><p>{links}</p>'
        f'<p>{site} 版权所有，未经书面授权禁止使用</p>'
        f'<p>Copyright &copy; 1997-{year} by www.{site}.cn. all rights reserved</p>'
        f'<p><a href="https://beian.miit.gov.cn/">{icp}</a> 互联网新闻信息服务许可证10120170001 '
        f'<img src="/img/ga.png">京公网安备11000002000001号</p>'
        f'<p>违法和不良信息举报电话：010-12345678 举报邮箱：jubao@{site}.cn</p></div></div>'
    )


def _zh_page(title: str, site: str, head_extra: str, body: str, icp: str = "京ICP证000001号",
             *, charset: str = "utf-8", lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}">'
        f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        f"<title>{title}--{site}</title>{head_extra}<style>{_CSS_RULES}</style>"
        f'<script src="/js/jquery-1.12.4.min.js"></script>'
        f"<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement('script');"
        f"hm.src='https://hm.baidu.com/hm.js?0a1b2c3d4e5f';var s=document.getElementsByTagName('script')[0];"
        f"s.parentNode.insertBefore(hm,s);}})();</script></head>\n<body>"
        f"{_zh_nav(site)}\n{body}\n{_zh_footer(site, icp)}</body></html>"
    )


def _zh_list(title: str, items: list[tuple[str, str]], cls: str = "relnews") -> str:
    lis = "".join(
        f'<li><a href="/n1/2026/{d[5:7]}{d[8:10]}/c{1000 + i}-{30000 + i * 7}.html" target="_blank">{t}</a>'
        f"<span>{d}</span></li>"
        for i, (t, d) in enumerate(items)
    )
    return f'<div class="{cls}"><h3>{title}</h3><ul>{lis}</ul></div>'


_ZH_HEADS = [
    "国务院常务会议部署进一步扩大内需", "全国冬季农业生产形势总体平稳", "多地出台措施支持民营经济发展",
    "铁路部门加开旅客列车应对客流高峰", "我国成功发射新一代气象卫星", "文化和旅游部发布冬季旅游线路",
    "教育部：做好2027届高校毕业生就业工作", "国家医保局推进药品集中带量采购", "全国统一大市场建设取得新进展",
    "住建部：加快推进城市更新行动",
]
_TW_HEADS = [
    "立院三讀通過修正案 明年元旦上路", "東北季風增強 北部低溫下探14度", "台股收盤大漲 成交量創波段新高",
    "北市公車路線調整 下月起實施", "高鐵連假加開班次 明起開放購票", "衛福部宣布擴大流感疫苗接種對象",
]
_EN_HEADS = [
    "Council approves budget after late-night session", "Storm warning issued for coastal areas",
    "Rail operator announces winter timetable changes", "Hospital waiting lists fall for third month",
    "New cycle lanes open across city centre", "University team wins national science prize",
    "Ministers set out plans for housing reform", "Local library reopens after refurbishment",
]


def _heads(pool: list[str], dates: list[str]) -> list[tuple[str, str]]:
    return [(pool[i % len(pool)], d) for i, d in enumerate(dates)]


# ---------------------------------------------------------------- English pages

def en_arcxp_published_updated() -> Article:
    url = "https://www.citytribune.example/news/2026/11/20/county-board-approves-transit-levy/"
    fusion = {
        "_id": "5ZQK3XWJ7FDQ3B",
        "type": "story",
        "canonical_url": "/news/2026/11/20/county-board-approves-transit-levy/",
        "display_date": "2026-11-20T20:04:00Z",
        "first_publish_date": "2026-11-20T20:04:00Z",
        "last_updated_date": "2026-11-21T14:12:31Z",
        "headlines": {"basic": "County board approves transit levy for 2027 ballot"},
    }
    body = (
        '<article class="b-article"><div class="c-overline"><a href="/news/local/">Local News</a></div>'
        '<h1 class="c-heading">County board approves transit levy for 2027 ballot</h1>'
        '<div class="b-byline"><span class="c-byline">By <a href="/people/jane-ortiz/">Jane Ortiz</a></span>'
        '<div class="c-date"><span class="published">Published Nov. 20, 2026 at 3:04 p.m. EST</span> | '
        '<span class="updated">Updated Nov. 21, 2026 at 9:12 a.m. EST</span></div></div>'
        f'<div class="b-article-body">{_paras(_LOREM_EN, 0, 12)}</div></article>'
        + _en_teasers("Most read", _heads(_EN_HEADS, ["Nov. 25, 2026", "Nov. 24, 2026", "Nov. 24, 2026",
                                                      "Nov. 23, 2026", "Nov. 22, 2026"]), "most-read")
        + f'<script id="fusion-metadata">window.Fusion=window.Fusion||{{}};'
        f'Fusion.globalContent={json.dumps(fusion)};Fusion.deployment="2417";</script>'
    )
    head = f'<meta property="og:type" content="article"><link rel="canonical" href="{url}">'
    return Article("en_arcxp_published_updated", url,
                   _en_page("County board approves transit levy", "City Tribune", head, body),
                   "2026-11-20", "Arc XP visible 'Published ... | Updated ...'; Fusion JSON; most-read newer")


def en_arcxp_updated_first() -> Article:
    url = "https://www.coastalherald.example/politics/2026/11/18/state-senate-passes-water-bill/"
    body = (
        '<article><h1 class="headline">State Senate passes water rights bill on party-line vote</h1>'
        '<div class="byline-wrap"><span class="author">By Marcus Lee and Priya Shah</span>'
        '<div class="timestamp"><span>Updated November 24, 2026 at 6:40 a.m. PST</span>'
        '<span class="sep"> · </span><span>Published November 18, 2026 at 5:15 p.m. PST</span></div></div>'
        f'<div class="article-body">{_paras(_LOREM_EN, 3, 14)}</div></article>'
        + _en_teasers("More in Politics", _heads(_EN_HEADS, ["November 25, 2026", "November 25, 2026",
                                                             "November 23, 2026", "November 21, 2026"]))
    )
    return Article("en_arcxp_updated_first", url,
                   _en_page("State Senate passes water rights bill", "Coastal Herald", "", body),
                   "2026-11-18", "Updated shown before Published; both visible; no meta")


def en_ghost_time() -> Article:
    url = "https://blog.tinyfoundry.example/why-we-moved-our-builds-to-arm/"
    cards = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="/post-{i}/"><h3 class="gh-card-title">'
        f'{t}</h3><footer class="gh-card-meta"><time class="gh-card-date" datetime="{d}">{lbl}</time>'
        f'</footer></a></article>'
        for i, (t, d, lbl) in enumerate([
            ("Shipping the new billing page", "2026-11-25", "Nov 25, 2026"),
            ("Postmortem: the Tuesday outage", "2026-11-23", "Nov 23, 2026"),
            ("What we learned from 1,000 support tickets", "2026-11-21", "Nov 21, 2026"),
        ])
    )
    body = (
        '<article class="gh-article post tag-engineering"><header class="gh-article-header gh-canvas">'
        '<a class="gh-article-tag" href="/tag/engineering/">Engineering</a>'
        '<h1 class="gh-article-title">Why we moved our builds to ARM</h1>'
        '<p class="gh-article-excerpt">Faster CI, lower bills, and a few surprises along the way.</p>'
        '<div class="gh-article-meta"><div class="gh-article-author-image"><a href="/author/ana/">'
        '<img src="/content/images/ana.jpg" alt="Ana Ruiz"></a></div><div class="gh-article-meta-wrapper">'
        '<h4 class="gh-article-author-name"><a href="/author/ana/">Ana Ruiz</a></h4>'
        '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-11-19">'
        'Nov 19, 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 7 min read</span>'
        '</div></div></div></header>'
        f'<section class="gh-content gh-canvas">{_paras(_LOREM_EN, 1, 12)}</section></article>'
        f'<aside class="gh-read-next gh-canvas"><h2 class="gh-read-next-title">Read more</h2>'
        f'<div class="gh-feed">{cards}</div></aside>'
    )
    head = '<meta name="generator" content="Ghost 5.96"><meta property="og:type" content="article">'
    return Article("en_ghost_time", url,
                   _en_page("Why we moved our builds to ARM", "Tiny Foundry", head, body,
                            sections=["Home", "Engineering", "Product", "Company", "Changelog"]),
                   "2026-11-19", "Ghost time.gh-article-meta-date; read-more cards newer; no article meta")


def en_medium_readtime() -> Article:
    url = "https://medium.example/@dkovac/the-quiet-cost-of-feature-flags-3f9a1c2b7e4d"
    more = "".join(
        f'<div class="pw-more"><h2>{t}</h2><p class="be b">{r} min read<span> · </span>{d}</p></div>'
        for t, r, d in [("Ten years of on-call", 6, "Nov 24, 2026"), ("Monorepos, revisited", 9, "Nov 22, 2026"),
                        ("Naming things, again", 4, "Nov 21, 2026")]
    )
    body = (
        '<div class="l ae"><article><div class="ab ca"><h1 class="pw-post-title" data-testid="storyTitle">'
        'The quiet cost of feature flags</h1><div class="speechify-ignore ab cp"><div class="ab q">'
        '<a href="/@dkovac" data-testid="authorName">Dana Kovač</a><span> · </span>'
        '<a href="/@dkovac/followers">Follow</a></div><div class="ab ae"><span data-testid="storyReadTime">'
        '5 min read</span><span> · </span><span data-testid="storyPublishDate">Nov 20, 2026</span></div></div>'
        f'<section class="pw-post-body">{_paras(_LOREM_EN, 2, 11)}</section></div></article>'
        f'<div class="more-from"><h2>More from Dana Kovač</h2>{more}</div></div>'
    )
    return Article("en_medium_readtime", url,
                   _en_page("The quiet cost of feature flags", "Medium", '<meta property="og:type" content="article">',
                            body, sections=["Write", "Notifications", "Lists", "Stories", "Stats"]),
                   "2026-11-20", "Medium '5 min read · Nov 20, 2026'; more-from newer")


def en_substack_preloads() -> Article:
    url = "https://thebriefing.substack.example/p/the-week-in-housing-policy"
    preload = {
        "post": {"id": 151234567, "title": "The week in housing policy", "slug": "the-week-in-housing-policy",
                 "post_date": "2026-11-17T13:00:52.123Z", "updated_at": "2026-11-25T09:14:02.871Z",
                 "audience": "everyone", "reactions": {"❤": 214}},
        "pub": {"name": "The Briefing", "subdomain": "thebriefing"},
    }
    body = (
        '<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">'
        '<h1 class="post-title published">The week in housing policy</h1>'
        '<h3 class="subtitle">Zoning reform stalls, rents cool, and a surprise from the Fed</h3>'
        '<div class="pencraft pc-display-flex pc-gap-12"><div class="pencraft pc-reset">'
        '<a href="https://substack.example/@mholt">Maya Holt</a></div>'
        '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El">Nov 17, 2026</div>'
        '</div></div><div class="available-content"><div class="body markup" dir="auto">'
        f'{_paras(_LOREM_EN, 4, 13)}</div></div>'
        '<div class="post-footer"><a class="button" href="/subscribe">Subscribe</a></div>'
        '<div class="comments-section"><div class="comment"><span class="date">Nov 25</span><p>Great roundup.</p>'
        '</div><div class="comment"><span class="date">Nov 24</span><p>The Fed piece was spot on.</p></div></div>'
        "</div></div></div>"
        f"<script>window._preloads = JSON.parse({json.dumps(json.dumps(preload))})</script>"
    )
    return Article("en_substack_preloads", url,
                   _en_page("The week in housing policy", "The Briefing", "", body,
                            sections=["Home", "Archive", "About"]),
                   "2026-11-17", "Substack pencraft date div; _preloads post_date; comments yearless newer")


def en_drupal_submitted() -> Article:
    url = "https://www.parksdistrict.example/news/winter-trail-closures-announced"
    body = (
        '<div class="region region-content"><div id="block-system-main" class="block block-system">'
        '<div id="node-2841" class="node node-article node-promoted clearfix" about="/news/winter-trail-closures-'
        'announced" typeof="sioc:Item foaf:Document"><h1 class="title">Winter trail closures announced</h1>'
        '<div class="meta submitted"><span property="dc:date dc:created" content="2026-11-20T10:42:17-06:00" '
        'datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" typeof="sioc:UserAccount" '
        'property="foaf:name">admin</span> on Fri, 11/20/2026 - 10:42</span></div>'
        f'<div class="content"><div class="field field-name-body">{_paras(_LOREM_EN, 5, 9)}</div></div>'
        "</div></div></div>"
        '<div class="region region-sidebar-second"><div class="block block-views"><h2>Upcoming events</h2>'
        '<div class="view-content"><div class="views-row"><span class="date-display-single">12/05/2026</span> '
        'Holiday lights walk</div><div class="views-row"><span class="date-display-single">12/12/2026</span> '
        'Snowshoe clinic</div></div></div></div>'
    )
    head = '<meta name="Generator" content="Drupal 7 (http://drupal.org)">'
    return Article("en_drupal_submitted", url,
                   _en_page("Winter trail closures announced", "Parks District", head, body,
                            sections=["Parks", "Programs", "Events", "Facilities", "About", "News"]),
                   "2026-11-20", "Drupal 7 'Submitted by admin on Fri, 11/20/2026 - 10:42'; RDFa content; future events")


def en_drupal_submitted_us_ambiguous() -> Article:
    url = "https://www.townofmillbrook.example/node/1187"
    body = (
        '<div class="node node--type-news node--view-mode-full"><h1 class="page-title"><span>'
        'Leaf collection schedule for November</span></h1>'
        '<div class="node__meta"><span>Submitted by <span class="field--name-uid">clerk</span> on '
        'Tue, 11/03/2026 - 14:05</span></div>'
        f'<div class="node__content clearfix"><div class="field--name-body">{_paras(_LOREM_EN, 6, 8)}</div></div></div>'
        '<aside class="sidebar"><h2>Latest news</h2><ul><li><a href="/node/1201">Snow emergency routes</a> '
        '11/24/2026</li><li><a href="/node/1199">Thanksgiving office hours</a> 11/19/2026</li></ul></aside>'
    )
    return Article("en_drupal_submitted_us_ambiguous", url,
                   _en_page("Leaf collection schedule for November", "Town of Millbrook",
                            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">', body,
                            sections=["Government", "Departments", "Residents", "Business", "News"]),
                   "2026-11-03", "US mm/dd with weekday (Tue 11/03 = Nov 3, not 11 Mar); sidebar newer")


def en_gov_media_release() -> Article:
    url = "https://www.health.gov.example/ministers/media-releases/new-funding-for-rural-clinics"
    body = (
        '<div class="au-body"><nav class="au-breadcrumbs"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/ministers">Ministers</a></li><li>Media releases</li></ul></nav>'
        '<article class="ministers-release"><p class="release-meta"><span class="release-type">Media release</span> | '
        '<span class="release-date">20 November 2026</span></p>'
        '<h1>New funding for rural clinics</h1><p class="minister">The Hon. Sam Rivers MP, Minister for Health</p>'
        f'{_paras(_LOREM_EN, 7, 9)}<p><strong>Media contact:</strong> 02 6000 0000</p></article>'
        '<aside class="related-releases"><h2>Related media releases</h2><ul>'
        '<li><a href="/m/1">Aged care workforce boost</a><span>25 November 2026</span></li>'
        '<li><a href="/m/2">Medicare bulk billing update</a><span>23 November 2026</span></li></ul></aside>'
        '<p class="page-updated">Last updated: 24 November 2026</p></div>'
    )
    return Article("en_gov_media_release", url,
                   _en_page("New funding for rural clinics", "Department of Health", "", body,
                            sections=["Topics", "Resources", "Ministers", "About us", "Contact"]),
                   "2026-11-20", "'Media release | 20 November 2026'; related newer; page last updated later")


def en_university_recent_news() -> Article:
    url = "https://www.northvale.ac.example/news/2026/11/telescope-array-first-light"
    recent = "".join(
        f'<li class="news-teaser"><a href="/news/{i}">{t}</a><p class="news-date">{d}</p></li>'
        for i, (t, d) in enumerate([
            ("Students win robotics championship", "25 November 2026"),
            ("New chancellor installed", "24 November 2026"),
            ("Library extends exam-season hours", "23 November 2026"),
            ("Alumni award nominations open", "21 November 2026"),
        ])
    )
    body = (
        '<div class="container"><div class="row"><div class="col-md-8"><article class="news-article">'
        '<h1>Telescope array sees first light</h1><p class="lead">Physicists celebrate a milestone years in the making.</p>'
        '<div class="article-info"><span class="category">Research</span>'
        '<span class="date">18 November 2026</span></div>'
        f'{_paras(_LOREM_EN, 3, 10)}<p class="media-enquiries">Media enquiries: press@northvale.ac.example</p>'
        '</article></div><div class="col-md-4"><aside class="sidebar"><h2>Recent news</h2>'
        f'<ul class="news-list">{recent}</ul></aside></div></div></div>'
    )
    return Article("en_university_recent_news", url,
                   _en_page("Telescope array sees first light", "Northvale University", "", body,
                            sections=["Study", "Research", "Engage", "About", "News", "Events", "Alumni"]),
                   "2026-11-18", "university article date; 'Recent news' sidebar with newer dates listed first")


def en_jsonld_graph_news_article() -> Article:
    url = "https://www.harbourpost.example/business/port-expansion-contract-signed-4821"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://www.harbourpost.example/#org", "name": "Harbour Post",
             "foundingDate": "1882"},
            {"@type": "WebSite", "@id": "https://www.harbourpost.example/#website", "publisher":
                {"@id": "https://www.harbourpost.example/#org"}},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Business", "item": "https://www.harbourpost.example/business/"}]},
            {"@type": "NewsArticle", "@id": url + "#article", "headline": "Port expansion contract signed",
             "datePublished": "2026-11-17T08:00:00+00:00", "dateModified": "2026-11-24T16:45:00+00:00",
             "author": [{"@type": "Person", "name": "Tom Achebe"}],
             "publisher": {"@id": "https://www.harbourpost.example/#org"}},
        ],
    }
    body = (
        '<article class="story"><h1>Port expansion contract signed</h1>'
        '<div class="story-meta"><span class="author">Tom Achebe</span>'
        '<span class="updated">Last updated 24 November 2026</span></div>'
        f'<div class="story-body">{_paras(_LOREM_EN, 1, 12)}</div></article>'
        + _en_teasers("Latest", _heads(_EN_HEADS, ["25 Nov 2026", "25 Nov 2026", "24 Nov 2026"]))
    )
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    return Article("en_jsonld_graph_news_article", url,
                   _en_page("Port expansion contract signed", "Harbour Post", head, body),
                   "2026-11-17", "NewsArticle inside JSON-LD @graph; visible only 'Last updated'")


def en_modified_time_only() -> Article:
    url = "https://www.ruralbroadband.example/guides/checking-coverage-at-your-address"
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:modified_time" content="2026-11-22T11:03:47+00:00">'
        '<meta property="og:updated_time" content="2026-11-22T11:03:47+00:00">'
    )
    body = (
        '<div class="entry"><h1 class="entry-title">Checking coverage at your address</h1>'
        f'<div class="entry-content">{_paras(_LOREM_EN, 2, 10)}</div></div>'
        '<div class="widget"><h3>Popular guides</h3><ul><li><a href="/g/1">Choosing a provider</a></li>'
        '<li><a href="/g/2">Vouchers explained</a></li></ul></div>'
    )
    return Article("en_modified_time_only", url,
                   _en_page("Checking coverage at your address", "Rural Broadband", head, body,
                            sections=["Guides", "Coverage", "Vouchers", "News", "Contact"]),
                   "2026-11-22", "only article:modified_time (no published, nothing visible): best date is it")


def en_amp_article() -> Article:
    url = "https://www.metroledger.example/amp/news/2026/11/19/tram-line-extension-approved"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram line extension approved",
          "datePublished": "2026-11-19T07:30:00Z", "dateModified": "2026-11-19T12:10:00Z",
          "image": ["https://www.metroledger.example/i/tram.jpg"]}
    head = (
        '<link rel="canonical" href="https://www.metroledger.example/news/2026/11/19/tram-line-extension-approved">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
    )
    body = (
        '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar>'
        '<article><h1>Tram line extension approved</h1><div class="meta"><span class="byline">By Leah Moss</span> '
        '<time datetime="2026-11-19T07:30:00Z">19 Nov 2026</time></div>'
        '<amp-img src="/i/tram.jpg" width="1200" height="675" layout="responsive" alt="Tram"></amp-img>'
        f'{_paras(_LOREM_EN, 5, 10)}</article>'
        '<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-XXXX"}}</script></amp-analytics>'
    )
    return Article("en_amp_article", url,
                   _en_page("Tram line extension approved", "Metro Ledger", head, body, html_attrs=' amp'),
                   "2026-11-19", "AMP page; JSON-LD + time element")


def en_translated_with_byline() -> Article:
    url = "https://www.borderlines.example/en/2026/11/20/migrant-shelters-winter"
    body = (
        '<article class="post"><h1>Shelters along the border brace for winter</h1>'
        '<div class="post-meta"><span class="author">By Lucía Fernández</span> '
        '<span class="date">November 20, 2026</span></div>'
        f'<div class="post-content">{_paras(_LOREM_EN, 6, 10)}'
        '<p class="translation-note"><em>This story was originally published in Spanish on 18 de noviembre de 2026 '
        'by our partner <a href="https://www.elfaro.example/">El Faro Fronterizo</a>. Translated by Ben Cole.</em></p>'
        '</div></article>'
    )
    return Article("en_translated_with_byline", url,
                   _en_page("Shelters along the border brace for winter", "Borderlines", "", body),
                   "2026-11-20", "English version's own byline date; Spanish original date in a note")


def en_translated_only_note() -> Article:
    url = "https://www.borderlines.example/en/stories/water-cooperatives-sonora"
    body = (
        '<article class="post"><h1>The water cooperatives of Sonora</h1>'
        '<div class="post-meta"><span class="author">By Andrés Molina</span></div>'
        '<p class="translation-note"><em>Originally published in Spanish on 18 de noviembre de 2026. '
        'Leer en español.</em></p>'
        f'<div class="post-content">{_paras(_LOREM_EN, 0, 11)}</div></article>'
    )
    return Article("en_translated_only_note", url,
                   _en_page("The water cooperatives of Sonora", "Borderlines", "", body),
                   "2026-11-18", "only date on page is the Spanish original's, written in Spanish")


def en_magazine_print_issue() -> Article:
    url = "https://www.thequarterly.example/magazine/2026/11/30/the-last-lighthouse-keepers"
    body = (
        '<article class="article"><div class="rubric">A Reporter at Large</div>'
        '<h1>The Last Lighthouse Keepers</h1><p class="dek">On a remote coast, an old job refuses to die.</p>'
        '<div class="byline">By Helen Park</div><time class="pub-date">November 23, 2026</time>'
        f'<div class="body">{_paras(_LOREM_EN, 4, 14)}</div>'
        '<p class="print-note"><em>Published in the print edition of the November 30, 2026, issue, with the '
        'headline “Keepers of the Light.”</em></p></article>'
    )
    return Article("en_magazine_print_issue", url,
                   _en_page("The Last Lighthouse Keepers", "The Quarterly", "", body,
                            sections=["Newsletter", "Magazine", "Culture", "Books", "Fiction", "Puzzles"]),
                   "2026-11-23", "online date; print issue date (future, in URL too) must not win")


def en_atlantic_style() -> Article:
    url = "https://www.theforum.example/ideas/archive/2026/10/why-cities-stopped-building/680321/"
    body = (
        '<article><header class="ArticleHeader"><p class="ArticleRubric">Ideas</p>'
        '<h1 class="ArticleTitle">Why Cities Stopped Building</h1>'
        '<div class="ArticleBylines"><address>By <a href="/author/r-okafor/">Ruth Okafor</a></address></div>'
        '<time class="ArticleTimestamp" datetime="2026-10-05T10:00:00Z">October 5, 2026, 6 AM ET</time></header>'
        f'<section class="ArticleBody">{_paras(_LOREM_EN, 2, 14)}</section></article>'
        + _en_teasers("Popular", _heads(_EN_HEADS, ["November 25, 2026", "November 24, 2026"]))
    )
    return Article("en_atlantic_style", url,
                   _en_page("Why Cities Stopped Building", "The Forum", "", body),
                   "2026-10-05", "time with datetime, 'October 5, 2026, 6 AM ET'; popular newer")


def en_verge_style_updated() -> Article:
    url = "https://www.gadgetwire.example/2026/11/16/phone-review-battery"
    body = (
        '<article><h1 class="duet--article--headline">The new phone has the best battery we have tested</h1>'
        '<div class="duet--article--byline"><span>By <a href="/authors/sam">Sam Ito</a></span>'
        '<div><span class="updated">Updated Nov 25, 2026, 4:02 PM UTC</span></div>'
        '<div><time datetime="2026-11-16T14:00:00+00:00">Nov 16, 2026, 2:00 PM UTC</time></div></div>'
        f'<div class="duet--article--body">{_paras(_LOREM_EN, 1, 12)}</div>'
        '<div class="comments"><span>48 Comments</span></div></article>'
    )
    return Article("en_verge_style_updated", url,
                   _en_page("The new phone has the best battery", "GadgetWire", "", body,
                            sections=["Tech", "Reviews", "Science", "Entertainment", "AI", "Policy"]),
                   "2026-11-16", "'Updated Nov 25' above the time element of publication")


def en_nhs_last_reviewed() -> Article:
    url = "https://www.health.example.uk/conditions/chickenpox/"
    body = (
        '<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper"><h1>Chickenpox</h1>'
        f'{_paras(_LOREM_EN, 3, 9)}'
        '<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 12 March 2025<br>'
        'Next review due: 12 March 2028</p></div></main></div>'
    )
    return Article("en_nhs_last_reviewed", url,
                   _en_page("Chickenpox", "Health Service", "", body,
                            sections=["Health A to Z", "Live Well", "Mental health", "Care and support"]),
                   "2025-03-12", "'Page last reviewed' is the page's date; future 'Next review due' must not win")


def en_podcast_episode() -> Article:
    url = "https://www.civicpod.example/episodes/142-the-budget-explained"
    eps = "".join(
        f'<li class="ep"><a href="/episodes/{n}">Episode {n}: {t}</a><span class="ep-meta">{d} · {m} min</span></li>'
        for n, t, d, m in [(143, "Transit funding", "Nov 25, 2026", 51), (141, "School boards", "Nov 13, 2026", 44)]
    )
    body = (
        '<section class="episode"><h1>Episode 142: The budget, explained</h1>'
        '<p class="ep-meta">Episode 142 · Nov 20, 2026 · 48 min</p>'
        '<audio controls src="/audio/142.mp3"></audio>'
        f'<div class="show-notes"><h2>Show notes</h2>{_paras(_LOREM_EN, 6, 7)}</div></section>'
        f'<aside class="episodes"><h2>More episodes</h2><ul>{eps}</ul></aside>'
    )
    return Article("en_podcast_episode", url,
                   _en_page("Episode 142: The budget, explained", "Civic Pod", "", body,
                            sections=["Episodes", "About", "Subscribe", "Support"]),
                   "2026-11-20", "'Episode 142 · Nov 20, 2026 · 48 min'; newer episode listed")


# ---------------------------------------------------------------- simplified Chinese

def zh_people_line() -> Article:
    url = "http://politics.people.example.cn/n1/2026/1120/c1001-40612345.html"
    body = (
        '<div class="main w1200 clearfix"><div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/GB/1024/">时政</a></div>'
        '<div class="col col-1 fl"><div class="rm_txt"><h3 class="pre">坚持系统观念 统筹发展和安全</h3>'
        '<h1>全国冬季安全生产工作会议在京召开</h1><p class="author">本报记者 王某某</p>'
        '<div class="col-1-1 fl">2026年11月20日08:30 | 来源：<a href="http://paper.people.example.cn/" '
        'target="_blank">人民网－人民日报</a></div>'
        f'<div class="rm_txt_con cf">{_paras(_LOREM_ZH, 0, 8)}'
        '<p>《 人民日报 》（ 2026年11月20日 04 版）</p></div>'
        '<div class="edit cf">(责编：李某、张某)</div></div>'
        + _zh_list("相关新闻", _heads(_ZH_HEADS, ["2026-11-25 09:12", "2026-11-24 17:40", "2026-11-23 08:05",
                                               "2026-11-22 10:30"]))
        + '</div><div class="col col-2 fr">'
        + _zh_list("热点排行", _heads(_ZH_HEADS[3:], ["2026-11-25", "2026-11-25", "2026-11-24"]), "ph")
        + "</div></div>"
    )
    return Article("zh_people_line", url, _zh_page("全国冬季安全生产工作会议在京召开", "人民网", "", body),
                   "2026-11-20", "'2026年11月20日08:30 | 来源：人民网－人民日报'; 相关新闻 newer")


def zh_xinhua_split_header() -> Article:
    url = "http://www.news.example.cn/politics/20261120/5f3a9c0e7b1d4e2fa7c8d9e0f1a2b3c4/c.html"
    body = (
        '<div class="header domPC"><div class="header-top clearfix"><div class="header-time left">'
        '<span class="year"><em> 2026</em></span><span class="day"><em> 11</em>/<em>20</em></span>'
        '<span class="time"> 10:02:33</span></div><div class="source">来源：新华网</div></div>'
        '<div class="head-line clearfix"><h1><span class="title">全国冬季农业生产形势总体平稳</span></h1></div></div>'
        f'<div class="main clearfix"><div id="detail">{_paras(_LOREM_ZH, 1, 9)}</div>'
        '<div id="articleEdit"><span class="tiyi1">【纠错】</span><span class="editor">【责任编辑:刘某 】</span></div>'
        + _zh_list("相关稿件", _heads(_ZH_HEADS, ["2026-11-25", "2026-11-24", "2026-11-23"]))
        + "</div>"
        '<div class="header-time mob"><span>2026-11-20 10:02:33</span></div>'
    )
    return Article("zh_xinhua_split_header", url, _zh_page("全国冬季农业生产形势总体平稳", "新华网", "", body),
                   "2026-11-20", "Xinhua header splits year/month/day into <em>s; URL has 20261120; related newer")


def zh_cctv_source_first() -> Article:
    url = "https://news.tv.example.cn/2026/11/18/ARTIabcdEFGH1234567890261118.shtml"
    body = (
        '<div class="column_wrapper"><div class="col_w660"><div class="cnt_bd"><h1>我国成功发射新一代气象卫星</h1>'
        '<div class="info1">来源：央视新闻客户端 | 2026年11月18日 21:05</div>'
        f'<div class="content_area" id="content_area">{_paras(_LOREM_ZH, 2, 8)}</div>'
        '<div class="zebian"><span>编辑：赵某</span><span>责任编辑：孙某</span></div></div>'
        + _zh_list("更多新闻", _heads(_ZH_HEADS, ["2026年11月25日 10:00", "2026年11月24日 08:30", "2026年11月23日 19:00"]))
        + "</div></div>"
    )
    return Article("zh_cctv_source_first", url, _zh_page("我国成功发射新一代气象卫星", "央视网", "", body),
                   "2026-11-18", "'来源：央视新闻客户端 | 2026年11月18日 21:05'; more news newer")


def zh_thepaper_next() -> Article:
    url = "https://www.thepaper.example.cn/newsDetail_forward_31234567"
    nxt = {"props": {"pageProps": {"detailData": {"contId": 31234567, "name": "铁路部门加开旅客列车应对客流高峰",
                                                  "pubTime": "2026-11-19 07:45", "pubTimeLong": 1795045500000,
                                                  "nodeInfo": {"name": "澎湃新闻"}}}},
           "page": "/newsDetail_forward/[id]", "buildId": "Y8k2hZ"}
    body = (
        '<div id="__next"><div class="index_wrapper__9Fz1e"><div class="index_leftcontent__4Ek3K">'
        '<h1 class="index_title__B8mhI">铁路部门加开旅客列车应对客流高峰</h1>'
        '<div class="index_headerContent__sASF4"><div><div class="index_left__LfzyH">'
        '<div class="ant-space"><div class="ant-space-item"><span>2026-11-19 07:45</span></div>'
        '<div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div></div>'
        f'<div class="index_cententWrap__Jv8jK">{_paras(_LOREM_ZH, 3, 9)}</div>'
        '<p class="editor">责任编辑：周某　图片编辑：吴某</p><p class="editor">校对：郑某</p></div>'
        '<div class="index_rightcontent__q2X7s"><h3>热新闻</h3>'
        + "".join(f'<div class="hot"><a href="/newsDetail_forward_{31234600 + i}">{t}</a><span>{d}</span></div>'
                  for i, (t, d) in enumerate(_heads(_ZH_HEADS[4:], ["2026-11-25 10:12", "2026-11-25 09:00",
                                                                    "2026-11-24 22:31"])))
        + "</div></div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nxt, ensure_ascii=False)}</script>'
    )
    return Article("zh_thepaper_next", url, _zh_page("铁路部门加开旅客列车应对客流高峰", "澎湃新闻", "", body),
                   "2026-11-19", "澎湃 Next.js: date in a bare span; __NEXT_DATA__ pubTime; 热新闻 newer")


def zh_jiemian_slash() -> Article:
    url = "https://www.jiemian.example/article/12345678.html"
    body = (
        '<div class="content-container"><div class="article-view"><div class="article-header">'
        '<h1>多地出台措施支持民营经济发展</h1><div class="article-info">'
        '<p><span class="author"><a href="/user/1">界面新闻记者 | 陈某</a></span>'
        '<span class="date" data-article-publish-time="1794877920">2026/11/17 09:12</span>'
        '<span class="tags">宏观</span></p></div></div>'
        f'<div class="article-content">{_paras(_LOREM_ZH, 4, 10)}</div>'
        '<p class="article-editor">编辑：黄某</p></div>'
        '<div class="right-news"><h3>相关新闻</h3>'
        + "".join(f'<div class="news-view"><a href="/article/{12345700 + i}.html">{t}</a>'
                  f'<div class="news-footer"><span class="date">{d}</span></div></div>'
                  for i, (t, d) in enumerate(_heads(_ZH_HEADS, ["2026/11/25 18:00", "2026/11/24 11:20"])))
        + "</div></div>"
    )
    return Article("zh_jiemian_slash", url, _zh_page("多地出台措施支持民营经济发展", "界面新闻", "", body),
                   "2026-11-17", "界面 'YYYY/MM/DD HH:MM' span; related newer")


def zh_fabu_shijian_seconds() -> Article:
    url = "http://www.fgw.city.example.gov.cn/xwdt/gzdt/202611/t20261120_8812345.html"
    body = (
        '<div class="wrap"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a>'
        ' &gt; <a href="/xwdt/gzdt/">工作动态</a></div><div class="article">'
        '<h1 class="art-title">市发展改革委召开重点项目推进会</h1>'
        '<div class="art-info"><span>发布时间：2026-11-20 10:02:33</span><span>来源：市发展改革委</span>'
        '<span>浏览次数：<script>document.write(1234)</script></span>'
        '<span class="font">字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>'
        f'<div class="art-con TRS_Editor">{_paras(_LOREM_ZH, 5, 8)}</div>'
        '<div class="art-foot"><a href="javascript:window.print()">【打印本页】</a>'
        '<a href="javascript:window.close()">【关闭窗口】</a></div></div></div>'
    )
    return Article("zh_fabu_shijian_seconds", url,
                   _zh_page("市发展改革委召开重点项目推进会", "市发展和改革委员会", "", body, "京ICP备05012345号"),
                   "2026-11-20", "'发布时间：2026-11-20 10:02:33' with seconds; t-URL agrees")


def zh_zhuanti_page() -> Article:
    url = "http://www.people.example.cn/zhuanti/2026dongji/index.html"
    items = _heads(_ZH_HEADS, [f"2026-11-{d:02d}" for d in range(25, 5, -2)])
    body = (
        '<div class="zt-banner"><img src="/zhuanti/2026dongji/banner.jpg" alt="2026冬季安全生产专题"></div>'
        '<div class="zt-nav"><a href="#yw">要闻</a><a href="#bs">部署</a><a href="#df">地方</a><a href="#sp">视频</a></div>'
        '<div class="zt-intro"><h1>专题：2026年冬季安全生产</h1><p>'
        + _LOREM_ZH[2] + "</p></div>"
        + _zh_list("要闻", items[:5], "zt-list")
        + _zh_list("部署落实", items[5:], "zt-list")
        + _zh_list("地方动态", _heads(_ZH_HEADS[3:], ["2026-11-24", "2026-11-18", "2026-11-09"]), "zt-list")
    )
    return Article("zh_zhuanti_page", url, _zh_page("2026年冬季安全生产专题", "人民网", "", body),
                   None, "专题 topic page: lists of dated articles, no date of its own")


def zh_wechat_copy() -> Article:
    url = "https://mp.weixin.example.qq.com/s/Xk3vQ9a2mB7cR1tY0uZ8eA"
    body = (
        '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
        '<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">'
        '　　今冬明春供暖保障工作全面部署</h1><div id="meta_content" class="rich_media_meta_list">'
        '<span class="rich_media_meta rich_media_meta_text">城市发布</span>'
        '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">某某城市发布</a></span>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年11月20日 10:30</em>'
        '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">北京</em></div>'
        f'<div class="rich_media_content" id="js_content">{_paras(_LOREM_ZH, 6, 9)}</div>'
        '<p>来源：某某城市发布</p><p>编辑：小某</p></div></div></div></div>'
        '<script>var biz = "MzA5NjEyMzQ1Ng==" || ""; var sn = "1c2b3a4d" || "";'
        ' var ct = "1795141800"; var publish_time = "2026-11-20" || ""; var user_name = "gh_abc123";</script>'
    )
    return Article("zh_wechat_copy", url, _zh_page("今冬明春供暖保障工作全面部署", "微信公众平台", "", body),
                   "2026-11-20", "WeChat: em#publish_time text and var ct epoch agree")


def zh_wechat_ct_only() -> Article:
    url = "https://mp.weixin.example.qq.com/s/Ab9kLmN0pQ2rS4tU6vW8xY"
    body = (
        '<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
        '<h1 class="rich_media_title" id="activity-name">全省养老服务体系建设取得新进展</h1>'
        '<div id="meta_content" class="rich_media_meta_list">'
        '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">某某民政</a></span>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
        f'<div class="rich_media_content" id="js_content">{_paras(_LOREM_ZH, 7, 8)}</div></div></div>'
        '<script nonce="123456">var ct = "1794920700"; var msg_title = "全省养老服务体系建设取得新进展";'
        'var round_head_img = "http://wx.qlogo.example/1.png";'
        'function setPublishTime(){var t=new Date(ct*1000);document.getElementById("publish_time").innerHTML='
        't.getFullYear()+"年"+(t.getMonth()+1)+"月"+t.getDate()+"日";}setPublishTime();</script>'
    )
    return Article("zh_wechat_ct_only", url, _zh_page("全省养老服务体系建设取得新进展", "微信公众平台", "", body),
                   "2026-11-17", "WeChat: publish_time filled by JS; only var ct epoch (2026-11-17 21:05 +08)")


def zh_ifeng_laizi() -> Article:
    url = "https://news.ifeng.example/c/8aBcDeFgHiJ"
    body = (
        '<div class="artical-25JfwmD5"><h1 class="topic-3bY8Hw-9">住建部：加快推进城市更新行动</h1>'
        '<div class="info-3Ht6Fk1n clearfix"><p class="time-1Mgp9W-1"><span>2026年11月16日 09:23:11</span>'
        '<span>来自北京</span></p><p class="source-2pXi2vGI">来源：<a href="#">凤凰网财经</a></p></div>'
        f'<div class="main_content-r5RGqegj">{_paras(_LOREM_ZH, 0, 9)}</div></div>'
        '<div class="news-stream"><h3>大家都在看</h3>'
        + "".join(f'<div class="news_item"><a href="/c/{i}">{t}</a><span class="time">{d}</span></div>'
                  for i, (t, d) in enumerate(_heads(_ZH_HEADS, ["11月25日 16:20", "11月25日 09:00", "11月24日 18:45"])))
        + "</div>"
        '<script>var allData = {"docData":{"newsTime":"2026-11-16 09:23:11","source":"凤凰网财经"}};</script>'
    )
    return Article("zh_ifeng_laizi", url, _zh_page("住建部：加快推进城市更新行动", "凤凰网", "", body),
                   "2026-11-16", "凤凰 '2026年11月16日 09:23:11 来自北京'; yearless newer stream")


def zh_sina_meta_and_span() -> Article:
    url = "https://finance.sina.example.cn/roll/2026-11-13/doc-inaxyzab1234567.shtml"
    head = (
        '<meta property="article:published_time" content="2026-11-13T07:45:00+08:00">'
        '<meta property="article:author" content="新浪财经">'
        '<meta name="weibo: article:create_at" content="2026-11-13 07:45:00">'
    )
    body = (
        '<div class="main-content w1240"><h1 class="main-title">全国统一大市场建设取得新进展</h1>'
        '<div class="top-bar-wrap"><div class="date-source"><span class="date">2026年11月13日 07:45</span>'
        '<a class="source" href="#">新浪财经</a></div></div>'
        f'<div class="article" id="artibody">{_paras(_LOREM_ZH, 1, 10)}'
        '<p class="article-editor">责任编辑：王某</p></div></div>'
        + _zh_list("相关阅读", _heads(_ZH_HEADS, ["11月25日 10:15", "11月24日 14:22", "11月23日 08:00"]))
    )
    return Article("zh_sina_meta_and_span", url, _zh_page("全国统一大市场建设取得新进展", "新浪财经", head, body),
                   "2026-11-13", "新浪 date span + article:published_time; yearless related newer")


def zh_gov_editor_dated() -> Article:
    url = "http://www.county.example.gov.cn/art/2026/11/10/art_1229012345_59012345.html"
    body = (
        '<div class="main"><div class="bt_title">县政府召开常务会议研究部署冬季重点工作</div>'
        '<div class="bt_time"><span>发布日期：2026-11-10</span><span>信息来源：县政府办公室</span>'
        '<span>访问量：<span id="hits">327</span></span></div>'
        f'<div class="bt_content" id="zoom">{_paras(_LOREM_ZH, 2, 8)}</div>'
        '<div class="bt_editor">责任编辑：钱某（2026-11-25 16:12 修改）</div>'
        '<div class="xgxx"><h4>相关信息</h4><ul>'
        '<li><a href="/art/2026/11/24/art_1.html">县领导调研安全生产工作</a>2026-11-24</li>'
        '<li><a href="/art/2026/11/21/art_2.html">县政府召开防汛抗旱总结会</a>2026-11-21</li></ul></div></div>'
    )
    return Article("zh_gov_editor_dated", url,
                   _zh_page("县政府召开常务会议研究部署冬季重点工作", "某某县人民政府", "", body, "浙ICP备05012345号"),
                   "2026-11-10", "发布日期 line; later edit stamp in 责任编辑 line; 相关信息 newer")


def zh_wechat_ct_morning() -> Article:
    url = "https://www.district.example.gov.cn/wxzx/art/wx_20261120_0003.html"
    body = (
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/wxzx/">微信转载</a></div>'
        '<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
        '<h1 class="rich_media_title" id="activity-name">区政务服务中心延时服务今起实行</h1>'
        '<div id="meta_content" class="rich_media_meta_list">'
        '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">某某区发布</a></span>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
        f'<div class="rich_media_content" id="js_content">{_paras(_LOREM_ZH, 5, 7)}</div></div></div>'
        '<script>var ct = "1795129200"; var nickname = "某某区发布";</script>'
    )
    return Article("zh_wechat_ct_morning", url,
                   _zh_page("区政务服务中心延时服务今起实行", "某某区人民政府", "", body, "苏ICP备05012345号"),
                   "2026-11-20", "WeChat copy posted 07:00 Beijing time (23:00 UTC the day before); only var ct")


# ---------------------------------------------------------------- traditional Chinese

def tw_udn_time() -> Article:
    url = "https://udn.example.com/news/story/7266/8312345"
    body = (
        '<main class="main"><section class="article-content"><div class="article-content__wrapper">'
        '<h1 class="article-content__title">立院三讀通過修正案 明年元旦上路</h1>'
        '<div class="article-content__info"><section class="authors"><time class="article-content__time">'
        '2026-11-20 10:30</time><span class="article-content__author"><a href="#">聯合報</a> / 記者林某某／台北即時報導</span>'
        '</section></div>'
        f'<section class="article-content__editor">{_paras(_LOREM_TW, 0, 8)}</section></div></section>'
        '<section class="context-box"><h2>延伸閱讀</h2>'
        + "".join(f'<div class="story-list__news"><a href="/news/story/7266/{8312400 + i}">{t}</a>'
                  f'<time class="story-list__time">{d}</time></div>'
                  for i, (t, d) in enumerate(_heads(_TW_HEADS[1:], ["2026-11-25 18:20", "2026-11-24 09:10",
                                                                    "2026-11-23 12:00"])))
        + "</section></main>"
    )
    return Article("tw_udn_time", url,
                   _zh_page("立院三讀通過修正案 明年元旦上路", "聯合新聞網", "", body, "", lang="zh-Hant-TW"),
                   "2026-11-20", "聯合新聞網 time.article-content__time; 延伸閱讀 newer")


def tw_cna_updated_paren() -> Article:
    url = "https://www.cna.example.tw/news/aipl/202611200045.aspx"
    body = (
        '<div class="wrapper"><div class="centralContent"><article class="article"><div class="paragraph">'
        '<h1><span>東北季風增強 北部低溫下探14度</span></h1>'
        '<div class="updatetime"><span>2026/11/20 10:30（11/20 12:05 更新）</span></div>'
        f'{_paras(_LOREM_TW, 1, 7)}<p>（編輯：陳某）1151120</p></div></article>'
        '<div class="moreArticle"><h2>更多新聞</h2><ul>'
        + "".join(f'<li><a href="/news/aipl/2026112{5 - i}00{10 + i}.aspx"><h2>{t}</h2><div class="date">{d}</div></a></li>'
                  for i, (t, d) in enumerate(_heads(_TW_HEADS[2:], ["2026/11/25 21:04", "2026/11/24 16:11"])))
        + "</ul></div></div></div>"
    )
    return Article("tw_cna_updated_paren", url,
                   _zh_page("東北季風增強 北部低溫下探14度", "中央社 CNA", "", body, "", lang="zh-Hant-TW"),
                   "2026-11-20", "中央社 '2026/11/20 10:30（11/20 12:05 更新）'; ROC code 1151120; more news newer")


def hk_01_fabu_gengxin() -> Article:
    url = "https://www.hk01.example/社會新聞/61234567/東北季風抵港"
    body = (
        '<div id="__next"><article class="article-grid"><h1 id="articleTitle">東北季風抵港 天文台：周末最低12度</h1>'
        '<div class="article-info"><span>撰文：張某某</span>'
        '<div data-testid="article-publish-date">發佈：2026-11-19 08:30</div>'
        '<div data-testid="article-update-date">更新：2026-11-21 12:00</div></div>'
        f'<div class="article-content">{_paras(_LOREM_TW, 2, 8)}</div></article>'
        '<section class="related"><h3>相關文章</h3>'
        + "".join(f'<div class="card"><a href="/社會新聞/{61234600 + i}">{t}</a><time>{d}</time></div>'
                  for i, (t, d) in enumerate(_heads(_TW_HEADS, ["2026-11-25 19:02", "2026-11-24 07:45"])))
        + "</section></div>"
    )
    return Article("hk_01_fabu_gengxin", url,
                   _zh_page("東北季風抵港 天文台：周末最低12度", "香港01", "", body, "", lang="zh-HK"),
                   "2026-11-19", "香港01 '發佈：' and '更新：' lines; related newer")


def hk_mingpao_weekday() -> Article:
    url = "https://news.mingpao.example/pns/港聞/article/20261120/s00002/1795120000000"
    body = (
        '<div id="maincontent"><div class="date_section"><span>2026年11月20日星期五</span></div>'
        '<div class="subsection">港聞</div><h1>立會審議撥款 議員關注長者醫療券</h1>'
        f'<article class="txt4">{_paras(_LOREM_TW, 3, 8)}</article>'
        '<div class="cat_list"><h4>相關新聞</h4><ul>'
        '<li><a href="/pns/港聞/article/20261125/s00002/1">長者醫療券新安排明年實施</a><span>2026年11月25日</span></li>'
        '<li><a href="/pns/港聞/article/20261124/s00002/2">醫管局公布冬季應變計劃</a><span>2026年11月24日</span></li>'
        "</ul></div></div>"
    )
    return Article("hk_mingpao_weekday", url,
                   _zh_page("立會審議撥款 議員關注長者醫療券", "明報新聞網", "", body, "", lang="zh-HK"),
                   "2026-11-20", "明報 '2026年11月20日星期五' section date; URL 20261120; related newer")


def tw_ltn_slash() -> Article:
    url = "https://news.ltn.example.tw/news/politics/breakingnews/4851234"
    body = (
        '<div class="whitecon boxTitle"><h1>高鐵連假加開班次 明起開放購票</h1>'
        '<div class="text boxTitle boxText" data-desc="內容頁"><span class="time">2026/11/18 05:30</span>'
        f'{_paras(_LOREM_TW, 4, 7)}<p class="appE1121">不用抽 不用搶 現在用APP看新聞 保證天天中獎</p></div></div>'
        '<div class="related boxTitle"><p>相關新聞</p><ul>'
        + "".join(f'<li><a href="/news/politics/breakingnews/{4851300 + i}">{t}</a><span class="time">{d}</span></li>'
                  for i, (t, d) in enumerate(_heads(_TW_HEADS[3:], ["2026/11/25 22:10", "2026/11/24 14:00"])))
        + "</ul></div>"
    )
    return Article("tw_ltn_slash", url,
                   _zh_page("高鐵連假加開班次 明起開放購票", "自由時報電子報", "", body, "", lang="zh-Hant-TW"),
                   "2026-11-18", "自由時報 span.time 'YYYY/MM/DD HH:MM'; related newer")


def tw_gov_minguo_fabu() -> Article:
    url = "https://www.mohw.example.gov.tw/cp-16-78901-1.html"
    body = (
        '<div class="container"><div class="cp"><h2 class="title">衛福部宣布擴大流感疫苗接種對象</h2>'
        '<ul class="info"><li>發布日期：115-11-12</li><li>更新日期：115-11-24</li><li>發布單位：疾病管制署</li></ul>'
        f'<div class="content">{_paras(_LOREM_TW, 5, 6)}</div>'
        '<div class="fileDownload"><a href="/dl-1.pdf">新聞稿.pdf</a></div></div>'
        '<div class="footer"><p>最佳瀏覽解析度 1280x768 | 本網站 115年 版權所有</p></div></div>'
    )
    return Article("tw_gov_minguo_fabu", url,
                   _zh_page("衛福部宣布擴大流感疫苗接種對象", "衛生福利部", "", body, "", lang="zh-Hant-TW"),
                   "2026-11-12", "ROC dashed 發布日期：115-11-12 (=2026-11-12); 更新日期 later")


def tw_ettoday_time_itemprop() -> Article:
    url = "https://www.ettoday.example/news/20261116/2871234.htm"
    head = '<meta property="article:published_time" content="2026-11-16T14:22:00+08:00">'
    body = (
        '<div class="subject_article"><header><h1 class="title">台股收盤大漲 成交量創波段新高</h1></header>'
        '<time class="date" itemprop="datePublished" datetime="2026-11-16T14:22:00+08:00">2026年11月16日 14:22</time>'
        f'<div class="story" itemprop="articleBody">{_paras(_LOREM_TW, 0, 8)}</div></div>'
        '<div class="part_list_2"><h3>熱門新聞</h3>'
        + "".join(f'<h3><span class="date">{d}</span><a href="/news/{20261125 - i}/{2871300 + i}.htm">{t}</a></h3>'
                  for i, (t, d) in enumerate(_heads(_TW_HEADS, ["11/25 22:10", "11/25 21:00", "11/24 09:45"])))
        + "</div>"
    )
    return Article("tw_ettoday_time_itemprop", url,
                   _zh_page("台股收盤大漲 成交量創波段新高", "ETtoday新聞雲", head, body, "", lang="zh-Hant-TW"),
                   "2026-11-16", "time itemprop=datePublished + meta; yearless hot list newer")


# ---------------------------------------------------------------- a few more English

def en_council_news_ddmmyyyy() -> Article:
    url = "https://www.westdale.gov.example.uk/news/article/4123/bin-collections-over-christmas"
    body = (
        '<div class="a-body"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>'
        '<h1 class="a-heading">Bin collections over Christmas</h1>'
        '<p class="a-date">Published: 02/11/2026</p>'
        f'{_paras(_LOREM_EN, 0, 7)}'
        '<div class="a-related"><h2>Related news</h2><p>18/11/2026 - <a href="/news/4140">Gritting routes</a></p>'
        '<p>24/11/2026 - <a href="/news/4151">Winter fuel support</a></p></div></div>'
    )
    return Article("en_council_news_ddmmyyyy", url,
                   _en_page("Bin collections over Christmas", "Westdale Council", "", body, lang="en-GB",
                            sections=["Bins and recycling", "Council tax", "Housing", "Planning", "Roads", "News"]),
                   "2026-11-02", "UK 'Published: 02/11/2026' = 2 Nov (en-GB, .uk); related newer")


def en_wire_dateline_only() -> Article:
    url = "https://www.valleytimes.example/wire/ap-rescue-crews-reach-stranded-hikers"
    body = (
        '<article class="wire-story"><h1>Rescue crews reach stranded hikers after storm</h1>'
        '<p class="byline">By The Associated Press</p>'
        '<p><strong>DENVER (AP) —</strong> Rescue crews on Thursday reached a group of hikers stranded since '
        'Tuesday by an early winter storm, officials said.</p>'
        f'{_paras(_LOREM_EN, 1, 6)}'
        '<p class="posted">Posted: Thursday, November 19, 2026 5:41 PM</p></article>'
    )
    return Article("en_wire_dateline_only", url,
                   _en_page("Rescue crews reach stranded hikers", "Valley Times", "", body),
                   "2026-11-19", "'Posted: Thursday, November 19, 2026 5:41 PM' at the end of the story")


def en_last_year_with_copyright() -> Article:
    url = "https://www.smallcharity.example/blog/annual-appeal-results"
    body = (
        '<div class="blog-post"><h1>Our annual appeal: the results</h1>'
        '<p class="post-date">Posted on 30th December 2025 by Claire</p>'
        f'{_paras(_LOREM_EN, 2, 8)}'
        '<div class="share">Share this post</div></div>'
        '<div class="sidebar"><h3>Upcoming</h3><p>Quiz night - 5th December 2026</p></div>'
    )
    return Article("en_last_year_with_copyright", url,
                   _en_page("Our annual appeal: the results", "Small Charity", "", body,
                            sections=["About", "Donate", "Volunteer", "Blog", "Contact"]),
                   "2025-12-30", "'Posted on 30th December 2025' ordinal; footer © 2026; future event")


def en_undated_about() -> Article:
    url = "https://www.harbourpost.example/about/editorial-standards"
    body = (
        '<div class="static-page"><h1>Editorial standards</h1>'
        f'{_paras(_LOREM_EN, 4, 9)}'
        '<p>Our corrections policy was adopted by the board in 1998 and is reviewed every year.</p></div>'
    )
    return Article("en_undated_about", url,
                   _en_page("Editorial standards", "Harbour Post", "", body),
                   None, "static page with no date; only years and copyright")


PAGES: list[Article] = [
    en_arcxp_published_updated(), en_arcxp_updated_first(), en_ghost_time(), en_medium_readtime(),
    en_substack_preloads(), en_drupal_submitted(), en_drupal_submitted_us_ambiguous(), en_gov_media_release(),
    en_university_recent_news(), en_jsonld_graph_news_article(), en_modified_time_only(), en_amp_article(),
    en_translated_with_byline(), en_translated_only_note(), en_magazine_print_issue(), en_atlantic_style(),
    en_verge_style_updated(), en_nhs_last_reviewed(), en_podcast_episode(), en_council_news_ddmmyyyy(),
    en_wire_dateline_only(), en_last_year_with_copyright(), en_undated_about(),
    zh_people_line(), zh_xinhua_split_header(), zh_cctv_source_first(), zh_thepaper_next(), zh_jiemian_slash(),
    zh_fabu_shijian_seconds(), zh_zhuanti_page(), zh_wechat_copy(), zh_wechat_ct_only(), zh_wechat_ct_morning(), zh_ifeng_laizi(),
    zh_sina_meta_and_span(), zh_gov_editor_dated(),
    tw_udn_time(), tw_cna_updated_paren(), hk_01_fabu_gengxin(), hk_mingpao_weekday(), tw_ltn_slash(),
    tw_gov_minguo_fabu(), tw_ettoday_time_itemprop(),
]

TRUTH: dict[str, str | None] = {p.slug: p.expected for p in PAGES}
