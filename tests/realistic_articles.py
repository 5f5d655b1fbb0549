"""Realistic article pages, third audit: conventions the htmldate devset lacks, each with
the publication day a reader (or an inspector) would give it (`truth`).

Written from how the real templates render, against the fixed clock NOW (Tuesday
2024-12-10, 09:00 in Beijing), independently of the crawler's code:

- Chinese government articles: the 发布时间/来源/作者/浏览次数 byline with its
  【字体：大 中 小】【打印】【关闭】 toolbar, the 今天是…星期二 clock in the site header,
  "最新动态" side lists with newer dates, TRS URLs (`/202411/t20241118_…`) whose date
  is the draft's, and 信息公开 metadata tables.
  Decision, 成文日期 vs 发布日期: the publication date is 发布日期, the day the
  document went up on the site (what the inspectors' update rules count); 成文日期 is
  the day the document was signed, often weeks earlier. When a page shows only
  成文日期 (or only the signature date at the foot), that is the only date it has and
  it is taken.
- WordPress, Drupal, Ghost and Medium-style markup; an AMP page; the site's header
  clock and news tickers; sidebars and "related" blocks with newer dates placed before
  the article in the source; comment dates.
- A page with only an "Updated" date: that is the day it gives (no other is known).
- URL dates against the body: Arc/WordPress-VIP-style URLs made with the draft the day
  before publication (the body and the publication signals say the later day); a URL
  date kept when a meta says a much later day (a CMS migration re-stamped it).
- UTC machine values (`...T03:10:00Z`) for an evening story in the US: the day the
  page shows is the day before the UTC day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

NOW = datetime(2024, 12, 10, 1, tzinfo=UTC)  # 09:00 in Beijing, Tuesday
TODAY = NOW.date()

__all__ = ["NOW", "TODAY", "ArticlePage", "all_articles"]


@dataclass(frozen=True)
class ArticlePage:
    name: str
    url: str
    html: str
    truth: date | None
    notes: str = ""


def _zh(title: str, body: str, head: str = "") -> str:
    """A county or city government site's article page (TRS / Hanweb / 大汉 templates)."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_某某县人民政府</title>{head}
<meta name="SiteName" content="某某县人民政府"><meta name="SiteDomain" content="www.mmx.gov.cn">
</head><body>
<div class="header"><div class="w1200"><div class="logo"><img src="/images/logo.png" alt="某某县人民政府"></div>
<div class="date">今天是2024年12月10日 星期二</div>
<div class="search"><input type="text" placeholder="请输入关键字"></div></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 正文</div>
{body}
</div>
<div class="footer"><p>主办：某某县人民政府办公室 地址：某某县人民路1号 电话：0000-1234567</p>
<p>版权所有 © 2012-2024 某某县人民政府 网站标识码：3300000001 浙ICP备12345678号-1</p></div>
</body></html>
"""


_TOOLBAR = (
    '<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> '
    '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
    '<span>【<a href="javascript:window.print()">打印</a>】</span>'
    '<span>【<a href="javascript:window.close()">关闭</a>】</span>'
)

_ZH_SIDE_NEWER = """<div class="sidebar"><div class="side-title">最新动态</div><ul>
<li><a href="/xwzx/202412/t20241209_3001.html">县委常委会召开会议</a><span>2024-12-09</span></li>
<li><a href="/xwzx/202412/t20241206_3000.html">全县冬季森林防火工作部署会召开</a><span>2024-12-06</span></li>
<li><a href="/xwzx/202412/t20241203_2999.html">我县举办农村电商培训班</a><span>2024-12-03</span></li>
</ul></div>"""


def _zh_articles() -> list[ArticlePage]:
    out = []
    out.append(
        ArticlePage(
            "zh-county-byline-toolbar",
            "http://www.mmx.gov.cn/xwzx/gzdt/content_88123.html",
            _zh(
                "我县召开安全生产工作会议",
                _ZH_SIDE_NEWER
                + """<div class="article"><h1>我县召开安全生产工作会议</h1>
<div class="info">发布时间：2024-11-20 10:30&nbsp;&nbsp;来源：县应急管理局&nbsp;&nbsp;作者：张三&nbsp;&nbsp;
浏览次数：<script>document.write(clickcount)</script>&nbsp;&nbsp;"""
                + _TOOLBAR
                + """</div>
<div class="content"><p>11月19日下午，县政府召开全县安全生产工作会议，传达学习上级会议精神，部署今冬明春安全生产工作。</p>
<p>会议要求，各乡镇、各部门要在2024年12月31日前完成隐患排查整治。</p></div></div>""",
            ),
            date(2024, 11, 20),
            "发布时间 byline; the header clock, a newer side list before the article, "
            "a deadline later in the text",
        )
    )
    table = """<div class="xxgk-table"><table>
<tr><th>索引号：</th><td>11330000MB0000000X/2024-00123</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>发布机构：</th><td>某某县人民政府办公室</td><th>成文日期：</th><td>2024-11-15</td></tr>
<tr><th>文号：</th><td>某政办发〔2024〕31号</td><th>发布日期：</th><td>2024-11-20</td></tr>
<tr><th>有效性：</th><td>有效</td><th>生效日期：</th><td>2025-01-01</td></tr>
</table></div>"""
    doc = """<div class="article"><h1>某某县人民政府办公室关于印发《某某县农村供水工程运行管理办法》的通知</h1>
<div class="content"><p>各乡镇人民政府，县政府各部门：</p><p>《某某县农村供水工程运行管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。</p>
<p>本办法自2025年1月1日起施行。</p><p style="text-align:right">某某县人民政府办公室</p>
<p style="text-align:right">2024年11月15日</p></div></div>"""
    out.append(
        ArticlePage(
            "zh-xxgk-table-chengwen-before-fabu",
            "http://www.mmx.gov.cn/zwgk/xxgkml/content.jsp?id=77&catid=12",
            _zh("关于印发《某某县农村供水工程运行管理办法》的通知", table + doc),
            date(2024, 11, 20),
            "信息公开 table: 成文日期 2024-11-15 comes before 发布日期 2024-11-20; the "
            "signature date closes the text and the effective date is in the future",
        )
    )
    out.append(
        ArticlePage(
            "zh-xxgk-trs-url-is-chengwen-day",
            "http://www.mmx.gov.cn/zwgk/xxgkml/202411/t20241115_4123456.html",
            _zh(
                "关于印发《某某县农村供水工程运行管理办法》的通知",
                table + doc,
                '<meta name="ColumnName" content="政策文件">',
            ),
            date(2024, 11, 20),
            "the TRS address was made with the draft on the signing day (t20241115); "
            "the document went up on 2024-11-20 (发布日期)",
        )
    )
    out.append(
        ArticlePage(
            "zh-only-chengwen-date",
            "http://www.mmx.gov.cn/zwgk/zcwj/content.jsp?id=91",
            _zh(
                "关于做好2024年冬季供暖工作的通知",
                """<table class="xxgk"><tr><td>索引号：</td><td>11330000MB0000000X/2024-00131</td></tr>
<tr><td>成文日期：</td><td>2024年11月8日</td></tr><tr><td>文号：</td><td>某政办函〔2024〕40号</td></tr></table>
<h1>关于做好2024年冬季供暖工作的通知</h1><div class="content"><p>各有关单位：……</p></div>""",
            ),
            date(2024, 11, 8),
            "only 成文日期 shown: the only date the page gives",
        )
    )
    out.append(
        ArticlePage(
            "zh-trs-url-day-before-fabu",
            "http://www.mmx.gov.cn/xwzx/xzdt/202411/t20241121_4130001.html",
            _zh(
                "城关镇开展冬季消防安全检查",
                """<div class="article"><h1>城关镇开展冬季消防安全检查</h1>
<div class="info">来源：城关镇&nbsp;&nbsp;发布时间：2024-11-22 08:45&nbsp;&nbsp;"""
                + _TOOLBAR
                + """</div><div class="content"><p>11月21日，城关镇组织开展冬季消防安全检查……</p></div></div>""",
            ),
            date(2024, 11, 22),
            "written on the 21st (the TRS address), published the next morning",
        )
    )
    out.append(
        ArticlePage(
            "zh-govcn-pages-date",
            "https://www.gov.cn/zhengce/zhengceku/202411/content_6988123.htm",
            """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>国务院办公厅关于某某工作的意见_国务院文件_中国政府网</title>
<meta name="firstpublishedtime" content="2024-11-20-17:06:21">
<meta name="lastmodifiedtime" content="2024-11-22-09:12:45">
<meta name="keywords" content="意见"></head><body>
<div class="header"><div class="logo"><a href="/"><img src="/images/gov.png" alt="中国政府网"></a></div></div>
<div class="article oneColumn pub_border"><h1>国务院办公厅关于某某工作的意见</h1>
<div class="pages-date">2024-11-20 17:06 <span class="font">来源： 中国政府网</span>
<span class="font index_switchsize">【字体：<span>大</span><span>中</span><span>小</span>】</span></div>
<div class="pages_content"><p>各省、自治区、直辖市人民政府……</p><p>国务院办公厅</p><p>2024年11月13日</p></div></div>
<div class="footer">版权所有：中国政府网 | 京ICP备05070218号</div></body></html>""",
            date(2024, 11, 20),
            "gov.cn: firstpublishedtime and pages-date say the 20th; signed on the 13th",
        )
    )
    out.append(
        ArticlePage(
            "zh-side-list-before-article-no-meta",
            "http://www.mmx.gov.cn/xwzx/tzgg/content_88200.html",
            _zh(
                "关于2024年度城乡居民医疗保险集中缴费的通告",
                _ZH_SIDE_NEWER
                + """<div class="article"><h1>关于2024年度城乡居民医疗保险集中缴费的通告</h1>
<div class="content"><p>根据上级有关文件精神，现将2025年度城乡居民医疗保险集中缴费有关事项通告如下：</p>
<p>一、缴费时间：2024年9月1日至2024年12月31日。</p>
<p style="text-align:right">某某县医疗保障局</p><p style="text-align:right">2024年11月12日</p></div></div>""",
            ),
            date(2024, 11, 12),
            "no byline: the date at the foot of the notice; the side list before it has "
            "newer dates and the text names a collection period",
        )
    )
    out.append(
        ArticlePage(
            "zh-hanweb-art-url",
            "http://www.mmx.gov.cn/art/2024/11/18/art_1229_567890.html",
            _zh(
                "县领导督查重点项目建设",
                """<div class="article"><h1>县领导督查重点项目建设</h1>
<div class="info"><span>信息来源：县发改局</span><span>发布日期：2024-11-18</span><span>访问次数：<span id="count">128</span></span>"""
                + _TOOLBAR
                + """</div><div class="content"><p>近日，县领导带队督查全县重点项目建设……</p></div></div>""",
            ),
            date(2024, 11, 18),
            "Hanweb (大汉) article URL with its date; 发布日期 agrees",
        )
    )
    return out


def _en(title: str, body: str, head: str = "", lang: str = "en-US", body_class: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body class="{body_class}">{body}</body></html>
"""


_WP_SIDEBAR = """<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul><li><a href="/holiday-hours/">Holiday office hours</a><span class="post-date">December 9, 2024</span></li>
<li><a href="/council-recap/">Council meeting recap</a><span class="post-date">December 4, 2024</span></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>
<ul><li><a href="/2024/12/">December 2024</a></li><li><a href="/2024/11/">November 2024</a></li></ul></section>
</aside>"""


def _intl_articles() -> list[ArticlePage]:
    out = []
    out.append(
        ArticlePage(
            "wordpress-updated-only-left-sidebar",
            "https://www.riverdale-library.org/winter-reading-challenge/",
            _en(
                "Winter Reading Challenge returns – Riverdale Library",
                _WP_SIDEBAR
                + """<main id="main" class="site-main"><article id="post-412" class="post-412 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Winter Reading Challenge returns</h1>
<div class="entry-meta"><span class="byline">by <a href="/author/jo/">Jo Park</a></span></div></header>
<div class="entry-content"><p>Sign up at any branch between December 1 and January 31.</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/">News</a></span>
<span class="last-updated">Last updated: November 27, 2024</span></footer></article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
<div class="comment-metadata"><time datetime="2024-12-02T10:12:00+00:00">December 2, 2024 at 10:12 am</time></div>
<p>Can kids join too?</p></li></ol></div></main>""",
                body_class="post-template-default single single-post has-sidebar",
            ),
            date(2024, 11, 27),
            "the theme shows only the last-updated day; the recent-posts widget (before "
            "the article in the source) and a comment have newer dates",
        )
    )
    out.append(
        ArticlePage(
            "drupal-node-full-left-teasers",
            "https://www.countyhealth.example.gov/news/flu-clinics-open-all-county-residents",
            _en(
                "Flu clinics open to all county residents | County Health Department",
                """<div id="page"><div class="region region-sidebar-first"><div class="block block-views">
<h2>More News</h2><div class="view-content">
<div class="node node-news node-teaser"><h3><a href="/news/road-closure">Road closure on Route 9</a></h3>
<div class="field field-name-field-date"><span class="date-display-single">December 6, 2024</span></div></div>
<div class="node node-news node-teaser"><h3><a href="/news/wic-hours">WIC office hours change</a></h3>
<div class="field field-name-field-date"><span class="date-display-single">December 2, 2024</span></div></div>
</div></div></div>
<div class="region region-content"><div id="node-901" class="node node-news node-full">
<h1 class="page-title">Flu clinics open to all county residents</h1>
<div class="field field-name-field-date"><span class="date-display-single">November 19, 2024</span></div>
<div class="field field-name-body"><p>Walk-in clinics run through March 2025.</p></div></div></div></div>""",
            ),
            date(2024, 11, 19),
            "Drupal 7: teasers of other nodes in the left region come first in the source",
        )
    )
    out.append(
        ArticlePage(
            "ghost-post-read-more",
            "https://blog.fieldnotes.example/the-long-way-round/",
            _en(
                "The long way round",
                """<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Field Notes</a></header>
<main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas"><h1 class="article-title">The long way round</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Reyes</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-11-12">Nov 12, 2024</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></div></header>
<section class="gh-content gh-canvas"><p>We left on October 3 and came back three weeks later.</p></section></article></main>
<aside class="read-more-wrap"><div class="read-more inner"><article class="post-card">
<a class="post-card-content-link" href="/winter-plans/"><h2 class="post-card-title">Winter plans</h2>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-12-08">Dec 8, 2024</time></footer></a></article></div></aside>""",
                head='<meta property="og:type" content="article">',
            ),
            date(2024, 11, 12),
            "Ghost (Casper) without the publication metas: the byline <time>",
        )
    )
    out.append(
        ArticlePage(
            "medium-style-jsonld",
            "https://medium.example.com/@dana/shipping-a-data-pipeline-in-a-week-5f2c1a9b7e21",
            _en(
                "Shipping a data pipeline in a week | by Dana Lee | Medium",
                """<div id="root"><article><div><h1 class="pw-post-title">Shipping a data pipeline in a week</h1>
<div class="pw-author"><a href="/@dana">Dana Lee</a></div>
<span data-testid="storyPublishDate">Nov 5, 2024</span><span>·</span><span data-testid="storyReadTime">7 min read</span>
<p class="pw-post-body-paragraph">On Monday, October 28, we had nothing.</p></div></article></div>""",
                head=(
                    '<script type="application/ld+json">{"@context":"http://schema.org",'
                    '"@type":"NewsArticle","headline":"Shipping a data pipeline in a week",'
                    '"dateCreated":"2024-11-05T16:22:31.456Z","datePublished":"2024-11-05T16:22:31.456Z",'
                    '"dateModified":"2024-11-29T08:01:12.001Z"}</script>'
                ),
            ),
            date(2024, 11, 5),
            "Medium: the date is in JSON-LD (UTC, mid-afternoon) and a data-testid span",
        )
    )
    out.append(
        ArticlePage(
            "amp-evening-story-utc-jsonld",
            "https://www.metrodaily.example.com/news/local/amp/article-council-budget-vote",
            _en(
                "Council passes budget after late-night vote",
                """<header class="amp-header"><a href="/">Metro Daily</a></header>
<article class="amp-article"><h1 class="headline">Council passes budget after late-night vote</h1>
<div class="byline">By Chris Adams</div>
<div class="timestamp">Published Nov. 20, 2024 10:10 p.m. ET</div>
<amp-img src="/img/council.jpg" width="600" height="400" layout="responsive"></amp-img>
<p>The vote came shortly after 10 p.m. Wednesday.</p></article>""",
                head=(
                    '<link rel="canonical" href="https://www.metrodaily.example.com/news/local/article-council-budget-vote">'
                    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
                    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                    '"headline":"Council passes budget after late-night vote",'
                    '"datePublished":"2024-11-21T03:10:00Z","dateModified":"2024-11-21T03:10:00Z"}</script>'
                ),
                lang="en",
            ),
            date(2024, 11, 20),
            "AMP: JSON-LD in UTC is the next day; the page shows 10:10 p.m. ET on the 20th",
        )
    )
    out.append(
        ArticlePage(
            "arc-url-day-before-publication",
            "https://www.capitalpost.example.com/politics/2024/11/19/senate-passes-water-bill/",
            _en(
                "Senate passes water bill",
                """<article><h1 data-qa="headline">Senate passes water bill</h1>
<div data-qa="author-name">By Pat Morgan</div>
<div data-qa="timestamp"><span class="display-date">November 20, 2024 at 9:05 a.m. EST</span></div>
<div class="article-body"><p>The bill was drafted on Tuesday night.</p></div></article>""",
                head=(
                    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                    '"headline":"Senate passes water bill","datePublished":"2024-11-20T14:05:00Z",'
                    '"dateModified":"2024-11-20T18:40:00Z"}</script>'
                ),
            ),
            date(2024, 11, 20),
            "the address was made with the draft the evening before publication",
        )
    )
    out.append(
        ArticlePage(
            "wordpress-url-kept-after-migration",
            "https://www.harbourtown.example.org/2024/11/20/harbour-clean-up-day/",
            _en(
                "Harbour clean-up day – Harbourtown",
                """<article class="post type-post"><header class="entry-header"><h1 class="entry-title">Harbour clean-up day</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/11/20/harbour-clean-up-day/" rel="bookmark">
<time class="entry-date published" datetime="2024-11-20T08:00:00+00:00">November 20, 2024</time></a></span></div></header>
<div class="entry-content"><p>Thanks to the 80 volunteers.</p></div></article>""",
                head='<meta property="article:published_time" content="2024-12-05T11:30:00+00:00">',
            ),
            date(2024, 11, 20),
            "a migration re-stamped the publication meta two weeks later; the URL and "
            "the byline keep the day",
        )
    )
    out.append(
        ArticlePage(
            "german-stadt-header-clock",
            "https://www.musterstadt.de/aktuelles/meldung/winterdienst-startet",
            _en(
                "Winterdienst startet – Stadt Musterstadt",
                """<header class="page-header"><div class="header-date">Dienstag, 10. Dezember 2024</div>
<a class="logo" href="/">Stadt Musterstadt</a><nav class="main-nav"><a href="/rathaus">Rathaus</a></nav></header>
<main><div class="breadcrumb"><a href="/">Start</a> › <a href="/aktuelles">Aktuelles</a></div>
<h1>Winterdienst startet</h1>
<p class="article__meta">14.11.2024, 16:45 Uhr</p>
<p>Ab dem 1. Dezember sind die Räumfahrzeuge im Einsatz.</p></main>""",
                lang="de",
            ),
            date(2024, 11, 14),
            "the site header shows today's date (Dienstag, 10. Dezember 2024)",
        )
    )
    out.append(
        ArticlePage(
            "ngo-press-release-left-latest",
            "https://www.cleanrivers.example.org/press/report-finds-microplastics-in-all-sampled-rivers",
            _en(
                "Report finds microplastics in all sampled rivers | Clean Rivers Trust",
                """<div class="layout"><div class="sidebar-latest"><h2>Latest news</h2><ul>
<li><a href="/press/volunteer-award">Volunteer award announced</a><div class="news-date">9 December 2024</div></li>
<li><a href="/press/new-trustees">Two new trustees appointed</a><div class="news-date">2 December 2024</div></li></ul></div>
<div class="content"><h1>Report finds microplastics in all sampled rivers</h1>
<div class="press-meta">Press release | 14 November 2024</div>
<p>The survey ran from June to September 2024.</p></div></div>""",
                lang="en-GB",
            ),
            date(2024, 11, 14),
            "the latest-news list comes first in the source",
        )
    )
    out.append(
        ArticlePage(
            "news-ticker-above-byline",
            "https://www.valleyherald.example.com/news/school-board-approves-new-calendar",
            _en(
                "School board approves new calendar",
                """<div class="breaking-ticker"><span class="label">Breaking</span><ul>
<li><a href="/news/storm-warning">Storm warning for the valley</a> <span class="date">Dec 9, 2024</span></li>
<li><a href="/news/road-works">Road works on Main St</a> <span class="date">Dec 8, 2024</span></li></ul></div>
<div class="article-wrap"><h1>School board approves new calendar</h1>
<div class="byline">By Morgan Lee | Nov. 14, 2024</div>
<p>The new calendar starts in August 2025.</p></div>""",
            ),
            date(2024, 11, 14),
            "a news ticker with newer dates above the byline",
        )
    )
    out.append(
        ArticlePage(
            "updated-only-no-meta",
            "https://www.parks.example.gov/alerts/trail-closure-north-loop",
            _en(
                "Trail closure: North Loop",
                """<main><h1>Trail closure: North Loop</h1>
<p>The North Loop trail is closed for bridge repairs until further notice.</p>
<p class="page-updated">Page last updated: 3 December 2024</p></main>""",
                lang="en-GB",
            ),
            date(2024, 12, 3),
            "only an update date: the one day the page gives",
        )
    )
    out.append(
        ArticlePage(
            "wordpress-published-and-updated",
            "https://www.townnews.example.com/library-renovation-complete/",
            _en(
                "Library renovation complete",
                """<article class="post"><header class="entry-header"><h1 class="entry-title">Library renovation complete</h1>
<div class="entry-meta"><span class="posted-on"><a href="/library-renovation-complete/" rel="bookmark">
<time class="entry-date published" datetime="2024-11-18T09:00:00-05:00">November 18, 2024</time>
<time class="updated" datetime="2024-12-02T15:30:00-05:00">December 2, 2024</time></a></span></div></header>
<div class="entry-content"><p>The library reopens on Monday.</p></div></article>"""
                + _WP_SIDEBAR,
            ),
            date(2024, 11, 18),
            "WordPress entry-date published and updated side by side",
        )
    )
    return out


def all_articles() -> list[ArticlePage]:
    return _zh_articles() + _intl_articles()
