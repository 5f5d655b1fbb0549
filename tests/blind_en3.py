"""Blind evaluation en-3: eleven English-language public-sector sites, written from
knowledge of how such sites are built, with the truth for each, before any scan.

Sites (NOW = Friday 2026-11-20):

1. brookfield   US county, WordPress + Avada theme ("Posted on November 12, 2026 by admin")
2. westmark     US state agency, Drupal 10 + USWDS (views with <time datetime>)
3. cedarvalley  US school district, Finalsite-like (News carousel, Upcoming Events)
4. littleashby  UK parish council (Agendas / Minutes as PDF lists, dates in link text)
5. kilmore      Irish county council (DD/MM/YYYY, "28th October 2026")
6. waimarie     New Zealand regional council (SilverStripe, "2 days ago", DD/MM/YYYY)
7. nwra         Philippines-style agency (GWT template, Press Releases, Advisories)
8. coopke       Kenyan ministry, WordPress, nothing new since October 2024
9. stlaurent    Canadian municipality, bilingual English/French labels
10. millbrook   US city, CivicEngage-like (News Flash, empty Alert Center)
11. fmyd        a Nigerian ministry's lapsed domain, now a parking lander

The truth is what an inspector reading these pages would record.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date

NOW = date(2026, 11, 20)


@dataclass(frozen=True)
class ColumnTruth:
    name: str  # a case-insensitive part of the column's heading
    type: str  # news, notice, policy, personnel, planning, interaction, finance, other
    newest: date | None  # newest past item date (None: no past date, e.g. an events list)
    empty: bool = False
    required: bool = True  # False: the block need not be reported as a column at all
    why: str = ""


@dataclass(frozen=True)
class ListTruth:
    """A column's own list page, read as a scan reads it."""

    newest: date | None
    empty: bool = False
    why: str = ""


@dataclass(frozen=True)
class SiteTruth:
    key: str
    host: str
    name: str
    status: str
    passed: bool
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    columns: tuple[ColumnTruth, ...]
    last_updated: date | None
    home_status: str
    home_passed: bool
    home_must: tuple[str, ...] = ()
    home_must_not: tuple[str, ...] = ()
    homepage_newest: date | None = None  # the homepage's newest past item date
    list_pages: dict[str, ListTruth] = field(default_factory=dict)
    why: str = ""


PAGES: dict[str, dict[str, str]] = {}
TRUTH: list[SiteTruth] = []


def _site(host: str, pages: dict[str, str], truth: SiteTruth) -> None:
    assert truth.host == host
    PAGES[host] = pages
    TRUTH.append(truth)



def _sprite(names: list[str], seed: int) -> str:
    """An inline SVG icon sprite, as themes paste at the top of <body>."""
    import random

    rnd = random.Random(seed)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">']
    for name in names:
        pts = " ".join(
            f"{rnd.choice('MLCQ')}{rnd.uniform(0, 512):.3f} {rnd.uniform(0, 512):.3f}" + (f" {rnd.uniform(0, 512):.3f} {rnd.uniform(0, 512):.3f}" if rnd.random() < 0.5 else "")
            for _ in range(70)
        )
        out.append(f'<symbol id="icon-{name}" viewBox="0 0 512 512"><title>{name.replace("-", " ")}</title><path d="{pts}Z"/></symbol>')
    out.append("</svg>")
    return "".join(out)


def _cookie_banner(site: str, policy: str) -> str:
    cats = [
        ("necessary", "Strictly necessary", "These cookies are needed for the website to work and cannot be switched off. They are usually set in response to actions you take, such as setting your privacy preferences, logging in or filling in forms."),
        ("analytics", "Analytics", "These cookies let us count visits and traffic sources so we can measure and improve the performance of our site. All information these cookies collect is aggregated and therefore anonymous."),
        ("functional", "Functional", "These cookies enable enhanced functionality and personalisation, such as videos and live chat. They may be set by us or by third-party providers whose services we have added to our pages."),
        ("marketing", "Social media", "These cookies are set by social media services that we have added to the site to enable you to share our content with your friends and networks."),
    ]
    rows = "".join(
        f'<div class="cc-category"><div class="cc-category__head"><h3 id="cc-{k}">{t}</h3><label class="cc-switch"><input type="checkbox" name="cc-{k}" {"checked disabled" if k == "necessary" else ""} aria-labelledby="cc-{k}"><span class="cc-slider"></span></label></div><p>{d}</p></div>'
        for k, t, d in cats
    )
    return (
        f'<div id="cookie-consent" class="cc-window" role="dialog" aria-modal="true" aria-label="Cookie preferences" hidden><div class="cc-inner"><h2>Cookies on {site}</h2>'
        f'<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site and to improve our services. <a href="{policy}">Read our cookie policy</a>.</p>'
        f'<div class="cc-categories">{rows}</div><div class="cc-buttons"><button type="button" class="cc-btn cc-accept">Accept all cookies</button><button type="button" class="cc-btn cc-reject">Reject additional cookies</button><button type="button" class="cc-btn cc-save">Save preferences</button></div></div></div>'
        "<script>(function(){var c=document.cookie.match(/cc_prefs=([^;]+)/);if(!c){document.getElementById('cookie-consent').hidden=false;}"
        "document.querySelectorAll('.cc-btn').forEach(function(b){b.addEventListener('click',function(){var v=b.classList.contains('cc-accept')?'all':b.classList.contains('cc-reject')?'none':'custom';"
        "document.cookie='cc_prefs='+v+';path=/;max-age=31536000;SameSite=Lax';document.getElementById('cookie-consent').hidden=true;});});})();</script>"
    )

FRESH_NO = ("homepage_stale", "column_stale", "column_empty", "abandoned", "future_dated", "undated")
HIJACK_NO = ("hidden_links", "spam_content", "offsite_redirect", "placeholder_page", "default_server_page", "parked_domain")


# ---------------------------------------------------------------------------
# 1. Brookfield County, Ohio: WordPress 6 with the Avada theme
# ---------------------------------------------------------------------------

_BF_MENU = {
    "Government": [
        "Board of Commissioners", "Auditor", "Treasurer", "Recorder", "Clerk of Courts",
        "Prosecuting Attorney", "Sheriff", "Coroner", "Engineer", "Board of Elections",
        "Common Pleas Court", "Probate &amp; Juvenile Court", "Municipal Court",
    ],
    "Departments": [
        "Building Department", "Child Support Enforcement", "Children Services", "Dog Warden",
        "Emergency Management Agency", "Facilities Management", "Human Resources",
        "Job &amp; Family Services", "Planning Commission", "Soil &amp; Water Conservation",
        "Solid Waste District", "Veterans Services", "9-1-1 Communications", "Information Technology",
        "Sanitary Engineer", "Senior Services", "Transit", "Health District",
    ],
    "Services": [
        "Pay Property Taxes", "Property Search (GIS)", "Marriage Licenses", "Dog Licenses",
        "Vital Records", "Public Records Request", "Jury Duty", "Bid Opportunities",
        "Road Closures", "Recycling Drop-off", "Passports", "Voter Registration",
    ],
    "How Do I...": [
        "Apply for a Job", "Find a Meeting Agenda", "Report a Pothole", "Get a Building Permit",
        "Register a Business Name", "Request a Record", "Sign Up for Alerts", "Contact an Office",
    ],
}


def _bf_menu() -> str:
    out = ['<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main" class="fusion-menu">']
    out.append('<li id="menu-item-21" class="menu-item menu-item-home current-menu-item"><a href="/" class="fusion-bar-highlight"><span class="menu-text">Home</span></a></li>')
    n = 100
    for top, items in _BF_MENU.items():
        slug = top.lower().replace(" ", "-").replace(".", "")
        out.append(
            f'<li id="menu-item-{n}" class="menu-item menu-item-type-custom menu-item-has-children fusion-megamenu-menu">'
            f'<a href="/{slug}/" class="fusion-bar-highlight"><span class="menu-text">{top}</span>'
            '<span class="fusion-caret"><i class="fusion-dropdown-indicator" aria-hidden="true"></i></span></a>'
            '<div class="fusion-megamenu-wrapper fusion-columns-4 columns-per-row-4"><div class="row"><div class="fusion-megamenu-holder"><ul class="fusion-megamenu">'
        )
        for i, item in enumerate(items):
            s = item.lower().replace("&amp;", "and").replace(" ", "-").replace("(", "").replace(")", "").replace(",", "")
            out.append(
                f'<li id="menu-item-{n + i + 1}" class="menu-item fusion-megamenu-submenu"><ul class="sub-menu">'
                f'<li class="menu-item"><a href="/{slug}/{s}/" class="fusion-bar-highlight"><span><span class="fusion-megamenu-bullet"></span>{item}</span></a></li></ul></li>'
            )
        out.append("</ul></div></div></div></li>")
        n += 50
    out.append('<li class="menu-item"><a href="/contact-us/" class="fusion-bar-highlight"><span class="menu-text">Contact</span></a></li>')
    out.append('<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="Search" title="Search"></a></li></ul></nav>')
    return "".join(out)


_BF_INLINE_CSS = (
    "<style id='fusion-stylesheet-inline-css'>"
    + "".join(
        f".fusion-builder-row-{i} .fusion-layout-column{{margin-top:0px;margin-bottom:20px;}}"
        f".fusion-body .fusion-builder-column-{i}{{width:33.33%!important;order:0;}}"
        f".fusion-builder-column-{i} > .fusion-column-wrapper{{padding-top:0px!important;padding-right:15px!important;padding-bottom:0px!important;padding-left:15px!important;}}"
        for i in range(60)
    )
    + ":root{--awb-color1:#ffffff;--awb-color2:#f9f9fb;--awb-color3:#f2f3f5;--awb-color4:#65bc7b;--awb-color5:#198fd9;--awb-color6:#434549;--awb-color7:#212326;--awb-color8:#141617;}"
    + "</style>"
)

_BF_EMOJI = (
    "<script type=\"text/javascript\">window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/\","
    "\"ext\":\".png\",\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/\",\"svgExt\":\".svg\","
    "\"source\":{\"concatemoji\":\"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2\"}};"
    "/*! This file is auto-generated */ !function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};"
    "sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);"
    "var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),"
    "new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);</script>"
)


def _bf_post_card(day: date, slug: str, title: str, excerpt: str, cat: str, img: str) -> str:
    iso = day.isoformat()
    human = day.strftime("%B ") + str(day.day) + day.strftime(", %Y")
    return f"""
<article id="post-{zlib.crc32(slug.encode()) % 9000 + 1000}" class="post fusion-column column col col-lg-3 col-md-3 col-sm-3 fusion-animated post type-post status-publish format-standard has-post-thumbnail category-{cat}">
 <div class="fusion-flexslider fusion-flexslider-loading flexslider floated-slideshow"><ul class="slides"><li><a href="/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/" aria-label="{title}" class="hover-type-zoomin"><img width="700" height="441" src="/wp-content/uploads/{day.year}/{day.month:02d}/{img}-700x441.jpg" class="attachment-recent-posts size-recent-posts wp-post-image" alt="" decoding="async" srcset="/wp-content/uploads/{day.year}/{day.month:02d}/{img}-200x126.jpg 200w, /wp-content/uploads/{day.year}/{day.month:02d}/{img}-400x252.jpg 400w, /wp-content/uploads/{day.year}/{day.month:02d}/{img}-700x441.jpg 700w" sizes="(min-width: 2200px) 100vw, (min-width: 784px) 280px, (min-width: 712px) 373px, (min-width: 640px) 712px, " /></a></li></ul></div>
 <div class="recent-posts-content">
  <span class="vcard" style="display: none;"><span class="fn"><a href="/author/admin/" title="Posts by admin" rel="author">admin</a></span></span>
  <span class="updated" style="display:none;">{iso}T{9 + len(slug) % 7:02d}:1{len(title) % 10}:22-05:00</span>
  <h4 class="entry-title"><a href="/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/">{title}</a></h4>
  <p class="meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{iso}T09:14:22-05:00">{human}</time></span><span class="byline"> by <span class="author vcard">admin</span></span><span class="fusion-inline-sep">|</span><a href="/category/{cat}/" rel="category tag">{cat.replace('-', ' ').title()}</a></p>
  <div class="excerpt-container"><p>{excerpt} [&hellip;]</p></div>
 </div>
</article>"""


_BF_POSTS = [
    (date(2026, 11, 12), "commissioners-approve-2027-appropriations", "Commissioners Approve 2027 Temporary Appropriations Resolution",
     "At Thursday&rsquo;s regular session the Board of Commissioners adopted the temporary appropriations resolution for calendar year 2027, keeping county operations funded while the permanent budget is finalized", "news", "budget-hearing"),
    (date(2026, 11, 9), "veterans-day-closure", "County Offices Closed Wednesday, November 11 for Veterans Day",
     "All Brookfield County offices, including the Title Department and the Recycling Center, will be closed on Wednesday, November 11 in observance of Veterans Day. The Sheriff&rsquo;s Office and 9-1-1 remain in service", "news", "flag-courthouse"),
    (date(2026, 11, 3), "general-election-unofficial-results", "General Election Unofficial Results Posted by the Board of Elections",
     "Unofficial results for the November 3 General Election are now available on the Board of Elections website. Official canvass begins eleven days after the election", "elections", "vote-here"),
    (date(2026, 10, 27), "tr-114-bridge-replacement", "Engineer&rsquo;s Office Announces Township Road 114 Bridge Replacement",
     "The County Engineer will close Township Road 114 between State Route 37 and Miller Road beginning Monday for the replacement of the culvert bridge over Duck Creek. A marked detour will be posted", "news", "bridge-work"),
]


def _bf_header(title: str) -> str:
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top avada-is-100-percent-template" lang="en-US" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="https://www.brookfieldcountyoh.test/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Brookfield County, Ohio" />
<link rel="alternate" type="application/rss+xml" title="Brookfield County, Ohio &raquo; Feed" href="/feed/" />
{_BF_EMOJI}
<link rel='stylesheet' id='fusion-dynamic-css-css' href='/wp-content/uploads/fusion-styles/3b8f7a1c2d.min.css?ver=3.11.10' type='text/css' media='all' />
{_BF_INLINE_CSS}
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8KQ2LR7Z1P"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-8KQ2LR7Z1P');</script>
</head>
<body class="home page-template page-template-100-width page-template-100-width-php page page-id-7 fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop avada-has-rev-slider-styles fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-overlay fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-grid avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-hide avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="7">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper">
 <div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">
  <div class="fusion-secondary-header"><div class="fusion-row"><div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Courthouse: (740) 555-0142</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:&#099;&#111;&#109;&#109;&#105;&#115;&#115;&#105;&#111;&#110;&#101;&#114;&#115;&#064;&#098;&#114;&#111;&#111;&#107;&#102;&#105;&#101;&#108;&#100;&#099;&#111;&#117;&#110;&#116;&#121;&#111;&#104;&#046;&#116;&#101;&#115;&#116;">commissioners@brookfieldcountyoh.test</a></span></div></div>
  <div class="fusion-alignright"><div class="fusion-social-links-header"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style href="https://www.facebook.com/BrookfieldCountyOH" target="_blank" rel="noreferrer" title="Facebook" aria-label="facebook"></a><a class="fusion-social-network-icon fusion-tooltip fusion-twitter awb-icon-twitter" href="https://twitter.com/BrookfieldCoOH" target="_blank" rel="noopener noreferrer" title="X" aria-label="twitter"></a><a class="fusion-social-network-icon fusion-tooltip fusion-youtube awb-icon-youtube" href="https://www.youtube.com/@brookfieldcountyohio" target="_blank" rel="noopener noreferrer" title="YouTube" aria-label="youtube"></a></div></div></div></div></div></div>
  <div class="fusion-header-sticky-height"></div>
  <div class="fusion-header"><div class="fusion-row">
   <div class="fusion-logo" data-margin-top="20px" data-margin-bottom="20px"><a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/2021/03/brookfield-county-seal-logo.png" srcset="/wp-content/uploads/2021/03/brookfield-county-seal-logo.png 1x, /wp-content/uploads/2021/03/brookfield-county-seal-logo@2x.png 2x" width="320" height="90" alt="Brookfield County, Ohio Logo" data-retina_logo_url="/wp-content/uploads/2021/03/brookfield-county-seal-logo@2x.png" class="fusion-standard-logo" /></a></div>
   {_bf_menu()}
   <div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu" aria-expanded="false"></a></div>
  </div></div>
 </div>
 <div class="fusion-clearfix"></div>
</header>
"""


def _bf_footer() -> str:
    cols = []
    for heading, links in (
        ("Quick Links", ["Agendas &amp; Minutes", "Bid Opportunities", "Employment", "Public Records Policy", "Sheriff&rsquo;s Sales", "Code of Ordinances"]),
        ("Courts", ["Common Pleas Court", "Probate Court", "Juvenile Court", "Municipal Court", "Clerk of Courts Online Docket"]),
        ("Resources", ["Ohio Checkbook", "County Auditor GIS", "Ohio Means Jobs", "Ohio Public Notices", "Brookfield County Library", "Visitors Bureau"]),
    ):
        items = "".join(f'<li><a href="/{lk.lower().replace(" ", "-").replace("&amp;", "and").replace("&rsquo;", "")}/">{lk}</a></li>' for lk in links)
        cols.append(f'<div class="fusion-column col-lg-3 col-md-3 col-sm-3"><section class="fusion-footer-widget-column widget widget_nav_menu"><h4 class="widget-title">{heading}</h4><div class="menu-footer-container"><ul class="menu">{items}</ul></div></section></div>')
    return f"""
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div class="fusion-columns fusion-columns-4 fusion-widget-area">
<div class="fusion-column col-lg-3 col-md-3 col-sm-3"><section class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Brookfield County Courthouse</h4><div class="textwidget"><p>101 North Main Street<br />Millersport, OH 43046<br />Phone: (740) 555-0142<br />Hours: Monday &ndash; Friday, 8:00 AM &ndash; 4:30 PM</p></div></section></div>
{''.join(cols)}
<div class="fusion-clearfix"></div></div></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>&copy; Copyright 2012 - 2026 | Brookfield County, Ohio | All Rights Reserved | <a href="/accessibility/">Accessibility</a> | <a href="/privacy-policy/">Privacy Policy</a> | Powered by <a href="https://wordpress.org" target="_blank" rel="noopener">WordPress</a></div></div>
<div class="fusion-social-links-footer"></div></div></div></footer></div>
</div></div>
<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
<div class="avada-footer-scripts">
<script type="text/javascript">var fusionNavIsCollapsed=function(e){{var t,n;window.innerWidth<=e.getAttribute("data-breakpoint")?(e.classList.add("collapse-enabled"),e.classList.remove("awb-menu_desktop"),e.classList.contains("expanded")||window.dispatchEvent(new Event("fusion-mobile-menu-collapsed",{{bubbles:!0,cancelable:!0}})),(n=e.querySelectorAll(".menu-item-has-children.expanded")).length&&n.forEach((function(e){{e.querySelector(".awb-menu__open-nav-submenu_mobile").setAttribute("aria-expanded","false")}}))):(null!==e.querySelector(".menu-item-has-children.expanded .awb-menu__open-nav-submenu_click")&&e.querySelector(".menu-item-has-children.expanded .awb-menu__open-nav-submenu_click").click(),e.classList.remove("collapse-enabled"),e.classList.add("awb-menu_desktop"),null!==e.querySelector(".awb-menu__main-ul")&&e.querySelector(".awb-menu__main-ul").removeAttribute("style")),e.classList.add("no-wrapper-transition"),clearTimeout(t),t=setTimeout(()=>{{e.classList.remove("no-wrapper-transition")}},400),e.classList.remove("loading")}};</script>
<script type="text/javascript" src="/wp-content/themes/Avada/includes/lib/assets/min/js/library/cssua.js?ver=2.1.28" id="cssua-js"></script>
<script type="text/javascript" src="/wp-content/themes/Avada/includes/lib/assets/min/js/general/fusion.js?ver=3.11.10" id="fusion-js"></script>
<script type="text/javascript" src="/wp-content/plugins/fusion-builder/assets/js/min/general/fusion-recent-posts.js?ver=3.11.10" id="fusion-recent-posts-js"></script>
</div>
<section class="to-top-container to-top-right" aria-labelledby="awb-to-top-label"><a href="#" id="toTop" class="fusion-top-top-link"><span id="awb-to-top-label" class="screen-reader-text">Go to Top</span></a></section>
</body></html>"""


def _bf_home() -> str:
    posts = "".join(_bf_post_card(*p) for p in _BF_POSTS)
    notices = [
        ("11/16/2026", "Notice of Public Hearing &ndash; Zoning Map Amendment ZA-26-14 (Walnut Township)", "/wp-content/uploads/2026/11/ZA-26-14-hearing-notice.pdf"),
        ("11/10/2026", "Legal Notice &ndash; Sealed Bids for 2027 Road Salt and Liquid De-icer", "/wp-content/uploads/2026/11/2027-road-salt-legal-notice.pdf"),
        ("10/29/2026", "Board of Revision &ndash; Hearing Schedule for Pending Complaints", "/wp-content/uploads/2026/10/BOR-hearing-schedule.pdf"),
        ("10/05/2026", "Notice of Intent to Vacate Portion of County Road 22 (Hopewell Road)", "/wp-content/uploads/2026/10/CR22-vacation-notice.pdf"),
        ("09/18/2026", "Resolution 26-311 &ndash; Establishing 2027 Commissioners&rsquo; Meeting Schedule", "/wp-content/uploads/2026/09/res-26-311.pdf"),
    ]
    notice_items = "".join(
        f'<li class="fusion-li-item"><span class="icon-wrapper circle-no"><i class="fusion-li-icon fa-file-pdf far" aria-hidden="true"></i></span>'
        f'<div class="fusion-li-item-content"><strong>{d}</strong> &ndash; <a href="{u}" target="_blank" rel="noopener">{t}</a></div></li>'
        for d, t, u in notices
    )
    meetings = [
        ("Nov 23, 2026", "9:00 AM", "Board of Commissioners &ndash; Regular Session", "commissioners-regular-session-2026-11-23"),
        ("Nov 24, 2026", "6:30 PM", "Regional Planning Commission", "regional-planning-commission-2026-11-24"),
        ("Dec 1, 2026", "9:00 AM", "Board of Commissioners &ndash; Budget Work Session", "commissioners-budget-work-session"),
        ("Dec 3, 2026", "10:00 AM", "Solid Waste District Policy Committee", "swd-policy-committee-december"),
    ]
    meeting_items = "".join(
        f'<div class="tribe-events-widget-events-list__event-row"><div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col">'
        f'<time class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="{_us_to_iso(d)}"><span class="tribe-events-widget-events-list__event-date-tag-month">{d.split()[0]}</span>'
        f'<span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2 tribe-common-h4--min-medium">{d.split()[1].rstrip(",")}</span></time></div>'
        f'<div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col"><article class="tribe-events-widget-events-list__event"><div class="tribe-events-widget-events-list__event-details">'
        f'<header class="tribe-events-widget-events-list__event-header"><div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium">'
        f'<time class="tribe-events-widget-events-list__event-datetime" datetime="{_us_to_iso(d)}"><span class="tribe-event-date-start">{t}</span></time></div>'
        f'<h3 class="tribe-events-widget-events-list__event-title tribe-common-h7"><a href="/event/{s}/" title="{n}" rel="bookmark" class="tribe-events-widget-events-list__event-title-link tribe-common-anchor-thin">{n}</a></h3></header></div></article></div></div>'
        for d, t, n, s in meetings
    )
    jobs = [
        ("Deputy Auditor &ndash; Real Estate Division", "10/30/2026", "/employment/deputy-auditor-real-estate/"),
        ("Corrections Officer (Full-Time)", "10/14/2026", "/employment/corrections-officer/"),
        ("Seasonal Snow Plow Driver &ndash; Engineer&rsquo;s Office", "09/22/2026", "/employment/seasonal-snow-plow-driver/"),
        ("Caseworker II &ndash; Children Services", "09/08/2026", "/employment/caseworker-ii/"),
    ]
    job_items = "".join(f'<li><a href="{u}">{t}</a> <span class="job-posted">Posted {d}</span></li>' for t, d, u in jobs)
    quick = "".join(
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{i} fusion_builder_column_1_6 1_6 fusion-flex-column"><div class="fusion-column-wrapper fusion-flex-justify-content-flex-start fusion-content-layout-column">'
        f'<div class="fusion-image-element"><span class="fusion-imageframe imageframe-none hover-type-none"><a class="fusion-no-lightbox" href="{u}" target="_self"><img decoding="async" width="96" height="96" alt="{t}" src="/wp-content/uploads/2021/03/icon-{i}.png" class="img-responsive" /></a></span></div>'
        f'<div class="fusion-text"><p style="text-align: center;"><a href="{u}">{t}</a></p></div></div></div>'
        for i, (t, u) in enumerate([
            ("Pay Taxes", "/treasurer/pay-taxes/"), ("Property Search", "https://auditor.brookfieldcountyoh.test/"),
            ("Agendas &amp; Minutes", "/commissioners/agendas-minutes/"), ("Employment", "/employment/"),
            ("Sheriff", "/sheriff/"), ("Court Records", "https://courts.brookfieldcountyoh.test/eservices/"),
        ])
    )
    return _bf_header("Brookfield County, Ohio &#8211; Official Website of Brookfield County") + f"""
<div id="sliders-container" class="fusion-slider-visibility"></div>
<main id="main" class="clearfix width-100"><div class="fusion-row" style="max-width:100%;">
<section id="content" class="full-width"><div id="post-7" class="post-7 page type-page status-publish hentry">
<span class="entry-title rich-snippet-hidden">Home</span><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/admin/" title="Posts by admin" rel="author">admin</a></span></span><span class="updated rich-snippet-hidden">2026-11-16T15:40:09-05:00</span>
<div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-parallax-none hundred-percent-fullwidth non-hundred-percent-height-scrolling" style="background-color:#0d3b66;background-image:url('/wp-content/uploads/2021/03/courthouse-hero.jpg');background-size:cover;">
 <div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-flex-column"><div class="fusion-column-wrapper">
  <div class="fusion-title title fusion-title-1 fusion-sep-none fusion-title-center fusion-title-text fusion-title-size-one"><h1 class="title-heading-center" style="color:#ffffff;">Welcome to Brookfield County</h1></div>
  <div class="fusion-text fusion-text-1"><p style="text-align:center;color:#fff">Serving our residents since 1808. Find services, pay taxes, and stay informed.</p></div>
  <div class="fusion-search-element fusion-search-element-1 fusion-search-form-clean"><form role="search" class="searchform fusion-search-form" method="get" action="/"><div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">Search for:</span><input type="search" class="s" name="s" value="" placeholder="How can we help you?" required aria-required="true" aria-label="Search..."/></label></div><div class="fusion-search-button search-button"><input type="submit" class="fusion-search-submit searchsubmit" aria-label="Search" value="&#xf002;" /></div></div></form></div>
 </div></div></div>
</div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-2 nonhundred-percent-fullwidth"><div class="fusion-builder-row fusion-row">{quick}</div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-3 nonhundred-percent-fullwidth"><div class="fusion-builder-row fusion-row">
 <div class="fusion-layout-column fusion_builder_column fusion-builder-column-7 fusion_builder_column_2_3 2_3 fusion-flex-column"><div class="fusion-column-wrapper">
  <div class="fusion-title title fusion-title-2 fusion-sep-none fusion-title-text fusion-title-size-two"><h2 class="title-heading-left">Latest News</h2></div>
  <div class="fusion-recent-posts fusion-recent-posts-1 avada-container layout-default layout-columns-2"><section class="fusion-columns columns fusion-columns-2 columns-2">{posts}</section></div>
  <div class="fusion-button-wrapper"><a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default button-1 fusion-button-default-span" target="_self" href="/category/news/"><span class="fusion-button-text">View All News</span></a></div>
 </div></div>
 <div class="fusion-layout-column fusion_builder_column fusion-builder-column-8 fusion_builder_column_1_3 1_3 fusion-flex-column"><div class="fusion-column-wrapper">
  <div class="fusion-title title fusion-title-3 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="title-heading-left">Public Notices</h3></div>
  <ul class="fusion-checklist fusion-checklist-1" style="font-size:14px;line-height:23.8px;">{notice_items}</ul>
  <p><a href="/public-notices/">All Public Notices &raquo;</a></p>
  <div class="fusion-title title fusion-title-4 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="title-heading-left">Upcoming Meetings</h3></div>
  <div class="tribe-common tribe-events tribe-events-view tribe-events-view--widget-events-list tribe-events-widget"><div class="tribe-events-widget-events-list"><div class="tribe-events-widget-events-list__events">{meeting_items}</div>
  <div class="tribe-events-widget-events-list__view-more tribe-common-b1 tribe-common-b2--min-medium"><a href="/events/" class="tribe-events-widget-events-list__view-more-link tribe-common-anchor-thin">View Calendar</a></div></div></div>
 </div></div>
</div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-4 nonhundred-percent-fullwidth" style="background-color:#f2f3f5;"><div class="fusion-builder-row fusion-row">
 <div class="fusion-layout-column fusion_builder_column fusion-builder-column-9 fusion_builder_column_1_2 1_2 fusion-flex-column"><div class="fusion-column-wrapper">
  <div class="fusion-title title fusion-title-5 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="title-heading-left">Employment Opportunities</h3></div>
  <div class="fusion-text fusion-text-3"><ul class="job-list">{job_items}</ul><p>Brookfield County is an Equal Opportunity Employer. <a href="/employment/">See all openings and apply online</a>.</p></div>
 </div></div>
 <div class="fusion-layout-column fusion_builder_column fusion-builder-column-10 fusion_builder_column_1_2 1_2 fusion-flex-column"><div class="fusion-column-wrapper">
  <div class="fusion-title title fusion-title-6 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="title-heading-left">Stay Connected</h3></div>
  <div class="fusion-text fusion-text-4"><p>Sign up for <a href="/alerts/">Brookfield County Alerts</a> to receive emergency notifications, road closures and severe weather warnings by text or email.</p>
  <p><iframe title="Brookfield County on Facebook" src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FBrookfieldCountyOH&amp;tabs=timeline&amp;width=500&amp;height=400" width="500" height="400" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe></p></div>
 </div></div>
</div></div>
</div></div></section></div></main>
""" + _bf_footer()


def _us_to_iso(d: str) -> str:
    months = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
    mon, day, year = d.replace(",", "").split()
    return date(int(year), months[mon[:3]], int(day)).isoformat()


def _bf_news_archive() -> str:
    extra = [
        (date(2026, 10, 20), "flu-shot-clinics", "Health District Schedules Drive-Through Flu Shot Clinics",
         "The Brookfield County Health District will hold drive-through flu vaccination clinics at the fairgrounds on three Saturdays", "news", "flu-clinic"),
        (date(2026, 10, 13), "second-half-tax-bills", "Second Half Real Estate Tax Bills Mailed", "Second half 2025 real estate tax bills payable in 2026 have been mailed", "news", "tax-bills"),
        (date(2026, 10, 2), "fall-hazardous-waste-day", "Fall Household Hazardous Waste Collection Day", "Residents may drop off paint, chemicals and electronics", "news", "hhw-day"),
        (date(2026, 9, 24), "ema-siren-test", "EMA Outdoor Warning Siren Test Moved to First Wednesday", "Beginning in October the monthly test of outdoor warning sirens", "news", "siren"),
        (date(2026, 9, 15), "new-dog-warden-shelter", "Dog Warden Opens Expanded Adoption Center", "The Dog Warden cut the ribbon on the expanded adoption center", "news", "shelter"),
        (date(2026, 9, 3), "courthouse-elevator", "Courthouse Elevator Modernization Complete", "Work on the courthouse elevator has been completed", "news", "elevator"),
    ]
    cards = []
    for day, slug, title, excerpt, cat, img in _BF_POSTS + extra:
        human = day.strftime("%B ") + str(day.day) + day.strftime(", %Y")
        cards.append(f"""
<article id="post-{zlib.crc32(slug.encode()) % 9000 + 1000}" class="fusion-post-grid post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">
<div class="fusion-post-wrapper"><div class="fusion-flexslider flexslider fusion-post-slideshow"><ul class="slides"><li><div class="fusion-image-wrapper" aria-haspopup="true"><img width="700" height="441" src="/wp-content/uploads/{day.year}/{day.month:02d}/{img}.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async" /><div class="fusion-rollover"><div class="fusion-rollover-content"><a class="fusion-link-wrapper" href="/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/" aria-label="{title}"></a></div></div></div></li></ul></div>
<div class="fusion-post-content-wrapper"><div class="fusion-post-content post-content">
<h2 class="blog-shortcode-post-title entry-title"><a href="/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/">{title}</a></h2>
<p class="fusion-single-line-meta">Posted on <span class="updated rich-snippet-hidden">{day.isoformat()}T10:02:41-05:00</span><span>{human}</span> by <span class="vcard"><span class="fn"><a href="/author/admin/" title="Posts by admin" rel="author">admin</a></span></span><span class="fusion-inline-sep">|</span><a href="/category/{cat}/" rel="category tag">{cat.title()}</a><span class="fusion-inline-sep">|</span></p>
<div class="fusion-content-sep sep-double sep-solid"></div>
<div class="fusion-post-content-container"><p>{excerpt} [&hellip;]</p></div>
</div><div class="fusion-meta-info"><div class="fusion-alignleft"><a class="fusion-read-more" href="/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/" aria-label="More on {title}">Read More</a></div></div></div>
</div></article>""")
    recent = "".join(
        f'<li><a href="/{d.year}/{d.month:02d}/{d.day:02d}/{s}/">{t}</a> <span class="post-date">{d.strftime("%B")} {d.day}, {d.year}</span></li>'
        for d, s, t, *_ in _BF_POSTS
    )
    archives = "".join(f'<li><a href="/{y}/{m:02d}/">{date(y, m, 1).strftime("%B")} {y}</a></li>' for y, m in [(2026, 11), (2026, 10), (2026, 9), (2026, 8), (2026, 7), (2026, 6), (2026, 5), (2026, 4)])
    return _bf_header("News Archives &#8211; Brookfield County, Ohio") + f"""
<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions"><h1 class="entry-title">News</h1></div><div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs" aria-label="Breadcrumb"><ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="/" class="fusion-breadcrumb-link"><span>Home</span></a></li><li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">News</span></li></ol></nav></div></div></div></div></section>
<main id="main" class="clearfix"><div class="fusion-row" style="">
<section id="content" class="" style="float: left;">
<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-grid-wrapper fusion-clearfix"><div class="fusion-posts-container fusion-blog-layout-grid fusion-blog-layout-grid-2 isotope fusion-blog-pagination fusion-blog-rollover" data-pages="4">
{''.join(cards)}
</div>
<div class="pagination clearfix"><span class="current">1</span><a href="/category/news/page/2/" class="inactive">2</a><a href="/category/news/page/3/" class="inactive">3</a><a href="/category/news/page/4/" class="inactive">4</a><a class="pagination-next" rel="next" href="/category/news/page/2/"><span class="page-text">Next</span><span class="page-next"></span></a></div>
</div></section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;">
<section id="search-2" class="widget widget_search"><form role="search" class="searchform fusion-search-form" method="get" action="/"><input type="search" class="s" name="s" placeholder="Search..." /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Recent Posts</h4></div><ul>{recent}</ul></section>
<section id="archives-2" class="widget widget_archive"><div class="heading"><h4 class="widget-title">Archives</h4></div><ul>{archives}</ul></section>
<section id="categories-2" class="widget widget_categories"><div class="heading"><h4 class="widget-title">Categories</h4></div><ul><li class="cat-item"><a href="/category/elections/">Elections</a></li><li class="cat-item current-cat"><a aria-current="page" href="/category/news/">News</a></li><li class="cat-item"><a href="/category/press-releases/">Press Releases</a></li></ul></section>
</aside>
</div></main>
""" + _bf_footer()


def _bf_notices_page() -> str:
    rows = [
        ("11/16/2026", "Notice of Public Hearing &ndash; Zoning Map Amendment ZA-26-14 (Walnut Township)", "Regional Planning Commission", "ZA-26-14-hearing-notice.pdf"),
        ("11/10/2026", "Legal Notice &ndash; Sealed Bids for 2027 Road Salt and Liquid De-icer", "Engineer", "2027-road-salt-legal-notice.pdf"),
        ("10/29/2026", "Board of Revision &ndash; Hearing Schedule for Pending Complaints", "Auditor", "BOR-hearing-schedule.pdf"),
        ("10/05/2026", "Notice of Intent to Vacate Portion of County Road 22 (Hopewell Road)", "Commissioners", "CR22-vacation-notice.pdf"),
        ("09/18/2026", "Resolution 26-311 &ndash; Establishing 2027 Commissioners&rsquo; Meeting Schedule", "Commissioners", "res-26-311.pdf"),
        ("09/02/2026", "Notice to Bidders &ndash; Courthouse Roof Replacement (Re-bid)", "Facilities Management", "roof-rebid.pdf"),
        ("08/21/2026", "Public Notice &ndash; 2027 Tax Budget Hearing", "Commissioners", "tax-budget-hearing.pdf"),
        ("08/04/2026", "Notice of Sheriff&rsquo;s Sale &ndash; Case No. 25CV0412", "Sheriff", "sheriff-sale-25cv0412.pdf"),
        ("07/17/2026", "Community Development Block Grant &ndash; Notice of Funding Availability", "Planning Commission", "cdbg-nofa.pdf"),
        ("06/30/2026", "Solid Waste District Plan Update &ndash; Notice of Comment Period", "Solid Waste District", "swd-plan-comment.pdf"),
    ]
    trs = "".join(
        f'<tr><td data-label="Date Posted">{d}</td><td data-label="Notice"><a href="/wp-content/uploads/{d[6:]}/{d[:2]}/{f}" target="_blank" rel="noopener">{t}</a></td><td data-label="Department">{dep}</td></tr>'
        for d, t, dep, f in rows
    )
    return _bf_header("Public Notices &#8211; Brookfield County, Ohio") + f"""
<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar"><div class="fusion-page-title-row"><div class="fusion-page-title-captions"><h1 class="entry-title">Public Notices</h1></div></div></div></section>
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" class="full-width"><div class="post-content">
<div class="fusion-text"><p>Legal notices published by Brookfield County offices. Notices are also published in the <em>Brookfield Gazette</em> and on <a href="https://www.ohiopublicnotices.test/">Ohio Public Notices</a> as required by the Ohio Revised Code.</p></div>
<div class="table-1"><table width="100%"><thead><tr><th>Date Posted</th><th>Notice</th><th>Department</th></tr></thead><tbody>{trs}</tbody></table></div>
</div></section></div></main>
""" + _bf_footer()


def _bf_jobs_page() -> str:
    jobs = [
        ("Deputy Auditor &ndash; Real Estate Division", "Auditor", "10/30/2026", "11/30/2026", "$19.42 &ndash; $23.10/hour", "deputy-auditor-real-estate"),
        ("Corrections Officer (Full-Time)", "Sheriff", "10/14/2026", "Open until filled", "$22.85/hour", "corrections-officer"),
        ("Seasonal Snow Plow Driver &ndash; Engineer&rsquo;s Office", "Engineer", "09/22/2026", "12/15/2026", "$18.00/hour", "seasonal-snow-plow-driver"),
        ("Caseworker II &ndash; Children Services", "Children Services", "09/08/2026", "Open until filled", "$21.37/hour", "caseworker-ii"),
        ("Custodian (Part-Time)", "Facilities Management", "08/19/2026", "Open until filled", "$15.50/hour", "custodian-part-time"),
    ]
    blocks = "".join(
        f'<div class="fusion-panel panel-default fusion-toggle-no-divider"><div class="panel-heading"><h4 class="panel-title toggle"><a class="active" aria-expanded="true" href="/employment/{s}/"><span class="fusion-toggle-heading">{t}</span></a></h4></div>'
        f'<div class="panel-collapse collapse in"><div class="panel-body toggle-content fusion-clearfix"><p><strong>Department:</strong> {dep}<br /><strong>Posted:</strong> {p}<br /><strong>Closing Date:</strong> {c}<br /><strong>Pay:</strong> {pay}</p>'
        f'<p>Applications are accepted through the county&rsquo;s online portal. <a href="/employment/{s}/">View full job description &raquo;</a></p></div></div></div>'
        for t, dep, p, c, pay, s in jobs
    )
    return _bf_header("Employment &#8211; Brookfield County, Ohio") + f"""
<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar"><div class="fusion-page-title-row"><div class="fusion-page-title-captions"><h1 class="entry-title">Employment Opportunities</h1></div></div></div></section>
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" class="full-width"><div class="post-content">
<div class="fusion-text"><p>Brookfield County offers competitive pay, OPERS retirement and a comprehensive benefit package. All applicants must pass a background check and drug screen.</p></div>
<div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-right" id="accordion-11-1">{blocks}</div></div>
</div></section></div></main>
""" + _bf_footer()


def _bf_events_page() -> str:
    events = [
        ("2026-11-23", "Monday, November 23, 2026 @ 9:00 AM", "Board of Commissioners &ndash; Regular Session", "commissioners-regular-session-2026-11-23"),
        ("2026-11-24", "Tuesday, November 24, 2026 @ 6:30 PM", "Regional Planning Commission", "regional-planning-commission-2026-11-24"),
        ("2026-12-01", "Tuesday, December 1, 2026 @ 9:00 AM", "Board of Commissioners &ndash; Budget Work Session", "commissioners-budget-work-session"),
        ("2026-12-03", "Thursday, December 3, 2026 @ 10:00 AM", "Solid Waste District Policy Committee", "swd-policy-committee-december"),
        ("2026-12-07", "Monday, December 7, 2026 @ 9:00 AM", "Board of Commissioners &ndash; Regular Session", "commissioners-regular-session-2026-12-07"),
        ("2026-12-10", "Thursday, December 10, 2026 @ 1:00 PM", "Board of Revision", "board-of-revision-december"),
    ]
    rows = "".join(
        f'<div class="tribe-common-g-row tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{iso}"></time></div>'
        f'<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters type-tribe_events"><div class="tribe-events-calendar-list__event-details tribe-common-g-col">'
        f'<header class="tribe-events-calendar-list__event-header"><div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2"><time class="tribe-events-calendar-list__event-datetime" datetime="{iso}"><span class="tribe-event-date-start">{when}</span></time></div>'
        f'<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="/event/{s}/" title="{t}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">{t}</a></h3>'
        f'<address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">County Administration Building</span><span class="tribe-events-calendar-list__event-venue-address">101 N. Main St., Millersport</span></address></header></div></article></div></div>'
        for iso, when, t, s in events
    )
    return _bf_header("Events from November 20 &#8211; December 10 &#8211; Brookfield County, Ohio") + f"""
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" class="full-width">
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><div class="tribe-common-l-container tribe-events-l-container">
<header class="tribe-events-header"><div class="tribe-events-c-top-bar tribe-events-header__top-bar"><h1 class="tribe-events-c-top-bar__datepicker-button-text">Upcoming</h1></div></header>
<div class="tribe-events-calendar-list"><div class="tribe-events-calendar-list__month-separator"><time class="tribe-events-calendar-list__month-separator-text tribe-common-h7" datetime="2026-11">November 2026</time></div>{rows}</div>
<nav class="tribe-events-calendar-list-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev"><a href="/events/list/?eventDisplay=past" rel="prev" class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium">Previous Events</a></li><li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next"><a href="/events/list/page/2/" rel="next" class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium">Next Events</a></li></ul></nav>
</div></div></section></div></main>
""" + _bf_footer()


_site(
    "www.brookfieldcountyoh.test",
    {
        "/": _bf_home(),
        "/category/news/": _bf_news_archive(),
        "/public-notices/": _bf_notices_page(),
        "/employment/": _bf_jobs_page(),
        "/events/": _bf_events_page(),
    },
    SiteTruth(
        key="brookfield",
        host="www.brookfieldcountyoh.test",
        name="Brookfield County, Ohio",
        status="healthy",
        passed=True,
        must=(),
        must_not=FRESH_NO + HIJACK_NO,
        columns=(
            ColumnTruth("Latest News", "news", date(2026, 11, 12)),
            ColumnTruth("Public Notices", "notice", date(2026, 11, 16), why="US numeric 11/16/2026 in a US site"),
            ColumnTruth("Upcoming Meetings", "other", None, required=False, why="a meetings calendar: future dates are no updates"),
            ColumnTruth("Employment", "personnel", date(2026, 10, 30)),
        ),
        last_updated=date(2026, 11, 16),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 16),
        list_pages={
            "/category/news/": ListTruth(date(2026, 11, 12)),
            "/public-notices/": ListTruth(date(2026, 11, 16)),
            "/employment/": ListTruth(date(2026, 10, 30), why="Closing Date 11/30/2026 is a deadline, not an update"),
            "/events/": ListTruth(None, why="an events calendar of future meetings only"),
        },
        why="fresh news (8 days), notices (4 days), jobs within a year; footer 2012 - 2026 is a copyright range",
    ),
)


# ---------------------------------------------------------------------------
# 2. Westmark Department of Environmental Quality: Drupal 10, USWDS theme
# ---------------------------------------------------------------------------

_WM_NAV = {
    "Air": ["Air Quality Permits", "Ambient Air Monitoring", "Burn Bans", "Emissions Inventory", "Vehicle Inspection", "Asbestos Program", "Regional Haze"],
    "Water": ["Drinking Water", "Wastewater Permits (NPDES)", "Stormwater", "Total Maximum Daily Loads", "Water Quality Standards", "Groundwater Protection", "Harmful Algal Blooms", "Septic Systems"],
    "Land": ["Brownfields", "Hazardous Waste", "Solid Waste Facilities", "Underground Storage Tanks", "Superfund Sites", "Recycling and Composting", "Tire Program"],
    "Permits &amp; Compliance": ["Apply for a Permit", "Permit Search", "Compliance Assistance", "Enforcement Actions", "Inspections", "Fees", "eDEQ Online Services"],
    "Public Participation": ["Public Notices", "Public Comment Opportunities", "Rulemaking Activity", "Environmental Quality Council", "Advisory Committees", "Public Records Requests"],
    "About DEQ": ["Director&rsquo;s Office", "Organization Chart", "Regional Offices", "Careers", "Budget and Reports", "News Releases", "Contact Us"],
}


def _wm_slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower().replace("&amp;", "and").replace("&rsquo;", "")).strip("-").replace("--", "-")


def _wm_header(title: str, active: str = "") -> str:
    nav = []
    for i, (top, items) in enumerate(_WM_NAV.items()):
        links = "".join(f'<li class="usa-nav__submenu-item"><a href="/{_wm_slug(top)}/{_wm_slug(x)}" data-drupal-link-system-path="node/{300 + i * 20 + j}"><span>{x}</span></a></li>' for j, x in enumerate(items))
        nav.append(
            f'<li class="usa-nav__primary-item"><button class="usa-accordion__button usa-nav__link" aria-expanded="false" aria-controls="basic-mega-nav-section-{i}"><span>{top}</span></button>'
            f'<div id="basic-mega-nav-section-{i}" class="usa-nav__submenu usa-megamenu" hidden><div class="grid-row grid-gap-4"><div class="usa-col"><ul class="usa-nav__submenu-list">{links}</ul></div></div></div></li>'
        )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WMDEQ2026X"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-WMDEQ2026X", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false}});</script>
<script async type="text/javascript" id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=WM&amp;subagency=DEQ"></script>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/wmdeq_uswds/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{title}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq4d2uTrO4xKcU1mGr9fU6g9bJmWZ8z0xEd1c1Wq1nY.css?delta=0&amp;language=en&amp;theme=wmdeq_uswds&amp;include=eJxtjEEKwzAMBD_kWNDvBNlWhF3ZClbaOL9vSi-l9DKw7O6ETKuR7g4gvQEe1hEg00H5g4ZyqDjjthsmIVJ5SmGE-Bvhdu3sC-iOXU3UXhJfRMlf6UpHZFBPZFXIYGxJ" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1","currentPathIsAdmin":false,"isFront":true,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{{"libraries":"eJxdjEEOwjAMBD_U1E-qnGQTuXXiKDFQfg9cECCt9jAjbbwvt-IDUSqXhXRmHVdRYVbjoEJ0iHrAdC49w62GHfAOtXIaXzv9E4dzJ8OyOo7GtZqx4ivELyaNgo6hLJ0TH0EvHQ2dIbLQO3lwqjTwPn35o","theme":"wmdeq_uswds","theme_token":null}},"ajaxTrustedUrl":[],"views":{{"ajax_path":"\\/views\\/ajax","ajaxViews":{{"views_dom_id:3f6a0e2c0b4e":{{"view_name":"news_releases","view_display_id":"block_1","view_args":"","view_path":"\\/node\\/1","view_base_path":"news-releases","view_dom_id":"3f6a0e2c0b4e","pager_element":0}}}}}},"user":{{"uid":0,"permissionsHash":"2c0d1c9a7ad1d9f5c42d0bd5f1c3d40b2ab9e1d6a3f6fd1a7d1c6c1f1f5e0a1b"}}}}</script>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
</head>
<body class="path-frontpage page-node-type-landing-page">
<a href="#main-content" class="visually-hidden focusable usa-skipnav">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<section class="usa-banner" aria-label="Official website of the State of Westmark"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/themes/custom/wmdeq_uswds/images/wm-flag-small.png" alt="" /></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the State of Westmark</p><p class="usa-banner__header-action">Here&rsquo;s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here&rsquo;s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br />A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br />A <strong>lock</strong> or <strong>https://</strong> means you&rsquo;ve safely connected to the .gov website.</p></div></div></div></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended" id="header" role="banner">
 <div class="usa-navbar"><div class="usa-logo" id="extended-logo"><em class="usa-logo__text"><a href="/" title="Home" rel="home"><img src="/themes/custom/wmdeq_uswds/logo.svg" alt="Westmark DEQ" /> Westmark Department of Environmental Quality</a></em></div><button class="usa-menu-btn" type="button">Menu</button></div>
 <nav aria-label="Primary navigation" class="usa-nav" role="navigation"><div class="usa-nav__inner"><button class="usa-nav__close"><img src="/themes/contrib/uswds_base/assets/img/usa-icons/close.svg" alt="Close" /></button>
  <ul class="usa-nav__primary usa-accordion">{''.join(nav)}</ul>
  <div class="usa-nav__secondary"><ul class="usa-nav__secondary-links"><li class="usa-nav__secondary-item"><a href="/about-deq/contact-us">Contact Us</a></li><li class="usa-nav__secondary-item"><a href="https://edeq.westmark.test/">eDEQ Login</a></li><li class="usa-nav__secondary-item"><a href="/es">Español</a></li></ul>
  <section aria-label="Search component"><form class="usa-search usa-search--small" action="/search" method="get" accept-charset="UTF-8" role="search"><label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="keys" /><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></section></div>
 </div></nav>
</header>
"""


def _wm_footer() -> str:
    cols = "".join(
        f'<div class="mobile-lg:grid-col-4 desktop:grid-col-2"><section class="usa-footer__primary-content usa-footer__primary-content--collapsible"><h4 class="usa-footer__primary-link">{top}</h4><ul class="usa-list usa-list--unstyled">'
        + "".join(f'<li class="usa-footer__secondary-link"><a href="/{_wm_slug(top)}/{_wm_slug(x)}">{x}</a></li>' for x in items[:5])
        + "</ul></section></div>"
        for top, items in _WM_NAV.items()
    )
    return f"""
<footer class="usa-footer usa-footer--big" role="contentinfo">
 <div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
 <div class="usa-footer__primary-section"><div class="grid-container"><div class="grid-row grid-gap">{cols}</div></div></div>
 <div class="usa-footer__secondary-section"><div class="grid-container"><div class="grid-row grid-gap">
  <div class="usa-footer__logo grid-row mobile-lg:grid-col-6 mobile-lg:grid-gap-2"><div class="mobile-lg:grid-col-auto"><img class="usa-footer__logo-img" src="/themes/custom/wmdeq_uswds/images/seal.png" alt="State of Westmark seal" /></div><div class="mobile-lg:grid-col-auto"><p class="usa-footer__logo-heading">Westmark Department of Environmental Quality</p></div></div>
  <div class="usa-footer__contact-links mobile-lg:grid-col-6"><address class="usa-footer__address"><div class="usa-footer__contact-info grid-row grid-gap"><div class="grid-col-auto"><a href="tel:1-605-555-0110">(605) 555-0110</a></div><div class="grid-col-auto"><a href="mailto:deq.info@westmark.test">deq.info@westmark.test</a></div><div class="grid-col-auto">523 E. Capitol Ave., Pierreton, WM 57501</div></div></address></div>
 </div></div></div>
 <div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier"><div class="usa-identifier__container"><div class="usa-identifier__identity"><p class="usa-identifier__identity-domain">deq.westmark.test</p><p class="usa-identifier__identity-disclaimer">An official website of the <a href="https://www.westmark.test/">State of Westmark</a></p></div></div></section>
 <nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><div class="usa-identifier__container"><ul class="usa-identifier__required-links-list"><li class="usa-identifier__required-links-item"><a href="/about-deq" class="usa-identifier__required-link usa-link">About DEQ</a></li><li class="usa-identifier__required-links-item"><a href="/accessibility" class="usa-identifier__required-link usa-link">Accessibility statement</a></li><li class="usa-identifier__required-links-item"><a href="/public-participation/public-records-requests" class="usa-identifier__required-link usa-link">Public records requests</a></li><li class="usa-identifier__required-links-item"><a href="/privacy" class="usa-identifier__required-link usa-link">Privacy policy</a></li><li class="usa-identifier__required-links-item"><a href="/site-policies" class="usa-identifier__required-link usa-link">Site policies</a></li></ul></div></nav>
 <p class="usa-identifier__copyright">&copy; 2026 State of Westmark. All rights reserved.</p></div>
</footer>
</div>
<script src="/sites/default/files/js/js_pUyhC6d1n8b9qf1hW7b3YjJ7iQ4YgkQ8C3m5v6bQq3E.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=wmdeq_uswds&amp;include=eJxtjEEKwzAMBD_k"></script>
<script src="/themes/contrib/uswds_base/assets/js/uswds.min.js?v=3.8.1"></script>
</body></html>"""


# (visible date, datetime attribute (UTC, as Drupal writes it), title, path)
_WM_NEWS = [
    ("November 18, 2026", "2026-11-19T01:30:00Z", "DEQ Issues Final Permit for Pierreton Regional Wastewater Treatment Facility Upgrade", "/news-releases/deq-issues-final-permit-pierreton-regional-wastewater-upgrade"),
    ("November 13, 2026", "2026-11-13T16:00:00Z", "Harmful Algal Bloom Advisory Lifted for Lake Oahe Recreation Area", "/news-releases/harmful-algal-bloom-advisory-lifted-lake-oahe"),
    ("November 5, 2026", "2026-11-05T17:45:00Z", "Westmark Awards $14.2 Million in Clean Water State Revolving Fund Loans", "/news-releases/westmark-awards-142-million-clean-water-srf-loans"),
    ("October 29, 2026", "2026-10-29T15:00:00Z", "Household Hazardous Waste Grants Available to Counties and Tribes", "/news-releases/household-hazardous-waste-grants-available"),
    ("October 20, 2026", "2026-10-20T14:30:00Z", "DEQ Reminds Residents: Open Burning Restrictions in Effect Through April", "/news-releases/open-burning-restrictions-effect"),
]

_WM_NOTICES = [
    ("2026-11-06", "Nov 6, 2026", "Dec 7, 2026", "Draft Air Quality Permit No. 26-0418 &ndash; Black Hills Aggregate, Rapid Valley Plant", "/public-notices/draft-air-quality-permit-26-0418"),
    ("2026-10-30", "Oct 30, 2026", "Nov 30, 2026", "Proposed NPDES Permit Renewal WM0021377 &ndash; City of Aberton", "/public-notices/npdes-permit-renewal-wm0021377"),
    ("2026-10-22", "Oct 22, 2026", "Nov 23, 2026", "Notice of Intent to Issue Solid Waste Permit &ndash; Hughes County Landfill Cell 4", "/public-notices/hughes-county-landfill-cell-4"),
    ("2026-10-08", "Oct 8, 2026", "Nov 9, 2026", "Brownfields Cleanup Plan &ndash; Former Tri-State Grain Elevator, Mitchellton", "/public-notices/brownfields-cleanup-plan-tri-state-grain"),
]

_WM_RULES = [
    ("2026-09-15", "September 15, 2026", "Proposed amendments to ARWM 74:36 &ndash; Air Pollution Control Program (incorporation by reference update)", "/public-participation/rulemaking-activity/arwm-74-36-2026"),
    ("2026-07-02", "July 2, 2026", "Adopted rules: ARWM 74:51 &ndash; Surface Water Quality Standards triennial review", "/public-participation/rulemaking-activity/arwm-74-51-triennial-review"),
    ("2026-04-21", "April 21, 2026", "Notice of public hearing: ARWM 74:27 &ndash; Solid Waste fee schedule", "/public-participation/rulemaking-activity/arwm-74-27-fees"),
]

_WM_EVENTS = [
    ("2026-12-03T15:00:00Z", "Dec", "03", "Water Quality Advisory Committee Meeting", "/events/water-quality-advisory-committee-december-2026"),
    ("2026-12-10T16:00:00Z", "Dec", "10", "Environmental Quality Council Quarterly Meeting", "/events/eqc-quarterly-meeting-december-2026"),
    ("2027-01-14T15:00:00Z", "Jan", "14", "Stormwater Permit Applicant Workshop (Virtual)", "/events/stormwater-permit-workshop-2027"),
]


def _wm_home() -> str:
    news = "".join(
        f'<div class="views-row"><li class="usa-collection__item"><img class="usa-collection__img" src="/sites/default/files/styles/thumbnail/public/2026-{dt[5:7]}/news-{i}.jpg" alt="" />'
        f'<div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" href="{p}" hreflang="en">{t}</a></h3>'
        f'<ul class="usa-collection__meta" aria-label="More information"><li class="usa-collection__meta-item"><time datetime="{dt}" class="datetime">{vis}</time></li>'
        f'<li class="usa-collection__meta-item usa-tag">News Release</li></ul></div></li></div>'
        for i, (vis, dt, t, p) in enumerate(_WM_NEWS[:4])
    )
    notices = "".join(
        f'<div class="views-row"><div class="notice-teaser"><h3 class="notice-teaser__title"><a href="{p}" hreflang="en">{t}</a></h3>'
        f'<div class="field field--name-field-posted-date field--type-datetime field--label-inline"><div class="field__label">Posted</div><div class="field__item"><time datetime="{iso}T12:00:00Z" class="datetime">{vis}</time></div></div>'
        f'<div class="field field--name-field-comment-deadline field--type-datetime field--label-inline"><div class="field__label">Comments due</div><div class="field__item"><time datetime="{_us_to_iso(dl)}T12:00:00Z" class="datetime">{dl}</time></div></div></div></div>'
        for iso, vis, dl, t, p in _WM_NOTICES[:3]
    )
    rules = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{p}" hreflang="en">{t}</a></span></div>'
        f'<div class="views-field views-field-field-date"><span class="field-content"><time datetime="{iso}T12:00:00Z" class="datetime">{vis}</time></span></div></div>'
        for iso, vis, t, p in _WM_RULES
    )
    events = "".join(
        f'<div class="views-row"><div class="event-card"><div class="event-card__date" aria-hidden="true"><span class="event-card__month">{mon}</span><span class="event-card__day">{day}</span></div>'
        f'<div class="event-card__body"><h3 class="event-card__title"><a href="{p}" hreflang="en">{t}</a></h3><div class="event-card__when"><time datetime="{dt}" class="datetime">{mon} {int(day)}, {dt[:4]}</time></div></div></div></div>'
        for dt, mon, day, t, p in _WM_EVENTS
    )
    programs = "".join(
        f'<li class="usa-card tablet:grid-col-4"><div class="usa-card__container"><div class="usa-card__header"><h3 class="usa-card__heading">{x}</h3></div>'
        f'<div class="usa-card__body"><p>Information, permits, data and guidance for the {x.lower()} program.</p></div><div class="usa-card__footer"><a href="/{_wm_slug(x)}" class="usa-button usa-button--outline">Learn more<span class="usa-sr-only"> about {x}</span></a></div></div></li>'
        for x in ["Air Quality", "Water Quality", "Drinking Water", "Waste Management", "Brownfields", "Environmental Data"]
    )
    return _wm_header("Westmark Department of Environmental Quality | Protecting Westmark&#039;s Air, Land and Water") + f"""
<main class="main-content usa-layout-docs" role="main" id="main-content">
 <div class="region region-hero"><div id="block-wmdeq-uswds-heroblock" class="block block-block-content"><section class="usa-hero" aria-label="Introduction" style="background-image:url('/sites/default/files/2024-05/badlands-hero.jpg')"><div class="grid-container"><div class="usa-hero__callout"><h1 class="usa-hero__heading"><span class="usa-hero__heading--alt">Protecting Westmark&rsquo;s</span> air, land and water</h1><p>DEQ works with communities, businesses and tribes to keep Westmark&rsquo;s environment clean and healthy for future generations.</p><a class="usa-button" href="/permits-and-compliance/apply-for-a-permit">Apply for a permit</a></div></div></section></div></div>
 <div class="grid-container"><div class="grid-row grid-gap">
  <div class="tablet:grid-col-8">
   <div id="block-views-block-news-releases-block-1" class="block block-views block-views-blocknews-releases-block-1">
    <h2 class="block-title">News Releases</h2>
    <div class="views-element-container"><div class="view view-news-releases view-id-news_releases view-display-id-block_1 js-view-dom-id-3f6a0e2c0b4e"><div class="view-content"><ul class="usa-collection">{news}</ul></div>
    <div class="more-link"><a href="/news-releases">More news releases</a></div></div></div>
   </div>
   <div id="block-views-block-public-notices-block-1" class="block block-views block-views-blockpublic-notices-block-1">
    <h2 class="block-title">Public Notices</h2>
    <div class="views-element-container"><div class="view view-public-notices view-id-public_notices view-display-id-block_1"><div class="view-content">{notices}</div>
    <div class="more-link"><a href="/public-notices">All public notices</a></div></div></div>
   </div>
  </div>
  <div class="tablet:grid-col-4">
   <div id="block-views-block-rulemaking-block-1" class="block block-views">
    <h2 class="block-title">Rulemaking Activity</h2>
    <div class="views-element-container"><div class="view view-rulemaking view-id-rulemaking view-display-id-block_1"><div class="view-content">{rules}</div><div class="more-link"><a href="/public-participation/rulemaking-activity">Rulemaking activity</a></div></div></div>
   </div>
   <div id="block-views-block-events-block-1" class="block block-views">
    <h2 class="block-title">Upcoming Events</h2>
    <div class="views-element-container"><div class="view view-events view-id-events view-display-id-block_1"><div class="view-content">{events}</div><div class="more-link"><a href="/events">Events calendar</a></div></div></div>
   </div>
   <div id="block-airqualitynow" class="block block-block-content"><h2 class="block-title">Air Quality Now</h2><div class="field field--name-body"><p>Current conditions and forecasts for Westmark are available on <a href="https://www.airnow.gov/state/?name=westmark">AirNow</a>. Sign up for smoke and ozone alerts through <a href="/air/ambient-air-monitoring">EnviroFlash</a>.</p></div></div>
  </div>
 </div>
 <div class="grid-row"><div class="grid-col-12"><div id="block-programs" class="block block-block-content"><h2 class="block-title">Our Programs</h2><ul class="usa-card-group">{programs}</ul></div></div></div>
 </div>
</main>
""" + _wm_footer()


def _wm_news_page() -> str:
    more = [
        ("October 14, 2026", "2026-10-14T18:00:00Z", "Drinking Water Week Recognizes 42 Westmark Systems for Compliance", "/news-releases/drinking-water-systems-recognized"),
        ("October 6, 2026", "2026-10-06T15:20:00Z", "Public Meeting Scheduled on Proposed Gold Mine Water Discharge Permit", "/news-releases/public-meeting-proposed-gold-mine-discharge-permit"),
        ("September 28, 2026", "2026-09-28T19:05:00Z", "Tire Amnesty Events Collect 61,000 Tires Statewide", "/news-releases/tire-amnesty-events-2026"),
        ("September 17, 2026", "2026-09-17T16:00:00Z", "Brownfields Assessment Grants Awarded to Five Communities", "/news-releases/brownfields-assessment-grants-2026"),
        ("September 9, 2026", "2026-09-09T14:40:00Z", "DEQ Secretary Testifies on Interim Water Infrastructure Study", "/news-releases/deq-secretary-interim-study"),
    ]
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-news-release node--view-mode-teaser usa-prose"><h2 class="node__title"><a href="{p}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{t}</span></a></h2>'
        f'<div class="node__meta"><time datetime="{dt}" class="datetime">{vis}</time></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>PIERRETON, Wm. &ndash; The Westmark Department of Environmental Quality today announced {t[0].lower() + t[1:]}.</p></div></article></div>'
        for vis, dt, t, p in _WM_NEWS + more
    )
    return _wm_header("News Releases | Westmark Department of Environmental Quality") + f"""
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container">
<nav class="usa-breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li><li class="usa-breadcrumb__list-item"><span>News Releases</span></li></ol></nav>
<div class="grid-row grid-gap"><div class="region region-content tablet:grid-col-9">
<h1 class="page-title">News Releases</h1>
<div class="views-element-container"><div class="view view-news-releases view-id-news_releases view-display-id-page_1 js-view-dom-id-b1d0f7">
<div class="view-filters"><form class="views-exposed-form" action="/news-releases" method="get" id="views-exposed-form-news-releases-page-1" accept-charset="UTF-8"><div class="usa-form-group"><label for="edit-year" class="usa-label">Year</label><select data-drupal-selector="edit-year" id="edit-year" name="year" class="form-select usa-select"><option value="All" selected="selected">- Any -</option><option value="2026">2026</option><option value="2025">2025</option><option value="2024">2024</option></select></div><input data-drupal-selector="edit-submit-news-releases" type="submit" id="edit-submit-news-releases" value="Apply" class="button js-form-submit form-submit usa-button" /></form></div>
<div class="view-content">{rows}</div>
<nav class="pager usa-pagination" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items usa-pagination__list"><li class="pager__item is-active usa-pagination__item usa-pagination__page-no"><a href="?page=0" title="Current page" aria-current="page" class="usa-pagination__button usa-current">1</a></li><li class="pager__item usa-pagination__item usa-pagination__page-no"><a href="?page=1" title="Go to page 2" class="usa-pagination__button">2</a></li><li class="pager__item usa-pagination__item usa-pagination__page-no"><a href="?page=2" title="Go to page 3" class="usa-pagination__button">3</a></li><li class="pager__item pager__item--next usa-pagination__item usa-pagination__arrow"><a href="?page=1" title="Go to next page" rel="next" class="usa-pagination__link usa-pagination__next-page"><span class="usa-pagination__link-text">Next</span></a></li></ul></nav>
</div></div></div>
<aside class="tablet:grid-col-3 usa-layout-docs__sidenav"><nav aria-label="Secondary navigation"><ul class="usa-sidenav"><li class="usa-sidenav__item"><a href="/news-releases" class="usa-current">News Releases</a></li><li class="usa-sidenav__item"><a href="/about-deq/media-contacts">Media Contacts</a></li><li class="usa-sidenav__item"><a href="/newsletters">Newsletters</a></li></ul></nav></aside>
</div></div></main>
""" + _wm_footer()


def _wm_notices_page() -> str:
    more = [
        ("2026-09-24", "Sep 24, 2026", "Oct 26, 2026", "Draft Groundwater Discharge Permit &ndash; Valley Dairy LLC", "/public-notices/groundwater-discharge-valley-dairy"),
        ("2026-09-10", "Sep 10, 2026", "Oct 12, 2026", "Proposed Consent Order &ndash; Prairie Ethanol LLC", "/public-notices/consent-order-prairie-ethanol"),
        ("2026-08-27", "Aug 27, 2026", "Sep 28, 2026", "Draft 2026 Integrated Report for Surface Water Quality Assessment", "/public-notices/draft-2026-integrated-report"),
    ]
    rows = "".join(
        f'<tr><td headers="view-field-posted-date-table-column" class="views-field views-field-field-posted-date"><time datetime="{iso}T12:00:00Z" class="datetime">{vis}</time></td>'
        f'<td headers="view-title-table-column" class="views-field views-field-title"><a href="{p}" hreflang="en">{t}</a></td>'
        f'<td class="views-field views-field-field-program">{"Air" if "Air" in t else "Water" if ("NPDES" in t or "Water" in t or "Groundwater" in t) else "Land"}</td>'
        f'<td headers="view-field-comment-deadline-table-column" class="views-field views-field-field-comment-deadline"><time datetime="{_us_to_iso(dl)}T12:00:00Z" class="datetime">{dl}</time></td></tr>'
        for iso, vis, dl, t, p in _WM_NOTICES + more
    )
    return _wm_header("Public Notices | Westmark Department of Environmental Quality") + f"""
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container">
<h1 class="page-title">Public Notices</h1>
<div class="usa-prose"><p>DEQ publishes notice of draft permits, proposed enforcement settlements and other actions that are open for public comment. Submit comments by email to <a href="mailto:deq.comments@westmark.test">deq.comments@westmark.test</a> before the deadline shown.</p></div>
<div class="views-element-container"><div class="view view-public-notices view-id-public_notices view-display-id-page_1"><div class="view-content">
<table class="cols-4 usa-table usa-table--borderless usa-table--stacked"><thead><tr><th id="view-field-posted-date-table-column" class="views-field views-field-field-posted-date" scope="col">Posted</th><th id="view-title-table-column" class="views-field views-field-title" scope="col">Notice</th><th scope="col">Program</th><th id="view-field-comment-deadline-table-column" class="views-field views-field-field-comment-deadline" scope="col">Comment Deadline</th></tr></thead>
<tbody>{rows}</tbody></table></div></div></div>
</div></main>
""" + _wm_footer()


def _wm_rules_page() -> str:
    rows = "".join(
        f'<div class="views-row"><h3><a href="{p}" hreflang="en">{t}</a></h3><p class="rule-meta">Last action: <time datetime="{iso}T12:00:00Z" class="datetime">{vis}</time></p></div>'
        for iso, vis, t, p in [*_WM_RULES, ("2025-12-09", "December 9, 2025", "Adopted rules: ARWM 74:03 &ndash; Individual and Small On-site Wastewater Systems", "/public-participation/rulemaking-activity/arwm-74-03"), ("2025-08-18", "August 18, 2025", "Adopted rules: ARWM 74:56 &ndash; Underground Storage Tank fees", "/public-participation/rulemaking-activity/arwm-74-56")]
    )
    return _wm_header("Rulemaking Activity | Westmark Department of Environmental Quality") + f"""
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container">
<h1 class="page-title">Rulemaking Activity</h1>
<div class="usa-prose"><p>Proposed and recently adopted administrative rules of the Department, with hearing dates and the rules as filed with the Legislative Research Council.</p></div>
<div class="views-element-container"><div class="view view-rulemaking view-id-rulemaking view-display-id-page_1"><div class="view-content">{rows}</div></div></div>
</div></main>
""" + _wm_footer()


def _wm_events_page() -> str:
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-event"><h2><a href="{p}">{t}</a></h2><p><time datetime="{dt}" class="datetime">{mon} {int(day)}, {dt[:4]}</time> &middot; Matthew Training Center, Pierreton and online</p></article></div>'
        for dt, mon, day, t, p in _WM_EVENTS
    )
    return _wm_header("Events | Westmark Department of Environmental Quality") + f"""
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container"><h1 class="page-title">Upcoming Events</h1>
<div class="views-element-container"><div class="view view-events view-id-events view-display-id-page_1"><div class="view-content">{rows}</div></div></div></div></main>
""" + _wm_footer()


_site(
    "www.deq.westmark.test",
    {
        "/": _wm_home(),
        "/news-releases": _wm_news_page(),
        "/public-notices": _wm_notices_page(),
        "/public-participation/rulemaking-activity": _wm_rules_page(),
        "/events": _wm_events_page(),
    },
    SiteTruth(
        key="westmark",
        host="www.deq.westmark.test",
        name="Westmark Department of Environmental Quality",
        status="healthy",
        passed=True,
        must=(),
        must_not=FRESH_NO + HIJACK_NO,
        columns=(
            ColumnTruth("News Releases", "news", date(2026, 11, 18), why="the visible date; the UTC datetime 2026-11-19T01:30Z is the evening of the 18th in the site's zone"),
            ColumnTruth("Public Notices", "notice", date(2026, 11, 6), why="Comments due dates are deadlines"),
            ColumnTruth("Rulemaking", "policy", date(2026, 9, 15), why="administrative rules are the agency's policy documents"),
            ColumnTruth("Upcoming Events", "other", None, required=False),
        ),
        last_updated=date(2026, 11, 18),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 18),
        list_pages={
            "/news-releases": ListTruth(date(2026, 11, 18)),
            "/public-notices": ListTruth(date(2026, 11, 6), why="Comment Deadline column holds future deadlines"),
            "/public-participation/rulemaking-activity": ListTruth(date(2026, 9, 15)),
            "/events": ListTruth(None),
        },
    ),
)


# ---------------------------------------------------------------------------
# 3. Cedar Valley Unified School District: a Finalsite-like composer site
# ---------------------------------------------------------------------------

_CV_NAV = {
    "About Us": ["Superintendent", "Board of Education", "District Office", "Mission &amp; Vision", "Strategic Plan", "School Accountability Report Cards", "Bond Measure CV"],
    "Schools": ["Cedar Valley High School", "Ridgeview Middle School", "Oak Hollow Middle School", "Alder Elementary", "Birch Creek Elementary", "Juniper Elementary", "Sequoia Elementary", "Valley Oak Continuation High School", "Cedar Valley Adult School"],
    "Departments": ["Business Services", "Child Nutrition", "Educational Services", "Facilities &amp; Maintenance", "Human Resources", "Special Education", "Student Services", "Technology", "Transportation"],
    "Families": ["Enrollment", "ParentSquare", "Aeries Parent Portal", "School Meals", "Bell Schedules", "Health Services", "Attendance", "Transitional Kindergarten"],
    "Staff": ["Staff Portal", "Employee Email", "Professional Development", "Substitute Teaching", "Benefits"],
}


def _cv_nav() -> str:
    out = ['<nav class="fsNavigation fsMenu" aria-label="Main Navigation"><ul class="fsNavLevel1">']
    pid = 40
    for top, items in _CV_NAV.items():
        slug = top.lower().replace(" ", "-")
        sub = "".join(f'<li class="fsNavPageInfo"><a href="/{slug}/{x.lower().replace(" ", "-").replace("&amp;", "and")}" data-page-id="{pid + j}">{x}</a></li>' for j, x in enumerate(items))
        out.append(f'<li class="fsNavParentPage"><a href="/{slug}" data-page-id="{pid}">{top}</a><div class="fsNavPageInfo"><ul class="fsNavLevel2">{sub}</ul></div></li>')
        pid += 30
    out.append("</ul></nav>")
    return "".join(out)


def _cv_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Cedar Valley Unified School District serves more than 9,400 students in TK through 12th grade and adult education.">
<link rel="stylesheet" href="https://cdn-assets-cloud.frontend.example/cedarvalleyusd/css/site.css?v=1731456000">
<script>window.FS = window.FS || {{}}; FS.siteId = 2211; FS.pageId = 1; FS.environment = "production"; FS.locale = "en_US"; FS.timeZone = "America/Los_Angeles";</script>
<script src="https://cdn-assets-cloud.frontend.example/cedarvalleyusd/js/composer.js?v=1731456000" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CVUSD0001"></script>
</head>
<body class="fsComposerMode fsHasOneColumn home">
<div id="fsPageWrapper">
<div class="fsBanner fsAlert" role="region" aria-label="District Alert"><div class="fsElementContent"><p><strong>Reminder:</strong> Thanksgiving Break &ndash; no school Monday through Friday of Thanksgiving week. Classes resume Monday, November 30.</p></div><button class="fsBanner-close" aria-label="Dismiss alert">&times;</button></div>
<header id="fsHeader" class="fsHeader">
 <div class="fsHeaderTop"><ul class="fsUtilityNav"><li><a href="/schools">Our Schools</a></li><li><a href="https://www.schoolmeals.example/cvusd">Menus</a></li><li><a href="https://calendar.cedarvalleyusd.test/">District Calendar</a></li><li><a href="/departments/human-resources/employment">Employment</a></li><li><a href="/translate" class="fsTranslate">Translate</a></li></ul>
 <form class="fsSearch" action="/fs/search" method="get"><label for="fsSearchQuery" class="fsStyleSROnly">Search</label><input id="fsSearchQuery" name="q" type="search" placeholder="Search"><button type="submit">Go</button></form></div>
 <div class="fsHeaderMain"><a class="fsLogo" href="/"><img src="https://resources.finalsite.example/images/v1650000000/cedarvalleyusd/logo.png" alt="Cedar Valley Unified School District"></a>{_cv_nav()}</div>
</header>
<main id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsPageBody">{body}</div></main>
<footer id="fsFooter" class="fsFooter">
 <div class="fsElement fsContent" id="fsEl_9001"><div class="fsElementContent"><p><strong>Cedar Valley Unified School District</strong><br>1450 Orchard Avenue, Cedar Valley, CA 95624<br>Phone: (916) 555-0188 | Fax: (916) 555-0189</p>
 <p>Cedar Valley Unified School District prohibits discrimination, harassment, intimidation and bullying based on actual or perceived characteristics set forth in Penal Code 422.55 and Education Code 220. <a href="/about-us/nondiscrimination">Title IX &amp; Nondiscrimination</a></p></div></div>
 <div class="fsElement fsSocialMedia"><ul><li><a href="https://www.facebook.com/CedarValleyUSD" class="fsFacebook">Facebook</a></li><li><a href="https://www.instagram.com/cedarvalleyusd" class="fsInstagram">Instagram</a></li><li><a href="https://www.youtube.com/@CedarValleyUSD" class="fsYouTube">YouTube</a></li></ul></div>
 <div class="fsFooterBottom"><a href="/accessibility">Accessibility</a> | <a href="/privacy-policy">Privacy Policy</a> | <a href="/sitemap">Site Map</a> | <span class="fsCopyright">&copy; 2026 Cedar Valley Unified School District</span> | <a href="https://www.finalsite.example" class="fsPoweredBy">Powered by Finalsite</a></div>
</footer></div>
<script>FS.ready(function(){{ jQuery('.fsPostsCarousel .fsListItems').slick({{slidesToShow: 3, slidesToScroll: 1, autoplay: true, autoplaySpeed: 6000, dots: true, responsive: [{{breakpoint: 1024, settings: {{slidesToShow: 2}}}}, {{breakpoint: 640, settings: {{slidesToShow: 1}}}}]}}); }});</script>
</body></html>"""


_CV_POSTS = [
    (date(2026, 10, 15), 4412, "Cedar Valley High Named a 2026 California Distinguished School", "cedar-valley-high-named-2026-california-distinguished-school", "The California Department of Education recognized Cedar Valley High for closing achievement gaps and expanding career pathways."),
    (date(2026, 10, 8), 4405, "Board Approves Design Contract for Alder Elementary Modernization", "board-approves-design-contract-alder-elementary", "Funded by Measure CV, the project will replace 1960s-era classrooms and add a new multipurpose room."),
    (date(2026, 9, 29), 4398, "Ridgeview Robotics Team Heads to State Championship", "ridgeview-robotics-state-championship", "Ridgeview Middle School&rsquo;s VEX IQ team placed first in the Sacramento regional tournament."),
    (date(2026, 9, 17), 4390, "Fall Parent Survey Now Open Through October 2", "fall-parent-survey-2026", "Families are invited to share feedback on school climate, communication and safety."),
    (date(2026, 9, 3), 4377, "Welcome Back! First Day of School Photo Gallery", "welcome-back-first-day-2026", "Thank you to our families, staff and community partners for a great start to the 2026-27 school year."),
    (date(2026, 8, 20), 4361, "Free and Reduced-Price Meal Applications for 2026-27", "meal-applications-2026-27", "All students eat breakfast and lunch at no cost under California&rsquo;s Universal Meals program; applications still help schools receive funding."),
]


def _cv_post(day: date, pid: int, title: str, slug: str, summary: str, board: int = 12) -> str:
    return (
        f'<article class="fsBoard-{board} fsStyleAutoclear" data-post-id="{pid}" aria-label="{title}">'
        f'<div class="fsThumbnail"><a href="/fs/posts/{slug}"><img src="https://resources.finalsite.example/images/f_auto,q_auto,t_image_size_2/v1/cedarvalleyusd/{slug}/photo.jpg" alt=""></a></div>'
        f'<div class="fsTitle"><a class="fsPostLink fsPostTitle" href="/fs/posts/{slug}">{title}</a></div>'
        f'<div class="fsDateTime"><time datetime="{day.isoformat()}T08:00:00-07:00" class="fsDate"><span class="fsMonth">{day.strftime("%B")}</span> <span class="fsDay">{day.day}</span>, <span class="fsYear">{day.year}</span></time></div>'
        f'<div class="fsSummary"><p>{summary}</p></div>'
        f'<a class="fsReadMoreLink" href="/fs/posts/{slug}">Read More<span class="fsStyleSROnly"> about {title}</span></a></article>'
    )


_CV_EVENTS = [
    (date(2026, 11, 23), "All Day", "Thanksgiving Break &ndash; No School", "thanksgiving-break"),
    (date(2026, 11, 30), "All Day", "Classes Resume", "classes-resume"),
    (date(2026, 12, 2), "6:00 PM - 8:00 PM", "Board of Education Regular Meeting", "board-regular-meeting-dec"),
    (date(2026, 12, 9), "7:00 PM - 8:30 PM", "CVHS Winter Choral Concert", "cvhs-winter-choral-concert"),
    (date(2026, 12, 11), "All Day", "Minimum Day &ndash; Elementary Conferences", "minimum-day-elementary"),
]


def _cv_event(day: date, when: str, title: str, slug: str) -> str:
    return (
        f'<div class="fsCalendarDaybox fsStateHasEvents"><div class="fsCalendarDate"><span class="fsCalendarMonth">{day.strftime("%b")}</span><span class="fsCalendarDay">{day.day}</span><span class="fsCalendarWeekday">{day.strftime("%a")}</span></div>'
        f'<div class="fsCalendarInfo"><a class="fsCalendarEventTitle fsCalendarEventLink" title="{title}" href="/calendar/{slug}" data-occur-id="{day.toordinal() % 100000}">{title}</a>'
        f'<div class="fsTimeRange"><time datetime="{day.isoformat()}T00:00:00-08:00" class="fsStartTime">{when}</time></div><div class="fsLocation">District Office Board Room</div></div></div>'
    )


def _cv_home() -> str:
    posts = "".join(_cv_post(*p) for p in _CV_POSTS[:5])
    events = "".join(_cv_event(*e) for e in _CV_EVENTS)
    spot = "".join(
        f'<div class="fsListItem"><a href="{u}"><img src="https://resources.finalsite.example/images/v1/cedarvalleyusd/icons/{i}.svg" alt=""><span>{t}</span></a></div>'
        for i, (t, u) in enumerate([
            ("Enroll", "/families/enrollment"), ("Calendars", "https://calendar.cedarvalleyusd.test/"), ("Menus", "/families/school-meals"),
            ("Parent Portal", "https://cvusd.aeries.example/"), ("Transportation", "/departments/transportation"), ("Careers", "/departments/human-resources/employment"),
            ("Board Meetings", "/about-us/board-of-education/meetings"), ("Report Bullying", "/student-services/report-bullying"),
        ])
    )
    schools = "".join(
        f'<div class="fsListItem fsSchool"><a href="/schools/{s.lower().replace(" ", "-")}"><img src="https://resources.finalsite.example/images/v1/cedarvalleyusd/schools/{i}.jpg" alt=""><span class="fsSchoolName">{s}</span></a></div>'
        for i, s in enumerate(_CV_NAV["Schools"])
    )
    body = f"""
<section class="fsElement fsSlideshow fsHeroSlideshow" id="fsEl_101" aria-label="Welcome"><div class="fsElementContent"><div class="fsSlide"><img src="https://resources.finalsite.example/images/v1/cedarvalleyusd/hero/graduation.jpg" alt="Graduates celebrating"><div class="fsSlideCaption"><h1>Every Student. Every Day. Every Opportunity.</h1></div></div></div></section>
<section class="fsElement fsList fsSpotlight" id="fsEl_102"><header><h2 class="fsElementTitle">I Want To&hellip;</h2></header><div class="fsElementContent fsListItems">{spot}</div></section>
<section class="fsElement fsPostElement fsList fsPostsCarousel fsCustom" id="fsEl_103" data-use-redirects="true">
 <header><h2 class="fsElementTitle">District News</h2></header>
 <div class="fsElementContent fsListItems">{posts}</div>
 <footer><a class="fsElementFooterLink" href="/news">More District News</a></footer>
</section>
<section class="fsElement fsCalendar fsList fsUpcomingEvents" id="fsEl_104">
 <header><h2 class="fsElementTitle">Upcoming Events</h2></header>
 <div class="fsElementContent"><div class="fsCalendarEventGrid">{events}</div></div>
 <footer><a class="fsElementFooterLink" href="/calendar">View Full Calendar</a></footer>
</section>
<section class="fsElement fsContent fsSuperintendent" id="fsEl_105"><header><h2 class="fsElementTitle">Message from the Superintendent</h2></header><div class="fsElementContent"><img src="https://resources.finalsite.example/images/v1/cedarvalleyusd/people/superintendent.jpg" alt="Dr. Maria Estrada" class="fsFloatLeft">
 <p>Welcome to Cedar Valley Unified! Our district is proud to serve a diverse and growing community of learners. Our strategic plan, <em>Cedar Valley Rising</em>, focuses on literacy, belonging and college and career readiness for every student.</p><p><a href="/about-us/superintendent">Read more from Dr. Estrada</a></p></div></section>
<section class="fsElement fsList fsSchoolsList" id="fsEl_106"><header><h2 class="fsElementTitle">Our Schools</h2></header><div class="fsElementContent fsListItems">{schools}</div></section>
<section class="fsElement fsContent" id="fsEl_107"><header><h2 class="fsElementTitle">By the Numbers</h2></header><div class="fsElementContent"><ul class="fsStats"><li><strong>9,412</strong> students</li><li><strong>14</strong> schools</li><li><strong>96%</strong> graduation rate</li><li><strong>31</strong> languages spoken</li></ul></div></section>
"""
    return _cv_page("Home - Cedar Valley Unified School District", body)


def _cv_news_page() -> str:
    posts = "".join(_cv_post(*p, board=14) for p in _CV_POSTS)
    body = f"""
<div class="fsBreadcrumb"><a href="/">Home</a> <span>/</span> News</div>
<h1 class="fsPageTitle">District News</h1>
<section class="fsElement fsPostElement fsList fsBoard fsCustom" id="fsEl_301">
 <div class="fsElementContent"><div class="fsListItems">{posts}</div>
 <div class="fsPagination" data-page="1"><span class="fsPaginationLabel">Page 1 of 9</span><a class="fsNextPageLink" href="/news?const_page=2">Next</a><a class="fsLastPageLink" href="/news?const_page=9">Last</a></div></div>
</section>
<section class="fsElement fsContent fsSidebar" id="fsEl_302"><header><h2 class="fsElementTitle">Media Inquiries</h2></header><div class="fsElementContent"><p>Contact Communications Director Lena Park at (916) 555-0177 or <a href="mailto:communications@cedarvalleyusd.test">communications@cedarvalleyusd.test</a>.</p></div></section>
"""
    return _cv_page("District News - Cedar Valley Unified School District", body)


def _cv_calendar_page() -> str:
    events = "".join(_cv_event(*e) for e in [*_CV_EVENTS, (date(2026, 12, 18), "All Day", "Last Day Before Winter Break", "last-day-before-winter-break"), (date(2027, 1, 4), "All Day", "Staff Development Day &ndash; No School for Students", "staff-development-jan"), (date(2027, 1, 5), "All Day", "Classes Resume", "classes-resume-jan")])
    body = f"""
<h1 class="fsPageTitle">District Calendar</h1>
<section class="fsElement fsCalendar fsList" id="fsEl_401"><header><h2 class="fsElementTitle">Upcoming Events</h2></header>
<div class="fsElementContent"><div class="fsCalendarMonthBrowser"><span class="fsCalendarPrevMonth"><a href="/calendar?cal_date=2026-10-01">Previous Month</a></span> <span class="fsCalendarMonthName">November 2026</span> <span class="fsCalendarNextMonth"><a href="/calendar?cal_date=2026-12-01">Next Month</a></span></div>
<div class="fsCalendarEventGrid">{events}</div></div></section>
"""
    return _cv_page("Calendar - Cedar Valley Unified School District", body)


_site(
    "www.cedarvalleyusd.test",
    {"/": _cv_home(), "/news": _cv_news_page(), "/calendar": _cv_calendar_page()},
    SiteTruth(
        key="cedarvalley",
        host="www.cedarvalleyusd.test",
        name="Cedar Valley Unified School District",
        status="stale",
        passed=False,
        must=("homepage_stale", "column_stale"),
        must_not=("column_empty", "abandoned", "future_dated", "undated", *HIJACK_NO),
        columns=(
            ColumnTruth("District News", "news", date(2026, 10, 15), why="the newest post, its date split over three spans"),
            ColumnTruth("Upcoming Events", "other", None, why="events from Nov 23 on: not updates"),
        ),
        last_updated=date(2026, 10, 15),
        home_status="stale",
        home_passed=False,
        home_must=("homepage_stale",),
        home_must_not=("abandoned", *HIJACK_NO),
        homepage_newest=date(2026, 10, 15),
        list_pages={
            "/news": ListTruth(date(2026, 10, 15)),
            "/calendar": ListTruth(None, why="future events only"),
        },
        why="nothing posted for 36 days; the future events calendar must not make it look fresh",
    ),
)


# ---------------------------------------------------------------------------
# 4. Little Ashby Parish Council (England): a small parish website
# ---------------------------------------------------------------------------


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _uk_long(d: date) -> str:
    return f"{_ord(d.day)} {d.strftime('%B')} {d.year}"


def _la_page(title: str, body: str, side: bool = True) -> str:
    sidebar = """
<aside id="sidebar">
 <div class="widget"><h3>Contact the Clerk</h3><p>Mrs Helen Marsh, Parish Clerk &amp; RFO<br>Tel: 01530 555 218<br><a href="mailto:clerk@littleashby-pc.test">clerk@littleashby-pc.test</a></p></div>
 <div class="widget"><h3>Your Councillors</h3><ul><li>Cllr John Pritchard (Chairman)</li><li>Cllr Susan Webb (Vice-Chairman)</li><li>Cllr Mark Fellows</li><li>Cllr Anita Desai</li><li>Cllr Robert Hale</li><li>Cllr Gillian Osborne</li><li>Vacancy</li></ul></div>
 <div class="widget"><h3>Useful Links</h3><ul><li><a href="https://www.nwleics.test/">North West Leicestershire District Council</a></li><li><a href="https://www.leicestershire.test/">Leicestershire County Council</a></li><li><a href="https://www.leicestershire.police.test/">Leicestershire Police</a></li><li><a href="https://www.nwleics.test/planning">Planning Applications (District)</a></li><li><a href="https://www.fixmystreet.test/">Report a Pothole</a></li></ul></div>
</aside>""" if side else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/css/parish.css?v=3">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lato:wght@400;700&amp;display=swap">
<style>body{{font-family:Lato,Arial,sans-serif;color:#222;background:#f5f3ee}}#wrap{{max-width:1080px;margin:0 auto;background:#fff}}#masthead{{background:#2f5d3a url(/images/church-banner.jpg) center/cover;color:#fff;padding:40px 30px}}#nav ul{{list-style:none;margin:0;padding:0;background:#1f3f27}}#nav li{{display:inline-block;position:relative}}#nav a{{color:#fff;padding:12px 16px;display:block;text-decoration:none}}#nav ul ul{{display:none;position:absolute;background:#2f5d3a;min-width:220px}}#nav li:hover>ul{{display:block}}#content{{float:left;width:68%;padding:20px 30px}}#sidebar{{float:right;width:26%;padding:20px 10px}}.doclist li{{margin:6px 0}}.newsdate{{color:#777;font-size:.9em}}#footer{{clear:both;background:#1f3f27;color:#ddd;padding:20px 30px;font-size:.85em}}</style>
</head>
<body>
<div id="wrap">
{_sprite(["phone", "mail", "pdf", "calendar", "map-pin", "leaf", "church", "school", "bus", "tree", "bench", "lamp"], 4)}
<div id="cookie-notice" role="dialog" aria-live="polite">This website uses cookies to improve your experience. <a href="/privacy/">Read our privacy notice</a> <button type="button" onclick="this.parentNode.style.display='none'">OK</button></div>
<header id="masthead"><a href="/"><img src="/images/logo-crest.png" alt="" width="80" height="80" style="float:left;margin-right:15px"></a><p class="site-title" style="font-size:2em;margin:0">Little Ashby Parish Council</p><p class="site-tagline">Serving the parish of Little Ashby, Leicestershire</p></header>
<nav id="nav"><ul>
<li><a href="/">Home</a></li>
<li><a href="/council/">The Council</a><ul><li><a href="/council/councillors/">Councillors</a></li><li><a href="/council/clerk/">The Clerk</a></li><li><a href="/meetings/">Meetings</a></li><li><a href="/meetings/agendas/">Agendas</a></li><li><a href="/meetings/minutes/">Minutes</a></li><li><a href="/council/policies/">Policies &amp; Procedures</a></li><li><a href="/council/finance/">Finance &amp; Audit</a></li><li><a href="/council/transparency/">Transparency Code</a></li><li><a href="/council/vacancies/">Vacancies</a></li></ul></li>
<li><a href="/village/">The Village</a><ul><li><a href="/village/history/">History</a></li><li><a href="/village/st-helens-church/">St Helen&#39;s Church</a></li><li><a href="/village/school/">Little Ashby C of E Primary</a></li><li><a href="/village/village-hall/">Village Hall</a></li><li><a href="/village/allotments/">Allotments</a></li><li><a href="/village/clubs/">Clubs &amp; Societies</a></li><li><a href="/village/neighbourhood-plan/">Neighbourhood Plan</a></li></ul></li>
<li><a href="/news/">News</a></li>
<li><a href="/contact/">Contact</a></li>
</ul></nav>
<div id="main">
<div id="content">{body}</div>
{sidebar}
</div>
<footer id="footer">
<p>Little Ashby Parish Council, c/o The Parish Office, Village Hall, Main Street, Little Ashby, Leicestershire LE67 5XX</p>
<p><a href="/accessibility/">Accessibility Statement</a> (last reviewed 12/03/2026) | <a href="/privacy/">Privacy Notice</a> | <a href="/council/transparency/">Transparency</a> | <a href="/sitemap/">Sitemap</a></p>
<p>&copy; 2026 Little Ashby Parish Council. All rights reserved. Website by <a href="https://www.parishwebsites.test/">Parish Websites Ltd</a>.</p>
</footer>
</div>
<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/menu.js"></script>
</body></html>"""


_LA_NEWS = [
    (date(2026, 10, 21), "remembrance-sunday-2026", "Remembrance Sunday &ndash; Church Lane closed 10.30am to 12 noon", "The Act of Remembrance will take place at the War Memorial at 10.50am followed by a service in St Helen&#39;s Church."),
    (date(2026, 10, 2), "defibrillator-installed", "Community defibrillator now installed at the Village Hall", "Thanks to a grant from the Co-op Local Community Fund a public-access defibrillator is now in place on the Village Hall wall."),
    (date(2026, 9, 14), "grass-cutting-quote", "Grass cutting contract 2027&ndash;2029: invitation to quote", "The Council invites quotations for the cutting of verges, the churchyard and the playing field."),
    (date(2026, 8, 3), "play-area-inspection", "Annual play area inspection completed", "The RoSPA inspection found the play area to be low risk; minor repairs to the swings are scheduled."),
    (date(2026, 6, 22), "precept-2026", "Annual Governance and Accountability Return 2025/26", "The AGAR and notice of the period for the exercise of public rights are now available."),
]

# (meeting, date, file)
_LA_AGENDAS = [
    ("Full Council", date(2026, 11, 25), "2026-11-25-agenda-full-council.pdf"),
    ("Planning Committee", date(2026, 11, 11), "2026-11-11-agenda-planning.pdf"),
    ("Full Council", date(2026, 10, 14), "2026-10-14-agenda-full-council.pdf"),
    ("Full Council", date(2026, 9, 9), "2026-09-09-agenda-full-council.pdf"),
    ("Planning Committee", date(2026, 9, 9), "2026-09-09-agenda-planning.pdf"),
    ("Full Council", date(2026, 7, 8), "2026-07-08-agenda-full-council.pdf"),
    ("Annual Parish Meeting", date(2026, 5, 13), "2026-05-13-agenda-annual-parish-meeting.pdf"),
    ("Annual Meeting of the Council", date(2026, 5, 13), "2026-05-13-agenda-annual-meeting.pdf"),
    ("Full Council", date(2026, 3, 11), "2026-03-11-agenda-full-council.pdf"),
    ("Full Council", date(2026, 1, 14), "2026-01-14-agenda-full-council.pdf"),
]

_LA_MINUTES = [
    ("", date(2026, 10, 14), "2026-10-14-minutes-draft.pdf", " (draft)"),
    ("Planning Committee ", date(2026, 9, 9), "2026-09-09-minutes-planning.pdf", ""),
    ("", date(2026, 9, 9), "2026-09-09-minutes.pdf", ""),
    ("", date(2026, 7, 8), "2026-07-08-minutes.pdf", ""),
    ("Annual Parish Meeting ", date(2026, 5, 13), "2026-05-13-minutes-apm.pdf", ""),
    ("", date(2026, 5, 13), "2026-05-13-minutes-annual.pdf", ""),
    ("", date(2026, 3, 11), "2026-03-11-minutes.pdf", ""),
    ("", date(2026, 1, 14), "2026-01-14-minutes.pdf", ""),
    ("", date(2025, 11, 12), "2025-11-12-minutes.pdf", ""),
    ("", date(2025, 9, 10), "2025-09-10-minutes.pdf", ""),
]


def _la_agenda_li(meeting: str, d: date, f: str) -> str:
    return f'<li><a href="/documents/agendas/{f}" target="_blank">Agenda &ndash; {meeting} {d.day} {d.strftime("%B")} {d.year}</a> <span class="filesize">(PDF, {120 + d.day * 3}KB)</span></li>'


def _la_minutes_li(prefix: str, d: date, f: str, suffix: str) -> str:
    return f'<li><a href="/documents/minutes/{f}" target="_blank">Minutes {prefix}{d.day} {d.strftime("%B")} {d.year}{suffix}</a> <span class="filesize">(PDF, {180 + d.day * 4}KB)</span></li>'


def _la_home() -> str:
    news = "".join(
        f'<li><a href="/news/{s}/">{t}</a><br><span class="newsdate">Posted {_uk_long(d)}</span></li>'
        for d, s, t, _ in _LA_NEWS[:3]
    )
    body = f"""
<h1>Welcome to Little Ashby Parish Council</h1>
<p>Little Ashby is a rural parish of around 900 residents in North West Leicestershire. The Parish Council is the first tier of local government and meets on the second Wednesday of most months at 7.30pm in the Village Hall. Members of the public are very welcome to attend and there is a public participation session at the start of each meeting.</p>
<p>The Council is responsible for the playing field and play area, allotments, bus shelters, the war memorial, street lighting on Main Street and the closed churchyard, and comments on planning applications made to the District Council.</p>
<div class="homebox" id="latest-news"><h2>Latest News</h2><ul class="newslist">{news}</ul><p><a href="/news/">More news &raquo;</a></p></div>
<div class="homebox" id="agendas"><h2>Agendas</h2><ul class="doclist">{''.join(_la_agenda_li(*a) for a in _LA_AGENDAS[:3])}</ul><p><a href="/meetings/agendas/">All agendas &raquo;</a></p></div>
<div class="homebox" id="minutes"><h2>Minutes</h2><ul class="doclist">{''.join(_la_minutes_li(*m) for m in _LA_MINUTES[:3])}</ul><p><a href="/meetings/minutes/">All minutes &raquo;</a></p></div>
<div class="homebox" id="vacancies"><h2>Vacancies</h2><ul><li><a href="/council/vacancies/">Vacancy for a Parish Councillor &ndash; co-option</a><br><span class="newsdate">Posted {_uk_long(date(2025, 6, 2))}</span></li></ul></div>
<div class="homebox" id="next-meeting"><h2>Next Meeting</h2><p>Full Council, Wednesday 25th November 2026 at 7.30pm, Village Hall.</p></div>
<p><img src="/images/village-green.jpg" alt="The village green in summer" width="640" height="360"></p>
"""
    return _la_page("Little Ashby Parish Council - Home", body)


def _la_news_page() -> str:
    items = "".join(
        f'<div class="newsitem"><h2><a href="/news/{s}/">{t}</a></h2><p class="newsdate">Posted {_uk_long(d)}</p><p>{x}</p></div>'
        for d, s, t, x in _LA_NEWS
    )
    return _la_page("News - Little Ashby Parish Council", f"<h1>News</h1>{items}")


def _la_agendas_page() -> str:
    by_year: dict[int, list[str]] = {}
    for a in _LA_AGENDAS:
        by_year.setdefault(a[1].year, []).append(_la_agenda_li(*a))
    body = "<h1>Agendas</h1><p>Agendas are published at least three clear days before each meeting, on this website and on the noticeboard outside the Village Hall.</p>" + "".join(
        f'<h2>{y}</h2><ul class="doclist">{"".join(v)}</ul>' for y, v in by_year.items()
    ) + '<h2>2025</h2><ul class="doclist"><li><a href="/documents/agendas/2025-archive.zip">2025 agendas (ZIP archive)</a></li></ul>'
    return _la_page("Agendas - Little Ashby Parish Council", body)


def _la_minutes_page() -> str:
    by_year: dict[int, list[str]] = {}
    for m in _LA_MINUTES:
        by_year.setdefault(m[1].year, []).append(_la_minutes_li(*m))
    body = "<h1>Minutes</h1><p>Draft minutes are published within one month of the meeting and approved at the following meeting.</p>" + "".join(
        f'<h2>{y}</h2><ul class="doclist">{"".join(v)}</ul>' for y, v in by_year.items()
    )
    return _la_page("Minutes - Little Ashby Parish Council", body)


def _la_vacancies_page() -> str:
    body = f"""<h1>Vacancies</h1>
<div class="newsitem"><h2>Vacancy for a Parish Councillor &ndash; co-option</h2><p class="newsdate">Posted {_uk_long(date(2025, 6, 2))}</p>
<p>Following the resignation of a councillor, a vacancy exists on Little Ashby Parish Council. As no election was called, the Council intends to fill the vacancy by co-option. Applicants must be 18 or over and live or work in or within three miles of the parish.</p>
<p>Please send a short statement about yourself to the Clerk by <strong>30th June 2025</strong>. <a href="/documents/co-option-application-form.docx">Application form (Word)</a></p></div>"""
    return _la_page("Vacancies - Little Ashby Parish Council", body)


_site(
    "www.littleashby-pc.test",
    {
        "/": _la_home(),
        "/news/": _la_news_page(),
        "/meetings/agendas/": _la_agendas_page(),
        "/meetings/minutes/": _la_minutes_page(),
        "/council/vacancies/": _la_vacancies_page(),
    },
    SiteTruth(
        key="littleashby",
        host="www.littleashby-pc.test",
        name="Little Ashby Parish Council",
        status="stale",
        passed=True,
        must=("column_stale",),
        must_not=("homepage_stale", "column_empty", "abandoned", "future_dated", "undated", *HIJACK_NO),
        columns=(
            ColumnTruth("Latest News", "news", date(2026, 10, 21), why="30 days: stale news column"),
            ColumnTruth("Agendas", "other", date(2026, 11, 11), why="a meeting's notice; its date is the meeting's (25 November is ahead: an event date, not a faked one)"),
            ColumnTruth("Minutes", "other", date(2026, 10, 14), why="records of meetings held: no update class"),
            ColumnTruth("Vacancies", "personnel", date(2025, 6, 2), why="536 days: stale personnel column"),
        ),
        last_updated=date(2026, 11, 11),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 11),
        list_pages={
            "/news/": ListTruth(date(2026, 10, 21)),
            "/meetings/agendas/": ListTruth(date(2026, 11, 11)),
            "/meetings/minutes/": ListTruth(date(2026, 10, 14)),
            "/council/vacancies/": ListTruth(date(2025, 6, 2), why="30th June 2025 is the closing date"),
        },
        why="two stale columns (news, personnel) are below the veto counts: status stale (any column_stale is), yet it passes",
    ),
)


# ---------------------------------------------------------------------------
# 5. Kilmore County Council (Ireland): homepage nothing new for 23 days
# ---------------------------------------------------------------------------

_KM_SERVICES = [
    ("Housing", ["Apply for Social Housing", "Housing Assistance Payment", "Tenant Purchase Scheme", "Housing Adaptation Grants", "Homeless Services", "Vacant Property Refurbishment Grant"]),
    ("Planning", ["Make a Planning Application", "Search Planning Applications", "Weekly Planning Lists", "Development Plan", "Local Area Plans", "Enforcement", "Protected Structures"]),
    ("Roads &amp; Transport", ["Road Closures", "Road Opening Licences", "Parking", "Public Lighting", "Winter Maintenance", "Active Travel"]),
    ("Environment", ["Waste &amp; Recycling", "Litter", "Water Quality", "Climate Action", "Burial Grounds", "Dog Control"]),
    ("Community", ["Community Grants", "Libraries", "Arts Office", "Heritage", "Sports Partnership", "Age Friendly", "Public Participation Network"]),
    ("Business", ["Local Enterprise Office", "Rates", "Tourism", "Procurement", "Casual Trading"]),
    ("Your Council", ["Councillors", "Council Meetings", "Chief Executive", "Annual Budget", "Freedom of Information", "Data Protection", "Customer Service Charter"]),
]


def _km_slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower().replace("&amp;", "and")).strip("-").replace("--", "-")


def _km_page(title: str, body: str) -> str:
    mega = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="/services/{_km_slug(t)}">{t}</a><div class="mega-menu"><ul class="menu">'
        + "".join(f'<li class="menu-item"><a href="/services/{_km_slug(t)}/{_km_slug(x)}">{x}</a></li>' for x in xs)
        + "</ul></div></li>"
        for t, xs in _KM_SERVICES
    )
    return f"""<!DOCTYPE html>
<html lang="en-IE" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="description" content="Official website of Kilmore County Council - Comhairle Contae Chill Mhór" />
<link rel="stylesheet" media="all" href="/themes/custom/kcc/dist/css/style.css?t4x7kq" />
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7a8b9c0d-kcc"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"drupalLanguage":"en","drupalCountry":"IE","siteName":"Kilmore County Council","entityType":"node"}});</script>
</head>
<body class="page-node-type-homepage">
{_sprite(["housing", "planning", "roads", "environment", "community", "business", "council", "library", "fire", "water", "motor-tax", "payments", "search", "chevron-down", "facebook", "x", "instagram", "linkedin"], 5)}
{_cookie_banner("kilmorecoco.test", "/cookie-policy")}
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="top-bar"><div class="container"><ul class="top-bar__links"><li><a href="/ga">Gaeilge</a></li><li><a href="/contact-us">Contact Us</a></li><li><a href="https://www.motortax.test/">Motor Tax</a></li><li><a href="https://payments.kilmorecoco.test/">Online Payments</a></li><li><a href="/services/your-council/freedom-of-information">FOI</a></li></ul></div></div>
<header class="site-header"><div class="container">
 <a href="/" class="site-logo" rel="home"><img src="/themes/custom/kcc/logo.svg" alt="Kilmore County Council - Comhairle Contae Chill Mhór" width="260" height="70" /></a>
 <form class="search-form" action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="What are you looking for?" /><button type="submit">Search</button></form>
</div>
<nav class="main-navigation" aria-label="Main navigation"><div class="container"><ul class="menu menu--main">{mega}<li class="menu-item"><a href="/news">News</a></li></ul></div></nav>
</header>
<main id="main-content" role="main"><div class="container">{body}</div></main>
<footer class="site-footer"><div class="container">
 <div class="footer-col"><h2>Kilmore County Council</h2><p>Áras an Chontae, Main Street, Kilmore, Co. Kilmore, H12 X4K7<br />Tel: +353 (0)49 555 0000<br />Email: <a href="mailto:customerservice@kilmorecoco.test">customerservice@kilmorecoco.test</a></p><p>Opening hours: Monday to Friday 9.00am &ndash; 5.00pm (Cash Office closes 4.00pm)</p></div>
 <div class="footer-col"><h2>Out of Hours Emergency</h2><p>Roads, water and fire emergencies outside office hours: 1800 555 111</p></div>
 <div class="footer-col"><h2>Follow Us</h2><ul class="social"><li><a href="https://www.facebook.com/KilmoreCoCo">Facebook</a></li><li><a href="https://x.com/KilmoreCoCo">X</a></li><li><a href="https://www.instagram.com/kilmorecoco">Instagram</a></li><li><a href="https://www.linkedin.com/company/kilmore-county-council">LinkedIn</a></li></ul></div>
 <div class="footer-bottom"><ul class="menu"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy-statement">Privacy Statement</a></li><li><a href="/cookie-policy">Cookie Policy</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/sitemap">Sitemap</a></li></ul><p>&copy; Kilmore County Council 2026</p></div>
</div></footer>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/themes/custom/kcc/dist/js/main.js?t4x7kq"></script>
</body></html>"""


_KM_NEWS = [
    (date(2026, 10, 28), "kilmore-county-council-adopts-budget-2027", "Kilmore County Council adopts Budget 2027", "Members adopted a revenue budget of &euro;118.4 million at the statutory Budget Meeting."),
    (date(2026, 10, 22), "winter-service-plan-2026-2027", "Winter Service Plan 2026/2027 published", "Gritting will be carried out on 612 km of priority routes across the county this winter."),
    (date(2026, 10, 15), "library-culture-night-2026", "Record attendance at Culture Night events in county libraries", "More than 3,000 people attended 41 events at eight library branches."),
    (date(2026, 10, 2), "active-travel-scheme-ballyconnell-road", "Works begin on Ballyconnell Road Active Travel Scheme", "The scheme will provide 1.8 km of segregated cycle track and upgraded footpaths."),
    (date(2026, 9, 24), "community-climate-action-fund", "Community Climate Action Programme: second call for projects", "Community groups can apply for funding of up to &euro;50,000 for local climate projects."),
    (date(2026, 9, 11), "tidy-towns-results-2026", "Congratulations to Kilmore&rsquo;s Tidy Towns winners", "Four towns and villages in the county received gold medals in the national competition."),
]

_KM_NOTICES = [
    ("11/10/2026", "Notice of Intention to Make a Temporary Closing of Road &ndash; R584 at Drumlane (Road Resurfacing)", "temporary-road-closure-r584-drumlane"),
    ("30/09/2026", "Section 38 Road Traffic Act 1994 &ndash; Traffic Calming Measures, Main Street, Belturbet", "section-38-traffic-calming-belturbet"),
    ("25/09/2026", "Notice of Proposed Disposal of Land at Cootehill Road, Kilmore (Section 183)", "section-183-disposal-cootehill-road"),
    ("18/09/2026", "Derelict Sites Act 1990 &ndash; Notice under Section 8(2): 14 Bridge Street, Ballyjamesduff", "derelict-sites-14-bridge-street"),
]

_KM_CONSULT = [
    ("21/10/2026", "04/12/2026", "Draft Kilmore County Development Plan 2028&ndash;2034: Pre-Draft Public Consultation", "pre-draft-development-plan-2028-2034"),
    ("07/10/2026", "18/11/2026", "Proposed Part 8 Development: 24 Social Housing Units at Ashgrove, Bailieborough", "part-8-ashgrove-bailieborough"),
    ("15/09/2026", "27/10/2026", "Draft Age Friendly Strategy 2026&ndash;2030", "draft-age-friendly-strategy"),
]


def _km_news_card(d: date, slug: str, title: str, summary: str) -> str:
    return (
        f'<article class="card card--news"><a href="/news/{slug}" class="card__link"><img src="/sites/default/files/styles/card/public/{d.year}-{d.month:02d}/{slug}.jpg" alt="" loading="lazy" />'
        f'<div class="card__body"><span class="card__date">{_uk_long(d)}</span><h3 class="card__title">{title}</h3><p class="card__summary">{summary}</p></div></a></article>'
    )


def _km_home() -> str:
    news = "".join(_km_news_card(*n) for n in _KM_NEWS[:4])
    notices = "".join(f'<li class="notice"><span class="notice__date">{d}</span> <a href="/public-notices/{s}">{t}</a></li>' for d, t, s in _KM_NOTICES[:3])
    consult = "".join(
        f'<li class="consultation"><a href="https://consult.kilmorecoco.test/en/consultation/{s}">{t}</a><div class="consultation__dates">Opened: {o} &middot; Closing date: {c}</div></li>'
        for o, c, t, s in _KM_CONSULT[:2]
    )
    tiles = "".join(
        f'<li class="service-tile"><a href="/services/{_km_slug(t)}"><span class="service-tile__icon icon-{_km_slug(t)}" aria-hidden="true"></span><span class="service-tile__label">{t}</span></a></li>'
        for t, _ in _KM_SERVICES
    )
    body = f"""
<section class="hero"><h1 class="visually-hidden">Kilmore County Council</h1><div class="hero__text"><p class="hero__title">Fáilte &ndash; Welcome to Kilmore County Council</p><p>Delivering services for the people of County Kilmore.</p></div></section>
<section class="services-grid" aria-labelledby="services-heading"><h2 id="services-heading">Our Services</h2><ul class="service-tiles">{tiles}</ul></section>
<section class="home-news" aria-labelledby="news-heading"><h2 id="news-heading">Latest News</h2><div class="card-grid">{news}</div><a class="button button--more" href="/news">View all news</a></section>
<div class="home-columns">
 <section class="home-notices" aria-labelledby="notices-heading"><h2 id="notices-heading">Public Notices</h2><ul class="notice-list">{notices}</ul><a class="link--more" href="/public-notices">All public notices</a></section>
 <section class="home-consultations" aria-labelledby="consult-heading"><h2 id="consult-heading">Public Consultations</h2><ul class="consultation-list">{consult}</ul><a class="link--more" href="/public-consultations">All consultations</a></section>
</div>
<section class="home-meetings"><h2>Council Meetings</h2><p>The next Monthly Meeting of Kilmore County Council takes place on Monday 23rd November 2026 at 2.00pm in the Council Chamber and is streamed live on the Council&rsquo;s website.</p><p><a href="/services/your-council/council-meetings">Agendas, minutes and webcasts</a></p></section>
<section class="home-social"><h2>Stay Informed</h2><p>Get road closure, water outage and severe weather updates from the Council on our <a href="https://www.facebook.com/KilmoreCoCo">social media channels</a> and <a href="https://www.kilmorecoco.test/alerts">text alert service</a>.</p></section>
"""
    return _km_page("Kilmore County Council | Comhairle Contae Chill Mhór", body)


def _km_news_page() -> str:
    items = "".join(_km_news_card(*n) for n in _KM_NEWS)
    body = f"""<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>News</li></ol></nav><h1>News</h1>
<div class="views-element-container"><div class="view view-news"><div class="view-content card-grid">{items}</div>
<nav class="pager" role="navigation"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item"><a href="?page=2">3</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next &rsaquo;</a></li></ul></nav></div></div>"""
    return _km_page("News | Kilmore County Council", body)


def _km_notices_page() -> str:
    rows = "".join(f'<tr><td>{d}</td><td><a href="/public-notices/{s}">{t}</a></td></tr>' for d, t, s in [*_KM_NOTICES, ("04/09/2026", "Casual Trading Bye-Laws 2026 &ndash; Notice of Making", "casual-trading-bye-laws-2026"), ("21/08/2026", "Notice of Intention to Make a Temporary Closing of Road &ndash; L2511 Killeshandra Agricultural Show", "temporary-closing-l2511-show")])
    body = f"""<h1>Public Notices</h1><p>Statutory notices published by Kilmore County Council.</p>
<table class="table table--notices"><thead><tr><th scope="col">Date</th><th scope="col">Notice</th></tr></thead><tbody>{rows}</tbody></table>"""
    return _km_page("Public Notices | Kilmore County Council", body)


def _km_consult_page() -> str:
    items = "".join(
        f'<article class="consultation-teaser"><h2><a href="https://consult.kilmorecoco.test/en/consultation/{s}">{t}</a></h2><dl><dt>Opened</dt><dd>{o}</dd><dt>Closing date</dt><dd>{c}</dd></dl></article>'
        for o, c, t, s in _KM_CONSULT
    )
    body = f"<h1>Public Consultations</h1><p>Have your say on plans, strategies and proposed developments.</p>{items}"
    return _km_page("Public Consultations | Kilmore County Council", body)


_site(
    "www.kilmorecoco.test",
    {
        "/": _km_home(),
        "/news": _km_news_page(),
        "/public-notices": _km_notices_page(),
        "/public-consultations": _km_consult_page(),
    },
    SiteTruth(
        key="kilmore",
        host="www.kilmorecoco.test",
        name="Kilmore County Council",
        status="stale",
        passed=False,
        must=("homepage_stale", "column_stale"),
        must_not=("column_empty", "abandoned", "future_dated", "undated", *HIJACK_NO),
        columns=(
            ColumnTruth("Latest News", "news", date(2026, 10, 28)),
            ColumnTruth("Public Notices", "notice", date(2026, 10, 11), why="11/10/2026 is 11 October on an Irish site (28/10, 30/09 settle the order), not 10 November"),
            ColumnTruth("Public Consultations", "interaction", date(2026, 10, 21), why="consultations: opened 21/10; closing dates are deadlines"),
        ),
        last_updated=date(2026, 10, 28),
        home_status="stale",
        home_passed=False,
        home_must=("homepage_stale",),
        home_must_not=("abandoned", *HIJACK_NO),
        homepage_newest=date(2026, 10, 28),
        list_pages={
            "/news": ListTruth(date(2026, 10, 28)),
            "/public-notices": ListTruth(date(2026, 10, 11)),
            "/public-consultations": ListTruth(date(2026, 10, 21)),
        },
        why="newest item 28 October (23 days); a day-first 11/10/2026 read month-first would fake a fresh homepage",
    ),
)


# ---------------------------------------------------------------------------
# 6. Waimārie Regional Council (New Zealand): SilverStripe, relative dates
# ---------------------------------------------------------------------------

_WR_MENU = {
    "Environment": ["Air quality", "Biosecurity and pests", "Biodiversity", "Coast and marine", "Land and soil", "Rivers and lakes", "Groundwater", "Climate change"],
    "Resource consents": ["Do I need a consent?", "Apply for a consent", "Consent fees", "Notified applications", "Compliance and monitoring", "Farm environment plans"],
    "Transport": ["Bus timetables", "Bee Card", "Total Mobility", "Regional Land Transport Plan", "Road safety"],
    "Civil Defence": ["Get ready", "Hazards", "Flood protection", "Tsunami evacuation zones", "River levels and rainfall", "Emergency Mobile Alerts"],
    "Your council": ["Councillors", "Council meetings", "Long Term Plan", "Annual report", "Rates", "Māori partnerships", "Careers", "Official information requests"],
}


def _wr_page(title: str, body: str) -> str:
    menu = "".join(
        f'<li class="nav-item has-children"><a href="/{t.lower().replace(" ", "-")}/" class="nav-link">{t}</a><div class="mega"><ul>'
        + "".join(f'<li><a href="/{t.lower().replace(" ", "-")}/{x.lower().replace(" ", "-").replace("?", "").replace("ā", "a")}/">{x}</a></li>' for x in xs)
        + "</ul></div></li>"
        for t, xs in _WR_MENU.items()
    )
    sprite = "<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">" + "".join(
        f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm{i}.{i} 15h-2v-6h2v6zm0-8h-2V7h2v2z"/></symbol>'
        for i, n in enumerate(["info", "warning", "bus", "river", "rain", "leaf", "water", "map", "phone", "mail", "search", "menu", "close", "chevron", "facebook", "instagram", "youtube", "linkedin"])
    ) + "</svg>"
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<base href="http://www.waimarie-rc.test/"><!--[if lte IE 6]></base><![endif]-->
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Silverstripe CMS 5.2">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/_resources/themes/wrc/dist/css/app.css?m=1730851200" />
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-WRC2026');</script>
</head>
<body class="HomePage">
{sprite}
{_sprite(["kayak", "fish", "bird", "tractor", "tide", "flood", "quake", "fire-ban", "bike", "walk"], 6)}
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
 <div class="container"><a class="brand" href="/"><img src="/_resources/themes/wrc/dist/images/logo.svg" alt="Waimārie Regional Council | Te Kaunihera ā-Rohe o Waimārie" width="280" height="64"></a>
 <ul class="header-actions"><li><a href="/your-council/rates/">Pay rates</a></li><li><a href="/report-a-problem/">Report a problem</a></li><li><a href="/contact-us/">Contact us</a></li></ul>
 <form class="site-search" action="/search/SearchForm" method="get"><label for="q" class="sr-only">Search</label><input id="q" name="Search" type="search" placeholder="Search our site"><button type="submit"><svg class="icon"><use xlink:href="#icon-search"></use></svg></button></form></div>
 <nav class="main-nav" aria-label="Main"><div class="container"><ul class="nav">{menu}</ul></div></nav>
</header>
<main id="main" class="main">{body}</main>
<footer class="site-footer"><div class="container">
 <div class="footer-col"><h2>Contact us</h2><p>0800 555 246 (24 hours, 7 days)<br><a href="mailto:info@waimarie-rc.test">info@waimarie-rc.test</a></p><p>Regional House, 5 Quay Street, Whakatere 3010<br>PO Box 364, Whakatere 3040</p></div>
 <div class="footer-col"><h2>Popular</h2><ul><li><a href="/transport/bus-timetables/">Bus timetables</a></li><li><a href="/civil-defence/river-levels-and-rainfall/">River levels and rainfall</a></li><li><a href="/resource-consents/apply-for-a-consent/">Apply for a consent</a></li><li><a href="/your-council/careers/">Careers</a></li></ul></div>
 <div class="footer-col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.facebook.com/WaimarieRC"><svg class="icon"><use xlink:href="#icon-facebook"></use></svg> Facebook</a></li><li><a href="https://www.instagram.com/waimarierc"><svg class="icon"><use xlink:href="#icon-instagram"></use></svg> Instagram</a></li><li><a href="https://www.youtube.com/@WaimarieRC"><svg class="icon"><use xlink:href="#icon-youtube"></use></svg> YouTube</a></li></ul></div>
 <div class="footer-legal"><a href="/privacy/">Privacy</a> <a href="/accessibility/">Accessibility</a> <a href="/copyright/">Copyright</a> <span>&copy; Waimārie Regional Council 2026</span> <a href="https://www.govt.nz.test/" class="govt-logo"><img src="/_resources/themes/wrc/dist/images/nzgovt.svg" alt="New Zealand Government" width="140" height="20"></a></div>
</div></footer>
<script src="/_resources/themes/wrc/dist/js/app.js?m=1730851200"></script>
</body></html>"""


# (shown date, real date, title, slug)
_WR_NEWS = [
    ("2 days ago", date(2026, 11, 18), "Kaituna River mouth reopened after weekend swell", "kaituna-river-mouth-reopened"),
    ("4 days ago", date(2026, 11, 16), "Wilding pine control work starts on the Rangitāiki Plains", "wilding-pine-control-rangitaiki"),
    ("12/11/2026", date(2026, 11, 12), "New electric buses join the Whakatere network", "new-electric-buses-whakatere"),
    ("05/11/2026", date(2026, 11, 5), "Swim spot water quality monitoring begins for summer", "swim-spot-monitoring-summer"),
    ("28/10/2026", date(2026, 10, 28), "Council adopts Regional Pest Management Plan review", "regional-pest-management-plan-review"),
    ("21/10/2026", date(2026, 10, 21), "Kiwi Conservation Club celebrates 10 years at Ōhope", "kiwi-conservation-ohope"),
]

_WR_NOTICES = [
    ("16/11/2026", "Notice of hearing: Resource consent application RM26-0412 &ndash; Tasman Dairy Co-op wastewater discharge", "rm26-0412-hearing"),
    ("13/11/2026", "Publicly notified application: RM26-0388 &ndash; Matatā quarry expansion (submissions close 11/12/2026)", "rm26-0388-matata-quarry"),
    ("02/11/2026", "Notice of Council meeting schedule for December 2026", "council-meeting-schedule-december"),
    ("29/10/2026", "Proposed Plan Change 9 (Region-wide Water Quantity) &ndash; decisions released", "plan-change-9-decisions"),
]


def _wr_home() -> str:
    news = "".join(
        f'<div class="news-card"><a href="/news/{s}/"><img src="/assets/News/{s}__FillWzYwMCwzNjBd.jpg" alt="" loading="lazy"><div class="news-card__body"><p class="news-card__date">{shown}</p><h3 class="news-card__title">{t}</h3></div></a></div>'
        for shown, _, t, s in _WR_NEWS[:4]
    )
    notices = "".join(f'<li><span class="date">{d}</span> <a href="/public-notices/{s}/">{t}</a></li>' for d, t, s in _WR_NOTICES)
    return _wr_page("Home | Waimārie Regional Council", f"""
<section class="hero"><div class="container"><h1>Thriving together &ndash; mō te taiao, mō ngā tāngata</h1><p>We look after the region&rsquo;s rivers, lakes, air, land and coast, run the regional bus network and keep communities safe from floods.</p></div></section>
<section class="alert-strip"><div class="container"><svg class="icon"><use xlink:href="#icon-river"></use></svg> <a href="/civil-defence/river-levels-and-rainfall/">River levels and rainfall</a> &ndash; data updated 20/11/2026 10:15am</div></section>
<section class="quick-links"><div class="container"><ul>
<li><a href="/transport/bus-timetables/"><svg class="icon"><use xlink:href="#icon-bus"></use></svg>Bus timetables</a></li><li><a href="/resource-consents/apply-for-a-consent/"><svg class="icon"><use xlink:href="#icon-leaf"></use></svg>Apply for a consent</a></li>
<li><a href="/environment/biosecurity-and-pests/"><svg class="icon"><use xlink:href="#icon-leaf"></use></svg>Report a pest</a></li><li><a href="/your-council/rates/"><svg class="icon"><use xlink:href="#icon-map"></use></svg>Rates</a></li>
<li><a href="/report-a-problem/"><svg class="icon"><use xlink:href="#icon-warning"></use></svg>Report pollution</a></li><li><a href="/your-council/council-meetings/"><svg class="icon"><use xlink:href="#icon-info"></use></svg>Council meetings</a></li></ul></div></section>
<section class="home-news"><div class="container"><h2>Latest news</h2><div class="news-grid">{news}</div><p><a class="btn" href="/news/">More news</a></p></div></section>
<section class="home-notices"><div class="container"><div class="row">
 <div class="col-md-7"><h2>Public notices</h2><ul class="notice-list">{notices}</ul><p><a href="/public-notices/">All public notices</a></p></div>
 <div class="col-md-5"><h2>Have your say</h2><div class="consultation"><h3><a href="https://haveyoursay.waimarie-rc.test/rltp">Draft Regional Land Transport Plan 2027&ndash;2037</a></h3><p>Submissions close Monday 14 December 2026.</p></div><div class="consultation"><h3><a href="https://haveyoursay.waimarie-rc.test/bus-fares">Bus fares review</a></h3><p>Submissions close 30 November 2026.</p></div></div>
</div></div></section>
<section class="home-promo"><div class="container"><h2>Toitū te Taiao</h2><p>Find out how your rates are invested in catchment restoration, flood protection and public transport in our <a href="/your-council/annual-report/">Annual Report 2025/26</a>.</p></div></section>
""")


def _wr_news_page() -> str:
    items = "".join(
        f'<article class="news-listing__item"><h2><a href="/news/{s}/">{t}</a></h2><p class="meta">{shown}</p><p>Read more about {t[0].lower() + t[1:]}.</p></article>'
        for shown, _, t, s in _WR_NEWS
    )
    return _wr_page("News | Waimārie Regional Council", f"""<div class="container"><nav class="breadcrumbs"><a href="/">Home</a> / News</nav><h1>News</h1>
<div class="news-listing">{items}</div>
<nav class="pagination"><ul><li class="active"><span>1</span></li><li><a href="/news/?start=6">2</a></li><li><a href="/news/?start=12">3</a></li><li><a href="/news/?start=6" class="next">Next</a></li></ul></nav></div>""")


def _wr_notices_page() -> str:
    rows = "".join(f'<tr><td>{d}</td><td><a href="/public-notices/{s}/">{t}</a></td></tr>' for d, t, s in [*_WR_NOTICES, ("15/10/2026", "Notice of hearing: RM26-0301 &ndash; Rotoiti sewage scheme discharge", "rm26-0301-hearing"), ("01/10/2026", "Representation Review 2027 &ndash; final proposal", "representation-review-final")])
    return _wr_page("Public notices | Waimārie Regional Council", f"""<div class="container"><h1>Public notices</h1>
<p>Public notices are also published in the Whakatere Herald and the Eastern Times.</p>
<table class="table"><thead><tr><th>Date</th><th>Notice</th></tr></thead><tbody>{rows}</tbody></table></div>""")


_site(
    "www.waimarie-rc.test",
    {"/": _wr_home(), "/news/": _wr_news_page(), "/public-notices/": _wr_notices_page()},
    SiteTruth(
        key="waimarie",
        host="www.waimarie-rc.test",
        name="Waimārie Regional Council",
        status="healthy",
        passed=True,
        must=(),
        must_not=FRESH_NO + HIJACK_NO,
        columns=(
            ColumnTruth("Latest news", "news", date(2026, 11, 18), why="'2 days ago' on 2026-11-20; 12/11/2026 is 12 November in NZ"),
            ColumnTruth("Public notices", "notice", date(2026, 11, 16), why="day-first; 12/11 read month-first would be 11 December (future)"),
            ColumnTruth("Have your say", "interaction", None, required=False, why="consultations with closing dates only"),
        ),
        last_updated=date(2026, 11, 18),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 18),
        list_pages={
            "/news/": ListTruth(date(2026, 11, 18)),
            "/public-notices/": ListTruth(date(2026, 11, 16)),
        },
    ),
)


# ---------------------------------------------------------------------------
# 7. National Water Resources Agency (Philippines): GWT template, stale columns
# ---------------------------------------------------------------------------


def _ph(d: date, abbrev: bool = True) -> str:
    if abbrev and d.month not in (5, 6, 7):
        m = d.strftime("%b") + ("t." if d.month == 9 else ".")
    else:
        m = d.strftime("%B")
    return f"{m} {d.day}, {d.year}"


_NW_COLS: dict[str, tuple[str, list[tuple[date, str]]]] = {
    "press-releases": ("Press Releases", [
        (date(2026, 11, 17), "NWRA, LGUs sign pact on Marikina River basin water allocation"),
        (date(2026, 11, 12), "NWRA issues 1,240 water permits in third quarter"),
        (date(2026, 11, 4), "Agency launches online water permit application system"),
        (date(2026, 10, 29), "NWRA joins Water Security Summit 2026 in Iloilo"),
        (date(2026, 10, 21), "Groundwater monitoring wells installed in Metro Cebu"),
    ]),
    "advisories": ("Advisories", [
        (date(2026, 4, 10), "Advisory: Suspension of processing of water permit applications during El Ni&ntilde;o"),
        (date(2026, 1, 22), "Advisory: New schedule of Public Assistance and Complaints Desk"),
        (date(2025, 11, 28), "Advisory: Holiday office schedule"),
    ]),
    "memorandum-circulars": ("Memorandum Circulars", [
        (date(2026, 2, 3), "MC No. 2026-02: Revised guidelines on the issuance of conditional water permits"),
        (date(2025, 10, 15), "MC No. 2025-09: Water charges for bulk water suppliers"),
        (date(2025, 6, 30), "MC No. 2025-05: Procedures on protest and appeal cases"),
    ]),
    "invitation-to-bid": ("Invitation to Bid", [
        (date(2026, 5, 8), "ITB No. 2026-07: Supply and delivery of water level sensors (Re-bid)"),
        (date(2026, 3, 20), "ITB No. 2026-04: Procurement of ICT equipment"),
        (date(2026, 2, 11), "ITB No. 2026-02: Janitorial and security services CY 2026"),
    ]),
    "announcements": ("Announcements", [
        (date(2026, 3, 16), "Women&rsquo;s Month 2026 celebration activities"),
        (date(2026, 2, 2), "Results of the Customer Satisfaction Survey 2025"),
        (date(2025, 12, 5), "Citizen&rsquo;s Charter 2025 (2nd Edition) now available"),
    ]),
    "regional-news": ("Regional News", [
        (date(2026, 10, 20), "Region VII field office conducts water permit caravan in Bohol"),
        (date(2026, 9, 30), "Region XI hosts groundwater forum with Davao water districts"),
        (date(2026, 9, 8), "Region III monitors Angat dam releases"),
    ]),
    "careers": ("Job Vacancies", [
        (date(2026, 9, 1), "Engineer II (Plantilla Item No. NWRA-ENG2-14)"),
        (date(2026, 7, 14), "Administrative Officer IV (HRMO II)"),
        (date(2026, 6, 3), "Hydrologist I"),
    ]),
}


def _nw_li(slug: str, d: date, title: str, abbrev: bool = True) -> str:
    key = "".join(c for c in title.lower() if c.isalnum())[:40]
    return f'<li><a href="/{slug}/{d.year}/{d.month:02d}/{key}/">{title}</a><span class="date">{_ph(d, abbrev)}</span></li>'


def _nw_page(title: str, body: str) -> str:
    depts = ["About Us", "Mandate, Mission and Vision", "Organizational Structure", "Officials Directory", "Regional Offices", "Citizen&rsquo;s Charter", "Water Permits", "Water Rights", "Water Rates", "Groundwater Management", "River Basin Planning", "Transparency Seal", "Freedom of Information", "Bids and Awards", "Annual Procurement Plan", "Downloadable Forms", "Contact Us"]
    menu = "".join(f'<li class="menu-item"><a href="/{"".join(c if c.isalnum() else "-" for c in d.lower())}/">{d}</a></li>' for d in depts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<link rel="stylesheet" href="/wp-content/themes/gwt-wordpress/css/foundation.min.css">
<link rel="stylesheet" href="/wp-content/themes/gwt-wordpress/css/gwt.css?ver=2.3.1">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="home page-template-default">
{_sprite(["accessibility", "contrast", "font-up", "font-down", "skip", "seal", "foi", "water-drop", "dam", "well", "pipe", "permit", "chart", "facebook", "twitter", "youtube"], 7)}
<div id="gwt-standard-topbar" class="top-bar">
 <ul class="top-bar-left menu"><li><a href="https://www.gov.ph.test/">GOVPH</a></li><li><a href="https://www.gov.ph.test/data">Open Data Portal</a></li><li><a href="https://www.officialgazette.gov.ph.test/">Official Gazette</a></li></ul>
 <div class="top-bar-right"><div id="pst-container"><div class="pst-label">Philippine Standard Time:</div><div id="pst-time">Friday, November 20, 2026, 10:42:11 AM</div></div>
 <script>(function(){{var t=document.getElementById('pst-time');setInterval(function(){{var d=new Date();t.innerHTML=d.toLocaleString('en-PH',{{timeZone:'Asia/Manila',weekday:'long',year:'numeric',month:'long',day:'numeric',hour:'numeric',minute:'2-digit',second:'2-digit'}});}},1000);}})();</script></div>
</div>
<header id="masthead" class="site-header"><div class="row"><div class="large-12 columns"><a href="/" rel="home"><img src="/wp-content/uploads/2023/01/nwra-logo.png" alt="National Water Resources Agency" width="90" height="90"><span class="site-title">National Water Resources Agency</span><span class="site-subtitle">Republic of the Philippines</span></a></div></div></header>
<nav id="main-nav" class="top-bar"><ul class="dropdown menu" data-dropdown-menu><li><a href="/">Home</a></li>{menu}</ul></nav>
<div id="main-content" class="row">{body}</div>
<div id="gwt-standard-footer">
 <div class="row"><div class="large-3 columns"><img src="/wp-content/themes/gwt-wordpress/images/govph-seal-mono-footer.jpg" alt="Republic of the Philippines seal" width="150"></div>
 <div class="large-3 columns"><h4>Republic of the Philippines</h4><p>All content is in the public domain unless otherwise stated.</p></div>
 <div class="large-3 columns"><h4>About GOVPH</h4><p>Learn more about the Philippine government, its structure, how government works and the people behind it.</p><ul><li><a href="https://www.gov.ph.test/">GOV.PH</a></li><li><a href="https://www.gov.ph.test/data">Open Data Portal</a></li><li><a href="https://www.officialgazette.gov.ph.test/">Official Gazette</a></li></ul></div>
 <div class="large-3 columns"><h4>Government Links</h4><ul><li><a href="https://president.gov.ph.test/">Office of the President</a></li><li><a href="https://ovp.gov.ph.test/">Office of the Vice President</a></li><li><a href="https://senate.gov.ph.test/">Senate of the Philippines</a></li><li><a href="https://congress.gov.ph.test/">House of Representatives</a></li><li><a href="https://sc.judiciary.gov.ph.test/">Supreme Court</a></li><li><a href="https://ca.judiciary.gov.ph.test/">Court of Appeals</a></li><li><a href="https://sb.judiciary.gov.ph.test/">Sandiganbayan</a></li></ul></div></div>
</div>
<div id="agency-footer" class="row"><p>National Water Resources Agency &middot; 8th Floor, NIA Building, EDSA, Quezon City 1100 &middot; (02) 8555-2710 &middot; <a href="mailto:records@nwra.test">records@nwra.test</a></p><p>&copy; 2026 National Water Resources Agency. All Rights Reserved.</p></div>
<script src="/wp-content/themes/gwt-wordpress/js/foundation.min.js"></script><script>$(document).foundation();</script>
</body></html>"""


def _nw_box(slug: str, n: int = 3, cls: str = "") -> str:
    name, items = _NW_COLS[slug]
    lis = "".join(_nw_li(slug, d, t) for d, t in items[:n])
    return f'<div class="widget gwt-box {cls}"><h3 class="widget-title">{name}</h3><ul class="gwt-list">{lis}</ul><a class="view-all" href="/{slug}/">View All</a></div>'


def _nw_home() -> str:
    tabs = ["advisories", "announcements", "memorandum-circulars"]
    sel = ' aria-selected="true"'
    tab_titles = "".join(
        f'<li class="tabs-title{" is-active" if i == 0 else ""}"><a href="#panel-{s}"{sel if i == 0 else ""}>{_NW_COLS[s][0]}</a></li>' for i, s in enumerate(tabs)
    )
    panels = "".join(
        f'<div class="tabs-panel{" is-active" if i == 0 else ""}" id="panel-{s}"><ul class="gwt-list">'
        + "".join(_nw_li(s, d, t) for d, t in _NW_COLS[s][1])
        + f'</ul><a class="view-all" href="/{s}/">View All {_NW_COLS[s][0]}</a></div>'
        for i, s in enumerate(tabs)
    )
    slides = "".join(
        f'<li class="orbit-slide"><img class="orbit-image" src="/wp-content/uploads/2026/{d.month:02d}/banner-{i}.jpg" alt="{t}"><figcaption class="orbit-caption">{t}</figcaption></li>'
        for i, (d, t) in enumerate(_NW_COLS["press-releases"][1][:3])
    )
    pr = _NW_COLS["press-releases"][1]
    featured = "".join(
        f'<article class="press-item"><img src="/wp-content/uploads/2026/{d.month:02d}/pr-{i}-300x200.jpg" alt="" width="300" height="200"><h4><a href="/press-releases/{d.year}/{d.month:02d}/{"".join(c for c in t.lower() if c.isalnum())[:40]}/">{t}</a></h4><p class="date">{_ph(d)}</p></article>'
        for i, (d, t) in enumerate(pr[:4])
    )
    body = f"""
<div class="large-12 columns"><div class="orbit" role="region" aria-label="Highlights" data-orbit><ul class="orbit-container">{slides}</ul></div></div>
<div class="large-8 columns">
 <div class="widget gwt-box press-releases"><h3 class="widget-title">Press Releases</h3><div class="press-grid">{featured}</div><a class="view-all" href="/press-releases/">View All</a></div>
 <ul class="tabs" data-tabs id="info-tabs">{tab_titles}</ul>
 <div class="tabs-content" data-tabs-content="info-tabs">{panels}</div>
 {_nw_box("regional-news")}
</div>
<div class="large-4 columns">
 <div class="widget transparency-seal"><a href="/transparency-seal/"><img src="/wp-content/uploads/2020/01/transparency-seal.png" alt="Transparency Seal" width="200"></a></div>
 <div class="widget foi"><a href="https://www.foi.gov.ph.test/agencies/nwra"><img src="/wp-content/uploads/2020/01/foi-logo.png" alt="Freedom of Information" width="200"></a></div>
 {_nw_box("invitation-to-bid")}
 {_nw_box("careers")}
 <div class="widget"><h3 class="widget-title">Hotlines</h3><p>Public Assistance and Complaints Desk: (02) 8555-2711<br>8888 Citizens&rsquo; Complaint Hotline<br>Contact Center ng Bayan: 1-6565</p></div>
</div>
"""
    return _nw_page("National Water Resources Agency &#8211; Republic of the Philippines", body)


def _nw_list_page(slug: str) -> str:
    name, items = _NW_COLS[slug]
    lis = "".join(_nw_li(slug, d, t, abbrev=False) for d, t in items)
    body = f"""<div class="large-8 columns"><nav aria-label="You are here:" role="navigation"><ul class="breadcrumbs"><li><a href="/">Home</a></li><li><span class="show-for-sr">Current: </span>{name}</li></ul></nav>
<h1 class="entry-title">{name}</h1><ul class="gwt-list archive-list">{lis}</ul>
<nav class="pagination"><span class="current">1</span><a href="/{slug}/page/2/">2</a><a class="next" href="/{slug}/page/2/">Next &raquo;</a></nav></div>
<div class="large-4 columns"><div class="widget"><h3 class="widget-title">Categories</h3><ul>{''.join(f'<li><a href="/{s}/">{n}</a></li>' for s, (n, _) in _NW_COLS.items())}</ul></div></div>"""
    return _nw_page(f"{name} &#8211; National Water Resources Agency", body)


_NW_TYPES = {
    "press-releases": "news", "advisories": "notice", "memorandum-circulars": "policy", "invitation-to-bid": "notice",
    "announcements": "notice", "regional-news": "news", "careers": "personnel",
}

_site(
    "www.nwra-ph.test",
    {"/": _nw_home(), **{f"/{s}/": _nw_list_page(s) for s in _NW_COLS}},
    SiteTruth(
        key="nwra",
        host="www.nwra-ph.test",
        name="National Water Resources Agency",
        status="stale",
        passed=False,
        must=("column_stale",),
        must_not=("homepage_stale", "column_empty", "abandoned", "future_dated", "undated", *HIJACK_NO),
        columns=tuple(ColumnTruth(_NW_COLS[s][0], _NW_TYPES[s], _NW_COLS[s][1][0][0]) for s in _NW_COLS),
        last_updated=date(2026, 11, 17),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 17),
        list_pages={f"/{s}/": ListTruth(_NW_COLS[s][1][0][0]) for s in _NW_COLS},
        why="5 stale news/notice/policy columns (advisories 224 d, circulars 290 d, bids 196 d, announcements 249 d, regional news 31 d): veto; the PST clock is no update",
    ),
)


# ---------------------------------------------------------------------------
# 8. Ministry of Co-operatives and Rural Enterprise (Kenya): WordPress, abandoned
# ---------------------------------------------------------------------------

_KE_POSTS = [
    (date(2024, 10, 3), "cs-launches-dairy-cooperatives-revitalisation-programme", "CS Launches Dairy Co-operatives Revitalisation Programme in Nyeri"),
    (date(2024, 9, 19), "sacco-societies-regulatory-authority-stakeholder-forum", "Ministry Hosts SACCO Stakeholder Forum on Digital Lending"),
    (date(2024, 9, 5), "coffee-cherry-advance-fund-disbursement", "KES 2.1 Billion Coffee Cherry Advance Fund Disbursed to 148 Co-operatives"),
    (date(2024, 8, 28), "international-day-of-cooperatives-2024-celebrations", "PS Leads National Celebrations of the International Day of Co-operatives"),
    (date(2024, 8, 12), "cooperative-bill-2024-public-participation", "Public Participation on the Co-operatives Bill, 2024 Kicks Off in 20 Counties"),
]

_KE_TENDERS = [
    (date(2024, 9, 20), date(2024, 10, 4), "MoCRE/T/012/2024-2025", "Provision of Cleaning and Sanitary Services"),
    (date(2024, 8, 30), date(2024, 9, 13), "MoCRE/T/009/2024-2025", "Supply and Delivery of Motor Vehicle Tyres"),
    (date(2024, 7, 25), date(2024, 8, 8), "MoCRE/T/004/2024-2025", "Provision of Insurance Services (Medical Cover)"),
]

_KE_JOBS = [
    (date(2024, 7, 15), "Co-operative Officer II (15 Posts) &ndash; Advert No. 4/2024"),
    (date(2024, 5, 2), "Internship Programme 2024/2025"),
]


def _ke_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _ke_page(title: str, body: str, body_class: str = "home") -> str:
    menu_items = {
        "About Us": ["Mandate", "Vision &amp; Mission", "Cabinet Secretary", "Principal Secretary", "Organisation Structure", "Service Charter"],
        "Departments": ["Co-operative Development", "Co-operative Marketing", "Co-operative Audit", "Rural Enterprise", "Administration &amp; Planning", "Human Resource Management"],
        "Agencies": ["SACCO Societies Regulatory Authority", "New KCC", "Co-operative University of Kenya", "Co-operative Tribunal", "Kenya National Federation of Co-operatives"],
        "Media Centre": ["News", "Press Statements", "Speeches", "Photo Gallery", "Videos"],
        "Resources": ["Policies", "Acts &amp; Regulations", "Strategic Plan 2023&ndash;2027", "Reports", "Downloads"],
    }
    menu = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="/{t.lower().replace(" ", "-")}/" class="menu-link">{t}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="/{t.lower().replace(" ", "-")}/{"".join(c if c.isalnum() else "-" for c in x.lower())}/" class="menu-link">{x}</a></li>' for x in xs)
        + "</ul></li>"
        for t, xs in menu_items.items()
    )
    cal_rows = []
    # WordPress calendar widget: the current month, filled in by PHP at each request
    first_weekday = date(2026, 11, 1).weekday()  # Monday = 0
    cells = [f'<td colspan="{first_weekday}" class="pad">&nbsp;</td>'] if first_weekday else []
    col = first_weekday
    for day in range(1, 31):
        cells.append(f'<td id="today">{day}</td>' if day == 20 else f"<td>{day}</td>")
        col += 1
        if col == 7:
            cal_rows.append("<tr>" + "".join(cells) + "</tr>")
            cells, col = [], 0
    if cells:
        cal_rows.append("<tr>" + "".join(cells) + f'<td class="pad" colspan="{7 - col}">&nbsp;</td></tr>')
    archives = "".join(f'<li><a href="/{y}/{m:02d}/">{date(y, m, 1).strftime("%B")} {y}</a></li>' for y, m in [(2024, 10), (2024, 9), (2024, 8), (2024, 7), (2024, 6), (2024, 5), (2024, 4), (2024, 3)])
    recent = "".join(f'<li><a href="/{d.year}/{d.month:02d}/{d.day:02d}/{s}/">{t}</a></li>' for d, s, t in _KE_POSTS)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Ministry of Co-operatives and Rural Enterprise &raquo; Feed" href="/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.3' media='all' />
<style id='astra-theme-css-inline-css'>:root{{--ast-container-default-xlg-padding:6.67em;--ast-container-default-lg-padding:5.67em;--ast-container-default-slg-padding:4.34em;--ast-container-default-md-padding:3.34em;--ast-container-default-sm-padding:6.67em;--ast-container-default-xs-padding:2.4em;--ast-container-default-xxs-padding:1.4em;--ast-code-block-background:#EEEEEE;--ast-comment-inputs-background:#FAFAFA;--ast-normal-container-width:1200px;--ast-narrow-container-width:750px;--ast-blog-title-font-weight:normal;--ast-blog-meta-weight:inherit;}}html{{font-size:93.75%;}}a{{color:#006600;}}a:hover,a:focus{{color:#bb0000;}}body,button,input,select,textarea,.ast-button,.ast-custom-button{{font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Oxygen-Sans,Ubuntu,Cantarell,Helvetica Neue,sans-serif;font-weight:inherit;font-size:15px;}}.ast-header-break-point .main-header-bar{{border-bottom-width:1px;}}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.2" />
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="{body_class} wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<div class="top-strip"><span class="flag-colours"></span><span>Republic of Kenya</span> | <a href="https://www.president.go.ke.test/">The Presidency</a> | <a href="https://www.ecitizen.go.ke.test/">eCitizen</a> | <a href="https://www.huduma.go.ke.test/">Huduma Kenya</a> | <a href="https://www.tenders.go.ke.test/">Public Procurement Information Portal</a></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div class="main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
 <div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="320" height="80" src="/wp-content/uploads/2023/03/coat-of-arms-logo.png" class="custom-logo" alt="Ministry of Co-operatives and Rural Enterprise" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title"><a href="/" rel="home">Ministry of Co-operatives and Rural Enterprise</a></span><p class="site-description">State Department for Co-operatives</p></div></div>
 <div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item current-menu-item"><a href="/" aria-current="page" class="menu-link">Home</a></li>{menu}<li class="menu-item"><a href="/tenders/" class="menu-link">Tenders</a></li><li class="menu-item"><a href="/careers/" class="menu-link">Careers</a></li><li class="menu-item"><a href="/contact-us/" class="menu-link">Contact Us</a></li></ul></div></nav></div></div></div></div>
</div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">{body}</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
 <aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></aside>
 <aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>
 <aside id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>November 2026</caption><thead><tr><th scope="col" title="Monday">M</th><th scope="col" title="Tuesday">T</th><th scope="col" title="Wednesday">W</th><th scope="col" title="Thursday">T</th><th scope="col" title="Friday">F</th><th scope="col" title="Saturday">S</th><th scope="col" title="Sunday">S</th></tr></thead><tbody>{''.join(cal_rows)}</tbody></table><nav aria-label="Previous and next months" class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/2024/10/">&laquo; Oct</a></span><span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">&nbsp;</span></nav></div></aside>
 <aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{archives}</ul></nav></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-above-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-4-equal ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-above-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-above-footer-inner-wrap ast-builder-grid-row">
 <div class="site-footer-above-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area"><section class="widget"><h2 class="widget-title">Contact Us</h2><p>Kilimo House, Cathedral Road<br>P.O. Box 30547-00100, Nairobi<br>Tel: +254 20 555 8000<br>Email: <a href="mailto:ps@cooperatives.go.ke.test">ps@cooperatives.go.ke.test</a></p></section></aside></div>
 <div class="site-footer-above-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area"><section class="widget"><h2 class="widget-title">Quick Links</h2><ul><li><a href="/downloads/">Downloads</a></li><li><a href="/tenders/">Tenders</a></li><li><a href="/careers/">Careers</a></li><li><a href="/resources/service-charter/">Service Charter</a></li><li><a href="/access-to-information/">Access to Information</a></li></ul></section></aside></div>
 <div class="site-footer-above-section-3 site-footer-section site-footer-section-3"><aside class="footer-widget-area widget-area"><section class="widget"><h2 class="widget-title">Related Links</h2><ul><li><a href="https://www.sasra.go.ke.test/">SASRA</a></li><li><a href="https://www.cuk.ac.ke.test/">Co-operative University</a></li><li><a href="https://www.newkcc.co.ke.test/">New KCC</a></li><li><a href="https://www.kilimo.go.ke.test/">Ministry of Agriculture</a></li></ul></section></aside></div>
 <div class="site-footer-above-section-4 site-footer-section site-footer-section-4"><aside class="footer-widget-area widget-area"><section class="widget"><h2 class="widget-title">Report Corruption</h2><p>Report any form of corruption to the Ethics and Anti-Corruption Commission: toll free 1551 or <a href="https://eacc.go.ke.test/">eacc.go.ke</a>.</p></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Ministry of Co-operatives and Rural Enterprise | All Rights Reserved</p></div></div></div></div></div></div>
</footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script>
</body></html>"""


def _ke_post_block(d: date, slug: str, title: str, full: bool = False) -> str:
    summary = "The Ministry continues to implement the Bottom-Up Economic Transformation Agenda through strengthened co-operative societies across all 47 counties"
    return (
        f'<article class="elementor-post elementor-grid-item post type-post status-publish format-standard has-post-thumbnail hentry category-news">'
        f'<a class="elementor-post__thumbnail__link" href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/" tabindex="-1"><div class="elementor-post__thumbnail"><img width="768" height="512" src="/wp-content/uploads/{d.year}/{d.month:02d}/{slug[:20]}-768x512.jpg" class="attachment-medium_large size-medium_large wp-image-{d.toordinal() % 10000}" alt="" decoding="async" /></div></a>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/">{title}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">Posted on {_ke_date(d)}</span> by <span class="elementor-post-author">webadmin</span></div>'
        + (f'<div class="elementor-post__excerpt"><p>{summary}&#8230;</p></div>' if full else "")
        + f'<a class="elementor-post__read-more" href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/" aria-label="Read more about {title}" tabindex="-1">Read More &raquo;</a></div></article>'
    )


def _ke_home() -> str:
    posts = "".join(_ke_post_block(*p) for p in _KE_POSTS[:4])
    tenders = "".join(
        f'<tr><td>{ref}</td><td><a href="/wp-content/uploads/{p.year}/{p.month:02d}/{ref.replace("/", "-")}.pdf">{t}</a></td><td>{_ke_date(p)}</td><td>{_ke_date(c)}</td></tr>'
        for p, c, ref, t in _KE_TENDERS
    )
    jobs = "".join(f'<li><a href="/careers/">{t}</a> <span class="date">{_ke_date(d)}</span></li>' for d, t in _KE_JOBS)
    body = f"""
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width hero-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
 <div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Transforming Lives Through Co-operatives</h1></div></div>
 <div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Promoting a vibrant co-operative movement and rural enterprises for wealth creation, food security and decent jobs.</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container">
 <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-image-box"><div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="/wp-content/uploads/2023/03/cs-portrait.jpg" alt="Cabinet Secretary" width="300" height="300"></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Cabinet Secretary</h3><p class="elementor-image-box-description">Hon. Simon K. Chelugui, EGH</p></div></div></div></div></div>
 <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-image-box"><div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="/wp-content/uploads/2023/03/ps-portrait.jpg" alt="Principal Secretary" width="300" height="300"></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Principal Secretary</h3><p class="elementor-image-box-description">Mr. Patrick Kiburi Kilemi, CBS</p></div></div></div></div></div>
 <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><h3>Our Mandate</h3><p>Co-operative policy and development, co-operative marketing and value addition, co-operative audit, and promotion of rural enterprises and micro-credit.</p></div></div></div></div>
</div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
 <div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">Latest News</h2></div></div>
 <div class="elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{posts}</div></div></div>
 <div class="elementor-widget elementor-widget-button"><a href="/category/news/" class="elementor-button-link elementor-button elementor-size-sm" role="button"><span class="elementor-button-text">More News</span></a></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container">
 <div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Tenders</h2></div>
 <div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="tenders"><thead><tr><th>Tender No.</th><th>Description</th><th>Date Posted</th><th>Closing Date</th></tr></thead><tbody>{tenders}</tbody></table><p><a href="/tenders/">View all tenders</a></p></div></div></div></div>
 <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Careers</h2></div><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul class="careers">{jobs}</ul><p><a href="/careers/">All vacancies</a></p></div></div></div></div>
</div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><h2>Downloads</h2><ul><li><a href="/wp-content/uploads/2023/11/Strategic-Plan-2023-2027.pdf">Strategic Plan 2023&ndash;2027</a></li><li><a href="/wp-content/uploads/2024/06/Service-Charter-2024.pdf">Citizens&rsquo; Service Charter</a></li><li><a href="/wp-content/uploads/2024/03/Sessional-Paper-No-4-of-2024.pdf">Sessional Paper No. 4 of 2024 on Co-operatives Policy</a></li></ul></div></div></div></div></div></section>
</div>
"""
    return _ke_page("Ministry of Co-operatives and Rural Enterprise &#8211; State Department for Co-operatives", body)


def _ke_news_page() -> str:
    posts = "".join(_ke_post_block(*p, full=True) for p in _KE_POSTS)
    body = f'<header class="page-header ast-archive-description"><h1 class="page-title ast-archive-title">Category: News</h1></header><div class="ast-row">{posts}</div><nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/category/news/page/2/">2</a><a class="next page-numbers" href="/category/news/page/2/">Next &rarr;</a></div></nav>'
    return _ke_page("News &#8211; Ministry of Co-operatives and Rural Enterprise", body, "archive category category-news")


def _ke_tenders_page() -> str:
    rows = "".join(
        f'<tr><td>{ref}</td><td><a href="/wp-content/uploads/{p.year}/{p.month:02d}/{ref.replace("/", "-")}.pdf">{t}</a></td><td>{_ke_date(p)}</td><td>{_ke_date(c)}</td></tr>'
        for p, c, ref, t in [*_KE_TENDERS, (date(2024, 6, 14), date(2024, 6, 28), "MoCRE/T/031/2023-2024", "Supply of Office Stationery")]
    )
    body = f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Tenders</h1></header><div class="entry-content"><table class="tenders"><thead><tr><th>Tender No.</th><th>Description</th><th>Date Posted</th><th>Closing Date</th></tr></thead><tbody>{rows}</tbody></table></div></article>'
    return _ke_page("Tenders &#8211; Ministry of Co-operatives and Rural Enterprise", body, "page-template-default page")


def _ke_careers_page() -> str:
    items = "".join(f'<li><a href="/wp-content/uploads/{d.year}/{d.month:02d}/advert-{d.toordinal() % 1000}.pdf">{t}</a> &ndash; Posted on {_ke_date(d)}</li>' for d, t in _KE_JOBS)
    body = f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Careers</h1></header><div class="entry-content"><ul>{items}</ul><p>The Ministry is an equal opportunity employer. Canvassing will lead to automatic disqualification.</p></div></article>'
    return _ke_page("Careers &#8211; Ministry of Co-operatives and Rural Enterprise", body, "page-template-default page")


_site(
    "www.cooperatives-ke.test",
    {"/": _ke_home(), "/category/news/": _ke_news_page(), "/tenders/": _ke_tenders_page(), "/careers/": _ke_careers_page()},
    SiteTruth(
        key="coopke",
        host="www.cooperatives-ke.test",
        name="Ministry of Co-operatives and Rural Enterprise",
        status="zombie",
        passed=False,
        must=("abandoned", "homepage_stale"),
        must_not=("future_dated", "column_empty", *HIJACK_NO),
        columns=(
            ColumnTruth("Latest News", "news", date(2024, 10, 3)),
            ColumnTruth("Tenders", "notice", date(2024, 9, 20), why="Closing Date is a deadline; posted 20 Sep 2024"),
            ColumnTruth("Careers", "personnel", date(2024, 7, 15)),
        ),
        last_updated=date(2024, 10, 3),
        home_status="zombie",
        home_passed=False,
        home_must=("abandoned",),
        home_must_not=HIJACK_NO,
        homepage_newest=date(2024, 10, 3),
        list_pages={
            "/category/news/": ListTruth(date(2024, 10, 3)),
            "/tenders/": ListTruth(date(2024, 9, 20)),
            "/careers/": ListTruth(date(2024, 7, 15)),
        },
        why="nothing new for 778 days; the calendar widget (November 2026, today highlighted) and the copyright 2026 are written by PHP at each request",
    ),
)


# ---------------------------------------------------------------------------
# 9. Town of Saint-Laurent-du-Lac (Canada): bilingual labels, a new site with blank views
# ---------------------------------------------------------------------------

_SL_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

_SL_NEWS = [
    (date(2026, 11, 16), "snow-clearing-parking-ban", "Winter parking ban begins December 1", "Début de l&rsquo;interdiction de stationnement hivernal le 1er décembre"),
    (date(2026, 11, 9), "remembrance-day-ceremony", "Remembrance Day ceremony at the cenotaph", "Cérémonie du jour du Souvenir au cénotaphe"),
    (date(2026, 11, 2), "fall-leaf-collection", "Fall leaf and yard waste collection extended", "Prolongation de la collecte des feuilles et résidus verts"),
    (date(2026, 10, 26), "new-website-launch", "Welcome to our new website!", "Bienvenue sur notre nouveau site Web!"),
]

# (English heading, French heading, slug, empty text EN, empty text FR)
_SL_EMPTY = [
    ("Public Notices", "Avis publics", "public-notices"),
    ("By-laws", "Règlements municipaux", "by-laws"),
    ("Job Postings", "Offres d&rsquo;emploi", "job-postings"),
    ("Tenders", "Appels d&rsquo;offres", "tenders"),
    ("Budget and Finances", "Budget et finances", "budget-and-finances"),
    ("Council Minutes", "Procès-verbaux du conseil", "council-minutes"),
]


def _sl_fr(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_SL_FR_MONTHS[d.month - 1]} {d.year}"


def _sl_page(title: str, body: str) -> str:
    sections = {
        "Residents / Résidents": ["Garbage and Recycling / Ordures et recyclage", "Snow Removal / Déneigement", "Water and Sewer / Aqueduc et égouts", "Property Taxes / Taxes foncières", "Animal Control / Contrôle des animaux", "Fire Services / Service d&rsquo;incendie", "Emergency Preparedness / Mesures d&rsquo;urgence"],
        "Recreation / Loisirs": ["Arena / Aréna", "Parks and Trails / Parcs et sentiers", "Library / Bibliothèque", "Programs / Programmes", "Facility Rentals / Location de salles"],
        "Town Hall / Hôtel de ville": ["Mayor and Council / Maire et conseil", "Council Meetings / Séances du conseil", "Departments / Services municipaux", "Strategic Plan / Plan stratégique", "Access to Information / Accès à l&rsquo;information"],
        "Business / Affaires": ["Permits and Licences / Permis et licences", "Zoning / Zonage", "Economic Development / Développement économique", "Doing Business with the Town / Faire affaire avec la Ville"],
    }
    menu = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">{k}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="/en/{"".join(c if c.isalnum() else "-" for c in x.split(" / ")[0].lower())}">{x}</a></li>' for x in v)
        + "</ul></li>"
        for k, v in sections.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" hreflang="en" href="https://www.stlaurentdulac.test/en" />
<link rel="alternate" hreflang="fr" href="https://www.stlaurentdulac.test/fr" />
<title>{title}</title>
<link rel="stylesheet" media="all" href="/themes/custom/sld/css/bootstrap.min.css?v=5.3.2" />
<link rel="stylesheet" media="all" href="/themes/custom/sld/css/style.css?s9f2k1" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"en\\/","currentPath":"node\\/1","currentPathIsAdmin":false,"isFront":true,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"9b1e0c4f"}}}}</script>
</head>
<body class="path-frontpage">
{_sprite(["property-taxes", "garbage-and-recycling", "permits-and-licences", "council-meetings", "arena", "report-a-problem", "snowplow", "tap", "fire-truck", "book", "tree", "skate"], 9)}
<a href="#main-content" class="visually-hidden-focusable skip-link">Skip to main content / Passer au contenu principal</a>
<div class="utility-bar"><div class="container"><ul class="list-inline"><li class="list-inline-item"><a href="/fr" hreflang="fr" lang="fr">Français</a></li><li class="list-inline-item"><a href="/en/contact-us">Contact Us / Nous joindre</a></li><li class="list-inline-item"><a href="https://pay.stlaurentdulac.test/">Pay Online / Payer en ligne</a></li><li class="list-inline-item"><a href="/en/report-a-problem">Report a Problem / Signaler un problème</a></li></ul></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a class="navbar-brand" href="/en"><img src="/themes/custom/sld/logo.svg" alt="Town of Saint-Laurent-du-Lac / Ville de Saint-Laurent-du-Lac" width="300" height="72" /></a>
<form class="ms-auto search" action="/en/search" method="get"><label for="search-q" class="visually-hidden">Search / Recherche</label><input id="search-q" class="form-control" type="search" name="keys" placeholder="Search / Recherche" /></form></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav></header>
<main id="main-content" role="main"><div class="container">{body}</div></main>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-4"><h2>Town Hall / Hôtel de ville</h2><p>1200 rue Principale / 1200 Main Street<br />Saint-Laurent-du-Lac (Ontario) K0B 1R0<br />613-555-0150<br />Monday to Friday, 8:30 a.m. to 4:30 p.m. / Du lundi au vendredi, de 8 h 30 à 16 h 30</p></div>
<div class="col-md-4"><h2>Emergencies / Urgences</h2><p>Police, Fire, Ambulance / Police, incendie, ambulance: 9-1-1<br />After-hours public works / Travaux publics après les heures: 613-555-0199</p></div>
<div class="col-md-4"><h2>Follow us / Suivez-nous</h2><ul class="list-unstyled"><li><a href="https://www.facebook.com/stlaurentdulac">Facebook</a></li><li><a href="https://www.instagram.com/stlaurentdulac">Instagram</a></li></ul></div>
</div><div class="footer-bottom"><a href="/en/accessibility">Accessibility / Accessibilité</a> | <a href="/en/privacy">Privacy / Confidentialité</a> | <span>&copy; 2026 Town of Saint-Laurent-du-Lac / Ville de Saint-Laurent-du-Lac</span></div></div></footer>
<script src="/themes/custom/sld/js/bootstrap.bundle.min.js?v=5.3.2"></script>
</body></html>"""


def _sl_empty_block(en: str, fr: str, slug: str, page: bool = False) -> str:
    h = "h1" if page else "h2"
    return (
        f'<section class="block block-views block-views-block{slug.replace("-", "_")}-block-1 col-md-6"><{h} class="block-title">{en} / <span lang="fr">{fr}</span></{h}>'
        f'<div class="views-element-container"><div class="view view-{slug} view-id-{slug.replace("-", "_")} view-display-id-block_1"><div class="view-empty"><p>No content available. / <span lang="fr">Aucun contenu disponible.</span></p></div></div></div>'
        f'<div class="more-link"><a href="/en/{slug}">View all / Voir tout</a></div></section>'
    )


def _sl_home() -> str:
    news = "".join(
        f'<div class="views-row col-md-3"><article class="news-card"><img src="/sites/default/files/styles/card/public/2026-{d.month:02d}/{s}.jpg" alt="" /><h3><a href="/en/news/{s}">{en}</a></h3><p class="fr" lang="fr">{fr}</p>'
        f'<p class="date"><time datetime="{d.isoformat()}T12:00:00Z">{d.strftime("%B")} {d.day}, {d.year}</time> / <span lang="fr">{_sl_fr(d)}</span></p></article></div>'
        for d, s, en, fr in _SL_NEWS
    )
    events = "".join(
        f'<li><time datetime="{d.isoformat()}">{d.strftime("%b")} {d.day}</time> <a href="/en/events/{s}">{t}</a></li>'
        for d, s, t in [
            (date(2026, 11, 28), "santa-claus-parade", "Santa Claus Parade / Défilé du père Noël"),
            (date(2026, 12, 5), "public-skate", "Free Public Skate / Patinage public gratuit"),
            (date(2026, 12, 8), "council-meeting-dec", "Regular Council Meeting / Séance ordinaire du conseil"),
        ]
    )
    body = f"""
<section class="hero"><h1>Welcome to Saint-Laurent-du-Lac / <span lang="fr">Bienvenue à Saint-Laurent-du-Lac</span></h1><p>A bilingual community on the shores of the St. Lawrence. / <span lang="fr">Une communauté bilingue sur les rives du Saint-Laurent.</span></p></section>
<section class="quick-links row">{''.join(f'<div class="col-6 col-md-2"><a class="quick-link" href="/en/{s}"><span class="icon icon-{s}"></span>{t}</a></div>' for s, t in [("property-taxes", "Taxes / Taxes"), ("garbage-and-recycling", "Collection calendar / Calendrier des collectes"), ("permits-and-licences", "Permits / Permis"), ("council-meetings", "Council / Conseil"), ("arena", "Arena / Aréna"), ("report-a-problem", "Report / Signaler")])}</section>
<section class="block block-views block-views-blocknews-block-1"><h2 class="block-title">News / <span lang="fr">Nouvelles</span></h2><div class="views-element-container"><div class="view view-news view-id-news view-display-id-block_1"><div class="view-content row">{news}</div></div></div><div class="more-link"><a href="/en/news">All news / Toutes les nouvelles</a></div></section>
<div class="row">{''.join(_sl_empty_block(*e) for e in _SL_EMPTY)}</div>
<section class="block block-views block-views-blockevents-block-1"><h2 class="block-title">Upcoming Events / <span lang="fr">Événements à venir</span></h2><ul class="event-list">{events}</ul><div class="more-link"><a href="/en/events">Events calendar / Calendrier des événements</a></div></section>
"""
    return _sl_page("Town of Saint-Laurent-du-Lac / Ville de Saint-Laurent-du-Lac", body)


def _sl_news_page() -> str:
    rows = "".join(
        f'<div class="views-row"><article><h2><a href="/en/news/{s}">{en}</a></h2><p class="date"><time datetime="{d.isoformat()}T12:00:00Z">{d.strftime("%B")} {d.day}, {d.year}</time></p><p lang="fr">{fr} &ndash; {_sl_fr(d)}</p></article></div>'
        for d, s, en, fr in _SL_NEWS
    )
    return _sl_page("News / Nouvelles | Town of Saint-Laurent-du-Lac", f'<h1>News / <span lang="fr">Nouvelles</span></h1><div class="view view-news"><div class="view-content">{rows}</div></div>')


def _sl_empty_page(en: str, fr: str, slug: str) -> str:
    return _sl_page(f"{en} / {fr} | Town of Saint-Laurent-du-Lac", f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/en">Home / Accueil</a></li><li class="breadcrumb-item active">{en}</li></ol></nav>
<h1 class="page-title">{en} / <span lang="fr">{fr}</span></h1>
<div class="views-element-container"><div class="view view-{slug} view-id-{slug.replace("-", "_")} view-display-id-page_1"><div class="view-filters"><form action="/en/{slug}" method="get"><label for="edit-year">Year / Année</label><select id="edit-year" name="year" class="form-select"><option value="All">- Any / Tous -</option></select><input type="submit" value="Apply / Appliquer" class="btn btn-primary" /></form></div>
<div class="view-empty"><p>No content available. / <span lang="fr">Aucun contenu disponible.</span></p></div></div></div>""")


_SL_TYPES = {"public-notices": "notice", "by-laws": "policy", "job-postings": "personnel", "tenders": "notice", "budget-and-finances": "finance", "council-minutes": "other"}

_site(
    "www.stlaurentdulac.test",
    {"/": _sl_home(), "/en/news": _sl_news_page(), **{f"/en/{e[2]}": _sl_empty_page(*e) for e in _SL_EMPTY}},
    SiteTruth(
        key="stlaurent",
        host="www.stlaurentdulac.test",
        name="Town of Saint-Laurent-du-Lac",
        status="stale",
        passed=False,
        must=("column_empty",),
        must_not=("homepage_stale", "abandoned", "future_dated", "undated", "column_stale", *HIJACK_NO),
        columns=(ColumnTruth("News", "news", date(2026, 11, 16)), *tuple(ColumnTruth(en, _SL_TYPES[s], None, empty=True) for en, _, s in _SL_EMPTY), ColumnTruth("Upcoming Events", "other", None, required=False)),
        last_updated=date(2026, 11, 16),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 16),
        list_pages={"/en/news": ListTruth(date(2026, 11, 16)), **{f"/en/{e[2]}": ListTruth(None, empty=True) for e in _SL_EMPTY}},
        why="six blank views after a site migration ('No content available. / Aucun contenu disponible.'): 5 or more empty columns fail",
    ),
)


# ---------------------------------------------------------------------------
# 10. City of Millbrook, Texas: CivicEngage-like (News Flash, Alert Center)
# ---------------------------------------------------------------------------

_MB_NEWS = [
    (date(2026, 11, 19), 1432, "Holiday Trash Schedule for Thanksgiving Week", "Residential trash and recycling normally collected on Thursday, November 26 will be collected on Friday, November 27."),
    (date(2026, 11, 16), 1429, "Main Street Reconstruction Phase 2 Begins", "Lane closures between 4th and 7th Street begin Monday and will last approximately eight weeks."),
    (date(2026, 11, 10), 1425, "Millbrook PD Hosts Coffee with a Cop", "Join officers for coffee and conversation at Brew Brothers on Saturday morning."),
    (date(2026, 11, 2), 1419, "Early Voting Locations for the November Bond Election", "Voters may cast ballots at City Hall and the Millbrook Public Library."),
    (date(2026, 10, 26), 1411, "Fire Department Receives ISO Class 1 Rating", "The rating places Millbrook among the top one percent of fire departments nationwide."),
]

_MB_AGENDAS = [
    ("Nov 23, 2026", "Planning and Zoning Commission Regular Meeting", "_11232026-2210", "Posted Nov 20, 2026 9:15 AM"),
    ("Nov 17, 2026", "City Council Regular Meeting", "_11172026-2204", "Posted Nov 13, 2026 4:02 PM"),
    ("Nov 10, 2026", "Parks and Recreation Advisory Board", "_11102026-2199", "Posted Nov 6, 2026 11:30 AM"),
    ("Nov 3, 2026", "City Council Regular Meeting", "_11032026-2195", "Posted Oct 30, 2026 3:45 PM"),
]


def _mb_page(title: str, body: str) -> str:
    nav = {
        "Government": ["Agendas &amp; Minutes", "City Council", "City Manager", "City Secretary", "Boards &amp; Commissions", "Code of Ordinances", "Elections", "Financial Transparency"],
        "Departments": ["Animal Services", "Building Inspections", "Code Enforcement", "Economic Development", "Finance", "Fire", "Human Resources", "Library", "Municipal Court", "Parks &amp; Recreation", "Planning", "Police", "Public Works", "Utility Billing"],
        "Community": ["Calendar", "News Flash", "Parks &amp; Trails", "Senior Center", "Millbrook Public Library", "Volunteer"],
        "Business": ["Bids &amp; RFPs", "Permits", "Development Services", "Chamber of Commerce"],
        "How Do I...": ["Apply For", "Contact", "Find", "Pay For", "Register For", "Report", "Request", "Sign Up For"],
    }
    menu = "".join(
        f'<li class="topMenuItem"><a href="/{i * 10 + 1}/{k.replace(" ", "-").replace(".", "")}" class="navMainItem mainNavItem">{k}</a><div class="dropdown"><ul>'
        + "".join(f'<li><a href="/{i * 10 + 2 + j}/{x.replace(" ", "-").replace("&amp;", "and")}">{x}</a></li>' for j, x in enumerate(v))
        + "</ul></div></li>"
        for i, (k, v) in enumerate(nav.items())
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<link rel="stylesheet" href="/Assets/Styles/Print.css" type="text/css" media="print" />
<link rel="stylesheet" href="/-1/Theme/ThemeCSS?themeId=7&amp;v=638612" type="text/css" />
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script>
<script src="/Assets/Scripts/APIClient.js"></script>
<script src="/Assets/Scripts/Layout/LayoutHelpers.js"></script>
<script>var intCountryCode = 840; var $j = jQuery.noConflict(); var isResponsiveEnabled = true; var siteRoot = "/";</script>
</head>
<body class="wide">
{_sprite(["pay", "report", "agenda", "jobs", "notify", "library", "alert", "calendar", "news", "rss", "facebook", "twitter", "instagram", "nextdoor"], 10)}
<div id="skipToContentLinks"><a href="#contentarea" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divToolbars"></div>
<div id="bodyWrapper">
<div id="outer-header" class="cpGrid">
 <div id="banner" class="row"><div id="logo"><a href="/" aria-label="City of Millbrook, TX home page"><img src="/ImageRepository/Document?documentID=12" alt="City of Millbrook, TX Official Website" /></a></div>
 <div id="search"><form action="/Search/Results" method="get"><label for="searchInput" class="hidden">Search</label><input type="text" id="searchInput" name="searchPhrase" placeholder="Search..." /><button type="submit" aria-label="Search"></button></form></div></div>
 <nav id="mainNav" aria-label="Main Navigation"><ul id="mainNavMenu" class="nav">{menu}</ul></nav>
</div>
<div id="contentarea">{body}</div>
<footer id="footer" class="cpGrid">
 <div class="row"><div class="col"><h4>Contact Us</h4><p>City of Millbrook<br />200 W. Oak Street<br />Millbrook, TX 76065<br />Phone: 817-555-0100<br />Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div>
 <div class="col"><h4>Quick Links</h4><ul><li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li><li><a href="/Jobs.aspx">Employment</a></li><li><a href="/Bids.aspx">Bids &amp; RFPs</a></li><li><a href="/FAQ.aspx">FAQs</a></li><li><a href="/Archive.aspx">Archive Center</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li></ul></div>
 <div class="col"><h4>Site Links</h4><ul><li><a href="/">Home</a></li><li><a href="/Sitemap">Site Map</a></li><li><a href="/Accessibility">Accessibility</a></li><li><a href="/Copyright">Copyright Notices</a></li></ul></div></div>
 <div id="poweredBy"><a href="https://www.civicplus.example/civicengage" target="_blank" rel="noopener">Government Websites by <img src="/Assets/Images/CivicPlusLogo.png" alt="CivicPlus" /></a></div>
</footer>
</div>
<script src="/Assets/Scripts/Widgets/widgets.min.js?v=7.0"></script>
</body></html>"""


def _mb_home() -> str:
    news = "".join(
        f'<li class="widgetItem h-entry"><h4 class="widgetTitle field p-name"><a href="/CivicAlerts.aspx?AID={aid}">{t}</a></h4>'
        f'<div class="widgetBody field p-summary">{s} <a class="readOn" href="/CivicAlerts.aspx?AID={aid}" aria-label="Read on about {t}">Read on...</a></div>'
        f'<div class="widgetMeta">{d.strftime("%A")}, {d.strftime("%B")} {d.day}, {d.year}</div></li>'
        for d, aid, t, s in _MB_NEWS[:4]
    )
    agendas = "".join(
        f'<li class="widgetItem"><h4 class="widgetTitle"><a href="/AgendaCenter/ViewFile/Agenda/{f}">{when} &mdash; {t}</a></h4></li>'
        for when, t, f, _ in _MB_AGENDAS[:3]
    )
    events = "".join(
        f'<li class="widgetItem"><h4 class="widgetTitle"><a href="/Calendar.aspx?EID={eid}">{t}</a></h4><div class="widgetMeta"><span class="date">{d}</span> <span class="time">{tm}</span></div></li>'
        for eid, t, d, tm in [
            (5521, "Thanksgiving Holiday - City Offices Closed", "November 26, 2026", "All Day"),
            (5530, "Christmas in Millbrook Tree Lighting", "December 5, 2026", "6:00 PM - 8:00 PM"),
            (5534, "City Council Regular Meeting", "December 8, 2026", "6:30 PM"),
        ]
    )
    buttons = "".join(
        f'<li><a href="{u}" class="fancyButton"><span class="text">{t}</span></a></li>'
        for t, u in [("Pay My Bill", "/Pay"), ("Report a Concern", "/RequestTracker.aspx"), ("Agendas &amp; Minutes", "/AgendaCenter"), ("Job Openings", "/Jobs.aspx"), ("Notify Me&reg;", "/list.aspx"), ("Library", "/Library")]
    )
    body = f"""
<div class="cpGrid row"><div class="col col12"><div class="slideshow"><img src="/ImageRepository/Document?documentID=450" alt="Downtown Millbrook at sunset" /></div></div></div>
<div class="cpGrid row"><div class="col col12"><ul class="fancyButtons">{buttons}</ul></div></div>
<div class="cpGrid row">
 <div class="col col8"><div class="widget newsFlash widgetNewsFlash" id="newsFlashWidget"><h3 class="widgetHeader"><a href="/CivicAlerts.aspx">News Flash</a></h3><ol class="semanticList">{news}</ol>
  <a class="widgetViewAll" href="/CivicAlerts.aspx" aria-label="View All News Flash">View All</a></div></div>
 <div class="col col4">
  <div class="widget alertCenter widgetAlertCenter" id="alertCenterWidget"><h3 class="widgetHeader"><a href="/AlertCenter.aspx">Alert Center</a></h3><div class="widgetBody"><p class="noAlerts">There are no Alerts at this time.</p></div><a class="widgetViewAll" href="/AlertCenter.aspx">View All</a></div>
  <div class="widget agendaCenter widgetAgendaCenter" id="agendaWidget"><h3 class="widgetHeader"><a href="/AgendaCenter">Agenda Center</a></h3><ol class="semanticList">{agendas}</ol><a class="widgetViewAll" href="/AgendaCenter">View All</a></div>
  <div class="widget calendar widgetCalendar" id="calendarWidget"><h3 class="widgetHeader"><a href="/Calendar.aspx">Calendar</a></h3><ol class="semanticList">{events}</ol><a class="widgetViewAll" href="/Calendar.aspx">View All</a></div>
 </div>
</div>
"""
    return _mb_page("Millbrook, TX - Official Website | Official Website", body)


def _mb_news_page() -> str:
    items = "".join(
        f'<div class="item"><h3><a href="/CivicAlerts.aspx?AID={aid}">{t}</a></h3><div class="date">Posted on: {d.strftime("%B")} {d.day}, {d.year}</div><p>{s}</p><a class="more" href="/CivicAlerts.aspx?AID={aid}">Read on...</a></div>'
        for d, aid, t, s in _MB_NEWS
    )
    return _mb_page("News Flash &bull; Millbrook, TX &bull; CivicEngage", f'<div id="moduleContent"><h1>News Flash</h1><div class="category"><h2>Home</h2>{items}</div><div class="rss"><a href="/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml">RSS</a> | <a href="/list.aspx">Notify Me&reg;</a></div></div>')


def _mb_agenda_page() -> str:
    rows = "".join(
        f'<tr class="catAgendaRow"><td><h3><strong aria-label="Agenda for {when}">{when}</strong></h3><p><a href="/AgendaCenter/ViewFile/Agenda/{f}">{t}</a></p></td><td class="minutes"></td>'
        f'<td class="downloads"><a href="/AgendaCenter/ViewFile/Agenda/{f}?html=true">HTML</a> <a href="/AgendaCenter/ViewFile/Agenda/{f}?packet=true">Packet</a></td><td class="media"><span class="posted">{posted}</span></td></tr>'
        for when, t, f, posted in _MB_AGENDAS
    )
    return _mb_page("Agenda Center &bull; Millbrook, TX &bull; CivicEngage", f"""<div id="moduleContent"><h1>Agenda Center</h1>
<div class="listing"><h2>City Council &amp; Commissions</h2><table class="listingTable" summary="Agendas"><thead><tr><th>Agenda</th><th>Minutes</th><th>Download</th><th>Posted</th></tr></thead><tbody>{rows}</tbody></table></div></div>""")


def _mb_alert_page() -> str:
    return _mb_page("Alert Center &bull; Millbrook, TX &bull; CivicEngage", '<div id="moduleContent"><h1>Alert Center</h1><div class="alertCategories"><p>There are no Alerts at this time.</p><p>Sign up for <a href="/list.aspx">Notify Me&reg;</a> to receive alerts by email or text message.</p></div></div>')


_site(
    "www.millbrooktx.test",
    {"/": _mb_home(), "/CivicAlerts.aspx": _mb_news_page(), "/AgendaCenter": _mb_agenda_page(), "/AlertCenter.aspx": _mb_alert_page()},
    SiteTruth(
        key="millbrook",
        host="www.millbrooktx.test",
        name="City of Millbrook, Texas",
        status="healthy",
        passed=True,
        must=(),
        must_not=FRESH_NO + HIJACK_NO,
        columns=(
            ColumnTruth("News Flash", "news", date(2026, 11, 19), why="'Thursday, November 19, 2026' is an item's date, not a clock"),
            ColumnTruth("Agenda Center", "other", date(2026, 11, 20), why="the list page says the Nov 23 agenda was 'Posted Nov 20, 2026'; the homepage widget shows meeting dates only (newest past: Nov 17); Nov 23 ahead is an upcoming meeting, not a faked date"),
            ColumnTruth("Alert Center", "other", None, required=False, why="'There are no Alerts at this time' is the normal state of an alert channel, not a blank column"),
            ColumnTruth("Calendar", "other", None, required=False),
        ),
        last_updated=date(2026, 11, 20),
        home_status="healthy",
        home_passed=True,
        home_must_not=("homepage_stale", "abandoned", "undated", *HIJACK_NO),
        homepage_newest=date(2026, 11, 19),
        list_pages={
            "/CivicAlerts.aspx": ListTruth(date(2026, 11, 19)),
            "/AgendaCenter": ListTruth(date(2026, 11, 20), why="Posted Nov 20, 2026 9:15 AM: the newest agenda's publication"),
        },
    ),
)


# ---------------------------------------------------------------------------
# 11. A Nigerian ministry's lapsed domain: a parking lander
# ---------------------------------------------------------------------------

_PARKED = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fmyouthdev-ng.test</title>
<meta name="description" content="fmyouthdev-ng.test is for sale! Check it out on ParkLogic.">
<link rel="preconnect" href="https://www.google.com" crossorigin>
<style>html,body{margin:0;padding:0;font-family:Arial,sans-serif;background:#f4f4f4;color:#333}.header{background:#1a1a2e;color:#fff;padding:18px 0;text-align:center}.domain{font-size:34px;font-weight:bold;letter-spacing:.5px}.sale-banner{background:#ffcc00;color:#111;padding:12px;text-align:center;font-size:18px}.sale-banner a{color:#111;font-weight:bold}.container{max-width:960px;margin:0 auto;padding:20px}.related h2{font-size:18px;color:#666;font-weight:normal}.related ul{list-style:none;padding:0}.related li{margin:10px 0;padding:14px 18px;background:#fff;border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.08)}.related a{color:#1a0dab;font-size:20px;text-decoration:none}.footer{font-size:12px;color:#888;text-align:center;padding:30px}</style>
<script>var pageOptions={"pubId":"dp-parklogic55_3ph","domainRegistrant":"as-drid-2411902338571420","styleId":"5837883959","adtest":"off","resultsPageBaseUrl":"//fmyouthdev-ng.test/?ts=","terms":"Youth Empowerment Programs,Government Grants Nigeria,Skills Acquisition Centre,Scholarship Application,NYSC Registration","uiOptimize":true,"kw":"fmyouthdev-ng.test"};</script>
<script async src="https://www.google.com/adsense/domains/caf.js?abp=1"></script>
</head>
<body>
<div class="header"><div class="domain">fmyouthdev-ng.test</div></div>
<div class="sale-banner">The domain <strong>fmyouthdev-ng.test</strong> may be for sale. <a href="https://www.parklogic.example/inquire?domain=fmyouthdev-ng.test" rel="nofollow">Click here to inquire about this domain.</a></div>
<div class="container">
 <div id="relatedsearches1" class="related"><h2>Related Searches:</h2><ul>
  <li><a href="/?ts=1&amp;q=Youth+Empowerment+Programs" rel="nofollow">Youth Empowerment Programs</a></li>
  <li><a href="/?ts=1&amp;q=Government+Grants+Nigeria" rel="nofollow">Government Grants Nigeria</a></li>
  <li><a href="/?ts=1&amp;q=Skills+Acquisition+Centre" rel="nofollow">Skills Acquisition Centre</a></li>
  <li><a href="/?ts=1&amp;q=Scholarship+Application" rel="nofollow">Scholarship Application</a></li>
  <li><a href="/?ts=1&amp;q=NYSC+Registration" rel="nofollow">NYSC Registration</a></li>
 </ul></div>
</div>
<div class="footer">2026 Copyright. All Rights Reserved.<br><br>The Sponsored Listings displayed above are served automatically by a third party. Neither the service provider nor the domain owner maintain any relationship with the advertisers. In case of trademark issues please contact the domain owner directly (contact information can be found in whois).<br><br><a href="/privacy.html" rel="nofollow">Privacy Policy</a></div>
</body>
</html>"""

_site(
    "www.fmyouthdev-ng.test",
    {"/": _PARKED},
    SiteTruth(
        key="fmyd",
        host="www.fmyouthdev-ng.test",
        name="Federal Ministry of Youth Development (former domain)",
        status="zombie",
        passed=False,
        must=("parked_domain",),
        must_not=("hidden_links", "spam_content", "offsite_redirect", "column_empty", "future_dated"),
        columns=(),
        last_updated=None,
        home_status="zombie",
        home_passed=False,
        home_must=("parked_domain",),
        home_must_not=("hidden_links", "spam_content"),
        homepage_newest=None,
        why="a domain parking lander with 'may be for sale' and sponsored related searches",
    ),
)
