"""Blind evaluation, round 2: five English-language public-sector sites written from
memory of how such sites looked in 2024-2026 (before reading the project's fixtures).

Each site is a dict path -> page, dated relative to the fixed clock NOW; TRUTH says what
an inspector would conclude for each. Kinds: an Irish county council (gov.ie style), a US
state DOT on Drupal, a South African local municipality, a Philippine city government on
WordPress and a Scottish NHS board.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

NOW = datetime(2026, 3, 16, 10, tzinfo=UTC)


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def irish(days: int) -> str:  # 12 March 2026
    d = ago(days)
    return f"{d.day} {d.strftime('%B %Y')}"


def ddmmyyyy(days: int) -> str:  # 12/03/2026
    return ago(days).strftime("%d/%m/%Y")


def us_long(days: int) -> str:  # March 12, 2026
    d = ago(days)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def us_short(days: int) -> str:  # 03/12/2026
    return ago(days).strftime("%m/%d/%Y")


def iso(days: int) -> str:
    return ago(days).strftime("%Y-%m-%d")


def slash_ymd(days: int) -> str:  # 2026/03/12 (South Africa)
    return ago(days).strftime("%Y/%m/%d")


FILLER = (
    "<p>We are committed to providing accessible, high quality services to everyone who "
    "lives in, works in or visits the area. Find information about services, how to "
    "apply, pay or report something, and how to contact us.</p>"
)


# --- A: Irish county council (gov.ie style), healthy ---------------------------------

IE_NEWS = [
    (1, "Council adopts Draft Climate Action Plan 2026-2030 for public consultation"),
    (3, "Roadworks: N7 Naas Road resurfacing works to begin on Monday"),
    (5, "Local Property Tax: Councillors vote to retain base rate for 2026"),
    (8, "Town Centre First plan for Athy published"),
    (11, "Tidy Towns grants now open for applications"),
    (16, "Kildare Library Service launches new Sensory Spaces"),
    (22, "Public Participation Network annual plenary"),
    (30, "Storm update: all regional roads now reopened"),
]
IE_NOTICES = [
    (4, "Part 8 Planning: Proposed active travel scheme, Naas Road"),
    (12, "Notice of intention to make Casual Trading Bye-Laws 2026"),
    (27, "Temporary road closure: R445 Newbridge, 14 to 18 April"),
    (45, "Notice of Annual Budget Meeting"),
]
IE_VACANCIES = [
    (2, "Senior Executive Engineer (Roads and Transportation)", 20),
    (9, "Clerical Officer - Panel Competition", 10),
    (19, "Executive Librarian", 5),
]
IE_TENDERS = [
    (6, "Provision of Winter Maintenance Salt Supply 2026-2028"),
    (14, "Design Team for Newbridge Public Realm Enhancement"),
    (40, "Framework for Minor Building Works Contractors (Lot 1-3)"),
]
IE_MINUTES = [
    (7, "Minutes of Monthly Council Meeting - February 2026"),
    (35, "Minutes of Monthly Council Meeting - January 2026"),
    (63, "Minutes of Budget Meeting - November 2025"),
]
IE_EVENTS = [(-4, "Kildare Culture Night Planning Workshop"), (-12, "Naas Library: Spring Seed Swap"), (-26, "Heritage Week Walking Tour")]


def ie_card(days: int, title: str, href: str) -> str:
    return (
        f'<li class="gov-card"><div class="card-body"><a class="card-link" href="{href}">'
        f'<h3 class="card-title">{title}</h3></a><p class="card-meta">'
        f'<time datetime="{iso(days)}">{irish(days)}</time></p></div></li>'
    )


def ie_header() -> str:
    return """<!DOCTYPE html><html lang="en-IE"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kildare County Council</title><link rel="stylesheet" href="/static/css/main.css">
</head><body><a class="skip-link" href="#main">Skip to main content</a>
<div class="govie-header"><div class="container"><a href="https://www.gov.ie/en/" class="govie-logo">gov.ie</a>
<a href="/ga/" lang="ga">Gaeilge</a></div></div>
<header class="site-header"><a href="/" class="logo"><img src="/static/img/kcc-logo.svg" alt="Kildare County Council"></a>
<form role="search" action="/search/"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
<nav class="primary-nav" aria-label="Main"><ul>
<li><a href="/services/">Services</a></li><li><a href="/news/">News</a></li>
<li><a href="/public-notices/">Public Notices</a></li><li><a href="/council-meetings/">Your Council</a></li>
<li><a href="/careers/">Careers</a></li><li><a href="/tenders/">Tenders</a></li>
<li><a href="/events/">What's On</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></nav></header>
"""


def ie_footer() -> str:
    return f"""<footer class="site-footer"><div class="container">
<div class="footer-col"><h2>Contact us</h2><p>Kildare County Council, Áras Chill Dara, Devoy Park, Naas, Co. Kildare, W91 X77F</p>
<p>Phone: <a href="tel:+35345980200">045 980 200</a> Out of hours: 1890 500 333</p></div>
<div class="footer-col"><h2>Useful links</h2><ul><li><a href="/accessibility/">Accessibility Statement</a></li>
<li><a href="/privacy/">Privacy Statement</a></li><li><a href="/cookies/">Cookie Policy</a></li>
<li><a href="/foi/">Freedom of Information</a></li><li><a href="https://www.gov.ie/">gov.ie</a></li></ul></div>
<p class="copyright">&copy; Kildare County Council {NOW.year}</p></div></footer>
<script src="/static/js/main.js"></script></body></html>"""


def ie_home() -> str:
    services = "".join(
        f'<li><a href="/services/{s.lower().replace(" ", "-")}/">{s}</a></li>'
        for s in (
            "Planning", "Housing", "Motor Tax", "Roads and Transportation", "Environment",
            "Water Services", "Libraries", "Parks", "Community", "Fire Service",
            "Local Enterprise Office", "Pay Online", "Report It", "Rates", "Burial Grounds",
        )
    )
    news = "".join(ie_card(d, t, f"/news/{i}-{iso(d)}/") for i, (d, t) in enumerate(IE_NEWS[:6]))
    notices = "".join(
        f'<li><a href="/public-notices/{i}/">{t}</a> <span class="date">{ddmmyyyy(d)}</span></li>'
        for i, (d, t) in enumerate(IE_NOTICES)
    )
    jobs = "".join(
        f'<li><a href="/careers/{i}/">{t}</a><span class="closing">Closing date: {irish(-close)}</span></li>'
        for i, (d, t, close) in enumerate(IE_VACANCIES)
    )
    events = "".join(
        f'<li class="event"><a href="/events/{i}/">{t}</a><time datetime="{iso(d)}">{irish(d)}</time></li>'
        for i, (d, t) in enumerate(IE_EVENTS)
    )
    return (
        ie_header()
        + f"""<main id="main"><section class="hero"><h1>Welcome to Kildare County Council</h1>
<p>Find information and services from Kildare County Council.</p>
<a class="btn" href="/services/pay-online/">Pay online</a><a class="btn" href="/services/report-it/">Report an issue</a></section>
<section class="services"><h2>Services</h2><ul class="service-grid">{services}</ul></section>
<section class="news"><h2>Latest News</h2><ul class="card-list">{news}</ul><a class="more" href="/news/">View all news</a></section>
<div class="two-col"><section class="notices"><h2>Public Notices</h2><ul>{notices}</ul><a href="/public-notices/">All public notices</a></section>
<section class="jobs"><h2>Current Vacancies</h2><ul>{jobs}</ul><a href="/careers/">All vacancies</a></section></div>
<section class="events"><h2>Upcoming Events</h2><ul>{events}</ul><a href="/events/">See all events</a></section>
<section class="about">{FILLER * 6}</section></main>"""
        + ie_footer()
    )


def ie_list(title: str, items: list[str]) -> str:
    return (
        ie_header()
        + f'<main id="main"><nav class="breadcrumb"><a href="/">Home</a> / {title}</nav>'
        f'<h1>{title}</h1><ul class="listing">{"".join(items)}</ul>'
        '<nav class="pagination"><a href="?page=2">Next</a></nav></main>'
        + ie_footer()
    )


def ie_site() -> dict[str, str]:
    older_news = IE_NEWS + [(37 + 7 * i, f"Council news item {i}") for i in range(8)]
    return {
        "/": ie_home(),
        "/news/": ie_list("News", [ie_card(d, t, f"/news/{i}/") for i, (d, t) in enumerate(older_news)]),
        "/public-notices/": ie_list(
            "Public Notices",
            [f'<li><a href="/public-notices/{i}/">{t}</a> <span class="date">Published: {ddmmyyyy(d)}</span></li>'
             for i, (d, t) in enumerate(IE_NOTICES)],
        ),
        "/careers/": ie_list(
            "Careers",
            [f'<li><a href="/careers/{i}/">{t}</a><p>Posted: {irish(d)} | Closing date: {irish(-c)}</p></li>'
             for i, (d, t, c) in enumerate(IE_VACANCIES)],
        ),
        "/tenders/": ie_list(
            "Tenders",
            [f'<li><a href="/tenders/{i}/">{t}</a><p>Published on etenders.gov.ie: {irish(d)}</p></li>'
             for i, (d, t) in enumerate(IE_TENDERS)],
        ),
        "/council-meetings/": ie_list(
            "Council Meetings",
            [f'<li><a href="/council-meetings/{i}.pdf">{t}</a> <span>{ddmmyyyy(d)}</span></li>'
             for i, (d, t) in enumerate(IE_MINUTES)],
        ),
        "/events/": ie_list(
            "What's On",
            [f'<li><a href="/events/{i}/">{t}</a><time datetime="{iso(d)}">{irish(d)}</time></li>'
             for i, (d, t) in enumerate(IE_EVENTS)],
        ),
    }


# --- B: US state DOT on Drupal, homepage and press releases stale -----------------------

DOT_NEWS = [
    (41, "DOT awards $48 million for rural bridge replacement program"),
    (47, "Winter storm: crews pre-treating interstates ahead of snowfall"),
    (55, "I-25 Gap project reaches substantial completion"),
    (62, "Holiday travel: lane closures suspended through New Year"),
    (70, "DOT seeks public input on 10-Year Transportation Plan"),
    (84, "Work zone safety awareness campaign launches"),
]
DOT_NOTICES = [
    (33, "Notice of Public Hearing: US 287 Corridor Environmental Assessment"),
    (60, "Disadvantaged Business Enterprise (DBE) Goal Methodology - Public Comment"),
    (95, "Notice of Availability: Statewide Transportation Improvement Program"),
]
DOT_LETTINGS = [
    (20, "Bid Letting: Project 24871 - SH 9 Resurfacing, Summit County"),
    (34, "Bid Letting: Project 25102 - I-70 Bridge Deck Rehabilitation"),
    (48, "Bid Letting: Project 24550 - US 50 Safety Improvements"),
]
DOT_MINUTES = [
    (27, "Transportation Commission Meeting Minutes - February 2026"),
    (58, "Transportation Commission Meeting Minutes - January 2026"),
]
DOT_JOBS = [
    (29, "Highway Maintenance Worker I - Region 3"),
    (44, "Civil Engineering Project Manager II"),
]


def drupal_row(days: int, title: str, href: str) -> str:
    return (
        f'<div class="views-row"><article class="node node--type-news node--view-mode-teaser">'
        f'<h3 class="node__title"><a href="{href}" rel="bookmark"><span class="field field--name-title">{title}</span></a></h3>'
        f'<div class="field field--name-field-date"><time datetime="{iso(days)}T12:00:00Z" class="datetime">{us_long(days)}</time></div>'
        f'<div class="field field--name-body"><p>{title}. Read the full release for details.</p></div></article></div>'
    )


def dot_header() -> str:
    return """<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Department of Transportation | State of Colorado</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_abc123.css"></head>
<body class="path-frontpage"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="usa-banner"><p>An official website of the State of Colorado</p></div>
<header role="banner"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/dot/logo.svg" alt="Home"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu"><li class="menu-item"><a href="/travel">Travel Center</a></li>
<li class="menu-item"><a href="/projects">Projects</a></li><li class="menu-item"><a href="/news">News</a></li>
<li class="menu-item"><a href="/public-notices">Public Notices</a></li><li class="menu-item"><a href="/business/bidding">Business Center</a></li>
<li class="menu-item"><a href="/commission/meetings">Transportation Commission</a></li><li class="menu-item"><a href="/careers">Careers</a></li>
<li class="menu-item"><a href="/about">About</a></li></ul></nav></header>
"""


def dot_footer() -> str:
    return f"""<footer role="contentinfo" class="site-footer"><div class="region region-footer">
<nav><ul class="menu"><li><a href="/contact">Contact Us</a></li><li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy Statement</a></li><li><a href="/transparency">Transparency Online</a></li>
<li><a href="/title-vi">Title VI / Nondiscrimination</a></li></ul></nav>
<p>2829 W. Howard Pl., Denver, CO 80204 | 303-757-9011</p>
<p>&copy; {NOW.year} State of Colorado Department of Transportation</p></div></footer>
<script src="/core/misc/drupal.js"></script></body></html>"""


def dot_home() -> str:
    rows = "".join(drupal_row(d, t, f"/news/{iso(d)}/release-{i}") for i, (d, t) in enumerate(DOT_NEWS[:4]))
    notices = "".join(
        f'<li><a href="/public-notices/{i}">{t}</a> <span class="date">{us_short(d)}</span></li>'
        for i, (d, t) in enumerate(DOT_NOTICES)
    )
    quick = "".join(
        f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>'
        for s in ("Road Conditions", "Chain Law", "Traffic Cameras", "Bustang", "Permits",
                  "Report a Pothole", "Construction Projects", "Maps", "Safety", "Aviation")
    )
    return (
        dot_header()
        + f"""<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="hero"><h1>Travel safely this winter</h1><p>Check COtrip.org before you go.</p><a class="button" href="https://www.cotrip.org">Visit COtrip</a></div>
<div class="quick-links"><h2>Quick Links</h2><ul>{quick}</ul></div>
<section class="block-views-blocknews-block-1"><h2>Latest News</h2><div class="view-content">{rows}</div>
<div class="more-link"><a href="/news">More News Releases</a></div></section>
<section class="notices"><h2>Public Notices</h2><ul>{notices}</ul><a href="/public-notices">View all public notices</a></section>
<section class="about">{FILLER * 6}</section></main>"""
        + dot_footer()
    )


def dot_list(title: str, rows: list[str]) -> str:
    return (
        dot_header()
        + f'<main role="main"><h1 class="page-title">{title}</h1><div class="view-content">{"".join(rows)}</div>'
        '<nav class="pager"><ul><li class="pager__item"><a href="?page=1">Next ›</a></li></ul></nav></main>'
        + dot_footer()
    )


def dot_site() -> dict[str, str]:
    news = DOT_NEWS + [(90 + 9 * i, f"News release archive {i}") for i in range(8)]
    table = lambda rows: [  # noqa: E731
        '<table class="views-table"><thead><tr><th>Title</th><th>Date</th></tr></thead><tbody>'
        + "".join(rows) + "</tbody></table>"
    ]
    return {
        "/": dot_home(),
        "/news": dot_list("News Releases", [drupal_row(d, t, f"/news/r{i}") for i, (d, t) in enumerate(news)]),
        "/public-notices": dot_list("Public Notices", table(
            [f'<tr><td><a href="/public-notices/{i}">{t}</a></td><td>{us_short(d)}</td></tr>'
             for i, (d, t) in enumerate(DOT_NOTICES)])),
        "/business/bidding": dot_list("Bid Lettings", table(
            [f'<tr><td><a href="/business/bidding/{i}">{t}</a></td><td>{us_short(d)}</td></tr>'
             for i, (d, t) in enumerate(DOT_LETTINGS)])),
        "/commission/meetings": dot_list("Transportation Commission Meetings", table(
            [f'<tr><td><a href="/commission/{i}.pdf">{t}</a></td><td>{us_long(d)}</td></tr>'
             for i, (d, t) in enumerate(DOT_MINUTES)])),
        "/careers": dot_list("Careers", table(
            [f'<tr><td><a href="https://www.governmentjobs.com/careers/colorado/jobs/{i}">{t}</a></td><td>Posted {us_short(d)}</td></tr>'
             for i, (d, t) in enumerate(DOT_JOBS)])),
    }


# --- C: South African local municipality, five empty columns ---------------------------

ZA_NEWS = [
    (2, "Mayor hands over title deeds to 150 beneficiaries in Imbali"),
    (6, "Water interruption notice: Northdale and surrounds"),
    (9, "Municipality tables 2026/27 Draft IDP and Budget"),
    (13, "Load reduction schedule update from Eskom"),
    (20, "Clean-up campaign in the CBD"),
]
ZA_EMPTY = {
    "/vacancies/": ("Vacancies", "There are no vacancies at this time."),
    "/tenders/": ("Tenders", "There are currently no tenders advertised."),
    "/quotations/": ("Quotations (RFQ)", "No quotations available at this time."),
    "/public-notices/": ("Public Notices", "No notices to display."),
    "/council-minutes/": ("Council Minutes", "No documents found."),
}


def za_header() -> str:
    nav = "".join(f'<li><a href="{p}">{name}</a></li>' for p, (name, _) in ZA_EMPTY.items())
    return f"""<!DOCTYPE html><html lang="en-ZA"><head><meta charset="UTF-8">
<title>Msunduzi Local Municipality - City of Choice</title></head><body>
<div class="top-bar"><span>Call Centre: 0800 00 1868</span> <a href="/report-a-fault/">Report a fault</a></div>
<header><a href="/" class="brand"><img src="/images/logo.png" alt="Msunduzi Municipality"></a>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/about-us/">About Us</a></li>
<li><a href="/news/">News</a></li>{nav}<li><a href="/idp-budget/">IDP &amp; Budget</a></li>
<li><a href="/contact-us/">Contact Us</a></li></ul></nav></header>
"""


def za_footer() -> str:
    return f"""<footer><div class="footer-widgets"><div><h4>Contact</h4><p>City Hall, 333 Church Street, Pietermaritzburg, 3201</p>
<p>Tel: 033 392 3000</p></div><div><h4>Quick links</h4><ul><li><a href="/paia/">PAIA Manual</a></li>
<li><a href="/by-laws/">By-laws</a></li><li><a href="/mfma/">MFMA Documents</a></li></ul></div></div>
<p class="copyright">Copyright &copy; {NOW.year} Msunduzi Local Municipality. All rights reserved.</p></footer></body></html>"""


def za_home() -> str:
    cards = "".join(
        f'<div class="news-card"><a href="/news/{i}/"><h3>{t}</h3></a><span class="post-date">{slash_ymd(d)}</span></div>'
        for i, (d, t) in enumerate(ZA_NEWS)
    )
    boxes = "".join(
        f'<div class="home-box"><h2>{name}</h2><p>{empty}</p><a href="{p}">View all</a></div>'
        for p, (name, empty) in ZA_EMPTY.items()
    )
    return (
        za_header()
        + f"""<main><div class="slider"><h1>Msunduzi: City of Choice</h1><p>Pay your municipal account online</p>
<a href="/e-services/">e-Services</a></div>
<section class="latest-news"><h2>Latest News</h2>{cards}<a href="/news/">More news</a></section>
<section class="home-boxes">{boxes}</section><section>{FILLER * 8}</section></main>"""
        + za_footer()
    )


def za_site() -> dict[str, str]:
    pages = {
        "/": za_home(),
        "/news/": za_header()
        + "<main><h1>News</h1>"
        + "".join(
            f'<article class="post"><h2><a href="/news/{i}/">{t}</a></h2><p class="meta">Posted on {irish(d)}</p></article>'
            for i, (d, t) in enumerate(ZA_NEWS + [(27 + 7 * i, f"Municipal news {i}") for i in range(6)])
        )
        + "</main>" + za_footer(),
    }
    for path, (name, empty) in ZA_EMPTY.items():
        pages[path] = za_header() + f'<main><h1>{name}</h1><div class="entry-content"><p>{empty}</p></div></main>' + za_footer()
    return pages


# --- D: Philippine city government on WordPress, hijacked ------------------------------

PH_NEWS = [
    (1, "City Mayor leads groundbreaking of new Ilagan City Hospital annex"),
    (2, "Libreng Sakay: Free rides extended for students until June"),
    (4, "City Health Office conducts measles vaccination drive in 91 barangays"),
    (7, "Sangguniang Panlungsod approves 2026 Annual Investment Program"),
    (10, "CDRRMO readies for typhoon season"),
    (15, "Ilagan hosts regional Palarong Pambansa qualifiers"),
]
SPAM = [
    ("https://sabong-online-ph.example/", "online sabong"),
    ("https://jili-casino-ph.example/", "JILI slot casino free 100"),
    ("https://bet88-ph.example/", "online casino Philippines real money"),
    ("https://buy-viagra-manila.example/", "buy viagra online without prescription"),
    ("https://cialis-cheap.example/", "cheap cialis"),
    ("https://pgsoft-slot.example/", "slot gacor maxwin"),
]


def wp_post(days: int, title: str, i: int) -> str:
    d = ago(days)
    return (
        f'<article id="post-{9000 + i}" class="post-{9000 + i} post type-post status-publish format-standard has-post-thumbnail category-news">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="/{d:%Y/%m/%d}/news-{i}/" rel="bookmark">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><a href="/{d:%Y/%m/%d}/news-{i}/" rel="bookmark">'
        f'<time class="entry-date published" datetime="{iso(days)}T08:00:00+08:00">{us_long(days)}</time></a></span>'
        f'<span class="byline"> by <a href="/author/cio/">City Information Office</a></span></div></header>'
        f'<div class="entry-summary"><p>{title}. [&hellip;]</p></div></article>'
    )


def ph_header() -> str:
    return """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="generator" content="WordPress 6.5.3"><title>City Government of Ilagan &#8211; Official Website</title>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css' media='all' />
</head><body class="home blog wp-custom-logo">
<div class="gov-ph-topbar"><a href="https://www.gov.ph">GOVPH</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2023/01/ilagan-seal.png" alt="City of Ilagan"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li>
<li class="menu-item"><a href="/category/advisories/">Advisories</a></li><li class="menu-item"><a href="/bids-and-awards/">Bids and Awards</a></li>
<li class="menu-item"><a href="/careers/">Job Vacancies</a></li><li class="menu-item"><a href="/full-disclosure-policy/">Full Disclosure Policy</a></li>
<li class="menu-item"><a href="/citizens-charter/">Citizen's Charter</a></li><li class="menu-item"><a href="/transparency-seal/">Transparency Seal</a></li></ul></nav></header>
"""


def ph_footer() -> str:
    spam = "".join(f'<a href="{u}">{t}</a> ' for u, t in SPAM)
    return f"""<div style="position:absolute;left:-9999px;top:-9999px;display:none">{spam}
<p>Maglaro ng online sabong at casino, manalo ng malaki! Best slot online Philippines.</p></div>
<footer class="site-footer"><div class="footer-widgets"><section class="widget"><h2 class="widget-title">Contact</h2>
<p>City Hall, Alibagu, City of Ilagan, Isabela 3300</p><p>(078) 624-0001</p></section>
<section class="widget"><h2 class="widget-title">Republic of the Philippines</h2><p>All content is in the public domain unless otherwise stated.</p>
<ul><li><a href="https://www.gov.ph/about">About GOVPH</a></li><li><a href="https://data.gov.ph">Open Data Portal</a></li>
<li><a href="https://www.officialgazette.gov.ph">Official Gazette</a></li></ul></section></div>
<div class="site-info">Copyright &copy; {NOW.year} City Government of Ilagan | Powered by <a href="https://wordpress.org/">WordPress</a></div></footer>
<script src='/wp-includes/js/jquery/jquery.min.js' id='jquery-core-js'></script></body></html>"""


def ph_home() -> str:
    posts = "".join(wp_post(d, t, i) for i, (d, t) in enumerate(PH_NEWS))
    adv = "".join(
        f'<li><a href="/advisories/{i}/">{t}</a> <span>{us_long(d)}</span></li>'
        for i, (d, t) in enumerate([(3, "Class suspension advisory"), (12, "Real property tax deadline extended")])
    )
    return (
        ph_header()
        + f"""<div id="content" class="site-content"><div class="hero"><h1>Serbisyong Tapat, Serbisyong Totoo</h1></div>
<main id="main" class="site-main"><h2>Latest News</h2>{posts}
<nav class="navigation posts-navigation"><a href="/category/news/page/2/">Older posts</a></nav></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Advisories</h2><ul>{adv}</ul></section>
<section class="widget">{FILLER * 5}</section></aside></div>"""
        + ph_footer()
    )


def ph_site() -> dict[str, str]:
    bids = [(5, "Invitation to Bid: Construction of Barangay Health Station"), (18, "Notice of Award: Supply of Office Equipment")]
    jobs = [(8, "Administrative Aide IV (Clerk II)"), (8, "Nurse II - City Health Office")]
    return {
        "/": ph_home(),
        "/category/news/": ph_header() + '<main id="main"><h1 class="page-title">Category: News</h1>'
        + "".join(wp_post(d, t, i) for i, (d, t) in enumerate(PH_NEWS + [(20 + 6 * i, f"City news {i}") for i in range(6)]))
        + "</main>" + ph_footer(),
        "/category/advisories/": ph_header() + '<main id="main"><h1 class="page-title">Category: Advisories</h1>'
        + "".join(wp_post(d, t, 50 + i) for i, (d, t) in enumerate([(3, "Class suspension advisory"), (12, "Real property tax deadline extended")]))
        + "</main>" + ph_footer(),
        "/bids-and-awards/": ph_header() + '<main id="main"><h1>Bids and Awards</h1><table><tr><th>Title</th><th>Date Posted</th></tr>'
        + "".join(f'<tr><td><a href="/wp-content/uploads/bid-{i}.pdf">{t}</a></td><td>{us_long(d)}</td></tr>' for i, (d, t) in enumerate(bids))
        + "</table></main>" + ph_footer(),
        "/careers/": ph_header() + '<main id="main"><h1>Job Vacancies</h1><ul>'
        + "".join(f'<li><a href="/careers/{i}/">{t}</a> &ndash; Posted {us_long(d)}</li>' for i, (d, t) in enumerate(jobs))
        + "</ul></main>" + ph_footer(),
    }


# --- E: Scottish NHS board, zombie (nothing new since October 2024) ---------------------

NHS_BASE = 505  # days: 28 Oct 2024 relative to NOW
NHS_NEWS = [
    (NHS_BASE, "Winter vaccination programme 2024: book your appointment"),
    (NHS_BASE + 12, "Borders General Hospital car park resurfacing"),
    (NHS_BASE + 30, "New mental health hub opens in Galashiels"),
    (NHS_BASE + 51, "Board approves Annual Delivery Plan 2024/25"),
    (NHS_BASE + 70, "Summer safety: sun awareness"),
]
NHS_PAPERS = [
    (NHS_BASE + 25, "Board Meeting Papers - 3 October 2024"),
    (NHS_BASE + 90, "Board Meeting Papers - 1 August 2024"),
    (NHS_BASE + 150, "Board Meeting Papers - 6 June 2024"),
]


def nhs_header() -> str:
    return """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>NHS Borders</title>
<link rel="stylesheet" href="/media/css/nhs-scotland.css"></head><body>
<header class="nhs-header"><a href="/" class="nhs-logo"><img src="/media/nhs-borders-logo.png" alt="NHS Borders"></a>
<nav class="nhs-nav"><ul><li><a href="/patients-and-visitors/">Patients and Visitors</a></li>
<li><a href="/our-services/">Our Services</a></li><li><a href="/about-us/latest-news/">Latest News</a></li>
<li><a href="/about-us/board-meetings/">Board Meetings</a></li><li><a href="/working-with-us/vacancies/">Working With Us</a></li>
<li><a href="/about-us/events/">Events</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></nav></header>
"""


def nhs_footer() -> str:
    return f"""<footer class="nhs-footer"><ul><li><a href="/accessibility/">Accessibility</a></li>
<li><a href="/privacy/">Privacy</a></li><li><a href="/foi/">Freedom of Information</a></li><li><a href="/complaints/">Feedback and Complaints</a></li></ul>
<p>NHS Borders, Headquarters, Education Centre, Borders General Hospital, Melrose, TD6 9BD. Tel: 01896 826000</p>
<p class="last-updated">Page last updated: {irish(NHS_BASE)}</p>
<p>&copy; NHS Borders {NOW.year}</p></footer></body></html>"""


def nhs_home() -> str:
    news = "".join(
        f'<div class="news-teaser"><a href="/about-us/latest-news/{i}/"><h3>{t}</h3></a><p class="date">{irish(d)}</p></div>'
        for i, (d, t) in enumerate(NHS_NEWS[:4])
    )
    services = "".join(
        f'<li><a href="/our-services/{s.lower().replace(" ", "-")}/">{s}</a></li>'
        for s in ("A and E", "Maternity", "Mental Health", "Pharmacy", "Dental", "GP Practices",
                  "Outpatients", "Sexual Health", "Child Health", "Physiotherapy", "Screening")
    )
    return (
        nhs_header()
        + f"""<main><div class="hero"><h1>Welcome to NHS Borders</h1><p>If you need urgent care call NHS 24 on 111.</p>
<a href="https://www.nhsinform.scot">NHS inform</a></div>
<section class="services"><h2>Our Services</h2><ul>{services}</ul></section>
<section class="news"><h2>Latest News</h2>{news}<a href="/about-us/latest-news/">More news</a></section>
<section class="vacancies"><h2>Vacancies</h2><p>All NHS Scotland vacancies are advertised on <a href="https://apply.jobs.scot.nhs.uk">jobs.scot.nhs.uk</a>.</p></section>
<section class="events"><h2>Events</h2><ul><li><a href="/about-us/events/annual-review-2024/">Annual Review 2024</a> <span>{irish(NHS_BASE + 20)}</span></li></ul></section>
<section>{FILLER * 6}</section></main>"""
        + nhs_footer()
    )


def nhs_site() -> dict[str, str]:
    return {
        "/": nhs_home(),
        "/about-us/latest-news/": nhs_header() + "<main><h1>Latest News</h1><ul>"
        + "".join(f'<li><a href="/about-us/latest-news/{i}/">{t}</a> <span class="date">{irish(d)}</span></li>'
                  for i, (d, t) in enumerate(NHS_NEWS + [(NHS_BASE + 80 + 14 * i, f"News item {i}") for i in range(8)]))
        + "</ul></main>" + nhs_footer(),
        "/about-us/board-meetings/": nhs_header() + "<main><h1>Board Meetings</h1><ul>"
        + "".join(f'<li><a href="/media/board/{i}.pdf">{t}</a> ({ddmmyyyy(d)})</li>' for i, (d, t) in enumerate(NHS_PAPERS))
        + "</ul></main>" + nhs_footer(),
        "/about-us/events/": nhs_header() + "<main><h1>Events</h1><ul>"
        + f'<li><a href="/about-us/events/annual-review-2024/">Annual Review 2024</a> {irish(NHS_BASE + 20)}</li>'
        + "</ul></main>" + nhs_footer(),
        "/working-with-us/vacancies/": nhs_header() + "<main><h1>Vacancies</h1>"
        + '<p>All NHS Scotland vacancies are advertised on <a href="https://apply.jobs.scot.nhs.uk">jobs.scot.nhs.uk</a>.</p></main>'
        + nhs_footer(),
    }


A_TO_Z = [
    "Accessibility", "Allotments", "Animal welfare", "Bins and recycling", "Births deaths and marriages",
    "Building control", "Burials", "Business rates", "Car parking", "Cemeteries", "Child protection",
    "Community grants", "Consultations", "Council tax", "Data protection", "Dog licences", "Elections",
    "Emergency planning", "Environmental health", "Equality", "Events licences", "Fire safety",
    "Flooding", "Food safety", "Freedom of information", "Grants", "Graffiti", "Heritage", "Homelessness",
    "Housing applications", "Housing repairs", "Leisure centres", "Libraries", "Licensing", "Litter",
    "Local elections", "Maps", "Noise complaints", "Open data", "Parks", "Pest control", "Planning applications",
    "Playgrounds", "Pollution", "Potholes", "Public toilets", "Rates", "Recycling centres", "Roads",
    "Schools", "Social care", "Sports", "Street lighting", "Tourism", "Trees", "Voting", "Water", "Youth services",
]


def padded(site: dict[str, str]) -> dict[str, str]:
    """Real homepages carry an A-Z of services and a few KB of inline settings script."""
    az = "".join(
        f'<li><a href="/a-z/{s.lower().replace(" ", "-")}/">{s}</a></li>' for s in A_TO_Z
    )
    settings = '{"path":{"baseUrl":"/","currentPath":"node"},"ajaxPageState":{"libraries":"' + (
        "core/drupal,core/once,system/base,views/views.module," * 120
    ) + '"}}'
    block = (
        f'<section class="a-to-z"><h2>Services A to Z</h2><ul class="az-list">{az * 3}</ul></section>'
        f'<script type="application/json" data-settings="true">{settings}</script>'
    )
    home = site["/"].replace("</main>", block + "</main>", 1)
    return {**site, "/": home}


SITES = {
    "kildare": lambda: padded(ie_site()),
    "cdot": lambda: padded(dot_site()),
    "msunduzi": lambda: padded(za_site()),
    "ilagan": lambda: padded(ph_site()),
    "nhsborders": lambda: padded(nhs_site()),
}

# The inspector's truth, written before any scan: verdict and findings that must appear.
TRUTH: dict[str, tuple[str, set[str]]] = {
    "kildare": ("healthy", set()),
    "cdot": ("stale", {"homepage_stale", "column_stale"}),
    "msunduzi": ("stale", {"column_empty"}),
    # Per README: off-site links in a display:none block are hidden_links as well.
    "ilagan": ("hijacked", {"spam_content", "hidden_links"}),
    # Per README: a zombie's finding is `abandoned`; its old homepage and columns are
    # stale as well.
    "nhsborders": ("zombie", {"abandoned", "homepage_stale", "column_stale"}),
}
