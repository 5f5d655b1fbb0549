"""Blind evaluation: homepages that are not the site any more (or look like it).

Written from knowledge of the real pages a census of Chinese and English government
sites meets, before any scan: cloud hosts' ICP-filing interception pages, hosting
panels' and web servers' stock pages, registrars' expired-domain and for-sale landers,
升级改版/维护 placeholders, closure (关停/集约化) notices, redirects to a portal, WAF
and CDN challenges; and live pages that must NOT be called dead (a script-built
portal, a short live site, an OA login, a small site with an "under construction"
banner).

Each entry is one farm host: its routes (path -> status, headers, body) and the truth
(acceptable statuses per depth, findings that must and must not appear, the
`unreachable` finding's kind). Hosts that redirects and links lead to are in EXTRA.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

NOW = date(2026, 11, 25)


@dataclass(frozen=True)
class Resp:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Truth:
    status: frozenset[str]
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    kind: str | None = None  # the `unreachable` finding's kind, when it must appear
    status_full: frozenset[str] | None = None  # when the full scan may judge otherwise
    passed: bool | None = None
    why: str = ""


@dataclass(frozen=True)
class DeadSite:
    key: str
    host: str
    name: str
    routes: dict[str, Resp]
    truth: Truth
    group: str = "blind"


DEAD = ("placeholder_page", "default_server_page", "parked_domain")
HIJACK = ("hidden_links", "spam_content", "offsite_redirect", "cloaking")
NOT_DEAD = DEAD + HIJACK + ("abandoned",)
ZOMBIE = frozenset({"zombie"})
UNREACHABLE = frozenset({"unreachable"})
LIVE = frozenset({"healthy"})


def _h(ctype: str = "text/html; charset=utf-8", server: str = "nginx", *extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = [("Content-Type", ctype)]
    if server:
        out.append(("Server", server))
    out.extend(extra)
    return tuple(out)


def _d(days: int) -> date:
    return NOW - timedelta(days=days)


def _ymd(d: date, sep: str = "-") -> str:
    return f"{d.year:04d}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- Cloud hosts' ICP-filing interception pages (未备案) -------------------------------

ALIYUN_UNFILED = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>网站暂时无法访问</title>
<style>
html,body{margin:0;padding:0;font-family:"PingFang SC","Microsoft YaHei",Helvetica,Arial,sans-serif;background:#f5f6f7;color:#333}
.wrap{max-width:780px;margin:80px auto 0;background:#fff;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.08);padding:48px 56px}
.logo img{height:32px}
.title{font-size:28px;font-weight:500;margin:32px 0 16px;color:#181818}
.title i{display:inline-block;width:28px;height:28px;background:url(//img.alicdn.com/tfs/TB1_ZXuNcfpK1RjSZFOXXa6nFXa-56-56.png) no-repeat;background-size:28px;vertical-align:-4px;margin-right:10px}
.desc p{font-size:14px;line-height:26px;margin:0;color:#555}
.desc ol{padding-left:20px;font-size:14px;line-height:26px;color:#555}
.admin{margin-top:28px;padding-top:20px;border-top:1px solid #eee;font-size:13px;color:#888;line-height:22px}
.admin a{color:#0070cc;text-decoration:none}
.foot{text-align:center;font-size:12px;color:#aaa;margin:24px 0}
</style>
</head>
<body>
<div class="wrap">
  <div class="logo"><img src="//img.alicdn.com/tfs/TB1Ly5oS3HqK1RjSZFPXXcwapXa-238-54.png" alt="阿里云"></div>
  <div class="title"><i></i>网站暂时无法访问</div>
  <div class="desc">
    <p>您访问的网站 www.jxsly.gov.cn 暂时无法访问，可能由以下原因导致：</p>
    <ol>
      <li>该网站未备案，或备案信息已被注销；</li>
      <li>该网站备案信息不准确，已被管局要求暂停接入；</li>
      <li>该网站内容不符合相关法律法规。</li>
    </ol>
  </div>
  <div class="admin">
    如果您是该网站的管理员，请登录<a href="https://beian.aliyun.com/" target="_blank">阿里云ICP代备案管理系统</a>，
    为网站所使用的域名办理备案或核实备案信息。备案完成后网站即可恢复访问。<br>
    相关说明请参考：<a href="https://help.aliyun.com/document_detail/36907.html" target="_blank">为什么网站访问提示“网站暂时无法访问”？</a>
  </div>
</div>
<div class="foot">© 2009-2026 Aliyun.com 版权所有</div>
</body>
</html>
"""

TENCENT_UNFILED = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head><body style="margin:0;padding:0"><iframe src="https://dnspod.qcloud.com/static/webblock.html?d=www.lqzjj.gov.cn" style="width: 100%; height: 100%; position: absolute; border: 0" frameborder="0" scrolling="no"></iframe></body></html>"""

HUAWEI_UNFILED = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>网站暂时无法访问 - 华为云</title>
<link rel="icon" href="https://res-static.hc-cdn.cn/cloudbu-site/china/zh-cn/favicon.ico">
<style>
body{margin:0;font-family:"Microsoft YaHei","PingFang SC",sans-serif;background:#fff}
.header{height:56px;border-bottom:1px solid #e5e5e5;padding:0 40px;display:flex;align-items:center}
.header img{height:24px}
.content{width:640px;margin:120px auto;text-align:center}
.content h2{font-size:24px;color:#252b3a;font-weight:400}
.content p{font-size:14px;color:#575d6c;line-height:24px;text-align:left}
.content a{color:#526ecc}
</style>
</head>
<body>
<div class="header"><img src="https://res-static.hc-cdn.cn/cloudbu-site/china/zh-cn/header/logo.png" alt="华为云"></div>
<div class="content">
<img src="https://res-static.hc-cdn.cn/cloudbu-site/china/zh-cn/beian/block.png" width="160" alt="">
<h2>网站暂时无法访问</h2>
<p>您访问的网站未在华为云完成ICP备案（或备案已注销），根据工业和信息化部相关规定，未备案的网站不能在中国内地提供服务，暂时无法访问。</p>
<p>如果您是网站管理员，请登录<a href="https://beian.huaweicloud.com/">华为云备案中心</a>为该网站办理ICP备案，备案成功后即可正常访问。</p>
</div>
</body>
</html>
"""

# -- Hosting panels and web servers' stock pages ------------------------------------------

BT_CREATED = """<!doctype html>
<html>
<head>
    <meta charset="utf-8">
    <title>恭喜，站点创建成功！</title>
    <style>
        .container {
            width: 60%;
            margin: 10% auto 0;
            background-color: #f0f0f0;
            padding: 2% 5%;
            border-radius: 10px
        }

        ul {
            padding-left: 20px;
        }

            ul li {
                line-height: 2.3
            }

        a {
            color: #20a53a
        }
    </style>
</head>
<body>
    <div class="container">
        <h1>恭喜, 站点创建成功！</h1>
        <h3>这是默认index.html，本页面由系统自动生成</h3>
        <ul>
            <li>本页面在FTP根目录下的index.html</li>
            <li>您可以修改、删除或覆盖本页面</li>
            <li>FTP相关信息，请到“面板系统后台 > FTP” 查看</li>
        </ul>
    </div>
</body>
</html>
"""

BT_NO_SITE = """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>没有找到站点</title>
<style>
*{margin:0;padding:0;color:#444}
body{font-size:14px;font-family:"宋体"}
.main{width:600px;margin:10% auto;}
.title{background: #20a53a;color: #fff;font-size: 16px;height: 40px;line-height: 40px;padding-left: 20px;}
.content{background-color:#f3f7f9; height:300px;border:1px dashed #c6d9b6;padding:20px}
.t1{border-bottom: 1px dashed #c6d9b6;color: #ff4000;font-weight: bold; margin: 0 0 20px; padding-bottom: 18px;}
.t2{margin-bottom:8px; font-weight:bold}
ol{margin:0 0 20px 22px;padding:0;}
ol li{line-height:30px}
</style>
</head>

<body>
	<div class="main">
		<div class="title">没有找到站点</div>
		<div class="content">
			<p class="t1">您的请求在Web服务器中没有找到对应的站点！</p>
			<p class="t2">可能原因：</p>
			<ol>
				<li>您没有将此域名或IP绑定到对应站点!</li>
				<li>配置文件未生效!</li>
			</ol>
			<p class="t2">如何解决：</p>
			<ol>
				<li>检查是否已经绑定到对应站点，若确认已绑定，请尝试重载Web服务；</li>
				<li>检查端口是否正确；</li>
				<li>若您使用了CDN产品，请尝试清除CDN缓存；</li>
				<li>普通网站访客，请联系网站管理员；</li>
			</ol>
		</div>
	</div>
</body>
</html>
"""

IIS10 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>IIS Windows Server</title>
<style type="text/css">
<!--
body {
	color:#000000;
	background-color:#0072C6;
	margin:0;
}

#container {
	margin-left:auto;
	margin-right:auto;
	text-align:center;
	}

a img {
	border:none;
}

-->
</style>
</head>
<body>
<div id="container">
<a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409"><img src="iisstart.png" alt="IIS" width="960" height="600" /></a>
</div>
</body>
</html>"""

IIS7 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>IIS7</title>
<style type="text/css">
<!--
body {
	color:#000000;
	background-color:#B3B3B3;
	margin:0;
}

#container {
	margin-left:auto;
	margin-right:auto;
	text-align:center;
	}

a img {
	border:none;
}

-->
</style>
</head>
<body>
<div id="container">
<a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409"><img src="welcome.png" alt="IIS7" width="571" height="411" /></a>
</div>
</body>
</html>"""

APACHE_IT_WORKS = "<html><body><h1>It works!</h1></body></html>\n"

DEBIAN_DEFAULT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <!--
    Modified from the Debian original for Ubuntu
    Last updated: 2022-03-22
    See: https://launchpad.net/bugs/1966004
  -->
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Apache2 Debian Default Page: It works</title>
    <style type="text/css" media="screen">
  * {
    margin: 0px 0px 0px 0px;
    padding: 0px 0px 0px 0px;
  }

  body, html {
    padding: 3px 3px 3px 3px;

    background-color: #D8DBE2;

    font-family: Ubuntu, Verdana, sans-serif;
    font-size: 11pt;
    text-align: center;
  }

  div.main_page {
    position: relative;
    display: table;

    width: 800px;

    margin-bottom: 3px;
    margin-left: auto;
    margin-right: auto;
    padding: 0px 0px 0px 0px;

    border-width: 2px;
    border-color: #212738;
    border-style: solid;

    background-color: #FFFFFF;

    text-align: center;
  }

  div.page_header {
    height: 180px;
    width: 100%;

    background-color: #F5F6F7;
  }

  div.page_header span {
    margin: 15px 0px 0px 50px;

    font-size: 180%;
    font-weight: bold;
  }

  div.table_of_contents {
    clear: left;

    min-width: 200px;

    margin: 3px 3px 3px 3px;

    background-color: #FFFFFF;

    text-align: left;
  }

  div.content_section_text {
    padding: 4px 8px 4px 8px;

    color: #000000;
    font-size: 100%;
  }

  div.section_header {
    padding: 3px 6px 3px 6px;

    background-color: #8E9CB2;

    color: #FFFFFF;
    font-weight: bold;
    font-size: 112%;
    text-align: center;
  }

  div.section_header_red {
    background-color: #CD214F;
  }

  div.section_header_grey {
    background-color: #9F9386;
  }

  .floating_element {
    position: relative;
    float: left;
  }

  div.table_of_contents_item a,
  div.content_section_text a {
    text-decoration: none;
    font-weight: bold;
  }

  div.content_section_text a:link,
  div.content_section_text a:visited,
  div.content_section_text a:active {
    background-color: #DCDFE6;

    color: #556B2F;
  }

  div.content_section_text a:hover {
    background-color: #000000;

    color: #DCDFE6;
  }

  div.validator {
  }
    </style>
  </head>
  <body>
    <div class="main_page">
      <div class="page_header floating_element">
        <img src="/icons/openlogo-75.png" alt="Debian Logo" class="floating_element"/>
        <span class="floating_element">
          Apache2 Debian Default Page
        </span>
      </div>
      <div class="content_section floating_element">


        <div class="section_header section_header_red">
          <div id="about"></div>
          It works!
        </div>
        <div class="content_section_text">
          <p>
                This is the default welcome page used to test the correct
                operation of the Apache2 server after installation on Debian systems.
                If you can read this page, it means that the Apache HTTP server installed at
                this site is working properly. You should <b>replace this file</b> (located at
                <tt>/var/www/html/index.html</tt>) before continuing to operate your HTTP server.
          </p>


          <p>
                If you are a normal user of this web site and don't know what this page is
                about, this probably means that the site is currently unavailable due to
                maintenance.
                If the problem persists, please contact the site's administrator.
          </p>

        </div>
        <div class="section_header">
          <div id="changes"></div>
                Configuration Overview
        </div>
        <div class="content_section_text">
          <p>
                Debian's Apache2 default configuration is different from the
                upstream default configuration, and split into several files optimized for
                interaction with Debian tools. The configuration system is
                <b>fully documented in
                /usr/share/doc/apache2/README.Debian.gz</b>. Refer to this for the full
                documentation. Documentation for the web server itself can be
                found by accessing the <a href="/manual">manual</a> if the <tt>apache2-doc</tt>
                package was installed on this server.
          </p>
          <p>
                The configuration layout for an Apache2 web server installation on Debian systems is as follows:
          </p>
          <pre>
/etc/apache2/
|-- apache2.conf
|       `--  ports.conf
|-- mods-enabled
|       |-- *.load
|       `-- *.conf
|-- conf-enabled
|       `-- *.conf
|-- sites-enabled
|       `-- *.conf
          </pre>
          <ul>
                        <li>
                           <tt>apache2.conf</tt> is the main configuration
                           file. It puts the pieces together by including all remaining configuration
                           files when starting up the web server.
                        </li>

                        <li>
                           <tt>ports.conf</tt> is always included from the
                           main configuration file. It is used to determine the listening ports for
                           incoming connections, and this file can be customized anytime.
                        </li>

                        <li>
                           Configuration files in the <tt>mods-enabled/</tt>,
                           <tt>conf-enabled/</tt> and <tt>sites-enabled/</tt> directories contain
                           particular configuration snippets which manage modules, global configuration
                           fragments, or virtual host configurations, respectively.
                        </li>

                        <li>
                           They are activated by symlinking available
                           configuration files from their respective
                           *-available/ counterparts. These should be managed
                           by using our helpers
                           <tt>
                                a2enmod,
                                a2dismod,
                           </tt>
                           <tt>
                                a2ensite,
                                a2dissite,
                            </tt>
                                and
                           <tt>
                                a2enconf,
                                a2disconf
                           </tt>. See their respective man pages for detailed information.
                        </li>

                        <li>
                           The binary is called apache2 and is managed using systemd, so to
                           start/stop the service use <tt>systemctl start apache2</tt> and
                           <tt>systemctl stop apache2</tt>, and use <tt>systemctl status apache2</tt>
                           and <tt>journalctl -u apache2</tt> to check status.  <tt>system</tt>
                           and <tt>apache2ctl</tt> can also be used for service management if
                           desired.
                           <b>Calling <tt>/usr/bin/apache2</tt> directly will not work</b> with the
                           default configuration.
                        </li>
          </ul>
        </div>

        <div class="section_header">
            <div id="docroot"></div>
                Document Roots
        </div>

        <div class="content_section_text">
            <p>
                By default, Debian does not allow access through the web browser to
                <em>any</em> file outside of those located in <tt>/var/www</tt>,
                <a href="http://httpd.apache.org/docs/2.4/mod/mod_userdir.html" rel="nofollow">public_html</a>
                directories (when enabled) and <tt>/usr/share</tt> (for web
                applications). If your site is using a web document root
                located elsewhere (such as in <tt>/srv</tt>) you may need to whitelist your
                document root directory in <tt>/etc/apache2/apache2.conf</tt>.
            </p>
            <p>
                The default Debian document root is <tt>/var/www/html</tt>. You
                can make your own virtual hosts under /var/www.
            </p>
        </div>

        <div class="section_header">
          <div id="bugs"></div>
                Reporting Problems
        </div>
        <div class="content_section_text">
          <p>
                Please use the <tt>reportbug</tt> tool to report bugs in the
                Apache2 package with Debian. However, check <a
                href="https://bugs.debian.org/cgi-bin/pkgreport.cgi?ordering=normal;archive=0;src=apache2;repeatmerged=0"
                rel="nofollow">existing bug reports</a> before reporting a new bug.
          </p>
          <p>
                Please report bugs specific to modules (such as PHP and others)
                to their respective packages, not to the web server itself.
          </p>
        </div>




      </div>
    </div>
    <div class="validator">
    </div>
  </body>
</html>
"""

CENTOS_TEST_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
    <head>
        <title>Apache HTTP Server Test Page powered by CentOS</title>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

    <!-- Bootstrap -->
    <link href="/noindex/css/bootstrap.min.css" rel="stylesheet">
    <link rel="stylesheet" href="noindex/css/open-sans.css" type="text/css" />

<style type="text/css"><!--

body {
  font-family: "Open Sans", Helvetica, sans-serif;
  font-weight: 100;
  color: #ccc;
  background: rgba(10, 24, 55, 1);
  font-size: 16px;
}

h2, h3, h4 {
  font-weight: 200;
}

h2 {
  font-size: 28px;
}

.jumbotron {
  margin-bottom: 0;
  color: #333;
  background: rgb(212,212,221); /* Old browsers */
  background: radial-gradient(ellipse at center top, rgba(255,255,255,1) 0%,rgba(174,174,183,1) 100%); /* W3C */
}

.jumbotron h1 {
  font-size: 128px;
  font-weight: 700;
  color: white;
  text-shadow: 0px 2px 0px #abc,
               0px 4px 10px rgba(0,0,0,0.15),
               0px 5px 2px rgba(0,0,0,0.1),
               0px 6px 30px rgba(0,0,0,0.1);
}

.jumbotron p {
  font-size: 28px;
  font-weight: 100;
}

.main {
   background: white;
   color: #234;
   border-top: 1px solid rgba(0,0,0,0.12);
   padding-top: 30px;
   padding-bottom: 40px;
}

.footer {
   border-top: 1px solid rgba(255,255,255,0.2);
   padding-top: 30px;
}

    --></style>
</head>
<body>
  <div class="jumbotron text-center">
    <div class="container">
         <h1>Testing 123..</h1>
          <p class="lead">This page is used to test the proper operation of the <a href="http://apache.org">Apache HTTP server</a> after it has been installed. If you can read this page it means that this site is working properly. This server is powered by <a href="http://centos.org">CentOS</a>.</p>
        </div>
  </div>
  <div class="main">
    <div class="container">
       <div class="row">
              <div class="col-sm-6">
                <h2>Just visiting?</h2>
                      <p class="lead">The website you just visited is either experiencing problems or is undergoing routine maintenance.</p>
                      <p>If you would like to let the administrators of this website know that you've seen this page instead of the page you expected, you should send them e-mail. In general, mail sent to the name "webmaster" and directed to the website's domain should reach the appropriate person.</p>
                      <p>For example, if you experienced problems while visiting www.example.com, you should send e-mail to "webmaster@example.com".</p>
                  </div>
                  <div class="col-sm-6">
                      <h2>Are you the Administrator?</h2>
                      <p>You should add your website content to the directory <tt>/var/www/html/</tt>.</p>
                      <p>To prevent this page from ever being used, follow the instructions in the file <tt>/etc/httpd/conf.d/welcome.conf</tt>.</p>

                      <h2>Promoting Apache and CentOS</h2>
                      <p>You are free to use the images below on Apache and CentOS Linux powered HTTP servers.  Thanks for using Apache and CentOS!</p>
                      <p><a href="http://httpd.apache.org/"><img src="images/apache_pb.gif" alt="[ Powered by Apache ]"></a> <a href="http://www.centos.org/"><img src="images/poweredby.png" alt="[ Powered by CentOS Linux ]" height="31" width="88"></a></p>
                  </div>
              </div>
        </div>
        </div>
    </div>
      <div class="footer">
      <div class="container">
        <div class="row">
          <div class="col-sm-6">
            <h2>Important note:</h2>
            <p class="lead">The CentOS Project has nothing to do with this website or its content,
            it just provides the software that makes the website run.</p>

            <p>If you have issues with the content of this site, contact the owner of the domain, not the CentOS project.
            Unless you intended to visit CentOS.org, the CentOS Project does not have anything to do with this website,
            the content or the lack thereof.</p>
            <p>For example, if this website is www.example.com, you would find the owner of the example.com domain at the following WHOIS server:</p>
            <p><a href="http://www.internic.net/whois.html">http://www.internic.net/whois.html</a></p>
          </div>
          <div class="col-sm-6">
            <h2>The CentOS Project</h2>
            <p>The CentOS Linux distribution is a stable, predictable, manageable and reproduceable platform derived from
               the sources of Red Hat Enterprise Linux (RHEL).<p>

            <p>Additionally to being a popular choice for web hosting, CentOS also provides a rich platform for open source communities to build upon. For more information
               please visit the <a href="http://www.centos.org/">CentOS website</a>.</p>
          </div>
        </div>
          </div>
    </div>
  </div>
</body>
</html>
"""

TOMCAT_DEFAULT = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="UTF-8" />
        <title>Apache Tomcat/9.0.83</title>
        <link href="favicon.ico" rel="icon" type="image/x-icon" />
        <link href="tomcat.css" rel="stylesheet" type="text/css" />
    </head>

    <body>
        <div id="wrapper">
            <div id="navigation" class="curved container">
                <span id="nav-home"><a href="https://tomcat.apache.org/">Home</a></span>
                <span id="nav-hosts"><a href="/docs/">Documentation</a></span>
                <span id="nav-config"><a href="/docs/config/">Configuration</a></span>
                <span id="nav-examples"><a href="/examples/">Examples</a></span>
                <span id="nav-wiki"><a href="https://cwiki.apache.org/confluence/display/TOMCAT/">Wiki</a></span>
                <span id="nav-lists"><a href="https://tomcat.apache.org/lists.html">Mailing Lists</a></span>
                <span id="nav-help"><a href="https://tomcat.apache.org/findhelp.html">Find Help</a></span>
                <br class="separator" />
            </div>
            <div id="asf-box">
                <h1>Apache Tomcat/9.0.83</h1>
            </div>
            <div id="upper" class="curved container">
                <div id="congrats" class="curved container">
                    <h2>If you're seeing this, you've successfully installed Tomcat. Congratulations!</h2>
                </div>
                <div id="notice">
                    <img id="tomcat-logo" src="tomcat.svg" alt="[tomcat logo]" />
                    <div id="tasks">
                        <h3>Recommended Reading:</h3>
                        <h4><a href="/docs/security-howto.html">Security Considerations How-To</a></h4>
                        <h4><a href="/docs/manager-howto.html">Manager Application How-To</a></h4>
                        <h4><a href="/docs/cluster-howto.html">Clustering/Session Replication How-To</a></h4>
                    </div>
                </div>
                <div id="actions">
                    <div class="button">
                        <a class="container shadow" href="/manager/status"><span>Server Status</span></a>
                    </div>
                    <div class="button">
                        <a class="container shadow" href="/manager/html"><span>Manager App</span></a>
                    </div>
                    <div class="button">
                        <a class="container shadow" href="/host-manager/html"><span>Host Manager</span></a>
                    </div>
                </div>
                <br class="separator" />
            </div>
            <div id="middle" class="curved container">
                <h3>Developer Quick Start</h3>
                <div class="col25">
                    <div class="container">
                        <p><a href="/docs/setup.html">Tomcat Setup</a></p>
                        <p><a href="/docs/appdev/">First Web Application</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="/docs/realm-howto.html">Realms &amp; AAA</a></p>
                        <p><a href="/docs/jndi-datasource-examples-howto.html">JDBC DataSources</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="/examples/">Examples</a></p>
                    </div>
                </div>
                <div class="col25">
                    <div class="container">
                        <p><a href="https://cwiki.apache.org/confluence/display/TOMCAT/Specifications">Servlet Specifications</a></p>
                        <p><a href="https://cwiki.apache.org/confluence/display/TOMCAT/Tomcat+Versions">Tomcat Versions</a></p>
                    </div>
                </div>
                <br class="separator" />
            </div>
            <div id="lower">
                <div id="low-manage" class="">
                    <div class="curved container">
                        <h3>Managing Tomcat</h3>
                        <p>For security, access to the <a href="/manager/html">manager webapp</a> is restricted.
                        Users are defined in:</p>
                        <pre>$CATALINA_HOME/conf/tomcat-users.xml</pre>
                        <p>In Tomcat 9.0 access to the manager application is split between
                           different users. &nbsp; <a href="/docs/manager-howto.html">Read more...</a></p>
                        <br />
                        <h4><a href="/docs/RELEASE-NOTES.txt">Release Notes</a></h4>
                        <h4><a href="/docs/changelog.html">Changelog</a></h4>
                        <h4><a href="https://tomcat.apache.org/migration.html">Migration Guide</a></h4>
                        <h4><a href="https://tomcat.apache.org/security.html">Security Notices</a></h4>
                    </div>
                </div>
                <div id="low-docs" class="">
                    <div class="curved container">
                        <h3>Documentation</h3>
                        <h4><a href="/docs/">Tomcat 9.0 Documentation</a></h4>
                        <h4><a href="/docs/config/">Tomcat 9.0 Configuration</a></h4>
                        <h4><a href="https://cwiki.apache.org/confluence/display/TOMCAT/">Tomcat Wiki</a></h4>
                        <p>Find additional important configuration information in:</p>
                        <pre>$CATALINA_HOME/RUNNING.txt</pre>
                        <p>Developers may be interested in:</p>
                        <ul>
                            <li><a href="https://tomcat.apache.org/bugreport.html">Tomcat 9.0 Bug Database</a></li>
                            <li><a href="/docs/api/index.html">Tomcat 9.0 JavaDocs</a></li>
                            <li><a href="https://github.com/apache/tomcat/tree/9.0.x">Tomcat 9.0 Git Repository at GitHub</a></li>
                        </ul>
                    </div>
                </div>
                <div id="low-help" class="">
                    <div class="curved container">
                        <h3>Getting Help</h3>
                        <h4><a href="https://tomcat.apache.org/faq/">FAQ</a> and <a href="https://tomcat.apache.org/lists.html">Mailing Lists</a></h4>
                        <p>The following mailing lists are available:</p>
                        <ul>
                            <li id="list-announce"><strong><a href="https://tomcat.apache.org/lists.html#tomcat-announce">tomcat-announce</a><br />
                                Important announcements, releases, security vulnerability notifications. (Low volume).</strong>
                            </li>
                            <li><a href="https://tomcat.apache.org/lists.html#tomcat-users">tomcat-users</a><br />
                                User support and discussion
                            </li>
                            <li><a href="https://tomcat.apache.org/lists.html#taglibs-user">taglibs-user</a><br />
                                User support and discussion for <a href="https://tomcat.apache.org/taglibs/">Apache Taglibs</a>
                            </li>
                            <li><a href="https://tomcat.apache.org/lists.html#tomcat-dev">tomcat-dev</a><br />
                                Development mailing list, including commit messages
                            </li>
                        </ul>
                    </div>
                </div>
                <br class="separator" />
            </div>
            <div id="footer" class="curved container">
                <div class="col20">
                    <div class="container">
                        <h4>Other Downloads</h4>
                        <ul>
                            <li><a href="https://tomcat.apache.org/download-connectors.cgi">Tomcat Connectors</a></li>
                            <li><a href="https://tomcat.apache.org/download-native.cgi">Tomcat Native</a></li>
                            <li><a href="https://tomcat.apache.org/taglibs/">Taglibs</a></li>
                            <li><a href="/docs/deployer-howto.html">Deployer</a></li>
                        </ul>
                    </div>
                </div>
                <div class="col20">
                    <div class="container">
                        <h4>Other Documentation</h4>
                        <ul>
                            <li><a href="https://tomcat.apache.org/connectors-doc/">Tomcat Connectors</a></li>
                            <li><a href="https://tomcat.apache.org/connectors-doc/">mod_jk Documentation</a></li>
                            <li><a href="https://tomcat.apache.org/native-doc/">Tomcat Native</a></li>
                            <li><a href="/docs/deployer-howto.html">Deployer</a></li>
                        </ul>
                    </div>
                </div>
                <div class="col20">
                    <div class="container">
                        <h4>Get Involved</h4>
                        <ul>
                            <li><a href="https://tomcat.apache.org/getinvolved.html">Overview</a></li>
                            <li><a href="https://tomcat.apache.org/source.html">Source Repositories</a></li>
                            <li><a href="https://tomcat.apache.org/lists.html">Mailing Lists</a></li>
                            <li><a href="https://cwiki.apache.org/confluence/display/TOMCAT/">Wiki</a></li>
                        </ul>
                    </div>
                </div>
                <div class="col20">
                    <div class="container">
                        <h4>Miscellaneous</h4>
                        <ul>
                            <li><a href="https://tomcat.apache.org/contact.html">Contact</a></li>
                            <li><a href="https://tomcat.apache.org/legal.html">Legal</a></li>
                            <li><a href="https://www.apache.org/foundation/sponsorship.html">Sponsorship</a></li>
                            <li><a href="https://www.apache.org/foundation/thanks.html">Thanks</a></li>
                        </ul>
                    </div>
                </div>
                <div class="col20">
                    <div class="container">
                        <h4>Apache Software Foundation</h4>
                        <ul>
                            <li><a href="https://tomcat.apache.org/whoweare.html">Who We Are</a></li>
                            <li><a href="https://tomcat.apache.org/heritage.html">Heritage</a></li>
                            <li><a href="https://www.apache.org">Apache Home</a></li>
                            <li><a href="https://tomcat.apache.org/resources.html">Resources</a></li>
                        </ul>
                    </div>
                </div>
                <br class="separator" />
            </div>
            <p class="copyright">Copyright &copy;1999-2026 Apache Software Foundation.  All Rights Reserved</p>
        </div>
    </body>

</html>
"""

TENGINE = """<!DOCTYPE html>
<html>
<head>
<title>Welcome to tengine!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to tengine!</h1>
<p>If you see this page, the tengine web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://tengine.taobao.org/">tengine.taobao.org</a>.</p>

<p><em>Thank you for using tengine.</em></p>
</body>
</html>
"""

OPENRESTY = """<!DOCTYPE html>
<html>
<head>
<meta content="text/html;charset=utf-8" http-equiv="Content-Type">
<meta content="utf-8" http-equiv="encoding">
<title>Welcome to OpenResty!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to OpenResty!</h1>
<p>If you see this page, the OpenResty web platform is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to our
<a href="https://openresty.org/">openresty.org</a> site<br/>
Commercial support is available at
<a href="https://openresty.com/">openresty.com</a>.</p>
<p>We have articles on troubleshooting issues like <a href="https://blog.openresty.com/en/lua-cpu-flame-graph/?src=wb">high CPU usage</a> and
<a href="https://blog.openresty.com/en/how-or-alloc-mem/">large memory usage</a> on <a href="https://blog.openresty.com/">our official blog site</a>.
<p><em>Thank you for flying <a href="https://openresty.org/">OpenResty</a>.</em></p>
</body>
</html>
"""

CPANEL_SUSPENDED = """<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <meta http-equiv="Cache-control" content="no-cache">
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="0">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Account Suspended</title>
    <link rel="stylesheet" href="//use.fontawesome.com/releases/v5.0.6/css/all.css">
    <style type="text/css">
        body {
            font-family: Arial, Helvetica, sans-serif;
            font-size: 14px;
            line-height: 1.428571429;
            background-color: #ffffff;
            color: #2F3230;
            padding: 0;
            margin: 0;
        }
        section, footer {
            display: block;
            padding: 0;
            margin: 0;
        }
        .container {
            margin-left: auto;
            margin-right: auto;
            padding: 0 10px;
        }
        .status-reason {
            background-color: #f7f7f7;
            padding: 25px 0;
            text-align: center;
        }
        .status-reason-text {
            font-size: 26px;
            font-weight: 300;
        }
        .fa-exclamation-triangle { color: #d9534f; font-size: 60px; }
        .contact-info { padding: 30px 0; text-align: center; font-size: 16px; }
    </style>
</head>
<body>
<div class="container">
    <section class="status-reason">
        <div class="icon"><i class="fas fa-exclamation-triangle"></i></div>
        <div class="status-reason-text">
            This Account has been suspended.
        </div>
    </section>
    <section class="contact-info">
        Contact your hosting provider for more information.
    </section>
</div>
</body>
</html>
"""

CPANEL_DEFAULT = """<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <meta http-equiv="Cache-control" content="no-cache">
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="0">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Default Web Site Page</title>
    <link rel="stylesheet" href="//use.fontawesome.com/releases/v5.0.6/css/all.css">
    <link href="//fonts.googleapis.com/css?family=Montserrat" rel="stylesheet">
    <style type="text/css">
        body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.428571429; background-color: #ffffff; color: #2F3230; padding: 0; margin: 0; }
        section, footer { display: block; padding: 0; margin: 0; }
        .container { margin-left: auto; margin-right: auto; padding: 0 10px; }
        .response-info { color: #CCCCCC; }
        .status-code { font-size: 500%; }
        .status-reason { font-size: 250%; display: block; }
        .contact-info, .reason-text { color: #000000; }
        .additional-info { background-repeat: no-repeat; background-color: #293A4A; color: #FFFFFF; }
        .additional-info-items { padding: 20px 0; min-height: 193px; }
        .contact-info { margin-bottom: 20px; font-size: 16px; }
        .contact-info a { text-decoration: underline; color: #428BCA; }
        .reason-text { margin: 20px 0; font-size: 16px; }
        ul { display: inline-block; list-style: none outside none; margin: 0; padding: 0; }
        ul li { float: left; text-align: center; }
        .additional-info-items ul li { width: 100%; }
        .info-image { padding: 10px; }
        .info-heading { font-weight: bold; text-align: left; word-break: break-all; width: 100%; }
        .info-server address { text-align: left; }
        footer { text-align: center; margin: 60px 0; }
        footer a { text-decoration: none; }
        footer a img { border: 0; }
        .copyright { font-size: 10px; color: #3F4143; }
    </style>
</head>
<body>
<div class="container">
    <section class="response-info">
        <span class="status-code">SORRY!</span>
        <span class="status-reason"></span>
    </section>
    <section class="contact-info">
        If you are the owner of this website, please contact your hosting provider: <a href="mailto:webmaster@oldharbourfestival.co.uk">webmaster@oldharbourfestival.co.uk</a>
    </section>
    <p class="reason-text">
        It is possible you have reached this page because:
    </p>
</div>
<section class="additional-info">
    <div class="container">
        <div class="additional-info-items">
            <ul>
                <li>
                    <img src="/img-sys/server_misconfigured.png" class="info-image" />
                    <div class="info-heading">
                        The IP address has changed.
                    </div>
                    <div class="info-description">
                        The IP address for this domain may have changed recently. Check your DNS settings to verify that the domain is set up correctly.
                    </div>
                </li>
                <li>
                    <img src="/img-sys/ip_changed.png" class="info-image" />
                    <div class="info-heading">
                        There has been a server misconfiguration.
                    </div>
                    <div class="info-description">
                        You must verify that your hosting provider has the correct IP address configured for your Apache settings and DNS records. A restart of Apache may be required for new settings to take affect.
                    </div>
                </li>
                <li>
                    <img src="/img-sys/site_moved.png" class="info-image" />
                    <div class="info-heading">
                        The site may have moved to a different server.
                    </div>
                    <div class="info-description">
                        The IP address for this domain may have changed recently. Check your DNS settings to verify that the domain is set up correctly.
                    </div>
                </li>
            </ul>
        </div>
    </div>
</section>
<footer>
    <div class="container">
        <a href="https://cpanel.net/?utm_source=cpanelwhm&amp;utm_medium=cplogo&amp;utm_content=logolink&amp;utm_campaign=404referral" target="cpanel" title="cPanel, L.L.C.">
            <img src="/img-sys/powered_by_cpanel.svg" height="20" alt="cPanel, L.L.C." />
        </a>
        <p class="copyright">Copyright &copy; 2026 cPanel, L.L.C.</p>
    </div>
</footer>
</body>
</html>
"""

PLESK_DEFAULT = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Domain Default page</title>
    <meta name="copyright" content="Copyright 1999-2026. Plesk International GmbH. All rights reserved.">
    <link rel="shortcut icon" href="favicon.ico" type="image/x-icon">
    <link rel="stylesheet" href="css/style.css">
</head>
<body>
<div class="page-container">
    <div class="header">
        <div class="container">
            <a class="logo" href="https://www.plesk.com/" target="_blank"><img src="img/logo.svg" alt="Plesk" height="32"></a>
        </div>
    </div>
    <div class="main">
        <div class="container">
            <div class="row">
                <div class="col-md-7">
                    <h1>Domain Default page</h1>
                    <p class="lead">This page is generated by <a href="https://www.plesk.com" target="_blank">Plesk</a>, the leading hosting automation software.<br>
                    You see this page because there is no Web site at this address.</p>
                    <p>You can do the following:</p>
                    <ul class="action-list">
                        <li>Create domains and set up Web hosting using Plesk.</li>
                    </ul>
                    <p>For more information please refer to <a href="https://docs.plesk.com/" target="_blank">Plesk Documentation</a>.</p>
                </div>
                <div class="col-md-5">
                    <img class="main-image" src="img/main-bg.svg" alt="">
                </div>
            </div>
        </div>
    </div>
    <div class="footer">
        <div class="container">
            <ul class="social-links">
                <li><a href="https://www.facebook.com/Plesk" target="_blank" title="Facebook"><i class="icon-facebook"></i></a></li>
                <li><a href="https://twitter.com/Plesk" target="_blank" title="Twitter"><i class="icon-twitter"></i></a></li>
                <li><a href="https://www.youtube.com/user/PleskTV" target="_blank" title="YouTube"><i class="icon-youtube"></i></a></li>
            </ul>
            <p class="copyright">&copy; 2026 <a href="https://www.plesk.com/" target="_blank">Plesk International GmbH</a>. All rights reserved.</p>
        </div>
    </div>
</div>
</body>
</html>
"""

SYNOLOGY_LOGIN = """<!DOCTYPE html>
<html class="img-no-drag">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />
<meta name="description" content="DiskStation provides a full-featured network attached storage (NAS) solution to help you manage, backup and share data among Windows, Mac and Linux easily." />
<meta name="keywords" content="NAS, Synology, DiskStation, Network Attached Storage, data backup, file sharing" />
<meta name="apple-itunes-app" content="app-id=1076366479">
<meta name="apple-mobile-web-app-title" content="DSM">
<meta name="application-name" content="Synology DiskStation" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>XXJ-NAS01 - Synology DiskStation</title>
<link rel="apple-touch-icon" href="webman/resources/images/icon_dsm_96.png?v=69057"/>
<link rel="mask-icon" href="webman/safari_pin_icon.svg?v=69057" color="#0086E5"/>
<link rel="shortcut icon" href="webman/favicon.ico?v=69057"/>
<link rel="icon" href="webman/resources/images/icon_dsm_96.png?v=69057" sizes="96x96"/>
<link rel="stylesheet" type="text/css" href="scripts/ext-3/resources/css/ext-all.css?v=69057" />
<link rel="stylesheet" type="text/css" href="scripts/ext-3/resources/css/xtheme-gray.css?v=69057" id="theme-link" />
<link rel="stylesheet" type="text/css" href="synoSDSjslib/sds.css?v=69057" />
<link rel="stylesheet" type="text/css" href="webman/resources/css/desktop.css?v=69057" />
<link rel="stylesheet" type="text/css" href="webman/resources/css/login.css?v=69057" />
<script type="text/javascript" src="webman/security.cgi?v=69057"></script>
<script type="text/javascript" src="webman/pingpong.cgi?action=cors&amp;quickconnect=true"></script>
<script type="text/javascript" src="scripts/uistrings.cgi?lang=chs&amp;v=69057"></script>
<script type="text/javascript" src="webman/uistrings.cgi?lang=chs&amp;v=69057"></script>
<script type="text/javascript" src="synoSDSjslib/sds.js?v=69057"></script>
<script type="text/javascript" src="webman/login.js?v=69057"></script>
</head>
<body>
<noscript><div class="syno-no-script">您的浏览器已停用 JavaScript，请启用 JavaScript 后再试。</div></noscript>
<div id="sds-login-vue-inst"></div>
<script type="text/javascript">
	SYNO.SDS.Session = {"lang":"chs","hostname":"XXJ-NAS01","isSecure":false,"version":"69057","fullversion":"7.2.1-69057 Update 5"};
	Ext.onReady(function(){ SYNO.SDS.LoginApp.launch(); });
</script>
</body>
</html>
"""

# -- Expired and for-sale domains --------------------------------------------------------

WANWANG_EXPIRED = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>域名已过期</title>
<style>
body{margin:0;background:#f2f2f2;font:14px/1.6 "Microsoft YaHei",arial,sans-serif;color:#333}
.box{width:700px;margin:100px auto;background:#fff;border-top:4px solid #ff6a00;padding:40px 50px}
h1{font-size:22px;font-weight:normal;margin:0 0 20px}
h1 span{color:#ff6a00}
.tip{background:#fff8f0;border:1px solid #ffd9b3;padding:12px 16px;margin:20px 0;color:#8a5a2b}
.btn{display:inline-block;background:#ff6a00;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px}
.ft{margin-top:36px;color:#999;font-size:12px;border-top:1px solid #eee;padding-top:12px}
</style>
</head>
<body>
<div class="box">
<h1>您访问的域名 <span>jsdxly.cn</span> 已过期</h1>
<p>该域名已于到期日后停止解析，网站暂时无法访问。</p>
<div class="tip">如果您是该域名的持有者，请尽快登录阿里云（万网）域名控制台进行续费。域名过期后将进入续费期和赎回期，超过赎回期仍未续费的域名将被删除并开放注册。</div>
<a class="btn" href="https://dc.console.aliyun.com/next/index#/domain/list/all-domain" target="_blank">立即续费</a>
<div class="ft">阿里云（万网）提供域名注册、续费与管理服务 | <a href="https://wanwang.aliyun.com/" target="_blank">wanwang.aliyun.com</a></div>
</div>
</body>
</html>
"""

GODADDY_EXPIRED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="This domain may be for sale."><title>harbourlightsfestival.com</title><link rel="icon" href="https://img1.wsimg.com/parking-lander/static/images/favicon.ico"><script>window.LANDER_SYSTEM="PW";window.LANDER_TYPE="EXPIRED"</script><script defer="defer" src="https://img1.wsimg.com/parking-lander/static/js/main.6d1a2c40.js"></script><link href="https://img1.wsimg.com/parking-lander/static/css/main.5f27f4a3.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>"""

NAMECHEAP_EXPIRED = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>saltmarshtrail.org.uk - Expired</title>
<link rel="stylesheet" href="https://parkingpage.namecheap.com/static/css/expired.css">
<style>
body{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;background:#fafafa;color:#333;margin:0}
.wrapper{max-width:640px;margin:12vh auto;text-align:center;padding:0 20px}
h1{font-size:30px;font-weight:600;margin:18px 0}
.domain{color:#de3723;word-break:break-all}
p{font-size:16px;line-height:1.6;color:#555}
.renew{display:inline-block;margin-top:18px;background:#de3723;color:#fff;padding:12px 36px;border-radius:4px;text-decoration:none}
.nc{margin-top:60px;font-size:12px;color:#999}
</style>
</head>
<body>
<div class="wrapper">
  <img src="https://parkingpage.namecheap.com/static/img/clock.svg" width="72" alt="">
  <h1>This domain has expired</h1>
  <p><span class="domain">saltmarshtrail.org.uk</span> expired recently and is pending renewal or deletion.</p>
  <p>If you are the registered owner of this domain, log in to your Namecheap account to renew it before it is released.</p>
  <a class="renew" href="https://www.namecheap.com/myaccount/login/?ReturnUrl=%2fdomains%2frenew">Renew now</a>
  <div class="nc">This domain is registered at <a href="https://www.namecheap.com/">Namecheap</a>. This page is a parking page and is not affiliated with the former site.</div>
</div>
<script src="https://parkingpage.namecheap.com/static/js/expired.js" async></script>
</body>
</html>
"""

SEDO_JS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>qingxitour.com</title>
<meta name="robots" content="noindex,nofollow">
<script type="text/javascript">
window.location.replace("http://sedo.com/search/details/?partnerid=324561&language=e&domain=qingxitour.com&origin=sales_lander_1&utm_medium=Parking&utm_campaign=offerpage");
</script>
</head>
<body>
<noscript>The domain <b>qingxitour.com</b> may be for sale. <a href="http://sedo.com/search/details/?partnerid=324561&amp;language=e&amp;domain=qingxitour.com">Click here to make an offer</a>.</noscript>
</body>
</html>
"""

SEDO_OFFER = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>qingxitour.com is for sale | Sedo.com</title>
<link rel="stylesheet" href="/static/css/sedo.min.css">
</head>
<body>
<header class="sedo-header"><a href="/"><img src="/static/img/sedo-logo.svg" alt="Sedo"></a>
<nav><a href="/buy-domains/">Buy domains</a> <a href="/sell-domains/">Sell domains</a> <a href="/services/">Services</a> <a href="/login/">Login</a></nav></header>
<main>
<h1>qingxitour.com</h1>
<p class="lead">This domain is for sale! The owner of this domain is accepting offers.</p>
<form action="/checkout/offer/" method="post"><label>Your offer (USD)</label><input name="price" value="" placeholder="Min. offer 99 USD"><button type="submit">Make an offer</button></form>
<ul class="trust"><li>Buyer protection program</li><li>Fast &amp; easy transfers</li><li>Hassle free payments</li></ul>
<p>Sedo is the world's largest domain marketplace. Secure transactions via Sedo's domain transfer service.</p>
</main>
<footer>&copy; 2026 Sedo GmbH. All rights reserved. <a href="/about-us/imprint/">Imprint</a> <a href="/about-us/privacy-policy/">Privacy</a></footer>
</body>
</html>
"""

AFTERNIC_FORSALE = """<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>riverbendvisitors.org is for sale | Afternic</title><meta name="description" content="riverbendvisitors.org is for sale. Buy it now for $2,495 or make an offer. Secure transfer with GoDaddy."><link rel="stylesheet" href="https://img6.wsimg.com/ux-assets/forsale/app.css"></head><body><div id="app"><header><img src="https://img6.wsimg.com/ux-assets/afternic-logo.svg" alt="Afternic"></header><main><h1>riverbendvisitors.org</h1><p>This domain is for sale</p><div class="price">$2,495</div><a class="buy" href="/checkout?domain=riverbendvisitors.org">Buy now</a><a class="offer" href="/offer?domain=riverbendvisitors.org">Make an offer</a><ul><li>Free ownership transfer</li><li>Secure payments</li><li>Buyer protection</li></ul></main><footer>Copyright &copy; 2026 Afternic. All rights reserved.</footer></div><script src="https://img6.wsimg.com/ux-assets/forsale/app.js" defer></script></body></html>"""

# -- Placeholders: 升级改版中, 维护中, closure notices -----------------------------------------

UPGRADE_GBK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>淳溪县市场监督管理局</title>
<style type="text/css">
body{margin:0;padding:0;background:#eef3f8 url(images/gz_bg.jpg) repeat-x top;font-family:"微软雅黑","宋体";}
.gz{width:800px;margin:90px auto 0;background:#fff;border:1px solid #d6e1ec;}
.gz .top{height:120px;background:url(images/gz_top.jpg) no-repeat;}
.gz h1{font-size:30px;color:#c00;text-align:center;margin:40px 0 20px;letter-spacing:4px;}
.gz .txt{padding:0 60px 40px;font-size:16px;line-height:32px;color:#333;text-indent:2em;}
.gz .sign{text-align:right;padding:0 60px 40px;font-size:15px;line-height:28px;}
.foot{width:800px;margin:0 auto;text-align:center;font-size:12px;color:#888;line-height:24px;padding:16px 0;}
</style>
</head>
<body>
<div class="gz">
  <div class="top"></div>
  <h1>网站升级改版中</h1>
  <div class="txt">为进一步提升政府网站服务水平，淳溪县市场监督管理局门户网站于2024年9月1日起进行升级改版，预计2024年10月8日正式上线运行。改版期间网站暂停访问，如需办理登记注册、投诉举报等业务，请拨打咨询电话：0571-64812345，或登录浙江政务服务网办理。</div>
  <div class="txt">给您带来的不便，敬请谅解！</div>
  <div class="sign">淳溪县市场监督管理局<br />2024年8月30日</div>
</div>
<div class="foot">主办：淳溪县市场监督管理局　网站标识码：3301270031　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号</a><br /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33012702000123" target="_blank">浙公网安备 33012702000123号</a></div>
</body>
</html>
"""

MAINTENANCE_ZH = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网站维护中</title>
<link rel="stylesheet" href="/static/maintain/maintain.css">
</head>
<body>
<div class="maintain">
  <img src="/static/maintain/maintain.png" alt="维护中">
  <h2>网站维护中……</h2>
  <p>尊敬的用户：为配合政府网站安全检查工作，本网站正在进行系统维护，维护期间暂停访问。</p>
  <p>维护时间：2025年3月15日 20:00 至 2025年3月16日 08:00</p>
  <p>给您带来的不便，敬请谅解！</p>
  <p class="org">梅岭镇人民政府</p>
</div>
</body>
</html>
"""

MAINTENANCE_EN = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site Maintenance | Ashcombe Town Council</title>
<style>
  body { text-align: center; padding: 150px; font: 20px Helvetica, sans-serif; color: #333; }
  h1 { font-size: 50px; }
  article { display: block; text-align: left; width: 650px; margin: 0 auto; }
  a { color: #dc8100; text-decoration: none; }
  a:hover { color: #333; text-decoration: none; }
</style>
</head>
<body>
<article>
    <h1>We&rsquo;ll be back soon!</h1>
    <div>
        <p>Sorry for the inconvenience but we&rsquo;re performing some maintenance at the moment. We expect to be back online by 6pm on Friday 14 March 2025. If you need to you can always <a href="mailto:clerk@ashcombe-tc.gov.uk">contact the Town Clerk</a>, otherwise we&rsquo;ll be back online shortly!</p>
        <p>&mdash; Ashcombe Town Council</p>
    </div>
</article>
</body>
</html>
"""

CLOSED_NOTICE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>关于淳溪县农业农村局门户网站关停的公告</title>
<style>
body{margin:0;background:#f4f4f4;font-family:"Microsoft YaHei","SimSun";}
.head{height:110px;background:#1b5fa8 url(/images/head_bg.png) no-repeat center;}
.notice{width:900px;margin:40px auto;background:#fff;padding:40px 70px;border:1px solid #e2e2e2;}
.notice h2{text-align:center;font-size:24px;color:#1b5fa8;margin-bottom:30px;}
.notice p{font-size:16px;line-height:34px;text-indent:2em;color:#333;}
.notice .right{text-align:right;text-indent:0;}
.notice a{color:#c00;font-weight:bold;}
.foot{text-align:center;font-size:12px;color:#999;line-height:22px;padding:20px 0 30px;}
</style>
</head>
<body>
<div class="head"></div>
<div class="notice">
<h2>关于淳溪县农业农村局门户网站关停的公告</h2>
<p>根据《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号）和省、市关于政府网站集约化建设的工作要求，淳溪县农业农村局门户网站已于2022年6月30日起正式关停，不再更新。</p>
<p>原网站信息公开、政策文件、通知公告等内容已迁移整合至淳溪县人民政府门户网站“部门信息公开”栏目（网址：<a href="http://www.chunxi.gov.cn/col/col1229612345/index.html">http://www.chunxi.gov.cn</a>），请广大群众登录淳溪县人民政府门户网站查询相关信息、办理相关业务。</p>
<p>感谢您长期以来对我局网站的关注和支持！</p>
<p class="right">淳溪县农业农村局<br>2022年6月30日</p>
</div>
<div class="foot">淳溪县农业农村局　地址：淳溪县城关镇新安东路18号　电话：0571-64890000<br>网站标识码：3301270011　浙ICP备05009876号-1</div>
</body>
</html>
"""

CLOSED_COUNTDOWN = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>温岭市住房和城乡建设局</title>
<style>
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.box{width:760px;margin:120px auto;border:1px solid #ddd;box-shadow:0 0 12px #eee;text-align:center;padding:50px 40px}
.box h3{font-size:22px;color:#b40000;margin:0 0 24px}
.box p{font-size:16px;line-height:30px;color:#444}
#sec{color:#b40000;font-weight:bold}
.box a{color:#1b5fa8}
</style>
</head>
<body>
<div class="box">
<h3>温馨提示</h3>
<p>根据政府网站集约化工作要求，温岭市住房和城乡建设局网站已整合至温岭市人民政府门户网站，原网站不再更新。</p>
<p>页面将在 <span id="sec">5</span> 秒后自动跳转至 <a href="http://www.wenling.gov.cn/col/col1402390/index.html">温岭市人民政府门户网站“市住建局”栏目</a>……</p>
</div>
<script type="text/javascript">
var s = 5;
var t = setInterval(function () {
    s--;
    document.getElementById("sec").innerHTML = s;
    if (s <= 0) {
        clearInterval(t);
        window.location.href = "http://www.wenling.gov.cn/col/col1402390/index.html";
    }
}, 1000);
</script>
</body>
</html>
"""

# -- WAF / CDN block pages -----------------------------------------------------------------

SAFEDOG_403 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>网站防火墙</title>
<style>
p{line-height:20px;}
ul{ list-style-type:none;}
li{ list-style-type:none;}
</style>
</head>
<body style=" padding:0; margin:0; font:14px/1.5 Microsoft Yahei, 宋体,sans-serif; color:#555;">
<div style="margin: 0 auto; width:1000px; padding-top:70px; overflow:hidden;">
  <div style="width:600px; float:left;">
    <div style=" height:40px; line-height:40px; color:#fff; font-size:16px; overflow:hidden; background:#6bb3f6; padding-left:20px;">网站防火墙 </div>
    <div style="border:1px dashed #cdcece; border-top:none; font-size:14px; background:#fff; color:#555; line-height:24px; height:220px; padding:20px 20px 0 20px; overflow-y:auto;background:#f3f7f9;">
      <p style=" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;"><span style=" font-weight:600; color:#fc4f03;">您的请求带有不合法参数，已被网站管理员设置拦截！</span></p>
<p style=" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;">可能原因：您提交的内容包含危险的攻击请求</p>
<p style=" margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:1; text-indent:0px;">如何解决：</p>
<ul style="margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;"><li style=" margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;">1）检查提交内容；</li>
<li style=" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;">2）如网站托管，请联系空间提供商；</li>
<li style=" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;">3）普通网站访客，请联系网站管理员；</li></ul>
    </div>
  </div>
  <div style="width:400px; float:right; padding-top:40px;"><img src="http://404.safedog.cn/images/safedogsite/head.png" alt="" /></div>
</div>
</body>
</html>
"""

YUNSUO_BLOCK = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>提示：您的访问已被拦截</title>
<style>
body{margin:0;padding:0;background:#f7f7f7;font-family:"Microsoft YaHei",Arial}
.yunsuo_content{width:760px;margin:100px auto;background:#fff;border:1px solid #e6e6e6}
.yunsuo_head{height:56px;line-height:56px;padding-left:24px;background:#2c8ce4;color:#fff;font-size:18px}
.yunsuo_main{padding:30px 40px;font-size:14px;color:#555;line-height:26px}
.yunsuo_main .red{color:#e4393c;font-size:16px;font-weight:bold}
.yunsuo_foot{padding:10px 40px 24px;font-size:12px;color:#aaa}
</style>
</head>
<body>
<div class="yunsuo_content">
  <div class="yunsuo_head">云锁 · 网站安全防护</div>
  <div class="yunsuo_main">
    <p class="red">当前访问疑似黑客攻击，已被网站管理员设置为拦截</p>
    <p>拦截时间：2026-11-25 09:12:44</p>
    <p>您的IP：127.0.0.1</p>
    <p>如果您是网站管理员，且认为本次拦截为误报，请登录云锁控制台，在“Web防护日志”中查看并加入白名单。</p>
  </div>
  <div class="yunsuo_foot">防护由 <a href="http://www.yunsuo.com.cn/" target="_blank">云锁</a> 提供</div>
</div>
</body>
</html>
"""

JIASULE_521 = """<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('_')+('s')+('=')+(-~[]+'')+(3+5+'')+(~~[]+'')+(2+'')+((1<<2)+'')+(8+'')+(9+'')+(-~[]+'')+(5+'')+(7+'')+('.')+(6+'')+(4+'')+(3+'')+('|')+('-')+(-~[]+'')+('|')+('Q')+('t')+('%')+(2+'')+('F')+('w')+('X')+('k')+('%')+(2+'')+('F')+('m')+('r')+('P')+('V')+('g')+('%')+(3+'')+('D')+(';')+('m')+('a')+('x')+('-')+('a')+('g')+('e')+('=')+(3+'')+(6+'')+(~~[]+'')+(~~[]+'')+(';')+('p')+('a')+('t')+('h')+('=')+('/');location.href=location.pathname+location.search</script>"""

CLOUDFLARE_CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}@media (width <= 720px){.main-content{margin-top:4rem}}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}@media (width <= 720px){.h2{font-size:1.25rem;line-height:1.5rem}}#challenge-error-text{background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIzMiIgaGVpZ2h0PSIzMiIgZmlsbD0ibm9uZSI+PHBhdGggZmlsbD0iI0IyMEYwMyIgZD0iTTE2IDNhMTMgMTMgMCAxIDAgMTMgMTNBMTMuMDE1IDEzLjAxNSAwIDAgMCAxNiAzbTAgMjRhMTEgMTEgMCAxIDEgMTEtMTEgMTEuMDEgMTEuMDEgMCAwIDEtMTEgMTEiLz48L3N2Zz4=");background-repeat:no-repeat;background-size:contain;padding-left:34px}@media (prefers-color-scheme:dark){body{background-color:#222;color:#d9d9d9}}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.northmoor-pc.gov.uk",cType: 'managed',cRay: '8e7a2c1b4f9d63a1',cH: 'Ypq3m9Jb0kR2v8Y1tW6xZc.4nLh7oQ-1732526400-1.2.1.1-Xq9',cUPMDTk: "\\/?__cf_chl_tk=Jm1c8n3vYp2Q6rS0tU4wXyZ-1732526400-1.0.1.1-5aB7",cFPWv: 'b',cITimeS: '1732526400',cTTimeMs: '1000',cMTimeMs: '390000',cTplC: 0,cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/?__cf_chl_f_tk=Jm1c8n3vYp2Q6rS0tU4wXyZ-1732526400-1.0.1.1-5aB7",md: "Vb3kQ9xY2mR7pL0sT5wN8zC1fH4jD6gK",mdrd: "",cRq: {ru: 'aHR0cHM6Ly93d3cubm9ydGhtb29yLXBjLmdvdi51ay8=',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'a1b2c3d4e5f6',t: 'MTczMjUyNjQwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'c2l0ZS1oZWFsdGg=',i1: 'Q2hhbGxlbmdl',i2: 'cGxhdGZvcm0=',zh: 'd3d3Lm5vcnRobW9vci1wYy5nb3YudWs=',uh: 'MTAwMA==',hh: 'bm9uZQ==',}};var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8e7a2c1b4f9d63a1';window._cf_chl_opt.cOgUHash=location.hash===''&&location.href.indexOf('#')!==-1?'#':location.hash;window._cf_chl_opt.cOgUQuery=location.search===''&&location.href.slice(0,location.href.length-window._cf_chl_opt.cOgUHash.length).indexOf('?')!==-1?'?':location.search;if(window.history&&window.history.replaceState){var ogU=location.pathname+window._cf_chl_opt.cOgUQuery+window._cf_chl_opt.cOgUHash;history.replaceState(null,null,"\\/?__cf_chl_rt_tk=Jm1c8n3vYp2Q6rS0tU4wXyZ-1732526400-1.0.1.1-5aB7"+window._cf_chl_opt.cOgUHash);cpo.onload=function(){history.replaceState(null,null,ogU);}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>"""

# -- Live pages that must not be called dead ---------------------------------------------------

SPA_PORTAL = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="keywords" content="长兴县人民政府,长兴县政府门户网站,长兴政务"><meta name="description" content="长兴县人民政府门户网站是长兴县人民政府在互联网上发布政务信息和提供在线服务的综合平台"><meta name="SiteName" content="长兴县人民政府"><meta name="SiteDomain" content="www.zjcx.gov.cn"><meta name="SiteIDCode" content="3305220001"><link rel="icon" href="/favicon.ico"><title>长兴县人民政府门户网站</title><script>var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4a7f2c9b1e8d3a6f5c0b9e2d1a4f7c83";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();</script><link href="/static/css/chunk-vendors.8b1f3e2a.css" rel="preload" as="style"><link href="/static/css/app.5c9d7e41.css" rel="preload" as="style"><link href="/static/js/app.2f8e6b93.js" rel="preload" as="script"><link href="/static/js/chunk-vendors.7a3c1d05.js" rel="preload" as="script"><link href="/static/css/chunk-vendors.8b1f3e2a.css" rel="stylesheet"><link href="/static/css/app.5c9d7e41.css" rel="stylesheet"></head><body><noscript><strong>We're sorry but 长兴县人民政府门户网站 doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript><div id="app"></div><script src="/static/js/chunk-vendors.7a3c1d05.js"></script><script src="/static/js/app.2f8e6b93.js"></script><script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js" id="_jiucuo_" sitecode="3305220001"></script></body></html>"""


def _oa_login() -> str:
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>淳溪县政务协同办公系统</title>
<link href="/seeyon/common/all-min.css" rel="stylesheet" type="text/css" />
<link href="/seeyon/main/login/default/css/login.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/seeyon/common/js/jquery.js"></script>
<script type="text/javascript" src="/seeyon/main/login/default/js/login.js"></script>
<script type="text/javascript">
var _ctxPath = '/seeyon', _ctxServer = 'http://oa.chunxi.gov.cn/seeyon';
function loginButtonOnClickHandler() {
    var u = document.getElementById("login_username").value;
    if (u == "") { alert("请输入用户名"); return false; }
    document.getElementById("login_form").submit();
}
</script>
</head>
<body class="login_body">
<div class="login_top"><img src="/seeyon/main/login/default/images/logo.png" alt="" /><span class="login_title">淳溪县政务协同办公系统</span></div>
<div class="login_main">
  <div class="login_bg"><img src="/seeyon/main/login/default/images/login_bg.jpg" alt="" /></div>
  <div class="login_box">
    <form id="login_form" name="loginform" action="/seeyon/main.do?method=login" method="post">
      <div class="login_box_title">用户登录</div>
      <div class="login_item"><label>用户名：</label><input id="login_username" name="login_username" type="text" autocomplete="off" /></div>
      <div class="login_item"><label>密　码：</label><input id="login_password" name="login_password" type="password" autocomplete="off" /></div>
      <div class="login_item"><label>验证码：</label><input id="VerifyCode" name="VerifyCode" type="text" maxlength="4" /><img id="verifyCodeImg" src="/seeyon/verifyCodeImage.jpg" onclick="this.src='/seeyon/verifyCodeImage.jpg?'+Math.random()" alt="看不清？换一张" /></div>
      <div class="login_item login_remember"><input type="checkbox" id="remember" name="remember" /><label for="remember">记住用户名</label> <a href="/seeyon/main/login/default/forgetPwd.html">忘记密码？</a></div>
      <div class="login_btn"><input type="button" value="登 录" onclick="loginButtonOnClickHandler()" /></div>
      <div class="login_help">
        <a href="/seeyon/main/login/default/help.html">使用帮助</a> |
        <a href="/seeyon/autoinstall.do?method=download&amp;type=ie">浏览器插件下载</a> |
        <a href="/seeyon/main/login/default/ca.html">CA证书登录</a> |
        <a href="/seeyon/m3/apps/download.html">移动办公下载</a>
      </div>
    </form>
  </div>
</div>
<div class="login_notice">
  <p>温馨提示：本系统为淳溪县电子政务外网内部办公系统，仅限授权用户使用。请使用谷歌、360极速或IE9及以上版本浏览器，最佳分辨率1920×1080。</p>
  <p>技术支持：淳溪县大数据发展管理中心　运维电话：0571-64818888</p>
</div>
<div class="login_foot">Copyright © 2012-2026 淳溪县人民政府办公室 版权所有　浙ICP备05011111号</div>
</body>
</html>
"""


def _item_zh(href: str, title: str, d: date) -> str:
    return f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{_ymd(d)}</span></li>\n'


def _small_zh_home() -> tuple[str, dict[str, str]]:
    """A township site: short but live; a 网上办事 box still says 栏目建设中，敬请期待."""
    news = [
        ("镇党委召开理论学习中心组（扩大）学习会", 2),
        ("我镇开展冬季森林防火专项检查", 5),
        ("梅岭镇举办2026年农民丰收节暨农产品展销活动", 9),
        ("镇领导带队走访慰问困难群众", 13),
        ("我镇召开安全生产工作例会", 19),
        ("梅岭镇开展“最美庭院”评选活动", 26),
    ]
    notices = [
        ("梅岭镇2026年度城乡居民医疗保险参保缴费的通知", 4),
        ("关于梅岭镇农村宅基地审批结果的公示", 16),
        ("梅岭镇2026年秋冬季森林防火戒严令", 33),
        ("关于公开招聘村级后备干部的公告", 61),
    ]
    news_li = "".join(_item_zh(f"/art/{_ymd(_d(n), '/')}/art_1001_{5000 - i}.html", t, _d(n)) for i, (t, n) in enumerate(news))
    notice_li = "".join(_item_zh(f"/art/{_ymd(_d(n), '/')}/art_1002_{3000 - i}.html", t, _d(n)) for i, (t, n) in enumerate(notices))
    home = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="梅岭镇人民政府">
<meta name="SiteIDCode" content="3301270101">
<title>梅岭镇人民政府</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top"><div class="w1000"><span class="fl">欢迎访问梅岭镇人民政府网站</span><span class="fr"><a href="/col/col1010/index.html">无障碍</a></span></div></div>
<div class="header"><div class="w1000"><img src="/images/logo.png" alt="梅岭镇人民政府"></div></div>
<div class="nav"><ul class="w1000">
<li><a href="/">首页</a></li>
<li><a href="/col/col1003/index.html">走进梅岭</a></li>
<li><a href="/col/col1001/index.html">新闻动态</a></li>
<li><a href="/col/col1002/index.html">通知公告</a></li>
<li><a href="http://www.chunxi.gov.cn/col/col1229612345/index.html">信息公开</a></li>
<li><a href="https://www.zjzwfw.gov.cn/">办事服务</a></li>
<li><a href="/col/col1005/index.html">联系我们</a></li>
</ul></div>
<div class="main w1000">
  <div class="box fl"><div class="box_t"><h3>新闻动态</h3><a class="more" href="/col/col1001/index.html">更多&gt;&gt;</a></div>
  <ul class="list">
{news_li}  </ul></div>
  <div class="box fr"><div class="box_t"><h3>通知公告</h3><a class="more" href="/col/col1002/index.html">更多&gt;&gt;</a></div>
  <ul class="list">
{notice_li}  </ul></div>
  <div class="box2 clear"><div class="box_t"><h3>网上办事</h3></div>
  <div class="building">栏目建设中，敬请期待……</div></div>
</div>
<div class="footer"><div class="w1000">
<p>主办：梅岭镇人民政府　地址：淳溪县梅岭镇梅岭街88号　电话：0571-64960001</p>
<p>网站标识码：3301270101　<a href="https://beian.miit.gov.cn/">浙ICP备05012399号</a>　<a href="http://www.beian.gov.cn/">浙公网安备 33012702000456号</a></p>
</div></div>
</body>
</html>
"""
    older = [("梅岭镇召开2026年三季度经济运行分析会", 40), ("我镇开展防汛应急演练", 55), ("梅岭镇第十二届运动会开幕", 70)]
    news_page = "".join(_item_zh(f"/art/{_ymd(_d(n), '/')}/art_1001_{4000 - i}.html", t, _d(n)) for i, (t, n) in enumerate(news + older))
    notice_page = notice_li + _item_zh("/art/2026/6/2/art_1002_2900.html", "梅岭镇2026年汛期值班安排表", date(2026, 6, 2))

    def col(name: str, items: str) -> str:
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}_梅岭镇人民政府</title></head><body>
<div class="header"><a href="/">梅岭镇人民政府</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; {name}</div>
<div class="listbox"><h2>{name}</h2><ul class="list">
{items}</ul><div class="page">共1页</div></div>
<div class="footer">主办：梅岭镇人民政府　浙ICP备05012399号</div></body></html>"""

    return home, {"/col/col1001/index.html": col("新闻动态", news_page), "/col/col1002/index.html": col("通知公告", notice_page)}


def _small_en_home() -> tuple[str, dict[str, str]]:
    """A parish council's site: a few lines, a banner that the new site is still under construction."""
    def fmt(d: date) -> str:
        return f"{d.day} {d.strftime('%B')} {d.year}"

    news = [
        ("Minutes of the November Parish Council meeting", 6),
        ("Christmas tree lighting on the village green", 11),
        ("Road closure: Church Lane, 1-5 December", 20),
        ("Remembrance Sunday arrangements", 30),
    ]
    items = "".join(
        f'<li><a href="/news/{slug}/">{t}</a> <span class="date">{fmt(_d(n))}</span></li>\n'
        for slug, (t, n) in ((f"n{i}", x) for i, x in enumerate(news))
    )
    home = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Little Wenham Parish Council</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header><h1><a href="/">Little Wenham Parish Council</a></h1>
<nav><a href="/">Home</a> <a href="/council/">The Council</a> <a href="/meetings/">Meetings &amp; Minutes</a> <a href="/news/">News</a> <a href="/contact/">Contact</a></nav></header>
<div class="banner">Our new website is under construction &ndash; some pages may be incomplete. Please bear with us.</div>
<main>
<p>Welcome to the website of Little Wenham Parish Council. The Council meets on the second Tuesday of each month at 7.30pm in the Village Hall. Members of the public are welcome.</p>
<section class="news"><h2>Latest news</h2>
<ul>
{items}</ul>
<a href="/news/">All news</a></section>
</main>
<footer><p>Clerk: Mrs J. Harding, clerk@littlewenham-pc.gov.uk, 01473 555012</p><p>&copy; 2026 Little Wenham Parish Council</p></footer>
</body>
</html>
"""
    older = [("Annual Parish Meeting 2026", 200), ("Precept 2026/27 agreed", 290)]
    page_items = "".join(
        f'<li><a href="/news/m{i}/">{t}</a> <span class="date">{fmt(_d(n))}</span></li>\n' for i, (t, n) in enumerate(news + older)
    )
    news_page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>News | Little Wenham Parish Council</title></head><body>
<header><h1><a href="/">Little Wenham Parish Council</a></h1></header><main><h2>News</h2><ul>
{page_items}</ul></main><footer>&copy; 2026 Little Wenham Parish Council</footer></body></html>"""
    return home, {"/news/": news_page}


def _portal(name: str, host: str, code: str, icp: str) -> dict[str, str]:
    """A live, fresh provincial or city portal (the target of a redirect or a link)."""
    cols = [
        ("col1", "今日要闻", "news", [0, 1, 1, 2, 3, 4, 5, 6]),
        ("col2", "部门动态", "news", [0, 1, 2, 2, 3, 5, 6, 8]),
        ("col3", "市县动态", "news", [1, 1, 2, 3, 4, 4, 7, 9]),
        ("col4", "通知公告", "notice", [1, 3, 6, 9, 14, 20, 27, 35]),
        ("col5", "政策文件", "policy", [2, 8, 15, 22, 30, 41, 55, 60]),
        ("col6", "政策解读", "policy", [2, 9, 16, 23, 31, 44, 56, 62]),
    ]
    topics = ["召开全体会议研究部署近期重点工作", "深入推进营商环境优化提升", "开展安全生产大检查", "推动数字政府建设走深走实",
              "召开防汛防台工作会议", "部署冬季森林防火工作", "推进乡村振兴示范带建设", "举行重大项目集中开工仪式",
              "召开民生实事项目推进会", "开展“三服务”活动", "部署秋冬季大气污染防治", "召开生态环境保护督察整改推进会"]
    routes: dict[str, str] = {}
    blocks = []
    for cid, cname, _ctype, ages in cols:
        lis = "".join(
            f'<li><a href="/art/{_ymd(_d(a), "/")}/art_{cid}_{90000 - i}.html" target="_blank">{name.replace("人民政府", "")}{topics[(i + len(cname)) % len(topics)]}</a><span class="date">{_ymd(_d(a))}</span></li>\n'
            for i, a in enumerate(ages)
        )
        blocks.append(f'<div class="column"><div class="col-hd"><h3>{cname}</h3><a class="more" href="/{cid}/index.html">更多</a></div><ul class="col-list">\n{lis}</ul></div>\n')
        more = "".join(
            f'<li><a href="/art/{_ymd(_d(a + 70), "/")}/art_{cid}_{80000 - i}.html">{topics[i % len(topics)]}</a><span>{_ymd(_d(a + 70))}</span></li>\n'
            for i, a in enumerate(ages)
        )
        routes[f"/{cid}/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{cname}_{name}</title></head><body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {cname}</div>
<div class="list"><h2>{cname}</h2><ul>
{lis}{more}</ul><div class="pager"><a href="/{cid}/index_2.html">下一页</a> 第1页/共12页</div></div>
<div class="footer">主办：{name}办公室　网站标识码：{code}　{icp}</div></body></html>"""
    nav_items = ["首页", "政务公开", "政务服务", "政民互动", "走进" + name[:2], "专题专栏", "数据开放"]
    nav = "".join(f'<li><a href="/{["", "col4/index.html", "col2/index.html", "col3/index.html", "col1/index.html", "col5/index.html", "col6/index.html"][i]}">{t}</a></li>' for i, t in enumerate(nav_items))
    links = "".join(f'<a href="http://www.{p}.gov.cn/" target="_blank">{p}</a> ' for p in ["gov", "zj", "hangzhou", "ningbo", "wenzhou", "jiaxing", "huzhou", "shaoxing", "jinhua", "quzhou", "zhoushan", "taizhou", "lishui"])
    home = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{name}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{code}">
<title>{name}门户网站</title>
<link rel="stylesheet" href="/css/index.css">
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/">简体</a> | <a href="/">繁體</a> | <a href="/">无障碍</a> | <a href="/">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="{name}"><form action="/jsearchfront/search.do"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="banner"><img src="/images/banner_2026.jpg" alt=""></div>
<div class="main w1200">
{''.join(blocks)}</div>
<div class="links w1200"><h4>政府网站</h4>{links}</div>
<div class="footer"><div class="w1200">
<p>主办：{name}办公室　承办：{name[:2]}大数据发展管理局</p>
<p>网站标识码：{code}　{icp}　<a href="/col/sitemap.html">网站地图</a>　<a href="/col/contact.html">联系我们</a></p>
</div></div>
</body>
</html>
"""
    routes["/"] = home
    return routes


# -- Assembling the sites --------------------------------------------------------------------

def _r(body: str, status: int = 200, headers: tuple[tuple[str, str], ...] | None = None, encoding: str = "utf-8") -> Resp:
    return Resp(status, body.encode(encoding), headers if headers is not None else _h())


def _routes(pages: dict[str, str]) -> dict[str, Resp]:
    return {path: _r(body) for path, body in pages.items()}


_small_zh, _small_zh_cols = _small_zh_home()
_small_en, _small_en_cols = _small_en_home()
_province = _portal("浙江省人民政府", "www.zj.gov.cn", "3300000001", "浙ICP备05000001号")
_city = _portal("温岭市人民政府", "www.wenling.gov.cn", "3310810001", "浙ICP备05007410号")
_county = _portal("淳溪县人民政府", "www.chunxi.gov.cn", "3301270001", "浙ICP备05012300号")

_bt = "nginx"
_dead_must_not = ("hidden_links", "spam_content", "offsite_redirect")
_block_must_not = DEAD + HIJACK


SITES: list[DeadSite] = [
    # Cloud ICP-filing interception: the site is up but nobody can see it (unfiled).
    DeadSite("aliyun_unfiled", "www.jxsly.gov.cn", "金溪县林业局 (阿里云 未备案拦截)",
             {"/": _r(ALIYUN_UNFILED, 403, _h(server="Beaver"))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="unfiled", passed=False,
                   why="a cloud's ICP interception page: every visitor gets it")),
    DeadSite("tencent_unfiled", "www.lqzjj.gov.cn", "临泉县住建局 (腾讯云 webblock 框架)",
             {"/": _r(TENCENT_UNFILED, 200, _h(server="stgw"))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="unfiled", passed=False,
                   why="Tencent Cloud's interception frames dnspod.qcloud.com/static/webblock.html: not a blank placeholder, a block")),
    DeadSite("huawei_unfiled", "www.hyxjy.gov.cn", "衡阳县教育局 (华为云 未备案)",
             {"/": _r(HUAWEI_UNFILED, 200, _h(server="CloudWAF"))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="unfiled", passed=False,
                   why="Huawei Cloud's page for an unfiled site")),
    # Hosting panels and stock server pages.
    DeadSite("bt_created", "www.sxzfj.gov.cn", "石溪镇 (宝塔 站点创建成功)",
             {"/": _r(BT_CREATED, 200, _h(server=_bt))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=(*_dead_must_not, "placeholder_page"), passed=False)),
    DeadSite("bt_no_site", "www.dtxsw.gov.cn", "东台乡 (宝塔 没有找到站点)",
             {"/": _r(BT_NO_SITE, 200, _h(server=_bt))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False,
                   why="BT panel's default vhost: no site bound to this name")),
    DeadSite("iis10", "www.hbsjyj.gov.cn", "河北某局 (IIS 10 start page)",
             {"/": _r(IIS10, 200, _h("text/html", "Microsoft-IIS/10.0", ("X-Powered-By", "ASP.NET")), "latin-1")},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False,
                   why="IIS's iisstart.htm: title 'IIS Windows Server', an image and nothing else")),
    DeadSite("iis7", "www.ylxtj.gov.cn", "云龙县统计局 (IIS7 welcome)",
             {"/": _r(IIS7, 200, _h("text/html", "Microsoft-IIS/7.5", ("X-Powered-By", "ASP.NET")), "latin-1")},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("apache_it_works", "www.gaxrsj.gov.cn", "广安县人社局 (Apache It works!)",
             {"/": _r(APACHE_IT_WORKS, 200, _h("text/html", "Apache/2.4.58 (Unix)"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("debian_default", "www.brackley-tc.gov.uk", "Brackley Town Council (Apache2 Debian Default Page)",
             {"/": _r(DEBIAN_DEFAULT, 200, _h("text/html", "Apache/2.4.62 (Debian)"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("centos_403", "www.hzxsl.gov.cn", "汉中县水利局 (CentOS test page, 403)",
             {"/": _r(CENTOS_TEST_PAGE, 403, _h("text/html; charset=UTF-8", "Apache/2.4.6 (CentOS) OpenSSL/1.0.2k-fips PHP/5.4.16"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False,
                   why="welcome.conf serves the test page with 403 when the docroot has no index")),
    DeadSite("tomcat", "www.ncxgxj.gov.cn", "南城县工信局 (Tomcat default)",
             {"/": _r(TOMCAT_DEFAULT, 200, _h("text/html;charset=UTF-8", ""))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("tengine", "www.qjxwlj.gov.cn", "曲靖某局 (Welcome to tengine!)",
             {"/": _r(TENGINE, 200, _h("text/html", "Tengine"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("openresty", "www.lsxmzj.gov.cn", "丽水某局 (Welcome to OpenResty!)",
             {"/": _r(OPENRESTY, 200, _h("text/html", "openresty/1.21.4.3"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("cpanel_suspended", "www.eastmere-pc.gov.uk", "Eastmere Parish Council (cPanel Account Suspended)",
             {"/": _r(CPANEL_SUSPENDED, 200, _h("text/html; charset=utf-8", "Apache"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False,
                   why="a hosting panel's suspended-account page: README lists it as default_server_page")),
    DeadSite("cpanel_default", "www.oldharbourfestival.co.uk", "Old Harbour Festival (cPanel Default Web Site Page)",
             {"/": _r(CPANEL_DEFAULT, 200, _h("text/html; charset=utf-8", "Apache"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("plesk_default", "www.kirkbymoor.gov.uk", "Kirkby Moor Council (Plesk Domain Default page)",
             {"/": _r(PLESK_DEFAULT, 200, _h("text/html", "nginx", ("X-Powered-By", "PleskLin")))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=_dead_must_not, passed=False)),
    DeadSite("synology", "www.xxjxx.gov.cn", "西溪街道 (Synology DiskStation login)",
             {"/": _r(SYNOLOGY_LOGIN, 200, _h("text/html; charset=UTF-8", "nginx"))},
             Truth(ZOMBIE, must=("default_server_page",), must_not=(*_dead_must_not, "placeholder_page"), passed=False,
                   why="a NAS's stock login (DSM) answers for the site: a device's stock page, not the website")),
    # Expired and for-sale domains.
    DeadSite("wanwang_expired", "www.jsdxly.cn", "建德县旅游 (万网 域名已过期)",
             {"/": _r(WANWANG_EXPIRED, 200, _h(server="Tengine"))},
             Truth(ZOMBIE, must=("parked_domain",), must_not=_dead_must_not, passed=False,
                   why="a registrar's expired-domain page")),
    DeadSite("godaddy_expired", "www.harbourlightsfestival.com", "Harbour Lights Festival (GoDaddy expired lander)",
             {"/": _r(GODADDY_EXPIRED, 200, _h(server="nginx"))},
             Truth(ZOMBIE, must=("parked_domain",), must_not=(*_dead_must_not, "placeholder_page"), passed=False,
                   why="GoDaddy's parking lander: an empty root filled by img1.wsimg.com/parking-lander")),
    DeadSite("namecheap_expired", "www.saltmarshtrail.org.uk", "Saltmarsh Trail (Namecheap expired)",
             {"/": _r(NAMECHEAP_EXPIRED, 200, _h(server="nginx"))},
             Truth(ZOMBIE, must=("parked_domain",), must_not=_dead_must_not, passed=False)),
    DeadSite("sedo_js", "www.qingxitour.com", "清溪旅游 (Sedo for-sale, JS redirect)",
             {"/": _r(SEDO_JS, 200, _h(server="Apache"))},
             Truth(ZOMBIE, must=("parked_domain",), must_not=_dead_must_not, passed=False,
                   why="a script sends visitors to Sedo's offer page: parked, not a hijack")),
    DeadSite("afternic_302", "www.riverbendvisitors.org", "Riverbend Visitors (302 to Afternic)",
             {"/": Resp(302, b"", (("Location", "http://www.afternic.com/forsale/riverbendvisitors.org?traffic_id=daslnc&traffic_type=TDFS_DASLNC"), ("Server", "nginx"), ("Content-Type", "text/html")))},
             Truth(ZOMBIE, must=("parked_domain",), must_not=_dead_must_not, passed=False,
                   why="an HTTP redirect to a for-sale lander is parked_domain, not offsite_redirect (README)")),
    # Placeholders and closure notices.
    DeadSite("upgrade_gbk", "www.cxscjg.gov.cn", "淳溪县市场监督管理局 (升级改版中 since 2024)",
             {"/": _r(UPGRADE_GBK, 200, _h("text/html", "Microsoft-IIS/6.0"), "gbk")},
             Truth(ZOMBIE, must=("placeholder_page",), must_not=(*_dead_must_not, "default_server_page"), passed=False,
                   why="升级改版 promised back by 2024-10-08: two years past")),
    DeadSite("maintenance_zh", "www.mlz.gov.cn", "梅岭镇 (网站维护中, window long past)",
             {"/": _r(MAINTENANCE_ZH, 200, _h(server="nginx"))},
             Truth(ZOMBIE, must=("placeholder_page",), must_not=(*_dead_must_not, "default_server_page"), passed=False)),
    DeadSite("maintenance_en", "www.ashcombe-tc.gov.uk", "Ashcombe Town Council (We'll be back soon)",
             {"/": _r(MAINTENANCE_EN, 200, _h(server="Apache"))},
             Truth(ZOMBIE, must=("placeholder_page",), must_not=(*_dead_must_not, "default_server_page"), passed=False,
                   why="'back online by 14 March 2025': a maintenance page left up for 20 months")),
    DeadSite("closed_notice", "www.cxnyj.gov.cn", "淳溪县农业农村局 (网站关停 notice)",
             {"/": _r(CLOSED_NOTICE, 200, _h(server="nginx"))},
             Truth(ZOMBIE, must=("placeholder_page",), must_not=(*_dead_must_not, "default_server_page"), passed=False,
                   why="closed in the 集约化 merger: a closure notice linking to the county portal")),
    DeadSite("closed_countdown", "www.wlzjj.gov.cn", "温岭市住建局 (整合 notice, 5 s JS redirect)",
             {"/": _r(CLOSED_COUNTDOWN, 200, _h(server="nginx"))},
             Truth(ZOMBIE, must=("placeholder_page",), must_not=("hidden_links", "spam_content", "offsite_redirect", "default_server_page"), passed=False,
                   why="a closure notice that sends visitors to the city portal after 5 s: closed (placeholder), a gov.cn sibling, not a hijack")),
    DeadSite("moved_301", "www.abxwlj.gov.cn", "安吉县某局 (301 to the provincial portal)",
             {"/": Resp(301, b"<html><head><title>301 Moved Permanently</title></head><body><center><h1>301 Moved Permanently</h1></center><hr><center>nginx</center></body></html>",
                        (("Location", "http://www.zj.gov.cn/"), ("Server", "nginx"), ("Content-Type", "text/html")))},
             Truth(LIVE, must=("site_moved",), must_not=NOT_DEAD, passed=None,
                   why="关停上移: a redirect to a gov.cn sibling is site_moved, and the portal it reaches is live and fresh")),
    # WAF / CDN blocks: up, not dead.
    DeadSite("safedog_403", "www.yyxzfw.gov.cn", "余姚县政务服务 (安全狗 403)",
             {"/": _r(SAFEDOG_403, 403, _h(server="Safedog/4.0"))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="firewall", passed=False,
                   why="a WAF's block page: the site is up, its content cannot be judged")),
    DeadSite("yunsuo_200", "www.fyxjtj.gov.cn", "阜阳县交通局 (云锁 拦截, 200)",
             {"/": _r(YUNSUO_BLOCK, 200, _h(server="nginx"))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="firewall", passed=False)),
    DeadSite("jiasule_521", "www.hnxwsj.gov.cn", "湖南某县卫健局 (加速乐 521 cookie script)",
             {"/": Resp(521, JIASULE_521.encode(), (("Content-Type", "text/html"), ("Server", "jsl"), ("Set-Cookie", "__jsluid_h=8d1e7c2b5f0a49e3a6b1c0d2e3f4a5b6; max-age=31536000; path=/; HttpOnly")))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="firewall", passed=False)),
    DeadSite("cloudflare", "www.northmoor-pc.gov.uk", "Northmoor Parish Council (Cloudflare Just a moment...)",
             {"/": Resp(403, CLOUDFLARE_CHALLENGE.encode(), (("Content-Type", "text/html; charset=UTF-8"), ("Server", "cloudflare"), ("cf-mitigated", "challenge"), ("CF-RAY", "8e7a2c1b4f9d63a1-LHR"), ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0")))},
             Truth(UNREACHABLE, must=("unreachable",), must_not=_block_must_not, kind="firewall", passed=False)),
    # Live pages: must NOT be called dead.
    DeadSite("spa_portal", "www.zjcx.gov.cn", "长兴县人民政府 (Vue SPA shell)",
             {"/": _r(SPA_PORTAL, 200, _h(server="nginx"))},
             Truth(LIVE, must=("undated",), must_not=NOT_DEAD, passed=None,
                   why="a live portal built by its scripts: an empty #app and a noscript line are no placeholder")),
    DeadSite("small_live_zh", "www.mlzf.gov.cn", "梅岭镇人民政府 (small live site)",
             {"/": _r(_small_zh)} | _routes(_small_zh_cols),
             Truth(LIVE, must=(), must_not=NOT_DEAD, passed=None,
                   why="short, but fresh; its 网上办事 box says 栏目建设中，敬请期待")),
    DeadSite("small_live_en", "www.littlewenham-pc.gov.uk", "Little Wenham Parish Council (small live site)",
             {"/": _r(_small_en)} | _routes(_small_en_cols),
             Truth(LIVE, must=(), must_not=NOT_DEAD, passed=None,
                   why="a few lines and fresh news; its banner says the new website is under construction")),
    DeadSite("oa_login", "oa.chunxi.gov.cn", "淳溪县政务协同办公系统 (OA login)",
             {"/": _r(_oa_login(), 200, _h("text/html;charset=UTF-8", "SY8045"))},
             Truth(LIVE, must=("undated",), must_not=NOT_DEAD, passed=None,
                   why="an organisation's own live login system: not a placeholder nor a stock page")),
]

EXTRA: dict[str, dict[str, Resp]] = {
    "www.zj.gov.cn": _routes(_province),
    "www.wenling.gov.cn": _routes(_city) | {"/col/col1402390/index.html": _r(_city["/col2/index.html"])},
    "www.chunxi.gov.cn": _routes(_county) | {"/col/col1229612345/index.html": _r(_county["/col5/index.html"])},
    "sedo.com": {"/search/details/": _r(SEDO_OFFER, 200, _h(server="Apache"))},
    "www.afternic.com": {"/forsale/riverbendvisitors.org": _r(AFTERNIC_FORSALE, 200, _h(server="nginx"))},
}

ALL_HOSTS: dict[str, dict[str, Resp]] = {s.host: s.routes for s in SITES} | EXTRA

