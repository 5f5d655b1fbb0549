"""Sites that answer but are broken, dead or asleep: the second round (after
tests/realistic_zombie.py), with the truth a monitoring user (and an inspector) expects.

New ground: application and database error pages served with 200 (a CMS's database
error, PHP warnings and fatal errors, classic ASP's OLE DB error, ASP.NET's yellow
screen, Tomcat's error report), panel pages the first round did not have (Plesk, a
directory listing with fresh file dates), an unfinished template of demo items, a
merged-site notice (整合至...) and a script that moves visitors to the new portal, an
OA login page instead of a public site, a fresh homepage whose column pages are all
broken, a frozen site with today's date written by the server, a site that sleeps
(updated once a year: stale, not zombie) and the 365-day boundary, and clean
look-alikes (an "It works!" campaign, a maintenance banner on a live portal, a news
item about a database outage, a PHP deprecation notice over a live portal).

Each `Case` is one site: what `/` answers, what its other pages answer (`pages`, and
`others` for any other path), the status and findings at depth `full` and, where the
sweep (`home`) cannot see what decides it, at depth `home`. `note` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tests.realistic_zombie import _NEWS, _NOTICES, _POLICY, NOW, TODAY, _portal, ago

__all__ = ["NOW", "TODAY", "Case", "cases"]

# The findings a verdict is compared on (the first round's, with broken_link: a column
# page that shows an error is a broken link).
JUDGING = frozenset(
    {
        "unreachable",
        "http_error",
        "placeholder_page",
        "default_server_page",
        "parked_domain",
        "hidden_links",
        "spam_content",
        "offsite_redirect",
        "abandoned",
        "homepage_stale",
        "column_stale",
        "column_empty",
        "site_moved",
        "broken_link",
    }
)
# What the sweep cannot see (column pages, link checks).
NOT_IN_SWEEP = frozenset({"column_stale", "column_empty", "broken_link"})

NOT_FOUND = (404, "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>")
# An article, a stylesheet, an image: the rest of a site answers (not judged here).
PAGE = "<html><head><title>正文</title></head><body><p>正文内容。</p></body></html>"

ZOMBIE = "zombie"
UNREACHABLE = "unreachable"
DEFAULT = "default_server_page"
PLACEHOLDER = "placeholder_page"


@dataclass(frozen=True)
class Case:
    slug: str
    body: str
    status: str  # the verdict at depth full
    codes: frozenset[str]  # findings (of JUDGING) that must be there
    http: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    allowed: frozenset[str] = frozenset()  # findings that may be there too
    pages: Mapping[str, tuple[int, str]] = field(default_factory=dict)  # path -> answer
    others: tuple[int, str] = (200, PAGE)  # what any other path answers
    home_status: str | None = None  # the sweep's verdict, when it differs
    kind: str = ""  # the `unreachable` finding's evidence kind
    detail: str = ""  # a word the judging findings' details must contain
    note: str = ""
    # Judged wrong by the sweep, and left so (README: the sweep reads a date standing in
    # a node of its own as an item; `full` is the reference).
    sweep_wrong: bool = False

    @property
    def host(self) -> str:
        return f"www.{self.slug}.gov.cn"

    def expected(self, depth: str) -> tuple[str, frozenset[str]]:
        if depth == "home":
            return self.home_status or self.status, self.codes - NOT_IN_SWEEP
        return self.status, self.codes


def case(
    slug: str,
    body: str,
    status: str,
    *codes: str,
    server: str = "nginx",
    content_type: str = "text/html; charset=utf-8",
    allowed: tuple[str, ...] = (),
    **kwargs: object,
) -> Case:
    headers = {"Server": server, "Content-Type": content_type}
    return Case(slug, body, status, frozenset(codes), headers=headers,
                allowed=frozenset(allowed), **kwargs)  # type: ignore[arg-type]


# --- application and database errors served with 200 -------------------------------------

# DedeCMS (织梦) when MySQL is down: its own error box, nothing else.
DEDECMS_DB = """<div style='font-size:14px;line-height:160%;border-bottom:1px dashed #000;margin-bottom:10px;padding:10px;'>
<b>DedeCMS Error Warning!</b><br />Technical Support: <a href='http://bbs.dedecms.com' target='_blank'><font color='red'>http://bbs.dedecms.com</font></a>
</div>
<div style="font-size:11px;font-family:tahoma,verdana,arial;background:#fff;padding:5px;width:500px;margin:0 auto;">
<div style="color:#000;font-weight:bold;margin-bottom:5px;">DedeCMS错误警告：</div>
<div style="color:#f00;">连接数据库失败，可能数据库密码不对或数据库服务器出错！</div>
</div>
"""

# A government CMS's own error page (站群 systems print one line and a code).
CMS_DB_ZH = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>系统提示</title>
<style>body{background:#f5f5f5;font-family:"微软雅黑"}.box{width:600px;margin:120px auto;background:#fff;border:1px solid #ddd;padding:30px}</style>
</head>
<body>
<div class="box">
<h2>数据库连接失败</h2>
<p>错误代码：ORA-12541: TNS:无监听程序</p>
<p>请稍后再试，或联系网站管理员。</p>
<p><a href="javascript:history.back();">返回上一页</a></p>
</div>
</body>
</html>"""

# PHP 7 running a site written for PHP 5: mysql_connect() is gone.
PHP_FATAL = """<br />
<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in /www/wwwroot/www.taiping.gov.cn/include/conn.php:8
Stack trace:
#0 /www/wwwroot/www.taiping.gov.cn/index.php(3): require_once()
#1 {main}
  thrown in <b>/www/wwwroot/www.taiping.gov.cn/include/conn.php</b> on line <b>8</b><br />
"""

# PHP 5 with a wrong password: the warning, then the script's own die().
PHP_MYSQL_WARNING = """<br />
<b>Warning</b>:  mysql_connect(): Access denied for user 'xxzx'@'localhost' (using password: YES) in <b>D:\\wwwroot\\jyj\\inc\\config.php</b> on line <b>15</b><br />
数据库连接错误：Access denied for user 'xxzx'@'localhost' (using password: YES)"""

# Classic ASP with an Access database the IIS user may no longer read.
ASP_OLEDB = """<font face="Arial" size=2>
<p>Microsoft OLE DB Provider for ODBC Drivers</font> <font face="Arial" size=2>error '80004005'</font>
<p>
<font face="Arial" size=2>[Microsoft][ODBC Microsoft Access Driver]常见错误 不能打开注册表关键字 'Temporary (volatile) Jet DSN for process 0x1b4c Thread 0x1d20 DBC 0x4a1e024 Jet'。</font>
<p>
<font face="Arial" size=2>/inc/conn.asp</font><font face="Arial" size=2>, line 12</font>
"""

# ASP.NET's "yellow screen of death", rendered by an Application_Error handler that
# forgot to set the status.
ASPNET_YSOD = """<!DOCTYPE html>
<html>
    <head>
        <title>Runtime Error</title>
        <meta name="viewport" content="width=device-width" />
        <style>
         body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}
         p {font-family:"Verdana";font-weight:normal;color:black;margin-top: -5px}
         b {font-family:"Verdana";font-weight:bold;color:black;margin-top: -5px}
         H1 { font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }
         H2 { font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }
         pre {font-family:"Consolas","Lucida Console",Monospace;font-size:11pt;margin:0;padding:0.5em;line-height:14pt}
        </style>
    </head>

    <body bgcolor="white">

            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>

            <h2> <i>Runtime Error</i> </h2></span>

            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">

            <b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons). It could, however, be viewed by browsers running on the local server machine.
            <br><br>

            <b>Details:</b> To enable the details of this specific error message to be viewable on remote machines, please create a &lt;customErrors&gt; tag within a &quot;web.config&quot; configuration file located in the root directory of the current web application. This &lt;customErrors&gt; tag should then have its &quot;mode&quot; attribute set to &quot;Off&quot;.<br><br>

            <table width=100% bgcolor="#ffffcc">
               <tr>
                  <td>
                      <code><pre>

&lt;!-- Web.Config Configuration File --&gt;

&lt;configuration&gt;
    &lt;system.web&gt;
        &lt;customErrors mode=&quot;Off&quot;/&gt;
    &lt;/system.web&gt;
&lt;/configuration&gt;</pre></code>

                  </td>
               </tr>
            </table>

            <br>

    </body>
</html>
"""

# Tomcat's error report, passed on with 200 by a front proxy (or a Struts result).
TOMCAT_500 = """<!doctype html><html lang="zh"><head><title>HTTP状态 500 - 内部服务器错误</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP状态 500 - 内部服务器错误</h1><hr class="line" /><p><b>类型</b> 异常报告</p><p><b>消息</b> Request processing failed; nested exception is java.lang.NullPointerException</p><p><b>描述</b> 服务器遇到一个意外的情况，阻止它完成请求。</p><p><b>例外情况</b></p><pre>org.springframework.web.util.NestedServletException: Request processing failed; nested exception is java.lang.NullPointerException
	org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)
	javax.servlet.http.HttpServlet.service(HttpServlet.java:634)
	org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)
	javax.servlet.http.HttpServlet.service(HttpServlet.java:741)
	org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:53)
</pre><p><b>根本原因。</b></p><pre>java.lang.NullPointerException
	com.hanweb.jcms.web.IndexController.index(IndexController.java:57)
	sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)
	sun.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:62)
</pre><p><b>):注意</b> 主要问题的全部 stack 信息可以在 server logs 里查看</p><hr class="line" /><h3>Apache Tomcat/8.5.51</h3></body></html>"""

# The English Tomcat report of a JSP list page (the column pages of a live site).
TOMCAT_500_EN = """<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title><style type="text/css">h1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:22px;} body {font-family:Tahoma,Arial,sans-serif;color:black;background-color:white;}</style></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Message</b> An exception occurred processing [/list.jsp] at line [42]</p><p><b>Description</b> The server encountered an unexpected condition that prevented it from fulfilling this request.</p><p><b>Exception</b></p><pre>org.apache.jasper.JasperException: An exception occurred processing [/list.jsp] at line [42]
	org.apache.jasper.servlet.JspServletWrapper.handleJspException(JspServletWrapper.java:611)
</pre><p><b>Root Cause</b></p><pre>java.lang.NullPointerException
	org.apache.jsp.list_jsp._jspService(list_jsp.java:158)
</pre><hr class="line" /><h3>Apache Tomcat/9.0.41</h3></body></html>"""


# --- panels and listings ---------------------------------------------------------------

PLESK_DEFAULT = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="copyright" content="Copyright 1999-2024. Plesk International GmbH. All rights reserved.">
    <title>Domain Default page</title>
    <link rel="shortcut icon" href="favicon.ico" type="image/x-icon">
    <link rel="stylesheet" href="css/style.css">
</head>
<body>
<div class="page-container">
    <div class="header">
        <div class="header-content">
            <div class="brand"><a href="https://www.plesk.com" target="_blank"><img src="img/plesk-logo.png" alt="Plesk"></a></div>
        </div>
    </div>
    <div class="content">
        <div class="content-inner">
            <h1>Domain Default page</h1>
            <p class="lead">This page is autogenerated by <a href="https://www.plesk.com" target="_blank">Plesk</a></p>
            <p>If you are the website administrator, log in to Plesk and add a website to this domain or forward it elsewhere.</p>
        </div>
    </div>
    <div class="footer"><p>Copyright © 1999-2024. Plesk International GmbH. All rights reserved.</p></div>
</div>
</body>
</html>"""


def nginx_autoindex() -> str:
    """nginx's autoindex of a web root left open: files and fresh dates, no site."""
    rows = [
        ("attachment/", ago(2), "-"),
        ("backup/", ago(40), "-"),
        ("css/", ago(900), "-"),
        ("images/", ago(900), "-"),
        ("index.html.bak", ago(900), "48211"),
        ("uploads/", ago(1), "-"),
        ("www.zip", ago(5), "52428800"),
    ]
    lines = "\n".join(
        f'<a href="{name}">{name}</a>{" " * (51 - len(name))}{when:%d-%b-%Y} 09:14{size:>20}'
        for name, when, size in rows
    )
    return f"""<html>
<head><title>Index of /</title></head>
<body>
<h1>Index of /</h1><hr><pre><a href="../">../</a>
{lines}
</pre><hr></body>
</html>
"""


# --- an unfinished template ---------------------------------------------------------------


def demo_template() -> str:
    """A CMS template installed and never filled: every column shows the same demo
    items, dated the day it was installed (two years ago)."""
    demo = [
        ("这里是新闻标题这里是新闻标题", ago(731)),
        ("标题标题标题标题标题标题", ago(731)),
        ("测试文章测试文章", ago(731)),
        ("Lorem ipsum dolor sit amet", ago(731)),
        ("这里是新闻标题这里是新闻标题", ago(731)),
    ]
    return _portal(
        "网站名称",
        {"测试栏目": demo, "新闻动态": demo, "通知公告": demo, "栏目名称": demo},
        icp="京ICP备00000000号",
    )


def fresh_demo_template() -> str:
    """The same template installed last week: its demo items are dated then."""
    demo = [
        ("这里是新闻标题这里是新闻标题", ago(6)),
        ("标题标题标题标题标题标题", ago(6)),
        ("测试文章测试文章", ago(6)),
        ("这里是新闻标题这里是新闻标题", ago(6)),
    ]
    return _portal(
        "网站名称",
        {"测试栏目": demo, "新闻动态": demo, "通知公告": demo, "栏目名称": demo},
        icp="京ICP备00000000号",
    )


# --- merged, moved ---------------------------------------------------------------------------

MERGED_NOTICE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>瑞金市发展和改革委员会</title>
<style>.gg{width:760px;margin:80px auto;border:1px solid #c00;padding:30px 40px;line-height:2em;font-size:16px}</style>
</head>
<body>
<div class="gg">
<h2 style="text-align:center;color:#c00">网站整合公告</h2>
<p>　　根据《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号）和省、市关于政府网站集约化建设的工作部署，瑞金市发展和改革委员会网站已整合至瑞金市人民政府门户网站，原网站不再更新。</p>
<p>　　相关信息请访问：<a href="http://www.ruijin.gov.cn/rjsfgw/">瑞金市人民政府门户网站—部门信息公开—市发改委</a></p>
<p>　　给您带来的不便，敬请谅解！</p>
<p style="text-align:right">瑞金市发展和改革委员会<br>2023年6月30日</p>
</div>
</body>
</html>"""

JS_MOVED = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>石城县林业局</title>
<script type="text/javascript">
window.location.href = "http://www.shicheng.gov.cn/scxlyj/";
</script>
</head>
<body>
<p>该网站已迁移至石城县人民政府门户网站，正在为您跳转……</p>
</body>
</html>"""


# --- not a public site ------------------------------------------------------------------------

OA_LOGIN = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>会昌县协同办公系统</title>
<link rel="stylesheet" href="/oa/static/css/login.css">
<script src="/oa/static/js/jquery-1.12.4.min.js"></script>
<script src="/oa/static/js/jsencrypt.min.js"></script>
</head>
<body class="login-bg">
<div class="login-box">
  <div class="logo"><img src="/oa/static/images/logo.png" alt=""></div>
  <h2>会昌县协同办公系统</h2>
  <form id="loginForm" action="/oa/login.do" method="post">
    <div class="item"><input type="text" name="username" placeholder="请输入用户名"></div>
    <div class="item"><input type="password" name="password" placeholder="请输入密码"></div>
    <div class="item"><input type="text" name="captcha" placeholder="验证码"><img src="/oa/captcha.jpg" onclick="this.src='/oa/captcha.jpg?'+Math.random()"></div>
    <button type="submit">登 录</button>
  </form>
  <p class="tip">建议使用Chrome浏览器，分辨率1366×768以上</p>
</div>
<div class="foot">技术支持：江西省数字政府建设运营有限公司</div>
<script>$(function(){ $('#loginForm').on('submit', function(){ /* encrypt */ }); });</script>
</body>
</html>"""


# --- dates -------------------------------------------------------------------------------------


def _portal_at(name: str, newest: int, *, sidebar: str = "") -> str:
    """A county portal whose newest item is `newest` days old."""
    return _portal(
        name,
        {
            "政务动态": [(t, ago(newest + 3 * i)) for i, t in enumerate(_NEWS)],
            "通知公告": [(t, ago(newest + 10 + 12 * i)) for i, t in enumerate(_NOTICES)],
            "政策文件": [(t, ago(newest + 20 + 30 * i)) for i, t in enumerate(_POLICY)],
        },
        sidebar=sidebar,
    )


def server_dated_frozen() -> str:
    """A frozen portal (newest item two years old) that shows today's date as the
    server writes it at each request: in a marquee greeting and in a header box (no
    weekday), and a script that writes the visitor's clock."""
    today = TODAY
    page = _portal_at("寻乌县人民政府", 730)
    return page.replace(
        '<div class="nav">',
        f'<marquee class="gg" scrollamount="3">欢迎访问寻乌县人民政府网站！'
        f"{today.year}年{today.month}月{today.day}日</marquee>"
        f'<div class="date"><span id="today">{today.isoformat()}</span></div>'
        '<div class="clock"><script>document.write(new Date().toLocaleDateString());</script></div>'
        '<div class="nav">',
    )


# --- clean look-alikes ---------------------------------------------------------------------------

IT_WORKS_CAMPAIGN = _portal(
    "It works! 就业创业服务季 - 兴国县人力资源和社会保障局",
    {
        "工作动态": [(t, ago(1 + 2 * i)) for i, t in enumerate(_NEWS)],
        "通知公告": [(t, ago(4 + 9 * i)) for i, t in enumerate(_NOTICES)],
        "政策法规": [(t, ago(12 + 25 * i)) for i, t in enumerate(_POLICY)],
    },
)

MAINTENANCE_BANNER = _portal(
    "于都县人民政府",
    {
        "政务动态": [(t, ago(1 + 2 * i)) for i, t in enumerate(_NEWS)],
        "通知公告": [("关于网上办事大厅系统维护暂停服务的公告", ago(1)),
                 *[(t, ago(5 + 9 * i)) for i, t in enumerate(_NOTICES[:5])]],
        "政策文件": [(t, ago(12 + 25 * i)) for i, t in enumerate(_POLICY)],
    },
).replace(
    '<div class="nav">',
    '<div class="notice-bar" style="background:#fff3cd;padding:6px">系统维护中：网上办事大厅将于'
    f"{ago(-2):%m月%d日}22:00至24:00暂停服务，给您带来的不便，敬请谅解。</div>"
    '<div class="nav">',
)

OUTAGE_NEWS = _portal(
    "南康区人民政府",
    {
        "政务动态": [("关于区政务服务平台数据库连接失败导致业务中断的情况说明", ago(1)),
                 *[(t, ago(2 + 2 * i)) for i, t in enumerate(_NEWS[:7])]],
        "通知公告": [("关于“Server Error”“HTTP Status 500”等系统报错的处置指引", ago(3)),
                 *[(t, ago(5 + 9 * i)) for i, t in enumerate(_NOTICES[:5])]],
        "政策文件": [(t, ago(12 + 25 * i)) for i, t in enumerate(_POLICY)],
    },
)

# A live portal over PHP 5.6 whose first bytes are a deprecation notice.
PHP_NOTICE_LIVE = (
    "<br />\n<b>Deprecated</b>:  mysql_connect(): The mysql extension is deprecated and will be "
    "removed in the future: use mysqli or PDO instead in <b>/home/www/include/db.php</b> on line "
    "<b>21</b><br />\n"
    + _portal_at("宁都县人民政府", 1)
)


def _fresh_with_broken_columns() -> str:
    """A homepage published as static HTML (fresh), whose column list pages are JSPs
    that all fail."""
    page = _portal_at("信丰县人民政府", 1)
    for index in range(3):
        page = page.replace(f'href="/col{index}/"', f'href="/col{index}/list.jsp"')
    return page


# --- the cases -----------------------------------------------------------------------------------


def cases() -> list[Case]:
    error = "error_page"
    return [
        # application and database errors with 200: the site cannot be used, whatever the
        # status says; an inspector records "站点无法访问" (the page does not open properly)
        case("dedecms-db", DEDECMS_DB, UNREACHABLE, "unreachable", kind=error,
             server="Apache/2.2.15 (CentOS)", content_type="text/html",
             note="DedeCMS's database error: the homepage does not work"),
        case("cms-db-zh", CMS_DB_ZH, UNREACHABLE, "unreachable", kind=error),
        case("php-fatal", PHP_FATAL, UNREACHABLE, "unreachable", kind=error,
             content_type="text/html; charset=UTF-8"),
        case("php-mysql-warning", PHP_MYSQL_WARNING, UNREACHABLE, "unreachable", kind=error,
             server="Apache/2.4.23 (Win32) PHP/5.4.45", content_type="text/html"),
        case("asp-oledb", ASP_OLEDB, UNREACHABLE, "unreachable", kind=error,
             server="Microsoft-IIS/6.0", content_type="text/html"),
        case("aspnet-ysod", ASPNET_YSOD, UNREACHABLE, "unreachable", kind=error,
             server="Microsoft-IIS/8.5"),
        case("tomcat-500", TOMCAT_500, UNREACHABLE, "unreachable", kind=error, server=""),
        # panels and listings
        case("plesk", PLESK_DEFAULT, ZOMBIE, DEFAULT, server="Apache"),
        case("autoindex", nginx_autoindex(), ZOMBIE, DEFAULT,
             note="an open web root: fresh file dates are no content"),
        # an unfinished template
        case("demo-template", demo_template(), ZOMBIE, PLACEHOLDER,
             allowed=("abandoned", "homepage_stale", "column_stale"),
             note="demo items only: the site was never built (old dates make it abandoned too)"),
        case("demo-template-fresh", fresh_demo_template(), ZOMBIE, PLACEHOLDER,
             allowed=("column_stale",),
             note="the same template installed last week: still no content"),
        # merged and moved
        case("merged", MERGED_NOTICE, ZOMBIE, PLACEHOLDER,
             note="closed and merged into the portal (关停整合): a candidate for deregistration"),
        case("js-moved", JS_MOVED, ZOMBIE, PLACEHOLDER, "site_moved",
             note="the notice is the page (closed), and the script moves visitors to a "
             "sibling under gov.cn: site_moved, not a hijack"),
        # not a public site: a login form is not dead, and has nothing to date
        case("oa-login", OA_LOGIN, "healthy", server="Apache-Coyote/1.1",
             note="an OA system where a portal should be: not a dead page (it works); "
             "undated, judged by change over time"),
        # a fresh homepage over column pages that all fail (two ways)
        case("columns-500", _fresh_with_broken_columns(), "healthy", allowed=("broken_link",),
             others=(200, TOMCAT_500_EN),
             note="the homepage is fresh, its lists judge the columns; a column page "
             "showing an error with 200 is like a 5xx: a suspected link, not scored "
             "(not even suspected yet: see the report)"),
        case("columns-404", _portal_at("大余县人民政府", 1), "healthy", "broken_link",
             others=NOT_FOUND,
             note="every column page 404: broken links, the homepage's lists judge the columns"),
        # dates
        case("server-date", server_dated_frozen(), ZOMBIE, "abandoned", "homepage_stale",
             "column_stale",
             note="today's date in a marquee, a header and a script's output is the "
             "server's clock, not an update"),
        case("sleeping", _portal_at("全南县人民政府", 300), "stale", "homepage_stale",
             "column_stale",
             note="updated once a year: asleep (stale), not abandoned"),
        case("year-exact", _portal_at("定南县人民政府", 365), "stale", "homepage_stale",
             "column_stale",
             note="newest item exactly 365 days old: within the zombie limit"),
        case("year-over", _portal_at("龙南市人民政府", 366), ZOMBIE, "abandoned",
             "homepage_stale", "column_stale",
             note="366 days: nothing newer than a year, abandoned"),
        # clean look-alikes
        case("it-works-campaign", IT_WORKS_CAMPAIGN, "healthy",
             note="a campaign named 'It works!' on a live portal"),
        case("maintenance-banner", MAINTENANCE_BANNER, "healthy",
             note="a maintenance notice for one system on a working portal"),
        case("outage-news", OUTAGE_NEWS, "healthy",
             note="news about a database outage is not an error page"),
        case("php-notice-live", PHP_NOTICE_LIVE, "healthy",
             note="a deprecation notice over a working portal: the site works"),
    ]
