import codecs

import pytest

from articles.importing.decoding import decode, human_size, normalize_text, repair_mojibake
from articles.importing.records import ImportFailure

from .conftest import SOURCES, case_bytes

MB = 1_048_576


def decode_case(name: str, max_bytes: int = MB):
    return decode(case_bytes(name), max_bytes=max_bytes)


def test_plain_utf8_is_decoded_without_warnings():
    decoded = decode("Información pública\n".encode(), max_bytes=MB)
    assert decoded.text == "Información pública\n"
    assert decoded.warnings == ()


def test_utf8_bom_is_stripped():
    decoded = decode_case("utf8-bom.md")
    assert decoded.text.startswith("---\ntitle: Rehabilitan la fuente del Jardín")
    assert "\ufeff" not in decoded.text
    assert decoded.warnings == ()


def test_windows_1252_is_converted_with_a_warning():
    decoded = decode_case("windows-1252.md")
    assert "Díaz Ordaz" in decoded.text
    assert "“Ya reportamos tres veces y nadie viene”" in decoded.text
    assert decoded.warnings == ("codificación Windows-1252 convertida a UTF-8",)


def test_bytes_windows_1252_leaves_undefined_are_read_as_latin_1():
    decoded = decode(b"Se\xf1al \x81 de radio\n", max_bytes=MB)
    assert decoded.text == "Señal  de radio\n"  # the C1 control is dropped
    assert decoded.warnings == ("codificación Windows-1252 convertida a UTF-8",)


def test_utf16_with_bom_is_converted():
    decoded = decode_case("utf16-bom.md")
    assert "Centro Histórico" in decoded.text
    assert decoded.warnings == ("codificación UTF-16 convertida a UTF-8",)


def test_mojibake_in_a_file_is_repaired_with_a_warning():
    decoded = decode_case("mojibake.md")
    assert "title: Información sobre el cierre de calles" in decoded.text
    assert "author: REDACCIÓN" in decoded.text
    assert "“Pedimos a la población planear sus traslados”, señaló" in decoded.text
    assert decoded.warnings == ("codificación reparada",)


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("InformaciÃ³n", "Información"),
        ("Ã¡Ã©Ã\xadÃ³ÃºÃ± Ã\x81Ã‰Ã\x8dÃ“ÃšÃ‘", "áéíóúñ ÁÉÍÓÚÑ"),
        ("â€œHolaâ€\x9d, dijo â€” y siguiÃ³â€¦", "“Hola”, dijo — y siguió…"),
        ("Â¿QuÃ© pasÃ³?", "¿Qué pasó?"),
        ("â–\xa0 Sumario", "■ Sumario"),
        ("ðŸ“° Noticias", "📰 Noticias"),
        ("InformaciÃƒÂ³n", "Información"),  # garbled twice
    ],
)
def test_repair_mojibake(garbled, repaired):
    assert repair_mojibake(garbled) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "Información pública: Ángel Núñez, año 2024.",
        "São Paulo y Zürich",  # accented letters that are not mojibake leads
        "Ãngel",  # a lead without continuation characters
        "“Comillas” — guiones … y ■ sumarios",
    ],
)
def test_repair_mojibake_leaves_good_text_alone(text):
    assert repair_mojibake(text) == text


@pytest.mark.parametrize("name", ["crlf-line-endings.md", "cr-line-endings.md"])
def test_line_endings_become_lf(name):
    decoded = decode_case(name)
    assert "\r" not in decoded.text
    assert decoded.text.startswith("---\ntitle: ")
    assert "\n\n" in decoded.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("uno\r\ndos\rtres", "uno\ndos\ntres"),
        ("a\u00a0b\u202fc\u2009d", "a b c d"),  # NBSP and other spaces
        ("uno\n \u00a0 \ndos", "uno\n\ndos"),  # a line holding only spaces
        ("uno   \ndos\t\n", "uno\ndos\n"),  # trailing spaces
        ("cero\u200banchos\ufeff", "ceroanchos"),  # zero-width characters
        ("control\x07es\x1b", "controles"),
        ("ya normal\n\ntexto", "ya normal\n\ntexto"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_nfd_text_is_composed():
    assert normalize_text("Informacio\u0301n") == "Información"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (case_bytes("nul-bytes.md"), "contiene bytes nulos: copia dañada"),
        (case_bytes("binary-png.md"), "no es texto"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "no es texto"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "no es texto"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "no es texto"),
        (bytes(range(1, 32)) * 20, "no es texto"),  # mostly control characters
        (case_bytes("empty.md"), "vacío"),
        (case_bytes("whitespace-only.md"), "vacío"),
        (codecs.BOM_UTF8, "vacío"),
        ("\u00a0 \u200b\n".encode(), "vacío"),
    ],
)
def test_files_that_are_not_usable_text_fail(data, reason):
    with pytest.raises(ImportFailure) as failure:
        decode(data, max_bytes=MB)
    assert failure.value.reason == reason


def test_files_over_the_limit_fail_with_a_readable_size():
    seed = (SOURCES / "000_811f3ccd125b8e01.txt").read_bytes()  # 2.8 KB
    with pytest.raises(ImportFailure, match=r"^excede 2 KB$"):
        decode(seed, max_bytes=2048)
    with pytest.raises(ImportFailure, match=r"^excede 1 MB$"):
        decode(b"a" * (MB + 1), max_bytes=MB)


@pytest.mark.parametrize(
    ("size", "text"),
    [(MB, "1 MB"), (512_000, "500 KB"), (1_572_864, "1,5 MB"), (1024, "1 KB"), (500, "500 bytes")],
)
def test_human_size(size, text):
    assert human_size(size) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Reuni&oacute;n en el &Aacute;rea de Pi&ntilde;as", "Reunión en el Área de Piñas"),
        ("&quot;Vamos&quot;, dijo &#8212; &copy; 2010", '"Vamos", dijo — © 2010'),
        ("a&nbsp;b &#xF1;", "a b ñ"),
        # Markup escapes stay; an unknown name and a bare ampersand too.
        ("5 &lt; 7 &gt; 3", "5 &lt; 7 &gt; 3"),
        ("Pérez &ampliado; Ruiz & Hijos", "Pérez &ampliado; Ruiz & Hijos"),
    ],
)
def test_html_character_references_are_decoded(raw, expected):
    assert decode(raw.encode(), max_bytes=10_000).text == expected


SPANISH_LEGACY = (
    "REVISARÁN LA PRESIÓN DEL AGUA EN LAS COLONIAS ALTAS\n"
    "Por Ramón Ibáñez Cortés\n"
    "La comisión informó que la reparación durará tres días, según el organismo.\n"
    "«¿Quién paga las pipas?», preguntó un vecino de la Peñón.\n"
)


@pytest.mark.parametrize(
    ("codec", "label"),
    [("cp850", "DOS (CP850)"), ("mac_roman", "Mac Roman"), ("cp1252", "Windows-1252")],
)
def test_a_legacy_code_page_is_told_by_how_spanish_its_reading_looks(codec, label):
    decoded = decode(SPANISH_LEGACY.encode(codec), max_bytes=MB)
    assert decoded.text == SPANISH_LEGACY
    assert decoded.warnings == (f"codificación {label} convertida a UTF-8",)


def test_mac_roman_with_old_mac_line_ends_reads_as_lines():
    data = SPANISH_LEGACY.replace("\n", "\r").encode("mac_roman")
    assert decode(data, max_bytes=MB).text == SPANISH_LEGACY
