"""Merging topics: what taggit's admin action does, for the articles' own tag table.

taggit's merge view moves rows of its generic ``TaggedItem`` table only; the
articles' topics live in ``ArticleTag`` (with the copies of their article's
state), so the admin calls this instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from taggit.models import Tag

from articles.models import ArticleTag
from newsroom.batching import chunked
from newsroom.caching import content_changed


def merge_tags(tag_ids: Iterable[int], new_name: str) -> Tag:
    """Every article under one of ``tag_ids`` is put under the tag ``new_name``
    (created when missing) instead; an article under several keeps one row.
    The old tags stay, with no articles (taggit's behaviour)."""
    new_tag, _created = Tag.objects.get_or_create(name=new_name)
    moving = ArticleTag.objects.filter(tag_id__in=list(tag_ids)).exclude(tag=new_tag)
    with transaction.atomic():
        rows = list(moving.order_by("pk").values_list("pk", "content_object_id"))
        articles = {article_id for _pk, article_id in rows}
        # The pages of the old and the new topics, read before and after the move.
        content_changed(articles=articles)
        tagged = set(
            ArticleTag.objects.filter(tag=new_tag, content_object_id__in=articles).values_list(
                "content_object_id", flat=True
            )
        )
        keep, drop = [], []
        for pk, article_id in rows:
            (drop if article_id in tagged else keep).append(pk)
            tagged.add(article_id)
        for chunk in chunked(drop):
            ArticleTag.objects.filter(pk__in=chunk).delete()
        for chunk in chunked(keep):
            ArticleTag.objects.filter(pk__in=chunk).update(tag=new_tag)
    return new_tag
