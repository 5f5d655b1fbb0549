"""Blind round 7: article pages and their publication day, written before any scan.

Each page is built the way its CMS renders it (TRS / Hanweb / Kaipu / 大汉
government templates, Taiwanese and Hong Kong government pages, GOV.UK,
CivicPlus, WordPress, Drupal, press-release wires), with the chrome real
pages carry: mega menus, "今天是" clocks, print/share bars, 相关链接 lists of
newer articles, attachment lists with older dates, comments with newer dates,
footers with ICP numbers and copyright years, and scripts.

Truth: `expected` is the page's publication day (day-exact), or None when
the page has no date of its own. Where a page shows several of its own dates
the choice is argued in `note`: the day the page was published on this site
(发布日期 / 發布日期 / Published), not the day a document was signed
(成文日期), not a later update (更新日期 / Last updated), and not the date of
an original a reprint copies.

Judged as of NOW (a Thursday).
"""

from __future__ import annotations

import datetime as dt
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

_ZH_SENT = [
    "会议强调，要坚持以人民为中心的发展思想，扎实推进各项重点工作落地见效。",
    "各地各部门要进一步压实工作责任，细化工作措施，确保各项任务按期完成。",
    "要加强统筹协调，形成工作合力，切实提升政务服务标准化、规范化、便利化水平。",
    "下一步，我局将持续深化“放管服”改革，不断优化营商环境，激发市场主体活力。",
    "据统计，今年以来全市累计办理各类政务服务事项12.6万件，群众满意率达99.2%。",
    "会上，各县（市、区）分别汇报了前一阶段工作进展情况及下一步工作打算。",
    "要坚持问题导向，聚焦群众急难愁盼，扎实开展专项整治，切实解决突出问题。",
    "与会人员围绕安全生产、防汛防台、森林防火等重点工作进行了深入交流讨论。",
    "该项目总投资约3.8亿元，建成后将有效改善周边群众出行条件和人居环境。",
    "要严格落实安全生产责任制，全面排查整治各类风险隐患，坚决遏制重特大事故发生。",
]

_TW_SENT = [
    "本府將持續推動各項便民措施，提升為民服務品質，打造宜居永續城市。",
    "市長表示，感謝各界長期以來的支持，未來將持續與中央及地方攜手合作。",
    "相關申請資格、應備文件及辦理方式，請逕至本局網站查詢或洽服務專線。",
    "本計畫自即日起受理申請，額滿為止，歡迎符合資格之民眾踴躍提出申請。",
    "為維護民眾權益，本局將加強稽查，違規者將依相關法規予以處分。",
    "活動期間並規劃多項親子互動體驗，邀請市民朋友闔家蒞臨參與。",
]

_EN_SENT = [
    "The council said the work would be carried out in phases to keep disruption to residents to a minimum.",
    "Officials thanked community members for their patience and feedback throughout the consultation period.",
    "The funding will support local businesses, improve accessibility and upgrade ageing infrastructure.",
    "Residents can find more information, including frequently asked questions, on the project page.",
    "The department will continue to work closely with partners across the region to deliver these services.",
    "Applications are reviewed on a rolling basis, and applicants will be notified of the outcome by email.",
    "The new measures build on the progress made over the past year and respond directly to public input.",
    "Staff will be available at the drop-in sessions to answer questions and help with applications.",
]


def _paras(pool: list[str], n: int, k: int = 3, seed: int = 0) -> str:
    out = []
    for i in range(n):
        s = "".join(
            (pool[(seed + i * k + j) % len(pool)] + ("" if pool is not _EN_SENT else " "))
            for j in range(k)
        )
        out.append(f"<p>{s.strip()}</p>")
    return "\n".join(out)


_ZH_MENU = {
    "首页": [],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
             "依申请公开", "政策文件", "政策解读", "人事信息", "规划计划", "财政资金", "统计信息"],
    "新闻中心": ["政务要闻", "部门动态", "基层动态", "通知公告", "图片新闻", "视频新闻", "媒体聚焦"],
    "政务服务": ["办事指南", "网上办事大厅", "便民服务", "公共资源交易", "行政审批", "好差评"],
    "互动交流": ["领导信箱", "在线访谈", "征集调查", "咨询投诉", "常见问题", "留言选登"],
    "走进本市": ["市情概况", "历史沿革", "行政区划", "自然地理", "人口民族", "旅游资源"],
    "专题专栏": ["学习贯彻党的二十届四中全会精神", "优化营商环境", "安全生产月", "乡村振兴",
             "法治政府建设", "双随机一公开", "政府网站年度报表"],
}


def _zh_nav(site: str) -> str:
    items = []
    for top, subs in _ZH_MENU.items():
        sub = "".join(f'<li><a href="/{sum(map(ord, s)) % 9000 + 1000}/index.html" target="_blank">{s}</a></li>' for s in subs)
        items.append(
            f'<li class="nav-item"><a href="/{sum(map(ord, top)) % 900 + 100}/">{top}</a>'
            f'<div class="subnav"><ul>{sub}</ul></div></li>'
        )
    return f'<div class="nav"><div class="w1200"><ul class="clearfix">{"".join(items)}</ul></div></div>'


def _zh_topbar(site: str, today: bool) -> str:
    t = (
        '<span class="today">今天是：2026年11月26日 星期四</span>'
        '<span class="weather">多云 3℃~12℃</span>'
        if today else
        '<span id="nowtime"></span><script>var d=new Date();document.getElementById("nowtime")'
        '.innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>'
    )
    return (
        '<div class="topbar"><div class="w1200 clearfix"><div class="fl">'
        f"{t}</div><div class=\"fr\"><a href=\"javascript:void(0)\" id=\"cniil_wza\">无障碍浏览</a>"
        '<a href="/m/">手机版</a><a href="/rss.xml">RSS</a><a href="javascript:;" onclick="SetHome(this)">设为首页</a>'
        '<a href="javascript:;" onclick="AddFavorite()">加入收藏</a><a href="/old/">长者模式</a></div></div></div>'
        f'<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a>'
        '<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank">'
        '<input type="hidden" name="websiteid" value="330100000000000"><input type="text" name="q" placeholder="请输入关键字">'
        '<button type="submit">搜索</button></form><div class="hotword">热词：<a href="#">社保</a><a href="#">公积金</a>'
        '<a href="#">医保</a><a href="#">招聘</a><a href="#">人才政策</a></div></div></div></div>'
    )


def _zh_footer(site: str, icp: str, code: str) -> str:
    links = "".join(
        f'<option value="http://www.{d}.gov.cn">{n}</option>'
        for d, n in [("gov", "中国政府网"), ("zj", "浙江省人民政府"), ("hz", "杭州市人民政府"),
                     ("nb", "宁波市人民政府"), ("wz", "温州市人民政府"), ("sx", "绍兴市人民政府"),
                     ("jx", "嘉兴市人民政府"), ("huzhou", "湖州市人民政府"), ("jh", "金华市人民政府")]
    )
    return (
        '<div class="links"><div class="w1200"><select onchange="window.open(this.value)"><option>国家部委网站</option>'
        f'{links}</select><select><option>省内市县网站</option>{links}</select><select><option>其他网站</option>{links}</select></div></div>'
        '<div class="footer"><div class="w1200 clearfix"><div class="f-dzjg"><script type="text/javascript">'
        'document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E%3Cscript src=\'https://dcs.conac.cn/js/33/000/0000/40000000/CA330000000400000000000.js\' type=\'text/javascript\'%3E%3C/script%3E"));'
        '</script></div><div class="f-text">'
        '<p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/privacy/">隐私声明</a></p>'
        f'<p>主办：{site}办公室　承办：{site}大数据发展中心</p>'
        f'<p>版权所有 © 2026 {site}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　网站标识码：{code}</p>'
        '<p><img src="/images/ga.png"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010202000001">浙公网安备 33010202000001号</a>　'
        '建议使用1366×768分辨率、IE9.0以上版本浏览器</p></div>'
        '<div class="f-jiucuo"><script id="_jiucuo_" sitecode="3301000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>'
        '</div></div>'
    )


_ZH_SCRIPTS = (
    '<script src="/js/jquery-1.12.4.min.js"></script><script src="/js/jquery.SuperSlide.2.1.3.js"></script>'
    '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
    'hm.src = "https://hm.baidu.com/hm.js?8f3c1e2a6b7d4c5e9a0b1c2d3e4f5a6b";var s = document.getElementsByTagName("script")[0];'
    's.parentNode.insertBefore(hm, s);})();</script>'
    '<script>$(function(){$(".nav-item").hover(function(){$(this).find(".subnav").stop().slideDown(200)},'
    'function(){$(this).find(".subnav").stop().slideUp(200)});$(".fontsize a").click(function(){'
    'var s=$(this).data("size");$("#zoom").css("font-size",s+"px")});});</script>'
)

_ZH_CSS = "\n".join(
    f".{c}{{margin:0 auto;padding:{i % 5}px {i % 7 + 2}px;font-size:{12 + i % 6}px;color:#{(i * 2371) % 0xFFFFFF:06x}}}"
    for i, c in enumerate(
        ["w1200", "topbar", "header", "logo", "search", "hotword", "nav", "nav-item", "subnav", "links", "footer", "f-text", "f-dzjg", "f-jiucuo", "position", "article-title", "article-info", "article-con", "fontsize", "share", "print", "related", "attach", "xxgk-table", "clearfix", "fl", "fr", "today", "weather"]
    )
)


def _zh_page(title: str, site: str, body: str, *, icp: str = "浙ICP备05012345号-1",
             code: str = "3301000001", today: bool = False, head: str = "",
             crumbs: str = "新闻中心 &gt; 部门动态") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="renderer" content="webkit">'
        f'<title>{title}_{site}</title>'
        f'<meta name="SiteName" content="{site}"><meta name="SiteDomain" content="www.example.gov.cn">'
        f'<meta name="SiteIDCode" content="{code}"><meta name="ArticleTitle" content="{title}">'
        f'{head}<link rel="stylesheet" href="/css/common.css"><style>{_ZH_CSS}</style></head>\n<body>'
        f"{_zh_topbar(site, today)}{_zh_nav(site)}"
        f'<div class="w1200"><div class="position">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>'
        f"{body}</div>{_zh_footer(site, icp, code)}{_ZH_SCRIPTS}</body></html>"
    )


def _zh_related(items: list[tuple[str, str]], head: str = "相关链接") -> str:
    lis = "".join(
        f'<li><a href="/art/{d[:4]}/{int(d[5:7])}/{int(d[8:])}/art_1229_{5000 + i}.html" target="_blank">{t}</a>'
        f'<span class="date">{d}</span></li>'
        for i, (t, d) in enumerate(items)
    )
    return f'<div class="related"><div class="hd"><h3>{head}</h3></div><div class="bd"><ul>{lis}</ul></div></div>'


_ZH_NEWER = [
    ("市政府召开第62次常务会议", "2026-11-25"),
    ("全市冬季安全生产工作推进会召开", "2026-11-24"),
    ("市领导调研重大项目建设情况", "2026-11-24"),
    ("我市举办2026年营商环境优化提升专题培训班", "2026-11-23"),
    ("关于开展2026年度统计执法检查的通知", "2026-11-23"),
    ("市政务服务中心推出“周末不打烊”服务", "2026-11-22"),
]

_SHARE_ZH = (
    '<div class="share clearfix"><div class="bdsharebuttonbox fl"><span>分享到：</span>'
    '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
    '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
    '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
    '<div class="print fr"><a href="javascript:window.print()">【打印本页】</a>'
    '<a href="javascript:window.close()">【关闭窗口】</a><a href="javascript:scroll(0,0)">【返回顶部】</a></div></div>'
)

_FONT_ZH = (
    '<span class="fontsize">字号：<a href="javascript:;" data-size="18">大</a> '
    '<a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a></span>'
)


# ------------------------------------------------------------------ zh gov


def zh_trs_fabu_zihao() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">市发展改革委召开2026年第四季度重点项目调度会</h1>'
        '<div class="article-info">发布时间：2026-11-20 10:31　来源：市发展改革委　'
        f'{_FONT_ZH}　浏览次数：<span id="hits"><script src="/common/hits.jsp?id=5123456"></script></span></div>'
        f'<div class="article-con" id="zoom">{_paras(_ZH_SENT, 9, 3, 1)}'
        '<p style="text-align:center"><img src="/picture/0/2611201031000001.jpg" alt=""></p>'
        f'{_paras(_ZH_SENT, 4, 2, 4)}</div>'
        f'<div class="editor">责任编辑：王晓</div>{_SHARE_ZH}'
        f'{_zh_related(_ZH_NEWER[:5])}</div>'
    )
    return Article(
        "zh_trs_fabu_zihao", "http://fgw.example.gov.cn/art/2026/11/20/art_1229_5123456.html",
        _zh_page("市发展改革委召开2026年第四季度重点项目调度会", "某市发展和改革委员会", body),
        "2026-11-20", "TRS line 发布时间 with clock, 字号 and hits; 相关链接 carry newer days",
    )


def zh_hanweb_riqi_today_header() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">我区举办2026年秋季就业援助月专场招聘会</h1>'
        '<div class="article-info"><span>日期：2026年11月18日</span>　<span>来源：区人力社保局</span>　'
        '<span>作者：李明</span>　<span>【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
        '<a href="javascript:doZoom(12)">小</a>】</span></div>'
        f'<div class="article-con" id="zoom">{_paras(_ZH_SENT, 7, 3, 2)}</div>{_SHARE_ZH}'
        f'{_zh_related(_ZH_NEWER[1:6], "相关新闻")}</div>'
    )
    return Article(
        "zh_hanweb_riqi_today_header", "http://www.example-qu.gov.cn/art/2026/11/18/art_1562_88213.html",
        _zh_page("我区举办2026年秋季就业援助月专场招聘会", "某区人民政府", body, today=True),
        "2026-11-18", "Hanweb 日期：YYYY年MM月DD日; a static 今天是 2026年11月26日 header is a clock",
    )


def _xxgk_table(rows: list[tuple[str, str]]) -> str:
    cells = []
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        cells.append("<tr>" + "".join(f'<th>{k}：</th><td>{v}</td>' for k, v in pair) + "</tr>")
    return f'<table class="xxgk-table" cellpadding="0" cellspacing="0">{"".join(cells)}</table>'


def zh_xxgk_chengwen_fabu() -> Article:
    table = _xxgk_table([
        ("索引号", "11330100002489011X/2026-0187654"), ("主题分类", "综合政务/其他"),
        ("发布机构", "某市人民政府办公厅"), ("成文日期", "2026-11-10"),
        ("发文字号", "某政办发〔2026〕31号"), ("发布日期", "2026-11-17"),
        ("有效性", "有效"), ("统一编号", "ZJAC01-2026-0031"),
    ])
    body = (
        f'<div class="article">{table}<h1 class="article-title">某市人民政府办公厅关于印发某市推进数字政府建设'
        '三年行动计划（2026—2028年）的通知</h1>'
        '<div class="article-con" id="zoom"><p>各区、县（市）人民政府，市政府各部门、各直属单位：</p>'
        '<p>《某市推进数字政府建设三年行动计划（2026—2028年）》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。</p>'
        '<p style="text-align:right">某市人民政府办公厅</p><p style="text-align:right">2026年11月10日</p>'
        '<p>（此件公开发布）</p>'
        f'<h2>某市推进数字政府建设三年行动计划（2026—2028年）</h2>{_paras(_ZH_SENT, 12, 3, 3)}</div>'
        '<div class="attach"><p>附件：<a href="/module/download/downfile.jsp?classid=0&filename=2611171.pdf">'
        '某市推进数字政府建设三年行动计划（2026—2028年）.pdf</a></p></div>'
        f'{_SHARE_ZH}{_zh_related([("《某市推进数字政府建设三年行动计划》政策解读", "2026-11-18")], "相关解读")}</div>'
    )
    return Article(
        "zh_xxgk_chengwen_fabu", "http://www.example.gov.cn/art/2026/11/17/art_1229_6612345.html",
        _zh_page("某市人民政府办公厅关于印发某市推进数字政府建设三年行动计划（2026—2028年）的通知", "某市人民政府", body,
                 crumbs="政府信息公开 &gt; 政策文件 &gt; 市政府办公厅文件"),
        "2026-11-17",
        "政府信息公开 table: 成文日期 11-10 (signed, also the 落款) vs 发布日期 11-17; the page was "
        "published on 11-17 and that is what a freshness check counts",
    )


def zh_xxgk_effective_future() -> Article:
    table = (
        '<div class="xxgk-info"><ul class="clearfix">'
        '<li><b>索　引　号：</b>000014349/2026-00112</li><li><b>分　　类：</b>城乡建设、环境保护\\其他</li>'
        '<li><b>发文机关：</b>某省住房和城乡建设厅</li><li><b>成文日期：</b>2026年11月03日</li>'
        '<li><b>标　　题：</b>关于进一步加强住宅工程质量管理的若干措施</li>'
        '<li><b>发文字号：</b>某建质〔2026〕88号</li><li><b>生效日期：</b>2027年01月01日</li>'
        '<li><b>发布日期：</b>2026年11月09日</li></ul></div>'
    )
    body = (
        f'<div class="article">{table}<h1 class="article-title">关于进一步加强住宅工程质量管理的若干措施</h1>'
        f'<div class="article-con" id="zoom"><p>各设区市住房城乡建设局：</p>{_paras(_ZH_SENT, 10, 3, 5)}'
        '<p>本措施自2027年1月1日起施行，有效期5年。</p>'
        '<p style="text-align:right">某省住房和城乡建设厅</p><p style="text-align:right">2026年11月3日</p></div>'
        f'{_SHARE_ZH}</div>'
    )
    return Article(
        "zh_xxgk_effective_future", "http://jst.example.gov.cn/col/col1229/art_6601122.html",
        _zh_page("关于进一步加强住宅工程质量管理的若干措施", "某省住房和城乡建设厅", body,
                 crumbs="政府信息公开 &gt; 政策文件"),
        "2026-11-09",
        "xxgk list: 成文日期 11-03, 生效日期 2027-01-01 (future), 发布日期 11-09 -> published 11-09",
    )


def zh_attachments_older() -> Article:
    att = "".join(
        f'<li><a href="/attach/0/{n}.xlsx">附件{i + 1}：{t}</a><span>（{d}上传）</span></li>'
        for i, (t, d, n) in enumerate([
            ("2025年度部门整体支出绩效自评表", "2025-12-30", "f1a2"),
            ("2025年度项目支出绩效自评表", "2025-12-30", "b3c4"),
            ("2026年部门预算公开表", "2026-02-14", "d5e6"),
        ])
    )
    body = (
        '<div class="article"><h1 class="article-title">某县农业农村局2025年度部门决算公开</h1>'
        '<div class="article-info">信息来源：某县农业农村局　发布时间：2026-11-19 16:05:22　'
        '访问量：<span id="readcount">126</span></div>'
        '<div class="article-con" id="zoom"><p>根据《中华人民共和国预算法》和县财政局《关于做好2025年度部门决算公开工作的通知》'
        '（某财预〔2026〕5号）要求，现将我局2025年度部门决算公开如下：</p>'
        f'{_paras(_ZH_SENT, 6, 2, 6)}<p>2025年度收入总计2,836.51万元，支出总计2,790.12万元。</p></div>'
        f'<div class="attach"><h4>附件下载：</h4><ul>{att}</ul></div>{_SHARE_ZH}</div>'
    )
    return Article(
        "zh_attachments_older", "http://www.example-xian.gov.cn/art/2026/11/19/art_1652_3388120.html",
        _zh_page("某县农业农村局2025年度部门决算公开", "某县人民政府", body, crumbs="政务公开 &gt; 财政资金"),
        "2026-11-19", "attachments uploaded earlier (2025-12-30, 2026-02-14) are not the page's day",
    )


def zh_kaipu_meta_pubdate() -> Article:
    head = (
        '<meta name="ColumnName" content="工作动态"><meta name="ColumnType" content="工作动态">'
        '<meta name="PubDate" content="2026-11-16 09:00"><meta name="ContentSource" content="市生态环境局">'
        '<meta name="Keywords" content="生态环境,执法"><meta name="Description" content="市生态环境局开展冬季大气污染防治专项执法">'
    )
    body = (
        '<div class="article"><h1 class="article-title">市生态环境局开展冬季大气污染防治专项执法行动</h1>'
        '<div class="article-info"><span class="time">发布日期：2026-11-16</span><span class="source">来源：市生态环境局</span>'
        f'{_FONT_ZH}</div><div class="article-con" id="zoom">{_paras(_ZH_SENT, 8, 3, 7)}</div>{_SHARE_ZH}'
        '<div class="prev-next"><p>上一篇：<a href="/art/2026/11/13/art_301_1.html">市生态环境局召开2026年三季度环境形势分析会</a></p>'
        '<p>下一篇：<a href="/art/2026/11/24/art_301_3.html">我市2026年11月上旬空气质量状况通报</a></p></div></div>'
    )
    return Article(
        "zh_kaipu_meta_pubdate", "http://sthjj.example.gov.cn/art/2026/11/16/art_301_2.html",
        _zh_page("市生态环境局开展冬季大气污染防治专项执法行动", "某市生态环境局", body, head=head),
        "2026-11-16", "Kaipu PubDate meta and 发布日期 agree; next-article link URL is newer",
    )


def zh_reprint_original_date() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">【人民日报】我市探索基层治理新路径</h1>'
        '<div class="article-info">发布时间：2026-11-21　来源：人民日报　作者：记者 张华</div>'
        '<div class="article-con" id="zoom">'
        '<p>（原载《人民日报》2026年10月30日 第11版）</p>'
        '<p>本报记者 张华</p><p>10月下旬，记者走进某市多个社区，看到……</p>'
        f'{_paras(_ZH_SENT, 9, 3, 8)}<p>《人民日报》（2026年10月30日 11版）</p></div>'
        f'{_SHARE_ZH}{_zh_related(_ZH_NEWER[:4], "媒体聚焦")}</div>'
    )
    return Article(
        "zh_reprint_original_date", "http://www.example-city.gov.cn/col/col1532/art_882011.html",
        _zh_page("【人民日报】我市探索基层治理新路径", "某市人民政府", body, crumbs="新闻中心 &gt; 媒体聚焦"),
        "2026-11-21", "reprint: 原载 2026年10月30日 in the text is the original's day; published here 11-21",
    )


def zh_meeting_notice_future() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">关于召开2026年度全市统计工作会议的通知</h1>'
        '<div class="article-info"><span>发布时间：2026-11-13 17:42</span><span>发布单位：市统计局办公室</span>'
        f'{_FONT_ZH}</div><div class="article-con" id="zoom"><p>各县（市、区）统计局，市局各处室：</p>'
        '<p>经研究，定于2026年12月8日（星期二）上午9:00在市行政中心3号楼二楼会议室召开全市统计工作会议。现将有关事项通知如下：</p>'
        '<p>一、会议时间：2026年12月8日上午9:00，会期半天。</p><p>二、参会人员：各县（市、区）统计局局长、分管副局长。</p>'
        '<p>三、请各单位于2026年12月1日前将参会人员回执报送市局办公室。</p>'
        f'{_paras(_ZH_SENT, 3, 2, 9)}<p style="text-align:right">某市统计局办公室</p>'
        '<p style="text-align:right">2026年11月13日</p></div>'
        '<div class="attach">附件：<a href="/attach/2611131742.docx">参会回执.docx</a></div>'
        f'{_SHARE_ZH}</div>'
    )
    return Article(
        "zh_meeting_notice_future", "http://tjj.example.gov.cn/tzgg/202611/t20261113_4512033.html",
        _zh_page("关于召开2026年度全市统计工作会议的通知", "某市统计局", body, crumbs="通知公告"),
        "2026-11-13", "notice of a meeting on 2026-12-08 with a 回执 deadline 12-01; published 11-13",
    )


def zh_comments_newer() -> Article:
    comments = "".join(
        f'<div class="comment-item"><div class="c-user">网友{u}</div><div class="c-time">{d}</div>'
        f'<div class="c-text">{t}</div></div>'
        for u, d, t in [
            ("***8821", "2026-11-25 21:14:07", "这个政策好，希望尽快落地。"),
            ("***0193", "2026-11-24 08:30:51", "请问老旧小区加装电梯补贴在哪里申请？"),
            ("***5567", "2026-11-22 19:02:33", "点赞！"),
        ]
    )
    body = (
        '<div class="article"><h1 class="article-title">我市出台老旧小区加装电梯财政补助实施细则</h1>'
        '<div class="article-info">发稿时间：2026-11-12 11:20　稿件来源：市住建局　'
        '阅读：<span id="hits">3021</span></div>'
        f'<div class="article-con" id="zoom">{_paras(_ZH_SENT, 8, 3, 10)}</div>{_SHARE_ZH}'
        '<div class="comment" id="comment"><h3>网友评论（3）</h3>'
        f'{comments}<div class="c-form"><textarea name="content" placeholder="文明上网，理性发言"></textarea>'
        '<button>发表评论</button></div></div></div>'
    )
    return Article(
        "zh_comments_newer", "http://www.example-city.gov.cn/xwzx/bmdt/content_4410221.html",
        _zh_page("我市出台老旧小区加装电梯财政补助实施细则", "某市人民政府", body),
        "2026-11-12", "发稿时间 11-12; comments dated 11-22..11-25 are not the article's day",
    )


def zh_span_no_label() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">市场监管局开展冬季燃气安全隐患排查</h1>'
        '<div class="article-info"><span class="date">2026-11-06</span><span class="from">市市场监管局</span>'
        '<span class="views">阅读量：842</span></div>'
        f'<div class="article-con" id="zoom">{_paras(_ZH_SENT, 8, 3, 11)}</div>{_SHARE_ZH}</div>'
        f'<div class="sidebar">{_zh_related(_ZH_NEWER, "最新动态")}'
        f'{_zh_related([("2026年第三季度食品安全抽检信息公告", "2026-11-20"), ("关于开展计量器具专项检查的通知", "2026-11-17")], "通知公告")}</div>'
    )
    return Article(
        "zh_span_no_label", "http://scjgj.example.gov.cn/xwdt/4410889.html",
        _zh_page("市场监管局开展冬季燃气安全隐患排查", "某市市场监督管理局", body),
        "2026-11-06", "unlabelled date span in the info line; sidebars of newer dated items",
    )


def zh_published_then_updated() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">关于2026年度城乡居民医疗保险集中参保缴费的公告</h1>'
        '<div class="article-info">发布时间：2026-11-05 09:00　更新时间：2026-11-23 14:12　来源：市医疗保障局</div>'
        '<div class="article-con" id="zoom"><p>2027年度城乡居民医疗保险集中参保缴费期为2026年9月1日至2026年12月31日。</p>'
        f'{_paras(_ZH_SENT, 7, 3, 12)}<p>（11月23日更新：补充缴费渠道说明）</p></div>{_SHARE_ZH}</div>'
    )
    return Article(
        "zh_published_then_updated", "http://ybj.example.gov.cn/art/2026/11/5/art_1580_77120.html",
        _zh_page("关于2026年度城乡居民医疗保险集中参保缴费的公告", "某市医疗保障局", body, crumbs="通知公告"),
        "2026-11-05", "发布时间 11-05, 更新时间 11-23: the publication day is the page's date",
    )


def zh_dahan_table_layout() -> Article:
    body = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bt_content"><tr><td align="center" '
        'class="title" style="font-size:22px;font-weight:bold;padding:20px 0">县政府召开冬春农田水利基本建设动员会</td></tr>'
        '<tr><td align="center" class="bt_link" style="border-bottom:1px dashed #ccc">'
        '<table border="0"><tr><td>发布日期：2026-11-11</td><td width="20"></td><td>信息来源：县水利局</td>'
        '<td width="20"></td><td>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1&artid=99"></script></td>'
        '<td width="20"></td><td>【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
        '<a href="javascript:doZoom(12)">小</a>】</td></tr></table></td></tr>'
        f'<tr><td class="bt_content" id="zoom">{_paras(_ZH_SENT, 9, 3, 13)}</td></tr>'
        '<tr><td align="right"><a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></td></tr></table>'
    )
    return Article(
        "zh_dahan_table_layout", "http://www.example-xian.gov.cn/art/2026/11/11/art_99_12.html",
        _zh_page("县政府召开冬春农田水利基本建设动员会", "某县人民政府", body, today=True),
        "2026-11-11", "大汉 table layout: 发布日期 in a nested table cell",
    )


def zh_policy_interp() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">一图读懂《某市促进民营经济高质量发展若干措施》</h1>'
        '<div class="article-info">发布时间：2026年11月17日 15:20　来源：市发展改革委　'
        f'{_FONT_ZH}</div><div class="article-con" id="zoom">'
        '<p>相关文件：<a href="/art/2026/10/28/art_1229_6600001.html">《某市人民政府关于印发某市促进民营经济高质量发展若干措施的通知》</a>'
        '（2026年10月28日）</p><p><img src="/picture/0/2611171520.png" alt="一图读懂"></p>'
        f'{_paras(_ZH_SENT, 5, 2, 14)}</div>{_SHARE_ZH}'
        f'{_zh_related([("《若干措施》新闻发布会实录", "2026-11-20"), ("专家解读：为民营经济发展注入新动能", "2026-11-24")], "相关解读")}</div>'
    )
    return Article(
        "zh_policy_interp", "http://www.example.gov.cn/zwgk/zcjd/202611/t20261117_6612400.html",
        _zh_page("一图读懂《某市促进民营经济高质量发展若干措施》", "某市人民政府", body, crumbs="政务公开 &gt; 政策解读"),
        "2026-11-17", "政策解读: the linked policy's 2026-10-28 is older; related interpretations newer",
    )


def zh_bracket_bar() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">区卫生健康局开展冬季传染病防控培训</h1>'
        '<div class="article-info" style="text-align:center">【发布日期：2026-11-18】【来源：区卫生健康局】'
        '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>'
        f'<div class="article-con" id="zoom">{_paras(_ZH_SENT, 6, 3, 15)}</div>'
        f'{_zh_related([("区卫生健康局召开医疗机构安全生产会议", "2026-11-25"), ("2026年全区爱国卫生月活动启动", "2026-11-21")], "相关文章")}</div>'
    )
    return Article(
        "zh_bracket_bar", "http://www.example-qu.gov.cn/wjj/gzdt/content_220871.html",
        _zh_page("区卫生健康局开展冬季传染病防控培训", "某区卫生健康局", body),
        "2026-11-18", "bracketed bar 【发布日期：…】【来源：…】【打印】【关闭】",
    )


def zh_undated_org_page() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">机构职能</h1>'
        '<div class="article-con" id="zoom"><p>某市司法局是市政府工作部门，为正处级。主要职责是：</p>'
        f'{_paras(_ZH_SENT, 6, 2, 16)}<p>办公地址：某市行政中心5号楼　联系电话：0571-8888xxxx</p></div></div>'
        f'<div class="sidebar">{_zh_related(_ZH_NEWER[:5], "工作动态")}</div>'
    )
    return Article(
        "zh_undated_org_page", "http://sfj.example.gov.cn/jgzn/index.html",
        _zh_page("机构职能", "某市司法局", body, today=True, crumbs="机构概况"),
        None, "a 机构职能 page has no date of its own: clock header, sidebar of dated news, copyright 2026",
    )


# ------------------------------------------------------------------ tw / hk


_TW_FAT = "".join(
    f'<ul><li class="h">{h}</li>' + "".join(f'<li><a href="/cp.aspx?n={abs(len(w) * 97 + i * 13)}">{w}</a></li>'
                                             for i, w in enumerate(ws)) + "</ul>"
    for h, ws in [
        ("市府組織", ["市長室", "秘書處", "民政局", "財政局", "教育局", "產業發展局", "工務局", "交通局", "社會局",
                  "勞動局", "警察局", "衛生局", "環境保護局", "都市發展局", "文化局", "消防局", "觀光傳播局", "地政局"]),
        ("便民服務", ["線上申辦", "表單下載", "1999市民當家熱線", "市民信箱", "停車繳費", "預約掛號", "圖書借閱",
                  "垃圾清運時間", "公車動態", "空氣品質", "防災資訊", "里鄰長聯絡資訊"]),
        ("資訊公開", ["預算書", "決算書", "施政計畫", "統計資料", "採購公告", "訴願決定書", "內部控制聲明書",
                  "國家賠償", "人事資訊", "性別統計", "政府資料開放平臺"]),
    ]
)


def _tw_page(title: str, site: str, body: str, *, lang: str = "zh-Hant-TW") -> str:
    menu = "".join(
        f'<li><a href="/cp.aspx?n={1000 + i}" title="{m}">{m}</a></li>'
        for i, m in enumerate(["關於本府", "市政新聞", "公告資訊", "便民服務", "施政資訊", "政府資訊公開", "主動公開資訊", "雙語詞彙", "常見問答", "文化觀光", "民意信箱", "市政統計", "採購資訊", "人才招募", "性別平等專區"])
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}-{site}</title>'
        '<meta name="DC.Publisher" content="' + site + '"><link rel="stylesheet" href="/css/style.css"></head><body>'
        '<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>'
        f'<header class="header"><h1><a href="/"><img src="/images/logo.png" alt="{site}"></a></h1>'
        '<div class="topLinks"><a href="/">回首頁</a><a href="/sitemap.aspx">網站導覽</a><a href="/en/">English</a>'
        '<a href="/rss.aspx">RSS</a></div><form class="search"><input name="q" placeholder="請輸入關鍵字"><button>搜尋</button></form>'
        f'<nav class="mainMenu"><a href="#" accesskey="U" title="上方功能區塊">:::</a><ul>{menu}</ul></nav></header>'
        '<div class="path">目前位置：<a href="/">首頁</a>&gt;<a href="/News.aspx">市政新聞</a></div>'
        f'<main id="C"><a href="#" accesskey="C" title="中央內容區塊">:::</a>{body}</main>'
        '<footer class="footer"><a href="#" accesskey="B" title="下方功能區塊">:::</a>'
        f'<div class="fatfooter">{_TW_FAT}</div>'
        f'<p>{site} 版權所有 © 2026 All Rights Reserved.</p><p>地址：台北市信義區市府路1號　總機：1999</p>'
        '<p>更新日期：2026/11/26　瀏覽人次：12,345,678</p>'
        '<p><a href="/privacy.aspx">隱私權政策</a>｜<a href="/security.aspx">資訊安全政策</a>｜<a href="/open.aspx">政府網站資料開放宣告</a></p>'
        '<img src="/images/accessibility.png" alt="通過AA等級無障礙網頁檢測"></footer>'
        '<script src="/js/jquery.min.js"></script><script>(function(i,s,o,g,r,a,m){i["GoogleAnalyticsObject"]=r;})'
        '(window,document,"script","https://www.google-analytics.com/analytics.js","ga");</script></body></html>'
    )


def tw_gov_fabu_gengxin() -> Article:
    body = (
        '<div class="news_content"><h2>本市推動長者健康促進計畫 即日起受理報名</h2>'
        '<ul class="info"><li>發布日期：115-11-20</li><li>更新日期：115-11-24</li><li>發布單位：衛生局</li>'
        '<li>點閱次數：1208</li></ul>'
        f'<div class="essay">{_paras(_TW_SENT, 7, 2, 1)}</div>'
        '<div class="file">相關檔案：<a href="/Download.ashx?u=1">報名表.odt</a>（115-11-20）</div></div>'
    )
    return Article(
        "tw_gov_fabu_gengxin", "https://www.example.gov.taipei/News_Content.aspx?n=F0DDAF49B89E9413&s=2E8A1C6B3F",
        _tw_page("本市推動長者健康促進計畫 即日起受理報名", "臺北市政府", body),
        "2026-11-20", "ROC 發布日期 115-11-20 vs 更新日期 115-11-24: published 11-20; footer 更新日期 is the site's",
    )


def tw_gov_minguo_full() -> Article:
    body = (
        '<div class="news_content"><h2>本府公告修正「市區道路挖掘管理自治條例施行細則」</h2>'
        '<div class="info"><span>發布日期：民國115年11月17日</span> <span>資料來源：工務局</span> <span>點閱次數：386</span></div>'
        f'<div class="essay"><p>一、修正依據：依據本市市區道路挖掘管理自治條例第二十條規定辦理。</p>{_paras(_TW_SENT, 5, 2, 3)}'
        '<p>二、本修正條文自中華民國116年1月1日起施行。</p></div></div>'
        '<aside class="side"><h3>最新公告</h3><ul>'
        '<li><a href="/News_Content.aspx?n=1">公告本市115年度第4季路平專案施工路段</a><span>115-11-25</span></li>'
        '<li><a href="/News_Content.aspx?n=2">本市公有停車場費率調整公告</a><span>115-11-23</span></li>'
        '<li><a href="/News_Content.aspx?n=3">115年度冬季道路養護作業公告</a><span>115-11-21</span></li></ul></aside>'
    )
    return Article(
        "tw_gov_minguo_full", "https://www.example.gov.tw/News_Content.aspx?n=8822&s=51240",
        _tw_page("本府公告修正「市區道路挖掘管理自治條例施行細則」", "新北市政府", body),
        "2026-11-17", "民國115年11月17日; effective 116年1月1日 is future; side list newer",
    )


def tw_gov_dl_table() -> Article:
    body = (
        '<div class="news_content"><h2>115年度低收入戶及中低收入戶年度總清查作業說明</h2>'
        '<dl class="info"><dt>發布單位</dt><dd>社會局</dd><dt>發布日期</dt><dd>115-11-13</dd>'
        '<dt>更新日期</dt><dd>115-11-25</dd><dt>點閱次數</dt><dd>2,041</dd></dl>'
        f'<div class="essay">{_paras(_TW_SENT, 6, 3, 2)}<p>總清查期間：115年11月15日至115年12月31日止。</p></div></div>'
    )
    return Article(
        "tw_gov_dl_table", "https://sw.example.gov.tw/News_Content.aspx?n=3342&s=77120",
        _tw_page("115年度低收入戶及中低收入戶年度總清查作業說明", "臺中市政府社會局", body),
        "2026-11-13", "dl of 發布日期 115-11-13 and 更新日期 115-11-25: published 11-13",
    )


def hk_gov_press_release_zh() -> Article:
    body = (
        '<div id="pressrelease"><h1 id="PRHeadlineSpan">政府公布二〇二六年第三季本地生產總值修訂數字</h1>'
        f'<div id="pressrelease_content">{_paras(_TW_SENT, 6, 3, 4)}'
        '<p>　　第三季本地生產總值實質較一年前同期上升2.8%。</p><p>完</p>'
        '<p>2026年11月20日（星期五）<br>香港時間15時30分</p></div></div>'
        '<div class="related"><h3>今日新聞</h3><ul><li><a href="/gia/general/202611/26/P2026112600301.htm">'
        '立法會十二題：公共房屋</a></li><li><a href="/gia/general/202611/26/P2026112600288.htm">'
        '天氣報告</a></li></ul></div>'
    )
    return Article(
        "hk_gov_press_release_zh", "https://www.info.gov.hk/gia/general/202611/20/P2026112000455.htm",
        _tw_page("政府公布二〇二六年第三季本地生產總值修訂數字", "香港特別行政區政府 新聞公報", body, lang="zh-HK"),
        "2026-11-20", "HK 新聞公報: the date at the foot 2026年11月20日（星期五）香港時間15時30分; today's-news links newer",
    )


def hk_news_fabu_gengxin() -> Article:
    body = (
        '<article><h1>運輸署公布聖誕及新年假期特別交通安排</h1>'
        '<div class="meta"><span>發佈時間：2026年11月18日 09:12</span> <span>最後更新：2026年11月25日 10:00</span></div>'
        f'<div class="content">{_paras(_TW_SENT, 5, 3, 5)}<p>特別交通安排將於2026年12月24日晚上實施。</p></div></article>'
    )
    return Article(
        "hk_news_fabu_gengxin", "https://news.example.hk/article/20261118/transport-xmas",
        _tw_page("運輸署公布聖誕及新年假期特別交通安排", "某新聞網", body, lang="zh-HK"),
        "2026-11-18", "發佈時間 11-18 vs 最後更新 11-25; an arrangement on 12-24 is future",
    )


def tw_news_sidebar() -> Article:
    side = "".join(
        f'<li><a href="/news/story/7266/{8400000 + i}">{t}</a><time>{d}</time></li>'
        for i, (t, d) in enumerate([
            ("立院三讀修正勞基法部分條文", "2026/11/25 18:40"), ("颱風外圍環流影響 北部降雨增", "2026/11/25 12:03"),
            ("央行理監事會 利率維持不變", "2026/11/24 16:30"), ("台股收盤上漲183點", "2026/11/24 13:35"),
        ])
    )
    body = (
        '<article class="article-content"><h1 class="article-content__title">交通部推動公共運輸定期票 明年擴大適用</h1>'
        '<div class="article-content__info"><span class="article-content__author">記者陳怡君／台北報導</span>'
        '<time class="article-content__time">2026/11/19 14:05</time></div>'
        f'<section class="article-content__editor">{_paras(_TW_SENT, 7, 2, 6)}</section></article>'
        f'<aside class="sidebar"><h3>最新新聞</h3><ul>{side}</ul></aside>'
    )
    return Article(
        "tw_news_sidebar", "https://news.example.com.tw/news/story/7266/8391122",
        _tw_page("交通部推動公共運輸定期票 明年擴大適用", "某新聞網", body),
        "2026-11-19", "article time 2026/11/19 14:05; 最新新聞 sidebar with newer times",
    )


def hk_gov_press_release_en() -> Article:
    body = (
        '<div id="pressrelease"><h1 id="PRHeadlineSpan">Revised GDP figures for third quarter of 2026</h1>'
        f'<div id="pressrelease_content">{_paras(_EN_SENT, 7, 3, 1)}'
        '<p>The Government will release the economic outlook for 2027 in February 2027.</p><p>Ends/Friday, November 20, 2026<br>'
        'Issued at HKT 16:30</p><p>NNNN</p></div></div>'
    )
    return Article(
        "hk_gov_press_release_en", "https://www.info.gov.hk/gia/general/202611/20/P2026112000466.htm",
        _tw_page("Revised GDP figures for third quarter of 2026", "The Government of the HKSAR Press Releases", body, lang="en"),
        "2026-11-20", "HK English press release: Ends/Friday, November 20, 2026 Issued at HKT 16:30",
    )


# ------------------------------------------------------------------ english

_EN_CSS = "\n".join(
    f".{c}{{margin:{i % 4}px;padding:{i % 6}px;color:#{(i * 4517) % 0xFFFFFF:06x}}}"
    for i, c in enumerate(["site-header", "nav-menu", "dropdown", "breadcrumb", "main", "content", "entry-meta", "sidebar", "widget", "footer", "cookie-banner", "skip-link", "share", "related", "comment"])
)


_EN_DIRECTORY = "".join(
    f'<div class="dir-col"><h5>{h}</h5><ul>'
    + "".join(f'<li><a href="/{h.lower().replace(" ", "-")}/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in ws)
    + "</ul></div>"
    for h, ws in [
        ("Departments", ["Animal Services", "Assessor", "Building Safety", "City Clerk", "Code Enforcement",
                         "Emergency Management", "Finance", "Fire", "Human Resources", "Information Technology",
                         "Parks and Recreation", "Planning", "Police", "Public Works", "Transportation", "Water"]),
        ("How Do I", ["Apply for a Job", "Pay a Parking Ticket", "Register for Programs", "Reserve a Facility",
                      "Report a Pothole", "Request a Public Record", "Sign Up for Alerts", "Start a Business"]),
        ("Council", ["Agendas", "Minutes", "Live Stream", "Boards and Commissions", "Ward Map", "Contact Council"]),
        ("Resources", ["Open Data", "Budget Dashboard", "Capital Projects", "Strategic Plan", "Annual Report",
                       "Accessibility Statement", "Language Assistance", "Notice of Nondiscrimination"]),
    ]
)

_EN_SCRIPT = (
    "<script>!function(){var e=document.querySelectorAll('.menu-item');e.forEach(function(t){t.addEventListener("
    "'mouseenter',function(){t.classList.add('open')});t.addEventListener('mouseleave',function(){t.classList.remove("
    "'open')})});var c=document.getElementById('cookie-banner');if(c&&localStorage.getItem('ck')){c.style.display='none'}"
    "document.querySelectorAll('#cookie-banner button').forEach(function(b){b.onclick=function(){localStorage.setItem("
    "'ck','1');c.style.display='none'}})}();</script>"
    + "<script>var siteConfig=" + repr({f"widget{i}": {"enabled": i % 2 == 0, "slot": f"s{i}", "lazy": True}
                                       for i in range(60)}).replace("'", '"').replace("True", "true").replace(
        "False", "false") + ";</script>"
)


def _en_page(title: str, site: str, body: str, *, head: str = "", top: str = "") -> str:
    menu = "".join(
        f'<li class="menu-item"><a href="/{m.lower().replace(" ", "-")}">{m}</a><ul class="dropdown">'
        + "".join(f'<li><a href="/{m.lower().replace(" ", "-")}/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in subs)
        + "</ul></li>"
        for m, subs in [
            ("Residents", ["Trash and Recycling", "Parking", "Utilities", "Parks", "Libraries", "Pay a Bill"]),
            ("Business", ["Permits", "Licensing", "Bids and Contracts", "Economic Development"]),
            ("Government", ["Mayor", "City Council", "Departments", "Agendas and Minutes", "Budget", "Careers"]),
            ("News", ["Press Releases", "Newsletters", "Public Notices", "Events Calendar"]),
            ("Services", ["Report a Problem", "Request Records", "Voting and Elections", "Emergency Alerts"]),
        ]
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        f'<link rel="stylesheet" href="/assets/main.css"><style>{_EN_CSS}</style></head><body>'
        f'<a class="skip-link" href="#main">Skip to main content</a>{top}'
        f'<header class="site-header"><a href="/" class="logo"><img src="/logo.svg" alt="{site}"></a>'
        f'<nav class="nav-menu" aria-label="Main"><ul>{menu}</ul></nav>'
        '<form role="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form></header>'
        f'<main id="main" class="main">{body}</main>'
        '<footer class="footer">'
        f'<nav class="directory">{_EN_DIRECTORY}</nav><div class="footer-cols"><div><h4>Contact</h4><p>100 Main Street<br>Springfield, ST 00000</p>'
        '<p>Phone: (555) 555-0100</p></div><div><h4>Quick Links</h4><ul><li><a href="/accessibility">Accessibility</a></li>'
        '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/foia">Public Records</a></li><li><a href="/sitemap">Site Map</a></li></ul></div>'
        '<div><h4>Follow Us</h4><a href="https://facebook.com/x">Facebook</a> <a href="https://x.com/x">X</a> '
        '<a href="https://instagram.com/x">Instagram</a></div></div>'
        f'<p class="copyright">&copy; 2026 {site}. All rights reserved.</p></footer>'
        '<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience. '
        '<a href="/cookies">Cookie policy</a></p><button>Accept</button><button>Reject</button></div>'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABCDEF1234"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
        f"gtag('config','G-ABCDEF1234');</script>{_EN_SCRIPT}</body></html>"
    )


def govuk_published_updated() -> Article:
    head = (
        '<meta name="govuk:format" content="press_release"><meta name="govuk:schema-name" content="news_article">'
        '<meta name="govuk:first-published-at" content="2026-11-20T09:30:00+00:00">'
        '<meta name="govuk:updated-at" content="2026-11-24T11:02:41+00:00">'
        '<meta name="govuk:public-updated-at" content="2026-11-24T11:02:40+00:00">'
    )
    body = (
        '<div class="govuk-width-container"><span class="govuk-caption-xl">Press release</span>'
        '<h1 class="gem-c-title__text govuk-heading-l">New funding to repair local roads this winter</h1>'
        '<p class="gem-c-lead-paragraph">Councils across England will receive extra funding to fix potholes.</p>'
        '<div class="gem-c-metadata" data-module="gem-toggle"><dl data-module="gem-track-click">'
        '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">'
        '<a href="/government/organisations/department-for-transport">Department for Transport</a></dd>'
        '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">20 November 2026</dd>'
        '<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">24 November 2026 '
        '<span class="gem-c-metadata__definition-link">— <a href="#full-history">See all updates</a></span></dd></dl></div>'
        f'<div class="govspeak">{_paras(_EN_SENT, 8, 3, 2)}<h2>Notes to editors</h2>'
        '<p>Allocations for 2027 to 2028 will be confirmed in spring 2027.</p></div>'
        '<div class="gem-c-published-dates" id="full-history"><p>Published 20 November 2026<br>Last updated 24 November 2026 '
        '<a href="#full-history">+ show all updates</a></p><ol><li><time datetime="2026-11-24T11:02:40.000+00:00">'
        '24 November 2026</time><p>Added table of allocations by council.</p></li><li><time datetime="2026-11-20T09:30:00.000+00:00">'
        '20 November 2026</time><p>First published.</p></li></ol></div></div>'
    )
    return Article(
        "govuk_published_updated", "https://www.gov.uk/government/news/new-funding-to-repair-local-roads-this-winter",
        _en_page("New funding to repair local roads this winter", "GOV.UK", body, head=head),
        "2026-11-20", "GOV.UK Published 20 November 2026, Last updated 24 November 2026: first published is the date",
    )


def civicplus_posted_on() -> Article:
    flash = "".join(
        f'<li><a href="/CivicAlerts.aspx?AID={300 + i}">{t}</a><div class="date">Posted on: {d}</div></li>'
        for i, (t, d) in enumerate([
            ("Thanksgiving Holiday Trash Schedule", "November 24, 2026"),
            ("Winter Parking Ban Begins December 1", "November 23, 2026"),
            ("Library Hours Extended for Finals Week", "November 19, 2026"),
        ])
    )
    body = (
        '<div id="moduleContent"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/CivicAlerts.aspx">News Flash</a></div>'
        '<h1>News Flash</h1><div class="single article"><div class="date">Posted on: November 16, 2026</div>'
        '<h3>City Opens Applications for Small Business Facade Grants</h3>'
        f'<div class="fr-view">{_paras(_EN_SENT, 6, 3, 3)}<p>Applications close at 5 p.m. on January 15, 2027.</p></div>'
        '<div class="backNav"><a href="/CivicAlerts.aspx">⇐ Previous</a> <a href="/CivicAlerts.aspx">Next ⇒</a></div></div>'
        f'<div class="moreNews"><h4>Other News in Economic Development</h4><ul>{flash}</ul></div></div>'
    )
    return Article(
        "civicplus_posted_on", "https://www.example-city.gov/CivicAlerts.aspx?AID=298",
        _en_page("City Opens Applications for Small Business Facade Grants", "City of Springfield", body),
        "2026-11-16", "CivicPlus Posted on: November 16, 2026; 'Other News' items newer; deadline 2027 future",
    )


def wp_published_updated() -> Article:
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-10T08:00:00+00:00">'
        '<meta property="article:modified_time" content="2026-11-22T15:41:09+00:00">'
        '<meta name="generator" content="WordPress 6.7.1">'
    )
    recent = "".join(
        f'<li><a href="/2026/11/{d}/post-{d}/">{t}</a> <span class="post-date">November {d}, 2026</span></li>'
        for t, d in [("Volunteer day at Riverside Park", 24), ("Board meeting recap", 21), ("Holiday food drive", 18)]
    )
    body = (
        '<div id="primary" class="content-area"><article id="post-2211" class="post-2211 post type-post status-publish">'
        '<header class="entry-header"><h1 class="entry-title">Community Garden Expansion Approved</h1>'
        '<div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/11/10/community-garden/" rel="bookmark">'
        '<time class="entry-date published" datetime="2026-11-10T08:00:00+00:00">November 10, 2026</time>'
        '<time class="updated" datetime="2026-11-22T15:41:09+00:00">November 22, 2026</time></a></span>'
        '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>'
        f'<div class="entry-content">{_paras(_EN_SENT, 7, 3, 4)}</div></article></div>'
        f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
        f'<ul>{recent}</ul></section></aside>'
    )
    return Article(
        "wp_published_updated", "https://example-neighborhood.org/2026/11/10/community-garden/",
        _en_page("Community Garden Expansion Approved", "Riverside Neighborhood Association", body, head=head),
        "2026-11-10", "WordPress entry-date published 11-10 and updated 11-22; recent posts newer",
    )


def drupal_submitted() -> Article:
    body = (
        '<div id="block-system-main"><div id="node-4471" class="node node-article node-promoted clearfix">'
        '<h1 class="title">Water Main Replacement on Elm Street</h1>'
        '<div class="meta submitted"><span property="dc:date dc:created" content="2026-11-20T10:31:00-05:00" '
        'datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username">admin</span> '
        'on Fri, 11/20/2026 - 10:31</span></div>'
        f'<div class="content"><div class="field field-name-body">{_paras(_EN_SENT, 6, 3, 5)}'
        '<p>Work is expected to run from December 7, 2026 through March 2027.</p></div></div></div></div>'
    )
    return Article(
        "drupal_submitted", "https://www.example-township.us/news/water-main-replacement-elm-street",
        _en_page("Water Main Replacement on Elm Street", "Example Township", body),
        "2026-11-20", "Drupal 7 Submitted by admin on Fri, 11/20/2026 - 10:31 with RDFa dc:created",
    )


def prnewswire_dateline() -> Article:
    more = "".join(
        f'<li><a href="/news-releases/{s}.html">{t}</a><small>{d}</small></li>'
        for s, t, d in [("a-301", "Acme Corp Announces Fourth Quarter Dividend", "Nov 24, 2026, 16:05 ET"),
                        ("a-300", "Acme Corp to Present at Investor Conference", "Nov 23, 2026, 08:00 ET")]
    )
    body = (
        '<article class="news-release"><header><h1>Acme Health Expands Rural Telehealth Program to 12 New States</h1>'
        '<p class="subtitle">Program to reach 2 million additional patients by 2028</p>'
        '<div class="meta"><a href="/news/acme-health">Acme Health</a></div></header>'
        '<section class="release-body container">'
        '<p><span class="xn-location">WASHINGTON</span>, <span class="xn-chron">Nov. 20, 2026</span> /PRNewswire/ -- '
        'Acme Health today announced the expansion of its rural telehealth program.</p>'
        f'{_paras(_EN_SENT, 5, 3, 6)}<p><b>About Acme Health</b></p><p>Founded in 2004, Acme Health serves patients in 38 states.</p>'
        '<p>SOURCE Acme Health</p></section></article>'
        f'<aside><h3>More news releases from Acme Health</h3><ul>{more}</ul></aside>'
    )
    return Article(
        "prnewswire_dateline", "https://www.prnewswire.example/news-releases/acme-health-expands-rural-telehealth-302611200.html",
        _en_page("Acme Health Expands Rural Telehealth Program to 12 New States", "PR Newswire", body),
        "2026-11-20", "wire dateline WASHINGTON, Nov. 20, 2026 /PRNewswire/; more releases newer",
    )


def blog_comments_newer() -> Article:
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{who}</b> <a href="#comment-{n}"><time datetime="{iso}">{vis}</time></a></footer>'
        f'<div class="comment-content"><p>{txt}</p></div></article></li>'
        for n, who, iso, vis, txt in [
            (91, "Martha", "2026-11-25T15:14:00+00:00", "November 25, 2026 at 3:14 pm", "Thanks for the update!"),
            (90, "Dave K.", "2026-11-19T09:02:00+00:00", "November 19, 2026 at 9:02 am", "Will the trail be open on weekends?"),
        ]
    )
    body = (
        '<article class="post"><h1 class="entry-title">Trail Restoration Update: Phase Two Begins</h1>'
        '<p class="entry-meta">By <a href="/author/jane">Jane Ortiz</a> on October 28, 2026 · '
        '<a href="#comments">2 Comments</a></p>'
        f'<div class="entry-content">{_paras(_EN_SENT, 6, 3, 7)}</div></article>'
        f'<section id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Trail Restoration Update”</h2>'
        f'<ol class="comment-list">{comments}</ol></section>'
    )
    return Article(
        "blog_comments_newer", "https://friendsofthepark.example.org/trail-restoration-phase-two/",
        _en_page("Trail Restoration Update: Phase Two Begins", "Friends of Elm Park", body),
        "2026-10-28", "byline 'on October 28, 2026'; comments 11-19 and 11-25 are newer",
    )


def related_news_sidebar() -> Article:
    rel = "".join(
        f'<div class="card"><a href="/news/{s}"><h4>{t}</h4></a><span class="card-date">{d}</span></div>'
        for s, t, d in [("snow-plan", "Snow and Ice Plan Released", "Nov 24, 2026"),
                        ("budget", "Council Adopts 2027 Budget", "Nov 23, 2026"),
                        ("leaf", "Leaf Collection Extended", "Nov 20, 2026")]
    )
    body = (
        '<div class="news-detail"><h1>Police Department Launches Community Academy</h1>'
        '<div class="news-meta"><span class="label">Date:</span> 11/12/2026 <span class="label">Department:</span> Police</div>'
        f'<div class="news-body">{_paras(_EN_SENT, 6, 3, 1)}<p>The spring session starts February 3, 2027.</p></div></div>'
        f'<section class="related-news"><h3>Related News</h3>{rel}</section>'
    )
    return Article(
        "related_news_sidebar", "https://www.example-city.gov/news/police-community-academy",
        _en_page("Police Department Launches Community Academy", "City of Fairview", body),
        "2026-11-12", "Date: 11/12/2026 (US m/d/y); related cards newer; spring session future",
    )


def sticky_today_header() -> Article:
    top = ('<div class="utility-bar"><span class="today">Today is Thursday, November 26, 2026</span> '
           '<span class="weather">42°F Cloudy</span></div>')
    body = (
        '<article class="article"><h1>County Expands Free Flu Shot Clinics</h1>'
        '<div class="article-date">Published: Nov 18, 2026</div>'
        f'<div class="article-body">{_paras(_EN_SENT, 7, 3, 2)}</div></article>'
    )
    return Article(
        "sticky_today_header", "https://www.example-county.gov/news/flu-shot-clinics",
        _en_page("County Expands Free Flu Shot Clinics", "Example County", body, top=top),
        "2026-11-18", "sticky 'Today is Thursday, November 26, 2026' is a clock; Published: Nov 18, 2026",
    )


def event_future() -> Article:
    body = (
        '<div class="event-detail"><h1>Holiday Tree Lighting Ceremony</h1>'
        '<p class="posted">Posted November 19, 2026</p>'
        '<div class="event-when"><h3>When</h3><p>Saturday, December 12, 2026, 5:00 PM – 7:00 PM</p></div>'
        '<div class="event-where"><h3>Where</h3><p>Town Green, 1 Main Street</p></div>'
        f'<div class="event-body">{_paras(_EN_SENT, 4, 3, 3)}</div>'
        '<a class="add-cal" href="/events/tree-lighting.ics">Add to calendar</a></div>'
    )
    return Article(
        "event_future", "https://www.example-town.gov/events/holiday-tree-lighting",
        _en_page("Holiday Tree Lighting Ceremony", "Town of Example", body),
        "2026-11-19", "event on 2026-12-12 is future; the page was posted November 19, 2026",
    )


def reprint_conversation() -> Article:
    head = '<meta property="article:published_time" content="2026-11-21T06:00:00-05:00">'
    body = (
        '<article><h1>Why cities are planting tiny forests</h1><p class="byline">By A. Researcher, '
        '<span class="pubdate">November 21, 2026</span></p>'
        '<p class="republish"><em>This article is republished from <a href="https://theconversation.example/x">The '
        'Conversation</a> under a Creative Commons license. It was originally published on October 2, 2026.</em></p>'
        f'<div class="body">{_paras(_EN_SENT, 7, 3, 4)}</div></article>'
    )
    return Article(
        "reprint_conversation", "https://www.example-news.org/science/tiny-forests",
        _en_page("Why cities are planting tiny forests", "Example Public Radio", body, head=head),
        "2026-11-21", "republished 11-21; 'originally published on October 2, 2026' is the original's",
    )


def jsonld_published_modified() -> Article:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"State Expands Broadband Grants to Rural Counties","datePublished":"2026-11-17T07:45:00-06:00",'
        '"dateModified":"2026-11-23T12:10:00-06:00","author":{"@type":"Person","name":"Sam Lee"},'
        '"publisher":{"@type":"Organization","name":"Example Daily"}}</script>'
    )
    body = (
        '<article><h1>State Expands Broadband Grants to Rural Counties</h1>'
        '<div class="byline">By Sam Lee · <time datetime="2026-11-17T07:45:00-06:00">Nov 17, 2026</time> · '
        'Updated <time datetime="2026-11-23T12:10:00-06:00">Nov 23, 2026</time></div>'
        f'<div class="story">{_paras(_EN_SENT, 8, 3, 5)}</div></article>'
    )
    return Article(
        "jsonld_published_modified", "https://www.example-daily.com/news/state/broadband-grants-rural",
        _en_page("State Expands Broadband Grants to Rural Counties", "Example Daily", body, head=ld),
        "2026-11-17", "JSON-LD datePublished 11-17, dateModified 11-23; visible both",
    )


def canada_news_release() -> Article:
    body = (
        '<div class="container"><h1 property="name" id="wb-cont">Government announces support for clean technology projects</h1>'
        '<p class="gc-byline"><strong>From: <a href="/en/innovation">Innovation, Science and Economic Development Canada</a></strong></p>'
        '<p class="gc-byline"><strong>News release</strong></p>'
        '<p>November 18, 2026 – Ottawa, Ontario</p>'
        f'{_paras(_EN_SENT, 6, 3, 6)}<h2>Associated links</h2><ul><li><a href="/x">Clean Growth Program</a></li></ul>'
        '<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-11-25</time></dd></dl></div>'
    )
    return Article(
        "canada_news_release", "https://www.canada.example/en/innovation/news/2026/11/clean-tech.html",
        _en_page("Government announces support for clean technology projects", "Canada.ca", body),
        "2026-11-18", "news release dateline November 18, 2026 – Ottawa; Date modified 2026-11-25 is a later change",
    )


def uk_council_ordinal() -> Article:
    body = (
        '<div class="news-article"><h1>Christmas and New Year bin collection changes</h1>'
        '<p class="published">Published: Friday, 20th November 2026</p>'
        f'<div class="editor">{_paras(_EN_SENT, 5, 3, 7)}<p>Collections due on Friday 25 December will take place on '
        'Saturday 27 December.</p></div></div>'
    )
    return Article(
        "uk_council_ordinal", "https://www.example-borough.gov.uk/news/article/2231/christmas-bin-collection-changes",
        _en_page("Christmas and New Year bin collection changes", "Example Borough Council", body),
        "2026-11-20", "Published: Friday, 20th November 2026 (ordinal); collection days future",
    )


def wp_meta_only() -> Article:
    head = (
        '<meta property="article:published_time" content="2026-11-09T14:20:11+00:00">'
        '<meta property="og:updated_time" content="2026-11-09T14:20:11+00:00">'
    )
    recent = "".join(
        f'<li><a href="/blog/{s}/">{t}</a><span class="post-date">{d}</span></li>'
        for s, t, d in [("winter-hours", "Winter opening hours", "November 24, 2026"),
                        ("new-exhibit", "New exhibit opens", "November 20, 2026")]
    )
    body = (
        '<article class="post"><h1 class="entry-title">Museum Receives Historic Photograph Collection</h1>'
        f'<div class="entry-content">{_paras(_EN_SENT, 7, 3, 8)}</div></article>'
        f'<aside class="widget"><h3>Recent Posts</h3><ul>{recent}</ul></aside>'
    )
    return Article(
        "wp_meta_only", "https://www.example-museum.org/blog/historic-photograph-collection/",
        _en_page("Museum Receives Historic Photograph Collection", "Example History Museum", body, head=head),
        "2026-11-09", "no visible date: article:published_time 11-09; recent posts newer",
    )


def state_immediate_release() -> Article:
    body = (
        '<div class="press-release"><p class="release-type"><strong>FOR IMMEDIATE RELEASE</strong></p>'
        '<p class="release-date">November 13, 2026</p><p class="contact">Contact: Press Office, (555) 555-0199</p>'
        '<h1>Governor Announces $40 Million for Rural Hospitals</h1>'
        f'<div class="release-body">{_paras(_EN_SENT, 6, 3, 9)}<p>Applications open January 5, 2027.</p><p>###</p></div></div>'
        '<div class="sidebar"><h3>Recent Press Releases</h3><ul>'
        '<li><a href="/pr/1">Governor Signs Executive Order on Housing</a> November 24, 2026</li>'
        '<li><a href="/pr/2">State Parks Offer Free Entry on Black Friday</a> November 23, 2026</li></ul></div>'
    )
    return Article(
        "state_immediate_release", "https://governor.example.gov/press-releases/rural-hospitals-funding",
        _en_page("Governor Announces $40 Million for Rural Hospitals", "Office of the Governor", body),
        "2026-11-13", "FOR IMMEDIATE RELEASE November 13, 2026; sidebar newer; applications 2027",
    )


def university_news_events() -> Article:
    ev = "".join(
        f'<li><span class="ev-date">{d}</span> <a href="/events/{i}">{t}</a></li>'
        for i, (d, t) in enumerate([("Dec 3, 2026", "Winter Concert"), ("Dec 10, 2026", "Open House"),
                                    ("Jan 14, 2027", "Spring Orientation")])
    )
    body = (
        '<article class="news-story"><h1>Engineering Students Win National Design Competition</h1>'
        '<p class="story-meta">November 4, 2026 | By University Communications</p>'
        f'<div class="story-body">{_paras(_EN_SENT, 7, 3, 10)}</div></article>'
        f'<aside class="events"><h3>Upcoming Events</h3><ul>{ev}</ul></aside>'
    )
    return Article(
        "university_news_events", "https://news.example.edu/2026/engineering-design-competition",
        _en_page("Engineering Students Win National Design Competition", "Example State University", body),
        "2026-11-04", "story-meta November 4, 2026 | By; upcoming events are future",
    )


def sheriff_date_table() -> Article:
    body = (
        '<div class="release"><h1>Sheriff\'s Office Warns of Phone Scam</h1>'
        '<table class="release-info"><tr><th>Date:</th><td>11/23/2026</td></tr>'
        '<tr><th>Contact:</th><td>Public Information Officer</td></tr><tr><th>Case #:</th><td>26-118842</td></tr></table>'
        f'<div class="release-text">{_paras(_EN_SENT, 4, 3, 11)}</div></div>'
    )
    return Article(
        "sheriff_date_table", "https://www.example-sheriff.org/news/phone-scam-warning",
        _en_page("Sheriff's Office Warns of Phone Scam", "Example County Sheriff", body),
        "2026-11-23", "table row Date: 11/23/2026",
    )


def en_undated_service() -> Article:
    top = '<div class="utility-bar"><span class="today">Thursday, November 26, 2026</span></div>'
    body = (
        '<div class="page"><h1>Apply for a Residential Parking Permit</h1>'
        f'<div class="page-body">{_paras(_EN_SENT, 5, 3, 12)}<h2>Fees</h2><p>$35 per vehicle per year.</p></div></div>'
        '<aside class="news"><h3>Latest News</h3><ul><li><a href="/news/1">Winter Parking Ban Begins December 1</a>'
        ' <span>November 23, 2026</span></li><li><a href="/news/2">Holiday Meter Schedule</a> <span>November 20, 2026</span></li></ul></aside>'
    )
    return Article(
        "en_undated_service", "https://www.example-city.gov/residents/parking/residential-permit",
        _en_page("Apply for a Residential Parking Permit", "City of Example", body, top=top),
        None, "a service page: no date of its own (clock bar, news sidebar, copyright)",
    )


def ap_style_abbrev() -> Article:
    body = (
        '<div class="story"><h1>Transit agency approves fare freeze for 2027</h1>'
        '<div class="byline">By THE ASSOCIATED PRESS</div>'
        '<div class="timestamp">Updated 6:42 PM EST, November 24, 2026</div>'
        '<div class="body"><p>CHICAGO (AP) — The regional transit board voted Monday to keep fares unchanged next year.</p>'
        f'{_paras(_EN_SENT, 5, 3, 13)}</div></div>'
    )
    return Article(
        "ap_style_abbrev", "https://www.example-paper.com/ap/transit-fare-freeze-2027",
        _en_page("Transit agency approves fare freeze for 2027", "Example Paper", body),
        "2026-11-24", "only an 'Updated' time is shown (6:42 PM EST, November 24, 2026): it is the only date the page has; "
        "'voted Monday' = Nov 23 but a reader dates the page by its stamp",
    )


def zh_fabu_riqi_slash() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">关于公布2026年度第二批市级非物质文化遗产代表性项目名录的通知</h1>'
        '<div class="article-info">来源：市文化广电旅游局　发布日期：2026/11/24　点击数：<span id="hits">57</span></div>'
        f'<div class="article-con" id="zoom"><p>各县（市、区）文化和广电旅游体育局：</p>{_paras(_ZH_SENT, 5, 3, 17)}'
        '<p style="text-align:right">某市文化广电旅游局</p><p style="text-align:right">2026年11月20日</p></div>'
        f'{_SHARE_ZH}</div>'
    )
    return Article(
        "zh_fabu_riqi_slash", "http://wglj.example.gov.cn/tzgg/content_8812.html",
        _zh_page("关于公布2026年度第二批市级非物质文化遗产代表性项目名录的通知", "某市文化广电旅游局", body, crumbs="通知公告"),
        "2026-11-24", "发布日期 2026/11/24 after the 落款 2026年11月20日 (signed before publishing): published 11-24",
    )


def zh_wza_time_seconds_url_other() -> Article:
    body = (
        '<div class="article"><h1 class="article-title">2026年10月份全市经济运行情况</h1>'
        '<div class="article-info"><span>时间：2026-11-23 15:00:01</span><span>来源：市统计局</span></div>'
        f'<div class="article-con" id="zoom"><p>10月份，全市规模以上工业增加值同比增长6.1%。</p>{_paras(_ZH_SENT, 5, 2, 18)}'
        '<p>注：本数据为初步统计数，截至2026年10月31日。</p></div>'
        f'{_SHARE_ZH}{_zh_related([("2026年9月份全市经济运行情况", "2026-10-22"), ("2026年前三季度全市经济运行情况", "2026-10-27")], "相关阅读")}</div>'
    )
    return Article(
        "zh_wza_time_seconds_url_other", "http://tjj.example.gov.cn/tjsj/tjfx/202611/t20261123_4520011.html",
        _zh_page("2026年10月份全市经济运行情况", "某市统计局", body, crumbs="统计信息 &gt; 统计分析"),
        "2026-11-23", "时间：2026-11-23 15:00:01; data cut-off 10-31 in the text; related older",
    )


def tw_gov_news_slash_roc() -> Article:
    body = (
        '<div class="news_content"><h2>本局辦理115年度冬令救濟 即日起受理申請</h2>'
        '<div class="info"><span>日期：115/11/16</span>　<span>單位：社會救助科</span></div>'
        f'<div class="essay">{_paras(_TW_SENT, 5, 3, 4)}<p>申請期間：115年11月16日至115年12月18日。</p></div></div>'
    )
    return Article(
        "tw_gov_news_slash_roc", "https://sw.example.gov.tw/News_Content.aspx?n=101&s=88112",
        _tw_page("本局辦理115年度冬令救濟 即日起受理申請", "高雄市政府社會局", body),
        "2026-11-16", "ROC date with slashes 日期：115/11/16",
    )


def build_articles() -> list[Article]:
    return [
        zh_trs_fabu_zihao(), zh_hanweb_riqi_today_header(), zh_xxgk_chengwen_fabu(), zh_xxgk_effective_future(),
        zh_attachments_older(), zh_kaipu_meta_pubdate(), zh_reprint_original_date(), zh_meeting_notice_future(),
        zh_comments_newer(), zh_span_no_label(), zh_published_then_updated(), zh_dahan_table_layout(),
        zh_policy_interp(), zh_bracket_bar(), zh_undated_org_page(), zh_fabu_riqi_slash(),
        zh_wza_time_seconds_url_other(),
        tw_gov_fabu_gengxin(), tw_gov_minguo_full(), tw_gov_dl_table(), hk_gov_press_release_zh(),
        hk_news_fabu_gengxin(), tw_news_sidebar(), tw_gov_news_slash_roc(),
        hk_gov_press_release_en(), govuk_published_updated(), civicplus_posted_on(), wp_published_updated(),
        drupal_submitted(), prnewswire_dateline(), blog_comments_newer(), related_news_sidebar(),
        sticky_today_header(), event_future(), reprint_conversation(), jsonld_published_modified(),
        canada_news_release(), uk_council_ordinal(), wp_meta_only(), state_immediate_release(),
        university_news_events(), sheriff_date_table(), en_undated_service(), ap_style_abbrev(),
    ]


ARTICLES = build_articles()
