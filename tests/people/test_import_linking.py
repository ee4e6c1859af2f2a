"""The importer extracts mentions in its worker processes: the links must be the same.

Workers extract with the registry as it was when they were forked; what the writer
learns later (entities discovered by other windows) is caught in the writer, so an
import with workers links exactly what a one-process import links, and groups the
same versions of a story from the same signatures (made in the writer once the links
are known, from the words the workers counted).
"""

import pytest
from django.core.management import call_command
from django.db import transaction

from articles.importing.pipeline import import_paths
from articles.models import InstitutionMention, OfficialMention
from articles.story_models import StoryVersion
from people.mentions import linking
from people.models import Institution, Official, Position
from tests.conftest import PEOPLE_FIXTURE
from tests.people.conftest import DEVSET_FILES

pytestmark = pytest.mark.django_db


def archive(root, copies=3):
    """Every dev-set file ``copies`` times (each copy a different file), so the
    entities one window discovers come back in later windows."""
    root.mkdir()
    for n in range(copies):
        for path in DEVSET_FILES:
            text = path.read_text(encoding="utf-8").rstrip("\n")
            target = root / f"{n}-{path.name}"
            target.write_text(f"{text}\n\nArchivo {n}.\n", encoding="utf-8")
    return root


def snapshot():
    def name(entity):
        return entity.name if entity is not None else ""

    def official_mention(m):
        return (m.article.source_file, m.official.name, m.count, m.snippet, m.role)

    return {
        "officials": sorted(Official.objects.values_list("name", "status", "evidence")),
        "institutions": sorted(
            Institution.objects.values_list("name", "status", "jurisdiction", "acronym")
        ),
        "positions": sorted(
            (
                p.official.name,
                name(p.institution),
                p.role,
                p.area,
                str(p.start_date),
                str(p.end_date),
                p.source_article.source_file if p.source_article else "",
            )
            for p in Position.objects.select_related("official", "institution", "source_article")
        ),
        "official_mentions": sorted(
            (*official_mention(m), name(m.institution))
            for m in OfficialMention.objects.select_related("article", "official", "institution")
        ),
        "institution_mentions": sorted(
            (m.article.source_file, m.institution.name, m.count, m.snippet)
            for m in InstitutionMention.objects.select_related("article", "institution")
        ),
        "story_versions": sorted(
            (v.article.source_file, v.text_hash, str(v.terms), v.release and v.release.source_file)
            for v in StoryVersion.objects.select_related("article", "release")
        ),
        "story_groups": sorted(
            sorted(v.article.source_file for v in versions)
            for versions in _by_group(StoryVersion.objects.select_related("article")).values()
        ),
    }


def _by_group(versions):
    groups = {}
    for version in versions:
        if version.group_id is not None:
            groups.setdefault(version.group_id, []).append(version)
    return groups


@pytest.mark.parametrize("with_fixture", [False, True], ids=["empty-registry", "fixture"])
def test_workers_link_what_one_process_links(tmp_path, monkeypatch, with_fixture):
    if with_fixture:
        call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    tree = archive(tmp_path / "archivo")
    with transaction.atomic():
        alone = import_paths([tree], workers=0, batch_size=10)
        expected = snapshot()
        transaction.set_rollback(True)
    assert alone.counts()["created"] == 3 * len(DEVSET_FILES)
    assert expected["officials"] and expected["official_mentions"]

    handed = []
    plan = linking._Linker.plan

    def counting_plan(self, article, extraction=None):
        handed.append(extraction is not None)
        return plan(self, article, extraction)

    monkeypatch.setattr(linking._Linker, "plan", counting_plan)
    report = import_paths([tree], workers=2, batch_size=10)
    assert report.counts() == alone.counts()
    assert snapshot() == expected
    # The workers did extract: every window but the first (parsed here) and the last.
    assert sum(handed) >= len(handed) - 20
