"""Two imports at once over overlapping trees, on PostgreSQL: no deadlock, no twin entities.

Two real processes import, at the same moment and in small batches, a shared
folder plus one folder of their own, against a scratch database. The files
name the same new (discovered) officials and institutions over and over, so
both processes meet them in the same seconds. Both runs must finish without a
failure, every file must be one article, every discovered official and
institution must exist once, and every article must be linked to each one its
text names.
"""

import json
import random
import subprocess
import sys
import time

import pytest

from tests.conftest import ON_POSTGRES, ROOT, manage

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ON_POSTGRES, reason="writers run in parallel only on PostgreSQL"),
]

PATIENCE = 240  # seconds per import process

# Invented bodies and people (not in fixtures/people.json): each import discovers them.
INSTITUTIONS = [
    "Coordinación Estatal de Protección Ambiental",
    "Instituto de Energías Limpias del Altiplano",
    "Comisión Estatal de Caminos Rurales",
    "Instituto Estatal de Pesca Ribereña",
    "Coordinación Estatal de Bibliotecas Móviles",
    "Comisión Estatal de Semillas Criollas",
]
OFFICIALS = [
    ("Ramiro Ezequiel Villalpando Ortega", 0),
    ("Anselmo Jacinto Berumen Lozoya", 1),
    ("Rosaura Delfina Cabrales Ibarra", 2),
    ("Fausto Leonel Arteaga Quiñones", 3),
    ("Herminia Yolanda Tiscareño Pámanes", 4),
    ("Celestino Abundio Marrufo Zamudio", 5),
]

NOTE = """---
title: "{title}"
date: 2024-0{month}-1{day} 10:00:00 -0600
author: Redacción
---

La {institution} informó este lunes que su titular, {official}, recorrió la zona con
productores de la región.

En un segundo recorrido, el {other_official} acudió a la sede de la {other_institution}.

Nota {n} de la serie {series}.
"""

IMPORTER = """
import json, os, sys, time
from pathlib import Path
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()
from articles.importing.pipeline import import_paths
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.01)
report = import_paths(sys.argv[2:], batch_size=4, workers=1)
print(json.dumps(report.counts()))
print(json.dumps([o.as_dict() for o in report.outcomes if o.status == "failed"]))
"""

FACTS = """
import json
from django.db.models import Count
from articles.models import Article
from people.models import Institution, Official
names = lambda model: list(
    model.objects.filter(status="discovered").values("name")
    .annotate(n=Count("id")).filter(n__gt=1).values_list("name", flat=True))
links = {}
for article in Article.objects.prefetch_related("officials", "institutions"):
    links[article.source_path] = {
        "officials": sorted(o.name for o in article.officials.all()),
        "institutions": sorted(i.name for i in article.institutions.all()),
    }
print(json.dumps({
    "articles": Article.objects.count(),
    "twin_officials": names(Official),
    "twin_institutions": names(Institution),
    "links": links,
}))
"""


def write_tree(folder, series: str, count: int, rng: random.Random) -> dict[str, tuple]:
    """``count`` notes under ``folder``; returns path -> (officials, institutions) named."""
    folder.mkdir(parents=True)
    named = {}
    for n in range(count):
        first, second = rng.sample(range(len(OFFICIALS)), 2)
        official, inst = OFFICIALS[first]
        other_official, other_inst = OFFICIALS[second]
        text = NOTE.format(
            title=f"Recorrido {series} {n}: {INSTITUTIONS[inst]}",
            month=1 + n % 9,
            day=n % 10,
            institution=INSTITUTIONS[inst],
            official=official,
            other_official=f"director de la {INSTITUTIONS[other_inst]}, {other_official},",
            other_institution=INSTITUTIONS[other_inst],
            n=n,
            series=series,
        )
        path = folder / f"nota-{n:03d}.md"
        path.write_text(text, encoding="utf-8")
        named[str(path.resolve())] = (
            sorted({official, other_official}),
            sorted({INSTITUTIONS[inst], INSTITUTIONS[other_inst]}),
        )
    return named


def last_lines(output: str, count: int) -> list:
    return [json.loads(line) for line in output.strip().splitlines()[-count:]]


def test_two_concurrent_imports_neither_deadlock_nor_duplicate_entities(scratch_env, tmp_path):
    rng = random.Random(11)
    named = {}
    named.update(write_tree(tmp_path / "comun", "común", 60, rng))
    named.update(write_tree(tmp_path / "uno", "uno", 40, rng))
    named.update(write_tree(tmp_path / "dos", "dos", 40, rng))
    go = tmp_path / "go"

    def start(*folders):
        return subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(go), *map(str, folders)],
            cwd=ROOT,
            env=scratch_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    first = start(tmp_path / "comun", tmp_path / "uno")
    second = start(tmp_path / "dos", tmp_path / "comun")
    time.sleep(3)  # both have started Django and wait at the line
    go.touch()
    results = []
    for process in (first, second):
        out, err = process.communicate(timeout=PATIENCE)
        assert process.returncode == 0, err
        assert "deadlock" not in err.lower(), err
        results.append(last_lines(out, 2))
    for counts, failures in results:
        assert failures == [], failures
        assert counts["failed"] == 0, counts
    # Each shared file was created by one process and found unchanged by the other.
    created = sum(counts["created"] for counts, _f in results)
    assert created == len(named)

    facts = json.loads(manage(scratch_env, "shell", "-c", FACTS).stdout.strip().splitlines()[-1])
    assert facts["articles"] == len(named)
    assert facts["twin_officials"] == []
    assert facts["twin_institutions"] == []
    for path, (officials, institutions) in named.items():
        linked = facts["links"][path]
        # The linker may complete a name ("… de Zacatecas"); each named one is linked.
        for name in officials:
            assert any(o.startswith(name) for o in linked["officials"]), (path, name, linked)
        for name in institutions:
            assert any(i.startswith(name) for i in linked["institutions"]), (path, name, linked)
