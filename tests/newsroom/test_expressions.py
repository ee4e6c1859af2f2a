"""Expressions the ORM lacks (newsroom/expressions.py), on the suite's database."""

import pytest

from articles.models import Article
from newsroom.expressions import Constant
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_constant_is_written_into_the_sql_and_still_compares():
    make_article(title="Publicada")
    make_article(title="Borrador", status=Article.Status.DRAFT)
    query = Article.objects.filter(status=Constant("published"))
    sql, params = query.query.sql_with_params()
    assert "'published'" in sql and "published" not in [str(p) for p in params]
    assert [a.title for a in query] == ["Publicada"]


@pytest.mark.parametrize("value", ["published' OR '1'='1", "a b", "", "dos;"])
def test_only_plain_words_can_be_constants(value):
    with pytest.raises(ValueError):
        Constant(value)
