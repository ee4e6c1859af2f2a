"""Every version of a story, through the importer, the editors' decisions and the page."""

import datetime
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import story_grouping, story_text
from articles.importing.pipeline import import_paths
from articles.models import Article
from articles.story_models import StoryGroup, StoryVersion
from tests.articles.test_admin_workflow import form_data
from tests.factories import make_article, make_institution, make_official

pytestmark = pytest.mark.django_db

CASES = Path(__file__).parent / "story_versions"


def group_of(article: Article):
    return StoryVersion.objects.get(article=article).group_id


def test_the_outlet_story_and_the_imss_press_release_are_versions_of_one_story(imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    assert group_of(story) is not None
    assert group_of(story) == group_of(release)
    version = StoryVersion.objects.get(article=story)
    assert version.release_id == release.pk
    # The outlet rewrote the conference: a small but real part of its words.
    assert 0.05 <= version.share <= 0.5
    assert StoryVersion.objects.get(article=release).share is None


def test_an_import_stores_the_workers_signatures_and_does_not_compute_them_again(
    people_registry, seed_dir, monkeypatch
):
    """The signatures are computed in the workers, where the text is in memory, and
    stored with each batch: the regrouping at the end of the run reads them back."""
    recomputed = []
    refresh = story_grouping.refresh_signatures

    def recording(ids, **kwargs):
        ids = list(ids)
        recomputed.extend(ids)
        return refresh(ids, **kwargs)

    monkeypatch.setattr(story_grouping, "refresh_signatures", recording)
    report = import_paths([seed_dir])
    assert not report.failed
    imported = list(Article.objects.filter(source_file__isnull=False))
    assert len(imported) == 5
    assert recomputed == []  # none computed again at the end of the run
    for article in imported:  # each stored as its text and mentioned names give it
        names = [m.official.name for m in article.official_mentions.all()]
        names += [
            n
            for m in article.institution_mentions.all()
            for n in (m.institution.name, m.institution.acronym)
        ]
        expected = story_text.article_signature(
            title=article.title,
            deck=article.deck,
            highlights=article.highlights,
            body_html=article.body_html,
            names=names,
        )
        version = StoryVersion.objects.get(article=article)
        assert (version.text_hash, version.terms) == (expected.text_hash, expected.terms)
    # ...and the seeds' two versions of the IMSS conference are grouped from them.
    by_file = {a.source_file[:3]: a for a in imported}
    assert group_of(by_file["003"]) is not None
    assert group_of(by_file["003"]) == group_of(by_file["004"])


def test_a_batch_that_rolls_back_forgets_the_signatures_it_stored():
    from articles.importing.identity import ImportState

    state = ImportState()
    state.signed += [1, 2]
    checkpoint = state.checkpoint()
    state.signed += [3, 4]
    state.restore(checkpoint)
    assert state.signed == [1, 2]


def test_the_other_imss_stories_of_the_seeds_stay_apart(imported_seeds):
    grouped = StoryVersion.objects.filter(group__isnull=False)
    assert set(grouped.values_list("article__source_file", flat=True)) == {
        imported_seeds["003"].source_file,
        imported_seeds["004"].source_file,
    }
    assert StoryGroup.objects.count() == 1


def test_both_pages_link_to_each_other_with_the_shared_text(client, imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    share = round(StoryVersion.objects.get(article=story).share * 100)

    page = client.get(story.get_absolute_url()).content.decode()
    assert "Otras versiones" in page
    assert release.get_absolute_url() in page
    assert f"{share}% del texto de esta nota proviene del boletín" in page
    assert "Boletín · Instituto Mexicano del Seguro Social" in page  # the issuer, above it

    page = client.get(release.get_absolute_url()).content.decode()
    assert "Otras versiones" in page
    assert story.get_absolute_url() in page
    assert "El Ciudadano" in page
    assert f"{share}% de su texto proviene de este boletín" in page


def test_a_page_without_versions_has_no_such_block(client, imported_seeds):
    page = client.get(imported_seeds["000"].get_absolute_url()).content.decode()
    assert "Otras versiones" not in page


def test_drafts_are_never_listed_as_versions(client, imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    Article.objects.filter(pk=release.pk).update(status=Article.Status.DRAFT)
    page = client.get(story.get_absolute_url()).content.decode()
    assert release.get_absolute_url() not in page
    assert "Otras versiones" not in page
    assert story_grouping.other_versions(story) == []


def test_the_versions_block_costs_one_query(django_assert_num_queries, imported_seeds):
    # Loaded as the article page loads it: with its place in the grouping.
    story = Article.objects.select_related("story").get(pk=imported_seeds["003"].pk)
    with django_assert_num_queries(1):
        versions = story_grouping.other_versions(story)
        assert [v.article.pk for v in versions] == [imported_seeds["004"].pk]
        assert versions[0].share is not None and versions[0].outlet


def test_an_article_in_no_group_costs_no_query(django_assert_num_queries, imported_seeds):
    lonely = Article.objects.select_related("story").get(pk=imported_seeds["000"].pk)
    with django_assert_num_queries(0):
        assert story_grouping.other_versions(lonely) == []
    # Loaded without it, one small query finds its place.
    lonely = Article.objects.get(pk=imported_seeds["000"].pk)
    with django_assert_num_queries(1):
        assert story_grouping.other_versions(lonely) == []


def test_the_article_page_with_versions_adds_one_query(client, imported_seeds):
    story, lonely = imported_seeds["003"], imported_seeds["000"]
    # Warm what is loaded once per process, and each page's related-coverage counts
    # (kept in the cache: articles.related).
    client.get(lonely.get_absolute_url())
    client.get(story.get_absolute_url())
    with CaptureQueriesContext(connection) as without:
        client.get(lonely.get_absolute_url())
    with CaptureQueriesContext(connection) as with_versions:
        response = client.get(story.get_absolute_url())
    assert "Otras versiones" in response.content.decode()
    # One query lists the published versions; an article in no group needs none.
    assert len(with_versions) == len(without) + 1


def test_an_editor_split_survives_reimport_and_regrouping(imported_seeds, seed_dir):
    story, release = imported_seeds["003"], imported_seeds["004"]
    story_grouping.split(story)
    assert group_of(story) is None and group_of(release) is None

    story_grouping.regroup(Article.objects.values_list("pk", flat=True))
    assert group_of(story) is None

    # The outlet's file changes: it is re-imported and regrouped, still apart.
    path = next(seed_dir.glob("003_*"))
    path.write_text(path.read_text(encoding="utf-8") + "\n\nCon información de agencias.\n")
    report = import_paths([seed_dir])
    assert report.counts()["updated"] == 1
    assert group_of(story) is None


def test_an_editor_join_survives_regrouping(imported_seeds):
    first, second = imported_seeds["000"], imported_seeds["001"]
    story_grouping.join([first, second])
    assert group_of(first) is not None and group_of(first) == group_of(second)
    story_grouping.regroup(Article.objects.values_list("pk", flat=True))
    assert group_of(first) == group_of(second)
    # The automatic group of 003 and 004 is untouched.
    assert group_of(imported_seeds["003"]) == group_of(imported_seeds["004"])
    assert group_of(imported_seeds["003"]) != group_of(first)


def test_joining_again_what_an_editor_split(imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    story_grouping.split(story)
    story_grouping.join([story, release])
    assert group_of(story) == group_of(release) is not None


def test_template_press_releases_of_one_office_are_not_versions(people_registry, tmp_path):
    folder = tmp_path / "lote"
    shutil.copytree(CASES, folder)
    report = import_paths([folder])
    assert not report.failed, report.as_dict()
    by_file = {Path(a.source_file).name: a for a in Article.objects.all()}
    vaccination = by_file["boletin-ssz-vacunacion-fresnillo.txt"]
    dialysis = by_file["boletin-ssz-hemodialisis-jerez.txt"]
    rewrite = by_file["nota-vacunacion-fresnillo.md"]
    assert vaccination.source_format == Article.SourceFormat.PRESS_RELEASE
    assert dialysis.source_format == Article.SourceFormat.PRESS_RELEASE
    assert group_of(vaccination) is not None
    assert group_of(rewrite) == group_of(vaccination)
    assert group_of(dialysis) is None
    assert StoryVersion.objects.get(article=rewrite).release_id == vaccination.pk


def test_an_admin_save_regroups_after_the_commit(
    admin_client, imported_seeds, django_capture_on_commit_callbacks
):
    story = imported_seeds["003"]
    story_grouping.split(story)
    StoryVersion.objects.filter(article=story).delete()
    url = reverse("admin:articles_article_change", args=[story.pk])
    story.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, form_data(story, title=story.title))
    assert response.status_code == 302, response.content.decode()[:1000]
    # The signature is back; the editor's split still holds.
    assert StoryVersion.objects.get(article=story).terms
    assert group_of(story) is None


STORIES = (
    "Brigadas de descacharrización, nebulización y abatización contra el dengue en Mérida",
    "Nueva unidad de hemodiálisis y nefrología en Valladolid con doce máquinas",
    "Fertilizante gratuito para jornaleros del maíz en los Altos de Jalisco",
    "Menonitas y ejidatarios discuten los pozos del acuífero de Cuauhtémoc",
)


def test_new_groups_are_written_in_one_statement():
    articles = [
        make_article(title=story, body=body)
        for story in STORIES
        for body in (f"{story}.", f"{story}, según el informe del día.")
    ]
    with CaptureQueriesContext(connection) as captured:
        story_grouping.regroup([a.pk for a in articles])
    groups = {group_of(a) for a in articles}
    assert None not in groups and len(groups) == len(STORIES)
    for first, second in zip(articles[::2], articles[1::2], strict=True):
        assert group_of(first) == group_of(second)
    table = StoryGroup._meta.db_table
    inserts = [q for q in captured if q["sql"].upper().startswith(f'INSERT INTO "{table}"'.upper())]
    assert len(inserts) == 1


def test_regrouping_a_whole_sparse_archive_costs_the_statements_of_one_chunk():
    start = timezone.now() - datetime.timedelta(days=60)
    spread = [
        make_article(published_at=start + datetime.timedelta(days=day)) for day in range(0, 60, 2)
    ]
    single = make_article(published_at=start - datetime.timedelta(days=400))
    with CaptureQueriesContext(connection) as one:
        story_grouping.regroup([single.pk])
    with CaptureQueriesContext(connection) as many:
        story_grouping.regroup([a.pk for a in spread])
    # Thirty articles two days apart, every one touched: one window, one
    # transaction (their groups and shares written in a few more statements).
    assert StoryGroup.objects.exists()
    assert len(many) <= len(one) + 5, [q["sql"][:80] for q in many]


def test_regroup_versions_rebuilds_the_groups_of_an_upgraded_archive(imported_seeds):
    # An archive imported before versions existed has no groups: the command
    # gives it the same ones an import would.
    story, release = imported_seeds["003"], imported_seeds["004"]
    StoryVersion.objects.all().delete()
    StoryGroup.objects.all().delete()

    out = StringIO()
    call_command("regroup_versions", stdout=out)

    assert group_of(story) is not None and group_of(story) == group_of(release)
    assert str(Article.objects.count()) in out.getvalue()


@pytest.mark.parametrize("many_chunks", [0, 10_000], ids=["run-index", "per-chunk-query"])
def test_an_archived_undated_version_joins_a_dated_story_in_a_large_run(many_chunks, monkeypatch):
    # A large run (many dated chunks) reads the undated articles' entities
    # once instead of per chunk; both ways find the same undated version.
    monkeypatch.setattr(story_grouping, "MANY_CHUNKS", many_chunks)
    official = make_official(name="Rosaura Quintanilla Ibarra")
    story = STORIES[3]
    undated = make_article(
        title=story, body=f"{story}, dijo la funcionaria.", published_at=None, officials=[official]
    )
    story_grouping.regroup([undated.pk])  # archived before the run, alone
    assert group_of(undated) is None
    start = timezone.now() - datetime.timedelta(days=40)
    dated = make_article(
        title=story, body=f"{story}, según el informe.", published_at=start, officials=[official]
    )
    others = [
        make_article(title=title, published_at=start + datetime.timedelta(days=8 * (i + 1)))
        for i, title in enumerate(STORIES[:3])
    ]
    story_grouping.regroup([dated.pk, *(a.pk for a in others)])
    assert group_of(dated) is not None and group_of(dated) == group_of(undated)
    assert all(group_of(a) is None for a in others)


def test_an_entity_every_article_names_finds_no_undated_neighbours(monkeypatch):
    # The IMSS in an IMSS office's archive tells no story apart: an undated article
    # is compared with those sharing its rarer entities only.
    monkeypatch.setattr(story_grouping, "COMMON_POSTINGS", 3)
    common = make_institution(name="Instituto Mexicano del Seguro Social")
    rare = make_official(name="Rosaura Quintanilla Ibarra")
    story = STORIES[1]
    for i in range(3):
        make_article(title=f"Otra nota {i}", institutions=[common], published_at=None)
    by_rare = make_article(
        title=story, body=f"{story}.", published_at=None, officials=[rare], institutions=[]
    )
    by_common_only = make_article(
        title=story, body=f"{story}.", published_at=None, institutions=[common]
    )
    story_grouping.regroup(list(Article.objects.values_list("pk", flat=True)))
    StoryVersion.objects.update(group=None)
    StoryGroup.objects.all().delete()
    undated = make_article(
        title=story,
        body=f"{story}, dijo la funcionaria.",
        published_at=None,
        officials=[rare],
        institutions=[common],
    )
    story_grouping.regroup([undated.pk])
    assert group_of(undated) is not None and group_of(undated) == group_of(by_rare)
    assert group_of(by_common_only) is None


def test_undated_chunks_read_each_stored_signature_once(monkeypatch):
    # Undated articles are regrouped a few at a time with those sharing their
    # entities; two stories' neighbourhoods alternate here. A signature read
    # back from the database is kept packed for the rest of the call, not read
    # and decoded from JSON again each time its neighbourhood comes back.
    monkeypatch.setattr(story_grouping, "UNDATED_CHUNK", 1)
    first, second = (
        make_official(name="Rosaura Quintanilla Ibarra"),
        make_official(name="Eustolio Garduño Pineda"),
    )
    articles = []
    for i in range(3):
        for official, story in ((first, STORIES[0]), (second, STORIES[1])):
            articles.append(
                make_article(
                    title=story,
                    body=f"{story}, versión {i}.",
                    published_at=None,
                    officials=[official],
                )
            )
    ids = [a.pk for a in articles]
    story_grouping.regroup(ids)  # stores the signatures
    table = StoryVersion._meta.db_table
    with CaptureQueriesContext(connection) as captured:
        story_grouping.regroup(ids, stored=set(ids))
    reads = [
        q["sql"]
        for q in captured
        if q["sql"].upper().startswith("SELECT") and f'"{table}"."terms"' in q["sql"]
    ]
    assert len(reads) == 2, reads
    assert len({group_of(a) for a in articles[::2]}) == 1
    assert len({group_of(a) for a in articles[1::2]}) == 1
