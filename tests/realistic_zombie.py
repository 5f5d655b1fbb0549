"""Sites that answer but are dead (or blocked), as the real servers, panels, registrars,
clouds and firewalls send them, with the truth a monitoring user expects.

Written from what these pages look like in the wild, apart from tests/hostile_pages.py:
stock pages of nginx (and its Debian, CentOS, Rocky/AlmaLinux, OpenResty and Tengine
builds), Apache, IIS, Tomcat, LiteSpeed and Caddy; Chinese hosting panels (宝塔, phpStudy,
护卫神, 西部数码, 万网) and cPanel; placeholders and closure notices; parking and for-sale
pages of registrars and marketplaces; the block pages Chinese clouds put in front of an
unfiled site; firewall challenges; and real portals that are frozen (or alive with a
stray phrase). Dates are relative to the fixed clock NOW.

Each `Case` is one site: what it sends for `/` (HTTP status, headers, body; or a
redirect) and what it must be judged: the status, the findings that must be there
(`codes`) and the ones that may be (`allowed`) among `JUDGING`. `note` says why, when
the truth is debatable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 3, 18, 2, 30, tzinfo=UTC)  # 10:30 in Beijing, a Wednesday
TODAY = NOW.date()

# The findings a verdict is compared on: whatever else fires (slow, undated,
# broken_link...) is not this audit's business.
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
    }
)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass(frozen=True)
class Case:
    slug: str
    body: str | bytes
    status: str  # the verdict
    codes: frozenset[str]  # findings that must be there (of JUDGING)
    http: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    allowed: frozenset[str] = frozenset()  # findings that may be there too
    location: str | None = None  # a redirect: `/` answers `http` with this Location
    extra: Mapping[str, tuple[str, int, str]] = field(default_factory=dict)  # host -> page
    pages: Mapping[str, str] = field(default_factory=dict)  # other paths of the site
    detail: str = ""  # a word the judging finding's detail must contain
    note: str = ""

    @property
    def host(self) -> str:
        return f"www.{self.slug}.gov.cn"


def case(
    slug: str,
    body: str | bytes,
    status: str,
    *codes: str,
    http: int = 200,
    server: str = "nginx",
    content_type: str = "text/html; charset=utf-8",
    headers: Mapping[str, str] | None = None,
    allowed: tuple[str, ...] = (),
    **kwargs: object,
) -> Case:
    sent = {"Server": server, "Content-Type": content_type, **(headers or {})}
    return Case(
        slug,
        body,
        status,
        frozenset(codes),
        http=http,
        headers=sent,
        allowed=frozenset(allowed),
        **kwargs,  # type: ignore[arg-type]
    )


# --- default server pages --------------------------------------------------------------

NGINX_DEBIAN = """<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
"""

NGINX_CENTOS7 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
    <head>
        <title>Test Page for the Nginx HTTP Server on CentOS</title>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
        <style type="text/css">
            body { background-color: #fff; color: #000; font-size: 0.9em; font-family: sans-serif,helvetica; margin: 0; padding: 0; }
            h1 { text-align: center; margin: 0; padding: 0.6em 2em 0.4em; background-color: #294172; color: #fff; font-weight: normal; font-size: 1.75em; border-bottom: 2px solid #000; }
            .content { padding: 1em 5em; }
            .alert { border: 2px solid #000; }
        </style>
    </head>
    <body>
        <h1>Welcome to <strong>nginx</strong> on CentOS!</h1>
        <div class="content">
            <p>This page is used to test the proper operation of the
            <strong>nginx</strong> HTTP server after it has been
            installed. If you can read this page, it means that the
            web server installed at this site is working
            properly.</p>
            <div class="alert">
                <h2>Website Administrator</h2>
                <div class="content">
                    <p>This is the default <tt>index.html</tt> page that
                    is distributed with <strong>nginx</strong> on
                    CentOS.  It is located in
                    <tt>/usr/share/nginx/html</tt>.</p>
                    <p>You should now put your content in a location of
                    your choice and edit the <tt>root</tt> configuration
                    directive in the <strong>nginx</strong>
                    configuration file
                    <tt>/etc/nginx/nginx.conf</tt>.</p>
                </div>
            </div>
            <div class="logos">
                <a href="http://nginx.net/"><img src="nginx-logo.png" alt="[ Powered by nginx ]" width="121" height="32" /></a>
                <a href="http://www.centos.org/"><img src="poweredby.png" alt="[ Powered by CentOS Linux ]" width="88" height="31" /></a>
            </div>
        </div>
    </body>
</html>
"""

ROCKY_TESTPAGE = """<!doctype html>
<html>
  <head>
    <meta charset='utf-8'>
    <meta name='viewport' content='width=device-width, initial-scale=1'>
    <title>HTTP Server Test Page powered by: Rocky Linux</title>
    <style type="text/css">
      /*<![CDATA[*/
      html { height: 100%; width: 100%; }
      body { background: #fff; font-family: "Red Hat Text", sans-serif; }
      .row { display: flex; }
      /*]]>*/
    </style>
  </head>
  <body>
    <h1>HTTP Server <strong>Test Page</strong></h1>
    <div class='row'>
      <div class='col-left'>
        <h2>If you are a member of the general public:</h2>
        <p>The fact that you are seeing this page indicates that the website you just visited is either experiencing problems, or is undergoing routine maintenance.</p>
        <p>If you would like to let the administrators of this website know that you've seen this page instead of the page you expected, you should send them e-mail. In general, mail sent to the name "webmaster" and directed to the website's domain should reach the appropriate person.</p>
        <p>The most common email address to send to is: <strong>"webmaster@example.com"</strong></p>
        <h2>Note:</h2>
        <p>The Rocky Linux distribution is a stable and reproduceable platform based on the sources of Red Hat Enterprise Linux (RHEL). With this in mind, please understand that:
        <ul>
          <li>Neither the <strong>Rocky Linux Project</strong> nor the <strong>Rocky Enterprise Software Foundation</strong> have anything to do with this website or its content.</li>
          <li>The Rocky Linux Project nor the <strong>RESF</strong> have "hacked" this webserver: This test page is included with the distribution.</li>
        </ul>
        <p>For more information about Rocky Linux, please visit the <a href="https://rockylinux.org/"><strong>Rocky Linux website</strong></a>.</p>
      </div>
      <div class='col-right'>
        <h2>I am the admin, what do I do?</h2>
        <p>You may now add content to the webroot directory for your software.</p>
        <p><strong>For systems using the Apache Webserver</strong>: You can add content to the directory <code>/var/www/html/</code>. Until you do so, people visiting your website will see this page. If you would like this page to not be shown, follow the instructions in: <code>/etc/httpd/conf.d/welcome.conf</code>.</p>
        <p><strong>For systems using NGINX</strong>: You can add your content in a location of your choice and edit the <code>root</code> configuration directive in <code>/etc/nginx/nginx.conf</code>.</p>
        <div id="logos">
          <a href="https://rockylinux.org/" id="rocky-poweredby"><img src="icons/poweredby.png" alt="[ Powered by Rocky Linux ]" /></a>
          <img src="poweredby.png" id="webserver-poweredby" alt="[ Powered by Rocky Linux ]" />
        </div>
      </div>
    </div>
    <footer class="col-sm-12">
      <a href="https://apache.org">Apache&trade;</a> is a registered trademark of <a href="https://apache.org">the Apache Software Foundation</a> in the United States and/or other countries.<br />
      <a href="https://nginx.org">NGINX&trade;</a> is a registered trademark of <a href="https://">F5 Networks, Inc.</a>.
    </footer>
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

APACHE_IT_WORKS = "<html><body><h1>It works!</h1></body></html>\n"

APACHE_UBUNTU = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Apache2 Ubuntu Default Page: It works</title>
    <style type="text/css" media="screen">
  * { margin: 0px 0px 0px 0px; padding: 0px 0px 0px 0px; }
  body, html { padding: 3px 3px 3px 3px; background-color: #D8DBE2; font-family: Verdana, sans-serif; font-size: 11pt; text-align: center; }
  div.main_page { position: relative; display: table; width: 800px; margin-bottom: 3px; margin-left: auto; margin-right: auto; }
    </style>
  </head>
  <body>
    <div class="main_page">
      <div class="page_header floating_element">
        <img src="/icons/ubuntu-logo.png" alt="Ubuntu Logo" class="floating_element"/>
        <span class="floating_element">
          Apache2 Ubuntu Default Page
        </span>
      </div>
      <div class="table_of_contents floating_element">
        <div class="section_header section_header_grey">
          TABLE OF CONTENTS
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#about">About</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#changes">Changes</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#scope">Scope</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#files">Config files</a>
        </div>
      </div>
      <div class="content_section floating_element">
        <div class="section_header section_header_red">
          <div id="about"></div>
          It works!
        </div>
        <div class="content_section_text">
          <p>
                This is the default welcome page used to test the correct
                operation of the Apache2 server after installation on Ubuntu systems.
                It is based on the equivalent page on Debian, from which the Ubuntu Apache
                packaging is derived.
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
                Ubuntu's Apache2 default configuration is different from the
                upstream default configuration, and split into several files optimized for
                interaction with Ubuntu tools. The configuration system is
                <b>fully documented in
                /usr/share/doc/apache2/README.Debian.gz</b>. Refer to this for the full
                documentation. Documentation for the web server itself can be
                found by accessing the <a href="/manual">manual</a> if the <tt>apache2-doc</tt>
                package was installed on this server.
          </p>
          <p>
                The configuration layout for an Apache2 web server installation on Ubuntu systems is as follows:
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
            <li><tt>apache2.conf</tt> is the main configuration file. It puts the pieces together by including all remaining configuration files when starting up the web server.</li>
            <li><tt>ports.conf</tt> is always included from the main configuration file. It is used to determine the listening ports for incoming connections, and this file can be customized anytime.</li>
            <li>Configuration files in the <tt>mods-enabled/</tt>, <tt>conf-enabled/</tt> and <tt>sites-enabled/</tt> directories contain particular configuration snippets which manage modules, global configuration fragments, or virtual host configurations, respectively.</li>
          </ul>
        </div>
        <div class="section_header">
            <div id="docroot"></div>
                Document Roots
        </div>
        <div class="content_section_text">
            <p>
                By default, Ubuntu does not allow access through the web browser to
                <em>any</em> file apart of those located in <tt>/var/www</tt>,
                <a href="http://httpd.apache.org/docs/2.4/mod/mod_userdir.html" rel="nofollow">public_html</a>
                directories (when enabled) and <tt>/usr/share</tt> (for web
                applications). If your site is using a web document root
                located elsewhere (such as in <tt>/srv</tt>) you may need to whitelist your
                document root directory in <tt>/etc/apache2/apache2.conf</tt>.
            </p>
        </div>
        <div class="section_header">
          <div id="bugs"></div>
                Reporting Problems
        </div>
        <div class="content_section_text">
          <p>
                Please use the <tt>ubuntu-bug</tt> tool to report bugs in the
                Apache2 package with Ubuntu. However, check <a
                href="https://bugs.launchpad.net/ubuntu/+source/apache2"
                rel="nofollow">existing bug reports</a> before reporting a new bug.
          </p>
        </div>
      </div>
    </div>
    <div class="validator">
    </div>
  </body>
</html>
"""

CENTOS_TESTING_123 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"><html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
        <title>Apache HTTP Server Test Page powered by CentOS</title>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <link href="/noindex/css/bootstrap.min.css" rel="stylesheet">
    <link rel="stylesheet" href="noindex/css/open-sans.css" type="text/css" />
<style type="text/css"><!--
body { font-family: "Open Sans", Helvetica, sans-serif; font-weight: 100; color: #ccc; background: rgba(10, 24, 55, 1); font-size: 16px; }
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
            <p><strong><a href="http://www.internic.net/whois.html">http://www.internic.net/whois.html</a></strong></p>
          </div>
          <div class="col-sm-6">
            <h2>The CentOS Project</h2>
            <p>The CentOS Linux distribution is a stable, predictable, manageable and reproduceable platform derived from the sources of Red Hat Enterprise Linux (RHEL).<p>
            <p>Additionally to being a popular choice for web hosting, CentOS also provides a rich platform for open source communities to flourish within.</p>
            <p>For more information please visit the <a href="http://www.centos.org/">CentOS website</a>.</p>
          </div>
        </div>
          </div>
    </div>
  </div>
</body></html>
"""

ALMALINUX_TESTPAGE = ROCKY_TESTPAGE.replace("Rocky Linux", "AlmaLinux").replace(
    "rockylinux.org", "almalinux.org"
)

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

IIS85 = IIS7.replace("<title>IIS7</title>", "<title>Microsoft Internet Information Services 8</title>").replace(
    'alt="IIS7"', 'alt="IIS"'
)

IIS6_UNDER_CONSTRUCTION = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>Under Construction</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252">
<STYLE type="text/css">
  BODY { font: 8pt/12pt verdana }
  H1 { font: 13pt/15pt verdana }
  H2 { font: 8pt/12pt verdana }
  A:link { color: red }
  A:visited { color: maroon }
</STYLE>
</HEAD><BODY><TABLE width=500 border=0 cellspacing=10><TR><TD>

<h1>Under Construction</h1>
The site you are trying to view does not currently have a default page. It may be in the process of being upgraded and configured.
<p>Please try this site again later. If you still experience the problem, try contacting the Web site administrator.</p>
<hr>
<p>If you are the Web site administrator and feel you have received this message in error, please see &quot;Enabling and Disabling Dynamic Content&quot; in IIS Help.</p>
<h2>To access IIS Help</h2>
<ol>
<li>Click <b>Start</b>, and then click <b>Run</b>.</li>
<li>In the <b>Open</b> text box, type <b>inetmgr</b>. IIS Manager appears.</li>
<li>From the <b>Help</b> menu, click <b>Help Topics</b>.</li>
<li>Click <b>Internet Information Services</b>.</li>
</ol>
</TD></TR></TABLE></BODY></HTML>
"""

TOMCAT9 = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="UTF-8" />
        <title>Apache Tomcat/9.0.65</title>
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
                <span id="nav-wiki"><a href="https://wiki.apache.org/tomcat/FrontPage">Wiki</a></span>
                <span id="nav-lists"><a href="https://tomcat.apache.org/lists.html">Mailing Lists</a></span>
                <span id="nav-help"><a href="https://tomcat.apache.org/findhelp.html">Find Help</a></span>
                <br class="separator" />
            </div>
            <div id="asf-box">
                <h1>Apache Tomcat/9.0.65</h1>
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
                        <p><a href="https://wiki.apache.org/tomcat/Specifications">Servlet Specifications</a></p>
                        <p><a href="https://wiki.apache.org/tomcat/TomcatVersions">Tomcat Versions</a></p>
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
            </div>
            <p class="copyright">Copyright &copy;1999-2026 Apache Software Foundation.  All Rights Reserved</p>
        </div>
    </body>

</html>
"""

OPENLITESPEED = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Congratulations | OpenLiteSpeed Web Server</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<header class="header"><img src="/img/ols-logo.svg" alt="OpenLiteSpeed"></header>
<section class="hero">
  <h1>Congratulations!</h1>
  <p>You have successfully installed the OpenLiteSpeed Web Server!</p>
</section>
<section class="steps">
  <h2>Next Steps</h2>
  <ul>
    <li>Log in to the <a href="https://localhost:7080/">WebAdmin Console</a> to configure your server.</li>
    <li>Check out the <a href="/phpinfo.php">phpinfo()</a> page and the <a href="/blocked/">test pages</a>.</li>
    <li>Read the <a href="https://openlitespeed.org/kb/">documentation</a>.</li>
  </ul>
</section>
<footer>Copyright &copy; LiteSpeed Technologies Inc. All rights reserved.</footer>
</body>
</html>
"""

CADDY = """<!DOCTYPE html>
<html>
    <head>
        <title>Caddy works!</title>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <style>
            body { background: #f1f4f5; font-family: 'Inter', sans-serif; font-size: 18px; }
            .stack { display: flex; align-items: center; }
        </style>
    </head>
    <body>
        <div class="stack">
            <a href="https://caddyserver.com"><img src="https://caddyserver.com/resources/images/caddy-logo.svg" alt="Caddy"></a>
            <h1>Congratulations! 🎊</h1>
        </div>
        <p>Your web server is working. Now make it work for you. 💪</p>
        <p>Caddy is ready to serve your site over HTTPS:</p>
        <ol>
            <li>Point your domain's A/AAAA DNS records at this machine.</li>
            <li>Upload your site's files to <code>/var/www/html</code>.</li>
            <li>Edit your Caddyfile at <code>/etc/caddy/Caddyfile</code>.</li>
            <li>Reload the configuration: <code>systemctl reload caddy</code></li>
            <li>Visit your site!</li>
        </ol>
        <h2>If that worked 🥳</h2>
        <p>Awesome! You won't have to look at this slanted page anymore.</p>
        <h2>If that didn't work 😶</h2>
        <p>It's okay, you can fix it! Please check your <a href="https://caddyserver.com/docs/getting-started">documentation</a> and the <a href="https://caddy.community">forums</a>.</p>
        <footer>Caddy web server</footer>
    </body>
</html>
"""

BT_SITE_CREATED = """<!doctype html>
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
</html>"""

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

PHPSTUDY = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>站点创建成功-phpstudy for windows</title>
<style>
.container{width:60%;margin:10% auto 0;background-color:#f0f0f0;padding:2% 5%;border-radius:10px}
ul{padding-left:20px}ul li{line-height:2.3}a{color:#20a53a}
</style>
</head>
<body>
<div class="container">
<h1>恭喜, 站点创建成功！</h1>
<h3>这是默认index.html，本页面由系统自动生成</h3>
<ul>
<li>本页面在FTP根目录下的index.html</li>
<li>您可以修改、删除或覆盖本页面</li>
<li>FTP相关信息，请到“phpstudy后台 > FTP” 查看</li>
<li>phpstudy官网 <a href="https://www.xp.cn" target="_blank">www.xp.cn</a></li>
</ul>
</div>
</body>
</html>"""

HUWEISHEN = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>网站创建成功 - 护卫神·主机大师</title>
<style type="text/css">
body{font-size:14px;background:#f6f6f6;margin:0}
.box{width:760px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:30px 40px}
h1{color:#0a7ad6;font-size:24px}
</style>
</head>
<body>
<div class="box">
<h1>网站创建成功！</h1>
<p>如果您看到此页面，说明您的网站已经创建成功，请将网站程序上传到网站根目录，并删除本页面（index.html）。</p>
<p>本页面由 <a href="http://www.huweishen.com/" target="_blank">护卫神·主机大师</a> 自动生成。</p>
<p>护卫神·主机大师 —— 一键安装IIS+PHP+MySQL+FTP，让主机管理更简单！</p>
</div>
</body>
</html>""".encode("gbk")

WEST_CN = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>虚拟主机开设成功！-西部数码</title>
<style type="text/css">
body{margin:0;padding:0;font-size:12px;font-family:"宋体";background:#fff}
.main{width:700px;margin:60px auto;border:1px solid #c5d9e8}
.top{height:60px;background:#2e8ad8;color:#fff;font-size:20px;line-height:60px;padding-left:20px}
.cont{padding:20px 30px;line-height:26px}
</style>
</head>
<body>
<div class="main">
  <div class="top">恭喜您，虚拟主机开设成功！</div>
  <div class="cont">
    <p>您看到此页面，说明您的虚拟主机已经开设成功，并已正常运行。</p>
    <p>请使用FTP软件上传您的网站程序到 /wwwroot 目录下，并删除或覆盖本默认首页（index.htm）。</p>
    <p>如有疑问，请登录<a href="https://www.west.cn/" target="_blank">西部数码</a>会员中心提交工单，或致电 028-86262244。</p>
    <p>西部数码 —— 专业的域名注册与云服务器提供商</p>
  </div>
</div>
</body>
</html>""".encode("gbk")

ALIYUN_HOST_STOPPED = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>站点已停止</title>
<style>
body{background:#f5f5f5;font-family:"Microsoft YaHei",Arial;color:#333}
.wrap{width:560px;margin:120px auto;background:#fff;padding:40px;border-top:4px solid #ff6a00}
h2{font-size:22px;margin:0 0 16px}
</style>
</head>
<body>
<div class="wrap">
<h2>站点已停止</h2>
<p>该站点已经被管理员停止运行，请联系管理员了解详情！</p>
</div>
</body>
</html>"""

CPANEL_DEFAULT = """<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <meta http-equiv="Cache-control" content="no-cache">
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="0">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Default Web Site Page</title>
    <link rel="stylesheet" href="/img-sys/default.css">
</head>
<body>
<div class="main">
    <header>
        <div class="logo"><img src="/img-sys/cpanel_logo.svg" alt="cPanel"></div>
    </header>
    <section class="content">
        <h1>SORRY!</h1>
        <p>If you are the owner of this website, please contact your hosting provider:
            <a href="mailto:webmaster@example.com">webmaster@example.com</a></p>
        <p>It is possible you have reached this page because:</p>
        <ul>
            <li><strong>The IP address has changed.</strong> The IP address for this domain may have changed recently. Check your DNS settings to verify that the domain is set up correctly.</li>
            <li><strong>There has been a server misconfiguration.</strong> Please verify that your hosting provider has the correct IP address configured for your Apache settings and DNS records.</li>
            <li><strong>The site may have moved to a different server.</strong> The IP address for this domain may have changed recently.</li>
        </ul>
    </section>
    <footer><p>Copyright © 2026 cPanel, L.L.C.</p></footer>
</div>
</body>
</html>
"""

CPANEL_SUSPENDED = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Account Suspended</title>
<link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.0.6/css/all.css">
<style>
body{font-family:'Open Sans',sans-serif;background:#f2f2f2;color:#333;text-align:center}
.container{margin-top:10%}
</style>
</head>
<body>
<div class="container">
  <div class="row"><i class="fas fa-exclamation-triangle fa-5x"></i></div>
  <div class="row"><h1>This Account has been suspended.</h1></div>
  <div class="row"><h2>Contact your hosting provider for more information.</h2></div>
</div>
</body>
</html>
"""

# --- placeholders and closure notices ------------------------------------------------

JIANSHE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>网站建设中</title>
<style>body{background:#eef3f8;text-align:center;font-family:"微软雅黑"}.tip{margin-top:180px;font-size:32px;color:#1a5aa8}</style>
</head>
<body>
<div class="tip"><img src="/images/jianshe.png" alt=""><p>网站建设中……</p></div>
<p style="font-size:12px;color:#999">Copyright © 2026 <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备2023012345号-1</a></p>
</body>
</html>"""

UPGRADING = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>清河县人民政府</title>
<style>
body{margin:0;background:url(/images/bg.jpg) center top no-repeat #f5f7fa}
.notice{width:700px;margin:200px auto 0;background:#fff;padding:40px;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.1)}
.notice h1{color:#c00;font-size:28px;text-align:center}
.notice p{font-size:16px;line-height:32px;text-indent:2em}
</style>
</head>
<body>
<div class="notice">
<h1>网站正在升级维护</h1>
<p>为进一步提升网站服务质量，我县政府门户网站正在进行升级维护，期间暂停访问。给您带来的不便，敬请谅解！</p>
<p>如需办理政务服务事项，请登录<a href="http://zwfw.hebei.gov.cn/">河北政务服务网</a>。</p>
<p style="text-align:right">清河县人民政府办公室</p>
</div>
<div style="text-align:center;color:#999;font-size:12px;margin-top:40px">主办：清河县人民政府办公室　网站标识码：1305340001　冀ICP备05012345号</div>
</body>
</html>"""

JINGQING_QIDAI = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>南湖文旅</title>
<link rel="stylesheet" href="/static/css/landing.css">
</head>
<body class="landing">
<div class="logo"><img src="/static/img/logo.png" alt="南湖文旅"></div>
<h2>全新官网即将上线，敬请期待！</h2>
<p class="sub">关注“南湖文旅”微信公众号，获取最新资讯</p>
<img class="qrcode" src="/static/img/qrcode.jpg" alt="微信公众号二维码">
<footer><a href="https://beian.miit.gov.cn/">浙ICP备2022034567号</a></footer>
</body>
</html>"""

PAGE_UNDER_CONSTRUCTION_ZH = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>欢迎访问</title>
</head>
<body bgcolor="#FFFFFF">
<table width="100%" height="90%"><tr><td align="center" valign="middle">
<font size="5" color="#336699"><b>页面正在建设中，请稍后访问……</b></font>
</td></tr></table>
</body>
</html>""".encode("gbk")

COMING_SOON = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Town Council &#8211; Coming Soon</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lato:400,700">
<link rel="stylesheet" href="/wp-content/plugins/coming-soon/public/css/style.css">
</head>
<body class="sp-coming-soon">
<div id="sp-page">
  <img class="sp-logo" src="/wp-content/uploads/2026/01/logo.png" alt="Harbour Town Council">
  <h1 class="sp-headline">Coming Soon</h1>
  <p class="sp-description">Our new website is on its way. Sign up to be notified when we launch.</p>
  <div id="countdown"><span class="days">12</span> days <span class="hours">4</span> hours</div>
  <form method="post" action="/wp-admin/admin-ajax.php"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Notify Me</button></form>
  <div class="sp-social"><a href="https://www.facebook.com/harbourtown"><i class="fa fa-facebook"></i></a> <a href="https://twitter.com/harbourtown"><i class="fa fa-twitter"></i></a></div>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
<script>
var endDate = new Date("2026-03-30T00:00:00");
setInterval(function(){ var d = endDate - new Date(); document.querySelector('.days').textContent = Math.floor(d/864e5); }, 1000);
</script>
</body>
</html>"""

UNDER_CONSTRUCTION_EN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Riverside Library</title>
<style>body{font-family:Georgia,serif;text-align:center;padding-top:120px;background:#fafafa}</style></head>
<body>
<img src="/img/cone.gif" alt="" width="64">
<h1>Site Under Construction</h1>
<p>We are building a new website for the Riverside Public Library. Please check back soon.</p>
<p>Opening hours and contact: (555) 010-2233</p>
</body></html>"""

MAINTENANCE_EN = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Maintenance</title>
<style>body{font:20px Helvetica,sans-serif;color:#333;text-align:center;padding:150px}h1{font-size:50px}article{display:block;text-align:left;width:650px;margin:0 auto}</style>
</head>
<body>
<article>
    <h1>We&rsquo;ll be back soon!</h1>
    <div>
        <p>This site is under maintenance. Sorry for the inconvenience but we&rsquo;re performing some maintenance at the moment. If you need to you can always <a href="mailto:webmaster@millbrook.example">contact us</a>, otherwise we&rsquo;ll be back online shortly!</p>
        <p>&mdash; The Millbrook County Team</p>
    </div>
</article>
</body>
</html>"""


def wordpress_hello_world() -> str:
    posted = ago(40)
    stamp = posted.isoformat()
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>东坡镇文化站</title>
<link rel="alternate" type="application/rss+xml" title="东坡镇文化站 &raquo; Feed" href="http://www.wordpress-hello.gov.cn/?feed=rss2" />
<link rel='stylesheet' id='wp-block-library-css' href='http://www.wordpress-hello.gov.cn/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel="https://api.w.org/" href="http://www.wordpress-hello.gov.cn/index.php?rest_route=/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="home blog logged-out wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide">
<p class="wp-block-site-title"><a href="http://www.wordpress-hello.gov.cn" target="_self" rel="home" aria-current="page">东坡镇文化站</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-page-list"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="http://www.wordpress-hello.gov.cn/?page_id=2">示例页面</a></li></ul></nav>
</div>
</header>
<main class="wp-block-group">
<div class="wp-block-query">
<ul class="wp-block-post-template">
<li class="wp-block-post post-1 post type-post status-publish format-standard hentry category-uncategorized">
<h2 class="wp-block-post-title"><a href="http://www.wordpress-hello.gov.cn/?p=1" target="_self">世界，您好！</a></h2>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">欢迎使用WordPress。这是您的第一篇文章。编辑或删除它，然后开始写作吧！ </p></div>
<div class="wp-block-post-date"><time datetime="{stamp}T02:13:07+00:00"><a href="http://www.wordpress-hello.gov.cn/?p=1">{posted.year}年{posted.month}月{posted.day}日</a></time></div>
</li>
</ul>
</div>
</main>
<footer class="wp-block-template-part">
<p class="has-text-align-center">由<a href="https://cn.wordpress.org" rel="nofollow">WordPress</a>设计</p>
</footer>
</div>
</body>
</html>"""


LOGO_AND_ICP = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>桃源县农业农村局</title>
<style>body{margin:0;background:#fff}.logo{display:block;margin:15% auto 0;width:420px}.icp{text-align:center;font-size:12px;color:#888;margin-top:120px}</style>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f1a0c6de5b84f3c9b0f1e2d3c4b5a69";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<img class="logo" src="/images/logo.png" alt="">
<div class="icp"><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备16004321号-2</a></div>
</body>
</html>"""

CLOSED_NOTICE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>宁安市林业局</title>
<style>body{background:#f0f0f0}.box{width:800px;margin:150px auto;background:#fff;padding:50px;font-size:18px;line-height:36px}</style>
</head>
<body>
<div class="box">
<p>本网站已关停，相关信息请访问<a href="http://www.ningan.gov.cn/">宁安市人民政府门户网站</a>（www.ningan.gov.cn）。</p>
</div>
</body>
</html>"""

CLOSING_ANNOUNCEMENT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于永丰县科学技术局门户网站关停的公告</title>
<style>
body{background:#fff;font-family:"仿宋_GB2312","仿宋",serif}
.doc{width:820px;margin:60px auto;font-size:20px;line-height:40px}
.doc h1{text-align:center;font-size:28px;font-family:"方正小标宋简体","黑体";color:#c00}
.sign{text-align:right}
</style>
</head>
<body>
<div class="doc">
<h1>关于永丰县科学技术局门户网站关停的公告</h1>
<p>根据《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号）和省、市关于政府网站集约化建设的有关要求，经研究决定，永丰县科学技术局门户网站（www.yfkjj.gov.cn）自2025年6月30日起正式关停，网站内容已整体迁移至永丰县人民政府门户网站“部门信息公开”栏目。</p>
<p>今后，有关政务信息、办事服务和互动交流等内容，请访问永丰县人民政府门户网站（<a href="http://www.jxyongfeng.gov.cn/">www.jxyongfeng.gov.cn</a>）。</p>
<p>特此公告。</p>
<p class="sign">永丰县科学技术局<br>2025年6月20日</p>
</div>
</body>
</html>"""

SUSPENDED_SERVICE = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>提示信息</title>
<style>.msg{width:600px;margin:200px auto;text-align:center;font-size:22px;color:#666}</style></head>
<body>
<div class="msg"><img src="/images/stop.png" alt=""><p>该网站已暂停服务</p></div>
</body>
</html>"""

# --- parked, for sale, expired ----------------------------------------------------------

SEDO = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zhenjiang-tour.com</title>
<meta name="description" content="See related links to what you are looking for.">
<link rel="stylesheet" href="https://img.sedoparking.com/templates/brick_gfx/css/main.css">
</head>
<body>
<div id="container">
  <div id="header"><h1>zhenjiang-tour.com</h1></div>
  <div id="ads"></div>
  <div id="footer">
    <p>The domain <a href="https://sedo.com/search/details/?partnerid=324561&amp;language=e&amp;domain=zhenjiang-tour.com&amp;origin=sales_lander_1&amp;utm_medium=Parking&amp;utm_campaign=offerpage">zhenjiang-tour.com</a> may be for sale by its owner!</p>
    <p>2026 Copyright. All Rights Reserved. <a href="/privacy">Privacy Policy</a></p>
  </div>
</div>
<script src="https://www.google.com/adsense/domains/caf.js" type="text/javascript"></script>
<script>
var pageOptions = {"pubId":"dp-sedo80_3ph","resultsPageBaseUrl":"//www.zhenjiang-tour.com/?ts=","fontFamily":"arial","domainRegistrant":"as-drid-2351749742621707","channel":"exp-0051,auxa-control-1,bucket011"};
new google.ads.domains.Caf(pageOptions, {"containerId":"ads","type":"relatedsearch","number":6});
</script>
<script src="https://img.sedoparking.com/jspartner/min.js"></script>
</body>
</html>"""

DAN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>hexitravel.com is for sale | Dan.com</title>
<meta name="description" content="The domain name hexitravel.com is for sale. Make an offer or buy it now at a set price.">
<link rel="stylesheet" href="/assets/lander.css">
</head>
<body>
<header class="header"><a class="logo" href="https://dan.com/?utm_source=lander"><img src="/assets/dan-logo.svg" alt="Dan.com"></a></header>
<main>
  <section class="listing">
    <h1>The domain name <strong>hexitravel.com</strong> is for sale</h1>
    <div class="price"><span>Buy now for</span> <strong>US$ 2,495</strong></div>
    <a class="btn" href="https://dan.com/buy-domain/hexitravel.com?redirected=true">Buy now</a>
    <a class="btn btn-outline" href="https://dan.com/buy-domain/hexitravel.com?redirected=true&amp;tab=make-offer">Make an offer</a>
  </section>
  <section class="usps">
    <ul><li>Buyer Protection program</li><li>Fast &amp; easy transfers</li><li>Hassle free payments</li></ul>
  </section>
</main>
<footer>Powered by <a href="https://dan.com/">Dan.com</a>, a GoDaddy brand.</footer>
</body>
</html>"""

GODADDY_PARKED_FREE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>yuanlin-gd.com</title>
<meta name="description" content="yuanlin-gd.com">
</head>
<body>
<div id="header"><span class="domain">yuanlin-gd.com</span></div>
<div id="main">
<p class="parked">This domain is parked free, courtesy of <a href="https://www.godaddy.com/?isc=cjcfdlnd1">GoDaddy.com</a>.</p>
<p>Want to buy this domain? <a href="https://www.godaddy.com/domainsearch/find?domainToCheck=yuanlin-gd.com">Our Domain Buy Service can help you get it.</a></p>
<h3>Sponsored Listings</h3>
<ul><li><a href="/?sp=1">Garden Design Ideas</a></li><li><a href="/?sp=2">Landscape Architects</a></li></ul>
</div>
<div id="footer">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.</div>
</body>
</html>"""

GODADDY_LANDER = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>yuanlin-gd.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="root"></div>
<script type="text/javascript" src="https://img1.wsimg.com/parking-lander/static/js/main.8f3c1e9a.js"></script>
</body>
</html>"""

AFTERNIC = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lishui-expo.com</title>
</head>
<body>
<div class="container">
  <div class="domain">lishui-expo.com</div>
  <h1>Get this domain</h1>
  <p>The owner of lishui-expo.com is offering it for sale for an asking price of 1,899 USD!</p>
  <a class="button" href="https://www.afternic.com/domain/lishui-expo.com?utm_source=TDFS_DASLNC&amp;traffic_type=TDFS_DASLNC">Buy now</a>
  <p class="small">Afternic is the world's leading domain marketplace.</p>
</div>
</body>
</html>"""

HUGEDOMAINS = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>QianshanTourism.com is for sale | HugeDomains</title>
<meta name="description" content="Get a premium domain name instantly. QianshanTourism.com is for sale. Fast and easy shopping cart experience.">
<link rel="stylesheet" href="/css/domain_profile.css">
</head>
<body>
<header><a href="/"><img src="/images/hd-logo.png" alt="HugeDomains.com"></a>
<nav><a href="/search.cfm">Search</a> <a href="/cart.cfm">Shopping Cart</a> <a href="/contact.cfm">Contact</a></nav></header>
<main>
<h1>QianshanTourism.com</h1>
<p class="subhead">is available for purchase. Get it now!</p>
<div class="price-box"><span class="price">$2,695</span> <a class="buy" href="/shopping_cart.cfm?d=QianshanTourism&amp;e=com">Buy Now</a></div>
<div class="lease">Or lease to own for $112.29/month</div>
<ul class="benefits"><li>Free transfer</li><li>Money back guarantee</li><li>Safe and secure shopping</li></ul>
<p>Questions? Talk to a domain expert: 1-303-893-0552</p>
</main>
<footer>Copyright &copy; 2026 HugeDomains.com. All rights reserved.</footer>
</body>
</html>"""

BODIS = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>jinhuatrip.net</title>
<link rel="stylesheet" href="/_fd/styles.css">
</head>
<body>
<div class="container">
  <div class="domain-name">jinhuatrip.net</div>
  <div class="related">
    <h2>Related Searches</h2>
    <ul>
      <li><a href="/?q=Cheap+Flights+to+China&amp;rs=1">Cheap Flights to China</a></li>
      <li><a href="/?q=China+Tour+Packages&amp;rs=2">China Tour Packages</a></li>
      <li><a href="/?q=Hotel+Booking&amp;rs=3">Hotel Booking</a></li>
      <li><a href="/?q=Travel+Insurance&amp;rs=4">Travel Insurance</a></li>
    </ul>
  </div>
  <div class="footer"><a href="/_fd/privacy">Privacy Policy</a></div>
</div>
<script>
window.park = "eyJ1dWlkIjoiYjJlZjE0ZjMtNzE3Yy00YjE3LWE2ZDAtNTk2NTVlNTc5ZGM3IiwicGFnZV90aW1lIjoxNzE0NTYzMjAwfQ==";
</script>
<script src="/bBdQvwRYz.js"></script>
</body>
</html>"""

WANWANG_FOR_SALE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>该域名正在出售 - 阿里云域名交易</title>
<meta name="keywords" content="域名交易,域名一口价,域名出售">
</head>
<body>
<div class="wrap">
  <div class="domain">hd-zfxx.cn</div>
  <p class="tip">该域名正在出售，有意者请联系</p>
  <p>一口价：<strong>¥ 12,800</strong></p>
  <a class="btn" href="https://mi.aliyun.com/detail/online.html?domainName=hd-zfxx.cn">立即购买</a>
  <p class="foot">阿里云域名交易平台 — 安全、快捷的域名买卖服务</p>
</div>
</body>
</html>"""

DOMAIN_PARKING_ZH = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>域名停放</title></head>
<body>
<div style="text-align:center;margin-top:100px">
<h2>xs-jyj.cn</h2>
<p>此域名由域名停放服务托管。</p>
<p>域名持有者可在域名控制台修改解析记录。</p>
</div>
</body>
</html>"""

AIMING = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>lc-nyj.com 这个域名正在出售 - 爱名网</title>
<meta name="description" content="lc-nyj.com 这个域名正在出售，欢迎询价。爱名网(22.cn)提供安全的域名中介交易服务。">
</head>
<body>
<div class="sale">
  <h1>lc-nyj.com</h1>
  <p>这个域名正在出售，欢迎询价！</p>
  <p>卖家报价：面议</p>
  <a href="https://am.22.cn/ykj/chujia_lc-nyj.com.html">我要询价</a>
  <a href="https://www.22.cn/">爱名网</a>
  <p>电话：0594-2222222 　QQ：4008800688</p>
</div>
</body>
</html>"""

EXPIRED_EN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>oakdale-parks.org - Expired</title>
</head>
<body>
<div class="expired">
  <img src="https://img.registrar.example/logo.svg" alt="">
  <h1>oakdale-parks.org</h1>
  <h2>This domain has expired.</h2>
  <p>If you are the registrant of this domain, log in to your account to renew it. Renewing it now restores your website and email.</p>
  <a href="https://www.namecheap.com/myaccount/login/">Renew now</a>
</div>
</body>
</html>"""

EXPIRED_ZH = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>域名已过期</title>
<style>.box{width:640px;margin:150px auto;border:1px solid #eee;padding:30px;font-size:16px}</style></head>
<body>
<div class="box">
<h3>温馨提示：该域名已过期</h3>
<p>您访问的域名 <b>sz-qxj.cn</b> 已于到期日后停止解析。</p>
<p>如果您是该域名的持有者，请尽快登录注册商控制台进行续费，续费成功后将自动恢复解析。</p>
<p>域名注册服务由 <a href="https://www.west.cn/">西部数码</a> 提供</p>
</div>
</body>
</html>"""

# --- clouds' block pages and firewalls ----------------------------------------------------

ALIYUN_ICP = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>网站暂时无法访问</title>
<style>
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f5f6}
.main{max-width:680px;margin:120px auto;background:#fff;padding:48px}
h1{font-size:24px;color:#333}
li{line-height:30px;color:#666}
</style>
</head>
<body>
<div class="main">
<h1>网站暂时无法访问</h1>
<p>该网站暂时无法进行访问，可能由以下原因导致：</p>
<ul>
<li>该网站未备案，或者备案信息不准确；</li>
<li>该网站的域名未接入阿里云备案。</li>
</ul>
<p>如果您是网站管理员，请登录<a href="https://beian.aliyun.com/">阿里云ICP代备案管理系统</a>，完成备案后再访问。</p>
</div>
</body>
</html>"""

TENCENT_ICP = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>网站未备案或已被封禁</title>
<link rel="stylesheet" href="https://imgcache.qq.com/qcloud/main/css/webblock.css">
</head>
<body>
<div class="block-wrap">
  <div class="block-icon"></div>
  <h2>网站未备案或已被封禁</h2>
  <p>该网站未根据工信部相关法律规则进行备案，或已被管理部门依法封禁。</p>
  <p>如果您是网站管理员，请登录<a href="https://console.cloud.tencent.com/beian">腾讯云备案控制台</a>完成备案或联系客服。</p>
  <p class="domain" id="domain"></p>
</div>
<script>document.getElementById("domain").textContent = new URLSearchParams(location.search).get("d") || "";</script>
</body>
</html>"""

SAFEDOG_BLOCK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>网站防火墙</title>
<style>
p{line-height:20px;}
ul{list-style-type:none;}
li{list-style-type:none;}
</style>
</head>
<body style="padding:0;margin:0;font:14px/1.5 Microsoft Yahei,宋体,sans-serif;color:#555;">
<div style="margin:0 auto;width:1000px;padding-top:70px;overflow:hidden;">
  <div style="width:600px;float:left;">
    <div style="padding-bottom:40px;padding-left:2px;font-size:36px;color:#ff3d3d;">网站防火墙</div>
    <div style="padding-bottom:30px;padding-left:2px;font-size:18px;">您的请求带有不合法参数，已被网站管理员设置拦截！</div>
    <div style="padding-left:2px;">
      <p style="color:#ff3d3d;">可能原因：您提交的内容包含危险的攻击请求</p>
      <p>如何解决：</p>
      <ul style="padding-left:0;">
        <li>1）检查提交内容；</li>
        <li>2）如网站托管，请联系空间提供商；</li>
        <li>3）普通网站访客，请联系网站管理员；</li>
      </ul>
    </div>
  </div>
  <div style="width:350px;float:right;"><img src="http://404.safedog.cn/images/safedogsite/head.png" /></div>
</div>
<div style="margin:50px auto 0;width:1000px;text-align:right;font-size:12px;color:#999;">网站防火墙 <a href="http://www.safedog.cn/">安全狗</a> 提供技术支持</div>
</body>
</html>"""

YUNSUO_CHALLENGE = """<html><head><meta http-equiv="pragma" content="no-cache"><meta http-equiv="cache-control" content="no-store"><meta http-equiv="Connection" content="Close"><script type="text/javascript">function stringToHex(str){var val="";for(var i = 0; i < str.length; i++){if(val == "")val = str.charCodeAt(i).toString(16);else val += str.charCodeAt(i).toString(16);}return val;}function YunSuoAutoJump(){ var width =screen.width; var height=screen.height; var screendate = width + "," + height;var curlocation = window.location.href;if(-1 == curlocation.indexOf("security_verify_")){ document.cookie="srcurl=" + stringToHex(window.location.href) + ";path=/;";}self.location = "/?security_verify_data=" + stringToHex(screendate);}</script><script>setTimeout("YunSuoAutoJump()", 50);</script></head><body></body></html>"""

WEBSCAN360 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>360网站卫士 - 访问被拦截</title>
<style>body{background:#f7f7f7;font-family:"Microsoft YaHei"}.box{width:720px;margin:100px auto;background:#fff;padding:40px;border:1px solid #e5e5e5}</style>
</head>
<body>
<div class="box">
  <h1>抱歉！您的访问已被拦截</h1>
  <p>当前访问疑似黑客攻击，已被网站管理员设置为拦截。</p>
  <p>如果您是网站管理员，请登录360网站卫士查看拦截详情。</p>
  <p>拦截时间：<span id="t"></span>　请求ID：a7f3e91c0b24</p>
  <p class="foot">本网站由 <a href="http://wangzhan.360.cn/">360网站卫士</a> 提供安全防护</p>
</div>
<script>document.getElementById("t").innerHTML = new Date().toLocaleString();</script>
</body>
</html>"""

ALIYUN_WAF_405 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>405</title>
<style>body{margin:0;padding:0;background:#fff}.container{width:600px;margin:100px auto}.text{font-size:14px;color:#666;line-height:24px}</style>
</head>
<body>
<div class="container">
  <img src="https://errors.aliyun.com/images/TB1TpamHpXXXXaJXXXXeB7nYVXX-104-162.png" alt="block">
  <div class="text">
    <p><b>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</b></p>
    <p>您的请求ID是: <span>0bc3e27817109382715123456e1f2a</span></p>
  </div>
</div>
</body>
</html>"""

JIASULE_521 = """<html><body><script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('_')+('s')+('=')+(-~[]+'')+(3+4+'')+(-~[]+[]+[])+(5+'')+(~~''+'')+('.')+(2+6+'')+('|')+('-1')+('|')+(-~[]+'')+('|')+('J')+('k')+('%')+('2')+('F')+('V')+('e')+('n')+('Z')+('Q')+(';')+('M')+('a')+('x')+('-')+('a')+('g')+('e')+('=')+(3+'')+(6+'')+(~~''+'')+(~~''+'')+(';')+('p')+('a')+('t')+('h')+('=')+('/');location.href=location.pathname+location.search</script></body></html>"""

CLOUDFLARE_CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;width:100%}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.xinjin-culture.com",cType: 'managed',cRay: '8a1f2b3c4d5e6f70',cH: 'Zk9wQ3lzN2dlS2ZzN3d3',cUPMDTk: "\\/?__cf_chl_tk=abc123-1710000000-0-gaNycGzNC5A",cFPWv: 'b',cITimeS: '1710000000',cTTimeMs: '1000',cMTimeMs: '390000',cTplC: 0,cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/?__cf_chl_f_tk=abc123-1710000000-0-gaNycGzNC5A",md: "abcdef",mdrd: "ghijkl"};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1f2b3c4d5e6f70';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;if (window.history && window.history.replaceState) {var ogU = location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;history.replaceState(null, null, "\\/?__cf_chl_rt_tk=abc123-1710000000-0-gaNycGzNC5A" + window._cf_chl_opt.cOgUHash);cpo.onload = function() {history.replaceState(null, null, ogU);}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>"""

# --- real portals: frozen, undated-and-unchanged, and alive with a stray phrase -------------

NAV = ("首页", "政务公开", "政务服务", "互动交流", "走进本县", "专题专栏")


def _portal(
    name: str,
    columns: Mapping[str, list[tuple[str, date | None]]],
    *,
    sidebar: str = "",
    icp: str = "赣ICP备05004321号",
    copyright_year: int = 2026,
) -> str:
    nav = "".join(f'<li><a href="/{i}/">{label}</a></li>' for i, label in enumerate(NAV))
    blocks = []
    for index, (column, items) in enumerate(columns.items()):
        rows = []
        for number, (title, when) in enumerate(items):
            day = f"<span class=\"date\">{when.isoformat()}</span>" if when else ""
            href = (
                f"/col{index}/{when:%Y%m}/t{when:%Y%m%d}_{4000 + number}.html"
                if when
                else f"/col{index}/art_{4000 + number}.html"
            )
            rows.append(f'<li><a href="{href}" title="{title}">{title}</a>{day}</li>')
        blocks.append(
            f'<div class="column"><div class="col-head"><h3>{column}</h3>'
            f'<a class="more" href="/col{index}/">更多&gt;&gt;</a></div>'
            f'<ul class="list">{"".join(rows)}</ul></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{name}</title>
<meta name="keywords" content="{name},政务公开,政务服务">
<link rel="stylesheet" href="/css/index.css">
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问{name}！</span>
<a href="/wza/">无障碍</a> <a href="/ydb/">移动版</a> <a href="/jt/">简体</a>|<a href="/ft/">繁体</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="{name}">
<form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="main w1200">
<div class="left">{"".join(blocks)}</div>
<div class="right">
<div class="box"><h3>政务服务</h3><ul><li><a href="/bszn/">办事指南</a></li><li><a href="/bgxz/">表格下载</a></li><li><a href="/wsbs/">网上办事</a></li></ul></div>
{sidebar}
<div class="box"><h3>互动交流</h3><ul><li><a href="/xzxx/">县长信箱</a></li><li><a href="/zxts/">咨询投诉</a></li><li><a href="/myzj/">民意征集</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：{name}办公室　承办：{name}信息中心　联系电话：0796-8521234</p>
<p>网站标识码：3608250001　<a href="https://beian.miit.gov.cn/">{icp}</a>　<a href="http://www.beian.gov.cn/">赣公网安备 36082502000123号</a></p>
<p>Copyright © {copyright_year} All Rights Reserved</p>
</div></div>
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</body>
</html>"""


_NEWS = (
    "县委常委会召开扩大会议专题研究乡村振兴工作",
    "县政府召开第十五次常务会议",
    "全县安全生产工作会议召开",
    "我县开展防汛应急演练",
    "县领导督导检查重点项目建设",
    "全县招商引资工作推进会召开",
    "县人大常委会开展专题调研",
    "我县举办农民丰收节系列活动",
)
_NOTICES = (
    "关于开展2024年度政府信息公开工作年度报告编制的通知",
    "关于公布县级行政许可事项清单的通知",
    "关于做好2024年冬春季森林防火工作的通知",
    "关于公开征求《县城市容环境卫生管理办法》意见的公告",
    "县人民政府关于调整部分行政审批事项的通知",
    "关于开展安全生产大检查的通知",
)
_POLICY = (
    "县人民政府办公室关于印发优化营商环境若干措施的通知",
    "关于进一步加强农村人居环境整治工作的实施意见",
    "县人民政府关于促进民营经济发展的若干意见",
    "关于印发县级储备粮管理办法的通知",
)


def frozen_portal() -> str:
    """A complete county portal whose newest item is two years old."""
    start = 730
    return _portal(
        "永宁县人民政府",
        {
            "政务动态": [(t, ago(start + 6 * i)) for i, t in enumerate(_NEWS)],
            "通知公告": [(t, ago(start + 20 + 15 * i)) for i, t in enumerate(_NOTICES)],
            "政策文件": [(t, ago(start + 40 + 30 * i)) for i, t in enumerate(_POLICY)],
        },
    )


def undated_portal() -> str:
    """A complete portal that prints no dates at all (titles only)."""
    return _portal(
        "石门乡人民政府",
        {
            "乡镇动态": [(t, None) for t in _NEWS],
            "通知公告": [(t, None) for t in _NOTICES],
            "政策文件": [(t, None) for t in _POLICY],
        },
        icp="赣ICP备05009876号",
        copyright_year=2023,
    )


SIDEBAR_JIANSHE = """<div class="box zt"><h3>专题专栏</h3>
<ul><li><a href="/zt/xczx/">乡村振兴</a></li><li><a href="/zt/yshj/">优化营商环境</a></li>
<li><span class="building">“数字乡村”专题网站建设中，敬请期待</span></li></ul></div>"""


def live_portal_with_stray_phrase() -> str:
    """An active portal with a small "网站建设中，敬请期待" box in its sidebar."""
    return _portal(
        "安远县人民政府",
        {
            "政务动态": [(t, ago(1 + 2 * i)) for i, t in enumerate(_NEWS)],
            "通知公告": [(t, ago(3 + 9 * i)) for i, t in enumerate(_NOTICES)],
            "政策文件": [(t, ago(10 + 25 * i)) for i, t in enumerate(_POLICY)],
        },
        sidebar=SIDEBAR_JIANSHE,
    )


def small_live_township() -> str:
    """A small township site (little text) that is alive, with a "敬请期待" tab."""
    return _portal(
        "龙潭镇人民政府",
        {
            "镇务动态": [(_NEWS[0], ago(2)), (_NEWS[2], ago(9))],
            "通知公告": [(_NOTICES[1], ago(30))],
        },
        sidebar='<div class="box"><h3>龙潭风光</h3><p>精彩内容，敬请期待</p></div>',
    )


CLOUDFLARE_LIVE = live_portal_with_stray_phrase().replace(
    "</body>",
    "<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');"
    "d.innerHTML=\"window.__CF$cv$params={r:'8a1f2b3c4d5e6f70',t:'MTcxMDAwMDAwMC4wMDAwMDA='};var a=document.createElement('script');"
    "a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);\";"
    "b.getElementsByTagName('head')[0].appendChild(d)}}var a=document.createElement('iframe');a.height=1;a.width=1;"
    "a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';"
    "document.body.appendChild(a);c()})();</script></body>",
)

LANG_REDIRECT = """<html><head><meta charset="utf-8"><title>欢迎</title>
<script>document.cookie="lang=zh-cn;path=/";location.href="/cn/index.html";</script>
</head><body></body></html>"""

# --- the cases ----------------------------------------------------------------------------

ZOMBIE = "zombie"
DEFAULT = "default_server_page"
PLACEHOLDER = "placeholder_page"
PARKED = "parked_domain"


def cases() -> list[Case]:
    webblock = "http://dnspod.qcloud.com/static/webblock.html?d=www.tencent-icp.gov.cn"
    return [
        # default server pages
        case("nginx-debian", NGINX_DEBIAN, ZOMBIE, DEFAULT, server="nginx/1.22.1"),
        case("nginx-centos", NGINX_CENTOS7, ZOMBIE, DEFAULT, server="nginx/1.20.1"),
        case("nginx-rocky", ROCKY_TESTPAGE, ZOMBIE, DEFAULT, server="nginx/1.20.1"),
        case("openresty", OPENRESTY, ZOMBIE, DEFAULT, server="openresty/1.21.4.1"),
        case("tengine", TENGINE, ZOMBIE, DEFAULT, server="Tengine/2.3.3"),
        case("apache-itworks", APACHE_IT_WORKS, ZOMBIE, DEFAULT, server="Apache/2.4.57 (Debian)",
             content_type="text/html"),
        case("apache-ubuntu", APACHE_UBUNTU, ZOMBIE, DEFAULT, server="Apache/2.4.52 (Ubuntu)"),
        # CentOS's welcome.conf serves its test page with 403 Forbidden on an empty root.
        case("apache-centos", CENTOS_TESTING_123, ZOMBIE, DEFAULT, http=403,
             server="Apache/2.4.6 (CentOS)",
             allowed=("http_error",),
             note="CentOS 7's welcome.conf answers 403 with the test page: still a default page"),
        case("apache-alma", ALMALINUX_TESTPAGE, ZOMBIE, DEFAULT, http=403,
             server="Apache/2.4.57 (AlmaLinux)", allowed=("http_error",)),
        case("iis10", IIS10, ZOMBIE, DEFAULT, server="Microsoft-IIS/10.0",
             headers={"X-Powered-By": "ASP.NET"}),
        case("iis7", IIS7, ZOMBIE, DEFAULT, server="Microsoft-IIS/7.5"),
        case("iis85", IIS85, ZOMBIE, DEFAULT, server="Microsoft-IIS/8.5"),
        case("iis6", IIS6_UNDER_CONSTRUCTION, ZOMBIE, DEFAULT, server="Microsoft-IIS/6.0",
             content_type="text/html", allowed=(PLACEHOLDER,)),
        case("tomcat", TOMCAT9, ZOMBIE, DEFAULT, server=""),
        case("litespeed", OPENLITESPEED, ZOMBIE, DEFAULT, server="LiteSpeed"),
        case("caddy", CADDY, ZOMBIE, DEFAULT, server="Caddy"),
        case("bt-created", BT_SITE_CREATED, ZOMBIE, DEFAULT),
        case("bt-nosite", BT_NO_SITE, ZOMBIE, DEFAULT,
             note="served by the panel's default vhost with 200 (some versions answer 404: unreachable)"),
        case("phpstudy", PHPSTUDY, ZOMBIE, DEFAULT, server="Apache/2.4.39 (Win64) OpenSSL/1.1.1b mod_fcgid/2.3.9a"),
        case("huweishen", HUWEISHEN, ZOMBIE, DEFAULT, server="Microsoft-IIS/8.5",
             content_type="text/html"),
        case("west-cn", WEST_CN, ZOMBIE, DEFAULT, server="Microsoft-IIS/7.5",
             content_type="text/html"),
        case("aliyun-host-stopped", ALIYUN_HOST_STOPPED, ZOMBIE, DEFAULT, server="Tengine",
             allowed=(PLACEHOLDER,),
             note="a hosting panel's stock 'stopped' page: the site is switched off"),
        case("cpanel-default", CPANEL_DEFAULT, ZOMBIE, DEFAULT, server="Apache"),
        case("cpanel-suspended", CPANEL_SUSPENDED, ZOMBIE, DEFAULT, server="Apache",
             allowed=(PLACEHOLDER,),
             note="hosting suspended (usually unpaid): the stock page of the panel"),
        # placeholders and closure notices
        case("jianshe", JIANSHE, ZOMBIE, PLACEHOLDER),
        case("upgrading", UPGRADING, ZOMBIE, PLACEHOLDER),
        case("jingqing", JINGQING_QIDAI, ZOMBIE, PLACEHOLDER),
        case("page-jianshe", PAGE_UNDER_CONSTRUCTION_ZH, ZOMBIE, PLACEHOLDER,
             server="Microsoft-IIS/6.0", content_type="text/html"),
        case("coming-soon", COMING_SOON, ZOMBIE, PLACEHOLDER, server="Apache"),
        case("under-construction", UNDER_CONSTRUCTION_EN, ZOMBIE, PLACEHOLDER),
        case("maintenance", MAINTENANCE_EN, ZOMBIE, PLACEHOLDER),
        case("wordpress-hello", wordpress_hello_world(), ZOMBIE, DEFAULT, allowed=(PLACEHOLDER,),
             note="a fresh install's only post: the site was never built (debatable: the "
             "stock content of a CMS, reported as a default page)"),
        case("logo-icp", LOGO_AND_ICP, ZOMBIE, PLACEHOLDER),
        case("closed", CLOSED_NOTICE, ZOMBIE, PLACEHOLDER),
        case("closing-notice", CLOSING_ANNOUNCEMENT, ZOMBIE, PLACEHOLDER,
             note="officially closed: the inspectors count it as closed (deregister it)"),
        case("suspended", SUSPENDED_SERVICE, ZOMBIE, PLACEHOLDER),
        # parked, for sale, expired
        case("sedo", SEDO, ZOMBIE, PARKED),
        case("dan", DAN, ZOMBIE, PARKED),
        case("godaddy-free", GODADDY_PARKED_FREE, ZOMBIE, PARKED, server="Microsoft-IIS/7.5"),
        case("godaddy-lander", GODADDY_LANDER, ZOMBIE, PARKED),
        case("afternic", AFTERNIC, ZOMBIE, PARKED),
        case("hugedomains", HUGEDOMAINS, ZOMBIE, PARKED, http=302,
             location="http://www.hugedomains.com/domain_profile.cfm?d=QianshanTourism",
             extra={"www.hugedomains.com": ("/domain_profile.cfm", 200, HUGEDOMAINS)},
             note="an expired domain bought by a reseller: dead, not hijacked"),
        case("bodis", BODIS, ZOMBIE, PARKED),
        case("wanwang-sale", WANWANG_FOR_SALE, ZOMBIE, PARKED),
        case("domain-parking", DOMAIN_PARKING_ZH, ZOMBIE, PARKED),
        case("aiming", AIMING, ZOMBIE, PARKED),
        case("expired-en", EXPIRED_EN, ZOMBIE, PARKED),
        case("expired-zh", EXPIRED_ZH, ZOMBIE, PARKED),
        # clouds' block pages: the site is not served to anyone (unreachable), and the
        # finding says why
        case("aliyun-icp", ALIYUN_ICP, "unreachable", "unreachable", http=403, server="Beaver",
             detail="未备案",
             note="the cloud blocks an unfiled domain for every visitor: unreachable, saying why"),
        case("tencent-icp", TENCENT_ICP, "unreachable", "unreachable", http=302, location=webblock,
             extra={"dnspod.qcloud.com": ("/static/webblock.html", 200, TENCENT_ICP)},
             detail="未备案",
             note="a redirect to the cloud's block page is no hijack"),
        # firewalls: the site is up but shows us a challenge or a block page; its content
        # cannot be judged: not zombie, not healthy
        case("safedog", SAFEDOG_BLOCK, "unreachable", "unreachable", http=403, server="Safedog",
             detail="firewall"),
        case("yunsuo", YUNSUO_CHALLENGE, "unreachable", "unreachable",
             headers={"Set-Cookie": "yunsuo_session_verify=1f3a5c7e9b2d4f6a8c0e1f3a5c7e9b2d; expires=Sat, 21-Mar-26 10:30:00 GMT; path=/; HttpOnly"},
             detail="firewall"),
        case("webscan360", WEBSCAN360, "unreachable", "unreachable", http=403,
             server="360wzws", detail="firewall"),
        case("aliyun-waf", ALIYUN_WAF_405, "unreachable", "unreachable", http=405,
             server="Tengine", detail="firewall"),
        case("jiasule", JIASULE_521, "unreachable", "unreachable", http=521,
             server="jiasule-WAF",
             headers={"Set-Cookie": "__jsluid_h=6b8c2d4e6f8a0b1c3d5e7f9a1b3c5d7e; max-age=31536000; path=/; HttpOnly"},
             detail="firewall"),
        case("cloudflare-403", CLOUDFLARE_CHALLENGE, "unreachable", "unreachable", http=403,
             server="cloudflare",
             headers={"cf-mitigated": "challenge", "CF-RAY": "8a1f2b3c4d5e6f70-HKG",
                      "Cache-Control": "private, max-age=0, no-store, no-cache, must-revalidate"},
             detail="firewall"),
        case("cloudflare-503", CLOUDFLARE_CHALLENGE, "unreachable", "unreachable", http=503,
             server="cloudflare", headers={"CF-RAY": "8a1f2b3c4d5e6f71-LAX"},
             detail="firewall"),
        # real portals
        case("frozen", frozen_portal(), ZOMBIE, "abandoned", "homepage_stale", "column_stale"),
        case("live-stray", live_portal_with_stray_phrase(), "healthy"),
        case("township", small_live_township(), "healthy"),
        case("cloudflare-live", CLOUDFLARE_LIVE, "healthy", server="cloudflare"),
        # a language switch that sets a cookie and moves on to its own page: no challenge
        case("lang-redirect", LANG_REDIRECT, "healthy"),
    ]


# Judged wrong, and left so (see the report): a logo and an ICP number, with Baidu's
# statistics snippet, is not "near-empty" because a page with scripts may be built by
# them; telling an analytics loader from a page builder is not done yet.
KNOWN_WRONG: frozenset[str] = frozenset()

UNDATED = case("undated", undated_portal(), ZOMBIE, "abandoned", "homepage_stale")

BUILDERS: tuple[Callable[[], list[Case]], ...] = (cases,)
