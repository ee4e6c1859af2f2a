"""The five seeds, imported end to end into the database, field by field."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article

pytestmark = pytest.mark.django_db


def byline(article):
    return [(a.name, a.kind) for a in article.ordered_authors()]


def test_seed_000_jekyll_person_byline_lead_image_and_highlights(imported_seeds):
    article = imported_seeds["000"]
    assert article.source_format == "jekyll"
    assert article.title == "Negocia IMSS con administraciones municipales el pago de adeudos"
    assert byline(article) == [("Rafael de Santiago", "person")]
    assert article.source == ""
    assert article.published_at is None
    assert article.section is None  # "Portada" is a placement flag, not a section
    assert article.placement == ["Portada"]
    assert article.location == "Local"
    assert article.lead_image_url == "http://i.imgur.com/q1YSc7dm.jpg"
    assert article.highlights == [
        "El reto, convencer a los ayuntamientos de cerrar bien el ejercicio fiscal: delegado",
        "Zacatecas, único estado con 100% de sus unidades médicas y hospitales certificados, "
        "afirma",
    ]
    assert article.status == Article.Status.PUBLISHED
    assert article.body.startswith("El nuevo delegado del Instituto Mexicano del Seguro Social")
    assert "■" not in article.body_html and "imgur" not in article.body_html


def test_seed_001_desk_byline_and_no_image(imported_seeds):
    article = imported_seeds["001"]
    assert article.source_format == "jekyll"
    assert article.title == "Se coordinan Gobierno del Estado e IMSS en favor de asegurados"
    assert byline(article) == [("Redacción", "desk")]
    assert (article.source, article.published_at) == ("", None)
    assert (article.section, article.placement, article.location) == (None, ["Destacadas"], "Local")
    assert article.lead_image_url == ""
    assert article.highlights == []


def test_seed_002_image_glued_to_first_sentence_is_the_lead_image(imported_seeds):
    article = imported_seeds["002"]
    assert article.title == (
        "Acuerdan Godezac e IMSS coordinar esfuerzos para aumentar el número de asegurados"
    )
    assert byline(article) == [("Redacción", "desk")]
    assert (article.section, article.placement, article.location) == (None, ["Destacadas"], "Local")
    assert article.lead_image_url == "http://i.imgur.com/SkAylWNm.jpg"
    assert article.highlights == []
    assert article.body.startswith(
        "El Gobierno del Estado y el Instituto Mexicano del Seguro Social (IMSS) trabajarán"
    )


def test_both_desk_spellings_are_one_author(imported_seeds):
    assert imported_seeds["001"].ordered_authors() == imported_seeds["002"].ordered_authors()


def test_seed_003_wire_copy_without_syndication_boilerplate(imported_seeds):
    article = imported_seeds["003"]
    assert article.source_format == "wire"
    assert article.title == "Realizan primera reunión preparatoria para IMSS-Bienestar"
    assert byline(article) == []
    assert article.source == "El Ciudadano"
    assert timezone.localtime(article.published_at).date() == datetime.date(2024, 1, 9)
    assert article.deck.startswith("El director del IMSS, Zoé Robledo, anunció el inicio")
    assert article.section is None and article.location == "" and article.highlights == []
    assert "El IMSS-Bienestar asumirá un papel más amplio el 21 de marzo" in article.body
    for junk in [
        "También puedes leer",
        "Federación da seguimiento a transición",
        "Recuerda suscribirte",
        "bit.ly",
        "t.me",
        "elciudadano.com",
        "Fuente: El Ciudadano",
        "AMLO va por regulaciones",
        "Archivo El Ciudadano",
    ]:
        assert junk not in article.body, junk
    assert article.lead_image_credit == "Archivo El Ciudadano"
    assert "La meta es completar este proceso para el 21 de marzo." in article.body


def test_seed_004_press_release_highlights_and_media_links(imported_seeds):
    article = imported_seeds["004"]
    assert article.source_format == "press_release"
    assert article.title == (
        "IMSS Bienestar tiene sólidas bases jurídicas para atender a población sin seguridad "
        "social de manera gratuita: Zoé Robledo"
    )
    assert byline(article) == []
    assert article.source == "Instituto Mexicano del Seguro Social"
    assert article.published_at is None
    assert article.highlights == [
        "El director general del Seguro Social dijo que la meta es llegar a marzo de 2024 con "
        "la operación plena para dar atención gratuita y de calidad a 53.2 millones de mexicanos",
        "Reconoce la voluntad de 23 gobernadores para avanzar en el proceso de federalización "
        "de los servicios de salud",
    ]
    assert article.body.rstrip().endswith(
        "los trabajadores que ahí laboran son servidores públicos”, destacó."
    )
    for junk in ["---o0o---", "GOBIERNO DE", "UNIDAD DE COMUNICACIÓN SOCIAL", "LINK DE"]:
        assert junk not in article.body
    assert len(article.media_links) == 2
    assert article.media_links[0].startswith("https://drive.google.com/drive/folders/")
    assert article.media_links[1].startswith("https://imssmx.sharepoint.com/")


def test_slugs_are_ascii_unique_and_derived_from_titles(imported_seeds):
    slugs = [a.slug for a in imported_seeds.values()]
    assert len(set(slugs)) == 5
    assert all(slug.isascii() for slug in slugs)
    assert imported_seeds["003"].slug == "realizan-primera-reunion-preparatoria-para-imss-bienestar"


def test_body_html_is_rendered_at_import(imported_seeds):
    html = imported_seeds["003"].body_html
    assert "<strong>Instituto Mexicano del Seguro Social (IMSS)</strong>" in html


EXPECTED_LINKS = {
    "000": ({"Javier de Jesús Cabral Soto"}, {"Instituto Mexicano del Seguro Social"}),
    "001": (
        {"Javier de Jesús Cabral Soto", "Fernando Soto Acosta", "Miguel Alonso Reyes"},
        {
            "Instituto Mexicano del Seguro Social",
            "Gobierno del Estado de Zacatecas",
            "Secretaría de Finanzas",
        },
    ),
    "002": (
        {"Miguel Alonso Reyes", "Javier de Jesús Cabral Soto"},
        {
            "Instituto Mexicano del Seguro Social",
            "Gobierno del Estado de Zacatecas",
            "Secretaría de Infraestructura",
        },
    ),
    "003": ({"Zoé Robledo"}, {"Instituto Mexicano del Seguro Social", "IMSS-Bienestar"}),
    "004": (
        {"Zoé Robledo", "Andrés Manuel López Obrador"},
        {"Instituto Mexicano del Seguro Social", "IMSS-Bienestar"},
    ),
}


@pytest.mark.parametrize("seed", sorted(EXPECTED_LINKS))
def test_seed_links_known_officials_and_institutions(imported_seeds, seed):
    article = imported_seeds[seed]
    officials, institutions = EXPECTED_LINKS[seed]
    linked_officials = set(article.officials.values_list("name", flat=True))
    linked_institutions = set(article.institutions.values_list("name", flat=True))
    assert officials <= linked_officials
    assert institutions <= linked_institutions
    assert all(m.count >= 1 for m in article.official_mentions.all())


def test_boilerplate_names_are_not_linked(imported_seeds):
    names = set(imported_seeds["003"].officials.values_list("name", flat=True))
    assert "Andrés Manuel López Obrador" not in names
