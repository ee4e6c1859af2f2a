import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.records import ImportFailure

from .conftest import case_bytes


def test_parse_bytes_puts_decode_warnings_first():
    article = parse_bytes(case_bytes("windows-1252.md"), source_path="cases/windows-1252.md")
    assert article.format == "jekyll"
    assert article.warnings == ("codificación Windows-1252 convertida a UTF-8",)


def test_parse_bytes_merges_decode_and_reader_warnings():
    data = "---\ntitle: Nota\n---\nInformaciÃ³n".encode()
    article = parse_bytes(data, source_path="x.md")
    assert article.body == "Información"
    assert article.warnings == ("codificación reparada", "sin fecha")


def test_parse_bytes_respects_max_bytes():
    with pytest.raises(ImportFailure, match=r"^excede 500 KB$"):
        parse_bytes(b"x" * 512_001, source_path="x.md", max_bytes=512_000)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.md", "vacío"),
        ("whitespace-only.md", "vacío"),
        ("binary-png.md", "no es texto"),
        ("nul-bytes.md", "contiene bytes nulos: copia dañada"),
        ("unknown-format.md", "formato no reconocido"),
        ("invalid-yaml.md", "YAML inválido en la línea 3"),
    ],
)
def test_parse_bytes_failures(name, reason):
    with pytest.raises(ImportFailure) as failure:
        parse_bytes(case_bytes(name), source_path=name)
    assert failure.value.reason == reason
