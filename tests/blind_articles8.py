"""Blind round 8: news and blog article pages beyond government sites, written before any scan.

Each page is built the way its CMS renders it in 2025-2026 (新华网, 人民网, 澎湃,
网易, 腾讯, 中新网, 第一财经, 知乎专栏, CSDN, 聯合新聞網, 明報, 鏡週刊, 香港經濟日報, BBC,
Guardian, Medium, Substack, WordPress, Ghost, BLOX papers running AP copy, live blogs,
CNN, NPR, The Hindu, Spiegel, heise, Golem, FAZ, Le Figaro, 20 Minutes, Clarín,
El Mundo, Yahoo!ニュース, 朝日新聞, Folha, Korean dailies, Corriere), with the chrome
real pages carry: mega menus, cookie banners, "most read" and "related" boxes with
newer dates, comments, footers with copyright years, and scripts.

Truth: `expected` is the page's publication day (day-exact), or None when the
page has no date of its own. htmldate's convention: the original publication
date, not a later update. Where a page shows several of its own dates the choice
is argued in `note`.

Judged as of NOW (a Thursday); 2026-11-20 is a Friday.
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
    expected: str | None  # ISO day, or None: the page has no date of its own
    note: str


# ------------------------------------------------------------------ filler

_ZH = [
    "记者从相关部门获悉，今年以来全国铁路累计发送旅客36.2亿人次，同比增长6.4%，创历史同期新高。",
    "业内人士分析认为，随着一揽子增量政策持续落地见效，市场预期明显改善，经济回升向好态势进一步巩固。",
    "据介绍，该项目采用了国内首创的智能建造技术，施工效率较传统方式提升约三成，碳排放下降近两成。",
    "专家指出，下一步应加快完善相关配套制度，推动数据要素有序流通，充分释放数字经济发展潜力。",
    "当天上午，来自全国各地的200余名代表齐聚一堂，围绕产业协同、科技创新等议题展开深入交流。",
    "数据显示，10月份社会消费品零售总额同比增长4.8%，其中服务零售额增速继续快于商品零售额。",
    "受访者普遍表示，近年来身边的公共服务越来越便利，不少事项“掌上办”“一次办”已成为常态。",
    "报告同时提醒，外部环境不确定性依然较多，部分行业仍面临需求不足、价格偏低等困难和挑战。",
]

_TW = [
    "業者指出，今年第四季訂單能見度明顯提升，預期明年上半年營收可望維持雙位數成長。",
    "主管機關表示，將持續關注市場動態，必要時採取相關措施，以維護金融市場穩定。",
    "分析師認為，AI伺服器需求強勁，帶動相關供應鏈出貨暢旺，但仍須留意匯率波動風險。",
    "據了解，該公司董事會已通過明年資本支出計畫，金額較今年增加約兩成，主要用於先進製程。",
    "市府官員說明，相關工程預計明年底完工，完工後將可有效紓解周邊交通壅塞問題。",
]

_EN = [
    "Officials said the new rules would take effect in stages, giving businesses time to adjust their systems and train staff.",
    "The decision follows months of negotiations between the two sides, which had been deadlocked over funding and oversight.",
    "Critics argue the plan does not go far enough, pointing to rising costs and a shortage of qualified workers in the sector.",
    "In a statement, the company said it remained committed to the region and would continue to invest in local operations.",
    "Analysts expect the figures to be revised once more complete data become available early next year.",
    "Residents who spoke to reporters described long waits and confusing instructions, though most said the situation had improved.",
    "The report, which drew on interviews with more than 200 people, found wide differences between regions and age groups.",
    "Lawmakers from both parties have signalled they are open to compromise, but significant hurdles remain before a final vote.",
]

_DE = [
    "Nach Angaben des Ministeriums sollen die neuen Regeln schrittweise in Kraft treten, damit Unternehmen genug Zeit zur Umstellung haben.",
    "Kritiker bemängeln, dass der Entwurf zentrale Fragen der Finanzierung offenlässt und die Kommunen zusätzlich belastet.",
    "Die Opposition kündigte an, den Gesetzentwurf im Bundestag nicht mitzutragen, und forderte umfassende Nachbesserungen.",
    "Experten rechnen damit, dass sich die Lage erst im kommenden Frühjahr spürbar entspannen wird.",
    "Wie ein Sprecher mitteilte, laufen die Gespräche mit den beteiligten Verbänden weiter; eine Einigung sei aber in Reichweite.",
]

_FR = [
    "Selon le ministère, la réforme doit entrer en vigueur progressivement afin de laisser aux entreprises le temps de s'adapter.",
    "Les syndicats dénoncent un texte « déséquilibré » et appellent à une nouvelle journée de mobilisation dans les prochaines semaines.",
    "Plusieurs élus locaux regrettent de ne pas avoir été consultés en amont et réclament des moyens supplémentaires.",
    "D'après les premières estimations, le dispositif pourrait concerner près de deux millions de ménages d'ici à la fin de l'année prochaine.",
]

_ES = [
    "Según fuentes oficiales, la medida entrará en vigor de forma gradual para dar tiempo a las empresas a adaptarse.",
    "La oposición criticó la propuesta y anunció que presentará enmiendas durante su tramitación en el Congreso.",
    "Los expertos advierten de que el impacto real dependerá de la evolución de la inflación en los próximos meses.",
    "Vecinos de la zona denunciaron retrasos en las obras y pidieron más información a las autoridades municipales.",
]

_JA = [
    "政府は関係省庁の連絡会議を開き、今後の対応方針について協議した。",
    "専門家は、物価上昇が家計に与える影響について引き続き注視する必要があると指摘している。",
    "同社によると、新工場は2028年の稼働開始を目指しており、約500人の雇用を見込んでいる。",
    "地元の住民からは、安全対策の強化を求める声が上がっている。",
]

_PT = [
    "Segundo o governo, a medida deve entrar em vigor de forma gradual para que as empresas possam se adaptar.",
    "Economistas avaliam que o impacto sobre a inflação deve ser limitado no curto prazo.",
    "A oposição afirmou que vai apresentar emendas ao texto durante a tramitação no Congresso.",
]

_KO = [
    "정부는 관계부처 합동회의를 열고 향후 대응 방안을 논의했다고 밝혔다.",
    "전문가들은 금리 인하 효과가 실물경제에 반영되기까지 시간이 걸릴 것으로 내다봤다.",
    "업계 관계자는 내년 상반기까지 수요 회복세가 이어질 것으로 전망했다.",
]

_IT = [
    "Secondo fonti di governo, il provvedimento entrerà in vigore gradualmente per consentire alle imprese di adeguarsi.",
    "L'opposizione ha annunciato emendamenti e chiesto un confronto in Parlamento prima del voto finale.",
    "Gli analisti si attendono un impatto limitato sui conti pubblici nel breve periodo.",
]


def _paras(sents: list[str], n: int, tag: str = "p", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for i in range(n):
        a = sents[i % len(sents)]
        b = sents[(i * 3 + 1) % len(sents)]
        out.append(f"<{tag}{c}>{a}{b}</{tag}>")
    return "\n".join(out)


def _menu(items: list[str], base: str, cls: str = "nav") -> str:
    lis = "".join(f'<li><a href="{base}/{i}/">{t}</a></li>' for i, t in enumerate(items))
    return f'<ul class="{cls}">{lis}</ul>'


def _mega(groups: dict[str, list[str]], base: str) -> str:
    out = ['<div class="mega-menu">']
    for gi, (head, items) in enumerate(groups.items()):
        out.append(f'<div class="mega-col"><h4><a href="{base}/s{gi}/">{head}</a></h4><ul>')
        for i, t in enumerate(items):
            out.append(f'<li><a href="{base}/s{gi}/{i}/">{t}</a></li>')
        out.append("</ul></div>")
    out.append("</div>")
    return "".join(out)


_ANALYTICS = """<script>
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-XXXX');
</script>"""

_BAIDU = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0a1b2c3d4e5f60718293a4b5c6d7e8f9";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""


def _css(n: int = 40) -> str:
    rules = "\n".join(
        f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 1234567) % 0xFFFFFF:06x};font-size:{12 + i % 6}px}}"
        for i in range(n)
    )
    return f"<style>{rules}</style>"


_ZH_NAV = ["首页", "时政", "国际", "财经", "科技", "军事", "社会", "体育", "娱乐", "汽车", "房产", "教育", "健康", "文化", "旅游", "视频", "图片", "评论", "专题", "地方"]
_EN_NAV = ["Home", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Culture", "Sport", "Travel", "Earth", "Video", "Live", "Opinion", "Lifestyle"]
_DE_NAV = ["Startseite", "Politik", "Ausland", "Wirtschaft", "Panorama", "Sport", "Kultur", "Netzwelt", "Wissenschaft", "Mobilität", "Geschichte", "Leben", "Reise", "Podcasts", "Video"]
_FR_NAV = ["Accueil", "Actualité", "Politique", "International", "Société", "Économie", "Culture", "Sport", "Sciences", "Santé", "Planète", "Tech", "Opinions", "Vidéos"]
_ES_NAV = ["Portada", "Política", "Economía", "Sociedad", "Internacional", "Deportes", "Cultura", "Espectáculos", "Tecnología", "Opinión", "Ciudades", "Autos"]
_JA_NAV = ["トップ", "速報", "政治", "経済", "国際", "社会", "スポーツ", "科学", "文化", "暮らし", "テック", "天気", "地域", "動画"]


def _zh_head(title: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>{extra}{_css(260)}{_BAIDU}</head>"
    )


def _en_head(title: str, extra: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>{extra}{_css(260)}{_ANALYTICS}</head>"
    )


def _jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


_PAGES: list[Article] = []


def _add(slug: str, url: str, html: str, expected: str | None, note: str) -> None:
    _PAGES.append(Article(slug, url, html, expected, note))


# ================================================================== Chinese media

# 1. 新华网: the info line with seconds and 来源; related list of newer days
_add(
    "zh_xinhua_info_source",
    "http://www.news.cn/politics/20261120/3f2a9c8d1e7b4a5c9d0e1f2a3b4c5d6e/c.html",
    _zh_head("全国冬季农业生产工作会议在京召开-新华网", '<meta name="keywords" content="冬季农业,生产">')
    + '<body><div class="header"><div class="logo"><a href="http://www.news.cn/"><img src="/logo.png" alt="新华网"></a></div>'
    + _menu(_ZH_NAV, "http://www.news.cn")
    + '</div><div class="main clearfix"><div class="head-line clearfix"><h1><span class="title">全国冬季农业生产工作会议在京召开</span></h1>'
    + '<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2026</em></span>'
    + '<span class="day"><em> 11</em>/<em>20</em></span><span class="time"> 10:31:05</span></div>'
    + '<div class="source">来源：新华网</div></div></div>'
    + '<div id="detail"><p>新华社北京11月20日电（记者王立彬）</p>'
    + _paras(_ZH, 14)
    + '</div><div class="editor">【责任编辑：张伟】</div>'
    + '<div class="relatedNews"><h3>相关新闻</h3><ul>'
    + "".join(
        f'<li><a href="http://www.news.cn/politics/202611{d}/a{d}/c.html">农业农村部部署今冬明春农田水利建设（{i}）</a><span>2026-11-{d}</span></li>'
        for i, d in enumerate(["25", "24", "23", "22"])
    )
    + '</ul></div></div><div class="foot"><p>Copyright © 2000-2026 XINHUANET.com All Rights Reserved.</p>'
    + "<p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div></body></html>",
    "2026-11-20",
    "新华网 split header (2026 / 11/20 / 10:31:05), dateline 北京11月20日电, URL 20261120; related news below is newer",
)

# 2. 人民网: the pipe line "2026年11月20日08:21 | 来源：人民网－人民日报"
_add(
    "zh_people_pipe_line",
    "http://politics.people.com.cn/n1/2026/1120/c1001-40612345.html",
    _zh_head("加快构建新发展格局 着力推动高质量发展--时政--人民网", '<meta name="publishdate" content="2026-11-20">')
    + '<body><div class="w1000 topbar"><a href="http://www.people.com.cn/">人民网首页</a> | <a href="#">手机人民网</a> | <a href="#">人民日报</a></div>'
    + '<div class="w1000 nav">'
    + _menu(_ZH_NAV, "http://www.people.com.cn")
    + '</div><div class="w1000 clearfix"><div class="col-1 fl"><div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/">时政</a></div>'
    + '<h1>加快构建新发展格局 着力推动高质量发展</h1>'
    + '<div class="col-1-1 fl">2026年11月20日08:21 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div>'
    + '<div class="rm_txt_con cf"><p>本报北京11月19日电　（记者李心萍）</p>'
    + _paras(_ZH, 16)
    + '<div class="edit cf">(责编：王震、岳弘彬)</div></div></div>'
    + '<div class="col-2 fr"><h2>24小时排行</h2><ol>'
    + "".join(f'<li><a href="/n1/2026/112{i}/c1001-4062{i}.html">热点新闻标题第{i}条</a></li>' for i in range(1, 6))
    + "</ol></div></div>"
    + '<div class="footer w1000"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 联系我们</p>'
    + "<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div></body></html>",
    "2026-11-20",
    "人民网 line: date and time run together (2026年11月20日08:21); the print dateline says 11月19日电 (the day before, the paper's), the web page is 11-20",
)

# 3. 澎湃: machine date in the header, relative times in recommendations and comments
_thepaper_next = json.dumps(
    {"props": {"pageProps": {"detailData": {"contentDetail": {"contId": 29512345, "name": "上海今冬首场寒潮来袭", "pubTime": "2026-11-20 10:31", "pubTimeLong": 1795141860000}}}}},
    ensure_ascii=False,
)
_add(
    "zh_thepaper_relative_recs",
    "https://www.thepaper.cn/newsDetail_forward_29512345",
    _zh_head("上海今冬首场寒潮来袭_澎湃新闻-The Paper")
    + '<body><div id="__next"><header class="index_header__a1"><a href="/"><img alt="澎湃新闻" src="/logo.png"></a>'
    + _menu(["要闻", "深度", "直播", "视频", "澎湃号", "上海", "国际", "财经", "科技", "思想", "生活"], "https://www.thepaper.cn/channel")
    + '</header><main class="index_wrapper__9kJx"><div class="index_leftcontent__8w"><h1 class="index_title__B8mhI">上海今冬首场寒潮来袭</h1>'
    + '<div class="index_headerContent__sa"><div class="index_left__LfzyH"><div class="ant-space ant-space-horizontal">'
    + '<div class="ant-space-item"><span>澎湃新闻记者 陈静</span></div></div>'
    + '<div class="ant-space ant-space-horizontal"><div class="ant-space-item"><span>2026-11-20 10:31</span></div>'
    + '<div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div>'
    + '<div class="index_cententWrap__Jv8jK">'
    + _paras(_ZH, 12)
    + '<p>责任编辑：李菁　图片编辑：金潔</p><p>校对：刘威</p></div>'
    + '<div class="index_commentList"><h3>评论(86)</h3>'
    + "".join(
        f'<div class="comment"><span class="name">澎湃网友{i}</span><p>说得好，要注意保暖。</p><span class="time">{t}</span></div>'
        for i, t in enumerate(["5小时前", "7小时前", "昨天 21:14", "11-24 18:02"])
    )
    + '</div></div><aside class="index_rightcontent"><h3>推荐</h3><ul>'
    + "".join(
        f'<li><a href="/newsDetail_forward_2952{i}">推荐阅读{i}：申城降温进行时</a><span class="time">{t}</span></li>'
        for i, t in enumerate(["3小时前", "4小时前", "1天前", "2天前"])
    )
    + '</ul></aside></main><footer><p>沪ICP备14003370号</p><p>© 2014-2026 上海东方报业有限公司</p></footer></div>'
    + f'<script id="__NEXT_DATA__" type="application/json">{_thepaper_next}</script></body></html>',
    "2026-11-20",
    "澎湃 header shows the machine date 2026-11-20 10:31; the recommendations and comments show relative times (3小时前, 昨天) that are NOW's",
)

# 4. 网易: Baidu cambrian JSON-LD with pubDate, post_info line
_add(
    "zh_163_cambrian_pubdate",
    "https://www.163.com/news/article/JH7K2M3V000189FH.html",
    _zh_head(
        "多地出台新政支持以旧换新|消费|补贴_网易新闻",
        '<meta property="article:published_time" content="2026-11-20T10:31:05+08:00">'
        + _jsonld(
            {
                "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
                "@id": "https://www.163.com/news/article/JH7K2M3V000189FH.html",
                "appid": "1582385427845634",
                "title": "多地出台新政支持以旧换新",
                "images": ["https://nimg.ws.126.net/a.jpg"],
                "description": "多地出台新政支持以旧换新",
                "pubDate": "2026-11-20T10:31:05",
                "upDate": "2026-11-20T10:31:05",
                "lrDate": "2026-11-20T10:31:05",
            }
        ),
    )
    + '<body><div class="ne_wrap_header">'
    + _menu(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "时尚", "手机", "数码", "房产", "家居", "旅游", "健康", "亲子", "艺术", "教育", "游戏"], "https://www.163.com")
    + '</div><div class="container clearfix"><div class="post_main"><h1 class="post_title">多地出台新政支持以旧换新</h1>'
    + '<div class="post_info">2026-11-20 10:31:05　来源: <a href="#">新京报</a> <a href="#comment">举报</a></div>'
    + '<div class="post_body">'
    + _paras(_ZH, 12)
    + '<p class="otitle">（原标题：多地出台新政支持以旧换新 消费市场持续回暖）</p></div>'
    + '<div class="post_author">本文来源：新京报 作者：王某 责任编辑：钟齐鸣_NN1086</div>'
    + '<div class="post_comment"><h3>跟贴 1286 人参与</h3>'
    + "".join(f'<div class="tie"><span>网易网友 广东省{i}</span><span class="time">2026-11-2{3 + i % 3} 0{i}:12:33</span><p>政策好</p></div>' for i in range(4))
    + '</div></div><div class="post_side"><h3>热点排行</h3><ol>'
    + "".join(f'<li><a href="/news/article/JH7K{i}.html">热点新闻{i}</a><span>{100 - i}万</span></li>' for i in range(1, 9))
    + '</ol></div></div><div class="N-footer"><p>网易公司版权所有 ©1997-2026</p><p>浙B2-20090185</p></div></body></html>',
    "2026-11-20",
    "网易: post_info line, article:published_time and the cambrian JSON-LD pubDate agree; the 跟贴 are newer",
)

# 5. 腾讯新闻: the visible time is year-less (11月20日 10:31), JSON-LD and window.DATA carry the year
_qq_data = json.dumps({"article_id": "20261120A03XYZ00", "title": "国产大飞机新航线开通", "pubtime": "2026-11-20 10:31:05", "media": "中国新闻网", "catalog1": "finance"}, ensure_ascii=False)
_add(
    "zh_qq_yearless_jsonld",
    "https://new.qq.com/rain/a/20261120A03XYZ00",
    _zh_head(
        "国产大飞机新航线开通_腾讯新闻",
        '<meta name="apub:time" content="2026/11/20 10:31:05">'
        + _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "国产大飞机新航线开通",
                "datePublished": "2026-11-20T10:31:05+08:00",
                "author": {"@type": "Organization", "name": "中国新闻网"},
            }
        ),
    )
    + '<body><div class="qq-header">'
    + _menu(["首页", "要闻", "财经", "科技", "娱乐", "体育", "汽车", "视频", "NBA"], "https://news.qq.com/ch")
    + '</div><div class="content-article"><h1>国产大飞机新航线开通</h1>'
    + '<div class="media-info"><a class="media-name" href="#">中国新闻网</a><span class="time">11月20日 10:31</span><span class="region">发布于北京</span></div>'
    + '<div class="rich_media_content">'
    + _paras(_ZH, 10)
    + '</div></div><div class="right-side"><h3>24小时热文</h3><ul>'
    + "".join(f'<li><a href="/rain/a/2026112{i}A0{i}ABC00">热文{i}</a></li>' for i in range(1, 6))
    + f'</ul></div><script>window.DATA = {_qq_data};</script>'
    + '<div class="footer">Copyright © 1998 - 2026 Tencent. All Rights Reserved</div></body></html>',
    "2026-11-20",
    "腾讯: visible 11月20日 10:31 without year (current year); JSON-LD datePublished, apub:time and the URL id 20261120 carry it",
)

# 6. 中新网: content_left_time with 来源, .shtml URL with /2026/11-20/
_add(
    "zh_chinanews_left_time",
    "https://www.chinanews.com.cn/gn/2026/11-20/10512345.shtml",
    _zh_head("全国多地迎来大范围降温降雪天气-中新网", '<meta name="pubdate" content="2026-11-20 10:31:05">')
    + '<body><div class="top_nav">'
    + _menu(["首页", "要闻", "国内", "国际", "社会", "财经", "大湾区", "华人", "文娱", "体育", "健康", "视频", "图片", "直播"], "https://www.chinanews.com.cn")
    + '<span class="today">2026年11月26日 星期四</span></div>'
    + '<div class="content_maincontent_more"><h1 class="content_left_title">全国多地迎来大范围降温降雪天气</h1>'
    + '<div class="content_left_time">2026年11月20日 10:31　来源：中国新闻网　<a href="#">参与互动</a></div>'
    + '<div class="left_zw"><p>中新网11月20日电 据中央气象台网站消息，</p>'
    + _paras(_ZH, 11)
    + '</div><div class="left_name"><div class="left_name">【编辑:刘欢】</div></div>'
    + '<div class="more_news"><h3>更多新闻</h3><ul>'
    + "".join(f'<li><a href="/gn/2026/11-2{d}/1051{d}00.shtml">寒潮过后气温回升（{d}）</a><span>11-2{d} 09:1{d}</span></li>' for d in [5, 4, 3])
    + '</ul></div></div><div class="footer"><p>本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。</p>'
    + "<p>Copyright ©1999-2026 chinanews.com. All Rights Reserved</p></div></body></html>",
    "2026-11-20",
    "中新网: 2026年11月20日 10:31 来源, URL /2026/11-20/; the header's today line (星期四) and more_news (11-25) are not the article's",
)

# 7. 第一财经: <em> date with seconds inside the title block
_add(
    "zh_yicai_em_time",
    "https://www.yicai.com/news/102934567.html",
    _zh_head("央行开展1.2万亿元买断式逆回购操作", '<meta name="description" content="央行公告">')
    + '<body><div class="m-header"><a href="/" class="logo">第一财经</a>'
    + _menu(["首页", "新闻", "数据", "视听", "一财号", "一财指数", "股市", "金融", "科技", "汽车"], "https://www.yicai.com")
    + '</div><div class="m-container"><div class="title f-pr"><h1>央行开展1.2万亿元买断式逆回购操作</h1>'
    + "<p><em>2026-11-20 10:31:05</em><span>来源：第一财经</span></p></div>"
    + '<div class="intro">央行将于11月21日开展1.2万亿元买断式逆回购操作，期限为3个月（91天）。</div>'
    + '<div class="m-txt">'
    + _paras(_ZH, 10)
    + '<p>举报</p><p class="editor">编辑：瞿依贤</p></div>'
    + '<div class="m-list"><h3>相关阅读</h3>'
    + "".join(f'<a class="f-db" href="/news/10293{i}.html"><h2>债市观察{i}</h2><div class="author"><span>2026-11-2{i} 1{i}:00</span></div></a>' for i in [5, 4, 3])
    + '</div></div><div class="footer"><p>沪ICP备16045768号</p><p>© 第一财经 版权所有 2026</p></div></body></html>',
    "2026-11-20",
    "第一财经: <em>2026-11-20 10:31:05</em>; the intro mentions 11月21日 (the operation's day, ahead), 相关阅读 newer",
)

# 8. 观察者网 style reprint: the page is published 11-20, the text says it first appeared in 2019
_add(
    "zh_guancha_reprint_2019",
    "https://www.guancha.cn/zhangwei/2026_11_20_756789.shtml",
    _zh_head("张维：我们为什么要重读这篇旧文", '<meta name="keywords" content="重读,旧文">')
    + '<body><div class="header">'
    + _menu(["首页", "国际", "军事", "财经", "科技", "观学院", "风闻", "视频", "专栏"], "https://www.guancha.cn")
    + '</div><div class="content"><h3>张维：我们为什么要重读这篇旧文</h3>'
    + '<div class="time fix"><span>2026-11-20 10:31:05</span><span>来源：观察者网</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
    + '<div class="all-txt"><p>【编者按】本文首发于2019年3月12日《文化纵横》，原题为《全球化的未来》。观察者网经授权转载，略有删改。</p>'
    + _paras(_ZH, 14)
    + '<p>（2019年3月初稿，2026年11月修订）</p></div>'
    + '<div class="author-intro">本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。</div>'
    + '<div class="module-news"><h4>最新闻 Hot</h4><ul>'
    + "".join(f'<li><a href="/internation/2026_11_2{d}_7570{d}.shtml">国际观察{d}</a></li>' for d in [5, 4, 3, 2])
    + '</ul></div></div><div class="footer"><p>Copyright © 2026 观察者 All rights reserved.</p><p>沪ICP备10213822号-2</p></div></body></html>',
    "2026-11-20",
    "reprint: this page's own line says 2026-11-20 10:31:05 (URL 2026_11_20); 2019年3月12日 is the original's date in another journal, not this page's",
)

# 9. 知乎专栏: only "编辑于" visible (the edit day); datePublished in the itemprop metas
_add(
    "zh_zhihu_edited_itemprop",
    "https://zhuanlan.zhihu.com/p/1975123456789012345",
    _zh_head("2026 年大模型推理优化的几个方向 - 知乎")
    + '<body><div id="root"><header class="ColumnPageHeader">'
    + '<a href="https://www.zhihu.com" aria-label="知乎">知乎</a><span>首发于</span><a href="/c_123456">机器学习笔记</a></header>'
    + '<article class="Post-Main Post-NormalMain" itemprop="articleBody" itemscope itemtype="http://schema.org/Article">'
    + '<meta itemprop="headline" content="2026 年大模型推理优化的几个方向">'
    + '<meta itemprop="datePublished" content="2026-11-20T02:31:05.000Z">'
    + '<meta itemprop="dateModified" content="2026-11-22T00:02:41.000Z">'
    + '<meta itemprop="commentCount" content="35">'
    + '<header class="Post-Header"><h1 class="Post-Title">2026 年大模型推理优化的几个方向</h1>'
    + '<div class="AuthorInfo"><span class="UserLink AuthorInfo-name">李明</span><div class="AuthorInfo-badgeText">算法工程师</div></div></header>'
    + '<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">'
    + _paras(_ZH, 12)
    + '</div></div><div class="ContentItem-time">编辑于 2026-11-22 08:02・IP 属地北京</div>'
    + '<div class="Post-topicsAndReviewer"><span>大语言模型</span><span>推理加速</span></div>'
    + '</article><div class="Comments-container"><h2>35 条评论</h2>'
    + "".join(f'<div class="CommentItem"><span>用户{i}</span><p>学习了</p><span class="CommentItem-time">11-2{4 + i % 2}・上海</span></div>' for i in range(3))
    + '</div><div class="Recommendations-Main"><h3>推荐阅读</h3>'
    + "".join(f'<a href="/p/19751234{i}">推理框架对比{i}</a>' for i in range(4))
    + "</div></div></body></html>",
    "2026-11-20",
    "知乎: visible 编辑于 2026-11-22 is the last edit; itemprop datePublished 2026-11-20T02:31Z (10:31 Beijing) is the original publication",
)

# 10. CSDN: "最新推荐文章于 ... 发布" at the top is another article's; the post's own "于 ... 发布"
_add(
    "zh_csdn_latest_recommend",
    "https://blog.csdn.net/weixin_45678901/article/details/143912345",
    _zh_head("Python 异步爬虫实战：aiohttp 并发控制详解_aiohttp 并发-CSDN博客")
    + '<body><div id="csdn-toolbar">'
    + _menu(["博客", "下载", "学习", "社区", "GitCode", "InsCode", "会议"], "https://www.csdn.net")
    + '</div><div class="blog-content-box"><div class="article-header-box"><div class="article-header">'
    + '<div class="article-title-box"><h1 class="title-article" id="articleContentId">Python 异步爬虫实战：aiohttp 并发控制详解</h1></div>'
    + '<div class="article-info-box"><div class="up-time"><span>最新推荐文章于&nbsp;2026-11-25 15:06:12&nbsp;发布</span></div>'
    + '<div class="bar-content"><img class="article-type-img" src="/original.png" alt="">'
    + '<a class="follow-nickName" href="#">码农小王</a>'
    + '<span class="time">于&nbsp;2026-11-20 10:31:05&nbsp;发布</span>'
    + '<span class="read-count">阅读量1.2k</span><span class="get-collection">收藏 23</span></div>'
    + '<div class="blog-tags-box"><span class="label">文章标签：</span><a>python</a><a>aiohttp</a><a>爬虫</a></div>'
    + '<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div></div>'
    + '</div></div></div><div id="content_views" class="markdown_views">'
    + _paras(_ZH, 10)
    + "<pre><code>async with aiohttp.ClientSession() as s:\n    await asyncio.gather(*tasks)</code></pre></div>"
    + '<div class="recommend-box"><h3>相关推荐</h3>'
    + "".join(f'<div class="recommend-item"><a href="/x/article/details/1439{i}">aiohttp 教程{i}</a><span class="info-time">2026-11-2{i}</span></div>' for i in [5, 4, 3])
    + '</div><div class="comment-box"><span class="date">2026.11.24</span><p>写得很清楚</p></div></div>'
    + '<div class="footer">© 1999-2026 北京创新乐知网络技术有限公司</div></body></html>',
    "2026-11-20",
    "CSDN: 于 2026-11-20 10:31:05 发布 is the post's; 最新推荐文章于 2026-11-25 发布 above it names the newest recommended article",
)

# ================================================================== Taiwan and Hong Kong

# 11. 經濟日報 (udn money): article-body__time, 即時 sidebar newer
_add(
    "tw_money_udn_body_time",
    "https://money.udn.com/money/story/5612/8412345",
    _zh_head("台積電擴大先進封裝產能 明年資本支出估增兩成 | 產業熱點 | 產業 | 經濟日報")
    .replace('lang="zh-CN"', 'lang="zh-Hant-TW"')
    .replace("</head>", '<meta name="date" content="2026/11/20 10:31:00"></head>')
    + '<body><header class="header">'
    + _menu(["首頁", "即時", "要聞", "產業", "證券", "國際", "金融", "期貨", "理財", "房市", "專欄", "商情"], "https://money.udn.com/money/cate")
    + '</header><main><section class="article-body"><h1 class="article-body__title">台積電擴大先進封裝產能 明年資本支出估增兩成</h1>'
    + '<div class="article-body__info"><span class="article-body__author">經濟日報 記者李孟珊／台北即時報導</span>'
    + '<span class="article-body__time">2026-11-20 10:31</span></div>'
    + '<section class="article-body__editor">'
    + _paras(_TW, 10)
    + '</section></section><aside class="sidebar"><h3>即時新聞</h3><ul>'
    + "".join(f'<li><a href="/money/story/5607/84{i}">台股盤中{i}</a><time>2026-11-2{i} 09:0{i}</time></li>' for i in [6, 5, 4])
    + '</ul><h3>熱門排行</h3><ol>'
    + "".join(f"<li><a href=\"/money/story/5612/83{i}\">熱門{i}</a></li>" for i in range(5))
    + '</ol></aside></main><footer><p>經濟日報 © 2026 All rights reserved. 版權所有 禁止轉貼節錄</p></footer></body></html>',
    "2026-11-20",
    "經濟日報: article-body__time 2026-11-20 10:31; the 即時新聞 sidebar holds 11-24..26",
)

# 12. 明報: header shows TODAY with weekday; the article's day is a separate weekday line
_add(
    "hk_mingpao_today_header",
    "https://news.mingpao.com/pns/%E6%B8%AF%E8%81%9E/article/20261120/s00002/1795123456789/",
    _zh_head("港聞 - 北都大學城首階段規劃出爐 - 明報新聞網")
    .replace('lang="zh-CN"', 'lang="zh-HK"')
    + '<body><div id="topbar"><div class="date">2026年11月26日 星期四</div><div class="weather">香港天文台 18°C</div></div>'
    + '<div id="mainmenu">'
    + _menu(["每日明報", "即時新聞", "要聞", "港聞", "經濟", "娛樂", "社評", "觀點", "中國", "國際", "教育", "體育", "副刊"], "https://news.mingpao.com/pns")
    + '</div><div id="blockcontent"><div class="date">2026年11月20日 星期五</div>'
    + '<h1>北都大學城首階段規劃出爐</h1><div class="txt4">'
    + _paras(_TW, 9)
    + '</div><div class="related"><h3>相關新聞</h3><ul>'
    + "".join(f"<li><a href=\"/pns/港聞/article/202611{d}/s00002/17951{d}/\">北都進展({d})</a></li>" for d in ["24", "22"])
    + '</ul></div></div><div id="footer"><p>明報網站 © 版權所有 2026 Ming Pao Holdings Limited</p></div></body></html>',
    "2026-11-20",
    "明報 daily: the article's 2026年11月20日 星期五 (URL 20261120); the top bar's 2026年11月26日 星期四 is today's clock",
)

# 13. 鏡週刊: dotted dates with 臺北時間, published and updated
_add(
    "tw_mirrormedia_dots",
    "https://www.mirrormedia.mg/story/20261120soc003",
    _zh_head("北市冬季用電尖峰提前 台電啟動需量反應 - 鏡週刊 Mirror Media")
    .replace('lang="zh-CN"', 'lang="zh-Hant-TW"')
    + '<body><header>'
    + _menu(["時事", "娛樂", "財經理財", "人物", "國際", "生活", "影音", "鏡食旅", "會員專區"], "https://www.mirrormedia.mg/section")
    + '</header><article><div class="section-name">社會</div><h1>北市冬季用電尖峰提前 台電啟動需量反應</h1>'
    + '<div class="credits"><span>文｜鏡週刊記者 陳小華</span></div>'
    + '<div class="date"><p>發布時間 2026.11.20 10:31 臺北時間</p><p>更新時間 2026.11.21 08:02 臺北時間</p></div>'
    + '<div class="article-content">'
    + _paras(_TW, 10)
    + '</div></article><aside><h3>最新文章</h3><ul>'
    + "".join(f"<li><a href=\"/story/2026112{d}soc00{d}\">最新{d}</a><span>2026.11.2{d}</span></li>" for d in [5, 4])
    + '</ul></aside><footer>© 2026 Mirror Media. All rights reserved.</footer></body></html>',
    "2026-11-20",
    "鏡週刊: 發布時間 2026.11.20 (dotted), 更新時間 2026.11.21 is an update; URL 20261120",
)

# 14. 香港經濟日報: full date-time with 最後更新
_add(
    "hk_hket_last_update",
    "https://inews.hket.com/article/3912345/",
    _zh_head("金管局：銀行體系總結餘維持充裕")
    .replace('lang="zh-CN"', 'lang="zh-HK"')
    + '<body><header>'
    + _menu(["即時新聞", "財經", "地產", "科技", "國際", "港聞", "中國", "評論", "生活"], "https://inews.hket.com/sran")
    + '</header><div class="article-detail"><h1 class="article-title">金管局：銀行體系總結餘維持充裕</h1>'
    + '<div class="article-details-info"><span class="article-details-info-container_date">2026年11月20日 10:31</span>'
    + '<span class="article-details-info-container_lastupdate">最後更新日期：2026年11月21日 08:02</span></div>'
    + '<div class="article-detail-content-container">'
    + _paras(_TW, 9)
    + '</div></div><aside class="hot"><h3>熱門</h3><ul>'
    + "".join(f"<li><a href=\"/article/39{i}/\">熱門文章{i}</a></li>" for i in range(5))
    + '</ul></aside><footer>© 2026 Hong Kong Economic Times Holdings Ltd.</footer></body></html>',
    "2026-11-20",
    "香港經濟日報: 2026年11月20日 10:31; 最後更新日期 2026年11月21日 is an update",
)

# ================================================================== English

# 15. BBC: <time datetime> + "20 November 2026"; related with relative times
_add(
    "en_bbc_related_relative",
    "https://www.bbc.co.uk/news/articles/c2e4g7k1m9po",
    _en_head(
        "Council tax: Town halls warn of cuts as budgets tighten - BBC News",
        '<meta property="og:type" content="article">',
        "en-GB",
    )
    + '<body><div id="orb-banner"><p>We use cookies to give you the best online experience. <a href="/usingthebbc/cookies/">Let us know if you agree</a></p></div>'
    + '<header data-testid="header">'
    + _menu(_EN_NAV, "https://www.bbc.co.uk/news")
    + '</header><main id="main-content"><article><div data-component="headline-block"><h1>Council tax: Town halls warn of cuts as budgets tighten</h1></div>'
    + '<div data-component="byline-block"><div data-testid="byline-new"><time data-testid="timestamp" datetime="2026-11-20T10:31:05.000Z">20 November 2026</time>'
    + '<div><span data-testid="byline-new-contributors">Jane Smith</span><span>Local government correspondent</span></div></div></div>'
    + "".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in (_EN * 2))
    + '</article><section data-testid="related-content"><h2>More on this story</h2><ul>'
    + "".join(
        f'<li><a href="/news/articles/c{i}xy">Councils face funding gap {i}</a><time datetime="2026-11-2{d}T09:00:00.000Z">{lbl}</time></li>'
        for i, (d, lbl) in enumerate([("6", "3 hrs ago"), ("5", "1 day ago"), ("4", "2 days ago")])
    )
    + '</ul></section></main><footer><p>Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.</p></footer></body></html>',
    "2026-11-20",
    "BBC: <time datetime=2026-11-20T10:31Z>20 November 2026</time>; 'More on this story' is newer (relative labels, datetime 11-24..26)",
)

# 16. Guardian: "Fri 20 Nov 2026 10.31 GMT" and Last modified; Most viewed without dates
_add(
    "en_guardian_dots_modified",
    "https://www.theguardian.com/environment/2026/nov/20/uk-heat-pump-installations-record",
    _en_head(
        "Heat pump installations in UK hit record high | Energy | The Guardian",
        '<meta property="article:published_time" content="2026-11-20T10:31:05.000Z">'
        '<meta property="article:modified_time" content="2026-11-21T08:02:00.000Z">',
        "en-GB",
    )
    + '<body><div class="cmp-banner">We use cookies. Our privacy policy was last updated on 24 November 2026. <button>Yes, I’m happy</button></div>'
    + '<header><nav>'
    + _menu(["News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Climate crisis", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"], "https://www.theguardian.com")
    + '</nav></header><main><article><h1>Heat pump installations in UK hit record high</h1>'
    + '<div data-gu-name="meta"><address><a rel="author" href="/profile/x">Helena Horton</a> Environment reporter</address>'
    + '<details class="dcr-meta"><summary><span class="dcr-u0h1qy">Fri 20 Nov 2026 10.31 GMT</span></summary>'
    + '<div class="dcr-1vlr9mm">Last modified on Sat 21 Nov 2026 08.02 GMT</div></details></div>'
    + '<div id="maincontent"><div class="article-body-commercial-selector">'
    + _paras(_EN, 12)
    + '</div></div></article><section data-component="most-viewed"><h2>Most viewed</h2><ol>'
    + "".join(f'<li><a href="/uk-news/2026/nov/2{d}/story-{d}">Most viewed story {d}</a></li>' for d in [6, 5, 5, 4, 3])
    + '</ol></section></main><footer>© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</footer></body></html>',
    "2026-11-20",
    "Guardian: Fri 20 Nov 2026 10.31 GMT (time with a dot), Last modified 11-21, URL /2026/nov/20/; the CMP line 24 November 2026 is a policy date",
)

# 17. Medium: "5 min read · Nov 20, 2026" (read time first), more from the author newer
_add(
    "en_medium_readtime_first",
    "https://medium.com/@anna.k/what-i-learned-migrating-to-postgres-17-3b9f1a2c4d5e",
    _en_head(
        "What I Learned Migrating to Postgres 17 | by Anna K | Medium",
        '<meta property="article:published_time" content="2026-11-20T10:31:05.512Z">'
        '<meta name="twitter:data1" content="5 min read">',
    )
    + '<body><div id="root"><div class="metabar"><a href="/">Medium</a><a href="/m/signin">Sign in</a></div>'
    + '<article><div class="pw-post-title"><h1 data-testid="storyTitle">What I Learned Migrating to Postgres 17</h1></div>'
    + '<div class="speechify-ignore"><a data-testid="authorName" href="/@anna.k">Anna K</a><span>Follow</span>'
    + '<div><span data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">Nov 20, 2026</span></div></div>'
    + '<section>'
    + _paras(_EN, 10, cls="pw-post-body-paragraph")
    + '</section></article><div class="more-from"><h2>More from Anna K</h2>'
    + "".join(f'<div><a href="/@anna.k/post-{d}">Post {d}</a><span>Nov 2{d}, 2026</span><span>4 min read</span></div>' for d in [5, 3])
    + '</div><div class="recommended"><h2>Recommended from Medium</h2>'
    + "".join(f'<div><a href="/@x/rec-{d}">Rec {d}</a><span>{d}d ago</span></div>' for d in [1, 2, 6])
    + '</div><footer><a href="/about">About</a> <a href="/policy">Terms</a></footer></div></body></html>',
    "2026-11-20",
    "Medium: '5 min read · Nov 20, 2026', the read time first; More from the author shows Nov 25/23",
)

# 18. Substack: year-less "Nov 20" (current year), JSON-LD with the full date, newer comments
_substack_preload = json.dumps({"post": {"id": 151234567, "title": "The quiet end of cheap money", "post_date": "2026-11-20T15:31:05.000Z", "comment_count": 42}})
_add(
    "en_substack_yearless",
    "https://econnotes.substack.com/p/the-quiet-end-of-cheap-money",
    _en_head(
        "The quiet end of cheap money - Econ Notes",
        _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "url": "https://econnotes.substack.com/p/the-quiet-end-of-cheap-money",
                "headline": "The quiet end of cheap money",
                "datePublished": "2026-11-20T15:31:05+00:00",
                "dateModified": "2026-11-24T09:00:00+00:00",
                "author": [{"@type": "Person", "name": "Sam Lee"}],
            }
        ),
    )
    + '<body><div class="main-menu"><a href="/">Econ Notes</a><a href="/archive">Archive</a><a href="/about">About</a><button>Subscribe</button></div>'
    + '<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">The quiet end of cheap money</h1>'
    + '<h3 class="subtitle">Why rates will stay higher for longer</h3>'
    + '<div class="post-meta"><a href="/@samlee">Sam Lee</a><div class="pencraft">Nov 20</div><div>42</div></div></div>'
    + '<div class="available-content"><div class="body markup">'
    + _paras(_EN, 11)
    + '</div></div></article><div class="comments-page"><h4>Discussion about this post</h4>'
    + "".join(f'<div class="comment"><a>Reader {i}</a><a class="date" title="Nov 2{3 + i}, 2026, 8:1{i} PM">Nov 2{3 + i}</a><p>Great piece.</p></div>' for i in range(3))
    + '</div><footer>© 2026 Sam Lee · Privacy ∙ Terms ∙ Collection notice</footer>'
    + f'<script>window._preloads = JSON.parse({json.dumps(_substack_preload)})</script></body></html>',
    "2026-11-20",
    "Substack: visible 'Nov 20' has no year (current-year posts); JSON-LD datePublished 2026-11-20; comments Nov 23-25 are newer",
)

# 19. WordPress: Posted on (Nov 3) and Updated on (Nov 22), comments newer
_add(
    "en_wp_posted_updated",
    "https://gardenersnotebook.blog/overwintering-dahlias-in-pots/",
    _en_head(
        "Overwintering Dahlias in Pots – The Gardener's Notebook",
        '<meta property="article:published_time" content="2026-11-03T09:12:44+00:00">'
        '<meta property="article:modified_time" content="2026-11-22T18:40:02+00:00">',
    )
    + '<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header">'
    + '<p class="site-title"><a href="/">The Gardener\'s Notebook</a></p>'
    + _menu(["Home", "Vegetables", "Flowers", "Fruit", "Houseplants", "Seasonal Jobs", "About", "Contact"], "https://gardenersnotebook.blog/category", "menu")
    + '</header><main id="primary"><article id="post-2841" class="post-2841 post type-post status-publish">'
    + '<header class="entry-header"><h1 class="entry-title">Overwintering Dahlias in Pots</h1>'
    + '<div class="entry-meta"><span class="posted-on">Posted on <a href="/overwintering-dahlias-in-pots/" rel="bookmark">'
    + '<time class="entry-date published" datetime="2026-11-03T09:12:44+00:00">November 3, 2026</time></a></span>'
    + '<span class="updated-on"> Updated on <time class="updated" datetime="2026-11-22T18:40:02+00:00">November 22, 2026</time></span>'
    + '<span class="byline"> by <span class="author vcard"><a href="/author/margaret/">Margaret</a></span></span></div></header>'
    + '<div class="entry-content">'
    + _paras(_EN, 10)
    + '</div></article><div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on “Overwintering Dahlias in Pots”</h2><ol class="comment-list">'
    + "".join(
        f'<li class="comment"><article class="comment-body"><b class="fn">Reader{i}</b><div class="comment-metadata"><a href="#c{i}"><time datetime="2026-11-2{i}T1{i}:00:00+00:00">November 2{i}, 2026 at 1{i}:00 pm</time></a></div><p>Thanks!</p></article></li>'
        for i in range(3, 7)
    )
    + '</ol></div></main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
    + "".join(f'<li><a href="/post-{d}/">Seasonal job {d}</a><span class="post-date">November {d}, 2026</span></li>' for d in [24, 17, 10])
    + '</ul></section></aside><footer class="site-footer"><div class="site-info">© 2026 The Gardener\'s Notebook · Proudly powered by WordPress</div></footer></div></body></html>',
    "2026-11-03",
    "WordPress: Posted on November 3, 2026 (entry-date published) is the original; Updated on November 22 is an update; comments and Recent Posts newer",
)

# 20. Ghost: JSON-LD datePublished (Oct 30) and dateModified (Nov 25), visible published
_add(
    "en_ghost_published_modified",
    "https://blog.tinyops.dev/zero-downtime-migrations/",
    _en_head(
        "Zero-downtime migrations, revisited",
        '<meta property="article:published_time" content="2026-10-30T14:05:00.000Z">'
        '<meta property="article:modified_time" content="2026-11-25T07:50:12.000Z">'
        + _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "publisher": {"@type": "Organization", "name": "TinyOps"},
                "headline": "Zero-downtime migrations, revisited",
                "url": "https://blog.tinyops.dev/zero-downtime-migrations/",
                "datePublished": "2026-10-30T14:05:00.000Z",
                "dateModified": "2026-11-25T07:50:12.000Z",
            }
        ),
    )
    + '<body class="post-template"><div class="gh-site"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">TinyOps</a>'
    + _menu(["Home", "Tags", "Newsletter", "About"], "https://blog.tinyops.dev", "gh-head-menu")
    + '</header><main id="gh-main"><article class="gh-article post"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title">Zero-downtime migrations, revisited</h1>'
    + '<div class="gh-article-meta"><span class="gh-article-meta-author">Priya N.</span>'
    + '<time class="gh-article-meta-date" datetime="2026-10-30">Oct 30, 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 7 min read</span></div></header>'
    + '<section class="gh-content gh-canvas">'
    + _paras(_EN, 11)
    + '<p><em>Update, Nov 25: added a note on Postgres 17 logical replication.</em></p></section></article>'
    + '<section class="gh-read-next"><h3>Read next</h3>'
    + "".join(f'<article class="gh-card"><a href="/p{d}/"><h3>Post {d}</h3><time datetime="2026-11-{d}">Nov {d}, 2026</time></a></article>' for d in [24, 12])
    + '</section></main><footer class="gh-foot">TinyOps © 2026. Powered by Ghost</footer></div></body></html>',
    "2026-10-30",
    "Ghost: datePublished / visible Oct 30, 2026; dateModified and the 'Update, Nov 25' note are later; Read next holds Nov 24",
)

# 21. BLOX local paper running AP copy: dateline and "Nov. 20, 2026"
_add(
    "en_blox_ap_dateline",
    "https://www.hillcountrytimes.com/news/national/article_4f1c2a9e-86b1-11ef-9c1e-0b2a3c4d5e6f.html",
    _en_head(
        "Senate passes stopgap spending bill, averting shutdown | National | hillcountrytimes.com",
        '<meta itemprop="datePublished" content="2026-11-20T10:31:00-06:00">',
    )
    + '<body><div id="site-navbar-container">'
    + _menu(["News", "Local", "Sports", "Obituaries", "Opinion", "Entertainment", "Classifieds", "e-Edition", "Subscribe"], "https://www.hillcountrytimes.com")
    + '</div><div class="weather-widget">Kerrville, TX 58°F Partly cloudy</div>'
    + '<article class="asset"><header class="asset-header"><h1 class="headline"><span class="asset-headline">Senate passes stopgap spending bill, averting shutdown</span></h1>'
    + '<ul class="list-inline"><li><span class="asset-byline">By MARY CLARE JALONICK and LISA MASCARO Associated Press</span></li></ul>'
    + '<ul class="list-inline asset-date"><li><time datetime="2026-11-20T10:31:00-06:00" class="tnt-date asset-date text-muted">Nov 20, 2026</time></li>'
    + '<li>Updated <time datetime="2026-11-21T07:15:00-06:00" class="tnt-date">Nov 21, 2026</time></li></ul></header>'
    + '<div class="asset-content subscriber-premium"><div itemprop="articleBody"><p>WASHINGTON (AP) — The Senate on Friday passed a bill to keep the government funded through Jan. 30, 2027, sending it to the president hours before a shutdown deadline.</p>'
    + _paras(_EN, 9)
    + '<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></div></div>'
    + '</article><div class="tnt-section-block"><h3>Most Popular</h3><ul>'
    + "".join(f'<li><a href="/news/local/article_{i}.html">Local story {i}</a><time datetime="2026-11-2{i}">Nov 2{i}, 2026</time></li>' for i in [5, 4, 3])
    + '</ul></div><footer>© Copyright 2026 Hill Country Times, 401 Main St, Kerrville, TX | Terms of Use | Privacy Policy</footer></body></html>',
    "2026-11-20",
    "BLOX/AP: Nov 20, 2026 time; 'Updated Nov 21' later; the text's Jan. 30, 2027 is a future deadline; Most Popular newer",
)

# 22. Live blog: posted 11-24, entries run into 11-25
_live_entries = [
    ("2026-11-25T09:12:00Z", "09:12 GMT 25 Nov", "Polls open in the last constituencies."),
    ("2026-11-25T06:40:00Z", "06:40 GMT 25 Nov", "Overnight count update from the north."),
    ("2026-11-24T21:05:00Z", "21:05 GMT 24 Nov", "First exit poll released."),
    ("2026-11-24T08:00:00Z", "08:00 GMT 24 Nov", "Welcome to our live coverage."),
]
_add(
    "en_liveblog_entries_newer",
    "https://www.dailyrecord-news.co.uk/news/live/election-night-live-updates",
    _en_head(
        "Election night: live updates as results come in",
        _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Election night: live updates as results come in",
                "datePublished": "2026-11-24T08:00:00Z",
                "dateModified": "2026-11-25T09:12:00Z",
                "coverageStartTime": "2026-11-24T08:00:00Z",
                "coverageEndTime": "2026-11-25T18:00:00Z",
                "liveBlogUpdate": [{"@type": "BlogPosting", "headline": t, "datePublished": d} for d, _, t in _live_entries],
            }
        ),
        "en-GB",
    )
    + '<body><header>'
    + _menu(["News", "Politics", "Sport", "Business", "What's On", "Property", "Jobs"], "https://www.dailyrecord-news.co.uk")
    + '</header><main><h1>Election night: live updates as results come in</h1>'
    + '<div class="byline">By Live Desk · <time datetime="2026-11-24T08:00:00Z">Tuesday 24 November 2026 08:00</time></div>'
    + '<div class="live-summary"><h2>Key points</h2><ul><li>Turnout above 60%</li><li>Results expected by dawn</li></ul></div>'
    + "".join(
        f'<div class="live-post"><time datetime="{d}">{lbl}</time><h3>{t}</h3>{_paras(_EN, 2)}</div>'
        for d, lbl, t in _live_entries
    )
    + '</main><footer>© 2026 Daily Record News Ltd</footer></body></html>',
    "2026-11-24",
    "live blog: published 24 Nov 08:00 (byline time, datePublished); entries of 25 Nov are updates of the same page",
)

# 23. Evergreen post: originally published 2019, updated 2026 (same post, same site)
_add(
    "en_originally_published_2019",
    "https://www.frugalfamilyblog.com/how-to-make-a-budget/",
    _en_head(
        "How to Make a Budget That Actually Works (2026 Update)",
        '<meta property="article:published_time" content="2019-03-12T08:00:00+00:00">'
        '<meta property="article:modified_time" content="2026-11-20T10:31:05+00:00">',
    )
    + '<body class="single-post"><header class="site-header">'
    + _menu(["Start Here", "Budgeting", "Saving", "Debt", "Investing", "Recipes", "Shop"], "https://www.frugalfamilyblog.com/category", "menu")
    + '</header><div class="cookie-notice">This site uses cookies. By continuing you agree to our privacy policy (updated 1 November 2026).</div>'
    + '<main><article class="post"><h1 class="entry-title">How to Make a Budget That Actually Works (2026 Update)</h1>'
    + '<p class="entry-meta"><span class="updated-notice">Last updated: <time class="updated" datetime="2026-11-20T10:31:05+00:00">November 20, 2026</time></span> by Jen · <a href="#comments">58 comments</a></p>'
    + '<p class="disclosure">This post may contain affiliate links. Read our disclosure policy.</p>'
    + '<div class="entry-content"><p><em>This post was originally published on <time class="entry-date published" datetime="2019-03-12T08:00:00+00:00">March 12, 2019</time> and has been updated with 2026 numbers.</em></p>'
    + _paras(_EN, 10)
    + '</div></article><div id="comments"><ol>'
    + "".join(f'<li><cite>Reader {i}</cite> <span class="comment-date">November 2{i}, 2026</span><p>Very helpful.</p></li>' for i in [1, 3, 5])
    + '</ol></div></main><footer>© 2019–2026 Frugal Family Blog LLC</footer></body></html>',
    "2019-03-12",
    "evergreen post: the same post first published March 12, 2019 (published time, 'originally published on'); 'Last updated November 20, 2026' is an update; original_date wins",
)

# 24. URL date earlier than the stated publication (/2026/11/18/ vs Published November 20)
_add(
    "en_url_date_before_published",
    "https://www.techinsider-daily.com/2026/11/18/chipmaker-unveils-2nm-roadmap/",
    _en_head(
        "Chipmaker unveils 2nm roadmap at investor day - TechInsider Daily",
        '<meta property="article:published_time" content="2026-11-20T10:31:05-05:00">'
        + _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Chipmaker unveils 2nm roadmap at investor day",
                "datePublished": "2026-11-20T10:31:05-05:00",
                "dateModified": "2026-11-20T12:00:00-05:00",
            }
        ),
    )
    + '<body><header>'
    + _menu(["Latest", "Chips", "AI", "Mobile", "Cloud", "Security", "Deals", "Reviews"], "https://www.techinsider-daily.com")
    + '</header><main><article><h1>Chipmaker unveils 2nm roadmap at investor day</h1>'
    + '<div class="meta"><span class="author">By Kevin Ortiz</span> · <span class="published">Published November 20, 2026 10:31 a.m. ET</span></div>'
    + '<div class="article-body"><p>The company laid out its roadmap at an investor day on Thursday, Nov. 19, two days after a preview briefing for analysts on Nov. 17.</p>'
    + _paras(_EN, 9)
    + '</div></article><aside class="latest"><h3>Latest</h3><ul>'
    + "".join(f'<li><a href="/2026/11/2{d}/story-{d}/">Story {d}</a></li>' for d in [5, 4, 3])
    + '</ul></aside></main><footer>© 2026 TechInsider Daily</footer></body></html>',
    "2026-11-20",
    "URL says /2026/11/18/ (the slug was saved as a draft then), but the page states Published November 20, 2026 (meta and JSON-LD agree): the stated publication wins over the permalink's day",
)

# 25. CNN: only "Updated ..., Fri November 20, 2026" visible; published 11-19 (URL, meta)
_add(
    "en_cnn_updated_visible",
    "https://edition.cnn.com/2026/11/19/politics/budget-deal-congress/index.html",
    _en_head(
        "Congress reaches budget deal | CNN Politics",
        '<meta property="article:published_time" content="2026-11-19T15:10:00.000Z">'
        '<meta property="article:modified_time" content="2026-11-20T15:31:00.000Z">'
        '<meta name="pubdate" content="2026-11-19T15:10:00Z">',
    )
    + '<body><header class="header">'
    + _menu(["US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports", "Science", "Climate", "Weather"], "https://edition.cnn.com")
    + '</header><main><div class="headline"><h1 class="headline__text">Congress reaches budget deal</h1>'
    + '<div class="headline__footer"><div class="byline"><span class="byline__name">Manu Raju</span>, CNN</div>'
    + '<div class="timestamp vossi-timestamp">Updated 10:31 AM EST, Fri November 20, 2026</div></div></div>'
    + '<div class="article__content">'
    + _paras(_EN, 10, cls="paragraph inline-placeholder")
    + '</div><div class="related-content"><h2>Related</h2>'
    + "".join(f'<a href="/2026/11/2{d}/politics/x-{d}/index.html">Related {d}</a>' for d in [4, 2])
    + '</div></main><footer>© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</footer></body></html>',
    "2026-11-19",
    "CNN: the page shows only its update (Fri November 20); it was published 2026-11-19 (URL /2026/11/19/, article:published_time)",
)

# 26. NPR dateblock: date and time in separate spans in one <time>
_add(
    "en_npr_dateblock",
    "https://www.npr.org/2026/11/20/nx-s1-5212345/wildfire-smoke-school-closures",
    _en_head(
        "Wildfire smoke forces school closures across the West : NPR",
        '<meta name="date" content="2026-11-20">',
    )
    + '<body><header id="globalheader">'
    + _menu(["News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "NPR Shop"], "https://www.npr.org/sections")
    + '</header><article class="story"><div class="storytitle"><h1>Wildfire smoke forces school closures across the West</h1></div>'
    + '<div id="story-meta"><div class="byline-container--block"><p class="byline__name">By Nathan Rott</p></div>'
    + '<div class="dateblock"><time datetime="2026-11-20T10:31:05-05:00"><span class="date">November 20, 2026</span><span class="time">10:31 AM ET</span></time></div></div>'
    + '<div id="storytext" class="storytext">'
    + _paras(_EN, 10)
    + '</div></article><aside class="more-stories"><h3>More Stories From NPR</h3>'
    + "".join(f'<article><a href="/2026/11/2{d}/x{d}">More {d}</a></article>' for d in [5, 4])
    + '</aside><footer>© 2026 npr</footer></body></html>',
    "2026-11-20",
    "NPR: the dateblock's November 20, 2026 / 10:31 AM ET; URL /2026/11/20/",
)

# 27. The Hindu: "Published - November 20, 2026 10:31 am IST", updated line
_add(
    "en_hindu_published_dash",
    "https://www.thehindu.com/news/national/monsoon-retreat-delayed/article69123456.ece",
    _en_head(
        "Monsoon retreat delayed over south peninsula - The Hindu",
        '<meta property="article:published_time" content="2026-11-20T10:31:00+05:30">',
        "en-IN",
    )
    + '<body><div class="top-bar"><span>Thursday, November 26, 2026</span> | <a href="/epaper/">ePaper</a></div><header>'
    + _menu(["India", "World", "Movies", "Sport", "Data", "Health", "Opinion", "Science", "Business", "Premium"], "https://www.thehindu.com/news")
    + '</header><div class="article"><h1 class="title">Monsoon retreat delayed over south peninsula</h1>'
    + '<div class="author-name">Special Correspondent</div>'
    + '<div class="update-publish-time"><p><span>Published</span> - November 20, 2026 10:31 am IST - CHENNAI</p></div>'
    + '<div class="articlebodycontent">'
    + _paras(_EN, 9)
    + '</div><div class="update-publish-time"><p><span>Updated</span> - November 21, 2026 08:02 am IST</p></div></div>'
    + '<div class="trending"><h3>Trending</h3><ul>'
    + "".join(f"<li><a href=\"/news/x{i}.ece\">Trending {i}</a></li>" for i in range(5))
    + '</ul></div><footer>Copyright© 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</footer></body></html>',
    "2026-11-20",
    "The Hindu: 'Published - November 20, 2026 10:31 am IST'; Updated 11-21; the top bar's Thursday, November 26, 2026 is today's clock",
)

# 28. Cookie banner with a newer date; article date in dd/mm/yyyy (UK regional)
_add(
    "en_cookie_banner_newer",
    "https://www.westcountryherald.co.uk/news/harbour-wall-repairs-approved",
    _en_head("Harbour wall repairs approved after storm damage | West Country Herald", "", "en-GB")
    + '<body><div id="cookie-law-info-bar" role="dialog"><span>We have updated our cookie policy and privacy notice on 25/11/2026. '
    + 'We use cookies to personalise content and ads. <a href="/cookies">Read more</a> <a class="cli_action_button">Accept</a></span></div>'
    + '<header><a class="logo" href="/">West Country Herald</a>'
    + _menu(["News", "Sport", "What's On", "Property", "Motors", "Jobs", "Announcements", "Contact"], "https://www.westcountryherald.co.uk")
    + '</header><main><article><h1>Harbour wall repairs approved after storm damage</h1>'
    + '<p class="article-meta">By Tom Pearce, Local Democracy Reporter | 20/11/2026</p>'
    + '<div class="article-text">'
    + _paras(_EN, 9)
    + '<p>Works are due to start on 4 January 2027 and last about 12 weeks.</p></div></article>'
    + '<aside><h3>Latest news</h3><ul>'
    + "".join(f'<li><a href="/news/latest-{d}">Latest {d}</a> <span>2{d}/11/2026</span></li>' for d in [5, 4, 2])
    + '</ul></aside></main><footer>© 2026 West Country Herald. Registered in England No. 01234567.</footer></body></html>',
    "2026-11-20",
    "regional UK: byline date 20/11/2026; the cookie bar's 25/11/2026 is a policy date; 4 January 2027 is a future works date; Latest news newer",
)

# 29. Newsletter sign-up page: no date of its own
_add(
    "en_newsletter_signup_nodate",
    "https://www.westcountryherald.co.uk/newsletters",
    _en_head("Sign up to our newsletters | West Country Herald", "", "en-GB")
    + '<body><header><a class="logo" href="/">West Country Herald</a>'
    + _menu(["News", "Sport", "What's On", "Property", "Motors", "Jobs", "Announcements", "Contact"], "https://www.westcountryherald.co.uk")
    + '</header><main><h1>Newsletters</h1><p>Get the biggest stories from across the region delivered to your inbox.</p>'
    + "".join(
        f'<div class="newsletter-card"><h2>{n}</h2><p>{d}</p><label><input type="checkbox" name="nl{i}"> Subscribe</label></div>'
        for i, (n, d) in enumerate(
            [
                ("Morning Briefing", "Every weekday at 7am."),
                ("Sport", "Match reports every Monday."),
                ("What's On", "Every Thursday: the best events this weekend."),
                ("Property", "New listings every Saturday."),
            ]
        )
    )
    + _paras(_EN, 4)
    + '<form><input type="email" placeholder="Email address"><button>Sign up</button></form>'
    + '<p class="small">By signing up you agree to our privacy notice. You can unsubscribe at any time.</p></main>'
    + '<footer>© 2026 West Country Herald. Registered in England No. 01234567.</footer></body></html>',
    None,
    "a sign-up page: no date of its own (only the footer's copyright year)",
)

# ================================================================== German

# 30. Spiegel: "20.11.2026, 10.31 Uhr" (time with a dot) in <time datetime>
_add(
    "de_spiegel_uhr_dot",
    "https://www.spiegel.de/wirtschaft/unternehmen/autoindustrie-zulieferer-streicht-stellen-a-8f2b1c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d",
    _en_head(
        "Autoindustrie: Zulieferer streicht 3000 Stellen - DER SPIEGEL",
        '<meta name="date" content="2026-11-20T10:31:00+01:00">',
        "de",
    )
    + '<body><div id="sp_message_container"><p>Wir verwenden Cookies und ähnliche Technologien. Stand: 01.11.2026</p><button>Akzeptieren und weiter</button></div>'
    + '<header data-area="top_bar">'
    + _menu(_DE_NAV, "https://www.spiegel.de")
    + '</header><main id="Inhalt"><article><header data-area="intro"><h2><span class="text-primary-base">Autoindustrie</span><span class="align-middle">Zulieferer streicht 3000 Stellen</span></h2>'
    + '<div class="font-sansUI"><time datetime="2026-11-20 10:31:00" class="timeformat">20.11.2026, 10.31 Uhr</time></div></header>'
    + '<section data-area="body">'
    + _paras(_DE, 10, cls="RichText")
    + '</section></article><section data-area="related_articles"><h3>Mehr zum Thema</h3><ul>'
    + "".join(f'<li><a href="/wirtschaft/x-{d}">Thema {d}</a><span>2{d}.11.2026</span></li>' for d in [4, 3])
    + '</ul></section></main><footer>© DER SPIEGEL GmbH &amp; Co. KG 2026</footer></body></html>',
    "2026-11-20",
    "Spiegel: <time datetime=2026-11-20 10:31:00>20.11.2026, 10.31 Uhr</time>; the consent layer's Stand 01.11.2026 and Mehr zum Thema (11-24) are not the article's",
)

# 31. heise: a-publish-info time "20.11.2026 10:31 Uhr", Lesezeit, forum newer
_add(
    "de_heise_publish_info",
    "https://www.heise.de/news/Linux-Kernel-6-18-freigegeben-10123456.html",
    _en_head(
        "Linux-Kernel 6.18 freigegeben | heise online",
        '<meta name="date" content="2026-11-20T10:31:00+01:00">',
        "de",
    )
    + '<body><header class="header">'
    + _menu(["News", "Magazine", "heise+", "c't", "iX", "Mac &amp; i", "Make", "Developer", "Security", "Netze", "Forum", "Jobs"], "https://www.heise.de")
    + '</header><article class="article"><header class="a-article-header"><h1 class="a-article-header__title">Linux-Kernel 6.18 freigegeben</h1>'
    + '<p class="a-article-header__lead">Linus Torvalds hat die neue Version freigegeben.</p>'
    + '<div class="a-publish-info"><span class="a-publish-info__time"><time datetime="2026-11-20T10:31:00+01:00">20.11.2026 10:31 Uhr</time></span>'
    + '<span class="a-publish-info__reading-time">Lesezeit: 4 Min.</span></div>'
    + '<div class="creator"><span>Von Thorsten Leemhuis</span></div></header><div class="article-content">'
    + _paras(_DE, 9)
    + '</div></article><section class="a-forum"><h3>Kommentare lesen (127 Beiträge)</h3>'
    + "".join(f'<div class="posting"><span>Nutzer{i}</span><time>2{i}.11.2026 0{i}:15</time></div>' for i in [1, 3, 5])
    + '</section><footer>© 2026 heise online · Impressum · Datenschutz</footer></body></html>',
    "2026-11-20",
    "heise: a-publish-info time 20.11.2026 10:31 Uhr; forum postings newer",
)

# 32. Golem-like: "Veröffentlicht am 20. November 2026, 10:31 Uhr" and "Aktualisiert am 22.11.2026"
_add(
    "de_veroeffentlicht_aktualisiert",
    "https://www.techwelt-news.de/news/glasfaserausbau-foerderung-neu-2611-201234.html",
    _en_head("Glasfaserausbau: Bund legt neues Förderprogramm auf - techwelt-news.de", "", "de")
    + '<body><header>'
    + _menu(["Startseite", "Handy", "PC-Hardware", "Software", "Internet", "Wirtschaft", "Wissenschaft", "Games", "Auto", "Specials"], "https://www.techwelt-news.de")
    + '</header><article><h1><span class="kicker">Glasfaserausbau</span>Bund legt neues Förderprogramm auf</h1>'
    + '<div class="authors">Ein Bericht von Lena Schulz</div>'
    + '<div class="article-dates"><span>Veröffentlicht am 20. November 2026, 10:31 Uhr</span> / <span>Aktualisiert am 22.11.2026, 14:05 Uhr</span></div>'
    + '<div class="formatted">'
    + _paras(_DE, 10)
    + '<p>Anträge können bis zum 31. März 2027 gestellt werden.</p></div></article>'
    + '<aside><h3>Meistgelesen</h3><ol>'
    + "".join(f'<li><a href="/news/x-{i}.html">Meistgelesen {i}</a></li>' for i in range(5))
    + '</ol></aside><footer>© 2026 techwelt-news.de</footer></body></html>',
    "2026-11-20",
    "German: Veröffentlicht am 20. November 2026; Aktualisiert am 22.11.2026 an update; 31. März 2027 a future deadline",
)

# 33. FAZ-like: only "Aktualisiert am" visible; published in meta and JSON-LD
_add(
    "de_faz_aktualisiert_only",
    "https://www.faz.net/aktuell/wirtschaft/ezb-zinsentscheidung-lagarde-signalisiert-pause-110123456.html",
    _en_head(
        "EZB-Zinsentscheidung: Lagarde signalisiert Pause",
        '<meta property="article:published_time" content="2026-11-20T10:31:00+01:00">'
        + _jsonld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "EZB-Zinsentscheidung: Lagarde signalisiert Pause",
                "datePublished": "2026-11-20T10:31:00+01:00",
                "dateModified": "2026-11-21T08:02:00+01:00",
            }
        ),
        "de",
    )
    + '<body><header>'
    + _menu(["Politik", "Wirtschaft", "Finanzen", "Feuilleton", "Sport", "Gesellschaft", "Stil", "Rhein-Main", "Technik", "Wissen", "Reise", "Karriere"], "https://www.faz.net/aktuell")
    + '</header><article><div class="header-detail"><h2><span class="header-label">EZB-Zinsentscheidung</span><span class="header-title">Lagarde signalisiert Pause</span></h2>'
    + '<div class="header-detail__author">Von Christian Siedenbiedel, Frankfurt</div>'
    + '<div class="header-detail__date"><time datetime="2026-11-21T08:02:00+01:00">Aktualisiert am 21.11.2026-08:02</time></div></div>'
    + '<div class="body-elements">'
    + _paras(_DE, 10)
    + '</div></article><aside><h3>Mehr zum Thema</h3><ul>'
    + "".join(f"<li><a href=\"/aktuell/wirtschaft/x-{d}.html\">Thema {d}</a><span>2{d}.11.2026</span></li>" for d in [5, 3])
    + '</ul></aside><footer>© Frankfurter Allgemeine Zeitung GmbH 2001–2026</footer></body></html>',
    "2026-11-20",
    "FAZ: visible 'Aktualisiert am 21.11.2026-08:02' is an update; datePublished / article:published_time 2026-11-20 is the original",
)

# ================================================================== French

# 34. Le Figaro-like: "Publié le 20/11/2026 à 10:31, mis à jour le 21/11/2026 à 08:02"
_add(
    "fr_figaro_slash",
    "https://www.lefigaro.fr/conjoncture/la-croissance-francaise-resiste-au-troisieme-trimestre-20261120",
    _en_head(
        "La croissance française résiste au troisième trimestre",
        '<meta property="article:published_time" content="2026-11-20T10:31:00+01:00">',
        "fr",
    )
    + '<body><div class="didomi-notice">Nous et nos partenaires utilisons des cookies. Politique mise à jour le 24/11/2026.</div><header>'
    + _menu(_FR_NAV, "https://www.lefigaro.fr")
    + '</header><article class="fig-main"><h1 class="fig-headline">La croissance française résiste au troisième trimestre</h1>'
    + '<div class="fig-content-metas"><span class="fig-content-metas__author">Par Marie Dupont</span>'
    + '<span class="fig-content-metas__pub"><span class="fig-content-metas__pub-date">Publié le <time datetime="2026-11-20T10:31:00+01:00">20/11/2026 à 10:31</time></span>, '
    + '<span class="fig-content-metas__pub-maj-date">mis à jour le <time datetime="2026-11-21T08:02:00+01:00">21/11/2026 à 08:02</time></span></span></div>'
    + '<div class="fig-body">'
    + _paras(_FR, 10, cls="fig-paragraph")
    + '</div></article><aside><h3>À lire aussi</h3><ul>'
    + "".join(f'<li><a href="/conjoncture/x-202611{d}">Lire {d}</a></li>' for d in [25, 24])
    + '</ul></aside><footer>© Le Figaro 2026</footer></body></html>',
    "2026-11-20",
    "Le Figaro: Publié le 20/11/2026 à 10:31, mis à jour le 21/11; the consent notice's 24/11/2026 is a policy date",
)

# 35. 20 Minutes: two-digit years "Publié le 20/11/26 à 10h31 — Mis à jour le 21/11/26 à 08h02"
_add(
    "fr_20minutes_two_digit_year",
    "https://www.20minutes.fr/societe/4123456-20261120-greve-sncf-trafic-perturbe-week-end",
    _en_head("Grève SNCF : le trafic perturbé ce week-end", "", "fr")
    + '<body><header>'
    + _menu(_FR_NAV, "https://www.20minutes.fr")
    + '</header><article><h1 class="nodeheader-title">Grève SNCF : le trafic perturbé ce week-end</h1>'
    + '<div class="authorsign"><span class="authorsign-label">Julie Martin</span>'
    + '<p class="datetime">Publié le <time datetime="2026-11-20T10:31:00+01:00">20/11/26 à 10h31</time> — Mis à jour le <time datetime="2026-11-21T08:02:00+01:00">21/11/26 à 08h02</time></p></div>'
    + '<div class="content">'
    + _paras(_FR, 10)
    + '</div></article><aside><h3>Les plus lus</h3><ol>'
    + "".join(f"<li><a href=\"/x/{i}\">Le plus lu {i}</a></li>" for i in range(5))
    + '</ol></aside><footer>© Copyright 20 Minutes 2026</footer></body></html>',
    "2026-11-20",
    "20 Minutes: two-digit years (20/11/26 à 10h31); URL 20261120; Mis à jour 21/11/26 an update",
)

# 36. Libération-like lowercase "publié le ... à 10h31" with year-less "Mis à jour le 21 novembre"
_add(
    "fr_publie_le_maj_yearless",
    "https://www.liberation.fr/politique/budget-2027-le-gouvernement-recourt-au-49-3-20261120_ABCDEF1234/",
    _en_head("Budget 2027 : le gouvernement recourt au 49.3 – Libération", "", "fr")
    + '<body><header>'
    + _menu(_FR_NAV, "https://www.liberation.fr")
    + '</header><article><h1>Budget 2027 : le gouvernement recourt au 49.3</h1>'
    + '<div class="article-meta"><span class="author">par Jean Dubois</span>'
    + '<span class="date">publié le 20 novembre 2026 à 10h31</span><span class="update">Mis à jour le 21 novembre à 08h02</span></div>'
    + '<div class="article-body">'
    + _paras(_FR, 11)
    + '</div></article><aside><h3>Dans la même rubrique</h3><ul>'
    + "".join(f"<li><a href=\"/politique/x-202611{d}_X/\">Même rubrique {d}</a><span>{d} nov. 2026</span></li>" for d in [25, 23])
    + '</ul></aside><footer>© Libération 2026</footer></body></html>',
    "2026-11-20",
    "Libération: publié le 20 novembre 2026 à 10h31; Mis à jour le 21 novembre (no year) an update",
)

# ================================================================== Spanish

# 37. Clarín: "20 de noviembre de 2026 - 10:31"
_add(
    "es_clarin_de_dash",
    "https://www.clarin.com/economia/inflacion-octubre-desacelero_0_AbCdEfGh.html",
    _en_head(
        "La inflación de octubre se desaceleró al 1,9% - Clarín",
        '<meta property="article:published_time" content="2026-11-20T10:31:00-03:00">',
        "es-AR",
    )
    + '<body><header>'
    + _menu(_ES_NAV, "https://www.clarin.com")
    + '</header><article><h1 class="storyTitle">La inflación de octubre se desaceleró al 1,9%</h1>'
    + '<div class="breadcrumb"><span class="publishedDate">20 de noviembre de 2026 - 10:31</span></div>'
    + '<div class="body-nota">'
    + _paras(_ES, 10)
    + '</div></article><aside><h3>Lo más leído</h3><ol>'
    + "".join(f"<li><a href=\"/x/{i}.html\">Más leído {i}</a></li>" for i in range(5))
    + '</ol><h3>Últimas noticias</h3><ul>'
    + "".join(f"<li><a href=\"/y/{d}.html\">Última {d}</a><span>2{d} de noviembre de 2026</span></li>" for d in [5, 4])
    + '</ul></aside><footer>Copyright 1996-2026 Clarín.com - All rights reserved</footer></body></html>',
    "2026-11-20",
    "Clarín: 20 de noviembre de 2026 - 10:31; Últimas noticias newer",
)

# 38. El Mundo: "Actualizado Viernes, 20 noviembre 2026 - 10:31" (label Actualizado on a first version)
_add(
    "es_elmundo_actualizado_weekday",
    "https://www.elmundo.es/espana/2026/11/20/673d9a1bfdddff2b8b4575a3.html",
    _en_head(
        "El Gobierno aprueba el anteproyecto de ley de vivienda | España",
        '<meta property="article:published_time" content="2026-11-20T10:31:00+01:00">'
        '<meta property="article:modified_time" content="2026-11-20T10:31:00+01:00">',
        "es",
    )
    + '<body><header>'
    + _menu(_ES_NAV, "https://www.elmundo.es")
    + '</header><article><h1 class="ue-c-article__headline">El Gobierno aprueba el anteproyecto de ley de vivienda</h1>'
    + '<div class="ue-c-article__byline-name">Pablo R. Suanzes</div><div class="ue-c-article__byline-location">Madrid</div>'
    + '<div class="ue-c-article__publishdate"><span>Actualizado</span> <time datetime="2026-11-20T09:31:00Z">Viernes, 20 noviembre 2026 - 10:31</time></div>'
    + '<div class="ue-l-article__body">'
    + _paras(_ES, 10)
    + '</div></article><aside><h3>Lo más visto</h3><ul>'
    + "".join(f"<li><a href=\"/espana/2026/11/2{d}/x{d}.html\">Visto {d}</a></li>" for d in [5, 4, 3])
    + '</ul></aside><footer>© 2026 Unidad Editorial Información General S.L.U.</footer></body></html>',
    "2026-11-20",
    "El Mundo labels its one date 'Actualizado' (published == modified here): Viernes, 20 noviembre 2026 - 10:31; URL /2026/11/20/",
)

# ================================================================== Japanese

# 39. Yahoo!ニュース: year-less "11/20(金) 10:31配信"
_add(
    "ja_yahoo_yearless_haishin",
    "https://news.yahoo.co.jp/articles/3f9a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c",
    _en_head(
        "日銀、追加利上げを見送り　物価動向を注視（共同通信） - Yahoo!ニュース",
        _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "日銀、追加利上げを見送り　物価動向を注視",
                "datePublished": "2026-11-20T10:31:00+09:00",
                "dateModified": "2026-11-20T12:05:00+09:00",
                "publisher": {"@type": "Organization", "name": "Yahoo!ニュース"},
            }
        ),
        "ja",
    )
    + '<body><header><a href="https://news.yahoo.co.jp/">Yahoo!ニュース</a>'
    + _menu(["トップ", "速報", "ライブ", "エキスパート", "オリジナル", "みんなの意見", "ランキング"], "https://news.yahoo.co.jp/categories")
    + '</header><article><header><h1>日銀、追加利上げを見送り　物価動向を注視</h1>'
    + '<div class="sc-1"><p class="provider">共同通信</p><p><time>11/20(金) 10:31</time>配信</p></div></header>'
    + '<div class="article_body highLightSearchTarget">'
    + _paras(_JA, 10)
    + '</div><p class="source">最終更新:11/20(金) 12:05</p></article>'
    + '<section class="ranking"><h2>アクセスランキング</h2><ol>'
    + "".join(f'<li><a href="/articles/x{i}">ランキング記事{i}</a><time>11/2{5 + i % 2}(木) 0{i}:00</time></li>' for i in range(1, 5))
    + '</ol></section><footer>© LY Corporation</footer></body></html>',
    "2026-11-20",
    "Yahoo!ニュース: year-less 11/20(金) 10:31配信 (金 fits 2026); JSON-LD datePublished 2026-11-20; ranking items 11/25-26",
)

# 40. 朝日新聞: "2026年11月20日 10時31分" in <time>, with 関連ニュース newer
_add(
    "ja_asahi_jifun",
    "https://www.asahi.com/articles/AST1K3AB2T1KUTIL012M.html",
    _en_head(
        "新幹線、年末年始の予約状況を発表　前年比1割増：朝日新聞",
        '<meta name="pubdate" content="2026-11-20T10:31:00+09:00">',
        "ja",
    )
    + '<body><header>'
    + _menu(_JA_NAV, "https://www.asahi.com")
    + '</header><main><article><h1>新幹線、年末年始の予約状況を発表　前年比1割増</h1>'
    + '<div class="byline">鈴木太郎</div><p class="date"><time datetime="2026-11-20T10:31">2026年11月20日 10時31分</time></p>'
    + '<div class="article-body">'
    + _paras(_JA, 10)
    + '<p>予約のピークは下りが12月27日、上りが2027年1月3日の見込み。</p></div></article>'
    + '<section class="related"><h2>関連ニュース</h2><ul>'
    + "".join(f'<li><a href="/articles/X{d}.html">関連{d}</a><span>2026年11月2{d}日</span></li>' for d in [5, 4])
    + '</ul></section></main><footer>Copyright © The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.</footer></body></html>',
    "2026-11-20",
    "朝日: 2026年11月20日 10時31分; the text's 12月27日 / 2027年1月3日 are future peaks; related news newer",
)

# ================================================================== Portuguese, Korean, Italian

# 41. Folha: "20.nov.2026 às 10h31" with "Atualizado: 21.nov.2026 às 8h02"
_add(
    "pt_folha_dot_month",
    "https://www1.folha.uol.com.br/mercado/2026/11/copom-mantem-selic-em-12.shtml",
    _en_head("Copom mantém Selic em 12% ao ano - 20/11/2026 - Mercado - Folha", "", "pt-BR")
    + '<body><header>'
    + _menu(["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Equilíbrio", "Tec", "Opinião"], "https://www1.folha.uol.com.br")
    + '</header><article><h1 class="c-content-head__title">Copom mantém Selic em 12% ao ano</h1>'
    + '<div class="c-more-options__published-date"><time class="c-more-options__published-date" datetime="2026-11-20 10:31:00">20.nov.2026 às 10h31</time></div>'
    + '<div class="c-more-options__modified-date">Atualizado: <time datetime="2026-11-21 08:02:00">21.nov.2026 às 8h02</time></div>'
    + '<div class="c-news__body">'
    + _paras(_PT, 10)
    + '</div></article><aside><h3>Mais lidas</h3><ol>'
    + "".join(f"<li><a href=\"/mercado/2026/11/x{i}.shtml\">Mais lida {i}</a></li>" for i in range(5))
    + '</ol></aside><footer>Copyright Folha de S.Paulo. Todos os direitos reservados. 2026</footer></body></html>',
    "2026-11-20",
    "Folha: 20.nov.2026 às 10h31 (abbreviated month between dots); Atualizado 21.nov an update; the title's 20/11/2026 agrees",
)

# 42. Korean daily: "입력 2026.11.20 10:31 수정 2026.11.21 08:02"
_add(
    "ko_input_sujeong",
    "https://www.koreadaily-news.co.kr/article/2026112012345",
    _en_head("한은, 기준금리 연 2.50%로 동결", '<meta property="article:published_time" content="2026-11-20T10:31:00+09:00">', "ko")
    + '<body><header>'
    + _menu(["정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "포토", "영상"], "https://www.koreadaily-news.co.kr/section")
    + '</header><article><h1 class="headline">한은, 기준금리 연 2.50%로 동결</h1>'
    + '<div class="date-repoter"><span class="date">입력 2026.11.20 10:31</span><span class="date">수정 2026.11.21 08:02</span><span class="reporter">김민수 기자</span></div>'
    + '<div class="article-body">'
    + _paras(_KO, 10)
    + '</div></article><aside><h3>많이 본 뉴스</h3><ol>'
    + "".join(f"<li><a href=\"/article/20261125{i}\">많이 본 뉴스 {i}</a></li>" for i in range(5))
    + '</ol></aside><footer>Copyright © 2026 Korea Daily News. All rights reserved.</footer></body></html>',
    "2026-11-20",
    "Korean: 입력 (entered) 2026.11.20 is the publication, 수정 (modified) 2026.11.21 an update",
)

# 43. Corriere: "20 novembre 2026 (modifica il 21 novembre 2026 | 08:02)"
_add(
    "it_corriere_modifica",
    "https://www.corriere.it/economia/26_novembre_20/manovra-via-libera-senato-abc123.shtml",
    _en_head("Manovra, via libera del Senato - Corriere.it", "", "it")
    + '<body><header>'
    + _menu(["Home", "Politica", "Cronache", "Esteri", "Economia", "Sport", "Cultura", "Salute", "Tecnologia", "Opinioni"], "https://www.corriere.it")
    + '</header><article><h1 class="title-art">Manovra, via libera del Senato</h1>'
    + '<p class="is-last-update" datetime="2026-11-20T10:31:00+01:00">20 novembre 2026 (modifica il 21 novembre 2026 | 08:02)</p>'
    + '<div class="chapter">'
    + _paras(_IT, 10)
    + '</div></article><aside><h3>I più letti</h3><ol>'
    + "".join(f"<li><a href=\"/economia/26_novembre_2{d}/x.shtml\">Più letto {d}</a></li>" for d in [5, 4, 3])
    + '</ol></aside><footer>Copyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati</footer></body></html>',
    "2026-11-20",
    "Corriere: 20 novembre 2026 (modifica il 21 novembre 2026); URL 26_novembre_20",
)


ARTICLES: tuple[Article, ...] = tuple(_PAGES)
