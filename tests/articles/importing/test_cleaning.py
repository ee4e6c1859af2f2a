"""One small table per field cleaner."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_byline,
    clean_tags,
    clean_title,
    date_from_filename,
    drop_unsafe_html,
    is_bulletin_number,
    normalize_whitespace,
    parse_date,
    parse_spanish_date,
    repair_paragraphs,
    spanish_name_case,
    split_bylines,
    split_dateline,
    split_teaser,
    strip_boilerplate,
    take_highlights,
    take_lead_image,
)
from articles.importing.cleaning.dates import title_date
from articles.importing.cleaning.issuer import infer_issuer
from articles.importing.parsing import parse_bytes
from articles.importing.records import Byline, ImportFailure

DESK = Byline("Redacción", "desk")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=get_default_timezone())


# Titles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Negocia IMSS con administraciones  municipales el pago de adeudos",
            "Negocia IMSS con administraciones municipales el pago de adeudos",
        ),
        (
            "Acuerdan Godezac e IMSS coordinar esfuerzos      ",
            "Acuerdan Godezac e IMSS coordinar esfuerzos",
        ),
        ("Título\nen dos\tlíneas", "Título en dos líneas"),
        ("<b>Alerta</b> en <i>Fresnillo</i>", "Alerta en Fresnillo"),
        ("Fraude <script>alert('x')</script>en Jerez", "Fraude en Jerez"),
        ("Agua &amp; drenaje", "Agua & drenaje"),
        ("## Realizan reunión", "Realizan reunión"),
        ("**Título en negritas**", "Título en negritas"),
        ("Inflación < 4% en Zacatecas", "Inflación < 4% en Zacatecas"),
        ("   ", ""),
    ],
)
def test_clean_title(raw, title):
    assert clean_title(raw) == title


# Names and bylines ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("RAFAEL DE SANTIAGO ", "Rafael de Santiago"),
        ("JOSÉ ÁNGEL MUÑOZ", "José Ángel Muñoz"),
        ("MARÍA DE LOS ÁNGELES DEL RÍO", "María de los Ángeles del Río"),
        ("ANA LAURA DE LA TORRE Y LAS HERAS", "Ana Laura de la Torre y las Heras"),
        ("DE LA ROSA MARTÍNEZ", "De la Rosa Martínez"),
        ("ANA-LUISA PÉREZ-GÓMEZ", "Ana-Luisa Pérez-Gómez"),
        ("MA. ELENA O'FARRILL", "Ma. Elena O'Farrill"),
        ("juan carlos ortega", "Juan Carlos Ortega"),
        ("Rafael de Santiago", "Rafael de Santiago"),  # mixed case is trusted
        ("Leticia  McDonald  ", "Leticia McDonald"),
    ],
)
def test_spanish_name_case(raw, name):
    assert spanish_name_case(raw) == name


@pytest.mark.parametrize(
    "raw",
    [
        "REDACCION",
        "REDACCIÓN",
        "Redacción",
        "redaccion ",
        "Por: REDACCIÓN",
        "La Redacción",
        "REDACCIÓN.",
    ],
)
def test_desk_byline_variants_become_one_author(raw):
    assert clean_byline(raw) == DESK


@pytest.mark.parametrize(
    ("raw", "byline"),
    [
        ("RAFAEL DE SANTIAGO ", Byline("Rafael de Santiago", "person")),
        ("Por ANA LUISA RUIZ", Byline("Ana Luisa Ruiz", "person")),
        ("EFE", Byline("EFE", "agency")),
        ("notimex", Byline("Notimex", "agency")),
        ("  ", None),
        ("@usuario", None),
        ("Escrito por ROSALBA QUINTERO", Byline("Rosalba Quintero", "person")),
        ("Redactada por Irene Salcedo", Byline("Irene Salcedo", "person")),
    ],
)
def test_clean_byline(raw, byline):
    assert clean_byline(raw) == byline


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("RAFAEL DE SANTIAGO", ["Rafael de Santiago"]),
        (
            "RAFAEL DE SANTIAGO, MARÍA FERNANDA LÓPEZ Y JUAN CARLOS ORTEGA",
            ["Rafael de Santiago", "María Fernanda López", "Juan Carlos Ortega"],
        ),
        ("Ana Ruiz y Pedro Sánchez", ["Ana Ruiz", "Pedro Sánchez"]),
        ("Ana Ruiz; Pedro Sánchez / Luis Mora", ["Ana Ruiz", "Pedro Sánchez", "Luis Mora"]),
        ("ORTEGA Y GASSET", ["Ortega y Gasset"]),  # one word a side: a double surname
        ("Redacción y Agencias", ["Redacción", "Agencias"]),
        (["REDACCION", "Redacción", "redacción "], ["Redacción"]),
        (["Ana Ruiz", "Luis Mora y Eva Gil"], ["Ana Ruiz", "Luis Mora", "Eva Gil"]),
        ("", []),
        # A role after the name is not a byline.
        ("Por Hilda Marroquín, corresponsal", ["Hilda Marroquín"]),
        ("Raúl Tec / Enviado especial", ["Raúl Tec"]),
        # An academic or professional title names the degree, not the writer.
        ("Dra. Eva Gil Mora y Lic. Luis Mora", ["Eva Gil Mora", "Luis Mora"]),
        ("Mtro. Raúl Tec", ["Raúl Tec"]),
        ("Dr. Simi", ["Dr. Simi"]),  # nothing would be left but one word
    ],
)
def test_split_bylines(raw, names):
    assert [b.name for b in split_bylines(raw)] == names


# Dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 de enero de 2024", local(2024, 1, 9)),
        ("martes 12 de marzo de 2024", local(2024, 3, 12)),
        ("Martes, 12 de Marzo de 2024", local(2024, 3, 12)),
        ("miércoles 5 de octubre del 2016", local(2016, 10, 5)),
        ("5 de octubre de 2016", local(2016, 10, 5)),
        ("1º de septiembre de 2023", local(2023, 9, 1)),
        ("12 marzo 2024", local(2024, 3, 12)),
        ("Zacatecas", None),
        ("9 de enero", None),
    ],
)
def test_parse_spanish_date(text, expected):
    assert parse_spanish_date(text) == expected


def test_spanish_dates_are_midnight_in_the_site_time_zone():
    moment = parse_spanish_date("9 de enero de 2024")
    assert moment.tzinfo is get_default_timezone()
    assert str(get_default_timezone()) == "America/Mexico_City"
    assert (moment.hour, moment.minute) == (0, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2016-10-05", local(2016, 10, 5)),
        ("2016-10-05 10:30:00 -0600", local(2016, 10, 5, 11, 30)),  # CDT then was UTC-5
        ("2024-01-09 10:30:00 -0600", local(2024, 1, 9, 10, 30)),
        ("2024-01-09T16:30:00Z", local(2024, 1, 9, 10, 30)),
        ("2024-01-09 10:30", local(2024, 1, 9, 10, 30)),
        ("05/10/2016", local(2016, 10, 5)),  # day first, Mexican order
        ("5-10-2016", local(2016, 10, 5)),
        ("5 de octubre de 2016", local(2016, 10, 5)),
        (date(2016, 10, 5), local(2016, 10, 5)),
        (datetime(2016, 10, 5, 9, 0), local(2016, 10, 5, 9, 0)),
        (datetime(2024, 1, 9, 16, 0, tzinfo=UTC), local(2024, 1, 9, 10, 0)),
        ("Tue, 14 Mar 2023 09:12:00 -0600", local(2023, 3, 14, 9, 12)),  # an e-mail's date
        ("14 Mar 2023 09:12:00 -0600", local(2023, 3, 14, 9, 12)),
        # The day written is the story's day, even where the offset was not the
        # newsroom's that night (summer before 2022, another zone).
        ("2019-08-14 23:45:00 -06:00", local(2019, 8, 14, 23, 45)),
        ("2023-03-02 23:10:00 -08:00", local(2023, 3, 2, 23, 10)),
        (datetime(2018, 6, 1, 23, 0, tzinfo=timezone(timedelta(hours=-6))), local(2018, 6, 1, 23)),
        ("2024-01-09T03:00:00Z", local(2024, 1, 8, 21, 0)),  # UTC: converted
    ],
)
def test_parse_date(value, expected):
    moment = parse_date(value)
    assert moment == expected
    if moment is not None:
        assert moment.tzinfo is not None


@pytest.mark.parametrize(
    ("value", "warning", "impossible"),
    [
        ("2016-02-30", "fecha imposible «2016-02-30»; se importa sin fecha", True),
        (
            "31 de febrero de 2024",
            "fecha imposible «31 de febrero de 2024»; se importa sin fecha",
            True,
        ),
        ("13/13/2020", "fecha imposible «13/13/2020»; se importa sin fecha", True),
        ("0000-01-01", "fecha imposible «0000-01-01»; se importa sin fecha", True),
        (
            "2024-01-09 10:00 +2500",
            "fecha imposible «2024-01-09 10:00 +2500»; se importa sin fecha",
            True,
        ),
        ("mañana", "fecha no reconocida «mañana»; se importa sin fecha", False),
        (["2016-10-05"], "fecha no reconocida «['2016-10-05']»; se importa sin fecha", False),
    ],
)
def test_unusable_dates_raise_a_warning(value, warning, impossible):
    with pytest.raises(DateProblem) as problem:
        parse_date(value)
    assert problem.value.warning == warning
    assert problem.value.impossible is impossible


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("2016-10-05-filename-date.md", local(2016, 10, 5)),
        ("archivo/2023/2023-01-31-nota.md", local(2023, 1, 31)),
        ("C:\\notas\\2023-01-31-nota.md", local(2023, 1, 31)),
        ("2023-01-31.md", None),
        ("nota-2023-01-31-x.md", None),
    ],
)
def test_date_from_filename(path, expected):
    assert date_from_filename(path) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Minuta del comité de vecinos (14 de marzo de 2024)", local(2024, 3, 14)),
        ("Acuerdos de la junta editorial [02/09/2023]", local(2023, 9, 2)),
        ("Pendientes de la mesa de Ciudad — 5 de junio de 2022", local(2022, 6, 5)),
        ("Notas de la asamblea - lunes 7 de octubre de 2024", local(2024, 10, 7)),
        # No date, a date without its year, an impossible one, or one inside the title.
        ("Minuta del comité de vecinos (borrador)", None),
        ("Feria del libro abre el 15 de marzo", None),
        ("Reunión del comité (15 de marzo)", None),
        ("Reunión del comité (30 de febrero de 2023)", None),
        ("Recuerdan el sismo del 19 de septiembre de 1985 en Colima", None),
    ],
)
def test_title_date(title, expected):
    assert title_date(title) == expected


def test_a_note_dated_only_in_its_title():
    article = parse_bytes(
        "Minuta del comité de vecinos (14 de marzo de 2024)\n\n"
        "Asistieron 20 vecinos de la colonia Centro.\n\nSe acordó pedir una pipa.\n".encode(),
        source_path="minuta.txt",
    )
    assert article.title == "Minuta del comité de vecinos (14 de marzo de 2024)"
    assert article.published_at == local(2024, 3, 14)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ciudad de México, martes 12 de marzo de 2024", (local(2024, 3, 12), "")),
        (
            "Zacatecas, Zac., 5 de octubre de 2016.- La Secretaría de Salud inició…",
            (local(2016, 10, 5), "La Secretaría de Salud inició…"),
        ),
        (
            "Guadalupe, Zacatecas, 3 de mayo de 2023. El alcalde dijo…",
            (local(2023, 5, 3), "El alcalde dijo…"),
        ),
        ("Fresnillo, 31 de febrero de 2023", (None, "")),  # impossible: no date, still a dateline
        ("En la sesión del martes, 12 de marzo de 2024. Los diputados…", None),
        ("El director general del IMSS, Zoé Robledo, señaló", None),
    ],
)
def test_split_dateline(paragraph, expected):
    assert split_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("No. 045/2024", True),
        ("Comunicado No. 123", True),
        ("Boletín 045/2024", True),
        ("Núm. 7", True),
        ("2024", False),
        ("No es un boletín", False),
    ],
)
def test_is_bulletin_number(line, expected):
    assert is_bulletin_number(line) is expected


# Lead image and highlights -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "rest"),
    [
        (
            "![](http://i.imgur.com/q1YSc7dm.jpg)\n■ El reto",
            "http://i.imgur.com/q1YSc7dm.jpg",
            "■ El reto",
        ),
        (
            "![](http://i.imgur.com/SkAylWNm.jpg)El Gobierno del Estado y el IMSS",
            "http://i.imgur.com/SkAylWNm.jpg",
            "El Gobierno del Estado y el IMSS",
        ),
        ('![Foto](https://x.mx/a.jpg "Plaza")\n\nTexto.', "https://x.mx/a.jpg", "Texto."),
        ("![](javascript:alert(1))Texto", None, "![](javascript:alert(1))Texto"),
        ("Texto ![](https://x.mx/a.jpg)", None, "Texto ![](https://x.mx/a.jpg)"),
    ],
)
def test_take_lead_image(text, url, rest):
    image, remaining = take_lead_image(text)
    assert (image.url if image else None) == url
    assert remaining == rest


@pytest.mark.parametrize(
    ("paragraphs", "bullets", "highlights", "rest"),
    [
        (["■ Uno", "■  Dos ", "Texto."], False, ["Uno", "Dos"], ["Texto."]),
        (["■ Uno\n■ Dos", "Texto."], False, ["Uno", "Dos"], ["Texto."]),
        (["- **Uno**\n- **Dos**", "Texto."], True, ["Uno", "Dos"], ["Texto."]),
        (["* **Uno con coma, y más**", "Texto."], True, ["Uno con coma, y más"], ["Texto."]),
        (["- **Uno**", "Texto."], False, [], ["- **Uno**", "Texto."]),  # only press releases
        (["Texto.", "■ Tarde"], False, [], ["Texto.", "■ Tarde"]),  # only at the top
    ],
)
def test_take_highlights(paragraphs, bullets, highlights, rest):
    assert take_highlights(paragraphs, bullets=bullets) == (highlights, rest)


# Boilerplate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teaser", "rest"),
    [
        (  # the seed: a capitalised article after a name, then an acronym
            "Federación da seguimiento a transición del IMSS-Bienestar en Puebla El "
            "IMSS-Bienestar asumirá un papel más amplio.",
            "Federación da seguimiento a transición del IMSS-Bienestar en Puebla",
            "El IMSS-Bienestar asumirá un papel más amplio.",
        ),
        (
            "Detienen a tres por robo de cable en Fresnillo La Policía Municipal informó que "
            "los detenidos fueron consignados.",
            "Detienen a tres por robo de cable en Fresnillo",
            "La Policía Municipal informó que los detenidos fueron consignados.",
        ),
        (
            "Lluvias dejan daños en 20 viviendas de Guadalupe Durante la madrugada, el arroyo se "
            "desbordó.",
            "Lluvias dejan daños en 20 viviendas de Guadalupe",
            "Durante la madrugada, el arroyo se desbordó.",
        ),
        (  # "en El Salvador": a name after a connector is not a cut
            "Celebran en El Salvador la cumbre regional Las autoridades locales confirmaron la "
            "sede.",
            "Celebran en El Salvador la cumbre regional",
            "Las autoridades locales confirmaron la sede.",
        ),
        (  # "El Buen Fin" is only a weak cut; "Los comercios" is a strong one
            "Así será El Buen Fin 2024 en Zacatecas Los comercios participantes ofrecerán "
            "descuentos.",
            "Así será El Buen Fin 2024 en Zacatecas",
            "Los comercios participantes ofrecerán descuentos.",
        ),
        (  # a past-tense verb opens the sentence
            "Robledo visita hospitales de Zacatecas Informó que la obra estará lista en marzo.",
            "Robledo visita hospitales de Zacatecas",
            "Informó que la obra estará lista en marzo.",
        ),
        (
            "AMLO va por regulaciones en salarios mínimos y pensiones del IMSS Foto: *Archivo El "
            "Ciudadano*",
            "AMLO va por regulaciones en salarios mínimos y pensiones del IMSS",
            "Foto: *Archivo El Ciudadano*",
        ),
        (
            "AMLO va por regulaciones en salarios mínimos",
            "AMLO va por regulaciones en salarios mínimos",
            "",
        ),
        (
            "[Refuerzan vigilancia](https://noticias.ejemplo/x) El operativo sigue.",
            "[Refuerzan vigilancia](https://noticias.ejemplo/x)",
            "El operativo sigue.",
        ),
        (
            "Inauguran hospital en La Paz El nuevo edificio tiene 120 camas.",
            "Inauguran hospital en La Paz",
            "El nuevo edificio tiene 120 camas.",
        ),
    ],
)
def test_split_teaser(text, teaser, rest):
    assert split_teaser(text) == (teaser, rest)


def test_strip_boilerplate_keeps_text_and_reports_what_it_cut():
    paragraphs = [
        "Primer párrafo.",
        "También puedes leer: Federación da seguimiento en Puebla El IMSS-Bienestar asumirá un "
        "papel.",
        "**Te puede interesar:** Suben precios del gas",
        "Lee también: Cierran carretera Foto: *Archivo El Ciudadano*",
        "- [Liga suelta](https://x.mx)",
        "## Recuerda suscribirte a nuestro boletín",
        "- → https://bit.ly/3tgVlSo\n- https://t.me/ciudadanomx\n- 📰 elciudadano.com",
        "elciudadano.com",
        "Fuente: El Ciudadano",
        "Último párrafo.",
    ]
    kept, credit, source, removed = strip_boilerplate(paragraphs)
    assert kept == ["Primer párrafo.", "El IMSS-Bienestar asumirá un papel.", "Último párrafo."]
    assert credit == "Archivo El Ciudadano"
    assert source == "El Ciudadano"
    assert removed == [
        "También puedes leer: Federación da seguimiento en Puebla",
        "**Te puede interesar:** Suben precios del gas",
        "Lee también: Cierran carretera",
        "Foto: *Archivo El Ciudadano*",
        "- [Liga suelta](https://x.mx)",
        "## Recuerda suscribirte a nuestro boletín",
        "- → https://bit.ly/3tgVlSo\n- https://t.me/ciudadanomx\n- 📰 elciudadano.com",
        "elciudadano.com",
        "Fuente: El Ciudadano",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "También se informó que la obra concluirá en marzo.",  # no colon: a sentence
        "Fuentes cercanas al caso dijeron que habrá cambios.",
        "Foto por foto, el archivo muestra la transformación del centro.",
        "Visita www.zacatecas.gob.mx para más información.",
    ],
)
def test_strip_boilerplate_leaves_ordinary_sentences(paragraph):
    assert strip_boilerplate([paragraph]) == ([paragraph], "", "", [])


# Paragraphs and white space ----------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["de 11,455 millones de pesos. La", "meta es completar este proceso."],
            ["de 11,455 millones de pesos. La meta es completar este proceso."],
        ),
        (
            ["Dijo que los municipios,", "los ayuntamientos y el estado."],
            ["Dijo que los municipios, los ayuntamientos y el estado."],
        ),
        (["Termina bien.", "empieza en minúscula."], ["Termina bien.", "empieza en minúscula."]),
        (["Sin punto final", "Mayúscula al inicio."], ["Sin punto final", "Mayúscula al inicio."]),
        (
            ["**empleador del personal de salud.**", "durante la reunión."],
            ["**empleador del personal de salud.**", "durante la reunión."],
        ),
        (
            ["## Antecedentes", "la obra inició en 2022."],
            ["## Antecedentes", "la obra inició en 2022."],
        ),
        (["- primer punto", "segundo renglón."], ["- primer punto", "segundo renglón."]),
        (["“Es un sistema público”", "dijo."], ["“Es un sistema público”", "dijo."]),
        (["uno sin punto", "dos sin punto", "tres."], ["uno sin punto dos sin punto tres."]),
    ],
)
def test_repair_paragraphs(paragraphs, expected):
    assert repair_paragraphs(paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uno.\n \nDos.", "Uno.\n\nDos."),  # separator holding one space (seeds 001, 002)
        ("Uno.\n\u00a0\nDos.", "Uno.\n\nDos."),  # separator holding a NBSP
        ("Uno.\n\n\n\n\nDos.", "Uno.\n\nDos."),
        ("Javier Cabral Soto,  delegado\tdel IMSS", "Javier Cabral Soto, delegado del IMSS"),
        ("    Párrafo con sangría.\n\tOtro.", "Párrafo con sangría.\nOtro."),
        ("\n\n  Texto  \n\n", "Texto"),
        ("línea uno\nlínea dos", "línea uno\nlínea dos"),
    ],
)
def test_normalize_whitespace(text, expected):
    assert normalize_whitespace(text) == expected


@pytest.mark.parametrize(
    ("html", "text", "tags"),
    [
        ("Antes <script>alert(1)</script>después", "Antes después", ("script",)),
        ("A<STYLE type='text/css'>p{}</STYLE>B", "AB", ("style",)),
        ('A<iframe src="https://x"></iframe>B<iframe src="y"/>C', "ABC", ("iframe",)),
        ("A<script>sin cierre <script>otra", "Asin cierre otra", ("script",)),
        ("Texto <b>normal</b> & más", "Texto <b>normal</b> & más", ()),
        ("Sin etiquetas", "Sin etiquetas", ()),
    ],
)
def test_drop_unsafe_html(html, text, tags):
    assert drop_unsafe_html(html) == (text, tags)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # WordPress block markers around every paragraph.
        (
            "<!-- wp:paragraph -->\nPrimero.\n<!-- /wp:paragraph -->\n\nSegundo.",
            "Primero.\n\nSegundo.",
        ),
        # A template tag alone on its line (Liquid, Jinja, Hugo).
        ("Primero.\n\n{% include banner-nota.html %}\n\nSegundo.", "Primero.\n\nSegundo."),
        ("Primero.\n\n{{ site.publicidad }}\n\nSegundo.", "Primero.\n\nSegundo."),
        # Shortcodes alone on their line, with or without content.
        ("Primero.\n\n[embed]https://video.example/x[/embed]\n\nSegundo.", "Primero.\n\nSegundo."),
        ('Primero.\n\n[gallery ids="3,4"]\n\nSegundo.', "Primero.\n\nSegundo."),
        # Not markup: a Markdown link, a bracketed label, braces inside prose.
        ("Primero.\n\n[Mapa](https://mapa.example)", "Primero.\n\n[Mapa](https://mapa.example)"),
        ("Primero.\n\n[Video]\n\nSegundo.", "Primero.\n\n[Video]\n\nSegundo."),
        (
            "El conjunto {a, b} y [nota] dentro del texto.",
            "El conjunto {a, b} y [nota] dentro del texto.",
        ),
    ],
)
def test_cms_markup_is_no_body(raw, kept):
    assert clean_body(raw).text == kept


# Short fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "tags"),
    [
        ("movilidad, ciclovía,  Zacatecas", ("movilidad", "ciclovía", "Zacatecas")),
        (["Salud", "salud", "SALUD "], ("Salud",)),
        (["Educación", "Educacion"], ("Educación",)),
        (["#Zacatecas", "", "  "], ("Zacatecas",)),
        ([f"tema {n}" for n in range(40)], tuple(f"tema {n}" for n in range(30))),
        (["x" * 150], ("x" * 100,)),
    ],
)
def test_clean_tags(value, tags):
    assert clean_tags(value) == tags


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "IMSS Bienestar tiene sólidas bases jurídicas",
            "El director general del Instituto Mexicano del Seguro Social (IMSS), Zoé Robledo, "
            "señaló…",
        ),
        (
            "Amplía IMSS horario",
            "El Instituto Mexicano del Seguro Social (IMSS) en Zacatecas informó…",
        ),
    ],
)
def test_infer_issuer_from_the_acronym_in_the_title(title, body):
    assert infer_issuer(title, body) == "Instituto Mexicano del Seguro Social"


@pytest.mark.parametrize(
    ("title", "body", "issuer"),
    [
        (
            "Inicia campaña de vacunación",
            "La Secretaría de Salud de Zacatecas (SSZ) inició la campaña.",
            "Secretaría de Salud de Zacatecas",
        ),
        (
            "Refuerza SSZ vigilancia",
            "En reunión con el Instituto Mexicano del Seguro Social (IMSS), la Secretaría de Salud "
            "de Zacatecas (SSZ) acordó…",
            "Secretaría de Salud de Zacatecas",
        ),
        ("Habrá lluvias", "Lloverá esta semana, informó la dependencia.", ""),
        ("Visita de la ONU", "La Organización de las Naciones Unidas (ONU) visitó Zacatecas.", ""),
    ],
)
def test_infer_issuer(title, body, issuer):
    assert infer_issuer(title, body) == issuer


# The body as a whole, and the shared checks ------------------------------------------


def test_clean_body_chains_the_steps():
    cleaned = clean_body(
        "![](http://i.imgur.com/a.jpg)\n■ Sumario uno \n\n■ Sumario dos\n\nPrimer párrafo con "
        "<script>x()</script>texto. La\n \nmeta es clara.\n\nTambién puedes leer: Otra nota "
        "Foto: *Archivo*"
    )
    assert cleaned.lead_image_url == "http://i.imgur.com/a.jpg"
    assert cleaned.highlights == ("Sumario uno", "Sumario dos")
    assert cleaned.text == "Primer párrafo con texto. La meta es clara."
    assert cleaned.lead_image_credit == "Archivo"
    assert cleaned.removed == ("También puedes leer: Otra nota", "Foto: *Archivo*")
    assert cleaned.warnings == ("se eliminó HTML no permitido (script)",)


def test_clean_body_takes_a_press_dateline_only_when_asked():
    text = "Zacatecas, Zac., 5 de octubre de 2016.- La dependencia informó."
    assert clean_body(text).text == text
    cleaned = clean_body(text, datelines=True)
    assert cleaned.text == "La dependencia informó."
    assert cleaned.dateline_date == local(2016, 10, 5)


def test_build_article_requires_a_title():
    with pytest.raises(ImportFailure, match=r"^falta el título$"):
        build_article(format="jekyll", title="", body="Texto.")


@pytest.mark.parametrize(
    ("fields", "warnings"),
    [
        ({"title": "Nota", "body": "Texto."}, ("sin fecha",)),
        ({"title": "Nota", "body": "Texto.", "published_at": local(2024, 1, 9)}, ()),
        (
            {"title": "x" * 301, "body": "Texto.", "published_at": local(2024, 1, 9)},
            ("título muy largo",),
        ),
        (
            {"title": "Nota", "body": "", "published_at": local(2024, 1, 9)},
            ("el cuerpo está vacío",),
        ),
        ({"title": "Nota", "body": "Texto.", "warnings": ("previa",)}, ("previa", "sin fecha")),
    ],
)
def test_build_article_warnings(fields, warnings):
    assert build_article(format="jekyll", **fields).warnings == warnings


def test_build_article_cuts_short_fields_to_their_columns():
    article = build_article(
        format="jekyll",
        title="Nota",
        body="Texto.",
        section="s" * 150,
        source="f" * 250,
        bylines=(Byline("n" * 250, "person"),),
        published_at=local(2024, 1, 9) + timedelta(hours=1),
    )
    assert (len(article.section), len(article.source), len(article.bylines[0].name)) == (
        100,
        200,
        200,
    )


def test_a_bold_dateline_whose_dash_is_outside_the_marks_is_taken():
    cleaned = clean_body(
        "**Linares, Nuevo León, 4 de febrero de 2018.**- El cabildo aprobó el reglamento.",
        datelines=True,
    )
    assert cleaned.text == "El cabildo aprobó el reglamento."
    assert cleaned.dateline_date == local(2018, 2, 4)
    assert cleaned.dateline_city == "Linares"


def test_a_month_in_roman_numerals_is_a_date():
    from articles.importing.cleaning.dates import parse_date_line

    assert parse_date("14-III-2017") == local(2017, 3, 14)
    assert parse_date("2/XI/2008") == local(2008, 11, 2)
    assert parse_date("9.VII.2012") == local(2012, 7, 9)
    with pytest.raises(DateProblem):
        parse_date("30-II-2015")
    assert parse_date_line("CIVIL-2015") is None


def test_a_credited_dateline_without_its_year_is_still_a_dateline():
    from articles.importing.cleaning.dates import find_credited_dateline

    found, credit = find_credited_dateline(
        "SABINAS, Coah., 3 de agosto (NCI).– Los mineros volvieron al tiro."
    )
    assert (found.city, found.moment, found.year_missing) == ("SABINAS", None, True)
    assert found.rest == "Los mineros volvieron al tiro."
    assert credit == "NCI"


def test_a_writers_handle_after_the_name_is_no_part_of_the_byline():
    assert clean_byline("Por Marta Quiroz Leal (@mquiroz_nd)").name == "Marta Quiroz Leal"
    assert clean_byline("Marta Quiroz Leal @mquiroz").name == "Marta Quiroz Leal"
    assert clean_byline("@mquiroz") is None


def test_a_template_include_keeps_only_the_photo_credit_it_passes():
    from articles.importing.cleaning.text import drop_cms_markup

    text = (
        '{% include imagen.html src="/fotos/presa.jpg" credito="Foto: Archivo Eco del Valle" %}\n'
        "\n"
        "La presa está al 40 por ciento.\n"
        "\n"
        '{% include banner.html slot="medio" %}\n'
        "{% include figura.html credit='Ramiro Solís' %}"
    )
    assert drop_cms_markup(text) == (
        "Foto: Archivo Eco del Valle\n\nLa presa está al 40 por ciento.\n\n\nFoto: Ramiro Solís"
    )
    cleaned = clean_body(text)
    assert cleaned.text == "La presa está al 40 por ciento."
    assert cleaned.lead_image_credit == "Archivo Eco del Valle"


def test_html_remnants_become_markdown():
    from articles.importing.cleaning.text import html_blocks_to_markdown

    text = (
        "Deportes\n\n<H3>Los Halcones de Tecpan ganan el torneo</H3>\n\n"
        '<p class="nota"><b>Gaceta del Sur</b> · Por Irene Valdés<br>\nTecpan</p>\n\n'
        "<p>El equipo <em>local</em> venció 3-1 a los visitantes.</p>\n"
    )
    assert html_blocks_to_markdown(text) == (
        "Deportes\n\n### Los Halcones de Tecpan ganan el torneo\n\n"
        "**Gaceta del Sur** · Por Irene Valdés\nTecpan\n\n"
        "El equipo *local* venció 3-1 a los visitantes.\n\n"
    )
    assert html_blocks_to_markdown("Sin etiquetas <a href='x'>aquí</a>.") == (
        "Sin etiquetas <a href='x'>aquí</a>."
    )


def test_a_press_release_wrapped_in_html_is_read():
    text = (
        "<p><b>AYUNTAMIENTO DE SAN PEDRO LAS PALMAS 2031-2033</b><br>\n"
        "Coordinación de Comunicación Social</p>\n\n"
        "<p>Boletín 0412/2031</p>\n\n"
        "<p><b>Abren inscripciones para los talleres de verano en la Casa de Cultura</b></p>\n\n"
        "<p>San Pedro Las Palmas, Gro., 4 de julio de 2031.- El Ayuntamiento abrió las "
        "inscripciones para los talleres de verano, que incluyen pintura, danza y ajedrez "
        "para niñas y niños de seis a doce años.</p>\n\n"
        "<p>Las clases serán gratuitas y comenzarán el lunes 14 de julio en la Casa de "
        "Cultura del barrio de La Loma.</p>\n\n"
        "<p>-oOo-</p>\n"
    )
    article = parse_bytes(text.encode(), source_path="boletin.txt")
    assert article.format == "press_release"
    assert article.title == "Abren inscripciones para los talleres de verano en la Casa de Cultura"
    assert article.bulletin_number == "0412/2031"
    assert article.dateline_city == "San Pedro Las Palmas"
    assert article.published_at.date() == date(2031, 7, 4)
    assert "<p>" not in article.body and "oOo" not in article.body
