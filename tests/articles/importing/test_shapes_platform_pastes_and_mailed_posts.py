"""Pages pasted from platforms and posts received by mail: a blog platform's head and
writer's card, a newsletter platform's mailed post, a CMS page's breadcrumb ending at its
headline, a government site's menu an item a line, a radio script's slot line under its
rule."""

from articles.importing.parsing import parse_bytes

# A blog platform's page pasted whole: the writer's name over its «Follow» button, the
# publication on the line under «Published in», the reactions bar and its count, and the
# writer's card under the story in the same paragraph as the bar.
PLATFORM_PAGE = """Los mercados de Tepic cambian de horario por el calor

Leonor Batiz Cordero
Follow
Published in
Crónicas del Nayar
·
4 min read
·
Jun 9, 2022
--
15
Listen
Share

Los locatarios de los tres mercados municipales de Tepic abrirán una hora antes a partir \
del lunes para evitar las horas de más calor, acordaron con el ayuntamiento.

La administradora del mercado Morelos dijo que las ventas de la tarde cayeron a la \
mitad desde que empezó la onda de calor de este mes.

--
15
Follow
Written by Leonor Batiz Cordero
48 Followers
·
Editor for Crónicas del Nayar
Reportera en Tepic, Nayarit.
More from Leonor Batiz Cordero and Crónicas del Nayar
"""


def test_a_platform_pages_head_gives_the_writer_and_the_publication():
    article = parse_bytes(PLATFORM_PAGE.encode(), source_path="blog/mercados.txt")
    assert [b.name for b in article.bylines] == ["Leonor Batiz Cordero"]
    assert article.source == "Crónicas del Nayar"
    assert article.published_at.date().isoformat() == "2022-06-09"
    assert article.body.startswith("Los locatarios de los tres mercados")


def test_a_platform_pages_writer_card_under_its_reactions_bar_is_no_body():
    article = parse_bytes(PLATFORM_PAGE.encode(), source_path="blog/mercados.txt")
    assert article.body.rstrip().endswith("onda de calor de este mes.")
    for gone in ("Written by", "Followers", "Editor for", "More from", "Published in"):
        assert gone not in article.body


# A newsletter platform's post received by mail, saved as text: the mail's headers, the
# link to the web copy, the headline again with the writer and the day under it, the
# platform's pitch between paragraphs and its bar under the text.
MAILED_POST = """From: Bitácora del Mayo <bitacoradelmayo@boletines.example.mx>
To: archivo@redaccion.example.mx
Subject: La presa del Mocúzari llega a su nivel más bajo en diez años
Date: Mon, 08 May 2023 14:05:00 +0000
Content-Type: text/plain; charset="utf-8"
List-Unsubscribe: <https://bitacoradelmayo.example.mx/action/disable_email>

View this post on the web at https://bitacoradelmayo.example.mx/p/presa-mocuzari

La presa del Mocúzari llega a su nivel más bajo en diez años

Gilberto Yocupicio Valenzuela
May 8

La presa que abastece al valle del Mayo está al 12 por ciento de su capacidad, el nivel \
más bajo desde 2013, según el reporte semanal de la comisión del agua.

Thanks for reading Bitácora del Mayo! Subscribe for free to receive new posts and support my work.

Los productores de trigo del valle ya recibieron el aviso de que el segundo riego de \
auxilio dependerá de las lluvias de verano.

Like · Comment · Restack
"""


def test_a_mailed_posts_writer_under_its_headline_again_is_the_byline():
    article = parse_bytes(MAILED_POST.encode(), source_path="correo/presa.txt")
    assert article.title == "La presa del Mocúzari llega a su nivel más bajo en diez años"
    assert [b.name for b in article.bylines] == ["Gilberto Yocupicio Valenzuela"]
    assert article.body.startswith("La presa que abastece al valle del Mayo")


def test_a_mailed_posts_web_link_pitch_and_bar_are_no_body():
    article = parse_bytes(MAILED_POST.encode(), source_path="correo/presa.txt")
    for gone in ("View this post", "Thanks", "Subscribe for free", "Restack", "List-Unsub"):
        assert gone not in article.body
    assert "segundo riego de auxilio" in article.body


# A CMS page copied from the browser: the site's name over a breadcrumb whose last crumb is
# the headline printed under it, then the writer's and the category's lines.
CMS_PAGE = """Noticias del Valle de Autlán
Inicio » Noticias » Campo » Ganaderos de Autlán piden apoyo por la sequía
Ganaderos de Autlán piden apoyo por la sequía
Escrito por Maximiliano Ochoa Rentería
Categoría: Campo
Publicado: 12 Abril 2016
Visto: 845

Los ganaderos de la región de Autlán pidieron al gobierno estatal un programa emergente \
de forraje, porque los potreros se secaron dos meses antes de lo habitual.

La asociación ganadera local calcula que se han vendido a bajo precio más de tres mil \
cabezas de ganado desde febrero.
"""


def test_a_breadcrumb_ending_at_the_headline_gives_the_section_and_the_site_its_outlet():
    article = parse_bytes(CMS_PAGE.encode(), source_path="web/ganaderos.txt")
    assert article.title == "Ganaderos de Autlán piden apoyo por la sequía"
    assert article.source == "Noticias del Valle de Autlán"
    assert article.section == "Campo"
    assert [b.name for b in article.bylines] == ["Maximiliano Ochoa Rentería"]
    assert "Inicio »" not in article.body


# A government site's page pasted with no blank lines: its menu an item a line under its
# home item, a breadcrumb into the bulletins' archive by year and month.
GOVERNMENT_PAGE = """CONGRESO DEL ESTADO DE DURANGO
LXX Legislatura
Inicio
Diputados
Comisiones
Gaceta Parlamentaria
Transparencia
Inicio » Comunicación » Boletines » 2021 » Marzo
Boletín 0412
Aprueban diputados reforma para proteger a los polinizadores del estado
Durango, Dgo., 9 de marzo de 2021.- El pleno del Congreso aprobó por unanimidad una \
reforma a la ley ambiental que prohíbe fumigar con ciertos plaguicidas cerca de los apiarios.
La diputada que presentó la iniciativa dijo que la mortandad de abejas en el estado se \
duplicó en los últimos cinco años.
"""


def test_a_sites_menu_an_item_a_line_is_never_the_releases_title():
    article = parse_bytes(GOVERNMENT_PAGE.encode(), source_path="web/polinizadores.txt")
    assert article.title == (
        "Aprueban diputados reforma para proteger a los polinizadores del estado"
    )
    for gone in ("Diputados", "Comisiones", "Gaceta Parlamentaria", "Boletines » 2021"):
        assert gone not in article.body


# A radio script: the station's line and the document's kind over the date and the fields,
# a rule, then the story's slot line with its length beside it, then its head label.
RADIO_SCRIPT = """Radio Sierra Gorda 1120 AM - Informativo Matutino
GUION DE NOTICIAS
MARTES 6 DE MARZO DE 2007
REDACCIÓN: Casimiro Ledesma Ruiz
SECCIÓN: REGIONAL
========================================
NOTA 2          DURACIÓN: 1'15"

CABEZA: Reabren el camino a Pinal de Amoles tras el deslave de la semana pasada

(ENTRA RÚBRICA REGIONAL)

LOCUTOR: Después de seis días cerrado, el camino que une Jalpan con Pinal de Amoles \
volvió a abrir esta mañana, informó la dependencia estatal de obras públicas.

LOCUTORA: Los trabajos para retirar el material del deslave costaron cerca de 800 mil \
pesos y se hicieron con maquinaria de tres municipios.
========================================
"""


def test_a_scripts_head_label_under_its_slot_line_is_the_title():
    article = parse_bytes(RADIO_SCRIPT.encode(), source_path="radio/camino.txt")
    assert article.title == (
        "Reabren el camino a Pinal de Amoles tras el deslave de la semana pasada"
    )
    assert [b.name for b in article.bylines] == ["Casimiro Ledesma Ruiz"]
    assert article.published_at.date().isoformat() == "2007-03-06"
    assert article.source.startswith("Radio Sierra Gorda")
    assert "NOTA 2" not in article.body and "GUION" not in article.body
    assert article.body.startswith("Después de seis días cerrado")
