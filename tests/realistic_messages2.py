"""Citizen-message boards, round 2 (round 1: tests/realistic_messages.py): the 互动交流
platforms of Hanweb (大汉) and TRS (拓尔思) as counties run them, a 12345 hotline's
published work orders, a board that publishes answered letters only, a Hanweb board
paged by `?pageNum=`, a board whose newest letter is two years old, Taiwan's 首長信箱
and 民意信箱 (民國 dates; 回復/答復 as Taiwan writes them besides 回覆), an English
"Public Enquiries" page, a board of edge cases, and three pages that look like message
boards but are not (a draft's 公开征求意见, a 投诉举报 guide, a 常见问题 FAQ).

Every date is relative to NOW, Monday 2026-08-31: three calendar months before is
2026-05-31, 92 days; 90 days before is 2026-06-02.

The rule (互动回应差): a consultation message (政务咨询) left unanswered for more than 3
months, within the past year, fails the site. Decisions the truths rest on:
- Days, not calendar months: a message counts from 91 days old to 365 (the
  `unanswered_after_days` setting, 90; every limit of the rules is in days: 6 months is
  180). At this NOW a 91- or 92-day-old letter counts although three calendar months
  have not quite passed (a calendar month count would wait until day 93); the
  difference is at most two days either way over the year, and a site may set its own.
- Current state only: a letter answered late (已回复, its 回复时间 four months after
  its 留言时间) is answered. The 互动回应差 item is about letters left without an
  answer; a slow answer is the 办理时限 inspectors look at elsewhere.
- 已受理, 已签收, 已交办, 分案中 (accepted, signed for, handed on, being assigned),
  正在办理, 待办理, 待答复, 未处理 are unanswered; 已回应, 已回復, 已答復, 辦理完成,
  处理完毕 answered; English "Unanswered"/"Not answered" unanswered (the word holds
  "answered"), "Responded"/"Resolved" answered.
- 已回访/待回访 and 已评价/待评价 (a 12345 hotline's call-back and the citizen's rating)
  come after the answer: not unanswered. 已公开 says the letter is published: it says
  nothing of an answer by itself.
- A state shown only by a CSS class whose message pages are not links (javascript:
  pop-ups) cannot be known: nothing counts (round 1: read from the message's page
  when it has one).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape

NOW = datetime(2026, 8, 31, 2, 30, tzinfo=UTC)  # 10:30 in Beijing and Taipei, 星期一
TODAY = NOW.date()
AFTER_DAYS = 90


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def iso(d: date) -> str:
    return d.isoformat()


def roc(d: date) -> str:
    return f"{d.year - 1911}-{d:%m-%d}"


@dataclass(frozen=True)
class Msg:
    title: str
    age: int
    shown: str  # the state as shown (a word, an icon's alt, a class)
    answered: bool | None  # the truth; None: nobody can tell from the site
    reply_age: int | None = None  # the reply's date, where the board shows one

    @property
    def day(self) -> date:
        return ago(self.age)

    @property
    def counts(self) -> bool:
        return self.answered is False and AFTER_DAYS < self.age <= 365


@dataclass
class Board:
    slug: str
    name: str  # the column's heading on the homepage
    path: str  # its list page
    messages: tuple[Msg, ...]
    render: Callable[[Board], str]
    notes: str = ""
    lang: str = "zh-CN"
    site: str = "青川县人民政府"
    # Later pages of a paged list: path -> messages; read by a scan (2 at most).
    later: dict[str, tuple[Msg, ...]] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)
    messages_board: bool = True  # False: a look-alike, nothing on it is a message

    def page(self, messages: tuple[Msg, ...] | None = None, number: int = 1) -> str:
        self.current = number
        self.shown = self.messages if messages is None else messages
        return self.render(self)

    current: int = 1
    shown: tuple[Msg, ...] = ()

    @property
    def all_messages(self) -> list[Msg]:
        return [*self.messages, *(m for page in self.later.values() for m in page)]

    @property
    def overdue(self) -> list[Msg]:
        return [m for m in self.all_messages if m.counts]

    def href(self, m: Msg) -> str:
        return f"{self.path.rsplit('/', 1)[0]}/content_{zlib.crc32(m.title.encode()) % 900000 + 100000}.html"


# --- chrome ------------------------------------------------------------------------


def hanweb_shell(title: str, body: str, site: str) -> str:
    """A Hanweb (大汉) site: /col/colNNN/index.html columns, a jpage pager."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} {site}</title>
<meta name="SiteName" content="{site}" /><meta name="ColumnName" content="{title}" />
<meta name="ColumnType" content="政民互动" />
<link rel="stylesheet" href="/images/1/style.css" type="text/css" />
<script type="text/javascript" src="/script/jquery.min.js"></script>
</head><body>
<div class="head"><div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>
<a href="/">首页</a> <a href="/jact/front/mailpubdetail.do">无障碍浏览</a></div>
<div class="logo"><img src="/images/1/logo.png" alt="{site}" /></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/col/col1001/index.html">走进青川</a></li>
<li><a href="/col/col1002/index.html">政务公开</a></li><li><a href="/col/col1003/index.html">政务服务</a></li>
<li class="on"><a href="/col/col1004/index.html">互动交流</a></li></ul></div>
<div class="main"><div class="bt-position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1004/index.html">互动交流</a> &gt; {title}</div>
<div class="left-nav"><h2>互动交流</h2><ul><li><a href="/col/col1011/index.html">县长信箱</a></li>
<li><a href="/col/col1012/index.html">政务咨询</a></li><li><a href="/col/col1013/index.html">意见征集</a></li>
<li><a href="/col/col1014/index.html">在线访谈</a></li></ul></div>
<div class="right-con"><div class="con-title">{title}</div>
{body}
</div></div>
<div class="foot"><p>主办：{site}办公室　承办：{site}大数据中心</p>
<p>网站标识码：5108230001　<a href="https://beian.miit.gov.cn/">蜀ICP备05001122号</a>　川公网安备 51082302000123号</p></div>
</body></html>"""


def trs_shell(title: str, body: str, site: str) -> str:
    """A TRS (拓尔思) WCM site: /hdjl/zxzx/ folders, index_1.html pages."""
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{site}-{title}</title>
<meta name="SiteName" content="{site}" /><meta name="ColumnName" content="{title}" />
<link rel="stylesheet" href="../../images/common.css" />
</head><body>
<div class="header"><div class="w1200"><a class="logo" href="../../"><img src="../../images/logo.png" alt="{site}" /></a>
<div class="search"><input type="text" placeholder="站内搜索" /><a href="javascript:void(0)">搜索</a></div></div></div>
<div class="navbar"><div class="w1200"><a href="../../">首页</a><a href="../../zwgk/">政务公开</a>
<a href="../../zwfw/">政务服务</a><a class="cur" href="../../hdjl/">政民互动</a></div></div>
<div class="w1200 crumb">当前位置：<a href="../../">首页</a> &gt; <a href="../../hdjl/">政民互动</a> &gt; <span>{title}</span></div>
<div class="w1200 content">{body}</div>
<div class="footer"><div class="w1200"><p>{site}主办 版权所有 网站标识码3303270002</p>
<p><a href="https://beian.miit.gov.cn">浙ICP备11012345号-1</a> 建议使用1920*1080分辨率</p></div></div>
</body></html>"""


def tw_shell(title: str, body: str, site: str) -> str:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}-{site}</title>
<meta name="DC.Title" content="{title}" /><meta name="DC.Publisher" content="{site}" />
</head><body>
<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}" /></a></div>
<nav><ul><li><a href="/News.aspx?n=11">最新消息</a></li><li><a href="/cp.aspx?n=21">政府資訊公開</a></li>
<li><a href="/cp.aspx?n=31">便民服務</a></li><li><a href="/mailbox/">首長信箱</a></li></ul></nav></header>
<main id="C"><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/mailbox/">首長信箱</a> &gt; {title}</div>
<h2 class="title">{title}</h2>
{body}</main>
<footer><p>{site} 地址：970花蓮市府前路17號 總機：(03)822-7171</p>
<p>更新日期：{roc(TODAY)}　瀏覽人次：1234567</p><p>Copyright © 2026 {site} All Rights Reserved.</p></footer>
</body></html>"""


def en_shell(title: str, body: str, site: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />
<title>{title} | {site}</title></head><body>
<header><a href="/"><img src="/img/logo.svg" alt="{site}" /></a>
<nav><a href="/">Home</a> <a href="/en/news/">News</a> <a href="/en/services/">Services</a>
<a href="/en/enquiries/">Enquiries</a> <a href="/zh/">中文</a></nav></header>
<main><nav class="breadcrumb"><a href="/">Home</a> › {title}</nav><h1>{title}</h1>
{body}</main>
<footer><p>© 2026 {site}. All rights reserved. <a href="/en/privacy/">Privacy</a></p></footer>
</body></html>"""


# --- the boards --------------------------------------------------------------------

G = "关于"


def hanweb_letters(board: Board) -> str:
    """Hanweb's 信件列表: 信件编号 | 信件标题 | 写信时间 | 处理状态 (no reply column)."""
    rows = "\n".join(
        f"<tr><td>XJ{20260000 + 37 * i}</td>"
        f'<td class="title"><a href="{board.href(m)}" target="_blank" title="{escape(m.title)}">{escape(m.title)}</a></td>'
        f'<td align="center">{iso(m.day)}</td><td align="center"><font color="{"#008000" if m.answered else "#ff0000"}">{m.shown}</font></td></tr>'
        for i, m in enumerate(board.shown)
    )
    body = f"""<div class="xj-btn"><a href="/jact/front/mailwrite.do?sysid=11">我要写信</a>
<a href="/jact/front/mailsearch.do?sysid=11">信件查询</a></div>
<table class="xjlb" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr class="xjlb-th"><td width="110">信件编号</td><td>信件标题</td><td width="100">写信时间</td><td width="80">处理状态</td></tr>
{rows}
</table>
<div class="default_pgContainer">共{len(board.shown)}条 1/1页</div>"""
    return hanweb_shell(board.name, body, board.site)


def trs_list(board: Board) -> str:
    """TRS 政务咨询: <li> with 标题, 状态 and 日期 spans."""
    items = "\n".join(
        f'<li><span class="bt"><a href="{board.href(m)}" target="_blank" title="{escape(m.title)}">{escape(m.title)}</a></span>'
        f'<span class="zt {"ybj" if m.answered else "wbj"}">{m.shown}</span><span class="rq">{iso(m.day)}</span></li>'
        for m in board.shown
    )
    body = f"""<div class="hd-head"><span class="t1">咨询标题</span><span class="t2">办理状态</span><span class="t3">咨询日期</span></div>
<ul class="hd-list">
{items}
</ul>
<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div>"""
    return trs_shell(board.name, body, board.site)


def reply_table(board: Board, head: tuple[str, str, str, str], state: Callable[[Msg], str]) -> str:
    """标题 | 留言时间 | 回复时间 | 状态, the reply cell empty until there is a reply."""
    rows = "\n".join(
        f'<tr><td class="bt"><a href="{board.href(m)}" target="_blank">{escape(m.title)}</a></td>'
        f"<td>{iso(m.day)}</td><td>{iso(ago(m.reply_age)) if m.reply_age is not None else ''}</td>"
        f"<td>{state(m)}</td></tr>"
        for m in board.shown
    )
    th = "".join(f"<th>{h}</th>" for h in head)
    return f'<table class="table-ly" width="100%"><thead><tr>{th}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>'


def published_only(board: Board) -> str:
    """A 书记信箱 that publishes answered letters only (选登), each with its reply date."""
    intro = (
        '<p class="tip">本栏目选登部分已办结的来信及答复，未公开信件可凭查询码查询办理进度。</p>'
    )
    table = reply_table(board, ("来信标题", "来信时间", "答复时间", "状态"), lambda m: m.shown)
    return hanweb_shell(board.name, intro + table, board.site)


def hotline_orders(board: Board) -> str:
    """A county's 12345 hotline work orders: 工单编号 | 诉求标题 | 受理时间 | 办结时间 | 状态."""
    rows = "\n".join(
        f'<tr><td>GD{2026080000 + 13 * i}</td><td class="bt"><a href="{board.href(m)}">{escape(m.title)}</a></td>'
        f"<td>{iso(m.day)} 09:{i:02d}</td><td>{iso(ago(m.reply_age)) + ' 16:20' if m.reply_age is not None else ''}</td>"
        f"<td>{m.shown}</td></tr>"
        for i, m in enumerate(board.shown)
    )
    body = f"""<div class="rx-tip">12345政务服务便民热线 7×24小时受理群众诉求，以下为公开的工单。</div>
<table class="gd-table" width="100%"><tr><th>工单编号</th><th>诉求标题</th><th>受理时间</th><th>办结时间</th><th>状态</th></tr>
{rows}
</table>"""
    return trs_shell(board.name, body, board.site)


def hanweb_paged(board: Board) -> str:
    """Hanweb's letter list paged by `?pageNum=N` (下页, 共N页 in the jpage pager)."""
    total = 1 + len(board.later)
    n = board.current
    base = f"{board.path}?webid=12&amp;sysid=11"
    nxt = f'<a href="{base}&amp;pageNum={n + 1}">下页</a>' if n < total else ""
    rows = "\n".join(
        f'<tr><td class="title"><a href="{board.href(m)}" target="_blank">{escape(m.title)}</a></td>'
        f'<td align="center">{iso(m.day)}</td><td align="center">{m.shown}</td></tr>'
        for m in board.shown
    )
    body = f"""<table class="xjlb" width="100%"><tr><td>信件标题</td><td width="100">写信时间</td><td width="80">处理状态</td></tr>
{rows}</table>
<div class="default_pgContainer">共{total * 10}条 第{n}页/共{total}页 <a href="{base}&amp;pageNum=1">首页</a>
<a href="{base}&amp;pageNum={max(n - 1, 1)}">上页</a> {nxt} <a href="{base}&amp;pageNum={total}">尾页</a></div>"""
    return hanweb_shell(board.name, body, board.site)


def taiwan_mailbox(board: Board) -> str:
    """A 縣長信箱 案件查詢 list: 案號 | 主旨 | 來信日期 | 辦理情形."""
    rows = "\n".join(
        f'<tr><td data-title="案號">{1150000 + 29 * i}</td>'
        f'<td data-title="主旨"><a href="{board.href(m)}" title="{escape(m.title)}">{escape(m.title)}</a></td>'
        f'<td data-title="來信日期">{roc(m.day)}</td><td data-title="辦理情形">{m.shown}</td></tr>'
        for i, m in enumerate(board.shown)
    )
    body = f"""<p class="intro">縣長信箱受理民眾陳情，依行政程序法規定於30日內函復，案情複雜者得延長之。</p>
<table class="rwd-table"><caption>陳情案件</caption><thead><tr><th>案號</th><th>主旨</th><th>來信日期</th><th>辦理情形</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return tw_shell(board.name, body, board.site)


def taiwan_reply_dates(board: Board) -> str:
    """A 民意信箱 with 來信日期 and 回復日期 (Taiwan's 回復), no state word."""
    rows = "\n".join(
        f'<tr><td><a href="{board.href(m)}">{escape(m.title)}</a></td><td>{roc(m.day)}</td>'
        f"<td>{roc(ago(m.reply_age)) if m.reply_age is not None else ''}</td></tr>"
        for m in board.shown
    )
    body = f"""<table class="list"><thead><tr><th>主旨</th><th>來信日期</th><th>回復日期</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return tw_shell(board.name, body, board.site)


def english_enquiries(board: Board) -> str:
    rows = "\n".join(
        f'<tr><td><a href="{board.href(m)}">{escape(m.title)}</a></td>'
        f"<td>{m.day.day} {m.day:%B %Y}</td><td>{m.shown}</td></tr>"
        for m in board.shown
    )
    body = f"""<p>Questions from the public and the department's answers. We aim to reply within 10 working days.</p>
<p><a href="/en/enquiries/ask/">Ask a question</a></p>
<table class="enquiries"><thead><tr><th>Subject</th><th>Date submitted</th><th>Status</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return en_shell(board.name, body, board.site)


def edge_state(m: Msg) -> str:
    if m.shown.startswith("img:"):
        word = m.shown[4:]
        name = {"已回复": "yhf", "未回复": "whf"}.get(word, "blz")
        return f'<img src="/images/hdjl/{name}.png" alt="{word}" />'
    return m.shown


def edge_board(board: Board) -> str:
    table = reply_table(board, ("留言标题", "留言时间", "回复时间", "状态"), edge_state)
    return trs_shell(board.name, table, board.site)


def css_popup(board: Board) -> str:
    """States as classes only, each letter opened by a script pop-up (no page to read)."""
    rows = "\n".join(
        f'<tr><td><a href="javascript:void(0)" onclick="showLetter(\'{400 + i}\')">{escape(m.title)}</a></td>'
        f'<td>{iso(m.day)}</td><td><span class="state-{m.shown}"></span></td></tr>'
        for i, m in enumerate(board.shown)
    )
    body = f"""<table class="xx"><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>
{rows}</table>"""
    return trs_shell(board.name, body, board.site)


def consultation(board: Board) -> str:
    """意见征集: drafts put out for comment, 征集中 / 已结束 / 已反馈."""
    items = "\n".join(
        f'<li><a href="{board.href(m)}" target="_blank">{escape(m.title)}</a>'
        f'<span class="zt">{m.shown}</span><span class="date">{iso(m.day)}</span></li>'
        for m in board.shown
    )
    return hanweb_shell(board.name, f'<ul class="zjlist">\n{items}\n</ul>', board.site)


def complaint_guide(board: Board) -> str:
    """投诉举报 as a guide page: how to complain, the stages of a complaint, dated notices."""
    items = "\n".join(
        f'<li><a href="{board.href(m)}">{escape(m.title)}</a><span>{iso(m.day)}</span></li>'
        for m in board.shown
    )
    body = f"""<div class="guide"><h3>投诉举报须知</h3>
<p>投诉人应当提供真实姓名和联系方式。对已受理的投诉事项，承办单位一般在15个工作日内办结并答复；
情况复杂的，经批准可延长15个工作日。不属于受理范围的，不予受理并告知投诉人。</p>
<table class="lc"><tr><th>环节</th><th>时限</th></tr><tr><td>已受理</td><td>1个工作日内告知</td></tr>
<tr><td>办理中</td><td>15个工作日</td></tr><tr><td>已办结</td><td>办结后3个工作日内回访</td></tr></table>
<h3>相关文件</h3><ul class="list">
{items}
</ul><p><a href="/hdjl/tsjb/write.html">我要投诉</a></p></div>"""
    return trs_shell(board.name, body, board.site)


def faq(board: Board) -> str:
    items = "\n".join(
        f'<li><a href="{board.href(m)}">问：{escape(m.title)}</a><span class="date">{iso(m.day)}</span></li>'
        for m in board.shown
    )
    return hanweb_shell(board.name, f'<ul class="faq-list">\n{items}\n</ul>', board.site)


# --- the truths ----------------------------------------------------------------------


def board_hanweb() -> Board:
    return Board(
        "hanweb",
        "县长信箱",
        "/col/col1011/index.html",
        (
            Msg(f"{G}县城区中学扩建进度的咨询", 2, "已回复", True),
            Msg(f"{G}竹园镇通村公路路面破损的反映", 20, "处理中", False),
            Msg(f"{G}城乡居民医保缴费渠道的咨询", 95, "待答复", False),
            Msg(f"{G}县人民医院夜间急诊排队的建议", 110, "已回应", True),
            Msg(f"{G}乔庄镇安置房产权证办理的咨询", 140, "已受理", False),
            Msg(f"{G}退休人员养老金调整的咨询", 180, "已回复", True),
            Msg(f"{G}木鱼镇场镇污水管网的反映", 250, "未回复", False),
            Msg(f"{G}农村公路养护补助的咨询", 370, "未回复", False),
        ),
        hanweb_letters,
        notes="Hanweb 信件列表 (处理状态 column); 待答复 and 已受理 unanswered, 已回应 answered",
    )


def board_trs() -> Board:
    return Board(
        "trs",
        "政务咨询",
        "/hdjl/zwzx/",
        (
            Msg(f"{G}个体户经营场所变更登记的咨询", 3, "已办结", True),
            Msg(f"{G}公积金异地转移的咨询", 60, "正在办理", False),
            Msg(f"{G}新能源车牌照申领的咨询", 100, "正在办理", False),
            Msg(f"{G}小区消防通道被占的咨询", 120, "待办理", False),
            Msg(f"{G}农村建房审批流程的咨询", 150, "未处理", False),
            Msg(f"{G}学前教育资助政策的咨询", 160, "已答复", True),
            Msg(f"{G}宠物犬登记办证的咨询", 170, "不予受理", True),
            Msg(f"{G}残疾人机动轮椅车燃油补贴的咨询", 300, "处理完毕", True),
        ),
        trs_list,
        site="桐庐县人民政府",
        notes="TRS 政务咨询: 正在办理, 待办理, 未处理 unanswered; 处理完毕 answered",
    )


def board_published_only() -> Board:
    return Board(
        "published",
        "书记信箱",
        "/col/col1015/index.html",
        tuple(
            Msg(f"{G}{topic}的来信", age, "已办结", True, reply_age=age - 12)
            for topic, age in (
                ("县城停车位规划", 20),
                ("乡镇卫生院医生短缺", 95),
                ("农村客运班线恢复", 130),
                ("城区内涝治理", 200),
                ("茶叶收购价格", 300),
                ("易地搬迁后续扶持", 360),
            )
        ),
        published_only,
        notes="only answered letters are published: nothing to count",
    )


def board_hotline() -> Board:
    return Board(
        "hotline",
        "12345热线",
        "/hdjl/12345/",
        (
            Msg(f"{G}城东菜市场噪音扰民的诉求", 4, "已办结", True, reply_age=1),
            Msg(f"{G}小区电梯长期故障的诉求", 40, "办理中", False),
            Msg(f"{G}供暖费退费的诉求", 100, "已签收", False),
            Msg(f"{G}商铺拖欠押金的诉求", 120, "已回访", True, reply_age=110),
            Msg(f"{G}道路积水的诉求", 150, "待评价", True, reply_age=148),
            Msg(f"{G}拆迁补偿标准的诉求", 200, "已交办", False),
            Msg(f"{G}物业服务质量的诉求", 230, "已办结", True, reply_age=215),
        ),
        hotline_orders,
        site="桐庐县人民政府",
        notes=(
            "12345 work orders: 受理时间 is the asked date, 办结时间 the reply; 已签收 and"
            " 已交办 unanswered; 已回访/待评价 come after the answer"
        ),
    )


def board_paged() -> Board:
    first = tuple(
        Msg(f"{G}县城第{i + 1}批老旧小区改造的咨询", 1 + 3 * i, "已回复" if i % 5 else "处理中",
            bool(i % 5))
        for i in range(10)
    )  # fmt: skip
    board = Board("paged", "县长信箱", "/col/col1011/index.html", first, hanweb_paged)
    base = f"{board.path}?webid=12&sysid=11&pageNum="
    board.later = {
        base + "2": (
            Msg(f"{G}青溪古镇游客停车难的反映", 98, "未回复", False),
            Msg(f"{G}唐家河景区门票优惠的咨询", 104, "已回复", True),
        ),
        base + "3": (Msg(f"{G}白龙湖库区移民补助的咨询", 240, "处理中", False),),
    }
    board.notes = "Hanweb pager ?pageNum=2 (下页): pages 2 and 3 hold the old unanswered letters"
    return board


def board_old() -> Board:
    return Board(
        "old",
        "网上信访",
        "/hdjl/wsxf/",
        (
            Msg(f"{G}征地补偿款发放的信访", 730, "未回复", False),
            Msg(f"{G}林权证办理的信访", 760, "办理中", False),
            Msg(f"{G}宅基地纠纷的信访", 800, "已回复", True),
        ),
        trs_list,
        notes="newest letter two years old: outside the year, nothing counts; no limit on the column",
    )


def board_taiwan() -> Board:
    return Board(
        "taiwan",
        "縣長信箱",
        "/mailbox/list.aspx",
        (
            Msg("建議增設花蓮火車站前機車停車格", 5, "已回覆", True),
            Msg("吉安鄉道路坑洞請儘速修補", 40, "處理中", False),
            Msg("詢問長照2.0交通接送補助資格", 100, "未回覆", False),
            Msg("反映美崙溪河堤步道照明不足", 120, "已回復", True),
            Msg("陳情鳳林鎮垃圾車收運時間", 150, "分案中", False),
            Msg("建議增設親子館", 200, "已答復", True),
            Msg("詢問房屋稅減免", 250, "辦理完成", True),
            Msg("檢舉工地噪音", 300, "處理中", False),
        ),
        taiwan_mailbox,
        lang="zh-Hant-TW",
        site="花蓮縣政府",
        notes="民國 dates; 已回復/已答復/辦理完成 answered (Taiwan writes 回復, 答復); 分案中 unanswered",
    )


def board_taiwan_dates() -> Board:
    return Board(
        "taiwan-dates",
        "民意信箱",
        "/mailbox/opinion.aspx",
        (
            Msg("市區公車路線調整建議", 10, "", True, reply_age=6),
            Msg("請求改善行人道無障礙設施", 30, "", False),
            Msg("詢問育兒津貼申請進度", 100, "", True, reply_age=90),
            Msg("反映社區公園夜間噪音", 130, "", False),
            Msg("建議增設公共自行車站點", 220, "", False),
        ),
        taiwan_reply_dates,
        lang="zh-Hant-TW",
        site="花蓮縣政府",
        notes="回復日期 (Taiwan's 回復): an empty cell is no reply",
    )


def board_english() -> Board:
    return Board(
        "english",
        "Public Enquiries",
        "/en/enquiries/",
        (
            Msg("Opening hours of the marriage registry", 6, "Answered", True),
            Msg("Parking permit for residents of the old town", 50, "Pending", False),
            Msg("Noise from the container terminal at night", 100, "Unanswered", False),
            Msg("Refund of the tourism tax", 130, "Responded", True),
            Msg("Subsidy for rooftop solar panels", 160, "Not answered", False),
            Msg("Bus route 12 timetable", 200, "Closed", True),
            Msg("Street lighting on Harbour Road", 280, "In progress", False),
        ),
        english_enquiries,
        lang="en",
        site="Harbour District Council",
        notes="English states: Unanswered and Not answered hold the word answered",
    )


def board_edges() -> Board:
    return Board(
        "edges",
        "政务咨询",
        "/hdjl/zwzx/",
        (
            Msg(f"{G}春季学期转学手续的咨询", 1, "img:已回复", True, reply_age=0),
            Msg(f"{G}医保门诊共济报销比例的咨询", 90, "未回复", False),
            Msg(f"{G}城区公厕开放时间的咨询", 91, "未回复", False),
            Msg(f"{G}独生子女父母奖励扶助金的咨询", 92, "待回复", False),
            Msg(f"{G}灵活就业社保断缴补缴的咨询", 130, "已回复", True, reply_age=5),
            Msg(f"{G}农业保险理赔时限的咨询", 150, "已受理", False),
            Msg(f"{G}公租房租金减免的咨询", 200, "img:未回复", False),
            Msg(f"{G}高校毕业生就业补贴的咨询", 210, "未回复（Unanswered）", False),
            Msg(f"{G}土地承包经营权确权的咨询", 220, "已回复 Replied", True, reply_age=215),
            Msg(f"{G}老年人乘车优惠卡办理的咨询", 365, "办理中", False),
            Msg(f"{G}城区限行规定的咨询", 366, "未回复", False),
            Msg(f"{G}第三次土壤普查的咨询", 500, "未回复", False),
        ),
        edge_board,
        site="桐庐县人民政府",
        notes=(
            "90 days no, 91 and 92 yes (days, not calendar months); answered 125 days late"
            " is answered; 已受理 unanswered; icons' alt; bilingual states; 365 in, 366 out"
        ),
    )


def board_unknown_word() -> Board:
    """A state word no lexicon has (流转中: passed between offices) beside known ones:
    those letters' own pages say whether they were answered."""
    return Board(
        "unknown-word",
        "县长信箱",
        "/hdjl/xzxx/",
        (
            Msg(f"{G}城北幼儿园入园报名的咨询", 8, "已回复", True),
            Msg(f"{G}国道沿线噪声扰民的反映", 100, "流转中", False),
            Msg(f"{G}乡镇综合文化站开放时间的咨询", 140, "流转中", True),
            Msg(f"{G}山洪灾害预警广播的建议", 260, "流转中", False),
            Msg(f"{G}中药材种植补贴的咨询", 300, "已办结", True),
        ),
        trs_list,
        site="桐庐县人民政府",
        notes="流转中 is not in the lexicon: the letters' pages (回复内容) decide",
    )


def board_css_popup() -> Board:
    return Board(
        "css-popup",
        "网上咨询",
        "/hdjl/wszx/",
        (
            Msg(f"{G}城区停车收费的咨询", 10, "done", None),
            Msg(f"{G}农村厕所改造补助的咨询", 150, "todo", None),
            Msg(f"{G}林下经济扶持政策的咨询", 250, "todo", None),
        ),
        css_popup,
        site="桐庐县人民政府",
        notes="states as classes only and no message pages: nobody can tell; nothing counts",
    )


def board_consultation() -> Board:
    return Board(
        "consultation",
        "意见征集",
        "/col/col1013/index.html",
        (
            Msg("《青川县城市绿化管理办法（征求意见稿）》公开征求意见", 20, "征集中", None),
            Msg("关于县城区停车收费标准调整方案公开征求意见的公告", 120, "已结束", None),
            Msg("《青川县养犬管理规定（草案）》征求意见", 200, "已反馈", None),
            Msg("关于2026年县级民生实事项目征集意见的通知", 300, "已结束", None),
        ),
        consultation,
        messages_board=False,
        notes="drafts put out for comment, not messages",
    )


def board_guide() -> Board:
    return Board(
        "guide",
        "投诉举报",
        "/hdjl/tsjb/",
        (
            Msg("桐庐县12345政务服务便民热线工作规则", 100, "", None),
            Msg("信访事项办理流程图（受理、办理中、办结）", 200, "", None),
            Msg("关于公布投诉举报受理范围的公告", 300, "", None),
        ),
        complaint_guide,
        site="桐庐县人民政府",
        messages_board=False,
        notes="a guide: the stages of a complaint in a table and prose, dated rules; no letter",
    )


def board_faq() -> Board:
    return Board(
        "faq",
        "常见问题",
        "/col/col1016/index.html",
        (
            Msg("新生儿如何办理户口登记？", 100, "", None),
            Msg("居住证办理需要哪些材料？", 200, "", None),
            Msg("社保卡丢失后如何补办？", 300, "", None),
        ),
        faq,
        messages_board=False,
        notes="a FAQ: questions the office wrote itself with their answers, not letters",
    )


def news_with_summaries() -> dict[str, str]:
    """News lists whose items carry a summary that uses a message state's words in a
    sentence (a news page, not a message board): path -> page."""
    zh = [
        (
            "县政务服务中心推行“一件事一次办”改革",
            100,
            "截至目前，中心已受理企业和群众办件1.2万件，正在办理的事项均实行限时办结。",
        ),
        (
            "全县重点项目建设推进会召开",
            150,
            "会议指出，部分项目审批仍在处理中，要求各部门加快进度、按期办结。",
        ),
        (
            "县信访局开展“信访积案化解”专项行动",
            200,
            "行动开展以来，共排查积案36件，已办结29件，其余待处理事项明确了责任人。",
        ),
    ]
    en = [
        (
            "Harbour Road resurfacing",
            100,
            "Works in progress until the end of June; expect delays.",
        ),
        (
            "Budget consultation closes",
            150,
            "The question of the library's funding remains unresolved.",
        ),
        ("New planning portal", 200, "Applications pending approval can now be tracked online."),
    ]
    zh_items = "\n".join(
        f'<li><a href="/xwzx/{ago(age):%Y%m}/t{ago(age):%Y%m%d}_{age}.html">{title}</a>'
        f'<span class="date">{iso(ago(age))}</span><p class="zy">{summary}</p></li>'
        for title, age, summary in zh
    )
    en_items = "\n".join(
        f'<li class="gem-c-document-list__item"><a href="/en/news/{age}">{title}</a>'
        f'<p class="gem-c-document-list__item-description">{summary}</p>'
        f'<time datetime="{iso(ago(age))}">{ago(age).day} {ago(age):%B %Y}</time></li>'
        for title, age, summary in en
    )
    return {
        "/xwzx/": trs_shell(
            "工作动态", f'<ul class="list-zy">\n{zh_items}\n</ul>', "桐庐县人民政府"
        ),
        "/en/news/": en_shell(
            "News",
            f'<ul class="gem-c-document-list">\n{en_items}\n</ul>',
            "Harbour District Council",
        ),
    }


BOARDS: tuple[Callable[[], Board], ...] = (
    board_hanweb, board_trs, board_published_only, board_hotline, board_paged, board_old,
    board_taiwan, board_taiwan_dates, board_english, board_edges, board_unknown_word, board_css_popup,
    board_consultation, board_guide, board_faq,
)  # fmt: skip


# --- sites on the farm ---------------------------------------------------------------


def detail_page(board: Board, m: Msg) -> str:
    """A message's own page, or a look-alike's article."""
    if not board.messages_board:
        body = (
            f'<div class="article"><h1>{escape(m.title)}</h1><p class="info">发布时间：{iso(m.day)}</p>'
            "<p>为广泛听取社会各界意见，现予公布，欢迎提出意见建议。答：请登录政务服务网办理，"
            "详情可咨询12345热线。</p></div>"
        )
        return hanweb_shell(m.title, body, board.site)
    reply = "您好，您反映的问题已转交相关部门办理，感谢您的关注。" if m.answered else ""
    body = f"""<table class="detail"><tr><th>标题</th><td>{escape(m.title)}</td></tr>
<tr><th>留言时间</th><td>{iso(m.day)}</td></tr><tr><th>回复内容</th><td>{reply}</td></tr></table>"""
    return hanweb_shell(m.title, body, board.site)


def homepage(board: Board) -> str:
    news = "".join(
        f'<li><a href="/xwzx/2026/08/{30 - i}/art_{i}.html">县政府召开第{i + 12}次常务会议</a><span>{iso(ago(i))}</span></li>'
        for i in range(1, 6)
    )
    letters = "".join(
        f'<li><a href="{board.href(m)}">{escape(m.title)}</a><span>{iso(m.day)}</span></li>'
        for m in board.messages[:3]
    )
    body = f"""<div class="index"><div class="column"><div class="hd"><h3>政务动态</h3><a class="more" href="/xwzx/">更多&gt;&gt;</a></div>
<ul>{news}</ul></div>
<div class="column"><div class="hd"><h3>{escape(board.name)}</h3><a class="more" href="{board.path}">更多&gt;&gt;</a></div>
<ul>{letters}</ul></div></div>"""
    lang = "en" if board.lang == "en" else board.lang
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8" /><title>{board.site}</title></head>
<body><div class="nav"><a href="/">首页</a><a href="/xwzx/">政务动态</a><a href="{board.path}">{escape(board.name)}</a></div>
{body}<div class="footer">版权所有 {board.site}</div></body></html>"""


def news_page() -> str:
    items = "".join(
        f'<li><a href="/xwzx/2026/08/{30 - i}/art_{i}.html">县领导督导秋粮收购工作（{i}）</a><span>{iso(ago(i))}</span></li>'
        for i in range(1, 9)
    )
    return f'<html><head><meta charset="utf-8"><title>政务动态</title></head><body><ul class="list">{items}</ul></body></html>'


def site_pages(board: Board) -> dict[str, str]:
    """Pages by path (a later page's key holds its query)."""
    pages = {"/": homepage(board), "/xwzx/": news_page(), board.path: board.page()}
    for number, (key, messages) in enumerate(board.later.items(), start=2):
        pages[key] = board.page(messages, number)
        pages[key[:-1] + "1"] = pages[board.path]
    for m in board.all_messages:
        pages[board.href(m)] = detail_page(board, m)
    board.page()  # back to the first page
    return pages
