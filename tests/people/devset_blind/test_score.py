"""The blind dev-set scorer counts what it says (a test of the scorer, not of the figures)."""

import pytest

from people.mentions import Registry, link_articles
from tests.people.conftest import make_article
from tests.people.devset_blind.score import Tally, role_restates_post, role_right, score_article

pytestmark = pytest.mark.django_db


def test_role_is_compared_loosely():
    assert role_right("La Secretaria de Salud", "secretaria de salud")
    assert role_right("diputada local", "diputada local, presidenta de la Comisión de Salud")
    assert not role_right("Regidora", "síndica municipal")
    assert not role_right("", "regidora")


def test_one_article_matched_and_one_missed():
    found = make_article(
        body="La gobernadora Ana Pérez López inauguró ayer el puente con vecinos de la zona."
    )
    missed = make_article(body="Vecinos de la colonia cerraron la calle durante la mañana.")
    link_articles([found, missed], registry=Registry.load())
    gold_found = {
        "officials": [
            {
                "name": "Ana Pérez López",
                "gender": "f",
                "role": "gobernadora",
                "institution": "",
                "kind": "no_comma",
            }
        ],
        "institutions": [],
        "traps": [],
    }
    gold_missed = {
        "officials": [
            {
                "name": "Luis Gómez Ruiz",
                "gender": "m",
                "role": "regidor",
                "institution": "",
                "kind": "apposition",
            }
        ],
        "institutions": [],
        "traps": ["Ana Pérez López (trampa de prueba)"],
    }

    total = Tally()
    total.add(score_article("found", found, gold_found))
    total.add(score_article("missed", missed, gold_missed))

    figures = total.figures()
    assert figures["official precision"] == "1.00 (1/1)"
    assert figures["official recall"] == "0.50 (1/2)"
    assert figures["roles right"] == "1.00 (1/1)"
    assert figures["recall women"] == "1.00 (1/1)"
    assert figures["recall men"] == "0.00 (0/1)"
    assert figures["traps linked"] == "0"
    assert "missed: FN official Luis Gómez Ruiz (apposition)" in total.misses


def test_a_role_that_restates_its_body_or_place_is_the_same_post():
    town = {"Ayuntamiento de San Blas Atempa"}
    assert role_restates_post(
        "presidenta municipal de San Blas Atempa", "presidenta municipal", town
    )
    assert role_restates_post(
        "Presidenta Municipal", "presidenta municipal de San Blas Atempa", town
    )
    # A role cut short is not the same post, nor is a place that is not the body's.
    assert not role_restates_post(
        "director", "director de Afiliación y Cobranza", {"Instituto Mexicano del Seguro Social"}
    )
    assert not role_restates_post("regidora de Tlacolula", "regidora", town)


def test_held_out_report_prints_the_overall_column_only():
    from tests.people.devset_blind.score import report

    one, other = (
        Tally(official_tp=3, official_predicted=3),
        Tally(official_tp=1, official_predicted=2),
    )
    printed = report(
        {"linker-q/b1": one, "linker-r/b1": other}, registry="empty", verbose=False, per_batch=False
    )
    assert "linker-" not in printed
    assert "| official precision | 0.80 (4/5) |" in printed


def test_a_unit_named_with_the_gold_body_as_its_parent_is_counted_apart():
    from tests.people.devset_blind.score import unit_of

    faculty = {"facultad de ingenieria de la universidad autonoma de yucatan"}
    assert unit_of(faculty, {"universidad autonoma de yucatan", "uady"})
    assert not unit_of({"universidad autonoma de yucatan"}, {"facultad de ingenieria"})
    assert not unit_of({"secretaria de salud de sonora"}, {"secretaria de salud"})
