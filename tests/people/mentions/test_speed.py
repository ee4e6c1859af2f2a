"""How fast extraction and linking are. Prints the figures; fails only when far off.

Budgets are loose on purpose (shared CI machines): the figures printed with
``pytest -s`` are what to read.
"""

import random
import time

import pytest
from django.core.management import call_command

from articles.models import Article
from people.mentions import Registry, extract_mentions, link_article, link_articles
from people.mentions.lexicon import words
from tests.people.conftest import DEVSET_FILES, SEED_FILES, make_article, parse_source


def big_registry(fixture_data, n_officials=3000, n_institutions=1500):
    """The fixture plus thousands of invented names: a registry of ~6,000 aliases."""
    rng = random.Random(7)
    given = words("Juan María José Ana Luis Laura Carlos Rosa Jorge Elena Pedro Sofía Miguel")
    surnames = words(
        "García Hernández Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz "
        "Flores Gómez Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza "
        "Aguilar Ortiz Moreno Castillo Romero Álvarez Méndez Chávez Rivera Juárez Ramos"
    )
    institutions = [
        {
            "id": n,
            "name": r["name"],
            "acronym": r.get("acronym", ""),
            "jurisdiction": r.get("jurisdiction", ""),
            "aliases": r.get("aliases", []),
            "name_auto_link": r.get("name_auto_link", True),
        }
        for n, r in enumerate(fixture_data["institutions"], start=1)
    ]
    institutions += [
        {
            "id": 1000 + k,
            "name": f"Instituto {rng.choice(surnames)} de Estudios {k}",
            "aliases": [f"IE{k:04d}"],
        }
        for k in range(n_institutions)
    ]
    officials = [
        {"id": n, "name": r["name"], "aliases": r.get("aliases", [])}
        for n, r in enumerate(fixture_data["officials"], start=1)
    ]
    officials += [
        {"id": 10000 + k, "name": " ".join([rng.choice(given), *rng.sample(surnames, 2)])}
        for k in range(n_officials)
    ]
    return Registry.from_records(institutions=institutions, officials=officials)


def texts():
    parsed = [parse_source(p) for p in SEED_FILES + DEVSET_FILES]
    return [(p.title, p.deck, p.highlights, p.body) for p in parsed]


def per_article(function, items, rounds):
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for item in items:
            function(item)
        best = min(best, (time.process_time() - started) / len(items))
    return best


def test_extraction_cost(fixture_registry_data):
    registry = big_registry(fixture_registry_data)
    items = texts()
    size = sum(len(t[0]) + len(t[1]) + sum(map(len, t[2])) + len(t[3]) for t in items) / len(items)
    cost = per_article(lambda t: extract_mentions(*t, registry=registry), items, rounds=3)
    print(
        f"\nextraction: {cost * 1e3:.3f} ms per article (average {size:.0f} characters, "
        f"registry of {len(registry)} aliases)"
    )
    assert cost < 0.005  # 5 ms: only catches a pathological regression


@pytest.mark.django_db
def test_link_article_and_relink_throughput(people_registry):
    registry = Registry.load()
    items = texts()
    articles = [
        make_article(title=t[0], deck=t[1], highlights=list(t[2]), body=t[3]) for t in items
    ]
    link_articles(articles, registry=registry)  # discoveries happen once
    cost = per_article(lambda a: link_article(a, registry=registry), articles, rounds=2)
    print(f"\nlink_article: {cost * 1e3:.3f} ms per article (already linked, CPU time)")

    copies = []
    for n in range(600):
        t = items[n % len(items)]
        copies.append(
            Article(title=t[0], deck=t[1], highlights=list(t[2]), body=t[3], slug=f"copia-{n}")
        )
    Article.objects.bulk_create(copies)
    total = Article.objects.count()
    for label in ("first link", "relink"):
        wall, cpu = time.perf_counter(), time.process_time()
        call_command("relink_mentions", verbosity=0)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"relink_mentions ({label}): {total} articles in {wall:.2f} s wall = "
            f"{total / wall:.0f} articles/s ({total / cpu:.0f}/s of CPU)"
        )
    assert cost < 0.05
