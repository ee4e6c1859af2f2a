"""Shapes of digital-native outlets and of releases posted on social media: live
kickers, update stamps beside the publication date, writers' bios, podcast and
newsletter pitches, quoted posts and hashtag lines (invented text throughout)."""

import pytest

from articles.importing.cleaning import strip_boilerplate
from articles.importing.cleaning.boilerplate import (
    is_author_bio,
    is_chrome_line,
    is_embedded_post,
    is_hashtag_line,
)
from articles.importing.cleaning.press import header_text, social_header
from articles.importing.parsing import parse_bytes

BODY = (
    "El comité vecinal de la colonia Las Huertas presentó este martes un plan para "
    "rehabilitar el parque central con recursos del presupuesto participativo municipal."
)
CLOSE = "Las obras empezarán en cuanto el cabildo apruebe la partida correspondiente."


def read(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


@pytest.mark.parametrize(
    "line", ["EN VIVO", "🔴 EN VIVO", "Última hora", "**URGENTE**", "En directo", "Minuto a minuto"]
)
def test_a_live_kicker_alone_is_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["En vivo desde el estadio", "Última hora del cierre"])
def test_a_headline_with_a_live_word_is_not_chrome(line):
    assert not is_chrome_line(line)


def test_a_live_kicker_over_a_heading_title_is_neither_title_nor_body():
    article = read(
        "🔴 EN VIVO\n\n## Crece el río Sabinal tras la lluvia de la noche\n\n"
        "**Diario Ribera** | Tuxtla Gutiérrez, Chis. | 3 de agosto de 2023\n"
        "Publicado: 03/08/2023 06:10 h · Actualizado: 03/08/2023 11:45 h\n\n"
        f"Por Marisol Tovar Beltrán\n\n{BODY}\n\n{CLOSE}\n"
    )
    assert article.title == "Crece el río Sabinal tras la lluvia de la noche"
    assert article.published_at.date().isoformat() == "2023-08-03"
    assert [b.name for b in article.bylines] == ["Marisol Tovar Beltrán"]
    assert article.source == "Diario Ribera"
    assert "EN VIVO" not in article.body and "Actualizado" not in article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        "*Rebeca Ortuño Salas es reportera de Diario Ribera. Cubre salud desde 2015.*",
        "**Germán Lizárraga** es editor de datos y coordina la mesa de verificación.",
        "Iván de la Peña Ruiz es periodista especializado en medio ambiente.",
        "Lorena Cota es fotoperiodista y colabora con agencias internacionales.",
    ],
)
def test_a_writers_bio_is_known_by_its_shape(paragraph):
    assert is_author_bio(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "El alcalde dijo que la obra es necesaria.",
        "Según vecinos, Ramiro Leyva es reportero de oficio: todo lo pregunta.",
    ],
)
def test_a_sentence_that_names_a_trade_is_no_bio(paragraph):
    assert not is_author_bio(paragraph)


def test_bios_closing_the_body_go_with_the_rule_over_them():
    kept, _credit, _source, removed = strip_boilerplate(
        [BODY, CLOSE, "---", "*Rebeca Ortuño Salas es reportera de Diario Ribera.*"]
    )
    assert kept == [BODY, CLOSE]
    assert "---" in removed


def test_a_bio_shaped_paragraph_inside_the_body_stays():
    bio = "Rebeca Ortuño Salas es reportera de Diario Ribera."
    kept, *_ = strip_boilerplate([BODY, bio, CLOSE])
    assert kept == [BODY, bio, CLOSE]


@pytest.mark.parametrize(
    "pitch",
    [
        "🎧 Escucha cada martes nuestro pódcast «Ribera en 15» en tu plataforma favorita.",
        "Escucha «Voces del Sabinal», el pódcast de Diario Ribera, cada lunes.",
        "🎙️ En el nuevo episodio de «Cabildo en Corto», nuestro pódcast semanal, "
        "hablamos con regidores sobre el presupuesto.",
        "📬 ¿Ya recibes «Ribera al Día»? Las noticias de la mañana en tu correo.",
    ],
)
def test_podcast_and_newsletter_pitches_are_removed(pitch):
    kept, _credit, _source, removed = strip_boilerplate([BODY, pitch, CLOSE])
    assert kept == [BODY, CLOSE]
    assert removed == [pitch]


@pytest.mark.parametrize(
    "paragraph",
    [
        "> Reabrimos el paso en la carretera federal. — Caminos Sur (@caminos_sur) 4 de mayo",
        "> **Bomberos Ribera** (@bomberos_rib) · 2 jun. 2023\n> Controlado el incendio. #Alerta",
        "> «Se suspenden las clases por la tarde.» — SEP Estatal (@sep_est), 9 de marzo",
    ],
)
def test_a_quoted_post_is_an_embed(paragraph):
    assert is_embedded_post(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "> «Nadie nos avisó del corte», dijo una vecina.",
        "Escriba a contacto@ejemplo.example o a @ribera en redes.",
    ],
)
def test_a_quote_without_a_handle_is_no_embed(paragraph):
    assert not is_embedded_post(paragraph)


def test_the_sentence_introducing_an_embed_stays():
    intro = "Así lo informó la dependencia en sus redes sociales:"
    post = "> Cerrado el puente Chiapas por mantenimiento. — Obras Públicas (@obras_ej) 8 de mayo"
    kept, *_ = strip_boilerplate([BODY, intro, post, CLOSE])
    assert kept == [BODY, intro, CLOSE]


@pytest.mark.parametrize(
    ("line", "hashtags"),
    [
        ("#RiberaSegura #Vialidad", True),
        ("🌱 #CienciaAbierta · #OrgulloSur 🌱", True),
        ("# Título de la nota", False),
        ("El lema #JuntosPodemos se repitió en el evento.", False),
    ],
)
def test_a_line_of_hashtags(line, hashtags):
    assert is_hashtag_line(line) is hashtags


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("📢 #Comunicado 045/2024", "Comunicado 045/2024"),
        ("🎓 #Comunicado | Instituto del Soconusco", "Comunicado | Instituto del Soconusco"),
        ("#Boletín 💧 No. 12/2024", "Boletín | No. 12/2024"),
        ("💙 SISTEMA DIF TAPACHULA 💙", "SISTEMA DIF TAPACHULA"),
        ("#OrgulloSur", "#OrgulloSur"),  # not a kicker: the hashtag stays
        ("Secretaría de Salud", "Secretaría de Salud"),
    ],
)
def test_a_social_header_loses_its_marks(line, plain):
    assert social_header(line) == plain
    assert header_text(line) == plain


def test_a_release_posted_on_social_media():
    article = read(
        "📢 #Comunicado 045/2024\n\n💙 SISTEMA DIF TAPACHULA 💙\n\n"
        "**Arranca la colecta de útiles escolares en 12 centros de acopio**\n\n"
        "Tapachula, Chis.; 14 de agosto de 2024.- El Sistema DIF Tapachula inició la colecta "
        "anual de útiles escolares para estudiantes de las comunidades de la zona alta del "
        "municipio, con la meta de reunir 5 mil paquetes.\n\n"
        "Los centros de acopio abrirán de lunes a viernes de 9:00 a 15:00 horas.\n\n"
        "#DIFTapachula #RegresoAClases ✏️\n"
    )
    assert article.format == "press_release"
    assert article.title == "Arranca la colecta de útiles escolares en 12 centros de acopio"
    assert article.bulletin_number == "045/2024"
    assert article.dateline_city == "Tapachula"
    assert article.published_at.date().isoformat() == "2024-08-14"
    assert article.issuer.lower() == "sistema dif tapachula"
    assert "#DIFTapachula" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Ver traducción",
        "Ver menos",
        "Todas las reacciones: 3,4 mil",
        "👍😮 512 · 64 comentarios · 230 veces compartido",
        "41 comentarios · 97 veces compartido",
        "9:15 a. m. · 3 mar. 2025 · 7,2 mil Reproducciones",
    ],
)
def test_a_social_networks_buttons_and_counts_are_chrome(line):
    assert is_chrome_line(line)


def test_a_sentence_with_figures_and_shares_is_not_chrome():
    assert not is_chrome_line("El alcalde dijo que 512 familias compartieron su opinión")


def test_a_municipal_post_pasted_whole_reads_as_its_release():
    article = read(
        "H. Ayuntamiento de Santa Inés del Monte\n"
        "12 de mayo de 2022 · 🌐\n\n"
        "📄 Boletín 088/2022\n\n"
        "📢 #AVISO | SUSPENSIÓN DEL SERVICIO DE AGUA EN LA ZONA CENTRO 🚰\n\n"
        "Santa Inés del Monte, Oax., a 12 de mayo de 2022.- El Gobierno Municipal informa "
        "que el viernes se suspenderá el servicio de agua potable en la zona centro por la "
        "reparación de la línea de conducción que abastece al tanque principal.\n\n"
        "El servicio se restablecerá de manera gradual a partir del sábado por la mañana.\n\n"
        "Ver menos\n\n"
        "Todas las reacciones: 1,1 mil\n"
    )
    assert article.format == "press_release"
    assert article.title == "SUSPENSIÓN DEL SERVICIO DE AGUA EN LA ZONA CENTRO"
    assert article.published_at.date().isoformat() == "2022-05-12"
    assert (article.bulletin_number, article.dateline_city) == ("088/2022", "Santa Inés del Monte")
    assert "#AVISO" not in article.body and "reacciones" not in article.body


def test_a_threads_counters_and_label_leave_the_release():
    posts = [
        "Arranca la campaña de vacunación antirrábica en 22 municipios de la región 👇 (1/4)",
        "Tlacolula, Oaxaca, 2 de marzo de 2025.- Los Servicios de Salud informaron que "
        "desde este lunes se aplicarán vacunas gratuitas a perros y gatos en plazas y "
        "escuelas de la región. (2/4)",
        "Las brigadas recorrerán las agencias municipales durante tres semanas. (3/4)",
        "Las personas dueñas de mascotas deberán llevarlas con correa o en jaula. (4/4)",
    ]
    article = read(
        "Servicios de Salud Región Valles 🏥\n@SaludValles_ej\n·\n2 mar. 2025\n\n"
        "🧵 HILO | Boletín 0112/2025\n\n" + "\n\n".join(posts) + "\n"
    )
    assert article.title == (
        "Arranca la campaña de vacunación antirrábica en 22 municipios de la región"
    )
    assert article.bulletin_number == "0112/2025"
    assert article.published_at.date().isoformat() == "2025-03-02"
    assert "/4)" not in article.body and "HILO" not in article.body
    assert article.body.rstrip().endswith("con correa o en jaula.")


def test_one_bracketed_fraction_in_a_story_stays():
    article = read(
        "## Avanza la obra del mercado\n\n**Diario Ribera** | 3 de agosto de 2023\n\n"
        f"{BODY}\n\nEl director de obras dijo que los trabajos avanzan por etapas y que la "
        f"del mercado ya va en la primera (1/3)\n\n{CLOSE}\n"
    )
    assert "(1/3)" in article.body
