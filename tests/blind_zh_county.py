"""Blind evaluation: ten mainland Chinese county / district / township portals (2026).

Written from how such sites are built (Hanweb 大汉 JCMS, TRS WCM, provincial 集约化
platforms, classic GBK ASP, a server-rendered Vue/Element shell, a township site, a
navigation-only homepage, a district's 区长信箱, a PHPCMS county with year-less dates,
a JSP 信息公开 table with 成文日期 and 发布日期), before any scan, together with
the truth an inspector would write down for each. NOW is Thursday 2026-11-26.

Each site: ``host``, ``name``, ``pages`` {path: (content_type, bytes)} for the
homepage ("/") and every column list page its "更多" links name, and ``truth``.
Article links are not served here (the test answers them with a small page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 26, 2, 30, tzinfo=dt.UTC)  # 10:30 in Beijing, Thu
TODAY_CN = "2026年11月26日 星期四"


@dataclass(frozen=True)
class Col:
    """An inspector's reading of one column: its type (None: not scored), newest
    item's date (None when empty) and whether it is empty."""

    type: str | None
    newest: str | None
    empty: bool = False


@dataclass(frozen=True)
class Truth:
    status: str
    passed: bool
    must: frozenset[str]
    must_not: frozenset[str]
    columns: dict[str, Col]
    last_updated: str | None
    home_status: str
    home_passed: bool
    home_must: frozenset[str] = frozenset()
    home_must_not: frozenset[str] = frozenset()
    stale_count: int | None = None  # column_stale's count
    empty_count: int | None = None  # column_empty's count
    unanswered: int | None = None  # unanswered_messages' count
    note: str = ""


@dataclass
class Site:
    key: str
    host: str
    name: str
    cms: str
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    truth: Truth | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}/"


FRESHNESS = frozenset({"homepage_stale", "column_stale", "column_empty", "abandoned"})
HTML_UTF8 = "text/html; charset=utf-8"


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _md(s: str) -> str:
    d = _d(s)
    return f"{d.month:02d}-{d.day:02d}"


# --------------------------------------------------------------------------- chrome
DEPTS = [
    "县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局", "县民政局",
    "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源和规划局", "县生态环境分局",
    "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局",
    "县文化广电旅游体育局", "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局",
    "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局", "县信访局", "县行政审批服务局",
    "县数据资源管理局", "县机关事务服务中心", "县融媒体中心", "县供销合作社", "县气象局",
    "县税务局", "县消防救援大队", "县人民法院", "县人民检察院",
]

TOWNS = ["城关镇", "石桥镇", "河口镇", "白云乡", "青山镇", "双溪乡", "龙泉镇", "松林乡", "东岭镇",
         "西坪乡", "南岸街道", "北湖街道", "长乐镇", "太平乡"]


def dept_options(prefix: str = "县") -> str:
    opts = "".join(
        f'<option value="http://{i:02d}.example-dept.gov.cn/">{d.replace("县", prefix, 1)}</option>'
        for i, d in enumerate(DEPTS)
    )
    return opts


def css_block(prefix: str, n: int, color: str) -> str:
    """A site stylesheet inlined as templates of that era did (a few KB)."""
    rules = []
    names = ["header", "logo", "nav", "sub", "banner", "main", "box", "tit", "more", "list",
             "date", "side", "tab", "panel", "foot", "link", "search", "weather", "zt", "pic"]
    for i in range(n):
        nm = names[i % len(names)]
        rules.append(
            f".{prefix}-{nm}{i // len(names) or ''} {{margin:0 auto;padding:{i % 7}px {i % 11}px;"
            f"line-height:{24 + i % 6}px;font-size:{12 + i % 4}px;color:{color};"
            f"border-bottom:1px solid #e{i % 10}e{i % 10}e{i % 10};overflow:hidden;}}"
        )
    return "<style type=\"text/css\">\n" + "\n".join(rules) + "\n</style>"


SLIDER_JS = """
<script type="text/javascript">
(function($){
  $.fn.slideBox = function(opt){
    var o = $.extend({speed:500, delay:4000, auto:true}, opt || {});
    return this.each(function(){
      var box = $(this), ul = box.find('.pics'), n = ul.find('li').length, i = 0, t = null;
      function go(k){ i = (k + n) % n; ul.stop().animate({left: -i * box.width()}, o.speed);
        box.find('.nums span').removeClass('on').eq(i).addClass('on');
        box.find('.txt').text(ul.find('li').eq(i).find('a').attr('title')); }
      function play(){ if(o.auto){ t = setInterval(function(){ go(i + 1); }, o.delay); } }
      box.hover(function(){ clearInterval(t); }, play);
      box.find('.nums span').each(function(k){ $(this).mouseover(function(){ go(k); }); });
      play();
    });
  };
  $(function(){ $('.slide').slideBox(); });
})(jQuery);
</script>
"""

TAB_JS = """
<script type="text/javascript">
$(function(){
  $('.tabbox').each(function(){
    var box = $(this);
    box.find('.tab-hd li').mouseover(function(){
      var k = $(this).index();
      $(this).addClass('on').siblings().removeClass('on');
      box.find('.tab-bd > .panel').eq(k).show().siblings().hide();
      box.find('.tab-hd .more').attr('href', $(this).find('a').attr('href'));
    });
  });
});
</script>
"""


def clock_js(el: str = "nowtime") -> str:
    return f"""
<script type="text/javascript">
function showTime(){{
  var d = new Date(), w = ['日','一','二','三','四','五','六'];
  document.getElementById('{el}').innerHTML = '今天是' + d.getFullYear() + '年' +
    (d.getMonth() + 1) + '月' + d.getDate() + '日 星期' + w[d.getDay()];
}}
window.onload = showTime;
</script>"""


# =========================================================================== S1 Hanweb
def _hanweb_art(col: int, date: str, n: int) -> str:
    d = _d(date)
    return f"/art/{d.year}/{d.month}/{d.day}/art_{col}_{n}.html"


HW_COLS: dict[str, tuple[int, str, list[tuple[str, str]]]] = {
    "清水要闻": (1229, "qsyw", [
        ("2026-11-25", "县委常委会召开会议传达学习省委全会精神"),
        ("2026-11-24", "县政府召开第48次常务会议"),
        ("2026-11-23", "清水县举行2026年冬季征兵欢送仪式"),
        ("2026-11-21", "县领导调研重点项目建设推进情况"),
        ("2026-11-20", "我县召开安全生产工作专题会议"),
        ("2026-11-18", "清水县2026年秋季农产品展销会开幕"),
        ("2026-11-17", "县人大常委会开展民营经济促进法执法检查"),
        ("2026-11-14", "全县冬春森林防火工作会议召开"),
        ("2026-11-12", "清水县与省农科院签订战略合作协议"),
        ("2026-11-10", "县政协召开十届十五次常委会议"),
        ("2026-11-07", "我县开展消防安全宣传月活动"),
        ("2026-11-05", "全县项目建设现场推进会召开"),
    ]),
    "部门动态": (1230, "bmdt", [
        ("2026-11-24", "县农业农村局开展冬季农机安全检查"),
        ("2026-11-22", "县市场监管局开展冬季食品安全专项检查"),
        ("2026-11-20", "县人社局举办就业援助月专场招聘会"),
        ("2026-11-19", "县卫健委组织开展流感疫苗接种"),
        ("2026-11-16", "县交通运输局推进农村公路养护"),
        ("2026-11-13", "县教育局召开秋季学期教学质量分析会"),
        ("2026-11-11", "县应急管理局开展危化品企业检查"),
        ("2026-11-08", "县民政局开展养老机构安全排查"),
    ]),
    "乡镇动态": (1231, "xzdt", [
        ("2026-11-23", "城关镇开展人居环境整治百日攻坚"),
        ("2026-11-21", "石桥镇召开村级集体经济发展座谈会"),
        ("2026-11-19", "河口镇茶叶加工园区建成投产"),
        ("2026-11-15", "白云乡开展冬季送温暖活动"),
        ("2026-11-12", "青山镇举办农民丰收节"),
        ("2026-11-09", "龙泉镇推进高标准农田建设"),
        ("2026-11-06", "双溪乡开展防溺水安全宣传"),
    ]),
    "通知公告": (1232, "tzgg", [
        ("2026-11-20", "关于2026年清水县事业单位公开招聘拟聘用人员的公示"),
        ("2026-11-17", "清水县人民政府关于冬季森林防火期的通告"),
        ("2026-11-13", "关于开展2026年度清水县统计执法检查的公告"),
        ("2026-11-06", "清水县城区部分路段临时交通管制的通告"),
        ("2026-10-29", "关于征集2027年县政府民生实事项目的公告"),
        ("2026-10-22", "清水县2026年第三季度重点项目建设情况通报"),
        ("2026-10-15", "关于公布清水县行政许可事项清单的通知"),
    ]),
    "政策文件": (1233, "zcwj", [
        ("2026-10-30", "清水县人民政府关于印发《清水县促进民营经济高质量发展若干措施》的通知"),
        ("2026-10-12", "清水县人民政府办公室关于进一步加强城乡供水管理的通知"),
        ("2026-09-25", "清水县人民政府关于调整城乡居民基本医疗保险政策的通知"),
        ("2026-09-08", "清水县人民政府办公室关于印发清水县防汛抗旱应急预案的通知"),
        ("2026-08-20", "清水县人民政府关于公布县级行政权力事项目录的决定"),
        ("2026-07-31", "清水县人民政府办公室关于做好2026年秋冬季大气污染防治工作的通知"),
    ]),
    "政策解读": (1234, "zcjd", [
        ("2026-11-10", "图解《清水县促进民营经济高质量发展若干措施》"),
        ("2026-10-28", "一图读懂清水县城乡供水管理新规"),
        ("2026-10-01", "《清水县城乡居民基本医疗保险实施办法》政策解读"),
        ("2026-09-12", "《清水县防汛抗旱应急预案》解读"),
        ("2026-08-25", "解读：清水县行政权力事项目录调整说明"),
    ]),
}


def _hw_head(title: str, column: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title}</title>
<meta name="SiteName" content="清水县人民政府" />
<meta name="SiteDomain" content="www.qingshui.gov.cn" />
<meta name="SiteIDCode" content="3306240001" />
<meta name="ColumnName" content="{column}" />
<meta name="ColumnType" content="{column}" />
<meta name="Keywords" content="清水县,清水县人民政府,清水政府网" />
<link rel="stylesheet" type="text/css" href="/images/3306240001/css/style.css" />
<script type="text/javascript" src="/script/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
<script type="text/javascript" src="/script/hanweb/jcms_shortcut.js"></script>
{css_block("qs", 120, "#333")}
</head>
<body>
<div class="qs-top"><div class="w1200">
  <span id="nowtime"></span>
  <span class="qs-weather"><iframe width="280" scrolling="no" height="25" frameborder="0" allowtransparency="true" src="//i.tianqi.com/index.php?c=code&id=1&icon=1&wind=1&num=1&site=12"></iframe></span>
  <span class="qs-tool"><a href="javascript:void(0)" id="cniil_wza">无障碍</a> | <a href="javascript:void(0)" onclick="elderMode()">长者模式</a> | <a href="/col/col1311/index.html">网站地图</a> | <a href="https://www.zjzwfw.gov.cn/">登录</a></span>
</div></div>
<div class="qs-header"><div class="w1200">
  <a href="/" class="qs-logo"><img src="/images/3306240001/logo.png" alt="清水县人民政府" /></a>
  <div class="qs-search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="3" />
  <input type="text" name="q" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form>
  <p>热词：<a href="/jrobot/search.do?webid=3&q=医保">医保</a> <a href="/jrobot/search.do?webid=3&q=招聘">招聘</a> <a href="/jrobot/search.do?webid=3&q=社保">社保</a></p></div>
</div></div>
<div class="qs-nav"><ul class="w1200">
  <li><a href="/">首页</a></li>
  <li><a href="/col/col1201/index.html">走进清水</a><div class="qs-sub"><a href="/col/col1202/index.html">县情概况</a><a href="/col/col1203/index.html">历史沿革</a><a href="/col/col1204/index.html">行政区划</a><a href="/col/col1205/index.html">自然资源</a><a href="/col/col1206/index.html">清水名胜</a></div></li>
  <li><a href="/col/col1228/index.html">政务动态</a><div class="qs-sub"><a href="/col/col1229/index.html">清水要闻</a><a href="/col/col1230/index.html">部门动态</a><a href="/col/col1231/index.html">乡镇动态</a><a href="/col/col1240/index.html">视频新闻</a></div></li>
  <li><a href="/col/col1250/index.html">信息公开</a><div class="qs-sub"><a href="/col/col1251/index.html">政府信息公开指南</a><a href="/col/col1252/index.html">政府信息公开制度</a><a href="/col/col1253/index.html">法定主动公开内容</a><a href="/col/col1254/index.html">政府信息公开年报</a><a href="/col/col1233/index.html">政策文件</a><a href="/col/col1234/index.html">政策解读</a></div></li>
  <li><a href="https://www.zjzwfw.gov.cn/zjservice/">政务服务</a></li>
  <li><a href="/col/col1270/index.html">政民互动</a><div class="qs-sub"><a href="https://www.zj12345.gov.cn/">12345政务服务热线</a><a href="/col/col1272/index.html">在线访谈</a><a href="/col/col1273/index.html">征集调查</a></div></li>
  <li><a href="/col/col1280/index.html">专题专栏</a></li>
</ul></div>
"""


def _hw_foot() -> str:
    return f"""
<div class="qs-links"><div class="w1200"><span>友情链接：</span>
<select onchange="if(this.value)window.open(this.value)"><option value="">国家部委网站</option><option value="https://www.gov.cn/">中国政府网</option><option value="https://www.ndrc.gov.cn/">国家发展改革委</option><option value="https://www.moe.gov.cn/">教育部</option></select>
<select onchange="if(this.value)window.open(this.value)"><option value="">县级部门网站</option>{dept_options()}</select>
<select onchange="if(this.value)window.open(this.value)"><option value="">乡镇网站</option>{"".join(f'<option value="http://{i}.qingshui.example/">{t}</option>' for i, t in enumerate(TOWNS))}</select>
</div></div>
<div class="qs-foot"><div class="w1200">
<p><a href="/col/col1311/index.html">网站地图</a> | <a href="/col/col1312/index.html">联系我们</a> | <a href="/col/col1313/index.html">隐私声明</a> | <a href="/col/col1314/index.html">使用帮助</a></p>
<p>主办：清水县人民政府办公室　承办：清水县融媒体中心　联系电话：0570-6012345</p>
<p>版权所有 &copy; 2012-2026 清水县人民政府　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<img src="/images/ga.png" alt="" />浙公网安备 33062402000123号　网站标识码：3306240001</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60426532/CA140000000604265320002.js' type='text/javascript'%3E%3C/script%3E"));</script>
<a href="https://bszs.conac.cn/sitename?method=show&id=0A123" target="_blank"><img src="/images/red.png" alt="党政机关" /></a>
<script id="_jiucuo_" sitecode="3306240001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div></div>
{clock_js()}
{TAB_JS}
{SLIDER_JS}
</body></html>"""


def hanweb_home() -> str:
    def lst(name: str, k: int, fmt: str = "full") -> str:
        col, _, items = HW_COLS[name]
        out = []
        for j, (date, title) in enumerate(items[:k]):
            shown = date if fmt == "full" else _md(date)
            out.append(f'<li><a href="{_hanweb_art(col, date, 3456000 + col * 10 + j)}" title="{title}" target="_blank">{title}</a><span class="date">{shown}</span></li>')
        return "\n".join(out)

    pics = "".join(
        f'<li><a href="{_hanweb_art(1229, d, 3455900 + i)}" title="{t}" target="_blank"><img src="/picture/0/2611{i}.jpg" alt="{t}" /></a></li>'
        for i, (d, t) in enumerate(HW_COLS["清水要闻"][2][:5])
    )
    pinned = (
        f'<li class="top"><img src="/images/3306240001/zd.png" alt="置顶" /><a href="{_hanweb_art(1232, "2025-03-01", 3401000)}" '
        'title="清水县政务服务事项“一网通办”操作指南" target="_blank">清水县政务服务事项“一网通办”操作指南</a><span class="date">2025-03-01</span></li>'
    )
    zt = "".join(
        f'<li><a href="/col/col{1281 + i}/index.html"><img src="/images/3306240001/zt{i}.jpg" alt="{t}" /></a></li>'
        for i, t in enumerate(["学习贯彻党的二十届四中全会精神", "优化营商环境", "清廉清水建设", "安全生产月", "全国文明城市创建", "乡村振兴"])
    )
    body = f"""
<div class="w1200 qs-main">
 <div class="qs-row1">
  <div class="slide qs-pic"><ul class="pics">{pics}</ul><div class="txt"></div><div class="nums"><span class="on">1</span><span>2</span><span>3</span><span>4</span><span>5</span></div></div>
  <div class="qs-box qs-yw">
   <div class="qs-tit"><h3><a href="/col/col1229/index.html">清水要闻</a></h3><a class="more" href="/col/col1229/index.html">更多&gt;&gt;</a></div>
   <div class="qs-headline"><a href="{_hanweb_art(1229, "2026-11-25", 3468290)}" target="_blank">县委常委会召开会议传达学习省委全会精神</a>
   <p>11月25日，县委书记主持召开县委常委会会议，传达学习省委十五届六次全会精神，研究部署我县贯彻落实意见……</p></div>
   <ul class="qs-list">{lst("清水要闻", 8)}</ul>
  </div>
 </div>
 <div class="qs-row2">
  <div class="tabbox qs-box">
   <div class="tab-hd"><ul><li class="on"><a href="/col/col1230/index.html">部门动态</a></li><li><a href="/col/col1231/index.html">乡镇动态</a></li></ul><a class="more" href="/col/col1230/index.html">更多</a></div>
   <div class="tab-bd">
    <div class="panel"><ul class="qs-list">{lst("部门动态", 7)}</ul></div>
    <div class="panel" style="display:none"><ul class="qs-list">{lst("乡镇动态", 7)}</ul></div>
   </div>
  </div>
  <div class="qs-box qs-tzgg">
   <div class="qs-tit"><h3><a href="/col/col1232/index.html">通知公告</a></h3><a class="more" href="/col/col1232/index.html">更多&gt;&gt;</a></div>
   <ul class="qs-list">{pinned}{lst("通知公告", 6)}</ul>
  </div>
 </div>
 <div class="qs-row3">
  <div class="tabbox qs-box">
   <div class="tab-hd"><ul><li class="on"><a href="/col/col1233/index.html">政策文件</a></li><li><a href="/col/col1234/index.html">政策解读</a></li></ul><a class="more" href="/col/col1233/index.html">更多</a></div>
   <div class="tab-bd">
    <div class="panel"><ul class="qs-list">{lst("政策文件", 6)}</ul></div>
    <div class="panel" style="display:none"><ul class="qs-list">{lst("政策解读", 5)}</ul></div>
   </div>
  </div>
  <div class="qs-box qs-hd">
   <div class="qs-tit"><h3>政民互动</h3></div>
   <ul class="qs-icons"><li><a href="https://www.zj12345.gov.cn/col/col1/index.html?area=330624"><img src="/images/3306240001/xzxx.png" alt="" />县长信箱</a></li>
   <li><a href="https://www.zj12345.gov.cn/"><img src="/images/3306240001/12345.png" alt="" />12345热线</a></li>
   <li><a href="/col/col1272/index.html"><img src="/images/3306240001/ft.png" alt="" />在线访谈</a></li>
   <li><a href="/col/col1273/index.html"><img src="/images/3306240001/zj.png" alt="" />征集调查</a></li></ul>
  </div>
 </div>
 <div class="qs-zt"><div class="qs-tit"><h3><a href="/col/col1280/index.html">专题专栏</a></h3></div><ul>{zt}</ul></div>
 <div class="qs-fw"><ul>
  {"".join(f'<li><a href="https://www.zjzwfw.gov.cn/zjservice/item/{i}.html">{t}</a></li>' for i, t in enumerate(["个人办事", "法人办事", "部门服务", "主题服务", "特色服务", "便民服务", "办件查询", "好差评"]))}
 </ul></div>
</div>
"""
    return _hw_head("清水县人民政府", "首页") + body + _hw_foot()


def hanweb_column(name: str) -> str:
    col, _, items = HW_COLS[name]
    unit = 4470000 + col
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="http://www.qingshui.gov.cn{_hanweb_art(col, d, 3456000 + col * 10 + j)}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>]]></record>'
        for j, (d, t) in enumerate(items)
    )
    on = ' class="on"'
    side = "".join(
        f'<li{on if n == name else ""}><a href="/col/col{c}/index.html">{n}</a></li>'
        for n, (c, _, _) in HW_COLS.items()
    )
    body = f"""
<div class="w1200 qs-location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1228/index.html">政务动态</a> &gt; <a href="/col/col{col}/index.html">{name}</a></div>
<div class="w1200 qs-content">
 <div class="qs-left"><div class="qs-left-tit">栏目导航</div><ul>{side}</ul></div>
 <div class="qs-right">
  <div class="qs-right-tit"><span>{name}</span></div>
  <div class="qs-right-list">
<div id="{unit}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1&webid=3&path=http://www.qingshui.gov.cn/&columnid={col}&unitid={unit}&webname=%E6%B8%85%E6%B0%B4%E5%8E%BF%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&permissiontype=0"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script></div>
<script language="javascript">
  $('#{unit}').jpage({{ dataStore: $('#{unit} datastore'), perPage: 15, totalRecord: {len(items) + 180}, proxyUrl: '/module/jpage/dataproxy.jsp', groupSize: 3,
    barPosition: 'bottom', ajaxParam: {{ col: 1, appid: 1, webid: 3, path: '/', columnid: {col}, sourceContentType: 1, unitid: {unit}, webname: '清水县人民政府', permissiontype: 0 }} }});
</script>
  </div>
 </div>
</div>
"""
    return _hw_head(f"{name} 清水县人民政府", name) + body + _hw_foot()


def build_hanweb() -> Site:
    s = Site("hanweb", "www.qingshui.gov.cn", "清水县人民政府", "Hanweb JCMS")
    s.pages["/"] = (HTML_UTF8, hanweb_home().encode("utf-8"))
    for name, (col, _, _) in HW_COLS.items():
        s.pages[f"/col/col{col}/index.html"] = (HTML_UTF8, hanweb_column(name).encode("utf-8"))
    s.truth = Truth(
        status="healthy", passed=True,
        must=frozenset(),
        must_not=FRESHNESS | {"undated", "future_dated", "unanswered_messages"},
        columns={
            "清水要闻": Col("news", "2026-11-25"),
            "部门动态": Col("news", "2026-11-24"),
            "乡镇动态": Col("news", "2026-11-23"),
            "通知公告": Col("notice", "2026-11-20"),
            "政策文件": Col("policy", "2026-10-30"),
            "政策解读": Col("policy", "2026-11-10"),
        },
        last_updated="2026-11-25",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated"},
        note="pinned 2025-03-01 guide on top of 通知公告; column pages are jpage datastores",
    )
    return s


# =========================================================================== S2 TRS WCM
TRS_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "金河要闻": ("/xwzx/jhyw/", [
        ("2026-11-24", "区委理论学习中心组举行2026年第十次集体学习"),
        ("2026-11-23", "金河区召开四季度经济运行调度会"),
        ("2026-11-20", "区政府与市城投集团签署片区开发合作协议"),
        ("2026-11-19", "金河区举行重大项目集中签约活动"),
        ("2026-11-16", "区领导督导检查冬季安全生产工作"),
        ("2026-11-13", "金河区创建全国文明城区推进会召开"),
        ("2026-11-11", "区人大常委会第三十二次会议召开"),
        ("2026-11-09", "金河区举行消防安全应急演练"),
    ]),
    "部门动态": ("/xwzx/bmdt/", [
        ("2026-09-30", "区发改局召开重点项目谋划储备工作会"),
        ("2026-09-24", "区住建局开展老旧小区改造质量巡查"),
        ("2026-09-18", "区教体局举行新学期开学安全检查"),
        ("2026-09-11", "区市场监管局开展中秋月饼质量抽检"),
        ("2026-09-03", "区人社局开展根治欠薪专项行动"),
        ("2026-08-27", "区卫健委组织基层医务人员业务培训"),
        ("2026-08-20", "区城管局集中整治占道经营"),
    ]),
    "基层动态": ("/xwzx/jcdt/", [
        ("2026-10-20", "东湖街道开展重阳节敬老活动"),
        ("2026-10-14", "西城街道举办社区邻里节"),
        ("2026-10-09", "金桥镇完成秋粮收购工作"),
        ("2026-09-29", "北苑街道开展国庆节前安全大检查"),
        ("2026-09-22", "南塘镇举办农民丰收节系列活动"),
        ("2026-09-15", "东湖街道新时代文明实践站揭牌"),
    ]),
    "通知公告": ("/zwgk/tzgg/", [
        ("2026-11-18", "关于《金河区物业管理办法》自2027年1月1日起施行的公告"),
        ("2026-11-12", "金河区2026年公开招聘社区工作者资格复审公告"),
        ("2026-11-05", "关于金河区部分区域临时停水的通知"),
        ("2026-10-27", "金河区关于开展第五次全国经济普查入户登记的公告"),
        ("2026-10-16", "关于2027年度城乡居民医保集中参保缴费的通告"),
        ("2026-10-09", "金河区征收土地补偿安置方案公告"),
        ("2026-09-28", "关于国庆节期间烟花爆竹禁放的通告"),
    ]),
    "政策文件": ("/zwgk/zcwj/", [
        ("2026-08-15", "金河区人民政府关于印发金河区促进楼宇经济发展实施办法的通知"),
        ("2026-07-22", "金河区人民政府办公室关于印发金河区城市更新三年行动方案的通知"),
        ("2026-06-30", "金河区人民政府关于进一步加强耕地保护的意见"),
        ("2026-06-12", "金河区人民政府办公室关于印发金河区突发事件总体应急预案的通知"),
        ("2026-05-18", "金河区人民政府关于调整区级政务服务事项的决定"),
    ]),
    "人事信息": ("/zwgk/rsxx/", [
        ("2026-03-12", "金河区人民政府关于张某某等同志职务任免的通知"),
        ("2026-01-08", "金河区人民政府关于李某某同志任职的通知"),
        ("2025-10-21", "金河区人民政府关于王某某等同志职务任免的通知"),
        ("2025-07-02", "金河区人民政府关于赵某某同志免职的通知"),
    ]),
}


def _trs_art(base: str, date: str, n: int) -> str:
    d = _d(date)
    return f"{base}{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{n}.html"


def _trs_head(title: str, colname: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="SiteName" content="金河区人民政府">
<meta name="SiteDomain" content="www.jinhe.gov.cn">
<meta name="SiteIDCode" content="4201150003">
<meta name="ColumnName" content="{colname}">
<meta name="ColumnType" content="{colname}">
<link href="/images/common.css" rel="stylesheet">
<script src="/images/jquery.min.js"></script>
<script src="/images/ie_hack.js"></script>
{css_block("jh", 140, "#1a1a1a")}
</head>
<body>
<div class="jh-topbar"><div class="container">
  <div class="fl">欢迎访问金河区人民政府门户网站</div>
  <div class="fr"><a href="javascript:;" class="jh-wza">无障碍浏览</a><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a><a href="javascript:;" onclick="AddFavorite()">加入收藏</a><a href="/wzdt/">网站地图</a><a href="https://zwfw.hubei.gov.cn/">登录</a></div>
</div></div>
<div class="jh-header"><div class="container">
  <h1 class="jh-logo"><a href="/"><img src="/images/logo.png" alt="金河区人民政府"></a></h1>
  <div class="jh-search"><form name="searchform" action="https://www.jinhe.gov.cn/search/" target="_blank"><input type="text" name="searchword" placeholder="请输入搜索内容"><button type="submit">搜索</button></form></div>
</div></div>
<div class="jh-nav"><div class="container"><ul>
  <li class="on"><a href="/">首页</a></li>
  <li><a href="/zjjh/">走进金河</a><dl class="jh-sub"><dd><a href="/zjjh/jhgk/">金河概况</a></dd><dd><a href="/zjjh/lsyg/">历史沿革</a></dd><dd><a href="/zjjh/xzqh/">行政区划</a></dd><dd><a href="/zjjh/jhrw/">金河人文</a></dd></dl></li>
  <li><a href="/xwzx/">新闻中心</a><dl class="jh-sub"><dd><a href="/xwzx/jhyw/">金河要闻</a></dd><dd><a href="/xwzx/bmdt/">部门动态</a></dd><dd><a href="/xwzx/jcdt/">基层动态</a></dd><dd><a href="/xwzx/spxw/">视频新闻</a></dd><dd><a href="/xwzx/mtgz/">媒体关注</a></dd></dl></li>
  <li><a href="/zwgk/">政务公开</a><dl class="jh-sub"><dd><a href="/zwgk/xxgkzn/">政府信息公开指南</a></dd><dd><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></dd><dd><a href="/zwgk/zcwj/">政策文件</a></dd><dd><a href="/zwgk/zcjd/">政策解读</a></dd><dd><a href="/zwgk/rsxx/">人事信息</a></dd><dd><a href="/zwgk/xxgknb/">政府信息公开年报</a></dd></dl></li>
  <li><a href="https://zwfw.hubei.gov.cn/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a><dl class="jh-sub"><dd><a href="https://12345.wuhan.example/">区长信箱</a></dd><dd><a href="/hdjl/zxft/">在线访谈</a></dd><dd><a href="/hdjl/yjzj/">意见征集</a></dd></dl></li>
  <li><a href="/ztzl/">专题专栏</a></li>
</ul></div></div>
"""


def _trs_foot() -> str:
    return f"""
<div class="jh-link"><div class="container">
  <div class="jh-link-tit">相关链接</div>
  <div class="jh-link-sel"><select onchange="window.open(this.value)"><option>政府网站</option><option value="https://www.gov.cn/">中国政府网</option><option value="https://www.hubei.gov.cn/">湖北省人民政府</option></select>
  <select onchange="window.open(this.value)"><option>区直部门</option>{dept_options("区")}</select>
  <select onchange="window.open(this.value)"><option>街道（镇）</option><option value="http://dh.jinhe.example/">东湖街道</option><option value="http://xc.jinhe.example/">西城街道</option><option value="http://jq.jinhe.example/">金桥镇</option><option value="http://nt.jinhe.example/">南塘镇</option></select></div>
</div></div>
<div class="jh-footer"><div class="container">
  <p><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/wzsm/">网站声明</a></p>
  <p>主办单位：金河区人民政府办公室　地址：金河区金河大道188号　邮编：430115</p>
  <p>Copyright &copy; 2012-2026 All Rights Reserved　<a href="https://beian.miit.gov.cn" target="_blank">鄂ICP备12003456号</a>　鄂公网安备42011502000456号　网站标识码：4201150003</p>
  <p>建议使用1366*768分辨率 IE10以上版本浏览器</p>
</div></div>
<script type="text/javascript">
var _maq = _maq || [];
_maq.push(['_setAccount', '4201150003']);
(function() {{ var ma = document.createElement('script'); ma.type = 'text/javascript'; ma.async = true;
 ma.src = ('https:' == document.location.protocol ? 'https' : 'http') + '://analytics.example.gov.cn/ga.js';
 var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ma, s); }})();
</script>
{TAB_JS}
</body>
</html>"""


def trs_home() -> str:
    def lst(name: str, k: int, n0: int) -> str:
        base, items = TRS_COLS[name]
        return "\n".join(
            f'<li><a href=".{_trs_art(base, d, n0 + j)}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
            for j, (d, t) in enumerate(items[:k])
        )

    d0, t0 = TRS_COLS["金河要闻"][1][0]
    body = f"""
<div class="container jh-main">
  <div class="jh-ttxw"><h2><a href=".{_trs_art("/xwzx/jhyw/", d0, 4567890)}" target="_blank">{t0}</a></h2>
  <p>11月24日下午，区委理论学习中心组举行2026年第十次集体学习，围绕……<a href=".{_trs_art("/xwzx/jhyw/", d0, 4567890)}">[详细]</a></p></div>
  <div class="jh-row">
    <div class="slide jh-pic"><ul class="pics">
      {"".join(f'<li><a href=".{_trs_art("/xwzx/jhyw/", d, 4567800 + i)}" title="{t}"><img src="/xwzx/jhyw/{d[:4]}{d[5:7]}/W0{d.replace("-", "")}{i}.jpg" alt="{t}"></a></li>' for i, (d, t) in enumerate(TRS_COLS["金河要闻"][1][:4]))}
    </ul><div class="txt"></div><div class="nums"><span class="on"></span><span></span><span></span><span></span></div></div>
    <div class="jh-news tabbox">
      <div class="tab-hd"><ul><li class="on"><a href="./xwzx/jhyw/">金河要闻</a></li><li><a href="./xwzx/bmdt/">部门动态</a></li><li><a href="./xwzx/jcdt/">基层动态</a></li></ul><a class="more" href="./xwzx/jhyw/">更多&gt;</a></div>
      <div class="tab-bd">
        <div class="panel"><ul class="jh-list">{lst("金河要闻", 7, 4567890)}</ul></div>
        <div class="panel" style="display:none"><ul class="jh-list">{lst("部门动态", 7, 4512340)}</ul></div>
        <div class="panel" style="display:none"><ul class="jh-list">{lst("基层动态", 6, 4523450)}</ul></div>
      </div>
    </div>
  </div>
  <div class="jh-banner"><a href="/ztzl/xxgcesjszqh/"><img src="/images/banner_2026.jpg" alt="深入学习贯彻党的二十届四中全会精神"></a></div>
  <div class="jh-row">
    <div class="jh-gk tabbox">
      <div class="tab-hd"><ul><li class="on"><a href="./zwgk/tzgg/">通知公告</a></li><li><a href="./zwgk/zcwj/">政策文件</a></li><li><a href="./zwgk/rsxx/">人事信息</a></li></ul><a class="more" href="./zwgk/tzgg/">更多&gt;</a></div>
      <div class="tab-bd">
        <div class="panel"><ul class="jh-list">{lst("通知公告", 7, 4570000)}</ul></div>
        <div class="panel" style="display:none"><ul class="jh-list">{lst("政策文件", 5, 4480000)}</ul></div>
        <div class="panel" style="display:none"><ul class="jh-list">{lst("人事信息", 4, 4300000)}</ul></div>
      </div>
    </div>
    <div class="jh-gkml"><div class="jh-tit"><h3>政府信息公开</h3></div><ul>
      <li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li><li><a href="/zwgk/xxgkzd/">政府信息公开制度</a></li>
      <li><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></li><li><a href="/zwgk/xxgknb/">政府信息公开年报</a></li>
      <li><a href="/zwgk/ysqgk/">依申请公开</a></li></ul></div>
  </div>
  <div class="jh-fw"><div class="jh-tit"><h3>办事服务</h3><a class="more" href="https://zwfw.hubei.gov.cn/">更多&gt;</a></div><ul>
    {"".join(f'<li><a href="https://zwfw.hubei.gov.cn/webview/bszn/{i}.html">{t}</a></li>' for i, t in enumerate(["生育收养", "户籍办理", "教育科研", "就业创业", "社会保障", "医疗卫生", "住房保障", "交通出行", "婚姻登记", "证件办理", "企业开办", "工程建设"]))}
  </ul></div>
  <div class="jh-zt"><ul>
    {"".join(f'<li><a href="/ztzl/zt{i}/"><img src="/images/zt{i}.jpg" alt="{t}"></a></li>' for i, t in enumerate(["优化营商环境", "创建全国文明城区", "金河区第七次全国人口普查", "扫黑除恶常态化", "乡村振兴"]))}
  </ul></div>
</div>
"""
    return _trs_head("金河区人民政府", "首页") + body + _trs_foot()


def trs_column(name: str) -> str:
    base, items = TRS_COLS[name]
    lis = "\n".join(
        f'<li><span class="date">{d}</span><a href="./{_trs_art("", d, 4600000 + j)}" target="_blank" title="{t}">{t}</a></li>'
        for j, (d, t) in enumerate(items)
    )
    parent = "新闻中心" if base.startswith("/xwzx") else "政务公开"
    side = "".join(f'<li><a href="{b}">{n}</a></li>' for n, (b, _) in TRS_COLS.items() if b[:6] == base[:6])
    body = f"""
<div class="container jh-position">您当前的位置：<a href="/">首页</a> &gt; <a href="{base[:6]}/">{parent}</a> &gt; <a href="{base}">{name}</a></div>
<div class="container jh-content">
  <div class="jh-side"><h2>{parent}</h2><ul>{side}</ul></div>
  <div class="jh-con">
    <div class="jh-con-tit"><h3>{name}</h3></div>
    <ul class="list_ul">
{lis}
    </ul>
    <div class="jh-page"><script type="text/javascript">
      var currentPage = 0; var countPage = 9;
      createPageHTML(countPage, currentPage, "index", "html");
    </script></div>
  </div>
</div>
"""
    return _trs_head(f"{name}_金河区人民政府", name) + body + _trs_foot()


def build_trs() -> Site:
    s = Site("trs", "www.jinhe.gov.cn", "金河区人民政府", "TRS WCM")
    s.pages["/"] = (HTML_UTF8, trs_home().encode("utf-8"))
    for name, (base, _) in TRS_COLS.items():
        s.pages[base] = (HTML_UTF8, trs_column(name).encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=True,
        must=frozenset({"column_stale"}),
        must_not=frozenset({"homepage_stale", "column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "金河要闻": Col("news", "2026-11-24"),
            "部门动态": Col("news", "2026-09-30"),
            "基层动态": Col("news", "2026-10-20"),
            "通知公告": Col("notice", "2026-11-18"),
            "政策文件": Col("policy", "2026-08-15"),
            "人事信息": Col("personnel", "2026-03-12"),
        },
        last_updated="2026-11-24",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated"},
        stale_count=2,
        note="two stale news columns (57 and 37 days) out of five: a finding, not a veto",
    )
    return s


# =========================================================================== S3 集约化平台
JY_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "要闻动态": ("/fyx/c100124/", [
        ("2026-10-28", "丰源县召开2026年前三季度经济形势分析会"),
        ("2026-10-24", "县委书记带队赴沿海地区开展招商考察"),
        ("2026-10-21", "丰源县举行2026年秋季重大项目集中开工仪式"),
        ("2026-10-17", "全县秋冬种工作现场推进会召开"),
        ("2026-10-13", "丰源县第十七届人大常委会第二十次会议召开"),
        ("2026-10-09", "县政府党组召开理论学习中心组学习会"),
        ("2026-09-29", "丰源县举行国庆升旗仪式"),
        ("2026-09-25", "县领导走访慰问困难老党员"),
    ]),
    "通知公告": ("/fyx/c100131/", [
        ("2026-10-10", "关于2027年1月1日起执行新版城乡居民最低生活保障标准的公告"),
        ("2026-09-22", "丰源县2026年下半年公开招聘教师笔试成绩公告"),
        ("2026-09-03", "关于开展2026年度丰源县行政执法人员培训的通知"),
        ("2026-08-19", "丰源县城区主干道路面改造期间交通管制的通告"),
        ("2026-07-30", "关于做好2026年防汛工作的紧急通知"),
        ("2026-07-08", "丰源县2026年第二批次建设用地批准公告"),
    ]),
    "政策文件": ("/fyx/c100135/", [
        ("2026-06-30", "丰源县人民政府关于印发丰源县县城建设三年行动方案的通知"),
        ("2026-05-26", "丰源县人民政府办公室关于加快发展银发经济的实施意见"),
        ("2026-04-21", "丰源县人民政府关于印发丰源县自然灾害救助应急预案的通知"),
        ("2026-03-15", "丰源县人民政府关于公布2026年县级重点建设项目的通知"),
        ("2026-02-10", "丰源县人民政府办公室关于进一步做好稳就业工作的通知"),
    ]),
    "部门动态": ("/fyx/c100127/", [
        ("2026-10-20", "县住建局开展建筑施工安全生产大检查"),
        ("2026-10-15", "县自然资源局开展土地卫片执法检查"),
        ("2026-10-11", "县商务局组织企业参加广交会"),
        ("2026-09-27", "县文广旅局举办“丰收中国”文艺汇演"),
        ("2026-09-19", "县医保局开展医保基金监管集中宣传月活动"),
        ("2026-09-12", "县林业局部署秋冬季森林防火工作"),
    ]),
    "乡镇动态": ("/fyx/c100128/", [
        ("2026-10-16", "长乐镇举办首届橘子文化节"),
        ("2026-10-12", "太平乡开展秸秆禁烧宣传"),
        ("2026-10-08", "东岭镇完成村级组织换届后续培训"),
        ("2026-09-26", "西坪乡脐橙喜获丰收"),
        ("2026-09-18", "城关镇开展燃气安全隐患排查整治"),
        ("2026-09-10", "石桥镇举办教师节表彰大会"),
    ]),
}


def _jy_art(base: str, date: str, n: int) -> str:
    d = _d(date)
    return f"{base}{d.year}{d.month:02d}/{n:08x}{d.day:02d}a7c14e0b9d2f.shtml"


def _jy_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="丰源县人民政府">
<meta name="SiteDomain" content="www.fengyuan.gov.cn">
<meta name="SiteIDCode" content="3607330001">
<link rel="stylesheet" href="/public/static/jyh/css/base.css">
<link rel="stylesheet" href="/public/static/jyh/css/index.css">
<script src="/public/static/jyh/js/jquery-1.12.4.min.js"></script>
{css_block("fy", 110, "#444")}
</head>
<body>
<div class="fy-top"><div class="wrap">
  <div class="fy-date">今天是{TODAY_CN}</div>
  <div class="fy-weather">丰源：晴 5℃~14℃ 北风2级</div>
  <div class="fy-toplink"><a href="/fyx/c100200/wzdt.shtml">网站地图</a> <a href="javascript:;" class="wza">无障碍</a> <a href="javascript:;" class="jft">繁體</a> <a href="https://jxzwfw.example.gov.cn/">个人登录</a> <a href="https://jxzwfw.example.gov.cn/fr">法人登录</a></div>
</div></div>
<div class="fy-head"><div class="wrap"><a class="fy-logo" href="/"><img src="/public/static/jyh/images/logo.png" alt="丰源县人民政府"></a>
<div class="fy-search"><form action="https://search.jiangxi.example.gov.cn/search" target="_blank"><input type="hidden" name="siteCode" value="3607330001"><input type="text" name="q" placeholder="全站搜索"><button>搜索</button></form></div></div></div>
<div class="fy-nav"><div class="wrap"><ul>
  <li><a href="/">首页</a></li><li><a href="/fyx/c100120/list.shtml">走进丰源</a></li><li><a href="/fyx/c100123/list.shtml">新闻动态</a></li>
  <li><a href="/fyx/c100130/list.shtml">政府信息公开</a></li><li><a href="https://jxzwfw.example.gov.cn/">政务服务</a></li>
  <li><a href="/fyx/c100150/list.shtml">互动交流</a></li><li><a href="/fyx/c100160/list.shtml">专题专栏</a></li>
</ul></div></div>
"""


def _jy_foot() -> str:
    return f"""
<div class="fy-yqlj"><div class="wrap"><span>友情链接</span>
<select onchange="window.open(this.value)"><option>国务院部门网站</option><option value="https://www.gov.cn/">中国政府网</option></select>
<select onchange="window.open(this.value)"><option>省政府网站</option><option value="https://www.jiangxi.gov.cn/">江西省人民政府</option></select>
<select onchange="window.open(this.value)"><option>县直部门</option>{dept_options()}</select></div></div>
<div class="fy-foot"><div class="wrap">
  <div class="fy-foot-l"><a href="https://bszs.conac.cn/sitename?method=show&id=5C8A" target="_blank"><img src="/public/static/jyh/images/dzjg.png" alt=""></a>
  <script id="_jiucuo_" sitecode="3607330001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  <div class="fy-foot-c">
    <p>主办：丰源县人民政府办公室　承办：丰源县大数据中心　技术支持：江西省政府网站集约化平台</p>
    <p>版权所有：丰源县人民政府 &copy;2012-2026　<a href="https://beian.miit.gov.cn/">赣ICP备05004321号-1</a>　赣公网安备 36073302000011号　网站标识码：3607330001</p>
    <p>本站总访问量：<span id="pv">8862135</span> 次　今日访问量：<span>1372</span> 次</p>
  </div>
</div></div>
{TAB_JS}
</body></html>"""


def jiyue_home() -> str:
    def panel(name: str, k: int, n0: int, pinned: str = "") -> str:
        base, items = JY_COLS[name]
        lis = "\n".join(
            f'<li><a href="{_jy_art(base, d, n0 + j)}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>'
            for j, (d, t) in enumerate(items[:k])
        )
        return f'<div class="panel"><ul class="fy-list">{pinned}{lis}</ul><a class="fy-more" href="{base}list.shtml">更多&gt;&gt;</a></div>'

    pinned = ('<li class="zd"><span class="fy-zd">置顶</span><a href="/fyx/c100131/202601/0f3b2a9c05a7c14e0b9d2f.shtml" target="_blank">'
              '丰源县政府信息公开工作联系方式</a><span class="date">2026-01-05</span></li>')
    scroll = "".join(f'<a href="{_jy_art(JY_COLS["通知公告"][0], d, 900 + i)}">{t}</a>　' for i, (d, t) in enumerate(JY_COLS["通知公告"][1][:3]))
    body = f"""
<div class="wrap fy-main">
  <div class="fy-notice"><b>公告：</b><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{scroll}</marquee></div>
  <div class="fy-row">
    <div class="slide fy-pic"><ul class="pics">
      {"".join(f'<li><a href="{_jy_art("/fyx/c100124/", d, 700 + i)}" title="{t}"><img src="/fyx/c100124/{d[:7].replace("-", "")}/pic{i}.jpg" alt="{t}"></a></li>' for i, (d, t) in enumerate(JY_COLS["要闻动态"][1][:4]))}
    </ul><div class="txt"></div><div class="nums"><span class="on">1</span><span>2</span><span>3</span><span>4</span></div></div>
    <div class="tabbox fy-tab1">
      <div class="tab-hd"><ul>
        <li class="on"><a href="/fyx/c100124/list.shtml">要闻动态</a></li>
        <li><a href="/fyx/c100131/list.shtml">通知公告</a></li>
        <li><a href="/fyx/c100135/list.shtml">政策文件</a></li>
      </ul></div>
      <div class="tab-bd">
        {panel("要闻动态", 7, 0x5a10)}
        <div style="display:none" class="panel-wrap">{panel("通知公告", 6, 0x5b10, pinned)}</div>
        <div style="display:none" class="panel-wrap">{panel("政策文件", 5, 0x5c10)}</div>
      </div>
    </div>
  </div>
  <div class="fy-row">
    <div class="tabbox fy-tab2">
      <div class="tab-hd"><ul>
        <li class="on"><a href="/fyx/c100127/list.shtml">部门动态</a></li>
        <li><a href="/fyx/c100128/list.shtml">乡镇动态</a></li>
      </ul></div>
      <div class="tab-bd">
        {panel("部门动态", 6, 0x5d10)}
        <div style="display:none" class="panel-wrap">{panel("乡镇动态", 6, 0x5e10)}</div>
      </div>
    </div>
    <div class="fy-hdjl"><div class="fy-tit"><h3>互动交流</h3></div><ul>
      <li><a href="https://12345.jiangxi.example.gov.cn/?area=360733">县长信箱</a></li>
      <li><a href="https://12345.jiangxi.example.gov.cn/zx">咨询投诉</a></li>
      <li><a href="/fyx/c100152/list.shtml">在线访谈</a></li>
      <li><a href="/fyx/c100153/list.shtml">意见征集</a></li></ul></div>
  </div>
  <div class="fy-gk"><div class="fy-tit"><h3>政府信息公开</h3></div><ul>
    {"".join(f'<li><a href="/fyx/c1001{40 + i}/list.shtml">{t}</a></li>' for i, t in enumerate(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "重点领域信息公开", "财政资金", "政府会议"]))}
  </ul></div>
  <div class="fy-zt"><ul>
    {"".join(f'<li><a href="/fyx/c1001{61 + i}/list.shtml"><img src="/public/static/jyh/images/zt{i}.jpg" alt="{t}"></a></li>' for i, t in enumerate(["学习宣传贯彻党的二十届四中全会精神", "优化营商环境", "丰源县第五次全国经济普查", "清廉丰源"]))}
  </ul></div>
</div>
"""
    return _jy_head("丰源县人民政府") + body + _jy_foot()


def jiyue_column(name: str) -> str:
    base, items = JY_COLS[name]
    lis = "\n".join(
        f'<li><a href="{_jy_art(base, d, 0x6000 + j)}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for j, (d, t) in enumerate(items)
    )
    body = f"""
<div class="wrap fy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="{base}list.shtml">{name}</a></div>
<div class="wrap fy-lm">
  <div class="fy-lm-l"><div class="fy-lm-tit">{name}</div><ul>{"".join(f'<li><a href="{b}list.shtml">{n}</a></li>' for n, (b, _) in JY_COLS.items())}</ul></div>
  <div class="fy-lm-r"><div class="fy-lm-r-tit"><span>{name}</span></div>
    <ul class="fy-lm-list">
{lis}
    </ul>
    <div class="fy-pages"><span>共{len(items) + 40}条</span><a href="{base}list.shtml" class="cur">1</a><a href="{base}list_2.shtml">2</a><a href="{base}list_3.shtml">3</a><a href="{base}list_2.shtml">下一页</a><a href="{base}list_4.shtml">尾页</a></div>
  </div>
</div>
"""
    return _jy_head(f"{name}-丰源县人民政府") + body + _jy_foot()


def build_jiyue() -> Site:
    s = Site("jiyue", "www.fengyuan.gov.cn", "丰源县人民政府", "集约化平台")
    s.pages["/"] = (HTML_UTF8, jiyue_home().encode("utf-8"))
    for name, (base, _) in JY_COLS.items():
        s.pages[f"{base}list.shtml"] = (HTML_UTF8, jiyue_column(name).encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=False,
        must=frozenset({"homepage_stale", "column_stale"}),
        must_not=frozenset({"column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "要闻动态": Col("news", "2026-10-28"),
            "通知公告": Col("notice", "2026-10-10"),
            "政策文件": Col("policy", "2026-06-30"),
            "部门动态": Col("news", "2026-10-20"),
            "乡镇动态": Col("news", "2026-10-16"),
        },
        last_updated="2026-10-28",
        home_status="stale", home_passed=False,
        home_must=frozenset({"homepage_stale"}),
        home_must_not=frozenset({"undated", "abandoned"}),
        stale_count=3,
        note="header clock 今天是2026年11月26日 星期四 is server-written; newest item 29 days old",
    )
    return s


# =========================================================================== S4 GBK ASP
ASP_COLS: dict[str, tuple[int, list[tuple[str, str]]]] = {
    "石岭新闻": (1, [
        ("2026-11-20", "县委县政府召开全县冬季农田水利建设动员大会"),
        ("2026-11-17", "石岭县开展“119”消防宣传月活动"),
        ("2026-11-13", "县长主持召开县政府常务会议"),
        ("2026-11-10", "我县油茶产业喜获丰收"),
        ("2026-11-05", "石岭县召开脱贫攻坚成果巩固推进会"),
        ("2026-10-30", "县人大常委会视察全县交通建设"),
        ("2026-10-26", "石岭县举办重阳节文艺汇演"),
        ("2026-10-21", "全县秋冬季森林防火工作会议召开"),
    ]),
    "通知公告": (2, [
        ("2026-04-10", "关于做好2026年春季森林防火工作的通知"),
        ("2026-03-18", "石岭县2026年公开招聘乡镇卫生院工作人员公告"),
        ("2026-02-26", "关于开展2026年度农村危房改造摸底调查的通知"),
        ("2026-01-15", "石岭县关于春节期间烟花爆竹燃放管理的通告"),
        ("2025-12-22", "关于2026年元旦放假安排的通知"),
        ("2025-11-30", "石岭县2025年第三批次征地公告"),
    ]),
    "政策法规": (3, [
        ("2025-12-01", "石岭县人民政府关于印发石岭县农村集体“三资”管理办法的通知"),
        ("2025-09-16", "石岭县人民政府关于进一步规范农村建房管理的通知"),
        ("2025-06-08", "石岭县人民政府办公室关于印发石岭县防汛应急预案的通知"),
        ("2025-03-21", "石岭县人民政府关于加强耕地保护的实施意见"),
    ]),
    "人事任免": (4, [
        ("2025-06-01", "石岭县人民政府关于刘某某等同志任免职的通知"),
        ("2024-12-18", "石岭县人民政府关于陈某某同志任职的通知"),
        ("2024-07-05", "石岭县人民政府关于周某某等同志任免职的通知"),
    ]),
    "乡镇快讯": (5, [
        ("2026-11-18", "石岭镇召开村（社区）干部冬训会"),
        ("2026-11-12", "龙潭乡组织开展冬季送温暖活动"),
        ("2026-11-04", "白水镇举行柑橘采摘节"),
        ("2026-10-28", "桥头乡完成秋季植树造林任务"),
        ("2026-10-20", "双河镇开展扫黑除恶宣传"),
    ]),
    "招商引资": (6, [
        ("2024-08-01", "石岭县招商引资优惠政策（2024年修订）"),
        ("2023-11-15", "石岭县工业园区招商项目推介"),
        ("2023-05-20", "石岭县重点招商项目目录"),
    ]),
}


def _asp_date(date: str) -> str:
    d = _d(date)
    return f"{d.year}-{d.month}-{d.day}"


def _asp_head(title: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<meta name="keywords" content="石岭县,石岭县人民政府,石岭政府网">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
body {{ margin:0; background:#E8F0F8; font-size:12px; }}
td {{ font-size:12px; line-height:22px; }}
a:link, a:visited {{ color:#000000; text-decoration:none; }}
a:hover {{ color:#FF0000; text-decoration:underline; }}
.white {{ color:#FFFFFF; font-weight:bold; }}
.title14 {{ font-size:14px; font-weight:bold; color:#0B3B8C; }}
</style>
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
//-->
</script>
</head>
<body onLoad="MM_preloadImages('/images/nav_on.gif')">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="28" background="/images/top_bg.gif">
    <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="300">&nbsp;<font color="#666666">今天是{TODAY_CN}</font></td>
      <td align="right"><a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.shiling.gov.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.shiling.gov.cn','石岭县人民政府')">加入收藏</a> | <a href="/contact.asp">联系我们</a>&nbsp;</td>
    </tr></table>
  </td></tr>
  <tr><td><img src="/images/banner.jpg" width="990" height="160" alt="石岭县人民政府"></td></tr>
  <tr><td height="36" background="/images/nav_bg.gif" align="center">
    <a href="/" class="white">网站首页</a> <font color="#FFFFFF">|</font>
    <a href="/news/List.asp?ClassID=1" class="white">新闻中心</a> <font color="#FFFFFF">|</font>
    <a href="/zwgk/" class="white">政务公开</a> <font color="#FFFFFF">|</font>
    <a href="/news/List.asp?ClassID=3" class="white">政策法规</a> <font color="#FFFFFF">|</font>
    <a href="/bsfw/" class="white">办事服务</a> <font color="#FFFFFF">|</font>
    <a href="/zmhd/" class="white">政民互动</a> <font color="#FFFFFF">|</font>
    <a href="/news/List.asp?ClassID=6" class="white">招商引资</a> <font color="#FFFFFF">|</font>
    <a href="/lyfw/" class="white">旅游风光</a> <font color="#FFFFFF">|</font>
    <a href="/xqgk/" class="white">县情概况</a>
  </td></tr>
  <tr><td height="30" bgcolor="#F3F8FC">
    <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
      <td width="80" align="center"><font color="#FF0000"><b>最新公告：</b></font></td>
      <td><marquee scrollamount="2" onMouseOver="this.stop()" onMouseOut="this.start()"><a href="/news/ShowArticle.asp?ArticleID=5012">关于做好2026年春季森林防火工作的通知</a></marquee></td>
      <td width="260"><form name="search" method="post" action="/news/Search.asp">站内搜索：<input name="keyword" type="text" size="14"><input type="submit" value="搜索"></form></td>
    </tr></table>
  </td></tr>
</table>
"""


def _asp_foot() -> str:
    return """
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" align="center" bgcolor="#F3F8FC">友情链接：
    <select name="select" onChange="window.open(this.options[this.selectedIndex].value)">
      <option>----政府网站----</option><option value="http://www.gov.cn">中国政府网</option><option value="http://www.hunan.gov.cn">湖南省人民政府</option>
    </select>
    <select name="select2" onChange="window.open(this.options[this.selectedIndex].value)">
      <option>----县直单位----</option>""" + dept_options() + """
    </select></td></tr>
  <tr><td height="4" bgcolor="#0B3B8C"></td></tr>
  <tr><td align="center" style="line-height:24px;padding:10px 0;">
    <font color="#333333">主办：石岭县人民政府办公室　承办：石岭县信息中心　地址：石岭县城关镇人民路1号<br>
    版权所有：石岭县人民政府 Copyright &copy; 2012-2026 <a href="http://www.miibeian.gov.cn" target="_blank">湘ICP备05001234号</a><br>
    您是第 <font color="#FF0000">1234567</font> 位访问者　建议使用1024*768分辨率浏览　技术支持：石岭网络科技有限公司</font>
  </td></tr>
</table>
</body>
</html>"""


def _asp_box(name: str, k: int, width: str = "100%") -> str:
    cid, items = ASP_COLS[name]
    rows = "\n".join(
        f'      <tr><td width="12" align="center"><img src="/images/dot.gif" width="5" height="5"></td>'
        f'<td height="24"><a href="/news/ShowArticle.asp?ArticleID={5000 + cid * 100 + j}" target="_blank" title="{t}">{t}</a></td>'
        f'<td width="80" align="right"><font color="#999999">{_asp_date(d)}</font></td></tr>'
        for j, (d, t) in enumerate(items[:k])
    )
    return f"""
<table width="{width}" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #C5D9EE">
  <tr><td height="30" background="/images/tit_bg.gif">
    <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td class="title14">&nbsp;<img src="/images/ico.gif"> {name}</td>
      <td width="60" align="right"><a href="/news/List.asp?ClassID={cid}"><img src="/images/more.gif" border="0" alt="更多"></a>&nbsp;</td>
    </tr></table>
  </td></tr>
  <tr><td valign="top" style="padding:5px">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}
    </table>
  </td></tr>
</table>"""


def asp_home() -> str:
    left = """
<table width="230" border="0" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/xzxx.jpg" width="230" height="70" alt="县长信箱"></td></tr>
  <tr><td height="8"></td></tr>
  <tr><td style="border:1px solid #C5D9EE;padding:8px">
    <font class="title14">政务公开</font><br>
    <a href="/zwgk/jgsz.asp">机构设置</a><br><a href="/zwgk/ldjj.asp">领导简介</a><br><a href="/zwgk/xxgkzn.asp">信息公开指南</a><br>
    <a href="/zwgk/xxgkml.asp">信息公开目录</a><br><a href="/zwgk/ysqgk.asp">依申请公开</a><br><a href="/zwgk/ndbg.asp">信息公开年报</a>
  </td></tr>
  <tr><td height="8"></td></tr>
  <tr><td style="border:1px solid #C5D9EE;padding:8px">
    <font class="title14">便民服务</font><br>
    <a href="/bsfw/bszn.asp">办事指南</a>　<a href="/bsfw/bgxz.asp">表格下载</a><br>
    <a href="/bsfw/cx.asp">公交查询</a>　<a href="/bsfw/tq.asp">天气预报</a><br>
    <a href="/bsfw/yb.asp">邮编区号</a>　<a href="/bsfw/lc.asp">列车时刻</a>
  </td></tr>
  <tr><td height="8"></td></tr>
  <tr><td style="border:1px solid #C5D9EE;padding:8px" align="center">
    <font color="#0B3B8C"><b>网上调查</b></font><br>您对县政府网站的满意度：<br>
    <input type="radio" name="v">满意 <input type="radio" name="v">基本满意 <input type="radio" name="v">不满意<br><input type="button" value="投票"> <input type="button" value="查看">
  </td></tr>
</table>"""
    pics = "".join(
        f'<td align="center"><a href="/news/ShowArticle.asp?ArticleID={4900 + i}"><img src="/UploadFiles/2026{11 - (i // 3):02d}/pic{i}.jpg" width="150" height="100" border="0"></a><br><a href="/news/ShowArticle.asp?ArticleID={4900 + i}">{t[:12]}</a></td>'
        for i, (_, t) in enumerate(ASP_COLS["石岭新闻"][1][:5])
    )
    main = f"""
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="8" colspan="3"></td></tr>
  <tr>
    <td width="240" valign="top" style="padding-left:5px">{left}</td>
    <td width="745" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td width="370" valign="top">{_asp_box("石岭新闻", 8)}</td><td width="5"></td><td valign="top">{_asp_box("通知公告", 6)}</td></tr>
        <tr><td height="8" colspan="3"></td></tr>
        <tr><td valign="top">{_asp_box("政策法规", 4)}</td><td></td><td valign="top">{_asp_box("人事任免", 3)}</td></tr>
        <tr><td height="8" colspan="3"></td></tr>
        <tr><td valign="top">{_asp_box("乡镇快讯", 5)}</td><td></td><td valign="top">{_asp_box("招商引资", 3)}</td></tr>
        <tr><td height="8" colspan="3"></td></tr>
        <tr><td colspan="3" style="border:1px solid #C5D9EE"><table width="100%"><tr><td colspan="5" class="title14">&nbsp;图片新闻</td></tr><tr>{pics}</tr></table></td></tr>
      </table>
    </td>
  </tr>
  <tr><td height="8" colspan="3"></td></tr>
</table>"""
    return _asp_head("石岭县人民政府网") + main + _asp_foot()


def asp_list(name: str) -> str:
    cid, items = ASP_COLS[name]
    rows = "\n".join(
        f'  <tr><td height="26" style="border-bottom:1px dashed #CCCCCC">&nbsp;<img src="/images/dot.gif"> '
        f'<a href="/news/ShowArticle.asp?ArticleID={5000 + cid * 100 + j}" target="_blank">{t}</a></td>'
        f'<td width="100" align="center" style="border-bottom:1px dashed #CCCCCC"><font color="#999999">{_asp_date(d)}</font></td></tr>'
        for j, (d, t) in enumerate(items)
    )
    side = "<br>".join(f'<a href="/news/List.asp?ClassID={c}">{n}</a>' for n, (c, _) in ASP_COLS.items())
    main = f"""
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td width="220" valign="top" style="padding:8px"><table width="100%" style="border:1px solid #C5D9EE"><tr><td class="title14" background="/images/tit_bg.gif">栏目导航</td></tr><tr><td style="line-height:28px">{side}</td></tr></table></td>
  <td valign="top" style="padding:8px">
    <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="30" background="/images/tit_bg.gif">&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; {name}</td></tr></table>
    <table width="100%" border="0" cellpadding="0" cellspacing="0">
{rows}
    </table>
    <table width="100%"><tr><td align="center">共 <font color="red">{len(items)}</font> 条记录 首页 上一页 下一页 尾页 页次：<b>1</b>/1页 20条/页</td></tr></table>
  </td></tr>
</table>"""
    return _asp_head(f"{name} - 石岭县人民政府网") + main + _asp_foot()


def build_asp() -> Site:
    s = Site("asp", "www.shiling.gov.cn", "石岭县人民政府", "classic ASP (GBK)")
    s.pages["/"] = ("text/html", asp_home().encode("gbk"))
    for name, (cid, _) in ASP_COLS.items():
        s.pages[f"/news/List.asp?ClassID={cid}"] = ("text/html", asp_list(name).encode("gbk"))
    s.truth = Truth(
        status="stale", passed=True,
        must=frozenset({"column_stale"}),
        must_not=frozenset({"homepage_stale", "column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "石岭新闻": Col("news", "2026-11-20"),
            "通知公告": Col("notice", "2026-04-10"),
            "政策法规": Col("policy", "2025-12-01"),
            "人事任免": Col("personnel", "2025-06-01"),
            "乡镇快讯": Col("news", "2026-11-18"),
            "招商引资": Col(None, "2024-08-01"),
        },
        last_updated="2026-11-20",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated"},
        stale_count=3,
        note="notice 230 days, policy 360, personnel 543: three stale, two of the veto's kinds",
    )
    return s


# =========================================================================== S5 Vue/Element SSR
VUE_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "区内要闻": ("/news/qnyw", [
        ("2026-11-24", "蓝山区召开区委常委会扩大会议"),
        ("2026-11-23", "蓝山区举办2026年数字经济产业发展大会"),
        ("2026-11-21", "区政府召开第六十次常务会议"),
        ("2026-11-19", "蓝山区开展冬季道路交通安全集中整治"),
        ("2026-11-17", "区领导调研城市更新项目"),
        ("2026-11-14", "蓝山区荣获省级全域旅游示范区称号"),
        ("2026-11-11", "蓝山区召开营商环境优化提升大会"),
    ]),
    "通知公告": ("/notice/tzgg", [
        ("2026-11-16", "蓝山区2026年公开招聘编外合同制人员面试公告"),
        ("2026-11-06", "关于蓝山区部分区域实施冬季供暖的通知"),
        ("2026-10-23", "关于开展2026年度蓝山区企业信用修复培训的通知"),
        ("2026-10-09", "蓝山区城区道路临时占道施工公告"),
        ("2026-09-25", "蓝山区2026年度残疾人两项补贴资格复核公告"),
    ]),
    "政策文件": ("/gk/zcwj", [
        ("2026-07-01", "蓝山区人民政府关于印发蓝山区数字经济发展规划的通知"),
        ("2026-05-14", "蓝山区人民政府办公室关于推进“一件事一次办”改革的实施意见"),
        ("2026-03-30", "蓝山区人民政府关于印发2026年区政府工作要点的通知"),
        ("2026-02-18", "蓝山区人民政府关于公布区级政府部门权责清单的通知"),
    ]),
    "政策解读": ("/gk/zcjd", []),
    "人事信息": ("/gk/rsxx", []),
    "规划计划": ("/gk/ghjh", []),
    "财政预决算": ("/gk/czyjs", []),
    "统计信息": ("/gk/tjxx", []),
}
VUE_EMPTY_STYLE = {
    "政策解读": "el-empty",
    "人事信息": "ul",
    "规划计划": "el-empty",
    "财政预决算": "zwxx",
    "统计信息": "ul",
}


def _vue_item(d: str, t: str, n: int) -> str:
    return (f'<li data-v-5f2a7c1e class="news-item"><a data-v-5f2a7c1e href="/detail/{n}" target="_blank" class="news-link">'
            f'<span data-v-5f2a7c1e class="news-title">{t}</span></a><span data-v-5f2a7c1e class="news-time">{d}</span></li>')


def _vue_list(name: str, k: int) -> str:
    _, items = VUE_COLS[name]
    if items:
        return '<ul data-v-5f2a7c1e class="news-list">' + "".join(
            _vue_item(d, t, 88000 + 17 * j + len(name)) for j, (d, t) in enumerate(items[:k])) + "</ul>"
    style = VUE_EMPTY_STYLE[name]
    if style == "el-empty":
        return ('<div data-v-5f2a7c1e class="el-empty"><div class="el-empty__image" style="width:80px;">'
                '<svg viewBox="0 0 79 86" version="1.1" xmlns="http://www.w3.org/2000/svg"><g><path d="M0 0h79v86H0z" fill="#eee"></path></g></svg></div>'
                '<div class="el-empty__description"><p>暂无数据</p></div></div>')
    if style == "zwxx":
        return '<ul data-v-5f2a7c1e class="news-list"><li data-v-5f2a7c1e class="no-data">暂无信息</li></ul>'
    return '<ul data-v-5f2a7c1e class="news-list"></ul>'


def _vue_shell(title: str, inner: str, state: str) -> str:
    return f"""<!doctype html>
<html lang="zh-CN" data-n-head-ssr>
<head>
<title>{title}</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="蓝山区人民政府门户网站">
<meta name="SiteName" content="蓝山区人民政府"><meta name="SiteIDCode" content="5101160002">
<link rel="preload" href="/_nuxt/runtime.3b6a1c.js" as="script"><link rel="preload" href="/_nuxt/commons/app.8d2f0e.js" as="script">
<link rel="preload" href="/_nuxt/vendors/app.1f9e4a.js" as="script"><link rel="preload" href="/_nuxt/app.c07d52.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/element-ui.9a1b2c.css"><link rel="stylesheet" href="/_nuxt/css/app.4e5f6a.css">
{css_block("ls", 90, "#303133")}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-3f1a2b4c class="app-wrapper">
<header data-v-3f1a2b4c class="el-header ls-header" style="height:auto;">
  <div data-v-3f1a2b4c class="ls-topbar"><span data-v-3f1a2b4c class="ls-welcome">欢迎访问蓝山区人民政府门户网站</span>
  <span data-v-3f1a2b4c class="ls-tools"><a data-v-3f1a2b4c href="/sitemap">网站地图</a><a data-v-3f1a2b4c href="javascript:;">无障碍</a><a data-v-3f1a2b4c href="javascript:;">长者版</a><a data-v-3f1a2b4c href="https://tfwz.sczwfw.example.gov.cn/">登录</a></span></div>
  <div data-v-3f1a2b4c class="ls-logo-row"><a data-v-3f1a2b4c href="/" class="nuxt-link-exact-active nuxt-link-active"><img data-v-3f1a2b4c src="/_nuxt/img/logo.2c3d4e.png" alt="蓝山区人民政府"></a>
  <div data-v-3f1a2b4c class="el-input el-input-group el-input-group--append ls-search"><input type="text" autocomplete="off" placeholder="请输入关键词" class="el-input__inner"><div class="el-input-group__append"><button type="button" class="el-button el-button--default"><span>搜索</span></button></div></div></div>
  <ul data-v-3f1a2b4c role="menubar" class="el-menu--horizontal el-menu ls-menu">
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item is-active"><a href="/">首页</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="/about">走进蓝山</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="/news/qnyw">新闻动态</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="/gk">政府信息公开</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="https://tfwz.sczwfw.example.gov.cn/">政务服务</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="/hd">互动交流</a></li>
    <li data-v-3f1a2b4c role="menuitem" class="el-menu-item"><a href="/zt">专题专栏</a></li>
  </ul>
</header>
<main data-v-3f1a2b4c class="el-main ls-main">
{inner}
</main>
<footer data-v-3f1a2b4c class="el-footer ls-footer" style="height:auto;">
  <div data-v-3f1a2b4c class="ls-links"><div class="el-select"><div class="el-input el-input--suffix"><input type="text" readonly="readonly" placeholder="区级部门" class="el-input__inner"></div></div>
  <div class="el-select"><div class="el-input el-input--suffix"><input type="text" readonly="readonly" placeholder="街道（镇）" class="el-input__inner"></div></div></div>
  <p data-v-3f1a2b4c>主办：成都市蓝山区人民政府办公室　承办：蓝山区大数据和网络理政中心</p>
  <p data-v-3f1a2b4c>&copy;2012-2026 蓝山区人民政府 版权所有　<a href="https://beian.miit.gov.cn" target="_blank">蜀ICP备12034567号-2</a>　川公网安备 51011602000789号　网站标识码：5101160002</p>
</footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b,c){{return {{layout:"default",data:[{state}],fetch:{{}},error:b,serverRendered:c,config:{{buildTime:"2026-11-26T01:12:09Z",apiBase:"/api/cms"}}}}}}("",null,true));</script>
<script src="/_nuxt/runtime.3b6a1c.js" defer></script><script src="/_nuxt/commons/app.8d2f0e.js" defer></script>
<script src="/_nuxt/vendors/app.1f9e4a.js" defer></script><script src="/_nuxt/app.c07d52.js" defer></script>
</body>
</html>"""


def _vue_state(names: list[str]) -> str:
    parts = []
    for name in names:
        _, items = VUE_COLS[name]
        recs = ",".join(f'{{id:{88000 + 17 * j + len(name)},title:"{t}",publishTime:"{d} 09:30:00"}}' for j, (d, t) in enumerate(items))
        parts.append(f'"{name}":[{recs}]')
    return "{" + ",".join(parts) + "}"


def _vue_card(name: str, k: int) -> str:
    path, _ = VUE_COLS[name]
    return f"""
<div data-v-5f2a7c1e class="el-card ls-card is-never-shadow"><div class="el-card__header"><div data-v-5f2a7c1e class="ls-card-hd">
  <span data-v-5f2a7c1e class="ls-card-title">{name}</span><a data-v-5f2a7c1e href="{path}" class="ls-more">更多 <i class="el-icon-arrow-right"></i></a></div></div>
  <div class="el-card__body">{_vue_list(name, k)}</div></div>"""


def _vue_tabs(names: list[str], k: int, tabid: str) -> str:
    nav = "".join(
        f'<div id="tab-{tabid}{i}" aria-controls="pane-{tabid}{i}" role="tab" aria-selected="{str(i == 0).lower()}" tabindex="{0 if i == 0 else -1}" '
        f'class="el-tabs__item is-top{" is-active" if i == 0 else ""}">{n}</div>'
        for i, n in enumerate(names)
    )
    hide = ' style="display:none;"'
    panes = "".join(
        f'<div data-v-5f2a7c1e role="tabpanel" id="pane-{tabid}{i}" aria-labelledby="tab-{tabid}{i}" class="el-tab-pane"'
        f'{"" if i == 0 else hide}>{_vue_list(n, k)}'
        f'<a data-v-5f2a7c1e href="{VUE_COLS[n][0]}" class="ls-more">查看更多</a></div>'
        for i, n in enumerate(names)
    )
    return f"""
<div data-v-5f2a7c1e class="el-tabs el-tabs--top ls-tabs"><div class="el-tabs__header is-top"><div class="el-tabs__nav-wrap is-top"><div class="el-tabs__nav-scroll">
<div role="tablist" class="el-tabs__nav is-top"><div class="el-tabs__active-bar is-top" style="width:64px;transform:translateX(0px);"></div>{nav}</div></div></div></div>
<div class="el-tabs__content">{panes}</div></div>"""


def vue_home() -> str:
    banner = "".join(
        f'<div class="el-carousel__item{" is-active" if i == 0 else ""}"><a href="/detail/{88000 + 17 * i + 4}"><img src="/upload/2026/11/b{i}.jpg" alt="{t}"></a></div>'
        for i, (_, t) in enumerate(VUE_COLS["区内要闻"][1][:3])
    )
    inner = f"""
<div data-v-5f2a7c1e class="ls-home">
  <div data-v-5f2a7c1e class="el-row" style="margin-left:-10px;margin-right:-10px;">
    <div data-v-5f2a7c1e class="el-col el-col-12" style="padding-left:10px;padding-right:10px;"><div class="el-carousel el-carousel--horizontal"><div class="el-carousel__container" style="height:340px;">{banner}</div></div></div>
    <div data-v-5f2a7c1e class="el-col el-col-12" style="padding-left:10px;padding-right:10px;">{_vue_card("区内要闻", 7)}</div>
  </div>
  <div data-v-5f2a7c1e class="el-row" style="margin-left:-10px;margin-right:-10px;">
    <div data-v-5f2a7c1e class="el-col el-col-8" style="padding-left:10px;padding-right:10px;">{_vue_card("通知公告", 5)}</div>
    <div data-v-5f2a7c1e class="el-col el-col-16" style="padding-left:10px;padding-right:10px;">
      <div data-v-5f2a7c1e class="el-card ls-card is-never-shadow"><div class="el-card__header"><span data-v-5f2a7c1e class="ls-card-title">政府信息公开</span></div>
      <div class="el-card__body">{_vue_tabs(["政策文件", "政策解读", "人事信息"], 5, "a")}</div></div>
    </div>
  </div>
  <div data-v-5f2a7c1e class="el-row" style="margin-left:-10px;margin-right:-10px;">
    <div data-v-5f2a7c1e class="el-col el-col-12" style="padding-left:10px;padding-right:10px;">{_vue_tabs(["规划计划", "财政预决算", "统计信息"], 5, "b")}</div>
    <div data-v-5f2a7c1e class="el-col el-col-12" style="padding-left:10px;padding-right:10px;">
      <div data-v-5f2a7c1e class="el-card ls-card"><div class="el-card__header"><span class="ls-card-title">互动交流</span></div><div class="el-card__body">
      <a data-v-5f2a7c1e href="https://12345.chengdu.example.gov.cn/" class="el-button el-button--primary is-plain">区长信箱</a>
      <a data-v-5f2a7c1e href="/hd/zxft" class="el-button el-button--primary is-plain">在线访谈</a>
      <a data-v-5f2a7c1e href="/hd/yjzj" class="el-button el-button--primary is-plain">意见征集</a></div></div>
    </div>
  </div>
  <div data-v-5f2a7c1e class="ls-services">
    {"".join(f'<a data-v-5f2a7c1e href="https://tfwz.sczwfw.example.gov.cn/theme/{i}" class="ls-svc"><i class="el-icon-s-{ic}"></i><span>{t}</span></a>' for i, (t, ic) in enumerate([("社保服务", "custom"), ("公积金", "finance"), ("不动产登记", "home"), ("户政服务", "check"), ("出入境", "promotion"), ("医保服务", "help"), ("婚姻登记", "opportunity"), ("企业开办", "shop")]))}
  </div>
</div>"""
    state = _vue_state(list(VUE_COLS))
    return _vue_shell("蓝山区人民政府", inner, state)


def vue_column(name: str) -> str:
    _path, items = VUE_COLS[name]
    body = _vue_list(name, 20)
    total = len(items) + (30 if items else 0)
    inner = f"""
<div data-v-7ba5bd90 class="ls-list-page">
  <div data-v-7ba5bd90 aria-label="Breadcrumb" role="navigation" class="el-breadcrumb"><span class="el-breadcrumb__item"><span role="link" class="el-breadcrumb__inner is-link"><a href="/">首页</a></span><span role="presentation" class="el-breadcrumb__separator">/</span></span><span class="el-breadcrumb__item" aria-current="page"><span role="link" class="el-breadcrumb__inner">{name}</span></span></div>
  <div data-v-7ba5bd90 class="el-row"><div data-v-7ba5bd90 class="el-col el-col-5"><ul role="menubar" class="el-menu">
    {"".join(f'<li role="menuitem" class="el-menu-item{" is-active" if n == name else ""}"><a href="{p}">{n}</a></li>' for n, (p, _) in VUE_COLS.items())}
  </ul></div>
  <div data-v-7ba5bd90 class="el-col el-col-19"><div data-v-7ba5bd90 class="ls-list-hd"><h2 data-v-7ba5bd90>{name}</h2></div>
  {body}
  <div data-v-7ba5bd90 class="el-pagination is-background"><span class="el-pagination__total">共 {total} 条</span><button type="button" disabled="disabled" class="btn-prev"><i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager"><li class="number active">1</li></ul><button type="button" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></button></div>
  </div></div>
</div>"""
    return _vue_shell(f"{name} - 蓝山区人民政府", inner, _vue_state([name]))


def build_vue() -> Site:
    s = Site("vue", "www.lanshan.gov.cn", "蓝山区人民政府", "Vue/Element SSR (Nuxt)")
    s.pages["/"] = (HTML_UTF8, vue_home().encode("utf-8"))
    for name, (path, _) in VUE_COLS.items():
        s.pages[path] = (HTML_UTF8, vue_column(name).encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=False,
        must=frozenset({"column_empty"}),
        must_not=frozenset({"homepage_stale", "column_stale", "abandoned", "undated", "future_dated"}),
        columns={
            "区内要闻": Col("news", "2026-11-24"),
            "通知公告": Col("notice", "2026-11-16"),
            "政策文件": Col("policy", "2026-07-01"),
            "政策解读": Col("policy", None, True),
            "人事信息": Col("personnel", None, True),
            "规划计划": Col("planning", None, True),
            "财政预决算": Col("finance", None, True),
            "统计信息": Col("statistics", None, True),
        },
        last_updated="2026-11-24",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated"},
        empty_count=5,
        note="Element tabs are <div role=tab> labels, not links; empties: el-empty 暂无数据, empty <ul>, 暂无信息",
    )
    return s


# =========================================================================== S6 乡镇 (zombie)
TY_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "镇务动态": ("/zwdt/", [
        ("2025-10-15", "桃源镇召开2025年秋冬季森林防火工作部署会"),
        ("2025-09-28", "桃源镇开展国庆节前安全生产大检查"),
        ("2025-09-10", "桃源镇举行教师节慰问活动"),
        ("2025-08-22", "桃源镇完成早稻收割工作"),
        ("2025-07-30", "桃源镇召开防汛工作会议"),
        ("2025-07-01", "桃源镇党委开展庆祝建党104周年系列活动"),
    ]),
    "通知公告": ("/tzgg/", [
        ("2025-09-02", "桃源镇2025年秋季征兵公告"),
        ("2025-06-18", "关于桃源镇2025年度城乡居民医保缴费的通知"),
        ("2025-04-03", "桃源镇清明节期间森林防火禁火令"),
        ("2025-01-20", "桃源镇2025年春节值班安排"),
    ]),
    "村务公开": ("/cwgk/", [
        ("2025-07-12", "桃源村2025年第二季度村务公开"),
        ("2025-07-10", "石坝村2025年第二季度财务公开"),
        ("2025-04-11", "桃源村2025年第一季度村务公开"),
    ]),
}


def _ty_page(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="桃源镇,桃源镇人民政府" />
<link href="/templates/tyz/css/main.css" rel="stylesheet" type="text/css" />
<script src="/templates/tyz/js/jquery.js" type="text/javascript"></script>
{css_block("ty", 70, "#2b2b2b")}
</head>
<body>
<div class="ty-top"><div class="w1000"><span class="ty-date">今天是{TODAY_CN}</span><span class="ty-weather">多云 8~16℃</span>
<span class="ty-r"><a href="/">首页</a> | <a href="http://www.qingshui.gov.cn/">清水县人民政府</a></span></div></div>
<div class="ty-banner"><div class="w1000"><img src="/templates/tyz/images/banner.jpg" alt="桃源镇人民政府" /></div></div>
<div class="ty-nav"><div class="w1000"><a href="/">网站首页</a><a href="/zjty/">走进桃源</a><a href="/zwdt/">镇务动态</a><a href="/tzgg/">通知公告</a><a href="/cwgk/">村务公开</a><a href="/bmfw/">便民服务</a><a href="/lxwm/">联系我们</a></div></div>
<div class="w1000 ty-main">
{inner}
</div>
<div class="ty-foot"><div class="w1000">
<p>主办：清水县桃源镇人民政府　地址：清水县桃源镇桃源街1号　电话：0570-6701234</p>
<p>Copyright &copy; 2012-2026 桃源镇人民政府 All Rights Reserved　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-7</a></p>
<p>今日访问：35　总访问：102345</p>
</div></div>
</body>
</html>"""


def township_home() -> str:
    def box(name: str) -> str:
        path, items = TY_COLS[name]
        lis = "".join(
            f'<li><a href="{path}{d[:7].replace("-", "")}/{d.replace("-", "")}{j:02d}.html" target="_blank">{t}</a><em>{d}</em></li>'
            for j, (d, t) in enumerate(items)
        )
        return f'<div class="ty-box"><div class="ty-box-hd"><h2>{name}</h2><a href="{path}" class="ty-more">更多</a></div><ul class="ty-ul">{lis}</ul></div>'

    inner = f"""
<div class="ty-left">
  <div class="ty-zjty"><h2>走进桃源</h2><img src="/templates/tyz/images/ty.jpg" alt="" />
  <p>桃源镇位于清水县东北部，距县城18公里，总面积86平方公里，辖9个行政村、1个社区，总人口2.3万人。境内山清水秀，盛产茶叶、毛竹……<a href="/zjty/">[详细]</a></p></div>
  <div class="ty-ld"><h2>领导分工</h2><p>党委书记：陈某某　主持镇党委全面工作</p><p>镇长：林某某　主持镇政府全面工作</p></div>
</div>
<div class="ty-right">
  {box("镇务动态")}
  {box("通知公告")}
  {box("村务公开")}
  <div class="ty-box"><div class="ty-box-hd"><h2>便民服务</h2></div><ul class="ty-bm">
    <li><a href="/bmfw/bszn/">办事指南</a></li><li><a href="/bmfw/bgxz/">表格下载</a></li><li><a href="/bmfw/lxdh/">常用电话</a></li><li><a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a></li></ul></div>
</div>
"""
    return _ty_page("桃源镇人民政府", inner)


def township_column(name: str) -> str:
    path, items = TY_COLS[name]
    lis = "".join(
        f'<li><span class="fr">{d}</span><a href="{path}{d[:7].replace("-", "")}/{d.replace("-", "")}{j:02d}.html" target="_blank">{t}</a></li>'
        for j, (d, t) in enumerate(items)
    )
    inner = f"""<div class="ty-pos">当前位置：<a href="/">首页</a> &gt; {name}</div>
<div class="ty-listbox"><h2 class="ty-list-tit">{name}</h2><ul class="ty-list">{lis}</ul>
<div class="ty-page">共{len(items)}条 1/1页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div></div>"""
    return _ty_page(f"{name}-桃源镇人民政府", inner)


def build_township() -> Site:
    s = Site("township", "www.taoyuan-zhen.gov.cn", "桃源镇人民政府", "township template")
    s.pages["/"] = (HTML_UTF8, township_home().encode("utf-8"))
    for name, (path, _) in TY_COLS.items():
        s.pages[path] = (HTML_UTF8, township_column(name).encode("utf-8"))
    s.truth = Truth(
        status="zombie", passed=False,
        must=frozenset({"abandoned", "homepage_stale"}),
        must_not=frozenset({"column_empty", "undated", "future_dated"}),
        columns={
            "镇务动态": Col("news", "2025-10-15"),
            "通知公告": Col("notice", "2025-09-02"),
            "村务公开": Col(None, "2025-07-12"),
        },
        last_updated="2025-10-15",
        home_status="zombie", home_passed=False,
        home_must=frozenset({"abandoned", "homepage_stale"}),
        home_must_not=frozenset({"undated"}),
        note="407 days; template writes today's clock and ©2012-2026",
    )
    return s


# =========================================================================== S7 navigation homepage
YX_SECTIONS: dict[str, tuple[str, list[str]]] = {
    "新闻中心": ("/xwzx/", ["云溪要闻", "部门动态", "乡镇动态"]),
    "政务公开": ("/zwgk/", ["通知公告", "政策文件", "人事信息"]),
}
YX_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "云溪要闻": ("/xwzx/yxyw/", [
        ("2026-11-24", "云溪县召开县委农村工作会议"),
        ("2026-11-22", "县长带队检查冬季安全生产"),
        ("2026-11-19", "云溪县与省交投集团签订战略合作协议"),
        ("2026-11-16", "全县优化营商环境工作推进会召开"),
        ("2026-11-12", "云溪县举办第三届油茶文化节"),
        ("2026-11-08", "县人大常委会召开第二十八次会议"),
    ]),
    "部门动态": ("/xwzx/bmdt/", [
        ("2026-11-21", "县公安局开展冬季治安巡逻防控"),
        ("2026-11-18", "县税务局开展税费政策进企业活动"),
        ("2026-11-14", "县水利局推进小型水库除险加固"),
        ("2026-11-10", "县统计局部署年度统计年报工作"),
        ("2026-11-04", "县司法局开展宪法宣传周预热活动"),
    ]),
    "乡镇动态": ("/xwzx/xzdt/", [
        ("2026-09-10", "龙泉镇召开教师节庆祝大会"),
        ("2026-08-28", "松林乡完成中稻收割"),
        ("2026-08-15", "长乐镇开展防溺水宣传进村入户"),
        ("2026-07-30", "太平乡举行“八一”拥军优属座谈会"),
    ]),
    "通知公告": ("/zwgk/tzgg/", [
        ("2026-11-12", "云溪县2026年下半年事业单位公开招聘拟聘人员公示"),
        ("2026-10-30", "关于2026年度云溪县耕地地力保护补贴发放的公告"),
        ("2026-10-16", "云溪县城区禁止燃放烟花爆竹的通告"),
        ("2026-09-24", "云溪县第四次全国农业普查入户登记公告"),
    ]),
    "政策文件": ("/zwgk/zcwj/", [
        ("2026-09-03", "云溪县人民政府关于印发云溪县油茶产业发展规划的通知"),
        ("2026-07-15", "云溪县人民政府办公室关于加强城镇燃气安全管理的通知"),
        ("2026-05-20", "云溪县人民政府关于调整征地补偿标准的通知"),
    ]),
    "人事信息": ("/zwgk/rsxx/", [
        ("2026-02-14", "云溪县人民政府关于何某某等同志职务任免的通知"),
        ("2025-09-01", "云溪县人民政府关于孙某某同志任职的通知"),
    ]),
}


def _yx_page(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="云溪县人民政府"><meta name="SiteIDCode" content="4306240005">
<link rel="stylesheet" href="/res/css/yx.css">
{css_block("yx", 100, "#222")}
<script src="/res/js/jquery.min.js"></script>
</head>
<body class="yx-body">
<div class="yx-top"><div class="yx-w"><span id="nowtime"></span><a href="/wzdt/">网站地图</a><a href="javascript:;">无障碍</a></div></div>
<div class="yx-head"><div class="yx-w"><a href="/"><img src="/res/img/logo.png" alt="云溪县人民政府"></a>
<form class="yx-so" action="/search/" method="get"><input name="q" placeholder="搜索"><button>搜索</button></form></div></div>
{inner}
<div class="yx-foot"><div class="yx-w">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sysm/">使用说明</a></p>
<p>主办：云溪县人民政府办公室　云溪县融媒体中心承办　&copy;2012-2026 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">湘ICP备13000456号</a>　湘公网安备 43062402000105号　网站标识码：4306240005</p>
<p>访问统计：自2015年1月1日起统计，累计访问 6,231,004 人次</p>
</div></div>
{clock_js()}
</body>
</html>"""


def nav_home() -> str:
    tiles = [
        ("/xwzx/", "新闻中心", "权威发布 · 云溪要闻 · 部门动态 · 乡镇动态"),
        ("/zwgk/", "政务公开", "通知公告 · 政策文件 · 人事信息 · 财政信息"),
        ("https://zwfw-new.hunan.example.gov.cn/yxx/", "政务服务", "个人办事 · 法人办事 · 一件事一次办"),
        ("/zmhd/", "政民互动", "县长信箱 · 在线访谈 · 意见征集"),
        ("/zjyx/", "走进云溪", "县情概况 · 历史文化 · 旅游资源"),
        ("/ztzl/", "专题专栏", "学习贯彻 · 营商环境 · 乡村振兴"),
    ]
    tl = "".join(
        f'<li class="yx-tile yx-tile{i}"><a href="{u}"><i class="yx-ico"></i><h3>{t}</h3><p>{d}</p></a></li>'
        for i, (u, t, d) in enumerate(tiles)
    )
    quick = "".join(
        f'<a href="{u}">{t}</a>'
        for u, t in [("/zwgk/xxgkzn/", "信息公开指南"), ("/zwgk/xxgknb/", "信息公开年报"), ("/zwgk/ysqgk/", "依申请公开"),
                     ("/zmhd/xzxx/", "县长信箱"), ("/zjyx/xqgk/", "县情概况"), ("/zjyx/lyzy/", "旅游资源"),
                     ("https://www.hunan.gov.cn/", "湖南省人民政府"), ("https://www.gov.cn/", "中国政府网")]
    )
    inner = f"""
<div class="yx-portal" style="background:url(/res/img/portal_bg.jpg) center top no-repeat;">
  <div class="yx-w">
    <h2 class="yx-slogan">山水云溪 · 油茶之乡</h2>
    <ul class="yx-tiles">{tl}</ul>
    <div class="yx-quick">{quick}</div>
  </div>
</div>"""
    return _yx_page("云溪县人民政府门户网站", inner)


def _yx_items(name: str, k: int) -> str:
    path, items = YX_COLS[name]
    return "".join(
        f'<li><a href="{path}{d[:4]}{d[5:7]}/t{d.replace("-", "")}_{7010000 + 31 * j + len(name)}.html" target="_blank">{t}</a><span>{d}</span></li>'
        for j, (d, t) in enumerate(items[:k])
    )


def nav_section(sec: str) -> str:
    _base, names = YX_SECTIONS[sec]
    boxes = "".join(
        f'<div class="yx-box"><div class="yx-box-hd"><h3>{n}</h3><a href="{YX_COLS[n][0]}" class="more">更多&gt;</a></div><ul class="yx-ul">{_yx_items(n, 5)}</ul></div>'
        for n in names
    )
    inner = f"""<div class="yx-nav"><div class="yx-w"><a href="/">首页</a>{"".join(f'<a href="{b}">{s}</a>' for s, (b, _) in YX_SECTIONS.items())}<a href="/zmhd/">政民互动</a><a href="/zjyx/">走进云溪</a></div></div>
<div class="yx-w yx-sec"><div class="yx-pos">当前位置：<a href="/">首页</a> &gt; {sec}</div>{boxes}</div>"""
    return _yx_page(f"{sec}_云溪县人民政府", inner)


def nav_column(name: str) -> str:
    _path, _items = YX_COLS[name]
    inner = f"""<div class="yx-nav"><div class="yx-w"><a href="/">首页</a>{"".join(f'<a href="{b}">{s}</a>' for s, (b, _) in YX_SECTIONS.items())}</div></div>
<div class="yx-w yx-list"><div class="yx-pos">当前位置：<a href="/">首页</a> &gt; {name}</div><h2>{name}</h2><ul class="yx-ul">{_yx_items(name, 20)}</ul>
<div class="yx-pager">第1页/共1页</div></div>"""
    return _yx_page(f"{name}_云溪县人民政府", inner)


def build_nav() -> Site:
    s = Site("navhome", "www.yunxi.gov.cn", "云溪县人民政府", "navigation portal")
    s.pages["/"] = (HTML_UTF8, nav_home().encode("utf-8"))
    for sec, (base, _) in YX_SECTIONS.items():
        s.pages[base] = (HTML_UTF8, nav_section(sec).encode("utf-8"))
    for name, (path, _) in YX_COLS.items():
        s.pages[path] = (HTML_UTF8, nav_column(name).encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=True,
        must=frozenset({"column_stale"}),
        must_not=frozenset({"homepage_stale", "column_empty", "abandoned", "future_dated"}),
        columns={
            "云溪要闻": Col("news", "2026-11-24"),
            "部门动态": Col("news", "2026-11-21"),
            "乡镇动态": Col("news", "2026-09-10"),
            "通知公告": Col("notice", "2026-11-12"),
            "政策文件": Col("policy", "2026-09-03"),
            "人事信息": Col("personnel", "2026-02-14"),
        },
        last_updated="2026-11-24",
        home_status="healthy", home_passed=True,
        home_must=frozenset({"undated"}),
        home_must_not=frozenset({"homepage_stale", "abandoned"}),
        stale_count=1,
        note="navigation-only homepage: judged on its second-level pages; counter start 2015-01-01 is no update",
    )
    return s


# =========================================================================== S8 区 with 区长信箱
BS_COLS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "白沙要闻": ("/bsyw/", [
        ("2026-11-25", "白沙区召开区委全会暨区委经济工作会议"),
        ("2026-11-24", "区长主持召开区政府第五十五次常务会议"),
        ("2026-11-21", "白沙区举办2026年秋季人才招聘大会"),
        ("2026-11-19", "白沙区开展“安全生产月”隐患排查整治"),
        ("2026-11-17", "白沙区与高校共建产学研基地"),
        ("2026-11-13", "区领导专题调研营商环境建设"),
        ("2026-11-10", "白沙区获评省级生态文明建设示范区"),
    ]),
    "通知公告": ("/tzgg/", [
        ("2026-11-19", "白沙区2026年冬季供暖保障工作通告"),
        ("2026-11-11", "关于白沙区部分路段实施交通管制的通告"),
        ("2026-11-03", "白沙区公开选调机关工作人员公告"),
        ("2026-10-22", "白沙区2026年第四批次建设用地征收公告"),
        ("2026-10-10", "关于做好2027年度城乡居民医保参保缴费工作的通知"),
    ]),
    "政策文件": ("/zcwj/", [
        ("2026-10-08", "白沙区人民政府关于印发白沙区老旧小区改造实施方案的通知"),
        ("2026-09-02", "白沙区人民政府办公室关于加强校园周边安全管理的通知"),
        ("2026-07-18", "白沙区人民政府关于印发白沙区促进消费若干措施的通知"),
        ("2026-06-05", "白沙区人民政府关于调整区级行政权力事项的决定"),
    ]),
}
# (date, title, state) newest first; page 1 then page 2 of the 区长信箱 list
BS_LETTERS_P1: list[tuple[str, str, str]] = [
    ("2026-11-22", "建议在白沙公园增设公共厕所", "已回复"),
    ("2026-11-18", "咨询2027年义务教育招生政策", "已回复"),
    ("2026-11-10", "反映锦绣花园小区噪音扰民问题", "未回复"),
    ("2026-10-30", "咨询灵活就业人员社保补贴申领", "未回复"),
    ("2026-10-12", "关于幸福路路灯长期不亮的问题", "已回复"),
    ("2026-09-21", "建议增开白沙至高铁站公交线路", "已回复"),
    ("2026-09-03", "反映建材市场夜间施工扰民", "已回复"),
    ("2026-08-02", "咨询老旧小区加装电梯补贴政策", "未回复"),
    ("2026-07-10", "反映农贸市场周边占道经营问题", "未回复"),
    ("2026-06-15", "关于河堤路破损严重的问题", "办理中"),
]
BS_LETTERS_P2: list[tuple[str, str, str]] = [
    ("2026-06-01", "咨询二手房交易税费", "已回复"),
    ("2026-05-20", "反映幼儿园收费不规范问题", "未回复"),
    ("2026-05-02", "建议增设电动车充电桩", "已回复"),
    ("2026-04-11", "咨询退役军人优待证办理", "已回复"),
    ("2025-10-01", "反映小区物业乱收费", "未回复"),
]


def _bs_page(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="白沙区人民政府"><meta name="SiteDomain" content="www.baisha.gov.cn"><meta name="SiteIDCode" content="3701020011">
<link rel="stylesheet" href="/static/css/bootstrap.min.css"><link rel="stylesheet" href="/static/css/bs.css">
{css_block("bs", 130, "#333")}
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="bs-top"><div class="container"><span class="bs-clock">今天是{TODAY_CN}</span> <span class="bs-wea">晴 -2℃~9℃ 空气质量：良</span>
<span class="pull-right"><a href="/wzdt/">网站地图</a> <a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> <a href="http://www.baisha.gov.cn/en/">English</a></span></div></div>
<div class="bs-head"><div class="container"><a href="/" class="bs-logo"><img src="/static/img/logo.png" alt="白沙区人民政府"></a>
<form class="bs-search" action="/search/" method="get"><input type="text" name="kw" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<nav class="bs-nav navbar"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">首页</a></li><li class="dropdown"><a href="/zjbs/">走进白沙</a><ul class="dropdown-menu"><li><a href="/zjbs/qqgk/">区情概况</a></li><li><a href="/zjbs/xzqh/">行政区划</a></li><li><a href="/zjbs/lsyg/">历史沿革</a></li></ul></li>
<li class="dropdown"><a href="/xwzx/">新闻中心</a><ul class="dropdown-menu"><li><a href="/bsyw/">白沙要闻</a></li><li><a href="/bmdt/">部门动态</a></li><li><a href="/jddt/">街道动态</a></li></ul></li>
<li class="dropdown"><a href="/zwgk/">政务公开</a><ul class="dropdown-menu"><li><a href="/tzgg/">通知公告</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/zcjd/">政策解读</a></li></ul></li>
<li><a href="https://www.shandong.example.gov.cn/zwfw/">政务服务</a></li>
<li class="dropdown"><a href="/zmhd/">政民互动</a><ul class="dropdown-menu"><li><a href="/zmhd/qzxx/">区长信箱</a></li><li><a href="/zmhd/zxft/">在线访谈</a></li><li><a href="/zmhd/yjzj/">意见征集</a></li></ul></li>
</ul></div></nav>
{inner}
<footer class="bs-foot"><div class="container">
<p>主办：济南市白沙区人民政府办公室　联系电话：0531-86012345　地址：白沙区政务中心</p>
<p>&copy;2012-2026 白沙区人民政府 版权所有　<a href="https://beian.miit.gov.cn/">鲁ICP备05023456号-1</a>　鲁公网安备 37010202000888号　网站标识码：3701020011</p>
<p>本站已安全运行 <span>5211</span> 天</p>
</div></footer>
</body>
</html>"""


def _bs_list(name: str, k: int) -> str:
    path, items = BS_COLS[name]
    return "".join(
        f'<li><a href="{path}{d[:7].replace("-", "")}/t{d.replace("-", "")}_{6200000 + 13 * j + len(name)}.html" target="_blank">{t}</a><span class="time">{d}</span></li>'
        for j, (d, t) in enumerate(items[:k])
    )


def _bs_letters(rows: list[tuple[str, str, str]], start: int) -> str:
    out = []
    for j, (d, t, st) in enumerate(rows):
        cls = "ok" if st == "已回复" else "wait"
        out.append(f'<tr><td class="bh">BS{d.replace("-", "")}{start + j:03d}</td><td class="bt"><a href="/zmhd/qzxx/detail.html?id={31000 + start + j}" target="_blank">{t}</a></td>'
                   f'<td>{d}</td><td><span class="state-{cls}">{st}</span></td></tr>')
    return "".join(out)


def district_home() -> str:
    head = BS_COLS["白沙要闻"][1][0]
    inner = f"""
<div class="container bs-main">
 <div class="row">
  <div class="col-md-6"><div class="bs-focus"><a href="/bsyw/202611/t20261125_6200004.html"><img src="/bsyw/202611/W020261125.jpg" alt="{head[1]}"></a><p>{head[1]}</p></div></div>
  <div class="col-md-6"><div class="bs-panel"><div class="bs-panel-hd"><h3>白沙要闻</h3><a href="/bsyw/" class="more">更多+</a></div><ul class="bs-list">{_bs_list("白沙要闻", 7)}</ul></div></div>
 </div>
 <div class="row">
  <div class="col-md-4"><div class="bs-panel"><div class="bs-panel-hd"><h3>通知公告</h3><a href="/tzgg/" class="more">更多+</a></div><ul class="bs-list">{_bs_list("通知公告", 5)}</ul></div></div>
  <div class="col-md-4"><div class="bs-panel"><div class="bs-panel-hd"><h3>政策文件</h3><a href="/zcwj/" class="more">更多+</a></div><ul class="bs-list">{_bs_list("政策文件", 4)}</ul></div></div>
  <div class="col-md-4"><div class="bs-panel bs-zj"><div class="bs-panel-hd"><h3>意见征集</h3><a href="/zmhd/yjzj/" class="more">更多+</a></div>
   <ul class="bs-list"><li><a href="/zmhd/yjzj/202611/t20261120_6201001.html">《白沙区养犬管理规定（征求意见稿）》公开征求意见</a><span class="time">征集时间：2026-11-20至2027-01-05</span></li></ul></div></div>
 </div>
 <div class="row">
  <div class="col-md-8"><div class="bs-panel"><div class="bs-panel-hd"><h3>区长信箱</h3><a href="/zmhd/qzxx/" class="more">更多+</a><a href="/zmhd/qzxx/write.html" class="bs-write">我要写信</a></div>
   <table class="table bs-xj"><thead><tr><th>信件编号</th><th>信件标题</th><th>来信时间</th><th>状态</th></tr></thead><tbody>{_bs_letters(BS_LETTERS_P1[:5], 0)}</tbody></table></div></div>
  <div class="col-md-4"><div class="bs-panel"><div class="bs-panel-hd"><h3>办事服务</h3></div><ul class="bs-svc">
   {"".join(f'<li><a href="https://www.shandong.example.gov.cn/zwfw/{i}">{t}</a></li>' for i, t in enumerate(["社会保障", "户籍办理", "住房公积金", "婚姻登记", "企业开办", "不动产登记"]))}</ul></div></div>
 </div>
</div>"""
    return _bs_page("白沙区人民政府", inner)


def district_column(name: str) -> str:
    _path, items = BS_COLS[name]
    inner = f"""<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li class="active">{name}</li></ol>
<div class="bs-listpage"><h2>{name}</h2><ul class="bs-list">{_bs_list(name, 20)}</ul>
<div class="bs-pager">共{len(items)}条 第1页/共1页</div></div></div>"""
    return _bs_page(f"{name}_白沙区人民政府", inner)


def district_letters(page: int) -> str:
    rows, start = (BS_LETTERS_P1, 0) if page == 1 else (BS_LETTERS_P2, 10)
    nxt = '<a href="/zmhd/qzxx/index_1.html">下一页</a> <a href="/zmhd/qzxx/index_1.html">尾页</a>' if page == 1 else '<a href="/zmhd/qzxx/">上一页</a> <a href="/zmhd/qzxx/">首页</a>'
    inner = f"""<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/zmhd/">政民互动</a></li><li class="active">区长信箱</li></ol>
<div class="bs-listpage"><h2>区长信箱</h2><div class="bs-xj-tip">来信须知：区长信箱受理白沙区范围内的意见建议、咨询和反映的问题，一般在15个工作日内答复。<a href="/zmhd/qzxx/write.html">我要写信</a></div>
<table class="table bs-xj"><thead><tr><th>信件编号</th><th>信件标题</th><th>来信时间</th><th>状态</th></tr></thead><tbody>{_bs_letters(rows, start)}</tbody></table>
<div class="bs-pager">共15条 第{page}页/共2页 {nxt}</div></div></div>"""
    return _bs_page("区长信箱_白沙区人民政府", inner)


def district_consultations() -> str:
    rows = [
        ("2026-11-20", "2027-01-05", "《白沙区养犬管理规定（征求意见稿）》公开征求意见"),
        ("2026-09-15", "2026-10-15", "《白沙区老旧小区改造实施方案（征求意见稿）》公开征求意见"),
        ("2026-06-01", "2026-06-30", "白沙区2026年民生实事项目征集"),
    ]
    lis = "".join(
        f'<li><a href="/zmhd/yjzj/{a[:7].replace("-", "")}/t{a.replace("-", "")}_{6201001 + j}.html">{t}</a>'
        f'<span class="time">征集时间：{a}至{b}</span></li>'
        for j, (a, b, t) in enumerate(rows)
    )
    inner = f"""<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li class="active">意见征集</li></ol>
<div class="bs-listpage"><h2>意见征集</h2><ul class="bs-list">{lis}</ul><div class="bs-pager">共3条 第1页/共1页</div></div></div>"""
    return _bs_page("意见征集_白沙区人民政府", inner)


def build_district() -> Site:
    s = Site("district", "www.baisha.gov.cn", "白沙区人民政府", "district portal with 区长信箱")
    s.pages["/"] = (HTML_UTF8, district_home().encode("utf-8"))
    for name, (path, _) in BS_COLS.items():
        s.pages[path] = (HTML_UTF8, district_column(name).encode("utf-8"))
    s.pages["/zmhd/yjzj/"] = (HTML_UTF8, district_consultations().encode("utf-8"))
    s.pages["/zmhd/qzxx/"] = (HTML_UTF8, district_letters(1).encode("utf-8"))
    s.pages["/zmhd/qzxx/index_1.html"] = (HTML_UTF8, district_letters(2).encode("utf-8"))
    s.truth = Truth(
        status="healthy", passed=False,
        must=frozenset({"unanswered_messages"}),
        must_not=frozenset({"homepage_stale", "column_stale", "column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "白沙要闻": Col("news", "2026-11-25"),
            "通知公告": Col("notice", "2026-11-19"),
            "政策文件": Col("policy", "2026-10-08"),
            "区长信箱": Col("interaction", "2026-11-22"),
        },
        last_updated="2026-11-25",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated", "unanswered_messages"},
        unanswered=4,
        note="unanswered > 90 days within a year: 08-02, 07-10, 06-15(办理中) on page 1, 05-20 on page 2; 2025-10-01 is > 1 year",
    )
    return s


# =========================================================================== S9 PHPCMS, year-less dates
HY_COLS: dict[str, tuple[int, str, list[tuple[str, str]]]] = {
    "河阳要闻": (9, "hyyw", [
        ("2026-11-24", "河阳县召开县委常委会会议研究部署年终各项工作"),
        ("2026-11-22", "河阳县举行2026年度重点项目观摩活动"),
        ("2026-11-20", "县政府与中国电信河阳分公司签署数字政府合作协议"),
        ("2026-11-18", "河阳县召开安全生产委员会全体会议"),
        ("2026-11-15", "河阳县第十八届人民代表大会常务委员会第三十次会议召开"),
        ("2026-11-12", "河阳县举办2026年农民丰收节"),
        ("2026-11-08", "县领导调研冬季供暖准备工作"),
    ]),
    "工作动态": (10, "gzdt", [
        ("2026-10-09", "县发改局召开2027年项目谋划推进会"),
        ("2026-09-27", "县财政局开展财会监督专项行动"),
        ("2026-09-16", "县教体局召开秋季开学工作会议"),
        ("2026-09-05", "县卫健局开展“健康河阳行”义诊活动"),
        ("2026-08-21", "县水利局开展汛期水库安全巡查"),
    ]),
    "乡镇动态": (11, "xzdt", [
        ("2025-12-28", "河阳镇开展元旦前安全生产检查"),
        ("2025-12-15", "柳林乡召开年终工作总结会"),
        ("2025-11-30", "龙门镇冬季送温暖活动启动"),
        ("2025-11-02", "古渡乡完成秋冬种任务"),
        ("2025-10-18", "新庄镇举办重阳节敬老活动"),
    ]),
    "部门动态": (12, "bmdt", [
        ("2026-10-30", "县市场监管局开展冬季燃气安全检查"),
        ("2026-10-22", "县农业农村局推广小麦宽幅播种技术"),
        ("2026-10-15", "县城管局开展市容环境集中整治"),
        ("2026-10-03", "县文旅局国庆假期旅游市场平稳有序"),
        ("2026-09-24", "县人社局举办返乡创业培训班"),
    ]),
    "通知公告": (13, "tzgg", [
        ("2026-05-20", "关于《河阳县城市绿化管理办法》自2027年1月1日起施行的公告"),
        ("2026-04-28", "河阳县2026年公开招聘城市社区专职工作者公告"),
        ("2026-04-09", "关于开展2026年度河阳县道路运输企业年审的通知"),
        ("2026-03-18", "河阳县2026年春季农作物种子市场检查通告"),
        ("2026-02-26", "关于2026年河阳县中小学春季开学时间的通知"),
    ]),
    "政策解读": (14, "zcjd", [
        ("2026-05-01", "《河阳县县城建设提升三年行动方案》政策解读"),
        ("2026-03-22", "图解：河阳县2026年政府工作报告"),
        ("2026-01-10", "《河阳县农村宅基地管理办法》解读"),
        ("2025-11-26", "一图读懂河阳县城乡居民养老保险新政"),
    ]),
}
HY_PINNED = ("2025-12-01", "河阳县政府信息公开指南（2025年修订）")


def _hy_url(catid: int, d: str, n: int) -> str:
    return f"/index.php?m=content&c=index&a=show&catid={catid}&id={n}"


def _hy_page(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{title}</title>
<meta name="keywords" content="河阳县人民政府,河阳县,河阳" />
<meta name="description" content="河阳县人民政府门户网站" />
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="/statics/js/search_common.js"></script>
{css_block("hy", 120, "#3c3c3c")}
</head>
<body>
<div class="hy-topbar"><div class="wrap"><span class="hy-time">当前时间：{TODAY_CN}</span>
<span class="hy-tq">河阳天气：阴转小雨 3℃/10℃</span>
<span class="rt"><a href="/index.php?m=member&c=index&a=login">登录</a> | <a href="/index.php?m=content&c=rss">RSS</a> | <a href="/index.php?m=content&c=index&a=lists&catid=30">网站地图</a></span></div></div>
<div class="hy-header"><div class="wrap"><a href="/" class="logo"><img src="/statics/images/hy/logo.png" alt="河阳县人民政府" /></a>
<div class="search"><form action="/index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/><input type="text" name="q" id="q"/><input type="submit" value="搜 索" class="btn"/></form></div></div></div>
<div class="hy-nav"><div class="wrap"><ul>
<li><a href="/">首 页</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=1">河阳概况</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=9">新闻中心</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=13">政务公开</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=20">招商引资</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=21">政民互动</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=22">文化旅游</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=23">专题专栏</a></li>
</ul></div></div>
{inner}
<div class="hy-footer"><div class="wrap">
<p>主办单位：河阳县人民政府办公室　承办单位：河阳县信息化管理中心</p>
<p>Copyright &copy; 2012-2026 河阳县人民政府 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备10012345号-1</a>　网站标识码：4108250009</p>
<p>Powered by PHPCMS V9</p>
</div></div>
<script type="text/javascript">$(function(){{ $(".hy-slide").sGallery({{titleObj:'.hy-slide .title span'}}); }});</script>
{TAB_JS}
</body>
</html>"""


def _hy_box(name: str, k: int, pinned: bool = False) -> str:
    catid, _, items = HY_COLS[name]
    lis = ""
    if pinned:
        lis += (f'<li class="top"><span class="rt">[{_md(HY_PINNED[0])}]</span><font color="red">[置顶]</font>'
                f'<a href="{_hy_url(catid, HY_PINNED[0], 700)}" target="_blank">{HY_PINNED[1]}</a></li>')
    lis += "".join(
        f'<li><span class="rt">[{_md(d)}]</span>·<a href="{_hy_url(catid, d, 1000 + 50 * catid + j)}" target="_blank" title="{t}">{t}</a></li>'
        for j, (d, t) in enumerate(items[:k])
    )
    return (f'<div class="hy-box"><div class="hy-box-tit"><h3>{name}</h3><a class="more" href="/index.php?m=content&c=index&a=lists&catid={catid}">更多&gt;&gt;</a></div>'
            f'<ul class="hy-list">{lis}</ul></div>')


def phpcms_home() -> str:
    inner = f"""
<div class="wrap hy-main">
  <div class="hy-col hy-col-l">
    <div class="hy-slide"><div class="changeDiv">
      {"".join(f'<a href="{_hy_url(9, d, 1450 + j)}" target="_blank"><img src="/uploadfile/2026/11{j:02d}/pic.jpg" alt="{t}" width="400" height="280" /></a>' for j, (d, t) in enumerate(HY_COLS["河阳要闻"][2][:4]))}
    </div><div class="title"><span></span></div></div>
  </div>
  <div class="hy-col hy-col-r">{_hy_box("河阳要闻", 7)}</div>
  <div class="clear"></div>
  <div class="hy-col3">{_hy_box("工作动态", 5)}</div>
  <div class="hy-col3">{_hy_box("乡镇动态", 5)}</div>
  <div class="hy-col3">{_hy_box("部门动态", 5)}</div>
  <div class="clear"></div>
  <div class="hy-col2">{_hy_box("通知公告", 5, pinned=True)}</div>
  <div class="hy-col2">{_hy_box("政策解读", 4)}</div>
  <div class="clear"></div>
  <div class="hy-zmhd"><h3>政民互动</h3><a href="/index.php?m=guestbook&c=index&a=init&type=xzxx">县长信箱</a><a href="/index.php?m=vote">网上调查</a><a href="http://12345.henan.example.gov.cn/">12345热线</a></div>
  <div class="hy-yqlj"><h3>友情链接</h3><select onchange="window.open(this.value)"><option>县直部门</option>{dept_options()}</select></div>
</div>"""
    return _hy_page("河阳县人民政府", inner)


def phpcms_list(name: str) -> str:
    catid, _, items = HY_COLS[name]
    lis = "".join(
        f'<li><span class="rt">{d}</span><a href="{_hy_url(catid, d, 1000 + 50 * catid + j)}" target="_blank">{t}</a></li>'
        for j, (d, t) in enumerate(items)
    )
    if name == "通知公告":
        lis = (f'<li><span class="rt">{HY_PINNED[0]}</span><font color="red">[置顶]</font>'
               f'<a href="{_hy_url(catid, HY_PINNED[0], 700)}" target="_blank">{HY_PINNED[1]}</a></li>') + lis
    side = "".join(f'<li><a href="/index.php?m=content&c=index&a=lists&catid={c}">{n}</a></li>' for n, (c, _, _) in HY_COLS.items())
    inner = f"""
<div class="wrap hy-crumbs">当前位置：<a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid={catid}">{name}</a> &gt; 列表</div>
<div class="wrap hy-listmain"><div class="hy-side"><h3>栏目导航</h3><ul>{side}</ul></div>
<div class="hy-listcon"><h2>{name}</h2><ul class="hy-list2">{lis}</ul>
<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> <a class="a1">上一页</a> <span>1</span> <a class="a1">下一页</a></div></div></div>"""
    return _hy_page(f"{name} - 河阳县人民政府", inner)


def build_phpcms() -> Site:
    s = Site("phpcms", "www.heyang.gov.cn", "河阳县人民政府", "PHPCMS V9")
    s.pages["/"] = (HTML_UTF8, phpcms_home().encode("utf-8"))
    for name, (catid, _, _) in HY_COLS.items():
        s.pages[f"/index.php?m=content&c=index&a=lists&catid={catid}"] = (HTML_UTF8, phpcms_list(name).encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=False,
        must=frozenset({"column_stale"}),
        must_not=frozenset({"homepage_stale", "column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "河阳要闻": Col("news", "2026-11-24"),
            "工作动态": Col("news", "2026-10-09"),
            "乡镇动态": Col("news", "2025-12-28"),
            "部门动态": Col("news", "2026-10-30"),
            "通知公告": Col("notice", "2026-05-20"),
            "政策解读": Col("policy", "2026-05-01"),
        },
        last_updated="2026-11-24",
        home_status="healthy", home_passed=True,
        home_must_not=FRESHNESS | {"undated"},
        stale_count=5,
        note="homepage dates are year-less [MM-DD]; 乡镇动态 [12-28] is 2025's; pinned [12-01] is 2025's",
    )
    return s


# =========================================================================== S10 JSP 信息公开
AP_NEWS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "安平要闻": ("/col/jsp/list.jsp?cid=101", [
        ("2026-11-02", "安平县召开三季度经济运行分析会"),
        ("2026-10-29", "县委中心组专题学习党的二十届四中全会精神"),
        ("2026-10-25", "安平县举行2026年秋季征兵入伍欢送会"),
        ("2026-10-20", "安平县召开创建国家卫生县城推进会"),
        ("2026-10-14", "安平县举办丝网产业博览会"),
        ("2026-10-08", "县领导节后检查安全生产"),
    ]),
    "部门动态": ("/col/jsp/list.jsp?cid=102", [
        ("2026-10-31", "县应急局开展地震应急演练"),
        ("2026-10-24", "县卫健局开展秋冬季传染病防控培训"),
        ("2026-10-17", "县住建局推进城镇燃气管道更新改造"),
        ("2026-10-10", "县交通局开展农村公路安全隐患排查"),
    ]),
    "通知公告": ("/col/jsp/list.jsp?cid=103", [
        ("2026-05-10", "关于2027年1月1日起调整城乡居民医保缴费标准的通知"),
        ("2026-04-22", "安平县2026年度事业单位公开招聘公告"),
        ("2026-03-30", "安平县关于开展清明节文明祭扫的倡议"),
        ("2026-02-12", "安平县2026年春节期间禁放烟花爆竹的通告"),
    ]),
}
# (成文日期, 发布日期, 文号, 标题)
AP_POLICY: list[tuple[str, str, str, str]] = [
    ("2026-05-20", "2026-06-05", "安政发〔2026〕9号", "安平县人民政府关于印发安平县丝网产业高质量发展行动计划的通知"),
    ("2026-04-02", "2026-04-15", "安政办发〔2026〕5号", "安平县人民政府办公室关于加强农村供水工程运行管理的通知"),
    ("2026-02-26", "2026-03-10", "安政发〔2026〕3号", "安平县人民政府关于印发2026年安平县政府工作要点的通知"),
    ("2025-12-18", "2025-12-30", "安政发〔2025〕21号", "安平县人民政府关于公布县级行政许可事项清单的通知"),
    ("2025-11-03", "2025-11-20", "安政办发〔2025〕17号", "安平县人民政府办公室关于印发安平县重污染天气应急预案的通知"),
]
AP_POLICY_PATH = "/xxgk/jsp/zcwj.jsp?cid=104"


def _ap_page(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<meta name="SiteName" content="安平县人民政府"><meta name="SiteIDCode" content="1311250004">
<link type="text/css" rel="stylesheet" href="/static/css/ap_style.css">
{css_block("ap", 110, "#2d2d2d")}
<script type="text/javascript" src="/static/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="ap-top"><div class="ap-w"><div class="ap-date">今天是：{TODAY_CN}</div><div class="ap-toplinks"><a href="/wzdt.jsp">网站地图</a> | <a href="javascript:;">无障碍浏览</a> | <a href="/en/">English</a></div></div></div>
<div class="ap-head"><div class="ap-w"><img src="/static/images/ap_logo.png" alt="安平县人民政府"><div class="ap-search"><form action="/search.jsp" method="post"><input type="text" name="keyword"><input type="submit" value="检索"></form></div></div></div>
<div class="ap-nav"><div class="ap-w"><a href="/">首页</a><a href="/col/jsp/list.jsp?cid=100">新闻中心</a><a href="/xxgk/jsp/index.jsp">信息公开</a><a href="https://www.hbzwfw.example.gov.cn/">政务服务</a><a href="/hdjl/jsp/index.jsp">互动交流</a><a href="/zjap/jsp/index.jsp">走进安平</a></div></div>
{inner}
<div class="ap-foot"><div class="ap-w">
<p>主办单位：安平县人民政府办公室　技术支持：安平县大数据中心</p>
<p>版权所有 &copy;2012-2026 安平县人民政府　<a href="https://beian.miit.gov.cn/">冀ICP备06012345号</a>　冀公网安备 13112502000033号　网站标识码：1311250004</p>
<p>网站访问量：<span class="ap-count">3,120,456</span>　统计日期：2026-11-26</p>
</div></div>
</body>
</html>"""


def _ap_news(name: str, k: int) -> str:
    path, items = AP_NEWS[name]
    cid = path.rsplit("=", 1)[1]
    return "".join(
        f'<li><a href="/art/jsp/info.jsp?cid={cid}&id={88000 + int(cid) * 10 + j}" target="_blank">{t}</a><span>{d}</span></li>'
        for j, (d, t) in enumerate(items[:k])
    )


def jsp_home() -> str:
    pol = "".join(
        f'<li><a href="/xxgk/jsp/info.jsp?id={66000 + j}" target="_blank">{t}</a><span>{pub}</span></li>'
        for j, (_, pub, _, t) in enumerate(AP_POLICY[:4])
    )
    inner = f"""
<div class="ap-w ap-main">
  <div class="ap-row">
    <div class="ap-box ap-yw"><div class="ap-box-hd"><h3>安平要闻</h3><a class="more" href="{AP_NEWS["安平要闻"][0]}">更多</a></div><ul>{_ap_news("安平要闻", 6)}</ul></div>
    <div class="ap-box"><div class="ap-box-hd"><h3>部门动态</h3><a class="more" href="{AP_NEWS["部门动态"][0]}">更多</a></div><ul>{_ap_news("部门动态", 4)}</ul></div>
  </div>
  <div class="ap-row">
    <div class="ap-box"><div class="ap-box-hd"><h3>通知公告</h3><a class="more" href="{AP_NEWS["通知公告"][0]}">更多</a></div><ul>{_ap_news("通知公告", 4)}</ul></div>
    <div class="ap-box"><div class="ap-box-hd"><h3>政策文件</h3><a class="more" href="{AP_POLICY_PATH}">更多</a></div><ul>{pol}</ul></div>
  </div>
  <div class="ap-gk"><h3>政府信息公开</h3><a href="/xxgk/jsp/zn.jsp">信息公开指南</a><a href="/xxgk/jsp/zd.jsp">信息公开制度</a><a href="/xxgk/jsp/fdzdgknr.jsp">法定主动公开内容</a><a href="/xxgk/jsp/nb.jsp">信息公开年报</a><a href="/xxgk/jsp/ysq.jsp">依申请公开</a></div>
  <div class="ap-hd"><h3>互动交流</h3><a href="https://12345.hebei.example.gov.cn/">县长信箱</a><a href="/hdjl/jsp/ft.jsp">在线访谈</a><a href="/hdjl/jsp/dc.jsp">网上调查</a></div>
  <div class="ap-links"><select onchange="window.open(this.value)"><option>县直部门网站</option>{dept_options()}</select></div>
</div>"""
    return _ap_page("安平县人民政府", inner)


def jsp_list(name: str) -> str:
    inner = f"""<div class="ap-w ap-pos">您的位置：<a href="/">首页</a> &gt;&gt; {name}</div>
<div class="ap-w ap-listbox"><div class="ap-listhd">{name}</div><ul class="ap-list">{_ap_news(name, 20)}</ul>
<div class="ap-pager">共{len(AP_NEWS[name][1])}条记录 每页20条 第1/1页</div></div>"""
    return _ap_page(f"{name}-安平县人民政府", inner)


def jsp_policy() -> str:
    rows = "".join(
        f'<tr><td>13112500-4/2026-{len(AP_POLICY) - j:05d}</td><td class="tl"><a href="/xxgk/jsp/info.jsp?id={66000 + j}" target="_blank">{t}</a></td>'
        f'<td>{no}</td><td>{made}</td><td>{pub}</td></tr>'
        for j, (made, pub, no, t) in enumerate(AP_POLICY)
    )
    inner = f"""<div class="ap-w ap-pos">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/jsp/index.jsp">信息公开</a> &gt;&gt; 政策文件</div>
<div class="ap-w ap-listbox"><div class="ap-listhd">政策文件</div>
<table class="ap-xxgk" width="100%" cellspacing="0" cellpadding="0"><thead><tr><th width="170">索引号</th><th>标题</th><th width="150">发文字号</th><th width="100">成文日期</th><th width="100">发布日期</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="ap-pager">共{len(AP_POLICY)}条记录 第1/1页</div></div>"""
    return _ap_page("政策文件-安平县人民政府", inner)


def build_jsp() -> Site:
    s = Site("jsp", "www.anping.gov.cn", "安平县人民政府", "JSP 信息公开")
    s.pages["/"] = (HTML_UTF8, jsp_home().encode("utf-8"))
    for name, (path, _) in AP_NEWS.items():
        s.pages[path] = (HTML_UTF8, jsp_list(name).encode("utf-8"))
    s.pages[AP_POLICY_PATH] = (HTML_UTF8, jsp_policy().encode("utf-8"))
    s.truth = Truth(
        status="stale", passed=False,
        must=frozenset({"homepage_stale", "column_stale"}),
        must_not=frozenset({"column_empty", "abandoned", "undated", "future_dated"}),
        columns={
            "安平要闻": Col("news", "2026-11-02"),
            "部门动态": Col("news", "2026-10-31"),
            "通知公告": Col("notice", "2026-05-10"),
            "政策文件": Col("policy", "2026-06-05"),
        },
        last_updated="2026-11-02",
        home_status="stale", home_passed=False,
        home_must=frozenset({"homepage_stale"}),
        home_must_not=frozenset({"undated", "abandoned"}),
        stale_count=3,
        note="统计日期：2026-11-26 in the footer is no update; 政策文件 is 发布日期 2026-06-05 (174 d), not 成文日期 05-20 (190 d)",
    )
    return s


BUILDERS = [build_hanweb, build_trs, build_jiyue, build_asp, build_vue, build_township,
            build_nav, build_district, build_phpcms, build_jsp]


def all_sites() -> list[Site]:
    return [b() for b in BUILDERS]


# The homepage's newest item as the sweep (depth home) should read it: read off the pages
# above (each homepage's newest listed date), not off any scan. The navigation-only
# homepage lists nothing dated.
HOME_LAST_UPDATED: dict[str, str | None] = {
    "hanweb": "2026-11-25", "trs": "2026-11-24", "jiyue": "2026-10-28", "asp": "2026-11-20",
    "vue": "2026-11-24", "township": "2025-10-15", "navhome": None, "district": "2026-11-25",
    "phpcms": "2026-11-24", "jsp": "2026-11-02",
}
