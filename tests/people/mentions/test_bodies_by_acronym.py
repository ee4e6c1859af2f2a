"""Public bodies the press names only by their acronym ("la Sedatu", "el IEEPO", "la SICT",
"FIRA"), never spelled out: federal ones anywhere (``institutions.SHORT_FEDERAL_ACRONYMS``),
a state's only in an article of that state (``institutions.STATE_SHORT_NAMES``), and the
same letters used otherwise linking nothing. Sentences invented for these tests.
"""

import pytest

from people.mentions import institutions as inst
from people.mentions.states import STATES
from tests.people.mentions.support import found, post

# Federal bodies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "La titular de la Sedatu, Marcela Ibarra Soto, entregó 40 escrituras en Tecate.",
            "Marcela Ibarra Soto",
            "Secretaría de Desarrollo Agrario, Territorial y Urbano",
        ),
        (
            "El director del Fonatur, Ramiro Olvera Quezada, recorrió el malecón.",
            "Ramiro Olvera Quezada",
            "Fondo Nacional de Fomento al Turismo",
        ),
        (
            "El delegado de la Condusef, Arturo Téllez Ibarra, pidió revisar los contratos.",
            "Arturo Téllez Ibarra",
            "Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios "
            "Financieros",
        ),
        (
            "La directora de FIRA, Olga Nieves Portillo, anunció créditos de avío.",
            "Olga Nieves Portillo",
            "Fideicomisos Instituidos en Relación con la Agricultura",
        ),
        (
            "El director de Carreteras de la SICT, Iván Lugo Pardo, inauguró el puente.",
            "Iván Lugo Pardo",
            "Secretaría de Infraestructura, Comunicaciones y Transportes",
        ),
    ],
)
def test_a_federal_body_named_only_by_its_acronym(empty_registry, text, name, body):
    extraction = found(empty_registry, text, "MX-BCN")
    assert post(extraction, name)[1] == body
    assert body in extraction.institution_names


def test_acronyms_in_capitals_list_their_bodies(empty_registry):
    extraction = found(
        empty_registry,
        "Ni el IMSS ni el ISSSTE atendieron a los damnificados; el Infonavit y el Cenapred "
        "mandaron brigadas.",
        "MX-GRO",
    )
    assert extraction.institution_names == {
        "Instituto Mexicano del Seguro Social",
        "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado",
        "Instituto del Fondo Nacional de la Vivienda para los Trabajadores",
        "Centro Nacional de Prevención de Desastres",
    }


def test_the_same_letters_inside_another_name_are_not_the_body(empty_registry):
    extraction = found(
        empty_registry,
        "El IMSS-Bienestar abrió dos clínicas. La credencial decía «SEPTIEMBRE», y la colonia "
        "Infonavit Norte se inundó.",
        "MX-NAY",
    )
    assert "Instituto Mexicano del Seguro Social" not in extraction.institution_names
    assert "Secretaría de Educación Pública" not in extraction.institution_names
    assert (
        "Instituto del Fondo Nacional de la Vivienda para los Trabajadores"
        not in extraction.institution_names
    )


def test_an_acronym_the_article_gives_another_body_is_that_body(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Educación Pública del Estado de Puebla (SEP) cerró tres escuelas. "
        "La SEP dijo que abrirán el lunes.",
        "MX-PUE",
    )
    assert "Secretaría de Educación Pública" not in extraction.institution_names


def test_a_renamed_body_and_its_new_name_are_one_body(empty_registry):
    both = found(
        empty_registry,
        "El representante de la Sader, Tomás Quiroga Leal, firmó el convenio. Su antecesor, "
        "Efrén Soto Murguía, exdelegado de la Sagarpa, asistió.",
        "MX-DUR",
    )
    assert both.institution_names == {"Secretaría de Agricultura y Desarrollo Rural"}
    assert post(both, "Efrén Soto Murguía")[1] == "Secretaría de Agricultura y Desarrollo Rural"
    alone = found(
        empty_registry, "Efrén Soto Murguía, exdelegado de la Sagarpa, asistió.", "MX-DUR"
    )
    assert post(alone, "Efrén Soto Murguía")[1] == (
        "Secretaría de Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación"
    )


def test_a_public_bodys_name_with_industrial_is_public(empty_registry):
    extraction = found(
        empty_registry,
        "La directora regional del Instituto Mexicano de la Propiedad Industrial, Nora Vela "
        "Ríos, registró la marca colectiva.",
        "MX-OAX",
    )
    assert post(extraction, "Nora Vela Ríos")[1] == "Instituto Mexicano de la Propiedad Industrial"


# State bodies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "El director del IEEPO, Saúl Méndez Cruz, suspendió las clases en la Costa.",
            "MX-OAX",
            "Instituto Estatal de Educación Pública de Oaxaca",
        ),
        (
            "La titular de la Segey, Irma Canul Pech, visitó la escuela de Tizimín.",
            "MX-YUC",
            "Secretaría de Educación del Gobierno del Estado de Yucatán",
        ),
        (
            "El presidente de la Codhem, Víctor Lara Ochoa, abrió una queja.",
            "MX-MEX",
            "Comisión de Derechos Humanos del Estado de México",
        ),
        (
            "El titular de la Sagarhpa, Héctor Ruiz Valdez, pidió vacunar el ganado.",
            "MX-SON",
            "Secretaría de Agricultura, Ganadería, Recursos Hidráulicos, Pesca y Acuacultura "
            "de Sonora",
        ),
        (
            "La directora del IQM, Paula Reséndiz Olvera, presentó la campaña.",
            "MX-QUE",
            "Instituto Queretano de las Mujeres",
        ),
        (
            "La directora del IQM, Paula Reséndiz Olvera, presentó la campaña.",
            "MX-ROO",
            "Instituto Quintanarroense de la Mujer",
        ),
    ],
)
def test_a_state_body_named_only_by_its_acronym(empty_registry, text, state, body):
    extraction = found(empty_registry, text, state)
    assert post(extraction, text.split(", ")[1])[1] == body
    assert body in extraction.institution_names


def test_a_state_acronym_after_a_plural_article(empty_registry):
    extraction = found(empty_registry, "Los SSY vacunaron a 3 mil niños en Progreso.", "MX-YUC")
    assert extraction.institution_names == {"Servicios de Salud de Yucatán"}


def test_a_state_acronym_means_nothing_in_another_state(empty_registry):
    extraction = found(
        empty_registry, "El director del IEEPO, Saúl Méndez Cruz, habló en Tepic.", "MX-NAY"
    )
    assert "Instituto Estatal de Educación Pública de Oaxaca" not in extraction.institution_names


# The tables ----------------------------------------------------------------------


def test_the_acronym_tables_are_sound():
    codes = {state.code for state in STATES} | {""}
    assert not set(inst.SHORT_FEDERAL_ACRONYMS) & set(inst.STATE_SHORT_NAMES)
    for short in (*inst.SHORT_FEDERAL_ACRONYMS, *inst.STATE_SHORT_NAMES):
        assert len(short) > 2, short  # two letters are too many other things
    for short, rows in inst.STATE_SHORT_NAMES.items():
        assert rows and set(rows) <= codes, short
        assert all(("{state}" in name) == (code == "") for code, name in rows.items()), short
    for old, new in inst.RENAMED_FEDERAL_BODIES.items():
        assert old in inst.SHORT_FEDERAL_ACRONYMS.values()
        assert new in inst.SHORT_FEDERAL_ACRONYMS.values()
