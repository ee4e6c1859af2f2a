"""The five seed files parse to exactly these articles (every field)."""

from datetime import datetime

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.parsing import parse_bytes
from articles.importing.records import Byline

from .conftest import SOURCES

DESK = Byline("Redacción", "desk")


def parse_seed(prefix: str):
    path = next(SOURCES.glob(f"{prefix}_*.txt"))
    return parse_bytes(path.read_bytes(), source_path=f"sources/{path.name}")


@pytest.fixture(scope="module")
def seeds():
    return {prefix: parse_seed(prefix) for prefix in ("000", "001", "002", "003", "004")}


EXPECTED = {
    "000": {
        "format": "jekyll",
        "title": "Negocia IMSS con administraciones municipales el pago de adeudos",
        "deck": "",
        "highlights": (
            "El reto, convencer a los ayuntamientos de cerrar bien el ejercicio fiscal: delegado",
            "Zacatecas, único estado con 100% de sus unidades médicas y hospitales certificados, "
            "afirma",
        ),
        "bylines": (Byline("Rafael de Santiago", "person"),),
        "source": "",
        "published_at": None,
        "section": "",  # a placement flag, not a section
        "placement": ("Portada",),
        "location": "Local",
        "tags": (),
        "lead_image_url": "http://i.imgur.com/q1YSc7dm.jpg",
        "lead_image_credit": "",
        "media_links": (),
        "draft": False,
        "slug": "",
        "bulletin_number": "",
        "issuer": "",
        "dateline_city": "",
        "state": "",
        "removed": (),
        "warnings": ("sin fecha",),
    },
    "001": {
        "format": "jekyll",
        "title": "Se coordinan Gobierno del Estado e IMSS en favor de asegurados",
        "deck": "",
        "highlights": (),
        "bylines": (DESK,),
        "source": "",
        "published_at": None,
        "section": "",  # a placement flag, not a section
        "placement": ("Destacadas",),
        "location": "Local",
        "tags": (),
        "lead_image_url": "",
        "lead_image_credit": "",
        "media_links": (),
        "draft": False,
        "slug": "",
        "bulletin_number": "",
        "issuer": "",
        "dateline_city": "",
        "removed": (),
        "warnings": ("sin fecha",),
    },
    "002": {
        "format": "jekyll",
        "title": (
            "Acuerdan Godezac e IMSS coordinar esfuerzos para aumentar el número de asegurados"
        ),
        "deck": "",
        "highlights": (),
        "bylines": (DESK,),
        "source": "",
        "published_at": None,
        "section": "",  # a placement flag, not a section
        "placement": ("Destacadas",),
        "location": "Local",
        "tags": (),
        "lead_image_url": "http://i.imgur.com/SkAylWNm.jpg",
        "lead_image_credit": "",
        "media_links": (),
        "draft": False,
        "slug": "",
        "bulletin_number": "",
        "issuer": "",
        "dateline_city": "",
        "removed": (),
        "warnings": ("sin fecha",),
    },
    "003": {
        "format": "wire",
        "title": "Realizan primera reunión preparatoria para IMSS-Bienestar",
        "deck": (
            "El director del IMSS, Zoé Robledo, anunció el inicio de los preparativos para la "
            "federalización de servicios de salud con gobernadores y coordinadores del programa"
        ),
        "highlights": (),
        "bylines": (),
        "source": "El Ciudadano",
        "published_at": datetime(2024, 1, 9, tzinfo=get_default_timezone()),
        "section": "",
        "placement": (),
        "location": "",
        "tags": (),
        "lead_image_url": "",
        "lead_image_credit": "Archivo El Ciudadano",
        "media_links": (),
        "draft": False,
        "slug": "",
        "bulletin_number": "",
        "issuer": "",
        "dateline_city": "",
        "removed": (
            "También puedes leer: Federación da seguimiento a transición del IMSS-Bienestar en "
            "Puebla",
            "También puedes leer: AMLO va por regulaciones en salarios mínimos y pensiones del "
            "IMSS",
            "Foto: *Archivo El Ciudadano*",
            "## Recuerda suscribirte a nuestro boletín",
            "- → https://bit.ly/3tgVlSo\n- https://t.me/ciudadanomx\n- 📰 elciudadano.com",
            "Fuente: El Ciudadano",
        ),
        "warnings": (),
    },
    "004": {
        "format": "press_release",
        "title": (
            "IMSS Bienestar tiene sólidas bases jurídicas para atender a población sin seguridad "
            "social de manera gratuita: Zoé Robledo"
        ),
        "deck": "",
        "highlights": (
            "El director general del Seguro Social dijo que la meta es llegar a marzo de 2024 "
            "con la "
            "operación plena para dar atención gratuita y de calidad a 53.2 millones de mexicanos",
            "Reconoce la voluntad de 23 gobernadores para avanzar en el proceso de federalización "
            "de los servicios de salud",
        ),
        "bylines": (),
        "source": "Instituto Mexicano del Seguro Social",
        "published_at": None,
        "section": "",
        "placement": (),
        "location": "",
        "tags": (),
        "lead_image_url": "",
        "lead_image_credit": "",
        "media_links": (
            "https://drive.google.com/drive/folders/1Nq4xxax0W_t8UaQGp_o-C5qRzkU6HjB?usp=sharing",
            "https://imssmx.sharepoint.com/:v/s/comunicacionsocial/"
            "EWusQGM7FZdOqCqShC0euXQBzHAX5uQzZmyuzAcE5UCs3A?e=07Ov1Y",
        ),
        "draft": False,
        "slug": "",
        "bulletin_number": "",
        "issuer": "Instituto Mexicano del Seguro Social",
        "dateline_city": "",
        "removed": (
            "---o0o--- GOBIERNO DE MÉXICO UNIDAD DE COMUNICACIÓN SOCIAL LINK DE FOTOS LINK DE "
            "VIDEO",
        ),
        "warnings": ("sin fecha",),
    },
}


@pytest.mark.parametrize(
    ("seed", "field", "value"),
    [(seed, field, value) for seed, fields in EXPECTED.items() for field, value in fields.items()],
)
def test_seed_field(seeds, seed, field, value):
    assert getattr(seeds[seed], field) == value


def test_every_field_is_checked():
    fields = set(EXPECTED["000"]) | {"body"}
    assert fields == set(parse_seed("000").__dataclass_fields__)


def test_seed_003_date_is_aware_midnight_in_mexico_city(seeds):
    moment = seeds["003"].published_at
    assert moment.tzinfo is get_default_timezone()
    assert moment.isoformat() == "2024-01-09T00:00:00-06:00"


# Bodies ------------------------------------------------------------------------


def test_seed_000_body_starts_after_the_image_and_highlights(seeds):
    body = seeds["000"].body
    assert body.startswith("El nuevo delegado del Instituto Mexicano del Seguro Social (IMSS)")
    assert "■" not in body and "imgur" not in body
    # A single line break inside a paragraph is kept as it is.
    assert "300 mil derechohabientes.\nAunque el actual inmueble" in body
    assert body.endswith("con la garantía de servicio a los derechohabientes.")


def test_seed_001_body_paragraphs_are_split_on_lines_holding_a_space(seeds):
    paragraphs = seeds["001"].body.split("\n\n")
    assert len(paragraphs) == 11
    assert paragraphs[0].startswith(
        "El Instituto Mexicano del Seguro Social (IMSS) coordinadamente"
    )
    assert "Javier de Jesús Cabral Soto, delegado" in paragraphs[2]  # double space collapsed
    assert all(p == p.strip() and "  " not in p for p in paragraphs)


def test_seed_002_body_starts_with_the_text_glued_to_the_image(seeds):
    body = seeds["002"].body
    assert body.startswith(
        "El Gobierno del Estado y el Instituto Mexicano del Seguro Social (IMSS) trabajarán"
    )
    assert "![" not in body
    assert len(body.split("\n\n")) == 9


def test_seed_003_body_keeps_the_news_and_drops_the_boilerplate(seeds):
    body = seeds["003"].body
    assert body.startswith("El director del **Instituto Mexicano del Seguro Social (IMSS)**, Zoé")
    assert (
        "\n\nEl IMSS-Bienestar asumirá un papel más amplio el 21 de marzo al convertirse no sólo "
        "en pagador, sino también formalmente en **empleador del personal de salud.**\n\n"
    ) in body
    assert (
        "11,455 millones de pesos. La meta es completar este proceso para el 21 de marzo." in body
    )
    for gone in (
        "También puedes leer",
        "Federación da seguimiento a transición",
        "Recuerda suscribirte",
        "bit.ly",
        "t.me",
        "elciudadano.com",
        "Fuente: El Ciudadano",
        "AMLO va por regulaciones",
        "Archivo El Ciudadano",
        "Foto:",
        "El Ciudadano · 9 de enero",
    ):
        assert gone not in body
    assert seeds["003"].deck not in body
    assert body.endswith("una de las más grandes del país.")
    assert len(body.split("\n\n")) == 6


def test_seed_004_body_ends_at_the_end_marker(seeds):
    body = seeds["004"].body
    assert body.startswith(
        "El director general del Instituto Mexicano del Seguro Social (IMSS), Zoé"
    )
    assert body.endswith("los trabajadores que ahí laboran son servidores públicos”, destacó.")
    for gone in (
        "---o0o---",
        "GOBIERNO DE",
        "UNIDAD DE COMUNICACIÓN SOCIAL",
        "LINK DE",
        "http",
        "**",
    ):
        assert gone not in body
    assert seeds["004"].title not in body
    assert len(body.split("\n\n")) == 7
