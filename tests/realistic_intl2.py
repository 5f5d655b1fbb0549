"""Realistic non-Chinese sites and article pages, second audit (tests/realistic_intl.py
covers Taiwan, Hong Kong, a UK council, a US CivicPlus city, an Australian council, a
university newsroom, a WordPress blog and an events-only site).

Homepages with their column list pages: a US state agency (Drupal), an NHS trust, a
Canadian federal department (English) and a Québec city (French), an Indian
government portal, a Singapore agency, a German Stadt, a French mairie, a Spanish
ayuntamiento, a Japanese city, a Korean city, a Russian city and a Ukrainian village
council. Article pages from those sites and from news sites in those languages, each
with the publication day a reader sees (`ARTICLES`), with traps: update dates after
publication, dates of events in the text, copyright years, related-article lists,
comment times. Written from how the real templates render, against the fixed clock NOW
(Monday 2024-11-25), independently of the crawler's code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tests.realistic_intl import NOW, TODAY, Column, IntlSite, Truth, d, li_rows

__all__ = ["NOW", "TODAY", "Article", "all_articles", "all_sites"]

Rows = Sequence[tuple[str, str, str]]


def _pages(shell: str, home: str, lists: dict[str, tuple[str, str]]) -> dict[str, str | bytes]:
    """The homepage and each column's list page (path -> (title, main)) in one shell."""
    pages: dict[str, str | bytes] = {"/": shell.format(title="Home", main=home)}
    for path, (title, main) in lists.items():
        pages[path] = shell.format(title=title, main=main)
    return pages


# ======================================================================================
# US: a state environmental agency on Drupal 7 (views, "More Press Releases")

US_PRESS = [
    (
        "/news/press-releases/dec-announces-winter-road-salt-reduction-grants",
        "DEC Announces $3 Million in Grants to Reduce Road Salt Use",
        "November 20, 2024",
    ),
    (
        "/news/press-releases/dec-reminds-hunters-of-deer-season-safety",
        "DEC Reminds Hunters to Stay Safe During Regular Deer Season",
        "November 15, 2024",
    ),
    (
        "/news/press-releases/dec-finalizes-clean-water-plan",
        "DEC Finalizes Lake Champlain Clean Water Plan",
        "November 6, 2024",
    ),
]
US_NOTICES = [
    (
        "/public-notices/air-permit-draft-greenfield-power",
        "Draft Air State Facility Permit - Greenfield Power Station. Comments due 12/20/2024",
        "Posted 11/18/2024",
    ),
    (
        "/public-notices/spdes-renewal-riverside-wwtp",
        "SPDES Permit Renewal - Riverside Wastewater Treatment Plant",
        "Posted 11/05/2024",
    ),
    (
        "/public-notices/freshwater-wetlands-hearing",
        "Notice of Legislative Public Hearing - Freshwater Wetlands Regulations",
        "Posted 10/30/2024",
    ),
]
US_EVENTS = [
    ("/events/hunter-education-course-dec-7", "Hunter Education Course - Albany", "Dec 7"),
    ("/events/winter-birding-walk", "Winter Birding Walk at Five Rivers", "Dec 14"),
    ("/events/ice-fishing-clinic", "Free Ice Fishing Clinic", "Jan 11"),
]


def us_state() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>{title} | Department of Environmental Conservation</title>
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<link rel="stylesheet" href="/sites/all/themes/nygov/css/style.css?r7x2k1"></head>
<body class="html front not-logged-in no-sidebars page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="nygov-universal-navigation"><a href="/">Official website of Example State</a> <a href="/agencies">Agencies</a> <a href="/services">Services</a></div>
<header id="header" role="banner"><a href="/" rel="home"><img src="/logo.png" alt="Department of Environmental Conservation"></a>
<ul class="menu"><li><a href="/outdoor-activities">Outdoor Activities</a></li><li><a href="/permits-licenses">Permits &amp; Licenses</a></li>
<li><a href="/regulatory">Regulatory</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></header>
<main id="main-content" role="main">{main}</main>
<footer id="footer"><ul class="menu"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/disclaimer">Disclaimer</a></li></ul><p>625 Broadway, Albany, ES 12233 | Last updated 11/22/2024</p></footer>
</body></html>
"""

    def views(rows: Rows) -> str:
        return li_rows(
            rows,
            '<div class="views-row"><div class="views-field views-field-created">'
            '<span class="date-display-single">{date}</span></div>'
            '<div class="views-field views-field-title"><h3 class="field-content"><a href="{href}">{title}</a></h3></div></div>',
        )

    def notices(rows: Rows) -> str:
        return li_rows(
            rows,
            '<li><a href="{href}">{title}</a><br><span class="notice-posted">{date}</span></li>',
        )

    home = f"""<div class="hero"><h1>Protecting Our Environment</h1><p>Conserving, improving and protecting natural resources.</p></div>
<div class="panel-pane pane-views-panes"><h2 class="pane-title">Press Releases</h2>
<div class="view view-press-releases view-display-id-panel_pane_1"><div class="view-content">{views(US_PRESS)}</div>
<div class="more-link"><a href="/news/press-releases">More Press Releases</a></div></div></div>
<div class="panel-pane"><h2 class="pane-title">Public Notices</h2><ul>{notices(US_NOTICES)}</ul>
<a href="/public-notices">View all public notices</a></div>
<div class="panel-pane events"><h2 class="pane-title">Upcoming Events</h2><ul>"""
    home += li_rows(
        US_EVENTS,
        '<li class="event"><div class="event-date"><span class="date-display-single">{date}</span></div>'
        '<a href="{href}">{title}</a></li>',
    )
    home += '</ul><a href="/events">Full calendar</a></div>'
    older = [
        (
            "/news/press-releases/dec-opens-new-boat-launch",
            "DEC Opens New Boat Launch on the Hudson River",
            "October 28, 2024",
        ),
    ]
    old_notices = [
        (
            "/public-notices/mining-permit-modification",
            "Mining Permit Modification - Sand and Gravel Mine, Town of Hope",
            "Posted 10/11/2024",
        ),
    ]
    pages = _pages(
        shell,
        home,
        {
            "/news/press-releases": (
                "Press Releases",
                f'<h1>Press Releases</h1><div class="view-content">{views(US_PRESS + older)}</div>',
            ),
            "/public-notices": (
                "Public Notices",
                f"<h1>Public Notices</h1><ul>{notices(US_NOTICES + old_notices)}</ul>",
            ),
        },
    )
    return IntlSite(
        "us-state",
        "www.dec.example-state.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press Releases", "news", d("2024-11-20")),
                Column("Public Notices", "notice", d("2024-11-18")),
            ),
            d("2024-11-20"),
            notes="comment deadlines (12/20/2024) and upcoming events (Dec 7) are not updates; "
            "'Last updated 11/22/2024' in the footer is a template date",
        ),
        lang="en",
    )


# ======================================================================================
# UK: an NHS foundation trust (NHS.UK frontend cards)

NHS_NEWS = [
    (
        "/news/new-community-diagnostic-centre-opens",
        "New community diagnostic centre opens its doors",
        "20 November 2024",
    ),
    (
        "/news/flu-vaccination-staff-milestone",
        "Staff flu vaccination passes 70% milestone",
        "14 November 2024",
    ),
    ("/news/maternity-unit-rated-good", "Maternity unit rated good by CQC", "5 November 2024"),
]
NHS_BOARD = [
    (
        "/about-us/board-meetings/28-november-2024",
        "Public board meeting papers",
        "28 November 2024",
    ),
    (
        "/about-us/board-meetings/26-september-2024",
        "Public board meeting papers",
        "26 September 2024",
    ),
]


def nhs_trust() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} - Northshire Hospitals NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="js-enabled"><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="Northshire Hospitals homepage">
<svg class="nhsuk-logo" role="img"><title>NHS</title></svg><span class="nhsuk-organisation-name">Northshire Hospitals</span></a></div>
<nav class="nhsuk-header__navigation"><ul><li><a href="/our-services">Our services</a></li><li><a href="/patients-and-visitors">Patients and visitors</a></li>
<li><a href="/work-for-us">Work for us</a></li><li><a href="/news">News</a></li><li><a href="/about-us">About us</a></li></ul></nav></header>
<main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-width-container">{main}</div></main>
<footer role="contentinfo"><div class="nhsuk-footer"><ul class="nhsuk-footer__list"><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/foi">Freedom of information</a></li></ul>
<p class="nhsuk-footer__copyright">&copy; Northshire Hospitals NHS Foundation Trust 2024</p></div></footer></body></html>
"""

    def cards(rows: Rows) -> str:
        return li_rows(
            rows,
            '<li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable">'
            '<img class="nhsuk-card__img" src="/media/news.jpg" alt=""><div class="nhsuk-card__content">'
            '<h3 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="{href}">{title}</a></h3>'
            '<p class="nhsuk-card__description">{date}</p></div></div></li>',
        )

    home = f"""<h1 class="nhsuk-u-visually-hidden">Northshire Hospitals NHS Foundation Trust</h1>
<div class="nhsuk-care-card nhsuk-care-card--urgent"><h2>Visiting restrictions on ward 12</h2><p>Due to norovirus, visiting on ward 12 is restricted.</p></div>
<section><h2 class="nhsuk-heading-l">Latest news</h2><ul class="nhsuk-grid-row nhsuk-card-group">{cards(NHS_NEWS)}</ul>
<p><a class="nhsuk-action-link__link" href="/news"><span class="nhsuk-action-link__text">View all news</span></a></p></section>
<section><h2 class="nhsuk-heading-l">Board meetings</h2><ul>{li_rows(NHS_BOARD, '<li><a href="{href}">{title}</a> - {date}</li>')}</ul></section>"""
    all_news = [
        *NHS_NEWS,
        (
            "/news/charity-appeal-raises-1m",
            "Hospital charity appeal raises £1 million",
            "30 October 2024",
        ),
    ]
    pages = _pages(
        shell,
        home,
        {"/news": ("News", f'<h1>News</h1><ul class="nhsuk-card-group">{cards(all_news)}</ul>')},
    )
    return IntlSite(
        "nhs-trust",
        "www.northshire-hospitals.nhs.uk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (Column("Latest news", "news", d("2024-11-20")),),
            d("2024-11-20"),
            notes="the board meeting on 28 November is upcoming: not an update",
        ),
        lang="en-GB",
    )


# ======================================================================================
# Canada: a federal department (Canada.ca WET template, ISO dates) and a Québec city (French)

CA_NEWS = [
    (
        "/en/news/2024/11/minister-announces-funding-for-rural-broadband.html",
        "Minister announces funding for rural broadband in Atlantic Canada",
        "2024-11-20",
    ),
    (
        "/en/news/2024/11/statement-on-national-housing-day.html",
        "Statement by the Minister on National Housing Day",
        "2024-11-22",
    ),
    (
        "/en/news/2024/11/consultation-spectrum-licensing.html",
        "Government launches consultation on spectrum licensing",
        "2024-11-08",
    ),
]
CA_NOTICES = [
    (
        "/en/notices/smse-015-24.html",
        "SMSE-015-24 — Decision on the technical framework for the 3800 MHz band",
        "2024-11-19",
    ),
    (
        "/en/notices/dgso-004-24.html",
        "DGSO-004-24 — Consultation on amendments to the radio regulations",
        "2024-10-31",
    ),
]


def ca_federal() -> IntlSite:
    shell = """<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head><meta charset="utf-8"><title>{title} - Innovation, Science and Economic Development Canada</title>
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.modified" title="W3CDTF" content="2024-11-22"></head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline"><li><a lang="fr" hreflang="fr" href="/fr/">Français</a></li></ul></section>
<div class="brand"><a href="https://www.canada.ca/en.html"><img src="/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada"></a></div></div>
<nav class="gcweb-menu"><h2 class="wb-inv">Menu</h2><ul><li><a href="/en/services/jobs.html">Jobs and the workplace</a></li>
<li><a href="/en/services/business.html">Business and industry</a></li><li><a href="/en/services/science.html">Science and innovation</a></li></ul></nav></header>
<main property="mainContentOfPage" resource="#wb-main" class="container" typeof="WebPageElement">{main}
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2024-11-22</time></dd></dl></section></main>
<footer id="wb-info"><nav><h2 class="wb-inv">About this site</h2><ul><li><a href="/en/contact.html">Contact us</a></li>
<li><a href="/en/news.html">News</a></li><li><a href="https://www.canada.ca/en/transparency/terms.html">Terms and conditions</a></li></ul></nav></footer>
</body></html>
"""

    def items(rows: Rows) -> str:
        return li_rows(
            rows,
            '<li><a href="{href}">{title}</a><br><small><time datetime="{date}">{date}</time></small></li>',
        )

    home = f"""<h1 property="name" id="wb-cont">Innovation, Science and Economic Development Canada</h1>
<section class="gc-srvinfo"><h2>Services and information</h2><div class="wb-eqht row">
<section class="col-md-4"><h3><a href="/en/services/funding.html">Funding and financing</a></h3><p>Grants, contributions and loans for businesses.</p></section>
<section class="col-md-4"><h3><a href="/en/services/ip.html">Intellectual property</a></h3><p>Patents, trademarks, copyright and industrial design.</p></section></div></section>
<div class="row"><section class="col-md-6"><h2>News</h2><ul class="list-unstyled">{items(CA_NEWS)}</ul>
<p><a href="/en/news.html">More news</a></p></section>
<section class="col-md-6"><h2>Public notices</h2><ul class="list-unstyled">{items(CA_NOTICES)}</ul>
<p><a href="/en/notices.html">All public notices</a></p></section></div>"""
    long_news = [
        (href, title, date.fromisoformat(shown).strftime("%B %-d, %Y"))
        for href, title, shown in CA_NEWS
    ]
    news_page = li_rows(
        long_news,
        '<article class="item"><h3><a href="{href}">{title}</a></h3><p><small>{date} | Ottawa, Ontario | '
        "Innovation, Science and Economic Development Canada | News releases</small></p></article>",
    )
    pages = _pages(
        shell,
        home,
        {
            "/en/news.html": ("News", f'<h1>News</h1><div class="results">{news_page}</div>'),
            "/en/notices.html": (
                "Public notices",
                f'<h1>Public notices</h1><ul class="list-unstyled">{items(CA_NOTICES)}</ul>',
            ),
        },
    )
    return IntlSite(
        "ca-federal",
        "ised.example.gc.ca",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("News", "news", d("2024-11-22")),
                Column("Public notices", "notice", d("2024-11-19")),
            ),
            d("2024-11-22"),
            notes="'Date modified: 2024-11-22' is the page's own; the news list is not in date order",
        ),
        lang="en",
    )


QC_NEWS = [
    (
        "/actualites/deneigement-2024-2025",
        "Opérations de déneigement : ce qu'il faut savoir pour l'hiver",
        "20 novembre 2024",
    ),
    (
        "/actualites/budget-participatif-resultats",
        "Budget participatif : les résultats du vote",
        "18 novembre 2024",
    ),
    (
        "/actualites/collecte-feuilles-mortes",
        "Dernière collecte des feuilles mortes",
        "7 novembre 2024",
    ),
]
QC_AVIS = [
    (
        "/avis-publics/2024-11-21-assemblee-consultation",
        "Avis public – Assemblée publique de consultation sur le projet de règlement 2024-112",
        "21/11/2024",
    ),
    (
        "/avis-publics/2024-11-05-entree-en-vigueur",
        "Avis public – Entrée en vigueur du règlement 2024-098",
        "05/11/2024",
    ),
    (
        "/avis-publics/2024-10-28-derogation-mineure",
        "Avis public – Demande de dérogation mineure, 145 rue Principale",
        "28/10/2024",
    ),
]


def qc_city() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="fr-CA"><head><meta charset="utf-8"><title>{title} | Ville de Saint-Exemple</title></head>
<body><header class="site-header"><a class="logo" href="/"><img src="/img/logo.svg" alt="Ville de Saint-Exemple"></a>
<nav class="menu-principal"><ul><li><a href="/services">Services aux citoyens</a></li><li><a href="/loisirs">Loisirs et culture</a></li>
<li><a href="/ville">La Ville</a></li><li><a href="/en">English</a></li></ul></nav></header>
<main id="contenu">{main}</main>
<footer class="site-footer"><p>Hôtel de ville, 100 rue Principale, Saint-Exemple (Québec)</p><p>© 2024 Ville de Saint-Exemple. Tous droits réservés.</p></footer>
</body></html>
"""
    news_cards = li_rows(
        QC_NEWS,
        '<div class="carte-nouvelle"><a href="{href}"><img src="/img/n.jpg" alt=""><h3>{title}</h3></a>'
        '<p class="date">{date}</p></div>',
    )
    avis = li_rows(
        QC_AVIS, '<li><span class="date">{date}</span> <a href="{href}">{title}</a></li>'
    )
    home = f"""<section class="alertes"><p><strong>Avis d'ébullition préventif</strong> levé pour le secteur nord.</p></section>
<section class="nouvelles"><h2>Nouvelles</h2><div class="grille">{news_cards}</div><a class="bouton" href="/actualites">Toutes les nouvelles</a></section>
<section class="avis-publics"><h2>Avis publics</h2><ul>{avis}</ul><a href="/avis-publics">Plus d'avis publics</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/actualites": (
                "Nouvelles",
                f'<h1>Nouvelles</h1><div class="grille">{news_cards}</div>',
            ),
            "/avis-publics": ("Avis publics", f"<h1>Avis publics</h1><ul>{avis}</ul>"),
        },
    )
    return IntlSite(
        "qc-city",
        "www.saint-exemple.example.ca",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Nouvelles", "news", d("2024-11-20")),
                Column("Avis publics", "notice", d("2024-11-21")),
            ),
            d("2024-11-21"),
            notes="French: 05/11/2024 is 5 November (fr-CA; 21/11 and 28/10 say so too)",
        ),
        lang="fr-CA",
    )


# ======================================================================================
# India: a state government department portal (NIC template, dd-mm-yyyy, blinking "new")

IN_WHATS_NEW = [
    (
        "/sites/default/files/notification-dearness-allowance-2024.pdf",
        "Notification regarding revision of Dearness Allowance w.e.f. 01-07-2024",
        "20-11-2024",
    ),
    (
        "/sites/default/files/merit-list-junior-assistant.pdf",
        "Provisional Merit List for the post of Junior Assistant (Advt. No. 03/2024)",
        "18-11-2024",
    ),
    (
        "/sites/default/files/holiday-list-2025.pdf",
        "List of Public Holidays for the year 2025",
        "08-11-2024",
    ),
]
IN_TENDERS = [
    (
        "/tenders/e-tender-computer-hardware",
        "e-Tender for supply of computer hardware to district offices",
        "21/11/2024",
        "10/12/2024",
    ),
    (
        "/tenders/corrigendum-vehicle-hiring",
        "Corrigendum: Hiring of vehicles for the department",
        "12/11/2024",
        "26/11/2024",
    ),
    (
        "/tenders/annual-maintenance-lift",
        "Annual maintenance contract for lifts at Secretariat",
        "04/11/2024",
        "19/11/2024",
    ),
]
IN_CIRCULARS = [
    (
        "/sites/default/files/circular-attendance-biometric.pdf",
        "Circular regarding Aadhaar enabled biometric attendance",
        "19/11/2024",
    ),
    (
        "/sites/default/files/notification-transfer-policy.pdf",
        "Notification: Transfer policy for Group C employees",
        "07/11/2024",
    ),
]


def in_portal() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Department of Revenue, Government of Exampur</title></head>
<body><div class="region-header-top"><ul><li><a href="#skipCont">Skip to main content</a></li><li><a href="/screen-reader-access">Screen Reader Access</a></li>
<li><a href="/hi" lang="hi">हिन्दी</a></li><li>A- A A+</li></ul></div>
<div id="header"><a href="/"><img src="/emblem.png" alt="State Emblem"></a><h1>राजस्व विभाग<br>Department of Revenue</h1><p>Government of Exampur</p></div>
<div id="nav"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about-us">About Us</a></li><li><a href="/acts-rules">Acts &amp; Rules</a></li>
<li><a href="/rti">RTI</a></li><li><a href="/contact-us">Contact Us</a></li></ul></div>
<div id="skipCont"></div><div class="main-container">{main}</div>
<div id="footer"><p>Content Owned by Department of Revenue, Government of Exampur. Designed, Developed and Hosted by National Informatics Centre</p>
<p>Last Updated: 22/11/2024 | Visitors: 1843277</p></div></body></html>
"""
    news = li_rows(
        IN_WHATS_NEW,
        '<li><a href="{href}" target="_blank">{title} <img src="/images/new.gif" alt="new"></a> <span class="date">({date})</span></li>',
    )
    tender_rows = "\n".join(
        f'<tr><td>{n}</td><td><a href="{h}">{t}</a></td><td>{p}</td><td>{c}</td></tr>'
        for n, (h, t, p, c) in enumerate(IN_TENDERS, 1)
    )
    tenders = (
        '<table class="views-table"><thead><tr><th>S.No.</th><th>Title</th><th>Start Date</th>'
        f"<th>Last Date of Submission</th></tr></thead><tbody>{tender_rows}</tbody></table>"
    )
    circulars = li_rows(IN_CIRCULARS, '<li><a href="{href}">{title}</a> - {date}</li>')
    home = f"""<div class="slider"><img src="/banner1.jpg" alt="Bhu-Abhilekh: land records online"></div>
<div class="block whats-new"><h2>What's New <img src="/images/new_blink.gif" alt=""></h2>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{news}</ul></marquee>
<a href="/whats-new" class="read-more">View All</a></div>
<div class="block tenders"><h2>Tenders</h2>{tenders}<a href="/tenders">View All</a></div>
<div class="block"><h2>Circulars/Notifications</h2><ul>{circulars}</ul><a href="/circulars">View All</a></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/whats-new": ("What's New", f"<h1>What's New</h1><ul>{news}</ul>"),
            "/tenders": ("Tenders", f"<h1>Tenders</h1>{tenders}"),
            "/circulars": (
                "Circulars/Notifications",
                f"<h1>Circulars/Notifications</h1><ul>{circulars}</ul>",
            ),
        },
    )
    return IntlSite(
        "in-portal",
        "revenue.exampur.gov.in",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("What's New", "news", d("2024-11-20")),
                Column("Tenders", "notice", d("2024-11-21")),
                Column("Circulars/Notifications", "notice", d("2024-11-19")),
            ),
            d("2024-11-21"),
            notes="debatable: a tender row's last date (26/11/2024) is a deadline, and an old "
            "tender's past closing date (19/11/2024) is read as the row's date; the newest "
            "start date (21/11) stays the column's newest. w.e.f. 01-07-2024 is in a title",
        ),
        lang="en",
    )


# ======================================================================================
# Singapore: a statutory board (Isomer-style, "Newsroom", "20 Nov 2024")

SG_NEWS = [
    (
        "/newsroom/media-releases/2024/new-park-connector-network",
        "New park connector network links 10 towns",
        "20 Nov 2024",
    ),
    (
        "/newsroom/speeches/2024/opening-of-green-festival",
        "Speech by Minister at the opening of the Green Festival",
        "16 Nov 2024",
    ),
    (
        "/newsroom/forum-replies/2024/tree-pruning",
        "Forum letter reply: tree pruning schedule",
        "11 Nov 2024",
    ),
]


def sg_agency() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | National Greenery Board</title></head>
<body><div class="masthead"><a href="https://www.gov.sg" target="_blank"><img src="/sgds/lion.svg" alt="">A Singapore Government Agency Website</a></div>
<nav class="navbar"><a href="/"><img src="/images/logo.png" alt="National Greenery Board"></a>
<a href="/about-us">About Us</a> <a href="/parks">Parks &amp; Nature</a> <a href="/newsroom">Newsroom</a> <a href="/contact-us">Contact Us</a></nav>
<main>{main}</main>
<footer class="footer"><p>© 2024 Government of Singapore</p><p>Last Updated 22 Nov 2024</p>
<a href="/privacy">Privacy Statement</a> <a href="/terms-of-use">Terms of Use</a></footer></body></html>
"""
    cards = li_rows(
        SG_NEWS,
        '<div class="col is-4"><a class="card" href="{href}"><div class="card-body">'
        '<p class="card-date">{date}</p><h4 class="card-title">{title}</h4></div></a></div>',
    )
    home = f"""<section class="hero"><h1>A City in Nature</h1><a href="/parks">Explore our parks</a></section>
<section class="infopic"><h2>Newsroom</h2><div class="row">{cards}</div><a class="btn" href="/newsroom">MORE</a></section>"""
    pages = _pages(
        shell, home, {"/newsroom": ("Newsroom", f'<h1>Newsroom</h1><div class="row">{cards}</div>')}
    )
    return IntlSite(
        "sg-agency",
        "www.greenery.gov.sg",
        pages,
        Truth(
            "healthy", frozenset(), (Column("Newsroom", "news", d("2024-11-20")),), d("2024-11-20")
        ),
        lang="en",
    )


# ======================================================================================
# Germany: a Stadt on a municipal CMS ("Aktuelles", "Pressemitteilungen", "Bekanntmachungen")

DE_AKTUELLES = [
    (
        "/aktuelles/weihnachtsmarkt-2024-eroeffnet",
        "Weihnachtsmarkt öffnet am Donnerstag seine Tore",
        "20.11.2024",
    ),
    (
        "/aktuelles/sperrung-brueckenstrasse",
        "Vollsperrung der Brückenstraße ab 25.11.2024",
        "19.11.2024",
    ),
    (
        "/aktuelles/buergerbuero-geaenderte-oeffnungszeiten",
        "Bürgerbüro: geänderte Öffnungszeiten",
        "08.11.2024",
    ),
]
DE_PRESSE = [
    (
        "/rathaus/pressemitteilungen/haushalt-2025-eingebracht",
        "Haushaltsentwurf 2025 in den Stadtrat eingebracht",
        "21.11.2024",
    ),
    (
        "/rathaus/pressemitteilungen/neue-kita-suedstadt",
        "Richtfest für neue Kita in der Südstadt",
        "14.11.2024",
    ),
]
DE_BEKANNT = [
    (
        "/rathaus/bekanntmachungen/bebauungsplan-nr-87",
        "Öffentliche Auslegung Bebauungsplan Nr. 87 „Am Mühlbach“",
        "15.11.2024",
    ),
    (
        "/rathaus/bekanntmachungen/sitzung-stadtrat-28-11",
        "Einladung zur Sitzung des Stadtrates am 28.11.2024",
        "18.11.2024",
    ),
    (
        "/rathaus/bekanntmachungen/wahlbekanntmachung",
        "Wahlbekanntmachung zur Bundestagswahl",
        "04.11.2024",
    ),
]


def de_stadt() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Stadt Musterhausen</title></head>
<body><a class="sr-only" href="#inhalt">Zum Inhalt springen</a>
<header id="kopf"><a href="/"><img src="/fileadmin/logo.svg" alt="Stadt Musterhausen"></a>
<nav id="hauptnavigation"><ul><li><a href="/rathaus">Rathaus &amp; Politik</a></li><li><a href="/leben">Leben in Musterhausen</a></li>
<li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/tourismus">Tourismus</a></li></ul></nav></header>
<main id="inhalt">{main}</main>
<footer id="fuss"><p>Stadt Musterhausen · Marktplatz 1 · 12345 Musterhausen</p><p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
</body></html>
"""

    def teasers(rows: Rows) -> str:
        return li_rows(
            rows,
            '<article class="news-list-item"><span class="news-list-date"><time datetime="">{date}</time></span>'
            '<h3><a href="{href}">{title}</a></h3><p class="teaser">Lesen Sie hier alle Einzelheiten.</p>'
            '<a class="more" href="{href}">mehr</a></article>',
        )

    def rows_of(rows: Rows) -> str:
        return li_rows(
            rows, '<li><span class="datum">{date}</span> <a href="{href}">{title}</a></li>'
        )

    home = f"""<div class="buehne"><h1>Willkommen in Musterhausen</h1></div>
<section class="aktuelles"><h2>Aktuelles</h2>{teasers(DE_AKTUELLES)}<a class="button" href="/aktuelles">Alle Meldungen</a></section>
<section><h2>Pressemitteilungen</h2><ul>{rows_of(DE_PRESSE)}</ul><a href="/rathaus/pressemitteilungen">Weitere Pressemitteilungen</a></section>
<section><h2>Bekanntmachungen</h2><ul>{rows_of(DE_BEKANNT)}</ul><a href="/rathaus/bekanntmachungen">Mehr</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/aktuelles": ("Aktuelles", f"<h1>Aktuelles</h1>{teasers(DE_AKTUELLES)}"),
            "/rathaus/pressemitteilungen": (
                "Pressemitteilungen",
                f"<h1>Pressemitteilungen</h1><ul>{rows_of(DE_PRESSE)}</ul>",
            ),
            "/rathaus/bekanntmachungen": (
                "Bekanntmachungen",
                f"<h1>Bekanntmachungen</h1><ul>{rows_of(DE_BEKANNT)}</ul>",
            ),
        },
    )
    return IntlSite(
        "de-stadt",
        "www.musterhausen.de",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Aktuelles", "news", d("2024-11-20")),
                Column("Pressemitteilungen", "news", d("2024-11-21")),
                Column("Bekanntmachungen", "notice", d("2024-11-18")),
            ),
            d("2024-11-21"),
            notes="dates in titles (ab 25.11.2024, am 28.11.2024) are not the items'",
        ),
        lang="de",
    )


# ======================================================================================
# France: a mairie (Actualités, Arrêtés, Agenda with year-less upcoming dates)

FR_ACTUS = [
    (
        "/actualites/marche-de-noel-2024",
        "Le marché de Noël revient place de la Mairie",
        "20/11/2024",
    ),
    (
        "/actualites/travaux-rue-victor-hugo",
        "Travaux rue Victor-Hugo : circulation alternée",
        "15/11/2024",
    ),
    (
        "/actualites/inscriptions-listes-electorales",
        "Inscriptions sur les listes électorales",
        "04/11/2024",
    ),
]
FR_ARRETES = [
    (
        "/arretes/2024-112-stationnement-marche",
        "Arrêté n°2024-112 réglementant le stationnement les jours de marché",
        "19/11/2024",
    ),
    (
        "/arretes/2024-108-circulation-travaux",
        "Arrêté n°2024-108 portant restriction de circulation",
        "12/11/2024",
    ),
]
FR_AGENDA = [
    ("/agenda/conseil-municipal", "Conseil municipal", "Jeu 28 nov."),
    ("/agenda/telethon", "Téléthon : animations au gymnase", "Sam 7 déc."),
]


def fr_mairie() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title} - Mairie de Villeneuve-sur-Exemple</title></head>
<body><header class="header"><a href="/" class="logo"><img src="/images/blason.png" alt="Villeneuve-sur-Exemple"></a>
<nav class="menu"><ul><li><a href="/ma-mairie">Ma mairie</a></li><li><a href="/demarches">Démarches</a></li><li><a href="/vivre">Vivre à Villeneuve</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>{main}</main>
<footer><p>Mairie de Villeneuve-sur-Exemple – 1 place de la Mairie – 12345 Villeneuve</p><p><a href="/mentions-legales">Mentions légales</a> © 2024</p></footer></body></html>
"""
    actus = li_rows(
        FR_ACTUS,
        '<div class="actu"><a href="{href}"><h3>{title}</h3></a><p class="date">Publié le {date}</p>'
        '<a class="lire-la-suite" href="{href}">Lire la suite</a></div>',
    )
    arretes = li_rows(FR_ARRETES, '<li><a href="{href}">{title}</a> <em>({date})</em></li>')
    agenda = li_rows(
        FR_AGENDA,
        '<li class="evenement"><span class="date">{date}</span> <a href="{href}">{title}</a></li>',
    )
    home = f"""<section class="actualites"><h2>Actualités</h2>{actus}<a class="plus" href="/actualites">Toutes les actualités</a></section>
<section class="arretes"><h2>Arrêtés municipaux</h2><ul>{arretes}</ul><a href="/arretes">Voir tous les arrêtés</a></section>
<section class="agenda"><h2>Agenda</h2><ul>{agenda}</ul><a href="/agenda">Tout l'agenda</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/actualites": ("Actualités", f"<h1>Actualités</h1>{actus}"),
            "/arretes": ("Arrêtés municipaux", f"<h1>Arrêtés municipaux</h1><ul>{arretes}</ul>"),
        },
    )
    return IntlSite(
        "fr-mairie",
        "www.villeneuve-sur-exemple.fr",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Actualités", "news", d("2024-11-20")),
                Column("Arrêtés municipaux", "policy", d("2024-11-19")),
            ),
            d("2024-11-20"),
            notes="debatable: arrêtés (municipal orders) typed policy, as regulations; the "
            "agenda's year-less upcoming dates are not updates",
        ),
        lang="fr",
    )


# ======================================================================================
# Spain: an ayuntamiento (Noticias, Tablón de anuncios, Ofertas de empleo)

ES_NOTICIAS = [
    (
        "/noticias/el-ayuntamiento-aprueba-el-presupuesto-2025",
        "El Ayuntamiento aprueba el presupuesto para 2025",
        "20/11/2024",
    ),
    (
        "/noticias/nueva-linea-de-autobus-urbano",
        "Nueva línea de autobús urbano al polígono industrial",
        "18/11/2024",
    ),
    (
        "/noticias/campana-de-reciclaje",
        "Arranca la campaña de reciclaje de aceite doméstico",
        "06/11/2024",
    ),
]
ES_TABLON = [
    (
        "/tablon/edicto-notificacion-expediente-2024-331",
        "Edicto de notificación. Expediente 2024/331",
        "22/11/2024",
    ),
    (
        "/tablon/aprobacion-inicial-ordenanza-terrazas",
        "Aprobación inicial de la ordenanza reguladora de terrazas",
        "11/11/2024",
    ),
]
ES_EMPLEO = [
    (
        "/empleo/bolsa-auxiliar-administrativo",
        "Bolsa de empleo de auxiliar administrativo: lista provisional",
        "08/10/2024",
    ),
]


def es_ayuntamiento() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{title} - Ayuntamiento de Villarejo</title></head>
<body><header><a href="/"><img src="/img/escudo.png" alt="Ayuntamiento de Villarejo"></a>
<nav class="menu-principal"><ul><li><a href="/ayuntamiento">Ayuntamiento</a></li><li><a href="/sede-electronica">Sede electrónica</a></li>
<li><a href="/turismo">Turismo</a></li><li><a href="/contacto">Contacto</a></li></ul></nav></header>
<main>{main}</main>
<footer><p>Ayuntamiento de Villarejo · Plaza Mayor, 1 · 28000 Villarejo (Madrid)</p><p>© 2024 Ayuntamiento de Villarejo · <a href="/aviso-legal">Aviso legal</a></p></footer></body></html>
"""

    def cards(rows: Rows) -> str:
        return li_rows(
            rows,
            '<div class="noticia"><img src="/img/noticia.jpg" alt=""><span class="fecha">{date}</span>'
            '<h3><a href="{href}">{title}</a></h3><a class="ver-mas" href="{href}">Ver más</a></div>',
        )

    def plain(rows: Rows) -> str:
        return li_rows(
            rows, '<li><a href="{href}">{title}</a> <span class="fecha">{date}</span></li>'
        )

    home = f"""<section class="noticias"><h2>Noticias</h2>{cards(ES_NOTICIAS)}<a href="/noticias" class="boton">Ver todas las noticias</a></section>
<section class="tablon"><h2>Tablón de anuncios</h2><ul>{plain(ES_TABLON)}</ul><a href="/tablon">Ver más</a></section>
<section class="empleo"><h2>Ofertas de empleo</h2><ul>{plain(ES_EMPLEO)}</ul><a href="/empleo">Ver más</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/noticias": ("Noticias", f"<h1>Noticias</h1>{cards(ES_NOTICIAS)}"),
            "/tablon": (
                "Tablón de anuncios",
                f"<h1>Tablón de anuncios</h1><ul>{plain(ES_TABLON)}</ul>",
            ),
            "/empleo": (
                "Ofertas de empleo",
                f"<h1>Ofertas de empleo</h1><ul>{plain(ES_EMPLEO)}</ul>",
            ),
        },
    )
    return IntlSite(
        "es-ayuntamiento",
        "www.villarejo.es",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Noticias", "news", d("2024-11-20")),
                Column("Tablón de anuncios", "notice", d("2024-11-22")),
                Column("Ofertas de empleo", "personnel", d("2024-10-08")),
            ),
            d("2024-11-22"),
        ),
        lang="es",
    )


# ======================================================================================
# Japan: a city (新着情報, お知らせ; Gregorian and Reiwa dates; 一覧へ links)

JP_SHINCHAKU = [
    ("/soshiki/kikaku/12345.html", "市長記者会見（令和6年11月）を掲載しました", "2024年11月20日"),
    ("/soshiki/kenkou/12340.html", "インフルエンザ予防接種の費用助成について", "2024年11月18日"),
    (
        "/soshiki/kankyo/12301.html",
        "ごみ収集カレンダー（令和7年度版）を公開しました",
        "2024年11月11日",
    ),
]
JP_OSHIRASE = [
    ("/soshiki/somu/12350.html", "年末年始の窓口業務について", "令和6年11月22日"),
    ("/soshiki/zeimu/12290.html", "固定資産税の第3期納期限は12月2日です", "令和6年11月1日"),
]
JP_NYUSATSU = [
    (
        "/soshiki/keiyaku/12200.html",
        "一般競争入札の公告（市立小学校体育館改修工事）",
        "令和6年10月25日",
    ),
]


def jp_city() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{title}｜見本市ホームページ</title></head>
<body><div id="skip"><a href="#main">本文へ移動</a></div>
<header id="header"><a href="/"><img src="/img/logo.png" alt="見本市"></a>
<ul id="header-nav"><li><a href="/foreign/">Foreign Language</a></li><li><a href="/sitemap.html">サイトマップ</a></li><li>文字サイズ 標準 拡大</li></ul>
<nav id="gnav"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li>
<li><a href="/shisei/">市政情報</a></li></ul></nav></header>
<main id="main">{main}</main>
<footer id="footer"><p>見本市役所　〒123-4567 見本県見本市本町1丁目1番1号　電話：012-345-6789</p>
<p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分（祝日・休日、12月29日から1月3日を除く）</p>
<p class="copyright">Copyright © Mihon City. All Rights Reserved.</p></footer></body></html>
"""

    def dl(rows: Rows) -> str:
        return li_rows(
            rows, '<dl class="news-item"><dt>{date}</dt><dd><a href="{href}">{title}</a></dd></dl>'
        )

    home = f"""<div id="main-visual"><img src="/img/mv.jpg" alt="見本市の風景"></div>
<section class="shinchaku"><h2>新着情報</h2><div class="news-list">{dl(JP_SHINCHAKU)}</div>
<p class="more"><a href="/shinchaku.html">新着情報一覧へ</a></p></section>
<section class="oshirase"><h2>お知らせ</h2><div class="news-list">{dl(JP_OSHIRASE)}</div>
<p class="list-link"><a href="/oshirase/">一覧を見る</a></p></section>
<section class="nyusatsu"><h2>入札・契約情報</h2><div class="news-list">{dl(JP_NYUSATSU)}</div>
<p class="list-link"><a href="/nyusatsu/">入札・契約情報一覧</a></p></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/shinchaku.html": ("新着情報一覧", f"<h1>新着情報一覧</h1>{dl(JP_SHINCHAKU)}"),
            "/oshirase/": ("お知らせ", f"<h1>お知らせ</h1>{dl(JP_OSHIRASE)}"),
            "/nyusatsu/": ("入札・契約情報", f"<h1>入札・契約情報</h1>{dl(JP_NYUSATSU)}"),
        },
    )
    return IntlSite(
        "jp-city",
        "www.city.mihon.example.jp",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("新着情報", "news", d("2024-11-20")),
                Column("お知らせ", "notice", d("2024-11-22")),
                Column("入札・契約情報", "notice", d("2024-10-25")),
            ),
            d("2024-11-22"),
            notes="令和6年 = 2024 (令和元年 = 2019); 新着情報 is 'what's new' (news); お知らせ "
            "(announcements) is typed notice, debatable; 12月2日 in a title is a deadline",
        ),
        lang="ja",
    )


# ======================================================================================
# Korea: a city (공지사항, 보도자료, 고시공고; 2024.11.20 and 2024-11-20; 더보기)

KR_NOTICE = [
    (
        "/board/view.do?boardId=NOTICE&dataSid=812345",
        "2024년 하반기 공공근로사업 참여자 모집 공고",
        "2024.11.21",
    ),
    ("/board/view.do?boardId=NOTICE&dataSid=812300", "동절기 상수도 동파 방지 안내", "2024.11.19"),
    (
        "/board/view.do?boardId=NOTICE&dataSid=812211",
        "제12회 시민 사진 공모전 수상작 발표",
        "2024.11.08",
    ),
]
KR_PRESS = [
    (
        "/board/view.do?boardId=PRESS&dataSid=55501",
        "시, 청년 창업지원센터 개소식 개최",
        "2024-11-20",
    ),
    ("/board/view.do?boardId=PRESS&dataSid=55490", "겨울철 한파 대비 종합대책 추진", "2024-11-18"),
]
KR_GOSI = [
    (
        "/board/view.do?boardId=GOSI&dataSid=3311",
        "도시관리계획(도로) 결정(변경) 고시",
        "2024-11-15",
    ),
]


def kr_city() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{title} | 예시시청</title></head>
<body><div id="skipNav"><a href="#contents">본문 바로가기</a></div>
<div id="header"><h1><a href="/"><img src="/images/logo.png" alt="예시시"></a></h1>
<ul class="gnb"><li><a href="/civil/">민원안내</a></li><li><a href="/news/">열린시정</a></li><li><a href="/intro/">예시소개</a></li></ul></div>
<div id="contents">{main}</div>
<div id="footer"><address>(12345) 예시도 예시시 시청로 1 예시시청 대표전화 031-123-4567</address>
<p class="copy">COPYRIGHT(C) 2024 YESI CITY. ALL RIGHTS RESERVED.</p></div></body></html>
"""

    def board(rows: Rows) -> str:
        return li_rows(
            rows, '<li><a href="{href}">{title}</a><span class="date">{date}</span></li>'
        )

    home = f"""<div class="main_visual"><img src="/images/visual01.jpg" alt="함께 만드는 행복도시 예시"></div>
<div class="board_tab"><div class="tab_cont"><h2 class="tit">공지사항</h2><ul>{board(KR_NOTICE)}</ul>
<a href="/board/list.do?boardId=NOTICE" class="btn_more"><span class="blind">공지사항</span> 더보기</a></div>
<div class="tab_cont"><h2 class="tit">보도자료</h2><ul>{board(KR_PRESS)}</ul>
<a href="/board/list.do?boardId=PRESS" title="보도자료 더보기">+</a></div>
<div class="tab_cont"><h2 class="tit">고시공고</h2><ul>{board(KR_GOSI)}</ul>
<a href="/board/list.do?boardId=GOSI">더보기</a></div></div>"""

    def table(rows: Rows) -> str:
        body = "\n".join(
            f'<tr><td>{n}</td><td class="subject"><a href="{h}">{t}</a></td><td>시청</td><td>{s}</td><td>{100 + n}</td></tr>'
            for n, (h, t, s) in enumerate(rows, 1)
        )
        return (
            '<table class="board_list"><thead><tr><th>번호</th><th>제목</th><th>작성자</th><th>작성일</th>'
            f"<th>조회수</th></tr></thead><tbody>{body}</tbody></table>"
        )

    pages = _pages(
        shell,
        home,
        {
            "/board/list.do?boardId=NOTICE": ("공지사항", f"<h3>공지사항</h3>{table(KR_NOTICE)}"),
            "/board/list.do?boardId=PRESS": ("보도자료", f"<h3>보도자료</h3>{table(KR_PRESS)}"),
            "/board/list.do?boardId=GOSI": ("고시공고", f"<h3>고시공고</h3>{table(KR_GOSI)}"),
        },
    )
    return IntlSite(
        "kr-city",
        "www.yesi.example.kr",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("공지사항", "notice", d("2024-11-21")),
                Column("보도자료", "news", d("2024-11-20")),
                Column("고시공고", "notice", d("2024-11-15")),
            ),
            d("2024-11-21"),
        ),
        lang="ko",
    )


# ======================================================================================
# Russia: a city administration; Ukraine: a village council abandoned since spring

RU_NEWS = [
    ("/news/2024/11/20/podgotovka-k-zime", "Городское хозяйство готово к зиме", "20 ноября 2024"),
    ("/news/2024/11/18/remont-dorog", "Завершён ремонт дорог на улице Ленина", "18 ноября 2024"),
    ("/news/2024/11/12/den-goroda", "Итоги конкурса «Лучший двор»", "12 ноября 2024"),
]
RU_OBJAVL = [
    (
        "/documents/objavleniya/1234",
        "Объявление о проведении публичных слушаний 05.12.2024",
        "19.11.2024",
    ),
    (
        "/documents/objavleniya/1230",
        "Информация об отключении горячего водоснабжения",
        "11.11.2024",
    ),
]
UA_NEWS = [
    ("/news/1712345678", "Сесія сільської ради: затверджено програму розвитку", "12.03.2024"),
    ("/news/1709876543", "До уваги мешканців: графік вивезення сміття", "27.02.2024"),
]
UA_OGOL = [
    ("/ogoloshennya/123", "Оголошення про проведення конкурсу на посаду спеціаліста", "05.03.2024"),
]


def ru_city() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{title} — Администрация города Примерска</title></head>
<body><div class="header"><a href="/"><img src="/img/gerb.png" alt="Герб"></a><div class="name">Администрация города Примерска</div>
<div class="vision"><a href="/special">Версия для слабовидящих</a></div></div>
<ul class="main-menu"><li><a href="/vlast">Власть</a></li><li><a href="/gorod">Город</a></li><li><a href="/documents">Документы</a></li><li><a href="/priemnaya">Интернет-приёмная</a></li></ul>
<div class="content">{main}</div>
<div class="footer"><p>© 2010–2024 Администрация города Примерска</p><p>При использовании материалов ссылка на сайт обязательна</p></div></body></html>
"""
    news = li_rows(
        RU_NEWS,
        '<div class="news-item"><div class="news-date">{date}</div><a href="{href}" class="news-title">{title}</a></div>',
    )
    objavl = li_rows(
        RU_OBJAVL, '<li><span class="date">{date}</span> <a href="{href}">{title}</a></li>'
    )
    home = f"""<div class="block"><h2>Новости</h2>{news}<a href="/news" class="all">Все новости</a></div>
<div class="block"><h2>Объявления</h2><ul>{objavl}</ul><a href="/documents/objavleniya" class="all">Все объявления</a></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("Новости", f"<h1>Новости</h1>{news}"),
            "/documents/objavleniya": ("Объявления", f"<h1>Объявления</h1><ul>{objavl}</ul>"),
        },
    )
    return IntlSite(
        "ru-city",
        "www.primersk.example.ru",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Новости", "news", d("2024-11-20")),
                Column("Объявления", "notice", d("2024-11-19")),
            ),
            d("2024-11-20"),
        ),
        lang="ru",
    )


def ua_village() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>{title} | Прикладненська сільська рада</title></head>
<body><header><a href="/"><img src="/gerb.png" alt="Прикладненська сільська рада"></a>
<nav class="menu"><a href="/rada">Рада</a> <a href="/dokumenty">Документи</a> <a href="/kontakty">Контакти</a></nav></header>
<main>{main}</main>
<footer><p>© 2024 Прикладненська сільська рада. Всі права захищено.</p></footer></body></html>
"""
    news = li_rows(
        UA_NEWS,
        '<div class="one_news"><div class="date">{date}</div><a href="{href}">{title}</a></div>',
    )
    ogol = li_rows(UA_OGOL, '<li><a href="{href}">{title}</a> <span>{date}</span></li>')
    home = f"""<section><h2>Новини</h2>{news}<a href="/news">Всі новини</a></section>
<section><h2>Оголошення</h2><ul>{ogol}</ul><a href="/ogoloshennya">Всі оголошення</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("Новини", f"<h1>Новини</h1>{news}"),
            "/ogoloshennya": ("Оголошення", f"<h1>Оголошення</h1><ul>{ogol}</ul>"),
        },
    )
    return IntlSite(
        "ua-village",
        "prykladne.example.ua",
        pages,
        Truth(
            "stale",
            frozenset({"homepage_stale", "column_stale"}),
            (
                Column("Новини", "news", d("2024-03-12")),
                Column("Оголошення", "notice", d("2024-03-05")),
            ),
            d("2024-03-12"),
            notes="the newest item is 12 March (258 days): stale, not yet a zombie",
        ),
        lang="uk",
    )


def all_sites() -> list[IntlSite]:
    return [
        us_state(),
        nhs_trust(),
        ca_federal(),
        qc_city(),
        in_portal(),
        sg_agency(),
        de_stadt(),
        fr_mairie(),
        es_ayuntamiento(),
        jp_city(),
        kr_city(),
        ru_city(),
        ua_village(),
    ]


# ======================================================================================
# Article pages: (url, html, the publication day a reader sees)


@dataclass(frozen=True)
class Article:
    name: str
    url: str
    html: str
    truth: date | None
    notes: str = ""


def _article(lang: str, title: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body>{body}</body></html>
"""


ARTICLES: list[Article] = [
    Article(
        "us-state-press-release",
        "https://www.dec.example-state.gov/news/press-releases/dec-announces-winter-road-salt-reduction-grants",
        _article(
            "en",
            "DEC Announces $3 Million in Grants to Reduce Road Salt Use",
            """<div id="header"><a href="/">Department of Environmental Conservation</a></div>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › Press Releases</div>
<main><h1>DEC Announces $3 Million in Grants to Reduce Road Salt Use</h1>
<div class="field field-name-field-press-date"><span class="date-display-single">November 20, 2024</span></div>
<div class="field-name-body"><p>ALBANY, N.Y. (November 20, 2024) — The Department of Environmental Conservation today
announced $3 million in grants. Applications are due by January 31, 2025, and a webinar will be held on December 3, 2024.</p>
<p>The program builds on the Road Salt Reduction Task Force report released on 09/12/2023.</p>
<p>Contact: Press Office, (518) 402-8000</p></div></main>
<aside><h2>Recent Press Releases</h2><ul><li><a href="/news/a">DEC Reminds Hunters to Stay Safe</a> <span>11/15/2024</span></li></ul></aside>
<footer><p>Last updated 11/22/2024</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "nhs-trust-news",
        "https://www.northshire-hospitals.nhs.uk/news/new-community-diagnostic-centre-opens",
        _article(
            "en-GB",
            "New community diagnostic centre opens its doors",
            """<header class="nhsuk-header"><a href="/">Northshire Hospitals</a></header>
<nav class="nhsuk-breadcrumb"><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>New community diagnostic centre opens its doors</h1>
<p class="nhsuk-body-s">Posted on 20 November 2024</p>
<p>The centre will offer 80,000 extra scans a year. Full services start on 2 December 2024.</p>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 22 November 2024<br>Next review due: 22 November 2027</p></div></main>
<footer><p>&copy; Northshire Hospitals NHS Foundation Trust 2024</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "canada-news-release",
        "https://ised.example.gc.ca/en/news/2024/11/minister-announces-funding-for-rural-broadband.html",
        _article(
            "en",
            "Minister announces funding for rural broadband in Atlantic Canada",
            """<main><h1>Minister announces funding for rural broadband in Atlantic Canada</h1>
<p class="h3">From: <a href="/en.html">Innovation, Science and Economic Development Canada</a></p>
<h2 class="h3">News release</h2>
<p>November 20, 2024 – Halifax, Nova Scotia</p>
<p>Connections are expected to be complete by March 31, 2026.</p>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2024-11-22</time></dd></dl></main>""",
            head='<meta name="dcterms.issued" title="W3CDTF" content="2024-11-20">'
            '<meta name="dcterms.modified" title="W3CDTF" content="2024-11-22">',
        ),
        d("2024-11-20"),
    ),
    Article(
        "quebec-nouvelle",
        "https://www.saint-exemple.example.ca/actualites/deneigement-2024-2025",
        _article(
            "fr-CA",
            "Opérations de déneigement : ce qu'il faut savoir",
            """<header><a href="/">Ville de Saint-Exemple</a></header>
<main><h1>Opérations de déneigement : ce qu'il faut savoir pour l'hiver</h1>
<p class="surtitre">Le 20 novembre 2024 — Travaux publics</p>
<p>Le stationnement de nuit sera interdit du 1er décembre 2024 au 1er avril 2025.</p>
<p>Date de modification : 2024-11-22</p></main>
<footer><p>© 2024 Ville de Saint-Exemple</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "india-pib-release",
        "https://pib.example.gov.in/PressReleasePage.aspx?PRID=2075123",
        _article(
            "en",
            "Cabinet approves National Mission on Natural Farming",
            """<div class="header"><a href="/">Press Information Bureau</a></div>
<div class="innner-page-main-about-us-content-right-part"><div class="MinistryNameSubhead">Cabinet</div>
<h2>Cabinet approves National Mission on Natural Farming</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: 20 NOV 2024 5:30PM by PIB Delhi</div>
<p>The mission will be rolled out from 01-04-2025 in 15,000 clusters.</p></div>
<div class="footer">Visitor Counter : 4512 | Last Updated: 22-11-2024</div>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "india-circular",
        "https://revenue.exampur.gov.in/circulars/biometric-attendance",
        _article(
            "en",
            "Circular regarding Aadhaar enabled biometric attendance",
            """<div id="header">Department of Revenue, Government of Exampur</div>
<div class="content"><h1>Circular regarding Aadhaar enabled biometric attendance</h1>
<p>No. Rev/Estt/2024/1187 &nbsp;&nbsp; Dated: 05/11/2024</p>
<p>All employees are directed to mark attendance through AEBAS from 01/12/2024 onwards.</p>
<p><a href="/sites/default/files/circular.pdf">Download (PDF, 212 KB)</a></p></div>
<div id="footer">Last Updated: 22/11/2024</div>""",
        ),
        d("2024-11-05"),
        notes="05/11/2024 on an Indian (.in) page is 5 November",
    ),
    Article(
        "singapore-media-release",
        "https://www.greenery.gov.sg/newsroom/media-releases/2024/new-park-connector-network",
        _article(
            "en",
            "New park connector network links 10 towns",
            """<nav class="navbar"><a href="/">National Greenery Board</a></nav>
<section class="bp-section"><h1>New park connector network links 10 towns</h1><p class="has-text-secondary">20 Nov 2024</p>
<p>The final stretch will open on 15 Dec 2024.</p></section>
<footer><p>© 2024 Government of Singapore</p><p>Last Updated 22 Nov 2024</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "straits-times-style",
        "https://www.example-times.sg/singapore/housing/bto-launch-draws-record-applications",
        _article(
            "en-SG",
            "BTO launch draws record applications",
            """<header><a href="/">The Example Times</a></header><main><article>
<h1>BTO launch draws record applications</h1>
<div class="byline">Jane Tan, Housing Correspondent</div>
<p class="story-postdate">Published Nov 20, 2024, 10:30 AM</p>
<p class="story-updatedate">Updated Nov 21, 2024, 08:00 AM</p>
<p>The next launch is due in February 2025.</p></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Resale prices rise</a> <span>Nov 18, 2024</span></li></ul></aside></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "german-stadt-pressemitteilung",
        "https://www.musterhausen.de/rathaus/pressemitteilungen/haushalt-2025-eingebracht",
        _article(
            "de",
            "Haushaltsentwurf 2025 in den Stadtrat eingebracht",
            """<header><a href="/">Stadt Musterhausen</a></header>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/rathaus">Rathaus</a> › Pressemitteilungen</nav>
<main><article><p class="meta">Pressemitteilung vom 21.11.2024</p>
<h1>Haushaltsentwurf 2025 in den Stadtrat eingebracht</h1>
<p>Der Stadtrat berät den Entwurf in seiner Sitzung am 12.12.2024. Beschlossen werden soll er am 23.01.2025.</p>
<p>Bereits am 05.11.2024 hatte der Finanzausschuss getagt.</p></article></main>
<footer><p>Stand: 22.11.2024 · <a href="/impressum">Impressum</a></p></footer>""",
        ),
        d("2024-11-21"),
    ),
    Article(
        "tagesschau-style",
        "https://www.example-nachrichten.de/inland/haushalt-bundestag-100.html",
        _article(
            "de",
            "Bundestag debattiert Haushalt",
            """<header><a href="/">Example Nachrichten</a></header><main><article>
<p class="metatextline">Stand: 20.11.2024 14:35 Uhr</p>
<h1><span class="seitenkopf__topline">Haushalt</span> Bundestag debattiert Etat für 2025</h1>
<p>Die Abstimmung ist für den 29.11.2024 geplant.</p>
<div class="teaser-related"><h2>Mehr zum Thema</h2><ul><li><a href="/a">Koalition streitet</a> <span>19.11.2024</span></li></ul></div>
</article></main>
<footer><p>© Example Nachrichten 2024</p></footer>""",
        ),
        d("2024-11-20"),
        notes="'Stand' is the last change; the only date a reader has",
    ),
    Article(
        "german-stadt-erstellt",
        "https://www.musterhausen.de/leben/abfall/weihnachtsbaumabholung",
        _article(
            "de",
            "Abholung der Weihnachtsbäume",
            """<main><h1>Abholung der Weihnachtsbäume</h1>
<p>Die Bäume werden am 11.01.2025 abgeholt.</p>
<div class="infos"><span>Erstellt am 20.11.2024</span> | <span>Zuletzt geändert: 22.11.2024</span></div></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "french-mairie-actualite",
        "https://www.villeneuve-sur-exemple.fr/actualites/marche-de-noel-2024",
        _article(
            "fr",
            "Le marché de Noël revient place de la Mairie",
            """<header><a href="/">Mairie de Villeneuve-sur-Exemple</a></header><main>
<h1>Le marché de Noël revient place de la Mairie</h1>
<p class="infos">Publié le 20/11/2024 à 10h30 – Mis à jour le 22/11/2024</p>
<p>Rendez-vous le samedi 07/12/2024 de 10h à 19h.</p></main>
<footer><p>© 2024 Mairie de Villeneuve</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "le-monde-style",
        "https://www.example-journal.fr/politique/article/budget-senat-debat",
        _article(
            "fr",
            "Budget : le Sénat entame l'examen du texte",
            """<header><a href="/">Le Journal</a></header><main><article>
<h1>Budget : le Sénat entame l'examen du texte</h1>
<p class="meta__author">Par Marie Dupont</p>
<span class="meta__date">Publié le 20 novembre 2024 à 10h30, modifié le 21 novembre 2024 à 08h12</span>
<p>Le vote solennel aura lieu le 10 décembre 2024.</p></article>
<section class="comments"><p><time datetime="2024-11-21T09:12">21/11/2024 09:12</time> Jean : bravo</p></section></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "spanish-ayuntamiento-noticia",
        "https://www.villarejo.es/noticias/el-ayuntamiento-aprueba-el-presupuesto-2025",
        _article(
            "es",
            "El Ayuntamiento aprueba el presupuesto para 2025",
            """<header><a href="/">Ayuntamiento de Villarejo</a></header><main>
<h1>El Ayuntamiento aprueba el presupuesto para 2025</h1>
<div class="detalle-fecha">Actualizado: 22/11/2024 12:40</div>
<p class="fecha-publicacion">20/11/2024</p>
<p>El plazo de alegaciones finaliza el 05/12/2024.</p></main>
<footer><p>© 2024 Ayuntamiento de Villarejo</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "el-pais-style",
        "https://example-diario.es/espana/2024-11-20/el-congreso-aprueba-la-ley.html",
        _article(
            "es",
            "El Congreso aprueba la ley",
            """<main><article><h1>El Congreso aprueba la ley de vivienda</h1>
<div class="a_md_a"><a href="/autor/ana">Ana García</a> <span>Madrid - 20 nov 2024 - 10:30 CET</span></div>
<p>Actualizado: 21 nov 2024 - 08:15 CET</p></article></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "spanish-news-actualizado-only",
        "https://www.example-noticias.es/local/obras-plaza-mayor",
        _article(
            "es",
            "Comienzan las obras de la Plaza Mayor",
            """<main><article><h1>Comienzan las obras de la Plaza Mayor</h1>
<p class="autor">Redacción</p><p>Actualizado: 20/11/2024</p>
<p>Las obras terminarán el 15/03/2025.</p></article>
<aside><h3>Lo más leído</h3><ul><li><a href="/a">Corte de agua</a> 18/11/2024</li></ul></aside></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "japanese-city-page",
        "https://www.city.mihon.example.jp/soshiki/kenkou/12340.html",
        _article(
            "ja",
            "インフルエンザ予防接種の費用助成について｜見本市",
            """<header><a href="/">見本市</a></header><main>
<p class="update">ページ番号：0012340　更新日：2024年11月18日</p>
<h1>インフルエンザ予防接種の費用助成について</h1>
<p>助成期間は令和6年10月1日から令和7年1月31日までです。</p>
<p>申請は12月27日まで受け付けます。</p>
<div class="contact"><h2>この記事に関するお問い合わせ先</h2><p>健康推進課 電話：012-345-6789</p></div></main>
<footer><p>Copyright © Mihon City. All Rights Reserved.</p></footer>""",
        ),
        d("2024-11-18"),
        notes="Japanese city pages show only their update day (更新日): the page's date",
    ),
    Article(
        "japanese-city-reiwa",
        "https://www.city.mihon.example.jp/soshiki/somu/12350.html",
        _article(
            "ja",
            "年末年始の窓口業務について｜見本市",
            """<main><h1>年末年始の窓口業務について</h1>
<p>令和6年12月29日（日曜日）から令和7年1月3日（金曜日）まで、市役所の窓口業務を休止します。</p>
<p class="date">掲載日：令和6年11月22日</p>
<p class="update">最終更新日：令和6年11月25日</p></main>""",
        ),
        d("2024-11-22"),
    ),
    Article(
        "japanese-news",
        "https://www.example-hoso.jp/news/html/20241120/k10014643211000.html",
        _article(
            "ja",
            "政府 経済対策を閣議決定",
            """<main><article><h1>政府 経済対策を閣議決定</h1>
<p class="date"><time datetime="2024-11-20T10:30">2024年11月20日 10時30分</time></p>
<p>補正予算案は11月29日に国会に提出される見通しです。</p></article></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "korean-city-press",
        "https://www.yesi.example.kr/board/view.do?boardId=PRESS&dataSid=55501",
        _article(
            "ko",
            "시, 청년 창업지원센터 개소식 개최",
            """<div id="contents"><div class="board_view"><h3>시, 청년 창업지원센터 개소식 개최</h3>
<ul class="info"><li>작성자 : 홍보담당관</li><li>작성일 : 2024.11.20</li><li>조회수 : 123</li></ul>
<div class="cont"><p>센터는 2024. 12. 2.(월)부터 운영을 시작한다.</p></div>
<p class="file">첨부파일: 보도자료_20241120.hwp</p></div></div>
<div id="footer"><p class="copy">COPYRIGHT(C) 2024 YESI CITY.</p></div>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "korean-news",
        "https://www.example-ilbo.kr/news/articleView.html?idxno=123456",
        _article(
            "ko",
            "국회, 예산안 심사 착수",
            """<header><a href="/">예시일보</a></header><article><h1>국회, 예산안 심사 착수</h1>
<ul class="infomation"><li><i class="icon-clock-o"></i> 입력 2024.11.20 10:30</li><li>수정 2024.11.21 08:00</li></ul>
<p>예산안 처리 시한은 12월 2일이다.</p></article>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "korean-board-registered",
        "https://www.yesi.example.kr/board/view.do?boardId=NOTICE&dataSid=812300",
        _article(
            "ko",
            "동절기 상수도 동파 방지 안내",
            """<div class="board_view"><h3>동절기 상수도 동파 방지 안내</h3>
<dl><dt>등록일</dt><dd>2024-11-19</dd><dt>수정일</dt><dd>2024-11-22</dd></dl>
<p>기간: 2024-12-01 ~ 2025-02-28</p></div>""",
        ),
        d("2024-11-19"),
    ),
    Article(
        "russian-city-news",
        "https://www.primersk.example.ru/news/podgotovka-k-zime",
        _article(
            "ru",
            "Городское хозяйство готово к зиме",
            """<div class="content"><h1>Городское хозяйство готово к зиме</h1>
<div class="news-detail-date">Опубликовано: 20.11.2024</div>
<p>Отопительный сезон начался 01.10.2024. Следующее совещание состоится 05.12.2024.</p>
<div class="comments"><div class="comment"><time datetime="2024-11-21">21.11.2024</time> Иван: Спасибо!</div></div></div>
<div class="footer"><p>© 2010–2024 Администрация города Примерска</p></div>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "russian-news-site",
        "https://www.example-vesti.ru/article/4012345",
        _article(
            "ru",
            "Госдума приняла бюджет",
            """<main><article><h1>Госдума приняла бюджет в третьем чтении</h1>
<div class="article__meta"><span>20 ноября 2024, 10:30</span> <span>Обновлено 21 ноября 2024, 08:15</span></div>
<p>Закон вступит в силу 1 января 2025 года.</p></article></main>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "ukrainian-village-news",
        "https://prykladne.example.ua/news/1712345678",
        _article(
            "uk",
            "Сесія сільської ради",
            """<main><h1>Сесія сільської ради: затверджено програму розвитку</h1>
<p class="date">Дата публікації: 12.03.2024</p>
<p>Наступна сесія відбудеться 25.04.2024.</p></main>
<footer><p>© 2024 Прикладненська сільська рада</p></footer>""",
        ),
        d("2024-03-12"),
    ),
    Article(
        "uk-news-byline",
        "https://www.example-chronicle.co.uk/news/local/council-tax-rise",
        _article(
            "en-GB",
            "Council tax to rise by 4.99%",
            """<header><a href="/">The Example Chronicle</a></header><main><article>
<h1>Council tax to rise by 4.99%</h1>
<p class="byline">By Jane Doe, 20 November 2024</p>
<p>The budget will be voted on 27 February 2025.</p></article>
<aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">Bypass opens</a> 19 November 2024</li></ul></aside></main>
<footer><p>© 2024 Example Media Ltd</p></footer>""",
        ),
        d("2024-11-20"),
    ),
    Article(
        "uk-wordpress-en-us-default",
        "https://www.example-trust.org.uk/2024/news-update-winter-opening",
        _article(
            "en-US",
            "Winter opening hours",
            """<div class="site-header"><a href="/">Example Heritage Trust</a></div><main>
<article><h1 class="entry-title">Winter opening hours</h1>
<div class="entry-meta"><span class="posted-on">Posted 05/11/2024</span> by <span class="author">admin</span></div>
<p>From 1st December we are open at weekends only.</p></article>
<div id="comments"><p>Sue, 20/11/2024: Will the café be open?</p></div></main>""",
        ),
        d("2024-11-05"),
        notes="WordPress writes lang='en-US' by default; a .uk charity writes 05/11/2024 day "
        "first (its comment's 20/11/2024 says so too)",
    ),
]


def all_articles() -> list[Article]:
    return list(ARTICLES)
