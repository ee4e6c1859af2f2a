"""Rows updated in bulk (newsroom/batching.py), on the suite's database."""

import datetime

import pytest

from articles.story_models import StoryGroup, StoryVersion
from newsroom.batching import update_rows
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def versions(count):
    return [
        StoryVersion.objects.create(article=make_article(title=f"Nota {n}")) for n in range(count)
    ]


def test_every_field_type_is_written_and_nothing_else():
    first, second, untouched = versions(3)
    group = StoryGroup.objects.create()
    first.group, first.day, first.terms, first.share = group, datetime.date(2024, 5, 3), [7, 9], 0.5
    second.release_id, second.text_hash, second.share = first.pk, "abc", 0.25
    untouched.text_hash = "not saved"

    written = update_rows(
        [first, second], ["group", "day", "terms", "share", "release", "text_hash"]
    )

    assert written == 2
    first.refresh_from_db(), second.refresh_from_db(), untouched.refresh_from_db()
    assert (first.group_id, first.day, first.terms, first.share) == (
        group.pk,
        datetime.date(2024, 5, 3),
        [7, 9],
        0.5,
    )
    assert (second.group_id, second.release_id, second.text_hash, second.share) == (
        None,
        first.pk,
        "abc",
        0.25,
    )
    assert untouched.text_hash == ""


def test_a_batch_of_nulls_only_clears_the_column():
    # On PostgreSQL a CASE of NULLs alone reads as text: the cast makes it the column's type.
    rows = versions(3)
    group = StoryGroup.objects.create()
    StoryVersion.objects.update(group=group, share=0.9)
    for row in rows:
        row.group, row.share = None, None

    update_rows(rows, ["group", "share"], batch_size=2)

    assert set(StoryVersion.objects.values_list("group", "share")) == {(None, None)}


def test_nothing_to_write_runs_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert update_rows([], ["group"]) == 0
