"""One article in a list, as a card: ``{% card article heading="h3" %}``.

Parameters: ``heading`` ("h2" by default), ``hide_section``, ``image_loading``
("lazy" by default; "eager" for the page's first card). The card's date and byline
are also tags of their own for the other templates that print them:
``{% date_line article.published_at %}`` and ``{% byline authors %}``.

Built in Python rather than by including a template per card: the home page
prints about 45 cards, and each include (with the date and byline includes
inside it) resolved some 500 template variables; that was half the home
page's time at 100,000 articles. The markup is the one the stylesheet and the
tests know (``card``, ``card__title``, ``card__meta``, ``card__deck``,
``card__byline``); every value printed is escaped with ``html.escape`` (what
``format_html`` applies, without its lazy wrappers: ~45 cards a home page).
"""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from articles.templatetags.fechas import iso, spanish_date
from articles.templatetags.pictures import has_picture, picture

register = template.Library()

HEADINGS = frozenset({"h2", "h3", "h4"})
NO_DATE_HTML = mark_safe('<span class="no-date">Sin fecha</span>')
CARD_SIZES = "(min-width: 48rem) 22rem, 100vw"


@register.simple_tag(name="date_line")
def date_html(value) -> SafeString:
    """``<time>`` with the Spanish date, or "Sin fecha"."""
    if not value:
        return NO_DATE_HTML
    return mark_safe(f'<time datetime="{escape(iso(value))}">{escape(spanish_date(value))}</time>')


def _author_link(author) -> str:
    return f'<a href="{escape(author.get_absolute_url())}">{escape(author.name)}</a>'


@register.simple_tag(name="byline")
def byline_html(authors) -> SafeString:
    """ "Por A, B y C", each a link to the author's page; nothing without authors."""
    if not authors:
        return mark_safe("")
    links = [_author_link(a) for a in authors]
    names = f"{', '.join(links[:-1])} y {links[-1]}" if len(links) > 1 else links[0]
    return mark_safe(f'<span class="byline">Por {names}</span>')


@register.simple_tag
def card(article, heading="h2", hide_section=False, image_loading="lazy"):
    heading = heading if heading in HEADINGS else "h2"
    parts = ['<article class="card">']
    if has_picture(article):
        image = picture(article, sizes=CARD_SIZES, loading=image_loading or "lazy")
        parts.append(f'<div class="card__image">{image}</div>')
    parts.append(
        f'<{heading} class="card__title"><a href="{escape(article.get_absolute_url())}">'
        f"{escape(article.title)}</a></{heading}>"
    )
    section = article.section if not hide_section else None
    section_html = (
        f' · <a href="{escape(section.get_absolute_url())}">{escape(section.name)}</a>'
        if section
        else ""
    )
    parts.append(f'<p class="card__meta">{date_html(article.published_at)}{section_html}</p>')
    if article.deck:
        parts.append(f'<p class="card__deck">{escape(article.deck)}</p>')
    authors = article.ordered_authors()
    if authors:
        parts.append(f'<p class="card__byline">{byline_html(authors)}</p>')
    parts.append("</article>")
    return mark_safe("\n".join(parts))  # every value escaped above


@register.simple_tag
def cards(articles, heading="h2", hide_section=False) -> SafeString:
    """``{% for article in articles %}{% card article … %}{% endfor %}`` in one tag:
    the same markup without a loop iteration and a tag's arguments resolved per
    card (twenty cards an official's page)."""
    return mark_safe(
        "".join(card(article, heading=heading, hide_section=hide_section) for article in articles)
    )
