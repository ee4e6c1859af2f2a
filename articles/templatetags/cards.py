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
``card__byline``); everything printed is escaped by ``format_html``.
"""

from django import template
from django.utils.html import format_html
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
    return format_html('<time datetime="{}">{}</time>', iso(value), spanish_date(value))


@register.simple_tag(name="byline")
def byline_html(authors) -> SafeString:
    """ "Por A, B y C", each a link to the author's page; nothing without authors."""
    if not authors:
        return mark_safe("")
    links = [format_html('<a href="{}">{}</a>', a.get_absolute_url(), a.name) for a in authors]
    if len(links) > 1:
        names = format_html("{} y {}", mark_safe(", ".join(links[:-1])), links[-1])
    else:
        names = links[0]
    return format_html('<span class="byline">Por {}</span>', names)


@register.simple_tag
def card(article, heading="h2", hide_section=False, image_loading="lazy"):
    heading = heading if heading in HEADINGS else "h2"
    parts = ['<article class="card">']
    if has_picture(article):
        image = picture(article, sizes=CARD_SIZES, loading=image_loading or "lazy")
        parts.append(format_html('<div class="card__image">{}</div>', image))
    parts.append(
        format_html(
            '<{0} class="card__title"><a href="{1}">{2}</a></{0}>',
            mark_safe(heading),
            article.get_absolute_url(),
            article.title,
        )
    )
    section = article.section if not hide_section else None
    section_html = (
        format_html(' · <a href="{}">{}</a>', section.get_absolute_url(), section.name)
        if section
        else ""
    )
    parts.append(
        format_html('<p class="card__meta">{}{}</p>', date_html(article.published_at), section_html)
    )
    if article.deck:
        parts.append(format_html('<p class="card__deck">{}</p>', article.deck))
    authors = article.ordered_authors()
    if authors:
        parts.append(format_html('<p class="card__byline">{}</p>', byline_html(authors)))
    parts.append("</article>")
    return mark_safe("\n".join(str(part) for part in parts))
