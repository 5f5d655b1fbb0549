"""Blind evaluation 4 of the article-page date extractor (``page_date``).

Forty article pages written from knowledge of how real European and
English-language publishers and institutions build them (German, Austrian,
French, Spanish, Italian, Dutch, Nordic, British, Irish, American, Canadian and
Australian news sites, ministries, universities, WordPress/Ghost/Hugo blogs),
with their truth: the page's ORIGINAL publication date, or ``None`` when the page
shows none. The truth was written before any run of the crawler or htmldate.

NOW is 2026-11-26 (a Thursday).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

NOW = "2026-11-26"


@dataclass(frozen=True)
class ArticlePage:
    key: str
    url: str
    html: str
    truth: str | None  # the original publication date, ISO, or None
    note: str


def _slug(text: str) -> str:
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"),
                 ("è", "e"), ("ê", "e"), ("à", "a"), ("á", "a"), ("í", "i"),
                 ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ç", "c"), ("å", "a"),
                 ("ø", "o"), ("æ", "ae"), ("ô", "o"), ("î", "i")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _mega_menu(sections: list[tuple[str, list[str]]], base: str, cls: str = "nav") -> str:
    """A header mega menu: top sections, each with a drop-down of subsections."""
    out = [f'<nav class="{cls}" aria-label="Hauptnavigation"><ul class="{cls}__list">']
    for top, subs in sections:
        ts = _slug(top)
        out.append(f'<li class="{cls}__item {cls}__item--has-children">'
                   f'<a class="{cls}__link" href="{base}/{ts}/">{top}</a>'
                   f'<button class="{cls}__toggle" aria-expanded="false" aria-label="{top} öffnen">'
                   f'<svg width="12" height="12" viewBox="0 0 12 12"><path d="M2 4l4 4 4-4"/></svg></button>'
                   f'<div class="{cls}__flyout"><ul class="{cls}__sub">')
        for sub in subs:
            out.append(f'<li><a href="{base}/{ts}/{_slug(sub)}/" data-tracking="nav_{ts}_{_slug(sub)}">{sub}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def _link_list(title: str, links: list[str], base: str, cls: str = "footer-col") -> str:
    items = "".join(f'<li><a href="{base}/{_slug(x)}">{x}</a></li>' for x in links)
    return f'<div class="{cls}"><h3 class="{cls}__title">{title}</h3><ul>{items}</ul></div>'


def _dated_list(items: list[tuple[str, str]], base: str, *, cls: str = "teaser-list",
                date_cls: str = "teaser__date", date_first: bool = False) -> str:
    """A box of other pages, each a link and a date (related articles, latest news)."""
    out = [f'<ul class="{cls}">']
    for title, date in items:
        link = f'<a class="teaser__link" href="{base}/{_slug(title)[:60]}">{title}</a>'
        d = f'<span class="{date_cls}">{date}</span>'
        out.append(f'<li class="teaser">{d + " " + link if date_first else link + " " + d}</li>')
    out.append("</ul>")
    return "".join(out)


def _jsonld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


_SVG_SPRITE = (
    '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
    + "".join(
        f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="M{i} {i+2}h{10+i}v{4+i}H{i}z'
        f'm2 3l{i % 5 + 2} {i % 3 + 1}-{i % 4 + 1} {i % 6 + 2}z"/></symbol>'
        for i, n in enumerate(["search", "menu", "close", "user", "share", "facebook", "x",
                               "whatsapp", "mail", "print", "arrow", "play", "clock",
                               "comment", "bookmark", "chevron", "rss", "linkedin",
                               "instagram", "youtube", "mastodon", "bluesky"])
    )
    + "</svg>"
)

_TRACKING = """
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-4XK2L9PQ7M', {anonymize_ip: true, cookie_flags: 'SameSite=None;Secure'});
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';
j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-W7X3QZ');
</script>
"""

_FILLER_CSS = "\n".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2731) % 0xFFFFFF:06x};}}"
    for i in range(160)
)


def _style() -> str:
    return f"<style>{_FILLER_CSS}</style>"


# --------------------------------------------------------------------------- German

_DE_NEWS_MENU = [
    ("Politik", ["Deutschland", "Ausland", "Europa", "Bundestag", "Meinung", "Kommentare", "Analyse"]),
    ("Ausland", ["Nahost", "Ukraine", "USA", "China", "Afrika", "Lateinamerika", "Asien"]),
    ("Panorama", ["Justiz", "Kriminalität", "Gesellschaft", "Leute", "Unglücke", "Bildung"]),
    ("Sport", ["Fußball", "Bundesliga", "Champions League", "Formel 1", "Tennis", "Wintersport", "Ergebnisse"]),
    ("Wirtschaft", ["Unternehmen", "Verbraucher & Service", "Börse", "Immobilien", "Energie", "Arbeit"]),
    ("Netzwelt", ["Gadgets", "Apps", "Games", "Netzpolitik", "Web", "KI"]),
    ("Wissenschaft", ["Natur", "Weltall", "Medizin", "Technik", "Mensch", "Klimakrise"]),
    ("Mobilität", ["Elektroautos", "Fahrberichte", "Fahrrad", "Bahn", "Verkehr"]),
    ("Kultur", ["Kino", "Musik", "TV", "Literatur", "Streaming", "Kunst"]),
    ("Leben", ["Reise", "Stil", "Familie", "Psychologie", "Essen & Trinken", "Partnerschaft"]),
    ("Geschichte", ["Zeitgeschichte", "Erster Weltkrieg", "Nationalsozialismus", "DDR"]),
    ("Gesundheit", ["Ernährung", "Fitness", "Schlaf", "Diagnose & Therapie", "Psyche"]),
]

_DE_FOOTER = (
    _link_list("Service", ["Abo kündigen", "Kontakt", "Hilfe", "Newsletter", "RSS", "Podcasts",
                           "Apps", "Shop", "Gutscheine", "Jobs"], "https://www.example-verlag.de/service")
    + _link_list("Rechtliches", ["Impressum", "Datenschutz", "Nutzungsbedingungen", "Cookies & Tracking",
                                 "Barrierefreiheit", "Hinweise zum Jugendschutz"], "https://www.example-verlag.de/recht")
    + _link_list("Verlag", ["Mediadaten", "Karriere", "Presse", "Leserbriefe", "Syndikation"],
                 "https://www.example-verlag.de/verlag")
)


def _spiegel() -> ArticlePage:
    url = ("https://www.spiegel.de/politik/deutschland/bundestag-beschliesst-haushalt-2027-"
           "a-7f3c1e2d-4b5a-4c8e-9d1f-2a3b4c5d6e7f")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
          "headline": "Bundestag beschließt Haushalt 2027 – Opposition kritisiert Schuldenpläne",
          "datePublished": "2026-11-20T14:03:00+01:00", "dateModified": "2026-11-21T08:12:45+01:00",
          "author": [{"@type": "Person", "name": "Katharina Brenner"}],
          "publisher": {"@type": "Organization", "name": "DER SPIEGEL",
                        "logo": {"@type": "ImageObject", "url": "https://www.spiegel.de/public/spon/images/logos/der-spiegel-h60.png"}},
          "isAccessibleForFree": True}
    related = _dated_list([
        ("Schuldenbremse: Länder fordern Reform noch vor der Wahl", "25.11.2026"),
        ("Haushaltsausschuss: Die Nacht der langen Listen", "24.11.2026"),
        ("Kommentar: Ein Haushalt ohne Kompass", "21.11.2026"),
        ("Bundesrat billigt Wachstumspaket", "13.11.2026"),
    ], "https://www.spiegel.de/politik/deutschland", date_cls="teaser__date")
    html = f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>Bundestag beschließt Haushalt 2027 – Opposition kritisiert Schuldenpläne - DER SPIEGEL</title>
<meta name="description" content="Nach monatelangem Streit hat der Bundestag den Etat für 2027 verabschiedet. Die Union spricht von einem Haushalt auf Pump.">
<meta name="date" content="2026-11-20T14:03:00+01:00">
<meta name="last-modified" content="2026-11-21T08:12:45+01:00">
<meta name="robots" content="index, follow, noarchive, max-snippet:-1, max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:title" content="Bundestag beschließt Haushalt 2027 – Opposition kritisiert Schuldenpläne">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.prod.www.spiegel.de/images/3f1e2d4c-0001-0004-0000-000001234567_w1280_r1.77_fpx44_fpy50.jpg">
<link rel="canonical" href="{url}">
{_style()}
{_jsonld(ld)}
<script>window.SPIEGEL = {{"page":{{"type":"article","channel":"politik","subchannel":"deutschland","id":"7f3c1e2d","paywall":false,"publishedAt":"2026-11-20T14:03:00+01:00"}}}};</script>
{_TRACKING}
</head>
<body class="bg-white dark:bg-black">
{_SVG_SPRITE}
<div id="consent-placeholder" data-sp-consent></div>
<header class="relative bg-black" data-area="header">
<a class="logo" href="https://www.spiegel.de/" title="DER SPIEGEL"><svg width="180" height="30"><use href="#icon-menu"/></svg></a>
<div class="flex items-center"><a href="https://www.spiegel.de/abonnement/">Abonnement</a> <a href="https://gruppenkonto.spiegel.de/anmelden.html">Anmelden</a></div>
{_mega_menu(_DE_NEWS_MENU, "https://www.spiegel.de", "nav")}
</header>
<main id="Inhalt">
<article aria-label="Bundestag beschließt Haushalt 2027" data-area="article">
<header data-area="intro" class="lg:mt-32">
<div class="lg:w-10/12"><span class="font-sansUI text-primary-base">Schuldenstreit</span></div>
<h2 class="lg:w-10/12"><span class="align-middle">Bundestag beschließt Haushalt 2027 – Opposition kritisiert Schuldenpläne</span></h2>
<div class="RichText leading-loose lg:w-8/12">Nach monatelangem Streit hat der Bundestag den Etat für 2027 verabschiedet. Die Union spricht von einem Haushalt auf Pump, die Koalition von Investitionen in die Zukunft.</div>
<div class="font-sansUI text-s"><a href="https://www.spiegel.de/impressum/autor-4a5b6c7d">Von Katharina Brenner</a></div>
<div class="font-sansUI text-s text-shade-dark"><time datetime="2026-11-20 14:03:00" class="timeformat">20.11.2026, 14.03 Uhr</time></div>
</header>
<section class="relative" data-area="body">
<div data-sara-click-el="body_element" class="RichText">
<p>Der Bundestag hat am Freitag den Bundeshaushalt für das kommende Jahr beschlossen. In namentlicher Abstimmung stimmten 389 Abgeordnete für den Etat, 276 dagegen, es gab drei Enthaltungen. Der Haushalt sieht Ausgaben von rund 502 Milliarden Euro vor, die Nettokreditaufnahme liegt bei knapp 58 Milliarden Euro.</p>
<p>Finanzminister und Koalitionsfraktionen verteidigten die Pläne. Man investiere so viel wie nie zuvor in Schiene, Brücken und Digitalisierung, hieß es aus dem Ministerium. Die Opposition warf der Regierung dagegen vor, strukturelle Probleme mit neuen Schulden zu überdecken und die Länder bei den Kosten für Migration und Kitas allein zu lassen.</p>
<p>Besonders umstritten war bis zuletzt die Finanzierung der Bahnsanierung. Der Haushaltsausschuss hatte in seiner Bereinigungssitzung in der Nacht zum Freitag noch einmal mehrere Milliarden Euro umgeschichtet. Auch bei der Entwicklungshilfe und beim Bürgergeld gab es Änderungen gegenüber dem Regierungsentwurf.</p>
<p>Der Bundesrat muss sich in seiner Sitzung am 12. Dezember noch mit dem Haushaltsgesetz befassen. Eine Zustimmung der Länderkammer ist nicht erforderlich, sie könnte aber den Vermittlungsausschuss anrufen.</p>
</div>
</section>
<section data-area="related_articles" class="mt-32"><h3>Mehr zum Thema</h3>{related}</section>
<div data-area="social_bar"><button data-share="whatsapp">Teilen</button><button data-share="mail">Mail</button><button data-share="print">Drucken</button></div>
</article>
</main>
<footer class="bg-black">
{_DE_FOOTER}
<p class="text-s">© DER SPIEGEL 2026 · Alle Rechte vorbehalten</p>
</footer>
</body></html>"""
    return ArticlePage("de_spiegel", url, html, "2026-11-20", "time element, meta date, JSON-LD; related box with later dates")


def _zeit() -> ArticlePage:
    url = "https://www.zeit.de/wirtschaft/2026-11/inflation-eurozone-ezb-leitzins-senkung"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "EZB senkt Leitzins erneut – Inflation im Euroraum fällt auf 1,9 Prozent",
          "datePublished": "2026-11-18T06:00:12+01:00", "dateModified": "2026-11-22T09:15:42+01:00",
          "author": {"@type": "Person", "name": "Jonas Wiegand"},
          "publisher": {"@type": "Organization", "name": "ZEIT ONLINE"}}
    html = f"""<!doctype html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>Europäische Zentralbank: EZB senkt Leitzins erneut | ZEIT ONLINE</title>
<meta name="date" content="2026-11-18T06:00:12+01:00">
<meta name="last-modified" content="2026-11-22T09:15:42+01:00">
<meta name="keywords" content="EZB, Leitzins, Inflation, Euroraum, Geldpolitik">
<meta property="og:site_name" content="ZEIT ONLINE">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
{_style()}
{_jsonld(ld)}
<script>window.Zeit = {{ breadcrumbs: ["Wirtschaft", "Geldpolitik"], ressort: "wirtschaft", isPaywalled: false, view: "article" }};</script>
{_TRACKING}
</head>
<body data-page-type="article">
{_SVG_SPRITE}
<div class="page">
<header class="header">
<a class="header__brand" href="https://www.zeit.de/index">ZEIT ONLINE</a>
{_mega_menu(_DE_NEWS_MENU[:9], "https://www.zeit.de", "nav")}
<div class="header__tools"><a href="https://www.zeit.de/suche/index">Suche</a> <a href="https://meine.zeit.de/anmelden">Anmelden</a> <a href="https://abo.zeit.de/">Abo</a></div>
</header>
<main class="main main--article" id="main">
<article class="article article--padded" itemscope itemtype="http://schema.org/Article">
<header class="article-header">
<h1 class="article-heading"><span class="article-heading__kicker">Europäische Zentralbank</span><span class="article-heading__title">EZB senkt Leitzins erneut</span></h1>
<div class="summary">Die Inflation im Euroraum ist im Oktober auf 1,9 Prozent gesunken. Die Notenbank reagiert – und deutet weitere Schritte an.</div>
<div class="metadata">
<time class="metadata__date" datetime="2026-11-22T09:15:42+01:00">Aktualisiert am 22. November 2026, 9:15 Uhr</time>
<span class="metadata__source">Quelle: ZEIT ONLINE, dpa, Reuters, jw</span>
<a class="metadata__commentcount" href="#comments">212 Kommentare</a>
</div>
</header>
<div class="article-body article-body--article">
<p class="paragraph article__item">Die Europäische Zentralbank (EZB) hat den Leitzins zum dritten Mal in diesem Jahr gesenkt. Der Einlagensatz, zu dem Banken überschüssige Gelder bei der Notenbank parken können, sinkt um 0,25 Prozentpunkte auf 1,75 Prozent. Das teilte die EZB in Frankfurt mit.</p>
<p class="paragraph article__item">Grund ist die nachlassende Teuerung: Nach Angaben des Statistikamts Eurostat lagen die Verbraucherpreise im Oktober nur noch 1,9 Prozent über dem Vorjahresniveau. Damit liegt die Inflation erstmals seit Monaten wieder unter dem Zielwert der Notenbank von zwei Prozent.</p>
<p class="paragraph article__item">EZB-Präsidentin Christine Lagarde sagte, der Rat sei sich einig gewesen. Weitere Zinsschritte hingen von den Daten ab. Ökonomen rechnen damit, dass die Notenbank im Frühjahr noch einmal nachlegt. Für Sparerinnen und Sparer bedeutet das sinkende Zinsen auf Tages- und Festgeld.</p>
<p class="paragraph article__item">Kritik kam aus Teilen der deutschen Wirtschaft. Der Schritt komme zu spät, um die schwache Konjunktur noch in diesem Jahr zu stützen, sagte ein Verbandsvertreter. Die Industrieproduktion in Deutschland war im dritten Quartal erneut gesunken.</p>
</div>
<aside class="article-toc"><h2>Mehr zum Thema Geldpolitik</h2>
{_dated_list([("Bauzinsen: Wann sich der Kredit jetzt lohnt", "25. November 2026"), ("Eurostat: Preise steigen langsamer", "31. Oktober 2026")], "https://www.zeit.de/wirtschaft/2026-11", date_cls="zon-teaser__datetime")}
</aside>
</article>
<section id="comments" class="comment-section"><h2>212 Kommentare</h2>
<article class="comment"><div class="comment-meta"><a href="https://profile.zeit.de/123456">Rheinländer_1972</a> <a class="comment-meta__date" href="#cid-1">#1 — vor 4 Tagen</a></div><p>Endlich. Jetzt muss nur noch die Bank die Senkung auch weitergeben.</p></article>
<article class="comment"><div class="comment-meta"><a href="https://profile.zeit.de/654321">kleinerPrinz</a> <a class="comment-meta__date" href="#cid-2">#2 — vor 3 Tagen</a></div><p>Und wieder sind die Sparer die Dummen.</p></article>
</section>
</main>
<footer class="footer">{_DE_FOOTER}<p>© ZEIT ONLINE GmbH 2026</p></footer>
</div>
</body></html>"""
    return ArticlePage("de_zeit", url, html, "2026-11-18",
                       "only 'Aktualisiert am 22. November' visible; meta date and JSON-LD give 18.11.")


def _heise() -> ArticlePage:
    url = "https://www.heise.de/news/Sicherheitsluecke-in-Router-Firmware-Hersteller-liefert-Update-10123456.html"
    forum = "".join(
        f'<li class="posting_element"><a class="posting_subject" href="https://www.heise.de/forum/heise-online/Kommentare/x/posting-4567{i}/show/">{t}</a>'
        f'<span class="tree_thread_list--written_by_user">{u}</span><time class="posting_timestamp" datetime="2026-11-{d}T{h}:12:00">{d}.11.2026 {h}:12</time></li>'
        for i, (t, u, d, h) in enumerate([
            ("Wieder mal Telnet offen?", "Wurstbrot", "25", "09"),
            ("Update kam bei mir heute automatisch", "c't-Leser", "24", "18"),
            ("Warum nicht OpenWrt?", "fnord", "23", "22"),
            ("Re: Warum nicht OpenWrt?", "Ein Admin", "23", "23"),
        ]))
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sicherheitslücke in Router-Firmware: Hersteller liefert Update | heise online</title>
<meta name="date" content="2026-11-19T15:30:00+01:00">
<meta name="description" content="Eine kritische Lücke erlaubt Angreifern, Router aus der Ferne zu übernehmen. Ein Update steht bereit.">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
{_style()}
{_jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Sicherheitslücke in Router-Firmware: Hersteller liefert Update", "datePublished": "2026-11-19T15:30:00+01:00", "dateModified": "2026-11-19T17:02:00+01:00", "author": [{"@type": "Person", "name": "Dennis Schirrmacher"}]})}
{_TRACKING}
</head>
<body>
{_SVG_SPRITE}
<header class="a-header">
<a href="https://www.heise.de/" class="a-logo">heise online</a>
{_mega_menu([("News", ["IT", "Wissen", "Mobiles", "Security", "Entertainment", "Netzpolitik", "Wirtschaft", "Journal"]), ("Magazine", ["c't", "iX", "Mac & i", "Make", "c't Fotografie", "Technology Review"]), ("Services", ["Tarifrechner", "Download", "Preisvergleich", "Jobs", "Newsletter", "Podcasts"]), ("heise+", ["Alle Artikel", "Themen", "Dossiers", "Webinare"])], "https://www.heise.de", "main-nav")}
</header>
<main>
<article class="article" data-component="ArticleContainer">
<header class="a-article-header">
<p class="a-article-header__label">Security</p>
<h1 class="a-article-header__title">Sicherheitslücke in Router-Firmware: Hersteller liefert Update</h1>
<p class="a-article-header__lead">Eine kritische Lücke erlaubt Angreifern, Router aus der Ferne zu übernehmen. Ein Update steht bereit, Admins sollten es zügig installieren.</p>
<div class="a-publish-info"><time datetime="2026-11-19T15:30:00+01:00" class="a-datetime">19.11.2026 15:30 Uhr</time> <span class="a-publish-info__reading-time">Lesezeit: 3 Min.</span> <span class="creator">Von Dennis Schirrmacher</span></div>
</header>
<div class="article-content">
<p>Ein Sicherheitsforscher ist bei der Analyse einer verbreiteten Router-Firmware auf eine Schwachstelle gestoßen, über die Angreifer ohne Authentifizierung Befehle mit Root-Rechten ausführen können. Die Lücke (CVE-2026-41233) ist mit dem Bedrohungsgrad "kritisch" eingestuft.</p>
<p>Betroffen ist die Weboberfläche, die auf vielen Geräten auch aus dem Internet erreichbar ist. Der Hersteller hat die Firmware-Version 7.62 veröffentlicht, die das Problem beheben soll. Geräte mit aktivierter Auto-Update-Funktion sollten die neue Version in den kommenden Tagen automatisch erhalten.</p>
<h3>Fernzugriff deaktivieren</h3>
<p>Wer das Update nicht sofort einspielen kann, sollte den Fernzugriff auf die Benutzeroberfläche abschalten. Laut dem Forscher sind Angriffe derzeit noch nicht beobachtet worden; ein Proof-of-Concept will er aber in 30 Tagen veröffentlichen.</p>
<p class="article-footer">(<a href="mailto:des@heise.de">des</a>)</p>
</div>
</article>
<section class="forum-teaser"><h2>Kommentare lesen (87 Beiträge)</h2><ul>{forum}</ul></section>
<section class="a-related"><h2>Mehr zum Thema</h2>{_dated_list([("Patchday: Microsoft schließt 61 Lücken", "11.11.2026"), ("BSI warnt vor Angriffen auf VPN-Gateways", "24.11.2026")], "https://www.heise.de/news", date_cls="a-datetime")}</section>
</main>
<footer class="a-footer">{_link_list("heise online", ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Abo", "Barrierefreiheit"], "https://www.heise.de")}<p>© 2026 heise online</p></footer>
</body></html>"""
    return ArticlePage("de_heise", url, html, "2026-11-19", "time element + meta; forum box with later dates")


def _merkur() -> ArticlePage:
    url = "https://www.merkur.de/lokales/muenchen/stadt-muenchen/muenchen-neue-tram-linie-westtangente-startet-92712345.html"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Westtangente: Neue Tram-Linie in München – das ändert sich für Fahrgäste",
          "datePublished": "2026-11-20T17:40:00+01:00", "dateModified": "2026-11-24T08:15:00+01:00",
          "author": {"@type": "Person", "name": "Sabine Huber"}}
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>München: Neue Tram-Linie Westtangente startet – das ändert sich | Merkur.de</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Westtangente: Neue Tram-Linie in München – das ändert sich für Fahrgäste">
{_style()}
{_jsonld(ld)}
<script>var idjs = {{ "siteName": "merkur", "articleId": "92712345", "pageType": "article", "ressort": "lokales/muenchen" }};</script>
{_TRACKING}
</head>
<body class="id-Body">
{_SVG_SPRITE}
<header class="id-SiteHeader">
<a class="id-SiteHeader-logo" href="https://www.merkur.de/">Merkur.de</a>
{_mega_menu([("Lokales", ["München", "Landkreis München", "Dachau", "Erding", "Freising", "Fürstenfeldbruck", "Starnberg", "Ebersberg", "Garmisch-Partenkirchen", "Weilheim", "Bad Tölz", "Miesbach", "Rosenheim"]), ("Bayern", ["Oberbayern", "Niederbayern", "Schwaben", "Franken", "Oberpfalz"]), ("Politik", ["Deutschland", "Welt", "Europa"]), ("Wirtschaft", ["Verbraucher", "Finanzen", "Rente"]), ("Sport", ["FC Bayern", "TSV 1860", "Fußball", "Wintersport"]), ("Welt", ["Panorama", "Wetter", "Reise"])], "https://www.merkur.de", "id-Nav")}
</header>
<main class="id-Main">
<article class="id-Story">
<header class="id-Story-header">
<p class="id-Story-kicker">Westtangente</p>
<h1 class="id-StoryElement-headline">Neue Tram-Linie in München startet – das ändert sich für Fahrgäste</h1>
<p class="id-StoryElement-leadText">Nach sechs Jahren Bauzeit fährt die Tram auf der Westtangente. Buslinien werden gestrichen, andere verlängert. Ein Überblick.</p>
<div class="id-DateTime"><span class="id-DateTime-label">Stand:</span> <time class="id-DateTime-time" datetime="2026-11-24T08:15:00+01:00">24.11.2026, 08:15 Uhr</time></div>
<div class="id-Story-authors">Von: <a href="https://www.merkur.de/autoren/sabine-huber-12345.html">Sabine Huber</a></div>
</header>
<div class="id-Story-body">
<p class="id-StoryElement-paragraph">Am 13. Dezember ist es so weit: Die Straßenbahn auf der Westtangente geht in Betrieb. Die neue Linie 24 verbindet den Romanplatz mit Aidenbachstraße und bindet dabei die Fürstenrieder Straße an das Tramnetz an. Die Münchner Verkehrsgesellschaft (MVG) rechnet mit bis zu 60.000 Fahrgästen täglich.</p>
<p class="id-StoryElement-paragraph">Mit dem Start der Tram ändert sich auch das Busnetz. Die Linie 51 wird eingestellt, die Linie 130 fährt künftig nur noch bis zum Laimer Platz. Anwohner hatten sich jahrelang gegen die Pläne gewehrt, vor allem wegen der Fällung von Bäumen.</p>
<p class="id-StoryElement-paragraph">Die Stadt weist darauf hin, dass es in den ersten Wochen zu Einschränkungen kommen kann. Ein Eröffnungsfest mit kostenlosen Fahrten ist für den ersten Betriebstag geplant.</p>
</div>
<aside class="id-Story-related"><h3>Auch interessant</h3>{_dated_list([("MVG-Fahrplanwechsel: Alle Änderungen im Überblick", "25.11.2026"), ("Stammstrecke: Wochenend-Sperrung im Dezember", "23.11.2026")], "https://www.merkur.de/lokales/muenchen", date_cls="id-Teaser-date")}</aside>
</article>
</main>
<footer class="id-SiteFooter">{_link_list("Merkur.de", ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Jobs", "Abo"], "https://www.merkur.de")}<p>© 2026 Merkur.de – Ippen Digital</p></footer>
</body></html>"""
    return ArticlePage("de_merkur", url, html, "2026-11-20",
                       "visible 'Stand: 24.11.2026' is the update; JSON-LD datePublished 20.11.")


def _tagesschau() -> ArticlePage:
    url = "https://www.tagesschau.de/inland/innenpolitik/bundesrat-wohngeld-reform-100.html"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "headline": "Bundesrat stimmt Wohngeld-Reform zu",
          "datePublished": "2026-11-19T22:10:00.000+01:00", "dateModified": "2026-11-20T06:30:00.000+01:00",
          "publisher": {"@type": "Organization", "name": "tagesschau.de"}}
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Bundesrat stimmt Wohngeld-Reform zu | tagesschau.de</title>
<meta name="description" content="Mehr Haushalte sollen künftig Wohngeld bekommen. Der Bundesrat hat der Reform zugestimmt.">
<meta property="og:type" content="website">
{_style()}
{_jsonld(ld)}
<script>var ati_page = {{ chapter1: "inland", chapter2: "innenpolitik", level2: "1" }};</script>
</head>
<body>
{_SVG_SPRITE}
<header class="header">
<a href="https://www.tagesschau.de/" class="header__logo">tagesschau</a>
{_mega_menu([("Inland", ["Innenpolitik", "Gesellschaft", "Regional", "Mehr"]), ("Ausland", ["Europa", "Amerika", "Afrika", "Asien", "Ozeanien"]), ("Wirtschaft", ["Finanzen", "Unternehmen", "Verbraucher", "Technologie", "Weltwirtschaft", "Konjunktur"]), ("Wissen", ["Gesundheit", "Klima & Umwelt", "Forschung", "Technologie"]), ("Faktenfinder", ["Inland", "Ausland", "Hintergrund"]), ("Investigativ", ["Monitor", "Panorama", "Report Mainz", "NDR", "WDR", "SWR"]), ("Sendungen", ["tagesschau", "tagesthemen", "nachtmagazin", "tagesschau24", "Bericht aus Berlin"])], "https://www.tagesschau.de", "navigation")}
</header>
<main class="content-wrapper">
<article class="container content-wrapper__group">
<div class="seitenkopf__headline"><span class="seitenkopf__topline">Länderkammer</span><span class="seitenkopf__headline--text">Bundesrat stimmt Wohngeld-Reform zu</span></div>
<div class="metatextline">Stand: 20.11.2026 06:30 Uhr</div>
<p class="textabsatz m-ten m-offset-one l-eight l-offset-two columns twelve"><strong>Mehr Haushalte sollen künftig Wohngeld bekommen, die Heizkostenkomponente wird angepasst. Der Bundesrat hat der Reform in einer Sondersitzung am Abend zugestimmt.</strong></p>
<p class="textabsatz columns twelve">Der Bundesrat hat die Reform des Wohngelds gebilligt. Die Länderkammer stimmte dem Gesetz in einer eigens angesetzten Sitzung zu. Damit kann die Reform wie geplant zum 1. Januar in Kraft treten. Nach Angaben des Bauministeriums sollen rund 400.000 Haushalte zusätzlich Anspruch auf die Leistung erhalten.</p>
<p class="textabsatz columns twelve">Mehrere Länder hatten zuvor Bedenken wegen der Kosten geäußert, da Bund und Länder das Wohngeld je zur Hälfte tragen. Eine Protokollerklärung der Bundesregierung sicherte ihnen zu, die Verwaltungskosten der Wohngeldstellen im kommenden Jahr zu überprüfen.</p>
<p class="textabsatz columns twelve">Sozialverbände begrüßten die Einigung, kritisierten aber die langen Bearbeitungszeiten in vielen Kommunen. Teilweise warten Antragsteller mehrere Monate auf ihren Bescheid.</p>
<div class="teaser-xs"><h2>Mehr zum Thema</h2>{_dated_list([("Mietpreisbremse: Kabinett beschließt Verlängerung", "25.11.2026"), ("Wohnungsbau: Genehmigungen ziehen wieder an", "18.11.2026")], "https://www.tagesschau.de/inland", date_cls="teaser-xs__date")}</div>
<div class="meldungsfooter">Dieses Thema im Programm: Das Erste, tagesschau, 20. November 2026, 06:00 Uhr</div>
</article>
</main>
<footer class="footer">{_link_list("tagesschau.de", ["Impressum", "Datenschutz", "Kontakt", "Barrierefreiheit", "Leichte Sprache", "Gebärdensprache"], "https://www.tagesschau.de")}<p>© ARD-aktuell / tagesschau.de</p></footer>
</body></html>"""
    return ArticlePage("de_tagesschau", url, html, "2026-11-19",
                       "visible 'Stand: 20.11.2026 06:30' and broadcast line; JSON-LD datePublished 19.11. 22:10")


_LAND_MENU = [
    ("Regierung", ["Ministerpräsident", "Landesregierung", "Staatskanzlei", "Ministerien", "Kabinett", "Landesvertretung Berlin", "Landesvertretung Brüssel"]),
    ("Themen", ["Bildung", "Digitalisierung", "Energie", "Gesundheit", "Innere Sicherheit", "Klimaschutz", "Landwirtschaft", "Mobilität", "Soziales", "Wirtschaft", "Wohnen"]),
    ("Service", ["Formulare", "Förderprogramme", "Stellenangebote", "Bürgerbeteiligung", "Publikationen", "Veranstaltungen"]),
    ("Presse", ["Pressemitteilungen", "Mediathek", "Pressekontakte", "Bildarchiv", "Reden"]),
    ("Land", ["Geschichte", "Landkreise", "Städte und Gemeinden", "Wappen und Flagge"]),
]


def _land_pm() -> ArticlePage:
    url = "https://www.stk.niedersachsen.de/startseite/presseinformationen/land-foerdert-radwege-mit-45-millionen-euro-238712.html"
    side = _dated_list([
        ("Ministerpräsident empfängt Sternsinger", "25.11.2026"),
        ("Kabinett beschließt Landesraumordnungsprogramm", "24.11.2026"),
        ("Neue Förderrichtlinie für Dorfläden", "19.11.2026"),
        ("Landesregierung zieht Bilanz zur Hochwasserhilfe", "17.11.2026"),
        ("Tag der offenen Tür in der Staatskanzlei", "10.11.2026"),
    ], "https://www.stk.niedersachsen.de/startseite/presseinformationen", date_cls="date", date_first=True)
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Land fördert Radwege mit 45 Millionen Euro | Niedersächsische Staatskanzlei</title>
<meta name="generator" content="Government Site Builder">
<meta name="viewport" content="width=device-width, initial-scale=1">
{_style()}
<script src="/SiteGlobals/Frontend/JavaScript/init/global.js?v=12"></script>
</head>
<body class="gsb startseite lang-de">
<div id="wrapperOuter">
<a class="skip" href="#content">Springe direkt zu: Inhalt</a>
<div id="header"><a href="https://www.stk.niedersachsen.de/startseite/" title="Zur Startseite"><img src="/assets/image/logo-nds.svg" alt="Niedersachsen. Klar."></a>
<form class="search" action="/suche"><input name="q" title="Suchbegriff"><button>Suchen</button></form>
{_mega_menu(_LAND_MENU, "https://www.stk.niedersachsen.de/startseite", "navMain")}
</div>
<div id="navBreadcrumbs">Sie sind hier: <a href="/startseite/">Startseite</a> &gt; <a href="/startseite/presseinformationen/">Presseinformationen</a> &gt; <strong>Land fördert Radwege mit 45 Millionen Euro</strong></div>
<div id="content" class="content">
<div class="article">
<p class="docData">Pressemitteilung vom 13.11.2026</p>
<h1 class="isFirstInSlot">Land fördert Radwege mit 45 Millionen Euro</h1>
<p class="abstract"><strong>Verkehrsministerin: „Wir schließen die Lücken im Netz“</strong></p>
<p>Das Land stellt im kommenden Jahr 45 Millionen Euro für den Bau und die Sanierung von Radwegen an Landesstraßen bereit. Das hat die Landesregierung in ihrer Kabinettssitzung am Dienstag beschlossen. Damit sollen insgesamt 112 Kilometer Radwege neu gebaut oder grundlegend erneuert werden.</p>
<p>„Wer im ländlichen Raum mit dem Rad zur Arbeit oder zur Schule fährt, braucht sichere Wege. Wir schließen die Lücken im Netz dort, wo sie am gefährlichsten sind“, sagte die Verkehrsministerin in Hannover. Schwerpunkte liegen in den Landkreisen Emsland, Cloppenburg und Lüneburg.</p>
<p>Kommunen können sich außerdem bis zum 31. März 2027 um Mittel aus dem Förderprogramm „Radverkehr in Kommunen“ bewerben. Die Förderquote beträgt bis zu 75 Prozent, für finanzschwache Gemeinden bis zu 90 Prozent.</p>
<p class="pressContact"><strong>Pressekontakt:</strong> Pressestelle der Niedersächsischen Staatskanzlei, Planckstraße 2, 30169 Hannover, Tel.: 0511 120-6946</p>
</div>
<div id="sidebar" class="sidebar"><h2>Weitere Pressemitteilungen</h2>{side}<p><a href="/startseite/presseinformationen/">Alle Pressemitteilungen</a></p></div>
</div>
<div id="footer">
{_link_list("Service", ["Kontakt", "Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache", "Gebärdensprache", "RSS-Feeds", "Sitemap"], "https://www.stk.niedersachsen.de/startseite/service")}
<p>© Niedersächsische Staatskanzlei 2026</p>
</div>
</div>
</body></html>"""
    return ArticlePage("de_land_pm", url, html, "2026-11-13",
                       "'Pressemitteilung vom 13.11.2026'; sidebar of later press releases (date first)")


def _bmwk() -> ArticlePage:
    url = ("https://www.bundeswirtschaftsministerium.de/Redaktion/DE/Pressemitteilungen/2026/11/"
           "20261110-bundesregierung-startet-foerderaufruf-wasserstoff.html")
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>BMWE - Bundesregierung startet Förderaufruf für Wasserstoff-Kraftwerke</title>
<meta name="generator" content="Government Site Builder">
<meta name="DC.subject" content="Wasserstoff, Kraftwerke, Förderung">
<meta name="DC.language" content="de">
{_style()}
</head>
<body class="gsb">
<div class="header"><a href="/Navigation/DE/Home/home.html"><img src="/SiteGlobals/Frontend/Images/logo.svg" alt="Bundesministerium für Wirtschaft und Energie"></a>
{_mega_menu([("Themen", ["Energie", "Wirtschaft", "Industrie", "Mittelstand", "Digitalisierung", "Außenwirtschaft", "Europa", "Innovation", "Fachkräfte"]), ("Service", ["Publikationen", "Mediathek", "Förderdatenbank", "Gesetze", "Ausschreibungen"]), ("Presse", ["Pressemitteilungen", "Reden", "Interviews", "Termine"]), ("Ministerium", ["Leitung", "Organisation", "Geschichte", "Karriere"])], "https://www.bundeswirtschaftsministerium.de/Navigation/DE", "navMain")}
</div>
<main id="main">
<div class="breadcrumb">Startseite › Presse › Pressemitteilungen</div>
<div class="article-header">
<div class="meta"><dl><dt>Typ:</dt><dd>Pressemitteilung</dd><dt>Datum:</dt><dd>10.11.2026</dd><dt>Nr.:</dt><dd>148/2026</dd></dl></div>
<h1>Bundesregierung startet Förderaufruf für Wasserstoff-Kraftwerke</h1>
</div>
<div class="article-content">
<p class="teaser"><strong>Unternehmen können ab sofort Projekte für neue, wasserstofffähige Gaskraftwerke einreichen. Das Ausschreibungsvolumen beträgt zunächst 5 Gigawatt.</strong></p>
<p>Das Bundesministerium für Wirtschaft und Energie hat heute den ersten Förderaufruf im Rahmen der Kraftwerksstrategie veröffentlicht. Gefördert werden neue Gaskraftwerke, die spätestens ab 2035 vollständig auf Wasserstoff umgestellt werden können. Die Gebote können bis zum 15. Februar 2027 bei der Bundesnetzagentur eingereicht werden.</p>
<p>Der Bundesminister erklärte: „Wir brauchen steuerbare Leistung für die Zeiten, in denen Wind und Sonne nicht ausreichen. Mit dem heutigen Aufruf schaffen wir Planungssicherheit für Investoren.“ Die EU-Kommission hatte die beihilferechtliche Genehmigung im Oktober erteilt.</p>
<p>Weitere Informationen zur Ausschreibung finden Sie auf der Seite der Bundesnetzagentur.</p>
</div>
<div class="related"><h2>Das könnte Sie auch interessieren</h2>{_dated_list([("Monitoringbericht zur Versorgungssicherheit vorgelegt", "24.11.2026"), ("Minister reist nach Norwegen", "18.11.2026"), ("Industriestrompreis: Antragsfrist verlängert", "05.11.2026")], "https://www.bundeswirtschaftsministerium.de/Redaktion/DE/Pressemitteilungen/2026/11", date_cls="date", date_first=True)}</div>
</main>
<footer class="footer">{_link_list("Service", ["Kontakt", "Impressum", "Datenschutz", "Barrierefreiheit", "Gebärdensprache", "Leichte Sprache", "Newsletter", "RSS"], "https://www.bundeswirtschaftsministerium.de/Navigation/DE/Service")}<p>© Bundesministerium für Wirtschaft und Energie</p></footer>
</body></html>"""
    return ArticlePage("de_bund_pm", url, html, "2026-11-10",
                       "<dl> Typ/Datum: 10.11.2026; URL .../2026/11/20261110-...; related box")


def _derstandard() -> ArticlePage:
    url = "https://www.derstandard.at/story/3000000245678/regierung-einigt-sich-auf-klimaticket-preis-fuer-2027"
    postings = "".join(
        f'<div class="posting"><span class="posting--user">{u}</span><span class="posting--date">{d}</span><p>{t}</p></div>'
        for u, d, t in [("Gurkensalat", "24. November 2026, 10:11", "Immer noch günstiger als Autofahren."),
                        ("Leser aus Graz", "23. November 2026, 21:40", "Und wann kommt der Ausbau auf dem Land?"),
                        ("kaffeehaus", "21. November 2026, 08:02", "Die Preiserhöhung war absehbar.")])
    html = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Regierung einigt sich auf Klimaticket-Preis für 2027 - Mobilität - derStandard.at › Inland</title>
<meta property="og:type" content="article">
<meta name="robots" content="index,follow">
{_style()}
{_TRACKING}
</head>
<body>
{_SVG_SPRITE}
<header class="site-header"><a href="https://www.derstandard.at/" class="site-header--logo">derStandard</a>
{_mega_menu([("International", ["Europa", "USA", "Asien", "Nahost", "Afrika"]), ("Inland", ["Parlament", "Regierung", "Bundesländer", "Wien", "Mobilität", "Bildung"]), ("Wirtschaft", ["Finanzen", "Unternehmen", "Immobilien", "Energie", "Arbeit"]), ("Web", ["Netzpolitik", "Games", "Apps", "Innovationen"]), ("Sport", ["Fußball", "Ski", "Tennis", "Formel 1"]), ("Panorama", ["Chronik", "Wetter", "Gesundheit"]), ("Kultur", ["Film", "Musik", "Bühne", "Literatur"])], "https://www.derstandard.at", "navigation")}
</header>
<main>
<article class="story-article">
<header class="article-header">
<div class="article-kicker">Mobilität</div>
<h1 class="article-title">Regierung einigt sich auf Klimaticket-Preis für 2027</h1>
<p class="article-subtitle">Die Jahreskarte für alle Öffis in Österreich wird teurer, für Junge und Senioren bleibt ein Rabatt</p>
<div class="article-byline"><div class="article-origins">Michael Stadler</div><p class="article-pubdate"><time datetime="2026-11-20T14:03">20. November 2026, 14:03</time></p></div>
</header>
<div class="article-body">
<p>Das Klimaticket Österreich wird ab dem kommenden Jahr teurer. Wie das Klimaschutzministerium am Freitag bekanntgab, steigt der Preis für die Jahreskarte der Kategorie Classic um 60 Euro. Für Personen unter 26 und über 65 Jahren sowie für Menschen mit Behinderung bleibt der ermäßigte Tarif bestehen.</p>
<p>Die Erhöhung begründet das Ministerium mit der Inflation der vergangenen Jahre. Der Preis war seit der Einführung nur einmal angepasst worden. Mehr als 300.000 Menschen besitzen derzeit ein Klimaticket.</p>
<p>Die Opposition kritisierte die Entscheidung. Die Verkehrsbetriebe der Bundesländer hatten dagegen eine stärkere Anhebung gefordert, um den Ausbau des Angebots finanzieren zu können.</p>
</div>
</article>
<section class="forum"><h2>Postings</h2>{postings}</section>
</main>
<footer>{_link_list("derStandard", ["Impressum & Offenlegung", "Datenschutz", "AGB", "Cookies", "Kontakt", "Werbung", "Karriere"], "https://about.derstandard.at")}<p>© STANDARD Verlagsgesellschaft m.b.H. 2026</p></footer>
</body></html>"""
    return ArticlePage("at_derstandard", url, html, "2026-11-20",
                       "<time> '20. November 2026, 14:03' without zone; posting forum with later dates")


def _city_cookie() -> ArticlePage:
    url = "https://www.stadt-bad-salzuflen.de/rathaus/aktuelles/neue-oeffnungszeiten-buergerbuero"
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Öffnungszeiten im Bürgerbüro - Stadt Bad Salzuflen</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{_style()}
<script src="/typo3temp/assets/compressed/merged-8e2c1f.js"></script>
</head>
<body id="p4512" class="page-aktuelles">
<div id="cookie-consent" class="cc-window cc-banner" role="dialog" aria-live="polite">
<div class="cc-inner"><h2>Datenschutzeinstellungen</h2>
<p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Stand der Datenschutzerklärung: 25.11.2026.</p>
<p class="cc-version">Cookie-Richtlinie Version 3.2 vom 01.11.2026</p>
<button class="cc-btn cc-allow">Alle akzeptieren</button> <button class="cc-btn cc-deny">Nur essenzielle Cookies</button> <a href="/datenschutz">Individuelle Datenschutzeinstellungen</a>
</div></div>
<header class="page-header">
<div class="service-bar"><a href="/leichte-sprache">Leichte Sprache</a> <a href="/gebaerdensprache">Gebärdensprache</a> <a href="/kontakt">Kontakt</a></div>
<a href="/" class="logo"><img src="/fileadmin/template/img/logo.svg" alt="Stadt Bad Salzuflen"></a>
{_mega_menu([("Rathaus", ["Aktuelles", "Bürgerservice", "Politik", "Verwaltung", "Stellenangebote", "Bekanntmachungen", "Ortsrecht", "Wahlen"]), ("Leben", ["Familie", "Schulen", "Kitas", "Senioren", "Sport", "Vereine", "Gesundheit"]), ("Wirtschaft", ["Standort", "Gewerbeflächen", "Wirtschaftsförderung", "Ausschreibungen"]), ("Kultur & Freizeit", ["Veranstaltungen", "Museen", "Bibliothek", "Bäder", "Kurpark"]), ("Bauen & Umwelt", ["Bauleitplanung", "Klimaschutz", "Abfall", "Straßen"])], "https://www.stadt-bad-salzuflen.de", "main-menu")}
</header>
<main id="content">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="news-list-date"><span class="date">12.11.2026</span></div>
<h1 itemprop="headline">Neue Öffnungszeiten im Bürgerbüro</h1>
<div class="teaser-text" itemprop="description"><p>Ab Dezember ist das Bürgerbüro an zwei Abenden länger geöffnet.</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Das Bürgerbüro im Rathaus erweitert seine Öffnungszeiten. Ab dem 1. Dezember können Bürgerinnen und Bürger dienstags und donnerstags bis 18 Uhr Personalausweise und Reisepässe beantragen, Wohnsitze ummelden oder Führungszeugnisse bestellen.</p>
<p>Termine können weiterhin online über das Terminbuchungssystem vereinbart werden. Für kurze Anliegen wie die Abholung von Dokumenten ist keine Terminvereinbarung notwendig.</p>
<p>Samstags bleibt das Bürgerbüro am ersten Samstag im Monat von 9 bis 12 Uhr geöffnet.</p>
</div>
<div class="news-backlink-wrap"><a href="/rathaus/aktuelles">Zurück zur Übersicht</a></div>
</div></div>
</main>
<footer class="page-footer">
<div class="address">Stadt Bad Salzuflen · Rudolph-Brandes-Allee 19 · 32105 Bad Salzuflen · Telefon 05222 952-0</div>
{_link_list("Informationen", ["Impressum", "Datenschutz", "Barrierefreiheit", "Cookie-Einstellungen", "Kontakt"], "https://www.stadt-bad-salzuflen.de")}
</footer>
</body></html>"""
    return ArticlePage("de_city_cookie", url, html, "2026-11-12",
                       "cookie banner above the article with 'Stand ... 25.11.2026' and 'vom 01.11.2026'")


def _hochschule_event() -> ArticlePage:
    url = "https://www.hs-example.de/aktuelles/detail/tag-der-offenen-tuer-2027"
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Tag der offenen Tür am 13. März 2027 | Hochschule Rhein-Waal</title>
{_style()}
</head>
<body>
<header class="header"><a href="/" class="logo">Hochschule Rhein-Waal</a>
{_mega_menu([("Studium", ["Studienangebot", "Bewerbung", "Studienberatung", "Studienfinanzierung", "Auslandssemester"]), ("Forschung", ["Forschungsprofil", "Transfer", "Promotion", "Labore"]), ("Hochschule", ["Über uns", "Fakultäten", "Organisation", "Stellenangebote", "Presse"]), ("Service", ["Bibliothek", "IT-Service", "Mensa", "Campusplan"])], "https://www.hs-example.de", "nav-main")}
</header>
<main>
<div class="news-detail">
<p class="news-meta">Veröffentlicht am 03.11.2026 von Pressestelle</p>
<h1>Tag der offenen Tür am 13. März 2027</h1>
<div class="event-box"><dl><dt>Wann</dt><dd>Samstag, 13.03.2027, 10:00 – 15:00 Uhr</dd><dt>Wo</dt><dd>Campus Kleve, Marie-Curie-Straße 1</dd></dl></div>
<p>Studieninteressierte, Eltern und Lehrkräfte sind herzlich eingeladen, die Hochschule kennenzulernen. An beiden Standorten stellen die Fakultäten ihre Bachelor- und Masterstudiengänge vor, Labore öffnen ihre Türen und Studierende berichten aus ihrem Alltag.</p>
<p>Die Zentrale Studienberatung bietet an diesem Tag individuelle Gespräche an. Eine Anmeldung ist nicht erforderlich. Shuttlebusse verkehren zwischen den Campus Kleve und Kamp-Lintfort.</p>
<h2>Weitere Termine</h2>
<ul class="event-list"><li>Schnupperstudium: 15.02.2027 – 19.02.2027</li><li>Bewerbungsfrist Sommersemester: 15.01.2027</li></ul>
</div>
</main>
<footer>{_link_list("Hochschule", ["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"], "https://www.hs-example.de")}<p>© 2026 Hochschule Rhein-Waal</p></footer>
</body></html>"""
    return ArticlePage("de_event_published", url, html, "2026-11-03",
                       "event page: future event dates, 'Veröffentlicht am 03.11.2026'")


def _land_topic() -> ArticlePage:
    url = "https://www.umweltministerium.example-land.de/themen/klimaschutz"
    items = _dated_list([
        ("Klimaschutzbericht 2026 vorgestellt", "24.11.2026"),
        ("Förderprogramm Wärmepumpen: Neue Antragsrunde", "19.11.2026"),
        ("Ministerin besucht Solarpark in Ahlen", "12.11.2026"),
        ("Kommunale Wärmeplanung: Land unterstützt Gemeinden", "05.11.2026"),
        ("Moorschutz: Pilotprojekt im Münsterland gestartet", "28.10.2026"),
        ("Klimaanpassung in Städten: Leitfaden veröffentlicht", "21.10.2026"),
    ], "https://www.umweltministerium.example-land.de/presse", date_cls="date", date_first=True)
    html = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Klimaschutz | Ministerium für Umwelt, Naturschutz und Verkehr</title>{_style()}</head>
<body>
<header>{_mega_menu(_LAND_MENU, "https://www.umweltministerium.example-land.de", "nav")}</header>
<main>
<h1>Klimaschutz</h1>
<div class="intro"><p>Das Land will bis 2045 klimaneutral werden. Dafür hat die Landesregierung ein Klimaschutzgesetz beschlossen, das verbindliche Ziele für alle Sektoren festlegt. Auf dieser Seite finden Sie Informationen zu Förderprogrammen, zum Klimaschutzplan und zur Klimaanpassung.</p>
<p>Der Klimaschutzplan enthält mehr als 150 Maßnahmen in den Bereichen Energie, Gebäude, Verkehr, Industrie und Landwirtschaft. Er wird alle fünf Jahre fortgeschrieben.</p></div>
<div class="teaser-grid"><div class="teaser"><h3><a href="/themen/klimaschutz/klimaschutzgesetz">Klimaschutzgesetz</a></h3><p>Ziele und Instrumente</p></div><div class="teaser"><h3><a href="/themen/klimaschutz/foerderung">Förderung</a></h3><p>Programme für Kommunen, Unternehmen und Privatleute</p></div><div class="teaser"><h3><a href="/themen/klimaschutz/anpassung">Klimaanpassung</a></h3><p>Hitze, Starkregen, Trockenheit</p></div></div>
<section class="news-box"><h2>Aktuelle Meldungen zum Klimaschutz</h2>{items}<a href="/presse">Alle Meldungen</a></section>
</main>
<footer>{_link_list("Service", ["Kontakt", "Impressum", "Datenschutz", "Barrierefreiheit"], "https://www.umweltministerium.example-land.de")}<p>© 2026 Ministerium für Umwelt, Naturschutz und Verkehr</p></footer>
</body></html>"""
    return ArticlePage("de_topic_nodate", url, html, None,
                       "topic page: no own date, only a dated list of other pages")


def _bundesamt_contact() -> ArticlePage:
    url = "https://www.bundesamt-example.de/DE/Service/Kontakt/kontakt_node.html"
    html = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Kontakt - Bundesamt für Strahlenschutz</title><meta name="generator" content="Government Site Builder">{_style()}</head>
<body class="gsb">
<header>{_mega_menu([("Themen", ["Ionisierende Strahlung", "Elektromagnetische Felder", "Optische Strahlung", "Notfallschutz", "Radon", "UV-Strahlung"]), ("Service", ["Kontakt", "Presse", "Publikationen", "Stellenangebote", "Ausschreibungen", "Glossar"]), ("Das BfS", ["Aufgaben", "Organisation", "Standorte", "Geschichte"])], "https://www.bundesamt-example.de/DE", "navMain")}</header>
<main>
<h1>Kontakt</h1>
<p>Sie haben Fragen zum Strahlenschutz? Schreiben Sie uns. Wir beantworten Ihre Anfrage so schnell wie möglich, in der Regel innerhalb von zwei Wochen.</p>
<h2>Postanschrift</h2><p>Bundesamt für Strahlenschutz<br>Postfach 10 01 49<br>38201 Salzgitter</p>
<h2>Telefon</h2><p>Zentrale: +49 30 18333-0<br>Bürgertelefon: Montag bis Freitag, 9 bis 15 Uhr</p>
<h2>E-Mail</h2><p><a href="mailto:info@bfs.de">info@bfs.de</a> (Bitte keine vertraulichen Informationen unverschlüsselt senden.)</p>
<form action="/DE/Service/Kontakt/kontaktformular.html" method="post"><label>Name <input name="name"></label><label>E-Mail <input name="email"></label><label>Nachricht <textarea name="msg"></textarea></label><button>Absenden</button></form>
</main>
<footer>{_link_list("Service", ["Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache", "Gebärdensprache"], "https://www.bundesamt-example.de/DE/Service")}<p>© Bundesamt für Strahlenschutz 2026</p></footer>
</body></html>"""
    return ArticlePage("de_contact_nodate", url, html, None, "contact page, no date but the copyright year")


# --------------------------------------------------------------------------- French

_FR_MENU = [
    ("International", ["Europe", "Amériques", "Afrique", "Asie-Pacifique", "Proche-Orient", "Guerre en Ukraine"]),
    ("Politique", ["Gouvernement", "Assemblée nationale", "Élections", "Partis"]),
    ("Société", ["Justice", "Éducation", "Santé", "Religions", "Police"]),
    ("Économie", ["Entreprises", "Emploi", "Argent & placements", "Immobilier", "Énergie"]),
    ("Planète", ["Climat", "Biodiversité", "Énergies", "Agriculture"]),
    ("Culture", ["Cinéma", "Musique", "Livres", "Arts", "Séries"]),
    ("Sport", ["Football", "Rugby", "Tennis", "Cyclisme", "Jeux olympiques"]),
    ("Pixels", ["Jeux vidéo", "Technologies", "Réseaux sociaux"]),
]


def _lemonde() -> ArticlePage:
    url = "https://www.lemonde.fr/planete/article/2026/11/20/cop31-accord-sur-le-financement-de-l-adaptation_6512345_3244.html"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "COP31 : un accord a minima sur le financement de l'adaptation",
          "datePublished": "2026-11-20T13:03:12+00:00", "dateModified": "2026-11-21T07:12:40+00:00",
          "author": [{"@type": "Person", "name": "Audrey Garric"}]}
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>COP31 : un accord a minima sur le financement de l'adaptation</title>
<meta property="og:type" content="article">
<meta property="og:article:published_time" content="2026-11-20T13:03:12+00:00">
<meta property="og:article:modified_time" content="2026-11-21T07:12:40+00:00">
<meta property="og:url" content="{url}">
{_style()}
{_jsonld(ld)}
<script>var lmd = {{ context: {{ page: {{ type: "article", id: 6512345, premium: false }} }} }};</script>
{_TRACKING}
</head>
<body class="article-page">
{_SVG_SPRITE}
<header class="Header"><a class="logo__lemonde" href="https://www.lemonde.fr/">Le Monde</a>
{_mega_menu(_FR_MENU, "https://www.lemonde.fr", "Nav")}
<a class="Header__subscribe" href="https://abo.lemonde.fr/">S'abonner</a></header>
<main id="habillagepub">
<section class="article article--content">
<header class="article__header">
<ul class="breadcrumb"><li><a href="https://www.lemonde.fr/planete/">Planète</a></li><li><a href="https://www.lemonde.fr/climat/">Climat</a></li></ul>
<h1 class="article__title">COP31 : un accord a minima sur le financement de l'adaptation</h1>
<p class="article__desc">Après deux semaines de négociations à Antalya, les pays ont adopté un texte qui triple l'aide aux pays vulnérables d'ici à 2035, sans fixer de montant annuel contraignant.</p>
<section class="meta meta__publisher"><span class="meta__author"><a href="https://www.lemonde.fr/signataires/audrey-garric/">Audrey Garric</a></span>
<span class="meta__date meta__date--header">Publié le 20 novembre 2026 à 14h03, modifié le 21 novembre 2026 à 08h12</span>
<span class="meta__reading-time">Temps de lecture 4 min.</span></section>
</header>
<article class="article__content">
<p class="article__paragraph">Les délégués de près de 200 pays ont finalement trouvé un compromis vendredi, au terme d'une nuit de tractations. Le texte adopté à la COP31 prévoit de tripler les financements consacrés à l'adaptation au changement climatique d'ici à 2035, par rapport à leur niveau de 2022.</p>
<p class="article__paragraph">Les pays les plus vulnérables, notamment les petits États insulaires, ont dénoncé un accord « très en deçà de l'urgence ». Ils réclamaient un objectif chiffré annuel, que les pays développés ont refusé d'inscrire dans la décision finale.</p>
<h2 class="article__sub-title">Un fonds pour les pertes et dommages encore sous-doté</h2>
<p class="article__paragraph">Le fonds pour les pertes et dommages, opérationnel depuis 2025, reste lui aussi loin des besoins estimés. Seuls quelques pays ont annoncé de nouvelles contributions pendant la conférence. La prochaine COP se tiendra en 2027 en Éthiopie.</p>
</article>
<section class="services"><h2>Lire aussi</h2>{_dated_list([("Climat : la France en retard sur ses objectifs de réduction des émissions", "25 novembre 2026"), ("À la COP31, le retour des États-Unis à la table des négociations", "12 novembre 2026")], "https://www.lemonde.fr/planete/article", date_cls="meta__date")}</section>
</section>
</main>
<footer class="Footer">{_link_list("Le Monde", ["Mentions légales", "Charte du Groupe", "Politique de confidentialité", "Gestion des cookies", "Conditions générales", "Aide (FAQ)", "Nous contacter"], "https://www.lemonde.fr/services")}<p>Le Monde.fr - Actualités et Infos en France et dans le monde © 2026</p></footer>
</body></html>"""
    return ArticlePage("fr_lemonde", url, html, "2026-11-20",
                       "'Publié le 20 novembre 2026 à 14h03, modifié le 21 novembre...'; og:article:published_time")


def _servicepublic() -> ArticlePage:
    url = "https://www.service-public.fr/particuliers/vosdroits/F1342"
    news = "".join(
        f'<li class="fr-card"><h3 class="fr-card__title"><a href="https://www.service-public.fr/particuliers/actualites/A{n}">{t}</a></h3><p class="fr-card__detail">Publié le {d}</p></li>'
        for n, t, d in [(17721, "Chèque énergie 2027 : ce qui change", "24 novembre 2026"),
                        (17698, "Carte grise : nouvelle procédure en ligne", "19 novembre 2026")])
    html = f"""<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<title>Carte d'identité d'un majeur : comment la renouveler ? | Service-Public.fr</title>
<meta name="description" content="Renouvellement de la carte d'identité d'une personne majeure : démarches, pièces à fournir, coût.">
<meta name="DC.Language" content="fr">
{_style()}
<script src="/webapp/dsfr/dsfr.module.min.js" type="module"></script>
</head>
<body>
<header role="banner" class="fr-header"><div class="fr-header__brand"><p class="fr-logo">République<br>Française</p><a href="/" title="Accueil - Service-Public.fr">Service-Public.fr</a><p class="fr-header__service-tagline">Le site officiel de l'administration française</p></div>
{_mega_menu([("Particuliers", ["Papiers - Citoyenneté - Élections", "Famille - Scolarité", "Social - Santé", "Travail - Formation", "Logement", "Transports - Mobilité", "Argent - Impôts - Consommation", "Justice", "Étranger - Europe", "Loisirs - Sports - Culture"]), ("Professionnels", ["Création - Cessation", "Fiscalité", "Ressources humaines", "Secteurs d'activité"]), ("Associations", ["Création", "Fonctionnement", "Financement"])], "https://www.service-public.fr", "fr-nav")}
</header>
<main role="main" id="main">
<nav class="fr-breadcrumb"><a href="/">Accueil</a> › <a href="/particuliers/vosdroits/N19810">Papiers - Citoyenneté - Élections</a> › <a href="/particuliers/vosdroits/N358">Carte d'identité</a></nav>
<div class="sp-article">
<h1 class="fr-h2" id="titlePage">Carte d'identité d'un majeur : comment la renouveler ?</h1>
<p class="fr-text--sm" id="sp-verified">Vérifié le 01 octobre 2026 - Direction de l'information légale et administrative (Première ministre)</p>
<div class="sp-intro"><p>Vous pouvez demander le renouvellement de votre carte d'identité si elle est périmée, ou si elle expire dans moins de 6 mois et que vous n'avez pas de passeport valide. La démarche se fait en mairie, après une prédemande en ligne.</p></div>
<div class="sp-chapter"><h2>Où s'adresser ?</h2><p>Vous devez faire votre demande dans une mairie équipée d'un dispositif de recueil, quel que soit votre lieu de domicile. La présence du demandeur est obligatoire pour la prise d'empreintes.</p>
<h2>Coût</h2><p>Le renouvellement est gratuit si vous présentez votre ancienne carte. En cas de perte ou de vol, vous devez payer un timbre fiscal de 25 €.</p>
<h2>Délai</h2><p>Le délai de fabrication dépend du lieu et de la période de la demande. Vous pouvez suivre l'avancement de la fabrication en ligne.</p></div>
</div>
<section class="sp-news"><h2>Actualités sur ce thème</h2><ul>{news}</ul></section>
</main>
<footer class="fr-footer">{_link_list("Service-Public.fr", ["Plan du site", "Accessibilité : partiellement conforme", "Mentions légales", "Données personnelles et cookies", "Contact"], "https://www.service-public.fr")}<p>Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p></footer>
</body></html>"""
    return ArticlePage("fr_servicepublic", url, html, "2026-10-01",
                       "'Vérifié le 01 octobre 2026'; news box 'Publié le 24 novembre 2026'")


def _figaro() -> ArticlePage:
    url = "https://www.lefigaro.fr/actualite-france/greve-sncf-le-trafic-perturbe-ce-week-end-20261119"
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Grève SNCF : le trafic perturbé ce week-end, les prévisions ligne par ligne</title>
<meta property="og:type" content="article">
{_style()}
{_TRACKING}
</head>
<body>
{_SVG_SPRITE}
<header class="fig-header"><a href="https://www.lefigaro.fr/" class="fig-logo">Le Figaro</a>
{_mega_menu([("Actualité", ["Politique", "International", "Société", "Sciences", "Santé", "Faits divers"]), ("Économie", ["Conso", "Immobilier", "Retraite", "Impôts", "Bourse"]), ("Sport", ["Football", "Rugby", "Tennis"]), ("Culture", ["Cinéma", "Musique", "Livres"]), ("Lifestyle", ["Voyage", "Gastronomie", "Mode", "Madame"])], "https://www.lefigaro.fr", "fig-nav")}
</header>
<main>
<article class="fig-main">
<h1 class="fig-headline">Grève SNCF : le trafic perturbé ce week-end, les prévisions ligne par ligne</h1>
<p class="fig-standfirst">Les syndicats appellent à la grève à partir de vendredi soir. Un TGV sur deux circulera en moyenne samedi.</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par Le Figaro avec AFP</span>
<span class="fig-content-metas__pub">Publié le 19/11/2026 à 18:30, Mis à jour le 20/11/2026 à 07:12</span></div>
<div class="fig-body">
<p class="fig-paragraph">Le mouvement social à la SNCF va perturber les départs en week-end. Selon les prévisions de la direction, un TGV sur deux circulera en moyenne samedi sur l'axe Sud-Est, et deux sur trois sur les axes Atlantique et Nord. Les Intercités seront plus fortement touchés.</p>
<p class="fig-paragraph">En Île-de-France, le trafic sera « très perturbé » sur les lignes RER C et D ainsi que sur les lignes P et R du Transilien. La SNCF invite les voyageurs à reporter leurs déplacements lorsque c'est possible et à consulter l'application SNCF Connect avant de partir.</p>
<p class="fig-paragraph">Les syndicats protestent contre la réorganisation du fret et réclament des hausses de salaires. Une table ronde avec la direction est prévue lundi.</p>
</div>
<aside class="fig-related"><h2>À lire aussi</h2>{_dated_list([("Grève SNCF : ce que prévoit la loi sur le service minimum", "21/11/2026"), ("Transports : les prix des billets de train en hausse en 2027", "14/11/2026")], "https://www.lefigaro.fr/conso", date_cls="fig-date")}</aside>
</article>
</main>
<footer>{_link_list("Le Figaro", ["Mentions légales", "Cookies", "Confidentialité", "CGU", "Contact", "Publicité"], "https://www.lefigaro.fr")}<p>© Le Figaro 2026</p></footer>
</body></html>"""
    return ArticlePage("fr_figaro", url, html, "2026-11-19",
                       "text only: 'Publié le 19/11/2026 à 18:30, Mis à jour le 20/11/2026'; URL ends -20261119")


def _prefecture() -> ArticlePage:
    url = "https://www.bas-rhin.gouv.fr/Actualites/Communiques-de-presse/Vigilance-orange-neige-verglas"
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Vigilance orange neige-verglas : mesures de restriction de circulation - Les services de l'État dans le Bas-Rhin</title>
{_style()}
</head>
<body>
<header class="fr-header"><p class="fr-logo">Préfet<br>du Bas-Rhin</p>
{_mega_menu([("Actualités", ["Communiqués de presse", "Agenda", "Dossiers"]), ("Politiques publiques", ["Environnement", "Sécurité", "Aménagement du territoire", "Agriculture", "Cohésion sociale"]), ("Démarches administratives", ["Titres", "Étrangers", "Permis de conduire", "Associations"]), ("Services de l'État", ["Préfecture", "Sous-préfectures", "Directions départementales"]), ("Publications", ["Recueil des actes administratifs", "Consultations du public", "Marchés publics"])], "https://www.bas-rhin.gouv.fr", "fr-nav")}
</header>
<main>
<div class="fr-container">
<h1 class="fr-h1">Vigilance orange neige-verglas : mesures de restriction de circulation</h1>
<p class="fr-text--xs">Mis à jour le 24/11/2026</p>
<div class="fr-text">
<p><strong>Communiqué de presse du 20 novembre 2026</strong></p>
<p>Météo-France a placé le département du Bas-Rhin en vigilance orange neige-verglas à compter de ce vendredi 16 heures. Des chutes de neige de 5 à 10 centimètres sont attendues en plaine, jusqu'à 25 centimètres sur les reliefs vosgiens.</p>
<p>Compte tenu de ces prévisions, la préfète du Bas-Rhin a décidé d'interdire la circulation des poids lourds de plus de 7,5 tonnes sur l'autoroute A4 et la RN4 jusqu'à nouvel ordre. Les transports scolaires sont suspendus samedi matin.</p>
<p>La préfecture appelle chacun à limiter ses déplacements et à se tenir informé de l'état des routes.</p>
</div>
<div class="fr-downloads-group"><h2>Documents</h2><a href="/content/download/51234/file/CP_vigilance.pdf">CP vigilance orange neige-verglas - format : PDF - 0,21 Mb</a></div>
</div>
</main>
<footer class="fr-footer">{_link_list("Liens", ["Plan du site", "Accessibilité : non conforme", "Mentions légales", "Données personnelles", "Gestion des cookies"], "https://www.bas-rhin.gouv.fr")}</footer>
</body></html>"""
    return ArticlePage("fr_prefecture", url, html, "2026-11-20",
                       "only 'Mis à jour le 24/11/2026' as page stamp; 'Communiqué de presse du 20 novembre 2026' in the body")


# --------------------------------------------------------------------------- Spanish / Italian

def _elpais() -> ArticlePage:
    url = "https://elpais.com/espana/2026-11-20/el-gobierno-aprueba-la-ley-de-vivienda-asequible.html"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "headline": "El Gobierno aprueba la ley de vivienda asequible",
          "datePublished": "2026-11-20T14:03:12+01:00", "dateModified": "2026-11-21T08:12:00+01:00"}
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>El Gobierno aprueba la ley de vivienda asequible | España | EL PAÍS</title>
<meta property="article:published_time" content="2026-11-20T14:03:12+01:00">
<meta property="article:modified_time" content="2026-11-21T08:12:00+01:00">
{_style()}
{_jsonld(ld)}
{_TRACKING}
</head>
<body>
{_SVG_SPRITE}
<header class="_df"><a href="https://elpais.com/" class="ep_l">EL PAÍS</a>
{_mega_menu([("España", ["Andalucía", "Cataluña", "Comunidad Valenciana", "Galicia", "Madrid", "País Vasco"]), ("Internacional", ["Europa", "América", "Oriente Próximo", "Asia", "África"]), ("Economía", ["Mercados", "Vivienda", "Mis derechos", "Formación"]), ("Opinión", ["Editoriales", "Tribunas", "Viñetas", "Cartas al director"]), ("Cultura", ["Libros", "Cine", "Música", "Arte"]), ("Deportes", ["Fútbol", "Baloncesto", "Tenis", "Ciclismo"])], "https://elpais.com", "sm")}
</header>
<main id="main-content">
<article class="a _g _g-lg _g-o">
<header class="a_e">
<h1 class="a_t">El Gobierno aprueba la ley de vivienda asequible</h1>
<h2 class="a_st">El Consejo de Ministros da luz verde a un texto que obliga a reservar el 40% de las nuevas promociones a alquiler protegido</h2>
<div class="a_md"><div class="a_md_a"><a href="https://elpais.com/autor/lucia-martin/">Lucía Martín</a></div>
<div class="a_md_f"><span>Madrid</span> - <time datetime="2026-11-20T14:03:12+01:00"><a href="{url}" data-date="2026-11-20T14:03:12+01:00" title="Ver todas las noticias de esta fecha">20 nov 2026 - 14:03 CET</a></time> <span class="a_md_m">Actualizado: <time datetime="2026-11-21T08:12:00+01:00">21 nov 2026 - 08:12 CET</time></span></div></div>
</header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
<p>El Consejo de Ministros ha aprobado este viernes el proyecto de ley de vivienda asequible, que obliga a los promotores a reservar el 40% de las viviendas de nuevas promociones en zonas tensionadas a alquiler protegido durante al menos 30 años.</p>
<p>La ministra de Vivienda ha defendido que la norma "pone fin a la especulación" en los mercados más tensionados. El texto incluye también incentivos fiscales para los propietarios que pongan sus pisos vacíos en alquiler a precios por debajo del índice de referencia.</p>
<p>El proyecto inicia ahora su tramitación parlamentaria. Los socios del Gobierno ya han anunciado enmiendas, mientras que el PP ha avanzado que presentará un texto alternativo.</p>
</div>
<section class="b_rel"><h3>Más información</h3>{_dated_list([("El precio del alquiler sube un 9% en un año", "25 nov 2026"), ("Sánchez promete 180.000 viviendas públicas", "12 nov 2026")], "https://elpais.com/economia", date_cls="c_d")}</section>
</article>
</main>
<footer>{_link_list("EL PAÍS", ["Aviso legal", "Política de cookies", "Privacidad", "Contacto", "Venta de contenidos", "Mapa web"], "https://elpais.com")}<p>© EDICIONES EL PAÍS S.L.</p></footer>
</body></html>"""
    return ArticlePage("es_elpais", url, html, "2026-11-20",
                       "'20 nov 2026 - 14:03 CET' + 'Actualizado: 21 nov 2026'; URL /2026-11-20/")


def _zaragoza() -> ArticlePage:
    url = "https://www.zaragoza.es/sede/servicio/noticia/312345"
    html = f"""<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>El Ayuntamiento amplía el horario de las bibliotecas municipales en época de exámenes - Ayuntamiento de Zaragoza</title>{_style()}</head>
<body>
<header id="cabecera"><a href="https://www.zaragoza.es/sede/">Ayuntamiento de Zaragoza</a>
{_mega_menu([("Ayuntamiento", ["Alcaldía", "Gobierno", "Pleno", "Organigrama", "Transparencia", "Empleo público"]), ("Trámites", ["Sede electrónica", "Padrón", "Tributos", "Licencias", "Registro"]), ("Servicios", ["Bibliotecas", "Deportes", "Cultura", "Medio ambiente", "Movilidad", "Servicios sociales"]), ("Ciudad", ["Turismo", "Barrios", "Agenda", "Mapas"])], "https://www.zaragoza.es/sede", "menu")}
</header>
<main id="contenido">
<div class="noticia">
<p class="fecha">Publicado el 12 de noviembre de 2026</p>
<h1>El Ayuntamiento amplía el horario de las bibliotecas municipales en época de exámenes</h1>
<p>Las bibliotecas municipales de Zaragoza abrirán hasta la una de la madrugada entre el 1 de diciembre y el 31 de enero para facilitar el estudio durante la época de exámenes. La medida afecta a las bibliotecas Cubit, Manuel Alvar y Ricardo Magdalena.</p>
<p>Además, los fines de semana las salas de estudio abrirán de 9 a 21 horas. El Ayuntamiento reforzará el personal de seguridad y limpieza durante la ampliación horaria.</p>
<p>La concejala de Cultura ha destacado que la demanda de puestos de estudio ha crecido un 20% respecto al curso pasado.</p>
</div>
<aside class="otras-noticias"><h2>Otras noticias</h2>{_dated_list([("Nueva línea de autobús al barrio de Valdespartera", "25/11/2026"), ("Abierto el plazo de inscripción en las escuelas deportivas", "20/11/2026")], "https://www.zaragoza.es/sede/servicio/noticia", date_cls="fecha")}</aside>
</main>
<footer id="pie"><p>Última actualización: 25 de noviembre de 2026</p>{_link_list("Información", ["Aviso legal", "Accesibilidad", "Protección de datos", "Contacto"], "https://www.zaragoza.es/sede")}</footer>
</body></html>"""
    return ArticlePage("es_ayuntamiento", url, html, "2026-11-12",
                       "'Publicado el 12 de noviembre de 2026'; footer 'Última actualización: 25 de noviembre'")


def _ansa() -> ArticlePage:
    url = "https://www.ansa.it/sito/notizie/politica/2026/11/20/manovra-via-libera-della-camera-il-testo-passa-al-senato_a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d.html"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "headline": "Manovra, via libera della Camera. Il testo passa al Senato",
          "datePublished": "2026-11-20T14:03:00+01:00", "dateModified": "2026-11-20T18:45:00+01:00"}
    html = f"""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Manovra, via libera della Camera. Il testo passa al Senato - Politica - Ansa.it</title>
<meta property="og:type" content="article">{_style()}{_jsonld(ld)}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header class="header"><a href="https://www.ansa.it/" class="logo">ANSA.it</a>
{_mega_menu([("Cronaca", ["Roma", "Milano", "Napoli", "Torino"]), ("Politica", ["Governo", "Parlamento", "Partiti"]), ("Economia", ["Borsa", "Lavoro", "Fisco", "Energia"]), ("Mondo", ["Europa", "Americhe", "Medio Oriente", "Asia"]), ("Cultura", ["Cinema", "Libri", "Musica", "Arte"]), ("Sport", ["Calcio", "Formula 1", "Tennis", "Ciclismo"]), ("Regioni", ["Lombardia", "Lazio", "Campania", "Sicilia", "Veneto", "Piemonte", "Toscana", "Emilia-Romagna"])], "https://www.ansa.it/sito/notizie", "menu")}
</header>
<main>
<article class="news-article">
<h1 class="news-title">Manovra, via libera della Camera. Il testo passa al Senato</h1>
<h2 class="news-subtitle">Sì con 201 voti favorevoli. Le opposizioni: 'Nessuna misura per la crescita'</h2>
<div class="news-info"><span class="news-author">Redazione ANSA</span> <span class="news-place">ROMA</span> <span class="news-date">20 novembre 2026 14:03</span></div>
<div class="news-txt">
<p>La Camera ha approvato la legge di bilancio con 201 voti favorevoli, 128 contrari e nessun astenuto. Il provvedimento passa ora all'esame del Senato, che dovrà approvarlo entro la fine dell'anno per evitare l'esercizio provvisorio.</p>
<p>La manovra vale complessivamente 28 miliardi di euro e prevede la conferma del taglio del cuneo fiscale, una revisione delle aliquote Irpef per il ceto medio e nuove risorse per la sanità. Le opposizioni hanno criticato l'assenza di misure per la crescita.</p>
<p>Il ministro dell'Economia ha parlato di "una manovra seria e responsabile, che tiene i conti in ordine".</p>
<p class="news-copyright">RIPRODUZIONE RISERVATA © Copyright ANSA</p>
</div>
</article>
<section class="correlati"><h3>Articoli correlati</h3>{_dated_list([("Manovra, al Senato la corsa contro il tempo", "24 novembre 2026"), ("Pensioni, cosa cambia dal 2027", "22 novembre 2026")], "https://www.ansa.it/sito/notizie/economia", date_cls="date")}</section>
</main>
<footer>{_link_list("ANSA", ["Chi siamo", "Contatti", "Privacy", "Cookie policy", "Note legali", "Pubblicità"], "https://www.ansa.it/sito/static")}<p>© Copyright ANSA - Tutti i diritti riservati</p></footer>
</body></html>"""
    return ArticlePage("it_ansa", url, html, "2026-11-20",
                       "'20 novembre 2026 14:03' in a span; URL /2026/11/20/")


def _governo_it() -> ArticlePage:
    url = "https://www.governo.it/it/articolo/comunicato-stampa-del-consiglio-dei-ministri-n-98/31234"
    side = _dated_list([("Il Presidente Meloni incontra il Primo Ministro giapponese", "Mercoledì, 25 Novembre 2026"),
                        ("Conferenza stampa al termine del Consiglio dei Ministri", "Lunedì, 23 Novembre 2026"),
                        ("Giornata internazionale per l'eliminazione della violenza contro le donne", "Mercoledì, 25 Novembre 2026")],
                       "https://www.governo.it/it/articolo", date_cls="field-date")
    html = f"""<!DOCTYPE html>
<html lang="it" dir="ltr">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>Comunicato stampa del Consiglio dei Ministri n. 98 | www.governo.it</title>{_style()}</head>
<body class="path-node page-node-type-articolo">
<header role="banner"><a href="/it" class="logo">Governo Italiano - Presidenza del Consiglio dei Ministri</a>
{_mega_menu([("Governo", ["Il Presidente", "Ministri", "Sottosegretari", "Consiglio dei Ministri", "Storia"]), ("Notizie", ["Comunicati", "Dichiarazioni", "Interviste", "Discorsi", "Agenda"]), ("Dossier", ["PNRR", "Legge di bilancio", "Ricostruzione", "Semplificazione"]), ("Documenti", ["Provvedimenti", "Normativa", "Relazioni"]), ("Multimedia", ["Foto", "Video", "Audio"])], "https://www.governo.it/it", "menu")}
</header>
<main role="main">
<div class="region-content">
<article class="node node--type-articolo">
<div class="field field--name-field-data"><span class="field-date">Martedì, 17 Novembre 2026</span></div>
<h1 class="page-title">Comunicato stampa del Consiglio dei Ministri n. 98</h1>
<div class="field--name-body">
<p>Il Consiglio dei Ministri si è riunito martedì 17 novembre 2026, alle ore 17.15, a Palazzo Chigi, sotto la presidenza del Presidente del Consiglio.</p>
<p><strong>DISPOSIZIONI URGENTI IN MATERIA DI PROTEZIONE CIVILE</strong></p>
<p>Il Consiglio dei Ministri, su proposta del Ministro per la protezione civile, ha approvato un decreto-legge che introduce disposizioni urgenti per il superamento delle emergenze nei territori colpiti dagli eventi alluvionali del mese di ottobre.</p>
<p><strong>LEGGI REGIONALI</strong></p>
<p>Il Consiglio dei Ministri ha esaminato quindici leggi regionali e ha deliberato di non impugnarle.</p>
<p>Il Consiglio dei Ministri è terminato alle ore 18.40.</p>
</div>
</article>
</div>
<aside class="region-sidebar"><h2>In evidenza</h2>{side}</aside>
</main>
<footer>{_link_list("Governo", ["Note legali", "Privacy", "Accessibilità", "Contatti", "Amministrazione trasparente", "URP"], "https://www.governo.it/it")}<p>© Presidenza del Consiglio dei Ministri</p></footer>
</body></html>"""
    return ArticlePage("it_governo", url, html, "2026-11-17",
                       "'Martedì, 17 Novembre 2026' (capitalised month); sidebar with weekday dates")


# --------------------------------------------------------------------------- Dutch / Nordic

def _rijksoverheid() -> ArticlePage:
    url = "https://www.rijksoverheid.nl/actueel/nieuws/2026/11/20/kabinet-verhoogt-budget-voor-jeugdzorg"
    html = f"""<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Kabinet verhoogt budget voor jeugdzorg | Nieuwsbericht | Rijksoverheid.nl</title>
<meta name="DCTERMS.identifier" content="{url}">
<meta name="DCTERMS.type" content="nieuwsbericht">
<meta name="DCTERMS.issued" content="2026-11-20T14:03">
<meta name="DCTERMS.modified" content="2026-11-23T10:00">
{_style()}</head>
<body>
<header><a href="https://www.rijksoverheid.nl/" class="logo">Rijksoverheid</a>
{_mega_menu([("Onderwerpen", ["Arbeidsmarkt", "Belastingen", "Jeugdzorg", "Klimaatverandering", "Onderwijs", "Wonen", "Zorg"]), ("Ministeries", ["AZ", "BZ", "BZK", "EZ", "Financiën", "IenW", "JenV", "OCW", "SZW", "VWS"]), ("Actueel", ["Nieuws", "Toespraken", "Agenda", "Kamerstukken"]), ("Documenten", ["Rapporten", "Brochures", "Beleidsnota's"]), ("Contact", ["Informatie Rijksoverheid", "Pers", "Werken bij"])], "https://www.rijksoverheid.nl", "menu")}
</header>
<main id="content">
<div class="article content">
<h1>Kabinet verhoogt budget voor jeugdzorg</h1>
<p class="article-meta">Nieuwsbericht | 20-11-2026 | 14:03</p>
<p class="intro">Gemeenten krijgen de komende drie jaar in totaal 1,2 miljard euro extra voor de jeugdzorg. Dat heeft het kabinet afgesproken met de Vereniging van Nederlandse Gemeenten.</p>
<p>Met het extra geld moeten gemeenten de wachtlijsten in de specialistische jeugdzorg terugdringen. Daartegenover staat dat gemeenten strengere afspraken maken over de inkoop van zorg en dat er een landelijke reikwijdte komt: niet voor elk probleem is nog jeugdzorg beschikbaar.</p>
<p>De staatssecretaris noemt het akkoord 'een belangrijke stap om de jeugdzorg houdbaar te maken'. De Tweede Kamer wordt nog dit jaar geïnformeerd over de uitwerking.</p>
</div>
<div class="related"><h2>Zie ook</h2>{_dated_list([("Kamerbrief over voortgang Hervormingsagenda Jeugd", "Kamerstuk | 23-11-2026"), ("Staatssecretaris bezoekt jeugdzorginstelling in Zwolle", "Nieuwsbericht | 17-11-2026")], "https://www.rijksoverheid.nl/documenten", date_cls="meta")}</div>
</main>
<footer>{_link_list("Service", ["Contact", "Abonneren", "Rechten", "Privacy", "Cookies", "Toegankelijkheid", "Kwetsbaarheid melden"], "https://www.rijksoverheid.nl")}</footer>
</body></html>"""
    return ArticlePage("nl_rijksoverheid", url, html, "2026-11-20",
                       "'Nieuwsbericht | 20-11-2026 | 14:03'; DCTERMS.issued/modified")


def _nu_nl() -> ArticlePage:
    url = "https://www.nu.nl/economie/6345678/huizenprijzen-stijgen-harder-dan-verwacht.html"
    html = f"""<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Huizenprijzen stijgen harder dan verwacht | Economie | NU.nl</title>{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://www.nu.nl/" class="logo">NU.nl</a>
{_mega_menu([("Net binnen", ["Binnenland", "Buitenland", "Politiek"]), ("Economie", ["Geldzaken", "Werk", "Wonen"]), ("Sport", ["Voetbal", "Formule 1", "Schaatsen", "Wielrennen"]), ("Tech", ["Gadgets", "Games", "Internet"]), ("Entertainment", ["Film", "Muziek", "Media"])], "https://www.nu.nl", "navigation")}
</header>
<main>
<article class="article">
<h1 class="title">Huizenprijzen stijgen harder dan verwacht</h1>
<div class="article-header__meta"><span class="pubdate">Gepubliceerd: 12 november 2026 14:03</span> <span class="updated">Gewijzigd: 13 november 2026 08:00</span></div>
<div class="block-text">
<p>De prijzen van koopwoningen zijn in oktober met 9,8 procent gestegen ten opzichte van een jaar eerder. Dat meldt het Centraal Bureau voor de Statistiek (CBS). Economen hadden een stijging van ruim 8 procent verwacht.</p>
<p>De gemiddelde verkoopprijs van een woning kwam uit op 472.000 euro. Vooral in de Randstad wordt er volgens makelaars weer flink overboden. Het aantal verkochte woningen lag 12 procent hoger dan een jaar eerder.</p>
<p>De Nederlandsche Bank waarschuwde eerder dit jaar dat de prijzen opnieuw hard oplopen door de lagere hypotheekrente.</p>
</div>
</article>
<section class="related"><h2>Meer over dit onderwerp</h2>{_dated_list([("Hypotheekrente daalt opnieuw", "24-11-2026"), ("Minder nieuwbouwwoningen verkocht", "18-11-2026")], "https://www.nu.nl/wonen", date_cls="date")}</section>
</main>
<footer>{_link_list("NU.nl", ["Over NU.nl", "Contact", "Privacy", "Cookies", "Adverteren", "Vacatures"], "https://www.nu.nl")}</footer>
</body></html>"""
    return ArticlePage("nl_nu", url, html, "2026-11-12",
                       "'Gepubliceerd: 12 november 2026 14:03' then 'Gewijzigd: 13 november 2026'")


def _regeringen() -> ArticlePage:
    url = "https://www.regeringen.se/pressmeddelanden/2026/11/regeringen-foreslar-sankt-skatt-for-pensionarer/"
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Regeringen föreslår sänkt skatt för pensionärer - Regeringen.se</title>{_style()}</head>
<body>
<header class="header"><a href="/" class="logo">Regeringskansliet</a>
{_mega_menu([("Regeringen", ["Statsministern", "Statsråd", "Regeringens arbete"]), ("Departement", ["Finansdepartementet", "Justitiedepartementet", "Socialdepartementet", "Utrikesdepartementet", "Utbildningsdepartementet"]), ("Rättsliga dokument", ["Propositioner", "Lagrådsremisser", "Kommittédirektiv", "SOU"]), ("Press", ["Pressmeddelanden", "Artiklar", "Debattartiklar", "Tal"])], "https://www.regeringen.se", "nav")}
</header>
<main id="content">
<div class="col-1">
<p class="h1-vignette">Pressmeddelande från Finansdepartementet</p>
<h1>Regeringen föreslår sänkt skatt för pensionärer</h1>
<p class="published"><span class="published">Publicerad <time datetime="2026-11-20">20 november 2026</time></span> · <span class="updated">Uppdaterad <time datetime="2026-11-24">24 november 2026</time></span></p>
<div class="has-wordExplanation">
<p class="ingress">Regeringen föreslår att skatten för pensionärer sänks ytterligare från och med 2027. Förslaget omfattar cirka 2,2 miljoner personer.</p>
<p>Sänkningen sker genom ett förhöjt grundavdrag för personer som har fyllt 66 år. En pensionär med 20 000 kronor i månaden i pension får drygt 300 kronor mer i plånboken varje månad.</p>
<p>– Pensionärer som har arbetat ett helt liv ska kunna leva ett tryggt liv, säger finansministern.</p>
<p>Förslaget beräknas kosta cirka 6 miljarder kronor per år och finns med i budgetpropositionen för 2027.</p>
</div>
<div class="contact"><h2>Kontakt</h2><p>Presskontakt hos finansministern<br>Telefon 072-123 45 67</p></div>
</div>
<aside><h2>Mer om ämnet</h2>{_dated_list([("Budgetpropositionen för 2027", "Proposition, 23 november 2026"), ("Ökat bostadstillägg för pensionärer", "Pressmeddelande, 17 november 2026")], "https://www.regeringen.se/rattsliga-dokument", date_cls="meta")}</aside>
</main>
<footer>{_link_list("Om webbplatsen", ["Om cookies", "Tillgänglighet", "Personuppgifter", "Kontakt"], "https://www.regeringen.se/om-webbplatsen")}</footer>
</body></html>"""
    return ArticlePage("se_regeringen", url, html, "2026-11-20",
                       "'Publicerad 20 november 2026 · Uppdaterad 24 november 2026'")


def _nrk() -> ArticlePage:
    url = "https://www.nrk.no/norge/stortinget-vedtok-statsbudsjettet-1.17123456"
    html = f"""<!DOCTYPE html>
<html lang="nb">
<head><meta charset="utf-8"><title>Stortinget vedtok statsbudsjettet – NRK Norge – Oversikt over nyheter fra ulike deler av landet</title>
<meta property="og:type" content="article">{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://www.nrk.no/" class="logo">NRK</a>
{_mega_menu([("Nyheter", ["Norge", "Urix", "Sport", "Kultur", "Livsstil", "Viten", "Økonomi"]), ("Distrikt", ["Innlandet", "Møre og Romsdal", "Nordland", "Rogaland", "Sørlandet", "Troms", "Trøndelag", "Vest", "Vestfold og Telemark", "Østfold", "Østlandssendingen"]), ("TV", ["NRK TV", "NRK Super"]), ("Radio", ["NRK Radio", "P1", "P2", "P3", "mP3"])], "https://www.nrk.no", "nrk-nav")}
</header>
<main>
<article class="article">
<h1 class="title">Stortinget vedtok statsbudsjettet</h1>
<div class="article-lead"><p>Etter en natt med forhandlinger kom partiene til enighet. Budsjettet ble vedtatt med knapt flertall.</p></div>
<div class="byline"><span class="author">Kari Nordmann, journalist</span>
<span class="dateline"><span class="datePublished">Publisert <time datetime="2026-11-20T13:03:00.000Z">20. nov. 2026 kl. 14:03</time></span> <span class="dateModified">Oppdatert <time datetime="2026-11-21T07:00:00.000Z">21. nov. 2026 kl. 08:00</time></span></span></div>
<div class="article-body">
<p>Stortinget vedtok fredag statsbudsjettet for 2027. Budsjettet fikk støtte fra regjeringspartiene og to partier på Stortinget, etter en forhandlingsnatt som endte med enighet like før klokken seks om morgenen.</p>
<p>Forliket inneholder blant annet økt barnetrygd, lavere egenandel i tannhelsetjenesten for unge og mer penger til kommunene. Opposisjonen kritiserer at budsjettet øker oljepengebruken.</p>
<p>Finansministeren sier han er fornøyd med at landet har fått et budsjett som gir forutsigbarhet.</p>
</div>
</article>
<section class="related"><h2>Les også</h2>{_dated_list([("Dette betyr budsjettet for deg", "23. nov. 2026"), ("Strømstøtten videreføres", "19. nov. 2026")], "https://www.nrk.no/norge", date_cls="date")}</section>
</main>
<footer>{_link_list("NRK", ["Kontakt NRK", "Personvern", "Informasjonskapsler", "Tilgjengelighet", "Redaktørplakaten"], "https://info.nrk.no")}<p>© NRK 2026</p></footer>
</body></html>"""
    return ArticlePage("no_nrk", url, html, "2026-11-20",
                       "'Publisert 20. nov. 2026 kl. 14:03' and 'Oppdatert 21. nov. 2026' in <time>")


def _yle() -> ArticlePage:
    url = "https://yle.fi/a/74-20123456"
    html = f"""<!DOCTYPE html>
<html lang="fi">
<head><meta charset="utf-8"><title>Eduskunta hyväksyi sote-uudistuksen muutokset | Yle Uutiset</title>
<meta property="og:type" content="article">{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://yle.fi/" class="yle-logo">Yle</a>
{_mega_menu([("Uutiset", ["Kotimaa", "Ulkomaat", "Talous", "Politiikka", "Kulttuuri", "Urheilu", "Tiede"]), ("Alueet", ["Helsinki", "Tampere", "Turku", "Oulu", "Kuopio", "Lappi", "Pohjanmaa"]), ("Areena", ["TV", "Podcastit", "Radio"]), ("Svenska Yle", ["Nyheter", "Sport"])], "https://yle.fi", "nav")}
</header>
<main>
<article class="yle__article">
<h1 class="yle__article__heading">Eduskunta hyväksyi sote-uudistuksen muutokset</h1>
<p class="yle__article__lead">Hyvinvointialueiden rahoitus muuttuu vuoden 2027 alusta. Oppositio äänesti esitystä vastaan.</p>
<div class="yle__article__meta"><span class="yle__article__author">Matti Virtanen</span>
<p class="yle__article__date"><time datetime="2026-11-20T14:03:00+02:00">20.11.2026 14:03</time> • Päivitetty <time datetime="2026-11-21T09:10:00+02:00">21.11.2026 09:10</time></p></div>
<div class="yle__article__content">
<p>Eduskunta hyväksyi perjantaina hallituksen esityksen hyvinvointialueiden rahoituslain muuttamisesta. Muutoksella pyritään hillitsemään alueiden kasvavia kustannuksia ja parantamaan niiden mahdollisuuksia kattaa alijäämänsä.</p>
<p>Äänestyksessä esitystä kannatti 102 kansanedustajaa ja vastusti 81. Oppositio arvosteli esitystä siitä, että se heikentää palveluita erityisesti harvaan asutuilla alueilla.</p>
<p>Laki tulee voimaan vuoden 2027 alussa.</p>
</div>
</article>
<section class="related"><h2>Lue myös</h2>{_dated_list([("Hyvinvointialueet leikkaavat: tässä lista", "25.11.2026"), ("Sote-uudistus: mitä muuttuu", "18.11.2026")], "https://yle.fi/a", date_cls="date")}</section>
</main>
<footer>{_link_list("Yle", ["Yhteystiedot", "Tietosuoja", "Evästeet", "Saavutettavuus", "Palaute"], "https://yle.fi/aihe")}<p>© Yle 2026</p></footer>
</body></html>"""
    return ArticlePage("fi_yle", url, html, "2026-11-20",
                       "'20.11.2026 14:03 • Päivitetty 21.11.2026 09:10'; URL without a date")


# --------------------------------------------------------------------------- English

_GOVUK_MENU = [
    ("Services and information", ["Benefits", "Births, death, marriages and care", "Business and self-employed", "Childcare and parenting", "Citizenship and living in the UK", "Crime, justice and the law", "Disabled people", "Driving and transport", "Education and learning", "Employing people", "Environment and countryside", "Housing and local services", "Money and tax", "Passports, travel and living abroad", "Visas and immigration", "Working, jobs and pensions"]),
    ("Government activity", ["Departments", "News", "Guidance and regulation", "Research and statistics", "Policy papers and consultations", "Transparency", "How government works", "Get involved"]),
]


def _govuk_footer() -> str:
    return ('<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">'
            + _link_list("Topics", [x for x, _ in _GOVUK_MENU[:1]] + _GOVUK_MENU[0][1], "https://www.gov.uk/browse", "govuk-footer__section")
            + _link_list("Government activity", _GOVUK_MENU[1][1], "https://www.gov.uk/government", "govuk-footer__section")
            + '<ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul>'
            + '<p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>'
            + '<a class="govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div></footer>')


_GOVUK_COOKIE = """<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<button class="govuk-button" data-accept-cookies="true">Accept additional cookies</button> <button class="govuk-button" data-reject-cookies="true">Reject additional cookies</button> <a class="govuk-link" href="/help/cookies">View cookies</a></div></div>"""


def _govuk_news() -> ArticlePage:
    url = "https://www.gov.uk/government/news/new-funding-to-tackle-potholes-across-england"
    html = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>New funding to tackle potholes across England - GOV.UK</title>
<meta name="govuk:content-id" content="5f8e9a2b-1c3d-4e5f-8a9b-0c1d2e3f4a5b">
<meta name="govuk:format" content="news_article">
<meta name="govuk:first-published-at" content="2026-11-20T09:30:00+00:00">
<meta name="govuk:updated-at" content="2026-11-25T16:02:11+00:00">
<meta name="govuk:public-updated-at" content="2026-11-25T16:02:11+00:00">
<meta name="govuk:schema-name" content="news_article">
<meta property="og:type" content="article">
{_style()}
{_jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": "New funding to tackle potholes across England", "datePublished": "2026-11-20T09:30:00+00:00", "dateModified": "2026-11-25T16:02:11+00:00", "publisher": {"@type": "Organization", "name": "GOV.UK"}})}
</head>
<body class="govuk-template__body">
{_GOVUK_COOKIE}
<header role="banner" class="gem-c-layout-super-navigation-header"><a href="https://www.gov.uk/" class="govuk-header__link--homepage">GOV.UK</a>
{_mega_menu(_GOVUK_MENU, "https://www.gov.uk/browse", "gem-c-layout-super-navigation-header")}
</header>
<div class="govuk-width-container">
<main role="main" id="content" class="govuk-main-wrapper">
<div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">New funding to tackle potholes across England</h1></div>
<p class="gem-c-lead-paragraph">Councils to receive an extra £500 million next year to repair roads, as the government sets out new rules on reporting.</p>
<div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-transport" class="govuk-link">Department for Transport</a> and <a href="/government/people/transport-secretary" class="govuk-link">The Rt Hon Transport Secretary</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">20 November 2026</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">25 November 2026 <span class="gem-c-metadata__definition-link">— <a href="#full-history" class="govuk-link">See all updates</a></span></dd>
</dl></div>
<div class="govuk-govspeak">
<ul><li>£500 million extra for local highway maintenance in 2027 to 2028</li><li>councils must publish how many potholes they fill each quarter</li><li>funding can also be used to prevent flooding on roads</li></ul>
<p>Local authorities across England will receive an additional £500 million next year to fix potholes and resurface roads, the Transport Secretary announced today.</p>
<p>The money is part of a long-term settlement that gives councils certainty to plan preventative maintenance rather than patching roads after damage has occurred. To receive the full uplift, councils will have to publish data on their road condition and on the number of potholes filled.</p>
<p>Motoring groups welcomed the announcement but said the backlog of repairs would take years to clear.</p>
<h2 id="notes-to-editors">Notes to editors</h2><p>Allocations for each local highway authority are published alongside this announcement.</p>
</div>
<div class="app-c-published-dates app-c-published-dates--history" id="full-history"><h2>Updates to this page</h2>
<dl><dt>Published 20 November 2026</dt><dt>Last updated 25 November 2026 <a href="#">hide all updates</a></dt>
<dd><ol><li><time datetime="2026-11-25T16:02:11.000+00:00">25 November 2026</time> — Added link to the council allocations table.</li><li><time datetime="2026-11-20T09:30:00.000+00:00">20 November 2026</time> — First published.</li></ol></dd></dl></div>
</main>
</div>
{_govuk_footer()}
</body></html>"""
    return ArticlePage("uk_govuk_news", url, html, "2026-11-20",
                       "gov.uk metas first-published/public-updated; 'Published'/'Last updated' dt/dd")


def _govuk_guidance() -> ArticlePage:
    url = "https://www.gov.uk/guidance/check-if-you-need-to-register-for-vat"
    html = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><title>Check if you need to register for VAT - GOV.UK</title>
<meta name="govuk:format" content="detailed_guide">{_style()}</head>
<body class="govuk-template__body">
{_GOVUK_COOKIE}
<header role="banner"><a href="https://www.gov.uk/" class="govuk-header__link--homepage">GOV.UK</a>{_mega_menu(_GOVUK_MENU, "https://www.gov.uk/browse", "gem-c-layout-super-navigation-header")}</header>
<div class="govuk-width-container">
<main role="main" id="content" class="govuk-main-wrapper">
<span class="govuk-caption-xl">Guidance</span>
<h1 class="gem-c-title__text govuk-heading-l">Check if you need to register for VAT</h1>
<p class="gem-c-lead-paragraph">Find out when you need to register for VAT, including the thresholds and what counts as taxable turnover.</p>
<div class="gem-c-metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/hm-revenue-customs">HM Revenue &amp; Customs</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 March 2025</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">24 November 2026 <a href="#full-publication-update-history">— See all updates</a></dd></dl></div>
<div class="govuk-govspeak">
<h2>When you must register</h2>
<p>You must register for VAT if your total VAT taxable turnover for the last 12 months was over £90,000 (the VAT threshold), or you expect it to go over £90,000 in the next 30 days.</p>
<p>You must also register, regardless of taxable turnover, if all of the following are true: you're based outside the UK, your business is based outside the UK, and you supply any goods or services to the UK.</p>
<h2>Calculate your taxable turnover</h2>
<p>VAT taxable turnover is the total of everything sold that is not VAT exempt. You must include goods you hired or loaned to customers and business goods used for personal reasons.</p>
<h2>Voluntary registration</h2>
<p>You can register voluntarily if your business turnover is below £90,000. You must pay HMRC any VAT you owe from the date they register you.</p>
</div>
<div id="full-publication-update-history"><h2>Updates to this page</h2><dl>
<dt>Published 14 March 2025</dt><dt>Last updated 24 November 2026</dt>
<dd><ol><li><time datetime="2026-11-24T10:15:00.000+00:00">24 November 2026</time> — The VAT registration threshold section has been updated.</li><li><time datetime="2026-04-01T09:00:00.000+01:00">1 April 2026</time> — Information about overseas sellers added.</li><li><time datetime="2025-03-14T09:30:00.000+00:00">14 March 2025</time> — First published.</li></ol></dd></dl></div>
<div class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a href="/vat-registration">VAT registration</a></li><li><a href="/vat-registration-thresholds">VAT registration thresholds</a></li><li><a href="/how-vat-works">How VAT works</a></li></ul></div>
</main>
</div>
{_govuk_footer()}
</body></html>"""
    return ArticlePage("uk_govuk_guidance", url, html, "2025-03-14",
                       "no date metas: 'Published 14 March 2025' / 'Last updated 24 November 2026'; update history")


def _bbc() -> ArticlePage:
    url = "https://www.bbc.co.uk/news/articles/c9x8y7z6w5vo"
    related = "".join(
        f'<li><a href="https://www.bbc.co.uk/news/articles/{i}">{t}</a><span class="ssrcss-1if1g9v-MetadataText">{d}</span></li>'
        for i, t, d in [("cj4k2lm9", "Flood warnings issued as Storm Bert approaches", "2 days ago"),
                        ("c1p2q3r4", "River levels peak in Shropshire", "6 hrs ago"),
                        ("c5s6t7u8", "Met Office: November wettest on record", "23 Nov 2026")])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Thousands without power after storm batters Wales - BBC News</title>
<meta property="og:type" content="article">
{_style()}
{_jsonld({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "headline": "Thousands without power after storm batters Wales", "datePublished": "2026-11-20T14:03:12.000Z", "dateModified": "2026-11-20T19:40:01.000Z", "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"}})}
</head>
<body>
<header class="ssrcss-header"><a href="https://www.bbc.co.uk/" class="ssrcss-logo">BBC</a>
{_mega_menu([("News", ["UK", "World", "Business", "Politics", "Culture", "Tech", "Science", "Health", "Family & Education", "In Pictures", "BBC Verify"]), ("Sport", ["Football", "Cricket", "Formula 1", "Rugby U", "Tennis", "Golf"]), ("Weather", ["Forecast", "Warnings"]), ("iPlayer", ["TV Guide", "Categories"]), ("Sounds", ["Music", "Podcasts", "Radio"])], "https://www.bbc.co.uk", "ssrcss-nav")}
</header>
<main id="main-content">
<article class="ssrcss-article">
<div data-component="headline-block"><h1 id="main-heading" class="ssrcss-headline">Thousands without power after storm batters Wales</h1></div>
<div data-component="byline-block"><div class="ssrcss-byline"><time data-testid="timestamp" datetime="2026-11-20T14:03:12.000Z">20 November 2026</time><span>Share</span><span>Save</span></div>
<div class="ssrcss-contributor"><span>Huw Thomas</span><span>BBC Wales</span></div></div>
<div data-component="text-block"><p><b>More than 40,000 homes in Wales were left without power after winds of up to 80mph hit the country overnight.</b></p></div>
<div data-component="text-block"><p>National Grid said engineers were working to restore supplies as quickly as possible, but some customers in rural areas could be without electricity until the weekend.</p></div>
<div data-component="text-block"><p>Several roads were closed because of fallen trees, and rail services between Cardiff and Swansea were suspended for several hours. Natural Resources Wales issued 12 flood warnings.</p></div>
<div data-component="text-block"><p>The Met Office said the worst of the wind had passed, but more heavy rain was expected on Saturday.</p></div>
<section data-component="links-block"><h2>Related topics</h2><ul><li><a href="/news/topics/wales-weather">Wales weather</a></li><li><a href="/news/topics/power-cuts">Power cuts</a></li></ul></section>
<section data-component="related-stories"><h2>More on this story</h2><ul>{related}</ul></section>
</article>
</main>
<footer>{_link_list("BBC", ["Terms of Use", "About the BBC", "Privacy Policy", "Cookies", "Accessibility Help", "Parental Guidance", "Contact the BBC"], "https://www.bbc.co.uk/usingthebbc")}<p>Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.</p></footer>
</body></html>"""
    return ArticlePage("uk_bbc", url, html, "2026-11-20",
                       "<time datetime> '20 November 2026'; related with relative dates")


def _guardian() -> ArticlePage:
    url = "https://www.theguardian.com/uk-news/2026/nov/20/rail-fares-to-be-frozen-in-england-for-2027"
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Rail fares to be frozen in England for 2027, chancellor confirms | Rail fares | The Guardian</title>
<meta property="article:published_time" content="2026-11-20T14:03:55.000Z">
<meta property="article:modified_time" content="2026-11-21T09:10:12.000Z">
<meta property="og:type" content="article">{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://www.theguardian.com/uk" class="logo">The Guardian</a>
{_mega_menu([("News", ["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"]), ("Opinion", ["The Guardian view", "Columnists", "Cartoons", "Letters"]), ("Sport", ["Football", "Cricket", "Rugby union", "Tennis", "Cycling", "F1", "Golf"]), ("Culture", ["Books", "Music", "TV & radio", "Art & design", "Film", "Games", "Stage"]), ("Lifestyle", ["Fashion", "Food", "Recipes", "Love & sex", "Health & fitness", "Travel"])], "https://www.theguardian.com", "pillar")}
</header>
<main>
<article>
<div data-gu-name="headline"><h1>Rail fares to be frozen in England for 2027, chancellor confirms</h1></div>
<div data-gu-name="standfirst"><p>Regulated fares will not rise for the first time in three decades, in move campaigners say will save commuters hundreds of pounds</p></div>
<div data-gu-name="meta"><address>Gwyn Topham <span>Transport correspondent</span></address>
<details class="dcr-1ybxn6r"><summary><span class="dcr-u0h1qy">Fri 20 Nov 2026 14.03 GMT</span></summary><span class="dcr-u0h1qy">Last modified on Sat 21 Nov 2026 09.10 GMT</span></details></div>
<div id="maincontent" class="article-body-commercial-selector">
<p>Rail fares in England will be frozen next year, the chancellor has confirmed, the first time regulated fares have not risen since privatisation in the 1990s.</p>
<p>The freeze applies to regulated fares, including most season tickets and off-peak returns, which usually rise each March in line with the previous July's inflation rate. The Treasury said the measure would cost about £300m.</p>
<p>Campaigners welcomed the move but said the complexity of fares remained a barrier for passengers. Rail unions called for the money to be matched by investment in staff.</p>
</div>
<div class="submeta"><h2>Explore more on these topics</h2><a href="/money/rail-fares">Rail fares</a> <a href="/uk/rail-transport">Rail transport</a></div>
</article>
<section class="onwards"><h2>Most viewed</h2>{_dated_list([("Storm Bert: latest updates", "25 Nov 2026"), ("Budget 2026: what it means for you", "24 Nov 2026")], "https://www.theguardian.com/uk-news", date_cls="dcr-date")}</section>
</main>
<footer>{_link_list("The Guardian", ["About us", "Contact us", "Complaints & corrections", "Privacy policy", "Cookie policy", "Terms & conditions", "Help"], "https://www.theguardian.com/info")}<p>© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body></html>"""
    return ArticlePage("uk_guardian", url, html, "2026-11-20",
                       "'Fri 20 Nov 2026 14.03 GMT' / 'Last modified on Sat 21 Nov'; URL /2026/nov/20/")


def _us_state_release() -> ArticlePage:
    url = "https://www.governor.ny.gov/news/governor-announces-150-million-affordable-housing-capital-region"
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Governor Announces $150 Million for Affordable Housing in the Capital Region | Governor Kathy Hochul</title>{_style()}{_TRACKING}</head>
<body class="path-node page-node-type-press-release">
<div class="nys-global-header"><a href="https://www.ny.gov">NY.gov</a> <a href="https://www.ny.gov/services">Services</a> <a href="https://www.ny.gov/agencies">Agencies</a> <a href="https://www.ny.gov/events">Events</a></div>
<header><a href="/" class="site-logo">Governor Kathy Hochul</a>
{_mega_menu([("News", ["Press Releases", "Statements", "Executive Orders", "Audio & Video", "Photos"]), ("Programs", ["Affordability", "Public Safety", "Housing", "Jobs", "Climate", "Health"]), ("Services", ["Apply for a Job", "Constituent Services", "Appointments", "Pardons"]), ("Contact", ["Contact the Governor", "Media Contacts"])], "https://www.governor.ny.gov", "main-menu")}
</header>
<main>
<article class="node--type-press-release">
<div class="field--name-field-date"><span class="press-release-date">November 6, 2026</span></div>
<h1 class="page-title">Governor Announces $150 Million for Affordable Housing in the Capital Region</h1>
<div class="field--name-body">
<p><strong>FOR IMMEDIATE RELEASE: 11/6/2026</strong></p>
<p><em>Seven Developments Will Create More Than 900 Affordable Homes in Albany, Schenectady and Troy</em></p>
<p>Governor Kathy Hochul today announced $150 million in awards to create or preserve more than 900 affordable homes across the Capital Region. The awards, made through New York State Homes and Community Renewal's multifamily finance programs, include 240 supportive homes for people who have experienced homelessness.</p>
<p>"Every New Yorker deserves a safe, affordable place to call home," Governor Hochul said. "These investments will help families across the Capital Region stay in the communities they love."</p>
<p>Construction on the first three developments is expected to begin in spring 2027.</p>
<p class="contact">Contact the Governor's Press Office<br>Contact us by phone: Albany: (518) 474-8418 New York City: (212) 681-4640</p>
</div>
</article>
<aside><h2>Related News</h2>{_dated_list([("Governor Announces Expansion of Child Care Assistance", "November 24, 2026"), ("Governor Hochul Signs Legislation to Protect Tenants", "November 18, 2026")], "https://www.governor.ny.gov/news", date_cls="date")}</aside>
</main>
<footer>{_link_list("NY.gov", ["Accessibility", "Disclaimer", "Language Access", "Privacy Policy", "Contact Us"], "https://www.ny.gov")}</footer>
</body></html>"""
    return ArticlePage("us_state_release", url, html, "2026-11-06",
                       "'November 6, 2026' field and 'FOR IMMEDIATE RELEASE: 11/6/2026' (US month/day)")


def _canada() -> ArticlePage:
    url = "https://www.canada.ca/en/environment-climate-change/news/2025/09/government-of-canada-invests-in-clean-water-projects.html"
    html = f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head><meta charset="utf-8">
<title>Government of Canada invests in clean water projects in Nova Scotia - Canada.ca</title>
<meta name="dcterms.title" content="Government of Canada invests in clean water projects in Nova Scotia">
<meta name="dcterms.creator" content="Environment and Climate Change Canada">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.issued" title="W3CDTF" content="2025-09-30">
<meta name="dcterms.modified" title="W3CDTF" content="2026-11-24">
{_style()}
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage">
<header><div class="brand"><a href="https://www.canada.ca/en.html"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada"></a></div>
{_mega_menu([("Jobs", ["Find a job", "Training", "Hiring", "Workplace standards"]), ("Immigration and citizenship", ["Visit", "Immigrate", "Work", "Study", "Citizenship"]), ("Travel and tourism", ["Travel advice", "Return to Canada"]), ("Business and industry", ["Start a business", "Grants and funding", "Taxes"]), ("Benefits", ["EI", "Family benefits", "Pensions", "Disability"]), ("Health", ["Food and nutrition", "Diseases", "Vaccines"]), ("Taxes", ["Income tax", "GST/HST"]), ("Environment and natural resources", ["Weather", "Climate change", "Pollution", "Water"])], "https://www.canada.ca/en/services", "gcweb-menu")}
</header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement">
<h1 property="name" id="wb-cont">Government of Canada invests in clean water projects in Nova Scotia</h1>
<p class="gc-byline"><strong>From: <a href="/en/environment-climate-change.html">Environment and Climate Change Canada</a></strong></p>
<h2>News release</h2>
<p>September 30, 2025 – Halifax, Nova Scotia</p>
<p>Clean water is essential to the health of Canadians and to the economy. Today, the Government of Canada announced more than $4.2 million for 11 projects that will restore freshwater ecosystems in Nova Scotia, including wetlands in the Annapolis Valley and rivers flowing into the Bay of Fundy.</p>
<p>The projects are funded through the Freshwater Ecosystem Initiatives program and will be carried out by local watershed groups, First Nations and municipalities.</p>
<h2>Quick facts</h2><ul><li>Since 2023, the program has supported more than 160 projects across Canada.</li><li>Nova Scotia has more than 6,700 lakes and 100 rivers.</li></ul>
<h2>Contacts</h2><p>Media Relations<br>Environment and Climate Change Canada<br>819-938-3338</p>
<h2>Search for related information by keyword</h2><p><a href="/en/news/advanced-news-search/news-results.html?typ=newsreleases">Environment and natural resources</a></p>
<section class="pagedetails"><div class="row"><div class="col-sm-6"><a href="/en/report-problem.html">Report a problem or mistake on this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">2026-11-24</time></dd></dl></section>
</main>
<footer id="wb-info">{_link_list("Government of Canada", ["All contacts", "Departments and agencies", "About government"], "https://www.canada.ca/en/government")}{_link_list("Themes and topics", ["Jobs", "Immigration and citizenship", "Travel and tourism", "Business", "Benefits", "Health", "Taxes"], "https://www.canada.ca/en/services")}<ul><li><a href="/en/social.html">Social media</a></li><li><a href="/en/mobile.html">Mobile applications</a></li><li><a href="/en/transparency/terms.html">Terms and conditions</a></li><li><a href="/en/transparency/privacy.html">Privacy</a></li></ul></footer>
</body></html>"""
    return ArticlePage("ca_canada_news", url, html, "2025-09-30",
                       "'September 30, 2025 – Halifax' body line; 'Date modified: 2026-11-24'; dcterms.issued")


def _au_minister() -> ArticlePage:
    url = "https://ministers.treasury.gov.au/ministers/treasurer/media-releases/new-housing-supply-targets-agreed-states"
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>New housing supply targets agreed with states | Treasury Ministers</title>{_style()}</head>
<body class="path-node page-node-type-media-release">
<header role="banner"><a href="/" class="logo"><img src="/themes/custom/treasury/logo.svg" alt="Australian Government - The Treasury Portfolio Ministers"></a>
{_mega_menu([("Ministers", ["Treasurer", "Assistant Treasurer", "Minister for Financial Services", "Assistant Minister for Competition"]), ("Media", ["Media releases", "Speeches", "Transcripts", "Opinion pieces"]), ("About", ["Portfolio", "Contact"])], "https://ministers.treasury.gov.au", "menu")}
</header>
<main role="main">
<div class="page-header"><h1>New housing supply targets agreed with states</h1>
<div class="media-release-meta"><div class="field--name-field-type">Joint media release</div><div class="field--name-field-date"><time datetime="2026-11-12T12:00:00Z">12 November 2026</time></div></div></div>
<div class="field--name-body">
<p>The Treasurer and the Minister for Housing today met with state and territory treasurers and housing ministers and agreed new housing supply targets for the next five years.</p>
<p>Under the agreement, states and territories will receive incentive payments of $30,000 for every home built above their share of the national target of 1.2 million well-located homes.</p>
<p>"This is about getting more homes built, faster, for Australians who need them," the Treasurer said.</p>
<p><strong>Media contact:</strong> Treasurer's office, 02 6277 7340</p>
</div>
<aside><h2>Latest media releases</h2>{_dated_list([("Statement on monthly CPI indicator", "25 November 2026"), ("Interview with David Speers, Insiders", "22 November 2026"), ("Treasury Laws Amendment passes Parliament", "19 November 2026")], "https://ministers.treasury.gov.au/ministers/treasurer/media-releases", date_cls="date")}</aside>
</main>
<footer>{_link_list("Treasury Ministers", ["Accessibility", "Copyright", "Disclaimer", "Privacy"], "https://ministers.treasury.gov.au")}<p>© Commonwealth of Australia</p></footer>
</body></html>"""
    return ArticlePage("au_minister", url, html, "2026-11-12",
                       "'Joint media release' + <time> '12 November 2026'; latest releases sidebar")


def _abc_au() -> ArticlePage:
    url = "https://www.abc.net.au/news/2026-11-20/bushfire-emergency-warning-blue-mountains/105012345"
    html = f"""<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><title>Emergency warning issued as bushfire threatens Blue Mountains towns - ABC News</title>
<meta property="article:published_time" content="2026-11-20T03:03:00+00:00">
<meta property="article:modified_time" content="2026-11-20T22:10:00+00:00">{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://www.abc.net.au/news" class="logo">ABC News</a>
{_mega_menu([("News", ["Just In", "Australia", "World", "Business", "Politics", "Health", "Science", "Environment", "Analysis"]), ("Local", ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Darwin", "Canberra"]), ("Sport", ["AFL", "NRL", "Cricket", "Football"]), ("Emergency", ["Bushfires", "Floods", "Storms"])], "https://www.abc.net.au/news", "nav")}
</header>
<main>
<article>
<h1>Emergency warning issued as bushfire threatens Blue Mountains towns</h1>
<div class="byline"><span>By Ashleigh Barraclough</span>
<div class="timestamps"><span>Posted <time datetime="2026-11-20T03:03:00.000Z">Fri 20 Nov 2026 at 2:03pm</time></span>, <span>updated <time datetime="2026-11-20T22:10:00.000Z">Sat 21 Nov 2026 at 9:10am</time></span></div></div>
<div class="article-body">
<p>Residents of several Blue Mountains towns have been told it is too late to leave as a fast-moving bushfire burns out of control west of Sydney.</p>
<p>The NSW Rural Fire Service issued an emergency warning for the fire near Mount Victoria on Friday afternoon, as temperatures reached 39 degrees and wind gusts topped 70 kilometres per hour.</p>
<p>The Great Western Highway has been closed between Katoomba and Lithgow. Evacuation centres have opened at Katoomba and Springwood.</p>
</div>
</article>
<section class="more"><h2>More on:</h2>{_dated_list([("Cooler conditions bring relief to firefighters", "22 Nov 2026"), ("What to do if a bushfire threatens your home", "5 Nov 2026")], "https://www.abc.net.au/news", date_cls="date")}</section>
</main>
<footer>{_link_list("ABC", ["Contact the ABC", "Accessibility", "Help", "Privacy Policy", "Terms of Use"], "https://www.abc.net.au")}<p>© 2026 ABC</p><p>We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p></footer>
</body></html>"""
    return ArticlePage("au_abc", url, html, "2026-11-20",
                       "'Posted Fri 20 Nov 2026 at 2:03pm, updated Sat 21 Nov'; URL /news/2026-11-20/")


def _uk_uni() -> ArticlePage:
    url = "https://www.sheffield.ac.uk/news/new-study-reveals-microplastics-river-don"
    events = "".join(
        f'<li class="event"><a href="https://www.sheffield.ac.uk/events/{_slug(t)}">{t}</a><p class="event-date">{d}</p></li>'
        for t, d in [("Winter graduation ceremonies", "10 December 2026"),
                     ("Public lecture: The future of rivers", "3 December 2026"),
                     ("Postgraduate open day", "27 January 2027")])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>New study reveals scale of microplastics in the River Don | News | The University of Sheffield</title>{_style()}{_TRACKING}</head>
<body>
<header class="uos-header"><a href="/" class="uos-logo">The University of Sheffield</a>
{_mega_menu([("Study", ["Undergraduate", "Postgraduate taught", "Postgraduate research", "Online learning", "International students"]), ("Research", ["Research institutes", "Impact", "Facilities", "PhD opportunities"]), ("Business", ["Partnerships", "Consultancy", "Training"]), ("About", ["Faculties and departments", "News", "Events", "Jobs", "Visit us", "Sustainability"])], "https://www.sheffield.ac.uk", "uos-nav")}
</header>
<main>
<div class="news-article">
<p class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></p>
<h1>New study reveals scale of microplastics in the River Don</h1>
<p class="news-date">13 November 2026</p>
<p class="lede"><strong>Researchers found up to 1,200 particles per litre of sediment at some sites, among the highest levels recorded in UK rivers.</strong></p>
<p>A team from the University's Department of Geography sampled 24 sites along the River Don and its tributaries over two years. Levels were highest downstream of combined sewer overflows and in urban stretches through Sheffield and Rotherham.</p>
<p>The study, published in the journal Water Research, calls for better monitoring of storm overflows and for microplastics to be included in river quality standards.</p>
<p>"Our results show that rivers act as a conveyor belt, carrying plastic pollution from our towns to the sea," said the lead author.</p>
<h3>Contact</h3><p>For further information please contact the Media Relations team, media@sheffield.ac.uk</p>
</div>
<aside class="sidebar">
<section class="latest-news"><h2>Latest news</h2>{_dated_list([("Sheffield ranked top 10 for student satisfaction", "25 November 2026"), ("New centre for energy storage opens", "19 November 2026")], "https://www.sheffield.ac.uk/news", date_cls="news-date")}</section>
<section class="upcoming-events"><h2>Upcoming events</h2><ul>{events}</ul></section>
</aside>
</main>
<footer>{_link_list("The University of Sheffield", ["Accessibility", "Freedom of information", "Privacy", "Cookies", "Modern slavery statement", "Contact"], "https://www.sheffield.ac.uk")}<p>© 2026 The University of Sheffield</p></footer>
</body></html>"""
    return ArticlePage("uk_university", url, html, "2026-11-13",
                       "'13 November 2026' alone; latest news and future events in the sidebar")


# --------------------------------------------------------------------------- blogs

def _wp_comments(items: list[tuple[str, str, str, str]]) -> str:
    out = ['<ol class="comment-list">']
    for cid, who, iso, shown in items:
        out.append(f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body">'
                   f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=56&amp;d=mm&amp;r=g" class="avatar avatar-56 photo" height="56" width="56"><b class="fn">{who}</b> <span class="says">says:</span></div>'
                   f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}">{shown}</time></a></div></footer>'
                   f'<div class="comment-content"><p>Thanks for the write-up, very helpful. Looking forward to the next one.</p></div>'
                   f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">Reply</a></div></article></li>')
    out.append("</ol>")
    return "".join(out)


def _wp_make_core() -> ArticlePage:
    url = "https://make.wordpress.org/core/2026/11/20/performance-improvements-in-wordpress-7-1/"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8">
<title>Performance improvements in WordPress 7.1 &#8211; Make WordPress Core</title>
<meta name="generator" content="WordPress 7.1-beta2-59876">
<link rel="alternate" type="application/rss+xml" title="Make WordPress Core &raquo; Feed" href="https://make.wordpress.org/core/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="https://make.wordpress.org/core/wp-includes/css/dist/block-library/style.min.css?ver=7.1-beta2-59876" media="all">
{_style()}
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/","ext":".png"}}</script>
</head>
<body class="post-template-default single single-post postid-118234 single-format-standard">
<div id="wpadminbar" class="nojq nojs"></div>
<header id="masthead" class="site-header"><a href="https://make.wordpress.org/" class="site-title">Make WordPress</a>
{_mega_menu([("Get Involved", ["Core", "Design", "Mobile", "Accessibility", "Polyglots", "Support", "Documentation", "Themes", "Plugins", "Community", "Meta", "Training", "Test", "Hosting", "Openverse", "Performance"]), ("Handbooks", ["Core Handbook", "Contributor Handbook", "Coding Standards"]), ("Chat", ["Slack", "Meetings"])], "https://make.wordpress.org", "menu")}
</header>
<div id="page" class="site"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-118234" class="post-118234 post type-post status-publish format-standard hentry category-general tag-7-1 tag-performance">
<header class="entry-header"><h1 class="entry-title">Performance improvements in WordPress 7.1</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2026-11-20T16:00:42+00:00">November 20, 2026</time><time class="updated" datetime="2026-11-24T09:12:03+00:00">November 24, 2026</time></a></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="https://profiles.wordpress.org/flixos90/">Felix Arntz</a></span></span></div>
</header>
<div class="entry-content">
<p>WordPress 7.1 comes with a number of performance enhancements. This post summarises the most relevant changes, with benchmarks comparing 7.1 Beta 2 against 7.0.3 on classic and block themes.</p>
<h2 class="wp-block-heading">Server-side improvements</h2>
<p>Autoloaded options are now capped at 150 KB by default, and a new health check flags sites above that limit. The block registry caches parsed <code>block.json</code> metadata, reducing time to first byte by about 9% for block themes.</p>
<h2 class="wp-block-heading">Client-side improvements</h2>
<p>Speculative loading now uses the moderate eagerness by default for logged-out users. Image sizes for lazy-loaded images are set to auto where supported.</p>
<p>Props to everyone who contributed, reviewed and tested these changes.</p>
</div>
<footer class="entry-meta">This entry was posted in <a href="https://make.wordpress.org/core/category/general/" rel="category tag">General</a> and tagged <a href="https://make.wordpress.org/core/tag/7-1/" rel="tag">7.1</a>, <a href="https://make.wordpress.org/core/tag/performance/" rel="tag">performance</a>.</footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="https://make.wordpress.org/core/2026/11/18/dev-chat-agenda-november-19-2026/" rel="prev">Dev Chat Agenda, November 19, 2026</a></div><div class="nav-next"><a href="https://make.wordpress.org/core/2026/11/25/summary-dev-chat-november-25-2026/" rel="next">Summary, Dev Chat, November 25, 2026</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">5 responses to &ldquo;Performance improvements in WordPress 7.1&rdquo;</h2>
{_wp_comments([("51234", "Jenny", "2026-11-21T10:02:12+00:00", "November 21, 2026 at 10:02 am"), ("51240", "pbiron", "2026-11-23T15:44:00+00:00", "November 23, 2026 at 3:44 pm"), ("51251", "westonruter", "2026-11-25T08:30:19+00:00", "November 25, 2026 at 8:30 am")])}
</div>
</main></div>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="https://make.wordpress.org/core/2026/11/25/summary-dev-chat-november-25-2026/">Summary, Dev Chat, November 25, 2026</a> <span class="post-date">November 25, 2026</span></li>
<li><a href="https://make.wordpress.org/core/2026/11/24/wordpress-7-1-beta-3/">WordPress 7.1 Beta 3</a> <span class="post-date">November 24, 2026</span></li>
<li><a href="https://make.wordpress.org/core/2026/11/18/dev-chat-agenda-november-19-2026/">Dev Chat Agenda, November 19, 2026</a> <span class="post-date">November 18, 2026</span></li>
</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><a href="https://wordpress.org/">Proudly powered by WordPress</a></footer>
<script src="https://make.wordpress.org/core/wp-includes/js/comment-reply.min.js?ver=7.1-beta2-59876" id="comment-reply-js" async data-wp-strategy="async"></script>
</body></html>"""
    return ArticlePage("wp_make_core", url, html, "2026-11-20",
                       "WordPress: entry-date published + updated; URL /2026/11/20/; comments and recent posts later")


def _wp_yoast_old() -> ArticlePage:
    url = "https://www.thegardeningdiaries.co.uk/how-to-prune-climbing-roses/"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "headline": "How to prune climbing roses",
         "datePublished": "2025-06-05T08:00:00+00:00", "dateModified": "2026-11-22T19:41:07+00:00",
         "author": {"name": "Margaret Ellis"}, "wordCount": 1240},
        {"@type": "WebPage", "@id": url, "url": url, "name": "How to prune climbing roses - The Gardening Diaries",
         "datePublished": "2025-06-05T08:00:00+00:00", "dateModified": "2026-11-22T19:41:07+00:00"},
        {"@type": "WebSite", "@id": "https://www.thegardeningdiaries.co.uk/#website", "name": "The Gardening Diaries"}]}
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="UTF-8">
<title>How to prune climbing roses - The Gardening Diaries</title>
<!-- This site is optimized with the Yoast SEO plugin v25.3 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="A step-by-step guide to pruning climbing roses in late autumn and winter.">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-05T08:00:00+00:00">
<meta property="article:modified_time" content="2026-11-22T19:41:07+00:00">
<meta name="author" content="Margaret Ellis">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>
<!-- / Yoast SEO plugin. -->
<meta name="generator" content="WordPress 6.8.3">
{_style()}
</head>
<body class="post-template-default single single-post postid-2231 wp-embed-responsive">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://www.thegardeningdiaries.co.uk/">The Gardening Diaries</a></p>
<nav id="site-navigation" class="primary-navigation"><ul class="menu"><li><a href="/category/roses/">Roses</a></li><li><a href="/category/vegetables/">Vegetables</a></li><li><a href="/category/lawns/">Lawns</a></li><li><a href="/category/wildlife-gardening/">Wildlife gardening</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-roses">
<header class="entry-header alignwide"><h1 class="entry-title">How to prune climbing roses</h1></header>
<div class="entry-content">
<p>Climbing roses flower on the current season's growth, so a good prune between late autumn and February encourages plenty of blooms the following summer. Here is how I do it on the old 'New Dawn' against our back wall.</p>
<h2>What you need</h2><ul><li>Sharp secateurs</li><li>Thick gloves</li><li>Soft garden twine</li><li>A long-handled lopper for old wood</li></ul>
<h2>Step by step</h2>
<p>First remove anything dead, diseased or damaged. Then tie in the strong new shoots as close to horizontal as you can: this makes the rose produce flowering side shoots along their length. Shorten the side shoots that flowered this year to two or three buds.</p>
<p>Every few years, cut one of the oldest main stems down to the base to make room for new growth.</p>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published" datetime="2025-06-05T08:00:00+00:00">June 5, 2025</time></span><span class="byline">By <a href="https://www.thegardeningdiaries.co.uk/author/margaret/" rel="author">Margaret</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorised as <a href="https://www.thegardeningdiaries.co.uk/category/roses/" rel="category tag">Roses</a></span></div></footer>
</article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">4 comments</h2>
{_wp_comments([("812", "Alan", "2025-06-09T18:20:00+00:00", "June 9, 2025 at 6:20 pm"), ("1290", "Sue from Leeds", "2026-11-20T11:05:00+00:00", "November 20, 2026 at 11:05 am"), ("1302", "Margaret", "2026-11-22T19:40:00+00:00", "November 22, 2026 at 7:40 pm")])}
</div>
</main>
<aside class="widget-area"><section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments">
<li class="recentcomments"><span class="comment-author-link">Margaret</span> on <a href="{url}#comment-1302">How to prune climbing roses</a></li>
<li class="recentcomments"><span class="comment-author-link">Sue from Leeds</span> on <a href="{url}#comment-1290">How to prune climbing roses</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2026/11/">November 2026</a></li><li><a href="/2026/10/">October 2026</a></li><li><a href="/2026/09/">September 2026</a></li><li><a href="/2025/06/">June 2025</a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 The Gardening Diaries · <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</body></html>"""
    return ArticlePage("wp_yoast_old_post", url, html, "2025-06-05",
                       "old post re-saved: Yoast published 2025-06-05, modified 2026-11-22, fresh comments, archive links")


def _ghost() -> ArticlePage:
    url = "https://blog.tinybird-example.io/why-we-moved-from-mongodb-to-postgres/"
    cards = "".join(
        f'<article class="post-card"><a class="post-card-image-link" href="https://blog.tinybird-example.io/{_slug(t)}/"><h2 class="post-card-title">{t}</h2></a>'
        f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{iso}">{shown}</time><span class="post-card-meta-length">{m} min read</span></footer></article>'
        for t, iso, shown, m in [("Postgres 18: what's new for analytics", "2026-11-24", "Nov 24, 2026", 6),
                                 ("Our on-call rotation, one year in", "2026-11-17", "Nov 17, 2026", 9),
                                 ("Sharding without tears", "2026-10-29", "Oct 29, 2026", 12)])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Why we moved from MongoDB to Postgres</title>
<meta name="description" content="After six years on MongoDB, we migrated our main datastore to Postgres. Here is what went well and what did not.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Tinybird Engineering">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-03T09:00:00.000Z">
<meta property="article:modified_time" content="2026-11-25T12:31:44.000Z">
<meta property="article:tag" content="Engineering">
{_jsonld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Tinybird Engineering"}, "author": {"@type": "Person", "name": "Lena Fischer"}, "headline": "Why we moved from MongoDB to Postgres", "url": url, "datePublished": "2026-11-03T09:00:00.000Z", "dateModified": "2026-11-25T12:31:44.000Z"})}
<meta name="generator" content="Ghost 6.4">
{_style()}
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.tinybird-example.io/" data-key="a1b2c3d4e5f6" data-api="https://blog.tinybird-example.io/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-engineering">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="https://blog.tinybird-example.io">Tinybird Engineering</a>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://blog.tinybird-example.io/">Home</a></li><li><a href="https://blog.tinybird-example.io/tag/engineering/">Engineering</a></li><li><a href="https://blog.tinybird-example.io/tag/product/">Product</a></li><li><a href="https://blog.tinybird-example.io/tag/culture/">Culture</a></li><li><a href="https://tinybird-example.io/careers">Careers</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-engineering">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="https://blog.tinybird-example.io/tag/engineering/">Engineering</a></section>
<h1 class="article-title">Why we moved from MongoDB to Postgres</h1>
<p class="article-excerpt">After six years on MongoDB, we migrated our main datastore to Postgres. Here is what went well and what did not.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lena/">Lena Fischer</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-03">Nov 3, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 11 min read</span></div></div></section></div>
</header>
<section class="gh-content gh-canvas">
<p>For six years our product ran on a single MongoDB replica set. It served us well while the data model was changing every week, but as the product matured, the cost of not having transactions and joins kept growing.</p>
<h2 id="the-plan">The plan</h2>
<p>We ran both databases side by side for three months, writing to both and comparing reads in a shadow mode. Only when the diff rate stayed below one in a million for two weeks did we switch reads over.</p>
<h2 id="what-went-wrong">What went wrong</h2>
<p>Our biggest surprise was how much application code relied on MongoDB's lax typing: strings where numbers should have been, missing fields treated as nulls. We found 14 such cases before the switch and two after.</p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>{cards}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.tinybird-example.io">Tinybird Engineering</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body></html>"""
    return ArticlePage("ghost_blog", url, html, "2026-11-03",
                       "Ghost: byline <time> 'Nov 3, 2026', article:published_time; read-more cards later")


def _hugo() -> ArticlePage:
    url = "https://jvns-example.dev/posts/rust-async-cancellation/"
    html = f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Cancellation in async Rust is harder than you think | Jo's notes</title>
<meta name="keywords" content="rust, async, tokio">
<meta name="description" content="What happens to a future when you drop it, and why select! loops bite.">
<meta name="author" content="Jo">
<link rel="canonical" href="{url}">
<meta name="generator" content="Hugo 0.152.2">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2026-11-06T00:00:00+00:00">
<meta property="article:modified_time" content="2026-11-24T21:14:05+01:00">
{_jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Cancellation in async Rust is harder than you think", "datePublished": "2026-11-06T00:00:00+00:00", "dateModified": "2026-11-24T21:14:05+01:00", "author": [{"@type": "Person", "name": "Jo"}], "mainEntityOfPage": {"@type": "WebPage", "@id": url}})}
{_style()}
</head>
<body id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="https://jvns-example.dev/" accesskey="h" title="Jo's notes (Alt + H)">Jo's notes</a></div>
<ul id="menu"><li><a href="https://jvns-example.dev/posts/" title="Posts"><span>Posts</span></a></li><li><a href="https://jvns-example.dev/tags/" title="Tags"><span>Tags</span></a></li><li><a href="https://jvns-example.dev/archives/" title="Archive"><span>Archive</span></a></li><li><a href="https://jvns-example.dev/about/" title="About"><span>About</span></a></li><li><a href="https://jvns-example.dev/index.xml" title="RSS"><span>RSS</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="https://jvns-example.dev/">Home</a>&nbsp;»&nbsp;<a href="https://jvns-example.dev/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">Cancellation in async Rust is harder than you think</h1>
<div class="post-meta"><span title="2026-11-06 00:00:00 +0000 UTC">November 6, 2026</span>&nbsp;·&nbsp;8 min&nbsp;·&nbsp;1623 words&nbsp;·&nbsp;Jo</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul><li><a href="#dropping-a-future">Dropping a future</a></li><li><a href="#select-loops">select! loops</a></li><li><a href="#what-to-do">What to do</a></li></ul></div></details></div>
<div class="post-content">
<p>In async Rust, cancelling a task is as simple as dropping its future. That simplicity hides a trap: the future can be dropped at any <code>.await</code> point, and whatever state it held at that moment is gone.</p>
<h2 id="dropping-a-future">Dropping a future</h2>
<p>Consider a function that reads a message length, then the message body. If it is cancelled between the two reads, the length has been consumed from the socket but the body has not, and the next reader sees garbage.</p>
<pre><code class="language-rust">loop {{
    tokio::select! {{
        msg = read_message(&amp;mut sock) =&gt; handle(msg?),
        _ = shutdown.recv() =&gt; break,
    }}
}}
</code></pre>
<h2 id="select-loops">select! loops</h2>
<p>Every iteration of this loop creates a fresh <code>read_message</code> future and drops the old one when the other branch wins. If <code>read_message</code> is not cancel-safe, messages are lost.</p>
<h2 id="what-to-do">What to do</h2>
<p>Keep the future outside the loop and poll it by reference, or move the state into a struct that survives cancellation.</p>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://jvns-example.dev/tags/rust/">Rust</a></li><li><a href="https://jvns-example.dev/tags/async/">Async</a></li></ul>
<nav class="paginav"><a class="prev" href="https://jvns-example.dev/posts/sqlite-wal-mode/"><span class="title">« Prev</span><br><span>SQLite WAL mode, explained with diagrams</span></a><a class="next" href="https://jvns-example.dev/posts/why-my-makefile-is-slow/"><span class="title">Next »</span><br><span>Why my Makefile is slow</span></a></nav>
<p class="lastmod">Last modified: 2026-11-24</p></footer>
</article>
</main>
<footer class="footer"><span>&copy; 2026 <a href="https://jvns-example.dev/">Jo's notes</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<script>document.getElementById("theme-toggle").addEventListener("click", () => {{ document.body.classList.toggle("dark"); }});</script>
</body></html>"""
    return ArticlePage("hugo_blog", url, html, "2026-11-06",
                       "Hugo PaperMod: 'November 6, 2026' span; 'Last modified: 2026-11-24' footer")


# --------------------------------------------------------------------------- misc

def _open_day() -> ArticlePage:
    url = "https://www.leedscitycollege-example.ac.uk/events/open-day-march-2027/"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Open Day – Saturday 13 March 2027 | Leeds City College</title>{_style()}{_TRACKING}</head>
<body>
<div class="cookie-notice" id="cookie-notice"><p>We use cookies to give you the best experience. Our cookie policy was last updated on 1 November 2026.</p><button>Accept</button> <a href="/cookie-policy/">Manage</a></div>
<header><a href="/" class="logo">Leeds City College</a>
{_mega_menu([("Courses", ["School leavers", "Adults", "Apprenticeships", "Higher education", "Part-time", "ESOL"]), ("Apply", ["How to apply", "Fees and funding", "Bursaries"]), ("Student life", ["Support", "Campuses", "Clubs", "Careers"]), ("About", ["News", "Events", "Jobs", "Contact"])], "https://www.leedscitycollege-example.ac.uk", "nav")}
</header>
<main>
<div class="event-hero"><h1>Open Day</h1><p class="event-when"><strong>Saturday 13 March 2027</strong>, 10am – 2pm</p><p class="event-where">Quarry Hill Campus, Leeds</p><a class="btn" href="/events/open-day-march-2027/book/">Book your place</a></div>
<div class="event-body">
<p>Come and see what studying at Leeds City College is like. Meet our tutors, tour the campus and find out about our courses for school leavers and adults.</p>
<p>Our student support team will be on hand to answer your questions about fees, bursaries and travel. Parents and carers are welcome.</p>
<h2>Other dates</h2><ul><li>Open Evening – Thursday 22 April 2027, 4pm – 7pm</li><li>Apprenticeship Fair – Wednesday 12 May 2027</li></ul>
</div>
</main>
<footer>{_link_list("Leeds City College", ["Privacy", "Cookie policy", "Accessibility", "Modern slavery statement", "Contact us"], "https://www.leedscitycollege-example.ac.uk")}<p>© 2026 Leeds City College. Part of Luminate Education Group.</p></footer>
</body></html>"""
    return ArticlePage("uk_event_future_only", url, html, None,
                       "event page: only future event dates and a cookie-policy date; no publication date")


def _ticker_page() -> ArticlePage:
    url = "https://www.irishtimes.com/ireland/2026/11/17/hse-to-recruit-2000-nurses-in-2027/"
    ticker = _dated_list([
        ("Storm warning: status orange for Cork and Kerry", "Wed Nov 25 2026 - 18:40"),
        ("Budget surplus revised upwards", "Wed Nov 25 2026 - 11:02"),
        ("Dublin Airport passenger cap lifted", "Tue Nov 24 2026 - 09:15"),
        ("Housing completions hit record", "Mon Nov 23 2026 - 07:30"),
    ], "https://www.irishtimes.com/ireland", cls="latest-ticker", date_cls="ticker-date")
    most_read = _dated_list([("Leaving Cert reform: what changes for students", "Sun Nov 22 2026 - 06:00"),
                             ("Cost of living payments: who qualifies", "Fri Nov 20 2026 - 12:12")],
                            "https://www.irishtimes.com/ireland", cls="most-read", date_cls="ticker-date")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>HSE to recruit 2,000 nurses in 2027 – The Irish Times</title>{_style()}{_TRACKING}</head>
<body>
{_SVG_SPRITE}
<header><a href="https://www.irishtimes.com/" class="logo">The Irish Times</a>
{_mega_menu([("News", ["Ireland", "World", "Politics", "Crime & Law", "Health", "Education", "Environment"]), ("Business", ["Economy", "Markets", "Work", "Personal Finance"]), ("Opinion", ["Editorials", "Letters", "Columnists"]), ("Sport", ["Rugby", "Soccer", "GAA", "Golf"]), ("Life & Style", ["Food & Drink", "Health & Family", "Travel", "Homes & Property"]), ("Culture", ["Books", "Film", "Music", "Art"])], "https://www.irishtimes.com", "nav")}
<section class="latest"><h2>Latest</h2>{ticker}</section>
</header>
<main>
<article>
<h1>HSE to recruit 2,000 nurses in 2027 under new workforce plan</h1>
<p class="subheadline">Minister says recruitment cap will be lifted for frontline staff</p>
<div class="byline"><span class="author">Jack Horgan-Jones</span> <span class="date">Tue Nov 17 2026 - 06:00</span></div>
<div class="article-body">
<p>The Health Service Executive will recruit 2,000 additional nurses and midwives next year under a new workforce plan to be published this week, the Minister for Health has said.</p>
<p>The plan lifts the recruitment cap that has been in place since 2024 for frontline posts, but maintains tight controls on administrative and management grades. Unions have said the cap has left wards understaffed.</p>
<p>The Irish Nurses and Midwives Organisation welcomed the announcement but said retention, not recruitment, was the main problem.</p>
</div>
</article>
<section><h2>Most read</h2>{most_read}</section>
</main>
<footer>{_link_list("The Irish Times", ["About us", "Contact us", "Terms & conditions", "Privacy policy", "Cookie information", "Advertise"], "https://www.irishtimes.com")}<p>© 2026 The Irish Times DAC</p></footer>
</body></html>"""
    return ArticlePage("ie_ticker_above", url, html, "2026-11-17",
                       "a 'Latest' ticker of dated links above the article; article 'Tue Nov 17 2026 - 06:00'")


PAGES: list[ArticlePage] = [
    _spiegel(), _zeit(), _heise(), _merkur(), _tagesschau(), _land_pm(), _bmwk(), _derstandard(),
    _city_cookie(), _hochschule_event(), _land_topic(), _bundesamt_contact(),
    _lemonde(), _servicepublic(), _figaro(), _prefecture(),
    _elpais(), _zaragoza(), _ansa(), _governo_it(),
    _rijksoverheid(), _nu_nl(), _regeringen(), _nrk(), _yle(),
    _govuk_news(), _govuk_guidance(), _bbc(), _guardian(), _us_state_release(), _canada(),
    _au_minister(), _abc_au(), _uk_uni(),
    _wp_make_core(), _wp_yoast_old(), _ghost(), _hugo(),
    _open_day(), _ticker_page(),
]

TRUTH: dict[str, str | None] = {p.key: p.truth for p in PAGES}
