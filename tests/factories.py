"""Small factory functions for tests: keyword arguments, sensible defaults.

article = make_article(title="Nota", authors=[make_author(name="Ana")], tags=["salud"])
draft = make_article(status="draft")
undated = make_article(published_at=None)
"""

import datetime
import itertools

from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article, ArticleAuthor, InstitutionMention, OfficialMention, Section
from people import visibility
from people.models import (
    Author,
    EntityStatus,
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
    Position,
)

_counter = itertools.count(1)
_UNSET = object()


def _next() -> int:
    return next(_counter)


def make_section(*, name: str | None = None, slug: str | None = None) -> Section:
    name = name or f"Sección {_next()}"
    return Section.objects.create(name=name, slug=slug or slugify(name))


def make_author(
    *, name: str | None = None, slug: str | None = None, kind: str = Author.Kind.PERSON
) -> Author:
    name = name or f"Autora {_next()}"
    return Author.objects.create(name=name, slug=slug or f"{slugify(name)}-{_next()}", kind=kind)


def make_institution(
    *,
    name: str | None = None,
    slug: str = "",
    acronym: str = "",
    parent: Institution | None = None,
    status: str = EntityStatus.VERIFIED,
    merged_into: Institution | None = None,
    aliases: tuple[str, ...] = (),
) -> Institution:
    institution = Institution.objects.create(
        name=name or f"Secretaría {_next()}",
        slug=slug,
        acronym=acronym,
        parent=parent,
        status=status,
        merged_into=merged_into,
    )
    for alias in aliases:
        InstitutionAlias.objects.create(institution=institution, name=alias)
    return institution


def make_official(
    *,
    name: str | None = None,
    slug: str = "",
    status: str = EntityStatus.VERIFIED,
    merged_into: Official | None = None,
    aliases: tuple[str, ...] = (),
) -> Official:
    official = Official.objects.create(
        name=name or f"Funcionaria {_next()}", slug=slug, status=status, merged_into=merged_into
    )
    for alias in aliases:
        OfficialAlias.objects.create(official=official, name=alias)
    return official


def make_position(
    *,
    official: Official,
    role: str = "Secretaria",
    institution: Institution | None = None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
    status: str = EntityStatus.VERIFIED,
) -> Position:
    return Position.objects.create(
        official=official,
        role=role,
        institution=institution,
        start_date=start_date,
        end_date=end_date,
        status=status,
    )


def make_article(
    *,
    title: str | None = None,
    slug: str | None = None,
    body: str = "Primer párrafo de la nota.\n\nSegundo párrafo.",
    deck: str = "",
    highlights: list[str] | None = None,
    status: str = Article.Status.PUBLISHED,
    published_at=_UNSET,
    section: Section | None = None,
    authors: list[Author] = (),
    tags: list[str] = (),
    officials: list = (),
    institutions: list[Institution] = (),
    **fields,
) -> Article:
    """An article, published an hour ago unless told otherwise.

    ``officials`` holds Officials or ``(official, role, institution)`` tuples.
    Extra keyword arguments are set on the model (source, location, …).
    """
    number = _next()
    title = title or f"Nota de prueba {number}"
    if published_at is _UNSET:
        published_at = timezone.now() - datetime.timedelta(hours=1)
    article = Article.objects.create(
        title=title,
        slug=slug or f"{slugify(title)}-{number}",
        body=body,
        deck=deck,
        highlights=highlights or [],
        status=status,
        published_at=published_at,
        section=section,
        **fields,
    )
    for position, author in enumerate(authors):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.add(*tags)
    for item in officials:
        official, role, institution = item if isinstance(item, tuple) else (item, "", None)
        OfficialMention.objects.create(
            article=article, official=official, role=role, institution=institution
        )
    for institution in institutions:
        InstitutionMention.objects.create(article=article, institution=institution)
    # As every write path does: when what it links becomes public.
    visibility.articles_changed([article.pk])
    return article
