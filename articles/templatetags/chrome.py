"""The site's header and footer: ``{% site_header %}`` and ``{% site_footer %}`` in base.html.

Built in Python and kept per process rather than written as template markup:
every public page prints them, and as markup they took 1.6 ms a page (a dozen
``{% url %}`` tags, the translations, the navigation loop) at 100,000 articles.
The header depends on the sections of the navigation (read for each request
by ``newsroom.context_processors.site``), the page's URL name, its section and
the search box's text; the HTML of each combination is kept in a small LRU
cache, so nothing kept outlives the data it was built from. Everything
printed is escaped by ``format_html``; the markup is the one the stylesheet
and the tests know.
"""

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

DEFAULT_SITE_NAME = "Noticias"
CURRENT = mark_safe(' aria-current="page"')
NOTHING = mark_safe("")
# (URL name, route, label) of the navigation's fixed links, in order.
_NAV_START = (("home", "articles:home", "Inicio"), ("list", "articles:list", "Notas"))
_NAV_INDEXES = (
    ("officials", "people:officials", "Funcionarios"),
    ("institutions", "people:institutions", "Instituciones"),
    ("tags", "articles:tags", "Temas"),
    ("authors", "people:authors", "Autores"),
)


def _current(flag: bool) -> SafeString:
    return CURRENT if flag else NOTHING


@lru_cache(maxsize=512)
def _header(site_name, nav, url_name, section_pk, query, language) -> SafeString:
    del language  # part of the key: the labels are translated when built
    search = NOTHING
    if url_name != "search":
        search = format_html(
            '\n      <form class="search-form search-form--header" role="search" action="{}" '
            'method="get">\n        <label class="visually-hidden" for="buscar-cabecera">{}'
            '</label>\n        <input type="search" id="buscar-cabecera" name="q" value="{}" '
            'placeholder="{}" maxlength="200">\n        <button type="submit">{}</button>\n'
            "      </form>",
            reverse("articles:search"),
            _("Buscar en el sitio"),
            query,
            _("Buscar notas"),
            _("Buscar"),
        )
    start = format_html_join(
        "\n",
        '        <li><a href="{}"{}>{}</a></li>',
        (
            (reverse(route), _current(url_name == name), _(label))
            for name, route, label in _NAV_START
        ),
    )
    sections = format_html_join(
        "\n",
        '        <li><a href="{}"{}>{}</a></li>',
        ((url, _current(section_pk == pk), name) for pk, name, url in nav),
    )
    indexes = format_html_join(
        "\n",
        '        <li class="site-nav__index"><a href="{}"{}>{}</a></li>',
        (
            (reverse(route), _current(url_name == name), _(label))
            for name, route, label in _NAV_INDEXES
        ),
    )
    return format_html(
        '<header class="site-header">\n    <div class="wrap site-header__inner">\n'
        '      <a class="site-name" href="{}">{}</a>{}\n    </div>\n'
        '    <nav class="site-nav" aria-label="{}">\n      <ul class="wrap site-nav__list">\n'
        "{}\n{}\n{}\n      </ul>\n    </nav>\n  </header>",
        reverse("articles:home"),
        site_name,
        search,
        _("Principal"),
        start,
        sections,
        indexes,
    )


@lru_cache(maxsize=16)
def _footer(site_name, language) -> SafeString:
    del language  # part of the key: the labels are translated when built
    links = (
        (reverse("articles:list"), _("Todas las notas")),
        (reverse("articles:archive"), _("Archivo")),
        (reverse("people:officials"), _("Funcionarios")),
        (reverse("people:institutions"), _("Instituciones")),
        (reverse("articles:tags"), _("Temas")),
        (reverse("people:authors"), _("Autores")),
        (reverse("feeds:site-rss"), "RSS"),
        (reverse("api:article-list"), _("Datos abiertos (API JSON)")),
    )
    return format_html(
        '<footer class="site-footer">\n    <div class="wrap site-footer__inner">\n'
        '      <p class="site-footer__name">{}</p>\n      <ul class="site-footer__links">\n'
        "{}\n      </ul>\n    </div>\n  </footer>",
        site_name,
        format_html_join("\n", '        <li><a href="{}">{}</a></li>', links),
    )


def _site_name(context) -> str:
    return str(context.get("SITE_NAME") or DEFAULT_SITE_NAME)


@register.simple_tag(takes_context=True)
def site_header(context) -> SafeString:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    section = context.get("section")
    nav = tuple(
        (item.pk, item.name, item.get_absolute_url()) for item in context.get("nav_sections") or ()
    )
    return _header(
        _site_name(context),
        nav,
        getattr(match, "url_name", None),
        getattr(section, "pk", None),
        str(context.get("query") or ""),
        get_language(),
    )


@register.simple_tag(takes_context=True)
def site_footer(context) -> SafeString:
    return _footer(_site_name(context), get_language())
