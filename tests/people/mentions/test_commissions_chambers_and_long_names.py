"""Council commissions listed after a plural title, court chambers, a legislature named by
its number in an organ's title, locality boards, and a body's short name after its full one.
Sentences invented for these tests.
"""

from people.mentions.lexicon import commission_areas
from people.mentions.store import state_body_forms
from tests.people.mentions.support import found, post

# Council commissions ---------------------------------------------------------------


def test_commissions_listed_are_areas_never_towns():
    assert commission_areas("Hacienda")
    assert commission_areas("Obras Públicas y de Cultura")
    assert commission_areas("Asuntos Jurídicos")
    assert not commission_areas("Villa de Álvarez")
    assert not commission_areas("Salud y Tecomán")


def test_councillors_listed_with_one_commission_each_sit_in_the_articles_council(
    empty_registry,
):
    text = (
        "Tecomán, Col.— El Ayuntamiento de Tecomán aprobó el reglamento de mercados. "
        "Votaron en contra las regidoras de Cultura y de Deporte, Nadia Ochoa Larios y "
        "Irene Pizano Mora."
    )
    extraction = found(empty_registry, text, "MX-COL")
    assert post(extraction, "Nadia Ochoa Larios") == (
        "regidora de Cultura",
        "Ayuntamiento de Tecomán",
    )
    assert post(extraction, "Irene Pizano Mora") == (
        "regidora de Deporte",
        "Ayuntamiento de Tecomán",
    )
    assert extraction.institution_names == {"Ayuntamiento de Tecomán"}


def test_trustees_listed_with_their_areas_are_no_councils_of_their_own(empty_registry):
    text = (
        "Manzanillo, Col.— El Ayuntamiento de Manzanillo recibió la auditoría. Las "
        "síndicas de Hacienda y de Asuntos Jurídicos, Olga Preciado Ruelas y Berta Ceja "
        "Amezcua, firmaron el acta."
    )
    extraction = found(empty_registry, text, "MX-COL")
    assert post(extraction, "Berta Ceja Amezcua") == (
        "síndica de Asuntos Jurídicos",
        "Ayuntamiento de Manzanillo",
    )
    assert not any("Hacienda" in name for name in extraction.institution_names)


# Locality boards -------------------------------------------------------------------


def test_a_locality_board_keeps_its_localitys_name(empty_registry):
    text = (
        "Champotón, Camp.— El Ayuntamiento de Champotón y la Junta Municipal de Seybaplaya "
        "firmaron el convenio. El presidente de la Junta Municipal de Seybaplaya, Elías "
        "Canul Pech, recibió las lanchas."
    )
    extraction = found(empty_registry, text, "MX-CAM")
    assert "Junta Municipal de Seybaplaya" in extraction.institution_names
    assert not any(
        name.endswith("de Champotón") and "Junta" in name for name in extraction.institution_names
    )


# Court chambers --------------------------------------------------------------------


def test_magistrates_with_no_body_sit_in_the_chamber_the_text_names_acting(empty_registry):
    text = (
        "Culiacán, Sin.— La Sala Regional Noroeste del Tribunal de Justicia Administrativa "
        "del Estado de Sinaloa anuló la multa. El fallo fue votado por los magistrados "
        "Ramiro Osuna Lugo y Elvia Quintero Beltrán."
    )
    extraction = found(empty_registry, text, "MX-SIN")
    chamber = "Sala Regional Noroeste del Tribunal de Justicia Administrativa del Estado de Sinaloa"
    assert post(extraction, "Elvia Quintero Beltrán") == ("magistrada", chamber)
    assert chamber in extraction.institution_names


def test_a_chamber_in_a_title_is_part_of_the_title_and_its_holder_the_courts(empty_registry):
    text = (
        "Culiacán, Sin.— La magistrada de la Sala Penal del Tribunal Superior de Justicia "
        "del Estado de Sinaloa, Lidia Armenta Félix, presentó su informe en la Sala de "
        "Juntas del Palacio de Gobierno."
    )
    extraction = found(empty_registry, text, "MX-SIN")
    _role, institution = post(extraction, "Lidia Armenta Félix")
    assert institution == "Tribunal Superior de Justicia del Estado de Sinaloa"
    assert not any(name.startswith("Sala") for name in extraction.institution_names)


# A legislature named by its number -------------------------------------------------


def test_an_organs_title_with_a_numbered_legislature_mentions_it(empty_registry):
    text = (
        "Texcoco, Méx.— La presidenta de la Comisión de Movilidad de la LXII Legislatura, "
        "diputada Sonia Arriaga Nava, pidió ampliar el tren ligero."
    )
    extraction = found(empty_registry, text, "MX-MEX")
    assert post(extraction, "Sonia Arriaga Nava") == (
        "presidenta de la Comisión de Movilidad de la LXII Legislatura",
        "Legislatura del Estado de México",
    )
    assert "Legislatura del Estado de México" in extraction.institution_names


def test_a_legislature_with_a_name_of_its_own_is_also_the_states_congress():
    assert state_body_forms("Legislatura del Estado de México", "MX-MEX") == [
        "Congreso del Estado de México"
    ]


# A body's short name after its full one --------------------------------------------


def test_a_bodys_first_words_after_its_full_name_are_that_body(empty_registry):
    text = (
        "Tepic, Nay.— El adeudo con el Instituto de Pensiones para los Trabajadores al Servicio "
        "del Gobierno del Estado de Nayarit suma 300 millones. Tomás Aldana Roque, director "
        "general del Instituto de Pensiones, pidió un convenio."
    )
    extraction = found(empty_registry, text, "MX-NAY")
    full = (
        "Instituto de Pensiones para los Trabajadores al Servicio del Gobierno del Estado "
        "de Nayarit"
    )
    assert post(extraction, "Tomás Aldana Roque")[1] == full
    assert extraction.institution_names == {full}
