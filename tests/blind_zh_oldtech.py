"""Blind evaluation: Chinese government sites built with old or script-heavy techniques.

Round 1. Written from how such sites are built (FrontPage / Dreamweaver exports,
ASP and JSP CMSs of 2005-2015, Fireworks image slices, Vue single-page shells),
before any scan; the truth below was committed with the pages.

Sites (key: what it tests)
  frameset    a <frameset> homepage: top / left / main frames, the columns in main.htm
  imgheads    column headings that are images (alt text), one box whose heading is only
              a CSS background image (no text at all); stale
  docwrite    homepage lists written by document.write('<li>...') in inline scripts
  marquee     a horizontal <marquee> news ticker beside real columns; a notice column
              whose list scrolls up in a vertical <marquee>
  tables      nested layout tables, spacer GIFs, <font> dates "(2024-08-12)"; zombie
  imagemap    the homepage is one sliced image with a <map> of <area> links to section
              pages; stale (its sections' newest item is 26 days old)
  jslinks     items and "more" links as javascript:openwin('...'), list rows that
              navigate by onclick with no <a> at all
  vueshell    <div id="app"></div> + scripts that fetch a JSON API: nothing to read
  gbk         meta charset gb2312, bytes in GBK (characters outside GB2312) with a few
              invalid bytes, HTTP Content-Type without charset
  emptyboxes  image-headed boxes, six of them showing 暂无信息; stale by empty columns

Each site: ``host``, ``name``, ``encoding``, ``header_charset`` (None: plain
``text/html``), ``pages`` ({path-with-query: str or bytes}; bytes are served as they
are), ``content_types`` ({path: Content-Type} for non-HTML resources), ``truth``.

Truth per depth (``full``, ``home``): ``status`` (one status, or a tuple of acceptable
ones when the page cannot tell), ``passed``, ``must`` (finding codes that must appear),
``must_not``. ``full`` also has ``columns``: [{name, type (str or tuple of acceptable
types), newest, empty, optional}] -- an ``optional`` column may be missing, but if
found it must not be called empty, nor carry a wrong newest date; ``page_dates``
({path: date or None}, inspect's page_date of that page); ``newest_item`` ({path:
date}, inspect's newest item of a homepage-like page).

Decisions a crawler cannot settle from one page are written down where they are made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()

# ---------------------------------------------------------------------------
# common material
# ---------------------------------------------------------------------------

_GAPS = [0, 1, 2, 1, 3, 1, 4, 2, 5, 1, 3, 6, 2, 4, 7, 3, 2, 5, 8, 4, 6, 3, 9, 5]


def _dates(newest: str, n: int, scale: int = 1) -> list[dt.date]:
    d = dt.date.fromisoformat(newest)
    out = []
    for i in range(n):
        d = d - dt.timedelta(days=_GAPS[i % len(_GAPS)] * scale)
        out.append(d)
    return out


_NEWS = [
    "{org}召开2026年冬季安全生产工作部署会",
    "{org}开展“学习贯彻党的二十届四中全会精神”专题学习",
    "{org}党组理论学习中心组召开专题学习会",
    "{org}赴基层开展调研指导工作",
    "{org}组织开展消防安全应急演练",
    "市委巡察组进驻{org}开展常规巡察工作",
    "{org}召开第三季度工作推进会",
    "{org}开展“我为群众办实事”志愿服务活动",
    "{org}主要负责同志带队检查节前安全工作",
    "{org}召开党风廉政建设工作会议",
    "{org}开展民法典宣传进社区活动",
    "{org}举办业务骨干能力提升培训班",
    "{org}召开优化营商环境工作座谈会",
    "{org}开展秋冬季森林防火专项检查",
    "{org}组织收看全省视频会议",
    "{org}召开意识形态工作专题会议",
    "{org}开展国家安全教育日宣传活动",
    "{org}召开2026年上半年工作总结会",
    "{org}推进“放管服”改革工作取得新成效",
    "{org}开展文明城市创建志愿服务",
    "{org}召开重点项目建设调度会",
    "{org}举行新入职人员宪法宣誓仪式",
    "{org}开展防范电信网络诈骗宣传",
    "{org}组织干部职工参观廉政教育基地",
]
_NOTICE = [
    "关于2026年冬季供暖期安全检查的通知",
    "关于做好2027年元旦春节期间有关工作的通知",
    "关于公开征求《{org}行政规范性文件管理办法（征求意见稿）》意见的公告",
    "关于开展2026年度政府信息公开工作年度报告编制的通知",
    "关于调整办公地点的公告",
    "关于2026年公开招聘编外工作人员拟聘用人员的公示",
    "关于开展安全生产大检查的通知",
    "关于做好2026年度统计调查工作的通知",
    "关于举办业务知识培训班的通知",
    "关于清理规范涉企收费的公告",
    "关于2026年第三季度“双随机、一公开”抽查结果的公示",
    "关于征集2027年为民办实事项目建议的公告",
    "关于国庆节放假安排的通知",
    "关于开展行风建设满意度调查的通知",
    "关于启用新版公文格式的通知",
    "关于开展冬春季火灾防控工作的通知",
    "关于加强节假日值班工作的通知",
    "关于公布第二批行政许可事项清单的公告",
    "关于开展“双拥”模范评选推荐工作的通知",
    "关于做好防汛防台风工作的紧急通知",
    "关于开展2026年度考核工作的通知",
    "关于印发年度工作要点的通知",
    "关于公布投诉举报电话的公告",
    "关于开展法治政府建设督察的通知",
]
_POLICY = [
    "{org}关于印发《优化营商环境若干措施》的通知",
    "《{org}行政执法公示办法》政策解读",
    "{org}关于进一步规范行政审批工作的意见",
    "关于印发《重大行政决策程序规定》的通知",
    "{org}关于加强基层治理体系建设的实施意见",
    "{org}行政规范性文件目录（2026年）",
    "关于印发《政务公开工作要点》的通知",
    "{org}权责清单（2026年版）",
    "关于进一步做好稳就业工作的通知",
    "关于推进数字政府建设的实施方案",
    "{org}关于印发应急预案的通知",
    "关于加强和改进信访工作的意见",
    "关于印发《财政专项资金管理办法》的通知",
    "关于深化“一网通办”改革的实施意见",
    "关于做好农村人居环境整治工作的通知",
    "关于规范行政裁量权基准制定和管理工作的意见",
    "关于加快发展现代农业的若干政策",
    "关于印发《公共资源交易管理办法》的通知",
    "关于进一步加强耕地保护的通知",
    "关于加强安全生产监管工作的意见",
    "关于印发《政府投资项目管理办法》的通知",
    "关于支持中小微企业发展的若干措施",
    "关于印发《信息公开指南》的通知",
    "关于进一步规范涉企检查的通知",
]
_PERSONNEL = [
    "{org}关于张某某等同志职务任免的通知",
    "{org}2026年度公开遴选工作人员公告",
    "关于李某某同志任职前公示",
    "{org}干部任前公示",
    "关于王某某等3名同志试用期满考核合格的公示",
    "{org}2026年公开招聘事业单位工作人员公告",
    "关于公开选调工作人员的公告",
    "{org}关于赵某某同志免职的通知",
    "2026年度公务员录用拟录用人员公示",
    "关于刘某某同志任职的通知",
    "{org}中层干部竞争上岗公告",
    "关于孙某某同志职级晋升的公示",
    "{org}2025年公开遴选拟遴选人员公示",
    "关于陈某某同志任免职的通知",
    "{org}人事任免通知",
    "关于周某某等同志职务任免的通知",
    "{org}2025年度公开招聘拟聘用人员公示",
    "关于吴某某同志试用期满考核结果的公示",
    "{org}干部任前公示（第二批）",
    "关于郑某某同志任职的通知",
    "{org}2025年干部选拔任用工作情况",
    "关于冯某某同志职级晋升的公示",
    "{org}2024年度公开遴选公告",
    "{org}人事任免通知（2024）",
]


def _titles(pool: list[str], org: str, n: int, shift: int = 0) -> list[str]:
    return [pool[(i + shift) % len(pool)].format(org=org) for i in range(n)]


def _pad_css(n: int) -> str:
    """A long site stylesheet inlined in the page, as old templates did."""
    rules = []
    for i in range(n):
        rules.append(
            f".m{i} {{ font-size:12px; color:#{(i * 2371) % 0xFFFFFF:06x}; line-height:22px; }}\n"
            f".m{i} a:link, .m{i} a:visited {{ color:#333333; text-decoration:none; }}\n"
            f".m{i} a:hover {{ color:#c00; text-decoration:underline; }}\n"
        )
    return "<style type=\"text/css\">\n" + "".join(rules) + "</style>\n"


_FRIEND_LINKS = [
    ("中国政府网", "http://www.gov.cn/"), ("省人民政府", "http://www.sheng.zhold.test/"),
    ("市人民政府", "http://www.shi.zhold.test/"), ("国家统计局", "http://www.stats.gov.cn/"),
    ("水利部", "http://www.mwr.gov.cn/"), ("国家卫生健康委", "http://www.nhc.gov.cn/"),
    ("人力资源和社会保障部", "http://www.mohrss.gov.cn/"), ("教育部", "http://www.moe.gov.cn/"),
    ("财政部", "http://www.mof.gov.cn/"), ("自然资源部", "http://www.mnr.gov.cn/"),
    ("生态环境部", "http://www.mee.gov.cn/"), ("农业农村部", "http://www.moa.gov.cn/"),
    ("应急管理部", "http://www.mem.gov.cn/"), ("国家粮食和物资储备局", "http://www.lswz.gov.cn/"),
    ("省政务服务网", "http://zwfw.sheng.zhold.test/"), ("市政务服务网", "http://zwfw.shi.zhold.test/"),
]


def _select_links(label: str, links: list[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{u}">{t}</option>' for t, u in links)
    return (f'<select name="select{len(label)}" onchange="if(this.value!=\'\')window.open(this.value)" '
            f'style="width:160px;font-size:12px"><option value="" selected>--{label}--</option>{opts}</select>')


def _gov_footer(owner: str, icp: str, jgbs: str, address: str, since: int) -> str:
    return f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td height="6" bgcolor="#1d5fa8"><img src="/images/spacer.gif" width="1" height="6"></td></tr>
  <tr><td align="center" style="line-height:24px;padding:10px 0">
    <a href="/about/wzsm.htm">网站声明</a> | <a href="/about/lxwm.htm">联系我们</a> | <a href="/about/wzdt.htm">网站地图</a> | <a href="/about/sybz.htm">使用帮助</a><br>
    主办单位：{owner}　承办：{owner}办公室　地址：{address}<br>
    版权所有 Copyright &copy; {since}-2026 {owner} All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a><br>
    <img src="/images/ga.png" width="14"> <a href="http://www.beian.gov.cn/portal/registerSystemInfo" target="_blank">公网安备 {jgbs[:6]}02000123号</a>　政府网站标识码：{jgbs}　建议使用1024×768分辨率 IE8.0以上版本浏览
    <br><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show" target="_blank"><img src="/images/dzjg.png" border="0"></a></span>
    <script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1000'%3E%3C/span%3E"));</script>
  </td></tr>
</table>
"""


_CLOCK = """<script language="javascript">
function showTime(){
  var today=new Date(); var y=today.getFullYear(); var m=today.getMonth()+1; var d=today.getDate();
  var week=new Array("星期日","星期一","星期二","星期三","星期四","星期五","星期六");
  document.getElementById("clock").innerHTML="今天是："+y+"年"+m+"月"+d+"日 "+week[today.getDay()];
}
window.onload=function(){ showTime(); };
function AddFavorite(sURL, sTitle){ try{ window.external.addFavorite(sURL, sTitle);}catch(e){ try{ window.sidebar.addPanel(sTitle, sURL, "");}catch(e){ alert("加入收藏失败，请使用Ctrl+D进行添加"); } } }
function SetHome(obj,vrl){ try{ obj.style.behavior='url(#default#homepage)';obj.setHomePage(vrl);}catch(e){ alert("此操作被浏览器拒绝！"); } }
</script>
"""

_SLIDE_JS = """<script type="text/javascript">
var focus_width=360, focus_height=240, text_height=20, swf_height = focus_height+text_height;
var pics='/uploadfiles/202611/20261120001.jpg|/uploadfiles/202611/20261118002.jpg|/uploadfiles/202611/20261112003.jpg';
var links='/news/show.asp?id=1|/news/show.asp?id=2|/news/show.asp?id=3';
var texts='图片新闻一|图片新闻二|图片新闻三';
(function(){ var i=0, n=3, timer=null;
  function play(){ i=(i+1)%n; var el=document.getElementById('focus_img'); if(el){ el.src=pics.split('|')[i]; } }
  timer=setInterval(play, 4000);
})();
</script>
"""


def _megamenu(sections: list[tuple[str, list[str]]], prefix: str) -> str:
    out = ['<div class="nav"><ul id="menu">', '<li><a href="/">网站首页</a></li>']
    for i, (sec, subs) in enumerate(sections):
        sub = "".join(f'<li><a href="/{prefix}{i}/{j}/index.htm">{s}</a></li>' for j, s in enumerate(subs))
        out.append(f'<li onmouseover="showSub({i})" onmouseout="hideSub({i})"><a href="/{prefix}{i}/index.htm">{sec}</a>'
                   f'<ul class="sub" id="sub{i}" style="display:none">{sub}</ul></li>')
    out.append("</ul></div>")
    return "\n".join(out) + "\n"


_SECTIONS = [
    ("机构概况", ["领导信息", "机构职能", "内设机构", "下属单位", "联系方式"]),
    ("政务公开", ["信息公开指南", "信息公开目录", "信息公开年报", "依申请公开", "政府文件", "规划计划", "财政资金", "人事信息"]),
    ("新闻中心", ["工作动态", "图片新闻", "视频新闻", "媒体关注", "基层动态"]),
    ("网上办事", ["办事指南", "表格下载", "在线申报", "办件查询", "服务清单"]),
    ("互动交流", ["领导信箱", "咨询投诉", "网上调查", "在线访谈", "意见征集", "常见问题"]),
    ("专题专栏", ["优化营商环境", "安全生产", "扫黑除恶", "乡村振兴", "文明创建", "法治建设"]),
]


def _pager(total: int, pages: int, base: str = "index", ext: str = "htm") -> str:
    return (f'<div class="page">共 {total} 条记录 第1页/共{pages}页 <a href="{base}.{ext}">首页</a> 上一页 '
            f'<a href="{base}_1.{ext}">下一页</a> <a href="{base}_{pages - 1}.{ext}">尾页</a> 转到 '
            f'<select onchange="location.href=this.value">'
            + "".join(f'<option value="{base}{"" if k == 0 else "_" + str(k)}.{ext}">{k + 1}</option>' for k in range(min(pages, 10)))
            + "</select> 页</div>")


def _list_page(site_name: str, column: str, crumbs: str, rows: list[tuple[str, str, dt.date]],
               style: str = "ul", charset: str = "utf-8", empty: bool = False) -> str:
    """A column's own list page as old CMSs render it (style: ul / table / font)."""
    if empty:
        body = ('<table width="100%" border="0"><tr><td height="200" align="center" valign="middle">'
                '<font color="#999999">暂无信息</font></td></tr></table>'
                '<div class="page">共 0 条记录 第1页/共1页 首页 上一页 下一页 尾页</div>')
    elif style == "ul":
        body = '<ul class="list_ul">' + "".join(
            f'<li><span class="time">{d.isoformat()}</span><a href="{u}" target="_blank" title="{t}">{t}</a></li>\n'
            for t, u, d in rows) + "</ul>" + _pager(len(rows) * 4 + 3, 5)
    elif style == "table":
        body = '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">' + "".join(
            f'<tr><td width="16" height="28"><img src="/images/dot.gif" width="5" height="5"></td>'
            f'<td class="list_a"><a href="{u}" target="_blank">{t}</a></td>'
            f'<td width="90" align="right" class="list_date">{d.isoformat()}</td></tr>\n'
            f'<tr><td colspan="3" height="1" background="/images/line_dot.gif"><img src="/images/spacer.gif" width="1" height="1"></td></tr>\n'
            for t, u, d in rows) + "</table>" + _pager(len(rows) * 3, 3, "list", "htm")
    else:
        body = '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(
            f'<tr><td height="25">·<a href="{u}" target="_blank" class="a12">{t}</a> '
            f'<font color="#999999" style="font-size:12px">({d.isoformat()})</font></td></tr>\n'
            for t, u, d in rows) + "</table>" + _pager(len(rows) * 2, 2)
    left = "".join(f'<li><a href="#">{s}</a></li>' for s in ["工作动态", "通知公告", "政策法规", "人事信息", "规划计划", "财政资金", "办事指南"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{column}_{site_name}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head><body>
<div class="top"><img src="/images/top_banner.jpg" width="1000" height="140" alt="{site_name}" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><div class="left_tit">{column}</div><ul class="left_menu">{left}</ul></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" /></td>
<td valign="top"><div class="position">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
<div class="list_tit">{column}</div>
{body}
</td></tr></table>
<div class="footer">版权所有：{site_name}　Copyright &copy; 2009-2026　ICP备案号：某ICP备09001234号</div>
</body></html>
"""


def _article(site_name: str, column: str, title: str, date: dt.date, charset: str = "utf-8",
             source: str = "办公室") -> str:
    para = ("为深入贯彻落实上级有关工作部署，进一步推动各项工作落地见效，" * 6)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{column}_{site_name}</title>
<meta name="ArticleTitle" content="{title}">
</head><body>
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; {column} &gt;&gt; 正文</div>
<table width="900" align="center"><tr><td align="center" class="art_title"><h1>{title}</h1></td></tr>
<tr><td align="center" class="art_info">发布时间：{date.isoformat()} 10:32　来源：{source}　浏览次数：<span id="hits">128</span>
　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="art_content"><p>　　{para}</p><p>　　会议要求，要提高政治站位，压实工作责任，确保各项任务按期完成。</p></td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<div class="footer">版权所有：{site_name}　Copyright &copy; 2009-2026</div>
</body></html>
"""


def _rows(pool: list[str], org: str, newest: str, n: int, url: str, scale: int = 1,
          shift: int = 0) -> list[tuple[str, str, dt.date]]:
    ds = _dates(newest, n, scale)
    ts = _titles(pool, org, n, shift)
    return [(t, url.format(i=9000 - k, ym=d.strftime("%Y%m"), ymd=d.strftime("%Y%m%d")), d)
            for k, (t, d) in enumerate(zip(ts, ds, strict=True))]


# ---------------------------------------------------------------------------
# frameset: 某县水利局 (top.htm / left.htm / main.htm)
# ---------------------------------------------------------------------------

_FS_ORG = "县水利局"
_FS_NEWS = _rows(_NEWS, _FS_ORG, "2026-11-23", 20, "/slyw/{ym}/t{ymd}_{i}.htm")
_FS_NOTICE = _rows(_NOTICE, _FS_ORG, "2026-11-06", 20, "/tzgg/{ym}/t{ymd}_{i}.htm", 3)
_FS_POLICY = _rows(_POLICY, _FS_ORG, "2026-06-18", 20, "/zcfg/{ym}/t{ymd}_{i}.htm", 6)
_FS_PERSONNEL = _rows(_PERSONNEL, _FS_ORG, "2026-03-20", 20, "/rsxx/{ym}/t{ymd}_{i}.htm", 9)


def _fs_index() -> str:
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>青石县水利局</title>
<meta name="keywords" content="青石县水利局,水利,防汛抗旱,河长制">
<meta name="description" content="青石县水利局门户网站">
</head>
<frameset rows="150,*" cols="*" frameborder="no" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="No" noresize="noresize" id="topFrame" title="topFrame" />
  <frameset cols="200,*" frameborder="no" border="0" framespacing="0">
    <frame src="left.htm" name="leftFrame" scrolling="auto" noresize="noresize" id="leftFrame" title="leftFrame" />
    <frame src="main.htm" name="mainFrame" id="mainFrame" title="mainFrame" />
  </frameset>
</frameset>
<noframes><body>
<p>您的浏览器不支持框架，请使用支持框架的浏览器访问本站，或<a href="main.htm">点击此处进入网站正文</a>。</p>
</body></noframes>
</html>
"""


def _fs_top() -> str:
    nav = " ".join(f'<td align="center"><a href="{u}" target="mainFrame" class="nav">{t}</a></td>'
                   for t, u in [("网站首页", "main.htm"), ("机构概况", "jggk.htm"), ("水利要闻", "slyw/index.htm"),
                                ("通知公告", "tzgg/index.htm"), ("政策法规", "zcfg/index.htm"), ("人事信息", "rsxx/index.htm"),
                                ("防汛抗旱", "fxkh/index.htm"), ("河长制", "hzz/index.htm"), ("办事指南", "bszn/index.htm"),
                                ("局长信箱", "jzxx.asp")])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>top</title>
<style>body{{margin:0;background:#0b5aa8}} .nav{{color:#fff;font-size:14px;font-weight:bold;text-decoration:none}}</style>
{_CLOCK}</head><body>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="110" background="images/top_bg.jpg"><img src="images/logo.png" width="520" height="110" alt="青石县水利局"></td>
<td align="right" valign="top" background="images/top_bg.jpg" style="color:#fff;font-size:12px;padding:8px">
<span id="clock"></span> <a href="#" onclick="SetHome(this,'http://www.slj.zhold.test/')" style="color:#fff">设为首页</a> |
<a href="javascript:AddFavorite(location.href,document.title)" style="color:#fff">加入收藏</a></td></tr>
<tr><td colspan="2" height="40"><table width="100%"><tr>{nav}</tr></table></td></tr>
</table></body></html>
"""


def _fs_left() -> str:
    groups = [("机构概况", ["局领导", "机构职能", "内设股室", "直属单位"]),
              ("政务公开", ["信息公开指南", "信息公开目录", "信息公开年报", "依申请公开", "财政预决算"]),
              ("水利业务", ["防汛抗旱", "水资源管理", "河长制", "水土保持", "农村饮水安全", "水利工程建设", "水政执法"]),
              ("公众参与", ["局长信箱", "咨询投诉", "意见征集", "网上调查"]),
              ("便民服务", ["办事指南", "表格下载", "水情信息", "雨情信息"])]
    out = []
    for i, (g, subs) in enumerate(groups):
        items = "".join(f'<tr><td height="24" style="padding-left:26px"><img src="images/arrow.gif"> '
                        f'<a href="sub/{i}_{j}.htm" target="mainFrame">{s}</a></td></tr>' for j, s in enumerate(subs))
        out.append(f'<tr><td height="32" background="images/left_tit.gif" class="lt" onclick="toggle({i})" '
                   f'style="cursor:hand">{g}</td></tr><tbody id="m{i}">{items}</tbody>')
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>left</title>
<script>function toggle(i){{var m=document.getElementById('m'+i);m.style.display=m.style.display=='none'?'':'none';}}</script>
</head><body bgcolor="#eaf2fb" style="margin:0">
<table width="196" border="0" cellspacing="0" cellpadding="0">{"".join(out)}
<tr><td height="20"></td></tr>
<tr><td align="center"><a href="http://www.gov.cn/" target="_blank"><img src="images/zfw.gif" width="180" height="50" border="0"></a></td></tr>
<tr><td align="center"><a href="jzxx.asp" target="mainFrame"><img src="images/jzxx.gif" width="180" height="50" border="0"></a></td></tr>
</table></body></html>
"""


def _fs_box(title: str, more: str, rows: list[tuple[str, str, dt.date]], n: int = 8) -> str:
    items = "".join(
        f'<tr><td width="12" height="26"><img src="images/dot.gif" width="4" height="4"></td>'
        f'<td><a href="{u}" target="_blank" title="{t}">{t[:26]}</a></td>'
        f'<td width="80" align="right" class="date">{d.strftime("%Y-%m-%d")}</td></tr>\n'
        for t, u, d in rows[:n])
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td height="33" background="images/tit_bg.gif"><table width="100%"><tr>
<td class="tit"><img src="images/tit_ico.gif" align="absmiddle"> {title}</td>
<td align="right"><a href="{more}" class="more">更多&gt;&gt;</a></td></tr></table></td></tr>
<tr><td valign="top" style="padding:6px 10px"><table width="100%" border="0" cellspacing="0" cellpadding="0">
{items}</table></td></tr></table>
"""


def _fs_main() -> str:
    links = _select_links("部委网站", _FRIEND_LINKS[:10]) + " " + _select_links("省市网站", _FRIEND_LINKS[10:])
    water = "".join(f'<tr><td>{s}</td><td>{lv}</td><td>{lm}</td><td>{st}</td></tr>'
                    for s, lv, lm, st in [("青石水库", "152.31", "158.00", "正常"), ("白河站", "43.20", "46.50", "正常"),
                                          ("龙潭水库", "88.76", "92.00", "正常"), ("东溪站", "21.05", "24.00", "正常")])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>青石县水利局</title>
{_pad_css(60)}
{_SLIDE_JS}
</head><body style="margin:8px">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="370" valign="top"><div id="focus"><img id="focus_img" src="/uploadfiles/202611/20261120001.jpg" width="360" height="240"></div></td>
<td width="10"></td>
<td valign="top">{_fs_box("水利要闻", "slyw/index.htm", _FS_NEWS)}</td>
</tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:8px"><tr>
<td width="49%" valign="top">{_fs_box("通知公告", "tzgg/index.htm", _FS_NOTICE)}</td>
<td width="2%"></td>
<td width="49%" valign="top">{_fs_box("政策法规", "zcfg/index.htm", _FS_POLICY)}</td>
</tr><tr>
<td width="49%" valign="top">{_fs_box("人事信息", "rsxx/index.htm", _FS_PERSONNEL, 6)}</td>
<td width="2%"></td>
<td width="49%" valign="top"><table width="100%" class="box"><tr><td class="tit">水雨情信息</td></tr>
<tr><td><table width="100%" border="1" bordercolor="#cccccc" style="border-collapse:collapse">
<tr><th>站名</th><th>水位(m)</th><th>汛限(m)</th><th>状态</th></tr>{water}</table></td></tr></table></td>
</tr></table>
<table width="100%"><tr><td align="center" style="padding:8px">
<a href="hzz/index.htm"><img src="images/banner_hzz.jpg" width="760" height="80" border="0" alt="全面推行河长制"></a></td></tr>
<tr><td align="center">{links}</td></tr></table>
{_gov_footer("青石县水利局", "某ICP备10004521号-1", "3400000012", "青石县人民路18号", 2010)}
</body></html>
"""


FRAMESET: dict[str, Any] = {
    "host": "www.slj.zhold.test",
    "name": "青石县水利局",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _fs_index(),
        "/top.htm": _fs_top(),
        "/left.htm": _fs_left(),
        "/main.htm": _fs_main(),
        "/slyw/index.htm": _list_page("青石县水利局", "水利要闻", "水利要闻", _FS_NEWS, "table"),
        "/tzgg/index.htm": _list_page("青石县水利局", "通知公告", "通知公告", _FS_NOTICE, "table"),
        "/zcfg/index.htm": _list_page("青石县水利局", "政策法规", "政策法规", _FS_POLICY, "table"),
        "/rsxx/index.htm": _list_page("青石县水利局", "人事信息", "人事信息", _FS_PERSONNEL, "table"),
        _FS_NEWS[0][1]: _article("青石县水利局", "水利要闻", _FS_NEWS[0][0], _FS_NEWS[0][2]),
    },
    "content_types": {},
    "truth": {
        # The columns live in main.htm; a crawler that follows the main frame reads
        # them like any homepage.
        "full": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "水利要闻", "type": "news", "newest": "2026-11-23", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-06", "empty": False},
                {"name": "政策法规", "type": "policy", "newest": "2026-06-18", "empty": False},
                {"name": "人事信息", "type": "personnel", "newest": "2026-03-20", "empty": False},
            ],
            "page_dates": {_FS_NEWS[0][1]: "2026-11-23"},
            "newest_item": {"/main.htm": "2026-11-23"},
        },
        # One request: the frameset page has no text and no dates. The sweep cannot
        # know; "undated" is what it can say, and an undated homepage is not updated
        # by the inspectors' rule (items without a visible date count as not
        # updated), so stale -- never zombie, never healthy.
        "home": {
            "status": "stale", "passed": False,
            "must": ["undated"], "must_not": ["abandoned", "column_empty", "placeholder_page"],
        },
    },
}

# ---------------------------------------------------------------------------
# imgheads: 某县统计局, headings are GIFs; one box's heading only a CSS background
# ---------------------------------------------------------------------------

_TJ_ORG = "县统计局"
_TJ_NEWS = _rows(_NEWS, _TJ_ORG, "2026-10-21", 20, "/tjdt/{ym}/t{ymd}_{i}.html", 2, 3)
_TJ_NOTICE = _rows(_NOTICE, _TJ_ORG, "2026-09-15", 20, "/tzgg/{ym}/t{ymd}_{i}.html", 5, 2)
_TJ_DATA = [(f"2026年{m}月份全县主要经济指标", f"/tjsj/2026{m + 1:02d}/t2026{m + 1:02d}20_{7700 + m}.html",
             dt.date(2026, m + 1 if m < 12 else 12, 20)) for m in range(9, 0, -1)]
_TJ_ANALYSIS = _rows(["{org}：前三季度全县经济运行总体平稳", "{org}：2026年上半年居民收入情况分析",
                      "{org}：一季度规模以上工业生产情况分析", "{org}：2025年全县国民经济和社会发展统计公报解读",
                      "{org}：全县农业生产形势分析", "{org}：消费品市场运行情况分析"],
                     _TJ_ORG, "2026-10-12", 12, "/tjfx/{ym}/t{ymd}_{i}.html", 10)


def _tj_box(img: str | None, alt: str | None, more: str, rows: list[tuple[str, str, dt.date]],
            bg_class: str | None = None, n: int = 7) -> str:
    if img is not None:
        alt_attr = f' alt="{alt}"' if alt is not None else ""
        head = f'<td width="200" height="32"><img src="images/{img}" width="120" height="32"{alt_attr}></td>'
    else:
        head = f'<td width="200" height="32" class="{bg_class}">&nbsp;</td>'
    items = "".join(
        f'<tr><td height="25" class="m{k % 9}"><img src="images/dot2.gif" width="3" height="3" hspace="5" align="absmiddle">'
        f'<a href="{u}" target="_blank" title="{t}">{t if len(t) < 24 else t[:23] + "…"}</a></td>'
        f'<td width="70" align="right"><span class="gray">{d.strftime("%m-%d")}</span></td></tr>\n'
        for k, (t, u, d) in enumerate(rows[:n]))
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="idx_box">
<tr><td background="images/box_top_bg.gif"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
{head}<td>&nbsp;</td>
<td width="50" align="right"><a href="{more}"><img src="images/more.gif" width="37" height="11" border="0"></a></td></tr></table></td></tr>
<tr><td style="padding:5px 8px"><table width="100%" border="0" cellspacing="0" cellpadding="0">
{items}</table></td></tr></table>
"""


def _tj_home() -> str:
    css = _pad_css(90) + """<style>
.bt_tjfx { background:url(images/bt_tjfx.gif) no-repeat left center; }
.gray { color:#999999; font-size:12px; }
</style>"""
    nav = _megamenu(_SECTIONS, "lm")
    links = _select_links("上级统计部门", _FRIEND_LINKS[:8]) + _select_links("县直部门", _FRIEND_LINKS[8:])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>云溪县统计局</title>
{css}{_CLOCK}
<script>function showSub(i){{document.getElementById('sub'+i).style.display='block';}}function hideSub(i){{document.getElementById('sub'+i).style.display='none';}}</script>
</head><body onload="showTime()">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="1000" height="150" alt="云溪县统计局"></td></tr>
<tr><td height="36" background="images/nav_bg.gif">{nav}</td></tr>
<tr><td height="30"><span id="clock"></span>　<form action="/search.asp" method="get" style="display:inline">
<input name="keyword" type="text" size="20"> <input type="image" src="images/search_btn.gif"></form></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="490" valign="top">{_tj_box("tjdt.gif", "统计动态", "tjdt/index.html", _TJ_NEWS, n=9)}</td>
<td width="20"><img src="images/spacer.gif" width="20" height="1"></td>
<td width="490" valign="top">{_tj_box("tzgg.gif", "通知公告", "tzgg/index.html", _TJ_NOTICE, n=9)}</td>
</tr><tr><td colspan="3" height="10"></td></tr><tr>
<td valign="top">{_tj_box("tjsj.gif", "统计数据", "tjsj/index.html", _TJ_DATA, n=7)}</td>
<td></td>
<td valign="top">{_tj_box(None, None, "tjfx/index.html", _TJ_ANALYSIS, bg_class="bt_tjfx", n=7)}</td>
</tr></table>
<table width="1000" border="0" align="center"><tr>
<td><a href="/zt/pc/"><img src="images/zt_jjpc.jpg" width="490" height="70" border="0" alt="第五次全国经济普查"></a></td>
<td><a href="/zt/tjfz/"><img src="images/zt_tjfz.jpg" width="490" height="70" border="0" alt="统计法治宣传"></a></td></tr>
<tr><td colspan="2" align="center" height="40">友情链接：{links}</td></tr></table>
{_gov_footer("云溪县统计局", "某ICP备12003344号", "3408250031", "云溪县城关镇府前街8号", 2012)}
</body></html>
"""


IMGHEADS: dict[str, Any] = {
    "host": "www.tjj.zhold.test",
    "name": "云溪县统计局",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _tj_home(),
        "/tjdt/index.html": _list_page("云溪县统计局", "统计动态", "统计动态", _TJ_NEWS),
        "/tzgg/index.html": _list_page("云溪县统计局", "通知公告", "通知公告", _TJ_NOTICE),
        "/tjsj/index.html": _list_page("云溪县统计局", "统计数据", "统计数据", _TJ_DATA),
        "/tjfx/index.html": _list_page("云溪县统计局", "统计分析", "统计分析", _TJ_ANALYSIS),
    },
    "content_types": {},
    "truth": {
        # Homepage newest 2026-10-21, 35 days: the homepage and the news column are stale.
        # The fourth box's heading is a background image with no text anywhere on the
        # homepage: a crawler cannot know its name from the homepage. Its list page's
        # title says 统计分析; naming it from there is fine, not finding it too -- but
        # it lists items, so it is never empty, and its newest is 2026-10-12.
        "full": {
            "status": "stale", "passed": False,
            "must": ["homepage_stale", "column_stale"],
            "must_not": ["column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "统计动态", "type": "news", "newest": "2026-10-21", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-09-15", "empty": False},
                {"name": "统计数据", "type": ("statistics", "other"), "newest": "2026-10-20", "empty": False},
                {"name": "统计分析", "type": ("statistics", "other", "news"), "newest": "2026-10-12", "empty": False,
                 "optional": True},
            ],
            "page_dates": {},
            "newest_item": {"/": "2026-10-21"},
        },
        "home": {
            "status": "stale", "passed": False,
            "must": ["homepage_stale"], "must_not": ["abandoned", "undated", "column_empty"],
        },
    },
}

# ---------------------------------------------------------------------------
# docwrite: 柳塘镇, homepage lists written by document.write in inline scripts
# ---------------------------------------------------------------------------

_LT_ORG = "柳塘镇"
_LT_NEWS = _rows(_NEWS, _LT_ORG, "2026-11-23", 20, "/zwdt/{ym}/t{ymd}_{i}.html", 1, 5)
_LT_NOTICE = _rows(_NOTICE, _LT_ORG, "2026-11-16", 20, "/tzgg/{ym}/t{ymd}_{i}.html", 2, 7)
_LT_POLICY = _rows(_POLICY, _LT_ORG, "2026-09-30", 20, "/zcwj/{ym}/t{ymd}_{i}.html", 5, 1)


def _lt_dw_ul(rows: list[tuple[str, str, dt.date]], n: int) -> str:
    lines = ["<script type=\"text/javascript\">", "document.write('<ul class=\"news_list\">');"]
    for t, u, d in rows[:n]:
        lines.append(f"document.write('<li><span class=\"date\">{d.isoformat()}</span>"
                     f"<a href=\"{u}\" target=\"_blank\" title=\"{t}\">{t}</a></li>');")
    lines.append("document.write('</ul>');")
    lines.append("</script>")
    return "\n".join(lines)


def _lt_dw_table(rows: list[tuple[str, str, dt.date]], n: int) -> str:
    lines = ['<script language="javascript">', 'document.writeln("<table width=\'100%\' border=\'0\' cellspacing=\'0\' cellpadding=\'0\'>");']
    for t, u, d in rows[:n]:
        lines.append(f'document.writeln("<tr><td height=\'26\'>· <a href=\'{u}\' target=\'_blank\'>{t}</a></td>'
                     f'<td width=\'90\' align=\'right\'>[{d.strftime("%m-%d")}]</td></tr>");')
    lines.append('document.writeln("</table>");')
    lines.append("</script>")
    return "\n".join(lines)


def _lt_box(title: str, more: str, inner: str, cls: str) -> str:
    return f"""<div class="{cls}">
  <div class="hd"><h3>{title}</h3><a class="more" href="{more}" target="_blank">更多+</a></div>
  <div class="bd">
{inner}
  </div>
</div>
"""


def _lt_home() -> str:
    village = "".join(f'<li><a href="/cwgk/c{i}/">{v}</a></li>' for i, v in enumerate(
        ["柳塘村", "新河村", "石门村", "杨家湾村", "桃花村", "东岭村", "西岭村", "南坝村", "北坝村", "团结社区", "和平社区", "幸福社区"]))
    services = "".join(f'<li><a href="/bsfw/{i}.html"><img src="/images/ico_bs{i}.png"><span>{s}</span></a></li>' for i, s in enumerate(
        ["社会保障", "户籍办理", "婚姻登记", "民政救助", "计划生育", "农业补贴", "建房审批", "退役军人"]))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>柳塘镇人民政府</title>
<link rel="stylesheet" href="/css/index.css">
{_pad_css(70)}
<script src="/js/jquery-1.8.3.min.js"></script>
<script src="/js/jquery.SuperSlide.2.1.1.js"></script>
</head><body>
<div class="top_bar"><div class="w1200"><span id="clock"></span><span class="fr"><a href="/wza/">无障碍浏览</a> | <a href="/app/">移动版</a> | <a href="/rss/">RSS</a></span></div></div>
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="柳塘镇人民政府"></a>
<form class="search" action="/search/" method="get"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
{_megamenu(_SECTIONS, "lm")}
<div class="w1200 row1">
  <div class="slide fl"><div class="bd"><ul>
    <li><a href="/tpxw/1.html"><img src="/uploadfiles/tpxw/p1.jpg"><p>{_LT_NEWS[0][0]}</p></a></li>
    <li><a href="/tpxw/2.html"><img src="/uploadfiles/tpxw/p2.jpg"><p>{_LT_NEWS[2][0]}</p></a></li>
  </ul></div><div class="hd"><ul></ul></div></div>
  <script type="text/javascript">jQuery(".slide").slide({{titCell:".hd ul",mainCell:".bd ul",effect:"fold",autoPlay:true,autoPage:true}});</script>
  {_lt_box("镇务动态", "/zwdt/", _lt_dw_ul(_LT_NEWS, 8), "box_news fr")}
</div>
<div class="w1200 row2">
  {_lt_box("通知公告", "/tzgg/", _lt_dw_table(_LT_NOTICE, 7), "box_tz fl")}
  {_lt_box("政策文件", "/zcwj/", _lt_dw_ul(_LT_POLICY, 7), "box_zc fr")}
</div>
<div class="w1200 row3"><div class="hd"><h3>便民服务</h3></div><ul class="services">{services}</ul></div>
<div class="w1200 row4"><div class="hd"><h3>村务公开</h3></div><ul class="villages">{village}</ul></div>
<div class="w1200 links">友情链接：{_select_links("政府网站", _FRIEND_LINKS)}</div>
{_gov_footer("柳塘镇人民政府", "某ICP备15008877号-2", "3411220009", "某县柳塘镇柳塘街1号", 2015)}
{_CLOCK}
</body></html>
"""


DOCWRITE: dict[str, Any] = {
    "host": "www.liutang.zhold.test",
    "name": "柳塘镇人民政府",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _lt_home(),
        "/zwdt/": _list_page("柳塘镇人民政府", "镇务动态", "镇务动态", _LT_NEWS),
        "/tzgg/": _list_page("柳塘镇人民政府", "通知公告", "通知公告", _LT_NOTICE),
        "/zcwj/": _list_page("柳塘镇人民政府", "政策文件", "政策文件", _LT_POLICY),
        _LT_NEWS[0][1]: _article("柳塘镇人民政府", "镇务动态", _LT_NEWS[0][0], _LT_NEWS[0][2], source="党政办"),
    },
    "content_types": {},
    "truth": {
        # A browser shows these lists; their items, dates and URLs are literally in the
        # page's HTML (string literals of document.write). At full the "more" links are
        # plain and lead to plain list pages, so the columns are judged there.
        "full": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "镇务动态", "type": "news", "newest": "2026-11-23", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-16", "empty": False},
                {"name": "政策文件", "type": "policy", "newest": "2026-09-30", "empty": False},
            ],
            "page_dates": {_LT_NEWS[0][1]: "2026-11-23"},
            "newest_item": {},
        },
        # The sweep reads one page. The written HTML is in the page (and each article
        # URL carries its day, t20261123_...), so the page's newest item is knowable:
        # 2026-11-23, healthy. (A sweep that ignores scripts says undated: a gap.)
        "home": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "abandoned", "undated"],
        },
    },
}

# ---------------------------------------------------------------------------
# marquee: 某区人社局, a horizontal marquee ticker; notices scroll in a vertical one
# ---------------------------------------------------------------------------

_MQ_ORG = "区人社局"
_MQ_NEWS = _rows(_NEWS, _MQ_ORG, "2026-11-24", 20, "/Item/{i}.aspx", 1, 9)
_MQ_NOTICE = _rows(_NOTICE, _MQ_ORG, "2026-11-19", 20, "/Item/{i}.aspx", 2, 11)
_MQ_POLICY = _rows(_POLICY, _MQ_ORG, "2026-09-02", 20, "/Item/{i}.aspx", 4, 3)
_MQ_PERSONNEL = _rows(_PERSONNEL, _MQ_ORG, "2026-05-10", 20, "/Item/{i}.aspx", 8, 2)
_MQ_JOBS = _rows(["{org}2026年第{{n}}期招聘会岗位信息", "本周用工需求信息发布", "高校毕业生就业见习岗位公告",
                  "农村劳动力转移就业培训班开班", "创业担保贷款政策宣传"],
                 _MQ_ORG, "2026-11-21", 15, "/Item/{i}.aspx", 3)
_MQ_JOBS = [(t.replace("{n}", str(30 - k)), u, d) for k, (t, u, d) in enumerate(_MQ_JOBS)]


def _mq_ul(rows: list[tuple[str, str, dt.date]], n: int, datefmt: str = "%Y-%m-%d") -> str:
    return "<ul>" + "".join(
        f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d.strftime(datefmt)}</span></li>\n'
        for t, u, d in rows[:n]) + "</ul>"


def _mq_box(title: str, more: str, inner: str, id_: str) -> str:
    return f"""<div class="box" id="{id_}">
<div class="box_tit"><span class="tit_name">{title}</span><a href="{more}" class="more">more</a></div>
<div class="box_con">{inner}</div></div>
"""


def _mq_home() -> str:
    ticker = "　　".join(f'<a href="{u}" target="_blank">{t}（{d.isoformat()}）</a>' for t, u, d in _MQ_NEWS[:6])
    notice_marquee = ('<marquee direction="up" scrollamount="2" scrolldelay="80" height="200" '
                      'onmouseover="this.stop()" onmouseout="this.start()">' + _mq_ul(_MQ_NOTICE, 9) + "</marquee>")
    svc = "".join(f'<a href="/bs/{i}.aspx" class="svc">{s}</a>' for i, s in enumerate(
        ["社保查询", "医保查询", "养老金测算", "职业资格查询", "劳动仲裁", "工伤认定", "就业登记", "失业登记", "人事档案", "证明开具"]))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江宁区人力资源和社会保障局</title>
<link href="/Skin/Default.css" rel="stylesheet" type="text/css" />
{_pad_css(80)}
<script type="text/javascript" src="/js/jquery.js"></script>
</head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTM2MjY2NjQ2Mw9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BQnkuI3mmK/kvaBkZAIDDxYCHwAFCeaIkeaYr+S9oGRkGAEFHl9fQ29udHJvbHNSZXF1aXJlUG9zdEJhY2tLZXlfXxYBBQxjdGwwMCRidG5Mb2dpbpYH7gF2Wz8n2lF3y1dJ0T3mBeX4" /></div>
<div class="header"><img src="/images/head.jpg" width="1002" height="160" alt="江宁区人力资源和社会保障局" /></div>
{_megamenu(_SECTIONS, "Category_")}
<div class="gundong"><table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="110" class="gd_tit"><img src="/images/gd_ico.gif" align="absmiddle" /> 最新动态：</td>
<td><marquee direction="left" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></td>
</tr></table></div>
<div class="main">
<div class="col_l">
{_mq_box("人社要闻", "/Category_12/Index.aspx", _mq_ul(_MQ_NEWS, 9), "rsyw")}
{_mq_box("政策法规", "/Category_15/Index.aspx", _mq_ul(_MQ_POLICY, 7), "zcfg")}
</div>
<div class="col_r">
{_mq_box("公示公告", "/Category_13/Index.aspx", notice_marquee, "gsgg")}
{_mq_box("就业创业", "/Category_21/Index.aspx", _mq_ul(_MQ_JOBS, 7, "%m-%d"), "jycy")}
{_mq_box("人事任免", "/Category_18/Index.aspx", _mq_ul(_MQ_PERSONNEL, 5), "rsrm")}
</div>
<div class="svc_box"><div class="box_tit"><span class="tit_name">网上办事</span></div>{svc}</div>
</div>
<div class="links">友情链接：{_select_links("人社系统", _FRIEND_LINKS[:8])} {_select_links("政府部门", _FRIEND_LINKS[8:])}</div>
</form>
{_gov_footer("江宁区人力资源和社会保障局", "某ICP备09012345号", "3201150017", "江宁区东山街道上元大街1号", 2009)}
</body></html>
"""


MARQUEE: dict[str, Any] = {
    "host": "www.rsj.zhold.test",
    "name": "江宁区人力资源和社会保障局",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _mq_home(),
        "/Category_12/Index.aspx": _list_page("江宁区人社局", "人社要闻", "人社要闻", _MQ_NEWS),
        "/Category_13/Index.aspx": _list_page("江宁区人社局", "公示公告", "公示公告", _MQ_NOTICE),
        "/Category_15/Index.aspx": _list_page("江宁区人社局", "政策法规", "政策法规", _MQ_POLICY),
        "/Category_18/Index.aspx": _list_page("江宁区人社局", "人事任免", "人事任免", _MQ_PERSONNEL),
        "/Category_21/Index.aspx": _list_page("江宁区人社局", "就业创业", "就业创业", _MQ_JOBS),
    },
    "content_types": {},
    "truth": {
        # The horizontal ticker repeats 人社要闻's items; whether it shows up as a column
        # is not judged. The vertical marquee holds 公示公告's own list: a column.
        "full": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "人社要闻", "type": "news", "newest": "2026-11-24", "empty": False},
                {"name": "公示公告", "type": "notice", "newest": "2026-11-19", "empty": False},
                {"name": "政策法规", "type": "policy", "newest": "2026-09-02", "empty": False},
                {"name": "就业创业", "type": ("news", "other"), "newest": "2026-11-21", "empty": False},
                {"name": "人事任免", "type": "personnel", "newest": "2026-05-10", "empty": False},
            ],
            "page_dates": {},
            "newest_item": {"/": "2026-11-24"},
        },
        "home": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "abandoned", "undated"],
        },
    },
}

# ---------------------------------------------------------------------------
# tables: 某县粮食局, nested layout tables, spacer GIFs, <font> dates; zombie
# ---------------------------------------------------------------------------

_LS_ORG = "县粮食局"
_LS_NEWS = _rows(_NEWS, _LS_ORG, "2024-08-12", 20, "/news/ShowArticle.asp?ArticleID={i}", 4, 2)
_LS_NOTICE = _rows(_NOTICE, _LS_ORG, "2024-07-02", 20, "/news/ShowArticle.asp?ArticleID={i}", 8, 4)
_LS_POLICY = _rows(_POLICY, _LS_ORG, "2023-12-15", 20, "/news/ShowArticle.asp?ArticleID={i}", 10, 6)
_LS_PERSONNEL = _rows(_PERSONNEL, _LS_ORG, "2023-05-20", 20, "/news/ShowArticle.asp?ArticleID={i}", 12, 12)


def _ls_cell(title_img: str, title: str, more: str, rows: list[tuple[str, str, dt.date]], n: int) -> str:
    items = "".join(
        f'<tr><td width="5%" height="22" align="center"><img src="/images/dot.gif" width="7" height="7"></td>'
        f'<td width="95%" class="a12"><a href="{u}" target="_blank">{t if len(t) <= 22 else t[:22] + "..."}</a>'
        f' <font color="#999999" style="font-size:11px">({d.isoformat()})</font></td></tr>\n'
        f'<tr><td colspan="2" height="1" background="/images/xuxian.gif"><img src="/images/spacer.gif" width="1" height="1"></td></tr>\n'
        for t, u, d in rows[:n])
    return f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
  <tr>
    <td width="9" height="29"><img src="/images/bt_l.gif" width="9" height="29"></td>
    <td background="/images/bt_bg.gif"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="25"><img src="/images/{title_img}" width="19" height="19"></td>
      <td><font color="#FFFFFF"><b>{title}</b></font></td>
      <td width="50"><a href="{more}"><font color="#FFFFFF">更多...</font></a></td></tr></table></td>
    <td width="9"><img src="/images/bt_r.gif" width="9" height="29"></td>
  </tr>
  <tr><td background="/images/box_l.gif"><img src="/images/spacer.gif" width="9" height="1"></td>
    <td valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellpadding="0" cellspacing="0">
      <tr><td height="5"><img src="/images/spacer.gif" width="1" height="5"></td></tr>
      <tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0">
{items}      </table></td></tr></table></td>
    <td background="/images/box_r.gif"><img src="/images/spacer.gif" width="9" height="1"></td></tr>
  <tr><td colspan="3" height="6" background="/images/box_b.gif"><img src="/images/spacer.gif" width="1" height="6"></td></tr>
</table>
"""


def _ls_home() -> str:
    nav = "".join(f'<td align="center"><a href="{u}" class="nav"><font color="#FFFFFF">{t}</font></a></td>'
                  f'<td width="2"><img src="/images/nav_line.gif" width="2" height="32"></td>'
                  for t, u in [("首 页", "/"), ("机构设置", "/jgsz/"), ("粮食动态", "/news/List.asp?ClassID=1"),
                               ("通知公告", "/news/List.asp?ClassID=2"), ("政策法规", "/news/List.asp?ClassID=3"),
                               ("人事信息", "/news/List.asp?ClassID=4"), ("粮食流通", "/news/List.asp?ClassID=5"),
                               ("粮油价格", "/news/List.asp?ClassID=6"), ("在线留言", "/guestbook/")])
    price = "".join(f'<tr bgcolor="#FFFFFF"><td height="22">{p}</td><td align="center">{v}</td></tr>'
                    for p, v in [("早籼稻", "1.36"), ("中晚籼稻", "1.42"), ("粳稻", "1.48"), ("小麦", "1.21"),
                                 ("玉米", "1.12"), ("大豆", "2.35"), ("菜籽油", "9.80")])
    return f"""<html>
<head>
<title>石门县粮食局</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link href="/css/css.css" rel="stylesheet" type="text/css">
{_pad_css(110)}
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/top.jpg" width="778" height="128"></td></tr>
  <tr><td height="32" background="/images/nav_bg.gif"><table border="0" cellpadding="0" cellspacing="0" align="center"><tr>{nav}</tr></table></td></tr>
  <tr><td height="24" bgcolor="#EFEFEF"><table width="100%" border="0"><tr>
    <td>&nbsp;今天是2026年11月25日 星期三</td>
    <td align="right"><a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.lsj.zhold.test');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.lsj.zhold.test','石门县粮食局')">加入收藏</a>&nbsp;</td></tr></table></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" bgcolor="#F4F9FD">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><img src="/images/left_login.gif" width="200" height="30"></td></tr>
        <tr><td height="90" align="center">用户名：<input name="u" size="12"><br>密　码：<input name="p" type="password" size="12"><br><input type="image" src="/images/login.gif"></td></tr>
        <tr><td><img src="/images/left_price.gif" width="200" height="30"></td></tr>
        <tr><td><table width="96%" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#CCCCCC">
          <tr bgcolor="#E8F2FB"><td height="22">品种</td><td align="center">元/斤</td></tr>{price}</table></td></tr>
        <tr><td><img src="/images/spacer.gif" width="1" height="10"></td></tr>
        <tr><td align="center"><a href="/zt/lsaq/"><img src="/images/zt_lsaq.gif" width="190" height="60" border="0"></a></td></tr>
        <tr><td align="center"><a href="/zt/jyl/"><img src="/images/zt_jyl.gif" width="190" height="60" border="0"></a></td></tr>
        <tr><td align="center" height="30">访问人数：<img src="/count/1.gif"><img src="/count/2.gif"><img src="/count/8.gif"><img src="/count/3.gif"><img src="/count/0.gif"><img src="/count/6.gif"></td></tr>
      </table>
    </td>
    <td width="8"><img src="/images/spacer.gif" width="8" height="1"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td>{_ls_cell("ico1.gif", "粮食动态", "/news/List.asp?ClassID=1", _LS_NEWS, 10)}</td></tr>
        <tr><td><img src="/images/spacer.gif" width="1" height="8"></td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
          <td width="49%" valign="top">{_ls_cell("ico2.gif", "通知公告", "/news/List.asp?ClassID=2", _LS_NOTICE, 7)}</td>
          <td width="2%"><img src="/images/spacer.gif" width="8" height="1"></td>
          <td width="49%" valign="top">{_ls_cell("ico3.gif", "政策法规", "/news/List.asp?ClassID=3", _LS_POLICY, 7)}</td>
        </tr></table></td></tr>
        <tr><td><img src="/images/spacer.gif" width="1" height="8"></td></tr>
        <tr><td>{_ls_cell("ico4.gif", "人事信息", "/news/List.asp?ClassID=4", _LS_PERSONNEL, 5)}</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1B5E9E">
  <tr><td height="70" align="center"><font color="#FFFFFF">主办：石门县粮食局　地址：石门县解放路66号　电话：0736-5221234<br>
  Copyright &copy; 2008-2026 石门县粮食局 版权所有　某ICP备08006543号<br>技术支持：某某网络科技有限公司</font></td></tr>
</table>
</body>
</html>
"""


def _ls_list(rows: list[tuple[str, str, dt.date]], name: str) -> str:
    return _list_page("石门县粮食局", name, name, rows, "font")


TABLES: dict[str, Any] = {
    "host": "www.lsj.zhold.test",
    "name": "石门县粮食局",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _ls_home(),
        "/news/List.asp?ClassID=1": _ls_list(_LS_NEWS, "粮食动态"),
        "/news/List.asp?ClassID=2": _ls_list(_LS_NOTICE, "通知公告"),
        "/news/List.asp?ClassID=3": _ls_list(_LS_POLICY, "政策法规"),
        "/news/List.asp?ClassID=4": _ls_list(_LS_PERSONNEL, "人事信息"),
        _LS_NEWS[0][1]: _article("石门县粮食局", "粮食动态", _LS_NEWS[0][0], _LS_NEWS[0][2]),
    },
    "content_types": {},
    "truth": {
        # Newest item 2024-08-12, 470 days before NOW: zombie. The header's
        # "今天是2026年11月25日 星期三" (server-written) and the footer's 2008-2026 are
        # chrome, not updates.
        "full": {
            "status": "zombie", "passed": False,
            "must": ["homepage_stale", "abandoned"],
            "must_not": ["column_empty", "hidden_links", "spam_content", "undated"],
            "columns": [
                {"name": "粮食动态", "type": "news", "newest": "2024-08-12", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2024-07-02", "empty": False},
                {"name": "政策法规", "type": "policy", "newest": "2023-12-15", "empty": False},
                {"name": "人事信息", "type": "personnel", "newest": "2023-05-20", "empty": False},
            ],
            "page_dates": {_LS_NEWS[0][1]: "2024-08-12"},
            "newest_item": {"/": "2024-08-12"},
        },
        "home": {
            "status": "zombie", "passed": False,
            "must": ["homepage_stale", "abandoned"], "must_not": ["undated", "hidden_links"],
        },
    },
}

# ---------------------------------------------------------------------------
# imagemap: 十里铺乡, the homepage is one sliced image with a <map>; stale
# ---------------------------------------------------------------------------

_SL_ORG = "十里铺乡"
_SL_XZYW = _rows(_NEWS, _SL_ORG, "2026-10-28", 15, "/xwzx/xzyw/{i}.htm", 3, 4)
_SL_GZDT = _rows(_NEWS, _SL_ORG, "2026-10-30", 15, "/xwzx/gzdt/{i}.htm", 2, 13)
_SL_TZGG = _rows(_NOTICE, _SL_ORG, "2026-10-09", 15, "/tzgg/{i}.htm", 6, 5)
_SL_ZCWJ = _rows(_POLICY, _SL_ORG, "2026-08-14", 15, "/zwgk/zcwj/{i}.htm", 8, 9)
_SL_CZ = [(f"十里铺乡{y}年财政{k}公开", f"/zwgk/czyjs/{y}{i}.htm", d) for i, (y, k, d) in enumerate([
    (2026, "预算", dt.date(2026, 3, 31)), (2025, "决算", dt.date(2025, 9, 28)), (2025, "预算", dt.date(2025, 3, 30)),
    (2024, "决算", dt.date(2024, 9, 26)), (2024, "预算", dt.date(2024, 3, 29)), (2023, "决算", dt.date(2023, 9, 22))])]


_USEMAP = ' usemap="#Map"'


def _sl_home() -> str:
    areas = [("新闻中心", "xwzx/index.htm", "92,412,262,470"), ("通知公告", "tzgg/index.htm", "270,412,440,470"),
             ("政务公开", "zwgk/index.htm", "448,412,618,470"), ("乡情概况", "xqgk.htm", "626,412,796,470"),
             ("联系我们", "lxwm.htm", "804,412,974,470"), ("乡长信箱", "mailto:slpx@163.com", "860,20,980,60")]
    area_html = "\n".join(f'<area shape="rect" coords="{c}" href="{u}" alt="{a}" title="{a}">' for a, u, c in areas)
    rows = []
    for r in range(1, 9):
        cells = "".join(f'<td><img name="index_r{r}_c{c}" src="images/index_r{r}_c{c}.jpg" width="{1000 // 5}" height="{75 if r != 6 else 60}" '
                        f'border="0" id="index_r{r}_c{c}" alt=""{_USEMAP if r == 6 and c == 1 else ""}></td>'
                        for c in range(1, 6))
        rows.append(f'<tr>{cells}<td><img src="images/spacer.gif" width="1" height="{75 if r != 6 else 60}" border="0" alt=""></td></tr>')
    spacer_row = "".join('<td><img src="images/spacer.gif" width="200" height="1" border="0" alt=""></td>' for _ in range(5))
    return f"""<html>
<head>
<title>十里铺乡人民政府</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!-- Fireworks 8 Dreamweaver 8 target.  Created Tue Mar 16 10:21:07 GMT+0800 2010-->
<script language="JavaScript">
<!--
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
//-->
</script>
</head>
<body bgcolor="#ffffff" onLoad="MM_preloadImages('images/index_r6_c1_f2.jpg')" style="margin:0">
<table border="0" cellpadding="0" cellspacing="0" width="1000" align="center">
<!-- fwtable fwsrc="index.png" fwbase="index.jpg" fwstyle="Dreamweaver" fwdocid = "742308039" fwnested="0" -->
  <tr>{spacer_row}<td><img src="images/spacer.gif" width="1" height="1" border="0" alt=""></td></tr>
  {"".join(rows)}
</table>
<map name="Map">
{area_html}
</map>
<div align="center" style="font-size:12px;color:#666;line-height:22px">十里铺乡人民政府 版权所有 地址：某县十里铺乡政府街 电话：0371-6688xxxx 某ICP备10021234号</div>
</body>
</html>
"""


def _sl_section(title: str, boxes: list[tuple[str, str, list[tuple[str, str, dt.date]]]]) -> str:
    parts = []
    for name, more, rows in boxes:
        items = "".join(f'<li><a href="{u}">{t}</a><span class="date">{d.isoformat()}</span></li>' for t, u, d in rows[:8])
        parts.append(f'<div class="sec_box"><div class="sec_tit"><b>{name}</b><a href="{more}" class="more">更多&gt;&gt;</a></div>'
                     f'<ul>{items}</ul></div>')
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-十里铺乡人民政府</title></head><body>
<table width="1000" align="center"><tr><td><img src="../images/sub_banner.jpg" width="1000" height="120"></td></tr>
<tr><td class="nav"><a href="../index.htm">首页</a> | <a href="../xwzx/index.htm">新闻中心</a> | <a href="../tzgg/index.htm">通知公告</a> | <a href="../zwgk/index.htm">政务公开</a> | <a href="../xqgk.htm">乡情概况</a></td></tr>
<tr><td>当前位置：首页 &gt; {title}</td></tr>
<tr><td>{"".join(parts)}</td></tr></table>
<div class="foot">十里铺乡人民政府 版权所有</div></body></html>
"""


IMAGEMAP: dict[str, Any] = {
    "host": "www.shilipu.zhold.test",
    "name": "十里铺乡人民政府",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _sl_home(),
        "/xwzx/index.htm": _sl_section("新闻中心", [("乡镇要闻", "xzyw.htm", _SL_XZYW), ("工作动态", "gzdt.htm", _SL_GZDT)]),
        "/xwzx/xzyw.htm": _list_page("十里铺乡人民政府", "乡镇要闻", "新闻中心 &gt; 乡镇要闻", _SL_XZYW),
        "/xwzx/gzdt.htm": _list_page("十里铺乡人民政府", "工作动态", "新闻中心 &gt; 工作动态", _SL_GZDT),
        "/tzgg/index.htm": _list_page("十里铺乡人民政府", "通知公告", "通知公告", _SL_TZGG),
        "/zwgk/index.htm": _sl_section("政务公开", [("政策文件", "zcwj.htm", _SL_ZCWJ), ("财政预决算", "czyjs.htm", _SL_CZ)]),
        "/zwgk/zcwj.htm": _list_page("十里铺乡人民政府", "政策文件", "政务公开 &gt; 政策文件", _SL_ZCWJ),
        "/zwgk/czyjs.htm": _list_page("十里铺乡人民政府", "财政预决算", "政务公开 &gt; 财政预决算", _SL_CZ),
        "/xqgk.htm": ("<html><head><meta charset=utf-8><title>乡情概况-十里铺乡人民政府</title></head><body>"
                      "<h2>乡情概况</h2><p>十里铺乡位于县城东部，总面积86平方公里，辖12个行政村，总人口3.2万人。"
                      "全乡以种植业和养殖业为主，近年来大力发展特色农业和乡村旅游。</p></body></html>"),
        "/lxwm.htm": ("<html><head><meta charset=utf-8><title>联系我们-十里铺乡人民政府</title></head><body>"
                      "<h2>联系我们</h2><p>地址：某县十里铺乡政府街1号　邮编：450000　电话：0371-6688xxxx</p></body></html>"),
    },
    "content_types": {},
    "truth": {
        # A navigation-only homepage: the inspectors check its second-level pages. Their
        # newest item is 2026-10-30 (26 days): the homepage counts as not updated and
        # both news columns are stale. The 政务公开 section page shows 政策文件 and
        # 财政预决算 with their own "more" links.
        "full": {
            "status": "stale", "passed": False,
            "must": ["homepage_stale", "column_stale"],
            "must_not": ["abandoned", "column_empty"],
            "columns": [
                {"name": "乡镇要闻", "type": "news", "newest": "2026-10-28", "empty": False},
                {"name": "工作动态", "type": "news", "newest": "2026-10-30", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-10-09", "empty": False},
                {"name": "政策文件", "type": "policy", "newest": "2026-08-14", "empty": False},
                {"name": "财政预决算", "type": "finance", "newest": "2026-03-31", "empty": False},
            ],
            "page_dates": {},
            "newest_item": {"/xwzx/index.htm": "2026-10-30"},
        },
        # One request: a picture and a map, no dates. Undated -> not updated; not zombie.
        "home": {
            "status": "stale", "passed": False,
            "must": ["undated"], "must_not": ["abandoned", "placeholder_page", "column_empty"],
        },
    },
}

# ---------------------------------------------------------------------------
# jslinks: 某县卫健局, javascript:openwin links and onclick rows
# ---------------------------------------------------------------------------

_WJ_ORG = "县卫生健康局"
_WJ_NEWS = _rows(_NEWS, _WJ_ORG, "2026-11-24", 20, "/Item/Show.asp?m=1&d={i}", 1, 15)
_WJ_NOTICE = _rows(_NOTICE, _WJ_ORG, "2026-11-16", 20, "/Item/Show.asp?m=2&d={i}", 2, 13)
_WJ_POLICY = _rows(_POLICY, _WJ_ORG, "2026-08-20", 20, "/Item/Show.asp?m=3&d={i}", 5, 11)
_WJ_KP = _rows(["冬季流感高发，这些防护知识要知道", "科学健身 健康生活", "慢性病防治小常识", "合理膳食 健康一生",
                "儿童预防接种须知", "世界糖尿病日：关注糖尿病 守护健康", "秋冬季节如何预防诺如病毒感染", "心理健康 你我同行"],
               _WJ_ORG, "2026-11-12", 16, "/Item/Show.asp?m=4&d={i}", 4)


def _wj_js(u: str) -> str:
    return f"javascript:openwin('{u}')"


def _wj_box(title: str, more_js: str, rows: list[tuple[str, str, dt.date]], n: int, datefmt: str, style: int) -> str:
    items = []
    for t, u, d in rows[:n]:
        ds = d.strftime(datefmt)
        if style == 0:
            items.append(f'<tr><td height="24">·<a href="{_wj_js(u)}" title="{t}">{t}</a></td><td align="right" class="time">{ds}</td></tr>')
        else:
            items.append(f'<tr><td height="24">·<a href="#" onclick="openwin(\'{u}\');return false;" title="{t}">{t}</a></td>'
                         f'<td align="right" class="time">{ds}</td></tr>')
    if style == 0:
        more = f'<span class="more" style="cursor:pointer" onclick="location.href=\'{more_js}\'">更多&gt;&gt;</span>'
    else:
        more = f'<a class="more" href="javascript:void(0)" onclick="window.open(\'{more_js}\',\'_self\')">更多&gt;&gt;</a>'
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="kuang">
<tr><td class="bt"><table width="100%"><tr><td class="bt_txt">{title}</td><td align="right">{more}</td></tr></table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{"".join(items)}</table></td></tr></table>
"""


def _wj_home() -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>安平县卫生健康局</title>
{_pad_css(100)}
<script language="javascript">
function openwin(url){{ var w=window.open(url,'','width=820,height=600,scrollbars=yes,resizable=yes,left=100,top=50'); if(w) w.focus(); }}
function chkSearch(f){{ if(f.keyword.value==''){{ alert('请输入关键字'); return false; }} return true; }}
</script>
{_CLOCK}
</head><body onload="showTime()">
<table width="990" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/top.jpg" width="990" height="145" alt="安平县卫生健康局"></td></tr>
<tr><td class="navbg">{_megamenu(_SECTIONS, "Item/Class")}</td></tr>
<tr><td height="28"><span id="clock"></span>
<form action="/Item/Search.asp" method="post" onsubmit="return chkSearch(this)" style="display:inline">站内搜索：<input name="keyword" size="18"><input type="submit" value="搜索"></form></td></tr>
</table>
<table width="990" align="center" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="485" valign="top">{_wj_box("卫健要闻", "/Item/List.asp?m=1", _WJ_NEWS, 9, "%Y-%m-%d", 0)}</td>
<td width="20"></td>
<td width="485" valign="top">{_wj_box("通知公告", "/Item/List.asp?m=2", _WJ_NOTICE, 9, "[%m-%d]", 1)}</td>
</tr><tr>
<td valign="top">{_wj_box("政策文件", "/Item/List.asp?m=3", _WJ_POLICY, 7, "%Y-%m-%d", 1)}</td>
<td></td>
<td valign="top">{_wj_box("健康科普", "/Item/List.asp?m=4", _WJ_KP, 7, "%Y-%m-%d", 0)}</td>
</tr></table>
<table width="990" align="center"><tr><td align="center" height="36">
<a href="javascript:openwin('http://www.nhc.gov.cn/')"><img src="/images/link_nhc.gif" border="0"></a>
<a href="javascript:openwin('/zt/ylws/')"><img src="/images/zt_ylws.gif" border="0"></a></td></tr>
<tr><td align="center">{_select_links("卫健系统", _FRIEND_LINKS[:9])}</td></tr></table>
{_gov_footer("安平县卫生健康局", "某ICP备11007788号", "1311250022", "安平县正阳路99号", 2011)}
</body></html>
"""


def _wj_list(name: str, rows: list[tuple[str, str, dt.date]]) -> str:
    trs = "".join(
        f'<tr onmouseover="this.style.background=\'#eef5fc\'" onmouseout="this.style.background=\'\'" '
        f'onclick="window.location=\'{u}\'" style="cursor:pointer"><td height="28" class="lb">· {t}</td>'
        f'<td width="100" align="center" class="lb">{d.isoformat()}</td></tr>\n' for t, u, d in rows)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{name}-安平县卫生健康局</title></head><body>
<table width="990" align="center"><tr><td><img src="/images/top.jpg" width="990" height="145"></td></tr>
<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; {name}</td></tr></table>
<table width="990" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top" class="left">
<div class="left_tit">{name}</div></td><td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr class="th"><td>标题</td><td width="100" align="center">发布日期</td></tr>
{trs}</table>
<div class="page">共{len(rows) * 5}条 页次：1/5 每页{len(rows)}条 <a href="List.asp?m=1&page=2">下一页</a> <a href="List.asp?m=1&page=5">尾页</a></div>
</td></tr></table>
<div class="foot">安平县卫生健康局 版权所有</div></body></html>
"""


JSLINKS: dict[str, Any] = {
    "host": "www.wjj.zhold.test",
    "name": "安平县卫生健康局",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _wj_home(),
        "/Item/List.asp?m=1": _wj_list("卫健要闻", _WJ_NEWS),
        "/Item/List.asp?m=2": _wj_list("通知公告", _WJ_NOTICE),
        "/Item/List.asp?m=3": _wj_list("政策文件", _WJ_POLICY),
        "/Item/List.asp?m=4": _wj_list("健康科普", _WJ_KP),
        _WJ_NEWS[0][1]: _article("安平县卫生健康局", "卫健要闻", _WJ_NEWS[0][0], _WJ_NEWS[0][2]),
    },
    "content_types": {},
    "truth": {
        # Items link by javascript:openwin('...'); the "more" links are onclick
        # handlers. The homepage shows every item's date, so the columns are judged on
        # the homepage blocks at least; a crawler that reads the URL in openwin('...')
        # can read the list pages, whose rows have no <a> (onclick rows) but are dated.
        "full": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "卫健要闻", "type": "news", "newest": "2026-11-24", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-16", "empty": False},
                {"name": "政策文件", "type": "policy", "newest": "2026-08-20", "empty": False},
                {"name": "健康科普", "type": ("news", "other"), "newest": "2026-11-12", "empty": False},
            ],
            "page_dates": {_WJ_NEWS[0][1]: "2026-11-24"},
            "newest_item": {"/": "2026-11-24", "/Item/List.asp?m=1": "2026-11-24"},
        },
        "home": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "abandoned", "undated"],
        },
    },
}

# ---------------------------------------------------------------------------
# vueshell: 华溪市人民政府, <div id="app"></div> + a JSON API
# ---------------------------------------------------------------------------

_VUE_INDEX = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="SiteName" content="华溪市人民政府"><meta name="SiteDomain" content="www.hx.zhold.test"><meta name="SiteIDCode" content="3310000001"><link rel="icon" href="/favicon.ico"><title>华溪市人民政府</title><script>window.__SITE_CONFIG__={"apiBase":"/api","siteId":"hx001","theme":"red","gray":false};</script><link href="/static/css/chunk-vendors.2b8f1c4e.css" rel="stylesheet"><link href="/static/css/app.9d31aa07.css" rel="stylesheet"></head><body><noscript><strong>We're sorry but hx-portal doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript><div id="app"></div><script src="/static/js/chunk-vendors.5f2e1b0a.js"></script><script src="/static/js/app.7c4d9e12.js"></script><script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script></body></html>"""

_VUE_APP_JS = """(function(){"use strict";var e={apiBase:window.__SITE_CONFIG__.apiBase};
function t(n){return fetch(e.apiBase+n,{headers:{"Accept":"application/json"}}).then(function(r){return r.json()})}
var columns=[{id:101,name:"政务要闻",path:"/col/col101/"},{id:102,name:"通知公告",path:"/col/col102/"},{id:103,name:"政策文件",path:"/col/col103/"}];
function render(el,html){document.getElementById(el).innerHTML=html}
t("/cms/index").then(function(d){var h="";d.data.columns.forEach(function(c){h+='<div class="col"><h3>'+c.name+'</h3><ul>';c.list.forEach(function(i){h+='<li><a href="'+i.url+'">'+i.title+'</a><span>'+i.pubDate+'</span></li>'});h+='</ul></div>'});render("app",h)});
})();
"""

_VUE_API = ('{"code":200,"msg":"success","data":{"columns":['
            '{"id":101,"name":"政务要闻","list":[{"title":"华溪市召开市政府第48次常务会议","url":"/art/2026/11/24/art_101_88123.html","pubDate":"2026-11-24"},'
            '{"title":"市领导调研重点项目建设","url":"/art/2026/11/22/art_101_88101.html","pubDate":"2026-11-22"}]},'
            '{"id":102,"name":"通知公告","list":[{"title":"关于2027年元旦放假安排的通知","url":"/art/2026/11/20/art_102_88090.html","pubDate":"2026-11-20"}]}]}}')

VUESHELL: dict[str, Any] = {
    "host": "www.hx.zhold.test",
    "name": "华溪市人民政府",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": {
        "/": _VUE_INDEX,
        "/static/js/app.7c4d9e12.js": _VUE_APP_JS,
        "/static/js/chunk-vendors.5f2e1b0a.js": "/*! vendors */(window.webpackJsonp=window.webpackJsonp||[]).push([[0],{}]);",
        "/api/cms/index": _VUE_API,
    },
    "content_types": {
        "/static/js/app.7c4d9e12.js": "application/javascript; charset=utf-8",
        "/static/js/chunk-vendors.5f2e1b0a.js": "application/javascript; charset=utf-8",
        "/api/cms/index": "application/json; charset=utf-8",
    },
    "truth": {
        # Nothing is on the page without running its script. The site may well be
        # fresh (its API says 2026-11-24), so zombie or "abandoned" would be a lie,
        # and healthy would be a guess. Honest: undated -> stale (not shown to be
        # updated), no columns judged, nothing called empty.
        "full": {
            "status": "stale", "passed": False,
            "must": ["undated"],
            "must_not": ["abandoned", "column_empty", "column_stale", "placeholder_page", "hidden_links"],
            "columns": [],
            "page_dates": {},
            "newest_item": {},
        },
        "home": {
            "status": "stale", "passed": False,
            "must": ["undated"], "must_not": ["abandoned", "placeholder_page", "hidden_links"],
        },
    },
}

# ---------------------------------------------------------------------------
# gbk: 荷塘镇, meta gb2312, bytes GBK with a few invalid bytes, no HTTP charset
# ---------------------------------------------------------------------------

_HT_ORG = "荷塘镇"
_HT_NEWS = _rows(_NEWS, _HT_ORG, "2026-11-21", 20, "/html/zwdt/{ym}/{i}.html", 1, 17)
_HT_NEWS[1] = ("荷塘镇党委书记王喆带队走访慰问困难群众", _HT_NEWS[1][1], _HT_NEWS[1][2])
_HT_NEWS[3] = ("镇长刘堃主持召开镇政府常务会议", _HT_NEWS[3][1], _HT_NEWS[3][2])
_HT_NOTICE = _rows(_NOTICE, _HT_ORG, "2026-11-05", 20, "/html/tzgg/{ym}/{i}.html", 3, 19)
_HT_CWGK = _rows(["{org}荷塘村2026年第三季度村务公开", "{org}石桥村财务收支公开", "{org}新塘村集体资产处置公示",
                  "{org}莲花村低保户名单公示", "{org}各村一事一议项目公示"], _HT_ORG, "2026-10-08", 15, "/html/cwgk/{ym}/{i}.html", 6)
_HT_POLICY = _rows(_POLICY, _HT_ORG, "2026-07-01", 20, "/html/zcwj/{ym}/{i}.html", 7, 21)


def _ht_box(title: str, more: str, rows: list[tuple[str, str, dt.date]], n: int) -> str:
    items = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d.strftime("%Y-%m-%d")}</span></li>\n' for t, u, d in rows[:n])
    return (f'<div class="lm"><div class="lm_t"><span>{title}</span><a href="{more}">更多&gt;&gt;</a></div>'
            f'<ul class="lm_c">{items}</ul></div>\n')


def _ht_home_text() -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>荷塘镇人民政府</title>
<meta name="keywords" content="荷塘镇,荷塘镇人民政府,荷塘" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
{_pad_css(90)}
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body>
<div class="header"><div class="top w960"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" alt="荷塘镇人民政府" /></a></h1></div>
<div class="banner">@@BAD1@@</div></div>
{_megamenu(_SECTIONS, "html/lm")}
</div>
<div class="w960 center">
<div class="pleft">
{_ht_box("镇务动态", "/html/zwdt/", _HT_NEWS, 10)}
{_ht_box("村务公开", "/html/cwgk/", _HT_CWGK, 7)}
</div>
<div class="pright">
{_ht_box("通知公告", "/html/tzgg/", _HT_NOTICE, 8)}
{_ht_box("政策文件", "/html/zcwj/", _HT_POLICY, 7)}
<div class="lm"><div class="lm_t"><span>镇情简介</span></div><div class="lm_c">荷塘镇位于县境西南，因境内古塘遍植荷花而得名。全镇辖14个行政村、2个社区，总人口4.6万人。@@BAD2@@镇内有省级文物保护单位荷塘古桥一处。</div></div>
</div>
</div>
<div class="flink w960">友情链接：{_select_links("上级网站", _FRIEND_LINKS[:6])} {_select_links("兄弟乡镇", _FRIEND_LINKS[6:12])}</div>
{_gov_footer("荷塘镇人民政府", "某ICP备13004567号", "4306210011", "某县荷塘镇荷花路8号", 2013)}
<!-- /footer -->@@BAD3@@
</body>
</html>
"""


def _ht_encode(text: str) -> bytes:
    out = text.encode("gbk")
    # A corrupt banner text (a lead byte followed by an ASCII byte), a lone 0xFF, and a
    # character cut in half by a bad template include before the footer comment end.
    out = out.replace(b"@@BAD1@@", "欢迎访问".encode("gbk") + b"\x81\x20" + "荷塘镇".encode("gbk"))
    out = out.replace(b"@@BAD2@@", b"\xff")
    out = out.replace(b"@@BAD3@@", "荷".encode("gbk")[:1])
    return out


def _ht_list(name: str, rows: list[tuple[str, str, dt.date]]) -> bytes:
    text = _list_page("荷塘镇人民政府", name, name, rows, "ul", charset="gb2312")
    return text.encode("gbk")[:-20] + b"\xfe\x7f" + text.encode("gbk")[-20:]


GBK: dict[str, Any] = {
    "host": "www.hetang.zhold.test",
    "name": "荷塘镇人民政府",
    "encoding": "gbk",
    "header_charset": None,
    "pages": {
        "/": _ht_encode(_ht_home_text()),
        "/html/zwdt/": _ht_list("镇务动态", _HT_NEWS),
        "/html/tzgg/": _ht_list("通知公告", _HT_NOTICE),
        "/html/cwgk/": _ht_list("村务公开", _HT_CWGK),
        "/html/zcwj/": _ht_list("政策文件", _HT_POLICY),
        _HT_NEWS[1][1]: _article("荷塘镇人民政府", "镇务动态", _HT_NEWS[1][0], _HT_NEWS[1][2], charset="gb2312").encode("gbk"),
    },
    "content_types": {},
    "truth": {
        "title": "荷塘镇人民政府",
        "full": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "undated"],
            "columns": [
                {"name": "镇务动态", "type": "news", "newest": "2026-11-21", "empty": False},
                {"name": "村务公开", "type": ("other", "notice"), "newest": "2026-10-08", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-05", "empty": False},
                {"name": "政策文件", "type": "policy", "newest": "2026-07-01", "empty": False},
            ],
            "page_dates": {_HT_NEWS[1][1]: _HT_NEWS[1][2].isoformat()},
            "newest_item": {"/": "2026-11-21"},
        },
        "home": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "abandoned", "undated"],
        },
    },
}

# ---------------------------------------------------------------------------
# emptyboxes: 板桥乡, image-headed boxes, six of them 暂无信息; stale by empties
# ---------------------------------------------------------------------------

_BQ_ORG = "板桥乡"
_BQ_NEWS = _rows(_NEWS, _BQ_ORG, "2026-11-23", 20, "/News/ShowInfo.aspx?ID={i}", 1, 19)
_BQ_NOTICE = _rows(_NOTICE, _BQ_ORG, "2026-11-13", 20, "/News/ShowInfo.aspx?ID={i}", 2, 21)
_BQ_EMPTY = [("政策解读", "zcjd", "policy"), ("人事信息", "rsxx", "personnel"), ("规划计划", "ghjh", "planning"),
             ("财政预决算", "czyjs", "finance"), ("应急管理", "yjgl", "other"), ("建议提案办理", "jyta", "other")]


def _bq_box(alt: str, img: str, more: str, body: str) -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #d7e3f0">
<tr><td height="34" background="/images/lm_bg.gif"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="140"><img src="/images/{img}.gif" alt="{alt}" width="130" height="34" /></td><td>&nbsp;</td>
<td width="60" align="center"><a href="{more}"><img src="/images/more2.gif" alt="更多" border="0" /></a></td></tr></table></td></tr>
<tr><td height="180" valign="top" style="padding:6px 8px">{body}</td></tr></table>
"""


def _bq_list(rows: list[tuple[str, str, dt.date]], n: int) -> str:
    return '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(
        f'<tr><td height="25"><img src="/images/arrow3.gif" /> <a href="{u}" target="_blank">{t}</a></td>'
        f'<td width="80" align="right"><font color="#888888">{d.strftime("%Y-%m-%d")}</font></td></tr>\n'
        for t, u, d in rows[:n]) + "</table>"


_BQ_EMPTY_BODY = ('<table width="100%" height="160" border="0" cellspacing="0" cellpadding="0"><tr>'
                  '<td align="center" valign="middle"><font color="#999999">暂无信息</font></td></tr></table>')


def _bq_home() -> str:
    boxes = [_bq_box(a, f"tit_{slug}", f"/News/List.aspx?lm={slug}", _BQ_EMPTY_BODY) for a, slug, _ in _BQ_EMPTY]
    grid = ""
    for i in range(0, len(boxes), 2):
        grid += (f'<tr><td width="49%" valign="top">{boxes[i]}</td><td width="2%"></td>'
                 f'<td width="49%" valign="top">{boxes[i + 1]}</td></tr><tr><td colspan="3" height="8"></td></tr>\n')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>板桥乡人民政府</title>
{_pad_css(90)}
{_CLOCK}
</head><body onload="showTime()">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="160" alt="板桥乡人民政府" /></td></tr>
<tr><td>{_megamenu(_SECTIONS, "News/List.aspx?cat=")}</td></tr>
<tr><td height="28" bgcolor="#f2f7fc"><span id="clock"></span></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="49%" valign="top">{_bq_box("乡镇动态", "tit_xzdt", "/News/List.aspx?lm=xzdt", _bq_list(_BQ_NEWS, 8))}</td><td width="2%"></td>
<td width="49%" valign="top">{_bq_box("通知公告", "tit_tzgg", "/News/List.aspx?lm=tzgg", _bq_list(_BQ_NOTICE, 8))}</td></tr>
<tr><td colspan="3" height="8"></td></tr>
{grid}
</table>
<table width="1000" border="0" align="center"><tr><td align="center">{_select_links("政府网站", _FRIEND_LINKS)}</td></tr></table>
{_gov_footer("板桥乡人民政府", "某ICP备16002233号", "5224010077", "某县板桥乡集镇", 2016)}
</body></html>
"""


def _bq_pages() -> dict[str, str]:
    pages = {
        "/": _bq_home(),
        "/News/List.aspx?lm=xzdt": _list_page("板桥乡人民政府", "乡镇动态", "乡镇动态", _BQ_NEWS),
        "/News/List.aspx?lm=tzgg": _list_page("板桥乡人民政府", "通知公告", "通知公告", _BQ_NOTICE),
    }
    for name, slug, _ in _BQ_EMPTY:
        pages[f"/News/List.aspx?lm={slug}"] = _list_page("板桥乡人民政府", name, name, [], empty=True)
    return pages


EMPTYBOXES: dict[str, Any] = {
    "host": "www.banqiao.zhold.test",
    "name": "板桥乡人民政府",
    "encoding": "utf-8",
    "header_charset": "utf-8",
    "pages": _bq_pages(),
    "content_types": {},
    "truth": {
        # Six boxes show 暂无信息 and their list pages 共 0 条: six empty columns, over the
        # five that fail a site. The homepage itself is fresh (2026-11-23).
        "full": {
            "status": "stale", "passed": False,
            "must": ["column_empty"],
            "must_not": ["homepage_stale", "abandoned", "undated", "column_stale"],
            "columns": [
                {"name": "乡镇动态", "type": "news", "newest": "2026-11-23", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-13", "empty": False},
            ] + [{"name": n, "type": t, "newest": None, "empty": True} for n, _, t in _BQ_EMPTY],
            "page_dates": {},
            "newest_item": {"/": "2026-11-23"},
        },
        # The sweep does not judge columns: the fresh homepage is all it sees.
        "home": {
            "status": "healthy", "passed": True,
            "must": [], "must_not": ["homepage_stale", "abandoned", "undated"],
        },
    },
}

SITES: dict[str, dict[str, Any]] = {
    "frameset": FRAMESET,
    "imgheads": IMGHEADS,
    "docwrite": DOCWRITE,
    "marquee": MARQUEE,
    "tables": TABLES,
    "imagemap": IMAGEMAP,
    "jslinks": JSLINKS,
    "vueshell": VUESHELL,
    "gbk": GBK,
    "emptyboxes": EMPTYBOXES,
}
