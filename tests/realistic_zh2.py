"""More Chinese and Taiwanese sites as their CMSs render them, with the truth (a second
audit; tests/realistic_zh.py has the county/township/bureau portals of the first).

Two parts:

- ARTICLES: article pages (信息公开 detail pages with a 索引号/发布机构/成文日期/发布日期
  table, news pages with a 发布时间/来源/浏览次数 bar, 政策解读, pages dated only by their
  URL or by TRS/Hanweb metas, Taiwanese pages in the ROC calendar), each with the day an
  inspector would call its publication date (`page_date`).
- SITES: homepages of kinds the first audit did not build (a provincial portal, a
  ministry, a university, a state-owned enterprise, a hospital, a library, a 集约化
  township site rendered by script from a JSON endpoint, iframe columns, marquee news,
  titles-only columns), with their column pages and what an inspector would write down.

The clock is fixed: NOW is Friday 2024-11-22, 10:00 in Beijing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tests.realistic_zh import ColumnTruth, SiteTruth

NOW = datetime(2024, 11, 22, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, 星期五
TODAY = NOW.date()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


# --- article pages ----------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    slug: str
    url: str
    html: str
    truth: date | None  # the publication date an inspector reads off the page
    what: str
    debatable: str = ""


def _doc(title: str, body: str, metas: str = "", lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
        f"<title>{title}</title>\n{metas}"
        '<link rel="stylesheet" href="/css/article.css">\n'
        '<script src="/js/jquery.min.js"></script></head>\n<body>\n'
        '<div class="top"><span id="today">今天是2024年11月22日 星期五</span>'
        ' <a href="/">首页</a> | <a href="/wzdt/">网站地图</a> | <a href="javascript:;">无障碍浏览</a></div>\n'
        f"{body}\n"
        '<div class="footer"><p>主办：某某省人民政府办公厅 承办：某某省大数据中心</p>'
        "<p>版权所有 © 2003-2024 网站标识码：3400000001 皖ICP备05001234号</p>"
        '<p><a href="http://www.beian.gov.cn/">皖公网安备 34010402000123号</a></p></div>\n'
        "</body></html>"
    )


_HANWEB_METAS = (
    '<meta name="SiteName" content="某某省人民政府">\n'
    '<meta name="SiteDomain" content="www.mm.gov.cn">\n'
    '<meta name="SiteIDCode" content="3400000001">\n'
    '<meta name="ColumnName" content="{col}">\n'
    '<meta name="ColumnType" content="{col}">\n'
    '<meta name="ArticleTitle" content="{title}">\n'
    '<meta name="PubDate" content="{pub}">\n'
    '<meta name="ContentSource" content="{src}">\n'
)


def _hanweb_metas(col: str, title: str, pub: str, src: str = "省政府办公厅") -> str:
    return _HANWEB_METAS.format(col=col, title=title, pub=pub, src=src)


_SIDEBAR_NEWER = (
    '<div class="side"><h3>热点排行</h3><ul>'
    '<li><a href="/art/2024/11/21/art_1_901.html">全省冬季森林防火工作电视电话会议召开</a>'
    "<span>2024-11-21</span></li>"
    '<li><a href="/art/2024/11/22/art_1_902.html">省政府常务会议研究部署今冬明春工作</a>'
    "<span>2024-11-22</span></li></ul></div>"
)

_BODY_TEXT = (
    "<p>为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，激发市场主体活力，"
    "根据《优化营商环境条例》（2019年10月22日国务院令第722号公布）等有关规定，结合我省实际，"
    "制定本措施。</p><p>一、持续深化“放管服”改革。推进政务服务标准化、规范化、便利化，"
    "2025年底前实现高频事项“一网通办”。</p><p>二、加强要素保障。</p>"
)


def _xxgk_table(rows: Sequence[tuple[str, str]], cols: int = 2) -> str:
    """The 信息公开 metadata table: label cells and value cells side by side."""
    cells = [f'<td class="t">{k}</td><td class="v">{v}</td>' for k, v in rows]
    trs = "".join(
        "<tr>" + "".join(cells[i : i + cols]) + "</tr>" for i in range(0, len(cells), cols)
    )
    return f'<table class="xxgk-table" border="1" cellspacing="0">{trs}</table>'


def _articles() -> list[Article]:
    out: list[Article] = []

    def add(
        slug: str, url: str, html: str, truth: date | None, what: str, debatable: str = ""
    ) -> None:
        out.append(Article(slug, url, html, truth, what, debatable))

    d20 = date(2024, 11, 20)
    title = "某某省人民政府关于进一步优化营商环境的若干措施"

    # 1. Hanweb 信息公开 detail page: the URL carries the date; 成文 before 发布.
    add(
        "hanweb-xxgk-art-url",
        "http://www.mm.gov.cn/art/2024/11/20/art_1229_4567.html",
        _doc(
            title,
            '<div class="xxgk">'
            + _xxgk_table(
                [
                    ("索引号：", "11340000002986061N/202411-00123"),
                    ("发布机构：", "省政府办公厅"),
                    ("生成日期：", "2024-11-20"),
                    ("成文日期：", "2024-11-15"),
                    ("文号：", "皖政〔2024〕56号"),
                    ("有效性：", "有效"),
                ]
            )
            + f"<h1>{title}</h1>{_BODY_TEXT}</div>"
            + _SIDEBAR_NEWER,
            _hanweb_metas("政策文件", title, "2024-11-20 10:30"),
        ),
        d20,
        "Hanweb xxgk page, dated URL and PubDate meta",
    )

    # 2. 信息公开 detail page on a JSP module: label and value in separate cells,
    #    成文日期 row first.
    add(
        "xxgk-table-cells-written-first",
        "http://www.mm.gov.cn/module/xxgk/detail.jsp?infoid=88231&tpid=3",
        _doc(
            title,
            '<div class="xxgk">'
            + _xxgk_table(
                [
                    ("索 引 号", "000014349/2024-00123"),
                    ("主题分类", "综合政务\\其他"),
                    ("发文机关", "某某省人民政府"),
                    ("成文日期", "2024年11月15日"),
                    ("标　　题", title),
                    ("发文字号", "皖政〔2024〕56号"),
                    ("发布日期", "2024年11月20日"),
                    ("有 效 性", "有效"),
                ]
            )
            + f"<h1>{title}</h1>{_BODY_TEXT}"
            '<p style="text-align:right">某某省人民政府</p><p style="text-align:right">2024年11月15日</p>'
            "</div>",
        ),
        d20,
        "xxgk table, label and value in separate cells, 成文日期 before 发布日期",
    )

    # 3. The same table laid out one field per row (<th> label, <td> value).
    rows = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in [
            ("索引号", "11340100MB0123456X/2024-01876"),
            ("信息分类", "通知公告"),
            ("发布机构", "市自然资源和规划局"),
            ("成文日期", "2024-11-08"),
            ("发布日期", "2024-11-20"),
            ("有效性", "有效"),
        ]
    )
    add(
        "xxgk-th-td-rows",
        "http://zrzyj.mm.gov.cn/xxgk/tzgg/content_88102.html",
        _doc(
            "关于2024年第三批次城镇建设用地的公示",
            f'<table class="info">{rows}</table><h1>关于2024年第三批次城镇建设用地的公示</h1>'
            "<p>根据《土地管理法》有关规定，现将有关情况公示如下，公示期为2024年11月20日至11月29日。</p>",
        ),
        d20,
        "one field per row, <th> label, 成文日期 first",
    )

    # 4. A news page: 发布时间 / 来源 / 浏览次数 bar.
    add(
        "news-info-bar",
        "http://www.mm.gov.cn/xwzx/ywdt/content_7712.html",
        _doc(
            "全省优化营商环境大会召开",
            '<div class="article"><h1>全省优化营商环境大会召开</h1>'
            '<div class="info">发布时间：2024-11-20 10:30 &nbsp; 来源：省政府办公厅 &nbsp;'
            ' 浏览次数：<span id="hits">1286</span> &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a>'
            ' <a href="#">小</a>】</div>'
            f'<div class="content">{_BODY_TEXT}</div>'
            '<div class="tools"><a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>' + _SIDEBAR_NEWER,
        ),
        d20,
        "news bar 发布时间/来源/浏览次数",
    )

    # 5. 政策解读 page: the 解读 is published after the policy it reads, whose dates the
    #    body cites.
    add(
        "policy-reading",
        "http://www.mm.gov.cn/zwgk/zcjd/content_3321.html",
        _doc(
            "《关于进一步优化营商环境的若干措施》政策解读",
            '<div class="article"><h1>《关于进一步优化营商环境的若干措施》政策解读</h1>'
            '<div class="sub">信息来源：省发展改革委 发布日期：2024-11-20</div>'
            "<p>一、出台背景。2024年11月15日，省政府印发《关于进一步优化营商环境的若干措施》"
            "（以下简称《措施》），自2024年12月1日起施行。</p>"
            "<p>二、主要内容。《措施》共5个方面20条。</p>"
            '<div class="relate"><h3>相关文件</h3><ul><li><a href="/zwgk/zcwj/content_3301.html">'
            "某某省人民政府关于进一步优化营商环境的若干措施</a> 2024-11-15</li></ul></div></div>",
        ),
        d20,
        "政策解读 with the policy's own dates in the body",
    )

    # 6. 成文日期 and 发布日期 on one line.
    add(
        "written-and-published-inline",
        "http://www.mm.gov.cn/zwgk/zcwj/content_3301.html",
        _doc(
            title,
            f'<div class="article"><h1>{title}</h1>'
            '<div class="meta">成文日期：2024-11-15　　发布日期：2024-11-20　　来源：省政府办公厅</div>'
            f"{_BODY_TEXT}</div>",
        ),
        d20,
        "成文日期 then 发布日期 on one line",
    )

    # 7. Only the URL is dated (Hanweb), the page shows its date by script.
    add(
        "hanweb-url-only",
        "http://www.mm.gov.cn/art/2024/11/20/art_123_456.html",
        _doc(
            "省委理论学习中心组举行集体学习",
            '<div class="article"><h1>省委理论学习中心组举行集体学习</h1>'
            '<div class="info">发布时间：<span id="pubtime"></span><script>'
            'document.getElementById("pubtime").innerHTML = formatDate("1732069800000");</script>'
            f"</div>{_BODY_TEXT}</div>",
        ),
        d20,
        "Hanweb art URL, date written by script",
    )

    # 8. TRS URL only.
    add(
        "trs-url-only",
        "http://www.mm.gov.cn/xwzx/sxyw/202411/t20241120_789.html",
        _doc(
            "我市召开冬季安全生产工作会议",
            '<div class="article"><h1>我市召开冬季安全生产工作会议</h1>'
            '<div class="source">来源：市应急管理局</div>'
            f"{_BODY_TEXT}"
            '<div class="print"><a href="javascript:doPrint()">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></div></div>',
        ),
        d20,
        "TRS t20241120 URL, nothing else dated",
    )

    # 9. TRS metas, an undated URL.
    add(
        "trs-pubdate-meta",
        "http://www.mm.gov.cn/content/post_2291034.html",
        _doc(
            "关于公布2024年度省级专精特新中小企业名单的通知",
            '<div class="article"><h1>关于公布2024年度省级专精特新中小企业名单的通知</h1>'
            '<div class="info">来源：省经济和信息化厅 【字体：大 中 小】</div>'
            f"{_BODY_TEXT}</div>",
            '<meta name="ArticleTitle" content="关于公布2024年度省级专精特新中小企业名单的通知">\n'
            '<meta name="PubDate" content="2024-11-20 10:30">\n'
            '<meta name="ContentSource" content="省经济和信息化厅">\n'
            '<meta name="ColumnName" content="通知公告">\n'
            '<meta name="Keywords" content="专精特新">\n',
        ),
        d20,
        "TRS PubDate meta, undated URL",
    )

    # 10. gov.cn style metas: firstpublishedtime with a dash before the time.
    add(
        "govcn-firstpublished",
        "http://www.mm.gov.cn/zhengce/content/2291035.htm",
        _doc(
            "国务院办公厅关于印发有关工作方案的通知",
            '<div class="article"><h1>国务院办公厅关于印发有关工作方案的通知</h1>'
            '<div class="pages-date">2024-11-20 17:06 来源： 中国政府网</div>'
            f"{_BODY_TEXT}</div>",
            '<meta name="firstpublishedtime" content="2024-11-20-17:06:21">\n'
            '<meta name="lastmodifiedtime" content="2024-11-21-09:12:45">\n',
        ),
        d20,
        "gov.cn firstpublishedtime/lastmodifiedtime metas",
    )

    # 11. Taiwan: 發布日期 / 更新日期 in the ROC calendar, bare form.
    add(
        "tw-roc-bare",
        "https://www.mm.gov.tw/News_Content.aspx?n=123&s=45678",
        _doc(
            "行政院會通過「住宅法」部分條文修正草案",
            '<div class="article"><h2>行政院會通過「住宅法」部分條文修正草案</h2>'
            '<ul class="info"><li>發布日期：113-11-20</li><li>更新日期：113-11-21</li>'
            "<li>發布單位：內政部國土管理署</li></ul>"
            "<p>行政院今（20）日院會通過內政部擬具之「住宅法」部分條文修正草案。</p></div>",
            lang="zh-Hant-TW",
        ),
        d20,
        "Taiwan 發布日期：113-11-20, 更新日期 after it",
    )

    # 12. Taiwan: the fields as a table, 更新日期 first.
    add(
        "tw-table-updated-first",
        "https://www.mm.gov.tw/cp.aspx?n=2291",
        _doc(
            "113年度低收入戶及中低收入戶資格審查公告",
            "<h2>113年度低收入戶及中低收入戶資格審查公告</h2>"
            '<table class="info"><tr><th>更新日期</th><td>113-11-21</td></tr>'
            "<tr><th>發布日期</th><td>113-11-20</td></tr>"
            "<tr><th>發布單位</th><td>社會處</td></tr></table>"
            "<p>依據社會救助法第4條規定辦理，受理期間自113年11月20日起至113年12月31日止。</p>",
            lang="zh-Hant-TW",
        ),
        d20,
        "Taiwan table, 更新日期 row before 發布日期",
    )

    # 13. Taiwan: 民國 in words, 張貼日期 and a 上版 date.
    add(
        "tw-minguo-words",
        "https://www.mm.gov.tw/News.aspx?n=77&sms=88&s=99",
        _doc(
            "本府舉辦113年度防災演練",
            "<h2>本府舉辦113年度防災演練</h2>"
            '<div class="date">張貼日期：民國113年11月20日</div>'
            "<p>演練定於113年12月5日舉行，請各單位配合。</p>",
            lang="zh-Hant",
        ),
        d20,
        "Taiwan 張貼日期：民國113年11月20日, a coming event in the body",
    )

    # 14. 公文 page whose only dates are the 落款 in Chinese numerals.
    add(
        "gongwen-chinese-numerals",
        "http://www.mm.gov.cn/zwgk/gfxwj/content_1102.html",
        _doc(
            "某某县人民政府关于划定禁止燃放烟花爆竹区域的通告",
            '<div class="article"><h1>某某县人民政府关于划定禁止燃放烟花爆竹区域的通告</h1>'
            "<p>为保障公共安全，根据《烟花爆竹安全管理条例》，现将有关事项通告如下：</p>"
            "<p>一、县城建成区为禁止燃放区域。</p>"
            '<p style="text-align:right">某某县人民政府</p>'
            '<p style="text-align:right">二〇二四年十一月二十日</p></div>',
        ),
        d20,
        "公文 落款 二〇二四年十一月二十日 only",
        debatable="the 落款 is the signing day (成文日期); with no other date it is the best reading",
    )

    # 15. A dateline without a label, long toolbar beside it.
    add(
        "dateline-unlabelled",
        "http://www.mm.gov.cn/xwzx/bmdt/content_5512.html",
        _doc(
            "省卫健委部署冬春季传染病防控工作",
            '<div class="article"><h1>省卫健委部署冬春季传染病防控工作</h1>'
            '<div class="zz">2024-11-20 16:45:12　省卫生健康委　【字体：<a href="#">大</a>'
            ' <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】'
            '　【<a href="#">关闭</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>'
            f"{_BODY_TEXT}</div>" + _SIDEBAR_NEWER,
        ),
        d20,
        "dateline with no label",
    )

    # 16. 发布时间 with brackets, and 点击数.
    add(
        "bracketed-after-label",
        "http://www.mm.gov.cn/xwzx/tpxw/content_5513.html",
        _doc(
            "秋冬季大气污染防治攻坚行动启动",
            '<div class="article"><h1>秋冬季大气污染防治攻坚行动启动</h1>'
            "<p>发布时间：【2024-11-20】　点击数：【328】</p>"
            f"{_BODY_TEXT}</div>",
        ),
        d20,
        "发布时间：【2024-11-20】",
    )

    # 17. A generic 日期 label in a small table beside 作者 and 来源.
    add(
        "generic-label-cells",
        "http://www.mm.gov.cn/html/2291/36.html",
        _doc(
            "区政协召开专题协商会",
            "<h1>区政协召开专题协商会</h1>"
            '<table class="tb"><tr><td>作者：办公室</td><td>来源：区政协</td><td>日期：2024.11.20</td>'
            '<td>阅读：<span id="read">56</span></td></tr></table>'
            f"{_BODY_TEXT}",
        ),
        d20,
        "日期：2024.11.20 in a cell",
    )

    # 18. A print date after the article, and a 打印本页 footer.
    add(
        "print-date",
        "http://www.mm.gov.cn/xxgk/tzgg/content_2208.html",
        _doc(
            "关于2024年冬季供暖有关事项的通知",
            '<div class="article"><h1>关于2024年冬季供暖有关事项的通知</h1>'
            '<div class="info">发布日期：2024年11月20日 来源：市住建局</div>'
            "<p>各供热单位：今冬供暖期自2024年11月15日起至2025年3月15日止。</p>"
            '<div class="printinfo">打印日期：2024年11月22日</div>'
            '<div class="btns"><a href="javascript:window.print()">「打印本页」</a>'
            '<a href="javascript:window.close()">「关闭窗口」</a></div></div>',
        ),
        d20,
        "a print date after the publication date",
    )

    # 19. 发布日期 table cell above a 信息时效 row: the module prints 发布日期 below 成文
    #     with a 2-column row layout of 4 cells.
    add(
        "xxgk-four-cells",
        "http://www.mm.gov.cn/xxgk/zcwj/detail_334.html",
        _doc(
            "关于印发《某某市城市更新实施办法》的通知",
            '<div class="xxgk">'
            + _xxgk_table(
                [
                    ("索引号：", "MB1531234X/2024-00045"),
                    ("发布单位：", "市人民政府办公室"),
                    ("成文日期：", "2024-11-12"),
                    ("发布日期：", "2024-11-20"),
                    ("文号：", "某政办〔2024〕12号"),
                    ("信息时效：", "有效"),
                ],
                cols=2,
            )
            + "<h1>关于印发《某某市城市更新实施办法》的通知</h1>"
            "<p>各区人民政府，市政府各部门：《某某市城市更新实施办法》已经市政府同意，现印发给你们，请认真贯彻执行。</p>"
            '<p style="text-align:right">某某市人民政府办公室</p><p style="text-align:right">2024年11月12日</p>'
            "<p>（此件公开发布）</p></div>",
        ),
        d20,
        "xxgk table with 成文日期 and 发布日期 cells in one row",
    )

    # 20. 发布时间 in an <em> after the label in a <span>.
    add(
        "label-span-value-em",
        "http://www.mm.gov.cn/zwdt/content_9912.html",
        _doc(
            "我县举办第五届农民丰收节",
            '<h1>我县举办第五届农民丰收节</h1><div class="p-info"><span>发布时间：</span>'
            "<em>2024-11-20</em><span>信息来源：</span><em>县融媒体中心</em></div>"
            f"{_BODY_TEXT}",
        ),
        d20,
        "label and value in separate inline elements",
    )

    # 21. A Hanweb page whose URL is dated and whose text cites an older day first.
    add(
        "hanweb-url-and-older-text",
        "http://www.mm.gov.cn/art/2024/11/20/art_5512_778899.html",
        _doc(
            "关于第二批省级美丽乡村示范村名单的公示",
            "<h1>关于第二批省级美丽乡村示范村名单的公示</h1>"
            "<p>根据2024年9月3日印发的评选办法，经评审，现予公示。公示期：2024年11月20日至2024年11月26日。</p>",
            _hanweb_metas("公示公告", "关于第二批省级美丽乡村示范村名单的公示", "2024-11-20 09:00"),
        ),
        d20,
        "dated URL, older day in the text",
    )

    # 22. A university news page: 发布者/发布时间 in a <p class="arti_metas">.
    add(
        "university-news",
        "https://news.mmu.edu.cn/2024/1120/c1234a567890/page.htm",
        _doc(
            "学校召开2025届毕业生就业工作推进会",
            '<div class="article"><h1 class="arti_title">学校召开2025届毕业生就业工作推进会</h1>'
            '<p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span>'
            '<span class="arti_update">发布时间：2024-11-20</span>'
            '<span class="arti_views">浏览次数：<span class="WP_VisitCount">215</span></span></p>'
            f"{_BODY_TEXT}</div>",
        ),
        d20,
        "WebPlus (博达) university page, dated URL /2024/1120/",
    )

    # 23. A hospital article: 时间 in Chinese style with a time, 作者 and 审核.
    add(
        "hospital-news",
        "http://www.mmyy.com/news/show-2291.html",
        _doc(
            "我院成功开展首例经导管主动脉瓣置换术",
            "<h1>我院成功开展首例经导管主动脉瓣置换术</h1>"
            '<div class="newsinfo">作者：心内科　审核：宣传科　时间：2024年11月20日 15:20　阅读：892</div>'
            "<p>近日，我院心血管内科团队成功为一名82岁高龄患者实施经导管主动脉瓣置换术（TAVR）。患者于2024年11月12日入院。</p>",
        ),
        d20,
        "hospital page, 时间：2024年11月20日 15:20",
    )

    # 24. An enterprise page: 发布日期 as 2024/11/20 and a 集团要闻 sidebar of newer news.
    add(
        "soe-news",
        "http://www.mmgroup.com.cn/jtyw/202411/t20241120_55012.html",
        _doc(
            "集团公司召开四季度安全生产工作会议",
            '<h1>集团公司召开四季度安全生产工作会议</h1><div class="laiyuan">'
            "来源：集团办公室　发布日期：2024/11/20　字号：[大 中 小]</div>"
            f"{_BODY_TEXT}" + _SIDEBAR_NEWER,
        ),
        d20,
        "enterprise page, 发布日期：2024/11/20",
    )

    # 25. 公开日期 in a 依申请公开-style key table of a county site (label, value cells)
    #     where the page header shows the date of the clock first.
    add(
        "xxgk-gongkai-riqi",
        "http://www.mmx.gov.cn/openness/detail/content/673a1b2c.html",
        _doc(
            "某某县2024年第三季度财政预算执行情况",
            '<div class="detail-head"><ul>'
            '<li><span class="k">索引号:</span><span class="v">mmx-0102-2024-0031</span></li>'
            '<li><span class="k">公开方式:</span><span class="v">主动公开</span></li>'
            '<li><span class="k">公开日期:</span><span class="v">2024-11-20</span></li>'
            '<li><span class="k">成文日期:</span><span class="v">2024-10-30</span></li>'
            '<li><span class="k">发布机构:</span><span class="v">县财政局</span></li></ul></div>'
            "<h1>某某县2024年第三季度财政预算执行情况</h1><p>1—9月，全县一般公共预算收入完成12.3亿元。</p>",
        ),
        d20,
        "公开日期 in a key/value list",
    )
    return out


ARTICLES: tuple[Article, ...] = tuple(_articles())


# --- homepages --------------------------------------------------------------------------

Row = tuple[str, date | None, str]  # title, date (None: printed without one), URL


def iso(d: date) -> str:
    return d.isoformat()


def md_bracket(d: date) -> str:
    return f"[{d:%m-%d}]"


def md(d: date) -> str:
    return f"{d:%m-%d}"


def cjk(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dotted(d: date) -> str:
    return f"{d:%Y.%m.%d}"


def slashed(d: date) -> str:
    return f"{d:%Y/%m/%d}"


_POOL = {
    "news": (
        "省政府召开常务会议研究部署冬季安全生产工作",
        "全省高质量发展推进大会召开",
        "省领导赴基层调研乡村振兴工作",
        "我省举行重大项目集中签约仪式",
        "全省营商环境优化提升现场会召开",
        "省委理论学习中心组举行专题学习",
        "全省秋冬季森林防灭火工作会议召开",
        "省政府与央企举行合作座谈会",
    ),
    "notice": (
        "关于2024年度统计执法检查的通知",
        "关于开展冬季安全生产大检查的通知",
        "关于公布第三批省级示范项目名单的公告",
        "关于征求《条例（草案）》意见的公告",
        "关于2025年元旦放假安排的通知",
        "关于调整部分行政许可事项的公告",
    ),
    "policy": (
        "关于印发《推动大规模设备更新实施方案》的通知",
        "关于加快发展银发经济的实施意见",
        "《关于支持科技型企业发展若干措施》政策解读",
        "关于进一步促进消费的若干措施",
        "关于印发《数据要素市场化配置改革方案》的通知",
        "一图读懂《优化营商环境条例》",
    ),
    "personnel": (
        "关于张某某等同志职务任免的通知",
        "2025年度公开招聘工作人员公告",
        "干部任前公示",
        "关于公开遴选公务员的公告",
        "2024年度考录体检结果公示",
    ),
    "other": (
        "2024年第三季度主要经济指标",
        "10月份全省居民消费价格运行情况",
        "专题：学习贯彻党的二十届三中全会精神",
        "基层党组织建设经验交流",
        "“我为群众办实事”实践活动掠影",
        "2023年度部门决算公开",
    ),
}


def _title(pool: Sequence[str], n: int) -> str:
    base = pool[n % len(pool)]
    return base if n < len(pool) else f"{base}（{n // len(pool) + 1}）"


@dataclass
class Col:
    """A column as a builder lays it out: items on the homepage and on its own page."""

    name: str
    type: str
    ages: Sequence[int | None]  # days before TODAY; None: printed without a date
    path: str
    url: Callable[[int, date | None], str]
    pool: Sequence[str] = ()
    future: Sequence[int] = ()  # days AFTER today (upcoming events, printed first)
    older: int = 8  # more items on the column's own page

    def __post_init__(self) -> None:
        pool = self.pool or _POOL.get(self.type, _POOL["other"])
        rows: list[Row] = []
        for days in self.future:
            day = TODAY + timedelta(days=days)
            rows.append((_title(pool, len(rows)), day, self.url(len(rows), day)))
        for age in self.ages:
            day = ago(age) if age is not None else None
            rows.append((_title(pool, len(rows)), day, self.url(len(rows), day)))
        self.home: list[Row] = rows
        last = max((a for a in self.ages if a is not None), default=0)
        extra = [
            (_title(pool, len(rows) + i), ago(last + 5 * (i + 1)), self.url(len(rows) + i, None))
            for i in range(self.older if rows else 0)
        ]
        self.page: list[Row] = rows + extra

    def truth(self, path: str | None = None) -> ColumnTruth:
        dated = [ago(a) for a in self.ages if a is not None]
        return ColumnTruth(
            self.name, self.type, max(dated, default=None), not self.ages, path or self.path
        )


def seq_url(folder: str, start: int = 5000) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        return f"{folder}{start - 7 * n}.html"

    return url


def trs(folder: str) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        d = d or ago(60)
        return f"{folder}{d:%Y%m}/t{d:%Y%m%d}_{7654321 - 11 * n}.html"

    return url


def webplus(folder: str) -> Callable[[int, date | None], str]:
    """博达 WebPlus (university sites): /2024/1120/c1234a567890/page.htm."""

    def url(n: int, d: date | None) -> str:
        d = d or ago(60)
        return f"{folder}{d:%Y}/{d:%m%d}/c1234a{567890 - 17 * n}/page.htm"

    return url


def _page(title: str, body: str, *, lang: str = "zh-CN", head: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{title}</title>{head}"
        '<link rel="stylesheet" href="/static/css/style.css"></head>\n<body>\n'
        f"{body}\n</body></html>"
    )


def _top(site: str) -> str:
    return (
        '<div class="top-bar"><div class="w">'
        f'<span class="date">今天是：{cjk(TODAY)} 星期五</span>'
        '<span class="wea">今天 晴 6℃~15℃ 北风3级</span>'
        '<a href="javascript:;" id="cniil_wza">无障碍</a> <a href="/old/">长者模式</a>'
        ' <a href="/en/">English</a></div></div>'
        f'<div class="header"><div class="w"><img src="/static/img/logo.png" alt="{site}">'
        '<form action="/search/" class="search"><input name="q" placeholder="请输入关键字">'
        "<button>搜索</button></form></div></div>"
    )


def _nav(items: Sequence[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items)
    return (
        f'<div class="nav"><ul class="w"><li class="on"><a href="/">首页</a></li>{lis}</ul></div>'
    )


def _foot(site: str, icp: str, code: str = "") -> str:
    ident = f" 网站标识码：{code}" if code else ""
    return (
        '<div class="footer"><div class="w"><p><a href="/about/">关于本网</a> | '
        '<a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>'
        f"<p>主办单位：{site} 版权所有 © 2008-{TODAY.year}{ident}</p>"
        f'<p><a href="https://beian.miit.gov.cn/">{icp}</a> 最后更新：{iso(TODAY)}</p>'
        '<p><a href="https://bszs.conac.cn/"><img src="/static/img/red.png" alt="党政机关"></a></p>'
        "</div></div>"
    )


def _list_page(site: str, col: Col, rows_html: str, menu: Sequence[Col] = ()) -> str:
    side = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in menu)
    return _page(
        f"{col.name}-{site}",
        _top(site)
        + _nav([(c.name, c.path) for c in menu[:4]])
        + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{col.path}">{col.name}</a></div>'
        + f'<div class="w main"><div class="side"><h3>{col.name}</h3><ul class="submenu">{side}</ul></div>'
        + f'<div class="content"><div class="lm-title"><h2>{col.name}</h2></div>{rows_html}'
        + '<div class="page">共 126 条 1/13 页 <a href="index_1.html">下一页</a>'
        ' <a href="index_12.html">尾页</a></div></div></div>' + _foot(site, "京ICP备05070218号"),
    )


def _ul(rows: Sequence[Row], fmt: Callable[[date], str], cls: str = "list") -> str:
    lis = "".join(
        f'<li><a href="{u}" title="{t}" target="_blank">{t}</a><span>{fmt(d) if d else ""}</span></li>'
        for t, d, u in rows
    )
    return f'<ul class="{cls}">{lis}</ul>'


def _site(
    slug: str,
    what: str,
    home: str,
    cols: Sequence[Col],
    site: str,
    *,
    page_fmt: Callable[[date], str] = iso,
    status: str = "healthy",
    passed: bool = True,
    findings: frozenset[str] = frozenset(),
    last_updated: date | None = None,
    stale: frozenset[str] = frozenset(),
    empty: frozenset[str] = frozenset(),
    truths: Sequence[ColumnTruth] | None = None,
    extra_pages: dict[str, str | bytes] | None = None,
    debatable: str = "",
) -> SiteTruth:
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        if col.path not in pages:
            pages[col.path] = _list_page(site, col, _ul(col.page, page_fmt), cols)
    pages.update(extra_pages or {})
    return SiteTruth(
        slug,
        what,
        pages,
        tuple(truths) if truths is not None else tuple(c.truth() for c in cols),
        status,
        passed,
        findings,
        last_updated,
        stale_columns=stale,
        empty_columns=empty,
        debatable=debatable,
    )


def province_portal() -> SiteTruth:
    """省政府 portal: a 要闻动态 box with a lead story, 政府信息公开 whose 政策文件 and
    政策解读 are tabs over one 更多, 政务服务 tiles, a 专题专栏 carousel, 数据发布
    figures; each list dated as the province's CMS prints it."""
    site = "某某省人民政府"
    yw = Col("要闻动态", "news", (0, 0, 1, 2, 3, 5, 6), "/zwyw/", trs("/zwyw/"))
    zcwj = Col("政策文件", "policy", (4, 19, 33, 61), "/zwgk/zcwj/", trs("/zwgk/zcwj/"))
    zcjd = Col("政策解读", "policy", (6, 21, 40), "/zwgk/zcjd/", trs("/zwgk/zcjd/"))
    tzgg = Col("通知公告", "notice", (1, 8, 15, 29), "/zwgk/tzgg/", trs("/zwgk/tzgg/"))
    sjfb = Col("数据发布", "statistics", (3, 24, 55), "/sjfb/", trs("/sjfb/"))
    cols = [yw, zcwj, zcjd, tzgg, sjfb]
    lead_t, _lead_d, lead_u = yw.home[0]
    news = (
        '<div class="yw"><div class="yw-hd"><h2>要闻动态</h2><a class="more" href="/zwyw/">更多 &gt;</a></div>'
        f'<div class="headline"><h3><a href="{lead_u}">{lead_t}</a></h3>'
        f"<p>11月22日，省政府召开常务会议，研究部署今冬明春安全生产工作……</p></div>"
        + _ul(yw.home[1:], md, "yw-list")
        + "</div>"
    )

    def tab_list(col: Col) -> str:
        return "".join(
            f'<li><a href="{u}" target="_blank">{t}</a><span class="time">{iso(d) if d else ""}</span></li>'
            for t, d, u in col.home
        )

    xxgk = (
        '<div class="xxgk"><div class="xxgk-hd"><h2>政府信息公开</h2><ul class="tabs">'
        '<li class="cur" data-more="/zwgk/zcwj/">政策文件</li><li data-more="/zwgk/zcjd/">政策解读</li></ul>'
        '<a class="more" href="/zwgk/zcwj/">更多</a></div>'
        f'<div class="tab-con"><ul class="tab-item">{tab_list(zcwj)}</ul>'
        f'<ul class="tab-item" style="display:none">{tab_list(zcjd)}</ul></div></div>'
    )
    notice = (
        '<div class="box tzgg"><div class="box-hd"><h2>通知公告</h2><a class="more" href="/zwgk/tzgg/">+</a></div>'
        + _ul(tzgg.home, cjk)
        + "</div>"
    )
    data = (
        '<div class="box sjfb"><div class="box-hd"><h2>数据发布</h2><a class="more" href="/sjfb/">更多</a></div>'
        '<div class="figures"><div class="fig"><b>3.9%</b><p>前三季度GDP增速</p></div>'
        '<div class="fig"><b>1.2万亿</b><p>固定资产投资</p></div></div>'
        + _ul(sjfb.home, dotted)
        + "</div>"
    )
    services = (
        '<div class="zwfw"><h2>政务服务</h2><div class="tiles">'
        + "".join(
            f'<a class="tile" href="https://www.mmzwfw.gov.cn/{p}"><i class="ico-{p}"></i><span>{t}</span></a>'
            for t, p in (
                ("个人办事", "gr"),
                ("法人办事", "fr"),
                ("高效办成一件事", "yjs"),
                ("好差评", "hcp"),
                ("12345热线", "rx"),
                ("政策兑现", "zcdx"),
            )
        )
        + "</div></div>"
    )
    topics = (
        '<div class="ztzl"><h2>专题专栏</h2><div class="swiper"><div class="swiper-wrapper">'
        + "".join(
            f'<div class="swiper-slide"><a href="/ztzl/{p}/"><img src="/static/zt/{p}.jpg" alt="{t}"></a></div>'
            for t, p in (
                ("学习贯彻党的二十届三中全会精神", "szqh"),
                ("优化营商环境", "yshj"),
                ("2024年民生实事", "mssss"),
                ("安全生产月", "aqsc"),
            )
        )
        + '</div><div class="swiper-pagination"></div></div></div>'
    )
    home = _page(
        site,
        _top(site)
        + _nav(
            [
                ("政务公开", "/zwgk/"),
                ("政务服务", "/zwfw/"),
                ("互动交流", "/hdjl/"),
                ("走进某某", "/zjmm/"),
            ]
        )
        + f'<div class="w main">{news}{xxgk}{notice}</div>{services}{topics}<div class="w">{data}</div>'
        + _foot(site, "皖ICP备05001234号", "3400000001"),
    )
    return _site(
        "province-portal",
        "省政府 portal: lead story, tabbed 信息公开, service tiles, carousel, data figures",
        home,
        cols,
        site,
        last_updated=ago(0),
        truths=[yw.truth(), zcwj.truth(), zcjd.truth("/zwgk/zcwj/"), tzgg.truth(), sjfb.truth()],
        debatable="政策解读 is a tab under the box's one 更多 (政策文件's page): its own page"
        " is not linked from the homepage",
    )


def ministry() -> SiteTruth:
    """部委 site: 新闻发布, 通知公告 with [mm-dd], 政策法规 in a table, 人事信息 with
    任免/招聘 sub-tabs each with its own more link."""
    site = "中华人民共和国某某部"
    xwfb = Col("新闻发布", "news", (1, 2, 2, 4, 7), "/xwfb/", trs("/xwfb/"))
    tzgg = Col("通知公告", "notice", (3, 10, 12, 30), "/tzgg/", trs("/tzgg/"))
    zcfg = Col("政策法规", "policy", (16, 44, 90), "/zcfg/", trs("/zcfg/"))
    rm = Col("任免", "personnel", (40, 130), "/rsxx/rm/", trs("/rsxx/rm/"))
    zp = Col("招聘", "personnel", (12, 70), "/rsxx/zp/", trs("/rsxx/zp/"))
    cols = [xwfb, tzgg, zcfg, rm, zp]

    def block(col: Col, fmt: Callable[[date], str]) -> str:
        rows = "".join(
            f'<li><span class="date">{fmt(d) if d else ""}</span><a href="{u}">{t}</a></li>'
            for t, d, u in col.home
        )
        return (
            f'<div class="column"><div class="column-title"><span>{col.name}</span>'
            f'<a class="more" href="{col.path}">更多&gt;&gt;</a></div><ul>{rows}</ul></div>'
        )

    policy_rows = "".join(
        f'<tr><td class="title"><a href="{u}">{t}</a></td><td class="wh">某发〔2024〕{12 + i}号</td>'
        f'<td class="date">{iso(d) if d else ""}</td></tr>'
        for i, (t, d, u) in enumerate(zcfg.home)
    )
    personnel = (
        '<div class="column rsxx"><div class="column-title"><span>人事信息</span></div>'
        '<div class="subtabs"><a class="on" href="/rsxx/rm/">任免</a><a href="/rsxx/zp/">招聘</a></div>'
        + "".join(
            f'<div class="subcon" id="rs{i}"{"" if i == 0 else " style=display:none"}>'
            + "".join(
                f'<p><a href="{u}">{t}</a><em>{md_bracket(d) if d else ""}</em></p>'
                for t, d, u in c.home
            )
            + f'<a class="more" href="{c.path}">更多</a></div>'
            for i, c in enumerate((rm, zp))
        )
        + "</div>"
    )
    home = _page(
        site,
        _top(site)
        + _nav(
            [
                ("机构", "/jg/"),
                ("新闻", "/xwfb/"),
                ("政务", "/zw/"),
                ("服务", "/fw/"),
                ("互动", "/hd/"),
            ]
        )
        + '<div class="w main">'
        + block(xwfb, iso)
        + block(tzgg, md_bracket)
        + '<div class="column"><div class="column-title"><span>政策法规</span><a class="more" href="/zcfg/">更多&gt;&gt;</a></div>'
        f'<table class="zcfg"><tr class="th"><td>标题</td><td>文号</td><td>发布日期</td></tr>{policy_rows}</table></div>'
        + personnel
        + "</div>"
        + _foot(site, "京ICP备05012345号", "bm01000001"),
    )
    return _site(
        "ministry",
        "部委: table of policies, 人事信息 with 任免/招聘 sub-tabs",
        home,
        cols,
        site,
        last_updated=ago(1),
        truths=[
            xwfb.truth(),
            tzgg.truth(),
            zcfg.truth(),
            rm.truth(),
            zp.truth(),
        ],
        debatable="人事信息's sub-tabs are two columns (任免, 招聘), each with its own page",
    )


def university() -> SiteTruth:
    """高校 (博达 WebPlus): 学校要闻 with picture cards, 通知公告 with day/month tiles,
    学术活动 listing upcoming lectures (dates after today), 媒体报道, 招生就业."""
    site = "某某大学"
    xxyw = Col("学校要闻", "news", (0, 1, 3, 4), "/xxyw/list.htm", webplus("/"))
    tzgg = Col("通知公告", "notice", (1, 2, 6, 9, 13), "/tzgg/list.htm", webplus("/"))
    xshd = Col("学术活动", "other", (2, 5), "/xshd/list.htm", webplus("/"), future=(12, 6, 3))
    mtbd = Col("媒体报道", "news", (2, 8, 11), "/mtbd/list.htm", webplus("/"))
    zsjy = Col("招生就业", "other", (4, 20), "/zsjy/list.htm", webplus("/"))
    cols = [xxyw, tzgg, xshd, mtbd, zsjy]
    cards = "".join(
        f'<div class="news-card"><a href="{u}"><img src="/_upload/article/images/{i}.jpg" alt=""></a>'
        f'<div class="txt"><h4><a href="{u}">{t}</a></h4><p class="time">{iso(d) if d else ""}</p></div></div>'
        for i, (t, d, u) in enumerate(xxyw.home)
    )
    tiles = "".join(
        f'<li class="news"><div class="news_date"><span class="day">{d:%d}</span>'
        f'<span class="ym">{d:%Y-%m}</span></div><div class="news_title"><a href="{u}">{t}</a></div></li>'
        for t, d, u in tzgg.home
        if d
    )
    lectures = "".join(
        f'<li><a href="{u}"><span class="xs-title">{t.replace("关于", "讲座：")}</span></a>'
        f'<span class="xs-time">时间：{cjk(d)} 14:30</span><span class="xs-place">地点：图书馆报告厅</span></li>'
        for t, d, u in xshd.home
        if d
    )

    def wp(col: Col, body: str) -> str:
        return (
            f'<div class="post post-{col.path.strip("/").split("/")[0]}"><div class="tt">'
            f'<h3 class="tit"><span class="title">{col.name}</span></h3>'
            f'<a class="more_btn" href="{col.path}">MORE+</a></div><div class="con">{body}</div></div>'
        )

    home = _page(
        site,
        '<div class="header"><img src="/_upload/tpl/logo.png" alt="某某大学">'
        '<div class="quick"><a href="/xygk/">学校概况</a><a href="https://lib.mmu.edu.cn/">图书馆</a>'
        '<a href="https://jwc.mmu.edu.cn/">教务处</a><a href="/xyfc/">校园风光</a></div></div>'
        + _nav(
            [
                ("学校概况", "/xxgk/"),
                ("院系设置", "/yxsz/"),
                ("科学研究", "/kxyj/"),
                ("招生就业", "/zsjy/list.htm"),
            ]
        )
        + '<div class="w main">'
        + wp(xxyw, cards)
        + wp(tzgg, f'<ul class="news_list">{tiles}</ul>')
        + wp(xshd, f'<ul class="xs-list">{lectures}</ul>')
        + wp(mtbd, _ul(mtbd.home, md))
        + wp(zsjy, _ul(zsjy.home, iso))
        + "</div>"
        + '<div class="footer"><p>地址：某某市大学路1号 邮编：230000</p>'
        f"<p>Copyright © {TODAY.year} 某某大学 版权所有 皖ICP备05005678号</p></div>",
    )
    return _site(
        "university",
        "高校 WebPlus: cards, day tiles, upcoming lectures, 媒体报道",
        home,
        cols,
        site,
        last_updated=ago(0),
        debatable="学术活动's newest is its latest lecture held (5 or 2 days ago); the three"
        " announced for the coming days are event dates, not publication dates",
    )


def soe_group() -> SiteTruth:
    """国企 (集团公司): 集团要闻 slider + list, 公司动态 (基层), 党建工作, 招标采购
    with 2024年11月20日 dates; GBK served without an HTTP charset."""
    site = "某某能源集团有限公司"
    jtyw = Col("集团要闻", "news", (1, 2, 5, 7), "/jtyw/", trs("/jtyw/"))
    gsdt = Col("公司动态", "news", (0, 1, 3, 4, 6), "/gsdt/", trs("/gsdt/"))
    djgz = Col("党建工作", "other", (9, 17, 26), "/djgz/", trs("/djgz/"))
    zbcg = Col("招标采购", "notice", (0, 2, 3, 8), "/zbcg/", seq_url("/zbcg/show-"))
    cols = [jtyw, gsdt, djgz, zbcg]

    def dl(col: Col, fmt: Callable[[date], str]) -> str:
        dds = "".join(
            f'<dd><a href="{u}" title="{t}">{t}</a><i>{fmt(d) if d else ""}</i></dd>'
            for t, d, u in col.home
        )
        return f'<dl class="lm"><dt><b>{col.name}</b><a href="{col.path}" class="more">更多</a></dt>{dds}</dl>'

    home = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f"<title>{site}</title></head><body>"
        + _top(site)
        + _nav(
            [
                ("集团概况", "/jtgk/"),
                ("新闻中心", "/jtyw/"),
                ("党的建设", "/djgz/"),
                ("社会责任", "/shzr/"),
            ]
        )
        + '<div class="w main">'
        + dl(jtyw, cjk)
        + dl(gsdt, cjk)
        + dl(djgz, cjk)
        + dl(zbcg, slashed)
        + "</div>"
        + '<div class="footer"><p>版权所有：某某能源集团有限公司 京ICP备10011223号-1</p></div></body></html>'
    ).encode("gbk")
    return _site(
        "soe-group",
        "国企 group site (GBK, no HTTP charset), <dl> columns",
        home,  # type: ignore[arg-type]
        cols,
        site,
        page_fmt=cjk,
        last_updated=ago(0),
        debatable="an enterprise is not held to the government columns' limits;"
        " 招标采购 is typed other (a notice-like procurement list)",
    )


def hospital() -> SiteTruth:
    """医院: 医院动态 with dotted dates, 健康科普 cards, 招聘信息, 院务公开; the
    医院动态 column 20 days old (a news column past 14), the homepage fresh through
    院务公开."""
    site = "某某市第一人民医院"
    yydt = Col("医院动态", "news", (20, 24, 31), "/yydt/", seq_url("/yydt/"))
    jkkp = Col("健康科普", "other", (5, 12, 33), "/jkkp/", seq_url("/jkkp/"))
    zpxx = Col("招聘信息", "personnel", (26, 90), "/zpxx/", seq_url("/zpxx/"))
    ywgk = Col("院务公开", "other", (2, 15), "/ywgk/", seq_url("/ywgk/"))
    cols = [yydt, jkkp, zpxx, ywgk]

    def box(col: Col, fmt: Callable[[date], str]) -> str:
        return (
            f'<div class="index-box"><div class="index-title"><h3>{col.name}</h3>'
            f'<a href="{col.path}"><img src="/images/more.png" alt="查看更多"></a></div>'
            + _ul(col.home, fmt)
            + "</div>"
        )

    home = _page(
        site,
        _top(site)
        + _nav(
            [
                ("医院概况", "/yygk/"),
                ("科室导航", "/ksdh/"),
                ("专家介绍", "/zjjs/"),
                ("就医指南", "/jyzn/"),
            ]
        )
        + '<div class="yy-quick"><a href="/yygh/">预约挂号</a><a href="/bgcx/">报告查询</a>'
        '<a href="/mzpb/">门诊排班</a></div>'
        + '<div class="w main">'
        + box(yydt, dotted)
        + box(jkkp, dotted)
        + box(zpxx, iso)
        + box(ywgk, iso)
        + "</div>"
        + _foot(site, "苏ICP备12345678号"),
    )
    return _site(
        "hospital",
        "医院: one news column past 14 days",
        home,
        cols,
        site,
        status="stale",
        passed=True,
        findings=frozenset({"column_stale"}),
        last_updated=ago(2),
        stale=frozenset({"医院动态"}),
    )


def library() -> SiteTruth:
    """事业单位 (市图书馆): 本馆动态, 通知公告, 讲座预告 only of coming lectures,
    新书推荐 (titles and covers, no dates), 本馆动态 more link as an image."""
    site = "某某市图书馆"
    bgdt = Col("本馆动态", "news", (3, 6, 10), "/bgdt/", seq_url("/bgdt/"))
    tzgg = Col("通知公告", "notice", (4, 40), "/tzgg/", seq_url("/tzgg/"))
    jzyg = Col("讲座预告", "other", (), "/jzyg/", seq_url("/jzyg/"), future=(1, 8, 15), older=0)
    cols = [bgdt, tzgg, jzyg]
    lectures = "".join(
        f'<div class="jz-item"><div class="jz-date"><b>{d.day}</b><span>{d.year}.{d.month:02d}</span></div>'
        f'<h4><a href="{u}">【市民讲堂】{t}</a></h4><p>主讲人：某某教授 地点：二楼报告厅</p></div>'
        for t, d, u in jzyg.home
        if d
    )
    books = "".join(
        f'<li><a href="/xstj/{i}.html"><img src="/images/book{i}.jpg" alt=""><p>{t}</p></a></li>'
        for i, t in enumerate(("人类简史", "额尔古纳河右岸", "长安的荔枝", "置身事内"))
    )
    home = _page(
        site,
        _top(site)
        + _nav([("本馆概况", "/bggk/"), ("读者服务", "/dzfw/"), ("数字资源", "/szzy/")])
        + '<div class="w main">'
        + f'<div class="mk"><h2>本馆动态</h2><a href="/bgdt/"><img src="/images/more.gif" alt="更多"></a>{_ul(bgdt.home, iso)}</div>'
        + f'<div class="mk"><h2>通知公告</h2><a href="/tzgg/" class="more">更多</a>{_ul(tzgg.home, md)}</div>'
        + f'<div class="mk"><h2>讲座预告</h2><a href="/jzyg/" class="more">更多</a>{lectures}</div>'
        + f'<div class="mk xstj"><h2>新书推荐</h2><ul>{books}</ul></div>'
        + '<div class="kfsj">开放时间：周二至周日 9:00-21:00（周一闭馆）</div>'
        + "</div>"
        + _foot(site, "苏ICP备09087654号"),
    )
    page_jz = _list_page(
        site,
        jzyg,
        '<ul class="list">'
        + "".join(
            f'<li><a href="{u}">【市民讲堂】{t}</a><span>讲座时间：{iso(d) if d else ""}</span></li>'
            for t, d, u in jzyg.page
        )
        + "</ul>",
        cols,
    )
    truths = [
        bgdt.truth(),
        tzgg.truth(),
        ColumnTruth("讲座预告", "other", None, False, "/jzyg/"),
    ]
    return _site(
        "library",
        "图书馆: upcoming lectures only (event dates), a titles-only book shelf",
        home,
        cols,
        site,
        last_updated=ago(3),
        truths=truths,
        extra_pages={"/jzyg/": page_jz},
        debatable="讲座预告 lists three coming lectures: not empty, but no publication date",
    )


def township_js_rendered() -> SiteTruth:
    """集约化平台 乡镇 site: every column is an empty <ul> that a script fills from a
    JSON endpoint (columns' own pages too). The crawler cannot see one item or date:
    it must say `undated`, invent no freshness and call no column empty."""
    site = "某某镇人民政府"
    names = [
        ("镇务动态", "news", "1001"),
        ("通知公告", "notice", "1002"),
        ("政策文件", "policy", "1003"),
        ("人事信息", "personnel", "1004"),
        ("规划计划", "planning", "1005"),
        ("村务公开", "other", "1006"),
    ]

    def box(name: str, cid: str) -> str:
        return (
            f'<div class="index-lm"><div class="lm-hd"><span class="lm-name">{name}</span>'
            f'<a class="lm-more" href="/col/{cid}/list.html">更多&gt;</a></div>'
            f'<ul class="lm-list" id="list_{cid}" data-channel="{cid}" data-size="6"></ul></div>'
        )

    loader = (
        '<script type="text/javascript">\n'
        "$(function(){ $('.lm-list').each(function(){ var ul=$(this);\n"
        "  $.getJSON('/api/content/list', {channelId: ul.data('channel'), pageSize: ul.data('size')},\n"
        "  function(res){ $.each(res.data.records, function(i,r){\n"
        "    ul.append('<li><a href=\"/art/'+r.id+'.html\">'+r.title+'</a><span>'+r.publishDate.substr(0,10)+'</span></li>');\n"
        "  }); }); }); });\n"
        f'var siteConfig = {{"siteId": 88, "updateTime": "{iso(TODAY)} 09:12:00"}};\n'
        "</script>"
    )
    home = _page(
        site,
        _top(site)
        + _nav(
            [
                ("走进某某", "/col/1000/list.html"),
                ("政务公开", "/col/1010/list.html"),
                ("办事服务", "/col/1020/list.html"),
            ]
        )
        + '<div class="w main">'
        + "".join(box(n, c) for n, _, c in names)
        + "</div>"
        + _foot(site, "浙ICP备10023456号", "3306240012")
        + loader,
        head='<script src="/static/js/jquery-3.6.0.min.js"></script>',
    )
    pages: dict[str, str | bytes] = {"/": home}
    for name, _, cid in names:
        pages[f"/col/{cid}/list.html"] = _page(
            f"{name}-{site}",
            _top(site)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {name}</div>'
            + f'<div class="w main"><h2>{name}</h2><ul class="lm-list" id="list_{cid}" data-channel="{cid}" data-size="15"></ul>'
            '<div id="pager"></div></div>'
            + _foot(site, "浙ICP备10023456号", "3306240012")
            + loader,
            head='<script src="/static/js/jquery-3.6.0.min.js"></script>',
        )
    truths = [ColumnTruth(n, t, None, False, f"/col/{c}/list.html") for n, t, c in names]
    return SiteTruth(
        "township-js",
        "集约化 乡镇 site, lists rendered from a JSON endpoint",
        pages,
        tuple(truths),
        "healthy",
        True,
        frozenset({"undated"}),
        None,
        debatable="what the lists hold is unknown to a crawler that runs no script: neither"
        " empty nor dated (an inspector with a browser would see items)",
    )


def iframe_columns() -> SiteTruth:
    """A 县 department site whose homepage boxes are iframes, each showing a list page
    (the box has a heading and a 更多 link to the full list)."""
    site = "某某县农业农村局"
    nyxw = Col("农业新闻", "news", (1, 2, 4, 9), "/nyxw/", seq_url("/nyxw/"))
    tzgg = Col("通知公告", "notice", (5, 12, 30), "/tzgg/", seq_url("/tzgg/"))
    zcfg = Col("政策法规", "policy", (22, 80), "/zcfg/", seq_url("/zcfg/"))
    cols = [nyxw, tzgg, zcfg]

    def frame_page(col: Col) -> str:
        return (
            '<html><head><meta charset="utf-8"><base target="_blank">'
            "<style>body{margin:0;font-size:14px}</style></head><body>"
            + _ul(col.home, iso, "ilist")
            + "</body></html>"
        )

    home = _page(
        site,
        _top(site)
        + _nav([("机构职能", "/jgzn/"), ("政务公开", "/zwgk/"), ("办事服务", "/bsfw/")])
        + '<div class="w main">'
        + "".join(
            f'<div class="box"><div class="box-title"><span>{c.name}</span><a href="{c.path}">更多</a></div>'
            f'<iframe src="{c.path}top.html" width="100%" height="220" frameborder="0" scrolling="no"></iframe></div>'
            for c in cols
        )
        + "</div>"
        + _foot(site, "皖ICP备08123456号"),
    )
    extra: dict[str, str | bytes] = {f"{c.path}top.html": frame_page(c) for c in cols}
    return _site(
        "iframe-columns",
        "homepage boxes are iframes of list pages",
        home,
        cols,
        site,
        last_updated=ago(1),
        extra_pages=extra,
        debatable="the homepage's own markup lists nothing: its dated items are in the"
        " iframes a browser shows in the boxes",
    )


def marquee_news() -> SiteTruth:
    """乡 site with a scrolling 最新动态 <marquee> of dated items, a one-line 滚动公告
    marquee, and a 通知公告 list scrolled upwards in a marquee."""
    site = "某某乡人民政府"
    zxdt = Col("最新动态", "news", (0, 2, 3, 6), "/zxdt/", trs("/zxdt/"))
    tzgg = Col("通知公告", "notice", (1, 9, 20), "/tzgg/", trs("/tzgg/"))
    cols = [zxdt, tzgg]
    oneline = "　".join(f'<a href="{u}">{t}（{iso(d)}）</a>' for t, d, u in zxdt.home[:2] if d)
    home = _page(
        site,
        _top(site)
        + _nav([("乡情概况", "/xqgk/"), ("政务公开", "/zwgk/")])
        + f'<div class="gundong"><b>滚动公告：</b><marquee behavior="scroll" scrollamount="3">{oneline}</marquee></div>'
        + '<div class="w main">'
        + '<div class="box"><div class="box-title"><span>最新动态</span><a href="/zxdt/">更多&gt;&gt;</a></div>'
        f'<marquee direction="up" scrollamount="2" height="200" onmouseover="this.stop()" onmouseout="this.start()">{_ul(zxdt.home, iso)}</marquee></div>'
        + '<div class="box"><div class="box-title"><span>通知公告</span><a href="/tzgg/">更多&gt;&gt;</a></div>'
        f'<marquee direction="up" scrollamount="1" height="180">{_ul(tzgg.home, md_bracket)}</marquee></div>'
        + "</div>"
        + _foot(site, "湘ICP备12003456号"),
    )
    return _site(
        "marquee-news",
        "乡 site with marquee-scrolled lists",
        home,
        cols,
        site,
        last_updated=ago(0),
        truths=[
            ColumnTruth("滚动公告：", "notice", ago(0), False, None),
            zxdt.truth(),
            tzgg.truth(),
        ],
        debatable="the one-line 滚动公告 scroller (no more link) is read as a column of two"
        " dated items, which it shows",
    )


def titles_only() -> SiteTruth:
    """区 site whose homepage columns show only titles (dates only on the list pages,
    article URLs undated); the list pages are fresh."""
    site = "某某区人民政府"
    qnyw = Col("区内要闻", "news", (1, 2, 3, 5, 8), "/qnyw/", seq_url("/qnyw/info_"))
    tzgg = Col("通知公告", "notice", (2, 11, 25), "/tzgg/", seq_url("/tzgg/info_"))
    zcwj = Col("政策文件", "policy", (30, 70), "/zcwj/", seq_url("/zcwj/info_"))
    cols = [qnyw, tzgg, zcwj]

    def box(col: Col) -> str:
        lis = "".join(f'<li><a href="{u}">{t}</a></li>' for t, _, u in col.home)
        return (
            f'<div class="box"><div class="hd"><h3>{col.name}</h3><a href="{col.path}">更多</a></div>'
            f"<ul>{lis}</ul></div>"
        )

    home = _page(
        site,
        _top(site)
        + _nav([("走进某某", "/zjmm/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/")])
        + '<div class="w main">'
        + "".join(box(c) for c in cols)
        + "</div>"
        + _foot(site, "粤ICP备11002233号", "4401060001"),
    )
    truths = [
        ColumnTruth(c.name, c.type, max(ago(a) for a in c.ages if a is not None), False, c.path)
        for c in cols
    ]
    return _site(
        "titles-only",
        "homepage columns of titles only; dates on the list pages",
        home,
        cols,
        site,
        last_updated=ago(1),
        findings=frozenset({"undated"}),
        truths=truths,
        debatable="the homepage shows no date (`undated`: judged by change); its columns"
        " are dated by their own pages, which list the same items",
    )


def forum_relative() -> SiteTruth:
    """A 网上问政 board styled like a forum: `3天前`, `1小时前`, `刚刚`, `昨天 15:20`
    beside the posts; a weather line `今天 晴`. Relative dates count back from the scan
    (the page was rendered when fetched): 1小时前 is today's; 刚刚 is not read (a
    cached page says it for ever)."""
    site = "某某县网络问政平台"
    rel = ["刚刚", "1小时前", "昨天 15:20", "3天前", "2024-11-12"]
    posts = [
        ("咨询城区学校划片问题", rel[0]),
        ("反映某小区路灯不亮", rel[1]),
        ("建议增加公交班次", rel[2]),
        ("关于农村医保缴费的咨询", rel[3]),
        ("反映菜市场占道经营", rel[4]),
    ]
    notice = Col("通知公告", "notice", (4, 14), "/tzgg/", seq_url("/tzgg/"))
    lis = "".join(
        f'<li><a href="/wz/{800 + i}.html">{t}</a><span class="time">{r}</span></li>'
        for i, (t, r) in enumerate(posts)
    )
    home = _page(
        site,
        _top(site)
        + '<div class="w main">'
        + f'<div class="box"><div class="hd"><h3>最新问政</h3><a href="/wz/">更多</a></div><ul>{lis}</ul></div>'
        + f'<div class="box"><div class="hd"><h3>通知公告</h3><a href="/tzgg/">更多</a></div>{_ul(notice.home, iso)}</div>'
        + "</div>"
        + _foot(site, "皖ICP备13004567号"),
    )
    board = _list_page(
        site, Col("最新问政", "news", (), "/wz/", seq_url("/wz/")), f'<ul class="list">{lis}</ul>'
    )
    return _site(
        "forum-relative",
        "relative dates on a forum-style board",
        home,
        [notice],
        site,
        last_updated=ago(0),
        truths=[
            ColumnTruth("最新问政", "interaction", ago(0), False, "/wz/"),
            notice.truth(),
        ],
        extra_pages={"/wz/": board},
        debatable="最新问政's only absolute date is 10 days old; its 1小时前 is today's",
    )


SITES: tuple[Callable[[], SiteTruth], ...] = (
    province_portal,
    ministry,
    university,
    soe_group,
    hospital,
    library,
    township_js_rendered,
    iframe_columns,
    marquee_news,
    titles_only,
    forum_relative,
)
