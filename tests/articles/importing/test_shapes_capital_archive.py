"""Shapes met in a capital newsroom's merged archive: a teletype sent in takes with
«ZCZC» and the message number alone on the first line, a slug line carrying the
sending's stamp, «=MÁS=» between takes and the next take's header in the middle of
the copy: invented texts, asserting what an editor sees."""

from datetime import date

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.records import ImportFailure


def read(text: str, name: str = "nota.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


TAKES = (
    "ZCZC PXS0512\n"
    "MERCADO-INCENDIO 04-07-98 18:20\n"
    "\n"
    "Prensa Xochitl del Sur (PXS)\n"
    "\n"
    "ARDE BODEGA DE LA CENTRAL DE ABASTO SIN DEJAR LESIONADOS\n"
    "\n"
    "Por Gerardo Alcocer Bustamante\n"
    "\n"
    "MÉXICO, D.F., 4 de julio de 1998 (PXS).- Un incendio consumió anoche una bodega de "
    "frutas en la Central de Abasto, sin que se reportaran personas lesionadas.\n"
    "\n"
    "Los bomberos tardaron tres horas en sofocar las llamas.\n"
    "\n"
    "=MÁS=\n"
    "\n"
    "ZCZC PXS0513\n"
    "MERCADO-INCENDIO 2a. ADD. 04-07-98 18:31\n"
    "\n"
    "Los locatarios calculan pérdidas por dos millones de pesos.\n"
    "\n"
    "PXS/GAB/ems 18:40\n"
    "NNNN\n"
)


def test_a_teletype_in_takes_keeps_only_the_story():
    article = read(TAKES)
    assert article.title == "ARDE BODEGA DE LA CENTRAL DE ABASTO SIN DEJAR LESIONADOS"
    assert names(article) == ["Gerardo Alcocer Bustamante"]
    assert article.source == "Prensa Xochitl del Sur"
    assert article.published_at.date() == date(1998, 7, 4)
    assert article.body.startswith("Un incendio consumió anoche")
    assert "Los locatarios calculan pérdidas" in article.body
    for junk in ("ZCZC", "PXS0513", "=MÁS=", "MERCADO-INCENDIO", "ADD.", "PXS/GAB", "NNNN"):
        assert junk not in article.body


def test_a_yearless_teletype_dateline_takes_the_stamps_last_century_year():
    text = TAKES.replace("MÉXICO, D.F., 4 de julio de 1998 (PXS).-", "MÉXICO, D.F., 4 jul (PXS).-")
    assert read(text).published_at.date() == date(1998, 7, 4)


TYPED_BACK = (
    "EL FARO DE TEXCOCO\n"
    "Hemeroteca digital de El Faro de Texcoco. Transcripción de la edición en papel.\n"
    "Edición del jueves 3 de junio de 1999, pág. 12-B, sección Regiones.\n"
    "Transcribió: L. P. V. (marzo de 2005)\n"
    "\n"
    "Piden pescadores limpiar el lago antes de la temporada de lluvias\n"
    "\n"
    "Por Anselmo Quiroz Delgado\n"
    "\n"
    "Una veintena de pescadores de la ribera pidieron ayer a las autoridades\n"
    "retirar el lirio que cubre ya la mitad del embalse.\n"
    "\n"
    "(Pasa a la página 14-B)\n"
    "\n"
    "(Viene de la página 12-B)\n"
    "\n"
    "Los pescadores dijeron que sin limpieza perderán la temporada.\n"
)


def test_a_print_story_typed_back_under_the_archives_citation():
    article = read(TYPED_BACK, encoding="mac_roman")
    assert article.title == "Piden pescadores limpiar el lago antes de la temporada de lluvias"
    assert names(article) == ["Anselmo Quiroz Delgado"]
    assert article.published_at.date() == date(1999, 6, 3)  # the paper's, not the capture's
    assert article.section == "Regiones"
    assert article.source == "El Faro de Texcoco"
    assert article.body.startswith("Una veintena de pescadores")
    assert "perderán la temporada" in article.body
    for junk in ("Hemeroteca", "Transcribió", "Edición del", "Pasa a la", "Viene de"):
        assert junk not in article.body


def test_a_lede_naming_an_edition_is_no_citation():
    text = (
        "Reimprimen el diario de la Independencia\n\n"
        "Edición del 16 de septiembre de 1910, página 1, la más buscada por los coleccionistas,\n"
        "volvió a las librerías del centro con un tiraje de mil ejemplares y notas nuevas.\n"
    )
    article = read(text)
    assert article.title == "Reimprimen el diario de la Independencia"
    assert "la más buscada" in article.body


HUGO = (
    "+++\n"
    'title = "Las pulquerías de Iztapalapa vuelven a llenarse"\n'
    "date = 2021-02-14T21:30:00-06:00\n"
    "draft = true\n"
    'authors = ["Ofelia Sandoval Ruiz"]\n'
    'categories = ["Sociedad"]\n'
    'podcast = "Barrio Adentro"\n'
    "[params]\n"
    "episodio = 12\n"
    "+++\n"
    "\n"
    "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre.\n"
)


def test_a_hugo_post_with_toml_front_matter_is_read_as_a_post():
    article = read(HUGO, name="pulquerias.md")
    assert article.format == "jekyll"
    assert article.title == "Las pulquerías de Iztapalapa vuelven a llenarse"
    assert article.published_at.date() == date(2021, 2, 14)  # the local date, not UTC's
    assert names(article) == ["Ofelia Sandoval Ruiz"]
    assert article.section == "Sociedad"
    assert article.source == "Barrio Adentro"
    assert article.draft  # «draft = true» stays a draft
    assert article.body.startswith("Las pulquerías del oriente")
    assert "+++" not in article.body and "authors" not in article.body


@pytest.mark.parametrize(
    "text",
    [
        '+++\ntitle = "Sin cierre"\n\nTexto de la nota.\n',  # no closing «+++»
        "+++\nx = " + "[" * 5000 + "\n+++\n\nTexto de la nota.\n",  # bottomless nesting
        "+++\ntitle = = 'doble'\n+++\n\nTexto de la nota.\n",  # not TOML
    ],
)
def test_broken_or_bottomless_toml_front_matter_is_refused_in_spanish(text):
    with pytest.raises(ImportFailure):
        read(text, name="roto.md")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # 40 nested arrays: a few hundred bytes, deeper than any front matter needs
        ("+++\nx = " + "[" * 40 + "]" * 40 + "\n+++\n\nTexto de la nota.\n", "anidado"),
        # 12,000 values in one flat array: shallow, but more than a post holds
        ("+++\nx = [" + "1," * 12_000 + "]\n+++\n\nTexto de la nota.\n", "grande"),
    ],
)
def test_a_toml_front_matter_over_the_bounds_says_which_bound(text, problem):
    with pytest.raises(ImportFailure) as refused:
        read(text, name="desbordado.md")
    assert problem in str(refused.value)


LEDE = (
    "Una tromba de cuarenta minutos dejó sin luz a tres colonias de la zona oriente y "
    "obligó a cerrar dos carriles de la autopista durante buena parte de la tarde del jueves."
)


def test_a_tv_desks_head_player_label_byline_with_outlet_and_updated_date():
    text = (
        "Inundación corta la luz en tres colonias de Chimalhuacán\n\n"
        "VIDEO | 03:41\n\n"
        "Por: Araceli Montaño Ríos | Crónica del Oriente\n"
        "Jueves 12 de septiembre de 2019, 19:05 h (actualizado el viernes 13 de septiembre "
        "de 2019, 08:00 h)\n\n"
        f"{LEDE}\n\nLa compañía eléctrica prometió restablecer el servicio esta noche.\n"
    )
    article = read(text)
    assert article.title == "Inundación corta la luz en tres colonias de Chimalhuacán"
    assert names(article) == ["Araceli Montaño Ríos"]
    assert article.source == "Crónica del Oriente"
    assert article.published_at.date() == date(2019, 9, 12)  # published, not updated
    assert article.body.startswith("Una tromba")
    assert "VIDEO" not in article.body and "actualizado" not in article.body


def test_a_chat_channels_masthead_over_the_headline_pin_and_pen_lines():
    text = (
        "*Tlalnepantla Al Instante* 📢\n\n"
        "*Inundación corta la luz en tres colonias de Chimalhuacán*\n\n"
        "📍 Chimalhuacán, Edomex. 12/09/2019\n"
        "✍️ _Araceli Montaño Ríos_\n\n"
        f"{LEDE}\n\nLa compañía eléctrica prometió restablecer el servicio esta noche.\n"
    )
    article = read(text)
    assert article.title == "Inundación corta la luz en tres colonias de Chimalhuacán"
    assert names(article) == ["Araceli Montaño Ríos"]
    assert article.source == "Tlalnepantla Al Instante"
    assert article.published_at.date() == date(2019, 9, 12)  # day first
    assert article.body.startswith("Una tromba")


def test_a_syndicated_storys_banner_and_the_day_it_first_ran():
    text = (
        "COLECTIVO DE PERIÓDICOS DEL ORIENTE · MATERIAL COMPARTIDO\n"
        "Este texto se publicó originalmente en Gaceta Texcocana el 2 de agosto de 2020 y se "
        "reproduce como parte de la alianza de medios.\n\n"
        "Inundación corta la luz en tres colonias de Chimalhuacán\n\n"
        "Por Araceli Montaño Ríos / Gaceta Texcocana\n\n"
        f"{LEDE}\n\nLa compañía eléctrica prometió restablecer el servicio esta noche.\n"
    )
    article = read(text)
    assert article.title == "Inundación corta la luz en tres colonias de Chimalhuacán"
    assert names(article) == ["Araceli Montaño Ríos"]
    assert article.source == "Gaceta Texcocana"
    assert article.published_at.date() == date(2020, 8, 2)
    assert "COLECTIVO" not in article.body and "alianza" not in article.body


def test_a_headline_over_a_deck_and_byline_keeps_its_place():
    text = (
        "Inundación corta la luz en tres colonias de Chimalhuacán\n\n"
        "La compañía eléctrica prometió restablecer el servicio esta noche\n\n"
        "Por Araceli Montaño Ríos\n\n"
        f"{LEDE}\n"
    )
    assert read(text).title == "Inundación corta la luz en tres colonias de Chimalhuacán"


def test_a_drupal_export_its_field_prefixed_keys_and_media_token():
    text = (
        "---\n"
        'title: "Cierran el mercado de Portales por obras de drenaje"\n'
        "created: 1307554200\n"
        "status: 1\n"
        "name: jperez\n"
        'field_autor: "Joaquín Pérez Lira"\n'
        "field_seccion: Benito Juárez\n"
        "site: La Gaceta del Sur\n"
        "---\n"
        "<p>El mercado de Portales cerrará dos semanas por obras de drenaje.</p>\n"
        '[[{"fid":"77","view_mode":"default","type":"media"}]]\n'
        "<p>Los locatarios instalarán puestos provisionales en la calle.</p>\n"
    )
    article = read(text, name="portales.md")
    assert names(article) == ["Joaquín Pérez Lira"]  # not the login
    assert article.section == "Benito Juárez"
    assert '"fid"' not in article.body
    assert "puestos provisionales" in article.body


def test_an_episodes_chapter_list_and_credits_after_the_rule_are_no_story():
    text = HUGO.replace(
        "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre.\n",
        "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre.\n\n"
        "---\n\n**Capítulos**\n\n- 00:00 Entrada\n- 07:20 La barra\n- 19:45 Despedida\n\n"
        "Créditos — Producción: Liliana Ortega.\n\nEscúchanos en tu plataforma favorita.\n",
    )
    article = read(text, name="pulquerias.md")
    assert article.body == (
        "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre."
    )


def test_a_rule_over_more_story_is_kept():
    text = HUGO.replace(
        "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre.\n",
        "Las pulquerías del oriente recibieron de nuevo a sus clientes de siempre.\n\n"
        "---\n\nAl día siguiente, los dueños hicieron cuentas de lo vendido.\n",
    )
    assert "hicieron cuentas" in read(text, name="pulquerias.md").body
