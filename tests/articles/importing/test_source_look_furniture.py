"""The source's second look sees the furniture the edges lose (``readers.source_look``
after ``readers.edge_furniture``): a page's running head taken out of the body's
middle, a closing «… en X: https://…» whose host spells the name, a copyright line's
holder, a print masthead beside its page's folio. An app named only in its pitch, a
script's block and note numbers, and a platform's product never become the source.
All text invented; the prose is the shared LEDE, SECOND and THIRD."""

from articles.importing.parsing import parse_bytes

from .conftest import LEDE, SECOND, THIRD

TITLE = "Apicultores de Zacualpan adelantan la cosecha de miel"


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_a_running_head_taken_from_the_body_middle_names_the_outlet():
    # far from both ends: only the edge step's removed lines show it
    prose = [LEDE, SECOND, THIRD] * 10
    head = "{} · El Cencerro Serrano · Jueves 4 de junio de 2015"
    body = [*prose[:16], head.format("8B"), *prose[16:18], head.format("9B"), *prose[18:]]
    text = f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n" + "\n\n".join(body) + "\n"
    article = _parse(text)
    assert "El Cencerro Serrano" not in article.body
    assert article.source == "El Cencerro Serrano"


def test_a_running_head_at_the_foot_names_the_paper_and_its_folio_is_no_outlet():
    page = "8A · El Cencerro Serrano · Martes 9 de julio de 2013"
    story = f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    assert _parse(f"{story}\n{page}\n").source == "El Cencerro Serrano"
    unknown = page.replace("El Cencerro Serrano", "Cencerro Serrano")  # no outlet word: twice
    assert _parse(f"{unknown}\n\n{story}").source == ""


def test_a_read_more_line_whose_host_spells_the_name_is_the_outlet():
    text = (
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Lee la nota completa en Marea Serrana: "
        "https://mareaserrana.example.mx/campo/2020/05/04/miel\n"
    )
    assert _parse(text).source == "Marea Serrana"


def test_a_copyright_holder_with_its_year_names_the_page_owner():
    text = (
        "Aviso de privacidad | Contacto | © 2019 El Cencerro Serrano\n\n"
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    assert _parse(text).source == "El Cencerro Serrano"


def test_a_copyright_holder_seen_once_with_no_outlet_word_is_not_enough():
    text = (
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Copyright © 2018-2021 Gobierno del Municipio de Tlacolula. Derechos reservados.\n"
    )
    assert not _parse(text).source


def test_a_print_masthead_beside_its_page_folio_is_the_outlet():
    text = (
        "EL CENCERRO SERRANO                              REGIONAL  4-B\n"
        "Teziutlán, Pue., lunes 3 de mayo de 1999\n\n"
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    assert _parse(text).source.casefold() == "el cencerro serrano"


def test_a_script_head_with_block_and_note_numbers_is_no_outlet():
    text = (
        "NOTICIERO VESPERTINO · BLOQUE 3 · NOTA 2\n"
        "Martes 11 de febrero de 2020\n\n"
        f"{TITLE}\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    assert "noticiero" not in _parse(text).source.casefold()


def test_an_app_named_only_in_its_pitch_is_no_outlet():
    text = (
        "Compartido desde la app NotiCañada\n\n"
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Descarga NotiCañada, las noticias de la sierra. Disponible para Android y iPhone.\n"
    )
    assert not _parse(text).source


def test_a_platform_product_spelled_by_its_host_is_no_outlet():
    text = (
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Mira el video completo en YouTube Shorts: https://youtubeshorts.example.com/a1b2\n"
    )
    assert _parse(text).source != "YouTube Shorts"


def test_a_writer_handle_beside_the_byline_is_no_outlet():
    text = (
        f"{TITLE}\n\nPor Rosalba Ichazo Tun / @rosalbaichazo_ej\n"
        "Publicado el miércoles 6 de marzo de 2024 a las 18:05\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    article = _parse(text, "nota.md")
    assert [b.name for b in article.bylines] == ["Rosalba Ichazo Tun"]
    assert article.source == ""


def test_a_copied_post_account_name_spells_the_outlet_its_credit_names():
    text = (
        "cencerroserrano_ej • Seguir\nZacualpan, Morelos\n\n"
        f"cencerroserrano_ej 📰 | {TITLE}\n.\n.\n{LEDE}\n.\n{SECOND}\n.\n{THIRD}\n.\n"
        "✍🏽 Texto: Rosalba Ichazo Tun\n📷 Foto: Archivo Cencerro Serrano\n.\n"
        "#Zacualpan #Miel #CencerroSerrano\nVer los 4 comentarios\n312 Me gusta\n"
    )
    assert _parse(text).source == "Cencerro Serrano"


def test_an_account_name_alone_names_no_outlet():
    text = (
        "cencerroserrano_ej • Seguir\n\n"
        f"{TITLE}\n\nPor Rosalba Ichazo Tun\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    assert _parse(text).source == ""


def test_a_feed_entry_channel_field_is_the_outlet():
    text = (
        "Canal: El Cencerro Serrano\n"
        f"Título: {TITLE}\n"
        "Enlace: https://cencerro.example.mx/2024/03/04/miel/\n"
        "Fecha: Mon, 04 Mar 2024 14:20:00 -0600\n"
        "Autor: Rosalba Ichazo Tun\n"
        "Descripción:\n"
        f"<p>{LEDE}</p>\n<p>{SECOND}</p>\n<p>{THIRD}</p>\n"
    )
    assert _parse(text).source == "El Cencerro Serrano"


def test_a_script_channel_number_is_no_outlet():
    text = (
        "NOTICIERO NOCTURNO\nCANAL: 7\n"
        f"TÍTULO WEB: {TITLE}\nREDACTA: Rosalba Ichazo Tun\nFECHA: 4 de marzo de 2024\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    article = _parse(text)
    assert article.source != "7"
    assert article.title == TITLE
