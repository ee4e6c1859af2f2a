"""The stored ``public_since`` and the link rows' copies of their article's state stay
true after every kind of write.

``reference()`` is the publishing rule computed the slow way, from the link
tables and ``Article.objects.published()`` at this moment; ``public()`` reads
the stored first moment. After each write path (the linker, an editor's save
and unlink, publishing, unpublishing, deleting, scheduling and the clock
reaching the time, merging, rejecting, deleting an official, importing and
re-importing a file) both must name the same officials, institutions and posts.
"""

import datetime

import pytest
from django.db.models import Q
from django.utils import timezone

from articles.importing.pipeline import import_paths
from articles.models import Article, ArticleAuthor, ArticleTag
from people import visibility
from people.mentions import Registry, link_article
from people.mentions.linking import link_edited_article
from people.mentions.review import merge, reject
from people.models import (
    EntityStatus,
    Institution,
    InstitutionMention,
    Official,
    OfficialMention,
    Position,
    PositionEvidence,
)
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

BODY = (
    "La directora del Instituto Estatal de Pesca y Acuacultura, Mariana Ochoa Ruiz, "
    "anunció la veda del camarón.\n\n"
    "El regidor Tomás Anaya Lugo pidió apoyos para los pescadores."
)
OTHER = "El secretario de Turismo, Abel Nieto Carrasco, inauguró la feria de Mazatlán."


def reference(model) -> set[int]:
    """Public the slow way: registered, or discovered and shown by a live article."""
    live = Article.objects.published().values("pk")
    if model is Position:
        shown = PositionEvidence.objects.filter(article__in=live).values("position")
        rule = Q(status=EntityStatus.VERIFIED) | Q(status=EntityStatus.DISCOVERED, pk__in=shown)
        return set(Position.objects.filter(rule).values_list("pk", flat=True))
    if model is Official:
        shown = OfficialMention.objects.filter(article__in=live).values("official")
        by_link = Q(pk__in=shown)
    else:
        by_link = Q(
            pk__in=InstitutionMention.objects.filter(article__in=live).values("institution")
        ) | Q(pk__in=OfficialMention.objects.filter(article__in=live).values("institution"))
    rule = Q(status=EntityStatus.VERIFIED) | (Q(status=EntityStatus.DISCOVERED) & by_link)
    return set(model.objects.filter(rule, merged_into__isnull=True).values_list("pk", flat=True))


def stored(model) -> set[int]:
    return set(model.objects.public().values_list("pk", flat=True))


def assert_stored_rule_holds():
    for model in (Official, Institution, Position):
        assert stored(model) == reference(model), model.__name__
    # Each link row (post evidence, mentions, bylines, topics) carries its article's
    # state as it is now.
    links = (PositionEvidence, OfficialMention, InstitutionMention, ArticleAuthor, ArticleTag)
    for model in links:
        article_field = "content_object" if model is ArticleTag else "article"
        for link in model.objects.select_related(article_field):
            article = link.article
            published = article.status == Article.Status.PUBLISHED
            assert (link.article_published, link.published_at) == (
                published,
                article.published_at,
            ), (model.__name__, link.pk)


def names(model) -> set[str]:
    if model is Position:
        return {str(p) for p in Position.objects.public()}
    return set(model.objects.public().values_list("name", flat=True))


def linked(body, **fields):
    article = make_article(body=body, **fields)
    link_article(article, registry=Registry.load())
    return article


def test_publishing_unpublishing_and_deleting(db):
    draft = linked(
        BODY,
        status=Article.Status.DRAFT,
        authors=[make_author(name="Rosa Ibarra")],
        tags=["pesca"],
    )
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)
    discovered = Official.objects.filter(name="Mariana Ochoa Ruiz", status="discovered")
    assert discovered.exists()  # what the test is about: a discovered official

    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" in names(Official)
    assert names(Position)  # her post, shown by a live article

    draft.status = Article.Status.DRAFT
    draft.save()
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)

    draft.status = Article.Status.PUBLISHED
    draft.save()
    draft.delete()
    assert_stored_rule_holds()
    assert not discovered.filter(public_since__isnull=False).exists()


def test_bulk_delete_hides_what_only_those_articles_showed(db):
    first, second = linked(BODY), linked(OTHER)
    assert {"Mariana Ochoa Ruiz", "Abel Nieto Carrasco"} <= names(Official)
    Article.objects.filter(pk=first.pk).delete()
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)
    assert "Abel Nieto Carrasco" in names(Official)
    del second


def test_a_scheduled_article_makes_its_entities_public_when_the_clock_reaches_it(db, time_machine):
    going_live = timezone.now() + datetime.timedelta(days=2)
    linked(BODY, published_at=going_live)
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)
    time_machine.move_to(going_live + datetime.timedelta(seconds=1))
    assert_stored_rule_holds()  # nothing was written: the clock alone
    assert "Mariana Ochoa Ruiz" in names(Official)


def test_an_earlier_article_moves_the_moment_back_and_a_later_one_does_not(db):
    later = linked(BODY, published_at=timezone.now() - datetime.timedelta(hours=1))
    official = Official.objects.get(name="Mariana Ochoa Ruiz")
    first_seen = Official.objects.get(pk=official.pk).public_since
    assert first_seen == later.published_at
    earlier = linked(BODY, published_at=timezone.now() - datetime.timedelta(days=400))
    assert Official.objects.get(pk=official.pk).public_since == earlier.published_at
    linked(BODY, published_at=None)  # undated archive article: public at once
    assert Official.objects.get(pk=official.pk).public_since < earlier.published_at
    assert_stored_rule_holds()


def test_an_edit_that_drops_a_name_and_an_editor_unlinking(db):
    article = linked(BODY + "\n\n" + OTHER)
    assert {"Mariana Ochoa Ruiz", "Abel Nieto Carrasco"} <= names(Official)
    article.body = OTHER
    article.save()
    link_edited_article(article)
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)

    # The admin: what it linked before the inlines change, then the editor's removal.
    (mention,) = OfficialMention.objects.filter(article=article)
    before = visibility.linked_to([article.pk])
    mention.delete()
    link_edited_article(article, removed=[mention], linked_before=before)
    assert_stored_rule_holds()
    assert "Abel Nieto Carrasco" not in names(Official)


def test_merging_rejecting_and_deleting_officials(db):
    linked(BODY)
    shown = Official.objects.get(name="Mariana Ochoa Ruiz")
    unseen = Official.objects.create(name="Mariana Ochoa", status=EntityStatus.DISCOVERED)
    assert_stored_rule_holds()
    merge(shown, unseen)
    assert_stored_rule_holds()
    assert "Mariana Ochoa" in names(Official)

    institutions_before = names(Institution)
    reject([Official.objects.get(name="Mariana Ochoa")])
    assert_stored_rule_holds()
    assert names(Institution) <= institutions_before

    linked(OTHER)
    Official.objects.filter(name="Abel Nieto Carrasco").delete()
    assert_stored_rule_holds()


def test_importing_and_reimporting_a_file_as_a_draft(db, tmp_path):
    path = tmp_path / "nota.md"
    front = (
        '---\ntitle: "Veda del camarón"\nauthor: Rosa Ibarra\ntags: [pesca]\n'
        "date: 2024-03-05\n{extra}---\n\n"
    )
    path.write_text(front.format(extra="") + BODY, encoding="utf-8")
    import_paths([tmp_path])
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" in names(Official)

    path.write_text(front.format(extra="published: false\n") + BODY, encoding="utf-8")
    import_paths([tmp_path])
    assert Article.objects.get().status == Article.Status.DRAFT
    assert ArticleAuthor.objects.filter(author__name="Rosa Ibarra").exists()
    assert ArticleTag.objects.filter(tag__name="pesca").exists()
    assert_stored_rule_holds()
    assert "Mariana Ochoa Ruiz" not in names(Official)
