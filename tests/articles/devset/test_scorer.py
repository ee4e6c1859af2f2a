"""The dev-set scorer itself: a file that matches its gold scores right, one that doesn't, wrong.

The dev-set figures are not asserted anywhere: they are measured with `make devset`.
"""

from datetime import date

import yaml

from tests.articles.devset.score import score_batches

SOURCE = """\
---
title: "Abre sus puertas el nuevo mercado municipal"
date: 2024-01-10
author: "Ana López Ruiz"
categories: [Economía]
---

Los comerciantes del centro estrenaron este miércoles el nuevo mercado municipal.

La obra costó 12 millones de pesos y tiene 80 locales. {filler}

El mercado abrirá todos los días de siete a siete.
""".format(filler="Los locatarios pagarán una renta mensual fija durante el primer año. " * 8)

RIGHT = {
    "readable": True,
    "family": "jekyll",
    "title": "Abre sus puertas el nuevo mercado municipal",
    "date": date(2024, 1, 10),
    "published": True,
    "bylines": ["Ana López Ruiz"],
    "source": None,
    "section": "Economía",
    "body_first_words": "Los comerciantes del centro estrenaron este miércoles el",
    "body_last_words": "abrirá todos los días de siete a siete.",
    "must_keep": ["La obra costó 12 millones de pesos y tiene 80 locales."],
    "boilerplate": ["Síguenos en redes sociales"],
    "photo_credit": None,
}

WRONG = RIGHT | {
    "title": "Abre sus puertas el nuevo mercado",
    "date": date(2024, 1, 11),
    "published": False,
    "bylines": ["Ana López"],
    "source": "El Vigía Regio",
    "section": "Política",
    "body_first_words": "El mercado abrirá todos los días de siete",
    "body_last_words": "Los comerciantes del centro estrenaron este miércoles el",
    "must_keep": ["La obra costó 15 millones de pesos y tiene 80 locales."],
    "boilerplate": ["El mercado abrirá todos los días"],
    "photo_credit": "Especial",
}


def test_scorer_tells_a_matching_file_from_a_mismatching_one(tmp_path):
    batch = tmp_path / "set" / "b1"
    batch.mkdir(parents=True)
    for name, gold in (("right", RIGHT), ("wrong", WRONG)):
        (batch / f"2024-01-10-{name}.md").write_text(SOURCE, encoding="utf-8")
        gold_text = yaml.safe_dump(gold, allow_unicode=True)
        (batch / f"2024-01-10-{name}.gold.yaml").write_text(gold_text, encoding="utf-8")

    scores, mismatches = score_batches(tmp_path, ["set/b1"])

    tallies = scores["set/b1"].tallies
    assert scores["set/b1"].files == 2
    assert (tallies["imported"].hits, tallies["imported"].total) == (2, 2)
    wrong = {row["field"] for row in mismatches if row["file"].endswith("wrong.md")}
    assert wrong == {
        "title",
        "date",
        "published",
        "kept_draft",  # gold says draft, the file publishes: published by accident
        "bylines",
        "source",
        "section",
        "body_first",
        "deck_first",
        "body_last",
        "must_keep",
        "boilerplate",
        "photo_credit",
    }
    assert not [row for row in mismatches if row["file"].endswith("right.md")]
    # Only the wrong file's gold is a draft: the one check, missed.
    assert (tallies["kept_draft"].hits, tallies["kept_draft"].total) == (0, 1)
    for metric in wrong - {"photo_credit", "kept_draft"}:  # the right file expects no credit
        assert (tallies[metric].hits, tallies[metric].total) == (1, 2), metric
    assert (tallies["photo_credit"].hits, tallies["photo_credit"].total) == (0, 1)
    assert (tallies["no_credit"].hits, tallies["no_credit"].total) == (1, 1)
    assert scores["set/b1"].leaks == 1


def test_held_out_run_prints_the_total_and_no_batch(capsys):
    from tests.articles.devset.score import DEVSET, HELD_OUT, all_batches, main

    assert all((DEVSET / batch).is_dir() for batch in HELD_OUT)
    assert not set(HELD_OUT) & set(all_batches(DEVSET))
    assert main(["--held-out"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("held out")
    assert "importer-" not in printed
