"""The press-release tables (cleaning/press.py) and the dateline, row by row."""

from datetime import date, datetime

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.cleaning import find_dateline, take_dateline
from articles.importing.cleaning.issuer import subject_institution
from articles.importing.cleaning.press import (
    combine_issuer,
    is_contact_block,
    is_end_marker,
    is_issuer_line,
    is_kicker,
    issuer_case,
    last_end_marker,
    office_in_line,
    parse_bulletin_number,
    read_header,
)
from articles.importing.parsing import parse_bytes


def local(*args) -> datetime:
    return datetime(*args, tzinfo=get_default_timezone())


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("No. 318/2023", "318/2023"),
        ("Boletín 1102", "1102"),
        ("Comunicado 071/2024", "071/2024"),
        ("Comunicado SSP/0457/2023", "SSP/0457/2023"),
        ("Boletín UEDS-019", "UEDS-019"),
        ("Comunicado No. 0815", "0815"),
        ("Comunicado de prensa No. 58-23", "58-23"),
        ("Boletín No. 45", "45"),
        ("IEPC/CS/089/2025", "IEPC/CS/089/2025"),
        ("**Boletín 27/2024**", "27/2024"),
        ("Núm. 7", "7"),
        ("Núm. CS-412/2023", "CS-412/2023"),  # an office's code after «Núm.»
        ("No. DGCS-08/2024", "DGCS-08/2024"),
        ("COMUNICADO CONJUNTO 044/2025", "044/2025"),  # a joint release of two offices
        ("Boletín conjunto 12", "12"),
        ("No. de registro", None),
        ("COMUNICADO", None),
        ("No es un boletín", None),
        ("2024", None),
        ("Boletín de prensa", None),
    ],
)
def test_parse_bulletin_number(line, number):
    assert parse_bulletin_number(line) == number


@pytest.mark.parametrize(
    "line",
    ["---o0o---", "-oOo-", "oo0oo", "---000---", "* * *", "- - -", "###", "-30-", "FIN", "— o0o —"],
)
def test_end_markers(line):
    assert is_end_marker(line)


@pytest.mark.parametrize("line", ["000", "Fin de semana largo", "---", "#", "30", "fino"])
def test_not_end_markers(line):
    assert not is_end_marker(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SECRETARÍA DE SALUD", True),
        ("H. AYUNTAMIENTO DE CAJEME", True),
        ("XXIV Ayuntamiento de Ensenada", True),
        ("Comisión Nacional del Agua", True),
        ("Oficina de Representación en Quintana Roo", True),
        ("Secretaría de Salud intensifica acciones contra el dengue", False),
        ("EMITE CONAGUA RECOMENDACIONES A POBLACIÓN RIBEREÑA", False),
        ("Rehabilitan 14 parques en colonias del sur", False),
    ],
)
def test_is_issuer_line(line, expected):
    assert is_issuer_line(line) is expected


@pytest.mark.parametrize(
    ("parts", "issuer"),
    [
        (["GOBIERNO DE YUCATÁN", "SECRETARÍA DE SALUD"], "Secretaría de Salud"),
        (["GOBIERNO DE NUEVO LEÓN"], "Gobierno de Nuevo León"),
        (
            ["Comisión Nacional del Agua", "Dirección Local Chiapas"],
            "Comisión Nacional del Agua, Dirección Local Chiapas",
        ),
        (["XXIV AYUNTAMIENTO DE ENSENADA"], "XXIV Ayuntamiento de Ensenada"),
        (
            ["Secretaría de Bienestar", "Oficina de Representación en Guerrero"],
            "Secretaría de Bienestar, Oficina de Representación en Guerrero",
        ),
    ],
)
def test_combine_issuer_prefers_the_specific_office(parts, issuer):
    assert combine_issuer(parts) == issuer


def test_issuer_case_keeps_roman_numerals():
    assert issuer_case("H. CONGRESO DEL ESTADO DE GUERRERO") == "H. Congreso del Estado de Guerrero"


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Unidad de Comunicación Social del Ayuntamiento de Cajeme", "Ayuntamiento de Cajeme"),
        ("Secretaría de Salud Jalisco", "Secretaría de Salud Jalisco"),
        ("Dirección de Comunicación Social", ""),
        ("Tel. 618 825 2533", ""),
    ],
)
def test_office_in_a_contact_line(line, office):
    assert office_in_line(line) == office


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Unidad de Comunicación Social\nTel. 618 825 2533 | prensa@x.mx", True),
        ("Síguenos en redes: @MeridaAyto\nFotos: https://x.mx/f", True),
        ("El director habló en conferencia de prensa sobre los resultados del programa.", False),
        ("Las brigadas trabajarán de lunes a sábado.", False),
    ],
)
def test_is_contact_block(paragraph, expected):
    assert is_contact_block(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "city", "date", "rest"),
    [
        (
            "Mérida, Yucatán, 3 de mayo de 2023.- La Secretaría",
            "Mérida",
            local(2023, 5, 3),
            "La Secretaría",
        ),
        (
            "Chilpancingo, Guerrero; a 19 de septiembre de 2023. El Pleno",
            "Chilpancingo",
            local(2023, 9, 19),
            "El Pleno",
        ),
        ("Durango, Dgo., a 26 de abril de 2025", "Durango", local(2025, 4, 26), ""),
        ("Mérida, Yuc., 30 de octubre de 2023.— Con la", "Mérida", local(2023, 10, 30), "Con la"),
        ("Cd. Victoria, Tamaulipas, 2 de junio de 2023", "Cd. Victoria", local(2023, 6, 2), ""),
        ("Villahermosa, Tab.; a 5 de marzo de 2024.- El", "Villahermosa", local(2024, 3, 5), "El"),
    ],
)
def test_find_dateline(paragraph, city, date, rest):
    found = find_dateline(paragraph)
    assert (found.city, found.moment, found.rest) == (city, date, rest)


@pytest.mark.parametrize(
    ("paragraph", "city", "rest"),
    [
        ("Tlaxcala de Xicohténcatl, Tlax., a 4 de junio.- El Sistema", "Tlaxcala de Xicohténcatl",
         "El Sistema"),
        ("Ciudad Lerdo, Dgo., a 9 de abril", "Ciudad Lerdo", ""),
        # The formal «a» before the date, a full stop closing it, the lede after.
        ("San Cristóbal de las Casas, Chiapas; a 12 de agosto. Con la llegada",
         "San Cristóbal de las Casas", "Con la llegada"),
        ("Zacatecas, Zac., a 7 de marzo. El Instituto", "Zacatecas", "El Instituto"),
    ],
)  # fmt: skip
def test_a_dateline_without_a_year_gives_the_city_and_no_date(paragraph, city, rest):
    found = find_dateline(paragraph)
    assert (found.city, found.moment, found.rest, found.year_missing) == (city, None, rest, True)


def test_a_sentence_with_a_day_and_month_is_no_dateline():
    assert find_dateline("En Oaxaca, 3 de mayo. Luego llegaron los demás.") is None
    # Without the formal «a», a full stop after a bare day and month is a sentence's.
    assert find_dateline("Fresnillo, Zac., 9 de julio. Luego se supo.") is None


@pytest.mark.parametrize(
    ("text", "title_index", "issuer", "number", "city"),
    [
        (
            "GOBIERNO DE YUCATÁN\nSECRETARÍA DE SALUD\nNo. 318/2023\n\nTítulo",
            4,
            "Secretaría de Salud",
            "318/2023",
            "",
        ),
        (
            "Ayuntamiento de Mérida · Dirección de Comunicación Social\n"
            "Comunicado 212/2023\n\n**Título**",
            3,
            "Ayuntamiento de Mérida",
            "212/2023",
            "",
        ),
        ("COMUNICADO\nNo. 318/2023\n\nTítulo", 3, "", "318/2023", ""),
        (
            "Boletín 1102\nH. AYUNTAMIENTO DE CAJEME\n"
            "Ciudad Obregón, Sonora, 12 de junio de 2023\n\nTítulo",
            4,
            "H. Ayuntamiento de Cajeme",
            "1102",
            "Ciudad Obregón",
        ),
        ("Título sin encabezado\n\nTexto.", 0, "", "", ""),
        # The issuer named only in its logo's alt text; a logo with no name is header too.
        (
            "![Instituto Tecnológico de la Costa Chica](/img/itcc.png)\n\nBoletín 12\n\nTítulo",
            4,
            "Instituto Tecnológico de la Costa Chica",
            "12",
            "",
        ),
        ("![](/img/logo.png)\nBoletín 7\n\nTítulo", 3, "", "7", ""),
    ],
)
def test_read_header(text, title_index, issuer, number, city):
    header = read_header(text.split("\n"))
    assert (header.title_index, header.issuer, header.bulletin_number, header.city) == (
        title_index,
        issuer,
        number,
        city,
    )


def test_stacked_end_markers_both_end_the_release():
    lines = ["Texto.", "", "---000---", "", "- - -", "", "Unidad de Comunicación Social"]
    assert last_end_marker(lines) == 2
    assert last_end_marker(["Texto.", "###", "Más texto.", "- - -"]) == 3


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        (
            "La Comisión Estatal del Agua de Sonora informó que el lunes habrá cortes.",
            "Comisión Estatal del Agua de Sonora",
        ),
        # After a balazo left in the body.
        (
            "**— Habrá cortes el lunes**\n\nLa Secretaría de Salud de Colima vacunó a 300 niños.",
            "Secretaría de Salud de Colima",
        ),
        # A collegiate organ («Pleno», «Cabildo») speaks for the body after «de/del».
        (
            "El Pleno del Instituto de Acceso a la Información de Nayarit resolvió tres casos.",
            "Instituto de Acceso a la Información de Nayarit",
        ),
        ("El Pleno de la Sala Regional resolvió el caso.", ""),  # «Sala» names no office
        ("El Gobierno de Tabasco entregó apoyos.", ""),  # a letterhead names every office
        ("La Secretaría informó que habrá cortes.", ""),  # no name
        ("Vecinos de la colonia pidieron agua.", ""),
    ],
)
def test_subject_institution(body, issuer):
    assert subject_institution(body) == issuer


def test_a_letterhead_gives_way_to_the_office_the_text_opens_with():
    text = (
        "GOBIERNO DE MÉXICO\nBoletín 31\n\nCapacitan a apicultores de la Montaña\n\n"
        "**— Participaron 90 productores**\n\n"
        "Cd. Tlapa, Guerrero, 3 de marzo de 2023.- La Oficina de Representación de "
        "Agricultura en Guerrero capacitó a 90 apicultores de la región.\n\n###\n"
    )
    article = parse_bytes(text.encode(), source_path="boletin.txt")
    assert article.issuer == "Oficina de Representación de Agricultura en Guerrero"
    assert article.published_at == local(2023, 3, 3)
    assert article.body.startswith("**— Participaron 90 productores**\n\nLa Oficina")


@pytest.mark.parametrize(
    "before",
    [["**— Habrá cortes el lunes**"], ["— Habrá cortes", "Foto: Cortesía"], ["Foto: Archivo"]],
)
def test_a_dateline_after_balazos_or_a_photo_credit(before):
    taken = take_dateline([*before, "Ensenada, B.C., 5 de junio de 2023.- El agua…", "Más."])
    assert (taken.dateline.city, taken.dateline.moment) == ("Ensenada", local(2023, 6, 5))
    assert taken.paragraphs == [*before, "El agua…", "Más."]


def test_no_dateline_after_a_paragraph_of_text():
    taken = take_dateline(["El agua llegó.", "Ensenada, B.C., 5 de junio de 2023.- Más."])
    assert taken.dateline is None


@pytest.mark.parametrize(
    "subtitle",
    ["*Se sustituirán 300 metros de drenaje en la calle Hidalgo*", "_Las obras durarán dos meses_"],
)
def test_a_dateline_after_an_italic_subtitle(subtitle):
    taken = take_dateline(
        [subtitle, "Comitán de Domínguez, Chiapas; a 2 de junio de 2022.- La obra…"]
    )
    assert (taken.dateline.city, taken.dateline.moment) == (
        "Comitán de Domínguez",
        local(2022, 6, 2),
    )
    assert taken.paragraphs == [subtitle, "La obra…"]


def test_a_place_joined_by_y_is_one_dateline_city():
    found = find_dateline("San Pedro y San Pablo Ayutla, Oax., 4 de marzo de 2024.- Vecinos…")
    assert (found.city, found.moment) == ("San Pedro y San Pablo Ayutla", local(2024, 3, 4))


@pytest.mark.parametrize(
    "logo",
    [
        "[Logotipo: Instituto Tecnológico Superior de Zongolica]",
        "[Logo: Instituto Tecnológico Superior de Zongolica]",
        "![Instituto Tecnológico Superior de Zongolica](logo.png)",
        # The image's alt text may open with the label: it names the logo, not the office.
        "![Logotipo Instituto Tecnológico Superior de Zongolica](logo.png)",
        "![Logo del Instituto Tecnológico Superior de Zongolica](/img/logo.svg)",
        "![Escudo oficial: Instituto Tecnológico Superior de Zongolica](escudo.png)",
    ],
)
def test_the_issuer_named_only_by_its_logo(logo):
    header = read_header([logo, "", "Comunicado 031", "Zongolica, Ver. 14/03/2024", "", "Título"])
    assert header.issuer == "Instituto Tecnológico Superior de Zongolica"
    assert (header.bulletin_number, header.city) == ("031", "Zongolica")
    assert header.moment == local(2024, 3, 14)


def test_a_bulletin_number_under_the_end_marker():
    text = (
        "Congreso del Estado de Nayarit\n\nAprueban ley de archivos\n\n"
        "Tepic, Nay., a 3 de abril de 2024.- El Pleno aprobó la ley de archivos del estado.\n\n"
        "-30-\nNúm. CS-077/2024\n"
    )
    article = parse_bytes(text.encode(), source_path="boletin.txt")
    assert article.bulletin_number == "CS-077/2024"
    assert "CS-077" not in article.body


# Header shapes named by their structure -------------------------------------------------


def test_an_administration_term_beside_the_office_is_header():
    header = read_header(
        ["H. AYUNTAMIENTO DE TEKAX · 2024-2027", "Boletín 58", "", "Título", "", "Texto."]
    )
    assert (header.title_index, header.issuer, header.bulletin_number) == (
        3,
        "H. Ayuntamiento de Tekax",
        "58",
    )


@pytest.mark.parametrize(
    "logo",
    ["[logotipo] UNIVERSIDAD POLITÉCNICA DEL VALLE", "(logo) UNIVERSIDAD POLITÉCNICA DEL VALLE"],
)
def test_a_logo_label_before_the_name(logo):
    header = read_header([logo, "Coordinación de Prensa y Difusión", "No. 12", "", "Título"])
    assert (header.title_index, header.issuer, header.bulletin_number) == (
        4,
        "Universidad Politécnica del Valle",
        "12",
    )


@pytest.mark.parametrize(
    "unit",
    [
        "Departamento de Difusión y Vinculación",
        "Dirección de Información y Medios",
        "Oficina de Prensa",
    ],
)
def test_a_press_unit_under_any_name_is_a_kicker(unit):
    assert is_kicker(unit)


def test_a_place_beside_the_date_in_a_header_line_is_the_dateline():
    header = read_header(["BOLETÍN | 14.02.2024 | San Andrés Tuxtla, Veracruz", "", "Título"])
    assert (header.title_index, header.city, header.moment) == (
        2,
        "San Andrés Tuxtla",
        local(2024, 2, 14),
    )
    # Alone, a place is no header line: it may be a headline.
    assert read_header(["San Andrés Tuxtla, Veracruz", "", "Texto."]).title_index == 0


def test_a_dateline_under_a_plain_subtitle():
    taken = take_dateline(
        ["Vacunarán a 5 mil perros en Lerdo", "Lerdo, Dgo.; a 3 de mayo de 2024", "La Secretaría…"]
    )
    assert (taken.dateline.city, taken.dateline.moment) == ("Lerdo", local(2024, 5, 3))
    assert taken.paragraphs == ["Vacunarán a 5 mil perros en Lerdo", "La Secretaría…"]


@pytest.mark.parametrize(
    "dateline",
    [
        "**Hermosillo, Sonora, 12 de mayo de 2022.-**",
        "_Hermosillo, Son., a 12 de mayo de 2022.-_",
    ],
)
def test_a_bold_or_italic_dateline_is_taken_with_its_marks(dateline):
    text = (
        "**INSTITUTO TECNOLÓGICO DEL DESIERTO**\n"
        "Boletín ITD/CS/088/2022\n\n"
        "# Estudiantes del ITD construyen un desalinizador solar\n\n"
        f"{dateline}\n\n"
        "Un grupo de estudiantes de ingeniería construyó un desalinizador que funciona con "
        "energía solar y produce 40 litros de agua al día.\n\n"
        "El prototipo se probará en Bahía de Kino durante el verano.\n\n"
        "###\n"
    )
    article = parse_bytes(text.encode(), source_path="itd.md")
    assert article.dateline_city == "Hermosillo"
    assert article.published_at.date() == date(2022, 5, 12)
    assert article.body.startswith("Un grupo de estudiantes")
    assert "**" not in article.body


def test_a_bold_dateline_opening_the_first_paragraph():
    text = (
        "INSTITUTO TECNOLÓGICO DEL DESIERTO\nBoletín ITD/CS/089/2022\n\n"
        "# Abren convocatoria de becas\n\n"
        "**Hermosillo, Sonora, 13 de mayo de 2022.-** La convocatoria de becas para "
        "estudiantes de primer ingreso estará abierta hasta el 30 de junio.\n\n"
        "Los resultados se publicarán en agosto.\n\n-30-\n"
    )
    article = parse_bytes(text.encode(), source_path="itd2.md")
    assert article.dateline_city == "Hermosillo"
    assert article.body.startswith("La convocatoria de becas")


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Nota informativa No. ABC-XY-101/2019", "ABC-XY-101/2019"),
        ("Boletín de prensa #57", "57"),
        ("COMUNICADO | 0412", "0412"),
        ("Comunicado de prensa 014/2022", "014/2022"),
    ],
)
def test_bulletin_labels_of_other_offices(line, number):
    assert parse_bulletin_number(line) == number


@pytest.mark.parametrize("line", ["Edición 204", "Comunicado | Ayuntamiento de Tepic"])
def test_an_edition_or_an_office_is_no_bulletin_number(line):
    assert parse_bulletin_number(line) is None


@pytest.mark.parametrize("line", ["=000=", "# # #", "*-*-*", "* - * - *"])
def test_end_markers_of_other_offices(line):
    assert is_end_marker(line)


def test_a_letterhead_with_its_policy_area_names_no_issuer_and_no_title():
    header = read_header(
        [
            "GOBIERNO DE MÉXICO | SALUD",
            "Instituto Nacional de Cardiología",
            "Nota informativa No. 12/2020",
            "",
            "Abre el instituto una clínica de marcapasos",
        ]
    )
    assert header.title_index == 4
    assert (header.issuer, header.bulletin_number) == (
        "Instituto Nacional de Cardiología",
        "12/2020",
    )


def test_an_administrations_term_under_the_office_is_header():
    header = read_header(
        [
            "AYUNTAMIENTO DE TEPIC",
            "2024-2027",
            "COMUNICADO | 0015",
            "",
            "Rehabilitan el mercado de abastos",
        ]
    )
    assert header.title_index == 4
    assert (header.issuer, header.bulletin_number) == ("Ayuntamiento de Tepic", "0015")


@pytest.mark.parametrize(
    ("paragraph", "city", "day"),
    [
        ("Tepic, Nay., 14 FEB 2020.- El Ayuntamiento inició…", "Tepic", date(2020, 2, 14)),
        ("Colima, Col., 3 sept. 2021.- La Secretaría informó…", "Colima", date(2021, 9, 3)),
    ],
)
def test_a_dateline_with_an_abbreviated_month(paragraph, city, day):
    found = find_dateline(paragraph)
    assert (found.city, found.moment.date()) == (city, day)
    assert found.rest.startswith(("El ", "La "))


def test_a_bold_letterhead_beside_its_area_is_header_not_title():
    header = read_header(
        [
            "**GOBIERNO DE MÉXICO** | **AGRICULTURA**",
            "",
            "**Oficina de Representación en Durango**",
            "",
            "Boletín AGR-DGO/041/2022",
            "",
            "Entregan fertilizante a productores de frijol del semidesierto",
        ]
    )
    assert header.title_index == 6
    assert header.bulletin_number == "AGR-DGO/041/2022"
    assert "Durango" in header.issuer


def test_the_years_legend_over_a_release_is_header():
    assert is_kicker("«2019, Año del Caudillo del Sur, Emiliano Zapata»")
    assert is_kicker('"2024, Año de Felipe Carrillo Puerto, Benemérito del Proletariado"')
    assert not is_kicker("2023, año de récord para las exportaciones de aguacate")
    article = parse_bytes(
        (
            "“2021, Año de la Independencia”\n\nCOMUNICADO\n\nSecretaría de Bienestar\n\n"
            "No. 118/2021\n\nAbren registro para becas de nivel medio superior\n\n"
            "Zacatecas, Zac., 2 de septiembre de 2021.- La dependencia abrió el registro.\n\n"
            "-30-\n"
        ).encode(),
        source_path="boletin.txt",
    )
    assert article.title == "Abren registro para becas de nivel medio superior"
    assert article.bulletin_number == "118/2021"


def test_an_acronym_office_with_a_long_hyphenated_part_heads_the_release():
    lines = [
        "GOBIERNO DE MÉXICO",
        "ISSSTE-PENSIONADOS",
        "Delegación Estatal Colima",
        "",
        "COMUNICADO No. 77/2032",
        "",
        "Abren módulo de trámites de pensión en Manzanillo",
        "",
        "Manzanillo, Colima, 3 de marzo de 2032",
    ]
    header = read_header(lines)
    assert header.title_index == 6
    assert header.bulletin_number == "77/2032"
    assert header.issuer.startswith("ISSSTE-PENSIONADOS")
