"""Round l11 (issue 12): a title that names no body, in an article that names two bodies
of the kind the title sits in, one of them of another state ("desde Yucatán, la
magistrada presidenta del Tribunal de Yucatán, …"): the holder sits in the article's
state's body. A federal deputy named by "el diputado" alone sits in the one chamber the
article names when it names no state legislature. Sentences invented for these tests.
"""

from tests.people.mentions.support import found, post

_TWO_COURTS = (
    "Campeche, Campeche.- Las lluvias anegaron el archivo del Tribunal Superior de Justicia "
    "del Estado de Campeche. Desde Mérida, el magistrado presidente del Tribunal Superior "
    "de Justicia del Estado de Yucatán, Ramiro Euán Canché, ofreció equipo de cómputo. "
    "La magistrada presidenta, Leonor Pacheco Uc, dijo que las audiencias seguirán en "
    "línea. El exmagistrado presidente Efraín Chablé Pech pidió reubicar el archivo."
)


def test_a_bare_magistrate_sits_in_the_court_of_the_articles_state(empty_registry):
    extraction = found(empty_registry, _TWO_COURTS, "MX-CAM")
    court = "Tribunal Superior de Justicia del Estado de Campeche"
    assert post(extraction, "Leonor Pacheco Uc")[1] == court
    assert post(extraction, "Efraín Chablé Pech")[1] == court


def test_the_other_states_magistrate_keeps_the_court_his_title_names(empty_registry):
    extraction = found(empty_registry, _TWO_COURTS, "MX-CAM")
    yucatan = "Tribunal Superior de Justicia del Estado de Yucatán"
    assert post(extraction, "Ramiro Euán Canché")[1] == yucatan


def test_two_courts_of_other_states_give_a_bare_magistrate_none(empty_registry):
    extraction = found(
        empty_registry,
        "Campeche, Campeche.- El Tribunal Superior de Justicia del Estado de Yucatán y el "
        "Tribunal Superior de Justicia del Estado de Tabasco firmaron un convenio. La "
        "magistrada presidenta, Leonor Pacheco Uc, lo celebró.",
        "MX-CAM",
    )
    assert post(extraction, "Leonor Pacheco Uc")[1] in ("", None, "-")
