"""Blind pages: universities, schools and hospitals of mainland China (round 1).

Written from how these sites are built (博达 VSB 站群, 帝国CMS, 织梦 DedeCMS,
SiteServer CMS, WordPress, a Flash-era ASP frameset) before any scan, with their
truth as data below. NOW is fixed: 2026-11-25, a Wednesday (this week runs
Monday 11-23 to Sunday 11-29).

Column types a school's or hospital's columns map to (the inspectors' classes):
- 学校要闻 / 学院新闻 / 校园新闻 / 医院新闻 / 工作动态 / 资源动态 / 媒体报道 / News:
  news (2 weeks): they are the site's 动态, what 教育厅 and 卫健委 check first.
- 通知公告 / 本馆公告 / 招生信息 (招生简章, 招生公告) / Announcements: notice
  (6 months): announcements of the institution.
- 招聘信息: personnel (1 year): recruitment announcements, as 人事招聘 on a
  government site.
- 学术活动 / 讲座预告 / 讲座培训 / Events: other (events lists are dated ahead).
- 党建工作: other: a 专题 column of party-building reports, which no inspector
  holds to the 2-week pace of 动态 (the 2019 indicators check 动态要闻 columns).
- 健康科普: other: health-education articles, no publication pace required.
- 专家介绍: a directory of doctors (organisation/leaders class at most), not
  personnel publications; undated, so never stale and never empty.
- 门诊排班: a roster, type other if seen as a column at all; its dates (this
  week's days) are no update and no future-dated publication.
- 德育之窗 / 教学教研 / 学术交流 / 学生工作 / 培养工作 / 学位工作 / 招生就业: contested
  (news or other, notice or other); the truth accepts either, and their dates are
  chosen so that either type gives the same verdict.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

NOW = _dt.date(2026, 11, 25)


def d(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


@dataclass
class Col:
    name: str
    types: tuple[str, ...] | None  # acceptable types; None: not scored
    newest: str | None  # newest past date (YYYY-MM-DD); None: undated list
    empty: bool = False
    optional: bool = False  # may be left out as no column (a directory, a roster)


@dataclass
class Truth:
    status: str
    passed: bool
    last_updated: str | None
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    status_home: str
    passed_home: bool
    must_home: tuple[str, ...]
    must_not_home: tuple[str, ...]
    homepage_date: str | None  # the newest item date the homepage shows
    columns: list[Col] = field(default_factory=list)


@dataclass
class Site:
    key: str
    host: str
    name: str
    cms: str
    start: str  # path of the homepage
    pages: dict[str, str]
    truth: Truth
    charset: str = "utf-8"

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.start}"

    def body(self, path: str) -> bytes:
        return self.pages[path].encode(self.charset, "xmlcharrefreplace")


CLEAN = (
    "hidden_links",
    "spam_content",
    "offsite_redirect",
    "placeholder_page",
    "default_server_page",
    "parked_domain",
)

# ---------------------------------------------------------------- shared text

COLLEGES = [
    "机械工程学院",
    "材料科学与工程学院",
    "电气与自动化学院",
    "计算机科学与技术学院",
    "人工智能学院",
    "化学与化工学院",
    "生物工程学院",
    "食品学院",
    "纺织服装学院",
    "土木工程学院",
    "建筑学院",
    "经济管理学院",
    "法学院",
    "马克思主义学院",
    "外国语学院",
    "理学院",
    "设计学院",
    "医学院",
    "药学院",
    "体育学院",
    "继续教育学院",
    "国际教育学院",
    "创新创业学院",
]
OFFICES = [
    "党委办公室",
    "校长办公室",
    "纪委办公室",
    "组织部",
    "宣传部",
    "统战部",
    "学生工作部",
    "研究生院",
    "本科生院",
    "科学技术研究院",
    "人文社科处",
    "人事处",
    "财务处",
    "国有资产管理处",
    "审计处",
    "国际交流合作处",
    "保卫处",
    "后勤管理处",
    "基建处",
    "图书馆",
    "档案馆",
    "信息化建设与管理中心",
    "分析测试中心",
    "校友总会",
    "工会",
    "团委",
    "离退休工作处",
    "教育发展基金会",
]

NEWS_POOL = [
    "学校召开{n}专题工作会议",
    "{n}调研指导学校工作",
    "我校举行{n}签约仪式",
    "学校党委理论学习中心组开展{n}专题学习",
    "我校在{n}中获佳绩",
    "学校与{n}签署战略合作协议",
    "我校{n}入选省级一流本科课程",
    "学校举办{n}学术论坛",
    "我校召开{n}推进会",
    "学校领导走访慰问{n}",
    "我校师生参加{n}志愿服务",
    "学校开展{n}安全检查",
]
FILLERS = [
    "教育强国建设",
    "本科教育教学审核评估",
    "产教融合",
    "“十五五”规划编制",
    "研究生教育改革",
    "实验室安全",
    "国际化办学",
    "一流学科建设",
    "校地合作",
    "就业创业",
    "科研诚信",
    "思想政治工作",
    "人才引进",
    "校园文化建设",
    "新工科建设",
    "数字化转型",
]


def pool_titles(n: int, seed: int, pool: list[str] = NEWS_POOL) -> list[str]:
    out = []
    for i in range(n):
        t = pool[(i * 5 + seed) % len(pool)]
        out.append(t.format(n=FILLERS[(i * 3 + seed * 7) % len(FILLERS)]))
    return out


def back_dates(first: str, n: int, step: int, seed: int = 0) -> list[str]:
    day = d(first)
    out = []
    for i in range(n):
        out.append(day.isoformat())
        day -= _dt.timedelta(days=step + ((i + seed) % 3))
    return out


def long_script(name: str) -> str:
    """The inline scripts every such page carries (carousel, stats, tabs)."""
    lines = [f"// {name} page scripts"]
    for i in range(40):
        lines.append(
            f"  $('.tab-{i} li').hover(function(){{ var idx=$(this).index();"
            f" $(this).addClass('on').siblings().removeClass('on');"
            f" $('.tab-{i}-con .con').eq(idx).show().siblings().hide(); }});"
        )
    return (
        '<script type="text/javascript">\n$(function(){\n'
        + "\n".join(lines)
        + "\n});\nvar _hmt = _hmt || [];(function(){var hm=document.createElement('script');"
        "hm.src='https://hm.baidu.com/hm.js?8a7c3e1f90b2d4c6e5f7a8b9c0d1e2f3';"
        "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();\n</script>"
    )


# =================================================================== VSB helpers


def vsb_head(title: str, extra_css: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<META Name="keywords" Content="{title}" />
<link href="/dfiles/1234/css/style.css" type="text/css" rel="stylesheet">
<link href="/dfiles/1234/css/swiper.min.css" type="text/css" rel="stylesheet">
<script type="text/javascript" src="/dfiles/1234/js/jquery.min.js"></script>
<script type="text/javascript" src="/dfiles/1234/js/swiper.min.js"></script>
<style type="text/css">{extra_css}
.header{{height:120px;background:#0b3a7e}} .nav li{{float:left;position:relative}}
.nav li .sub{{display:none;position:absolute;top:50px;left:0;background:#fff}}
.nav li:hover .sub{{display:block}} .footer{{background:#0b3a7e;color:#cfd8e8}}
</style>
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="_sitegray/_sitegray_d.css" />
<script language="javascript" src="_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307e7847545350544503090000000a4751 -->
<link rel="stylesheet" type="text/css" href="index.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1001,'/index.jsp',-1,1234567890)</script>
</head>
"""


def vsb_megamenu(sections: list[tuple[str, str, list[str]]]) -> str:
    out = ['<div class="nav"><ul class="clearfix">', '<li><a href="index.htm">首页</a></li>']
    for i, (label, href, subs) in enumerate(sections):
        out.append(f'<li><a href="{href}">{label}</a><div class="sub"><ul>')
        for j, s in enumerate(subs):
            out.append(f'<li><a href="{href.rsplit(".", 1)[0]}/{chr(97 + j)}{i}.htm">{s}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></div>")
    return "\n".join(out)


def vsb_list_page(
    site_title: str,
    col: str,
    crumbs: str,
    items: list[tuple[str, str, str]],
    side: list[str],
    pages: int = 18,
    info_base: str = "../info/1021/",
) -> str:
    rows = []
    for t, dt, href in items:
        rows.append(
            f'<li id="line_u8_{len(rows)}"><a href="{href}" target="_blank" title="{t}">{t}</a>'
            f"<span>{dt}</span></li>"
        )
    sidebar = "\n".join(f'<li><a href="#s{i}">{s}</a></li>' for i, s in enumerate(side))
    return (
        vsb_head(f"{col}-{site_title}")
        + f"""<body>
<div class="header"><div class="wrap"><a href="../index.htm"><img src="../dfiles/1234/images/logo.png" alt="{site_title}"></a>
<div class="search"><form action="../search.jsp?wbtreeid=1001" method="post" name="dataForm"><input type="text" name="showkeycode" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="sub-banner"><img src="../dfiles/1234/images/sub-banner.jpg" alt=""></div>
<div class="wrap main clearfix">
<div class="left"><div class="left-tit"><h2>{crumbs}</h2></div><ul class="left-nav">{sidebar}</ul></div>
<div class="right">
<div class="pos"><span>当前位置：</span><a href="../index.htm">首页</a> &gt; <a href="#">{crumbs}</a> &gt; {col}</div>
<div class="right-tit"><h3>{col}</h3></div>
<div class="list">
<ul>
{chr(10).join(rows)}
</ul>
</div>
<div class="pb_sys_common pb_sys_normal pb_sys_style1">
<span class="p_t">共{pages * 20 - 7}条</span> <span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>
<span class="p_no_d">1</span><span class="p_no"><a href="{col}/{pages - 1}.htm">2</a></span><span class="p_no"><a href="{col}/{pages - 2}.htm">3</a></span><span class="p_dot">...</span><span class="p_no"><a href="{col}/1.htm">{pages}</a></span>
<span class="p_next p_fun"><a href="{col}/{pages - 1}.htm">下页</a></span><span class="p_last p_fun"><a href="{col}/1.htm">尾页</a></span></span>
</div>
</div></div>
<div class="footer"><p>版权所有 © 2026 {site_title} 地址：江苏省无锡市蠡湖大道1800号 邮编：214122</p><p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05012345号-1</a></p></div>
</body></html>"""
    )


def vsb_items(
    titles: list[str], dates: list[str], base: str, start_id: int
) -> list[tuple[str, str, str]]:
    return [
        (t, dt, f"{base}{start_id - i}.htm")
        for i, (t, dt) in enumerate(zip(titles, dates, strict=False))
    ]


# =================================================================== S1 university

UNI_SECTIONS = [
    (
        "学校概况",
        "xxgk.htm",
        [
            "学校简介",
            "现任领导",
            "历任领导",
            "机构设置",
            "校史沿革",
            "校园风光",
            "学校章程",
            "统计数据",
        ],
    ),
    ("院系设置", "yxsz.htm", COLLEGES[:14]),
    ("教育教学", "jyjx.htm", ["本科生教育", "研究生教育", "继续教育", "国际教育", "教学质量"]),
    ("科学研究", "kxyj.htm", ["科研机构", "科研平台", "学术期刊", "科研成果", "人文社科"]),
    ("师资队伍", "szdw.htm", ["两院院士", "国家级人才", "省部级人才", "人才招聘"]),
    ("招生就业", "zsjy.htm", ["本科招生", "研究生招生", "留学生招生", "就业信息网"]),
    ("合作交流", "hzjl.htm", ["国际合作", "港澳台交流", "校地合作", "校友会", "教育发展基金会"]),
    ("校园生活", "xysh.htm", ["学生社团", "文体活动", "心理健康", "后勤服务", "图书馆", "校医院"]),
    ("信息公开", "xxgk1.htm", ["信息公开指南", "信息公开目录", "依申请公开", "年度报告"]),
]

uni_news_titles = [
    "学校召开2026年秋季学期本科教育教学工作推进会",
    "我校12项成果获2026年度江苏省科学技术奖",
    "学校与无锡市人民政府签署新一轮全面战略合作协议",
    "我校举行第十九届“挑战杯”校内选拔赛决赛",
    "学校党委召开党纪学习教育总结会",
    "我校入选教育部首批“人工智能+高等教育”应用场景典型案例",
    "学校举办2026年国际食品科学与技术青年学者论坛",
    "校领导带队赴西部高校开展对口支援工作",
    "我校在第十届中国国际“互联网+”大学生创新大赛中获金奖",
]
uni_news_dates = [
    "2026-11-24",
    "2026-11-23",
    "2026-11-21",
    "2026-11-20",
    "2026-11-19",
    "2026-11-17",
    "2026-11-15",
    "2026-11-13",
    "2026-11-11",
]

uni_media = [
    (
        "人民日报：江南理工大学以有组织科研服务地方产业",
        "http://paper.people.com.cn/rmrb/pc/content/202611/22/content_30123456.html",
        "2026-11-22",
    ),
    (
        "中国教育报：打通科技成果转化“最后一公里”",
        "http://paper.jyb.cn/zgjyb/html/2026-11/20/content_654321.htm",
        "2026-11-20",
    ),
    ("新华日报：一所工科大学的“产教融合”答卷", "info/1022/18765.htm", "2026-11-18"),
    (
        "央视新闻：大学生把实验室搬进田间地头",
        "https://news.cctv.com/2026/11/16/ARTIabcdef1234567.shtml",
        "2026-11-16",
    ),
    (
        "光明日报：新工科建设的江南探索",
        "https://news.gmw.cn/2026-11/12/content_37123456.htm",
        "2026-11-12",
    ),
    (
        "中国青年报：00后研究生扎根一线做科研",
        "http://zqb.cyol.com/html/2026-11/09/nw.D110000zgqnb_20261109_2-05.htm",
        "2026-11-09",
    ),
]

uni_notice = [
    ("关于2026年冬季学期校园一卡通系统升级停机的通知", "2026-11-23"),
    ("关于做好2027届毕业生就业推荐表发放工作的通知", "2026-11-21"),
    ("关于开展2026年度实验室安全专项检查的通知", "2026-11-19"),
    ("关于公布2026年校级教学成果奖评审结果的公示", "2026-11-17"),
    ("关于2026-2027学年第一学期期末考试安排的通知", "2026-11-14"),
    ("关于申报2027年度国家自然科学基金项目的通知", "2026-11-12"),
    ("关于举办2026年教职工冬季运动会的通知", "2026-11-10"),
]

uni_events = [  # event days: ahead of today, and two past ones
    (
        "【学术讲座】大模型时代的智能制造：机遇与挑战",
        "2026-12-03",
        "主讲人：王建国 院士",
        "蠡湖校区 图书馆报告厅",
    ),
    (
        "【蠡湖论坛】食品安全与营养健康前沿进展",
        "2026-12-01",
        "主讲人：Prof. Anna Schmidt",
        "食品学院 B201",
    ),
    (
        "【学术报告】高性能纤维材料的结构设计",
        "2026-11-28",
        "主讲人：李明 教授",
        "纺织服装学院 C305",
    ),
    ("【讲座预告】数字经济背景下的企业创新", "2026-11-27", "主讲人：陈晓 研究员", "商学院 报告厅"),
    ("【学术讲座】碳中和目标下的能源转型路径", "2026-11-18", "主讲人：赵平 教授", "能源楼 101"),
    ("【学术报告】生物制造与合成生物学", "2026-11-12", "主讲人：刘洋 教授", "生工楼 报告厅"),
]

uni_zsjy = [
    ("2027年江南理工大学高水平运动队招生简章", "2026-11-18"),
    ("江南理工大学2027届毕业生秋季大型双选会邀请函", "2026-11-16"),
    ("2027年“强基计划”招生宣传进校园活动安排", "2026-11-10"),
    ("2026年江苏省高校毕业生就业质量年度报告发布", "2026-11-04"),
    ("江南理工大学2027年港澳台侨联招招生简章", "2026-10-28"),
]


def uni_home() -> str:
    cards = []
    for i, (t, dt) in enumerate(zip(uni_news_titles[:3], uni_news_dates[:3], strict=False)):
        y, m, dd = dt.split("-")
        cards.append(f"""<li class="card">
<div class="pic"><a href="info/1021/{23456 - i}.htm" target="_blank"><img src="__local/{i:02X}/5A/3C/E1F0A9B8C7D6_{i}.jpg" alt="{t}"></a></div>
<div class="txt"><div class="time"><h3>{dd}</h3><p>{y}.{m}</p></div>
<h4><a href="info/1021/{23456 - i}.htm" target="_blank" title="{t}">{t}</a></h4>
<p class="zy">{t}。近日，学校相关部门围绕该项工作进行了部署，校领导出席并讲话……</p></div></li>""")
    news_list = "\n".join(
        f'<li><a href="info/1021/{23453 - i}.htm" target="_blank" title="{t}">{t}</a><span>{dt}</span></li>'
        for i, (t, dt) in enumerate(zip(uni_news_titles[3:], uni_news_dates[3:], strict=False))
    )
    media = "\n".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{dt[5:]}</span></li>'
        for t, h, dt in uni_media
    )
    notice = "\n".join(
        f'<li><div class="date"><span>{dt[8:]}</span><em>{dt[:7]}</em></div>'
        f'<a href="info/1023/{9876 - i}.htm" target="_blank" title="{t}">{t}</a></li>'
        for i, (t, dt) in enumerate(uni_notice)
    )
    events = "\n".join(
        f'<li><a href="info/1024/{5432 - i}.htm" target="_blank" title="{t}"><h4>{t}</h4></a>'
        f'<p>{who}</p><p>时间：<span class="rq">{dt}</span> 14:30</p><p>地点：{where}</p></li>'
        for i, (t, dt, who, where) in enumerate(uni_events)
    )
    zsjy = "\n".join(
        f'<li><a href="info/1025/{4321 - i}.htm" target="_blank" title="{t}">{t}</a><span>[{dt}]</span></li>'
        for i, (t, dt) in enumerate(uni_zsjy)
    )
    banners = "\n".join(
        f'<div class="swiper-slide"><a href="info/1021/{23456 - i}.htm"><img src="__local/B/{i}1/banner{i}.jpg" alt="{t}"></a></div>'
        for i, t in enumerate(
            ["奋进新征程 建功新时代", "2026年研究生开学典礼", "蠡湖秋色", "第十届运动会开幕"]
        )
    )
    colleges = "\n".join(
        f'<option value="http://{c}.jnut.edu.cn/">{n}</option>'
        for c, n in zip(
            [
                "jxgc",
                "clxy",
                "dqxy",
                "jsj",
                "ai",
                "hgxy",
                "sgxy",
                "spxy",
                "fzxy",
                "tmxy",
                "jzxy",
                "jgxy",
                "fxy",
                "mkszy",
                "wyxy",
                "lxy",
                "sjxy",
                "yxy",
                "yxy2",
                "tyxy",
                "jxjy",
                "gjjy",
                "cxcy",
            ],
            COLLEGES,
            strict=False,
        )
    )
    offices = "\n".join(
        f'<option value="http://o{i}.jnut.edu.cn/">{n}</option>' for i, n in enumerate(OFFICES)
    )
    special = "\n".join(
        f'<li><a href="ztzl/zt{i}.htm"><img src="__local/Z/{i}/zt.jpg" alt="{t}"><p>{t}</p></a></li>'
        for i, t in enumerate(
            [
                "学习贯彻党的二十届四中全会精神",
                "本科教育教学审核评估",
                "“十五五”规划编制",
                "校园安全专题",
                "江南讲堂",
                "廉洁文化建设",
            ]
        )
    )
    return (
        vsb_head("江南理工大学")
        + f"""<body>
<div class="top-bar"><div class="wrap"><div class="fl"><a href="https://mail.jnut.edu.cn/">邮件系统</a> | <a href="https://ehall.jnut.edu.cn/">网上办事大厅</a> | <a href="https://lib.jnut.edu.cn/">图书馆</a> | <a href="https://xxgk.jnut.edu.cn/">信息公开</a> | <a href="https://en.jnut.edu.cn/">English</a></div>
<div class="fr"><a href="https://zs.jnut.edu.cn/">本科招生</a> <a href="https://yjsy.jnut.edu.cn/">研究生招生</a> <a href="https://job.jnut.edu.cn/">就业信息</a> <a href="https://xyh.jnut.edu.cn/">校友</a></div></div></div>
<div class="header"><div class="wrap"><div class="logo"><a href="index.htm"><img src="dfiles/1234/images/logo.png" alt="江南理工大学"></a></div>
<div class="search"><form action="search.jsp?wbtreeid=1001" method="post" name="dataForm"><input type="hidden" name="typeid" value="1"><input type="text" name="showkeycode" placeholder="请输入关键字"><input type="submit" value=""></form></div></div></div>
{vsb_megamenu(UNI_SECTIONS)}
<div class="banner swiper-container"><div class="swiper-wrapper">
{banners}
</div><div class="swiper-pagination"></div></div>
<div class="wrap section1 clearfix">
<!--#begineditable clone="0" namechinese="学校要闻" viewid="153301" tagname="学校要闻" restorename="学校要闻" type="news" layout="" -->
<div class="xxyw">
<div class="title"><h2>学校要闻</h2><span>NEWS</span><a class="more" href="xwzx/xxyw.htm">MORE +</a></div>
<ul class="cards">
{chr(10).join(cards)}
</ul>
<ul class="list">
{news_list}
</ul>
</div>
<!--#endeditable-->
<div class="mtbd">
<div class="title"><h2>媒体报道</h2><a class="more" href="xwzx/mtbd.htm">更多&gt;&gt;</a></div>
<ul>
{media}
</ul>
</div>
</div>
<div class="wrap section2 clearfix">
<div class="tzgg">
<div class="title"><h2>通知公告</h2><a class="more" href="tzgg.htm">更多&gt;&gt;</a></div>
<ul>
{notice}
</ul>
</div>
<div class="xshd">
<div class="title"><h2>学术活动</h2><a class="more" href="xshd.htm">更多&gt;&gt;</a></div>
<ul>
{events}
</ul>
</div>
<div class="zsjy">
<div class="title"><h2>招生就业</h2><a class="more" href="zsjy1.htm">更多&gt;&gt;</a></div>
<ul>
{zsjy}
</ul>
</div>
</div>
<div class="wrap section3 clearfix">
<div class="xl">
<div class="title"><h2>校历</h2><a class="more" href="xl.htm">查看全年校历</a></div>
<div class="xl-box"><p class="xq">2026-2027学年第一学期</p><p class="zc">第<span id="weekno">13</span>周</p>
<p>本学期：2026年9月7日 — 2027年1月17日</p><p>寒假：2027年1月18日 — 2027年2月21日</p>
<script type="text/javascript">var d=new Date();document.getElementById('weekno').innerHTML=Math.ceil((d-new Date('2026-09-07'))/604800000);</script>
</div>
</div>
<div class="ztzl"><div class="title"><h2>专题专栏</h2></div><ul>{special}</ul></div>
</div>
<div class="links wrap">
<select onchange="window.open(this.value)"><option>学院网站</option>{colleges}</select>
<select onchange="window.open(this.value)"><option>职能部门</option>{offices}</select>
<select onchange="window.open(this.value)"><option>友情链接</option><option value="http://www.moe.gov.cn/">中华人民共和国教育部</option><option value="http://jyt.jiangsu.gov.cn/">江苏省教育厅</option><option value="https://www.chsi.com.cn/">中国高等教育学生信息网</option></select>
</div>
<div class="footer"><div class="wrap">
<div class="f-logo"><img src="dfiles/1234/images/flogo.png" alt=""></div>
<div class="f-txt"><p>地址：江苏省无锡市蠡湖大道1800号 邮编：214122 电话：0510-85910000</p>
<p>版权所有 © 2026 江南理工大学 <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05012345号-1</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32021102000123" target="_blank">苏公网安备 32021102000123号</a></p></div>
<div class="f-ewm"><img src="dfiles/1234/images/wx.jpg" alt="官方微信"><p>官方微信</p><img src="dfiles/1234/images/wb.jpg" alt="官方微博"><p>官方微博</p></div>
</div></div>
{long_script("江南理工大学")}
<script>var swiper=new Swiper('.banner',{{autoplay:{{delay:5000}},loop:true,pagination:{{el:'.swiper-pagination',clickable:true}}}});</script>
</body></html>"""
    )


UNI_SIDE = [
    "学校要闻",
    "媒体报道",
    "通知公告",
    "学术活动",
    "招生就业",
    "校园快讯",
    "视频新闻",
    "图片新闻",
]


def uni_pages() -> dict[str, str]:
    news_t = uni_news_titles + pool_titles(11, 1)
    news_d = uni_news_dates + back_dates("2026-11-09", 11, 2)
    media_items = [(t, dt, h if h.startswith("http") else "../" + h) for t, h, dt in uni_media] + [
        (f"{p}：{t}", dt, f"../info/1022/{18700 - i}.htm")
        for i, (p, t, dt) in enumerate(
            zip(
                ["新华社", "江苏卫视", "无锡日报", "交汇点新闻", "扬子晚报"] * 3,
                pool_titles(12, 2),
                back_dates("2026-11-05", 12, 4),
                strict=False,
            )
        )
    ]
    notice_t = [t for t, _ in uni_notice] + [f"关于{x}工作的通知" for x in FILLERS[:12]]
    notice_d = [dt for _, dt in uni_notice] + back_dates("2026-11-08", 12, 2)
    ev_items = [
        (f"{t}（{dt} 14:30，{where}）", dt, f"../info/1024/{5432 - i}.htm")
        for i, (t, dt, _, where) in enumerate(uni_events)
    ]
    ev_items += [
        (f"【学术讲座】{x}前沿进展", dt, f"../info/1024/{5400 - i}.htm")
        for i, (x, dt) in enumerate(zip(FILLERS, back_dates("2026-11-06", 12, 3), strict=False))
    ]
    zs_items = [(t, dt, f"../info/1025/{4321 - i}.htm") for i, (t, dt) in enumerate(uni_zsjy)]
    zs_items += [
        (f"{x}相关招生就业信息", dt, f"../info/1025/{4300 - i}.htm")
        for i, (x, dt) in enumerate(zip(FILLERS, back_dates("2026-10-20", 12, 5), strict=False))
    ]
    return {
        "/": uni_home(),
        "/index.htm": uni_home(),
        "/xwzx/xxyw.htm": vsb_list_page(
            "江南理工大学",
            "学校要闻",
            "新闻中心",
            vsb_items(news_t, news_d, "../info/1021/", 23456),
            UNI_SIDE,
        ),
        "/xwzx/mtbd.htm": vsb_list_page(
            "江南理工大学", "媒体报道", "新闻中心", media_items, UNI_SIDE
        ),
        "/tzgg.htm": vsb_list_page(
            "江南理工大学",
            "通知公告",
            "通知公告",
            vsb_items(notice_t, notice_d, "info/1023/", 9876),
            UNI_SIDE,
        ),
        "/xshd.htm": vsb_list_page("江南理工大学", "学术活动", "学术活动", ev_items, UNI_SIDE),
        "/zsjy1.htm": vsb_list_page("江南理工大学", "招生就业", "招生就业", zs_items, UNI_SIDE),
    }


UNI = Site(
    key="uni",
    host="www.jnut.edu.cn",
    name="江南理工大学",
    cms="博达 VSB 9",
    start="/",
    pages={},
    truth=Truth(
        status="healthy",
        passed=True,
        last_updated="2026-11-24",
        must=(),
        must_not=(
            "homepage_stale",
            "column_stale",
            "column_empty",
            "future_dated",
            "undated",
            "abandoned",
            *CLEAN,
        ),
        status_home="healthy",
        passed_home=True,
        must_home=(),
        must_not_home=("homepage_stale", "undated", "abandoned", *CLEAN),
        homepage_date="2026-11-24",
        columns=[
            Col("学校要闻", ("news",), "2026-11-24"),
            Col("媒体报道", ("news",), "2026-11-22"),
            Col("通知公告", ("notice",), "2026-11-23"),
            Col("学术活动", ("other",), "2026-11-18"),
            Col("招生就业", ("notice", "other"), "2026-11-18"),
        ],
    ),
)

# =================================================================== S2 college (VSB 站群)

COL_SECTIONS = [
    ("学院概况", "xygk.htm", ["学院简介", "现任领导", "机构设置", "历史沿革"]),
    ("师资队伍", "szdw.htm", ["教授", "副教授", "讲师", "博士后", "人才招聘"]),
    ("本科教学", "bkjx.htm", ["专业介绍", "培养方案", "教学管理", "实践教学"]),
    ("研究生教育", "yjsjy.htm", ["学科介绍", "导师队伍", "招生信息", "培养管理"]),
    ("科学研究", "kxyj.htm", ["科研平台", "科研团队", "科研成果"]),
    ("党建工作", "djgz.htm", ["组织建设", "理论学习", "廉政建设", "工会工作"]),
    ("学生工作", "xsgz.htm", ["学生党建", "团学活动", "资助工作", "心理健康"]),
    ("招生就业", "zsjy.htm", ["本科招生", "研究生招生", "就业指导"]),
]

col_blocks = {
    "学院新闻": (
        "xyxw.htm",
        "1051",
        [
            ("我院召开2026年春季学期期末教学工作总结会", "2026-06-19"),
            ("我院学子在全国大学生机械创新设计大赛中获一等奖", "2026-06-12"),
            ("学院举行2026届毕业生学位授予仪式", "2026-06-08"),
            ("学院党委开展“七一”主题党日活动", "2026-06-03"),
            ("我院与无锡某装备集团共建联合实验室揭牌", "2026-05-27"),
            ("学院召开研究生导师工作会议", "2026-05-20"),
        ],
    ),
    "通知公告": (
        "tzgg.htm",
        "1052",
        [
            ("关于2026年机械工程学院研究生国家奖学金评审结果的公示", "2026-11-19"),
            ("关于开展2026年度学院实验室安全自查的通知", "2026-11-17"),
            ("机械工程学院2027年推免生复试名单公示", "2026-11-12"),
            ("关于做好2027届毕业设计（论文）选题工作的通知", "2026-11-06"),
            ("关于举办第十二届“江南杯”机械设计竞赛的通知", "2026-10-28"),
            ("机械工程学院2026年教职工年度考核工作安排", "2026-10-20"),
        ],
    ),
    "学术交流": (
        "xsjl.htm",
        "1053",
        [
            ("德国亚琛工业大学Schmitt教授来院作学术报告", "2026-11-16"),
            ("“智能装备与先进制造”青年学者论坛在我院举办", "2026-11-02"),
            ("学院教师参加国际机器人与自动化会议并作报告", "2026-10-18"),
            ("哈尔滨工业大学王教授来院交流", "2026-10-09"),
            ("学院举办精密加工技术学术沙龙", "2026-09-26"),
        ],
    ),
    "党建工作": (
        "djgz.htm",
        "1054",
        [
            ("学院党委召开党纪学习教育专题组织生活会", "2026-09-28"),
            ("机械系教工党支部开展“红色教育”主题党日活动", "2026-09-15"),
            ("学院党委理论学习中心组专题学习全会精神", "2026-09-03"),
            ("学生第一党支部召开党员发展大会", "2026-07-10"),
            ("学院党委书记讲专题党课", "2026-06-30"),
        ],
    ),
    "学生工作": (
        "xsgz.htm",
        "1055",
        [
            ("学院举办2026级新生入学教育系列讲座", "2026-11-20"),
            ("学院开展秋季学生宿舍安全检查", "2026-11-13"),
            ("学院召开2026-2027学年奖助学金评审工作会", "2026-11-05"),
            ("学院组织学生参加秋季运动会获团体第三名", "2026-10-29"),
            ("学院开展“心理健康月”主题活动", "2026-10-22"),
        ],
    ),
    "招生就业": (
        "zsjy.htm",
        "1056",
        [
            ("机械工程学院2027届毕业生专场招聘会邀请函", "2026-11-12"),
            ("2027年机械工程学院硕士研究生招生宣讲安排", "2026-11-03"),
            ("学院2026届毕业生就业质量报告", "2026-10-26"),
            ("关于参加2027届毕业生秋季双选会的通知", "2026-10-15"),
        ],
    ),
}


def college_home() -> str:
    blocks = []
    for i, (name, (href, vid, items)) in enumerate(col_blocks.items()):
        lis = "\n".join(
            f'<li><a href="info/{vid}/{3000 - k}.htm" target="_blank" title="{t}">{t}</a><span class="fr">{dt}</span></li>'
            for k, (t, dt) in enumerate(items)
        )
        if name == "学院新闻":
            first_t, first_d = items[0]
            blocks.append(f"""<!--#begineditable clone="0" namechinese="{name}" viewid="1{vid}" tagname="{name}" restorename="{name}" type="news" -->
<div class="box box{i} news-box">
<div class="box-tit"><h3><a href="{href}">{name}</a></h3><a class="more" href="{href}">更多</a></div>
<div class="pic-news"><a href="info/{vid}/3000.htm"><img src="__local/A/{i}/pic.jpg" alt="{first_t}"></a><p><a href="info/{vid}/3000.htm">{first_t}</a></p><span>{first_d}</span></div>
<ul class="box-list">
{lis}
</ul></div>
<!--#endeditable-->""")
        else:
            blocks.append(f"""<!--#begineditable clone="0" namechinese="{name}" viewid="1{vid}" tagname="{name}" restorename="{name}" type="news" -->
<div class="box box{i}">
<div class="box-tit"><h3><a href="{href}">{name}</a></h3><a class="more" href="{href}">更多</a></div>
<ul class="box-list">
{lis}
</ul></div>
<!--#endeditable-->""")
    teachers = "\n".join(
        f'<li><a href="szdw/js{i}.htm"><img src="__local/T/{i}.jpg" alt="{n}"><p>{n}</p><em>{t}</em></a></li>'
        for i, (n, t) in enumerate(
            [
                ("张伟", "教授 博导"),
                ("李娜", "教授"),
                ("王强", "副教授"),
                ("刘洋", "研究员"),
                ("陈静", "副教授"),
                ("杨帆", "讲师"),
                ("赵磊", "教授 博导"),
                ("黄敏", "副研究员"),
            ]
        )
    )
    return (
        vsb_head("机械工程学院-江南理工大学")
        + f"""<body>
<div class="top"><div class="wrap"><span>欢迎访问江南理工大学机械工程学院！</span><a href="http://www.jnut.edu.cn/">学校主页</a> | <a href="en/index.htm">English</a></div></div>
<div class="header"><div class="wrap"><a href="index.htm" class="logo"><img src="dfiles/1234/images/logo-jx.png" alt="江南理工大学机械工程学院"></a>
<form action="search.jsp?wbtreeid=1001" method="post"><input type="text" name="showkeycode"><input type="submit" value="搜索"></form></div></div>
{vsb_megamenu(COL_SECTIONS)}
<div class="banner"><ul class="slides"><li><img src="__local/B/1/b1.jpg" alt="砥砺奋进 笃行致远"></li><li><img src="__local/B/2/b2.jpg" alt="机械工程学院欢迎您"></li></ul></div>
<div class="wrap main clearfix">
{chr(10).join(blocks)}
</div>
<div class="wrap teachers"><div class="box-tit"><h3>师资风采</h3><a class="more" href="szdw.htm">更多</a></div><ul>{teachers}</ul></div>
<div class="wrap quick"><ul><li><a href="http://jwc.jnut.edu.cn/">教务系统</a></li><li><a href="http://yjsy.jnut.edu.cn/">研究生管理系统</a></li><li><a href="http://lib.jnut.edu.cn/">图书馆</a></li><li><a href="http://ehall.jnut.edu.cn/">办事大厅</a></li><li><a href="xzzx.htm">下载中心</a></li></ul></div>
<div class="footer"><p>版权所有 © 2026 江南理工大学机械工程学院 地址：江苏省无锡市蠡湖大道1800号 机械楼 电话：0510-85910560</p><p>苏ICP备05012345号-1</p></div>
{long_script("机械工程学院")}
</body></html>"""
    )


def college_pages() -> dict[str, str]:
    side = list(col_blocks)
    pages = {"/": college_home(), "/index.htm": college_home()}
    for name, (href, vid, items) in col_blocks.items():
        older = back_dates(items[-1][1], 14, 9, seed=len(name))[1:]
        titles = [t for t, _ in items] + [f"{name}：{x}相关工作" for x in FILLERS[: len(older)]]
        dates = [dt for _, dt in items] + older
        pages["/" + href] = vsb_list_page(
            "江南理工大学机械工程学院",
            name,
            name,
            vsb_items(titles, dates, f"info/{vid}/", 3000),
            side,
            pages=6,
        )
    return pages


COLLEGE = Site(
    key="college",
    host="jxgc.jnut.edu.cn",
    name="江南理工大学机械工程学院",
    cms="博达 VSB 站群",
    start="/",
    pages={},
    truth=Truth(
        # news stopped in June, notices moved last week: the homepage is fresh (its newest
        # item is a notice of 11-19), one news column is stale: a finding, not a veto.
        status="stale",
        passed=True,
        last_updated="2026-11-20",
        must=("column_stale",),
        must_not=("homepage_stale", "column_empty", "abandoned", "future_dated", *CLEAN),
        status_home="healthy",
        passed_home=True,
        must_home=(),
        must_not_home=("homepage_stale", "abandoned", "undated", *CLEAN),
        homepage_date="2026-11-20",
        columns=[
            Col("学院新闻", ("news",), "2026-06-19"),
            Col("通知公告", ("notice",), "2026-11-19"),
            Col("学术交流", ("news", "other"), "2026-11-16"),
            Col("党建工作", ("other",), "2026-09-28"),
            Col("学生工作", ("news", "other"), "2026-11-20"),
            Col("招生就业", ("notice", "other"), "2026-11-12"),
        ],
    ),
)

# =================================================================== S3 middle school (帝国CMS)

SCH_COLS = {
    "校园新闻": (
        "xyxw",
        [
            ("我校举行2026年秋季田径运动会", "2026-11-24"),
            ("高一年级开展研学实践活动", "2026-11-21"),
            ("我校学子在全国中学生物理竞赛中获佳绩", "2026-11-18"),
            ("青山一中召开期中教学质量分析会", "2026-11-14"),
            ("我校举办第二十届科技文化艺术节", "2026-11-10"),
            ("市教育局领导来校调研指导工作", "2026-11-05"),
            ("我校开展消防安全应急疏散演练", "2026-10-30"),
        ],
    ),
    "通知公告": (
        "tzgg",
        [
            ("青山市第一中学2027年教师招聘面试公告", "2026-11-20"),
            ("关于2026年冬季作息时间调整的通知", "2026-11-16"),
            ("关于举行高三第二次模拟考试的通知", "2026-11-09"),
            ("青山一中2026年秋季家长会安排", "2026-11-02"),
            ("关于规范校服征订工作的公告", "2026-10-20"),
        ],
    ),
    "德育之窗": (
        "dyzc",
        [
            ("高二（3）班开展“感恩父母”主题班会", "2026-11-17"),
            ("我校举行“宪法宣传周”主题升旗仪式", "2026-11-10"),
            ("心理健康教育讲座走进初三年级", "2026-11-03"),
            ("学生会换届选举大会顺利召开", "2026-10-27"),
            ("我校开展文明班级评比活动", "2026-10-20"),
        ],
    ),
    "党建工作": (
        "djgz",
        [
            ("学校党总支开展党纪学习教育专题党课", "2026-10-30"),
            ("第二党支部开展“红色阅读”主题党日", "2026-10-16"),
            ("学校党总支召开组织生活会", "2026-09-25"),
            ("党员教师志愿服务进社区", "2026-09-12"),
        ],
    ),
    "教学教研": (
        "jxjy",
        [
            ("语文组开展“大单元教学”公开课研讨活动", "2026-11-13"),
            ("我校承办青山市高中数学教研活动", "2026-11-06"),
            ("英语组开展新教师汇报课", "2026-10-29"),
            ("我校3位教师获市优质课评比一等奖", "2026-10-22"),
        ],
    ),
}


def ecms_url(col: str, dt: str, i: int) -> str:
    return f"/{col}/{dt}/{1800 - i}.html"


def school_home() -> str:
    blocks = []
    for bi, (name, (slug, items)) in enumerate(SCH_COLS.items()):
        lis = "\n".join(
            f'<li><span class="time">{dt[5:]}</span><a href="{ecms_url(slug, dt, bi * 10 + k)}" title="{t}" target="_blank">{t}</a></li>'
            for k, (t, dt) in enumerate(items)
        )
        blocks.append(f"""<div class="mod mod-{slug}">
<div class="mod-hd"><h2>{name}</h2><a href="/{slug}/" class="more">more&gt;</a></div>
<div class="mod-bd"><ul class="list-dot">
{lis}
</ul></div></div>""")
    videos = "\n".join(
        f'<li><a href="/spzx/{1200 - i}.html" target="_blank"><img src="/d/file/spzx/thumb{i}.jpg" alt="{t}"><i class="play"></i><p>{t}</p></a></li>'
        for i, t in enumerate(
            [
                "青山一中2026年宣传片",
                "第二十届科技文化艺术节精彩回顾",
                "高三励志演讲《追光》",
                "校园四季",
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>青山市第一中学</title>
<meta name="keywords" content="青山一中,青山市第一中学,省重点中学">
<meta name="description" content="青山市第一中学始建于1923年，是省首批重点中学、省示范性普通高中。">
<link href="/skin/default/css/base.css" rel="stylesheet">
<link href="/skin/default/css/index.css" rel="stylesheet">
<script src="/skin/default/js/jquery-1.11.3.min.js"></script>
<script src="/skin/default/js/jquery.SuperSlide.2.1.3.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问青山市第一中学官方网站</span><div class="fr"><a href="/e/member/login/">教师登录</a><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a><a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a></div></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/skin/default/images/logo.png" alt="青山市第一中学"></a>
<div class="motto">厚德 博学 求实 创新</div>
<form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title"><input name="keyboard" type="text" placeholder="站内搜索"><input type="submit" value="搜索"></form></div>
<div class="nav"><ul class="w1200">
<li><a href="/">网站首页</a></li>
<li><a href="/xxgk/">学校概况</a><dl><dd><a href="/xxgk/xxjj/">学校简介</a></dd><dd><a href="/xxgk/ldtd/">领导团队</a></dd><dd><a href="/xxgk/xxry/">学校荣誉</a></dd><dd><a href="/xxgk/xyfg/">校园风光</a></dd></dl></li>
<li><a href="/xyxw/">校园新闻</a></li>
<li><a href="/tzgg/">通知公告</a></li>
<li><a href="/djgz/">党建工作</a><dl><dd><a href="/djgz/zzjs/">组织建设</a></dd><dd><a href="/djgz/lzjs/">廉政建设</a></dd></dl></li>
<li><a href="/dyzc/">德育之窗</a><dl><dd><a href="/dyzc/bjgl/">班级管理</a></dd><dd><a href="/dyzc/xljk/">心理健康</a></dd><dd><a href="/dyzc/twhd/">团委活动</a></dd></dl></li>
<li><a href="/jxjy/">教学教研</a><dl><dd><a href="/jxjy/jyzx/">教研在线</a></dd><dd><a href="/jxjy/mszc/">名师之窗</a></dd><dd><a href="/jxjy/gkzl/">高考专栏</a></dd></dl></li>
<li><a href="/zsxx/">招生信息</a></li>
<li><a href="/xxgk2/">信息公开</a></li>
</ul></div>
<div class="focus w1200"><div class="bd"><ul>
<li><a href="/xyxw/2026-11-24/1800.html"><img src="/d/file/banner/b1.jpg" alt="我校举行2026年秋季田径运动会"></a></li>
<li><a href="/xyxw/2026-11-18/1798.html"><img src="/d/file/banner/b2.jpg" alt="物理竞赛获佳绩"></a></li>
<li><a href="/xxgk/xxjj/"><img src="/d/file/banner/b3.jpg" alt="百年一中 再创辉煌"></a></li>
</ul></div><div class="hd"><ul></ul></div></div>
<div class="w1200 row1 clearfix">
{blocks[0]}
{blocks[1]}
</div>
<div class="w1200 row2 clearfix">
{blocks[2]}
{blocks[3]}
{blocks[4]}
</div>
<div class="w1200 video-box"><div class="mod-hd"><h2>校园视频</h2><a href="/spzx/" class="more">more&gt;</a></div><ul class="video-list">{videos}</ul></div>
<div class="w1200 links-row"><div class="qr"><img src="/skin/default/images/gzh.jpg" alt="青山一中微信公众号"><p>扫码关注“青山一中”微信公众号</p></div>
<div class="flink"><h3>友情链接</h3><a href="http://jyj.qingshan.gov.cn/" target="_blank">青山市教育局</a><a href="http://www.jssjyt.gov.cn/" target="_blank">省教育厅</a><a href="https://www.zxx.edu.cn/" target="_blank">国家中小学智慧教育平台</a><a href="http://www.qingshan.gov.cn/" target="_blank">青山市人民政府</a></div></div>
<div class="footer"><div class="w1200"><p>Copyright © 2012-2026 青山市第一中学 版权所有 地址：青山市文昌路88号 电话：0571-88123456</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备12034567号-1</a> 技术支持：青山网络 本站已安全运行 <span id="runday">5123</span> 天</p></div></div>
<script>jQuery(".focus").slide({{mainCell:".bd ul",titCell:".hd ul",effect:"leftLoop",autoPlay:true,autoPage:true}});</script>
{long_script("青山一中")}
</body></html>"""


def ecms_list(name: str, slug: str, items: list[tuple[str, str]]) -> str:
    rows = "\n".join(
        f'<li><span>{dt}</span><a href="{ecms_url(slug, dt, k)}" target="_blank">{t}</a></li>'
        for k, (t, dt) in enumerate(items)
    )
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name} - 青山市第一中学</title>
<link href="/skin/default/css/base.css" rel="stylesheet"></head><body>
<div class="header w1200"><a href="/" class="logo"><img src="/skin/default/images/logo.png" alt="青山市第一中学"></a></div>
<div class="nav"><ul class="w1200"><li><a href="/">网站首页</a></li><li><a href="/xyxw/">校园新闻</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/djgz/">党建工作</a></li><li><a href="/dyzc/">德育之窗</a></li><li><a href="/jxjy/">教学教研</a></li></ul></div>
<div class="w1200 clearfix"><div class="side"><h3>{name}</h3></div>
<div class="main"><div class="pos">您的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/{slug}/">{name}</a></div>
<ul class="news-list">
{rows}
</ul>
<div class="pagelist"><a title="Total record">&nbsp;<b>136</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/{slug}/index_2.html">2</a>&nbsp;<a href="/{slug}/index_3.html">3</a>&nbsp;<a href="/{slug}/index_2.html">下一页</a>&nbsp;<a href="/{slug}/index_7.html">尾页</a></div>
</div></div>
<div class="footer"><p>Copyright © 2012-2026 青山市第一中学 版权所有 浙ICP备12034567号-1</p></div></body></html>"""


def school_pages() -> dict[str, str]:
    pages = {"/": school_home(), "/index.html": school_home()}
    for name, (slug, items) in SCH_COLS.items():
        older = back_dates(items[-1][1], 12, 7, seed=len(slug))[1:]
        more = items + [(f"{name}：{x}", dt) for x, dt in zip(FILLERS, older, strict=False)]
        pages[f"/{slug}/"] = ecms_list(name, slug, more)
    pages["/spzx/"] = ecms_list(
        "校园视频", "spzx", [("青山一中2026年宣传片", "2026-09-01"), ("校园四季", "2025-12-20")]
    )
    return pages


SCHOOL = Site(
    key="school",
    host="www.qsyz.net",
    name="青山市第一中学",
    cms="帝国CMS 7.5",
    start="/",
    pages={},
    truth=Truth(
        status="healthy",
        passed=True,
        last_updated="2026-11-24",
        must=(),
        must_not=(
            "homepage_stale",
            "column_stale",
            "column_empty",
            "future_dated",
            "abandoned",
            *CLEAN,
        ),
        status_home="healthy",
        passed_home=True,
        must_home=(),
        must_not_home=("homepage_stale", "undated", "abandoned", *CLEAN),
        homepage_date="2026-11-24",
        columns=[
            Col("校园新闻", ("news",), "2026-11-24"),
            Col("通知公告", ("notice",), "2026-11-20"),
            Col("德育之窗", ("news", "other"), "2026-11-17"),
            Col("党建工作", ("other",), "2026-10-30"),
            Col("教学教研", ("news", "other"), "2026-11-13"),
            Col("校园视频", ("other",), "2026-09-01", optional=True),
        ],
    ),
)

# =================================================================== S4 kindergarten (DedeCMS, GBK), abandoned

KG_COLS = {
    "园所新闻": (
        "yswx",
        [
            ("我园举行2023届大班毕业典礼", "2023-06-28"),
            ("“六一”国际儿童节亲子游园活动", "2023-06-01"),
            ("我园开展防溺水安全教育活动", "2023-05-24"),
            ("春季运动会圆满落幕", "2023-04-26"),
            ("青山区教育局领导来园视察", "2023-04-12"),
            ("我园开展植树节主题活动", "2023-03-13"),
        ],
    ),
    "通知公告": (
        "tzgg",
        [
            ("2023年暑假放假通知", "2023-06-15"),
            ("关于缴纳2023年春季保教费的通知", "2023-02-20"),
            ("2023年寒假安全告家长书", "2023-01-10"),
        ],
    ),
    "育儿知识": (
        "yezs",
        [
            ("幼儿夏季饮食注意事项", "2023-05-20"),
            ("如何培养孩子良好的睡眠习惯", "2023-04-18"),
            ("幼小衔接，家长应该做什么", "2023-03-22"),
        ],
    ),
    "招生信息": (
        "zsxx",
        [
            ("青山区实验幼儿园2023年秋季招生简章", "2023-04-10"),
            ("2023年新生报名须知", "2023-04-10"),
        ],
    ),
}


def dede_url(slug: str, dt: str, i: int) -> str:
    return f"/a/{slug}/{dt[:4]}/{dt[5:7]}{dt[8:]}/{500 - i}.html"


def kg_home() -> str:
    blocks = []
    for bi, (name, (slug, items)) in enumerate(KG_COLS.items()):
        lis = "\n".join(
            f'<li><span class="date">{dt}</span>·<a href="{dede_url(slug, dt, bi * 10 + k)}" target="_blank">{t}</a></li>'
            for k, (t, dt) in enumerate(items)
        )
        blocks.append(f"""<div class="box">
<div class="box_title"><span class="title_name">{name}</span><span class="title_more"><a href="/a/{slug}/">更多&gt;&gt;</a></span></div>
<div class="box_con"><ul>
{lis}
</ul></div></div>""")
    albums = "\n".join(
        f'<li><a href="/a/bjfc/{c}/"><img src="/uploads/allimg/230{i + 1}/1-23{i:02d}.jpg" alt="{c}"><p>{c}</p></a></li>'
        for i, c in enumerate(["大一班", "大二班", "中一班", "中二班", "小一班", "小二班"])
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>青山区实验幼儿园</title>
<meta name="keywords" content="青山区实验幼儿园,幼儿园,学前教育" />
<meta name="description" content="青山区实验幼儿园是省一级幼儿园" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script src="/templets/default/js/jquery.js" language="javascript" type="text/javascript"></script>
</head>
<body>
<div class="header">
<div class="top"><div class="top-date">今天是：2026年11月25日 星期三</div>
<div class="weather"><iframe allowtransparency="true" frameborder="0" width="290" height="26" scrolling="no" src="//tianqi.2345.com/plugin/widget/index.htm?s=3&z=1&t=1&v=0&d=1&bd=0&k=&f=&ltf=009944&htf=cc0000&q=1&e=0&a=1&c=54511&w=290&h=26&align=center"></iframe>
<span class="wtxt">青山 多云 6℃~15℃ 东北风2级 空气质量：良</span></div></div>
<div class="logo"><a href="/"><img src="/templets/default/images/logo.gif" alt="青山区实验幼儿园" /></a></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/a/ysgk/">园所概况</a></li><li><a href="/a/yswx/">园所新闻</a></li><li><a href="/a/tzgg/">通知公告</a></li>
<li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/yezs/">育儿知识</a></li><li><a href="/a/bjfc/">班级风采</a></li><li><a href="/a/zsxx/">招生信息</a></li><li><a href="/a/lxwm/">联系我们</a></li>
</ul></div></div>
<div class="flash"><script type="text/javascript">var pics='/uploads/allimg/230601/1.jpg|/uploads/allimg/230601/2.jpg';var texts='快乐童年|健康成长';</script>
<img src="/uploads/allimg/230601/1.jpg" alt="快乐童年 健康成长" /></div>
<div class="w960 clear">
<div class="pleft">{blocks[0]}{blocks[1]}</div>
<div class="pright">{blocks[2]}{blocks[3]}
<div class="box"><div class="box_title"><span class="title_name">园长寄语</span></div><div class="box_con"><p>让每一个孩子都能在爱的阳光下快乐成长！我们以“快乐、健康、自信”为办园目标……</p></div></div></div>
</div>
<div class="w960 album"><div class="box_title"><span class="title_name">班级风采</span><span class="title_more"><a href="/a/bjfc/">更多&gt;&gt;</a></span></div><ul>{albums}</ul></div>
<div class="footer w960"><p>Copyright &copy; 2018-2023 青山区实验幼儿园 版权所有</p><p>地址：青山区解放路12号 电话：0571-86012345 <a href="https://beian.miit.gov.cn/">浙ICP备18012345号-1</a></p>
<p>Power by <a href="http://www.dedecms.com" target="_blank">DedeCms</a></p></div>
<script language="javascript">function SetHome(obj,vrl){{try{{obj.style.behavior='url(#default#homepage)';obj.setHomePage(vrl);}}catch(e){{}}}}</script>
</body></html>"""


def dede_list(name: str, slug: str, items: list[tuple[str, str]], year: str) -> str:
    rows = "\n".join(
        f'<li><a href="{dede_url(slug, dt, k)}" class="title">{t}</a><span class="info"><small>日期：</small>{dt}<small>点击：</small>{100 + k * 13}</span></li>'
        for k, (t, dt) in enumerate(items)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{name}_青山区实验幼儿园</title></head><body>
<div class="header"><div class="logo"><a href="/"><img src="/templets/default/images/logo.gif" alt="青山区实验幼儿园" /></a></div></div>
<div class="w960"><div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/{slug}/'>{name}</a> > </div>
<div class="listbox"><ul class="e2">
{rows}
</ul></div>
<div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">共 <strong>1</strong>页<strong>{len(items)}</strong>条记录</span></li></ul></div></div>
<div class="footer"><p>Copyright &copy; 2018-{year} 青山区实验幼儿园 版权所有</p></div></body></html>"""


def kg_pages() -> dict[str, str]:
    pages = {"/": kg_home(), "/index.html": kg_home()}
    for name, (slug, items) in KG_COLS.items():
        older = back_dates(items[-1][1], 6, 20)[1:]
        pages[f"/a/{slug}/"] = dede_list(
            name, slug, items + [(f"{name}（{i}）", dt) for i, dt in enumerate(older)], "2023"
        )
    return pages


KINDER = Site(
    key="kinder",
    host="www.qssyyey.cn",
    name="青山区实验幼儿园",
    cms="织梦 DedeCMS 5.7 (GBK)",
    start="/",
    charset="gbk",
    pages={},
    truth=Truth(
        status="zombie",
        passed=False,
        last_updated="2023-06-28",
        must=("abandoned", "homepage_stale", "column_stale"),
        must_not=CLEAN,
        status_home="zombie",
        passed_home=False,
        must_home=("abandoned", "homepage_stale"),
        must_not_home=CLEAN,
        homepage_date="2023-06-28",
        columns=[
            Col("园所新闻", ("news",), "2023-06-28"),
            Col("通知公告", ("notice",), "2023-06-15"),
            Col("育儿知识", ("other", "news"), "2023-05-20"),
            Col("招生信息", ("notice", "other"), "2023-04-10"),
        ],
    ),
)

# =================================================================== S5 city hospital (SiteServer CMS)

HOSP_COLS = {
    "医院新闻": (
        "12",
        [
            ("我院成功开展首例经导管主动脉瓣置换术", "2026-10-28"),
            ("我院召开2026年三季度医疗质量安全分析会", "2026-10-23"),
            ("市卫健委领导来我院督导“改善就医感受”工作", "2026-10-17"),
            ("我院举办第五届护理技能竞赛", "2026-10-11"),
            ("我院医疗队赴山区开展义诊", "2026-09-29"),
        ],
    ),
    "健康科普": (
        "15",
        [
            ("秋冬季节，警惕流感与支原体肺炎叠加", "2026-10-21"),
            ("“三高”人群冬季如何科学运动", "2026-10-14"),
            ("世界卒中日：识别卒中“BE FAST”口诀", "2026-10-29"),
            ("儿童近视防控，家长要做好这几点", "2026-09-30"),
        ],
    ),
    "通知公告": (
        "13",
        [
            ("关于2026年国庆节假期门诊安排的通知", "2026-09-30"),
            ("青山市人民医院医用耗材采购项目成交公告", "2026-09-18"),
            ("关于启用新版门诊电子病历的公告", "2026-09-05"),
        ],
    ),
    "招聘信息": (
        "14",
        [
            ("青山市人民医院2026年下半年编外人员招聘公告", "2026-10-15"),
            ("2026年规范化培训住院医师招收简章", "2026-07-20"),
            ("青山市人民医院2026年高层次人才引进公告", "2026-05-12"),
        ],
    ),
}


def ss_url(ch: str, i: int) -> str:
    return f"/contents/{ch}/{9000 - i}.html"


ROSTER = [
    ("心血管内科", "王立新 主任医师", ["上午", "", "全天", "", "上午", "", ""]),
    ("消化内科", "孙海 主任医师", ["", "下午", "", "上午", "", "上午", ""]),
    ("神经内科", "周敏 副主任医师", ["全天", "", "上午", "", "下午", "", ""]),
    ("呼吸与危重症医学科", "吴涛 主任医师", ["", "上午", "", "全天", "", "", "上午"]),
    ("普外科", "郑斌 主任医师", ["下午", "", "上午", "", "上午", "", ""]),
    ("骨科", "冯刚 副主任医师", ["", "全天", "", "上午", "", "上午", ""]),
    ("妇产科", "陈慧 主任医师", ["上午", "上午", "", "", "全天", "", ""]),
    ("儿科", "林晓 主任医师", ["", "", "全天", "上午", "", "上午", "上午"]),
]
WEEK = [
    "2026-11-23",
    "2026-11-24",
    "2026-11-25",
    "2026-11-26",
    "2026-11-27",
    "2026-11-28",
    "2026-11-29",
]
WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def roster_table() -> str:
    head = "".join(f"<th>{w}<br/>{dt[5:]}</th>" for w, dt in zip(WEEKDAYS, WEEK, strict=False))
    rows = "\n".join(
        "<tr><td>"
        + dep
        + '</td><td><a href="/contents/16/'
        + str(700 + i)
        + '.html">'
        + doc
        + "</a></td>"
        + "".join(f"<td>{c}</td>" for c in cells)
        + "</tr>"
        for i, (dep, doc, cells) in enumerate(ROSTER)
    )
    return f"""<table class="pb-table" width="100%" cellspacing="0" cellpadding="0">
<thead><tr><th>科室</th><th>专家</th>{head}</tr></thead>
<tbody>
{rows}
</tbody></table>"""


def hosp_home() -> str:
    blocks = {}
    for bi, (name, (ch, items)) in enumerate(HOSP_COLS.items()):
        blocks[name] = "\n".join(
            f'<li><a href="{ss_url(ch, bi * 10 + k)}" target="_blank" title="{t}">{t}</a><span>{dt}</span></li>'
            for k, (t, dt) in enumerate(items)
        )
    experts = "\n".join(
        f'<li><a href="/contents/16/{700 + i}.html"><img src="/upload/images/2025/3/zj{i}.jpg" alt="{doc}">'
        f'<h4>{doc.split()[0]}</h4><p>{doc.split()[1]} | {dep}</p><p class="sc">擅长：{dep}常见病、多发病及疑难危重症的诊治</p></a></li>'
        for i, (dep, doc, _) in enumerate(ROSTER)
    )
    deps = "\n".join(
        f'<a href="/channels/{30 + i}.html">{n}</a>'
        for i, n in enumerate(
            [
                "心血管内科",
                "消化内科",
                "神经内科",
                "呼吸与危重症医学科",
                "内分泌科",
                "肾内科",
                "血液科",
                "普外科",
                "骨科",
                "神经外科",
                "泌尿外科",
                "胸外科",
                "妇产科",
                "儿科",
                "眼科",
                "耳鼻喉科",
                "口腔科",
                "皮肤科",
                "中医科",
                "康复医学科",
                "急诊科",
                "重症医学科",
                "麻醉科",
                "放射科",
                "超声医学科",
                "检验科",
                "病理科",
                "药剂科",
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>青山市人民医院</title>
<meta name="keywords" content="青山市人民医院,三级甲等医院,预约挂号" />
<link rel="stylesheet" href="/css/common.css" />
<link rel="stylesheet" href="/css/index.css" />
<script src="/sitefiles/assets/jquery/jquery-1.9.1.min.js" type="text/javascript"></script>
<script src="/js/swiper.min.js"></script>
</head>
<body>
<div class="head-top"><div class="container"><span>急救电话：0571-88120120</span><span>预约电话：0571-88114114</span>
<div class="right"><a href="/channels/60.html">院务公开</a><a href="/channels/61.html">纪检监察</a><a href="https://mp.weixin.qq.com/">微信公众号</a><a href="/channels/62.html">无障碍</a></div></div></div>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/upload/images/logo.png" alt="青山市人民医院"></a><p class="slogan">三级甲等综合医院</p></div></div>
<nav class="nav"><ul class="container">
<li><a href="/">首页</a></li>
<li><a href="/channels/2.html">医院概况</a><div class="subnav"><a href="/channels/20.html">医院简介</a><a href="/channels/21.html">现任领导</a><a href="/channels/22.html">医院文化</a><a href="/channels/23.html">历史沿革</a></div></li>
<li><a href="/channels/3.html">新闻中心</a><div class="subnav"><a href="/channels/12.html">医院新闻</a><a href="/channels/13.html">通知公告</a><a href="/channels/17.html">媒体聚焦</a></div></li>
<li><a href="/channels/4.html">科室导航</a><div class="subnav mega">{deps}</div></li>
<li><a href="/channels/16.html">专家介绍</a></li>
<li><a href="/channels/5.html">就医指南</a><div class="subnav"><a href="/channels/50.html">门诊排班</a><a href="/channels/51.html">就诊流程</a><a href="/channels/52.html">医保政策</a><a href="/channels/53.html">收费标准</a></div></li>
<li><a href="/channels/15.html">健康科普</a></li>
<li><a href="/channels/14.html">人才招聘</a></li>
<li><a href="/channels/6.html">党建文化</a></li>
</ul></nav>
<div class="banner swiper-container"><div class="swiper-wrapper">
<div class="swiper-slide"><img src="/upload/images/2026/10/banner1.jpg" alt="以患者为中心 以质量为核心"></div>
<div class="swiper-slide"><img src="/upload/images/2026/9/banner2.jpg" alt="改善就医感受 提升患者体验"></div></div></div>
<div class="quick container"><a href="/channels/50.html"><i class="i1"></i>门诊排班</a><a href="https://yy.qsrmyy.com/"><i class="i2"></i>预约挂号</a><a href="/channels/54.html"><i class="i3"></i>报告查询</a><a href="/channels/51.html"><i class="i4"></i>就诊流程</a><a href="/channels/55.html"><i class="i5"></i>来院路线</a></div>
<div class="container row clearfix">
<div class="news-box"><div class="hd"><h3>医院新闻</h3><a class="more" href="/channels/12.html">更多 +</a></div><ul>
{blocks["医院新闻"]}
</ul></div>
<div class="notice-box"><div class="hd"><h3>通知公告</h3><a class="more" href="/channels/13.html">更多 +</a></div><ul>
{blocks["通知公告"]}
</ul></div>
</div>
<div class="container paiban"><div class="hd"><h3>门诊排班</h3><span class="week">本周（2026-11-23 至 2026-11-29）</span><a class="more" href="/channels/50.html">查看全部 +</a></div>
{roster_table()}
<p class="tip">温馨提示：专家出诊如有变动，以当日门诊公告为准。节假日排班另行通知。</p></div>
<div class="container experts"><div class="hd"><h3>专家介绍</h3><a class="more" href="/channels/16.html">更多专家 +</a></div><ul class="swiper-wrapper">
{experts}
</ul></div>
<div class="container row clearfix">
<div class="kp-box"><div class="hd"><h3>健康科普</h3><a class="more" href="/channels/15.html">更多 +</a></div><ul>
{blocks["健康科普"]}
</ul></div>
<div class="zp-box"><div class="hd"><h3>招聘信息</h3><a class="more" href="/channels/14.html">更多 +</a></div><ul>
{blocks["招聘信息"]}
</ul></div>
</div>
<div class="footer"><div class="container"><div class="f-links"><span>友情链接：</span><a href="http://www.nhc.gov.cn/">国家卫生健康委员会</a><a href="http://wsjkw.zj.gov.cn/">浙江省卫生健康委员会</a><a href="http://wjw.qingshan.gov.cn/">青山市卫生健康委员会</a></div>
<p>版权所有：青山市人民医院 地址：青山市人民路198号 邮编：311000</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备09001234号-2</a> 浙公网安备 33010002000456号</p>
<div class="ewm"><img src="/upload/images/wx.jpg" alt="微信公众号"><p>关注微信公众号 在线预约挂号</p></div></div></div>
{long_script("青山市人民医院")}
</body></html>"""


def ss_list(name: str, ch: str, items: list[tuple[str, str]], table: str = "") -> str:
    rows = "\n".join(
        f'<li><a href="{ss_url(ch, k)}" target="_blank">{t}</a><span class="date">{dt}</span></li>'
        for k, (t, dt) in enumerate(items)
    )
    body = (
        table
        or f'<ul class="list">\n{rows}\n</ul><div class="pager"><a href="/channels/{ch}_2.html">下一页</a> <a href="/channels/{ch}_9.html">末页</a> 第1页/共9页</div>'
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{name}_青山市人民医院</title><link rel="stylesheet" href="/css/common.css" /></head><body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/upload/images/logo.png" alt="青山市人民医院"></a></div></div>
<nav class="nav"><ul class="container"><li><a href="/">首页</a></li><li><a href="/channels/12.html">医院新闻</a></li><li><a href="/channels/15.html">健康科普</a></li><li><a href="/channels/16.html">专家介绍</a></li></ul></nav>
<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {name}</div><h2 class="col-title">{name}</h2>
{body}
</div>
<div class="footer"><p>版权所有：青山市人民医院 浙ICP备09001234号-2</p></div></body></html>"""


def hosp_pages() -> dict[str, str]:
    pages = {"/": hosp_home(), "/index.html": hosp_home()}
    for name, (ch, items) in HOSP_COLS.items():
        its = sorted(items, key=lambda x: x[1], reverse=True)
        older = back_dates(its[-1][1], 12, 8)[1:]
        pages[f"/channels/{ch}.html"] = ss_list(
            name, ch, its + [(f"{name}：{x}", dt) for x, dt in zip(FILLERS, older, strict=False)]
        )
    pages["/channels/50.html"] = ss_list("门诊排班", "50", [], table=roster_table())
    experts = "\n".join(
        f'<li><a href="/contents/16/{700 + i}.html"><img src="/upload/images/2025/3/zj{i}.jpg" alt="{doc}"><h4>{doc}</h4><p>{dep}</p></a></li>'
        for i, (dep, doc, _) in enumerate(ROSTER * 3)
    )
    pages["/channels/16.html"] = ss_list(
        "专家介绍", "16", [], table=f'<ul class="expert-list">{experts}</ul>'
    )
    return pages


HOSPITAL = Site(
    key="hospital",
    host="www.qsrmyy.com",
    name="青山市人民医院",
    cms="SiteServer CMS",
    start="/",
    pages={},
    truth=Truth(
        # news stopped on 10-28; the roster shows this week's days (11-23..11-29): a
        # roster is no update, and its days ahead are no future-dated publication.
        status="stale",
        passed=False,
        last_updated="2026-10-29",
        must=("homepage_stale", "column_stale"),
        must_not=("future_dated", "column_empty", "abandoned", *CLEAN),
        status_home="stale",
        passed_home=False,
        must_home=("homepage_stale",),
        must_not_home=("abandoned", "undated", *CLEAN),
        homepage_date="2026-10-29",
        columns=[
            Col("医院新闻", ("news",), "2026-10-28"),
            Col("通知公告", ("notice",), "2026-09-30"),
            Col("健康科普", ("other",), "2026-10-29"),
            Col("招聘信息", ("personnel",), "2026-10-15"),
            Col("专家介绍", ("other", "leaders", "organisation"), None, optional=True),
            Col("门诊排班", ("other",), None, optional=True),
        ],
    ),
)

# =================================================================== S6 county hospital, hacked (DedeCMS utf-8)

CH_COLS = {
    "医院动态": (
        "yydt",
        [
            ("我院顺利通过二级甲等综合医院复审", "2026-11-21"),
            ("县医共体总院开展基层巡回医疗", "2026-11-17"),
            ("我院开展“世界慢阻肺日”义诊活动", "2026-11-14"),
            ("我院召开2026年冬季安全生产工作会", "2026-11-07"),
            ("县卫健局调研我院胸痛中心建设", "2026-10-31"),
        ],
    ),
    "通知公告": (
        "tzgg",
        [
            ("松川县人民医院2026年医疗设备采购询价公告", "2026-11-19"),
            ("关于调整部分科室门诊时间的通知", "2026-11-03"),
            ("松川县人民医院2026年公开招聘合同制护士公告", "2026-10-12"),
        ],
    ),
    "健康教育": (
        "jkjy",
        [
            ("冬季心脑血管疾病预防小贴士", "2026-11-18"),
            ("糖尿病患者饮食指导", "2026-11-05"),
            ("儿童秋季腹泻的护理", "2026-10-22"),
        ],
    ),
}
SPAM_LINKS = [
    ("澳门新葡京娱乐城", "http://www.xpj3388.com/"),
    ("皇冠体育投注网", "http://www.hg8868.vip/"),
    ("百家乐在线官网", "http://www.bjl-365.cc/"),
    ("北京赛车pk10开奖", "http://www.pk10kj.net/"),
    ("威尼斯人娱乐场", "http://www.wnsr6677.com/"),
    ("金沙娱乐官方网址", "http://www.js55.cc/"),
    ("太阳城申博", "http://www.tyc118.top/"),
    ("六合彩开奖结果", "http://www.lhc49.vip/"),
    ("时时彩平台", "http://www.ssc899.com/"),
    ("真人百家乐", "http://www.zrbjl.xyz/"),
    ("网上赌场", "http://www.dc8899.com/"),
    ("开云体育app下载", "http://www.kaiyun-app.top/"),
]


def county_hosp_home() -> str:
    blocks = []
    for bi, (name, (slug, items)) in enumerate(CH_COLS.items()):
        lis = "\n".join(
            f'<li><a href="{dede_url(slug, dt, bi * 10 + k)}" target="_blank">{t}</a><em>{dt[5:]}</em></li>'
            for k, (t, dt) in enumerate(items)
        )
        blocks.append(f"""<div class="inbox"><div class="tit"><b>{name}</b><a href="/{slug}/" class="more">更多</a></div><ul class="d1">
{lis}
</ul></div>""")
    spam = " ".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in SPAM_LINKS)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>松川县人民医院</title>
<meta name="keywords" content="松川县人民医院,二甲医院" />
<link href="/templets/scyy/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/templets/scyy/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1100"><span>服务热线：0578-6123120</span><a href="/lxwm/">联系我们</a></div></div>
<div class="head w1100"><a href="/"><img src="/templets/scyy/images/logo.png" alt="松川县人民医院" /></a></div>
<div class="menu"><ul class="w1100"><li><a href="/">首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/yydt/">医院动态</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/jzzn/">就诊指南</a></li><li><a href="/jkjy/">健康教育</a></li><li><a href="/dwgk/">党务公开</a></li></ul></div>
<div class="banner"><img src="/uploads/allimg/260301/banner.jpg" alt="守护健康 服务百姓" /></div>
<div class="w1100 main clearfix">
{blocks[0]}
{blocks[1]}
{blocks[2]}
</div>
<div class="footer"><div class="w1100"><p>版权所有：松川县人民医院 地址：松川县城关镇健康路8号</p><p><a href="https://beian.miit.gov.cn/">浙ICP备10023456号</a></p>
<div style="position:absolute;top:-9999px;left:-9999px;width:1px;height:1px;overflow:hidden">{spam}</div>
</div></div>
</body></html>"""


def county_hosp_pages() -> dict[str, str]:
    pages = {"/": county_hosp_home(), "/index.html": county_hosp_home()}
    for name, (slug, items) in CH_COLS.items():
        older = back_dates(items[-1][1], 8, 10)[1:]
        pages[f"/{slug}/"] = dede_list(
            name, slug, items + [(f"{name}（{i}）", dt) for i, dt in enumerate(older)], "2026"
        )
    return pages


COUNTY_HOSP = Site(
    key="county_hosp",
    host="www.scxrmyy.cn",
    name="松川县人民医院",
    cms="织梦 DedeCMS 5.7 (hacked footer)",
    start="/",
    pages={},
    truth=Truth(
        status="hijacked",
        passed=False,
        last_updated="2026-11-21",
        must=("hidden_links", "spam_content"),
        must_not=("homepage_stale", "abandoned", "column_empty"),
        status_home="hijacked",
        passed_home=False,
        must_home=("hidden_links", "spam_content"),
        must_not_home=("homepage_stale", "abandoned"),
        homepage_date="2026-11-21",
        columns=[
            Col("医院动态", ("news",), "2026-11-21"),
            Col("通知公告", ("notice",), "2026-11-19"),
            Col("健康教育", ("other", "news"), "2026-11-18"),
        ],
    ),
)

# =================================================================== S7 university library (VSB)

LIB_COLS = {
    "本馆公告": (
        "bggg.htm",
        "1101",
        [
            ("关于2026年冬季学期图书馆开放时间调整的通知", "2026-10-30"),
            ("关于开展2026年读者满意度调查的公告", "2026-10-21"),
            ("图书馆二楼自习室空调检修的通知", "2026-10-12"),
            ("2026年秋季学期研究生图书馆入馆教育安排", "2026-09-15"),
        ],
    ),
    "资源动态": (
        "zydt.htm",
        "1102",
        [
            ("新增数据库：IEEE/IET电子图书馆开通试用", "2026-10-27"),
            ("“知网研学”平台升级公告", "2026-10-16"),
            ("Springer Nature电子期刊2027年续订说明", "2026-10-09"),
            ("超星“学习通”移动图书馆访问方式变更", "2026-09-26"),
        ],
    ),
}
LIB_EVENTS = [
    ("“一小时讲座”：EndNote文献管理入门", "2026-12-08"),
    ("“一小时讲座”：专利检索与分析", "2026-12-03"),
    ("第十一届“书香江南”读书月闭幕式", "2026-12-01"),
    ("“一小时讲座”：Web of Science高效检索", "2026-10-29"),
    ("“一小时讲座”：学位论文写作与格式规范", "2026-10-22"),
]


def lib_home() -> str:
    blocks = []
    for name, (href, vid, items) in LIB_COLS.items():
        lis = "\n".join(
            f'<li><a href="info/{vid}/{800 - k}.htm" target="_blank" title="{t}">{t}</a><span>{dt}</span></li>'
            for k, (t, dt) in enumerate(items)
        )
        blocks.append(
            f'<div class="box"><div class="box-tit"><h3>{name}</h3><a class="more" href="{href}">更多&gt;&gt;</a></div><ul>\n{lis}\n</ul></div>'
        )
    ev = "\n".join(
        f'<li><div class="ev-date"><span>{dt[5:7]}月</span><b>{dt[8:]}</b></div><a href="info/1103/{600 - k}.htm" target="_blank">{t}</a><p>地点：图书馆负一楼培训室 时间：{dt} 19:00</p></li>'
        for k, (t, dt) in enumerate(LIB_EVENTS)
    )
    dbs = "\n".join(
        f'<li><a href="https://{h}/" target="_blank">{n}</a></li>'
        for n, h in [
            ("中国知网", "www.cnki.net"),
            ("万方数据", "www.wanfangdata.com.cn"),
            ("维普期刊", "qikan.cqvip.com"),
            ("Web of Science", "www.webofscience.com"),
            ("ScienceDirect", "www.sciencedirect.com"),
            ("IEEE Xplore", "ieeexplore.ieee.org"),
            ("SpringerLink", "link.springer.com"),
            ("超星发现", "www.zhizhen.com"),
        ]
    )
    return (
        vsb_head("江南理工大学图书馆")
        + f"""<body>
<div class="header"><div class="wrap"><a href="index.htm" class="logo"><img src="dfiles/lib/images/logo.png" alt="江南理工大学图书馆"></a>
<div class="lib-top"><a href="http://www.jnut.edu.cn/">学校主页</a> | <a href="en/index.htm">English</a> | <a href="https://my.lib.jnut.edu.cn/">我的图书馆</a></div></div></div>
<div class="nav"><ul><li><a href="index.htm">首页</a></li><li><a href="bggk.htm">本馆概况</a></li><li><a href="zy.htm">资源</a></li><li><a href="fw.htm">服务</a></li><li><a href="pxjz.htm">培训讲座</a></li><li><a href="dzhd.htm">读者活动</a></li><li><a href="zn.htm">指南</a></li></ul></div>
<div class="search-area"><div class="tabs"><span class="on">馆藏目录</span><span>发现系统</span><span>中文期刊</span><span>外文期刊</span></div>
<form action="https://opac.lib.jnut.edu.cn/opac/search" method="get"><input name="q" placeholder="书名 / 作者 / ISBN"><button>检索</button></form></div>
<div class="wrap row clearfix">
<div class="open-time"><h3>今日开馆时间</h3><p class="today">2026年11月25日 星期三</p><ul><li>借阅区：08:00-22:00</li><li>自习区：07:00-22:30</li><li>特藏阅览室：08:30-17:00</li></ul><a href="kgsj.htm">更多开放时间</a></div>
{blocks[0]}
{blocks[1]}
</div>
<div class="wrap row clearfix">
<div class="box events"><div class="box-tit"><h3>讲座培训</h3><a class="more" href="pxjz.htm">更多&gt;&gt;</a></div><ul>
{ev}
</ul></div>
<div class="box dbs"><div class="box-tit"><h3>常用数据库</h3><a class="more" href="sjk.htm">更多&gt;&gt;</a></div><ul>{dbs}</ul></div>
</div>
<div class="wrap stats"><span>在馆人数：<b id="inlib">1234</b></span><span>今日入馆：<b>5678</b></span><span>馆藏纸本图书：312万册</span></div>
<div class="footer"><p>版权所有 © 2026 江南理工大学图书馆 地址：无锡市蠡湖大道1800号 咨询电话：0510-85910800</p><p>苏ICP备05012345号-1</p></div>
{long_script("图书馆")}
</body></html>"""
    )


def lib_pages() -> dict[str, str]:
    pages = {"/": lib_home(), "/index.htm": lib_home()}
    side = ["本馆公告", "资源动态", "讲座培训", "读者活动"]
    for name, (href, vid, items) in LIB_COLS.items():
        older = back_dates(items[-1][1], 10, 12)[1:]
        pages["/" + href] = vsb_list_page(
            "江南理工大学图书馆",
            name,
            name,
            vsb_items(
                [t for t, _ in items] + [f"{name}：{x}" for x in FILLERS[:9]],
                [dt for _, dt in items] + older,
                f"info/{vid}/",
                800,
            ),
            side,
            pages=5,
        )
    ev_items = [
        (f"{t}（{dt} 19:00）", dt, f"info/1103/{600 - k}.htm")
        for k, (t, dt) in enumerate(LIB_EVENTS)
    ]
    pages["/pxjz.htm"] = vsb_list_page(
        "江南理工大学图书馆", "讲座培训", "讲座培训", ev_items, side, pages=4
    )
    return pages


LIBRARY = Site(
    key="library",
    host="lib.jnut.edu.cn",
    name="江南理工大学图书馆",
    cms="博达 VSB",
    start="/",
    pages={},
    truth=Truth(
        # 26 days without a new item; today's opening hours and next month's lectures
        # are no update.
        status="stale",
        passed=False,
        last_updated="2026-10-30",
        must=("homepage_stale", "column_stale"),
        must_not=("future_dated", "column_empty", "abandoned", *CLEAN),
        status_home="stale",
        passed_home=False,
        must_home=("homepage_stale",),
        must_not_home=("abandoned", "undated", *CLEAN),
        homepage_date="2026-10-30",
        columns=[
            Col("本馆公告", ("notice",), "2026-10-30"),
            Col("资源动态", ("news",), "2026-10-27"),
            Col("讲座培训", ("other",), "2026-10-29"),
        ],
    ),
)

# =================================================================== S8 graduate school (VSB), pinned future date

GS_COLS = {
    "工作动态": (
        "gzdt.htm",
        "1201",
        None,
        [
            ("学校召开2026年研究生教育工作会议", "2026-11-18"),
            ("我校获批新增2个博士学位授权一级学科", "2026-11-11"),
            ("研究生院开展导师立德树人专题培训", "2026-11-04"),
            ("我校研究生在全国数学建模竞赛中获一等奖12项", "2026-10-28"),
        ],
    ),
    "通知公告": (
        "tzgg.htm",
        "1202",
        None,
        [
            ("关于2026年12月研究生学位论文答辩安排的通知", "2026-11-20"),
            ("关于开展2026年研究生国家奖学金评审工作的通知", "2026-11-16"),
            ("关于2026-2027学年第一学期研究生课程考试安排的通知", "2026-11-09"),
            ("关于组织申报2027年研究生教育改革项目的通知", "2026-11-02"),
        ],
    ),
    "招生信息": (
        "zsxx.htm",
        "1203",
        "2026-12-31",
        [
            ("江南理工大学2027年博士研究生招生简章", "2026-12-31"),
            (
                "江南理工大学2027年全国硕士研究生招生考试考生须知（考试时间：2026年12月20日—21日）",
                "2026-11-12",
            ),
            ("关于2027年硕士研究生招生考试网上确认的公告", "2026-11-03"),
            ("江南理工大学2027年接收推荐免试研究生拟录取名单公示", "2026-10-20"),
        ],
    ),
    "学位工作": (
        "xwgz.htm",
        "1204",
        None,
        [
            ("关于2026年冬季学位授予工作安排的通知", "2026-11-10"),
            ("2026年学位论文抽检结果通报", "2026-10-26"),
            ("关于启用新版学位论文评阅系统的通知", "2026-10-14"),
        ],
    ),
}


def gs_home() -> str:
    blocks = []
    for name, (href, vid, pinned, items) in GS_COLS.items():
        lis = []
        for k, (t, dt) in enumerate(items):
            top = '<img src="dfiles/gs/images/top.gif" alt="置顶"> ' if dt == pinned else ""
            lis.append(
                f'<li>{top}<a href="info/{vid}/{700 - k}.htm" target="_blank" title="{t}">{t}</a><span>{dt}</span></li>'
            )
        blocks.append(
            f'<div class="box"><div class="box-tit"><h3>{name}</h3><a class="more" href="{href}">更多&gt;&gt;</a></div><ul>\n'
            + "\n".join(lis)
            + "\n</ul></div>"
        )
    return (
        vsb_head("江南理工大学研究生院")
        + f"""<body>
<div class="header"><div class="wrap"><a href="index.htm" class="logo"><img src="dfiles/gs/images/logo.png" alt="江南理工大学研究生院"></a>
<div class="hd-links"><a href="http://www.jnut.edu.cn/">学校主页</a> <a href="https://yjsxt.jnut.edu.cn/">研究生管理信息系统</a> <a href="https://yz.chsi.com.cn/">中国研究生招生信息网</a></div></div></div>
{
            vsb_megamenu(
                [
                    (
                        "机构设置",
                        "jgsz.htm",
                        ["研究生院领导", "综合办公室", "招生办公室", "培养办公室", "学位办公室"],
                    ),
                    (
                        "招生工作",
                        "zsgz.htm",
                        ["博士招生", "硕士招生", "推免生", "港澳台招生", "招生目录"],
                    ),
                    ("培养工作", "pygz.htm", ["培养方案", "课程建设", "专业学位", "国际交流"]),
                    ("学位工作", "xwgz1.htm", ["学位授予", "学位点建设", "论文评阅", "导师队伍"]),
                    ("规章制度", "gzzd.htm", ["国家文件", "学校文件"]),
                    ("下载专区", "xzzq.htm", ["招生", "培养", "学位"]),
                ]
            )
        }
<div class="banner"><img src="__local/G/1/gs-banner.jpg" alt="江南理工大学研究生院"></div>
<div class="wrap row clearfix">{blocks[0]}{blocks[1]}</div>
<div class="wrap row clearfix">{blocks[2]}{blocks[3]}</div>
<div class="wrap quick"><a href="zsml.htm">2027年硕士招生专业目录</a><a href="zsml-bs.htm">2027年博士招生专业目录</a><a href="dszy.htm">导师风采</a><a href="lxwm.htm">联系我们</a></div>
<div class="footer"><p>版权所有 © 2026 江南理工大学研究生院 地址：无锡市蠡湖大道1800号 行政楼 电话：0510-85910310</p><p>苏ICP备05012345号-1</p></div>
{long_script("研究生院")}
</body></html>"""
    )


def gs_pages() -> dict[str, str]:
    pages = {"/": gs_home(), "/index.htm": gs_home()}
    side = list(GS_COLS)
    for name, (href, vid, _pinned, items) in GS_COLS.items():
        older = back_dates(items[-1][1], 10, 9)[1:]
        pages["/" + href] = vsb_list_page(
            "江南理工大学研究生院",
            name,
            name,
            vsb_items(
                [t for t, _ in items] + [f"{name}：{x}" for x in FILLERS[:9]],
                [dt for _, dt in items] + older,
                f"info/{vid}/",
                700,
            ),
            side,
            pages=8,
        )
    return pages


GRAD = Site(
    key="grad",
    host="yjsy.jnut.edu.cn",
    name="江南理工大学研究生院",
    cms="博达 VSB",
    start="/",
    pages={},
    truth=Truth(
        # the 2027 doctoral brochure is pinned with a publish date of 2026-12-31: a
        # future-dated item (reported, no update); the exam days in a title are no date.
        status="healthy",
        passed=True,
        last_updated="2026-11-20",
        must=("future_dated",),
        must_not=("homepage_stale", "column_stale", "column_empty", "abandoned", *CLEAN),
        status_home="healthy",
        passed_home=True,
        must_home=(),
        must_not_home=("homepage_stale", "abandoned", "undated", *CLEAN),
        homepage_date="2026-11-20",
        columns=[
            Col("工作动态", ("news",), "2026-11-18"),
            Col("通知公告", ("notice",), "2026-11-20"),
            Col("招生信息", ("notice",), "2026-11-12"),
            Col("学位工作", ("notice", "other", "news"), "2026-11-10"),
        ],
    ),
)

# =================================================================== S9 international office (WordPress, English)

OIA_NEWS = [
    (
        "JNUT Delegation Visits Partner Universities in Germany and the Netherlands",
        "2026-11-19",
        "jnut-delegation-visits-partner-universities",
    ),
    (
        "International Students Celebrate Cultural Festival on Lihu Campus",
        "2026-11-14",
        "international-cultural-festival-2026",
    ),
    (
        "JNUT Signs MoU with University of Auckland on Food Science Research",
        "2026-11-06",
        "mou-university-of-auckland",
    ),
    (
        "Welcome Ceremony Held for 2026 International Students",
        "2026-09-18",
        "welcome-ceremony-2026",
    ),
]
OIA_ANN = [
    (
        "Call for Applications: 2027 Chinese Government Scholarship (CSC) – Application deadline: December 15, 2026",
        "2026-11-16",
        "csc-scholarship-2027",
    ),
    (
        "Notice on Visa and Residence Permit Renewal for the Winter Vacation",
        "2026-11-10",
        "visa-renewal-winter-2026",
    ),
    (
        "2027 Spring Semester Exchange Program: Nominations Open",
        "2026-10-30",
        "exchange-nominations-spring-2027",
    ),
]
OIA_EVENTS = [
    ("Info Session: Study Abroad Opportunities in Europe", "2026-12-02"),
    ("International Alumni Networking Evening", "2026-12-10"),
    ("Chinese Calligraphy Workshop for International Students", "2026-11-12"),
]


def wp_post(t: str, dt: str, slug: str) -> str:
    dd = d(dt)
    return f"""<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="post-thumb"><a href="/en/{dt[:4]}/{dt[5:7]}/{dt[8:]}/{slug}/"><img width="400" height="250" src="/wp-content/uploads/{dt[:4]}/{dt[5:7]}/{slug}-400x250.jpg" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy"></a></div>
<div class="entry-wrap"><h3 class="entry-title"><a href="/en/{dt[:4]}/{dt[5:7]}/{dt[8:]}/{slug}/" rel="bookmark">{t}</a></h3>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{dt}T09:30:00+08:00">{dd.strftime("%B")} {dd.day}, {dd.year}</time></span></div>
<div class="entry-summary"><p>{t}. The Office of International Affairs reports on the latest developments&#8230;</p></div></div>
</article>"""


def oia_home() -> str:
    news = "\n".join(wp_post(t, dt, s) for t, dt, s in OIA_NEWS)
    ann = "\n".join(
        f'<li><a href="/en/{dt[:4]}/{dt[5:7]}/{dt[8:]}/{s}/">{t}</a> <span class="date">{d(dt).strftime("%b %d, %Y")}</span></li>'
        for t, dt, s in OIA_ANN
    )
    ev = "\n".join(
        f'<li class="tribe-event"><div class="tribe-date"><span class="mon">{d(dt).strftime("%b")}</span><span class="day">{d(dt).day}</span></div>'
        f'<a href="/en/events/{k}/">{t}</a><span class="venue">International Exchange Center</span></li>'
        for k, (t, dt) in enumerate(OIA_EVENTS)
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Office of International Affairs &#8211; Jiangnan University of Technology</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/en/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="alternate" type="application/rss+xml" title="OIA &raquo; Feed" href="/en/feed/" />
</head>
<body class="home page-template-default page page-id-2 ast-page-builder-template">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><div class="ast-container"><div class="site-branding"><a href="/en/" rel="home"><img src="/wp-content/uploads/2024/03/oia-logo.png" alt="Office of International Affairs, JNUT"></a></div>
<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/en/">Home</a></li>
<li class="menu-item menu-item-has-children"><a href="/en/about/">About Us</a><ul class="sub-menu"><li><a href="/en/about/overview/">Overview</a></li><li><a href="/en/about/staff/">Staff Directory</a></li><li><a href="/en/about/contact/">Contact</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="/en/study/">Study at JNUT</a><ul class="sub-menu"><li><a href="/en/study/degree/">Degree Programs</a></li><li><a href="/en/study/chinese/">Chinese Language Programs</a></li><li><a href="/en/study/scholarships/">Scholarships</a></li><li><a href="/en/study/apply/">How to Apply</a></li></ul></li>
<li class="menu-item"><a href="/en/partners/">Global Partners</a></li>
<li class="menu-item"><a href="/en/category/news/">News</a></li>
<li class="menu-item"><a href="/en/category/announcements/">Announcements</a></li>
<li class="menu-item"><a href="/en/events/">Events</a></li>
<li class="menu-item"><a href="http://oia.jnut.edu.cn/">中文</a></li>
</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<section class="hero"><h1>Go Global with JNUT</h1><p>Partnerships with 160+ universities in 40 countries and regions.</p><a class="btn" href="/en/study/apply/">Apply Now</a></section>
<section class="home-news"><h2 class="widget-title">News</h2><a class="view-all" href="/en/category/news/">View all news</a>
{news}
</section>
<div class="home-cols">
<section class="home-ann widget"><h2 class="widget-title">Announcements</h2><ul>
{ann}
</ul><a class="view-all" href="/en/category/announcements/">More announcements</a></section>
<section class="home-events widget tribe-events-widget"><h2 class="widget-title">Upcoming Events</h2><ul>
{ev}
</ul><a class="view-all" href="/en/events/">View Calendar</a></section>
</div>
</div></div>
<footer class="site-footer"><div class="ast-container"><p>Office of International Affairs, Jiangnan University of Technology · 1800 Lihu Avenue, Wuxi, Jiangsu 214122, China · Tel: +86-510-85910666 · Email: oia@jnut.edu.cn</p>
<p>Copyright &copy; 2026 Jiangnan University of Technology. All Rights Reserved. <a href="https://beian.miit.gov.cn/">苏ICP备05012345号-1</a></p></div></footer>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body></html>"""


def wp_archive(title: str, posts: list[tuple[str, str, str]]) -> str:
    body = "\n".join(wp_post(t, dt, s) for t, dt, s in posts)
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} &#8211; Office of International Affairs</title></head>
<body class="archive category"><header class="site-header"><a href="/en/">Office of International Affairs</a></header>
<main id="main" class="site-main"><h1 class="page-title">Category: <span>{title}</span></h1>
{body}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="page/2/">2</a><a class="page-numbers" href="page/3/">3</a><a class="next page-numbers" href="page/2/">Next</a></div></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{"".join(f'<li><a href="/en/{dt[:4]}/{dt[5:7]}/{dt[8:]}/{s}/">{t}</a></li>' for t, dt, s in OIA_NEWS[:3])}
</ul></section></aside>
<footer class="site-footer"><p>Copyright &copy; 2026 Jiangnan University of Technology.</p></footer></body></html>"""


def oia_pages() -> dict[str, str]:
    old_news = [
        (f"International Cooperation Update No. {40 - i}", dt, f"update-{40 - i}")
        for i, dt in enumerate(back_dates("2026-09-10", 6, 12))
    ]
    old_ann = [
        (f"Notice to International Students No. {20 - i}", dt, f"notice-{20 - i}")
        for i, dt in enumerate(back_dates("2026-10-15", 6, 14))
    ]
    events = "\n".join(
        f'<article class="tribe-events-calendar-list__event"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{dt}">{d(dt).strftime("%b %d")}</time>'
        f'<h3><a href="/en/events/{k}/">{t}</a></h3></article>'
        for k, (t, dt) in enumerate(OIA_EVENTS)
    )
    return {
        "/en/": oia_home(),
        "/en/category/news/": wp_archive("News", OIA_NEWS + old_news),
        "/en/category/announcements/": wp_archive("Announcements", OIA_ANN + old_ann),
        "/en/events/": f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Events &#8211; Office of International Affairs</title></head><body>
<header class="site-header"><a href="/en/">Office of International Affairs</a></header><main><h1>Upcoming Events</h1>{events}</main>
<footer><p>Copyright &copy; 2026 Jiangnan University of Technology.</p></footer></body></html>""",
    }


OIA = Site(
    key="oia",
    host="oia.jnut.edu.cn",
    name="Office of International Affairs, JNUT",
    cms="WordPress 6.7 (Astra)",
    start="/en/",
    pages={},
    truth=Truth(
        status="healthy",
        passed=True,
        last_updated="2026-11-19",
        must=(),
        must_not=(
            "homepage_stale",
            "column_stale",
            "column_empty",
            "future_dated",
            "abandoned",
            *CLEAN,
        ),
        status_home="healthy",
        passed_home=True,
        must_home=(),
        must_not_home=("homepage_stale", "abandoned", "undated", *CLEAN),
        homepage_date="2026-11-19",
        columns=[
            Col("News", ("news",), "2026-11-19"),
            Col("Announcements", ("notice",), "2026-11-16"),
            Col("Upcoming Events", ("other",), "2026-11-12"),
        ],
    ),
)

# =================================================================== S10 affiliated middle school: frameset (ASP, GB2312)

FZ_COLS = {
    "学校新闻": (
        "1",
        [
            ("我校举行第三十二届秋季运动会", "2026-11-20"),
            ("初二年级开展“走进大学实验室”研学活动", "2026-11-13"),
            ("我校学生在市中学生英语演讲比赛中获一等奖", "2026-11-06"),
            ("附中召开期中考试表彰大会", "2026-10-30"),
            ("我校开展秋季消防演练", "2026-10-23"),
        ],
    ),
    "通知公告": (
        "2",
        [
            ("附中2026年冬季作息时间表", "2026-11-16"),
            ("关于召开初三年级家长会的通知", "2026-11-11"),
            ("2027年寒假放假安排", "2026-11-02"),
        ],
    ),
    "德育天地": (
        "3",
        [
            ("“文明礼仪伴我行”主题班会展示", "2026-11-12"),
            ("青年志愿者走进敬老院", "2026-10-29"),
            ("我校开展国防教育活动", "2026-10-15"),
        ],
    ),
}


def fz_main() -> str:
    tds = []
    for name, (cid, items) in FZ_COLS.items():
        rows = "\n".join(
            f'<tr><td width="8" height="22"><img src="images/dot.gif" width="5" height="5"></td><td class="news"><a href="show.asp?id={4000 - int(cid) * 100 - k}" target="_blank">{t}</a></td>'
            f'<td width="80" class="date">({dt})</td></tr>'
            for k, (t, dt) in enumerate(items)
        )
        tds.append(f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" background="images/title_bg.gif" class="title">&nbsp;&nbsp;{name}</td><td align="right" background="images/title_bg.gif"><a href="list.asp?id={cid}"><img src="images/more.gif" border="0" alt="更多"></a></td></tr>
<tr><td colspan="2"><table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}
</table></td></tr></table>""")
    marquee = "".join(
        f'<a href="show.asp?id={3800 - k}" target="_blank">{t}</a><br>'
        for k, (t, _) in enumerate(FZ_COLS["通知公告"][1])
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江南理工大学附属中学</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="240" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title">&nbsp;&nbsp;滚动公告</td></tr>
<tr><td height="160"><marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title">&nbsp;&nbsp;用户登录</td></tr>
<tr><td><form name="login" action="admin/chklogin.asp" method="post">用户名：<input name="user" size="12"><br>密&nbsp;&nbsp;码：<input type="password" name="pwd" size="12"><br><input type="submit" value="登录"></form></td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
{tds[0]}
{tds[1]}
{tds[2]}
</td></tr></table>
</body></html>"""


def fz_list(cid: str, name: str, items: list[tuple[str, str]]) -> str:
    rows = "\n".join(
        f'<tr><td height="24">·<a href="show.asp?id={4000 - int(cid) * 100 - k}" target="_blank">{t}</a></td><td width="90">{dt}</td></tr>'
        for k, (t, dt) in enumerate(items)
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{name}-江南理工大学附属中学</title></head>
<body><table width="980" align="center"><tr><td class="title">{name}</td></tr>
<tr><td><table width="100%">
{rows}
</table></td></tr>
<tr><td align="center">共 56 条记录 页次：1/4 每页：15 条 首页 上一页 <a href="list.asp?id={cid}&page=2">下一页</a> <a href="list.asp?id={cid}&page=4">尾页</a></td></tr></table></body></html>"""


def fz_pages() -> dict[str, str]:
    top = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>top</title></head>
<body leftmargin="0" topmargin="0"><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0" width="980" height="160">
<param name="movie" value="flash/top.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
<embed src="flash/top.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="980" height="160" wmode="transparent"></embed></object>
</td></tr><tr><td height="32" background="images/menu_bg.gif" align="center">
<a href="main.asp" target="mainFrame">首 页</a> | <a href="list.asp?id=5" target="mainFrame">学校概况</a> | <a href="list.asp?id=1" target="mainFrame">学校新闻</a> | <a href="list.asp?id=2" target="mainFrame">通知公告</a> | <a href="list.asp?id=3" target="mainFrame">德育天地</a> | <a href="list.asp?id=6" target="mainFrame">教学科研</a> | <a href="list.asp?id=7" target="mainFrame">招生信息</a> | <a href="gbook.asp" target="mainFrame">留言板</a>
</td></tr></table></body></html>"""
    bottom = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table width="980" align="center"><tr><td align="center" class="foot">版权所有 (C) 2006-2026 江南理工大学附属中学 地址：无锡市蠡湖大道1808号 电话：0510-85912345<br>
苏ICP备06012345号 建议使用IE6.0以上浏览器 1024*768分辨率浏览 您是第 <img src="count.asp?style=1"> 位访客</td></tr></table></body></html>"""
    index = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江南理工大学附属中学</title>
</head>
<frameset rows="192,*,60" cols="*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="NO" noresize>
  <frame src="main.asp" name="mainFrame">
  <frame src="bottom.htm" name="bottomFrame" scrolling="NO" noresize>
</frameset>
<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes>
</html>"""
    pages = {
        "/": index,
        "/index.htm": index,
        "/top.htm": top,
        "/bottom.htm": bottom,
        "/main.asp": fz_main(),
    }
    for name, (cid, items) in FZ_COLS.items():
        older = back_dates(items[-1][1], 12, 8)[1:]
        pages[f"/list.asp?id={cid}"] = fz_list(
            cid, name, items + [(f"{name}：{x}", dt) for x, dt in zip(FILLERS, older, strict=False)]
        )
    return pages


FUZHONG = Site(
    key="fuzhong",
    host="www.jnutfz.cn",
    name="江南理工大学附属中学",
    cms="ASP frameset (Flash era, GB2312)",
    start="/",
    charset="gbk",
    pages={},
    truth=Truth(
        status="healthy",
        passed=True,
        last_updated="2026-11-20",
        must=(),
        must_not=(
            "homepage_stale",
            "column_stale",
            "column_empty",
            "abandoned",
            "future_dated",
            *CLEAN,
        ),
        # the sweep sees a frameset: undated on the first sweep, judged by change later
        status_home="healthy",
        passed_home=True,
        must_home=("undated",),
        must_not_home=("homepage_stale", "abandoned", *CLEAN),
        homepage_date="2026-11-20",
        columns=[
            Col("学校新闻", ("news",), "2026-11-20"),
            Col("通知公告", ("notice",), "2026-11-16"),
            Col("德育天地", ("news", "other"), "2026-11-12"),
        ],
    ),
)

# ------------------------------------------------------------------------- assemble

UNI.pages = uni_pages()
COLLEGE.pages = college_pages()
SCHOOL.pages = school_pages()
KINDER.pages = kg_pages()
HOSPITAL.pages = hosp_pages()
COUNTY_HOSP.pages = county_hosp_pages()
LIBRARY.pages = lib_pages()
GRAD.pages = gs_pages()
OIA.pages = oia_pages()
FUZHONG.pages = fz_pages()

SITES: list[Site] = [
    UNI,
    COLLEGE,
    SCHOOL,
    KINDER,
    HOSPITAL,
    COUNTY_HOSP,
    LIBRARY,
    GRAD,
    OIA,
    FUZHONG,
]
