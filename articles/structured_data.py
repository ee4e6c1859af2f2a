"""schema.org JSON-LD for the public pages, as plain dicts for ``{{ json_ld|ld_json }}``.

The article page carries a ``NewsArticle`` whose ``mentions`` are the
linked officials (``Person`` with ``jobTitle`` and ``worksFor``) and
institutions (``GovernmentOrganization``); official and institution pages
carry their own ``Person`` and ``GovernmentOrganization``; the home page a
``WebSite`` with its search action.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.timezone import localtime

from articles.shared_image import SharedImage, shared_image
from people.models import Author

CONTEXT = "https://schema.org"
LANGUAGE = "es-MX"


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def publisher() -> dict:
    return {"@type": "NewsMediaOrganization", "name": settings.SITE_NAME, "url": absolute("/")}


def website() -> dict:
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": absolute("/"),
        "inLanguage": LANGUAGE,
        "publisher": publisher(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute(reverse("articles:search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def organization_node(institution) -> dict:
    node = {
        "@type": "GovernmentOrganization",
        "name": institution.name,
        "url": absolute(institution.get_absolute_url()),
    }
    if institution.acronym:
        node["alternateName"] = institution.acronym
    return node


def person_node(official, *, role: str = "", institution=None) -> dict:
    node = {"@type": "Person", "name": official.name, "url": absolute(official.get_absolute_url())}
    if role:
        node["jobTitle"] = role
    if institution is not None:
        node["worksFor"] = organization_node(institution)
    return node


def author_node(author: Author) -> dict:
    return {
        "@type": "Person" if author.kind == Author.Kind.PERSON else "Organization",
        "name": author.name,
        "url": absolute(author.get_absolute_url()),
    }


def image_node(image: SharedImage) -> dict | str:
    """An ``ImageObject`` with its size for a library image; an external address as it is."""
    if image.width is None:
        return image.url
    node = {
        "@type": "ImageObject",
        "url": image.url,
        "contentUrl": image.url,
        "width": image.width,
        "height": image.height,
    }
    if image.credit:
        node["creditText"] = image.credit
    return node


def news_article(article, authors) -> dict:
    """Needs with_related(), with_mentions() and selectors.attach_links()."""
    url = absolute(article.get_absolute_url())
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": LANGUAGE,
        "isAccessibleForFree": True,
        "publisher": publisher(),
    }
    if article.deck:
        data["description"] = article.deck
    if article.published_at:
        data["datePublished"] = localtime(article.published_at).isoformat()
        data["dateModified"] = localtime(max(article.updated_at, article.published_at)).isoformat()
    image = shared_image(article)
    if image is not None:
        data["image"] = [image_node(image)]
    # Without a byline, the outlet or issuer (a wire, a press release) is the author.
    data["author"] = [author_node(a) for a in authors] or [
        {"@type": "Organization", "name": article.source or settings.SITE_NAME}
    ]
    if article.section_id:
        data["articleSection"] = article.section.name
    keywords = sorted(tag.name for tag in article.topics())
    if keywords:
        data["keywords"] = keywords
    mentions = [
        person_node(link.official, role=link.role, institution=link.institution)
        for link in article.linked_officials
    ] + [organization_node(institution) for institution in article.linked_institutions]
    if mentions:
        data["mentions"] = mentions
    return data


def official_person(official, *, positions, other_names) -> dict:
    """The official's page: current posts first (``positions``, Position rows)."""
    data = {"@context": CONTEXT, **person_node(official)}
    if other_names:
        data["alternateName"] = list(other_names)
    if positions:
        current = positions[0]
        data["jobTitle"] = current.role
        employers = []
        for position in positions:
            if position.institution is not None and position.institution not in employers:
                employers.append(position.institution)
        if employers:
            nodes = [organization_node(i) for i in employers]
            data["worksFor"] = nodes[0] if len(nodes) == 1 else nodes
    return data


def government_organization(institution, *, parent=None, children=(), other_names=()) -> dict:
    data = {"@context": CONTEXT, **organization_node(institution)}
    names = [n for n in [institution.acronym, *other_names] if n]
    if names:
        data["alternateName"] = list(dict.fromkeys(names))
    if parent is not None:
        data["parentOrganization"] = organization_node(parent)
    if children:
        data["subOrganization"] = [organization_node(child) for child in children]
    return data
