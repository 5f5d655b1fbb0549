"""Citizen-message columns (政民互动: 领导信箱, 网上咨询, 留言板, 投诉举报, 12345 热线) as
government CMSs render them, with the truth an inspector would write down.

Written apart from tests/portals.py and tests/realistic_zh.py, from how real message
boards look: 集约化 platform tables (序号 | 标题 | 留言时间 | 回复时间 | 状态), state
icons (yhf.gif), `[已办结]` before a title, cards with 受理状态, tables whose only sign
of a reply is a filled 回复时间 cell, year-less `[12-08]` dates, Taiwan's 民意信箱 (民國
dates, 已回覆/處理中/已結案), lists that show titles and dates only (the state is on
the message's own page: 回复内容 / 回复时间 / 回复单位), a 12345 hotline entry that
leads off-site, a 信箱 that is only a letter form, and a paginated board.

Every date is relative to NOW (a Wednesday in March, so that a year-less `[12-08]`
belongs to the year before). The rule (issue 3): a message older than 90 days, within
the past year (365 days), with no reply, counts; the finding carries the count and the
oldest such message, fails the site (veto) and leaves its status as it is.

Decisions the truths rest on (debatable ones say so in `notes`):
- 已受理 (accepted), 已转办 (forwarded to a department), 审核中 (awaiting moderation),
  待处理, 处理中, 办理中, 未办结 are *unanswered*: the citizen has had no answer yet.
- 已回复, 已答复, 已办结, 办结, 已处理, 已反馈, 已回覆, 已結案 are answered.
- 不予受理 (refused) is *answered*: a refusal is a decision communicated to the
  writer (platforms publish it with its reason in 回复内容), and the 互动回应差 item is
  about messages left with no response. Debatable: an inspector may read a bare
  不予受理 with no reason as no answer.
- 公开 / 不公开 say whether the letter is public, not whether it was answered.
- A state shown only by a CSS class (`<span class="state-done"></span>`, an icon from
  the style sheet) is not said in the page's text: unknown from the list, read from the
  message's own page like a list of titles and dates only.
- A 12345 hotline that lives on a provincial platform (another site) is not read: it
  cannot be judged, and is neither empty nor stale nor unanswered.
- A 信箱 that is only a letter form (写信) lists nothing: it is neither empty nor stale.
- A paginated board is read on its first page and `max_message_list_pages` (2) more,
  followed by their 下一页 links (old unanswered letters sink to later pages); a letter
  on a page after those is not seen, and the finding says its count is a minimum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape

NOW = datetime(2026, 3, 18, 2, 30, tzinfo=UTC)  # 10:30 in Beijing, 星期三
TODAY = NOW.date()
AFTER_DAYS = 90  # [rules] unanswered_after_days


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def iso(d: date) -> str:
    return d.isoformat()


def bracket_md(d: date) -> str:
    return f"[{d:%m-%d}]"


def roc_slash(d: date) -> str:
    return f"{d.year - 1911}/{d:%m/%d}"


@dataclass(frozen=True)
class Msg:
    """One message: its title, age in days, the state as shown, and the truth."""

    title: str
    age: int
    shown: str  # the state as the list shows it ("" when it shows none)
    answered: bool  # the truth (from the list, else from the message's page)
    listed: bool | None = None  # what the list alone says; defaults to `answered`
    reply_age: int | None = None  # the reply date, where the list shows one
    detail: str = ""  # the message's own page, when the list does not say

    @property
    def day(self) -> date:
        return ago(self.age)

    @property
    def from_list(self) -> bool | None:
        return self.answered if self.listed is None and not self.detail else self.listed

    @property
    def counts(self) -> bool:
        return not self.answered and AFTER_DAYS < self.age <= 365


@dataclass
class Board:
    """A message column's list page and the truth about it."""

    slug: str
    name: str  # the column's heading (its type: interaction)
    path: str  # the list page's path on its site
    messages: tuple[Msg, ...]
    render: Callable[[Board], str]
    notes: str = ""
    lang: str = "zh-CN"
    details: dict[str, str] = field(default_factory=dict)  # path -> page
    # Messages on later pages of the list, page by page (pages 2, 3...), and how many
    # pages the list says it has; page N is at `page_path(N)` (TRS: index_1.html...).
    later: tuple[tuple[Msg, ...], ...] = ()
    pages: int = 1

    @property
    def page(self) -> str:
        return self.render(self)

    @property
    def overdue(self) -> list[Msg]:
        """What a scan finds: the first page and the 2 it reads besides."""
        seen = [m for page in self.later[:2] for m in page]
        return [m for m in (*self.messages, *seen) if m.counts]

    @property
    def oldest(self) -> Msg | None:
        return max(self.overdue, key=lambda m: m.age, default=None)

    def href(self, index: int) -> str:
        return f"{self.path}content_{52300 + index}.html"

    def page_path(self, number: int) -> str:
        return self.path if number == 1 else f"{self.path}index_{number - 1}.html"

    def later_pages(self) -> dict[str, str]:
        """The list's later pages, by path (the messages of page N numbered from N*100)."""
        pages = {}
        for number, messages in enumerate(self.later, start=2):
            copy = Board(self.slug, self.name, self.path, messages, self.render, lang=self.lang)
            copy.pages, copy.current = self.pages, number
            pages[self.page_path(number)] = copy.page
        return pages

    current: int = 1  # the page of the list this board renders


# --- chrome --------------------------------------------------------------------------


def shell(title: str, body: str, *, lang: str = "zh-CN", site: str = "清源县人民政府") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8" />
<title>{title}_{site}</title>
<meta name="keywords" content="政民互动,领导信箱,网上咨询" />
<link href="/images/css/hdjl.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
</head><body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问{site}门户网站</span>
<span class="fr"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/sitemap/">网站地图</a></span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}" /></a></div>
<div class="search"><form action="/search/" method="get"><input name="q" type="text" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li class="on"><a href="/hdjl/">政民互动</a></li><li><a href="/zjqy/">走进清源</a></li></ul></div>
<div class="main w1200">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">政民互动</a> &gt; <span>{title}</span></div>
<div class="left"><div class="lm-title">政民互动</div><ul class="submenu">
<li><a href="/hdjl/xzxx/">县长信箱</a></li><li><a href="/hdjl/wszx/">网上咨询</a></li>
<li><a href="/hdjl/tsjb/">投诉举报</a></li><li><a href="/hdjl/myzj/">民意征集</a></li></ul></div>
<div class="right"><div class="lm-name"><span>{title}</span></div>
{body}
</div></div>
<div class="footer"><p>主办单位：{site}办公室 承办单位：县数据资源管理局 联系电话：0558-6012345</p>
<p>版权所有 &copy; 2008-{TODAY.year} {site} 皖ICP备05001234号-1 网站标识码：3412270001</p></div>
</body></html>"""


def write_buttons(path: str) -> str:
    return (
        f'<div class="xx-btn"><a href="{path}write.html" class="btn-write">我要写信</a>'
        f' <a href="{path}query.html" class="btn-query">信件查询</a>'
        ' <span class="tip">本信箱受理时间为工作日，一般在15个工作日内答复。</span></div>'
    )


def pager(total: int, pages: int, path: str, current: int = 1) -> str:
    """TRS numbering: page 1 is the folder's index, page N index_{N-1}.html."""

    def at(n: int) -> str:
        return path if n == 1 else f"{path}index_{n - 1}.html"

    following = f' <a href="{at(current + 1)}">下一页</a>' if current < pages else ""
    return (
        f'<div class="page">共{total}条记录 第{current}页/共{pages}页 <a href="{path}">首页</a>'
        f'{following} <a href="{at(pages)}">尾页</a>'
        ' 转到<input type="text" size="2" />页</div>'
    )


# --- list layouts --------------------------------------------------------------------


def table_rows(board: Board, state: Callable[[Msg], str], *, reply: bool = True) -> str:
    rows = []
    for index, m in enumerate(board.messages):
        replied = iso(ago(m.reply_age)) if m.reply_age is not None else ""
        rows.append(
            f'<tr><td class="xh">{index + 1}</td>'
            f'<td class="bt"><a href="{board.href(index)}" target="_blank"'
            f' title="{escape(m.title)}">{escape(m.title)}</a></td>'
            f'<td class="sj">{iso(m.day)}</td>'
            + (f'<td class="sj">{replied}</td>' if reply else "")
            + f'<td class="zt">{state(m)}</td></tr>'
        )
    return "\n".join(rows)


def table_board(state: Callable[[Msg], str], *, reply: bool = True) -> Callable[[Board], str]:
    replied = '<td width="110">回复时间</td>' if reply else ""

    def render(board: Board) -> str:
        body = (
            write_buttons(board.path)
            + '<table class="xxlist" width="100%" cellspacing="0">\n<tbody>\n'
            '<tr class="th"><td width="60">序号</td><td>标题</td><td width="110">留言时间</td>'
            f'{replied}<td width="80">状态</td></tr>\n'
            + table_rows(board, state, reply=reply)
            + "\n</tbody></table>"
            + pager(len(board.messages), board.pages, board.path, board.current)
        )
        return shell(board.name, body, lang=board.lang)

    return render


def text_state(m: Msg) -> str:
    css = "ok" if m.answered else "no"
    return f'<span class="{css}">{m.shown}</span>'


def icon_state(m: Msg) -> str:
    name = {"已回复": "yhf", "未回复": "whf", "办理中": "blz"}[m.shown]
    if m.shown == "办理中":  # an icon titled, not alt-texted
        return f'<img src="/images/hdjl/{name}.gif" title="{m.shown}" width="48" height="16" />'
    return f'<img src="/images/hdjl/{name}.gif" alt="{m.shown}" width="48" height="16" />'


def css_state(m: Msg) -> str:
    return f'<span class="state-{m.shown}"></span>'


def bracket_board(board: Board) -> str:
    items = "".join(
        f'<li><span class="zt">[{m.shown}]</span>'
        f'<a href="{board.href(i)}" target="_blank" title="{escape(m.title)}">{escape(m.title)}</a>'
        f'<span class="date">{iso(m.day)}</span></li>\n'
        for i, m in enumerate(board.messages)
    )
    body = write_buttons(board.path) + f'<ul class="list-zx">\n{items}</ul>'
    return shell(board.name, body, lang=board.lang)


def card_board(board: Board) -> str:
    cards = []
    for i, m in enumerate(board.messages):
        public = "不公开" if i % 3 == 1 else "公开"
        cards.append(
            f'<div class="ly-item"><h4><a href="{board.href(i)}" target="_blank">{escape(m.title)}</a></h4>'
            f'<p class="info"><span>留言人：网友{i + 17}**</span><span>留言时间：{iso(m.day)}</span>'
            f"<span>受理状态：{m.shown}</span><span>{public}</span></p></div>"
        )
    body = write_buttons(board.path) + '<div class="ly-list">' + "\n".join(cards) + "</div>"
    return shell(board.name, body, lang=board.lang)


def reply_date_board(board: Board) -> str:
    """留言时间 and 回复时间 only: no state word anywhere; unanswered rows' 回复时间 empty."""
    rows = "\n".join(
        f'<tr><td><a href="{board.href(i)}" target="_blank">{escape(m.title)}</a></td>'
        f'<td align="center">{iso(m.day)}</td>'
        f'<td align="center">{iso(ago(m.reply_age)) if m.reply_age is not None else ""}</td></tr>'
        for i, m in enumerate(board.messages)
    )
    body = (
        '<table class="list" width="100%"><tr><th>来信标题</th><th width="120">留言时间</th>'
        f'<th width="120">回复时间</th></tr>\n{rows}\n</table>'
    )
    return shell(board.name, body, lang=board.lang)


def yearless_board(board: Board) -> str:
    items = "".join(
        f'<li><a href="{board.href(i)}" title="{escape(m.title)}">{escape(m.title)}</a>'
        f'<em class="zt">{m.shown}</em><span class="time">{bracket_md(m.day)}</span></li>\n'
        for i, m in enumerate(board.messages)
    )
    return shell(board.name, f'<ul class="news-list">\n{items}</ul>', lang=board.lang)


def taiwan_board(board: Board) -> str:
    rows = "\n".join(
        f'<tr><td data-title="編號">{1130000 + 37 * i}</td>'
        f'<td data-title="主旨"><a href="{board.href(i)}" title="{escape(m.title)}">{escape(m.title)}</a></td>'
        f'<td data-title="來信日期">{roc_slash(m.day)}</td>'
        f'<td data-title="處理狀態">{m.shown}</td></tr>'
        for i, m in enumerate(board.messages)
    )
    body = (
        '<div class="mailbox-intro">民眾來信將於6個工作天內回覆，案情複雜者得延長之。</div>'
        '<table class="table-list"><thead><tr><th scope="col">編號</th><th scope="col">主旨</th>'
        '<th scope="col">來信日期</th><th scope="col">處理狀態</th></tr></thead>\n'
        f"<tbody>{rows}</tbody></table>"
    )
    return shell(board.name, body, lang=board.lang, site="臺中市政府")


def plain_board(board: Board) -> str:
    """Titles and dates only: the state is on each message's own page."""
    items = "".join(
        f'<li><a href="{board.href(i)}" target="_blank" title="{escape(m.title)}">'
        f"{escape(m.title)}</a><span>{iso(m.day)}</span></li>\n"
        for i, m in enumerate(board.messages)
    )
    return shell(board.name, write_buttons(board.path) + f'<ul class="list">\n{items}</ul>')


def detail_page(board: Board, m: Msg, reply: str, unit: str = "") -> str:
    """A message's own page: 留言内容, then 回复内容 (empty or 暂无回复 when unanswered)."""
    replied = iso(ago(m.reply_age)) if m.reply_age is not None else ""
    body = f"""<div class="xxxq"><table class="detail" width="100%">
<tr><th width="120">信件标题</th><td>{escape(m.title)}</td></tr>
<tr><th>留言时间</th><td>{iso(m.day)} 09:{m.age % 60:02d}:12</td></tr>
<tr><th>留言内容</th><td>您好！{escape(m.title)}，希望有关部门尽快研究解决，谢谢。</td></tr>
<tr><th>回复单位</th><td>{unit}</td></tr>
<tr><th>回复时间</th><td>{replied}</td></tr>
<tr><th>回复内容</th><td>{reply}</td></tr>
</table></div>"""
    return shell(m.title, body, lang=board.lang)


def form_page(name: str) -> str:
    """A 信箱 that is only a letter form: no list of letters."""
    body = f"""<div class="xx-form"><div class="xz">
<p>{name}是县政府联系群众的渠道。请如实填写个人信息，我们将在15个工作日内予以答复。
涉及诉讼、仲裁、行政复议等法定途径的事项，请依法向有关机关提出。</p></div>
<form action="/hdjl/xzxx/submit.do" method="post" name="letter">
<table class="form-table"><tr><td>姓名：</td><td><input type="text" name="name" /></td></tr>
<tr><td>联系电话：</td><td><input type="text" name="phone" /></td></tr>
<tr><td>信件类别：</td><td><select name="kind"><option>咨询</option><option>建议</option><option>投诉</option></select></td></tr>
<tr><td>标题：</td><td><input type="text" name="title" size="60" /></td></tr>
<tr><td>内容：</td><td><textarea name="content" rows="10" cols="60"></textarea></td></tr>
<tr><td>验证码：</td><td><input type="text" name="code" /><img src="/hdjl/code.jsp" alt="验证码" /></td></tr>
<tr><td></td><td><button type="submit">提交</button> <button type="reset">重置</button></td></tr>
</table></form></div>"""
    return shell(name, body)


# --- the boards ----------------------------------------------------------------------

T = "关于"  # most letters start so


def table_text() -> Board:
    return Board(
        "table-text",
        "县长信箱",
        "/hdjl/xzxx/",
        (
            Msg(f"{T}城南小学门口早晚高峰交通拥堵的问题", 3, "已回复", True, reply_age=1),
            Msg(f"{T}滨河路路灯不亮的反映", 12, "待回复", False),
            Msg(f"{T}幸福小区二期物业费收取标准的咨询", 30, "未回复", False),
            Msg(f"{T}农村危房改造补助发放进度的咨询", 100, "未回复", False),
            Msg(f"{T}县医院停车难的建议", 120, "已答复", True, reply_age=110),
            Msg(f"{T}东方花园小区违建问题的投诉", 150, "办理中", False),
            Msg(f"{T}灵活就业人员社保补贴申领的咨询", 200, "已办结", True, reply_age=190),
            Msg(f"{T}清河镇自来水水质发黄的反映", 250, "处理中", False),
            Msg(f"{T}老旧小区加装电梯政策的咨询", 400, "未回复", False),
            Msg(f"{T}公租房申请条件的咨询", 420, "已回复", True, reply_age=410),
        ),
        table_board(text_state),
        notes="states as words in a 状态 column; 400 days is outside the year",
    )


def table_icons() -> Board:
    return Board(
        "table-icons",
        "网上咨询",
        "/hdjl/wszx/",
        (
            Msg(f"{T}新生儿医保参保登记流程的咨询", 5, "已回复", True, reply_age=2),
            Msg(f"{T}个体工商户注销需要哪些材料", 95, "未回复", False),
            Msg(f"{T}高龄津贴发放时间的咨询", 180, "已回复", True, reply_age=170),
            Msg(f"{T}退役军人优待证办理的咨询", 300, "办理中", False),
            Msg(f"{T}不动产登记预约的咨询", 380, "未回复", False),
        ),
        table_board(icon_state),
        notes="states as icons (<img alt>, one <img title>)",
    )


def ul_brackets() -> Board:
    return Board(
        "ul-brackets",
        "投诉举报",
        "/hdjl/tsjb/",
        (
            Msg(f"{T}某超市销售过期食品的投诉", 10, "已办结", True),
            Msg(f"{T}建筑工地夜间施工扰民的投诉", 40, "待处理", False),
            Msg(f"{T}某培训机构拒不退费的投诉", 100, "已受理", False),
            Msg(f"{T}东关村村务不公开的举报", 130, "已转办", False),
            Msg(f"{T}邻居饲养大型犬的投诉", 160, "不予受理", True),
            Msg(f"{T}出租车拒载的投诉", 170, "已反馈", True),
            Msg(f"{T}小区垃圾清运不及时的投诉", 180, "办结", True),
            Msg(f"{T}餐馆油烟扰民的投诉", 190, "已处理", True),
            Msg(f"{T}河道非法采砂的举报", 200, "审核中", False),
            Msg(f"{T}拖欠农民工工资的投诉", 500, "未办结", False),
        ),
        bracket_board,
        notes=(
            "已受理/已转办/审核中 are not answers; 不予受理 is (debatable); 500 days is"
            " outside the year"
        ),
    )


def cards() -> Board:
    return Board(
        "cards",
        "留言板",
        "/hdjl/lyb/",
        (
            Msg(f"{T}城区学校学位紧张的建议", 7, "已回复", True),
            Msg(f"{T}公交12路增加班次的建议", 92, "办理中", False),
            Msg(f"{T}菜市场周边占道经营的反映", 140, "待回复", False),
            Msg(f"{T}电动自行车充电桩建设的建议", 360, "已回复", True),
            Msg(f"{T}城东片区供暖不达标的反映", 366, "办理中", False),
        ),
        card_board,
        notes="cards: 留言时间 and 受理状态 in a line; 公开/不公开 say nothing of a reply",
    )


def reply_dates() -> Board:
    return Board(
        "reply-dates",
        "网上咨询",
        "/hdjl/wszx/",
        (
            Msg(f"{T}异地就医备案的咨询", 4, "", True, reply_age=2),
            Msg(f"{T}居住证办理时限的咨询", 20, "", False),
            Msg(f"{T}残疾人两项补贴标准的咨询", 110, "", False),
            Msg(f"{T}城乡居民养老保险缴费档次的咨询", 130, "", True, reply_age=125),
            Msg(f"{T}小微企业创业担保贷款的咨询", 210, "", False),
            Msg(f"{T}农村宅基地审批的咨询", 380, "", False),
        ),
        reply_date_board,
        notes="no state words: a filled 回复时间 cell is the reply, an empty one none",
    )


def yearless() -> Board:
    return Board(
        "yearless",
        "书记信箱",
        "/hdjl/sjxx/",
        (
            Msg(f"{T}镇区农贸市场改造的建议", 5, "已回复", True),
            Msg(f"{T}村道硬化工程进度的反映", 45, "未回复", False),
            Msg(f"{T}三组灌溉水渠堵塞的反映", 100, "未回复", False),
            Msg(f"{T}低保评定程序的咨询", 200, "办理中", False),
        ),
        yearless_board,
        notes="[12-08]: year-less dates, of the year before (NOW is in March)",
    )


def taiwan() -> Board:
    return Board(
        "taiwan",
        "市長信箱",
        "/mayor/mailbox/",
        (
            Msg("建議增設國民運動中心停車位", 10, "已回覆", True),
            Msg("西屯區路面坑洞請儘速修補", 100, "處理中", False),
            Msg("公車誤點情形嚴重請改善", 150, "辦理中", False),
            Msg("反映公園遊具損壞", 200, "已結案", True),
            Msg("詢問育兒津貼申請資格", 300, "已回覆", True),
            Msg("檢舉違規停車", 400, "處理中", False),
        ),
        taiwan_board,
        lang="zh-Hant-TW",
        notes="民國 dates (115/03/08), 已回覆/處理中/辦理中/已結案",
    )


def css_only() -> Board:
    """States only as CSS classes (icons from the style sheet), so unknown from the list;
    each message's page says it."""
    msgs = [
        (f"{T}县城老旧管网改造的建议", 6, "done", True, 2),
        (f"{T}乡村客运班线停运的反映", 100, "todo", False, None),
        (f"{T}医保个人账户家庭共济的咨询", 150, "done", True, 140),
        (f"{T}污水处理厂异味扰民的投诉", 240, "todo", False, None),
        (f"{T}农机购置补贴的咨询", 400, "todo", False, None),
    ]
    board = Board("css-only", "网上咨询", "/hdjl/wszx/", (), table_board(css_state, reply=False))
    messages = []
    for index, (title, age, css, answered, reply_age) in enumerate(msgs):
        m = Msg(title, age, css, answered, reply_age=reply_age, detail=board.href(index))
        reply = "您好，您反映的问题已转交县住建局研究办理，感谢您的关注。" if answered else ""
        board.details[m.detail] = detail_page(board, m, reply, "县政府办公室" if answered else "")
        messages.append(m)
    board.messages = tuple(messages)
    board.notes = "a state only as a CSS class: read from each message's page"
    return board


def detail_only(ages: Sequence[tuple[int, bool]] | None = None, slug: str = "detail-only") -> Board:
    """Titles and dates only; each message's page has 回复内容 (empty or 暂无回复)."""
    ages = ages or [
        (3, True), (50, False), (95, True), (120, False), (160, True),
        (220, False), (300, True), (330, False), (400, False),
    ]  # fmt: skip
    topics = [
        "城区停车收费标准",
        "农村饮水安全工程",
        "中小学课后服务收费",
        "县城集中供暖",
        "失地农民养老保险",
        "城乡环卫一体化",
        "公立医院挂号难",
        "老年人助餐服务",
        "残疾人就业补贴",
        "新能源汽车充电",
        "历史文化街区保护",
        "社区卫生服务中心",
        "农产品冷链物流",
        "城中村改造补偿",
        "夜市摊位规划",
        "公共厕所维护",
        "快递进村",
        "河长制落实",
    ]
    board = Board(slug, "领导信箱", "/hdjl/ldxx/", (), plain_board)
    messages = []
    for index, (age, answered) in enumerate(ages):
        title = f"{T}{topics[index % len(topics)]}的问题（{index + 1}）"
        replied = age - 7 if answered else None
        m = Msg(title, age, "", answered, reply_age=replied, detail=board.href(index))
        if answered:
            reply = (
                "网友您好：经核实，您反映的问题已由相关部门处理完毕，具体情况如下……感谢您的监督。"
            )
        else:
            reply = "暂无回复" if index % 2 else ""
        board.details[m.detail] = detail_page(board, m, reply, "县信访局" if answered else "")
        messages.append(m)
    board.messages = tuple(messages)
    board.notes = "titles and dates only: each message's page says whether it was answered"
    return board


def paginated() -> Board:
    """A busy board: its first page (15 letters, all within 60 days) is clean; older,
    unanswered letters are on page 2."""
    first = tuple(
        Msg(
            f"{T}城区第{i + 1}号道路维修的反映",
            2 + 4 * i,
            "已回复" if i % 4 else "办理中",
            bool(i % 4),
        )
        for i in range(15)
    )
    later = (
        (
            Msg(f"{T}西郊垃圾中转站选址的反映", 120, "未回复", False),
            Msg(f"{T}城东菜市场改造进度的咨询", 125, "已回复", True),
        ),
        (Msg(f"{T}南河桥梁限高架设置的建议", 200, "办理中", False),),
        # Page 4: after the 2 pages a scan reads besides the first.
        (Msg(f"{T}北山林地权属纠纷的投诉", 300, "未回复", False),),
    )
    board = Board("paginated", "县长信箱", "/hdjl/xzxx/", first, table_board(text_state))
    board.later, board.pages = later, 20
    board.notes = (
        "第1页/共20页: pages 1-3 are read (letters of 120 and 200 days on pages 2 and 3);"
        " the 300-day letter on page 4 is not seen: the count is a minimum"
    )
    return board


BOARDS: tuple[Callable[[], Board], ...] = (
    table_text, table_icons, ul_brackets, cards, reply_dates, yearless, taiwan,
    css_only, detail_only, paginated,
)  # fmt: skip


# --- homepages for the farm ------------------------------------------------------------


def news_block(path: str = "/xwzx/") -> str:
    items = "".join(
        f'<li><a href="{path}202603/t2026031{i}_77{i}1.html">县政府召开第{i + 3}次常务会议研究部署重点工作</a>'
        f"<span>{iso(ago(i))}</span></li>"
        for i in range(1, 6)
    )
    return (
        f'<div class="column"><div class="title"><h3>政务动态</h3><a class="more" href="{path}">更多&gt;&gt;</a></div>'
        f"<ul>{items}</ul></div>"
    )


def board_block(board: Board, shown: int = 4) -> str:
    items = "".join(
        f'<li><a href="{board.href(i)}" title="{escape(m.title)}">{escape(m.title)}</a>'
        f"<span>{iso(m.day)}</span></li>"
        for i, m in enumerate(board.messages[:shown])
    )
    return (
        f'<div class="column"><div class="title"><h3>{board.name}</h3>'
        f'<a class="more" href="{board.path}">更多&gt;&gt;</a></div><ul>{items}</ul></div>'
    )


def homepage(blocks: str, *, lang: str = "zh-CN", extra: str = "") -> str:
    return shell("首页", f'<div class="index">{blocks}{extra}</div>', lang=lang).replace(
        "<title>首页_", "<title>"
    )


@dataclass
class Site:
    """A site on the farm: pages by path, and what the scan must find."""

    slug: str
    pages: dict[str, str]
    count: int  # unanswered messages the finding counts (0: no finding)
    oldest: tuple[str, date] | None
    notes: str = ""


def board_site(board: Board) -> Site:
    pages = {"/": homepage(news_block() + board_block(board), lang=board.lang)}
    pages["/xwzx/"] = shell(
        "政务动态",
        '<ul class="list">'
        + "".join(
            f'<li><a href="/xwzx/202603/t2026031{i}_88{i}.html">县领导调研春耕备耕工作（{i}）</a>'
            f"<span>{iso(ago(i))}</span></li>"
            for i in range(1, 9)
        )
        + "</ul>",
    )
    pages[board.path] = board.page
    pages.update(board.later_pages())
    pages.update(board.details)
    oldest = board.oldest
    return Site(
        board.slug,
        pages,
        len(board.overdue),
        (oldest.title, oldest.day) if oldest else None,
        board.notes,
    )


def hotline_site() -> Site:
    """A 12345 热线 column whose list lives on the provincial platform (off-site), next to
    a 信箱 that is only a letter form."""
    hotline = (
        '<div class="column"><div class="title"><h3>12345政务服务便民热线</h3>'
        '<a class="more" href="https://12345.ah.gov.cn/hotline/index.html?area=341227">更多&gt;&gt;</a></div>'
        '<div class="hotline"><a href="https://12345.ah.gov.cn/hotline/index.html?area=341227">'
        '<img src="/images/12345.jpg" alt="12345热线" /></a><p>拨打12345，服务零距离</p></div></div>'
    )
    mailbox = (
        '<div class="column"><div class="title"><h3>县长信箱</h3>'
        '<a class="more" href="/hdjl/xzxx/">更多&gt;&gt;</a></div>'
        '<div class="xx"><a href="/hdjl/xzxx/"><img src="/images/xzxx.jpg" alt="给县长写信" /></a></div></div>'
    )
    pages = {
        "/": homepage(news_block() + hotline + mailbox),
        "/xwzx/": shell(
            "政务动态",
            '<ul class="list">'
            + "".join(
                f'<li><a href="/xwzx/202603/t2026031{i}_99{i}.html">县政府召开专题会议（{i}）</a>'
                f"<span>{iso(ago(i))}</span></li>"
                for i in range(1, 9)
            )
            + "</ul>",
        ),
        "/hdjl/xzxx/": form_page("县长信箱"),
    }
    return Site(
        "hotline-form",
        pages,
        0,
        None,
        "12345 off-site: not judged; 县长信箱 a form: neither empty nor stale",
    )
