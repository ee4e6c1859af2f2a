"""The scorer's arithmetic, and the development set's figures as a floor."""

import pytest

from tests.articles.versions_devset.score import gold_pairs, pairs_of, prf, score_batch


def test_pairs_come_from_groups_and_singletons_make_none():
    gold = {"groups": [{"files": ["a", "b", "c"]}], "singletons": ["d"]}
    assert gold_pairs(gold) == {frozenset(p) for p in (("a", "b"), ("a", "c"), ("b", "c"))}
    predicted = pairs_of({"1": ["a", "b"], "2": ["c", "d"]})
    assert prf(predicted, gold_pairs(gold)) == {
        "pairs_predicted": 2,
        "pairs_gold": 3,
        "pairs_right": 1,
        "precision": 0.5,
        "recall": 0.333,
    }


@pytest.mark.django_db
def test_the_development_batch_keeps_precision_and_recall_above_0_9():
    result = score_batch("b1")
    assert not result["failed_imports"]
    assert result["precision"] >= 0.9 and result["recall"] >= 0.9, result
    # Outlets that copied the release show it in their share.
    high = [row["share"] for row in result["shares"] if row["hint"] == "high"]
    low = [row["share"] for row in result["shares"] if row["hint"] == "low"]
    assert min(high) > max(low)
