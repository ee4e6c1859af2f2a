"""Precision and recall over the dev set, with an empty registry and with the fixture.

Every file is imported through the importer's parser and linked in name order,
so what an article discovers links in the next ones (as in a real archive import).
"""

import pytest
from django.core.management import call_command

from people.mentions import Registry, link_articles
from tests.conftest import PEOPLE_FIXTURE
from tests.people.conftest import DEVSET_FILES, article_from_source, gold_for
from tests.people.evaluation import evaluate

pytestmark = pytest.mark.django_db

MIN_PRECISION = 0.95
MIN_RECALL = 0.90


def run_devset(*, with_fixture: bool):
    if with_fixture:
        call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    articles = [(path.name, article_from_source(path), gold_for(path)) for path in DEVSET_FILES]
    link_articles([a for _, a, _ in articles], registry=Registry.load())
    return evaluate(articles)


def report(label, officials, institutions):
    print(f"\n[{label}] {len(DEVSET_FILES)} files")
    print(officials.line("  officials   "))
    print(institutions.line("  institutions"))
    for line in officials.false_positives + institutions.false_positives:
        print("   FP", line)
    for line in officials.false_negatives + institutions.false_negatives:
        print("   FN", line)


def test_devset_has_enough_annotated_files():
    assert len(DEVSET_FILES) >= 30
    formats = {path.suffix for path in DEVSET_FILES}
    assert formats == {".md", ".txt"}
    for path in DEVSET_FILES:
        assert path.with_suffix(".yaml").exists(), path.name


@pytest.mark.parametrize("with_fixture", [False, True], ids=["empty-registry", "fixture"])
def test_devset_precision_and_recall(with_fixture):
    officials, institutions = run_devset(with_fixture=with_fixture)
    report("fixture" if with_fixture else "empty registry", officials, institutions)
    assert officials.precision >= MIN_PRECISION
    assert officials.recall >= MIN_RECALL
    assert institutions.precision >= MIN_PRECISION
    assert institutions.recall >= MIN_RECALL
