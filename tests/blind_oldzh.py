"""Blind evaluation: old Chinese government and school sites (2005-2014 builds).

FrontPage / Dreamweaver table layouts, 动易 PowerEasy, 新云, 科讯 KesionCMS and
DedeCMS templates, 乡镇 sites on shared 集约化 hosts, GB2312/GBK and Big5.
Pages and truth were written before any scan (see the commit history).

Each site: ``host``, ``name``, ``encoding`` (what the bytes are in), ``header_charset``
(the HTTP Content-Type charset, None when the server sends plain ``text/html``),
``pages`` ({path-with-query: html str}) and ``truth``.

Truth per depth: ``status``, ``passed``, ``must`` (finding codes that must appear),
``must_not``; at ``full`` also ``columns`` ([{name, type, newest, empty}]) and
``last_updated``; ``list_pages`` ({path: {newest, empty}}) says what each column's own
list page holds when read as a column page (``inspect`` ``as_column_page``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()

# ---------------------------------------------------------------------------
# shared chrome of the period (written the way those templates were)
# ---------------------------------------------------------------------------

_MM_SCRIPT = """<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
function AddFavorite(sURL, sTitle){ try{ window.external.addFavorite(sURL, sTitle);}
  catch (e){ try{ window.sidebar.addPanel(sTitle, sURL, "");}catch (e){ alert("加入收藏失败，请使用Ctrl+D进行添加");}}}
function SetHome(obj,vrl){ try{ obj.style.behavior='url(#default#homepage)';obj.setHomePage(vrl);}
  catch(e){ alert("此操作被浏览器拒绝！");}}
//-->
</script>
"""

_CLOCK_SCRIPT = """<script language="javascript">
<!--
var today=new Date();
var week=new Array("星期日","星期一","星期二","星期三","星期四","星期五","星期六");
document.write("今天是："+today.getFullYear()+"年"+(today.getMonth()+1)+"月"+today.getDate()+"日 "+week[today.getDay()]);
//-->
</script>"""

_OLD_CSS = """<style type="text/css">
<!--
body { margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; font-size: 12px; }
td { font-size: 12px; line-height: 20px; color: #333333; }
a:link { color: #333333; text-decoration: none; }
a:visited { color: #333333; text-decoration: none; }
a:hover { color: #CC0000; text-decoration: underline; }
.nav { font-size: 14px; font-weight: bold; color: #FFFFFF; }
.nav a:link, .nav a:visited { color: #FFFFFF; }
.title_bar { background-image: url(images/title_bg.gif); height: 28px; color: #FFFFFF; font-weight: bold; padding-left: 25px; }
.border1 { border: 1px solid #B8D3EE; }
.date { color: #999999; font-size: 12px; }
.foot { color: #666666; line-height: 22px; }
.input1 { border: 1px solid #7F9DB9; height: 18px; width: 120px; }
-->
</style>
"""

_CITY_LINKS = [
    ("中国政府网", "http://www.gov.cn/"),
    ("省人民政府", "http://www.province.oldzh.test/"),
    ("市人民政府", "http://www.city.oldzh.test/"),
    ("县人民政府", "http://www.county.oldzh.test/"),
    ("市发展和改革委员会", "http://fgw.city.oldzh.test/"),
    ("市教育局", "http://jyj.city.oldzh.test/"),
    ("市公安局", "http://gaj.city.oldzh.test/"),
    ("市民政局", "http://mzj.city.oldzh.test/"),
    ("市财政局", "http://czj.city.oldzh.test/"),
    ("市人力资源和社会保障局", "http://rsj.city.oldzh.test/"),
    ("市国土资源局", "http://gtj.city.oldzh.test/"),
    ("市住房和城乡建设局", "http://zjj.city.oldzh.test/"),
    ("市交通运输局", "http://jtj.city.oldzh.test/"),
    ("市水利局", "http://slj.city.oldzh.test/"),
    ("市农业局", "http://nyj.city.oldzh.test/"),
    ("市林业局", "http://lyj.city.oldzh.test/"),
    ("市商务局", "http://swj.city.oldzh.test/"),
    ("市文化广电新闻出版局", "http://wgxj.city.oldzh.test/"),
    ("市卫生和计划生育委员会", "http://wjw.city.oldzh.test/"),
    ("市审计局", "http://sjj.city.oldzh.test/"),
    ("市环境保护局", "http://hbj.city.oldzh.test/"),
    ("市统计局", "http://tjj.city.oldzh.test/"),
    ("市安全生产监督管理局", "http://ajj.city.oldzh.test/"),
    ("市食品药品监督管理局", "http://sda.city.oldzh.test/"),
    ("市工商行政管理局", "http://gsj.city.oldzh.test/"),
    ("市质量技术监督局", "http://zjj2.city.oldzh.test/"),
    ("市旅游局", "http://lyj2.city.oldzh.test/"),
    ("市档案局", "http://daj.city.oldzh.test/"),
    ("市地方税务局", "http://ds.city.oldzh.test/"),
    ("市国家税务局", "http://gs.city.oldzh.test/"),
]

_TW_LINKS = [
    ("行政院", "http://www.ey.tw.oldzh.test/"),
    ("內政部", "http://www.moi.tw.oldzh.test/"),
    ("縣政府", "http://www.county.tw.oldzh.test/"),
    ("縣議會", "http://www.council.tw.oldzh.test/"),
    ("戶政事務所", "http://www.hr.tw.oldzh.test/"),
    ("地政事務所", "http://www.land.tw.oldzh.test/"),
    ("衛生所", "http://www.health.tw.oldzh.test/"),
    ("農會", "http://www.farm.tw.oldzh.test/"),
    ("國稅局", "http://www.tax.tw.oldzh.test/"),
    ("警察局", "http://www.police.tw.oldzh.test/"),
    ("消防局", "http://www.fire.tw.oldzh.test/"),
    ("環保局", "http://www.epb.tw.oldzh.test/"),
    ("文化局", "http://www.culture.tw.oldzh.test/"),
    ("教育處", "http://www.edu.tw.oldzh.test/"),
    ("社會處", "http://www.social.tw.oldzh.test/"),
    ("工務處", "http://www.pw.tw.oldzh.test/"),
]


def _select_links(links: list[tuple[str, str]], label: str) -> str:
    opts = "\n".join(
        f'        <option value="{u}">{n}</option>' for n, u in links
    )
    return (
        f'<select name="select{len(label)}" onchange="MM_jumpMenu(\'parent\',this,0)" '
        f'style="width:150px">\n        <option selected>--{label}--</option>\n{opts}\n'
        "      </select>"
    )


def _friend_links_block(links: list[tuple[str, str]]) -> str:
    half = len(links) // 3
    return f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="border1">
  <tr>
    <td height="28" background="images/link_bg.gif">&nbsp;&nbsp;<strong>友情链接</strong></td>
  </tr>
  <tr>
    <td height="40" align="center">
      {_select_links(links[:half], "国家部委网站")}
      {_select_links(links[half:2*half], "省市政府网站")}
      {_select_links(links[2*half:], "县市部门网站")}
    </td>
  </tr>
</table>
"""


def _image_banners(prefix: str, n: int) -> str:
    cells = "\n".join(
        f'    <td align="center"><a href="/zt/zt{i:02d}/index.htm" target="_blank">'
        f'<img src="/images/{prefix}_zt{i:02d}.jpg" width="180" height="55" border="0" '
        f'alt="专题{i}"></a></td>'
        for i in range(1, n + 1)
    )
    return f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="3">
  <tr>
{cells}
  </tr>
</table>
"""


def _pad_comment(kb: int) -> str:
    # Dreamweaver templates keep their "InstanceBeginEditable" cruft and long
    # commented-out blocks; old sites ship several KB of it.
    line = "<!-- #BeginLibraryItem \"/Library/old_nav.lbi\" --><!-- 原导航备份 勿删 -->\n"
    return line * (kb * 1024 // len(line.encode("utf-8")))


def _gov_footer(owner: str, icp: str, since: int, extra: str = "") -> str:
    return f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E8F1FA">
  <tr><td height="4" bgcolor="#1E5AA0"></td></tr>
  <tr>
    <td height="90" align="center" class="foot">
      <a href="/about.htm">关于我们</a> | <a href="/sitemap.htm">网站地图</a> | <a href="/contact.htm">联系我们</a> | <a href="javascript:AddFavorite(location.href,document.title)">加入收藏</a> | <a href="#" onclick="SetHome(this,location.href)">设为首页</a><br>
      主办：{owner}&nbsp;&nbsp;承办：{owner}办公室&nbsp;&nbsp;技术支持：县信息中心<br>
      Copyright &copy; {since}-2026 {owner} All Rights Reserved&nbsp;&nbsp;<a href="http://www.miibeian.gov.cn/" target="_blank">{icp}</a><br>
      建议使用IE6.0以上浏览器，1024*768分辨率浏览本站 {extra}
    </td>
  </tr>
</table>
"""


def _counter(n: int, since: str) -> str:
    return (
        f'<div align="center">您是本站第 <font color="#FF0000"><b>{n}</b></font> 位访问者'
        f"&nbsp;&nbsp;{since}</div>"
    )


def _dot_cell(items: list[tuple[str, str, str]], datefmt: str = "paren") -> str:
    """Several items in ONE <td>: dot image, link, &nbsp;(date)<br>."""
    out = []
    for title, url, date in items:
        if datefmt == "paren":
            d = f"&nbsp;({date})"
        elif datefmt == "font":
            d = f'&nbsp;<font color=#999999>[{date}]</font>'
        else:
            d = f'&nbsp;<span class="date">{date}</span>'
        out.append(
            f'<img src="/images/dot.gif" width="9" height="9"> <a href="{url}" '
            f'target="_blank" title="{title}">{title}</a>{d}<br>'
        )
    return "\n".join(out)


def _title_bar(name: str, more: str | None, img_more: bool = True) -> str:
    if more is None:
        m = ""
    elif img_more:
        m = (
            f'<a href="{more}"><img src="/images/more.gif" alt="更多" width="37" '
            'height="9" border="0"></a>'
        )
    else:
        m = f'<a href="{more}">更多&gt;&gt;</a>'
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="80%" height="28" class="title_bar">{name}</td>
          <td width="20%" align="right" background="/images/title_bg.gif">{m}&nbsp;</td>
        </tr>
      </table>"""


def _box(name: str, more: str | None, body: str, width: str = "100%") -> str:
    return f"""<table width="{width}" border="0" cellspacing="0" cellpadding="0" class="border1">
  <tr>
    <td>{_title_bar(name, more)}</td>
  </tr>
  <tr>
    <td valign="top" style="padding:5px 8px">
{body}
    </td>
  </tr>
</table>"""


def _nav(items: list[tuple[str, str]]) -> str:
    cells = '<td><img src="/images/nav_line.gif" width="2" height="30"></td>'.join(
        f'<td align="center" class="nav"><a href="{u}">{n}</a></td>' for n, u in items
    )
    return f"""<table width="778" height="30" border="0" align="center" cellpadding="0" cellspacing="0" background="/images/nav_bg.gif">
  <tr>
{cells}
  </tr>
</table>
"""


def _head(title: str, charset: str, extra: str = "") -> str:
    # charset meta late in the head, after title, keywords, CSS and scripts
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{title}</title>
<meta name="keywords" content="{title},政务公开,办事指南">
<meta name="description" content="{title}">
{_OLD_CSS}
{_MM_SCRIPT}
{extra}
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
</head>
"""


def _days(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def _series(start: dt.date, step: int, n: int) -> list[str]:
    return [(start - dt.timedelta(days=step * i)).isoformat() for i in range(n)]


# ---------------------------------------------------------------------------
# 1. 城关镇 on a county's shared (集约化) host, 动易 2006 template, GB2312
# ---------------------------------------------------------------------------

_CGZ_NEWS = [
    ("城关镇召开冬季森林防火工作部署会", "2026-11-24"),
    ("镇党委理论学习中心组开展专题学习", "2026-11-21"),
    ("我镇开展冬春农田水利基本建设", "2026-11-19"),
    ("城关镇组织收看全县安全生产电视电话会议", "2026-11-17"),
    ("镇人大主席团视察重点项目建设", "2026-11-13"),
    ("城关镇开展“119”消防宣传月活动", "2026-11-09"),
    ("我镇召开秋冬季农业生产现场会", "2026-11-05"),
    ("镇村干部赴先进乡镇考察学习", "2026-10-30"),
]
_CGZ_NOTICE = [
    ("关于做好2026年度城乡居民医疗保险征缴工作的通知", "2026-11-18"),
    ("城关镇2026年第二批农村危房改造对象公示", "2026-11-02"),
    ("关于开展冬季安全生产大检查的通知", "2026-10-22"),
    ("城关镇2026年度耕地地力保护补贴发放公示", "2026-09-28"),
    ("关于秸秆禁烧工作的通告", "2026-09-15"),
    ("城关镇公益性岗位招聘公告", "2026-08-30"),
]
_CGZ_POLICY = [
    ("城关镇村级财务管理办法", "2026-10-09"),
    ("城关镇农村人居环境整治实施方案", "2026-07-14"),
    ("城关镇防汛抗旱应急预案（修订）", "2026-05-20"),
    ("城关镇村规民约指导意见", "2026-03-08"),
    ("城关镇集镇管理暂行规定", "2025-12-11"),
]
_CGZ_PERSONNEL = [
    ("关于张某某等同志职务任免的通知", "2026-04-15"),
    ("城关镇2026年度村“两委”干部调整情况", "2026-02-26"),
    ("关于李某某同志任职的通知", "2025-12-30"),
    ("城关镇机关干部分工调整的通知", "2025-09-03"),
]


def _cgz_items(rows: list[tuple[str, str]], base: int, cls: int) -> list[tuple[str, str, str]]:
    return [
        (t, f"/cgz/Article/ShowArticle.asp?ArticleID={base - i}", d)
        for i, (t, d) in enumerate(rows)
    ]


def _cgz_home() -> str:
    news = _box("镇务动态", "/cgz/Article/ShowClass.asp?ClassID=3", _dot_cell(_cgz_items(_CGZ_NEWS, 2231, 3)))
    notice = _box("通知公告", "/cgz/Article/ShowClass.asp?ClassID=4", _dot_cell(_cgz_items(_CGZ_NOTICE, 2229, 4)))
    policy = _box("政策法规", "/cgz/Article/ShowClass.asp?ClassID=6", _dot_cell(_cgz_items(_CGZ_POLICY, 2101, 6)))
    personnel = _box("人事任免", "/cgz/Article/ShowClass.asp?ClassID=8", _dot_cell(_cgz_items(_CGZ_PERSONNEL, 1980, 8)))
    guide = _box(
        "办事指南",
        "/cgz/Article/ShowClass.asp?ClassID=9",
        "\n".join(
            f'<img src="/images/dot.gif"> <a href="/cgz/Article/ShowArticle.asp?ArticleID={900+i}">{t}</a><br>'
            for i, t in enumerate(
                ["生育登记办理指南", "农村建房审批办理指南", "低保申请办理指南",
                 "残疾人证办理指南", "高龄津贴申领指南", "林木采伐许可办理指南"]
            )
        ),
    )
    ticker = " &nbsp;&nbsp;&nbsp; ".join(
        f'<a href="/cgz/Article/ShowArticle.asp?ArticleID={2229 - i}">{t}</a>'
        for i, (t, _d) in enumerate(_CGZ_NOTICE[:3])
    )
    nav = _nav([
        ("网站首页", "/cgz/Index.asp"), ("镇情概况", "/cgz/Article/ShowClass.asp?ClassID=1"),
        ("镇务动态", "/cgz/Article/ShowClass.asp?ClassID=3"), ("政务公开", "/cgz/Article/ShowClass.asp?ClassID=5"),
        ("通知公告", "/cgz/Article/ShowClass.asp?ClassID=4"), ("招商引资", "/cgz/Article/ShowClass.asp?ClassID=10"),
        ("办事指南", "/cgz/Article/ShowClass.asp?ClassID=9"), ("留言板", "/cgz/GuestBook/Index.asp"),
    ])
    sidebar = _box(
        "镇情简介", "/cgz/Article/ShowClass.asp?ClassID=1",
        "城关镇位于县境中部，是县委、县政府所在地，全镇总面积186平方公里，辖12个行政村、4个社区，"
        "总人口6.8万人。境内交通便利，国道和省道穿境而过。近年来，城关镇紧紧围绕县委、县政府"
        "中心工作，大力发展特色农业和商贸物流业，经济社会各项事业取得长足发展。" * 2,
    )
    villages = _box(
        "村务公开", "/cgz/Article/ShowClass.asp?ClassID=11",
        "\n".join(
            f'<a href="/cgz/cwgk/{i}.htm">{v}村</a>&nbsp;&nbsp;' + ("<br>" if i % 4 == 3 else "")
            for i, v in enumerate(["东关", "西关", "南关", "北关", "柳树", "杨庄", "王家",
                                   "李家", "石桥", "河湾", "新民", "红星"])
        ),
    )
    return _head("城关镇人民政府", "gb2312") + f"""<body onLoad="MM_preloadImages('/images/nav_on.gif')">
{_pad_comment(3)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="22" bgcolor="#F2F7FC">&nbsp;{_CLOCK_SCRIPT}</td>
    <td align="right" bgcolor="#F2F7FC"><a href="#" onclick="SetHome(this,location.href)">设为首页</a> | <a href="javascript:AddFavorite(location.href,document.title)">加入收藏</a>&nbsp;</td>
  </tr>
  <tr>
    <td colspan="2"><img src="/cgz/images/banner.jpg" width="778" height="120" alt="城关镇人民政府"></td>
  </tr>
</table>
{nav}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="90" height="26" align="center" bgcolor="#FFF3D6"><strong><font color="#CC0000">最新公告：</font></strong></td>
    <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></td>
  </tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top">
{sidebar}
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border1">
  <tr><td class="title_bar">站内搜索</td></tr>
  <tr><td height="60" align="center"><form name="search" method="post" action="/cgz/Article/Search.asp">
    <input name="keyword" type="text" class="input1" value="关键字"> <input type="submit" value="搜索">
  </form></td></tr>
</table>
<br>
{villages}
    </td>
    <td width="8"></td>
    <td width="570" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="50%" valign="top">{news}</td>
    <td width="6"></td>
    <td width="50%" valign="top">{notice}</td>
  </tr>
  <tr><td height="6" colspan="3"></td></tr>
  <tr>
    <td valign="top">{policy}</td>
    <td></td>
    <td valign="top">{personnel}</td>
  </tr>
  <tr><td height="6" colspan="3"></td></tr>
  <tr>
    <td colspan="3" valign="top">{guide}</td>
  </tr>
</table>
    </td>
  </tr>
</table>
{_image_banners("cgz", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("城关镇人民政府", "皖ICP备05012345号", 2008, _counter(1283456, "自2008年6月1日起统计"))}
</body>
</html>
"""


def _pe_list_page(
    site_title: str,
    crumbs: str,
    rows: list[tuple[str, str, str]],
    total: int,
    page: int,
    pages: int,
    base_url: str,
    charset: str = "gb2312",
    per: int = 15,
) -> str:
    """动易 PowerEasy 2006 ShowClass.asp list page."""
    lines = "\n".join(
        f"""        <tr>
          <td width="10" height="24"><img src="/images/article_common.gif"></td>
          <td><a href="{u}" title="文章标题：{t}&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：办公室&#13;&#10;更新时间：{d}" target="_blank">{t}</a></td>
          <td width="90" align="right"><font color="#999999">{d}</font></td>
        </tr>
        <tr><td colspan="3" height="1" background="/images/line_dot.gif"></td></tr>"""
        for t, u, d in rows
    )
    first = f"<a href='{base_url}&page=1'>首页</a>" if page > 1 else "首页"
    prev = f"<a href='{base_url}&page={page - 1}'>上一页</a>" if page > 1 else "上一页"
    nxt = f"<a href='{base_url}&page={page + 1}'>下一页</a>" if page < pages else "下一页"
    last = f"<a href='{base_url}&page={pages}'>尾页</a>" if page < pages else "尾页"
    pager = (
        f'<div align="center">共 <b>{total}</b> 条记录&nbsp;&nbsp;{first} {prev} {nxt} {last}'
        f"&nbsp;页次：<strong><font color=red>{page}</font>/{pages}</strong>页 "
        f"&nbsp;<b>{per}</b>条记录/页&nbsp;转到：<select name='page' size='1' "
        f"onchange=\"javascript:window.location='{base_url}&page='+this.options[this.selectedIndex].value;\">"
        + "".join(f"<option value='{i}'>第{i}页</option>" for i in range(1, pages + 1))
        + "</select></div>"
    )
    return _head(site_title, charset) + f"""<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner_sub.jpg" width="778" height="90"></td></tr>
  <tr><td height="26" bgcolor="#E8F1FA">&nbsp;您现在的位置：&nbsp;{crumbs}</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="190" valign="top" bgcolor="#F5F9FD">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="title_bar">栏目导航</td></tr>
        <tr><td style="padding:6px">
          <a href="/">网站首页</a><br><a href="#">本站简介</a><br><a href="#">联系方式</a>
        </td></tr>
      </table>
    </td>
    <td width="8"></td>
    <td valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
{lines}
      </table>
      {pager}
    </td>
  </tr>
</table>
{_gov_footer(site_title, "皖ICP备05012345号", 2008)}
</body>
</html>
"""


def _cgz_list() -> str:
    rows = [(t, f"/cgz/Article/ShowArticle.asp?ArticleID={2231 - i}", d) for i, (t, d) in enumerate(_CGZ_NEWS)]
    older = _series(dt.date(2026, 10, 27), 4, 7)
    rows += [
        (f"城关镇{t}", f"/cgz/Article/ShowArticle.asp?ArticleID={2200 - i}", d)
        for i, (t, d) in enumerate(zip(
            ["开展重阳节敬老活动", "召开脱贫攻坚成果巩固推进会", "组织开展应急演练", "召开信访维稳工作会",
             "开展秋季征兵宣传", "举办农村实用技术培训班", "召开党建工作推进会"], older, strict=True))
    ]
    return _pe_list_page(
        "城关镇人民政府", '<a href="/cgz/">首页</a> &gt;&gt; <a href="/cgz/Article/Index.asp">文章中心</a> &gt;&gt; 镇务动态',
        rows, 123, 1, 9, "/cgz/Article/ShowClass.asp?ClassID=3",
    )


CGZ = {
    "host": "www.cgz.oldzh.test",
    "name": "城关镇人民政府",
    "encoding": "gb2312",
    "header_charset": None,
    "homepage": "/cgz/Index.asp",
    "pages": {
        "/cgz/Index.asp": _cgz_home,
        "/cgz/Article/ShowClass.asp?ClassID=3": _cgz_list,
    },
    "truth": {
        "full": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "column_empty", "undated", "abandoned",
                         "placeholder_page", "hidden_links", "spam_content", "future_dated"],
            "columns": [
                {"name": "镇务动态", "type": "news", "newest": "2026-11-24", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-18", "empty": False},
                {"name": "政策法规", "type": "policy", "newest": "2026-10-09", "empty": False},
                {"name": "人事任免", "type": "personnel", "newest": "2026-04-15", "empty": False},
            ],
            "last_updated": "2026-11-24",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned", "placeholder_page"],
            "last_updated": "2026-11-24",
        },
        "list_pages": {
            "/cgz/Article/ShowClass.asp?ClassID=3": {"newest": "2026-11-24", "empty": False},
        },
    },
}

# ---------------------------------------------------------------------------
# 2. 县教育局 on a DedeCMS 5.x template, frozen in mid-2019; the server writes
#    today's date into the header at each request (今天是2026年11月25日 星期三)
# ---------------------------------------------------------------------------

_JYJ_NEWS = [
    ("县教育局召开2019年高考考务工作会议", "2019-06-18"),
    ("全县中小学安全大检查工作圆满完成", "2019-06-10"),
    ("县实验小学开展“六一”庆祝活动", "2019-05-31"),
    ("县教育局组织开展校园食品安全专项检查", "2019-05-22"),
    ("全县中小学教师信息技术应用能力提升培训开班", "2019-05-14"),
    ("县一中举办第三十届田径运动会", "2019-04-26"),
    ("县教育局召开党风廉政建设工作会议", "2019-04-12"),
    ("全县学前教育宣传月活动启动", "2019-04-03"),
]
_JYJ_NOTICE = [
    ("关于做好2019年中考报名工作的通知", "2019-05-30"),
    ("关于公布2019年县级骨干教师名单的通知", "2019-05-08"),
    ("关于开展2019年春季学期教学常规检查的通知", "2019-03-20"),
    ("关于做好2019年义务教育招生工作的通知", "2019-03-01"),
    ("关于寒假期间安全工作的通知", "2019-01-10"),
]
_JYJ_POLICY = [
    ("县中小学学籍管理实施细则", "2019-03-12"),
    ("县义务教育阶段学校招生工作实施方案", "2019-02-28"),
    ("县中小学教师职称评审办法", "2018-11-06"),
]
_JYJ_PERSONNEL = [
    ("2018年县直学校公开选调教师拟聘用人员公示", "2018-12-20"),
    ("2018年全县中小学教师招聘考试成绩公告", "2018-08-15"),
    ("关于县教育局机关干部任职的通知", "2018-06-28"),
]


def _dede_ul(rows: list[tuple[str, str]], cat: str, base: int) -> str:
    return "\n".join(
        f'<li><span class="date">{d}</span><a href="/a/{cat}/{d.replace("-", "")}/{base - i}.html" '
        f'title="{t}">{t}</a></li>'
        for i, (t, d) in enumerate(rows)
    )


def _jyj_home() -> str:
    def box(name: str, cat: str, rows: list[tuple[str, str]], base: int) -> str:
        return f"""<div class="box">
  <div class="tit"><span class="more"><a href="/a/{cat}/">更多&gt;&gt;</a></span><h3>{name}</h3></div>
  <ul class="d1">
{_dede_ul(rows, cat, base)}
  </ul>
</div>"""

    topnav = "\n".join(
        f'<li><a href="/a/{c}/">{n}</a></li>'
        for n, c in [("首页", ""), ("机构设置", "jigou"), ("教育动态", "jiaoyudongtai"),
                     ("通知公告", "tongzhigonggao"), ("政策法规", "zhengcefagui"),
                     ("人事信息", "renshixinxi"), ("招生考试", "zhaosheng"),
                     ("教研科研", "jiaoyan"), ("资料下载", "xiazai"), ("局长信箱", "xinxiang")]
    )
    schools = "\n".join(
        f'<li><a href="http://{h}.school.oldzh.test/" target="_blank">{n}</a></li>'
        for h, n in [("yz", "县第一中学"), ("ez", "县第二中学"), ("sz", "县第三中学"),
                     ("syxx", "县实验小学"), ("syzx", "县实验中学"), ("zz", "县职业中学"),
                     ("jx", "县教师进修学校"), ("yey", "县机关幼儿园"), ("czzx", "城关镇中心学校"),
                     ("hxzx", "河西乡中心学校"), ("sqzx", "双桥镇中学"), ("lszx", "柳树镇中学")]
    )
    photos = "\n".join(
        f'<li><a href="/a/tupian/2019{m:02d}/{900+i}.html"><img src="/uploads/allimg/19{m:02d}/1-19{m:02d}1{i}0Z.jpg" width="140" height="100" alt="图片新闻{i}"><br>校园风采{i}</a></li>'
        for i, m in enumerate([6, 5, 5, 4, 3], start=1)
    )
    return _head("某县教育局", "gbk", '<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />') + f"""<body class="index">
{_pad_comment(9)}
<div class="header_top">
  <div class="w960 center">
    <span class="time">今天是2026年11月25日 星期三</span>
    <span class="toplinks"><a href="/member/index.php">会员中心</a> | <a href="/plus/heightsearch.php">高级搜索</a> | <a href="/data/rssmap.html">RSS订阅</a></span>
  </div>
</div>
<div class="header">
  <div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="某县教育局"/></a></h1></div></div>
  <div class="module blue mT10 wrapper w963">
    <div id="navMenu"><ul>{topnav}</ul></div>
    <div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" />
      <input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." />
      <button type="submit" class="search-submit">搜索</button></form>
    </div>
  </div>
</div>
<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="focus">
      <ul>{photos}</ul>
    </div>
{box("教育动态", "jiaoyudongtai", _JYJ_NEWS, 1234)}
{box("通知公告", "tongzhigonggao", _JYJ_NOTICE, 1210)}
{box("政策法规", "zhengcefagui", _JYJ_POLICY, 1100)}
{box("人事信息", "renshixinxi", _JYJ_PERSONNEL, 1050)}
  </div>
  <div class="pright">
    <div class="commend"><dl class="tbox light"><dt class="light"><strong>局长信箱</strong></dt>
      <dd class="light">您的意见和建议是我们改进工作的动力。<a href="/a/xinxiang/">我要写信</a></dd></dl></div>
    <div class="hot"><dl class="tbox"><dt><strong>学校链接</strong></dt><dd><ul class="c1 ico2">{schools}</ul></dd></dl></div>
    <div class="tj"><dl class="tbox"><dt><strong>访问统计</strong></dt><dd>今日访问：<b>23</b><br>总访问量：<b>486213</b></dd></dl></div>
  </div>
</div>
{_friend_links_block(_CITY_LINKS)}
<div class="footer w960 center mt1 clear">
  <div class="footer_body">
    <p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2011 DesDev Inc.<br /></p>
    <div class="copyright">Copyright &copy; 2008-2026 某县教育局 版权所有&nbsp;&nbsp;地址：县城人民路88号&nbsp;&nbsp;电话：0551-6123456&nbsp;&nbsp;<a href="http://www.miibeian.gov.cn">皖ICP备08012345号</a></div>
  </div>
</div>
</body>
</html>
"""


def _jyj_list() -> str:
    rows = [*_JYJ_NEWS, ("县教育局开展寒假前安全检查", "2019-01-15"), ("全县教育工作会议召开", "2019-01-08")]
    lis = "\n".join(
        f'<li><a href="/a/jiaoyudongtai/{d.replace("-", "")}/{1234 - i}.html" class="title">{t}</a>'
        f'<span class="info"><small>日期：</small>{d}<small>点击：</small>{300 + i * 7}<small>好评：</small>0</span>'
        f"<p class=\"intro\">{t}。近日，……</p></li>"
        for i, (t, d) in enumerate(rows)
    )
    return _head("教育动态_某县教育局", "gbk") + f"""<body class="articlelist">
<div class="header_top"><div class="w960 center"><span class="time">今天是2026年11月25日 星期三</span></div></div>
<div class="w960 center clear mt1">
 <div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/jiaoyudongtai/'>教育动态</a> &gt; </div>
  <div class="listbox"><ul class="e2">
{lis}
  </ul></div>
  <div class="dede_pages"><ul class="pagelist">
   <li><span class="pageinfo">共 <strong>7</strong>页<strong>68</strong>条</span></li>
   <li class="thisclass">1</li><li><a href='list_3_2.html'>2</a></li><li><a href='list_3_3.html'>3</a></li>
   <li><a href='list_3_2.html'>下一页</a></li><li><a href='list_3_7.html'>末页</a></li>
  </ul></div>
 </div>
</div>
<div class="footer w960 center mt1 clear"><div class="copyright">Copyright &copy; 2008-2026 某县教育局 版权所有</div></div>
</body>
</html>
"""


JYJ = {
    "host": "www.jyj.oldzh.test",
    "name": "某县教育局",
    "encoding": "gbk",
    "header_charset": "gbk",
    "homepage": "/",
    "pages": {"/": _jyj_home, "/a/jiaoyudongtai/": _jyj_list},
    "truth": {
        "full": {
            "status": "zombie", "passed": False,
            "must": ["homepage_stale", "abandoned", "column_stale"],
            "must_not": ["undated", "column_empty", "placeholder_page", "hidden_links", "spam_content"],
            "columns": [
                {"name": "教育动态", "type": "news", "newest": "2019-06-18", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2019-05-30", "empty": False},
                {"name": "政策法规", "type": "policy", "newest": "2019-03-12", "empty": False},
                {"name": "人事信息", "type": "personnel", "newest": "2018-12-20", "empty": False},
            ],
            "column_stale_count": 4,
            "last_updated": "2019-06-18",
        },
        "home": {
            "status": "zombie", "passed": False, "must": ["homepage_stale", "abandoned"],
            "must_not": ["undated", "placeholder_page"],
            "last_updated": "2019-06-18",
        },
        "list_pages": {"/a/jiaoyudongtai/": {"newest": "2019-06-18", "empty": False}},
    },
}

# ---------------------------------------------------------------------------
# 3. A county 中学 on KesionCMS 6: 学校新闻 fresh with [11-20] dates, 通知公告 last
#    updated in February (9 months): one stale notice column
# ---------------------------------------------------------------------------

_YZ_NEWS = [
    ("我校举行2026年秋季运动会", "11-20"),
    ("高三年级召开期中考试质量分析会", "11-18"),
    ("我校开展消防安全疏散演练", "11-12"),
    ("市教研室专家来我校视导", "11-06"),
    ("我校学子在市中学生作文大赛中获佳绩", "10-29"),
    ("学校召开第十三届教职工代表大会", "10-23"),
    ("我校开展“喜迎国庆”主题班会", "09-28"),
]
_YZ_NOTICE = [
    ("关于2026年春季学期开学工作安排的通知", "2026-02-26"),
    ("2026年寒假放假通知", "2026-01-20"),
    ("关于期末考试安排的通知", "2026-01-05"),
    ("关于元旦放假的通知", "2025-12-28"),
    ("关于召开家长会的通知", "2025-11-14"),
]
_YZ_RESEARCH = [
    ("高一数学集体备课活动记录", "2026-11-16"),
    ("语文组开展同课异构教研活动", "2026-11-02"),
    ("英语组公开课安排", "2026-10-20"),
]


def _yz_home() -> str:
    news = "\n".join(
        f'<tr><td height="22"><img src="/images/dot.gif" align="absmiddle"> '
        f'<a href="/Item/Show.asp?m=1&d={5120 - i}" target="_blank">{t}</a></td>'
        f'<td width="50" align="right"><font color=#999999>[{d}]</font></td></tr>'
        for i, (t, d) in enumerate(_YZ_NEWS)
    )
    notice = _dot_cell(
        [(t, f"/Item/Show.asp?m=1&d={4001 - i}", d) for i, (t, d) in enumerate(_YZ_NOTICE)]
    )
    research = _dot_cell(
        [(t, f"/Item/Show.asp?m=1&d={5090 - i}", d) for i, (t, d) in enumerate(_YZ_RESEARCH)], "span"
    )
    teachers = "".join(
        f'<td align="center"><a href="/Item/Show.asp?m=1&d={300+i}"><img src="/UploadFiles/teacher{i}.jpg" width="100" height="120" border="0"><br>{n}</a></td>'
        for i, n in enumerate(["王老师", "李老师", "张老师", "刘老师", "陈老师"])
    )
    return _head("某县第一中学", "gb2312") + f"""<body>
{_pad_comment(6)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="778" height="150">
    <param name="movie" value="/images/top.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
    <embed src="/images/top.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="778" height="150"></embed></object></td></tr>
</table>
{_nav([("学校首页", "/"), ("学校概况", "/Item/list.asp?id=1"), ("学校新闻", "/Item/list.asp?id=11"),
       ("通知公告", "/Item/list.asp?id=12"), ("教学教研", "/Item/list.asp?id=13"), ("德育天地", "/Item/list.asp?id=14"),
       ("招生信息", "/Item/list.asp?id=15"), ("校友风采", "/Item/list.asp?id=16")])}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFEE">
  <tr><td height="24"><marquee scrollamount="2" direction="left">热烈欢迎各位领导、来宾莅临我校指导工作！ 团结 勤奋 求实 创新</marquee></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="380" valign="top">
      {_box("学校新闻", "/Item/list.asp?id=11", '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + news + "</table>")}
    </td>
    <td width="10"></td>
    <td width="388" valign="top">
      {_box("通知公告", "/Item/list.asp?id=12", notice)}
    </td>
  </tr>
  <tr><td colspan="3" height="8"></td></tr>
  <tr>
    <td valign="top">{_box("教学教研", "/Item/list.asp?id=13", research)}</td>
    <td></td>
    <td valign="top">{_box("校园风光", None, '<table><tr>' + teachers + '</tr></table>')}</td>
  </tr>
</table>
{_image_banners("yz", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("某县第一中学", "皖ICP备09054321号", 2009, "Powered by KesionCMS V6.5")}
</body>
</html>
"""


def _yz_list() -> str:
    rows = [*list(_YZ_NOTICE), ("关于国庆节放假的通知", "2025-09-28"), ("关于开展教师节表彰活动的通知", "2025-09-05"), ("2025年秋季学期开学通知", "2025-08-25")]
    trs = "\n".join(
        f'<tr><td class="list_title">·<a href="/Item/Show.asp?m=1&d={4001 - i}" target="_blank">{t}</a></td>'
        f'<td class="list_date" width="100" align="center">{d}</td></tr>'
        for i, (t, d) in enumerate(rows)
    )
    return _head("通知公告-某县第一中学", "gb2312") + f"""<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28">当前位置：<a href="/">学校首页</a> &gt;&gt; <a href="/Item/list.asp?id=12">通知公告</a></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{trs}
  </table></td></tr>
  <tr><td align="center" height="30">共 36 条记录 分3页显示 页次:1/3 每页:15 条 首页 上一页 <a href="/Item/list.asp?id=12&page=2">下一页</a> <a href="/Item/list.asp?id=12&page=3">尾页</a></td></tr>
</table>
{_gov_footer("某县第一中学", "皖ICP备09054321号", 2009)}
</body>
</html>
"""


YZ = {
    "host": "www.yz.oldzh.test",
    "name": "某县第一中学",
    "encoding": "gb2312",
    "header_charset": None,
    "homepage": "/",
    "pages": {"/": _yz_home, "/Item/list.asp?id=12": _yz_list},
    "truth": {
        "full": {
            # one stale notice column: a deduction, no veto (the veto needs 5)
            "status": "stale", "passed": True, "must": ["column_stale"],
            "must_not": ["homepage_stale", "column_empty", "undated", "abandoned", "placeholder_page"],
            "columns": [
                {"name": "学校新闻", "type": "news", "newest": "2026-11-20", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-02-26", "empty": False},
            ],
            "column_stale_count": 1,
            "last_updated": "2026-11-20",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-20",
        },
        "list_pages": {"/Item/list.asp?id=12": {"newest": "2026-02-26", "empty": False}},
    },
}

# ---------------------------------------------------------------------------
# 4. 河西乡 on 新云 (NewAsp) 3.0: five empty columns, 暂无内容 on the homepage and
#    没有任何信息 on their own pages
# ---------------------------------------------------------------------------

_HX_NEWS = [
    ("河西乡召开2026年冬季征兵动员会", "2026-11-23"),
    ("乡党委书记带队督查人居环境整治工作", "2026-11-20"),
    ("河西乡开展森林防火宣传进村入户活动", "2026-11-16"),
    ("河西乡组织开展食品安全专项检查", "2026-11-11"),
    ("我乡召开村级集体经济发展推进会", "2026-11-06"),
    ("河西乡开展农村留守儿童关爱活动", "2026-10-31"),
]
_HX_NOTICE = [
    ("河西乡2026年度粮食种植补贴发放公示", "2026-10-12"),
    ("关于开展第三次全国土壤普查的通告", "2026-09-01"),
    ("河西乡2026年低保对象名单公示", "2026-07-20"),
]


def _hx_empty_box(name: str, url: str) -> str:
    return _box(name, url, '<div align="center" style="padding:20px;color:#999">暂无内容</div>')


def _hx_home() -> str:
    news = _box("乡镇要闻", "/list.asp?classid=2", _dot_cell(
        [(t, f"/show.asp?id={880 - i}", d) for i, (t, d) in enumerate(_HX_NEWS)]))
    notice = _box("通知公告", "/list.asp?classid=3", _dot_cell(
        [(t, f"/show.asp?id={850 - i}", d) for i, (t, d) in enumerate(_HX_NOTICE)]))
    policy = _hx_empty_box("政策解读", "/list.asp?classid=5")
    personnel = _hx_empty_box("人事信息", "/list.asp?classid=6")
    planning = _box("规划计划", "/list.asp?classid=7", "")
    finance = _hx_empty_box("财政预决算", "/list.asp?classid=8")
    stats = _box("统计信息", "/list.asp?classid=9", "&nbsp;")
    intro = ("河西乡地处县境西部，东与城关镇接壤，西与邻县交界，辖9个行政村，"
             "总面积98平方公里，总人口2.3万人，以粮食、茶叶、油茶种植为主导产业。") * 3
    return _head("河西乡人民政府", "gbk") + f"""<body>
{_pad_comment(5)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="25" bgcolor="#EFF5FB">&nbsp;{_CLOCK_SCRIPT}</td></tr>
  <tr><td><img src="/skin/default/top.jpg" width="778" height="110"></td></tr>
</table>
{_nav([("首页", "/"), ("乡情概况", "/list.asp?classid=1"), ("乡镇要闻", "/list.asp?classid=2"),
       ("通知公告", "/list.asp?classid=3"), ("政务公开", "/list.asp?classid=4"), ("办事服务", "/list.asp?classid=10"),
       ("互动交流", "/guestbook/")])}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="210" valign="top">{_box("乡情简介", "/list.asp?classid=1", intro)}</td>
    <td width="8"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td width="50%" valign="top">{news}</td><td width="6"></td><td valign="top">{notice}</td></tr>
        <tr><td height="6" colspan="3"></td></tr>
        <tr><td valign="top">{policy}</td><td></td><td valign="top">{personnel}</td></tr>
        <tr><td height="6" colspan="3"></td></tr>
        <tr><td valign="top">{planning}</td><td></td><td valign="top">{finance}</td></tr>
        <tr><td height="6" colspan="3"></td></tr>
        <tr><td valign="top" colspan="3">{stats}</td></tr>
      </table>
    </td>
  </tr>
</table>
{_image_banners("hx", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("河西乡人民政府", "皖ICP备10023456号", 2010, _counter(356221, ""))}
</body>
</html>
"""


def _hx_empty_list(name: str) -> str:
    return _head(f"{name}_河西乡人民政府", "gbk") + f"""<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/skin/default/top.jpg" width="778" height="110"></td></tr>
  <tr><td height="26" bgcolor="#EFF5FB">当前位置：<a href="/">首页</a> → {name}</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="190" valign="top"><table width="100%"><tr><td class="title_bar">政务公开</td></tr>
      <tr><td><a href="/list.asp?classid=5">政策解读</a><br><a href="/list.asp?classid=6">人事信息</a><br>
      <a href="/list.asp?classid=7">规划计划</a><br><a href="/list.asp?classid=8">财政预决算</a><br>
      <a href="/list.asp?classid=9">统计信息</a></td></tr></table></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="title_bar">{name}</td></tr>
        <tr><td height="60" align="center">没有任何信息</td></tr>
      </table>
      <div align="center">共 0 条记录 页次：1/1 每页：20 条 首页 上一页 下一页 尾页</div>
    </td>
  </tr>
</table>
{_gov_footer("河西乡人民政府", "皖ICP备10023456号", 2010)}
</body>
</html>
"""


HX = {
    "host": "www.hexi.oldzh.test",
    "name": "河西乡人民政府",
    "encoding": "gbk",
    "header_charset": None,
    "homepage": "/",
    "pages": {
        "/": _hx_home,
        "/list.asp?classid=5": lambda: _hx_empty_list("政策解读"),
        "/list.asp?classid=7": lambda: _hx_empty_list("规划计划"),
        "/list.asp?classid=9": lambda: _hx_empty_list("统计信息"),
    },
    "truth": {
        "full": {
            "status": "stale", "passed": False, "must": ["column_empty"],
            "must_not": ["homepage_stale", "undated", "abandoned", "placeholder_page"],
            "columns": [
                {"name": "乡镇要闻", "type": "news", "newest": "2026-11-23", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-10-12", "empty": False},
                {"name": "政策解读", "type": "policy", "newest": None, "empty": True},
                {"name": "人事信息", "type": "personnel", "newest": None, "empty": True},
                {"name": "规划计划", "type": "planning", "newest": None, "empty": True},
                {"name": "财政预决算", "type": "finance", "newest": None, "empty": True},
                {"name": "统计信息", "type": "statistics", "newest": None, "empty": True},
            ],
            "column_empty_count": 5,
            "last_updated": "2026-11-23",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-23",
        },
        "list_pages": {
            "/list.asp?classid=5": {"newest": None, "empty": True},
            "/list.asp?classid=9": {"newest": None, "empty": True},
        },
    },
}

# ---------------------------------------------------------------------------
# 5. 县档案局 on 动易: its 通知公告 is sorted oldest first, on the homepage and on
#    its list page (页次：1/4); the newest notices are on the last page (尾页)
# ---------------------------------------------------------------------------

_DA_NEWS = [
    ("县档案局开展“档案法”宣传进社区活动", "2026-11-19"),
    ("县档案局召开2026年度档案执法检查工作会", "2026-11-14"),
    ("我局完成全县村级档案规范化管理验收", "2026-11-07"),
    ("县档案馆新馆布展工作有序推进", "2026-10-29"),
    ("县档案局开展机关档案业务培训", "2026-10-21"),
    ("县档案局组织党员干部参观廉政教育基地", "2026-10-15"),
]
_DA_NOTICE_ASC = [
    ("关于开展2013年度档案工作目标管理考核的通知", "2013-03-05"),
    ("关于做好2012年度文书档案移交进馆工作的通知", "2013-04-11"),
    ("关于举办全县档案业务培训班的通知", "2013-05-20"),
    ("关于开展档案安全检查的通知", "2013-06-17"),
    ("关于征集县志资料的公告", "2013-07-08"),
    ("关于规范机关电子文件归档的通知", "2013-09-12"),
]


def _da_home() -> str:
    news = _box("档案工作动态", "/Article/ShowClass.asp?ClassID=2", _dot_cell(
        [(t, f"/Article/ShowArticle.asp?ArticleID={1510 - i}", d) for i, (t, d) in enumerate(_DA_NEWS)]))
    notice = _box("通知公告", "/Article/ShowClass.asp?ClassID=3", _dot_cell(
        [(t, f"/Article/ShowArticle.asp?ArticleID={101 + i}", d) for i, (t, d) in enumerate(_DA_NOTICE_ASC)]))
    guide = _box("查档指南", "/Article/ShowClass.asp?ClassID=5", "\n".join(
        f'<img src="/images/dot.gif"> <a href="/Article/ShowArticle.asp?ArticleID={50+i}">{t}</a><br>'
        for i, t in enumerate(["婚姻档案查询须知", "知青档案查询须知", "学籍档案查询须知",
                               "房产档案查询须知", "查档收费标准", "开放档案目录"])))
    return _head("某县档案局（馆）", "gb2312") + f"""<body>
{_pad_comment(6)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="22" bgcolor="#F7EFE0">&nbsp;{_CLOCK_SCRIPT}</td></tr>
  <tr><td><img src="/images/daj_top.jpg" width="778" height="120" alt="某县档案局（馆）"></td></tr>
</table>
{_nav([("首页", "/"), ("机构概况", "/Article/ShowClass.asp?ClassID=1"), ("工作动态", "/Article/ShowClass.asp?ClassID=2"),
       ("通知公告", "/Article/ShowClass.asp?ClassID=3"), ("法规标准", "/Article/ShowClass.asp?ClassID=4"),
       ("查档指南", "/Article/ShowClass.asp?ClassID=5"), ("馆藏介绍", "/Article/ShowClass.asp?ClassID=6"),
       ("史志园地", "/Article/ShowClass.asp?ClassID=7")])}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="390" valign="top">{news}</td>
    <td width="8"></td>
    <td valign="top">{notice}</td>
  </tr>
  <tr><td colspan="3" height="8"></td></tr>
  <tr><td colspan="3">{guide}</td></tr>
</table>
{_image_banners("daj", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("某县档案局（馆）", "皖ICP备06011111号", 2006, _counter(98765, "自2006年3月起统计"))}
</body>
</html>
"""


def _da_notice_rows_page(page: int) -> list[tuple[str, str, str]]:
    if page == 1:
        base = list(_DA_NOTICE_ASC) + [
            (f"关于报送{y}年度档案工作统计年报的通知", f"{y + 1}-01-1{k}") for k, y in enumerate(range(2013, 2022))
        ]
        return [(t, f"/Article/ShowArticle.asp?ArticleID={101 + i}", d) for i, (t, d) in enumerate(base[:15])]
    # last page: 52 records, 15 a page -> page 4 holds 7
    last = [
        ("关于开展2025年度机关档案工作检查的通知", "2025-11-03"),
        ("关于做好2025年度文书档案归档工作的通知", "2025-12-15"),
        ("关于开展“6·9国际档案日”宣传活动的通知", "2026-05-28"),
        ("关于征集建县七十周年档案资料的公告", "2026-06-16"),
        ("关于举办全县村级档案员培训班的通知", "2026-08-20"),
        ("关于开展档案安全风险隐患排查的通知", "2026-09-24"),
        ("关于开展2026年度档案执法检查的通知", "2026-10-28"),
    ]
    return [(t, f"/Article/ShowArticle.asp?ArticleID={1490 + i}", d) for i, (t, d) in enumerate(last)]


DA = {
    "host": "www.daj.oldzh.test",
    "name": "某县档案局",
    "encoding": "gb2312",
    "header_charset": "gb2312",
    "homepage": "/",
    "pages": {
        "/": _da_home,
        "/Article/ShowClass.asp?ClassID=3": lambda: _pe_list_page(
            "某县档案局（馆）", '<a href="/">首页</a> &gt;&gt; 通知公告', _da_notice_rows_page(1),
            52, 1, 4, "/Article/ShowClass.asp?ClassID=3"),
        "/Article/ShowClass.asp?ClassID=3&page=4": lambda: _pe_list_page(
            "某县档案局（馆）", '<a href="/">首页</a> &gt;&gt; 通知公告', _da_notice_rows_page(4),
            52, 4, 4, "/Article/ShowClass.asp?ClassID=3"),
    },
    "truth": {
        "full": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "column_empty", "undated", "abandoned"],
            "columns": [
                {"name": "档案工作动态", "type": "news", "newest": "2026-11-19", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-10-28", "empty": False},
            ],
            "last_updated": "2026-11-19",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-19",
        },
        "list_pages": {
            "/Article/ShowClass.asp?ClassID=3&page=4": {"newest": "2026-10-28", "empty": False},
        },
    },
}

# ---------------------------------------------------------------------------
# 6. A Taiwanese 鄉公所 in Big5 (FrontPage 2003), 民國 dates
# ---------------------------------------------------------------------------

_TW_NEWS = [
    ("本所辦理115年度老人健康檢查活動", "115/11/20"),
    ("鄉長主持社區環境清潔日活動", "115/11/17"),
    ("本鄉辦理防災演練", "115/11/10"),
    ("115年度低收入戶年終慰問金發放", "115/11/03"),
    ("本所辦理農民節表揚大會", "115/10/28"),
    ("鄉立圖書館辦理閱讀推廣活動", "115/10/21"),
]
_TW_NOTICE = [
    ("公告本鄉116年度預算書", "民國115年10月02日"),
    ("公告本鄉公有零售市場攤位招租", "民國115年09月15日"),
    ("公告115年度第2期稻作災害救助", "民國115年08月26日"),
    ("公告本鄉清潔隊員甄選簡章", "民國115年07月30日"),
]
_TW_LAW = [
    ("本鄉公有零售市場管理自治條例", "115-06-12"),
    ("本鄉殯葬設施使用管理自治條例", "115-03-04"),
    ("本鄉社區發展協會補助要點", "114-12-18"),
]


_TO_TRAD = str.maketrans({"删": "刪", "县": "縣", "国": "國", "备": "備", "导": "導", "链": "鏈", "门": "門",
                          "级": "級", "网": "網", "站": "站", "友": "友", "情": "情", "接": "接", "政": "政",
                          "府": "府", "部": "部", "委": "委", "省": "省", "市": "市"})


def _tw_home() -> str:
    return _tw_home_simplified().translate(_TO_TRAD)


def _tw_home_simplified() -> str:
    def tbl(name: str, more: str, rows: list[tuple[str, str]], base: int) -> str:
        trs = "\n".join(
            f'<tr><td width="12"><img src="images/arrow.gif" width="7" height="7"></td>'
            f'<td><a href="news/n{base - i}.htm">{t}</a></td><td width="110" align="right" class="date">{d}</td></tr>'
            for i, (t, d) in enumerate(rows)
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="28" background="images/tb_bg.gif" style="padding-left:20px"><b>{name}</b></td>
      <td align="right" background="images/tb_bg.gif"><a href="{more}"><img src="images/more.gif" alt="更多" border="0"></a></td></tr>
  <tr><td colspan="2"><table width="100%" border="0" cellspacing="2" cellpadding="0">
{trs}
  </table></td></tr>
</table>"""

    services = "\n".join(
        f'<tr><td><img src="images/icon{i}.gif"> <a href="service/s{i}.htm">{s}</a></td></tr>'
        for i, s in enumerate(["戶籍謄本申請", "低收入戶申請", "中低收入老人生活津貼",
                               "身心障礙者生活補助", "急難救助", "國民年金", "育兒津貼",
                               "場地借用申請", "公墓使用申請", "垃圾清運服務"])
    )
    return f"""<html>
<head>
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>某某鄉公所全球資訊網</title>
{_OLD_CSS}
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
</head>
<body topmargin="0" leftmargin="0">
{_pad_comment(5)}
<table border="0" width="778" align="center" cellspacing="0" cellpadding="0">
  <tr><td><img border="0" src="images/top.jpg" width="778" height="130" alt="某某鄉公所"></td></tr>
  <tr><td height="28" bgcolor="#336633" class="nav">
    <a href="index.htm">首頁</a>｜<a href="about.htm">本所簡介</a>｜<a href="news/index.htm">最新消息</a>｜<a href="notice/index.htm">公告事項</a>｜<a href="law/index.htm">法令規章</a>｜<a href="service/index.htm">便民服務</a>｜<a href="tour/index.htm">觀光導覽</a>｜<a href="mailbox.htm">鄉長信箱</a>
  </td></tr>
</table>
<table border="0" width="778" align="center" cellspacing="0" cellpadding="0">
  <tr>
    <td width="180" valign="top" bgcolor="#F0F7EA">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="title_bar">便民服務</td></tr>
{services}
      </table>
    </td>
    <td width="10"></td>
    <td valign="top">
{tbl("最新消息", "news/index.htm", _TW_NEWS, 980)}
<br>
{tbl("公告事項", "notice/index.htm", _TW_NOTICE, 450)}
<br>
{tbl("法令規章", "law/index.htm", _TW_LAW, 120)}
    </td>
  </tr>
</table>
{_friend_links_block(_TW_LINKS)}
<table border="0" width="778" align="center" cellspacing="0" cellpadding="0" bgcolor="#E5EFDC">
  <tr><td align="center" class="foot" height="80">
    地址：某某縣某某鄉中正路100號　電話：(05)1234567　傳真：(05)1234568<br>
    Copyright &copy; 2005-2026 某某鄉公所 版權所有　最佳瀏覽解析度 1024x768<br>
    您是第 <font color="#FF0000">0612345</font> 位訪客（自民國94年3月1日起）
  </td></tr>
</table>
</body>
</html>
"""


def _tw_list() -> str:
    rows = [*list(_TW_NEWS), ("本所辦理中秋節敬老活動", "115/09/30"), ("鄉運籌備會議", "115/09/18"), ("颱風災後環境清理", "115/08/29")]
    trs = "\n".join(
        f'<tr bgcolor="{"#FFFFFF" if i % 2 else "#F5FAF0"}"><td align="center">{i + 1}</td>'
        f'<td><a href="n{980 - i}.htm">{t}</a></td><td align="center">{d.replace("/", "-")}</td><td align="center">民政課</td></tr>'
        for i, (t, d) in enumerate(rows)
    )
    return f"""<html>
<head>
<title>最新消息 - 某某鄉公所</title>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
</head>
<body>
<table border="0" width="778" align="center" cellspacing="0" cellpadding="0">
  <tr><td><img src="../images/top_s.jpg" width="778" height="80"></td></tr>
  <tr><td height="26">目前位置：<a href="../index.htm">首頁</a> &gt; 最新消息</td></tr>
</table>
<table border="1" width="778" align="center" cellspacing="0" cellpadding="4" bordercolor="#99CC99" style="border-collapse: collapse">
  <tr bgcolor="#99CC66"><th width="40">序號</th><th>標題</th><th width="90">發布日期</th><th width="80">發布單位</th></tr>
{trs}
</table>
<p align="center">第 1 頁 / 共 5 頁　<a href="index_2.htm">下一頁</a>　<a href="index_5.htm">最末頁</a></p>
<p align="center">Copyright &copy; 2005-2026 某某鄉公所</p>
</body>
</html>
"""


TW = {
    "host": "www.tw.oldzh.test",
    "name": "某某鄉公所",
    "encoding": "big5",
    "header_charset": None,
    "homepage": "/index.htm",
    "pages": {"/index.htm": _tw_home, "/news/index.htm": _tw_list},
    "truth": {
        "full": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "column_empty", "undated", "abandoned", "future_dated"],
            "columns": [
                {"name": "最新消息", "type": "news", "newest": "2026-11-20", "empty": False},
                {"name": "公告事項", "type": "notice", "newest": "2026-10-02", "empty": False},
                {"name": "法令規章", "type": "policy", "newest": "2026-06-12", "empty": False},
            ],
            "last_updated": "2026-11-20",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-20",
        },
        "list_pages": {"/news/index.htm": {"newest": "2026-11-20", "empty": False}},
    },
}

# ---------------------------------------------------------------------------
# 7. An old 局 site replaced by a notice: 网站已迁移
# ---------------------------------------------------------------------------


def _moved_home() -> str:
    return _head("某县林业局", "gb2312") + """<body bgcolor="#F0F0F0">
<table width="600" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" style="margin-top:80px;border:1px solid #CCCCCC">
  <tr><td height="40" bgcolor="#2A6F2A" align="center"><font color="#FFFFFF" size="4"><b>网站迁移公告</b></font></td></tr>
  <tr>
    <td style="padding:30px;font-size:14px;line-height:28px">
      尊敬的用户：<br>
      &nbsp;&nbsp;&nbsp;&nbsp;根据全县政府网站集约化建设工作要求，某县林业局网站已迁移至县人民政府门户网站“部门信息公开”栏目，
      本网站已停止更新，原网站内容不再维护。请访问新网址：<a href="http://www.county.oldzh.test/bmxxgk/lyj/">http://www.county.oldzh.test/bmxxgk/lyj/</a><br>
      &nbsp;&nbsp;&nbsp;&nbsp;给您带来的不便，敬请谅解！<br>
      <div align="right">某县林业局<br>2023年6月30日</div>
    </td>
  </tr>
</table>
<div align="center" style="color:#999;margin-top:10px">Copyright &copy; 2009-2026 某县林业局</div>
</body>
</html>
"""


MOVED = {
    "host": "www.lyj.oldzh.test",
    "name": "某县林业局",
    "encoding": "gb2312",
    "header_charset": None,
    "homepage": "/",
    "pages": {"/": _moved_home},
    "truth": {
        "full": {
            "status": "zombie", "passed": False, "must": ["placeholder_page"],
            "must_not": ["hidden_links", "spam_content"],
            "columns": [],
            "last_updated": None,
        },
        "home": {
            "status": "zombie", "passed": False, "must": ["placeholder_page"],
            "must_not": ["hidden_links", "spam_content"],
        },
        "list_pages": {},
    },
}

# ---------------------------------------------------------------------------
# 8. 双桥镇 on 动易 with its 留言板 (GuestBook): a letter of July still 未回复
# ---------------------------------------------------------------------------

_SQ_NEWS = [
    ("双桥镇召开村级班子运行情况分析会", "2026-11-24"),
    ("双桥镇开展冬季道路交通安全整治", "2026-11-20"),
    ("镇领导走访慰问困难党员", "2026-11-15"),
    ("双桥镇举办农民丰收节系列活动", "2026-11-08"),
    ("双桥镇召开禁毒工作会议", "2026-11-02"),
    ("双桥镇开展人口普查业务培训", "2026-10-27"),
]
_SQ_NOTICE = [
    ("双桥镇2026年度城乡居民养老保险缴费通知", "2026-11-10"),
    ("关于集镇区临时交通管制的通告", "2026-10-19"),
    ("双桥镇2026年度退役军人优待金发放公示", "2026-09-22"),
]
# (title, author, date, state)
_SQ_MSGS = [
    ("集镇路灯不亮，晚上出行不便", "镇居民", "2026-11-20", "未回复"),
    ("咨询今年医保缴费截止时间", "王先生", "2026-11-12", "已回复"),
    ("反映村道破损严重", "李家村村民", "2026-10-30", "已回复"),
    ("咨询农村建房审批手续", "张某", "2026-10-08", "已回复"),
    ("小区附近垃圾长期无人清运", "刘女士", "2026-09-16", "已回复"),
    ("反映养殖场污染河道问题", "河湾村民", "2026-07-06", "未回复"),
    ("咨询低保申请条件", "陈某", "2026-06-20", "已回复"),
    ("建议集镇增设公交站点", "热心群众", "2026-05-28", "已回复"),
    ("反映学校门口交通拥堵", "家长", "2026-04-15", "已回复"),
]


def _sq_home() -> str:
    news = _box("工作动态", "/Article/ShowClass.asp?ClassID=2", _dot_cell(
        [(t, f"/Article/ShowArticle.asp?ArticleID={3300 - i}", d) for i, (t, d) in enumerate(_SQ_NEWS)]))
    notice = _box("通知公告", "/Article/ShowClass.asp?ClassID=3", _dot_cell(
        [(t, f"/Article/ShowArticle.asp?ArticleID={3280 - i}", d) for i, (t, d) in enumerate(_SQ_NOTICE)]))
    msgs = "\n".join(
        f'<img src="/images/dot.gif"> <a href="/GuestBook/ShowGuest.asp?GuestID={560 - i}">{t}</a>'
        f'&nbsp;<font color=#999999>[{d[5:]}]</font>&nbsp;<font color="{"#009900" if s == "已回复" else "#FF0000"}">[{s}]</font><br>'
        for i, (t, _a, d, s) in enumerate(_SQ_MSGS[:5])
    )
    gb = _box("留言板", "/GuestBook/Index.asp", msgs)
    return _head("双桥镇人民政府", "gbk") + f"""<body>
{_pad_comment(6)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="22" bgcolor="#F2F7FC">&nbsp;{_CLOCK_SCRIPT}</td></tr>
  <tr><td><img src="/images/sq_banner.jpg" width="778" height="120"></td></tr>
</table>
{_nav([("首页", "/"), ("双桥概况", "/Article/ShowClass.asp?ClassID=1"), ("工作动态", "/Article/ShowClass.asp?ClassID=2"),
       ("通知公告", "/Article/ShowClass.asp?ClassID=3"), ("政务公开", "/Article/ShowClass.asp?ClassID=4"),
       ("招商引资", "/Article/ShowClass.asp?ClassID=5"), ("留言板", "/GuestBook/Index.asp")])}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td width="50%" valign="top">{news}</td><td width="8"></td><td valign="top">{notice}</td></tr>
  <tr><td colspan="3" height="8"></td></tr>
  <tr><td colspan="3" valign="top">{gb}</td></tr>
</table>
{_image_banners("sq", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("双桥镇人民政府", "皖ICP备07034567号", 2007, _counter(265432, ""))}
</body>
</html>
"""


def _sq_guestbook() -> str:
    rows = "\n".join(
        f"""<tr bgcolor="#FFFFFF">
  <td height="24"><img src="/GuestBook/images/face{i % 8 + 1}.gif" width="19" height="19" align="absmiddle"> <a href="ShowGuest.asp?GuestID={560 - i}">{t}</a></td>
  <td align="center">{a}</td>
  <td align="center">{d}</td>
  <td align="center"><font color="{"#009900" if s == "已回复" else "#FF0000"}">{s}</font></td>
</tr>"""
        for i, (t, a, d, s) in enumerate(_SQ_MSGS)
    )
    return _head("留言板_双桥镇人民政府", "gbk") + f"""<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/sq_banner_s.jpg" width="778" height="90"></td></tr>
  <tr><td height="26" bgcolor="#F2F7FC">您现在的位置：<a href="/">双桥镇人民政府</a> &gt;&gt; 留言板</td></tr>
  <tr><td height="30" align="right"><a href="WriteGuest.asp"><img src="images/write.gif" alt="签写留言" border="0"></a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="2" cellspacing="1" bgcolor="#B8D3EE">
  <tr bgcolor="#E8F1FA"><td align="center"><b>留言主题</b></td><td width="100" align="center"><b>留言人</b></td><td width="100" align="center"><b>留言时间</b></td><td width="70" align="center"><b>状态</b></td></tr>
{rows}
</table>
<div align="center">共 9 条留言 页次：1/1 每页：20 条</div>
{_gov_footer("双桥镇人民政府", "皖ICP备07034567号", 2007)}
</body>
</html>
"""


SQ = {
    "host": "www.sq.oldzh.test",
    "name": "双桥镇人民政府",
    "encoding": "gbk",
    "header_charset": None,
    "homepage": "/",
    "pages": {"/": _sq_home, "/GuestBook/Index.asp": _sq_guestbook},
    "truth": {
        "full": {
            # the veto leaves the status as it is
            "status": "healthy", "passed": False, "must": ["unanswered_messages"],
            "must_not": ["homepage_stale", "column_stale", "column_empty", "undated", "abandoned"],
            "columns": [
                {"name": "工作动态", "type": "news", "newest": "2026-11-24", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-10", "empty": False},
                {"name": "留言板", "type": "interaction", "newest": "2026-11-20", "empty": False},
            ],
            "unanswered_count": 1,
            "last_updated": "2026-11-24",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-24",
        },
        "list_pages": {"/GuestBook/Index.asp": {"newest": "2026-11-20", "empty": False}},
    },
}

# ---------------------------------------------------------------------------
# 9. A 小学 built in Dreamweaver: 校园新闻 in the page with <font>[11-24]</font>,
#    通知公告 and 教学资源 in <iframe> boxes
# ---------------------------------------------------------------------------

_XX_NEWS = [
    ("我校举行“书香校园”读书节闭幕式", "11-24"),
    ("一年级开展入队前教育活动", "11-19"),
    ("我校教师在区优质课评比中获一等奖", "11-13"),
    ("学校开展防震减灾应急疏散演练", "11-07"),
    ("我校召开家长委员会会议", "10-31"),
    ("秋季田径运动会圆满落幕", "10-24"),
    ("学校开展重阳节敬老活动", "10-18"),
]
_XX_NOTICE = [
    ("关于举办第十届校园艺术节的通知", "2026-11-10"),
    ("关于冬季作息时间调整的通知", "2026-11-01"),
    ("关于开展学生视力筛查的通知", "2026-10-15"),
    ("2026年秋季学期校服征订通知", "2026-09-03"),
    ("2026年一年级新生报名须知", "2026-07-20"),
]


def _xx_home() -> str:
    news = "\n".join(
        f'<tr><td height="23" background="images/line.gif"><img src="images/dot.gif" width="5" height="5" hspace="5" align="absmiddle">'
        f'<a href="news/2026{d[:2]}{d[3:]}{i}.htm" target="_blank">{t}</a> <font color=#999999>[{d}]</font></td></tr>'
        for i, (t, d) in enumerate(_XX_NEWS)
    )
    return _head("某某区实验小学", "gb2312") + f"""<body onLoad="MM_preloadImages('images/nav_1b.gif','images/nav_2b.gif','images/nav_3b.gif')">
{_pad_comment(8)}
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="images/top.jpg" width="778" height="140"></td></tr>
  <tr><td height="32" background="images/nav_bg.jpg">
    <a href="index.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('n1','','images/nav_1b.gif',1)"><img src="images/nav_1.gif" name="n1" width="95" height="32" border="0" alt="学校首页"></a><a href="xxgk.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('n2','','images/nav_2b.gif',1)"><img src="images/nav_2.gif" name="n2" width="95" height="32" border="0" alt="学校概况"></a><a href="news/index.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('n3','','images/nav_3b.gif',1)"><img src="images/nav_3.gif" name="n3" width="95" height="32" border="0" alt="校园新闻"></a><a href="tzgg/index.htm"><img src="images/nav_4.gif" width="95" height="32" border="0" alt="通知公告"></a><a href="jxky/index.htm"><img src="images/nav_5.gif" width="95" height="32" border="0" alt="教学科研"></a><a href="dyhd/index.htm"><img src="images/nav_6.gif" width="95" height="32" border="0" alt="德育活动"></a><a href="jzxx/index.htm"><img src="images/nav_7.gif" width="95" height="32" border="0" alt="家长学校"></a><a href="lxwm.htm"><img src="images/nav_8.gif" width="95" height="32" border="0" alt="联系我们"></a>
  </td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" bgcolor="#FFF8E8">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><img src="images/xz.gif" width="200" height="30" alt="校长寄语"></td></tr>
        <tr><td style="padding:8px;line-height:22px">让每一个孩子都得到充分的发展，让每一位教师都体验成功的快乐。我们秉承“快乐学习、健康成长”的办学理念，努力办人民满意的学校。</td></tr>
        <tr><td><img src="images/tj.gif" width="200" height="30" alt="访问统计"></td></tr>
        <tr><td align="center" style="padding:8px">总访问量：<img src="/cgi-bin/counter.cgi?df=xx.dat" alt="counter"><br>自2009年9月1日起统计</td></tr>
      </table>
    </td>
    <td width="8"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="280" valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td height="30" background="images/tit_xw.gif" style="padding-left:30px"><b>校园新闻</b></td>
                  <td align="right" background="images/tit_xw.gif"><a href="news/index.htm"><img src="images/more.gif" alt="更多" border="0"></a></td></tr>
              <tr><td colspan="2"><table width="100%" border="0" cellspacing="0" cellpadding="0">
{news}
              </table></td></tr>
            </table>
          </td>
          <td width="8"></td>
          <td valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td height="30" background="images/tit_tz.gif" style="padding-left:30px"><b>通知公告</b></td>
                  <td align="right" background="images/tit_tz.gif"><a href="tzgg/index.htm"><img src="images/more.gif" alt="更多" border="0"></a></td></tr>
              <tr><td colspan="2"><iframe src="tzgg/box.htm" width="100%" height="180" frameborder="0" scrolling="no"></iframe></td></tr>
            </table>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
{_image_banners("xx", 4)}
{_friend_links_block(_CITY_LINKS)}
{_gov_footer("某某区实验小学", "皖ICP备09087654号", 2009)}
</body>
</html>
"""


def _xx_box() -> str:
    rows = "\n".join(
        f'<img src="../images/dot.gif"> <a href="{d.replace("-", "")}.htm" target="_blank">{t}</a>&nbsp;<font color=#999999>{d}</font><br>'
        for t, d in _XX_NOTICE
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>body{{margin:0;font-size:12px;line-height:24px}} a{{color:#333;text-decoration:none}}</style></head>
<body bgcolor="#FFFFFF">
{rows}
</body></html>
"""


XX = {
    "host": "www.xx.oldzh.test",
    "name": "某某区实验小学",
    "encoding": "gb2312",
    "header_charset": None,
    "homepage": "/index.htm",
    "pages": {"/index.htm": _xx_home, "/tzgg/box.htm": _xx_box},
    "truth": {
        "full": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "column_empty", "undated", "abandoned"],
            "columns": [
                {"name": "校园新闻", "type": "news", "newest": "2026-11-24", "empty": False},
                {"name": "通知公告", "type": "notice", "newest": "2026-11-10", "empty": False},
            ],
            "last_updated": "2026-11-24",
        },
        "home": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-24",
        },
        "list_pages": {"/tzgg/box.htm": {"newest": "2026-11-10", "empty": False}},
    },
}


# ---------------------------------------------------------------------------
# the other columns' list pages (each "more" link leads to a real list)
# ---------------------------------------------------------------------------


def _pe_rows(rows: list[tuple[str, str]], base: int, prefix: str = "/Article") -> list[tuple[str, str, str]]:
    return [(t, f"{prefix}/ShowArticle.asp?ArticleID={base - i}", d) for i, (t, d) in enumerate(rows)]


def _simple_list(title: str, name: str, rows: list[tuple[str, str, str]], charset: str) -> str:
    lis = "\n".join(
        f'<tr><td height="24">·<a href="{u}" target="_blank">{t}</a></td><td width="100" align="center">{d}</td></tr>'
        for t, u, d in rows
    )
    return _head(f"{name}-{title}", charset) + f"""<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28">当前位置：<a href="/">首页</a> &gt;&gt; {name}</td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{lis}
  </table></td></tr>
  <tr><td align="center" height="30">共 {len(rows)} 条记录 页次:1/1 每页:20 条</td></tr>
</table>
{_gov_footer(title, "皖ICP备09054321号", 2009)}
</body>
</html>
"""


_GUIDE_DATED = [
    ("生育登记办理指南", "2025-06-10"), ("农村建房审批办理指南", "2025-03-02"),
    ("低保申请办理指南", "2024-11-20"), ("残疾人证办理指南", "2024-08-15"),
    ("高龄津贴申领指南", "2024-05-06"), ("林木采伐许可办理指南", "2023-12-01"),
]


def _cgz_page(cls: int, name: str, rows: list[tuple[str, str]], base: int) -> str:
    return _pe_list_page(
        "城关镇人民政府", f'<a href="/cgz/">首页</a> &gt;&gt; {name}',
        _pe_rows(rows, base, "/cgz/Article"), len(rows), 1, 1, f"/cgz/Article/ShowClass.asp?ClassID={cls}",
    )


CGZ["pages"].update({
    "/cgz/Article/ShowClass.asp?ClassID=4": lambda: _cgz_page(4, "通知公告", _CGZ_NOTICE, 2229),
    "/cgz/Article/ShowClass.asp?ClassID=6": lambda: _cgz_page(6, "政策法规", _CGZ_POLICY, 2101),
    "/cgz/Article/ShowClass.asp?ClassID=8": lambda: _cgz_page(8, "人事任免", _CGZ_PERSONNEL, 1980),
    "/cgz/Article/ShowClass.asp?ClassID=9": lambda: _cgz_page(9, "办事指南", _GUIDE_DATED, 905),
})


def _dede_list(name: str, cat: str, rows: list[tuple[str, str]], base: int) -> str:
    lis = "\n".join(
        f'<li><a href="/a/{cat}/{d.replace("-", "")}/{base - i}.html" class="title">{t}</a>'
        f'<span class="info"><small>日期：</small>{d}<small>点击：</small>{120 + i}</span></li>'
        for i, (t, d) in enumerate(rows)
    )
    return _head(f"{name}_某县教育局", "gbk") + f"""<body class="articlelist">
<div class="w960 center clear mt1"><div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/{cat}/'>{name}</a> &gt; </div>
  <div class="listbox"><ul class="e2">
{lis}
  </ul></div>
  <div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">共 <strong>1</strong>页<strong>{len(rows)}</strong>条</span></li></ul></div>
</div></div>
<div class="footer w960 center mt1 clear"><div class="copyright">Copyright &copy; 2008-2026 某县教育局 版权所有</div></div>
</body>
</html>
"""


JYJ["pages"].update({
    "/a/tongzhigonggao/": lambda: _dede_list("通知公告", "tongzhigonggao", _JYJ_NOTICE, 1210),
    "/a/zhengcefagui/": lambda: _dede_list("政策法规", "zhengcefagui", _JYJ_POLICY, 1100),
    "/a/renshixinxi/": lambda: _dede_list("人事信息", "renshixinxi", _JYJ_PERSONNEL, 1050),
})

YZ["pages"].update({
    "/Item/list.asp?id=11": lambda: _simple_list("某县第一中学", "学校新闻", [
        (t, f"/Item/Show.asp?m=1&d={5120 - i}", f"2026-{d}") for i, (t, d) in enumerate(_YZ_NEWS)], "gb2312"),
    "/Item/list.asp?id=13": lambda: _simple_list("某县第一中学", "教学教研", [
        (t, f"/Item/Show.asp?m=1&d={5090 - i}", d) for i, (t, d) in enumerate(_YZ_RESEARCH)], "gb2312"),
})


def _hx_marker_list(name: str) -> str:
    return _hx_empty_list(name).replace("没有任何信息", "暂无内容")


HX["pages"].update({
    "/list.asp?classid=2": lambda: _simple_list("河西乡人民政府", "乡镇要闻", [
        (t, f"/show.asp?id={880 - i}", d) for i, (t, d) in enumerate(_HX_NEWS)], "gbk"),
    "/list.asp?classid=3": lambda: _simple_list("河西乡人民政府", "通知公告", [
        (t, f"/show.asp?id={850 - i}", d) for i, (t, d) in enumerate(_HX_NOTICE)], "gbk"),
    "/list.asp?classid=6": lambda: _hx_marker_list("人事信息"),
    "/list.asp?classid=8": lambda: _hx_marker_list("财政预决算"),
})

DA["pages"].update({
    "/Article/ShowClass.asp?ClassID=2": lambda: _pe_list_page(
        "某县档案局（馆）", '<a href="/">首页</a> &gt;&gt; 工作动态', _pe_rows(_DA_NEWS, 1510),
        len(_DA_NEWS), 1, 1, "/Article/ShowClass.asp?ClassID=2"),
    "/Article/ShowClass.asp?ClassID=5": lambda: _pe_list_page(
        "某县档案局（馆）", '<a href="/">首页</a> &gt;&gt; 查档指南', _pe_rows(_GUIDE_DATED, 55),
        len(_GUIDE_DATED), 1, 1, "/Article/ShowClass.asp?ClassID=5"),
})


def _tw_simple(name: str, rows: list[tuple[str, str]], base: int) -> str:
    trs = "\n".join(
        f'<tr><td><a href="n{base - i}.htm">{t}</a></td><td align="center">{d}</td></tr>'
        for i, (t, d) in enumerate(rows)
    )
    return f"""<html><head><title>{name} - 某某鄉公所</title>
<meta http-equiv="Content-Type" content="text/html; charset=big5"></head>
<body><table border="0" width="778" align="center"><tr><td>目前位置：<a href="../index.htm">首頁</a> &gt; {name}</td></tr></table>
<table border="1" width="778" align="center" cellspacing="0" cellpadding="4">
<tr bgcolor="#99CC66"><th>標題</th><th width="160">發布日期</th></tr>
{trs}
</table>
<p align="center">Copyright &copy; 2005-2026 某某鄉公所</p></body></html>
"""


TW["pages"].update({
    "/notice/index.htm": lambda: _tw_simple("公告事項", _TW_NOTICE, 450),
    "/law/index.htm": lambda: _tw_simple("法令規章", _TW_LAW, 120),
})

SQ["pages"].update({
    "/Article/ShowClass.asp?ClassID=2": lambda: _pe_list_page(
        "双桥镇人民政府", '<a href="/">首页</a> &gt;&gt; 工作动态', _pe_rows(_SQ_NEWS, 3300),
        len(_SQ_NEWS), 1, 1, "/Article/ShowClass.asp?ClassID=2"),
    "/Article/ShowClass.asp?ClassID=3": lambda: _pe_list_page(
        "双桥镇人民政府", '<a href="/">首页</a> &gt;&gt; 通知公告', _pe_rows(_SQ_NOTICE, 3280),
        len(_SQ_NOTICE), 1, 1, "/Article/ShowClass.asp?ClassID=3"),
})

XX["pages"].update({
    "/news/index.htm": lambda: _simple_list("某某区实验小学", "校园新闻", [
        (t, f"2026{d[:2]}{d[3:]}{i}.htm", f"2026-{d}") for i, (t, d) in enumerate(_XX_NEWS)], "gb2312"),
    "/tzgg/index.htm": lambda: _simple_list("某某区实验小学", "通知公告", [
        (t, f"{d.replace('-', '')}.htm", d) for t, d in _XX_NOTICE], "gb2312"),
})


def article_page(site: dict[str, Any], path: str) -> str:
    """Any other page of a site (an article, a 概况 page): a plain article."""
    return _head(site["name"], site["encoding"]) + f"""<body>
<table width="778" border="0" align="center"><tr><td><a href="/">{site["name"]}</a> &gt;&gt; 正文</td></tr>
<tr><td align="center"><h3>{site["name"]}</h3></td></tr>
<tr><td>本页内容由{site["name"]}办公室维护。</td></tr></table>
</body></html>
"""


SITES: list[dict[str, Any]] = [CGZ, JYJ, YZ, HX, DA, TW, MOVED, SQ, XX]


def page_bytes(site: dict[str, Any], path: str) -> bytes:
    """A page as the server sends it. Pages that say gb2312 are written by GBK
    editors (the middle dot ·, 《》 variants): their bytes are GBK, as in real life."""
    codec = "gbk" if site["encoding"] == "gb2312" else site["encoding"]
    page = site["pages"].get(path)
    html = page() if page is not None else article_page(site, path)
    return str(html).encode(codec)
