"""Shapes of the linker-bm round (the northern press): a nickname in quotes inside a name
('Rubén "el Chino" Ortega Díaz') is no part of it; a capitalised common word after a
particle ("de la Fuente", "del Monte") is a surname; a rank opening a sentence before the
name ("Contralmirante X Y, director …") is not the name's first word; "en su carácter de"
links a name to its post as "en su calidad de" does; "quien apenas el lunes rindió protesta
como …"; a region after a post's area ("… de Salud de Durango en la Región Laguna, X"); an
acronym after "y del" is another body ("la Guardia Nacional y del INM"). Sentences invented
for these tests.
"""

import pytest

from people.mentions.names import without_nickname
from tests.people.mentions.support import found


@pytest.mark.parametrize(
    ("text", "state", "name", "role"),
    [
        (
            'El alcalde de Colima, Rubén "el Chino" Ortega Díaz, anunció obras.',
            "MX-COL",
            "Rubén Ortega Díaz",
            "alcalde de Colima",
        ),
        (
            "La presidenta municipal de Zapopan, Laura Isabel “Lalis” Méndez Ruiz, pidió calma.",
            "MX-JAL",
            "Laura Isabel Méndez Ruiz",
            "presidenta municipal de Zapopan",
        ),
        (
            "Héctor «el Profe» Amaya Lugo, alcalde de Hermosillo, inauguró el parque.",
            "MX-SON",
            "Héctor Amaya Lugo",
            "alcalde de Hermosillo",
        ),
    ],
)
def test_a_nickname_in_quotes_is_no_part_of_the_name(empty_registry, text, state, name, role):
    extraction = found(empty_registry, text, state)
    assert extraction.official_names == {name}
    assert extraction.official(name).role == role


def test_without_nickname_keeps_names_without_one():
    assert without_nickname('Ana "la Güera" Ruiz Soto') == "Ana Ruiz Soto"
    assert without_nickname("Ana Ruiz Soto") == "Ana Ruiz Soto"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La directora de Salud, Ana Lilia de la Fuente Ríos, ofreció ayuda.",
            "Ana Lilia de la Fuente Ríos",
        ),
        (
            "Ma. del Rosario de la Fuente Soto, directora general de la Comisión Estatal del "
            "Agua, habló.",
            "Ma. del Rosario de la Fuente Soto",
        ),
    ],
)
def test_a_common_word_after_a_particle_is_a_surname(empty_registry, text, name):
    assert found(empty_registry, text, "MX-COA").official_names == {name}


def test_a_state_after_a_particle_is_no_surname(empty_registry):
    text = "Asistió la directora de Parques y Vida Silvestre de Nuevo León, Rosa Garza Ruiz."
    assert not any("Silvestre" in n for n in found(empty_registry, text, "MX-NLE").official_names)


def test_a_rank_opening_the_sentence_is_not_the_name(empty_registry):
    text = (
        "Contralmirante Andrés Rivas Ochoa, director general de la Administración del "
        "Sistema Portuario Nacional Veracruz, informó."
    )
    assert found(empty_registry, text, "MX-VER").official_names == {"Andrés Rivas Ochoa"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tomás Ibarra Ruiz, en su carácter de secretario de Turismo del Estado, habló.",
            "Tomás Ibarra Ruiz",
            "secretario de Turismo del Estado",
        ),
        (
            "Laura Peña Ruiz, quien apenas el lunes rindió protesta como directora municipal "
            "de Turismo, habló.",
            "Laura Peña Ruiz",
            "directora municipal de Turismo",
        ),
        (
            '"Todo está en orden", aseguró la subsecretaria de Salud de Durango en la Región '
            "Laguna, Irene Gómez Ruiz.",
            "Irene Gómez Ruiz",
            "subsecretaria de Salud de Durango en la Región Laguna",
        ),
    ],
)
def test_links_between_a_name_and_its_post(empty_registry, text, name, role):
    hit = found(empty_registry, text, "MX-JAL").official(name)
    assert hit is not None
    assert hit.role == role
    assert not hit.past


def test_an_acronym_after_y_del_is_another_body(empty_registry):
    text = (
        "Los titulares de la Guardia Nacional y del INM en la plaza, Mario Ortiz Ruiz y "
        "Ana Rosa Peña Chapa, coincidieron."
    )
    extraction = found(empty_registry, text, "MX-TAM")
    assert "Guardia Nacional y del INM" not in {i.name for i in extraction.institutions}
    assert extraction.official("Mario Ortiz Ruiz").institution == "Guardia Nacional"


@pytest.mark.parametrize("where", ["en la plaza", "en Torreón"])
def test_bodies_listed_after_a_plural_title_then_where_then_the_names(empty_registry, where):
    text = (
        f"Los titulares de la Guardia Nacional y del INM {where}, Mario Ortiz Ruiz y "
        "Ana Rosa Peña Chapa, coincidieron."
    )
    extraction = found(empty_registry, text, "MX-COA")
    assert extraction.official("Mario Ortiz Ruiz").role == "titular de la Guardia Nacional"
    assert extraction.official("Ana Rosa Peña Chapa").institution == (
        "Instituto Nacional de Migración"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "El secretario de Hacienda y tesorero general del Estado, Rodrigo Peña Salas, habló.",
            "Rodrigo Peña Salas",
            "secretario de Hacienda y tesorero general del Estado",
        ),
        (
            "En el Congreso, la diputada local y presidenta de la Comisión de Salud, Ana Leyva "
            "Ruiz, citó a comparecer.",
            "Ana Leyva Ruiz",
            "diputada local y presidenta de la Comisión de Salud",
        ),
        # two people, or a verb between the posts: the second post alone
        (
            "El gobernador y el secretario de Salud, Juan Pérez Ruiz, hablaron.",
            "Juan Pérez Ruiz",
            "secretario de Salud",
        ),
        (
            "El gobernador visitó la obra y secretario de Salud, Juan Pérez Ruiz, habló.",
            "Juan Pérez Ruiz",
            "secretario de Salud",
        ),
    ],
)
def test_two_posts_joined_by_y_are_one_role(empty_registry, text, name, role):
    hit = found(empty_registry, text, "MX-SON").official(name)
    assert hit is not None
    assert hit.role == role


@pytest.mark.parametrize("where", ["en la frontera", "en la plaza"])
def test_where_the_northern_press_says_a_post_is_held(empty_registry, where):
    text = (
        "Llegó personal de la Comisión Mexicana de Ayuda a Refugiados (Comar), cuya "
        f"coordinadora {where}, Mónica Ruiz Peña, reportó cifras."
    )
    hit = found(empty_registry, text, "MX-CHH").official("Mónica Ruiz Peña")
    assert hit is not None
    assert hit.institution == "Comisión Mexicana de Ayuda a Refugiados"
