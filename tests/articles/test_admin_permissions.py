"""What a reporter can reach in the admin, URL by URL, third-party views included.

Every URL the admin site serves is requested by a Reporteros user with GET and
with a POST that changes data when an editor sends it. A reporter may create
drafts and edit their own drafts; nothing else they send may change a row, and
nothing they do may publish. Another reporter's draft and its revisions stay
unreadable to them.
"""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.urls import URLPattern, URLResolver, reverse
from taggit.models import Tag

from articles.models import Article
from articles.roles import EDITORS, REPORTERS, ROLES
from tests.articles.test_admin_workflow import form_data
from tests.factories import make_article, make_author, make_institution, make_official

pytestmark = pytest.mark.django_db

# What a reporter may do through these URLs: create drafts and authors, and
# change their own password (the probe's old password is wrong anyway).
MAY_CREATE = {"articles_article_add", "people_author_add", "password_change"}
# Redirects and the catch-all: nothing to probe.
UNNAMED = None
OTHER_DRAFT_TITLE = "Borrador reservado de otra reportera"


def staff(username, group):
    user = User.objects.create_user(username, password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def fingerprint() -> dict:
    """Every row of every table, by primary key, except sessions and login times."""
    rows = {}
    for model in apps.get_models():
        if model is Session:
            continue
        pk_name = model._meta.pk.attname
        by_pk = {}
        for row in model.objects.values():
            row.pop("last_login", None)
            by_pk[row[pk_name]] = row
        rows[model._meta.label] = by_pk
    return rows


def changed_rows(before: dict, after: dict) -> list[str]:
    """Labels of tables where a row that existed before was changed or deleted."""
    return [
        label
        for label, old_rows in before.items()
        if any(after[label].get(pk) != row for pk, row in old_rows.items())
    ]


def walk(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            yield pattern


@pytest.fixture
def newsroom(db):
    editor = staff("editora", EDITORS)
    reporter = staff("reportero", REPORTERS)
    colleague = staff("colega", REPORTERS)
    published = make_article(
        title="Nota publicada de la editora", status=Article.Status.PUBLISHED, created_by=editor
    )
    published.tags.add("salud", "imss")
    published.title = "Nota publicada de la editora (corregida)"
    published.save()
    other_draft = make_article(
        title=OTHER_DRAFT_TITLE, status=Article.Status.DRAFT, created_by=colleague
    )
    other_draft.title = OTHER_DRAFT_TITLE + " (segunda versión)"
    other_draft.save()
    official = make_official(name="Laura Méndez Ríos")
    institution = make_institution(name="Instituto Estatal del Agua")
    author = make_author(name="Pedro Luna")
    return {
        "editor": editor,
        "reporter": reporter,
        "colleague": colleague,
        "published": published,
        "other_draft": other_draft,
        "targets": {
            "articles.article": [published, other_draft],
            "articles.section": [published.section] if published.section else [],
            "people.official": [official],
            "people.institution": [institution],
            "people.author": [author],
            "taggit.tag": list(Tag.objects.all()),
            "auth.user": [editor],
            "auth.group": list(Group.objects.all()),
        },
    }


def probe_payload(newsroom, article) -> dict:
    """One POST body that changes data on each kind of admin view when an editor sends it."""
    ids = [str(pk) for pk in Article.objects.values_list("pk", flat=True)]
    return {
        **form_data(article, title="Reescrita por otra persona", status="published"),
        "name": "Renombrado",
        "new_tag_name": "tema-fusionado",
        "post": "yes",
        "ids": ",".join(ids),
        "kind": "official",
        "decision": "reject",
        "old_password": "no-es-la-clave",
        "new_password1": "otra-clave-larga-123",
        "new_password2": "otra-clave-larga-123",
        "password1": "otra-clave-larga-123",
        "password2": "otra-clave-larga-123",
    }


def concrete_urls(newsroom):
    """(url name, url, target object) for every admin URL, filled with real objects."""
    published = newsroom["published"]
    for pattern in walk(admin.site.urls[0]):
        name = pattern.name
        if name is UNNAMED:
            continue
        route = str(pattern.pattern)
        label = ".".join(route.split("/")[:2])
        objects = newsroom["targets"].get(label, [published])
        if name == "articles_article_simple_history":
            for article in newsroom["targets"]["articles.article"]:
                first = article.history.order_by("history_date").first()
                url = reverse(f"admin:{name}", args=[article.pk, first.history_id])
                yield name, url, article
        elif name == "view_on_site":
            content_type = ContentType.objects.get_for_model(Article)
            for article in newsroom["targets"]["articles.article"]:
                yield name, reverse(f"admin:{name}", args=[content_type.pk, article.pk]), article
        elif name == "app_list":
            for app_label in ("articles", "people", "auth", "taggit"):
                yield name, reverse(f"admin:{name}", args=[app_label]), published
        elif "<id>" in route:
            yield name, reverse(f"admin:{name}", kwargs={"id": newsroom["editor"].pk}), published
        elif "object_id" in route:
            for obj in objects:
                yield name, reverse(f"admin:{name}", kwargs={"object_id": obj.pk}), obj
        else:
            yield name, reverse(f"admin:{name}"), published


def changelist_actions(name: str) -> list[str]:
    """Every action of a changelist, as a superuser sees them."""
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if name == f"{opts.app_label}_{opts.model_name}_changelist":
            return [*model_admin.actions, "delete_selected"]
    return []


def reporter_requests(client, newsroom, name, url, target):
    """GET, then POST the probe (once per action on changelists); the last POST's response."""
    client.force_login(newsroom["reporter"])
    client.get(url)
    article = target if isinstance(target, Article) else newsroom["published"]
    payload = probe_payload(newsroom, article)
    actions = changelist_actions(name)
    if not actions:
        client.force_login(newsroom["reporter"])
        return client.post(url, payload)
    for action in actions:
        client.force_login(newsroom["reporter"])
        session = client.session
        session["selected_tag_ids"] = ",".join(str(t.pk) for t in Tag.objects.all())
        session.save()
        model = name.removesuffix("_changelist").split("_", 1)[1]
        pks = newsroom["targets"].get(f"{name.split('_')[0]}.{model}", [])
        client.post(
            url,
            {
                **payload,
                "action": action,
                "_selected_action": [str(obj.pk) for obj in pks],
                "index": "0",
            },
        )


def test_every_admin_url_refuses_a_reporters_changes(client, newsroom):
    urls = list(concrete_urls(newsroom))
    assert len({name for name, _url, _target in urls}) >= 55  # every view is probed
    published_before = set(
        Article.objects.filter(status=Article.Status.PUBLISHED).values_list("pk", flat=True)
    )
    for name, url, target in urls:
        before = fingerprint()
        reporter_requests(client, newsroom, name, url, target)
        after = fingerprint()
        changed = changed_rows(before, after)
        assert not changed, f"{name} {url}: a reporter changed {changed}"
        if name not in MAY_CREATE:
            assert before == after, f"{name} {url}: a reporter added rows"
        published_now = set(
            Article.objects.filter(status=Article.Status.PUBLISHED).values_list("pk", flat=True)
        )
        assert published_now == published_before, f"{name} {url}: a reporter published"


def test_the_probe_changes_data_when_an_editor_sends_it(client, newsroom):
    """The same requests are not harmless in themselves: from an editor they take effect."""
    published = newsroom["published"]
    first = published.history.order_by("history_date").first()
    probes = [
        reverse("admin:articles_article_change", args=[published.pk]),
        reverse("admin:articles_article_simple_history", args=[published.pk, first.history_id]),
    ]
    for url in probes:
        client.force_login(newsroom["editor"])
        published.refresh_from_db()
        payload = probe_payload(newsroom, published)
        payload["title"] = f"Cambio por {url}"
        response = client.post(url, payload)
        assert response.status_code == 302, response.content.decode()[:1500]
        published.refresh_from_db()
        assert published.title == f"Cambio por {url}"
    merge = reverse("admin:taggit_tag_merge_tags")
    session = client.session
    session["selected_tag_ids"] = ",".join(str(t.pk) for t in Tag.objects.all())
    session.save()
    client.post(merge, {"new_tag_name": "tema-fusionado"})
    assert set(published.tags.names()) == {"tema-fusionado"}


def test_reporter_cannot_rewrite_an_article_through_the_revision_form(client, newsroom):
    published = newsroom["published"]
    revision = published.history.order_by("history_date").first()
    url = reverse("admin:articles_article_simple_history", args=[published.pk, revision.history_id])
    client.force_login(newsroom["reporter"])
    response = client.post(url, form_data(published, title="Reescrita", body="Otra cosa."))
    assert response.status_code == 403
    published.refresh_from_db()
    assert published.title == "Nota publicada de la editora (corregida)"
    assert published.status == Article.Status.PUBLISHED


@pytest.mark.parametrize("view", ["history", "compare", "revision", "change", "view_on_site"])
def test_reporter_cannot_read_another_reporters_draft(client, newsroom, view):
    draft = newsroom["other_draft"]
    revision = draft.history.order_by("history_date").first()
    url = {
        "history": reverse("admin:articles_article_history", args=[draft.pk]),
        "compare": reverse("admin:articles_article_compare", args=[draft.pk]),
        "revision": reverse(
            "admin:articles_article_simple_history", args=[draft.pk, revision.history_id]
        ),
        "change": reverse("admin:articles_article_change", args=[draft.pk]),
        "view_on_site": reverse(
            "admin:view_on_site", args=[ContentType.objects.get_for_model(Article).pk, draft.pk]
        ),
    }[view]
    client.force_login(newsroom["reporter"])
    response = client.get(url, follow=True)
    assert OTHER_DRAFT_TITLE not in response.content.decode()


def test_reporter_reads_and_restores_revisions_of_their_own_draft(client, newsroom):
    reporter = newsroom["reporter"]
    draft = make_article(
        title="Mi primer borrador", status=Article.Status.DRAFT, created_by=reporter
    )
    draft.title = "Mi borrador, cambiado"
    draft.save()
    first = draft.history.order_by("history_date").first()
    client.force_login(reporter)
    history = client.get(reverse("admin:articles_article_history", args=[draft.pk]))
    assert history.status_code == 200
    assert "Mi borrador, cambiado" in history.content.decode()
    url = reverse("admin:articles_article_simple_history", args=[draft.pk, first.history_id])
    response = client.post(url, form_data(draft, title="Mi primer borrador", status="published"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Mi primer borrador"
    assert draft.status == Article.Status.DRAFT


def test_migrate_alone_creates_the_editorial_roles(db):
    # The test database was built by `migrate`; nobody ran setup_roles.
    for group_name, codenames in ROLES.items():
        group = Group.objects.get(name=group_name)
        granted = set(group.permissions.values_list("content_type__app_label", "codename"))
        assert granted == set(codenames)
    assert Group.objects.get(name=EDITORS).permissions.filter(codename="publish_article").exists()


@pytest.mark.slow
def test_migrate_again_keeps_one_set_of_roles(scratch_env):
    """scratch_env is a fresh database built by `migrate` in a subprocess; migrate once more."""
    from tests.conftest import manage

    manage(scratch_env, "migrate", "--noinput", "-v", "0")
    script = (
        "from django.contrib.auth.models import Group;"
        "print(sorted((g.name, g.permissions.count()) for g in Group.objects.all()))"
    )
    output = manage(scratch_env, "shell", "-v", "0", "-c", script).stdout.strip()
    expected = sorted((name, len(set(codenames))) for name, codenames in ROLES.items())
    assert output == str(expected)
