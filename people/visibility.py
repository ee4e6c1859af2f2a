"""When each official, institution and post first showed in a published article.

A discovered entity (or post) is public once a published, live article shows
it. Asking that per request meant probing every discovered row's links and
their articles (120–230 ms per official, institution and officials-index page
at 100,000 articles), so the answer is stored: ``public_since`` is the
earliest ``published_at`` among the *published* articles that link the row
(``UNDATED`` for an undated one, which is live as soon as it is published),
or NULL when none does. The rule (``public_entity_q``) then compares it with
the clock, so a scheduled article still makes its entities public exactly at
its time, with no job to run.

Every write that can change the answer calls ``refresh`` (recompute for the
rows it touched) or ``lower_for_new_links`` (links just added to new
articles): the linker, an article's save and delete, merging, rejecting and
deleting entities. Migrations fill every row with ``fill_public_since`` and
``copy_article_state(None)``; the tests compare the stored answer with the
rule computed from the links after each kind of write.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db.models import DateTimeField, Exists, IntegerField, Min, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Least

from newsroom.batching import chunked, update_rows

# Stands for "published with no date": earlier than any dated article.
UNDATED = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)
PUBLISHED = "published"  # Article.Status.PUBLISHED (people cannot import articles.models)


class _Models:
    """The models involved, from the live registry or a migration's."""

    def __init__(self, apps=global_apps):
        self.official = apps.get_model("people", "Official")
        self.institution = apps.get_model("people", "Institution")
        self.position = apps.get_model("people", "Position")
        self.official_mention = apps.get_model("people", "OfficialMention")
        self.institution_mention = apps.get_model("people", "InstitutionMention")
        self.evidence = apps.get_model("people", "PositionEvidence")


def _first_shown(link_model, fk: str) -> Subquery:
    """The earliest moment a published article linked the outer row through ``fk``."""
    links = link_model.objects.filter(**{fk: OuterRef("pk")}, article__status=PUBLISHED)
    moment = Coalesce("article__published_at", Value(UNDATED), output_field=DateTimeField())
    return Subquery(
        links.order_by().values(fk).annotate(first=Min(moment)).values("first")[:1],
        output_field=DateTimeField(),
    )


def _earliest(*values):
    """LEAST that skips NULLs on every database (SQLite's is NULL if any argument is)."""
    if len(values) == 1:
        return values[0]
    return Least(
        *(
            Coalesce(value, *(other for j, other in enumerate(values) if j != i))
            for i, value in enumerate(values)
        ),
        output_field=DateTimeField(),
    )


def _sources(m: _Models):
    """Per model, the link tables (and their foreign key) that can make a row public."""
    return (
        (m.official, ((m.official_mention, "official"),)),
        (
            m.institution,
            # Named by itself, or as the institution of an official's role in the article.
            ((m.institution_mention, "institution"), (m.official_mention, "institution")),
        ),
        (m.position, ((m.evidence, "position"),)),
    )


def refresh(
    officials: Iterable[int] = (),
    institutions: Iterable[int] = (),
    positions: Iterable[int] = (),
    *,
    apps=global_apps,
) -> None:
    """Recompute ``public_since`` of these rows from their links."""
    m = _Models(apps)
    wanted = (set(officials) - {None}, set(institutions) - {None}, set(positions) - {None})
    for (model, links), ids in zip(_sources(m), wanted, strict=True):
        if ids:
            first = _earliest(*(_first_shown(link, fk) for link, fk in links))
            for chunk in chunked(sorted(ids)):
                model.objects.filter(pk__in=chunk).update(public_since=first)


def fill_public_since(*, apps=global_apps) -> None:
    """Recompute ``public_since`` of every row (migration 0006)."""
    m = _Models(apps)
    for model, links in _sources(m):
        first = _earliest(*(_first_shown(link, fk) for link, fk in links))
        model.objects.update(public_since=first)


def lower_for_new_links(firsts: tuple[dict, dict, dict], *, apps=global_apps) -> None:
    """Links were only added: move ``public_since`` earlier where they say so.

    ``firsts``: for the officials, institutions and posts the new links show,
    the earliest moment a *published* new article shows each (``UNDATED`` for
    an undated one). The linker knows them from what it just wrote, so nothing
    is read back but the stored moments of those rows: recomputing them per
    entity over its links made a PostgreSQL import of 100,000 files spend
    seconds per batch on the entities thousands of articles mention.
    """
    m = _Models(apps)
    for (model, _links), earliest in zip(_sources(m), firsts, strict=True):
        moved = []
        for chunk in chunked(sorted(earliest)):
            for pk, current in model.objects.filter(pk__in=chunk).values_list("pk", "public_since"):
                if current is None or earliest[pk] < current:
                    moved.append(model(pk=pk, public_since=earliest[pk]))
        update_rows(moved, ["public_since"])


def linked_to(
    article_ids: Iterable[int], *, apps=global_apps, published_only: bool = False
) -> tuple[set, set, set]:
    """The officials, institutions and posts these articles link (one query per 500)."""
    m = _Models(apps)
    article_ids = sorted(set(article_ids))
    officials, institutions, positions = set(), set(), set()
    also = {"article__status": PUBLISHED} if published_only else {}
    none = Value(None, output_field=IntegerField())
    for chunk in chunked(article_ids):
        # (kind, id, institution id): 1 an official and his role's institution,
        # 2 an institution, 3 a post.
        rows = (
            m.official_mention.objects.filter(article_id__in=chunk, **also)
            .order_by()
            .values_list(Value(1), "official_id", "institution_id")
            .union(
                m.institution_mention.objects.filter(article_id__in=chunk, **also)
                .order_by()
                .values_list(Value(2), "institution_id", none),
                m.evidence.objects.filter(article_id__in=chunk, **also)
                .order_by()
                .values_list(Value(3), "position_id", none),
                all=True,
            )
        )
        for kind, pk, institution_id in rows:
            if kind == 1:
                officials.add(pk)
                institutions.add(institution_id)
            elif kind == 2:
                institutions.add(pk)
            else:
                positions.add(pk)
    institutions.discard(None)
    return officials, institutions, positions


def articles_changed(article_ids: Iterable[int]) -> None:
    """An article's status or date may have changed: copy them to its links, refresh."""
    article_ids = sorted(set(article_ids))
    copy_article_state(article_ids)
    refresh_for_articles(article_ids)


# The tables that carry a copy of their article's state (people.models.ArticleLink).
LINK_MODELS = ("PositionEvidence", "OfficialMention", "InstitutionMention")


def copy_article_state(
    article_ids: Iterable[int] | None, *, apps=global_apps, link_models=LINK_MODELS
) -> None:
    """Each link row's ``article_published``/``published_at`` from its article (None: all)."""
    article = apps.get_model("articles", "Article").objects.filter(pk=OuterRef("article_id"))
    values = {
        "article_published": Exists(article.filter(status=PUBLISHED)),
        "published_at": Subquery(article.values("published_at")[:1]),
    }
    for name in link_models:
        model = apps.get_model("people", name)
        if article_ids is None:
            model.objects.update(**values)
            continue
        for chunk in chunked(sorted(set(article_ids))):
            model.objects.filter(article_id__in=chunk).update(**values)


def refresh_for_articles(article_ids: Iterable[int]) -> None:
    """Recompute the rows these articles link."""
    refresh(*linked_to(article_ids))


def note_roles_of_deleted(sender, instance, **kwargs) -> None:
    """pre_delete of an Official: remember the institutions his mentions showed."""
    instance._roles_at = set(
        _Models()
        .official_mention.objects.filter(official_id=instance.pk)
        .values_list("institution_id", flat=True)
    )


def refresh_roles_of_deleted(sender, instance, **kwargs) -> None:
    """post_delete of an Official: those institutions may have lost their only article."""
    refresh(institutions=getattr(instance, "_roles_at", ()))
