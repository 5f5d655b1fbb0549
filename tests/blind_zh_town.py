# ruff: noqa: B905, RUF005
"""Blind evaluation: six small mainland sites at the bottom of the hierarchy
(街道, 乡镇, 开发区, 社区), written from how such sites are really built, with the
truth written before any scan (see tests/test_blind_zh_town.py).

Clock: NOW = 2026-11-25 (a Wednesday), Asia/Shanghai.

Sites
  A  www.xhq.gov.cn/jdbsc/xxjd/  a 街道办事处 on the district's 集约化 platform
  B  www.dqzzf.cn                a 乡镇 on a cheap Dede/PHPCMS template, GBK
  C  www.lsxzf.gov.cn            a 乡镇 with empty 党务公开/村务公开, news 60 days old
  D  www.hykfq.gov.cn            a 开发区管委会 (招商引资, 项目建设, 发展规划 300 days)
  E  www.jhsq.cn                 a 社区 on a WeChat-article-style mobile template
  F  www.gzzzf.gov.cn            a zombie 乡镇 last updated 2024, a 2026 clock
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

NOW = _dt.date(2026, 11, 25)


def ago(days: int) -> _dt.date:
    return NOW - _dt.timedelta(days=days)


@dataclass
class ColumnTruth:
    name: str
    types: tuple[str, ...]  # accepted types (one unless the heading is contested)
    newest: str | None  # YYYY-MM-DD, None when empty
    empty: bool = False
    why: str = ""


@dataclass
class SiteTruth:
    status: str
    passed: bool
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    home_newest: str | None  # the homepage's newest item date
    last_updated: str | None
    columns: list[ColumnTruth] = field(default_factory=list)


@dataclass
class Site:
    key: str
    host: str
    start: str  # path of the homepage
    name: str
    pages: dict[str, tuple[bytes, str]]  # path -> (body, content-type)
    truth: SiteTruth


# ---------------------------------------------------------------------------
# shared pieces of real chrome
# ---------------------------------------------------------------------------

NEWS_TITLES = [
    "召开2026年冬季消防安全工作部署会",
    "开展“119”消防宣传月进社区活动",
    "党工委理论学习中心组开展专题学习",
    "组织收看全市安全生产电视电话会议",
    "开展秋冬季爱国卫生运动集中整治行动",
    "召开基层治理“网格化”工作推进会",
    "深入开展“我为群众办实事”走访慰问",
    "举办辖区退役军人政策宣讲会",
    "开展燃气安全隐患排查专项行动",
    "召开2026年第四季度综治维稳工作例会",
    "组织开展防范电信网络诈骗宣传活动",
    "举办老年人智能手机使用培训班",
    "迎接市级文明城市创建实地测评",
    "开展冬季义务植树和绿化养护活动",
    "召开河长制工作推进会议",
    "开展食品安全进校园宣传周活动",
    "举行新就业形态劳动者服务站揭牌仪式",
    "召开人居环境整治提升现场观摩会",
    "组织开展防汛抗旱应急演练",
    "开展“学宪法 讲宪法”主题宣传活动",
    "走访辖区重点企业了解用工需求",
    "召开秸秆禁烧工作调度会",
    "开展流动人口信息采集专项行动",
    "举办“邻里节”文艺汇演",
    "组织党员志愿者清理背街小巷",
    "开展冬季征兵宣传进村入户",
    "召开乡村振兴重点项目推进会",
    "开展农村留守儿童关爱帮扶活动",
    "举办农业实用技术培训班",
    "开展医保参保缴费集中宣传",
]

NOTICE_TITLES = [
    "关于2027年度城乡居民医疗保险集中参保缴费的通知",
    "关于开展冬季燃气安全隐患排查的通告",
    "关于公开招聘社区专职网格员的公告",
    "关于做好2026年秋冬季森林防火工作的通知",
    "关于辖区部分路段临时交通管制的通告",
    "关于2026年度高龄津贴资格认证的通知",
    "关于禁止焚烧秸秆和垃圾的通告",
    "关于开展第五次全国经济普查清查工作的公告",
    "关于元旦期间值班安排的通知",
    "关于征集2027年民生实事项目意见建议的公告",
    "关于低保对象年度复核情况的公示",
    "关于拟推荐“最美家庭”候选名单的公示",
]

POLICY_TITLES = [
    "关于印发《基层治理网格化管理工作实施方案》的通知",
    "关于进一步加强农村人居环境整治工作的实施意见",
    "关于印发《安全生产责任清单》的通知",
    "关于规范村级财务管理工作的意见",
    "关于印发《防汛应急预案（2026年修订）》的通知",
    "关于建立健全困难群众救助工作机制的通知",
    "关于印发《人居环境长效管护办法》的通知",
    "关于做好退役军人服务保障工作的实施意见",
]


def titles(pool: list[str], n: int, offset: int = 0) -> list[str]:
    return [pool[(i + offset) % len(pool)] for i in range(n)]


def spaced(start: int, n: int, step: int = 3) -> list[_dt.date]:
    """n dates going back from `start` days ago, a few days apart."""
    out = []
    d = start
    for i in range(n):
        out.append(ago(d))
        d += step + (i % 3)
    return out


CSS_BASE = """
*{margin:0;padding:0}body{font:12px/1.8 "Microsoft YaHei","微软雅黑",SimSun,Arial;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}ul,li{list-style:none}img{border:0}
.w1200{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}.clearfix:after{content:"";display:block;clear:both}
.top{height:32px;line-height:32px;background:#f7f7f7;border-bottom:1px solid #e5e5e5}.top a{margin:0 6px}
.banner{height:160px;background:url(/images/banner.jpg) no-repeat center}.nav{height:46px;background:#1057a7}
.nav li{float:left;width:120px;text-align:center}.nav li a{color:#fff;font-size:16px;line-height:46px;display:block}
.nav li a:hover,.nav li.on a{background:#0a3f7d}.box{background:#fff;margin-top:12px;border:1px solid #ddd}
.box .hd{height:38px;line-height:38px;border-bottom:2px solid #1057a7;padding:0 12px}
.box .hd h3{float:left;font-size:16px;color:#1057a7}.box .hd .more{float:right;color:#999}
.box .bd{padding:8px 12px}.list li{height:32px;line-height:32px;border-bottom:1px dashed #e5e5e5;overflow:hidden}
.list li a{float:left;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.list li span{float:right;color:#999}.footer{background:#1057a7;color:#fff;padding:20px 0;margin-top:20px;text-align:center}
.footer a{color:#fff}.pages{text-align:center;padding:15px 0}.pages a,.pages span{display:inline-block;padding:0 8px;border:1px solid #ddd;margin:0 2px}
.pos{height:36px;line-height:36px;border-bottom:1px solid #eee}.slide{height:300px;overflow:hidden;position:relative}
.slide .txt{position:absolute;bottom:0;left:0;width:100%;height:36px;line-height:36px;background:rgba(0,0,0,.5);color:#fff;padding:0 10px}
"""

JQUERY = '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>\n'

CLOCK_JS = """<script type="text/javascript">
function showTime(){var d=new Date();var w=["日","一","二","三","四","五","六"];
document.getElementById("nowtime").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
window.onload=showTime;
</script>
"""

BAIDU_TONGJI = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6c0a8f3e2b9d4e1a7f5c3b2a1d0e9f8c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
"""

WZA = '<script id="ariaJs" src="/js/aria.js?appid=2f1e4b8c9a" charset="utf-8" defer></script>\n'

JIUCUO = ('<script id="_jiucuo_" sitecode="{code}" '
          'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>\n')


def links_block(pairs: list[tuple[str, str]], cls: str = "") -> str:
    lis = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in pairs)
    return f'<ul class="{cls}">{lis}</ul>'


def friend_links_select() -> str:
    groups = {
        "国家部委网站": ["中国政府网", "国家发展改革委", "教育部", "科技部", "工业和信息化部",
                   "民政部", "财政部", "人力资源社会保障部", "自然资源部", "生态环境部"],
        "省市政府网站": ["省人民政府", "市人民政府", "市发展改革委", "市财政局", "市民政局",
                   "市人社局", "市自然资源局", "市生态环境局", "市住建局", "市农业农村局"],
    }
    out = []
    for g, names in groups.items():
        opts = "".join(f'<option value="http://www.example{i}.gov.cn/">{n}</option>'
                       for i, n in enumerate(names))
        out.append(f'<select onchange="if(this.value)window.open(this.value)">'
                   f'<option value="">{g}</option>{opts}</select>')
    return '<div class="yqlj">友情链接：' + " ".join(out) + "</div>"


SITEMAP_GROUPS = {
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "机构职能", "领导信息", "政策文件", "政策解读",
             "规划计划", "财政预决算", "人事信息", "统计信息", "应急管理", "建议提案办理", "政府信息公开年报"],
    "政务服务": ["办事指南", "个人办事", "法人办事", "便民服务", "证照办理", "社会保障", "医疗卫生",
             "教育服务", "住房保障", "婚育收养", "就业创业", "交通出行"],
    "互动交流": ["书记信箱", "主要领导信箱", "咨询投诉", "征集调查", "在线访谈", "常见问题", "12345热线"],
    "专题专栏": ["学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴", "安全生产", "扫黑除恶常态化",
             "文明城市创建", "平安建设", "疫情防控（归档）", "法治政府建设", "生态环境保护"],
}

ELDER_CSS = """
.elder-mode body{font-size:18px!important}.elder-mode .nav li a{font-size:20px}.elder-mode .list li{height:44px;line-height:44px}
.sitemap{background:#fff;margin-top:12px;padding:12px;border:1px solid #ddd}.sitemap dl{float:left;width:25%}
.sitemap dt{font-weight:bold;color:#1057a7;font-size:14px;margin-bottom:6px}.sitemap dd{line-height:24px}
.ztzl{margin-top:12px}.ztzl li{float:left;width:232px;margin-right:10px}.ztzl li img{width:232px;height:70px}
@media screen and (max-width:1200px){.w1200,.w1000{width:100%}.fl,.fr{float:none;width:auto!important}}
@media print{.nav,.top,.footer,.sitemap{display:none}}
"""


def sitemap_block(prefix: str = "/") -> str:
    dls = []
    for gi, (g, names) in enumerate(SITEMAP_GROUPS.items()):
        dd = "".join(f'<dd><a href="{prefix}s{gi}/c{i:02d}/">{n}</a></dd>' for i, n in enumerate(names))
        dls.append(f"<dl><dt>{g}</dt>{dd}</dl>")
    zt = "".join(f'<li><a href="{prefix}ztzl/zt{i}/" target="_blank"><img src="{prefix}images/zt{i}.jpg" alt="{n}"></a></li>'
                 for i, n in enumerate(SITEMAP_GROUPS["专题专栏"][:5]))
    return (f'<style>{ELDER_CSS}</style><div class="ztzl w1200"><ul class="clearfix">{zt}</ul></div>'
            f'<div class="sitemap w1200 clearfix">{"".join(dls)}</div>')


# ---------------------------------------------------------------------------
# Site A: a 街道办事处 on the district's 集约化 platform
# ---------------------------------------------------------------------------

A_HOST = "www.xhq.gov.cn"
A_BASE = "/jdbsc/xxjd/"


def _a_portal_menu() -> str:
    menu = [
        ("首页", "/"), ("走进西湖", "/zjxh/"), ("政务公开", "/zwgk/"),
        ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"), ("专题专栏", "/ztzl/"),
        ("数据发布", "/sjfb/"),
    ]
    sub = {
        "/zwgk/": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
                   "政府信息公开年报", "依申请公开", "重点领域信息公开", "政策文件", "政策解读"],
        "/zwfw/": ["个人办事", "法人办事", "部门服务", "便民服务", "办事指南"],
        "/hdjl/": ["区长信箱", "征集调查", "在线访谈", "常见问题", "12345热线"],
        "/zjxh/": ["区情概况", "历史沿革", "行政区划", "领导之窗", "机构设置"],
    }
    lis = []
    for t, h in menu:
        sm = ""
        if h in sub:
            sm = '<div class="submenu"><ul>' + "".join(
                f'<li><a href="{h}{i:02d}/">{s}</a></li>' for i, s in enumerate(sub[h])
            ) + "</ul></div>"
        lis.append(f'<li class="nav-item"><a href="{h}">{t}</a>{sm}</li>')
    return '<div class="nav"><ul class="w1200 clearfix">' + "".join(lis) + "</ul></div>"


def _a_header() -> str:
    return f"""<div class="top"><div class="w1200 clearfix">
<div class="fl">欢迎访问西湖区人民政府门户网站！</div>
<div class="fr"><a href="/">首页</a>|<a href="javascript:void(0)" id="wza">无障碍</a>|<a href="javascript:void(0)" class="lnmode">长者模式</a>|<a href="/wap/">手机版</a>|<a href="/sitemap/">网站地图</a>|<a href="https://www.zjzwfw.gov.cn/" target="_blank">浙江政务服务网</a></div>
</div></div>
<div class="banner"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="西湖区人民政府"></a>
<form class="search" action="/jsearchfront/search.do" method="get"><input type="hidden" name="websiteid" value="330106000000000"><input name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
{_a_portal_menu()}
<div class="jd-head w1200"><h1 class="jd-name">西溪街道办事处</h1><div class="jd-menu"><a href="{A_BASE}">街道首页</a><a href="{A_BASE}jdgk/">街道概况</a><a href="{A_BASE}jddt/">街道动态</a><a href="{A_BASE}tzgg/">通知公告</a><a href="{A_BASE}zcwj/">政策文件</a><a href="{A_BASE}sqfc/">社区风采</a><a href="{A_BASE}bmfw/">便民服务</a></div></div>
"""


def _a_footer() -> str:
    return f"""<div class="footer"><div class="w1200">
<div class="flinks"><a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/wzsm/">网站声明</a></div>
<p>主办单位：杭州市西湖区人民政府办公室　承办单位：西湖区西溪街道办事处</p>
<p>地址：杭州市西湖区西溪路128号　联系电话：0571-87001234　邮编：310013</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<img src="/images/ga.png"> 浙公网安备 33010602001234号　网站标识码：3301060001</p>
<p>Copyright © 2012-2026 杭州市西湖区人民政府 版权所有　建议使用1366×768分辨率、IE9以上浏览器</p>
<div class="dzjg"><a href="https://bszs.conac.cn/sitename?method=show&id=ABCDEF" target="_blank"><img src="/images/red.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3301060001" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
{JIUCUO.format(code="3301060001")}{WZA}{BAIDU_TONGJI}"""


def _a_article_url(col: str, d: _dt.date, n: int) -> str:
    return f"{A_BASE}{col}/{d:%Y%m}/t{d:%Y%m%d}_{4560000 + n}.html"


A_NEWS = list(zip(titles(NEWS_TITLES, 24), spaced(2, 24, 3)))
A_NOTICE = list(zip(
    ["关于《西溪街道居民自治章程（修订）》自2027年1月1日起施行的公告"]
    + titles(NOTICE_TITLES, 15), spaced(26, 16, 9)))
A_POLICY = list(zip(titles(POLICY_TITLES, 10), spaced(166, 10, 40)))
A_SQ = list(zip(
    [f"{s}社区{t}" for s, t in zip(
        ["古荡", "文二", "嘉绿", "西溪", "花园", "教工", "文三", "益乐", "翠苑", "求是"] * 2,
        ["开展重阳敬老活动", "举办消防演练", "开展垃圾分类宣传", "召开居民议事会",
         "举办亲子读书会", "开展义诊进社区", "举办书法展", "开展反诈宣讲",
         "举办邻里节", "开展平安巡防"] * 2)],
    spaced(5, 20, 4)))


def _dated_list(items: list[tuple[str, _dt.date]], col: str, fmt: str,
                urlf=None, n: int = 8) -> str:
    out = []
    for i, (t, d) in enumerate(items[:n]):
        u = urlf(col, d, i) if urlf else f"/{col}/{i}.html"
        out.append(f'<li><a href="{u}" title="{t}" target="_blank">{t}</a>'
                   f'<span>{d.strftime(fmt)}</span></li>')
    return "<ul class=\"list\">" + "".join(out) + "</ul>"


def _a_box(title: str, col: str, items, n: int = 7) -> str:
    return f"""<div class="box"><div class="hd"><h3>{title}</h3><a class="more" href="{A_BASE}{col}/" target="_blank">更多&gt;&gt;</a></div>
<div class="bd">{_dated_list(items, col, "%Y-%m-%d", _a_article_url, n)}</div></div>"""


def _a_home() -> str:
    slides = "".join(
        f'<li><a href="{_a_article_url("jddt", d, i)}" target="_blank"><img src="/jdbsc/xxjd/images/slide{i}.jpg" alt="{t}"></a><p class="txt">{t}</p></li>'
        for i, (t, d) in enumerate(A_NEWS[:5]))
    bmfw = links_block([(t, f"{A_BASE}bmfw/{i}.html") for i, t in enumerate(
        ["社保办理", "医保报销", "居住证办理", "老年优待证", "残疾人两项补贴", "计生服务",
         "就业登记", "退役军人优待", "低保申请", "临时救助"])], "bmfw-list clearfix")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>西溪街道办事处_西湖区人民政府门户网站</title>
<meta name="SiteName" content="西湖区人民政府门户网站">
<meta name="SiteDomain" content="www.xhq.gov.cn">
<meta name="SiteIDCode" content="3301060001">
<meta name="ColumnName" content="西溪街道">
<meta name="ColumnType" content="街道办事处">
<meta name="keywords" content="西湖区,西溪街道,街道动态,通知公告">
<link rel="stylesheet" href="/css/common.css"><link rel="stylesheet" href="/jdbsc/xxjd/css/jd.css">
<style>{CSS_BASE}{CSS_BASE.replace('1057a7', '0d6bbf')}</style>
{JQUERY}<script src="/js/jquery.SuperSlide.2.1.3.js"></script>
</head><body>
{_a_header()}
<div class="w1200 main clearfix">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/jdbsc/">街道办事处</a> &gt; <span>西溪街道</span></div>
<div class="left fl" style="width:590px">
<div class="slide" id="slideBox"><ul>{slides}</ul><div class="hd"><ul></ul></div></div>
<script>jQuery("#slideBox").slide({{mainCell:".bd ul",autoPlay:true,effect:"fold",interTime:4000}});</script>
</div>
<div class="right fr" style="width:590px">{_a_box("街道动态", "jddt", A_NEWS, 9)}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:590px">{_a_box("通知公告", "tzgg", A_NOTICE)}</div>
<div class="fr" style="width:590px">{_a_box("政策文件", "zcwj", A_POLICY)}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:790px">{_a_box("社区风采", "sqfc", A_SQ)}</div>
<div class="fr" style="width:390px"><div class="box"><div class="hd"><h3>便民服务</h3></div><div class="bd">{bmfw}</div></div>
<div class="box"><div class="hd"><h3>街道概况</h3><a class="more" href="{A_BASE}jdgk/">详细&gt;&gt;</a></div><div class="bd"><p>西溪街道位于西湖区东北部，辖区面积5.12平方公里，下辖10个社区，常住人口约8.6万人。街道党工委、办事处以“党建引领、共建共治共享”为主线，持续推进基层治理现代化。</p>
<p>办公地址：西溪路128号　办公时间：周一至周五 8:30-12:00 13:30-17:00　咨询电话：0571-87001234</p></div></div>
</div></div>
{sitemap_block("/")}<div class="w1200">{friend_links_select()}</div>
{_a_footer()}
</body></html>"""


def _pager(total: int, pages: int) -> str:
    links = "".join(f'<a href="index_{i}.html">{i + 1}</a>' for i in range(1, min(pages, 6)))
    return (f'<div class="pages"><span>共{total}条</span><span>首页</span><span>上一页</span>'
            f'<span class="current">1</span>{links}<a href="index_1.html">下一页</a>'
            f'<a href="index_{pages - 1}.html">尾页</a></div>'
            f'<script>createPageHTML({pages}, 0, "index", "html");</script>')


def _a_column(title: str, col: str, items) -> str:
    side = "".join(f'<li{" class=on" if c == col else ""}><a href="{A_BASE}{c}/">{t}</a></li>'
                   for t, c in [("街道动态", "jddt"), ("通知公告", "tzgg"), ("政策文件", "zcwj"),
                                ("社区风采", "sqfc"), ("便民服务", "bmfw")])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_西溪街道_西湖区人民政府门户网站</title>
<meta name="SiteName" content="西湖区人民政府门户网站"><meta name="ColumnName" content="{title}">
<link rel="stylesheet" href="/css/common.css"><style>{CSS_BASE}</style>{JQUERY}
</head><body>
{_a_header()}
<div class="w1200 clearfix">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/jdbsc/">街道办事处</a> &gt; <a href="{A_BASE}">西溪街道</a> &gt; <span>{title}</span></div>
<div class="sidebar fl" style="width:240px"><div class="side-title">西溪街道</div><ul class="side-menu">{side}</ul></div>
<div class="content fr" style="width:940px"><div class="box"><div class="hd"><h3>{title}</h3></div>
<div class="bd">{_dated_list(items, col, "%Y-%m-%d", _a_article_url, 20)}{_pager(len(items) * 4, 5)}</div></div></div>
</div>
{_a_footer()}
</body></html>"""


def site_a() -> Site:
    pages = {
        A_BASE: (_a_home().encode("utf-8"), "text/html; charset=utf-8"),
        f"{A_BASE}jddt/": (_a_column("街道动态", "jddt", A_NEWS).encode(), "text/html; charset=utf-8"),
        f"{A_BASE}tzgg/": (_a_column("通知公告", "tzgg", A_NOTICE).encode(), "text/html; charset=utf-8"),
        f"{A_BASE}zcwj/": (_a_column("政策文件", "zcwj", A_POLICY).encode(), "text/html; charset=utf-8"),
        f"{A_BASE}sqfc/": (_a_column("社区风采", "sqfc", A_SQ).encode(), "text/html; charset=utf-8"),
    }
    truth = SiteTruth(
        status="healthy", passed=True, must=(),
        must_not=("homepage_stale", "column_stale", "column_empty", "future_dated",
                  "undated", "abandoned"),
        home_newest=str(A_NEWS[0][1]), last_updated=str(A_NEWS[0][1]),
        columns=[
            ColumnTruth("街道动态", ("news",), str(A_NEWS[0][1])),
            ColumnTruth("通知公告", ("notice",), str(A_NOTICE[0][1]),
                        why="its newest title says 自2027年1月1日起施行: an effective date, not the post's"),
            ColumnTruth("政策文件", ("policy",), str(A_POLICY[0][1])),
            ColumnTruth("社区风采", ("news", "other"), str(A_SQ[0][1]),
                        why="community activity reports: news in practice; 风采 may read as other"),
        ],
    )
    return Site("A", A_HOST, A_BASE, "西湖区西溪街道办事处", pages, truth)


# ---------------------------------------------------------------------------
# Site B: a 乡镇 on a cheap Dede/PHPCMS-style template, GBK
# ---------------------------------------------------------------------------

B_HOST = "www.dqzzf.cn"
B_NEWS = list(zip(titles(NEWS_TITLES, 30, 10), spaced(4, 30, 2)))
B_NOTICE = list(zip(
    ["关于《大桥镇农村建房管理办法》自2027年1月1日起施行的公告"] + titles(NOTICE_TITLES, 14, 3),
    [ago(7)] + spaced(19, 14, 11)))
B_DJ = list(zip(
    ["镇党委召开理论学习中心组（扩大）学习会", "开展“主题党日”活动", "召开村（社区）党组织书记述职评议会",
     "组织党员干部赴红色教育基地开展学习", "开展“两优一先”评选表彰", "召开党风廉政建设工作会议",
     "举办新任村干部培训班", "开展党员冬训工作", "召开基层党建工作推进会",
     "开展“党员进网格”志愿服务"] * 2, spaced(13, 20, 6)))
B_CW = []
for _i, _v in enumerate(["桥头村", "河西村", "东岗村", "大桥社区"]):
    for _m in range(10, 4, -1):
        _d = _dt.date(2026, _m + 1, 5 + _i) if _m < 12 else _dt.date(2027, 1, 5)
        B_CW.append((f"{_v}2026年{_m}月份财务公开", _d))
B_CW.sort(key=lambda p: p[1], reverse=True)


def _b_url(col: str, d: _dt.date, n: int) -> str:
    return f"/a/{col}/{d:%Y}/{d:%m%d}/{3200 + n}.html"


def _b_header(on: str = "") -> str:
    nav = [("网站首页", "/"), ("走进大桥", "/a/zjdq/"), ("乡镇新闻", "/a/xzxw/"),
           ("通知公告", "/a/tzgg/"), ("政务公开", "/a/zwgk/"), ("村务公开", "/a/cwgk/"),
           ("党建工作", "/a/djgz/"), ("招商引资", "/a/zsyz/"), ("便民服务", "/a/bmfw/"),
           ("联系我们", "/a/lxwm/")]
    hover = ' class="hover"'
    lis = "".join(f'<li{hover if h == on else ""}><a href="{h}">{t}</a></li>' for t, h in nav)
    return f"""<div id="top"><div class="w1000">
<span class="date">今天是：2026年11月25日 星期三</span>
<span class="weather">大桥镇 多云 8℃~15℃ 东北风3级 空气质量：良</span>
<span class="toplink"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.dqzzf.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.dqzzf.cn','大桥镇人民政府')">加入收藏</a></span>
</div></div>
<div id="header"><div class="w1000"><img src="/templets/default/images/logo.jpg" alt="大桥镇人民政府"></div></div>
<div id="navMenu"><ul>{lis}</ul></div>
<div id="notice_scroll"><b>最新公告：</b><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="{_b_url("tzgg", B_NOTICE[0][1], 0)}">{B_NOTICE[0][0]}</a></marquee></div>
"""


def _b_footer() -> str:
    return """<div id="footer">
<p><a href="/a/lxwm/">联系我们</a> | <a href="/a/zjdq/">关于我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/plus/guestbook.php">在线留言</a></p>
<p>主办：大桥镇人民政府　地址：大桥镇人民路66号　电话：0551-66881234</p>
<p>Copyright &copy; 2015-2026 www.dqzzf.cn All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备15012345号</a></p>
<p>技术支持：<a href="http://www.hfwlkj.com/" target="_blank">合肥网联科技有限公司</a>（2015年建站 2026年改版）　您是本站第 <font color="red">0583126</font> 位访客</p>
</div>
<script language="javascript" src="/plus/count.php?view=yes&aid=0&mid=1"></script>
"""


def _b_box(title: str, col: str, items, fmt: str, n: int, cls: str = "") -> str:
    lis = "".join(
        f'<li><span class="date">{d.strftime(fmt)}</span><a href="{_b_url(col, d, i)}" target="_blank" title="{t}">{t}</a></li>'
        for i, (t, d) in enumerate(items[:n]))
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tb_box {cls}">
<tr><td class="tb_title" height="32" background="/templets/default/images/title_bg.gif">
<span class="tt">{title}</span><span class="more"><a href="/a/{col}/">更多&gt;&gt;</a></span></td></tr>
<tr><td class="tb_cont"><ul class="d1">{lis}</ul></td></tr></table>"""


def _b_home() -> str:
    flash = "|".join(f"/uploads/allimg/{d:%y%m%d}/1-{d:%y%m%d}0930{i}.jpg" for i, (t, d) in enumerate(B_NEWS[:4]))
    flinks = "|".join(_b_url("xzxw", d, i) for i, (t, d) in enumerate(B_NEWS[:4]))
    ftexts = "|".join(t for t, d in B_NEWS[:4])
    zwgk = links_block([(t, f"/a/zwgk/{i}/") for i, t in enumerate(
        ["机构设置", "领导分工", "政府文件", "财政预决算", "规划计划", "人事信息", "统计信息",
         "政府信息公开年报", "依申请公开", "重点领域"])], "zwgk_nav")
    bmfw = links_block([(t, f"/a/bmfw/{i}.html") for i, t in enumerate(
        ["新农合缴费", "养老保险", "低保办理", "危房改造", "户籍办理", "准生证办理", "农机补贴",
         "种粮补贴", "残疾证办理", "宅基地审批"])], "bmfw_nav")
    style = CSS_BASE.replace("1200px", "1000px") + """
#top{height:28px;line-height:28px;background:url(/templets/default/images/top_bg.gif)}#top .date{float:left;color:#666}
#top .weather{float:left;margin-left:20px}#navMenu{height:40px;background:#c00}#navMenu li{float:left}
#navMenu li a{color:#fff;padding:0 18px;line-height:40px;font-size:14px;font-weight:bold}
.tb_box{border:1px solid #dcdcdc;margin-bottom:8px}.tb_title .tt{font-weight:bold;color:#c00;padding-left:25px}
.d1 li{height:26px;line-height:26px;background:url(/templets/default/images/dot.gif) no-repeat 5px center;padding-left:15px}
.d1 li .date{float:right;color:#888}#footer{border-top:3px solid #c00;text-align:center;padding:10px;line-height:24px}
"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>大桥镇人民政府</title>
<meta name="keywords" content="大桥镇,大桥镇人民政府,乡镇新闻,村务公开" />
<meta name="description" content="大桥镇人民政府官方网站" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<style type="text/css">{style}</style>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
{JQUERY}</head>
<body>
{_b_header("/")}
<div class="w1000 clearfix">
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="330" valign="top">
<script type="text/javascript">
var pics="{flash}";var links="{flinks}";var texts="{ftexts}";
var focus_width=320;var focus_height=240;var text_height=20;var swf_height=focus_height+text_height;
document.write('<object classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000" width="'+focus_width+'" height="'+swf_height+'">');
document.write('<param name="movie" value="/images/focus.swf"><param name="FlashVars" value="pics='+pics+'&links='+links+'&texts='+texts+'"></object>');
</script>
</td>
<td width="10"></td>
<td width="420" valign="top">{_b_box("乡镇新闻", "xzxw", B_NEWS, "%Y/%m/%d", 10)}</td>
<td width="10"></td>
<td valign="top">{_b_box("通知公告", "tzgg", B_NOTICE, "%Y/%m/%d", 8)}</td>
</tr></table>
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="495" valign="top">{_b_box("村务公开", "cwgk", B_CW, "%Y/%m/%d", 8)}</td>
<td width="10"></td>
<td width="495" valign="top">{_b_box("党建工作", "djgz", B_DJ, "%Y/%m/%d", 8)}</td>
</tr></table>
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="495" valign="top"><table class="tb_box" width="100%"><tr><td class="tb_title"><span class="tt">政务公开</span></td></tr><tr><td>{zwgk}</td></tr></table></td>
<td width="10"></td>
<td width="495" valign="top"><table class="tb_box" width="100%"><tr><td class="tb_title"><span class="tt">便民服务</span></td></tr><tr><td>{bmfw}</td></tr></table></td>
</tr></table>
{sitemap_block("/a/")}<div class="flink">{friend_links_select()}</div>
</div>
{_b_footer()}
</body></html>"""


def _b_column(title: str, col: str, items) -> str:
    # PHPCMS-style list: [11-20] year-less dates before the title's end
    lis = "".join(
        f'<li><span class="rt">[{d:%m-%d}]</span><a href="{_b_url(col, d, i)}" target="_blank">{t}</a></li>'
        for i, (t, d) in enumerate(items[:20]))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_大桥镇人民政府</title>
<style type="text/css">{CSS_BASE.replace("1200px", "1000px")}</style>{JQUERY}
</head><body>
{_b_header("/a/" + col + "/")}
<div class="w1000 clearfix">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/{col}/">{title}</a> &gt;</div>
<div class="listbox"><ul class="e2">{lis}</ul>
<div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">共 <strong>6</strong>页<strong>{len(items) * 3}</strong>条</span></li>
<li class="thisclass">1</li><li><a href="list_{col}_2.html">2</a></li><li><a href="list_{col}_3.html">3</a></li><li><a href="list_{col}_2.html">下一页</a></li><li><a href="list_{col}_6.html">末页</a></li></ul></div>
</div></div>
{_b_footer()}
</body></html>"""


def site_b() -> Site:
    ct = "text/html"  # no charset in HTTP: the meta says gb2312
    pages = {
        "/": (_b_home().encode("gbk"), ct),
        "/a/xzxw/": (_b_column("乡镇新闻", "xzxw", B_NEWS).encode("gbk"), ct),
        "/a/tzgg/": (_b_column("通知公告", "tzgg", B_NOTICE).encode("gbk"), ct),
        "/a/cwgk/": (_b_column("村务公开", "cwgk", B_CW).encode("gbk"), ct),
        "/a/djgz/": (_b_column("党建工作", "djgz", B_DJ).encode("gbk"), ct),
    }
    truth = SiteTruth(
        status="healthy", passed=True, must=(),
        must_not=("homepage_stale", "column_stale", "column_empty", "future_dated",
                  "undated", "abandoned"),
        home_newest=str(B_NEWS[0][1]), last_updated=str(B_NEWS[0][1]),
        columns=[
            ColumnTruth("乡镇新闻", ("news",), str(B_NEWS[0][1])),
            ColumnTruth("通知公告", ("notice",), str(B_NOTICE[0][1])),
            ColumnTruth("村务公开", ("finance", "other", "notice"), str(B_CW[0][1]),
                        why="monthly 财务公开 of the villages: contested between finance, notice and other"),
            ColumnTruth("党建工作", ("news", "other"), str(B_DJ[0][1]),
                        why="党建 work reports: news in practice"),
        ],
    )
    return Site("B", B_HOST, "/", "大桥镇人民政府", pages, truth)


# ---------------------------------------------------------------------------
# Site C: a 乡镇 with empty 党务公开 and 村务公开, news 60 days old
# ---------------------------------------------------------------------------

C_HOST = "www.lsxzf.gov.cn"
C_NEWS = list(zip(titles(NEWS_TITLES, 20, 5), spaced(60, 20, 5)))
C_NOTICE = list(zip(titles(NOTICE_TITLES, 10, 6), spaced(102, 10, 12)))
C_ZC = list(zip(titles(POLICY_TITLES, 8, 2), spaced(140, 8, 30)))


def _c_url(col: str, d: _dt.date, n: int) -> str:
    return f"/{col}/content_{d:%Y%m%d}{n:03d}.html"


def _c_chrome_head(title: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta name="renderer" content="webkit"><meta name="viewport" content="width=1200">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/style.css"><style>{CSS_BASE.replace('1057a7', 'b5161e')}</style>
{JQUERY}{CLOCK_JS}</head><body>
<div class="top"><div class="w1200"><span id="nowtime"></span>
<span class="fr"><a href="/">首页</a> | <a href="/wza/">无障碍浏览</a> | <a href="/m/">移动版</a></span></div></div>
<div class="banner"><div class="w1200"><img src="/static/images/logo.png" alt="柳树乡人民政府"></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">网站首页</a></li><li><a href="/xqgk/">乡情概况</a></li><li><a href="/zwdt/">政务动态</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/dwgk/">党务公开</a></li><li><a href="/cwgk/">村务公开</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
"""


def _c_footer() -> str:
    return f"""<div class="footer"><div class="w1200">
<p>主办单位：柳树乡人民政府　承办：柳树乡党政综合办公室　联系电话：0371-62301234</p>
<p>网站标识码：4101220012　<a href="https://beian.miit.gov.cn/">豫ICP备16001234号-2</a>　豫公网安备 41012202000123号</p>
<p>Copyright © 2016-2026 All Rights Reserved　技术支持：郑州云海网络科技有限公司 2026</p>
</div></div>{JIUCUO.format(code="4101220012")}{BAIDU_TONGJI}
<script>showTime();</script></body></html>"""


def _c_box(title: str, col: str, items, empty_text: str = "") -> str:
    if items:
        lis = "".join(f'<li><a href="{_c_url(col, d, i)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>'
                      for i, (t, d) in enumerate(items[:7]))
        body = f'<ul class="list">{lis}</ul>'
    else:
        body = f'<ul class="list"><li class="nodata">{empty_text}</li></ul>'
    return f"""<div class="box"><div class="hd"><h3>{title}</h3><a class="more" href="/{col}/">更多</a></div>
<div class="bd">{body}</div></div>"""


def _c_home() -> str:
    leader = links_block([(t, f"/xqgk/ld{i}.html") for i, t in enumerate(
        ["乡党委书记 王建国", "乡长 李卫东", "乡人大主席 张红梅", "副乡长 赵志强", "副乡长 刘晓燕"])], "ld")
    svc = links_block([(t, f"/bsfw/{i}.html") for i, t in enumerate(
        ["社会保障", "户籍管理", "婚姻登记", "农业补贴", "土地管理", "民政救助", "教育服务",
         "医疗卫生", "就业创业", "交通出行", "住房保障", "退役军人"])], "svc clearfix")
    return _c_chrome_head("柳树乡人民政府") + f"""
<div class="w1200 clearfix">
<div class="fl" style="width:590px"><div class="slide"><a href="{_c_url("zwdt", C_NEWS[0][1], 0)}"><img src="/static/upload/{C_NEWS[0][1]:%Y%m%d}/a1.jpg" alt="{C_NEWS[0][0]}"></a><p class="txt">{C_NEWS[0][0]}</p></div></div>
<div class="fr" style="width:590px">{_c_box("政务动态", "zwdt", C_NEWS)}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{_c_box("通知公告", "tzgg", C_NOTICE)}</div>
<div class="fl" style="width:390px;margin-left:15px">{_c_box("党务公开", "dwgk", [], "暂无内容")}</div>
<div class="fr" style="width:390px">{_c_box("村务公开", "cwgk", [], "没有信息")}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:590px">{_c_box("政策文件", "zcwj", C_ZC)}</div>
<div class="fr" style="width:590px"><div class="box"><div class="hd"><h3>领导之窗</h3></div><div class="bd">{leader}</div></div>
<div class="box"><div class="hd"><h3>办事服务</h3></div><div class="bd">{svc}</div></div></div>
</div>
{sitemap_block("/")}<div class="w1200">{friend_links_select()}</div>
""" + _c_footer()


def _c_column(title: str, col: str, items, empty_text: str = "") -> str:
    if items:
        lis = "".join(f'<li><a href="{_c_url(col, d, i)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>'
                      for i, (t, d) in enumerate(items[:20]))
        body = f'<ul class="list">{lis}</ul>{_pager(len(items) * 2, 3)}'
    else:
        body = f'<div class="nodata" style="text-align:center;padding:80px 0;color:#999">{empty_text}</div>'
    return _c_chrome_head(f"{title}-柳树乡人民政府") + f"""
<div class="w1200 clearfix"><div class="pos">您当前的位置：<a href="/">首页</a> &gt; {title}</div>
<div class="box"><div class="hd"><h3>{title}</h3></div><div class="bd">{body}</div></div></div>
""" + _c_footer()


def site_c() -> Site:
    ct = "text/html; charset=UTF-8"
    pages = {
        "/": (_c_home().encode(), ct),
        "/zwdt/": (_c_column("政务动态", "zwdt", C_NEWS).encode(), ct),
        "/tzgg/": (_c_column("通知公告", "tzgg", C_NOTICE).encode(), ct),
        "/dwgk/": (_c_column("党务公开", "dwgk", [], "暂无内容").encode(), ct),
        "/cwgk/": (_c_column("村务公开", "cwgk", [], "没有信息").encode(), ct),
        "/zcwj/": (_c_column("政策文件", "zcwj", C_ZC).encode(), ct),
    }
    truth = SiteTruth(
        status="stale", passed=False, must=("homepage_stale", "column_stale", "column_empty"),
        must_not=("future_dated", "abandoned", "undated"),
        home_newest=str(C_NEWS[0][1]), last_updated=str(C_NEWS[0][1]),
        columns=[
            ColumnTruth("政务动态", ("news",), str(C_NEWS[0][1])),
            ColumnTruth("通知公告", ("notice",), str(C_NOTICE[0][1])),
            ColumnTruth("党务公开", ("notice", "other", "policy"), None, empty=True,
                        why="党务公开 is a disclosure column; its type is contested, its emptiness is not"),
            ColumnTruth("村务公开", ("notice", "other", "finance"), None, empty=True),
            ColumnTruth("政策文件", ("policy",), str(C_ZC[0][1])),
        ],
    )
    return Site("C", C_HOST, "/", "柳树乡人民政府", pages, truth)


# ---------------------------------------------------------------------------
# Site D: a 开发区管委会
# ---------------------------------------------------------------------------

D_HOST = "www.hykfq.gov.cn"
D_NEWS = list(zip(
    ["管委会召开2026年第四季度经济运行分析会", "园区企业参加第二十届中国国际中小企业博览会",
     "开发区举办重点项目集中签约仪式", "管委会主任带队赴长三角地区开展招商考察",
     "园区召开安全生产百日攻坚行动部署会", "开发区获评省级绿色低碳示范园区",
     "园区举办2026年秋季企业用工招聘会", "管委会开展“企业服务日”走访活动",
     "开发区召开优化营商环境工作推进会", "园区组织开展危化品企业应急演练"] * 2, spaced(1, 20, 3)))
D_ZS = list(zip(
    ["开发区与深圳某新能源企业签订合作协议", "长三角招商推介会成功举办", "开发区产业招商政策（2026年版）解读",
     "新材料产业园招商项目推介", "管委会赴京开展央企对接招商", "开发区一季度招商引资成绩单",
     "电子信息产业链招商图谱发布", "开发区与港资企业洽谈合作"] * 2, spaced(7, 16, 8)))
D_XM = list(zip(
    ["年产10万吨新型材料项目主体封顶", "智能装备产业园二期开工建设", "园区污水处理厂提标改造项目通过验收",
     "重点项目建设“百日攻坚”进度通报", "新能源电池项目设备进场安装", "标准化厂房三期竣工交付",
     "园区道路综合提升工程全面完工", "集成电路封装测试项目试生产"] * 2, spaced(5, 16, 10)))
D_GH = list(zip(
    ["开发区“十五五”发展规划编制工作方案", "开发区2026年国民经济和社会发展计划",
     "开发区国土空间总体规划（2021-2035年）公示", "开发区产业发展规划（2023-2027年）",
     "开发区2025年工作总结和2026年工作计划"], [ago(300), ago(330), ago(420), ago(600), ago(700)]))
D_TZ = list(zip(titles(NOTICE_TITLES, 12, 1), spaced(23, 12, 14)))


def _d_url(col: str, d: _dt.date, n: int) -> str:
    return f"/{col}/{d:%Y%m}/{d:%Y%m%d}{n:04d}.shtml"


def _d_head(title: str) -> str:
    nav = [("首页", "/"), ("开发区概况", "/kfqgk/"), ("新闻中心", "/xwzx/"), ("招商引资", "/zsyz/"),
           ("项目建设", "/xmjs/"), ("企业服务", "/qyfw/"), ("政务公开", "/zwgk/"), ("党建工作", "/djgz/")]
    sub = ["园区简介", "管委会领导", "内设机构", "区位交通", "产业布局", "投资环境", "优惠政策", "招商指南",
           "投资流程", "联系方式"]
    navh = "".join(
        f'<li><a href="{h}">{t}</a><dl class="sub">' + "".join(
            f'<dd><a href="{h}{j}/">{s}</a></dd>' for j, s in enumerate(sub[i % 3: i % 3 + 6])) + "</dl></li>"
        for i, (t, h) in enumerate(nav))
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{title}</title><meta name="SiteName" content="河阳经济技术开发区管理委员会">
<link rel="stylesheet" href="/res/css/index.css"><style>{CSS_BASE.replace('1057a7', '006e54')}</style>
{JQUERY}<script src="/res/js/swiper.min.js"></script></head><body>
<div class="top"><div class="w1200"><span class="fl">2026年11月25日 星期三　农历十月初七</span>
<span class="fr"><a href="/en/">English</a> | <a href="/m/">手机版</a> | <a href="javascript:;">无障碍</a></span></div></div>
<div class="banner"><div class="w1200"><img src="/res/images/logo.png" alt="河阳经济技术开发区管理委员会"></div></div>
<div class="nav"><ul class="w1200">{navh}</ul></div>
"""


def _d_footer() -> str:
    return f"""<div class="footer"><div class="w1200">
<p>主办：河阳经济技术开发区管理委员会　地址：河阳市开发区科技大道1号　邮编：453000　电话：0373-3501234</p>
<p>网站标识码：4107000099　<a href="https://beian.miit.gov.cn/">豫ICP备12001234号-1</a>　豫公网安备41070202000456号</p>
<p>Copyright © 2010-2026 河阳经济技术开发区管委会 版权所有　技术支持：河南大象融媒科技有限公司</p>
</div></div>{JIUCUO.format(code="4107000099")}{WZA}{BAIDU_TONGJI}</body></html>"""


def _d_box(title: str, col: str, items, n: int = 6) -> str:
    lis = "".join(f'<li><a href="{_d_url(col, d, i)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>'
                  for i, (t, d) in enumerate(items[:n]))
    return f"""<div class="box"><div class="hd"><h3>{title}</h3><a class="more" href="/{col}/">MORE +</a></div>
<div class="bd"><ul class="list">{lis}</ul></div></div>"""


def _d_home() -> str:
    stats = "".join(f'<li><b>{v}</b><span>{k}</span></li>' for k, v in [
        ("规划面积（平方公里）", "68.5"), ("入驻企业（家）", "1,236"), ("规上工业企业（家）", "218"),
        ("2025年工业总产值（亿元）", "862.3")])
    qyfw = links_block([(t, f"/qyfw/{i}.html") for i, t in enumerate(
        ["企业开办", "项目审批", "人才政策", "融资服务", "用工服务", "政策兑现", "惠企政策库",
         "企业诉求直通车"])], "qyfw clearfix")
    return _d_head("河阳经济技术开发区管理委员会") + f"""
<div class="w1200 clearfix">
<div class="fl" style="width:590px"><div class="swiper-container slide"><div class="swiper-wrapper">
{"".join(f'<div class="swiper-slide"><a href="{_d_url("xwzx", d, i)}"><img src="/res/upload/s{i}.jpg"><p class="txt">{t}</p></a></div>' for i, (t, d) in enumerate(D_NEWS[:4]))}
</div><div class="swiper-pagination"></div></div></div>
<div class="fr" style="width:590px">{_d_box("园区动态", "xwzx", D_NEWS, 8)}</div>
</div>
<div class="w1200"><ul class="stats clearfix">{stats}</ul></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{_d_box("招商引资", "zsyz", D_ZS)}</div>
<div class="fl" style="width:390px;margin-left:15px">{_d_box("项目建设", "xmjs", D_XM)}</div>
<div class="fr" style="width:390px">{_d_box("通知公告", "tzgg", D_TZ)}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:590px">{_d_box("发展规划", "fzgh", D_GH, 5)}</div>
<div class="fr" style="width:590px"><div class="box"><div class="hd"><h3>企业服务</h3></div><div class="bd">{qyfw}</div></div></div>
</div>
{sitemap_block("/")}<div class="w1200">{friend_links_select()}</div>
<script>var swiper=new Swiper('.swiper-container',{{autoplay:{{delay:4000}},loop:true,pagination:{{el:'.swiper-pagination'}}}});</script>
""" + _d_footer()


def _d_column(title: str, col: str, items) -> str:
    lis = "".join(f'<li><a href="{_d_url(col, d, i)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>'
                  for i, (t, d) in enumerate(items[:20]))
    return _d_head(f"{title}_河阳经济技术开发区管理委员会") + f"""
<div class="w1200 clearfix"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/{col}/">{title}</a></div>
<div class="box"><div class="hd"><h3>{title}</h3></div><div class="bd"><ul class="list">{lis}</ul>{_pager(len(items) * 3, 4)}</div></div></div>
""" + _d_footer()


def site_d() -> Site:
    ct = "text/html; charset=utf-8"
    pages = {
        "/": (_d_home().encode(), ct),
        "/xwzx/": (_d_column("园区动态", "xwzx", D_NEWS).encode(), ct),
        "/zsyz/": (_d_column("招商引资", "zsyz", D_ZS).encode(), ct),
        "/xmjs/": (_d_column("项目建设", "xmjs", D_XM).encode(), ct),
        "/tzgg/": (_d_column("通知公告", "tzgg", D_TZ).encode(), ct),
        "/fzgh/": (_d_column("发展规划", "fzgh", D_GH).encode(), ct),
    }
    truth = SiteTruth(
        status="healthy", passed=True, must=(),
        must_not=("homepage_stale", "column_stale", "column_empty", "future_dated",
                  "undated", "abandoned"),
        home_newest=str(D_NEWS[0][1]), last_updated=str(D_NEWS[0][1]),
        columns=[
            ColumnTruth("园区动态", ("news",), str(D_NEWS[0][1])),
            ColumnTruth("招商引资", ("news", "other"), str(D_ZS[0][1]),
                        why="investment promotion reports; contested news/other, fresh either way"),
            ColumnTruth("项目建设", ("news", "other"), str(D_XM[0][1])),
            ColumnTruth("通知公告", ("notice",), str(D_TZ[0][1])),
            ColumnTruth("发展规划", ("planning",), str(D_GH[0][1]),
                        why="planning, 300 days old: within its 365"),
        ],
    )
    return Site("D", D_HOST, "/", "河阳经济技术开发区管理委员会", pages, truth)


# ---------------------------------------------------------------------------
# Site E: a 社区 on a WeChat-article-style mobile template
# ---------------------------------------------------------------------------

E_HOST = "www.jhsq.cn"
E_DT = list(zip(
    ["金湖社区开展“温暖冬至 情满邻里”包饺子活动", "社区网格员入户开展燃气安全检查",
     "金湖社区新时代文明实践站举办书画培训", "社区联合辖区派出所开展反诈宣传",
     "金湖社区召开2026年第四季度居民议事会", "社区志愿者为高龄老人上门理发",
     "金湖社区组织开展消防疏散演练", "社区“四点半课堂”开课啦",
     "金湖社区开展垃圾分类积分兑换活动", "社区卫生服务站开展免费义诊"] * 2, spaced(1, 20, 2)))
E_DJ = list(zip(
    ["社区党委开展11月主题党日活动", "学习贯彻党的二十届四中全会精神宣讲走进社区",
     "社区党员志愿服务队开展楼道清理", "社区召开党员大会", "“红色物业”联席会议召开",
     "社区党委书记讲党课"] * 2, spaced(6, 12, 7)))
E_TZ = list(zip(
    ["关于小区二次供水设施清洗的通知", "关于2027年度城乡居民医保缴费的温馨提示",
     "关于开展高龄津贴资格认证的通知", "金湖社区冬季供暖报修电话公告",
     "关于小区电动自行车集中充电桩投用的通知", "关于开展人口普查入户登记的公告"] * 2, spaced(13, 12, 9)))


def _e_card(t: str, d: _dt.date, i: int, col: str, reads: int) -> str:
    hh, mm = 8 + i % 10, (i * 7) % 60
    return f"""<a class="weui-media-box weui-media-box_appmsg" href="/{col}/detail/{d:%Y%m%d}{i:02d}.html">
<div class="weui-media-box__hd"><img class="weui-media-box__thumb" src="/upload/thumb/{d:%Y%m}/{i}.jpg" alt=""></div>
<div class="weui-media-box__bd"><h4 class="weui-media-box__title">{t}</h4>
<p class="weui-media-box__desc">{t}。社区工作人员和志愿者积极参与，居民纷纷点赞……</p>
<ul class="weui-media-box__info"><li class="weui-media-box__info__meta">{d:%Y-%m-%d} {hh:02d}:{mm:02d}</li>
<li class="weui-media-box__info__meta">阅读 {reads:,}</li><li class="weui-media-box__info__meta weui-media-box__info__meta_extra">金湖社区</li></ul>
</div></a>"""


def _e_panel(title: str, col: str, items, n: int) -> str:
    cards = "".join(_e_card(t, d, i, col, 3120 - i * 211) for i, (t, d) in enumerate(items[:n]))
    return f"""<div class="weui-panel weui-panel_access">
<div class="weui-panel__hd">{title}</div>
<div class="weui-panel__bd">{cards}</div>
<div class="weui-panel__ft"><a href="/{col}/" class="weui-cell weui-cell_access weui-cell_link"><div class="weui-cell__bd">查看更多</div><span class="weui-cell__ft"></span></a></div>
</div>"""


E_CSS = """
body{background:#ededed;font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif}
.weui-panel{background:#fff;margin-top:10px;position:relative;overflow:hidden}.weui-panel__hd{padding:16px 16px 13px;color:rgba(0,0,0,.9);font-size:15px;font-weight:700}
.weui-media-box{padding:16px;position:relative;display:flex;align-items:center;color:#000}.weui-media-box__hd{margin-right:16px;width:60px;height:60px}
.weui-media-box__thumb{width:100%;max-height:100%}.weui-media-box__title{font-weight:400;font-size:17px;line-height:1.4;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.weui-media-box__desc{color:rgba(0,0,0,.5);font-size:14px;line-height:1.4;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.weui-media-box__info{margin-top:16px;padding-bottom:4px;font-size:13px;color:rgba(0,0,0,.3);line-height:1em;list-style:none;overflow:hidden}
.weui-media-box__info__meta{float:left;padding-right:1em}.weui-tabbar{display:flex;position:fixed;bottom:0;width:100%;background:#f7f7f7}
.weui-tabbar__item{flex:1;padding:8px 0;text-align:center;font-size:10px;color:rgba(0,0,0,.9)}
.header{background:#07c160;color:#fff;padding:20px 16px}.header h1{font-size:20px}.weather{font-size:13px;opacity:.9}
.grid{display:flex;flex-wrap:wrap;background:#fff}.grid a{width:25%;text-align:center;padding:14px 0;font-size:13px}
"""


def _e_head(title: str) -> str:
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/open/libs/weui/2.5.16/weui.min.css">
<style>{E_CSS}</style>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
</head><body ontouchstart>"""


def _e_tabbar() -> str:
    return """<div style="height:60px"></div><div class="weui-tabbar">
<a href="/" class="weui-tabbar__item"><img src="/static/i/home.png" class="weui-tabbar__icon"><p class="weui-tabbar__label">首页</p></a>
<a href="/sqdt/" class="weui-tabbar__item"><img src="/static/i/news.png" class="weui-tabbar__icon"><p class="weui-tabbar__label">动态</p></a>
<a href="/bmfw/" class="weui-tabbar__item"><img src="/static/i/svc.png" class="weui-tabbar__icon"><p class="weui-tabbar__label">服务</p></a>
<a href="/wd/" class="weui-tabbar__item"><img src="/static/i/me.png" class="weui-tabbar__icon"><p class="weui-tabbar__label">我的</p></a></div>
<div class="weui-footer" style="padding:10px 0 70px"><p class="weui-footer__links"><a href="/gywm/" class="weui-footer__link">关于我们</a></p>
<p class="weui-footer__text">© 2021-2026 金湖社区居民委员会 <a href="https://beian.miit.gov.cn/">苏ICP备2021012345号-1</a></p>
<p class="weui-footer__text">技术支持：智慧社区云平台 v3.2（2026）</p></div>
<script>wx.config({debug:false,appId:'wx3f8a2b1c0d9e8f7a',timestamp:1795500000,nonceStr:'Wm3WZYTPz0wzccnW',signature:'0f9de62fce790f9a083d5c99e95740ceb90c27ed',jsApiList:['updateAppMessageShareData','updateTimelineShareData']});
wx.ready(function(){wx.updateAppMessageShareData({title:'金湖社区',desc:'金湖社区居民服务平台',link:location.href,imgUrl:'/static/i/share.png'});});</script>
</body></html>"""


def _e_home() -> str:
    grid = "".join(f'<a href="/bmfw/{i}.html"><img src="/static/i/g{i}.png" width="28"><br>{t}</a>' for i, t in enumerate(
        ["社保查询", "医保缴费", "居住证明", "老年证", "报修服务", "志愿服务", "法律咨询", "党员报到"]))
    return _e_head("金湖社区") + f"""
<div class="header"><h1>金湖社区</h1><p class="weather">今天 2026年11月25日 周三 | 晴 3~12℃ | 空气优</p></div>
<div class="grid">{grid}</div>
{_e_panel("社区动态", "sqdt", E_DT, 6)}
{_e_panel("党建引领", "djyl", E_DJ, 4)}
{_e_panel("通知公告", "tzgg", E_TZ, 4)}
""" + _e_tabbar()


def _e_column(title: str, col: str, items) -> str:
    cards = "".join(_e_card(t, d, i, col, 2890 - i * 97) for i, (t, d) in enumerate(items[:15]))
    return _e_head(f"{title} - 金湖社区") + f"""
<div class="weui-panel weui-panel_access"><div class="weui-panel__hd">{title}</div>
<div class="weui-panel__bd">{cards}</div>
<div class="weui-loadmore"><span class="weui-loadmore__tips">上拉加载更多</span></div></div>
<script>var page=1,loading=false;window.addEventListener('scroll',function(){{if(loading)return;if(window.innerHeight+window.scrollY>=document.body.offsetHeight-50){{loading=true;page++;
fetch('/api/article/list?col={col}&page='+page).then(function(r){{return r.json()}}).then(function(d){{loading=false;}});}}}});</script>
""" + _e_tabbar()


def site_e() -> Site:
    ct = "text/html; charset=utf-8"
    pages = {
        "/": (_e_home().encode(), ct),
        "/sqdt/": (_e_column("社区动态", "sqdt", E_DT).encode(), ct),
        "/djyl/": (_e_column("党建引领", "djyl", E_DJ).encode(), ct),
        "/tzgg/": (_e_column("通知公告", "tzgg", E_TZ).encode(), ct),
    }
    truth = SiteTruth(
        status="healthy", passed=True, must=(),
        must_not=("homepage_stale", "column_stale", "column_empty", "future_dated",
                  "undated", "abandoned"),
        home_newest=str(E_DT[0][1]), last_updated=str(E_DT[0][1]),
        columns=[
            ColumnTruth("社区动态", ("news",), str(E_DT[0][1])),
            ColumnTruth("党建引领", ("news", "other"), str(E_DJ[0][1])),
            ColumnTruth("通知公告", ("notice",), str(E_TZ[0][1])),
        ],
    )
    return Site("E", E_HOST, "/", "金湖社区", pages, truth)


# ---------------------------------------------------------------------------
# Site F: a zombie 乡镇, last updated 2024, a 2026 clock and a visitor counter
# ---------------------------------------------------------------------------

F_HOST = "www.gzzzf.gov.cn"
_F_LAST = _dt.date(2024, 8, 16)


def _f_dates(start: _dt.date, n: int, step: int) -> list[_dt.date]:
    return [start - _dt.timedelta(days=i * step + (i % 4)) for i in range(n)]


F_NEWS = list(zip(titles(NEWS_TITLES, 20, 17), _f_dates(_F_LAST, 20, 6)))
F_TZ = list(zip(titles(NOTICE_TITLES, 10, 4), _f_dates(_dt.date(2024, 6, 3), 10, 20)))
F_ZW = list(zip(titles(POLICY_TITLES, 8, 5), _f_dates(_dt.date(2024, 3, 12), 8, 45)))


def _f_url(col: str, d: _dt.date, n: int) -> str:
    return f"/News_View.asp?NewsID={1200 - n - len(col) * 40}"


def _f_box(title: str, col: str, items) -> str:
    rows = "".join(
        f'<tr><td width="12"><img src="images/arrow.gif"></td><td><a href="{_f_url(col, d, i)}" target="_blank">{t}</a></td>'
        f'<td width="90" align="right"><font color="#999999">{d:%Y-%m-%d}</font></td></tr>'
        for i, (t, d) in enumerate(items[:8]))
    return f"""<table width="100%" border="0" cellpadding="0" cellspacing="0" class="k1">
<tr><td height="30" background="images/t_bg.jpg"><b class="tit">&nbsp;{title}</b></td>
<td align="right" background="images/t_bg.jpg"><a href="/News_Class.asp?ClassName={col}">更多...</a>&nbsp;</td></tr>
<tr><td colspan="2"><table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table></td></tr></table>"""


def _f_chrome(title: str, body: str) -> str:
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<link href="css.css" rel="stylesheet" type="text/css">
<style>{CSS_BASE.replace('1057a7', '2b6ea8').replace("1200px", "980px")}</style>
</head><body topmargin="0" leftmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td height="26" bgcolor="#EEF3F8">&nbsp;今天是：2026年11月25日 星期三　<span>农历丙午年十月初七</span></td>
<td align="right" bgcolor="#EEF3F8">多云转晴 6~14℃ | <a href="/">首页</a> | <a href="/admin/Login.asp">管理登录</a>&nbsp;</td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="images/banner.jpg" width="980" height="150"></td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#2B6EA8" height="36"><tr>
<td align="center"><a href="/" class="nav">首 页</a></td><td align="center"><a href="/News_Class.asp?ClassName=zjgz" class="nav">走进古镇</a></td>
<td align="center"><a href="/News_Class.asp?ClassName=xw" class="nav">乡镇动态</a></td><td align="center"><a href="/News_Class.asp?ClassName=tz" class="nav">通知公告</a></td>
<td align="center"><a href="/News_Class.asp?ClassName=zw" class="nav">政务公开</a></td><td align="center"><a href="/News_Class.asp?ClassName=zs" class="nav">招商引资</a></td>
<td align="center"><a href="/GuestBook.asp" class="nav">镇长信箱</a></td></tr></table>
{body}
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0" style="border-top:2px solid #2B6EA8;margin-top:10px"><tr><td align="center" height="90" style="line-height:24px">
版权所有：古镇镇人民政府　地址：古镇镇中山路8号　电话：0760-22341234<br>
Copyright &copy; 2012-2026 古镇镇人民政府 All Rights Reserved　<a href="https://beian.miit.gov.cn/">粤ICP备12034567号</a><br>
技术支持：中山市网维电脑科技　您是第 <img src="/Counter.asp?style=1" alt="counter"> <b>00286451</b> 位访问者　更新时间：2026-11-25
</td></tr></table>
</body></html>"""


def _f_home() -> str:
    ld = links_block([(t, f"/News_View.asp?NewsID={80 + i}") for i, t in enumerate(
        ["党委书记：陈志明", "镇长：黄伟强", "人大主席：梁淑芬", "副镇长：何家豪", "副镇长：吴敏"])], "ld")
    body = f"""<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="320" valign="top"><a href="{_f_url("xw", F_NEWS[0][1], 0)}"><img src="/UploadFiles/{F_NEWS[0][1]:%Y%m%d}01.jpg" width="310" height="230"></a><br>{F_NEWS[0][0]}</td>
<td width="10"></td><td valign="top">{_f_box("乡镇动态", "xw", F_NEWS)}</td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="485" valign="top">{_f_box("通知公告", "tz", F_TZ)}</td><td width="10"></td>
<td width="485" valign="top">{_f_box("政务公开", "zw", F_ZW)}</td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td valign="top">
<table width="100%" class="k1"><tr><td height="30"><b class="tit">&nbsp;领导信息</b></td></tr><tr><td>{ld}</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td>{sitemap_block("/")}{friend_links_select()}</td></tr></table>"""
    return _f_chrome("古镇镇人民政府网", body)


def _f_column(title: str, col: str, items) -> str:
    rows = "".join(
        f'<tr><td height="26">·<a href="{_f_url(col, d, i)}" target="_blank">{t}</a></td>'
        f'<td width="100" align="center">[{d:%Y-%m-%d}]</td></tr>'
        for i, (t, d) in enumerate(items[:20]))
    body = f"""<table width="980" align="center"><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; {title}</td></tr></table>
<table width="980" align="center" class="k1"><tr><td><table width="100%">{rows}</table></td></tr>
<tr><td align="center">共 {len(items) * 3} 条记录 页次：1/3 每页20条 <a href="?ClassName={col}&page=2">下一页</a> <a href="?ClassName={col}&page=3">尾页</a></td></tr></table>"""
    return _f_chrome(f"{title}-古镇镇人民政府网", body)


def site_f() -> Site:
    ct = "text/html"
    pages = {
        "/": (_f_home().encode("gbk"), ct),
        "/News_Class.asp?ClassName=xw": (_f_column("乡镇动态", "xw", F_NEWS).encode("gbk"), ct),
        "/News_Class.asp?ClassName=tz": (_f_column("通知公告", "tz", F_TZ).encode("gbk"), ct),
        "/News_Class.asp?ClassName=zw": (_f_column("政务公开", "zw", F_ZW).encode("gbk"), ct),
    }
    truth = SiteTruth(
        status="zombie", passed=False, must=("abandoned",),
        must_not=("future_dated", "hidden_links", "spam_content"),
        home_newest=str(F_NEWS[0][1]), last_updated=str(F_NEWS[0][1]),
        columns=[
            ColumnTruth("乡镇动态", ("news",), str(F_NEWS[0][1])),
            ColumnTruth("通知公告", ("notice",), str(F_TZ[0][1])),
            ColumnTruth("政务公开", ("policy", "notice", "other"), str(F_ZW[0][1]),
                        why="政务公开 holds policy files here; contested type"),
        ],
    )
    return Site("F", F_HOST, "/", "古镇镇人民政府", pages, truth)


def all_sites() -> list[Site]:
    return [site_a(), site_b(), site_c(), site_d(), site_e(), site_f()]
