"""Blind evaluation 3 of the article-page date extractor (`page_date`).

Forty article pages written from knowledge of how real ones are built (Hanweb, TRS and
gov.cn article templates with 信息公开 info tables and 公文 落款; 人民网/新华网-style
portals; Taiwan ROC and Hong Kong pages; BBC/Guardian/Reuters/AP-style news with JSON-LD;
WordPress, Drupal, Medium/Substack-like posts; a press release; pages whose only dates are
in sidebars or comments; pages with no date), with the truth written before any run.

Truth = the article's original publication date, or None when the page has none of its
own. NOW = 2026-11-26. Each page's `why` says how the truth was decided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NOW = dt.date(2026, 11, 26)


@dataclass(frozen=True)
class Article:
    name: str
    url: str
    html: str
    truth: dt.date | None
    why: str


D = dt.date

# ---------------------------------------------------------------------------
# Shared chrome: Chinese government portals (Hanweb / TRS / 党政机关 templates)
# ---------------------------------------------------------------------------

_ZH_MENU = {
    "要闻动态": ["政务要闻", "部门动态", "区县动态", "图片新闻", "视频新闻", "媒体聚焦", "专题专栏"],
    "政务公开": [
        "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开目录",
        "政府信息公开年报", "政策文件", "政策解读", "人事信息", "财政资金", "规划计划",
        "统计信息", "重大项目", "建议提案办理", "行政执法公示",
    ],
    "政务服务": ["个人办事", "法人办事", "部门服务", "便民服务", "好差评", "一件事一次办"],
    "互动交流": ["市长信箱", "部门信箱", "在线访谈", "征集调查", "常见问题", "12345热线"],
    "走进本市": ["市情概况", "历史沿革", "行政区划", "自然地理", "人口民族", "旅游资源"],
}


def _zh_nav(site: str) -> str:
    parts = ['<div class="nav"><ul class="nav-ul">', '<li class="on"><a href="/">首页</a></li>']
    for i, (head, subs) in enumerate(_ZH_MENU.items()):
        links = "".join(
            f'<li><a href="/col/col{1200 + i * 20 + j}/index.html" target="_blank" '
            f'title="{s}">{s}</a></li>'
            for j, s in enumerate(subs)
        )
        parts.append(
            f'<li class="nav-li"><a href="/col/col{1100 + i}/index.html">{head}</a>'
            f'<div class="sub-menu"><div class="sub-box"><dl><dt>{head}</dt><dd><ul>{links}'
            f'</ul></dd></dl><div class="sub-pic"><img src="/picture/0/nav_{i}.jpg" alt="{site}">'
            "</div></div></div></li>"
        )
    parts.append("</ul></div>")
    return "\n".join(parts)


def _zh_head(title: str, site: str, metas: str = "", scripts: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="3301000001">
{metas}
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/images/3301/common.css?v=20241018">
<link rel="stylesheet" href="/images/3301/article.css?v=20250312">
<script src="/module/jslib/jquery/jquery.js"></script>
<script src="/module/jslib/jquery/jquery.cookie.js"></script>
<script src="/script/0/2501131716435.js"></script>
{scripts}
</head>
"""


def _zh_top(site: str) -> str:
    return f"""<body>
<div class="topbar"><div class="w1200">
<div class="fl"><span>欢迎访问{site}！</span></div>
<div class="fr">
<a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> |
<a href="javascript:void(0)" class="zhlb_old">长者模式</a> |
<a href="javascript:void(0)" id="StranLink">繁體</a> |
<a href="/col/col1388/index.html">手机版</a> |
<a href="javascript:void(0)" class="wx">微信</a> |
<a href="https://weibo.com/example" target="_blank">微博</a> |
<a href="https://user.zjzwfw.gov.cn/" target="_blank">登录</a>
</div></div></div>
<div class="header"><div class="w1200">
<div class="logo"><a href="/"><img src="/picture/0/logo_2024.png" alt="{site}"></a></div>
<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank">
<input type="hidden" name="websiteid" value="330100000000000">
<input type="text" name="q" class="txt" placeholder="请输入关键词">
<input type="submit" value="搜索" class="btn"></form>
<p class="hot">热门搜索：<a href="#">社保</a><a href="#">公积金</a><a href="#">人才</a><a href="#">招聘</a></p>
</div></div></div>
{_zh_nav(site)}
"""


def _zh_foot(site: str, icp: str = "浙ICP备05001234号-1", year: int = 2026) -> str:
    return f"""<div class="footer"><div class="w1200">
<div class="foot-links"><span>相关链接：</span>
<select onchange="window.open(this.value)"><option>国家部委网站</option>
<option value="https://www.gov.cn">中国政府网</option><option value="https://www.ndrc.gov.cn">国家发展改革委</option>
<option value="https://www.mof.gov.cn">财政部</option></select>
<select onchange="window.open(this.value)"><option>省级政府网站</option>
<option value="https://www.zj.gov.cn">浙江省人民政府</option><option value="https://www.js.gov.cn">江苏省人民政府</option></select>
<select onchange="window.open(this.value)"><option>区县政府网站</option>
<option value="#">上城区</option><option value="#">拱墅区</option><option value="#">西湖区</option></select>
</div>
<div class="foot-txt">
<p><a href="/col/col1380/index.html">网站地图</a> | <a href="/col/col1381/index.html">联系我们</a> |
<a href="/col/col1382/index.html">网站声明</a> | <a href="/col/col1383/index.html">隐私政策</a></p>
<p>主办：{site}办公厅　承办：市大数据发展管理局　联系电话：0571-12345678</p>
<p>版权所有 © 2006-{year} {site}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>
　<img src="/picture/0/ga.png" alt="">浙公网安备 33010202000123号　网站标识码：3301000001</p>
<p>建议使用1920×1080分辨率，IE10以上浏览器访问本网站</p>
</div>
<div class="foot-icons">
<script id="_jiucuo_" sitecode="3301000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=ABC123" target="_blank">
<img src="/picture/0/dzjg.png" alt="党政机关"></a></span>
</div></div></div>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c1f2a9b8e7d6c5b4a3f2e1d0c9b8a7f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
<script src="/module/share/share.js"></script>
</body>
</html>
"""


def _zh_sidebar(title: str, items: list[tuple[str, str]], cls: str = "side-list") -> str:
    lis = "".join(
        f'<li><a href="/art/{d[:4]}/{int(d[5:7])}/{int(d[8:10])}/art_1229_{5000 + i}.html" '
        f'title="{t}" target="_blank">{t}</a><span>{d}</span></li>'
        for i, (t, d) in enumerate(items)
    )
    return f'<div class="{cls}"><div class="side-tit"><h3>{title}</h3></div><ul>{lis}</ul></div>'


def _zh_tools() -> str:
    return """<div class="art-tools">
<span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a>
<a href="javascript:doZoom(14)">小</a>】</span>
<a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a>
<div class="bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>
<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
</div>"""


_ZH_FILLER = [
    "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
    "完整准确全面贯彻新发展理念，着力推动高质量发展，奋力谱写中国式现代化的新篇章。",
    "会议指出，今年以来，全市上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳、稳中有进，"
    "主要经济指标好于预期，民生保障有力有效，社会大局和谐稳定。",
    "会议要求，各地各部门要紧盯全年目标任务，坚持问题导向，强化责任落实，全力以赴冲刺四季度，"
    "确保完成全年经济社会发展目标任务，为明年工作打下坚实基础。",
    "要持续优化营商环境，深化“放管服”改革，推进政务服务“一网通办”“跨省通办”，"
    "着力解决企业和群众急难愁盼问题，不断增强人民群众获得感、幸福感、安全感。",
    "要统筹做好安全生产、防灾减灾、食品药品安全、信访维稳等工作，扎实做好冬季供暖、"
    "保供稳价和困难群众帮扶等民生工作，确保人民群众温暖过冬。",
    "会议还研究了其他事项。市政府领导班子成员，市政府秘书长、副秘书长，各区县政府、"
    "市直有关部门主要负责人参加会议。",
]


def _zh_paras(n: int, extra: list[str] | None = None) -> str:
    out = [f"<p style=\"text-indent:2em;\">{p}</p>" for p in (extra or [])]
    out += [f"<p style=\"text-indent:2em;\">{_ZH_FILLER[i % len(_ZH_FILLER)]}</p>" for i in range(n)]
    return "\n".join(out)


_RECENT_ZH = [
    ("市政府召开第58次常务会议", "2026-11-25"),
    ("我市举行2026年冬季消防安全演练", "2026-11-24"),
    ("市领导调研重点项目建设推进情况", "2026-11-24"),
    ("全市安全生产工作电视电话会议召开", "2026-11-23"),
    ("我市出台支持民营经济高质量发展若干措施", "2026-11-22"),
    ("市政务服务中心推出“周末不打烊”服务", "2026-11-21"),
]


def zh_gov_page(
    *,
    site: str,
    title: str,
    crumbs: str,
    meta_line: str,
    body: str,
    metas: str = "",
    scripts: str = "",
    side: str | None = None,
    after: str = "",
    info_table: str = "",
) -> str:
    sidebar = side if side is not None else _zh_sidebar("最新发布", _RECENT_ZH)
    return (
        _zh_head(title, site, metas, scripts)
        + _zh_top(site)
        + f"""<div class="main w1200">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
<div class="main-left">
<div class="article">
{info_table}
<div class="art-title"><h1>{title}</h1></div>
<div class="art-info">{meta_line}</div>
{_zh_tools()}
<div class="art-con" id="zoom">
{body}
</div>
{after}
<div class="art-bottom"><p>【责任编辑：王晓明】</p></div>
</div>
</div>
<div class="main-right">
{sidebar}
{_zh_sidebar("热点专题", [("学习贯彻党的二十届四中全会精神", "2026-10-30"), ("优化营商环境", "2026-09-15"), ("“十五五”规划编制", "2026-06-01")], "side-zt")}
</div>
</div>
"""
        + _zh_foot(site)
    )


# ---------------------------------------------------------------------------
# Chinese government article pages
# ---------------------------------------------------------------------------

ZH_GOV: list[Article] = []

ZH_GOV.append(Article(
    "hanweb_art_url_and_line",
    "https://www.hz.gov.cn/art/2026/11/20/art_1229063381_59087651.html",
    zh_gov_page(
        site="杭州市人民政府",
        title="市政府召开全市冬春季森林防灭火工作会议",
        crumbs='<a href="/col/col1100/index.html">要闻动态</a> &gt; <a href="/col/col1200/index.html">政务要闻</a>',
        metas='<meta name="ArticleTitle" content="市政府召开全市冬春季森林防灭火工作会议">\n'
              '<meta name="PubDate" content="2026-11-20 10:32">\n'
              '<meta name="ContentSource" content="市应急管理局">\n'
              '<meta name="ColumnName" content="政务要闻">\n<meta name="ColumnType" content="政务要闻">',
        meta_line='<span>发布日期：2026-11-20 10:32</span><span>来源：市应急管理局</span>'
                  '<span>浏览次数：<script>document.write(hits)</script><span id="hits">1268</span></span>',
        body=_zh_paras(5, ["11月19日下午，市政府召开全市冬春季森林防灭火工作会议，"
                          "总结今年以来森林防灭火工作，部署今冬明春重点任务。"]),
    ),
    D(2026, 11, 20),
    "Hanweb article: 发布日期 line, PubDate meta and the /art/2026/11/20/ URL agree; "
    "the event day (11月19日) in the body and the sidebar's newer dates are not it.",
))

_XXGK_TABLE = """<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>002482021/2026-00312</td><th>主题分类：</th><td>城乡建设、环境保护\\其他</td></tr>
<tr><th>发布机构：</th><td>市住房和城乡建设局</td><th>成文日期：</th><td>2026-11-12</td></tr>
<tr><th>名　　称：</th><td colspan="3">{title}</td></tr>
<tr><th>文　　号：</th><td>杭建〔2026〕41号</td><th>发布日期：</th><td>2026-11-18</td></tr>
<tr><th>主 题 词：</th><td colspan="3"></td></tr>
</table>"""

ZH_GOV.append(Article(
    "xxgk_table_chengwen_vs_fabu",
    "https://www.hz.gov.cn/art/2026/11/18/art_1229063389_1847565.html",
    zh_gov_page(
        site="杭州市人民政府",
        title="杭州市住房和城乡建设局关于进一步加强住宅小区电动自行车充电设施建设管理的通知",
        crumbs='<a href="/col/col1101/index.html">政务公开</a> &gt; <a href="/col/col1225/index.html">政策文件</a>',
        info_table=_XXGK_TABLE.format(
            title="杭州市住房和城乡建设局关于进一步加强住宅小区电动自行车充电设施建设管理的通知"),
        meta_line='<span>信息来源：市住房和城乡建设局</span><span>访问量：<span id="vc">356</span></span>',
        body=_zh_paras(2, [
            "各区、县（市）住房城乡建设局，各物业服务企业：",
            "为贯彻落实《浙江省电动自行车管理条例》，有效防范电动自行车火灾事故，"
            "现就进一步加强住宅小区电动自行车充电设施建设管理有关事项通知如下：",
            "一、本通知自2027年1月1日起施行，有效期5年。",
        ]) + '<p style="text-align:right;">杭州市住房和城乡建设局</p>'
             '<p style="text-align:right;">2026年11月12日</p>'
             '<p>（此件公开发布）</p>',
        side=_zh_sidebar("相关文件", [("关于开展2026年度物业服务企业信用评价的通知", "2026-11-24"),
                                   ("关于公布第二批老旧小区改造项目的通知", "2026-11-21")]),
    ),
    D(2026, 11, 18),
    "信息公开 table: 成文日期 2026-11-12 is when the document was signed (also the 落款), "
    "发布日期 2026-11-18 is when the page was published; the page date is the publication. "
    "The URL's /art/2026/11/18/ agrees.",
))

ZH_GOV.append(Article(
    "gongwen_luokuan_chinese_numerals_only",
    "https://www.jiangning.gov.cn/zwgk/tzgg/content_3418876.html",
    zh_gov_page(
        site="南京市江宁区人民政府",
        title="南京市江宁区人民政府关于划定2026—2027年度冬季烟花爆竹禁放区域的通告",
        crumbs='<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a>',
        meta_line='<span>来源：区应急管理局</span><span>【字号：大 中 小】</span>',
        body=_zh_paras(1, [
            "为保障公共安全和人身、财产安全，防治环境污染，根据《烟花爆竹安全管理条例》等规定，"
            "结合本区实际，现就划定禁放区域有关事项通告如下：",
            "一、禁放时间：自本通告发布之日起至2027年3月31日。",
            "二、禁放区域：东山街道、秣陵街道、淳化街道全域。",
            "三、违反本通告规定的，由公安机关依法予以处罚。",
        ]) + '<p style="text-align:right;">南京市江宁区人民政府</p>'
             '<p style="text-align:right;">二〇二六年十一月二十日</p>',
        side=_zh_sidebar("通知公告", [("江宁区2026年下半年公开招聘社区工作者笔试公告", "2026-11-25"),
                                   ("关于江宁区重大行政决策事项目录的公示", "2026-11-23")]),
    ),
    D(2026, 11, 20),
    "公文 whose only date of its own is the 落款 二〇二六年十一月二十日 (URL has none); a notice "
    "is published on or just after the day it is signed, so the 落款 is the page's date. The "
    "2027年3月31日 end date and the sidebar dates are not.",
))

ZH_GOV.append(Article(
    "govcn_zhengce_table_month_url",
    "https://www.gov.cn/zhengce/content/202611/content_7012345.htm",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>国务院办公厅关于加快构建普惠托育服务体系的意见_国务院文件_中国政府网</title>
<meta name="keywords" content="托育;普惠;意见">
<meta name="description" content="国务院办公厅关于加快构建普惠托育服务体系的意见">
<meta name="lanmu" content="国务院文件">
<meta name="catalogs" content="01">
<meta name="contentid" content="7012345">
<meta name="firstpublishedtime" content="2026-11-19-17:30:12">
<meta name="lastmodifiedtime" content="2026-11-19-17:52:06">
<meta name="subject" content="国务院办公厅关于加快构建普惠托育服务体系的意见">
<link rel="stylesheet" href="/govweb/xhtml/2016gov/css/common.css">
<script src="/govweb/xhtml/2016gov/js/jquery.js"></script>
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/govweb/xhtml/2016gov/images/logo.png" alt="中国政府网"></a></div>
<div class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/yaowen/">要闻</a></li><li><a href="/zhengce/">政策</a></li>
<li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li>
<li><a href="/guoqing/">国情</a></li><li><a href="/guowuyuan/">国务院</a></li></ul></div></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/xxgk/">国务院政策文件库</a> &gt; 国务院文件</div>
<div class="policyLibraryOverview_header"><table class="bd1" border="0">
<tr><td class="t1"><b>标　　题：</b></td><td colspan="3">国务院办公厅关于加快构建普惠托育服务体系的意见</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>发文字号：</b></td><td>国办发〔2026〕38号</td></tr>
<tr><td><b>来　　源：</b></td><td>国务院办公厅</td><td><b>主题分类：</b></td><td>卫生、体育\\妇幼卫生</td></tr>
<tr><td><b>公文种类：</b></td><td>意见</td><td><b>成文日期：</b></td><td>2026年11月14日</td></tr>
</table></div>
<div class="article oneColumn pub_border">
<h1>国务院办公厅关于加快构建普惠托育服务体系的意见</h1>
<div class="pages-date">2026-11-19 17:30　<span class="font">来源： 中国政府网</span>
<span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span>
<span class="font"><a href="javascript:window.print()">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center;">国办发〔2026〕38号</p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p style="text-indent:2em;">发展普惠托育服务，是促进人口高质量发展、减轻家庭生育养育负担的重要举措。"""
    """为加快构建普惠托育服务体系，经国务院同意，现提出如下意见。</p>
<p style="text-indent:2em;">一、总体要求。到2030年，普惠托育服务体系基本建成，每千人口拥有3岁以下婴幼儿托位数达到5.5个。</p>
<p style="text-indent:2em;">二、扩大普惠托育服务供给。支持用人单位办托，鼓励幼儿园招收2至3岁幼儿。</p>
<p style="text-indent:2em;">三、强化政策支持。落实托育机构税费优惠政策，按规定给予建设补助和运营补贴。</p>
<p style="text-align:right;">国务院办公厅</p>
<p style="text-align:right;">2026年11月14日</p>
<p>（此件公开发布）</p>
</div>
<div class="editor">【我要纠错】 责任编辑：刘亚东</div>
<div class="related"><h3>相关稿件</h3><ul>
<li><a href="/zhengce/202611/content_7012398.htm">国家卫生健康委有关负责人解读《意见》</a><span>2026-11-20</span></li>
<li><a href="/yaowen/liebiao/202611/content_7012501.htm">李强主持召开国务院常务会议</a><span>2026-11-21</span></li>
</ul></div>
</div>
<div class="footer"><p><a href="/home/2014-02/26/content_2622823.htm">中国政府网</a> | <a href="/">关于本网</a> | <a href="/">网站声明</a></p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body></html>""",
    D(2026, 11, 19),
    "gov.cn policy page: 成文日期 2026年11月14日 (table and 落款) vs the publication line "
    "2026-11-19 17:30 and firstpublishedtime meta; the URL only has 202611. Publication wins.",
))

ZH_GOV.append(Article(
    "trs_t_url_pubdate_meta",
    "https://fgw.sz.gov.cn/xxgk/qt/gzdt/202611/t20261120_12345678.htm",
    zh_gov_page(
        site="深圳市发展和改革委员会",
        title="市发展改革委召开2026年第四季度重大项目建设推进会",
        crumbs='<a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/qt/gzdt/">工作动态</a>',
        metas='<meta name="PubDate" content="2026-11-20 16:05">\n'
              '<meta name="ContentSource" content="深圳市发展和改革委员会">',
        meta_line='<span class="fbsj">发布时间：2026-11-20 16:05:12</span>'
                  '<span class="ly">来源：深圳市发展和改革委员会</span>'
                  '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>',
        body=_zh_paras(4, ["11月18日，市发展改革委召开2026年第四季度重大项目建设推进会，"
                          "通报1—10月全市重大项目建设进展情况。1—10月，全市重大项目完成投资2856亿元，"
                          "完成年度计划的86.4%。"]),
    ),
    D(2026, 11, 20),
    "TRS page: t20261120 URL, 发布时间 line and PubDate meta agree; 11月18日 is the meeting.",
))

ZH_GOV.append(Article(
    "gov_line_shijian_sidebar_newer",
    "https://www.yuhang.gov.cn/art/2026/11/21/art_1532132_59012345.html",
    zh_gov_page(
        site="杭州市余杭区人民政府",
        title="余杭区召开优化营商环境工作推进会",
        crumbs='<a href="/col/col1100/index.html">要闻动态</a> &gt; <a href="/col/col1201/index.html">部门动态</a>',
        meta_line='<table class="art-info-t"><tr><td>时间：2026年11月21日</td>'
                  '<td>来源：区发改局</td><td>作者：张伟</td><td>点击：<span id="c">98</span></td></tr></table>',
        body=_zh_paras(3, ["日前，余杭区召开优化营商环境工作推进会。会议通报了2026年度营商环境评价"
                          "有关情况，并对下一阶段工作进行了部署。"]),
        side=_zh_sidebar("最新动态", _RECENT_ZH) + _zh_sidebar("图片新闻", [("未来科技城夜景", "2026-11-25")]),
    ),
    D(2026, 11, 21),
    "时间：2026年11月21日 in a table row of the article header; sidebars carry 11-22..11-25.",
))

ZH_GOV.append(Article(
    "gov_updated_later_than_published",
    "https://www.wuxi.gov.cn/doc/2026/11/10/4512345.shtml",
    zh_gov_page(
        site="无锡市人民政府",
        title="无锡市2026年度城镇老旧小区改造计划",
        crumbs='<a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/ghjh/">规划计划</a>',
        meta_line='<span>发布时间：2026-11-10</span><span>更新时间：2026-11-24</span>'
                  '<span>信息来源：市住房城乡建设局</span><span>阅读数：<em>2031</em></span>',
        body=_zh_paras(2, ["根据省住房城乡建设厅《关于做好2026年城镇老旧小区改造工作的通知》要求，"
                          "经各区申报、市级审核，确定2026年度全市城镇老旧小区改造项目86个。",
                          "（2026年11月24日更正：第三批项目表中“梁溪区”应为“滨湖区”。）"]),
    ),
    D(2026, 11, 10),
    "发布时间 2026-11-10 vs 更新时间 2026-11-24 (a correction): the original publication is 11-10 "
    "(the URL's /2026/11/10/ agrees).",
))

ZH_GOV.append(Article(
    "gov_notice_effective_and_deadline_dates",
    "https://rsj.gz.gov.cn/ywzt/zcfg/content/post_10234567.html",
    zh_gov_page(
        site="广州市人力资源和社会保障局",
        title="广州市人力资源和社会保障局关于开展2026年度职称评审工作的通知",
        crumbs='<a href="/ywzt/">业务专题</a> &gt; <a href="/ywzt/zcfg/">政策法规</a>',
        metas='<meta name="others" content="页面生成时间 2026-11-26 03:10:44">',
        meta_line='<span>发布日期：2026年11月15日</span><span>来源：本网</span>'
                  '<span>分享：<a class="wx"></a></span>',
        body=_zh_paras(0, [
            "各有关单位：",
            "现就我市2026年度职称评审工作有关事项通知如下：",
            "一、申报时间：2026年11月25日至12月5日，逾期不予受理。",
            "二、材料审核：2026年12月8日至12月20日。",
            "三、本通知自2027年1月1日起施行，《广州市职称评审管理办法》（穗人社规字〔2023〕5号）同时废止。",
            "联系电话：020-83123456（工作日9:00—12:00，14:00—17:30）",
        ]) + '<p style="text-align:right;">广州市人力资源和社会保障局</p>'
             '<p style="text-align:right;">2026年11月14日</p>',
    ),
    D(2026, 11, 15),
    "发布日期 2026年11月15日; the application window (11月25日至12月5日), review dates, "
    "the 2027 effective date, the 落款 11-14 and a generation stamp in a meta are not it.",
))

ZH_GOV.append(Article(
    "gov_date_in_url_only_script_rendered",
    "https://www.nb.gov.cn/art/2026/11/20/art_1229561234_59054321.html",
    zh_gov_page(
        site="宁波市人民政府",
        title="宁波舟山港1—10月集装箱吞吐量同比增长8.7%",
        crumbs='<a href="/col/col1100/index.html">要闻动态</a> &gt; <a href="/col/col1200/index.html">政务要闻</a>',
        meta_line='<span id="pubdate"></span><script>'
                  'var pd="2026-11-20 09:12:00";document.getElementById("pubdate").innerHTML='
                  '"发布日期："+pd.substring(0,10);</script><span>来源：宁波日报</span>',
        body=_zh_paras(2, ["记者从宁波舟山港集团获悉，今年1—10月，宁波舟山港完成集装箱吞吐量3298万标准箱，"
                          "同比增长8.7%，继续保持全球第三。"]),
    ),
    D(2026, 11, 20),
    "The visible date is written by a script; the URL /art/2026/11/20/ carries the day.",
))

ZH_GOV.append(Article(
    "gov_old_article_2025",
    "https://www.hefei.gov.cn/ssxw/ztzl/zt/whcs/lhsq/110912345.html",
    zh_gov_page(
        site="合肥市人民政府",
        title="合肥市2025年春季植树造林工作全面启动",
        crumbs='<a href="/ssxw/">时事新闻</a> &gt; <a href="/ssxw/ztzl/">专题专栏</a>',
        meta_line='<div class="info-bar"><span>发布时间：2025-03-14 08:50</span>'
                  '<span>来源：市林业和园林局</span><span>字号：<a>T</a> <a>T</a></span></div>',
        body=_zh_paras(2, ["3月12日是第47个全国植树节。连日来，全市各地掀起植树造林热潮，"
                          "计划全年新增造林面积2.1万亩。"]),
    ),
    D(2025, 3, 14),
    "An old 2025 article on a 2026 site: 发布时间 2025-03-14; footer ©2026 and the sidebar's "
    "2026-11 dates are chrome.",
))

ZH_GOV.append(Article(
    "gov_gongkai_riqi_inline_and_luokuan",
    "https://www.sxxl.gov.cn/zwgk/zfxxgkml/bmxxgkml/sfgw/zcwj/202611/t20261122_998877.html",
    zh_gov_page(
        site="襄汾县人民政府",
        title="襄汾县发展和改革局关于2026年冬季清洁取暖补贴发放情况的公示",
        crumbs='<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkml/">政府信息公开目录</a>',
        info_table='<div class="xxgk-info"><ul>'
                   '<li><b>索 引 号：</b>11141023MB1234567X/2026-01187</li>'
                   '<li><b>信息分类：</b>公示公告</li><li><b>发布机构：</b>县发展和改革局</li>'
                   '<li><b>生成日期：</b>2026年11月17日</li><li><b>公开日期：</b>2026年11月22日</li>'
                   '<li><b>公开方式：</b>主动公开</li><li><b>有效期：</b>2026年11月22日至2026年12月1日</li>'
                   '</ul></div>',
        meta_line="",
        body=_zh_paras(0, [
            "根据《襄汾县2026年冬季清洁取暖实施方案》，现将第一批补贴发放情况予以公示，"
            "公示期为2026年11月22日至12月1日。",
            "如有异议，请于公示期内向县发展和改革局反映。联系电话：0357-3921234。",
        ]) + '<p style="text-align:right;">襄汾县发展和改革局</p>'
             '<p style="text-align:right;">二〇二六年十一月十七日</p>',
    ),
    D(2026, 11, 22),
    "信息公开 list: 生成日期 11-17 (= 落款 二〇二六年十一月十七日) vs 公开日期 11-22; the page "
    "was published on 公开日期, which the t20261122 URL also carries.",
))

# ---------------------------------------------------------------------------
# Chinese news portals
# ---------------------------------------------------------------------------

_PEOPLE_NAV = "".join(
    f'<a href="http://{c}.people.com.cn/" target="_blank">{n}</a>'
    for c, n in [("politics", "时政"), ("world", "国际"), ("finance", "财经"), ("society", "社会"),
                 ("opinion", "观点"), ("edu", "教育"), ("health", "健康"), ("military", "军事"),
                 ("tw", "台湾"), ("sports", "体育"), ("ent", "娱乐"), ("auto", "汽车"),
                 ("house", "房产"), ("culture", "文化"), ("travel", "旅游"), ("env", "环保"),
                 ("legal", "法治"), ("energy", "能源"), ("it", "IT"), ("science", "科普")]
)

ZH_NEWS: list[Article] = []

ZH_NEWS.append(Article(
    "people_style",
    "http://politics.people.com.cn/n1/2026/1120/c1001-40123456.html",
    f"""<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<meta http-equiv="Content-Language" content="utf-8">
<title>全国冬季农田水利基本建设现场会在河南召开--时政--人民网</title>
<meta name="keywords" content="农田水利">
<meta name="description" content="全国冬季农田水利基本建设现场会20日在河南召开。">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="1001"><meta name="contentid" content="40123456">
<meta name="publishdate" content="2026-11-20">
<meta name="author" content="周洁"><meta name="source" content="来源：人民网－人民日报">
<link href="/css/2020/article.css" rel="stylesheet">
</head><body>
<div class="topbar"><div class="w1000"><a href="http://www.people.com.cn/">人民网首页</a>
<a href="http://www.people.cn/">人民日报</a><a href="http://paper.people.com.cn/">电子版</a>
<span class="fr"><a href="#">登录</a><a href="#">注册</a></span></div></div>
<div class="header"><div class="logo"><a href="http://www.people.com.cn/"><img src="/img/2020logo.png" alt="人民网"></a></div>
<div class="nav">{_PEOPLE_NAV}</div></div>
<div class="route w1000"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://politics.people.com.cn/">时政</a></div>
<div class="layout w1000 clearfix">
<div class="col col-1 fl">
<h3 class="pre"></h3>
<h1>全国冬季农田水利基本建设现场会在河南召开</h1>
<h4 class="sub"></h4>
<p class="sou">人民日报记者 周洁</p>
<div class="col-1-1 fl">2026年11月20日08:15 | 来源：<a href="http://paper.people.com.cn/rmrb/pc/layout/202611/20/node_01.html" target="_blank">人民网－人民日报</a></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">本报郑州11月19日电（记者周洁）全国冬季农田水利基本建设现场会19日在河南省新乡市召开。</p>
<p style="text-indent: 2em;">会议要求，今冬明春要加快推进灌区现代化改造，完成高标准农田建设任务8000万亩以上。</p>
<p style="text-indent: 2em;">截至10月底，全国已完成农田水利建设投资1860亿元。</p>
<p style="text-indent: 2em;">《 人民日报 》（ 2026年11月20日 01 版）</p>
<div class="edit cf">(责编：杨光宇、岳弘彬)</div>
</div>
<div class="box_news"><h2>相关新闻</h2><ul>
<li><a href="/n1/2026/1124/c1001-40125678.html">水利部部署冬春农田水利建设</a> 2026-11-24</li>
<li><a href="/n1/2026/1125/c1001-40126789.html">多地抢抓冬闲时节兴修水利</a> 2026-11-25</li></ul></div>
<div class="box_comment"><h2>网友评论</h2><ul>
<li><span class="user">网友“大河之南”</span><span class="time">2026-11-25 21:03</span><p>点赞水利建设！</p></li></ul></div>
</div>
<div class="col col-2 fr"><div class="ph_list"><h2>热点推荐</h2><ul>
<li><a href="/n1/2026/1126/c1001-40127001.html">国务院新闻办公室发布会</a></li>
<li><a href="/n1/2026/1125/c1001-40126999.html">一图读懂今年前10个月经济数据</a></li></ul></div></div>
</div>
<div class="copyright"><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div>
</body></html>""",
    D(2026, 11, 20),
    "人民网: 2026年11月20日08:15 line, /n1/2026/1120/ URL and publishdate meta; the dateline "
    "11月19日电 is the event, comments and related news are newer.",
))

ZH_NEWS.append(Article(
    "xinhua_style",
    "http://www.news.cn/politics/20261120/8f2a3b4c5d6e4f7a8b9c0d1e2f3a4b5c/c.html",
    """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>我国成功发射遥感四十五号卫星-新华网</title>
<meta name="keywords" content="卫星,发射"><meta name="description" content="我国成功发射遥感四十五号卫星">
<meta name="pagetype" content="1">
<link rel="stylesheet" href="//www.news.cn/detail/css/cont_2021.css">
<script src="//www.news.cn/global/js/jquery.min.js"></script>
</head><body>
<div class="topBar"><div class="logo"><a href="http://www.news.cn/"><img src="//www.news.cn/images/logo.png" alt="新华网"></a></div>
<div class="nav"><a href="/politics/">时政</a><a href="/local/">地方</a><a href="/legal/">法治</a><a href="/world/">国际</a>
<a href="/mil/">军事</a><a href="/gangao/">港澳</a><a href="/tw/">台湾</a><a href="/finance/">财经</a><a href="/tech/">科技</a>
<a href="/health/">健康</a><a href="/edu/">教育</a><a href="/sports/">体育</a><a href="/culture/">文化</a></div></div>
<div class="header domPC">
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> 2026</em></span><span class="day"><em> 11</em>/<em>20</em></span><span class="time"> 19:45:03</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">我国成功发射遥感四十五号卫星</span></h1></div>
</div></div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail"><span id="detailContent">
<p>新华社酒泉11月20日电（记者李国利）11月20日18时12分，我国在酒泉卫星发射中心使用长征二号丁运载火箭，成功将遥感四十五号卫星发射升空。</p>
<p>该卫星主要用于开展科学试验、国土资源普查、农作物估产及防灾减灾等领域。</p>
<p>此次任务是长征系列运载火箭的第6xx次飞行。</p>
</span></div>
<div class="editor">【责任编辑:王萌】</div>
<div class="nextpage"><h3>相关新闻</h3><ul>
<li><a href="/tech/20261123/aaa/c.html">我国卫星互联网低轨组网持续推进</a><span>2026-11-23</span></li>
<li><a href="/tech/20261125/bbb/c.html">商业航天迎来发射高峰</a><span>2026-11-25</span></li></ul></div>
</div>
<div class="main-right right"><div class="columBox"><div class="col-tit">新华热榜</div><ul>
<li><a href="/politics/20261126/ccc/c.html">习近平会见外国客人</a></li></ul></div></div>
</div>
<div class="foot"><p>Copyright © 2000-2026 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>
</body></html>""",
    D(2026, 11, 20),
    "新华网: date split over spans (2026 / 11/20 19:45:03) and the /20261120/ URL.",
))

ZH_NEWS.append(Article(
    "portal_163_comments_newer",
    "https://www.163.com/dy/article/JK8H2A3B0512B07B.html",
    """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>广东多地发布寒潮预警 最低气温将降至5℃以下|寒潮_网易订阅</title>
<meta name="keywords" content="寒潮,预警">
<meta property="og:type" content="article">
<meta property="article:author" content="澎湃新闻">
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/dy_media/post/css/post.css">
</head><body>
<div class="N-nav"><div class="N-nav-channel"><a href="https://news.163.com/">新闻</a><a href="https://sports.163.com/">体育</a>
<a href="https://ent.163.com/">娱乐</a><a href="https://money.163.com/">财经</a><a href="https://auto.163.com/">汽车</a>
<a href="https://tech.163.com/">科技</a><a href="https://mobile.163.com/">手机</a><a href="https://fashion.163.com/">女人</a></div></div>
<div class="wrapper clearfix"><div class="post_main">
<h1 class="post_title">广东多地发布寒潮预警 最低气温将降至5℃以下</h1>
<div class="post_info">2026-11-19 07:30:12　来源: <a href="#">澎湃新闻</a>
<img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt=""> <a href="#post_comment_area" class="post_comment_tiecount">参与评论 <span>1823</span></a></div>
<div class="post_body">
<p>据广东省气象台消息，受强冷空气影响，11月21日至23日广东将出现明显降温。</p>
<p>预计粤北市县最低气温将降至5℃以下，部分高海拔山区有霜冻。</p>
<p>气象部门提醒，公众注意添衣保暖，农业生产做好防寒措施。</p>
<p>本文来自网易号，作者澎湃新闻，仅代表作者观点。</p>
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布。</div>
<div class="post_comment" id="post_comment_area"><h3>热门跟贴</h3>
<div class="tie"><span class="from">网易广东省深圳市手机网友</span><span class="time">2026-11-25 08:01:44</span><p>深圳终于要冷了</p></div>
<div class="tie"><span class="from">网易湖南省网友</span><span class="time">2026-11-24 22:13:09</span><p>湖南已经零度了</p></div>
</div>
</div>
<div class="post_side"><div class="side_hot"><h3>热点新闻</h3><ul>
<li><a href="/dy/article/JKA111.html">今冬首场寒潮来袭</a><span>11-25</span></li></ul></div></div></div>
<div class="N-footer">©1997-2026网易公司版权所有 About NetEase | 公司简介 | 联系方法</div>
</body></html>""",
    D(2026, 11, 19),
    "网易订阅 article: post_info 2026-11-19 07:30:12; the 跟贴 comments (11-24, 11-25) and the "
    "forecast days (11月21日至23日) are not it; the URL has no date.",
))

ZH_NEWS.append(Article(
    "cctv_style_meta_and_line",
    "https://news.cctv.com/2026/11/18/ARTIabcDEF123456789.shtml",
    """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>2026年全国粮食总产量再创新高_新闻频道_央视网(cctv.com)</title>
<meta name="spm-id" content="C94212.P4YnMod9m2uD">
<meta name="keywords" content="粮食 产量 国家统计局">
<meta property="og:title" content="2026年全国粮食总产量再创新高">
<meta property="article:published_time" content="2026-11-18T09:00:00+08:00">
<meta name="contentid" content="ARTIabcDEF123456789">
<link type="text/css" rel="stylesheet" href="//p1.img.cctvpic.com/photoAlbum/templet/common/DEPA1547440733693165/style.css">
</head><body>
<div class="head_box"><div class="nav_top"><a href="https://www.cctv.com/">央视网首页</a><a href="https://news.cctv.com/">新闻</a>
<a href="https://sports.cctv.com/">体育</a><a href="https://tv.cctv.com/">电视剧</a><a href="https://tv.cctv.com/yxg/">电影</a>
<a href="https://opinion.cctv.com/">评论</a><a href="https://jingji.cctv.com/">经济</a><a href="https://military.cctv.com/">军事</a></div></div>
<div class="column_wrapper">
<div class="col_w660"><div class="cnt_bd">
<h1>2026年全国粮食总产量再创新高</h1>
<div class="function"><span class="info"><i>央视网</i> <i>2026年11月18日 09:00</i></span>
<span class="ico">A-<b>|</b>A+</span></div>
<div id="content_area">
<p>央视网消息：国家统计局今天（11月18日）发布公告，2026年全国粮食总产量14236亿斤，比上年增加112亿斤。</p>
<p>其中，秋粮产量10518亿斤，比上年增加96亿斤。</p>
<p>专家表示，粮食连续丰收为稳物价、保民生提供了有力支撑。</p>
</div>
<div class="zebian"><span>编辑：刘亮</span><span>责任编辑：张明</span></div>
</div></div>
<div class="col_w300"><div class="md"><h2>推荐阅读</h2><ul>
<li><a href="https://news.cctv.com/2026/11/25/ARTIxyz.shtml">冬小麦播种基本结束</a></li>
<li><a href="https://news.cctv.com/2026/11/24/ARTIqwe.shtml">多地推进高标准农田建设</a></li></ul></div></div>
</div>
<div class="footer">Copyright ©中央广播电视总台 京ICP证060535号 网络视听许可证0102004号</div>
</body></html>""",
    D(2026, 11, 18),
    "央视网: 2026年11月18日 09:00 line, article:published_time and the /2026/11/18/ URL; "
    "the recommended links carry newer URL dates.",
))

ZH_NEWS.append(Article(
    "thepaper_style_meta_only_detail",
    "https://www.thepaper.cn/newsDetail_forward_30123456",
    """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>上海发布2026年“双十一”消费提示_澎湃新闻</title>
<meta name="Keywords" content="消费提示,双十一">
<meta name="Description" content="上海市消保委发布2026年“双十一”消费提示。">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"上海发布2026年“双十一”消费提示","datePublished":"2026-11-09T15:22:31+08:00",
"author":{"@type":"Organization","name":"澎湃新闻"},"publisher":{"@type":"Organization","name":"澎湃新闻"}}</script>
</head><body>
<div id="__next"><header class="header"><a href="/" class="logo">澎湃新闻</a>
<nav><a href="/channel_25950">时事</a><a href="/channel_122908">国际</a><a href="/channel_25951">财经</a>
<a href="/channel_119908">科技</a><a href="/channel_25952">思想</a><a href="/channel_119489">智库</a><a href="/channel_25953">生活</a></nav></header>
<main><div class="index_wrapper"><h1 class="index_title">上海发布2026年“双十一”消费提示</h1>
<div class="ant-space index_left"><div class="index_top">澎湃新闻记者 陈灵</div>
<div class="ant-space-item"><span>2026-11-09 15:22</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div>
<div class="index_cententWrap">
<p>临近“双十一”，上海市消保委9日发布消费提示，提醒消费者理性消费，谨防“先涨后降”。</p>
<p>2025年“双十一”期间，市消保委共受理网购投诉4861件。</p>
<p>责任编辑：李跃群</p></div>
<div class="commentBox"><h3>评论</h3><div class="comment"><span>昨天 21:30</span><p>好</p></div>
<div class="comment"><span>2026-11-20 10:12</span><p>已经买完了</p></div></div>
</div></main>
<footer>沪ICP备14003370号 © 2014-2026 上海东方报业有限公司</footer></div>
</body></html>""",
    D(2026, 11, 9),
    "澎湃: 2026-11-09 15:22 in the header and JSON-LD datePublished; comments are newer.",
))

# ---------------------------------------------------------------------------
# Traditional Chinese: Taiwan (ROC calendar) and Hong Kong
# ---------------------------------------------------------------------------

ZH_TRAD: list[Article] = []

_TW_MENU = "".join(
    f'<li><a href="/cp.aspx?n={1000 + i}" title="{n}">{n}</a></li>'
    for i, n in enumerate(["關於本府", "市政新聞", "公告資訊", "便民服務", "施政計畫", "政府資訊公開",
                           "法規查詢", "主計資訊", "人事資訊", "意見信箱", "雙語詞彙", "網站導覽"])
)

ZH_TRAD.append(Article(
    "tw_gov_roc_fabu_and_gengxin",
    "https://www.taichung.gov.tw/1234/1256/1318/2468013/post",
    f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>臺中市政府-市府新聞-中市推動長照2.0 新增日照中心12處</title>
<meta name="DC.Title" content="中市推動長照2.0 新增日照中心12處">
<meta name="DC.Creator" content="臺中市政府社會局"><meta name="DC.Subject" content="市府新聞">
<meta name="DC.Publisher" content="臺中市政府">
<meta name="DC.Date" content="2026-11-20">
<meta name="Category.Theme" content="340"><meta name="Category.Cake" content="600">
<link rel="stylesheet" href="/css/style.css?v=115">
</head><body>
<a href="#C" class="accesskey" title="中央內容區塊" accesskey="C">:::</a>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="臺中市政府"></a></div>
<ul class="menu">{_TW_MENU}</ul>
<div class="lang"><a href="/en">English</a> <a href="/jp">日本語</a></div></div>
<div class="path"><a href="/">首頁</a> &gt; <a href="/1234/">市政新聞</a> &gt; 市府新聞</div>
<div class="main"><div class="cp">
<h2 class="title">中市推動長照2.0 新增日照中心12處</h2>
<div class="info"><ul>
<li><span>發布日期：</span>115-11-20</li>
<li><span>更新日期：</span>115-11-24</li>
<li><span>發布單位：</span>臺中市政府社會局</li>
<li><span>點閱數：</span>1,204</li></ul></div>
<div class="essay">
<p>臺中市政府持續推動長照2.0，今(115)年新增日間照顧中心12處，全市累計達86處。</p>
<p>社會局表示，日照中心服務時間為週一至週五上午8時至下午5時，服務對象為失能、失智長輩。</p>
<p>相關資訊請洽長照專線1966，或至臺中市長期照顧管理中心網站查詢。</p>
</div>
<div class="file"><h3>相關檔案</h3><ul><li><a href="/media/12345/日照中心一覽表.pdf">日照中心一覽表.pdf</a>（115-11-24）</li></ul></div>
</div>
<div class="side"><h3>最新消息</h3><ul>
<li><a href="/1234/1256/1318/2469001/post">中市冬季旅遊活動開跑</a><span>115-11-25</span></li>
<li><a href="/1234/1256/1318/2468999/post">市長出席產業論壇</a><span>115-11-25</span></li></ul></div></div>
<div class="footer"><p>臺中市政府 407610臺中市西屯區臺灣大道三段99號 總機：04-22289111</p>
<p>Copyright © 2026 Taichung City Government. All Rights Reserved. 最佳瀏覽解析度1280x1024</p>
<p>本網站最後更新日期：115-11-26</p></div>
</body></html>""",
    D(2026, 11, 20),
    "Taiwan gov (ROC 115 = 2026): 發布日期 115-11-20 vs 更新日期 115-11-24; the site's "
    "最後更新日期 and the attachment date are not the article's.",
))

ZH_TRAD.append(Article(
    "tw_cna_style",
    "https://www.cna.com.tw/news/aipl/202611200123.aspx",
    """<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>立法院三讀通過國土計畫法修正案 | 政治 | 中央社 CNA</title>
<meta name="description" content="立法院會今天三讀通過國土計畫法部分條文修正案。">
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="2026/11/20 14:35">
<meta itemprop="dateModified" content="2026/11/20 16:02">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"立法院三讀通過國土計畫法修正案","datePublished":"2026-11-20T14:35:00+08:00",
"dateModified":"2026-11-20T16:02:00+08:00","author":{"@type":"Person","name":"溫貴香"}}</script>
</head><body>
<header class="main-header"><a href="/" class="logo">中央社 CNA</a><nav>
<a href="/list/aall.aspx">即時</a><a href="/list/aipl.aspx">政治</a><a href="/list/aopl.aspx">國際</a>
<a href="/list/acn.aspx">兩岸</a><a href="/list/aie.aspx">產經</a><a href="/list/asc.aspx">證券</a>
<a href="/list/ait.aspx">科技</a><a href="/list/ahel.aspx">生活</a><a href="/list/asoc.aspx">社會</a></nav></header>
<div class="wrapper"><article class="article" data-origin-type-name="政治">
<div class="centralContent"><h1><span>立法院三讀通過國土計畫法修正案</span></h1>
<div class="updatetime"><span>2026/11/20 14:35</span>（11/20 16:02 更新）</div>
<div class="paragraph">
<p>（中央社記者溫貴香台北20日電）立法院會今天三讀通過國土計畫法部分條文修正案，"""
    """明定直轄市、縣（市）國土功能分區圖公告期限延至民國118年4月30日。</p>
<p>內政部表示，修法後將協助地方政府完成國土功能分區劃設作業。</p>
<p>（編輯：林克倫）1151120</p>
</div></div>
<div class="moreArticle"><h2>延伸閱讀</h2><ul>
<li><a href="/news/aipl/202611250045.aspx">立法院臨時會議程確定</a><span>2026/11/25 10:20</span></li>
<li><a href="/news/aipl/202611240312.aspx">朝野協商預算案</a><span>2026/11/24 18:01</span></li></ul></div>
</article></div>
<footer><p>中央通訊社 The Central News Agency 本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p>
<p>© 2026 CNA</p></footer></body></html>""",
    D(2026, 11, 20),
    "CNA: 2026/11/20 14:35 (updated 16:02 same day), JSON-LD, the 202611200123 id; the "
    "ROC 118年4月30日 deadline and 延伸閱讀 dates are not it.",
))

ZH_TRAD.append(Article(
    "hk_gov_press_release",
    "https://www.info.gov.hk/gia/general/202611/20/P2026112000456.htm",
    """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-HK"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>政府統計處公布二〇二六年八月至十月失業率</title>
<link rel="stylesheet" href="/gia/css/gia.css">
<script src="/gia/js/common.js"></script>
</head><body>
<table width="100%" border="0"><tr><td><a href="/gia/general/today_c.htm"><img src="/gia/images/banner_c.gif" alt="新聞公報"></a></td>
<td align="right"><a href="/gia/general/202611/20/P2026112000455.htm">English</a> | <a href="/gia/general/ctoday.htm">今日新聞</a>
| <a href="/gia/general/search_c.htm">搜尋</a> | <a href="/gia/rss/c_index.htm">RSS</a></td></tr></table>
<div id="contentBody">
<span id="PRHeadlineSpan" class="title">政府統計處公布二〇二六年八月至十月失業率</span>
<p id="pressrelease">
政府統計處今日（十一月二十日）公布，經季節性調整的失業率由二〇二六年七月至九月的3.1%，"""
    """維持於二〇二六年八月至十月的3.1%。<br><br>
　　就業不足率由3.9%下跌至3.8%。<br><br>
　　勞工及福利局局長表示，政府會繼續密切留意勞工市場的最新情況。<br><br>
　　二〇二六年九月至十一月的失業率數字將於二〇二六年十二月十七日公布。<br><br>
完<br>
2026年11月20日（星期五）<br>香港時間16時30分</p>
</div>
<div class="footer"><a href="/gia/general/202611/20/ctoday.htm">今日新聞</a> |
<a href="/gia/general/202611/19/ctoday.htm">前一天新聞</a> | <a href="/gia/general/202611/21/ctoday.htm">後一天新聞</a>
<p>2026 | 重要告示 | 私隱政策</p></div>
</body></html>""",
    D(2026, 11, 20),
    "HK government press release: dated 2026年11月20日（星期五） at the end, and the "
    "/202611/20/ URL; the next release date 二〇二六年十二月十七日 and the day links are not it.",
))

ZH_TRAD.append(Article(
    "hk_news_published_and_updated",
    "https://news.example.hk/article/20261120/s00001/7382910",
    """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>港鐵東涌綫延線工程完成七成 明年底通車 - 港聞 - 香港新聞網</title>
<meta property="og:title" content="港鐵東涌綫延線工程完成七成 明年底通車">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/css/article.css">
</head><body>
<div class="header"><a class="logo" href="/">香港新聞網</a>
<ul class="menu"><li><a href="/hk">港聞</a></li><li><a href="/finance">經濟</a></li><li><a href="/china">中國</a></li>
<li><a href="/world">國際</a></li><li><a href="/sport">體育</a></li><li><a href="/ent">娛樂</a></li>
<li><a href="/column">副刊</a></li></ul><div class="today">2026年11月26日 星期四</div></div>
<div class="article-wrap">
<h1 class="headline">港鐵東涌綫延線工程完成七成 明年底通車</h1>
<div class="time"><span class="pub">發佈時間：2026/11/20 06:30</span>
<span class="upd">最後更新：2026/11/21 10:12</span></div>
<div class="article-content">
<p>港鐵公司表示，東涌綫延線工程已完成約七成，預計2027年底通車。</p>
<p>新設的東涌東站將服務約十萬名居民。</p>
<p>運輸及物流局局長昨日（11月19日）視察工地。</p>
</div>
<div class="related"><h3>相關新聞</h3><ul><li><a href="/article/20261125/s00001/1">屯馬綫加密班次</a>
<span>2026/11/25</span></li></ul></div>
</div>
<div class="footer">© 2026 香港新聞網 版權所有</div></body></html>""",
    D(2026, 11, 20),
    "HK news: 發佈時間 2026/11/20 vs 最後更新 2026/11/21; the header clock 2026年11月26日 "
    "and the related list are chrome.",
))

ZH_TRAD.append(Article(
    "tw_gov_minguo_gonggao",
    "https://www.moi.gov.tw/News_Content.aspx?n=4&s=298765",
    f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>內政部全球資訊網-中華民國內政部-公告「建築技術規則」部分條文修正</title>
<meta name="DC.Title" content="公告「建築技術規則」部分條文修正">
<meta name="DC.Publisher" content="內政部">
<link rel="stylesheet" href="/css/main.css">
</head><body>
<div class="top"><a href="/">內政部全球資訊網</a><ul class="menu">{_TW_MENU}</ul>
<span class="clock">今天是民國115年11月26日</span></div>
<div class="path">首頁 &gt; 公告資訊 &gt; 法規公告</div>
<div class="area-essay page-caption-p"><h3>公告「建築技術規則」部分條文修正</h3>
<div class="caption">
<p>公告日期：民國115年11月18日</p>
<p>發文字號：台內國字第1150801234號</p></div>
<div class="essay">
<p>主旨：修正「建築技術規則」建築設計施工編第一百六十四條之一，並自中華民國116年1月1日施行。</p>
<p>依據：建築法第九十七條。</p>
<p>部長 劉世芳</p></div>
</div>
<div class="footer">Copyright © 2026 內政部 版權所有　更新日期：115-11-26</div>
</body></html>""",
    D(2026, 11, 18),
    "Taiwan ministry notice: 公告日期 民國115年11月18日; the ROC clock (115年11月26日), the "
    "116年1月1日 effective day and the site update date are not it.",
))

# ---------------------------------------------------------------------------
# English news (BBC / Guardian / Reuters / AP-style)
# ---------------------------------------------------------------------------

EN_NEWS: list[Article] = []


def _en_nav(items: list[str], base: str) -> str:
    return "".join(
        f'<li class="nav-item"><a href="{base}/{i.lower().replace(" ", "-")}" '
        f'data-link-name="nav : {i}">{i}</a></li>'
        for i in items
    )


_BBC_SECTIONS = ["Home", "News", "Sport", "Business", "Innovation", "Culture", "Arts", "Travel",
                 "Earth", "Audio", "Video", "Live", "World", "UK", "Politics", "Health"]

EN_NEWS.append(Article(
    "bbc_style_time_and_jsonld",
    "https://www.bbc.com/news/articles/c9x4k2m7p3zo",
    f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>Storm Bert: Thousands without power as flooding hits Wales</title>
<meta name="description" content="Thousands of homes remain without power after Storm Bert brought flooding.">
<meta property="og:type" content="article">
<meta property="og:title" content="Storm Bert: Thousands without power as flooding hits Wales">
<meta name="twitter:site" content="@BBCWorld">
<link rel="canonical" href="https://www.bbc.com/news/articles/c9x4k2m7p3zo">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://www.bbc.com/news/articles/c9x4k2m7p3zo","publisher":{{"@type":"NewsMediaOrganization",
"name":"BBC News","logo":{{"@type":"ImageObject","url":"https://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png"}}}},
"datePublished":"2026-11-20T14:32:11.000Z","dateModified":"2026-11-21T09:05:40.000Z",
"headline":"Storm Bert: Thousands without power as flooding hits Wales",
"image":{{"@type":"ImageObject","width":1024,"height":576,"url":"https://ichef.bbci.co.uk/news/1024/branded_news/abc.jpg"}},
"author":[{{"@type":"Person","name":"Tomos Morgan"}}]}}</script>
<script>window.__INITIAL_DATA__="{{\\"timestamp\\":1795677120000,\\"lastUpdated\\":\\"2026-11-26T08:00:00Z\\"}}";</script>
</head><body>
<header data-testid="header-content"><a href="/" aria-label="BBC">BBC</a>
<nav aria-label="BBC"><ul>{_en_nav(_BBC_SECTIONS, "https://www.bbc.com")}</ul></nav></header>
<main id="main-content" data-testid="main-content"><article>
<div data-component="headline-block"><h1 class="sc-518485e5-0">Storm Bert: Thousands without power as flooding hits Wales</h1></div>
<div data-component="byline-block"><div data-testid="byline-new">
<time data-testid="timestamp" datetime="2026-11-20T14:32:11.000Z">20 November 2026</time>
<span data-testid="byline-new-contributors"><span>Tomos Morgan</span><span>BBC Wales</span></span></div></div>
<div data-component="image-block"><figure><img src="https://ichef.bbci.co.uk/news/480/cpsprodpb/abc.jpg" alt="Flooded street">
<figcaption>Pontypridd town centre was flooded on Sunday</figcaption></figure></div>
<div data-component="text-block"><p>Thousands of homes in Wales remain without power after Storm Bert brought widespread flooding.</p></div>
<div data-component="text-block"><p>Natural Resources Wales issued more than 20 flood warnings on Thursday, and the Met Office has a yellow warning for rain in place until 06:00 GMT on Saturday 22 November.</p></div>
<div data-component="text-block"><p>The last storm to cause such damage was Storm Dennis in February 2020.</p></div>
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/news/topics/cx1m7zg0w5zt">Flooding</a></li></ul></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul>
<li><a href="/news/articles/c0r2">Council clean-up continues after floods</a><span><time datetime="2026-11-24T10:00:00Z">2 days ago</time></span></li>
<li><a href="/news/articles/c0r3">Insurers brace for claims</a><span><time datetime="2026-11-25T07:00:00Z">1 day ago</time></span></li></ul></section>
</main>
<footer data-testid="footer"><p>Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.</p></footer>
</body></html>""",
    D(2026, 11, 20),
    "BBC: <time datetime> in the byline and JSON-LD datePublished 2026-11-20 (modified 11-21); "
    "the related <time> elements (11-24/25) and the data blob timestamp are not it.",
))

_GU_SECTIONS = ["News", "Opinion", "Sport", "Culture", "Lifestyle", "World news", "UK news",
                "Climate crisis", "Environment", "Science", "Global development", "Football",
                "Tech", "Business", "Obituaries"]

EN_NEWS.append(Article(
    "guardian_style",
    "https://www.theguardian.com/environment/2026/nov/20/cop31-talks-deal-fossil-fuels",
    f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Cop31 talks end with deal on fossil fuel transition | Cop31 | The Guardian</title>
<meta name="description" content="Negotiators agreed a roadmap after talks overran by a day.">
<meta property="og:url" content="https://www.theguardian.com/environment/2026/nov/20/cop31-talks-deal-fossil-fuels">
<meta property="article:published_time" content="2026-11-20T06:00:07.000Z">
<meta property="article:modified_time" content="2026-11-21T11:02:13.000Z">
<meta property="article:section" content="Environment">
<meta property="article:author" content="https://www.theguardian.com/profile/fionaharvey">
<script type="application/ld+json">[{{"@type":"NewsArticle","@context":"https://schema.org",
"headline":"Cop31 talks end with deal on fossil fuel transition","datePublished":"2026-11-20T06:00:07.000Z",
"dateModified":"2026-11-21T11:02:13.000Z","author":[{{"@type":"Person","name":"Fiona Harvey"}}]}},
{{"@type":"WebPage","@context":"https://schema.org","potentialAction":{{"@type":"ViewAction","target":"android-app://com.guardian/https/www.theguardian.com/environment/2026/nov/20/cop31-talks-deal-fossil-fuels"}}}}]</script>
<script>window.guardian={{"config":{{"page":{{"webPublicationDate":1795154407000,"lastUpdated":1795258933000}}}}}};</script>
</head><body>
<header><a href="/" class="logo">The Guardian</a><nav><ul>{_en_nav(_GU_SECTIONS, "")}</ul></nav></header>
<main data-layout="StandardLayout"><article>
<div data-gu-name="headline"><h1>Cop31 talks end with deal on fossil fuel transition</h1></div>
<div data-gu-name="standfirst"><p>Negotiators in Antalya agreed a roadmap after talks overran by a day</p></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/fionaharvey">Fiona Harvey</a> Environment editor</address>
<details class="dcr-1ybxn6r"><summary><span class="dcr-u0h1qy">Fri 20 Nov 2026 06.00 GMT</span></summary>
<span class="dcr-u0h1qy">Last modified on Sat 21 Nov 2026 11.02 GMT</span></details></div>
<div data-gu-name="body" class="article-body-commercial-selector">
<p>Countries meeting at the Cop31 climate summit in Turkey have agreed a roadmap to transition away from fossil fuels, after talks that ran into Thursday night.</p>
<p>The deal, struck at about 3am local time on Friday, commits developed countries to triple adaptation finance by 2030.</p>
<p>The next summit, Cop32, will be held in Addis Ababa in November 2027.</p>
</div></article>
<section data-component="most-popular"><h2>Most viewed</h2><ol>
<li><a href="/world/2026/nov/25/some-story">A story from Wednesday</a></li>
<li><a href="/uk-news/2026/nov/26/another-story">A story from today</a></li></ol></section>
<section data-component="comments"><h2>Comments (1,204)</h2>
<div class="comment"><a href="/profile/u1">greenreader</a><time datetime="2026-11-22T08:13:00Z">22 Nov 2026 8.13</time><p>Not enough.</p></div></section>
</main>
<footer><p>© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer>
</body></html>""",
    D(2026, 11, 20),
    "Guardian: Fri 20 Nov 2026 06.00 GMT, article:published_time and /2026/nov/20/ URL; "
    "last modified 11-21, comments 11-22 and most-viewed URLs 11-25/26 are not it.",
))

EN_NEWS.append(Article(
    "reuters_style",
    "https://www.reuters.com/world/asia-pacific/japan-cabinet-approves-extra-budget-2026-11-20/",
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Japan's cabinet approves $92 billion extra budget | Reuters</title>
<meta name="description" content="Japan's cabinet approved an extra budget on Friday.">
<meta property="og:type" content="article">
<meta name="article:published_time" content="2026-11-20T07:12:00Z">
<meta name="article:modified_time" content="2026-11-22T01:30:44Z">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Japan's cabinet approves $92 billion extra budget","dateCreated":"2026-11-20T07:12:00Z",
"datePublished":"2026-11-20T07:12:00Z","dateModified":"2026-11-22T01:30:44Z",
"creator":["Makiko Yamazaki"],"isAccessibleForFree":"False"}</script>
</head><body>
<div id="fusion-app"><header class="site-header"><a href="/" aria-label="Reuters home">Reuters</a>
<nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a>
<a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a><a href="/breakingviews/">Breakingviews</a>
<a href="/technology/">Technology</a><a href="/investigations/">Investigations</a><a href="/sports/">Sports</a></nav></header>
<main><article class="article__container">
<nav aria-label="Tags"><a href="/world/">World</a><a href="/world/asia-pacific/">Asia Pacific</a></nav>
<h1 data-testid="Heading">Japan's cabinet approves $92 billion extra budget</h1>
<div class="article-info"><span data-testid="Body">By <a href="/authors/makiko-yamazaki/">Makiko Yamazaki</a></span>
<div class="date-line__date-container"><time datetime="2026-11-20T07:12:00Z">
<span class="date-line__date___kNbY">November 20, 2026</span><span class="date-line__date___kNbY">3:12 PM GMT+8</span>
<span class="date-line__date___kNbY">Updated 4 days ago</span></time></div></div>
<div class="article-body__content">
<p data-testid="paragraph-0">TOKYO, Nov 20 (Reuters) - Japan's cabinet on Friday approved a 13.9 trillion yen ($92 billion) extra budget to fund a stimulus package, with parliament expected to pass it by Dec. 17.</p>
<p data-testid="paragraph-1">The Bank of Japan's next policy meeting is on Dec. 18-19.</p>
<p data-testid="paragraph-2">Reporting by Makiko Yamazaki; Editing by Kim Coghill</p>
<p class="trust">Our Standards: <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></p>
</div></article>
<aside><h2>Read Next</h2><ul>
<li><a href="/markets/asia/nikkei-ends-higher-2026-11-25/">Nikkei ends higher</a><time datetime="2026-11-25T06:30:00Z">November 25, 2026</time></li>
<li><a href="/world/japan/boj-signals-2026-11-24/">BOJ signals</a><time datetime="2026-11-24T03:00:00Z">November 24, 2026</time></li></ul></aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes. © 2026 Reuters. All rights reserved</p></footer></div>
</body></html>""",
    D(2026, 11, 20),
    "Reuters: <time datetime=2026-11-20T07:12Z> with 'Updated 4 days ago', URL slug ending "
    "2026-11-20, JSON-LD; Read Next items are 11-24/25.",
))

EN_NEWS.append(Article(
    "ap_style_bsp_timestamp",
    "https://apnews.com/article/wildfire-california-evacuation-9f8e7d6c5b4a3210fedcba9876543210",
    """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Wildfire forces evacuations in Southern California foothills | AP News</title>
<meta name="description" content="A fast-moving wildfire forced thousands to evacuate.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-19T14:14:00">
<meta property="article:modified_time" content="2026-11-20T18:01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Wildfire forces evacuations in Southern California foothills",
"datePublished":"2026-11-19T14:14:00Z","dateModified":"2026-11-20T18:01:00Z",
"author":[{"@type":"Person","name":"Christopher Weber"}]}</script>
</head><body class="StoryPage">
<bsp-header class="Page-header"><a class="Page-header-logo" href="/">AP</a>
<nav class="Page-header-navigation"><ul><li><a href="/world-news">World</a></li><li><a href="/us-news">U.S.</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li>
<li><a href="/business">Business</a></li><li><a href="/science">Science</a></li><li><a href="/fact-check">Fact Check</a></li>
<li><a href="/oddities">Oddities</a></li><li><a href="/health">Health</a></li><li><a href="/climate-and-environment">Climate</a></li></ul></nav></bsp-header>
<main class="Page-main"><div class="Page-storyBody">
<h1 class="Page-headline">Wildfire forces evacuations in Southern California foothills</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="/author/christopher-weber">CHRISTOPHER WEBER</a></div>
<div class="Page-dateModified"><div class="Page-datePublished">Published
<bsp-timestamp data-timestamp="1795097640000" data-type="datetime" data-et-v2="">
<span data-date="">10:14 PM GMT+8, November 19, 2026</span></bsp-timestamp></div>
Updated <bsp-timestamp data-timestamp="1795197660000" data-type="datetime"><span data-date="">2:01 AM GMT+8, November 21, 2026</span></bsp-timestamp></div></div>
<div class="RichTextStoryBody RichTextBody">
<p>LOS ANGELES (AP) — A fast-moving wildfire fueled by Santa Ana winds forced thousands of people to evacuate from foothill communities Wednesday.</p>
<p>The fire had burned about 4,000 acres (1,620 hectares) by Thursday morning, Cal Fire said.</p>
<p>Red flag warnings remain in effect through Saturday.</p>
</div></div>
<div class="PageList-items"><h2>Related Stories</h2>
<div class="PagePromo"><a href="/article/abc">Evacuation orders lifted</a><bsp-timestamp data-timestamp="1795600000000"><span>November 25, 2026</span></bsp-timestamp></div></div>
</main>
<footer class="Page-footer"><p>Copyright 2026 The Associated Press. All Rights Reserved.</p></footer>
</body></html>""",
    D(2026, 11, 19),
    "AP: 'Published 10:14 PM GMT+8, November 19, 2026' (14:14 UTC on 11-19) vs 'Updated "
    "2:01 AM GMT+8, November 21, 2026'; JSON-LD datePublished 2026-11-19. Published wins.",
))

EN_NEWS.append(Article(
    "local_paper_updated_visible_published_meta",
    "https://www.examplegazette.com/news/local/council-approves-new-budget/article_8c1e2f3a-9b7d-11ef-8a4b-0f1e2d3c4b5a.html",
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new budget | Local News | examplegazette.com</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-18T17:45:00-05:00">
<meta property="article:modified_time" content="2026-11-24T09:10:00-05:00">
<meta name="tncms-access-version" content="1">
<link rel="stylesheet" href="https://bloximages.newyork1.vip.townnews.com/examplegazette.com/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">
</head><body>
<header id="site-header"><a href="/" class="logo">The Example Gazette</a>
<nav><a href="/news/">News</a><a href="/news/local/">Local</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a>
<a href="/obituaries/">Obituaries</a><a href="/classifieds/">Classifieds</a><a href="/e-edition/">e-Edition</a></nav>
<div class="weather">Today: 41°F, Partly cloudy</div></header>
<div id="main-page-container"><article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline"><span class="asset-headline">Council approves new budget</span></h1>
<ul class="list-inline asset-byline"><li><span itemprop="author">By Jane Miller Staff writer</span></li></ul>
<ul class="list-inline"><li class="hidden-print"><time datetime="2026-11-24T09:10:00-05:00" class="tnt-date asset-date text-muted">Updated Nov 24, 2026</time></li></ul>
<meta itemprop="datePublished" content="2026-11-18T17:45:00-05:00">
<div class="asset-content subscriber-premium" itemprop="articleBody">
<p>The city council voted 5-2 on Tuesday night to approve a $48.6 million budget for fiscal year 2027, which begins July 1, 2027.</p>
<p>The budget includes a 3% raise for city employees and funds two new firefighter positions.</p>
<p>A public hearing on the capital plan is scheduled for Dec. 9.</p>
<p><em>This story was updated Nov. 24 to correct the vote count.</em></p>
</div></article>
<aside><h3>Most Popular</h3><ul><li><a href="/news/local/x/article_1.html">Holiday parade route announced</a> <span>Nov 25, 2026</span></li></ul></aside></div>
<footer><p>© Copyright 2026 The Example Gazette, 100 Main St, Springfield | Terms of Use | Privacy Policy</p></footer>
</body></html>""",
    D(2026, 11, 18),
    "TownNews local paper: only 'Updated Nov 24, 2026' is visible; the published_time meta and "
    "itemprop datePublished say 2026-11-18, the original publication.",
))

# ---------------------------------------------------------------------------
# WordPress, Drupal, Medium/Substack-like, press release
# ---------------------------------------------------------------------------

BLOGS: list[Article] = []

_WP_HEAD = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {site}</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>
<link rel='stylesheet' id='twentytwentyone-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.4' media='all'>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{extra}
</head>
"""

_WP_SIDEBAR = """<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" action="/">
<input type="search" name="s"><input type="submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/2026/11/24/winter-pruning-roses/">Winter pruning for roses</a><span class="post-date">November 24, 2026</span></li>
<li><a href="/2026/11/21/garlic-planting/">Planting garlic late in the season</a><span class="post-date">November 21, 2026</span></li>
<li><a href="/2026/11/15/leaf-mould/">Making leaf mould</a><span class="post-date">November 15, 2026</span></li></ul></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>
<li class="recentcomments"><span class="comment-author-link">Marge</span> on <a href="/2026/11/21/garlic-planting/#comment-812">Planting garlic late</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="/2026/11/">November 2026</a></li><li><a href="/2026/10/">October 2026</a></li><li><a href="/2026/09/">September 2026</a></li>
<li><a href="/2026/08/">August 2026</a></li><li><a href="/2025/12/">December 2025</a></li></ul></section></aside>"""

BLOGS.append(Article(
    "wp_entry_date_updated_and_comments",
    "https://thegrowingpatch.example.org/how-to-overwinter-dahlias/",
    _WP_HEAD.format(title="How to overwinter dahlias", site="The Growing Patch", extra="")
    + """<body class="post-template-default single single-post postid-2231 single-format-standard">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/">The Growing Patch</a></p><p class="site-description">Notes from an allotment</p></div>
<nav id="site-navigation" class="primary-navigation"><ul id="primary-menu-list" class="menu-wrapper">
<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about/">About</a></li>
<li class="menu-item"><a href="/category/vegetables/">Vegetables</a></li><li class="menu-item"><a href="/category/flowers/">Flowers</a></li>
<li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard hentry category-flowers">
<header class="entry-header alignwide"><h1 class="entry-title">How to overwinter dahlias</h1></header>
<div class="entry-content">
<p>Once the first frost has blackened the foliage, it is time to lift your dahlia tubers.</p>
<p>Cut the stems back to about 15cm, lift the tubers carefully with a fork and let them dry upside down for a week.</p>
<p><strong>Update (22 November 2026):</strong> several readers asked about storing in vermiculite, so I've added a section below.</p>
<h2>Storing in vermiculite</h2><p>Pack the tubers in a crate of barely damp vermiculite and keep them somewhere frost-free until April.</p>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published
<time class="entry-date published" datetime="2026-10-05T08:12:44+01:00">October 5, 2026</time>
<time class="updated" datetime="2026-11-22T19:40:02+00:00">November 22, 2026</time></span>
<span class="byline">By <a href="/author/sue/" rel="author">Sue</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/flowers/" rel="category tag">Flowers</a></span></div></footer>
</article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments</h2>
<ol class="comment-list">
<li id="comment-801" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Marge</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-801"><time datetime="2026-11-23T10:02:11+00:00">November 23, 2026 at 10:02 am</time></a></div></footer>
<div class="comment-content"><p>Do you wrap them in newspaper too?</p></div></article></li>
<li id="comment-805" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Dev</b></div>
<div class="comment-metadata"><a href="#comment-805"><time datetime="2026-11-25T21:30:00+00:00">November 25, 2026 at 9:30 pm</time></a></div></footer>
<div class="comment-content"><p>Vermiculite worked for me last winter.</p></div></article></li></ol></div>
</main>""" + _WP_SIDEBAR + """</div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">The Growing Patch</div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>. © 2026</div></div></footer></div>
</body></html>""",
    D(2026, 10, 5),
    "WordPress: time.entry-date.published 2026-10-05 vs time.updated 2026-11-22; comments "
    "(11-23, 11-25), the in-text update note and recent posts are newer and not it.",
))

BLOGS.append(Article(
    "wp_last_updated_prominent_yoast",
    "https://www.moneysavvyhome.example.com/best-high-yield-savings-accounts/",
    _WP_HEAD.format(title="Best high-yield savings accounts", site="Money Savvy Home", extra="""
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-03T12:00:00+00:00">
<meta property="article:modified_time" content="2026-11-23T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Article","@id":"https://www.moneysavvyhome.example.com/best-high-yield-savings-accounts/#article",
"headline":"Best high-yield savings accounts","datePublished":"2025-03-03T12:00:00+00:00",
"dateModified":"2026-11-23T08:30:00+00:00","author":{"name":"Priya Shah"}},
{"@type":"WebPage","@id":"https://www.moneysavvyhome.example.com/best-high-yield-savings-accounts/",
"datePublished":"2025-03-03T12:00:00+00:00","dateModified":"2026-11-23T08:30:00+00:00"},
{"@type":"WebSite","@id":"https://www.moneysavvyhome.example.com/#website","name":"Money Savvy Home"}]}</script>""")
    + """<body class="post-template-default single single-post">
<header class="site-header"><a href="/" class="custom-logo-link">Money Savvy Home</a>
<nav><ul><li><a href="/banking/">Banking</a></li><li><a href="/credit-cards/">Credit Cards</a></li>
<li><a href="/investing/">Investing</a></li><li><a href="/mortgages/">Mortgages</a></li><li><a href="/tools/">Calculators</a></li></ul></nav></header>
<main class="site-main"><article class="post type-post">
<div class="ast-breadcrumbs"><a href="/">Home</a> » <a href="/banking/">Banking</a> » Best high-yield savings accounts</div>
<h1 class="entry-title">Best high-yield savings accounts (December 2026)</h1>
<div class="post-meta-box"><span class="last-updated">Last updated: November 23, 2026</span>
<span class="reviewed">Fact checked by Tom Reyes</span></div>
<div class="entry-content">
<div class="disclosure">Advertiser disclosure: we may earn a commission from partners.</div>
<p>Rates below are accurate as of November 23, 2026. The Federal Reserve's next meeting is December 15–16, 2026.</p>
<table><tr><th>Bank</th><th>APY</th><th>Rate as of</th></tr>
<tr><td>Example Bank</td><td>4.10%</td><td>11/23/2026</td></tr><tr><td>Sample Credit Union</td><td>3.95%</td><td>11/22/2026</td></tr></table>
<p>Original article published March 3, 2025.</p>
</div>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2025-03-03T12:00:00+00:00">March 3, 2025</time></span>
<span class="byline"> by <span class="author vcard">Priya Shah</span></span></div>
</article></main>
<footer class="site-footer"><p>© 2026 Money Savvy Home. All rights reserved.</p></footer>
</body></html>""",
    D(2025, 3, 3),
    "Money blog refreshed monthly: 'Last updated: November 23, 2026' is prominent and the title "
    "says December 2026, but the original publication (entry-date.published, Yoast "
    "datePublished, article:published_time) is 2025-03-03.",
))

BLOGS.append(Article(
    "wp_no_visible_date_url_date",
    "https://stitchandstory.example.net/2026/09/14/fair-isle-yoke-pattern-notes/",
    _WP_HEAD.format(title="Fair Isle yoke pattern notes", site="Stitch &amp; Story", extra="")
    + """<body class="post-template-default single single-post postid-918">
<header class="site-header"><h1 class="site-title"><a href="/">Stitch &amp; Story</a></h1>
<nav class="main-navigation"><ul><li><a href="/patterns/">Patterns</a></li><li><a href="/tutorials/">Tutorials</a></li>
<li><a href="/shop/">Shop</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div class="site-content"><main>
<article class="post-918 post type-post status-publish format-standard has-post-thumbnail hentry category-patterns">
<h2 class="entry-title">Fair Isle yoke pattern notes</h2>
<div class="entry-content">
<p>I've had lots of questions about the colourwork chart in the Harbour Yoke, so here are my notes.</p>
<p>Use a 3.5mm needle for the chart rounds and go up half a size if you knit colourwork tightly.</p>
<p>The test knit ran from August 1 to August 28, and the pattern launches in the shop on December 1.</p>
</div>
<div class="entry-meta"><span class="cat-links">Posted in <a href="/category/patterns/">Patterns</a></span>
<span class="comments-link"><a href="#respond">Leave a comment</a></span></div>
</article></main>""" + _WP_SIDEBAR + """</div>
<footer class="site-footer">© 2026 Stitch &amp; Story · Theme by Anders Norén</footer>
</body></html>""",
    D(2026, 9, 14),
    "WordPress theme that hides the post date: the permalink /2026/09/14/ is the publication "
    "day; the Recent Posts dates (11-15..11-24), archives and the December 1 launch are not.",
))

_DRUPAL_HEAD = """<!DOCTYPE html><html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<title>{title} | {site}</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2f1a9b">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentLanguage":"en"}},"ajaxPageState":{{"theme":"olivero"}}}}</script>
</head>
"""

BLOGS.append(Article(
    "drupal_us_agency_submitted_rdfa",
    "https://www.countyexample.gov/news/county-opens-winter-warming-centers",
    _DRUPAL_HEAD.format(title="County opens winter warming centers", site="Example County, OH", nid=4821)
    + """<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="site-header" role="banner">
<div class="usa-banner">An official website of Example County, Ohio</div>
<a href="/" rel="home" class="site-branding__logo">Example County</a>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"><ul class="menu primary-nav__menu">
<li class="menu-item--expanded"><a href="/departments">Departments</a><ul><li><a href="/auditor">Auditor</a></li>
<li><a href="/board-of-elections">Board of Elections</a></li><li><a href="/engineer">Engineer</a></li><li><a href="/health">Public Health</a></li>
<li><a href="/job-and-family-services">Job and Family Services</a></li><li><a href="/sheriff">Sheriff</a></li><li><a href="/treasurer">Treasurer</a></li></ul></li>
<li><a href="/services">Services</a></li><li><a href="/government">Government</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="4821" about="/news/county-opens-winter-warming-centers" typeof="schema:Article" class="node node--type-news node--view-mode-full">
<span property="schema:name" content="County opens winter warming centers" class="hidden"></span>
<span property="dc:date dc:created" content="2026-11-19T10:42:00-05:00" class="rdf-meta hidden"></span>
<h1 class="title page-title"><span class="field field--name-title">County opens winter warming centers</span></h1>
<div class="node__meta"><span>Submitted by <span class="field field--name-uid"><span lang="" about="/user/12" typeof="schema:Person" property="schema:name">pio_admin</span></span>
on <span class="field field--name-created">Thu, 11/19/2026 - 10:42</span></span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>Example County will open three warming centers beginning Monday, November 30, when overnight temperatures are forecast to drop below 20 degrees.</p>
<p>The centers will remain open through March 15, 2027.</p>
<p>For more information, call 211.</p></div>
<div class="field field--name-field-news-category"><a href="/news/category/public-health">Public Health</a></div></div>
</article>
<div class="views-element-container"><h2>Recent News</h2><div class="view-content">
<div class="views-row"><a href="/news/road-closure-sr-4">Road closure on SR 4</a> <time datetime="2026-11-25T12:00:00Z">11/25/2026</time></div>
<div class="views-row"><a href="/news/commissioners-meeting">Commissioners meeting agenda</a> <time datetime="2026-11-23T12:00:00Z">11/23/2026</time></div></div></div>
</main>
<footer class="site-footer"><p>Example County Administration Building, 123 Court St.</p><p>© 2026 Example County, Ohio</p></footer></div>
</body></html>""",
    D(2026, 11, 19),
    "Drupal: 'Submitted by ... on Thu, 11/19/2026 - 10:42' (US order) and the RDFa dc:date; "
    "the warming centers open 11-30, recent news 11-23/25.",
))

BLOGS.append(Article(
    "drupal_uk_council_published_last_updated",
    "https://www.examplebridge.gov.uk/news/garden-waste-collections-change",
    _DRUPAL_HEAD.format(title="Garden waste collections change", site="Examplebridge Borough Council", nid=1187)
    + """<body class="path-node page-node-type-localgov-news-article">
<header class="lgd-header"><div class="lgd-header__inner"><a href="/" class="lgd-header__logo">Examplebridge Borough Council</a>
<form class="lgd-header__search" action="/search"><input type="search" name="s" placeholder="Search"></form></div>
<nav class="lgd-header__nav"><ul><li><a href="/bins-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/housing">Housing</a></li><li><a href="/planning">Planning</a></li><li><a href="/parking">Parking and roads</a></li>
<li><a href="/jobs">Jobs</a></li></ul></nav></header>
<main class="main"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></nav>
<article class="localgov-news-article">
<h1>Garden waste collections change</h1>
<div class="localgov-news-article__date">Published: 12 August 2025</div>
<div class="text-formatted"><p>From 1 October 2025, garden waste collections will move to a subscription service costing £52 a year.</p>
<p>Residents who subscribe by 15 September 2025 will receive a £5 discount.</p>
<p>Collections are suspended over Christmas, from 22 December 2026 to 2 January 2027.</p></div>
<div class="localgov-news-article__updated">Last updated: 20 November 2026</div>
</article>
<aside class="localgov-news-sidebar"><h2>Latest news</h2><ul>
<li><a href="/news/christmas-opening-hours">Christmas opening hours</a> <span>24 November 2026</span></li>
<li><a href="/news/town-centre-lights">Town centre lights switch-on</a> <span>21 November 2026</span></li></ul></aside>
</main>
<footer class="lgd-footer"><p>© Examplebridge Borough Council 2026</p></footer>
</body></html>""",
    D(2025, 8, 12),
    "LocalGov Drupal: 'Published: 12 August 2025' vs 'Last updated: 20 November 2026'; the "
    "service dates and the latest news are not it.",
))

BLOGS.append(Article(
    "medium_style_yearless_visible",
    "https://medium.com/@lena.kovacs/what-i-learned-migrating-a-monolith-to-event-sourcing-3f9a8b7c6d5e",
    """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>What I learned migrating a monolith to event sourcing | by Lena Kovacs | Medium</title>
<meta data-rh="true" name="description" content="Six months, three rewrites and one very long outage.">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="2026-11-20T16:41:22.318Z">
<meta data-rh="true" name="author" content="Lena Kovacs">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"image":["https://miro.medium.com/v2/resize:fit:1200/1*abc.png"],"url":"https://medium.com/@lena.kovacs/what-i-learned-3f9a8b7c6d5e",
"dateCreated":"2026-11-20T16:41:22.318Z","datePublished":"2026-11-20T16:41:22.318Z","dateModified":"2026-11-22T08:01:10.542Z",
"headline":"What I learned migrating a monolith to event sourcing","name":"What I learned migrating a monolith to event sourcing",
"description":"Six months, three rewrites and one very long outage.","identifier":"3f9a8b7c6d5e",
"author":{"@type":"Person","name":"Lena Kovacs","url":"https://medium.com/@lena.kovacs"},
"creator":["Lena Kovacs"],"publisher":{"@type":"Organization","name":"Medium","url":"https://medium.com/"},
"mainEntityOfPage":"https://medium.com/@lena.kovacs/what-i-learned-3f9a8b7c6d5e"}</script>
<script>window.__APOLLO_STATE__ = {"Post:3f9a8b7c6d5e":{"firstPublishedAt":1795192882318,"latestPublishedAt":1795363270542,"updatedAt":1795363270542}};</script>
</head><body><div id="root"><div class="a b c">
<div class="l m"><a aria-label="Homepage" href="/">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></div>
<article><div class="l"><section><div class="pw-post-title"><h1 data-testid="storyTitle" class="pw-post-title">What I learned migrating a monolith to event sourcing</h1></div>
<div class="speechify-ignore"><div class="pw-author"><a href="/@lena.kovacs" rel="noopener follow">Lena Kovacs</a></div>
<div class="ab q"><span data-testid="storyReadTime">9 min read</span><span class="hy">·</span><span data-testid="storyPublishDate">Nov 20</span></div></div>
<p class="pw-post-body-paragraph">Six months ago our team decided to move our order system to event sourcing.</p>
<p class="pw-post-body-paragraph">We planned the cut-over for March 14, but it slipped to June 2.</p>
<p class="pw-post-body-paragraph">Here is what I would do differently.</p>
</section></div></article>
<div class="responses"><h2>Responses (14)</h2>
<div class="response"><a href="/@sam">Sam Ortiz</a><span>Nov 24</span><p>Great write-up.</p></div>
<div class="response"><a href="/@jo">Jo Park</a><span>3 days ago</span><p>Did you use Kafka?</p></div></div>
<div class="more-from"><h2>More from Lena Kovacs</h2>
<div><a href="/@lena.kovacs/x">Postgres partitioning in practice</a><span>Oct 2</span></div>
<div><a href="/@lena.kovacs/y">Notes on SRE interviews</a><span>Dec 12, 2025</span></div></div>
<footer><a href="https://help.medium.com/">Help</a><a href="https://medium.statuspage.io/">Status</a><a href="/about">About</a></footer>
</div></div></body></html>""",
    D(2026, 11, 20),
    "Medium: the visible date is year-less ('Nov 20'); article:published_time and JSON-LD "
    "datePublished give 2026-11-20 (modified 11-22). Responses ('Nov 24') are newer.",
))

BLOGS.append(Article(
    "substack_style",
    "https://northernledger.substack.com/p/the-housing-numbers-nobody-is-talking",
    """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>The housing numbers nobody is talking about - The Northern Ledger</title>
<meta property="og:type" content="article">
<meta name="author" content="Ruth Adeyemi">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://northernledger.substack.com/p/the-housing-numbers-nobody-is-talking","mainEntityOfPage":"https://northernledger.substack.com/p/the-housing-numbers-nobody-is-talking",
"headline":"The housing numbers nobody is talking about","description":"Completions are down 14% and the pipeline is thinner.",
"datePublished":"2026-11-18T11:03:48+00:00","dateModified":"2026-11-18T11:03:48+00:00",
"isAccessibleForFree":true,"author":[{"@type":"Person","name":"Ruth Adeyemi","url":"https://substack.com/@ruthadeyemi"}],
"publisher":{"@type":"Organization","name":"The Northern Ledger"}}</script>
<script>window._preloads = JSON.parse("{\\"post\\":{\\"post_date\\":\\"2026-11-18T11:03:48.000Z\\",\\"updated_at\\":\\"2026-11-25T19:00:00.000Z\\"}}")</script>
</head><body><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><a href="/" class="navbar-title-link">The Northern Ledger</a>
<a href="/subscribe" class="button primary">Subscribe</a><a href="/archive">Archive</a><a href="/about">About</a></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">The housing numbers nobody is talking about</h1>
<h3 class="subtitle">Completions are down 14% and the pipeline is thinner</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@ruthadeyemi">Ruth Adeyemi</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Nov 18, 2026</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>The latest quarterly figures, published on October 30, show completions down 14% year on year.</p>
<p>The next release is due on January 29, 2027.</p>
<p>Thanks for reading The Northern Ledger! Subscribe for free to receive new posts.</p></div></div>
</article>
<div class="comments-section"><h4>Discussion about this post</h4>
<div class="comment"><a href="#">Pete M</a><div class="comment-meta">Nov 24</div><p>Good analysis.</p></div>
<div class="comment"><a href="#">Alison</a><div class="comment-meta">Nov 25</div><p>What about rentals?</p></div></div>
<div class="post-footer"><h3>Ready for more?</h3><div class="portable-archive-list">
<div class="post-preview"><a href="/p/budget-preview">Budget preview</a><time datetime="2026-11-25T08:00:00.000Z">Nov 25</time></div></div></div>
</div></div></div>
<div class="footer-wrap"><p>© 2026 Ruth Adeyemi · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a></p></div>
</body></html>""",
    D(2026, 11, 18),
    "Substack: 'Nov 18, 2026' in post-meta and JSON-LD datePublished; comments (Nov 24/25), "
    "the archive preview and the preload updated_at are newer.",
))

BLOGS.append(Article(
    "press_release_for_immediate_release",
    "https://www.northwindrobotics.example.com/newsroom/northwind-robotics-opens-ohio-plant",
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Northwind Robotics Opens $120 Million Plant in Dayton, Ohio | Newsroom</title>
<meta name="description" content="Northwind Robotics today opened a new manufacturing plant in Dayton.">
<link rel="stylesheet" href="/assets/css/newsroom.min.css">
</head><body>
<header class="nw-header"><a href="/" class="nw-logo">Northwind Robotics</a>
<nav><a href="/products">Products</a><a href="/industries">Industries</a><a href="/careers">Careers</a>
<a href="/investors">Investors</a><a href="/newsroom">Newsroom</a><a href="/contact">Contact</a></nav></header>
<main class="newsroom-article">
<p class="kicker">Press Release</p>
<h1>Northwind Robotics Opens $120 Million Plant in Dayton, Ohio</h1>
<h2 class="subhead">Facility will create 450 jobs by 2028</h2>
<div class="release-body">
<p><strong>FOR IMMEDIATE RELEASE — November 20, 2026</strong></p>
<p>DAYTON, Ohio — Northwind Robotics, Inc. (NASDAQ: NWRB) today opened its new 300,000-square-foot manufacturing plant in Dayton, Ohio.</p>
<p>The company reported third-quarter revenue of $212 million for the quarter ended September 30, 2026, and will present at an investor day on December 3, 2026.</p>
<p>“Dayton has the workforce we need,” said CEO Maria Lopez.</p>
<p><strong>About Northwind Robotics</strong><br>Founded in 2011, Northwind Robotics builds autonomous mobile robots for warehouses.</p>
<p><strong>Media contact:</strong><br>Dana Whitfield<br>press@northwindrobotics.example.com<br>+1 (937) 555-0142</p>
<p style="text-align:center">###</p></div>
<section class="more-news"><h3>More news</h3><ul>
<li><a href="/newsroom/q3-results">Northwind reports third-quarter 2026 results</a> <span>November 5, 2026</span></li>
<li><a href="/newsroom/new-cfo">Northwind names new CFO</a> <span>October 14, 2026</span></li></ul></section>
</main>
<footer><p>© 2011–2026 Northwind Robotics, Inc. All rights reserved.</p></footer>
</body></html>""",
    D(2026, 11, 20),
    "Press release: 'FOR IMMEDIATE RELEASE — November 20, 2026' is its only own date; the "
    "quarter end, investor day and More news dates are not it.",
))

# ---------------------------------------------------------------------------
# Sidebar-only dates, newer comments, no date at all
# ---------------------------------------------------------------------------

TRICKY: list[Article] = []

TRICKY.append(Article(
    "zh_gov_sidebar_only",
    "https://www.example-xian.gov.cn/zjxa/xagk/content_4417.html",
    zh_gov_page(
        site="西安市人民政府",
        title="西安简介",
        crumbs='<a href="/zjxa/">走进西安</a> &gt; <a href="/zjxa/xagk/">市情概况</a>',
        meta_line='<span>来源：市地方志办公室</span>',
        body=_zh_paras(0, [
            "西安，古称长安、镐京，是陕西省省会、副省级市、关中平原城市群核心城市。",
            "全市下辖11个区、2个县，总面积10108平方公里。截至2025年末，全市常住人口1316.3万人。",
            "西安是中华文明和中华民族的重要发祥地之一，先后有十三个王朝在此建都。",
        ]),
        side=_zh_sidebar("相关文章", [("西安市2026年国民经济运行情况", "2026-11-24"),
                                   ("西安入选2026年国家文化和旅游消费示范城市", "2026-11-20")])
             + _zh_sidebar("最新发布", _RECENT_ZH),
    ),
    None,
    "A profile page with no date of its own: 2025年末 is a statistics reference, and the "
    "sidebars (相关文章, 最新发布) carry other articles' dates, which must not be taken.",
))

TRICKY.append(Article(
    "en_blog_related_posts_only",
    "https://www.trailnotes.example.com/guides/packing-list-winter-hiking",
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Winter hiking packing list | Trail Notes</title>
<meta name="description" content="Everything we carry on a winter day hike.">
<link rel="stylesheet" href="/css/site.css">
</head><body>
<header><a href="/" class="brand">Trail Notes</a><nav><a href="/guides/">Guides</a><a href="/trip-reports/">Trip reports</a>
<a href="/gear/">Gear reviews</a><a href="/about/">About</a><a href="/newsletter/">Newsletter</a></nav></header>
<main><article class="guide">
<h1>Winter hiking packing list</h1>
<p class="byline">By the Trail Notes team</p>
<div class="guide-body"><p>Winter day hikes need more than your summer kit. Here is everything we carry.</p>
<h2>Layers</h2><ul><li>Merino base layer</li><li>Fleece mid layer</li><li>Insulated jacket</li><li>Waterproof shell</li></ul>
<h2>Safety</h2><ul><li>Headlamp and spare batteries</li><li>Map, compass and a charged phone</li><li>Microspikes</li></ul>
<p>Daylight is short between November and February, so start early.</p></div>
</article>
<aside class="related-posts"><h2>Related posts</h2>
<article class="card"><a href="/trip-reports/snowdon-horseshoe/">Snowdon Horseshoe in the snow</a><time datetime="2026-11-22">November 22, 2026</time></article>
<article class="card"><a href="/gear/best-microspikes/">Best microspikes of 2026</a><time datetime="2026-11-10">November 10, 2026</time></article>
<article class="card"><a href="/guides/avalanche-basics/">Avalanche basics</a><time datetime="2026-11-25">November 25, 2026</time></article></aside>
<aside class="widget recent"><h3>Recent posts</h3><ul><li><a href="/a/">Ben Nevis by the tourist path</a> <span>Nov 24, 2026</span></li></ul></aside>
</main>
<footer><p>© 2019–2026 Trail Notes. Affiliate links may earn us a commission.</p></footer>
</body></html>""",
    None,
    "An evergreen guide with no date of its own; all dates belong to related/recent posts.",
))

TRICKY.append(Article(
    "zh_article_comments_newer",
    "https://www.example-dy.gov.cn/hdjl/zxft/202606/t20260603_5512.html",
    zh_gov_page(
        site="德阳市人民政府",
        title="“民生热线”在线访谈：聚焦城乡居民医保参保缴费",
        crumbs='<a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/zxft/">在线访谈</a>',
        meta_line='<span>2026-06-03</span><span>来源：市医保局</span>',
        body=_zh_paras(0, [
            "主持人：各位网友大家好，今天我们邀请到市医保局的负责同志，就2027年度城乡居民医保参保缴费问题与大家交流。",
            "嘉宾：2027年度城乡居民医保集中缴费期为2026年9月1日至12月31日。",
            "主持人：感谢嘉宾的解答，本期访谈到此结束。",
        ]),
        after='<div class="comment-list"><h3>网友留言</h3><ul>'
              '<li><span class="name">网友138****2210</span><span class="time">发表于 2026-11-25 14:22</span>'
              '<p>请问灵活就业人员如何缴费？</p><p class="reply">回复：请通过“天府通办”办理。（2026-11-25）</p></li>'
              '<li><span class="name">网友139****0088</span><span class="time">发表于 2026-11-18 09:05</span>'
              '<p>缴费截止日期是哪天？</p></li></ul></div>',
    ),
    D(2026, 6, 3),
    "The interview is dated 2026-06-03 (bare date in the header, t20260603 URL); the 网友留言 "
    "comments and replies (11-18, 11-25) are newer and not the article's date.",
))

TRICKY.append(Article(
    "zh_gov_no_date_page",
    "https://www.example-zb.gov.cn/zwgk/jgzn/content_101.html",
    zh_gov_page(
        site="淄博市人民政府",
        title="机构职能",
        crumbs='<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jgzn/">机构职能</a>',
        meta_line='<span class="clock">今天是：2026年11月26日 星期四</span>',
        body=_zh_paras(0, [
            "淄博市人民政府办公室是市政府的办事机构，协助市政府领导同志处理市政府日常工作。",
            "主要职责：负责市政府会议的准备工作，协助市政府领导同志组织会议决定事项的实施。",
            "办公地址：淄博市张店区人民西路1号　办公时间：周一至周五 上午8:30—12:00 下午13:30—17:00",
        ]),
        side=_zh_sidebar("机构设置", [("办公室", "2024-01-05"), ("政策研究室", "2024-01-05")]),
    ),
    None,
    "A standing 机构职能 page: no date of its own; the 今天是 clock, the ©2026 footer and "
    "the sidebar are not dates of the page.",
))

TRICKY.append(Article(
    "en_council_about_no_date",
    "https://www.examplebridge.gov.uk/council-and-democracy/about-the-council",
    _DRUPAL_HEAD.format(title="About the council", site="Examplebridge Borough Council", nid=12)
    + """<body class="path-node page-node-type-localgov-services-page">
<header class="lgd-header"><a href="/" class="lgd-header__logo">Examplebridge Borough Council</a>
<nav class="lgd-header__nav"><ul><li><a href="/bins-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/housing">Housing</a></li><li><a href="/planning">Planning</a></li></ul></nav></header>
<main class="main"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/council-and-democracy">Council and democracy</a></nav>
<article><h1>About the council</h1>
<div class="text-formatted"><p>Examplebridge Borough Council has 48 councillors representing 16 wards.</p>
<p>Full council meets six times a year at the Civic Centre. Meetings are open to the public.</p>
<p>The council's annual budget is about £32 million.</p>
<h2>Contact us</h2><p>Civic Centre, High Street, Examplebridge EX1 2AB. Telephone 01234 567890, Monday to Friday 9am to 5pm.</p></div>
</article></main>
<footer class="lgd-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookies</a></li></ul><p>© Examplebridge Borough Council 2026</p></footer>
</body></html>""",
    None,
    "A council services page with no date at all; only the copyright year.",
))

EN_NEWS.append(Article(
    "au_minister_media_release",
    "https://minister.example.gov.au/smith/media-releases/new-funding-regional-hospitals",
    """<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8">
<title>New funding for regional hospitals | Ministers' Media Centre</title>
<meta name="dcterms.creator" content="Department of Health and Aged Care">
<meta name="dcterms.type" content="Media release">
<link rel="stylesheet" href="/themes/custom/ministers/css/style.css">
</head><body class="page-node-type-media-release">
<div class="govau-banner">An official Australian Government website</div>
<header><a href="/" class="logo">Ministers' Media Centre</a><nav><a href="/ministers">Ministers</a>
<a href="/media-releases">Media releases</a><a href="/transcripts">Transcripts</a><a href="/speeches">Speeches</a></nav></header>
<main><article class="media-release">
<div class="release-type">Joint media release</div>
<h1>New funding for regional hospitals</h1>
<div class="field--name-field-ministers">The Hon Jane Smith MP, Minister for Health; Senator the Hon Tom Lee, Minister for Regional Development</div>
<div class="field--name-field-date"><p>Friday, 20 November 2026</p></div>
<div class="field--name-body"><p>The Albanese Government will invest $350 million to upgrade 24 regional hospitals.</p>
<p>Applications for the second round open on 1 February 2027 and close on 31 March 2027.</p>
<p>The announcement follows the Regional Health Summit held in Dubbo on 12 November 2026.</p>
<p>Media contact: Minister Smith's office 02 6277 7220</p></div>
<div class="field--name-field-topics">Topics: <a href="/topics/hospitals">Hospitals</a>, <a href="/topics/regional-health">Regional health</a></div>
</article>
<aside><h2>Latest releases</h2><ul><li><a href="/smith/media-releases/aged-care">Aged care reforms</a> <span>25 November 2026</span></li>
<li><a href="/smith/media-releases/vaccines">Summer vaccine campaign</a> <span>23 November 2026</span></li></ul></aside></main>
<footer><p>We acknowledge the Traditional Owners of Country throughout Australia. © Commonwealth of Australia 2026</p></footer>
</body></html>""",
    D(2026, 11, 20),
    "Australian ministerial release: 'Friday, 20 November 2026' under the ministers' names; "
    "the round-two dates, the summit date and the latest releases are not it.",
))

# ---------------------------------------------------------------------------
# Realistic bulk: inline stylesheets, link-farm footers, tag managers and consent
# scripts that real article pages carry (none of it holds the article's date).
# ---------------------------------------------------------------------------


def _css(prefix: str, n: int) -> str:
    props = ["margin:0 auto", "padding:0 12px", "font-size:14px", "line-height:1.75",
             "color:#333", "background:#f5f5f5", "border-bottom:1px solid #e5e5e5",
             "display:flex", "justify-content:space-between", "overflow:hidden"]
    rules = []
    for i in range(n):
        a, b, c = props[i % 10], props[(i * 3 + 1) % 10], props[(i * 7 + 2) % 10]
        rules.append(f".{prefix}-{i},.{prefix}-{i} a:hover{{{a};{b};{c}}}")
        if i % 9 == 0:
            rules.append(f"@media (max-width:{640 + i}px){{.{prefix}-{i}{{{b};width:100%}}}}")
    return "<style>" + "".join(rules) + "</style>"


_ZH_SITES = ["发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局",
             "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局",
             "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会",
             "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
             "城市管理局", "体育局", "信访局", "大数据局", "机关事务管理局", "投资促进局"]


def _zh_bulk() -> str:
    links = "".join(f'<li><a href="https://dept{i}.example.gov.cn/" target="_blank">市{s}</a></li>'
                    for i, s in enumerate(_ZH_SITES))
    return (f'<div class="wzq"><h4>部门网站</h4><ul>{links}</ul></div>'
            '<div class="wzq"><h4>区县网站</h4><ul>'
            + "".join(f'<li><a href="https://q{i}.example.gov.cn/">第{i}区</a></li>' for i in range(14))
            + "</ul></div>"
            '<script src="/module/visitcount/visit.js"></script>'
            '<script>var _maq=_maq||[];_maq.push(["_setAccount","3301000001"]);'
            '(function(){var ma=document.createElement("script");ma.async=true;'
            'ma.src="https://wza.example.gov.cn/ma.js";document.body.appendChild(ma)})();</script>'
            '<script src="https://wza.example.gov.cn/cniil/assist.js?sitecode=3301000001" charset="utf-8"></script>')


def _en_bulk() -> str:
    cols = {
        "Sections": ["World", "US", "UK", "Business", "Markets", "Technology", "Science", "Health",
                     "Climate", "Education", "Politics", "Elections", "Opinion", "Obituaries"],
        "Lifestyle": ["Food", "Travel", "Style", "Books", "Film", "Music", "Television", "Games",
                      "Crosswords", "Wellness", "Money", "Home &amp; Garden", "Cars", "Puzzles"],
        "About": ["About us", "Contact", "Careers", "Advertise", "Accessibility", "Corrections",
                  "Ethics policy", "Newsletters", "Podcasts", "Apps", "RSS", "Sitemap", "Help"],
        "Legal": ["Terms of use", "Privacy policy", "Cookie policy", "Cookie settings",
                  "Do not sell my info", "Modern slavery statement", "Complaints"],
    }
    out = ['<div class="mega-footer">']
    for head, items in cols.items():
        out.append(f"<div class=\"col\"><h4>{head}</h4><ul>" + "".join(
            f'<li><a href="/{i.lower().replace(" ", "-").replace("&amp;", "and")}">{i}</a></li>'
            for i in items) + "</ul></div>")
    out.append("</div>")
    out.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2P4QZ1B"></script>'
               "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
               "gtag('js',new Date());gtag('config','G-8XK2P4QZ1B',{anonymize_ip:true});</script>"
               '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" '
               'data-domain-script="0184e2b1-6d2f-7a0c-9e31-5f8a1c2d3e4f"></script>'
               "<script>function OptanonWrapper(){var g=OnetrustActiveGroups||'';"
               "if(g.indexOf('C0004')>-1){window.loadAds&&window.loadAds();}}</script>")
    return "".join(out)


def _bulk(a: Article, chinese: bool) -> Article:
    css = _css("zw" if chinese else "c", 520 if chinese else 620)
    foot = _zh_bulk() if chinese else _en_bulk()
    html = a.html.replace("</head>", css + "\n</head>", 1)
    i = html.rfind("</body>")
    html = html[:i] + foot + "\n" + html[i:]
    return Article(a.name, a.url, html, a.truth, a.why)


def _chinese(a: Article) -> bool:
    title = a.html[a.html.find("<title>"):a.html.find("</title>")]
    return any("\u4e00" <= ch <= "\u9fff" for ch in title)


ARTICLES: list[Article] = [
    _bulk(a, _chinese(a)) for a in ZH_GOV + ZH_NEWS + ZH_TRAD + EN_NEWS + BLOGS + TRICKY
]
