from datetime import datetime

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.cleaning.publication import PUBLICATION_KEYS
from articles.importing.decoding import decode
from articles.importing.readers import READERS, detect_reader
from articles.importing.readers.jekyll import _KEYS, JekyllReader
from articles.importing.readers.press_release import PressReleaseReader, split_trailer
from articles.importing.readers.wire import WireReader, bracket_kicker, split_byline_line
from articles.importing.records import Byline, ImportFailure

from .conftest import SOURCES, case_bytes

DESK = Byline("Redacción", "desk")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=get_default_timezone())


def text_of(name: str) -> str:
    return decode(case_bytes(name), max_bytes=1_048_576).text


def parse_case(name: str):
    text = text_of(name)
    return detect_reader(text).parse(text, source_path=f"cases/{name}")


def jekyll(text: str, source_path: str = "nota.md"):
    return JekyllReader().parse(text, source_path=source_path)


# Detection ------------------------------------------------------------------------


def test_readers_are_an_explicit_ordered_tuple():
    assert [reader.name for reader in READERS] == ["jekyll", "wire", "press_release", "generic"]


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        ("000", "jekyll"),
        ("001", "jekyll"),
        ("002", "jekyll"),
        ("003", "wire"),
        ("004", "press_release"),
    ],
)
def test_detect_reader_on_the_seeds(prefix, name):
    path = next(SOURCES.glob(f"{prefix}_*.txt"))
    assert detect_reader(path.read_text(encoding="utf-8")).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("---\ntitle: x\n---\ncuerpo", "jekyll"),
        ("\n\n---\ntitle: x\n---\n", "jekyll"),
        ("## Título\n\nMedio · 9 de enero de 2024\n", "wire"),
        ("# Título\n\nTexto.", "wire"),
        ("Título\n\nTexto.\n\n---o0o---\n", "press_release"),
        ("Título\n\nTexto.\n\n-0-\n", "press_release"),
        ("Título\n\nTexto.\n\noOo\n", "press_release"),
        ("Título\n\nTexto.\n\n— o0o —\n", "press_release"),
        ("Título\n- **Sumario**\n\nTexto.", "press_release"),
        ("Ciudad de México, 12 de marzo de 2024\n\nTítulo\n\nTexto.", "press_release"),
        ("No. 045/2024\nTítulo\n\nTexto.", "press_release"),
    ],
)
def test_detect_reader(text, name):
    assert detect_reader(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        text_of("unknown-format.md"),  # one line: no title and body
        "---o0o--- en medio de una línea",
        "0\n0",  # no words
    ],
)
def test_unrecognised_text_fails(text):
    with pytest.raises(ImportFailure, match=r"^formato no reconocido$"):
        detect_reader(text)


# Jekyll ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("front-matter-unclosed.md", "falta el cierre del front matter («---»)"),
        ("invalid-yaml.md", "YAML inválido en la línea 3"),
        ("yaml-not-a-mapping.md", "el front matter no es un mapeo de claves"),
        ("no-title.md", "falta el título"),
    ],
)
def test_jekyll_failures(name, reason):
    with pytest.raises(ImportFailure) as failure:
        parse_case(name)
    assert failure.value.reason == reason


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntitle: [Alerta, lluvias\n---\n", 3),
        ('\n\n---\npublished: true\nauthor: x\ntitle: "Alerta: lluvias\n---\n', 7),
        ("---\ntags: [uno, dos\nauthor: x\n---\n", 3),
        ("---\ntitle: 'sin cierre\n---\n", 3),
    ],
)
def test_invalid_yaml_names_the_line_in_the_file(text, line):
    with pytest.raises(ImportFailure, match=f"^YAML inválido en la línea {line}$"):
        jekyll(text)


def test_an_unquoted_colon_in_a_value_is_read_as_a_person_reads_it():
    # Strict YAML refuses «title: Alerta: lluvias»; nobody reading it doubts the title.
    article = jekyll("---\ntitle: Alerta: lluvias\n---\n\nTexto de la nota.")
    assert article.title == "Alerta: lluvias"


@pytest.mark.parametrize(
    "text",
    ["---\ntitle: !!timestamp 2016-02-30\n---\n", "---\ntitle: !!python/object:os.system x\n---\n"],
)
def test_yaml_that_cannot_be_built_fails_cleanly(text):
    with pytest.raises(ImportFailure, match=r"^YAML inválido"):
        jekyll(text)


def test_empty_front_matter_takes_the_title_from_a_heading():
    article = jekyll("---\n---\n\n# Reabren el mercado\n\nTexto de la nota.")
    assert article.title == "Reabren el mercado"
    assert article.body == "Texto de la nota."


def test_published_false_is_a_draft():
    article = parse_case("published-false.md")
    assert article.draft is True
    assert article.title.startswith("Borrador - Preparan operativo vial")


@pytest.mark.parametrize(
    ("value", "draft"),
    [("true", False), ("false", True), ("'no'", True), ("sí", False), ("yes", False)],
)
def test_published_flag(value, draft):
    assert jekyll(f"---\ntitle: T\npublished: {value}\n---\nx").draft is draft


@pytest.mark.parametrize(
    "front_matter",
    [
        'published: "nope"',
        "published: [false]",
        "published: []",
        "published: {a: 1}",
        "status: cualquier cosa",
        "draft: quizá",
        "published: true\ndate: 2024-13-45",
        "date: 9999-12-31",
        "date: 0001-01-01",
        'fecha: "31 de febrero de 2023"',
    ],
)
def test_what_cannot_be_read_as_published_is_a_draft_with_a_warning(front_matter):
    article = jekyll(f"---\ntitle: T\n{front_matter}\n---\nx")
    assert article.draft is True
    assert any("borrador" in warning for warning in article.warnings), article.warnings


@pytest.mark.parametrize("front_matter", ["status: draft", "estado: borrador", "status: pendiente"])
def test_draft_statuses_make_drafts(front_matter):
    assert jekyll(f"---\ntitle: T\n{front_matter}\n---\nx").draft is True


@pytest.mark.parametrize("front_matter", ["state: 0", "state: -2", "state: 2", 'state: "0"'])
def test_a_joomla_article_not_in_the_published_state_is_a_draft(front_matter):
    assert jekyll(f"---\ntitle: T\n{front_matter}\n---\nx").draft is True


@pytest.mark.parametrize("front_matter", ["state: Jalisco", "state: [Oaxaca]"])
def test_a_state_that_is_a_place_says_nothing_about_publication(front_matter):
    article = jekyll(f"---\ntitle: T\n{front_matter}\n---\nx")
    assert article.draft is False
    assert not any("borrador" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "front_matter", ["status: published", "estado: publicado", "draft: no", "state: 1"]
)
def test_readable_publication_keys_publish(front_matter):
    assert jekyll(f"---\ntitle: T\n{front_matter}\n---\nx").draft is False


@pytest.mark.parametrize(
    "front_matter",
    [
        "hidden: true",
        "oculto: sí",
        "private: true",
        "privada: yes",
        "visible: false",
        "publico: no",
        "visibility: private",
        "visibilidad: oculta",
        "visibility: unlisted",
        "estado: oculto",
        "hidden: tal vez",
        "visible: [home]",
        "params:\n  hidden: true",
    ],
)
def test_a_post_kept_from_the_public_is_a_draft_with_a_warning(front_matter):
    article = jekyll(f"---\ntitle: Nota reservada\n{front_matter}\n---\nTexto de la nota.")
    assert article.draft is True
    assert any("borrador" in warning for warning in article.warnings), article.warnings


@pytest.mark.parametrize(
    "front_matter",
    ["hidden: false", "private: no", "visible: true", "visibility: public", "publico: sí"],
)
def test_a_post_said_to_be_public_stays_published(front_matter):
    article = jekyll(f"---\ntitle: Nota abierta\n{front_matter}\n---\nTexto de la nota.")
    assert article.draft is False
    assert not any("borrador" in warning for warning in article.warnings), article.warnings


def test_every_publication_key_is_read_from_the_front_matter():
    assert {key.field for key in PUBLICATION_KEYS} <= set(_KEYS.values())


def test_an_impossible_date_is_no_date_never_a_guess():
    article = jekyll("---\ntitle: T\ndate: 2024-13-45\n---\nx")
    assert article.published_at is None
    assert any("2024-13-45" in warning for warning in article.warnings)


def test_draft_key_also_makes_a_draft():
    assert jekyll("---\ntitle: T\ndraft: true\n---\nx").draft is True


def test_file_name_date_is_used_when_the_front_matter_has_none():
    article = parse_case("2016-10-05-filename-date.md")
    assert article.published_at == local(2016, 10, 5)
    assert "sin fecha" not in article.warnings


@pytest.mark.parametrize(
    "key",
    [
        "medio",
        "Medio",
        "outlet",
        "publication",
        "publicación",
        "periódico",
        "diario",
        "agencia",
        "publisher",
        "site_name",
        "sitio",
        "semanario",
        # The brand or masthead a theme names the outlet by.
        "marca",
        "brand",
        "cabecera",
    ],
)
def test_the_outlet_key_is_the_source(key):
    article = jekyll(f"---\ntitle: T\n{key}: Gaceta del Valle\n---\nTexto de la nota.")
    assert article.source == "Gaceta del Valle"


@pytest.mark.parametrize("key", ["por", "redactora", "periodista"])
def test_more_author_keys(key):
    article = jekyll(f"---\ntitle: T\n{key}: Irene Solís Mata\n---\nTexto de la nota.")
    assert [b.name for b in article.bylines] == ["Irene Solís Mata"]


def test_source_wins_over_another_outlet_key():
    article = jekyll("---\ntitle: T\nsource: Agencia Norte\nmedio: Gaceta del Valle\n---\nx")
    assert article.source == "Agencia Norte"


def test_front_matter_date_wins_over_the_file_name():
    article = jekyll("---\ntitle: T\ndate: 2020-01-02\n---\nx", "posts/2016-10-05-nota.md")
    assert article.published_at == local(2020, 1, 2)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("date-with-time-and-offset.md", local(2016, 10, 5, 11, 30)),  # 10:30 at UTC-6
        ("date-dd-mm-yyyy.md", local(2016, 10, 5)),
        ("date-spanish-words.md", local(2016, 10, 5)),
        ("spanish-key-spellings.md", local(2023, 6, 14)),
    ],
)
def test_date_forms(name, expected):
    article = parse_case(name)
    assert article.published_at == expected
    assert article.warnings == ()


def test_impossible_date_is_a_warning_and_the_article_is_undated():
    article = parse_case("impossible-date.md")
    assert article.published_at is None
    assert article.draft is True
    assert article.warnings == (
        "fecha imposible «2016-02-30»; se importa sin fecha y como borrador",
        "sin fecha",
    )


def test_impossible_date_does_not_fall_back_to_the_file_name():
    article = jekyll("---\ntitle: T\ndate: 2016-02-30\n---\nx", "2016-10-05-nota.md")
    assert article.published_at is None


def test_undated_article_gets_a_warning():
    article = jekyll("---\ntitle: T\n---\nx")
    assert article.published_at is None
    assert article.warnings == ("sin fecha",)


def test_spanish_key_spellings():
    article = parse_case("spanish-key-spellings.md")
    assert article.title == "Inauguran ciclovía en el bulevar López Mateos"
    assert article.bylines == (Byline("María Fernanda López", "person"),)
    assert article.section == "Local"
    assert article.tags == ("movilidad", "ciclovía", "Zacatecas")
    assert article.lead_image_url == "https://i.imgur.com/ciclovia01.jpg"
    assert article.slug == "ciclovia-lopez-mateos"


def test_categories_list_first_is_the_section_the_rest_are_tags():
    article = parse_case("categories-list.md")
    assert article.section == "Estado"
    assert article.tags == ("Carreteras", "Obra pública", "Jerez", "movilidad")


@pytest.mark.parametrize(
    ("front_matter", "section", "tags"),
    [
        ("categories: Estado, Salud", "Estado", ("Salud",)),
        ("category: Portada\ncategories: [Portada, Local]", "Local", ()),  # Portada: a flag
        ("categoría: Cultura\netiquetas: [teatro]", "Cultura", ("teatro",)),
        ("tags: [Salud, salud, Salud ]", "", ("Salud",)),
        ("category: [Local, Estado]", "Local", ("Estado",)),
    ],
)
def test_sections_and_tags(front_matter, section, tags):
    article = jekyll(f"---\ntitle: T\n{front_matter}\n---\nx")
    assert (article.section, article.tags) == (section, tags)


def test_several_authors_become_several_bylines():
    article = parse_case("several-authors.md")
    assert [b.name for b in article.bylines] == [
        "Rafael de Santiago",
        "María Fernanda López",
        "Juan Carlos Ortega",
    ]


def test_author_list_and_other_key_spellings():
    article = jekyll(
        "---\nTítulo: Nota\nautores: [ANA RUIZ, REDACCION]\nubicación: Fresnillo\n"
        "description: Un <b>resumen</b>\nlayout: posts\nfoo: bar\n---\nx"
    )
    assert article.title == "Nota"
    assert article.bylines == (Byline("Ana Ruiz", "person"), DESK)
    assert article.location == "Fresnillo"
    assert article.deck == "Un resumen"


def test_front_matter_image_is_the_lead_and_a_different_body_image_stays():
    article = jekyll(
        "---\ntitle: T\nimage: "
        "https://x.mx/portada.jpg\n---\n![Mapa](https://x.mx/mapa.png)\nTexto."
    )
    assert article.lead_image_url == "https://x.mx/portada.jpg"
    assert article.body == "![Mapa](https://x.mx/mapa.png)\n\nTexto."


@pytest.mark.parametrize(
    ("image", "opening"),
    [
        ("/fotos/2019/feria.jpg", "![Puestos de la feria](/fotos/2019/feria.jpg)"),
        ("/fotos/2019/feria.jpg", "![Puestos]({{ site.baseurl }}/fotos/2019/feria.jpg)"),
        ("https://sitio.example/fotos/feria.jpg", "![Puestos](/fotos/feria.jpg)"),
        (
            "https://sitio.example/fotos/feria.jpg",
            "![Puestos](https://sitio.example/fotos/feria.jpg)",
        ),
    ],
)
def test_a_body_image_repeating_the_front_matter_image_is_the_lead_not_text(image, opening):
    article = jekyll(
        f"---\ntitle: Abre la feria del tamal\nimage: {image}\n---\n\n{opening}\n"
        "Foto: Hugo Pérez Lara\n\nLa feria abrió con cuarenta puestos en la plaza.\n"
    )
    assert article.body == "La feria abrió con cuarenta puestos en la plaza."
    assert article.lead_image_credit == "Hugo Pérez Lara"
    assert opening in article.removed
    assert article.lead_image_url == (image if image.startswith("https:") else "")


def test_a_body_image_of_another_picture_stays_under_a_relative_front_matter_image():
    article = jekyll(
        "---\ntitle: T\nimage: /fotos/portada.jpg\n---\n![Mapa](/fotos/mapa.png)\n\nTexto."
    )
    assert article.body == "![Mapa](/fotos/mapa.png)\n\nTexto."


def test_front_matter_image_that_is_not_http_is_dropped_with_a_warning():
    article = jekyll("---\ntitle: T\nimage: javascript:alert(1)\n---\nTexto.")
    assert article.lead_image_url == ""
    assert (
        article.warnings[0]
        == "imagen principal descartada: dirección no válida «javascript:alert(1)»"
    )


def test_title_that_is_not_text_is_missing():
    with pytest.raises(ImportFailure, match=r"^falta el título$"):
        jekyll("---\ntitle: [a, b]\n---\nTexto.")


def test_hostile_content():
    article = parse_case("hostile-content.md")
    assert article.title == "Alerta por fraude telefónico en Fresnillo"
    for gone in ("<script", "document.cookie", "<style", "<iframe", "display: none"):
        assert gone not in article.body
    assert article.warnings == ("se eliminó HTML no permitido (script, style, iframe)",)


def test_hostile_content_is_neutralised_by_the_renderer():
    from articles.rendering import render_markdown

    html = render_markdown(parse_case("hostile-content.md").body)
    for gone in ("<script", "onerror", 'href="javascript:', 'href="data:', "<iframe", "<style"):
        assert gone not in html
    assert "Policía Estatal Preventiva" in html


def test_very_long_title_is_kept_whole_with_a_warning():
    article = parse_case("very-long-title.md")
    assert len(article.title) > 300
    assert article.title.endswith("y la Comisión Federal de Electricidad")
    assert article.warnings == ("título muy largo",)


def test_duplicate_content_parses_the_same():
    assert parse_case("duplicate-content-a.md") == parse_case("duplicate-content-b.md")


def test_same_title_different_bodies():
    a, b = parse_case("same-title-a.md"), parse_case("same-title-b.md")
    assert a.title == b.title
    assert a.body != b.body


@pytest.mark.parametrize(
    "name",
    [
        "utf8-bom.md",
        "windows-1252.md",
        "mojibake.md",
        "crlf-line-endings.md",
        "cr-line-endings.md",
        "utf16-bom.md",
        "nbsp-paragraph-separators.md",
    ],
)
def test_encoding_cases_parse_to_clean_articles(name):
    article = parse_case(name)
    assert article.format == "jekyll"
    assert article.published_at is not None
    assert article.bylines
    for bad in ("\r", "\ufeff", "\u00a0", "Ã", "â€"):
        assert bad not in article.title + article.body


def test_nbsp_paragraph_separators():
    article = parse_case("nbsp-paragraph-separators.md")
    assert article.bylines == (DESK,)
    assert article.body.split("\n\n") == [
        "Brigadas municipales retiraron 30 toneladas de basura y maleza del cauce del arroyo.",
        "Los trabajos se realizaron con apoyo de voluntarios de la colonia Lázaro Cárdenas.",
        "El Ayuntamiento pidió no tirar cascajo en el arroyo.",
    ]


# Wire ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "authors", "date"),
    [
        ("El Ciudadano · 9 de enero de 2024", "El Ciudadano", (), local(2024, 1, 9)),
        (
            "Por ANA RUIZ · El Sol · 2 de mayo de 2023",
            "El Sol",
            ("Por ANA RUIZ",),
            local(2023, 5, 2),
        ),
        ("Notimex | 05/10/2016", "Notimex", (), local(2016, 10, 5)),
        ("Por Luis Mora", "", ("Por Luis Mora",), None),
    ],
)
def test_split_byline_line(line, source, authors, date):
    byline = split_byline_line(line)
    assert (byline.source, byline.authors, byline.published_at) == (source, authors, date)


@pytest.mark.parametrize(
    "line", ["El director del IMSS anunció el inicio", "El Ciudadano · Zacatecas"]
)
def test_split_byline_line_rejects_ordinary_text(line):
    assert split_byline_line(line) is None


def test_wire_impossible_byline_date_is_a_warning():
    article = WireReader().parse(
        "## T\n\nEl Sol · 31 de febrero de 2024\n\nDeck\n\nTexto.", source_path="x"
    )
    assert article.source == "El Sol"
    assert article.published_at is None
    assert article.warnings[0] == "fecha imposible «31 de febrero de 2024»; se importa sin fecha"


def test_wire_with_author_teaser_link_and_credit():
    article = parse_case("wire-by-author.md")
    assert article.format == "wire"
    assert (
        article.title
        == "Capturan a presunto responsable de robo a transportistas en la carretera 45"
    )
    assert article.bylines == (Byline("Ana Luisa Ruiz", "person"),)
    assert article.source == "Noticias del Altiplano"
    assert article.published_at == local(2023, 2, 22)
    assert article.deck.startswith(
        "La Fiscalía General de Justicia del Estado informó de la captura"
    )
    assert article.lead_image_credit == "Cortesía FGJEZ"
    assert "Refuerzan vigilancia" not in article.body
    assert article.body.endswith("puesto a disposición de un juez de control.")


def test_wire_without_byline_line_has_no_deck():
    article = WireReader().parse("## Título\n\nPrimer párrafo.\n\nSegundo.", source_path="x")
    assert (article.title, article.deck, article.body) == (
        "Título",
        "",
        "Primer párrafo.\n\nSegundo.",
    )
    assert article.warnings == ("sin fecha",)


def test_wire_source_falls_back_to_the_fuente_line():
    article = WireReader().parse(
        "## Título\n\nTexto.\n\nFuente: Agencia Zacatecana", source_path="x"
    )
    assert article.source == "Agencia Zacatecana"


# Press releases --------------------------------------------------------------------


def test_press_release_with_dateline_and_bulletin_number():
    article = parse_case("press-release-dateline.md")
    assert (
        article.title
        == "Amplía IMSS horario de atención en Unidades de Medicina Familiar de Zacatecas"
    )
    assert article.published_at == local(2024, 3, 12)
    assert article.source == "Instituto Mexicano del Seguro Social"
    assert article.highlights == (
        "Las 12 unidades de la capital y Guadalupe atenderán hasta las 22:00 horas",
        "La medida beneficia a más de 300 mil derechohabientes",
    )
    assert article.media_links == ("https://drive.google.com/drive/folders/ejemploFotosUMF2024",)
    assert article.body.startswith("El Instituto Mexicano del Seguro Social (IMSS) en Zacatecas")
    assert article.body.endswith("después de su jornada laboral”, señaló.")
    for gone in ("No. 045/2024", "Ciudad de México, martes", "-0-", "UNIDAD DE"):
        assert gone not in article.body
    assert article.removed[:2] == ("Ciudad de México, martes 12 de marzo de 2024", "No. 045/2024")
    assert article.warnings == ()


def test_press_release_with_dateline_glued_to_the_first_paragraph():
    article = parse_case("press-release-glued-dateline.md")
    assert article.title == "Inicia campaña de vacunación contra influenza en Zacatecas"
    assert article.published_at == local(2016, 10, 5)
    assert article.source == "Secretaría de Salud de Zacatecas"
    assert article.body.startswith("La Secretaría de Salud de Zacatecas (SSZ) inició la campaña")
    assert article.removed == ("Zacatecas, Zac., 5 de octubre de 2016.-", "-o0o-")


def test_press_release_without_a_known_issuer_warns():
    article = PressReleaseReader().parse(
        "Habrá lluvias\n\nLloverá toda la semana.\n\n-0-", source_path="x"
    )
    assert article.source == ""
    assert article.warnings == ("no se identificó la institución emisora", "sin fecha")


def test_split_trailer_keeps_links_without_angle_brackets():
    body, links, removed = split_trailer(
        "Texto.\n\n---o0o---\n\nLINK DE VIDEO\n\n<https://x.mx/v?e=1>\nhttps://x.mx/f "
        "https://x.mx/f"
    )
    assert body == "Texto.\n\n"
    assert links == ("https://x.mx/v?e=1", "https://x.mx/f")
    assert removed == "---o0o--- LINK DE VIDEO"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("!!timestamp 2016-10-05", local(2016, 10, 5)),  # PyYAML builds a date
        ("!!timestamp 2016-10-05 16:30:00Z", local(2016, 10, 5, 11, 30)),  # an aware datetime
    ],
)
def test_yaml_date_objects_work(value, expected):
    assert jekyll(f"---\ntitle: T\ndate: {value}\n---\nx").published_at == expected


# Jekyll: a byline line opening the body, an image written as a mapping ------------------


def test_a_by_line_opening_a_post_without_an_author_key_is_its_byline():
    post = jekyll(
        "---\ntitle: Llega la feria del elote a Jala\ndate: 2022-08-14\n---\n\n"
        "Por: Rosaura Pinedo Lomelí\n\n"
        "La feria del elote de Jala abrió este domingo con 60 expositores de la región.\n"
    )
    assert [b.name for b in post.bylines] == ["Rosaura Pinedo Lomelí"]
    assert post.body.startswith("La feria del elote")


@pytest.mark.parametrize(
    "first",
    [
        "Por la tarde, vecinos de la colonia Centro cerraron la calle Hidalgo.",  # a sentence
        "Por Redacción",  # a desk, no person
        "Por obras hasta el lunes.",  # a short sentence alone: the post's whole body
        "Por falta de agua en tres colonias",  # words in lower case, not a name
    ],
)
def test_an_opening_line_that_names_no_person_stays(first):
    post = jekyll(f"---\ntitle: Cierran la calle Hidalgo\n---\n\n{first}\n\nMás texto aquí.\n")
    assert post.bylines == () or all(b.kind != "person" for b in post.bylines)
    if first.endswith("."):
        assert post.body.startswith(first)


@pytest.mark.parametrize(
    ("image", "url", "credit"),
    [
        (
            'image:\n  path: https://img.example/feria.jpg\n  caption: "Foto: Cortesía DIF Jala"',
            "https://img.example/feria.jpg",
            "Cortesía DIF Jala",
        ),
        (
            "imagen:\n  url: https://img.example/feria.jpg\n  credito: Archivo El Nayar",
            "https://img.example/feria.jpg",
            "Archivo El Nayar",
        ),
        # A caption that is no credit gives none.
        (
            "image:\n  src: https://img.example/feria.jpg\n  caption: Puestos de elote asado",
            "https://img.example/feria.jpg",
            "",
        ),
    ],
)
def test_an_image_mapping_gives_the_lead_image_and_its_credit(image, url, credit):
    post = jekyll(f"---\ntitle: Llega la feria del elote\n{image}\n---\n\nTexto de la nota.\n")
    assert (post.lead_image_url, post.lead_image_credit) == (url, credit)


@pytest.mark.parametrize(
    ("image", "url", "credit"),
    [
        # A theme's header mapping (Minimal Mistakes): its teaser and caption.
        (
            'header:\n  teaser: https://img.example/feria.jpg\n  caption: "Foto: Luis Ake / DN"',
            "https://img.example/feria.jpg",
            "Luis Ake / DN",
        ),
        # The credit as a key of its own beside the image's address.
        (
            'image: https://img.example/feria.jpg\nimage_credit: "Datos Norte / Luis Ake"',
            "https://img.example/feria.jpg",
            "Datos Norte / Luis Ake",
        ),
        ("credito_foto: 'Foto: Archivo'", "", "Archivo"),
        # «header: true» is a theme's switch, not an image.
        ("header: true", "", ""),
    ],
)
def test_an_image_credit_key_or_a_header_mapping_gives_the_credit(image, url, credit):
    post = jekyll(f"---\ntitle: Llega la feria del elote\n{image}\n---\n\nTexto de la nota.\n")
    assert (post.lead_image_url, post.lead_image_credit) == (url, credit)


def test_a_website_key_names_the_site():
    post = jekyll("---\ntitle: Llega la feria del elote\nsitio_web: Datos Norte\n---\n\nTexto.\n")
    assert post.source == "Datos Norte"


@pytest.mark.parametrize(
    "author",
    ["Dirección de Comunicación Social", "H. Ayuntamiento de Tepic", "Coordinación de Prensa"],
)
def test_an_office_given_as_the_author_names_no_one(author):
    article = jekyll(f"---\ntitle: Nota\nautor: {author}\n---\nTexto de la nota.")
    assert article.bylines == ()


def test_a_station_reporters_label_is_a_byline():
    text = (
        "Radio Ejemplo 90.1 FM\n\nReabren el puente del río Verde tras las lluvias\n\n"
        "Reporta: Julia Montes Arce\nPublicado: 03/02/2021 14:10 hrs\n\n"
        "El puente del río Verde volvió a abrir este miércoles después de una semana cerrado."
    )
    article = detect_reader(text).parse(text, source_path="nota.txt")
    assert [b.name for b in article.bylines] == ["Julia Montes Arce"]


def test_a_states_name_in_ordinary_case_over_a_plain_title_is_its_section():
    article = WireReader().parse(
        "Durango\n"
        "Lluvias dejan sin luz a tres colonias de Gómez Palacio\n"
        "Por Elsa Treviño | La Voz Lagunera\n"
        "Martes 4 de julio de 2023 - 09:15\n"
        "\n"
        "Las tormentas de la noche derribaron postes en la colonia Filadelfia y en dos "
        "fraccionamientos del oriente.\n",
        source_path="nota.txt",
    )
    assert article.title == "Lluvias dejan sin luz a tres colonias de Gómez Palacio"
    assert article.section == "Durango"
    assert [b.name for b in article.bylines] == ["Elsa Treviño"]


def test_a_section_in_brackets_over_the_title_is_the_kicker():
    text = (
        "[Deportes]\n"
        "\n"
        "**Los Tecolotes ganan la serie en casa**\n"
        "\n"
        "Noticias del Bravo · Redacción NB · 12-V-2019\n"
        "\n"
        "NUEVO LAREDO, Tamps. (NB).- El equipo local ganó el tercer juego de la serie ante "
        "su afición.\n"
    )
    assert detect_reader(text).name == "wire"
    article = WireReader().parse(text, source_path="nota.md")
    assert article.title == "Los Tecolotes ganan la serie en casa"
    assert article.section == "Deportes"
    assert article.published_at.date().isoformat() == "2019-05-12"
    # «[VIDEO]» is a format label, never a section.
    assert bracket_kicker("[VIDEO]\n\nTítulo") == ("", "[VIDEO]\n\nTítulo")


def test_a_section_alone_under_the_byline_line_is_the_section():
    text = (
        "# Abre el museo comunitario de Santa Inés del Monte\n\n"
        "Heraldo de los Valles | Redacción HV | 9.11.2034\n"
        "Cultura\n\n"
        "El museo comunitario de Santa Inés del Monte abrió sus puertas este domingo con "
        "una colección de textiles, máscaras y herramientas de labranza donadas por vecinos.\n\n"
        "La entrada será gratuita los fines de semana, informó el comité del museo.\n"
    )
    article = WireReader().parse(text, source_path="museo.md")
    assert article.section == "Cultura"
    assert article.source == "Heraldo de los Valles"
    assert article.published_at.date().isoformat() == "2034-11-09"
    assert article.body.startswith("El museo comunitario")
