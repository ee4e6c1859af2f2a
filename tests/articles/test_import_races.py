"""An editor saving in the admin while imports update the same article: no edit lost.

Two real processes against a scratch database of their own: one imports a
file whose text keeps changing, the other saves the article through the
admin's change form, each as fast as it can. Every save the admin accepted
must survive in the revisions, and once an editor's save is in, no import may
write over it (the import reports the article as edited instead).
"""

import json
import subprocess
import sys
import time

import pytest

from tests.conftest import ON_POSTGRES, ROOT, manage

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ON_POSTGRES, reason="row locks matter where writers run in parallel"),
]

EDITOR_SAVES = 3  # the editor keeps trying until this many saves got in
PATIENCE = 120  # seconds; a run this long proves nothing and fails

SOURCE = (
    "---\ntitle: Cierran la carretera a Jerez por obras\nauthor: REDACCION\n---\n\n"
    "La Secretaría de Obras Públicas cerró la carretera a Jerez.\n\nVersión {n} del boletín.\n"
)

DJANGO = """
import os, sys, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()
"""

START = """
import random, time
from pathlib import Path
go, done = Path(sys.argv[1]), Path(sys.argv[1] + ".done")
first = Path(sys.argv[1] + ".first")  # the importer has written once
while not go.exists():
    time.sleep(0.01)
deadline = time.monotonic() + {patience}
"""

IMPORTER = """
import json, sys
from pathlib import Path
from articles.importing.pipeline import import_paths
folder = Path(sys.argv[2])
OVERWRITE = False
statuses = []
n = after = 0
while after < 3 and time.monotonic() < deadline:
    n += 1
    after += done.exists()
    (folder / "nota.md").write_text({source!r}.format(n=n), encoding="utf-8")
    report = import_paths([folder], workers=0, overwrite_edited=OVERWRITE)
    statuses.append(report.outcomes[0].status)
    first.touch()
    time.sleep(random.uniform(0, 0.5))  # a busy newsroom that still lets an editor in
print(json.dumps(statuses))
"""

EDITOR = """
import json, sys
from django.contrib.auth.models import User
from django.test import Client
from articles.models import Article
client = Client()
client.force_login(User.objects.get(username="editora"))
article = Article.objects.get()
url = f"/admin/articles/article/{{article.pk}}/change/"
accepted, refused = [], []
n = 0
# The editor starts once an import has written, so the run always interleaves
# (an editor faster than the first import left every import "skipped").
while not first.exists() and time.monotonic() < deadline:
    time.sleep(0.01)
while len(accepted) < {saves} and time.monotonic() < deadline:
    n += 1
    # A form opened just now: the narrowest window, where only row locks help.
    version, body = Article.objects.values_list("version", "body").get(pk=article.pk)
    marker = f"Nota de la editora {{n}}."
    response = client.post(url, {{
        "title": "Cierran la carretera a Jerez por obras", "slug": article.slug,
        "deck": "", "highlights": "", "body": body + "\\n\\n" + marker,
        "status": "published", "section": "", "location": "", "source": "", "tags": "",
        "lead_image_url": "", "lead_image_credit": "", "media_links": "",
        "loaded_version": version,
        **{{f"{{p}}-{{k}}": "0" for p in ("article_authors", "official_mentions",
            "institution_mentions", "corrections") for k in ("TOTAL_FORMS", "INITIAL_FORMS")}},
    }})
    (accepted if response.status_code == 302 else refused).append(marker)
done.touch()
print(json.dumps({{"accepted": accepted, "refused": refused}}))
"""

REVISIONS = """
import json
from articles.models import Article
article = Article.objects.get()
rows = article.history.order_by("history_date", "history_id").values_list(
    "history_user__username", "body")
print(json.dumps({"revisions": list(rows), "body": article.body}))
"""


def last_json_line(output: str):
    return json.loads(output.strip().splitlines()[-1])


def test_an_editors_saves_survive_concurrent_imports(scratch_env, tmp_path):
    folder = tmp_path / "boletines"
    folder.mkdir()
    (folder / "nota.md").write_text(SOURCE.format(n=0), encoding="utf-8")
    manage(scratch_env, "import_articles", str(folder), "--workers", "0")
    manage(
        scratch_env,
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        "User.objects.create_superuser('editora', password='clave-segura-123')",
    )

    def start(script, *args):
        return subprocess.Popen(
            [sys.executable, "-c", DJANGO + START.format(patience=PATIENCE) + script, *args],
            cwd=ROOT,
            env=scratch_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    go = tmp_path / "go"
    importer = start(IMPORTER.format(source=SOURCE), str(go), str(folder))
    editor = start(EDITOR.format(saves=EDITOR_SAVES), str(go))
    time.sleep(3)  # both have started Django and wait at the line
    go.touch()
    imported_out, imported_err = importer.communicate(timeout=PATIENCE + 60)
    statuses = last_json_line(imported_out)
    edited_out, edited_err = editor.communicate(timeout=PATIENCE + 60)
    assert importer.returncode == 0, imported_err
    assert editor.returncode == 0, edited_err
    edits = last_json_line(edited_out)
    history = last_json_line(manage(scratch_env, "shell", "-c", REVISIONS).stdout)

    assert len(edits["accepted"]) == EDITOR_SAVES, edits
    revisions = history["revisions"]
    saved_markers = [m for m in edits["accepted"] if any(m in body for _, body in revisions)]
    assert saved_markers == edits["accepted"], "an accepted save left no revision"
    first_edit = next(i for i, (user, _) in enumerate(revisions) if user == "editora")
    assert all(user == "editora" for user, _ in revisions[first_edit:]), (
        "an import wrote over an editor's save"
    )
    assert edits["accepted"][-1] in history["body"]
    # The run really interleaved: imports wrote, and imports ran after an editor's save.
    assert "updated" in statuses and "skipped" in statuses, (statuses, edits)
